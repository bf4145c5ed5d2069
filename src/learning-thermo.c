#line 122 "noweb/learning.nw"
/* learning-thermo.c: tangled from noweb/learning.nw; edit that, not this. */
#include "learning-internal.h"
#line 2049 "noweb/learning.nw"
void Learning_entropy_per_weight(mpfr_t out, const mpfr_t alpha, const mpfr_t nu)
{
  assert(mpfr_sgn(alpha) >= 0 && mpfr_number_p(alpha) && mpfr_number_p(nu));
  mpfr_t x;
  mpfr_init2(x, guarded(out));
  mpfr_sqr(x, nu, MPFR_RNDN);
  mpfr_mul(x, x, alpha, MPFR_RNDN);
  mpfr_log1p(x, x, MPFR_RNDN);
  mpfr_div_2ui(out, x, 1, MPFR_RNDN);            /* (1/2) ln(1 + alpha nu^2) */
  mpfr_clear(x);
}

void Learning_heat_per_weight(mpfr_t out, const mpfr_t alpha, const mpfr_t nu, const mpfr_t tau)
{
  assert(mpfr_sgn(alpha) >= 0 && mpfr_number_p(alpha));
  mpfr_t q, one;
  mpfr_inits2(guarded(out), q, one, (mpfr_ptr)0);
  mpfr_set_ui(one, 1, MPFR_RNDN);
  Learning_heat(q, nu, one, tau);
  mpfr_mul(out, q, alpha, MPFR_RNDN);            /* eq. (13) averaged: F_n^2 -> alpha */
  mpfr_clears(q, one, (mpfr_ptr)0);
}

void Learning_eta_of_info(mpfr_t out, const mpfr_t info, const mpfr_t alpha, const mpfr_t nu,
                          const mpfr_t tau)
{
  assert(mpfr_sgn(alpha) > 0 && mpfr_number_p(nu) && !mpfr_zero_p(nu));
  assert(mpfr_get_prec(info) == guarded(out));
  mpfr_t ai, ds, q;
  mpfr_inits2(guarded(out), ai, ds, q, (mpfr_ptr)0);
  mpfr_mul(ai, info, alpha, MPFR_RNDN);
  Learning_entropy_per_weight(ds, alpha, nu);
  Learning_heat_per_weight(q, alpha, nu, tau);
  mpfr_add(ds, ds, q, MPFR_RNDN);
  mpfr_div(out, ai, ds, MPFR_RNDN);              /* learning eq. (22) */
  mpfr_clears(ai, ds, q, (mpfr_ptr)0);
}

int Learning_eta(mpfr_t out, const mpfr_t alpha, const mpfr_t nu, const mpfr_t tau)
{
  assert(mpfr_sgn(alpha) > 0 && mpfr_number_p(nu) && !mpfr_zero_p(nu));
  mpfr_t info;
  mpfr_init2(info, guarded(out));
  int status = Learning_info(info, alpha, nu);
  Learning_eta_of_info(out, info, alpha, nu, tau);
  mpfr_clear(info);
  return status;
}

