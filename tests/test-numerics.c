#line 1462 "noweb/numerics.nw"
/* test-numerics.c: tangled from noweb/numerics.nw; edit that, not this. */
#include <criterion/criterion.h>
#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include "numerics.h"

#line 1486 "noweb/numerics.nw"
static const mpfr_prec_t test_precs[] = {53, 256, 1024, 4096};
#define NPRECS (sizeof test_precs / sizeof test_precs[0])

static double ulps_apart(const mpfr_t got, const mpfr_t want, mpfr_prec_t p)
{
    if (mpfr_zero_p(want))
        return mpfr_zero_p(got) ? 0.0 : 1e300;
    mpfr_t d;
    mpfr_init2(d, mpfr_get_prec(got) + mpfr_get_prec(want) + 64);
    mpfr_sub(d, got, want, MPFR_RNDN);
    mpfr_abs(d, d, MPFR_RNDN);
    mpfr_mul_2si(d, d, (long) p - mpfr_get_exp(want), MPFR_RNDN);
    double r = mpfr_get_d(d, MPFR_RNDU);
    mpfr_clear(d);
    return r;
}

static char *fmt(const mpfr_t x)
{
    char *s = NULL;
    mpfr_asprintf(&s, "%.40Rg", x);
    return s;
}

#define CHECK_ULPS(got, want, p, maxulps, what)                                   \
    do {                                                                          \
        double u_ = ulps_apart((got), (want), (p));                               \
        cr_assert(u_ <= (maxulps), "%s at %ld bits: got %s, want %s (%.3g ulps)", \
                  (what), (long) (p), fmt(got), fmt(want), u_);                   \
    } while (0)
#line 1523 "noweb/numerics.nw"
static uint64_t splitmix64(uint64_t *s)
{
    uint64_t z = (*s += 0x9e3779b97f4a7c15u);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
}

static double uniform_dyadic(uint64_t *s)
{
    return (double) (splitmix64(s) >> 40) / 16777216.0;
}
#line 1906 "noweb/numerics.nw"
static void check_integral(const char *what, mpfr_prec_t p, Num_integrand f, void *ctx,
                           const mpfr_t a, const mpfr_t b, size_t nb, const mpfr_t *br,
                           const mpfr_t want)
{
    mpfr_t r, err, bound;
    mpfr_init2(r, p);
    mpfr_init2(err, 64);
    mpfr_init2(bound, p + 64);
    int status = Num_integrate(r, err, f, ctx, a, b, nb, br);
    cr_assert(status == 0, "%s at %ld bits: status %d, result %s, abserr %s", what,
              (long) p, status, fmt(r), fmt(err));
    CHECK_ULPS(r, want, p, 4.0, what);
    mpfr_sub(bound, r, want, MPFR_RNDN);
    mpfr_abs(bound, bound, MPFR_RNDN);
    mpfr_set_ui_2exp(r, 3, mpfr_get_exp(want) - (mpfr_exp_t) p - 1, MPFR_RNDN);
    mpfr_sub(bound, bound, r, MPFR_RNDN);
    cr_assert(mpfr_lessequal_p(bound, err), "%s at %ld bits: abserr %s below actual error",
              what, (long) p, fmt(err));
    mpfr_clears(r, err, bound, (mpfr_ptr) 0);
}
#line 1817 "noweb/numerics.nw"
static void f_gauss(mpfr_t y, const mpfr_t x, void *ctx)
{
    (void) ctx;
    mpfr_sqr(y, x, MPFR_RNDN);
    mpfr_neg(y, y, MPFR_RNDN);
    mpfr_exp(y, y, MPFR_RNDN);
}

static void f_sech2(mpfr_t y, const mpfr_t x, void *ctx)
{
    (void) ctx;
    mpfr_sech(y, x, MPFR_RNDN);
    mpfr_sqr(y, y, MPFR_RNDN);
}

static void f_xk_exp(mpfr_t y, const mpfr_t x, void *ctx)
{
    unsigned long k = *(const unsigned long *) ctx;
    mpfr_t e;
    mpfr_init2(e, mpfr_get_prec(y));
    mpfr_neg(e, x, MPFR_RNDN);
    mpfr_exp(e, e, MPFR_RNDN);
    mpfr_pow_ui(y, x, k, MPFR_RNDN);
    mpfr_mul(y, y, e, MPFR_RNDN);
    mpfr_clear(e);
}

static void f_mirrored_xk_exp(mpfr_t y, const mpfr_t x, void *ctx)
{
    mpfr_t mx;
    mpfr_init2(mx, mpfr_get_prec(x));
    mpfr_neg(mx, x, MPFR_RNDN);
    f_xk_exp(y, mx, ctx);
    mpfr_clear(mx);
}

static void f_rsqrt(mpfr_t y, const mpfr_t x, void *ctx)
{
    (void) ctx;
    mpfr_rec_sqrt(y, x, MPFR_RNDN);
}

static void f_log(mpfr_t y, const mpfr_t x, void *ctx)
{
    (void) ctx;
    mpfr_log(y, x, MPFR_RNDN);
}

static void f_abs(mpfr_t y, const mpfr_t x, void *ctx)
{
    (void) ctx;
    mpfr_abs(y, x, MPFR_RNDN);
}

static void f_lorentz(mpfr_t y, const mpfr_t x, void *ctx)
{
    (void) ctx;
    mpfr_sqr(y, x, MPFR_RNDN);
    mpfr_add_ui(y, y, 1, MPFR_RNDN);
    mpfr_ui_div(y, 1, y, MPFR_RNDN);
}

static void f_x_gauss(mpfr_t y, const mpfr_t x, void *ctx)
{
    f_gauss(y, x, ctx);
    mpfr_mul(y, y, x, MPFR_RNDN);
}

typedef struct {
    int degree;
    double c[9];
} Poly;

static void f_poly(mpfr_t y, const mpfr_t x, void *ctx)
{
    const Poly *P = ctx;
    mpfr_set_d(y, P->c[P->degree], MPFR_RNDN);
    for (int i = P->degree - 1; i >= 0; i--) {
        mpfr_mul(y, y, x, MPFR_RNDN);
        mpfr_add_d(y, y, P->c[i], MPFR_RNDN);
    }
}
#line 1542 "noweb/numerics.nw"
Test(numerics, entropy_and_xlogx_edges)
{
    for (size_t i = 0; i < NPRECS; i++) {
        mpfr_prec_t p = test_precs[i];
        mpfr_t h, x, want;
        mpfr_inits2(p, h, x, (mpfr_ptr) 0);
        mpfr_init2(want, p + 64);
        mpfr_set_ui(x, 0, MPFR_RNDN);
        Num_binary_entropy(h, x);
        cr_assert(mpfr_zero_p(h), "H(0) = %s", fmt(h));
        Num_xlogx(h, x);
        cr_assert(mpfr_zero_p(h), "xlogx(0) = %s", fmt(h));
        mpfr_set_ui(x, 1, MPFR_RNDN);
        Num_binary_entropy(h, x);
        cr_assert(mpfr_zero_p(h), "H(1) = %s", fmt(h));
        Num_xlogx(h, x);
        cr_assert(mpfr_zero_p(h), "xlogx(1) = %s", fmt(h));
        mpfr_set_d(x, 0.5, MPFR_RNDN);
        Num_binary_entropy(h, x);
        mpfr_const_log2(want, MPFR_RNDN);
        CHECK_ULPS(h, want, p, 1.0, "H(1/2) vs ln 2");
        mpfr_clears(h, x, want, (mpfr_ptr) 0);
    }
}
#line 1577 "noweb/numerics.nw"
static void entropy_series(mpfr_t h, const mpfr_t p)
{
    mpfr_prec_t q = mpfr_get_prec(h);
    mpfr_t term, pk;
    mpfr_inits2(q, term, pk, (mpfr_ptr) 0);
    mpfr_log(h, p, MPFR_RNDN);
    mpfr_ui_sub(h, 1, h, MPFR_RNDN);
    mpfr_mul(h, h, p, MPFR_RNDN);
    mpfr_set(pk, p, MPFR_RNDN);
    for (unsigned long k = 2;; k++) {
        mpfr_mul(pk, pk, p, MPFR_RNDN);
        mpfr_div_ui(term, pk, k * (k - 1), MPFR_RNDN);
        mpfr_sub(h, h, term, MPFR_RNDN);
        if (mpfr_get_exp(term) < mpfr_get_exp(h) - (mpfr_exp_t) q - 8)
            break;
    }
    mpfr_clears(term, pk, (mpfr_ptr) 0);
}

Test(numerics, entropy_tiny_and_near_one)
{
    for (size_t i = 0; i < NPRECS; i++) {
        mpfr_prec_t P = test_precs[i];
        mpfr_t h, x, xo, want;
        mpfr_init2(h, P);
        mpfr_init2(x, P);
        mpfr_inits2(4 * P + 64, xo, want, (mpfr_ptr) 0);
        mpfr_set_str(x, "1e-300", 10, MPFR_RNDN);
        mpfr_set(xo, x, MPFR_RNDN);
        Num_binary_entropy(h, x);
        entropy_series(want, xo);
        CHECK_ULPS(h, want, P, 1.0, "H(1e-300) vs series");
        mpfr_set_ui_2exp(x, 1, -100, MPFR_RNDN);
        mpfr_set(xo, x, MPFR_RNDN);
        Num_binary_entropy(h, x);
        entropy_series(want, xo);
        CHECK_ULPS(h, want, P, 1.0, "H(2^-100) vs series");
        mpfr_t near_one;
        mpfr_init2(near_one, 101);
        mpfr_ui_sub(near_one, 1, xo, MPFR_RNDN);
        Num_binary_entropy(h, near_one);
        CHECK_ULPS(h, want, P, 1.0, "H(1-2^-100) vs series at 2^-100");
        mpfr_clears(h, x, xo, want, near_one, (mpfr_ptr) 0);
    }
}
#line 1629 "noweb/numerics.nw"
Test(numerics, entropy_symmetry_random)
{
    gmp_randstate_t rs;
    gmp_randinit_default(rs);
    gmp_randseed_ui(rs, 20240611u);
    for (size_t i = 0; i < NPRECS; i++) {
        mpfr_prec_t P = test_precs[i];
        mpfr_t p, q, hp, hq;
        mpfr_inits2(P, p, q, hp, hq, (mpfr_ptr) 0);
        for (int n = 0; n < 20; n++) {
            do
                mpfr_urandomb(p, rs);
            while (mpfr_zero_p(p));
            int exact = mpfr_ui_sub(q, 1, p, MPFR_RNDN);
            cr_assert(exact == 0, "1-p not exact");
            Num_binary_entropy(hp, p);
            Num_binary_entropy(hq, q);
            CHECK_ULPS(hp, hq, P, 2.0, "H(p) vs H(1-p)");
        }
        mpfr_clears(p, q, hp, hq, (mpfr_ptr) 0);
    }
    gmp_randclear(rs);
}
#line 1661 "noweb/numerics.nw"
static void naive_logistic(mpfr_t y, const mpfr_t x)
{
    mpfr_neg(y, x, MPFR_RNDN);
    mpfr_exp(y, y, MPFR_RNDN);
    mpfr_add_ui(y, y, 1, MPFR_RNDN);
    mpfr_ui_div(y, 1, y, MPFR_RNDN);
}

static void naive_log2cosh(mpfr_t y, const mpfr_t x)
{
    mpfr_t e;
    mpfr_init2(e, mpfr_get_prec(y));
    mpfr_exp(y, x, MPFR_RNDN);
    mpfr_neg(e, x, MPFR_RNDN);
    mpfr_exp(e, e, MPFR_RNDN);
    mpfr_add(y, y, e, MPFR_RNDN);
    mpfr_log(y, y, MPFR_RNDN);
    mpfr_clear(e);
}

static void naive_xtanhx(mpfr_t y, const mpfr_t x)
{
    mpfr_t c;
    mpfr_init2(c, mpfr_get_prec(y));
    mpfr_sinh_cosh(y, c, x, MPFR_RNDN);
    mpfr_div(y, y, c, MPFR_RNDN);
    mpfr_mul(y, y, x, MPFR_RNDN);
    mpfr_clear(c);
}

static void naive_xlogx(mpfr_t y, const mpfr_t x)
{
    mpfr_log(y, x, MPFR_RNDN);
    mpfr_mul(y, y, x, MPFR_RNDN);
}

Test(numerics, functions_of_x_vs_naive_formulas)
{
    static const char *points[] = {"0", "1e-30", "-1e-30", "1", "-1", "3.75", "-3.75",
                                   "40", "-40", "1e6", "-1e6"};
    static void (*const mine[])(mpfr_t, const mpfr_t) = {Num_logistic, Num_log2cosh,
                                                          Num_xtanhx, Num_xlogx};
    static void (*const naive[])(mpfr_t, const mpfr_t) = {naive_logistic, naive_log2cosh,
                                                           naive_xtanhx, naive_xlogx};
    static const char *names[] = {"logistic", "log2cosh", "xtanhx", "xlogx"};
    for (size_t i = 0; i < NPRECS; i++) {
        mpfr_prec_t p = test_precs[i];
        mpfr_t x, y, want;
        mpfr_init2(x, p);
        mpfr_init2(y, p);
        mpfr_init2(want, 4 * p + 64);
        for (size_t j = 0; j < sizeof points / sizeof points[0]; j++) {
            mpfr_set_str(x, points[j], 10, MPFR_RNDN);
            for (size_t m = 0; m < 4; m++) {
                if (m == 3 && mpfr_sgn(x) <= 0)
                    continue;
                mine[m](y, x);
                naive[m](want, x);
                char what[64];
                snprintf(what, sizeof what, "%s(%s)", names[m], points[j]);
                CHECK_ULPS(y, want, p, 1.0, what);
            }
        }
        mpfr_clears(x, y, want, (mpfr_ptr) 0);
    }
}
#line 1739 "noweb/numerics.nw"
static int logistic_by_mpfr(mpfr_ptr y, mpfr_srcptr x, mpfr_rnd_t rnd)
{
    mpfr_t e, d, m;
    mpfr_inits2(mpfr_get_prec(y) + 16, e, d, (mpfr_ptr) 0);
    mpfr_init2(m, mpfr_get_prec(x));
    mpfr_neg(m, x, rnd);
    mpfr_exp(e, mpfr_sgn(x) >= 0 ? m : x, rnd);
    mpfr_add_ui(d, e, 1, rnd);
    if (mpfr_sgn(x) >= 0)
        mpfr_ui_div(y, 1, d, rnd);
    else
        mpfr_div(y, e, d, rnd);
    mpfr_clears(e, d, m, (mpfr_ptr) 0);
    return 0;
}

/* the same number, the sign of a zero included; any NaN is the same NaN */
static int same_number(const mpfr_t a, const mpfr_t b)
{
    return (mpfr_nan_p(a) && mpfr_nan_p(b))
           || (mpfr_equal_p(a, b) && mpfr_signbit(a) == mpfr_signbit(b));
}

Test(numerics, correctly_rounded_functions_are_mpfrs)
{
    static const struct {
        const char *name;
        void (*ours)(mpfr_t, const mpfr_t);
        int (*mpfr)(mpfr_ptr, mpfr_srcptr, mpfr_rnd_t);
    } fn[] = {{"exp", Num_exp, mpfr_exp}, {"expm1", Num_expm1, mpfr_expm1},
              {"log1p", Num_log1p, mpfr_log1p}, {"sinh", Num_sinh, mpfr_sinh},
              {"tanh", Num_tanh, mpfr_tanh}, {"erf", Num_erf, mpfr_erf},
              {"erfc", Num_erfc, mpfr_erfc}, {"logistic", Num_logistic, logistic_by_mpfr}};
    static const double edges[] = {0, 1, -1, 1e-300, -1e-300, 65535.5, -65535.5, 65536.5,
                                   -65536.5, 7e4, -7e4, 1e9, -1e9, INFINITY, -INFINITY, NAN};
    static const mpfr_prec_t precs[] = {53, 128, 264, 300, 552, 1100};
    static const double scales[] = {700, 1, 1e-5, 40};
    gmp_randstate_t st;
    gmp_randinit_default(st);
    for (size_t k = 0; k < sizeof precs / sizeof *precs; k++) {
        mpfr_t x, want, got, in_place, want_wide;
        mpfr_inits2(precs[k] + 7 * (mpfr_prec_t)(k % 3), x, in_place, want_wide, (mpfr_ptr) 0);
        mpfr_inits2(precs[k], want, got, (mpfr_ptr) 0);
        for (int i = 0; i < (int)(sizeof edges / sizeof *edges) + 300; i++) {
            if (i < (int)(sizeof edges / sizeof *edges))
                mpfr_set_d(x, edges[i], MPFR_RNDN);
            else {
                mpfr_urandomb(x, st);
                mpfr_mul_d(x, x, scales[i % 4], MPFR_RNDN);
                if (i & 1)
                    mpfr_neg(x, x, MPFR_RNDN);
            }
            for (size_t f = 0; f < sizeof fn / sizeof *fn; f++) {
                if ((fn[f].ours == Num_log1p && mpfr_cmp_si(x, -1) <= 0)
                    || (fn[f].ours == Num_logistic && mpfr_nan_p(x)))
                    continue;                        /* outside the function's domain */
                fn[f].mpfr(want, x, MPFR_RNDN);
                fn[f].ours(got, x);
                cr_assert(same_number(want, got), "%s at %ld bits, argument %d: %s against %s",
                          fn[f].name, (long)precs[k], i, fmt(got), fmt(want));
                mpfr_set(in_place, x, MPFR_RNDN);    /* y may be x, as in the integrands */
                fn[f].ours(in_place, in_place);
                fn[f].mpfr(want_wide, x, MPFR_RNDN);
                cr_assert(same_number(want_wide, in_place), "%s in place at %ld bits, argument %d",
                          fn[f].name, (long)mpfr_get_prec(x), i);
            }
        }
        mpfr_clears(x, want, got, in_place, want_wide, (mpfr_ptr) 0);
    }
    gmp_randclear(st);
}
#line 1935 "noweb/numerics.nw"
Test(numerics, quad_closed_forms)
{
    mpfr_t ninf, zero, one, inf, want;
    mpfr_inits2(64, ninf, zero, one, inf, (mpfr_ptr) 0);
    mpfr_set_inf(ninf, -1);
    mpfr_set_ui(zero, 0, MPFR_RNDN);
    mpfr_set_ui(one, 1, MPFR_RNDN);
    mpfr_set_inf(inf, 1);
    for (size_t i = 0; i < NPRECS - 1; i++) {
        mpfr_prec_t p = test_precs[i];
        mpfr_init2(want, p + 64);
        mpfr_const_pi(want, MPFR_RNDN);
        mpfr_sqrt(want, want, MPFR_RNDN);
        check_integral("gaussian", p, f_gauss, NULL, ninf, inf, 0, NULL, want);
        mpfr_set_ui(want, 2, MPFR_RNDN);
        check_integral("sech^2 on R", p, f_sech2, NULL, ninf, inf, 0, NULL, want);
        mpfr_tanh(want, one, MPFR_RNDN);
        check_integral("sech^2 on [0,1]", p, f_sech2, NULL, zero, one, 0, NULL, want);
        static const unsigned long ks[] = {0, 3, 10};
        for (size_t j = 0; j < 3; j++) {
            unsigned long k = ks[j];
            mpfr_fac_ui(want, k, MPFR_RNDN);
            check_integral("x^k e^-x", p, f_xk_exp, &k, zero, inf, 0, NULL, want);
        }
        unsigned long k3 = 3;
        mpfr_set_ui(want, 6, MPFR_RNDN);
        check_integral("(-x)^3 e^x on (-inf,0]", p, f_mirrored_xk_exp, &k3, ninf, zero, 0,
                       NULL, want);
        mpfr_clear(want);
    }
    mpfr_clears(ninf, zero, one, inf, (mpfr_ptr) 0);
}

Test(numerics, quad_at_2048_and_4096_bits)
{
    mpfr_prec_t p = 4096;
    mpfr_t ninf, zero, one, inf, want;
    mpfr_inits2(64, ninf, zero, one, inf, (mpfr_ptr) 0);
    mpfr_set_inf(ninf, -1);
    mpfr_set_ui(zero, 0, MPFR_RNDN);
    mpfr_set_ui(one, 1, MPFR_RNDN);
    mpfr_set_inf(inf, 1);
    mpfr_init2(want, p + 64);
    mpfr_const_pi(want, MPFR_RNDN);
    mpfr_sqrt(want, want, MPFR_RNDN);
    check_integral("gaussian", p / 2, f_gauss, NULL, ninf, inf, 0, NULL, want);
    mpfr_tanh(want, one, MPFR_RNDN);
    check_integral("sech^2 on [0,1]", p, f_sech2, NULL, zero, one, 0, NULL, want);
    mpfr_set_ui(want, 2, MPFR_RNDN);
    check_integral("1/sqrt(x) on [0,1]", p, f_rsqrt, NULL, zero, one, 0, NULL, want);
    mpfr_clears(ninf, zero, one, inf, want, (mpfr_ptr) 0);
}
#line 1995 "noweb/numerics.nw"
Test(numerics, quad_singular_ends_and_breaks)
{
    mpfr_t ninf, mone, zero, one, two, inf, want;
    mpfr_inits2(64, ninf, mone, zero, one, two, inf, (mpfr_ptr) 0);
    mpfr_set_inf(ninf, -1);
    mpfr_set_si(mone, -1, MPFR_RNDN);
    mpfr_set_ui(zero, 0, MPFR_RNDN);
    mpfr_set_ui(one, 1, MPFR_RNDN);
    mpfr_set_ui(two, 2, MPFR_RNDN);
    mpfr_set_inf(inf, 1);
    for (size_t i = 0; i < NPRECS - 1; i++) {
        mpfr_prec_t p = test_precs[i];
        mpfr_init2(want, p + 64);
        mpfr_set_ui(want, 2, MPFR_RNDN);
        check_integral("1/sqrt(x) on [0,1]", p, f_rsqrt, NULL, zero, one, 0, NULL, want);
        mpfr_set_si(want, -1, MPFR_RNDN);
        check_integral("ln x on [0,1]", p, f_log, NULL, zero, one, 0, NULL, want);
        mpfr_set_d(want, 2.5, MPFR_RNDN);
        mpfr_t kink[1];
        mpfr_init2(kink[0], 64);
        mpfr_set_ui(kink[0], 0, MPFR_RNDN);
        check_integral("|x| on [-1,2], break at 0", p, f_abs, NULL, mone, two, 1,
                       (const mpfr_t *) kink, want);
        mpfr_clear(kink[0]);
        mpfr_t poles[2];
        mpfr_init2(poles[0], 64);
        mpfr_init2(poles[1], 64);
        mpfr_set_si(poles[0], -1, MPFR_RNDN);
        mpfr_set_si(poles[1], 1, MPFR_RNDN);
        mpfr_const_pi(want, MPFR_RNDN);
        check_integral("1/(1+x^2) on R, breaks at -1, 1", p, f_lorentz, NULL, ninf, inf,
                       2, (const mpfr_t *) poles, want);
        mpfr_clears(poles[0], poles[1], (mpfr_ptr) 0);
        mpfr_clear(want);
    }
    mpfr_clears(ninf, mone, zero, one, two, inf, (mpfr_ptr) 0);
}
#line 2041 "noweb/numerics.nw"
Test(numerics, quad_zero_integral_and_cap)
{
    mpfr_t ninf, inf, mone, two, r, err, d;
    mpfr_inits2(64, ninf, inf, mone, two, (mpfr_ptr) 0);
    mpfr_set_inf(ninf, -1);
    mpfr_set_inf(inf, 1);
    mpfr_set_si(mone, -1, MPFR_RNDN);
    mpfr_set_ui(two, 2, MPFR_RNDN);
    mpfr_init2(err, 64);
    for (size_t i = 0; i < 3; i++) {
        mpfr_prec_t p = test_precs[i];
        mpfr_init2(r, p);
        int status = Num_integrate(r, err, f_x_gauss, NULL, ninf, inf, 0, NULL);
        cr_assert(status == 0, "x exp(-x^2): status %d", status);
        cr_assert(mpfr_zero_p(r) || mpfr_get_exp(r) <= -(mpfr_exp_t) (p + 16),
                  "x exp(-x^2) at %ld bits: %s, not below 2^-(p+16)", (long) p, fmt(r));
        mpfr_clear(r);
    }
    mpfr_init2(r, 53);
    mpfr_init2(d, 128);
    int status = Num_integrate(r, err, f_abs, NULL, mone, two, 0, NULL);
    cr_assert(status == 1, "|x| without break: status %d, result %s", status, fmt(r));
    mpfr_set_d(d, 2.5, MPFR_RNDN);
    mpfr_sub(d, r, d, MPFR_RNDN);
    mpfr_abs(d, d, MPFR_RNDN);
    cr_assert(mpfr_lessequal_p(d, err), "|x| without break: error %s above abserr %s",
              fmt(d), fmt(err));
    mpfr_clears(ninf, inf, mone, two, r, err, d, (mpfr_ptr) 0);
}
#line 2080 "noweb/numerics.nw"
static void power_integral(mpfr_t s, const mpfr_t a, const mpfr_t b, int k, int absolute)
{
    mpfr_t ta, tb;
    mpfr_inits2(mpfr_get_prec(s), ta, tb, (mpfr_ptr) 0);
    mpfr_pow_ui(ta, a, (unsigned long) k + 1, MPFR_RNDN);
    mpfr_pow_ui(tb, b, (unsigned long) k + 1, MPFR_RNDN);
    if (absolute) {
        mpfr_abs(ta, ta, MPFR_RNDN);
        mpfr_abs(tb, tb, MPFR_RNDN);
        if (mpfr_sgn(a) >= 0)
            mpfr_sub(s, tb, ta, MPFR_RNDN);
        else if (mpfr_sgn(b) <= 0)
            mpfr_sub(s, ta, tb, MPFR_RNDN);
        else
            mpfr_add(s, ta, tb, MPFR_RNDN);
    } else {
        mpfr_sub(s, tb, ta, MPFR_RNDN);
    }
    mpfr_div_ui(s, s, (unsigned long) k + 1, MPFR_RNDN);
    mpfr_clears(ta, tb, (mpfr_ptr) 0);
}

Test(numerics, quad_random_polynomials)
{
    static const mpfr_prec_t precs[] = {53, 256};
    for (size_t i = 0; i < 2; i++) {
        mpfr_prec_t P = precs[i];
        uint64_t seed = 0x7e57ab1e;
        mpfr_t a, b, r, err, want, bound, term, d;
        mpfr_inits2(64, a, b, (mpfr_ptr) 0);
        mpfr_init2(r, P);
        mpfr_init2(err, 64);
        mpfr_inits2(P + 128, want, bound, term, d, (mpfr_ptr) 0);
        for (int n = 0; n < 50; n++) {
            Poly poly;
            poly.degree = (int) (splitmix64(&seed) % 9);
            for (int k = 0; k <= poly.degree; k++)
                poly.c[k] = 16.0 * uniform_dyadic(&seed) - 8.0;
            mpfr_set_d(a, 8.0 * uniform_dyadic(&seed) - 4.0, MPFR_RNDN);
            mpfr_set_d(b, 4.0 * uniform_dyadic(&seed) + 0.25, MPFR_RNDN);
            mpfr_add(b, b, a, MPFR_RNDN);
            mpfr_set_zero(want, 1);
            mpfr_set_zero(bound, 1);
            for (int k = 0; k <= poly.degree; k++) {
                power_integral(term, a, b, k, 0);
                mpfr_mul_d(term, term, poly.c[k], MPFR_RNDN);
                mpfr_add(want, want, term, MPFR_RNDN);
                power_integral(term, a, b, k, 1);
                mpfr_mul_d(term, term, fabs(poly.c[k]), MPFR_RNDN);
                mpfr_add(bound, bound, term, MPFR_RNDN);
            }
            int status = Num_integrate(r, err, f_poly, &poly, a, b, 0, NULL);
            mpfr_mul_2si(bound, bound, -16, MPFR_RNDN);
            mpfr_abs(term, want, MPFR_RNDN);
            mpfr_max(bound, bound, term, MPFR_RNDN);
            mpfr_mul_2si(bound, bound, 2 - (long) P, MPFR_RNDN);
            mpfr_sub(d, r, want, MPFR_RNDN);
            mpfr_abs(d, d, MPFR_RNDN);
            cr_assert(status == 0 && mpfr_lessequal_p(d, bound),
                      "polynomial %d (degree %d) on [%s, %s] at %ld bits: status %d, "
                      "got %s, want %s", n, poly.degree, fmt(a), fmt(b), (long) P, status,
                      fmt(r), fmt(want));
        }
        mpfr_clears(a, b, r, err, want, bound, term, d, (mpfr_ptr) 0);
    }
}
#line 2159 "noweb/numerics.nw"
typedef struct {
    mpfr_prec_t p;
    mpfr_t r[3], e[3];
} Three;

static void three_integrals(Three *t)
{
    mpfr_t ninf, zero, one, inf;
    mpfr_inits2(64, ninf, zero, one, inf, (mpfr_ptr) 0);
    mpfr_set_inf(ninf, -1), mpfr_set_zero(zero, 1), mpfr_set_ui(one, 1, MPFR_RNDN);
    mpfr_set_inf(inf, 1);
    unsigned long k = 3;
    cr_assert_eq(Num_integrate(t->r[0], t->e[0], f_gauss, NULL, ninf, inf, 0, NULL), 0);
    cr_assert_eq(Num_integrate(t->r[1], t->e[1], f_xk_exp, &k, zero, inf, 0, NULL), 0);
    cr_assert_eq(Num_integrate(t->r[2], t->e[2], f_sech2, NULL, zero, one, 0, NULL), 0);
    mpfr_clears(ninf, zero, one, inf, (mpfr_ptr) 0);
}

static void *three_in_a_new_thread(void *arg)
{
    three_integrals(arg);
    mpfr_free_cache();                  /* MPFR's own caches, as its manual asks of a thread */
    return NULL;
}

static void three_init(Three *t, mpfr_prec_t p)
{
    t->p = p;
    for (int i = 0; i < 3; i++)
        mpfr_init2(t->r[i], p), mpfr_init2(t->e[i], 64);
}

static void three_clear(Three *t)
{
    for (int i = 0; i < 3; i++)
        mpfr_clears(t->r[i], t->e[i], (mpfr_ptr) 0);
}

static void three_equal(const Three *a, const Three *b, const char *when)
{
    for (int i = 0; i < 3; i++) {
        cr_assert(mpfr_equal_p(a->r[i], b->r[i]), "integral %d at %ld bits differs %s", i,
                  (long) a->p, when);
        cr_assert(mpfr_equal_p(a->e[i], b->e[i]), "error of integral %d at %ld bits differs %s",
                  i, (long) a->p, when);
    }
}

Test(numerics, remembered_nodes_give_the_same_bits)
{
    static const mpfr_prec_t precs[] = {53, 256}, others[] = {64, 100, 128, 200, 300};
    for (size_t i = 0; i < 2; i++) {
        Three fresh, warm;
        three_init(&fresh, precs[i]);
        three_init(&warm, precs[i]);
        pthread_t thread;
        cr_assert_eq(pthread_create(&thread, NULL, three_in_a_new_thread, &fresh), 0);
        cr_assert_eq(pthread_join(thread, NULL), 0);
        three_integrals(&warm);
        three_equal(&fresh, &warm, "when the tables are filled");
        three_integrals(&warm);
        three_equal(&fresh, &warm, "from the tables");
        for (size_t j = 0; j < 5; j++) {
            Three other;
            three_init(&other, others[j]);
            three_integrals(&other);
            three_clear(&other);
        }
        three_integrals(&warm);
        three_equal(&fresh, &warm, "after the tables were emptied and refilled");
        three_clear(&fresh);
        three_clear(&warm);
    }
}
#line 2245 "noweb/numerics.nw"
static void fdf_poly(mpfr_t f, mpfr_t df, const mpfr_t x, void *ctx)
{
    const Poly *P = ctx;
    mpfr_set_d(f, P->c[P->degree], MPFR_RNDN);
    mpfr_set_zero(df, 1);
    for (int i = P->degree - 1; i >= 0; i--) {
        mpfr_mul(df, df, x, MPFR_RNDN);
        mpfr_add(df, df, f, MPFR_RNDN);
        mpfr_mul(f, f, x, MPFR_RNDN);
        mpfr_add_d(f, f, P->c[i], MPFR_RNDN);
    }
}

static void check_root(const char *what, mpfr_prec_t p, Num_fdf fdf, void *ctx, double lo,
                       double hi, const mpfr_t want)
{
    mpfr_t r, l, h;
    mpfr_init2(r, p);
    mpfr_inits2(64, l, h, (mpfr_ptr) 0);
    mpfr_set_d(l, lo, MPFR_RNDN);
    mpfr_set_d(h, hi, MPFR_RNDN);
    int status = Num_root(r, fdf, ctx, l, h);
    cr_assert(status == 0, "%s at %ld bits: status %d", what, (long) p, status);
    CHECK_ULPS(r, want, p, 1.0, what);
    mpfr_clears(r, l, h, (mpfr_ptr) 0);
}

Test(numerics, roots_of_polynomials)
{
    Poly cubic = {3, {-6, 11, -6, 1}};
    Poly cube2 = {3, {-2, 0, 0, 1}};
    Poly square2 = {2, {-2, 0, 1}};
    Poly square4 = {2, {-4, 0, 1}};
    Poly no_root = {2, {1, 0, 1}};
    for (size_t i = 0; i < NPRECS; i++) {
        mpfr_prec_t p = test_precs[i];
        mpfr_t want, r, l, h;
        mpfr_init2(want, p + 64);
        mpfr_init2(r, p);
        mpfr_inits2(64, l, h, (mpfr_ptr) 0);
        static const double brackets[3][2] = {{0.5, 1.7}, {1.6, 2.5}, {3.9, 2.5}};
        for (int j = 0; j < 3; j++) {
            mpfr_set_ui(want, (unsigned long) j + 1, MPFR_RNDN);
            check_root("(x-1)(x-2)(x-3)", p, fdf_poly, &cubic, brackets[j][0],
                       brackets[j][1], want);
        }
        mpfr_set_ui(want, 2, MPFR_RNDN);
        mpfr_cbrt(want, want, MPFR_RNDN);
        check_root("x^3-2", p, fdf_poly, &cube2, 0.0, 2.0, want);
        mpfr_sqrt_ui(want, 2, MPFR_RNDN);
        check_root("x^2-2", p, fdf_poly, &square2, 1.0, 2.0, want);
        mpfr_set_ui(want, 2, MPFR_RNDN);
        mpfr_set_ui(l, 2, MPFR_RNDN);
        mpfr_set_ui(h, 5, MPFR_RNDN);
        int status = Num_root(r, fdf_poly, &square4, l, h);
        cr_assert(status == 0 && mpfr_equal_p(r, want), "x^2-4 on [2,5]: %d, %s", status,
                  fmt(r));
        mpfr_set_si(l, -1, MPFR_RNDN);
        mpfr_set_ui(h, 1, MPFR_RNDN);
        status = Num_root(r, fdf_poly, &no_root, l, h);
        cr_assert(status == -1, "x^2+1 on [-1,1]: status %d", status);
        mpfr_set_ui(l, 2, MPFR_RNDN);
        mpfr_set_ui(h, 3, MPFR_RNDN);
        status = Num_root(r, fdf_poly, &square2, l, h);
        cr_assert(status == -1, "x^2-2 on [2,3]: status %d", status);
        mpfr_clears(want, r, l, h, (mpfr_ptr) 0);
    }
}
#line 2322 "noweb/numerics.nw"
static void fdf_atan_shifted(mpfr_t f, mpfr_t df, const mpfr_t x, void *ctx)
{
    long shift = *(const long *) ctx;
    mpfr_sub_si(f, x, shift, MPFR_RNDN);
    mpfr_sqr(df, f, MPFR_RNDN);
    mpfr_add_ui(df, df, 1, MPFR_RNDN);
    mpfr_ui_div(df, 1, df, MPFR_RNDN);
    mpfr_atan(f, f, MPFR_RNDN);
}

Test(numerics, roots_where_newton_jumps_out)
{
    for (size_t i = 0; i < NPRECS; i++) {
        mpfr_prec_t p = test_precs[i];
        mpfr_t want, r, l, h;
        mpfr_init2(want, p + 64);
        mpfr_init2(r, p);
        mpfr_inits2(64, l, h, (mpfr_ptr) 0);
        long one = 1, zero = 0;
        mpfr_set_ui(want, 1, MPFR_RNDN);
        check_root("atan(x-1) on [-20,30]", p, fdf_atan_shifted, &one, -20.0, 30.0, want);
        mpfr_set_si(l, -3, MPFR_RNDN);
        mpfr_set_ui(h, 5, MPFR_RNDN);
        int status = Num_root(r, fdf_atan_shifted, &zero, l, h);
        cr_assert(status == 0, "atan(x) on [-3,5]: status %d", status);
        mpfr_set_ui_2exp(want, 1, 3 - 2 * (mpfr_exp_t) p, MPFR_RNDN);
        cr_assert(mpfr_cmpabs(r, want) <= 0, "atan(x) on [-3,5] at %ld bits: %s", (long) p,
                  fmt(r));
        mpfr_clears(want, r, l, h, (mpfr_ptr) 0);
    }
}
#line 2364 "noweb/numerics.nw"
static long sqrt2_calls;
static void fdf_sqrt2(mpfr_t f, mpfr_t df, const mpfr_t x, void *ctx)
{
    (void) ctx;
    sqrt2_calls++;
    mpfr_sqr(f, x, MPFR_RNDN);
    mpfr_sub_ui(f, f, 2, MPFR_RNDN);
    mpfr_mul_2ui(df, x, 1, MPFR_RNDN);
}

Test(numerics, one_sided_newton_stays_quadratic)
{
    for (size_t i = 0; i < NPRECS; i++) {
        mpfr_prec_t p = test_precs[i];
        mpfr_t want, r, l, h;
        mpfr_inits2(p, want, r, (mpfr_ptr) 0);
        mpfr_inits2(64, l, h, (mpfr_ptr) 0);
        mpfr_set_ui(l, 1, MPFR_RNDN);
        mpfr_set_ui(h, 10, MPFR_RNDN);
        sqrt2_calls = 0;
        cr_assert(Num_root(r, fdf_sqrt2, NULL, l, h) == 0);
        mpfr_sqrt_ui(want, 2, MPFR_RNDN);
        cr_assert(mpfr_equal_p(r, want), "sqrt 2 at %ld bits: %s", (long) p, fmt(r));
        long allowed = 2 * (63 - __builtin_clzll((unsigned long long) p)) + 8; /* 2 log2 p + 8 */
        cr_assert(sqrt2_calls <= allowed, "%ld evaluations at %ld bits, allowed %ld", sqrt2_calls,
                  (long) p, allowed);
        mpfr_clears(want, r, l, h, (mpfr_ptr) 0);
    }
}
