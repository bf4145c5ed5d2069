#line 135 "noweb/review.nw"
/* review-erasure-time.c: tangled from noweb/review.nw; edit that, not this. */
#line 154 "noweb/review.nw"
#include "review-internal.h"
#include <assert.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "numerics.h"
#include "stochastic.h"
#line 3646 "noweb/review.nw"
typedef struct {
  mpfr_t ef, tau, t;
} Lag_ctx;

static void lag_integrand(mpfr_t y, const mpfr_t u, void *ctx)
{
  Lag_ctx *c = ctx;
  mpfr_t t;
  mpfr_init2(t, mpfr_get_prec(y));                /* the quadrature's working precision */
  mpfr_div(t, u, c->tau, MPFR_RNDN);
  mpfr_ui_sub(t, 1, t, MPFR_RNDN);
  mpfr_mul(t, t, c->ef, MPFR_RNDN);
  mpfr_neg(t, t, MPFR_RNDN);
  Num_logistic(t, t);                             /* pi(eps_f (1 - u/tau)) */
  mpfr_neg(y, u, MPFR_RNDN);
  Num_exp(y, y);
  mpfr_mul(y, y, t, MPFR_RNDN);
  mpfr_clear(t);
}

static int erasure_time_work_lagged(mpfr_t work, mpfr_t final_error, const mpfr_t p,
                                    const mpfr_t tau)
{
  mpfr_prec_t w = mpfr_get_prec(work) + PROTOCOL_GUARD;
  Lag_ctx c;
  mpfr_t zero, upper, J, err, et, sum, t;
  mpfr_inits2(w, c.ef, c.tau, c.t, zero, upper, J, et, sum, t, (mpfr_ptr)0);
  mpfr_init2(err, 64);
  Review_final_level(c.ef, p);
  mpfr_set(c.tau, tau, MPFR_RNDN);
  mpfr_set_zero(zero, 1);
  mpfr_set_ui(upper, (unsigned long)w + 8, MPFR_RNDN);
  mpfr_const_log2(t, MPFR_RNDN);
  mpfr_mul(upper, upper, t, MPFR_RNDN);          /* L = (w + 8) ln 2 */
  mpfr_min(upper, upper, tau, MPFR_RNDN);
  int status = Num_integrate(J, err, lag_integrand, &c, zero, upper, 0, NULL);
  mpfr_neg(et, tau, MPFR_RNDN);
  Num_exp(et, et);                    /* e^{-tau} */
  mpfr_neg(sum, tau, MPFR_RNDN);
  Num_expm1(sum, sum);
  mpfr_neg(sum, sum, MPFR_RNDN);
  mpfr_div(sum, sum, tau, MPFR_RNDN);
  mpfr_sub(sum, sum, et, MPFR_RNDN);
  mpfr_div_2ui(sum, sum, 1, MPFR_RNDN);           /* (1 - e^{-tau})/(2 tau) - e^{-tau}/2 */
  mpfr_ui_div(t, 1, tau, MPFR_RNDN);
  mpfr_add_ui(t, t, 1, MPFR_RNDN);
  mpfr_mul(t, t, J, MPFR_RNDN);
  mpfr_sub(sum, sum, t, MPFR_RNDN);
  mpfr_mul(sum, sum, c.ef, MPFR_RNDN);
  mpfr_ui_sub(t, 1, p, MPFR_RNDN);
  mpfr_mul_2ui(t, t, 1, MPFR_RNDN);
  mpfr_log(t, t, MPFR_RNDN);
  mpfr_add(work, sum, t, MPFR_RNDN);              /* review eq. (erasure-tau) */
  if (final_error) {
    mpfr_div_2ui(et, et, 1, MPFR_RNDN);
    mpfr_add(final_error, et, J, MPFR_RNDN);
  }
  mpfr_clears(c.ef, c.tau, c.t, zero, upper, J, err, et, sum, t, (mpfr_ptr)0);
  return status;
}
#line 3741 "noweb/review.nw"
static void excess_kernel(mpfr_t k, mpfr_t t, const mpfr_t z, const mpfr_t tau)
{
  mpfr_prec_t w = mpfr_get_prec(k);
  assert(mpfr_get_prec(t) == w);
  mpfr_t a, term, sum, decay;
  mpfr_inits2(w, a, term, sum, decay, (mpfr_ptr)0);
  mpfr_ui_sub(a, 1, z, MPFR_RNDN);
  mpfr_mul(a, a, tau, MPFR_RNDN);                 /* a = tau (1 - z) */
  mpfr_neg(term, a, MPFR_RNDN);
  Num_expm1(decay, term);             /* e^{-a} - 1, used by both terms */
  if (mpfr_cmp_ui(a, 1) < 0) {
    mpfr_div_2ui(term, a, 1, MPFR_RNDN);
    mpfr_set(sum, term, MPFR_RNDN);
    for (unsigned long n = 3; !mpfr_zero_p(term); n++) {
      mpfr_mul(term, term, a, MPFR_RNDN);
      mpfr_mul_ui(term, term, n - 1, MPFR_RNDN);
      mpfr_div_ui(term, term, n * (n - 2), MPFR_RNDN);
      mpfr_neg(term, term, MPFR_RNDN);            /* (-1)^n (n-1) a^(n-1) / n! */
      mpfr_add(sum, sum, term, MPFR_RNDN);
      if (mpfr_get_exp(term) < mpfr_get_exp(sum) - (mpfr_exp_t)w)
        break;
    }
    mpfr_ui_sub(t, 1, z, MPFR_RNDN);
    mpfr_mul(sum, sum, t, MPFR_RNDN);             /* h(a)/tau = (1 - z) h(a)/a */
  } else {
    Num_exp(t, term);
    mpfr_mul(t, t, a, MPFR_RNDN);                 /* a e^{-a} */
    mpfr_add(sum, decay, t, MPFR_RNDN);
    mpfr_neg(sum, sum, MPFR_RNDN);                /* h(a) = 1 - e^{-a} - a e^{-a} */
    mpfr_div(sum, sum, tau, MPFR_RNDN);
  }
  mpfr_neg(t, decay, MPFR_RNDN);
  mpfr_mul(t, t, z, MPFR_RNDN);                   /* z (1 - e^{-a}) */
  mpfr_add(k, sum, t, MPFR_RNDN);
  mpfr_clears(a, term, sum, decay, (mpfr_ptr)0);
}

static void logistic_pair(mpfr_t up, mpfr_t down, const mpfr_t x)
{
  assert(mpfr_sgn(x) >= 0 && mpfr_get_prec(up) == mpfr_get_prec(down));
  mpfr_t minus_x, e, d;
  mpfr_init2(minus_x, mpfr_get_prec(x));
  mpfr_inits2(mpfr_get_prec(up) + 16, e, d, (mpfr_ptr)0);  /* Num_logistic's guard */
  mpfr_neg(minus_x, x, MPFR_RNDN);
  Num_exp(e, minus_x);
  mpfr_add_ui(d, e, 1, MPFR_RNDN);
  mpfr_ui_div(up, 1, d, MPFR_RNDN);               /* Num_logistic(up, x) */
  mpfr_div(down, e, d, MPFR_RNDN);                /* Num_logistic(down, -x) */
  mpfr_clears(minus_x, e, d, (mpfr_ptr)0);
}

static void excess_integrand(mpfr_t y, const mpfr_t z, void *ctx)
{
  Lag_ctx *c = ctx;
  mpfr_t g, t;
  mpfr_inits2(mpfr_get_prec(y), g, t, (mpfr_ptr)0); /* the quadrature's working precision */
  mpfr_mul(t, c->ef, z, MPFR_RNDN);
  logistic_pair(g, t, t);
  mpfr_mul(g, g, t, MPFR_RNDN);                   /* pi (1 - pi) at eps_f z */
  excess_kernel(y, t, z, c->tau);
  mpfr_mul(y, y, g, MPFR_RNDN);
  mpfr_clears(g, t, (mpfr_ptr)0);
}

int Review_erasure_time_lag_work(mpfr_t work, const mpfr_t p, const mpfr_t tau)
{
  mpfr_prec_t w = mpfr_get_prec(work) + PROTOCOL_GUARD;
  Lag_ctx c;
  mpfr_t zero, one, integral, err;
  mpfr_inits2(w, c.ef, c.tau, c.t, zero, one, integral, (mpfr_ptr)0);
  mpfr_init2(err, 64);
  Review_final_level(c.ef, p);
  mpfr_set(c.tau, tau, MPFR_RNDN);
  mpfr_set_zero(zero, 1);
  mpfr_set_ui(one, 1, MPFR_RNDN);
  int status = 0;
  if (mpfr_zero_p(c.ef))
    mpfr_set_zero(integral, 1);                   /* p = 1/2: nothing to erase */
  else
    status = Num_integrate(integral, err, excess_integrand, &c, zero, one, 0, NULL);
  mpfr_sqr(c.t, c.ef, MPFR_RNDN);
  mpfr_mul(work, integral, c.t, MPFR_RNDN);       /* review eq. (erasure-short) */
  mpfr_clears(c.ef, c.tau, c.t, zero, one, integral, err, (mpfr_ptr)0);
  return status;
}

int Review_erasure_time_work(mpfr_t work, mpfr_t final_error, const mpfr_t p, const mpfr_t tau)
{
  assert(mpfr_cmp_ui(tau, 0) > 0);
  if (mpfr_cmp_ui(tau, 1) >= 0 && (mpfr_cmp_d(p, 0.25) < 0 || mpfr_cmp_d(tau, 1e12) > 0))
    return erasure_time_work_lagged(work, final_error, p, tau);
  int status = Review_erasure_time_lag_work(work, p, tau);
  if (final_error) {
    mpfr_t unused;
    mpfr_init2(unused, mpfr_get_prec(work));
    int s = erasure_time_work_lagged(unused, final_error, p, tau);
    status = status ? status : s;
    mpfr_clear(unused);
  }
  return status;
}

#line 3884 "noweb/review.nw"
typedef struct {
  double ef, tau;
  uint64_t seed, experiment, samples;
  const double *below, *above;                   /* the bracket of pi on [i h, (i+1) h] */
  size_t cells;
} Erasure_time_run;

enum { OCCUPATION_CELLS_PER_UNIT = 1024 };      /* h = 2^-10 */
static const double occupation_margin = 1e-14;

static double occupation_at(double z)
{
  return 1 / (1 + exp(z));                       /* the simulation's pi(z), as it always was */
}

static int draw_occupied(Rng *rng, const Erasure_time_run *e, double z)
{
  double u = Rng_uniform(rng);
  size_t i = (size_t)(z * OCCUPATION_CELLS_PER_UNIT);   /* z >= 0: floor(z / h) */
  if (i < e->cells) {
    int surely = u < e->below[i], maybe = u < e->above[i];
    if (surely == maybe)                          /* u outside the bracket: nearly always */
      return surely;
  }
  return u < occupation_at(z);
}

static void erasure_time_block(uint64_t block, void *ctx, Stats *out)
{
  const Erasure_time_run *e = ctx;
  uint64_t first = e->samples * block / REPLICATES, last = e->samples * (block + 1) / REPLICATES;
  Rng rng;
  Rng_init(&rng, e->seed, e->experiment, block);
  Stats_init(out);
  for (uint64_t n = first; n < last; n++) {
    int up = Rng_uniform(&rng) < 0.5;
    double t = 0, occupied = 0;
    for (;;) {
      double dt = -log(Rng_uniform(&rng));         /* next candidate event, rate Gamma = 1 */
      if (t + dt >= e->tau) {
        occupied += up ? e->tau - t : 0;
        break;
      }
      occupied += up ? dt : 0;
      t += dt;
      up = draw_occupied(&rng, e, e->ef * t / e->tau);
    }
    Stats_add(out, e->ef * occupied / e->tau - (up ? e->ef : 0));
  }
}

void Review_erasure_time_run(Ledger_mc *out, double p, double tau, uint64_t experiment,
                             uint64_t seed, uint64_t samples, int threads)
{
  assert(p > 0 && p <= 0.5 && tau > 0 && samples >= 1);
  Erasure_time_run e = {.ef = log1p(-p) - log(p), .tau = tau, .seed = seed,
                        .experiment = experiment, .samples = samples};
  e.cells = (size_t)(e.ef * OCCUPATION_CELLS_PER_UNIT) + 2;
  double *bracket = malloc(2 * e.cells * sizeof *bracket);
  assert(bracket != NULL);
  for (size_t i = 0; i < e.cells; i++) {
    bracket[i] = occupation_at((double)(i + 1) / OCCUPATION_CELLS_PER_UNIT) - occupation_margin;
    bracket[e.cells + i] = occupation_at((double)i / OCCUPATION_CELLS_PER_UNIT) + occupation_margin;
  }
  e.below = bracket, e.above = bracket + e.cells;
  Stats total;
  Stats_parallel(&total, REPLICATES, threads, erasure_time_block, &e);
  free(bracket);
  mpfr_t pp, tt, exact;
  mpfr_inits2(128, pp, tt, exact, (mpfr_ptr)0);
  mpfr_set_d(pp, p, MPFR_RNDN);
  mpfr_set_d(tt, tau, MPFR_RNDN);
  Review_erasure_time_work(exact, NULL, pp, tt);
  Ledger_mc_set(out, Stats_mean(&total), Stats_stderr(&total), mpfr_get_d(exact, MPFR_RNDN),
                total.n);
  mpfr_clears(pp, tt, exact, (mpfr_ptr)0);
}
#line 3969 "noweb/review.nw"
void Review_erasure_time_mc(Ledger_mc *out, double p, double tau, uint64_t seed, uint64_t samples,
                            int threads)
{
  Review_erasure_time_run(out, p, tau, EXPERIMENT_ERASURE_TIME, seed, samples, threads);
}
