#line 49 "noweb/hopfield.nw"
/* hopfield.c: tangled from noweb/hopfield.nw; edit that, not this. */
#line 56 "noweb/hopfield.nw"
#include "hopfield.h"
#include <assert.h>
#include <math.h>
#include <stdio.h>
#include "numerics.h"
#line 139 "noweb/hopfield.nw"
typedef struct {
  mpfr_srcptr target;
  int near_tc;
} Field_equation;

static void field_equation(mpfr_t f, mpfr_t df, const mpfr_t x, void *ctx)
{
  const Field_equation *q = ctx;
  long ex = mpfr_get_exp(x);
  mpfr_prec_t w = mpfr_get_prec(f) + 8 + (q->near_tc && ex < 0 ? 2 * (mpfr_prec_t)(-ex) : 0);
  mpfr_t th, d;
  mpfr_inits2(w, th, d, (mpfr_ptr)0);
  mpfr_tanh(th, x, MPFR_RNDN);
  if (q->near_tc) {
    mpfr_sub(d, x, th, MPFR_RNDN);
    mpfr_div(d, d, x, MPFR_RNDN);                /* D(x) = 1 - tanh(x)/x */
    mpfr_sub(f, d, q->target, MPFR_RNDN);        /* D(x) - (1 - t) */
    mpfr_sqr(th, th, MPFR_RNDN);
    mpfr_sub(th, th, d, MPFR_RNDN);
    mpfr_div(df, th, x, MPFR_RNDN);
  } else {
    mpfr_div(d, th, x, MPFR_RNDN);
    mpfr_sub(f, d, q->target, MPFR_RNDN);        /* tanh(x)/x - t */
    mpfr_sqr(th, th, MPFR_RNDN);
    mpfr_ui_sub(th, 1, th, MPFR_RNDN);
    mpfr_sub(th, th, d, MPFR_RNDN);
    mpfr_div(df, th, x, MPFR_RNDN);
  }
  mpfr_clears(th, d, (mpfr_ptr)0);
}
#line 231 "noweb/hopfield.nw"
static double field_guess(double target, int near_tc)
{
  if (!near_tc) {
    double x = 1 / target;
    for (int i = 0; i < 60; i++)
      x = tanh(x) / target;
    return x;
  }
  double x = sqrt(3 * target);
  for (int i = 0; i < 60; i++) {
    double th = tanh(x), d = (x - th) / x, dd = (th * th - d) / x;
    double step = (d - target) / dd;
    x -= step;
    if (fabs(step) < 1e-15 * x)
      break;
  }
  return x;
}

#line 174 "noweb/hopfield.nw"
void Hopfield_field(mpfr_t x, const mpfr_t t)
{
  assert(mpfr_number_p(t) && mpfr_sgn(t) > 0);
  if (mpfr_cmp_ui(t, 1) >= 0) {
    mpfr_set_zero(x, 1);
    return;
  }
  mpfr_prec_t w = mpfr_get_prec(x) + HOPFIELD_FIELD_GUARD;
  mpfr_prec_t wt = mpfr_get_prec(t) > w ? mpfr_get_prec(t) : w;
  mpfr_t target, lo, hi, root;
  mpfr_init2(target, wt);
  mpfr_inits2(w, lo, hi, root, (mpfr_ptr)0);
  Field_equation q = {target, mpfr_cmp_d(t, 0.5) > 0};
  if (q.near_tc)
    mpfr_ui_sub(target, 1, t, MPFR_RNDN);        /* exact: Sterbenz */
  else
    mpfr_set(target, t, MPFR_RNDN);
  
#line 252 "noweb/hopfield.nw"
{
  mpfr_t f, df;
  mpfr_inits2(w, f, df, (mpfr_ptr)0);
  if (q.near_tc && mpfr_cmp_d(target, 1e-6) < 0) {
    mpfr_mul_d(f, target, 0.6, MPFR_RNDN);
    mpfr_add_ui(f, f, 1, MPFR_RNDN);
    mpfr_mul_ui(root, target, 3, MPFR_RNDN);
    mpfr_sqrt(root, root, MPFR_RNDN);
    mpfr_mul(root, root, f, MPFR_RNDN);             /* sqrt(3 eps) (1 + 3 eps/5) */
  } else if (!q.near_tc && mpfr_cmp_d(target, 1.0 / 64) < 0)
    mpfr_ui_div(root, 1, target, MPFR_RNDN);        /* x0 = 1/t to 2^-180 */
  else
    mpfr_set_d(root, field_guess(mpfr_get_d(target, MPFR_RNDN), q.near_tc), MPFR_RNDN);
  for (mpfr_prec_t bits = 50; bits < 2 * w; bits *= 2) {
    field_equation(f, df, root, &q);
    mpfr_div(f, f, df, MPFR_RNDN);
    mpfr_sub(root, root, f, MPFR_RNDN);
  }
  mpfr_clears(f, df, (mpfr_ptr)0);
}
#line 192 "noweb/hopfield.nw"
  mpfr_mul_2si(lo, root, -(long)w + 12, MPFR_RNDN);
  mpfr_add(hi, root, lo, MPFR_RNDU);
  mpfr_sub(lo, root, lo, MPFR_RNDD);
  int status = Num_root(root, field_equation, &q, lo, hi);
  if (status == -1) {
    
#line 275 "noweb/hopfield.nw"
mpfr_ui_div(hi, 1, t, MPFR_RNDU);
if (q.near_tc) {
  mpfr_mul_ui(lo, target, 3, MPFR_RNDN);
  mpfr_sqrt(lo, lo, MPFR_RNDN);
  mpfr_div_2ui(lo, lo, 1, MPFR_RNDN);
} else
  mpfr_mul_d(lo, hi, 0.75, MPFR_RNDN);
#line 198 "noweb/hopfield.nw"
    status = Num_root(root, field_equation, &q, lo, hi);
  }
  assert(status == 0);
  mpfr_set(x, root, MPFR_RNDN);
  mpfr_clears(target, lo, hi, root, (mpfr_ptr)0);
}
#line 296 "noweb/hopfield.nw"
mpfr_prec_t Hopfield_small_t_bits(const mpfr_t t)
{
  long e = mpfr_get_exp(t);
  return e < 1 ? (mpfr_prec_t)(1 - e) : 0;
}

void Hopfield_field_with_bits(mpfr_t x, const mpfr_t t, mpfr_prec_t extra)
{
  mpfr_set_prec(x, mpfr_get_prec(x) + extra + Hopfield_small_t_bits(t));
  Hopfield_field(x, t);
}

void Hopfield_magnetisation(mpfr_t m, const mpfr_t t)
{
  mpfr_t x;
  mpfr_init2(x, mpfr_get_prec(m));
  Hopfield_field_with_bits(x, t, 8);
  mpfr_tanh(m, x, MPFR_RNDN);
  mpfr_clear(x);
}
#line 361 "noweb/hopfield.nw"
static void ags_retrieval(double *alpha, double *m, double y)
{
  double e = erf(y), C = 2 * y * exp(-y * y) / (sqrt(M_PI) * e);
  *m = e;                                        /* AGS (1985) at T = 0: m = erf y */
  *alpha = e * e * (1 - C) * (1 - C) / (2 * y * y);
}

static double ags_capacity_y(void)
{
  double a = 1, b = 3, g = (sqrt(5.0) - 1) / 2, m;
  for (int i = 0; i < 200; i++) {
    double c = b - g * (b - a), d = a + g * (b - a), ac, ad;
    ags_retrieval(&ac, &m, c);
    ags_retrieval(&ad, &m, d);
    if (ac > ad) b = d; else a = c;
  }
  return 0.5 * (a + b);
}

double Hopfield_ags_capacity(double *m_at_capacity)
{
  double al;
  ags_retrieval(&al, m_at_capacity, ags_capacity_y());
  return al;
}

void Hopfield_ags_write_branch(FILE *f)
{
  for (double y = ags_capacity_y(); y <= 4.5; y += 0.01) {
    double al, m;
    ags_retrieval(&al, &m, y);
    fprintf(f, "%.6f\t%.6f\n", al, m);
  }
}
