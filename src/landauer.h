#line 66 "noweb/landauer.nw"
/* landauer.h: tangled from noweb/landauer.nw; edit that, not this. */
#ifndef LANDAUER_H
#define LANDAUER_H
#include "ledger.h"

#line 543 "noweb/landauer.nw"
void Landauer_entropy_exact(mpfr_t s, unsigned long N, const mpfr_t t);
#line 996 "noweb/landauer.nw"
double Landauer_glauber_rate(unsigned long N, double t, unsigned long sweeps);
#line 72 "noweb/landauer.nw"
extern const Ledger_chapter Landauer_chapter;
#endif
