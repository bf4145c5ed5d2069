#line 4184 "noweb/landauer.nw"
/* bench-landauer.c: tangled from noweb/landauer.nw; edit that, not this. */
#include <stdio.h>
#include <stdlib.h>
#include "bench-common.h"
#include "landauer.h"

int main(int argc, char **argv)
{
  int runs = Bench_runs(argc, argv);
  double *t = malloc((size_t)runs * sizeof *t);
  if (!t)
    return 1;
  char note[64];
  for (int r = 0; r < runs; r++)
    t[r] = 1e6 / Landauer_glauber_rate(10000, 0.9, 100);
  snprintf(note, sizeof note, "%.3g updates/s", 1e6 / Bench_median(t, runs));
  Bench_row("glauber_1e6_updates", "10000", "double", t, runs, note);
  static const char *const temps[] = {"1", "0.5"};
  for (int k = 0; k < 2; k++) {
    mpfr_t tt, s;
    mpfr_inits2(256, tt, s, (mpfr_ptr)0);
    mpfr_set_str(tt, temps[k], 10, MPFR_RNDN);
    for (int r = 0; r < runs; r++) {
      double t0 = Bench_seconds();
      Landauer_entropy_exact(s, 100000, tt);
      t[r] = Bench_seconds() - t0;
    }
    char what[64];
    snprintf(what, sizeof what, "exact_entropy_t%s", temps[k]);
    mpfr_snprintf(note, sizeof note, "S/kN = %.12Rf", s);
    Bench_row(what, "100000", "256", t, runs, note);
    mpfr_clears(tt, s, (mpfr_ptr)0);
  }
  free(t);
  return 0;
}
