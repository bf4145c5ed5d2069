#line 34 "noweb/rebooting.nw"
/* rebooting.h: tangled from noweb/rebooting.nw; edit that, not this. */
#ifndef REBOOTING_H
#define REBOOTING_H
#include <stdint.h>
#include "ledger.h"

#line 2944 "noweb/rebooting.nw"
typedef struct {
  int L, H;
  int8_t *s[2], *side, *odd;
  uint32_t t2, t4, key[2];
  uint64_t sweep;
  uint32_t *rnd;
} Rebooting_ising;

void Rebooting_ising_init(Rebooting_ising *g, int L, double T, uint64_t seed, uint64_t chain);
void Rebooting_ising_sweep(Rebooting_ising *g);
void Rebooting_ising_free(Rebooting_ising *g);
#line 41 "noweb/rebooting.nw"
extern const Ledger_chapter Rebooting_chapter;
#endif
