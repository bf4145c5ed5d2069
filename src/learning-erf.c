#line 128 "noweb/learning.nw"
/* learning-erf.c: tangled from noweb/learning.nw; edit that, not this. */
#include "learning-internal.h"
#line 2151 "noweb/learning.nw"
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
#line 2231 "noweb/learning.nw"
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
#line 2315 "noweb/learning.nw"
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
#line 2367 "noweb/learning.nw"
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
#line 2475 "noweb/learning.nw"
enum { BALL_CUT = 8, BALL_VALUE_BITS = 30, BALL_SLOPE_BITS = 16 };

typedef struct {
  arb_t nu, sigma;
  int sign;
} Ball_ctx;

static void gauss_weight_acb(acb_t g, const acb_t z, slong prec)
{
  acb_mul(g, z, z, prec);
  acb_mul_2exp_si(g, g, -1);
  acb_neg(g, g);
  acb_exp(g, g, prec);                           /* e^{-z^2/2} */
}

static void shifted_half(acb_t w, const acb_t z, const Ball_ctx *c, slong prec)
{
  acb_mul_arb(w, z, c->sigma, prec);
  acb_add_arb(w, w, c->nu, prec);
  acb_mul_2exp_si(w, w, -1);                     /* (nu + sigma z) / 2 */
}

static int excess_acb(acb_ptr out, const acb_t z, void *ctx, slong order, slong prec)
{
  (void)order;                                   /* meromorphic: no branch to report */
  acb_t w;
  acb_init(w);
  shifted_half(w, z, ctx, prec);
  acb_tanh(w, w, prec);
  gauss_weight_acb(out, z, prec);
  acb_mul(out, out, w, prec);
  acb_mul_2exp_si(out, out, -1);                 /* e^{-z^2/2} tanh(w/2) / 2 = (s - 1/2) */
  acb_clear(w);
  return 0;
}

static int slope_acb(acb_ptr out, const acb_t z, void *ctx, slong order, slong prec)
{
  (void)order;
  acb_t w, k;
  acb_init(w), acb_init(k);
  shifted_half(w, z, ctx, prec);
  acb_sech(w, w, prec);
  acb_mul(w, w, w, prec);
  acb_mul_2exp_si(w, w, -2);                     /* s'(nu + sigma z) = sech^2 / 4 */
  acb_onei(k);
  acb_mul(k, k, z, prec);
  acb_add_ui(k, k, 1, prec);                     /* 1 + i z: both slopes in one integral */
  gauss_weight_acb(out, z, prec);
  acb_mul(out, out, w, prec);
  acb_mul(out, out, k, prec);
  acb_clear(w), acb_clear(k);
  return 0;
}

static int logistic_acb(acb_ptr out, const acb_t z, void *ctx, slong order, slong prec)
{
  (void)order;
  const Ball_ctx *c = ctx;
  acb_t w;
  acb_init(w);
  shifted_half(w, z, c, prec);
  acb_mul_2exp_si(w, w, 1);
  acb_mul_si(w, w, -c->sign, prec);
  acb_exp(w, w, prec);
  acb_add_ui(w, w, 1, prec);
  gauss_weight_acb(out, z, prec);
  acb_div(out, out, w, prec);                    /* e^{-z^2/2} / (1 + e^{-/+ omega}) */
  acb_clear(w);
  return 0;
}

static int toy_acb(acb_ptr out, const acb_t z, void *ctx, slong order, slong prec)
{
  const Ball_ctx *c = ctx;
  acb_t w;
  acb_init(w);
  acb_add_arb(w, z, c->nu, prec);
  acb_mul_arb(w, w, c->nu, prec);
  acb_mul_si(w, w, -2, prec);
  acb_exp(w, w, prec);
  acb_add_ui(w, w, 1, prec);
  acb_log_analytic(w, w, order != 0, prec);      /* ln(1 + e^{-2 nu omega}), omega = nu + z */
  gauss_weight_acb(out, z, prec);
  acb_mul(out, out, w, prec);
  acb_clear(w);
  return 0;
}

static void gauss_average(acb_t out, acb_calc_func_t f, Ball_ctx *c, slong cut, slong bits,
                          slong prec)
{
  acb_t a, b;
  mag_t tol;
  arb_t n;
  acb_init(a), acb_init(b), mag_init(tol), arb_init(n);
  acb_set_si(a, -cut), acb_set_si(b, cut);
  mag_set_ui_2exp_si(tol, 1, -bits);
  acb_calc_integrate(out, f, c, a, b, bits, tol, NULL, prec);
  arb_const_pi(n, prec);
  arb_mul_2exp_si(n, n, 1);
  arb_sqrt(n, n, prec);
  acb_div_arb(out, out, n, prec);                /* the standard normal's 1/sqrt(2 pi) */
  acb_clear(a), acb_clear(b), mag_clear(tol), arb_clear(n);
}

static void ball_ctx_init(Ball_ctx *c, const arb_t nu, const arb_t sigma, int sign)
{
  arb_init(c->nu), arb_init(c->sigma);
  arb_set(c->nu, nu), arb_set(c->sigma, sigma);
  c->sign = sign;
}

static void ball_ctx_clear(Ball_ctx *c) { arb_clear(c->nu), arb_clear(c->sigma); }

void Learning_pc_ball(arb_t out, const arb_t nu, const arb_t sigma, slong prec)
{
  Ball_ctx c;
  acb_t v;
  ball_ctx_init(&c, nu, sigma, 1), acb_init(v);
  gauss_average(v, excess_acb, &c, BALL_CUT, BALL_VALUE_BITS, prec);
  arb_add_error_2exp_si(acb_realref(v), -50);   /* the tails beyond |z| = 8 */
  arb_set_d(out, 0.5);
  arb_add(out, out, acb_realref(v), prec);       /* learning eq. (20) */
  ball_ctx_clear(&c), acb_clear(v);
}

void Learning_pc_slope_ball(arb_t dnu, arb_t dsigma, const arb_t nu, const arb_t sigma,
                            slong prec)
{
  Ball_ctx c;
  acb_t v;
  ball_ctx_init(&c, nu, sigma, 1), acb_init(v);
  gauss_average(v, slope_acb, &c, BALL_CUT, BALL_SLOPE_BITS, prec);
  arb_set(dnu, acb_realref(v)), arb_set(dsigma, acb_imagref(v));
  arb_add_error_2exp_si(dnu, -48), arb_add_error_2exp_si(dsigma, -48);
  ball_ctx_clear(&c), acb_clear(v);
}

void Learning_pc_arb(arb_t out, const arb_t alpha, const arb_t nu, slong prec)
{
  arb_t s;
  arb_init(s);
  arb_sqr(s, nu, prec);
  arb_mul(s, s, alpha, prec);
  arb_add_ui(s, s, 1, prec);
  arb_sqrt(s, s, prec);                          /* varsigma = sqrt(1 + alpha nu^2) */
  Learning_pc_ball(out, nu, s, prec);
  arb_clear(s);
}

void Learning_logistic_average_arb(arb_t out, const arb_t mean, const arb_t sigma, int sign,
                                   slong prec)
{
  Ball_ctx c;
  acb_t v;
  ball_ctx_init(&c, mean, sigma, sign), acb_init(v);
  gauss_average(v, logistic_acb, &c, BALL_CUT, BALL_VALUE_BITS, prec);
  arb_set(out, acb_realref(v));
  arb_add_error_2exp_si(out, -49);
  ball_ctx_clear(&c), acb_clear(v);
}

void Learning_toy_entropy_arb(arb_t out, const arb_t nu, slong prec)
{
  enum { CUT = 10 };
  Ball_ctx c;
  acb_t v;
  arb_t t, b;
  ball_ctx_init(&c, nu, nu, 1), acb_init(v), arb_init(t), arb_init(b);
  gauss_average(v, toy_acb, &c, CUT, BALL_VALUE_BITS, prec);
  arb_abs(t, nu);
  arb_sqr(b, t, prec);
  arb_mul_2exp_si(b, b, 1);
  arb_const_log2(out, prec);
  arb_add(b, b, out, prec);
  arb_mul_2exp_si(b, b, 1);
  arb_div_ui(b, b, CUT, prec);
  arb_mul_2exp_si(t, t, 2);
  arb_add(b, b, t, prec);                        /* (ln 2 + 2 nu^2) 2/L + 4 |nu| */
  arb_set_si(t, -CUT * CUT);
  arb_mul_2exp_si(t, t, -1);
  arb_exp(t, t, prec);
  arb_mul(b, b, t, prec);
  arb_const_pi(t, prec);
  arb_mul_2exp_si(t, t, 1);
  arb_sqrt(t, t, prec);
  arb_div(b, b, t, prec);                        /* times phi(L) */
  arb_add_error(acb_realref(v), b);
  arb_sub(out, out, acb_realref(v), prec);       /* ln 2 - <ln(1 + e^{-2 nu omega})> */
  ball_ctx_clear(&c), acb_clear(v), arb_clear(t), arb_clear(b);
}
#line 2689 "noweb/learning.nw"
void Learning_pc_curvature_bound(arb_ptr h, const arb_t sigma, slong prec)
{
  arb_t lo, b, e, root;
  arb_init(lo), arb_init(b), arb_init(e), arb_init(root);
  arb_get_lbound_arf(arb_midref(lo), sigma, prec);
  arb_const_pi(root, prec);
  arb_mul_2exp_si(root, root, 1);
  arb_sqrt(root, root, prec);                    /* sqrt(2 pi) */
  for (int k = 0; k < 3; k++) {
    arb_sqrt_ui(b, 3, prec);
    arb_div_ui(b, b, 18, prec);                  /* max |s''| */
    if (k == 1) {
      arb_const_pi(e, prec);
      arb_ui_div(e, 2, e, prec);
      arb_sqrt(e, e, prec);
      arb_mul(b, b, e, prec);                    /* times <|z|> */
    }
    arb_set_si(e, -k);
    arb_mul_2exp_si(e, e, -1);
    arb_exp(e, e, prec);
    arb_mul_ui(e, e, k == 2 ? 2 : 1, prec);      /* sqrt(2 pi) sup t^k phi: 1, e^-1/2, 2/e */
    arb_div(e, e, root, prec);
    arb_div(e, e, lo, prec);
    arb_mul_2exp_si(e, e, -1);
    arb_min(b, b, e, prec);
    arb_zero(h + k);
    arb_add_error(h + k, b);
  }
  arb_clear(lo), arb_clear(b), arb_clear(e), arb_clear(root);
}
#line 2730 "noweb/learning.nw"
void Learning_phi_of_ratio(arb_ptr a, const arb_t nu, const arb_t sigma, const arb_t c, int order,
                           slong prec)
{
  arb_t d, r, u, f, t, ui[2], uij[3];
  arb_init(d), arb_init(r), arb_init(u), arb_init(f), arb_init(t);
  for (int i = 0; i < 3; i++)
    arb_init(uij[i]);
  arb_init(ui[0]), arb_init(ui[1]);
  arb_sqr(d, sigma, prec);
  arb_add(d, d, c, prec);
  arb_sub_ui(d, d, 1, prec);                     /* d = c - 1 + varsigma^2 = c + alpha nu^2 */
  arb_rsqrt(r, d, prec);
  arb_mul(u, nu, r, prec);
  arb_sqrt_ui(t, 2, prec);
  arb_div(t, u, t, prec);
  arb_neg(t, t);
  arb_hypgeom_erfc(a, t, prec);
  arb_mul_2exp_si(a, a, -1);                     /* Phi(u) = erfc(-u/sqrt 2)/2 */
  if (order >= 1) {
    arb_sqr(f, u, prec);
    arb_mul_2exp_si(f, f, -1);
    arb_neg(f, f);
    arb_exp(f, f, prec);
    arb_const_pi(t, prec);
    arb_mul_2exp_si(t, t, 1);
    arb_sqrt(t, t, prec);
    arb_div(f, f, t, prec);                      /* phi(u) */
    arb_div(t, r, d, prec);                      /* d^{-3/2} */
    arb_set(ui[0], r);
    arb_mul(ui[1], nu, sigma, prec);
    arb_mul(ui[1], ui[1], t, prec);
    arb_neg(ui[1], ui[1]);
    arb_mul(a + 1, f, ui[0], prec);
    arb_mul(a + 2, f, ui[1], prec);
    if (order >= 2) {
      arb_zero(uij[0]);
      arb_mul(uij[1], sigma, t, prec);
      arb_neg(uij[1], uij[1]);
      arb_div(uij[2], t, d, prec);
      arb_mul(uij[2], uij[2], sigma, prec);
      arb_mul(uij[2], uij[2], sigma, prec);
      arb_mul_ui(uij[2], uij[2], 3, prec);
      arb_sub(uij[2], uij[2], t, prec);
      arb_mul(uij[2], uij[2], nu, prec);
      for (int k = 0; k < 3; k++) {
        arb_mul(t, u, ui[k > 0], prec);
        arb_mul(t, t, ui[k > 1], prec);
        arb_sub(t, uij[k], t, prec);
        arb_mul(a + 3 + k, f, t, prec);          /* phi(u) (u_ij - u u_i u_j) */
      }
    }
  }
  arb_clear(d), arb_clear(r), arb_clear(u), arb_clear(f), arb_clear(t);
  for (int i = 0; i < 3; i++)
    arb_clear(uij[i]);
  arb_clear(ui[0]), arb_clear(ui[1]);
}
#line 2849 "noweb/learning.nw"
enum { PC_MEMO_MAX = 1 << 16, PC_MEMO_SLOTS = 1 << 17 };

typedef struct {
  arb_t nu, sigma, v[3];                         /* p_C, d/dnu, d/dsigma */
  slong prec;
  int have[2];                                   /* the value, the slopes */
} Pc_memo_entry;

static Pc_memo_entry **pc_memo;                  /* PC_MEMO_SLOTS slots, open addressing */
static long pc_memo_n;

static size_t pc_memo_hash(const arb_t nu, const arb_t sigma, slong prec)
{
  double d[3] = {arf_get_d(arb_midref(nu), ARF_RND_NEAR),
                 arf_get_d(arb_midref(sigma), ARF_RND_NEAR), mag_get_d(arb_radref(sigma))};
  uint64_t h = (uint64_t)prec * 0x9E3779B97F4A7C15u;
  for (int i = 0; i < 3; i++) {
    uint64_t b;
    memcpy(&b, &d[i], sizeof b);
    h = (h ^ b) * 0xBF58476D1CE4E5B9u;
    h ^= h >> 31;
  }
  return (size_t)(h & (PC_MEMO_SLOTS - 1));
}

/* the slot of (nu, sigma, prec), or the empty slot where it would go; NULL if the table is full */
static Pc_memo_entry **pc_memo_slot(const arb_t nu, const arb_t sigma, slong prec)
{
  if (pc_memo == NULL && (pc_memo = calloc(PC_MEMO_SLOTS, sizeof *pc_memo)) == NULL)
    return NULL;
  for (size_t i = pc_memo_hash(nu, sigma, prec);; i = (i + 1) & (PC_MEMO_SLOTS - 1)) {
    Pc_memo_entry *e = pc_memo[i];
    if (e == NULL)
      return pc_memo_n < PC_MEMO_MAX ? &pc_memo[i] : NULL;
    if (e->prec == prec && arb_equal(e->nu, nu) && arb_equal(e->sigma, sigma))
      return &pc_memo[i];
  }
}

/* order 0: f[0] = p_C; order 1: f[1], f[2] = its slopes; as Learning_pc_ball and
   Learning_pc_slope_ball give them */
static void pc_balls_memo(arb_ptr f, const arb_t nu, const arb_t sigma, int order, slong prec)
{
  int found = 0;
#pragma omp critical(learning_pc_memo)
  {
    Pc_memo_entry **s = pc_memo_slot(nu, sigma, prec);
    if (s != NULL && *s != NULL && (*s)->have[order]) {
      found = 1;
      for (int k = order; k <= 2 * order; k++)
        arb_set(f + k, (*s)->v[k]);
    }
  }
  if (found)
    return;
  if (order == 0)
    Learning_pc_ball(f, nu, sigma, prec);
  else
    Learning_pc_slope_ball(f + 1, f + 2, nu, sigma, prec);
#pragma omp critical(learning_pc_memo)
  {
    Pc_memo_entry **s = pc_memo_slot(nu, sigma, prec);
    if (s != NULL && *s == NULL && (*s = calloc(1, sizeof **s)) != NULL) {
      arb_init((*s)->nu), arb_init((*s)->sigma);
      for (int k = 0; k < 3; k++)
        arb_init((*s)->v[k]);
      arb_set((*s)->nu, nu), arb_set((*s)->sigma, sigma);
      (*s)->prec = prec;
      pc_memo_n++;
    }
    if (s != NULL && *s != NULL && !(*s)->have[order]) {
      for (int k = order; k <= 2 * order; k++)
        arb_set((*s)->v[k], f + k);
      (*s)->have[order] = 1;
    }
  }
}

#line 2928 "noweb/learning.nw"
typedef struct {
  int with_pc;                                   /* F = p_C, else F = A_{c2} */
  arb_t c, c2;
  int cached;                                    /* the last box's expansion, for its middle */
  arb_ptr box, mid, d;
} Erf_gap;

static void gap_derivatives(arb_ptr e, const Erf_gap *g, const arb_t nu, const arb_t sigma,
                            int order, slong prec)
{
  arb_ptr a = _arb_vec_init(6), f = _arb_vec_init(6);
  Learning_phi_of_ratio(a, nu, sigma, g->c, order, prec);
  if (g->with_pc) {
    if (order < 2)
      pc_balls_memo(f, nu, sigma, order, prec);  /* as Learning_pc_ball, _slope_ball */
    if (order == 2)
      Learning_pc_curvature_bound(f + 3, sigma, prec);
  } else
    Learning_phi_of_ratio(f, nu, sigma, g->c2, order, prec);
  for (int k = 0; k < 6; k++)
    arb_sub(e + k, f + k, a + k, prec);          /* e = F - A_c and its derivatives */
  _arb_vec_clear(a, 6), _arb_vec_clear(f, 6);
}

/* e(m) + grad e(m) . h + h^T H h / 2, d = {e(m), grad e(m), H_nn, H_ns, H_ss} */
static void taylor(arb_t out, arb_srcptr d, arb_srcptr h, slong prec)
{
  arb_t t;
  arb_init(t);
  arb_set(out, d);
  for (int i = 0; i < 2; i++)
    arb_addmul(out, d + 1 + i, h + i, prec);
  arb_mul(t, h + 0, h + 0, prec);
  arb_mul(t, t, d + 3, prec);
  arb_mul_2exp_si(t, t, -1);
  arb_add(out, out, t, prec);
  arb_mul(t, h + 1, h + 1, prec);
  arb_mul(t, t, d + 5, prec);
  arb_mul_2exp_si(t, t, -1);
  arb_add(out, out, t, prec);
  arb_mul(t, h + 0, h + 1, prec);
  arb_addmul(out, t, d + 4, prec);               /* the cross term, twice a half */
  arb_clear(t);
}

static void erf_gap_on_box(arb_t out, arb_srcptr x, slong prec, void *ctx)
{
  Erf_gap *g = ctx;
  if (mag_cmp_2exp_si(arb_radref(x), -1) > 0 || mag_cmp_2exp_si(arb_radref(x + 1), 0) > 0) {
    arb_indeterminate(out);
    return;
  }
  int point = arb_is_exact(x) && arb_is_exact(x + 1);
  arb_ptr e = _arb_vec_init(6), h = _arb_vec_init(2);
  if (point && g->cached && arb_contains(g->box, x) && arb_contains(g->box + 1, x + 1)) {
    for (int i = 0; i < 2; i++)
      arb_sub(h + i, x + i, g->mid + i, prec);   /* a point of the last box: its expansion */
    taylor(out, g->d, h, prec);
  } else if (point) {
    gap_derivatives(e, g, x + 0, x + 1, 0, prec);
    arb_set(out, e);
  } else {
    for (int i = 0; i < 2; i++) {
      arb_set_arf(g->mid + i, arb_midref(x + i));
      arb_add_error_mag(h + i, arb_radref(x + i));  /* [-r_i, r_i] */
      arb_set(g->box + i, x + i);
    }
    gap_derivatives(e, g, g->mid + 0, g->mid + 1, 0, prec);
    arb_set(g->d, e);
    gap_derivatives(e, g, g->mid + 0, g->mid + 1, 1, prec);
    arb_set(g->d + 1, e + 1), arb_set(g->d + 2, e + 2);
    gap_derivatives(e, g, x + 0, x + 1, 2, prec);
    for (int k = 3; k < 6; k++)
      arb_set(g->d + k, e + k);                  /* the curvatures over the whole box */
    g->cached = 1;
    taylor(out, g->d, h, prec);
  }
  arb_abs(out, out);
  _arb_vec_clear(e, 6), _arb_vec_clear(h, 2);
}
#line 3029 "noweb/learning.nw"
void Learning_erf_gap_certify(Ledger_result *r, int with_pc, const arb_t c, const arb_t c2,
                              double alpha, double nu)
{
  enum { PREC = 64, MAX_BOXES = 20000 };
  Erf_gap g = {.with_pc = with_pc, .box = _arb_vec_init(2), .mid = _arb_vec_init(2),
               .d = _arb_vec_init(6)};
  arb_init(g.c), arb_init(g.c2);
  arb_set(g.c, c);
  if (c2)
    arb_set(g.c2, c2);
  const Certify_box box = {2, {0, 1}, {10, 31.7}, {"nu", "varsigma"}};
  const double hint[2] = {nu, sqrt(1 + alpha * nu * nu)};
  Certify_outcome o;
  Certify_maximum(&o, erf_gap_on_box, &g, &box, hint, 0.05, PREC, MAX_BOXES);
  arb_t a, n, s;
  arb_ptr e = _arb_vec_init(6);
  arb_init(a), arb_init(n), arb_init(s);
  arb_set_d(a, alpha), arb_set_d(n, nu);
  arb_sqr(s, n, PREC);
  arb_mul(s, s, a, PREC);
  arb_add_ui(s, s, 1, PREC);
  arb_sqrt(s, s, PREC);                          /* the worst point's varsigma, a ball */
  gap_derivatives(e, &g, n, s, 0, PREC);
  arb_abs(e, e);
  Ledger_worst_certified(r, Certify_down(e), o.hi, "alpha in [0, 10], nu in [0, 10] "
                         "(as nu in [0, 10], varsigma in [1, 31.7])", o.boxes, 0);
  _arb_vec_clear(e, 6);
  arb_clear(a), arb_clear(n), arb_clear(s), arb_clear(g.c), arb_clear(g.c2);
  _arb_vec_clear(g.box, 2), _arb_vec_clear(g.mid, 2), _arb_vec_clear(g.d, 6);
}
