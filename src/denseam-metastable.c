#line 3598 "noweb/denseam.nw"
/* denseam-metastable.c: tangled from noweb/denseam.nw; edit that, not this. */
#include "denseam-internal.h"
#include "hopfield.h"
#line 3605 "noweb/denseam.nw"
typedef struct {
  int n;
  mpfr_srcptr beta;
} basin_ctx;

static void basin_top(mpfr_t f, mpfr_t df, const mpfr_t m, void *ctx)
{
  int n = ((const basin_ctx *)ctx)->n;
  mpfr_t a, q;
  mpfr_inits2(mpfr_get_prec(f), a, q, (mpfr_ptr)0);
  mpfr_atanh(a, m, MPFR_RNDN);
  mpfr_sqr(q, m, MPFR_RNDN);
  mpfr_ui_sub(q, 1, q, MPFR_RNDN);
  mpfr_mul(f, q, a, MPFR_RNDN);
  mpfr_mul_ui(f, f, (unsigned long)n - 1, MPFR_RNDN);
  mpfr_sub(f, f, m, MPFR_RNDN);
  mpfr_mul(df, m, a, MPFR_RNDN);
  mpfr_mul_2ui(df, df, 1, MPFR_RNDN);
  mpfr_ui_sub(df, 1, df, MPFR_RNDN);
  mpfr_mul_ui(df, df, (unsigned long)n - 1, MPFR_RNDN);
  mpfr_sub_ui(df, df, 1, MPFR_RNDN);
  mpfr_clears(a, q, (mpfr_ptr)0);
}

static void basin_fixed(mpfr_t f, mpfr_t df, const mpfr_t y, void *ctx)
{
  const basin_ctx *c = ctx;
  mpfr_t t, q;
  mpfr_inits2(mpfr_get_prec(f), t, q, (mpfr_ptr)0);
  mpfr_tanh(t, y, MPFR_RNDN);
  mpfr_pow_ui(q, t, (unsigned long)c->n - 2, MPFR_RNDN);
  mpfr_mul(q, q, c->beta, MPFR_RNDN);
  mpfr_mul(f, q, t, MPFR_RNDN);
  mpfr_sub(f, y, f, MPFR_RNDN);
  mpfr_sech(t, y, MPFR_RNDN);
  mpfr_sqr(t, t, MPFR_RNDN);
  mpfr_mul(q, q, t, MPFR_RNDN);
  mpfr_mul_ui(q, q, (unsigned long)c->n - 1, MPFR_RNDN);
  mpfr_ui_sub(df, 1, q, MPFR_RNDN);
  mpfr_clears(t, q, (mpfr_ptr)0);
}

void Denseam_spinodal(mpfr_t Ts, mpfr_t mc, int n)
{
  assert(n >= 3);
  mpfr_prec_t p = mpfr_get_prec(mc);
  basin_ctx c = {n, NULL};
  mpfr_t lo, hi, a;
  mpfr_inits2(p, lo, hi, a, (mpfr_ptr)0);
  mpfr_set_ui_2exp(lo, 1, -8, MPFR_RNDN);
  mpfr_ui_sub(hi, 1, lo, MPFR_RNDN);
  int status = Num_root(mc, basin_top, &c, lo, hi);
  assert(status == 0);
  mpfr_atanh(a, mc, MPFR_RNDN);
  mpfr_pow_ui(Ts, mc, (unsigned long)n - 1, MPFR_RNDN);
  mpfr_div(Ts, Ts, a, MPFR_RNDN);
  mpfr_clears(lo, hi, a, (mpfr_ptr)0);
}

int Denseam_basin(mpfr_t mu, mpfr_t ms, int n, const mpfr_t T)
{
  assert(n >= 3 && mpfr_sgn(T) > 0);
  mpfr_prec_t p = mpfr_get_prec(mu) > mpfr_get_prec(ms) ? mpfr_get_prec(mu) : mpfr_get_prec(ms);
  mpfr_t Ts, mc, beta, lo, hi;
  mpfr_inits2(p, Ts, mc, beta, lo, hi, (mpfr_ptr)0);
  Denseam_spinodal(Ts, mc, n);
  int found = mpfr_less_p(T, Ts);
  if (found) {
    basin_ctx c = {n, beta};
    mpfr_ui_div(beta, 1, T, MPFR_RNDN);
    mpfr_div_2ui(lo, T, 1, MPFR_RNDN);
    mpfr_rootn_ui(lo, lo, (unsigned long)n - 2, MPFR_RNDN);
    mpfr_atanh(lo, lo, MPFR_RNDN);
    mpfr_atanh(mc, mc, MPFR_RNDN);
    int s1 = Num_root(hi, basin_fixed, &c, lo, mc);
    assert(s1 == 0);
    mpfr_tanh(mu, hi, MPFR_RNDN);
    int s2 = Num_root(hi, basin_fixed, &c, mc, beta);
    assert(s2 == 0);
    mpfr_tanh(ms, hi, MPFR_RNDN);
  }
  mpfr_clears(Ts, mc, beta, lo, hi, (mpfr_ptr)0);
  return found ? 0 : -1;
}
#line 3733 "noweb/denseam.nw"
enum {
  EXP_BASIN = 460,
  EXP_BASIN_PATTERNS = 461,
  BASIN_N = 2000,
  BASIN_TRAJ = 32,
  BASIN_CASES = 7
};
#define BASIN_TMAX 20.0
#define BASIN_DELTA 0.1

typedef struct {
  int n;
  double T, m0;
  int expect_retrieved;
  double m_u, m_s;
} basin_case;

static double basin_run(const basin_case *b, unsigned N, double tmax, uint64_t ntraj, uint64_t seed,
                        uint64_t stream, int threads, double *mean_m)
{
  Denseam_patterns p;
  Denseam_patterns_draw(&p, b->n, N, 1, seed, EXP_BASIN_PATTERNS, (uint64_t)b->n);
  Denseam_protocol pr = {.T = b->T, .eps = (1 - b->m0) / 2, .tau = tmax, .h0 = 0, .steps = 1,
                         .start = DENSEAM_SHELL};
  double *m = malloc(ntraj * sizeof *m);
  assert(m != NULL);
#pragma omp parallel for schedule(dynamic, 1) \
    num_threads(threads > 0 ? threads : omp_get_max_threads())
  for (int64_t k = 0; k < (int64_t)ntraj; k++) {
    Rng rng;
    Rng_init(&rng, seed, EXP_BASIN, (stream << 20) + (uint64_t)k);
    Denseam_path path;
    Denseam_trajectory(&path, &p, p.xi, &pr, NULL, &rng);
    m[k] = path.m1;
  }
  double right = 0, sum = 0;
  for (uint64_t k = 0; k < ntraj; k++) {
    sum += m[k];
    right += b->expect_retrieved ? m[k] >= (b->m_u + b->m_s) / 2 : m[k] < b->m_u;
  }
  *mean_m = sum / (double)ntraj;
  free(m);
  Denseam_patterns_free(&p);
  return right / (double)ntraj;
}

static void basin_points(double *mu, double *ms, int n, double T)
{
  mpfr_t t, u, s;
  mpfr_inits2(64, t, u, s, (mpfr_ptr)0);
  mpfr_set_d(t, T, MPFR_RNDN);
  if (n == 2) {
    Hopfield_magnetisation(s, t);
    mpfr_set_ui(u, 0, MPFR_RNDN);
  } else if (Denseam_basin(u, s, n, t) != 0) {
    mpfr_set_nan(u), mpfr_set_nan(s);
  }
  *mu = mpfr_get_d(u, MPFR_RNDN), *ms = mpfr_get_d(s, MPFR_RNDN);
  mpfr_clears(t, u, s, (mpfr_ptr)0);
}

void Denseam_check_metastable(const Ledger_options *o, Ledger_result *r)
{
  basin_case cases[BASIN_CASES];
  int nc = 0;
  double mu, ms;
  basin_points(&mu, &ms, 2, 0.3);
  cases[nc++] = (basin_case){2, 0.3, 0.1, 1, mu, ms};
  for (int n = 3; n <= 4; n++) {
    double mu3, ms3, mu0, ms0;
    basin_points(&mu3, &ms3, n, 0.3);
    basin_points(&mu0, &ms0, n, 0.02);
    cases[nc++] = (basin_case){n, 0.3, mu3 + BASIN_DELTA, 1, mu3, ms3};
    cases[nc++] = (basin_case){n, 0.3, mu3 - BASIN_DELTA, 0, mu3, ms3};
    cases[nc++] = (basin_case){n, 0.02, mu3 - BASIN_DELTA, 1, mu0, ms0};
    char key[32];
    snprintf(key, sizeof key, "m_u_n%d_T0.3", n);
    Ledger_field_double(r, key, mu3);
  }
  uint64_t ntraj = o->samples ? o->samples : BASIN_TRAJ;
  double slack = INFINITY, wrong = 0;
  char where[96] = "";
  for (int i = 0; i < nc; i++) {
    double mean, right = basin_run(&cases[i], BASIN_N, BASIN_TMAX, ntraj, o->seed, (uint64_t)i,
                                   o->threads, &mean);
    wrong += (1 - right) * (double)ntraj;
    if (right - 0.5 < slack) {
      slack = right - 0.5;
      snprintf(where, sizeof where, "n=%d T=%g m0=%.4f (%s expected)", cases[i].n, cases[i].T,
               cases[i].m0, cases[i].expect_retrieved ? "retrieval" : "loss");
    }
    char key[32];
    snprintf(key, sizeof key, "mean_m_case%d", i);
    Ledger_field_double(r, key, mean);
  }
  Ledger_inequality(r, slack, 0, where); /* a fraction k/32 minus 1/2: exact */
  Ledger_field_double(r, "wrong_trajectories", wrong);
  Denseam_found_otherwise(r);
}
#line 3858 "noweb/denseam.nw"
int Denseam_write_basin(const char *dir, const Ledger_options *opt)
{
  Ledger_out o;
  FILE *f = Ledger_open_data(&o, dir, "denseam-basin.tsv");
  if (!f)
    return -1;
  for (int n = 3; n <= 4; n++) {
    fprintf(f, "# n = %d, N = 1000: T\tm0\tfraction with final m > 1/2\tmean final m\n", n);
    for (int i = 0; i < 16; i++)
      for (int j = 1; j <= 19; j++) {
        basin_case b = {n, 0.02 + 0.04 * i, 0.05 * j, 1, 0, 1};
        uint64_t stream = 1000 + 100 * (uint64_t)n * 100 + 100 * (uint64_t)i + (uint64_t)j;
        double mean, right = basin_run(&b, 1000, BASIN_TMAX, 16, opt->seed, stream, opt->threads,
                                       &mean);
        fprintf(f, "%.2f\t%.2f\t%.4f\t%.4f\n", b.T, b.m0, right, mean);
      }
    fputs("\n\n", f);
  }
  for (int n = 3; n <= 4; n++) {
    mpfr_t Ts, mc;
    mpfr_inits2(64, Ts, mc, (mpfr_ptr)0);
    Denseam_spinodal(Ts, mc, n);
    double ts = mpfr_get_d(Ts, MPFR_RNDN);
    fprintf(f, "# n = %d: T\tm_u\tm_s (spinodal T_s = %.6f, m_c = %.6f)\n", n, ts,
            mpfr_get_d(mc, MPFR_RNDN));
    for (int k = 1; k < 200; k++) {
      double T = ts * k / 200, mu, ms;
      basin_points(&mu, &ms, n, T);
      fprintf(f, "%.6f\t%.6f\t%.6f\n", T, mu, ms);
    }
    fprintf(f, "%.6f\t%.6f\t%.6f\n\n\n", ts, mpfr_get_d(mc, MPFR_RNDN), mpfr_get_d(mc, MPFR_RNDN));
    mpfr_clears(Ts, mc, (mpfr_ptr)0);
  }
  return Ledger_close_data(&o, 1);
}
