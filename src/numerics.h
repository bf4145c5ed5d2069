#line 36 "noweb/numerics.nw"
/* numerics.h: tangled from noweb/numerics.nw; edit that, not this. */
#ifndef NUMERICS_H
#define NUMERICS_H

#include <stddef.h>
#include <mpfr.h>

#line 81 "noweb/numerics.nw"
void Num_xlogx(mpfr_t y, const mpfr_t x);
void Num_binary_entropy(mpfr_t h, const mpfr_t p);
void Num_logistic(mpfr_t y, const mpfr_t x);
void Num_log2cosh(mpfr_t y, const mpfr_t x);
void Num_xtanhx(mpfr_t y, const mpfr_t x);
void Num_exp(mpfr_t y, const mpfr_t x);
void Num_expm1(mpfr_t y, const mpfr_t x);
void Num_log1p(mpfr_t y, const mpfr_t x);
void Num_sinh(mpfr_t y, const mpfr_t x);
void Num_tanh(mpfr_t y, const mpfr_t x);
void Num_erf(mpfr_t y, const mpfr_t x);
void Num_erfc(mpfr_t y, const mpfr_t x);
void Num_use_arb(void);
#line 129 "noweb/numerics.nw"
typedef void (*Num_integrand)(mpfr_t y, const mpfr_t x, void *ctx);
int Num_integrate(mpfr_t result, mpfr_t abserr, Num_integrand f, void *ctx,
                  const mpfr_t a, const mpfr_t b, size_t nbreaks, const mpfr_t *breaks);
#line 157 "noweb/numerics.nw"
typedef void (*Num_fdf)(mpfr_t f, mpfr_t df, const mpfr_t x, void *ctx);
int Num_root(mpfr_t root, Num_fdf fdf, void *ctx, const mpfr_t lo, const mpfr_t hi);

#line 47 "noweb/numerics.nw"
#endif
