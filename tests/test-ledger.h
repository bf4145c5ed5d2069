#line 3439 "noweb/ledger.nw"
/* test-ledger.h: tangled from noweb/ledger.nw; edit that, not this. */
#ifndef TEST_LEDGER_H
#define TEST_LEDGER_H
#include <math.h>
#include <stdlib.h>
#include <string.h>
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

static inline Ledger_result Test_claim(const char *id)
{
  Ledger_result r;
  const Ledger_claim *c = Ledger_find_claim(id);
  cr_assert_not_null(c, "no claim %s", id);
  if (getenv("THERMOLIT_RERUN_CLAIMS"))
    Ledger_run_id(id, NULL, &r);
  else {
    const char *path = getenv("THERMOLIT_LEDGER") ? getenv("THERMOLIT_LEDGER")
                                                  : "reports/ledger.json";
    json_error_t e;
    json_t *all = json_load_file(path, 0, &e), *j = NULL, *x;
    cr_assert_not_null(all, "%s: %s (make builds it)", path, e.text);
    size_t i;
    json_array_foreach(all, i, x)
      if (!j && strcmp(json_string_value(json_object_get(x, "id")), id) == 0)
        j = x;
    cr_assert_not_null(j, "%s has no claim %s (make rebuilds it)", path, id);
    cr_assert_eq(Ledger_result_from_json(&r, j), 0, "%s: %s has no known verdict", path, id);
    json_decref(all);
  }
  cr_assert_eq(r.verdict, c->expected, "%s is %s, the ledger expects %s: %s", id,
               Ledger_verdict_name(r.verdict), Ledger_verdict_name(c->expected), r.summary);
  return r;
}
#endif
