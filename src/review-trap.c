#line 128 "noweb/review.nw"
/* review-trap.c: tangled from noweb/review.nw; edit that, not this. */
#line 154 "noweb/review.nw"
#include "review-internal.h"
#include <assert.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "numerics.h"
#include "stochastic.h"
#line 2989 "noweb/review.nw"
static void check_trap_args(double ki, double kf, double tau)
{
  assert(ki > 0 && kf > 0 && tau > 0);
  (void)ki, (void)kf, (void)tau;
}

static void trap_final_width(mpfr_t sf, const mpfr_t si, const mpfr_t kf, const mpfr_t tau)
{
  mpfr_prec_t w = mpfr_get_prec(sf);
  mpfr_t c, b, d;
  mpfr_inits2(w, c, b, d, (mpfr_ptr)0);
  mpfr_ui_div(c, 2, tau, MPFR_RNDN);
  mpfr_add(c, c, kf, MPFR_RNDN);                 /* lambda_f + 2/tau */
  mpfr_div(b, si, tau, MPFR_RNDN);               /* s_i/tau */
  mpfr_sqr(d, b, MPFR_RNDN);
  mpfr_add(d, d, c, MPFR_RNDN);
  mpfr_sqrt(d, d, MPFR_RNDN);
  mpfr_add(d, d, b, MPFR_RNDN);
  mpfr_div(sf, d, c, MPFR_RNDN);                 /* review eq. (trap-sf) */
  mpfr_clears(c, b, d, (mpfr_ptr)0);
}

void Review_harmonic_min_work(mpfr_t out, const mpfr_t ki, const mpfr_t kf, const mpfr_t tau)
{
  assert(mpfr_cmp_ui(ki, 0) > 0 && mpfr_cmp_ui(kf, 0) > 0 && mpfr_cmp_ui(tau, 0) > 0);
  mpfr_prec_t w = mpfr_get_prec(out) + PROTOCOL_GUARD;
  mpfr_t q, r, u, t;
  mpfr_inits2(w, q, r, u, t, (mpfr_ptr)0);
  mpfr_mul(r, ki, kf, MPFR_RNDN);
  mpfr_mul(r, r, tau, MPFR_RNDN);
  mpfr_mul_2ui(t, ki, 1, MPFR_RNDN);
  mpfr_add(r, r, t, MPFR_RNDN);
  mpfr_mul(r, r, tau, MPFR_RNDN);
  mpfr_add_ui(r, r, 1, MPFR_RNDN);
  mpfr_sqrt(r, r, MPFR_RNDN); /* R = sqrt(1 + 2 lambda_i tau + lambda_i lambda_f tau^2) */
  mpfr_fma(q, kf, tau, r, MPFR_RNDN);
  mpfr_add_ui(q, q, 1, MPFR_RNDN);               /* Q = 1 + lambda_f tau + R >= 2 */
  mpfr_sub(t, ki, kf, MPFR_RNDN);
  mpfr_div(t, t, q, MPFR_RNDN);                  /* (lambda_i - lambda_f)/Q */
  mpfr_mul(u, t, tau, MPFR_RNDN);                /* u = s_f/s_i - 1, no s_f - s_i formed */
  mpfr_div(t, t, ki, MPFR_RNDN);
  if (mpfr_cmp_d(u, -0.5) >= 0)
    mpfr_log1p(u, u, MPFR_RNDN);
  else {                                         /* 1 + u = (1 + lambda_i tau + R)/Q, no 1 - 1 */
    mpfr_fma(r, ki, tau, r, MPFR_RNDN);
    mpfr_add_ui(r, r, 1, MPFR_RNDN);
    mpfr_div(u, r, q, MPFR_RNDN);
    mpfr_log(u, u, MPFR_RNDN);
  }
  mpfr_add(u, u, t, MPFR_RNDN);
  mpfr_neg(out, u, MPFR_RNDN);                   /* review eq. (trap-Wu) */
  if (mpfr_zero_p(out))
    mpfr_set_zero(out, 1);                       /* lambda_i = lambda_f: +0, not -0 */
  mpfr_clears(q, r, u, t, (mpfr_ptr)0);
}
#line 3061 "noweb/review.nw"
typedef struct {
  mpfr_t si, a, s, lam, dlam, t, worst;
} Trap_path;

static void trap_at(Trap_path *c, const mpfr_t time)
{
  mpfr_mul(c->s, c->a, time, MPFR_RNDN);
  mpfr_add(c->s, c->s, c->si, MPFR_RNDN);         /* s = s_i + a t */
  mpfr_ui_div(c->t, 1, c->s, MPFR_RNDN);
  mpfr_sub(c->lam, c->t, c->a, MPFR_RNDN);
  mpfr_mul(c->lam, c->lam, c->t, MPFR_RNDN);      /* lambda = (1 - a s)/s^2 */
  mpfr_mul_2ui(c->dlam, c->t, 1, MPFR_RNDN);
  mpfr_sub(c->dlam, c->a, c->dlam, MPFR_RNDN);    /* a - 2/s */
  mpfr_sqr(c->t, c->t, MPFR_RNDN);
  mpfr_mul(c->dlam, c->dlam, c->t, MPFR_RNDN);
  mpfr_mul(c->dlam, c->dlam, c->a, MPFR_RNDN);    /* a (a/s^2 - 2/s^3) */
}

static void trap_integrand(mpfr_t y, const mpfr_t time, void *ctx)
{
  Trap_path *c = ctx;
  trap_at(c, time);
  mpfr_sqr(c->t, c->s, MPFR_RNDN);                /* w = s^2 */
  mpfr_mul(y, c->dlam, c->t, MPFR_RNDN);
  mpfr_div_2ui(y, y, 1, MPFR_RNDN);               /* lambda' w / 2 */
  mpfr_mul(c->t, c->t, c->lam, MPFR_RNDN);
  mpfr_sub_ui(c->t, c->t, 1, MPFR_RNDN);
  mpfr_mul_2ui(c->t, c->t, 1, MPFR_RNDN);         /* 2 lambda w - 2 */
  mpfr_fma(c->t, c->a, c->s, c->t, MPFR_RNDN);
  mpfr_fma(c->t, c->a, c->s, c->t, MPFR_RNDN);    /* + w' = 2 a s */
  mpfr_abs(c->t, c->t, MPFR_RNDN);
  mpfr_max(c->worst, c->worst, c->t, MPFR_RNDN);
}

int Review_harmonic_protocol_work(mpfr_t out, const mpfr_t ki, const mpfr_t kf, const mpfr_t tau)
{
  assert(mpfr_cmp_ui(ki, 0) > 0 && mpfr_cmp_ui(kf, 0) > 0 && mpfr_cmp_ui(tau, 0) > 0);
  mpfr_prec_t w = mpfr_get_prec(out) + PROTOCOL_GUARD;
  Trap_path c;
  mpfr_t sf, zero, integral, err, sum;
  mpfr_inits2(w, c.si, c.a, sf, zero, integral, sum, (mpfr_ptr)0);
  mpfr_inits2(w + 64, c.s, c.lam, c.dlam, c.t, (mpfr_ptr)0);  /* above the quadrature's guard */
  mpfr_inits2(64, c.worst, err, (mpfr_ptr)0);
  mpfr_rec_sqrt(c.si, ki, MPFR_RNDN);
  trap_final_width(sf, c.si, kf, tau);
  mpfr_sub(c.a, sf, c.si, MPFR_RNDN);
  mpfr_div(c.a, c.a, tau, MPFR_RNDN);
  mpfr_set_zero(zero, 1);
  trap_at(&c, zero);
  mpfr_sub(sum, c.lam, ki, MPFR_RNDN);
  mpfr_div(sum, sum, ki, MPFR_RNDN);
  mpfr_div_2ui(sum, sum, 1, MPFR_RNDN);           /* jump at 0: (lambda(0+) - lambda_i) w_i / 2 */
  trap_at(&c, tau);
  mpfr_sub(c.t, kf, c.lam, MPFR_RNDN);
  mpfr_mul(c.t, c.t, c.s, MPFR_RNDN);
  mpfr_mul(c.t, c.t, c.s, MPFR_RNDN);
  mpfr_div_2ui(c.t, c.t, 1, MPFR_RNDN);           /* jump at tau: (lambda_f - lambda(tau-)) w_f/2 */
  mpfr_add(sum, sum, c.t, MPFR_RNDN);
  mpfr_set_zero(c.worst, 1);
  int status = Num_integrate(integral, err, trap_integrand, &c, zero, tau, 0, NULL);
  mpfr_add(out, sum, integral, MPFR_RNDN);
  mpfr_set_ui_2exp(err, 1, -(long)mpfr_get_prec(out) + 8, MPFR_RNDN);
  if (status == 0 && mpfr_cmp(c.worst, err) > 0)
    status = 2;
  mpfr_clears(c.si, c.a, c.s, c.lam, c.dlam, c.t, sf, zero, integral, sum, c.worst, err,
              (mpfr_ptr)0);
  return status;
}
#line 3138 "noweb/review.nw"
static void trap_levels(double *lam, double ki, double kf, double tau, unsigned long N, int ramp)
{
  double si = 1 / sqrt(ki), c = kf + 2 / tau;
  double sf = (si / tau + sqrt(si * si / (tau * tau) + c)) / c, a = (sf - si) / tau;
  for (unsigned long k = 0; k < N; k++) {
    double t = (k + 0.5) * tau / (double)N, s = si + a * t;
    lam[k] = ramp ? ki + (kf - ki) * t / tau : (1 - a * s) / (s * s);
  }
}

static void relaxation(mpfr_t g, const mpfr_t lam, const mpfr_t dt)
{
  if (mpfr_zero_p(lam)) {
    mpfr_mul_2ui(g, dt, 1, MPFR_RNDN);
    return;
  }
  mpfr_mul(g, lam, dt, MPFR_RNDN);
  mpfr_mul_si(g, g, -2, MPFR_RNDN);
  Num_expm1(g, g);
  mpfr_neg(g, g, MPFR_RNDN);
  mpfr_div(g, g, lam, MPFR_RNDN);                 /* (1 - e^{-2 lambda dt}) / lambda */
}

void Review_harmonic_discrete_work(mpfr_t out, double ki, double kf, double tau, unsigned long N,
                                   int ramp)
{
  check_trap_args(ki, kf, tau);
  assert(N >= 1);
  double *lam = malloc(N * sizeof *lam);
  assert(lam != NULL);
  trap_levels(lam, ki, kf, tau, N, ramp);
  mpfr_prec_t w = mpfr_get_prec(out) + PROTOCOL_GUARD;
  mpfr_t var, work, prev, l, dt, g, t;
  mpfr_inits2(w, var, work, prev, l, dt, g, t, (mpfr_ptr)0);
  mpfr_set_d(prev, ki, MPFR_RNDN);
  mpfr_ui_div(var, 1, prev, MPFR_RNDN);
  mpfr_set_zero(work, 1);
  mpfr_set_d(dt, tau, MPFR_RNDN);
  mpfr_div_ui(dt, dt, N, MPFR_RNDN);
  for (unsigned long k = 0; k <= N; k++) {
    mpfr_set_d(l, k < N ? lam[k] : kf, MPFR_RNDN);
    mpfr_sub(t, l, prev, MPFR_RNDN);
    mpfr_mul(t, t, var, MPFR_RNDN);
    mpfr_div_2ui(t, t, 1, MPFR_RNDN);
    mpfr_add(work, work, t, MPFR_RNDN);           /* a jump costs (delta lambda) w / 2 */
    mpfr_set(prev, l, MPFR_RNDN);
    if (k == N)
      break;
    mpfr_mul(t, l, dt, MPFR_RNDN);
    mpfr_mul_si(t, t, -2, MPFR_RNDN);
    Num_exp(t, t);
    relaxation(g, l, dt);
    mpfr_fma(var, var, t, g, MPFR_RNDN);          /* moment equation over one interval */
  }
  mpfr_set(out, work, MPFR_RNDN);
  mpfr_clears(var, work, prev, l, dt, g, t, (mpfr_ptr)0);
  free(lam);
}
#line 3209 "noweb/review.nw"
enum { EXPERIMENT_TRAP = 3 };

typedef struct {
  double ki, kf;
  unsigned long N;
  const double *lam, *decay, *spread;
  uint64_t seed, samples;
} Trap_run;

static void trap_block(uint64_t block, void *ctx, Stats *out)
{
  const Trap_run *s = ctx;
  uint64_t first = s->samples * block / REPLICATES, last = s->samples * (block + 1) / REPLICATES;
  Rng rng;
  Rng_init(&rng, s->seed, EXPERIMENT_TRAP, block);
  Stats_init(out);
  for (uint64_t n = first; n < last; n++) {
    double x = Rng_normal(&rng) / sqrt(s->ki), prev = s->ki, work = 0;
    for (unsigned long k = 0; k < s->N; k++) {
      work += (s->lam[k] - prev) * x * x / 2;
      prev = s->lam[k];
      x = x * s->decay[k] + s->spread[k] * Rng_normal(&rng);
    }
    work += (s->kf - prev) * x * x / 2;
    Stats_add(out, work);
  }
}
#line 3245 "noweb/review.nw"
void Review_harmonic_mc(Ledger_mc *out, double ki, double kf, double tau, unsigned long N,
                        uint64_t seed,
                        uint64_t samples, int threads)
{
  check_trap_args(ki, kf, tau);
  assert(N >= 1 && samples >= 1);
  double *lam = malloc(3 * N * sizeof *lam);
  assert(lam != NULL);
  double *decay = lam + N, *spread = lam + 2 * N, dt = tau / (double)N;
  trap_levels(lam, ki, kf, tau, N, 0);
  for (unsigned long k = 0; k < N; k++) {
    decay[k] = exp(-lam[k] * dt);
    spread[k] = sqrt(lam[k] == 0 ? 2 * dt : -expm1(-2 * lam[k] * dt) / lam[k]);
  }
  Trap_run s = {.ki = ki, .kf = kf, .N = N, .lam = lam, .decay = decay, .spread = spread,
                .seed = seed, .samples = samples};
  Stats total;
  Stats_parallel(&total, REPLICATES, threads, trap_block, &s);
  mpfr_t exact;
  mpfr_init2(exact, 128);
  Review_harmonic_discrete_work(exact, ki, kf, tau, N, 0);
  Ledger_mc_set(out, Stats_mean(&total), Stats_stderr(&total), mpfr_get_d(exact, MPFR_RNDN),
                total.n);
  mpfr_clear(exact);
  free(lam);
}
