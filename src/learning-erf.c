#line 121 "noweb/learning.nw"
/* learning-erf.c: tangled from noweb/learning.nw; edit that, not this. */
#include "learning-internal.h"
#line 2130 "noweb/learning.nw"
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
#line 2210 "noweb/learning.nw"
static const double ALPHA_MAX = 10, NU_MAX = 10;

double Learning_grid_alpha(int i) { return ALPHA_MAX * (i / 40.0) * (i / 40.0); }
double Learning_grid_nu(int j) { return NU_MAX * j / 100.0; }

Pc_table *Learning_pc_table_new(void)
{
  Pc_table *t = malloc(sizeof *t);
  assert(t != NULL);
  for (int i = 0; i < GRID_A; i++)
    for (int j = 0; j < GRID_N; j++)
      t->pc[i][j] = Learning_pc_double(Learning_grid_alpha(i), Learning_grid_nu(j));
  return t;
}

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

Worst Learning_worst_error(const Pc_table *t, Approx_fn f, const void *ctx)
{
  int raw = t == NULL;
  Worst w = {-1, 0, 0};
  int bi = 0, bj = 0;
  for (int i = 0; i < GRID_A; i++)
    for (int j = 0; j < GRID_N; j++) {
      double e = t ? fabs(f(Learning_grid_alpha(i), Learning_grid_nu(j), ctx) - t->pc[i][j])
                   : fabs(f(Learning_grid_alpha(i), Learning_grid_nu(j), ctx));
      if (e > w.value)
        w.value = e, bi = i, bj = j;
    }
  w.alpha = Learning_grid_alpha(bi), w.nu = Learning_grid_nu(bj);
  double alo = Learning_grid_alpha(bi > 0 ? bi - 1 : 0);
  double ahi = Learning_grid_alpha(bi < GRID_A - 1 ? bi + 1 : bi);
  double nlo = Learning_grid_nu(bj > 0 ? bj - 1 : 0);
  double nhi = Learning_grid_nu(bj < GRID_N - 1 ? bj + 1 : bj);
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
#line 2294 "noweb/learning.nw"
double Learning_erf_approx_gamma(double alpha, double nu, const void *ctx)
{
  double g = *(const double *)ctx;
  return 0.5 + 0.5 * erf(g * nu / 2 / sqrt(1 + g * g * (1 + alpha * nu * nu) / 2));
}

double Learning_pc_erf_final(double alpha, double nu)
{
  return 0.5 + 0.5 * erf(nu / 2 / sqrt(2 * (1 + alpha * nu * nu / 4)));
}

double Learning_worst_for_gamma(const Pc_table *t, double gamma, Worst *w)
{
  *w = Learning_worst_error(t, Learning_erf_approx_gamma, &gamma);
  return w->value;
}

double Learning_best_gamma(const Pc_table *t, double lo, double hi, Worst *w)
{
  const double r = 0.6180339887498949;
  Worst w1, w2;
  double x1 = hi - r * (hi - lo), x2 = lo + r * (hi - lo);
  double f1 = Learning_worst_for_gamma(t, x1, &w1), f2 = Learning_worst_for_gamma(t, x2, &w2);
  for (int k = 0; k < 32; k++)
    if (f1 < f2) {
      hi = x2, x2 = x1, f2 = f1, w2 = w1, x1 = hi - r * (hi - lo);
      f1 = Learning_worst_for_gamma(t, x1, &w1);
    } else {
      lo = x1, x1 = x2, f1 = f2, w1 = w2, x2 = lo + r * (hi - lo);
      f2 = Learning_worst_for_gamma(t, x2, &w2);
    }
  *w = f1 < f2 ? w1 : w2;
  return f1 < f2 ? x1 : x2;
}
#line 2346 "noweb/learning.nw"
double Learning_erf_of_gamma_x_half(double x, double gamma)
{
  return erf(gamma * x / 2);   /* (S66) */
}

static double tanh_erf_gap(double x, const Tanh_approx *t)
{
  return fabs(tanh(x / 2) - t->approx(x, t->gamma));
}

double Learning_tanh_erf_worst(const Tanh_approx *t, double *where)
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
