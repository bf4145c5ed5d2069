#line 135 "noweb/learning.nw"
/* learning-patterns.c: tangled from noweb/learning.nw; edit that, not this. */
#include "learning-internal.h"
#line 3143 "noweb/learning.nw"
typedef double v4d __attribute__((vector_size(32)));
typedef uint64_t v4u __attribute__((vector_size(32)));
typedef int32_t v4i __attribute__((vector_size(16)));
typedef double v8d __attribute__((vector_size(64)));
typedef uint64_t v8u __attribute__((vector_size(64)));

enum { PATTERN_BLOCK = 4, COUNT_PLANES = 8 };

__attribute__((target_clones("avx2", "default")))
static void count_signs(uint64_t *restrict plane, const uint64_t *restrict x, int W4)
{
  for (int k = 0; k < W4; k += 4) {
    v4u c;
    memcpy(&c, x + k, sizeof c);
    for (int b = 0; b < COUNT_PLANES; b++) {
      v4u p;
      memcpy(&p, plane + (size_t)b * W4 + k, sizeof p);
      const v4u carry = p & c;
      p ^= c;
      memcpy(plane + (size_t)b * W4 + k, &p, sizeof p);
      c = carry;
    }
  }
}

static void flush_counts(int32_t *C, uint64_t *plane, int W, int W4, int32_t added)
{
  for (int k = 0; k < W; k++)
    for (int j = 0; j < 64; j++) {
      int32_t count = 0;
      for (int b = 0; b < COUNT_PLANES; b++)
        count |= (int32_t)((plane[(size_t)b * W4 + k] >> j) & 1) << b;
      C[64 * k + j] += added - 2 * count;        /* each pattern adds 1 - 2 [bit] */
    }
  memset(plane, 0, (size_t)COUNT_PLANES * W4 * sizeof *plane);
}

/* x holds, for two patterns, word >> (j + i) in lane i and 4 + i: its low bit, moved to bit 63,
   is the sign of term j + i */
static inline void add_signed_terms(v8d *a, v8d *b, v8u *x, const v8d *c, const v8d *v)
{
  const v8u m = *x << 63;
  *a += (v8d)((v8u)*c ^ m);
  *b += (v8d)((v8u)*v ^ m);
  *x >>= 4;
}

static inline void lanes_shifted(v8u *x, uint64_t w0, uint64_t w1)
{
  *x = (v8u){w0, w0 >> 1, w0 >> 2, w0 >> 3, w1, w1 >> 1, w1 >> 2, w1 >> 3};
}

/* two patterns share a vector of eight lanes, four each; the accumulators are named, not an
   array, so that they stay in registers */
__attribute__((target_clones("avx512f", "avx2", "default")))
static void signed_dots(const uint64_t *restrict bits, const int32_t *restrict C,
                        const double *restrict y, int W, double *dc, double *dy)
{
  _Static_assert(PATTERN_BLOCK == 4, "signed_dots takes four patterns");
  v8d a01 = {0, 0, 0, 0, 0, 0, 0, 0}, a23 = a01, b01 = a01, b23 = a01;
  for (int k = 0; k < W; k++) {
    v8u x01, x23;
    lanes_shifted(&x01, bits[k], bits[W + k]);
    lanes_shifted(&x23, bits[2 * W + k], bits[3 * W + k]);
    for (int j = 0; j < 64; j += 4) {
      v4i c4;
      v4d v4;
      memcpy(&c4, C + 64 * k + j, sizeof c4);
      memcpy(&v4, y + 64 * k + j, sizeof v4);
      const v4d c = __builtin_convertvector(c4, v4d);
      const v8d c8 = __builtin_shufflevector(c, c, 0, 1, 2, 3, 0, 1, 2, 3),
                v8 = __builtin_shufflevector(v4, v4, 0, 1, 2, 3, 0, 1, 2, 3);
      add_signed_terms(&a01, &b01, &x01, &c8, &v8);
      add_signed_terms(&a23, &b23, &x23, &c8, &v8);
    }
  }
  const v8d a[2] = {a01, a23}, b[2] = {b01, b23};
  for (int p = 0; p < PATTERN_BLOCK; p++) {
    const int h = p / 2, l = 4 * (p % 2);
    dc[p] = (a[h][l] + a[h][l + 1]) + (a[h][l + 2] + a[h][l + 3]);
    dy[p] = (b[h][l] + b[h][l + 1]) + (b[h][l + 2] + b[h][l + 3]);
  }
}
#line 3234 "noweb/learning.nw"
typedef struct {
  int N, P;
  uint64_t seed, experiment, key;
} Sample_spec;

static int next_patterns(Rng *rng, uint64_t *bits, int left, int W)
{
  int nb = left < PATTERN_BLOCK ? left : PATTERN_BLOCK;
  for (int k = 0; k < nb * W; k++)
    bits[k] = Rng_bits(rng);
  memset(bits + (size_t)nb * W, 0, (size_t)(PATTERN_BLOCK - nb) * W * sizeof *bits);
  return nb;
}

static void stabilities(const Sample_spec *s, double *A, double *B)
{
  const int W = (s->N + 63) / 64, W4 = (W + 3) & ~3;
  int32_t *C = calloc((size_t)64 * W, sizeof *C), *label = malloc((size_t)s->P * sizeof *label);
  double *y = calloc((size_t)64 * W, sizeof *y);
  uint64_t *bits = malloc((size_t)PATTERN_BLOCK * W * sizeof *bits);
  uint64_t *plane = calloc((size_t)COUNT_PLANES * W4, sizeof *plane), *x = calloc(W4, sizeof *x);
  assert(C && y && label && bits && plane && x);
  Rng rng;
  Rng_init(&rng, s->seed, s->experiment, s->key);
  for (int mu = 0; mu < s->P; mu++)
    label[mu] = (Rng_bits(&rng) & 1) ? -1 : 1;
  for (int n = 0; n < s->N; n++)
    y[n] = Rng_normal(&rng);
  Rng_init(&rng, s->seed, s->experiment + 1, s->key);
  int32_t pending = 0;
  for (int mu = 0; mu < s->P; mu++) {
    const uint64_t flip = label[mu] < 0 ? ~0ull : 0;
    for (int k = 0; k < W; k++)
      x[k] = Rng_bits(&rng) ^ flip;              /* bit 1 where sigma^mu xi^mu_n = -1 */
    count_signs(plane, x, W4);
    if (++pending == (1 << COUNT_PLANES) - 1 || mu == s->P - 1)
      flush_counts(C, plane, W, W4, pending), pending = 0;   /* C_n += sum sigma^mu xi^mu_n */
  }
  memset(C + s->N, 0, (size_t)(64 * W - s->N) * sizeof *C);
  Rng_init(&rng, s->seed, s->experiment + 1, s->key);
  const double rootN = sqrt((double)s->N);
  for (int mu = 0; mu < s->P; mu += PATTERN_BLOCK) {
    int nb = next_patterns(&rng, bits, s->P - mu, W);
    double dc[PATTERN_BLOCK], dy[PATTERN_BLOCK];
    signed_dots(bits, C, y, W, dc, dy);
    for (int p = 0; p < nb; p++) {
      A[mu + p] = label[mu + p] * dc[p] / s->N;   /* learning (S59) */
      B[mu + p] = label[mu + p] * dy[p] / rootN;
    }
  }
  free(C), free(y), free(label), free(bits), free(plane), free(x);
}
#line 3303 "noweb/learning.nw"
enum { EXP_STABILITY = 201, EXP_FIG3 = 203 };

typedef struct {
  int moment, N, P;
  double nu;
  uint64_t seed;
} Stability_run;

static void stability_body(uint64_t rep, void *ctx, Stats *out)
{
  const Stability_run *r = ctx;
  Sample_spec s = {r->N, r->P, r->seed, EXP_STABILITY, rep};
  double *A = malloc((size_t)r->P * sizeof *A), *B = malloc((size_t)r->P * sizeof *B);
  assert(A && B);
  stabilities(&s, A, B);
  double sum = 0;
  for (int mu = 0; mu < r->P; mu++) {
    double d = r->nu * A[mu] + B[mu];
    sum += r->moment == 1 ? d : (d - r->nu) * (d - r->nu);
  }
  Stats_add(out, sum / r->P);
  free(A), free(B);
}

void Learning_stability_mc(Ledger_mc *out, int moment, int N, int P, double nu, uint64_t seed,
                           uint64_t realizations, int threads)
{
  assert((moment == 1 || moment == 2) && N >= 1 && P >= 1 && isfinite(nu) && realizations >= 2);
  Stability_run r = {moment, N, P, nu, seed};
  Stats total;
  Stats_parallel(&total, realizations, threads, stability_body, &r);
  Ledger_mc_set(out, Stats_mean(&total), Stats_stderr(&total),
                moment == 1 ? nu : 1 + nu * nu * (P - 1) / (double)N, total.n);
}
#line 3385 "noweb/learning.nw"
static uint64_t fig3_key(uint64_t P, uint64_t r)
{
  if (r < 65536)
    return (P << 16) | r;                        /* the keys of the claims' runs */
  return (1ull << 63) | (P << 32) | r;          /* disjoint from those: P < 2^24, r < 2^32 */
}

void Learning_fig3_realization(const Fig3_run *f, uint64_t r, double *pc)
{
  Sample_spec s = {f->N, f->P, f->seed, EXP_FIG3, fig3_key((uint64_t)f->P, r)};
  double *A = malloc((size_t)f->P * sizeof *A), *B = malloc((size_t)f->P * sizeof *B);
  assert(A && B);
  stabilities(&s, A, B);
  for (int k = 0; k < f->nnu; k++) {
    double sum = 0;
    for (int mu = 0; mu < f->P; mu++)
      sum += 1 / (1 + exp(-(f->nu[k] * A[mu] + B[mu])));
    pc[k] = sum / f->P;
  }
  free(A), free(B);
}

static void fig3_body(uint64_t rep, void *ctx, Stats *out)
{
  double pc;
  Learning_fig3_realization(ctx, rep, &pc);
  Stats_add(out, pc);
}

void Learning_exact_pc_info(double alpha, double nu, double *pc, double *info)
{
  mpfr_t a, n, v;
  mpfr_inits2(128, a, n, v, (mpfr_ptr)0);
  mpfr_set_d(a, alpha, MPFR_RNDN);
  mpfr_set_d(n, nu, MPFR_RNDN);
  Learning_pc(v, a, n);
  *pc = mpfr_get_d(v, MPFR_RNDN);
  Learning_info(v, a, n);
  *info = mpfr_get_d(v, MPFR_RNDN);
  mpfr_clears(a, n, v, (mpfr_ptr)0);
}

void Learning_info_estimate(Ledger_mc *info, double p, double se, double exact, uint64_t n)
{
  info->estimate = log(2) + p * log(p) + (1 - p) * log1p(-p);
  info->stderr_ = fabs(log(p / (1 - p))) * se;
  info->exact = exact;
  info->z = info->stderr_ > 0 ? Stats_z(info->estimate, info->stderr_, exact) : NAN;
  info->samples = n;
}

void Learning_fig3_mc(Ledger_mc *pc, Ledger_mc *info, double alpha, double nu, int N, uint64_t seed,
                      uint64_t realizations, int threads)
{
  double P = floor(alpha * N + 0.5);
  assert(N >= 1 && alpha > 0 && P >= 1 && P < 16777216 && isfinite(nu) && realizations >= 2
         && realizations <= 4294967296ull);
  Fig3_run f = {N, (int)P, 1, &nu, seed};
  Stats total;
  Stats_parallel(&total, realizations, threads, fig3_body, &f);
  double exact_pc, exact_info;
  Learning_exact_pc_info(alpha, nu, &exact_pc, &exact_info);
  pc->estimate = Stats_mean(&total);
  pc->stderr_ = Stats_stderr(&total);
  pc->exact = exact_pc;
  pc->z = pc->stderr_ > 0 ? Stats_z(pc->estimate, pc->stderr_, exact_pc) : NAN;
  pc->samples = total.n;
  Learning_info_estimate(info, pc->estimate, pc->stderr_, exact_info, total.n);
}
