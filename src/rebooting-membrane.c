#line 64 "noweb/rebooting.nw"
/* rebooting-membrane.c: tangled from noweb/rebooting.nw; edit that, not this. */
#line 98 "noweb/rebooting.nw"
#include "rebooting-internal.h"
#include <assert.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <Random123/philox.h>
#include "numerics.h"
#include "stochastic.h"
#line 238 "noweb/rebooting.nw"
void Rebooting_thermal_voltage_mV(mpfr_t out, const mpfr_t T)
{
  assert(mpfr_cmp_ui(T, 0) > 0);
  mpfr_t k, e;
  mpfr_inits2(mpfr_get_prec(out) + MEMBRANE_GUARD, k, e, (mpfr_ptr)0);
  mpfr_set_str(k, k_B, 10, MPFR_RNDN);
  mpfr_set_str(e, e_charge, 10, MPFR_RNDN);
  mpfr_mul(k, k, T, MPFR_RNDN);
  mpfr_mul_ui(k, k, 1000, MPFR_RNDN);
  mpfr_div(out, k, e, MPFR_RNDN);
  mpfr_clears(k, e, (mpfr_ptr)0);
}

static void log_ratio_mV(mpfr_t out, const mpfr_t num, const mpfr_t den, const mpfr_t T)
{
  mpfr_t v, r;
  mpfr_inits2(mpfr_get_prec(out) + MEMBRANE_GUARD, v, r, (mpfr_ptr)0);
  Rebooting_thermal_voltage_mV(v, T);
  mpfr_div(r, num, den, MPFR_RNDN);
  mpfr_log(r, r, MPFR_RNDN);
  mpfr_mul(out, v, r, MPFR_RNDN);
  mpfr_clears(v, r, (mpfr_ptr)0);
}

void Rebooting_nernst_mV(mpfr_t out, const mpfr_t c_out, const mpfr_t c_in, const mpfr_t T)
{
  assert(mpfr_cmp_ui(c_out, 0) > 0 && mpfr_cmp_ui(c_in, 0) > 0);
  log_ratio_mV(out, c_out, c_in, T);                     /* rebooting eq. (1) */
}

void Rebooting_ghk_mV(mpfr_t out, const mpfr_t conc[6], const mpfr_t perm[3], const mpfr_t T)
{
  for (int i = 0; i < 6; i++)
    assert(mpfr_cmp_ui(conc[i], 0) > 0);
  assert(mpfr_cmp_ui(perm[0], 0) > 0);
  assert(mpfr_cmp_ui(perm[1], 0) >= 0 && mpfr_cmp_ui(perm[2], 0) >= 0);
  mpfr_prec_t w = mpfr_get_prec(out) + MEMBRANE_GUARD;
  mpfr_t num, den, t;
  mpfr_inits2(w, num, den, t, (mpfr_ptr)0);
  mpfr_mul(num, perm[0], conc[0], MPFR_RNDN);
  mpfr_mul(t, perm[1], conc[2], MPFR_RNDN), mpfr_add(num, num, t, MPFR_RNDN);
  mpfr_mul(t, perm[2], conc[5], MPFR_RNDN), mpfr_add(num, num, t, MPFR_RNDN);
  mpfr_mul(den, perm[0], conc[1], MPFR_RNDN);
  mpfr_mul(t, perm[1], conc[3], MPFR_RNDN), mpfr_add(den, den, t, MPFR_RNDN);
  mpfr_mul(t, perm[2], conc[4], MPFR_RNDN), mpfr_add(den, den, t, MPFR_RNDN);
  log_ratio_mV(out, num, den, T);                        /* rebooting, resting potential */
  mpfr_clears(num, den, t, (mpfr_ptr)0);
}
#line 336 "noweb/rebooting.nw"
void Rebooting_spike_energy_J(mpfr_t out)
{
  mpfr_t a, b;
  mpfr_inits2(mpfr_get_prec(out) + MEMBRANE_GUARD, a, b, (mpfr_ptr)0);
  mpfr_set_str(a, "0.110", 10, MPFR_RNDN);
  mpfr_set_str(b, "3e-12", 10, MPFR_RNDN);
  mpfr_mul(a, a, b, MPFR_RNDN);
  mpfr_set_str(b, "1e-3", 10, MPFR_RNDN);
  mpfr_mul(a, a, b, MPFR_RNDN);
  mpfr_div_2ui(out, a, 1, MPFR_RNDN);                    /* rebooting Sec. I.A */
  mpfr_clears(a, b, (mpfr_ptr)0);
}

void Rebooting_bit_energy_J(mpfr_t out, const mpfr_t eta, const mpfr_t N, const mpfr_t T)
{
  assert(mpfr_cmp_ui(eta, 0) > 0 && mpfr_cmp_ui(N, 1) >= 0 && mpfr_cmp_ui(T, 0) > 0);
  mpfr_t a, b;
  mpfr_inits2(mpfr_get_prec(out) + MEMBRANE_GUARD, a, b, (mpfr_ptr)0);
  mpfr_set_str(a, k_B, 10, MPFR_RNDN);
  mpfr_mul(a, a, T, MPFR_RNDN);
  mpfr_mul(a, a, eta, MPFR_RNDN);
  mpfr_log2(b, N, MPFR_RNDN);
  mpfr_mul(b, b, N, MPFR_RNDN);
  mpfr_mul(out, a, b, MPFR_RNDN);                        /* rebooting Sec. V */
  mpfr_clears(a, b, (mpfr_ptr)0);
}
