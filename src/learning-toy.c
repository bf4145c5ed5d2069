#line 116 "noweb/learning.nw"
/* learning-toy.c: tangled from noweb/learning.nw; edit that, not this. */
#include "learning-internal.h"
#line 1601 "noweb/learning.nw"
typedef struct {
  mpfr_t nu, a, b, c;
  int form;
} Toy_ctx;

static void toy_follow(Toy_ctx *t, const mpfr_t y)
{
  mpfr_prec_t p = mpfr_get_prec(y) + 8;
  if (mpfr_get_prec(t->a) != p)
    mpfr_set_prec(t->a, p), mpfr_set_prec(t->b, p), mpfr_set_prec(t->c, p);
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
    Num_exp(t->a, t->a);                          /* e^{-v - v^2/2nu^2} */
    mpfr_mul_si(t->b, x, -2, MPFR_RNDN);
    Num_exp(t->b, t->b);                          /* u = e^{-2v} */
    if (mpfr_zero_p(t->b))
      mpfr_set_ui(t->c, 1, MPFR_RNDN);           /* ln(1 + u)(1 + 1/u) -> 1 */
    else {
      Num_log1p(t->c, t->b);
      mpfr_div(t->b, t->c, t->b, MPFR_RNDN);
      mpfr_add(t->c, t->c, t->b, MPFR_RNDN);     /* (1 + e^{2v}) ln(1 + e^{-2v}) */
    }
    mpfr_mul_2ui(t->b, x, 1, MPFR_RNDN);
    mpfr_add(t->b, t->b, t->c, MPFR_RNDN);
    mpfr_mul(y, t->a, t->b, MPFR_RNDN);
    return;
  }
  mpfr_sub(t->a, x, t->nu, MPFR_RNDN);
  mpfr_sqr(t->a, t->a, MPFR_RNDN);
  mpfr_div_2ui(t->a, t->a, 1, MPFR_RNDN);
  mpfr_neg(t->a, t->a, MPFR_RNDN);
  Num_exp(t->a, t->a);                            /* e^{-(x - nu)^2/2} */
  if (mpfr_zero_p(t->a)) {
    mpfr_set_zero(y, 1);                         /* far tail: 0 times an overflowed logarithm */
    return;
  }
  mpfr_mul(t->b, x, t->nu, MPFR_RNDN);
  Num_sinh(t->b, t->b);
  mpfr_sqr(t->b, t->b, MPFR_RNDN);
  Num_log1p(t->b, t->b);
  mpfr_div_2ui(t->b, t->b, 1, MPFR_RNDN);        /* ln cosh(nu x) */
  mpfr_mul(y, t->a, t->b, MPFR_RNDN);
}

static void mixture_integrand(mpfr_t y, const mpfr_t x, void *ctx)
{
  Toy_ctx *t = ctx;
  toy_follow(t, y);
  mpfr_mul(t->c, x, t->nu, MPFR_RNDN);
  mpfr_mul_si(t->c, t->c, -2, MPFR_RNDN);
  Num_exp(t->c, t->c);                            /* e^{-2 nu x}, used twice */
  Num_log1p(t->b, t->c);                          /* ln(1 + e^{-2 nu x}) */
  mpfr_sub(t->a, x, t->nu, MPFR_RNDN);
  mpfr_sqr(t->a, t->a, MPFR_RNDN);
  mpfr_div_2ui(t->a, t->a, 1, MPFR_RNDN);
  mpfr_sub(t->b, t->b, t->a, MPFR_RNDN);         /* ln p + ln 2 + ln sqrt(2 pi) */
  mpfr_neg(t->a, t->a, MPFR_RNDN);
  Num_exp(t->a, t->a);
  mpfr_mul(t->a, t->a, t->b, MPFR_RNDN);
  mpfr_add_ui(t->b, t->c, 1, MPFR_RNDN);
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
  mpfr_inits2(w, t.nu, t.a, t.b, t.c, (mpfr_ptr)0);
  mpfr_abs(t.nu, nu, MPFR_RNDN);
  t.form = mpfr_cmp_ui(t.nu, 1) >= 0 ? 0 : 1;
  mpfr_t v, lo, hi, cand[2], c;
  mpfr_inits2(w, v, lo, hi, cand[0], cand[1], c, (mpfr_ptr)0);
  mpfr_set_inf(hi, 1);
  int status;
  if (t.form == 0) {
    mpfr_set_zero(lo, 1);
    mpfr_set_ui(cand[0], 1, MPFR_RNDN);
    status = Learning_integrate_with_breaks(v, toy_integrand, &t, lo, hi, 1, (const mpfr_t *)cand);
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
    status = Learning_integrate_with_breaks(v, toy_integrand, &t, lo, hi, 2, (const mpfr_t *)cand);
  }
  mpfr_set_ui(c, 1, MPFR_RNDN);
  Learning_gauss_norm(c, c);
  mpfr_div(v, v, c, MPFR_RNDN);
  if (t.form == 0)
    mpfr_const_log2(c, MPFR_RNDN);
  else
    mpfr_sqr(c, t.nu, MPFR_RNDN);
  mpfr_sub(out, c, v, MPFR_RNDN);
  mpfr_clears(t.nu, t.a, t.b, t.c, v, lo, hi, cand[0], cand[1], c, (mpfr_ptr)0);
  return status;
}

int Learning_mixture_entropy(mpfr_t out, const mpfr_t nu)
{
  assert(mpfr_number_p(nu));
  mpfr_prec_t w = guarded(out);
  Toy_ctx t;
  mpfr_inits2(w, t.nu, t.a, t.b, t.c, (mpfr_ptr)0);
  mpfr_abs(t.nu, nu, MPFR_RNDN);
  mpfr_t v, lo, hi, cand[1], c, n;
  mpfr_inits2(w, v, lo, hi, cand[0], c, n, (mpfr_ptr)0);
  mpfr_set_zero(lo, 1);
  mpfr_set_inf(hi, 1);
  mpfr_set(cand[0], t.nu, MPFR_RNDN);
  int status = Learning_integrate_with_breaks(v, mixture_integrand, &t, lo, hi, 1,
                                              (const mpfr_t *)cand);
  mpfr_set_ui(n, 1, MPFR_RNDN);
  Learning_gauss_norm(n, n);
  mpfr_div(v, v, n, MPFR_RNDN);                  /* int_0^inf p (ln p + c) dx, doubled */
  mpfr_log(n, n, MPFR_RNDN);
  mpfr_const_log2(c, MPFR_RNDN);
  mpfr_add(c, c, n, MPFR_RNDN);                  /* c = ln 2 + ln sqrt(2 pi) */
  mpfr_sub(v, c, v, MPFR_RNDN);                  /* S = -int p ln p, using int p = 1 */
  mpfr_set_d(c, 0.5, MPFR_RNDN);
  mpfr_add(n, n, c, MPFR_RNDN);                  /* (1/2) ln(2 pi e) */
  mpfr_sub(out, v, n, MPFR_RNDN);
  mpfr_clears(t.nu, t.a, t.b, t.c, v, lo, hi, cand[0], c, n, (mpfr_ptr)0);
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
#line 1882 "noweb/learning.nw"
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
    double Q = Learning_ramp_trajectory(&rng, T->nu, T->tau, T->K, F, &w);
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
