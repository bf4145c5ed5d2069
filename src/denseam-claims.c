#line 4918 "noweb/denseam.nw"
/* denseam-claims.c: tangled from noweb/denseam.nw; edit that, not this. */
#include "denseam-internal.h"
#line 3457 "noweb/denseam.nw"
static int write_data(const char *dir, const Ledger_options *opt)
{
  return Denseam_write_tradeoff(dir, opt) | Denseam_write_basin(dir, opt) |
         Denseam_capacity_data(dir, opt) | Denseam_write_large(dir, opt);
}
#line 4925 "noweb/denseam.nw"
static const Ledger_claim claims[] = {
  {"denseam.first_law", "this report's model (Section: the model): local detailed balance and "
   "the first law", LEDGER_IDENTITY,
   "the rates obey w e^{beta dH} = reverse rate, and <W> = <dH> + <Q> with the three terms "
   "computed independently (exact master equation, N <= 8)",
   LEDGER_VERIFIED, Denseam_check_first_law, LEDGER_CONSISTENCY, NULL, NULL, 0, NULL},
  {"denseam.ift.exact", "Seifert (2005), integral fluctuation theorem", LEDGER_IDENTITY,
   "exact master equation on a grid of 7 points, N <= 8, n = 2, 3, 4: <exp(-Sigma)> = 1 "
   "(full-support starts)",
   LEDGER_VERIFIED, Denseam_check_ift, LEDGER_LITERATURE, "<exp(-Sigma)> = 1", NULL, 0, NULL},
  {"denseam.jarzynski.exact", "Jarzynski (1997)", LEDGER_IDENTITY,
   "exact master equation from equilibrium, 4 grid points: <exp(-beta W)> = exp(-beta dF) "
   "= Z_0/Z_h0",
   LEDGER_VERIFIED, Denseam_check_jarzynski, LEDGER_LITERATURE, "<exp(-beta W)> = exp(-beta dF)",
   NULL, 0, NULL},
  {"denseam.second_law.exact", "second law (Jensen's inequality on the fluctuation theorems)",
   LEDGER_INEQUALITY,
   "exact master equation: <Sigma> >= 0 and beta(<W> - dF) >= 0 on the grid", LEDGER_VERIFIED,
   Denseam_check_second_law, LEDGER_LITERATURE, "<Sigma> >= 0, <W> >= dF", NULL, 0,
   "the 2^N-state master equation (Poisson sums of up to 10^4 attempts) evaluated in MPFR at p "
   "and 2p bits at 7 grid points, not in balls; off the grid it is Jensen's inequality, not shown"},
  {"denseam.ift.absolute", "Murashita, Funo and Ueda (2014), absolute irreversibility",
   LEDGER_IDENTITY,
   "from one Hamming shell, 3 grid points: <exp(-Sigma)> = 1 - lambda_abs < 1, lambda_abs "
   "from the reverse process", LEDGER_VERIFIED, Denseam_check_absolute, LEDGER_LITERATURE,
   "<exp(-Sigma)> = 1 - lambda_abs", NULL, 0, NULL},
  {"denseam.ift.mc", "this report's simulator against its exact master equation",
   LEDGER_STOCHASTIC,
   "simulated trajectories at N = 8 reproduce <Sigma>, <W> and <m1> (worst |z|); the z of "
   "<exp(-Sigma)> and <exp(-beta W)> recorded", LEDGER_VERIFIED, Denseam_check_mc_small,
   LEDGER_CONSISTENCY, NULL, NULL, 64, NULL},
  {"denseam.tradeoff.speed_accuracy", "denseam abstract, last sentence", LEDGER_INEQUALITY,
   "there is a trade-off between memory retrieval accuracy and operation speed (tested in this "
   "report's model: n = 2, 3, N = 8, exact <m1(tau)> over tau in (0, infinity))",
   LEDGER_AMBIGUOUS, Denseam_check_speed_accuracy, LEDGER_PAPER,
   "trade-offs among entropy production, retrieval accuracy and speed of operation",
   "<m1(tau)> rises up to tau ~ 20-30 and falls beyond: a trade-off up to the best duration, "
   "not a gain from every slower operation", 53,
   "its refuted reading is certified (Arb ball of the step tau = 2^16 -> infinity, n = 2); the "
   "verified one rests on a grid of tau in double precision with an argued error, not balls"},
  {"denseam.tradeoff.higher_n", "this report's hypothesis", LEDGER_INEQUALITY,
   "at load alpha = 0.01 and T = 0.3, n = 3 retrieves better or at lower work than n = 2 for "
   "some tau in (0, infinity) (exact, N = 8, where both store K = 1 pattern)",
   LEDGER_VERIFIED, Denseam_check_higher_n, LEDGER_HYPOTHESIS, NULL, NULL, 53,
   "an existence statement witnessed on a grid of tau by the class chain in double precision "
   "with an argued error bound (1e-9), not by a ball"},
  {"denseam.finite_t.metastable", "this report's hypothesis (mean-field flow of one memory)",
   LEDGER_INEQUALITY,
   "one memory, n = 3, 4 at T = 0.3: a cue 0.1 below the basin boundary m_u(T) of the "
   "mean-field flow is forgotten and one 0.1 above it retrieved; the forgotten cue is retrieved "
   "at T = 0.02; n = 2 retrieves from m0 = 0.1 (N = 2000 simulation)",
   LEDGER_VERIFIED, Denseam_check_metastable, LEDGER_HYPOTHESIS, NULL, NULL, 64,
   "its slack is a fraction of 32 simulated trajectories per case (N = 2000) that went the "
   "predicted way: a sampled count, not a bound"},
#line 5014 "noweb/denseam.nw"
{"denseam.capacity.crosstalk2", "this report's exact binomial tail", LEDGER_STOCHASTIC,
 "n = 2, N = 200, alpha = 0.3: the fraction of units unstable at a stored pattern is an exact "
 "binomial tail",
 LEDGER_VERIFIED, Denseam_check_crosstalk2, LEDGER_CONSISTENCY, NULL, NULL, 53, NULL},
{"denseam.capacity.crosstalk3", "this report's crosstalk variance", LEDGER_STOCHASTIC,
 "n = 3, N = 100, alpha = 0.1: the fraction of units unstable at a stored pattern is the "
 "normal tail of the exact finite-N crosstalk variance (12 alpha at large N, signal 2)",
 LEDGER_VERIFIED, Denseam_check_crosstalk3, LEDGER_CONSISTENCY, NULL, NULL, 53, NULL},
{"denseam.capacity.scaling", "Krotov and Hopfield (2016), capacity of polynomial energies",
 LEDGER_APPROXIMATION,
 "the retrieval-loss load K_c(N) grows as N^(n-1) for n = 2 (N = 250..1000) and n = 3 "
 "(N = 50..200)", LEDGER_APPROXIMATE,
 Denseam_check_capacity_scaling, LEDGER_LITERATURE, "K_c ~ N^(n-1)",
 "the crossings drift with N at these sizes, so the fitted exponent is n - 1 only to 0.08",
   53, "exponents fitted to simulated retrieval-loss crossings (n = 2: N = 250..1000, n = 3: "
   "N = 50..200): a fit to simulations with statistical errors, not an enclosure"},
{"denseam.capacity.hopfield", "Amit, Gutfreund and Sompolinsky (1987)", LEDGER_STOCHASTIC,
 "n = 2 loses retrieval at alpha_c = 0.138 (the kernel's estimator, as landauer.hopfield.capacity: "
 "mean first-failure load, N = 500..4000, extrapolated in N^(-1/2))",
 LEDGER_VERIFIED, Denseam_check_capacity_hopfield, LEDGER_LITERATURE, "alpha_c = 0.138", NULL,
   53, NULL},
{"denseam.capacity.snr3", "this report's hypothesis (signal-to-noise estimate)",
 LEDGER_APPROXIMATION,
 "n = 3 loses retrieval near the signal-to-noise estimate alpha = 0.084", LEDGER_APPROXIMATE,
 Denseam_check_capacity_snr, LEDGER_HYPOTHESIS, "alpha = 0.084",
 "the estimate treats the crosstalk as fresh noise at every step; the crossings lie above it",
   53, "simulated crossings (N = 50, 100, 200) extrapolated by a fit in 1/sqrt(N), against a "
   "golden-section maximum in double: a fit to simulations, not an enclosure"},
#line 5045 "noweb/denseam.nw"
{"denseam.large.meanfield", "this report's K = 1 class chain against its mean-field ODE",
 LEDGER_APPROXIMATION,
 "K = 1: exact finite-N <W>/N and <m(tau)> approach the mean-field ODE with gaps O(1/N)",
 LEDGER_APPROXIMATE, Denseam_check_large_meanfield, LEDGER_CONSISTENCY, "gap of order 1/N",
 "a finite network is never exactly mean-field; the verdict records how close", 53,
 "the class chain in double (argued error 1e-12) against an ODE whose error is a comparison of "
 "two step sizes, with the 1/N gap extrapolated from N = 128, 256: measured, not enclosed"},
{"denseam.large.mc", "this report's class simulator against its exact class chain and ODE",
 LEDGER_STOCHASTIC,
 "simulated <W>/N, <m(tau)> and <t_0.9> converge: exact at N = 256, mean-field ODE at "
 "N = 4096 (worst |z|)",
 LEDGER_VERIFIED, Denseam_check_large_mc, LEDGER_CONSISTENCY, NULL, NULL, 53, NULL},
{"denseam.large.burnin", "this report's simulator (DENSEAM_BURNIN)", LEDGER_STOCHASTIC,
 "the burn-in equilibrium start reproduces the exact equilibrium <c.s>/N and <m> at N = 1024, "
 "K = 1",
 LEDGER_VERIFIED, Denseam_check_large_burnin, LEDGER_CONSISTENCY, NULL, NULL, 53, NULL},
{"denseam.large.jarzynski", "this report's hypothesis (finite-sample bias: Jarzynski 2006)",
 LEDGER_STOCHASTIC,
 "-T ln <exp(-beta W)>_R / N with R = 1024 estimates dF/N at N = 1024 (consistency at fixed R)",
 LEDGER_REFUTED, Denseam_check_large_jarzynski, LEDGER_HYPOTHESIS,
 "-T ln <exp(-beta W)>_R estimates dF", "at fixed R the exponential average is dominated by "
 "its largest term once the work spread exceeds sqrt(2 ln R); the bias grows with N", 53,
 "a Monte Carlo z-test: 4 batches of R = 1024 trajectories at N = 1024, standard error from "
 "their spread (3 degrees of freedom), z in the hundreds; the bias is measured, not bounded"},
#line 4981 "noweb/denseam.nw"
};

#line 5113 "noweb/denseam.nw"
enum { TAU_BITS_MAX = 4096 };
static void eval_point(mpfr_t out, mpfr_t *a, int start, int what)
{
  if (!mpfr_zero_p(a[5]) && mpfr_get_exp(a[5]) < -TAU_BITS_MAX) {
    mpfr_set_nan(out);                           /* tau below 2^-4096: too many bits to follow */
    return;
  }
  Denseam_grid_point g = {(int)mpfr_get_si(a[0], MPFR_RNDN), (unsigned)mpfr_get_ui(a[1], MPFR_RNDN),
                          mpfr_get_d(a[2], MPFR_RNDN),       mpfr_get_d(a[3], MPFR_RNDN),
                          mpfr_get_d(a[4], MPFR_RNDN),       mpfr_get_d(a[5], MPFR_RNDN),
                          start};
  Denseam_patterns p;
  Denseam_patterns_draw(&p, g.n, g.N, Denseam_load(g.n, g.N, g.alpha), LEDGER_SEED_DEFAULT,
                        EXP_EXACT, 0);
  signed char c[32];
  Denseam_cue(c, &p, g.eps);
  Denseam_protocol pr = {.T = g.T, .eps = g.eps, .tau = g.tau, .h0 = 1, .steps = EXACT_STEPS,
                         .start = g.start};
  mpfr_exp_t emin = mpfr_get_emin(), emax = mpfr_get_emax();
  mpfr_set_emin(mpfr_get_emin_min());            /* Z_0/Z_h0 may be e^(1e13) at T = 1e-12 */
  mpfr_set_emax(mpfr_get_emax_max());
  Denseam_exact_result r;
  Denseam_exact_init(&r, mpfr_get_prec(out));
  Denseam_exact_run_at(&r, &p, c, &pr, a[3], a[5], NULL, NULL, 0);
  unsigned K = p.K;
  Denseam_patterns_free(&p);
  if (what == 0)
    mpfr_set(out, r.ift, MPFR_RNDN);
  else if (what == 1)
    mpfr_div(out, r.jarzynski, r.zratio, MPFR_RNDN);
  else if (what == 2)
    mpfr_set(out, r.sigma, MPFR_RNDN);
  else if (g.n % 2 == 0 && K == 1 && 2 * lround(g.eps * g.N) == g.N)
    mpfr_set_zero(out, 1);                       /* the swap symmetry below: exactly 0 */
  else
    mpfr_set(out, r.m1, MPFR_RNDN);
  Denseam_exact_clear(&r);
  mpfr_set_emin(emin), mpfr_set_emax(emax);
  mpfr_check_range(out, 0, MPFR_RNDN);
}
static void eval_ift(mpfr_t out, mpfr_t *a) { eval_point(out, a, DENSEAM_PRODUCT, 0); }
static void eval_jarzynski(mpfr_t out, mpfr_t *a) { eval_point(out, a, DENSEAM_EQUILIBRIUM, 1); }
static void eval_sigma(mpfr_t out, mpfr_t *a) { eval_point(out, a, DENSEAM_PRODUCT, 2); }
static void eval_m1(mpfr_t out, mpfr_t *a) { eval_point(out, a, DENSEAM_PRODUCT, 3); }

#define P_DEGREE {"n", 2, 4, 0, 0, 1, "3", "degree n of F(x) = x^n", 0}
#define P_LOAD {"alpha", 0, 10, 0, 0, 0, "0.05", "load alpha, K = max(1, round(alpha N^(n-1)))", 0}
#define P_TEMP {"T", 1e-12, 100, 0, 0, 0, "0.5", "temperature T (k_B = 1)", 0}
#define P_EPS {"eps", 0, 0.5, 0, 0, 0, "0.25", "fraction of cue units flipped from pattern 1", 0}
#define P_TAU {"tau", 0, 64, 0, 0, 0, "1", "operation time (units of N attempts)", 0}
#define P_POINT {{"n", 2, 4, 0, 0, 1, "3", "degree n of F(x) = x^n", 0}, \
                 {"N", 1, 10, 0, 0, 1, "8", "number of units N (exact: all 2^N states)", 0}, \
                 P_LOAD, P_TEMP, P_EPS, P_TAU}
static const Ledger_quantity quantities[] = {
    {"denseam.ift_exact", "<exp(-Sigma)> of the driven network, product start (exact; must be 1)",
     "1", 6, P_POINT, eval_ift, 0},
    {"denseam.jarzynski_exact", "<exp(-beta W)> exp(beta dF), equilibrium start (exact; must be 1)",
     "1", 6, P_POINT, eval_jarzynski, 0},
    {"denseam.sigma_exact", "mean entropy production <Sigma>, product start (exact)", "k_B", 6,
     P_POINT, eval_sigma, 0},
    {"denseam.m1_exact", "final mean overlap <m_1(tau)> with the memory, product start (exact)",
     "1", 6, P_POINT, eval_m1, 0},
};

#line 5205 "noweb/denseam.nw"
static void run_retrieve(Ledger_mc *out, const double *a, uint64_t seed, uint64_t samples,
                         int threads)
{
  Denseam_grid_point g = {(int)a[0], (unsigned)a[1], a[2], a[3], a[4], a[5], DENSEAM_PRODUCT};
  Denseam_patterns p;
  Denseam_patterns_draw(&p, g.n, g.N, Denseam_load(g.n, g.N, g.alpha), seed, EXP_RETRIEVE, 0);
  signed char *c = malloc(g.N);
  assert(c != NULL);
  Denseam_cue(c, &p, g.eps);
  Denseam_protocol pr = {.T = g.T, .eps = g.eps, .tau = g.tau, .h0 = 1, .steps = TRADE_STEPS,
                         .start = DENSEAM_PRODUCT};
  double *m = malloc(samples * sizeof *m);
  assert(m != NULL);
#pragma omp parallel for schedule(dynamic, 1) \
    num_threads(threads > 0 ? threads : omp_get_max_threads())
  for (int64_t k = 0; k < (int64_t)samples; k++) {
    Rng rng;
    Rng_init(&rng, seed, EXP_RETRIEVE, 1 + (uint64_t)k);
    Denseam_path path;
    Denseam_trajectory(&path, &p, c, &pr, NULL, &rng);
    m[k] = path.m1;
  }
  Stats s;
  Stats_init(&s);
  for (uint64_t k = 0; k < samples; k++)
    Stats_add(&s, m[k]);
  double exact = NAN;
  if (g.N <= 10) {
    Denseam_exact_result e;
    Denseam_exact_init(&e, 64);
    Denseam_exact_run(&e, &p, c, &pr, NULL, NULL, 1);
    exact = mpfr_get_d(e.m1, MPFR_RNDN);
    Denseam_exact_clear(&e);
  }
  Ledger_mc_set(out, Stats_mean(&s), Stats_stderr(&s), exact, samples);
  if (out->stderr_ == 0)                         /* every trajectory ended alike (T -> 0) */
    out->z = fabs(out->estimate - out->exact) <= 1e-12 ? 0 : NAN;
  free(m), free(c);
  Denseam_patterns_free(&p);
}

static const char *retrieve_invalid(const double *a)
{
  int n = (int)a[0];
  double N = a[1], K = fmax(1, round(a[2] * pow(N, n - 1)));
  if (K * N > 0x1p27)
    return "the load alpha N^(n-1) gives more than 2^27 pattern entries K N; lower alpha or N";
  if (pow(N + 2, n) * K >= 0x1p62)
    return "K (N+2)^n reaches 2^62, beyond the exact integer flip energy; lower alpha or N";
  return NULL;
}

static const Ledger_experiment experiments[] = {
  {"denseam.retrieve",
   "final overlap <m_1(tau)> after the cue field is ramped off (samples = trajectories)", 6,
   {P_DEGREE, {"N", 2, 10, 0, 0, 1, "8", "number of units N", 0}, P_LOAD, P_TEMP, P_EPS,
    P_TAU},
   256, run_retrieve, retrieve_invalid, 2},
};
#line 4996 "noweb/denseam.nw"
static const char *const shared[] = {
  "denseam.first_law denseam.ift.exact denseam.jarzynski.exact",
  "denseam.tradeoff.speed_accuracy denseam.tradeoff.higher_n",
  "denseam.capacity.scaling denseam.capacity.snr3", NULL};

const Ledger_chapter Denseam_chapter = {
  "denseam", claims, sizeof claims / sizeof claims[0], quantities,
  sizeof quantities / sizeof quantities[0], experiments, sizeof experiments / sizeof experiments[0],
  write_data,
  "Wolpert, D., Krotov, D., Rooke, S., & Balasubramanian, V., Stochastic Thermodynamics of "
  "Associative Memory, arXiv:2601.01253 (2026); only the abstract is available to us.",
  shared};
