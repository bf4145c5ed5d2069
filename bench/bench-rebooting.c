#line 4322 "noweb/rebooting.nw"
/* bench-rebooting.c: tangled from noweb/rebooting.nw; edit that, not this. */
#include <stdio.h>
#include <stdlib.h>
#include "bench-common.h"
#include "rebooting.h"

static void bench(int L, int sweeps, double *t, int runs)
{
  Rebooting_ising g;
  Rebooting_ising_init(&g, L, 2.269185314213022, 1, 0);
  for (int i = 0; i < sweeps / 4; i++)
    Rebooting_ising_sweep(&g);
  for (int r = 0; r < runs; r++) {
    double t0 = Bench_seconds();
    for (int i = 0; i < sweeps; i++)
      Rebooting_ising_sweep(&g);
    t[r] = Bench_seconds() - t0;
  }
  Rebooting_ising_free(&g);
  char size[48], note[48];
  snprintf(size, sizeof size, "%dx%dx%d", L, L, sweeps);
  snprintf(note, sizeof note, "%.3g updates/s", (double)L * L * sweeps / Bench_median(t, runs));
  Bench_row("ising-metropolis-sweeps", size, "int8", t, runs, note);
}

int main(int argc, char **argv)
{
  int runs = Bench_runs(argc, argv);
  double *t = malloc((size_t)runs * sizeof *t);
  if (!t)
    return 1;
  bench(256, 400, t, runs);
  bench(1024, 25, t, runs);
  free(t);
  return 0;
}
