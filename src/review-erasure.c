#line 112 "noweb/review.nw"
/* review-erasure.c: tangled from noweb/review.nw; edit that, not this. */
#line 154 "noweb/review.nw"
#include "review-internal.h"
#include <assert.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "numerics.h"
#include "stochastic.h"
#line 604 "noweb/review.nw"
void Review_erasure_bound(mpfr_t out, const mpfr_t p)
{
  assert(mpfr_cmp_ui(p, 0) >= 0 && mpfr_cmp_ui(p, 1) <= 0);
  mpfr_t h, ln2;
  mpfr_inits2(mpfr_get_prec(out) + PROTOCOL_GUARD, h, ln2, (mpfr_ptr)0);
  mpfr_mul_2ui(h, p, 1, MPFR_RNDN);
  mpfr_ui_sub(h, 1, h, MPFR_RNDN);                /* q = 1 - 2p */
  if (mpfr_cmp_d(h, 0.5) <= 0 && mpfr_cmp_d(h, -0.5) >= 0) {
    mpfr_atanh(ln2, h, MPFR_RNDN);
    mpfr_mul(ln2, ln2, h, MPFR_RNDN);             /* q atanh q */
    mpfr_sqr(h, h, MPFR_RNDN);
    mpfr_neg(h, h, MPFR_RNDN);
    mpfr_log1p(h, h, MPFR_RNDN);
    mpfr_div_2ui(h, h, 1, MPFR_RNDN);             /* ln(1 - q^2) / 2 */
    mpfr_add(out, ln2, h, MPFR_RNDN);             /* review eq. (bound-q) */
  } else {
    Num_binary_entropy(h, p);
    mpfr_const_log2(ln2, MPFR_RNDN);
    mpfr_sub(out, ln2, h, MPFR_RNDN);
  }
  mpfr_clears(h, ln2, (mpfr_ptr)0);
}

void Review_final_level(mpfr_t eps, const mpfr_t p)
{
  assert(mpfr_cmp_ui(p, 0) > 0 && mpfr_cmp_d(p, 0.5) <= 0);
  mpfr_mul_2ui(eps, p, 1, MPFR_RNDN);
  mpfr_ui_sub(eps, 1, eps, MPFR_RNDN);
  mpfr_div(eps, eps, p, MPFR_RNDN);
  mpfr_log1p(eps, eps, MPFR_RNDN);               /* ln((1-p)/p) = log1p((1-2p)/p) */
}

void Review_add_lag_term(mpfr_t sum, mpfr_t t, mpfr_t u, const mpfr_t delta, unsigned long k,
                         unsigned long K)
{
  mpfr_mul_ui(t, delta, k, MPFR_RNDN);
  Num_logistic(t, t);                            /* 1 - pi(k Delta) */
  mpfr_mul_ui(u, delta, K - k, MPFR_RNDN);
  Num_expm1(u, u);
  mpfr_fma(sum, t, u, sum, MPFR_RNDN);           /* (pi(k Delta) - pi(K Delta)) / pi(K Delta) */
}

void Review_protocol_work(mpfr_t out, const mpfr_t p, unsigned long K)
{
  assert(K >= 1);
  mpfr_prec_t w = mpfr_get_prec(out) + PROTOCOL_GUARD;
  mpfr_t eps, delta, t, u, sum;
  mpfr_inits2(w, eps, delta, t, u, sum, (mpfr_ptr)0);
  Review_final_level(eps, p);
  mpfr_div_ui(delta, eps, K, MPFR_RNDN);
  mpfr_set_zero(sum, 1);
  for (unsigned long k = 0; k < K; k++)
    Review_add_lag_term(sum, t, u, delta, k, K);
  mpfr_mul(sum, sum, delta, MPFR_RNDN);
  mpfr_mul(out, sum, p, MPFR_RNDN);               /* review eq. (WK), as eq. (WK-lag) */
  mpfr_clears(eps, delta, t, u, sum, (mpfr_ptr)0);
}

static void lag_sums(mpfr_t *sums, const mpfr_t level, int jmax, unsigned long first)
{
  assert(jmax >= 0 && jmax < 24 && first <= 1);
  unsigned long n = 1ul << jmax;
  mpfr_prec_t w = mpfr_get_prec(sums[0]);
  mpfr_t fine, *sigma = malloc(n * sizeof *sigma), *grow = malloc((n + 1) * sizeof *grow);
  assert(sigma != NULL && grow != NULL);
  mpfr_init2(fine, w);
  mpfr_div_ui(fine, level, n, MPFR_RNDN);         /* exact: n is a power of two */
  for (unsigned long m = 0; m <= n; m++) {
    mpfr_init2(grow[m], w);
    mpfr_mul_ui(grow[m], fine, m, MPFR_RNDN);      /* m eps_f / N, as k Delta rounds */
    if (m < n) {
      mpfr_init2(sigma[m], w);
      Num_logistic(sigma[m], grow[m]);             /* 1 - pi(m eps_f / N) */
    }
    Num_expm1(grow[m], grow[m]);
  }
  for (int j = 0; j <= jmax; j++) {
    unsigned long K = 1ul << j, stride = n >> j;
    assert(mpfr_get_prec(sums[j]) == w);
    mpfr_set_zero(sums[j], 1);
    for (unsigned long k = first; k < K; k++)     /* as Review_add_lag_term */
      mpfr_fma(sums[j], sigma[k * stride], grow[(K - k) * stride], sums[j], MPFR_RNDN);
  }
  for (unsigned long m = 0; m <= n; m++) {
    mpfr_clear(grow[m]);
    if (m < n)
      mpfr_clear(sigma[m]);
  }
  mpfr_clear(fine);
  free(sigma), free(grow);
}

/* <W_K> for K = 2^j from the lag sums: level = e_f(x), each sum times Delta = level / 2^j and
   times x (x = p for the erasure, terms k >= 0; x = eps for the Szilard engine, k >= 1). */
void Review_lag_works(mpfr_t *out, const mpfr_t x, int jmax, unsigned long first)
{
  mpfr_prec_t w = mpfr_get_prec(out[0]) + PROTOCOL_GUARD;
  mpfr_t level, delta, sums[24];
  mpfr_inits2(w, level, delta, (mpfr_ptr)0);
  for (int j = 0; j <= jmax; j++)
    mpfr_init2(sums[j], w);
  Review_final_level(level, x);
  lag_sums(sums, level, jmax, first);
  for (int j = 0; j <= jmax; j++) {
    mpfr_div_ui(delta, level, 1ul << j, MPFR_RNDN);
    mpfr_mul(sums[j], sums[j], delta, MPFR_RNDN);
    mpfr_mul(out[j], sums[j], x, MPFR_RNDN);       /* as the single-K work, K = 2^j */
    mpfr_clear(sums[j]);
  }
  mpfr_clears(level, delta, (mpfr_ptr)0);
}

void Review_protocol_works(mpfr_t *out, const mpfr_t p, int jmax)
{
  Review_lag_works(out, p, jmax, 0);
}
#line 733 "noweb/review.nw"
static void occupation(mpfr_t y, const mpfr_t eps, void *ctx)
{
  (void)ctx;
  mpfr_t m;
  mpfr_init2(m, mpfr_get_prec(y));
  mpfr_neg(m, eps, MPFR_RNDN);
  Num_logistic(y, m);
  mpfr_clear(m);
}

#line 795 "noweb/review.nw"
enum { OCCUPATION_MEMORY = 2048 };

static struct {
  mpfr_t level, integral;
  int status;
} occupation_memory[OCCUPATION_MEMORY];
static size_t occupation_remembered;

static int recall_occupation(mpfr_t integral, const mpfr_t level, int *status)
{
  int found = 0;
#pragma omp critical(review_occupation_memory)
  for (size_t i = 0; i < occupation_remembered && !found; i++)
    if (mpfr_get_prec(occupation_memory[i].integral) == mpfr_get_prec(integral)
        && mpfr_equal_p(occupation_memory[i].level, level)) {
      mpfr_set(integral, occupation_memory[i].integral, MPFR_RNDN);  /* exact: same precision */
      *status = occupation_memory[i].status;
      found = 1;
    }
  return found;
}

static void remember_occupation(const mpfr_t integral, const mpfr_t level, int status)
{
#pragma omp critical(review_occupation_memory)
  if (occupation_remembered < OCCUPATION_MEMORY) {
    size_t i = occupation_remembered++;
    mpfr_init2(occupation_memory[i].level, mpfr_get_prec(level));
    mpfr_init2(occupation_memory[i].integral, mpfr_get_prec(integral));
    mpfr_set(occupation_memory[i].level, level, MPFR_RNDN);
    mpfr_set(occupation_memory[i].integral, integral, MPFR_RNDN);
    occupation_memory[i].status = status;
  }
}

#line 745 "noweb/review.nw"
int Review_integrate_occupation(mpfr_t integral, const mpfr_t level)
{
  assert(mpfr_cmp_ui(level, 0) >= 0);
  if (mpfr_zero_p(level))
    return mpfr_set_zero(integral, 1), 0;
  int status;
  if (recall_occupation(integral, level, &status))
    return status;
  mpfr_t zero, err;
  mpfr_init2(zero, mpfr_get_prec(level));
  mpfr_init2(err, 64);
  mpfr_set_zero(zero, 1);
  status = Num_integrate(integral, err, occupation, NULL, zero, level, 0, NULL);
  mpfr_clears(zero, err, (mpfr_ptr)0);
  remember_occupation(integral, level, status);
  return status;
}

int Review_quasistatic_work(mpfr_t out, const mpfr_t p)
{
  mpfr_prec_t w = mpfr_get_prec(out) + PROTOCOL_GUARD;
  mpfr_t eps, integral;
  mpfr_inits2(w, eps, integral, (mpfr_ptr)0);
  Review_final_level(eps, p);
  int status = Review_integrate_occupation(integral, eps);
  mpfr_mul(eps, eps, p, MPFR_RNDN);
  mpfr_sub(out, integral, eps, MPFR_RNDN);       /* review eq. (Winf) */
  mpfr_clears(eps, integral, (mpfr_ptr)0);
  return status;
}
#line 915 "noweb/review.nw"
static const long logistic_poly[REVIEW_ORDER + 1][REVIEW_ORDER + 2] = {
  {0, 1}, {0, -1, 1}, {0, 1, -3, 2}, {0, -1, 7, -12, 6}, {0, 1, -15, 50, -60, 24}};

static void occupation_jet(arb_ptr P, int order, slong prec)
{
  for (int n = 1; n <= order; n++) {
    arb_set_si(P + n, logistic_poly[n][n + 1]);
    for (int i = n; i >= 1; i--) {
      arb_mul(P + n, P + n, P, prec);
      arb_add_si(P + n, P + n, logistic_poly[n][i], prec);
    }
    arb_mul(P + n, P + n, P, prec);              /* pi^(n) = P_n(pi) */
  }
}

void Review_logistic_jet(arb_ptr P, const arb_t x, int order, slong prec)
{
  assert(order >= 0 && order <= REVIEW_ORDER);
  arb_exp(P, x, prec);
  arb_add_ui(P, P, 1, prec);
  arb_inv(P, P, prec);                           /* pi(x) = 1 / (1 + e^x) */
  occupation_jet(P, order, prec);
}
#line 944 "noweb/review.nw"
void Review_step_work_ball(arb_ptr w, const arb_t level, unsigned long K, unsigned long first,
                           int order, slong prec)
{
  assert(K >= 1 && K + first <= 1ul << 16 && first <= 1 && order >= 0 && order <= REVIEW_ORDER);
  arb_ptr P = _arb_vec_init(order + 1), S = _arb_vec_init(order + 1);
  arb_t z, zk, t;
  arb_init(z), arb_init(zk), arb_init(t);
  arb_div_ui(t, level, K, prec);
  arb_exp(z, t, prec);                           /* z = e^{e/K} */
  arb_one(zk);
  if (first)
    arb_set(zk, z);
  for (unsigned long k = first; k < first + K; k++) {
    arb_add_ui(P, zk, 1, prec);
    arb_inv(P, P, prec);                         /* pi(x_k) = 1 / (1 + z^k) */
    occupation_jet(P, order, prec);
    ulong kn = 1;                                /* k^n < 2^64: exact */
    arb_add(S, S, P, prec);
    for (int n = 1; n <= order; n++) {
      kn *= k;
      arb_addmul_ui(S + n, P + n, kn, prec);     /* S_n += k^n pi^(n)(x_k) */
    }
    arb_mul(zk, zk, z, prec);
  }
  
#line 975 "noweb/review.nw"
Review_logistic_jet(P, level, order, prec);      /* pi(e) and its derivatives */
for (int n = 0; n <= order; n++) {
  for (int i = 0; i <= n; i++)
    arb_div_ui(S + n, S + n, K, prec);
  arb_sub(S + n, S + n, P + n, prec);            /* f^(n)(e) */
}
for (int n = order; n >= 0; n--) {
  arb_mul(w + n, S + n, level, prec);
  if (n > 0)
    arb_addmul_ui(w + n, S + n - 1, (ulong)n, prec);   /* W^(n) = e f^(n) + n f^(n-1) */
}
#line 969 "noweb/review.nw"
  arb_clear(z), arb_clear(zk), arb_clear(t);
  _arb_vec_clear(P, order + 1), _arb_vec_clear(S, order + 1);
}
#line 992 "noweb/review.nw"
void Review_bound_derivatives(arb_ptr b, arb_srcptr P, const arb_t level, int order, slong prec)
{
  for (int n = 1; n <= order; n++) {
    arb_mul(b + n, P + n, level, prec);
    arb_addmul_si(b + n, P + n - 1, n - 1, prec);
    arb_neg(b + n, b + n);                       /* b^(n) = -(e pi^(n) + (n-1) pi^(n-1)) */
  }
}

void Review_erasure_bound_ball(arb_ptr b, const arb_t level, int order, slong prec)
{
  arb_ptr P = _arb_vec_init(order + 1);
  arb_t l, u;
  arb_init(l), arb_init(u);
  Review_logistic_jet(P, level, order, prec);    /* p = pi(e) */
  arb_log(l, P, prec);
  arb_mul(b, l, P, prec);                        /* p ln p */
  arb_neg(u, P);
  arb_log1p(l, u, prec);
  arb_add_ui(u, u, 1, prec);
  arb_addmul(b, l, u, prec);                     /* + (1 - p) ln(1 - p) = -H(p) */
  arb_const_log2(l, prec);
  arb_add(b, b, l, prec);                        /* landauer eq. (1): ln 2 - H(p) */
  Review_bound_derivatives(b, P, level, order, prec);
  arb_clear(l), arb_clear(u);
  _arb_vec_clear(P, order + 1);
}
#line 1085 "noweb/review.nw"
enum { EXPERIMENT_ERASURE = 1 };

typedef struct {
  double p, eps, delta;
  unsigned long K;
  uint64_t seed, samples;
  const double *occupation;                      /* [k] = 1/(1 + exp(k delta)), k < K */
} Erasure_run;

static void erasure_block(uint64_t block, void *ctx, Stats *out)
{
  const Erasure_run *e = ctx;
  uint64_t first = e->samples * block / REPLICATES, last = e->samples * (block + 1) / REPLICATES;
  Rng rng;
  Rng_init(&rng, e->seed, EXPERIMENT_ERASURE, block);
  Stats_init(out);
  for (uint64_t t = first; t < last; t++) {
    double work = 0;
    for (unsigned long k = 0; k < e->K; k++)
      if (Rng_uniform(&rng) < e->occupation[k])
        work += e->delta;
    if (Rng_uniform(&rng) < e->p)
      work -= e->eps;
    Stats_add(out, work);
  }
}
#line 1123 "noweb/review.nw"
void Review_erasure_mc(Ledger_mc *out, double p, unsigned long K, uint64_t seed, uint64_t samples,
                       int threads)
{
  assert(p > 0 && p <= 0.5 && K >= 1 && samples >= 1);
  Erasure_run e = {.p = p, .eps = log1p(-p) - log(p), .K = K, .seed = seed, .samples = samples};
  e.delta = e.eps / (double)K;
  double *occupation = malloc(K * sizeof *occupation);
  assert(occupation != NULL);
  for (unsigned long k = 0; k < K; k++)
    occupation[k] = 1 / (1 + exp(k * e.delta));  /* the expression the loop had, once per k */
  e.occupation = occupation;
  Stats total;
  Stats_distributed(&total, REPLICATES, threads, erasure_block, &e);
  free(occupation);
  mpfr_t pp, exact;
  mpfr_inits2(128, pp, exact, (mpfr_ptr)0);
  mpfr_set_d(pp, p, MPFR_RNDN);
  Review_protocol_work(exact, pp, K);
  Ledger_mc_set(out, Stats_mean(&total), Stats_stderr(&total), mpfr_get_d(exact, MPFR_RNDN),
                total.n);
  mpfr_clears(pp, exact, (mpfr_ptr)0);
}
