#line 196 "noweb/denseam.nw"
/* denseam-internal.h: tangled from noweb/denseam.nw; edit that, not this. */
#ifndef DENSEAM_INTERNAL_H
#define DENSEAM_INTERNAL_H
#include "denseam.h"
#line 217 "noweb/denseam.nw"
#include <assert.h>
#include <math.h>
#include <omp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "stochastic.h"
#include "numerics.h"
#include "ledger-output.h"

#line 241 "noweb/denseam.nw"
typedef struct {
  int n;
  unsigned N, K;
  signed char *xi;
} Denseam_patterns;
void Denseam_patterns_draw(Denseam_patterns *p, int n, unsigned N, unsigned K, uint64_t seed,
                           uint64_t experiment, uint64_t replicate);
void Denseam_patterns_fill(signed char *x, size_t unit_step, size_t pattern_step, unsigned N,
                           unsigned K, uint64_t seed, uint64_t experiment, uint64_t replicate);
void Denseam_patterns_free(Denseam_patterns *p);
unsigned Denseam_load(int n, unsigned N, double alpha);
void Denseam_overlaps(const Denseam_patterns *p, const signed char *s, long *M);
double Denseam_flip_energy(const Denseam_patterns *p, const long *M, const signed char *s,
                           unsigned i);
#line 355 "noweb/denseam.nw"
static inline double ln_binomial(double n, double k)
{
  return lgamma(n + 1) - lgamma(k + 1) - lgamma(n - k + 1);
}

static inline int64_t ipow(int64_t x, int n)
{
  int64_t y = 1;
  while (n-- > 0)
    y *= x;
  return y;
}
#line 376 "noweb/denseam.nw"
static inline __attribute__((always_inline)) int64_t
flip_sum_of_degree(const Denseam_patterns *p, const long *M, const signed char *s, unsigned i,
                   int n)
{
  int64_t D = 0;
  for (size_t mu = 0; mu < p->K; mu++)
    D += ipow(M[mu], n) - ipow(M[mu] - 2 * s[i] * p->xi[mu * p->N + i], n);
  return D;
}

static inline int64_t flip_sum(const Denseam_patterns *p, const long *M, const signed char *s,
                               unsigned i)
{
  switch (p->n) {                                /* a constant degree unrolls ipow */
  case 2:
    return flip_sum_of_degree(p, M, s, i, 2);
  case 3:
    return flip_sum_of_degree(p, M, s, i, 3);
  case 4:
    return flip_sum_of_degree(p, M, s, i, 4);
  default:
    return flip_sum_of_degree(p, M, s, i, p->n);
  }
}

static inline double flip_scale(const Denseam_patterns *p)
{
  return p->n * pow((double)p->N, p->n - 1);
}
#line 412 "noweb/denseam.nw"
enum { DENSEAM_EQUILIBRIUM, DENSEAM_PRODUCT, DENSEAM_SHELL };
typedef struct {
  double T, eps, tau, h0;
  int steps, start;
} Denseam_protocol;
void Denseam_cue(signed char *c, const Denseam_patterns *p, double eps);
double Denseam_field(const Denseam_protocol *pr, int k);
double Denseam_energy(const Denseam_patterns *p, const long *M);
#line 522 "noweb/denseam.nw"
typedef struct {
  mpfr_t ift, jarzynski, zratio, sigma, work, heat, denergy, dissipated, m1, entropy0, entropy_tau,
      lambda_abs, ldb;
} Denseam_exact_result;
void Denseam_exact_init(Denseam_exact_result *r, mpfr_prec_t prec);
void Denseam_exact_clear(Denseam_exact_result *r);
void Denseam_exact(Denseam_exact_result *r, const Denseam_patterns *p, const signed char *c,
                   const Denseam_protocol *pr, double *lnp0, double *lnptau);
#line 539 "noweb/denseam.nw"
void Denseam_exact_run_at(Denseam_exact_result *r, const Denseam_patterns *p,
                          const signed char *c, const Denseam_protocol *pr, mpfr_srcptr T,
                          mpfr_srcptr tau, double *lnp0, double *lnptau, int light);
void Denseam_exact_run(Denseam_exact_result *r, const Denseam_patterns *p, const signed char *c,
                       const Denseam_protocol *pr, double *lnp0, double *lnptau, int light);
#line 1107 "noweb/denseam.nw"
enum { DENSEAM_BURNIN = 20 };
typedef struct {
  double work, heat, denergy, m1;
  uint32_t s0, stau;
} Denseam_path;
void Denseam_trajectory(Denseam_path *out, const Denseam_patterns *p, const signed char *c,
                        const Denseam_protocol *pr, const double *cdf0, Rng *rng);
#line 1246 "noweb/denseam.nw"
enum { EXP_EXACT = 400, EXP_MC_PATTERNS = 401, EXP_MC = 402, EXP_TRADE = 403, EXP_TRADE_MC = 404,
       EXP_RETRIEVE = 407, EXACT_STEPS = 4, TRADE_STEPS = 16 };
typedef struct {
  int n;
  unsigned N;
  double alpha, T, eps, tau;
  int start;
} Denseam_grid_point;
void Denseam_exact_point(Denseam_exact_result *r, const Denseam_grid_point *g, double h0,
                         int steps, uint64_t seed, uint64_t experiment, uint64_t replicate,
                         int light, double *lnp0, double *lnptau);
void Denseam_found_otherwise(Ledger_result *r);
#line 1863 "noweb/denseam.nw"
typedef struct {
  double work, m1, t09, xa0, xb0, err;
} Denseam_meanfield_result;
void Denseam_meanfield(Denseam_meanfield_result *r, int n, const Denseam_protocol *pr, double tmax);
typedef struct {
  double work, heat, m1, sigma, dfree, s0, stau, cs0, m0;
} Denseam_class_result;
double Denseam_class_lnz(int n, unsigned N, double eps, double T, double lambda);
void Denseam_class_exact(Denseam_class_result *r, int n, unsigned N, const Denseam_protocol *pr,
                         double *lnp0, double *lnptau);
double *Denseam_class_cdf(int n, unsigned N, const Denseam_protocol *pr);
typedef struct {
  double work, heat, m1, t09;
  unsigned a0, b0, a, b;
} Denseam_class_path;
void Denseam_class_trajectory(Denseam_class_path *out, int n, unsigned N,
                              const Denseam_protocol *pr, const double *cdf, double tmax, Rng *rng);
#line 1903 "noweb/denseam.nw"
static const double large_level = 0.9;
double Denseam_class_dfree(int n, unsigned N, const Denseam_protocol *pr);
#line 3048 "noweb/denseam.nw"
void Denseam_speed_accuracy(Ledger_result *r, double direction);
#line 3303 "noweb/denseam.nw"
void Denseam_certify_m1_step(Ledger_result *r, int n, double tau_from, double tau_to,
                             double direction, const char *where);
#line 4051 "noweb/denseam.nw"
typedef struct {
  Stats overlap;
  double absorbed;
  double flips;
} Denseam_capacity_result;
void Denseam_capacity_run(Denseam_capacity_result *out, int n, unsigned N, double alpha, double eps,
                          double tmax, uint64_t samples, uint64_t seed, uint64_t stream,
                          int threads);
#line 4382 "noweb/denseam.nw"
double Denseam_unstable_exact2(unsigned N, unsigned K);
double Denseam_unstable_gauss3(unsigned N, unsigned K, double *edgeworth);
double Denseam_snr_capacity(int n, double *m_at_capacity);
#line 3584 "noweb/denseam.nw"
void Denseam_spinodal(mpfr_t Ts, mpfr_t mc, int n);
int Denseam_basin(mpfr_t mu, mpfr_t ms, int n, const mpfr_t T);
#line 1261 "noweb/denseam.nw"
void Denseam_check_first_law(const Ledger_options *o, Ledger_result *r);
void Denseam_check_ift(const Ledger_options *o, Ledger_result *r);
void Denseam_check_jarzynski(const Ledger_options *o, Ledger_result *r);
void Denseam_check_second_law(const Ledger_options *o, Ledger_result *r);
void Denseam_check_absolute(const Ledger_options *o, Ledger_result *r);
void Denseam_check_mc_small(const Ledger_options *o, Ledger_result *r);
#line 2366 "noweb/denseam.nw"
void Denseam_check_large_meanfield(const Ledger_options *o, Ledger_result *r);
void Denseam_check_large_mc(const Ledger_options *o, Ledger_result *r);
void Denseam_check_large_burnin(const Ledger_options *o, Ledger_result *r);
void Denseam_check_large_jarzynski(const Ledger_options *o, Ledger_result *r);
int Denseam_write_large(const char *dir, const Ledger_options *opt);
#line 3054 "noweb/denseam.nw"
void Denseam_check_speed_accuracy(const Ledger_options *o, Ledger_result *r);
void Denseam_check_higher_n(const Ledger_options *o, Ledger_result *r);
int Denseam_write_tradeoff(const char *dir, const Ledger_options *opt);
#line 3593 "noweb/denseam.nw"
void Denseam_check_metastable(const Ledger_options *o, Ledger_result *r);
int Denseam_write_basin(const char *dir, const Ledger_options *opt);
#line 4066 "noweb/denseam.nw"
void Denseam_check_crosstalk2(const Ledger_options *o, Ledger_result *r);
void Denseam_check_crosstalk3(const Ledger_options *o, Ledger_result *r);
void Denseam_check_capacity_scaling(const Ledger_options *o, Ledger_result *r);
void Denseam_check_capacity_hopfield(const Ledger_options *o, Ledger_result *r);
void Denseam_check_capacity_snr(const Ledger_options *o, Ledger_result *r);
int Denseam_capacity_data(const char *dir, const Ledger_options *opt);
#line 213 "noweb/denseam.nw"
#endif
