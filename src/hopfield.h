#line 34 "noweb/hopfield.nw"
/* hopfield.h: tangled from noweb/hopfield.nw; edit that, not this. */
#ifndef HOPFIELD_H
#define HOPFIELD_H
#include <stdio.h>
#include <stdint.h>
#include <mpfr.h>
#include "stochastic.h"

#line 106 "noweb/hopfield.nw"
enum { HOPFIELD_FIELD_GUARD = 16 };
void Hopfield_field(mpfr_t x, const mpfr_t t);
mpfr_prec_t Hopfield_small_t_bits(const mpfr_t t);
void Hopfield_field_with_bits(mpfr_t x, const mpfr_t t, mpfr_prec_t extra);
void Hopfield_magnetisation(mpfr_t m, const mpfr_t t);
#line 356 "noweb/hopfield.nw"
double Hopfield_ags_capacity(double *m_at_capacity);
void Hopfield_ags_write_branch(FILE *f);
#line 438 "noweb/hopfield.nw"
enum { HOPFIELD_EXPERIMENT_PATTERNS = 120, HOPFIELD_EXPERIMENT_ORDER = 121,
       HOPFIELD_MAX_SWEEPS = 1000, HOPFIELD_MAX_N = INT16_MAX };
void Hopfield_patterns_draw(signed char *xt, unsigned N, unsigned from, unsigned to,
                            unsigned stride, Rng *patterns);
void Hopfield_sweep_order(unsigned *order, unsigned N, Rng *r);
double Hopfield_zero_t_retrieve(const signed char *xt, unsigned stride, unsigned N, unsigned P,
                                Rng *order, unsigned *sweeps);
#line 710 "noweb/hopfield.nw"
double Hopfield_first_failure(unsigned N, uint64_t seed, uint64_t set);
void Hopfield_capacity_at(Stats *out, unsigned N, uint64_t samples, uint64_t seed, int threads);
#line 783 "noweb/hopfield.nw"
enum { HOPFIELD_SIZES = 8, HOPFIELD_CAPACITY_SETS = 48, HOPFIELD_CAPACITY_NMIN = 500,
       HOPFIELD_CAPACITY_NMAX = 4000 };
typedef struct {
  int n;
  unsigned N[HOPFIELD_SIZES];
  double mean[HOPFIELD_SIZES], stderr_[HOPFIELD_SIZES];
  double alpha_c, alpha_c_stderr, slope, chi2;
} Hopfield_capacity_fss;
void Hopfield_capacity_scaling(Hopfield_capacity_fss *f, unsigned Nmin, unsigned Nmax,
                               uint64_t samples, uint64_t seed, int threads);
void Hopfield_capacity_extrapolate(const Hopfield_capacity_fss *f, double x, double *alpha,
                                   double *alpha_stderr, double *chi2);
void Hopfield_capacity_free_exponent(const Hopfield_capacity_fss *f, double *alpha, double *lo,
                                     double *hi, double *x);
#line 45 "noweb/hopfield.nw"
#endif
