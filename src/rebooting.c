#line 32 "noweb/rebooting.nw"
/* rebooting.c: tangled from noweb/rebooting.nw; edit that, not this. */
#line 44 "noweb/rebooting.nw"
#include "rebooting.h"
#include <assert.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <Random123/philox.h>
#include "numerics.h"
#include "stochastic.h"
#line 175 "noweb/rebooting.nw"
enum { MEMBRANE_GUARD = 32 };
static const char *const k_B = "1.380649e-23", *const e_charge = "1.602176634e-19",
                         *const N_A = "6.02214076e23";

void Rebooting_thermal_voltage_mV(mpfr_t out, const mpfr_t T)
{
  assert(mpfr_cmp_ui(T, 0) > 0);
  mpfr_t k, e;
  mpfr_inits2(mpfr_get_prec(out) + MEMBRANE_GUARD, k, e, (mpfr_ptr)0);
  mpfr_set_str(k, k_B, 10, MPFR_RNDN);
  mpfr_set_str(e, e_charge, 10, MPFR_RNDN);
  mpfr_mul(k, k, T, MPFR_RNDN);
  mpfr_mul_ui(k, k, 1000, MPFR_RNDN);
  mpfr_div(out, k, e, MPFR_RNDN);
  mpfr_clears(k, e, (mpfr_ptr)0);
}

static void log_ratio_mV(mpfr_t out, const mpfr_t num, const mpfr_t den, const mpfr_t T)
{
  mpfr_t v, r;
  mpfr_inits2(mpfr_get_prec(out) + MEMBRANE_GUARD, v, r, (mpfr_ptr)0);
  Rebooting_thermal_voltage_mV(v, T);
  mpfr_div(r, num, den, MPFR_RNDN);
  mpfr_log(r, r, MPFR_RNDN);
  mpfr_mul(out, v, r, MPFR_RNDN);
  mpfr_clears(v, r, (mpfr_ptr)0);
}

void Rebooting_nernst_mV(mpfr_t out, const mpfr_t c_out, const mpfr_t c_in, const mpfr_t T)
{
  assert(mpfr_cmp_ui(c_out, 0) > 0 && mpfr_cmp_ui(c_in, 0) > 0);
  log_ratio_mV(out, c_out, c_in, T);                     /* rebooting eq. (1) */
}

void Rebooting_ghk_mV(mpfr_t out, const mpfr_t conc[6], const mpfr_t perm[3], const mpfr_t T)
{
  for (int i = 0; i < 6; i++)
    assert(mpfr_cmp_ui(conc[i], 0) > 0);
  assert(mpfr_cmp_ui(perm[0], 0) > 0);
  assert(mpfr_cmp_ui(perm[1], 0) >= 0 && mpfr_cmp_ui(perm[2], 0) >= 0);
  mpfr_prec_t w = mpfr_get_prec(out) + MEMBRANE_GUARD;
  mpfr_t num, den, t;
  mpfr_inits2(w, num, den, t, (mpfr_ptr)0);
  mpfr_mul(num, perm[0], conc[0], MPFR_RNDN);
  mpfr_mul(t, perm[1], conc[2], MPFR_RNDN), mpfr_add(num, num, t, MPFR_RNDN);
  mpfr_mul(t, perm[2], conc[5], MPFR_RNDN), mpfr_add(num, num, t, MPFR_RNDN);
  mpfr_mul(den, perm[0], conc[1], MPFR_RNDN);
  mpfr_mul(t, perm[1], conc[3], MPFR_RNDN), mpfr_add(den, den, t, MPFR_RNDN);
  mpfr_mul(t, perm[2], conc[4], MPFR_RNDN), mpfr_add(den, den, t, MPFR_RNDN);
  log_ratio_mV(out, num, den, T);                        /* rebooting, resting potential */
  mpfr_clears(num, den, t, (mpfr_ptr)0);
}
#line 277 "noweb/rebooting.nw"
void Rebooting_spike_energy_J(mpfr_t out)
{
  mpfr_t a, b;
  mpfr_inits2(mpfr_get_prec(out) + MEMBRANE_GUARD, a, b, (mpfr_ptr)0);
  mpfr_set_str(a, "0.110", 10, MPFR_RNDN);
  mpfr_set_str(b, "3e-12", 10, MPFR_RNDN);
  mpfr_mul(a, a, b, MPFR_RNDN);
  mpfr_set_str(b, "1e-3", 10, MPFR_RNDN);
  mpfr_mul(a, a, b, MPFR_RNDN);
  mpfr_div_2ui(out, a, 1, MPFR_RNDN);                    /* rebooting Sec. I.A */
  mpfr_clears(a, b, (mpfr_ptr)0);
}

void Rebooting_bit_energy_J(mpfr_t out, const mpfr_t eta, const mpfr_t N, const mpfr_t T)
{
  assert(mpfr_cmp_ui(eta, 0) > 0 && mpfr_cmp_ui(N, 1) >= 0 && mpfr_cmp_ui(T, 0) > 0);
  mpfr_t a, b;
  mpfr_inits2(mpfr_get_prec(out) + MEMBRANE_GUARD, a, b, (mpfr_ptr)0);
  mpfr_set_str(a, k_B, 10, MPFR_RNDN);
  mpfr_mul(a, a, T, MPFR_RNDN);
  mpfr_mul(a, a, eta, MPFR_RNDN);
  mpfr_log2(b, N, MPFR_RNDN);
  mpfr_mul(b, b, N, MPFR_RNDN);
  mpfr_mul(out, a, b, MPFR_RNDN);                        /* rebooting Sec. V */
  mpfr_clears(a, b, (mpfr_ptr)0);
}
#line 779 "noweb/rebooting.nw"
size_t Rebooting_joint_cells(const Rebooting_joint *J)
{
  assert(J->nvars >= 1 && J->nvars <= REBOOTING_VARS);
  size_t n = 1;
  for (int v = 0; v < J->nvars; v++)
    assert(J->card[v] >= 1), n *= (size_t)J->card[v];
  assert(n <= REBOOTING_CELLS);
  return n;
}

static size_t project(const Rebooting_joint *J, size_t cell, unsigned mask, int *canonical)
{
  size_t idx = 0, scale = 1;
  int canon = 1;
  for (int v = 0; v < J->nvars; v++) {
    size_t d = cell % (size_t)J->card[v];
    cell /= (size_t)J->card[v];
    if ((mask >> v) & 1)
      idx += d * scale, scale *= (size_t)J->card[v];
    else if (d)
      canon = 0;
  }
  if (canonical)
    *canonical = canon;
  return idx;
}

static void marginal(const Rebooting_joint *J, unsigned mask, unsigned long *m)
{
  size_t n = Rebooting_joint_cells(J);
  memset(m, 0, REBOOTING_CELLS * sizeof *m);
  for (size_t cell = 0; cell < n; cell++)
    m[project(J, cell, mask, NULL)] += J->count[cell];
}

static void check_masks(const Rebooting_joint *J, unsigned a, unsigned b, unsigned c)
{
  unsigned all = (1u << J->nvars) - 1;
  assert(J->total > 0 && a != 0 && (a & ~all) == 0 && (b & ~all) == 0 && (c & ~all) == 0);
  assert((a & b) == 0 && (a & c) == 0 && (b & c) == 0);
}
#line 829 "noweb/rebooting.nw"
enum { INFO_GUARD = 32 };

static mpfr_t *log2_table(unsigned long D, mpfr_prec_t w)
{
  mpfr_t *t = malloc((D + 1) * sizeof *t);
  assert(t);
  for (unsigned long n = 0; n <= D; n++) {
    mpfr_init2(t[n], w);
    if (n == 0)
      mpfr_set_zero(t[n], 1);
    else
      mpfr_set_ui(t[n], n, MPFR_RNDN), mpfr_log2(t[n], t[n], MPFR_RNDN);
  }
  return t;
}

static void free_table(mpfr_t *t, unsigned long D)
{
  for (unsigned long n = 0; n <= D; n++)
    mpfr_clear(t[n]);
  free(t);
}

/* I(A;B|C) when b != 0, else H(A|C); terms over the canonical cells of A, B, C */
static void info_sum(mpfr_t out, const Rebooting_joint *J, unsigned a, unsigned b, unsigned c,
                     mpfr_t *lg)
{
  static _Thread_local unsigned long mabc[REBOOTING_CELLS], mac[REBOOTING_CELLS],
      mbc[REBOOTING_CELLS], mc[REBOOTING_CELLS];
  marginal(J, a | b | c, mabc), marginal(J, a | c, mac);
  marginal(J, b | c, mbc), marginal(J, c, mc);
  mpfr_t sum, term;
  mpfr_inits2(mpfr_get_prec(lg[0]), sum, term, (mpfr_ptr)0);
  mpfr_set_zero(sum, 1);
  size_t n = Rebooting_joint_cells(J);
  for (size_t cell = 0; cell < n; cell++) {
    int canon;
    unsigned long w = mabc[project(J, cell, a | b | c, &canon)];
    if (!canon || w == 0)
      continue;
    unsigned long nc = mc[project(J, cell, c, NULL)], nac = mac[project(J, cell, a | c, NULL)];
    if (b) {
      unsigned long nbc = mbc[project(J, cell, b | c, NULL)];
      mpfr_add(term, lg[w], lg[nc], MPFR_RNDN);
      mpfr_sub(term, term, lg[nac], MPFR_RNDN);
      mpfr_sub(term, term, lg[nbc], MPFR_RNDN);
    } else
      mpfr_sub(term, lg[nc], lg[w], MPFR_RNDN);
    mpfr_mul_ui(term, term, w, MPFR_RNDN);
    mpfr_add(sum, sum, term, MPFR_RNDN);
  }
  mpfr_div_ui(out, sum, J->total, MPFR_RNDN);
  mpfr_clears(sum, term, (mpfr_ptr)0);
}

void Rebooting_cond_entropy(mpfr_t out, const Rebooting_joint *J, unsigned a, unsigned c)
{
  check_masks(J, a, 0, c);
  mpfr_t *lg = log2_table(J->total, mpfr_get_prec(out) + INFO_GUARD);
  info_sum(out, J, a, 0, c, lg);
  free_table(lg, J->total);
}

void Rebooting_cond_information(mpfr_t out, const Rebooting_joint *J, unsigned a, unsigned b,
                                unsigned c)
{
  check_masks(J, a, b, c);
  assert(b != 0);
  mpfr_t *lg = log2_table(J->total, mpfr_get_prec(out) + INFO_GUARD);
  info_sum(out, J, a, b, c, lg);
  free_table(lg, J->total);
}
#line 907 "noweb/rebooting.nw"
static void info_exact(mpq_t out, const Rebooting_joint *J, unsigned a, unsigned b, unsigned c)
{
  static _Thread_local unsigned long mabc[REBOOTING_CELLS], mac[REBOOTING_CELLS],
      mbc[REBOOTING_CELLS], mc[REBOOTING_CELLS];
  marginal(J, a | b | c, mabc), marginal(J, a | c, mac);
  marginal(J, b | c, mbc), marginal(J, c, mc);
  mpz_t num, den, t;
  mpz_inits(num, den, t, (mpz_ptr)0);
  mpz_set_ui(num, 1), mpz_set_ui(den, 1);
  size_t n = Rebooting_joint_cells(J);
  for (size_t cell = 0; cell < n; cell++) {
    int canon;
    unsigned long w = mabc[project(J, cell, a | b | c, &canon)];
    if (!canon || w == 0)
      continue;
    unsigned long nc = mc[project(J, cell, c, NULL)], nac = mac[project(J, cell, a | c, NULL)];
    mpz_ui_pow_ui(t, nc, w), mpz_mul(num, num, t);
    if (b) {
      unsigned long nbc = mbc[project(J, cell, b | c, NULL)];
      mpz_ui_pow_ui(t, w, w), mpz_mul(num, num, t);
      mpz_ui_pow_ui(t, nac, w), mpz_mul(den, den, t);
      mpz_ui_pow_ui(t, nbc, w), mpz_mul(den, den, t);
    } else
      mpz_ui_pow_ui(t, w, w), mpz_mul(den, den, t);
  }
  mpq_set_num(out, num), mpq_set_den(out, den), mpq_canonicalize(out);
  mpz_clears(num, den, t, (mpz_ptr)0);
}

void Rebooting_cond_entropy_exact(mpq_t out, const Rebooting_joint *J, unsigned a, unsigned c)
{
  check_masks(J, a, 0, c);
  info_exact(out, J, a, 0, c);
}

void Rebooting_cond_information_exact(mpq_t out, const Rebooting_joint *J, unsigned a, unsigned b,
                                      unsigned c)
{
  check_masks(J, a, b, c);
  assert(b != 0);
  info_exact(out, J, a, b, c);
}
#line 961 "noweb/rebooting.nw"
void Rebooting_pid_redundancy(mpfr_t out, const Rebooting_joint *J)
{
  assert(J->nvars == 3 && J->total > 0);
  unsigned long mx[REBOOTING_CELLS], mxy[2][REBOOTING_CELLS], my[2][REBOOTING_CELLS];
  marginal(J, 1, mx);
  for (int i = 0; i < 2; i++)
    marginal(J, 1u | (2u << i), mxy[i]), marginal(J, 2u << i, my[i]);
  mpfr_t *lg = log2_table(J->total, mpfr_get_prec(out) + INFO_GUARD);
  mpfr_t sum, spec[2], term;
  mpfr_inits2(mpfr_get_prec(lg[0]), sum, spec[0], spec[1], term, (mpfr_ptr)0);
  mpfr_set_zero(sum, 1);
  for (int x = 0; x < J->card[0]; x++) {
    if (mx[x] == 0)
      continue;
    for (int i = 0; i < 2; i++) {
      mpfr_set_zero(spec[i], 1);
      for (int y = 0; y < J->card[1 + i]; y++) {
        unsigned long nxy = mxy[i][(size_t)x + (size_t)y * (size_t)J->card[0]], ny = my[i][y];
        if (nxy == 0)
          continue;
        mpfr_add(term, lg[nxy], lg[J->total], MPFR_RNDN);   /* log2 p(x|y)/p(x) */
        mpfr_sub(term, term, lg[ny], MPFR_RNDN);
        mpfr_sub(term, term, lg[mx[x]], MPFR_RNDN);
        mpfr_mul_ui(term, term, nxy, MPFR_RNDN);
        mpfr_add(spec[i], spec[i], term, MPFR_RNDN);
      }
    }
    mpfr_min(term, spec[0], spec[1], MPFR_RNDN);          /* n_x times the specific information */
    mpfr_add(sum, sum, term, MPFR_RNDN);
  }
  mpfr_div_ui(out, sum, J->total, MPFR_RNDN);
  mpfr_clears(sum, spec[0], spec[1], term, (mpfr_ptr)0);
  free_table(lg, J->total);
}
#line 1005 "noweb/rebooting.nw"
typedef int (*Joint_visit)(const Rebooting_joint *J, void *ctx);

static int compositions(Rebooting_joint *J, size_t m, unsigned long D, Joint_visit visit, void *ctx)
{
  memset(J->count, 0, sizeof J->count);
  J->total = D;
  J->count[0] = D;
  for (;;) {
    int stop = visit(J, ctx);
    if (stop)
      return stop;
    
#line 1029 "noweb/rebooting.nw"
unsigned long t = J->count[m - 1];
J->count[m - 1] = 0;
size_t j = m - 1;
while (j > 0 && J->count[j - 1] == 0)
  j--;
if (j == 0) {
  J->count[m - 1] = t;
  return 0;
}
J->count[j - 1]--;
J->count[j] = 1 + t;
#line 1017 "noweb/rebooting.nw"
  }
}
#line 1043 "noweb/rebooting.nw"
enum { EXPERIMENT_RANDOM_JOINTS = 301, RANDOM_JOINTS = 48 };

static int for_each_joint(uint64_t seed, Joint_visit visit, void *ctx)
{
  static _Thread_local Rebooting_joint J;
  J = (Rebooting_joint){.nvars = 3, .card = {2, 2, 2}};
  int stop = compositions(&J, 8, 6, visit, ctx);
  if (stop)
    return stop;
  J = (Rebooting_joint){.nvars = 4, .card = {2, 2, 2, 2}};
  if ((stop = compositions(&J, 16, 4, visit, ctx)))
    return stop;
  for (uint64_t r = 0; r < RANDOM_JOINTS; r++) {
    J = (Rebooting_joint){.nvars = 4, .card = {3, 3, 3, 3}};
    Rng rng;
    Rng_init(&rng, seed, EXPERIMENT_RANDOM_JOINTS, r);
    J.total = 0;
    for (size_t c = 0; c < 81; c++)
      J.count[c] = Rng_bits(&rng) % 8, J.total += J.count[c];
    if (J.total == 0)
      J.count[0] = J.total = 1;
    if ((stop = visit(&J, ctx)))
      return stop;
  }
  return 0;
}
#line 1731 "noweb/rebooting.nw"
static double h2(double x) { return x > 0 ? -x * log2(x) : 0; }

void Rebooting_truth(double p[3])
{
  double lo = 0, hi = 1.0 / 3;
  for (int i = 0; i < 200 && hi - lo > 0; i++) {
    double mid = (lo + hi) / 2;
    if (mid == lo || mid == hi)
      break;
    if (h2(1 - 2 * mid) + 2 * h2(mid) < 0.5)
      lo = mid;
    else
      hi = mid;
  }
  p[1] = p[2] = lo;
  p[0] = 1 - 2 * lo;
}

double Rebooting_kl_bits(const double q[3], const double p[3])
{
  double d = 0;
  for (int i = 0; i < 3; i++)
    if (q[i] > 0)
      assert(p[i] > 0), d += q[i] * log2(q[i] / p[i]);
  return d;
}

static double kl_nats(const double q[3], const double p[3])
{
  double d = 0;
  for (int i = 0; i < 3; i++)
    if (q[i] > 0)
      d += q[i] * log(q[i] / p[i]);
  return d;
}

double Rebooting_beta(const unsigned n[3])
{
  unsigned N = n[0] + n[1] + n[2];
  assert(N >= 1);
  if (N == 1)
    return 1;
  double p[3], q[3], loo = 0;
  for (int i = 0; i < 3; i++)
    p[i] = (double)n[i] / N;
  for (int k = 0; k < 3; k++) {
    if (n[k] == 0)
      continue;
    for (int i = 0; i < 3; i++)
      q[i] = (double)(n[i] - (i == k)) / (N - 1);
    loo += p[k] * kl_nats(q, p);
  }
  return 1 / (1 + N * loo);                               /* the data temperature, our reading */
}

void Rebooting_temper(double q[3], const unsigned n[3], double beta)
{
  assert(beta > 0);
  unsigned N = n[0] + n[1] + n[2];
  assert(N >= 1);
  double z = 0;
  for (int i = 0; i < 3; i++)
    z += q[i] = n[i] ? pow((double)n[i] / N, beta) : 0;   /* q_i ~ p_i^beta, the Boltzmann form */
  for (int i = 0; i < 3; i++)
    q[i] /= z;
}

void Rebooting_estimate(double q[3], const unsigned n[3], int which)
{
  assert(which >= 0 && which < REBOOTING_ESTIMATORS);
  if (which == REBOOTING_ME)
    q[0] = q[1] = q[2] = 1.0 / 3;
  else
    Rebooting_temper(q, n, which == REBOOTING_ML ? 1 : Rebooting_beta(n));
}
#line 1813 "noweb/rebooting.nw"
static double expected(unsigned N, int which, double beta)
{
  assert(N >= 1 && N <= 1000);
  double p[3], lp[3], q[3], sum = 0;
  Rebooting_truth(p);
  for (int i = 0; i < 3; i++)
    lp[i] = log(p[i]);
  for (unsigned a = 0; a <= N; a++)
    for (unsigned b = 0; a + b <= N; b++) {
      unsigned n[3] = {a, b, N - a - b};
      double w = lgamma(N + 1.0);
      for (int i = 0; i < 3; i++)
        w += n[i] * lp[i] - lgamma(n[i] + 1.0);
      if (beta > 0)
        Rebooting_temper(q, n, beta);
      else
        Rebooting_estimate(q, n, which);
      sum += exp(w) * Rebooting_kl_bits(q, p);
    }
  return sum;
}

double Rebooting_expected_kl(unsigned N, int which) { return expected(N, which, 0); }
double Rebooting_expected_kl_tempered(unsigned N, double beta)
{
  assert(beta > 0);
  return expected(N, 0, beta);
}
#line 1890 "noweb/rebooting.nw"
static void truth_mpfr(mpfr_t x, mpfr_prec_t w)
{
  double p[3];
  Rebooting_truth(p);
  mpfr_set_d(x, p[1], MPFR_RNDN);
  mpfr_t y, l, f, d;
  mpfr_inits2(w, y, l, f, d, (mpfr_ptr)0);
  int steps = 2 + (int)ceil(log2((double)w / 53));
  for (int k = 0; k < steps; k++) {              /* Newton on f(x) = h(1-2x) + 2h(x) - 1/2 */
    mpfr_mul_2ui(y, x, 1, MPFR_RNDN);
    mpfr_ui_sub(y, 1, y, MPFR_RNDN);                   /* y = 1 - 2x, exact near x = 0.04 */
    mpfr_log2(l, y, MPFR_RNDN);
    mpfr_mul(f, y, l, MPFR_RNDN);                      /* f = y log2 y */
    mpfr_log2(d, x, MPFR_RNDN);
    mpfr_mul(l, x, d, MPFR_RNDN);
    mpfr_mul_2ui(l, l, 1, MPFR_RNDN);
    mpfr_add(f, f, l, MPFR_RNDN);                      /* f = y log2 y + 2 x log2 x */
    mpfr_add_d(f, f, 0.5, MPFR_RNDN);                  /* f(x) = -(that) - 1/2, negated */
    mpfr_div(d, y, x, MPFR_RNDN);
    mpfr_log2(d, d, MPFR_RNDN);
    mpfr_mul_2ui(d, d, 1, MPFR_RNDN);                  /* f'(x) = 2 log2(y/x) */
    mpfr_div(f, f, d, MPFR_RNDN);
    mpfr_add(x, x, f, MPFR_RNDN);                      /* x - f/f' with f negated */
  }
  mpfr_clears(y, l, f, d, (mpfr_ptr)0);
}
#line 1924 "noweb/rebooting.nw"
static void kl_counts_mpfr(mpfr_t d, const unsigned m[3], unsigned M, mpfr_t *L, mpfr_t *lp,
                           mpfr_t t)
{
  mpfr_set_zero(d, 1);
  for (int i = 0; i < 3; i++)
    if (m[i]) {
      mpfr_sub(t, L[m[i]], L[M], MPFR_RNDN);
      mpfr_sub(t, t, lp[i], MPFR_RNDN);
      mpfr_mul_ui(t, t, m[i], MPFR_RNDN);
      mpfr_add(d, d, t, MPFR_RNDN);
    }
  mpfr_div_ui(d, d, M, MPFR_RNDN);
}

/* D(q || truth) in nats for the estimate `which' of counts n. */
static void term_mpfr(mpfr_t d, const unsigned n[3], unsigned N, int which, mpfr_t *L,
                      mpfr_t *lp, mpfr_t *t)
{
  if (which == REBOOTING_ML || N == 1) {
    kl_counts_mpfr(d, n, N, L, lp, t[0]);
    return;
  }
  mpfr_t *lq = t + 1, *le = t + 4;               /* ln q_i, ln(n_i / N) */
  for (int i = 0; i < 3; i++)
    if (n[i])
      mpfr_sub(le[i], L[n[i]], L[N], MPFR_RNDN);
  mpfr_set_zero(t[7], 1);                        /* N loo = sum_k n_k D(leave k out || p) */
  for (int k = 0; k < 3; k++)
    if (n[k]) {
      unsigned m[3] = {n[0] - (k == 0), n[1] - (k == 1), n[2] - (k == 2)};
      kl_counts_mpfr(d, m, N - 1, L, le, t[0]);
      mpfr_mul_ui(d, d, n[k], MPFR_RNDN);
      mpfr_add(t[7], t[7], d, MPFR_RNDN);
    }
  mpfr_add_ui(t[7], t[7], 1, MPFR_RNDN);         /* 1 + N loo = 1 + sum_k n_k D_k */
  mpfr_ui_div(t[7], 1, t[7], MPFR_RNDN);         /* beta = 1/(1 + N loo) */
  mpfr_set_zero(t[8], 1);
  for (int i = 0; i < 3; i++)
    if (n[i]) {
      mpfr_mul(lq[i], le[i], t[7], MPFR_RNDN);
      mpfr_exp(t[0], lq[i], MPFR_RNDN);
      mpfr_add(t[8], t[8], t[0], MPFR_RNDN);     /* z = sum (n_i/N)^beta */
    }
  mpfr_log(t[8], t[8], MPFR_RNDN);
  mpfr_set_zero(d, 1);
  for (int i = 0; i < 3; i++)
    if (n[i]) {
      mpfr_sub(lq[i], lq[i], t[8], MPFR_RNDN);   /* ln q_i = beta ln(n_i/N) - ln z */
      mpfr_exp(t[0], lq[i], MPFR_RNDN);
      mpfr_sub(t[9], lq[i], lp[i], MPFR_RNDN);
      mpfr_mul(t[0], t[0], t[9], MPFR_RNDN);
      mpfr_add(d, d, t[0], MPFR_RNDN);
    }
}
#line 1984 "noweb/rebooting.nw"
void Rebooting_expected_kl_mpfr(mpfr_t out, unsigned N, int which)
{
  assert(N >= 1 && N <= 1000 && which >= 0 && which < REBOOTING_ESTIMATORS);
  mpfr_prec_t w = mpfr_get_prec(out) + 40;
  mpfr_t x, lp[3], sum, base, d, t[11], *L = malloc((N + 1) * sizeof *L);
  assert(L != NULL);
  mpfr_inits2(w, x, lp[0], lp[1], lp[2], sum, base, d, (mpfr_ptr)0);
  truth_mpfr(x, w);
  mpfr_log(lp[1], x, MPFR_RNDN);
  mpfr_set(lp[2], lp[1], MPFR_RNDN);
  mpfr_mul_2ui(lp[0], x, 1, MPFR_RNDN);
  mpfr_ui_sub(lp[0], 1, lp[0], MPFR_RNDN);
  mpfr_log(lp[0], lp[0], MPFR_RNDN);
  if (which == REBOOTING_ME) {                   /* -ln 3 - (1/3) sum ln p_i, in nats */
    mpfr_add(sum, lp[0], lp[1], MPFR_RNDN);
    mpfr_add(sum, sum, lp[2], MPFR_RNDN);
    mpfr_div_ui(sum, sum, 3, MPFR_RNDN);
    mpfr_set_ui(d, 3, MPFR_RNDN);
    mpfr_log(d, d, MPFR_RNDN);
    mpfr_add(sum, sum, d, MPFR_RNDN);
    mpfr_neg(sum, sum, MPFR_RNDN);
  } else {
    
#line 2016 "noweb/rebooting.nw"
for (unsigned k = 0; k <= N; k++) {
  mpfr_init2(L[k], w);
  if (k)
    mpfr_log_ui(L[k], k, MPFR_RNDN);
}
for (int i = 0; i < 11; i++)
  mpfr_init2(t[i], w);
mpz_t binom;
mpz_init(binom);
mpfr_set_zero(sum, 1);
for (unsigned a = 0; a <= N; a++) {
  mpfr_mul_2ui(base, x, 1, MPFR_RNDN);
  mpfr_ui_sub(base, 1, base, MPFR_RNDN);
  mpfr_pow_ui(base, base, a, MPFR_RNDN);
  mpfr_pow_ui(d, x, N - a, MPFR_RNDN);
  mpfr_mul(base, base, d, MPFR_RNDN);
  mpz_bin_uiui(binom, N, a);
  mpfr_mul_z(base, base, binom, MPFR_RNDN);      /* C(N,a) (1-2x)^a x^(N-a) */
  mpz_set_ui(binom, 1);
  for (unsigned b = 0; 2 * b <= N - a; b++) {    /* (a,b,c) and (a,c,b): one term, twice */
    unsigned n[3] = {a, b, N - a - b};
    mpfr_mul_z(t[10], base, binom, MPFR_RNDN);    /* the weight of counts (a, b, c) */
    if (mpfr_get_exp(t[10]) >= -(mpfr_exp_t)w - 32) {  /* else below 2^-(w+32): skipped */
      term_mpfr(d, n, N, which, L, lp, t);
      mpfr_mul(d, d, t[10], MPFR_RNDN);
      if (2 * b < N - a)
        mpfr_mul_2ui(d, d, 1, MPFR_RNDN);
      mpfr_add(sum, sum, d, MPFR_RNDN);
    }
    mpz_mul_ui(binom, binom, N - a - b);         /* C(N-a, b+1) from C(N-a, b) */
    mpz_divexact_ui(binom, binom, b + 1);
  }
}
mpz_clear(binom);
for (int i = 0; i < 11; i++)
  mpfr_clear(t[i]);
for (unsigned k = 0; k <= N; k++)
  mpfr_clear(L[k]);
#line 2007 "noweb/rebooting.nw"
  }
  mpfr_const_log2(d, MPFR_RNDN);
  mpfr_div(out, sum, d, MPFR_RNDN);              /* nats to bits */
  mpfr_clears(x, lp[0], lp[1], lp[2], sum, base, d, (mpfr_ptr)0);
  free(L);
}
#line 2074 "noweb/rebooting.nw"
enum { EXPERIMENT_ESTIMATORS = 302, ESTIMATOR_BLOCKS = 64 };

typedef struct {
  unsigned N;
  int which;
  uint64_t seed, samples;
  double p[3];
} Estimator_run;

static void estimator_block(uint64_t block, void *ctx, Stats *out)
{
  const Estimator_run *e = ctx;
  uint64_t first = e->samples * block / ESTIMATOR_BLOCKS;
  uint64_t last = e->samples * (block + 1) / ESTIMATOR_BLOCKS;
  Rng rng;
  Rng_init(&rng, e->seed, EXPERIMENT_ESTIMATORS, block);
  for (uint64_t s = first; s < last; s++) {
    unsigned n[3] = {0, 0, 0};
    for (unsigned i = 0; i < e->N; i++) {
      double u = Rng_uniform(&rng);
      n[u < e->p[0] ? 0 : u < e->p[0] + e->p[1] ? 1 : 2]++;
    }
    double q[3];
    Rebooting_estimate(q, n, e->which);
    Stats_add(out, Rebooting_kl_bits(q, e->p));
  }
}

void Rebooting_estimator_mc(Ledger_mc *out, unsigned N, int which, uint64_t seed, uint64_t samples,
                            int threads)
{
  assert(N >= 1 && N <= 1000 && which >= 0 && which < REBOOTING_ESTIMATORS && samples >= 2);
  Estimator_run e = {.N = N, .which = which, .seed = seed, .samples = samples};
  Rebooting_truth(e.p);
  Stats total;
  Stats_parallel(&total, ESTIMATOR_BLOCKS, threads, estimator_block, &e);
  out->estimate = Stats_mean(&total);
  out->stderr_ = Stats_stderr(&total);
  out->exact = Rebooting_expected_kl(N, which);
  if (out->stderr_ > 0)
    out->z = Stats_z(out->estimate, out->stderr_, out->exact);
  else if (which == REBOOTING_ME)
    out->z = fabs(out->estimate - out->exact) <= 1e-12 ? 0 : INFINITY;
  else
    out->z = NAN;                                /* equal samples by chance: no error known */
  out->samples = total.n;
}
#line 2329 "noweb/rebooting.nw"
enum { EXPERIMENT_ISING = 303, EXPERIMENT_ISING_TAU = 304 };

static uint32_t threshold(double d, double T)
{
  double t = ldexp(exp(-2 * d / T), 32);
  return t >= 4294967295.0 ? 4294967295u : (uint32_t)t;
}

void Rebooting_ising_init(Rebooting_ising *g, int L, double T, uint64_t seed, uint64_t chain)
{
  assert(L >= 4 && L <= 4096 && L % 2 == 0 && T > 0);
  g->L = L, g->H = L / 2;
  size_t n = (size_t)L * (size_t)g->H;
  g->s[0] = malloc(n), g->s[1] = malloc(n);
  g->rnd = malloc((size_t)L * (size_t)L * sizeof *g->rnd);
  assert(g->s[0] && g->s[1] && g->rnd);
  memset(g->s[0], 1, n), memset(g->s[1], 1, n);
  g->t2 = threshold(2, T), g->t4 = threshold(4, T);
  Rng rng;
  Rng_init(&rng, seed, EXPERIMENT_ISING, chain);
  uint64_t k = Rng_bits(&rng);
  g->key[0] = (uint32_t)k, g->key[1] = (uint32_t)(k >> 32);
  g->sweep = 0;
}

void Rebooting_ising_free(Rebooting_ising *g)
{
  free(g->s[0]), free(g->s[1]), free(g->rnd);
}

double Rebooting_ising_abs_m(const Rebooting_ising *g)
{
  long m = 0;
  size_t n = (size_t)g->L * (size_t)g->H;
  for (size_t i = 0; i < n; i++)
    m += g->s[0][i] + g->s[1][i];
  return fabs((double)m) / ((double)g->L * g->L);
}
#line 2370 "noweb/rebooting.nw"
__attribute__((optimize("O3")))
static void fill_random(uint32_t *restrict out, size_t nblocks, uint64_t sweep,
                        const uint32_t key[2])
{
  philox4x32_key_t k = {{key[0], key[1]}};
  for (size_t i = 0; i < nblocks; i++) {
    philox4x32_ctr_t c = {{(uint32_t)i, (uint32_t)sweep, (uint32_t)(sweep >> 32), 0}};
    philox4x32_ctr_t r = philox4x32_R(10, c, k);
    out[4 * i] = r.v[0], out[4 * i + 1] = r.v[1], out[4 * i + 2] = r.v[2], out[4 * i + 3] = r.v[3];
  }
}

__attribute__((optimize("O3")))
static void update_row(int8_t *restrict s, const int8_t *restrict o, const int8_t *restrict up,
                       const int8_t *restrict dn, int H, int right, const uint32_t *restrict r,
                       uint32_t t2, uint32_t t4)
{
  int8_t side[H];
  if (right) {
    for (int j = 0; j < H - 1; j++)
      side[j] = o[j + 1];
    side[H - 1] = o[0];
  } else {
    side[0] = o[H - 1];
    for (int j = 1; j < H; j++)
      side[j] = o[j - 1];
  }
  for (int j = 0; j < H; j++) {
    int d = s[j] * (o[j] + side[j] + up[j] + dn[j]);
    uint32_t t = d == 2 ? t2 : t4;
    int8_t flip = (int8_t) - (int8_t)((d <= 0) | (r[j] < t));
    s[j] = (int8_t)((s[j] ^ flip) - flip);               /* s -> -s where flip = -1 */
  }
}

void Rebooting_ising_sweep(Rebooting_ising *g)
{
  int L = g->L, H = g->H;
  fill_random(g->rnd, (size_t)L * (size_t)L / 4, g->sweep++, g->key);
  for (int c = 0; c < 2; c++) {
    int8_t *S = g->s[c];
    const int8_t *O = g->s[1 - c];
    for (int y = 0; y < L; y++)
      update_row(S + (size_t)y * H, O + (size_t)y * H, O + (size_t)((y + L - 1) % L) * H,
                 O + (size_t)((y + 1) % L) * H, H, (y + c) & 1,
                 g->rnd + ((size_t)c * L + (size_t)y) * (size_t)H, g->t2, g->t4);
  }
}
#line 2442 "noweb/rebooting.nw"
void Rebooting_ising_tc(mpfr_t out)
{
  mpfr_t t;
  mpfr_init2(t, mpfr_get_prec(out) + 16);
  mpfr_sqrt_ui(t, 2, MPFR_RNDN);
  mpfr_log1p(t, t, MPFR_RNDN);
  mpfr_ui_div(out, 2, t, MPFR_RNDN);                      /* Onsager */
  mpfr_clear(t);
}

void Rebooting_ising_yang(mpfr_t out, const mpfr_t T)
{
  assert(mpfr_cmp_ui(T, 0) > 0);
  mpfr_t t, tc;
  mpfr_inits2(mpfr_get_prec(out) + 64, t, tc, (mpfr_ptr)0);
  Rebooting_ising_tc(tc);
  if (mpfr_cmp(T, tc) >= 0)
    mpfr_set_zero(out, 1);
  else {
    mpfr_ui_div(t, 2, T, MPFR_RNDN);
    mpfr_sinh(t, t, MPFR_RNDN);
    mpfr_pow_si(t, t, -4, MPFR_RNDN);
    mpfr_ui_sub(t, 1, t, MPFR_RNDN);
    if (mpfr_sgn(t) <= 0)
      mpfr_set_zero(out, 1);
    else
      mpfr_rootn_ui(out, t, 8, MPFR_RNDN);                /* Yang */
  }
  mpfr_clears(t, tc, (mpfr_ptr)0);
}

double Rebooting_ising_L4(double T)
{
  assert(T > 0);
  double z = 0, zm = 0;
  for (unsigned state = 0; state < 65536; state++) {
    int s[16], m = 0, e = 0;
    for (int i = 0; i < 16; i++)
      s[i] = (state >> i) & 1 ? 1 : -1, m += s[i];
    for (int y = 0; y < 4; y++)
      for (int x = 0; x < 4; x++)
        e -= s[4 * y + x] * (s[4 * y + (x + 1) % 4] + s[4 * ((y + 1) % 4) + x]);
    double w = exp(-(e + 32) / T);
    z += w, zm += w * abs(m) / 16.0;
  }
  return zm / z;
}
#line 2524 "noweb/rebooting.nw"
enum { ISING_CHAINS = 32 };

typedef struct {
  int L;
  double T;
  uint64_t seed, sweeps;
} Ising_run;

static void ising_chain(uint64_t chain, void *ctx, Stats *out)
{
  const Ising_run *e = ctx;
  Rebooting_ising g;
  Rebooting_ising_init(&g, e->L, e->T, e->seed, chain);
  for (uint64_t i = 0; i < e->sweeps / 2; i++)
    Rebooting_ising_sweep(&g);
  Stats s;
  Stats_init(&s);
  for (uint64_t i = 0; i < e->sweeps; i++)
    Rebooting_ising_sweep(&g), Stats_add(&s, Rebooting_ising_abs_m(&g));
  Stats_add(out, Stats_mean(&s));
  Rebooting_ising_free(&g);
}

static double ising_exact(int L, double T)
{
  if (L == 4)
    return Rebooting_ising_L4(T);
  mpfr_t t, m;
  mpfr_inits2(64, t, m, (mpfr_ptr)0);
  mpfr_set_d(t, T, MPFR_RNDN);
  Rebooting_ising_yang(m, t);
  double v = mpfr_get_d(m, MPFR_RNDN);
  mpfr_clears(t, m, (mpfr_ptr)0);
  return v;
}

void Rebooting_ising_mc(Ledger_mc *out, int L, double T, uint64_t seed, uint64_t sweeps,
                        int threads)
{
  assert(sweeps >= 16 * ISING_CHAINS);
  Ising_run e = {.L = L, .T = T, .seed = seed, .sweeps = sweeps / ISING_CHAINS};
  Stats total;
  Stats_parallel(&total, ISING_CHAINS, threads, ising_chain, &e);
  Ledger_mc_set(out, Stats_mean(&total), Stats_stderr(&total), ising_exact(L, T),
                e.sweeps * ISING_CHAINS);
  if (out->stderr_ == 0)                         /* a frozen lattice: every chain read the same */
    out->z = fabs(out->estimate - out->exact) <= 1e-12 ? 0 : NAN;
}

double Rebooting_ising_tau(int L, double T, uint64_t seed, uint64_t sweeps)
{
  assert(sweeps >= 64);
  Rebooting_ising g;
  Rebooting_ising_init(&g, L, T, seed, ((uint64_t)EXPERIMENT_ISING_TAU << 32));
  double *x = malloc(sweeps * sizeof *x);
  assert(x);
  for (uint64_t i = 0; i < sweeps / 2; i++)
    Rebooting_ising_sweep(&g);
  for (uint64_t i = 0; i < sweeps; i++)
    Rebooting_ising_sweep(&g), x[i] = Rebooting_ising_abs_m(&g);
  Batch_means bm;
  Batch_means_compute(&bm, x, sweeps, 32);
  free(x);
  Rebooting_ising_free(&g);
  return bm.tau_int;
}
#line 313 "noweb/rebooting.nw"
static void set_paper_membrane(mpfr_t conc[6], mpfr_t perm[3], mpfr_t T, mpfr_prec_t prec)
{
  static const char *const c[6] = {"5", "140", "140", "12", "110", "20"};
  static const char *const p[3] = {"1e-6", "2e-8", "5e-10"};
  for (int i = 0; i < 6; i++)
    mpfr_init2(conc[i], prec), mpfr_set_str(conc[i], c[i], 10, MPFR_RNDN);
  for (int i = 0; i < 3; i++)
    mpfr_init2(perm[i], prec), mpfr_set_str(perm[i], p[i], 10, MPFR_RNDN);
  mpfr_init2(T, prec);
  mpfr_set_ui(T, 310, MPFR_RNDN);
}

static void clear_membrane(mpfr_t conc[6], mpfr_t perm[3], mpfr_t T)
{
  for (int i = 0; i < 6; i++)
    mpfr_clear(conc[i]);
  for (int i = 0; i < 3; i++)
    mpfr_clear(perm[i]);
  mpfr_clear(T);
}

static void check_gas_constant(const Ledger_options *o, Ledger_result *r)
{
  mpfr_t R, t;
  mpfr_inits2(o->prec + MEMBRANE_GUARD, R, t, (mpfr_ptr)0);
  mpfr_set_str(R, k_B, 10, MPFR_RNDN);
  mpfr_set_str(t, N_A, 10, MPFR_RNDN);
  mpfr_mul(R, R, t, MPFR_RNDN);
  Ledger_value(r, R, "8.314", "J/(K mol)");
  mpfr_clears(R, t, (mpfr_ptr)0);
}

static void check_faraday(const Ledger_options *o, Ledger_result *r)
{
  mpfr_t F, t;
  mpfr_inits2(o->prec + MEMBRANE_GUARD, F, t, (mpfr_ptr)0);
  mpfr_set_str(F, e_charge, 10, MPFR_RNDN);
  mpfr_set_str(t, N_A, 10, MPFR_RNDN);
  mpfr_mul(F, F, t, MPFR_RNDN);
  Ledger_value(r, F, "96485", "C/mol");
  mpfr_clears(F, t, (mpfr_ptr)0);
}
#line 365 "noweb/rebooting.nw"
typedef struct {
  mpfr_t c_out, c_in, vt;
} Nernst_balance;

static void ghk_flux_zero(mpfr_t f, mpfr_t df, const mpfr_t V, void *ctx)
{
  Nernst_balance *b = ctx;
  mpfr_t u;
  mpfr_init2(u, mpfr_get_prec(f));
  mpfr_div(u, V, b->vt, MPFR_RNDN);
  mpfr_neg(u, u, MPFR_RNDN);
  mpfr_exp(u, u, MPFR_RNDN);
  mpfr_mul(u, u, b->c_out, MPFR_RNDN);                   /* c_out e^{-u} */
  mpfr_div(df, u, b->vt, MPFR_RNDN);
  mpfr_sub(f, b->c_in, u, MPFR_RNDN);
  mpfr_clear(u);
}

static void nernst_residual(mpfr_t res, mpfr_prec_t prec, void *ctx)
{
  (void)ctx;
  Nernst_balance b;
  mpfr_prec_t w = prec + 16;
  mpfr_inits2(w, b.c_out, b.c_in, b.vt, (mpfr_ptr)0);
  mpfr_t T, lo, hi, root, closed;
  mpfr_inits2(w, T, lo, hi, (mpfr_ptr)0);
  mpfr_inits2(prec, root, closed, (mpfr_ptr)0);
  mpfr_set_ui(b.c_out, 5, MPFR_RNDN), mpfr_set_ui(b.c_in, 140, MPFR_RNDN);
  mpfr_set_ui(T, 310, MPFR_RNDN);
  Rebooting_thermal_voltage_mV(b.vt, T);
  mpfr_set_si(lo, -200, MPFR_RNDN), mpfr_set_ui(hi, 200, MPFR_RNDN);
  if (Num_root(root, ghk_flux_zero, &b, lo, hi) != 0)
    mpfr_set_nan(res);
  else {
    Rebooting_nernst_mV(closed, b.c_out, b.c_in, T);
    mpfr_sub(res, root, closed, MPFR_RNDN);
  }
  mpfr_clears(b.c_out, b.c_in, b.vt, T, lo, hi, root, closed, (mpfr_ptr)0);
}

static void check_nernst(const Ledger_options *o, Ledger_result *r)
{
  Ledger_identity(r, nernst_residual, NULL, o->prec, 10);
  mpfr_t co, ci, T, v;
  mpfr_inits2(o->prec, co, ci, T, v, (mpfr_ptr)0);
  mpfr_set_ui(co, 5, MPFR_RNDN), mpfr_set_ui(ci, 140, MPFR_RNDN), mpfr_set_ui(T, 310, MPFR_RNDN);
  Rebooting_nernst_mV(v, co, ci, T);
  Ledger_field_mpfr(r, "E_K_mV", v, 12);
  mpfr_set_ui(co, 140, MPFR_RNDN), mpfr_set_ui(ci, 12, MPFR_RNDN);
  Rebooting_nernst_mV(v, co, ci, T);
  Ledger_field_mpfr(r, "E_Na_mV", v, 12);
  mpfr_clears(co, ci, T, v, (mpfr_ptr)0);
}
#line 426 "noweb/rebooting.nw"
static void check_gradients(const Ledger_options *o, Ledger_result *r)
{
  (void)o;
  double k = 5 - 140, na = 12 - 140;                      /* exact integers: error 0 */
  Ledger_inequality(r, fmin(k, na), 0,
                    k <= na ? "K+ (5 mM out, 140 mM in)" : "Na+ (140 mM out, 12 mM in)");
  Ledger_field_double(r, "K_slack_mM", k);
  Ledger_field_double(r, "Na_slack_mM", na);
  Ledger_found(r, "K+ 5 mM outside < 140 mM inside; Na+ 12 mM inside < 140 mM outside");
}
#line 443 "noweb/rebooting.nw"
static void permeability_slack(mpfr_t slack, char *where, size_t size, mpfr_prec_t prec, void *ctx)
{
  (void)ctx;
  mpfr_t na, k;
  mpfr_inits2(prec, na, k, (mpfr_ptr)0);
  mpfr_set_str(na, "2e-8", 10, MPFR_RNDN), mpfr_set_str(k, "1e-6", 10, MPFR_RNDN);
  mpfr_div(na, na, k, MPFR_RNDN);
  mpfr_set_str(slack, "0.01", 10, MPFR_RNDN);
  mpfr_sub(slack, slack, na, MPFR_RNDN);
  snprintf(where, size, "P_Na/P_K = 2e-8 / 1e-6 = 0.02");
  mpfr_clears(na, k, (mpfr_ptr)0);
}

static void check_permeability_ratio(const Ledger_options *o, Ledger_result *r)
{
  Ledger_inequality_mpfr(r, permeability_slack, NULL, o->prec);
  Ledger_found(r, "P_Na/P_K = 2e-8 / 1e-6 = 0.02 > 0.01");
}
#line 477 "noweb/rebooting.nw"
static void check_resting(const Ledger_options *o, Ledger_result *r)
{
  mpfr_t conc[6], perm[3], T, v;
  set_paper_membrane(conc, perm, T, o->prec + MEMBRANE_GUARD);
  mpfr_init2(v, o->prec);
  Rebooting_ghk_mV(v, conc, perm, T);
  Ledger_value(r, v, "-78", "mV");
  double lo = INFINITY, hi = -INFINITY;
  for (int in = 4; in <= 30; in++)
    for (int out = 20; out <= 150; out += 10) {
      mpfr_set_ui(conc[5], (unsigned long)in, MPFR_RNDN);
      mpfr_set_ui(conc[4], (unsigned long)out, MPFR_RNDN);
      Rebooting_ghk_mV(v, conc, perm, T);
      lo = fmin(lo, mpfr_get_d(v, MPFR_RNDN)), hi = fmax(hi, mpfr_get_d(v, MPFR_RNDN));
    }
  Ledger_field_double(r, "V_min_over_Cl_mV", lo);
  Ledger_field_double(r, "V_max_over_Cl_mV", hi);
  mpfr_set_ui(conc[5], 20, MPFR_RNDN), mpfr_set_ui(conc[4], 110, MPFR_RNDN);
  mpfr_set_str(perm[1], "1e-8", 10, MPFR_RNDN);
  Rebooting_ghk_mV(v, conc, perm, T);
  Ledger_field_mpfr(r, "V_at_ratio_0.01_mV", v, 8);
  mpfr_set_str(perm[1], "2e-8", 10, MPFR_RNDN);
  Rebooting_thermal_voltage_mV(v, T);
  double rho = exp(-78 / mpfr_get_d(v, MPFR_RNDN)), c = 5e-10 / 1e-6;
  Ledger_field_double(r, "ratio_for_minus78",
                      (rho * (140 + c * 110) - 5 - c * 20) / (140 - rho * 12));
  mpfr_clear(v);
  clear_membrane(conc, perm, T);
}
#line 512 "noweb/rebooting.nw"
static void check_spike(const Ledger_options *o, Ledger_result *r)
{
  mpfr_t E;
  mpfr_init2(E, o->prec);
  Rebooting_spike_energy_J(E);
  mpfr_mul_d(E, E, 1e18, MPFR_RNDN);
  Ledger_value(r, E, "165", "aJ");
  mpfr_clear(E);
}

static void check_spike_kT(const Ledger_options *o, Ledger_result *r)
{
  mpfr_t E, kT;
  mpfr_inits2(o->prec + MEMBRANE_GUARD, E, kT, (mpfr_ptr)0);
  Rebooting_spike_energy_J(E);
  mpfr_set_str(kT, k_B, 10, MPFR_RNDN);
  mpfr_mul_ui(kT, kT, 310, MPFR_RNDN);
  mpfr_div(E, E, kT, MPFR_RNDN);
  Ledger_value(r, E, "40000", "kT at 310 K");
  mpfr_mul_ui(E, E, 310, MPFR_RNDN), mpfr_div_ui(E, E, 300, MPFR_RNDN);
  Ledger_field_mpfr(r, "in_kT_at_300K", E, 10);
  mpfr_clears(E, kT, (mpfr_ptr)0);
}
#line 560 "noweb/rebooting.nw"
const Rebooting_spike_peak Rebooting_spike_peak_paper = {"40", 1};

static void thermal_voltage_slack(mpfr_t slack, char *where, size_t size, mpfr_prec_t prec,
                                  void *ctx)
{
  const Rebooting_spike_peak *peak = ctx;
  mpfr_t T, vt, v, above;
  mpfr_inits2(prec, T, vt, v, above, (mpfr_ptr)0);
  mpfr_set_ui(T, 310, MPFR_RNDN);
  Rebooting_thermal_voltage_mV(vt, T);
  mpfr_div_ui(vt, vt, peak->valence, MPFR_RNDN);
  mpfr_set_str(v, peak->peak_mV, 10, MPFR_RNDN);
  mpfr_sub(above, v, vt, MPFR_RNDN);                     /* above kT/ze ... */
  mpfr_mul_2ui(slack, vt, 1, MPFR_RNDN);
  mpfr_sub(slack, slack, v, MPFR_RNDN);                  /* ... but below 2 kT/ze */
  if (mpfr_cmp(above, slack) <= 0)
    snprintf(where, size, "%s mV - kT/(%u e)", peak->peak_mV, peak->valence);
  else
    snprintf(where, size, "2 kT/(%u e) - %s mV", peak->valence, peak->peak_mV);
  mpfr_min(slack, above, slack, MPFR_RNDN);
  mpfr_clears(T, vt, v, above, (mpfr_ptr)0);
}

void Rebooting_check_thermal_voltage(const Ledger_options *o, Ledger_result *r,
                                     const Rebooting_spike_peak *peak)
{
  Ledger_inequality_mpfr(r, thermal_voltage_slack, (void *)peak, o->prec);
  mpfr_t T, vt, ratio;
  mpfr_inits2(o->prec, T, vt, ratio, (mpfr_ptr)0);
  mpfr_set_ui(T, 310, MPFR_RNDN);
  Rebooting_thermal_voltage_mV(vt, T);
  mpfr_div_ui(vt, vt, peak->valence, MPFR_RNDN);
  mpfr_set_str(ratio, peak->peak_mV, 10, MPFR_RNDN);
  mpfr_div(ratio, ratio, vt, MPFR_RNDN);
  Ledger_field_mpfr(r, "kT_over_ze_mV", vt, 12);
  Ledger_field_mpfr(r, "ratio", ratio, 12);
  if (r->verdict != LEDGER_VERIFIED)
    Ledger_found(r, "%s mV is %.4g kT/%ue (kT/%ue = %.6g mV), not between 1 and 2",
                 peak->peak_mV, mpfr_get_d(ratio, MPFR_RNDN), peak->valence, peak->valence,
                 mpfr_get_d(vt, MPFR_RNDN));
  mpfr_clears(T, vt, ratio, (mpfr_ptr)0);
}

static void check_thermal_voltage(const Ledger_options *o, Ledger_result *r)
{
  Rebooting_check_thermal_voltage(o, r, &Rebooting_spike_peak_paper);
}
#line 613 "noweb/rebooting.nw"
static void check_bit_energy(const Ledger_options *o, Ledger_result *r)
{
  mpfr_t eta, N, T, E, spike;
  mpfr_inits2(o->prec, eta, N, T, E, spike, (mpfr_ptr)0);
  mpfr_set_d(eta, 1e5, MPFR_RNDN), mpfr_set_ui(T, 310, MPFR_RNDN), mpfr_set_ui(N, 2, MPFR_RNDN);
  Rebooting_bit_energy_J(E, eta, N, T);
  Ledger_field_mpfr(r, "E_N2_J", E, 8);
  Rebooting_spike_energy_J(spike);
  mpfr_div(E, E, spike, MPFR_RNDN);
  Ledger_field_mpfr(r, "E_N2_in_spikes", E, 8);
  mpfr_set_ui_2exp(N, 1, 30, MPFR_RNDN);
  Rebooting_bit_energy_J(E, eta, N, T);
  Ledger_field_mpfr(r, "E_gigabit_J", E, 8);
  Ledger_say(r, LEDGER_INCONCLUSIVE,
             "no N and no reference energy are given for 'quite small'; at eta = 1e5, "
             "N = 2 already costs %s spikes", r->field[1].text);
  Ledger_found(r, "eta kT N log2 N at eta = 1e5, 310 K: %s J for N = 2 (%s of the paper's "
               "165 aJ spikes), %s J for N = 2^30", r->field[0].text, r->field[1].text,
               r->field[2].text);
  mpfr_clears(eta, N, T, E, spike, (mpfr_ptr)0);
}
#line 1089 "noweb/rebooting.nw"
typedef struct {
  mpfr_prec_t prec;
  mpfr_t worst;
  long cases, exact_failures;
  const Rebooting_eq6_form *eq6;
} Info_run;

static void info_run_init(Info_run *ir, mpfr_prec_t prec, const Rebooting_eq6_form *eq6)
{
  memset(ir, 0, sizeof *ir);
  ir->prec = prec;
  ir->eq6 = eq6;
  mpfr_init2(ir->worst, 64);
  mpfr_set_zero(ir->worst, 1);
}

static void note_residual(Info_run *ir, const mpfr_t a, const mpfr_t b)
{
  mpfr_t d;
  mpfr_init2(d, ir->prec);
  mpfr_sub(d, a, b, MPFR_RNDN);
  mpfr_abs(d, d, MPFR_RNDN);
  if (mpfr_cmp(d, ir->worst) > 0)
    mpfr_set(ir->worst, d, MPFR_RNDN);
  mpfr_clear(d);
}

static void describe_joint(char *out, size_t size, const Rebooting_joint *J)
{
  size_t n = Rebooting_joint_cells(J), used = 0;
  used += (size_t)snprintf(out, size, "%d vars, weights", J->nvars);
  for (size_t c = 0; c < n && used + 4 < size; c++)
    used += (size_t)snprintf(out + used, size - used, "%s%lu", c ? "," : " ", J->count[c]);
}
#line 1131 "noweb/rebooting.nw"
static int visit_eq3(const Rebooting_joint *J, void *ctx)
{
  Info_run *ir = ctx;
  unsigned ys = (1u << J->nvars) - 2;
  mpfr_t *lg = log2_table(J->total, ir->prec + INFO_GUARD);
  mpfr_t lhs, hx, hxy;
  mpfr_inits2(ir->prec, lhs, hx, hxy, (mpfr_ptr)0);
  info_sum(hx, J, 1, 0, 0, lg);
  for (unsigned u = 2; u <= ys; u += 2) {
    info_sum(lhs, J, 1, u, 0, lg);                       /* the definition of I(X;Y_U) */
    info_sum(hxy, J, 1, 0, u, lg);
    mpfr_sub(hxy, hx, hxy, MPFR_RNDN);                   /* rebooting eq. (3) */
    note_residual(ir, lhs, hxy);
    ir->cases++;
  }
  mpfr_clears(lhs, hx, hxy, (mpfr_ptr)0);
  free_table(lg, J->total);
  return 0;
}

static int visit_eq3_exact(const Rebooting_joint *J, void *ctx)
{
  Info_run *ir = ctx;
  unsigned ys = (1u << J->nvars) - 2;
  mpq_t lhs, hx, hxy;
  mpq_inits(lhs, hx, hxy, (mpq_ptr)0);
  info_exact(hx, J, 1, 0, 0);
  for (unsigned u = 2; u <= ys; u += 2) {
    info_exact(lhs, J, 1, u, 0);
    info_exact(hxy, J, 1, 0, u);
    mpq_div(hxy, hx, hxy);
    ir->exact_failures += !mpq_equal(lhs, hxy);
    ir->cases++;
  }
  mpq_clears(lhs, hx, hxy, (mpq_ptr)0);
  return 0;
}
#line 1175 "noweb/rebooting.nw"
typedef struct {
  uint64_t seed;
  Joint_visit visit;
  const Rebooting_eq6_form *eq6;
} Info_identity;

static void info_residual(mpfr_t res, mpfr_prec_t prec, void *ctx)
{
  const Info_identity *id = ctx;
  Info_run ir;
  info_run_init(&ir, prec, id->eq6);
  for_each_joint(id->seed, id->visit, &ir);
  mpfr_set(res, ir.worst, MPFR_RNDN);
  mpfr_clear(ir.worst);
}

static void info_identity(const Ledger_options *o, Ledger_result *r, Joint_visit visit,
                          Joint_visit exact, const Rebooting_eq6_form *eq6)
{
  Info_run ir;
  info_run_init(&ir, o->prec, eq6);
  for_each_joint(o->seed, exact, &ir);
  Info_identity id = {o->seed, visit, eq6};
  Ledger_identity(r, info_residual, &id, o->prec, 8);
  Ledger_field_double(r, "cases", (double)ir.cases);
  Ledger_field_double(r, "exact_failures", (double)ir.exact_failures);
  if (ir.exact_failures)
    Ledger_say(r, LEDGER_REFUTED, "the two sides differ as exact rationals in %ld of %ld cases",
               ir.exact_failures, ir.cases);
  if (r->verdict != LEDGER_VERIFIED)
    Ledger_found(r, "the two sides differ as exact rationals in %ld of %ld distributions; "
                 "largest gap %.3g bit", ir.exact_failures, ir.cases,
                 mpfr_get_d(ir.worst, MPFR_RNDU));
  mpfr_clear(ir.worst);
}

static void check_eq3(const Ledger_options *o, Ledger_result *r)
{
  info_identity(o, r, visit_eq3, visit_eq3_exact, NULL);
}
#line 1236 "noweb/rebooting.nw"
typedef struct {
  uint64_t seed;
  int printed_eq4, use_information;
  mpfr_prec_t prec;
  mpfr_t min;
  long cases;
  char where[LEDGER_TEXT];
} Order_run;

static void note_step(Order_run *orun, const mpq_t step, const Rebooting_joint *J, int j)
{
  mpfr_t x;
  mpfr_init2(x, orun->prec);
  mpfr_set_q(x, step, MPFR_RNDD);
  mpfr_log2(x, x, MPFR_RNDD);
  mpfr_div_ui(x, x, J->total, MPFR_RNDD);
  if (mpfr_cmp(x, orun->min) < 0) {
    mpfr_set(orun->min, x, MPFR_RNDD);
    int used = snprintf(orun->where, sizeof orun->where, "j = %d, ", j);
    describe_joint(orun->where + used, sizeof orun->where - (size_t)used, J);
  }
  mpfr_clear(x);
  orun->cases++;
}
#line 1263 "noweb/rebooting.nw"
static int visit_order(const Rebooting_joint *J, void *ctx)
{
  Order_run *orun = ctx;
  mpq_t prev, cur, step;
  mpq_inits(prev, cur, step, (mpq_ptr)0);
  if (orun->use_information)
    mpq_set_ui(prev, 1, 1);                                /* I(X; nothing) = 0 */
  else
    info_exact(prev, J, 1, 0, 0);
  unsigned acc = 0;
  for (int j = 1; j < J->nvars; j++) {
    acc |= 1u << j;
    if (orun->use_information) {
      info_exact(cur, J, 1, acc, 0);
      mpq_div(step, cur, prev);                            /* 2^{D (I(X;Y^j) - I(X;Y^{j-1}))} */
    } else {
      info_exact(cur, J, 1, 0, acc);
      mpq_div(step, prev, cur);                            /* 2^{D (H(X|Y^{j-1}) - H(X|Y^j))} */
    }
    if (orun->printed_eq4)
      mpq_inv(step, step);                                 /* rebooting eq. (4) as printed */
    note_step(orun, step, J, j);
    mpq_set(prev, cur);
  }
  mpq_clears(prev, cur, step, (mpq_ptr)0);
  return 0;
}

static void order_slack(mpfr_t slack, char *where, size_t size, mpfr_prec_t prec, void *ctx)
{
  Order_run *orun = ctx;
  orun->prec = prec, orun->cases = 0;
  mpfr_init2(orun->min, prec);
  mpfr_set_inf(orun->min, 1);
  for_each_joint(orun->seed, visit_order, orun);
  mpfr_set(slack, orun->min, MPFR_RNDD);
  snprintf(where, size, "%s", orun->where);
  mpfr_clear(orun->min);
}

static void order_claim(const Ledger_options *o, Ledger_result *r, Order_run *orun)
{
  orun->seed = o->seed;
  Ledger_inequality_mpfr(r, order_slack, orun, o->prec);
  Ledger_field_double(r, "cases", (double)orun->cases);
}

static void check_eq4(const Ledger_options *o, Ledger_result *r)
{
  Order_run orun = {.printed_eq4 = 1};
  order_claim(o, r, &orun);
  Ledger_found(r, "H(X|Y^j) - H(X|Y^{j-1}) = %.6g bit, eq. (4) as printed needs >= 0; at %s "
               "(X a copy of Y_1: H(X) = 1, H(X|Y_1) = 0)", Ledger_field_value(r, "min_slack"),
               orun.where);
}

static void check_eq4_reversed(const Ledger_options *o, Ledger_result *r)
{
  Order_run orun = {.printed_eq4 = 0};
  order_claim(o, r, &orun);
}

static void check_eq5(const Ledger_options *o, Ledger_result *r)
{
  Order_run orun = {.use_information = 1};
  order_claim(o, r, &orun);
}
#line 1358 "noweb/rebooting.nw"
static int popcount(unsigned x)
{
  int n = 0;
  for (; x; x &= x - 1)
    n++;
  return n;
}

static int visit_eq6(const Rebooting_joint *J, void *ctx)
{
  Info_run *ir = ctx;
  unsigned all = (1u << J->nvars) - 2;
  mpfr_t *lg = log2_table(J->total, ir->prec + INFO_GUARD);
  mpfr_t f[1u << REBOOTING_VARS], lhs, rhs, t;
  for (unsigned u = 0; u <= all; u += 2)
    mpfr_init2(f[u], ir->prec + INFO_GUARD), info_sum(f[u], J, 1, 0, u, lg);
  mpfr_inits2(ir->prec, lhs, rhs, t, (mpfr_ptr)0);
  info_sum(lhs, J, 1, all, 0, lg);
  mpfr_set_zero(rhs, 1);
  for (unsigned T = 2; T <= all; T += 2)
    for (unsigned U = 0; U <= T; U += 2)
      if ((U & ~T) == 0 && popcount(T) <= ir->eq6->max_order) {
        if ((popcount(T) - popcount(U)) % 2)
          mpfr_add(rhs, rhs, f[U], MPFR_RNDN);             /* minus (-1)^{|T|-|U|} f(U) */
        else
          mpfr_sub(rhs, rhs, f[U], MPFR_RNDN);
      }
  note_residual(ir, lhs, rhs);                             /* rebooting eq. (6) */
  for (int i = 1; i < J->nvars; i++)
    for (int j = i + 1; j < J->nvars; j++) {
      unsigned bi = 1u << i, bj = 1u << j;
      mpfr_add(lhs, f[bi], f[bj], MPFR_RNDN);
      mpfr_sub(lhs, lhs, f[0], MPFR_RNDN);
      mpfr_sub(lhs, lhs, f[bi | bj], MPFR_RNDN);          /* -Delta_{ij} f */
      info_sum(rhs, J, 1, bj, bi, lg);
      info_sum(t, J, 1, bj, 0, lg);
      mpfr_sub(rhs, rhs, t, MPFR_RNDN);                    /* I(X;Y_j|Y_i) - I(X;Y_j) */
      mpfr_mul_si(rhs, rhs, ir->eq6->second_order_sign, MPFR_RNDN);
      note_residual(ir, lhs, rhs);
    }
  ir->cases++;
  for (unsigned u = 0; u <= all; u += 2)
    mpfr_clear(f[u]);
  mpfr_clears(lhs, rhs, t, (mpfr_ptr)0);
  free_table(lg, J->total);
  return 0;
}

static int visit_eq6_exact(const Rebooting_joint *J, void *ctx)
{
  Info_run *ir = ctx;
  unsigned all = (1u << J->nvars) - 2;
  mpq_t f[1u << REBOOTING_VARS], lhs, rhs, t;
  for (unsigned u = 0; u <= all; u += 2)
    mpq_init(f[u]), info_exact(f[u], J, 1, 0, u);
  mpq_inits(lhs, rhs, t, (mpq_ptr)0);
  info_exact(lhs, J, 1, all, 0);
  mpq_set_ui(rhs, 1, 1);
  for (unsigned T = 2; T <= all; T += 2)
    for (unsigned U = 0; U <= T; U += 2)
      if ((U & ~T) == 0 && popcount(T) <= ir->eq6->max_order) {
        if ((popcount(T) - popcount(U)) % 2)
          mpq_mul(rhs, rhs, f[U]);
        else
          mpq_div(rhs, rhs, f[U]);
      }
  ir->exact_failures += !mpq_equal(lhs, rhs);
  for (int i = 1; i < J->nvars; i++)
    for (int j = i + 1; j < J->nvars; j++) {
      unsigned bi = 1u << i, bj = 1u << j;
      mpq_mul(lhs, f[bi], f[bj]);
      mpq_div(lhs, lhs, f[0]);
      mpq_div(lhs, lhs, f[bi | bj]);
      info_exact(rhs, J, 1, bj, bi);
      info_exact(t, J, 1, bj, 0);
      mpq_div(rhs, rhs, t);
      if (ir->eq6->second_order_sign < 0)
        mpq_inv(rhs, rhs);
      ir->exact_failures += !mpq_equal(lhs, rhs);
    }
  ir->cases++;
  for (unsigned u = 0; u <= all; u += 2)
    mpq_clear(f[u]);
  mpq_clears(lhs, rhs, t, (mpq_ptr)0);
  return 0;
}

const Rebooting_eq6_form Rebooting_eq6_paper = {REBOOTING_VARS, +1};

void Rebooting_check_eq6(const Ledger_options *o, Ledger_result *r, const Rebooting_eq6_form *form)
{
  info_identity(o, r, visit_eq6, visit_eq6_exact, form);
}

static void check_eq6(const Ledger_options *o, Ledger_result *r)
{
  Rebooting_check_eq6(o, r, &Rebooting_eq6_paper);
}
#line 1488 "noweb/rebooting.nw"
enum { GATE_XOR, GATE_AND, GATE_NAND, GATE_OR, GATE_NOR, GATES };
static const char *const gate_name[GATES] = {"XOR", "AND", "NAND", "OR", "NOR"};

static int gate(int g, int a, int b)
{
  switch (g) {
  case GATE_XOR: return a ^ b;
  case GATE_AND: return a & b;
  case GATE_NAND: return !(a & b);
  case GATE_OR: return a | b;
  default: return !(a | b);
  }
}

static Rebooting_joint gate_joint(int g)
{
  Rebooting_joint J = {.nvars = 3, .card = {2, 2, 2}, .total = 4};
  for (int a = 0; a < 2; a++)
    for (int b = 0; b < 2; b++)
      J.count[gate(g, a, b) + 2 * a + 4 * b] = 1;
  return J;
}

/* interaction I(X;Y1Y2) - I(X;Y1) - I(X;Y2), redundancy I_min, synergy = interaction + I_min */
static void gate_terms(mpfr_t inter, mpfr_t red, mpfr_t syn, int g)
{
  Rebooting_joint J = gate_joint(g);
  mpfr_t t;
  mpfr_init2(t, mpfr_get_prec(inter));
  Rebooting_cond_information(inter, &J, 1, 6, 0);
  Rebooting_cond_information(t, &J, 1, 2, 0), mpfr_sub(inter, inter, t, MPFR_RNDN);
  Rebooting_cond_information(t, &J, 1, 4, 0), mpfr_sub(inter, inter, t, MPFR_RNDN);
  Rebooting_pid_redundancy(red, &J);
  mpfr_add(syn, inter, red, MPFR_RNDN);
  mpfr_clear(t);
}

static void gates_residual(mpfr_t res, mpfr_prec_t prec, void *ctx)
{
  const Rebooting_gates_form *form = ctx;
  mpfr_t inter, red, syn, want[3], l3;
  mpfr_inits2(prec, inter, red, syn, want[0], want[1], want[2], (mpfr_ptr)0);
  mpfr_init2(l3, prec + 16);
  mpfr_set_ui(l3, 3, MPFR_RNDN), mpfr_log2(l3, l3, MPFR_RNDN), mpfr_mul_d(l3, l3, 0.75, MPFR_RNDN);
  mpfr_set_zero(res, 1);
  for (int g = 0; g < GATES; g++) {
    gate_terms(inter, red, syn, g);
    if (g == GATE_XOR) {
      mpfr_set_ui(want[0], 1, MPFR_RNDN), mpfr_set_ui(want[1], 0, MPFR_RNDN);
      mpfr_set_ui(want[2], 1, MPFR_RNDN);
    } else {
      mpfr_sub_ui(want[0], l3, 1, MPFR_RNDN);
      mpfr_d_sub(want[1], 1.5, l3, MPFR_RNDN);
      mpfr_set_d(want[2], 0.5, MPFR_RNDN);
    }
    mpfr_mul_si(want[0], want[0], form->interaction_sign, MPFR_RNDN);
    mpfr_add(want[2], want[0], want[1], MPFR_RNDN);        /* synergy = interaction + I_min */
    mpfr_t *got[3] = {&inter, &red, &syn};
    for (int i = 0; i < 3; i++) {
      Ledger_widen(res, want[i], *got[i]);
    }
  }
  mpfr_clears(inter, red, syn, want[0], want[1], want[2], l3, (mpfr_ptr)0);
}

const Rebooting_gates_form Rebooting_gates_paper = {+1};

void Rebooting_check_gates(const Ledger_options *o, Ledger_result *r,
                           const Rebooting_gates_form *form)
{
  long failures = 0;
  mpq_t a, b, want;
  mpq_inits(a, b, want, (mpq_ptr)0);
  for (int g = 0; g < GATES; g++) {
    Rebooting_joint J = gate_joint(g);
    info_exact(a, &J, 1, 6, 0);
    info_exact(b, &J, 1, 2, 0), mpq_div(a, a, b);
    info_exact(b, &J, 1, 4, 0), mpq_div(a, a, b);
    mpq_set_ui(want, g == GATE_XOR ? 16 : 27, g == GATE_XOR ? 1 : 16);
    if (form->interaction_sign < 0)
      mpq_inv(want, want);
    failures += !mpq_equal(a, want);
  }
  mpq_clears(a, b, want, (mpq_ptr)0);
  Ledger_identity(r, gates_residual, (void *)form, o->prec, 8);
  mpfr_t inter, red, syn;
  mpfr_inits2(o->prec, inter, red, syn, (mpfr_ptr)0);
  for (int g = 0; g < 2; g++) {
    char key[LEDGER_KEY];
    gate_terms(inter, red, syn, g);
    snprintf(key, sizeof key, "interaction_%s", gate_name[g]), Ledger_field_mpfr(r, key, inter, 12);
    snprintf(key, sizeof key, "redundancy_%s", gate_name[g]), Ledger_field_mpfr(r, key, red, 12);
    snprintf(key, sizeof key, "synergy_%s", gate_name[g]), Ledger_field_mpfr(r, key, syn, 12);
  }
  mpfr_clears(inter, red, syn, (mpfr_ptr)0);
  Ledger_field_double(r, "exact_failures", (double)failures);
  if (failures)
    Ledger_say(r, LEDGER_REFUTED, "the interaction terms are not %s as rationals",
               form->interaction_sign > 0 ? "16 and 27/16" : "1/16 and 16/27");
  if (r->verdict != LEDGER_VERIFIED)
    Ledger_found(r, "interaction XOR %.6g, AND %.6g bit (ours) against the form's %+d and "
                 "%+.4f bit",
                 Ledger_field_value(r, "interaction_XOR"), Ledger_field_value(r, "interaction_AND"),
                 form->interaction_sign, form->interaction_sign * (0.75 * log2(3.0) - 1));
}

static void check_gates(const Ledger_options *o, Ledger_result *r)
{
  Rebooting_check_gates(o, r, &Rebooting_gates_paper);
}
#line 2140 "noweb/rebooting.nw"
enum { FIG1_NMAX = 14 };
static const double FIG1_SUM_ERROR = 1e-12;   /* exact sums in double: see the prose */

static double fig1_slack(unsigned N, double beta_lo, double beta_step, int nbeta, double *best_beta,
                         char *where, size_t size)
{
  double ml = Rebooting_expected_kl(N, REBOOTING_ML), me = Rebooting_expected_kl(N, REBOOTING_ME);
  double best = Rebooting_expected_kl(N, REBOOTING_MFE);
  *best_beta = NAN;                                       /* NAN: the paper's rule */
  for (int j = 0; j < nbeta; j++) {
    double beta = beta_lo + j * beta_step, d = Rebooting_expected_kl_tempered(N, beta);
    if (j == 0 || d < best)
      best = d, *best_beta = beta;
  }
  if (nbeta == 0)
    snprintf(where, size, "N = %u: ML %.6g, ME %.6g, MFE %.6g bits", N, ml, me, best);
  else
    snprintf(where, size, "N = %u: ML %.6g, ME %.6g, beta %.4g %.6g bits", N, ml, me, *best_beta,
             best);
  return fmin(ml, me) - best;
}

static void check_fig1_order(const Ledger_options *o, Ledger_result *r)
{
  (void)o;
  double min = INFINITY, beta_min = INFINITY, beta_max = 0, slope_max = -INFINITY, at;
  char where[LEDGER_TEXT] = "", w[LEDGER_TEXT];
  for (unsigned N = 1; N <= FIG1_NMAX; N++) {
    double slack = fig1_slack(N, 0, 0, 0, &at, w, sizeof w);
    if (slack < min)
      min = slack, memcpy(where, w, sizeof where);
    if (N >= 3) {
      fig1_slack(N, 1 / 64.0, 1 / 64.0, 64, &at, w, sizeof w);
      beta_min = fmin(beta_min, at), beta_max = fmax(beta_max, at);
      double h = 1e-4;
      slope_max = fmax(slope_max, (Rebooting_expected_kl_tempered(N, 1 + h)
                                   - Rebooting_expected_kl_tempered(N, 1 - h)) / (2 * h));
    }
  }
  Ledger_inequality(r, min, FIG1_SUM_ERROR, where);
  Ledger_field_double(r, "kl_ML_N10", Rebooting_expected_kl(10, REBOOTING_ML));
  Ledger_field_double(r, "kl_ME_N10", Rebooting_expected_kl(10, REBOOTING_ME));
  Ledger_field_double(r, "kl_MFE_N10", Rebooting_expected_kl(10, REBOOTING_MFE));
  Ledger_field_double(r, "best_fixed_beta_min", beta_min);
  Ledger_field_double(r, "best_fixed_beta_max", beta_max);
  Ledger_field_double(r, "dkl_dbeta_at_1_max", slope_max);
  Ledger_found(r, "MFE %.4f vs ML %.4f bit at N = 10 (slack %.4f at %s); best beta <= 1 is 1 at "
               "every N = 3..14", Ledger_field_value(r, "kl_MFE_N10"),
               Ledger_field_value(r, "kl_ML_N10"), min, where);
}
#line 2201 "noweb/rebooting.nw"
#define SHARP_LO (1 + 1 / 128.0)
#define SHARP_STEP (1 / 128.0)
enum { SHARP_GRID = 512 };

static void check_fig1_sharpened(const Ledger_options *o, Ledger_result *r)
{
  (void)o;
  double min = INFINITY, at;
  char where[LEDGER_TEXT] = "", w[LEDGER_TEXT];
  for (unsigned N = 3; N <= FIG1_NMAX; N++) {
    double slack = fig1_slack(N, SHARP_LO, SHARP_STEP, SHARP_GRID, &at, w, sizeof w);
    if (slack < min)
      min = slack, memcpy(where, w, sizeof where);
  }
  Ledger_inequality(r, min, FIG1_SUM_ERROR, where);
  fig1_slack(10, SHARP_LO, SHARP_STEP, SHARP_GRID, &at, w, sizeof w);
  Ledger_field_double(r, "best_beta_N10", at);
  Ledger_field_double(r, "kl_best_N10", Rebooting_expected_kl_tempered(10, at));
}
#line 2239 "noweb/rebooting.nw"
enum { FIG1_SAMPLES = 100000 };

static void check_fig1_simulation(const Ledger_options *o, Ledger_result *r)
{
  Ledger_mc mc;
  Rebooting_estimator_mc(&mc, 10, REBOOTING_MFE, o->seed, o->samples ? o->samples : FIG1_SAMPLES,
                         o->threads);
  Ledger_stochastic(r, &mc, 4);
  Ledger_field_double(r, "z_above_ML",
                      (mc.estimate - Rebooting_expected_kl(10, REBOOTING_ML)) / mc.stderr_);
}
#line 2606 "noweb/rebooting.nw"
static double tc_double(void)
{
  mpfr_t t;
  mpfr_init2(t, 64);
  Rebooting_ising_tc(t);
  double v = mpfr_get_d(t, MPFR_RNDN);
  mpfr_clear(t);
  return v;
}

static void check_ising_L4(const Ledger_options *o, Ledger_result *r)
{
  Ledger_mc mc;
  Rebooting_ising_mc(&mc, 4, tc_double(), o->seed, o->samples ? o->samples : 32 * 20000,
                     o->threads);
  Ledger_stochastic(r, &mc, 4);
  Ledger_field_double(r, "tau_int", Rebooting_ising_tau(4, tc_double(), o->seed, 1 << 16));
}
#line 2641 "noweb/rebooting.nw"
static void check_ising_yang(const Ledger_options *o, Ledger_result *r)
{
  Ledger_mc mc;
  Rebooting_ising_mc(&mc, 64, 2.0, o->seed, o->samples ? o->samples : 32 * 4000, o->threads);
  Ledger_stochastic(r, &mc, 4);
  Ledger_field_double(r, "tau_int", Rebooting_ising_tau(64, 2.0, o->seed, 1 << 13));
}
#line 2681 "noweb/rebooting.nw"
static int write_fig1(const char *dir, const Ledger_options *opt)
{
  static const unsigned Ns[] = {2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 30, 50, 100};
  Ledger_out o;
  if (!Ledger_open_data(&o, dir, "rebooting-fig1.tsv"))
    return -1;
  fputs("# N\tKL_ML\tKL_ME\tKL_MFE\tKL_sharpened\tbeta_sharpened  (bits, exact expectations; "
        "rebooting Fig. 1, our reading; sharpened: best beta = 1 + j/128, this report)\n", o.f);
  for (unsigned N = 1; N <= 100; N++) {
    double beta = 1;
    char where[LEDGER_TEXT];
    if (N >= 3)                                           /* N <= 2: every beta gives ML */
      fig1_slack(N, SHARP_LO, SHARP_STEP, SHARP_GRID, &beta, where, sizeof where);
    fprintf(o.f, "%u\t%.10g\t%.10g\t%.10g\t%.10g\t%g\n", N,
            Rebooting_expected_kl(N, REBOOTING_ML), Rebooting_expected_kl(N, REBOOTING_ME),
            Rebooting_expected_kl(N, REBOOTING_MFE), Rebooting_expected_kl_tempered(N, beta), beta);
  }
  if (Ledger_close_data(&o, 1) != 0)
    return -1;
  if (!Ledger_open_data(&o, dir, "rebooting-fig1-mc.tsv"))
    return -1;
  fputs("# N\testimator\tmean\tstderr\texact\tz\tsamples  (estimator 0 = ML, 2 = MFE)\n", o.f);
  for (size_t i = 0; i < sizeof Ns / sizeof Ns[0]; i++)
    for (int w = REBOOTING_ML; w <= REBOOTING_MFE; w += 2) {
      Ledger_mc mc;
      Rebooting_estimator_mc(&mc, Ns[i], w, opt->seed, 20000, opt->threads);
      fprintf(o.f, "%u\t%d\t%.8g\t%.3g\t%.8g\t%.3f\t%llu\n", Ns[i], w, mc.estimate, mc.stderr_,
              mc.exact, mc.z, (unsigned long long)mc.samples);
    }
  return Ledger_close_data(&o, 1);
}
#line 2767 "noweb/rebooting.nw"
static int write_fig2a(const char *dir, const Ledger_options *opt)
{
  static const double Ts[] = {1.6, 1.8, 2.0, 2.1, 2.2, 2.25, 2.3, 2.35,
                              2.4, 2.5, 2.6, 2.8, 3.0, 3.2, 3.4};
  static const int Ls[] = {8, 16, 32, 64};
  Ledger_out o;
  if (!Ledger_open_data(&o, dir, "rebooting-fig2a.tsv"))
    return -1;
  fputs("# T\tm_Yang  (rebooting Fig. 2(a): the exact spontaneous magnetisation)\n", o.f);
  mpfr_t T, m;
  mpfr_inits2(64, T, m, (mpfr_ptr)0);
  for (int i = 0; i <= 400; i++) {
    double t = 1.5 + 2.0 * i / 400;
    mpfr_set_d(T, t, MPFR_RNDN);
    Rebooting_ising_yang(m, T);
    fprintf(o.f, "%.5f\t%.10g\n", t, mpfr_get_d(m, MPFR_RNDN));
  }
  double tc = tc_double();
  for (int i = 0; i <= 20; i++) {
    double t = tc - ldexp(1, -i) * 0.01;
    mpfr_set_d(T, t, MPFR_RNDN);
    Rebooting_ising_yang(m, T);
    fprintf(o.f, "%.12f\t%.10g\n", t, mpfr_get_d(m, MPFR_RNDN));
  }
  mpfr_clears(T, m, (mpfr_ptr)0);
  if (Ledger_close_data(&o, 1) != 0)
    return -1;
  if (!Ledger_open_data(&o, dir, "rebooting-fig2a-mc.tsv"))
    return -1;
  fputs("# L\tT\tmean_abs_m\tstderr\tm_Yang\tz\tsweeps\n", o.f);
  for (size_t l = 0; l < sizeof Ls / sizeof Ls[0]; l++)
    for (size_t i = 0; i < sizeof Ts / sizeof Ts[0]; i++) {
      Ledger_mc mc;
      Rebooting_ising_mc(&mc, Ls[l], Ts[i], opt->seed, (uint64_t)ISING_CHAINS * 32000 * 8 / Ls[l],
                         opt->threads);
      fprintf(o.f, "%d\t%g\t%.8g\t%.3g\t%.8g\t%.3f\t%llu\n", Ls[l], Ts[i], mc.estimate, mc.stderr_,
              mc.exact, mc.z, (unsigned long long)mc.samples);
      Ledger_progress("rebooting Fig. 2(a)", l * 15 + i + 1, 60);
    }
  return Ledger_close_data(&o, 1);
}

static int write_data(const char *dir, const Ledger_options *opt)
{
  return write_fig1(dir, opt) | write_fig2a(dir, opt);
}
#line 2844 "noweb/rebooting.nw"
static const Ledger_claim claims[] = {
  {"rebooting.gas_constant", "rebooting Sec. I.A, eq. (1)", LEDGER_VALUE,
   "the gas constant R is 8.314 J/(K mol)", LEDGER_VERIFIED, check_gas_constant,
   LEDGER_PAPER, "R = 8.314 J/K.mole", NULL, 0},
  {"rebooting.faraday", "rebooting Sec. I.A, eq. (1)", LEDGER_VALUE,
   "Faraday's constant F is 96485 C/mol", LEDGER_VERIFIED, check_faraday,
   LEDGER_PAPER, "F = 96485 J/V.mole", NULL, 0},
  {"rebooting.nernst", "Nernst equation (textbook), used as rebooting eq. (1)", LEDGER_IDENTITY,
   "the Nernst potential (kT/ze) ln(c_out/c_in) is the zero of one ion's GHK flux",
   LEDGER_VERIFIED, check_nernst,
   LEDGER_LITERATURE, "V_rev = (RT/zF) ln(c_out/c_in) (right-hand side lost in our copy)", NULL, 0},
  {"rebooting.gradients", "rebooting Sec. I.A", LEDGER_INEQUALITY,
   "K+ is more concentrated outside the cell, Na+ inside", LEDGER_REFUTED, check_gradients,
   LEDGER_PAPER, "K+ higher outside, Na+ higher inside; outside/inside 5/140 and 140/12 (mM)",
   "the paper's own concentrations put K+ higher inside and Na+ higher outside", 53},
  {"rebooting.permeability_ratio", "rebooting Sec. I.A", LEDGER_INEQUALITY,
   "the permeability ratio P_Na/P_K is below 0.01", LEDGER_REFUTED, check_permeability_ratio,
   LEDGER_PAPER, "pi_Na/pi_K < 0.01",
   "the paper's own permeabilities, 2e-8 and 1e-6 cm/s, give a ratio of 0.02", 0},
  {"rebooting.resting_potential", "rebooting Sec. I.A (GHK voltage equation)", LEDGER_VALUE,
   "with permeabilities 1e-6, 2e-8, 5e-10 cm/s (K+, Na+, Cl-) the resting potential is -78 mV",
   LEDGER_REFUTED, check_resting,
   LEDGER_PAPER, "resting potential -78 meV [sic] for P = 1e-6, 2e-8, 5e-10 cm/s",
   "the GHK equation with the paper's inputs gives -77.16 mV, which rounds to -77; "
   "-78 needs P_Na/P_K = 0.0183", 0},
  {"rebooting.spike_energy", "rebooting Sec. I.A", LEDGER_VALUE,
   "0.5 x 110 mV x 1 ms x 3 pA = 165 aJ", LEDGER_VERIFIED, check_spike,
   LEDGER_PAPER, "0.5 x 110 mV x 10^-3 s x 3 pA = 165 aJ", NULL, 0},
  {"rebooting.spike_kT", "rebooting Sec. I.A", LEDGER_VALUE,
   "a spike's 165 aJ is about 40000 kT (at body temperature)", LEDGER_VERIFIED, check_spike_kT,
   LEDGER_PAPER, "165 aJ = 40000 kT", NULL, 0},
  {"rebooting.thermal_voltage", "rebooting Sec. I.A", LEDGER_INEQUALITY,
   "a 40 mV spike peak is slightly above the thermal voltage kT/e", LEDGER_VERIFIED,
   check_thermal_voltage, LEDGER_PAPER, "~40 mV, slightly above the thermal voltage", NULL, 0},
  {"rebooting.bit_energy", "rebooting Sec. V", LEDGER_VALUE,
   "eta kT N log2 N is quite small even for eta = 1e5", LEDGER_INCONCLUSIVE, check_bit_energy,
   LEDGER_PAPER, "eta kB T N log2 N is quite small even if eta were 10^5 (printed 105)",
   "'quite small' comes with no N and no reference energy to compare with", 0},
  {"rebooting.eq3", "Shannon's mutual information, stated as rebooting eq. (3)", LEDGER_IDENTITY,
   "I(X;Y) = H(X) - H(X|Y)", LEDGER_VERIFIED, check_eq3,
   LEDGER_LITERATURE, "I(X;Y_i) = H(X) - H(X|Y_i)", NULL, 0},
  {"rebooting.eq4", "rebooting eq. (4)", LEDGER_INEQUALITY,
   "H(X) <= H(X|Y^{k-1}) <= H(X|Y^k): accumulated observations raise the conditional entropy",
   LEDGER_REFUTED, check_eq4,
   LEDGER_PAPER, "H(X) <= H(X|Y_{k-1}) <= H(X|Y_k)",
   "conditioning never raises entropy: X = Y_1 a fair bit has H(X) = 1, H(X|Y_1) = 0", 0},
  {"rebooting.eq4_reversed", "Cover & Thomas, Thm 2.6.5 (eq. (4) of rebooting reversed)",
   LEDGER_INEQUALITY,
   "H(X) >= H(X|Y^{k-1}) >= H(X|Y^k): accumulated observations never raise entropy",
   LEDGER_VERIFIED, check_eq4_reversed, LEDGER_LITERATURE, NULL, NULL, 0},
  {"rebooting.eq5", "chain rule (Cover & Thomas, Thm 2.5.2), as rebooting eq. (5)",
   LEDGER_INEQUALITY,
   "I(X;Y^k) >= I(X;Y^{k-1}) >= ... >= I(X;Y^1), the printed I(X|Y_k) read as I(X;Y^k) "
   "with Y^k = (Y_1..Y_k)", LEDGER_VERIFIED, check_eq5,
   LEDGER_LITERATURE, "I(X|Y_k) >= I(X;Y_{k-1}) >= ... >= I(X|Y_1)", NULL, 0},
  {"rebooting.eq6", "rebooting eq. (6)", LEDGER_IDENTITY,
   "I(X;Y^k) is minus the sum of all finite differences of H(X|.) over the observations; the "
   "second-order term is I(X;Y_j|Y_i) - I(X;Y_j)", LEDGER_VERIFIED, check_eq6,
   LEDGER_PAPER, "I = -sum_i DH(X)/DY_i - sum_{i>j} D2H(X)/DY_iDY_j - ..., second term "
   "I(X;Y_j|Y_i) - I(X;Y_j)", NULL, 0},
  {"rebooting.gates", "rebooting Sec. II", LEDGER_IDENTITY,
   "logic gates such as NAND, NOR and XOR show synergy between their inputs",
   LEDGER_VERIFIED, check_gates,
   LEDGER_PAPER, "the simplest examples of synergy are logical gates such as NAND, NOR, XOR",
   NULL, 0},
  {"rebooting.fig1.order", "rebooting Sec. III, Fig. 1", LEDGER_INEQUALITY,
   "for N < 15 the minimum-free-energy estimate is the most accurate of the three", LEDGER_REFUTED,
   check_fig1_order, LEDGER_PAPER,
   "for N < 15 ... the minimum free energy approach being the most accurate",
   "a data temperature at or above 1 (beta <= 1) pulls the estimate towards uniform: at N = 10 "
   "MFE 0.169 bit vs ML 0.141 bit", 53},
  {"rebooting.fig1.sharpened", "this report's hypothesis (rebooting Fig. 1 with beta > 1)",
   LEDGER_INEQUALITY,
   "for each N = 3..14 a sharpened Boltzmann form p^beta, beta > 1, beats ML and ME",
   LEDGER_VERIFIED, check_fig1_sharpened, LEDGER_HYPOTHESIS, NULL, NULL, 53},
  {"rebooting.fig1.simulation", "our Monte Carlo against our exact sum (rebooting Fig. 1)",
   LEDGER_STOCHASTIC,
   "our simulated divergence of the MFE estimate at N = 10 matches our exact expectation",
   LEDGER_VERIFIED, check_fig1_simulation, LEDGER_CONSISTENCY, NULL, NULL, 53},
  {"rebooting.fig2a.L4", "our Monte Carlo against our enumeration (rebooting Fig. 2(a))",
   LEDGER_STOCHASTIC,
   "Metropolis <|m|> on the 4x4 lattice at Tc matches exact enumeration", LEDGER_VERIFIED,
   check_ising_L4, LEDGER_CONSISTENCY, NULL, NULL, 53},
  {"rebooting.fig2a.yang", "Yang 1952 (spontaneous magnetisation), rebooting Fig. 2(a)",
   LEDGER_STOCHASTIC,
   "simulated <|m|> at T = 2, L = 64 equals Yang's spontaneous magnetisation", LEDGER_VERIFIED,
   check_ising_yang, LEDGER_LITERATURE, NULL, NULL, 64},
};
#line 2978 "noweb/rebooting.nw"
static void eval_thermal_voltage(mpfr_t out, mpfr_t *a) { Rebooting_thermal_voltage_mV(out, a[0]); }
static void eval_nernst(mpfr_t out, mpfr_t *a) { Rebooting_nernst_mV(out, a[0], a[1], a[2]); }
static void eval_ghk(mpfr_t out, mpfr_t *a)
{
  mpfr_t conc[6], perm[3], T;
  set_paper_membrane(conc, perm, T, mpfr_get_prec(out) + MEMBRANE_GUARD);
  for (int i = 0; i < 5; i++)
    mpfr_set(conc[i], a[i], MPFR_RNDN);
  mpfr_set(T, a[5], MPFR_RNDN);
  Rebooting_ghk_mV(out, conc, perm, T);
  clear_membrane(conc, perm, T);
}
static void eval_spike(mpfr_t out, mpfr_t *a) { (void)a; Rebooting_spike_energy_J(out); }
static void eval_bit_energy(mpfr_t out, mpfr_t *a)
{
  Rebooting_bit_energy_J(out, a[0], a[1], a[2]);
}
static void eval_ising_m(mpfr_t out, mpfr_t *a) { Rebooting_ising_yang(out, a[0]); }
static void eval_ising_tc(mpfr_t out, mpfr_t *a) { (void)a; Rebooting_ising_tc(out); }
static void eval_estimator_kl(mpfr_t out, mpfr_t *a)
{
  unsigned n = (unsigned)mpfr_get_ui(a[0], MPFR_RNDN);
  Rebooting_expected_kl_mpfr(out, n, (int)mpfr_get_si(a[1], MPFR_RNDN));
}

#define KELVIN(d) {"T", 0, INFINITY, 1, 0, 0, d, "temperature in K", 0}
#define MILLIMOLAR(n, d, m) {n, 0, INFINITY, 1, 0, 0, d, m " in mM", 0}
#define ESTIMATOR \
  {"estimator", 0, 2, 0, 0, 1, "2", \
   "0 = max. likelihood, 1 = max. entropy, 2 = min. free energy", 0}
static const Ledger_quantity quantities[] = {
  {"rebooting.thermal_voltage_mV", "kT/e", "mV", 1, {KELVIN("310")}, eval_thermal_voltage, 0},
  {"rebooting.nernst_mV", "Nernst potential (kT/e) ln(c_out/c_in), z = 1, rebooting eq. (1)",
   "mV", 3,
   {MILLIMOLAR("cout", "5", "outside concentration"),
    MILLIMOLAR("cin", "140", "inside concentration"), KELVIN("310")}, eval_nernst, 0},
  {"rebooting.ghk_mV", "GHK resting potential, P = 1e-6, 2e-8, 5e-10 cm/s, [Cl]in = 20 mM", "mV", 6,
   {MILLIMOLAR("Ko", "5", "K+ outside"), MILLIMOLAR("Ki", "140", "K+ inside"),
    MILLIMOLAR("Nao", "140", "Na+ outside"), MILLIMOLAR("Nai", "12", "Na+ inside"),
    MILLIMOLAR("Clo", "110", "Cl- outside"), KELVIN("310")}, eval_ghk, 0},
  {"rebooting.spike_J", "0.5 x 110 mV x 1 ms x 3 pA", "J", 0, {{0}}, eval_spike, 0},
  {"rebooting.bit_energy_J", "eta kT N log2 N, rebooting Sec. V", "J", 3,
   {{"eta", 0, INFINITY, 1, 0, 0, "1e5", "technology factor", 0},
    {"N", 1, INFINITY, 0, 0, 0, NULL, "number of bits", 0}, KELVIN("310")}, eval_bit_energy, 0},
  {"rebooting.ising_m", "Yang's spontaneous magnetisation of the square-lattice Ising model", "", 1,
   {{"T", 0, INFINITY, 1, 0, 0, NULL, "temperature in units of J/k", 0}}, eval_ising_m, 0},
  {"rebooting.ising_tc", "Onsager's critical temperature 2/ln(1+sqrt 2)", "J/k", 0, {{0}},
   eval_ising_tc, 0},
  {"rebooting.estimator_kl",
   "exact expected KL divergence (bits) of an estimate from n samples, Fig. 1", "bits", 2,
   {{"n", 1, 1000, 0, 0, 1, NULL, "number of samples", 0}, ESTIMATOR}, eval_estimator_kl, 0},
};

static void run_ising(Ledger_mc *out, const double *a, uint64_t seed, uint64_t samples, int threads)
{
  Rebooting_ising_mc(out, (int)a[0] & ~1, a[1], seed, samples, threads);
}

static void run_estimators(Ledger_mc *out, const double *a, uint64_t seed, uint64_t samples,
                           int threads)
{
  Rebooting_estimator_mc(out, (unsigned)a[0], (int)a[1], seed, samples, threads);
}

static const Ledger_experiment experiments[] = {
  {"rebooting.ising", "<|m|> of the L x L Ising model by Metropolis (samples = measured sweeps)", 2,
   {{"L", 4, 1024, 0, 0, 1, "32", "lattice side (an odd L is rounded down)", 0},
    {"T", 0, 100, 1, 0, 0, "2", "temperature in units of J/k", 0}},
   32 * 4000, run_ising, NULL, 16 * ISING_CHAINS},
  {"rebooting.estimators",
   "mean KL divergence (bits) of an estimate from n samples (samples = data sets)",
   2, {{"n", 1, 1000, 0, 0, 1, "10", "number of samples per data set", 0}, ESTIMATOR}, FIG1_SAMPLES,
   run_estimators, NULL, 2},
};

const Ledger_chapter Rebooting_chapter = {
  "rebooting", claims, sizeof claims / sizeof claims[0], quantities,
  sizeof quantities / sizeof quantities[0], experiments, sizeof experiments / sizeof experiments[0],
  write_data,
  "On the physical underpinnings of the unusual effectiveness of probabilistic and neural "
  "computation, IEEE International Conference on Rebooting Computing (ICRC), 2017. The text "
  "available to us lacks its author line."};
