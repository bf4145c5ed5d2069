#line 3496 "noweb/ledger.nw"
/* test-ledger.c: tangled from noweb/ledger.nw; edit that, not this. */
#include <criterion/criterion.h>
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <errno.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <dirent.h>
#include "ledger.h"
#include "ledger-output.h"
#include "ledger-registry.h"
#include "test-ledger.h"

#line 3530 "noweb/ledger.nw"
typedef struct {
  int status;
  char out[1 << 20], err[4096];
} Run;

static void slurp(const char *path, char *buf, size_t size)
{
  FILE *f = fopen(path, "r");
  size_t n = f ? fread(buf, 1, size - 1, f) : 0;
  buf[n] = '\0';
  cr_assert(!f || fgetc(f) == EOF, "%s holds more than the %zu bytes of its buffer", path,
            size - 1);
  if (f)
    fclose(f);
  unlink(path);
}

/* Run the program, after the shell words in prefix (an environment, a launcher), with args. */
static Run *run_after(const char *prefix, const char *args)
{
  static Run r;
  char out[] = "/tmp/thermolit-out.XXXXXX", err[] = "/tmp/thermolit-err.XXXXXX", cmd[2048];
  close(mkstemp(out));
  close(mkstemp(err));
  const char *bin = getenv("THERMOLIT") ? getenv("THERMOLIT") : "bin/thermolit";
  snprintf(cmd, sizeof cmd, "%s %s %s >%s 2>%s </dev/null", prefix, bin, args, out, err);
  int st = system(cmd);
  r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  slurp(out, r.out, sizeof r.out);
  slurp(err, r.err, sizeof r.err);
  return &r;
}

static Run *run(const char *args) { return run_after("", args); }

static int count_lines(const char *s)
{
  int n = 0;
  for (; *s; s++)
    n += *s == '\n';
  return n;
}
#line 3585 "noweb/ledger.nw"
static int agrees(const char *computed, const char *printed)
{
  mpfr_t y, gap, half;
  mpfr_init2(y, 128);
  mpfr_inits2(64, gap, half, (mpfr_ptr)0);
  mpfr_set_str(y, computed, 10, MPFR_RNDN);
  int ok = Ledger_printed_agrees(y, printed, gap, half);
  mpfr_clears(y, gap, half, (mpfr_ptr)0);
  return ok;
}

Test(ledger, printed_digits_decide_agreement)
{
  cr_assert_eq(agrees("2.87098e-21", "2.9e-21"), 1);
  cr_assert_eq(agrees("2.96e-21", "2.9e-21"), 0);
  cr_assert_eq(agrees("2.8499e-21", "2.9e-21"), 0);
  cr_assert_eq(agrees("2.8501e-21", "2.9e-21"), 1);
  cr_assert_eq(agrees("0.0179200", "0.018"), 1);
  cr_assert_eq(agrees("0.0185001", "0.018"), 0);
  cr_assert_eq(agrees("1.380649e-23", "1.381e-23"), 1);
  cr_assert_eq(agrees("1.3815e-23", "1.381e-23"), 1);
  cr_assert_eq(agrees("1.38151e-23", "1.381e-23"), 0);
  cr_assert_eq(agrees("300.6", "300"), 1);
  cr_assert_eq(agrees("349.9", "300"), 1);
  cr_assert_eq(agrees("350.1", "300"), 0);
  cr_assert_eq(agrees("44999", "40000"), 1);
  cr_assert_eq(agrees("45001", "40000"), 0);
  cr_assert_eq(agrees("35001", "4e4"), 1);
  cr_assert_eq(agrees("40000.6", "40000.0"), 0);
  cr_assert_eq(agrees("96485.4", "96485"), 1);
  cr_assert_eq(agrees("96485.6", "96485"), 0);
  cr_assert_eq(agrees("-77.6", "-78"), 1);
  cr_assert_eq(agrees("-77.4", "-78"), 0);
  cr_assert_eq(agrees("0.4", "0"), 1);
  cr_assert_eq(agrees("-0.5", "-0.52"), 0);
  cr_assert_eq(agrees("-0.52", "-0.52"), 1);
}

Test(ledger, malformed_printed_numbers_are_rejected)
{
  const char *bad[] = {"", "abc", "1.2.3", "1e", "e5", "1e5x", "--1", "."};
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
    cr_assert_eq(agrees("1", bad[i]), -1, "'%s' accepted", bad[i]);
}
#line 3640 "noweb/ledger.nw"
enum { P0 = 100, G = 8 };
static void zero_residual(mpfr_t res, mpfr_prec_t prec, void *ctx)
{
  (void)prec, (void)ctx;
  mpfr_set_zero(res, 1);
}
static void bound_residual(mpfr_t res, mpfr_prec_t prec, void *ctx)
{
  (void)ctx;
  mpfr_set_ui_2exp(res, 1, -(long)prec + G, MPFR_RNDN);
}
static void stuck_residual(mpfr_t res, mpfr_prec_t prec, void *ctx)
{
  (void)prec, (void)ctx;
  mpfr_set_ui_2exp(res, 1, -P0 + G, MPFR_RNDN);
}
static void half_residual(mpfr_t res, mpfr_prec_t prec, void *ctx)
{
  (void)ctx;
  mpfr_set_si_2exp(res, -1, -(long)prec / 2, MPFR_RNDN);
}

Test(ledger, identity_rule_needs_a_residual_that_shrinks)
{
  struct { Ledger_residual f; Ledger_verdict v; } c[] = {
    {zero_residual, LEDGER_VERIFIED}, {bound_residual, LEDGER_VERIFIED},
    {stuck_residual, LEDGER_REFUTED}, {half_residual, LEDGER_REFUTED}};
  for (size_t i = 0; i < 4; i++) {
    Ledger_result r;
    Ledger_result_init(&r);
    Ledger_identity(&r, c[i].f, NULL, P0, G);
    cr_assert_eq(r.verdict, c[i].v, "case %zu: %s", i, r.summary);
  }
  Ledger_result r;
  Ledger_result_init(&r);
  Ledger_identity(&r, stuck_residual, NULL, P0, G);
  cr_assert_eq(Ledger_field_value(&r, "residual_2prec"), ldexp(1, -P0 + G));
  cr_assert_eq(Ledger_field_value(&r, "bound_2prec"), ldexp(1, -2 * P0 + G));
}

Test(ledger, stochastic_inequality_and_approximation_rules)
{
  Ledger_mc in = {1.039, 0.01, 1.0, 3.9, 100}, out = {1.041, 0.01, 1.0, 4.1, 100},
            bad = {NAN, 0.01, 1.0, NAN, 100};
  Ledger_result r;
  Ledger_result_init(&r), Ledger_stochastic(&r, &in, 4);
  cr_assert_eq(r.verdict, LEDGER_VERIFIED);
  cr_assert_eq(Ledger_field_value(&r, "z"), 3.9);
  Ledger_result_init(&r), Ledger_stochastic(&r, &out, 4);
  cr_assert_eq(r.verdict, LEDGER_REFUTED);
  Ledger_result_init(&r), Ledger_stochastic(&r, &bad, 4);
  cr_assert_eq(r.verdict, LEDGER_INCONCLUSIVE);
  Ledger_result_init(&r), Ledger_inequality(&r, -1e-30, 0, "x = 1");
  cr_assert_eq(r.verdict, LEDGER_REFUTED);
  Ledger_result_init(&r), Ledger_inequality(&r, 0, 0, "x = 1");
  cr_assert_eq(r.verdict, LEDGER_VERIFIED);
  Ledger_result_init(&r), Ledger_approximation(&r, 0.02, "x = 1", 0);
  cr_assert_eq(r.verdict, LEDGER_APPROXIMATE);
  cr_assert_eq(Ledger_field_value(&r, "worst_error"), 0.02);
  Ledger_result_init(&r), Ledger_approximation(&r, 0.02, "x = 1", 0.01);
  cr_assert_eq(r.verdict, LEDGER_REFUTED);
  Ledger_result_init(&r), Ledger_approximation(&r, 0.02, "x = 1", 0.05);
  cr_assert_eq(r.verdict, LEDGER_APPROXIMATE);
  Ledger_result_init(&r), Ledger_approximation(&r, NAN, "x = 1", 0.05);
  cr_assert_eq(r.verdict, LEDGER_INCONCLUSIVE);
  Ledger_result_init(&r), Ledger_inequality(&r, 1e-9, 1e-10, "x = 1");
  cr_assert_eq(r.verdict, LEDGER_VERIFIED);
  Ledger_result_init(&r), Ledger_inequality(&r, 1e-9, 2e-9, "x = 1");
  cr_assert_eq(r.verdict, LEDGER_INCONCLUSIVE, "%s", r.summary);
  Ledger_result_init(&r), Ledger_inequality(&r, -3e-9, 2e-9, "x = 1");
  cr_assert_eq(r.verdict, LEDGER_REFUTED);
  Ledger_result_init(&r), Ledger_inequality(&r, NAN, 0, "x = 1");
  cr_assert_eq(r.verdict, LEDGER_INCONCLUSIVE);
  Ledger_result_init(&r), Ledger_inequality(&r, 1, NAN, "x = 1");
  cr_assert_eq(r.verdict, LEDGER_INCONCLUSIVE);
}

static void nan_residual(mpfr_t res, mpfr_prec_t prec, void *ctx)
{
  (void)prec, (void)ctx;
  mpfr_set_nan(res);
}

Test(ledger, nan_is_inconclusive_under_every_rule)
{
  Ledger_result r;
  Ledger_mc nan_z = {1.0, 0.0, 1.0, NAN, 100};
  Ledger_result_init(&r), Ledger_identity(&r, nan_residual, NULL, P0, G);
  cr_assert_eq(r.verdict, LEDGER_INCONCLUSIVE, "%s", r.summary);
  Ledger_result_init(&r), Ledger_stochastic(&r, &nan_z, 4);
  cr_assert_eq(r.verdict, LEDGER_INCONCLUSIVE, "%s", r.summary);
  mpfr_t x;
  mpfr_init2(x, 64);
  mpfr_set_nan(x);
  Ledger_result_init(&r), Ledger_value(&r, x, "2.9", "J");
  cr_assert_eq(r.verdict, LEDGER_INCONCLUSIVE, "%s", r.summary);
  mpfr_clear(x);
}
#line 3748 "noweb/ledger.nw"
static void shifted_slack(mpfr_t s, char *where, size_t size, mpfr_prec_t prec, void *ctx)
{
  long e = *(long *)ctx;
  mpfr_set_si_2exp(s, e < 0 ? -1 : 1, -labs(e), MPFR_RNDN);
  mpfr_t noise;
  mpfr_init2(noise, 64);
  mpfr_set_ui_2exp(noise, 1, -(long)prec / 2, MPFR_RNDN);
  mpfr_add(s, s, noise, MPFR_RNDN);
  mpfr_clear(noise);
  snprintf(where, size, "x = %ld", e);
}

Test(ledger, inequality_rule_at_two_precisions_and_readings)
{
  struct { long e; Ledger_verdict v; } c[] = {
    {P0 / 4, LEDGER_VERIFIED}, {P0 / 2 + 2, LEDGER_INCONCLUSIVE}, {-P0 / 4, LEDGER_REFUTED}};
  for (size_t i = 0; i < 3; i++) {
    Ledger_result r;
    Ledger_result_init(&r);
    Ledger_inequality_mpfr(&r, shifted_slack, &c[i].e, P0);
    cr_assert_eq(r.verdict, c[i].v, "case %zu: %s", i, r.summary);
  }
  Ledger_result a, b, r;
  Ledger_result_init(&a), Ledger_inequality(&a, 1, 0, "x = 1");
  Ledger_result_init(&b), Ledger_inequality(&b, -1, 0, "x = 1");
  Ledger_result_init(&r), Ledger_readings(&r, "one", &a, "two", &b);
  cr_assert_eq(r.verdict, LEDGER_AMBIGUOUS, "%s", r.summary);
  cr_assert_eq(Ledger_field_value(&r, "r2_min_slack"), -1);
  Ledger_result_init(&r), Ledger_readings(&r, "one", &a, "two", &a);
  cr_assert_eq(r.verdict, LEDGER_VERIFIED, "%s", r.summary);
}
#line 3792 "noweb/ledger.nw"
Test(ledger, certified_rules_decide_on_the_ends_of_a_ball)
{
  static const struct {
    Ledger_kind kind;
    double lo, hi;
    Ledger_verdict v;
  } c[] = {{LEDGER_INEQUALITY, -2, -1, LEDGER_REFUTED},
           {LEDGER_INEQUALITY, -1, 1, LEDGER_INCONCLUSIVE},
           {LEDGER_IDENTITY, 1, 2, LEDGER_REFUTED},
           {LEDGER_IDENTITY, -1, 1, LEDGER_INCONCLUSIVE},
           {LEDGER_IDENTITY, NAN, 2, LEDGER_INCONCLUSIVE}};
  Ledger_result r;
  for (size_t i = 0; i < sizeof c / sizeof c[0]; i++) {
    Ledger_result_init(&r), Ledger_counterexample(&r, c[i].kind, c[i].lo, c[i].hi, "x = 1");
    cr_assert_eq(r.verdict, c[i].v, "case %zu: %s", i, r.summary);
    cr_assert_eq(strstr(r.summary, "certified counterexample") == r.summary,
                 c[i].v == LEDGER_REFUTED, "case %zu: %s", i, r.summary);
  }
  Ledger_result_init(&r), Ledger_proved(&r, "x in [0, 1]", 7, "sub-boxes", 0.25, "x in [0.5, 1]");
  cr_assert_eq(r.verdict, LEDGER_PROVED, "%s", r.summary);
  cr_assert(strstr(r.summary, "7 sub-boxes"), "%s", r.summary);
  Ledger_result_init(&r), Ledger_proved(&r, "x in [0, 1]", 7, "sub-boxes", -0.25, "x = 1");
  cr_assert_eq(r.verdict, LEDGER_INCONCLUSIVE, "%s", r.summary);

  Ledger_result_init(&r), Ledger_approximation(&r, 0.03, "x = 1", 0);
  Ledger_worst_certified(&r, 0.2 / 3, 0.4 / 3, "x in [0, 2]", 40, 0);
  cr_assert_eq(r.verdict, LEDGER_APPROXIMATE, "%s", r.summary);
  cr_assert(strstr(r.summary, "worst error 0.03 at x = 1"), "%s", r.summary);
  cr_assert(strstr(r.summary, "[0.0666666, 0.133334]"), "not rounded outwards: %s", r.summary);
  Ledger_result_init(&r), Ledger_proved(&r, "x in [0, 1]", 7, "sub-boxes", 2.0 / 3, "x = 1");
  cr_assert(strstr(r.summary, "slack >= 0.666666 "), "not rounded down: %s", r.summary);
  Ledger_result_init(&r), Ledger_approximation(&r, 0.029, "x = 1", 0.0295);
  cr_assert_eq(r.verdict, LEDGER_APPROXIMATE, "%s", r.summary);
  Ledger_worst_certified(&r, 0.0299, 0.031, "x in [0, 2]", 40, 0.0295);
  cr_assert_eq(r.verdict, LEDGER_REFUTED, "%s", r.summary);
  Ledger_result_init(&r), Ledger_approximation(&r, 0.03, "x = 1", 0);
  Ledger_worst_certified(&r, 0.029, INFINITY, "x in [0, 2]", 40, 0);
  cr_assert_eq(r.verdict, LEDGER_INCONCLUSIVE, "%s", r.summary);
}
#line 3839 "noweb/ledger.nw"
Test(ledger, every_claim_has_an_origin_and_the_unverified_say_why)
{
  for (size_t i = 0; i < Ledger_nchapters(); i++) {
    const Ledger_chapter *ch = Ledger_chapter_at(i);
    cr_assert_not_null(ch->reference, "chapter %s has no reference", ch->name);
    for (size_t j = 0; j < ch->nclaims; j++) {
      const Ledger_claim *c = &ch->claims[j];
      cr_expect_neq(c->origin, LEDGER_ORIGIN_UNSET, "%s has no origin", c->id);
      cr_expect(c->fixed_prec == 0 || c->fixed_prec >= 24, "%s: fixed_prec %d", c->id,
                c->fixed_prec);
      if (Ledger_holds(c->expected))
        cr_expect_null(c->why, "%s is expected verified yet says why not", c->id);
      else {
        cr_expect(c->says && *c->says, "%s: what does its source state?", c->id);
        cr_expect(c->why && *c->why, "%s: why is it %s?", c->id,
                  Ledger_verdict_name(c->expected));
      }
    }
  }
}
#line 3870 "noweb/ledger.nw"
Test(ledger, shared_claims_are_claims_of_their_chapter_named_once)
{
  const Ledger_claim *seen[64];
  size_t nseen = 0;
  for (size_t i = 0; i < Ledger_nchapters(); i++) {
    const Ledger_chapter *ch = Ledger_chapter_at(i);
    for (const char *const *l = ch->shared; l && *l; l++) {
      char list[512], *save = NULL;
      snprintf(list, sizeof list, "%s", *l);
      int named = 0;
      for (char *id = strtok_r(list, " ", &save); id; id = strtok_r(NULL, " ", &save), named++) {
        const Ledger_claim *c = Ledger_find_claim(id);
        cr_assert(c && c >= ch->claims && c < ch->claims + ch->nclaims,
                  "%s lists '%s', not one of its claims", ch->name, id);
        for (size_t k = 0; k < nseen; k++)
          cr_assert_neq(seen[k], c, "'%s' is named twice", id);
        cr_assert_lt(nseen, sizeof seen / sizeof seen[0]);
        seen[nseen++] = c;
      }
      cr_assert_geq(named, 2, "%s: '%s' names fewer than two claims", ch->name, *l);
    }
  }
  cr_assert(Ledger_share("learning.pc_erf.best_gamma", "learning.pc_erf"));
  cr_assert(!Ledger_share("learning.pc_erf", "learning.pc_er"));
  cr_assert(!Ledger_share("denseam.first_law", "denseam.tradeoff.higher_n"));
}
#line 3904 "noweb/ledger.nw"
static int entries(const char *dir)
{
  DIR *d = opendir(dir);
  int n = 0;
  for (struct dirent *e; (e = readdir(d)) != NULL;)
    n += e->d_name[0] != '.';
  closedir(d);
  return n;
}

Test(ledger, atomic_output_is_whole_or_absent)
{
  char dir[] = "/tmp/thermolit-atomic.XXXXXX", path[256], buf[64] = {0};
  cr_assert_not_null(mkdtemp(dir));
  snprintf(path, sizeof path, "%s/x.tsv", dir);
  Ledger_out o;
  cr_assert_eq(Ledger_open_atomic(&o, path), 0);
  fputs("a\t1\n", o.f);
  cr_assert_eq(access(path, F_OK), -1, "the file exists before it is closed");
  cr_assert_eq(Ledger_close_atomic(&o, 1), 0);
  FILE *f = fopen(path, "r");
  cr_assert_eq(fread(buf, 1, sizeof buf - 1, f), 4u);
  fclose(f);
  cr_assert_str_eq(buf, "a\t1\n");
  cr_assert_eq(entries(dir), 1);
  unlink(path);
  cr_assert_eq(Ledger_open_atomic(&o, path), 0);
  fputs("partial", o.f);
  cr_assert_eq(Ledger_close_atomic(&o, 0), -1);
  cr_assert_eq(entries(dir), 0);
  cr_assert_eq(Ledger_open_atomic(&o, "/nonexistent-thermolit-dir/x"), -1);
  rmdir(dir);
}

Test(ledger, tex_escaping)
{
  char *buf;
  size_t len;
  FILE *f = open_memstream(&buf, &len);
  Ledger_tex_escape(f, "a_b%c&d$e#f{g}h~i^j\\k<l|m");
  fclose(f);
  cr_assert_str_eq(buf, "a\\_b\\%c\\&d\\$e\\#f\\{g\\}h\\textasciitilde{}i\\textasciicircum{}j"
                        "\\textbackslash{}k\\textless{}l\\textbar{}m");
  free(buf);
}
#line 3963 "noweb/ledger.nw"
Test(ledger, bad_input_gets_one_line_and_status_2)
{
  const char *bad[] = {
    "", "frobnicate", "verify no.such.claim", "verify --bogus", "verify --prec 31",
    "verify --prec 65537", "verify --prec abc", "verify --prec -5", "verify --prec",
    "verify --seed -1", "eval", "eval no.such", "eval review.landauer_J T=abc",
    "eval review.landauer_J T=nan", "eval review.landauer_J T=inf", "eval review.landauer_J T=-inf",
    "eval review.landauer_J T=0", "eval review.landauer_J T=-1", "eval review.landauer_J T=",
    "eval review.landauer_J", "eval review.landauer_J X=1", "eval review.landauer_J T=300 T=200",
    "eval review.landauer_J 300", "eval review.landauer_eV T=1e-400x",
    "eval review.erasure_bound p=1.5", "eval review.erasure_bound p=-0.1",
    "eval review.erasure_bound p=0.1 --digits 0", "eval review.erasure_bound p=0.1 --prec 70000",
    "mc", "mc no.such", "mc review.erasure --samples 0", "mc review.erasure p=0.7",
    "mc review.erasure steps=2.5", "mc review.erasure steps=0", "mc review.erasure --threads 0",
    "mc review.erasure --out /nonexistent-thermolit-dir/x.tsv", "report --out Makefile/sub",
    "mc denseam.retrieve n=4 N=4096 alpha=10", "report extra", "list extra", "findings bogus",
    "findings review landauer", "findings --bogus", "mc review.erasure --out /dev/null",
    "mc review.erasure --out /tmp", "mc review.erasure --out ''", "mc review.erasure --samples 1",
    "mc review.erasure p=1e-400", "eval review.erasure_bound p=0.1 --digits 13001",
    "eval review.erasure_bound p=-40180023E-401800215", "calibrate --seeds 19",
    "calibrate review.boltzmann", "calibrate no.such", "calibrate --out Makefile/sub",
    "calibrate --seeds x", "calibrate --prec 64", "report nosuch", "report --merge review"};
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    Run *r = run(bad[i]);
    cr_expect_eq(r->status, 2, "'%s' exited %d", bad[i], r->status);
    cr_expect_eq(count_lines(r->err), 1, "'%s' said:\n%s", bad[i], r->err);
    cr_expect_eq(strncmp(r->err, "thermolit: ", 11), 0, "'%s' said: %s", bad[i], r->err);
    cr_expect_str_empty(r->out, "'%s' printed: %s", bad[i], r->out);
  }
}
#line 4008 "noweb/ledger.nw"
Test(ledger, merge_refuses_missing_or_stale_chapter_results)
{
  char dir[] = "/tmp/thermolit-merge.XXXXXX", args[512], path[512];
  cr_assert_not_null(mkdtemp(dir));
  snprintf(args, sizeof args, "report --merge --out %s", dir);
  Run *r = run(args);
  cr_assert(r->status == 2 && count_lines(r->err) == 1, "status %d: %s", r->status, r->err);
  cr_assert_eq(entries(dir), 0);
  for (size_t i = 0; i < Ledger_nchapters(); i++) {
    const Ledger_chapter *ch = Ledger_chapter_at(i);
    snprintf(path, sizeof path, "%s/%s.json", dir, ch->name);
    FILE *f = fopen(path, "w");
    fprintf(f, "{\"chapter\": \"%s\", \"claims\": [", ch->name);
    for (size_t j = 0; j < ch->nclaims; j++) {
      int last = j + 1 == ch->nclaims && i + 1 == Ledger_nchapters();
      fprintf(f, "%s{\"id\": \"%s\", \"verdict\": \"verified\"}", j ? ", " : "",
              last ? "stale.claim" : ch->claims[j].id);
    }
    fputs("]}\n", f);
    fclose(f);
  }
  r = run(args);
  cr_assert(r->status == 2 && count_lines(r->err) == 1 && strstr(r->err, "stale.claim"),
            "status %d: %s", r->status, r->err);
  cr_assert_eq((size_t)entries(dir), Ledger_nchapters(), "the merge wrote a file");
  for (size_t i = 0; i < Ledger_nchapters(); i++) {
    snprintf(path, sizeof path, "%s/%s.json", dir, Ledger_chapter_at(i)->name);
    unlink(path);
  }
  rmdir(dir);
}

Test(ledger, outputs_are_never_partial)
{
  char dir[] = "/tmp/thermolit-out.XXXXXX", args[512];
  cr_assert_not_null(mkdtemp(dir));
  snprintf(args, sizeof args, "mc review.erasure p=0.2 --samples 0 --out %s/mc.tsv", dir);
  cr_assert_eq(run(args)->status, 2);
  cr_assert_eq(entries(dir), 0);
  snprintf(args, sizeof args, "mc review.erasure p=0.2 --samples 1000 --out %s/mc.tsv", dir);
  cr_assert_eq(run(args)->status, 0);
  cr_assert_eq(entries(dir), 1);
  snprintf(args, sizeof args, "%s/mc.tsv", dir);
  unlink(args);
  rmdir(dir);
}

Test(ledger, interrupted_and_killed_runs_leave_no_temporaries)
{
  char dir[] = "/tmp/thermolit-int.XXXXXX", cmd[1024], stale[512];
  cr_assert_not_null(mkdtemp(dir));
  const char *bin = getenv("THERMOLIT") ? getenv("THERMOLIT") : "bin/thermolit";
  snprintf(cmd, sizeof cmd, "%s mc review.erasure --samples 4000000000 --threads 1 --out %s/x.tsv"
           " 2>/dev/null & p=$!; sleep 0.5; kill -INT $p; wait $p", bin, dir);
  int st = system(cmd);
  cr_assert(WIFEXITED(st) && WEXITSTATUS(st) != 0, "the interrupted run reported success");
  cr_assert_eq(entries(dir), 0, "an interrupted run left a file in %s", dir);
  long pid = 4194000;
  while (kill((pid_t)pid, 0) == 0 || errno != ESRCH)
    pid--;
  snprintf(stale, sizeof stale, "%s/x.tsv.tmp%ld.abcdef", dir, pid);
  fclose(fopen(stale, "w"));
  snprintf(cmd, sizeof cmd, "mc review.erasure --samples 1000 --out %s/x.tsv", dir);
  cr_assert_eq(run(cmd)->status, 0);
  cr_assert_eq(access(stale, F_OK), -1, "the stale temporary %s survived", stale);
  cr_assert_eq(entries(dir), 1);
  snprintf(cmd, sizeof cmd, "%s/x.tsv", dir);
  unlink(cmd);
  rmdir(dir);
}

Test(ledger, a_full_standard_output_is_an_error)
{
  const char *bin = getenv("THERMOLIT") ? getenv("THERMOLIT") : "bin/thermolit";
  const char *what[] = {"list", "--version", "eval review.landauer_J T=300", "mc --list"};
  for (size_t i = 0; i < sizeof what / sizeof what[0]; i++) {
    char cmd[512];
    snprintf(cmd, sizeof cmd, "%s %s >/dev/full 2>/dev/null", bin, what[i]);
    int st = system(cmd);
    cr_expect(WIFEXITED(st) && WEXITSTATUS(st) == 1, "'%s' to /dev/full exited %d", what[i],
              WIFEXITED(st) ? WEXITSTATUS(st) : -1);
  }
}
#line 4103 "noweb/ledger.nw"
Test(ledger, eval_prints_only_confirmed_digits)
{
  Run *r = run("eval review.landauer_J T=300 --prec 32 --digits 40");
  cr_assert_eq(r->status, 1, "exit %d: %s", r->status, r->out);
  cr_assert_eq(count_lines(r->err), 1);
  cr_assert_str_empty(r->out);
  char args[256] = "eval landauer.m t=0.";
  for (int i = 0; i < 100; i++)
    strcat(args, "9");
  strcat(args, " --digits 10");
  r = run(args);
  cr_assert_eq(r->status, 0, "stderr: %s", r->err);
  cr_assert_str_eq(r->out, "1.732050808e-50\n");
}
#line 4141 "noweb/ledger.nw"
static size_t count_claims(const char *prefix)
{
  size_t n = 0;
  for (size_t i = 0; i < Ledger_nchapters(); i++)
    for (size_t j = 0; j < Ledger_chapter_at(i)->nclaims; j++)
      n += strncmp(Ledger_chapter_at(i)->claims[j].id, prefix, strlen(prefix)) == 0;
  return n;
}

Test(ledger, the_ledger_has_every_claim_with_its_evidence)
{
  json_error_t e;
  json_t *all = json_load_file("reports/ledger.json", 0, &e);
  cr_assert_not_null(all, "reports/ledger.json: %s (make check writes it first)", e.text);
  cr_assert(json_is_array(all));
  cr_assert_eq(json_array_size(all), count_claims(""));
  size_t i;
  json_t *c;
  json_array_foreach(all, i, c) {
    const char *keys[] = {"id", "source", "kind", "statement", "expected", "verdict", "summary"};
    for (size_t k = 0; k < 7; k++)
      cr_assert(json_is_string(json_object_get(c, keys[k])), "claim %zu lacks %s", i, keys[k]);
    cr_assert(json_is_object(json_object_get(c, "evidence")));
    cr_assert_gt(json_object_size(json_object_get(c, "evidence")), 0);
    cr_assert_str_eq(json_string_value(json_object_get(c, "verdict")),
                     json_string_value(json_object_get(c, "expected")));
    cr_assert(json_is_string(json_object_get(c, "origin")));
    if (!Ledger_holds(Ledger_find_claim(json_string_value(json_object_get(c, "id")))->expected))
      cr_expect(json_is_string(json_object_get(c, "found")), "%s: what do we find?",
                json_string_value(json_object_get(c, "id")));
    cr_assert_not_null(Ledger_find_claim(json_string_value(json_object_get(c, "id"))));
  }
  json_decref(all);
}

Test(ledger, verify_json_reproduces_the_ledger, .timeout = 60)
{
  static const char *const series[] = {"rebooting.eq", "rebooting.fig1", "rebooting.fig2a.L4"};
  size_t claims = 0;
  for (size_t k = 0; k < 3; k++)
    claims += count_claims(series[k]);
  Run *r = run("verify rebooting.eq rebooting.fig1 rebooting.fig2a.L4 --json");
  cr_assert_eq(r->status, 0, "stderr: %s", r->err);
  json_error_t e;
  json_t *fresh = json_loads(r->out, 0, &e), *ledger = json_load_file("reports/ledger.json", 0, &e);
  cr_assert_not_null(fresh, "not JSON: %s", e.text);
  cr_assert_not_null(ledger, "reports/ledger.json: %s", e.text);
  cr_assert_eq(json_array_size(fresh), claims);
  size_t i, j, matched = 0;
  json_t *c, *l;
  json_array_foreach(fresh, i, c) {
    json_object_del(c, "seconds");
    json_array_foreach(ledger, j, l)
      if (json_equal(json_object_get(l, "id"), json_object_get(c, "id"))) {
        json_object_del(l, "seconds");
        char *a = json_dumps(c, JSON_SORT_KEYS), *b = json_dumps(l, JSON_SORT_KEYS);
        cr_assert(json_equal(c, l), "fresh %s\nledger %s", a, b);
        free(a), free(b);
        matched++;
      }
  }
  cr_assert_eq(matched, claims);
  json_decref(fresh), json_decref(ledger);
}

Test(ledger, findings_name_every_claim_of_a_paper_once, .timeout = 60)
{
  Run *r = run("findings rebooting --json");
  cr_assert_eq(r->status, 0, "stderr: %s", r->err);
  json_error_t e;
  json_t *all = json_loads(r->out, 0, &e);
  cr_assert_not_null(all, "not JSON: %s", e.text);
  cr_assert_eq(json_array_size(all), 1);
  json_t *paper = json_array_get(all, 0), *claims = json_object_get(paper, "claims");
  cr_assert_str_eq(json_string_value(json_object_get(paper, "paper")), "rebooting");
  cr_assert_eq(json_array_size(claims), count_claims("rebooting."));
  size_t counted = 0, i;
  const char *o, *v;
  json_t *by, *n;
  json_object_foreach(json_object_get(paper, "counts"), o, by)
    json_object_foreach(by, v, n)
      counted += (size_t)json_integer_value(n);
  cr_assert_eq(counted, count_claims("rebooting."), "the counts add up to %zu", counted);
  json_t *c;
  json_array_foreach(claims, i, c)
    cr_assert_not_null(Ledger_find_claim(json_string_value(json_object_get(c, "id"))));
  json_decref(all);
}

Test(ledger, verify_selects_by_prefix)
{
  Run *r = run("verify review.landauer");
  cr_assert_eq(r->status, 0, "stderr: %s", r->err);
  cr_assert_gt(count_claims("review.landauer"), 0);
  cr_assert_eq((size_t)count_lines(r->out), count_claims("review.landauer"));
}

Test(ledger, lists_name_every_claim_quantity_and_experiment)
{
  Run *r = run("list");
  cr_assert_eq(r->status, 0);
  cr_assert_eq((size_t)count_lines(r->out), count_claims(""));
  char *listed = strdup(r->out);
  r = run("eval --list");
  cr_assert_eq(r->status, 0);
  for (size_t i = 0; i < Ledger_nchapters(); i++) {
    const Ledger_chapter *ch = Ledger_chapter_at(i);
    for (size_t j = 0; j < ch->nclaims; j++)
      cr_assert_not_null(strstr(listed, ch->claims[j].id), "%s not listed", ch->claims[j].id);
    for (size_t j = 0; j < ch->nquantities; j++)
      cr_assert_not_null(strstr(r->out, ch->quantities[j].name), "%s not listed",
                         ch->quantities[j].name);
  }
  free(listed);
  r = run("mc --list");
  cr_assert_eq(r->status, 0);
  for (size_t i = 0; i < Ledger_nchapters(); i++)
    for (size_t j = 0; j < Ledger_chapter_at(i)->nexperiments; j++)
      cr_assert_not_null(strstr(r->out, Ledger_chapter_at(i)->experiments[j].name));
}
#line 4273 "noweb/ledger.nw"
static double verify_z(const char *id, uint64_t seed)
{
  char args[256];
  snprintf(args, sizeof args, "verify %s --seed %llu --json", id, (unsigned long long)seed);
  Run *r = run(args);
  cr_assert_eq(r->status, 0, "stderr: %s", r->err);
  json_t *all = json_loads(r->out, 0, NULL);
  cr_assert_not_null(all);
  json_t *z = json_object_get(json_object_get(json_array_get(all, 0), "evidence"), "z");
  double x = strtod(json_string_value(z), NULL);
  json_decref(all);
  return x;
}

static int by_value(const void *a, const void *b)
{
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

Test(ledger, calibrate_agrees_with_verify_seed_by_seed, .timeout = 120)
{
  enum { SEEDS = 20 };
  double z[SEEDS], sum = 0, sq = 0, d = 0;
  for (int s = 0; s < SEEDS; s++)
    z[s] = verify_z("learning.S55.mean", (uint64_t)s + 1), sum += z[s];
  double mean = sum / SEEDS;
  for (int s = 0; s < SEEDS; s++)
    sq += (z[s] - mean) * (z[s] - mean);
  qsort(z, SEEDS, sizeof *z, by_value);
  for (int s = 0; s < SEEDS; s++) {
    double f = 0.5 * erfc(-z[s] / sqrt(2.0));
    d = fmax(d, fmax((s + 1.0) / SEEDS - f, f - (double)s / SEEDS));
  }
  char dir[] = "/tmp/thermolit-cal.XXXXXX", args[512], row[512];
  cr_assert_not_null(mkdtemp(dir));
  snprintf(args, sizeof args, "calibrate learning.S55.mean --seeds %d --out %s", SEEDS, dir);
  Run *r = run(args);
  cr_assert_eq(r->status, 0, "stderr: %s", r->err);
  cr_assert_eq(entries(dir), 2);
  snprintf(args, sizeof args, "%s/calibration.tsv", dir);
  slurp(args, row, sizeof row);
  snprintf(args, sizeof args, "%s/calibration.tex", dir);
  unlink(args);
  rmdir(dir);
  char *line = strchr(row, '\n');
  cr_assert_not_null(line);
  int k;
  unsigned long long seeds, nan;
  double m, sd, ks;
  cr_assert_eq(sscanf(line + 1, "learning.S55.mean\t%d\t%llu\t%llu\t%lf\t%lf\t%lf", &k, &seeds,
                      &nan, &m, &sd, &ks), 6, "row: %s", line + 1);
  cr_assert(k == 1 && seeds == SEEDS && nan == 0, "row: %s", line + 1);
  cr_assert(fabs(m - mean) <= 5e-4 && fabs(sd - sqrt(sq / (SEEDS - 1))) <= 5e-4,
            "mean %.4f sd %.4f; from verify %.4f %.4f", m, sd, mean, sqrt(sq / (SEEDS - 1)));
  cr_assert(fabs(ks - d) <= 5e-5, "KS distance %.5f; from verify %.5f", ks, d);
}
#line 4339 "noweb/ledger.nw"
static char *verify_json_without_seconds(const char *args)
{
  Run *r = run(args);
  cr_assert_eq(r->status, 0, "stderr: %s", r->err);
  json_t *all = json_loads(r->out, 0, NULL);
  cr_assert_not_null(all);
  size_t i;
  json_t *c;
  json_array_foreach(all, i, c) json_object_del(c, "seconds");
  char *s = json_dumps(all, JSON_INDENT(1));
  json_decref(all);
  return s;
}

Test(ledger, claims_in_parallel_are_bit_identical, .timeout = 120)
{
  const char *ids = "learning.S55.mean denseam.capacity.crosstalk2 rebooting.fig1.simulation "
                    "review.landauer_J learning.S61.finite_size";
  char args[512];
  snprintf(args, sizeof args, "verify %s --json --threads 1", ids);
  char *one = verify_json_without_seconds(args);
  snprintf(args, sizeof args, "verify %s --json --threads 3", ids);
  char *three = verify_json_without_seconds(args);
  cr_assert_str_eq(one, three);
  const char *order[] = {"review.landauer_J", "learning.S55.mean", "learning.S61.finite_size",
                         "rebooting.fig1.simulation", "denseam.capacity.crosstalk2"};
  const char *at = one;
  for (size_t k = 0; k < 5; k++) {
    char key[128];
    snprintf(key, sizeof key, "\"id\": \"%s\"", order[k]);
    cr_assert_not_null(at = strstr(at, key), "%s out of the ledger's order", order[k]);
  }
  free(one), free(three);
}
#line 4376 "noweb/ledger.nw"
Test(ledger, a_shared_computation_found_in_memory_gives_the_same_result)
{
  char *alone = verify_json_without_seconds("verify denseam.capacity.snr3 --json");
  char *after = verify_json_without_seconds(
    "verify denseam.capacity.scaling denseam.capacity.snr3 --json --threads 2");
  json_t *a = json_loads(alone, 0, NULL), *b = json_loads(after, 0, NULL);
  cr_assert(json_array_size(a) == 1 && json_array_size(b) == 2);
  cr_assert(json_equal(json_array_get(a, 0), json_array_get(b, 1)),
            "alone:\n%s\nafter the scaling claim:\n%s", alone, after);
  json_decref(a), json_decref(b);
  free(alone), free(after);
}
#line 4415 "noweb/ledger.nw"
Test(ledger, mpi_ranks_give_the_same_bytes, .timeout = 180)
{
  static const struct {
    const char *cmd;
    unsigned blocks;                             /* replicates of each Stats_distributed call */
    size_t nruns;                                /* the first nruns of runs[] below */
  } cmds[] = {{"mc review.szilard --samples 200000", 64, 3},
              {"verify review.szilard.simulation", 64, 1},
              {"mc landauer.alpha_c Nmin=50 Nmax=100 x=0.5 --samples 8", 8, 3}};
  static const struct { int ranks, threads; } runs[] = {{2, 2}, {2, 1}, {4, 1}};
  for (size_t c = 0; c < sizeof cmds / sizeof cmds[0]; c++) {
    char args[256], prefix[256];
    snprintf(args, sizeof args, "%s --threads 1", cmds[c].cmd);
    Run *r = run(args);
    cr_assert_eq(r->status, 0, "%s: %s", args, r->err);
    char *alone = strdup(r->out);
    for (size_t k = 0; k < cmds[c].nruns; k++) {
      snprintf(args, sizeof args, "%s --threads %d", cmds[c].cmd, runs[k].threads);
      snprintf(prefix, sizeof prefix, "THERMOLIT_MPI_VOLUME=1 ASAN_OPTIONS=detect_leaks=0 "
               "OMPI_ALLOW_RUN_AS_ROOT=1 OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1 "
               "mpirun --oversubscribe -np %d", runs[k].ranks);
      r = run_after(prefix, args);
      cr_assert_eq(r->status, 0, "%d ranks, %s: %s", runs[k].ranks, args, r->err);
      cr_assert_str_eq(r->out, alone, "%d ranks x %d threads differ from one process",
                       runs[k].ranks, runs[k].threads);
      for (int rank = 1; rank < runs[k].ranks; rank++) {
        char want[64];
        unsigned long long bytes = 0, call = cmds[c].blocks / (unsigned)runs[k].ranks * 24;
        snprintf(want, sizeof want, "rank %d of %d sent ", rank, runs[k].ranks);
        const char *at = strstr(r->err, want);
        cr_assert(at && sscanf(at + strlen(want), "%llu", &bytes) == 1, "%s: no '%s' in\n%s",
                  args, want, r->err);
        cr_assert(bytes > 0 && bytes % call == 0, "%s: rank %d sent %llu bytes, not %llu per call",
                  args, rank, bytes, call);
      }
    }
    free(alone);
  }
}
#line 4468 "noweb/ledger.nw"
Test(ledger, eval_prints_the_number_alone)
{
  Run *r = run("eval review.landauer_J T=310.15 --digits 40");
  cr_assert_eq(r->status, 0, "stderr: %s", r->err);
  cr_assert_eq(count_lines(r->out), 1);
  mpfr_t got, want, tol;
  mpfr_inits2(200, got, want, tol, (mpfr_ptr)0);
  cr_assert_eq(mpfr_set_str(got, strtok(r->out, "\n"), 10, MPFR_RNDN), 0, "not a number: %s",
               r->out);
  mpfr_const_log2(want, MPFR_RNDN);
  mpfr_set_str(tol, "310.15", 10, MPFR_RNDN);
  mpfr_mul(want, want, tol, MPFR_RNDN);
  mpfr_set_str(tol, "1.380649e-23", 10, MPFR_RNDN);
  mpfr_mul(want, want, tol, MPFR_RNDN);
  mpfr_sub(tol, got, want, MPFR_RNDN);
  mpfr_div(tol, tol, want, MPFR_RNDN);
  mpfr_abs(tol, tol, MPFR_RNDN);
  cr_assert(mpfr_cmp_d(tol, 1e-39) <= 0, "relative gap %g", mpfr_get_d(tol, MPFR_RNDN));
  mpfr_clears(got, want, tol, (mpfr_ptr)0);
}

Test(ledger, infinity_only_where_the_domain_admits_it)
{
  Run *r = run("eval learning.eta alpha=1 nu=2 tau=inf");
  cr_assert_eq(r->status, 0, "stderr: %s", r->err);
  double at_inf = strtod(r->out, NULL);
  r = run("eval learning.eta alpha=1 nu=2 tau=1e12");
  cr_assert_eq(r->status, 0, "stderr: %s", r->err);
  cr_assert_float_eq(at_inf, strtod(r->out, NULL), 1e-9, "eta(inf) %g vs eta(1e12) %s", at_inf,
                     r->out);
  r = run("eval learning.eta alpha=1 nu=2 tau=-inf");
  cr_assert_eq(r->status, 2);
  r = run("eval learning.eta alpha=inf nu=2 tau=1");
  cr_assert_eq(r->status, 2);
}

Test(ledger, version_names_the_libraries)
{
  Run *r = run("--version");
  cr_assert_eq(r->status, 0);
  cr_assert_not_null(strstr(r->out, mpfr_get_version()));
  cr_assert_not_null(strstr(r->out, JANSSON_VERSION));
}
#line 4547 "noweb/ledger.nw"
enum { WALK_RUNS = 4 };
#line 4559 "noweb/ledger.nw"
static void interior(const Ledger_param *p, char *buf, size_t size)
{
  if (p->fallback)
    snprintf(buf, size, "%s", p->fallback);
  else if (isfinite(p->lo) && isfinite(p->hi))
    snprintf(buf, size, "%.17g", p->integer ? floor(0.5 * (p->lo + p->hi)) : 0.5 * (p->lo + p->hi));
  else if (isfinite(p->lo))
    snprintf(buf, size, "%.17g", p->lo + 1);
  else if (isfinite(p->hi))
    snprintf(buf, size, "%.17g", p->hi - 1);
  else
    snprintf(buf, size, "1");
}

static int edges(const Ledger_param *p, char v[][40])
{
  int n = 0;
  double cand[] = {p->lo, p->hi, p->lo + fabs(p->lo) * 1e-9 + (p->lo == 0) * 1e-9,
                   p->hi - fabs(p->hi) * 1e-9, p->lo - fabs(p->lo) * 1e-9 - 1e-9,
                   p->hi + fabs(p->hi) * 1e-9 + 1e-9, 1e-300, 1e300, 0};
  for (size_t k = 0; k < sizeof cand / sizeof cand[0]; k++)
    if (isfinite(cand[k]))
      snprintf(v[n++], 40, "%.17g", p->integer ? round(cand[k]) : cand[k]);
  strcpy(v[n++], "inf");
  return n;
}

/* The run's contract; returns the printed number (0 when it did not answer). */
static int holds_contract(const char *args, Run *r)
{
  cr_expect(r->status >= 0 && r->status <= 2, "'%s' exited %d (crash?): %s", args, r->status,
            r->err);
  if (r->status == 0 && strncmp(args, "mc ", 3) == 0) {
    cr_expect(strstr(r->out, "estimate\t") != NULL, "'%s' printed:\n%s", args, r->out);
    cr_expect(strstr(r->out, "nan") == NULL && strstr(r->out, "inf") == NULL,
              "'%s' printed:\n%s", args, r->out);
    return 1;
  }
  if (r->status == 0) {
    cr_expect_eq(count_lines(r->out), 1, "'%s' printed:\n%s", args, r->out);
    mpfr_t x;
    mpfr_init2(x, 64);
    char *end;
    mpfr_strtofr(x, r->out, &end, 10, MPFR_RNDN);
    cr_expect(mpfr_number_p(x) && end != r->out && *end == '\n', "'%s' printed '%s'", args,
              r->out);
    mpfr_clear(x);
    return 1;
  }
  cr_expect_eq(count_lines(r->err), 1, "'%s' said:\n%s", args, r->err);
  cr_expect_str_empty(r->out, "'%s' exited %d yet printed %s", args, r->status, r->out);
  return 0;
}
#line 4615 "noweb/ledger.nw"
static void walk(const char *cmd, const char *name, int nparams, const Ledger_param *param,
                 const char *extra)
{
  char base[LEDGER_PARAMS][40], v[16][40], args[1024];
  uint64_t state = 20261205;
  for (const char *c = name; *c; c++)
    state = state * 31 + (unsigned char)*c;
  int total = 0, full = getenv("THERMOLIT_FULL_WALK") != NULL;
  for (int k = 0; k < nparams; k++)
    total += edges(&param[k], v);
  for (int k = 0; k < nparams; k++)
    interior(&param[k], base[k], sizeof base[k]);
  for (int k = 0; k < nparams; k++) {
    int n = edges(&param[k], v);
    for (int e = 0; e < n; e++) {
      if (!full && Test_uniform(&state) * total >= WALK_RUNS)
        continue;
      int len = snprintf(args, sizeof args, "%s %s", cmd, name);
      for (int j = 0; j < nparams; j++)
        len += snprintf(args + len, sizeof args - (size_t)len, " %s=%s", param[j].name,
                        j == k ? v[e] : base[j]);
      snprintf(args + len, sizeof args - (size_t)len, " %s", extra);
      char first[128] = "";
      struct timespec t0, t1;
      clock_gettime(CLOCK_MONOTONIC, &t0);
      Run *r0 = run(args);
      clock_gettime(CLOCK_MONOTONIC, &t1);
      double seconds = (double)(t1.tv_sec - t0.tv_sec) + 1e-9 * (double)(t1.tv_nsec - t0.tv_nsec);
      if (!holds_contract(args, r0) || strcmp(cmd, "eval") != 0 || seconds > 0.25)
        continue;
      snprintf(first, sizeof first, "%.100s", r0->out);
      strcat(args, " --digits 30");
      Run *r = run(args);
      if (r->status != 0)
        continue;
      mpfr_t x;
      mpfr_init2(x, 128);
      mpfr_set_str(x, r->out, 10, MPFR_RNDN);
      char again[128];
      mpfr_snprintf(again, sizeof again, "%.11Re\n", x);
      mpfr_clear(x);
      cr_expect_str_eq(again, first, "'%s': 12 digits %s but 30 digits round to %s", args,
                       first, again);
    }
  }
}

Test(ledger, domain_edges_of_the_quantities_meet_the_contract, .timeout = 120)
{
  for (size_t i = 0; i < Ledger_nchapters(); i++) {
    const Ledger_chapter *ch = Ledger_chapter_at(i);
    for (size_t j = 0; j < ch->nquantities; j++)
      walk("eval", ch->quantities[j].name, ch->quantities[j].nparams, ch->quantities[j].param,
           "--digits 12 --budget 1");
  }
}

Test(ledger, domain_edges_of_the_experiments_meet_the_contract, .timeout = 120)
{
  for (size_t i = 0; i < Ledger_nchapters(); i++) {
    const Ledger_chapter *ch = Ledger_chapter_at(i);
    for (size_t j = 0; j < ch->nexperiments; j++) {
      char extra[64];
      uint64_t least = ch->experiments[j].min_samples ? ch->experiments[j].min_samples : 2;
      snprintf(extra, sizeof extra, "--samples %llu --threads 1 --budget 1",
               (unsigned long long)least);
      walk("mc", ch->experiments[j].name, ch->experiments[j].nparams, ch->experiments[j].param,
           extra);
    }
  }
}

Test(ledger, malformed_arguments_meet_the_contract)
{
  static const char alphabet[] = "0123456789+-.eE=xn ";
  uint64_t state = 20261205;
  for (int i = 0; i < 100; i++) {
    char value[24], args[128];
    int len = 1 + (int)(Test_uniform(&state) * 12);
    for (int c = 0; c < len; c++)
      value[c] = alphabet[(int)(Test_uniform(&state) * (sizeof alphabet - 1))];
    value[len] = '\0';
    snprintf(args, sizeof args, "eval review.landauer_J 'T=%s' --digits 12", value);
    holds_contract(args, run(args));
  }
}
