#line 7464 "noweb/learning.nw"
/* bench-learning.c: tangled from noweb/learning.nw; edit that, not this. */
#include <assert.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include "bench-common.h"
#include "learning.h"
#include "stochastic.h"

#line 7486 "noweb/learning.nw"
static const char *const pc_reference =
  "0.7599505488176242227420495014388774170842236208031076835396089963"
  "0050924323856614515777406531464227916818956510920119504947367";
#line 7542 "noweb/learning.nw"
static double plain_realization(int N, int P, double nu, uint64_t key)
{
  signed char *xi = malloc((size_t)N * P);
  double *label = malloc(P * sizeof *label), *y = malloc(N * sizeof *y), *w = malloc(N * sizeof *w);
  assert(xi && label && y && w);
  Rng rng;
  Rng_init(&rng, 1, 299, key);
  for (int m = 0; m < P; m++) {
    label[m] = (Rng_bits(&rng) & 1) ? -1 : 1;
    for (int n = 0; n < N; n += 64) {
      uint64_t b = Rng_bits(&rng);
      for (int j = 0; j < 64 && n + j < N; j++)
        xi[(size_t)m * N + n + j] = ((b >> j) & 1) ? -1 : 1;
    }
  }
  for (int n = 0; n < N; n++)
    y[n] = Rng_normal(&rng);
  for (int n = 0; n < N; n++) {
    double F = 0;
    for (int m = 0; m < P; m++)
      F += label[m] * xi[(size_t)m * N + n];
    w[n] = nu * F / sqrt((double)N) + y[n];
  }
  double pc = 0;
  for (int m = 0; m < P; m++) {
    double d = 0;
    for (int n = 0; n < N; n++)
      d += w[n] * xi[(size_t)m * N + n];
    pc += 1 / (1 + exp(-label[m] * d / sqrt((double)N)));
  }
  free(xi), free(label), free(y), free(w);
  return pc / P;
}

#line 7476 "noweb/learning.nw"
int main(int argc, char **argv)
{
  int runs = Bench_runs(argc, argv);
  
#line 7492 "noweb/learning.nw"
{
  double *t = malloc((size_t)runs * sizeof *t);
  assert(t != NULL);
  mpfr_t a, n, p, ref;
  mpfr_inits2(337, a, n, p, (mpfr_ptr)0);
  mpfr_init2(ref, 500);
  mpfr_set_ui(a, 1, MPFR_RNDN);
  mpfr_set_ui(n, 2, MPFR_RNDN);
  for (int r = 0; r < runs; r++) {
    double t0 = Bench_seconds();
    Learning_pc(p, a, n);
    t[r] = Bench_seconds() - t0;
  }
  char note[48];
  mpfr_set_str(ref, pc_reference, 10, MPFR_RNDN);
  snprintf(note, sizeof note, "%d correct digits", Bench_correct_digits(p, ref));
  Bench_row("pc-eq20", "alpha=1,nu=2", "100 digits", t, runs, note);
  mpfr_clears(a, n, p, ref, (mpfr_ptr)0);
  free(t);
}
#line 7480 "noweb/learning.nw"
  
#line 7519 "noweb/learning.nw"
{
  const int N = 10000, P = 10000;
  double *t = malloc((size_t)runs * sizeof *t), *u = malloc((size_t)runs * sizeof *u);
  assert(t && u);
  for (int r = 0; r < runs; r++) {
    Ledger_mc pc, info;
    double t0 = Bench_seconds();
    Learning_fig3_mc(&pc, &info, 1, 2, N, 1, 2, 1);
    t[r] = (Bench_seconds() - t0) / 2;
    t0 = Bench_seconds();
    plain_realization(N, P, 2.0, (uint64_t)r);
    u[r] = Bench_seconds() - t0;
  }
  double med = Bench_median(t, runs), plain = Bench_median(u, runs);
  char note[96];
  snprintf(note, sizeof note, "%.1fx faster than a plain dense double loop (%.3g s)", plain / med,
           plain);
  Bench_row("fig3-realization", "N=10000,alpha=1", "double", t, runs, note);
  free(t), free(u);
}
#line 7481 "noweb/learning.nw"
  return 0;
}
