#line 16 "noweb/rebooting.nw"
/* rebooting.h: tangled from noweb/rebooting.nw; edit that, not this. */
#ifndef REBOOTING_H
#define REBOOTING_H
#include "ledger.h"
#include <stdint.h>
#include <gmp.h>

#line 155 "noweb/rebooting.nw"
void Rebooting_thermal_voltage_mV(mpfr_t out, const mpfr_t T);
void Rebooting_nernst_mV(mpfr_t out, const mpfr_t c_out, const mpfr_t c_in, const mpfr_t T);
void Rebooting_ghk_mV(mpfr_t out, const mpfr_t conc[6], const mpfr_t perm[3], const mpfr_t T);
#line 267 "noweb/rebooting.nw"
void Rebooting_spike_energy_J(mpfr_t out);
void Rebooting_bit_energy_J(mpfr_t out, const mpfr_t eta, const mpfr_t N, const mpfr_t T);
#line 550 "noweb/rebooting.nw"
typedef struct {
  const char *peak_mV;
  unsigned valence;
} Rebooting_spike_peak;
extern const Rebooting_spike_peak Rebooting_spike_peak_paper;
void Rebooting_check_thermal_voltage(const Ledger_options *o, Ledger_result *r,
                                     const Rebooting_spike_peak *peak);
#line 735 "noweb/rebooting.nw"
enum { REBOOTING_VARS = 5, REBOOTING_CELLS = 1024 };
typedef struct {
  int nvars;
  int card[REBOOTING_VARS];
  unsigned long count[REBOOTING_CELLS];
  unsigned long total;
} Rebooting_joint;

size_t Rebooting_joint_cells(const Rebooting_joint *J);
void Rebooting_cond_entropy(mpfr_t out, const Rebooting_joint *J, unsigned a, unsigned c);
void Rebooting_cond_information(mpfr_t out, const Rebooting_joint *J, unsigned a, unsigned b,
                                unsigned c);
void Rebooting_cond_entropy_exact(mpq_t out, const Rebooting_joint *J, unsigned a, unsigned c);
void Rebooting_cond_information_exact(mpq_t out, const Rebooting_joint *J, unsigned a, unsigned b,
                                      unsigned c);
void Rebooting_pid_redundancy(mpfr_t out, const Rebooting_joint *J);

typedef struct {
  int max_order, second_order_sign;
} Rebooting_eq6_form;
extern const Rebooting_eq6_form Rebooting_eq6_paper;
void Rebooting_check_eq6(const Ledger_options *o, Ledger_result *r, const Rebooting_eq6_form *form);
typedef struct {
  int interaction_sign;
} Rebooting_gates_form;
extern const Rebooting_gates_form Rebooting_gates_paper;
void Rebooting_check_gates(const Ledger_options *o, Ledger_result *r,
                           const Rebooting_gates_form *form);
#line 1703 "noweb/rebooting.nw"
enum { REBOOTING_ML, REBOOTING_ME, REBOOTING_MFE, REBOOTING_ESTIMATORS };
void Rebooting_truth(double p[3]);
double Rebooting_beta(const unsigned n[3]);
void Rebooting_estimate(double q[3], const unsigned n[3], int which);
void Rebooting_temper(double q[3], const unsigned n[3], double beta);
double Rebooting_kl_bits(const double q[3], const double p[3]);
double Rebooting_expected_kl(unsigned N, int which);
double Rebooting_expected_kl_tempered(unsigned N, double beta);
void Rebooting_expected_kl_mpfr(mpfr_t out, unsigned N, int which);
void Rebooting_estimator_mc(Ledger_mc *out, unsigned N, int which, uint64_t seed, uint64_t samples,
                            int threads);
#line 2308 "noweb/rebooting.nw"
typedef struct {
  int L, H;
  int8_t *s[2];
  uint32_t t2, t4, key[2];
  uint64_t sweep;
  uint32_t *rnd;
} Rebooting_ising;

void Rebooting_ising_init(Rebooting_ising *g, int L, double T, uint64_t seed, uint64_t chain);
void Rebooting_ising_sweep(Rebooting_ising *g);
double Rebooting_ising_abs_m(const Rebooting_ising *g);
void Rebooting_ising_free(Rebooting_ising *g);
#line 2426 "noweb/rebooting.nw"
void Rebooting_ising_tc(mpfr_t out);
void Rebooting_ising_yang(mpfr_t out, const mpfr_t T);
double Rebooting_ising_L4(double T);
#line 2511 "noweb/rebooting.nw"
void Rebooting_ising_mc(Ledger_mc *out, int L, double T, uint64_t seed, uint64_t sweeps,
                        int threads);
double Rebooting_ising_tau(int L, double T, uint64_t seed, uint64_t sweeps);
#line 27 "noweb/rebooting.nw"
extern const Ledger_chapter Rebooting_chapter;
#endif
