#line 453 "noweb/certify.nw"
/* test-certify.c: tangled from noweb/certify.nw; edit that, not this. */
#include <criterion/criterion.h>
#include <math.h>
#include <string.h>
#include <acb_calc.h>
#include <arb_hypgeom.h>
#include "certify.h"
#include "numerics.h"

#line 485 "noweb/certify.nw"
static void parabola(arb_t out, arb_srcptr x, slong prec, void *ctx)
{
  arb_t c;
  arb_init(c);
  arb_set_d(c, *(const double *)ctx);
  arb_sub_ui(out, x, 1, prec);
  arb_mul(out, out, x, prec);
  arb_add(out, out, c, prec);
  arb_clear(c);
}

static const Certify_box wide = {1, {-10}, {10}, {"x"}};

Test(certify, proves_a_parabola_above_zero)
{
  double c = 0.3;
  Certify_outcome o;
  cr_assert_eq(Certify_sign(&o, parabola, &c, &wide, 64, 10000), CERTIFY_PROVED);
  cr_assert(o.lower >= 0 && o.lower <= 0.05, "lower bound %g", o.lower);
  double w = o.at.hi[0] - o.at.lo[0];
  cr_assert(o.at.lo[0] - w <= 0.5 && 0.5 <= o.at.hi[0] + w, "least at [%g, %g]", o.at.lo[0],
            o.at.hi[0]);
}

Test(certify, refutes_the_misprint_with_a_certified_point)
{
  double c = 0.2;
  Certify_outcome o;
  cr_assert_eq(Certify_sign(&o, parabola, &c, &wide, 64, 10000), CERTIFY_COUNTEREXAMPLE);
  double x = o.at.lo[0], exact = x * x - x + 0.2;
  cr_assert_eq(o.at.lo[0], o.at.hi[0], "a counterexample is a point");
  cr_assert(o.hi < 0 && o.lo <= exact + 1e-15 && exact - 1e-15 <= o.hi,
            "f(%g) = %g outside [%g, %g]", x, exact, o.lo, o.hi);
  cr_assert_lt(o.boxes, 100, "%ld sub-boxes to find a violation of size 0.05", o.boxes);
}
#line 539 "noweb/certify.nw"
static void cosines(arb_t out, arb_srcptr x, slong prec, void *ctx)
{
  arb_t c, s, t;
  arb_init(c), arb_init(s), arb_init(t);
  arb_sin_cos(s, c, x + 0, prec);
  arb_sin_cos(t, out, x + 1, prec);
  arb_mul(out, out, c, prec);
  arb_submul(out, s, t, prec);
  arb_set_d(c, 1 + *(const double *)ctx);
  arb_add(out, out, c, prec);
  arb_clear(c), arb_clear(s), arb_clear(t);
}

static const Certify_box square = {2, {-4, -4}, {4, 4}, {"x", "y"}};

Test(certify, proves_in_two_coordinates_and_stops_at_a_touching_zero)
{
  double eps = 1e-2, zero = 0;
  Certify_outcome o;
  cr_assert_eq(Certify_sign(&o, cosines, &eps, &square, 64, 100000), CERTIFY_PROVED);
  cr_assert(o.lower >= 0 && o.lower <= eps, "lower bound %g", o.lower);
  cr_assert_eq(Certify_sign(&o, cosines, &zero, &square, 64, 2000), CERTIFY_UNDECIDED);
  cr_assert_eq(o.boxes, 2000);

  Ledger_result r;
  Ledger_result_init(&r);
  Certify_inequality(&r, cosines, &eps, &square, 64, 100000);
  cr_assert_eq(r.verdict, LEDGER_PROVED, "%s", r.summary);
  cr_assert(strstr(r.summary, "x in [-4, 4], y in [-4, 4]"), "%s", r.summary);
  cr_assert_geq(Ledger_field_value(&r, "sub_boxes"), 4);
  Ledger_result_init(&r);
  Certify_inequality(&r, cosines, &zero, &square, 64, 2000);
  cr_assert_eq(r.verdict, LEDGER_INCONCLUSIVE, "%s", r.summary);
}
#line 582 "noweb/certify.nw"
static void xexp(arb_t out, arb_srcptr x, slong prec, void *ctx)
{
  (void)ctx;
  arb_neg(out, x);
  arb_exp(out, out, prec);
  arb_mul(out, out, x, prec);
}

Test(certify, encloses_a_maximum_known_in_closed_form)
{
  Certify_box b = {1, {0}, {5}, {"x"}};
  Certify_outcome o;
  cr_assert_eq(Certify_maximum(&o, xexp, NULL, &b, NULL, 1e-6, 64, 100000), CERTIFY_PROVED);
  double e1 = exp(-1.0);
  cr_assert(o.lo <= e1 + 1e-16 && e1 - 1e-16 <= o.hi, "1/e outside [%.17g, %.17g]", o.lo, o.hi);
  cr_assert_leq(o.hi, o.lo * (1 + 1e-6) + 1e-300, "[%.17g, %.17g]", o.lo, o.hi);
  cr_assert_eq(Certify_maximum(&o, xexp, NULL, &b, NULL, 1e-6, 64, 5), CERTIFY_UNDECIDED);
  cr_assert(isinf(o.hi));
}
#line 611 "noweb/certify.nw"
static int gauss_acb(acb_ptr out, const acb_t z, void *ctx, slong order, slong prec)
{
  (void)ctx, (void)order;
  acb_mul(out, z, z, prec);
  acb_neg(out, out);
  acb_exp(out, out, prec);
  return 0;
}

static void gauss_mpfr(mpfr_t y, const mpfr_t x, void *ctx)
{
  (void)ctx;
  mpfr_sqr(y, x, MPFR_RNDN);
  mpfr_neg(y, y, MPFR_RNDN);
  mpfr_exp(y, y, MPFR_RNDN);
}

Test(certify, arb_integral_contains_our_quadrature)
{
  slong prec = 256;
  acb_t s, a, b;
  acb_init(s), acb_init(a), acb_init(b);
  acb_set_si(a, -3), acb_set_si(b, 3);
  mag_t tol;
  mag_init(tol), mag_set_ui_2exp_si(tol, 1, -prec);
  cr_assert_eq(acb_calc_integrate(s, gauss_acb, NULL, a, b, prec, tol, NULL, prec),
               ARB_CALC_SUCCESS);

  mpfr_t ours, err, lo, hi;
  mpfr_inits2(prec, ours, err, lo, hi, (mpfr_ptr)0);
  mpfr_set_si(lo, -3, MPFR_RNDN), mpfr_set_si(hi, 3, MPFR_RNDN);
  cr_assert_eq(Num_integrate(ours, err, gauss_mpfr, NULL, lo, hi, 0, NULL), 0);
  arb_t o, closed;
  arb_init(o), arb_init(closed);
  arf_set_mpfr(arb_midref(o), ours);
  arb_set_si(closed, 3), arb_hypgeom_erf(closed, closed, prec);
  arb_t pi;
  arb_init(pi), arb_const_sqrt_pi(pi, prec), arb_mul(closed, closed, pi, prec);
  cr_assert(arb_contains(acb_realref(s), o), "our quadrature outside Arb's integral");
  arb_add_error_2exp_si(o, -240);
  cr_assert(arb_overlaps(o, closed), "our quadrature is not sqrt(pi) erf 3");
  cr_assert(arb_overlaps(acb_realref(s), closed) && arb_rel_accuracy_bits(acb_realref(s)) > 200,
            "Arb's integral is not sqrt(pi) erf 3 to 200 bits");
  arb_clear(o), arb_clear(closed), arb_clear(pi);
  mpfr_clears(ours, err, lo, hi, (mpfr_ptr)0);
  acb_clear(s), acb_clear(a), acb_clear(b), mag_clear(tol);
}
