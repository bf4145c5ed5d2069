#line 142 "noweb/review.nw"
/* review-claims.c: tangled from noweb/review.nw; edit that, not this. */
#line 154 "noweb/review.nw"
#include "review-internal.h"
#include <assert.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "numerics.h"
#include "stochastic.h"
#line 144 "noweb/review.nw"
#include "certify.h"
#include "ledger-output.h"
#line 286 "noweb/review.nw"
typedef struct {
  const char *tag, *what, *joules;
  unsigned bits;
} Hardware_reading;

static const Hardware_reading hardware[] = {
  {"fp32_add", "32-bit FP add, 45 nm (Horowitz ISSCC 2014)", "0.9e-12", 0},
  {"fp32_mul", "32-bit FP multiply, 45 nm (Horowitz ISSCC 2014)", "3.7e-12", 0},
  {"int32_add", "32-bit integer add, 45 nm (Horowitz ISSCC 2014)", "0.1e-12", 32},
  {"int8_add", "8-bit integer add, 45 nm (Horowitz ISSCC 2014)", "0.03e-12", 8},
  {"h100_bf16", "H100 SXM dense BF16, 700 W / 989e12 FLOP/s (vendor datasheet)", "700/989e12", 0},
  {"h100_fp64", "H100 SXM FP64, 700 W / 34e12 FLOP/s (vendor datasheet)", "700/34e12", 0},
};

static void reading_joules(mpfr_t out, const Hardware_reading *h)
{
  const char *slash = strchr(h->joules, '/');
  if (!slash) {
    mpfr_set_str(out, h->joules, 10, MPFR_RNDN);
    return;
  }
  mpfr_t den;
  mpfr_init2(den, mpfr_get_prec(out));
  char num[32];
  snprintf(num, sizeof num, "%.*s", (int)(slash - h->joules), h->joules);
  mpfr_set_str(out, num, 10, MPFR_RNDN);
  mpfr_set_str(den, slash + 1, 10, MPFR_RNDN);
  mpfr_div(out, out, den, MPFR_RNDN);            /* power / throughput */
  mpfr_clear(den);
}
#line 3985 "noweb/review.nw"
typedef struct {
  double a, a_se, B, B_se;
} Line_fit;

static Line_fit fit_line(size_t n, const double *x, const double *y, const double *se)
{
  double S = 0, Sx = 0, Sy = 0, Sxx = 0, Sxy = 0;
  for (size_t j = 0; j < n; j++) {
    double w = 1 / (se[j] * se[j]);
    S += w, Sx += w * x[j], Sy += w * y[j], Sxx += w * x[j] * x[j], Sxy += w * x[j] * y[j];
  }
  double d = S * Sxx - Sx * Sx;
  return (Line_fit){(Sxx * Sy - Sx * Sxy) / d, sqrt(Sxx / d), (S * Sxy - Sx * Sy) / d, sqrt(S / d)};
}
#line 1177 "noweb/review.nw"
static void check_boltzmann(const Ledger_options *o, Ledger_result *r)
{
  mpfr_t k;
  mpfr_init2(k, o->prec);
  Review_boltzmann(k);
  Ledger_value(r, k, "1.381e-23", "J/K");
  mpfr_clear(k);
}

static void landauer_at_300K(const Ledger_options *o, Ledger_result *r, int eV)
{
  mpfr_t T, v;
  mpfr_inits2(o->prec, T, v, (mpfr_ptr)0);
  mpfr_set_ui(T, 300, MPFR_RNDN);
  if (eV)
    Review_landauer_eV(v, T), Ledger_value(r, v, "0.018", "eV");
  else
    Review_landauer_J(v, T), Ledger_value(r, v, "2.9e-21", "J");
  mpfr_clears(T, v, (mpfr_ptr)0);
}
static void check_landauer_J(const Ledger_options *o, Ledger_result *r)
{
  landauer_at_300K(o, r, 0);
}

static void check_landauer_eV(const Ledger_options *o, Ledger_result *r)
{
  landauer_at_300K(o, r, 1);
}
#line 388 "noweb/review.nw"
static void landauer_at_310K(const Ledger_options *o, Ledger_result *r, int eV)
{
  mpfr_t T, v, zJ;
  mpfr_inits2(o->prec, T, v, zJ, (mpfr_ptr)0);
  mpfr_set_ui(T, 310, MPFR_RNDN);
  Review_landauer_J(zJ, T);
  mpfr_mul_ui(zJ, zJ, 1000, MPFR_RNDN);
  mpfr_mul_ui(zJ, zJ, 1000000000, MPFR_RNDN);
  mpfr_mul_ui(zJ, zJ, 1000000000, MPFR_RNDN);   /* 1 zJ = 1e-21 J */
  if (eV)
    Review_landauer_eV(v, T), Ledger_value(r, v, "0.01852", "eV");
  else
    Review_landauer_J(v, T), Ledger_value(r, v, "2.967e-21", "J");
  Ledger_field_mpfr(r, "zJ", zJ, 10);
  mpfr_clears(T, v, zJ, (mpfr_ptr)0);
}
static void check_landauer_310K_J(const Ledger_options *o, Ledger_result *r)
{
  landauer_at_310K(o, r, 0);
}

static void check_landauer_310K_eV(const Ledger_options *o, Ledger_result *r)
{
  landauer_at_310K(o, r, 1);
}
#line 343 "noweb/review.nw"
void Review_check_gap(const Ledger_options *o, Ledger_result *r, int decade)
{
  mpfr_t e, T, ratio;
  mpfr_inits2(o->prec, e, T, ratio, (mpfr_ptr)0);
  mpfr_set_ui(T, 300, MPFR_RNDN);
  double lo = INFINITY, hi = -INFINITY, worst = -1, best = INFINITY;
  const char *worst_at = "";
  for (size_t i = 0; i < sizeof hardware / sizeof hardware[0]; i++) {
    reading_joules(e, &hardware[i]);
    Review_landauer_ratio(ratio, e, T);
    Ledger_field_mpfr(r, hardware[i].tag, ratio, 4);
    double d = log10(mpfr_get_d(ratio, MPFR_RNDN)) - decade;
    lo = fmin(lo, d), hi = fmax(hi, d), best = fmin(best, fabs(d));
    if (fabs(d) > worst)
      worst = fabs(d), worst_at = hardware[i].what;
    if (hardware[i].bits) {
      char key[LEDGER_KEY];
      snprintf(key, sizeof key, "%s_per_bit", hardware[i].tag);
      mpfr_div_ui(ratio, ratio, hardware[i].bits, MPFR_RNDN);
      Ledger_field_mpfr(r, key, ratio, 3);
    }
  }
  if (lo <= 0 && 0 <= hi && worst <= 1)
    Ledger_field_double(r, "worst_decades", worst),
    Ledger_say(r, LEDGER_VERIFIED, "all readings within a decade of 1e%d (worst %.2f decades)",
               decade, worst);
  else if (best > 1)
    Ledger_field_double(r, "best_decades", best),
    Ledger_say(r, LEDGER_REFUTED, "no reading within a decade of 1e%d (closest %.2f decades)",
               decade, best);
  else
    Ledger_approximation(r, worst, worst_at, 0);
  if (r->verdict != LEDGER_VERIFIED)
    Ledger_found(r, "E/kT ln 2 at 300 K from %.2g to %.2g vs ~1e%d: worst %.2f decades off (%s)",
                 pow(10, lo + decade), pow(10, hi + decade), decade, worst, worst_at);
  mpfr_clears(e, T, ratio, (mpfr_ptr)0);
}

static void check_gap(const Ledger_options *o, Ledger_result *r) { Review_check_gap(o, r, 9); }
#line 1219 "noweb/review.nw"
static void limits_residual(mpfr_t res, mpfr_prec_t prec, void *ctx)
{
  (void)ctx;
  static const double at[3] = {0, 0.5, 1};
  mpfr_t p, b, want;
  mpfr_inits2(prec, p, b, want, (mpfr_ptr)0);
  mpfr_set_zero(res, 1);
  for (int i = 0; i < 3; i++) {
    mpfr_set_d(p, at[i], MPFR_RNDN);
    Review_erasure_bound(b, p);
    if (at[i] == 0.5)
      mpfr_set_zero(want, 1);
    else
      mpfr_const_log2(want, MPFR_RNDN);
    Ledger_widen(res, b, want);
  }
  mpfr_clears(p, b, want, (mpfr_ptr)0);
}

static void check_limits(const Ledger_options *o, Ledger_result *r)
{
  Ledger_identity(r, limits_residual, NULL, o->prec, 4);
}
#line 1262 "noweb/review.nw"
static void quasistatic_residual(mpfr_t res, mpfr_prec_t prec, void *ctx)
{
  (void)ctx;
  mpfr_t p, w, b;
  mpfr_inits2(prec, p, w, b, (mpfr_ptr)0);
  mpfr_set_zero(res, 1);
  for (int i = 1; i <= 27; i++) {
    if (i <= 12)
      mpfr_set_ui(p, 10, MPFR_RNDN), mpfr_pow_si(p, p, -i, MPFR_RNDN);
    else
      mpfr_set_ui(p, (unsigned long)(i - 12), MPFR_RNDN), mpfr_div_ui(p, p, 32, MPFR_RNDN);
    if (Review_quasistatic_work(w, p) != 0) {
      mpfr_set_nan(res);
      break;
    }
    Review_erasure_bound(b, p);
    Ledger_widen(res, w, b);
  }
  mpfr_clears(p, w, b, (mpfr_ptr)0);
}

static void check_quasistatic(const Ledger_options *o, Ledger_result *r)
{
  Ledger_identity(r, quasistatic_residual, NULL, o->prec, 8);
}
#line 1313 "noweb/review.nw"
static void perfect_reset_residual(mpfr_t res, mpfr_prec_t prec, void *ctx)
{
  const Review_landauer_cost *cost = ctx;
  mpfr_t p, w;
  mpfr_inits2(prec, p, w, (mpfr_ptr)0);
  mpfr_set_ui_2exp(p, 1, -(long)prec - 64, MPFR_RNDN);
  if (Review_quasistatic_work(w, p) != 0)
    mpfr_set_nan(res);
  else {
    cost->per_bit(p, MPFR_RNDN);
    mpfr_sub(res, w, p, MPFR_RNDN);
  }
  mpfr_clears(p, w, (mpfr_ptr)0);
}

void Review_check_perfect_reset(const Ledger_options *o, Ledger_result *r,
                                const Review_landauer_cost *cost)
{
  Ledger_identity(r, perfect_reset_residual, (void *)cost, o->prec, 8);
}

static void check_perfect_reset(const Ledger_options *o, Ledger_result *r)
{
  static const Review_landauer_cost printed = {mpfr_const_log2};
  Review_check_perfect_reset(o, r, &printed);
}
#line 1509 "noweb/review.nw"
enum { STEP_PREC = 64, STEP_JMAX = 10, STEP_BOXES = 2000 };

typedef struct {
  unsigned long K, first;                       /* first = 0: the erasure; 1: the engine */
  int sign;                                     /* slack = sign (W - b) */
  Review_bound_ball bound;
  int curvature;                                /* 1: the slack's second derivative in e */
} Step_ctx;

static void level_of(arb_t e, const arb_t p, slong prec)
{
  arb_sub_ui(e, p, 1, prec);
  arb_neg(e, e);
  arb_div(e, e, p, prec);
  arb_log(e, e, prec);                           /* e = ln((1 - p) / p) */
}

static void step_slack_jet(arb_ptr s, const arb_t e, const Step_ctx *c, int order, slong prec)
{
  arb_ptr b = _arb_vec_init(order + 1);
  Review_step_work_ball(s, e, c->K, c->first, order, prec);
  c->bound(b, e, order, prec);
  _arb_vec_sub(s, s, b, order + 1, prec);
  if (c->sign < 0)
    _arb_vec_neg(s, s, order + 1);
  _arb_vec_clear(b, order + 1);
}
#line 1553 "noweb/review.nw"
static void power_of_h(arb_t h, const mag_t r, int n)   /* h^n for h in [-r, r] */
{
  if (n == 0)
    return arb_one(h);
  mag_one(arb_radref(h));
  for (int i = 0; i < n; i++)
    mag_mul(arb_radref(h), arb_radref(h), r);
  if (n % 2 == 0) {                              /* [0, r^n] */
    mag_mul_2exp_si(arb_radref(h), arb_radref(h), -1);
    arf_set_mag(arb_midref(h), arb_radref(h));
  } else
    arf_zero(arb_midref(h));
}

typedef void (*Jet_fn)(arb_ptr s, const arb_t e, const void *ctx, int order, slong prec);

static void taylor_form(arb_t out, Jet_fn jet, const void *ctx, const arb_t e, int d, int N,
                        slong prec)
{
  static const ulong factorial[] = {1, 1, 2, 6, 24};
  assert(d + N <= REVIEW_ORDER);
  arb_ptr s = _arb_vec_init(REVIEW_ORDER + 1);
  arb_t m, h;
  arb_init(m), arb_init(h);
  if (mag_cmp_2exp_si(arb_radref(e), -32) < 0) {
    jet(s, e, ctx, d, prec);
    arb_set(out, s + d);
  } else {
    arb_get_mid_arb(m, e);
    jet(s, m, ctx, d + N - 1, prec);             /* at the middle, to order d + N - 1 */
    arb_zero(out);
    for (int n = N - 1; n >= 0; n--) {
      power_of_h(h, arb_radref(e), n);
      arb_div_ui(h, h, factorial[n], prec);
      arb_addmul(out, s + d + n, h, prec);
    }
    jet(s, e, ctx, d + N, prec);                 /* over the ball, order d + N */
    power_of_h(h, arb_radref(e), N);
    arb_div_ui(h, h, factorial[N], prec);
    arb_addmul(out, s + d + N, h, prec);         /* review eq. (taylor-form) */
  }
  arb_clear(m), arb_clear(h);
  _arb_vec_clear(s, REVIEW_ORDER + 1);
}

static void step_jet(arb_ptr s, const arb_t e, const void *ctx, int order, slong prec)
{
  step_slack_jet(s, e, ctx, order, prec);
}

static void step_slack(arb_t out, arb_srcptr x, slong prec, void *ctx)
{
  const Step_ctx *c = ctx;
  arb_t e;
  arb_init(e);
  level_of(e, x, prec);
  taylor_form(out, step_jet, c, e, c->curvature ? 2 : 0, c->curvature ? 2 : 3, prec);
  arb_clear(e);
}
#line 1628 "noweb/review.nw"
typedef struct {
  long boxes;
  double least_off_half, least_curvature;
} Step_proof;

static int step_search(Ledger_result *r, Step_ctx *c, const Certify_box *box, Step_proof *pr,
                       double *least)
{
  Certify_outcome o;
  char at[LEDGER_TEXT], where[LEDGER_TEXT + 32];
  Certify_sign(&o, step_slack, c, box, STEP_PREC, STEP_BOXES);
  pr->boxes += o.boxes;
  Certify_box_text(at, sizeof at, &o.at);
  snprintf(where, sizeof where, "K = %lu, %s", c->K, at);
  if (o.status == CERTIFY_PROVED)
    return *least = fmin(*least, o.lower), 1;
  if (o.status == CERTIFY_COUNTEREXAMPLE && !c->curvature)
    Ledger_counterexample(r, LEDGER_INEQUALITY, o.lo, o.hi, where);
  else if (!c->curvature)
    Ledger_say(r, LEDGER_INCONCLUSIVE, "no proof: %ld sub-boxes, %s left undecided", pr->boxes,
               where);
  return 0;
}

static int prove_step_law(Ledger_result *r, Step_ctx c, const char *name, Step_proof *pr)
{
  const Certify_box off = {1, {1.0 / 64}, {0.25}, {name}}, end = {1, {0.25}, {0.5}, {name}};
  char where[LEDGER_TEXT];
  *pr = (Step_proof){0, INFINITY, INFINITY};
  for (int j = 0; j <= STEP_JMAX; j++) {
    c.K = 1ul << j, c.curvature = 0;
    if (!step_search(r, &c, &off, pr, &pr->least_off_half))
      return 0;
  }
  for (int j = 0; j <= STEP_JMAX; j++) {
    c.K = 1ul << j, c.curvature = 0;
    
#line 1679 "noweb/review.nw"
{
  arb_ptr s = _arb_vec_init(2);
  arb_t zero;
  arb_init(zero);
  step_slack_jet(s, zero, &c, 1, STEP_PREC);     /* the level 0 is p = 1/2, exactly */
  double lo = Certify_down(s), hi = Certify_up(s);
  int vanishes = arb_contains_zero(s) && arb_contains_zero(s + 1);
  arb_clear(zero);
  _arb_vec_clear(s, 2);
  snprintf(where, sizeof where, "K = %lu, %s = 0.5", c.K, name);
  if (hi < 0)
    return Ledger_counterexample(r, LEDGER_INEQUALITY, lo, hi, where), 0;
  if (!vanishes)
    return Ledger_say(r, LEDGER_INCONCLUSIVE, "no proof: the slack does not vanish to second "
                      "order at %s ([%.3g, %.3g])", where, lo, hi), 0;
}
#line 1665 "noweb/review.nw"
    c.curvature = 1;
    if (step_search(r, &c, &end, pr, &pr->least_curvature))
      continue;
    c.curvature = 0;                             /* no convexity: look for a violation */
    if (step_search(r, &c, &end, pr, &pr->least_off_half))
      Ledger_say(r, LEDGER_INCONCLUSIVE, "no proof near %s = 1/2: the second derivative of the "
                 "slack is not shown >= 0 at K = %lu", name, c.K);
    return 0;
  }
  return 1;
}
#line 1700 "noweb/review.nw"
static void certify_erasure_second_law(Ledger_result *r, Review_bound_ball bound)
{
  Step_proof pr;
  if (!prove_step_law(r, (Step_ctx){1, 0, 1, bound, 0}, "p", &pr))
    return;
  Ledger_proved(r, "K = 2^j, j = 0..10; p in [0.015625, 0.5]", pr.boxes, "sub-boxes", 0,
                "p = 0.5, where the slack is 0 for every K");
  Ledger_field_double(r, "cert_slack_p_to_0.25", pr.least_off_half);
  Ledger_field_double(r, "cert_curvature_p_from_0.25", pr.least_curvature);
}
#line 1377 "noweb/review.nw"
typedef struct {
  Review_bound bound;
} Bound_ctx;

static void erasure_second_law_slack(mpfr_t min, char *where, size_t size, mpfr_prec_t prec,
                                     void *ctx)
{
  const Bound_ctx *c = ctx;
  mpfr_t p, w, b, work[31][11];
  mpfr_inits2(prec, p, w, b, (mpfr_ptr)0);
  for (int i = 1; i <= 31; i++) {
    for (int j = 0; j <= 10; j++)
      mpfr_init2(work[i - 1][j], prec);
    mpfr_set_ui(p, (unsigned long)i, MPFR_RNDN);
    mpfr_div_ui(p, p, 64, MPFR_RNDN);
    Review_protocol_works(work[i - 1], p, 10);   /* K = 2^j, j = 0..10, at once */
  }
  mpfr_set_inf(min, 1);
  for (int j = 0; j <= 10; j++)
    for (int i = 1; i <= 31; i++) {
      mpfr_set_ui(p, (unsigned long)i, MPFR_RNDN);
      mpfr_div_ui(p, p, 64, MPFR_RNDN);
      mpfr_set(w, work[i - 1][j], MPFR_RNDN);
      c->bound(b, p);
      mpfr_sub(w, w, b, MPFR_RNDN);
      if (mpfr_less_p(w, min))
        mpfr_set(min, w, MPFR_RNDN), snprintf(where, size, "K = %lu, p = %d/64", 1ul << j, i);
    }
  for (int i = 0; i < 31; i++)
    for (int j = 0; j <= 10; j++)
      mpfr_clear(work[i][j]);
  mpfr_clears(p, w, b, (mpfr_ptr)0);
}

void Review_check_erasure_second_law(const Ledger_options *o, Ledger_result *r,
                                     const Review_law *law)
{
  mpfr_prec_t prec = o->prec < 64 ? 64 : o->prec;
  Bound_ctx c = {law->mpfr};
  Ledger_inequality_mpfr(r, erasure_second_law_slack, &c, prec);
  mpfr_t p, w, b, slack;
  mpfr_inits2(prec, p, w, b, slack, (mpfr_ptr)0);
  
#line 1432 "noweb/review.nw"
mpfr_set_d(p, 0.1, MPFR_RNDN);
Review_protocol_work(w, p, 1024);
Review_erasure_bound(b, p);
mpfr_sub(slack, w, b, MPFR_RNDN);
mpfr_mul_ui(slack, slack, 1024, MPFR_RNDN);
Ledger_field_mpfr(r, "K_excess_at_K1024_p0.1", slack, 10);
Review_final_level(w, p);
mpfr_mul_d(w, w, 0.5 * (0.5 - 0.1), MPFR_RNDN);
Ledger_field_mpfr(r, "B_at_p0.1", w, 10);
#line 1420 "noweb/review.nw"
  mpfr_clears(p, w, b, slack, (mpfr_ptr)0);
  certify_erasure_second_law(r, law->ball);
}

static void check_second_law(const Ledger_options *o, Ledger_result *r)
{
  static const Review_law printed = {Review_erasure_bound, Review_erasure_bound_ball};
  Review_check_erasure_second_law(o, r, &printed);
}
#line 1725 "noweb/review.nw"
enum { ERASURE_SAMPLES = 1000000, ERASURE_STEPS = 16 };

static void check_simulation(const Ledger_options *o, Ledger_result *r)
{
  Ledger_mc mc;
  Review_erasure_mc(&mc, 0.1, ERASURE_STEPS, o->seed, o->samples ? o->samples : ERASURE_SAMPLES,
                    o->threads);
  Ledger_stochastic(r, &mc, 4);
  mpfr_t p, b;
  mpfr_inits2(128, p, b, (mpfr_ptr)0);
  mpfr_set_d(p, 0.1, MPFR_RNDN);
  Review_erasure_bound(b, p);
  Ledger_field_double(r, "z_above_bound", (mc.estimate - mpfr_get_d(b, MPFR_RNDN)) / mc.stderr_);
  mpfr_clears(p, b, (mpfr_ptr)0);
}
#line 2128 "noweb/review.nw"
static void grid_eps(mpfr_t eps, int i)
{
  if (i <= 12)
    mpfr_set_ui(eps, 10, MPFR_RNDN), mpfr_pow_si(eps, eps, -i, MPFR_RNDN);
  else
    mpfr_set_ui(eps, (unsigned long)(i - 13), MPFR_RNDN), mpfr_div_ui(eps, eps, 64, MPFR_RNDN);
}

static void information_residual(mpfr_t res, mpfr_prec_t prec, void *ctx)
{
  (void)ctx;
  mpfr_t eps, a, b;
  mpfr_inits2(prec, eps, a, b, (mpfr_ptr)0);
  mpfr_set_zero(res, 1);
  for (int i = 1; i <= 12 + 65; i++) {
    grid_eps(eps, i);
    Review_szilard_information(a, eps);
    Review_erasure_bound(b, eps);
    Ledger_widen(res, a, b);
  }
  mpfr_clears(eps, a, b, (mpfr_ptr)0);
}

static void check_szilard_information(const Ledger_options *o, Ledger_result *r)
{
  Ledger_identity(r, information_residual, NULL, o->prec, 8);
}
#line 2167 "noweb/review.nw"
static void optimal_feedback_residual(mpfr_t res, mpfr_prec_t prec, void *ctx)
{
  (void)ctx;
  mpfr_t eps, e0, w, info;
  mpfr_inits2(prec, eps, e0, w, info, (mpfr_ptr)0);
  mpfr_set_zero(res, 1);
  for (int i = 1; i <= 12 + 33; i++) {
    grid_eps(eps, i);
    if (mpfr_zero_p(eps))
      continue;
    Review_final_level(e0, eps);
    if (Review_szilard_quasistatic_work(w, eps, e0) != 0) {
      mpfr_set_nan(res);
      break;
    }
    Review_szilard_information(info, eps);
    Ledger_widen(res, w, info);
  }
  mpfr_clears(eps, e0, w, info, (mpfr_ptr)0);
}

static void check_szilard_optimal(const Ledger_options *o, Ledger_result *r)
{
  Ledger_identity(r, optimal_feedback_residual, NULL, o->prec, 8);
}
#line 2206 "noweb/review.nw"
static void kl_divergence(mpfr_t out, const mpfr_t eps, const mpfr_t level)
{
  mpfr_prec_t w = mpfr_get_prec(out) + PROTOCOL_GUARD;
  mpfr_t q, a, b;
  mpfr_inits2(w, q, a, b, (mpfr_ptr)0);
  mpfr_neg(q, level, MPFR_RNDN);
  Num_logistic(q, q);                            /* pi(e) */
  mpfr_div(a, eps, q, MPFR_RNDN);
  mpfr_log(a, a, MPFR_RNDN);
  mpfr_mul(a, a, eps, MPFR_RNDN);
  mpfr_ui_sub(q, 1, q, MPFR_RNDN);
  mpfr_ui_sub(b, 1, eps, MPFR_RNDN);
  mpfr_div(q, b, q, MPFR_RNDN);
  mpfr_log(q, q, MPFR_RNDN);
  mpfr_mul(b, b, q, MPFR_RNDN);
  mpfr_add(out, a, b, MPFR_RNDN);
  mpfr_clears(q, a, b, (mpfr_ptr)0);
}

static const double mismatch_eps[] = {0.01, 0.1, 0.25, 0.4};
static const double mismatch_factor[] = {0, 0.5, 0.9, 1.1, 2};

static int mismatch_level(mpfr_t level, const mpfr_t eps, size_t j)
{
  if (j == sizeof mismatch_factor / sizeof mismatch_factor[0])
    return mpfr_set_ui(level, 20, MPFR_RNDN), 0;
  Review_final_level(level, eps);
  return mpfr_mul_d(level, level, mismatch_factor[j], MPFR_RNDN), 0;
}

static void mismatch_residual(mpfr_t res, mpfr_prec_t prec, void *ctx)
{
  (void)ctx;
  mpfr_t eps, level, w, info, d;
  mpfr_inits2(prec, eps, level, w, info, d, (mpfr_ptr)0);
  mpfr_set_zero(res, 1);
  for (size_t i = 0; i < sizeof mismatch_eps / sizeof mismatch_eps[0]; i++)
    for (size_t j = 0; j <= sizeof mismatch_factor / sizeof mismatch_factor[0]; j++) {
      mpfr_set_d(eps, mismatch_eps[i], MPFR_RNDN);
      mismatch_level(level, eps, j);
      if (Review_szilard_quasistatic_work(w, eps, level) != 0) {
        mpfr_set_nan(res);
        goto done;
      }
      Review_szilard_information(info, eps);
      kl_divergence(d, eps, level);
      mpfr_sub(info, info, w, MPFR_RNDN);
      Ledger_widen(res, info, d);
    }
done:
  mpfr_clears(eps, level, w, info, d, (mpfr_ptr)0);
}

static void check_szilard_mismatch(const Ledger_options *o, Ledger_result *r)
{
  Ledger_identity(r, mismatch_residual, NULL, o->prec, 8);
}
#line 2408 "noweb/review.nw"
static void mismatch_shortfall_ball(arb_t out, double eps, size_t j, Review_bound_ball bound)
{
  arb_ptr b = _arb_vec_init(1);
  arb_t x, e0, level, t;
  arb_init(x), arb_init(e0), arb_init(level), arb_init(t);
  arb_set_d(x, eps);
  level_of(e0, x, STEP_PREC);
  bound(b, e0, 0, STEP_PREC);                    /* the law's I(eps), at the level e0(eps) */
  if (j == sizeof mismatch_factor / sizeof mismatch_factor[0])
    arb_set_ui(level, 20);
  else
    arb_set_d(t, mismatch_factor[j]), arb_mul(level, e0, t, STEP_PREC);
  arb_neg(t, level);
  arb_exp(t, t, STEP_PREC);
  arb_log1p(t, t, STEP_PREC);
  arb_const_log2(out, STEP_PREC);
  arb_sub(out, out, t, STEP_PREC);               /* integral of pi from 0 to e */
  arb_submul(out, x, level, STEP_PREC);          /* W_ext(e) = ... - eps e */
  arb_sub(out, b, out, STEP_PREC);               /* I - W_ext(e) */
  arb_clear(x), arb_clear(e0), arb_clear(level), arb_clear(t);
  _arb_vec_clear(b, 1);
}
#line 2436 "noweb/review.nw"
static void certify_feedback_second_law(Ledger_result *r, Review_bound_ball bound)
{
  Step_proof pr;
  if (!prove_step_law(r, (Step_ctx){1, 1, -1, bound, 0}, "eps", &pr))
    return;
  double least = INFINITY;
  char where[LEDGER_TEXT];
  arb_t s;
  arb_init(s);
  for (size_t i = 0; i < sizeof mismatch_eps / sizeof mismatch_eps[0]; i++)
    for (size_t j = 0; j <= sizeof mismatch_factor / sizeof mismatch_factor[0]; j++) {
      mismatch_shortfall_ball(s, mismatch_eps[i], j, bound);
      snprintf(where, sizeof where, "quasi-static, eps = %g, level %s", mismatch_eps[i],
               j < 5 ? (const char *[]){"0", "e0/2", "0.9 e0", "1.1 e0", "2 e0"}[j] : "20");
      if (arb_is_negative(s)) {
        Ledger_counterexample(r, LEDGER_INEQUALITY, Certify_down(s), Certify_up(s), where);
        arb_clear(s);
        return;
      }
      least = fmin(least, Certify_down(s));
    }
  arb_clear(s);
  if (!(least >= 0))
    return (void)Ledger_say(r, LEDGER_INCONCLUSIVE, "no proof: a mismatched engine's shortfall "
                            "is not shown >= 0 (least lower end %.3g)", least);
  Ledger_proved(r, "K = 2^j, j = 0..10; eps in [0.015625, 0.5]; 24 mismatched engines",
                pr.boxes + 24, "sub-boxes and engines", 0,
                "eps = 0.5, where the shortfall is 0 for every K");
  Ledger_field_double(r, "cert_slack_eps_to_0.25", pr.least_off_half);
  Ledger_field_double(r, "cert_curvature_eps_from_0.25", pr.least_curvature);
  Ledger_field_double(r, "cert_slack_mismatch", least);
}
#line 2296 "noweb/review.nw"
static void keep_min(mpfr_t min, const mpfr_t slack, char *where, size_t n, const char *fmt,
                     double a, double b)
{
  if (mpfr_less_p(slack, min))
    mpfr_set(min, slack, MPFR_RNDN), snprintf(where, n, fmt, a, b);
}

typedef struct {
  Review_bound bound;
  double min_k, min_mismatch;
} Feedback_ctx;

static void feedback_slack(mpfr_t min, char *where, size_t size, mpfr_prec_t prec, void *ctx)
{
  Feedback_ctx *c = ctx;
  mpfr_t eps, w, info, level, work[31][11];
  mpfr_inits2(prec, eps, w, info, level, (mpfr_ptr)0);
  for (int i = 1; i <= 31; i++) {
    for (int j = 0; j <= 10; j++)
      mpfr_init2(work[i - 1][j], prec);
    mpfr_set_ui(eps, (unsigned long)i, MPFR_RNDN);
    mpfr_div_ui(eps, eps, 64, MPFR_RNDN);
    Review_szilard_works(work[i - 1], eps, 10);  /* K = 2^j, j = 0..10, at once */
  }
  mpfr_set_inf(min, 1);
  for (int j = 0; j <= 10; j++)
    for (int i = 1; i <= 31; i++) {
      mpfr_set_ui(eps, (unsigned long)i, MPFR_RNDN);
      mpfr_div_ui(eps, eps, 64, MPFR_RNDN);
      mpfr_set(w, work[i - 1][j], MPFR_RNDN);
      c->bound(info, eps);
      mpfr_sub(info, info, w, MPFR_RNDN);
      keep_min(min, info, where, size, "K = %.0f steps, eps = %.0f/64", (double)(1ul << j), i);
    }
  c->min_k = mpfr_get_d(min, MPFR_RNDN);
  c->min_mismatch = INFINITY;
  for (size_t i = 0; i < sizeof mismatch_eps / sizeof mismatch_eps[0]; i++)
    for (size_t j = 0; j <= sizeof mismatch_factor / sizeof mismatch_factor[0]; j++) {
      mpfr_set_d(eps, mismatch_eps[i], MPFR_RNDN);
      mismatch_level(level, eps, j);
      if (Review_szilard_quasistatic_work(w, eps, level) != 0)
        mpfr_set_nan(w);
      c->bound(info, eps);
      mpfr_sub(info, info, w, MPFR_RNDN);
      c->min_mismatch = fmin(c->min_mismatch, mpfr_get_d(info, MPFR_RNDN));
      if (mpfr_nan_p(info))
        mpfr_set_nan(min);
      keep_min(min, info, where, size, "quasi-static, level %.4g, eps = %g",
               mpfr_get_d(level, MPFR_RNDN), mismatch_eps[i]);
    }
  for (int i = 0; i < 31; i++)
    for (int j = 0; j <= 10; j++)
      mpfr_clear(work[i][j]);
  mpfr_clears(eps, w, info, level, (mpfr_ptr)0);
}

void Review_check_feedback_second_law(const Ledger_options *o, Ledger_result *r,
                                      const Review_law *law)
{
  mpfr_prec_t prec = o->prec < 64 ? 64 : o->prec;
  Feedback_ctx c = {law->mpfr, NAN, NAN};
  Ledger_inequality_mpfr(r, feedback_slack, &c, prec);
  Ledger_field_double(r, "min_slack_K_steps", c.min_k);
  Ledger_field_double(r, "min_slack_mismatch", c.min_mismatch);
  mpfr_t eps, w, info, slack;
  mpfr_inits2(prec, eps, w, info, slack, (mpfr_ptr)0);
  
#line 2375 "noweb/review.nw"
mpfr_set_d(eps, 0.1, MPFR_RNDN);
Review_szilard_work(w, eps, 1024);
Review_szilard_information(info, eps);
mpfr_sub(slack, info, w, MPFR_RNDN);
mpfr_mul_ui(slack, slack, 1024, MPFR_RNDN);
Ledger_field_mpfr(r, "K_shortfall_at_K1024_eps0.1", slack, 10);
Review_final_level(w, eps);
mpfr_mul_d(w, w, 0.5 * (0.5 - 0.1), MPFR_RNDN);
Ledger_field_mpfr(r, "B_at_eps0.1", w, 10);
#line 2363 "noweb/review.nw"
  mpfr_clears(eps, w, info, slack, (mpfr_ptr)0);
  certify_feedback_second_law(r, law->ball);
}

static void check_szilard_second_law(const Ledger_options *o, Ledger_result *r)
{
  static const Review_law printed = {Review_szilard_information, Review_information_ball};
  Review_check_feedback_second_law(o, r, &printed);
}
#line 2484 "noweb/review.nw"
enum { SZILARD_SAMPLES = 1000000, SZILARD_STEPS = 16 };
static const double szilard_eps[] = {0.05, 0.1, 0.2, 0.3};

static void check_szilard_simulation(const Ledger_options *o, Ledger_result *r)
{
  Ledger_mc mc[4];
  double below = INFINITY;
  mpfr_t e, info;
  mpfr_inits2(128, e, info, (mpfr_ptr)0);
  for (size_t i = 0; i < 4; i++) {
    Review_szilard_mc(&mc[i], szilard_eps[i], SZILARD_STEPS, o->seed,
                      o->samples ? o->samples : SZILARD_SAMPLES, o->threads);
    mpfr_set_d(e, szilard_eps[i], MPFR_RNDN);
    Review_szilard_information(info, e);
    below = fmin(below, (mpfr_get_d(info, MPFR_RNDN) - mc[i].estimate) / mc[i].stderr_);
  }
  size_t worst = Ledger_stochastic_worst(r, mc, 4, 4);
  Ledger_field_double(r, "worst_at_eps", szilard_eps[worst]);
  for (size_t i = 0; i < 4; i++) {
    char key[LEDGER_KEY];
    snprintf(key, sizeof key, "z_at_eps%g", szilard_eps[i]);
    Ledger_field_double(r, key, mc[i].z);
  }
  Ledger_field_double(r, "min_z_below_bound", below);
  mpfr_clears(e, info, (mpfr_ptr)0);
}
#line 2704 "noweb/review.nw"
enum { MEASUREMENT_BOXES = 4000 };

static void measurement_jet(arb_ptr a, const arb_t e, const void *ctx, int order, slong prec)
{
  (void)ctx;
  arb_ptr P = _arb_vec_init(order + 1);
  arb_t t;
  arb_init(t);
  Review_information_ball(a, e, order, prec);
  _arb_vec_neg(a, a, order + 1);                 /* -I^(n) */
  Review_logistic_jet(P, e, order, prec);
  arb_neg(t, e);
  arb_exp(t, t, prec);
  arb_log1p(t, t, prec);
  arb_sub(a, a, t, prec);                        /* - G(e) */
  arb_const_log2(t, prec);
  arb_add(a, a, t, prec);
  arb_submul(a, e, P, prec);                     /* A = ln 2 - I - G - e pi(e) */
  for (int n = 1; n <= order; n++) {
    arb_addmul_si(a + n, P + n - 1, 1 - n, prec);
    arb_submul(a + n, e, P + n, prec);           /* A^(n) = -I^(n) + (1 - n) pi^(n-1) - e pi^(n) */
  }
  arb_clear(t);
  _arb_vec_clear(P, order + 1);
}

static void measurement_slack_ball(arb_t out, arb_srcptr x, slong prec, void *ctx)
{
  (void)ctx;
  arb_t e, L, t;
  arb_init(e), arb_init(L), arb_init(t);
  level_of(e, x, prec);
  taylor_form(out, measurement_jet, NULL, e, 0, 4, prec);
  arf_set_ui(arb_midref(L), 1);
  arf_set_ui(arb_midref(t), 16);
  arb_set_interval_arf(t, arb_midref(L), arb_midref(t), prec);   /* L - e0 in [1, 16] */
  arb_add(L, e, t, prec);
  arb_exp(t, L, prec);
  arb_add_ui(t, t, 1, prec);
  arb_div(t, L, t, prec);
  arb_add(out, out, t, prec);                    /* + L pi(L) */
  arb_neg(t, L);
  arb_exp(t, t, prec);
  arb_log1p(t, t, prec);
  arb_add(out, out, t, prec);                    /* + G(L) */
  arb_clear(e), arb_clear(L), arb_clear(t);
}
#line 2758 "noweb/review.nw"
static void certify_measurement_reading(Ledger_result *step)
{
  static const Certify_box eps = {1, {1.0 / 64}, {0.5}, {"eps"}};
  Certify_outcome o;
  char at[LEDGER_TEXT];
  Certify_sign(&o, measurement_slack_ball, NULL, &eps, STEP_PREC, MEASUREMENT_BOXES);
  Certify_box_text(at, sizeof at, &o.at);
  if (o.status == CERTIFY_PROVED)
    Ledger_proved(step, "eps in [0.015625, 0.5], L - e0 in [1, 16]", o.boxes, "sub-boxes",
                  o.lower, at);
  else if (o.status == CERTIFY_COUNTEREXAMPLE)
    Ledger_counterexample(step, LEDGER_INEQUALITY, o.lo, o.hi, at);
  else
    Ledger_say(step, LEDGER_INCONCLUSIVE, "no proof: %ld sub-boxes, %s left undecided", o.boxes,
               at);
}

static void certify_cycle_reading(Ledger_result *cycle)
{
  arb_ptr info = _arb_vec_init(1);
  arb_t x, e, s;
  arb_init(x), arb_init(e), arb_init(s);
  arb_set_d(x, 1.0 / 64);
  level_of(e, x, STEP_PREC);
  Review_information_ball(info, e, 0, STEP_PREC);
  arb_neg(s, e);
  arb_exp(s, s, STEP_PREC);
  arb_log1p(s, s, STEP_PREC);                    /* W = ln 2 - G(e0) - eps e0, so */
  arb_addmul(s, x, e, STEP_PREC);                /* -W + ln 2 = G(e0) + eps e0 */
  arb_sub(s, s, info, STEP_PREC);                /* dS_sys + dS_env - (I - ln 2) */
  Ledger_counterexample(cycle, LEDGER_INEQUALITY, Certify_down(s), Certify_up(s),
                        "cycle, optimal engine, eps = 1/64, S_demon = ln 2");
  arb_clear(x), arb_clear(e), arb_clear(s);
  _arb_vec_clear(info, 1);
}
#line 2588 "noweb/review.nw"
static void measurement_slack(mpfr_t min, char *where, size_t size, mpfr_prec_t prec, void *ctx)
{
  (void)ctx;
  mpfr_t eps, e0, level, a, b, below, info, ln2;
  mpfr_inits2(prec, eps, e0, level, a, b, below, info, ln2, (mpfr_ptr)0);
  mpfr_const_log2(ln2, MPFR_RNDN);
  mpfr_set_inf(min, 1);
  for (int i = 1; i <= 32 && !mpfr_nan_p(min); i++) {
    mpfr_set_ui(eps, (unsigned long)i, MPFR_RNDN);
    mpfr_div_ui(eps, eps, 64, MPFR_RNDN);
    Review_final_level(e0, eps);
    if (Review_integrate_occupation(below, e0) != 0) {  /* the same for every L */
      mpfr_set_nan(min);
      break;
    }
    for (int j = 0; j <= 4; j++) {
      mpfr_add_ui(level, e0, 1ul << j, MPFR_RNDN);
      if (Review_integrate_occupation(a, level) != 0) {
        mpfr_set_nan(min);
        break;
      }
      mpfr_sub(a, a, below, MPFR_RNDN);          /* integral of pi from e0 to L */
      mpfr_fma(a, eps, e0, a, MPFR_RNDN);        /* + eps e0, the drop */
      mpfr_neg(b, level, MPFR_RNDN);
      Num_logistic(b, b);
      mpfr_mul(b, b, level, MPFR_RNDN);
      mpfr_sub(a, a, b, MPFR_RNDN);              /* Q = -L pi(L) + ... */
      Review_szilard_information(info, eps);
      mpfr_add(a, a, info, MPFR_RNDN);
      mpfr_sub(a, ln2, a, MPFR_RNDN);            /* -Q - (I - S_demon), S_demon = ln 2 */
      keep_min(min, a, where, size, "measurement, eps = %.0f/64, L = e0 + %.0f", i, 1 << j);
    }
  }
  mpfr_clears(eps, e0, level, a, b, below, info, ln2, (mpfr_ptr)0);
}
#line 2629 "noweb/review.nw"
static void cycle_slack(mpfr_t min, char *where, size_t size, mpfr_prec_t prec, void *ctx)
{
  double *su_min = ctx;
  mpfr_t eps, e0, w, info, slack, ln2;
  mpfr_inits2(prec, eps, e0, w, info, slack, ln2, (mpfr_ptr)0);
  mpfr_const_log2(ln2, MPFR_RNDN);
  mpfr_set_inf(min, 1);
  *su_min = INFINITY;
  for (int i = 1; i <= 32; i++) {
    mpfr_set_ui(eps, (unsigned long)i, MPFR_RNDN);
    mpfr_div_ui(eps, eps, 64, MPFR_RNDN);
    Review_final_level(e0, eps);
    if (Review_szilard_quasistatic_work(w, eps, e0) != 0)
      mpfr_set_nan(w);
    Review_szilard_information(info, eps);
    mpfr_neg(slack, w, MPFR_RNDN);               /* dS_sys + dS_env, units of k */
    mpfr_sub(slack, slack, info, MPFR_RNDN);
    mpfr_add(slack, slack, ln2, MPFR_RNDN);      /* minus (I - S_demon), S_demon = ln 2 */
    if (mpfr_nan_p(slack))
      mpfr_set_nan(min);
    keep_min(min, slack, where, size, "cycle, optimal engine, eps = %.0f/%.0f, S_demon = ln 2",
             i, 64);
    mpfr_sub(slack, info, w, MPFR_RNDN);          /* -W - (-I) */
    *su_min = fmin(*su_min, mpfr_get_d(slack, MPFR_RNDN));
  }
  mpfr_clears(eps, e0, w, info, slack, ln2, (mpfr_ptr)0);
}
#line 2800 "noweb/review.nw"
static void twice_entropy_minus_ln2(mpfr_t f, mpfr_t df, const mpfr_t eps, void *ctx)
{
  (void)ctx;
  mpfr_t t;
  mpfr_init2(t, mpfr_get_prec(f));
  Num_binary_entropy(f, eps);
  mpfr_mul_2ui(f, f, 1, MPFR_RNDN);
  mpfr_const_log2(t, MPFR_RNDN);
  mpfr_sub(f, f, t, MPFR_RNDN);
  mpfr_ui_sub(t, 1, eps, MPFR_RNDN);
  mpfr_div(t, t, eps, MPFR_RNDN);
  mpfr_log(df, t, MPFR_RNDN);
  mpfr_mul_2ui(df, df, 1, MPFR_RNDN);
  mpfr_clear(t);
}

static void check_printed_second_law(const Ledger_options *o, Ledger_result *r)
{
  mpfr_prec_t prec = o->prec < 64 ? 64 : o->prec;
  Ledger_result step, cycle;
  Ledger_result_init(&step);
  Ledger_result_init(&cycle);
  Ledger_inequality_mpfr(&step, measurement_slack, NULL, prec);
  certify_measurement_reading(&step);
  double su_min, root = NAN;
  Ledger_inequality_mpfr(&cycle, cycle_slack, &su_min, prec);
  certify_cycle_reading(&cycle);
  mpfr_t eps, lo, hi;
  mpfr_inits2(prec, eps, lo, hi, (mpfr_ptr)0);
  mpfr_set_d(lo, 0.01, MPFR_RNDN);
  mpfr_set_d(hi, 0.3, MPFR_RNDN);
  if (Num_root(eps, twice_entropy_minus_ln2, NULL, lo, hi) == 0)
    root = mpfr_get_d(eps, MPFR_RNDN);
  mpfr_clears(eps, lo, hi, (mpfr_ptr)0);
  Ledger_readings(r, "the measurement step", &step, "the feedback cycle", &cycle);
  Ledger_found(r, "measurement step: %s, slack >= %.3g on eps in [1/64, 1/2], L - e0 in [1, 16] "
               "(least on the grid %.3g); feedback cycle: %s, slack %.4f < 0 at eps = 1/64, "
               "S_demon = ln 2; the printed form fails for every eps below %.6f (2H(eps) = ln 2), "
               "where the Sagawa-Ueda form's least slack is %.1g",
               Ledger_verdict_name(step.verdict), Ledger_field_value(&step, "certified_slack"),
               Ledger_field_value(&step, "min_slack"),
               Ledger_verdict_name(cycle.verdict), Ledger_field_value(&cycle, "certified_hi"), root,
               su_min);
}
#line 3289 "noweb/review.nw"
static const double trap_pairs[4][2] = {{1, 4}, {4, 1}, {1, 0.25}, {0.5, 8}};
static const double trap_taus[3] = {0.1, 1, 10};
#line 3303 "noweb/review.nw"
static void trap_residual(mpfr_t res, mpfr_prec_t prec, void *ctx)
{
  (void)ctx;
  mpfr_t ki, kf, tau, a, b;
  mpfr_inits2(prec, ki, kf, tau, a, b, (mpfr_ptr)0);
  mpfr_set_zero(res, 1);
  for (int i = 0; i < 4; i++)
    for (int j = 0; j < 3; j++) {
      mpfr_set_d(ki, trap_pairs[i][0], MPFR_RNDN);
      mpfr_set_d(kf, trap_pairs[i][1], MPFR_RNDN);
      mpfr_set_d(tau, trap_taus[j], MPFR_RNDN);
      Review_harmonic_min_work(a, ki, kf, tau);
      if (Review_harmonic_protocol_work(b, ki, kf, tau) != 0) {
        mpfr_set_nan(res);
        goto done;
      }
      Ledger_widen(res, a, b);
    }
done:
  mpfr_clears(ki, kf, tau, a, b, (mpfr_ptr)0);
}

static void check_trap_optimal(const Ledger_options *o, Ledger_result *r)
{
  Ledger_identity(r, trap_residual, NULL, o->prec, 8);
}
#line 3348 "noweb/review.nw"
static void trap_excess(mpfr_t out, double ki, double kf, const mpfr_t tau)
{
  mpfr_prec_t w = mpfr_get_prec(out);
  mpfr_t a, b, t, c;
  mpfr_inits2(w, a, b, t, c, (mpfr_ptr)0);
  mpfr_set_d(a, ki, MPFR_RNDN);
  mpfr_set_d(b, kf, MPFR_RNDN);
  Review_harmonic_min_work(t, a, b, tau);
  mpfr_div(c, b, a, MPFR_RNDN);
  mpfr_log(c, c, MPFR_RNDN);
  mpfr_div_2ui(c, c, 1, MPFR_RNDN);              /* Delta F */
  mpfr_sub(t, t, c, MPFR_RNDN);
  mpfr_mul(out, t, tau, MPFR_RNDN);               /* tau (W* - Delta F) */
  mpfr_clears(a, b, t, c, (mpfr_ptr)0);
}

static void trap_limit_coefficient(mpfr_t c, double ki, double kf)
{
  mpfr_t t;
  mpfr_init2(t, mpfr_get_prec(c));
  mpfr_set_d(c, kf, MPFR_RNDN);
  mpfr_rec_sqrt(c, c, MPFR_RNDN);
  mpfr_set_d(t, ki, MPFR_RNDN);
  mpfr_rec_sqrt(t, t, MPFR_RNDN);
  mpfr_sub(c, c, t, MPFR_RNDN);
  mpfr_sqr(c, c, MPFR_RNDN);                      /* review eq. (trap-limit) */
  mpfr_clear(t);
}

static void trap_limit_residual(mpfr_t res, mpfr_prec_t prec, void *ctx)
{
  (void)ctx;
  mpfr_prec_t w = 2 * prec + 64;
  mpfr_t tau, x, c;
  mpfr_inits2(w, tau, x, c, (mpfr_ptr)0);
  mpfr_set_ui_2exp(tau, 1, (long)prec + 16, MPFR_RNDN);
  mpfr_set_zero(res, 1);
  for (int i = 0; i < 4; i++) {
    trap_excess(x, trap_pairs[i][0], trap_pairs[i][1], tau);
    trap_limit_coefficient(c, trap_pairs[i][0], trap_pairs[i][1]);
    Ledger_widen(res, x, c);
  }
  mpfr_clears(tau, x, c, (mpfr_ptr)0);
}

static void check_trap_limit(const Ledger_options *o, Ledger_result *r)
{
  Ledger_identity(r, trap_limit_residual, NULL, o->prec, 8);
  mpfr_t tau, x, c;
  mpfr_inits2(128, tau, x, c, (mpfr_ptr)0);
  static const char *const key[3] = {"tau_excess_at_tau1", "tau_excess_at_tau10",
                                     "tau_excess_at_tau100"};
  for (int j = 0; j < 3; j++) {
    mpfr_set_ui(tau, j == 0 ? 1 : j == 1 ? 10 : 100, MPFR_RNDN);
    trap_excess(x, 1, 4, tau);
    Ledger_field_mpfr(r, key[j], x, 8);
  }
  double worst_d = 0;
  mpfr_set_ui(tau, 10000, MPFR_RNDN);
  for (int i = 0; i < 4; i++) {
    trap_excess(x, trap_pairs[i][0], trap_pairs[i][1], tau);
    trap_limit_coefficient(c, trap_pairs[i][0], trap_pairs[i][1]);
    mpfr_sub(x, x, c, MPFR_RNDN);
    mpfr_mul(x, x, tau, MPFR_RNDN);
    worst_d = fmax(worst_d, fabs(mpfr_get_d(x, MPFR_RNDN)));
  }
  Ledger_field_double(r, "max_next_order_D", worst_d);
  mpfr_clears(tau, x, c, (mpfr_ptr)0);
}
#line 3438 "noweb/review.nw"
typedef struct {
  double min_second_law, min_ramp;
} Trap_slacks;

static void trap_slack(mpfr_t min, char *where, size_t size, mpfr_prec_t prec, void *ctx)
{
  Trap_slacks *out = ctx;
  mpfr_t ki, kf, tau, wmin, dF, ramp, r2, slack, min_sl, min_ramp;
  mpfr_inits2(prec, ki, kf, tau, wmin, dF, ramp, r2, slack, min_sl, min_ramp, (mpfr_ptr)0);
  mpfr_set_inf(min_sl, 1);
  mpfr_set_inf(min_ramp, 1);
  char where_sl[LEDGER_TEXT] = "", where_ramp[LEDGER_TEXT] = "";
  for (int i = 0; i < 4; i++)
    for (int j = 0; j < 3; j++) {
      double a = trap_pairs[i][0], b = trap_pairs[i][1], t = trap_taus[j];
      mpfr_set_d(ki, a, MPFR_RNDN), mpfr_set_d(kf, b, MPFR_RNDN), mpfr_set_d(tau, t, MPFR_RNDN);
      Review_harmonic_min_work(wmin, ki, kf, tau);
      mpfr_div(dF, kf, ki, MPFR_RNDN);
      mpfr_log(dF, dF, MPFR_RNDN);
      mpfr_div_2ui(dF, dF, 1, MPFR_RNDN);
      mpfr_sub(slack, wmin, dF, MPFR_RNDN);
      if (mpfr_less_p(slack, min_sl))
        mpfr_set(min_sl, slack, MPFR_RNDN),
        snprintf(where_sl, sizeof where_sl, "W* - dF, ki = %g, kf = %g, tau = %g", a, b, t);
      Review_harmonic_discrete_work(ramp, a, b, t, 4096, 1);
      Review_harmonic_discrete_work(r2, a, b, t, 2048, 1);
      mpfr_mul_2ui(ramp, ramp, 2, MPFR_RNDN);
      mpfr_sub(ramp, ramp, r2, MPFR_RNDN);
      mpfr_div_ui(ramp, ramp, 3, MPFR_RNDN);       /* Richardson, N^-2 error */
      mpfr_sub(slack, ramp, wmin, MPFR_RNDN);
      if (mpfr_less_p(slack, min_ramp))
        mpfr_set(min_ramp, slack, MPFR_RNDN),
        snprintf(where_ramp, sizeof where_ramp, "ramp - W*, ki = %g, kf = %g, tau = %g", a, b, t);
    }
  out->min_second_law = mpfr_get_d(min_sl, MPFR_RNDN);
  out->min_ramp = mpfr_get_d(min_ramp, MPFR_RNDN);
  int ramp_first = mpfr_less_p(min_ramp, min_sl);
  mpfr_set(min, ramp_first ? min_ramp : min_sl, MPFR_RNDN);
  snprintf(where, size, "%s", ramp_first ? where_ramp : where_sl);
  mpfr_clears(ki, kf, tau, wmin, dF, ramp, r2, slack, min_sl, min_ramp, (mpfr_ptr)0);
}

static void check_trap_second_law(const Ledger_options *o, Ledger_result *r)
{
  Trap_slacks s;
  Ledger_inequality_mpfr(r, trap_slack, &s, o->prec < 64 ? 64 : o->prec);
  Ledger_field_double(r, "min_slack_second_law", s.min_second_law);
  Ledger_field_double(r, "min_slack_ramp", s.min_ramp);
}
#line 3502 "noweb/review.nw"
enum { TRAP_SAMPLES = 400000, TRAP_INTERVALS = 64 };

static void check_trap_simulation(const Ledger_options *o, Ledger_result *r)
{
  Ledger_mc mc;
  Review_harmonic_mc(&mc, 1, 4, 1, TRAP_INTERVALS, o->seed, o->samples ? o->samples : TRAP_SAMPLES,
                     o->threads);
  Ledger_stochastic(r, &mc, 4);
  mpfr_t ki, kf, tau, w;
  mpfr_inits2(128, ki, kf, tau, w, (mpfr_ptr)0);
  mpfr_set_ui(ki, 1, MPFR_RNDN), mpfr_set_ui(kf, 4, MPFR_RNDN), mpfr_set_ui(tau, 1, MPFR_RNDN);
  Review_harmonic_min_work(w, ki, kf, tau);
  Ledger_field_mpfr(r, "W_star_continuous", w, 10);
  Ledger_field_double(r, "z_above_dF", (mc.estimate - log(2)) / mc.stderr_);
  mpfr_clears(ki, kf, tau, w, (mpfr_ptr)0);
}
#line 4040 "noweb/review.nw"
static const double lag_ps[4] = {1e-3, 1e-2, 0.1, 0.3};

static void erasure_B(mpfr_t B, const mpfr_t p, int dissipated)
{
  mpfr_t ef, t;
  mpfr_inits2(mpfr_get_prec(B), ef, t, (mpfr_ptr)0);
  Review_final_level(ef, p);
  mpfr_ui_sub(t, 1, p, MPFR_RNDN);
  mpfr_mul(t, t, p, MPFR_RNDN);
  mpfr_mul(t, t, ef, MPFR_RNDN);
  mpfr_add(t, t, p, MPFR_RNDN);
  if (dissipated)
    mpfr_set(t, p, MPFR_RNDN);
  mpfr_d_sub(t, 0.5, t, MPFR_RNDN);
  mpfr_mul(B, t, ef, MPFR_RNDN);                  /* review eq. (erasure-B), Gamma = 1 */
  mpfr_clears(ef, t, (mpfr_ptr)0);
}

static int erasure_tau_excess(mpfr_t out, const mpfr_t p, const mpfr_t tau)
{
  mpfr_t w, b;
  mpfr_inits2(mpfr_get_prec(out), w, b, (mpfr_ptr)0);
  int status = Review_erasure_time_work(w, NULL, p, tau);
  Review_erasure_bound(b, p);
  mpfr_sub(w, w, b, MPFR_RNDN);
  mpfr_mul(out, w, tau, MPFR_RNDN);               /* tau (W - W_inf) */
  mpfr_clears(w, b, (mpfr_ptr)0);
  return status;
}

static void erasure_limit_residual(mpfr_t res, mpfr_prec_t prec, void *ctx)
{
  const Review_finite_time_law *law = ctx;
  mpfr_prec_t w = 2 * prec + 64;
  mpfr_t p, tau, x, B;
  mpfr_inits2(w, p, tau, x, B, (mpfr_ptr)0);
  mpfr_set_ui_2exp(tau, 1, (long)prec + 16, MPFR_RNDN);
  mpfr_set_zero(res, 1);
  for (int i = 0; i < 4; i++) {
    mpfr_set_d(p, lag_ps[i], MPFR_RNDN);
    if (Review_erasure_time_work(x, NULL, p, tau) != 0) {
      mpfr_set_nan(res);
      break;
    }
    law->quasistatic(B, p);
    mpfr_sub(x, x, B, MPFR_RNDN);
    for (int k = 0; k < law->power; k++)
      mpfr_mul(x, x, tau, MPFR_RNDN);             /* tau^power (W - W_inf) */
    erasure_B(B, p, 0);
    Ledger_widen(res, x, B);
  }
  mpfr_clears(p, tau, x, B, (mpfr_ptr)0);
}

void Review_check_finite_time_limit(const Ledger_options *o, Ledger_result *r,
                                    const Review_finite_time_law *law)
{
  Ledger_identity(r, erasure_limit_residual, (void *)law, o->prec, 8);
}

static void check_erasure_limit(const Ledger_options *o, Ledger_result *r)
{
  static const Review_finite_time_law printed = {Review_erasure_bound, 1};
  Review_check_finite_time_limit(o, r, &printed);
  mpfr_t p, tau, x, B;
  mpfr_inits2(128, p, tau, x, B, (mpfr_ptr)0);
  mpfr_set_d(p, 1e-3, MPFR_RNDN);
  mpfr_set_ui(tau, 10000, MPFR_RNDN);
  erasure_tau_excess(x, p, tau);
  Ledger_field_mpfr(r, "tau_excess_at_tau1e4_p1e-3", x, 8);
  erasure_B(B, p, 0);
  Ledger_field_mpfr(r, "B_work", B, 8);
  mpfr_sub(x, x, B, MPFR_RNDN);
  mpfr_mul(x, x, tau, MPFR_RNDN);
  Ledger_field_mpfr(r, "next_order_C", x, 4);
  erasure_B(B, p, 1);
  Ledger_field_mpfr(r, "B_dissipated", B, 8);
  mpfr_clears(p, tau, x, B, (mpfr_ptr)0);
}
#line 4165 "noweb/review.nw"
typedef struct {
  Review_reached_bound bound;
} Reached_ctx;

static void finite_rate_slack(mpfr_t min, char *where, size_t size, mpfr_prec_t prec, void *ctx)
{
  const Reached_ctx *c = ctx;
  mpfr_t p, tau, w, pt, h;
  mpfr_inits2(prec, p, tau, w, pt, h, (mpfr_ptr)0);
  mpfr_set_inf(min, 1);
  for (int i = 0; i < 4; i++)
    for (int j = -4; j <= 10; j++) {
      mpfr_set_d(p, lag_ps[i], MPFR_RNDN);
      mpfr_set_si_2exp(tau, 1, j, MPFR_RNDN);
      if (Review_erasure_time_work(w, pt, p, tau) != 0)
        mpfr_set_nan(min);
      c->bound(h, p, pt);
      mpfr_sub(w, w, h, MPFR_RNDN);
      if (mpfr_less_p(w, min))
        mpfr_set(min, w, MPFR_RNDN), snprintf(where, size, "p = %g, tau = %g", lag_ps[i],
                                              ldexp(1, j));
    }
  mpfr_clears(p, tau, w, pt, h, (mpfr_ptr)0);
}

static void bound_at_reached_error(mpfr_t out, const mpfr_t p, const mpfr_t reached)
{
  (void)p;
  Review_erasure_bound(out, reached);
}

void Review_check_finite_rate_second_law(const Ledger_options *o, Ledger_result *r,
                                         Review_reached_bound bound)
{
  mpfr_prec_t prec = o->prec < 64 ? 64 : o->prec;
  Reached_ctx c = {bound};
  Ledger_inequality_mpfr(r, finite_rate_slack, &c, prec);
  mpfr_t p, tau, w, pt, h;
  mpfr_inits2(prec, p, tau, w, pt, h, (mpfr_ptr)0);
  mpfr_set_d(p, 1e-3, MPFR_RNDN);
  mpfr_set_ui(tau, 1024, MPFR_RNDN);
  Review_erasure_time_work(w, pt, p, tau);
  Review_erasure_bound(h, pt);
  mpfr_sub(w, w, h, MPFR_RNDN);
  mpfr_mul(w, w, tau, MPFR_RNDN);
  Ledger_field_mpfr(r, "tau_diss_at_tau1024_p1e-3", w, 8);
  erasure_B(h, p, 1);
  Ledger_field_mpfr(r, "B_dissipated", h, 8);
  mpfr_clears(p, tau, w, pt, h, (mpfr_ptr)0);
}

static void check_erasure_time_second_law(const Ledger_options *o, Ledger_result *r)
{
  Review_check_finite_rate_second_law(o, r, bound_at_reached_error);
}
#line 4233 "noweb/review.nw"
enum { ERASURE_TIME_SAMPLES = 400000 };

static void check_erasure_time_simulation(const Ledger_options *o, Ledger_result *r)
{
  Ledger_mc mc;
  Review_erasure_time_mc(&mc, 1e-3, 10, o->seed, o->samples ? o->samples : ERASURE_TIME_SAMPLES,
                         o->threads);
  Ledger_stochastic(r, &mc, 4);
  mpfr_t p, b;
  mpfr_inits2(128, p, b, (mpfr_ptr)0);
  mpfr_set_d(p, 1e-3, MPFR_RNDN);
  Review_erasure_bound(b, p);
  Ledger_field_double(r, "z_above_quasistatic",
                      (mc.estimate - mpfr_get_d(b, MPFR_RNDN)) / mc.stderr_);
  mpfr_clears(p, b, (mpfr_ptr)0);
}
#line 4271 "noweb/review.nw"
enum { FIT_SAMPLES = 200000, FIT_POINTS = 4 };
static const double fit_taus[FIT_POINTS] = {20, 40, 80, 160};

static void fit_erasure(Line_fit *sim, Line_fit *exact, double p, const double *taus, size_t n,
                        uint64_t seed,
                        uint64_t samples, int threads, Ledger_mc *mc)
{
  double x[16], y[16], se[16], ye[16];
  assert(n <= 16);
  for (size_t j = 0; j < n; j++) {
    Review_erasure_time_run(&mc[j], p, taus[j], EXPERIMENT_ERASURE_FIT + j, seed, samples, threads);
    x[j] = 1 / taus[j], y[j] = mc[j].estimate, se[j] = mc[j].stderr_, ye[j] = mc[j].exact;
  }
  *sim = fit_line(n, x, y, se);
  *exact = fit_line(n, x, ye, se);
}

static void check_erasure_fit(const Ledger_options *o, Ledger_result *r)
{
  Ledger_mc pts[FIT_POINTS];
  Line_fit sim, ex;
  fit_erasure(&sim, &ex, 1e-3, fit_taus, FIT_POINTS, o->seed, o->samples ? o->samples : FIT_SAMPLES,
              o->threads, pts);
  Ledger_mc mc = {.estimate = sim.B, .stderr_ = sim.B_se, .exact = ex.B,
                  .z = Stats_z(sim.B, sim.B_se, ex.B), .samples = pts[0].samples * FIT_POINTS};
  Ledger_stochastic(r, &mc, 4);
  mpfr_t p, v;
  mpfr_inits2(128, p, v, (mpfr_ptr)0);
  mpfr_set_d(p, 1e-3, MPFR_RNDN);
  Review_erasure_bound(v, p);
  Ledger_field_double(r, "a", sim.a);
  Ledger_field_double(r, "a_stderr", sim.a_se);
  Ledger_field_double(r, "z_a_vs_quasistatic", Stats_z(sim.a, sim.a_se, mpfr_get_d(v, MPFR_RNDN)));
  erasure_B(v, p, 0);
  Ledger_field_double(r, "B_linear_response", mpfr_get_d(v, MPFR_RNDN));
  Ledger_field_double(r, "z_B_vs_linear_response",
                      Stats_z(sim.B, sim.B_se, mpfr_get_d(v, MPFR_RNDN)));
  Ledger_field_double(r, "bias_of_exact_fit", ex.B - mpfr_get_d(v, MPFR_RNDN));
  mpfr_clears(p, v, (mpfr_ptr)0);
}
#line 1770 "noweb/review.nw"
static int write_erasure_curves(const char *dir, mpfr_prec_t prec)
{
  Ledger_out o;
  if (!Ledger_open_data(&o, dir, "review-erasure.tsv"))
    return -1;
  mpfr_t p, v;
  mpfr_inits2(prec, p, v, (mpfr_ptr)0);
  fputs("# p\tbound\tW_1\tW_4\tW_16  (units of kT; review eqs. bound and WK)\n", o.f);
  for (int i = 1; i <= 99; i++) {
    mpfr_set_ui(p, (unsigned long)i, MPFR_RNDN);
    mpfr_div_ui(p, p, 200, MPFR_RNDN);
    Review_erasure_bound(v, p);
    mpfr_fprintf(o.f, "%.6Rf\t%.10Re", p, v);
    for (unsigned long K = 1; K <= 16; K *= 4)
      Review_protocol_work(v, p, K), mpfr_fprintf(o.f, "\t%.10Re", v);
    fputc('\n', o.f);
  }
  mpfr_clears(p, v, (mpfr_ptr)0);
  return Ledger_close_data(&o, 1);
}

static int write_erasure_points(const char *dir, const Ledger_options *opt)
{
  static const double ps[] = {0.05, 0.1, 0.2, 0.3, 0.4};
  Ledger_out o;
  if (!Ledger_open_data(&o, dir, "review-erasure-mc.tsv"))
    return -1;
  fputs("# p\tK\testimate\tstderr\texact\tz\tsamples\n", o.f);
  for (size_t i = 0; i < sizeof ps / sizeof ps[0]; i++)
    for (unsigned long K = 1; K <= 16; K *= 4) {
      Ledger_mc mc;
      Review_erasure_mc(&mc, ps[i], K, opt->seed, 100000, opt->threads);
      fprintf(o.f, "%g\t%lu\t%.10g\t%.4g\t%.10g\t%.3f\t%llu\n", ps[i], K, mc.estimate, mc.stderr_,
              mc.exact, mc.z, (unsigned long long)mc.samples);
    }
  return Ledger_close_data(&o, 1);
}

#line 4372 "noweb/review.nw"
static int write_szilard(const char *dir, const Ledger_options *opt)
{
  static const double eps_mc[] = {0.02, 0.05, 0.1, 0.2, 0.3, 0.4};
  static const unsigned long Ks[] = {2, 4, 16};
  Ledger_out o;
  if (!Ledger_open_data(&o, dir, "review-szilard.tsv"))
    return -1;
  mpfr_t e, v;
  mpfr_inits2(64, e, v, (mpfr_ptr)0);
  fputs("# eps\tbound\tW_2\tW_4\tW_16  (extracted work, kT; review eqs. info, szilard-K)\n", o.f);
  for (int i = 1; i <= 100; i++) {
    mpfr_set_ui(e, (unsigned long)i, MPFR_RNDN);
    mpfr_div_ui(e, e, 200, MPFR_RNDN);
    Review_szilard_information(v, e);
    mpfr_fprintf(o.f, "%.6Rf\t%.10Re", e, v);
    for (int k = 0; k < 3; k++)
      Review_szilard_work(v, e, Ks[k]), mpfr_fprintf(o.f, "\t%.10Re", v);
    fputc('\n', o.f);
  }
  mpfr_clears(e, v, (mpfr_ptr)0);
  if (Ledger_close_data(&o, 1) != 0 || !Ledger_open_data(&o, dir, "review-szilard-mc.tsv"))
    return -1;
  fputs("# eps\tK\testimate\tstderr\texact\tz\tsamples\n", o.f);
  for (size_t i = 0; i < sizeof eps_mc / sizeof eps_mc[0]; i++)
    for (int k = 0; k < 3; k++) {
      Ledger_mc mc;
      Review_szilard_mc(&mc, eps_mc[i], Ks[k], opt->seed, 100000, opt->threads);
      fprintf(o.f, "%g\t%lu\t%.10g\t%.4g\t%.10g\t%.3f\t%llu\n", eps_mc[i], Ks[k], mc.estimate,
              mc.stderr_,
              mc.exact, mc.z, (unsigned long long)mc.samples);
    }
  return Ledger_close_data(&o, 1);
}
#line 4412 "noweb/review.nw"
static int write_trap(const char *dir, const Ledger_options *opt)
{
  static const double taus_mc[] = {0.25, 0.5, 1, 2, 4, 8};
  Ledger_out o;
  if (!Ledger_open_data(&o, dir, "review-trap.tsv"))
    return -1;
  mpfr_t ki, kf, tau, v, r2;
  mpfr_inits2(64, ki, kf, tau, v, r2, (mpfr_ptr)0);
  mpfr_set_ui(ki, 1, MPFR_RNDN);
  mpfr_set_ui(kf, 4, MPFR_RNDN);
  fputs("# inv_tau\tW_star\tdF_plus_C_over_tau\tW_ramp  (ki = 1, kf = 4; units of kT)\n", o.f);
  for (int i = 1; i <= 100; i++) {
    double x = 4.0 * i / 100;
    mpfr_set_d(tau, 1 / x, MPFR_RNDN);
    Review_harmonic_min_work(v, ki, kf, tau);
    double ramp;
    Review_harmonic_discrete_work(r2, 1, 4, 1 / x, 1024, 1);
    ramp = -mpfr_get_d(r2, MPFR_RNDN) / 3;
    Review_harmonic_discrete_work(r2, 1, 4, 1 / x, 2048, 1);
    ramp += 4 * mpfr_get_d(r2, MPFR_RNDN) / 3;
    mpfr_fprintf(o.f, "%.6f\t%.10Re\t%.10e\t%.10e\n", x, v, log(2) + 0.25 * x, ramp);
  }
  mpfr_clears(ki, kf, tau, v, r2, (mpfr_ptr)0);
  if (Ledger_close_data(&o, 1) != 0 || !Ledger_open_data(&o, dir, "review-trap-mc.tsv"))
    return -1;
  fputs("# inv_tau\ttau\testimate\tstderr\texact_N64\tz\tsamples\n", o.f);
  for (size_t i = 0; i < sizeof taus_mc / sizeof taus_mc[0]; i++) {
    Ledger_mc mc;
    Review_harmonic_mc(&mc, 1, 4, taus_mc[i], TRAP_INTERVALS, opt->seed, 200000, opt->threads);
    fprintf(o.f, "%g\t%g\t%.10g\t%.4g\t%.10g\t%.3f\t%llu\n", 1 / taus_mc[i], taus_mc[i],
            mc.estimate, mc.stderr_, mc.exact, mc.z, (unsigned long long)mc.samples);
  }
  return Ledger_close_data(&o, 1);
}
#line 4454 "noweb/review.nw"
static int write_erasure_time(const char *dir, const Ledger_options *opt)
{
  static const double taus_mc[] = {2.5, 5, 10, 20, 40, 80, 160};
  enum { NMC = sizeof taus_mc / sizeof taus_mc[0], FIRST_FIT = 3 };
  Ledger_out o;
  if (!Ledger_open_data(&o, dir, "review-erasure-time.tsv"))
    return -1;
  mpfr_t p, tau, v, b, B;
  mpfr_inits2(64, p, tau, v, b, B, (mpfr_ptr)0);
  mpfr_set_d(p, 1e-3, MPFR_RNDN);
  Review_erasure_bound(b, p);
  erasure_B(B, p, 0);
  fputs("# inv_tau\tW\tW_inf_plus_B_over_tau  (p = 1e-3, Gamma = 1; units of kT)\n", o.f);
  for (int i = 1; i <= 100; i++) {
    double x = 0.4 * i / 100;
    mpfr_set_d(tau, 1 / x, MPFR_RNDN);
    Review_erasure_time_work(v, NULL, p, tau);
    double line = mpfr_get_d(b, MPFR_RNDN) + x * mpfr_get_d(B, MPFR_RNDN);
    mpfr_fprintf(o.f, "%.6f\t%.10Re\t%.10e\n", x, v, line);
  }
  if (Ledger_close_data(&o, 1) != 0 || !Ledger_open_data(&o, dir, "review-erasure-time-mc.tsv"))
    return mpfr_clears(p, tau, v, b, B, (mpfr_ptr)0), -1;
  Ledger_mc mc[NMC];
  double x[NMC], y[NMC], se[NMC];
  fputs("# inv_tau\ttau\testimate\tstderr\texact\tz\tsamples\n", o.f);
  for (size_t j = 0; j < NMC; j++) {
    Review_erasure_time_run(&mc[j], 1e-3, taus_mc[j], EXPERIMENT_ERASURE_FIT + j, opt->seed, 200000,
                     opt->threads);
    x[j] = 1 / taus_mc[j], y[j] = mc[j].estimate, se[j] = mc[j].stderr_;
    fprintf(o.f, "%g\t%g\t%.10g\t%.4g\t%.10g\t%.3f\t%llu\n", x[j], taus_mc[j], mc[j].estimate,
            mc[j].stderr_,
            mc[j].exact, mc[j].z, (unsigned long long)mc[j].samples);
  }
  if (Ledger_close_data(&o, 1) != 0 || !Ledger_open_data(&o, dir, "review-erasure-time-fit.tsv"))
    return mpfr_clears(p, tau, v, b, B, (mpfr_ptr)0), -1;
  Line_fit f = fit_line(NMC - FIRST_FIT, x + FIRST_FIT, y + FIRST_FIT, se + FIRST_FIT);
  fprintf(o.f, "# fit a + B/tau to tau >= 20: a = %.6f +- %.6f, B = %.4f +- %.4f\n# inv_tau\tfit\n",
          f.a,
          f.a_se, f.B, f.B_se);
  for (int i = 0; i <= 2; i++)
    fprintf(o.f, "%g\t%.10g\n", 0.1 * i, f.a + f.B * 0.1 * i);
  mpfr_clears(p, tau, v, b, B, (mpfr_ptr)0);
  return Ledger_close_data(&o, 1);
}
#line 4504 "noweb/review.nw"
static int write_data(const char *dir, const Ledger_options *opt)
{
  return write_erasure_curves(dir, 64) | write_erasure_points(dir, opt) | write_szilard(dir, opt)
         | write_trap(dir, opt) | write_erasure_time(dir, opt);
}
#line 4564 "noweb/review.nw"
static const Ledger_claim claims[] = {
  {"review.boltzmann", "review Sec. 1.1", LEDGER_VALUE,
   "Boltzmann's constant is 1.381e-23 J/K", LEDGER_VERIFIED, check_boltzmann,
   LEDGER_PAPER, "k = 1.381 x 10^-23 J/K", NULL, 0, NULL},
  {"review.landauer_J", "review Sec. 1.1", LEDGER_VALUE,
   "kT ln 2 at 300 K is about 2.9e-21 J", LEDGER_VERIFIED, check_landauer_J,
   LEDGER_PAPER, "at room temperature (300 K): E_min ~ 2.9 x 10^-21 J", NULL, 0, NULL},
  {"review.landauer_eV", "review Sec. 1.1", LEDGER_VALUE,
   "kT ln 2 at 300 K is about 0.018 eV", LEDGER_VERIFIED, check_landauer_eV,
   LEDGER_PAPER, "E_min ~ 0.018 eV at 300 K", NULL, 0, NULL},
  {"review.landauer_310K_J", "this report: review Sec. 1.1's kT ln 2 at rebooting's T = 310 K",
   LEDGER_VALUE, "kT ln 2 at 310 K is 2.967e-21 J (digits this report states)", LEDGER_VERIFIED,
   check_landauer_310K_J, LEDGER_CONSISTENCY, NULL, NULL, 0, NULL},
  {"review.landauer_310K_eV", "this report: review Sec. 1.1's kT ln 2 at rebooting's T = 310 K",
   LEDGER_VALUE, "kT ln 2 at 310 K is 0.01852 eV (digits this report states)", LEDGER_VERIFIED,
   check_landauer_310K_eV, LEDGER_CONSISTENCY, NULL, NULL, 0, NULL},
  {"review.gap_1e9", "review Key Finding; Sec. 6.1", LEDGER_APPROXIMATION,
   "present computers run at about 1e9 times the Landauer bound (read with Horowitz ISSCC 2014 "
   "and the H100 datasheet)", LEDGER_APPROXIMATE, check_gap,
   LEDGER_PAPER, "computers at ~10^9 x the Landauer limit (10^9x gap)",
   "holds within a decade for floating-point operations only; integer adds sit 1.5-2.0 decades "
   "below 1e9", 53,
   "data from the literature (energies per operation from Horowitz, ISSCC 2014, and the H100 "
   "datasheet) divided by kT ln 2: the decades rest on published measurements, which no "
   "enclosure can certify"},
  {"review.erasure_bound.limits", "landauer eq. (1) at its end points (binary entropy)",
   LEDGER_IDENTITY, "ln 2 - H(p) is ln 2 at p = 0 and p = 1 and 0 at p = 1/2", LEDGER_VERIFIED,
   check_limits, LEDGER_LITERATURE, "ln 2 - H(p), H the binary entropy", NULL, 0,
   "three end values of the binary entropy, exact by algebra (0 ln 0 = 0, H(1/2) = ln 2); "
   "the program checks them in MPFR at two precisions, not in exact arithmetic"},
  {"review.erasure_bound.quasistatic", "landauer eq. (1); erasure with errors (literature)",
   LEDGER_IDENTITY, "a quasi-static two-level erasure with error p costs exactly kT (ln 2 - H(p))",
   LEDGER_VERIFIED, check_quasistatic, LEDGER_LITERATURE, "W >= kT (ln 2 - H(p))", NULL, 0, NULL},
  {"review.erasure_bound.perfect", "review Sec. 1.1, 1.2", LEDGER_IDENTITY,
   "the bound kT ln 2 per erased bit is reached by a quasi-static erasure",
   LEDGER_VERIFIED, check_perfect_reset, LEDGER_PAPER,
   "E_min = kT ln(2) per bit erased; achievable only for quasi-static processes", NULL, 0,
   "a limit p -> 0 of the quasi-static identity, checked at p = 2^-(q+64), where the H(p) left "
   "over is below the tolerance: a limit is an analytic statement, not a ball computation"},
  {"review.erasure_bound.second_law", "review Sec. 1.1; landauer eq. (1)", LEDGER_INEQUALITY,
   "erasing a bit costs at least kT ln 2, at least kT (ln 2 - H(p)) when it may fail with "
   "probability p (K-step erasures)", LEDGER_PROVED, check_second_law, LEDGER_PAPER,
   "E_min = kT ln(2) per bit erased, dissipated at least as heat", NULL, 0, NULL},
  {"review.erasure_bound.simulation", "this report: our simulation against our exact sum",
   LEDGER_STOCHASTIC, "simulated 16-step erasures with p = 0.1 match the exact mean work",
   LEDGER_VERIFIED, check_simulation, LEDGER_CONSISTENCY, NULL, NULL, 53, NULL},
  {"review.szilard.information", "learning eq. (21); binary symmetric channel (textbook)",
   LEDGER_IDENTITY, "a measurement that errs with probability eps acquires I = ln 2 - H(eps)",
   LEDGER_VERIFIED, check_szilard_information, LEDGER_LITERATURE, NULL, NULL, 0, NULL},
  {"review.szilard.optimal", "Horowitz-Parrondo 2011 (Sagawa-Ueda bound reached)",
   LEDGER_IDENTITY, "the optimal feedback on a Szilard engine extracts exactly kT I",
   LEDGER_VERIFIED, check_szilard_optimal, LEDGER_LITERATURE, NULL, NULL, 0, NULL},
  {"review.szilard.mismatch", "Horowitz-Parrondo 2011 (cost of a mismatched feedback)",
   LEDGER_IDENTITY, "a feedback to the wrong level falls short of kT I by kT D(eps || pi(e))",
   LEDGER_VERIFIED, check_szilard_mismatch, LEDGER_LITERATURE, NULL, NULL, 0, NULL},
  {"review.szilard.second_law", "review Sec. 5.2", LEDGER_INEQUALITY,
   "a demon extracts on average no more work than kT times the information it acquires "
   "(K-step and mismatched Szilard engines)", LEDGER_PROVED, check_szilard_second_law,
   LEDGER_PAPER, "extracted work <= information acquired by the demon", NULL, 0, NULL},
  {"review.szilard.simulation", "this report: our simulation against our exact sum",
   LEDGER_STOCHASTIC, "simulated 16-step engines with measurement errors match the exact work",
   LEDGER_VERIFIED, check_szilard_simulation, LEDGER_CONSISTENCY, NULL, NULL, 53, NULL},
  {"review.sagawa_ueda.printed", "review Sec. 5.2", LEDGER_INEQUALITY,
   "the generalised second law dS_system + dS_environment >= I_demon - S_demon",
   LEDGER_AMBIGUOUS, check_printed_second_law, LEDGER_PAPER,
   "dS_system + dS_environment >= I_demon - S_demon",
   "holds as the law of the measurement step (system fixed, S_demon = H(M)); fails as a law of "
   "the feedback cycle, which the review's gloss describes", 0,
   "ambiguous: the measurement reading is proved on its box and the cycle reading refuted by a "
   "certified counterexample; which reading the review means is read from its text"},
  {"review.finite_time.trap_optimal", "Schmiedl-Seifert 2007", LEDGER_IDENTITY,
   "the minimal work of a stiffness change in time tau has the closed form of its optimal protocol",
   LEDGER_VERIFIED, check_trap_optimal, LEDGER_LITERATURE, NULL, NULL, 0, NULL},
  {"review.finite_time.trap_limit", "Schmiedl-Seifert 2007; review Sec. 1.2", LEDGER_IDENTITY,
   "tau (W* - dF) tends to (kf^-1/2 - ki^-1/2)^2 for the optimal trap protocol", LEDGER_VERIFIED,
   check_trap_limit, LEDGER_LITERATURE, NULL, NULL, 0,
   "a limit tau -> infinity, checked at tau = 2^(q+16), where the next term of the expansion "
   "is below the tolerance: a limit is an analytic statement, not a ball computation"},
  {"review.finite_time.trap_second_law", "second law; Schmiedl-Seifert 2007", LEDGER_INEQUALITY,
   "W* >= dF, and a linear ramp of the stiffness costs at least W*", LEDGER_VERIFIED,
   check_trap_second_law, LEDGER_LITERATURE, NULL, NULL, 0,
   "12 grid points of (ki, kf, tau), and the ramp's work is a Richardson extrapolation of "
   "exact discrete works (an estimate, not a bound): no enclosure of the continuous ramp"},
  {"review.finite_time.trap_simulation", "this report: our simulation against our exact sum",
   LEDGER_STOCHASTIC,
   "Langevin runs of the optimal protocol (1 -> 4 in tau = 1) match its exact mean work",
   LEDGER_VERIFIED, check_trap_simulation, LEDGER_CONSISTENCY, NULL, NULL, 53, NULL},
  {"review.finite_time.erasure_limit", "review Sec. 1.2", LEDGER_IDENTITY,
   "an erasure of duration tau costs its quasi-static value plus f(1/tau) (in a finite-rate "
   "two-level erasure, f(x) = B x + O(x^2))", LEDGER_VERIFIED, check_erasure_limit, LEDGER_PAPER,
   "E(tau) = kT ln(2) + f(1/tau)", NULL, 0,
   "a limit tau -> infinity, checked at tau = 2^(q+16), where the next term of the expansion "
   "is below the tolerance: a limit is an analytic statement, not a ball computation"},
  {"review.finite_time.erasure_second_law", "review Sec. 1.2", LEDGER_INEQUALITY,
   "the bound is reached only quasi-statically: at finite tau an erasure costs more than the "
   "free-energy change to the error it reaches", LEDGER_VERIFIED, check_erasure_time_second_law,
   LEDGER_PAPER, "kT ln(2) reached only by infinitely slow (quasi-static) processes", NULL,
   0,
   "60 grid points (4 values of p, tau = 2^-4..2^10) and expansions at both ends; every finite "
   "tau would need enclosures of J and dJ/dtau on boxes of tau, which we do not compute"},
  {"review.finite_time.erasure_simulation", "this report: our simulation against our exact "
   "integral", LEDGER_STOCHASTIC,
   "simulated finite-rate erasures (p = 1e-3, tau = 10) match the exact mean work",
   LEDGER_VERIFIED, check_erasure_time_simulation, LEDGER_CONSISTENCY, NULL, NULL, 53, NULL},
  {"review.finite_time.erasure_fit", "this report: our simulation against our exact integral",
   LEDGER_STOCHASTIC,
   "a line a + B/tau fitted to simulated erasures has the slope of the same line fitted to the "
   "exact work", LEDGER_VERIFIED, check_erasure_fit, LEDGER_CONSISTENCY, NULL, NULL, 53, NULL},
};
#line 4678 "noweb/review.nw"
static void eval_landauer_J(mpfr_t out, mpfr_t *a) { Review_landauer_J(out, a[0]); }
static void eval_landauer_eV(mpfr_t out, mpfr_t *a) { Review_landauer_eV(out, a[0]); }
static void eval_erasure_bound(mpfr_t out, mpfr_t *a) { Review_erasure_bound(out, a[0]); }
static void eval_protocol_work(mpfr_t out, mpfr_t *a)
{
  Review_protocol_work(out, a[0], mpfr_get_ui(a[1], MPFR_RNDN));
}
static void eval_ratio(mpfr_t out, mpfr_t *a) { Review_landauer_ratio(out, a[0], a[1]); }
static void eval_szilard_work(mpfr_t out, mpfr_t *a)
{
  Review_szilard_work(out, a[0], mpfr_get_ui(a[1], MPFR_RNDN));
}
static void eval_harmonic_min_work(mpfr_t out, mpfr_t *a) { Review_harmonic_min_work(out, a[0],
                                                                                     a[1], a[2]); }
static void eval_erasure_time_work(mpfr_t out, mpfr_t *a)
{
  if (Review_erasure_time_work(out, NULL, a[0], a[1]) != 0)
    mpfr_set_nan(out);
}

#define TEMPERATURE {"T", 0, INFINITY, 1, 0, 0, NULL, "temperature in K", 0}
static const Ledger_quantity quantities[] = {
  {"review.landauer_J", "kT ln 2, the Landauer bound", "J", 1, {TEMPERATURE}, eval_landauer_J, 0},
  {"review.landauer_eV", "kT ln 2 / e", "eV", 1, {TEMPERATURE}, eval_landauer_eV, 0},
  {"review.erasure_bound", "ln 2 - H(p), landauer eq. (1)", "kT", 1,
   {{"p", 0, 1, 0, 0, 0, NULL, "error probability", 0}}, eval_erasure_bound, 0},
  {"review.protocol_work", "exact mean work of the K-step two-level erasure", "kT", 2,
   {{"p", 0, 0.5, 1, 0, 0, NULL, "error probability", 0},
    {"steps", 1, 1e6, 0, 0, 1, NULL, "number of steps K", 0}}, eval_protocol_work, 0},
  {"review.landauer_ratio", "an energy in units of kT ln 2", "1", 2,
   {{"E", 0, INFINITY, 1, 0, 0, NULL, "energy in J", 0}, {"T", 0, INFINITY, 1, 0, 0, "300",
                                                       "temperature in K", 0}},
   eval_ratio, 0},
  {"review.szilard_bound", "ln 2 - H(eps), the information of a measurement with error eps", "kT",
   1,
   {{"eps", 0, 1, 0, 0, 0, NULL, "measurement error probability", 0}}, eval_erasure_bound, 0},
  {"review.szilard_work", "exact mean work extracted by the K-step Szilard engine", "kT", 2,
   {{"eps", 0, 0.5, 1, 0, 0, NULL, "measurement error probability", 0},
    {"steps", 1, 1e6, 0, 0, 1, NULL, "number of steps K", 0}}, eval_szilard_work, 0},
  {"review.harmonic_min_work", "minimal work to change a trap's stiffness in time tau", "kT", 3,
   {{"ki", 0, INFINITY, 1, 0, 0, NULL, "initial stiffness (kT and mobility 1)", 0},
    {"kf", 0, INFINITY, 1, 0, 0, NULL, "final stiffness", 0},
    {"tau", 0, INFINITY, 1, 0, 0, NULL,
     "duration (units of 1/(mobility stiffness))", 0}}, eval_harmonic_min_work, 0},
  {"review.erasure_time_work", "exact mean work of the finite-rate erasure (Gamma = 1)", "kT", 2,
   {{"p", 1e-15, 0.5, 0, 0, 0, NULL, "error probability", 0},
    {"tau", 0, 1e12, 1, 0, 0, NULL, "duration in units of 1/Gamma", 0}}, eval_erasure_time_work, 0},
};

static void run_erasure(Ledger_mc *out, const double *a, uint64_t seed, uint64_t samples,
                        int threads)
{
  if (a[2] > 0)
    Review_erasure_time_mc(out, a[0], a[2], seed, samples, threads);
  else
    Review_erasure_mc(out, a[0], (unsigned long)a[1], seed, samples, threads);
}

static void run_szilard(Ledger_mc *out, const double *a, uint64_t seed, uint64_t samples,
                        int threads)
{
  Review_szilard_mc(out, a[0], (unsigned long)a[1], seed, samples, threads);
}

static void run_trap(Ledger_mc *out, const double *a, uint64_t seed, uint64_t samples, int threads)
{
  Review_harmonic_mc(out, a[0], a[1], a[2], (unsigned long)a[3], seed, samples, threads);
}

static const char *deterministic_erasure(const double *a)
{
  return a[0] == 0.5 ? "at p = 0.5 nothing is erased: every run's work is exactly 0, and a "
                       "standard error of 0 gives no test" : NULL;
}

static const char *deterministic_szilard(const double *a)
{
  if (a[0] == 0.5)
    return "at eps = 0.5 the measurement says nothing and the level stays at 0: every cycle's "
           "work is exactly 0, and a standard error of 0 gives no test";
  return a[1] == 1 ? "with one step the expansion returns exactly what the raise cost: every "
                     "cycle's work is 0, and a standard error of 0 gives no test" : NULL;
}

static const char *deterministic_trap(const double *a)
{
  return a[0] == a[1] ? "at ki = kf the optimal protocol does nothing: every run's work is "
                        "exactly 0, and a standard error of 0 gives no test" : NULL;
}

static const Ledger_experiment experiments[] = {
  {"review.erasure",
   "mean work (kT) of simulated erasures with error p: K steps, or a ramp of duration tau",
   3,
   {{"p", 0, 0.5, 1, 0, 0, "0.1", "error probability", 0},
    {"steps", 1, 1e6, 0, 0, 1, "16", "number of steps K (when tau = 0)", 0},
    {"tau", 0, 1000, 0, 0, 0, "0", "duration in units of 1/Gamma; 0 = the K-step protocol", 0}},
   ERASURE_SAMPLES, run_erasure, deterministic_erasure, 2},
  {"review.szilard",
   "mean work (kT) extracted by simulated K-step Szilard engines with measurement error eps",
   2,
   {{"eps", 0, 0.5, 1, 0, 0, "0.1", "measurement error probability", 0},
    {"steps", 1, 1e6, 0, 0, 1, "16", "number of steps K", 0}},
   SZILARD_SAMPLES, run_szilard, deterministic_szilard, 2},
  {"review.trap", "mean work (kT) of Langevin runs of the optimal stiffness protocol, N intervals",
   4,
   {{"ki", 1e-6, 1e6, 0, 0, 0, "1", "initial stiffness", 0},
    {"kf", 1e-6, 1e6, 0, 0, 0, "4", "final stiffness", 0},
    {"tau", 1e-6, 1e6, 0, 0, 0, "1", "duration", 0}, {"steps", 1, 1e5, 0, 0, 1, "64",
                                                "number of intervals N", 0}},
   TRAP_SAMPLES, run_trap, deterministic_trap, 2},
};

const Ledger_chapter Review_chapter = {
  "review", claims, sizeof claims / sizeof claims[0], quantities,
  sizeof quantities / sizeof quantities[0], experiments, sizeof experiments / sizeof experiments[0],
  write_data,
  "Thermodynamic Learning: A Comprehensive Literature Review (The Physics of Intelligence), "
  "2024-2025; an unattributed literature review with no authors or venue given.",
  NULL};
