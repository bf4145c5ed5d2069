#line 1908 "noweb/denseam.nw"
/* denseam-meanfield.c: tangled from noweb/denseam.nw; edit that, not this. */
#include "denseam-internal.h"
#line 1929 "noweb/denseam.nw"
static void mf_rhs(double *d, const double *x, int n, double beta, double eps, double lambda)
{
  double m = (1 - eps) * x[0] + eps * x[1], f = pow(m, n - 1);
  d[0] = -x[0] + tanh(beta * (f + lambda));
  d[1] = -x[1] + tanh(beta * (f - lambda));
}

static void mf_step(double *x, double h, int n, double beta, double eps, double lambda)
{
  double k1[2], k2[2], k3[2], k4[2], y[2];
  mf_rhs(k1, x, n, beta, eps, lambda);
  for (int j = 0; j < 2; j++)
    y[j] = x[j] + h / 2 * k1[j];
  mf_rhs(k2, y, n, beta, eps, lambda);
  for (int j = 0; j < 2; j++)
    y[j] = x[j] + h / 2 * k2[j];
  mf_rhs(k3, y, n, beta, eps, lambda);
  for (int j = 0; j < 2; j++)
    y[j] = x[j] + h * k3[j];
  mf_rhs(k4, y, n, beta, eps, lambda);
  for (int j = 0; j < 2; j++)
    x[j] += h / 6 * (k1[j] + 2 * k2[j] + 2 * k3[j] + k4[j]);
}

static void mf_hold(double *x, double len, double h, int n, double beta, double eps, double lambda,
                    double t0, double *tcross)
{
  if (len <= 0)
    return;
  long steps = (long)ceil(len / h - 1e-9);
  steps = steps < 1 ? 1 : steps;
  double dt = len / steps;
  for (long s = 0; s < steps; s++) {
    double y[2] = {x[0], x[1]};
    mf_step(x, dt, n, beta, eps, lambda);
    if (tcross && isnan(*tcross) && (1 - eps) * y[0] + eps * y[1] < large_level &&
        (1 - eps) * x[0] + eps * x[1] >= large_level) {
      double lo = 0, hi = dt;
      for (int it = 0; it < 60; it++) {
        double mid = (lo + hi) / 2, z[2] = {y[0], y[1]};
        mf_step(z, mid, n, beta, eps, lambda);
        if ((1 - eps) * z[0] + eps * z[1] < large_level)
          lo = mid;
        else
          hi = mid;
      }
      *tcross = t0 + (double)s * dt + (lo + hi) / 2;
    }
  }
}

static void mf_run(Denseam_meanfield_result *r, int n, const Denseam_protocol *pr, double h,
                   double tmax)
{
  double beta = 1 / pr->T, eps = pr->eps, x[2] = {tanh(beta * pr->h0), -tanh(beta * pr->h0)};
  if (pr->start == DENSEAM_EQUILIBRIUM)
    mf_hold(x, 200, h, n, beta, eps, pr->h0, 0, NULL);
  r->xa0 = x[0], r->xb0 = x[1];
  r->work = 0;
  r->t09 = (1 - eps) * x[0] + eps * x[1] >= large_level ? 0 : NAN;
  for (int k = 1; k <= pr->steps; k++) {
    double lambda = Denseam_field(pr, k);
    r->work += (Denseam_field(pr, k - 1) - lambda) * ((1 - eps) * x[0] - eps * x[1]);
    double t0 = (k - 1) * pr->tau / pr->steps;
    mf_hold(x, pr->tau / pr->steps, h, n, beta, eps, lambda, t0, &r->t09);
  }
  r->m1 = (1 - eps) * x[0] + eps * x[1];
  if (isnan(r->t09))
    mf_hold(x, tmax, h, n, beta, eps, 0, pr->tau, &r->t09);
}

void Denseam_meanfield(Denseam_meanfield_result *r, int n, const Denseam_protocol *pr, double tmax)
{
  assert(n >= 2 && pr->T > 0 && pr->steps >= 1 && pr->tau >= 0 && tmax >= 0);
  Denseam_meanfield_result coarse;
  mf_run(&coarse, n, pr, 0x1p-9, tmax);
  mf_run(r, n, pr, 0x1p-10, tmax);
  double e = fmax(fabs(coarse.work - r->work), fabs(coarse.m1 - r->m1));
  r->err = isnan(r->t09) ? e : fmax(e, fabs(coarse.t09 - r->t09));
}
