#line 110 "noweb/learning.nw"
/* learning-pc.c: tangled from noweb/learning.nw; edit that, not this. */
#include "learning-internal.h"
#line 754 "noweb/learning.nw"
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
  Num_exp(out, out);                              /* e^{-(x - nu)^2 / 2 varsigma^2} */
}

/* g->a = e^{-(x - nu)^2 / 2 varsigma^2} expm1(-2 x nu / varsigma^2), minus the difference
   of the Gaussians centred at nu and -nu, without cancellation; g->b is clobbered */
static void gauss_difference(Gauss_ctx *g, const mpfr_t x)
{
  gauss_weight(g->a, g, x);
  mpfr_mul(g->b, x, g->nu, MPFR_RNDN);
  mpfr_mul_si(g->b, g->b, -2, MPFR_RNDN);
  mpfr_div(g->b, g->b, g->s2, MPFR_RNDN);
  Num_expm1(g->b, g->b);
  mpfr_mul(g->a, g->a, g->b, MPFR_RNDN);
}

static void excess_integrand(mpfr_t y, const mpfr_t x, void *ctx)
{
  Gauss_ctx *g = ctx;
  scratch_follow(g, y);
  gauss_difference(g, x);
  mpfr_div_2ui(g->b, x, 1, MPFR_RNDN);
  Num_tanh(g->b, g->b);
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
  Num_erfc(g->a, g->a);
  mpfr_div_2ui(g->a, g->a, 1, MPFR_RNDN);        /* Phi((nu - x)/varsigma) */
  mpfr_abs(g->b, x, MPFR_RNDN);
  mpfr_neg(g->b, g->b, MPFR_RNDN);
  Num_exp(g->b, g->b);
  mpfr_mul(g->a, g->a, g->b, MPFR_RNDN);
  mpfr_add_ui(g->b, g->b, 1, MPFR_RNDN);
  mpfr_sqr(g->b, g->b, MPFR_RNDN);
  mpfr_div(y, g->a, g->b, MPFR_RNDN);            /* times s'(x) = e^-|x| / (1 + e^-|x|)^2 */
}
#line 879 "noweb/learning.nw"
enum { MAX_BREAKS = 8 };

int Learning_integrate_with_breaks(mpfr_t out, Num_integrand f, void *ctx, const mpfr_t lo,
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

void Learning_gauss_norm(mpfr_t out, const mpfr_t s2)
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
    status = Learning_integrate_with_breaks(v, excess_integrand, &g, lo, hi, 5,
                                            (const mpfr_t *)cand);
    Learning_gauss_norm(lo, g.s2);
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
  int status = Learning_integrate_with_breaks(v, f, &g, lo, hi, nb, (const mpfr_t *)cand);
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
  Learning_gauss_norm(n, s2);
  mpfr_div(out, v, n, MPFR_RNDN);
  mpfr_clears(v, n, s2, (mpfr_ptr)0);
  return status;
}

int Learning_pc_by_parts(mpfr_t out, const mpfr_t alpha, const mpfr_t nu)
{
  return line_integral(out, by_parts_integrand, alpha, nu, 0);
}
#line 1080 "noweb/learning.nw"
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
  Learning_gauss_norm(t, s2);
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
  Learning_gauss_norm(t, s2);
  mpfr_div(out, sum, t, MPFR_RNDN);              /* 1 - p_C */
  gauss_walk_clear(&G);
  mpfr_clears(s2, h, x0, X, eh, t, sum, (mpfr_ptr)0);
  return 0;
}
#line 1300 "noweb/learning.nw"
enum { WIDE_VARSIGMA = 16 };

static void correction_integrand(mpfr_t y, const mpfr_t x, void *ctx)
{
  Gauss_ctx *g = ctx;
  scratch_follow(g, y);
  gauss_difference(g, x);
  Num_exp(g->b, x);
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
  Learning_gauss_norm(lo, g->s2);
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
#line 1402 "noweb/learning.nw"
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
#line 1477 "noweb/learning.nw"
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
#line 1520 "noweb/learning.nw"
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
