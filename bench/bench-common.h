#line 3247 "noweb/ledger.nw"
/* bench-common.h: tangled from noweb/ledger.nw; edit that, not this. */
#ifndef BENCH_COMMON_H
#define BENCH_COMMON_H
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <mpfr.h>

static inline int Bench_runs(int argc, char **argv)
{
  int runs = argc > 1 ? atoi(argv[1]) : 5;
  if (runs < 1 || runs > 1000) {
    fprintf(stderr, "benchmark: the number of runs must be 1..1000\n");
    exit(2);
  }
  return runs;
}

static inline double Bench_seconds(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

static inline int Bench_by_value(const void *a, const void *b)
{
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

static inline double Bench_median(double *t, int runs)
{
  qsort(t, (size_t)runs, sizeof *t, Bench_by_value);
  return runs % 2 ? t[runs / 2] : 0.5 * (t[runs / 2 - 1] + t[runs / 2]);
}

static inline void Bench_row(const char *what, const char *size, const char *precision, double *t,
                             int runs, const char *note)
{
  double median = Bench_median(t, runs);
  printf("thermolit\t%s\t%s\t%s\t%.6g\t%.6g\t%.6g\t%s\n", what, size, precision, median, t[0],
         t[runs - 1], note);
}

static inline int Bench_correct_digits(const mpfr_t x, const mpfr_t ref)
{
  mpfr_t e;
  mpfr_init2(e, 64);
  mpfr_div(e, x, ref, MPFR_RNDN);
  mpfr_sub_ui(e, e, 1, MPFR_RNDN);
  int d = mpfr_zero_p(e) ? (int)floor((double)mpfr_get_prec(x) * 0.30102999566398120)
                         : (int)floor(-log10(fabs(mpfr_get_d(e, MPFR_RNDN))));
  mpfr_clear(e);
  return d;
}
#endif
