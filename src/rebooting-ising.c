#line 82 "noweb/rebooting.nw"
/* rebooting-ising.c: tangled from noweb/rebooting.nw; edit that, not this. */
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
#line 2969 "noweb/rebooting.nw"
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__) && defined(__linux__)
#define ISING_CLONES __attribute__((optimize("O3"), target_clones("arch=x86-64-v4", "default")))
#define ISING_AVX512
#include <immintrin.h>
#elif defined(__GNUC__) && !defined(__clang__)
#define ISING_CLONES __attribute__((optimize("O3")))
#else
#define ISING_CLONES
#endif

enum { EXPERIMENT_ISING = 303, EXPERIMENT_ISING_TAU = 304 };

static uint32_t threshold(double d, double T)
{
  double t = ldexp(exp(-2 * d / T), 32);
  return t >= 4294967295.0 ? 4294967295u : (uint32_t)t;
}

void Rebooting_ising_init(Rebooting_ising *g, int L, double T, uint64_t seed, uint64_t chain)
{
  assert(L >= 4 && L <= 4096 && L % 2 == 0 && T > 0);
  g->L = L, g->H = L / 2;
  size_t n = (size_t)L * (size_t)g->H, ghost = (size_t)g->H;
  int8_t *s0 = malloc(n + 2 * ghost), *s1 = malloc(n + 2 * ghost);
  g->side = malloc(n), g->odd = malloc(n);
  g->rnd = malloc((size_t)L * (size_t)L * sizeof *g->rnd);
  assert(s0 && s1 && g->side && g->odd && g->rnd);
  for (size_t i = 0; i < n; i++)
    g->odd[i] = (int8_t)-(int8_t)((i / (size_t)g->H) & 1);    /* all ones in odd rows */
  memset(s0, 1, n + 2 * ghost), memset(s1, 1, n + 2 * ghost);
  g->s[0] = s0 + ghost, g->s[1] = s1 + ghost;
  g->t2 = threshold(2, T), g->t4 = threshold(4, T);
  Rng rng;
  Rng_init(&rng, seed, EXPERIMENT_ISING, chain);
  uint64_t k = Rng_bits(&rng);
  g->key[0] = (uint32_t)k, g->key[1] = (uint32_t)(k >> 32);
  g->sweep = 0;
}

void Rebooting_ising_free(Rebooting_ising *g)
{
  free(g->s[0] - g->H), free(g->s[1] - g->H), free(g->side), free(g->odd), free(g->rnd);
}

ISING_CLONES
double Rebooting_ising_abs_m(const Rebooting_ising *g)
{
  long m = 0;
  size_t n = (size_t)g->L * (size_t)g->H;
  for (size_t i = 0; i < n; i++)
    m += g->s[0][i] + g->s[1][i];
  return fabs((double)m) / ((double)g->L * g->L);
}
#line 3025 "noweb/rebooting.nw"
static void fill_blocks(uint32_t *restrict out, size_t from, size_t nblocks, uint64_t sweep,
                        const uint32_t key[2])
{
  philox4x32_key_t k = {{key[0], key[1]}};
  for (size_t i = from; i < nblocks; i++) {
    philox4x32_ctr_t c = {{(uint32_t)i, (uint32_t)sweep, (uint32_t)(sweep >> 32), 0}};
    philox4x32_ctr_t r = philox4x32_R(10, c, k);
    out[4 * i] = r.v[0], out[4 * i + 1] = r.v[1], out[4 * i + 2] = r.v[2], out[4 * i + 3] = r.v[3];
  }
}

#line 3111 "noweb/rebooting.nw"
#ifdef ISING_AVX512
__attribute__((target("avx512f")))
static inline void mulhilo16(__m512i x, __m512i m, __m512i *hi, __m512i *lo)
{
  __m512i even = _mm512_mul_epu32(x, m), odd = _mm512_mul_epu32(_mm512_srli_epi64(x, 32), m);
  *lo = _mm512_mask_blend_epi32(0xAAAA, even, _mm512_slli_epi64(odd, 32));
  *hi = _mm512_mask_blend_epi32(0xAAAA, _mm512_srli_epi64(even, 32), odd);
}

__attribute__((target("avx512f"), optimize("O3")))
static size_t fill_sixteens(uint32_t *restrict out, size_t nblocks, uint64_t sweep,
                            const uint32_t key[2])
{
  const __m512i m0 = _mm512_set1_epi32((int)PHILOX_M4x32_0);
  const __m512i m1 = _mm512_set1_epi32((int)PHILOX_M4x32_1);
  const __m512i w0 = _mm512_set1_epi32((int)PHILOX_W32_0);
  const __m512i w1 = _mm512_set1_epi32((int)PHILOX_W32_1);
  const __m512i sixteen = _mm512_set1_epi32(16);
  __m512i counter = _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
  size_t i = 0;
  for (; i + 16 <= nblocks; i += 16, counter = _mm512_add_epi32(counter, sixteen)) {
    __m512i c0 = counter, c1 = _mm512_set1_epi32((int)(uint32_t)sweep),
            c2 = _mm512_set1_epi32((int)(uint32_t)(sweep >> 32)), c3 = _mm512_setzero_si512();
    __m512i k0 = _mm512_set1_epi32((int)key[0]), k1 = _mm512_set1_epi32((int)key[1]);
    for (int round = 0; round < 10; round++) {
      if (round > 0)
        k0 = _mm512_add_epi32(k0, w0), k1 = _mm512_add_epi32(k1, w1);
      __m512i hi0, lo0, hi1, lo1;
      mulhilo16(c0, m0, &hi0, &lo0);
      mulhilo16(c2, m1, &hi1, &lo1);
      c0 = _mm512_xor_si512(_mm512_xor_si512(hi1, c1), k0);
      c2 = _mm512_xor_si512(_mm512_xor_si512(hi0, c3), k1);
      c1 = lo1, c3 = lo0;
    }
    __m512i t0 = _mm512_unpacklo_epi32(c0, c1), t1 = _mm512_unpackhi_epi32(c0, c1);
    __m512i t2 = _mm512_unpacklo_epi32(c2, c3), t3 = _mm512_unpackhi_epi32(c2, c3);
    __m512i u0 = _mm512_unpacklo_epi64(t0, t2), u1 = _mm512_unpackhi_epi64(t0, t2);
    __m512i u2 = _mm512_unpacklo_epi64(t1, t3), u3 = _mm512_unpackhi_epi64(t1, t3);
    /* u0 holds blocks 0, 4, 8, 12 (one a quarter), u1 blocks 1, 5, 9, 13, ... */
    __m512i a = _mm512_shuffle_i32x4(u0, u1, 0x88), b = _mm512_shuffle_i32x4(u2, u3, 0x88);
    __m512i c = _mm512_shuffle_i32x4(u0, u1, 0xdd), d = _mm512_shuffle_i32x4(u2, u3, 0xdd);
    _mm512_storeu_si512(out + 4 * i, _mm512_shuffle_i32x4(a, b, 0x88));        /* blocks 0-3 */
    _mm512_storeu_si512(out + 4 * i + 16, _mm512_shuffle_i32x4(c, d, 0x88));   /* 4-7 */
    _mm512_storeu_si512(out + 4 * i + 32, _mm512_shuffle_i32x4(a, b, 0xdd));   /* 8-11 */
    _mm512_storeu_si512(out + 4 * i + 48, _mm512_shuffle_i32x4(c, d, 0xdd));   /* 12-15 */
  }
  return i;
}
#endif

#line 3038 "noweb/rebooting.nw"
static void fill_random(uint32_t *restrict out, size_t nblocks, uint64_t sweep,
                        const uint32_t key[2])
{
  size_t done = 0;
#ifdef ISING_AVX512
  if (__builtin_cpu_supports("avx512f"))
    done = fill_sixteens(out, nblocks, sweep, key);
#endif
  fill_blocks(out, done, nblocks, sweep, key);
}

ISING_CLONES
static void update_colour(int8_t *restrict S, const int8_t *restrict O, int8_t *restrict side,
                          const int8_t *restrict odd, int L, int H, int c,
                          const uint32_t *restrict r, uint32_t t2, uint32_t t4)
{
  size_t n = (size_t)L * (size_t)H;
  int8_t flip_rows = (int8_t)-c;
  for (size_t i = 0; i < n; i++) {                      /* O[-1] and O[n] are in the ghosts */
    int8_t right = odd[i] ^ flip_rows;
    side[i] = (int8_t)((O[i + 1] & right) | (O[i - 1] & ~right));
  }
  for (int y = 0; y < L; y++) {                         /* the row's other end */
    size_t first = (size_t)y * H, last = first + H - 1;
    if ((y + c) & 1)
      side[last] = O[first];
    else
      side[first] = O[last];
  }
  for (size_t i = 0; i < n; i++) {
    int8_t h = (int8_t)(O[i] + side[i] + O[i - H] + O[i + H]);   /* O[-H..-1], O[n..n+H): ghosts */
    int8_t d = (int8_t)(S[i] * h);
    uint32_t t = d == 2 ? t2 : t4;
    int8_t flip = (int8_t) - (int8_t)((d <= 0) | (r[i] < t));
    S[i] = (int8_t)((S[i] ^ flip) - flip);               /* s -> -s where flip = -1 */
  }
  for (int j = 0; j < H; j++)                           /* the ghost rows */
    S[j - H] = S[n - H + j], S[n + j] = S[j];
}

void Rebooting_ising_sweep(Rebooting_ising *g)
{
  int L = g->L, H = g->H;
  size_t n = (size_t)L * (size_t)H;
  fill_random(g->rnd, (size_t)L * (size_t)L / 4, g->sweep++, g->key);
  for (int c = 0; c < 2; c++)
    update_colour(g->s[c], g->s[1 - c], g->side, g->odd, L, H, c, g->rnd + (size_t)c * n, g->t2,
                  g->t4);
}
#line 3187 "noweb/rebooting.nw"
void Rebooting_ising_tc(mpfr_t out)
{
  mpfr_t t;
  mpfr_init2(t, mpfr_get_prec(out) + 16);
  mpfr_sqrt_ui(t, 2, MPFR_RNDN);
  mpfr_log1p(t, t, MPFR_RNDN);
  mpfr_ui_div(out, 2, t, MPFR_RNDN);                      /* Onsager */
  mpfr_clear(t);
}

double Rebooting_ising_tc_double(void)
{
  mpfr_t t;
  mpfr_init2(t, 64);
  Rebooting_ising_tc(t);
  double v = mpfr_get_d(t, MPFR_RNDN);
  mpfr_clear(t);
  return v;
}

void Rebooting_ising_yang(mpfr_t out, const mpfr_t T)
{
  assert(mpfr_cmp_ui(T, 0) > 0);
  mpfr_t t, tc;
  mpfr_inits2(mpfr_get_prec(out) + 64, t, tc, (mpfr_ptr)0);
  Rebooting_ising_tc(tc);
  if (mpfr_cmp(T, tc) >= 0)
    mpfr_set_zero(out, 1);
  else {
    mpfr_ui_div(t, 2, T, MPFR_RNDN);
    mpfr_sinh(t, t, MPFR_RNDN);
    mpfr_pow_si(t, t, -4, MPFR_RNDN);
    mpfr_ui_sub(t, 1, t, MPFR_RNDN);
    if (mpfr_sgn(t) <= 0)
      mpfr_set_zero(out, 1);
    else
      mpfr_rootn_ui(out, t, 8, MPFR_RNDN);                /* Yang */
  }
  mpfr_clears(t, tc, (mpfr_ptr)0);
}

double Rebooting_ising_L4(double T) { return Rebooting_ising_L4_moment(T, 1); }

double Rebooting_ising_L4_moment(double T, int power)
{
  assert(T > 0 && power >= 1);
  double z = 0, zm = 0;
  for (unsigned state = 0; state < 65536; state++) {
    int s[16], m = 0, e = 0;
    for (int i = 0; i < 16; i++)
      s[i] = (state >> i) & 1 ? 1 : -1, m += s[i];
    for (int y = 0; y < 4; y++)
      for (int x = 0; x < 4; x++)
        e -= s[4 * y + x] * (s[4 * y + (x + 1) % 4] + s[4 * ((y + 1) % 4) + x]);
    double w = exp(-(e + 32) / T);
    z += w, zm += w * pow(abs(m) / 16.0, power);
  }
  return zm / z;
}

#line 3286 "noweb/rebooting.nw"
typedef struct {
  int L;
  double T;
  uint64_t seed, sweeps;
} Ising_run;

static void ising_chain(uint64_t chain, void *ctx, Stats *out)
{
  const Ising_run *e = ctx;
  Rebooting_ising g;
  Rebooting_ising_init(&g, e->L, e->T, e->seed, chain);
  for (uint64_t i = 0; i < e->sweeps / 2; i++)
    Rebooting_ising_sweep(&g);
  Stats s;
  Stats_init(&s);
  for (uint64_t i = 0; i < e->sweeps; i++)
    Rebooting_ising_sweep(&g), Stats_add(&s, Rebooting_ising_abs_m(&g));
  Stats_add(out, Stats_mean(&s));
  Rebooting_ising_free(&g);
}

static double ising_exact(int L, double T)
{
  if (L == 4)
    return Rebooting_ising_L4(T);
  mpfr_t t, m;
  mpfr_inits2(64, t, m, (mpfr_ptr)0);
  mpfr_set_d(t, T, MPFR_RNDN);
  Rebooting_ising_yang(m, t);
  double v = mpfr_get_d(m, MPFR_RNDN);
  mpfr_clears(t, m, (mpfr_ptr)0);
  return v;
}

void Rebooting_ising_mc(Ledger_mc *out, int L, double T, uint64_t seed, uint64_t sweeps,
                        int threads)
{
  assert(sweeps >= 16 * ISING_CHAINS);
  Ising_run e = {.L = L, .T = T, .seed = seed, .sweeps = sweeps / ISING_CHAINS};
  Stats total;
  Stats_distributed(&total, ISING_CHAINS, threads, ising_chain, &e);
  Ledger_mc_set(out, Stats_mean(&total), Stats_stderr(&total), ising_exact(L, T),
                e.sweeps * ISING_CHAINS);
  if (out->stderr_ == 0)                         /* a frozen lattice: every chain read the same */
    out->z = fabs(out->estimate - out->exact) <= 1e-12 ? 0 : NAN;
}

double Rebooting_ising_tau(int L, double T, uint64_t seed, uint64_t sweeps)
{
  assert(sweeps >= 64);
  Rebooting_ising g;
  Rebooting_ising_init(&g, L, T, seed, ((uint64_t)EXPERIMENT_ISING_TAU << 32));
  double *x = malloc(sweeps * sizeof *x);
  assert(x);
  for (uint64_t i = 0; i < sweeps / 2; i++)
    Rebooting_ising_sweep(&g);
  for (uint64_t i = 0; i < sweeps; i++)
    Rebooting_ising_sweep(&g), x[i] = Rebooting_ising_abs_m(&g);
  Batch_means bm;
  Batch_means_compute(&bm, x, sweeps, 32);
  free(x);
  Rebooting_ising_free(&g);
  return bm.tau_int;
}
