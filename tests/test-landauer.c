#line 4582 "noweb/landauer.nw"
/* test-landauer.c: tangled from noweb/landauer.nw; edit that, not this. */
#include <criterion/criterion.h>
#include <gmp.h>
#include <math.h>
#include <string.h>
#include "ledger.h"
#include "test-ledger.h"
#include "numerics.h"
#include "hopfield.h"
#include "landauer-internal.h"

#line 4603 "noweb/landauer.nw"
static double gap_d(const mpfr_t a, const mpfr_t b)
{
  mpfr_t d;
  mpfr_init2(d, 64);
  mpfr_sub(d, a, b, MPFR_RNDN);
  double g = fabs(mpfr_get_d(d, MPFR_RNDN));
  mpfr_clear(d);
  return g;
}

#line 4624 "noweb/landauer.nw"
Test(landauer, at_and_above_tc_there_is_no_order)
{
  static const double ts[] = {1, 1.0000001, 2, 1e6};
  mpfr_t t, v;
  mpfr_inits2(256, t, v, (mpfr_ptr)0);
  for (int i = 0; i < 4; i++) {
    mpfr_set_d(t, ts[i], MPFR_RNDN);
    Landauer_error_p(v, t);
    cr_assert_eq(mpfr_cmp_d(v, 0.5), 0, "p(%g) = %g", ts[i], mpfr_get_d(v, MPFR_RNDN));
    Landauer_entropy_loss(v, t);
    cr_assert(mpfr_zero_p(v), "loss(%g) = %g", ts[i], mpfr_get_d(v, MPFR_RNDN));
    Landauer_binary_loss(v, t);
    cr_assert(mpfr_zero_p(v), "eq. (18) at %g = %g", ts[i], mpfr_get_d(v, MPFR_RNDN));
  }
  mpfr_clears(t, v, (mpfr_ptr)0);
}

Test(landauer, near_zero_p_solves_its_own_equation)
{
  mpfr_t t, p, x;
  mpfr_inits2(256, t, p, x, (mpfr_ptr)0);
  mpfr_set_d(t, 1.0 / 64, MPFR_RNDN);
  Landauer_error_p(p, t);
  mpfr_mul_2ui(x, p, 1, MPFR_RNDN);
  mpfr_ui_sub(x, 1, x, MPFR_RNDN);
  mpfr_div(x, x, t, MPFR_RNDN);
  mpfr_mul_2ui(x, x, 1, MPFR_RNDN);
  mpfr_exp(x, x, MPFR_RNDN);
  mpfr_add_ui(x, x, 1, MPFR_RNDN);
  mpfr_ui_div(x, 1, x, MPFR_RNDN);                   /* 1/(1 + e^{2(1-2p)/t}) */
  cr_assert_lt(gap_d(p, x) / mpfr_get_d(p, MPFR_RNDN), ldexp(1, -240), "p = %g",
               mpfr_get_d(p, MPFR_RNDN));
  mpfr_clears(t, p, x, (mpfr_ptr)0);
}
#line 4665 "noweb/landauer.nw"
Test(landauer, mean_field_against_mpmath_digits)
{
  static const char *const ref[3][3] = {
    {"0.5", "0.590290068697238962251233265259125807851749173152663683276133",
     "0.0212479879613656296617492347487960873566593578035177534715632"},
    {"0.9", "0.145216751508745153300522093745454393018246352231877797041434",
     "0.237285243670995634304902072810731889688667579161467200027594"},
    {"0.25", "0.690114471143072906704203347838977307732125034980618915427934",
     "0.000337163492445878195674307090771011368235872394936148397419756"}};
  mpfr_t t, v, want;
  mpfr_inits2(256, t, v, want, (mpfr_ptr)0);
  for (int i = 0; i < 3; i++) {
    mpfr_set_str(t, ref[i][0], 10, MPFR_RNDN);
    Landauer_entropy_loss(v, t);
    mpfr_set_str(want, ref[i][1], 10, MPFR_RNDN);
    cr_assert_lt(gap_d(v, want), 1e-58, "eq. (15) at %s", ref[i][0]);
    Landauer_binary_loss(v, t);
    cr_assert_lt(gap_d(v, want), 1e-58, "eq. (18) at %s", ref[i][0]);
    Landauer_error_p(v, t);
    mpfr_set_str(want, ref[i][2], 10, MPFR_RNDN);
    cr_assert_lt(gap_d(v, want) / mpfr_get_d(want, MPFR_RNDN), 1e-58, "p(%s)", ref[i][0]);
  }
  mpfr_clears(t, v, want, (mpfr_ptr)0);
}
#line 4699 "noweb/landauer.nw"
Test(landauer, the_mpfr_root_lies_in_the_certified_enclosure)
{
  static const double ts[] = {0x1p-40, 1.0 / 64, 0.25, 0.5, 0.875, 0.9, 1 - 0x1p-30};
  mpfr_t t, x;
  mpfr_inits2(256, t, x, (mpfr_ptr)0);
  arb_t ball, v;
  arb_init(ball), arb_init(v);
  for (int i = 0; i < 7; i++) {
    cr_assert(Landauer_field_ball(ball, ts[i]), "no enclosure at t = %g", ts[i]);
    mpfr_set_d(t, ts[i], MPFR_RNDN);
    Hopfield_field(x, t);
    arf_set_mpfr(arb_midref(v), x), mag_zero(arb_radref(v));
    cr_assert(arb_contains(ball, v), "x0(%g) = %.17g outside the ball", ts[i],
              mpfr_get_d(x, MPFR_RNDN));
    cr_assert_gt(arb_rel_accuracy_bits(ball), 100, "t = %g", ts[i]);
  }
  arb_clear(ball), arb_clear(v);
  mpfr_clears(t, x, (mpfr_ptr)0);
}
#line 4734 "noweb/landauer.nw"
static void direct_sum(mpfr_t s, mpfr_t e, mpfr_t am, unsigned long N, const mpfr_t t)
{
  mpfr_prec_t w = 2 * mpfr_get_prec(s);
  mpfr_t lw[301], be[301], Z, A, B, term, mx;
  mpz_t c;
  mpz_init(c);
  mpfr_inits2(w, Z, A, B, term, mx, (mpfr_ptr)0);
  mpfr_set_inf(mx, -1);
  for (unsigned long k = 0; k <= N; k++) {
    long M = (long)N - 2 * (long)k;
    mpfr_inits2(w, lw[k], be[k], (mpfr_ptr)0);
    mpfr_set_si(be[k], -(M * M - (long)N), MPFR_RNDN);
    mpfr_div_ui(be[k], be[k], 2 * N, MPFR_RNDN);
    mpfr_div(be[k], be[k], t, MPFR_RNDN);
    mpz_bin_uiui(c, N, k);
    mpfr_set_z(lw[k], c, MPFR_RNDN);
    mpfr_log(lw[k], lw[k], MPFR_RNDN);
    mpfr_sub(lw[k], lw[k], be[k], MPFR_RNDN);
    mpfr_max(mx, mx, lw[k], MPFR_RNDN);
  }
  mpfr_set_zero(Z, 1), mpfr_set_zero(A, 1), mpfr_set_zero(B, 1);
  for (unsigned long k = 0; k <= N; k++) {
    mpfr_sub(term, lw[k], mx, MPFR_RNDN);
    mpfr_exp(term, term, MPFR_RNDN);
    mpfr_add(Z, Z, term, MPFR_RNDN);
    mpfr_mul(lw[k], term, be[k], MPFR_RNDN);
    mpfr_add(A, A, lw[k], MPFR_RNDN);
    mpfr_mul_ui(term, term, (unsigned long)labs((long)N - 2 * (long)k), MPFR_RNDN);
    mpfr_add(B, B, term, MPFR_RNDN);
  }
  mpfr_div(A, A, Z, MPFR_RNDN);                      /* beta <E> */
  mpfr_div(B, B, Z, MPFR_RNDN);
  mpfr_div_ui(am, B, N, MPFR_RNDN);
  mpfr_mul(e, A, t, MPFR_RNDN);
  mpfr_div_ui(e, e, N, MPFR_RNDN);
  mpfr_log(Z, Z, MPFR_RNDN);
  mpfr_add(Z, Z, mx, MPFR_RNDN);
  mpfr_add(Z, Z, A, MPFR_RNDN);
  mpfr_div_ui(s, Z, N, MPFR_RNDN);
  for (unsigned long k = 0; k <= N; k++)
    mpfr_clears(lw[k], be[k], (mpfr_ptr)0);
  mpfr_clears(Z, A, B, term, mx, (mpfr_ptr)0);
  mpz_clear(c);
}

Test(landauer, one_and_two_neurons_in_closed_form)
{
  mpfr_t t, s, want, h;
  mpfr_inits2(256, t, s, want, h, (mpfr_ptr)0);
  static const double ts[] = {0.01, 0.3, 1, 7};
  for (int i = 0; i < 4; i++) {
    mpfr_set_d(t, ts[i], MPFR_RNDN);
    Landauer_entropy_exact(s, 1, t);
    mpfr_const_log2(want, MPFR_RNDN);
    cr_assert_lt(gap_d(s, want), ldexp(1, -250), "N = 1, t = %g", ts[i]);
    Landauer_entropy_exact(s, 2, t);
    mpfr_ui_div(h, 1, t, MPFR_RNDN);
    mpfr_div_2ui(h, h, 1, MPFR_RNDN);
    mpfr_cosh(want, h, MPFR_RNDN);
    mpfr_mul_ui(want, want, 4, MPFR_RNDN);
    mpfr_log(want, want, MPFR_RNDN);
    mpfr_tanh(t, h, MPFR_RNDN);
    mpfr_mul(h, h, t, MPFR_RNDN);
    mpfr_sub(want, want, h, MPFR_RNDN);
    mpfr_div_2ui(want, want, 1, MPFR_RNDN);
    cr_assert_lt(gap_d(s, want), ldexp(1, -248), "N = 2, t = %g: %g vs %g", ts[i],
                 mpfr_get_d(s, MPFR_RNDN),
                 mpfr_get_d(want, MPFR_RNDN));
  }
  mpfr_clears(t, s, want, h, (mpfr_ptr)0);
}

Test(landauer, exact_sums_against_direct_summation)
{
  uint64_t state = 77;
  Landauer_moments mo;
  Landauer_moments_init(&mo, 256);
  mpfr_t t, s, e, am;
  mpfr_inits2(256, t, s, e, am, (mpfr_ptr)0);
  for (int k = 0; k < 12; k++) {
    unsigned long N = 3 + (unsigned long)(297 * Test_uniform(&state));
    mpfr_set_d(t, 0.05 + 2.95 * Test_uniform(&state), MPFR_RNDN);
    Landauer_exact(&mo, N, t);
    direct_sum(s, e, am, N, t);
    double tt = mpfr_get_d(t, MPFR_RNDN);
    cr_assert_lt(gap_d(mo.entropy, s), ldexp(1, -240), "S: N %lu t %g", N, tt);
    cr_assert_lt(gap_d(mo.energy, e), ldexp(1, -240), "E: N %lu t %g", N, tt);
    cr_assert_lt(gap_d(mo.abs_m, am), ldexp(1, -240), "|m|: N %lu t %g", N, tt);
  }
  mpfr_clears(t, s, e, am, (mpfr_ptr)0);
  Landauer_moments_clear(&mo);
}

Test(landauer, exact_sum_against_mpmath_digits)
{
  Landauer_moments mo;
  Landauer_moments_init(&mo, 256);
  mpfr_t t, want;
  mpfr_inits2(256, t, want, (mpfr_ptr)0);
  mpfr_set_str(t, "0.8", 10, MPFR_RNDN);
  Landauer_exact(&mo, 1000, t);
  mpfr_set_str(want, "0.41667640110196860214667129406348592555389297952264847872271", 10,
               MPFR_RNDN);
  cr_assert_lt(gap_d(mo.entropy, want), 1e-58);
  mpfr_set_str(want, "-0.250302861636064524424885601842596701831397585162662530083406", 10,
               MPFR_RNDN);
  cr_assert_lt(gap_d(mo.energy, want), 1e-58);
  mpfr_clears(t, want, (mpfr_ptr)0);
  Landauer_moments_clear(&mo);
}
#line 4855 "noweb/landauer.nw"
static void moment_integrand(mpfr_t y, const mpfr_t u, void *ctx)
{
  int power = *(const int *)ctx;
  mpfr_t v;
  mpfr_init2(v, mpfr_get_prec(y));
  mpfr_pow_ui(v, u, 4, MPFR_RNDN);
  mpfr_div_si(v, v, -12, MPFR_RNDN);
  mpfr_exp(y, v, MPFR_RNDN);
  mpfr_pow_ui(v, u, (unsigned long)power, MPFR_RNDN);
  mpfr_mul(y, y, v, MPFR_RNDN);
  mpfr_clear(v);
}

Test(landauer, critical_constants_against_quadrature)
{
  mpfr_t a, b, zero, inf, i0, i2, err;
  mpfr_inits2(128, a, b, zero, inf, i0, i2, err, (mpfr_ptr)0);
  Landauer_critical_constants(a, b);
  mpfr_set_zero(zero, 1);
  mpfr_set_inf(inf, 1);
  int p0 = 0, p2 = 2;
  cr_assert_eq(Num_integrate(i0, err, moment_integrand, &p0, zero, inf, 0, NULL), 0);
  cr_assert_eq(Num_integrate(i2, err, moment_integrand, &p2, zero, inf, 0, NULL), 0);
  mpfr_div(i2, i2, i0, MPFR_RNDN);
  mpfr_div_2ui(i2, i2, 1, MPFR_RNDN);
  cr_assert_lt(gap_d(a, i2), 1e-35, "a %.20g vs %.20g", mpfr_get_d(a, MPFR_RNDN),
               mpfr_get_d(i2, MPFR_RNDN));
  cr_assert_float_eq(mpfr_get_d(b, MPFR_RNDN), 0.43424, 1e-5);
  mpfr_clears(a, b, zero, inf, i0, i2, err, (mpfr_ptr)0);
}

Test(landauer, laplace_coefficient_against_richardson)
{
  mpfr_t t, c, s1, s2, sm;
  mpfr_inits2(128, t, c, s1, s2, sm, (mpfr_ptr)0);
  mpfr_set_d(t, 0.5, MPFR_RNDN);
  Landauer_laplace_coefficient(c, t);
  Landauer_entropy_mf(sm, t);
  Landauer_entropy_exact(s1, 20000, t);
  Landauer_entropy_exact(s2, 40000, t);
  mpfr_sub(s1, s1, sm, MPFR_RNDN);
  mpfr_sub(s2, s2, sm, MPFR_RNDN);
  double g1 = 20000 * mpfr_get_d(s1, MPFR_RNDN);
  double g2 = 40000 * mpfr_get_d(s2, MPFR_RNDN);
  cr_assert_float_eq(2 * g2 - g1, mpfr_get_d(c, MPFR_RNDN), 1e-6, "Richardson %.12g, c1 %.12g",
                     2 * g2 - g1,
                     mpfr_get_d(c, MPFR_RNDN));
  mpfr_clears(t, c, s1, s2, sm, (mpfr_ptr)0);
}
#line 4917 "noweb/landauer.nw"
Test(landauer, glauber_is_thread_independent)
{
  Landauer_glauber_result one, two;
  Landauer_glauber(&one, 128, 0.9, 512, 128, 4, 7, 3, 1);
  Landauer_glauber(&two, 128, 0.9, 512, 128, 4, 7, 3, 2);
  cr_assert_eq(memcmp(&one, &two, sizeof one), 0, "1 thread %.17g, 2 threads %.17g", one.abs_m,
               two.abs_m);
}

Test(landauer, glauber_errors_are_honest)
{
  Landauer_moments mo;
  Landauer_moments_init(&mo, 64);
  mpfr_t t;
  mpfr_init2(t, 64);
  mpfr_set_d(t, 0.5, MPFR_RNDN);
  Landauer_exact(&mo, 64, t);
  double exact = mpfr_get_d(mo.abs_m, MPFR_RNDN), sum = 0, sum2 = 0;
  for (int k = 0; k < 16; k++) {
    Landauer_glauber_result g;
    Landauer_glauber(&g, 64, 0.5, 1024, 256, 4, 11, 100 + (uint64_t)k, 0);
    double z = (g.abs_m - exact) / g.abs_m_err;
    sum += z, sum2 += z * z;
  }
  double var = (sum2 - sum * sum / 16) / 15;
  cr_assert(var > 0.3 && var < 2.2, "variance of z = %g", var);
  Landauer_glauber_result g;
  Landauer_glauber(&g, 64, 5, 1024, 64, 4, 11, 200, 0);
  cr_assert_lt(g.abs_m_tau, 3, "tau at t = 5: %g", g.abs_m_tau);
  mpfr_clear(t);
  Landauer_moments_clear(&mo);
}
#line 4957 "noweb/landauer.nw"
Test(landauer, potts_transition_is_where_the_free_energies_cross)
{
  mpfr_t tau, p, f, x, y;
  mpfr_inits2(256, tau, p, f, x, y, (mpfr_ptr)0);
  Landauer_potts_transition(tau);
  mpfr_nextbelow(tau);
  Landauer_potts_error_p(p, tau);
  mpfr_set_ui(x, 1, MPFR_RNDN);
  mpfr_div_ui(x, x, 3, MPFR_RNDN);
  cr_assert_lt(gap_d(p, x), ldexp(1, -200), "p at the transition %.20g", mpfr_get_d(p, MPFR_RNDN));
  mpfr_set_ui(x, 2, MPFR_RNDN), mpfr_div_ui(x, x, 3, MPFR_RNDN); /* eta = 1/2: (2/3, 1/6, 1/6) */
  Num_xlogx(f, x);
  mpfr_set_ui(y, 1, MPFR_RNDN), mpfr_div_ui(y, y, 6, MPFR_RNDN);
  Num_xlogx(y, y);
  mpfr_mul_2ui(y, y, 1, MPFR_RNDN);
  mpfr_add(f, f, y, MPFR_RNDN);
  mpfr_log_ui(y, 3, MPFR_RNDN);
  mpfr_add(f, f, y, MPFR_RNDN);
  Landauer_potts_transition(tau);
  mpfr_mul(f, f, tau, MPFR_RNDN);
  mpfr_set_ui(y, 1, MPFR_RNDN), mpfr_div_ui(y, y, 12, MPFR_RNDN);
  mpfr_sub(f, f, y, MPFR_RNDN);
  cr_assert_lt(fabs(mpfr_get_d(f, MPFR_RNDN)), ldexp(1, -240), "f(1/2) - f(0) = %g",
               mpfr_get_d(f, MPFR_RNDN));
  mpfr_clears(tau, p, f, x, y, (mpfr_ptr)0);
}

#line 5008 "noweb/landauer.nw"
Test(landauer, potts_small_tau_against_its_asymptotic_series)
{
  static const char *const taus[] = {"0.003", "1e-5", "1.5e-9"};
  mpfr_t tau, p, beta, p0, want;
  mpfr_inits2(256, tau, p, beta, p0, want, (mpfr_ptr)0);
  for (int i = 0; i < 3; i++) {
    mpfr_set_str(tau, taus[i], 10, MPFR_RNDN);
    Landauer_potts_error_p(p, tau);
    mpfr_prec_t w = 256 + 64;
    mpfr_set_prec(beta, w), mpfr_set_prec(p0, w), mpfr_set_prec(want, w);
    mpfr_ui_div(beta, 1, tau, MPFR_RNDN);
    mpfr_neg(p0, beta, MPFR_RNDN);
    mpfr_exp(p0, p0, MPFR_RNDN);
    mpfr_mul_2ui(p0, p0, 1, MPFR_RNDN);                 /* 2 e^-beta */
    mpfr_mul_d(want, beta, 1.5, MPFR_RNDN);
    mpfr_sub_ui(want, want, 1, MPFR_RNDN);
    mpfr_mul(want, want, p0, MPFR_RNDN);
    mpfr_add_ui(want, want, 1, MPFR_RNDN);
    mpfr_mul(want, want, p0, MPFR_RNDN);
    cr_assert_lt(Test_rel_gap(p, want), ldexp(1, -240), "tau = %s: p = %.17g, series %.17g",
                 taus[i], mpfr_get_d(p, MPFR_RNDN), mpfr_get_d(want, MPFR_RNDN));
  }
  mpfr_set_str(tau, "0.003", 10, MPFR_RNDN);
  mpfr_set_prec(p, 64);
  Landauer_potts_error_p(p, tau);
  mpfr_set_str(want, "3.437183312112463080732531414513320244806e-145", 10, MPFR_RNDN);
  cr_assert_lt(Test_rel_gap(p, want), ldexp(1, -60), "p(0.003) at 64 bits = %.17g",
               mpfr_get_d(p, MPFR_RNDN));
  mpfr_clears(tau, p, beta, p0, want, (mpfr_ptr)0);
}

Test(landauer, potts_against_mpmath_digits)
{
  static const char *const ref[5][2] = {
    {"0.03", "6.6764755907321965666425583758710570098990705767882004897471477e-15"},
    {"0.03125", "2.5328331098218503090984176535646076437846745423680668343385831e-14"},
    {"0.1", "9.0915504341504084917035205177147555887413960588624955954534573e-5"},
    {"0.3", "0.11010651164967195464072836164972137852403651748334771094985396"},
    {"0.3606737602222408", "0.33333333333333274921278158782095252724012022255283847537793025"}};
  mpfr_t tau, p, want;
  mpfr_inits2(256, tau, p, want, (mpfr_ptr)0);
  for (int i = 0; i < 5; i++) {
    mpfr_set_str(tau, ref[i][0], 10, MPFR_RNDN);
    Landauer_potts_error_p(p, tau);
    mpfr_set_str(want, ref[i][1], 10, MPFR_RNDN);
    cr_assert_lt(Test_rel_gap(p, want), 1e-58, "tau = %s: p = %.17g", ref[i][0],
                 mpfr_get_d(p, MPFR_RNDN));
  }
  mpfr_clears(tau, p, want, (mpfr_ptr)0);
}

Test(landauer, potts_domain_ends_below_the_transition)
{
  const Ledger_quantity *q = Ledger_find_quantity("landauer.potts_error_p");
  cr_assert_not_null(q);
  double hi = q->param[0].hi, next = nextafter(hi, 1);
  mpfr_t tt, edge;
  mpfr_inits2(256, tt, edge, (mpfr_ptr)0);
  Landauer_potts_transition(tt);
  mpfr_set_d(edge, hi + (next - hi) / 2 - hi, MPFR_RNDN);
  mpfr_add_d(edge, edge, hi, MPFR_RNDN);              /* top of what rounds to hi */
  cr_assert_lt(mpfr_cmp(edge, tt), 0, "decimals above tau_t round to %.17g", hi);
  mpfr_set_d(edge, next, MPFR_RNDN);
  mpfr_sub_d(edge, edge, (next - hi) / 2, MPFR_RNDN);  /* bottom of what rounds to next */
  cr_assert_lt(mpfr_cmp(edge, tt), 0, "the domain could end at %.17g", next);
  mpfr_clears(tt, edge, (mpfr_ptr)0);
}

Test(landauer, laplace_coefficient_edges_against_mpmath_digits)
{
  static const char *const ref[5][2] = {
    {"0.25", "0.71491620067726156881795450309320075677403096305565646963634894"},
    {"0.75", "2.4460985653696729397549672038143719400032003804387729231297958"},
    {"2", "-0.15342640972002734529138393927091171596224993281987237293966"},
    {"1e6", "-2.5000033333370833373333375000042857186607187301632301632756179e-13"},
    {"-1", "8.0346902212949513777098104617058130126110149689139641765075706e59"}};
  mpfr_t t, c, want;
  mpfr_inits2(256, t, c, want, (mpfr_ptr)0);
  for (int i = 0; i < 5; i++) {
    if (i == 4)
      mpfr_set_ui_2exp(t, 1, -200, MPFR_RNDN), mpfr_ui_sub(t, 1, t, MPFR_RNDN);
    else
      mpfr_set_str(t, ref[i][0], 10, MPFR_RNDN);
    Landauer_laplace_coefficient(c, t);
    mpfr_set_str(want, ref[i][1], 10, MPFR_RNDN);
    cr_assert_lt(Test_rel_gap(c, want), 1e-58, "c1(%s) = %.17g", ref[i][0],
                 mpfr_get_d(c, MPFR_RNDN));
  }
  mpfr_set_ui_2exp(t, 1, -200, MPFR_RNDN), mpfr_add_ui(t, t, 1, MPFR_RNDN);
  Landauer_laplace_coefficient(c, t);
  mpfr_set_str(want, "-8.0346902212949513777098104617058130126110149689139641765061869e59", 10,
               MPFR_RNDN);
  cr_assert_lt(Test_rel_gap(c, want), 1e-58, "c1(1 + 2^-200) = %.17g",
               mpfr_get_d(c, MPFR_RNDN));
  mpfr_set_str(t, "1e-300", 10, MPFR_RNDN);
  Landauer_laplace_coefficient(c, t);
  mpfr_const_log2(want, MPFR_RNDN);
  cr_assert_lt(Test_rel_gap(c, want), ldexp(1, -250), "c1(1e-300) = %.17g",
               mpfr_get_d(c, MPFR_RNDN));
  mpfr_clears(t, c, want, (mpfr_ptr)0);
}

Test(landauer, losses_near_tc_keep_their_digits)
{
  mpfr_t t, v, want;
  mpfr_inits2(256, t, v, want, (mpfr_ptr)0);
  mpfr_set_ui_2exp(t, 1, -200, MPFR_RNDN);
  mpfr_ui_sub(t, 1, t, MPFR_RNDN);
  mpfr_set_str(want, "9.3345229167917125607160960806701863608853782530817506996516732e-61", 10,
               MPFR_RNDN);
  mpfr_set_prec(v, 128);
  Landauer_entropy_loss(v, t);
  cr_assert_lt(Test_rel_gap(v, want), ldexp(1, -120), "eq. (15) at 1 - 2^-200: %.17g",
               mpfr_get_d(v, MPFR_RNDN));
  Landauer_binary_loss(v, t);
  cr_assert_lt(Test_rel_gap(v, want), ldexp(1, -120), "eq. (18) at 1 - 2^-200: %.17g",
               mpfr_get_d(v, MPFR_RNDN));
  mpfr_clears(t, v, want, (mpfr_ptr)0);
}

Test(landauer, smallest_p_in_range_at_the_bottom_of_the_domain)
{
  const Ledger_quantity *q = Ledger_find_quantity("landauer.error_p");
  cr_assert_not_null(q);
  mpfr_t t, p, s, want;
  mpfr_inits2(256, t, p, s, (mpfr_ptr)0);
  mpfr_init2(want, 320);                              /* 2/t ~ 2^30: 30 bits more */
  mpfr_set_d(t, q->param[0].lo, MPFR_RNDN);
  Landauer_error_p(p, t);
  mpfr_ui_div(want, 2, t, MPFR_RNDN);
  mpfr_neg(want, want, MPFR_RNDN);
  mpfr_exp(want, want, MPFR_RNDN);                    /* e^{-2/t} */
  cr_assert(mpfr_regular_p(want), "e^{-2/t} left MPFR's range at t = %g", q->param[0].lo);
  cr_assert_lt(Test_rel_gap(p, want), ldexp(1, -240), "p = %g, relative gap %g",
               mpfr_get_d(p, MPFR_RNDN), Test_rel_gap(p, want));
  Landauer_entropy_mf(s, t);
  mpfr_ui_div(p, 2, t, MPFR_RNDN);
  mpfr_add_ui(p, p, 1, MPFR_RNDN);
  mpfr_mul(want, want, p, MPFR_RNDN);                 /* p (1 + 2/t) */
  cr_assert_lt(Test_rel_gap(s, want), ldexp(1, -240), "S = %g, relative gap %g",
               mpfr_get_d(s, MPFR_RNDN), Test_rel_gap(s, want));
  mpfr_clears(t, p, s, want, (mpfr_ptr)0);
}
#line 5163 "noweb/landauer.nw"
static double inside(double end, int open, double towards)
{
  return open ? nextafter(end, towards) : end;
}

static void check_edge(const Ledger_quantity *q, const double *x)
{
  mpfr_t arg[LEDGER_PARAMS], lo, hi;
  mpfr_init2(lo, 128), mpfr_init2(hi, 256);
  for (int k = 0; k < LEDGER_PARAMS; k++)
    mpfr_init2(arg[k], 256), mpfr_set_d(arg[k], k < q->nparams ? x[k] : 0, MPFR_RNDN);
  q->eval(hi, arg);
  for (int k = 0; k < LEDGER_PARAMS; k++)
    mpfr_prec_round(arg[k], 128, MPFR_RNDN);
  q->eval(lo, arg);
  double l = mpfr_get_d(lo, MPFR_RNDN), h = mpfr_get_d(hi, MPFR_RNDN);
  cr_assert(mpfr_number_p(lo) && mpfr_number_p(hi), "%s(%.17g) = %g, %g", q->name, x[0], l, h);
  if (mpfr_zero_p(hi))
    cr_assert(mpfr_zero_p(lo), "%s(%.17g): 0 at 256 bits, %g at 128", q->name, x[0], l);
  else
    cr_assert_lt(Test_rel_gap(lo, hi), ldexp(1, -100), "%s(%.17g, %.17g): %.17g vs %.17g", q->name,
                 x[0], q->nparams > 1 ? x[1] : 0, l, h);
  for (int k = 0; k < LEDGER_PARAMS; k++)
    mpfr_clear(arg[k]);
  mpfr_clears(lo, hi, (mpfr_ptr)0);
}

Test(landauer, every_quantity_at_its_domain_edges)
{
  for (size_t i = 0; i < Landauer_chapter.nquantities; i++) {
    const Ledger_quantity *q = &Landauer_chapter.quantities[i];
    cr_assert_eq(q->double_digits, 0, "%s is computed in MPFR", q->name);
    const Ledger_param *t = &q->param[q->nparams - 1];
    double ends[2] = {inside(t->lo, t->lo_open, t->hi), inside(t->hi, t->hi_open, t->lo)};
    for (int e = 0; e < 2; e++) {
      if (q->nparams == 1)
        check_edge(q, &ends[e]);
      else
        for (int n = 0; n < 2; n++)
          check_edge(q, (double[]){n ? 4096 : 1, ends[e]});
    }
  }
}

Test(landauer, experiments_take_eight_samples_and_refuse_too_many)
{
  for (size_t i = 0; i < Landauer_chapter.nexperiments; i++) {
    const Ledger_experiment *e = &Landauer_chapter.experiments[i];
    cr_assert_eq(e->min_samples, 8, "%s", e->name);
    Ledger_mc mc;
    double *args = strcmp(e->name, "landauer.alpha_c") ? (double[]){2, 1}
                                                       : (double[]){50, 100, 0.5};
    e->run(&mc, args, 1, 8, 1);
    cr_assert(isfinite(mc.estimate) && isfinite(mc.stderr_) && isfinite(mc.exact), "%s", e->name);
    e->run(&mc, args, 1, UINT64_MAX, 1);
    cr_assert(isnan(mc.estimate), "%s with 2^64 - 1 samples gave %g", e->name, mc.estimate);
  }
}
#line 5235 "noweb/landauer.nw"
Test(landauer, identity_claims_are_verified)
{
  static const char *const ids[] = {"landauer.eq11.solution", "landauer.eq11.near_tc",
                                    "landauer.eq11.near_zero", "landauer.eq14.clausius",
                                    "landauer.eq17", "landauer.eq18", "landauer.potts.entropy"};
  for (size_t i = 0; i < sizeof ids / sizeof ids[0]; i++) {
    Ledger_result r = Test_claim(ids[i]);
    cr_assert_leq(Ledger_field_value(&r, "residual"), ldexp(1, -248), "%s", ids[i]);
    cr_assert_leq(Ledger_field_value(&r, "residual_2prec"), ldexp(1, -504), "%s", ids[i]);
  }
}

Test(landauer, identities_rest_on_the_self_consistency)
{
  Ledger_result r = Test_claim("landauer.eq17");
  cr_assert_gt(fabs(Ledger_field_value(&r, "gap_if_m_is_0.9_m0_at_t0.5")), 0.1);
  r = Test_claim("landauer.eq18");
  cr_assert_gt(fabs(Ledger_field_value(&r, "gap_if_m_is_0.9_m0_at_t0.5")), 1e-3);
  r = Test_claim("landauer.eq11.near_tc");
  cr_assert_float_eq(Ledger_field_value(&r, "next_coef_at_eps_2^-20"), -0.4, 1e-5);
  r = Test_claim("landauer.eq11.near_zero");
  cr_assert_float_eq(Ledger_field_value(&r, "ratio_minus_1_at_t0.1") / (39 * exp(-20.0)), 1, 1e-6);
}

Test(landauer, stability_and_convergence_claims)
{
  Ledger_result r = Test_claim("landauer.eq11.stability");
  cr_assert_float_eq(Ledger_field_value(&r, "min_slack"), ldexp(1, -60), ldexp(1, -70));
  r = Test_claim("landauer.exact.limit");
  cr_assert_float_eq(Ledger_field_value(&r, "rate_exponent_t0.5"), -1, 1e-3);
  cr_assert_float_eq(Ledger_field_value(&r, "rate_exponent_tc"), -0.5, 0.02);
  r = Test_claim("landauer.exact.rate");
  cr_assert_lt(Ledger_field_value(&r, "worst_relative_deviation"), 2e-3);
  double ratio = Ledger_field_value(&r, "N_gap_at_t0.5") / Ledger_field_value(&r, "c1_at_t0.5");
  cr_assert_float_eq(ratio, 1, 1e-4);
}

Test(landauer, simulation_claims_are_verified_and_equilibrated)
{
  static const char *const ids[] = {"landauer.glauber.magnetisation", "landauer.glauber.energy",
                                    "landauer.glauber.entropy"};
  for (int i = 0; i < 3; i++) {
    Ledger_result r = Test_claim(ids[i]);
    cr_assert_leq(fabs(Ledger_field_value(&r, "z")), 5, "%s", ids[i]);
    cr_assert_geq(Ledger_field_value(&r, "burnin_over_max_tau"), 20, "%s", ids[i]);
    if (i < 2)
      cr_assert_leq(Ledger_field_value(&r, "max_abs_drift_z"), 5, "%s", ids[i]);
    else
      cr_assert_lt(fabs(Ledger_field_value(&r, "quadrature_bias")),
                   0.05 * Ledger_field_value(&r, "stderr"));
  }
}

Test(landauer, capacity_claim_and_a_wrong_alpha_c)
{
  Ledger_result r = Test_claim("landauer.hopfield.capacity");
  cr_assert_lt(Ledger_field_value(&r, "stderr"), 0.005);
  cr_assert_gt(Ledger_field_value(&r, "alpha_N500"), Ledger_field_value(&r, "alpha_N4000"));
  cr_assert_gt(Ledger_field_value(&r, "alpha_N4000"), Ledger_field_value(&r, "estimate"));
  Ledger_options o = Ledger_defaults();
  Ledger_result wrong;
  Ledger_result_init(&wrong);
  Landauer_check_capacity(&o, &wrong, 0.10);
  cr_assert_eq(wrong.verdict, LEDGER_REFUTED, "alpha_c = 0.10: %s", wrong.summary);
}

Test(landauer, hopfield_and_potts_claims)
{
  Ledger_result r = Test_claim("landauer.hopfield.retrieval");
  cr_assert_geq(Ledger_field_value(&r, "overlap_a0.05"), 0.99);
  cr_assert_lt(Ledger_field_value(&r, "overlap_a0.25"), 0.6);
  cr_assert_float_eq(Ledger_field_value(&r, "alpha_c_AGS"), 0.138, 5e-4);
  r = Test_claim("landauer.hopfield.jensen");
  cr_assert_gt(Ledger_field_value(&r, "min_slack"),
               5 * Ledger_field_value(&r, "jensen_gap_stderr"));
  cr_assert_lt(fabs(Ledger_field_value(&r, "jensen_gap_a0_t0.3")), 1e-8);
  r = Test_claim("landauer.potts.continuity");
  cr_assert_float_eq(Ledger_field_value(&r, "residual"), 0.5, 1e-9);
  cr_assert_float_eq(Ledger_field_value(&r, "tau_transition"), 1 / (4 * log(2)),
                     1e-12);                             /* printed to 12 digits */
  cr_assert_float_eq(Ledger_field_value(&r, "entropy_jump_per_spin"),
                     log(3) - (2.0 / 3 * log(1.5) + log(6) / 3),
                     1e-12);                             /* printed to 12 digits */
  cr_assert(strstr(r.found, "0.500000") != NULL, "found: %s", r.found);
  r = Test_claim("landauer.qary.counting");
  cr_assert_float_eq(Ledger_field_value(&r, "r1_residual"), log(2),
                     1e-6);                              /* printed to 6 digits */
  cr_assert_leq(Ledger_field_value(&r, "r2_residual"), ldexp(1, -248));
}
#line 5337 "noweb/landauer.nw"
Test(landauer, certified_routes_prove_and_refute)
{
  static const char *const proved[] = {"landauer.eq11.solution", "landauer.eq11.stability"};
  for (int i = 0; i < 2; i++) {
    Ledger_result r = Test_claim(proved[i]);
    cr_assert_eq(r.verdict, LEDGER_PROVED, "%s: %s", proved[i], r.summary);
    cr_assert_gt(Ledger_field_value(&r, "certified_slack"), 0, "%s", proved[i]);
    cr_assert_geq(Ledger_field_value(&r, "sub_boxes"), 21, "%s", proved[i]);
  }
  Ledger_result r = Test_claim("landauer.eq18");
  cr_assert_eq(r.verdict, LEDGER_PROVED, "%s", r.summary);
  cr_assert_eq(Ledger_field_value(&r, "sub_boxes"), 135);
  cr_assert_lt(Ledger_field_value(&r, "widest_difference_ball"), 1e-20);
  r = Test_claim("landauer.potts.continuity");
  cr_assert(strncmp(r.summary, "certified counterexample", 24) == 0, "%s", r.summary);
  cr_assert(Ledger_field_value(&r, "certified_lo") > 0.49 &&
            Ledger_field_value(&r, "certified_lo") <= Ledger_field_value(&r, "residual") &&
            Ledger_field_value(&r, "residual") <= Ledger_field_value(&r, "certified_hi"));
  r = Test_claim("landauer.qary.counting");
  double gap = -0.590290068697238962;
  cr_assert(Ledger_field_value(&r, "r1_certified_lo") <= gap + 1e-15 &&
            gap - 1e-15 <= Ledger_field_value(&r, "r1_certified_hi"), "%s", r.summary);
}
#line 5403 "noweb/landauer.nw"
static Ledger_options mutant_options(void)
{
  Ledger_options o = Ledger_defaults();
  o.prec = 64;
  return o;
}

static void eq11_fermi_mpfr(mpfr_t out, const mpfr_t m, const mpfr_t t)
{
  mpfr_div(out, m, t, MPFR_RNDN);
  mpfr_mul_2ui(out, out, 1, MPFR_RNDN);
  mpfr_tanh(out, out, MPFR_RNDN);                   /* tanh(2 beta J m) */
}

static void eq11_fermi_ball(arb_t out, const arb_t m, const arb_t t, slong prec)
{
  arb_div(out, m, t, prec);
  arb_mul_2exp_si(out, out, 1);
  arb_tanh(out, out, prec);                         /* tanh(2 beta J m), in balls */
}

static const Landauer_eq11_side eq11_fermi_factor = {eq11_fermi_mpfr, eq11_fermi_ball};

static void eq14_sign(mpfr_t out, const mpfr_t x)
{
  mpfr_t a, b;
  mpfr_inits2(mpfr_get_prec(out) + 8 + (mpfr_get_exp(x) > 0 ? mpfr_get_exp(x) : 0), a, b,
              (mpfr_ptr)0);
  Num_log2cosh(a, x);
  Num_xtanhx(b, x);
  mpfr_add(out, a, b, MPFR_RNDN);                   /* ln(2 cosh x) + x tanh x */
  mpfr_clears(a, b, (mpfr_ptr)0);
}

static void eq14_half_argument(mpfr_t out, const mpfr_t x)
{
  mpfr_t h;
  mpfr_init2(h, mpfr_get_prec(x));
  mpfr_div_2ui(h, x, 1, MPFR_RNDN);
  Landauer_eq14_paper(out, h);                      /* eq. (14) at x/2 */
  mpfr_clear(h);
}

static void eq17_sign(mpfr_t out, const mpfr_t x)
{
  mpfr_t c;
  mpfr_init2(c, mpfr_get_prec(out));
  mpfr_cosh(c, x, MPFR_RNDN);
  mpfr_exp(out, x, MPFR_RNDN);
  mpfr_div(out, out, c, MPFR_RNDN);
  mpfr_div_2ui(out, out, 1, MPFR_RNDN);             /* e^{+x}/(2 cosh x) */
  mpfr_clear(c);
}

static void eq18_sign(mpfr_t out, const mpfr_t p)
{
  mpfr_t a, b;
  mpfr_inits2(mpfr_get_prec(out) + 8, a, b, (mpfr_ptr)0);
  Num_xlogx(a, p);
  mpfr_ui_sub(b, 1, p, MPFR_RNDN);
  Num_xlogx(b, b);
  mpfr_sub(a, a, b, MPFR_RNDN);
  mpfr_const_log2(b, MPFR_RNDN);
  mpfr_add(out, a, b, MPFR_RNDN);                   /* ln 2 + p ln p - (1-p) ln(1-p) */
  mpfr_clears(a, b, (mpfr_ptr)0);
}

static void eq18_sign_ball(arb_t out, const arb_t p, slong prec)
{
  arb_t a, b;
  arb_init(a), arb_init(b);
  arb_log(a, p, prec);
  arb_mul(a, a, p, prec);
  arb_neg(b, p);
  arb_log1p(b, b, prec);
  arb_submul(b, b, p, prec);
  arb_sub(a, a, b, prec);
  arb_const_log2(b, prec);
  arb_add(out, a, b, prec);                         /* ln 2 + p ln p - (1-p) ln(1-p) */
  arb_clear(a), arb_clear(b);
}

static void eq18_sign_exact(mpq_t out, const mpq_t p, const mpq_t ln_p, const mpq_t ln_q,
                            const mpq_t ln2)
{
  mpq_t a, q;
  mpq_inits(a, q, (mpq_ptr)0);
  mpq_mul(a, p, ln_p);
  mpq_set_ui(q, 1, 1);
  mpq_sub(q, q, p);
  mpq_mul(q, q, ln_q);
  mpq_sub(out, a, q);
  mpq_add(out, out, ln2);                           /* ln 2 + p ln p - (1-p) ln(1-p) */
  mpq_clears(a, q, (mpq_ptr)0);
}

static const Landauer_eq18_side eq18_sign_side = {eq18_sign, eq18_sign_ball, eq18_sign_exact};

static void potts_unadapted(mpfr_t out, const mpfr_t p)
{
  Num_binary_entropy(out, p);                       /* H(p), no p ln(q - 1) */
}

Test(landauer, mutants_of_the_mean_field_formulas_are_refuted)
{
  Ledger_options o = mutant_options();
  Ledger_result r;
  Ledger_result_init(&r), Landauer_check_eq11(&o, &r, &eq11_fermi_factor);
  cr_assert_eq(r.verdict, LEDGER_REFUTED, "eq. (11): %s", r.summary);
  cr_assert(strncmp(r.summary, "certified counterexample", 24) == 0, "eq. (11): %s", r.summary);
  Landauer_stability_side both_stable = {+1, +1};
  Ledger_result_init(&r), Landauer_check_stability(&o, &r, &both_stable);
  cr_assert_eq(r.verdict, LEDGER_REFUTED, "stability: %s", r.summary);
  cr_assert(strncmp(r.summary, "certified counterexample", 24) == 0, "stability: %s",
            r.summary);
  Ledger_result_init(&r), Landauer_check_clausius(&o, &r, eq14_sign);
  cr_assert_eq(r.verdict, LEDGER_REFUTED, "eq. (14): %s", r.summary);
  Ledger_result_init(&r), Landauer_check_eq17(&o, &r, eq17_sign);
  cr_assert_eq(r.verdict, LEDGER_REFUTED, "eq. (17): %s", r.summary);
  Ledger_result_init(&r), Landauer_check_eq18(&o, &r, &eq18_sign_side);
  cr_assert_eq(r.verdict, LEDGER_REFUTED, "eq. (18): %s", r.summary);
  cr_assert(strncmp(r.summary, "certified counterexample", 24) == 0, "eq. (18): %s", r.summary);
  Ledger_result_init(&r), Landauer_check_potts_entropy(&o, &r, potts_unadapted);
  cr_assert_eq(r.verdict, LEDGER_REFUTED, "q = 3: %s", r.summary);
}

Test(landauer, mutants_of_the_limit_and_retrieval_claims_are_refuted)
{
  Ledger_options o = mutant_options();
  Ledger_result r;
  Ledger_result_init(&r), Landauer_check_exact_limit(&o, &r, eq14_half_argument);
  cr_assert_eq(r.verdict, LEDGER_REFUTED, "limit: %s", r.summary);
  Landauer_retrieval_side swapped = {{Landauer_retrieval_paper.alpha_lost[0],
                                      Landauer_retrieval_paper.alpha_lost[1]},
                                     {Landauer_retrieval_paper.alpha_retrieved[0],
                                      Landauer_retrieval_paper.alpha_retrieved[1]}};
  Ledger_result_init(&r), Landauer_check_retrieval(&o, &r, &swapped);
  cr_assert_eq(r.verdict, LEDGER_REFUTED, "retrieval: %s", r.summary);
}
