#line 4075 "noweb/denseam.nw"
/* denseam-capacity.c: tangled from noweb/denseam.nw; edit that, not this. */
#include "denseam-internal.h"
#include "hopfield.h"
#line 4083 "noweb/denseam.nw"
enum { CAPACITY_PATTERNS = 450, CAPACITY_DYNAMICS = 451 };

typedef struct {
  signed char *xt, *s;
  long *M;
  int32_t *G;
  uint64_t *stamp;
  unsigned *order;
} Capacity_scratch;

typedef struct {
  int n;
  unsigned N, K;
  double eps, tmax;
  uint64_t seed, stream;
  double *absorbed, *flips;
  int nscratch;
  Capacity_scratch *scratch;
} Capacity_run;

static int64_t capacity_odd(int64_t M, int n) { return (ipow(M + 2, n) - ipow(M - 2, n)) / 2; }
static int64_t capacity_even(int64_t M, int n)
{
  return ipow(M, n) - (ipow(M - 2, n) + ipow(M + 2, n)) / 2;
}

#line 4244 "noweb/denseam.nw"
__attribute__((target_clones("arch=x86-64-v4", "avx2", "default")))
static int64_t capacity_flip(long *restrict M, int32_t *restrict G, const signed char *restrict x,
                             int si, size_t K, int n)
{
  int64_t dH = 0;
  if (n == 2) {                                  /* G = 4M, H = -4 */
#pragma omp simd
    for (size_t mu = 0; mu < K; mu++)
      M[mu] += 2 * si * x[mu], G[mu] = (int32_t)(4 * M[mu]);
  } else if (n == 3) {                           /* G = 6M^2 + 8, H = -12M */
#pragma omp simd reduction(+ : dH)
    for (size_t mu = 0; mu < K; mu++) {
      long d = 2 * si * x[mu];
      M[mu] += d, G[mu] = (int32_t)(6 * M[mu] * M[mu] + 8), dH -= 12 * d;
    }
  } else
    for (size_t mu = 0; mu < K; mu++) {
      dH -= capacity_even(M[mu], n);
      M[mu] += 2 * si * x[mu];
      G[mu] = (int32_t)capacity_odd(M[mu], n);
      dH += capacity_even(M[mu], n);
    }
  return dH;
}

static size_t capacity_block(int n, unsigned N)
{
  int64_t gmax = capacity_odd(N, n);
  assert(gmax > 0 && gmax <= INT32_MAX);
  return (size_t)(INT32_MAX / gmax);
}

static inline __attribute__((always_inline)) int64_t
capacity_dot_blocks(const signed char *restrict x, const int32_t *restrict G, size_t K,
                    size_t block)
{
  int64_t D = 0;
  for (size_t b = 0; b < K; b += block) {
    size_t end = K - b > block ? b + block : K;
    int32_t part = 0;                            /* |part| <= block * gmax <= INT32_MAX */
#pragma omp simd reduction(+ : part)
    for (size_t mu = b; mu < end; mu++)
      part += x[mu] * G[mu];
    D += part;
  }
  return D;
}

__attribute__((target("arch=x86-64-v4,prefer-vector-width=512")))
static int64_t capacity_dot_512(const signed char *restrict x, const int32_t *restrict G, size_t K,
                                size_t block)
{
  return capacity_dot_blocks(x, G, K, block);
}

__attribute__((target_clones("avx2", "default")))
static int64_t capacity_dot_256(const signed char *restrict x, const int32_t *restrict G, size_t K,
                                size_t block)
{
  return capacity_dot_blocks(x, G, K, block);
}

static int64_t capacity_dot(const signed char *x, const int32_t *G, size_t K, size_t block)
{
  if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
      __builtin_cpu_supports("avx512vl") && __builtin_cpu_supports("avx512dq") &&
      __builtin_cpu_supports("avx512cd"))
    return capacity_dot_512(x, G, K, block);
  return capacity_dot_256(x, G, K, block);
}

#line 4214 "noweb/denseam.nw"
static const Capacity_scratch *capacity_scratch(const Capacity_run *c)
{
  int t = omp_get_thread_num();
  assert(t >= 0 && t < c->nscratch);
  Capacity_scratch *w = &c->scratch[t];
  if (!w->xt) {
    w->xt = malloc((size_t)c->N * c->K), w->s = malloc(c->N);
    w->M = malloc(c->K * sizeof *w->M), w->G = malloc(c->K * sizeof *w->G);
    w->stamp = malloc(c->N * sizeof *w->stamp), w->order = malloc(c->N * sizeof *w->order);
    assert(w->xt && w->s && w->M && w->G && w->stamp && w->order);
  }
  return w;
}

__attribute__((target_clones("arch=x86-64-v4", "avx2", "default")))
static void capacity_overlaps(const signed char *restrict xt, const signed char *restrict s,
                              unsigned N, size_t K, long *restrict M)
{
  memset(M, 0, K * sizeof *M);
  for (size_t i = 0; i < N; i++) {
    const signed char *x = xt + i * K;
    const long si = s[i];
#pragma omp simd
    for (size_t mu = 0; mu < K; mu++)
      M[mu] += si * x[mu];
  }
}

#line 4113 "noweb/denseam.nw"
static void capacity_sample(uint64_t rep, void *ctx, Stats *out)
{
  const Capacity_run *c = ctx;
  const unsigned N = c->N, K = c->K;
  const uint64_t id = c->stream * 65536 + rep;
  const Capacity_scratch *w = capacity_scratch(c);
  signed char *xt = w->xt, *s = w->s;
  long *M = w->M;
  int32_t *G = w->G;
  uint64_t *stamp = w->stamp;
  unsigned *order = w->order;
  const size_t block = capacity_block(c->n, N);
  Denseam_patterns_fill(xt, K, 1, N, K, c->seed, CAPACITY_PATTERNS, id);   /* unit-major */
  Rng rng;
  Rng_init(&rng, c->seed, CAPACITY_DYNAMICS, id);
  
#line 4141 "noweb/denseam.nw"
for (unsigned i = 0; i < N; i++)
  s[i] = xt[(size_t)i * K], order[i] = i;
unsigned nflip = (unsigned)lround(c->eps * N);
for (unsigned k = 0; k < nflip; k++) {
  unsigned j = k + (unsigned)(((Rng_bits(&rng) & 0xffffffffu) * (uint64_t)(N - k)) >> 32);
  unsigned t = order[k];
  order[k] = order[j], order[j] = t;
  s[order[k]] = (signed char)-s[order[k]];
}
#line 4129 "noweb/denseam.nw"
  capacity_overlaps(xt, s, N, K, M);
  int64_t H = 0;
  for (size_t mu = 0; mu < K; mu++)
    G[mu] = (int32_t)capacity_odd(M[mu], c->n), H += capacity_even(M[mu], c->n);
  
#line 4153 "noweb/denseam.nw"
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
  int64_t D = s[i] * capacity_dot(x, G, K, block) + H;
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
  H += capacity_flip(M, G, x, s[i], K, c->n);
  epoch++, verified = 0;
}
#line 4134 "noweb/denseam.nw"
  Stats_add(out, (double)M[0] / N);
  c->absorbed[rep] = absorbed;
  c->flips[rep] = (double)epoch;
}
#line 4317 "noweb/denseam.nw"
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
  c.nscratch = threads > 0 ? threads : omp_get_max_threads();   /* as Stats_parallel */
  c.scratch = calloc((size_t)c.nscratch, sizeof *c.scratch);
  assert(c.absorbed && c.flips && c.scratch);
  Stats_parallel(&out->overlap, samples, threads, capacity_sample, &c);
  for (int k = 0; k < c.nscratch; k++) {
    Capacity_scratch *w = &c.scratch[k];
    free(w->xt), free(w->s), free(w->M), free(w->G), free(w->stamp), free(w->order);
  }
  free(c.scratch);
  out->absorbed = out->flips = 0;
  for (uint64_t k = 0; k < samples; k++)
    out->absorbed += c.absorbed[k], out->flips += c.flips[k];
  out->absorbed /= (double)samples, out->flips /= (double)samples;
  free(c.absorbed), free(c.flips);
}
#line 4345 "noweb/denseam.nw"
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

static void Denseam_unstable_fraction(Stats *out, int n, unsigned N, double alpha,
                                      uint64_t samples, uint64_t seed, uint64_t stream,
                                      int threads)
{
  assert(n >= 2 && n <= 4 && N >= 2 && alpha >= 0 && samples >= 2);
  Capacity_run c = {.n = n, .N = N, .K = Denseam_load(n, N, alpha), .seed = seed, .stream = stream};
  Stats_parallel(out, samples, threads, capacity_unstable_sample, &c);
}
#line 4388 "noweb/denseam.nw"
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
#line 4543 "noweb/denseam.nw"
enum { CAPACITY_SAMPLES = 48 };
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
#line 4579 "noweb/denseam.nw"
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
#line 4595 "noweb/denseam.nw"
typedef struct {
  unsigned N[3];
  Capacity_crossing x[3];
  double gamma, gamma_stderr, limit, limit_stderr;
} Capacity_series;

static void capacity_series(Capacity_series *c, int n, const Ledger_options *o)
{
  static const unsigned ns[2][3] = {{250, 500, 1000}, {50, 100, 200}};
  uint64_t samples = o->samples ? o->samples : CAPACITY_SAMPLES;
  double lx[3], ly[3], w[3], xx[3], yy[3], ww[3];
  for (int k = 0; k < 3; k++) {
    c->N[k] = ns[n - 2][k];
    c->x[k] = n == 2 ? capacity_crossing(2, c->N[k], 0.10, 0.02, 8, CAPACITY_LEVEL, samples,
                                         o->seed, 1000 * (uint64_t)k, o->threads)
                     : capacity_crossing(3, c->N[k], 0.04, 0.02, 9, CAPACITY_LEVEL, samples,
                                         o->seed, 10000 + 1000 * (uint64_t)k, o->threads);
    lx[k] = log(c->N[k]), ly[k] = log(c->x[k].alpha) + (n - 1) * lx[k];
    w[k] = pow(c->x[k].alpha / c->x[k].stderr_, 2);
    xx[k] = 1 / sqrt(c->N[k]), yy[k] = c->x[k].alpha, ww[k] = pow(c->x[k].stderr_, -2);
  }
  capacity_fit(lx, ly, w, &c->gamma, &c->gamma_stderr, NULL, NULL);
  double slope, slope_se;
  capacity_fit(xx, yy, ww, &slope, &slope_se, &c->limit, &c->limit_stderr);
}
#line 4624 "noweb/denseam.nw"
static void record_series(Ledger_result *r, const Capacity_series *c, int n)
{
  char key[LEDGER_KEY];
  for (int k = 0; k < 3; k++) {
    snprintf(key, sizeof key, "n%d_alpha_N%u", n, c->N[k]);
    Ledger_field_double(r, key, c->x[k].alpha);
  }
}

#line 4510 "noweb/denseam.nw"
enum { CAPACITY_REMEMBERED = 16 };

static void capacity_series_once(Capacity_series *c, int n, const Ledger_options *o)
{
  static struct {
    int n;
    uint64_t seed, samples;
    Capacity_series c;
  } memory[CAPACITY_REMEMBERED];
  static int used, next;
  int found = 0;
#pragma omp critical(denseam_capacity_memory)
  for (int k = 0; k < used && !found; k++)
    if (memory[k].n == n && memory[k].seed == o->seed && memory[k].samples == o->samples)
      *c = memory[k].c, found = 1;
  if (found)
    return;
  capacity_series(c, n, o);
#pragma omp critical(denseam_capacity_memory)
  {
    int k = next;
    next = (next + 1) % CAPACITY_REMEMBERED, used += used < CAPACITY_REMEMBERED;
    memory[k].n = n, memory[k].seed = o->seed;
    memory[k].samples = o->samples, memory[k].c = *c;
  }
}

#line 4635 "noweb/denseam.nw"
void Denseam_check_capacity_scaling(const Ledger_options *o, Ledger_result *r)
{
  Capacity_series c2, c3;
  capacity_series_once(&c2, 2, o);
  capacity_series_once(&c3, 3, o);
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

void Denseam_check_capacity_hopfield(const Ledger_options *o, Ledger_result *r)
{
  uint64_t sets = o->samples ? o->samples : HOPFIELD_CAPACITY_SETS;
  Hopfield_capacity_fss f;
  Hopfield_capacity_scaling(&f, HOPFIELD_CAPACITY_NMIN, HOPFIELD_CAPACITY_NMAX, sets, o->seed,
                            o->threads);
  double m;
  Ledger_mc mc;
  Ledger_mc_set(&mc, f.alpha_c, f.alpha_c_stderr, Hopfield_ags_capacity(&m),
                sets * (uint64_t)f.n);
  Ledger_stochastic(r, &mc, CAPACITY_ZMAX);
  Ledger_field_double(r, "alpha_largest_N", f.mean[f.n - 1]);
}

void Denseam_check_capacity_snr(const Ledger_options *o, Ledger_result *r)
{
  Capacity_series c;
  capacity_series_once(&c, 3, o);
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
#line 4685 "noweb/denseam.nw"
enum { CROSSTALK_SAMPLES = 1000 };

void Denseam_check_crosstalk2(const Ledger_options *o, Ledger_result *r)
{
  Stats st;
  uint64_t samples = o->samples ? o->samples : CROSSTALK_SAMPLES;
  Denseam_unstable_fraction(&st, 2, 200, 0.3, samples, o->seed, 900000, o->threads);
  Ledger_mc mc;
  Ledger_mc_set(&mc, Stats_mean(&st), Stats_stderr(&st),
                Denseam_unstable_exact2(200, Denseam_load(2, 200, 0.3)), samples);
  Ledger_stochastic(r, &mc, 4);
  Denseam_found_otherwise(r);
}

void Denseam_check_crosstalk3(const Ledger_options *o, Ledger_result *r)
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
  Denseam_found_otherwise(r);
}
#line 4737 "noweb/denseam.nw"
int Denseam_capacity_data(const char *dir, const Ledger_options *opt)
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
