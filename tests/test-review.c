#line 4846 "noweb/review.nw"
/* test-review.c: tangled from noweb/review.nw; edit that, not this. */
#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include "ledger.h"
#include "test-ledger.h"
#include "numerics.h"
#include "review-internal.h"

#line 4876 "noweb/review.nw"
static const char *const ln2_digits =
  "0.693147180559945309417232121458176568075500134360255254120680";

static void landauer_against_published_ln2(unsigned long T_kelvin, unsigned long kT_mantissa,
                                           const char *kT_scale)
{
  mpfr_t T, got, want, scale;
  mpfr_inits2(256, T, got, want, scale, (mpfr_ptr)0);
  mpfr_set_ui(T, T_kelvin, MPFR_RNDN);
  mpfr_set_str(want, ln2_digits, 10, MPFR_RNDN);
  mpfr_mul_ui(want, want, kT_mantissa, MPFR_RNDN);
  mpfr_set_str(scale, kT_scale, 10, MPFR_RNDN);
  mpfr_div(want, want, scale, MPFR_RNDN);
  Review_landauer_J(got, T);
  cr_assert_lt(Test_rel_gap(got, want), 1e-58, "%lu K, J: gap %g", T_kelvin,
               Test_rel_gap(got, want));
  mpfr_set_str(scale, "1.602176634e-19", 10, MPFR_RNDN);
  mpfr_div(want, want, scale, MPFR_RNDN);
  Review_landauer_eV(got, T);
  cr_assert_lt(Test_rel_gap(got, want), 1e-58, "%lu K, eV: gap %g", T_kelvin,
               Test_rel_gap(got, want));
  mpfr_clears(T, got, want, scale, (mpfr_ptr)0);
}

Test(review, landauer_at_300K_against_published_ln2)
{
  landauer_against_published_ln2(300, 4141947, "1e27");
}
#line 5121 "noweb/review.nw"
Test(review, landauer_at_310K_against_published_ln2)
{
  landauer_against_published_ln2(310, 42800119, "1e28");
}

Test(review, hardware_ratios_against_hand_division)
{
  const double kTln2 = 4.141947e-21 * 0.6931471805599453;
  static const char *const E[] = {"0.9e-12", "3.7e-12", "0.1e-12", "0.03e-12"};
  static const double e[] = {0.9e-12, 3.7e-12, 0.1e-12, 0.03e-12, 700 / 989e12, 700 / 34e12};
  mpfr_t en, T, r;
  mpfr_inits2(128, en, T, r, (mpfr_ptr)0);
  mpfr_set_ui(T, 300, MPFR_RNDN);
  for (int i = 0; i < 6; i++) {
    if (i < 4)
      mpfr_set_str(en, E[i], 10, MPFR_RNDN);
    else
      mpfr_set_ui(en, 700, MPFR_RNDN), mpfr_div_d(en, en, i == 4 ? 989e12 : 34e12, MPFR_RNDN);
    Review_landauer_ratio(r, en, T);
    cr_assert_float_eq(mpfr_get_d(r, MPFR_RNDN) / (e[i] / kTln2), 1.0, 1e-12, "reading %d: %g", i,
                       mpfr_get_d(r, MPFR_RNDN));
  }
  mpfr_clears(en, T, r, (mpfr_ptr)0);
}
#line 4916 "noweb/review.nw"
static void closed_form_bound(mpfr_t out, const mpfr_t p)
{
  mpfr_prec_t w = 2 * mpfr_get_prec(out);
  mpfr_t eps, t, u;
  mpfr_inits2(w, eps, t, u, (mpfr_ptr)0);
  mpfr_ui_sub(eps, 1, p, MPFR_RNDN);
  mpfr_div(eps, eps, p, MPFR_RNDN);
  mpfr_log(eps, eps, MPFR_RNDN);
  mpfr_neg(t, eps, MPFR_RNDN);
  mpfr_exp(t, t, MPFR_RNDN);
  mpfr_log1p(t, t, MPFR_RNDN);
  mpfr_mul(u, p, eps, MPFR_RNDN);
  mpfr_add(t, t, u, MPFR_RNDN);
  mpfr_const_log2(u, MPFR_RNDN);
  mpfr_sub(out, u, t, MPFR_RNDN);
  mpfr_clears(eps, t, u, (mpfr_ptr)0);
}

Test(review, bound_against_its_closed_form_in_the_level)
{
  static const mpfr_prec_t precs[] = {53, 256, 1024};
  uint64_t state = 12345;
  for (size_t k = 0; k < 3; k++)
    for (int i = 0; i < 50; i++) {
      mpfr_t p, got, want;
      mpfr_inits2(precs[k], p, got, want, (mpfr_ptr)0);
      mpfr_set_d(p, Test_uniform(&state) / 2, MPFR_RNDN);
      Review_erasure_bound(got, p);
      closed_form_bound(want, p);
      mpfr_sub(want, want, got, MPFR_RNDN);
      cr_assert_lt(fabs(mpfr_get_d(want, MPFR_RNDN)), ldexp(1, -(int)precs[k] + 6),
                   "prec %ld p %g: gap %g", (long)precs[k], mpfr_get_d(p, MPFR_RNDN),
                   mpfr_get_d(want, MPFR_RNDN));
      mpfr_clears(p, got, want, (mpfr_ptr)0);
    }
}
#line 4972 "noweb/review.nw"
static double pi_of(double e) { return 1 / (1 + exp(e)); }

Test(review, short_protocols_have_closed_forms)
{
  mpfr_t p, got;
  mpfr_inits2(128, p, got, (mpfr_ptr)0);
  for (double q = 0.05; q < 0.5; q += 0.05) {
    mpfr_set_d(p, q, MPFR_RNDN);
    double e = log((1 - q) / q);
    Review_protocol_work(got, p, 1);
    cr_assert_float_eq(mpfr_get_d(got, MPFR_RNDN), (0.5 - q) * e, 1e-14, "K = 1, p = %g", q);
    Review_protocol_work(got, p, 2);
    cr_assert_float_eq(mpfr_get_d(got, MPFR_RNDN), e / 2 * (0.5 + pi_of(e / 2)) - q * e, 1e-14,
                       "K = 2, p = %g", q);
  }
  mpfr_clears(p, got, (mpfr_ptr)0);
}

Test(review, long_protocols_follow_euler_maclaurin)
{
  const double q = 0.1, e = log((1 - q) / q);
  const unsigned long K = 1000;
  const double d = e / K;
  double integral = log(2) - log1p(exp(-e)) - q * e + q * e;
  double em = integral + d / 2 * (pi_of(0) - pi_of(e))
              + d * d / 12 * (-pi_of(e) * (1 - pi_of(e)) + pi_of(0) * (1 - pi_of(0))) - q * e;
  mpfr_t p, got;
  mpfr_inits2(128, p, got, (mpfr_ptr)0);
  mpfr_set_d(p, q, MPFR_RNDN);
  Review_protocol_work(got, p, K);
  cr_assert_float_eq(mpfr_get_d(got, MPFR_RNDN), em, 1e-13, "W_K %.17g vs %.17g",
                     mpfr_get_d(got, MPFR_RNDN), em);
  mpfr_clears(p, got, (mpfr_ptr)0);
}
#line 5014 "noweb/review.nw"
Test(review, quasistatic_work_by_quadrature_against_closed_form)
{
  static const mpfr_prec_t precs[] = {53, 256, 1024};
  static const double ps[] = {1e-12, 1e-6, 0.01, 0.1, 0.25, 0.49};
  for (size_t k = 0; k < 3; k++)
    for (size_t i = 0; i < sizeof ps / sizeof ps[0]; i++) {
      mpfr_t p, got, want;
      mpfr_inits2(precs[k], p, got, want, (mpfr_ptr)0);
      mpfr_set_d(p, ps[i], MPFR_RNDN);
      cr_assert_eq(Review_quasistatic_work(got, p), 0);
      closed_form_bound(want, p);
      mpfr_sub(want, want, got, MPFR_RNDN);
      cr_assert_lt(fabs(mpfr_get_d(want, MPFR_RNDN)), ldexp(1, -(int)precs[k] + 4),
                   "prec %ld p %g: gap %g", (long)precs[k], ps[i], mpfr_get_d(want, MPFR_RNDN));
      mpfr_clears(p, got, want, (mpfr_ptr)0);
    }
}
#line 5040 "noweb/review.nw"
static void fresh_pi(mpfr_t y, const mpfr_t x, void *ctx)
{
  (void)ctx;
  mpfr_t m;
  mpfr_init2(m, mpfr_get_prec(y));
  mpfr_neg(m, x, MPFR_RNDN);
  Num_logistic(y, m);                               /* pi(x), as the chapter's integrand */
  mpfr_clear(m);
}

static void fresh_occupation(mpfr_t out, const mpfr_t level)
{
  mpfr_t zero, err;
  mpfr_inits2(64, zero, err, (mpfr_ptr)0);
  mpfr_set_zero(zero, 1);
  cr_assert_eq(Num_integrate(out, err, fresh_pi, NULL, zero, level, 0, NULL), 0);
  mpfr_clears(zero, err, (mpfr_ptr)0);
}

Test(review, remembered_occupation_integrals_are_the_quadratures)
{
  static const char *levels[] = {"3.25", "0.1", "20"};
  for (int round = 0; round < 2; round++)
    for (mpfr_prec_t lp = 100; lp <= 300; lp += 200)
      for (int i = 0; i < 3; i++)
        for (mpfr_prec_t prec = 128; prec <= 256; prec += 128) {
          mpfr_t level, got, want;
          mpfr_init2(level, lp);
          mpfr_inits2(prec, got, want, (mpfr_ptr)0);
          mpfr_set_str(level, levels[i], 10, MPFR_RNDN);
          if (round == 1 && lp == 300)
            mpfr_nextabove(level);                  /* one ulp away from a remembered level */
          cr_assert_eq(Review_integrate_occupation(got, level), 0);
          fresh_occupation(want, level);
          cr_assert(mpfr_equal_p(got, want), "round %d, level %s (%ld bits) at %ld bits: %.40Rg vs "
                    "%.40Rg", round, levels[i], (long)lp, (long)prec, got, want);
          mpfr_clears(level, got, want, (mpfr_ptr)0);
        }
}
#line 5162 "noweb/review.nw"
Test(review, szilard_information_at_its_edges_and_at_random_points)
{
  mpfr_t e, got, want;
  mpfr_inits2(256, e, got, want, (mpfr_ptr)0);
  static const double edge[] = {0, 0.5, 1};
  for (int i = 0; i < 3; i++) {
    mpfr_set_d(e, edge[i], MPFR_RNDN);
    Review_szilard_information(got, e);
    if (edge[i] == 0.5)
      cr_assert(mpfr_zero_p(got), "eps = 1/2: %g", mpfr_get_d(got, MPFR_RNDN));
    else {
      mpfr_const_log2(want, MPFR_RNDN);
      cr_assert_lt(Test_rel_gap(got, want), 1e-75, "eps = %g", edge[i]);
    }
  }
  uint64_t state = 777;
  for (int i = 0; i < 50; i++) {
    mpfr_set_d(e, Test_uniform(&state) / 2, MPFR_RNDN);
    Review_szilard_information(got, e);
    closed_form_bound(want, e);
    mpfr_sub(want, want, got, MPFR_RNDN);
    cr_assert_lt(fabs(mpfr_get_d(want, MPFR_RNDN)), ldexp(1, -250), "eps %g: gap %g",
                 mpfr_get_d(e, MPFR_RNDN),
                 mpfr_get_d(want, MPFR_RNDN));
  }
  mpfr_clears(e, got, want, (mpfr_ptr)0);
}

Test(review, szilard_work_short_engines_and_the_erasure_relation)
{
  mpfr_t e, got, er;
  mpfr_inits2(128, e, got, er, (mpfr_ptr)0);
  for (double q = 0.05; q < 0.5; q += 0.05) {
    mpfr_set_d(e, q, MPFR_RNDN);
    double e0 = log((1 - q) / q);
    Review_szilard_work(got, e, 1);
    cr_assert_lt(fabs(mpfr_get_d(got, MPFR_RNDN)), 1e-30, "K = 1, eps = %g: %g", q,
                 mpfr_get_d(got, MPFR_RNDN));
    Review_szilard_work(got, e, 2);
    cr_assert_float_eq(mpfr_get_d(got, MPFR_RNDN), e0 / 2 * (pi_of(e0 / 2) - q), 1e-14,
                       "K = 2, eps = %g", q);
    for (unsigned long K = 3; K <= 300; K *= 7) {
      Review_szilard_work(got, e, K);
      Review_protocol_work(er, e, K);
      double want = mpfr_get_d(er, MPFR_RNDN) - e0 / K * (0.5 - q);
      cr_assert_float_eq(mpfr_get_d(got, MPFR_RNDN), want, 1e-14, "K = %lu, eps = %g", K, q);
    }
  }
  mpfr_clears(e, got, er, (mpfr_ptr)0);
}

Test(review, long_szilard_engines_follow_euler_maclaurin)
{
  const double q = 0.1, e0 = log((1 - q) / q);
  const unsigned long K = 1000;
  const double d = e0 / K;
  double integral = log(2) - log1p(exp(-e0));
  double em = integral - d / 2 * (pi_of(0) - pi_of(e0))
              + d * d / 12 * (-pi_of(e0) * (1 - pi_of(e0)) + pi_of(0) * (1 - pi_of(0))) - q * e0;
  mpfr_t e, got;
  mpfr_inits2(128, e, got, (mpfr_ptr)0);
  mpfr_set_d(e, q, MPFR_RNDN);
  Review_szilard_work(got, e, K);
  cr_assert_float_eq(mpfr_get_d(got, MPFR_RNDN), em, 1e-13, "W_K %.17g vs %.17g",
                     mpfr_get_d(got, MPFR_RNDN), em);
  mpfr_clears(e, got, (mpfr_ptr)0);
}

Test(review, szilard_quasistatic_work_at_its_extreme_levels)
{
  mpfr_t e, level, got;
  mpfr_inits2(256, e, level, got, (mpfr_ptr)0);
  mpfr_set_d(e, 0.2, MPFR_RNDN);
  mpfr_set_zero(level, 1);
  cr_assert_eq(Review_szilard_quasistatic_work(got, e, level), 0);
  cr_assert(mpfr_zero_p(got), "level 0: %g", mpfr_get_d(got, MPFR_RNDN));
  mpfr_set_ui(level, 40, MPFR_RNDN);
  cr_assert_eq(Review_szilard_quasistatic_work(got, e, level), 0);
  double want = log(2) - log1p(exp(-40.0)) - 0.2 * 40;
  cr_assert_float_eq(mpfr_get_d(got, MPFR_RNDN), want, 1e-14, "level 40: %.17g vs %.17g",
                     mpfr_get_d(got, MPFR_RNDN),
                     want);
  mpfr_clears(e, level, got, (mpfr_ptr)0);
}
#line 5261 "noweb/review.nw"
static double trap_W_min(double ki, double kf, double tau)
{
  mpfr_t a, b, t, w;
  mpfr_inits2(128, a, b, t, w, (mpfr_ptr)0);
  mpfr_set_d(a, ki, MPFR_RNDN), mpfr_set_d(b, kf, MPFR_RNDN), mpfr_set_d(t, tau, MPFR_RNDN);
  Review_harmonic_min_work(w, a, b, t);
  double v = mpfr_get_d(w, MPFR_RNDN);
  mpfr_clears(a, b, t, w, (mpfr_ptr)0);
  return v;
}

static double trap_W_of_sf(double ki, double kf, double tau, double s)
{
  double si = 1 / sqrt(ki);
  return (kf * s * s - 1) / 2 - log(s) - log(ki) / 2 + (s - si) * (s - si) / tau;
}

Test(review, trap_edges)
{
  cr_assert_lt(fabs(trap_W_min(2, 2, 0.3)), 1e-30, "equal stiffness: %g", trap_W_min(2, 2, 0.3));
  cr_assert_float_eq(trap_W_min(1, 4, 1e-30), 1.5, 1e-14, "sudden: %.17g", trap_W_min(1, 4, 1e-30));
  cr_assert_float_eq(trap_W_min(4, 1, 1e-30), -0.375, 1e-14, "sudden: %.17g",
                     trap_W_min(4, 1, 1e-30));
  cr_assert_float_eq(trap_W_min(1, 4, 1e30), log(2), 1e-15, "slow: %.17g", trap_W_min(1, 4, 1e30));
}

Test(review, trap_closed_form_against_brute_force_and_discrete_protocols)
{
  uint64_t state = 4242;
  for (int i = 0; i < 12; i++) {
    double ki = exp(4 * Test_uniform(&state) - 2), kf = exp(4 * Test_uniform(&state) - 2);
    double tau = exp(6 * Test_uniform(&state) - 3);
    double lo = 1e-3, hi = 10, g = (sqrt(5) - 1) / 2;
    while (hi - lo > 1e-12) {
      double a = hi - g * (hi - lo), b = lo + g * (hi - lo);
      if (trap_W_of_sf(ki, kf, tau, a) < trap_W_of_sf(ki, kf, tau, b)) hi = b; else lo = a;
    }
    double brute = trap_W_of_sf(ki, kf, tau, (lo + hi) / 2), W = trap_W_min(ki, kf, tau);
    cr_assert_float_eq(W, brute, 1e-10, "ki %g kf %g tau %g: %.17g vs %.17g", ki, kf, tau, W,
                       brute);
    mpfr_t w1, w2;
    mpfr_inits2(64, w1, w2, (mpfr_ptr)0);
    Review_harmonic_discrete_work(w1, ki, kf, tau, 2048, 0);
    Review_harmonic_discrete_work(w2, ki, kf, tau, 4096, 0);
    double rich = (4 * mpfr_get_d(w2, MPFR_RNDN) - mpfr_get_d(w1, MPFR_RNDN)) / 3;
    cr_assert_float_eq(W, rich, 1e-9 * fmax(1, fabs(W)),
                       "ki %g kf %g tau %g: %.17g vs discrete %.17g", ki, kf,
                       tau, W, rich);
    mpfr_clears(w1, w2, (mpfr_ptr)0);
  }
}

Test(review, one_interval_ramp_has_a_closed_form)
{
  const double ki = 1, kf = 3, tau = 0.7, l = (ki + kf) / 2;
  double w1 = exp(-2 * l * tau) / ki + (1 - exp(-2 * l * tau)) / l;
  double want = (l - ki) / (2 * ki) + (kf - l) * w1 / 2;
  mpfr_t w;
  mpfr_init2(w, 128);
  Review_harmonic_discrete_work(w, ki, kf, tau, 1, 1);
  cr_assert_float_eq(mpfr_get_d(w, MPFR_RNDN), want, 1e-15, "%.17g vs %.17g",
                     mpfr_get_d(w, MPFR_RNDN), want);
  mpfr_clear(w);
}
#line 5338 "noweb/review.nw"
static void rk4_erasure(double p, double tau, int n, double *work, double *final)
{
  double ef = log((1 - p) / p), h = tau / n, P = 0.5, W = 0;
  for (int i = 0; i < n; i++) {
    double t = i * h, k[4][2], y[2] = {P, W};
    for (int s = 0; s < 4; s++) {
      double ts = t + (s == 0 ? 0 : s == 3 ? h : h / 2);
      double Ps = s == 0 ? y[0] : y[0] + (s == 3 ? h : h / 2) * k[s - 1][0];
      k[s][0] = -(Ps - pi_of(ef * ts / tau));
      k[s][1] = ef / tau * Ps;
    }
    P += h / 6 * (k[0][0] + 2 * k[1][0] + 2 * k[2][0] + k[3][0]);
    W += h / 6 * (k[0][1] + 2 * k[1][1] + 2 * k[2][1] + k[3][1]);
  }
  *work = W - ef * P;
  *final = P;
}

Test(review, erasure_in_time_against_runge_kutta)
{
  static const double ps[] = {1e-3, 0.1, 0.4};
  mpfr_t p, tau, w, f;
  mpfr_inits2(128, p, tau, w, f, (mpfr_ptr)0);
  for (int i = 0; i < 3; i++) {
    double work, final;
    rk4_erasure(ps[i], 3, 10000, &work, &final);
    mpfr_set_d(p, ps[i], MPFR_RNDN);
    mpfr_set_ui(tau, 3, MPFR_RNDN);
    cr_assert_eq(Review_erasure_time_work(w, f, p, tau), 0);
    cr_assert_float_eq(mpfr_get_d(w, MPFR_RNDN), work, 1e-11, "p %g: %.17g vs RK4 %.17g", ps[i],
                       mpfr_get_d(w, MPFR_RNDN), work);
    cr_assert_float_eq(mpfr_get_d(f, MPFR_RNDN), final, 1e-11, "p %g: P %.17g vs RK4 %.17g", ps[i],
                       mpfr_get_d(f, MPFR_RNDN), final);
  }
  mpfr_clears(p, tau, w, f, (mpfr_ptr)0);
}

Test(review, erasure_in_time_at_its_edges)
{
  const double q = 0.01, ef = log((1 - q) / q);
  mpfr_t p, tau, w, f;
  mpfr_inits2(128, p, tau, w, f, (mpfr_ptr)0);
  mpfr_set_d(p, q, MPFR_RNDN);
  mpfr_set_d(tau, 1e-9, MPFR_RNDN);
  Review_erasure_time_work(w, f, p, tau);
  cr_assert_lt(fabs(mpfr_get_d(w, MPFR_RNDN)), 1e-8, "fast: %g", mpfr_get_d(w, MPFR_RNDN));
  cr_assert_float_eq(mpfr_get_d(f, MPFR_RNDN), 0.5, 1e-8, "fast: P = %.17g",
                     mpfr_get_d(f, MPFR_RNDN));
  mpfr_set_d(tau, 1e6, MPFR_RNDN);
  Review_erasure_time_work(w, f, p, tau);
  double H = -q * log(q) - (1 - q) * log(1 - q), B = ef * (0.5 - q - ef * q * (1 - q));
  cr_assert_float_eq(mpfr_get_d(w, MPFR_RNDN), log(2) - H + B / 1e6, 1e-11, "slow: %.17g",
                     mpfr_get_d(w, MPFR_RNDN));
  cr_assert_float_eq(mpfr_get_d(f, MPFR_RNDN), q + ef * q * (1 - q) / 1e6, 1e-11, "slow: P = %.17g",
                     mpfr_get_d(f, MPFR_RNDN));
  mpfr_clears(p, tau, w, f, (mpfr_ptr)0);
}
#line 5984 "noweb/review.nw"
static void assert_mpfr_in_ball(const mpfr_t v, const arb_t ball, const char *what)
{
  arb_t x;
  arb_init(x);
  arf_set_mpfr(arb_midref(x), v);
  arb_add_error_2exp_si(x, -120);
  cr_assert(arb_overlaps(x, ball), "%s: MPFR %.17g outside the ball %s", what,
            mpfr_get_d(v, MPFR_RNDN), arb_get_str(ball, 20, 0));
  arb_clear(x);
}

Test(review, mpfr_works_and_bounds_lie_in_their_balls)
{
  static const double ps[] = {1.0 / 64, 0.1, 31.0 / 64};
  static const unsigned long Ks[] = {1, 16, 1024};
  mpfr_t p, v;
  mpfr_inits2(128, p, v, (mpfr_ptr)0);
  arb_ptr w = _arb_vec_init(1);
  arb_t e, q;
  arb_init(e), arb_init(q);
  for (int i = 0; i < 3; i++) {
    mpfr_set_d(p, ps[i], MPFR_RNDN);
    arb_set_d(q, ps[i]);
    arb_sub_ui(e, q, 1, 128), arb_neg(e, e);
    arb_div(e, e, q, 128);                       /* the level ln((1 - p) / p) */
    arb_log(e, e, 128);
    for (int j = 0; j < 3; j++) {
      Review_step_work_ball(w, e, Ks[j], 0, 0, 128);
      Review_protocol_work(v, p, Ks[j]);
      assert_mpfr_in_ball(v, w, "erasure work");
      Review_step_work_ball(w, e, Ks[j], 1, 0, 128);
      Review_szilard_work(v, p, Ks[j]);
      assert_mpfr_in_ball(v, w, "engine work");
    }
    Review_erasure_bound_ball(w, e, 0, 128);
    Review_erasure_bound(v, p);
    assert_mpfr_in_ball(v, w, "erasure bound");
    Review_information_ball(w, e, 0, 128);
    Review_szilard_information(v, p);
    assert_mpfr_in_ball(v, w, "information");
  }
  arb_clear(e), arb_clear(q);
  _arb_vec_clear(w, 1);
  mpfr_clears(p, v, (mpfr_ptr)0);
}

static void jet_of(arb_ptr g, const arb_t e, int which, int order)
{
  if (which < 2)
    Review_step_work_ball(g, e, 16, (unsigned long)which, order, 128);
  else if (which == 2)
    Review_erasure_bound_ball(g, e, order, 128);
  else
    Review_information_ball(g, e, order, 128);
}

Test(review, jets_are_the_derivatives)
{
  arb_ptr g = _arb_vec_init(REVIEW_ORDER + 1), up = _arb_vec_init(REVIEW_ORDER + 1),
          down = _arb_vec_init(REVIEW_ORDER + 1);
  arb_t e, h;
  arb_init(e), arb_init(h);
  arb_set_d(e, 1.3), arb_set_d(h, ldexp(1, -20));
  for (int which = 0; which < 4; which++) {
    jet_of(g, e, which, REVIEW_ORDER);
    arb_add(h, e, h, 128), jet_of(up, h, which, REVIEW_ORDER);
    arb_set_d(h, 1.3 - ldexp(1, -20)), jet_of(down, h, which, REVIEW_ORDER);
    arb_set_d(h, ldexp(1, -20));
    for (int n = 1; n <= REVIEW_ORDER; n++) {
      double diff = (arf_get_d(arb_midref(up + n - 1), ARF_RND_NEAR)
                     - arf_get_d(arb_midref(down + n - 1), ARF_RND_NEAR)) / ldexp(1, -19);
      double want = arf_get_d(arb_midref(g + n), ARF_RND_NEAR);
      cr_assert(fabs(diff - want) <= 1e-9 * fmax(1, fabs(want)) + 1e-9,
                "function %d, order %d: jet %.15g, divided difference %.15g", which, n, want, diff);
    }
  }
  arb_clear(e), arb_clear(h);
  _arb_vec_clear(g, REVIEW_ORDER + 1), _arb_vec_clear(up, REVIEW_ORDER + 1);
  _arb_vec_clear(down, REVIEW_ORDER + 1);
}
#line 5436 "noweb/review.nw"
static void trap_printed_form(mpfr_t out, const mpfr_t ki, const mpfr_t kf, const mpfr_t tau)
{
  mpfr_prec_t w = mpfr_get_prec(out);
  mpfr_t si, c, b, sf, t, sum;
  mpfr_inits2(w, si, c, b, sf, t, sum, (mpfr_ptr)0);
  mpfr_rec_sqrt(si, ki, MPFR_RNDN);
  mpfr_ui_div(c, 2, tau, MPFR_RNDN);
  mpfr_add(c, c, kf, MPFR_RNDN);
  mpfr_div(b, si, tau, MPFR_RNDN);
  mpfr_sqr(sf, b, MPFR_RNDN);
  mpfr_add(sf, sf, c, MPFR_RNDN);
  mpfr_sqrt(sf, sf, MPFR_RNDN);
  mpfr_add(sf, sf, b, MPFR_RNDN);
  mpfr_div(sf, sf, c, MPFR_RNDN);                 /* eq. (trap-sf) */
  mpfr_sqr(sum, sf, MPFR_RNDN);
  mpfr_mul(sum, sum, kf, MPFR_RNDN);
  mpfr_sub_ui(sum, sum, 1, MPFR_RNDN);
  mpfr_div_2ui(sum, sum, 1, MPFR_RNDN);
  mpfr_sqr(t, sf, MPFR_RNDN);
  mpfr_mul(t, t, ki, MPFR_RNDN);
  mpfr_log(t, t, MPFR_RNDN);
  mpfr_div_2ui(t, t, 1, MPFR_RNDN);
  mpfr_sub(sum, sum, t, MPFR_RNDN);
  mpfr_sub(t, sf, si, MPFR_RNDN);
  mpfr_sqr(t, t, MPFR_RNDN);
  mpfr_div(t, t, tau, MPFR_RNDN);
  mpfr_add(out, sum, t, MPFR_RNDN);               /* eq. (trap-Wmin) as printed */
  mpfr_clears(si, c, b, sf, t, sum, (mpfr_ptr)0);
}

Test(review, trap_min_work_without_cancellation)
{
  mpfr_t ki, kf, tau, got, want;
  mpfr_inits2(256, ki, kf, tau, got, want, (mpfr_ptr)0);
  static const char *taus[] = {"1e-300", "1e-30", "1", "1e30", "1e300"};
  for (int i = 0; i < 5; i++) {
    mpfr_set_str(ki, "1.5", 10, MPFR_RNDN), mpfr_set(kf, ki, MPFR_RNDN);
    mpfr_set_str(tau, taus[i], 10, MPFR_RNDN);
    Review_harmonic_min_work(got, ki, kf, tau);
    cr_assert(mpfr_zero_p(got) && mpfr_signbit(got) == 0, "ki = kf, tau %s: %.3Rg", taus[i], got);
  }
  mpfr_set_str(ki, "1.1", 10, MPFR_RNDN), mpfr_set_str(kf, "1.2", 10, MPFR_RNDN);
  mpfr_set_str(tau, "1e-300", 10, MPFR_RNDN);
  Review_harmonic_min_work(got, ki, kf, tau);
  mpfr_sub(want, kf, ki, MPFR_RNDN);
  mpfr_div(want, want, ki, MPFR_RNDN);
  mpfr_div_2ui(want, want, 1, MPFR_RNDN);
  cr_assert_lt(Test_rel_gap(got, want), 0x1p-240, "sudden: %.30Rg vs %.30Rg", got, want);
  mpfr_set_str(tau, "1e300", 10, MPFR_RNDN);
  Review_harmonic_min_work(got, ki, kf, tau);
  mpfr_div(want, kf, ki, MPFR_RNDN);
  mpfr_log(want, want, MPFR_RNDN);
  mpfr_div_2ui(want, want, 1, MPFR_RNDN);
  cr_assert_lt(Test_rel_gap(got, want), 0x1p-240, "slow: %.30Rg vs %.30Rg", got, want);
  mpfr_t wide;
  mpfr_init2(wide, 4096);
  static const char *far[][3] = {{"5e-324", "1.7976931348623157e308", "1.7976931348623157e308"},
                                 {"1e-300", "1e300", "1e300"}, {"1e300", "1e-300", "1e-300"}};
  for (int i = 0; i < 3; i++) {
    mpfr_set_str(ki, far[i][0], 10, MPFR_RNDN), mpfr_set_str(kf, far[i][1], 10, MPFR_RNDN);
    mpfr_set_str(tau, far[i][2], 10, MPFR_RNDN);
    Review_harmonic_min_work(got, ki, kf, tau);
    trap_printed_form(wide, ki, kf, tau);
    mpfr_set(want, wide, MPFR_RNDN);
    cr_assert_lt(Test_rel_gap(got, want), 0x1p-240, "far point %d: %.30Rg vs %.30Rg", i, got, want);
  }
  uint64_t state = 1313;
  mpfr_set_prec(wide, 1024);
  for (int i = 0; i < 20; i++) {
    mpfr_set_d(ki, exp(8 * Test_uniform(&state) - 4), MPFR_RNDN);
    mpfr_set_d(kf, exp(8 * Test_uniform(&state) - 4), MPFR_RNDN);
    mpfr_set_d(tau, exp(8 * Test_uniform(&state) - 4), MPFR_RNDN);
    Review_harmonic_min_work(got, ki, kf, tau);
    trap_printed_form(wide, ki, kf, tau);
    mpfr_set(want, wide, MPFR_RNDN);
    cr_assert_lt(Test_rel_gap(got, want), 0x1p-240, "ki %.6Rg kf %.6Rg tau %.6Rg: %.30Rg vs %.30Rg",
                 ki, kf, tau, got, want);
  }
  mpfr_clears(ki, kf, tau, got, want, wide, (mpfr_ptr)0);
}
#line 5524 "noweb/review.nw"
static void e2_lag_density(mpfr_t y, const mpfr_t e, void *ctx)
{
  (void)ctx;
  mpfr_t a, b;
  mpfr_inits2(mpfr_get_prec(y), a, b, (mpfr_ptr)0);
  Num_logistic(a, e);
  mpfr_neg(b, e, MPFR_RNDN);
  Num_logistic(b, b);
  mpfr_mul(a, a, b, MPFR_RNDN);
  mpfr_sqr(b, e, MPFR_RNDN);
  mpfr_mul(y, a, b, MPFR_RNDN);                   /* e^2 pi (1 - pi) */
  mpfr_clears(a, b, (mpfr_ptr)0);
}

static void erasure_limit_slope(mpfr_t slope, const mpfr_t p)
{
  mpfr_prec_t w = mpfr_get_prec(slope);
  mpfr_t ef, zero, integral, err, t;
  mpfr_inits2(w, ef, zero, integral, t, (mpfr_ptr)0);
  mpfr_init2(err, 64);
  mpfr_ui_sub(ef, 1, p, MPFR_RNDN);
  mpfr_div(ef, ef, p, MPFR_RNDN);
  mpfr_log(ef, ef, MPFR_RNDN);
  mpfr_set_zero(zero, 1);
  cr_assert_eq(Num_integrate(integral, err, e2_lag_density, NULL, zero, ef, 0, NULL), 0);
  mpfr_div(integral, integral, ef, MPFR_RNDN);
  mpfr_set_d(t, 0.5, MPFR_RNDN);
  mpfr_sub(t, t, p, MPFR_RNDN);
  mpfr_mul(t, t, ef, MPFR_RNDN);
  mpfr_sub(slope, t, integral, MPFR_RNDN);
  mpfr_div_2ui(slope, slope, 1, MPFR_RNDN);
  mpfr_clears(ef, zero, integral, err, t, (mpfr_ptr)0);
}

Test(review, short_erasure_without_cancellation)
{
  static const double ps[] = {1e-15, 1e-3, 0.3, 0.49};
  static const char *taus[] = {"1e-300", "1e-60"};
  mpfr_t p, tau, got, want;
  mpfr_inits2(200, p, tau, got, want, (mpfr_ptr)0);
  for (int i = 0; i < 4; i++)
    for (int j = 0; j < 2; j++) {
      mpfr_set_d(p, ps[i], MPFR_RNDN);
      mpfr_set_str(tau, taus[j], 10, MPFR_RNDN);
      cr_assert_eq(Review_erasure_time_work(got, NULL, p, tau), 0);
      erasure_limit_slope(want, p);
      mpfr_mul(want, want, tau, MPFR_RNDN);
      cr_assert_lt(Test_rel_gap(got, want), 0x1p-150, "p %g tau %s: %.30Rg vs %.30Rg", ps[i],
                   taus[j], got, want);
    }
  mpfr_set_d(p, 0.5, MPFR_RNDN);
  Review_erasure_time_work(got, NULL, p, tau);
  cr_assert(mpfr_zero_p(got), "p = 1/2: %.3Rg", got);
  mpfr_clears(p, tau, got, want, (mpfr_ptr)0);
}

Test(review, short_erasure_against_runge_kutta_and_at_the_switch)
{
  static const double ps[] = {1e-3, 0.1, 0.4};
  mpfr_t p, tau, w, f, w1;
  mpfr_inits2(256, p, tau, w, f, w1, (mpfr_ptr)0);
  for (int i = 0; i < 3; i++) {
    double work, final;
    rk4_erasure(ps[i], 0.5, 10000, &work, &final);
    mpfr_set_d(p, ps[i], MPFR_RNDN);
    mpfr_set_d(tau, 0.5, MPFR_RNDN);
    cr_assert_eq(Review_erasure_time_work(w, f, p, tau), 0);
    cr_assert_float_eq(mpfr_get_d(w, MPFR_RNDN), work, 1e-13, "p %g: %.17g vs RK4 %.17g", ps[i],
                       mpfr_get_d(w, MPFR_RNDN), work);
    cr_assert_float_eq(mpfr_get_d(f, MPFR_RNDN), final, 1e-13, "p %g: P %.17g vs RK4 %.17g",
                       ps[i], mpfr_get_d(f, MPFR_RNDN), final);
    mpfr_set_ui(tau, 1, MPFR_RNDN);
    cr_assert_eq(Review_erasure_time_work(w1, NULL, p, tau), 0);
    mpfr_set_ui_2exp(tau, 1, -200, MPFR_RNDN);
    mpfr_ui_sub(tau, 1, tau, MPFR_RNDN);
    cr_assert_eq(Review_erasure_time_work(w, NULL, p, tau), 0);
    mpfr_sub(w, w, w1, MPFR_RNDN);
    cr_assert(mpfr_zero_p(w) || mpfr_get_exp(w) <= -190, "p %g: the two forms differ by %.3Rg",
              ps[i], w);
  }
  mpfr_clears(p, tau, w, f, w1, (mpfr_ptr)0);
}
#line 5615 "noweb/review.nw"
Test(review, erasure_quadratures_settle_at_every_precision)
{
  static const char *taus[] = {"0.5", "1e10", "1e12"};
  mpfr_t p, tau, got, best;
  mpfr_inits2(1024, p, tau, best, (mpfr_ptr)0);
  mpfr_init2(got, 20);
  mpfr_set_str(p, "1e-15", 10, MPFR_RNDN);
  for (int i = 0; i < 3; i++) {
    mpfr_set_str(tau, taus[i], 10, MPFR_RNDN);
    cr_assert_eq(Review_erasure_time_work(best, NULL, p, tau), 0);
    for (mpfr_prec_t prec = 20; prec <= 400; prec += 20) {
      mpfr_set_prec(got, prec);
      cr_assert_eq(Review_erasure_time_work(got, NULL, p, tau), 0, "tau %s at %ld bits", taus[i],
                   (long)prec);
      cr_assert_lt(Test_rel_gap(got, best), ldexp(1, 2 - (int)prec), "tau %s at %ld bits: %.30Rg",
                   taus[i], (long)prec, got);
    }
  }
  mpfr_clears(p, tau, got, best, (mpfr_ptr)0);
}
#line 5643 "noweb/review.nw"
Test(review, bound_near_one_half_against_its_series)
{
  mpfr_t p, q, got, want, term, wide;
  mpfr_inits2(256, p, q, got, want, term, (mpfr_ptr)0);
  mpfr_init2(wide, 1024);
  mpfr_set_ui_2exp(q, 1, -59, MPFR_RNDN);
  mpfr_ui_sub(p, 1, q, MPFR_RNDN);
  mpfr_div_2ui(p, p, 1, MPFR_RNDN);
  Review_erasure_bound(got, p);
  mpfr_set_zero(want, 1);
  for (unsigned long n = 1; n <= 6; n++) {
    mpfr_pow_ui(term, q, 2 * n, MPFR_RNDN);
    mpfr_div_ui(term, term, 2 * n * (2 * n - 1), MPFR_RNDN);
    mpfr_add(want, want, term, MPFR_RNDN);
  }
  cr_assert_lt(Test_rel_gap(got, want), 0x1p-250, "q = 2^-59: %.30Rg vs %.30Rg", got, want);
  static const double ps[] = {0.2499, 0.25, 0.2501, 0.7499, 0.75, 0.7501, 0.4, 0.6};
  for (int i = 0; i < 8; i++) {
    mpfr_set_d(p, ps[i], MPFR_RNDN);
    Review_erasure_bound(got, p);
    mpfr_set_prec(term, 1024);
    Num_binary_entropy(term, p);
    mpfr_const_log2(wide, MPFR_RNDN);
    mpfr_sub(wide, wide, term, MPFR_RNDN);
    mpfr_set_prec(term, 256);
    mpfr_set(want, wide, MPFR_RNDN);
    cr_assert_lt(Test_rel_gap(got, want), 0x1p-250, "p %g: %.30Rg vs %.30Rg", ps[i], got, want);
  }
  mpfr_clears(p, q, got, want, term, wide, (mpfr_ptr)0);
}
#line 5683 "noweb/review.nw"
Test(review, erasure_work_by_two_routes)
{
  static const double ps[] = {1e-15, 1e-3, 0.1, 0.2};
  static const char *taus[] = {"1", "3", "1e4", "1e12"};
  mpfr_t p, tau, a, b;
  mpfr_inits2(200, p, tau, a, b, (mpfr_ptr)0);
  for (int i = 0; i < 4; i++)
    for (int j = 0; j < 4; j++) {
      mpfr_set_d(p, ps[i], MPFR_RNDN);
      mpfr_set_str(tau, taus[j], 10, MPFR_RNDN);
      cr_assert_eq(Review_erasure_time_work(a, NULL, p, tau), 0);
      cr_assert_eq(Review_erasure_time_lag_work(b, p, tau), 0);
      cr_assert_lt(Test_rel_gap(a, b), 0x1p-180, "p %g tau %s: %.30Rg vs %.30Rg", ps[i], taus[j], a,
                   b);
    }
  mpfr_clears(p, tau, a, b, (mpfr_ptr)0);
}
#line 5705 "noweb/review.nw"
static void printed_sum(mpfr_t out, const mpfr_t p, unsigned long K, int szilard)
{
  mpfr_prec_t w = mpfr_get_prec(out);
  mpfr_t ef, d, l, sum;
  mpfr_inits2(w, ef, d, l, sum, (mpfr_ptr)0);
  mpfr_ui_sub(ef, 1, p, MPFR_RNDN);
  mpfr_div(ef, ef, p, MPFR_RNDN);
  mpfr_log(ef, ef, MPFR_RNDN);
  mpfr_div_ui(d, ef, K, MPFR_RNDN);
  mpfr_set_zero(sum, 1);
  for (unsigned long k = szilard ? 1 : 0; k < (szilard ? K + 1 : K); k++) {
    mpfr_mul_si(l, d, -(long)k, MPFR_RNDN);
    Num_logistic(l, l);
    mpfr_add(sum, sum, l, MPFR_RNDN);
  }
  mpfr_mul(sum, sum, d, MPFR_RNDN);
  mpfr_mul(ef, ef, p, MPFR_RNDN);
  mpfr_sub(out, sum, ef, MPFR_RNDN);              /* eqs. (WK), (szilard-K) as printed */
  mpfr_clears(ef, d, l, sum, (mpfr_ptr)0);
}

Test(review, k_step_sums_without_cancellation)
{
  mpfr_t e, got, want, wide;
  mpfr_inits2(256, e, got, want, (mpfr_ptr)0);
  mpfr_init2(wide, 1024);
  static const char *eps[] = {"1e-300", "0.1", "0.5"};
  for (int i = 0; i < 3; i++) {
    mpfr_set_str(e, eps[i], 10, MPFR_RNDN);
    Review_szilard_work(got, e, 1);
    cr_assert(mpfr_zero_p(got), "K = 1, eps %s: %.3Rg", eps[i], got);
  }
  mpfr_set_str(e, "1e-300", 10, MPFR_RNDN);
  Review_szilard_work(got, e, 2);
  mpfr_t r, s;
  mpfr_inits2(256, r, s, (mpfr_ptr)0);
  mpfr_sqrt(r, e, MPFR_RNDN);
  mpfr_ui_sub(s, 1, e, MPFR_RNDN);
  mpfr_sqrt(s, s, MPFR_RNDN);
  mpfr_add(s, s, r, MPFR_RNDN);
  mpfr_div(r, r, s, MPFR_RNDN);
  mpfr_sub(r, r, e, MPFR_RNDN);                   /* pi(e0/2) - eps */
  mpfr_ui_sub(s, 1, e, MPFR_RNDN);
  mpfr_div(s, s, e, MPFR_RNDN);
  mpfr_log(s, s, MPFR_RNDN);
  mpfr_mul(want, r, s, MPFR_RNDN);
  mpfr_div_2ui(want, want, 1, MPFR_RNDN);
  cr_assert_lt(Test_rel_gap(got, want), 0x1p-240, "K = 2: %.30Rg vs %.30Rg", got, want);
  mpfr_clears(r, s, (mpfr_ptr)0);
  mpfr_set_d(e, 0.5, MPFR_RNDN);
  mpfr_set_ui_2exp(want, 1, -60, MPFR_RNDN);
  mpfr_sub(e, e, want, MPFR_RNDN);                /* p = 1/2 - 2^-60 */
  static const unsigned long Ks[] = {1, 2, 7, 100};
  for (int i = 0; i < 4; i++)
    for (int szilard = 0; szilard < 2; szilard++) {
      if (szilard)
        Review_szilard_work(got, e, Ks[i]);
      else
        Review_protocol_work(got, e, Ks[i]);
      printed_sum(wide, e, Ks[i], szilard);
      if (szilard && Ks[i] == 1) {
        cr_assert(mpfr_zero_p(got));
        continue;
      }
      mpfr_set(want, wide, MPFR_RNDN);
      cr_assert_lt(Test_rel_gap(got, want), 0x1p-240, "K = %lu, %s: %.30Rg vs %.30Rg", Ks[i],
                   szilard ? "engine" : "erasure", got, want);
    }
  mpfr_clears(e, got, want, wide, (mpfr_ptr)0);
}
#line 5784 "noweb/review.nw"
Test(review, k_step_tables_equal_the_single_sums)
{
  static const char *ps[] = {"1e-300", "0.1", "0.484375", "0.5"};
  static const int jmaxes[] = {0, 10};
  for (mpfr_prec_t prec = 64; prec <= 512; prec *= 8)
    for (int i = 0; i < 4; i++)
      for (int m = 0; m < 2; m++)
        for (int szilard = 0; szilard < 2; szilard++) {
          int jmax = jmaxes[m];
          mpfr_t p, one, many[11];
          mpfr_inits2(prec, p, one, (mpfr_ptr)0);
          for (int j = 0; j <= jmax; j++)
            mpfr_init2(many[j], prec);
          mpfr_set_str(p, ps[i], 10, MPFR_RNDN);
          if (szilard)
            Review_szilard_works(many, p, jmax);
          else
            Review_protocol_works(many, p, jmax);
          for (int j = 0; j <= jmax; j++) {
            if (szilard)
              Review_szilard_work(one, p, 1ul << j);
            else
              Review_protocol_work(one, p, 1ul << j);
            cr_assert(mpfr_equal_p(one, many[j]) && mpfr_signbit(one) == mpfr_signbit(many[j]),
                      "%s, p %s, K = 2^%d at %ld bits: %.40Rg vs %.40Rg",
                      szilard ? "engine" : "erasure", ps[i], j, (long)prec, many[j], one);
            mpfr_clear(many[j]);
          }
          mpfr_clears(p, one, (mpfr_ptr)0);
        }
}
#line 5821 "noweb/review.nw"
static int cli(const char *args, char *out, size_t size)
{
  char cmd[1024];
  const char *bin = getenv("THERMOLIT") ? getenv("THERMOLIT") : "bin/thermolit";
  snprintf(cmd, sizeof cmd, "%s %s 2>/dev/null </dev/null", bin, args);
  FILE *f = popen(cmd, "r");
  cr_assert_not_null(f, "cannot run %s", cmd);
  size_t n = fread(out, 1, size - 1, f);
  out[n] = '\0';
  int st = pclose(f);
  return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

static void cli_value(const char *args, const mpfr_t want, double tol)
{
  char out[256];
  cr_assert_eq(cli(args, out, sizeof out), 0, "%s exited non-zero", args);
  mpfr_t got;
  mpfr_init2(got, 256);
  cr_assert_eq(mpfr_set_str(got, strtok(out, "\n"), 10, MPFR_RNDN), 0, "%s printed '%s'", args,
               out);
  if (mpfr_zero_p(want))
    cr_assert(mpfr_zero_p(got), "%s printed %s, want 0", args, out);
  else
    cr_assert_lt(Test_rel_gap(got, want), tol, "%s printed %s, want %.30Rg", args, out, want);
  mpfr_clear(got);
}

Test(review, command_line_at_the_edges_of_the_domains, .timeout = 120)
{
  mpfr_t p, tau, want;
  mpfr_inits2(256, p, tau, want, (mpfr_ptr)0);
  mpfr_set_str(p, "1e-15", 10, MPFR_RNDN);
  mpfr_set_ui(tau, 1, MPFR_RNDN);
  Review_erasure_time_work(want, NULL, p, tau);
  cli_value("eval review.erasure_time_work p=1e-15 tau=1 --digits 10", want, 1e-9);
  mpfr_set_str(p, "0.3", 10, MPFR_RNDN);
  erasure_limit_slope(want, p);
  mpfr_set_str(tau, "1e-300", 10, MPFR_RNDN);
  mpfr_mul(want, want, tau, MPFR_RNDN);
  cli_value("eval review.erasure_time_work p=0.3 tau=1e-300 --digits 20", want, 1e-19);
  cli_value("eval review.erasure_time_work p=0.3 tau=1e-300 --digits 50", want, 1e-45);
  mpfr_set_zero(want, 1);
  cli_value("eval review.harmonic_min_work ki=1.5 kf=1.5 tau=1e-300", want, 0);
  cli_value("eval review.szilard_work eps=1e-300 steps=1", want, 0);
  char out[256];
  cr_assert_eq(cli("mc review.trap ki=1e-308", out, sizeof out), 2);
  cr_assert_neq(cli("mc review.erasure --samples 1", out, sizeof out), 0);
  static const char *constant[] = {"review.erasure p=0.5", "review.szilard eps=0.5",
                                   "review.szilard steps=1", "review.trap ki=2 kf=2"};
  for (int i = 0; i < 4; i++) {
    char args[128];
    snprintf(args, sizeof args, "mc %s --samples 1000 --threads 1", constant[i]);
    cr_assert_eq(cli(args, out, sizeof out), 2, "%s: every run gives 0, refused", args);
  }
  cr_assert_eq(cli("mc review.erasure p=5e-324 tau=1000 --samples 1000 --threads 1", out,
                   sizeof out), 0);
  char *z = strstr(out, "\nz\t");
  cr_assert_not_null(z, "subnormal p: no z in '%s'", out);
  cr_assert_lt(fabs(atof(z + 3)), 5, "subnormal p: %s", out);
  mpfr_clears(p, tau, want, (mpfr_ptr)0);
}
#line 5094 "noweb/review.nw"
Test(review, simulation_is_thread_independent_and_its_error_is_exact)
{
  const double q = 0.1, e = log((1 - q) / q);
  const unsigned long K = 16;
  Ledger_mc one, two;
  Review_erasure_mc(&one, q, K, 7, 1000000, 1);
  Review_erasure_mc(&two, q, K, 7, 1000000, 2);
  cr_assert_eq(memcmp(&one, &two, sizeof one), 0, "1 thread %.17g, 2 threads %.17g", one.estimate,
               two.estimate);
  double var = e * e * q * (1 - q);
  for (unsigned long k = 0; k < K; k++)
    var += (e / K) * (e / K) * pi_of(k * e / K) * (1 - pi_of(k * e / K));
  double se = sqrt(var / 1e6);
  cr_assert_float_eq(one.stderr_ / se, 1.0, 0.02, "stderr %g, exact %g", one.stderr_, se);
  cr_assert_leq(fabs(one.z), 4.0, "z = %g", one.z);
}
#line 5898 "noweb/review.nw"
Test(review, szilard_simulation_is_thread_independent_and_its_error_is_exact)
{
  const double q = 0.1, e0 = log((1 - q) / q);
  const unsigned long K = 16;
  Ledger_mc one, two;
  Review_szilard_mc(&one, q, K, 9, 1000000, 1);
  Review_szilard_mc(&two, q, K, 9, 1000000, 2);
  cr_assert_eq(memcmp(&one, &two, sizeof one), 0, "1 thread %.17g, 2 threads %.17g", one.estimate,
               two.estimate);
  double d = e0 / K, var = (e0 - d) * (e0 - d) * q * (1 - q);
  for (unsigned long k = 1; k < K; k++)
    var += d * d * pi_of(e0 - k * d) * (1 - pi_of(e0 - k * d));
  double se = sqrt(var / 1e6);
  cr_assert_float_eq(one.stderr_ / se, 1.0, 0.02, "stderr %g, exact %g", one.stderr_, se);
  cr_assert_leq(fabs(one.z), 4.0, "z = %g", one.z);
}

Test(review, trap_simulation_is_thread_independent_and_its_error_is_exact)
{
  enum { N = 8 };
  const double ki = 1, kf = 4, tau = 0.5, dt = tau / N;
  Ledger_mc one, two;
  Review_harmonic_mc(&one, ki, kf, tau, N, 11, 1000000, 1);
  Review_harmonic_mc(&two, ki, kf, tau, N, 11, 1000000, 2);
  cr_assert_eq(memcmp(&one, &two, sizeof one), 0, "1 thread %.17g, 2 threads %.17g", one.estimate,
               two.estimate);
  double si = 1, c = kf + 2 / tau, sf = (si / tau + sqrt(si * si / (tau * tau) + c)) / c;
  double a = (sf - si) / tau;
  double lam[N + 2], w[N + 2], dl[N + 2];
  lam[0] = ki, w[0] = 1 / ki;
  for (int k = 0; k < N; k++) {
    double s = si + a * (k + 0.5) * dt;
    lam[k + 1] = (1 - a * s) / (s * s);
  }
  lam[N + 1] = kf;
  for (int k = 1; k <= N + 1; k++) {
    dl[k] = lam[k] - lam[k - 1];
    if (k == 1)
      w[k] = w[0];
    else {
      double l = lam[k - 1];
      w[k] = w[k - 1] * exp(-2 * l * dt) + (1 - exp(-2 * l * dt)) / l;
    }
  }
  double var = 0;
  for (int j = 1; j <= N + 1; j++) {
    double cjk = w[j];
    for (int k = j; k <= N + 1; k++) {
      if (k > j)
        cjk *= exp(-lam[k - 1] * dt);
      var += (k == j ? 1 : 2) * dl[j] * dl[k] * cjk * cjk / 2;
    }
  }
  double se = sqrt(var / 1e6);
  cr_assert_float_eq(one.stderr_ / se, 1.0, 0.02, "stderr %g, exact %g", one.stderr_, se);
  cr_assert_leq(fabs(one.z), 4.0, "z = %g", one.z);
}

Test(review, erasure_in_time_simulation_is_thread_independent)
{
  Ledger_mc one, two;
  Review_erasure_time_mc(&one, 0.05, 3, 13, 200000, 1);
  Review_erasure_time_mc(&two, 0.05, 3, 13, 200000, 2);
  cr_assert_eq(memcmp(&one, &two, sizeof one), 0, "1 thread %.17g, 2 threads %.17g", one.estimate,
               two.estimate);
  cr_assert_leq(fabs(one.z), 4.0, "z = %g", one.z);
}

#line 6075 "noweb/review.nw"
Test(review, value_claims_are_verified)
{
  Ledger_result r = Test_claim("review.landauer_J");
  cr_assert_eq(r.verdict, LEDGER_VERIFIED, "%s", r.summary);
  cr_assert_float_eq(Ledger_field_value(&r, "computed"), 4.141947e-21 * 0.6931471805599453, 1e-35);
  r = Test_claim("review.landauer_eV");
  cr_assert_eq(r.verdict, LEDGER_VERIFIED, "%s", r.summary);
  cr_assert_float_eq(Ledger_field_value(&r, "computed"),
                     4.141947e-21 * 0.6931471805599453 / 1.602176634e-19,
                     1e-16);
  r = Test_claim("review.boltzmann");
  cr_assert_eq(r.verdict, LEDGER_VERIFIED, "%s", r.summary);
  cr_assert_lt(Ledger_field_value(&r, "gap"), 0.5e-26);
}

Test(review, identity_claims_are_verified)
{
  Ledger_result r = Test_claim("review.erasure_bound.limits");
  cr_assert_eq(r.verdict, LEDGER_VERIFIED, "%s", r.summary);
  cr_assert_leq(Ledger_field_value(&r, "residual"), ldexp(1, -252));
  r = Test_claim("review.erasure_bound.quasistatic");
  cr_assert_eq(r.verdict, LEDGER_VERIFIED, "%s", r.summary);
  cr_assert_leq(Ledger_field_value(&r, "residual"), ldexp(1, -248));
  cr_assert_leq(Ledger_field_value(&r, "residual_2prec"), ldexp(1, -504));
}

Test(review, second_law_claim_has_its_minimum_where_expected)
{
  Ledger_result r = Test_claim("review.erasure_bound.second_law");
  cr_assert_eq(r.verdict, LEDGER_PROVED, "%s", r.summary);
  cr_assert_eq(Ledger_field_value(&r, "certified_slack"), 0);
  cr_assert_gt(Ledger_field_value(&r, "cert_slack_p_to_0.25"), 0);
  cr_assert_gt(Ledger_field_value(&r, "cert_curvature_p_from_0.25"), 0);
  cr_assert_lt(Ledger_field_value(&r, "sub_boxes"), 2000);
  const double q = 31.0 / 64, e = log((1 - q) / q);
  cr_assert_float_eq(Ledger_field_value(&r, "min_slack"), e / 2 * (0.5 - q) / 1024, 1e-8);
  cr_assert_float_eq(Ledger_field_value(&r, "K_excess_at_K1024_p0.1")
                     / Ledger_field_value(&r, "B_at_p0.1"),
                     1.0, 2e-3);
}

Test(review, simulation_claim_is_verified_and_above_the_bound)
{
  Ledger_result r = Test_claim("review.erasure_bound.simulation");
  cr_assert_eq(r.verdict, LEDGER_VERIFIED, "%s", r.summary);
  cr_assert_leq(fabs(Ledger_field_value(&r, "z")), 4);
  cr_assert_gt(Ledger_field_value(&r, "z_above_bound"), 20);
}
#line 6147 "noweb/review.nw"
Test(review, body_temperature_and_gap_claims)
{
  const double kTln2_310 = 4.2800119e-21 * 0.6931471805599453;
  Ledger_result r = Test_claim("review.landauer_310K_J");
  cr_assert_eq(r.verdict, LEDGER_VERIFIED, "%s", r.summary);
  cr_assert_float_eq(Ledger_field_value(&r, "computed"), kTln2_310, 1e-35);
  cr_assert_float_eq(Ledger_field_value(&r, "zJ"), kTln2_310 * 1e21, 1e-9);
  r = Test_claim("review.landauer_310K_eV");
  cr_assert_eq(r.verdict, LEDGER_VERIFIED, "%s", r.summary);
  cr_assert_float_eq(Ledger_field_value(&r, "computed"), kTln2_310 / 1.602176634e-19, 1e-16);
  r = Test_claim("review.gap_1e9");
  cr_assert_eq(r.verdict, LEDGER_APPROXIMATE, "%s", r.summary);
  const double kTln2 = 4.141947e-21 * 0.6931471805599453;
  cr_assert_float_eq(Ledger_field_value(&r, "worst_error"), 9 - log10(0.03e-12 / kTln2), 1e-9);
  cr_assert_float_eq(Ledger_field_value(&r, "fp32_mul"), 3.7e-12 / kTln2, 1e6);
  cr_assert_float_eq(Ledger_field_value(&r, "h100_fp64"), 700 / 34e12 / kTln2, 1e7);
  cr_assert_float_eq(Ledger_field_value(&r, "int8_add_per_bit"), 0.03e-12 / 8 / kTln2,
                     5e3);                               /* printed to 3 digits */
}

Test(review, new_identity_claims_are_verified)
{
  static const char *const ids[] = {
    "review.erasure_bound.perfect", "review.szilard.information", "review.finite_time.trap_optimal",
    "review.finite_time.trap_limit", "review.finite_time.erasure_limit"};
  const double q = 1e-3, ef = log((1 - q) / q);
  for (size_t i = 0; i < sizeof ids / sizeof ids[0]; i++) {
    Ledger_result r = Test_claim(ids[i]);
    cr_assert_eq(r.verdict, LEDGER_VERIFIED, "%s: %s", ids[i], r.summary);
    cr_assert_leq(Ledger_field_value(&r, "residual"), ldexp(1, -248), "%s", ids[i]);
    cr_assert_leq(Ledger_field_value(&r, "residual_2prec"), ldexp(1, -504), "%s", ids[i]);
    if (strcmp(ids[i], "review.finite_time.trap_limit") == 0)
      cr_assert_float_eq(Ledger_field_value(&r, "tau_excess_at_tau100"), 0.25, 1e-2);
    if (strcmp(ids[i], "review.finite_time.erasure_limit") == 0) {
      cr_assert_float_eq(Ledger_field_value(&r, "B_work"), ef * (0.5 - q - ef * q * (1 - q)), 1e-7);
      cr_assert_float_eq(Ledger_field_value(&r, "B_dissipated"), ef * (0.5 - q), 1e-7);
      cr_assert_float_eq(Ledger_field_value(&r, "tau_excess_at_tau1e4_p1e-3"),
                         ef * (0.5 - q - ef * q * (1 - q)), 1e-4);
    }
  }
}

Test(review, finite_time_coefficients_in_the_evidence)
{
  const double q = 1e-3, ef = log((1 - q) / q);
  Ledger_result r = Test_claim("review.finite_time.erasure_second_law");
  cr_assert_eq(r.verdict, LEDGER_VERIFIED, "%s", r.summary);
  cr_assert_float_eq(Ledger_field_value(&r, "tau_diss_at_tau1024_p1e-3"), ef * (0.5 - q), 1e-2);
  const double e3 = log(7.0 / 3);
  cr_assert_float_eq(Ledger_field_value(&r, "min_slack"), e3 * 0.2 / 1024, 2e-6);
}

static void assert_identity_verified(const char *id)
{
  Ledger_result r = Test_claim(id);
  cr_assert_eq(r.verdict, LEDGER_VERIFIED, "%s: %s", id, r.summary);
  cr_assert_leq(Ledger_field_value(&r, "residual"), ldexp(1, -248), "%s", id);
  cr_assert_leq(Ledger_field_value(&r, "residual_2prec"), ldexp(1, -504), "%s", id);
}

Test(review, feedback_inequalities)
{
  /* These two first: the second law and the printed law's cycle ask for the same quadratures. */
  assert_identity_verified("review.szilard.mismatch");
  assert_identity_verified("review.szilard.optimal");
  Ledger_result r = Test_claim("review.szilard.second_law");
  cr_assert_eq(r.verdict, LEDGER_PROVED, "%s", r.summary);
  cr_assert_gt(Ledger_field_value(&r, "cert_slack_eps_to_0.25"), 0);
  cr_assert_gt(Ledger_field_value(&r, "cert_curvature_eps_from_0.25"), 0);
  cr_assert_float_eq(Ledger_field_value(&r, "cert_slack_mismatch"),
                     Ledger_field_value(&r, "min_slack_mismatch"), 1e-12);
  const double q = 31.0 / 64, e = log((1 - q) / q);
  cr_assert_float_eq(Ledger_field_value(&r, "min_slack"), e / 2 * (0.5 - q) / 1024, 1e-8);
  cr_assert_float_eq(Ledger_field_value(&r, "K_shortfall_at_K1024_eps0.1")
                     / Ledger_field_value(&r, "B_at_eps0.1"),
                     1.0, 2e-3);
  r = Test_claim("review.sagawa_ueda.printed");
  cr_assert_eq(r.verdict, LEDGER_AMBIGUOUS, "%s", r.summary);
  const double h = -log(1.0 / 64) / 64 - (63.0 / 64) * log(63.0 / 64);
  cr_assert_float_eq(Ledger_field_value(&r, "r2_min_slack"), 2 * h - log(2), 1e-12);
  cr_assert(strncmp(r.summary, "read as the measurement step: proved", 36) == 0, "%s", r.summary);
  cr_assert(strstr(r.summary, "read as the feedback cycle: refuted (certified counterexample"),
            "%s", r.summary);
  cr_assert_leq(Ledger_field_value(&r, "r2_certified_lo"), 2 * h - log(2));
  cr_assert_geq(Ledger_field_value(&r, "r2_certified_hi"), 2 * h - log(2));
  cr_assert_lt(Ledger_field_value(&r, "r2_certified_hi"), 0);
  double sampled = Ledger_field_value(&r, "r2_min_slack");
  cr_assert(Ledger_field_value(&r, "r2_certified_lo") <= sampled
              && sampled <= Ledger_field_value(&r, "r2_certified_hi"),
            "the MPFR slack outside the certified ball");
  cr_assert(strstr(r.found, "below 0.110028"), "%s", r.found);
  cr_assert_gt(Ledger_field_value(&r, "r1_certified_slack"), 0);
  cr_assert_leq(Ledger_field_value(&r, "r1_certified_slack"),
                Ledger_field_value(&r, "r1_min_slack"));
  const double piL = 1 / (1 + 63 * exp(16.0));
  const double hL = -piL * log(piL) - (1 - piL) * log1p(-piL);
  cr_assert_float_eq(Ledger_field_value(&r, "r1_min_slack") / hL, 1.0, 1e-9, "measurement %g vs %g",
                     Ledger_field_value(&r, "r1_min_slack"), hL);
  r = Test_claim("review.finite_time.trap_second_law");
  cr_assert_eq(r.verdict, LEDGER_VERIFIED, "%s", r.summary);
  double expand = trap_W_min(4, 1, 10) + log(2), compress = trap_W_min(1, 4, 10) - log(2);
  cr_assert_float_eq(Ledger_field_value(&r, "min_slack_second_law"), fmin(expand, compress), 1e-9);
  cr_assert_gt(Ledger_field_value(&r, "min_slack_ramp"), 1e-3);
}

Test(review, new_simulation_claims_are_verified)
{
  Ledger_result r = Test_claim("review.szilard.simulation");
  cr_assert_eq(r.verdict, LEDGER_VERIFIED, "%s", r.summary);
  cr_assert_leq(fabs(Ledger_field_value(&r, "z")), 4);
  cr_assert_gt(Ledger_field_value(&r, "min_z_below_bound"), 10);
  r = Test_claim("review.finite_time.trap_simulation");
  cr_assert_eq(r.verdict, LEDGER_VERIFIED, "%s", r.summary);
  cr_assert_float_eq(Ledger_field_value(&r, "W_star_continuous"), trap_W_min(1, 4, 1), 1e-9);
  cr_assert_lt(fabs(Ledger_field_value(&r, "exact") - trap_W_min(1, 4, 1)), 1e-4);
  cr_assert_gt(Ledger_field_value(&r, "z_above_dF"), 50);
  r = Test_claim("review.finite_time.erasure_simulation");
  cr_assert_eq(r.verdict, LEDGER_VERIFIED, "%s", r.summary);
  cr_assert_gt(Ledger_field_value(&r, "z_above_quasistatic"), 50);
  r = Test_claim("review.finite_time.erasure_fit");
  cr_assert_eq(r.verdict, LEDGER_VERIFIED, "%s", r.summary);
  cr_assert_leq(fabs(Ledger_field_value(&r, "z_a_vs_quasistatic")), 4);
  cr_assert_leq(fabs(Ledger_field_value(&r, "z_B_vs_linear_response")), 4);
  cr_assert_lt(fabs(Ledger_field_value(&r, "bias_of_exact_fit")), 0.05);
}
#line 6329 "noweb/review.nw"
static int kT_without_ln2(mpfr_t out, mpfr_rnd_t rnd) { return mpfr_set_ui(out, 1, rnd); }

static void ln2_at_every_p(mpfr_t out, const mpfr_t p)
{
  (void)p;
  mpfr_const_log2(out, MPFR_RNDN);
}

static void half_the_information(mpfr_t out, const mpfr_t eps)
{
  Review_szilard_information(out, eps);
  mpfr_div_2ui(out, out, 1, MPFR_RNDN);
}

static void ln2_at_every_level(arb_ptr b, const arb_t level, int order, slong prec)
{
  (void)level;
  arb_const_log2(b, prec);
  for (int n = 1; n <= order; n++)
    arb_zero(b + n);
}

static void half_the_information_ball(arb_ptr b, const arb_t level, int order, slong prec)
{
  Review_information_ball(b, level, order, prec);
  _arb_vec_scalar_mul_2exp_si(b, b, order + 1, -1);
}

static void bound_at_the_target(mpfr_t out, const mpfr_t p, const mpfr_t reached)
{
  (void)reached;
  Review_erasure_bound(out, p);
}

enum { MUTANT_PREC = 64 };

static void assert_refuted(const Ledger_result *r, const char *mutant)
{
  cr_assert_eq(r->verdict, LEDGER_REFUTED, "mutant %s is %s: %s", mutant,
               Ledger_verdict_name(r->verdict), r->summary);
}

static void assert_certified_refuted(const Ledger_result *r, const char *mutant)
{
  assert_refuted(r, mutant);
  cr_assert(strncmp(r->summary, "certified counterexample", 24) == 0, "mutant %s: %s", mutant,
            r->summary);
  cr_assert_lt(Ledger_field_value(r, "certified_hi"), 0, "mutant %s", mutant);
}

Test(review, mutants_of_the_review_claims_are_refuted)
{
  Ledger_options o = Ledger_defaults();
  o.prec = MUTANT_PREC;
  Ledger_result r;
  Ledger_result_init(&r), Review_check_gap(&o, &r, 12);
  assert_refuted(&r, "~1e12");
  const Review_landauer_cost kT = {kT_without_ln2};
  Ledger_result_init(&r), Review_check_perfect_reset(&o, &r, &kT);
  assert_refuted(&r, "E_min = kT");
  const Review_law ln2 = {ln2_at_every_p, ln2_at_every_level};
  Ledger_result_init(&r), Review_check_erasure_second_law(&o, &r, &ln2);
  assert_certified_refuted(&r, "W >= kT ln 2 at every p");
  const Review_law half = {half_the_information, half_the_information_ball};
  Ledger_result_init(&r), Review_check_feedback_second_law(&o, &r, &half);
  assert_certified_refuted(&r, "W_ext <= kT I / 2");
  const Review_finite_time_law squared = {Review_erasure_bound, 2}, no_h = {ln2_at_every_p, 1};
  Ledger_result_init(&r), Review_check_finite_time_limit(&o, &r, &squared);
  assert_refuted(&r, "f ~ 1/tau^2");
  Ledger_result_init(&r), Review_check_finite_time_limit(&o, &r, &no_h);
  assert_refuted(&r, "quasi-static cost ln 2 at p > 0");
  Ledger_result_init(&r), Review_check_finite_rate_second_law(&o, &r, bound_at_the_target);
  assert_refuted(&r, "bound at the target error");
}
