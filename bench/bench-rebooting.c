#line 2429 "noweb/rebooting.nw"
/* bench-rebooting.c: tangled from noweb/rebooting.nw; edit that, not this. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include "rebooting.h"

static double seconds(void)
{
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

static int by_value(const void *a, const void *b)
{
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

static void bench(int L, int sweeps, int runs)
{
  double t[64];
  Rebooting_ising g;
  Rebooting_ising_init(&g, L, 2.269185314213022, 1, 0);
  for (int i = 0; i < sweeps / 4; i++)
    Rebooting_ising_sweep(&g);
  for (int r = 0; r < runs; r++) {
    double t0 = seconds();
    for (int i = 0; i < sweeps; i++)
      Rebooting_ising_sweep(&g);
    t[r] = seconds() - t0;
  }
  Rebooting_ising_free(&g);
  qsort(t, (size_t)runs, sizeof t[0], by_value);
  printf("thermolit\tising-metropolis-sweeps\t%dx%dx%d\tint8\t%.4g\t%.4g\t%.4g\t%.3g updates/s\n", L, L,
         sweeps, t[runs / 2], t[0], t[runs - 1], (double)L * L * sweeps / t[runs / 2]);
}

int main(int argc, char **argv)
{
  int runs = argc > 1 ? atoi(argv[1]) : 5;
  if (runs < 1 || runs > 64)
    return fprintf(stderr, "bench-rebooting: runs must be 1..64\n"), 2;
  bench(256, 400, runs);
  bench(1024, 25, runs);
  return 0;
}
