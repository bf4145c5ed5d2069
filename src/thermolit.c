#line 1412 "noweb/ledger.nw"
/* thermolit.c: tangled from noweb/ledger.nw; edit that, not this. */
#line 1432 "noweb/ledger.nw"
#include <errno.h>
#include <float.h>
#include <gmp.h>
#include <jansson.h>
#include <signal.h>
#include <unistd.h>
#include <math.h>
#include <omp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include "ledger.h"
#include "ledger-output.h"
#include "ledger-registry.h"
#include "stochastic.h"
#line 1703 "noweb/ledger.nw"
static void set_param(const char *what, const Ledger_param *p, const char *s, mpfr_t v,
                      mpfr_rnd_t rnd);
static const char *domain_text(const Ledger_param *p);

static const char *const usage_main =
  "usage: thermolit COMMAND [options]\n"
  "  list                     the claims of the ledger\n"
  "  verify [ID|PREFIX ...]   run checks and compare verdicts with the ledger\n"
  "  eval NAME [k=v ...]      evaluate a named quantity at any precision\n"
  "  mc EXPERIMENT [k=v ...]  run a Monte Carlo estimator\n"
  "  findings [PAPER] [--json]  what each paper claims that we do not verify\n"
  "  report [--out DIR]       write the ledger, findings and figure data (default reports/)\n"
  "  calibrate [ID|PREFIX ...]  test the stochastic claims' z-scores over many seeds\n"
  "  --version                commit and library versions\n"
  "'thermolit COMMAND --help' describes a command.\n";
static const char *const usage_list = "usage: thermolit list\n"
  "Prints id, paper, source, kind, origin, fixed precision (bits, 0 when --prec rules)\n"
  "and statement of every claim, tab-separated.\n";
static const char *const usage_findings =
  "usage: thermolit findings [PAPER] [--json] [--prec BITS] [--seed S] [--threads T]\n"
  "Runs the claims of PAPER (every paper when none) and prints, per paper, its reference,\n"
  "its claims counted by verdict and origin, every claim not verified with what the paper\n"
  "states and what we find, and the verified claims. Exits 1 when a verdict is unexpected.\n";
static const char *const usage_verify =
  "usage: thermolit verify [ID|PREFIX ...] [--prec BITS] [--seed S] [--threads T] [--json]\n"
  "Runs the checks of the claims whose id is or starts with an argument (all when none),\n"
  "prints a table (or JSON), and exits 0 when every verdict is the expected one, 1 otherwise.\n"
  "  --prec BITS   working precision, 32..65536 (default 256)\n"
  "  --seed S      Monte Carlo seed (default 20261123)\n";
static const char *const usage_eval =
  "usage: thermolit eval NAME [name=value ...] [--digits D | --prec BITS]\n"
  "       thermolit eval --list\n"
  "Prints the value of a named quantity to D significant digits (default 30), every one\n"
  "correct: the quantity is evaluated at two precisions, raised until the D digits agree;\n"
  "exit 1 when they do not settle (or, with --prec BITS, when they differ at BITS).\n"
  "  --budget S    stop with exit 1 after S seconds (default 120)\n";
static const char *const usage_mc =
  "usage: thermolit mc EXPERIMENT [name=value ...] [--seed S] [--samples N] [--threads T]\n"
  "                    [--out FILE] [--budget S]\n"
  "       thermolit mc --list\n"
  "Runs a Monte Carlo estimator; prints estimate, standard error, exact value and z.\n";
static const char *const usage_calibrate =
  "usage: thermolit calibrate [ID|PREFIX ...] [--seeds N] [--threads T] [--out DIR] [--budget S]\n"
  "Reruns each selected stochastic claim (all when none) on seeds 1..N (default 200, at least\n"
  "20), tests its z-scores against N(0,1) (Kolmogorov-Smirnov and the variance), prints one\n"
  "line per claim and, with --out, writes DIR/calibration.tsv and DIR/calibration.tex.\n"
  "  --budget S    stop with exit 1 after S seconds (default 14400)\n";
static const char *const usage_report =
  "usage: thermolit report [CHAPTER ...] [--out DIR] [--prec BITS] [--seed S] [--threads T]\n"
  "       thermolit report --merge [--out DIR]\n"
  "Runs the claims and writes the figure data of the chapters named, each chapter's results\n"
  "to DIR/CHAPTER.json (DIR defaults to reports). --merge runs nothing and writes the ledger\n"
  "(ledger.tsv, .json, .tex), the findings, counts.tex and provenance.tex from those files;\n"
  "with no chapter named, report does both for every chapter. Exits 1 when a verdict is\n"
  "unexpected.\n";
#line 1459 "noweb/ledger.nw"
static void say_and_exit(int status, const char *fmt, va_list ap) __attribute__((noreturn));
static void say_and_exit(int status, const char *fmt, va_list ap)
{
  fputs("thermolit: ", stderr);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  exit(status);
}

static void die(const char *fmt, ...) __attribute__((noreturn, format(printf, 1, 2)));
static void die(const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  say_and_exit(2, fmt, ap);
}
#line 1481 "noweb/ledger.nw"
static void fail(const char *fmt, ...) __attribute__((noreturn, format(printf, 1, 2)));
static void fail(const char *fmt, ...)
{
  va_list ap;
  va_start(ap, fmt);
  say_and_exit(1, fmt, ap);
}
#line 1495 "noweb/ledger.nw"
static void check_stdout(void)
{
  if (fflush(stdout) != 0 || ferror(stdout)) {
    fprintf(stderr, "thermolit: cannot write standard output: %s\n", strerror(errno));
    _exit(1);
  }
}
#line 1509 "noweb/ledger.nw"
static void check_out_file(const char *cmd, const char *path)
{
  struct stat st;
  if (!*path)
    die("%s: --out needs a file name", cmd);
  if (stat(path, &st) == 0 && !S_ISREG(st.st_mode))
    die("%s: --out %s exists and is not a regular file", cmd, path);
}
#line 3140 "noweb/ledger.nw"
static const char *source_commit(void)
{
  static char commit[64];
  if (commit[0])
    return commit;
  snprintf(commit, sizeof commit, "unknown");
  FILE *p = popen("git -C '" THERMOLIT_SOURCE "' describe --always --dirty 2>/dev/null", "r");
  char line[64];
  if (p && fgets(line, sizeof line, p) && line[0] != '\n')
    line[strcspn(line, "\n")] = '\0', snprintf(commit, sizeof commit, "%s", line);
  if (p)
    pclose(p);
  return commit;
}
#line 1524 "noweb/ledger.nw"
static uint64_t parse_count(const char *opt, const char *s, uint64_t lo, uint64_t hi)
{
  char *end;
  errno = 0;
  unsigned long long v = (s[0] >= '0' && s[0] <= '9') ? strtoull(s, &end, 10) : 0;
  if (!(s[0] >= '0' && s[0] <= '9') || *end != '\0' || errno)
    die("%s needs a whole number, got '%s'", opt, s);
  if (v < lo || v > hi)
    die("%s must be in %llu..%llu, got %s", opt, (unsigned long long)lo,
        (unsigned long long)hi, s);
  return v;
}
#line 1547 "noweb/ledger.nw"
enum { PREC_MIN = 32, PREC_MAX = 65536, DIGITS_MAX = 13000 };
#line 1563 "noweb/ledger.nw"
enum { BUDGET_EVAL = 120, BUDGET_MC = 3600, BUDGET_CALIBRATE = 14400 };
enum { CALIBRATE_SEEDS = 200, CALIBRATE_SEEDS_MIN = 20 };
#line 1588 "noweb/ledger.nw"
static void parse_params(const char *what, int nparams, const Ledger_param *param,
                         int argc, char **argv, mpfr_t *value, mpfr_rnd_t rnd)
{
  int given[LEDGER_PARAMS] = {0};
  for (int a = 0; a < argc; a++) {
    const char *eq = strchr(argv[a], '=');
    if (!eq)
      die("%s: expected name=value, got '%s'", what, argv[a]);
    int k = 0;
    while (k < nparams && (strncmp(param[k].name, argv[a], (size_t)(eq - argv[a])) != 0
                           || param[k].name[eq - argv[a]] != '\0'))
      k++;
    if (k == nparams)
      die("%s has no parameter '%.*s'", what, (int)(eq - argv[a]), argv[a]);
    if (given[k]++)
      die("%s: parameter '%s' given twice", what, param[k].name);
    set_param(what, &param[k], eq + 1, value[k], rnd);
  }
  for (int k = 0; k < nparams; k++)
    if (!given[k]) {
      if (!param[k].fallback)
        die("%s needs %s=... (%s)", what, param[k].name, param[k].meaning);
      set_param(what, &param[k], param[k].fallback, value[k], rnd);
    }
}
#line 1616 "noweb/ledger.nw"
static int in_domain(const Ledger_param *p, double x, int integer)
{
  int below = p->lo_open ? !(x > p->lo) : !(x >= p->lo);
  int above = p->hi_open ? !(x < p->hi) : !(x <= p->hi);
  return !below && !above && integer;
}

static void shortest(char *buf, size_t size, double x);

/* The value against the ends as the listing prints them (round-trip decimals), each end
   converted as the value was: at its precision, in its rounding direction. */
static int in_listed_domain(const Ledger_param *p, const mpfr_t v, mpfr_rnd_t rnd)
{
  char end[32];
  mpfr_t e;
  mpfr_init2(e, mpfr_get_prec(v));
  int below = 0, above = 0;
  if (isfinite(p->lo)) {
    shortest(end, sizeof end, p->lo), mpfr_set_str(e, end, 10, rnd);
    below = p->lo_open ? mpfr_cmp(v, e) <= 0 : mpfr_cmp(v, e) < 0;
  }
  if (isfinite(p->hi)) {
    shortest(end, sizeof end, p->hi), mpfr_set_str(e, end, 10, rnd);
    above = p->hi_open ? mpfr_cmp(v, e) >= 0 : mpfr_cmp(v, e) > 0;
  }
  mpfr_clear(e);
  return !below && !above;
}

static void set_param(const char *what, const Ledger_param *p, const char *s, mpfr_t v,
                      mpfr_rnd_t rnd)
{
  char *end;
  if (mpfr_strtofr(v, s, &end, 10, rnd), end == s || *end != '\0')
    die("%s: %s must be a number, got '%s'", what, p->name, s);
  int plus_inf_ok = p->infinite_ok && isinf(p->hi) && mpfr_inf_p(v) && mpfr_sgn(v) > 0;
  if (plus_inf_ok)
    return;
  if (!mpfr_number_p(v))
    die("%s: %s must be finite, got '%s'", what, p->name, s);
  double x = mpfr_get_d(v, MPFR_RNDN);
  int integer = !p->integer || mpfr_integer_p(v);
  if (!in_listed_domain(p, v, rnd))
    die("%s: %s=%s is outside its domain %s", what, p->name, s, domain_text(p));
  if (!in_domain(p, x, integer)) {
    if (mpfr_cmp_d(v, x) != 0 && (isinf(x) || x == 0 || fabs(x) < DBL_MIN))
      die("%s: %s=%s is %g in double precision, outside its domain %s", what, p->name, s, x,
          domain_text(p));
    die("%s: %s=%s is outside its domain %s", what, p->name, s, domain_text(p));
  }
}
#line 1675 "noweb/ledger.nw"
static void shortest(char *buf, size_t size, double x)
{
  for (int digits = 1; digits <= 17; digits++) {
    snprintf(buf, size, "%.*g", digits, x);
    if (strtod(buf, NULL) == x)
      return;
  }
}

static const char *domain_text(const Ledger_param *p)
{
  static char buf[96];
  char lo[32], hi[32];
  if (isinf(p->lo)) strcpy(lo, "-inf"); else shortest(lo, sizeof lo, p->lo);
  if (isinf(p->hi)) strcpy(hi, "inf"); else shortest(hi, sizeof hi, p->hi);
  snprintf(buf, sizeof buf, "%c%s, %s%c%s", p->lo_open || isinf(p->lo) ? '(' : '[', lo, hi,
           (p->hi_open || isinf(p->hi)) && !p->infinite_ok ? ')' : ']',
           p->integer ? " integer" : "");
  return buf;
}
#line 1761 "noweb/ledger.nw"
typedef struct {
  Ledger_options opt;
  int json, list, merge, digits, have_prec;
  unsigned budget;
  uint64_t seeds;
  const char *out;
  int npos;
  char **pos;
} Args;

static void parse_options(const char *cmd, const char *usage, int argc, char **argv, Args *a,
                          const char *allowed)
{
  a->opt = Ledger_defaults();
  a->json = a->list = a->merge = a->have_prec = 0, a->digits = 30, a->out = NULL, a->npos = 0;
  a->budget = strcmp(cmd, "eval") == 0        ? BUDGET_EVAL
              : strcmp(cmd, "mc") == 0        ? BUDGET_MC
              : strcmp(cmd, "calibrate") == 0 ? BUDGET_CALIBRATE
                                              : 0;
  a->seeds = CALIBRATE_SEEDS;
  a->pos = calloc((size_t)argc + 1, sizeof *a->pos);
  for (int i = 0; i < argc; i++) {
    const char *o = argv[i];
    if (strcmp(o, "--help") == 0 || strcmp(o, "-h") == 0) {
      fputs(usage, stdout);
      exit(0);
    }
    if (strncmp(o, "--", 2) != 0) {
      a->pos[a->npos++] = argv[i];
      continue;
    }
    if (!Ledger_names(allowed, o))                /* one of the command's options */
      die("%s: unknown option '%s' (see thermolit %s --help)", cmd, o, cmd);
    if (strcmp(o, "--json") == 0 || strcmp(o, "--list") == 0 || strcmp(o, "--merge") == 0) {
      *(strcmp(o, "--json") == 0 ? &a->json : strcmp(o, "--list") == 0 ? &a->list : &a->merge) = 1;
      continue;
    }
    if (i + 1 >= argc)
      die("%s: %s needs a value", cmd, o);
    const char *v = argv[++i];
    if (strcmp(o, "--prec") == 0)
      a->opt.prec = (mpfr_prec_t)parse_count(o, v, PREC_MIN, PREC_MAX), a->have_prec = 1;
    else if (strcmp(o, "--seed") == 0) a->opt.seed = parse_count(o, v, 0, UINT64_MAX);
    else if (strcmp(o, "--samples") == 0) a->opt.samples = parse_count(o, v, 1, UINT64_MAX);
    else if (strcmp(o, "--seeds") == 0) a->seeds = parse_count(o, v, CALIBRATE_SEEDS_MIN, 100000);
    else if (strcmp(o, "--threads") == 0) a->opt.threads = (int)parse_count(o, v, 1, 1024);
    else if (strcmp(o, "--digits") == 0) a->digits = (int)parse_count(o, v, 1, DIGITS_MAX);
    else if (strcmp(o, "--out") == 0) a->out = v;
    else if (strcmp(o, "--budget") == 0) a->budget = (unsigned)parse_count(o, v, 1, 86400);
  }
  if (a->budget)
    alarm(a->budget);
  if (a->opt.threads > 0)
    omp_set_num_threads(a->opt.threads);
}
#line 1821 "noweb/ledger.nw"
static int cmd_list(int argc, char **argv)
{
  Args a;
  parse_options("list", usage_list, argc, argv, &a, "");
  if (a.npos > 0)
    die("list: unexpected argument '%s'", a.pos[0]);
  for (size_t i = 0; i < Ledger_nchapters(); i++) {
    const Ledger_chapter *ch = Ledger_chapter_at(i);
    for (size_t j = 0; j < ch->nclaims; j++) {
      const Ledger_claim *c = &ch->claims[j];
      printf("%s\t%s\t%s\t%s\t%s\t%d\t%s\n", c->id, ch->name, c->source,
             Ledger_kind_name(c->kind), Ledger_origin_name(c->origin), c->fixed_prec,
             c->statement);
    }
  }
  free(a.pos);
  return 0;
}
#line 1999 "noweb/ledger.nw"
static json_t *result_json(const Ledger_claim *c, const Ledger_result *r, const Ledger_options *o)
{
  json_t *ev = json_object();
  for (int k = 0; k < r->nfields; k++)
    json_object_set_new(ev, r->field[k].key, json_string(r->field[k].text));
  json_t *j = json_pack("{s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:s, s:o, s:I, s:I, s:I, s:f}",
                        "id", c->id, "source", c->source, "kind", Ledger_kind_name(c->kind),
                        "origin", Ledger_origin_name(c->origin), "statement", c->statement,
                        "expected", Ledger_verdict_name(c->expected),
                        "verdict", Ledger_verdict_name(r->verdict), "summary", r->summary,
                        "evidence", ev, "prec", (json_int_t)o->prec,
                        "fixed_prec", (json_int_t)c->fixed_prec, "seed", (json_int_t)o->seed,
                        "seconds", r->seconds);
  json_object_set_new(j, "says", c->says ? json_string(c->says) : json_null());
  json_object_set_new(j, "why", c->why ? json_string(c->why) : json_null());
  json_object_set_new(j, "found", r->found[0] ? json_string(r->found) : json_null());
  return j;
}
#line 1850 "noweb/ledger.nw"
static int selected(const char *id, int npos, char **pos)
{
  if (npos == 0)
    return 1;
  for (int k = 0; k < npos; k++)
    if (strncmp(id, pos[k], strlen(pos[k])) == 0)
      return 1;
  return 0;
}

/* The claims an argument list selects, in ledger order (only stochastic ones when asked);
   the caller frees the array. */
static size_t select_claims(const Ledger_claim ***claim, int npos, char **pos, int stochastic)
{
  size_t n = 0, total = 0;
  for (size_t i = 0; i < Ledger_nchapters(); i++)
    total += Ledger_chapter_at(i)->nclaims;
  *claim = calloc(total + 1, sizeof **claim);
  for (size_t i = 0; i < Ledger_nchapters(); i++)
    for (size_t j = 0; j < Ledger_chapter_at(i)->nclaims; j++) {
      const Ledger_claim *c = &Ledger_chapter_at(i)->claims[j];
      if (selected(c->id, npos, pos) && (!stochastic || c->kind == LEDGER_STOCHASTIC))
        (*claim)[n++] = c;
    }
  return n;
}

#line 1955 "noweb/ledger.nw"
static Ledger_result *run_claims(const char *what, const Ledger_claim **claim, size_t n,
                                 const Ledger_options *opt, uint64_t seeds)
{
  size_t *head = calloc(n + 1, sizeof *head), *unit = calloc(n + 1, sizeof *unit), units = 0;
  for (size_t i = 0; i < n; i++) {               /* a unit: its first claim, then the */
    head[i] = i;                                 /* claims that share with it */
    for (size_t j = 0; j < i && head[i] == i; j++)
      if (Ledger_share(claim[j]->id, claim[i]->id))
        head[i] = head[j];
    if (head[i] == i)
      unit[units++] = i;
  }
  uint64_t runs = seeds ? seeds : 1, ntasks = units * runs, done = 0;
  int threads = opt->threads > 0 ? opt->threads : omp_get_max_threads();
  int together = ntasks > 1 && Par_size() == 1;  /* under MPI, one claim at a time */
  Ledger_options one = *opt;
  one.threads = together ? 1 : threads;
  Ledger_result *r = calloc(n * runs + 1, sizeof *r);
  Ledger_progress(what, 0, n * runs);
#pragma omp parallel for schedule(dynamic, 1) num_threads(together ? threads : 1) \
  firstprivate(one)
  for (int64_t t = 0; t < (int64_t)ntasks; t++) {
    uint64_t s = (uint64_t)t % runs;
    if (seeds)
      one.seed = s + 1;
    for (size_t i = unit[(uint64_t)t / runs]; i < n; i++)
      if (head[i] == unit[(uint64_t)t / runs]) {
        Ledger_run(claim[i], &one, &r[i * runs + s]);
#pragma omp critical(run_claims_progress)
        Ledger_progress(what, ++done, n * runs);
      }
  }
  free(head), free(unit);
  return r;
}

#line 1879 "noweb/ledger.nw"
static void print_verdict_line(const Ledger_claim *c, const Ledger_result *r)
{
  printf("%-36s %-12s%s ", c->id, Ledger_verdict_name(r->verdict),
         r->verdict == c->expected ? "" : " (UNEXPECTED)");
  if (!Ledger_holds(r->verdict) && c->says && r->found[0])
    printf("%s states %s; we find %s\n", Ledger_origin_name(c->origin), c->says, r->found);
  else
    printf("%s\n", r->summary);
}

static int cmd_verify(int argc, char **argv)
{
  Args a;
  parse_options("verify", usage_verify, argc, argv, &a, "--prec --seed --threads --json");
  
#line 1918 "noweb/ledger.nw"
for (int k = 0; k < a.npos; k++) {
  int any = 0;
  for (size_t i = 0; i < Ledger_nchapters() && !any; i++)
    for (size_t j = 0; j < Ledger_chapter_at(i)->nclaims && !any; j++)
      any = selected(Ledger_chapter_at(i)->claims[j].id, 1, &a.pos[k]);
  if (!any)
    die("verify: no claim is or starts with '%s' (see thermolit list)", a.pos[k]);
}
#line 1894 "noweb/ledger.nw"
  const Ledger_claim **claim;
  size_t n = select_claims(&claim, a.npos, a.pos, 0);
  Ledger_result *r = run_claims("verify", claim, n, &a.opt, 0);
  json_t *all = json_array();
  int unexpected = 0;
  for (size_t i = 0; i < n; i++) {
    unexpected += r[i].verdict != claim[i]->expected;
    if (a.json)
      json_array_append_new(all, result_json(claim[i], &r[i], &a.opt));
    else
      print_verdict_line(claim[i], &r[i]);
  }
  free(claim), free(r);
  if (a.json) {
    json_dumpf(all, stdout, JSON_INDENT(2));
    putchar('\n');
  }
  json_decref(all);
  free(a.pos);
  return unexpected ? 1 : 0;
}
#line 2057 "noweb/ledger.nw"
static void print_params(int nparams, const Ledger_param *param)
{
  for (int k = 0; k < nparams; k++)
    printf(" %s%s%s in %s", param[k].name, param[k].fallback ? "=" : "",
           param[k].fallback ? param[k].fallback : "", domain_text(&param[k]));
}

/* The quantity at precision p, rounded to D digits, in a string the caller frees with
   mpfr_free_str; NULL when the computation failed (NaN). */
static char *eval_at(const Ledger_quantity *q, int argc, char **argv, mpfr_prec_t p, int digits,
                     mpfr_rnd_t rnd)
{
  mpfr_t arg[LEDGER_PARAMS], out;
  for (int k = 0; k < LEDGER_PARAMS; k++)
    mpfr_init2(arg[k], p);
  mpfr_init2(out, p);
  parse_params(q->name, q->nparams, q->param, argc, argv, arg, rnd);
  q->eval(out, arg);
  char *s = NULL;
  if (!mpfr_nan_p(out) && mpfr_asprintf(&s, "%.*Re", digits - 1, out) < 0)
    s = NULL;
  for (int k = 0; k < LEDGER_PARAMS; k++)
    mpfr_clear(arg[k]);
  mpfr_clear(out);
  return s;
}
#line 2086 "noweb/ledger.nw"
static int cmd_eval(int argc, char **argv)
{
  Args a;
  parse_options("eval", usage_eval, argc, argv, &a, "--digits --prec --list --budget");
  if (a.list) {
    
#line 2153 "noweb/ledger.nw"
for (size_t i = 0; i < Ledger_nchapters(); i++)
  for (size_t j = 0; j < Ledger_chapter_at(i)->nquantities; j++) {
    const Ledger_quantity *q = &Ledger_chapter_at(i)->quantities[j];
    printf("%s [%s]", q->name, q->unit);
    print_params(q->nparams, q->param);
    if (q->double_digits)
      printf(" (double precision: at most %d digits)", q->double_digits);
    printf("\t%s\n", q->meaning);
  }
#line 2092 "noweb/ledger.nw"
    free(a.pos);
    return 0;
  }
  if (a.npos == 0)
    die("eval: which quantity? (see thermolit eval --list)");
  const Ledger_quantity *q = Ledger_find_quantity(a.pos[0]);
  if (!q)
    die("eval: unknown quantity '%s' (see thermolit eval --list)", a.pos[0]);
  mpfr_prec_t p = a.have_prec ? a.opt.prec : (mpfr_prec_t)ceil(a.digits * log2(10.0)) + 64;
  if (p > PREC_MAX)
    die("eval: %d digits need more than %d bits", a.digits, PREC_MAX);
  if (q->double_digits && a.digits > q->double_digits)
    fail("eval: %s is computed in double precision and has at most %d correct digits",
         q->name, q->double_digits);
  mpfr_prec_t cap = p * 8 < PREC_MAX ? p * 8 : PREC_MAX;
  mpfr_rnd_t rnd = MPFR_RNDD;
  char *x = eval_at(q, a.npos - 1, a.pos + 1, p, a.digits, rnd);
  
#line 2119 "noweb/ledger.nw"
while (!q->double_digits) {
  if (!x)
    fail("eval: %s could not be computed at these parameters", q->name);
  mpfr_prec_t p2 = p + p / 2 + 64;
  rnd = rnd == MPFR_RNDD ? MPFR_RNDU : MPFR_RNDD;
  char *y = p2 <= PREC_MAX ? eval_at(q, a.npos - 1, a.pos + 1, p2, a.digits, rnd) : NULL;
  if (y && strcmp(x, y) == 0) {
    mpfr_free_str(y);
    break;
  }
  if (a.have_prec) {
    fprintf(stderr, "thermolit: eval: at %ld bits not all %d digits of %s are correct "
            "(at %ld bits they read %s)\n", (long)p, a.digits, q->name, (long)p2,
            y ? y : "nothing");
    mpfr_free_str(x), y ? mpfr_free_str(y) : (void)0, free(a.pos);
    exit(1);
  }
  mpfr_free_str(x);
  x = y, p = p2;
  if (p > cap) {
    if (x)
      mpfr_free_str(x);
    fail("eval: the %d digits of %s did not settle below %ld bits; they cannot be given",
         a.digits, q->name, (long)cap);
  }
}
if (!x)
  fail("eval: %s could not be computed at these parameters", q->name);
#line 2110 "noweb/ledger.nw"
  alarm(0);                                      /* answered within the budget */
  printf("%s\n", x);
  mpfr_free_str(x);
  free(a.pos);
  return 0;
}
#line 2176 "noweb/ledger.nw"
static int cmd_mc(int argc, char **argv)
{
  Args a;
  parse_options("mc", usage_mc, argc, argv, &a,
                "--seed --samples --threads --out --list --budget");
  if (a.list) {
    for (size_t i = 0; i < Ledger_nchapters(); i++)
      for (size_t j = 0; j < Ledger_chapter_at(i)->nexperiments; j++) {
        const Ledger_experiment *e = &Ledger_chapter_at(i)->experiments[j];
        printf("%s", e->name);
        print_params(e->nparams, e->param);
        printf(" samples=%llu\t%s\n", (unsigned long long)e->samples, e->meaning);
      }
    free(a.pos);
    return 0;
  }
  if (a.npos == 0)
    die("mc: which experiment? (see thermolit mc --list)");
  const Ledger_experiment *e = Ledger_find_experiment(a.pos[0]);
  if (!e)
    die("mc: unknown experiment '%s' (see thermolit mc --list)", a.pos[0]);
  mpfr_t arg[LEDGER_PARAMS];
  double x[LEDGER_PARAMS];
  for (int k = 0; k < LEDGER_PARAMS; k++)
    mpfr_init2(arg[k], 64);
  parse_params(e->name, e->nparams, e->param, a.npos - 1, a.pos + 1, arg, MPFR_RNDN);
  for (int k = 0; k < LEDGER_PARAMS; k++)
    x[k] = mpfr_get_d(arg[k], MPFR_RNDN), mpfr_clear(arg[k]);
  const char *why = e->invalid ? e->invalid(x) : NULL;
  if (why)
    die("mc: %s: %s", e->name, why);
  uint64_t least = e->min_samples ? e->min_samples : 2;
  if (a.opt.samples && a.opt.samples < least)
    die("mc: %s needs at least %llu samples, got %llu", e->name, (unsigned long long)least,
        (unsigned long long)a.opt.samples);
  Ledger_out out;
  if (a.out)
    check_out_file("mc", a.out);
  if (a.out && Ledger_open_atomic(&out, a.out) != 0)
    die("mc: cannot write %s: %s", a.out, strerror(errno));
  Ledger_mc mc;
  uint64_t n = a.opt.samples ? a.opt.samples : e->samples;
  e->run(&mc, x, a.opt.seed, n, a.opt.threads);
  alarm(0);                                      /* answered within the budget */
  if (isnan(mc.estimate) || isnan(mc.stderr_) || isnan(mc.exact) || isnan(mc.z)) {
    if (a.out)
      Ledger_close_atomic(&out, 0);
    fail("mc: %s gave no number at these parameters (estimate %g, standard error %g, "
         "exact %g)", e->name, mc.estimate, mc.stderr_, mc.exact);
  }
  
#line 2236 "noweb/ledger.nw"
for (int pass = 0; pass < (a.out ? 2 : 1); pass++) {
  FILE *f = pass ? out.f : stdout;
  fprintf(f, "experiment\t%s\n", e->name);
  for (int k = 0; k < e->nparams; k++)
    fprintf(f, "%s\t%.15g\n", e->param[k].name, x[k]);
  fprintf(f, "seed\t%llu\nsamples\t%llu\n", (unsigned long long)a.opt.seed,
          (unsigned long long)mc.samples);
  fprintf(f, "estimate\t%.17g\nstderr\t%.17g\nexact\t%.17g\nz\t%.6f\n", mc.estimate, mc.stderr_,
          mc.exact, mc.z);
}
if (a.out && Ledger_close_atomic(&out, 1) != 0)
  die("mc: cannot write %s: %s", a.out, strerror(errno));
#line 2227 "noweb/ledger.nw"
  free(a.pos);
  return 0;
}
#line 2458 "noweb/ledger.nw"
static void tex_breakable(FILE *f, const char *id)
{
  for (const char *c = id; *c; c++) {
    char one[2] = {*c, '\0'};
    Ledger_tex_escape(f, one);
    if (*c == '.' || *c == '_')
      fputs("\\allowbreak{}", f);
  }
}

static void tex_link(FILE *f, const char *id)
{
  fprintf(f, "\\hyperref[claim:%s]{\\texttt{", id);
  tex_breakable(f, id);
  fputs("}}", f);
}

/* What the merge knows of one chapter's run: the commit, the options, the figure data's time. */
typedef struct {
  char commit[64];
  Ledger_options opt;
  double data_seconds;
} chapter_run;

static void write_ledger(FILE *f, const char *format, const Ledger_claim **claim,
                         const Ledger_result *r, size_t n, const Ledger_options *const *o)
{
  if (strcmp(format, "tsv") == 0) {
    fputs("id\tsource\tkind\torigin\texpected\tverdict\tsummary\tseconds\n", f);
    for (size_t i = 0; i < n; i++)
      fprintf(f, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%.3f\n", claim[i]->id, claim[i]->source,
              Ledger_kind_name(claim[i]->kind), Ledger_origin_name(claim[i]->origin),
              Ledger_verdict_name(claim[i]->expected), Ledger_verdict_name(r[i].verdict),
              r[i].summary, r[i].seconds);
  } else if (strcmp(format, "json") == 0) {
    json_t *all = json_array();
    for (size_t i = 0; i < n; i++)
      json_array_append_new(all, result_json(claim[i], &r[i], o[i]));
    json_dumpf(all, f, JSON_INDENT(2));
    fputc('\n', f);
    json_decref(all);
  } else {
    fputs("\\begin{longtable}{@{}>{\\raggedright}p{0.25\\textwidth}"
          ">{\\raggedright}p{0.15\\textwidth}"
          "l>{\\raggedright\\arraybackslash}p{0.38\\textwidth}@{}}\n"
          "\\caption{The ledger: every claim, its verdict and the evidence.}"
          "\\label{tab:ledger}\\\\\n"
          "\\toprule claim & source & verdict & evidence\\\\\\midrule\\endfirsthead\n"
          "\\toprule claim & source & verdict & evidence\\\\\\midrule\\endhead\n", f);
    for (size_t i = 0; i < n; i++) {
      tex_link(f, claim[i]->id);
      fprintf(f, "\\newline{\\footnotesize %s, %s} & ", Ledger_kind_name(claim[i]->kind),
              Ledger_origin_name(claim[i]->origin));
      tex_breakable(f, claim[i]->source), fputs(" & ", f);
      fprintf(f, "\\verdict{%s}%s & {\\footnotesize ", Ledger_verdict_name(r[i].verdict),
              r[i].verdict == claim[i]->expected ? "" : " (unexpected)");
      Ledger_tex_escape(f, r[i].summary), fputs("}\\\\\n", f);
    }
    fputs("\\bottomrule\n\\end{longtable}\n", f);
  }
}
#line 2526 "noweb/ledger.nw"
static void write_provenance(FILE *f, const Ledger_claim **claim, const Ledger_result *r, size_t n,
                             const chapter_run *run)
{
  double sum = 0;
  fprintf(f, "\\begin{tabular}{@{}ll@{}}\\toprule\nMPFR & %s\\\\\nGMP & %s\\\\\nJansson & %s\\\\\n",
          mpfr_get_version(), gmp_version, JANSSON_VERSION);
  fputs("compiler & ", f), Ledger_tex_escape(f, "gcc " __VERSION__), fputs("\\\\\n", f);
  fputs("\\bottomrule\\end{tabular}\n\n\\medskip\n", f);
  fputs("\\begin{tabular}{@{}lllrr@{}}\\toprule chapter & commit & precision & seed & threads"
        "\\\\\\midrule\n", f);
  for (size_t i = 0; i < Ledger_nchapters(); i++) {
    fprintf(f, "\\texttt{%s} & \\texttt{", Ledger_chapter_at(i)->name);
    Ledger_tex_escape(f, run[i].commit);
    fprintf(f, "} & %ld bits & %llu & %d\\\\\n", (long)run[i].opt.prec,
            (unsigned long long)run[i].opt.seed, run[i].opt.threads);
  }
  fputs("\\bottomrule\\end{tabular}\n\n\\medskip\n", f);
  fputs("\\begin{longtable}{@{}lr@{}}\\toprule step & wall time (s)\\\\\\midrule\\endhead\n", f);
  for (size_t i = 0; i < n; i++) {
    fputs("check \\texttt{", f), Ledger_tex_escape(f, claim[i]->id);
    fprintf(f, "} & %.3f\\\\\n", r[i].seconds);
    sum += r[i].seconds;
  }
  for (size_t i = 0; i < Ledger_nchapters(); i++)
    if (Ledger_chapter_at(i)->write_data) {
      fprintf(f, "figure data of \\texttt{%s} & %.3f\\\\\n", Ledger_chapter_at(i)->name,
              run[i].data_seconds);
      sum += run[i].data_seconds;
    }
  fprintf(f, "\\midrule total & %.3f\\\\\\bottomrule\n\\end{longtable}\n", sum);
}
#line 2576 "noweb/ledger.nw"
enum { ORIGINS = LEDGER_CONSISTENCY + 1, VERDICTS = LEDGER_AMBIGUOUS + 1 };
static size_t holding(const size_t *n) { return n[LEDGER_VERIFIED] + n[LEDGER_PROVED]; }
typedef struct {
  size_t n[ORIGINS][VERDICTS], origin[ORIGINS];
} Tally;

static Tally tally(const Ledger_chapter *ch, const Ledger_result *r)
{
  Tally t = {0};
  for (size_t j = 0; j < ch->nclaims; j++) {
    t.n[ch->claims[j].origin][r[j].verdict]++;
    t.origin[ch->claims[j].origin]++;
  }
  return t;
}

static const char *const origin_noun[ORIGINS][2] = {
  {"claim without an origin", "claims without an origin"},
  {"claim of the paper", "claims of the paper"},
  {"literature result", "literature results"},
  {"hypothesis of this report", "hypotheses of this report"},
  {"consistency check of our code", "consistency checks of our code"}};

/* "10 claims of the paper: 8 verified, 1 refuted, 1 approximate" */
static void tally_text(FILE *f, const Tally *t, Ledger_origin o)
{
  fprintf(f, "%zu %s", t->origin[o], origin_noun[o][t->origin[o] != 1]);
  const char *sep = ": ";
  for (int v = 0; v < VERDICTS; v++)
    if (t->n[o][v]) {
      fprintf(f, "%s%zu %s", sep, t->n[o][v], Ledger_verdict_name((Ledger_verdict)v));
      sep = ", ";
    }
}

/* "Beyond the paper: 8 literature results: 8 verified; 2 hypotheses ..." */
static void beyond_text(FILE *f, const Tally *t)
{
  const char *sep = "Beyond the paper: ";
  for (int o = LEDGER_LITERATURE; o < ORIGINS; o++)
    if (t->origin[o])
      fputs(sep, f), tally_text(f, t, (Ledger_origin)o), sep = "; ";
  if (*sep == ';')
    fputc('.', f);
}
#line 2628 "noweb/ledger.nw"
static void findings_claim_text(FILE *f, const Ledger_claim *c, const Ledger_result *r)
{
  fprintf(f, "\n  %s  [%s, %s]  %s\n", c->id, Ledger_verdict_name(r->verdict),
          Ledger_origin_name(c->origin), c->source);
  fprintf(f, "    claim:    %s\n", c->statement);
  if (c->says)
    fprintf(f, "    states:   %s\n", c->says);
  fprintf(f, "    we find:  %s\n", r->found[0] ? r->found : r->summary);
  if (c->why)
    fprintf(f, "    why:      %s\n", c->why);
}

static void findings_text(FILE *f, const Ledger_chapter *ch, const Ledger_result *r)
{
  Tally t = tally(ch, r);
  fprintf(f, "%s\n  %s\n  ", ch->name, ch->reference ? ch->reference : "(no reference)");
  tally_text(f, &t, LEDGER_PAPER);
  fputs(".\n  ", f);
  beyond_text(f, &t);
  fputc('\n', f);
  for (int pass = 0; pass < 2; pass++)
    for (size_t j = 0; j < ch->nclaims; j++)
      if (!Ledger_holds(r[j].verdict) && (ch->claims[j].origin == LEDGER_PAPER) == !pass)
        findings_claim_text(f, &ch->claims[j], &r[j]);
  fputs("\n  verified:", f);
  for (size_t j = 0; j < ch->nclaims; j++)
    if (Ledger_holds(r[j].verdict))
      fprintf(f, " %s%s%s", ch->claims[j].id, r[j].verdict == LEDGER_PROVED ? " (proved)" : "",
              ch->claims[j].origin == LEDGER_PAPER ? "" : ch->claims[j].origin
              == LEDGER_CONSISTENCY ? " (consistency)" : ch->claims[j].origin
              == LEDGER_LITERATURE ? " (literature)" : " (hypothesis)");
  fputs("\n\n", f);
}
#line 2666 "noweb/ledger.nw"
static json_t *findings_json(const Ledger_chapter *ch, const Ledger_result *r)
{
  Tally t = tally(ch, r);
  json_t *counts = json_object(), *claims = json_array();
  for (int o = t.origin[LEDGER_ORIGIN_UNSET] ? 0 : LEDGER_PAPER; o < ORIGINS; o++) {
    json_t *by = json_object();
    for (int v = 0; v < VERDICTS; v++)
      if (t.n[o][v])
        json_object_set_new(by, Ledger_verdict_name((Ledger_verdict)v),
                            json_integer((json_int_t)t.n[o][v]));
    json_object_set_new(counts, Ledger_origin_name((Ledger_origin)o), by);
  }
  for (size_t j = 0; j < ch->nclaims; j++) {
    const Ledger_claim *c = &ch->claims[j];
    json_t *o = json_pack("{s:s, s:s, s:s, s:s, s:s}", "id", c->id, "origin",
                          Ledger_origin_name(c->origin), "verdict",
                          Ledger_verdict_name(r[j].verdict), "source", c->source,
                          "statement", c->statement);
    json_object_set_new(o, "says", c->says ? json_string(c->says) : json_null());
    json_object_set_new(o, "found", json_string(r[j].found[0] ? r[j].found : r[j].summary));
    json_object_set_new(o, "why", c->why ? json_string(c->why) : json_null());
    json_array_append_new(claims, o);
  }
  return json_pack("{s:s, s:s?, s:o, s:o}", "paper", ch->name, "reference", ch->reference,
                   "counts", counts, "claims", claims);
}
#line 2703 "noweb/ledger.nw"
static void findings_table_tex(FILE *f, const Ledger_chapter *ch, const Ledger_result *r,
                               int paper)
{
  fputs("{\\footnotesize\\begin{longtable}{@{}>{\\raggedright}p{0.16\\textwidth}"
        ">{\\raggedright}p{0.29\\textwidth}>{\\raggedright}p{0.26\\textwidth}"
        ">{\\raggedright\\arraybackslash}p{0.2\\textwidth}@{}}\n\\toprule claim & ", f);
  fputs(paper ? "the claim; what the paper states & we find & verdict, why"
              : "the claim; what the source states & we find & verdict, why", f);
  fputs("\\\\\\midrule\\endhead\n", f);
  for (size_t j = 0; j < ch->nclaims; j++) {
    const Ledger_claim *c = &ch->claims[j];
    if (Ledger_holds(r[j].verdict) || (c->origin == LEDGER_PAPER) != paper)
      continue;
    tex_link(f, c->id), fputs("\\newline ", f), tex_breakable(f, c->source);
    if (!paper)
      fprintf(f, "\\newline(%s)", Ledger_origin_name(c->origin));
    fputs(" & ", f), Ledger_tex_escape(f, c->statement);
    if (c->says)
      fputs("\\newline\\emph{States:} ", f), Ledger_tex_escape(f, c->says);
    fputs(" & ", f), Ledger_tex_escape(f, r[j].found[0] ? r[j].found : r[j].summary);
    fprintf(f, " & \\verdict{%s}", Ledger_verdict_name(r[j].verdict));
    if (c->why)
      fputs("\\newline ", f), Ledger_tex_escape(f, c->why);
    fputs("\\\\\n", f);
  }
  fputs("\\bottomrule\\end{longtable}}\n", f);
}

static void findings_tex(FILE *f, const Ledger_chapter *ch, const Ledger_result *r)
{
  Tally t = tally(ch, r);
  fprintf(f, "\\section{\\texttt{%s}}\\label{findings:%s}\n\\noindent ", ch->name, ch->name);
  Ledger_tex_escape(f, ch->reference ? ch->reference : "(no reference)");
  fputs("\n\n\\smallskip\\noindent\\textbf{", f), tally_text(f, &t, LEDGER_PAPER);
  fputs(".} ", f);
  beyond_text(f, &t);
  fputs("\n", f);
  for (int paper = 1; paper >= 0; paper--) {
    size_t open = 0;
    for (int o = paper ? LEDGER_PAPER : LEDGER_LITERATURE; o < (paper ? 2 : ORIGINS); o++)
      open += t.origin[o] - holding(t.n[o]);
    if (open == 0)
      continue;
    fputs(paper ? "\n\\subsubsection*{The paper's claims we do not verify}\n"
                : "\n\\subsubsection*{Beyond the paper: not verified}\n", f);
    findings_table_tex(f, ch, r, paper);
  }
  for (int paper = 1; paper >= 0; paper--) {
    fputs(paper ? "\n\\noindent\\textbf{Verified claims of the paper:} "
                : "\n\n\\noindent\\textbf{Verified beyond the paper:} ", f);
    const char *sep = "";
    for (size_t j = 0; j < ch->nclaims; j++)
      if (Ledger_holds(r[j].verdict) && (ch->claims[j].origin == LEDGER_PAPER) == paper) {
        fputs(sep, f), tex_link(f, ch->claims[j].id), sep = ", ";
        if (r[j].verdict == LEDGER_PROVED)
          fputs(" (proved)", f);
        if (!paper)
          fprintf(f, " (%s)", Ledger_origin_name(ch->claims[j].origin));
      }
    fputs(*sep ? ".\n" : "none.\n", f);
  }
}
#line 2782 "noweb/ledger.nw"
static const char *no_proof(const Ledger_claim *c, const Ledger_result *r)
{
  for (int k = 0; k < r->nfields; k++)
    if (strcmp(r->field[k].key, "certified") == 0)
      return NULL;
  if (r->verdict == LEDGER_PROVED)
    return NULL;
  if (c->no_proof)
    return c->no_proof;
  if (c->kind == LEDGER_STOCHASTIC)
    return "a Monte Carlo estimate: its verdict is a z-test, evidence by its nature";
  if (r->verdict == LEDGER_REFUTED || r->verdict == LEDGER_AMBIGUOUS)
    return "the counterexample is a computation at two precisions, not a certified ball";
  switch (c->kind) {
  case LEDGER_IDENTITY:
    return "an identity of transcendental quantities: enclosures cannot show a difference is 0; "
           "its residual is tiny at two precisions";
  case LEDGER_VALUE:
    return "a printed number, matched by a value computed at two precisions";
  case LEDGER_INEQUALITY:
    return "checked on a grid of its domain, not on boxes";
  default:
    return "its worst error is the largest found on a grid, not an enclosure";
  }
}

static void proofs_tex(FILE *f, const Ledger_claim **claim, const Ledger_result *r, size_t n)
{
  fputs("{\\footnotesize\\begin{longtable}{@{}>{\\raggedright}p{0.25\\textwidth}"
        ">{\\raggedright}p{0.1\\textwidth}>{\\raggedright\\arraybackslash}p{0.57\\textwidth}@{}}\n"
        "\\toprule claim & verdict & certificate\\\\\\midrule\\endhead\n", f);
  size_t proved = 0;
  for (size_t i = 0; i < n; i++)
    if (!no_proof(claim[i], &r[i])) {
      tex_link(f, claim[i]->id);
      fprintf(f, " & \\verdict{%s} & ", Ledger_verdict_name(r[i].verdict));
      Ledger_tex_escape(f, r[i].summary), fputs("\\\\\n", f), proved++;
    }
  if (proved == 0)
    fputs("\\multicolumn{3}{@{}l}{none}\\\\\n", f);
  fputs("\\bottomrule\\end{longtable}}\n\n\\noindent The claims that are not proofs, by reason:\n"
        "{\\footnotesize\\begin{description}\n", f);
  for (size_t i = 0; i < n; i++) {
    const char *why = no_proof(claim[i], &r[i]);
    int seen = 0;                                /* each reason once, at its first claim */
    for (size_t j = 0; why && j < i; j++)
      seen |= no_proof(claim[j], &r[j]) && strcmp(no_proof(claim[j], &r[j]), why) == 0;
    if (!why || seen)
      continue;
    fputs("\\item[] \\emph{", f), Ledger_tex_escape(f, why), fputs("}: ", f);
    const char *sep = "";
    for (size_t j = i; j < n; j++)
      if (no_proof(claim[j], &r[j]) && strcmp(no_proof(claim[j], &r[j]), why) == 0)
        fputs(sep, f), tex_link(f, claim[j]->id), sep = ", ";
    fputs(".\n", f);
  }
  fputs("\\end{description}}\n", f);
}
#line 2843 "noweb/ledger.nw"
static void counts_tex(FILE *f, const Ledger_result *r)
{
  fputs("\\begin{itemize}\n", f);
  for (size_t i = 0, at = 0; i < Ledger_nchapters(); at += Ledger_chapter_at(i)->nclaims, i++) {
    Tally t = tally(Ledger_chapter_at(i), r + at);
    fprintf(f, "\\item \\hyperref[findings:%s]{\\texttt{%s}}: ", Ledger_chapter_at(i)->name,
            Ledger_chapter_at(i)->name);
    tally_text(f, &t, LEDGER_PAPER);
    size_t beyond = 0;
    for (int o = LEDGER_LITERATURE; o < ORIGINS; o++)
      beyond += t.origin[o];
    fprintf(f, "; and %zu checks beyond the paper.\n", beyond);
  }
  fputs("\\end{itemize}\n", f);
}
#line 2864 "noweb/ledger.nw"
static int cmd_findings(int argc, char **argv)
{
  Args a;
  parse_options("findings", usage_findings, argc, argv, &a, "--json --prec --seed --threads");
  if (a.npos > 1)
    die("findings: one paper at most, got '%s' and '%s'", a.pos[0], a.pos[1]);
  
#line 2920 "noweb/ledger.nw"
if (a.npos == 1) {
  char names[256] = "";
  size_t i = 0;
  while (i < Ledger_nchapters() && strcmp(a.pos[0], Ledger_chapter_at(i)->name) != 0)
    i++;
  if (i == Ledger_nchapters()) {
    for (i = 0; i < Ledger_nchapters(); i++)
      strncat(strncat(names, " ", sizeof names - strlen(names) - 1), Ledger_chapter_at(i)->name,
              sizeof names - strlen(names) - 1);
    die("findings: no paper is called '%s' (the papers:%s)", a.pos[0], names);
  }
}
#line 2871 "noweb/ledger.nw"
  int unexpected = 0;
  json_t *all = json_array();
  for (size_t i = 0; i < Ledger_nchapters(); i++) {
    const Ledger_chapter *ch = Ledger_chapter_at(i);
    if (a.npos == 1 && strcmp(a.pos[0], ch->name) != 0)
      continue;
    const Ledger_claim **claim;
    size_t n = select_claims(&claim, 1, (char *[]){(char *)ch->name}, 0);
    Ledger_result *r = run_claims("findings", claim, n, &a.opt, 0);
    for (size_t j = 0; j < n; j++)
      unexpected += r[j].verdict != claim[j]->expected;
    free(claim);
    if (a.json)
      json_array_append_new(all, findings_json(ch, r));
    else
      findings_text(stdout, ch, r);
    free(r);
  }
  if (a.json)
    json_dumpf(all, stdout, JSON_INDENT(2)), putchar('\n');
  json_decref(all);
  free(a.pos);
  return unexpected ? 1 : 0;
}
#line 2901 "noweb/ledger.nw"
static void write_findings(FILE *f, const char *name, const Ledger_result *results)
{
  json_t *all = json_array();
  for (size_t i = 0, at = 0; i < Ledger_nchapters(); at += Ledger_chapter_at(i)->nclaims, i++) {
    const Ledger_chapter *ch = Ledger_chapter_at(i);
    if (strstr(name, ".txt"))
      findings_text(f, ch, results + at);
    else if (strstr(name, ".json"))
      json_array_append_new(all, findings_json(ch, results + at));
    else
      findings_tex(f, ch, results + at);
  }
  if (strstr(name, ".json"))
    json_dumpf(all, f, JSON_INDENT(2)), fputc('\n', f);
  json_decref(all);
}
#line 2272 "noweb/ledger.nw"
static void check_dir(const char *cmd, const char *dir)
{
  if (mkdir(dir, 0777) != 0 && errno != EEXIST)
    die("%s: cannot create %s: %s", cmd, dir, strerror(errno));
  char *probe = malloc(strlen(dir) + 16);
  sprintf(probe, "%s/.probe", dir);
  Ledger_out o;
  if (Ledger_open_atomic(&o, probe) != 0)
    die("%s: cannot write in %s: %s", cmd, dir, strerror(errno));
  Ledger_close_atomic(&o, 0);
  free(probe);
}

static const Ledger_chapter *find_chapter(const char *name)
{
  for (size_t i = 0; i < Ledger_nchapters(); i++)
    if (strcmp(Ledger_chapter_at(i)->name, name) == 0)
      return Ledger_chapter_at(i);
  return NULL;
}

static void report_chapter(const Ledger_chapter *ch, const char *dir, const Ledger_options *opt,
                           int *unexpected, int *failed);
static int merge_chapters(const char *dir);

static int cmd_report(int argc, char **argv)
{
  Args a;
  parse_options("report", usage_report, argc, argv, &a, "--out --prec --seed --threads --merge");
  const char *dir = a.out ? a.out : "reports";
  if (a.merge && a.npos > 0)
    die("report: --merge runs no chapter, but '%s' was named", a.pos[0]);
  for (int k = 0; k < a.npos; k++)
    if (!find_chapter(a.pos[k]))
      die("report: no chapter '%s' (see thermolit findings --help)", a.pos[k]);
  check_dir("report", dir);
  int unexpected = 0, failed = 0;
  for (size_t i = 0; i < Ledger_nchapters() && !a.merge; i++)
    if (a.npos == 0 || selected(Ledger_chapter_at(i)->name, a.npos, a.pos))
      report_chapter(Ledger_chapter_at(i), dir, &a.opt, &unexpected, &failed);
  if (a.merge || a.npos == 0)
    unexpected += merge_chapters(dir);
  free(a.pos);
  return (unexpected || failed) ? 1 : 0;
}
#line 2324 "noweb/ledger.nw"
static void report_chapter(const Ledger_chapter *ch, const char *dir, const Ledger_options *opt,
                           int *unexpected, int *failed)
{
  const Ledger_claim **claim = calloc(ch->nclaims + 1, sizeof *claim);
  for (size_t j = 0; j < ch->nclaims; j++)
    claim[j] = &ch->claims[j];
  char what[64];
  snprintf(what, sizeof what, "report: %s", ch->name);
  Ledger_result *r = run_claims(what, claim, ch->nclaims, opt, 0);
  for (size_t j = 0; j < ch->nclaims; j++)
    if (r[j].verdict != claim[j]->expected) {
      ++*unexpected;
      fprintf(stderr, "thermolit: %s is %s, the ledger expects %s: %s\n", claim[j]->id,
              Ledger_verdict_name(r[j].verdict), Ledger_verdict_name(claim[j]->expected),
              r[j].summary);
    }
  struct timespec t0, t1;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  *failed |= ch->write_data && ch->write_data(dir, opt) != 0;
  clock_gettime(CLOCK_MONOTONIC, &t1);
  double data = (double)(t1.tv_sec - t0.tv_sec) + 1e-9 * (double)(t1.tv_nsec - t0.tv_nsec);
  json_t *claims = json_array();
  for (size_t j = 0; j < ch->nclaims; j++)
    json_array_append_new(claims, result_json(claim[j], &r[j], opt));
  json_t *all = json_pack("{s:s, s:s, s:I, s:I, s:i, s:f, s:o}", "chapter", ch->name, "commit",
                          source_commit(), "prec", (json_int_t)opt->prec, "seed",
                          (json_int_t)opt->seed, "threads", omp_get_max_threads(),
                          "data_seconds", data, "claims", claims);
  char path[4096];
  snprintf(path, sizeof path, "%s/%s.json", dir, ch->name);
  Ledger_out o;
  if (Ledger_open_atomic(&o, path) != 0)
    die("report: cannot write %s: %s", path, strerror(errno));
  json_dumpf(all, o.f, JSON_INDENT(2)), fputc('\n', o.f);
  if (Ledger_close_atomic(&o, 1) != 0)
    die("report: cannot write %s: %s", path, strerror(errno));
  json_decref(all), free(claim), free(r);
}
#line 2369 "noweb/ledger.nw"
static void read_chapter(const Ledger_chapter *ch, const char *dir, Ledger_result *r,
                         chapter_run *run)
{
  char path[4096];
  snprintf(path, sizeof path, "%s/%s.json", dir, ch->name);
  json_error_t e;
  json_t *all = json_load_file(path, 0, &e);
  if (!all)
    die("report: cannot read %s (%s): run thermolit report %s", path, e.text, ch->name);
  json_t *claims = json_object_get(all, "claims");
  if (json_array_size(claims) != ch->nclaims)
    die("report: %s lists %zu claims, the ledger has %zu: run thermolit report %s", path,
        json_array_size(claims), ch->nclaims, ch->name);
  for (size_t j = 0; j < ch->nclaims; j++) {
    json_t *c = json_array_get(claims, j);
    const char *id = json_string_value(json_object_get(c, "id"));
    if (!id || strcmp(id, ch->claims[j].id) != 0)
      die("report: %s has %s where the ledger has %s: run thermolit report %s", path,
          id ? id : "(none)", ch->claims[j].id, ch->name);
    if (Ledger_result_from_json(&r[j], c) != 0)
      die("report: %s: %s has no known verdict", path, id);
  }
  const char *commit = json_string_value(json_object_get(all, "commit"));
  snprintf(run->commit, sizeof run->commit, "%s", commit ? commit : "unknown");
  run->opt = Ledger_defaults();
  run->opt.prec = (mpfr_prec_t)json_integer_value(json_object_get(all, "prec"));
  run->opt.seed = (uint64_t)json_integer_value(json_object_get(all, "seed"));
  run->opt.threads = (int)json_integer_value(json_object_get(all, "threads"));
  run->data_seconds = json_real_value(json_object_get(all, "data_seconds"));
  json_decref(all);
}
#line 2407 "noweb/ledger.nw"
static int merge_chapters(const char *dir)
{
  const Ledger_claim **claim;
  size_t total = select_claims(&claim, 0, NULL, 0);
  Ledger_result *results = calloc(total + 1, sizeof *results);
  chapter_run *run = calloc(Ledger_nchapters(), sizeof *run);
  const Ledger_options **opt = calloc(total + 1, sizeof *opt);
  for (size_t i = 0, at = 0; i < Ledger_nchapters(); at += Ledger_chapter_at(i)->nclaims, i++) {
    read_chapter(Ledger_chapter_at(i), dir, results + at, &run[i]);
    for (size_t j = 0; j < Ledger_chapter_at(i)->nclaims; j++)
      opt[at + j] = &run[i].opt;
  }
  int unexpected = 0;
  for (size_t i = 0; i < total; i++)
    unexpected += results[i].verdict != claim[i]->expected;
  static const char *const files[] = {"ledger.tsv", "ledger.json", "ledger.tex",
                                      "provenance.tex", "findings.txt", "findings.json",
                                      "findings.tex", "counts.tex", "proofs.tex"};
  for (int k = 0; k < 9; k++) {
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, files[k]);
    Ledger_out o;
    if (Ledger_open_atomic(&o, path) != 0)
      die("report: cannot write %s: %s", path, strerror(errno));
    if (k < 3)
      write_ledger(o.f, strchr(files[k], '.') + 1, claim, results, total, opt);
    else if (k == 3)
      write_provenance(o.f, claim, results, total, run);
    else if (k == 7)
      counts_tex(o.f, results);
    else if (k == 8)
      proofs_tex(o.f, claim, results, total);
    else
      write_findings(o.f, files[k], results);
    if (Ledger_close_atomic(&o, 1) != 0)
      die("report: cannot write %s: %s", path, strerror(errno));
  }
  free(claim), free(results), free(run), free(opt);
  return unexpected;
}
#line 2978 "noweb/ledger.nw"
typedef struct {
  int nz, worst;
  uint64_t nan;
  double mean, sd, d, p_ks, p_var, p, worst_mean, worst_sd;
  int ok;
  const char *why;
} calibration;

static void calibrate_claim(calibration *c, const Ledger_result *run, uint64_t nseeds)
{
  *c = (calibration){.nz = run[0].nz, .p_ks = 1, .p_var = 1, .worst = -1,
                     .why = run[0].uncalibrated};
  for (uint64_t s = 1; s < nseeds; s++)
    if (run[s].nz != c->nz)
      c->nz = -1;
  if (c->nz <= 0) {
    c->mean = c->sd = c->d = c->p_ks = c->p_var = c->p = c->worst_mean = c->worst_sd = NAN;
    return;
  }
  double *z = malloc(nseeds * sizeof *z);
  Stats all;
  Stats_init(&all);
  for (int j = 0; j < c->nz; j++) {
    size_t n = 0;
    Stats one;
    Stats_init(&one);
    for (uint64_t s = 0; s < nseeds; s++)
      if (isnan(run[s].z[j]))
        c->nan++;
      else
        z[n++] = run[s].z[j], Stats_add(&one, run[s].z[j]), Stats_add(&all, run[s].z[j]);
    double d = n >= 2 ? Stats_ks_normal(z, n) : NAN, v = n >= 2 ? Stats_variance(&one) : NAN;
    double pk = n >= 2 ? Stats_ks_pvalue(n, d) : NAN;
    double pv = isfinite(v) ? Stats_variance_pvalue(n, v) : NAN;
    if (j == 0 || !(fmin(pk, pv) >= fmin(c->p_ks, c->p_var)))
      c->worst = j, c->worst_mean = Stats_mean(&one), c->worst_sd = sqrt(v);
    c->d = fmax(c->d, d);
    c->p_ks = fmin(c->p_ks, pk), c->p_var = fmin(c->p_var, pv);
  }
  free(z);
  c->mean = Stats_mean(&all), c->sd = sqrt(Stats_variance(&all));
  c->p = fmin(1.0, 2.0 * c->nz * fmin(c->p_ks, c->p_var));
  c->ok = c->nan == 0 && c->p >= 1e-3;
}
#line 3029 "noweb/ledger.nw"
static const char *uncalibrated_why(const calibration *c)
{
  return c->why ? c->why : "no reason is known: a finding against its error bar";
}

static void calibration_row(FILE *f, const Ledger_claim *claim, const calibration *c,
                            uint64_t nseeds)
{
  fprintf(f, "%s\t%d\t%llu\t%llu\t%.3f\t%.3f\t%.4f\t%.3g\t%.3g\t%.3g\t%d\t%.3f\t%.3f\t%s\t%s\n",
          claim->id, c->nz, (unsigned long long)nseeds, (unsigned long long)c->nan, c->mean, c->sd,
          c->d, c->p_ks, c->p_var, c->p, c->worst + 1, c->worst_mean, c->worst_sd,
          c->ok ? "calibrated" : "not calibrated", c->ok ? "" : uncalibrated_why(c));
}

static void calibration_tex(FILE *f, const Ledger_claim **claim, const calibration *c, size_t n,
                            uint64_t nseeds)
{
  fprintf(f, "\\begin{longtable}{@{}>{\\raggedright}p{0.3\\textwidth}rrrrrl@{}}\n"
             "\\caption{The $z$-scores of every stochastic claim over %llu seeds: $k$ components,"
             " their mean and standard deviation, the largest Kolmogorov--Smirnov distance $D$,"
             " and the claim's $p$-value (Bonferroni over its $2k$ tests).}"
             "\\label{tab:calibration}\\\\\n"
             "\\toprule claim & $k$ & mean $z$ & sd $z$ & $D$ & $p$ & \\\\\\midrule"
             "\\endfirsthead\n"
             "\\toprule claim & $k$ & mean $z$ & sd $z$ & $D$ & $p$ & \\\\\\midrule\\endhead\n",
          (unsigned long long)nseeds);
  for (size_t i = 0; i < n; i++) {
    tex_link(f, claim[i]->id);
    fprintf(f, " & %d & $%.2f$ & %.2f & %.3f & %.2g & %s\\\\\n", c[i].nz, c[i].mean, c[i].sd,
            c[i].d, c[i].p, c[i].ok ? "calibrated" : "\\textbf{not calibrated}");
    if (!c[i].ok) {
      fputs("\\multicolumn{7}{@{\\quad}p{0.95\\textwidth}@{}}{\\footnotesize ", f);
      Ledger_tex_escape(f, uncalibrated_why(&c[i]));
      fputs("}\\\\\n", f);
    }
  }
  fputs("\\bottomrule\n\\end{longtable}\n", f);
}

static void write_calibration(const char *dir, const char *format, const Ledger_claim **claim,
                              const calibration *c, size_t n, uint64_t nseeds)
{
  char path[4096];
  snprintf(path, sizeof path, "%s/calibration.%s", dir, format);
  Ledger_out o;
  if (Ledger_open_atomic(&o, path) != 0)
    die("calibrate: cannot write %s: %s", path, strerror(errno));
  if (strcmp(format, "tsv") == 0) {
    fputs("id\tcomponents\tseeds\tnan\tmean_z\tsd_z\tks_d\tp_ks\tp_var\tp\tworst_component"
          "\tworst_mean_z\tworst_sd_z\tcalibration\twhy\n", o.f);
    for (size_t i = 0; i < n; i++)
      calibration_row(o.f, claim[i], &c[i], nseeds);
  } else
    calibration_tex(o.f, claim, c, n, nseeds);
  if (Ledger_close_atomic(&o, 1) != 0)
    die("calibrate: cannot write %s: %s", path, strerror(errno));
}
#line 3092 "noweb/ledger.nw"
static int cmd_calibrate(int argc, char **argv)
{
  Args a;
  parse_options("calibrate", usage_calibrate, argc, argv, &a,
                "--seeds --threads --out --budget");
  if (a.out)
    check_dir("calibrate", a.out);
  const Ledger_claim **claim;
  size_t n = select_claims(&claim, a.npos, a.pos, 1);
  for (int k = 0; k < a.npos; k++) {
    int any = 0;
    for (size_t i = 0; i < n && !any; i++)
      any = selected(claim[i]->id, 1, &a.pos[k]);
    if (!any)
      die("calibrate: no stochastic claim is or starts with '%s' (see thermolit list)",
          a.pos[k]);
  }
  Ledger_result *run = run_claims("calibrate", claim, n, &a.opt, a.seeds);
  calibration *c = calloc(n + 1, sizeof *c);
  int failed = 0;
  for (size_t i = 0; i < n; i++) {
    calibrate_claim(&c[i], run + i * a.seeds, a.seeds);
    failed += !c[i].ok;
    calibration_row(stdout, claim[i], &c[i], a.seeds);
  }
  if (a.out) {
    write_calibration(a.out, "tsv", claim, c, n, a.seeds);
    write_calibration(a.out, "tex", claim, c, n, a.seeds);
  }
  fflush(stdout);
  fprintf(stderr, "thermolit: calibrate: %zu of %zu stochastic claims calibrated over %llu seeds\n",
          n - (size_t)failed, n, (unsigned long long)a.seeds);
  free(run), free(c), free(claim), free(a.pos);
  return 0;
}
#line 3157 "noweb/ledger.nw"
static int cmd_version(void)
{
  printf("thermolit %s\nMPFR %s, GMP %s, Jansson %s, gcc %s, OpenMP %d\n", source_commit(),
         mpfr_get_version(), gmp_version, JANSSON_VERSION, __VERSION__, _OPENMP);
  return 0;
}
#line 3166 "noweb/ledger.nw"
int main(int argc, char **argv)
{
  Par_init(&argc, &argv);
  if (Par_rank() != 0)                           /* rank 0 speaks for all the ranks */
    freopen("/dev/null", "w", stdout), freopen("/dev/null", "w", stderr);
  atexit(check_stdout);
  Ledger_catch_signals();
  if (argc < 2)
    die("which command? (see thermolit --help)");
  const char *cmd = argv[1];
  if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "help") == 0)
    return fputs(usage_main, stdout), 0;
  if (strcmp(cmd, "--version") == 0)
    return cmd_version();
  if (strcmp(cmd, "list") == 0) return cmd_list(argc - 2, argv + 2);
  if (strcmp(cmd, "verify") == 0) return cmd_verify(argc - 2, argv + 2);
  if (strcmp(cmd, "eval") == 0) return cmd_eval(argc - 2, argv + 2);
  if (strcmp(cmd, "mc") == 0) return cmd_mc(argc - 2, argv + 2);
  if (strcmp(cmd, "report") == 0) return cmd_report(argc - 2, argv + 2);
  if (strcmp(cmd, "findings") == 0) return cmd_findings(argc - 2, argv + 2);
  if (strcmp(cmd, "calibrate") == 0) return cmd_calibrate(argc - 2, argv + 2);
  die("unknown command '%s' (see thermolit --help)", cmd);
}
