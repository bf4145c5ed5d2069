#line 127 "noweb/learning.nw"
/* learning-patterns.c: tangled from noweb/learning.nw; edit that, not this. */
#include "learning-internal.h"
#line 2418 "noweb/learning.nw"
typedef double v4d __attribute__((vector_size(32)));
typedef uint64_t v4u __attribute__((vector_size(32)));

static inline void sign_masks(v4u *m, uint64_t word, int j)
{
  const v4u shift = {(uint64_t)j, (uint64_t)j + 1, (uint64_t)j + 2, (uint64_t)j + 3};
  const v4u w = {word, word, word, word};
  *m = ((w >> shift) & 1) << 63;
}

__attribute__((target_clones("avx2", "default")))
static void add_signed(double *restrict C, const uint64_t *restrict bits, double label, int W)
{
  uint64_t u;
  memcpy(&u, &label, sizeof u);
  const v4u l = {u, u, u, u};
  for (int k = 0; k < W; k++)
    for (int j = 0; j < 64; j += 4) {
      v4d c;
      v4u m;
      sign_masks(&m, bits[k], j);
      memcpy(&c, C + 64 * k + j, sizeof c);
      c += (v4d)(l ^ m);
      memcpy(C + 64 * k + j, &c, sizeof c);
    }
}

__attribute__((target_clones("avx2", "default")))
static void signed_dots(const uint64_t *restrict bits, const double *restrict C,
                        const double *restrict y, int W, double *dc, double *dy)
{
  v4d a = {0, 0, 0, 0}, b = {0, 0, 0, 0};
  for (int k = 0; k < W; k++)
    for (int j = 0; j < 64; j += 4) {
      v4u m;
      sign_masks(&m, bits[k], j);
      v4d c, v;
      memcpy(&c, C + 64 * k + j, sizeof c);
      memcpy(&v, y + 64 * k + j, sizeof v);
      a += (v4d)((v4u)c ^ m);
      b += (v4d)((v4u)v ^ m);
    }
  *dc = (a[0] + a[1]) + (a[2] + a[3]);
  *dy = (b[0] + b[1]) + (b[2] + b[3]);
}
#line 2469 "noweb/learning.nw"
typedef struct {
  int N, P;
  uint64_t seed, experiment, key;
} Sample_spec;

static void stabilities(const Sample_spec *s, double *A, double *B)
{
  const int W = (s->N + 63) / 64;
  double *C = calloc((size_t)64 * W, sizeof *C), *y = calloc((size_t)64 * W, sizeof *y);
  double *label = malloc((size_t)s->P * sizeof *label);
  uint64_t *bits = malloc((size_t)W * sizeof *bits);
  assert(C && y && label && bits);
  Rng rng;
  Rng_init(&rng, s->seed, s->experiment, s->key);
  for (int mu = 0; mu < s->P; mu++)
    label[mu] = (Rng_bits(&rng) & 1) ? -1.0 : 1.0;
  for (int n = 0; n < s->N; n++)
    y[n] = Rng_normal(&rng);
  Rng_init(&rng, s->seed, s->experiment + 1, s->key);
  for (int mu = 0; mu < s->P; mu++) {
    for (int k = 0; k < W; k++)
      bits[k] = Rng_bits(&rng);
    add_signed(C, bits, label[mu], W);           /* C_n += sigma^mu xi^mu_n */
  }
  memset(C + s->N, 0, (size_t)(64 * W - s->N) * sizeof *C);
  Rng_init(&rng, s->seed, s->experiment + 1, s->key);
  const double rootN = sqrt((double)s->N);
  for (int mu = 0; mu < s->P; mu++) {
    for (int k = 0; k < W; k++)
      bits[k] = Rng_bits(&rng);
    double dc, dy;
    signed_dots(bits, C, y, W, &dc, &dy);
    A[mu] = label[mu] * dc / s->N;              /* learning (S59) */
    B[mu] = label[mu] * dy / rootN;
  }
  free(C), free(y), free(label), free(bits);
}
#line 2523 "noweb/learning.nw"
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
#line 2605 "noweb/learning.nw"
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
