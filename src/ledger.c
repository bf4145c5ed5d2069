#line 592 "noweb/ledger.nw"
/* ledger.c: tangled from noweb/ledger.nw; edit that, not this. */
#include "ledger.h"
#line 621 "noweb/ledger.nw"
#include <assert.h>
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <signal.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#line 635 "noweb/ledger.nw"
const char *Ledger_kind_name(Ledger_kind k)
{
  static const char *const name[] = {"identity", "inequality", "approximation", "value",
                                     "stochastic"};
  assert(k >= 0 && k < (int)(sizeof name / sizeof name[0]));
  return name[k];
}

const char *Ledger_verdict_name(Ledger_verdict v)
{
  static const char *const name[] = {"verified", "proved", "refuted", "approximate",
                                     "inconclusive", "ambiguous"};
  assert(v >= 0 && v < (int)(sizeof name / sizeof name[0]));
  return name[v];
}

int Ledger_holds(Ledger_verdict v) { return v == LEDGER_VERIFIED || v == LEDGER_PROVED; }

const char *Ledger_origin_name(Ledger_origin o)
{
  static const char *const name[] = {"unset", "paper", "literature", "hypothesis", "consistency"};
  assert(o >= 0 && o < (int)(sizeof name / sizeof name[0]));
  return name[o];
}
#line 665 "noweb/ledger.nw"
Ledger_options Ledger_defaults(void)
{
  return (Ledger_options){.prec = LEDGER_PREC_DEFAULT, .seed = LEDGER_SEED_DEFAULT};
}

void Ledger_result_init(Ledger_result *r)
{
  memset(r, 0, sizeof *r);
  r->verdict = LEDGER_INCONCLUSIVE;
  strcpy(r->summary, "not run");
}

void Ledger_say(Ledger_result *r, Ledger_verdict v, const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(r->summary, sizeof r->summary, fmt, ap);
  va_end(ap);
  r->verdict = v;
}

void Ledger_found(Ledger_result *r, const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(r->found, sizeof r->found, fmt, ap);
  va_end(ap);
}

static Ledger_field *new_field(Ledger_result *r, const char *key)
{
  assert(r->nfields < LEDGER_FIELDS);
  assert(strlen(key) < LEDGER_KEY);
  Ledger_field *f = &r->field[r->nfields++];
  strcpy(f->key, key);
  return f;
}

void Ledger_field_mpfr(Ledger_result *r, const char *key, const mpfr_t x, int digits)
{
  assert(digits >= 1 && digits <= 60);
  Ledger_field *f = new_field(r, key);
  mpfr_snprintf(f->text, sizeof f->text, "%.*Re", digits - 1, x);
  f->value = mpfr_get_d(x, MPFR_RNDN);
}

void Ledger_field_double(Ledger_result *r, const char *key, double x)
{
  Ledger_field *f = new_field(r, key);
  snprintf(f->text, sizeof f->text, "%.17g", x);
  f->value = x;
}

void Ledger_field_text(Ledger_result *r, const char *key, const char *text)
{
  Ledger_field *f = new_field(r, key);
  snprintf(f->text, sizeof f->text, "%s", text);
  f->value = NAN;
}

double Ledger_field_value(const Ledger_result *r, const char *key)
{
  for (int i = 0; i < r->nfields; i++)
    if (strcmp(r->field[i].key, key) == 0)
      return r->field[i].value;
  return NAN;
}
#line 856 "noweb/ledger.nw"
int Ledger_printed_agrees(const mpfr_t computed, const char *printed, mpfr_t gap, mpfr_t half_unit)
{
  
#line 875 "noweb/ledger.nw"
const char *s = printed;
long after_point = 0, zeros = 0, e;
int digits = 0, nonzero = 0, seen_point = 0;
if (*s == '-' || *s == '+')
  s++;
for (; *s; s++) {
  if (*s >= '0' && *s <= '9') {
    digits++;
    after_point += seen_point;
    zeros = *s == '0' ? zeros + 1 : 0;
    nonzero |= *s != '0';
  } else if (*s == '.' && !seen_point)
    seen_point = 1;
  else
    break;
}
if (digits == 0)
  return -1;
e = seen_point || !nonzero ? -after_point : zeros;
if (*s == 'e' || *s == 'E') {
  char *end;
  errno = 0;
  long E = strtol(s + 1, &end, 10);
  if (end == s + 1 || *end != '\0' || errno)
    return -1;
  e += E;
} else if (*s != '\0')
  return -1;
#line 859 "noweb/ledger.nw"
  mpfr_prec_t prec = mpfr_get_prec(computed) + 64;
  mpfr_t x;
  mpfr_init2(x, prec);
  char *end;
  mpfr_strtofr(x, printed, &end, 10, MPFR_RNDN);
  mpfr_sub(gap, computed, x, MPFR_RNDN);
  mpfr_abs(gap, gap, MPFR_RNDN);
  mpfr_set_ui(half_unit, 10, MPFR_RNDN);
  mpfr_pow_si(half_unit, half_unit, e, MPFR_RNDN);
  mpfr_div_2ui(half_unit, half_unit, 1, MPFR_RNDN);
  mpfr_clear(x);
  return mpfr_cmp(gap, half_unit) <= 0;
}
#line 914 "noweb/ledger.nw"
void Ledger_value(Ledger_result *r, const mpfr_t computed, const char *printed, const char *unit)
{
  mpfr_t gap, half;
  mpfr_inits2(64, gap, half, (mpfr_ptr)0);
  int ok = Ledger_printed_agrees(computed, printed, gap, half);
  assert(ok >= 0);
  Ledger_field_text(r, "printed", printed);
  Ledger_field_mpfr(r, "computed", computed, 30);
  Ledger_field_mpfr(r, "gap", gap, 6);
  Ledger_field_mpfr(r, "half_unit", half, 6);
  mpfr_snprintf(r->found, sizeof r->found, "%.10Rg %s; the printed %s %s allows +-%.2Rg",
                computed, unit, printed, unit, half);
  if (mpfr_nan_p(computed))
    Ledger_say(r, LEDGER_INCONCLUSIVE, "%s %s: the value could not be computed", printed, unit);
  else if (ok)
    Ledger_say(r, LEDGER_VERIFIED, "%s %s agrees: computed %s, gap %s <= half unit %s",
               printed, unit, r->field[1].text, r->field[2].text, r->field[3].text);
  else
    Ledger_say(r, LEDGER_REFUTED, "%s %s disagrees: computed %s, gap %s > half unit %s",
               printed, unit, r->field[1].text, r->field[2].text, r->field[3].text);
  mpfr_clears(gap, half, (mpfr_ptr)0);
}
#line 947 "noweb/ledger.nw"
void Ledger_widen(mpfr_t res, const mpfr_t a, const mpfr_t b)
{
  mpfr_t d;
  mpfr_init2(d, mpfr_get_prec(res));
  mpfr_sub(d, a, b, MPFR_RNDN);
  mpfr_abs(d, d, MPFR_RNDN);
  mpfr_max(res, res, d, MPFR_RNDN);
  mpfr_clear(d);
}

static int residual_within(Ledger_residual residual, void *ctx, mpfr_prec_t prec, int guard,
                           mpfr_t res, mpfr_t bound)
{
  residual(res, prec, ctx);
  mpfr_abs(res, res, MPFR_RNDN);
  mpfr_set_ui_2exp(bound, 1, -(long)prec + guard, MPFR_RNDN);
  return !mpfr_nan_p(res) && mpfr_cmp(res, bound) <= 0;
}

void Ledger_identity(Ledger_result *r, Ledger_residual residual, void *ctx, mpfr_prec_t prec,
                     int guard)
{
  assert(guard >= 0 && guard < prec);
  mpfr_t res1, bound1, res2, bound2;
  mpfr_inits2(64, res1, bound1, res2, bound2, (mpfr_ptr)0);
  int ok1 = residual_within(residual, ctx, prec, guard, res1, bound1);
  int ok2 = residual_within(residual, ctx, 2 * prec, guard, res2, bound2);
  Ledger_field_double(r, "prec", (double)prec);
  Ledger_field_double(r, "guard", guard);
  Ledger_field_mpfr(r, "residual", res1, 6);
  Ledger_field_mpfr(r, "bound", bound1, 6);
  Ledger_field_mpfr(r, "residual_2prec", res2, 6);
  Ledger_field_mpfr(r, "bound_2prec", bound2, 6);
  if (mpfr_nan_p(res1) || mpfr_nan_p(res2))
    Ledger_say(r, LEDGER_INCONCLUSIVE, "the residual could not be computed (NaN)");
  else if (ok1 && ok2)
    Ledger_say(r, LEDGER_VERIFIED, "residual %s <= 2^-%ld at %ld bits; %s <= 2^-%ld at %ld bits",
               r->field[2].text, (long)prec - guard, (long)prec,
               r->field[4].text, 2 * (long)prec - guard, 2 * (long)prec);
  else
    Ledger_say(r, LEDGER_REFUTED, "residual %s (bound %s) at %ld bits; %s (bound %s) at %ld bits",
               r->field[2].text, r->field[3].text, (long)prec,
               r->field[4].text, r->field[5].text, 2 * (long)prec);
  mpfr_clears(res1, bound1, res2, bound2, (mpfr_ptr)0);
}

void Ledger_inequality(Ledger_result *r, double min_slack, double error, const char *where)
{
  Ledger_field_double(r, "min_slack", min_slack);
  Ledger_field_double(r, "error", error);
  Ledger_field_text(r, "where", where);
  if (isnan(min_slack) || isnan(error) || error < 0)
    Ledger_say(r, LEDGER_INCONCLUSIVE, "the slack could not be computed at %s", where);
  else if (min_slack - error >= 0)
    Ledger_say(r, LEDGER_VERIFIED, "min slack %.6g (error <= %.2g) >= 0 at %s", min_slack, error,
               where);
  else if (min_slack + error < 0)
    Ledger_say(r, LEDGER_REFUTED, "violated: slack %.6g (error <= %.2g) < 0 at %s", min_slack,
               error, where);
  else
    Ledger_say(r, LEDGER_INCONCLUSIVE, "slack %.6g within its error %.2g of 0 at %s", min_slack,
               error, where);
}

/* x to six significant digits rounded down (dir < 0) or up (dir > 0), so that a certified bound
   printed in a summary is still a bound */
static const char *bound_text(char *buf, size_t size, double x, int dir)
{
  if (!isfinite(x))
    return snprintf(buf, size, "%g", x), buf;
  mpfr_t m;
  mpfr_init2(m, 53);
  mpfr_set_d(m, x, MPFR_RNDN);                   /* exact */
  mpfr_snprintf(buf, size, dir < 0 ? "%.6RDg" : "%.6RUg", m);
  mpfr_clear(m);
  return buf;
}

void Ledger_proved(Ledger_result *r, const char *box, long pieces, const char *noun, double lower,
                   const char *where)
{
  char low[32];
  bound_text(low, sizeof low, lower, -1);
  Ledger_field_text(r, "box", box);
  Ledger_field_double(r, "sub_boxes", (double)pieces);
  Ledger_field_double(r, "certified_slack", lower);
  Ledger_field_text(r, "least_on", where);
  if (isnan(lower) || lower < 0)
    Ledger_say(r, LEDGER_INCONCLUSIVE, "no proof on %s: certified slack %s", box, low);
  else if (pieces == 1)
    Ledger_say(r, LEDGER_PROVED, "proved on %s: slack >= %s at its one %s, %s", box, low, noun,
               where);
  else
    Ledger_say(r, LEDGER_PROVED, "proved on %s: slack >= %s in all %ld %s, least at %s", box, low,
               pieces, noun, where);
}

void Ledger_counterexample(Ledger_result *r, Ledger_kind kind, double lo, double hi,
                           const char *where)
{
  const char *what = kind == LEDGER_INEQUALITY ? "slack" : "difference";
  int decided = kind == LEDGER_INEQUALITY ? hi < 0 : hi < 0 || lo > 0;
  char l[32], h[32];
  bound_text(l, sizeof l, lo, -1), bound_text(h, sizeof h, hi, 1);
  Ledger_field_double(r, "certified_lo", lo);
  Ledger_field_double(r, "certified_hi", hi);
  Ledger_field_text(r, "certified_at", where);
  if (isnan(lo) || isnan(hi) || !decided)
    Ledger_say(r, LEDGER_INCONCLUSIVE, "no certified counterexample: %s in [%s, %s] at %s", what,
               l, h, where);
  else {
    Ledger_field_text(r, "certified", "counterexample");
    Ledger_say(r, LEDGER_REFUTED, "certified counterexample: %s in [%s, %s] %s at %s", what, l, h,
               kind == LEDGER_INEQUALITY ? "< 0" : "excludes 0", where);
  }
}

void Ledger_worst_certified(Ledger_result *r, double lo, double hi, const char *box, long boxes,
                            double claimed)
{
  char sampled[LEDGER_SUMMARY], l[32], h[32];
  bound_text(l, sizeof l, lo, -1), bound_text(h, sizeof h, hi, 1);
  snprintf(sampled, sizeof sampled, "%s", r->summary);
  Ledger_field_text(r, "box", box);
  Ledger_field_double(r, "sub_boxes", (double)boxes);
  Ledger_field_double(r, "certified_lo", lo);
  Ledger_field_double(r, "certified_hi", hi);
  if (isnan(lo) || isnan(hi) || isinf(hi))
    Ledger_say(r, LEDGER_INCONCLUSIVE, "worst error not certified on %s (%ld sub-boxes); %s", box,
               boxes, sampled);
  else {
    Ledger_field_text(r, "certified", "worst error");
    Ledger_say(r, claimed > 0 && lo > claimed ? LEDGER_REFUTED : r->verdict,
               "%s; certified worst error in [%s, %s] on %s (%ld sub-boxes)", sampled, l, h,
               box, boxes);
  }
}

void Ledger_inequality_mpfr(Ledger_result *r, Ledger_slack slack, void *ctx, mpfr_prec_t prec)
{
  char where1[LEDGER_TEXT], where2[LEDGER_TEXT];
  mpfr_t s1, s2, err;
  mpfr_init2(s1, prec), mpfr_init2(s2, 2 * prec), mpfr_init2(err, 64);
  where1[0] = where2[0] = '\0';
  slack(s1, where1, sizeof where1, prec, ctx);
  slack(s2, where2, sizeof where2, 2 * prec, ctx);
  mpfr_sub(err, s1, s2, MPFR_RNDU);
  mpfr_abs(err, err, MPFR_RNDU);
  Ledger_inequality(r, mpfr_get_d(s2, MPFR_RNDD), mpfr_get_d(err, MPFR_RNDU), where2);
  Ledger_field_mpfr(r, "slack_2prec", s2, 30);
  mpfr_clears(s1, s2, err, (mpfr_ptr)0);
}

void Ledger_approximation(Ledger_result *r, double worst_error, const char *where, double claimed)
{
  Ledger_field_double(r, "worst_error", worst_error);
  Ledger_field_text(r, "where", where);
  if (claimed > 0)
    Ledger_field_double(r, "claimed", claimed);
  if (isnan(worst_error))
    Ledger_say(r, LEDGER_INCONCLUSIVE, "the error could not be computed at %s", where);
  else if (claimed > 0 && worst_error > claimed)
    Ledger_say(r, LEDGER_REFUTED, "worst error %.6g at %s exceeds the stated %.3g", worst_error,
               where, claimed);
  else
    Ledger_say(r, LEDGER_APPROXIMATE, "worst error %.6g at %s", worst_error, where);
}

void Ledger_readings(Ledger_result *r, const char *first, const Ledger_result *a,
                     const char *second, const Ledger_result *b)
{
  const Ledger_result *reading[2] = {a, b};
  for (int k = 0; k < 2; k++)
    for (int i = 0; i < reading[k]->nfields && r->nfields < LEDGER_FIELDS; i++) {
      char key[LEDGER_KEY];
      snprintf(key, sizeof key, "r%d_%.24s", k + 1, reading[k]->field[i].key);
      Ledger_field *f = new_field(r, key);
      memcpy(f->text, reading[k]->field[i].text, sizeof f->text);
      f->value = reading[k]->field[i].value;
    }
  Ledger_verdict v = a->verdict == b->verdict ? a->verdict
                   : a->verdict == LEDGER_INCONCLUSIVE || b->verdict == LEDGER_INCONCLUSIVE
                     ? LEDGER_INCONCLUSIVE : LEDGER_AMBIGUOUS;
  Ledger_say(r, v, "read as %s: %s (%.100s); read as %s: %s (%.100s)", first,
             Ledger_verdict_name(a->verdict), a->summary, second, Ledger_verdict_name(b->verdict),
             b->summary);
  Ledger_found(r, "read as %s: %s, %.120s; read as %s: %s, %.120s", first,
               Ledger_verdict_name(a->verdict), a->found[0] ? a->found : a->summary, second,
               Ledger_verdict_name(b->verdict), b->found[0] ? b->found : b->summary);
}

void Ledger_mc_set(Ledger_mc *mc, double estimate, double stderr_, double exact, uint64_t samples)
{
  *mc = (Ledger_mc){.estimate = estimate, .stderr_ = stderr_, .exact = exact, .samples = samples,
                    .z = stderr_ > 0 ? (estimate - exact) / stderr_ : NAN};
}

static void judge_mc(Ledger_result *r, const Ledger_mc *mc, double zmax);

void Ledger_stochastic(Ledger_result *r, const Ledger_mc *mc, double zmax)
{
  Ledger_stochastic_worst(r, mc, 1, zmax);
}

size_t Ledger_stochastic_worst(Ledger_result *r, const Ledger_mc *mc, size_t n, double zmax)
{
  assert(n >= 1 && n <= LEDGER_ZS);
  size_t worst = 0;
  for (size_t i = 0; i < n; i++) {
    r->z[i] = mc[i].z;
    if (!isnan(mc[worst].z) && !(fabs(mc[i].z) <= fabs(mc[worst].z)))
      worst = i;
  }
  r->nz = (int)n;
  judge_mc(r, &mc[worst], zmax);
  return worst;
}

static void judge_mc(Ledger_result *r, const Ledger_mc *mc, double zmax)
{
  Ledger_field_double(r, "estimate", mc->estimate);
  Ledger_field_double(r, "stderr", mc->stderr_);
  Ledger_field_double(r, "exact", mc->exact);
  Ledger_field_double(r, "z", mc->z);
  Ledger_field_double(r, "zmax", zmax);
  Ledger_field_double(r, "samples", (double)mc->samples);
  if (isnan(mc->z) || isnan(mc->estimate))
    Ledger_say(r, LEDGER_INCONCLUSIVE, "estimate %.6g +- %.2g vs exact %.6g: no z-score",
               mc->estimate, mc->stderr_, mc->exact);
  else if (isfinite(mc->z) && fabs(mc->z) <= zmax)
    Ledger_say(r, LEDGER_VERIFIED, "estimate %.6g +- %.2g vs exact %.6g: z = %.2f, |z| <= %g",
               mc->estimate, mc->stderr_, mc->exact, mc->z, zmax);
  else
    Ledger_say(r, LEDGER_REFUTED, "estimate %.6g +- %.2g vs exact %.6g: z = %.2f, |z| > %g",
               mc->estimate, mc->stderr_, mc->exact, mc->z, zmax);
}
