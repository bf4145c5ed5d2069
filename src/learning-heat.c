#line 103 "noweb/learning.nw"
/* learning-heat.c: tangled from noweb/learning.nw; edit that, not this. */
#include "learning-internal.h"
#line 276 "noweb/learning.nw"
static void exp_remainder(mpfr_t R, const mpfr_t t, int order)
{
  assert(order == 2 || order == 3);
  mpfr_exp_t e = mpfr_zero_p(t) ? 0 : mpfr_get_exp(t);
  mpfr_prec_t w = mpfr_get_prec(R) + LEARNING_GUARD + (e < 0 ? -(mpfr_prec_t)e * order : 0);
  mpfr_t x, s;
  mpfr_inits2(w, x, s, (mpfr_ptr)0);
  mpfr_neg(x, t, MPFR_RNDN);
  Num_expm1(x, x);
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
#line 360 "noweb/learning.nw"
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
  Num_exp(d, d);
  mpfr_sub_ui(m, m, 1, MPFR_RNDN);
  mpfr_mul(m, m, d, MPFR_RNDN);
  mpfr_add_ui(out, m, 1, MPFR_RNDN);             /* 1 + (m(tau) - 1) e^-(t - tau) */
  mpfr_clears(m, d, (mpfr_ptr)0);
}
#line 425 "noweb/learning.nw"
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
#line 528 "noweb/learning.nw"
enum { EXP_LANGEVIN = 200 };

typedef struct {
  double nu, tau;
  unsigned long K;
  uint64_t seed, samples;
} Langevin_run;

#line 584 "noweb/learning.nw"
double Learning_ramp_trajectory(Rng *rng, double nu, double tau, unsigned long K, double F,
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

#line 538 "noweb/learning.nw"
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
    Stats_add(out, Learning_ramp_trajectory(&rng, L->nu, L->tau, L->K, F, &w));
  }
}

void Learning_langevin_mc(Ledger_mc *out, double nu, double tau, unsigned long steps, uint64_t seed,
                          uint64_t samples, int threads)
{
  assert(nu >= 0 && tau > 0 && steps >= 1 && samples >= 1);
  Langevin_run L = {nu, tau, steps, seed, samples};
  Stats total;
  Stats_distributed(&total, LANGEVIN_BLOCKS, threads, langevin_block, &L);
  mpfr_t n, F, t, q;
  mpfr_inits2(128, n, F, t, q, (mpfr_ptr)0);
  mpfr_set_d(n, nu, MPFR_RNDN);
  mpfr_set_ui(F, 1, MPFR_RNDN);
  mpfr_set_d(t, tau, MPFR_RNDN);
  Learning_heat(q, n, F, t);
  Ledger_mc_set(out, Stats_mean(&total), Stats_stderr(&total), mpfr_get_d(q, MPFR_RNDN), total.n);
  mpfr_clears(n, F, t, q, (mpfr_ptr)0);
}
