#line 67 "noweb/review.nw"
/* review.h: tangled from noweb/review.nw; edit that, not this. */
#ifndef REVIEW_H
#define REVIEW_H
#include "ledger.h"

extern const Ledger_chapter Review_chapter;
#endif
