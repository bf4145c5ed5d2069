#line 77 "noweb/landauer.nw"
/* landauer-internal.h: tangled from noweb/landauer.nw; edit that, not this. */
#ifndef LANDAUER_INTERNAL_H
#define LANDAUER_INTERNAL_H
#include "landauer.h"
#include <stdint.h>
#include "stochastic.h"
#include "certify.h"

#line 152 "noweb/landauer.nw"
void Landauer_error_p(mpfr_t p, const mpfr_t t);
void Landauer_entropy_loss(mpfr_t out, const mpfr_t t);
void Landauer_binary_loss(mpfr_t out, const mpfr_t t);
void Landauer_entropy_mf(mpfr_t s, const mpfr_t t);
#line 533 "noweb/landauer.nw"
typedef struct {
  mpfr_t entropy, energy, abs_m, m2, ln_z;
} Landauer_moments;

void Landauer_moments_init(Landauer_moments *mo, mpfr_prec_t prec);
void Landauer_moments_clear(Landauer_moments *mo);
void Landauer_exact(Landauer_moments *mo, unsigned long N, const mpfr_t t);
#line 784 "noweb/landauer.nw"
void Landauer_laplace_coefficient(mpfr_t c, const mpfr_t t);
void Landauer_critical_constants(mpfr_t a, mpfr_t b);
#line 982 "noweb/landauer.nw"
typedef struct {
  double abs_m, abs_m_err, abs_m_tau;
  double energy, energy_err, energy_tau;
  double drift_z;
  unsigned long sweeps, burnin;
  int chains;
} Landauer_glauber_result;

void Landauer_glauber(Landauer_glauber_result *out, unsigned long N, double t, unsigned long sweeps,
                      unsigned long burnin, int chains, uint64_t seed, uint64_t stream,
                      int threads);
#line 1562 "noweb/landauer.nw"
void Landauer_potts_error_p(mpfr_t p, const mpfr_t tau);
void Landauer_potts_transition(mpfr_t tau);
#line 1729 "noweb/landauer.nw"
typedef void Landauer_formula(mpfr_t out, const mpfr_t x);
typedef struct {
  void (*mpfr)(mpfr_t out, const mpfr_t m, const mpfr_t t);
  void (*ball)(arb_t out, const arb_t m, const arb_t t, slong prec);
} Landauer_eq11_side;
typedef struct {
  int curvature_sign_at_0, curvature_sign_at_m0;
} Landauer_stability_side;
typedef struct {
  double alpha_retrieved[2], alpha_lost[2];
} Landauer_retrieval_side;

void Landauer_eq14_paper(mpfr_t out, const mpfr_t x);
extern const Landauer_retrieval_side Landauer_retrieval_paper;

int Landauer_field_ball(arb_t x, double t);
void Landauer_check_eq11(const Ledger_options *o, Ledger_result *r,
                         const Landauer_eq11_side *side);
void Landauer_check_stability(const Ledger_options *o, Ledger_result *r,
                              const Landauer_stability_side *side);
void Landauer_check_clausius(const Ledger_options *o, Ledger_result *r, Landauer_formula *eq14);
void Landauer_check_eq17(const Ledger_options *o, Ledger_result *r, Landauer_formula *eq17);
typedef struct {
  Landauer_formula *mpfr;
  void (*ball)(arb_t out, const arb_t p, slong prec);
  void (*exact)(mpq_t out, const mpq_t p, const mpq_t ln_p, const mpq_t ln_q, const mpq_t ln2);
} Landauer_eq18_side;
void Landauer_check_eq18(const Ledger_options *o, Ledger_result *r,
                         const Landauer_eq18_side *side);
void Landauer_check_exact_limit(const Ledger_options *o, Ledger_result *r, Landauer_formula *eq14);
void Landauer_check_retrieval(const Ledger_options *o, Ledger_result *r,
                              const Landauer_retrieval_side *side);
void Landauer_check_capacity(const Ledger_options *o, Ledger_result *r, double alpha_c);
void Landauer_check_potts_entropy(const Ledger_options *o, Ledger_result *r,
                                  Landauer_formula *information);
#line 90 "noweb/landauer.nw"
#endif
