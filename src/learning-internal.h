#line 89 "noweb/learning.nw"
/* learning-internal.h: tangled from noweb/learning.nw; edit that, not this. */
#ifndef LEARNING_INTERNAL_H
#define LEARNING_INTERNAL_H
#line 158 "noweb/learning.nw"
#include "learning.h"
#include <assert.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <omp.h>
#include "numerics.h"
#include "stochastic.h"
#line 2409 "noweb/learning.nw"
#include <acb_calc.h>
#include <arb_hypgeom.h>
#include "certify.h"

#line 180 "noweb/learning.nw"
enum { LEARNING_GUARD = 32 };

static inline mpfr_prec_t guarded(const mpfr_t out) { return mpfr_get_prec(out) + LEARNING_GUARD; }

#line 267 "noweb/learning.nw"
void Learning_ramp_factor(mpfr_t g, const mpfr_t tau);
void Learning_heat(mpfr_t out, const mpfr_t nu, const mpfr_t F, const mpfr_t tau);
#line 348 "noweb/learning.nw"
typedef enum { LEARNING_RAMP, LEARNING_SWITCH, LEARNING_QUADRATIC } Learning_protocol;
void Learning_protocol_mean(mpfr_t out, Learning_protocol pr, const mpfr_t tau, const mpfr_t t);
int Learning_protocol_heat(mpfr_t out, Learning_protocol pr, const mpfr_t nu, const mpfr_t tau,
                           const mpfr_t t);
#line 518 "noweb/learning.nw"
void Learning_langevin_mc(Ledger_mc *out, double nu, double tau, unsigned long steps, uint64_t seed,
                          uint64_t samples, int threads);
#line 715 "noweb/learning.nw"
int Learning_pc_excess(mpfr_t out, const mpfr_t alpha, const mpfr_t nu);
int Learning_pc_error(mpfr_t out, const mpfr_t alpha, const mpfr_t nu);
int Learning_pc_excess_de(mpfr_t out, const mpfr_t alpha, const mpfr_t nu);
int Learning_pc_error_de(mpfr_t out, const mpfr_t alpha, const mpfr_t nu);
int Learning_pc_by_parts(mpfr_t out, const mpfr_t alpha, const mpfr_t nu);
int Learning_info(mpfr_t out, const mpfr_t alpha, const mpfr_t nu);
double Learning_pc_double(double alpha, double nu);
double Learning_info_double(double alpha, double nu);
#line 1592 "noweb/learning.nw"
int Learning_toy_entropy(mpfr_t out, const mpfr_t nu);
int Learning_mixture_entropy(mpfr_t out, const mpfr_t nu);
int Learning_eta1(mpfr_t out, const mpfr_t nu, const mpfr_t tau);
#line 1870 "noweb/learning.nw"
typedef struct {
  double info, info_se, ds, ds_se, heat, heat_se, slack, slack_se;
  uint64_t samples;
} Learning_toy_estimate;
int Learning_toy_mc(Learning_toy_estimate *e, double nu, double tau, double gamma,
                    unsigned long steps, uint64_t seed, uint64_t samples, int threads);
#line 2034 "noweb/learning.nw"
void Learning_entropy_per_weight(mpfr_t out, const mpfr_t alpha, const mpfr_t nu);
void Learning_heat_per_weight(mpfr_t out, const mpfr_t alpha, const mpfr_t nu, const mpfr_t tau);
int Learning_eta(mpfr_t out, const mpfr_t alpha, const mpfr_t nu, const mpfr_t tau);
void Learning_eta_of_info(mpfr_t out, const mpfr_t info, const mpfr_t alpha, const mpfr_t nu,
                          const mpfr_t tau);
#line 2140 "noweb/learning.nw"
void Learning_pc_erf_gamma(mpfr_t out, const mpfr_t alpha, const mpfr_t nu, const mpfr_t gamma);
void Learning_pc_erf(mpfr_t out, const mpfr_t alpha, const mpfr_t nu);
#line 2415 "noweb/learning.nw"
void Learning_pc_ball(arb_t out, const arb_t nu, const arb_t sigma, slong prec);
void Learning_pc_slope_ball(arb_t dnu, arb_t dsigma, const arb_t nu, const arb_t sigma,
                            slong prec);
void Learning_pc_curvature_bound(arb_ptr h, const arb_t sigma, slong prec);
void Learning_pc_arb(arb_t out, const arb_t alpha, const arb_t nu, slong prec);
void Learning_phi_of_ratio(arb_ptr a, const arb_t nu, const arb_t sigma, const arb_t c, int order,
                           slong prec);
void Learning_toy_entropy_arb(arb_t out, const arb_t nu, slong prec);
void Learning_logistic_average_arb(arb_t out, const arb_t mean, const arb_t sigma, int sign,
                                   slong prec);
#line 3024 "noweb/learning.nw"
void Learning_erf_gap_certify(Ledger_result *r, int with_pc, const arb_t c, const arb_t c2,
                              double alpha, double nu);
#line 3296 "noweb/learning.nw"
void Learning_stability_mc(Ledger_mc *out, int moment, int N, int P, double nu, uint64_t seed,
                           uint64_t realizations, int threads);
#line 3471 "noweb/learning.nw"
typedef void (*Learning_ramp_formula)(mpfr_t g, const mpfr_t tau);
typedef int (*Learning_info_formula)(mpfr_t out, const mpfr_t alpha, const mpfr_t nu);
typedef void (*Learning_constant)(mpfr_t out);
typedef void (*Learning_entropy_formula)(mpfr_t out, const mpfr_t alpha, const mpfr_t nu);
typedef struct {
  double info, entropy, heat;   /* info I <= entropy dS + heat dQ */
  int alpha_on_info;            /* eq. (16) per weight: alpha I */
} Learning_bound_form;
typedef double (*Learning_tanh_approx)(double x, double gamma);
typedef void (*Learning_s67_formula)(mpfr_t out, const mpfr_t a, const mpfr_t b, const mpfr_t c,
                                     const mpfr_t d);
typedef void (*Learning_s68_formula)(mpfr_t out, const mpfr_t alpha, const mpfr_t nu,
                                     const mpfr_t gamma);
typedef struct {
  long num, den, alpha_num, alpha_den;   /* num/den + (alpha_num/alpha_den) alpha nu^2 */
} Learning_s69_form;
typedef void (*Learning_s70_formula)(mpfr_t out, const mpfr_t alpha, const mpfr_t nu);
typedef double (*Learning_pc_approx)(double alpha, double nu);

void Learning_eq13_quadrature(Ledger_result *r, Learning_ramp_formula g, mpfr_prec_t prec);
void Learning_eq13_limits(Ledger_result *r, Learning_ramp_formula g, mpfr_prec_t prec);
void Learning_toy_info(Ledger_result *r, Learning_info_formula info, mpfr_prec_t prec);
void Learning_toy_large_nu(Ledger_result *r, Learning_constant limit, mpfr_prec_t prec);
void Learning_eq10_fig2(Ledger_result *r, const Learning_bound_form *form, int nforms);
void Learning_eq10_protocol(Ledger_result *r, const Learning_bound_form *form, int nforms,
                            Learning_protocol pr);
void Learning_eq22_limits(Ledger_result *r, Learning_entropy_formula entropy, mpfr_prec_t prec);
void Learning_eq16(Ledger_result *r, const Learning_bound_form *form, mpfr_prec_t prec);
void Learning_s66(Ledger_result *r, Learning_tanh_approx approx);
void Learning_s67(Ledger_result *r, Learning_s67_formula closed, mpfr_prec_t prec);
void Learning_s68(Ledger_result *r, Learning_s68_formula closed, mpfr_prec_t prec);
void Learning_s69(Ledger_result *r, const Learning_s69_form *form, mpfr_prec_t prec);
void Learning_s70(Ledger_result *r, double constant);
void Learning_s71(Ledger_result *r, Learning_s70_formula closed, mpfr_prec_t prec);
void Learning_pc_erf_worst(Ledger_result *r, Learning_pc_approx approx);
#line 4018 "noweb/learning.nw"
int Learning_toy_balls(arb_t info, arb_t ds, double nu, slong prec);
#line 4558 "noweb/learning.nw"
void Learning_protocol_heat_ball(arb_t h, Learning_protocol pr, slong prec);
#line 5269 "noweb/learning.nw"
int Learning_excess_ball(arb_t delta, double nu, const arb_t sig, slong prec);

#line 524 "noweb/learning.nw"
enum { LANGEVIN_BLOCKS = 64 };
#line 579 "noweb/learning.nw"
double Learning_ramp_trajectory(Rng *rng, double nu, double tau, unsigned long K, double F,
                                double *w_end);
#line 873 "noweb/learning.nw"
int Learning_integrate_with_breaks(mpfr_t out, Num_integrand f, void *ctx, const mpfr_t lo,
                                   const mpfr_t hi, int nb, const mpfr_t *cand);
void Learning_gauss_norm(mpfr_t out, const mpfr_t s2);
#line 2214 "noweb/learning.nw"
enum { GRID_A = 41, GRID_N = 101 };
double Learning_grid_alpha(int i);
double Learning_grid_nu(int j);

typedef struct {
  double pc[GRID_A][GRID_N];
} Pc_table;
Pc_table *Learning_pc_table_new(void);

typedef double (*Approx_fn)(double alpha, double nu, const void *ctx);
typedef struct {
  double value, alpha, nu;
} Worst;
Worst Learning_worst_error(const Pc_table *t, Approx_fn f, const void *ctx);
#line 2308 "noweb/learning.nw"
double Learning_erf_approx_gamma(double alpha, double nu, const void *ctx);
double Learning_pc_erf_final(double alpha, double nu);
double Learning_worst_for_gamma(const Pc_table *t, double gamma, Worst *w);
double Learning_best_gamma(const Pc_table *t, double lo, double hi, Worst *w);
#line 2358 "noweb/learning.nw"
double Learning_erf_of_gamma_x_half(double x, double gamma);
typedef struct {
  Learning_tanh_approx approx;
  double gamma;
} Tanh_approx;
double Learning_tanh_erf_worst(const Tanh_approx *t, double *where);
#line 3374 "noweb/learning.nw"
typedef struct {
  int N, P, nnu;
  const double *nu;
  uint64_t seed;
} Fig3_run;
void Learning_fig3_realization(const Fig3_run *f, uint64_t r, double *pc);
void Learning_exact_pc_info(double alpha, double nu, double *pc, double *info);
void Learning_info_estimate(Ledger_mc *info, double p, double se, double exact, uint64_t n);
#line 6466 "noweb/learning.nw"
enum { FIG3_N = 10000 };
#line 6663 "noweb/learning.nw"
int Learning_write_data(const char *dir, const Ledger_options *opt);
#line 99 "noweb/learning.nw"
#endif
