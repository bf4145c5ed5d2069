#line 52 "noweb/review.nw"
/* review.c: tangled from noweb/review.nw; edit that, not this. */
#line 63 "noweb/review.nw"
#include "review.h"
#include <assert.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "numerics.h"
#include "stochastic.h"
#line 80 "noweb/review.nw"
enum { SI_GUARD = 16 };
static const char *const k_B = "1.380649e-23";
static const char *const e_charge = "1.602176634e-19";

void Review_boltzmann(mpfr_t out)
{
  mpfr_set_str(out, k_B, 10, MPFR_RNDN);
}

void Review_landauer_J(mpfr_t out, const mpfr_t T)
{
  assert(mpfr_cmp_ui(T, 0) > 0);
  mpfr_t k;
  mpfr_init2(k, mpfr_get_prec(out) + SI_GUARD);
  mpfr_set_str(k, k_B, 10, MPFR_RNDN);
  mpfr_mul(k, k, T, MPFR_RNDN);
  mpfr_t ln2;
  mpfr_init2(ln2, mpfr_get_prec(out) + SI_GUARD);
  mpfr_const_log2(ln2, MPFR_RNDN);
  mpfr_mul(out, k, ln2, MPFR_RNDN);
  mpfr_clears(k, ln2, (mpfr_ptr)0);
}

void Review_landauer_eV(mpfr_t out, const mpfr_t T)
{
  mpfr_t J, e;
  mpfr_inits2(mpfr_get_prec(out) + SI_GUARD, J, e, (mpfr_ptr)0);
  Review_landauer_J(J, T);
  mpfr_set_str(e, e_charge, 10, MPFR_RNDN);
  mpfr_div(out, J, e, MPFR_RNDN);
  mpfr_clears(J, e, (mpfr_ptr)0);
}
#line 207 "noweb/review.nw"
enum { PROTOCOL_GUARD = 32 };

void Review_erasure_bound(mpfr_t out, const mpfr_t p)
{
  assert(mpfr_cmp_ui(p, 0) >= 0 && mpfr_cmp_ui(p, 1) <= 0);
  mpfr_t h, ln2;
  mpfr_inits2(mpfr_get_prec(out) + PROTOCOL_GUARD, h, ln2, (mpfr_ptr)0);
  Num_binary_entropy(h, p);
  mpfr_const_log2(ln2, MPFR_RNDN);
  mpfr_sub(out, ln2, h, MPFR_RNDN);
  mpfr_clears(h, ln2, (mpfr_ptr)0);
}

static void final_level(mpfr_t eps, const mpfr_t p)
{
  assert(mpfr_cmp_ui(p, 0) > 0 && mpfr_cmp_d(p, 0.5) <= 0);
  mpfr_ui_sub(eps, 1, p, MPFR_RNDN);
  mpfr_div(eps, eps, p, MPFR_RNDN);
  mpfr_log(eps, eps, MPFR_RNDN);
}

void Review_protocol_work(mpfr_t out, const mpfr_t p, unsigned long K)
{
  assert(K >= 1);
  mpfr_prec_t w = mpfr_get_prec(out) + PROTOCOL_GUARD;
  mpfr_t eps, delta, level, occ, sum;
  mpfr_inits2(w, eps, delta, level, occ, sum, (mpfr_ptr)0);
  final_level(eps, p);
  mpfr_div_ui(delta, eps, K, MPFR_RNDN);
  mpfr_set_zero(sum, 1);
  for (unsigned long k = 0; k < K; k++) {
    mpfr_mul_ui(level, delta, k, MPFR_RNDN);
    mpfr_neg(level, level, MPFR_RNDN);
    Num_logistic(occ, level);                    /* pi(k Delta) */
    mpfr_add(sum, sum, occ, MPFR_RNDN);
  }
  mpfr_mul(sum, sum, delta, MPFR_RNDN);
  mpfr_mul(eps, eps, p, MPFR_RNDN);
  mpfr_sub(out, sum, eps, MPFR_RNDN);             /* review eq. (WK) */
  mpfr_clears(eps, delta, level, occ, sum, (mpfr_ptr)0);
}
#line 255 "noweb/review.nw"
static void occupation(mpfr_t y, const mpfr_t eps, void *ctx)
{
  (void)ctx;
  mpfr_t m;
  mpfr_init2(m, mpfr_get_prec(y));
  mpfr_neg(m, eps, MPFR_RNDN);
  Num_logistic(y, m);
  mpfr_clear(m);
}

int Review_quasistatic_work(mpfr_t out, const mpfr_t p)
{
  mpfr_prec_t w = mpfr_get_prec(out) + PROTOCOL_GUARD;
  mpfr_t eps, zero, integral, err;
  mpfr_inits2(w, eps, zero, integral, (mpfr_ptr)0);
  mpfr_init2(err, 64);
  final_level(eps, p);
  mpfr_set_zero(zero, 1);
  int status = 0;
  if (mpfr_zero_p(eps))
    mpfr_set_zero(integral, 1);
  else
    status = Num_integrate(integral, err, occupation, NULL, zero, eps, 0, NULL);
  mpfr_mul(eps, eps, p, MPFR_RNDN);
  mpfr_sub(out, integral, eps, MPFR_RNDN);       /* review eq. (Winf) */
  mpfr_clears(eps, zero, integral, err, (mpfr_ptr)0);
  return status;
}
#line 303 "noweb/review.nw"
enum { REPLICATES = 64, EXPERIMENT_ERASURE = 1 };

typedef struct {
  double p, eps, delta;
  unsigned long K;
  uint64_t seed, samples;
} Erasure_run;

static void erasure_block(uint64_t block, void *ctx, Stats *out)
{
  const Erasure_run *e = ctx;
  uint64_t first = e->samples * block / REPLICATES, last = e->samples * (block + 1) / REPLICATES;
  Rng rng;
  Rng_init(&rng, e->seed, EXPERIMENT_ERASURE, block);
  Stats_init(out);
  for (uint64_t t = first; t < last; t++) {
    double work = 0;
    for (unsigned long k = 0; k < e->K; k++)
      if (Rng_uniform(&rng) < 1 / (1 + exp(k * e->delta)))
        work += e->delta;
    if (Rng_uniform(&rng) < e->p)
      work -= e->eps;
    Stats_add(out, work);
  }
}
#line 340 "noweb/review.nw"
void Review_erasure_mc(Ledger_mc *out, double p, unsigned long K, uint64_t seed, uint64_t samples,
                       int threads)
{
  assert(p > 0 && p <= 0.5 && K >= 1 && samples >= 1);
  Erasure_run e = {.p = p, .eps = log((1 - p) / p), .K = K, .seed = seed, .samples = samples};
  e.delta = e.eps / (double)K;
  Stats total;
  Stats_parallel(&total, REPLICATES, threads, erasure_block, &e);
  mpfr_t pp, exact;
  mpfr_inits2(128, pp, exact, (mpfr_ptr)0);
  mpfr_set_d(pp, p, MPFR_RNDN);
  Review_protocol_work(exact, pp, K);
  out->estimate = Stats_mean(&total);
  out->stderr_ = Stats_stderr(&total);
  out->exact = mpfr_get_d(exact, MPFR_RNDN);
  out->z = out->stderr_ > 0 ? Stats_z(out->estimate, out->stderr_, out->exact) : NAN;
  out->samples = total.n;
  mpfr_clears(pp, exact, (mpfr_ptr)0);
}
#line 380 "noweb/review.nw"
static void check_boltzmann(const Ledger_options *o, Ledger_result *r)
{
  mpfr_t k;
  mpfr_init2(k, o->prec);
  Review_boltzmann(k);
  Ledger_value(r, k, "1.381e-23", "J/K");
  mpfr_clear(k);
}

static void landauer_at_300K(const Ledger_options *o, Ledger_result *r, int eV)
{
  mpfr_t T, v;
  mpfr_inits2(o->prec, T, v, (mpfr_ptr)0);
  mpfr_set_ui(T, 300, MPFR_RNDN);
  if (eV)
    Review_landauer_eV(v, T), Ledger_value(r, v, "0.018", "eV");
  else
    Review_landauer_J(v, T), Ledger_value(r, v, "2.9e-21", "J");
  mpfr_clears(T, v, (mpfr_ptr)0);
}
static void check_landauer_J(const Ledger_options *o, Ledger_result *r) { landauer_at_300K(o, r, 0); }
static void check_landauer_eV(const Ledger_options *o, Ledger_result *r) { landauer_at_300K(o, r, 1); }
#line 411 "noweb/review.nw"
static void limits_residual(mpfr_t res, mpfr_prec_t prec, void *ctx)
{
  (void)ctx;
  static const double at[3] = {0, 0.5, 1};
  mpfr_t p, b, want;
  mpfr_inits2(prec, p, b, want, (mpfr_ptr)0);
  mpfr_set_zero(res, 1);
  for (int i = 0; i < 3; i++) {
    mpfr_set_d(p, at[i], MPFR_RNDN);
    Review_erasure_bound(b, p);
    if (at[i] == 0.5)
      mpfr_set_zero(want, 1);
    else
      mpfr_const_log2(want, MPFR_RNDN);
    mpfr_sub(b, b, want, MPFR_RNDN);
    mpfr_abs(b, b, MPFR_RNDN);
    mpfr_max(res, res, b, MPFR_RNDN);
  }
  mpfr_clears(p, b, want, (mpfr_ptr)0);
}

static void check_limits(const Ledger_options *o, Ledger_result *r)
{
  Ledger_identity(r, limits_residual, NULL, o->prec, 4);
}
#line 454 "noweb/review.nw"
static void quasistatic_residual(mpfr_t res, mpfr_prec_t prec, void *ctx)
{
  (void)ctx;
  mpfr_t p, w, b;
  mpfr_inits2(prec, p, w, b, (mpfr_ptr)0);
  mpfr_set_zero(res, 1);
  for (int i = 1; i <= 27; i++) {
    if (i <= 12)
      mpfr_set_ui(p, 10, MPFR_RNDN), mpfr_pow_si(p, p, -i, MPFR_RNDN);
    else
      mpfr_set_ui(p, (unsigned long)(i - 12), MPFR_RNDN), mpfr_div_ui(p, p, 32, MPFR_RNDN);
    if (Review_quasistatic_work(w, p) != 0) {
      mpfr_set_nan(res);
      break;
    }
    Review_erasure_bound(b, p);
    mpfr_sub(w, w, b, MPFR_RNDN);
    mpfr_abs(w, w, MPFR_RNDN);
    mpfr_max(res, res, w, MPFR_RNDN);
  }
  mpfr_clears(p, w, b, (mpfr_ptr)0);
}

static void check_quasistatic(const Ledger_options *o, Ledger_result *r)
{
  Ledger_identity(r, quasistatic_residual, NULL, o->prec, 8);
}
#line 495 "noweb/review.nw"
static void check_second_law(const Ledger_options *o, Ledger_result *r)
{
  mpfr_prec_t prec = o->prec < 64 ? 64 : o->prec;
  mpfr_t p, w, b, slack, min;
  mpfr_inits2(prec, p, w, b, slack, min, (mpfr_ptr)0);
  mpfr_set_inf(min, 1);
  char where[64] = "";
  for (int j = 0; j <= 10; j++)
    for (int i = 1; i <= 31; i++) {
      mpfr_set_ui(p, (unsigned long)i, MPFR_RNDN);
      mpfr_div_ui(p, p, 64, MPFR_RNDN);
      Review_protocol_work(w, p, 1ul << j);
      Review_erasure_bound(b, p);
      mpfr_sub(slack, w, b, MPFR_RNDN);
      if (mpfr_less_p(slack, min))
        mpfr_set(min, slack, MPFR_RNDN), snprintf(where, sizeof where, "K = %lu, p = %d/64", 1ul << j, i);
    }
  
#line 519 "noweb/review.nw"
mpfr_set_d(p, 0.1, MPFR_RNDN);
Review_protocol_work(w, p, 1024);
Review_erasure_bound(b, p);
mpfr_sub(slack, w, b, MPFR_RNDN);
mpfr_mul_ui(slack, slack, 1024, MPFR_RNDN);
Ledger_field_mpfr(r, "K_excess_at_K1024_p0.1", slack, 10);
final_level(w, p);
mpfr_mul_d(w, w, 0.5 * (0.5 - 0.1), MPFR_RNDN);
Ledger_field_mpfr(r, "B_at_p0.1", w, 10);
#line 513 "noweb/review.nw"
  Ledger_inequality(r, mpfr_get_d(min, MPFR_RNDN), where);
  mpfr_clears(p, w, b, slack, min, (mpfr_ptr)0);
}
#line 541 "noweb/review.nw"
enum { ERASURE_SAMPLES = 1000000, ERASURE_STEPS = 16 };

static void check_simulation(const Ledger_options *o, Ledger_result *r)
{
  Ledger_mc mc;
  Review_erasure_mc(&mc, 0.1, ERASURE_STEPS, o->seed, o->samples ? o->samples : ERASURE_SAMPLES,
                    o->threads);
  Ledger_stochastic(r, &mc, 4);
  mpfr_t p, b;
  mpfr_inits2(128, p, b, (mpfr_ptr)0);
  mpfr_set_d(p, 0.1, MPFR_RNDN);
  Review_erasure_bound(b, p);
  Ledger_field_double(r, "z_above_bound", (mc.estimate - mpfr_get_d(b, MPFR_RNDN)) / mc.stderr_);
  mpfr_clears(p, b, (mpfr_ptr)0);
}
#line 572 "noweb/review.nw"
static int write_erasure_curves(const char *dir, mpfr_prec_t prec)
{
  char path[4096];
  snprintf(path, sizeof path, "%s/review-erasure.tsv", dir);
  Ledger_out o;
  if (Ledger_open_atomic(&o, path) != 0)
    return fprintf(stderr, "thermolit: cannot write %s: %s\n", path, strerror(errno)), -1;
  mpfr_t p, v;
  mpfr_inits2(prec, p, v, (mpfr_ptr)0);
  fputs("# p\tbound\tW_1\tW_4\tW_16  (units of kT; review eqs. bound and WK)\n", o.f);
  for (int i = 1; i <= 99; i++) {
    mpfr_set_ui(p, (unsigned long)i, MPFR_RNDN);
    mpfr_div_ui(p, p, 200, MPFR_RNDN);
    Review_erasure_bound(v, p);
    mpfr_fprintf(o.f, "%.6Rf\t%.10Re", p, v);
    for (unsigned long K = 1; K <= 16; K *= 4)
      Review_protocol_work(v, p, K), mpfr_fprintf(o.f, "\t%.10Re", v);
    fputc('\n', o.f);
  }
  mpfr_clears(p, v, (mpfr_ptr)0);
  return Ledger_close_atomic(&o, 1) == 0 ? 0
         : (fprintf(stderr, "thermolit: cannot write %s: %s\n", path, strerror(errno)), -1);
}

static int write_erasure_points(const char *dir, const Ledger_options *opt)
{
  static const double ps[] = {0.05, 0.1, 0.2, 0.3, 0.4};
  char path[4096];
  snprintf(path, sizeof path, "%s/review-erasure-mc.tsv", dir);
  Ledger_out o;
  if (Ledger_open_atomic(&o, path) != 0)
    return fprintf(stderr, "thermolit: cannot write %s: %s\n", path, strerror(errno)), -1;
  fputs("# p\tK\testimate\tstderr\texact\tz\tsamples\n", o.f);
  for (size_t i = 0; i < sizeof ps / sizeof ps[0]; i++)
    for (unsigned long K = 1; K <= 16; K *= 4) {
      Ledger_mc mc;
      Review_erasure_mc(&mc, ps[i], K, opt->seed, 100000, opt->threads);
      fprintf(o.f, "%g\t%lu\t%.10g\t%.4g\t%.10g\t%.3f\t%llu\n", ps[i], K, mc.estimate, mc.stderr_,
              mc.exact, mc.z, (unsigned long long)mc.samples);
    }
  return Ledger_close_atomic(&o, 1) == 0 ? 0
         : (fprintf(stderr, "thermolit: cannot write %s: %s\n", path, strerror(errno)), -1);
}

static int write_data(const char *dir, const Ledger_options *opt)
{
  return write_erasure_curves(dir, 64) | write_erasure_points(dir, opt);
}
#line 657 "noweb/review.nw"
static const Ledger_claim claims[] = {
  {"review.boltzmann", "review Sec. 1.1", LEDGER_VALUE,
   "Boltzmann's constant is 1.381e-23 J/K", LEDGER_VERIFIED, check_boltzmann},
  {"review.landauer_J", "review Sec. 1.1", LEDGER_VALUE,
   "kT ln 2 at 300 K is about 2.9e-21 J", LEDGER_VERIFIED, check_landauer_J},
  {"review.landauer_eV", "review Sec. 1.1", LEDGER_VALUE,
   "kT ln 2 at 300 K is about 0.018 eV", LEDGER_VERIFIED, check_landauer_eV},
  {"review.erasure_bound.limits", "landauer eq. (1); review Sec. 1.1", LEDGER_IDENTITY,
   "ln 2 - H(p) is ln 2 for a perfect erasure (p = 0 or 1) and 0 at p = 1/2", LEDGER_VERIFIED,
   check_limits},
  {"review.erasure_bound.quasistatic", "landauer eq. (1)", LEDGER_IDENTITY,
   "a quasi-static two-level erasure with error p costs exactly kT (ln 2 - H(p))", LEDGER_VERIFIED,
   check_quasistatic},
  {"review.erasure_bound.second_law", "landauer eq. (1); review Sec. 1.2", LEDGER_INEQUALITY,
   "a K-step erasure with error p costs at least kT (ln 2 - H(p)), the excess falling as 1/K",
   LEDGER_VERIFIED, check_second_law},
  {"review.erasure_bound.simulation", "landauer eq. (1)", LEDGER_STOCHASTIC,
   "simulated 16-step erasures with p = 0.1 match the exact mean work, above the bound",
   LEDGER_VERIFIED, check_simulation},
};
#line 682 "noweb/review.nw"
static void eval_landauer_J(mpfr_t out, mpfr_t *a) { Review_landauer_J(out, a[0]); }
static void eval_landauer_eV(mpfr_t out, mpfr_t *a) { Review_landauer_eV(out, a[0]); }
static void eval_erasure_bound(mpfr_t out, mpfr_t *a) { Review_erasure_bound(out, a[0]); }
static void eval_protocol_work(mpfr_t out, mpfr_t *a)
{
  Review_protocol_work(out, a[0], mpfr_get_ui(a[1], MPFR_RNDN));
}

#define TEMPERATURE {"T", 0, INFINITY, 1, 0, 0, NULL, "temperature in K"}
static const Ledger_quantity quantities[] = {
  {"review.landauer_J", "kT ln 2, the Landauer bound", "J", 1, {TEMPERATURE}, eval_landauer_J},
  {"review.landauer_eV", "kT ln 2 / e", "eV", 1, {TEMPERATURE}, eval_landauer_eV},
  {"review.erasure_bound", "ln 2 - H(p), landauer eq. (1)", "kT", 1,
   {{"p", 0, 1, 0, 0, 0, NULL, "error probability"}}, eval_erasure_bound},
  {"review.protocol_work", "exact mean work of the K-step two-level erasure", "kT", 2,
   {{"p", 0, 0.5, 1, 0, 0, NULL, "error probability"},
    {"steps", 1, 1e6, 0, 0, 1, NULL, "number of steps K"}}, eval_protocol_work},
};

static void run_erasure(Ledger_mc *out, const double *a, uint64_t seed, uint64_t samples, int threads)
{
  Review_erasure_mc(out, a[0], (unsigned long)a[1], seed, samples, threads);
}

static const Ledger_experiment experiments[] = {
  {"review.erasure", "mean work (kT) of simulated K-step erasures with error p", 2,
   {{"p", 0, 0.5, 1, 0, 0, "0.1", "error probability"},
    {"steps", 1, 1e6, 0, 0, 1, "16", "number of steps K"}}, ERASURE_SAMPLES, run_erasure},
};

const Ledger_chapter Review_chapter = {
  "review", claims, sizeof claims / sizeof claims[0], quantities,
  sizeof quantities / sizeof quantities[0], experiments, sizeof experiments / sizeof experiments[0],
  write_data};
