#line 1117 "noweb/denseam.nw"
/* denseam-simulate.c: tangled from noweb/denseam.nw; edit that, not this. */
#include "denseam-internal.h"
#line 1123 "noweb/denseam.nw"
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
  assert(pow(p->N + 2.0, p->n) * p->K < 0x1p62);   /* as in Denseam_flip_energy */
  const double scale = flip_scale(p);
  double heat = 0, t = -log(Rng_uniform(rng)) / p->N;
  while (t < dt) {
    unsigned i = (unsigned)(Rng_uniform(rng) * p->N);
    if (i >= p->N)
      i = p->N - 1;
    double dh = (double)flip_sum(p, M, s, i) / scale + 2 * lambda * c[i] * s[i];
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
  
#line 1185 "noweb/denseam.nw"
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
#line 1163 "noweb/denseam.nw"
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
