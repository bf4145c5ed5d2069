#line 68 "noweb/certify.nw"
/* certify.c: tangled from noweb/certify.nw; edit that, not this. */
#include "certify.h"
#include <assert.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "numerics.h"

#line 161 "noweb/certify.nw"
static void box_balls(arb_ptr x, const Certify_box *b, slong prec)
{
  arf_t lo, hi;
  arf_init(lo), arf_init(hi);
  for (int i = 0; i < b->dim; i++) {
    arf_set_d(lo, b->lo[i]), arf_set_d(hi, b->hi[i]);
    arb_set_interval_arf(x + i, lo, hi, prec);
  }
  arf_clear(lo), arf_clear(hi);
}

void Certify_box_text(char *buf, size_t size, const Certify_box *box)
{
  size_t n = 0;
  buf[0] = '\0';
  for (int i = 0; i < box->dim && n < size; i++) {
    const char *sep = i ? ", " : "";
    if (box->lo[i] == box->hi[i])
      n += snprintf(buf + n, size - n, "%s%s = %.6g", sep, box->name[i], box->lo[i]);
    else
      n += snprintf(buf + n, size - n, "%s%s in [%.6g, %.6g]", sep, box->name[i], box->lo[i],
                    box->hi[i]);
  }
}

double Certify_down(const arb_t x)
{
  if (!arb_is_finite(x))
    return -INFINITY;
  arf_t t;
  arf_init(t);
  arb_get_lbound_arf(t, x, 64);
  double d = arf_get_d(t, ARF_RND_FLOOR);
  arf_clear(t);
  return d;
}

double Certify_up(const arb_t x)
{
  if (!arb_is_finite(x))
    return INFINITY;
  arf_t t;
  arf_init(t);
  arb_get_ubound_arf(t, x, 64);
  double d = arf_get_d(t, ARF_RND_CEIL);
  arf_clear(t);
  return d;
}
#line 226 "noweb/certify.nw"
enum { CERTIFY_STACK = 128 * CERTIFY_DIM };

static int cut(Certify_box *a, Certify_box *b, const Certify_box *whole)
{
  int best = -1;
  double widest = 0;
  for (int i = 0; i < a->dim; i++) {
    double m = a->lo[i] + (a->hi[i] - a->lo[i]) / 2;
    double w = (a->hi[i] - a->lo[i]) / (whole->hi[i] - whole->lo[i]);
    if (m > a->lo[i] && m < a->hi[i] && w > widest)
      widest = w, best = i;
  }
  if (best < 0)
    return 0;
  double m = a->lo[best] + (a->hi[best] - a->lo[best]) / 2;
  *b = *a;
  a->hi[best] = m, b->lo[best] = m;
  return 1;
}

static void midpoint(Certify_box *p, const Certify_box *b)
{
  *p = *b;
  for (int i = 0; i < b->dim; i++)
    p->lo[i] = p->hi[i] = b->lo[i] + (b->hi[i] - b->lo[i]) / 2;
}
#line 265 "noweb/certify.nw"
Certify_status Certify_sign(Certify_outcome *out, Certify_fn f, void *ctx, const Certify_box *box,
                            slong prec, long max_boxes)
{
  Num_use_arb();
  assert(box->dim >= 1 && box->dim <= CERTIFY_DIM);
  Certify_box *stack = malloc(CERTIFY_STACK * sizeof *stack), point;
  arb_ptr x = _arb_vec_init(box->dim);
  arb_t y;
  arb_init(y);
  int top = 0;
  stack[top++] = *box;
  *out = (Certify_outcome){.status = CERTIFY_PROVED, .lower = INFINITY, .at = *box};
  while (top > 0) {
    Certify_box b = stack[--top];
    if (out->boxes >= max_boxes) {
      out->status = CERTIFY_UNDECIDED, out->at = b;
      break;
    }
    out->boxes++;
    box_balls(x, &b, prec), f(y, x, prec, ctx);
    if (arb_is_nonnegative(y)) {
      double low = Certify_down(y);
      if (low < out->lower)
        out->lower = low, out->at = b;
      continue;
    }
    midpoint(&point, &b);
    box_balls(x, &point, prec), f(y, x, prec, ctx);
    if (arb_is_negative(y)) {
      out->status = CERTIFY_COUNTEREXAMPLE, out->at = point;
      out->lo = Certify_down(y), out->hi = Certify_up(y);
      break;
    }
    if (top + 2 > CERTIFY_STACK || !cut(&b, &stack[top + 1], box)) {
      out->status = CERTIFY_UNDECIDED, out->at = b;
      break;
    }
    stack[top] = b, top += 2;
  }
  arb_clear(y);
  _arb_vec_clear(x, box->dim);
  free(stack);
  return out->status;
}
#line 321 "noweb/certify.nw"
static void point_value(Certify_outcome *out, const Certify_box *p, arb_ptr x, arb_t y,
                        Certify_fn f, void *ctx, slong prec)
{
  box_balls(x, p, prec), f(y, x, prec, ctx);
  double low = Certify_down(y);
  if (low > out->lo)
    out->lo = low, out->at = *p;
}

Certify_status Certify_maximum(Certify_outcome *out, Certify_fn f, void *ctx,
                               const Certify_box *box, const double *hint, double rel_tol,
                               slong prec, long max_boxes)
{
  Num_use_arb();
  assert(box->dim >= 1 && box->dim <= CERTIFY_DIM && rel_tol >= 0);
  Certify_box *stack = malloc(CERTIFY_STACK * sizeof *stack), point;
  arb_ptr x = _arb_vec_init(box->dim);
  arb_t y;
  arb_init(y);
  *out = (Certify_outcome){.status = CERTIFY_PROVED, .lo = -INFINITY, .hi = -INFINITY};
  if (hint) {
    point = *box;
    for (int i = 0; i < box->dim; i++)
      point.lo[i] = point.hi[i] = hint[i];
    point_value(out, &point, x, y, f, ctx, prec);
  }
  int top = 0;
  stack[top++] = *box;
  while (top > 0) {
    Certify_box b = stack[--top];
    if (out->boxes >= max_boxes) {
      out->status = CERTIFY_UNDECIDED;
      break;
    }
    out->boxes++;
    box_balls(x, &b, prec), f(y, x, prec, ctx);
    double high = Certify_up(y);
    if (high <= out->lo + fabs(out->lo) * rel_tol) {
      out->hi = fmax(out->hi, high);
      continue;
    }
    midpoint(&point, &b), point_value(out, &point, x, y, f, ctx, prec);
    if (top + 2 > CERTIFY_STACK || !cut(&b, &stack[top + 1], box)) {
      out->status = CERTIFY_UNDECIDED;
      break;
    }
    stack[top] = b, top += 2;
  }
  if (out->status == CERTIFY_UNDECIDED)
    out->hi = INFINITY;
  arb_clear(y);
  _arb_vec_clear(x, box->dim);
  free(stack);
  return out->status;
}
#line 386 "noweb/certify.nw"
void Certify_inequality(Ledger_result *r, Certify_fn f, void *ctx, const Certify_box *box,
                        slong prec, long max_boxes)
{
  Certify_outcome o;
  char whole[LEDGER_TEXT], where[LEDGER_TEXT];
  Certify_sign(&o, f, ctx, box, prec, max_boxes);
  Certify_box_text(whole, sizeof whole, box);
  Certify_box_text(where, sizeof where, &o.at);
  if (o.status == CERTIFY_PROVED)
    Ledger_proved(r, whole, o.boxes, "sub-boxes", o.lower, where);
  else if (o.status == CERTIFY_COUNTEREXAMPLE)
    Ledger_counterexample(r, LEDGER_INEQUALITY, o.lo, o.hi, where);
  else
    Ledger_say(r, LEDGER_INCONCLUSIVE, "no proof on %s: %ld sub-boxes, %s left undecided", whole,
               o.boxes, where);
}
