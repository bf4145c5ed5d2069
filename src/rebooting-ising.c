#line 80 "noweb/rebooting.nw"
/* rebooting-ising.c: tangled from noweb/rebooting.nw; edit that, not this. */
#line 95 "noweb/rebooting.nw"
#include "rebooting-internal.h"
#include <assert.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <Random123/philox.h>
#include "numerics.h"
#include "stochastic.h"
#line 2420 "noweb/rebooting.nw"
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__) && defined(__linux__)
#define ISING_CLONES __attribute__((optimize("O3"), target_clones("arch=x86-64-v4", "default")))
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
  g->side = malloc(n);
  g->rnd = malloc((size_t)L * (size_t)L * sizeof *g->rnd);
  assert(s0 && s1 && g->side && g->rnd);
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
  free(g->s[0] - g->H), free(g->s[1] - g->H), free(g->side), free(g->rnd);
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
#line 2472 "noweb/rebooting.nw"
ISING_CLONES
static void fill_random(uint32_t *restrict out, size_t nblocks, uint64_t sweep,
                        const uint32_t key[2])
{
  philox4x32_key_t k = {{key[0], key[1]}};
  for (size_t i = 0; i < nblocks; i++) {
    philox4x32_ctr_t c = {{(uint32_t)i, (uint32_t)sweep, (uint32_t)(sweep >> 32), 0}};
    philox4x32_ctr_t r = philox4x32_R(10, c, k);
    out[4 * i] = r.v[0], out[4 * i + 1] = r.v[1], out[4 * i + 2] = r.v[2], out[4 * i + 3] = r.v[3];
  }
}

ISING_CLONES
static void update_colour(int8_t *restrict S, const int8_t *restrict O, int8_t *restrict side,
                          int L, int H, int c, const uint32_t *restrict r, uint32_t t2, uint32_t t4)
{
  size_t n = (size_t)L * (size_t)H;
  for (int y = 0; y < L; y++) {
    int8_t *q = side + (size_t)y * H;
    const int8_t *p = O + (size_t)y * H;
    if ((y + c) & 1) {
      for (int j = 0; j < H - 1; j++)
        q[j] = p[j + 1];
      q[H - 1] = p[0];
    } else {
      q[0] = p[H - 1];
      for (int j = 1; j < H; j++)
        q[j] = p[j - 1];
    }
  }
  for (size_t i = 0; i < n; i++) {
    int8_t h = (int8_t)(O[i] + side[i] + O[i - H] + O[i + H]);   /* O[-H..-1], O[n..n+H): ghosts */
    int8_t d = (int8_t)(S[i] * h);
    uint32_t t = d == 2 ? t2 : t4;
    int8_t flip = (int8_t) - (int8_t)((d <= 0) | (r[i] < t));
    S[i] = (int8_t)((S[i] ^ flip) - flip);               /* s -> -s where flip = -1 */
  }
  memcpy(S - H, S + n - H, (size_t)H), memcpy(S + n, S, (size_t)H);
}

void Rebooting_ising_sweep(Rebooting_ising *g)
{
  int L = g->L, H = g->H;
  size_t n = (size_t)L * (size_t)H;
  fill_random(g->rnd, (size_t)L * (size_t)L / 4, g->sweep++, g->key);
  for (int c = 0; c < 2; c++)
    update_colour(g->s[c], g->s[1 - c], g->side, L, H, c, g->rnd + (size_t)c * n, g->t2, g->t4);
}
#line 2542 "noweb/rebooting.nw"
void Rebooting_ising_tc(mpfr_t out)
{
  mpfr_t t;
  mpfr_init2(t, mpfr_get_prec(out) + 16);
  mpfr_sqrt_ui(t, 2, MPFR_RNDN);
  mpfr_log1p(t, t, MPFR_RNDN);
  mpfr_ui_div(out, 2, t, MPFR_RNDN);                      /* Onsager */
  mpfr_clear(t);
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

double Rebooting_ising_L4(double T)
{
  assert(T > 0);
  double z = 0, zm = 0;
  for (unsigned state = 0; state < 65536; state++) {
    int s[16], m = 0, e = 0;
    for (int i = 0; i < 16; i++)
      s[i] = (state >> i) & 1 ? 1 : -1, m += s[i];
    for (int y = 0; y < 4; y++)
      for (int x = 0; x < 4; x++)
        e -= s[4 * y + x] * (s[4 * y + (x + 1) % 4] + s[4 * ((y + 1) % 4) + x]);
    double w = exp(-(e + 32) / T);
    z += w, zm += w * abs(m) / 16.0;
  }
  return zm / z;
}

#line 2629 "noweb/rebooting.nw"
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
  Stats_parallel(&total, ISING_CHAINS, threads, ising_chain, &e);
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
