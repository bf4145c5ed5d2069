#line 56 "noweb/learning.nw"
/* learning.h: tangled from noweb/learning.nw; edit that, not this. */
#ifndef LEARNING_H
#define LEARNING_H
#include "ledger.h"
#include <stdint.h>

#line 193 "noweb/learning.nw"
void Learning_ramp_factor(mpfr_t g, const mpfr_t tau);
void Learning_heat(mpfr_t out, const mpfr_t nu, const mpfr_t F, const mpfr_t tau);
#line 274 "noweb/learning.nw"
typedef enum { LEARNING_RAMP, LEARNING_SWITCH, LEARNING_QUADRATIC } Learning_protocol;
void Learning_protocol_mean(mpfr_t out, Learning_protocol pr, const mpfr_t tau, const mpfr_t t);
int Learning_protocol_heat(mpfr_t out, Learning_protocol pr, const mpfr_t nu, const mpfr_t tau,
                           const mpfr_t t);
#line 444 "noweb/learning.nw"
void Learning_langevin_mc(Ledger_mc *out, double nu, double tau, unsigned long steps, uint64_t seed,
                          uint64_t samples, int threads);
#line 628 "noweb/learning.nw"
int Learning_pc_excess(mpfr_t out, const mpfr_t alpha, const mpfr_t nu);
int Learning_pc(mpfr_t out, const mpfr_t alpha, const mpfr_t nu);
int Learning_pc_error(mpfr_t out, const mpfr_t alpha, const mpfr_t nu);
int Learning_pc_excess_de(mpfr_t out, const mpfr_t alpha, const mpfr_t nu);
int Learning_pc_error_de(mpfr_t out, const mpfr_t alpha, const mpfr_t nu);
int Learning_pc_by_parts(mpfr_t out, const mpfr_t alpha, const mpfr_t nu);
int Learning_info(mpfr_t out, const mpfr_t alpha, const mpfr_t nu);
double Learning_pc_double(double alpha, double nu);
double Learning_info_double(double alpha, double nu);
#line 1483 "noweb/learning.nw"
int Learning_toy_entropy(mpfr_t out, const mpfr_t nu);
int Learning_mixture_entropy(mpfr_t out, const mpfr_t nu);
int Learning_eta1(mpfr_t out, const mpfr_t nu, const mpfr_t tau);
#line 1766 "noweb/learning.nw"
typedef struct {
  double info, info_se, ds, ds_se, heat, heat_se, slack, slack_se;
  uint64_t samples;
} Learning_toy_estimate;
int Learning_toy_mc(Learning_toy_estimate *e, double nu, double tau, double gamma,
                    unsigned long steps, uint64_t seed, uint64_t samples, int threads);
#line 1930 "noweb/learning.nw"
void Learning_entropy_per_weight(mpfr_t out, const mpfr_t alpha, const mpfr_t nu);
void Learning_heat_per_weight(mpfr_t out, const mpfr_t alpha, const mpfr_t nu, const mpfr_t tau);
int Learning_eta(mpfr_t out, const mpfr_t alpha, const mpfr_t nu, const mpfr_t tau);
#line 2018 "noweb/learning.nw"
void Learning_pc_erf_gamma(mpfr_t out, const mpfr_t alpha, const mpfr_t nu, const mpfr_t gamma);
void Learning_pc_erf(mpfr_t out, const mpfr_t alpha, const mpfr_t nu);
#line 2397 "noweb/learning.nw"
void Learning_stability_mc(Ledger_mc *out, int moment, int N, int P, double nu, uint64_t seed,
                           uint64_t realizations, int threads);
#line 2462 "noweb/learning.nw"
void Learning_fig3_mc(Ledger_mc *pc, Ledger_mc *info, double alpha, double nu, int N, uint64_t seed,
                      uint64_t realizations, int threads);
#line 2563 "noweb/learning.nw"
typedef void (*Learning_ramp_formula)(mpfr_t g, const mpfr_t tau);
typedef int (*Learning_info_formula)(mpfr_t out, const mpfr_t alpha, const mpfr_t nu);
typedef void (*Learning_constant)(mpfr_t out);
typedef void (*Learning_entropy_formula)(mpfr_t out, const mpfr_t alpha, const mpfr_t nu);
typedef struct {
  double info, entropy, heat;   /* info I <= entropy dS + heat dQ */
  int alpha_on_info;            /* eq. (16) per weight: alpha I */
} Learning_bound_form;
extern const Learning_bound_form Learning_bound_printed;
typedef double (*Learning_tanh_approx)(double x, double gamma);
typedef void (*Learning_s67_formula)(mpfr_t out, const mpfr_t a, const mpfr_t b, const mpfr_t c,
                                     const mpfr_t d);
typedef void (*Learning_s68_formula)(mpfr_t out, const mpfr_t alpha, const mpfr_t nu,
                                     const mpfr_t gamma);
typedef struct {
  long num, den, alpha_num, alpha_den;   /* num/den + (alpha_num/alpha_den) alpha nu^2 */
} Learning_s69_form;
extern const Learning_s69_form Learning_s69_printed;
typedef void (*Learning_s70_formula)(mpfr_t out, const mpfr_t alpha, const mpfr_t nu);
typedef double (*Learning_pc_approx)(double alpha, double nu);

void Learning_eq13_quadrature(Ledger_result *r, Learning_ramp_formula g, mpfr_prec_t prec);
void Learning_eq13_limits(Ledger_result *r, Learning_ramp_formula g, mpfr_prec_t prec);
void Learning_toy_info(Ledger_result *r, Learning_info_formula info, mpfr_prec_t prec);
void Learning_toy_large_nu(Ledger_result *r, Learning_constant limit, mpfr_prec_t prec);
void Learning_eq10_fig2(Ledger_result *r, const Learning_bound_form *form);
void Learning_eq10_protocol(Ledger_result *r, const Learning_bound_form *form,
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
#line 63 "noweb/learning.nw"
extern const Ledger_chapter Learning_chapter;
#endif
