#line 88 "noweb/ledger.nw"
/* ledger-output.h: tangled from noweb/ledger.nw; edit that, not this. */
#ifndef LEDGER_OUTPUT_H
#define LEDGER_OUTPUT_H
#include <stdint.h>
#include <stdio.h>
#include <jansson.h>
#include "ledger.h"

#line 516 "noweb/ledger.nw"
typedef struct {
  FILE *f;
  char *path, *tmp;
} Ledger_out;
int Ledger_open_atomic(Ledger_out *o, const char *path);
int Ledger_close_atomic(Ledger_out *o, int ok);
void Ledger_catch_signals(void);
FILE *Ledger_open_data(Ledger_out *o, const char *dir, const char *name);
int Ledger_close_data(Ledger_out *o, int ok);
void Ledger_tex_escape(FILE *f, const char *s);
#line 547 "noweb/ledger.nw"
int Ledger_result_from_json(Ledger_result *r, const json_t *j);
#line 586 "noweb/ledger.nw"
void Ledger_progress(const char *what, uint64_t done, uint64_t total);
#line 99 "noweb/ledger.nw"
#endif
