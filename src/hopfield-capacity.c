#line 471 "noweb/hopfield.nw"
/* hopfield-capacity.c: tangled from noweb/hopfield.nw; edit that, not this. */
#include "hopfield.h"
#include <assert.h>
#include <math.h>
#include <stdlib.h>

#line 485 "noweb/hopfield.nw"
void Hopfield_patterns_draw(signed char *xt, unsigned N, unsigned from, unsigned to,
                            unsigned stride, Rng *patterns)
{
  assert(xt && patterns && from <= to && to <= stride);
  for (unsigned mu = from; mu < to; mu++)
    for (unsigned i = 0; i < N; i += 64) {
      uint64_t w = Rng_bits(patterns);
      for (unsigned b = 0; b < 64 && i + b < N; b++)
        xt[(size_t)(i + b) * stride + mu] = (w >> b) & 1 ? 1 : -1;
    }
}

void Hopfield_sweep_order(unsigned *order, unsigned N, Rng *r)
{
  assert(order && r && N >= 1);
  for (unsigned i = 0; i < N; i++)
    order[i] = i;
  for (unsigned k = N - 1; k > 0; k--) {
    unsigned j = (unsigned)(((Rng_bits(r) >> 32) * (uint64_t)(k + 1)) >> 32);
    unsigned t = order[k];
    order[k] = order[j], order[j] = t;
  }
}
#line 526 "noweb/hopfield.nw"
#if defined(__GNUC__) && !defined(__clang__)
#define RETRIEVE_LOOP __attribute__((optimize("O3"), \
                                     target_clones("arch=x86-64-v4", "avx2", "default")))
#else
#define RETRIEVE_LOOP
#endif

RETRIEVE_LOOP
static int32_t overlap_field(const signed char *restrict x, const int16_t *restrict M, unsigned P)
{
  int32_t h = 0;
  for (unsigned mu = 0; mu < P; mu++)
    h += x[mu] * M[mu];
  return h;
}

RETRIEVE_LOOP
static void overlap_add(int16_t *restrict M, const signed char *restrict x, unsigned P, int d)
{
  for (unsigned mu = 0; mu < P; mu++)
    M[mu] = (int16_t)(M[mu] + d * x[mu]);
}
#line 551 "noweb/hopfield.nw"
double Hopfield_zero_t_retrieve(const signed char *xt, unsigned stride, unsigned N, unsigned P,
                                Rng *order, unsigned *sweeps)
{
  assert(xt && order && P >= 1 && P <= stride && P <= N && N <= HOPFIELD_MAX_N);
  signed char *s = malloc(N);
  int16_t *M = calloc(P, sizeof *M);
  unsigned *visit = malloc(N * sizeof *visit);
  assert(s && M && visit);
  for (unsigned i = 0; i < N; i++) {
    const signed char *x = xt + (size_t)i * stride;
    s[i] = x[0];                                         /* start in pattern 0 */
    overlap_add(M, x, P, s[i]);
  }
  
#line 572 "noweb/hopfield.nw"
unsigned n = 0, flips;
do {
  Hopfield_sweep_order(visit, N, order);
  flips = 0;
  for (unsigned k = 0; k < N; k++) {
    unsigned i = visit[k];
    const signed char *x = xt + (size_t)i * stride;
    int32_t hN = overlap_field(x, M, P) - (int32_t)P * s[i];   /* N h_i, J_ii = 0 */
    if ((hN > 0 && s[i] < 0) || (hN < 0 && s[i] > 0)) {
      s[i] = (signed char)-s[i];
      overlap_add(M, x, P, 2 * s[i]);                  /* M_mu changes by 2 s_i x_mu */
      flips++;
    }
  }
  n++;
} while (flips > 0 && n < HOPFIELD_MAX_SWEEPS);
if (sweeps)
  *sweeps = n;
#line 565 "noweb/hopfield.nw"
  double m = (double)M[0] / N;
  free(s), free(M), free(visit);
  return m;
}
#line 658 "noweb/hopfield.nw"
static const double SCAN_FIRST = 0.08, SCAN_STEP = 0.0025, SCAN_LAST = 0.4, SCAN_LEVEL = 0.9;

static uint64_t capacity_replicate(unsigned N, uint64_t rep) { return (uint64_t)N << 40 | rep; }

double Hopfield_first_failure(unsigned N, uint64_t seed, uint64_t rep)
{
  assert(N >= 50 && N <= HOPFIELD_MAX_N);
  unsigned P0 = (unsigned)lround(SCAN_FIRST * N), dP = (unsigned)lround(SCAN_STEP * N);
  unsigned last = (unsigned)lround(SCAN_LAST * N);
  dP = dP < 1 ? 1 : dP;
  signed char *xt = malloc((size_t)N * last);
  assert(P0 >= 1 && xt);
  Rng patterns;
  Rng_init(&patterns, seed, HOPFIELD_EXPERIMENT_PATTERNS, capacity_replicate(N, rep));
  unsigned drawn = 0, k = 0, P = P0;
  for (; P <= last; P += dP, k++) {
    Hopfield_patterns_draw(xt, N, drawn, P, last, &patterns), drawn = P;
    Rng order;
    Rng_init(&order, seed, HOPFIELD_EXPERIMENT_ORDER, capacity_replicate(N, rep));
    if (Hopfield_zero_t_retrieve(xt, last, N, P, &order, NULL) < SCAN_LEVEL)
      break;
  }
  free(xt);
  return (P0 + dP * (k - 0.5)) / N;
}
#line 715 "noweb/hopfield.nw"
typedef struct {
  unsigned N;
  uint64_t seed;
} Capacity_size;

static void capacity_set(uint64_t rep, void *ctx, Stats *out)
{
  const Capacity_size *c = ctx;
  Stats_add(out, Hopfield_first_failure(c->N, c->seed, rep));
}

void Hopfield_capacity_at(Stats *out, unsigned N, uint64_t samples, uint64_t seed, int threads)
{
  assert(out && N >= 50 && N <= HOPFIELD_MAX_N && samples >= 1);
  Capacity_size c = {N, seed};
  Stats_distributed(out, samples, threads, capacity_set, &c);
}
#line 800 "noweb/hopfield.nw"
static const double FREE_X_LO = 0.2, FREE_X_HI = 1.5, FREE_X_STEP = 0.01;
static const double FREE_ALPHA_STEP = 1e-4, FREE_ALPHA_RANGE = 0.1;

static void fit_power(const Hopfield_capacity_fss *f, double x, double *a, double *a_se,
                      double *b, double *chi2)
{
  assert(f->n >= 2 && x > 0);
  double S = 0, Sx = 0, Sy = 0, Sxx = 0, Sxy = 0;
  for (int i = 0; i < f->n; i++) {
    double w = 1 / (f->stderr_[i] * f->stderr_[i]), u = pow(f->N[i], -x), y = f->mean[i];
    S += w, Sx += w * u, Sy += w * y, Sxx += w * u * u, Sxy += w * u * y;
  }
  double det = S * Sxx - Sx * Sx;
  *a = (Sxx * Sy - Sx * Sxy) / det, *a_se = sqrt(Sxx / det);
  double slope = (S * Sxy - Sx * Sy) / det;
  if (b)
    *b = slope;
  *chi2 = 0;
  for (int i = 0; i < f->n; i++) {
    double r = (f->mean[i] - *a - slope * pow(f->N[i], -x)) / f->stderr_[i];
    *chi2 += r * r;
  }
}
#line 826 "noweb/hopfield.nw"
static void capacity_scaling(Hopfield_capacity_fss *f, unsigned Nmin, unsigned Nmax,
                             uint64_t samples, uint64_t seed, int threads)
{
  assert(f && Nmin >= 50 && 2 * Nmin <= Nmax && Nmax <= HOPFIELD_MAX_N);
  f->n = 0;
  for (unsigned N = Nmin; N <= Nmax; N *= 2) {
    assert(f->n < HOPFIELD_SIZES);
    Stats s;
    Hopfield_capacity_at(&s, N, samples, seed, threads);
    f->N[f->n] = N, f->mean[f->n] = Stats_mean(&s), f->stderr_[f->n] = Stats_stderr(&s);
    f->n++;
  }
  fit_power(f, 0.5, &f->alpha_c, &f->alpha_c_stderr, &f->slope, &f->chi2);
}

void Hopfield_capacity_extrapolate(const Hopfield_capacity_fss *f, double x, double *alpha,
                                   double *alpha_stderr, double *chi2)
{
  fit_power(f, x, alpha, alpha_stderr, NULL, chi2);
}
#line 849 "noweb/hopfield.nw"
static double chi2_at(const Hopfield_capacity_fss *f, double alpha, double x)
{
  double Suu = 0, Suy = 0, c = 0;
  for (int i = 0; i < f->n; i++) {
    double w = 1 / (f->stderr_[i] * f->stderr_[i]), u = pow(f->N[i], -x);
    Suu += w * u * u, Suy += w * u * (f->mean[i] - alpha);
  }
  double b = Suy / Suu;                               /* the best amplitude at (alpha, x) */
  for (int i = 0; i < f->n; i++) {
    double r = (f->mean[i] - alpha - b * pow(f->N[i], -x)) / f->stderr_[i];
    c += r * r;
  }
  return c;
}

void Hopfield_capacity_free_exponent(const Hopfield_capacity_fss *f, double *alpha, double *lo,
                                     double *hi, double *x)
{
  assert(f->n >= 3);
  double best = INFINITY;
  for (double t = FREE_X_LO; t <= FREE_X_HI + 1e-9; t += FREE_X_STEP) {
    double a, se, c;
    fit_power(f, t, &a, &se, NULL, &c);
    if (c < best)
      best = c, *alpha = a, *x = t;
  }
  
#line 880 "noweb/hopfield.nw"
*lo = *hi = *alpha;
for (int side = -1; side <= 1; side += 2)
  for (double a = *alpha + side * FREE_ALPHA_STEP; fabs(a - *alpha) < FREE_ALPHA_RANGE;
       a += side * FREE_ALPHA_STEP) {
    double m = INFINITY;
    for (double t = FREE_X_LO; t <= FREE_X_HI + 1e-9; t += FREE_X_STEP)
      m = fmin(m, chi2_at(f, a, t));
    if (m > best + 1)
      break;
    *(side < 0 ? lo : hi) = a;
  }
#line 876 "noweb/hopfield.nw"
}
#line 898 "noweb/hopfield.nw"
enum { CAPACITY_REMEMBERED = 4 };

void Hopfield_capacity_scaling(Hopfield_capacity_fss *f, unsigned Nmin, unsigned Nmax,
                               uint64_t samples, uint64_t seed, int threads)
{
  static struct {
    unsigned Nmin, Nmax;
    uint64_t samples, seed;
    Hopfield_capacity_fss f;
  } memory[CAPACITY_REMEMBERED];
  static int used, next;
  int found = 0;
#pragma omp critical(hopfield_capacity_memory)
  for (int k = 0; k < used && !found; k++)
    if (memory[k].Nmin == Nmin && memory[k].Nmax == Nmax && memory[k].samples == samples &&
        memory[k].seed == seed)
      *f = memory[k].f, found = 1;
  if (found)
    return;
  capacity_scaling(f, Nmin, Nmax, samples, seed, threads);
#pragma omp critical(hopfield_capacity_memory)
  {
    int k = next;
    next = (next + 1) % CAPACITY_REMEMBERED, used += used < CAPACITY_REMEMBERED;
    memory[k].Nmin = Nmin, memory[k].Nmax = Nmax, memory[k].samples = samples;
    memory[k].seed = seed, memory[k].f = *f;
  }
}
