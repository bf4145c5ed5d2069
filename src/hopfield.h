#line 28 "noweb/hopfield.nw"
/* hopfield.h: tangled from noweb/hopfield.nw; edit that, not this. */
#ifndef HOPFIELD_H
#define HOPFIELD_H
#include <stdio.h>
#include <mpfr.h>

#line 97 "noweb/hopfield.nw"
enum { HOPFIELD_FIELD_GUARD = 16 };
void Hopfield_field(mpfr_t x, const mpfr_t t);
mpfr_prec_t Hopfield_small_t_bits(const mpfr_t t);
void Hopfield_field_with_bits(mpfr_t x, const mpfr_t t, mpfr_prec_t extra);
void Hopfield_magnetisation(mpfr_t m, const mpfr_t t);
#line 347 "noweb/hopfield.nw"
double Hopfield_ags_capacity(double *m_at_capacity);
void Hopfield_ags_write_branch(FILE *f);
#line 36 "noweb/hopfield.nw"
#endif
