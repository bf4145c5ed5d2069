#line 973 "noweb/stochastic.nw"
/* test-stochastic.c: tangled from noweb/stochastic.nw; edit that, not this. */
#line 990 "noweb/stochastic.nw"
#include <criterion/criterion.h>
#include <criterion/redirect.h>
#include <Random123/philox.h>
#include <Random123/u01fixedpt.h>
#include <mpfr.h>
#include <math.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <omp.h>
#include "stochastic.h"

#line 1009 "noweb/stochastic.nw"
static const uint64_t test_seed = 20240917;

static void expect_z(const char *what, double estimate, double stderr_, double exact)
{
    double z = Stats_z(estimate, stderr_, exact);
    cr_assert(fabs(z) < 5.0, "%s: estimate %.17g, exact %.17g, stderr %.3g, z = %.2f",
              what, estimate, exact, stderr_, z);
}

static int close_rel(double a, double b, double rel)
{
    return fabs(a - b) <= rel * fabs(b);
}

static void expect_close(const char *what, double got, double oracle, double rel)
{
    cr_assert(close_rel(got, oracle, rel), "%s: %.17g, oracle %.17g, rel. tolerance %.1e",
              what, got, oracle, rel);
}

#line 1071 "noweb/stochastic.nw"
static void check_philox(const uint64_t c[4], const uint64_t k[2], const uint64_t kat[4])
{
    philox4x64_ctr_t ctr = {{c[0], c[1], c[2], c[3]}};
    philox4x64_key_t key = {{k[0], k[1]}};
    philox4x64_ctr_t out = philox4x64_R(10, ctr, key);
    for (int j = 0; j < 4; j++)
        cr_assert(out.v[j] == kat[j], "word %d: got %016llx, kat_vectors %016llx", j,
                  (unsigned long long)out.v[j], (unsigned long long)kat[j]);
}

Test(stochastic, philox_known_answers)
{
    const uint64_t zero[4] = {0, 0, 0, 0};
    const uint64_t ones[4] = {~0ull, ~0ull, ~0ull, ~0ull};
    const uint64_t pi_ctr[4] = {0x243f6a8885a308d3ull, 0x13198a2e03707344ull,
                                0xa4093822299f31d0ull, 0x082efa98ec4e6c89ull};
    const uint64_t pi_key[2] = {0x452821e638d01377ull, 0xbe5466cf34e90c6cull};
    const uint64_t kat_zero[4] = {0x16554d9eca36314cull, 0xdb20fe9d672d0fdcull,
                                  0xd7e772cee186176bull, 0x7e68b68aec7ba23bull};
    const uint64_t kat_ones[4] = {0x87b092c3013fe90bull, 0x438c3c67be8d0224ull,
                                  0x9cc7d7c69cd777b6ull, 0xa09caebf594f0ba0ull};
    const uint64_t kat_pi[4] = {0xa528f45403e61d95ull, 0x38c72dbd566e9788ull,
                                0xa5a1610e72fd18b5ull, 0x57bd43b5e52b7fe6ull};
    check_philox(zero, zero, kat_zero);
    check_philox(ones, ones, kat_ones);
    check_philox(pi_ctr, pi_key, kat_pi);

    Rng r;
    Rng_init(&r, 0, 0, 0);
    for (int j = 0; j < 4; j++) {
        uint64_t w = Rng_bits(&r);
        cr_assert(w == kat_zero[j], "stream (0,0,0) word %d: %016llx, kat %016llx", j,
                  (unsigned long long)w, (unsigned long long)kat_zero[j]);
    }
}

Test(stochastic, stream_is_philox_blocks_in_order)
{
    const uint64_t seed = 0x0123456789abcdefull, experiment = 42, replicate = 7;
    Rng r;
    Rng_init(&r, seed, experiment, replicate);
    for (uint64_t b = 0; b < 3; b++) {
        philox4x64_ctr_t ctr = {{replicate, b, 0, 0}};
        philox4x64_key_t key = {{seed, experiment}};
        philox4x64_ctr_t out = philox4x64_R(10, ctr, key);
        for (int j = 0; j < 4; j++) {
            uint64_t w = Rng_bits(&r);
            cr_assert(w == out.v[j], "block %d word %d: Rng_bits %016llx, Philox %016llx",
                      (int)b, j, (unsigned long long)w, (unsigned long long)out.v[j]);
        }
    }
}

Test(stochastic, uniform_map_extremes)
{
    double lo = u01fixedpt_open_open_64_double(0);
    double hi = u01fixedpt_open_open_64_double(~0ull);
    cr_assert(lo == ldexp(1.0, -53), "smallest uniform %a, expected 0x1p-53", lo);
    cr_assert(hi == 1.0 - ldexp(1.0, -53), "largest uniform %a, expected 1-0x1p-53", hi);

    Rng a, b;
    Rng_init(&a, test_seed, 1, 0);
    Rng_init(&b, test_seed, 1, 0);
    for (int j = 0; j < 8; j++) {
        uint64_t w = Rng_bits(&a);
        double u = Rng_uniform(&b);
        double expect = ((double)(w >> 12) + 0.5) * ldexp(1.0, -52);
        cr_assert(u == expect, "uniform %d: %a, from its word %a", j, u, expect);
    }
}

Test(stochastic, normal_is_cached_box_muller_pair)
{
    Rng a, b;
    Rng_init(&a, test_seed, 2, 3);
    Rng_init(&b, test_seed, 2, 3);
    double u[4];
    for (int j = 0; j < 4; j++)
        u[j] = Rng_uniform(&b);
    double rho0 = sqrt(-2.0 * log(u[0])), rho1 = sqrt(-2.0 * log(u[2]));
    double expect[3] = {rho0 * cos(2.0 * M_PI * u[1]), rho0 * sin(2.0 * M_PI * u[1]),
                        rho1 * cos(2.0 * M_PI * u[3])};
    expect_close("normal 0", Rng_normal(&a), expect[0], 1e-15);
    expect_close("normal 1", Rng_normal(&a), expect[1], 1e-15);
    expect_close("normal 2", Rng_normal(&a), expect[2], 1e-15);
}
#line 1168 "noweb/stochastic.nw"
Test(stochastic, fill_is_a_run_of_single_draws)
{
    static const size_t lengths[] = {0, 1, 3, 4, 5, 17, 1001};
    uint64_t buf[1001];
    for (int skip = 0; skip <= 5; skip++)
        for (size_t l = 0; l < sizeof lengths / sizeof *lengths; l++) {
            Rng a, b;
            Rng_init(&a, test_seed, 12, (uint64_t)skip);
            Rng_init(&b, test_seed, 12, (uint64_t)skip);
            for (int k = 0; k < skip; k++)
                Rng_bits(&a), Rng_bits(&b);
            Rng_fill(&a, buf, lengths[l]);
            for (size_t k = 0; k < lengths[l]; k++) {
                uint64_t w = Rng_bits(&b);
                cr_assert(buf[k] == w, "skip %d, fill of %zu, word %zu: %016llx, Rng_bits %016llx",
                          skip, lengths[l], k, (unsigned long long)buf[k], (unsigned long long)w);
            }
            for (int k = 0; k < 8; k++) {
                uint64_t x = Rng_bits(&a), y = Rng_bits(&b);
                cr_assert(x == y,
                          "skip %d, fill of %zu: word %d after the fill %016llx, twin %016llx",
                          skip, lengths[l], k, (unsigned long long)x, (unsigned long long)y);
            }
        }
}
#line 1209 "noweb/stochastic.nw"
enum { indep_reps = 1000, indep_draws = 1000 };

static void draw_replicate(uint64_t rep, uint64_t *out)
{
    Rng r;
    Rng_init(&r, test_seed, 3, rep);
    for (int k = 0; k < indep_draws; k++) {
        double v;
        switch (k % 3) {
        case 0: out[k] = Rng_bits(&r); continue;
        case 1: v = Rng_uniform(&r); break;
        default: v = Rng_normal(&r); break;
        }
        memcpy(&out[k], &v, sizeof v);
    }
}

Test(stochastic, same_numbers_on_1_2_4_threads)
{
    size_t size = (size_t)indep_reps * indep_draws * sizeof(uint64_t);
    uint64_t *serial = malloc(size), *parallel = malloc(size);
    cr_assert(serial != NULL && parallel != NULL);
    for (int rep = 0; rep < indep_reps; rep++)
        draw_replicate((uint64_t)rep, serial + (size_t)rep * indep_draws);
    for (int threads = 2; threads <= 4; threads += 2) {
        memset(parallel, 0, size);
        #pragma omp parallel for schedule(dynamic) num_threads(threads)
        for (int rep = 0; rep < indep_reps; rep++)
            draw_replicate((uint64_t)rep, parallel + (size_t)rep * indep_draws);
        cr_assert(memcmp(serial, parallel, size) == 0,
                  "draws on %d threads differ from the serial draws", threads);
    }
    free(serial);
    free(parallel);
}

Test(stochastic, neighbouring_keys_give_different_streams)
{
    const uint64_t s = test_seed, e = 4, rep = 5;
    const uint64_t keys[3][3] = {{s + 1, e, rep}, {s, e + 1, rep}, {s, e, rep + 1}};
    for (int v = 0; v < 3; v++) {
        Rng base, other;
        Rng_init(&base, s, e, rep);
        Rng_init(&other, keys[v][0], keys[v][1], keys[v][2]);
        for (int j = 0; j < 8; j++) {
            uint64_t x = Rng_bits(&base), y = Rng_bits(&other);
            cr_assert(x != y, "key variant %d, word %d: both streams give %016llx",
                      v, j, (unsigned long long)x);
        }
    }
}
#line 1285 "noweb/stochastic.nw"
Test(stochastic, uniform_moments)
{
    const long n = 10000000;
    Rng r;
    Rng_init(&r, test_seed, 5, 0);
    long double sum = 0, sum2 = 0;
    double lo = 1.0, hi = 0.0;
    for (long i = 0; i < n; i++) {
        double u = Rng_uniform(&r);
        sum += u;
        sum2 += (long double)u * u;
        lo = fmin(lo, u);
        hi = fmax(hi, u);
    }
    cr_assert(lo > 0.0 && hi < 1.0, "uniforms outside (0,1): min %a, max %a", lo, hi);
    double mean = (double)(sum / n);
    double var = (double)((sum2 - sum * sum / n) / (n - 1));
    double mu2 = 1.0 / 12.0, mu4 = 1.0 / 80.0, N = (double)n;
    expect_z("uniform mean", mean, sqrt(mu2 / N), 0.5);
    double se_var = sqrt(mu4 / N - mu2 * mu2 * (N - 3) / (N * (N - 1)));
    expect_z("uniform variance", var, se_var, mu2);
}
#line 1345 "noweb/stochastic.nw"
Test(stochastic, normal_moments_and_tail)
{
    const long n = 10000000;
    Rng r;
    Rng_init(&r, test_seed, 6, 0);
    long double m1 = 0, m2 = 0, m3 = 0, m4 = 0, lag = 0;
    long above3 = 0;
    double prev = Rng_normal(&r);
    for (long i = 0; i < n; i++) {
        double x = i == 0 ? prev : Rng_normal(&r);
        long double x2 = (long double)x * x;
        m1 += x;
        m2 += x2;
        m3 += x2 * x;
        m4 += x2 * x2;
        above3 += x > 3.0;
        if (i > 0)
            lag += (long double)prev * x;
        prev = x;
    }
    double N = (double)n;
    expect_z("E x", (double)(m1 / n), sqrt(1.0 / N), 0.0);
    expect_z("E x^2", (double)(m2 / n), sqrt(2.0 / N), 1.0);
    expect_z("E x^3", (double)(m3 / n), sqrt(15.0 / N), 0.0);
    expect_z("E x^4", (double)(m4 / n), sqrt(96.0 / N), 3.0);
    double p = 0.5 * erfc(3.0 / sqrt(2.0));
    expect_z("P(x > 3)", (double)above3 / N, sqrt(p * (1.0 - p) / N), p);
    expect_z("E x_i x_{i+1}", (double)(lag / (n - 1)), sqrt(1.0 / (N - 1)), 0.0);
}
#line 1392 "noweb/stochastic.nw"
Test(stochastic, welford_by_hand_and_two_pass)
{
    const double x[8] = {2, 4, 4, 4, 5, 5, 7, 9};
    Stats s;
    Stats_init(&s);
    for (int i = 0; i < 8; i++)
        Stats_add(&s, x[i]);
    double mean2 = 0, ss = 0;
    for (int i = 0; i < 8; i++)
        mean2 += x[i] / 8;
    for (int i = 0; i < 8; i++)
        ss += (x[i] - mean2) * (x[i] - mean2);
    cr_assert(s.n == 8);
    expect_close("mean against 5", Stats_mean(&s), 5.0, 1e-14);
    expect_close("variance against 32/7", Stats_variance(&s), 32.0 / 7, 1e-14);
    expect_close("variance against two-pass", Stats_variance(&s), ss / 7, 1e-14);
    expect_close("stderr against sqrt(4/7)", Stats_stderr(&s), sqrt(4.0 / 7), 1e-14);
}

Test(stochastic, one_sample_has_its_mean)
{
    Stats s;
    Stats_init(&s);
    Stats_add(&s, -3.25);
    cr_assert(s.n == 1 && Stats_mean(&s) == -3.25, "n %llu, mean %.17g",
              (unsigned long long)s.n, s.mean);
}

Test(stochastic, variance_of_one_sample_aborts,
     .signal = SIGABRT, .init = cr_redirect_stderr)
{
    Stats s;
    Stats_init(&s);
    Stats_add(&s, 1.0);
    (void)Stats_variance(&s);
}
#line 1464 "noweb/stochastic.nw"
Test(stochastic, welford_with_large_offset_against_exact_sums)
{
    const long n = 100000;
    double *x = malloc(n * sizeof *x);
    cr_assert(x != NULL);
    Rng r;
    Rng_init(&r, test_seed, 7, 0);
    for (long i = 0; i < n; i++)
        x[i] = 1e9 + (Rng_uniform(&r) - 0.5);

    mpfr_t s1, s2, t;
    mpfr_inits2(256, s1, s2, t, (mpfr_ptr)0);
    mpfr_set_zero(s1, 1);
    mpfr_set_zero(s2, 1);
    for (long i = 0; i < n; i++) {
        mpfr_add_d(s1, s1, x[i], MPFR_RNDN);
        mpfr_set_d(t, x[i], MPFR_RNDN);
        mpfr_sqr(t, t, MPFR_RNDN);
        mpfr_add(s2, s2, t, MPFR_RNDN);
    }
    mpfr_sqr(t, s1, MPFR_RNDN);
    mpfr_div_si(t, t, n, MPFR_RNDN);
    mpfr_sub(t, s2, t, MPFR_RNDN);
    mpfr_div_si(t, t, n - 1, MPFR_RNDN);
    double exact = mpfr_get_d(t, MPFR_RNDN);
    mpfr_clears(s1, s2, t, (mpfr_ptr)0);

    double d1 = 0, d2 = 0;
    Stats s;
    Stats_init(&s);
    for (long i = 0; i < n; i++) {
        d1 += x[i];
        d2 += x[i] * x[i];
        Stats_add(&s, x[i]);
    }
    double naive = (d2 - d1 * d1 / n) / (n - 1);
    cr_assert(!close_rel(naive, exact, 1e-2),
              "naive formula %.17g unexpectedly close to exact %.17g", naive, exact);
    expect_close("Welford variance against exact", Stats_variance(&s), exact, 1e-6);
    free(x);
}
#line 1517 "noweb/stochastic.nw"
Test(stochastic, merge_of_two_parts_equals_one_pass)
{
    const long n = 100000, cut = n / 3;
    Rng r;
    Rng_init(&r, test_seed, 8, 0);
    Stats whole, a, b, empty;
    Stats_init(&whole);
    Stats_init(&a);
    Stats_init(&b);
    Stats_init(&empty);
    for (long i = 0; i < n; i++) {
        double x = 3.0 + Rng_normal(&r);
        Stats_add(&whole, x);
        Stats_add(i < cut ? &a : &b, x);
    }
    Stats merged = a;
    Stats_merge(&merged, &b);
    cr_assert(merged.n == whole.n, "merged count %llu, one pass %llu",
              (unsigned long long)merged.n, (unsigned long long)whole.n);
    expect_close("merged mean", Stats_mean(&merged), Stats_mean(&whole), 1e-10);
    expect_close("merged variance", Stats_variance(&merged), Stats_variance(&whole), 1e-10);

    Stats left = empty, right = whole;
    Stats_merge(&left, &whole);
    Stats_merge(&right, &empty);
    cr_assert(memcmp(&left, &whole, sizeof whole) == 0, "empty + s differs from s");
    cr_assert(memcmp(&right, &whole, sizeof whole) == 0, "s + empty differs from s");
}
#line 1560 "noweb/stochastic.nw"
Test(stochastic, batch_means_by_hand)
{
    const double x[7] = {1, 2, 3, 4, 5, 6, 7};
    Batch_means bm;
    Batch_means_compute(&bm, x, 7, 3);
    cr_assert(bm.nbatches == 3 && bm.batch_len == 2, "B %zu, b %zu",
              bm.nbatches, bm.batch_len);
    expect_close("mean against 3.5", bm.mean, 3.5, 1e-14);
    expect_close("stderr against sqrt(4/3)", bm.stderr_, sqrt(4.0 / 3), 1e-14);
    expect_close("tau_int against 8/7", bm.tau_int, 8.0 / 7, 1e-14);

    const double c[4] = {2.5, 2.5, 2.5, 2.5};
    Batch_means_compute(&bm, c, 4, 2);
    cr_assert(bm.mean == 2.5 && bm.stderr_ == 0.0 && isnan(bm.tau_int),
              "constant series: mean %g, stderr %g, tau_int %g",
              bm.mean, bm.stderr_, bm.tau_int);
}

Test(stochastic, one_batch_aborts,
     .signal = SIGABRT, .init = cr_redirect_stderr)
{
    const double x[4] = {1, 2, 3, 4};
    Batch_means bm;
    Batch_means_compute(&bm, x, 4, 1);
}
#line 1660 "noweb/stochastic.nw"
static double ar1_var_of_mean(double phi, double n)
{
    double tail = 2 * phi * (1 - pow(phi, n)) / (n * (1 - phi) * (1 - phi));
    return ((1 + phi) / (1 - phi) - tail) / n;
}

static void ar1_series(double *x, size_t n, double phi, uint64_t experiment)
{
    Rng r;
    Rng_init(&r, test_seed, experiment, 0);
    double innovation = sqrt(1 - phi * phi);
    x[0] = Rng_normal(&r);
    for (size_t t = 1; t < n; t++)
        x[t] = phi * x[t - 1] + innovation * Rng_normal(&r);
}

Test(stochastic, batch_means_on_ar1)
{
    const size_t n = 4000000, nb = 400;
    const double phi = 0.9;
    double *x = malloc(n * sizeof *x);
    cr_assert(x != NULL);
    ar1_series(x, n, phi, 9);

    long double direct = n;
    long double phik = 1;
    for (size_t k = 1; k < n; k++) {
        phik *= phi;
        direct += 2.0L * (long double)(n - k) * phik;
    }
    double exact_var = ar1_var_of_mean(phi, (double)n);
    double direct_var = (double)(direct / ((long double)n * n));
    expect_close("closed-form V(n) against the direct sum", exact_var, direct_var, 1e-12);

    Batch_means bm;
    Batch_means_compute(&bm, x, n, nb);
    double exact_se = sqrt(exact_var);
    double tol_se = 5.0 / sqrt(2.0 * (nb - 1));
    double tol_tau = 5.0 * sqrt(2.0 / (nb - 1));
    double tau = (1 + phi) / (2 * (1 - phi));
    expect_close("batch-means stderr against exact", bm.stderr_, exact_se, tol_se);
    expect_close("tau_int against (1+phi)/(2(1-phi))", bm.tau_int, tau, tol_tau);
    expect_z("AR(1) mean", bm.mean, exact_se, 0.0);

    Stats s;
    Stats_init(&s);
    for (size_t i = 0; i < n; i++)
        Stats_add(&s, x[i]);
    double naive = Stats_stderr(&s);
    double tol_naive = 5.0 * 0.5 * sqrt(2.0 * (1 + phi * phi) / (1 - phi * phi) / n);
    double ratio = exact_se / naive, expect_ratio = sqrt((1 + phi) / (1 - phi));
    expect_close("exact/naive stderr against sqrt((1+phi)/(1-phi))", ratio, expect_ratio,
                 tol_naive);
    cr_assert(!close_rel(naive, exact_se, tol_se),
              "naive stderr %.6g would pass the batch-means test against %.6g",
              naive, exact_se);
    free(x);
}

Test(stochastic, batch_means_on_independent_samples)
{
    const size_t n = 1000000, nb = 400;
    double *x = malloc(n * sizeof *x);
    cr_assert(x != NULL);
    ar1_series(x, n, 0.0, 10);
    Batch_means bm;
    Batch_means_compute(&bm, x, n, nb);
    double exact_se = 1 / sqrt((double)n);
    double tol_se = 5.0 / sqrt(2.0 * (nb - 1)), tol_tau = 5.0 * sqrt(2.0 / (nb - 1));
    expect_close("batch-means stderr against 1/sqrt(n)", bm.stderr_, exact_se, tol_se);
    expect_close("tau_int against 1/2", bm.tau_int, 0.5, tol_tau);
    free(x);
}
#line 1744 "noweb/stochastic.nw"
Test(stochastic, z_score_by_hand)
{
    double up = Stats_z(1.5, 0.25, 1.0), down = Stats_z(0.25, 0.5, 1.0);
    cr_assert(up == 2.0, "z %.17g, by hand 2", up);
    cr_assert(down == -1.5, "z %.17g, by hand -1.5", down);
}

Test(stochastic, z_score_with_zero_stderr_aborts,
     .signal = SIGABRT, .init = cr_redirect_stderr)
{
    (void)Stats_z(1.0, 0.0, 1.0);
}
#line 1782 "noweb/stochastic.nw"
Test(stochastic, ks_pvalue_meets_published_values)
{
    expect_close("P(D_10 >= 0.274)", Stats_ks_pvalue(10, 0.274), 1 - 0.6284796154565043, 0.03);
    expect_close("P(D_16000 >= 0.016)", Stats_ks_pvalue(16000, 0.016), 5.476508615e-4, 0.01);
    cr_assert(Stats_ks_pvalue(200, 0.0) == 1.0 && Stats_ks_pvalue(200, 1.0) < 1e-100,
              "p-value ends: %g %g", Stats_ks_pvalue(200, 0.0), Stats_ks_pvalue(200, 1.0));
}

Test(stochastic, ks_statistic_against_simulation)
{
    enum { N = 200, RUNS = 20000 };
    static const double d[3] = {0.06, 0.08, 0.11};
    uint64_t hits[3] = {0, 0, 0};
    double z[N];
    for (uint64_t run = 0; run < RUNS; run++) {
        Rng r;
        Rng_init(&r, test_seed, 12, run);
        for (int i = 0; i < N; i++)
            z[i] = Rng_normal(&r);
        double dn = Stats_ks_normal(z, N);
        for (int k = 0; k < 3; k++)
            hits[k] += dn >= d[k];
    }
    for (int k = 0; k < 3; k++) {
        double p = Stats_ks_pvalue(N, d[k]), f = (double)hits[k] / RUNS;
        double se = sqrt(p * (1 - p) / RUNS);
        cr_assert(fabs(f - p) <= 5 * se + 0.01 * p,
                  "d = %g: simulated %.5f, formula %.5f (se %.5f)",
                  d[k], f, p, se);
    }
}

Test(stochastic, ks_rejects_a_wrong_error_bar_or_a_bias)
{
    enum { N = 200 };
    double wide[N], shifted[N];
    Rng r;
    Rng_init(&r, test_seed, 13, 0);
    for (int i = 0; i < N; i++) {
        double x = Rng_normal(&r);
        wide[i] = 1.5 * x, shifted[i] = x + 0.4;
    }
    Stats w;
    Stats_init(&w);
    for (int i = 0; i < N; i++)
        Stats_add(&w, wide[i]);
    double pw = Stats_variance_pvalue(N, Stats_variance(&w));
    double ps = Stats_ks_pvalue(N, Stats_ks_normal(shifted, N));
    cr_assert(pw < 1e-3 && ps < 1e-3, "variance p for z scaled by 1.5: %g; KS p shifted by 0.4: %g",
              pw, ps);
}

Test(stochastic, variance_pvalue_against_the_exact_chi_square_tail)
{
    static const double s2[4] = {0.75, 0.8, 1.2, 1.3};
    const size_t n = 200;
    mpfr_t a, x, g;
    mpfr_inits2(64, a, x, g, (mpfr_ptr)0);
    for (int k = 0; k < 4; k++) {
        mpfr_set_d(a, 0.5 * (double)(n - 1), MPFR_RNDN);
        mpfr_set_d(x, 0.5 * (double)(n - 1) * s2[k], MPFR_RNDN);
        mpfr_gamma_inc(x, a, x, MPFR_RNDN);
        mpfr_gamma(g, a, MPFR_RNDN);
        mpfr_div(x, x, g, MPFR_RNDN);
        double upper = mpfr_get_d(x, MPFR_RNDN), exact = 2 * fmin(upper, 1 - upper);
        expect_close("two-sided chi-square p", Stats_variance_pvalue(n, s2[k]), exact, 0.02);
    }
    mpfr_clears(a, x, g, (mpfr_ptr)0);
}
#line 1863 "noweb/stochastic.nw"
static void sixteen_normals(uint64_t rep, void *ctx, Stats *out)
{
    const uint64_t *experiment = ctx;
    Rng r;
    Rng_init(&r, test_seed, *experiment, rep);
    for (int k = 0; k < 16; k++)
        Stats_add(out, Rng_normal(&r));
}

Test(stochastic, parallel_replicates_match_serial_loop)
{
    const uint64_t nrep = 100000;
    uint64_t experiment = 11;
    Stats serial;
    Stats_init(&serial);
    for (uint64_t rep = 0; rep < nrep; rep++) {
        Stats one;
        Stats_init(&one);
        sixteen_normals(rep, &experiment, &one);
        Stats_merge(&serial, &one);
    }
    const int threads[4] = {1, 2, 4, 0};
    for (int t = 0; t < 4; t++) {
        Stats total;
        Stats_parallel(&total, nrep, threads[t], sixteen_normals, &experiment);
        cr_assert(memcmp(&total, &serial, sizeof total) == 0,
                  "%d threads: n %llu mean %a m2 %a; serial n %llu mean %a m2 %a",
                  threads[t], (unsigned long long)total.n, total.mean, total.m2,
                  (unsigned long long)serial.n, serial.mean, serial.m2);
    }
    expect_z("parallel normals", Stats_mean(&serial), Stats_stderr(&serial), 0.0);

    Stats none;
    Stats_parallel(&none, 0, 2, sixteen_normals, &experiment);
    cr_assert(none.n == 0 && none.mean == 0.0 && none.m2 == 0.0,
              "zero replicates: n %llu", (unsigned long long)none.n);
}
