#line 178 "noweb/denseam.nw"
/* denseam.c: tangled from noweb/denseam.nw; edit that, not this. */
#line 194 "noweb/denseam.nw"
#include "denseam.h"
#include <assert.h>
#include <math.h>
#include <omp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "stochastic.h"
#include "numerics.h"
#include "hopfield.h"
#line 226 "noweb/denseam.nw"
void Denseam_patterns_draw(Denseam_patterns *p, int n, unsigned N, unsigned K, uint64_t seed,
                           uint64_t experiment, uint64_t replicate)
{
  assert(n >= 2 && N >= 1 && K >= 1);
  p->n = n;
  p->N = N;
  p->K = K;
  p->xi = malloc((size_t)K * N);
  assert(p->xi != NULL);
  Rng rng;
  Rng_init(&rng, seed, experiment, replicate);
  size_t words = (N + 63) / 64;
  for (size_t mu = 0; mu < K; mu++)
    for (size_t w = 0; w < words; w++) {
      uint64_t b = Rng_bits(&rng);
      for (size_t j = 0; j < 64 && 64 * w + j < N; j++)
        p->xi[mu * N + 64 * w + j] = (b >> j) & 1 ? 1 : -1;
    }
}

void Denseam_patterns_free(Denseam_patterns *p)
{
  free(p->xi);
  p->xi = NULL;
}

unsigned Denseam_load(int n, unsigned N, double alpha)
{
  assert(n >= 2 && N >= 1 && alpha >= 0);
  double K = round(alpha * pow((double)N, n - 1));
  assert(K < 4e9);
  return K < 1 ? 1 : (unsigned)K;
}

void Denseam_overlaps(const Denseam_patterns *p, const signed char *s, long *M)
{
  for (size_t mu = 0; mu < p->K; mu++) {
    long m = 0;
    for (size_t i = 0; i < p->N; i++)
      m += p->xi[mu * p->N + i] * s[i];
    M[mu] = m;
  }
}

static double ln_binomial(double n, double k)
{
  return lgamma(n + 1) - lgamma(k + 1) - lgamma(n - k + 1);
}

static int64_t ipow(int64_t x, int n)
{
  int64_t y = 1;
  while (n-- > 0)
    y *= x;
  return y;
}

double Denseam_flip_energy(const Denseam_patterns *p, const long *M, const signed char *s,
                           unsigned i)
{
  assert(i < p->N && pow(p->N + 2.0, p->n) * p->K < 0x1p62);
  int64_t D = 0;
  for (size_t mu = 0; mu < p->K; mu++)
    D += ipow(M[mu], p->n) - ipow(M[mu] - 2 * s[i] * p->xi[mu * p->N + i], p->n);
  return (double)D / (p->n * pow((double)p->N, p->n - 1));
}
#line 310 "noweb/denseam.nw"
void Denseam_cue(signed char *c, const Denseam_patterns *p, double eps)
{
  assert(eps >= 0 && eps <= 1);
  unsigned k = (unsigned)lround(eps * p->N);
  for (unsigned i = 0; i < p->N; i++)
    c[i] = (signed char)(i < k ? -p->xi[i] : p->xi[i]);
}

double Denseam_field(const Denseam_protocol *pr, int k)
{
  assert(k >= 0 && k <= pr->steps);
  return pr->h0 * (pr->steps - k) / pr->steps;
}

double Denseam_energy(const Denseam_patterns *p, const long *M)
{
  double sum = 0;
  for (size_t mu = 0; mu < p->K; mu++)
    sum += (double)ipow(M[mu], p->n);
  return -sum / (p->n * pow(p->N, p->n - 1));
}
#line 432 "noweb/denseam.nw"
typedef struct {
  const Denseam_patterns *p;
  unsigned N;
  size_t ns;
  mpfr_prec_t wp;
  int64_t *sm;
  long *cs, *m1;
  mpfr_t beta, scale, lambda;
  mpfr_t *w, *tw, *diag, *heat, *ldb;
} exact_model;

static void exact_model_init(exact_model *x, const Denseam_patterns *p, const signed char *c,
                             double T, mpfr_prec_t wp)
{
  assert(p->N >= 1 && p->N <= 12 && T > 0);
  x->p = p;
  x->N = p->N;
  x->ns = (size_t)1 << p->N;
  x->wp = wp;
  x->sm = malloc(x->ns * sizeof *x->sm);
  x->cs = malloc(x->ns * sizeof *x->cs);
  x->m1 = malloc(x->ns * sizeof *x->m1);
  assert(x->sm && x->cs && x->m1);
  long *M = malloc(p->K * sizeof *M);
  signed char s[12];
  for (size_t st = 0; st < x->ns; st++) {
    long cs = 0;
    for (unsigned i = 0; i < x->N; i++) {
      s[i] = (signed char)((st >> i) & 1 ? 1 : -1);
      cs += c[i] * s[i];
    }
    Denseam_overlaps(p, s, M);
    int64_t sum = 0;
    for (size_t mu = 0; mu < p->K; mu++)
      sum += ipow(M[mu], p->n);
    x->sm[st] = sum;
    x->cs[st] = cs;
    x->m1[st] = M[0];
  }
  free(M);
  mpfr_inits2(wp, x->beta, x->scale, x->lambda, (mpfr_ptr)0);
  mpfr_set_d(x->beta, T, MPFR_RNDN);
  mpfr_ui_div(x->beta, 1, x->beta, MPFR_RNDN);
  mpfr_ui_pow_ui(x->scale, x->N, (unsigned long)p->n - 1, MPFR_RNDN);
  mpfr_mul_ui(x->scale, x->scale, (unsigned long)p->n, MPFR_RNDN);
  size_t nr = x->ns * x->N;
  x->w = malloc(nr * sizeof *x->w);
  x->tw = malloc(nr * sizeof *x->tw);
  x->ldb = malloc(nr * sizeof *x->ldb);
  x->diag = malloc(x->ns * sizeof *x->diag);
  x->heat = malloc(x->ns * sizeof *x->heat);
  assert(x->w && x->tw && x->ldb && x->diag && x->heat);
  for (size_t k = 0; k < nr; k++)
    mpfr_inits2(wp, x->w[k], x->tw[k], x->ldb[k], (mpfr_ptr)0);
  for (size_t k = 0; k < x->ns; k++)
    mpfr_inits2(wp, x->diag[k], x->heat[k], (mpfr_ptr)0);
}

static void exact_model_clear(exact_model *x)
{
  for (size_t k = 0; k < x->ns * x->N; k++)
    mpfr_clears(x->w[k], x->tw[k], x->ldb[k], (mpfr_ptr)0);
  for (size_t k = 0; k < x->ns; k++)
    mpfr_clears(x->diag[k], x->heat[k], (mpfr_ptr)0);
  free(x->w), free(x->tw), free(x->ldb), free(x->diag), free(x->heat);
  free(x->sm), free(x->cs), free(x->m1);
  mpfr_clears(x->beta, x->scale, x->lambda, (mpfr_ptr)0);
}

static void exact_hamiltonian(mpfr_t h, const exact_model *x, size_t st, const mpfr_t lambda)
{
  mpfr_t t;
  mpfr_init2(t, x->wp);
  mpfr_set_si(h, 0, MPFR_RNDN);
  mpfr_set_sj(h, -(intmax_t)x->sm[st], MPFR_RNDN);
  mpfr_div(h, h, x->scale, MPFR_RNDN);
  mpfr_mul_si(t, lambda, x->cs[st], MPFR_RNDN);
  mpfr_sub(h, h, t, MPFR_RNDN);
  mpfr_clear(t);
}
#line 521 "noweb/denseam.nw"
static void exact_level(exact_model *x, double lambda)
{
  mpfr_t dh, e, t;
  mpfr_inits2(x->wp, dh, e, t, (mpfr_ptr)0);
  mpfr_set_d(x->lambda, lambda, MPFR_RNDN);
  for (size_t st = 0; st < x->ns; st++) {
    mpfr_set_ui(x->diag[st], 0, MPFR_RNDN);
    mpfr_set_ui(x->heat[st], 0, MPFR_RNDN);
    for (unsigned i = 0; i < x->N; i++) {
      size_t to = st ^ ((size_t)1 << i), k = st * x->N + i;
      mpfr_set_sj(dh, -(intmax_t)(x->sm[to] - x->sm[st]), MPFR_RNDN);
      mpfr_div(dh, dh, x->scale, MPFR_RNDN);
      mpfr_mul_si(t, x->lambda, x->cs[to] - x->cs[st], MPFR_RNDN);
      mpfr_sub(dh, dh, t, MPFR_RNDN);
      mpfr_mul(e, x->beta, dh, MPFR_RNDN);
      mpfr_exp(e, e, MPFR_RNDN);
      mpfr_add_ui(t, e, 1, MPFR_RNDN);
      mpfr_ui_div(x->w[k], 1, t, MPFR_RNDN);
      mpfr_mul(x->tw[k], x->w[k], e, MPFR_RNDN);
      mpfr_add(x->diag[st], x->diag[st], x->w[k], MPFR_RNDN);
      mpfr_mul(t, x->w[k], dh, MPFR_RNDN);
      mpfr_sub(x->heat[st], x->heat[st], t, MPFR_RNDN);
    }
    mpfr_div_ui(x->diag[st], x->diag[st], x->N, MPFR_RNDN);
    mpfr_ui_sub(x->diag[st], 1, x->diag[st], MPFR_RNDN);
    mpfr_div_ui(x->heat[st], x->heat[st], x->N, MPFR_RNDN);
  }
  for (size_t st = 0; st < x->ns; st++)
    for (unsigned i = 0; i < x->N; i++) {
      size_t k = st * x->N + i, back = (st ^ ((size_t)1 << i)) * x->N + i;
      mpfr_sub(x->ldb[k], x->tw[k], x->w[back], MPFR_RNDN);
    }
  mpfr_clears(dh, e, t, (mpfr_ptr)0);
}
#line 564 "noweb/denseam.nw"
static void exact_apply(const exact_model *x, mpfr_t *out, mpfr_t *in, int tilted)
{
  mpfr_t t;
  mpfr_init2(t, x->wp);
  for (size_t st = 0; st < x->ns; st++) {
    mpfr_mul(out[st], in[st], x->diag[st], MPFR_RNDN);
    for (unsigned i = 0; i < x->N; i++) {
      size_t from = st ^ ((size_t)1 << i);
      mpfr_mul(t, in[from], tilted ? x->tw[from * x->N + i] : x->w[from * x->N + i], MPFR_RNDN);
      mpfr_div_ui(t, t, x->N, MPFR_RNDN);
      mpfr_add(out[st], out[st], t, MPFR_RNDN);
    }
  }
  mpfr_clear(t);
}

static mpfr_t *exact_vector(const exact_model *x)
{
  mpfr_t *v = malloc(x->ns * sizeof *v);
  assert(v != NULL);
  for (size_t st = 0; st < x->ns; st++)
    mpfr_init2(v[st], x->wp);
  return v;
}

static void exact_vector_free(const exact_model *x, mpfr_t *v)
{
  if (!v)
    return;
  for (size_t st = 0; st < x->ns; st++)
    mpfr_clear(v[st]);
  free(v);
}

static void exact_interval(const exact_model *x, mpfr_t **vec, mpfr_srcptr dt, mpfr_t heat)
{
  mpfr_t pk, tail, h, t, mu, stop;
  mpfr_inits2(x->wp, pk, tail, h, t, mu, stop, (mpfr_ptr)0);
  mpfr_mul_ui(mu, dt, x->N, MPFR_RNDN);
  mpfr_neg(pk, mu, MPFR_RNDN);
  mpfr_expm1(tail, pk, MPFR_RNDN);
  mpfr_neg(tail, tail, MPFR_RNDN);               /* Pr[Pois > 0] = -expm1(-mu), not 1 - e^-mu */
  mpfr_exp(pk, pk, MPFR_RNDN);
  mpfr_set_ui_2exp(stop, 1, -(long)x->wp - 1, MPFR_RNDN);
  if (mpfr_cmp_ui(mu, 1) < 0)
    mpfr_mul(stop, stop, mu, MPFR_RNDN);         /* the tail relative to the O(mu) change */
  double mud = mpfr_get_d(mu, MPFR_RNDN);
  mpfr_t *acc[3] = {NULL, NULL, NULL}, *nxt = exact_vector(x);
  for (int v = 0; v < 3; v++)
    if (vec[v]) {
      acc[v] = exact_vector(x);
      for (size_t st = 0; st < x->ns; st++)
        mpfr_set_ui(acc[v][st], 0, MPFR_RNDN);
    }
  for (unsigned long k = 0;; k++) {
    for (int v = 0; v < 3; v++)
      if (vec[v])
        for (size_t st = 0; st < x->ns; st++)
          mpfr_fma(acc[v][st], pk, vec[v][st], acc[v][st], MPFR_RNDN);
    if (vec[0] && heat) {
      mpfr_set_ui(h, 0, MPFR_RNDN);
      for (size_t st = 0; st < x->ns; st++)
        mpfr_fma(h, vec[0][st], x->heat[st], h, MPFR_RNDN);
      mpfr_fma(heat, tail, h, heat, MPFR_RNDN);
    }
    mpfr_mul(pk, pk, mu, MPFR_RNDN);             /* the same mu as exp(-mu), not its double */
    mpfr_div_ui(pk, pk, k + 1, MPFR_RNDN);
    mpfr_sub(tail, tail, pk, MPFR_RNDN);         /* Pr[Pois > k + 1] */
    if ((double)k + 2 > 2 * mud && (mpfr_cmp(pk, stop) < 0 || mpfr_zero_p(pk)))
      break;
    for (int v = 0; v < 3; v++)
      if (vec[v]) {
        exact_apply(x, nxt, vec[v], v == 1);
        for (size_t st = 0; st < x->ns; st++)
          mpfr_swap(nxt[st], vec[v][st]);
      }
  }
  for (int v = 0; v < 3; v++)
    if (vec[v]) {
      for (size_t st = 0; st < x->ns; st++)
        mpfr_swap(acc[v][st], vec[v][st]);
      exact_vector_free(x, acc[v]);
    }
  exact_vector_free(x, nxt);
  mpfr_clears(pk, tail, h, t, mu, stop, (mpfr_ptr)0);
}
#line 663 "noweb/denseam.nw"
void Denseam_exact_init(Denseam_exact_result *r, mpfr_prec_t prec)
{
  mpfr_inits2(prec, r->ift, r->jarzynski, r->zratio, r->sigma, r->work, r->heat, r->denergy,
              r->dissipated, r->m1, r->entropy0, r->entropy_tau, r->lambda_abs, r->ldb,
              (mpfr_ptr)0);
}

void Denseam_exact_clear(Denseam_exact_result *r)
{
  mpfr_clears(r->ift, r->jarzynski, r->zratio, r->sigma, r->work, r->heat, r->denergy,
              r->dissipated, r->m1, r->entropy0, r->entropy_tau, r->lambda_abs, r->ldb,
              (mpfr_ptr)0);
}

#line 767 "noweb/denseam.nw"
static void exact_start(const exact_model *x, const Denseam_protocol *pr, mpfr_t *p0)
{
  mpfr_t t, z, lam;
  mpfr_inits2(x->wp, t, z, lam, (mpfr_ptr)0);
  mpfr_set_ui(z, 0, MPFR_RNDN);
  unsigned k = (unsigned)lround(pr->eps * x->N);
  if (pr->start == DENSEAM_EQUILIBRIUM) {
    mpfr_set_d(lam, pr->h0, MPFR_RNDN);
    for (size_t st = 0; st < x->ns; st++) {
      exact_hamiltonian(t, x, st, lam);
      mpfr_mul(t, t, x->beta, MPFR_RNDN);
      mpfr_neg(t, t, MPFR_RNDN);
      mpfr_exp(p0[st], t, MPFR_RNDN);
    }
  } else if (pr->start == DENSEAM_PRODUCT) {
    mpfr_set_d(t, pr->h0, MPFR_RNDN);
    mpfr_mul(t, t, x->beta, MPFR_RNDN);
    for (size_t st = 0; st < x->ns; st++)
      mpfr_mul_si(p0[st], t, x->cs[st], MPFR_RNDN), mpfr_exp(p0[st], p0[st], MPFR_RNDN);
  } else {
    for (size_t st = 0; st < x->ns; st++) {
      unsigned d = (unsigned)(x->N - (unsigned)x->m1[st]) / 2;
      mpfr_set_ui(p0[st], d == k, MPFR_RNDN);
    }
  }
  for (size_t st = 0; st < x->ns; st++)
    mpfr_add(z, z, p0[st], MPFR_RNDN);
  for (size_t st = 0; st < x->ns; st++)
    mpfr_div(p0[st], p0[st], z, MPFR_RNDN);
  mpfr_clears(t, z, lam, (mpfr_ptr)0);
}
#line 806 "noweb/denseam.nw"
static void exact_entropy(mpfr_t s, const exact_model *x, mpfr_t *p)
{
  mpfr_t t;
  mpfr_init2(t, x->wp);
  mpfr_set_ui(s, 0, MPFR_RNDN);
  for (size_t st = 0; st < x->ns; st++)
    if (mpfr_sgn(p[st]) > 0) {
      mpfr_log(t, p[st], MPFR_RNDN);
      mpfr_mul(t, t, p[st], MPFR_RNDN);
      mpfr_sub(s, s, t, MPFR_RNDN);
    }
  mpfr_clear(t);
}

static void exact_partition(mpfr_t z, const exact_model *x, double lambda)
{
  mpfr_t t, lam;
  mpfr_inits2(x->wp, t, lam, (mpfr_ptr)0);
  mpfr_set_d(lam, lambda, MPFR_RNDN);
  mpfr_set_ui(z, 0, MPFR_RNDN);
  for (size_t st = 0; st < x->ns; st++) {
    exact_hamiltonian(t, x, st, lam);
    mpfr_mul(t, t, x->beta, MPFR_RNDN);
    mpfr_neg(t, t, MPFR_RNDN);
    mpfr_exp(t, t, MPFR_RNDN);
    mpfr_add(z, z, t, MPFR_RNDN);
  }
  mpfr_clears(t, lam, (mpfr_ptr)0);
}

#line 680 "noweb/denseam.nw"
static void exact_run_at(Denseam_exact_result *r, const Denseam_patterns *p,
                         const signed char *c, const Denseam_protocol *pr, mpfr_srcptr T,
                         mpfr_srcptr tau, double *lnp0, double *lnptau, int light)
{
  assert(pr->steps >= 1 && pr->tau >= 0 && pr->h0 >= 0 && pr->T > 0);
  mpfr_exp_t emin = mpfr_get_emin(), emax = mpfr_get_emax();
  mpfr_set_emin(mpfr_get_emin_min());            /* e^(beta H) for T down to 1e-12 */
  mpfr_set_emax(mpfr_get_emax_max());
  double span = ((double)p->K + pr->h0) * p->N / pr->T;   /* bounds beta |H| and beta |dH| */
  mpfr_prec_t wp = mpfr_get_prec(r->ift) + 32 + (span > 1 ? (mpfr_prec_t)ceil(log2(span)) : 0);
  mpfr_exp_t te = tau ? (mpfr_zero_p(tau) ? 0 : mpfr_get_exp(tau))
                      : (pr->tau > 0 ? ilogb(pr->tau) + 1 : 0);
  if (te < 0)
    wp += -te;                                   /* p moves by O(tau): keep that move's bits */
  exact_model x;
  exact_model_init(&x, p, c, pr->T, wp);
  mpfr_t *pv = exact_vector(&x), *vv = exact_vector(&x), *jv = exact_vector(&x),
         *p0 = exact_vector(&x);
  mpfr_t work, heat, t, u, ldb, dt;
  mpfr_inits2(wp, work, heat, t, u, ldb, dt, (mpfr_ptr)0);
  if (T)
    mpfr_ui_div(x.beta, 1, T, MPFR_RNDN);        /* the decimal T, not its double */
  if (tau)
    mpfr_div_ui(dt, tau, (unsigned long)pr->steps, MPFR_RNDN);
  else
    mpfr_set_d(dt, pr->tau / pr->steps, MPFR_RNDN);
  exact_start(&x, pr, p0);
  for (size_t st = 0; st < x.ns; st++) {
    mpfr_set(pv[st], p0[st], MPFR_RNDN);
    mpfr_set(jv[st], p0[st], MPFR_RNDN);
    mpfr_set_ui(vv[st], mpfr_zero_p(p0[st]) ? 0 : 1, MPFR_RNDN);
  }
  mpfr_set_ui(work, 0, MPFR_RNDN);
  mpfr_set_ui(heat, 0, MPFR_RNDN);
  mpfr_set_ui(ldb, 0, MPFR_RNDN);
  for (int k = 1; k <= pr->steps; k++) {
    
#line 751 "noweb/denseam.nw"
{
  double dl = Denseam_field(pr, k - 1) - Denseam_field(pr, k);
  mpfr_set_d(u, dl, MPFR_RNDN);
  mpfr_mul(u, u, x.beta, MPFR_RNDN);
  for (size_t st = 0; st < x.ns; st++) {
    mpfr_mul_si(t, pv[st], x.cs[st], MPFR_RNDN);
    mpfr_mul_d(t, t, dl, MPFR_RNDN);
    mpfr_add(work, work, t, MPFR_RNDN);
    mpfr_mul_si(t, u, -x.cs[st], MPFR_RNDN);
    mpfr_exp(t, t, MPFR_RNDN);
    mpfr_mul(jv[st], jv[st], t, MPFR_RNDN);
  }
}
#line 717 "noweb/denseam.nw"
    exact_level(&x, Denseam_field(pr, k));
    for (size_t i = 0; i < x.ns * x.N; i++) {
      mpfr_abs(t, x.ldb[i], MPFR_RNDN);
      mpfr_max(ldb, ldb, t, MPFR_RNDN);
    }
    mpfr_t *vecs[3] = {pv, light ? NULL : vv, light ? NULL : jv};
    exact_interval(&x, vecs, dt, heat);
  }
  
#line 838 "noweb/denseam.nw"
{
  mpfr_t s0, s1, a, lam;
  mpfr_inits2(wp, s0, s1, a, lam, (mpfr_ptr)0);
  mpfr_set_ui(a, 0, MPFR_RNDN);
  for (size_t st = 0; st < x.ns; st++)
    mpfr_fma(a, vv[st], pv[st], a, MPFR_RNDN);
  mpfr_set(r->ift, a, MPFR_RNDN);
  mpfr_set_ui(a, 0, MPFR_RNDN);
  for (size_t st = 0; st < x.ns; st++)
    mpfr_add(a, a, jv[st], MPFR_RNDN);
  mpfr_set(r->jarzynski, a, MPFR_RNDN);
  exact_partition(s0, &x, pr->h0);
  exact_partition(s1, &x, 0);
  mpfr_div(a, s1, s0, MPFR_RNDN);
  mpfr_set(r->zratio, a, MPFR_RNDN);
  mpfr_log(a, a, MPFR_RNDN);
  mpfr_mul(t, work, x.beta, MPFR_RNDN);
  mpfr_add(a, a, t, MPFR_RNDN);
  mpfr_set(r->dissipated, a, MPFR_RNDN);
  mpfr_set(r->work, work, MPFR_RNDN);
  mpfr_set(r->heat, heat, MPFR_RNDN);
  mpfr_set_ui(a, 0, MPFR_RNDN);
  mpfr_set_ui(lam, 0, MPFR_RNDN);
  for (size_t st = 0; st < x.ns; st++) {
    exact_hamiltonian(t, &x, st, lam);
    mpfr_fma(a, t, pv[st], a, MPFR_RNDN);
  }
  mpfr_set_d(lam, pr->h0, MPFR_RNDN);
  for (size_t st = 0; st < x.ns; st++) {
    exact_hamiltonian(t, &x, st, lam);
    mpfr_mul(t, t, p0[st], MPFR_RNDN);
    mpfr_sub(a, a, t, MPFR_RNDN);
  }
  mpfr_set(r->denergy, a, MPFR_RNDN);
  exact_entropy(s0, &x, p0);
  exact_entropy(s1, &x, pv);
  mpfr_set(r->entropy0, s0, MPFR_RNDN);
  mpfr_set(r->entropy_tau, s1, MPFR_RNDN);
  mpfr_sub(a, s1, s0, MPFR_RNDN);                /* dS first: beta Q + S1 would absorb it */
  mpfr_mul(t, heat, x.beta, MPFR_RNDN);
  mpfr_add(a, a, t, MPFR_RNDN);
  mpfr_set(r->sigma, a, MPFR_RNDN);
  mpfr_set_ui(a, 0, MPFR_RNDN);
  for (size_t st = 0; st < x.ns; st++) {
    mpfr_mul_si(t, pv[st], x.m1[st], MPFR_RNDN);
    mpfr_add(a, a, t, MPFR_RNDN);
  }
  mpfr_div_ui(r->m1, a, x.N, MPFR_RNDN);
  mpfr_set(r->ldb, ldb, MPFR_RNDN);
  for (size_t st = 0; st < x.ns; st++) {
    if (lnp0)
      lnp0[st] = mpfr_zero_p(p0[st]) ? -INFINITY : log(mpfr_get_d(p0[st], MPFR_RNDN));
    if (lnptau) {
      mpfr_log(t, pv[st], MPFR_RNDN);
      lnptau[st] = mpfr_get_d(t, MPFR_RNDN);
    }
  }
  mpfr_clears(s0, s1, a, lam, (mpfr_ptr)0);
}
#line 726 "noweb/denseam.nw"
  
#line 905 "noweb/denseam.nw"
mpfr_set_ui(r->lambda_abs, 0, MPFR_RNDN);
if (pr->start == DENSEAM_SHELL) {
  for (int k = pr->steps; k >= 1; k--) {
    exact_level(&x, Denseam_field(pr, k));
    mpfr_t *vecs[3] = {pv, NULL, NULL};
    exact_interval(&x, vecs, dt, NULL);
  }
  mpfr_set_ui(t, 1, MPFR_RNDN);
  for (size_t st = 0; st < x.ns; st++)
    if (!mpfr_zero_p(p0[st]))
      mpfr_sub(t, t, pv[st], MPFR_RNDN);
  mpfr_set(r->lambda_abs, t, MPFR_RNDN);
}
#line 727 "noweb/denseam.nw"
  mpfr_clears(work, heat, t, u, ldb, dt, (mpfr_ptr)0);
  exact_vector_free(&x, pv), exact_vector_free(&x, vv), exact_vector_free(&x, jv);
  exact_vector_free(&x, p0);
  exact_model_clear(&x);
  mpfr_set_emin(emin), mpfr_set_emax(emax);
}

static void exact_run(Denseam_exact_result *r, const Denseam_patterns *p, const signed char *c,
                      const Denseam_protocol *pr, double *lnp0, double *lnptau, int light)
{
  exact_run_at(r, p, c, pr, NULL, NULL, lnp0, lnptau, light);
}

void Denseam_exact(Denseam_exact_result *r, const Denseam_patterns *p, const signed char *c,
                   const Denseam_protocol *pr, double *lnp0, double *lnptau)
{
  exact_run(r, p, c, pr, lnp0, lnptau, 0);
}
#line 944 "noweb/denseam.nw"
static uint32_t state_index(const signed char *s, unsigned N)
{
  uint32_t st = 0;
  for (unsigned i = 0; i < N && i < 32; i++)
    st |= (uint32_t)(s[i] > 0) << i;
  return st;
}

static double glauber_interval(const Denseam_patterns *p, const signed char *c, double lambda,
                               double beta, double dt, signed char *s, long *M, long *cs, Rng *rng)
{
  double heat = 0, t = -log(Rng_uniform(rng)) / p->N;
  while (t < dt) {
    unsigned i = (unsigned)(Rng_uniform(rng) * p->N);
    if (i >= p->N)
      i = p->N - 1;
    double dh = Denseam_flip_energy(p, M, s, i) + 2 * lambda * c[i] * s[i];
    if (Rng_uniform(rng) * (1 + exp(beta * dh)) < 1) {
      heat -= dh;
      for (size_t mu = 0; mu < p->K; mu++)
        M[mu] -= 2 * s[i] * p->xi[mu * p->N + i];
      *cs -= 2 * c[i] * s[i];
      s[i] = (signed char)-s[i];
    }
    t -= log(Rng_uniform(rng)) / p->N;
  }
  return heat;
}

void Denseam_trajectory(Denseam_path *out, const Denseam_patterns *p, const signed char *c,
                        const Denseam_protocol *pr, const double *cdf0, Rng *rng)
{
  unsigned N = p->N;
  double beta = 1 / pr->T;
  signed char *s = calloc(N, 1);
  long *M = malloc(p->K * sizeof *M), cs = 0;
  assert(s && M);
  
#line 1004 "noweb/denseam.nw"
if (pr->start == DENSEAM_EQUILIBRIUM && cdf0) {
  double u = Rng_uniform(rng);
  size_t lo = 0, hi = ((size_t)1 << N) - 1;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (cdf0[mid] < u)
      lo = mid + 1;
    else
      hi = mid;
  }
  for (unsigned i = 0; i < N; i++)
    s[i] = (signed char)((lo >> i) & 1 ? 1 : -1);
} else if (pr->start == DENSEAM_PRODUCT || pr->start == DENSEAM_EQUILIBRIUM) {
  double keep = (1 + tanh(beta * pr->h0)) / 2;
  for (unsigned i = 0; i < N; i++)
    s[i] = Rng_uniform(rng) < keep ? c[i] : (signed char)-c[i];
} else {
  unsigned k = (unsigned)lround(pr->eps * N);
  unsigned *idx = malloc(N * sizeof *idx);
  assert(idx != NULL);
  for (unsigned i = 0; i < N; i++)
    idx[i] = i, s[i] = p->xi[i];
  for (unsigned j = 0; j < k; j++) {
    unsigned r = j + (unsigned)(Rng_uniform(rng) * (N - j));
    if (r >= N)
      r = N - 1;
    unsigned tmp = idx[j];
    idx[j] = idx[r], idx[r] = tmp;
    s[idx[j]] = (signed char)-s[idx[j]];
  }
  free(idx);
}
#line 982 "noweb/denseam.nw"
  Denseam_overlaps(p, s, M);
  for (unsigned i = 0; i < N; i++)
    cs += c[i] * s[i];
  if (pr->start == DENSEAM_EQUILIBRIUM && !cdf0)
    glauber_interval(p, c, pr->h0, beta, DENSEAM_BURNIN, s, M, &cs, rng);
  out->s0 = state_index(s, N);
  double h_start = Denseam_energy(p, M) - pr->h0 * cs;
  out->work = out->heat = 0;
  for (int k = 1; k <= pr->steps; k++) {
    double lambda = Denseam_field(pr, k);
    out->work += (Denseam_field(pr, k - 1) - lambda) * cs;
    out->heat += glauber_interval(p, c, lambda, beta, pr->tau / pr->steps, s, M, &cs, rng);
  }
  out->denergy = Denseam_energy(p, M) - h_start;
  out->m1 = (double)M[0] / N;
  out->stau = state_index(s, N);
  free(s);
  free(M);
}
#line 1059 "noweb/denseam.nw"
enum { EXP_EXACT = 400, EXP_MC_PATTERNS = 401, EXP_MC = 402, EXP_TRADE = 403, EXP_TRADE_MC = 404,
       EXP_RETRIEVE = 407, EXACT_STEPS = 4, TRADE_STEPS = 16 };
typedef struct {
  int n;
  unsigned N;
  double alpha, T, eps, tau;
  int start;
} grid_point;

static const grid_point id_grid[] = {
    {2, 6, 0.1, 0.5, 0.25, 1.0, DENSEAM_EQUILIBRIUM},
    {3, 6, 0.1, 0.3, 0.25, 0.5, DENSEAM_EQUILIBRIUM},
    {4, 6, 0.02, 1.0, 0.25, 2.0, DENSEAM_EQUILIBRIUM},
    {3, 8, 0.05, 1.5, 0.25, 4.0, DENSEAM_EQUILIBRIUM},
    {2, 6, 0.1, 0.5, 0.25, 1.0, DENSEAM_PRODUCT},
    {4, 6, 0.02, 0.3, 0.25, 2.0, DENSEAM_PRODUCT},
    {3, 8, 0.05, 1.5, 0.25, 0.5, DENSEAM_PRODUCT},
};
enum { ID_POINTS = sizeof id_grid / sizeof id_grid[0] };
static const grid_point shell_grid[] = {
  {2, 6, 0.1, 0.5, 0.25, 1.0, DENSEAM_SHELL}, {4, 6, 0.02, 1.0, 0.25, 2.0, DENSEAM_SHELL},
  {3, 8, 0.05, 0.5, 0.25, 0.5, DENSEAM_SHELL},
};
enum { SHELL_POINTS = sizeof shell_grid / sizeof shell_grid[0] };

static void exact_point(Denseam_exact_result *r, const grid_point *g, double h0, int steps,
                        uint64_t seed, uint64_t experiment, uint64_t replicate, int light,
                        double *lnp0, double *lnptau)
{
  Denseam_patterns p;
  Denseam_patterns_draw(&p, g->n, g->N, Denseam_load(g->n, g->N, g->alpha), seed, experiment,
                        replicate);
  signed char c[32];
  Denseam_cue(c, &p, g->eps);
  Denseam_protocol pr = {.T = g->T, .eps = g->eps, .tau = g->tau, .h0 = h0, .steps = steps,
                         .start = g->start};
  exact_run(r, &p, c, &pr, lnp0, lnptau, light);
  Denseam_patterns_free(&p);
}

static void found_otherwise(Ledger_result *r)
{
  if (r->verdict != LEDGER_VERIFIED) /* the rule's summary names both sides */
    Ledger_found(r, "%s", r->summary);
}

enum { RESIDUAL_FIRST_LAW, RESIDUAL_IFT, RESIDUAL_JARZYNSKI, RESIDUAL_ABSOLUTE };
typedef struct {
  uint64_t seed;
  int which;
} residual_ctx;

static void grid_residual(mpfr_t res, mpfr_prec_t prec, void *ctx)
{
  const residual_ctx *rc = ctx;
  int shell = rc->which == RESIDUAL_ABSOLUTE;
  const grid_point *grid = shell ? shell_grid : id_grid;
  Denseam_exact_result r;
  Denseam_exact_init(&r, prec + 32);
  mpfr_t a, b;
  mpfr_inits2(prec + 32, a, b, (mpfr_ptr)0);
  mpfr_set_zero(res, 1);
  for (int i = 0; i < (shell ? SHELL_POINTS : ID_POINTS); i++) {
    if (rc->which == RESIDUAL_JARZYNSKI && grid[i].start != DENSEAM_EQUILIBRIUM)
      continue;
    exact_point(&r, &grid[i], 1.0, EXACT_STEPS, rc->seed, EXP_EXACT, (uint64_t)(shell ? 10 + i : i),
                0, NULL, NULL);
    mpfr_set_ui(b, 1, MPFR_RNDN);
    switch (rc->which) {
    case RESIDUAL_FIRST_LAW:
      mpfr_sub(a, r.work, r.denergy, MPFR_RNDN);
      mpfr_sub(a, a, r.heat, MPFR_RNDN);
      mpfr_div_ui(a, a, grid[i].N, MPFR_RNDN);
      mpfr_set_zero(b, 1);
      Ledger_widen(res, a, b);
      mpfr_max(res, res, r.ldb, MPFR_RNDN);
      break;
    case RESIDUAL_IFT:
      Ledger_widen(res, r.ift, b);
      break;
    case RESIDUAL_JARZYNSKI:
      mpfr_div(a, r.jarzynski, r.zratio, MPFR_RNDN);
      Ledger_widen(res, a, b);
      break;
    default:
      mpfr_sub(b, b, r.lambda_abs, MPFR_RNDN);
      Ledger_widen(res, r.ift, b);
    }
  }
  mpfr_clears(a, b, (mpfr_ptr)0);
  Denseam_exact_clear(&r);
}
#line 1173 "noweb/denseam.nw"
static double trajectory_first_law(uint64_t seed, unsigned ntraj, double *mean_w)
{
  Denseam_patterns p;
  Denseam_patterns_draw(&p, 3, 64, Denseam_load(3, 64, 0.02), seed, EXP_MC_PATTERNS, 99);
  signed char c[64];
  Denseam_cue(c, &p, 0.25);
  Denseam_protocol pr = {.T = 0.3, .eps = 0.25, .tau = 2, .h0 = 1, .steps = EXACT_STEPS,
                         .start = DENSEAM_PRODUCT};
  double worst = 0, sw = 0;
  for (unsigned k = 0; k < ntraj; k++) {
    Rng rng;
    Rng_init(&rng, seed, EXP_MC, 1000000 + k);
    Denseam_path path;
    Denseam_trajectory(&path, &p, c, &pr, NULL, &rng);
    double gap = fabs(path.work - path.denergy - path.heat) / p.N;
    worst = gap > worst ? gap : worst;
    sw += path.work / p.N;
  }
  Denseam_patterns_free(&p);
  *mean_w = sw / ntraj;
  return worst;
}

static void check_first_law(const Ledger_options *o, Ledger_result *r)
{
  residual_ctx rc = {o->seed, RESIDUAL_FIRST_LAW};
  Ledger_identity(r, grid_residual, &rc, o->prec, 4);
  double mw;
  Ledger_field_double(r, "traj_first_law_max", trajectory_first_law(o->seed, 4096, &mw));
  Ledger_field_double(r, "traj_mean_work_per_unit", mw);
  found_otherwise(r);
}
#line 1225 "noweb/denseam.nw"
static void check_ift(const Ledger_options *o, Ledger_result *r)
{
  residual_ctx rc = {o->seed, RESIDUAL_IFT};
  Ledger_identity(r, grid_residual, &rc, o->prec, 4);
  found_otherwise(r);
}

static void check_jarzynski(const Ledger_options *o, Ledger_result *r)
{
  residual_ctx rc = {o->seed, RESIDUAL_JARZYNSKI};
  Ledger_identity(r, grid_residual, &rc, o->prec, 4);
  Denseam_exact_result e;
  Denseam_exact_init(&e, 64);
  exact_point(&e, &id_grid[0], 1.0, EXACT_STEPS, o->seed, EXP_EXACT, 0, 0, NULL, NULL);
  Ledger_field_mpfr(r, "exp_minus_beta_dF_point0", e.zratio, 10);
  Denseam_exact_clear(&e);
  found_otherwise(r);
}

static void second_law_slack(mpfr_t slack, char *where, size_t size, mpfr_prec_t prec, void *ctx)
{
  uint64_t seed = *(const uint64_t *)ctx;
  Denseam_exact_result e;
  Denseam_exact_init(&e, prec);
  mpfr_set_inf(slack, 1);
  for (int i = 0; i < ID_POINTS; i++) {
    const grid_point *g = &id_grid[i];
    exact_point(&e, g, 1.0, EXACT_STEPS, seed, EXP_EXACT, (uint64_t)i, 0, NULL, NULL);
    if (mpfr_less_p(e.sigma, slack))
      mpfr_set(slack, e.sigma, MPFR_RNDN),
          snprintf(where, size, "<Sigma>, grid point %d (n=%d N=%u T=%g tau=%g)", i, g->n, g->N,
                   g->T, g->tau);
    if (g->start == DENSEAM_EQUILIBRIUM && mpfr_less_p(e.dissipated, slack))
      mpfr_set(slack, e.dissipated, MPFR_RNDN),
          snprintf(where, size, "beta(<W>-dF), grid point %d (n=%d N=%u T=%g tau=%g)", i, g->n,
                   g->N, g->T, g->tau);
  }
  Denseam_exact_clear(&e);
}

static void check_second_law(const Ledger_options *o, Ledger_result *r)
{
  uint64_t seed = o->seed;
  Ledger_inequality_mpfr(r, second_law_slack, &seed, o->prec);
  Denseam_exact_result e;
  Denseam_exact_init(&e, 64);
  double smax = 0;
  for (int i = 0; i < ID_POINTS; i++) {
    exact_point(&e, &id_grid[i], 1.0, EXACT_STEPS, o->seed, EXP_EXACT, (uint64_t)i, 0, NULL, NULL);
    smax = fmax(smax, mpfr_get_d(e.sigma, MPFR_RNDN));
  }
  Ledger_field_double(r, "max_mean_sigma", smax);
  Denseam_exact_clear(&e);
  found_otherwise(r);
}
#line 1297 "noweb/denseam.nw"
static void check_absolute(const Ledger_options *o, Ledger_result *r)
{
  residual_ctx rc = {o->seed, RESIDUAL_ABSOLUTE};
  Ledger_identity(r, grid_residual, &rc, o->prec, 4);
  Denseam_exact_result e;
  Denseam_exact_init(&e, 64);
  double lmin = INFINITY;
  for (int i = 0; i < SHELL_POINTS; i++) {
    exact_point(&e, &shell_grid[i], 1.0, EXACT_STEPS, o->seed, EXP_EXACT, 10 + (uint64_t)i, 0, NULL,
                NULL);
    double l = mpfr_get_d(e.lambda_abs, MPFR_RNDN);
    lmin = l < lmin ? l : lmin;
  }
  Ledger_field_double(r, "min_lambda_abs", lmin);
  Denseam_exact_clear(&e);
  found_otherwise(r);
}
#line 1340 "noweb/denseam.nw"
static const grid_point mc_grid[] = {
  {2, 8, 0.1, 1.0, 0.25, 2.0, DENSEAM_EQUILIBRIUM},
  {4, 8, 0.02, 1.0, 0.25, 1.0, DENSEAM_EQUILIBRIUM},
  {3, 8, 0.05, 0.5, 0.25, 0.5, DENSEAM_PRODUCT},
};
enum { MC_POINTS = 3, MC_ESTIMATORS = 5, MC_TRAJ = 1 << 15 };
static const char *const mc_names[MC_ESTIMATORS] = {"exp(-Sigma)", "exp(-beta W)", "Sigma",
                                                    "beta W", "m1"};

static void mc_point(Ledger_mc *mc, double *sd_ems, const grid_point *g, uint64_t seed,
                     uint64_t point, uint64_t ntraj, int threads)
{
  Denseam_patterns p;
  Denseam_patterns_draw(&p, g->n, g->N, Denseam_load(g->n, g->N, g->alpha), seed, EXP_MC_PATTERNS,
                        point);
  signed char c[32];
  Denseam_cue(c, &p, g->eps);
  Denseam_protocol pr = {.T = g->T, .eps = g->eps, .tau = g->tau, .h0 = 1, .steps = EXACT_STEPS,
                         .start = g->start};
  size_t ns = (size_t)1 << g->N;
  double *lnp0 = malloc(ns * sizeof *lnp0), *lnpt = malloc(ns * sizeof *lnpt),
         *cdf = malloc(ns * sizeof *cdf), *rec = malloc(ntraj * MC_ESTIMATORS * sizeof *rec);
  assert(lnp0 && lnpt && cdf && rec);
  Denseam_exact_result e;
  Denseam_exact_init(&e, 64);
  exact_run(&e, &p, c, &pr, lnp0, lnpt, 0);
  double acc = 0;
  for (size_t st = 0; st < ns; st++)
    acc += exp(lnp0[st]), cdf[st] = acc;
  for (size_t st = 0; st < ns; st++)
    cdf[st] /= acc;
  double beta = 1 / g->T;
#pragma omp parallel for schedule(static) num_threads(threads > 0 ? threads : omp_get_max_threads())
  for (int64_t k = 0; k < (int64_t)ntraj; k++) {
    Rng rng;
    Rng_init(&rng, seed, EXP_MC, (point << 20) + (uint64_t)k);
    Denseam_path path;
    Denseam_trajectory(&path, &p, c, &pr, cdf, &rng);
    double sigma = beta * path.heat + lnp0[path.s0] - lnpt[path.stau], *x = rec + k * MC_ESTIMATORS;
    x[0] = exp(-sigma), x[1] = exp(-beta * path.work), x[2] = sigma, x[3] = beta * path.work;
    x[4] = path.m1;
  }
  double exact[MC_ESTIMATORS] = {1, mpfr_get_d(e.zratio, MPFR_RNDN), mpfr_get_d(e.sigma, MPFR_RNDN),
                                 beta * mpfr_get_d(e.work, MPFR_RNDN), mpfr_get_d(e.m1, MPFR_RNDN)};
  for (int j = 0; j < MC_ESTIMATORS; j++) {
    Stats s;
    Stats_init(&s);
    for (uint64_t k = 0; k < ntraj; k++)
      Stats_add(&s, rec[k * MC_ESTIMATORS + j]);
    Ledger_mc_set(&mc[j], Stats_mean(&s), Stats_stderr(&s), exact[j], ntraj);
    if (j == 0)
      *sd_ems = sqrt(Stats_variance(&s));
  }
  Denseam_exact_clear(&e);
  free(lnp0), free(lnpt), free(cdf), free(rec);
  Denseam_patterns_free(&p);
}

static void check_mc_small(const Ledger_options *o, Ledger_result *r)
{
  uint64_t ntraj = o->samples ? o->samples : MC_TRAJ;
  Ledger_mc mc[MC_ESTIMATORS], all[MC_POINTS * MC_ESTIMATORS];
  int point[MC_POINTS * MC_ESTIMATORS], which[MC_POINTS * MC_ESTIMATORS];
  size_t n = 0;
  double sdmax = 0;
  for (int i = 0; i < MC_POINTS; i++) {
    double sd = 0;
    mc_point(mc, &sd, &mc_grid[i], o->seed, (uint64_t)i, ntraj, o->threads);
    sdmax = sd > sdmax ? sd : sdmax;
    for (int j = 0; j < MC_ESTIMATORS; j++)
      if (j != 1 || mc_grid[i].start == DENSEAM_EQUILIBRIUM)
        all[n] = mc[j], point[n] = i, which[n++] = j;
    char key[32];
    snprintf(key, sizeof key, "z_ift_point%d", i);
    Ledger_field_double(r, key, mc[0].z);
  }
  size_t w = Ledger_stochastic_worst(r, all, n, 5);
  char what[64];
  snprintf(what, sizeof what, "%s at point %d", mc_names[which[w]], point[w]);
  Ledger_field_text(r, "worst", what);
  Ledger_field_double(r, "max_sd_exp_minus_sigma", sdmax);
  found_otherwise(r);
}
#line 3030 "noweb/denseam.nw"
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
#line 3158 "noweb/denseam.nw"
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

static void check_metastable(const Ledger_options *o, Ledger_result *r)
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
  found_otherwise(r);
}
#line 3283 "noweb/denseam.nw"
static int write_basin(const char *dir, const Ledger_options *opt)
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
#line 1588 "noweb/denseam.nw"
static const double large_level = 0.9;

static void mf_rhs(double *d, const double *x, int n, double beta, double eps, double lambda)
{
  double m = (1 - eps) * x[0] + eps * x[1], f = pow(m, n - 1);
  d[0] = -x[0] + tanh(beta * (f + lambda));
  d[1] = -x[1] + tanh(beta * (f - lambda));
}

static void mf_step(double *x, double h, int n, double beta, double eps, double lambda)
{
  double k1[2], k2[2], k3[2], k4[2], y[2];
  mf_rhs(k1, x, n, beta, eps, lambda);
  for (int j = 0; j < 2; j++)
    y[j] = x[j] + h / 2 * k1[j];
  mf_rhs(k2, y, n, beta, eps, lambda);
  for (int j = 0; j < 2; j++)
    y[j] = x[j] + h / 2 * k2[j];
  mf_rhs(k3, y, n, beta, eps, lambda);
  for (int j = 0; j < 2; j++)
    y[j] = x[j] + h * k3[j];
  mf_rhs(k4, y, n, beta, eps, lambda);
  for (int j = 0; j < 2; j++)
    x[j] += h / 6 * (k1[j] + 2 * k2[j] + 2 * k3[j] + k4[j]);
}

static void mf_hold(double *x, double len, double h, int n, double beta, double eps, double lambda,
                    double t0, double *tcross)
{
  if (len <= 0)
    return;
  long steps = (long)ceil(len / h - 1e-9);
  steps = steps < 1 ? 1 : steps;
  double dt = len / steps;
  for (long s = 0; s < steps; s++) {
    double y[2] = {x[0], x[1]};
    mf_step(x, dt, n, beta, eps, lambda);
    if (tcross && isnan(*tcross) && (1 - eps) * y[0] + eps * y[1] < large_level &&
        (1 - eps) * x[0] + eps * x[1] >= large_level) {
      double lo = 0, hi = dt;
      for (int it = 0; it < 60; it++) {
        double mid = (lo + hi) / 2, z[2] = {y[0], y[1]};
        mf_step(z, mid, n, beta, eps, lambda);
        if ((1 - eps) * z[0] + eps * z[1] < large_level)
          lo = mid;
        else
          hi = mid;
      }
      *tcross = t0 + (double)s * dt + (lo + hi) / 2;
    }
  }
}

static void mf_run(Denseam_meanfield_result *r, int n, const Denseam_protocol *pr, double h,
                   double tmax)
{
  double beta = 1 / pr->T, eps = pr->eps, x[2] = {tanh(beta * pr->h0), -tanh(beta * pr->h0)};
  if (pr->start == DENSEAM_EQUILIBRIUM)
    mf_hold(x, 200, h, n, beta, eps, pr->h0, 0, NULL);
  r->xa0 = x[0], r->xb0 = x[1];
  r->work = 0;
  r->t09 = (1 - eps) * x[0] + eps * x[1] >= large_level ? 0 : NAN;
  for (int k = 1; k <= pr->steps; k++) {
    double lambda = Denseam_field(pr, k);
    r->work += (Denseam_field(pr, k - 1) - lambda) * ((1 - eps) * x[0] - eps * x[1]);
    double t0 = (k - 1) * pr->tau / pr->steps;
    mf_hold(x, pr->tau / pr->steps, h, n, beta, eps, lambda, t0, &r->t09);
  }
  r->m1 = (1 - eps) * x[0] + eps * x[1];
  if (isnan(r->t09))
    mf_hold(x, tmax, h, n, beta, eps, 0, pr->tau, &r->t09);
}

void Denseam_meanfield(Denseam_meanfield_result *r, int n, const Denseam_protocol *pr, double tmax)
{
  assert(n >= 2 && pr->T > 0 && pr->steps >= 1 && pr->tau >= 0 && tmax >= 0);
  Denseam_meanfield_result coarse;
  mf_run(&coarse, n, pr, 0x1p-9, tmax);
  mf_run(r, n, pr, 0x1p-10, tmax);
  double e = fmax(fabs(coarse.work - r->work), fabs(coarse.m1 - r->m1));
  r->err = isnan(r->t09) ? e : fmax(e, fabs(coarse.t09 - r->t09));
}
#line 1679 "noweb/denseam.nw"
typedef struct {
  int n;
  unsigned N, NA, k;
  double beta, scale;
  size_t ns;
  double *lb;
} class_model;

static void class_init(class_model *x, int n, unsigned N, double eps, double T, int tables)
{
  assert(n >= 2 && N >= 1 && eps >= 0 && eps <= 1 && T > 0 && pow(N + 2.0, n) < 0x1p53);
  x->n = n, x->N = N, x->k = (unsigned)lround(eps * N), x->NA = N - x->k, x->beta = 1 / T;
  x->ns = (size_t)(x->NA + 1) * (x->k + 1);
  x->scale = n * pow((double)N, n - 1);
  x->lb = NULL;
  if (!tables)
    return;
  x->lb = malloc((x->NA + x->k + 2) * sizeof *x->lb);
  assert(x->lb != NULL);
  for (unsigned a = 0; a <= x->NA; a++)
    x->lb[a] = ln_binomial(x->NA, a);
  for (unsigned b = 0; b <= x->k; b++)
    x->lb[x->NA + 1 + b] = ln_binomial(x->k, b);
}

static void class_free(class_model *x) { free(x->lb); }
static long class_M(const class_model *x, long a, long b)
{
  return 2 * a - (long)x->NA + 2 * b - (long)x->k;
}

static long class_cs(const class_model *x, long a, long b)
{
  return 2 * a - (long)x->NA - 2 * b + (long)x->k;
}

static double class_lnmult(const class_model *x, long a, long b)
{
  return x->lb[a] + x->lb[x->NA + 1 + b];
}

static double class_dh(const class_model *x, long M, int sigma, int g, double lambda)
{
  return -(double)(ipow(M - 2 * sigma, x->n) - ipow(M, x->n)) / x->scale + 2 * lambda * g * sigma;
}

static double class_lnweight(const class_model *x, long a, long b, double lambda)
{
  return class_lnmult(x, a, b) +
         x->beta * ((double)ipow(class_M(x, a, b), x->n) / x->scale + lambda * class_cs(x, a, b));
}

double Denseam_class_lnz(int n, unsigned N, double eps, double T, double lambda)
{
  class_model x;
  class_init(&x, n, N, eps, T, 1);
  double mx = -INFINITY, s = 0;
  for (long a = 0; a <= x.NA; a++)
    for (long b = 0; b <= x.k; b++)
      mx = fmax(mx, class_lnweight(&x, a, b, lambda));
  for (long a = 0; a <= x.NA; a++)
    for (long b = 0; b <= x.k; b++)
      s += exp(class_lnweight(&x, a, b, lambda) - mx);
  class_free(&x);
  return mx + log(s);
}

static double class_dfree(int n, unsigned N, const Denseam_protocol *pr)
{
  return -pr->T * (Denseam_class_lnz(n, N, pr->eps, pr->T, 0) -
                   Denseam_class_lnz(n, N, pr->eps, pr->T, pr->h0));
}
#line 1759 "noweb/denseam.nw"
static void class_start(const class_model *x, const Denseam_protocol *pr, double *p)
{
  assert(pr->start == DENSEAM_EQUILIBRIUM || pr->start == DENSEAM_PRODUCT);
  double q = (1 + tanh(x->beta * pr->h0)) / 2, mx = -INFINITY, s = 0;
  for (long a = 0; a <= x->NA; a++)
    for (long b = 0; b <= x->k; b++) {
      double w = pr->start == DENSEAM_EQUILIBRIUM
                     ? class_lnweight(x, a, b, pr->h0)
                     : class_lnmult(x, a, b) + (double)(a + (long)x->k - b) * log(q) +
                           (double)((long)x->NA - a + b) * log1p(-q);
      p[(size_t)a * (x->k + 1) + (size_t)b] = w;
      mx = fmax(mx, w);
    }
  for (size_t i = 0; i < x->ns; i++)
    s += (p[i] = exp(p[i] - mx));
  for (size_t i = 0; i < x->ns; i++)
    p[i] /= s;
}

double *Denseam_class_cdf(int n, unsigned N, const Denseam_protocol *pr)
{
  class_model x;
  class_init(&x, n, N, pr->eps, pr->T, 1);
  double *p = malloc(x.ns * sizeof *p), acc = 0;
  assert(p != NULL);
  class_start(&x, pr, p);
  for (size_t i = 0; i < x.ns; i++)
    acc += p[i], p[i] = acc;
  class_free(&x);
  return p;
}
#line 1806 "noweb/denseam.nw"
static void class_level(const class_model *x, double lambda, double *mv, double *q)
{
  static const int sg[4] = {1, -1, 1, -1}, g[4] = {1, 1, -1, -1};
  for (long a = 0; a <= x->NA; a++)
    for (long b = 0; b <= x->k; b++) {
      size_t i = (size_t)a * (x->k + 1) + (size_t)b;
      long M = class_M(x, a, b);
      double count[4] = {(double)a, (double)((long)x->NA - a), (double)b, (double)((long)x->k - b)};
      q[i] = 0;
      for (int j = 0; j < 4; j++) {
        double dh = class_dh(x, M, sg[j], g[j], lambda);
        double w = count[j] / x->N / (1 + exp(x->beta * dh));
        mv[4 * i + j] = w;
        q[i] -= w * dh;
      }
    }
}

static void class_apply(const class_model *x, const double *mv, double *out, const double *in)
{
  size_t row = x->k + 1;
  memset(out, 0, x->ns * sizeof *out);
  for (size_t i = 0; i < x->ns; i++) {
    const double p = in[i], *w = mv + 4 * i;
    if (p == 0)
      continue;
    out[i] += p * (1 - w[0] - w[1] - w[2] - w[3]);
    if (w[0] > 0)
      out[i - row] += p * w[0];
    if (w[1] > 0)
      out[i + row] += p * w[1];
    if (w[2] > 0)
      out[i - 1] += p * w[2];
    if (w[3] > 0)
      out[i + 1] += p * w[3];
  }
}

static double class_entropy(const class_model *x, const double *p)
{
  double s = 0;
  for (long a = 0; a <= x->NA; a++)
    for (long b = 0; b <= x->k; b++) {
      double v = p[(size_t)a * (x->k + 1) + (size_t)b];
      if (v > 0)
        s -= v * (log(v) - class_lnmult(x, a, b));
    }
  return s;
}

static double class_mean(const class_model *x, const double *p,
                         long (*f)(const class_model *, long, long))
{
  double s = 0;
  for (long a = 0; a <= x->NA; a++)
    for (long b = 0; b <= x->k; b++)
      s += p[(size_t)a * (x->k + 1) + (size_t)b] * (double)f(x, a, b);
  return s;
}

static void class_interval(const class_model *x, double **p, double **acc, double **nx,
                           const double *mv, const double *q, double mu, double *heat)
{
  double cum = 0;
  memset(*acc, 0, x->ns * sizeof **acc);
  for (unsigned long j = 0;; j++) {
    double pj = mu > 0 ? exp(-mu + (double)j * log(mu) - lgamma(j + 1.0)) : (j == 0);
    double h = 0;
    for (size_t i = 0; i < x->ns; i++)
      (*acc)[i] += pj * (*p)[i], h += (*p)[i] * q[i];
    cum += pj;
    *heat += (cum < 1 ? 1 - cum : 0) * h;
    if ((double)j + 1 > mu && (mu == 0 || exp(-mu + (j + 1.0) * log(mu) - lgamma(j + 2.0)) < 1e-18))
      break;
    class_apply(x, mv, *nx, *p);
    double *t = *p;
    *p = *nx, *nx = t;
  }
  double *t = *p;
  *p = *acc, *acc = t;
}

void Denseam_class_exact(Denseam_class_result *r, int n, unsigned N, const Denseam_protocol *pr,
                         double *lnp0, double *lnptau)
{
  assert(pr->steps >= 1 && pr->tau >= 0);
  class_model x;
  class_init(&x, n, N, pr->eps, pr->T, 1);
  double *p = malloc(x.ns * sizeof *p), *acc = malloc(x.ns * sizeof *p),
         *nx = malloc(x.ns * sizeof *p), *mv = malloc(4 * x.ns * sizeof *mv),
         *q = malloc(x.ns * sizeof *q);
  assert(p && acc && nx && mv && q);
  class_start(&x, pr, p);
  r->s0 = class_entropy(&x, p);
  r->cs0 = class_mean(&x, p, class_cs) / N;
  r->m0 = class_mean(&x, p, class_M) / N;
  for (size_t i = 0; lnp0 && i < x.ns; i++)
    lnp0[i] = log(p[i]) - class_lnmult(&x, (long)(i / (x.k + 1)), (long)(i % (x.k + 1)));
  r->work = r->heat = 0;
  for (int k = 1; k <= pr->steps; k++) {
    r->work += (Denseam_field(pr, k - 1) - Denseam_field(pr, k)) * class_mean(&x, p, class_cs);
    class_level(&x, Denseam_field(pr, k), mv, q);
    class_interval(&x, &p, &acc, &nx, mv, q, N * pr->tau / pr->steps, &r->heat);
  }
  r->m1 = class_mean(&x, p, class_M) / N;
  r->stau = class_entropy(&x, p);
  r->sigma = x.beta * r->heat + r->stau - r->s0;
  r->dfree = class_dfree(n, N, pr);
  for (size_t i = 0; lnptau && i < x.ns; i++)
    lnptau[i] = log(p[i]) - class_lnmult(&x, (long)(i / (x.k + 1)), (long)(i % (x.k + 1)));
  free(p), free(acc), free(nx), free(mv), free(q);
  class_free(&x);
}
#line 1934 "noweb/denseam.nw"
void Denseam_class_trajectory(Denseam_class_path *out, int n, unsigned N,
                              const Denseam_protocol *pr, const double *cdf, double tmax, Rng *rng)
{
  class_model x;
  class_init(&x, n, N, pr->eps, pr->T, 0);
  long a = 0, b = 0;
  
#line 1972 "noweb/denseam.nw"
if (pr->start == DENSEAM_EQUILIBRIUM) {
  assert(cdf != NULL);
  double u = Rng_uniform(rng);
  size_t lo = 0, hi = x.ns - 1;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (cdf[mid] < u)
      lo = mid + 1;
    else
      hi = mid;
  }
  a = (long)(lo / (x.k + 1)), b = (long)(lo % (x.k + 1));
} else {
  double q = (1 + tanh(x.beta * pr->h0)) / 2;
  for (unsigned i = 0; i < x.NA; i++)
    a += Rng_uniform(rng) < q;
  for (unsigned i = 0; i < x.k; i++)
    b += Rng_uniform(rng) >= q;
}
#line 1941 "noweb/denseam.nw"
  out->a0 = (unsigned)a, out->b0 = (unsigned)b;
  out->work = out->heat = 0;
  long M = class_M(&x, a, b), cs = class_cs(&x, a, b), target = (long)ceil(large_level * N);
  out->t09 = M >= target ? 0 : NAN;
  double t = 0, end = pr->tau, lambda = pr->h0;
  int k = 0;
  for (;;) {
    while (k < pr->steps && t >= k * pr->tau / pr->steps) {
      double next = Denseam_field(pr, ++k);
      out->work += (lambda - next) * cs;
      lambda = next;
    }
    double stop = k < pr->steps ? k * pr->tau / pr->steps : end, dt = -log(Rng_uniform(rng)) / N;
    if (t + dt >= stop) {
      t = stop;
      if (k == pr->steps && t >= end) {
        if (end == pr->tau)
          out->m1 = (double)M / N, out->a = (unsigned)a, out->b = (unsigned)b;
        if (!isnan(out->t09) || end > pr->tau || tmax <= 0)
          break;
        end = pr->tau + tmax;
      }
      continue;
    }
    t += dt;
    
#line 1994 "noweb/denseam.nw"
unsigned j = (unsigned)(Rng_uniform(rng) * N);
j = j < N ? j : N - 1;
int g = j < x.k ? -1 : 1, sg = (long)(j < x.k ? j : j - x.k) < (j < x.k ? b : a) ? 1 : -1;
double dh = class_dh(&x, M, sg, g, lambda);
if (Rng_uniform(rng) * (1 + exp(x.beta * dh)) < 1) {
  if (t <= pr->tau)
    out->heat -= dh;
  if (g > 0)
    a -= sg;
  else
    b -= sg;
  M -= 2 * sg, cs -= 2 * g * sg;
  if (isnan(out->t09) && M >= target)
    out->t09 = t;
}
#line 1967 "noweb/denseam.nw"
  }
}
#line 2026 "noweb/denseam.nw"
enum { LARGE_DEGREE = 3, EXP_LARGE_TRAJ = 408, EXP_LARGE_PATTERNS = 409, EXP_LARGE_BURNIN = 410,
       EXP_LARGE_DATA = 414 };
static const Denseam_protocol large_protocol = {.T = 0.3, .eps = 0.25, .tau = 8, .h0 = 1,
                                                .steps = 16, .start = DENSEAM_EQUILIBRIUM};
static const double large_tmax = 50;

typedef struct {
  unsigned N;
  uint64_t seed, experiment;
  const double *cdf;
  Denseam_class_path *path;
} large_ctx;

static void large_body(uint64_t rep, void *ctx, Stats *out)
{
  const large_ctx *c = ctx;
  Rng rng;
  Rng_init(&rng, c->seed, c->experiment, (uint64_t)c->N * 0x100000000u + rep);
  Denseam_class_trajectory(&c->path[rep], LARGE_DEGREE, c->N, &large_protocol, c->cdf, large_tmax,
                           &rng);
  Stats_add(out, c->path[rep].work / c->N);
}

static Denseam_class_path *large_sample(unsigned N, uint64_t R, uint64_t seed, uint64_t experiment,
                                        int threads)
{
  large_ctx c = {N, seed, experiment, Denseam_class_cdf(LARGE_DEGREE, N, &large_protocol),
                 malloc(R * sizeof(Denseam_class_path))};
  assert(c.path != NULL);
  Stats s;
  Stats_parallel(&s, R, threads, large_body, &c);
  free((double *)c.cdf);
  return c.path;
}

typedef struct {
  Ledger_mc w, m1, t09;
  double sd_betaw;
  unsigned missing;
} large_means;

static void large_average(large_means *r, const Denseam_class_path *path, uint64_t R, unsigned N,
                          double w_exact, double m1_exact, double t09_exact)
{
  Stats w, m, t, bw;
  Stats_init(&w), Stats_init(&m), Stats_init(&t), Stats_init(&bw);
  r->missing = 0;
  for (uint64_t i = 0; i < R; i++) {
    Stats_add(&w, path[i].work / N), Stats_add(&m, path[i].m1);
    Stats_add(&bw, path[i].work / large_protocol.T);
    if (isnan(path[i].t09))
      r->missing++;
    else
      Stats_add(&t, path[i].t09);
  }
  Ledger_mc_set(&r->w, Stats_mean(&w), Stats_stderr(&w), w_exact, R);
  Ledger_mc_set(&r->m1, Stats_mean(&m), Stats_stderr(&m), m1_exact, R);
  int ok = t.n > 1;
  Ledger_mc_set(&r->t09, ok ? Stats_mean(&t) : NAN, ok ? Stats_stderr(&t) : NAN, t09_exact, t.n);
  r->sd_betaw = sqrt(Stats_variance(&bw));
}
#line 2099 "noweb/denseam.nw"
static void check_large_meanfield(const Ledger_options *o, Ledger_result *r)
{
  (void)o;
  Denseam_meanfield_result mf;
  Denseam_meanfield(&mf, LARGE_DEGREE, &large_protocol, large_tmax);
  static const unsigned Ns[3] = {64, 128, 256};
  double gw[3], gm[3];
  for (int i = 0; i < 3; i++) {
    Denseam_class_result e;
    Denseam_class_exact(&e, LARGE_DEGREE, Ns[i], &large_protocol, NULL, NULL);
    gw[i] = e.work / Ns[i] - mf.work, gm[i] = e.m1 - mf.m1;
  }
  double ew = fabs(2 * gw[2] - gw[1]), em = fabs(2 * gm[2] - gm[1]);
  Ledger_approximation(r, fmax(ew, em), ew > em ? "<W>/N, N = 128, 256 extrapolated" :
                                                  "<m(tau)>, N = 128, 256 extrapolated", 0);
  Ledger_field_double(r, "ode_work", mf.work);
  Ledger_field_double(r, "ode_m1", mf.m1);
  Ledger_field_double(r, "ode_t09", mf.t09);
  Ledger_field_double(r, "ode_error", mf.err);
  Ledger_field_double(r, "N_gap_work_256", 256 * gw[2]);
  Ledger_field_double(r, "N_gap_m1_256", 256 * gm[2]);
  Ledger_field_double(r, "order_work", log2(gw[1] / gw[2]));
  Ledger_field_double(r, "order_m1", log2(gm[1] / gm[2]));
  Ledger_field_double(r, "order_work_64", log2(gw[0] / gw[1]));
  Ledger_found(r, "N (exact - ODE) = %.3f (<W>/N), %.3f (<m(tau)>) at N = 256; extrapolated "
               "gap %.1e", 256 * gw[2], 256 * gm[2], fmax(ew, em));
}
#line 2140 "noweb/denseam.nw"
static void check_large_mc(const Ledger_options *o, Ledger_result *r)
{
  Denseam_meanfield_result mf;
  Denseam_meanfield(&mf, LARGE_DEGREE, &large_protocol, large_tmax);
  Denseam_class_result e;
  Denseam_class_exact(&e, LARGE_DEGREE, 256, &large_protocol, NULL, NULL);
  uint64_t R = o->samples ? o->samples : 1024;
  Denseam_class_path *path = large_sample(256, R, o->seed, EXP_LARGE_TRAJ, o->threads);
  large_means a, b;
  large_average(&a, path, R, 256, e.work / 256, e.m1, NAN);
  free(path);
  path = large_sample(4096, R / 2, o->seed, EXP_LARGE_TRAJ, o->threads);
  large_average(&b, path, R / 2, 4096, mf.work, mf.m1, mf.t09);
  free(path);
  const Ledger_mc all[5] = {a.w, a.m1, b.w, b.m1, b.t09};
  static const char *const names[5] = {"<W>/N at N = 256 (exact)", "<m1> at N = 256 (exact)",
                                       "<W>/N at N = 4096 (ODE)", "<m1> at N = 4096 (ODE)",
                                       "<t_0.9> at N = 4096 (ODE)"};
  Ledger_field_text(r, "worst", names[Ledger_stochastic_worst(r, all, 5, 5)]);
  Ledger_field_double(r, "z_work_4096", b.w.z);
  Ledger_field_double(r, "z_m1_4096", b.m1.z);
  Ledger_field_double(r, "z_t09_4096", b.t09.z);
  Ledger_field_double(r, "t09_4096", b.t09.estimate);
  Ledger_field_double(r, "t09_missing", b.missing);
  found_otherwise(r);
}
#line 2185 "noweb/denseam.nw"
static void check_large_burnin(const Ledger_options *o, Ledger_result *r)
{
  enum { N = 1024 };
  uint64_t R = o->samples ? o->samples / 2 : 512;
  Denseam_patterns p;
  Denseam_patterns_draw(&p, LARGE_DEGREE, N, 1, o->seed, EXP_LARGE_PATTERNS, 0);
  signed char *c = malloc(N);
  double *cs = malloc(R * sizeof *cs), *m = malloc(R * sizeof *m);
  assert(c && cs && m);
  Denseam_cue(c, &p, large_protocol.eps);
  Denseam_protocol pr = large_protocol;
  pr.tau = 0;
  int nt = o->threads > 0 ? o->threads : omp_get_max_threads();
#pragma omp parallel for schedule(dynamic, 1) num_threads(nt)
  for (int64_t k = 0; k < (int64_t)R; k++) {
    Rng rng;
    Rng_init(&rng, o->seed, EXP_LARGE_BURNIN, (uint64_t)k);
    Denseam_path path;
    Denseam_trajectory(&path, &p, c, &pr, NULL, &rng);
    cs[k] = path.work / (pr.h0 * N), m[k] = path.m1;
  }
  Denseam_class_result e;
  pr.tau = 0, pr.steps = 1;
  Denseam_class_exact(&e, LARGE_DEGREE, N, &pr, NULL, NULL);
  Stats a, b;
  Stats_init(&a), Stats_init(&b);
  for (uint64_t k = 0; k < R; k++)
    Stats_add(&a, cs[k]), Stats_add(&b, m[k]);
  Ledger_mc zc, zm;
  Ledger_mc_set(&zc, Stats_mean(&a), Stats_stderr(&a), e.cs0, R);
  Ledger_mc_set(&zm, Stats_mean(&b), Stats_stderr(&b), e.m0, R);
  Ledger_stochastic_worst(r, (Ledger_mc[2]){zc, zm}, 2, 5);
  Ledger_field_double(r, "z_cs", zc.z);
  Ledger_field_double(r, "z_m", zm.z);
  Ledger_field_double(r, "z_without_burnin", (tanh(pr.h0 / pr.T) - e.cs0) / Stats_stderr(&a));
  free(c), free(cs), free(m);
  Denseam_patterns_free(&p);
  found_otherwise(r);
}
#line 2246 "noweb/denseam.nw"
typedef struct {
  Ledger_mc j;
  double ess, diss, diss_err, rem, sd;
} large_jarzynski_result;

static void large_jarzynski(large_jarzynski_result *out, const Denseam_class_path *path, uint64_t R,
                            unsigned B, unsigned N, double dfree)
{
  double beta = 1 / large_protocol.T;
  Stats j, ess, w;
  Stats_init(&j), Stats_init(&ess), Stats_init(&w);
  for (unsigned b = 0; b < B; b++) {
    const Denseam_class_path *p = path + (uint64_t)b * R;
    double lo = INFINITY, s = 0, s2 = 0;
    for (uint64_t i = 0; i < R; i++)
      lo = fmin(lo, beta * p[i].work);
    for (uint64_t i = 0; i < R; i++) {
      double e = exp(-(beta * p[i].work - lo));
      s += e, s2 += e * e;
      Stats_add(&w, beta * p[i].work);
    }
    Stats_add(&j, (lo - log(s / (double)R)) / (beta * N));
    Stats_add(&ess, s * s / s2);
  }
  Ledger_mc_set(&out->j, Stats_mean(&j), Stats_stderr(&j), dfree / N, B);
  out->ess = Stats_mean(&ess);
  out->diss = (Stats_mean(&w) - beta * dfree) / N;
  out->diss_err = Stats_stderr(&w) / N;
  out->sd = sqrt(Stats_variance(&w));
  double L = log((double)R), c = sqrt(2 * L);
  out->rem = out->sd > c ? (Stats_mean(&w) - beta * dfree - out->sd * c + L) / N : NAN;
}

static void large_jarzynski_at(large_jarzynski_result *out, unsigned N, uint64_t R, unsigned B,
                               uint64_t seed, uint64_t experiment, int threads)
{
  Denseam_class_path *path = large_sample(N, R * B, seed, experiment, threads);
  large_jarzynski(out, path, R, B, N, class_dfree(LARGE_DEGREE, N, &large_protocol));
  free(path);
}

static void check_large_jarzynski(const Ledger_options *o, Ledger_result *r)
{
  uint64_t R = o->samples ? o->samples : 1024;
  large_jarzynski_result big, small;
  large_jarzynski_at(&big, 1024, R, 4, o->seed, EXP_LARGE_TRAJ, o->threads);
  large_jarzynski_at(&small, 8, R, 32, o->seed, EXP_LARGE_TRAJ, o->threads);
  Ledger_stochastic(r, &big.j, 5);
  double beta = 1 / large_protocol.T;
  Ledger_field_double(r, "bias_kT_per_unit", beta * (big.j.estimate - big.j.exact));
  Ledger_field_double(r, "dissipation_kT_per_unit", big.diss);
  Ledger_field_double(r, "rem_bias_kT_per_unit", big.rem);
  Ledger_field_double(r, "ess", big.ess);
  Ledger_field_double(r, "z_N8", small.j.z);
  Ledger_field_double(r, "ess_N8", small.ess);
  Ledger_found(r, "beta (J_R - dF)/N = %.3f +- %.3f at N = 1024 (z = %.0f), against %.3f +- %.3f "
               "at N = 8", beta * (big.j.estimate - big.j.exact), beta * big.j.stderr_, big.j.z,
               beta * (small.j.estimate - small.j.exact), beta * small.j.stderr_);
}
#line 3487 "noweb/denseam.nw"
enum { CAPACITY_PATTERNS = 450, CAPACITY_DYNAMICS = 451 };

typedef struct {
  int n;
  unsigned N, K;
  double eps, tmax;
  uint64_t seed, stream;
  double *absorbed, *flips;
} Capacity_run;

static int64_t capacity_odd(int64_t M, int n) { return (ipow(M + 2, n) - ipow(M - 2, n)) / 2; }
static int64_t capacity_even(int64_t M, int n)
{
  return ipow(M, n) - (ipow(M - 2, n) + ipow(M + 2, n)) / 2;
}

static void capacity_sample(uint64_t rep, void *ctx, Stats *out)
{
  const Capacity_run *c = ctx;
  const unsigned N = c->N, K = c->K;
  const uint64_t id = c->stream * 65536 + rep;
  Denseam_patterns p;
  Denseam_patterns_draw(&p, c->n, N, K, c->seed, CAPACITY_PATTERNS, id);
  signed char *xt = malloc((size_t)N * K), *s = malloc(N);
  long *M = malloc(K * sizeof *M);
  int64_t *G = malloc(K * sizeof *G);
  uint64_t *stamp = malloc(N * sizeof *stamp);
  unsigned *order = malloc(N * sizeof *order);
  assert(xt && s && M && G && stamp && order);
  for (size_t mu = 0; mu < K; mu++)
    for (size_t i = 0; i < N; i++)
      xt[i * K + mu] = p.xi[mu * N + i];
  Rng rng;
  Rng_init(&rng, c->seed, CAPACITY_DYNAMICS, id);
  
#line 3536 "noweb/denseam.nw"
for (unsigned i = 0; i < N; i++)
  s[i] = p.xi[i], order[i] = i;
unsigned nflip = (unsigned)lround(c->eps * N);
for (unsigned k = 0; k < nflip; k++) {
  unsigned j = k + (unsigned)(((Rng_bits(&rng) & 0xffffffffu) * (uint64_t)(N - k)) >> 32);
  unsigned t = order[k];
  order[k] = order[j], order[j] = t;
  s[order[k]] = (signed char)-s[order[k]];
}
#line 3522 "noweb/denseam.nw"
  Denseam_overlaps(&p, s, M);
  int64_t H = 0;
  for (size_t mu = 0; mu < K; mu++)
    G[mu] = capacity_odd(M[mu], c->n), H += capacity_even(M[mu], c->n);
  
#line 3548 "noweb/denseam.nw"
uint64_t epoch = 0;
unsigned verified = 0;
int absorbed = 0;
for (unsigned i = 0; i < N; i++)
  stamp[i] = UINT64_MAX;
for (double t = 0;;) {
  t -= log(Rng_uniform(&rng)) / N;
  if (t > c->tmax)
    break;
  uint64_t r = Rng_bits(&rng);
  unsigned i = (unsigned)(((r & 0xffffffffu) * (uint64_t)N) >> 32);
  if (stamp[i] == epoch)
    continue;
  const signed char *x = xt + (size_t)i * K;
  int64_t D = 0;
  for (size_t mu = 0; mu < K; mu++)
    D += x[mu] * G[mu];
  D = s[i] * D + H;
  if (D > 0) {
    stamp[i] = epoch;
    if (++verified == N) {
      absorbed = 1;
      break;
    }
    continue;
  }
  if (D == 0 && (r >> 63))
    continue;
  s[i] = (signed char)-s[i];
  for (size_t mu = 0; mu < K; mu++) {
    H -= capacity_even(M[mu], c->n);
    M[mu] += 2 * s[i] * x[mu];
    G[mu] = capacity_odd(M[mu], c->n);
    H += capacity_even(M[mu], c->n);
  }
  epoch++, verified = 0;
}
#line 3527 "noweb/denseam.nw"
  Stats_add(out, (double)M[0] / N);
  c->absorbed[rep] = absorbed;
  c->flips[rep] = (double)epoch;
  Denseam_patterns_free(&p);
  free(xt), free(s), free(M), free(G), free(stamp), free(order);
}
#line 3588 "noweb/denseam.nw"
void Denseam_capacity_run(Denseam_capacity_result *out, int n, unsigned N, double alpha, double eps,
                          double tmax, uint64_t samples, uint64_t seed, uint64_t stream,
                          int threads)
{
  assert(n >= 2 && n <= 4 && N >= 2 && alpha >= 0 && eps >= 0 && eps <= 1 && tmax > 0 &&
         samples >= 1);
  Capacity_run c = {.n = n, .N = N, .K = Denseam_load(n, N, alpha), .eps = eps, .tmax = tmax,
                    .seed = seed, .stream = stream};
  c.absorbed = malloc(samples * sizeof *c.absorbed);
  c.flips = malloc(samples * sizeof *c.flips);
  assert(c.absorbed && c.flips);
  Stats_parallel(&out->overlap, samples, threads, capacity_sample, &c);
  out->absorbed = out->flips = 0;
  for (uint64_t k = 0; k < samples; k++)
    out->absorbed += c.absorbed[k], out->flips += c.flips[k];
  out->absorbed /= (double)samples, out->flips /= (double)samples;
  free(c.absorbed), free(c.flips);
}
#line 3609 "noweb/denseam.nw"
static void capacity_unstable_sample(uint64_t rep, void *ctx, Stats *out)
{
  const Capacity_run *c = ctx;
  const unsigned N = c->N, K = c->K;
  Denseam_patterns p;
  Denseam_patterns_draw(&p, c->n, N, K, c->seed, CAPACITY_PATTERNS, c->stream * 65536 + rep);
  long *M = malloc(K * sizeof *M);
  assert(M != NULL);
  Denseam_overlaps(&p, p.xi, M);
  int64_t H = 0, *G = malloc(K * sizeof *G);
  assert(G != NULL);
  for (size_t mu = 0; mu < K; mu++)
    G[mu] = capacity_odd(M[mu], c->n), H += capacity_even(M[mu], c->n);
  double unstable = 0;
  for (unsigned i = 0; i < N; i++) {
    int64_t D = 0;
    for (size_t mu = 0; mu < K; mu++)
      D += p.xi[mu * N + i] * G[mu];
    D = p.xi[i] * D + H;
    unstable += D < 0 ? 1 : D == 0 ? 0.5 : 0;
  }
  Stats_add(out, unstable / N);
  Denseam_patterns_free(&p);
  free(M), free(G);
}

void Denseam_unstable_fraction(Stats *out, int n, unsigned N, double alpha, uint64_t samples,
                               uint64_t seed, uint64_t stream, int threads)
{
  assert(n >= 2 && n <= 4 && N >= 2 && alpha >= 0 && samples >= 2);
  Capacity_run c = {.n = n, .N = N, .K = Denseam_load(n, N, alpha), .seed = seed, .stream = stream};
  Stats_parallel(out, samples, threads, capacity_unstable_sample, &c);
}
#line 3653 "noweb/denseam.nw"
double Denseam_unstable_exact2(unsigned N, unsigned K)
{
  assert(N >= 2 && K >= 1);
  double L = (double)(K - 1) * (N - 1), p = 0;
  for (double k = 0; 2 * k - L <= -(double)(N - 1); k++) {
    double w = exp(ln_binomial(L, k) - L * M_LN2);
    p += 2 * k - L < -(double)(N - 1) ? w : 0.5 * w;
  }
  return p;
}

static double capacity_binomial_moment(unsigned L, int q)
{
  double s = 0;
  for (unsigned k = 0; k <= L; k++)
    s += exp(ln_binomial(L, k) - L * M_LN2) * pow(2.0 * k - L, q);
  return s;
}

double Denseam_unstable_gauss3(unsigned N, unsigned K, double *edgeworth)
{
  assert(N >= 2 && K >= 2);
  unsigned L = N - 1;
  double r2 = L, r4 = capacity_binomial_moment(L, 4), r6 = capacity_binomial_moment(L, 6),
         r8 = capacity_binomial_moment(L, 8);
  double m2 = 36 * r4 + 24 * r2 + 4;
  double m4 = 1296 * r8 + 1728 * r6 + 864 * r4 + 192 * r2 + 16;
  double var = (K - 1) * m2, gamma2 = (m4 - 3 * m2 * m2) / ((K - 1) * m2 * m2);
  double x = (6.0 * N * N - 12.0 * N + 8) / sqrt(var);
  double phi = exp(-x * x / 2) / sqrt(2 * M_PI), tail = 0.5 * erfc(x / M_SQRT2);
  double corr = phi * gamma2 / 24 * (x * x * x - 3 * x);
  if (edgeworth)
    *edgeworth = corr;
  return tail + corr;
}

static double snr_alpha(int n, double x)
{
  double df = 1;
  for (int k = 2 * n - 3; k > 1; k -= 2)
    df *= k;
  return pow(erf(x), 2.0 * (n - 1)) / (2 * df * x * x);
}

static double snr_argmax(int n)
{
  double a = 0.2, b = 3, g = (sqrt(5.0) - 1) / 2;
  for (int i = 0; i < 200; i++) {
    double c = b - g * (b - a), d = a + g * (b - a);
    if (snr_alpha(n, c) > snr_alpha(n, d))
      b = d;
    else
      a = c;
  }
  return 0.5 * (a + b);
}

double Denseam_snr_capacity(int n, double *m_at_capacity)
{
  assert(n >= 3);
  double x = snr_argmax(n);
  if (m_at_capacity)
    *m_at_capacity = erf(x);
  return snr_alpha(n, x);
}
#line 3779 "noweb/denseam.nw"
enum { CAPACITY_SAMPLES = 48, CAPACITY_REPLICATES = 8, CAPACITY_REPLICATE_STREAMS = 100000 };
#define CAPACITY_TMAX 30.0
#define CAPACITY_LEVEL 0.8
#define CAPACITY_ZMAX 4.0

typedef struct {
  double alpha, stderr_;
} Capacity_crossing;

static Capacity_crossing capacity_crossing(int n, unsigned N, double a0, double da, int na,
                                           double level, uint64_t samples, uint64_t seed,
                                           uint64_t stream, int threads)
{
  Capacity_crossing x = {NAN, NAN};
  double pa = 0, pm = 1, ps = 0;
  for (int i = 0; i < na; i++) {
    double a = a0 + i * da;
    Denseam_capacity_result res;
    Denseam_capacity_run(&res, n, N, a, 0, CAPACITY_TMAX, samples, seed, stream + (uint64_t)i,
                         threads);
    double m = Stats_mean(&res.overlap), s = Stats_stderr(&res.overlap);
    if (m < level) {
      if (i == 0)
        return x;
      double d = (pm - m) * (pm - m);
      x.alpha = pa + (a - pa) * (pm - level) / (pm - m);
      x.stderr_ = (a - pa) * hypot((level - m) / d * ps, (pm - level) / d * s);
      return x;
    }
    pa = a, pm = m, ps = s;
  }
  return x;
}
#line 3815 "noweb/denseam.nw"
static void capacity_fit(const double *x, const double *y, const double *w, double *slope,
                         double *slope_se, double *icept, double *icept_se)
{
  double S = 0, Sx = 0, Sy = 0, Sxx = 0, Sxy = 0;
  for (int k = 0; k < 3; k++) {
    S += w[k], Sx += w[k] * x[k], Sy += w[k] * y[k];
    Sxx += w[k] * x[k] * x[k], Sxy += w[k] * x[k] * y[k];
  }
  double det = S * Sxx - Sx * Sx;
  *slope = (S * Sxy - Sx * Sy) / det, *slope_se = sqrt(S / det);
  if (icept)
    *icept = (Sxx * Sy - Sx * Sxy) / det, *icept_se = sqrt(Sxx / det);
}
#line 3831 "noweb/denseam.nw"
typedef struct {
  unsigned N[3];
  Capacity_crossing x[3];
  double gamma, gamma_stderr, limit, limit_stderr, limit_1n;
} Capacity_series;

static void capacity_series(Capacity_series *c, int n, unsigned replicate, const Ledger_options *o)
{
  static const unsigned ns[2][3] = {{250, 500, 1000}, {50, 100, 200}};
  uint64_t samples = o->samples ? o->samples : CAPACITY_SAMPLES;
  uint64_t base = CAPACITY_REPLICATE_STREAMS * (uint64_t)replicate;
  double lx[3], ly[3], w[3], xx[3], yy[3], ww[3];
  for (int k = 0; k < 3; k++) {
    c->N[k] = ns[n - 2][k];
    c->x[k] = n == 2 ? capacity_crossing(2, c->N[k], 0.10, 0.02, 8, CAPACITY_LEVEL, samples,
                                         o->seed, base + 1000 * (uint64_t)k, o->threads)
                     : capacity_crossing(3, c->N[k], 0.04, 0.02, 9, CAPACITY_LEVEL, samples,
                                         o->seed, base + 10000 + 1000 * (uint64_t)k, o->threads);
    lx[k] = log(c->N[k]), ly[k] = log(c->x[k].alpha) + (n - 1) * lx[k];
    w[k] = pow(c->x[k].alpha / c->x[k].stderr_, 2);
    xx[k] = 1 / sqrt(c->N[k]), yy[k] = c->x[k].alpha, ww[k] = pow(c->x[k].stderr_, -2);
  }
  capacity_fit(lx, ly, w, &c->gamma, &c->gamma_stderr, NULL, NULL);
  double slope, slope_se;
  capacity_fit(xx, yy, ww, &slope, &slope_se, &c->limit, &c->limit_stderr);
  double se_1n;
  for (int k = 0; k < 3; k++)
    xx[k] = 1.0 / c->N[k];
  capacity_fit(xx, yy, ww, &slope, &slope_se, &c->limit_1n, &se_1n);
}
#line 3865 "noweb/denseam.nw"
static void record_series(Ledger_result *r, const Capacity_series *c, int n)
{
  char key[LEDGER_KEY];
  for (int k = 0; k < 3; k++) {
    snprintf(key, sizeof key, "n%d_alpha_N%u", n, c->N[k]);
    Ledger_field_double(r, key, c->x[k].alpha);
  }
}

static void check_capacity_scaling(const Ledger_options *o, Ledger_result *r)
{
  Capacity_series c2, c3;
  capacity_series(&c2, 2, 0, o);
  capacity_series(&c3, 3, 0, o);
  record_series(r, &c2, 2);
  record_series(r, &c3, 3);
  Ledger_field_double(r, "gamma_n2", c2.gamma);
  Ledger_field_double(r, "gamma_n2_stderr", c2.gamma_stderr);
  Ledger_field_double(r, "gamma_n3", c3.gamma);
  Ledger_field_double(r, "gamma_n3_stderr", c3.gamma_stderr);
  Ledger_field_double(r, "z_n3_against_K_over_N", (c3.gamma - 1) / c3.gamma_stderr);
  double e2 = fabs(c2.gamma - 1), e3 = fabs(c3.gamma - 2);
  Ledger_approximation(r, fmax(e2, e3), e2 > e3 ? "exponent of K_c(N), n = 2, N = 250..1000"
                                                : "exponent of K_c(N), n = 3, N = 50..200", 0);
  Ledger_found(r, "gamma = %.3f +- %.3f (n = 2) vs 1, gamma = %.3f +- %.3f (n = 3) vs 2", c2.gamma,
               c2.gamma_stderr, c3.gamma, c3.gamma_stderr);
}

static void check_capacity_hopfield(const Ledger_options *o, Ledger_result *r)
{
  Stats lim, cross[3], dm, lim1n;
  Stats_init(&lim), Stats_init(&dm), Stats_init(&lim1n);
  for (int k = 0; k < 3; k++)
    Stats_init(&cross[k]);
  Capacity_series c;
  for (unsigned b = 0; b < CAPACITY_REPLICATES; b++) {
    capacity_series(&c, 2, b, o);
    Stats_add(&lim, c.limit), Stats_add(&dm, c.limit_stderr), Stats_add(&lim1n, c.limit_1n);
    for (int k = 0; k < 3; k++)
      Stats_add(&cross[k], c.x[k].alpha);
  }
  double m, ac = Hopfield_ags_capacity(&m);
  Ledger_mc mc;
  Ledger_mc_set(&mc, Stats_mean(&lim), Stats_stderr(&lim), ac, CAPACITY_REPLICATES);
  Ledger_stochastic(r, &mc, CAPACITY_ZMAX);
  char key[LEDGER_KEY];
  for (int k = 0; k < 3; k++) {
    snprintf(key, sizeof key, "n2_alpha_N%u", c.N[k]);
    Ledger_field_double(r, key, Stats_mean(&cross[k]));
  }
  Ledger_field_double(r, "replicate_sd", sqrt(Stats_variance(&lim)));
  Ledger_field_double(r, "mean_delta_method_stderr", Stats_mean(&dm));
  Ledger_field_double(r, "alpha_1_over_N_fit", Stats_mean(&lim1n));
  Ledger_field_double(r, "alpha_1_over_N_fit_stderr", Stats_stderr(&lim1n));
  if (r->verdict != LEDGER_VERIFIED)
    Ledger_found(r, "alpha_c = %.4f +- %.4f (%d replicates, extrapolated in 1/sqrt(N) from "
                 "N = 250, 500, 1000) vs AGS 0.1379", Stats_mean(&lim), Stats_stderr(&lim),
                 CAPACITY_REPLICATES);
}

static void check_capacity_snr(const Ledger_options *o, Ledger_result *r)
{
  Capacity_series c;
  capacity_series(&c, 3, 0, o);
  record_series(r, &c, 3);
  double m, as = Denseam_snr_capacity(3, &m);
  Ledger_field_double(r, "alpha_extrapolated", c.limit);
  Ledger_field_double(r, "alpha_extrapolated_stderr", c.limit_stderr);
  Ledger_field_double(r, "alpha_snr", as);
  Ledger_field_double(r, "m_snr", m);
  Ledger_approximation(r, fabs(c.limit - as), "N -> infinity (fit in 1/sqrt(N))", 0);
  Ledger_found(r, "alpha = %.3f +- %.3f (crossings at N = 50, 100, 200 extrapolated) vs the "
               "signal-to-noise %.4f", c.limit, c.limit_stderr, as);
}
#line 3942 "noweb/denseam.nw"
enum { CROSSTALK_SAMPLES = 1000 };

static void check_crosstalk2(const Ledger_options *o, Ledger_result *r)
{
  Stats st;
  uint64_t samples = o->samples ? o->samples : CROSSTALK_SAMPLES;
  Denseam_unstable_fraction(&st, 2, 200, 0.3, samples, o->seed, 900000, o->threads);
  Ledger_mc mc;
  Ledger_mc_set(&mc, Stats_mean(&st), Stats_stderr(&st),
                Denseam_unstable_exact2(200, Denseam_load(2, 200, 0.3)), samples);
  Ledger_stochastic(r, &mc, 4);
  found_otherwise(r);
}

static void check_crosstalk3(const Ledger_options *o, Ledger_result *r)
{
  Stats st;
  uint64_t samples = o->samples ? o->samples : CROSSTALK_SAMPLES;
  Denseam_unstable_fraction(&st, 3, 100, 0.1, samples, o->seed, 900001, o->threads);
  double edge, p = Denseam_unstable_gauss3(100, Denseam_load(3, 100, 0.1), &edge);
  Ledger_mc mc;
  Ledger_mc_set(&mc, Stats_mean(&st), Stats_stderr(&st), p, samples);
  Ledger_stochastic(r, &mc, 4);
  Ledger_field_double(r, "edgeworth_correction", edge);
  Ledger_field_double(r, "snr_first_step", 0.5 * erfc(1 / sqrt(6 * 0.1)));
  found_otherwise(r);
}
#line 3994 "noweb/denseam.nw"
static int capacity_data(const char *dir, const Ledger_options *opt)
{
  static const unsigned ns[2][4] = {{250, 500, 1000, 2000}, {50, 100, 200, 400}};
  Ledger_out o;
  FILE *f = Ledger_open_data(&o, dir, "denseam-capacity.tsv");
  if (!f)
    return -1;
  fputs("# n\tN\talpha\tK\tK_over_N\toverlap\tstderr\tabsorbed\tflips\n", f);
  for (int n = 2; n <= 3; n++)
    for (int k = 0; k < 4; k++)
      for (int i = 1; i <= (n == 2 ? 26 : 12); i++) {
        double a = n == 2 ? 0.01 * i : 0.02 * i;
        unsigned N = ns[n - 2][k];
        Denseam_capacity_result res;
        Denseam_capacity_run(&res, n, N, a, 0, CAPACITY_TMAX, 32, opt->seed,
                             200000 + 10000 * (uint64_t)n + 100 * (uint64_t)k + (uint64_t)i,
                             opt->threads);
        unsigned K = Denseam_load(n, N, a);
        fprintf(f, "%d\t%u\t%.3f\t%u\t%.4f\t%.6f\t%.6f\t%.3f\t%.2f\n", n, N, a, K, (double)K / N,
                Stats_mean(&res.overlap), Stats_stderr(&res.overlap), res.absorbed, res.flips);
      }
  fputs("\n\n# AGS replica-symmetric retrieval branch, n = 2, T = 0: alpha\tm\n", f);
  Hopfield_ags_write_branch(f);
  fputs("\n\n# signal-to-noise retrieval branch, n = 3: alpha\tm\n", f);
  for (double x = snr_argmax(3); x <= 4; x += 0.01)
    fprintf(f, "%.6f\t%.6f\n", snr_alpha(3, x), erf(x));
  return Ledger_close_data(&o, 1);
}
#line 2665 "noweb/denseam.nw"
static const double trade_tau[] = {0.125, 0.25, 0.5, 1, 2, 4, 8, 16, 32};
enum { TRADE_TAUS = sizeof trade_tau / sizeof trade_tau[0], TRADE_N = 10, TRADE_MC_N = 64,
       TRADE_MC_TRAJ = 128 };
static const double trade_alpha = 0.01, trade_T = 0.3, trade_eps = 0.3;

typedef struct {
  double sigma, work, heat, m1;
} trade_exact;

static void trade_exact_point(trade_exact *t, int n, double tau, double T, uint64_t seed)
{
  grid_point g = {n, TRADE_N, trade_alpha, T, trade_eps, tau, DENSEAM_PRODUCT};
  Denseam_exact_result e;
  Denseam_exact_init(&e, 64);
  exact_point(&e, &g, 1.0, TRADE_STEPS, seed, EXP_TRADE, (uint64_t)n, 1, NULL, NULL);
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
#line 2723 "noweb/denseam.nw"
enum { CHECK_N = 8, CHECK_TAUS = 77, CHECK_TAU_FIRST = -12 };
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
#line 2760 "noweb/denseam.nw"
static double trade_rise(const trade_curves *c, int a, int last, int to_limit, double direction,
                         char *where, size_t size)
{
  double slack = direction * (c->m1[a][0] - c->m1_quench[a]);
  snprintf(where, size, "n=%d, tau 0 -> %.4g", a + 2, check_tau(0));
  for (int j = 0; j < last; j++) {
    double d = direction * (c->m1[a][j + 1] - c->m1[a][j]);
    if (d < slack)
      slack = d, snprintf(where, size, "n=%d, tau %.4g -> %.4g", a + 2, check_tau(j),
                          check_tau(j + 1));
  }
  double d = direction * (c->m1_limit[a] - c->m1[a][last]);
  if (to_limit && d < slack)
    slack = d, snprintf(where, size, "n=%d, tau %.4g -> infinity", a + 2, check_tau(last));
  return slack;
}

static int trade_best(const trade_curves *c, int a)
{
  int best = 0;
  for (int j = 1; j < CHECK_TAUS; j++)
    best = c->m1[a][j] > c->m1[a][best] ? j : best;
  return best;
}
#line 2787 "noweb/denseam.nw"
void Denseam_speed_accuracy(Ledger_result *r, double direction)
{
  trade_curves c;
  trade_curves_compute(&c);
  Ledger_result ra, rb;
  Ledger_result_init(&ra), Ledger_result_init(&rb);
  char where[96], w[96];
  double sa = INFINITY, sb = INFINITY;
  for (int a = 0; a < 2; a++) {
    double s = trade_rise(&c, a, trade_best(&c, a), 0, direction, w, sizeof w);
    if (s < sa)
      sa = s, memcpy(where, w, sizeof w);
  }
  Ledger_inequality(&ra, sa, CHECK_ERROR, where);
  for (int a = 0; a < 2; a++) {
    double s = trade_rise(&c, a, CHECK_TAUS - 1, 1, direction, w, sizeof w);
    if (s < sb)
      sb = s, memcpy(where, w, sizeof w);
  }
  Ledger_inequality(&rb, sb, CHECK_ERROR, where);
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

static void check_speed_accuracy(const Ledger_options *o, Ledger_result *r)
{
  (void)o;
  Denseam_speed_accuracy(r, 1);
}
#line 2838 "noweb/denseam.nw"
static void check_higher_n(const Ledger_options *o, Ledger_result *r)
{
  (void)o;
  trade_curves c;
  trade_curves_compute(&c);
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
  found_otherwise(r);
}
#line 2868 "noweb/denseam.nw"
static int write_tradeoff(const char *dir, const Ledger_options *opt)
{
  Ledger_out o;
  FILE *f = Ledger_open_data(&o, dir, "denseam-tradeoff.tsv");
  if (!f)
    return -1;
  fputs("# n\ttau\t<Sigma>\tbeta<W>/N\tbeta<Q>/N\t<m1>\tMC N=64: <m1>\terr\tbeta<W>/N\terr\n", f);
  for (int n = 2; n <= 4; n++) {
    for (int i = 0; i < TRADE_TAUS; i++) {
      trade_exact e;
      trade_mc m;
      trade_exact_point(&e, n, trade_tau[i], trade_T, opt->seed);
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
#line 2416 "noweb/denseam.nw"
static int write_large(const char *dir, const Ledger_options *opt)
{
  Ledger_out o;
  FILE *f = Ledger_open_data(&o, dir, "denseam-large.tsv");
  if (!f)
    return -1;
  enum { R = 1024, B = 4 };
  const double T = large_protocol.T, beta = 1 / T;
  Denseam_meanfield_result mf;
  Denseam_meanfield(&mf, LARGE_DEGREE, &large_protocol, large_tmax);
  fprintf(f, "# n = %d, T = %g, eps = %g, h0 = %g, S = %d, tau = %g, equilibrium start; "
             "B = %d batches of R = %d\n", LARGE_DEGREE, T, large_protocol.eps, large_protocol.h0,
          large_protocol.steps, large_protocol.tau, B, R);
  fputs("# N\tode_W/N\texact_W/N\tsim_W/N\terr\tode_m1\texact_m1\tsim_m1\terr\tode_t09"
        "\tsim_t09\terr\tdF/N\tbeta(J_R-dF)/N\terr\tbeta(<W>-dF)/N\terr\trem/N\tess"
        "\t-ln<e^-Sigma>_R\terr\texact_<Sigma>/N\n", f);
  for (unsigned N = 8; N <= 4096; N *= 2) {
    Denseam_class_path *path =
        large_sample(N, (uint64_t)R * B, opt->seed, EXP_LARGE_DATA, opt->threads);
    Denseam_class_result e = {.work = NAN, .m1 = NAN, .sigma = NAN};
    double *lnp0 = NULL, *lnpt = NULL;
    if (N <= 512) {
      size_t k = (size_t)lround(large_protocol.eps * N), ns = (N - k + 1) * (k + 1);
      if (N <= 256)
        lnp0 = malloc(ns * sizeof *lnp0), lnpt = malloc(ns * sizeof *lnpt);
      Denseam_class_exact(&e, LARGE_DEGREE, N, &large_protocol, lnp0, lnpt);
    } else
      e.dfree = class_dfree(LARGE_DEGREE, N, &large_protocol);
    large_means a;
    large_average(&a, path, (uint64_t)R * B, N, e.work / N, e.m1, mf.t09);
    large_jarzynski_result jr;
    large_jarzynski(&jr, path, R, B, N, e.dfree);
    Stats ift;
    Stats_init(&ift);
    if (lnp0) {
      unsigned k1 = (unsigned)lround(large_protocol.eps * N) + 1;
      for (unsigned b = 0; b < B; b++) {
        double lo = INFINITY, s = 0;
        const Denseam_class_path *p = path + (size_t)b * R;
        double *sig = malloc(R * sizeof *sig);
        for (unsigned i = 0; i < R; i++) {
          sig[i] = beta * p[i].heat + lnp0[p[i].a0 * k1 + p[i].b0] - lnpt[p[i].a * k1 + p[i].b];
          lo = fmin(lo, sig[i]);
        }
        for (unsigned i = 0; i < R; i++)
          s += exp(-(sig[i] - lo));
        Stats_add(&ift, lo - log(s / R));
        free(sig);
      }
    }
    fprintf(f, "%u\t%.10g\t%.10g\t%.8g\t%.3g\t%.10g\t%.10g\t%.8g\t%.3g\t%.10g\t%.8g\t%.3g"
               "\t%.10g\t%.6g\t%.3g\t%.6g\t%.3g\t%.6g\t%.4g\t%.6g\t%.3g\t%.8g\n",
            N, mf.work, e.work / N, a.w.estimate, a.w.stderr_, mf.m1, e.m1, a.m1.estimate,
            a.m1.stderr_, mf.t09, a.t09.estimate, a.t09.stderr_, e.dfree / N,
            beta * (jr.j.estimate - jr.j.exact), beta * jr.j.stderr_, jr.diss, jr.diss_err, jr.rem,
            jr.ess, lnp0 ? Stats_mean(&ift) : NAN, lnp0 ? Stats_stderr(&ift) : NAN, e.sigma / N);
    fflush(f);
    free(path), free(lnp0), free(lnpt);
  }
  return Ledger_close_data(&o, 1);
}

#line 2898 "noweb/denseam.nw"
static int write_data(const char *dir, const Ledger_options *opt)
{
  return write_tradeoff(dir, opt) | write_basin(dir, opt) | capacity_data(dir, opt) |
         write_large(dir, opt);
}
#line 4162 "noweb/denseam.nw"
static const Ledger_claim claims[] = {
  {"denseam.first_law", "this report's model (Section: the model): local detailed balance and "
   "the first law", LEDGER_IDENTITY,
   "the rates obey w e^{beta dH} = reverse rate, and <W> = <dH> + <Q> with the three terms "
   "computed independently (exact master equation, N <= 8)",
   LEDGER_VERIFIED, check_first_law, LEDGER_CONSISTENCY, NULL, NULL, 0},
  {"denseam.ift.exact", "Seifert (2005), integral fluctuation theorem", LEDGER_IDENTITY,
   "exact master equation on a grid of 7 points, N <= 8, n = 2, 3, 4: <exp(-Sigma)> = 1 "
   "(full-support starts)",
   LEDGER_VERIFIED, check_ift, LEDGER_LITERATURE, "<exp(-Sigma)> = 1", NULL, 0},
  {"denseam.jarzynski.exact", "Jarzynski (1997)", LEDGER_IDENTITY,
   "exact master equation from equilibrium, 4 grid points: <exp(-beta W)> = exp(-beta dF) "
   "= Z_0/Z_h0",
   LEDGER_VERIFIED, check_jarzynski, LEDGER_LITERATURE, "<exp(-beta W)> = exp(-beta dF)", NULL, 0},
  {"denseam.second_law.exact", "second law (Jensen's inequality on the fluctuation theorems)",
   LEDGER_INEQUALITY,
   "exact master equation: <Sigma> >= 0 and beta(<W> - dF) >= 0 on the grid", LEDGER_VERIFIED,
   check_second_law, LEDGER_LITERATURE, "<Sigma> >= 0, <W> >= dF", NULL, 0},
  {"denseam.ift.absolute", "Murashita, Funo and Ueda (2014), absolute irreversibility",
   LEDGER_IDENTITY,
   "from one Hamming shell, 3 grid points: <exp(-Sigma)> = 1 - lambda_abs < 1, lambda_abs "
   "from the reverse process", LEDGER_VERIFIED, check_absolute, LEDGER_LITERATURE,
   "<exp(-Sigma)> = 1 - lambda_abs", NULL, 0},
  {"denseam.ift.mc", "this report's simulator against its exact master equation",
   LEDGER_STOCHASTIC,
   "simulated trajectories at N = 8 reproduce <exp(-Sigma)>, <exp(-beta W)>, <Sigma>, <W>, "
   "<m1> (worst |z|)", LEDGER_VERIFIED, check_mc_small, LEDGER_CONSISTENCY, NULL, NULL, 64},
  {"denseam.tradeoff.speed_accuracy", "denseam abstract, last sentence", LEDGER_INEQUALITY,
   "there is a trade-off between memory retrieval accuracy and operation speed (tested in this "
   "report's model: n = 2, 3, N = 8, exact <m1(tau)> over tau in (0, infinity))",
   LEDGER_AMBIGUOUS, check_speed_accuracy, LEDGER_PAPER,
   "trade-offs among entropy production, retrieval accuracy and speed of operation",
   "<m1(tau)> rises up to tau ~ 20-30 and falls beyond: a trade-off up to the best duration, "
   "not a gain from every slower operation", 53},
  {"denseam.tradeoff.higher_n", "this report's hypothesis", LEDGER_INEQUALITY,
   "at load alpha = 0.01 and T = 0.3, n = 3 retrieves better or at lower work than n = 2 for "
   "some tau in (0, infinity) (exact, N = 8, where both store K = 1 pattern)",
   LEDGER_VERIFIED, check_higher_n, LEDGER_HYPOTHESIS, NULL, NULL, 53},
  {"denseam.finite_t.metastable", "this report's hypothesis (mean-field flow of one memory)",
   LEDGER_INEQUALITY,
   "one memory, n = 3, 4 at T = 0.3: a cue 0.1 below the basin boundary m_u(T) of the "
   "mean-field flow is forgotten and one 0.1 above it retrieved; the forgotten cue is retrieved "
   "at T = 0.02; n = 2 retrieves from m0 = 0.1 (N = 2000 simulation)",
   LEDGER_VERIFIED, check_metastable, LEDGER_HYPOTHESIS, NULL, NULL, 64},
#line 4225 "noweb/denseam.nw"
{"denseam.capacity.crosstalk2", "this report's exact binomial tail", LEDGER_STOCHASTIC,
 "n = 2, N = 200, alpha = 0.3: the fraction of units unstable at a stored pattern is an exact "
 "binomial tail",
 LEDGER_VERIFIED, check_crosstalk2, LEDGER_CONSISTENCY, NULL, NULL, 53},
{"denseam.capacity.crosstalk3", "this report's crosstalk variance", LEDGER_STOCHASTIC,
 "n = 3, N = 100, alpha = 0.1: the fraction of units unstable at a stored pattern is the "
 "normal tail of the exact finite-N crosstalk variance (12 alpha at large N, signal 2)",
 LEDGER_VERIFIED, check_crosstalk3, LEDGER_CONSISTENCY, NULL, NULL, 53},
{"denseam.capacity.scaling", "Krotov and Hopfield (2016), capacity of polynomial energies",
 LEDGER_APPROXIMATION,
 "the retrieval-loss load K_c(N) grows as N^(n-1) for n = 2 (N = 250..1000) and n = 3 "
 "(N = 50..200)", LEDGER_APPROXIMATE,
 check_capacity_scaling, LEDGER_LITERATURE, "K_c ~ N^(n-1)",
 "the crossings drift with N at these sizes, so the fitted exponent is n - 1 only to 0.08", 53},
{"denseam.capacity.hopfield", "Amit, Gutfreund and Sompolinsky (1987)", LEDGER_STOCHASTIC,
 "n = 2 loses retrieval at alpha_c = 0.138 (our estimator: the load where the mean overlap "
 "falls through 0.8, N = 250, 500, 1000, extrapolated in N^(-1/2))",
 LEDGER_VERIFIED, check_capacity_hopfield, LEDGER_LITERATURE, "alpha_c = 0.138", NULL, 53},
{"denseam.capacity.snr3", "this report's hypothesis (signal-to-noise estimate)",
 LEDGER_APPROXIMATION,
 "n = 3 loses retrieval near the signal-to-noise estimate alpha = 0.084", LEDGER_APPROXIMATE,
 check_capacity_snr, LEDGER_HYPOTHESIS, "alpha = 0.084",
 "the estimate treats the crosstalk as fresh noise at every step; the crossings lie above it", 53},
#line 4251 "noweb/denseam.nw"
{"denseam.large.meanfield", "this report's K = 1 class chain against its mean-field ODE",
 LEDGER_APPROXIMATION,
 "K = 1: exact finite-N <W>/N and <m(tau)> approach the mean-field ODE with gaps O(1/N)",
 LEDGER_APPROXIMATE, check_large_meanfield, LEDGER_CONSISTENCY, "gap of order 1/N",
 "a finite network is never exactly mean-field; the verdict records how close", 53},
{"denseam.large.mc", "this report's class simulator against its exact class chain and ODE",
 LEDGER_STOCHASTIC,
 "simulated <W>/N, <m(tau)> and <t_0.9> converge: exact at N = 256, mean-field ODE at "
 "N = 4096 (worst |z|)",
 LEDGER_VERIFIED, check_large_mc, LEDGER_CONSISTENCY, NULL, NULL, 53},
{"denseam.large.burnin", "this report's simulator (DENSEAM_BURNIN)", LEDGER_STOCHASTIC,
 "the burn-in equilibrium start reproduces the exact equilibrium <c.s>/N and <m> at N = 1024, "
 "K = 1",
 LEDGER_VERIFIED, check_large_burnin, LEDGER_CONSISTENCY, NULL, NULL, 53},
{"denseam.large.jarzynski", "this report's hypothesis (finite-sample bias: Jarzynski 2006)",
 LEDGER_STOCHASTIC,
 "-T ln <exp(-beta W)>_R / N with R = 1024 estimates dF/N at N = 1024 (consistency at fixed R)",
 LEDGER_REFUTED, check_large_jarzynski, LEDGER_HYPOTHESIS,
 "-T ln <exp(-beta W)>_R estimates dF", "at fixed R the exponential average is dominated by "
 "its largest term once the work spread exceeds sqrt(2 ln R); the bias grows with N", 53},
#line 4208 "noweb/denseam.nw"
};

#line 4315 "noweb/denseam.nw"
enum { TAU_BITS_MAX = 4096 };
static void eval_point(mpfr_t out, mpfr_t *a, int start, int what)
{
  if (!mpfr_zero_p(a[5]) && mpfr_get_exp(a[5]) < -TAU_BITS_MAX) {
    mpfr_set_nan(out);                           /* tau below 2^-4096: too many bits to follow */
    return;
  }
  grid_point g = {(int)mpfr_get_si(a[0], MPFR_RNDN), (unsigned)mpfr_get_ui(a[1], MPFR_RNDN),
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
  exact_run_at(&r, &p, c, &pr, a[3], a[5], NULL, NULL, 0);
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

#line 4407 "noweb/denseam.nw"
static void run_retrieve(Ledger_mc *out, const double *a, uint64_t seed, uint64_t samples,
                         int threads)
{
  grid_point g = {(int)a[0], (unsigned)a[1], a[2], a[3], a[4], a[5], DENSEAM_PRODUCT};
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
    exact_run(&e, &p, c, &pr, NULL, NULL, 1);
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

#line 4213 "noweb/denseam.nw"
const Ledger_chapter Denseam_chapter = {
  "denseam", claims, sizeof claims / sizeof claims[0], quantities,
  sizeof quantities / sizeof quantities[0], experiments, sizeof experiments / sizeof experiments[0],
  write_data,
  "Wolpert, D., Krotov, D., Rooke, S., & Balasubramanian, V., Stochastic Thermodynamics of "
  "Associative Memory, arXiv:2601.01253 (2026); only the abstract is available to us."};
