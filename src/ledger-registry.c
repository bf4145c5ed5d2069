#line 602 "noweb/ledger.nw"
/* ledger-registry.c: tangled from noweb/ledger.nw; edit that, not this. */
#include "ledger-registry.h"
#line 621 "noweb/ledger.nw"
#include <assert.h>
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <signal.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#line 747 "noweb/ledger.nw"
extern const Ledger_chapter Review_chapter, Landauer_chapter, Learning_chapter, Rebooting_chapter,
  Denseam_chapter;

static const Ledger_chapter *const chapters[] = {
  &Review_chapter,
  &Landauer_chapter,
  &Learning_chapter,
  &Rebooting_chapter,
  &Denseam_chapter,
};

size_t Ledger_nchapters(void) { return sizeof chapters / sizeof chapters[0]; }

const Ledger_chapter *Ledger_chapter_at(size_t i)
{
  assert(i < Ledger_nchapters());
  return chapters[i];
}
#line 771 "noweb/ledger.nw"
const Ledger_claim *Ledger_find_claim(const char *id)
{
  for (size_t i = 0; i < Ledger_nchapters(); i++)
    for (size_t j = 0; j < chapters[i]->nclaims; j++)
      if (strcmp(chapters[i]->claims[j].id, id) == 0)
        return &chapters[i]->claims[j];
  return NULL;
}

/* whether word is one of the space-separated words of list (a shared list's claims, a
   command's options) */
int Ledger_names(const char *list, const char *word)
{
  size_t n = strlen(word);
  for (const char *w = list; (w = strstr(w, word)) != NULL; w += n)
    if ((w == list || w[-1] == ' ') && (w[n] == ' ' || w[n] == '\0'))
      return 1;
  return 0;
}

int Ledger_share(const char *a, const char *b)
{
  for (size_t i = 0; i < Ledger_nchapters(); i++)
    for (const char *const *l = chapters[i]->shared; l && *l; l++)
      if (Ledger_names(*l, a) && Ledger_names(*l, b))
        return 1;
  return 0;
}

const Ledger_quantity *Ledger_find_quantity(const char *name)
{
  for (size_t i = 0; i < Ledger_nchapters(); i++)
    for (size_t j = 0; j < chapters[i]->nquantities; j++)
      if (strcmp(chapters[i]->quantities[j].name, name) == 0)
        return &chapters[i]->quantities[j];
  return NULL;
}

const Ledger_experiment *Ledger_find_experiment(const char *name)
{
  for (size_t i = 0; i < Ledger_nchapters(); i++)
    for (size_t j = 0; j < chapters[i]->nexperiments; j++)
      if (strcmp(chapters[i]->experiments[j].name, name) == 0)
        return &chapters[i]->experiments[j];
  return NULL;
}

const Ledger_claim *Ledger_run_id(const char *id, const Ledger_options *opt, Ledger_result *r)
{
  const Ledger_claim *c = Ledger_find_claim(id);
  Ledger_options defaults = Ledger_defaults();
  if (c)
    Ledger_run(c, opt ? opt : &defaults, r);
  return c;
}

void Ledger_run(const Ledger_claim *c, const Ledger_options *opt, Ledger_result *r)
{
  struct timespec t0, t1;
  Ledger_result_init(r);
  clock_gettime(CLOCK_MONOTONIC, &t0);
  c->check(opt, r);
  clock_gettime(CLOCK_MONOTONIC, &t1);
  r->seconds = (double)(t1.tv_sec - t0.tv_sec) + 1e-9 * (double)(t1.tv_nsec - t0.tv_nsec);
}
