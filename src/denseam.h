#line 158 "noweb/denseam.nw"
/* denseam.h: tangled from noweb/denseam.nw; edit that, not this. */
#ifndef DENSEAM_H
#define DENSEAM_H
#include "ledger.h"
#include <stdint.h>
#include "stochastic.h"

#line 212 "noweb/denseam.nw"
typedef struct {
  int n;
  unsigned N, K;
  signed char *xi;
} Denseam_patterns;
void Denseam_patterns_draw(Denseam_patterns *p, int n, unsigned N, unsigned K, uint64_t seed,
                           uint64_t experiment, uint64_t replicate);
void Denseam_patterns_free(Denseam_patterns *p);
unsigned Denseam_load(int n, unsigned N, double alpha);
void Denseam_overlaps(const Denseam_patterns *p, const signed char *s, long *M);
double Denseam_flip_energy(const Denseam_patterns *p, const long *M, const signed char *s,
                           unsigned i);
#line 300 "noweb/denseam.nw"
enum { DENSEAM_EQUILIBRIUM, DENSEAM_PRODUCT, DENSEAM_SHELL };
typedef struct {
  double T, eps, tau, h0;
  int steps, start;
} Denseam_protocol;
void Denseam_cue(signed char *c, const Denseam_patterns *p, double eps);
double Denseam_field(const Denseam_protocol *pr, int k);
double Denseam_energy(const Denseam_patterns *p, const long *M);
#line 410 "noweb/denseam.nw"
typedef struct {
  mpfr_t ift, jarzynski, zratio, sigma, work, heat, denergy, dissipated, m1, entropy0, entropy_tau,
      lambda_abs, ldb;
} Denseam_exact_result;
void Denseam_exact_init(Denseam_exact_result *r, mpfr_prec_t prec);
void Denseam_exact_clear(Denseam_exact_result *r);
void Denseam_exact(Denseam_exact_result *r, const Denseam_patterns *p, const signed char *c,
                   const Denseam_protocol *pr, double *lnp0, double *lnptau);
#line 935 "noweb/denseam.nw"
enum { DENSEAM_BURNIN = 20 };
typedef struct {
  double work, heat, denergy, m1;
  uint32_t s0, stau;
} Denseam_path;
void Denseam_trajectory(Denseam_path *out, const Denseam_patterns *p, const signed char *c,
                        const Denseam_protocol *pr, const double *cdf0, Rng *rng);
#line 1548 "noweb/denseam.nw"
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
#line 2662 "noweb/denseam.nw"
void Denseam_speed_accuracy(Ledger_result *r, double direction);
#line 3477 "noweb/denseam.nw"
typedef struct {
  Stats overlap;
  double absorbed;
  double flips;
} Denseam_capacity_result;
void Denseam_capacity_run(Denseam_capacity_result *out, int n, unsigned N, double alpha, double eps,
                          double tmax, uint64_t samples, uint64_t seed, uint64_t stream,
                          int threads);
#line 3646 "noweb/denseam.nw"
void Denseam_unstable_fraction(Stats *out, int n, unsigned N, double alpha, uint64_t samples,
                               uint64_t seed, uint64_t stream, int threads);
double Denseam_unstable_exact2(unsigned N, unsigned K);
double Denseam_unstable_gauss3(unsigned N, unsigned K, double *edgeworth);
double Denseam_snr_capacity(int n, double *m_at_capacity);
#line 3026 "noweb/denseam.nw"
void Denseam_spinodal(mpfr_t Ts, mpfr_t mc, int n);
int Denseam_basin(mpfr_t mu, mpfr_t ms, int n, const mpfr_t T);
#line 173 "noweb/denseam.nw"
extern const Ledger_chapter Denseam_chapter;
#endif
