#line 56 "noweb/certify.nw"
/* certify.h: tangled from noweb/certify.nw; edit that, not this. */
#ifndef CERTIFY_H
#define CERTIFY_H
#include <stddef.h>
#include <arb.h>
#include "ledger.h"

#line 109 "noweb/certify.nw"
enum { CERTIFY_DIM = 3 };
typedef struct {
  int dim;
  double lo[CERTIFY_DIM], hi[CERTIFY_DIM];
  const char *name[CERTIFY_DIM];
} Certify_box;

typedef void (*Certify_fn)(arb_t out, arb_srcptr x, slong prec, void *ctx);

typedef enum { CERTIFY_PROVED, CERTIFY_COUNTEREXAMPLE, CERTIFY_UNDECIDED } Certify_status;
typedef struct {
  Certify_status status;
  long boxes;
  double lower;                                  /* proof: f >= lower on the whole box */
  double lo, hi;                                 /* counterexample: f(at); maximum: max f */
  Certify_box at;                                /* the sub-box (or point) the result names */
} Certify_outcome;

Certify_status Certify_sign(Certify_outcome *out, Certify_fn f, void *ctx, const Certify_box *box,
                            slong prec, long max_boxes);
Certify_status Certify_maximum(Certify_outcome *out, Certify_fn f, void *ctx,
                               const Certify_box *box, const double *hint, double rel_tol,
                               slong prec, long max_boxes);
void Certify_inequality(Ledger_result *r, Certify_fn f, void *ctx, const Certify_box *box,
                        slong prec, long max_boxes);
void Certify_box_text(char *buf, size_t size, const Certify_box *box);
double Certify_down(const arb_t x);
double Certify_up(const arb_t x);
#line 64 "noweb/certify.nw"
#endif
