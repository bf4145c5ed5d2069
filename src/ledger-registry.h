#line 103 "noweb/ledger.nw"
/* ledger-registry.h: tangled from noweb/ledger.nw; edit that, not this. */
#ifndef LEDGER_REGISTRY_H
#define LEDGER_REGISTRY_H
#include "ledger.h"

#line 358 "noweb/ledger.nw"
size_t Ledger_nchapters(void);
const Ledger_chapter *Ledger_chapter_at(size_t i);
const Ledger_claim *Ledger_find_claim(const char *id);
int Ledger_share(const char *a, const char *b);
int Ledger_names(const char *list, const char *word);
const Ledger_quantity *Ledger_find_quantity(const char *name);
const Ledger_experiment *Ledger_find_experiment(const char *name);
void Ledger_run(const Ledger_claim *c, const Ledger_options *opt, Ledger_result *r);
const Ledger_claim *Ledger_run_id(const char *id, const Ledger_options *opt, Ledger_result *r);
#line 109 "noweb/ledger.nw"
#endif
