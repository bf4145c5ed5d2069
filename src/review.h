/* review.h: tangled from noweb/review.nw; edit that, not this. */
#ifndef REVIEW_H
#define REVIEW_H
#include <stdint.h>
#include "ledger.h"

void Review_boltzmann(mpfr_t out);
void Review_landauer_J(mpfr_t out, const mpfr_t T);
void Review_landauer_eV(mpfr_t out, const mpfr_t T);
void Review_erasure_bound(mpfr_t out, const mpfr_t p);
void Review_protocol_work(mpfr_t out, const mpfr_t p, unsigned long K);
int Review_quasistatic_work(mpfr_t out, const mpfr_t p);
void Review_erasure_mc(Ledger_mc *out, double p, unsigned long K, uint64_t seed, uint64_t samples,
                       int threads);
extern const Ledger_chapter Review_chapter;
#endif
