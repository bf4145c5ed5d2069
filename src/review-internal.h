#line 81 "noweb/review.nw"
/* review-internal.h: tangled from noweb/review.nw; edit that, not this. */
#ifndef REVIEW_INTERNAL_H
#define REVIEW_INTERNAL_H
#include <stdint.h>
#include <arb.h>
#include "review.h"

#line 562 "noweb/review.nw"
enum { PROTOCOL_GUARD = 32 };
void Review_final_level(mpfr_t eps, const mpfr_t p);
void Review_add_lag_term(mpfr_t sum, mpfr_t t, mpfr_t u, const mpfr_t delta, unsigned long k,
                         unsigned long K);
#line 594 "noweb/review.nw"
void Review_lag_works(mpfr_t *out, const mpfr_t x, int jmax, unsigned long first);
void Review_protocol_works(mpfr_t *out, const mpfr_t p, int jmax);
void Review_szilard_works(mpfr_t *out, const mpfr_t eps, int jmax);
#line 729 "noweb/review.nw"
int Review_integrate_occupation(mpfr_t integral, const mpfr_t level);
#line 897 "noweb/review.nw"
enum { REVIEW_ORDER = 4 };
typedef void (*Review_bound_ball)(arb_ptr b, const arb_t level, int order, slong prec);
void Review_step_work_ball(arb_ptr w, const arb_t level, unsigned long K, unsigned long first,
                           int order, slong prec);
void Review_erasure_bound_ball(arb_ptr b, const arb_t level, int order, slong prec);
void Review_information_ball(arb_ptr b, const arb_t level, int order, slong prec);
void Review_logistic_jet(arb_ptr P, const arb_t x, int order, slong prec);
void Review_bound_derivatives(arb_ptr b, arb_srcptr P, const arb_t level, int order, slong prec);
#line 1081 "noweb/review.nw"
enum { REPLICATES = 64 };
#line 3877 "noweb/review.nw"
enum { EXPERIMENT_ERASURE_TIME = 4, EXPERIMENT_ERASURE_FIT = 10 };
void Review_erasure_time_run(Ledger_mc *out, double p, double tau, uint64_t experiment,
                             uint64_t seed, uint64_t samples, int threads);
#line 99 "noweb/review.nw"
void Review_boltzmann(mpfr_t out);
void Review_landauer_J(mpfr_t out, const mpfr_t T);
void Review_landauer_eV(mpfr_t out, const mpfr_t T);
#line 282 "noweb/review.nw"
void Review_landauer_ratio(mpfr_t out, const mpfr_t energy_J, const mpfr_t T);
#line 505 "noweb/review.nw"
void Review_erasure_bound(mpfr_t out, const mpfr_t p);
void Review_protocol_work(mpfr_t out, const mpfr_t p, unsigned long K);
int Review_quasistatic_work(mpfr_t out, const mpfr_t p);
#line 1118 "noweb/review.nw"
void Review_erasure_mc(Ledger_mc *out, double p, unsigned long K, uint64_t seed, uint64_t samples,
                       int threads);
#line 1930 "noweb/review.nw"
void Review_szilard_information(mpfr_t out, const mpfr_t eps);
void Review_szilard_work(mpfr_t out, const mpfr_t eps, unsigned long K);
int Review_szilard_quasistatic_work(mpfr_t out, const mpfr_t eps, const mpfr_t level);
#line 2066 "noweb/review.nw"
void Review_szilard_mc(Ledger_mc *out, double eps, unsigned long K, uint64_t seed, uint64_t samples,
                       int threads);
#line 2915 "noweb/review.nw"
void Review_harmonic_min_work(mpfr_t out, const mpfr_t ki, const mpfr_t kf, const mpfr_t tau);
int Review_harmonic_protocol_work(mpfr_t out, const mpfr_t ki, const mpfr_t kf, const mpfr_t tau);
void Review_harmonic_discrete_work(mpfr_t out, double ki, double kf, double tau, unsigned long N,
                                   int ramp);
#line 3239 "noweb/review.nw"
void Review_harmonic_mc(Ledger_mc *out, double ki, double kf, double tau, unsigned long N,
                        uint64_t seed,
                        uint64_t samples, int threads);
#line 3578 "noweb/review.nw"
int Review_erasure_time_work(mpfr_t work, mpfr_t final_error, const mpfr_t p, const mpfr_t tau);
int Review_erasure_time_lag_work(mpfr_t work, const mpfr_t p, const mpfr_t tau);
#line 3964 "noweb/review.nw"
void Review_erasure_time_mc(Ledger_mc *out, double p, double tau, uint64_t seed, uint64_t samples,
                            int threads);
#line 339 "noweb/review.nw"
void Review_check_gap(const Ledger_options *o, Ledger_result *r, int decade);
#line 1305 "noweb/review.nw"
typedef struct {
  int (*per_bit)(mpfr_t out, mpfr_rnd_t rnd);   /* the cost of one bit, units of kT */
} Review_landauer_cost;
void Review_check_perfect_reset(const Ledger_options *o, Ledger_result *r,
                                const Review_landauer_cost *cost);
#line 1367 "noweb/review.nw"
typedef void (*Review_bound)(mpfr_t out, const mpfr_t p);
typedef struct {
  Review_bound mpfr;                            /* the review's side at p, MPFR */
  Review_bound_ball ball;                       /* the same with two derivatives in the level */
} Review_law;
void Review_check_erasure_second_law(const Ledger_options *o, Ledger_result *r,
                                     const Review_law *law);
#line 2287 "noweb/review.nw"
void Review_check_feedback_second_law(const Ledger_options *o, Ledger_result *r,
                                      const Review_law *law);
#line 4031 "noweb/review.nw"
typedef struct {
  Review_bound quasistatic;                      /* the quasi-static cost, units of kT */
  int power;                                     /* f(x) ~ x^power, x = 1/tau */
} Review_finite_time_law;
void Review_check_finite_time_limit(const Ledger_options *o, Ledger_result *r,
                                    const Review_finite_time_law *law);
#line 4159 "noweb/review.nw"
typedef void (*Review_reached_bound)(mpfr_t out, const mpfr_t p, const mpfr_t reached);
void Review_check_finite_rate_second_law(const Ledger_options *o, Ledger_result *r,
                                         Review_reached_bound bound);
#line 91 "noweb/review.nw"
#endif
