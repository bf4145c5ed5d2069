#line 4369 "noweb/rebooting.nw"
/* test-rebooting.c: tangled from noweb/rebooting.nw; edit that, not this. */
#include <criterion/criterion.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <Random123/philox.h>
#include "ledger.h"
#include "test-ledger.h"
#include "rebooting-internal.h"

#line 4389 "noweb/rebooting.nw"
static double gap_to(const mpfr_t a, const char *digits)
{
  mpfr_t d;
  mpfr_init2(d, mpfr_get_prec(a) + 64);
  mpfr_set_str(d, digits, 10, MPFR_RNDN);
  mpfr_sub(d, a, d, MPFR_RNDN);
  double g = fabs(mpfr_get_d(d, MPFR_RNDN));
  mpfr_clear(d);
  return g;
}
#line 4413 "noweb/rebooting.nw"
Test(rebooting, thermal_voltage_is_an_exact_rational)
{
  mpq_t q;
  mpq_init(q);
  mpq_set_ui(q, 1380649ul * 31000ul, 1602176634ul);
  mpq_canonicalize(q);
  mpfr_t want, T, got;
  mpfr_inits2(256, want, T, got, (mpfr_ptr)0);
  mpfr_set_q(want, q, MPFR_RNDN);
  mpfr_set_ui(T, 310, MPFR_RNDN);
  Rebooting_thermal_voltage_mV(got, T);
  mpfr_sub(want, want, got, MPFR_RNDN);
  mpfr_div(want, want, got, MPFR_RNDN);
  cr_assert_lt(fabs(mpfr_get_d(want, MPFR_RNDN)), ldexp(1, -250), "gap %g",
               mpfr_get_d(want, MPFR_RNDN));
  mpfr_clears(want, T, got, (mpfr_ptr)0);
  mpq_clear(q);
}

Test(rebooting, nernst_edges)
{
  mpfr_t a, b, T, v, w;
  mpfr_inits2(128, a, b, T, v, w, (mpfr_ptr)0);
  mpfr_set_ui(a, 7, MPFR_RNDN), mpfr_set_ui(T, 300, MPFR_RNDN);
  Rebooting_nernst_mV(v, a, a, T);
  cr_assert(mpfr_zero_p(v), "equal concentrations: %g", mpfr_get_d(v, MPFR_RNDN));
  mpfr_set_ui(b, 140, MPFR_RNDN);
  Rebooting_nernst_mV(v, a, b, T), Rebooting_nernst_mV(w, b, a, T);
  mpfr_add(v, v, w, MPFR_RNDN);
  cr_assert_lt(fabs(mpfr_get_d(v, MPFR_RNDN)), 1e-35, "not odd: %g", mpfr_get_d(v, MPFR_RNDN));
  mpfr_clears(a, b, T, v, w, (mpfr_ptr)0);
}

Test(rebooting, resting_potential_against_mpmath_and_nernst)
{
  static const char *const c[6] = {"5", "140", "140", "12", "110", "20"};
  static const char *const p[3] = {"1e-6", "2e-8", "5e-10"};
  mpfr_t conc[6], perm[3], T, v, w;
  for (int i = 0; i < 6; i++)
    mpfr_init2(conc[i], 256), mpfr_set_str(conc[i], c[i], 10, MPFR_RNDN);
  for (int i = 0; i < 3; i++)
    mpfr_init2(perm[i], 256), mpfr_set_str(perm[i], p[i], 10, MPFR_RNDN);
  mpfr_inits2(256, T, v, w, (mpfr_ptr)0);
  mpfr_set_ui(T, 310, MPFR_RNDN);
  Rebooting_ghk_mV(v, conc, perm, T);
  cr_assert_lt(gap_to(v, "-77.1584076029119258332008987945"), 1e-25, "V = %.20g",
               mpfr_get_d(v, MPFR_RNDN));
  mpfr_set_zero(perm[1], 1), mpfr_set_zero(perm[2], 1);
  Rebooting_ghk_mV(v, conc, perm, T);
  cr_assert_lt(gap_to(v, "-89.0156219615891856739505513562"), 1e-25, "K only: %.20g",
               mpfr_get_d(v, MPFR_RNDN));
  Rebooting_nernst_mV(w, conc[0], conc[1], T);
  mpfr_sub(w, w, v, MPFR_RNDN);
  cr_assert_lt(fabs(mpfr_get_d(w, MPFR_RNDN)), 1e-70);
  for (int i = 0; i < 6; i++)
    mpfr_clear(conc[i]);
  for (int i = 0; i < 3; i++)
    mpfr_clear(perm[i]);
  mpfr_clears(T, v, w, (mpfr_ptr)0);
}

Test(rebooting, spike_and_bit_energies)
{
  mpfr_t E, eta, N, T;
  mpfr_inits2(256, E, eta, N, T, (mpfr_ptr)0);
  Rebooting_spike_energy_J(E);
  cr_assert_lt(gap_to(E, "1.65e-16"), 1e-85, "spike %.20g", mpfr_get_d(E, MPFR_RNDN));
  mpfr_set_ui(eta, 100000, MPFR_RNDN), mpfr_set_ui(N, 1, MPFR_RNDN), mpfr_set_ui(T, 310, MPFR_RNDN);
  Rebooting_bit_energy_J(E, eta, N, T);
  cr_assert(mpfr_zero_p(E), "N = 1 costs nothing: %g", mpfr_get_d(E, MPFR_RNDN));
  mpfr_set_ui(N, 4, MPFR_RNDN);
  Rebooting_bit_energy_J(E, eta, N, T);                  /* 4 log2 4 = 8 */
  cr_assert_lt(gap_to(E, "3.424009520e-15"), 1e-88, "N = 4: %.20g", mpfr_get_d(E, MPFR_RNDN));
  mpfr_clears(E, eta, N, T, (mpfr_ptr)0);
}
#line 4501 "noweb/rebooting.nw"
static Rebooting_joint xor_joint(void)
{
  Rebooting_joint J = {.nvars = 3, .card = {2, 2, 2}, .total = 4};
  for (int a = 0; a < 2; a++)
    for (int b = 0; b < 2; b++)
      J.count[(a ^ b) + 2 * a + 4 * b] = 1;
  return J;
}

Test(rebooting, xor_and_uniform_exactly)
{
  Rebooting_joint J = xor_joint();
  mpq_t q;
  mpq_init(q);
  Rebooting_cond_information_exact(q, &J, 1, 2, 0);
  cr_assert(mpq_cmp_ui(q, 1, 1) == 0, "I(X;Y1) of XOR is not 0");
  Rebooting_cond_information_exact(q, &J, 1, 6, 0);
  cr_assert(mpq_cmp_ui(q, 16, 1) == 0, "I(X;Y1Y2) of XOR is not 1 bit");
  Rebooting_joint U = {.nvars = 3, .card = {2, 2, 2}, .total = 8};
  for (int c = 0; c < 8; c++)
    U.count[c] = 1;
  mpfr_t h;
  mpfr_init2(h, 256);
  Rebooting_cond_entropy(h, &U, 7, 0);
  cr_assert(mpfr_cmp_ui(h, 3) == 0, "H = %.20g", mpfr_get_d(h, MPFR_RNDN));
  Rebooting_cond_entropy_exact(q, &U, 7, 0);
  cr_assert(mpq_cmp_ui(q, 1ul << 24, 1) == 0, "2^(8H) of the uniform distribution is not 2^24");
  Rebooting_joint P = {.nvars = 2, .card = {3, 4}};
  for (int x = 0; x < 3; x++)
    for (int y = 0; y < 4; y++)
      P.count[x + 3 * y] = (unsigned long)((x + 1) * (2 * y + 1)), P.total += P.count[x + 3 * y];
  Rebooting_cond_information_exact(q, &P, 1, 2, 0);
  cr_assert(mpq_cmp_ui(q, 1, 1) == 0, "a product distribution has I != 0");
  mpfr_clear(h);
  mpq_clear(q);
}

Test(rebooting, information_sum_against_exact_rational)
{
  uint64_t state = 2024;
  for (int k = 0; k < 20; k++) {
    Rebooting_joint J = {.nvars = 4, .card = {3, 3, 3, 3}};
    for (int c = 0; c < 81; c++) {
      state = state * 6364136223846793005u + 1442695040888963407u;
      J.count[c] = (state >> 33) % 6, J.total += J.count[c];
    }
    mpq_t q;
    mpq_init(q);
    mpfr_t got, want;
    mpfr_inits2(256, got, want, (mpfr_ptr)0);
    Rebooting_cond_information(got, &J, 1, 10, 4);
    Rebooting_cond_information_exact(q, &J, 1, 10, 4);
    mpfr_t big;
    mpfr_init2(big, 512);
    mpfr_set_q(big, q, MPFR_RNDN);
    mpfr_log2(big, big, MPFR_RNDN);
    mpfr_div_ui(want, big, J.total, MPFR_RNDN);
    mpfr_sub(want, want, got, MPFR_RNDN);
    cr_assert_lt(fabs(mpfr_get_d(want, MPFR_RNDN)), ldexp(1, -240), "case %d: gap %g", k,
                 mpfr_get_d(want, MPFR_RNDN));
    cr_assert_geq(mpfr_sgn(got), 0);
    mpfr_clears(got, want, big, (mpfr_ptr)0);
    mpq_clear(q);
  }
}

Test(rebooting, redundancy_of_xor_and_and)
{
  Rebooting_joint J = xor_joint();
  mpfr_t r, want;
  mpfr_inits2(128, r, want, (mpfr_ptr)0);
  Rebooting_pid_redundancy(r, &J);
  cr_assert_lt(fabs(mpfr_get_d(r, MPFR_RNDN)), 1e-35, "XOR redundancy %g",
               mpfr_get_d(r, MPFR_RNDN));
  Rebooting_joint A = {.nvars = 3, .card = {2, 2, 2}, .total = 4};
  for (int a = 0; a < 2; a++)
    for (int b = 0; b < 2; b++)
      A.count[(a & b) + 2 * a + 4 * b] = 1;
  Rebooting_pid_redundancy(r, &A);
  cr_assert_float_eq(mpfr_get_d(r, MPFR_RNDN), 1.5 - 0.75 * log2(3.0), 1e-15,
                     "AND redundancy %.17g", mpfr_get_d(r, MPFR_RNDN));
  mpfr_clears(r, want, (mpfr_ptr)0);
}
#line 4602 "noweb/rebooting.nw"
Test(rebooting, estimator_edges)
{
  double p[3];
  Rebooting_truth(p);
  double h = 0;
  for (int i = 0; i < 3; i++)
    h -= p[i] * log2(p[i]);
  cr_assert_float_eq(h, 0.5, 1e-15, "H = %.17g", h);
  cr_assert_float_eq(Rebooting_expected_kl(1, REBOOTING_ML), 0.5, 1e-14);
  double me = -log2(3.0) - (log2(p[0]) + log2(p[1]) + log2(p[2])) / 3;
  for (unsigned N = 1; N <= 30; N += 7)
    cr_assert_float_eq(Rebooting_expected_kl(N, REBOOTING_ME), me, 1e-13, "N = %u", N);
  unsigned a[3] = {1, 1, 0}, b[3] = {0, 9, 0};
  cr_assert_float_eq(Rebooting_beta(a), 1 / (1 + 2 * log(2.0)), 1e-15);
  cr_assert_float_eq(Rebooting_beta(b), 1.0, 1e-15);
  for (unsigned N = 1; N <= 2; N++)
    cr_assert_float_eq(Rebooting_expected_kl(N, REBOOTING_MFE),
                       Rebooting_expected_kl(N, REBOOTING_ML), 1e-15);
}

Test(rebooting, expected_kl_at_any_precision)
{
  mpfr_t v, want;
  mpfr_inits2(1000, v, want, (mpfr_ptr)0);
  for (int which = REBOOTING_ML; which <= REBOOTING_MFE; which += 2) {
    Rebooting_expected_kl_mpfr(v, 1, which);       /* the truth's entropy: 1/2 bit exactly */
    mpfr_sub_d(v, v, 0.5, MPFR_RNDN);
    cr_assert_lt(fabs(mpfr_get_d(v, MPFR_RNDN)), ldexp(1, -990), "N = 1, %d: gap %g", which,
                 mpfr_get_d(v, MPFR_RNDN));
  }
  mpfr_set_prec(v, 300), mpfr_set_prec(want, 300);
  Rebooting_expected_kl_mpfr(v, 2, REBOOTING_MFE);   /* N = 2: beta = 1 or leaves 1/2, 1/2 alone */
  Rebooting_expected_kl_mpfr(want, 2, REBOOTING_ML);
  mpfr_sub(v, v, want, MPFR_RNDN);
  cr_assert_lt(fabs(mpfr_get_d(v, MPFR_RNDN)), ldexp(1, -290));
  mpfr_set_prec(v, 200);
  for (unsigned N = 3; N <= 40; N += 37)
    for (int which = 0; which < REBOOTING_ESTIMATORS; which++) {
      double d = Rebooting_expected_kl(N, which);
      Rebooting_expected_kl_mpfr(v, N, which);
      cr_assert_float_eq(mpfr_get_d(v, MPFR_RNDN), d, 1e-13 * d, "N = %u, %d: %.17g vs %.17g", N,
                         which, mpfr_get_d(v, MPFR_RNDN), d);
    }
  mpfr_clears(v, want, (mpfr_ptr)0);
}

Test(rebooting, estimator_simulation_matches_and_is_thread_independent)
{
  Ledger_mc one, two;
  Rebooting_estimator_mc(&one, 5, REBOOTING_ML, 99, 200000, 1);
  Rebooting_estimator_mc(&two, 5, REBOOTING_ML, 99, 200000, 2);
  cr_assert_eq(memcmp(&one, &two, sizeof one), 0, "%.17g vs %.17g", one.estimate, two.estimate);
  cr_assert_leq(fabs(one.z), 4, "z = %g (%g vs %g)", one.z, one.estimate, one.exact);
}
#line 4676 "noweb/rebooting.nw"
Test(rebooting, onsager_and_yang_against_mpmath)
{
  mpfr_t t, m;
  mpfr_inits2(256, t, m, (mpfr_ptr)0);
  Rebooting_ising_tc(t);
  cr_assert_lt(gap_to(t, "2.26918531421302196811449081031"), 1e-28);
  Rebooting_ising_yang(m, t);
  cr_assert(mpfr_zero_p(m));
  mpfr_set_ui(t, 2, MPFR_RNDN);
  Rebooting_ising_yang(m, t);
  cr_assert_lt(gap_to(m, "0.911319377877495977519410824841"), 1e-28);
  mpfr_set_ui(t, 3, MPFR_RNDN);
  Rebooting_ising_yang(m, t);
  cr_assert(mpfr_zero_p(m));
  mpfr_clears(t, m, (mpfr_ptr)0);
}

Test(rebooting, four_by_four_limits)
{
  double coins = 0, c = 1;
  for (int k = 0; k <= 16; k++) {
    coins += c * abs(2 * k - 16) / 16.0;
    c = c * (16 - k) / (k + 1);
  }
  coins /= 65536;
  cr_assert_float_eq(coins, 0.196380615234375, 1e-15);
  cr_assert_float_eq(Rebooting_ising_L4(1e4), coins, 1e-3, "%.10g", Rebooting_ising_L4(1e4));
  cr_assert_float_eq(Rebooting_ising_L4(0.1), 1.0, 1e-30);
}

Test(rebooting, four_by_four_simulation)
{
  Ledger_mc one, two;
  Rebooting_ising_mc(&one, 4, 3.0, 5, 32 * 5000, 1);
  Rebooting_ising_mc(&two, 4, 3.0, 5, 32 * 5000, 2);
  cr_assert_eq(memcmp(&one, &two, sizeof one), 0, "%.17g vs %.17g", one.estimate, two.estimate);
  cr_assert_leq(fabs(one.z), 4, "z = %g (%g vs %g)", one.z, one.estimate, one.exact);
}

Test(rebooting, cold_lattice_stays_ordered)
{
  Rebooting_ising g;
  Rebooting_ising_init(&g, 16, 0.01, 3, 0);
  for (int i = 0; i < 100; i++)
    Rebooting_ising_sweep(&g);
  cr_assert_eq(Rebooting_ising_abs_m(&g), 1.0);
  Rebooting_ising_free(&g);
}

static void reference_sweep(int8_t *x, const Rebooting_ising *g)
{
  int L = g->L, H = g->H;
  philox4x32_key_t k = {{g->key[0], g->key[1]}};
  for (int c = 0; c < 2; c++)
    for (int y = 0; y < L; y++)
      for (int col = (y + c) % 2; col < L; col += 2) {
        size_t w = ((size_t)c * L + y) * H + col / 2;
        philox4x32_ctr_t ctr = {
            {(uint32_t)(w / 4), (uint32_t)g->sweep, (uint32_t)(g->sweep >> 32), 0}};
        uint32_t r = philox4x32_R(10, ctr, k).v[w % 4];
        int8_t *s = &x[y * L + col];
        int h = x[(y + L - 1) % L * L + col] + x[(y + 1) % L * L + col] +
                x[y * L + (col + L - 1) % L] + x[y * L + (col + 1) % L];
        int d = *s * h;
        if (d <= 0 || r < (d == 2 ? g->t2 : d == 4 ? g->t4 : 0))
          *s = (int8_t)-*s;
      }
}

Test(rebooting, sweep_matches_a_site_by_site_reference)
{
  static const int Ls[] = {4, 6, 10, 64};
  static const double Ts[] = {1.5, 2.269185314213022, 3.5};
  long flips = 0;
  for (size_t l = 0; l < sizeof Ls / sizeof Ls[0]; l++)
    for (size_t t = 0; t < sizeof Ts / sizeof Ts[0]; t++) {
      int L = Ls[l];
      Rebooting_ising g;
      Rebooting_ising_init(&g, L, Ts[t], 11, t);
      int8_t *x = malloc((size_t)L * L);
      cr_assert_not_null(x);
      memset(x, 1, (size_t)L * L);
      for (int i = 0; i < 40; i++) {
        reference_sweep(x, &g);
        Rebooting_ising_sweep(&g);
        for (int y = 0; y < L; y++)
          for (int col = 0; col < L; col++) {
            int8_t s = g.s[(col + y) % 2][y * g.H + col / 2];
            cr_assert_eq(s, x[y * L + col], "L = %d, T = %g, sweep %d, site (%d, %d)", L, Ts[t], i,
                         col, y);
            flips += s < 0;
          }
      }
      free(x);
      Rebooting_ising_free(&g);
    }
  cr_assert_gt(flips, 0);
}
#line 4799 "noweb/rebooting.nw"
Test(rebooting, wolff_edges_of_temperature)
{
  Rebooting_wolff cold, hot;
  Rebooting_wolff_init(&cold, 8, 0.01, 3, 0);
  Rebooting_wolff_init(&hot, 8, 1e300, 3, 0);
  cr_assert_eq(hot.bond, 0);
  for (int i = 0; i < 50; i++) {
    cr_assert_eq(Rebooting_wolff_flip(&cold), 64);
    cr_assert_eq(Rebooting_wolff_abs_m(&cold), 1.0);
    cr_assert_eq(Rebooting_wolff_flip(&hot), 1);
  }
  Rebooting_wolff_free(&cold), Rebooting_wolff_free(&hot);
}

Test(rebooting, wolff_against_the_4x4_enumeration)
{
  static const double Ts[] = {2.269185314213022, 3.0};
  static const int which[] = {WOLFF_ABS_M, WOLFF_M2}, power[] = {1, 2};
  for (int t = 0; t < 2; t++)
    for (int k = 0; k < 2; k++) {
      Stats s;
      Rebooting_wolff_moment(&s, 4, Ts[t], which[k], 17, 4000, 1);
      double exact = Rebooting_ising_L4_moment(Ts[t], power[k]);
      double z = (Stats_mean(&s) - exact) / Stats_stderr(&s);
      cr_assert_leq(fabs(z), 5, "T = %g, <|m|^%d> = %.6f +- %.2g vs %.6f: z = %.2f", Ts[t],
                    power[k], Stats_mean(&s), Stats_stderr(&s), exact, z);
    }
}

Test(rebooting, wolff_same_on_one_and_two_threads)
{
  Stats one, two;
  Rebooting_wolff_moment(&one, 8, 2.269185314213022, WOLFF_M4, 5, 50, 1);
  Rebooting_wolff_moment(&two, 8, 2.269185314213022, WOLFF_M4, 5, 50, 2);
  cr_assert_eq(memcmp(&one, &two, sizeof one), 0, "%.17g vs %.17g", one.mean, two.mean);
}

Test(rebooting, wolff_agrees_with_metropolis_away_from_tc)
{
  Stats w;
  Rebooting_wolff_moment(&w, 16, 3.0, WOLFF_ABS_M, 23, 1000, 1);
  Ledger_mc m;
  Rebooting_ising_mc(&m, 16, 3.0, 23, 32 * 4000, 1);
  double sw = Stats_stderr(&w);
  double z = (Stats_mean(&w) - m.estimate) / sqrt(sw * sw + m.stderr_ * m.stderr_);
  cr_assert_leq(fabs(z), 5, "Wolff %.6f +- %.2g, Metropolis %.6f +- %.2g: z = %.2f", Stats_mean(&w),
                sw, m.estimate, m.stderr_, z);
}
#line 4867 "noweb/rebooting.nw"
static void assert_certified_around(const Ledger_result *r, double value, double error)
{
  double lo = Ledger_field_value(r, "certified_lo"), hi = Ledger_field_value(r, "certified_hi");
  cr_assert(strncmp(r->summary, "certified counterexample", 24) == 0, "%s", r->summary);
  cr_assert(lo - error <= value && value <= hi + error, "%.17g outside [%.17g, %.17g]", value, lo,
            hi);
}

Test(rebooting, membrane_verdicts)
{
  Ledger_result r = Test_claim("rebooting.gas_constant");
  cr_assert_float_eq(Ledger_field_value(&r, "computed"), 8.31446261815324, 1e-13);
  r = Test_claim("rebooting.faraday");
  cr_assert_float_eq(Ledger_field_value(&r, "computed"), 96485.33212331002, 1e-9);
  r = Test_claim("rebooting.nernst");
  cr_assert_float_eq(Ledger_field_value(&r, "E_K_mV"), -89.01562196158919,
                     1e-10);                             /* printed to 12 digits */
  cr_assert_float_eq(Ledger_field_value(&r, "E_Na_mV"), 65.62858376344838,
                     1e-10);                             /* printed to 12 digits */
  r = Test_claim("rebooting.gradients");
  cr_assert_eq(Ledger_field_value(&r, "min_slack"), -135);
  assert_certified_around(&r, -135, 0);
  r = Test_claim("rebooting.permeability_ratio");
  cr_assert_float_eq(Ledger_field_value(&r, "min_slack"), -0.01, 1e-15);
  assert_certified_around(&r, Ledger_field_value(&r, "min_slack"), 1e-15);
  r = Test_claim("rebooting.resting_potential");
  cr_assert_float_eq(Ledger_field_value(&r, "computed"), -77.15840760291193, 1e-12);
  assert_certified_around(&r, 0.5 - fabs(Ledger_field_value(&r, "computed") + 78), 1e-13);
  cr_assert_gt(Ledger_field_value(&r, "V_min_over_Cl_mV"), -77.5);
  cr_assert_lt(Ledger_field_value(&r, "V_max_over_Cl_mV"), -77.0);
  cr_assert_float_eq(Ledger_field_value(&r, "V_at_ratio_0.01_mV"), -82.41273140484116,
                     1e-6);                              /* printed to 8 digits */
  cr_assert_float_eq(Ledger_field_value(&r, "ratio_for_minus78"), 0.0183, 1e-4);
  r = Test_claim("rebooting.spike_energy");
  cr_assert_float_eq(Ledger_field_value(&r, "computed"), 165, 1e-12);
  r = Test_claim("rebooting.spike_kT");
  cr_assert_float_eq(Ledger_field_value(&r, "computed"), 38551.29468214796, 1e-9);
  r = Test_claim("rebooting.thermal_voltage");
  cr_assert_float_eq(Ledger_field_value(&r, "min_slack"), 40 - 26.71373311265005, 1e-12);
  cr_assert(Ledger_field_value(&r, "certified_slack") <= Ledger_field_value(&r, "min_slack") &&
            Ledger_field_value(&r, "certified_slack") > Ledger_field_value(&r, "min_slack") - 1e-12,
            "certified %.17g", Ledger_field_value(&r, "certified_slack"));
  r = Test_claim("rebooting.bit_energy");
  cr_assert_float_eq(Ledger_field_value(&r, "E_N2_in_spikes"), 2 * 4.2800119e-16 / 1.65e-16,
                     1e-6);                              /* printed to 8 digits */
}

Test(rebooting, information_verdicts)
{
  Ledger_result r = Test_claim("rebooting.eq3");
  cr_assert_eq(Ledger_field_value(&r, "exact_failures"), 0);
  cr_assert_eq(Ledger_field_value(&r, "cases"), 1716 * 3 + 3876 * 7 + 48 * 7);
  cr_assert_leq(Ledger_field_value(&r, "residual"), ldexp(1, -248));
  cr_assert_eq(Ledger_field_value(&r, "sub_boxes"), 1716 * 3 + 3876 * 7 + 48 * 7);
  r = Test_claim("rebooting.eq6");
  cr_assert_eq(Ledger_field_value(&r, "exact_failures"), 0);
  cr_assert_eq(Ledger_field_value(&r, "cases"), 1716 + 3876 + 48);
  cr_assert_leq(Ledger_field_value(&r, "residual_2prec"), ldexp(1, -504));
  cr_assert_eq(Ledger_field_value(&r, "sub_boxes"), 1716 + 3876 + 48);
  r = Test_claim("rebooting.eq4");
  cr_assert_eq(Ledger_field_value(&r, "min_slack"), -1.0);
  assert_certified_around(&r, -1.0, 0);
  r = Test_claim("rebooting.eq4_reversed");
  cr_assert_eq(Ledger_field_value(&r, "min_slack"), 0.0);
  cr_assert_eq(Ledger_field_value(&r, "sub_boxes"), Ledger_field_value(&r, "cases"));
  cr_assert_eq(Ledger_field_value(&r, "certified_slack"), 0.0);
  r = Test_claim("rebooting.eq5");
  cr_assert_eq(Ledger_field_value(&r, "min_slack"), 0.0);
  cr_assert_eq(Ledger_field_value(&r, "certified_slack"), 0.0);
  r = Test_claim("rebooting.gates");
  cr_assert_eq(Ledger_field_value(&r, "sub_boxes"), 15);
  cr_assert_float_eq(Ledger_field_value(&r, "interaction_XOR"), 1.0, 1e-15);
  cr_assert_float_eq(Ledger_field_value(&r, "interaction_AND"), 0.75 * log2(3.0) - 1,
                     1e-12);                             /* printed to 12 digits */
  cr_assert_float_eq(Ledger_field_value(&r, "synergy_AND"), 0.5, 1e-15);
}

Test(rebooting, estimation_and_ising_verdicts)
{
  Ledger_result r = Test_claim("rebooting.fig1.order");
  cr_assert_lt(Ledger_field_value(&r, "min_slack"), -0.02);
  assert_certified_around(&r, Ledger_field_value(&r, "min_slack"), 1e-12);
  cr_assert_float_eq(Ledger_field_value(&r, "kl_ML_N10"), 0.0977743677199155 / log(2.0), 1e-12);
  cr_assert_eq(Ledger_field_value(&r, "best_fixed_beta_min"), 1.0);
  cr_assert_lt(Ledger_field_value(&r, "dkl_dbeta_at_1_max"), 0);
  r = Test_claim("rebooting.fig1.sharpened");
  cr_assert_float_eq(Ledger_field_value(&r, "min_slack"), 0.11025909516856856 - 0.08057324684836219,
                     1e-12);
  cr_assert_eq(Ledger_field_value(&r, "best_beta_N10"), 1.640625);
  cr_assert_float_eq(Ledger_field_value(&r, "kl_best_N10"), 0.09332385261074279, 1e-12);
  r = Test_claim("rebooting.fig1.simulation");
  cr_assert_leq(fabs(Ledger_field_value(&r, "z")), 4);
  cr_assert_gt(Ledger_field_value(&r, "z_above_ML"), 20);
  r = Test_claim("rebooting.fig2a.L4");
  cr_assert_leq(fabs(Ledger_field_value(&r, "z")), 4);
  r = Test_claim("rebooting.fig2a.yang");
  cr_assert_leq(fabs(Ledger_field_value(&r, "z")), 4);
  cr_assert_lt(Ledger_field_value(&r, "stderr"), 3e-4);
}
#line 4975 "noweb/rebooting.nw"
Test(rebooting, wolff_fss_verdict)
{
  Ledger_result r = Test_claim("rebooting.fig2a.wolff_fss");
  cr_assert_eq(r.verdict, LEDGER_VERIFIED, "%s", r.summary);
  double b = log(Ledger_field_value(&r, "m_L64") / Ledger_field_value(&r, "m_L16")) /
             (2 * log(2.0));
  cr_assert_float_eq(Ledger_field_value(&r, "estimate"), b, 1e-12, "%.17g vs %.17g",
                     Ledger_field_value(&r, "estimate"), b);
  cr_assert_leq(fabs(Ledger_field_value(&r, "z")), 5);
  cr_assert_lt(Ledger_field_value(&r, "stderr"), 0.005);
}
#line 5025 "noweb/rebooting.nw"
static Ledger_options mutant_options(void)
{
  Ledger_options o = Ledger_defaults();
  o.threads = 1;
  return o;
}

Test(rebooting, eq6_mutants_are_refuted)
{
  static const Rebooting_eq6_form mutant[] = {{REBOOTING_VARS, -1}, {1, +1}, {2, +1}};
  Ledger_options o = mutant_options();
  for (size_t i = 0; i < sizeof mutant / sizeof mutant[0]; i++) {
    Ledger_result r;
    Ledger_result_init(&r);
    Rebooting_check_eq6(&o, &r, &mutant[i]);
    cr_assert_eq(r.verdict, LEDGER_REFUTED, "mutant %zu: %s", i, r.summary);
    cr_assert_gt(Ledger_field_value(&r, "exact_failures"), 0);
    cr_assert(strncmp(r.summary, "certified counterexample", 24) == 0, "mutant %zu: %s", i,
              r.summary);
  }
}

Test(rebooting, corrected_resting_potential_is_not_refuted)
{
  Ledger_result r;
  Ledger_result_init(&r);
  Rebooting_certify_resting(&r, "-77", "0.5");
  cr_assert_eq(r.verdict, LEDGER_INCONCLUSIVE, "%s", r.summary);
  cr_assert(strncmp(r.summary, "no certified counterexample", 27) == 0, "%s", r.summary);
  double lo = Ledger_field_value(&r, "certified_lo"), hi = Ledger_field_value(&r, "certified_hi");
  double slack = 0.5 - fabs(-77.15840760291193 + 77);
  cr_assert(lo <= slack + 1e-13 && slack - 1e-13 <= hi && lo > 0, "[%.17g, %.17g]", lo, hi);
  Ledger_result_init(&r);
  Rebooting_certify_resting(&r, "-78", "0.5");
  cr_assert(strncmp(r.summary, "certified counterexample", 24) == 0, "%s", r.summary);
}

Test(rebooting, gates_mutant_is_refuted)
{
  static const Rebooting_gates_form redundant = {-1};
  Ledger_options o = mutant_options();
  Ledger_result r;
  Ledger_result_init(&r);
  Rebooting_check_gates(&o, &r, &redundant);
  cr_assert_eq(r.verdict, LEDGER_REFUTED, "%s", r.summary);
  cr_assert(strncmp(r.summary, "certified counterexample", 24) == 0, "%s", r.summary);
}

Test(rebooting, thermal_voltage_mutants_are_refuted)
{
  static const Rebooting_spike_peak mutant[] = {{"40", 2}, {"4", 1}, {"110", 1}};
  Ledger_options o = mutant_options();
  for (size_t i = 0; i < sizeof mutant / sizeof mutant[0]; i++) {
    Ledger_result r;
    Ledger_result_init(&r);
    Rebooting_check_thermal_voltage(&o, &r, &mutant[i]);
    cr_assert_eq(r.verdict, LEDGER_REFUTED, "mutant %zu: %s", i, r.summary);
    cr_assert(strncmp(r.summary, "certified counterexample", 24) == 0, "mutant %zu: %s", i,
              r.summary);
  }
}
#line 5097 "noweb/rebooting.nw"
Test(rebooting, wolff_fss_wrong_exponents_are_refuted)
{
  static const double wrong[] = {0.25, 0.518};
  Ledger_options o = mutant_options();
  o.samples = WOLFF_CHAINS * 80;
  for (size_t i = 0; i < sizeof wrong / sizeof wrong[0]; i++) {
    Ledger_result r;
    Ledger_result_init(&r);
    Rebooting_check_wolff_fss(&o, &r, wrong[i]);
    cr_assert_eq(r.verdict, LEDGER_REFUTED, "beta/nu = %g: %s", wrong[i], r.summary);
    cr_assert_gt(fabs(Ledger_field_value(&r, "z")), 10, "beta/nu = %g: %s", wrong[i], r.summary);
  }
}
