/* learning.h: tangled from noweb/learning.nw; edit that, not this. */
#ifndef LEARNING_H
#define LEARNING_H
#include "ledger.h"
#include <stdint.h>

void Learning_ramp_factor(mpfr_t g, const mpfr_t tau);
void Learning_heat(mpfr_t out, const mpfr_t nu, const mpfr_t F, const mpfr_t tau);
typedef enum { LEARNING_RAMP, LEARNING_SWITCH, LEARNING_QUADRATIC } Learning_protocol;
void Learning_protocol_mean(mpfr_t out, Learning_protocol pr, const mpfr_t tau, const mpfr_t t);
int Learning_protocol_heat(mpfr_t out, Learning_protocol pr, const mpfr_t nu, const mpfr_t tau,
                           const mpfr_t t);
void Learning_langevin_mc(Ledger_mc *out, double nu, double tau, unsigned long steps, uint64_t seed,
                          uint64_t samples, int threads);
int Learning_pc_excess(mpfr_t out, const mpfr_t alpha, const mpfr_t nu);
int Learning_pc(mpfr_t out, const mpfr_t alpha, const mpfr_t nu);
int Learning_pc_error(mpfr_t out, const mpfr_t alpha, const mpfr_t nu);
int Learning_pc_excess_de(mpfr_t out, const mpfr_t alpha, const mpfr_t nu);
int Learning_pc_error_de(mpfr_t out, const mpfr_t alpha, const mpfr_t nu);
int Learning_pc_by_parts(mpfr_t out, const mpfr_t alpha, const mpfr_t nu);
int Learning_info(mpfr_t out, const mpfr_t alpha, const mpfr_t nu);
double Learning_pc_double(double alpha, double nu);
double Learning_info_double(double alpha, double nu);
int Learning_toy_entropy(mpfr_t out, const mpfr_t nu);
int Learning_mixture_entropy(mpfr_t out, const mpfr_t nu);
int Learning_eta1(mpfr_t out, const mpfr_t nu, const mpfr_t tau);
typedef struct {
  double info, info_se, ds, ds_se, heat, heat_se, slack, slack_se;
  uint64_t samples;
} Learning_toy_estimate;
int Learning_toy_mc(Learning_toy_estimate *e, double nu, double tau, double gamma, unsigned long steps,
                    uint64_t seed, uint64_t samples, int threads);
void Learning_entropy_per_weight(mpfr_t out, const mpfr_t alpha, const mpfr_t nu);
void Learning_heat_per_weight(mpfr_t out, const mpfr_t alpha, const mpfr_t nu, const mpfr_t tau);
int Learning_eta(mpfr_t out, const mpfr_t alpha, const mpfr_t nu, const mpfr_t tau);
void Learning_pc_erf_gamma(mpfr_t out, const mpfr_t alpha, const mpfr_t nu, const mpfr_t gamma);
void Learning_pc_erf(mpfr_t out, const mpfr_t alpha, const mpfr_t nu);
void Learning_stability_mc(Ledger_mc *out, int moment, int N, int P, double nu, uint64_t seed,
                           uint64_t realizations, int threads);
void Learning_fig3_mc(Ledger_mc *pc, Ledger_mc *info, double alpha, double nu, int N, uint64_t seed,
                      uint64_t realizations, int threads);
extern const Ledger_chapter Learning_chapter;
#endif
