#line 77 "noweb/learning.nw"
/* learning.h: tangled from noweb/learning.nw; edit that, not this. */
#ifndef LEARNING_H
#define LEARNING_H
#include "ledger.h"
#include <stdint.h>

#line 712 "noweb/learning.nw"
int Learning_pc(mpfr_t out, const mpfr_t alpha, const mpfr_t nu);
#line 3361 "noweb/learning.nw"
void Learning_fig3_mc(Ledger_mc *pc, Ledger_mc *info, double alpha, double nu, int N, uint64_t seed,
                      uint64_t realizations, int threads);
#line 84 "noweb/learning.nw"
extern const Ledger_chapter Learning_chapter;
#endif
