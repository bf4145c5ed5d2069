#line 3478 "noweb/rebooting.nw"
/* rebooting-wolff.c: tangled from noweb/rebooting.nw; edit that, not this. */
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
#line 3486 "noweb/rebooting.nw"
enum { EXPERIMENT_WOLFF = 305 };

void Rebooting_wolff_init(Rebooting_wolff *w, int L, double T, uint64_t seed, uint64_t chain)
{
  assert(L >= 4 && L <= 4096 && T > 0 && chain < ((uint64_t)1 << 32));
  size_t n = (size_t)L * (size_t)L;
  w->L = L;
  w->s = malloc(n), w->neighbour = malloc(4 * n * sizeof *w->neighbour);
  w->stack = malloc(n * sizeof *w->stack);
  assert(w->s && w->neighbour && w->stack);
  memset(w->s, 1, n);
  for (int y = 0; y < L; y++)
    for (int x = 0; x < L; x++) {
      int32_t *nb = w->neighbour + 4 * ((size_t)y * L + x);
      nb[0] = y * L + (x + 1) % L, nb[1] = y * L + (x + L - 1) % L;
      nb[2] = (y + 1) % L * L + x, nb[3] = (y + L - 1) % L * L + x;
    }
  double t = ldexp(-expm1(-2 / T), 64);                   /* 2^64 (1 - e^{-2J/T}) */
  w->bond = t >= 18446744073709551616.0 ? UINT64_MAX : (uint64_t)t;
  w->M = (int64_t)n;
  Rng_init(&w->rng, seed, EXPERIMENT_WOLFF, ((uint64_t)L << 32) | chain);
}

void Rebooting_wolff_free(Rebooting_wolff *w) { free(w->s), free(w->neighbour), free(w->stack); }

double Rebooting_wolff_abs_m(const Rebooting_wolff *w)
{
  return (double)llabs(w->M) / ((double)w->L * w->L);
}
#line 3518 "noweb/rebooting.nw"
uint64_t Rebooting_wolff_flip(Rebooting_wolff *w)
{
  uint64_t n = (uint64_t)w->L * (uint64_t)w->L;
  int32_t seed = (int32_t)(((unsigned __int128)Rng_bits(&w->rng) * n) >> 64);
  int8_t s = w->s[seed];
  w->s[seed] = (int8_t)-s;
  w->stack[0] = seed;
  size_t top = 1;
  uint64_t size = 1;
  while (top > 0) {
    const int32_t *nb = w->neighbour + 4 * (size_t)w->stack[--top];
    for (int k = 0; k < 4; k++)
      if (w->s[nb[k]] == s && Rng_bits(&w->rng) < w->bond) {
        w->s[nb[k]] = (int8_t)-s;                         /* flipped on joining: tried once */
        w->stack[top++] = nb[k];
        size++;
      }
  }
  w->M -= 2 * (int64_t)s * (int64_t)size;
  return size;
}
#line 3601 "noweb/rebooting.nw"
static void wolff_chain(double moment[WOLFF_MOMENTS], int L, double T, uint64_t seed,
                        uint64_t chain, uint64_t sweeps)
{
  assert(sweeps >= 1);
  Rebooting_wolff w;
  Rebooting_wolff_init(&w, L, T, seed, chain);
  double n = (double)L * L;
  uint64_t held = 0, late_flips = 0, late_size = 0;
  while ((double)held < WOLFF_BURN_IN * n) {              /* burn-in, measuring k */
    uint64_t size = Rebooting_wolff_flip(&w);
    held += size;
    if ((double)held > WOLFF_BURN_IN / 2 * n)
      late_flips++, late_size += size;
  }
  double k = round(n * (double)late_flips / (double)late_size);
  uint64_t flips = (k < 1 ? 1 : (uint64_t)k) * sweeps;
  double sum[WOLFF_MOMENTS] = {0};
  for (uint64_t i = 0; i < flips; i++) {
    Rebooting_wolff_flip(&w);
    double m = Rebooting_wolff_abs_m(&w);
    sum[WOLFF_ABS_M] += m, sum[WOLFF_M2] += m * m, sum[WOLFF_M4] += m * m * m * m;
  }
  for (int j = 0; j < WOLFF_MOMENTS; j++)
    moment[j] = sum[j] / (double)flips;
  Rebooting_wolff_free(&w);
}

typedef struct {
  int L, which;
  double T;
  uint64_t seed, sweeps;
} Wolff_run;

static void wolff_chain_moment(uint64_t chain, void *ctx, Stats *out)
{
  const Wolff_run *e = ctx;
  double moment[WOLFF_MOMENTS];
  wolff_chain(moment, e->L, e->T, e->seed, chain, e->sweeps);
  Stats_add(out, moment[e->which]);
}

void Rebooting_wolff_moment(Stats *out, int L, double T, int which, uint64_t seed,
                            uint64_t sweeps, int threads)
{
  assert(which >= 0 && which < WOLFF_MOMENTS);
  Wolff_run e = {.L = L, .which = which, .T = T, .seed = seed, .sweeps = sweeps};
  Stats_distributed(out, WOLFF_CHAINS, threads, wolff_chain_moment, &e);
}
#line 3765 "noweb/rebooting.nw"
void Rebooting_wolff_fss(Rebooting_wolff_scaling *f, int Lmin, int Lmax, uint64_t seed,
                         uint64_t sweeps, int threads)
{
  assert(Lmin >= 4 && 2 * Lmin <= Lmax && Lmax <= 4096);
  double T = Rebooting_ising_tc_double();
  double x[WOLFF_SIZES], y[WOLFF_SIZES], sy[WOLFF_SIZES];
  f->n = 0;
  for (int L = Lmin; L <= Lmax; L *= 2) {
    int i = f->n++;
    Stats s;
    Rebooting_wolff_moment(&s, L, T, WOLFF_ABS_M, seed, sweeps, threads);
    f->L[i] = L, f->mean[i] = Stats_mean(&s), f->stderr_[i] = Stats_stderr(&s);
    x[i] = log(L), y[i] = log(f->mean[i]), sy[i] = f->stderr_[i] / f->mean[i];
  }
  
#line 3784 "noweb/rebooting.nw"
double mx = 0, my = 0, sxx = 0, sxy = 0, var = 0;
for (int i = 0; i < f->n; i++)
  mx += x[i] / f->n, my += y[i] / f->n;
for (int i = 0; i < f->n; i++)
  sxx += (x[i] - mx) * (x[i] - mx);
for (int i = 0; i < f->n; i++)
  sxy += (x[i] - mx) * (y[i] - my), var += (x[i] - mx) * (x[i] - mx) * sy[i] * sy[i];
f->slope = sxy / sxx, f->slope_stderr = sqrt(var) / sxx;
f->chi2 = 0;
for (int i = 0; i < f->n; i++) {
  double r = (y[i] - my - f->slope * (x[i] - mx)) / sy[i];
  f->chi2 += r * r;
}
#line 3780 "noweb/rebooting.nw"
}
