#line 931 "noweb/hopfield.nw"
/* test-hopfield.c: tangled from noweb/hopfield.nw; edit that, not this. */
#include <criterion/criterion.h>
#include <math.h>
#include <stdint.h>
#include "test-ledger.h"
#include <stdlib.h>
#include <string.h>
#include "hopfield.h"

#line 953 "noweb/hopfield.nw"
Test(hopfield, at_and_above_tc_there_is_no_order)
{
  static const double ts[] = {1, 1.0000001, 2, 1e6};
  mpfr_t t, v;
  mpfr_inits2(256, t, v, (mpfr_ptr)0);
  for (int i = 0; i < 4; i++) {
    mpfr_set_d(t, ts[i], MPFR_RNDN);
    Hopfield_field(v, t);
    cr_assert(mpfr_zero_p(v), "x(%g) = %g", ts[i], mpfr_get_d(v, MPFR_RNDN));
    Hopfield_magnetisation(v, t);
    cr_assert(mpfr_zero_p(v), "m(%g) = %g", ts[i], mpfr_get_d(v, MPFR_RNDN));
  }
  mpfr_clears(t, v, (mpfr_ptr)0);
}

Test(hopfield, near_tc_the_series_holds)
{
  mpfr_t t, m, want;
  mpfr_inits2(128, t, m, want, (mpfr_ptr)0);
  double e = ldexp(1, -30);
  mpfr_set_d(t, 1 - e, MPFR_RNDN);
  Hopfield_magnetisation(m, t);
  mpfr_set_d(want, 3 * e, MPFR_RNDN);
  mpfr_sqrt(want, want, MPFR_RNDN);
  mpfr_mul_d(want, want, 1 - 0.4 * e, MPFR_RNDN);
  cr_assert_lt(Test_rel_gap(m, want), 1e-16, "m %.20g vs series %.20g",
               mpfr_get_d(m, MPFR_RNDN), mpfr_get_d(want, MPFR_RNDN));
  mpfr_clears(t, m, want, (mpfr_ptr)0);
}
#line 994 "noweb/hopfield.nw"
Test(hopfield, magnetisation_against_mpmath_digits)
{
  static const char *const ref[3][2] = {
    {"0.5", "0.957504024077268740676501530502407825286681284392964493056874"},
    {"0.9", "0.525429512658008731390195854378536220622664841677065599944811"},
    {"0.25", "0.99932567301510824360865138581845797726352825521012770320516"}};
  mpfr_t t, v, want;
  mpfr_inits2(256, t, v, want, (mpfr_ptr)0);
  for (int i = 0; i < 3; i++) {
    mpfr_set_str(t, ref[i][0], 10, MPFR_RNDN);
    Hopfield_magnetisation(v, t);
    mpfr_set_str(want, ref[i][1], 10, MPFR_RNDN);
    cr_assert_lt(Test_rel_gap(v, want), 1e-58, "m(%s)", ref[i][0]);
  }
  mpfr_clears(t, v, want, (mpfr_ptr)0);
}

Test(hopfield, solver_against_fixed_point_iteration)
{
  uint64_t state = 2024;
  mpfr_t t, m, it, prev;
  mpfr_init2(t, 53);
  mpfr_init2(m, 128);
  mpfr_inits2(200, it, prev, (mpfr_ptr)0);
  for (int k = 0; k < 20; k++) {
    mpfr_set_d(t, 0.05 + 0.9 * Test_uniform(&state), MPFR_RNDN);
    Hopfield_magnetisation(m, t);
    mpfr_set_ui(it, 1, MPFR_RNDN);
    for (int n = 0; n < 100000; n++) {
      mpfr_set(prev, it, MPFR_RNDN);
      mpfr_div(it, it, t, MPFR_RNDN);
      mpfr_tanh(it, it, MPFR_RNDN);
      if (mpfr_equal_p(it, prev))
        break;
    }
    cr_assert_lt(Test_rel_gap(m, it), ldexp(1, -120), "t = %g: m %.17g, iteration %.17g",
                 mpfr_get_d(t, MPFR_RNDN),
                 mpfr_get_d(m, MPFR_RNDN), mpfr_get_d(it, MPFR_RNDN));
  }
  mpfr_clears(t, m, it, prev, (mpfr_ptr)0);
}
#line 1041 "noweb/hopfield.nw"
Test(hopfield, ags_capacity_is_the_published_one)
{
  double m, a = Hopfield_ags_capacity(&m);
  cr_assert_float_eq(a, 0.138, 0.0005, "alpha_c = %g", a);
  cr_assert_float_eq(m, 0.967, 0.0005, "m_c = %g", m);
}
#line 1064 "noweb/hopfield.nw"
static double naive_retrieve(const signed char *xt, unsigned stride, unsigned N, unsigned P,
                             Rng *order, unsigned *sweeps, int enumerate)
{
  long *J = calloc((size_t)N * N, sizeof *J);
  signed char *s = malloc(N);
  unsigned *visit = malloc(N * sizeof *visit);
  for (unsigned i = 0; i < N; i++)
    for (unsigned j = 0; j < N; j++)
      for (unsigned mu = 0; mu < P && i != j; mu++)
        J[i * N + j] += xt[i * stride + mu] * xt[j * stride + mu];
  for (unsigned i = 0; i < N; i++)
    s[i] = xt[i * stride];
  unsigned n = 0, flips;
  do {
    Hopfield_sweep_order(visit, N, order);
    flips = 0;
    for (unsigned k = 0; k < N; k++) {
      unsigned i = visit[k];
      long h = 0;
      for (unsigned j = 0; j < N; j++)
        h += J[i * N + j] * s[j];
      if (h * s[i] < 0)
        s[i] = (signed char)-s[i], flips++;
    }
    n++;
  } while (flips > 0);
  
#line 1101 "noweb/hopfield.nw"
for (unsigned i = 0; i < N; i++) {
  long h = 0;
  for (unsigned j = 0; j < N; j++)
    h += J[i * N + j] * s[j];
  cr_assert_geq(h * s[i], 0, "unit %u of %u is not stable", i, N);
}
if (enumerate) {
  int found = 0;
  for (unsigned long c = 0; c < 1ul << N && !found; c++) {
    int fixed = 1, same = 1;
    for (unsigned i = 0; i < N && fixed; i++) {
      long h = 0;
      for (unsigned j = 0; j < N; j++)
        h += J[i * N + j] * ((c >> j) & 1 ? 1 : -1);
      fixed = h * ((c >> i) & 1 ? 1 : -1) >= 0;
      same = same && ((c >> i) & 1 ? 1 : -1) == s[i];
    }
    found = fixed && same;
  }
  cr_assert(found, "the final state is not among the enumerated fixed points");
}
#line 1091 "noweb/hopfield.nw"
  long M0 = 0;
  for (unsigned i = 0; i < N; i++)
    M0 += xt[i * stride] * s[i];
  *sweeps = n;
  free(J), free(s), free(visit);
  return (double)M0 / N;
}
#line 1125 "noweb/hopfield.nw"
Test(hopfield, retrieval_against_a_weight_matrix)
{
  uint64_t state = 77;
  for (int k = 0; k < 60; k++) {
    unsigned N = k < 10 ? 8 + (unsigned)(5 * Test_uniform(&state))
                        : 8 + (unsigned)(65 * Test_uniform(&state));
    unsigned P = 1 + (unsigned)(N / 2 * Test_uniform(&state));
    signed char *xt = malloc((size_t)N * P);
    Rng pat, a, b;
    Rng_init(&pat, 5, 1, (uint64_t)k);
    Hopfield_patterns_draw(xt, N, 0, P, P, &pat);
    Rng_init(&a, 5, 2, (uint64_t)k), Rng_init(&b, 5, 2, (uint64_t)k);
    unsigned sa, sb;
    double ma = Hopfield_zero_t_retrieve(xt, P, N, P, &a, &sa);
    double mb = naive_retrieve(xt, P, N, P, &b, &sb, N <= 12);
    cr_assert(ma == mb && sa == sb, "N %u P %u: overlaps %.17g vs %.17g, sweeps %u vs %u", N, P,
              ma, mb, sa, sb);
    free(xt);
  }
}
#line 1160 "noweb/hopfield.nw"
Test(hopfield, retrieval_is_perfect_at_low_load_and_lost_at_high_load)
{
  unsigned N = 1000;
  signed char *xt = malloc((size_t)N * 300);
  for (uint64_t k = 0; k < 20; k++) {
    Rng pat, order;
    Rng_init(&pat, 6, 1, k), Rng_init(&order, 6, 2, k);
    Hopfield_patterns_draw(xt, N, 0, 20, 300, &pat);
    unsigned sweeps;
    cr_assert_eq(Hopfield_zero_t_retrieve(xt, 300, N, 1, &order, &sweeps), 1.0);
    cr_assert_eq(sweeps, 1);
    cr_assert_eq(Hopfield_zero_t_retrieve(xt, 300, N, 20, &order, NULL), 1.0, "set %d", (int)k);
  }
  for (uint64_t k = 0; k < 10; k++) {
    Rng pat, order;
    Rng_init(&pat, 7, 1, k), Rng_init(&order, 7, 2, k);
    Hopfield_patterns_draw(xt, N, 0, 300, 300, &pat);
    unsigned sweeps;
    double m = Hopfield_zero_t_retrieve(xt, 300, N, 300, &order, &sweeps);
    cr_assert_lt(m, 0.6, "set %d: m = %g", (int)k, m);
    cr_assert_lt(sweeps, HOPFIELD_MAX_SWEEPS / 10, "set %d: %u sweeps", (int)k, sweeps);
  }
  free(xt);
}
#line 1204 "noweb/hopfield.nw"
Test(hopfield, every_set_fails_inside_the_scan)
{
  static const unsigned Ns[] = {500, 1000};
  for (int n = 0; n < 2; n++) {
    unsigned N = Ns[n], P0 = (unsigned)lround(0.08 * N), dP = (unsigned)lround(0.0025 * N);
    dP = dP < 1 ? 1 : dP;
    double sum = 0;
    for (uint64_t k = 0; k < 64; k++) {
      double a = Hopfield_first_failure(N, 11, k);
      cr_assert(a > (P0 + 0.5 * dP) / N && a < 0.4, "N %u set %d: %g", N, (int)k, a);
      sum += a;
    }
    Stats st;
    Hopfield_capacity_at(&st, N, 64, 11, 2);
    cr_assert_float_eq(Stats_mean(&st), sum / 64, 1e-14, "N %u: %.17g vs %.17g", N,
                       Stats_mean(&st), sum / 64);
  }
}
#line 1228 "noweb/hopfield.nw"
Test(hopfield, capacity_is_bit_identical_across_threads)
{
  Stats one, two, three;
  Hopfield_capacity_at(&one, 300, 24, 3, 1);
  Hopfield_capacity_at(&two, 300, 24, 3, 2);
  Hopfield_capacity_at(&three, 300, 24, 3, 3);
  cr_assert(memcmp(&one, &two, sizeof one) == 0 && memcmp(&one, &three, sizeof one) == 0,
            "means %.17g %.17g %.17g", Stats_mean(&one), Stats_mean(&two), Stats_mean(&three));
}
#line 1249 "noweb/hopfield.nw"
Test(hopfield, the_fits_recover_a_known_law)
{
  static const double xs[] = {0.5, 1};
  for (int k = 0; k < 2; k++) {
    Hopfield_capacity_fss f = {.n = 5};
    for (int i = 0; i < 5; i++) {
      f.N[i] = 500u << i;
      f.mean[i] = 0.138 + 0.8 * pow(f.N[i], -xs[k]);
      f.stderr_[i] = 0.55 / sqrt(f.N[i] * 48.0);
    }
    double a, se, chi2, lo, hi, x;
    Hopfield_capacity_extrapolate(&f, xs[k], &a, &se, &chi2);
    cr_assert_float_eq(a, 0.138, 1e-12, "x = %g: %.17g", xs[k], a);
    cr_assert_lt(chi2, 1e-12, "x = %g: chi2 %g", xs[k], chi2);
    Hopfield_capacity_free_exponent(&f, &a, &lo, &hi, &x);
    cr_assert_float_eq(x, xs[k], 1e-9, "x = %g: found %g", xs[k], x);
    cr_assert_float_eq(a, 0.138, 1e-4, "x = %g: alpha %.6f", xs[k], a);
    cr_assert(lo <= 0.138 && 0.138 <= hi && (hi - lo) / 2 > se, "[%g, %g] vs se %g", lo, hi, se);
  }
}
