#line 800 "noweb/hopfield.nw"
/* test-hopfield.c: tangled from noweb/hopfield.nw; edit that, not this. */
#include <criterion/criterion.h>
#include <math.h>
#include <stdint.h>
#include "test-ledger.h"
#include "hopfield.h"

#line 819 "noweb/hopfield.nw"
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
#line 860 "noweb/hopfield.nw"
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
#line 907 "noweb/hopfield.nw"
Test(hopfield, ags_capacity_is_the_published_one)
{
  double m, a = Hopfield_ags_capacity(&m);
  cr_assert_float_eq(a, 0.138, 0.0005, "alpha_c = %g", a);
  cr_assert_float_eq(m, 0.967, 0.0005, "m_c = %g", m);
}
