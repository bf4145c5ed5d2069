#line 2638 "noweb/landauer.nw"
/* bench-landauer.c: tangled from noweb/landauer.nw; edit that, not this. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include "landauer.h"

static double seconds(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

static int by_value(const void *a, const void *b)
{
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

static void report(const char *what, const char *size, const char *prec, double *t, int runs,
                   const char *note)
{
  qsort(t, (size_t)runs, sizeof *t, by_value);
  printf("thermolit\t%s\t%s\t%s\t%.4g\t%.4g\t%.4g\t%s\n", what, size, prec, t[runs / 2], t[0],
         t[runs - 1], note);
}

int main(int argc, char **argv)
{
  int runs = argc > 1 ? atoi(argv[1]) : 5;
  if (runs < 1)
    runs = 1;
  double *t = malloc((size_t)runs * sizeof *t);
  char note[64];
  for (int r = 0; r < runs; r++)
    t[r] = 1e6 / Landauer_glauber_rate(10000, 0.9, 100);
  qsort(t, (size_t)runs, sizeof *t, by_value);
  snprintf(note, sizeof note, "%.3g updates/s", 1e6 / t[runs / 2]);
  report("glauber_1e6_updates", "10000", "double", t, runs, note);
  static const char *const temps[] = {"1", "0.5"};
  for (int k = 0; k < 2; k++) {
    mpfr_t tt, s;
    mpfr_inits2(256, tt, s, (mpfr_ptr)0);
    mpfr_set_str(tt, temps[k], 10, MPFR_RNDN);
    for (int r = 0; r < runs; r++) {
      double t0 = seconds();
      Landauer_entropy_exact(s, 100000, tt);
      t[r] = seconds() - t0;
    }
    char what[64];
    snprintf(what, sizeof what, "exact_entropy_t%s", temps[k]);
    mpfr_snprintf(note, sizeof note, "S/kN = %.12Rf", s);
    report(what, "100000", "256", t, runs, note);
    mpfr_clears(tt, s, (mpfr_ptr)0);
  }
  free(t);
  return 0;
}
