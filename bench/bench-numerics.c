#line 2452 "noweb/numerics.nw"
/* bench-numerics.c: tangled from noweb/numerics.nw; edit that, not this. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include "bench-common.h"
#include "numerics.h"

#line 2475 "noweb/numerics.nw"
static void gaussian(mpfr_t y, const mpfr_t x, void *ctx)
{
    (void) ctx;
    mpfr_sqr(y, x, MPFR_RNDN);
    mpfr_neg(y, y, MPFR_RNDN);
    mpfr_exp(y, y, MPFR_RNDN);
}

#line 2461 "noweb/numerics.nw"
int main(int argc, char **argv)
{
    static const int digits[] = {30, 100, 300};
    int runs = Bench_runs(argc, argv);
    for (size_t i = 0; i < sizeof digits / sizeof digits[0]; i++) {
        mpfr_prec_t p = (mpfr_prec_t) ceil(digits[i] * 3.321928094887362) + 4;
        
#line 2488 "noweb/numerics.nw"
double *t = malloc((size_t) runs * sizeof *t);
if (!t)
    return 1;
mpfr_t r, err, ninf, inf, ref;
mpfr_init2(r, p);
mpfr_init2(err, 64);
mpfr_init2(ref, 2 * p);
mpfr_inits2(64, ninf, inf, (mpfr_ptr) 0);
mpfr_set_inf(ninf, -1);
mpfr_set_inf(inf, 1);
for (int run = 0; run < runs; run++) {
    double t0 = Bench_seconds();
    Num_integrate(r, err, gaussian, NULL, ninf, inf, 0, NULL);
    t[run] = Bench_seconds() - t0;
}
#line 2468 "noweb/numerics.nw"
        
#line 2506 "noweb/numerics.nw"
char precision[32], note[48];
mpfr_const_pi(ref, MPFR_RNDN);
mpfr_sqrt(ref, ref, MPFR_RNDN);
snprintf(precision, sizeof precision, "%d digits", digits[i]);
snprintf(note, sizeof note, "%d correct digits", Bench_correct_digits(r, ref));
Bench_row("quad-gaussian-R", "1", precision, t, runs, note);
free(t);
mpfr_clears(r, err, ninf, inf, ref, (mpfr_ptr) 0);
#line 2469 "noweb/numerics.nw"
    }
    return 0;
}
