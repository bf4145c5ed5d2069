#line 70 "noweb/rebooting.nw"
/* rebooting-information.c: tangled from noweb/rebooting.nw; edit that, not this. */
#line 98 "noweb/rebooting.nw"
#include "rebooting-internal.h"
#include <assert.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <Random123/philox.h>
#include "numerics.h"
#include "stochastic.h"
#line 963 "noweb/rebooting.nw"
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
  size_t n = Rebooting_joint_cells(J), size = 1, step[REBOOTING_VARS];
  int digit[REBOOTING_VARS] = {0};
  for (int v = 0; v < J->nvars; v++) {
    step[v] = (mask >> v) & 1 ? size : 0;
    size *= (mask >> v) & 1 ? (size_t)J->card[v] : 1;    /* project() stays below this */
  }
  memset(m, 0, size * sizeof *m);
  size_t idx = 0;                                         /* project(J, cell, mask, NULL) */
  for (size_t cell = 0; cell < n; cell++) {
    m[idx] += J->count[cell];
    for (int v = 0; v < J->nvars; v++) {                  /* the next cell's digits */
      if (++digit[v] < J->card[v]) {
        idx += step[v];
        break;
      }
      digit[v] = 0, idx -= (size_t)(J->card[v] - 1) * step[v];
    }
  }
}

static void check_masks(const Rebooting_joint *J, unsigned a, unsigned b, unsigned c)
{
  unsigned all = (1u << J->nvars) - 1;
  assert(J->total > 0 && a != 0 && (a & ~all) == 0 && (b & ~all) == 0 && (c & ~all) == 0);
  assert((a & b) == 0 && (a & c) == 0 && (b & c) == 0);
}
#line 1039 "noweb/rebooting.nw"
mpfr_t *Rebooting_log2_table(unsigned long D, mpfr_prec_t w)
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

void Rebooting_free_table(mpfr_t *t, unsigned long D)
{
  for (unsigned long n = 0; n <= D; n++)
    mpfr_clear(t[n]);
  free(t);
}

/* I(A;B|C) when b != 0, else H(A|C); terms over the canonical cells of A, B, C */
void Rebooting_info_sum(mpfr_t out, const Rebooting_joint *J, unsigned a, unsigned b, unsigned c,
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
  mpfr_t *lg = Rebooting_log2_table(J->total, mpfr_get_prec(out) + INFO_GUARD);
  Rebooting_info_sum(out, J, a, 0, c, lg);
  Rebooting_free_table(lg, J->total);
}

void Rebooting_cond_information(mpfr_t out, const Rebooting_joint *J, unsigned a, unsigned b,
                                unsigned c)
{
  check_masks(J, a, b, c);
  assert(b != 0);
  mpfr_t *lg = Rebooting_log2_table(J->total, mpfr_get_prec(out) + INFO_GUARD);
  Rebooting_info_sum(out, J, a, b, c, lg);
  Rebooting_free_table(lg, J->total);
}
#line 1119 "noweb/rebooting.nw"
void Rebooting_info_exact(mpq_t out, const Rebooting_joint *J, unsigned a, unsigned b, unsigned c)
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
  Rebooting_info_exact(out, J, a, 0, c);
}

void Rebooting_cond_information_exact(mpq_t out, const Rebooting_joint *J, unsigned a, unsigned b,
                                      unsigned c)
{
  check_masks(J, a, b, c);
  assert(b != 0);
  Rebooting_info_exact(out, J, a, b, c);
}
#line 1173 "noweb/rebooting.nw"
void Rebooting_pid_redundancy(mpfr_t out, const Rebooting_joint *J)
{
  assert(J->nvars == 3 && J->total > 0);
  unsigned long mx[REBOOTING_CELLS], mxy[2][REBOOTING_CELLS], my[2][REBOOTING_CELLS];
  marginal(J, 1, mx);
  for (int i = 0; i < 2; i++)
    marginal(J, 1u | (2u << i), mxy[i]), marginal(J, 2u << i, my[i]);
  mpfr_t *lg = Rebooting_log2_table(J->total, mpfr_get_prec(out) + INFO_GUARD);
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
  Rebooting_free_table(lg, J->total);
}
#line 1216 "noweb/rebooting.nw"
void Rebooting_pid_redundancy_exact(mpq_t out, const Rebooting_joint *J)
{
  assert(J->nvars == 3 && J->total > 0);
  unsigned long mx[REBOOTING_CELLS], mxy[2][REBOOTING_CELLS], my[2][REBOOTING_CELLS];
  marginal(J, 1, mx);
  for (int i = 0; i < 2; i++)
    marginal(J, 1u | (2u << i), mxy[i]), marginal(J, 2u << i, my[i]);
  mpq_t spec[2], term;
  mpq_inits(spec[0], spec[1], term, (mpq_ptr)0);
  mpq_set_ui(out, 1, 1);
  for (int x = 0; x < J->card[0]; x++) {
    if (mx[x] == 0)
      continue;
    for (int i = 0; i < 2; i++) {
      mpq_set_ui(spec[i], 1, 1);
      for (int y = 0; y < J->card[1 + i]; y++) {
        unsigned long nxy = mxy[i][(size_t)x + (size_t)y * (size_t)J->card[0]], ny = my[i][y];
        if (nxy == 0)
          continue;
        mpz_ui_pow_ui(mpq_numref(term), nxy * J->total, nxy);   /* (p(x|y)/p(x))^{n_xy} */
        mpz_ui_pow_ui(mpq_denref(term), ny * mx[x], nxy);
        mpq_canonicalize(term), mpq_mul(spec[i], spec[i], term);
      }
    }
    mpq_mul(out, out, mpq_cmp(spec[0], spec[1]) <= 0 ? spec[0] : spec[1]);
  }
  mpq_clears(spec[0], spec[1], term, (mpq_ptr)0);
}

#line 1260 "noweb/rebooting.nw"
static int compositions(Rebooting_joint *J, size_t m, unsigned long D, Joint_visit visit, void *ctx)
{
  memset(J->count, 0, sizeof J->count);
  J->total = D;
  J->count[0] = D;
  for (;;) {
    int stop = visit(J, ctx);
    if (stop)
      return stop;
    
#line 1282 "noweb/rebooting.nw"
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
#line 1270 "noweb/rebooting.nw"
  }
}
#line 1296 "noweb/rebooting.nw"
enum { EXPERIMENT_RANDOM_JOINTS = 301, RANDOM_JOINTS = 48 };

int Rebooting_for_each_joint(uint64_t seed, Joint_visit visit, void *ctx)
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
