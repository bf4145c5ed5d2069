#line 68 "noweb/learning.nw"
/* learning.c: tangled from noweb/learning.nw; edit that, not this. */
#line 84 "noweb/learning.nw"
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
#line 106 "noweb/learning.nw"
enum { LEARNING_GUARD = 32 };

static mpfr_prec_t guarded(const mpfr_t out) { return mpfr_get_prec(out) + LEARNING_GUARD; }
#line 202 "noweb/learning.nw"
static void exp_remainder(mpfr_t R, const mpfr_t t, int order)
{
  assert(order == 2 || order == 3);
  mpfr_exp_t e = mpfr_zero_p(t) ? 0 : mpfr_get_exp(t);
  mpfr_prec_t w = mpfr_get_prec(R) + LEARNING_GUARD + (e < 0 ? -(mpfr_prec_t)e * order : 0);
  mpfr_t x, s;
  mpfr_inits2(w, x, s, (mpfr_ptr)0);
  mpfr_neg(x, t, MPFR_RNDN);
  mpfr_expm1(x, x, MPFR_RNDN);
  mpfr_add(x, x, t, MPFR_RNDN);                  /* e^-t - 1 + t */
  if (order == 3) {
    mpfr_sqr(s, t, MPFR_RNDN);
    mpfr_div_2ui(s, s, 1, MPFR_RNDN);
    mpfr_sub(x, x, s, MPFR_RNDN);                /* ... - t^2/2 */
  }
  mpfr_set(R, x, MPFR_RNDN);
  mpfr_clears(x, s, (mpfr_ptr)0);
}

static void excess_of_exp(mpfr_t E, const mpfr_t t) { exp_remainder(E, t, 2); }

void Learning_ramp_factor(mpfr_t g, const mpfr_t tau)
{
  assert(!mpfr_nan_p(tau) && mpfr_cmp_ui(tau, 0) > 0);
  if (mpfr_inf_p(tau)) {
    mpfr_set_zero(g, 1);
    return;
  }
  mpfr_prec_t p = mpfr_get_prec(g);
  mpfr_t E, t2;
  mpfr_inits2(p + LEARNING_GUARD, E, t2, (mpfr_ptr)0);
  if (mpfr_get_exp(tau) < -(mpfr_exp_t)(p + 8)) {
    mpfr_div_ui(E, tau, 6, MPFR_RNDN);
    mpfr_set_d(t2, 0.5, MPFR_RNDN);
    mpfr_sub(g, t2, E, MPFR_RNDN);               /* 1/2 - tau/6 */
  } else {
    excess_of_exp(E, tau);
    mpfr_sqr(t2, tau, MPFR_RNDN);
    mpfr_div(g, E, t2, MPFR_RNDN);               /* learning eq. (13) */
  }
  mpfr_clears(E, t2, (mpfr_ptr)0);
}

void Learning_heat(mpfr_t out, const mpfr_t nu, const mpfr_t F, const mpfr_t tau)
{
  mpfr_t g, a;
  mpfr_inits2(guarded(out), g, a, (mpfr_ptr)0);
  Learning_ramp_factor(g, tau);
  mpfr_mul(a, nu, F, MPFR_RNDN);
  mpfr_sqr(a, a, MPFR_RNDN);
  mpfr_mul(out, a, g, MPFR_RNDN);
  mpfr_clears(g, a, (mpfr_ptr)0);
}
#line 286 "noweb/learning.nw"
static void schedule(mpfr_t phi, Learning_protocol pr, const mpfr_t tau, const mpfr_t t)
{
  if (pr == LEARNING_SWITCH || mpfr_cmp(t, tau) >= 0)
    mpfr_set_ui(phi, mpfr_zero_p(t) && pr == LEARNING_SWITCH ? 0 : 1, MPFR_RNDN);
  else if (pr == LEARNING_RAMP)
    mpfr_div(phi, t, tau, MPFR_RNDN);
  else {
    mpfr_div(phi, t, tau, MPFR_RNDN);
    mpfr_sqr(phi, phi, MPFR_RNDN);
  }
}

static void mean_before_end(mpfr_t m, Learning_protocol pr, const mpfr_t tau, const mpfr_t t)
{
  mpfr_t E;
  mpfr_init2(E, mpfr_get_prec(m));
  if (pr == LEARNING_SWITCH) {
    mpfr_neg(E, t, MPFR_RNDN);
    mpfr_expm1(E, E, MPFR_RNDN);
    mpfr_neg(m, E, MPFR_RNDN);                   /* 1 - e^-t */
  } else if (pr == LEARNING_RAMP) {
    excess_of_exp(E, t);
    mpfr_div(m, E, tau, MPFR_RNDN);              /* E(t)/tau */
  } else {
    exp_remainder(E, t, 3);
    mpfr_mul_si(E, E, -2, MPFR_RNDN);            /* t^2 - 2E(t) */
    mpfr_div(m, E, tau, MPFR_RNDN);
    mpfr_div(m, m, tau, MPFR_RNDN);              /* (t^2 - 2E(t))/tau^2 */
  }
  mpfr_clear(E);
}

void Learning_protocol_mean(mpfr_t out, Learning_protocol pr, const mpfr_t tau, const mpfr_t t)
{
  assert(!mpfr_nan_p(t) && mpfr_sgn(t) >= 0 && mpfr_cmp_ui(tau, 0) > 0 && mpfr_number_p(tau));
  mpfr_prec_t w = guarded(out);
  if (mpfr_inf_p(t)) {
    mpfr_set_ui(out, 1, MPFR_RNDN);
    return;
  }
  if (pr == LEARNING_SWITCH || mpfr_cmp(t, tau) <= 0) {
    mpfr_t m;
    mpfr_init2(m, w);
    mean_before_end(m, pr, tau, t);
    mpfr_set(out, m, MPFR_RNDN);
    mpfr_clear(m);
    return;
  }
  mpfr_t m, d;
  mpfr_inits2(w, m, d, (mpfr_ptr)0);
  mean_before_end(m, pr, tau, tau);
  mpfr_sub(d, tau, t, MPFR_RNDN);
  mpfr_exp(d, d, MPFR_RNDN);
  mpfr_sub_ui(m, m, 1, MPFR_RNDN);
  mpfr_mul(m, m, d, MPFR_RNDN);
  mpfr_add_ui(out, m, 1, MPFR_RNDN);             /* 1 + (m(tau) - 1) e^-(t - tau) */
  mpfr_clears(m, d, (mpfr_ptr)0);
}
#line 351 "noweb/learning.nw"
typedef struct {
  Learning_protocol pr;
  mpfr_srcptr tau;
  mpfr_prec_t extra;
} Heat_rate;

static void heat_rate(mpfr_t y, const mpfr_t t, void *ctx)
{
  const Heat_rate *h = ctx;
  mpfr_t phi, m;
  mpfr_inits2(mpfr_get_prec(y) + h->extra, phi, m, (mpfr_ptr)0);
  schedule(phi, h->pr, h->tau, t);
  Learning_protocol_mean(m, h->pr, h->tau, t);
  mpfr_sub(phi, phi, m, MPFR_RNDN);
  mpfr_sqr(y, phi, MPFR_RNDN);                   /* (phi - m)^2: learning eq. (13), first line */
  mpfr_clears(phi, m, (mpfr_ptr)0);
}

int Learning_protocol_heat(mpfr_t out, Learning_protocol pr, const mpfr_t nu, const mpfr_t tau,
                           const mpfr_t t)
{
  assert(!mpfr_nan_p(t) && mpfr_sgn(t) >= 0 && mpfr_cmp_ui(tau, 0) > 0 && mpfr_number_p(tau));
  mpfr_prec_t w = guarded(out);
  mpfr_t sum, part, err, zero, end;
  mpfr_inits2(w, sum, part, zero, end, (mpfr_ptr)0);
  mpfr_init2(err, 64);
  mpfr_set_zero(sum, 1);
  mpfr_set_zero(zero, 1);
  double tmax = mpfr_inf_p(t) ? mpfr_get_d(tau, MPFR_RNDU) + 60 : mpfr_get_d(t, MPFR_RNDU);
  Heat_rate h = {pr, tau, (mpfr_prec_t)ceil(log2(1 + tmax)) + 2};
  int status = 0;
  int split = pr != LEARNING_SWITCH && mpfr_cmp(t, tau) > 0;
  mpfr_set(end, split ? tau : t, MPFR_RNDN);
  if (mpfr_inf_p(end)) {
    mpfr_t one;
    mpfr_init2(one, w);
    mpfr_set_ui(one, 1, MPFR_RNDN);
    status |= Num_integrate(sum, err, heat_rate, &h, zero, end, 1, (const mpfr_t *)&one);
    mpfr_clear(one);
  } else if (mpfr_sgn(end) > 0)
    status |= Num_integrate(sum, err, heat_rate, &h, zero, end, 0, NULL);
  if (split) {
    status |= Num_integrate(part, err, heat_rate, &h, tau, t, 0, NULL);
    mpfr_add(sum, sum, part, MPFR_RNDN);
  }
  mpfr_sqr(part, nu, MPFR_RNDN);
  mpfr_mul(out, sum, part, MPFR_RNDN);
  mpfr_clears(sum, part, err, zero, end, (mpfr_ptr)0);
  return status;
}
#line 450 "noweb/learning.nw"
enum { LANGEVIN_BLOCKS = 64, EXP_LANGEVIN = 200 };

typedef struct {
  double nu, tau;
  unsigned long K;
  uint64_t seed, samples;
} Langevin_run;

#line 500 "noweb/learning.nw"
static double ramp_trajectory(Rng *rng, double nu, double tau, unsigned long K, double F,
                              double *w_end)
{
  const double h = tau / (double)K, decay = exp(-h), em1 = expm1(-h);
  const double spread = sqrt(-expm1(-2 * h));
  double a = nu * F / tau, w = Rng_normal(rng), Q = 0;
  for (unsigned long i = 0; i < K; i++) {
    double t0 = (double)i * h, t1 = (double)(i + 1) * h;
    double w1 = w * decay + a * (t1 - t0 * decay + em1) + spread * Rng_normal(rng);
    Q += (-0.5 * (w + w1) + a * (t0 + 0.5 * h)) * (w1 - w);
    w = w1;
  }
  double target = nu * F, wend = target + Rng_normal(rng);
  Q += (0.5 * w * w - target * w) - (0.5 * wend * wend - target * wend);
  *w_end = wend;
  return Q;
}

#line 460 "noweb/learning.nw"
static void langevin_block(uint64_t block, void *ctx, Stats *out)
{
  const Langevin_run *L = ctx;
  uint64_t first = L->samples * block / LANGEVIN_BLOCKS,
           last = L->samples * (block + 1) / LANGEVIN_BLOCKS;
  Rng rng;
  Rng_init(&rng, L->seed, EXP_LANGEVIN, block);
  for (uint64_t n = first; n < last; n++) {
    double F = ((Rng_bits(&rng) ^ Rng_bits(&rng)) & 1) ? -1.0 : 1.0;   /* sigma_T xi */
    double w;
    Stats_add(out, ramp_trajectory(&rng, L->nu, L->tau, L->K, F, &w));
  }
}

void Learning_langevin_mc(Ledger_mc *out, double nu, double tau, unsigned long steps, uint64_t seed,
                          uint64_t samples, int threads)
{
  assert(nu >= 0 && tau > 0 && steps >= 1 && samples >= 1);
  Langevin_run L = {nu, tau, steps, seed, samples};
  Stats total;
  Stats_parallel(&total, LANGEVIN_BLOCKS, threads, langevin_block, &L);
  mpfr_t n, F, t, q;
  mpfr_inits2(128, n, F, t, q, (mpfr_ptr)0);
  mpfr_set_d(n, nu, MPFR_RNDN);
  mpfr_set_ui(F, 1, MPFR_RNDN);
  mpfr_set_d(t, tau, MPFR_RNDN);
  Learning_heat(q, n, F, t);
  Ledger_mc_set(out, Stats_mean(&total), Stats_stderr(&total), mpfr_get_d(q, MPFR_RNDN), total.n);
  mpfr_clears(n, F, t, q, (mpfr_ptr)0);
}
#line 657 "noweb/learning.nw"
typedef struct {
  mpfr_t nu, s2, a, b;
} Gauss_ctx;

static void gauss_ctx_init(Gauss_ctx *g, mpfr_prec_t w, const mpfr_t alpha, const mpfr_t nu)
{
  assert(!mpfr_nan_p(alpha) && mpfr_sgn(alpha) >= 0 && mpfr_number_p(alpha) && mpfr_number_p(nu));
  mpfr_inits2(w, g->nu, g->s2, g->a, g->b, (mpfr_ptr)0);
  mpfr_abs(g->nu, nu, MPFR_RNDN);
  mpfr_sqr(g->s2, nu, MPFR_RNDN);
  mpfr_mul(g->s2, g->s2, alpha, MPFR_RNDN);
  mpfr_add_ui(g->s2, g->s2, 1, MPFR_RNDN);      /* varsigma^2 = 1 + alpha nu^2 */
}

static void gauss_ctx_clear(Gauss_ctx *g) { mpfr_clears(g->nu, g->s2, g->a, g->b, (mpfr_ptr)0); }

static void scratch_follow(Gauss_ctx *g, const mpfr_t y)
{
  mpfr_prec_t p = mpfr_get_prec(y) + 8;
  if (mpfr_get_prec(g->a) != p)
    mpfr_set_prec(g->a, p), mpfr_set_prec(g->b, p);
}

static void gauss_weight(mpfr_t out, Gauss_ctx *g, const mpfr_t x)
{
  mpfr_sub(out, x, g->nu, MPFR_RNDN);
  mpfr_sqr(out, out, MPFR_RNDN);
  mpfr_div(out, out, g->s2, MPFR_RNDN);
  mpfr_div_2ui(out, out, 1, MPFR_RNDN);
  mpfr_neg(out, out, MPFR_RNDN);
  mpfr_exp(out, out, MPFR_RNDN);                 /* e^{-(x - nu)^2 / 2 varsigma^2} */
}

/* g->a = e^{-(x - nu)^2 / 2 varsigma^2} expm1(-2 x nu / varsigma^2), minus the difference
   of the Gaussians centred at nu and -nu, without cancellation; g->b is clobbered */
static void gauss_difference(Gauss_ctx *g, const mpfr_t x)
{
  gauss_weight(g->a, g, x);
  mpfr_mul(g->b, x, g->nu, MPFR_RNDN);
  mpfr_mul_si(g->b, g->b, -2, MPFR_RNDN);
  mpfr_div(g->b, g->b, g->s2, MPFR_RNDN);
  mpfr_expm1(g->b, g->b, MPFR_RNDN);
  mpfr_mul(g->a, g->a, g->b, MPFR_RNDN);
}

static void excess_integrand(mpfr_t y, const mpfr_t x, void *ctx)
{
  Gauss_ctx *g = ctx;
  scratch_follow(g, y);
  gauss_difference(g, x);
  mpfr_div_2ui(g->b, x, 1, MPFR_RNDN);
  mpfr_tanh(g->b, g->b, MPFR_RNDN);
  mpfr_mul(g->a, g->a, g->b, MPFR_RNDN);
  mpfr_neg(y, g->a, MPFR_RNDN);
}

static void error_integrand(mpfr_t y, const mpfr_t x, void *ctx)
{
  Gauss_ctx *g = ctx;
  scratch_follow(g, y);
  gauss_weight(g->a, g, x);
  mpfr_neg(g->b, x, MPFR_RNDN);
  Num_logistic(g->b, g->b);
  mpfr_mul(y, g->a, g->b, MPFR_RNDN);
}

static void by_parts_integrand(mpfr_t y, const mpfr_t x, void *ctx)
{
  Gauss_ctx *g = ctx;
  scratch_follow(g, y);
  mpfr_sub(g->a, g->nu, x, MPFR_RNDN);
  mpfr_sqrt(g->b, g->s2, MPFR_RNDN);
  mpfr_div(g->a, g->a, g->b, MPFR_RNDN);
  mpfr_sqrt_ui(g->b, 2, MPFR_RNDN);
  mpfr_div(g->a, g->a, g->b, MPFR_RNDN);
  mpfr_neg(g->a, g->a, MPFR_RNDN);
  mpfr_erfc(g->a, g->a, MPFR_RNDN);
  mpfr_div_2ui(g->a, g->a, 1, MPFR_RNDN);        /* Phi((nu - x)/varsigma) */
  mpfr_abs(g->b, x, MPFR_RNDN);
  mpfr_neg(g->b, g->b, MPFR_RNDN);
  mpfr_exp(g->b, g->b, MPFR_RNDN);
  mpfr_mul(g->a, g->a, g->b, MPFR_RNDN);
  mpfr_add_ui(g->b, g->b, 1, MPFR_RNDN);
  mpfr_sqr(g->b, g->b, MPFR_RNDN);
  mpfr_div(y, g->a, g->b, MPFR_RNDN);            /* times s'(x) = e^-|x| / (1 + e^-|x|)^2 */
}
#line 773 "noweb/learning.nw"
enum { MAX_BREAKS = 8 };

static int integrate_with_breaks(mpfr_t out, Num_integrand f, void *ctx, const mpfr_t lo,
                                 const mpfr_t hi, int nb, const mpfr_t *cand)
{
  assert(nb <= MAX_BREAKS);
  mpfr_prec_t w = mpfr_get_prec(out);
  mpfr_t br[MAX_BREAKS], err;
  int n = 0;
  for (int i = 0; i < nb; i++) {
    if (mpfr_nan_p(cand[i]) || mpfr_cmp(cand[i], lo) <= 0 || mpfr_cmp(cand[i], hi) >= 0)
      continue;
    int k = n, dup = 0;
    for (int j = 0; j < n; j++)
      dup |= mpfr_equal_p(br[j], cand[i]);
    if (dup)
      continue;
    mpfr_init2(br[n], w);
    mpfr_set(br[n], cand[i], MPFR_RNDN);
    while (k > 0 && mpfr_less_p(br[k], br[k - 1]))
      mpfr_swap(br[k], br[k - 1]), k--;
    n++;
  }
  mpfr_init2(err, 64);
  int status = Num_integrate(out, err, f, ctx, lo, hi, (size_t)n, (const mpfr_t *)br);
  for (int i = 0; i < n; i++)
    mpfr_clear(br[i]);
  mpfr_clear(err);
  return status;
}

static double tail_cutoff(mpfr_prec_t w) { return sqrt(2 * log(2.0) * (double)(w + 16)); }

static int peak_breaks(mpfr_t *cand, const mpfr_t centre, const mpfr_t s2)
{
  static const int k[] = {0, 2, 4, 8, 16};
  mpfr_t s;
  mpfr_init2(s, mpfr_get_prec(cand[0]));
  mpfr_sqrt(s, s2, MPFR_RNDN);
  for (int i = 0; i < 5; i++) {
    mpfr_mul_ui(cand[i], s, (unsigned long)k[i], MPFR_RNDN);
    mpfr_sub(cand[i], centre, cand[i], MPFR_RNDN);
  }
  mpfr_clear(s);
  return 5;
}

static void truncate_below(mpfr_t lo, const mpfr_t centre, const mpfr_t s2, mpfr_prec_t w)
{
  mpfr_t cut;
  mpfr_init2(cut, mpfr_get_prec(lo));
  mpfr_sqrt(cut, s2, MPFR_RNDN);
  mpfr_mul_d(cut, cut, tail_cutoff(w), MPFR_RNDN);
  mpfr_sub(cut, centre, cut, MPFR_RNDN);         /* c - K varsigma */
  if (mpfr_cmp(cut, lo) > 0)
    mpfr_set(lo, cut, MPFR_RNDN);
  mpfr_clear(cut);
}

static void gauss_norm(mpfr_t out, const mpfr_t s2)
{
  mpfr_t t;
  mpfr_init2(t, mpfr_get_prec(out));
  mpfr_const_pi(t, MPFR_RNDN);
  mpfr_mul_2ui(t, t, 1, MPFR_RNDN);
  mpfr_mul(t, t, s2, MPFR_RNDN);
  mpfr_sqrt(out, t, MPFR_RNDN);                  /* varsigma sqrt(2 pi) */
  mpfr_clear(t);
}

int Learning_pc_excess_de(mpfr_t out, const mpfr_t alpha, const mpfr_t nu)
{
  mpfr_prec_t w = guarded(out);
  Gauss_ctx g;
  gauss_ctx_init(&g, w, alpha, nu);
  int status = 0;
  if (mpfr_zero_p(nu)) {
    mpfr_set_zero(out, 1);
  } else {
    mpfr_t v, lo, hi, cand[5];
    mpfr_inits2(w, v, lo, hi, cand[0], cand[1], cand[2], cand[3], cand[4], (mpfr_ptr)0);
    mpfr_set_zero(lo, 1);
    mpfr_set_inf(hi, 1);
    truncate_below(lo, g.nu, g.s2, w);
    peak_breaks(cand, g.nu, g.s2);
    status = integrate_with_breaks(v, excess_integrand, &g, lo, hi, 5, (const mpfr_t *)cand);
    gauss_norm(lo, g.s2);
    mpfr_mul_2ui(lo, lo, 1, MPFR_RNDN);
    mpfr_div(v, v, lo, MPFR_RNDN);
    if (mpfr_sgn(nu) < 0)
      mpfr_neg(v, v, MPFR_RNDN);
    mpfr_set(out, v, MPFR_RNDN);                 /* learning eq. (20), minus 1/2 */
    mpfr_clears(v, lo, hi, cand[0], cand[1], cand[2], cand[3], cand[4], (mpfr_ptr)0);
  }
  gauss_ctx_clear(&g);
  return status;
}

static int line_integral(mpfr_t out, Num_integrand f, const mpfr_t alpha, const mpfr_t nu,
                         int peaked)
{
  mpfr_prec_t w = guarded(out);
  Gauss_ctx g;
  gauss_ctx_init(&g, w, alpha, nu);
  mpfr_set(g.nu, nu, MPFR_RNDN);
  mpfr_t v, lo, hi, c, cand[7];
  mpfr_inits2(w, v, lo, hi, c, (mpfr_ptr)0);
  for (int i = 0; i < 7; i++)
    mpfr_init2(cand[i], w);
  mpfr_set_inf(lo, -1);
  mpfr_set_inf(hi, 1);
  mpfr_set_zero(cand[0], 1);
  mpfr_set(cand[1], nu, MPFR_RNDN);
  int nb = 2;
  mpfr_sub(c, nu, g.s2, MPFR_RNDN);              /* the centre of the q integrand's bump */
  if (peaked && mpfr_sgn(c) > 0) {
    truncate_below(lo, c, g.s2, w);
    nb += peak_breaks(cand + 2, c, g.s2);
  }
  int status = integrate_with_breaks(v, f, &g, lo, hi, nb, (const mpfr_t *)cand);
  mpfr_set(out, v, MPFR_RNDN);
  mpfr_clears(v, lo, hi, c, (mpfr_ptr)0);
  for (int i = 0; i < 7; i++)
    mpfr_clear(cand[i]);
  gauss_ctx_clear(&g);
  return status;
}

int Learning_pc_error_de(mpfr_t out, const mpfr_t alpha, const mpfr_t nu)
{
  mpfr_t v, n, s2;
  mpfr_inits2(guarded(out), v, n, s2, (mpfr_ptr)0);
  int status = line_integral(v, error_integrand, alpha, nu, 1);
  mpfr_sqr(s2, nu, MPFR_RNDN);
  mpfr_mul(s2, s2, alpha, MPFR_RNDN);
  mpfr_add_ui(s2, s2, 1, MPFR_RNDN);
  gauss_norm(n, s2);
  mpfr_div(out, v, n, MPFR_RNDN);
  mpfr_clears(v, n, s2, (mpfr_ptr)0);
  return status;
}

int Learning_pc_by_parts(mpfr_t out, const mpfr_t alpha, const mpfr_t nu)
{
  return line_integral(out, by_parts_integrand, alpha, nu, 0);
}
#line 972 "noweb/learning.nw"
static double trapezoid_h(mpfr_prec_t w)
{
  return 2 * M_PI * (M_PI - 0.25) / ((double)(w + 16) * M_LN2 + 12);
}

static double trapezoid_K(mpfr_prec_t w, double s, double nu)
{
  return sqrt(2 * M_LN2 * ((double)(w + 16) + log2(2 + s) + log2(2 + fabs(nu))));
}

typedef struct {
  mpfr_t g, r, q;
} Gauss_walk;

static void gauss_walk_init(Gauss_walk *G, mpfr_prec_t w, const mpfr_t x0, const mpfr_t nu,
                            const mpfr_t s2, const mpfr_t h)
{
  mpfr_inits2(w, G->g, G->r, G->q, (mpfr_ptr)0);
  mpfr_t t;
  mpfr_init2(t, w);
  mpfr_sub(t, x0, nu, MPFR_RNDN);
  mpfr_sqr(G->g, t, MPFR_RNDN);
  mpfr_div(G->g, G->g, s2, MPFR_RNDN);
  mpfr_div_2ui(G->g, G->g, 1, MPFR_RNDN);
  mpfr_neg(G->g, G->g, MPFR_RNDN);
  mpfr_exp(G->g, G->g, MPFR_RNDN);               /* g_0 = e^{-(x_0 - nu)^2 / 2 s2} */
  mpfr_mul_2ui(t, t, 1, MPFR_RNDN);
  mpfr_add(t, t, h, MPFR_RNDN);
  mpfr_mul(t, t, h, MPFR_RNDN);
  mpfr_div(t, t, s2, MPFR_RNDN);
  mpfr_div_2ui(t, t, 1, MPFR_RNDN);
  mpfr_neg(t, t, MPFR_RNDN);
  mpfr_exp(G->r, t, MPFR_RNDN);                  /* r_0 = g_1 / g_0 */
  mpfr_sqr(t, h, MPFR_RNDN);
  mpfr_div(t, t, s2, MPFR_RNDN);
  mpfr_neg(t, t, MPFR_RNDN);
  mpfr_exp(G->q, t, MPFR_RNDN);                  /* r_{k+1} / r_k */
  mpfr_clear(t);
}

static void gauss_walk_step(Gauss_walk *G)
{
  mpfr_mul(G->g, G->g, G->r, MPFR_RNDN);
  mpfr_mul(G->r, G->r, G->q, MPFR_RNDN);
}

static void gauss_walk_clear(Gauss_walk *G) { mpfr_clears(G->g, G->r, G->q, (mpfr_ptr)0); }

static mpfr_prec_t walk_precision(const mpfr_t out, long n)
{
  return guarded(out) + 2 * (mpfr_prec_t)ceil(log2((double)n + 1)) + 4;
}

static void varsigma2(mpfr_t s2, const mpfr_t alpha, const mpfr_t nu)
{
  mpfr_sqr(s2, nu, MPFR_RNDN);
  mpfr_mul(s2, s2, alpha, MPFR_RNDN);
  mpfr_add_ui(s2, s2, 1, MPFR_RNDN);             /* varsigma^2 = 1 + alpha nu^2 */
}

static int excess_walk(mpfr_t out, const mpfr_t s2_in, const mpfr_t a_in)
{
  double nd = mpfr_get_d(a_in, MPFR_RNDN), sd = sqrt(mpfr_get_d(s2_in, MPFR_RNDN));
  double hd = trapezoid_h(guarded(out));
  long n = (long)ceil((nd + trapezoid_K(guarded(out), sd, nd) * sd) / hd);
  mpfr_prec_t w = walk_precision(out, n);
  mpfr_t a, s2, h, zero, E, eh, T, T1, P, rho, D, D1, t, sum;
  mpfr_inits2(w, a, s2, h, zero, E, eh, T, T1, P, rho, D, D1, t, sum, (mpfr_ptr)0);
  mpfr_set(a, a_in, MPFR_RNDN);
  mpfr_set(s2, s2_in, MPFR_RNDN);
  mpfr_set_d(h, hd, MPFR_RNDN);
  mpfr_set_zero(zero, 1);
  Gauss_walk G;
  gauss_walk_init(&G, w, zero, a, s2, h);
  mpfr_neg(eh, h, MPFR_RNDN);
  mpfr_expm1(T1, eh, MPFR_RNDN);
  mpfr_neg(T1, T1, MPFR_RNDN);                   /* T_1 = 1 - e^{-h} */
  mpfr_exp(eh, eh, MPFR_RNDN);                   /* e^{-h} */
  mpfr_set_ui(E, 1, MPFR_RNDN);
  mpfr_set_zero(T, 1);
  mpfr_mul(rho, a, h, MPFR_RNDN);
  mpfr_mul_si(rho, rho, -2, MPFR_RNDN);
  mpfr_div(rho, rho, s2, MPFR_RNDN);
  mpfr_expm1(D1, rho, MPFR_RNDN);
  mpfr_neg(D1, D1, MPFR_RNDN);                   /* D_1 = 1 - e^{-2 h nu / s2} */
  mpfr_exp(rho, rho, MPFR_RNDN);
  mpfr_set_ui(P, 1, MPFR_RNDN);
  mpfr_set_zero(D, 1);
  mpfr_set_zero(sum, 1);
  for (long k = 1; k <= n; k++) {
    gauss_walk_step(&G);                         /* g at x_k = k h */
    mpfr_fma(T, E, T1, T, MPFR_RNDN);            /* T_k = T_{k-1} + e^{-x_{k-1}} T_1 */
    mpfr_mul(E, E, eh, MPFR_RNDN);
    mpfr_fma(D, P, D1, D, MPFR_RNDN);            /* D_k likewise */
    mpfr_mul(P, P, rho, MPFR_RNDN);
    mpfr_ui_sub(t, 2, T, MPFR_RNDN);
    mpfr_div(t, T, t, MPFR_RNDN);                /* tanh(x_k / 2) */
    mpfr_mul(t, t, D, MPFR_RNDN);
    mpfr_mul(t, t, G.g, MPFR_RNDN);
    mpfr_add(sum, sum, t, MPFR_RNDN);
  }
  mpfr_mul(sum, sum, h, MPFR_RNDN);
  gauss_norm(t, s2);
  mpfr_mul_2ui(t, t, 1, MPFR_RNDN);
  mpfr_div(out, sum, t, MPFR_RNDN);              /* learning eq. (20), minus 1/2 */
  gauss_walk_clear(&G);
  mpfr_clears(a, s2, h, zero, E, eh, T, T1, P, rho, D, D1, t, sum, (mpfr_ptr)0);
  return 0;
}

static int error_walk(mpfr_t out, const mpfr_t s2_in, const mpfr_t nu, int far)
{
  double nd = mpfr_get_d(nu, MPFR_RNDN), sd = sqrt(mpfr_get_d(s2_in, MPFR_RNDN));
  double hd = trapezoid_h(guarded(out)), K = trapezoid_K(guarded(out), sd, nd);
  double span = far ? 2 * K * sd : sd * sd + 2 * K * sd; /* [c - K s, c or nu + K s] */
  long n = (long)ceil(span / hd);
  mpfr_prec_t w = walk_precision(out, n);
  mpfr_t s2, h, x0, X, eh, t, sum;
  mpfr_inits2(w, s2, h, x0, X, eh, t, sum, (mpfr_ptr)0);
  mpfr_set(s2, s2_in, MPFR_RNDN);
  mpfr_set_d(h, hd, MPFR_RNDN);
  mpfr_sub(x0, nu, s2, MPFR_RNDN);
  mpfr_sub_d(x0, x0, K * sd, MPFR_RNDN);         /* x_0 = c - K s, in full precision */
  Gauss_walk G;
  gauss_walk_init(&G, w, x0, nu, s2, h);
  mpfr_exp(X, x0, MPFR_RNDN);                    /* e^{x_0}; 0 or inf beyond MPFR's range */
  mpfr_exp(eh, h, MPFR_RNDN);
  mpfr_set_zero(sum, 1);
  for (long k = 0; k <= n; k++) {
    mpfr_add_ui(t, X, 1, MPFR_RNDN);
    mpfr_div(t, G.g, t, MPFR_RNDN);              /* g_k / (1 + e^{x_k}) */
    mpfr_add(sum, sum, t, MPFR_RNDN);
    gauss_walk_step(&G);
    mpfr_mul(X, X, eh, MPFR_RNDN);
  }
  mpfr_mul(sum, sum, h, MPFR_RNDN);
  gauss_norm(t, s2);
  mpfr_div(out, sum, t, MPFR_RNDN);              /* 1 - p_C */
  gauss_walk_clear(&G);
  mpfr_clears(s2, h, x0, X, eh, t, sum, (mpfr_ptr)0);
  return 0;
}
#line 1191 "noweb/learning.nw"
enum { WIDE_VARSIGMA = 16 };

static void correction_integrand(mpfr_t y, const mpfr_t x, void *ctx)
{
  Gauss_ctx *g = ctx;
  scratch_follow(g, y);
  gauss_difference(g, x);
  mpfr_exp(g->b, x, MPFR_RNDN);
  mpfr_add_ui(g->b, g->b, 1, MPFR_RNDN);
  mpfr_div(g->a, g->a, g->b, MPFR_RNDN);
  mpfr_neg(y, g->a, MPFR_RNDN);
}

static int wide_remainder(mpfr_t C, Gauss_ctx *g)
{
  mpfr_t v, lo, hi, err;
  mpfr_inits2(mpfr_get_prec(C), v, lo, hi, (mpfr_ptr)0);
  mpfr_init2(err, 64);
  mpfr_set_zero(lo, 1);
  mpfr_set_inf(hi, 1);
  int status = Num_integrate(v, err, correction_integrand, g, lo, hi, 0, NULL);
  gauss_norm(lo, g->s2);
  mpfr_div(C, v, lo, MPFR_RNDN);
  mpfr_clears(v, lo, hi, err, (mpfr_ptr)0);
  return status;
}

static void far_bump_closed_form(mpfr_t q, const Gauss_ctx *g, const mpfr_t c)
{
  mpfr_t s, t, u;
  mpfr_inits2(mpfr_get_prec(q), s, t, u, (mpfr_ptr)0);
  mpfr_mul_2ui(s, g->s2, 1, MPFR_RNDN);
  mpfr_sqrt(s, s, MPFR_RNDN);                    /* varsigma sqrt 2 */
  mpfr_div(t, c, s, MPFR_RNDN);
  mpfr_neg(t, t, MPFR_RNDN);
  mpfr_erfc(t, t, MPFR_RNDN);
  mpfr_div_2ui(t, t, 1, MPFR_RNDN);              /* Phi(c / varsigma) */
  mpfr_div_2ui(u, g->s2, 1, MPFR_RNDN);
  mpfr_sub(u, u, g->nu, MPFR_RNDN);
  mpfr_exp(u, u, MPFR_RNDN);                     /* M = e^{-nu + varsigma^2/2} */
  mpfr_mul(t, t, u, MPFR_RNDN);
  mpfr_div(u, g->nu, s, MPFR_RNDN);
  mpfr_erfc(u, u, MPFR_RNDN);
  mpfr_div_2ui(u, u, 1, MPFR_RNDN);              /* Phi-bar(a) */
  mpfr_add(q, u, t, MPFR_RNDN);
  mpfr_clears(s, t, u, (mpfr_ptr)0);
}

static int far_bump_error(mpfr_t q, Gauss_ctx *g, const mpfr_t c)
{
  mpfr_prec_t w = mpfr_get_prec(q);
  double sd = sqrt(mpfr_get_d(g->s2, MPFR_RNDN));
  if (mpfr_cmp_ui(g->s2, 1ul << 32) >= 0) {     /* q < e^{-varsigma^2/2}: below MPFR's range */
    mpfr_set_zero(q, 1);
    return 0;
  }
  if (mpfr_get_d(c, MPFR_RNDN) - tail_cutoff(w) * sd >= (double)(w + 18) * M_LN2) {
    far_bump_closed_form(q, g, c);
    return 0;
  }
  return error_walk(q, g->s2, g->nu, 1);
}

static int wide_parts(mpfr_t delta, mpfr_t q, const mpfr_t alpha, const mpfr_t nu)
{
  mpfr_prec_t w = mpfr_get_prec(delta);
  Gauss_ctx g;
  gauss_ctx_init(&g, w, alpha, nu);              /* g.nu = |nu| */
  mpfr_t C, z;
  mpfr_inits2(w, C, z, (mpfr_ptr)0);
  mpfr_sub(z, g.nu, g.s2, MPFR_RNDN);
  if (mpfr_sgn(z) > 0) {                         /* a bump at c > 0: a > varsigma >= 16 */
    int status = far_bump_error(q, &g, z);
    mpfr_d_sub(delta, 0.5, q, MPFR_RNDN);
    mpfr_clears(C, z, (mpfr_ptr)0);
    gauss_ctx_clear(&g);
    return status;
  }
  int status = wide_remainder(C, &g);
  mpfr_sqrt(z, g.s2, MPFR_RNDN);
  mpfr_div(z, g.nu, z, MPFR_RNDN);               /* a = |nu| / varsigma */
  int small_a = mpfr_cmp_ui(z, 1) <= 0;
  mpfr_sqrt_ui(q, 2, MPFR_RNDN);
  mpfr_div(z, z, q, MPFR_RNDN);                  /* a / sqrt 2 */
  mpfr_erfc(q, z, MPFR_RNDN);
  mpfr_div_2ui(q, q, 1, MPFR_RNDN);
  mpfr_add(q, q, C, MPFR_RNDN);                  /* q = Phi-bar(a) + C */
  if (small_a) {
    mpfr_erf(delta, z, MPFR_RNDN);
    mpfr_div_2ui(delta, delta, 1, MPFR_RNDN);
    mpfr_sub(delta, delta, C, MPFR_RNDN);        /* delta_0 - C, C < delta_0 / 94 */
  } else
    mpfr_d_sub(delta, 0.5, q, MPFR_RNDN);        /* q < 1/4 */
  mpfr_clears(C, z, (mpfr_ptr)0);
  gauss_ctx_clear(&g);
  return status;
}
#line 1293 "noweb/learning.nw"
static int is_wide(const mpfr_t s2) { return mpfr_cmp_ui(s2, WIDE_VARSIGMA * WIDE_VARSIGMA) >= 0; }

int Learning_pc_excess(mpfr_t out, const mpfr_t alpha, const mpfr_t nu)
{
  assert(mpfr_sgn(alpha) >= 0 && mpfr_number_p(alpha) && mpfr_number_p(nu));
  if (mpfr_zero_p(nu)) {
    mpfr_set_zero(out, 1);
    return 0;
  }
  mpfr_prec_t w = guarded(out);
  mpfr_t a, s2, d, q;
  mpfr_inits2(w, a, s2, d, q, (mpfr_ptr)0);
  mpfr_abs(a, nu, MPFR_RNDN);
  varsigma2(s2, alpha, a);
  int status;
  if (is_wide(s2))
    status = wide_parts(d, q, alpha, a);
  else {
    mpfr_sqr(q, a, MPFR_RNDN);
    mpfr_div_ui(q, q, 16, MPFR_RNDN);
    if (mpfr_cmp(q, s2) <= 0)                    /* |nu| <= 4 varsigma */
      status = excess_walk(d, s2, a);
    else {
      status = error_walk(q, s2, a, 0);
      mpfr_d_sub(d, 0.5, q, MPFR_RNDN);          /* q < 0.16 */
    }
  }
  if (mpfr_sgn(nu) < 0)
    mpfr_neg(d, d, MPFR_RNDN);
  mpfr_set(out, d, MPFR_RNDN);
  mpfr_clears(a, s2, d, q, (mpfr_ptr)0);
  return status;
}

int Learning_pc(mpfr_t out, const mpfr_t alpha, const mpfr_t nu)
{
  mpfr_t d;
  mpfr_init2(d, guarded(out));
  if (mpfr_sgn(nu) < 0) {                        /* p_C(-|nu|) = q(|nu|): no 1/2 - (1/2 - q) */
    mpfr_abs(d, nu, MPFR_RNDN);
    int status = Learning_pc_error(out, alpha, d);
    mpfr_clear(d);
    return status;
  }
  int status = Learning_pc_excess(d, alpha, nu);
  mpfr_set_d(out, 0.5, MPFR_RNDN);
  mpfr_add(out, out, d, MPFR_RNDN);
  mpfr_clear(d);
  return status;
}

int Learning_pc_error(mpfr_t out, const mpfr_t alpha, const mpfr_t nu)
{
  assert(mpfr_sgn(alpha) >= 0 && mpfr_number_p(alpha) && mpfr_number_p(nu));
  mpfr_prec_t w = guarded(out);
  mpfr_t a, s2, d, q;
  mpfr_inits2(w, a, s2, d, q, (mpfr_ptr)0);
  mpfr_abs(a, nu, MPFR_RNDN);
  varsigma2(s2, alpha, a);
  int status;
  if (is_wide(s2)) {
    status = wide_parts(d, q, alpha, a);
    if (mpfr_sgn(nu) < 0)
      mpfr_add_d(q, d, 0.5, MPFR_RNDN);          /* q(-|nu|) = 1/2 + delta(|nu|) */
  } else
    status = error_walk(q, s2, nu, 0);
  mpfr_set(out, q, MPFR_RNDN);
  mpfr_clears(a, s2, d, q, (mpfr_ptr)0);
  return status;
}
#line 1368 "noweb/learning.nw"
static void info_from_excess(mpfr_t out, const mpfr_t delta)
{
  mpfr_t u, a, b;
  mpfr_inits2(guarded(out), u, a, b, (mpfr_ptr)0);
  mpfr_mul_2ui(u, delta, 1, MPFR_RNDN);
  mpfr_sqr(a, u, MPFR_RNDN);
  mpfr_neg(a, a, MPFR_RNDN);
  mpfr_log1p(a, a, MPFR_RNDN);
  mpfr_div_2ui(a, a, 1, MPFR_RNDN);
  mpfr_atanh(b, u, MPFR_RNDN);
  mpfr_mul(b, b, u, MPFR_RNDN);
  mpfr_add(out, a, b, MPFR_RNDN);                /* ln 2 - H(1/2 + delta) */
  mpfr_clears(u, a, b, (mpfr_ptr)0);
}

static void info_from_error(mpfr_t out, const mpfr_t q)
{
  mpfr_t h, l;
  mpfr_inits2(guarded(out), h, l, (mpfr_ptr)0);
  Num_binary_entropy(h, q);
  mpfr_const_log2(l, MPFR_RNDN);
  mpfr_sub(out, l, h, MPFR_RNDN);                /* learning eq. (21) */
  mpfr_clears(h, l, (mpfr_ptr)0);
}

int Learning_info(mpfr_t out, const mpfr_t alpha, const mpfr_t nu)
{
  mpfr_t d;
  mpfr_init2(d, guarded(out));
  int status = Learning_pc_excess(d, alpha, nu);
  if (mpfr_cmp_d(d, 0.25) <= 0 && mpfr_cmp_d(d, -0.25) >= 0)
    info_from_excess(out, d);
  else {
    mpfr_abs(d, nu, MPFR_RNDN);
    status |= Learning_pc_error(d, alpha, d);
    info_from_error(out, d);
  }
  mpfr_clear(d);
  return status;
}
#line 1411 "noweb/learning.nw"
enum { TRAPEZOID_SPAN = 13 };
static const double trapezoid_step = 0.25;

static double excess_double(double alpha, double nu)
{
  double a = fabs(nu), s2 = 1 + alpha * nu * nu, s = sqrt(s2), sum = 0;
  double end = a + TRAPEZOID_SPAN * s;
  for (double x = trapezoid_step; x <= end; x += trapezoid_step)
    sum += tanh(0.5 * x) * exp(-0.5 * (x - a) * (x - a) / s2) * -expm1(-2 * x * a / s2);
  double d = sum * trapezoid_step / (2 * s * sqrt(2 * M_PI));
  return nu < 0 ? -d : d;
}

static double error_double(double alpha, double nu)
{
  double s2 = 1 + alpha * nu * nu, s = sqrt(s2), sum = 0;
  int K = (int)ceil(TRAPEZOID_SPAN * s / trapezoid_step);
  for (int k = -K; k <= K; k++) {
    double x = nu + k * trapezoid_step;
    sum += exp(-0.5 * (x - nu) * (x - nu) / s2) / (1 + exp(x));
  }
  return sum * trapezoid_step / (s * sqrt(2 * M_PI));
}

double Learning_pc_double(double alpha, double nu)
{
  assert(alpha >= 0 && isfinite(alpha) && isfinite(nu));
  return 0.5 + excess_double(alpha, nu);
}

double Learning_info_double(double alpha, double nu)
{
  assert(alpha >= 0 && isfinite(alpha) && isfinite(nu));
  double d = excess_double(alpha, nu);
  if (fabs(d) <= 0.25) {
    double u = 2 * d;
    return 0.5 * log1p(-u * u) + u * atanh(u);
  }
  double q = error_double(alpha, fabs(nu));
  return log(2) + q * log(q) + (1 - q) * log1p(-q);
}
#line 1492 "noweb/learning.nw"
typedef struct {
  mpfr_t nu, a, b;
  int form;
} Toy_ctx;

static void toy_follow(Toy_ctx *t, const mpfr_t y)
{
  mpfr_prec_t p = mpfr_get_prec(y) + 8;
  if (mpfr_get_prec(t->a) != p)
    mpfr_set_prec(t->a, p), mpfr_set_prec(t->b, p);
}

static void toy_integrand(mpfr_t y, const mpfr_t x, void *ctx)
{
  Toy_ctx *t = ctx;
  toy_follow(t, y);
  if (t->form == 0) {
    mpfr_div(t->a, x, t->nu, MPFR_RNDN);
    mpfr_sqr(t->a, t->a, MPFR_RNDN);
    mpfr_div_2ui(t->a, t->a, 1, MPFR_RNDN);
    mpfr_add(t->a, t->a, x, MPFR_RNDN);
    mpfr_neg(t->a, t->a, MPFR_RNDN);
    mpfr_exp(t->a, t->a, MPFR_RNDN);             /* e^{-v - v^2/2nu^2} */
    mpfr_mul_si(t->b, x, -2, MPFR_RNDN);
    mpfr_exp(t->b, t->b, MPFR_RNDN);             /* u = e^{-2v} */
    mpfr_t l;
    mpfr_init2(l, mpfr_get_prec(t->b));
    if (mpfr_zero_p(t->b))
      mpfr_set_ui(l, 1, MPFR_RNDN);              /* ln(1 + u)(1 + 1/u) -> 1 */
    else {
      mpfr_log1p(l, t->b, MPFR_RNDN);
      mpfr_div(t->b, l, t->b, MPFR_RNDN);
      mpfr_add(l, l, t->b, MPFR_RNDN);           /* (1 + e^{2v}) ln(1 + e^{-2v}) */
    }
    mpfr_mul_2ui(t->b, x, 1, MPFR_RNDN);
    mpfr_add(t->b, t->b, l, MPFR_RNDN);
    mpfr_clear(l);
    mpfr_mul(y, t->a, t->b, MPFR_RNDN);
    return;
  }
  mpfr_sub(t->a, x, t->nu, MPFR_RNDN);
  mpfr_sqr(t->a, t->a, MPFR_RNDN);
  mpfr_div_2ui(t->a, t->a, 1, MPFR_RNDN);
  mpfr_neg(t->a, t->a, MPFR_RNDN);
  mpfr_exp(t->a, t->a, MPFR_RNDN);               /* e^{-(x - nu)^2/2} */
  if (mpfr_zero_p(t->a)) {
    mpfr_set_zero(y, 1);                         /* far tail: 0 times an overflowed logarithm */
    return;
  }
  mpfr_mul(t->b, x, t->nu, MPFR_RNDN);
  mpfr_sinh(t->b, t->b, MPFR_RNDN);
  mpfr_sqr(t->b, t->b, MPFR_RNDN);
  mpfr_log1p(t->b, t->b, MPFR_RNDN);
  mpfr_div_2ui(t->b, t->b, 1, MPFR_RNDN);        /* ln cosh(nu x) */
  mpfr_mul(y, t->a, t->b, MPFR_RNDN);
}

static void mixture_integrand(mpfr_t y, const mpfr_t x, void *ctx)
{
  Toy_ctx *t = ctx;
  toy_follow(t, y);
  mpfr_mul(t->b, x, t->nu, MPFR_RNDN);
  mpfr_mul_si(t->b, t->b, -2, MPFR_RNDN);
  mpfr_exp(t->b, t->b, MPFR_RNDN);
  mpfr_log1p(t->b, t->b, MPFR_RNDN);             /* ln(1 + e^{-2 nu x}) */
  mpfr_sub(t->a, x, t->nu, MPFR_RNDN);
  mpfr_sqr(t->a, t->a, MPFR_RNDN);
  mpfr_div_2ui(t->a, t->a, 1, MPFR_RNDN);
  mpfr_sub(t->b, t->b, t->a, MPFR_RNDN);         /* ln p + ln 2 + ln sqrt(2 pi) */
  mpfr_neg(t->a, t->a, MPFR_RNDN);
  mpfr_exp(t->a, t->a, MPFR_RNDN);
  mpfr_mul(t->a, t->a, t->b, MPFR_RNDN);
  mpfr_mul(t->b, x, t->nu, MPFR_RNDN);
  mpfr_mul_si(t->b, t->b, -2, MPFR_RNDN);
  mpfr_exp(t->b, t->b, MPFR_RNDN);
  mpfr_add_ui(t->b, t->b, 1, MPFR_RNDN);
  mpfr_mul(y, t->a, t->b, MPFR_RNDN);            /* 2 sqrt(2 pi) p (ln p + c) */
}

int Learning_toy_entropy(mpfr_t out, const mpfr_t nu)
{
  assert(mpfr_number_p(nu));
  mpfr_prec_t w = guarded(out);
  if (mpfr_zero_p(nu)) {
    mpfr_set_zero(out, 1);
    return 0;
  }
  Toy_ctx t;
  mpfr_inits2(w, t.nu, t.a, t.b, (mpfr_ptr)0);
  mpfr_abs(t.nu, nu, MPFR_RNDN);
  t.form = mpfr_cmp_ui(t.nu, 1) >= 0 ? 0 : 1;
  mpfr_t v, lo, hi, cand[2], c;
  mpfr_inits2(w, v, lo, hi, cand[0], cand[1], c, (mpfr_ptr)0);
  mpfr_set_inf(hi, 1);
  int status;
  if (t.form == 0) {
    mpfr_set_zero(lo, 1);
    mpfr_set_ui(cand[0], 1, MPFR_RNDN);
    status = integrate_with_breaks(v, toy_integrand, &t, lo, hi, 1, (const mpfr_t *)cand);
    mpfr_sqr(c, t.nu, MPFR_RNDN);
    mpfr_div_2ui(c, c, 1, MPFR_RNDN);
    mpfr_neg(c, c, MPFR_RNDN);
    mpfr_exp(c, c, MPFR_RNDN);
    mpfr_mul(v, v, c, MPFR_RNDN);
    mpfr_div(v, v, t.nu, MPFR_RNDN);             /* Lambda times sqrt(2 pi) */
  } else {
    mpfr_set_inf(lo, -1);
    mpfr_set_zero(cand[0], 1);
    mpfr_set(cand[1], t.nu, MPFR_RNDN);
    status = integrate_with_breaks(v, toy_integrand, &t, lo, hi, 2, (const mpfr_t *)cand);
  }
  mpfr_set_ui(c, 1, MPFR_RNDN);
  gauss_norm(c, c);
  mpfr_div(v, v, c, MPFR_RNDN);
  if (t.form == 0)
    mpfr_const_log2(c, MPFR_RNDN);
  else
    mpfr_sqr(c, t.nu, MPFR_RNDN);
  mpfr_sub(out, c, v, MPFR_RNDN);
  mpfr_clears(t.nu, t.a, t.b, v, lo, hi, cand[0], cand[1], c, (mpfr_ptr)0);
  return status;
}

int Learning_mixture_entropy(mpfr_t out, const mpfr_t nu)
{
  assert(mpfr_number_p(nu));
  mpfr_prec_t w = guarded(out);
  Toy_ctx t;
  mpfr_inits2(w, t.nu, t.a, t.b, (mpfr_ptr)0);
  mpfr_abs(t.nu, nu, MPFR_RNDN);
  mpfr_t v, lo, hi, cand[1], c, n;
  mpfr_inits2(w, v, lo, hi, cand[0], c, n, (mpfr_ptr)0);
  mpfr_set_zero(lo, 1);
  mpfr_set_inf(hi, 1);
  mpfr_set(cand[0], t.nu, MPFR_RNDN);
  int status = integrate_with_breaks(v, mixture_integrand, &t, lo, hi, 1, (const mpfr_t *)cand);
  mpfr_set_ui(n, 1, MPFR_RNDN);
  gauss_norm(n, n);
  mpfr_div(v, v, n, MPFR_RNDN);                  /* int_0^inf p (ln p + c) dx, doubled */
  mpfr_log(n, n, MPFR_RNDN);
  mpfr_const_log2(c, MPFR_RNDN);
  mpfr_add(c, c, n, MPFR_RNDN);                  /* c = ln 2 + ln sqrt(2 pi) */
  mpfr_sub(v, c, v, MPFR_RNDN);                  /* S = -int p ln p, using int p = 1 */
  mpfr_set_d(c, 0.5, MPFR_RNDN);
  mpfr_add(n, n, c, MPFR_RNDN);                  /* (1/2) ln(2 pi e) */
  mpfr_sub(out, v, n, MPFR_RNDN);
  mpfr_clears(t.nu, t.a, t.b, v, lo, hi, cand[0], c, n, (mpfr_ptr)0);
  return status;
}

int Learning_eta1(mpfr_t out, const mpfr_t nu, const mpfr_t tau)
{
  assert(mpfr_number_p(nu) && !mpfr_zero_p(nu));
  mpfr_t zero, info, ds, q, one;
  mpfr_inits2(guarded(out), zero, info, ds, q, one, (mpfr_ptr)0);
  mpfr_set_zero(zero, 1);
  mpfr_set_ui(one, 1, MPFR_RNDN);
  int status = Learning_info(info, zero, nu);
  status |= Learning_toy_entropy(ds, nu);
  Learning_heat(q, nu, one, tau);
  mpfr_add(ds, ds, q, MPFR_RNDN);
  mpfr_div(out, info, ds, MPFR_RNDN);            /* learning eq. (11) */
  mpfr_clears(zero, info, ds, q, one, (mpfr_ptr)0);
  return status;
}
#line 1778 "noweb/learning.nw"
enum { EXP_TOY = 250, TOY_WINDOW = 48 };

typedef struct {
  double nu, tau, gamma;
  unsigned long K;
  uint64_t seed, samples;
  unsigned char *cell;   /* 2 [sigma_T = 1] + [sigma = 1] */
  double *heat, *w;
} Toy_run;

static void toy_block(uint64_t block, void *ctx, Stats *out)
{
  const Toy_run *T = ctx;
  uint64_t first = T->samples * block / LANGEVIN_BLOCKS,
           last = T->samples * (block + 1) / LANGEVIN_BLOCKS;
  const double hs = 0.25 / T->gamma, decay = exp(-hs), spread = sqrt(-expm1(-2 * hs));
  Rng rng;
  Rng_init(&rng, T->seed, EXP_TOY, block);
  for (uint64_t n = first; n < last; n++) {
    double st = (Rng_bits(&rng) & 1) ? 1.0 : -1.0, xi = (Rng_bits(&rng) & 1) ? 1.0 : -1.0, w;
    double F = st * xi, target = T->nu * F;
    double Q = ramp_trajectory(&rng, T->nu, T->tau, T->K, F, &w);
    double P = 1 / (1 + exp(-w * xi));
    for (int i = 0; i < TOY_WINDOW; i++) {
      double w1 = target + (w - target) * decay + spread * Rng_normal(&rng);
      double A = 0.5 * (w + w1) * xi, eq = 1 / (1 + exp(-A));
      P = eq + (P - eq) * exp(-2 * T->gamma * cosh(0.5 * A) * hs);
      w = w1;
    }
    int sigma = Rng_uniform(&rng) < P;
    T->cell[n] = (unsigned char)(2 * (st > 0) + sigma);
    T->heat[n] = Q;
    T->w[n] = w;
    Stats_add(out, Q);
  }
}

static double toy_entropy_d(double nu)
{
  if (isnan(nu))
    return NAN;                                  /* no weight spread: v <= 1 */
  mpfr_t x, v;
  mpfr_inits2(64, x, v, (mpfr_ptr)0);
  mpfr_set_d(x, nu, MPFR_RNDN);
  int status = Learning_toy_entropy(v, x);
  double d = status ? NAN : mpfr_get_d(v, MPFR_RNDN);
  mpfr_clears(x, v, (mpfr_ptr)0);
  return d;
}

int Learning_toy_mc(Learning_toy_estimate *e, double nu, double tau, double gamma,
                    unsigned long steps, uint64_t seed, uint64_t samples, int threads)
{
  assert(nu > 0 && tau > 0 && gamma > 0 && steps >= 1 && samples >= 2);
  Toy_run T = {nu, tau, gamma, steps, seed, samples, malloc(samples),
               malloc(samples * sizeof(double)), malloc(samples * sizeof(double))};
  int status = 0;
  if (!T.cell || !T.heat || !T.w) {
    status = -1;
    goto done;
  }
  Stats total;
  Stats_parallel(&total, LANGEVIN_BLOCKS, threads, toy_block, &T);
  const double n = (double)samples;
  double count[4] = {0}, mw = 0, mq = 0;
  for (uint64_t k = 0; k < samples; k++)
    count[T.cell[k]] += 1, mw += T.w[k], mq += T.heat[k];
  mw /= n, mq /= n;
  double v = 0, m4 = 0;
  for (uint64_t k = 0; k < samples; k++) {
    double d2 = (T.w[k] - mw) * (T.w[k] - mw);
    v += d2, m4 += d2 * d2;
  }
  v /= n, m4 /= n;
  /* plug-in I and its influence function ln(p_ij / p_i p_j) */
  double lr[4], info = 0, i2 = 0;
  for (int c = 0; c < 4; c++) {
    double pst = (count[c & 2] + count[(c & 2) + 1]) / n,
           ps = (count[c & 1] + count[2 + (c & 1)]) / n;
    double p = count[c] / n;
    lr[c] = p > 0 ? log(p / (pst * ps)) : 0;
    info += p * lr[c], i2 += p * lr[c] * lr[c];
  }
  double m = v > 1 ? sqrt(v - 1) : NAN, eps = 1e-5;
  double ds = toy_entropy_d(m),
         slope = (toy_entropy_d(m + eps) - toy_entropy_d(m - eps)) / (2 * eps);
  double ds_factor = slope / (2 * m);   /* dS(m(v)) / dv */
  double s2 = 0, q2 = 0;
  for (uint64_t k = 0; k < samples; k++) {
    double fq = T.heat[k] - mq, fs = ds_factor * ((T.w[k] - mw) * (T.w[k] - mw) - v);
    double f = fs + fq - (lr[T.cell[k]] - info);
    s2 += f * f, q2 += fq * fq;
  }
  e->info = info;
  e->info_se = sqrt(fmax(i2 - info * info, 0) / n);
  e->heat = mq;
  e->heat_se = sqrt(q2 / (n - 1) / n);
  e->ds = ds;
  e->ds_se = fabs(ds_factor) * sqrt((m4 - v * v) / n);
  e->slack = ds + mq - info;
  e->slack_se = sqrt(s2 / n / n);
  e->samples = samples;
  if (!(v > 1) || isnan(ds))
    status = -1;
done:
  free(T.cell), free(T.heat), free(T.w);
  return status;
}
#line 1939 "noweb/learning.nw"
void Learning_entropy_per_weight(mpfr_t out, const mpfr_t alpha, const mpfr_t nu)
{
  assert(mpfr_sgn(alpha) >= 0 && mpfr_number_p(alpha) && mpfr_number_p(nu));
  mpfr_t x;
  mpfr_init2(x, guarded(out));
  mpfr_sqr(x, nu, MPFR_RNDN);
  mpfr_mul(x, x, alpha, MPFR_RNDN);
  mpfr_log1p(x, x, MPFR_RNDN);
  mpfr_div_2ui(out, x, 1, MPFR_RNDN);            /* (1/2) ln(1 + alpha nu^2) */
  mpfr_clear(x);
}

void Learning_heat_per_weight(mpfr_t out, const mpfr_t alpha, const mpfr_t nu, const mpfr_t tau)
{
  assert(mpfr_sgn(alpha) >= 0 && mpfr_number_p(alpha));
  mpfr_t q, one;
  mpfr_inits2(guarded(out), q, one, (mpfr_ptr)0);
  mpfr_set_ui(one, 1, MPFR_RNDN);
  Learning_heat(q, nu, one, tau);
  mpfr_mul(out, q, alpha, MPFR_RNDN);            /* eq. (13) averaged: F_n^2 -> alpha */
  mpfr_clears(q, one, (mpfr_ptr)0);
}

int Learning_eta(mpfr_t out, const mpfr_t alpha, const mpfr_t nu, const mpfr_t tau)
{
  assert(mpfr_sgn(alpha) > 0 && mpfr_number_p(nu) && !mpfr_zero_p(nu));
  mpfr_t info, ds, q;
  mpfr_inits2(guarded(out), info, ds, q, (mpfr_ptr)0);
  int status = Learning_info(info, alpha, nu);
  mpfr_mul(info, info, alpha, MPFR_RNDN);
  Learning_entropy_per_weight(ds, alpha, nu);
  Learning_heat_per_weight(q, alpha, nu, tau);
  mpfr_add(ds, ds, q, MPFR_RNDN);
  mpfr_div(out, info, ds, MPFR_RNDN);            /* learning eq. (22) */
  mpfr_clears(info, ds, q, (mpfr_ptr)0);
  return status;
}
#line 2029 "noweb/learning.nw"
void Learning_pc_erf_gamma(mpfr_t out, const mpfr_t alpha, const mpfr_t nu, const mpfr_t gamma)
{
  assert(mpfr_sgn(alpha) >= 0 && mpfr_number_p(nu) && mpfr_sgn(gamma) > 0);
  mpfr_t s2, x, d;
  mpfr_inits2(guarded(out), s2, x, d, (mpfr_ptr)0);
  mpfr_sqr(s2, nu, MPFR_RNDN);
  mpfr_mul(s2, s2, alpha, MPFR_RNDN);
  mpfr_add_ui(s2, s2, 1, MPFR_RNDN);
  mpfr_sqr(d, gamma, MPFR_RNDN);
  mpfr_mul(d, d, s2, MPFR_RNDN);
  mpfr_div_2ui(d, d, 1, MPFR_RNDN);
  mpfr_add_ui(d, d, 1, MPFR_RNDN);
  mpfr_sqrt(d, d, MPFR_RNDN);                    /* sqrt(1 + gamma^2 varsigma^2 / 2) */
  mpfr_mul(x, gamma, nu, MPFR_RNDN);
  mpfr_div_2ui(x, x, 1, MPFR_RNDN);
  mpfr_div(x, x, d, MPFR_RNDN);
  mpfr_neg(x, x, MPFR_RNDN);
  mpfr_erfc(x, x, MPFR_RNDN);                    /* 1 + erf(z) = erfc(-z): nothing cancels */
  mpfr_div_2ui(out, x, 1, MPFR_RNDN);            /* learning (S68) */
  mpfr_clears(s2, x, d, (mpfr_ptr)0);
}

void Learning_pc_erf(mpfr_t out, const mpfr_t alpha, const mpfr_t nu)
{
  assert(mpfr_sgn(alpha) >= 0 && mpfr_number_p(nu));
  mpfr_t x, d;
  mpfr_inits2(guarded(out), x, d, (mpfr_ptr)0);
  mpfr_sqr(d, nu, MPFR_RNDN);
  mpfr_mul(d, d, alpha, MPFR_RNDN);
  mpfr_div_2ui(d, d, 2, MPFR_RNDN);
  mpfr_add_ui(d, d, 1, MPFR_RNDN);
  mpfr_mul_2ui(d, d, 1, MPFR_RNDN);
  mpfr_sqrt(d, d, MPFR_RNDN);                    /* sqrt(2 (1 + alpha nu^2 / 4)) */
  mpfr_div_2ui(x, nu, 1, MPFR_RNDN);
  mpfr_div(x, x, d, MPFR_RNDN);
  mpfr_neg(x, x, MPFR_RNDN);
  mpfr_erfc(x, x, MPFR_RNDN);
  mpfr_div_2ui(out, x, 1, MPFR_RNDN);            /* learning (S70) */
  mpfr_clears(x, d, (mpfr_ptr)0);
}
#line 2088 "noweb/learning.nw"
enum { GRID_A = 41, GRID_N = 101 };
static const double ALPHA_MAX = 10, NU_MAX = 10;

static double grid_alpha(int i) { return ALPHA_MAX * (i / 40.0) * (i / 40.0); }
static double grid_nu(int j) { return NU_MAX * j / 100.0; }

typedef struct {
  double pc[GRID_A][GRID_N];
} Pc_table;

static Pc_table *pc_table_new(void)
{
  Pc_table *t = malloc(sizeof *t);
  assert(t != NULL);
  for (int i = 0; i < GRID_A; i++)
    for (int j = 0; j < GRID_N; j++)
      t->pc[i][j] = Learning_pc_double(grid_alpha(i), grid_nu(j));
  return t;
}

typedef double (*Approx_fn)(double alpha, double nu, const void *ctx);
typedef struct {
  double value, alpha, nu;
} Worst;

static double approx_error(Approx_fn f, const void *ctx, int raw, double a, double n)
{
  return raw ? fabs(f(a, n, ctx)) : fabs(f(a, n, ctx) - Learning_pc_double(a, n));
}

static double golden_max(Approx_fn f, const void *ctx, int raw, double lo, double hi, double fixed,
                         int in_nu, double *at)
{
  const double r = 0.6180339887498949;
  double x1 = hi - r * (hi - lo), x2 = lo + r * (hi - lo);
  double f1 = in_nu ? approx_error(f, ctx, raw, fixed, x1) : approx_error(f, ctx, raw, x1, fixed);
  double f2 = in_nu ? approx_error(f, ctx, raw, fixed, x2) : approx_error(f, ctx, raw, x2, fixed);
  for (int k = 0; k < 40; k++)
    if (f1 > f2) {
      hi = x2, x2 = x1, f2 = f1, x1 = hi - r * (hi - lo);
      f1 = in_nu ? approx_error(f, ctx, raw, fixed, x1) : approx_error(f, ctx, raw, x1, fixed);
    } else {
      lo = x1, x1 = x2, f1 = f2, x2 = lo + r * (hi - lo);
      f2 = in_nu ? approx_error(f, ctx, raw, fixed, x2) : approx_error(f, ctx, raw, x2, fixed);
    }
  *at = f1 > f2 ? x1 : x2;
  return f1 > f2 ? f1 : f2;
}

static Worst worst_error(const Pc_table *t, Approx_fn f, const void *ctx)
{
  int raw = t == NULL;
  Worst w = {-1, 0, 0};
  int bi = 0, bj = 0;
  for (int i = 0; i < GRID_A; i++)
    for (int j = 0; j < GRID_N; j++) {
      double e = t ? fabs(f(grid_alpha(i), grid_nu(j), ctx) - t->pc[i][j])
                   : fabs(f(grid_alpha(i), grid_nu(j), ctx));
      if (e > w.value)
        w.value = e, bi = i, bj = j;
    }
  w.alpha = grid_alpha(bi), w.nu = grid_nu(bj);
  double alo = grid_alpha(bi > 0 ? bi - 1 : 0), ahi = grid_alpha(bi < GRID_A - 1 ? bi + 1 : bi);
  double nlo = grid_nu(bj > 0 ? bj - 1 : 0), nhi = grid_nu(bj < GRID_N - 1 ? bj + 1 : bj);
  for (int round = 0; round < 3; round++) {
    double at, v = golden_max(f, ctx, raw, nlo, nhi, w.alpha, 1, &at);
    if (v > w.value)
      w.value = v, w.nu = at;
    if (ahi > alo) {
      v = golden_max(f, ctx, raw, alo, ahi, w.nu, 0, &at);
      if (v > w.value)
        w.value = v, w.alpha = at;
    }
  }
  return w;
}
#line 2171 "noweb/learning.nw"
static double erf_approx_gamma(double alpha, double nu, const void *ctx)
{
  double g = *(const double *)ctx;
  return 0.5 + 0.5 * erf(g * nu / 2 / sqrt(1 + g * g * (1 + alpha * nu * nu) / 2));
}

static double pc_erf_final(double alpha, double nu)
{
  return 0.5 + 0.5 * erf(nu / 2 / sqrt(2 * (1 + alpha * nu * nu / 4)));
}

static double worst_for_gamma(const Pc_table *t, double gamma, Worst *w)
{
  *w = worst_error(t, erf_approx_gamma, &gamma);
  return w->value;
}

static double best_gamma(const Pc_table *t, double lo, double hi, Worst *w)
{
  const double r = 0.6180339887498949;
  Worst w1, w2;
  double x1 = hi - r * (hi - lo), x2 = lo + r * (hi - lo);
  double f1 = worst_for_gamma(t, x1, &w1), f2 = worst_for_gamma(t, x2, &w2);
  for (int k = 0; k < 32; k++)
    if (f1 < f2) {
      hi = x2, x2 = x1, f2 = f1, w2 = w1, x1 = hi - r * (hi - lo);
      f1 = worst_for_gamma(t, x1, &w1);
    } else {
      lo = x1, x1 = x2, f1 = f2, w1 = w2, x2 = lo + r * (hi - lo);
      f2 = worst_for_gamma(t, x2, &w2);
    }
  *w = f1 < f2 ? w1 : w2;
  return f1 < f2 ? x1 : x2;
}
#line 2213 "noweb/learning.nw"
static double erf_of_gamma_x_half(double x, double gamma) { return erf(gamma * x / 2); } /* (S66) */

typedef struct {
  Learning_tanh_approx approx;
  double gamma;
} Tanh_approx;

static double tanh_erf_gap(double x, const Tanh_approx *t)
{
  return fabs(tanh(x / 2) - t->approx(x, t->gamma));
}

static double tanh_erf_worst(const Tanh_approx *t, double *where)
{
  int best = 0;
  double v = 0;
  for (int k = 0; k <= 2000; k++)
    if (tanh_erf_gap(k / 100.0, t) > v)
      v = tanh_erf_gap(k / 100.0, t), best = k;
  const double r = 0.6180339887498949;
  double lo = best > 0 ? (best - 1) / 100.0 : 0, hi = (best + 1) / 100.0;
  double x1 = hi - r * (hi - lo), x2 = lo + r * (hi - lo);
  double f1 = tanh_erf_gap(x1, t), f2 = tanh_erf_gap(x2, t);
  for (int k = 0; k < 40; k++)
    if (f1 > f2)
      hi = x2, x2 = x1, f2 = f1, x1 = hi - r * (hi - lo), f1 = tanh_erf_gap(x1, t);
    else
      lo = x1, x1 = x2, f1 = f2, x2 = lo + r * (hi - lo), f2 = tanh_erf_gap(x2, t);
  *where = f1 > f2 ? x1 : x2;
  return f1 > f2 ? f1 : f2;
}
#line 2299 "noweb/learning.nw"
typedef double v4d __attribute__((vector_size(32)));
typedef uint64_t v4u __attribute__((vector_size(32)));

static inline void sign_masks(v4u *m, uint64_t word, int j)
{
  const v4u shift = {(uint64_t)j, (uint64_t)j + 1, (uint64_t)j + 2, (uint64_t)j + 3};
  const v4u w = {word, word, word, word};
  *m = ((w >> shift) & 1) << 63;
}

__attribute__((target_clones("avx2", "default")))
static void add_signed(double *restrict C, const uint64_t *restrict bits, double label, int W)
{
  uint64_t u;
  memcpy(&u, &label, sizeof u);
  const v4u l = {u, u, u, u};
  for (int k = 0; k < W; k++)
    for (int j = 0; j < 64; j += 4) {
      v4d c;
      v4u m;
      sign_masks(&m, bits[k], j);
      memcpy(&c, C + 64 * k + j, sizeof c);
      c += (v4d)(l ^ m);
      memcpy(C + 64 * k + j, &c, sizeof c);
    }
}

__attribute__((target_clones("avx2", "default")))
static void signed_dots(const uint64_t *restrict bits, const double *restrict C,
                        const double *restrict y, int W, double *dc, double *dy)
{
  v4d a = {0, 0, 0, 0}, b = {0, 0, 0, 0};
  for (int k = 0; k < W; k++)
    for (int j = 0; j < 64; j += 4) {
      v4u m;
      sign_masks(&m, bits[k], j);
      v4d c, v;
      memcpy(&c, C + 64 * k + j, sizeof c);
      memcpy(&v, y + 64 * k + j, sizeof v);
      a += (v4d)((v4u)c ^ m);
      b += (v4d)((v4u)v ^ m);
    }
  *dc = (a[0] + a[1]) + (a[2] + a[3]);
  *dy = (b[0] + b[1]) + (b[2] + b[3]);
}
#line 2350 "noweb/learning.nw"
typedef struct {
  int N, P;
  uint64_t seed, experiment, key;
} Sample_spec;

static void stabilities(const Sample_spec *s, double *A, double *B)
{
  const int W = (s->N + 63) / 64;
  double *C = calloc((size_t)64 * W, sizeof *C), *y = calloc((size_t)64 * W, sizeof *y);
  double *label = malloc((size_t)s->P * sizeof *label);
  uint64_t *bits = malloc((size_t)W * sizeof *bits);
  assert(C && y && label && bits);
  Rng rng;
  Rng_init(&rng, s->seed, s->experiment, s->key);
  for (int mu = 0; mu < s->P; mu++)
    label[mu] = (Rng_bits(&rng) & 1) ? -1.0 : 1.0;
  for (int n = 0; n < s->N; n++)
    y[n] = Rng_normal(&rng);
  Rng_init(&rng, s->seed, s->experiment + 1, s->key);
  for (int mu = 0; mu < s->P; mu++) {
    for (int k = 0; k < W; k++)
      bits[k] = Rng_bits(&rng);
    add_signed(C, bits, label[mu], W);           /* C_n += sigma^mu xi^mu_n */
  }
  memset(C + s->N, 0, (size_t)(64 * W - s->N) * sizeof *C);
  Rng_init(&rng, s->seed, s->experiment + 1, s->key);
  const double rootN = sqrt((double)s->N);
  for (int mu = 0; mu < s->P; mu++) {
    for (int k = 0; k < W; k++)
      bits[k] = Rng_bits(&rng);
    double dc, dy;
    signed_dots(bits, C, y, W, &dc, &dy);
    A[mu] = label[mu] * dc / s->N;              /* learning (S59) */
    B[mu] = label[mu] * dy / rootN;
  }
  free(C), free(y), free(label), free(bits);
}
#line 2404 "noweb/learning.nw"
enum { EXP_STABILITY = 201, EXP_FIG3 = 203 };

typedef struct {
  int moment, N, P;
  double nu;
  uint64_t seed;
} Stability_run;

static void stability_body(uint64_t rep, void *ctx, Stats *out)
{
  const Stability_run *r = ctx;
  Sample_spec s = {r->N, r->P, r->seed, EXP_STABILITY, rep};
  double *A = malloc((size_t)r->P * sizeof *A), *B = malloc((size_t)r->P * sizeof *B);
  assert(A && B);
  stabilities(&s, A, B);
  double sum = 0;
  for (int mu = 0; mu < r->P; mu++) {
    double d = r->nu * A[mu] + B[mu];
    sum += r->moment == 1 ? d : (d - r->nu) * (d - r->nu);
  }
  Stats_add(out, sum / r->P);
  free(A), free(B);
}

void Learning_stability_mc(Ledger_mc *out, int moment, int N, int P, double nu, uint64_t seed,
                           uint64_t realizations, int threads)
{
  assert((moment == 1 || moment == 2) && N >= 1 && P >= 1 && isfinite(nu) && realizations >= 2);
  Stability_run r = {moment, N, P, nu, seed};
  Stats total;
  Stats_parallel(&total, realizations, threads, stability_body, &r);
  Ledger_mc_set(out, Stats_mean(&total), Stats_stderr(&total),
                moment == 1 ? nu : 1 + nu * nu * (P - 1) / (double)N, total.n);
}
#line 2471 "noweb/learning.nw"
typedef struct {
  int N, P, nnu;
  const double *nu;
  uint64_t seed;
} Fig3_run;

static uint64_t fig3_key(uint64_t P, uint64_t r)
{
  if (r < 65536)
    return (P << 16) | r;                        /* the keys of the claims' runs */
  return (1ull << 63) | (P << 32) | r;          /* disjoint from those: P < 2^24, r < 2^32 */
}

static void fig3_realization(const Fig3_run *f, uint64_t r, double *pc)
{
  Sample_spec s = {f->N, f->P, f->seed, EXP_FIG3, fig3_key((uint64_t)f->P, r)};
  double *A = malloc((size_t)f->P * sizeof *A), *B = malloc((size_t)f->P * sizeof *B);
  assert(A && B);
  stabilities(&s, A, B);
  for (int k = 0; k < f->nnu; k++) {
    double sum = 0;
    for (int mu = 0; mu < f->P; mu++)
      sum += 1 / (1 + exp(-(f->nu[k] * A[mu] + B[mu])));
    pc[k] = sum / f->P;
  }
  free(A), free(B);
}

static void fig3_body(uint64_t rep, void *ctx, Stats *out)
{
  double pc;
  fig3_realization(ctx, rep, &pc);
  Stats_add(out, pc);
}

static void exact_pc_info(double alpha, double nu, double *pc, double *info)
{
  mpfr_t a, n, v;
  mpfr_inits2(128, a, n, v, (mpfr_ptr)0);
  mpfr_set_d(a, alpha, MPFR_RNDN);
  mpfr_set_d(n, nu, MPFR_RNDN);
  Learning_pc(v, a, n);
  *pc = mpfr_get_d(v, MPFR_RNDN);
  Learning_info(v, a, n);
  *info = mpfr_get_d(v, MPFR_RNDN);
  mpfr_clears(a, n, v, (mpfr_ptr)0);
}

static void info_estimate(Ledger_mc *info, double p, double se, double exact, uint64_t n)
{
  info->estimate = log(2) + p * log(p) + (1 - p) * log1p(-p);
  info->stderr_ = fabs(log(p / (1 - p))) * se;
  info->exact = exact;
  info->z = info->stderr_ > 0 ? Stats_z(info->estimate, info->stderr_, exact) : NAN;
  info->samples = n;
}

void Learning_fig3_mc(Ledger_mc *pc, Ledger_mc *info, double alpha, double nu, int N, uint64_t seed,
                      uint64_t realizations, int threads)
{
  double P = floor(alpha * N + 0.5);
  assert(N >= 1 && alpha > 0 && P >= 1 && P < 16777216 && isfinite(nu) && realizations >= 2
         && realizations <= 4294967296ull);
  Fig3_run f = {N, (int)P, 1, &nu, seed};
  Stats total;
  Stats_parallel(&total, realizations, threads, fig3_body, &f);
  double exact_pc, exact_info;
  exact_pc_info(alpha, nu, &exact_pc, &exact_info);
  pc->estimate = Stats_mean(&total);
  pc->stderr_ = Stats_stderr(&total);
  pc->exact = exact_pc;
  pc->z = pc->stderr_ > 0 ? Stats_z(pc->estimate, pc->stderr_, exact_pc) : NAN;
  pc->samples = total.n;
  info_estimate(info, pc->estimate, pc->stderr_, exact_info, total.n);
}
#line 2626 "noweb/learning.nw"
static void set_ratio(mpfr_t x, long num, long den)
{
  mpfr_set_si(x, num, MPFR_RNDN);
  mpfr_div_si(x, x, den, MPFR_RNDN);
}

static double lcg_uniform(uint64_t *state)
{
  *state = *state * 6364136223846793005u + 1442695040888963407u;
  return ((*state >> 11) + 0.5) * 0x1p-53;
}
#line 2650 "noweb/learning.nw"
static void heat_quadrature_residual(mpfr_t res, mpfr_prec_t prec, void *ctx)
{
  Learning_ramp_formula formula = *(Learning_ramp_formula *)ctx;
  static const char *const taus[] = {"0.01", "0.5", "1", "3", "20", "1000"};
  mpfr_t nu, tau, inf, a, b;
  mpfr_inits2(prec, nu, tau, inf, a, b, (mpfr_ptr)0);
  set_ratio(nu, 3, 2);
  mpfr_set_inf(inf, 1);
  mpfr_set_zero(res, 1);
  for (size_t i = 0; i < sizeof taus / sizeof taus[0]; i++) {
    mpfr_set_str(tau, taus[i], 10, MPFR_RNDN);
    formula(a, tau);
    mpfr_sqr(b, nu, MPFR_RNDN);
    mpfr_mul(a, a, b, MPFR_RNDN);                /* the paper's side: nu^2 g(tau), F = 1 */
    if (Learning_protocol_heat(b, LEARNING_RAMP, nu, tau, inf) != 0) {
      mpfr_set_nan(res);
      break;
    }
    Ledger_widen(res, a, b);
  }
  mpfr_clears(nu, tau, inf, a, b, (mpfr_ptr)0);
}

void Learning_eq13_quadrature(Ledger_result *r, Learning_ramp_formula g, mpfr_prec_t prec)
{
  Ledger_identity(r, heat_quadrature_residual, &g, prec, 8);
}

static void check_heat_quadrature(const Ledger_options *o, Ledger_result *r)
{
  Learning_eq13_quadrature(r, Learning_ramp_factor, o->prec);
}
#line 2699 "noweb/learning.nw"
enum { LANGEVIN_SAMPLES = 200000, LANGEVIN_STEPS = 100 };

static void check_heat_langevin(const Ledger_options *o, Ledger_result *r)
{
  Ledger_mc mc;
  Learning_langevin_mc(&mc, 2, 1, LANGEVIN_STEPS, o->seed,
                       o->samples ? o->samples : LANGEVIN_SAMPLES, o->threads);
  Ledger_stochastic(r, &mc, 4);
  Ledger_field_double(r, "bias_bound", 4.0 / (12.0 * LANGEVIN_STEPS * LANGEVIN_STEPS));
  Ledger_field_double(r, "z_from_sudden", (mc.estimate - 2.0) / mc.stderr_);
  Ledger_field_double(r, "z_from_zero", mc.estimate / mc.stderr_);
}
#line 2724 "noweb/learning.nw"
static void heat_limits_residual(mpfr_t res, mpfr_prec_t prec, void *ctx)
{
  Learning_ramp_formula formula = *(Learning_ramp_formula *)ctx;
  mpfr_t tau, g, want;
  mpfr_inits2(prec, tau, g, want, (mpfr_ptr)0);
  mpfr_set_zero(res, 1);
  mpfr_set_ui_2exp(tau, 1, -(long)prec - 8, MPFR_RNDN);
  formula(g, tau);
  mpfr_set_d(want, 0.5, MPFR_RNDN);              /* the sudden switch: nu^2 F^2 / 2 */
  Ledger_widen(res, g, want);
  mpfr_set_ui_2exp(tau, 1, (long)prec + 8, MPFR_RNDN);
  formula(g, tau);
  mpfr_mul(g, g, tau, MPFR_RNDN);
  mpfr_set_ui(want, 1, MPFR_RNDN);               /* slow driving: the heat vanishes like 1/tau */
  Ledger_widen(res, g, want);
  mpfr_set_inf(tau, 1);
  formula(g, tau);
  mpfr_set_zero(want, 1);
  Ledger_widen(res, g, want);
  mpfr_clears(tau, g, want, (mpfr_ptr)0);
}

void Learning_eq13_limits(Ledger_result *r, Learning_ramp_formula g, mpfr_prec_t prec)
{
  Ledger_identity(r, heat_limits_residual, &g, prec, 4);
}

static void check_heat_limits(const Ledger_options *o, Ledger_result *r)
{
  Learning_eq13_limits(r, Learning_ramp_factor, o->prec);
}
#line 2766 "noweb/learning.nw"
static void heat_series_residual(mpfr_t res, mpfr_prec_t prec, void *ctx)
{
  (void)ctx;
  static const char *const taus[] = {"0x1p-10", "0x1p-30", "0x1p-100", "0.001",
                                     "0.33333333333333333333"};
  mpfr_t tau, g, sum, term, tol;
  mpfr_inits2(prec + 16, tau, g, sum, term, tol, (mpfr_ptr)0);
  mpfr_set_zero(res, 1);
  for (size_t i = 0; i < sizeof taus / sizeof taus[0]; i++) {
    mpfr_set_str(tau, taus[i], 0, MPFR_RNDN);
    mpfr_prec_round(tau, prec, MPFR_RNDN);
    mpfr_set_d(term, 0.5, MPFR_RNDN);
    mpfr_set(sum, term, MPFR_RNDN);
    mpfr_set_ui_2exp(tol, 1, -(long)prec - 20, MPFR_RNDN);
    for (unsigned long k = 1; mpfr_cmpabs(term, tol) > 0; k++) {
      mpfr_mul(term, term, tau, MPFR_RNDN);
      mpfr_div_ui(term, term, k + 2, MPFR_RNDN);
      mpfr_neg(term, term, MPFR_RNDN);
      mpfr_add(sum, sum, term, MPFR_RNDN);
    }
    mpfr_t gp;
    mpfr_init2(gp, prec);
    Learning_ramp_factor(gp, tau);
    mpfr_sub(g, gp, sum, MPFR_RNDN);
    mpfr_div(g, g, sum, MPFR_RNDN);
    mpfr_abs(g, g, MPFR_RNDN);
    mpfr_max(res, res, g, MPFR_RNDN);
    mpfr_clear(gp);
  }
  mpfr_clears(tau, g, sum, term, tol, (mpfr_ptr)0);
}

static void check_heat_series(const Ledger_options *o, Ledger_result *r)
{
  Ledger_identity(r, heat_series_residual, NULL, o->prec, 4);
}
#line 2815 "noweb/learning.nw"
static void toy_entropy_residual(mpfr_t res, mpfr_prec_t prec, void *ctx)
{
  (void)ctx;
  static const double nus[] = {0.5, 1, 2, 4};
  mpfr_t nu, a, b;
  mpfr_inits2(prec, nu, a, b, (mpfr_ptr)0);
  mpfr_set_zero(res, 1);
  for (size_t i = 0; i < 4; i++) {
    mpfr_set_d(nu, nus[i], MPFR_RNDN);
    if (Learning_toy_entropy(a, nu) | Learning_mixture_entropy(b, nu)) {
      mpfr_set_nan(res);
      break;
    }
    Ledger_widen(res, a, b);
  }
  mpfr_clears(nu, a, b, (mpfr_ptr)0);
}

static void check_toy_entropy(const Ledger_options *o, Ledger_result *r)
{
  Ledger_identity(r, toy_entropy_residual, NULL, o->prec, 8);
}
#line 2852 "noweb/learning.nw"
typedef struct {
  mpfr_t mean, slope, a, b;
} Entry_ctx;

static void entry_integrand(mpfr_t y, const mpfr_t x, void *ctx)
{
  Entry_ctx *e = ctx;
  mpfr_prec_t p = mpfr_get_prec(y) + 8;
  if (mpfr_get_prec(e->a) != p)
    mpfr_set_prec(e->a, p), mpfr_set_prec(e->b, p);
  mpfr_sub(e->a, x, e->mean, MPFR_RNDN);
  mpfr_sqr(e->a, e->a, MPFR_RNDN);
  mpfr_div_2ui(e->a, e->a, 1, MPFR_RNDN);
  mpfr_neg(e->a, e->a, MPFR_RNDN);
  mpfr_exp(e->a, e->a, MPFR_RNDN);
  mpfr_mul(e->b, x, e->slope, MPFR_RNDN);
  Num_logistic(e->b, e->b);
  mpfr_mul(y, e->a, e->b, MPFR_RNDN);
}

static void toy_info_residual(mpfr_t res, mpfr_prec_t prec, void *ctx)
{
  Learning_info_formula formula = *(Learning_info_formula *)ctx;
  const int xi = -1;
  mpfr_prec_t w = prec + LEARNING_GUARD;
  Entry_ctx e;
  mpfr_inits2(w, e.mean, e.slope, e.a, e.b, (mpfr_ptr)0);
  mpfr_t nu, p[2][2], lo, hi, c[2], n, info, t, m;
  mpfr_inits2(w, nu, p[0][0], p[0][1], p[1][0], p[1][1], lo, hi, c[0], c[1], n, info, t, m,
              (mpfr_ptr)0);
  set_ratio(nu, 3, 2);
  mpfr_set_inf(lo, -1);
  mpfr_set_inf(hi, 1);
  mpfr_set_ui(n, 1, MPFR_RNDN);
  gauss_norm(n, n);
  mpfr_mul_2ui(n, n, 1, MPFR_RNDN);              /* 2 sqrt(2 pi) */
  int status = 0;
  for (int i = 0; i < 2; i++)
    for (int j = 0; j < 2; j++) {
      int sT = i ? -1 : 1, s = j ? -1 : 1;
      mpfr_mul_si(e.mean, nu, sT * xi, MPFR_RNDN);
      mpfr_set_si(e.slope, s * xi, MPFR_RNDN);
      mpfr_set_zero(c[0], 1);
      mpfr_set(c[1], e.mean, MPFR_RNDN);
      if (mpfr_cmp(c[0], c[1]) > 0)
        mpfr_swap(c[0], c[1]);
      status |= integrate_with_breaks(p[i][j], entry_integrand, &e, lo, hi, 2, (const mpfr_t *)c);
      mpfr_div(p[i][j], p[i][j], n, MPFR_RNDN);
    }
  mpfr_set_zero(info, 1);
  for (int i = 0; i < 2; i++)
    for (int j = 0; j < 2; j++) {
      mpfr_add(t, p[i][0], p[i][1], MPFR_RNDN);
      mpfr_add(m, p[0][j], p[1][j], MPFR_RNDN);
      mpfr_mul(t, t, m, MPFR_RNDN);
      mpfr_div(t, p[i][j], t, MPFR_RNDN);
      mpfr_log(t, t, MPFR_RNDN);
      mpfr_mul(t, t, p[i][j], MPFR_RNDN);
      mpfr_add(info, info, t, MPFR_RNDN);
    }
  mpfr_set_zero(t, 1);
  status |= formula(m, t, nu);                   /* the paper's side: eq. (21) at alpha = 0 */
  mpfr_sub(t, info, m, MPFR_RNDN);
  mpfr_div(t, t, m, MPFR_RNDN);
  mpfr_abs(res, t, MPFR_RNDN);
  if (status)
    mpfr_set_nan(res);
  mpfr_clears(e.mean, e.slope, e.a, e.b, nu, p[0][0], p[0][1], p[1][0], p[1][1], lo, hi, c[0], c[1],
              n, info, t, m, (mpfr_ptr)0);
}

void Learning_toy_info(Ledger_result *r, Learning_info_formula info, mpfr_prec_t prec)
{
  Ledger_identity(r, toy_info_residual, &info, prec, 8);
}

static void check_toy_info(const Ledger_options *o, Ledger_result *r)
{
  Learning_toy_info(r, Learning_info, o->prec);
}
#line 2945 "noweb/learning.nw"
static void toy_large_nu_residual(mpfr_t res, mpfr_prec_t prec, void *ctx)
{
  Learning_constant limit = *(Learning_constant *)ctx;
  mpfr_t nu, zero, v, ln2;
  mpfr_inits2(prec, nu, zero, v, ln2, (mpfr_ptr)0);
  mpfr_set_ui(nu, (unsigned long)prec + 16, MPFR_RNDN);
  mpfr_set_zero(zero, 1);
  limit(ln2);                                    /* the paper's side: the stated limit */
  mpfr_set_zero(res, 1);
  int status = Learning_toy_entropy(v, nu);
  Ledger_widen(res, v, ln2);
  status |= Learning_info(v, zero, nu);
  Ledger_widen(res, v, ln2);
  if (status)
    mpfr_set_nan(res);
  mpfr_clears(nu, zero, v, ln2, (mpfr_ptr)0);
}

void Learning_toy_large_nu(Ledger_result *r, Learning_constant limit, mpfr_prec_t prec)
{
  Ledger_identity(r, toy_large_nu_residual, &limit, prec, 8);
}

static void stated_limit_ln2(mpfr_t out) { mpfr_const_log2(out, MPFR_RNDN); }

static void check_toy_large_nu(const Ledger_options *o, Ledger_result *r)
{
  Learning_toy_large_nu(r, stated_limit_ln2, o->prec);
}
#line 3009 "noweb/learning.nw"
static void bound_slack(mpfr_t rel, mpfr_t abs_slack, const Learning_bound_form *b,
                        const mpfr_t info, const mpfr_t ds, const mpfr_t q)
{
  mpfr_t t, d;
  mpfr_inits2(mpfr_get_prec(rel), t, d, (mpfr_ptr)0);
  mpfr_mul_d(abs_slack, ds, b->entropy, MPFR_RNDN);
  mpfr_mul_d(t, q, b->heat, MPFR_RNDN);
  mpfr_add(abs_slack, abs_slack, t, MPFR_RNDN);
  mpfr_mul_d(t, info, b->info, MPFR_RNDN);
  mpfr_sub(abs_slack, abs_slack, t, MPFR_RNDN);  /* learning eq. (10): dS + dQ - I */
  mpfr_add(d, ds, q, MPFR_RNDN);
  mpfr_div(rel, abs_slack, d, MPFR_RNDN);
  mpfr_clears(t, d, (mpfr_ptr)0);
}

const Learning_bound_form Learning_bound_printed = {1, 1, 1, 1};
#line 3034 "noweb/learning.nw"
typedef struct {
  const Learning_bound_form *form;
  double max_eta, min_abs;
  char where_abs[LEDGER_TEXT];
} Fig2_bound;

static void fig2_tau(mpfr_t tau, int k)
{
  if (k == 29)
    mpfr_set_inf(tau, 1);
  else if (k == 30)
    mpfr_set_zero(tau, 1);                       /* the limit tau -> 0 */
  else
    mpfr_set_d(tau, pow(10, -3 + k / 4.0), MPFR_RNDN);
}

static void fig2_slack(mpfr_t min, char *where, size_t size, mpfr_prec_t prec, void *ctx)
{
  Fig2_bound *f = ctx;
  mpfr_t nu, tau, zero, one, info, ds, q, rel, abs_slack, mina, eta;
  mpfr_inits2(prec, nu, tau, zero, one, info, ds, q, rel, abs_slack, mina, eta, (mpfr_ptr)0);
  mpfr_set_zero(zero, 1);
  mpfr_set_ui(one, 1, MPFR_RNDN);
  mpfr_set_inf(min, 1);
  mpfr_set_inf(mina, 1);
  int status = 0;
  for (int i = 0; i <= 27; i++) {
    mpfr_set_d(nu, 0.05 * pow(1.25, i), MPFR_RNDN);
    status |= Learning_info(info, zero, nu);
    status |= Learning_toy_entropy(ds, nu);
    for (int k = 0; k <= 30; k++) {
      fig2_tau(tau, k);
      if (k == 30)
        mpfr_sqr(q, nu, MPFR_RNDN), mpfr_div_2ui(q, q, 1, MPFR_RNDN);
      else
        Learning_heat(q, nu, one, tau);
      bound_slack(rel, abs_slack, f->form, info, ds, q);
      if (mpfr_less_p(abs_slack, mina))
        mpfr_set(mina, abs_slack, MPFR_RNDN),
          snprintf(f->where_abs, sizeof f->where_abs, "nu = %.4g, tau = %.4g",
                   mpfr_get_d(nu, MPFR_RNDN), mpfr_get_d(tau, MPFR_RNDN));
      if (mpfr_less_p(rel, min)) {
        mpfr_set(min, rel, MPFR_RNDN);
        mpfr_add(eta, ds, q, MPFR_RNDN);
        mpfr_div(eta, info, eta, MPFR_RNDN);
        snprintf(where, size, "nu = %.4g, tau = %.4g", mpfr_get_d(nu, MPFR_RNDN),
                 mpfr_get_d(tau, MPFR_RNDN));
      }
    }
  }
  f->max_eta = mpfr_get_d(eta, MPFR_RNDN);
  f->min_abs = mpfr_get_d(mina, MPFR_RNDN);
  if (status)
    mpfr_set_nan(min);
  mpfr_clears(nu, tau, zero, one, info, ds, q, rel, abs_slack, mina, eta, (mpfr_ptr)0);
}

void Learning_eq10_fig2(Ledger_result *r, const Learning_bound_form *form)
{
  Fig2_bound f = {form, NAN, NAN, ""};
  Ledger_inequality_mpfr(r, fig2_slack, &f, 64);
  Ledger_field_double(r, "max_eta", f.max_eta);
  Ledger_field_double(r, "min_abs_slack", f.min_abs);
  Ledger_field_text(r, "where_abs", f.where_abs);
}

static void check_bound_fig2(const Ledger_options *o, Ledger_result *r)
{
  (void)o;
  Learning_eq10_fig2(r, &Learning_bound_printed);
}
#line 3119 "noweb/learning.nw"
enum { TOY_MC_SAMPLES = 500000 };
static const double TOY_MC_GAMMA = 1000;

static void check_toy_mc(const Ledger_options *o, Ledger_result *r)
{
  Learning_toy_estimate e;
  if (Learning_toy_mc(&e, 2, 1, TOY_MC_GAMMA, LANGEVIN_STEPS, o->seed,
                      o->samples ? o->samples : TOY_MC_SAMPLES, o->threads) != 0) {
    Ledger_say(r, LEDGER_INCONCLUSIVE,
               "the toy-model simulation failed (allocation or variance <= 1)");
    return;
  }
  mpfr_t nu, zero, one, x;
  mpfr_inits2(128, nu, zero, one, x, (mpfr_ptr)0);
  mpfr_set_ui(nu, 2, MPFR_RNDN);
  mpfr_set_zero(zero, 1);
  mpfr_set_ui(one, 1, MPFR_RNDN);
  int status = Learning_info(x, zero, nu);
  double exact[3] = {mpfr_get_d(x, MPFR_RNDN)};
  status |= Learning_toy_entropy(x, nu);
  exact[1] = mpfr_get_d(x, MPFR_RNDN);
  Learning_heat(x, nu, one, one);
  exact[2] = mpfr_get_d(x, MPFR_RNDN);
  mpfr_clears(nu, zero, one, x, (mpfr_ptr)0);
  if (status) {
    Ledger_say(r, LEDGER_INCONCLUSIVE, "a quadrature of the exact values failed");
    return;
  }
  const double est[3] = {e.info, e.ds, e.heat}, se[3] = {e.info_se, e.ds_se, e.heat_se};
  static const char *const zname[3] = {"z_I", "z_dS", "z_dQ"};
  Ledger_mc mc[3];
  for (int i = 0; i < 3; i++)
    mc[i] = (Ledger_mc){est[i], se[i], exact[i], Stats_z(est[i], se[i], exact[i]), e.samples};
  Ledger_stochastic_worst(r, mc, 3, 4);
  for (int i = 0; i < 3; i++)
    Ledger_field_double(r, zname[i], mc[i].z);
  Ledger_field_double(r, "I_est", e.info);
  Ledger_field_double(r, "dS_est", e.ds);
  Ledger_field_double(r, "dQ_est", e.heat);
  Ledger_field_double(r, "slack", e.slack);
  Ledger_field_double(r, "slack_in_se", e.slack / e.slack_se);
  Ledger_field_double(r, "gamma", TOY_MC_GAMMA);
  Ledger_field_double(r, "I_plugin_bias", 0.5 / (double)e.samples);
}
#line 3187 "noweb/learning.nw"
typedef struct {
  const Learning_bound_form *form;
  Learning_protocol pr;
} Protocol_bound;

static void protocol_slack(mpfr_t min, char *where, size_t size, mpfr_prec_t prec, void *ctx)
{
  const Protocol_bound *b = ctx;
  static const double nus[] = {0.5, 2, 5}, taus[] = {0.3, 3}, frac[] = {0.1, 0.5, 1, 3};
  static const char *const names[] = {"ramp", "switch", "quadratic"};
  mpfr_t nu, tau, t, zero, mbar, eff, info, ds, q, rel, abs_slack;
  mpfr_inits2(prec, nu, tau, t, zero, mbar, eff, info, ds, q, rel, abs_slack, (mpfr_ptr)0);
  mpfr_set_zero(zero, 1);
  mpfr_set_inf(min, 1);
  int status = 0, ntau = b->pr == LEARNING_SWITCH ? 1 : 2;
  for (int i = 0; i < 3; i++)
    for (int k = 0; k < ntau; k++)
      for (int j = 0; j <= 4; j++) {
        mpfr_set_d(nu, nus[i], MPFR_RNDN);
        mpfr_set_d(tau, b->pr == LEARNING_SWITCH ? 1 : taus[k], MPFR_RNDN);
        if (j == 4)
          mpfr_set_inf(t, 1);
        else
          mpfr_mul_d(t, tau, frac[j], MPFR_RNDN);
        Learning_protocol_mean(mbar, b->pr, tau, t);
        mpfr_mul(eff, nu, mbar, MPFR_RNDN);
        status |= Learning_info(info, zero, eff);
        status |= Learning_toy_entropy(ds, eff);
        status |= Learning_protocol_heat(q, b->pr, nu, tau, t);
        bound_slack(rel, abs_slack, b->form, info, ds, q);
        if (mpfr_less_p(rel, min))
          mpfr_set(min, rel, MPFR_RNDN),
            snprintf(where, size, "%s, nu = %g, tau = %g, t = %g", names[b->pr], nus[i],
                     mpfr_get_d(tau, MPFR_RNDN), mpfr_get_d(t, MPFR_RNDN));
      }
  if (status)
    mpfr_set_nan(min);
  mpfr_clears(nu, tau, t, zero, mbar, eff, info, ds, q, rel, abs_slack, (mpfr_ptr)0);
}

void Learning_eq10_protocol(Ledger_result *r, const Learning_bound_form *form, Learning_protocol pr)
{
  Protocol_bound b = {form, pr};
  Ledger_inequality_mpfr(r, protocol_slack, &b, 64);
}

static void check_bound_ramp(const Ledger_options *o, Ledger_result *r)
{
  (void)o;
  Learning_eq10_protocol(r, &Learning_bound_printed, LEARNING_RAMP);
}

static void check_bound_switch(const Ledger_options *o, Ledger_result *r)
{
  (void)o;
  Learning_eq10_protocol(r, &Learning_bound_printed, LEARNING_SWITCH);
}

static void check_bound_quadratic(const Ledger_options *o, Ledger_result *r)
{
  (void)o;
  Learning_eq10_protocol(r, &Learning_bound_printed, LEARNING_QUADRATIC);
}
#line 3270 "noweb/learning.nw"
enum { STABILITY_REALIZATIONS = 20000, LIMIT_REALIZATIONS = 400 };

static void check_stability_mean(const Ledger_options *o, Ledger_result *r)
{
  Ledger_mc mc;
  Learning_stability_mc(&mc, 1, 40, 20, 3, o->seed,
                        o->samples ? o->samples : STABILITY_REALIZATIONS, o->threads);
  Ledger_stochastic(r, &mc, 4);
}

static void check_stability_finite(const Ledger_options *o, Ledger_result *r)
{
  Ledger_mc mc;
  Learning_stability_mc(&mc, 2, 40, 20, 3, o->seed,
                        o->samples ? o->samples : STABILITY_REALIZATIONS, o->threads);
  Ledger_stochastic(r, &mc, 4);
  Ledger_field_double(r, "paper_limit", 1 + 0.5 * 9);
  Ledger_field_double(r, "z_paper_limit", Stats_z(mc.estimate, mc.stderr_, 5.5));
}
#line 3299 "noweb/learning.nw"
static void check_stability_limit(const Ledger_options *o, Ledger_result *r)
{
  Ledger_mc mc;
  Learning_stability_mc(&mc, 2, 1000, 1000, 1, o->seed,
                        o->samples ? o->samples : LIMIT_REALIZATIONS, o->threads);
  double finite = mc.exact;
  mc.exact = 2;
  mc.z = Stats_z(mc.estimate, mc.stderr_, mc.exact);
  Ledger_stochastic(r, &mc, 4);
  Ledger_field_double(r, "finite_N_exact", finite);
}
#line 3328 "noweb/learning.nw"
static const double eq20_points[][2] = {{1, 2}, {10, 0.3}, {0.1, 6}};

static void eq20_residual(mpfr_t res, mpfr_prec_t prec, void *ctx)
{
  (void)ctx;
  mpfr_t a, n, x, y;
  mpfr_inits2(prec, a, n, x, y, (mpfr_ptr)0);
  mpfr_set_zero(res, 1);
  int status = 0;
  for (size_t i = 0; i < 2; i++) {
    mpfr_set_d(a, eq20_points[i][0], MPFR_RNDN);
    mpfr_set_d(n, eq20_points[i][1], MPFR_RNDN);
    status |= Learning_pc(x, a, n);
    status |= Learning_pc_by_parts(y, a, n);
    Ledger_widen(res, x, y);
    status |= Learning_pc_excess_de(y, a, n);
    mpfr_add_d(y, y, 0.5, MPFR_RNDN);
    Ledger_widen(res, x, y);
  }
  if (status)
    mpfr_set_nan(res);
  mpfr_clears(a, n, x, y, (mpfr_ptr)0);
}

static void check_eq20(const Ledger_options *o, Ledger_result *r)
{
  Ledger_identity(r, eq20_residual, NULL, o->prec, 8);
  mpfr_t a, n, x;
  mpfr_inits2(o->prec, a, n, x, (mpfr_ptr)0);
  mpfr_set_ui(a, 1, MPFR_RNDN);
  mpfr_set_ui(n, 2, MPFR_RNDN);
  Learning_pc(x, a, n);
  Ledger_field_mpfr(r, "pc_at_1_2", x, 40);
  mpfr_clears(a, n, x, (mpfr_ptr)0);
}
#line 3374 "noweb/learning.nw"
static void eq21_residual(mpfr_t res, mpfr_prec_t prec, void *ctx)
{
  (void)ctx;
  static const double pts[][2] = {{10, 0.3}, {0.01, 8}, {1, 2}};
  mpfr_t a, n, x, p, h, l;
  mpfr_inits2(prec, a, n, x, (mpfr_ptr)0);
  mpfr_inits2(prec + 32, p, h, l, (mpfr_ptr)0);
  mpfr_set_zero(res, 1);
  int status = 0;
  for (size_t i = 0; i < 3; i++) {
    mpfr_set_d(a, pts[i][0], MPFR_RNDN);
    mpfr_set_d(n, pts[i][1], MPFR_RNDN);
    status |= Learning_info(x, a, n);
    status |= Learning_pc(p, a, n);
    Num_binary_entropy(h, p);
    mpfr_const_log2(l, MPFR_RNDN);
    mpfr_sub(l, l, h, MPFR_RNDN);                /* learning eq. (21), as printed */
    mpfr_sub(h, x, l, MPFR_RNDN);
    mpfr_div(h, h, l, MPFR_RNDN);
    mpfr_abs(h, h, MPFR_RNDN);
    mpfr_max(res, res, h, MPFR_RNDN);
  }
  if (status)
    mpfr_set_nan(res);
  mpfr_clears(a, n, x, p, h, l, (mpfr_ptr)0);
}

static void check_eq21(const Ledger_options *o, Ledger_result *r)
{
  Ledger_identity(r, eq21_residual, NULL, o->prec, 8);
}
#line 3423 "noweb/learning.nw"
typedef struct {
  mpfr_t s2, a;
} Normal_ctx;

static void normal_entropy_integrand(mpfr_t y, const mpfr_t x, void *ctx)
{
  Normal_ctx *c = ctx;
  mpfr_set_prec(c->a, mpfr_get_prec(y) + 8);
  mpfr_sqr(c->a, x, MPFR_RNDN);
  mpfr_div(c->a, c->a, c->s2, MPFR_RNDN);
  mpfr_div_2ui(c->a, c->a, 1, MPFR_RNDN);        /* -ln p - ln(varsigma sqrt(2 pi)) */
  mpfr_neg(y, c->a, MPFR_RNDN);
  mpfr_exp(y, y, MPFR_RNDN);
  mpfr_mul(y, y, c->a, MPFR_RNDN);
}

static int normal_entropy(mpfr_t out, const mpfr_t s2)
{
  mpfr_prec_t w = guarded(out);
  Normal_ctx c;
  mpfr_inits2(w, c.s2, c.a, (mpfr_ptr)0);
  mpfr_set(c.s2, s2, MPFR_RNDN);
  mpfr_t v, lo, hi, n, err;
  mpfr_inits2(w, v, lo, hi, n, (mpfr_ptr)0);
  mpfr_init2(err, 64);
  mpfr_set_inf(lo, -1);
  mpfr_set_inf(hi, 1);
  int status = Num_integrate(v, err, normal_entropy_integrand, &c, lo, hi, 0, NULL);
  gauss_norm(n, s2);
  mpfr_div(v, v, n, MPFR_RNDN);
  mpfr_log(n, n, MPFR_RNDN);
  mpfr_add(out, v, n, MPFR_RNDN);
  mpfr_clears(c.s2, c.a, v, lo, hi, n, err, (mpfr_ptr)0);
  return status;
}

static void entropy_per_weight_residual(mpfr_t res, mpfr_prec_t prec, void *ctx)
{
  (void)ctx;
  mpfr_t s2, a, b;
  mpfr_inits2(prec, s2, a, b, (mpfr_ptr)0);
  mpfr_set_ui(s2, 2, MPFR_RNDN);                 /* 1 + alpha nu^2 at alpha = nu = 1 */
  int status = normal_entropy(a, s2);
  mpfr_set_ui(s2, 1, MPFR_RNDN);
  status |= normal_entropy(b, s2);
  mpfr_sub(a, a, b, MPFR_RNDN);
  mpfr_set_ui(b, 2, MPFR_RNDN);
  mpfr_log(b, b, MPFR_RNDN);                     /* printed: ln(1 + alpha nu^2) */
  mpfr_sub(res, b, a, MPFR_RNDN);
  if (status)
    mpfr_set_nan(res);
  mpfr_clears(s2, a, b, (mpfr_ptr)0);
}

static double binomial_mixture_entropy(int P, int N, double nu)
{
  double s = sqrt(1 + nu * nu * P / (double)N), h = 0.02, sum = 0;
  double *w = malloc((size_t)(P + 1) * sizeof *w);
  assert(w != NULL);
  for (int k = 0; k <= P; k++)
    w[k] = exp(lgamma(P + 1.0) - lgamma(k + 1.0) - lgamma(P - k + 1.0) - P * log(2.0));
  for (double x = -12 * s; x <= 12 * s; x += h) {
    double p = 0;
    for (int k = 0; k <= P; k++) {
      double m = nu * (2 * k - P) / sqrt((double)N);
      p += w[k] * exp(-0.5 * (x - m) * (x - m));
    }
    p /= sqrt(2 * M_PI);
    if (p > 0)
      sum -= p * log(p);
  }
  free(w);
  return sum * h - 0.5 * log(2 * M_PI * M_E);
}

static void check_entropy_per_weight(const Ledger_options *o, Ledger_result *r)
{
  Ledger_identity(r, entropy_per_weight_residual, NULL, o->prec, 8);
  double mixture = binomial_mixture_entropy(400, 400, 1);
  Ledger_field_double(r, "printed", log(2));
  Ledger_field_double(r, "gaussian", 0.5 * log(2));
  Ledger_field_double(r, "mixture_P400", mixture);
  Ledger_found(r, "dS(omega_n) = %.4f (-int p ln p by quadrature; %.4f for the exact mixture at "
               "N = P = 400) vs printed ln(1 + alpha nu^2) = %.4f at alpha = nu = 1",
               log(2) - Ledger_field_value(r, "residual"), mixture, log(2));
}
#line 3535 "noweb/learning.nw"
static int eta_from_definitions(mpfr_t out, const mpfr_t a, const mpfr_t n, int sudden)
{
  mpfr_prec_t w = guarded(out);
  mpfr_t p, info, s1, s0, q, one, inf;
  mpfr_inits2(w, p, info, s1, s0, q, one, inf, (mpfr_ptr)0);
  int status = Learning_pc_by_parts(p, a, n);
  Num_binary_entropy(info, p);
  mpfr_const_log2(p, MPFR_RNDN);
  mpfr_sub(info, p, info, MPFR_RNDN);            /* ln 2 - S(p_C), p_C integrated by parts */
  mpfr_mul(info, info, a, MPFR_RNDN);
  mpfr_sqr(s1, n, MPFR_RNDN);
  mpfr_mul(s1, s1, a, MPFR_RNDN);
  mpfr_add_ui(s1, s1, 1, MPFR_RNDN);
  status |= normal_entropy(s1, s1);              /* -int p ln p of N(0, 1 + alpha nu^2) */
  mpfr_set_ui(one, 1, MPFR_RNDN);
  status |= normal_entropy(s0, one);
  mpfr_sub(s1, s1, s0, MPFR_RNDN);
  mpfr_set_zero(q, 1);
  if (sudden) {
    mpfr_set_inf(inf, 1);
    status |= Learning_protocol_heat(q, LEARNING_SWITCH, n, one, inf);
    mpfr_mul(q, q, a, MPFR_RNDN);                /* the switch's heat, F_n^2 -> alpha */
  }
  mpfr_add(s1, s1, q, MPFR_RNDN);
  mpfr_div(out, info, s1, MPFR_RNDN);
  mpfr_clears(p, info, s1, s0, q, one, inf, (mpfr_ptr)0);
  return status;
}

static void eq22_side(mpfr_t out, Learning_entropy_formula entropy, const mpfr_t a, const mpfr_t n,
                      const mpfr_t tau, int *status)
{
  mpfr_t info, ds, q;
  mpfr_inits2(guarded(out), info, ds, q, (mpfr_ptr)0);
  *status |= Learning_info(info, a, n);
  mpfr_mul(info, info, a, MPFR_RNDN);
  entropy(ds, a, n);
  Learning_heat_per_weight(q, a, n, tau);
  mpfr_add(ds, ds, q, MPFR_RNDN);
  mpfr_div(out, info, ds, MPFR_RNDN);            /* learning eq. (22) */
  mpfr_clears(info, ds, q, (mpfr_ptr)0);
}

static void eq22_residual(mpfr_t res, mpfr_prec_t prec, void *ctx)
{
  Learning_entropy_formula entropy = *(Learning_entropy_formula *)ctx;
  static const double pts[][2] = {{1, 2}};
  mpfr_t a, n, tau, eta, def;
  mpfr_inits2(prec, a, n, tau, eta, def, (mpfr_ptr)0);
  mpfr_set_zero(res, 1);
  int status = 0;
  for (size_t i = 0; i < sizeof pts / sizeof pts[0]; i++) {
    mpfr_set_d(a, pts[i][0], MPFR_RNDN);
    mpfr_set_d(n, pts[i][1], MPFR_RNDN);
    for (int sudden = 0; sudden <= 1; sudden++) {
      if (sudden)
        mpfr_set_ui_2exp(tau, 1, -(long)prec - 8, MPFR_RNDN);
      else
        mpfr_set_inf(tau, 1);
      eq22_side(eta, entropy, a, n, tau, &status);
      status |= eta_from_definitions(def, a, n, sudden);
      Ledger_widen(res, eta, def);
    }
  }
  if (status)
    mpfr_set_nan(res);
  mpfr_clears(a, n, tau, eta, def, (mpfr_ptr)0);
}

void Learning_eq22_limits(Ledger_result *r, Learning_entropy_formula entropy, mpfr_prec_t prec)
{
  Ledger_identity(r, eq22_residual, &entropy, prec, 8);
}

static void check_eq22(const Ledger_options *o, Ledger_result *r)
{
  Learning_eq22_limits(r, Learning_entropy_per_weight, o->prec);
}
#line 3635 "noweb/learning.nw"
static double eq16_slack_double(const Learning_bound_form *b, double a, double n, int sudden)
{
  double ds = 0.5 * log1p(a * n * n), q = sudden ? 0.5 * a * n * n : 0;
  double info = Learning_info_double(a, n) * (b->alpha_on_info ? a : 1);
  return (b->entropy * ds + b->heat * q - b->info * info) / (ds + q);
}

typedef struct {
  const Learning_bound_form *form;
  double alpha, nu, eta;
  int sudden;
} Eq16_point;

static void eq16_slack(mpfr_t slack, char *where, size_t size, mpfr_prec_t prec, void *ctx)
{
  Eq16_point *e = ctx;
  mpfr_t a, n, info, ds, q, abs_slack;
  mpfr_inits2(prec, a, n, info, ds, q, abs_slack, (mpfr_ptr)0);
  mpfr_set_d(a, e->alpha, MPFR_RNDN);
  mpfr_set_d(n, e->nu, MPFR_RNDN);
  int status = Learning_info(info, a, n);
  if (e->form->alpha_on_info)
    mpfr_mul(info, info, a, MPFR_RNDN);
  Learning_entropy_per_weight(ds, a, n);
  mpfr_set_zero(q, 1);                           /* tau -> inf */
  if (e->sudden) {
    mpfr_sqr(q, n, MPFR_RNDN);
    mpfr_mul(q, q, a, MPFR_RNDN);
    mpfr_div_2ui(q, q, 1, MPFR_RNDN);            /* tau -> 0: alpha nu^2 / 2 */
  }
  bound_slack(slack, abs_slack, e->form, info, ds, q);
  mpfr_add(q, q, ds, MPFR_RNDN);
  mpfr_div(q, info, q, MPFR_RNDN);
  e->eta = mpfr_get_d(q, MPFR_RNDN);
  snprintf(where, size, "alpha = %.4g, nu = %.4g, tau %s", e->alpha, e->nu,
           e->sudden ? "-> 0" : "= inf");
  if (status)
    mpfr_set_nan(slack);
  mpfr_clears(a, n, info, ds, q, abs_slack, (mpfr_ptr)0);
}

void Learning_eq16(Ledger_result *r, const Learning_bound_form *form, mpfr_prec_t prec)
{
  Eq16_point worst = {form, 0, 0, NAN, 0};
  double best = INFINITY;
  for (int i = 1; i < GRID_A; i++)
    for (int j = 1; j < GRID_N; j++)
      for (int sudden = 0; sudden <= 1; sudden++) {
        double s = eq16_slack_double(form, grid_alpha(i), grid_nu(j), sudden);
        if (s < best)
          best = s, worst.alpha = grid_alpha(i), worst.nu = grid_nu(j), worst.sudden = sudden;
      }
  Ledger_inequality_mpfr(r, eq16_slack, &worst, prec);
  Ledger_field_double(r, "max_eta", worst.eta);
}

static void check_eq16(const Ledger_options *o, Ledger_result *r)
{
  Learning_eq16(r, &Learning_bound_printed, o->prec);
  Ledger_field_double(r, "max_eta_printed_dS", 0.5 * Ledger_field_value(r, "max_eta"));
}
#line 3727 "noweb/learning.nw"
static void s37_residual(mpfr_t res, mpfr_prec_t prec, void *ctx)
{
  (void)ctx;
  mpfr_t nu, joint, single;
  mpfr_inits2(prec, nu, joint, single, (mpfr_ptr)0);
  mpfr_set_ui(nu, 2, MPFR_RNDN);
  int status = Learning_toy_entropy(joint, nu);  /* I(omega : sigma_T) */
  mpfr_sqrt_ui(nu, 2, MPFR_RNDN);
  status |= Learning_toy_entropy(single, nu);    /* I(omega_n : sigma_T) */
  mpfr_mul_2ui(single, single, 1, MPFR_RNDN);
  mpfr_sub(res, single, joint, MPFR_RNDN);
  if (status)
    mpfr_set_nan(res);
  mpfr_clears(nu, joint, single, (mpfr_ptr)0);
}

static void check_s37(const Ledger_options *o, Ledger_result *r)
{
  Ledger_identity(r, s37_residual, NULL, o->prec, 8);
  mpfr_t nu, v;
  mpfr_inits2(64, nu, v, (mpfr_ptr)0);
  mpfr_set_ui(nu, 2, MPFR_RNDN);
  Learning_toy_entropy(v, nu);
  Ledger_field_mpfr(r, "I_joint", v, 10);
  mpfr_sqrt_ui(nu, 2, MPFR_RNDN);
  Learning_toy_entropy(v, nu);
  mpfr_mul_2ui(v, v, 1, MPFR_RNDN);
  Ledger_field_mpfr(r, "I_sum_of_weights", v, 10);
  mpfr_clears(nu, v, (mpfr_ptr)0);
  Ledger_found(
      r, "sum_n I(omega_n : sigma_T) = %.4f vs I(omega : sigma_T) = %.4f at N = 2, P = 1, nu = 2",
      Ledger_field_value(r, "I_sum_of_weights"), Ledger_field_value(r, "I_joint"));
}
#line 3774 "noweb/learning.nw"
static void s52_residual(mpfr_t res, mpfr_prec_t prec, void *ctx)
{
  (void)ctx;
  mpfr_t one, v, sum, pm;
  mpfr_inits2(prec, one, v, sum, pm, (mpfr_ptr)0);
  mpfr_set_ui(one, 1, MPFR_RNDN);
  mpfr_set_zero(sum, 1);
  int status = 0;
  for (int sT = -1; sT <= 1; sT += 2) {
    mpfr_set_si(pm, sT, MPFR_RNDN);              /* mean nu sigma_T xi with nu = xi = 1 */
    status |= Learning_pc(v, one, pm);           /* sigma = +1: <s(omega)> */
    mpfr_add(sum, sum, v, MPFR_RNDN);
    status |= Learning_pc_error(v, one, pm);     /* sigma = -1: <s(-omega)> */
    mpfr_add(sum, sum, v, MPFR_RNDN);
  }
  mpfr_sub(res, sum, one, MPFR_RNDN);
  if (status)
    mpfr_set_nan(res);
  mpfr_clears(one, v, sum, pm, (mpfr_ptr)0);
}

static void check_s52(const Ledger_options *o, Ledger_result *r)
{
  Ledger_identity(r, s52_residual, NULL, o->prec, 8);
  Ledger_found(
      r,
      "the printed (S52), summed over sigma_T^mu, sigma^mu and integrated over omega, is %.4f, "
      "not 1 (N = 1, alpha = nu = 1)",
      1 + Ledger_field_value(r, "residual"));
}
#line 3824 "noweb/learning.nw"
static void s60_overlaps(long *with, long *without)
{
  enum { N = 8, P = 4 };
  uint64_t state = 61;
  int xi[P][N], label[P];
  for (int m = 0; m < P; m++) {
    label[m] = lcg_uniform(&state) < 0.5 ? -1 : 1;
    for (int n = 0; n < N; n++)
      xi[m][n] = lcg_uniform(&state) < 0.5 ? -1 : 1;
  }
  *with = *without = 0;
  for (int rho = 1; rho < P; rho++) {
    long overlap = 0;
    for (int n = 0; n < N; n++)
      overlap += xi[rho][n] * xi[0][n];
    *with += label[rho] * label[0] * overlap;    /* (S59) */
    *without += label[0] * overlap;              /* (S60) as printed */
  }
}

static void s60_residual(mpfr_t res, mpfr_prec_t prec, void *ctx)
{
  (void)ctx;
  long with, without;
  s60_overlaps(&with, &without);
  mpfr_t d;
  mpfr_init2(d, prec);
  mpfr_set_si(d, with - without, MPFR_RNDN);
  mpfr_div_ui(res, d, 8, MPFR_RNDN);             /* the overlap terms differ by this over N = 8 */
  mpfr_clear(d);
}

static void check_s60(const Ledger_options *o, Ledger_result *r)
{
  Ledger_identity(r, s60_residual, NULL, o->prec, 8);
  long with, without;
  s60_overlaps(&with, &without);
  Ledger_found(r, "overlap term (nu/N) sum_rho ... = %g by (S59) vs %g as printed in (S60) "
               "(one sample, N = 8, P = 4, nu = 1)", with / 8.0, without / 8.0);
}
#line 3901 "noweb/learning.nw"
static void check_inset(const Ledger_options *o, Ledger_result *r)
{
  mpfr_t a, n, tau, e0, einf;
  mpfr_inits2(o->prec, a, n, tau, e0, einf, (mpfr_ptr)0);
  mpfr_set_ui(a, 1, MPFR_RNDN);
  mpfr_set_ui(n, 2, MPFR_RNDN);
  mpfr_set_ui_2exp(tau, 1, -(long)o->prec - 8, MPFR_RNDN);
  Learning_eta(e0, a, n, tau);
  mpfr_set_inf(tau, 1);
  Learning_eta(einf, a, n, tau);
  Ledger_field_mpfr(r, "eta_tau0", e0, 10);
  Ledger_field_mpfr(r, "eta_tauinf", einf, 10);
  Ledger_field_text(r, "caption", "tau->0 solid, tau->inf dashed");
  Ledger_field_text(r, "text", "tau->inf solid");
  Ledger_say(
      r, LEDGER_REFUTED,
      "caption: tau->0 solid, tau->inf dashed; text: tau->inf solid (eta_inf %.4g > eta_0 %.4g at "
      "alpha = 1, nu = 2)",
      mpfr_get_d(einf, MPFR_RNDN), mpfr_get_d(e0, MPFR_RNDN));
  Ledger_found(
      r,
      "caption: tau -> 0 solid, tau -> inf dashed; text: tau -> inf solid; our eta~ = %.4f "
      "(tau -> inf) > %.4f (tau -> 0) at alpha = 1, nu = 2",
      mpfr_get_d(einf, MPFR_RNDN), mpfr_get_d(e0, MPFR_RNDN));
  mpfr_clears(a, n, tau, e0, einf, (mpfr_ptr)0);
}
#line 3946 "noweb/learning.nw"
typedef struct {
  double alpha, nu_lo, nu_hi, eta_lo, eta_hi;
  int sudden;
} Inset_order;

static void inset_order_slack(mpfr_t min, char *where, size_t size, mpfr_prec_t prec, void *ctx)
{
  static const double alphas[] = {0.01, 0.1, 1, 10}, nus[] = {0.5, 1, 2, 5, 10};
  Inset_order *worst = ctx;
  mpfr_t a, n, tau, e0, e1, d;
  mpfr_inits2(prec, a, n, tau, e0, e1, d, (mpfr_ptr)0);
  mpfr_set_inf(min, 1);
  int status = 0;
  for (int i = 0; i < 4; i++)
    for (int sudden = 0; sudden <= 1; sudden++)
      for (int k = 0; k + 1 < 5; k++) {
        mpfr_set_d(a, alphas[i], MPFR_RNDN);
        if (sudden)
          mpfr_set_ui_2exp(tau, 1, -(long)prec - 8, MPFR_RNDN);
        else
          mpfr_set_inf(tau, 1);
        mpfr_set_d(n, nus[k], MPFR_RNDN);
        status |= Learning_eta(e0, a, n, tau);
        mpfr_set_d(n, nus[k + 1], MPFR_RNDN);
        status |= Learning_eta(e1, a, n, tau);
        mpfr_sub(d, e1, e0, MPFR_RNDN);          /* the caption: eta~ grows with nu */
        if (mpfr_less_p(d, min)) {
          mpfr_set(min, d, MPFR_RNDN);
          *worst = (Inset_order){alphas[i], nus[k], nus[k + 1], mpfr_get_d(e0, MPFR_RNDN),
                                 mpfr_get_d(e1, MPFR_RNDN), sudden};
          snprintf(where, size, "alpha = %g, nu = %g to %g, tau %s", alphas[i], nus[k], nus[k + 1],
                   sudden ? "-> 0" : "= inf");
        }
      }
  if (status)
    mpfr_set_nan(min);
  mpfr_clears(a, n, tau, e0, e1, d, (mpfr_ptr)0);
}

static void check_inset_order(const Ledger_options *o, Ledger_result *r)
{
  Inset_order w = {0};
  Ledger_inequality_mpfr(r, inset_order_slack, &w, o->prec);
  Ledger_found(r, "caption: nu grows from bottom to top in both panels; our eta~ = %.4f at "
               "nu = %g but %.4f at nu = %g (alpha = %g, tau %s)", w.eta_lo, w.nu_lo, w.eta_hi,
               w.nu_hi, w.alpha, w.sudden ? "-> 0" : "-> inf");
}
#line 4006 "noweb/learning.nw"
static double tanh_worst_of_gamma(double g)
{
  double x;
  const Tanh_approx t = {erf_of_gamma_x_half, g};
  return tanh_erf_worst(&t, &x);
}

void Learning_s66(Ledger_result *r, Learning_tanh_approx approx)
{
  double x;
  const Tanh_approx t = {approx, 0.8};
  double w = tanh_erf_worst(&t, &x);
  char where[48];
  snprintf(where, sizeof where, "x = %.6f", x);
  Ledger_approximation(r, w, where, 0);
  Ledger_found(r, "max |tanh(x/2) - erf(2x/5)| = %.4f at x = %.4f", w, x);
}

static void check_s66(const Ledger_options *o, Ledger_result *r)
{
  (void)o;
  Learning_s66(r, erf_of_gamma_x_half);
  const double ratio = 0.6180339887498949;
  double lo = 0.7, hi = 0.95, x1 = hi - ratio * (hi - lo), x2 = lo + ratio * (hi - lo);
  double f1 = tanh_worst_of_gamma(x1), f2 = tanh_worst_of_gamma(x2);
  for (int k = 0; k < 40; k++)
    if (f1 < f2)
      hi = x2, x2 = x1, f2 = f1, x1 = hi - ratio * (hi - lo), f1 = tanh_worst_of_gamma(x1);
    else
      lo = x1, x1 = x2, f1 = f2, x2 = lo + ratio * (hi - lo), f2 = tanh_worst_of_gamma(x2);
  Ledger_field_double(r, "minimax_gamma", f1 < f2 ? x1 : x2);
  Ledger_field_double(r, "minimax_error", f1 < f2 ? f1 : f2);
}
#line 4049 "noweb/learning.nw"
typedef struct {
  mpfr_t A, B, a, b;
} Erf_ctx;

static void erf_gauss_integrand(mpfr_t y, const mpfr_t z, void *ctx)
{
  Erf_ctx *e = ctx;
  mpfr_prec_t p = mpfr_get_prec(y) + 8;
  if (mpfr_get_prec(e->a) != p)
    mpfr_set_prec(e->a, p), mpfr_set_prec(e->b, p);
  mpfr_mul(e->a, e->B, z, MPFR_RNDN);
  mpfr_add(e->a, e->a, e->A, MPFR_RNDN);
  mpfr_erf(e->a, e->a, MPFR_RNDN);
  mpfr_sqr(e->b, z, MPFR_RNDN);
  mpfr_div_2ui(e->b, e->b, 1, MPFR_RNDN);
  mpfr_neg(e->b, e->b, MPFR_RNDN);
  mpfr_exp(e->b, e->b, MPFR_RNDN);
  mpfr_mul(y, e->a, e->b, MPFR_RNDN);
}

static int erf_gauss_average(mpfr_t out, const mpfr_t a, const mpfr_t b, const mpfr_t c,
                             const mpfr_t d)
{
  mpfr_prec_t w = guarded(out);
  Erf_ctx e;
  mpfr_inits2(w, e.A, e.B, e.a, e.b, (mpfr_ptr)0);
  mpfr_mul(e.A, a, c, MPFR_RNDN);
  mpfr_add(e.A, e.A, b, MPFR_RNDN);              /* erf(A + B z): A = ac + b, B = ad */
  mpfr_mul(e.B, a, d, MPFR_RNDN);
  mpfr_t v, lo, hi, z0, n;
  mpfr_inits2(w, v, lo, hi, z0, n, (mpfr_ptr)0);
  mpfr_set_inf(lo, -1);
  mpfr_set_inf(hi, 1);
  mpfr_div(z0, e.A, e.B, MPFR_RNDN);
  mpfr_neg(z0, z0, MPFR_RNDN);
  int status = integrate_with_breaks(v, erf_gauss_integrand, &e, lo, hi, mpfr_number_p(z0) ? 1 : 0,
                                     (const mpfr_t *)&z0);
  mpfr_set_ui(n, 1, MPFR_RNDN);
  gauss_norm(n, n);
  mpfr_div(out, v, n, MPFR_RNDN);
  mpfr_clears(e.A, e.B, e.a, e.b, v, lo, hi, z0, n, (mpfr_ptr)0);
  return status;
}

static void erf_closed_form(mpfr_t out, const mpfr_t a, const mpfr_t b, const mpfr_t c,
                            const mpfr_t d)
{
  mpfr_t x, y;
  mpfr_inits2(guarded(out), x, y, (mpfr_ptr)0);
  mpfr_mul(x, a, d, MPFR_RNDN);
  mpfr_sqr(x, x, MPFR_RNDN);
  mpfr_mul_2ui(x, x, 1, MPFR_RNDN);
  mpfr_add_ui(x, x, 1, MPFR_RNDN);
  mpfr_sqrt(x, x, MPFR_RNDN);
  mpfr_mul(y, a, c, MPFR_RNDN);
  mpfr_add(y, y, b, MPFR_RNDN);
  mpfr_div(y, y, x, MPFR_RNDN);
  mpfr_erf(out, y, MPFR_RNDN);                   /* learning (S67) */
  mpfr_clears(x, y, (mpfr_ptr)0);
}

static void s67_residual(mpfr_t res, mpfr_prec_t prec, void *ctx)
{
  Learning_s67_formula closed = *(Learning_s67_formula *)ctx;
  uint64_t state = 67;
  mpfr_t a, b, c, d, x, y;
  mpfr_inits2(prec, a, b, c, d, x, y, (mpfr_ptr)0);
  mpfr_set_zero(res, 1);
  for (int i = 0; i < 4; i++) {
    mpfr_set_d(a, -3 + 6 * lcg_uniform(&state), MPFR_RNDN);
    mpfr_set_d(b, -2 + 4 * lcg_uniform(&state), MPFR_RNDN);
    mpfr_set_d(c, -3 + 6 * lcg_uniform(&state), MPFR_RNDN);
    mpfr_set_d(d, 0.3 + 2.7 * lcg_uniform(&state), MPFR_RNDN);
    if (erf_gauss_average(x, a, b, c, d) != 0) {
      mpfr_set_nan(res);
      break;
    }
    closed(y, a, b, c, d);
    Ledger_widen(res, x, y);
  }
  mpfr_clears(a, b, c, d, x, y, (mpfr_ptr)0);
}

void Learning_s67(Ledger_result *r, Learning_s67_formula closed, mpfr_prec_t prec)
{
  Ledger_identity(r, s67_residual, &closed, prec, 8);
}

static void check_s67(const Ledger_options *o, Ledger_result *r)
{
  Learning_s67(r, erf_closed_form, o->prec);
}
#line 4155 "noweb/learning.nw"
static void s68_residual(mpfr_t res, mpfr_prec_t prec, void *ctx)
{
  Learning_s68_formula closed = *(Learning_s68_formula *)ctx;
  mpfr_t al, nu, g, a, b, c, d, x, y;
  mpfr_inits2(prec, al, nu, g, a, b, c, d, x, y, (mpfr_ptr)0);
  set_ratio(g, 4, 5);
  mpfr_set_zero(res, 1);
  for (size_t i = 0; i < 2; i++) {
    mpfr_set_d(al, eq20_points[i][0], MPFR_RNDN);
    mpfr_set_d(nu, eq20_points[i][1], MPFR_RNDN);
    mpfr_div_2ui(a, g, 1, MPFR_RNDN);
    mpfr_set_zero(b, 1);
    mpfr_set(c, nu, MPFR_RNDN);
    mpfr_sqr(d, nu, MPFR_RNDN);
    mpfr_mul(d, d, al, MPFR_RNDN);
    mpfr_add_ui(d, d, 1, MPFR_RNDN);
    mpfr_sqrt(d, d, MPFR_RNDN);
    if (erf_gauss_average(x, a, b, c, d) != 0) {
      mpfr_set_nan(res);
      break;
    }
    mpfr_add_ui(x, x, 1, MPFR_RNDN);
    mpfr_div_2ui(x, x, 1, MPFR_RNDN);
    closed(y, al, nu, g);
    Ledger_widen(res, x, y);
  }
  mpfr_clears(al, nu, g, a, b, c, d, x, y, (mpfr_ptr)0);
}

void Learning_s68(Ledger_result *r, Learning_s68_formula closed, mpfr_prec_t prec)
{
  Ledger_identity(r, s68_residual, &closed, prec, 8);
}

static void check_s68(const Ledger_options *o, Ledger_result *r)
{
  Learning_s68(r, Learning_pc_erf_gamma, o->prec);
}

static void s69_residual(mpfr_t res, mpfr_prec_t prec, void *ctx)
{
  const Learning_s69_form *form = ctx;
  mpfr_t al, nu, g, x, y;
  mpfr_inits2(prec, al, nu, g, x, y, (mpfr_ptr)0);
  set_ratio(g, 4, 5);
  mpfr_set_zero(res, 1);
  for (size_t i = 0; i < 3; i++) {
    mpfr_set_d(al, eq20_points[i][0], MPFR_RNDN);
    mpfr_set_d(nu, eq20_points[i][1], MPFR_RNDN);
    Learning_pc_erf_gamma(x, al, nu, g);
    mpfr_sqr(y, nu, MPFR_RNDN);
    mpfr_mul(y, y, al, MPFR_RNDN);
    mpfr_mul_si(y, y, form->alpha_num, MPFR_RNDN);
    mpfr_div_si(y, y, form->alpha_den, MPFR_RNDN);
    set_ratio(g, form->num, form->den);          /* 25/16 + 1/2 */
    mpfr_add(y, y, g, MPFR_RNDN);
    set_ratio(g, 4, 5);
    mpfr_sqrt(y, y, MPFR_RNDN);
    mpfr_ui_div(y, 1, y, MPFR_RNDN);
    mpfr_mul(y, y, nu, MPFR_RNDN);
    mpfr_div_2ui(y, y, 1, MPFR_RNDN);
    mpfr_erf(y, y, MPFR_RNDN);
    mpfr_add_ui(y, y, 1, MPFR_RNDN);
    mpfr_div_2ui(y, y, 1, MPFR_RNDN);            /* learning (S69) */
    Ledger_widen(res, x, y);
  }
  mpfr_clears(al, nu, g, x, y, (mpfr_ptr)0);
}

const Learning_s69_form Learning_s69_printed = {33, 16, 1, 2};

void Learning_s69(Ledger_result *r, const Learning_s69_form *form, mpfr_prec_t prec)
{
  Ledger_identity(r, s69_residual, (void *)form, prec, 8);
}

static void check_s69(const Ledger_options *o, Ledger_result *r)
{
  Learning_s69(r, &Learning_s69_printed, o->prec);
}
#line 4242 "noweb/learning.nw"
static void std_normal_density(mpfr_t y, const mpfr_t z, void *ctx)
{
  (void)ctx;
  mpfr_sqr(y, z, MPFR_RNDN);
  mpfr_div_2ui(y, y, 1, MPFR_RNDN);
  mpfr_neg(y, y, MPFR_RNDN);
  mpfr_exp(y, y, MPFR_RNDN);
}

static void s71_residual(mpfr_t res, mpfr_prec_t prec, void *ctx)
{
  Learning_s70_formula closed = *(Learning_s70_formula *)ctx;
  mpfr_prec_t w = prec + LEARNING_GUARD;
  mpfr_t al, nu, x, lo, hi, s, n, err;
  mpfr_inits2(prec, al, nu, x, (mpfr_ptr)0);
  mpfr_inits2(w, lo, hi, s, n, (mpfr_ptr)0);
  mpfr_init2(err, 64);
  mpfr_set_zero(res, 1);
  for (size_t i = 0; i < 3; i++) {
    mpfr_set_d(al, eq20_points[i][0], MPFR_RNDN);
    mpfr_set_d(nu, eq20_points[i][1], MPFR_RNDN);
    mpfr_sqr(s, nu, MPFR_RNDN);
    mpfr_mul(s, s, al, MPFR_RNDN);
    mpfr_div_2ui(s, s, 2, MPFR_RNDN);
    mpfr_add_ui(s, s, 1, MPFR_RNDN);
    mpfr_sqrt(s, s, MPFR_RNDN);
    mpfr_div_2ui(lo, nu, 1, MPFR_RNDN);
    mpfr_div(lo, lo, s, MPFR_RNDN);
    mpfr_neg(lo, lo, MPFR_RNDN);
    mpfr_set_inf(hi, 1);
    if (Num_integrate(n, err, std_normal_density, NULL, lo, hi, 0, NULL) != 0) {
      mpfr_set_nan(res);
      break;
    }
    mpfr_set_ui(s, 1, MPFR_RNDN);
    gauss_norm(s, s);
    mpfr_div(n, n, s, MPFR_RNDN);                /* P(Delta > 0 | alpha, nu/2) */
    closed(x, al, nu);
    Ledger_widen(res, x, n);
  }
  mpfr_clears(al, nu, x, lo, hi, s, n, err, (mpfr_ptr)0);
}

void Learning_s71(Ledger_result *r, Learning_s70_formula closed, mpfr_prec_t prec)
{
  Ledger_identity(r, s71_residual, &closed, prec, 8);
}

static void check_s71(const Ledger_options *o, Ledger_result *r)
{
  Learning_s71(r, Learning_pc_erf, o->prec);
}
#line 4309 "noweb/learning.nw"
static double s70_minus_s68(double alpha, double nu, const void *ctx)
{
  const double c = *(const double *)ctx, g = 0.8;
  double s70 = 0.5 + 0.5 * erf(nu / 2 / sqrt(c + alpha * nu * nu / 2));   /* (S70): c = 2 */
  return s70 - erf_approx_gamma(alpha, nu, &g);
}

static void say_worst(Ledger_result *r, Worst w)
{
  char where[64];
  snprintf(where, sizeof where, "alpha = %.6f, nu = %.6f", w.alpha, w.nu);
  Ledger_approximation(r, w.value, where, 0);
}

void Learning_s70(Ledger_result *r, double c)
{
  Worst w = worst_error(NULL, s70_minus_s68, &c);
  say_worst(r, w);
  Ledger_found(r, "max |(S70) - (S69)| = %.4f at alpha = %.3g, nu = %.4f", w.value, w.alpha, w.nu);
}

static void check_s70(const Ledger_options *o, Ledger_result *r)
{
  (void)o;
  Learning_s70(r, 2);
}

static double call_pc_approx(double alpha, double nu, const void *ctx)
{
  return (*(const Learning_pc_approx *)ctx)(alpha, nu);
}

void Learning_pc_erf_worst(Ledger_result *r, Learning_pc_approx approx)
{
  Pc_table *t = pc_table_new();
  Worst w = worst_error(t, call_pc_approx, &approx);
  say_worst(r, w);
  Ledger_found(r, "max |p_C - p(Delta > 0 | alpha, nu/2)| = %.4f at alpha = %.3g, nu = %.4f",
               w.value, w.alpha, w.nu);
  const double g = 0.8;
  w = worst_error(t, erf_approx_gamma, &g);
  Ledger_field_double(r, "worst_S68_gamma_0.8", w.value);
  Ledger_field_double(r, "worst_S68_at_nu", w.nu);
  free(t);
}

static void check_pc_erf(const Ledger_options *o, Ledger_result *r)
{
  (void)o;
  Learning_pc_erf_worst(r, pc_erf_final);
}
#line 4375 "noweb/learning.nw"
static void check_best_gamma(const Ledger_options *o, Ledger_result *r)
{
  (void)o;
  Pc_table *t = pc_table_new();
  Worst w;
  double g = best_gamma(t, 0.7, 0.95, &w);
  say_worst(r, w);
  Ledger_field_double(r, "gamma_best", g);
  Worst w23;
  worst_for_gamma(t, sqrt(2.0 / 3.0), &w23);
  Ledger_field_double(r, "worst_at_sqrt_2_3", w23.value);
  Ledger_found(r, "best gamma = %.4f (sqrt(2/3) = %.4f), worst error %.5f vs %.5f at sqrt(2/3)", g,
               sqrt(2.0 / 3.0), w.value, w23.value);
  free(t);
}
#line 4402 "noweb/learning.nw"
enum { FIG3_N = 10000, FIG3_CLAIM_REALIZATIONS = 16 };

static void check_fig3_mc(const Ledger_options *o, Ledger_result *r)
{
  Ledger_mc pc, info;
  Learning_fig3_mc(&pc, &info, 1, 2, FIG3_N, o->seed,
                   o->samples ? o->samples : FIG3_CLAIM_REALIZATIONS, o->threads);
  Ledger_stochastic(r, &pc, 4);
  Ledger_field_double(r, "info_estimate", info.estimate);
  Ledger_field_double(r, "info_stderr", info.stderr_);
  Ledger_field_double(r, "info_exact", info.exact);
  Ledger_field_double(r, "info_z", info.z);
}
#line 4437 "noweb/learning.nw"
static int write_fig2(const char *dir)
{
  static const double taus[] = {0.1, 1, 10, 100, INFINITY};
  Ledger_out o;
  if (!Ledger_open_data(&o, dir, "learning-fig2.tsv"))
    return -1;
  fputs("# nu\teta(tau=0.1)\teta(1)\teta(10)\teta(100)\teta(inf)\tI\tdS"
        "  (learning eq. (11), N = P = 1)\n", o.f);
  mpfr_t nu, zero, one, tau, info, ds, q;
  mpfr_inits2(64, nu, zero, one, tau, info, ds, q, (mpfr_ptr)0);
  mpfr_set_zero(zero, 1);
  mpfr_set_ui(one, 1, MPFR_RNDN);
  int status = 0;
  for (int i = 1; i <= 100; i++) {
    mpfr_set_ui(nu, (unsigned long)i, MPFR_RNDN);
    mpfr_div_ui(nu, nu, 10, MPFR_RNDN);
    status |= Learning_info(info, zero, nu);
    status |= Learning_toy_entropy(ds, nu);
    fprintf(o.f, "%.2f", i / 10.0);
    for (int k = 0; k < 5; k++) {
      mpfr_set_d(tau, taus[k], MPFR_RNDN);
      Learning_heat(q, nu, one, tau);
      mpfr_add(q, q, ds, MPFR_RNDN);
      mpfr_div(q, info, q, MPFR_RNDN);
      mpfr_fprintf(o.f, "\t%.10Re", q);
    }
    mpfr_fprintf(o.f, "\t%.10Re\t%.10Re\n", info, ds);
  }
  mpfr_clears(nu, zero, one, tau, info, ds, q, (mpfr_ptr)0);
  return Ledger_close_data(&o, status == 0);
}
#line 4500 "noweb/learning.nw"
static const double fig3_nus[] = {0.5, 1, 2, 5, 10};
enum { FIG3_NNU = 5 };

static int write_fig3_curves(const char *dir)
{
  Ledger_out o;
  if (!Ledger_open_data(&o, dir, "learning-fig3.tsv"))
    return -1;
  fputs("# alpha\tnu\tI (eq. 21)\tI_erf (S70)\teta_tau0\teta_tauinf  (learning eqs. (20)-(22))\n",
        o.f);
  mpfr_t a, n, tau, v, e0, einf, p;
  mpfr_inits2(64, a, n, tau, v, e0, einf, p, (mpfr_ptr)0);
  int status = 0;
  for (int j = 0; j < FIG3_NNU; j++) {
    for (int i = 0; i <= 60; i++) {
      double alpha = pow(10, -2 + i / 20.0);
      mpfr_set_d(a, alpha, MPFR_RNDN);
      mpfr_set_d(n, fig3_nus[j], MPFR_RNDN);
      status |= Learning_info(v, a, n);
      Learning_pc_erf(p, a, n);
      double pe = mpfr_get_d(p, MPFR_RNDN), ie = log(2) + pe * log(pe) + (1 - pe) * log1p(-pe);
      mpfr_set_ui_2exp(tau, 1, -80, MPFR_RNDN);
      status |= Learning_eta(e0, a, n, tau);
      mpfr_set_inf(tau, 1);
      status |= Learning_eta(einf, a, n, tau);
      mpfr_fprintf(o.f, "%.6g\t%g\t%.10Re\t%.10e\t%.10Re\t%.10Re\n", alpha, fig3_nus[j], v, ie, e0,
                   einf);
    }
    fputs("\n\n", o.f);
  }
  mpfr_clears(a, n, tau, v, e0, einf, p, (mpfr_ptr)0);
  return Ledger_close_data(&o, status == 0);
}
#line 4549 "noweb/learning.nw"
enum { FIG3_NALPHA = 7, FIG3_REALIZATIONS = 16 };
static const double fig3_alphas[FIG3_NALPHA] = {0.01, 0.03, 0.1, 0.3, 1, 3, 10};

static int write_fig3_mc(const char *dir, const Ledger_options *opt)
{
  Ledger_out o;
  if (!Ledger_open_data(&o, dir, "learning-fig3-mc.tsv"))
    return -1;
  double (*pc)[FIG3_REALIZATIONS][FIG3_NNU] =
    malloc(sizeof(double[FIG3_NALPHA][FIG3_REALIZATIONS][FIG3_NNU]));
  assert(pc != NULL);
  int nthreads = opt->threads > 0 ? opt->threads : omp_get_max_threads();
  const int total = FIG3_NALPHA * FIG3_REALIZATIONS;
#pragma omp parallel for schedule(dynamic, 1) num_threads(nthreads)
  for (int k = 0; k < total; k++) {
    int i = FIG3_NALPHA - 1 - k / FIG3_REALIZATIONS, r = k % FIG3_REALIZATIONS;
    Fig3_run f = {FIG3_N, (int)floor(fig3_alphas[i] * FIG3_N + 0.5), FIG3_NNU, fig3_nus, opt->seed};
    fig3_realization(&f, (uint64_t)r, pc[i][r]);
  }
  fputs("# alpha\tnu\tpc\tpc_stderr\tI\tI_stderr\tI_exact\tz  (N = 10000, 16 realisations)\n", o.f);
  for (int j = 0; j < FIG3_NNU; j++) {
    for (int i = 0; i < FIG3_NALPHA; i++) {
      Stats s;
      Stats_init(&s);
      for (int r = 0; r < FIG3_REALIZATIONS; r++)
        Stats_add(&s, pc[i][r][j]);
      double exact_pc, exact_info;
      exact_pc_info(fig3_alphas[i], fig3_nus[j], &exact_pc, &exact_info);
      Ledger_mc info;
      info_estimate(&info, Stats_mean(&s), Stats_stderr(&s), exact_info, s.n);
      fprintf(o.f, "%g\t%g\t%.10g\t%.3g\t%.10g\t%.3g\t%.10g\t%.3f\n", fig3_alphas[i], fig3_nus[j],
              Stats_mean(&s), Stats_stderr(&s), info.estimate, info.stderr_, info.exact, info.z);
    }
    fputs("\n\n", o.f);
  }
  free(pc);
  return Ledger_close_data(&o, 1);
}

static int write_data(const char *dir, const Ledger_options *opt)
{
  return write_fig2(dir) | write_fig3_curves(dir) | write_fig3_mc(dir, opt);
}
#line 4648 "noweb/learning.nw"
static const Ledger_claim claims[] = {
  {"learning.eq13.quadrature", "learning eq. (13)", LEDGER_IDENTITY,
   "the linear ramp dissipates nu^2 F^2 (e^-tau + tau - 1)/tau^2, the integral of the heat rate",
   LEDGER_VERIFIED, check_heat_quadrature, LEDGER_PAPER,
   "dQ = nu^2 F^2 (e^-tau + tau - 1)/tau^2", NULL, 0},
  {"learning.eq13.langevin", "learning eq. (13)", LEDGER_STOCHASTIC,
   "eq. (13) is the mean heat of the weight's trajectories (simulated at nu = 2, tau = 1)",
   LEDGER_VERIFIED, check_heat_langevin, LEDGER_PAPER,
   "dQ = nu^2 F^2 (e^-tau + tau - 1)/tau^2", NULL, 53},
  {"learning.eq13.limits", "learning text after eq. (13)", LEDGER_IDENTITY,
   "no heat is dissipated for infinitely slow driving; a sudden switch dissipates nu^2 F^2/2",
   LEDGER_VERIFIED, check_heat_limits, LEDGER_PAPER,
   "lim_{tau->inf} dQ = 0; lim_{tau->0} dQ = nu^2 F^2/2", NULL, 0},
  {"learning.eq13.small_tau", "this report: the heat of a driven weight", LEDGER_IDENTITY,
   "our evaluation of eq. (13) without cancellation agrees with its Taylor series at small tau",
   LEDGER_VERIFIED, check_heat_series, LEDGER_CONSISTENCY, NULL, NULL, 0},
  {"learning.toy.entropy", "this report: one weight, one pattern", LEDGER_IDENTITY,
   "our dS(omega) of the two-Gaussian mixture as I(omega : sigma_T) agrees with -int p ln p",
   LEDGER_VERIFIED, check_toy_entropy, LEDGER_CONSISTENCY, NULL, NULL, 0},
  {"learning.toy.info", "learning eqs. (8), (21) at alpha = 0", LEDGER_IDENTITY,
   "for one weight and one sample the information of eq. (8) is ln 2 - S(p_C)",
   LEDGER_VERIFIED, check_toy_info, LEDGER_PAPER, "I(sigma_T : sigma) = ln 2 - S(p_C)", NULL, 0},
  {"learning.toy.mc", "this report: the toy model simulated", LEDGER_STOCHASTIC,
   "I, dS(omega), dQ of simulated (sigma_T, omega, sigma), gamma = 1000, match our exact values",
   LEDGER_VERIFIED, check_toy_mc, LEDGER_CONSISTENCY, NULL, NULL, 53},
  {"learning.toy.large_nu", "learning text on Fig. 2", LEDGER_IDENTITY,
   "a large learning rate drives dS(omega) and I(sigma_T : sigma) to ln 2", LEDGER_VERIFIED,
   check_toy_large_nu, LEDGER_PAPER, "dS(omega) -> ln 2 and I(sigma_T : sigma) -> ln 2 as nu grows",
   NULL, 0},
  {"learning.eq10.fig2", "learning eqs. (10), (11); Fig. 2", LEDGER_INEQUALITY,
   "one weight, one sample: I(sigma_T : sigma) <= dS(omega) + dQ, so eta <= 1 (nu, tau of Fig. 2)",
   LEDGER_VERIFIED, check_bound_fig2, LEDGER_PAPER,
   "I(sigma_T : sigma) <= dS(omega) + dQ; eta = I/(dS(omega) + dQ) <= 1", NULL, 64},
  {"learning.eq10.ramp_all_times", "learning eq. (10) and text after it", LEDGER_INEQUALITY,
   "the bound (10) holds at all times t > t_0 during and after the ramp (sampled times)",
   LEDGER_VERIFIED, check_bound_ramp, LEDGER_PAPER, "I <= dS(omega) + dQ at all times t > t_0",
   NULL, 64},
  {"learning.eq10.switch", "learning eq. (10) and text after it", LEDGER_INEQUALITY,
   "the bound (10) holds for any learning force: a suddenly switched one (sampled times)",
   LEDGER_VERIFIED, check_bound_switch, LEDGER_PAPER,
   "I <= dS(omega) + dQ for arbitrary learning algorithm f, at all times", NULL, 64},
  {"learning.eq10.quadratic", "learning eq. (10) and text after it", LEDGER_INEQUALITY,
   "the bound (10) holds for any learning force: a quadratic ramp (sampled times)",
   LEDGER_VERIFIED, check_bound_quadratic, LEDGER_PAPER,
   "I <= dS(omega) + dQ for arbitrary learning algorithm f, at all times", NULL, 64},
  {"learning.S55.mean", "learning (S55)-(S61)", LEDGER_STOCHASTIC,
   "the stability of a sample has mean nu (simulated at N = 40, P = 20)", LEDGER_VERIFIED,
   check_stability_mean, LEDGER_PAPER, "mean of Delta^mu = nu", NULL, 53},
  {"learning.S61.finite_size", "this report: random patterns at finite N", LEDGER_STOCHASTIC,
   "our finite-N variance of the stability, 1 + nu^2 (P - 1)/N, against simulation (N = 40)",
   LEDGER_VERIFIED, check_stability_finite, LEDGER_CONSISTENCY, NULL, NULL, 53},
  {"learning.S61.limit", "learning (S61); text after eq. (20)", LEDGER_STOCHASTIC,
   "the stability's variance is 1 + alpha nu^2 (simulated at N = P = 1000)", LEDGER_VERIFIED,
   check_stability_limit, LEDGER_PAPER, "variance of Delta^mu = 1 + alpha nu^2", NULL, 53},
  {"learning.eq20", "this report: the probability p_C", LEDGER_IDENTITY,
   "our p_C of eq. (20) by three quadratures that share no formula", LEDGER_VERIFIED, check_eq20,
   LEDGER_CONSISTENCY, NULL, NULL, 0},
  {"learning.eq21", "this report: the probability p_C", LEDGER_IDENTITY,
   "our cancellation-free ln 2 - S(p_C) agrees with the definition at 32 more bits",
   LEDGER_VERIFIED, check_eq21, LEDGER_CONSISTENCY, NULL, NULL, 0},
  {"learning.entropy_per_weight", "learning text before eq. (19)", LEDGER_IDENTITY,
   "the Shannon entropy of the marginal p(omega_n) changes by ln(1 + alpha nu^2)", LEDGER_REFUTED,
   check_entropy_per_weight, LEDGER_PAPER, "dS(omega_n) = ln(1 + alpha nu^2)",
   "p(omega_n) goes from N(0, 1) to N(0, 1 + alpha nu^2): entropy change (1/2) ln(1 + alpha nu^2)",
   0},
  {"learning.eq22.limits", "learning eq. (22); Fig. 3 inset", LEDGER_IDENTITY,
   "the efficiency (22) as tau -> 0 and tau -> inf, with dS(omega_n) = (1/2) ln(1 + alpha nu^2)",
   LEDGER_VERIFIED, check_eq22, LEDGER_PAPER,
   "eta~ = alpha I(sigma_T^mu : sigma^mu) / (dS(omega_n) + dQ_n)", NULL, 0},
  {"learning.eq16", "learning eq. (16); text after eq. (22)", LEDGER_INEQUALITY,
   "sum_mu I <= sum_n (dS(omega_n) + dQ_n): the efficiency (22) stays below 1, even at tau -> inf",
   LEDGER_VERIFIED, check_eq16, LEDGER_PAPER,
   "sum_mu I(sigma_T^mu : sigma^mu) <= sum_n [dS(omega_n) + dQ_n]; eta~ never reaches 1", NULL, 0},
  {"learning.S37", "learning (S32)-(S37)", LEDGER_IDENTITY,
   "the weights being uncorrelated, their informations add up to that of all weights",
   LEDGER_REFUTED, check_s37, LEDGER_PAPER, "sum_n dI(omega_n : sigma_T) = dI(omega : sigma_T)",
   "the weights are independent only given the labels; they share the labels, so the sum exceeds",
   0},
  {"learning.S52", "learning (S52)", LEDGER_IDENTITY,
   "(S52) is the joint p(sigma_T^mu, omega, sigma^mu) once the other labels are integrated out",
   LEDGER_REFUTED, check_s52, LEDGER_PAPER,
   "p(sigma_T^mu, omega, sigma^mu) = "
   "prod_n N(omega_n - nu sigma_T^mu xi_n^mu/sqrt N; 1 + alpha nu^2) x logistic factor",
   "the factor 1/2 of p(sigma_T^mu) is dropped with (1/2)^P: the printed expression sums to 2", 0},
  {"learning.S60", "learning (S59)-(S60)", LEDGER_IDENTITY,
   "(S60) rewrites (S59) for a given sample", LEDGER_REFUTED, check_s60, LEDGER_PAPER,
   "(S60): nu + (nu/N) sum_{rho != mu} sigma_T^mu xi^rho . xi^mu + sigma_T^mu xi^mu . y / sqrt N",
   "(S60) drops the label sigma_T^rho of (S59)'s overlap term: equal in law, not per sample", 0},
  {"learning.fig3.inset", "learning Fig. 3 caption; text after eq. (22)", LEDGER_IDENTITY,
   "the caption and the text give the inset's tau -> inf efficiency the same line style",
   LEDGER_REFUTED, check_inset, LEDGER_PAPER,
   "caption: tau -> 0 solid, tau -> inf dashed; text: tau -> inf solid",
   "the caption and the text assign the solid lines to opposite limits", 0},
  {"learning.fig3.inset_order", "learning Fig. 3 caption", LEDGER_INEQUALITY,
   "in both panels of Fig. 3 the curves are ordered by nu, increasing from bottom to top",
   LEDGER_REFUTED, check_inset_order, LEDGER_PAPER,
   "caption: nu grows from bottom to top in both panels",
   "in the inset the efficiency (22) falls with nu at small alpha: the information saturates, "
   "the entropy grows", 0},
  {"learning.S66", "learning (S66)", LEDGER_APPROXIMATION,
   "tanh(x/2) is approximated by erf(gamma x/2), gamma = 4/5 chosen by inspection of the graphs",
   LEDGER_APPROXIMATE, check_s66, LEDGER_PAPER, "tanh(x/2) ~ erf(gamma x/2), gamma = 4/5",
   "an approximation with no stated accuracy: its worst error is the finding", 53},
  {"learning.S67", "learning (S67)", LEDGER_IDENTITY,
   "the Gaussian average of erf(ax + b) has a closed form", LEDGER_VERIFIED, check_s67,
   LEDGER_PAPER,
   "(2 pi d^2)^(-1/2) int erf(ax + b) e^{-(x - c)^2/2d^2} dx = erf((b + ac)/sqrt(1 + 2 a^2 d^2))",
   NULL, 0},
  {"learning.S68", "learning (S68)", LEDGER_IDENTITY,
   "(S67) with a = gamma/2, b = 0, c = nu, d^2 = 1 + alpha nu^2 turns (S66) into (S68)",
   LEDGER_VERIFIED, check_s68, LEDGER_PAPER,
   "p_C ~ 1/2 + 1/2 erf(gamma nu/2 / sqrt(1 + gamma^2 (1 + alpha nu^2)/2))",
   NULL, 0},
  {"learning.S69", "learning (S69)", LEDGER_IDENTITY,
   "(S68) at gamma = 4/5 equals (S69)", LEDGER_VERIFIED, check_s69, LEDGER_PAPER,
   "= 1/2 + 1/2 erf(nu/2 / sqrt(25/16 + 1/2 + alpha nu^2/2))", NULL, 0},
  {"learning.S70", "learning (S70)", LEDGER_APPROXIMATION,
   "(S69) is approximately (S70), with 25/16 + 1/2 replaced by 2 (over Fig. 3's domain)",
   LEDGER_APPROXIMATE, check_s70, LEDGER_PAPER,
   "~ 1/2 + 1/2 erf(nu/2 / sqrt(2 (1 + alpha nu^2/4)))",
   "a second approximation with no stated accuracy: its worst error is the finding", 53},
  {"learning.S71", "learning (S71)", LEDGER_IDENTITY,
   "(S70) is the probability that the stability at half the learning rate is positive",
   LEDGER_VERIFIED, check_s71, LEDGER_PAPER, "(S70) = p(Delta^mu > 0 | alpha, nu/2)", NULL, 0},
  {"learning.pc_erf", "learning text after eq. (21); (S63)-(S71)", LEDGER_APPROXIMATION,
   "p_C is closely approximated by p(Delta > 0) at half the learning rate (over Fig. 3's domain)",
   LEDGER_APPROXIMATE, check_pc_erf, LEDGER_PAPER,
   "p_C^mu can be closely approximated by p(Delta^mu > 0) with nu -> nu/2",
   "\"closely\" states no accuracy: the worst error over Fig. 3's domain is the finding", 53},
  {"learning.pc_erf.best_gamma", "this report: beyond learning (S68)", LEDGER_APPROXIMATION,
   "the gamma of (S68) with the smallest worst error over Fig. 3's domain is near sqrt(2/3)",
   LEDGER_APPROXIMATE, check_best_gamma, LEDGER_HYPOTHESIS,
   "gamma = 4/5 in (S66) by inspection; (S70) amounts to gamma = sqrt(2/3)",
   "an optimisation of ours: its worst error is measured, not a statement to verify", 53},
  {"learning.fig3.mc", "learning Fig. 3 (crosses); eq. (20)", LEDGER_STOCHASTIC,
   "a Monte Carlo integration at N = 10^4 agrees with p_C of eq. (20) (alpha = 1, nu = 2)",
   LEDGER_VERIFIED, check_fig3_mc, LEDGER_PAPER,
   "Monte Carlo integration at N = 10000 (crosses) on the curves of eqs. (20)-(21)", NULL, 53},
};
#line 4799 "noweb/learning.nw"
static void nan_on_failure(mpfr_t out, int status)
{
  if (status)
    mpfr_set_nan(out);
}
static void nan_on_underflow(mpfr_t out)
{
  if (mpfr_zero_p(out))
    mpfr_set_nan(out);                           /* a positive value below 2^{-2^30} */
}
static void eval_pc(mpfr_t out, mpfr_t *a)
{
  nan_on_failure(out, Learning_pc(out, a[0], a[1]));
  nan_on_underflow(out);
}
static void eval_pc_erf(mpfr_t out, mpfr_t *a)
{
  Learning_pc_erf(out, a[0], a[1]);
  nan_on_underflow(out);
}
static void eval_info(mpfr_t out, mpfr_t *a)
{
  nan_on_failure(out, Learning_info(out, a[0], a[1]));
}
static void eval_heat(mpfr_t out, mpfr_t *a) { Learning_heat(out, a[0], a[1], a[2]); }
static void eval_eta1(mpfr_t out, mpfr_t *a)
{
  nan_on_failure(out, Learning_eta1(out, a[0], a[1]));
}
static void eval_eta(mpfr_t out, mpfr_t *a)
{
  nan_on_failure(out, Learning_eta(out, a[0], a[1], a[2]));
}
static void eval_entropy1(mpfr_t out, mpfr_t *a)
{
  nan_on_failure(out, Learning_toy_entropy(out, a[0]));
}

#define ALPHA {"alpha", 0, INFINITY, 0, 0, 0, NULL, "load alpha = P/N", 0}
#define ALPHA_POS {"alpha", 0, INFINITY, 1, 0, 0, NULL, "load alpha = P/N", 0}
#define NU {"nu", -INFINITY, INFINITY, 0, 0, 0, NULL, "learning rate", 0}
#define NU_POS {"nu", 0, INFINITY, 1, 0, 0, NULL, "learning rate", 0}
#define TAU {"tau", 0, INFINITY, 1, 0, 0, NULL, "learning duration", 1}
static const Ledger_quantity quantities[] = {
  {"learning.pc", "p_C, probability of a correct prediction, eq. (20)", "1", 2, {ALPHA, NU},
   eval_pc, 0},
  {"learning.pc_erf", "the approximation (S70) of p_C", "1", 2, {ALPHA, NU}, eval_pc_erf, 0},
  {"learning.info", "I = ln 2 - H(p_C), eq. (21)", "nats", 2, {ALPHA, NU}, eval_info, 0},
  {"learning.heat", "heat of the ramp, eq. (13)", "kT", 3,
   {NU, {"F", -INFINITY, INFINITY, 0, 0, 0, "1", "Hebbian factor sigma_T xi", 0}, TAU}, eval_heat,
   0},
  {"learning.eta1", "efficiency of one weight, eq. (11)", "1", 2, {NU_POS, TAU}, eval_eta1, 0},
  {"learning.eta", "efficiency of Hebbian learning, eq. (22), with dS = ln(1 + alpha nu^2)/2", "1",
   3,
   {ALPHA_POS, NU_POS, TAU}, eval_eta, 0},
  {"learning.entropy1", "dS(omega) = I(omega : sigma_T) of one weight", "nats", 1, {NU},
   eval_entropy1, 0},
};

static void run_langevin(Ledger_mc *out, const double *a, uint64_t seed, uint64_t samples,
                         int threads)
{
  Learning_langevin_mc(out, a[0], a[1], (unsigned long)a[2], seed, samples, threads);
}

static void run_fig3(Ledger_mc *out, const double *a, uint64_t seed, uint64_t samples,
                     int threads)
{
  Ledger_mc pc;
  Learning_fig3_mc(&pc, out, a[0], a[1], (int)a[2], seed, samples, threads);
}

static void run_fig3_pc(Ledger_mc *out, const double *a, uint64_t seed, uint64_t samples,
                        int threads)
{
  Ledger_mc info;
  Learning_fig3_mc(out, &info, a[0], a[1], (int)a[2], seed, samples, threads);
}

static void run_stability(Ledger_mc *out, const double *a, uint64_t seed, uint64_t samples,
                          int threads)
{
  Learning_stability_mc(out, (int)a[0], (int)a[1], (int)a[2], a[3], seed, samples, threads);
}

static void run_toy(Ledger_mc *out, const double *a, uint64_t seed, uint64_t samples,
                    int threads)
{
  Learning_toy_estimate e;
  int which = (int)a[0];
  *out = (Ledger_mc){NAN, NAN, NAN, NAN, samples};
  if (Learning_toy_mc(&e, a[1], a[2], a[3], (unsigned long)a[4], seed, samples, threads) != 0)
    return;
  mpfr_t nu, zero, one, x;
  mpfr_inits2(128, nu, zero, one, x, (mpfr_ptr)0);
  mpfr_set_d(nu, a[1], MPFR_RNDN);
  mpfr_set_zero(zero, 1);
  mpfr_set_ui(one, 1, MPFR_RNDN);
  int status = 0;
  if (which == 1)
    status = Learning_info(x, zero, nu), out->estimate = e.info, out->stderr_ = e.info_se;
  else if (which == 2)
    status = Learning_toy_entropy(x, nu), out->estimate = e.ds, out->stderr_ = e.ds_se;
  else {
    mpfr_set_d(x, a[2], MPFR_RNDN);
    Learning_heat(x, nu, one, x);
    out->estimate = e.heat, out->stderr_ = e.heat_se;
  }
  out->exact = status ? NAN : mpfr_get_d(x, MPFR_RNDN);
  out->z = out->stderr_ > 0 ? Stats_z(out->estimate, out->stderr_, out->exact) : NAN;
  mpfr_clears(nu, zero, one, x, (mpfr_ptr)0);
}

enum { TOY_MIN_SAMPLES = 100 };
static const double pattern_work_max = 0x1p30;   /* N P sign additions per realisation */

static const char *fig3_invalid(const double *a)
{
  double P = floor(a[0] * a[2] + 0.5);
  if (P < 1)
    return "alpha N rounds to no pattern: take alpha N >= 1/2";
  if (P >= 16777216)
    return "alpha N rounds to 2^24 patterns or more";
  if (P * a[2] > pattern_work_max)
    return "alpha N^2 > 2^30: a realisation would take over a few seconds";
  return NULL;
}

static const char *stability_invalid(const double *a)
{
  if (a[1] * a[2] > pattern_work_max)
    return "N P > 2^30: a realisation would take over a few seconds";
  return NULL;
}

static const Ledger_experiment experiments[] = {
  {"learning.langevin", "mean Stratonovich heat (kT) of simulated ramp trajectories, vs eq. (13)",
   3,
   {{"nu", 0, 100, 0, 0, 0, "2", "learning rate", 0},
    {"tau", 0, 1e4, 1, 0, 0, "1", "learning duration", 0},
    {"steps", 1, 1e6, 0, 0, 1, "100", "time steps on [0, tau]", 0}},
   LANGEVIN_SAMPLES, run_langevin, NULL, 2},
  {"learning.toy",
   "N = P = 1 simulated with finite gamma: I (1), dS(omega) (2) or dQ (3), vs exact", 5,
   {{"what", 1, 3, 0, 0, 1, "1", "1 = I(sigma_T : sigma), 2 = dS(omega), 3 = dQ", 0},
    {"nu", 0, 100, 1, 0, 0, "2", "learning rate", 0},
    {"tau", 0, 1e4, 1, 0, 0, "1", "learning duration", 0},
    {"gamma", 0, 1e6, 1, 0, 0, "1000", "rate prefactor of the label, eq. (4)", 0},
    {"steps", 1, 1e6, 0, 0, 1, "100", "time steps on [0, tau]", 0}},
   TOY_MC_SAMPLES, run_toy, NULL, TOY_MIN_SAMPLES},
  {"learning.fig3",
   "information per sample (nats) by sampling patterns, labels and weights, vs eq. (21)", 3,
   {{"alpha", 0, 100, 1, 0, 0, "1", "load P/N", 0},
    {"nu", -100, 100, 0, 0, 0, "2", "learning rate", 0},
    {"N", 1, 1e5, 0, 0, 1, "10000", "number of weights", 0}},
   FIG3_CLAIM_REALIZATIONS, run_fig3, fig3_invalid, 2},
  {"learning.fig3_pc", "p_C by sampling patterns, labels and weights, vs eq. (20)", 3,
   {{"alpha", 0, 100, 1, 0, 0, "1", "load P/N", 0},
    {"nu", -100, 100, 0, 0, 0, "2", "learning rate", 0},
    {"N", 1, 1e5, 0, 0, 1, "10000", "number of weights", 0}},
   FIG3_CLAIM_REALIZATIONS, run_fig3_pc, fig3_invalid, 2},
  {"learning.stability", "mean (moment 1) or variance (moment 2) of the stability at finite N", 4,
   {{"moment", 1, 2, 0, 0, 1, "2", "1 or 2", 0},
    {"N", 1, 1e5, 0, 0, 1, "40", "number of weights", 0},
    {"P", 1, 1e5, 0, 0, 1, "20", "number of patterns", 0},
    {"nu", -100, 100, 0, 0, 0, "3", "learning rate", 0}},
   STABILITY_REALIZATIONS, run_stability, stability_invalid, 2},
};

const Ledger_chapter Learning_chapter = {
  "learning", claims, sizeof claims / sizeof claims[0], quantities,
  sizeof quantities / sizeof quantities[0], experiments, sizeof experiments / sizeof experiments[0],
  write_data,
  "S. Goldt and U. Seifert, Stochastic thermodynamics of learning, "
  "Phys. Rev. Lett. 118, 010601 (2017), arXiv:1611.09428, with its Supplemental Material."};
