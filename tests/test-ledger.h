#line 3350 "noweb/ledger.nw"
/* test-ledger.h: tangled from noweb/ledger.nw; edit that, not this. */
#ifndef TEST_LEDGER_H
#define TEST_LEDGER_H
#include <math.h>
#include <criterion/criterion.h>
#include "ledger.h"
#include "ledger-output.h"
#include "ledger-registry.h"

static inline double Test_uniform(uint64_t *state)
{
  *state = *state * 6364136223846793005u + 1442695040888963407u;
  return ((*state >> 11) + 0.5) * 0x1p-53;
}

static inline double Test_rel_gap(const mpfr_t a, const mpfr_t b)
{
  mpfr_t d;
  mpfr_init2(d, 64);
  mpfr_sub(d, a, b, MPFR_RNDN);
  mpfr_div(d, d, b, MPFR_RNDN);
  double g = fabs(mpfr_get_d(d, MPFR_RNDN));
  mpfr_clear(d);
  return g;
}

static inline Ledger_result Test_run_claim(const char *id)
{
  Ledger_result r;
  const Ledger_claim *c = Ledger_run_id(id, NULL, &r);
  cr_assert_not_null(c, "no claim %s", id);
  cr_assert_eq(r.verdict, c->expected, "%s is %s, the ledger expects %s: %s", id,
               Ledger_verdict_name(r.verdict), Ledger_verdict_name(c->expected), r.summary);
  return r;
}
#endif
