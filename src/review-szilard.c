#line 120 "noweb/review.nw"
/* review-szilard.c: tangled from noweb/review.nw; edit that, not this. */
#line 154 "noweb/review.nw"
#include "review-internal.h"
#include <assert.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "numerics.h"
#include "stochastic.h"
#line 1945 "noweb/review.nw"
void Review_szilard_information(mpfr_t out, const mpfr_t eps)
{
  assert(mpfr_cmp_ui(eps, 0) >= 0 && mpfr_cmp_ui(eps, 1) <= 0);
  mpfr_prec_t w = mpfr_get_prec(out) + PROTOCOL_GUARD;
  mpfr_t P[2][2], px[2], pm[2], t, sum;
  mpfr_inits2(w, P[0][0], P[0][1], P[1][0], P[1][1], px[0], px[1], pm[0], pm[1], t, sum,
              (mpfr_ptr)0);
  for (int x = 0; x < 2; x++)
    for (int m = 0; m < 2; m++) {
      if (x == m)
        mpfr_ui_sub(P[x][m], 1, eps, MPFR_RNDN);
      else
        mpfr_set(P[x][m], eps, MPFR_RNDN);
      mpfr_div_2ui(P[x][m], P[x][m], 1, MPFR_RNDN);  /* P(x, m) */
    }
  for (int i = 0; i < 2; i++) {
    mpfr_add(px[i], P[i][0], P[i][1], MPFR_RNDN);
    mpfr_add(pm[i], P[0][i], P[1][i], MPFR_RNDN);
  }
  mpfr_set_zero(sum, 1);
  for (int x = 0; x < 2; x++)
    for (int m = 0; m < 2; m++) {
      if (mpfr_zero_p(P[x][m]))
        continue;
      mpfr_mul(t, px[x], pm[m], MPFR_RNDN);
      mpfr_div(t, P[x][m], t, MPFR_RNDN);
      mpfr_log(t, t, MPFR_RNDN);
      mpfr_mul(t, t, P[x][m], MPFR_RNDN);
      mpfr_add(sum, sum, t, MPFR_RNDN);
    }
  mpfr_set(out, sum, MPFR_RNDN);
  mpfr_clears(P[0][0], P[0][1], P[1][0], P[1][1], px[0], px[1], pm[0], pm[1], t, sum, (mpfr_ptr)0);
}

void Review_szilard_work(mpfr_t out, const mpfr_t eps, unsigned long K)
{
  assert(K >= 1);
  mpfr_prec_t w = mpfr_get_prec(out) + PROTOCOL_GUARD;
  mpfr_t e0, delta, t, u, sum;
  mpfr_inits2(w, e0, delta, t, u, sum, (mpfr_ptr)0);
  Review_final_level(e0, eps);
  mpfr_div_ui(delta, e0, K, MPFR_RNDN);
  mpfr_set_zero(sum, 1);
  for (unsigned long j = 1; j < K; j++)           /* the term j = K is exactly zero */
    Review_add_lag_term(sum, t, u, delta, j, K);
  mpfr_mul(sum, sum, delta, MPFR_RNDN);
  mpfr_mul(out, sum, eps, MPFR_RNDN);             /* review eq. (szilard-K), as eq. (WK-lag) */
  mpfr_clears(e0, delta, t, u, sum, (mpfr_ptr)0);
}

void Review_szilard_works(mpfr_t *out, const mpfr_t eps, int jmax)
{
  Review_lag_works(out, eps, jmax, 1);
}

int Review_szilard_quasistatic_work(mpfr_t out, const mpfr_t eps, const mpfr_t level)
{
  assert(mpfr_cmp_ui(eps, 0) >= 0 && mpfr_cmp_ui(eps, 1) <= 0);
  mpfr_prec_t w = mpfr_get_prec(out) + PROTOCOL_GUARD;
  mpfr_t lv, integral;
  mpfr_inits2(w, lv, integral, (mpfr_ptr)0);
  mpfr_set(lv, level, MPFR_RNDN);
  int status = Review_integrate_occupation(integral, lv);
  mpfr_mul(lv, lv, eps, MPFR_RNDN);
  mpfr_sub(out, integral, lv, MPFR_RNDN);
  mpfr_clears(lv, integral, (mpfr_ptr)0);
  return status;
}
#line 1022 "noweb/review.nw"
void Review_information_ball(arb_ptr b, const arb_t level, int order, slong prec)
{
  arb_ptr P = _arb_vec_init(order + 1);
  arb_t joint[2][2], margin[2], t;
  arb_init(t);
  Review_logistic_jet(P, level, order, prec);    /* eps = pi(e) */
  for (int x = 0; x < 2; x++)
    for (int m = 0; m < 2; m++) {
      arb_init(joint[x][m]);
      if (x == m)
        arb_sub_ui(joint[x][m], P, 1, prec), arb_neg(joint[x][m], joint[x][m]);
      else
        arb_set(joint[x][m], P);
      arb_mul_2exp_si(joint[x][m], joint[x][m], -1);   /* P(x, m) */
    }
  for (int i = 0; i < 2; i++)
    arb_init(margin[i]), arb_add(margin[i], joint[i][0], joint[i][1], prec);
  arb_zero(b);
  for (int x = 0; x < 2; x++)
    for (int m = 0; m < 2; m++) {
      arb_mul(t, margin[x], margin[m], prec);    /* P(x) P(m); both marginals are 1/2 */
      arb_div(t, joint[x][m], t, prec);
      arb_log(t, t, prec);
      arb_addmul(b, t, joint[x][m], prec);       /* review eq. (info) */
    }
  Review_bound_derivatives(b, P, level, order, prec);
  for (int x = 0; x < 2; x++)
    for (int m = 0; m < 2; m++)
      arb_clear(joint[x][m]);
  arb_clear(margin[0]), arb_clear(margin[1]), arb_clear(t);
  _arb_vec_clear(P, order + 1);
}
#line 2033 "noweb/review.nw"
enum { EXPERIMENT_SZILARD = 2 };

typedef struct {
  double eps, e0, delta;
  unsigned long K;
  uint64_t seed, samples;
  const double *occupation;                      /* [k] = 1/(1 + exp(e0 - k delta)), 0 < k < K */
} Szilard_run;

static void szilard_block(uint64_t block, void *ctx, Stats *out)
{
  const Szilard_run *s = ctx;
  uint64_t first = s->samples * block / REPLICATES, last = s->samples * (block + 1) / REPLICATES;
  Rng rng;
  Rng_init(&rng, s->seed, EXPERIMENT_SZILARD, block);
  Stats_init(out);
  for (uint64_t t = first; t < last; t++) {
    int x = Rng_uniform(&rng) < 0.5;
    int m = Rng_uniform(&rng) < s->eps ? !x : x;   /* the measurement errs with probability eps */
    int raised = !m;
    double work = x == raised ? -s->e0 : 0;
    for (unsigned long k = 0; k < s->K; k++) {
      if (k > 0)
        x = Rng_uniform(&rng) < s->occupation[k] ? raised : !raised;
      if (x == raised)
        work += s->delta;
    }
    Stats_add(out, work);
  }
}
#line 2071 "noweb/review.nw"
void Review_szilard_mc(Ledger_mc *out, double eps, unsigned long K, uint64_t seed, uint64_t samples,
                       int threads)
{
  assert(eps > 0 && eps <= 0.5 && K >= 1 && samples >= 1);
  Szilard_run s = {.eps = eps, .e0 = log1p(-eps) - log(eps), .K = K, .seed = seed,
                   .samples = samples};
  s.delta = s.e0 / (double)K;
  double *occupation = malloc(K * sizeof *occupation);
  assert(occupation != NULL);
  for (unsigned long k = 0; k < K; k++)
    occupation[k] = 1 / (1 + exp(s.e0 - k * s.delta));  /* as the loop had it, once per k */
  s.occupation = occupation;
  Stats total;
  Stats_distributed(&total, REPLICATES, threads, szilard_block, &s);
  free(occupation);
  mpfr_t e, exact;
  mpfr_inits2(128, e, exact, (mpfr_ptr)0);
  mpfr_set_d(e, eps, MPFR_RNDN);
  Review_szilard_work(exact, e, K);
  Ledger_mc_set(out, Stats_mean(&total), Stats_stderr(&total), mpfr_get_d(exact, MPFR_RNDN),
                total.n);
  mpfr_clears(e, exact, (mpfr_ptr)0);
}
