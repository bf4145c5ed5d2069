#line 71 "noweb/ledger.nw"
/* ledger.h: tangled from noweb/ledger.nw; edit that, not this. */
#ifndef LEDGER_H
#define LEDGER_H
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <mpfr.h>

#line 113 "noweb/ledger.nw"
typedef enum {
  LEDGER_IDENTITY, LEDGER_INEQUALITY, LEDGER_APPROXIMATION, LEDGER_VALUE, LEDGER_STOCHASTIC
} Ledger_kind;
typedef enum {
  LEDGER_VERIFIED, LEDGER_PROVED, LEDGER_REFUTED, LEDGER_APPROXIMATE, LEDGER_INCONCLUSIVE,
  LEDGER_AMBIGUOUS
} Ledger_verdict;
typedef enum {
  LEDGER_ORIGIN_UNSET, LEDGER_PAPER, LEDGER_LITERATURE, LEDGER_HYPOTHESIS, LEDGER_CONSISTENCY
} Ledger_origin;
const char *Ledger_kind_name(Ledger_kind k);
const char *Ledger_verdict_name(Ledger_verdict v);
int Ledger_holds(Ledger_verdict v);
const char *Ledger_origin_name(Ledger_origin o);
#line 165 "noweb/ledger.nw"
typedef struct {
  mpfr_prec_t prec;
  uint64_t seed;
  uint64_t samples;
  int threads;
} Ledger_options;

enum { LEDGER_FIELDS = 24, LEDGER_KEY = 32, LEDGER_TEXT = 96, LEDGER_SUMMARY = 384 };
enum { LEDGER_ZS = 32 };
typedef struct {
  char key[LEDGER_KEY];
  char text[LEDGER_TEXT];
  double value;
} Ledger_field;

typedef struct {
  Ledger_verdict verdict;
  char summary[LEDGER_SUMMARY];
  char found[LEDGER_SUMMARY];
  int nfields;
  Ledger_field field[LEDGER_FIELDS];
  int nz;
  double z[LEDGER_ZS];
  const char *uncalibrated;
  double seconds;
} Ledger_result;

enum { LEDGER_PREC_DEFAULT = 256, LEDGER_SEED_DEFAULT = 20261123 };
Ledger_options Ledger_defaults(void);

void Ledger_result_init(Ledger_result *r);
void Ledger_say(Ledger_result *r, Ledger_verdict v, const char *fmt, ...)
  __attribute__((format(printf, 3, 4)));
void Ledger_found(Ledger_result *r, const char *fmt, ...)
  __attribute__((format(printf, 2, 3)));
void Ledger_field_mpfr(Ledger_result *r, const char *key, const mpfr_t x, int digits);
void Ledger_field_double(Ledger_result *r, const char *key, double x);
void Ledger_field_text(Ledger_result *r, const char *key, const char *text);
double Ledger_field_value(const Ledger_result *r, const char *key);
#line 241 "noweb/ledger.nw"
typedef struct {
  const char *id;
  const char *source;
  Ledger_kind kind;
  const char *statement;
  Ledger_verdict expected;
  void (*check)(const Ledger_options *opt, Ledger_result *r);
  Ledger_origin origin;
  const char *says;
  const char *why;
  int fixed_prec;
  const char *no_proof;
} Ledger_claim;

enum { LEDGER_PARAMS = 6 };
typedef struct {
  const char *name;
  double lo, hi;
  int lo_open, hi_open, integer;
  const char *fallback;
  const char *meaning;
  int infinite_ok;
} Ledger_param;

typedef struct {
  const char *name, *meaning, *unit;
  int nparams;
  Ledger_param param[LEDGER_PARAMS];
  void (*eval)(mpfr_t out, mpfr_t *args);
  int double_digits;
} Ledger_quantity;

typedef struct {
  double estimate, stderr_, exact, z;
  uint64_t samples;
} Ledger_mc;
void Ledger_mc_set(Ledger_mc *mc, double estimate, double stderr_, double exact, uint64_t samples);

typedef struct {
  const char *name, *meaning;
  int nparams;
  Ledger_param param[LEDGER_PARAMS];
  uint64_t samples;
  void (*run)(Ledger_mc *out, const double *args, uint64_t seed, uint64_t samples, int threads);
  const char *(*invalid)(const double *args);
  uint64_t min_samples;
} Ledger_experiment;
#line 343 "noweb/ledger.nw"
typedef struct {
  const char *name;
  const Ledger_claim *claims;
  size_t nclaims;
  const Ledger_quantity *quantities;
  size_t nquantities;
  const Ledger_experiment *experiments;
  size_t nexperiments;
  int (*write_data)(const char *dir, const Ledger_options *opt);
  const char *reference;
  const char *const *shared;
} Ledger_chapter;
#line 386 "noweb/ledger.nw"
void Ledger_value(Ledger_result *r, const mpfr_t computed, const char *printed, const char *unit);
typedef void (*Ledger_residual)(mpfr_t res, mpfr_prec_t prec, void *ctx);
void Ledger_widen(mpfr_t res, const mpfr_t a, const mpfr_t b);
void Ledger_identity(Ledger_result *r, Ledger_residual residual, void *ctx, mpfr_prec_t prec,
                     int guard);
typedef void (*Ledger_slack)(mpfr_t slack, char *where, size_t size, mpfr_prec_t prec, void *ctx);
void Ledger_inequality(Ledger_result *r, double min_slack, double error, const char *where);
void Ledger_inequality_mpfr(Ledger_result *r, Ledger_slack slack, void *ctx, mpfr_prec_t prec);
void Ledger_proved(Ledger_result *r, const char *box, long pieces, const char *noun, double lower,
                   const char *where);
void Ledger_counterexample(Ledger_result *r, Ledger_kind kind, double lo, double hi,
                           const char *where);
void Ledger_worst_certified(Ledger_result *r, double lo, double hi, const char *box, long boxes,
                            double claimed);
void Ledger_approximation(Ledger_result *r, double worst_error, const char *where, double claimed);
void Ledger_stochastic(Ledger_result *r, const Ledger_mc *mc, double zmax);
size_t Ledger_stochastic_worst(Ledger_result *r, const Ledger_mc *mc, size_t n, double zmax);
void Ledger_readings(Ledger_result *r, const char *first, const Ledger_result *a,
                     const char *second, const Ledger_result *b);
int Ledger_printed_agrees(const mpfr_t computed, const char *printed, mpfr_t gap,
                          mpfr_t half_unit);
#line 84 "noweb/ledger.nw"
#endif
