#line 181 "noweb/denseam.nw"
/* denseam.h: tangled from noweb/denseam.nw; edit that, not this. */
#ifndef DENSEAM_H
#define DENSEAM_H
#include "ledger.h"

extern const Ledger_chapter Denseam_chapter;
#endif
