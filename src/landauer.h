/* landauer.h: tangled from noweb/landauer.nw; edit that, not this. */
#ifndef LANDAUER_H
#define LANDAUER_H
#include "ledger.h"

void Landauer_entropy_exact(mpfr_t s, unsigned long N, const mpfr_t t);
double Landauer_glauber_rate(unsigned long N, double t, unsigned long sweeps);
extern const Ledger_chapter Landauer_chapter;
#endif
