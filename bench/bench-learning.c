#line 8508 "noweb/learning.nw"
/* bench-learning.c: tangled from noweb/learning.nw; edit that, not this. */
#include <assert.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <acb_calc.h>
#include "bench-common.h"
#include "learning.h"
#include "stochastic.h"

#line 8532 "noweb/learning.nw"
static const char *const pc_reference =
  "0.7599505488176242227420495014388774170842236208031076835396089963"
  "0050924323856614515777406531464227916818956510920119504947367";
#line 8612 "noweb/learning.nw"
static int paper_integrand(acb_ptr out, const acb_t z, void *ctx, slong order, slong prec)
{
  (void)ctx, (void)order;                        /* meromorphic: nothing to report */
  acb_t w;
  acb_init(w);
  arb_t s;
  arb_init(s);
  arb_sqrt_ui(s, 5, prec);                       /* varsigma = sqrt(1 + alpha nu^2) at (1, 2) */
  acb_mul_arb(w, z, s, prec);
  arb_clear(s);
  acb_add_ui(w, w, 2, prec);
  acb_neg(w, w);
  acb_exp(w, w, prec);
  acb_add_ui(w, w, 1, prec);                     /* 1 + e^{-(nu + varsigma z)} */
  acb_mul(out, z, z, prec);
  acb_mul_2exp_si(out, out, -1);
  acb_neg(out, out);
  acb_exp(out, out, prec);
  acb_div(out, out, w, prec);
  acb_clear(w);
  return 0;
}

static void arb_pc(arb_t out, int digits)
{
  slong bits = (slong)ceil(digits * 3.321928094887362), prec = bits + 16;
  slong cut = (slong)ceil(sqrt(2 * digits * log(10.0))) + 2;
  acb_t a, b, v;
  mag_t tol;
  acb_init(a), acb_init(b), acb_init(v), mag_init(tol);
  acb_set_si(a, -cut), acb_set_si(b, cut);
  mag_set_ui_2exp_si(tol, 1, -bits - 4);
  acb_calc_integrate(v, paper_integrand, NULL, a, b, bits + 4, tol, NULL, prec);
  arb_const_pi(out, prec);
  arb_mul_2exp_si(out, out, 1);
  arb_sqrt(out, out, prec);
  arb_div(out, acb_realref(v), out, prec);
  arb_add_error_2exp_si(out, -bits - 7);         /* the tails beyond |z| = L */
  acb_clear(a), acb_clear(b), acb_clear(v), mag_clear(tol);
}
#line 8682 "noweb/learning.nw"
static double plain_realization(int N, int P, double nu, uint64_t key)
{
  signed char *xi = malloc((size_t)N * P);
  double *label = malloc(P * sizeof *label), *y = malloc(N * sizeof *y), *w = malloc(N * sizeof *w);
  assert(xi && label && y && w);
  Rng rng;
  Rng_init(&rng, 1, 299, key);
  for (int m = 0; m < P; m++) {
    label[m] = (Rng_bits(&rng) & 1) ? -1 : 1;
    for (int n = 0; n < N; n += 64) {
      uint64_t b = Rng_bits(&rng);
      for (int j = 0; j < 64 && n + j < N; j++)
        xi[(size_t)m * N + n + j] = ((b >> j) & 1) ? -1 : 1;
    }
  }
  for (int n = 0; n < N; n++)
    y[n] = Rng_normal(&rng);
  for (int n = 0; n < N; n++) {
    double F = 0;
    for (int m = 0; m < P; m++)
      F += label[m] * xi[(size_t)m * N + n];
    w[n] = nu * F / sqrt((double)N) + y[n];
  }
  double pc = 0;
  for (int m = 0; m < P; m++) {
    double d = 0;
    for (int n = 0; n < N; n++)
      d += w[n] * xi[(size_t)m * N + n];
    pc += 1 / (1 + exp(-label[m] * d / sqrt((double)N)));
  }
  free(xi), free(label), free(y), free(w);
  return pc / P;
}

#line 8521 "noweb/learning.nw"
int main(int argc, char **argv)
{
  int runs = Bench_runs(argc, argv);
  
#line 8538 "noweb/learning.nw"
{
  double *t = malloc((size_t)runs * sizeof *t);
  assert(t != NULL);
  mpfr_t a, n, p, ref;
  mpfr_inits2(337, a, n, p, (mpfr_ptr)0);
  mpfr_init2(ref, 500);
  mpfr_set_ui(a, 1, MPFR_RNDN);
  mpfr_set_ui(n, 2, MPFR_RNDN);
  for (int r = 0; r < runs; r++) {
    double t0 = Bench_seconds();
    Learning_pc(p, a, n);
    t[r] = Bench_seconds() - t0;
  }
  char note[48];
  mpfr_set_str(ref, pc_reference, 10, MPFR_RNDN);
  snprintf(note, sizeof note, "%d correct digits", Bench_correct_digits(p, ref));
  Bench_row("pc-eq20", "alpha=1,nu=2", "100 digits", t, runs, note);
  mpfr_clears(a, n, p, ref, (mpfr_ptr)0);
  free(t);
}
#line 8525 "noweb/learning.nw"
  
#line 8574 "noweb/learning.nw"
{
  static const int digits[] = {30, 100, 300};
  double *t = malloc((size_t)runs * sizeof *t), *u = malloc((size_t)runs * sizeof *u);
  assert(t && u);
  for (int k = 0; k < 3; k++) {
    mpfr_prec_t bits = (mpfr_prec_t)ceil(digits[k] * 3.321928094887362) + 4;
    mpfr_t a, n, p, mid;
    mpfr_inits2(bits, a, n, p, (mpfr_ptr)0);
    mpfr_init2(mid, bits + 64);
    mpfr_set_ui(a, 1, MPFR_RNDN);
    mpfr_set_ui(n, 2, MPFR_RNDN);
    arb_t ball;
    arb_init(ball);
    for (int r = 0; r < runs; r++) {
      double t0 = Bench_seconds();
      Learning_pc(p, a, n);
      t[r] = Bench_seconds() - t0;
      t0 = Bench_seconds();
      arb_pc(ball, digits[k]);
      u[r] = Bench_seconds() - t0;
    }
    arf_get_mpfr(mid, arb_midref(ball), MPFR_RNDN);
    char size[16], note[64];
    snprintf(size, sizeof size, "%d digits", digits[k]);
    snprintf(note, sizeof note, "%d digits agree with Arb's ball", Bench_correct_digits(p, mid));
    Bench_row("pc-eq20-vs-arb", "alpha=1,nu=2", size, t, runs, note);
    snprintf(note, sizeof note, "ball radius %.2g", mag_get_d(arb_radref(ball)));
    double med = Bench_median(u, runs);          /* sorts u: u[0] is the least */
    printf("arb\tpc-eq20-vs-arb\talpha=1,nu=2\t%s\t%.6g\t%.6g\t%.6g\t%s\n", size, med, u[0],
           u[runs - 1], note);
    arb_clear(ball);
    mpfr_clears(a, n, p, mid, (mpfr_ptr)0);
  }
  free(t), free(u);
}
#line 8526 "noweb/learning.nw"
  
#line 8659 "noweb/learning.nw"
{
  const int N = 10000, P = 10000;
  double *t = malloc((size_t)runs * sizeof *t), *u = malloc((size_t)runs * sizeof *u);
  assert(t && u);
  for (int r = 0; r < runs; r++) {
    Ledger_mc pc, info;
    double t0 = Bench_seconds();
    Learning_fig3_mc(&pc, &info, 1, 2, N, 1, 2, 1);
    t[r] = (Bench_seconds() - t0) / 2;
    t0 = Bench_seconds();
    plain_realization(N, P, 2.0, (uint64_t)r);
    u[r] = Bench_seconds() - t0;
  }
  double med = Bench_median(t, runs), plain = Bench_median(u, runs);
  char note[96];
  snprintf(note, sizeof note, "%.1fx faster than a plain dense double loop (%.3g s)", plain / med,
           plain);
  Bench_row("fig3-realization", "N=10000,alpha=1", "double", t, runs, note);
  free(t), free(u);
}
#line 8527 "noweb/learning.nw"
  return 0;
}
