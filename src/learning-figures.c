#line 148 "noweb/learning.nw"
/* learning-figures.c: tangled from noweb/learning.nw; edit that, not this. */
#include "learning-internal.h"
#include "ledger-output.h"
#line 6505 "noweb/learning.nw"
static int write_fig2(const char *dir)
{
  static const double taus[] = {0.1, 1, 10, 100, INFINITY};
  Ledger_out o;
  if (!Ledger_open_data(&o, dir, "learning-fig2.tsv"))
    return -1;
  fputs("# nu\teta(tau=0.1)\teta(1)\teta(10)\teta(100)\teta(inf)\tI\tdS"
        "  (learning eq. (11), N = P = 1)\n", o.f);
  mpfr_t nu, zero, one, tau, info, ds, q;
  mpfr_inits2(64, nu, zero, one, tau, info, ds, q, (mpfr_ptr)0);
  mpfr_set_zero(zero, 1);
  mpfr_set_ui(one, 1, MPFR_RNDN);
  int status = 0;
  for (int i = 1; i <= 100; i++) {
    mpfr_set_ui(nu, (unsigned long)i, MPFR_RNDN);
    mpfr_div_ui(nu, nu, 10, MPFR_RNDN);
    status |= Learning_info(info, zero, nu);
    status |= Learning_toy_entropy(ds, nu);
    fprintf(o.f, "%.2f", i / 10.0);
    for (int k = 0; k < 5; k++) {
      mpfr_set_d(tau, taus[k], MPFR_RNDN);
      Learning_heat(q, nu, one, tau);
      mpfr_add(q, q, ds, MPFR_RNDN);
      mpfr_div(q, info, q, MPFR_RNDN);
      mpfr_fprintf(o.f, "\t%.10Re", q);
    }
    mpfr_fprintf(o.f, "\t%.10Re\t%.10Re\n", info, ds);
  }
  mpfr_clears(nu, zero, one, tau, info, ds, q, (mpfr_ptr)0);
  return Ledger_close_data(&o, status == 0);
}
#line 6568 "noweb/learning.nw"
static const double fig3_nus[] = {0.5, 1, 2, 5, 10};
enum { FIG3_NNU = 5 };

static int write_fig3_curves(const char *dir)
{
  Ledger_out o;
  if (!Ledger_open_data(&o, dir, "learning-fig3.tsv"))
    return -1;
  fputs("# alpha\tnu\tI (eq. 21)\tI_erf (S70)\teta_tau0\teta_tauinf  (learning eqs. (20)-(22))\n",
        o.f);
  mpfr_t a, n, tau, v, e0, einf, p, info;
  mpfr_inits2(64, a, n, tau, v, e0, einf, p, (mpfr_ptr)0);
  mpfr_init2(info, 64 + LEARNING_GUARD);
  int status = 0;
  for (int j = 0; j < FIG3_NNU; j++) {
    for (int i = 0; i <= 60; i++) {
      double alpha = pow(10, -2 + i / 20.0);
      mpfr_set_d(a, alpha, MPFR_RNDN);
      mpfr_set_d(n, fig3_nus[j], MPFR_RNDN);
      status |= Learning_info(v, a, n);
      Learning_pc_erf(p, a, n);
      double pe = mpfr_get_d(p, MPFR_RNDN), ie = log(2) + pe * log(pe) + (1 - pe) * log1p(-pe);
      status |= Learning_info(info, a, n);       /* as Learning_eta would, once for both */
      mpfr_set_ui_2exp(tau, 1, -80, MPFR_RNDN);
      Learning_eta_of_info(e0, info, a, n, tau);
      mpfr_set_inf(tau, 1);
      Learning_eta_of_info(einf, info, a, n, tau);
      mpfr_fprintf(o.f, "%.6g\t%g\t%.10Re\t%.10e\t%.10Re\t%.10Re\n", alpha, fig3_nus[j], v, ie, e0,
                   einf);
    }
    fputs("\n\n", o.f);
  }
  mpfr_clears(a, n, tau, v, e0, einf, p, info, (mpfr_ptr)0);
  return Ledger_close_data(&o, status == 0);
}
#line 6619 "noweb/learning.nw"
enum { FIG3_NALPHA = 7, FIG3_REALIZATIONS = 16 };
static const double fig3_alphas[FIG3_NALPHA] = {0.01, 0.03, 0.1, 0.3, 1, 3, 10};

static int write_fig3_mc(const char *dir, const Ledger_options *opt)
{
  Ledger_out o;
  if (!Ledger_open_data(&o, dir, "learning-fig3-mc.tsv"))
    return -1;
  double (*pc)[FIG3_REALIZATIONS][FIG3_NNU] =
    malloc(sizeof(double[FIG3_NALPHA][FIG3_REALIZATIONS][FIG3_NNU]));
  assert(pc != NULL);
  int nthreads = opt->threads > 0 ? opt->threads : omp_get_max_threads();
  const int total = FIG3_NALPHA * FIG3_REALIZATIONS;
#pragma omp parallel for schedule(dynamic, 1) num_threads(nthreads)
  for (int k = 0; k < total; k++) {
    int i = FIG3_NALPHA - 1 - k / FIG3_REALIZATIONS, r = k % FIG3_REALIZATIONS;
    Fig3_run f = {FIG3_N, (int)floor(fig3_alphas[i] * FIG3_N + 0.5), FIG3_NNU, fig3_nus, opt->seed};
    Learning_fig3_realization(&f, (uint64_t)r, pc[i][r]);
  }
  fputs("# alpha\tnu\tpc\tpc_stderr\tI\tI_stderr\tI_exact\tz  (N = 10000, 16 realisations)\n", o.f);
  for (int j = 0; j < FIG3_NNU; j++) {
    for (int i = 0; i < FIG3_NALPHA; i++) {
      Stats s;
      Stats_init(&s);
      for (int r = 0; r < FIG3_REALIZATIONS; r++)
        Stats_add(&s, pc[i][r][j]);
      double exact_pc, exact_info;
      Learning_exact_pc_info(fig3_alphas[i], fig3_nus[j], &exact_pc, &exact_info);
      Ledger_mc info;
      Learning_info_estimate(&info, Stats_mean(&s), Stats_stderr(&s), exact_info, s.n);
      fprintf(o.f, "%g\t%g\t%.10g\t%.3g\t%.10g\t%.3g\t%.10g\t%.3f\n", fig3_alphas[i], fig3_nus[j],
              Stats_mean(&s), Stats_stderr(&s), info.estimate, info.stderr_, info.exact, info.z);
    }
    fputs("\n\n", o.f);
  }
  free(pc);
  return Ledger_close_data(&o, 1);
}
#line 6667 "noweb/learning.nw"
int Learning_write_data(const char *dir, const Ledger_options *opt)
{
  return write_fig2(dir) | write_fig3_curves(dir) | write_fig3_mc(dir, opt);
}
