#line 610 "noweb/ledger.nw"
/* ledger-output.c: tangled from noweb/ledger.nw; edit that, not this. */
#include "ledger-output.h"
#include "stochastic.h"
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
#line 1203 "noweb/ledger.nw"
enum { TEMPS = 64 };
static char *temps[TEMPS];

static void remove_temps_and_die(int sig)
{
  for (int i = 0; i < TEMPS; i++) {
    char *p = __atomic_load_n(&temps[i], __ATOMIC_SEQ_CST);
    if (p)
      unlink(p);
  }
  if (sig == SIGALRM) {
    static const char msg[] = "thermolit: the computation exceeded its time budget (--budget)\n";
    if (write(STDERR_FILENO, msg, sizeof msg - 1) < 0)
      _exit(1);
    _exit(1);
  }
  signal(sig, SIG_DFL);
  raise(sig);
}

void Ledger_catch_signals(void)
{
  const int sigs[] = {SIGINT, SIGTERM, SIGHUP, SIGALRM};
  for (size_t k = 0; k < sizeof sigs / sizeof sigs[0]; k++)
    signal(sigs[k], remove_temps_and_die);
}

static void list_temp(char *tmp, int add)
{
  for (int i = 0; i < TEMPS; i++) {
    char *expected = add ? NULL : tmp;
    if (__atomic_compare_exchange_n(&temps[i], &expected, add ? tmp : NULL, 0, __ATOMIC_SEQ_CST,
                                    __ATOMIC_SEQ_CST))
      return;
  }
}
#line 1245 "noweb/ledger.nw"
static void remove_stale_temps(const char *path)
{
  char *copy = strdup(path), *slash = copy ? strrchr(copy, '/') : NULL;
  if (!copy)
    return;
  const char *dir = slash ? (slash == copy ? "/" : (*slash = '\0', copy)) : ".";
  const char *base = slash ? slash + 1 : copy;
  size_t n = strlen(base);
  DIR *d = opendir(dir);
  for (struct dirent *e; d && (e = readdir(d)) != NULL;) {
    char *end;
    if (strncmp(e->d_name, base, n) != 0 || strncmp(e->d_name + n, ".tmp", 4) != 0)
      continue;
    long pid = strtol(e->d_name + n + 4, &end, 10);
    if (pid <= 0 || *end != '.' || strlen(end + 1) != 6 || pid == (long)getpid())
      continue;
    if (kill((pid_t)pid, 0) != 0 && errno == ESRCH) {
      char *stale = malloc(strlen(dir) + strlen(e->d_name) + 2);
      if (stale)
        sprintf(stale, "%s/%s", dir, e->d_name), unlink(stale), free(stale);
    }
  }
  if (d)
    closedir(d);
  free(copy);
}

int Ledger_open_atomic(Ledger_out *o, const char *path)
{
  o->f = NULL;
  if (Par_rank() != 0) {                        /* under MPI only rank 0 writes */
    o->path = strdup(path), o->tmp = NULL, o->f = fopen("/dev/null", "w");
    return o->path && o->f ? 0 : -1;
  }
  o->path = strdup(path);
  o->tmp = malloc(strlen(path) + 40);
  if (!o->path || !o->tmp)
    goto fail;
  remove_stale_temps(path);
  sprintf(o->tmp, "%s.tmp%ld.XXXXXX", path, (long)getpid());
  int fd = mkstemp(o->tmp);
  if (fd < 0)
    goto fail;
  list_temp(o->tmp, 1);
  mode_t mask = umask(0);
  umask(mask);
  fchmod(fd, 0666 & ~mask);
  o->f = fdopen(fd, "w");
  if (!o->f) {
    int saved = errno;
    close(fd);
    unlink(o->tmp);
    list_temp(o->tmp, 0);
    errno = saved;
    goto fail;
  }
  return 0;
fail:
  free(o->path);
  free(o->tmp);
  o->path = o->tmp = NULL;
  return -1;
}

int Ledger_close_atomic(Ledger_out *o, int ok)
{
  int status = 0;
  if (!o->tmp) {                                 /* a rank that does not write */
    fclose(o->f), free(o->path);
    o->f = NULL, o->path = NULL;
    return ok ? 0 : -1;
  }
  if (ferror(o->f))
    ok = 0;
  if (fclose(o->f) != 0)
    ok = 0;
  if (ok && rename(o->tmp, o->path) == 0)
    status = 0;
  else {
    int saved = errno;
    unlink(o->tmp);
    errno = saved;
    status = -1;
  }
  list_temp(o->tmp, 0);
  free(o->path);
  free(o->tmp);
  o->f = NULL;
  o->path = o->tmp = NULL;
  return status;
}
#line 1339 "noweb/ledger.nw"
FILE *Ledger_open_data(Ledger_out *o, const char *dir, const char *name)
{
  char *path = malloc(strlen(dir) + strlen(name) + 2);
  if (!path)
    return fprintf(stderr, "thermolit: out of memory\n"), NULL;
  sprintf(path, "%s/%s", dir, name);
  int status = Ledger_open_atomic(o, path);
  if (status != 0)
    fprintf(stderr, "thermolit: cannot write %s: %s\n", path, strerror(errno));
  free(path);
  return status == 0 ? o->f : NULL;
}

int Ledger_close_data(Ledger_out *o, int ok)
{
  char *path = strdup(o->path);
  int status = Ledger_close_atomic(o, ok);
  if (!ok)
    fprintf(stderr, "thermolit: %s not written: its computation failed\n",
            path ? path : "a data file");
  else if (status != 0)
    fprintf(stderr, "thermolit: cannot write %s: %s\n", path ? path : "a data file",
            strerror(errno));
  free(path);
  return ok ? status : -1;
}
#line 1368 "noweb/ledger.nw"
void Ledger_tex_escape(FILE *f, const char *s)
{
  for (; *s; s++)
    switch (*s) {
    case '\\': fputs("\\textbackslash{}", f); break;
    case '~': fputs("\\textasciitilde{}", f); break;
    case '^': fputs("\\textasciicircum{}", f); break;
    case '<': fputs("\\textless{}", f); break;
    case '|': fputs("\\textbar{}", f); break;
    case '>': fputs("\\textgreater{}", f); break;
    case '&': case '%': case '$': case '#': case '_': case '{': case '}':
      fputc('\\', f);
      fputc(*s, f);
      break;
    default: fputc(*s, f);
    }
}
#line 551 "noweb/ledger.nw"
int Ledger_result_from_json(Ledger_result *r, const json_t *j)
{
  Ledger_result_init(r);
  const char *v = json_string_value(json_object_get(j, "verdict"));
  int known = 0;
  for (int k = 0; k <= LEDGER_AMBIGUOUS && v; k++)
    if (strcmp(v, Ledger_verdict_name((Ledger_verdict)k)) == 0)
      r->verdict = (Ledger_verdict)k, known = 1;
  if (!known)
    return -1;
  const char *summary = json_string_value(json_object_get(j, "summary"));
  const char *found = json_string_value(json_object_get(j, "found"));
  snprintf(r->summary, sizeof r->summary, "%s", summary ? summary : "");
  snprintf(r->found, sizeof r->found, "%s", found ? found : "");
  const char *key;
  json_t *text;
  json_object_foreach((json_t *)json_object_get(j, "evidence"), key, text) {
    char *end;
    const char *t = json_string_value(text);
    double x = t ? strtod(t, &end) : NAN;
    if (!t || end == t || *end != '\0')
      x = NAN;
    Ledger_field_text(r, key, t ? t : "");
    r->field[r->nfields - 1].value = x;
  }
  r->seconds = json_real_value(json_object_get(j, "seconds"));
  return 0;
}
#line 1391 "noweb/ledger.nw"
void Ledger_progress(const char *what, uint64_t done, uint64_t total)
{
  if (!isatty(STDERR_FILENO) || total == 0)
    return;
  fprintf(stderr, "\r%s: %llu/%llu", what, (unsigned long long)done, (unsigned long long)total);
  if (done >= total)
    fputc('\n', stderr);
  fflush(stderr);
}
