#line 547 "noweb/denseam.nw"
/* denseam-exact.c: tangled from noweb/denseam.nw; edit that, not this. */
#include "denseam-internal.h"
#line 575 "noweb/denseam.nw"
static mpfr_t *exact_array(size_t n, mpfr_prec_t wp)
{
  size_t limbs = mpfr_custom_get_size(wp);
  mpfr_t *v = malloc(n * (sizeof *v + limbs));
  assert(v != NULL);
  char *m = (char *)(v + n);                     /* the significands follow the headers */
  for (size_t k = 0; k < n; k++) {
    mpfr_custom_init(m + k * limbs, wp);
    mpfr_custom_init_set(v[k], MPFR_NAN_KIND, 0, wp, m + k * limbs);
  }
  return v;
}

typedef struct {
  const Denseam_patterns *p;
  unsigned N;
  size_t ns;
  mpfr_prec_t wp;
  int64_t *sm;
  long *cs, *m1;
  mpfr_t beta, scale, lambda;
  mpfr_t *w, *tw, *diag, *heat, *ldb;
  size_t cap, *slot;                             /* the pairs met at a level */
  int64_t *key_sm;
  long *key_cs;
  mpfr_t *uw, *utw, *uq;
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
  x->w = exact_array(nr, wp), x->tw = exact_array(nr, wp), x->ldb = exact_array(nr, wp);
  x->diag = exact_array(x->ns, wp), x->heat = exact_array(x->ns, wp);
  for (x->cap = 1; x->cap < 2 * nr; x->cap *= 2)
    ;
  x->slot = malloc(x->cap * sizeof *x->slot);
  x->key_sm = malloc(nr * sizeof *x->key_sm), x->key_cs = malloc(nr * sizeof *x->key_cs);
  assert(x->slot && x->key_sm && x->key_cs);
  x->uw = exact_array(nr, wp), x->utw = exact_array(nr, wp), x->uq = exact_array(nr, wp);
}

static void exact_model_clear(exact_model *x)
{
  free(x->w), free(x->tw), free(x->ldb), free(x->diag), free(x->heat);
  free(x->slot), free(x->key_sm), free(x->key_cs), free(x->uw), free(x->utw), free(x->uq);
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
#line 682 "noweb/denseam.nw"
static void exact_level(exact_model *x, double lambda)
{
  mpfr_t dh, e, t;
  mpfr_inits2(x->wp, dh, e, t, (mpfr_ptr)0);
  mpfr_set_d(x->lambda, lambda, MPFR_RNDN);
  size_t cap = x->cap, nu = 0, *slot = x->slot;
  int64_t *key_sm = x->key_sm;
  long *key_cs = x->key_cs;
  mpfr_t *uw = x->uw, *utw = x->utw, *uq = x->uq;
  for (size_t h = 0; h < cap; h++)
    slot[h] = SIZE_MAX;
  for (size_t st = 0; st < x->ns; st++) {
    mpfr_set_ui(x->diag[st], 0, MPFR_RNDN);
    mpfr_set_ui(x->heat[st], 0, MPFR_RNDN);
    for (unsigned i = 0; i < x->N; i++) {
      size_t to = st ^ ((size_t)1 << i), k = st * x->N + i;
      int64_t dsm = x->sm[to] - x->sm[st];
      long dcs = x->cs[to] - x->cs[st];
      size_t h = (size_t)(((uint64_t)dsm * 0x9e3779b97f4a7c15u) ^ (uint64_t)dcs) & (cap - 1);
      while (slot[h] != SIZE_MAX && (key_sm[slot[h]] != dsm || key_cs[slot[h]] != dcs))
        h = (h + 1) & (cap - 1);
      if (slot[h] == SIZE_MAX) {                 /* a new energy change: its rates */
        size_t u = slot[h] = nu++;
        key_sm[u] = dsm, key_cs[u] = dcs;
        mpfr_set_sj(dh, -(intmax_t)dsm, MPFR_RNDN);
        mpfr_div(dh, dh, x->scale, MPFR_RNDN);
        mpfr_mul_si(t, x->lambda, dcs, MPFR_RNDN);
        mpfr_sub(dh, dh, t, MPFR_RNDN);
        mpfr_mul(e, x->beta, dh, MPFR_RNDN);
        mpfr_exp(e, e, MPFR_RNDN);
        mpfr_add_ui(t, e, 1, MPFR_RNDN);
        mpfr_ui_div(uw[u], 1, t, MPFR_RNDN);
        mpfr_mul(utw[u], uw[u], e, MPFR_RNDN);
        mpfr_mul(uq[u], uw[u], dh, MPFR_RNDN);
      }
      size_t u = slot[h];
      mpfr_set(x->w[k], uw[u], MPFR_RNDN), mpfr_set(x->tw[k], utw[u], MPFR_RNDN);
      mpfr_add(x->diag[st], x->diag[st], x->w[k], MPFR_RNDN);
      mpfr_sub(x->heat[st], x->heat[st], uq[u], MPFR_RNDN);
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
#line 749 "noweb/denseam.nw"
static void exact_apply(const exact_model *x, mpfr_t *out, mpfr_t *in, int tilted)
{
  mpfr_t t, in_flow;
  mpfr_inits2(x->wp, t, in_flow, (mpfr_ptr)0);
  for (size_t st = 0; st < x->ns; st++) {
    mpfr_set_ui(in_flow, 0, MPFR_RNDN);
    for (unsigned i = 0; i < x->N; i++) {
      size_t from = st ^ ((size_t)1 << i);
      mpfr_mul(t, in[from], tilted ? x->tw[from * x->N + i] : x->w[from * x->N + i], MPFR_RNDN);
      mpfr_add(in_flow, in_flow, t, MPFR_RNDN);
    }
    mpfr_div_ui(in_flow, in_flow, x->N, MPFR_RNDN);
    mpfr_mul(out[st], in[st], x->diag[st], MPFR_RNDN);
    mpfr_add(out[st], out[st], in_flow, MPFR_RNDN);
  }
  mpfr_clears(t, in_flow, (mpfr_ptr)0);
}

static mpfr_t *exact_vector(const exact_model *x) { return exact_array(x->ns, x->wp); }
static void exact_vector_free(const exact_model *x, mpfr_t *v) { (void)x, free(v); }

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
        mpfr_t *done = vec[v];
        vec[v] = nxt, nxt = done;
      }
  }
  for (int v = 0; v < 3; v++)
    if (vec[v]) {
      exact_vector_free(x, vec[v]);
      vec[v] = acc[v];
    }
  exact_vector_free(x, nxt);
  mpfr_clears(pk, tail, h, t, mu, stop, (mpfr_ptr)0);
}
#line 834 "noweb/denseam.nw"
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

#line 939 "noweb/denseam.nw"
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
#line 978 "noweb/denseam.nw"
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

#line 851 "noweb/denseam.nw"
void Denseam_exact_run_at(Denseam_exact_result *r, const Denseam_patterns *p,
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
    
#line 923 "noweb/denseam.nw"
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
#line 888 "noweb/denseam.nw"
    exact_level(&x, Denseam_field(pr, k));
    for (size_t i = 0; i < x.ns * x.N; i++) {
      mpfr_abs(t, x.ldb[i], MPFR_RNDN);
      mpfr_max(ldb, ldb, t, MPFR_RNDN);
    }
    mpfr_t *vecs[3] = {pv, light ? NULL : vv, light ? NULL : jv};
    exact_interval(&x, vecs, dt, heat);
    pv = vecs[0], vv = light ? vv : vecs[1], jv = light ? jv : vecs[2];
  }
  
#line 1010 "noweb/denseam.nw"
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
#line 898 "noweb/denseam.nw"
  
#line 1077 "noweb/denseam.nw"
mpfr_set_ui(r->lambda_abs, 0, MPFR_RNDN);
if (pr->start == DENSEAM_SHELL) {
  for (int k = pr->steps; k >= 1; k--) {
    exact_level(&x, Denseam_field(pr, k));
    mpfr_t *vecs[3] = {pv, NULL, NULL};
    exact_interval(&x, vecs, dt, NULL);
    pv = vecs[0];
  }
  mpfr_set_ui(t, 1, MPFR_RNDN);
  for (size_t st = 0; st < x.ns; st++)
    if (!mpfr_zero_p(p0[st]))
      mpfr_sub(t, t, pv[st], MPFR_RNDN);
  mpfr_set(r->lambda_abs, t, MPFR_RNDN);
}
#line 899 "noweb/denseam.nw"
  mpfr_clears(work, heat, t, u, ldb, dt, (mpfr_ptr)0);
  exact_vector_free(&x, pv), exact_vector_free(&x, vv), exact_vector_free(&x, jv);
  exact_vector_free(&x, p0);
  exact_model_clear(&x);
  mpfr_set_emin(emin), mpfr_set_emax(emax);
}

void Denseam_exact_run(Denseam_exact_result *r, const Denseam_patterns *p, const signed char *c,
                       const Denseam_protocol *pr, double *lnp0, double *lnptau, int light)
{
  Denseam_exact_run_at(r, p, c, pr, NULL, NULL, lnp0, lnptau, light);
}

void Denseam_exact(Denseam_exact_result *r, const Denseam_patterns *p, const signed char *c,
                   const Denseam_protocol *pr, double *lnp0, double *lnptau)
{
  Denseam_exact_run(r, p, c, pr, lnp0, lnptau, 0);
}
