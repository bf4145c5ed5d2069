#line 731 "noweb/review.nw"
/* test-review.c: tangled from noweb/review.nw; edit that, not this. */
#include <criterion/criterion.h>
#include <math.h>
#include <string.h>
#include "ledger.h"
#include "numerics.h"
#include "review.h"

#line 750 "noweb/review.nw"
static double rel_gap(const mpfr_t a, const mpfr_t b)
{
  mpfr_t d;
  mpfr_init2(d, 64);
  mpfr_sub(d, a, b, MPFR_RNDN);
  mpfr_div(d, d, b, MPFR_RNDN);
  double g = fabs(mpfr_get_d(d, MPFR_RNDN));
  mpfr_clear(d);
  return g;
}
#line 770 "noweb/review.nw"
static const char *const ln2_digits = "0.693147180559945309417232121458176568075500134360255254120680";

Test(review, landauer_at_300K_against_published_ln2)
{
  mpfr_t T, got, want, scale;
  mpfr_inits2(256, T, got, want, scale, (mpfr_ptr)0);
  mpfr_set_ui(T, 300, MPFR_RNDN);
  mpfr_set_str(want, ln2_digits, 10, MPFR_RNDN);
  mpfr_mul_ui(want, want, 4141947, MPFR_RNDN);
  mpfr_set_str(scale, "1e27", 10, MPFR_RNDN);
  mpfr_div(want, want, scale, MPFR_RNDN);
  Review_landauer_J(got, T);
  cr_assert_lt(rel_gap(got, want), 1e-58, "J: gap %g", rel_gap(got, want));
  mpfr_set_str(scale, "1.602176634e-19", 10, MPFR_RNDN);
  mpfr_div(want, want, scale, MPFR_RNDN);
  Review_landauer_eV(got, T);
  cr_assert_lt(rel_gap(got, want), 1e-58, "eV: gap %g", rel_gap(got, want));
  mpfr_clears(T, got, want, scale, (mpfr_ptr)0);
}
#line 802 "noweb/review.nw"
static double next_uniform(uint64_t *state)
{
  *state = *state * 6364136223846793005u + 1442695040888963407u;
  return ((*state >> 11) + 0.5) * 0x1p-53;
}

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
      mpfr_set_d(p, next_uniform(&state) / 2, MPFR_RNDN);
      Review_erasure_bound(got, p);
      closed_form_bound(want, p);
      mpfr_sub(want, want, got, MPFR_RNDN);
      cr_assert_lt(fabs(mpfr_get_d(want, MPFR_RNDN)), ldexp(1, -(int)precs[k] + 6),
                   "prec %ld p %g: gap %g", (long)precs[k], mpfr_get_d(p, MPFR_RNDN),
                   mpfr_get_d(want, MPFR_RNDN));
      mpfr_clears(p, got, want, (mpfr_ptr)0);
    }
}
#line 864 "noweb/review.nw"
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
#line 906 "noweb/review.nw"
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
#line 938 "noweb/review.nw"
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
#line 964 "noweb/review.nw"
static Ledger_result run_claim(const char *id)
{
  const Ledger_claim *c = Ledger_find_claim(id);
  cr_assert_not_null(c, "no claim %s", id);
  Ledger_options o = {.prec = 256, .seed = 20261123, .samples = 0, .threads = 0};
  Ledger_result r;
  Ledger_run(c, &o, &r);
  return r;
}

Test(review, value_claims_are_verified)
{
  Ledger_result r = run_claim("review.landauer_J");
  cr_assert_eq(r.verdict, LEDGER_VERIFIED, "%s", r.summary);
  cr_assert_float_eq(Ledger_field_value(&r, "computed"), 4.141947e-21 * 0.6931471805599453, 1e-35);
  r = run_claim("review.landauer_eV");
  cr_assert_eq(r.verdict, LEDGER_VERIFIED, "%s", r.summary);
  cr_assert_float_eq(Ledger_field_value(&r, "computed"), 4.141947e-21 * 0.6931471805599453 / 1.602176634e-19,
                     1e-16);
  r = run_claim("review.boltzmann");
  cr_assert_eq(r.verdict, LEDGER_VERIFIED, "%s", r.summary);
  cr_assert_lt(Ledger_field_value(&r, "gap"), 0.5e-26);
}

Test(review, identity_claims_are_verified)
{
  Ledger_result r = run_claim("review.erasure_bound.limits");
  cr_assert_eq(r.verdict, LEDGER_VERIFIED, "%s", r.summary);
  cr_assert_leq(Ledger_field_value(&r, "residual"), ldexp(1, -252));
  r = run_claim("review.erasure_bound.quasistatic");
  cr_assert_eq(r.verdict, LEDGER_VERIFIED, "%s", r.summary);
  cr_assert_leq(Ledger_field_value(&r, "residual"), ldexp(1, -248));
  cr_assert_leq(Ledger_field_value(&r, "residual_2prec"), ldexp(1, -504));
}

Test(review, second_law_claim_has_its_minimum_where_expected)
{
  Ledger_result r = run_claim("review.erasure_bound.second_law");
  cr_assert_eq(r.verdict, LEDGER_VERIFIED, "%s", r.summary);
  const double q = 31.0 / 64, e = log((1 - q) / q);
  cr_assert_float_eq(Ledger_field_value(&r, "min_slack"), e / 2 * (0.5 - q) / 1024, 1e-8);
  cr_assert_float_eq(Ledger_field_value(&r, "K_excess_at_K1024_p0.1") / Ledger_field_value(&r, "B_at_p0.1"),
                     1.0, 2e-3);
}

Test(review, simulation_claim_is_verified_and_above_the_bound)
{
  Ledger_result r = run_claim("review.erasure_bound.simulation");
  cr_assert_eq(r.verdict, LEDGER_VERIFIED, "%s", r.summary);
  cr_assert_leq(fabs(Ledger_field_value(&r, "z")), 4);
  cr_assert_gt(Ledger_field_value(&r, "z_above_bound"), 20);
}
