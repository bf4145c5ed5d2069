#line 4726 "noweb/ledger.nw"
/* fuzz-args.c: tangled from noweb/ledger.nw; edit that, not this. */
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ledger.h"
#include "ledger-output.h"

static jmp_buf fuzz_escape;
#define exit(status) longjmp(fuzz_escape, 1 + (status))
#define Ledger_catch_signals() ((void)0)
#define alarm(seconds) ((void)(seconds), 0u)
#define atexit(f) ((void)(f), 0)
#define main thermolit_main
#include "thermolit.c"
#undef main

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  static const char *const quantity[] = {"review.landauer_J", "review.landauer_eV",
                                         "review.erasure_bound"};
  char buf[257], *argv[64];
  if (size < 1)
    return 0;
  size_t n = size - 1 < 256 ? size - 1 : 256;
  memcpy(buf, data + 1, n);
  buf[n] = '\0';
  int argc = 0;
  argv[argc++] = "thermolit", argv[argc++] = "eval";
  argv[argc++] = (char *)quantity[data[0] % 3];
  for (char *tok = strtok(buf, " \n"); tok && argc < 63; tok = strtok(NULL, " \n"))
    argv[argc++] = tok;
  argv[argc] = NULL;
  if (setjmp(fuzz_escape) == 0)
    thermolit_main(argc, argv);
  fflush(stdout);
  return 0;
}
