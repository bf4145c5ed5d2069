#line 76 "noweb/rebooting.nw"
/* rebooting-estimators.c: tangled from noweb/rebooting.nw; edit that, not this. */
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
#line 2150 "noweb/rebooting.nw"
static double h2(double x) { return x > 0 ? -x * log2(x) : 0; }

void Rebooting_truth(double p[3])
{
  double lo = 0, hi = 1.0 / 3;
  for (int i = 0; i < 200 && hi - lo > 0; i++) {
    double mid = (lo + hi) / 2;
    if (mid == lo || mid == hi)
      break;
    if (h2(1 - 2 * mid) + 2 * h2(mid) < 0.5)
      lo = mid;
    else
      hi = mid;
  }
  p[1] = p[2] = lo;
  p[0] = 1 - 2 * lo;
}

static double Rebooting_kl_bits(const double q[3], const double p[3])
{
  double d = 0;
  for (int i = 0; i < 3; i++)
    if (q[i] > 0)
      assert(p[i] > 0), d += q[i] * log2(q[i] / p[i]);
  return d;
}

static double kl_nats(const double q[3], const double p[3])
{
  double d = 0;
  for (int i = 0; i < 3; i++)
    if (q[i] > 0)
      d += q[i] * log(q[i] / p[i]);
  return d;
}

double Rebooting_beta(const unsigned n[3])
{
  unsigned N = n[0] + n[1] + n[2];
  assert(N >= 1);
  if (N == 1)
    return 1;
  double p[3], q[3], loo = 0;
  for (int i = 0; i < 3; i++)
    p[i] = (double)n[i] / N;
  for (int k = 0; k < 3; k++) {
    if (n[k] == 0)
      continue;
    for (int i = 0; i < 3; i++)
      q[i] = (double)(n[i] - (i == k)) / (N - 1);
    loo += p[k] * kl_nats(q, p);
  }
  return 1 / (1 + N * loo);                               /* the data temperature, our reading */
}

static void Rebooting_temper(double q[3], const unsigned n[3], double beta)
{
  assert(beta > 0);
  unsigned N = n[0] + n[1] + n[2];
  assert(N >= 1);
  double z = 0;
  for (int i = 0; i < 3; i++)
    z += q[i] = n[i] ? pow((double)n[i] / N, beta) : 0;   /* q_i ~ p_i^beta, the Boltzmann form */
  for (int i = 0; i < 3; i++)
    q[i] /= z;
}

static void Rebooting_estimate(double q[3], const unsigned n[3], int which)
{
  assert(which >= 0 && which < REBOOTING_ESTIMATORS);
  if (which == REBOOTING_ME)
    q[0] = q[1] = q[2] = 1.0 / 3;
  else
    Rebooting_temper(q, n, which == REBOOTING_ML ? 1 : Rebooting_beta(n));
}
#line 2241 "noweb/rebooting.nw"
static double expected(unsigned N, int which, double beta)
{
  assert(N >= 1 && N <= 1000);
  double p[3], lp[3], q[3], sum = 0, lfact[1001], power[1001];
  Rebooting_truth(p);
  for (int i = 0; i < 3; i++)
    lp[i] = log(p[i]);
  for (unsigned k = 0; k <= N; k++)
    lfact[k] = lgamma(k + 1.0);                             /* ln k! */
  double fixed = beta > 0 ? beta : which == REBOOTING_ML ? 1 : 0;
  if (fixed > 0)
    for (unsigned k = 0; k <= N; k++)
      power[k] = k ? pow((double)k / N, fixed) : 0;         /* as Rebooting_temper has it */
  for (unsigned a = 0; a <= N; a++)
    for (unsigned b = 0; a + b <= N; b++) {
      unsigned n[3] = {a, b, N - a - b};
      double w = lfact[N];
      for (int i = 0; i < 3; i++)
        w += n[i] * lp[i] - lfact[n[i]];
      if (fixed > 0) {
        double z = 0;
        for (int i = 0; i < 3; i++)
          z += q[i] = power[n[i]];
        for (int i = 0; i < 3; i++)
          q[i] /= z;
      } else
        Rebooting_estimate(q, n, which);
      sum += exp(w) * Rebooting_kl_bits(q, p);
    }
  return sum;
}

double Rebooting_expected_kl(unsigned N, int which) { return expected(N, which, 0); }
double Rebooting_expected_kl_tempered(unsigned N, double beta)
{
  assert(beta > 0);
  return expected(N, 0, beta);
}
#line 2328 "noweb/rebooting.nw"
static void truth_mpfr(mpfr_t x, mpfr_prec_t w)
{
  double p[3];
  Rebooting_truth(p);
  mpfr_set_d(x, p[1], MPFR_RNDN);
  mpfr_t y, l, f, d;
  mpfr_inits2(w, y, l, f, d, (mpfr_ptr)0);
  int steps = 2 + (int)ceil(log2((double)w / 53));
  for (int k = 0; k < steps; k++) {              /* Newton on f(x) = h(1-2x) + 2h(x) - 1/2 */
    mpfr_mul_2ui(y, x, 1, MPFR_RNDN);
    mpfr_ui_sub(y, 1, y, MPFR_RNDN);                   /* y = 1 - 2x, exact near x = 0.04 */
    mpfr_log2(l, y, MPFR_RNDN);
    mpfr_mul(f, y, l, MPFR_RNDN);                      /* f = y log2 y */
    mpfr_log2(d, x, MPFR_RNDN);
    mpfr_mul(l, x, d, MPFR_RNDN);
    mpfr_mul_2ui(l, l, 1, MPFR_RNDN);
    mpfr_add(f, f, l, MPFR_RNDN);                      /* f = y log2 y + 2 x log2 x */
    mpfr_add_d(f, f, 0.5, MPFR_RNDN);                  /* f(x) = -(that) - 1/2, negated */
    mpfr_div(d, y, x, MPFR_RNDN);
    mpfr_log2(d, d, MPFR_RNDN);
    mpfr_mul_2ui(d, d, 1, MPFR_RNDN);                  /* f'(x) = 2 log2(y/x) */
    mpfr_div(f, f, d, MPFR_RNDN);
    mpfr_add(x, x, f, MPFR_RNDN);                      /* x - f/f' with f negated */
  }
  mpfr_clears(y, l, f, d, (mpfr_ptr)0);
}
#line 2362 "noweb/rebooting.nw"
static void kl_counts_mpfr(mpfr_t d, const unsigned m[3], unsigned M, mpfr_t *L, mpfr_t *lp,
                           mpfr_t t)
{
  mpfr_set_zero(d, 1);
  for (int i = 0; i < 3; i++)
    if (m[i]) {
      mpfr_sub(t, L[m[i]], L[M], MPFR_RNDN);
      mpfr_sub(t, t, lp[i], MPFR_RNDN);
      mpfr_mul_ui(t, t, m[i], MPFR_RNDN);
      mpfr_add(d, d, t, MPFR_RNDN);
    }
  mpfr_div_ui(d, d, M, MPFR_RNDN);
}

/* D(q || truth) in nats for the estimate `which' of counts n. */
static void term_mpfr(mpfr_t d, const unsigned n[3], unsigned N, int which, mpfr_t *L,
                      mpfr_t *lp, mpfr_t *t)
{
  if (which == REBOOTING_ML || N == 1) {
    kl_counts_mpfr(d, n, N, L, lp, t[0]);
    return;
  }
  mpfr_t *lq = t + 1, *le = t + 4;               /* ln q_i, ln(n_i / N) */
  for (int i = 0; i < 3; i++)
    if (n[i])
      mpfr_sub(le[i], L[n[i]], L[N], MPFR_RNDN);
  mpfr_set_zero(t[7], 1);                        /* N loo = sum_k n_k D(leave k out || p) */
  for (int k = 0; k < 3; k++)
    if (n[k]) {
      unsigned m[3] = {n[0] - (k == 0), n[1] - (k == 1), n[2] - (k == 2)};
      kl_counts_mpfr(d, m, N - 1, L, le, t[0]);
      mpfr_mul_ui(d, d, n[k], MPFR_RNDN);
      mpfr_add(t[7], t[7], d, MPFR_RNDN);
    }
  mpfr_add_ui(t[7], t[7], 1, MPFR_RNDN);         /* 1 + N loo = 1 + sum_k n_k D_k */
  mpfr_ui_div(t[7], 1, t[7], MPFR_RNDN);         /* beta = 1/(1 + N loo) */
  mpfr_set_zero(t[8], 1);
  for (int i = 0; i < 3; i++)
    if (n[i]) {
      mpfr_mul(lq[i], le[i], t[7], MPFR_RNDN);
      mpfr_exp(t[0], lq[i], MPFR_RNDN);
      mpfr_add(t[8], t[8], t[0], MPFR_RNDN);     /* z = sum (n_i/N)^beta */
    }
  mpfr_log(t[8], t[8], MPFR_RNDN);
  mpfr_set_zero(d, 1);
  for (int i = 0; i < 3; i++)
    if (n[i]) {
      mpfr_sub(lq[i], lq[i], t[8], MPFR_RNDN);   /* ln q_i = beta ln(n_i/N) - ln z */
      mpfr_exp(t[0], lq[i], MPFR_RNDN);
      mpfr_sub(t[9], lq[i], lp[i], MPFR_RNDN);
      mpfr_mul(t[0], t[0], t[9], MPFR_RNDN);
      mpfr_add(d, d, t[0], MPFR_RNDN);
    }
}
#line 2422 "noweb/rebooting.nw"
void Rebooting_expected_kl_mpfr(mpfr_t out, unsigned N, int which)
{
  assert(N >= 1 && N <= 1000 && which >= 0 && which < REBOOTING_ESTIMATORS);
  mpfr_prec_t w = mpfr_get_prec(out) + 40;
  mpfr_t x, lp[3], sum, base, d, t[11], *L = malloc((N + 1) * sizeof *L);
  assert(L != NULL);
  mpfr_inits2(w, x, lp[0], lp[1], lp[2], sum, base, d, (mpfr_ptr)0);
  truth_mpfr(x, w);
  mpfr_log(lp[1], x, MPFR_RNDN);
  mpfr_set(lp[2], lp[1], MPFR_RNDN);
  mpfr_mul_2ui(lp[0], x, 1, MPFR_RNDN);
  mpfr_ui_sub(lp[0], 1, lp[0], MPFR_RNDN);
  mpfr_log(lp[0], lp[0], MPFR_RNDN);
  if (which == REBOOTING_ME) {                   /* -ln 3 - (1/3) sum ln p_i, in nats */
    mpfr_add(sum, lp[0], lp[1], MPFR_RNDN);
    mpfr_add(sum, sum, lp[2], MPFR_RNDN);
    mpfr_div_ui(sum, sum, 3, MPFR_RNDN);
    mpfr_set_ui(d, 3, MPFR_RNDN);
    mpfr_log(d, d, MPFR_RNDN);
    mpfr_add(sum, sum, d, MPFR_RNDN);
    mpfr_neg(sum, sum, MPFR_RNDN);
  } else {
    
#line 2454 "noweb/rebooting.nw"
for (unsigned k = 0; k <= N; k++) {
  mpfr_init2(L[k], w);
  if (k)
    mpfr_log_ui(L[k], k, MPFR_RNDN);
}
for (int i = 0; i < 11; i++)
  mpfr_init2(t[i], w);
mpz_t binom;
mpz_init(binom);
mpfr_set_zero(sum, 1);
for (unsigned a = 0; a <= N; a++) {
  mpfr_mul_2ui(base, x, 1, MPFR_RNDN);
  mpfr_ui_sub(base, 1, base, MPFR_RNDN);
  mpfr_pow_ui(base, base, a, MPFR_RNDN);
  mpfr_pow_ui(d, x, N - a, MPFR_RNDN);
  mpfr_mul(base, base, d, MPFR_RNDN);
  mpz_bin_uiui(binom, N, a);
  mpfr_mul_z(base, base, binom, MPFR_RNDN);      /* C(N,a) (1-2x)^a x^(N-a) */
  mpz_set_ui(binom, 1);
  for (unsigned b = 0; 2 * b <= N - a; b++) {    /* (a,b,c) and (a,c,b): one term, twice */
    unsigned n[3] = {a, b, N - a - b};
    mpfr_mul_z(t[10], base, binom, MPFR_RNDN);    /* the weight of counts (a, b, c) */
    if (mpfr_get_exp(t[10]) >= -(mpfr_exp_t)w - 32) {  /* else below 2^-(w+32): skipped */
      term_mpfr(d, n, N, which, L, lp, t);
      mpfr_mul(d, d, t[10], MPFR_RNDN);
      if (2 * b < N - a)
        mpfr_mul_2ui(d, d, 1, MPFR_RNDN);
      mpfr_add(sum, sum, d, MPFR_RNDN);
    }
    mpz_mul_ui(binom, binom, N - a - b);         /* C(N-a, b+1) from C(N-a, b) */
    mpz_divexact_ui(binom, binom, b + 1);
  }
}
mpz_clear(binom);
for (int i = 0; i < 11; i++)
  mpfr_clear(t[i]);
for (unsigned k = 0; k <= N; k++)
  mpfr_clear(L[k]);
#line 2445 "noweb/rebooting.nw"
  }
  mpfr_const_log2(d, MPFR_RNDN);
  mpfr_div(out, sum, d, MPFR_RNDN);              /* nats to bits */
  mpfr_clears(x, lp[0], lp[1], lp[2], sum, base, d, (mpfr_ptr)0);
  free(L);
}
#line 2514 "noweb/rebooting.nw"
enum { EXPERIMENT_ESTIMATORS = 302, ESTIMATOR_BLOCKS = 64 };

typedef struct {
  unsigned N;
  int which;
  uint64_t seed, samples;
  double p[3];
} Estimator_run;

static void estimator_block(uint64_t block, void *ctx, Stats *out)
{
  const Estimator_run *e = ctx;
  uint64_t first = e->samples * block / ESTIMATOR_BLOCKS;
  uint64_t last = e->samples * (block + 1) / ESTIMATOR_BLOCKS;
  Rng rng;
  Rng_init(&rng, e->seed, EXPERIMENT_ESTIMATORS, block);
  for (uint64_t s = first; s < last; s++) {
    unsigned n[3] = {0, 0, 0};
    for (unsigned i = 0; i < e->N; i++) {
      double u = Rng_uniform(&rng);
      n[u < e->p[0] ? 0 : u < e->p[0] + e->p[1] ? 1 : 2]++;
    }
    double q[3];
    Rebooting_estimate(q, n, e->which);
    Stats_add(out, Rebooting_kl_bits(q, e->p));
  }
}

void Rebooting_estimator_mc(Ledger_mc *out, unsigned N, int which, uint64_t seed, uint64_t samples,
                            int threads)
{
  assert(N >= 1 && N <= 1000 && which >= 0 && which < REBOOTING_ESTIMATORS && samples >= 2);
  Estimator_run e = {.N = N, .which = which, .seed = seed, .samples = samples};
  Rebooting_truth(e.p);
  Stats total;
  Stats_distributed(&total, ESTIMATOR_BLOCKS, threads, estimator_block, &e);
  out->estimate = Stats_mean(&total);
  out->stderr_ = Stats_stderr(&total);
  out->exact = Rebooting_expected_kl(N, which);
  if (out->stderr_ > 0)
    out->z = Stats_z(out->estimate, out->stderr_, out->exact);
  else if (which == REBOOTING_ME)
    out->z = fabs(out->estimate - out->exact) <= 1e-12 ? 0 : INFINITY;
  else
    out->z = NAN;                                /* equal samples by chance: no error known */
  out->samples = total.n;
}
