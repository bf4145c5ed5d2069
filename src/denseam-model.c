#line 230 "noweb/denseam.nw"
/* denseam-model.c: tangled from noweb/denseam.nw; edit that, not this. */
#include "denseam-internal.h"
#line 258 "noweb/denseam.nw"
void Denseam_patterns_draw(Denseam_patterns *p, int n, unsigned N, unsigned K, uint64_t seed,
                           uint64_t experiment, uint64_t replicate)
{
  assert(n >= 2 && N >= 1 && K >= 1);
  p->n = n;
  p->N = N;
  p->K = K;
  p->xi = malloc((size_t)K * N);
  assert(p->xi != NULL);
  Denseam_patterns_fill(p->xi, 1, N, N, K, seed, experiment, replicate);
}

void Denseam_patterns_fill(signed char *x, size_t unit_step, size_t pattern_step, unsigned N,
                           unsigned K, uint64_t seed, uint64_t experiment, uint64_t replicate)
{
  Rng rng;
  Rng_init(&rng, seed, experiment, replicate);
  signed char bytes[256][8];                     /* bit j of v set: unit j is +1 */
  for (unsigned v = 0; v < 256; v++)
    for (unsigned j = 0; j < 8; j++)
      bytes[v][j] = (v >> j) & 1 ? 1 : -1;
  size_t words = (N + 63) / 64;
  if (unit_step == 1) {
    for (size_t mu = 0; mu < K; mu++)
      for (size_t w = 0; w < words; w++) {
        uint64_t b = Rng_bits(&rng);
        for (size_t j = 0; j < 64 && 64 * w + j < N; j += 8) {
          size_t left = N - (64 * w + j);
          memcpy(x + mu * pattern_step + 64 * w + j, bytes[(b >> j) & 0xff], left < 8 ? left : 8);
        }
      }
    return;
  }
  uint64_t *bits = malloc(64 * words * sizeof *bits);   /* the words of 64 patterns */
  assert(bits != NULL);
  for (size_t mu0 = 0; mu0 < K; mu0 += 64) {
    size_t rows = K - mu0 < 64 ? K - mu0 : 64;
    for (size_t r = 0; r < rows; r++)
      for (size_t w = 0; w < words; w++)
        bits[r * words + w] = Rng_bits(&rng);
    for (size_t i = 0; i < N; i++) {             /* unit i of the 64 patterns, in a run */
      signed char *dst = x + i * unit_step + mu0 * pattern_step;
      const uint64_t *b = bits + i / 64;
      for (size_t r = 0; r < rows; r++)
        dst[r * pattern_step] = (b[r * words] >> (i % 64)) & 1 ? 1 : -1;
    }
  }
  free(bits);
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

double Denseam_flip_energy(const Denseam_patterns *p, const long *M, const signed char *s,
                           unsigned i)
{
  assert(i < p->N && pow(p->N + 2.0, p->n) * p->K < 0x1p62);
  return (double)flip_sum(p, M, s, i) / flip_scale(p);
}
#line 423 "noweb/denseam.nw"
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
