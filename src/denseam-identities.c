#line 1270 "noweb/denseam.nw"
/* denseam-identities.c: tangled from noweb/denseam.nw; edit that, not this. */
#include "denseam-internal.h"
#line 1276 "noweb/denseam.nw"
static const Denseam_grid_point id_grid[] = {
    {2, 6, 0.1, 0.5, 0.25, 1.0, DENSEAM_EQUILIBRIUM},
    {3, 6, 0.1, 0.3, 0.25, 0.5, DENSEAM_EQUILIBRIUM},
    {4, 6, 0.02, 1.0, 0.25, 2.0, DENSEAM_EQUILIBRIUM},
    {3, 8, 0.05, 1.5, 0.25, 4.0, DENSEAM_EQUILIBRIUM},
    {2, 6, 0.1, 0.5, 0.25, 1.0, DENSEAM_PRODUCT},
    {4, 6, 0.02, 0.3, 0.25, 2.0, DENSEAM_PRODUCT},
    {3, 8, 0.05, 1.5, 0.25, 0.5, DENSEAM_PRODUCT},
};
enum { ID_POINTS = sizeof id_grid / sizeof id_grid[0] };
static const Denseam_grid_point shell_grid[] = {
  {2, 6, 0.1, 0.5, 0.25, 1.0, DENSEAM_SHELL}, {4, 6, 0.02, 1.0, 0.25, 2.0, DENSEAM_SHELL},
  {3, 8, 0.05, 0.5, 0.25, 0.5, DENSEAM_SHELL},
};
enum { SHELL_POINTS = sizeof shell_grid / sizeof shell_grid[0] };

#line 1384 "noweb/denseam.nw"
typedef struct {
  Denseam_grid_point g;
  double h0;
  int steps;
  uint64_t seed, experiment, replicate;
  mpfr_prec_t prec;
} exact_key;

enum { EXACT_REMEMBERED = 64 };
static struct {
  exact_key key;
  Denseam_exact_result r;
} exact_memory[EXACT_REMEMBERED];
static int exact_memory_used, exact_memory_next;

static int exact_key_equal(const exact_key *a, const exact_key *b)
{
  return a->g.n == b->g.n && a->g.N == b->g.N && a->g.alpha == b->g.alpha && a->g.T == b->g.T &&
         a->g.eps == b->g.eps && a->g.tau == b->g.tau && a->g.start == b->g.start &&
         a->h0 == b->h0 && a->steps == b->steps && a->seed == b->seed &&
         a->experiment == b->experiment && a->replicate == b->replicate && a->prec == b->prec;
}

static void exact_copy(Denseam_exact_result *to, const Denseam_exact_result *from)
{
  mpfr_exp_t emin = mpfr_get_emin(), emax = mpfr_get_emax();
  mpfr_set_emin(mpfr_get_emin_min());            /* the range the values were computed in */
  mpfr_set_emax(mpfr_get_emax_max());
  mpfr_set(to->ift, from->ift, MPFR_RNDN), mpfr_set(to->jarzynski, from->jarzynski, MPFR_RNDN);
  mpfr_set(to->zratio, from->zratio, MPFR_RNDN), mpfr_set(to->sigma, from->sigma, MPFR_RNDN);
  mpfr_set(to->work, from->work, MPFR_RNDN), mpfr_set(to->heat, from->heat, MPFR_RNDN);
  mpfr_set(to->denergy, from->denergy, MPFR_RNDN);
  mpfr_set(to->dissipated, from->dissipated, MPFR_RNDN), mpfr_set(to->m1, from->m1, MPFR_RNDN);
  mpfr_set(to->entropy0, from->entropy0, MPFR_RNDN);
  mpfr_set(to->entropy_tau, from->entropy_tau, MPFR_RNDN);
  mpfr_set(to->lambda_abs, from->lambda_abs, MPFR_RNDN), mpfr_set(to->ldb, from->ldb, MPFR_RNDN);
  mpfr_set_emin(emin), mpfr_set_emax(emax);
}

static int exact_recall(Denseam_exact_result *r, const exact_key *key)
{
  int found = 0;
#pragma omp critical(denseam_exact_memory)
  for (int k = 0; k < exact_memory_used && !found; k++)
    if (exact_key_equal(&exact_memory[k].key, key))
      exact_copy(r, &exact_memory[k].r), found = 1;  /* same precision: exact copies */
  return found;
}

static void exact_remember(const Denseam_exact_result *r, const exact_key *key)
{
#pragma omp critical(denseam_exact_memory)
  {
    int k = exact_memory_next;
    exact_memory_next = (k + 1) % EXACT_REMEMBERED;
    if (k < exact_memory_used)
      Denseam_exact_clear(&exact_memory[k].r);
    else
      exact_memory_used++;
    exact_memory[k].key = *key;
    Denseam_exact_init(&exact_memory[k].r, key->prec);
    exact_copy(&exact_memory[k].r, r);
  }
}

#line 1294 "noweb/denseam.nw"
void Denseam_exact_point(Denseam_exact_result *r, const Denseam_grid_point *g, double h0,
                         int steps, uint64_t seed, uint64_t experiment, uint64_t replicate,
                         int light, double *lnp0, double *lnptau)
{
  exact_key key = {*g, h0, steps, seed, experiment, replicate, mpfr_get_prec(r->ift)};
  int cached = !light && !lnp0 && !lnptau;
  if (cached && exact_recall(r, &key))
    return;
  Denseam_patterns p;
  Denseam_patterns_draw(&p, g->n, g->N, Denseam_load(g->n, g->N, g->alpha), seed, experiment,
                        replicate);
  signed char c[32];
  Denseam_cue(c, &p, g->eps);
  Denseam_protocol pr = {.T = g->T, .eps = g->eps, .tau = g->tau, .h0 = h0, .steps = steps,
                         .start = g->start};
  Denseam_exact_run(r, &p, c, &pr, lnp0, lnptau, light);
  Denseam_patterns_free(&p);
  if (cached)
    exact_remember(r, &key);
}

void Denseam_found_otherwise(Ledger_result *r)
{
  if (r->verdict != LEDGER_VERIFIED) /* the rule's summary names both sides */
    Ledger_found(r, "%s", r->summary);
}

enum { RESIDUAL_FIRST_LAW, RESIDUAL_IFT, RESIDUAL_JARZYNSKI, RESIDUAL_ABSOLUTE };
typedef struct {
  uint64_t seed;
  int which;
} residual_ctx;

static void grid_residual(mpfr_t res, mpfr_prec_t prec, void *ctx)
{
  const residual_ctx *rc = ctx;
  int shell = rc->which == RESIDUAL_ABSOLUTE;
  const Denseam_grid_point *grid = shell ? shell_grid : id_grid;
  Denseam_exact_result r;
  Denseam_exact_init(&r, prec + 32);
  mpfr_t a, b;
  mpfr_inits2(prec + 32, a, b, (mpfr_ptr)0);
  mpfr_set_zero(res, 1);
  for (int i = 0; i < (shell ? SHELL_POINTS : ID_POINTS); i++) {
    if (rc->which == RESIDUAL_JARZYNSKI && grid[i].start != DENSEAM_EQUILIBRIUM)
      continue;
    Denseam_exact_point(&r, &grid[i], 1.0, EXACT_STEPS, rc->seed, EXP_EXACT,
                        (uint64_t)(shell ? 10 + i : i), 0, NULL, NULL);
    mpfr_set_ui(b, 1, MPFR_RNDN);
    switch (rc->which) {
    case RESIDUAL_FIRST_LAW:
      mpfr_sub(a, r.work, r.denergy, MPFR_RNDN);
      mpfr_sub(a, a, r.heat, MPFR_RNDN);
      mpfr_div_ui(a, a, grid[i].N, MPFR_RNDN);
      mpfr_set_zero(b, 1);
      Ledger_widen(res, a, b);
      mpfr_max(res, res, r.ldb, MPFR_RNDN);
      break;
    case RESIDUAL_IFT:
      Ledger_widen(res, r.ift, b);
      break;
    case RESIDUAL_JARZYNSKI:
      mpfr_div(a, r.jarzynski, r.zratio, MPFR_RNDN);
      Ledger_widen(res, a, b);
      break;
    default:
      mpfr_sub(b, b, r.lambda_abs, MPFR_RNDN);
      Ledger_widen(res, r.ift, b);
    }
  }
  mpfr_clears(a, b, (mpfr_ptr)0);
  Denseam_exact_clear(&r);
}
#line 1470 "noweb/denseam.nw"
static double trajectory_first_law(uint64_t seed, unsigned ntraj, double *mean_w)
{
  Denseam_patterns p;
  Denseam_patterns_draw(&p, 3, 64, Denseam_load(3, 64, 0.02), seed, EXP_MC_PATTERNS, 99);
  signed char c[64];
  Denseam_cue(c, &p, 0.25);
  Denseam_protocol pr = {.T = 0.3, .eps = 0.25, .tau = 2, .h0 = 1, .steps = EXACT_STEPS,
                         .start = DENSEAM_PRODUCT};
  double worst = 0, sw = 0;
  for (unsigned k = 0; k < ntraj; k++) {
    Rng rng;
    Rng_init(&rng, seed, EXP_MC, 1000000 + k);
    Denseam_path path;
    Denseam_trajectory(&path, &p, c, &pr, NULL, &rng);
    double gap = fabs(path.work - path.denergy - path.heat) / p.N;
    worst = gap > worst ? gap : worst;
    sw += path.work / p.N;
  }
  Denseam_patterns_free(&p);
  *mean_w = sw / ntraj;
  return worst;
}

void Denseam_check_first_law(const Ledger_options *o, Ledger_result *r)
{
  residual_ctx rc = {o->seed, RESIDUAL_FIRST_LAW};
  Ledger_identity(r, grid_residual, &rc, o->prec, 4);
  double mw;
  Ledger_field_double(r, "traj_first_law_max", trajectory_first_law(o->seed, 4096, &mw));
  Ledger_field_double(r, "traj_mean_work_per_unit", mw);
  Denseam_found_otherwise(r);
}
#line 1522 "noweb/denseam.nw"
void Denseam_check_ift(const Ledger_options *o, Ledger_result *r)
{
  residual_ctx rc = {o->seed, RESIDUAL_IFT};
  Ledger_identity(r, grid_residual, &rc, o->prec, 4);
  Denseam_found_otherwise(r);
}

void Denseam_check_jarzynski(const Ledger_options *o, Ledger_result *r)
{
  residual_ctx rc = {o->seed, RESIDUAL_JARZYNSKI};
  Ledger_identity(r, grid_residual, &rc, o->prec, 4);
  Denseam_exact_result e;
  Denseam_exact_init(&e, 64);
  Denseam_exact_point(&e, &id_grid[0], 1.0, EXACT_STEPS, o->seed, EXP_EXACT, 0, 0, NULL, NULL);
  Ledger_field_mpfr(r, "exp_minus_beta_dF_point0", e.zratio, 10);
  Denseam_exact_clear(&e);
  Denseam_found_otherwise(r);
}

static void second_law_slack(mpfr_t slack, char *where, size_t size, mpfr_prec_t prec, void *ctx)
{
  uint64_t seed = *(const uint64_t *)ctx;
  Denseam_exact_result e;
  Denseam_exact_init(&e, prec);
  mpfr_set_inf(slack, 1);
  for (int i = 0; i < ID_POINTS; i++) {
    const Denseam_grid_point *g = &id_grid[i];
    Denseam_exact_point(&e, g, 1.0, EXACT_STEPS, seed, EXP_EXACT, (uint64_t)i, 0, NULL, NULL);
    if (mpfr_less_p(e.sigma, slack))
      mpfr_set(slack, e.sigma, MPFR_RNDN),
          snprintf(where, size, "<Sigma>, grid point %d (n=%d N=%u T=%g tau=%g)", i, g->n, g->N,
                   g->T, g->tau);
    if (g->start == DENSEAM_EQUILIBRIUM && mpfr_less_p(e.dissipated, slack))
      mpfr_set(slack, e.dissipated, MPFR_RNDN),
          snprintf(where, size, "beta(<W>-dF), grid point %d (n=%d N=%u T=%g tau=%g)", i, g->n,
                   g->N, g->T, g->tau);
  }
  Denseam_exact_clear(&e);
}

void Denseam_check_second_law(const Ledger_options *o, Ledger_result *r)
{
  uint64_t seed = o->seed;
  Ledger_inequality_mpfr(r, second_law_slack, &seed, o->prec);
  Denseam_exact_result e;
  Denseam_exact_init(&e, 64);
  double smax = 0;
  for (int i = 0; i < ID_POINTS; i++) {
    Denseam_exact_point(&e, &id_grid[i], 1.0, EXACT_STEPS, o->seed, EXP_EXACT, (uint64_t)i, 0,
                        NULL, NULL);
    smax = fmax(smax, mpfr_get_d(e.sigma, MPFR_RNDN));
  }
  Ledger_field_double(r, "max_mean_sigma", smax);
  Denseam_exact_clear(&e);
  Denseam_found_otherwise(r);
}
#line 1595 "noweb/denseam.nw"
void Denseam_check_absolute(const Ledger_options *o, Ledger_result *r)
{
  residual_ctx rc = {o->seed, RESIDUAL_ABSOLUTE};
  Ledger_identity(r, grid_residual, &rc, o->prec, 4);
  Denseam_exact_result e;
  Denseam_exact_init(&e, 64);
  double lmin = INFINITY;
  for (int i = 0; i < SHELL_POINTS; i++) {
    Denseam_exact_point(&e, &shell_grid[i], 1.0, EXACT_STEPS, o->seed, EXP_EXACT,
                        10 + (uint64_t)i, 0, NULL, NULL);
    double l = mpfr_get_d(e.lambda_abs, MPFR_RNDN);
    lmin = l < lmin ? l : lmin;
  }
  Ledger_field_double(r, "min_lambda_abs", lmin);
  Denseam_exact_clear(&e);
  Denseam_found_otherwise(r);
}
#line 1653 "noweb/denseam.nw"
static const Denseam_grid_point mc_grid[] = {
  {2, 8, 0.1, 1.0, 0.25, 2.0, DENSEAM_EQUILIBRIUM},
  {4, 8, 0.02, 1.0, 0.25, 1.0, DENSEAM_EQUILIBRIUM},
  {3, 8, 0.05, 0.5, 0.25, 0.5, DENSEAM_PRODUCT},
};
enum { MC_POINTS = 3, MC_ESTIMATORS = 5, MC_JUDGED = 2, MC_TRAJ = 1 << 15 };
static const char *const mc_names[MC_ESTIMATORS] = {"exp(-Sigma)", "exp(-beta W)", "Sigma",
                                                    "beta W", "m1"};

static void mc_point(Ledger_mc *mc, double *sd_ems, const Denseam_grid_point *g, uint64_t seed,
                     uint64_t point, uint64_t ntraj, int threads)
{
  Denseam_patterns p;
  Denseam_patterns_draw(&p, g->n, g->N, Denseam_load(g->n, g->N, g->alpha), seed, EXP_MC_PATTERNS,
                        point);
  signed char c[32];
  Denseam_cue(c, &p, g->eps);
  Denseam_protocol pr = {.T = g->T, .eps = g->eps, .tau = g->tau, .h0 = 1, .steps = EXACT_STEPS,
                         .start = g->start};
  size_t ns = (size_t)1 << g->N;
  double *lnp0 = malloc(ns * sizeof *lnp0), *lnpt = malloc(ns * sizeof *lnpt),
         *cdf = malloc(ns * sizeof *cdf), *rec = malloc(ntraj * MC_ESTIMATORS * sizeof *rec);
  assert(lnp0 && lnpt && cdf && rec);
  Denseam_exact_result e;
  Denseam_exact_init(&e, 64);
  Denseam_exact_run(&e, &p, c, &pr, lnp0, lnpt, 0);
  double acc = 0;
  for (size_t st = 0; st < ns; st++)
    acc += exp(lnp0[st]), cdf[st] = acc;
  for (size_t st = 0; st < ns; st++)
    cdf[st] /= acc;
  double beta = 1 / g->T;
#pragma omp parallel for schedule(static) num_threads(threads > 0 ? threads : omp_get_max_threads())
  for (int64_t k = 0; k < (int64_t)ntraj; k++) {
    Rng rng;
    Rng_init(&rng, seed, EXP_MC, (point << 20) + (uint64_t)k);
    Denseam_path path;
    Denseam_trajectory(&path, &p, c, &pr, cdf, &rng);
    double sigma = beta * path.heat + lnp0[path.s0] - lnpt[path.stau], *x = rec + k * MC_ESTIMATORS;
    x[0] = exp(-sigma), x[1] = exp(-beta * path.work), x[2] = sigma, x[3] = beta * path.work;
    x[4] = path.m1;
  }
  double exact[MC_ESTIMATORS] = {1, mpfr_get_d(e.zratio, MPFR_RNDN), mpfr_get_d(e.sigma, MPFR_RNDN),
                                 beta * mpfr_get_d(e.work, MPFR_RNDN), mpfr_get_d(e.m1, MPFR_RNDN)};
  for (int j = 0; j < MC_ESTIMATORS; j++) {
    Stats s;
    Stats_init(&s);
    for (uint64_t k = 0; k < ntraj; k++)
      Stats_add(&s, rec[k * MC_ESTIMATORS + j]);
    Ledger_mc_set(&mc[j], Stats_mean(&s), Stats_stderr(&s), exact[j], ntraj);
    if (j == 0)
      *sd_ems = sqrt(Stats_variance(&s));
  }
  Denseam_exact_clear(&e);
  free(lnp0), free(lnpt), free(cdf), free(rec);
  Denseam_patterns_free(&p);
}

void Denseam_check_mc_small(const Ledger_options *o, Ledger_result *r)
{
  uint64_t ntraj = o->samples ? o->samples : MC_TRAJ;
  Ledger_mc mc[MC_ESTIMATORS], all[MC_POINTS * MC_ESTIMATORS];
  int point[MC_POINTS * MC_ESTIMATORS], which[MC_POINTS * MC_ESTIMATORS];
  size_t n = 0;
  double sdmax = 0;
  for (int i = 0; i < MC_POINTS; i++) {
    double sd = 0;
    mc_point(mc, &sd, &mc_grid[i], o->seed, (uint64_t)i, ntraj, o->threads);
    sdmax = sd > sdmax ? sd : sdmax;
    for (int j = MC_JUDGED; j < MC_ESTIMATORS; j++)
      all[n] = mc[j], point[n] = i, which[n++] = j;
    char key[32];
    snprintf(key, sizeof key, "z_ift_point%d", i);
    Ledger_field_double(r, key, mc[0].z);
    if (mc_grid[i].start == DENSEAM_EQUILIBRIUM) {
      snprintf(key, sizeof key, "z_jarzynski_point%d", i);
      Ledger_field_double(r, key, mc[1].z);
    }
  }
  size_t w = Ledger_stochastic_worst(r, all, n, 5);
  char what[64];
  snprintf(what, sizeof what, "%s at point %d", mc_names[which[w]], point[w]);
  Ledger_field_text(r, "worst", what);
  Ledger_field_double(r, "max_sd_exp_minus_sigma", sdmax);
  Denseam_found_otherwise(r);
}
