#line 5269 "noweb/denseam.nw"
/* test-denseam.c: tangled from noweb/denseam.nw; edit that, not this. */
#include <criterion/criterion.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "ledger.h"
#include "test-ledger.h"
#include "denseam-internal.h"

#line 5294 "noweb/denseam.nw"
static double brute_energy(const Denseam_patterns *p, const signed char *s)
{
  long double E = 0;
  for (unsigned mu = 0; mu < p->K; mu++) {
    long double m = 0;
    for (unsigned i = 0; i < p->N; i++)
      m += p->xi[mu * p->N + i] * s[i];
    m /= p->N;
    E -= (long double)p->N / p->n * powl(m, p->n);
  }
  return (double)E;
}

static double dget(const mpfr_t x) { return mpfr_get_d(x, MPFR_RNDN); }

static double boltzmann_m1(int n, unsigned N, double T)
{
  Denseam_patterns p;
  Denseam_patterns_draw(&p, n, N, 1, 1, 499, 0);
  signed char s[16];
  double z = 0, zm = 0;
  for (unsigned x = 0; x < (1u << N); x++) {
    double m = 0;
    for (unsigned i = 0; i < N; i++)
      s[i] = (x >> i) & 1 ? 1 : -1, m += s[i] * p.xi[i];
    double w = exp(-brute_energy(&p, s) / T);
    z += w, zm += w * m / N;
  }
  Denseam_patterns_free(&p);
  return zm / z;
}

static double trade_full_m1(int n, double tau)
{
  Denseam_patterns p;
  Denseam_patterns_draw(&p, n, 8, 1, 2, 498, (uint64_t)n);
  signed char c[8];
  Denseam_cue(c, &p, 0.3);
  Denseam_protocol pr = {.T = 0.3, .eps = 0.3, .tau = tau, .h0 = 1, .steps = 16,
                         .start = DENSEAM_PRODUCT};
  Denseam_exact_result r;
  Denseam_exact_init(&r, 64);
  Denseam_exact(&r, &p, c, &pr, NULL, NULL);
  double m = dget(r.m1);
  Denseam_exact_clear(&r);
  Denseam_patterns_free(&p);
  return m;
}

static double z_of(const Stats *s, double exact)
{
  return Stats_z(Stats_mean(s), Stats_stderr(s), exact);
}
#line 5358 "noweb/denseam.nw"
Test(denseam, load_and_pattern_bits)
{
  cr_assert_eq(Denseam_load(2, 500, 0), 1);
  cr_assert_eq(Denseam_load(3, 100, 0.1), 1000);
  cr_assert_eq(Denseam_load(3, 50, 0.0502), 126, "0.0502 * 2500 = 125.5 rounds away from zero");
  cr_assert_eq(Denseam_load(4, 10, 0.0104), 10);
  Denseam_patterns p;
  Denseam_patterns_draw(&p, 2, 70, 3, 7, 450, 11);
  Rng rng;
  Rng_init(&rng, 7, 450, 11);
  for (unsigned mu = 0; mu < 3; mu++) {
    uint64_t w0 = Rng_bits(&rng), w1 = Rng_bits(&rng);
    for (unsigned i = 0; i < 70; i++) {
      int bit = i < 64 ? (w0 >> i) & 1 : (w1 >> (i - 64)) & 1;
      cr_assert_eq(p.xi[mu * 70 + i], bit ? 1 : -1, "pattern %u unit %u", mu, i);
    }
  }
  Denseam_patterns_free(&p);
}

Test(denseam, flip_energy_is_the_energy_difference)
{
  uint64_t st = 99;
  for (int trial = 0; trial < 30; trial++) {
    int n = 2 + trial % 3;
    unsigned N = 5 + (unsigned)(40 * Test_uniform(&st)), K = 1 + (unsigned)(20 * Test_uniform(&st));
    Denseam_patterns p;
    Denseam_patterns_draw(&p, n, N, K, 5, 499, (uint64_t)trial);
    signed char *s = malloc(N);
    long *M = malloc(K * sizeof *M);
    for (unsigned i = 0; i < N; i++)
      s[i] = Test_uniform(&st) < 0.5 ? 1 : -1;
    Denseam_overlaps(&p, s, M);
    unsigned i = (unsigned)(N * Test_uniform(&st));
    double e0 = brute_energy(&p, s);
    s[i] = (signed char)-s[i];
    double e1 = brute_energy(&p, s);
    s[i] = (signed char)-s[i];
    double dE = Denseam_flip_energy(&p, M, s, i);
    cr_assert(fabs(dE - (e1 - e0)) <= 1e-12 * (1 + fabs(e0)), "n=%d N=%u K=%u: %.17g vs %.17g", n,
              N, K, dE, e1 - e0);
    if (n == 2) {
      double h = 0;
      for (unsigned mu = 0; mu < K; mu++)
        for (unsigned j = 0; j < N; j++)
          if (j != i)
            h += (double)p.xi[mu * N + i] * p.xi[mu * N + j] * s[j] / N;
      cr_assert_float_eq(dE, 2 * s[i] * h, 1e-12, "Hebbian field without self-coupling");
    }
    free(s), free(M);
    Denseam_patterns_free(&p);
  }
}
#line 5438 "noweb/denseam.nw"
static void exact_case(Denseam_exact_result *r, int n, unsigned N, unsigned K, double T, double tau,
                       double h0, int start, uint64_t rep, Denseam_patterns *keep, signed char *c)
{
  Denseam_patterns_draw(keep, n, N, K, 11, 400, rep);
  Denseam_cue(c, keep, 0.25);
  Denseam_protocol pr = {.T = T, .eps = 0.25, .tau = tau, .h0 = h0, .steps = 4, .start = start};
  Denseam_exact(r, keep, c, &pr, NULL, NULL);
}

static void eval_quantity(mpfr_t out, const char *name, const char *n, const char *N,
                          const char *alpha, const char *T, const char *eps, const char *tau)
{
  const Ledger_quantity *q = Ledger_find_quantity(name);
  cr_assert(q != NULL);
  const char *text[6] = {n, N, alpha, T, eps, tau};
  mpfr_t a[LEDGER_PARAMS];
  for (int k = 0; k < LEDGER_PARAMS; k++)
    mpfr_init2(a[k], mpfr_get_prec(out)), mpfr_set_str(a[k], k < 6 ? text[k] : "0", 10,
                                                       MPFR_RNDN);
  q->eval(out, a);
  for (int k = 0; k < LEDGER_PARAMS; k++)
    mpfr_clear(a[k]);
}

Test(denseam, poisson_mean_that_is_not_a_double)
{
  Denseam_exact_result r;
  Denseam_exact_init(&r, 300);
  Denseam_patterns p;
  signed char c[10];
  exact_case(&r, 3, 10, 5, 0.5, 0.1, 1, DENSEAM_PRODUCT, 3, &p, c);   /* mu = 10 x 0.1/4 */
  mpfr_sub_ui(r.ift, r.ift, 1, MPFR_RNDN);
  cr_assert_lt(fabs(dget(r.ift)), ldexp(1, -280), "<e^-Sigma> - 1 = %g", dget(r.ift));
  Denseam_patterns_free(&p);
  Denseam_exact_clear(&r);
}

Test(denseam, command_line_edges)
{
  mpfr_t v, w;
  mpfr_inits2(256, v, w, (mpfr_ptr)0);
  eval_quantity(v, "denseam.ift_exact", "4", "10", "10", "1e-12", "0.25", "1");
  mpfr_sub_ui(v, v, 1, MPFR_RNDN);
  cr_assert_lt(fabs(dget(v)), ldexp(1, -240), "T = 1e-12: IFT - 1 = %g", dget(v));
  eval_quantity(v, "denseam.jarzynski_exact", "3", "8", "0.05", "1e-12", "0.25", "1");
  mpfr_sub_ui(v, v, 1, MPFR_RNDN);
  cr_assert_lt(fabs(dget(v)), ldexp(1, -240), "T = 1e-12: Jarzynski - 1 = %g", dget(v));
  eval_quantity(v, "denseam.m1_exact", "3", "8", "0.05", "1e-12", "0.25", "1");
  eval_quantity(w, "denseam.m1_exact", "3", "8", "0.05", "2e-12", "0.25", "1");
  cr_assert_gt(dget(v), 0.5);
  mpfr_sub(w, w, v, MPFR_RNDN);                  /* both at the T -> 0 limit */
  cr_assert_lt(fabs(dget(w)), ldexp(1, -240), "m1(1e-12) - m1(2e-12) = %g", dget(w));
  eval_quantity(v, "denseam.sigma_exact", "3", "8", "0.05", "0.5", "0.25", "1e-300");
  eval_quantity(w, "denseam.sigma_exact", "3", "8", "0.05", "0.5", "0.25", "1e-200");
  mpfr_mul_d(v, v, 1e100, MPFR_RNDN);            /* Sigma = s tau + O(tau^2) */
  cr_assert_gt(dget(w), 1e-200);
  cr_assert_float_eq(dget(v), dget(w), 1e-14 * dget(w), "%g vs %g", dget(v), dget(w));
  Denseam_exact_result r;
  Denseam_exact_init(&r, 300);
  Denseam_patterns p;
  signed char c[10];
  Denseam_patterns_draw(&p, 2, 10, 1, LEDGER_SEED_DEFAULT, 400, 0);
  Denseam_cue(c, &p, 0.5);
  Denseam_protocol pr = {.T = 0.5, .eps = 0.5, .tau = 1, .h0 = 1, .steps = 4,
                         .start = DENSEAM_PRODUCT};
  Denseam_exact(&r, &p, c, &pr, NULL, NULL);
  cr_assert_lt(fabs(dget(r.m1)), ldexp(1, -280), "m1 = %g", dget(r.m1));
  eval_quantity(v, "denseam.m1_exact", "2", "10", "0", "0.5", "0.5", "1");
  cr_assert(mpfr_zero_p(v));
  Denseam_patterns_free(&p);
  Denseam_exact_clear(&r);
  mpfr_clears(v, w, (mpfr_ptr)0);
}

Test(denseam, retrieve_at_its_defaults)
{
  const Ledger_experiment *e = Ledger_find_experiment("denseam.retrieve");
  cr_assert(e != NULL);
  double a[LEDGER_PARAMS] = {0};
  for (int k = 0; k < e->nparams; k++)
    a[k] = strtod(e->param[k].fallback, NULL);
  Ledger_mc mc;
  e->run(&mc, a, LEDGER_SEED_DEFAULT, e->samples, 1);
  cr_assert(isfinite(mc.exact) && isfinite(mc.z), "exact %g, z %g", mc.exact, mc.z);
  cr_assert_leq(fabs(mc.z), 4, "%g vs %g: z = %g", mc.estimate, mc.exact, mc.z);
}

Test(denseam, quench_edge)
{
  Denseam_exact_result r;
  Denseam_exact_init(&r, 128);
  Denseam_patterns p;
  signed char c[8];
  double T = 0.7, h0 = 1;
  exact_case(&r, 3, 8, 3, T, 0, h0, DENSEAM_PRODUCT, 1, &p, c);
  cr_assert_float_eq(dget(r.work), h0 * 8 * tanh(h0 / T), 1e-14, "%g", dget(r.work));
  cr_assert(mpfr_zero_p(r.heat));
  cr_assert_lt(fabs(dget(r.sigma)), 1e-30);
  cr_assert_lt(fabs(dget(r.ift) - 1), 1e-30);
  Denseam_patterns_free(&p);
  Denseam_exact_clear(&r);
}

Test(denseam, undriven_equilibrium_is_stationary)
{
  Denseam_exact_result r;
  Denseam_exact_init(&r, 128);
  Denseam_patterns p;
  signed char c[6];
  exact_case(&r, 2, 6, 1, 0.8, 3, 0, DENSEAM_EQUILIBRIUM, 2, &p, c);
  cr_assert_lt(fabs(dget(r.sigma)), 1e-30, "%g", dget(r.sigma));
  cr_assert(mpfr_zero_p(r.work));
  cr_assert_lt(fabs(dget(r.entropy_tau) - dget(r.entropy0)), 1e-30);
  cr_assert_lt(fabs(dget(r.zratio) - 1), 1e-30);
  cr_assert_lt(fabs(dget(r.jarzynski) - 1), 1e-30);
  Denseam_patterns_free(&p);
  Denseam_exact_clear(&r);
}

Test(denseam, free_energy_ratio_by_brute_force)
{
  uint64_t st = 5;
  for (int trial = 0; trial < 4; trial++) {
    int n = 2 + trial % 3;
    unsigned N = 5 + (unsigned)trial, K = 1 + (unsigned)(3 * Test_uniform(&st));
    double T = 0.3 + 1.5 * Test_uniform(&st), h0 = 0.2 + Test_uniform(&st);
    Denseam_exact_result r;
    Denseam_exact_init(&r, 64);
    Denseam_patterns p;
    signed char c[12], s[12];
    exact_case(&r, n, N, K, T, 0.5, h0, DENSEAM_EQUILIBRIUM, 10 + (uint64_t)trial, &p, c);
    double z0 = 0, z1 = 0;
    for (unsigned x = 0; x < (1u << N); x++) {
      double cs = 0;
      for (unsigned i = 0; i < N; i++)
        s[i] = (x >> i) & 1 ? 1 : -1, cs += c[i] * s[i];
      double e = brute_energy(&p, s);
      z0 += exp(-e / T), z1 += exp(-(e - h0 * cs) / T);
    }
    cr_assert_float_eq(dget(r.zratio) / (z0 / z1), 1, 1e-12, "trial %d: %g vs %g", trial,
                       dget(r.zratio), z0 / z1);
    cr_assert_float_eq(dget(r.jarzynski) / (z0 / z1), 1, 1e-12);
    Denseam_patterns_free(&p);
    Denseam_exact_clear(&r);
  }
}

Test(denseam, retrieval_releases_heat)
{
  Denseam_exact_result r;
  Denseam_exact_init(&r, 64);
  Denseam_patterns p;
  signed char c[8];
  exact_case(&r, 2, 8, 1, 0.3, 16, 1, DENSEAM_PRODUCT, 3, &p, c);
  cr_assert_gt(dget(r.heat), 0);
  cr_assert_gt(dget(r.m1), 0.9);
  cr_assert_gt(dget(r.sigma), 0);
  Denseam_patterns_free(&p);
  Denseam_exact_clear(&r);
}
#line 5607 "noweb/denseam.nw"
Test(denseam, simulator_matches_master_equation)
{
  Denseam_patterns p;
  Denseam_patterns_draw(&p, 3, 6, 3, 13, 400, 40);
  signed char c[6];
  Denseam_cue(c, &p, 0.25);
  Denseam_protocol pr = {
      .T = 0.6, .eps = 0.25, .tau = 1.5, .h0 = 1, .steps = 4, .start = DENSEAM_PRODUCT};
  Denseam_exact_result r;
  Denseam_exact_init(&r, 64);
  Denseam_exact(&r, &p, c, &pr, NULL, NULL);
  Stats sm, sw;
  Stats_init(&sm), Stats_init(&sw);
  for (int k = 0; k < 4096; k++) {
    Rng rng;
    Rng_init(&rng, 13, 440, (uint64_t)k);
    Denseam_path path;
    Denseam_trajectory(&path, &p, c, &pr, NULL, &rng);
    Stats_add(&sm, path.m1), Stats_add(&sw, path.work);
  }
  cr_assert_leq(fabs(z_of(&sm, dget(r.m1))), 5, "m1 %g +- %g vs %g", Stats_mean(&sm),
                Stats_stderr(&sm), dget(r.m1));
  cr_assert_leq(fabs(z_of(&sw, dget(r.work))), 5, "W %g +- %g vs %g", Stats_mean(&sw),
                Stats_stderr(&sw), dget(r.work));
  pr.tau = 0;
  for (int k = 0; k < 64; k++) {
    Rng rng;
    Rng_init(&rng, 13, 441, (uint64_t)k);
    Denseam_path path;
    Denseam_trajectory(&path, &p, c, &pr, NULL, &rng);
    cr_assert_eq(path.heat, 0);
    cr_assert_float_eq(path.work, path.denergy, 1e-12);
  }
  Denseam_exact_clear(&r);
  Denseam_patterns_free(&p);
}
#line 5674 "noweb/denseam.nw"
Test(denseam, identity_claims)
{
  static const char *const ids[] = {"denseam.first_law", "denseam.ift.exact",
                                    "denseam.jarzynski.exact", "denseam.ift.absolute"};
  for (size_t i = 0; i < sizeof ids / sizeof ids[0]; i++) {
    Ledger_result r = Test_claim(ids[i]);
    cr_assert_leq(Ledger_field_value(&r, "residual"), ldexp(1, -252), "%s", ids[i]);
    cr_assert_leq(Ledger_field_value(&r, "residual_2prec"), ldexp(1, -508), "%s", ids[i]);
    if (i == 0) {
      cr_assert_lt(Ledger_field_value(&r, "traj_first_law_max"), 1e-12);
      cr_assert_gt(Ledger_field_value(&r, "traj_mean_work_per_unit"), 0.1);
    }
    if (i == 3)
      cr_assert_gt(Ledger_field_value(&r, "min_lambda_abs"), 1e-3);
  }
}

Test(denseam, second_law_and_simulation_claims)
{
  Ledger_result r = Test_claim("denseam.second_law.exact");
  cr_assert_gt(Ledger_field_value(&r, "min_slack"), 0.1);
  /* a claim's z-scores for calibration are not in the ledger file: run it here */
  cr_assert_not_null(Ledger_run_id("denseam.ift.mc", NULL, &r));
  cr_assert_eq(r.verdict, LEDGER_VERIFIED, "%s", r.summary);
  cr_assert_leq(fabs(Ledger_field_value(&r, "z")), 5);
  cr_assert_eq(r.nz, 9, "the light-tailed comparisons are judged, %d of them", r.nz);
  cr_assert_lt(Ledger_field_value(&r, "max_sd_exp_minus_sigma"), 50);
}

Test(denseam, tradeoff_claims)
{
  Ledger_result r = Test_claim("denseam.tradeoff.speed_accuracy");
  cr_assert_gt(Ledger_field_value(&r, "r1_min_slack"), 1e-6);
  cr_assert_lt(Ledger_field_value(&r, "r2_min_slack"), -0.3);
  cr_assert_lt(fabs(Ledger_field_value(&r, "m1_limit_n2")), 1e-14, "the n = 2 energy is even");
  cr_assert_float_eq(Ledger_field_value(&r, "m1_limit_n3"), boltzmann_m1(3, 8, 0.3), 1e-12);
  double d2 = trade_full_m1(2, 4), d3 = trade_full_m1(3, 4);
  r = Test_claim("denseam.tradeoff.higher_n");
  cr_assert_float_eq(Ledger_field_value(&r, "m1_n3_minus_n2_tau4"), d3 - d2, 1e-11,
                     "class chain against the 2^N-state master equation");
  double first = Ledger_field_value(&r, "tau_n3_first_better");
  cr_assert(first > 1000 && first < 2500, "n = 3 overtakes n = 2 at tau = %g", first);
  cr_assert_gt(Ledger_field_value(&r, "min_betaW_n3_minus_n2"), 0, "n = 3 never pays less work");
  Ledger_result_init(&r);                        /* the mutant: the same curves, read backwards */
  Denseam_speed_accuracy(&r, -1);
  cr_assert_eq(r.verdict, LEDGER_REFUTED, "mutant: %s", r.summary);
  cr_assert(strstr(r.summary, "certified counterexample"), "mutant: %s", r.summary);
  cr_assert_lt(Ledger_field_value(&r, "r2_certified_hi"), 0, "mutant: %s", r.summary);
}

Test(denseam, speed_accuracy_certificate)
{
  Ledger_result r = Test_claim("denseam.tradeoff.speed_accuracy");
  double lo = Ledger_field_value(&r, "r2_certified_lo");
  double hi = Ledger_field_value(&r, "r2_certified_hi"), s = Ledger_field_value(&r, "r2_min_slack");
  cr_assert(lo - 1e-9 <= s && s <= hi + 1e-9, "double slack %.17g outside [%.17g, %.17g]", s, lo,
            hi);
  cr_assert(strstr(r.summary, "certified counterexample"), "%s", r.summary);
  Ledger_result_init(&r);                  /* the corrected statement: longer is worse there */
  Denseam_certify_m1_step(&r, 2, 65536, INFINITY, -1, "n=2, tau 65536 -> infinity, reversed");
  cr_assert_eq(r.verdict, LEDGER_INCONCLUSIVE, "%s", r.summary);
  cr_assert(strncmp(r.summary, "no certified counterexample", 27) == 0, "%s", r.summary);
  cr_assert_gt(Ledger_field_value(&r, "certified_lo"), 0.35);
  Ledger_result_init(&r);                        /* the quench limit: (1 - 2k/N) tanh(beta h0) */
  Denseam_certify_m1_step(&r, 3, 0, 0, 1, "tau 0 -> 0");
  cr_assert_leq(Ledger_field_value(&r, "certified_lo"), 0);
  cr_assert_geq(Ledger_field_value(&r, "certified_hi"), 0);
}
#line 5905 "noweb/denseam.nw"
static double flow(int n, double T, double m) { return tanh(pow(m, n - 1) / T) - m; }

static double bisect_flow(int n, double T, double a, double b)
{
  for (int i = 0; i < 200; i++) {
    double c = 0.5 * (a + b);
    if ((flow(n, T, a) > 0) == (flow(n, T, c) > 0))
      a = c;
    else
      b = c;
  }
  return 0.5 * (a + b);
}

Test(denseam, basin_fixed_points_by_bisection)
{
  static const double Ts[] = {0.05, 0.2, 0.3, 0.45};
  for (int n = 3; n <= 4; n++) {
    mpfr_t Tsp, mc, T, mu, ms;
    mpfr_inits2(128, Tsp, mc, T, mu, ms, (mpfr_ptr)0);
    Denseam_spinodal(Tsp, mc, n);
    double a = 0.01, b = 0.99, g = (sqrt(5.0) - 1) / 2;
    for (int i = 0; i < 200; i++) {
      double c = b - g * (b - a), d = a + g * (b - a);
      if (pow(c, n - 1) / atanh(c) > pow(d, n - 1) / atanh(d))
        b = d;
      else
        a = c;
    }
    cr_assert_float_eq(mpfr_get_d(mc, MPFR_RNDN), 0.5 * (a + b), 1e-7, "n=%d m_c", n);
    cr_assert_float_eq(mpfr_get_d(Tsp, MPFR_RNDN), pow(a, n - 1) / atanh(a), 1e-12, "n=%d T_s", n);
    for (size_t k = 0; k < sizeof Ts / sizeof *Ts; k++) {
      mpfr_set_d(T, Ts[k], MPFR_RNDN);
      if (Ts[k] >= mpfr_get_d(Tsp, MPFR_RNDN)) {
        cr_assert_eq(Denseam_basin(mu, ms, n, T), -1, "n=%d T=%g above T_s", n, Ts[k]);
        continue;
      }
      cr_assert_eq(Denseam_basin(mu, ms, n, T), 0);
      double m_c = mpfr_get_d(mc, MPFR_RNDN), u = mpfr_get_d(mu, MPFR_RNDN),
             s = mpfr_get_d(ms, MPFR_RNDN);
      double ub = bisect_flow(n, Ts[k], 1e-3, m_c), sb = bisect_flow(n, Ts[k], m_c, 1);
      cr_assert_float_eq(u, ub, 1e-12, "n=%d T=%g: m_u %.15g vs %.15g", n, Ts[k], u, ub);
      cr_assert_float_eq(s, sb, 1e-12, "n=%d T=%g: m_s %.15g vs %.15g", n, Ts[k], s, sb);
      double h = 1e-6;
      cr_assert_gt(flow(n, Ts[k], u + h), 0, "flow rises above m_u");
      cr_assert_lt(flow(n, Ts[k], u - h), 0, "flow falls below m_u");
      cr_assert_lt(flow(n, Ts[k], s + h), 0, "flow falls above m_s");
    }
    mpfr_clears(Tsp, mc, T, mu, ms, (mpfr_ptr)0);
  }
}

Test(denseam, basin_boundary_at_low_temperature)
{
  static const double Tlow[2] = {1e-6, 1e-8};
  for (int n = 3; n <= 4; n++) {
    mpfr_t T, mu, ms;
    mpfr_inits2(256, T, mu, ms, (mpfr_ptr)0);
    double t = Tlow[n - 3], x = pow(t, 1.0 / (n - 2));
    mpfr_set_d(T, t, MPFR_RNDN);
    cr_assert_eq(Denseam_basin(mu, ms, n, T), 0);
    double series = x * (1 + x * x / (3 * (n - 2)));
    cr_assert_float_eq(mpfr_get_d(mu, MPFR_RNDN) / series, 1, 1e-11,
                       "n=%d: m_u %.17g, series %.17g", n, mpfr_get_d(mu, MPFR_RNDN), series);
    mpfr_clears(T, mu, ms, (mpfr_ptr)0);
  }
}

Test(denseam, metastable_claim)
{
  Ledger_result r = Test_claim("denseam.finite_t.metastable");
  cr_assert_eq(Ledger_field_value(&r, "wrong_trajectories"), 0);
  cr_assert_eq(Ledger_field_value(&r, "min_slack"), 0.5);
  cr_assert_float_eq(Ledger_field_value(&r, "m_u_n3_T0.3"), bisect_flow(3, 0.3, 0.2, 0.79), 1e-12);
  cr_assert_float_eq(Ledger_field_value(&r, "m_u_n4_T0.3"), bisect_flow(4, 0.3, 0.4, 0.88), 1e-12);
}
#line 5991 "noweb/denseam.nw"
Test(denseam, capacity_predictions_by_other_means)
{
  unsigned N = 12, K = 5, L = (K - 1) * (N - 1);
  double *P = calloc(2 * L + 1, sizeof *P), *Q = calloc(2 * L + 1, sizeof *Q);
  P[L] = 1;
  for (unsigned s = 0; s < L; s++) {
    for (unsigned j = 0; j <= 2 * L; j++)
      Q[j] = 0.5 * ((j > 0 ? P[j - 1] : 0) + (j < 2 * L ? P[j + 1] : 0));
    double *t = P;
    P = Q, Q = t;
  }
  double tail = 0;
  for (unsigned j = 0; j <= 2 * L; j++) {
    int B = (int)j - (int)L;
    tail += B < -(int)(N - 1) ? P[j] : B == -(int)(N - 1) ? 0.5 * P[j] : 0;
  }
  cr_assert_float_eq(Denseam_unstable_exact2(N, K), tail, 1e-13, "%.17g vs %.17g",
                     Denseam_unstable_exact2(N, K), tail);
  free(P), free(Q);
  double edge, g = Denseam_unstable_gauss3(3000, Denseam_load(3, 3000, 0.1), &edge);
  cr_assert_float_eq(g, 0.5 * erfc(1 / sqrt(3 * 0.1) / M_SQRT2), 2e-4, "%.8g", g);
  cr_assert_lt(fabs(edge), 1e-6);
  double a = 0.5, b = 2;
  for (int i = 0; i < 100; i++) {
    double x = 0.5 * (a + b);
    if (4 * x * exp(-x * x) / sqrt(M_PI) > erf(x))
      a = x;
    else
      b = x;
  }
  double m, ac = Denseam_snr_capacity(3, &m);
  cr_assert_float_eq(m, erf(a), 1e-7, "%.10g vs %.10g", m, erf(a));
  cr_assert_float_eq(ac, pow(erf(a), 4) / (6 * a * a), 1e-12, "%.12g", ac);
}
#line 6033 "noweb/denseam.nw"
Test(denseam, capacity_one_pattern_always_retrieves)
{
  for (int n = 2; n <= 4; n++) {
    Denseam_capacity_result r;
    Denseam_capacity_run(&r, n, 101, 0, 0.3, 1000, 10, 3, 77, 1);
    cr_assert_eq(Stats_mean(&r.overlap), 1.0, "n=%d: m = %g", n, Stats_mean(&r.overlap));
    cr_assert_eq(r.absorbed, 1.0);
    cr_assert_float_eq(r.flips, 30.0, 1e-12, "exactly the 30 wrong units flip: %g", r.flips);
  }
  Denseam_capacity_result r1, r2;
  Denseam_capacity_run(&r1, 3, 60, 0.12, 0, 30, 6, 3, 78, 1);
  Denseam_capacity_run(&r2, 3, 60, 0.12, 0, 30, 6, 3, 78, 2);
  cr_assert_eq(Stats_mean(&r1.overlap), Stats_mean(&r2.overlap));
  cr_assert_eq(r1.flips, r2.flips);
}
#line 6055 "noweb/denseam.nw"
Test(denseam, capacity_verdicts)
{
  Ledger_result r = Test_claim("denseam.capacity.crosstalk2");
  cr_assert_leq(fabs(Ledger_field_value(&r, "z")), 4);
  cr_assert_float_eq(Ledger_field_value(&r, "exact"), Denseam_unstable_exact2(200, 60), 1e-15);
  cr_assert_float_eq(Ledger_field_value(&r, "exact"), 0.5 * erfc(1 / sqrt(0.3) / M_SQRT2), 3e-3);
  r = Test_claim("denseam.capacity.crosstalk3");
  cr_assert_leq(fabs(Ledger_field_value(&r, "z")), 4);
  cr_assert_float_eq(Ledger_field_value(&r, "exact"), 0.5 * erfc(1 / sqrt(0.3) / M_SQRT2), 3e-3);
  cr_assert_lt(fabs(Ledger_field_value(&r, "edgeworth_correction")),
               0.1 * Ledger_field_value(&r, "stderr"));
  r = Test_claim("denseam.capacity.scaling");
  cr_assert_float_eq(Ledger_field_value(&r, "gamma_n3"), 2, 0.2, "gamma_n3 = %g",
                     Ledger_field_value(&r, "gamma_n3"));
  cr_assert_float_eq(Ledger_field_value(&r, "gamma_n2"), 1, 0.15, "gamma_n2 = %g",
                     Ledger_field_value(&r, "gamma_n2"));
  cr_assert_gt(Ledger_field_value(&r, "z_n3_against_K_over_N"), 10);
  cr_assert_lt(Ledger_field_value(&r, "worst_error"), 0.2);
  r = Test_claim("denseam.capacity.hopfield");
  cr_assert_float_eq(Ledger_field_value(&r, "exact"), 0.1379, 1e-4);
  cr_assert_leq(fabs(Ledger_field_value(&r, "z")), 4);
  cr_assert_lt(Ledger_field_value(&r, "stderr"), 0.005);
  cr_assert_gt(Ledger_field_value(&r, "alpha_largest_N"), Ledger_field_value(&r, "estimate"));
  Ledger_result l = Test_claim("landauer.hopfield.capacity");
  cr_assert_eq(Ledger_field_value(&r, "estimate"), Ledger_field_value(&l, "estimate"),
               "denseam %.17g, landauer %.17g", Ledger_field_value(&r, "estimate"),
               Ledger_field_value(&l, "estimate"));
  r = Test_claim("denseam.capacity.snr3");
  cr_assert_float_eq(Ledger_field_value(&r, "alpha_snr"), 0.0841, 1e-4);
  cr_assert_gt(Ledger_field_value(&r, "alpha_extrapolated") - Ledger_field_value(&r, "alpha_snr"),
               2 * Ledger_field_value(&r, "alpha_extrapolated_stderr"));
  for (int k = 0; k < 3; k++) {
    static const char *keys[] = {"n3_alpha_N50", "n3_alpha_N100", "n3_alpha_N200"};
    cr_assert_gt(Ledger_field_value(&r, keys[k]), Ledger_field_value(&r, "alpha_snr"));
  }
}
#line 5758 "noweb/denseam.nw"
Test(denseam, meanfield_edges)
{
  Denseam_protocol pr = {.T = 0.4, .eps = 0.25, .tau = 0, .h0 = 0.7, .steps = 4,
                         .start = DENSEAM_PRODUCT};
  Denseam_meanfield_result mf;
  Denseam_meanfield(&mf, 3, &pr, 0);
  cr_assert_float_eq(mf.work, 0.7 * tanh(0.7 / 0.4), 1e-14, "%.17g", mf.work);
  cr_assert_float_eq(mf.m1, 0.5 * tanh(0.7 / 0.4), 1e-14, "%.17g", mf.m1);
  Denseam_protocol eq = {.T = 0.3, .eps = 0.25, .tau = 8, .h0 = 1, .steps = 16,
                         .start = DENSEAM_EQUILIBRIUM};
  Denseam_meanfield(&mf, 3, &eq, 50);
  cr_assert_lt(mf.err, 1e-10);
  Denseam_class_result e;
  eq.tau = 0;
  Denseam_class_exact(&e, 3, 2048, &eq, NULL, NULL);
  double cs = 0.75 * mf.xa0 - 0.25 * mf.xb0, m = 0.75 * mf.xa0 + 0.25 * mf.xb0;
  cr_assert_lt(fabs(e.cs0 - cs), 1e-3, "%g vs %g", e.cs0, cs);
  cr_assert_lt(fabs(e.m0 - m), 1e-3, "%g vs %g", e.m0, m);
  cr_assert_gt(fabs(e.m0 - m), 1e-7, "finite N must differ");
}

Test(denseam, class_master_equation_is_the_full_one)
{
  for (int start = DENSEAM_EQUILIBRIUM; start <= DENSEAM_PRODUCT; start++) {
    Denseam_patterns p;
    Denseam_patterns_draw(&p, 3, 8, 1, 17, 411, (uint64_t)start);
    signed char c[8];
    Denseam_cue(c, &p, 0.25);
    Denseam_protocol pr = {.T = 0.5, .eps = 0.25, .tau = 1.5, .h0 = 0.8, .steps = 4,
                           .start = start};
    Denseam_exact_result r;
    Denseam_exact_init(&r, 64);
    Denseam_exact(&r, &p, c, &pr, NULL, NULL);
    Denseam_class_result e;
    Denseam_class_exact(&e, 3, 8, &pr, NULL, NULL);
    cr_assert_float_eq(e.work, dget(r.work), 1e-12 * 8, "start %d: W %.17g vs %.17g", start, e.work,
                       dget(r.work));
    cr_assert_float_eq(e.heat, dget(r.heat), 1e-12 * 8, "Q %.17g vs %.17g", e.heat, dget(r.heat));
    cr_assert_float_eq(e.m1, dget(r.m1), 1e-12, "m1 %.17g vs %.17g", e.m1, dget(r.m1));
    cr_assert_float_eq(e.sigma, dget(r.sigma), 1e-11, "Sigma %.17g vs %.17g", e.sigma,
                       dget(r.sigma));
    cr_assert_float_eq(exp(-e.dfree / pr.T), dget(r.zratio), 1e-12 * dget(r.zratio), "Z ratio");
    Denseam_exact_clear(&r);
    Denseam_patterns_free(&p);
  }
}

Test(denseam, class_partition_function_by_brute_force)
{
  enum { N = 10 };
  Denseam_patterns p;
  Denseam_patterns_draw(&p, 4, N, 1, 3, 412, 0);
  signed char c[N], s[N];
  Denseam_cue(c, &p, 0.3);
  double T = 0.7, lambda = 0.45, z = 0;
  for (unsigned x = 0; x < (1u << N); x++) {
    double cs = 0;
    for (unsigned i = 0; i < N; i++)
      s[i] = (x >> i) & 1 ? 1 : -1, cs += c[i] * s[i];
    z += exp(-(brute_energy(&p, s) - lambda * cs) / T);
  }
  double lz = Denseam_class_lnz(4, N, 0.3, T, lambda);
  cr_assert_float_eq(lz, log(z), 1e-12, "%.17g vs %.17g", lz, log(z));
  Denseam_patterns_free(&p);
}

Test(denseam, class_simulator_and_full_simulator_agree_with_class_master_equation)
{
  enum { N = 64, R = 2048 };
  for (int start = DENSEAM_EQUILIBRIUM; start <= DENSEAM_PRODUCT; start++) {
    Denseam_protocol pr = {.T = 0.3, .eps = 0.25, .tau = 4, .h0 = 1, .steps = 8, .start = start};
    Denseam_class_result e;
    Denseam_class_exact(&e, 3, N, &pr, NULL, NULL);
    double *cdf = Denseam_class_cdf(3, N, &pr);
    Stats sw, sm, sq;
    Stats_init(&sw), Stats_init(&sm), Stats_init(&sq);
    for (int k = 0; k < R; k++) {
      Rng rng;
      Rng_init(&rng, 23, 413, (uint64_t)(start * R + k));
      Denseam_class_path path;
      Denseam_class_trajectory(&path, 3, N, &pr, cdf, 0, &rng);
      Stats_add(&sw, path.work), Stats_add(&sm, path.m1), Stats_add(&sq, path.heat);
    }
    free(cdf);
    double zw = z_of(&sw, e.work), zm = z_of(&sm, e.m1), zq = z_of(&sq, e.heat);
    cr_assert_leq(fabs(zw), 5, "class simulator, start %d: z(W) = %g", start, zw);
    cr_assert_leq(fabs(zm), 5, "class simulator, start %d: z(m1) = %g", start, zm);
    cr_assert_leq(fabs(zq), 5, "class simulator, start %d: z(Q) = %g", start, zq);
    if (start == DENSEAM_PRODUCT) {
      Denseam_patterns p;
      Denseam_patterns_draw(&p, 3, N, 1, 23, 413, 99);
      signed char c[N];
      Denseam_cue(c, &p, 0.25);
      Stats_init(&sw), Stats_init(&sm);
      for (int k = 0; k < R; k++) {
        Rng rng;
        Rng_init(&rng, 23, 413, 100000 + (uint64_t)k);
        Denseam_path path;
        Denseam_trajectory(&path, &p, c, &pr, NULL, &rng);
        Stats_add(&sw, path.work), Stats_add(&sm, path.m1);
      }
      zw = z_of(&sw, e.work), zm = z_of(&sm, e.m1);
      cr_assert_leq(fabs(zw), 5, "full simulator: z(W) = %g", zw);
      cr_assert_leq(fabs(zm), 5, "full simulator: z(m1) = %g", zm);
      Denseam_patterns_free(&p);
    }
  }
}

Test(denseam, large_n_claims)
{
  Ledger_result r = Test_claim("denseam.large.meanfield");
  cr_assert_lt(Ledger_field_value(&r, "worst_error"), 2e-3);
  double ow = Ledger_field_value(&r, "order_work"), om = Ledger_field_value(&r, "order_m1");
  cr_assert_lt(fabs(ow - 1), 0.1, "order of the work gap %g", ow);
  cr_assert_lt(fabs(om - 1), 0.3, "order of the overlap gap %g", om);
  cr_assert_lt(Ledger_field_value(&r, "ode_error"), 1e-10);
  r = Test_claim("denseam.large.mc");
  cr_assert_leq(fabs(Ledger_field_value(&r, "z")), 5);
  cr_assert_eq(Ledger_field_value(&r, "t09_missing"), 0);
  r = Test_claim("denseam.large.burnin");
  cr_assert_leq(fabs(Ledger_field_value(&r, "z_cs")), 5);
  cr_assert_leq(fabs(Ledger_field_value(&r, "z_m")), 5);
  cr_assert_gt(fabs(Ledger_field_value(&r, "z_without_burnin")), 5, "the check must have power");
  r = Test_claim("denseam.large.jarzynski");
  cr_assert_gt(Ledger_field_value(&r, "z"), 20);
  double bias = Ledger_field_value(&r, "bias_kT_per_unit");
  double diss = Ledger_field_value(&r, "dissipation_kT_per_unit");
  cr_assert(bias > 0.5 * diss && bias < diss, "bias %g, dissipation %g", bias, diss);
  cr_assert_lt(fabs(bias - Ledger_field_value(&r, "rem_bias_kT_per_unit")), 0.1 * bias);
  cr_assert_leq(fabs(Ledger_field_value(&r, "z_N8")), 5);
  cr_assert_lt(Ledger_field_value(&r, "ess"), 3);
}
