#line 49 "noweb/rebooting.nw"
/* rebooting-internal.h: tangled from noweb/rebooting.nw; edit that, not this. */
#ifndef REBOOTING_INTERNAL_H
#define REBOOTING_INTERNAL_H
#include <gmp.h>
#include "rebooting.h"

#line 209 "noweb/rebooting.nw"
void Rebooting_thermal_voltage_mV(mpfr_t out, const mpfr_t T);
void Rebooting_nernst_mV(mpfr_t out, const mpfr_t c_out, const mpfr_t c_in, const mpfr_t T);
void Rebooting_ghk_mV(mpfr_t out, const mpfr_t conc[6], const mpfr_t perm[3], const mpfr_t T);
#line 326 "noweb/rebooting.nw"
void Rebooting_spike_energy_J(mpfr_t out);
void Rebooting_bit_energy_J(mpfr_t out, const mpfr_t eta, const mpfr_t N, const mpfr_t T);
#line 588 "noweb/rebooting.nw"
void Rebooting_certify_resting(Ledger_result *r, const char *printed_mV, const char *half_unit_mV);
#line 703 "noweb/rebooting.nw"
typedef struct {
  const char *peak_mV;
  unsigned valence;
} Rebooting_spike_peak;
void Rebooting_check_thermal_voltage(const Ledger_options *o, Ledger_result *r,
                                     const Rebooting_spike_peak *peak);
#line 911 "noweb/rebooting.nw"
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
void Rebooting_pid_redundancy_exact(mpq_t out, const Rebooting_joint *J);

typedef struct {
  int max_order, second_order_sign;
} Rebooting_eq6_form;
void Rebooting_check_eq6(const Ledger_options *o, Ledger_result *r, const Rebooting_eq6_form *form);
typedef struct {
  int interaction_sign;
} Rebooting_gates_form;
void Rebooting_check_gates(const Ledger_options *o, Ledger_result *r,
                           const Rebooting_gates_form *form);
#line 2124 "noweb/rebooting.nw"
enum { REBOOTING_ML, REBOOTING_ME, REBOOTING_MFE, REBOOTING_ESTIMATORS };
void Rebooting_truth(double p[3]);
double Rebooting_beta(const unsigned n[3]);
double Rebooting_expected_kl(unsigned N, int which);
double Rebooting_expected_kl_tempered(unsigned N, double beta);
void Rebooting_expected_kl_mpfr(mpfr_t out, unsigned N, int which);
void Rebooting_estimator_mc(Ledger_mc *out, unsigned N, int which, uint64_t seed, uint64_t samples,
                            int threads);
#line 2958 "noweb/rebooting.nw"
double Rebooting_ising_abs_m(const Rebooting_ising *g);
#line 3166 "noweb/rebooting.nw"
void Rebooting_ising_tc(mpfr_t out);
double Rebooting_ising_tc_double(void);
void Rebooting_ising_yang(mpfr_t out, const mpfr_t T);
double Rebooting_ising_L4(double T);
double Rebooting_ising_L4_moment(double T, int power);
#line 3268 "noweb/rebooting.nw"
void Rebooting_ising_mc(Ledger_mc *out, int L, double T, uint64_t seed, uint64_t sweeps,
                        int threads);
double Rebooting_ising_tau(int L, double T, uint64_t seed, uint64_t sweeps);
#line 3454 "noweb/rebooting.nw"
#include "stochastic.h"
typedef struct {
  int L;
  int8_t *s;
  int32_t *neighbour, *stack;
  uint64_t bond;
  int64_t M;
  Rng rng;
} Rebooting_wolff;

void Rebooting_wolff_init(Rebooting_wolff *w, int L, double T, uint64_t seed, uint64_t chain);
uint64_t Rebooting_wolff_flip(Rebooting_wolff *w);
double Rebooting_wolff_abs_m(const Rebooting_wolff *w);
void Rebooting_wolff_free(Rebooting_wolff *w);
#line 3581 "noweb/rebooting.nw"
enum { WOLFF_ABS_M, WOLFF_M2, WOLFF_M4, WOLFF_MOMENTS };
enum { WOLFF_CHAINS = 64, WOLFF_BURN_IN = 20 };
void Rebooting_wolff_moment(Stats *out, int L, double T, int which, uint64_t seed,
                            uint64_t sweeps, int threads);
#line 3754 "noweb/rebooting.nw"
enum { WOLFF_SIZES = 10 };
typedef struct {
  int n, L[WOLFF_SIZES];
  double mean[WOLFF_SIZES], stderr_[WOLFF_SIZES];
  double slope, slope_stderr, chi2;
} Rebooting_wolff_scaling;
void Rebooting_wolff_fss(Rebooting_wolff_scaling *f, int Lmin, int Lmax, uint64_t seed,
                         uint64_t sweeps, int threads);
#line 3821 "noweb/rebooting.nw"
enum { WOLFF_FSS_SWEEPS = 320 };
void Rebooting_check_wolff_fss(const Ledger_options *o, Ledger_result *r, double beta_over_nu);
#line 232 "noweb/rebooting.nw"
enum { MEMBRANE_GUARD = 32 };
static const char *const k_B = "1.380649e-23", *const e_charge = "1.602176634e-19",
                         *const N_A = "6.02214076e23";
#line 1031 "noweb/rebooting.nw"
enum { INFO_GUARD = 32 };
mpfr_t *Rebooting_log2_table(unsigned long D, mpfr_prec_t w);
void Rebooting_free_table(mpfr_t *t, unsigned long D);
void Rebooting_info_sum(mpfr_t out, const Rebooting_joint *J, unsigned a, unsigned b, unsigned c,
                        mpfr_t *lg);
#line 1115 "noweb/rebooting.nw"
void Rebooting_info_exact(mpq_t out, const Rebooting_joint *J, unsigned a, unsigned b, unsigned c);
#line 1254 "noweb/rebooting.nw"
typedef int (*Joint_visit)(const Rebooting_joint *J, void *ctx);
int Rebooting_for_each_joint(uint64_t seed, Joint_visit visit, void *ctx);
#line 3281 "noweb/rebooting.nw"
enum { ISING_CHAINS = 32 };
#line 60 "noweb/rebooting.nw"
#endif
