#line 7114 "noweb/learning.nw"
/* test-learning.c: tangled from noweb/learning.nw; edit that, not this. */
#include <criterion/criterion.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "ledger.h"
#include "test-ledger.h"
#include "numerics.h"
#include "stochastic.h"
#include "learning-internal.h"

#line 7136 "noweb/learning.nw"
static const char *field_text(const Ledger_result *r, const char *key)
{
  for (int i = 0; i < r->nfields; i++)
    if (strcmp(r->field[i].key, key) == 0)
      return r->field[i].text;
  cr_assert_fail("no field %s", key);
  return "";
}

static double gap_to(const mpfr_t a, const char *digits)
{
  mpfr_t b;
  mpfr_init2(b, mpfr_get_prec(a) + 64);
  mpfr_set_str(b, digits, 10, MPFR_RNDN);
  mpfr_sub(b, a, b, MPFR_RNDN);
  double g = fabs(mpfr_get_d(b, MPFR_RNDN));
  mpfr_clear(b);
  return g;
}

static void assert_refuted(const Ledger_result *r, const char *what)
{
  cr_assert_eq(r->verdict, LEDGER_REFUTED, "mutant of %s: %s", what, r->summary);
}

/* for a check run through its core, as Test_claim asserts for one run through the registry */
static void assert_the_registry_expects(const Ledger_result *r, const char *id)
{
  const Ledger_claim *c = Ledger_find_claim(id);
  cr_assert_not_null(c, "no claim %s", id);
  cr_assert_eq(r->verdict, c->expected, "%s is %s, the ledger expects %s: %s", id,
               Ledger_verdict_name(r->verdict), Ledger_verdict_name(c->expected), r->summary);
}

#line 7186 "noweb/learning.nw"
Test(learning, ramp_factor_edges)
{
  mpfr_t t, g, e;
  mpfr_inits2(256, t, g, e, (mpfr_ptr)0);
  mpfr_set_d(t, 1e-20, MPFR_RNDN);
  Learning_ramp_factor(g, t);
  cr_assert_float_eq(mpfr_get_d(g, MPFR_RNDN), 0.5 - 1e-20 / 6, 1e-17, "g(1e-20)");
  mpfr_set_ui(t, 1, MPFR_RNDN);
  Learning_ramp_factor(g, t);
  mpfr_set_si(e, -1, MPFR_RNDN);
  mpfr_exp(e, e, MPFR_RNDN);
  mpfr_sub(e, e, g, MPFR_RNDN);
  cr_assert_lt(fabs(mpfr_get_d(e, MPFR_RNDN)), 0x1p-250, "g(1) - 1/e = %g",
               mpfr_get_d(e, MPFR_RNDN));
  mpfr_set_inf(t, 1);
  Learning_ramp_factor(g, t);
  cr_assert(mpfr_zero_p(g));
  mpfr_clears(t, g, e, (mpfr_ptr)0);
}

Test(learning, switch_heat_has_a_closed_form)
{
  static const double ts[] = {0.01, 0.7, 3, INFINITY};
  mpfr_t nu, tau, t, q;
  mpfr_inits2(128, nu, tau, t, q, (mpfr_ptr)0);
  mpfr_set_d(nu, 1.7, MPFR_RNDN);
  mpfr_set_ui(tau, 1, MPFR_RNDN);
  for (int i = 0; i < 4; i++) {
    mpfr_set_d(t, ts[i], MPFR_RNDN);
    cr_assert_eq(Learning_protocol_heat(q, LEARNING_SWITCH, nu, tau, t), 0);
    double want = 1.7 * 1.7 * -expm1(-2 * ts[i]) / 2;
    cr_assert_float_eq(mpfr_get_d(q, MPFR_RNDN), want, 1e-15, "t = %g: %.17g vs %.17g", ts[i],
                       mpfr_get_d(q, MPFR_RNDN), want);
  }
  mpfr_clears(nu, tau, t, q, (mpfr_ptr)0);
}

Test(learning, moment_solutions_satisfy_their_equation)
{
  static const double ts[] = {1e-3, 0.4, 1.3, 2.9, 7};
  const double tau = 2;
  mpfr_t T, t, h, mp, mm, m, phi, d;
  mpfr_inits2(128, T, t, h, mp, mm, m, phi, d, (mpfr_ptr)0);
  mpfr_set_d(T, tau, MPFR_RNDN);
  mpfr_set_ui_2exp(h, 1, -40, MPFR_RNDN);
  for (int pr = LEARNING_RAMP; pr <= LEARNING_QUADRATIC; pr++)
    for (int i = 0; i < 5; i++) {
      mpfr_set_d(t, ts[i], MPFR_RNDN);
      mpfr_add(d, t, h, MPFR_RNDN);
      Learning_protocol_mean(mp, pr, T, d);
      mpfr_sub(d, t, h, MPFR_RNDN);
      Learning_protocol_mean(mm, pr, T, d);
      Learning_protocol_mean(m, pr, T, t);
      mpfr_sub(d, mp, mm, MPFR_RNDN);
      mpfr_mul_2ui(d, d, 39, MPFR_RNDN);            /* central difference over 2h = 2^-39 */
      double x = ts[i];
      if (pr == LEARNING_SWITCH || x >= tau)
        mpfr_set_ui(phi, 1, MPFR_RNDN);
      else
        mpfr_div(phi, t, T, MPFR_RNDN),
            mpfr_pow_ui(phi, phi, pr == LEARNING_RAMP ? 1 : 2, MPFR_RNDN);
      mpfr_add(d, d, m, MPFR_RNDN);
      mpfr_sub(d, d, phi, MPFR_RNDN);
      double res = mpfr_get_d(d, MPFR_RNDN);
      cr_assert_lt(fabs(res), 1e-20, "protocol %d t = %g: residual %g", pr, x, res);
    }
  mpfr_clears(T, t, h, mp, mm, m, phi, d, (mpfr_ptr)0);
}
#line 7260 "noweb/learning.nw"
static double quadratic_mean(double t, double tau)
{
  return (t * t - 2 * (expm1(-t) + t)) / (tau * tau);
}

Test(learning, quadratic_ramp_obeys_the_first_law)
{
  static const double taus[] = {0.3, 1, 4};
  const double nu = 1.3;
  mpfr_t n, T, t, q;
  mpfr_inits2(128, n, T, t, q, (mpfr_ptr)0);
  mpfr_set_d(n, nu, MPFR_RNDN);
  mpfr_set_inf(t, 1);
  for (int k = 0; k < 3; k++) {
    double tau = taus[k], work = 0;
    const int K = 2000;
    for (int i = 0; i <= K; i++) {
      double s = tau * i / K, w = (i == 0 || i == K) ? 1 : (i % 2 ? 4 : 2);
      work += w * (2 * s / (tau * tau)) * quadratic_mean(s, tau);
    }
    work *= -nu * nu * tau / K / 3;
    double want = work + nu * nu / 2;
    mpfr_set_d(T, tau, MPFR_RNDN);
    cr_assert_eq(Learning_protocol_heat(q, LEARNING_QUADRATIC, n, T, t), 0);
    cr_assert_float_eq(mpfr_get_d(q, MPFR_RNDN), want, 1e-11,
                       "tau = %g: heat %.15g, first law %.15g", tau, mpfr_get_d(q, MPFR_RNDN),
                       want);
  }
  mpfr_clears(n, T, t, q, (mpfr_ptr)0);
}
#line 7298 "noweb/learning.nw"
Test(learning, langevin_is_thread_independent_and_matches_both_limits)
{
  Ledger_mc one, two;
  Learning_langevin_mc(&one, 1.5, 0.05, 20, 11, 40000, 1);
  Learning_langevin_mc(&two, 1.5, 0.05, 20, 11, 40000, 2);
  cr_assert_eq(memcmp(&one, &two, sizeof one), 0, "%.17g vs %.17g", one.estimate, two.estimate);
  cr_assert_leq(fabs(one.z), 4, "tau = 0.05: z = %g (%g vs %g)", one.z, one.estimate, one.exact);
  Learning_langevin_mc(&one, 1.5, 20, 400, 12, 40000, 0);
  cr_assert_leq(fabs(one.z), 4, "tau = 20: z = %g (%g vs %g)", one.z, one.estimate, one.exact);
}
#line 7323 "noweb/learning.nw"
Test(learning, pc_against_mpmath)
{
  static const struct { double a, n; const char *pc; } ref[] = {
    {1, 2, "0.7599505488176242227420495014388774170842"},
    {0.1, 6, "0.9828329778692704066813669814059873126956"},
    {10, 0.3, "0.554905447442137473498033568353814793941"},
    {0, 1.5, "0.7785265948093282677569374158915896064283"},
  };
  mpfr_t a, n, x, y;
  mpfr_inits2(160, a, n, x, y, (mpfr_ptr)0);
  for (int i = 0; i < 4; i++) {
    mpfr_set_d(a, ref[i].a, MPFR_RNDN);
    mpfr_set_d(n, ref[i].n, MPFR_RNDN);
    cr_assert_eq(Learning_pc(x, a, n), 0);
    cr_assert_lt(gap_to(x, ref[i].pc), 1e-38, "p_C(%g, %g): gap %g", ref[i].a, ref[i].n,
                 gap_to(x, ref[i].pc));
    cr_assert_eq(Learning_pc_by_parts(y, a, n), 0);
    cr_assert_lt(gap_to(y, ref[i].pc), 1e-38, "by parts (%g, %g)", ref[i].a, ref[i].n);
  }
  mpfr_set_zero(a, 1);
  mpfr_set_ui(n, 60, MPFR_RNDN);
  cr_assert_eq(Learning_pc_error(x, a, n), 0);
  cr_assert_lt(gap_to(x, "1.44370455515723552902009533599e-26") / 1.4437e-26, 1e-28, "q(0, 60)");
  mpfr_set_d(a, 0.01, MPFR_RNDN);
  mpfr_set_ui(n, 8, MPFR_RNDN);
  cr_assert_eq(Learning_pc_error(x, a, n), 0);
  cr_assert_lt(gap_to(x, "0.000758732924077844272156597645422017235") / 7.587e-4, 1e-28,
               "q(0.01, 8)");
  mpfr_clears(a, n, x, y, (mpfr_ptr)0);
}

Test(learning, pc_is_odd_about_one_half_and_double_agrees)
{
  uint64_t state = 20;
  mpfr_t a, n, x, y;
  mpfr_inits2(128, a, n, x, y, (mpfr_ptr)0);
  for (int i = 0; i < 12; i++) {
    double al = 10 * Test_uniform(&state), nu = -10 + 20 * Test_uniform(&state);
    mpfr_set_d(a, al, MPFR_RNDN);
    mpfr_set_d(n, nu, MPFR_RNDN);
    cr_assert_eq(Learning_pc(x, a, n), 0);
    mpfr_neg(n, n, MPFR_RNDN);
    cr_assert_eq(Learning_pc(y, a, n), 0);
    mpfr_add(y, y, x, MPFR_RNDN);
    mpfr_sub_ui(y, y, 1, MPFR_RNDN);
    cr_assert_lt(fabs(mpfr_get_d(y, MPFR_RNDN)), 0x1p-120, "symmetry at (%g, %g)", al, nu);
    double d = Learning_pc_double(al, nu);
    cr_assert_float_eq(d, mpfr_get_d(x, MPFR_RNDN), 1e-14, "double p_C(%g, %g)", al, nu);
    mpfr_neg(n, n, MPFR_RNDN);
    cr_assert_eq(Learning_info(x, a, n), 0);
    double I = mpfr_get_d(x, MPFR_RNDN), Id = Learning_info_double(al, nu);
    if (I > 1e-6)
      cr_assert_lt(fabs(Id / I - 1), 1e-10, "double I(%g, %g): %.15g vs %.15g", al, nu, Id, I);
  }
  mpfr_clears(a, n, x, y, (mpfr_ptr)0);
}
#line 7409 "noweb/learning.nw"
Test(learning, pc_wide_and_far_forms_agree_with_double_exponential)
{
  static const double pt[][2] = {{2.5, 10},   {3, 10},      {0.3, 30},  {0.05, 100}, {0.001, 200},
                                 {1e-4, 2000}, {0.0035, 280}, {0.06, 66}, {0, 5}};
  mpfr_t a, n, x, y, q;
  mpfr_inits2(128, a, n, x, y, q, (mpfr_ptr)0);
  for (int i = 0; i < 9; i++) {
    mpfr_set_d(a, pt[i][0], MPFR_RNDN);
    mpfr_set_d(n, pt[i][1], MPFR_RNDN);          /* the rule misses a far bump at nu < 0 */
    cr_assert_eq(Learning_pc_error_de(q, a, n), 0);   /* q(|nu|), for both signs */
    for (int sg = -1; sg <= 1; sg += 2) {
      mpfr_set_d(n, sg * pt[i][1], MPFR_RNDN);
      cr_assert_eq(Learning_pc_excess(x, a, n), 0);
      cr_assert_eq(Learning_pc_excess_de(y, a, n), 0);
      mpfr_div(y, x, y, MPFR_RNDN);
      mpfr_sub_ui(y, y, 1, MPFR_RNDN);
      cr_assert_lt(fabs(mpfr_get_d(y, MPFR_RNDN)), 1e-34, "delta(%g, %g): relative gap %g",
                   pt[i][0], sg * pt[i][1], mpfr_get_d(y, MPFR_RNDN));
      cr_assert_eq(Learning_pc_error(x, a, n), 0);
      mpfr_set(y, q, MPFR_RNDN);
      if (sg < 0)
        mpfr_ui_sub(y, 1, y, MPFR_RNDN);         /* q(-nu) = 1 - q(nu) */
      mpfr_div(y, x, y, MPFR_RNDN);
      mpfr_sub_ui(y, y, 1, MPFR_RNDN);
      cr_assert_lt(fabs(mpfr_get_d(y, MPFR_RNDN)), 1e-34, "q(%g, %g): relative gap %g",
                   pt[i][0], sg * pt[i][1], mpfr_get_d(y, MPFR_RNDN));
    }
  }
  mpfr_clears(a, n, x, y, q, (mpfr_ptr)0);
}

static void erf_half_excess(mpfr_t out, double alpha, double nu)
{
  mpfr_t s;
  mpfr_init2(s, 256);
  mpfr_set_d(s, nu, MPFR_RNDN);
  mpfr_sqr(s, s, MPFR_RNDN);
  mpfr_mul_d(s, s, alpha, MPFR_RNDN);
  mpfr_add_ui(s, s, 1, MPFR_RNDN);
  mpfr_mul_2ui(s, s, 1, MPFR_RNDN);
  mpfr_sqrt(s, s, MPFR_RNDN);
  mpfr_d_div(s, nu, s, MPFR_RNDN);               /* a / sqrt 2 */
  mpfr_erf(out, s, MPFR_RNDN);
  mpfr_div_2ui(out, out, 1, MPFR_RNDN);          /* delta_0 */
  mpfr_t c;
  mpfr_init2(c, 256);
  mpfr_sqr(s, s, MPFR_RNDN);
  mpfr_neg(s, s, MPFR_RNDN);
  mpfr_exp(s, s, MPFR_RNDN);                     /* e^{-a^2/2} */
  mpfr_set_d(c, nu, MPFR_RNDN);
  mpfr_sqr(c, c, MPFR_RNDN);
  mpfr_mul_d(c, c, alpha, MPFR_RNDN);
  mpfr_add_ui(c, c, 1, MPFR_RNDN);
  mpfr_pow_si(c, c, -3, MPFR_RNDN);
  mpfr_sqrt(c, c, MPFR_RNDN);                    /* varsigma^-3 */
  mpfr_mul(s, s, c, MPFR_RNDN);
  mpfr_const_pi(c, MPFR_RNDN);
  mpfr_mul_2ui(c, c, 1, MPFR_RNDN);
  mpfr_sqrt(c, c, MPFR_RNDN);
  mpfr_div(s, s, c, MPFR_RNDN);
  mpfr_mul_d(s, s, 2 * nu, MPFR_RNDN);           /* g'(0) */
  mpfr_const_pi(c, MPFR_RNDN);
  mpfr_sqr(c, c, MPFR_RNDN);
  mpfr_div_ui(c, c, 12, MPFR_RNDN);
  mpfr_mul(s, s, c, MPFR_RNDN);                  /* C = g'(0) pi^2/12 + O(varsigma^-5) */
  mpfr_sub(out, out, s, MPFR_RNDN);
  mpfr_clears(s, c, (mpfr_ptr)0);
}

static void info_by_definition(mpfr_t out, const mpfr_t pc)
{
  mpfr_t q, l;
  mpfr_inits2(mpfr_get_prec(pc) + 64, q, l, (mpfr_ptr)0);
  mpfr_ui_sub(q, 1, pc, MPFR_RNDN);
  Num_binary_entropy(l, q);
  mpfr_const_log2(q, MPFR_RNDN);
  mpfr_sub(out, q, l, MPFR_RNDN);
  mpfr_clears(q, l, (mpfr_ptr)0);
}

Test(learning, pc_and_info_far_out)
{
  mpfr_t a, n, x, y;
  mpfr_inits2(128, a, n, x, y, (mpfr_ptr)0);
  mpfr_set_zero(a, 1);
  mpfr_set_d(n, 1e5, MPFR_RNDN);
  cr_assert_eq(Learning_pc(x, a, n), 0);
  cr_assert(mpfr_cmp_ui(x, 1) == 0, "p_C(0, 1e5) = %.20g, not 1", mpfr_get_d(x, MPFR_RNDN));
  cr_assert_eq(Learning_info(x, a, n), 0);
  mpfr_const_log2(y, MPFR_RNDN);
  cr_assert(mpfr_equal_p(x, y), "I(0, 1e5) = %.20g, not ln 2", mpfr_get_d(x, MPFR_RNDN));
  cr_assert_eq(Learning_pc_error(x, a, n), 0);
  mpfr_set_d(y, -99999.5, MPFR_RNDN);
  mpfr_exp(y, y, MPFR_RNDN); /* the series' first term; the second is e^-1e5 of it */
  mpfr_div(y, x, y, MPFR_RNDN);
  mpfr_sub_ui(y, y, 1, MPFR_RNDN);
  cr_assert_lt(fabs(mpfr_get_d(y, MPFR_RNDN)), 1e-36, "q(0, 1e5): relative gap %g",
               mpfr_get_d(y, MPFR_RNDN));
  mpfr_set_d(n, -1e5, MPFR_RNDN);
  cr_assert_eq(Learning_pc(x, a, n), 0);         /* p_C(-nu) = q(nu), no 1/2 - (1/2 - q) */
  mpfr_set_d(y, -99999.5, MPFR_RNDN);
  mpfr_exp(y, y, MPFR_RNDN);
  mpfr_div(y, x, y, MPFR_RNDN);
  mpfr_sub_ui(y, y, 1, MPFR_RNDN);
  cr_assert_lt(fabs(mpfr_get_d(y, MPFR_RNDN)), 1e-36, "p_C(0, -1e5): relative gap %g",
               mpfr_get_d(y, MPFR_RNDN));
  mpfr_set_d(n, -100, MPFR_RNDN);
  Learning_pc_erf(x, a, n);
  mpfr_set_d(y, 1250, MPFR_RNDN);                /* (S70) = erfc(z)/2, z = 25 sqrt 2 */
  double z2 = 1250, tail = 1 - 1 / (2 * z2) + 3 / (4 * z2 * z2) - 15 / (8 * z2 * z2 * z2);
  mpfr_neg(y, y, MPFR_RNDN);
  mpfr_exp(y, y, MPFR_RNDN);
  mpfr_mul_d(y, y, tail / (2 * sqrt(z2 * M_PI)), MPFR_RNDN);
  mpfr_div(y, x, y, MPFR_RNDN);
  mpfr_sub_ui(y, y, 1, MPFR_RNDN);
  cr_assert_lt(fabs(mpfr_get_d(y, MPFR_RNDN)), 1e-11, "(S70) at (0, -100): relative gap %g",
               mpfr_get_d(y, MPFR_RNDN));
  mpfr_set_d(n, -1e9, MPFR_RNDN);
  cr_assert_eq(Learning_pc(x, a, n), 0);
  cr_assert(mpfr_zero_p(x), "p_C(0, -1e9) = %g, not 0", mpfr_get_d(x, MPFR_RNDN));
  static const double wide[][2] = {{1.5, 1e32}, {1e32, 0.5}, {1e30, 0.5}, {1e300, 1e-100}};
  for (int i = 0; i < 4; i++) {
    mpfr_set_d(a, wide[i][0], MPFR_RNDN);
    mpfr_set_d(n, wide[i][1], MPFR_RNDN);
    cr_assert_eq(Learning_pc_excess(x, a, n), 0);
    erf_half_excess(y, wide[i][0], wide[i][1]);
    mpfr_div(y, x, y, MPFR_RNDN);
    mpfr_sub_ui(y, y, 1, MPFR_RNDN);
    cr_assert_lt(fabs(mpfr_get_d(y, MPFR_RNDN)), 1e-30, "delta(%g, %g): relative gap %g",
                 wide[i][0], wide[i][1], mpfr_get_d(y, MPFR_RNDN));
    cr_assert_eq(Learning_pc(x, a, n), 0);
    info_by_definition(y, x);
    cr_assert_eq(Learning_info(x, a, n), 0);
    mpfr_div(y, x, y, MPFR_RNDN);
    mpfr_sub_ui(y, y, 1, MPFR_RNDN);
    if (wide[i][0] < 1e30)                        /* elsewhere I ~ 1e-32 is below 1 - p_C's ulp */
      cr_assert_lt(fabs(mpfr_get_d(y, MPFR_RNDN)), 1e-30, "I(%g, %g): relative gap %g",
                   wide[i][0], wide[i][1], mpfr_get_d(y, MPFR_RNDN));
  }
  mpfr_clears(a, n, x, y, (mpfr_ptr)0);
}
#line 7563 "noweb/learning.nw"
Test(learning, toy_entropy_series_and_reference)
{
  mpfr_t n, v;
  mpfr_inits2(128, n, v, (mpfr_ptr)0);
  mpfr_set_d(n, 1e-3, MPFR_RNDN);
  cr_assert_eq(Learning_toy_entropy(v, n), 0);
  double want = 0.5e-6 - 0.25e-12;
  cr_assert_lt(fabs(mpfr_get_d(v, MPFR_RNDN) / want - 1), 1e-11, "%.17g vs %.17g",
               mpfr_get_d(v, MPFR_RNDN), want);
  mpfr_set_ui(n, 2, MPFR_RNDN);
  cr_assert_eq(Learning_toy_entropy(v, n), 0);
  cr_assert_lt(gap_to(v, "0.63272019373686698165901059430098362"), 1e-34);
  mpfr_sqrt_ui(n, 2, MPFR_RNDN);
  cr_assert_eq(Learning_toy_entropy(v, n), 0);
  cr_assert_lt(gap_to(v, "0.50007213606684493718357755778911898"), 1e-34);
  mpfr_clears(n, v, (mpfr_ptr)0);
}

Test(learning, eta_at_small_rate_tends_to_four_c_squared)
{
  double c = 0;
  for (int k = -4000; k <= 4000; k++) {
    double z = k / 200.0, s = 1 / (1 + exp(-z));
    c += exp(-z * z / 2) / sqrt(2 * M_PI) * s * (1 - s) / 200.0;
  }
  mpfr_t n, t, e;
  mpfr_inits2(128, n, t, e, (mpfr_ptr)0);
  mpfr_set_d(n, 1e-4, MPFR_RNDN);
  mpfr_set_inf(t, 1);
  cr_assert_eq(Learning_eta1(e, n, t), 0);
  cr_assert_float_eq(mpfr_get_d(e, MPFR_RNDN), 4 * c * c, 1e-7, "%.12g vs %.12g",
                     mpfr_get_d(e, MPFR_RNDN), 4 * c * c);
  mpfr_clears(n, t, e, (mpfr_ptr)0);
}
#line 7610 "noweb/learning.nw"
static double scalar_realization_mean(int N, int P, double nu, uint64_t seed, uint64_t key)
{
  Rng rng;
  double *label = malloc(P * sizeof *label), *y = malloc(N * sizeof *y), *w = calloc(N, sizeof *w);
  int W = (N + 63) / 64;
  Rng_init(&rng, seed, 201, key);
  for (int m = 0; m < P; m++)
    label[m] = (Rng_bits(&rng) & 1) ? -1.0 : 1.0;
  for (int n = 0; n < N; n++)
    y[n] = Rng_normal(&rng);
  Rng_init(&rng, seed, 202, key);
  int (*xi)[N] = malloc(sizeof(int[P][N]));
  for (int m = 0; m < P; m++)
    for (int k = 0; k < W; k++) {
      uint64_t bits = Rng_bits(&rng);
      for (int j = 0; j < 64 && 64 * k + j < N; j++)
        xi[m][64 * k + j] = ((bits >> j) & 1) ? -1 : 1;
    }
  for (int n = 0; n < N; n++) {
    double F = 0;
    for (int m = 0; m < P; m++)
      F += label[m] * xi[m][n];
    w[n] = nu * F / sqrt((double)N) + y[n];
  }
  double sum = 0;
  for (int m = 0; m < P; m++) {
    double a = 0;
    for (int n = 0; n < N; n++)
      a += w[n] * xi[m][n];
    sum += label[m] * a / sqrt((double)N);
  }
  free(label), free(y), free(w), free(xi);
  return sum / P;
}

Test(learning, pattern_kernel_matches_a_scalar_implementation)
{
  const int N = 70, P = 30;
  const double nu = 1.7;
  double m0 = scalar_realization_mean(N, P, nu, 5, 0), m1 = scalar_realization_mean(N, P, nu, 5, 1);
  Ledger_mc mc;
  Learning_stability_mc(&mc, 1, N, P, nu, 5, 2, 1);
  cr_assert_float_eq(mc.estimate, (m0 + m1) / 2, 1e-12, "kernel %.17g, scalar %.17g", mc.estimate,
                     (m0 + m1) / 2);
  Ledger_mc a, b;
  Learning_stability_mc(&a, 2, 200, 100, 2, 9, 64, 1);
  Learning_stability_mc(&b, 2, 200, 100, 2, 9, 64, 2);
  cr_assert_eq(memcmp(&a, &b, sizeof a), 0);
  Ledger_mc pa, ia, pb, ib;
  Learning_fig3_mc(&pa, &ia, 0.5, 1, 2000, 3, 4, 1);
  Learning_fig3_mc(&pb, &ib, 0.5, 1, 2000, 3, 4, 2);
  cr_assert_eq(memcmp(&pa, &pb, sizeof pa), 0);
  cr_assert_eq(memcmp(&ia, &ib, sizeof ia), 0);
}
#line 7676 "noweb/learning.nw"
Test(learning, experiment_domains_and_sample_counts)
{
  const Ledger_experiment *f = Ledger_find_experiment("learning.fig3"),
                          *s = Ledger_find_experiment("learning.stability");
  cr_assert(f && s && f->invalid && s->invalid);
  cr_assert_not_null(f->invalid((double[]){1e-308, 2, 10000}));
  cr_assert_not_null(f->invalid((double[]){100, 2, 100000}));
  cr_assert_null(f->invalid((double[]){1, 2, 10000}));
  cr_assert_not_null(s->invalid((double[]){2, 100000, 100000, 3}));
  cr_assert_null(s->invalid((double[]){2, 40, 20, 3}));
  static const char *q[] = {"learning.pc", "learning.pc_erf", "learning.info", "learning.heat",
                            "learning.eta1", "learning.eta", "learning.entropy1"};
  for (int i = 0; i < 7; i++)
    cr_assert_eq(Ledger_find_quantity(q[i])->double_digits, 0, "%s", q[i]);
  static const char *e[] = {"learning.langevin", "learning.toy", "learning.fig3",
                            "learning.fig3_pc", "learning.stability"};
  for (int i = 0; i < 5; i++)
    cr_assert_geq(Ledger_find_experiment(e[i])->min_samples, 2, "%s", e[i]);
}

Test(learning, fig3_past_two_to_the_sixteen_realisations)
{
  Ledger_mc pc, info;
  Learning_fig3_mc(&pc, &info, 1, 2, 1, 7, 65600, 1);
  cr_assert_eq(pc.samples, 65600);
  double exact = Learning_pc_double(0, 2);        /* the variance 1 + nu^2 (P - 1)/N = 1 */
  cr_assert_lt(fabs(pc.estimate - exact), 5 * pc.stderr_, "p_C %g +- %g against %g", pc.estimate,
               pc.stderr_, exact);
}
#line 7719 "noweb/learning.nw"
static void tanh_erf_slope(mpfr_t f, mpfr_t df, const mpfr_t x, void *ctx)
{
  (void)ctx;
  mpfr_t s2, th, g, c;
  mpfr_inits2(mpfr_get_prec(f), s2, th, g, c, (mpfr_ptr)0);
  mpfr_div_2ui(th, x, 1, MPFR_RNDN);
  mpfr_sech(s2, th, MPFR_RNDN);
  mpfr_sqr(s2, s2, MPFR_RNDN);                   /* sech^2(x/2) */
  mpfr_tanh(th, th, MPFR_RNDN);
  mpfr_sqr(g, x, MPFR_RNDN);
  mpfr_mul_d(g, g, -0.16, MPFR_RNDN);
  mpfr_exp(g, g, MPFR_RNDN);
  mpfr_const_pi(c, MPFR_RNDN);
  mpfr_sqrt(c, c, MPFR_RNDN);
  mpfr_div(g, g, c, MPFR_RNDN);
  mpfr_mul_d(g, g, 0.8, MPFR_RNDN);              /* d erf(0.4 x)/dx */
  mpfr_div_2ui(f, s2, 1, MPFR_RNDN);
  mpfr_sub(f, f, g, MPFR_RNDN);                  /* the slope of tanh(x/2) - erf(0.4 x) */
  mpfr_mul(s2, s2, th, MPFR_RNDN);
  mpfr_div_2ui(s2, s2, 1, MPFR_RNDN);
  mpfr_mul(g, g, x, MPFR_RNDN);
  mpfr_mul_d(g, g, 0.32, MPFR_RNDN);
  mpfr_sub(df, g, s2, MPFR_RNDN);                /* its derivative */
  mpfr_clears(s2, th, g, c, (mpfr_ptr)0);
}

Test(learning, s66_worst_error_at_the_root_of_the_slope)
{
  mpfr_t x, lo, hi;
  mpfr_inits2(128, x, lo, hi, (mpfr_ptr)0);
  mpfr_set_d(lo, 1, MPFR_RNDN);
  mpfr_set_d(hi, 1.3, MPFR_RNDN);
  cr_assert_eq(Num_root(x, tanh_erf_slope, NULL, lo, hi), 0);
  double xr = mpfr_get_d(x, MPFR_RNDN), e = tanh(xr / 2) - erf(0.4 * xr);
  cr_assert_float_eq(xr, 1.1506257344471318568, 1e-15);
  cr_assert_float_eq(e, 0.034366454697017306874, 1e-15);
  Ledger_result r;
  Ledger_run(Ledger_find_claim("learning.S66"), &(Ledger_options){.prec = 256, .seed = 1}, &r);
  cr_assert_float_eq(Ledger_field_value(&r, "worst_error"), e, 1e-12, "claim %.15g, root %.15g",
                     Ledger_field_value(&r, "worst_error"), e);
  mpfr_clears(x, lo, hi, (mpfr_ptr)0);
}

Test(learning, pc_erf_worst_error_is_attained_and_not_exceeded)
{
  Ledger_result r;
  Ledger_run(Ledger_find_claim("learning.pc_erf"), &(Ledger_options){.prec = 256, .seed = 1}, &r);
  double w = Ledger_field_value(&r, "worst_error");
  double a, n;
  const char *where = field_text(&r, "where");
  cr_assert_eq(sscanf(where, "alpha = %lf, nu = %lf", &a, &n), 2, "where: %s", where);
  mpfr_t A, N, p, e;
  mpfr_inits2(128, A, N, p, e, (mpfr_ptr)0);
  mpfr_set_d(A, a, MPFR_RNDN);
  mpfr_set_d(N, n, MPFR_RNDN);
  Learning_pc(p, A, N);
  Learning_pc_erf(e, A, N);
  mpfr_sub(p, p, e, MPFR_RNDN);
  cr_assert_float_eq(fabs(mpfr_get_d(p, MPFR_RNDN)), w, 1e-9, "at (%g, %g): %.15g vs %.15g", a, n,
                     fabs(mpfr_get_d(p, MPFR_RNDN)), w);
  double scan = 0;
  for (int k = 0; k <= 10000; k++) {
    double nu = k / 1000.0;
    double d = fabs(Learning_pc_double(0, nu) - (0.5 + 0.5 * erf(nu / 2 / sqrt(2.0))));
    scan = d > scan ? d : scan;
  }
  cr_assert_leq(scan, w + 1e-9, "scan %.15g > claim %.15g", scan, w);
  cr_assert_geq(scan, w - 1e-7, "scan %.15g far below claim %.15g", scan, w);
  mpfr_clears(A, N, p, e, (mpfr_ptr)0);
}
#line 7810 "noweb/learning.nw"
static int mpfr_in_ball(const mpfr_t x, const arb_t ball, double widen)
{
  arb_t t, b;
  arb_init(t), arb_init(b);
  arf_set_mpfr(arb_midref(t), x);
  arb_set(b, ball);
  if (widen > 0) {
    arb_t w;
    arb_init(w), arb_set_d(w, widen), arb_add_error(b, w), arb_clear(w);
  }
  int in = arb_contains(b, t);
  arb_clear(t), arb_clear(b);
  return in;
}

/* p_C or (S70) at (nu, varsigma) moved by t along coordinate dir: alpha = (varsigma^2 - 1)/nu^2 */
static void mpfr_at(mpfr_t out, int which, double nu, double sigma, int dir, double t)
{
  mpfr_t a, n;
  mpfr_inits2(256, a, n, (mpfr_ptr)0);
  mpfr_set_d(n, nu, MPFR_RNDN);
  mpfr_set_d(a, sigma, MPFR_RNDN);
  mpfr_add_d(dir ? a : n, dir ? a : n, t, MPFR_RNDN);
  mpfr_sqr(a, a, MPFR_RNDN);
  mpfr_sub_ui(a, a, 1, MPFR_RNDN);
  mpfr_div(a, a, n, MPFR_RNDN);
  mpfr_div(a, a, n, MPFR_RNDN);
  if (which == 0)
    cr_assert_eq(Learning_pc(out, a, n), 0);
  else
    Learning_pc_erf(out, a, n);
  mpfr_clears(a, n, (mpfr_ptr)0);
}

static void central_differences(mpfr_t d1, mpfr_t d2, int which, double nu, double sigma, int dir)
{
  const double h1 = 0x1p-30, h2 = 0x1p-20;
  mpfr_t p, m, c;
  mpfr_inits2(256, p, m, c, (mpfr_ptr)0);
  mpfr_at(p, which, nu, sigma, dir, h1), mpfr_at(m, which, nu, sigma, dir, -h1);
  mpfr_sub(d1, p, m, MPFR_RNDN);
  mpfr_div_d(d1, d1, 2 * h1, MPFR_RNDN);
  mpfr_at(p, which, nu, sigma, dir, h2), mpfr_at(m, which, nu, sigma, dir, -h2);
  mpfr_at(c, which, nu, sigma, dir, 0);
  mpfr_add(d2, p, m, MPFR_RNDN);
  mpfr_mul_2ui(c, c, 1, MPFR_RNDN);
  mpfr_sub(d2, d2, c, MPFR_RNDN);
  mpfr_div_d(d2, d2, h2 * h2, MPFR_RNDN);
  mpfr_clears(p, m, c, (mpfr_ptr)0);
}

Test(learning, mpfr_values_lie_in_the_arb_balls)
{
  static const double pts[][2] = {{0, 1.219983}, {0, 4.188184}, {1, 2}, {0.01, 5}, {10, 10}};
  mpfr_t a, n, x, g;
  mpfr_inits2(128, a, n, x, g, (mpfr_ptr)0);
  arb_t A, N, b, c;
  arb_init(A), arb_init(N), arb_init(b), arb_init(c);
  for (size_t i = 0; i < sizeof pts / sizeof pts[0]; i++) {
    mpfr_set_d(a, pts[i][0], MPFR_RNDN), mpfr_set_d(n, pts[i][1], MPFR_RNDN);
    arb_set_d(A, pts[i][0]), arb_set_d(N, pts[i][1]);
    cr_assert_eq(Learning_pc(x, a, n), 0);
    Learning_pc_arb(b, A, N, 64);
    cr_assert(mpfr_in_ball(x, b, 0), "p_C(%g, %g) outside its ball", pts[i][0], pts[i][1]);
    cr_assert_lt(mag_get_d(arb_radref(b)), 1e-8);
    arb_sqr(c, N, 64), arb_mul(c, c, A, 64), arb_add_ui(c, c, 1, 64), arb_sqrt(c, c, 64);
    arb_set(A, c);                               /* now varsigma */
    Learning_pc_erf(x, a, n);
    arb_set_ui(c, 4);
    Learning_phi_of_ratio(b, N, A, c, 0, 64);
    cr_assert(mpfr_in_ball(x, b, 0), "(S70) at (%g, %g) outside its ball", pts[i][0], pts[i][1]);
    mpfr_set_ui(g, 4, MPFR_RNDN);
    mpfr_div_ui(g, g, 5, MPFR_RNDN);             /* 4/5 to 128 bits, not the double 0.8 */
    Learning_pc_erf_gamma(x, a, n, g);
    arb_set_ui(c, 33), arb_div_ui(c, c, 8, 64);
    Learning_phi_of_ratio(b, N, A, c, 0, 64);
    cr_assert(mpfr_in_ball(x, b, 0), "(S68) at (%g, %g) outside its ball", pts[i][0],
              pts[i][1]);
  }
  for (int k = 0; k < 2; k++) {
    mpfr_set_d(n, 2, MPFR_RNDN), arb_set_ui(N, 2);
    if (k)
      mpfr_sqrt(n, n, MPFR_RNDN), arb_sqrt(N, N, 64);
    cr_assert_eq(Learning_toy_entropy(x, n), 0);
    Learning_toy_entropy_arb(b, N, 64);
    cr_assert(mpfr_in_ball(x, b, 0), "toy entropy at nu = %s outside its ball",
              k ? "sqrt 2" : "2");
  }
  mpfr_set_ui(a, 1, MPFR_RNDN), arb_sqrt_ui(A, 2, 64);
  for (int sT = -1; sT <= 1; sT += 2) {
    mpfr_set_si(n, sT, MPFR_RNDN), arb_set_si(N, sT);
    cr_assert_eq(Learning_pc(x, a, n), 0);
    Learning_logistic_average_arb(b, N, A, 1, 64);
    cr_assert(mpfr_in_ball(x, b, 0), "<s(omega)> at mean %d", sT);
    cr_assert_eq(Learning_pc_error(x, a, n), 0);
    Learning_logistic_average_arb(b, N, A, -1, 64);
    cr_assert(mpfr_in_ball(x, b, 0), "<s(-omega)> at mean %d", sT);
  }
  arb_clear(A), arb_clear(N), arb_clear(b), arb_clear(c);
  mpfr_clears(a, n, x, g, (mpfr_ptr)0);
}

Test(learning, arb_slopes_and_curvatures_contain_central_differences)
{
  static const double pts[][2] = {{1.22, 1.5}, {4.19, 1.3}, {0.5, 3}, {6, 12}};
  mpfr_t d1, d2;
  mpfr_inits2(256, d1, d2, (mpfr_ptr)0);
  arb_t N, S, c;
  arb_ptr h = _arb_vec_init(6), slope = _arb_vec_init(2);
  arb_init(N), arb_init(S), arb_init(c);
  arb_set_ui(c, 4);
  for (size_t i = 0; i < sizeof pts / sizeof pts[0]; i++)
    for (int dir = 0; dir < 2; dir++) {
      const double nu = pts[i][0], sigma = pts[i][1];
      arb_set_d(N, nu), arb_set_d(S, sigma);
      central_differences(d1, d2, 0, nu, sigma, dir);
      Learning_pc_slope_ball(slope + 0, slope + 1, N, S, 64);
      cr_assert(mpfr_in_ball(d1, slope + dir, 1e-12), "p_C slope %d at (%g, %g)", dir, nu, sigma);
      Learning_pc_curvature_bound(h, S, 64);
      cr_assert(mpfr_in_ball(d2, h + 2 * dir, 1e-9), "p_C curvature %d at (%g, %g): %g", dir, nu,
                sigma, mpfr_get_d(d2, MPFR_RNDN));
      central_differences(d1, d2, 1, nu, sigma, dir);
      Learning_phi_of_ratio(h, N, S, c, 2, 64);
      cr_assert(mpfr_in_ball(d1, h + 1 + dir, 1e-12), "A_4 slope %d at (%g, %g)", dir, nu, sigma);
      cr_assert(mpfr_in_ball(d2, h + 3 + 2 * dir, 1e-9), "A_4 curvature %d at (%g, %g)", dir, nu,
                sigma);
    }
  _arb_vec_clear(h, 6), _arb_vec_clear(slope, 2);
  arb_clear(N), arb_clear(S), arb_clear(c);
  mpfr_clears(d1, d2, (mpfr_ptr)0);
}
#line 7953 "noweb/learning.nw"
static void pin_identity(const char *id)
{
  Ledger_result r = Test_claim(id);
  cr_assert_eq(r.verdict, LEDGER_VERIFIED, "%s: %s", id, r.summary);
  cr_assert_leq(Ledger_field_value(&r, "residual"), Ledger_field_value(&r, "bound"), "%s", id);
  cr_assert_leq(Ledger_field_value(&r, "residual_2prec"), Ledger_field_value(&r, "bound_2prec"),
                "%s", id);
}

Test(learning, heat_identities_are_verified)
{
  pin_identity("learning.eq13.quadrature");
  pin_identity("learning.eq13.limits");
  pin_identity("learning.eq13.small_tau");
}

Test(learning, single_weight_identities_are_verified)
{
  pin_identity("learning.toy.entropy");
  pin_identity("learning.toy.info");
  pin_identity("learning.toy.large_nu");
}

Test(learning, limit_identities_are_verified, .timeout = 120)
{
  pin_identity("learning.eq20");
  pin_identity("learning.eq21");
  pin_identity("learning.eq22.limits");
}

Test(learning, erf_identities_are_verified)
{
  pin_identity("learning.S67");
  pin_identity("learning.S68");
  pin_identity("learning.S69");
  pin_identity("learning.S71");
}

Test(learning, bounds_hold_with_their_smallest_slack_where_expected)
{
  static const Learning_bound_form printed_and_mutant[2] = {{1, 1, 1, 1}, {1, 1, -1, 1}};
  Ledger_result rr[2];
  Ledger_result_init(&rr[0]), Ledger_result_init(&rr[1]);
  Learning_eq10_fig2(rr, printed_and_mutant, 2);
  Ledger_result r = rr[0];
  assert_the_registry_expects(&r, "learning.eq10.fig2");
  double s = Ledger_field_value(&r, "min_slack");
  cr_assert(s > 0 && s < 1e-6, "fig2 min slack %g", s);
  cr_assert(strstr(field_text(&r, "where"), "tau = inf") != NULL, "where: %s",
            field_text(&r, "where"));
  cr_assert_lt(Ledger_field_value(&r, "error"), 1e-6 * s, "the slack's error bound");
  cr_assert_float_eq(Ledger_field_value(&r, "max_eta"), 1 - s, 1e-12);
  double c = Ledger_field_value(&r, "certified_slack");
  cr_assert(c > 0.9 * s && c <= s, "fig2 certified slack %g against the grid's %g", c, s);
  assert_refuted(&rr[1], "eq10.fig2");
  cr_assert(strncmp(rr[1].summary, "certified counterexample", 24) == 0, "%s", rr[1].summary);
  static const char *const others[] = {"learning.eq10.ramp_all_times", "learning.eq10.switch",
                                       "learning.eq10.quadratic"};
  for (int i = 0; i < 3; i++) {
    Ledger_result_init(&rr[0]), Ledger_result_init(&rr[1]);
    Learning_eq10_protocol(rr, printed_and_mutant, 2, LEARNING_RAMP + i);
    assert_the_registry_expects(&rr[0], others[i]);
    cr_assert_gt(Ledger_field_value(&rr[0], "min_slack"), 0.5, "%s: %s", others[i], rr[0].summary);
    assert_refuted(&rr[1], "eq10 (other forces)");
    cr_assert(strncmp(rr[1].summary, "certified counterexample", 24) == 0, "%s", rr[1].summary);
  }
  r = Test_claim("learning.eq16");
  cr_assert_float_eq(Ledger_field_value(&r, "min_slack"), 1 - Ledger_field_value(&r, "max_eta"),
                     1e-12);
  cr_assert(Ledger_field_value(&r, "max_eta") > 0.19 && Ledger_field_value(&r, "max_eta") < 0.2,
            "max eta %g", Ledger_field_value(&r, "max_eta"));
  double c16 = Ledger_field_value(&r, "certified_slack");
  cr_assert(c16 > 0 && c16 <= Ledger_field_value(&r, "min_slack"), "eq16 certified slack %g", c16);
}
#line 8045 "noweb/learning.nw"
static void assert_in_ball(const arb_t ball, const mpfr_t x, const char *what, double at)
{
  arb_t v;
  arb_init(v);
  arf_set_mpfr(arb_midref(v), x);
  cr_assert(arb_contains(ball, v), "%s at %g: %.20g outside the ball", what, at,
            mpfr_get_d(x, MPFR_RNDN));
  arb_clear(v);
}

Test(learning, the_balls_of_the_proofs_contain_the_mpfr_values)
{
  static const double nus[] = {0.05, 1.5, 20.68}, pts[][2] = {{1, 2}, {10, 0.3}, {0.01, 8}};
  arb_t info, ds, sig;
  arb_init(info), arb_init(ds), arb_init(sig);
  mpfr_t a, n, x;
  mpfr_inits2(128, a, n, x, (mpfr_ptr)0);
  mpfr_set_zero(a, 1);
  for (int i = 0; i < 3; i++) {
    cr_assert_eq(Learning_toy_balls(info, ds, nus[i], 64), 0);
    mpfr_set_d(n, nus[i], MPFR_RNDN);
    cr_assert_eq(Learning_info(x, a, n), 0);
    assert_in_ball(info, x, "I", nus[i]);
    cr_assert_eq(Learning_toy_entropy(x, n), 0);
    assert_in_ball(ds, x, "dS", nus[i]);
    cr_assert_lt(mag_cmp_2exp_si(arb_radref(info), -50), 0, "I's ball is wide");
  }
  for (int i = 0; i < 3; i++) {
    mpfr_set_d(a, pts[i][0], MPFR_RNDN), mpfr_set_d(n, pts[i][1], MPFR_RNDN);
    arb_set_d(sig, pts[i][1]), arb_sqr(sig, sig, 64);
    arb_set_d(ds, pts[i][0]), arb_mul(sig, sig, ds, 64), arb_add_ui(sig, sig, 1, 64);
    arb_sqrt(sig, sig, 64);
    cr_assert_eq(Learning_excess_ball(info, pts[i][1], sig, 64), 0);
    cr_assert_eq(Learning_pc_excess(x, a, n), 0);
    assert_in_ball(info, x, "delta", pts[i][1]);
  }
  mpfr_set_ui(a, 1, MPFR_RNDN), mpfr_set_inf(n, 1);
  for (int pr = LEARNING_RAMP; pr <= LEARNING_QUADRATIC; pr++) {
    Learning_protocol_heat_ball(info, pr, 64);
    cr_assert_eq(Learning_protocol_heat(x, pr, a, a, n), 0);  /* nu = tau = 1, t = inf */
    assert_in_ball(info, x, "the heat's closed form", pr);
  }
  mpfr_clears(a, n, x, (mpfr_ptr)0);
  arb_clear(info), arb_clear(ds), arb_clear(sig);
}

#line 8105 "noweb/learning.nw"
Test(learning, the_lemmas_of_the_proofs_hold_where_they_are_used)
{
  mpfr_t a, n, x, y;
  mpfr_inits2(128, a, n, x, y, (mpfr_ptr)0);
  static const double rates[] = {1e-3, 0.01, 0.046875};
  mpfr_set_zero(a, 1);
  for (int i = 0; i < 3; i++) {
    double r = rates[i];
    mpfr_set_d(n, r, MPFR_RNDN);
    cr_assert_eq(Learning_info(x, a, n), 0);
    cr_assert_leq(mpfr_get_d(x, MPFR_RNDN), r * r * log(2) / 4, "I at %g", r);
    cr_assert_eq(Learning_toy_entropy(y, n), 0);
    cr_assert_geq(mpfr_get_d(y, MPFR_RNDN), r * r * (1 - r * r) / 2, "dS at %g", r);
  }
  static const double strip[][2] = {{1.0 / 64, 10}, {10, 0.375}, {1, 1.25}, {0.1, 2}, {5, 0.1}};
  for (int i = 0; i < 5; i++) {
    double al = strip[i][0], nu = strip[i][1], xx = al * nu * nu;
    mpfr_set_d(a, al, MPFR_RNDN), mpfr_set_d(n, nu, MPFR_RNDN);
    cr_assert_eq(Learning_info(x, a, n), 0);
    cr_assert_leq(al * mpfr_get_d(x, MPFR_RNDN), log(2) / 4 * (2 + xx) * 0.5 * log1p(xx),
                  "the strip's lemma at alpha = %g, nu = %g", al, nu);
  }
  static const double mono[][2] = {{0.1, 0.5}, {1, 2}, {10, 5}};
  for (int i = 0; i < 3; i++) {
    double al = mono[i][0], nu = mono[i][1];
    mpfr_set_d(a, al, MPFR_RNDN), mpfr_set_d(n, nu, MPFR_RNDN);
    cr_assert_eq(Learning_pc_excess(x, a, n), 0);
    mpfr_set_d(a, 1.1 * al, MPFR_RNDN);
    cr_assert_eq(Learning_pc_excess(y, a, n), 0);
    cr_assert(mpfr_less_p(y, x), "delta does not fall with alpha at %g, %g", al, nu);
    mpfr_set_d(a, al, MPFR_RNDN), mpfr_div_d(a, a, 1.21, MPFR_RNDN);
    mpfr_set_d(n, 1.1 * nu, MPFR_RNDN);          /* the same varsigma, to rounding */
    cr_assert_eq(Learning_pc_excess(y, a, n), 0);
    cr_assert(mpfr_greater_p(y, x), "delta does not rise with nu at %g, %g", al, nu);
  }
  mpfr_clears(a, n, x, y, (mpfr_ptr)0);
}

Test(learning, refuted_claims_carry_the_gaps_derived_in_the_text)
{
  Ledger_result r = Test_claim("learning.entropy_per_weight");
  cr_assert_float_eq(Ledger_field_value(&r, "residual"), 0.5 * log(2),
                     1e-6);                              /* printed to 6 digits */
  cr_assert_float_eq(Ledger_field_value(&r, "mixture_P400"), 0.5 * log(2), 2e-3);
  r = Test_claim("learning.S37");
  cr_assert_float_eq(Ledger_field_value(&r, "I_sum_of_weights") - Ledger_field_value(&r, "I_joint"),
                     2 * 0.50007213606684493718 - 0.63272019373686698166, 1e-9);
  r = Test_claim("learning.S52");
  cr_assert_float_eq(Ledger_field_value(&r, "residual"), 1, 1e-15);
  r = Test_claim("learning.S60");
  cr_assert_gt(Ledger_field_value(&r, "residual"), 0.1);
  r = Test_claim("learning.fig3.inset");
  cr_assert_gt(Ledger_field_value(&r, "eta_tauinf"), Ledger_field_value(&r, "eta_tau0"));
  r = Test_claim("learning.fig3.inset_order");
  cr_assert_lt(Ledger_field_value(&r, "min_slack"), -0.05, "%s", r.summary);
  cr_assert(strstr(field_text(&r, "where"), "alpha = 0.01") != NULL, "%s", field_text(&r, "where"));
  cr_assert_float_eq(Ledger_field_value(&r, "certified_hi"), Ledger_field_value(&r, "min_slack"),
                     1e-7);
}

Test(learning, refutations_are_certified_but_the_reading_of_the_inset)
{
  static const char *const ids[] = {"learning.entropy_per_weight", "learning.S37", "learning.S52",
                                    "learning.S60", "learning.fig3.inset_order"};
  static const double gap[] = {0.34657359027997265, 0.3674242, 1, -1.5, -0.0757705};
  for (int i = 0; i < 5; i++) {
    Ledger_result r = Test_claim(ids[i]);
    cr_assert_eq(r.verdict, LEDGER_REFUTED, "%s: %s", ids[i], r.summary);
    cr_assert(strstr(r.summary, "certified counterexample") == r.summary, "%s: %s", ids[i],
              r.summary);
    double lo = Ledger_field_value(&r, "certified_lo"), hi = Ledger_field_value(&r, "certified_hi");
    cr_assert(lo <= hi && hi - lo < 1e-7, "%s: [%g, %g]", ids[i], lo, hi);
    cr_assert_float_eq(lo, gap[i], 1e-6, "%s: %.10g", ids[i], lo);
  }
  Ledger_result r = Test_claim("learning.fig3.inset");
  cr_assert(strstr(r.summary, "certified") == NULL, "%s", r.summary);
  cr_assert_not_null(Ledger_find_claim("learning.fig3.inset")->no_proof);
}

static void assert_enclosed(const Ledger_result *r, double rel_tol)
{
  double w = Ledger_field_value(r, "worst_error");
  double lo = Ledger_field_value(r, "certified_lo"), hi = Ledger_field_value(r, "certified_hi");
  cr_assert_eq(r->verdict, LEDGER_APPROXIMATE, "%s", r->summary);
  cr_assert(lo >= w - 1e-9 && lo <= w + 1e-12 && w <= hi, "%g outside [%g, %g]", w, lo, hi);
  cr_assert_leq(hi, lo * (1 + rel_tol) + 1e-15, "[%.12g, %.12g]", lo, hi);
}

Test(learning, approximations_have_the_worst_errors_found)
{
  Ledger_result r = Test_claim("learning.S66");
  cr_assert_float_eq(Ledger_field_value(&r, "worst_error"), 0.034366454697017, 1e-6);
  assert_enclosed(&r, 1e-6);
  cr_assert(Ledger_field_value(&r, "certified_lo") <= 0.034366454697017306874 &&
            0.034366454697017306874 <= Ledger_field_value(&r, "certified_hi"));
  cr_assert(Ledger_field_value(&r, "minimax_gamma") > 0.8 &&
            Ledger_field_value(&r, "minimax_error") < 0.0344);
  r = Test_claim("learning.S70");
  double s70 = Ledger_field_value(&r, "worst_error");
  cr_assert(s70 > 0 && s70 < 0.01, "S70 step %g", s70);
  assert_enclosed(&r, 0.05);
  r = Test_claim("learning.pc_erf");
  assert_enclosed(&r, 0.05);
  double final = Ledger_field_value(&r, "worst_error");
  cr_assert(final > 0.005 && final < 0.006, "final %g", final);
  cr_assert_gt(Ledger_field_value(&r, "worst_S68_gamma_0.8"), final);
  r = Test_claim("learning.pc_erf.best_gamma");
  assert_enclosed(&r, 0.05);
  cr_assert_leq(Ledger_field_value(&r, "worst_error"), final + 1e-12);
  cr_assert_float_eq(Ledger_field_value(&r, "worst_at_sqrt_2_3"), final, 1e-9);
  double g = Ledger_field_value(&r, "gamma_best");
  cr_assert(g > 0.75 && g < 0.9, "gamma %g", g);
}

Test(learning, simulations_are_verified)
{
  static const char *const ids[] = {"learning.eq13.langevin", "learning.S55.mean",
                                    "learning.S61.finite_size", "learning.S61.limit",
                                    "learning.fig3.mc"};
  Ledger_result r[5];
  for (int i = 0; i < 5; i++) {
    r[i] = Test_claim(ids[i]);
    cr_assert_leq(fabs(Ledger_field_value(&r[i], "z")), 4, "%s: %s", ids[i], r[i].summary);
  }
  cr_assert_gt(fabs(Ledger_field_value(&r[2], "z_paper_limit")), 8,
               "the finite-size shift is resolved");
  cr_assert_gt(fabs(Ledger_field_value(&r[0], "z_from_sudden")), 20);
  cr_assert_gt(Ledger_field_value(&r[0], "z_from_zero"), 20);
}
#line 8243 "noweb/learning.nw"
Test(learning, toy_model_simulation_is_verified)
{
  Ledger_result r = Test_claim("learning.toy.mc");
  cr_assert_eq(r.verdict, LEDGER_VERIFIED, "%s", r.summary);
  static const char *const z[3] = {"z_I", "z_dS", "z_dQ"}, *const est[3] = {"I_est", "dS_est",
                                                                            "dQ_est"};
  static const double ref[3] = {0.2610786703131490, 0.6327201937368669, 1.4715177646857693};
  static const double se[3] = {8.7e-4, 2.1e-4, 2.8e-3};
  for (int i = 0; i < 3; i++) {
    cr_assert_leq(fabs(Ledger_field_value(&r, z[i])), 4, "%s", z[i]);
    cr_assert_float_eq(Ledger_field_value(&r, est[i]), ref[i], 5 * se[i], "%s", est[i]);
  }
  cr_assert_float_eq(Ledger_field_value(&r, "slack"), ref[1] + ref[2] - ref[0], 0.02);
  cr_assert_gt(Ledger_field_value(&r, "slack_in_se"), 100);
  cr_assert_lt(Ledger_field_value(&r, "I_plugin_bias"), 0.01 * se[0]);
}
#line 8301 "noweb/learning.nw"
static void ramp_wrong_exponent(mpfr_t g, const mpfr_t tau)
{
  if (mpfr_inf_p(tau)) {
    mpfr_set_ui(g, 1, MPFR_RNDN);
    return;
  }
  mpfr_t e;
  mpfr_init2(e, 3 * mpfr_get_prec(g) + 64);
  mpfr_neg(e, tau, MPFR_RNDN);
  mpfr_expm1(e, e, MPFR_RNDN);
  mpfr_add(e, e, tau, MPFR_RNDN);
  mpfr_div(g, e, tau, MPFR_RNDN);                /* (e^-tau + tau - 1)/tau */
  mpfr_clear(e);
}

static int info_sign_flipped(mpfr_t out, const mpfr_t alpha, const mpfr_t nu)
{
  mpfr_t p, h;
  mpfr_inits2(mpfr_get_prec(out) + 64, p, h, (mpfr_ptr)0);
  int status = Learning_pc(p, alpha, nu);
  Num_binary_entropy(h, p);
  mpfr_const_log2(p, MPFR_RNDN);
  mpfr_add(out, p, h, MPFR_RNDN);                /* ln 2 + S(p_C) */
  mpfr_clears(p, h, (mpfr_ptr)0);
  return status;
}

static void limit_one_bit(mpfr_t out) { mpfr_set_ui(out, 1, MPFR_RNDN); }

static void entropy_as_printed(mpfr_t out, const mpfr_t alpha, const mpfr_t nu)
{
  mpfr_t x;
  mpfr_init2(x, mpfr_get_prec(out) + 32);
  mpfr_sqr(x, nu, MPFR_RNDN);
  mpfr_mul(x, x, alpha, MPFR_RNDN);
  mpfr_log1p(out, x, MPFR_RNDN);                 /* ln(1 + alpha nu^2) */
  mpfr_clear(x);
}

Test(learning, mutants_of_the_heat_and_the_single_weight_are_refuted)
{
  Ledger_result r;
  Ledger_result_init(&r), Learning_eq13_quadrature(&r, ramp_wrong_exponent, 128);
  assert_refuted(&r, "eq13.quadrature");
  Ledger_result_init(&r), Learning_eq13_limits(&r, ramp_wrong_exponent, 128);
  assert_refuted(&r, "eq13.limits");
  Ledger_result_init(&r), Learning_toy_info(&r, info_sign_flipped, 128);
  assert_refuted(&r, "toy.info");
  Ledger_result_init(&r), Learning_toy_large_nu(&r, limit_one_bit, 128);
  assert_refuted(&r, "toy.large_nu");
}

Test(learning, mutants_of_the_bounds_are_refuted)
{
  const Learning_bound_form no_alpha = {1, 1, 1, 0};
  Ledger_result r;
  Ledger_result_init(&r), Learning_eq16(&r, &no_alpha, 128);
  assert_refuted(&r, "eq16");
  cr_assert(strncmp(r.summary, "certified counterexample", 24) == 0, "%s", r.summary);
}

Test(learning, the_printed_entropy_refutes_the_efficiency_limits, .timeout = 60)
{
  Ledger_result r;
  Ledger_result_init(&r), Learning_eq22_limits(&r, entropy_as_printed, 128);
  assert_refuted(&r, "eq22.limits");
}
#line 8373 "noweb/learning.nw"
static double tanh_as_printed(double x, double gamma) { return erf(gamma * x / 2); }
static double tanh_sign_flipped(double x, double gamma) { return -erf(gamma * x / 2); }

static void s67_factor_two_dropped(mpfr_t out, const mpfr_t a, const mpfr_t b, const mpfr_t c,
                                   const mpfr_t d)
{
  mpfr_t x, y;
  mpfr_inits2(mpfr_get_prec(out) + 32, x, y, (mpfr_ptr)0);
  mpfr_mul(x, a, d, MPFR_RNDN);
  mpfr_sqr(x, x, MPFR_RNDN);
  mpfr_add_ui(x, x, 1, MPFR_RNDN);
  mpfr_sqrt(x, x, MPFR_RNDN);                    /* sqrt(1 + a^2 d^2) */
  mpfr_mul(y, a, c, MPFR_RNDN);
  mpfr_add(y, y, b, MPFR_RNDN);
  mpfr_div(y, y, x, MPFR_RNDN);
  mpfr_erf(out, y, MPFR_RNDN);
  mpfr_clears(x, y, (mpfr_ptr)0);
}

static void s68_half_dropped(mpfr_t out, const mpfr_t alpha, const mpfr_t nu, const mpfr_t gamma)
{
  mpfr_t s, x;
  mpfr_inits2(mpfr_get_prec(out) + 32, s, x, (mpfr_ptr)0);
  mpfr_sqr(s, nu, MPFR_RNDN);
  mpfr_mul(s, s, alpha, MPFR_RNDN);
  mpfr_add_ui(s, s, 1, MPFR_RNDN);
  mpfr_mul(s, s, gamma, MPFR_RNDN);
  mpfr_mul(s, s, gamma, MPFR_RNDN);
  mpfr_add_ui(s, s, 1, MPFR_RNDN);
  mpfr_sqrt(s, s, MPFR_RNDN);                    /* sqrt(1 + gamma^2 (1 + alpha nu^2)) */
  mpfr_mul(x, gamma, nu, MPFR_RNDN);
  mpfr_div_2ui(x, x, 1, MPFR_RNDN);
  mpfr_div(x, x, s, MPFR_RNDN);
  mpfr_erf(x, x, MPFR_RNDN);
  mpfr_add_ui(x, x, 1, MPFR_RNDN);
  mpfr_div_2ui(out, x, 1, MPFR_RNDN);
  mpfr_clears(s, x, (mpfr_ptr)0);
}

static void s70_half_for_quarter(mpfr_t out, const mpfr_t alpha, const mpfr_t nu)
{
  mpfr_t s, x;
  mpfr_inits2(mpfr_get_prec(out) + 32, s, x, (mpfr_ptr)0);
  mpfr_sqr(s, nu, MPFR_RNDN);
  mpfr_mul(s, s, alpha, MPFR_RNDN);
  mpfr_div_2ui(s, s, 1, MPFR_RNDN);
  mpfr_add_ui(s, s, 1, MPFR_RNDN);
  mpfr_mul_2ui(s, s, 1, MPFR_RNDN);
  mpfr_sqrt(s, s, MPFR_RNDN);                    /* sqrt(2 (1 + alpha nu^2 / 2)) */
  mpfr_div_2ui(x, nu, 1, MPFR_RNDN);
  mpfr_div(x, x, s, MPFR_RNDN);
  mpfr_erf(x, x, MPFR_RNDN);
  mpfr_add_ui(x, x, 1, MPFR_RNDN);
  mpfr_div_2ui(out, x, 1, MPFR_RNDN);
  mpfr_clears(s, x, (mpfr_ptr)0);
}

static double pc_rate_not_halved(double alpha, double nu)
{
  return 0.5 + 0.5 * erf(nu / sqrt(2 * (1 + alpha * nu * nu)));
}

static double pc_rate_halved(double alpha, double nu)
{
  return 0.5 + 0.5 * erf(nu / 2 / sqrt(2 * (1 + alpha * nu * nu / 4)));
}

Test(learning, mutants_of_the_erf_identities_are_refuted, .timeout = 60)
{
  const Learning_s69_form s69_term_dropped = {25, 16, 1, 2};
  Ledger_result r;
  Ledger_result_init(&r), Learning_s67(&r, s67_factor_two_dropped, 128);
  assert_refuted(&r, "S67");
  Ledger_result_init(&r), Learning_s68(&r, s68_half_dropped, 128);
  assert_refuted(&r, "S68");
  Ledger_result_init(&r), Learning_s69(&r, &s69_term_dropped, 128);
  assert_refuted(&r, "S69");
  Ledger_result_init(&r), Learning_s71(&r, s70_half_for_quarter, 128);
  assert_refuted(&r, "S71");
}

static double worst_of(void (*core)(Ledger_result *, const void *), const void *side)
{
  Ledger_result r;
  Ledger_result_init(&r);
  core(&r, side);
  return Ledger_field_value(&r, "worst_error");
}

static void run_s66(Ledger_result *r, const void *f)
{
  Learning_s66(r, *(const Learning_tanh_approx *)f);
}
static void run_s70(Ledger_result *r, const void *c) { Learning_s70(r, *(const double *)c); }
static void run_pc(Ledger_result *r, const void *f)
{
  Learning_pc_erf_worst(r, *(const Learning_pc_approx *)f);
}

Test(learning, mutants_of_the_approximations_err_ten_times_more)
{
  const Learning_tanh_approx t_printed = tanh_as_printed, t_mutant = tanh_sign_flipped;
  double printed = worst_of(run_s66, &t_printed), mutant = worst_of(run_s66, &t_mutant);
  cr_assert_geq(mutant, 10 * printed, "S66: printed %g, mutant %g", printed, mutant);
  const double two = 2, one = 1;
  printed = worst_of(run_s70, &two), mutant = worst_of(run_s70, &one);
  cr_assert_geq(mutant, 10 * printed, "S70: printed %g, mutant %g", printed, mutant);
  const Learning_pc_approx p_printed = pc_rate_halved, p_mutant = pc_rate_not_halved;
  printed = worst_of(run_pc, &p_printed), mutant = worst_of(run_pc, &p_mutant);
  cr_assert_geq(mutant, 10 * printed, "pc_erf: printed %g, mutant %g", printed, mutant);
}
