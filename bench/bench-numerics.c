#line 1924 "noweb/numerics.nw"
/* bench-numerics.c: tangled from noweb/numerics.nw; edit that, not this. */
#include <assert.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include "numerics.h"

#line 1951 "noweb/numerics.nw"
static void gaussian(mpfr_t y, const mpfr_t x, void *ctx)
{
    (void) ctx;
    mpfr_sqr(y, x, MPFR_RNDN);
    mpfr_neg(y, y, MPFR_RNDN);
    mpfr_exp(y, y, MPFR_RNDN);
}

static double seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double) ts.tv_sec + 1e-9 * (double) ts.tv_nsec;
}

static int by_value(const void *a, const void *b)
{
    double x = *(const double *) a, y = *(const double *) b;
    return (x > y) - (x < y);
}
#line 1977 "noweb/numerics.nw"
static int correct_digits(const mpfr_t r)
{
    mpfr_prec_t q = 2 * mpfr_get_prec(r);
    mpfr_t exact, e;
    mpfr_inits2(q, exact, e, (mpfr_ptr) 0);
    mpfr_const_pi(exact, MPFR_RNDN);
    mpfr_sqrt(exact, exact, MPFR_RNDN);
    mpfr_sub(e, r, exact, MPFR_RNDN);
    mpfr_div(e, e, exact, MPFR_RNDN);
    mpfr_abs(e, e, MPFR_RNDN);
    int d = (int) floor((double) mpfr_get_prec(r) * 0.3010299956639812);
    if (!mpfr_zero_p(e)) {
        mpfr_log10(e, e, MPFR_RNDN);
        d = (int) floor(-mpfr_get_d(e, MPFR_RNDN));
    }
    mpfr_clears(exact, e, (mpfr_ptr) 0);
    return d;
}

#line 1935 "noweb/numerics.nw"
int main(int argc, char **argv)
{
    static const int digits[] = {30, 100, 300};
    int runs = argc > 1 ? atoi(argv[1]) : 5;
    if (runs < 1)
        runs = 1;
    for (size_t i = 0; i < sizeof digits / sizeof digits[0]; i++) {
        mpfr_prec_t p = (mpfr_prec_t) ceil(digits[i] * 3.321928094887362) + 4;
        
#line 1998 "noweb/numerics.nw"
double *t = malloc((size_t) runs * sizeof *t);
assert(t != NULL);
mpfr_t r, err, ninf, inf;
mpfr_init2(r, p);
mpfr_init2(err, 64);
mpfr_inits2(64, ninf, inf, (mpfr_ptr) 0);
mpfr_set_inf(ninf, -1);
mpfr_set_inf(inf, 1);
for (int run = 0; run < runs; run++) {
    double t0 = seconds();
    Num_integrate(r, err, gaussian, NULL, ninf, inf, 0, NULL);
    t[run] = seconds() - t0;
}
qsort(t, (size_t) runs, sizeof t[0], by_value);
#line 1944 "noweb/numerics.nw"
        
#line 2015 "noweb/numerics.nw"
double median = runs % 2 ? t[runs / 2] : 0.5 * (t[runs / 2 - 1] + t[runs / 2]);
printf("thermolit\tquad-gaussian-R\t1\t%d digits\t%.6g\t%.6g\t%.6g\t%d correct digits\n", digits[i],
       median, t[0], t[runs - 1], correct_digits(r));
free(t);
mpfr_clears(r, err, ninf, inf, (mpfr_ptr) 0);
#line 1945 "noweb/numerics.nw"
    }
    return 0;
}
