#line 105 "noweb/review.nw"
/* review-constants.c: tangled from noweb/review.nw; edit that, not this. */
#line 154 "noweb/review.nw"
#include "review-internal.h"
#include <assert.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "numerics.h"
#include "stochastic.h"
#line 171 "noweb/review.nw"
enum { SI_GUARD = 16 };
static const char *const k_B = "1.380649e-23";
static const char *const e_charge = "1.602176634e-19";

void Review_boltzmann(mpfr_t out)
{
  mpfr_set_str(out, k_B, 10, MPFR_RNDN);
}

void Review_landauer_J(mpfr_t out, const mpfr_t T)
{
  assert(mpfr_cmp_ui(T, 0) > 0);
  mpfr_t k;
  mpfr_init2(k, mpfr_get_prec(out) + SI_GUARD);
  mpfr_set_str(k, k_B, 10, MPFR_RNDN);
  mpfr_mul(k, k, T, MPFR_RNDN);
  mpfr_t ln2;
  mpfr_init2(ln2, mpfr_get_prec(out) + SI_GUARD);
  mpfr_const_log2(ln2, MPFR_RNDN);
  mpfr_mul(out, k, ln2, MPFR_RNDN);
  mpfr_clears(k, ln2, (mpfr_ptr)0);
}

void Review_landauer_eV(mpfr_t out, const mpfr_t T)
{
  mpfr_t J, e;
  mpfr_inits2(mpfr_get_prec(out) + SI_GUARD, J, e, (mpfr_ptr)0);
  Review_landauer_J(J, T);
  mpfr_set_str(e, e_charge, 10, MPFR_RNDN);
  mpfr_div(out, J, e, MPFR_RNDN);
  mpfr_clears(J, e, (mpfr_ptr)0);
}
#line 319 "noweb/review.nw"
void Review_landauer_ratio(mpfr_t out, const mpfr_t energy_J, const mpfr_t T)
{
  assert(mpfr_cmp_ui(energy_J, 0) > 0);
  mpfr_t bound;
  mpfr_init2(bound, mpfr_get_prec(out) + SI_GUARD);
  Review_landauer_J(bound, T);
  mpfr_div(out, energy_J, bound, MPFR_RNDN);
  mpfr_clear(bound);
}
