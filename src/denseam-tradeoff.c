#line 3060 "noweb/denseam.nw"
/* denseam-tradeoff.c: tangled from noweb/denseam.nw; edit that, not this. */
#include "denseam-internal.h"
#include <arb_mat.h>
#include "certify.h"
#line 3071 "noweb/denseam.nw"
static const double trade_tau[] = {0.125, 0.25, 0.5, 1, 2, 4, 8, 16, 32};
enum { TRADE_TAUS = sizeof trade_tau / sizeof trade_tau[0], TRADE_N = 10, TRADE_MC_N = 64,
       TRADE_MC_TRAJ = 128 };
static const double trade_alpha = 0.01, trade_T = 0.3, trade_eps = 0.3;

typedef struct {
  double sigma, work, heat, m1;
} trade_exact;

static void trade_exact_point(trade_exact *t, int n, double tau, double T, uint64_t seed)
{
  Denseam_grid_point g = {n, TRADE_N, trade_alpha, T, trade_eps, tau, DENSEAM_PRODUCT};
  Denseam_exact_result e;
  Denseam_exact_init(&e, 64);
  Denseam_exact_point(&e, &g, 1.0, TRADE_STEPS, seed, EXP_TRADE, (uint64_t)n, 1, NULL, NULL);
  t->sigma = mpfr_get_d(e.sigma, MPFR_RNDN);
  t->work = mpfr_get_d(e.work, MPFR_RNDN) / (T * TRADE_N);
  t->heat = mpfr_get_d(e.heat, MPFR_RNDN) / (T * TRADE_N);
  t->m1 = mpfr_get_d(e.m1, MPFR_RNDN);
  Denseam_exact_clear(&e);
}

typedef struct {
  double m1, m1_err, work, work_err;
} trade_mc;

static void trade_mc_point(trade_mc *t, int n, unsigned N, double tau, double T, uint64_t seed,
                           uint64_t ntraj, int threads)
{
  Denseam_patterns p;
  Denseam_patterns_draw(&p, n, N, Denseam_load(n, N, trade_alpha), seed, EXP_TRADE,
                        100 + (uint64_t)n);
  signed char *c = malloc(N);
  double *rec = malloc(2 * ntraj * sizeof *rec);
  assert(c && rec);
  Denseam_cue(c, &p, trade_eps);
  Denseam_protocol pr = {.T = T, .eps = trade_eps, .tau = tau, .h0 = 1, .steps = TRADE_STEPS,
                         .start = DENSEAM_PRODUCT};
#pragma omp parallel for schedule(dynamic, 1) \
    num_threads(threads > 0 ? threads : omp_get_max_threads())
  for (int64_t k = 0; k < (int64_t)ntraj; k++) {
    Rng rng;
    Rng_init(&rng, seed, EXP_TRADE_MC, ((uint64_t)n << 32) + (uint64_t)k);
    Denseam_path path;
    Denseam_trajectory(&path, &p, c, &pr, NULL, &rng);
    rec[2 * k] = path.m1, rec[2 * k + 1] = path.work / (T * N);
  }
  Stats a, b;
  Stats_init(&a), Stats_init(&b);
  for (uint64_t k = 0; k < ntraj; k++)
    Stats_add(&a, rec[2 * k]), Stats_add(&b, rec[2 * k + 1]);
  *t = (trade_mc){Stats_mean(&a), Stats_stderr(&a), Stats_mean(&b), Stats_stderr(&b)};
  free(c), free(rec);
  Denseam_patterns_free(&p);
}
#line 3166 "noweb/denseam.nw"
static void class_m1_arb(arb_t m1, int n, unsigned N, const Denseam_protocol *pr, slong prec)
{
  unsigned k = (unsigned)lround(pr->eps * N), NA = N - k;
  slong row = k + 1, ns = (slong)(NA + 1) * row;
  int64_t scale = n * ipow(N, n - 1);
  arb_ptr p = _arb_vec_init(ns), nx = _arb_vec_init(ns);
  arb_t beta, q, t, u;
  arb_mat_t G, E;
  arb_init(beta), arb_init(q), arb_init(t), arb_init(u);
  arb_mat_init(G, ns, ns), arb_mat_init(E, ns, ns);
  arb_set_d(t, pr->T), arb_inv(beta, t, prec);
  
#line 3197 "noweb/denseam.nw"
if (isinf(pr->tau)) {                                    /* equilibrium at field 0 */
  arb_zero(u);
  for (slong i = 0; i < ns; i++) {
    int64_t M = 2 * (i / row) - NA + 2 * (i % row) - k;
    arb_set_si(t, ipow(M, n)), arb_div_si(t, t, scale, prec), arb_mul(t, t, beta, prec);
    arb_exp(p + i, t, prec);
    arb_bin_uiui(t, NA, (ulong)(i / row), prec), arb_mul(p + i, p + i, t, prec);
    arb_bin_uiui(t, k, (ulong)(i % row), prec), arb_mul(p + i, p + i, t, prec);
    arb_add(u, u, p + i, prec);
  }
  for (slong i = 0; i < ns; i++)
    arb_div(p + i, p + i, u, prec);
} else {                                                 /* the product start */
  arb_set_d(t, pr->h0), arb_mul(t, t, beta, prec), arb_tanh(t, t, prec);
  arb_add_ui(q, t, 1, prec), arb_mul_2exp_si(q, q, -1);  /* q = (1 + tanh beta h0)/2 */
  arb_sub_ui(u, q, 1, prec), arb_neg(u, u);
  for (slong i = 0; i < ns; i++) {
    ulong a = (ulong)(i / row), b = (ulong)(i % row);
    arb_bin_uiui(p + i, NA, a, prec), arb_bin_uiui(t, k, b, prec), arb_mul(p + i, p + i, t, prec);
    arb_pow_ui(t, q, a + k - b, prec), arb_mul(p + i, p + i, t, prec);
    arb_pow_ui(t, u, NA - a + b, prec), arb_mul(p + i, p + i, t, prec);
  }
}
#line 3178 "noweb/denseam.nw"
  if (!isinf(pr->tau))
    for (int s = 1; s <= pr->steps; s++) {
      
#line 3223 "noweb/denseam.nw"
static const int sg[4] = {1, -1, 1, -1}, g[4] = {1, 1, -1, -1};
arb_t lambda, mu, w;
arb_init(lambda), arb_init(mu), arb_init(w);
arb_set_d(lambda, Denseam_field(pr, s));                 /* a dyadic double: exact */
arb_set_d(mu, pr->tau), arb_mul_ui(mu, mu, N, prec), arb_div_si(mu, mu, pr->steps, prec);
arb_mat_zero(G);
for (slong i = 0; i < ns; i++) {
  long a = (long)(i / row), b = (long)(i % row), M = 2 * a - NA + 2 * b - k;
  long count[4] = {a, (long)NA - a, b, (long)k - b};
  slong dest[4] = {i - row, i + row, i - 1, i + 1};
  for (int j = 0; j < 4; j++) {
    if (count[j] == 0)
      continue;
    arb_set_si(t, -(ipow(M - 2 * sg[j], n) - ipow(M, n))), arb_div_si(t, t, scale, prec);
    arb_addmul_si(t, lambda, 2 * g[j] * sg[j], prec);   /* Delta H of the flip */
    arb_mul(t, t, beta, prec), arb_exp(t, t, prec), arb_add_ui(t, t, 1, prec);
    arb_mul_si(w, mu, count[j], prec), arb_div_ui(w, w, N, prec), arb_div(w, w, t, prec);
    arb_add(arb_mat_entry(G, dest[j], i), arb_mat_entry(G, dest[j], i), w, prec);
    arb_sub(arb_mat_entry(G, i, i), arb_mat_entry(G, i, i), w, prec);
  }
}
arb_clear(lambda), arb_clear(mu), arb_clear(w);
#line 3181 "noweb/denseam.nw"
      arb_mat_exp(E, G, prec);                           /* the Poisson sum of the stage */
      for (slong i = 0; i < ns; i++)
        arb_dot(nx + i, NULL, 0, arb_mat_entry(E, i, 0), 1, p, 1, ns, prec);
      _arb_vec_swap(p, nx, ns);
    }
  arb_zero(m1);
  for (slong i = 0; i < ns; i++)
    arb_addmul_si(m1, p + i, 2 * (i / row) - NA + 2 * (i % row) - k, prec);   /* M */
  arb_div_ui(m1, m1, N, prec);
  arb_clear(beta), arb_clear(q), arb_clear(t), arb_clear(u);
  arb_mat_clear(G), arb_mat_clear(E);
  _arb_vec_clear(p, ns), _arb_vec_clear(nx, ns);
}
#line 3129 "noweb/denseam.nw"
enum { CHECK_N = 8, CHECK_TAUS = 77, CHECK_TAU_FIRST = -12 };
enum { TRADE_QUENCH = -1, TRADE_LIMIT = CHECK_TAUS };   /* tau -> 0 and tau -> infinity */
#define CHECK_ERROR 1e-9

static double check_tau(int j) { return pow(2, (CHECK_TAU_FIRST + j) / 4.0); }

typedef struct {
  double m1[2][CHECK_TAUS], work[2][CHECK_TAUS];
  double m1_quench[2], m1_limit[2];
} trade_curves;

static void trade_curves_compute(trade_curves *c)
{
  for (int a = 0; a < 2; a++) {
    for (int j = 0; j < CHECK_TAUS; j++) {
      Denseam_protocol pr = {.T = trade_T, .eps = trade_eps, .tau = check_tau(j), .h0 = 1,
                             .steps = TRADE_STEPS, .start = DENSEAM_PRODUCT};
      Denseam_class_result e;
      Denseam_class_exact(&e, a + 2, CHECK_N, &pr, NULL, NULL);
      c->m1[a][j] = e.m1, c->work[a][j] = e.work / (trade_T * CHECK_N);
    }
    double k = (double)lround(trade_eps * CHECK_N);
    c->m1_quench[a] = (1 - 2 * k / CHECK_N) * tanh(1 / trade_T); /* tau -> 0: the product start */
    Denseam_protocol eq = {.T = trade_T, .eps = trade_eps, .tau = 0, .h0 = 0, .steps = 1,
                           .start = DENSEAM_EQUILIBRIUM};
    Denseam_class_result e;
    Denseam_class_exact(&e, a + 2, CHECK_N, &eq, NULL, NULL);
    c->m1_limit[a] = e.m0; /* tau -> infinity: equilibrium with the field off */
  }
}
#line 3248 "noweb/denseam.nw"
static void trade_curves_once(trade_curves *c)
{
  static trade_curves memo;
  static int done;
#pragma omp critical(denseam_trade_curves)
  {
    if (!done)
      trade_curves_compute(&memo), done = 1;
    *c = memo;
  }
}
#line 3267 "noweb/denseam.nw"
static double trade_rise(const trade_curves *c, int a, int last, int to_limit, double direction,
                         char *where, size_t size, int step[2])
{
  double slack = direction * (c->m1[a][0] - c->m1_quench[a]);
  snprintf(where, size, "n=%d, tau 0 -> %.4g", a + 2, check_tau(0));
  step[0] = TRADE_QUENCH, step[1] = 0;
  for (int j = 0; j < last; j++) {
    double d = direction * (c->m1[a][j + 1] - c->m1[a][j]);
    if (d < slack)
      slack = d, step[0] = j, step[1] = j + 1,
      snprintf(where, size, "n=%d, tau %.4g -> %.4g", a + 2, check_tau(j), check_tau(j + 1));
  }
  double d = direction * (c->m1_limit[a] - c->m1[a][last]);
  if (to_limit && d < slack)
    slack = d, step[0] = last, step[1] = TRADE_LIMIT,
    snprintf(where, size, "n=%d, tau %.4g -> infinity", a + 2, check_tau(last));
  return slack;
}

static int trade_best(const trade_curves *c, int a)
{
  int best = 0;
  for (int j = 1; j < CHECK_TAUS; j++)
    best = c->m1[a][j] > c->m1[a][best] ? j : best;
  return best;
}
#line 3308 "noweb/denseam.nw"
static double step_tau(int j)
{
  return j == TRADE_QUENCH ? 0 : j == TRADE_LIMIT ? INFINITY : check_tau(j);
}

void Denseam_certify_m1_step(Ledger_result *r, int n, double tau_from, double tau_to,
                             double direction, const char *where)
{
  enum { PREC = 128 };
  arb_t from, to;
  arb_init(from), arb_init(to);
  Denseam_protocol pr = {.T = trade_T, .eps = trade_eps, .tau = tau_from, .h0 = 1,
                         .steps = TRADE_STEPS, .start = DENSEAM_PRODUCT};
  class_m1_arb(from, n, CHECK_N, &pr, PREC);
  pr.tau = tau_to;
  class_m1_arb(to, n, CHECK_N, &pr, PREC);
  arb_sub(to, to, from, PREC);
  arb_mul_si(to, to, direction > 0 ? 1 : -1, PREC);
  char text[LEDGER_TEXT];
  snprintf(text, sizeof text, "%s (class chain in Arb, 128 bits)", where);
  Ledger_counterexample(r, LEDGER_INEQUALITY, Certify_down(to), Certify_up(to), text);
  arb_clear(from), arb_clear(to);
  flint_cleanup();                               /* Arb's caches of this thread */
}

void Denseam_speed_accuracy(Ledger_result *r, double direction)
{
  trade_curves c;
  trade_curves_once(&c);
  Ledger_result ra, rb;
  Ledger_result_init(&ra), Ledger_result_init(&rb);
  char where[96], w[96];
  double sa = INFINITY, sb = INFINITY;
  int step[2], stepb[2] = {0, 0}, ab = 0;
  for (int a = 0; a < 2; a++) {
    double s = trade_rise(&c, a, trade_best(&c, a), 0, direction, w, sizeof w, step);
    if (s < sa)
      sa = s, memcpy(where, w, sizeof w);
  }
  Ledger_inequality(&ra, sa, CHECK_ERROR, where);
  for (int a = 0; a < 2; a++) {
    double s = trade_rise(&c, a, CHECK_TAUS - 1, 1, direction, w, sizeof w, step);
    if (s < sb)
      sb = s, memcpy(where, w, sizeof w), ab = a, stepb[0] = step[0], stepb[1] = step[1];
  }
  Ledger_inequality(&rb, sb, CHECK_ERROR, where);
  if (rb.verdict == LEDGER_REFUTED)
    Denseam_certify_m1_step(&rb, ab + 2, step_tau(stepb[0]), step_tau(stepb[1]), direction, where);
  Ledger_readings(r, "a trade-off up to the best duration", &ra, "longer is always better", &rb);
  int b2 = trade_best(&c, 0), b3 = trade_best(&c, 1);
  Ledger_field_double(r, "tau_best_n2", check_tau(b2));
  Ledger_field_double(r, "m1_best_n2", c.m1[0][b2]);
  Ledger_field_double(r, "m1_limit_n2", c.m1_limit[0]);
  Ledger_field_double(r, "tau_best_n3", check_tau(b3));
  Ledger_field_double(r, "m1_best_n3", c.m1[1][b3]);
  Ledger_field_double(r, "m1_limit_n3", c.m1_limit[1]);
  if (r->verdict != LEDGER_VERIFIED)
    Ledger_found(
        r,
        "<m1> rises from the quench (%.4f) to %.4f at tau = %.3g (n = 2) and to %.4f "
        "at tau = %.3g (n = 3), then falls: %.4f at tau = %.3g and %.2g as tau -> infinity "
        "(n = 2), %.4f as tau -> infinity (n = 3)",
        c.m1_quench[0], c.m1[0][b2], check_tau(b2), c.m1[1][b3], check_tau(b3),
        c.m1[0][CHECK_TAUS - 1], check_tau(CHECK_TAUS - 1), c.m1_limit[0], c.m1_limit[1]);
}

void Denseam_check_speed_accuracy(const Ledger_options *o, Ledger_result *r)
{
  (void)o;
  Denseam_speed_accuracy(r, 1);
}
#line 3387 "noweb/denseam.nw"
void Denseam_check_higher_n(const Ledger_options *o, Ledger_result *r)
{
  (void)o;
  trade_curves c;
  trade_curves_once(&c);
  double slack = -INFINITY, first = NAN;
  char where[96] = "";
  for (int j = 0; j < CHECK_TAUS; j++) {
    double better = c.m1[1][j] - c.m1[0][j], cheaper = c.work[0][j] - c.work[1][j];
    double d = better > cheaper ? better : cheaper;
    if (d > 0 && isnan(first))
      first = check_tau(j);
    if (d > slack)
      slack = d, snprintf(where, sizeof where, "tau = %.4g (%s)", check_tau(j),
                          better > cheaper ? "overlap" : "work");
  }
  Ledger_inequality(r, slack, CHECK_ERROR, where);
  Ledger_field_double(r, "tau_n3_first_better", first);
  Ledger_field_double(r, "m1_n3_minus_n2_tau4", c.m1[1][20] - c.m1[0][20]);
  Ledger_field_double(r, "betaW_n3_minus_n2_tau4", c.work[1][20] - c.work[0][20]);
  Ledger_field_double(r, "m1_n3_minus_n2_limit", c.m1_limit[1] - c.m1_limit[0]);
  double wmin = INFINITY;
  for (int j = 0; j < CHECK_TAUS; j++)
    wmin = fmin(wmin, c.work[1][j] - c.work[0][j]);
  Ledger_field_double(r, "min_betaW_n3_minus_n2", wmin);
  Denseam_found_otherwise(r);
}
#line 3424 "noweb/denseam.nw"
int Denseam_write_tradeoff(const char *dir, const Ledger_options *opt)
{
  Ledger_out o;
  FILE *f = Ledger_open_data(&o, dir, "denseam-tradeoff.tsv");
  if (!f)
    return -1;
  fputs("# n\ttau\t<Sigma>\tbeta<W>/N\tbeta<Q>/N\t<m1>\tMC N=64: <m1>\terr\tbeta<W>/N\terr\n", f);
  trade_exact exact[3][TRADE_TAUS];              /* each point on its own: any thread order */
#pragma omp parallel for schedule(dynamic, 1) collapse(2) \
    num_threads(opt->threads > 0 ? opt->threads : omp_get_max_threads())
  for (int n = 2; n <= 4; n++)
    for (int i = 0; i < TRADE_TAUS; i++)
      trade_exact_point(&exact[n - 2][i], n, trade_tau[i], trade_T, opt->seed);
  for (int n = 2; n <= 4; n++) {
    for (int i = 0; i < TRADE_TAUS; i++) {
      const trade_exact e = exact[n - 2][i];
      trade_mc m;
      trade_mc_point(&m, n, TRADE_MC_N, trade_tau[i], trade_T, opt->seed, TRADE_MC_TRAJ,
                     opt->threads);
      fprintf(f, "%d\t%g\t%.8g\t%.8g\t%.8g\t%.8g\t%.6g\t%.3g\t%.6g\t%.3g\n", n, trade_tau[i],
              e.sigma, e.work, e.heat, e.m1, m.m1, m.m1_err, m.work, m.work_err);
      fflush(f);
    }
    fputs("\n\n", f);
  }
  return Ledger_close_data(&o, 1);
}
