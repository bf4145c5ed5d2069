#line 105 "noweb/review.nw"
/* review-constants.c: tangled from noweb/review.nw; edit that, not this. */
#line 155 "noweb/review.nw"
#include "review-internal.h"
#include <assert.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "numerics.h"
#include "stochastic.h"
#line 172 "noweb/review.nw"
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
#line 320 "noweb/review.nw"
void Review_landauer_ratio(mpfr_t out, const mpfr_t energy_J, const mpfr_t T)
{
  assert(mpfr_cmp_ui(energy_J, 0) > 0);
  mpfr_t bound;
  mpfr_init2(bound, mpfr_get_prec(out) + SI_GUARD);
  Review_landauer_J(bound, T);
  mpfr_div(out, energy_J, bound, MPFR_RNDN);
  mpfr_clear(bound);
}
#line 3765 "noweb/review.nw"
enum { ARB_EXP_GUARD = 24, ARB_EXP_MIN_PREC = 128 };

static int arf_round_to_mpfr(mpfr_t y, const arf_t x)
{
  if (arf_is_zero(x) || !arf_is_finite(x) || !fmpz_fits_si(ARF_EXPREF(x)))
    return 0;
  slong e = fmpz_get_si(ARF_EXPREF(x));
  if (e > (1L << 30) || e < -(1L << 30))
    return 0;
  mp_srcptr d;
  mp_size_t n;
  ARF_GET_MPN_READONLY(d, n, x);
  mpz_t z;
  mpz_roinit_n(z, d, ARF_SGNBIT(x) ? -n : n);   /* the mantissa, not copied */
  mpfr_set_z_2exp(y, z, e - (slong)n * FLINT_BITS, MPFR_RNDN);
  return 1;
}

static void exp_by_arb(mpfr_t y, const mpfr_t x, int minus_one)
{
  mpfr_prec_t prec = mpfr_get_prec(y);
  if (prec < ARB_EXP_MIN_PREC || !mpfr_regular_p(x) || mpfr_get_exp(x) > 20
      || mpfr_get_exp(x) < -4 * (mpfr_exp_t)prec) {
    minus_one ? mpfr_expm1(y, x, MPFR_RNDN) : mpfr_exp(y, x, MPFR_RNDN);
    return;
  }
  arb_t a;
  arf_t lo, hi;
  mpfr_t l, h;
  arb_init(a), arf_init(lo), arf_init(hi);
  mp_size_t n = (mpfr_get_prec(x) + GMP_NUMB_BITS - 1) / GMP_NUMB_BITS;
  arf_set_mpn(arb_midref(a), x->_mpfr_d, n, mpfr_signbit(x) != 0);
  arf_mul_2exp_si(arb_midref(a), arb_midref(a), (slong)mpfr_get_exp(x) - (slong)n * FLINT_BITS);
  if (minus_one)
    arb_expm1(a, a, prec + ARB_EXP_GUARD);
  else
    arb_exp(a, a, prec + ARB_EXP_GUARD);
  arb_get_lbound_arf(lo, a, prec + 2 * ARB_EXP_GUARD);
  arb_get_ubound_arf(hi, a, prec + 2 * ARB_EXP_GUARD);
  mpfr_inits2(prec, l, h, (mpfr_ptr)0);
  if (arf_round_to_mpfr(l, lo) && arf_round_to_mpfr(h, hi) && mpfr_regular_p(l)
      && mpfr_equal_p(l, h))
    mpfr_set(y, l, MPFR_RNDN);                   /* exact: same precision */
  else
    minus_one ? mpfr_expm1(y, x, MPFR_RNDN) : mpfr_exp(y, x, MPFR_RNDN);
  mpfr_clears(l, h, (mpfr_ptr)0);
  arb_clear(a), arf_clear(lo), arf_clear(hi);
}

void Review_exp(mpfr_t y, const mpfr_t x)
{
  exp_by_arb(y, x, 0);
}

void Review_expm1(mpfr_t y, const mpfr_t x)
{
  exp_by_arb(y, x, 1);
}

void Review_logistic(mpfr_t y, const mpfr_t x)
{
  assert(!mpfr_nan_p(x));
  mpfr_t e, d;
  mpfr_inits2(mpfr_get_prec(y) + 16, e, d, (mpfr_ptr)0);  /* Num_logistic's guard */
  if (mpfr_sgn(x) >= 0) {
    mpfr_t minus_x;
    mpfr_init2(minus_x, mpfr_get_prec(x));
    mpfr_neg(minus_x, x, MPFR_RNDN);
    Review_exp(e, minus_x);
    mpfr_clear(minus_x);
    mpfr_add_ui(d, e, 1, MPFR_RNDN);
    mpfr_ui_div(y, 1, d, MPFR_RNDN);
  } else {
    Review_exp(e, x);
    mpfr_add_ui(d, e, 1, MPFR_RNDN);
    mpfr_div(y, e, d, MPFR_RNDN);
  }
  mpfr_clears(e, d, (mpfr_ptr)0);
}
