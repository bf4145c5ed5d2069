#line 1914 "noweb/denseam.nw"
/* denseam-class.c: tangled from noweb/denseam.nw; edit that, not this. */
#include "denseam-internal.h"
#line 2018 "noweb/denseam.nw"
typedef struct {
  int n;
  unsigned N, NA, k;
  double beta, scale;
  size_t ns;
  double *lb;
} class_model;

static void class_init(class_model *x, int n, unsigned N, double eps, double T, int tables)
{
  assert(n >= 2 && N >= 1 && eps >= 0 && eps <= 1 && T > 0 && pow(N + 2.0, n) < 0x1p53);
  x->n = n, x->N = N, x->k = (unsigned)lround(eps * N), x->NA = N - x->k, x->beta = 1 / T;
  x->ns = (size_t)(x->NA + 1) * (x->k + 1);
  x->scale = n * pow((double)N, n - 1);
  x->lb = NULL;
  if (!tables)
    return;
  x->lb = malloc((x->NA + x->k + 2) * sizeof *x->lb);
  assert(x->lb != NULL);
  for (unsigned a = 0; a <= x->NA; a++)
    x->lb[a] = ln_binomial(x->NA, a);
  for (unsigned b = 0; b <= x->k; b++)
    x->lb[x->NA + 1 + b] = ln_binomial(x->k, b);
}

static void class_free(class_model *x) { free(x->lb); }
static long class_M(const class_model *x, long a, long b)
{
  return 2 * a - (long)x->NA + 2 * b - (long)x->k;
}

static long class_cs(const class_model *x, long a, long b)
{
  return 2 * a - (long)x->NA - 2 * b + (long)x->k;
}

static double class_lnmult(const class_model *x, long a, long b)
{
  return x->lb[a] + x->lb[x->NA + 1 + b];
}

static double class_dh(const class_model *x, long M, int sigma, int g, double lambda)
{
  return -(double)(ipow(M - 2 * sigma, x->n) - ipow(M, x->n)) / x->scale + 2 * lambda * g * sigma;
}

static double class_lnweight(const class_model *x, long a, long b, double lambda)
{
  return class_lnmult(x, a, b) +
         x->beta * ((double)ipow(class_M(x, a, b), x->n) / x->scale + lambda * class_cs(x, a, b));
}

double Denseam_class_lnz(int n, unsigned N, double eps, double T, double lambda)
{
  class_model x;
  class_init(&x, n, N, eps, T, 1);
  double mx = -INFINITY, s = 0;
  for (long a = 0; a <= x.NA; a++)
    for (long b = 0; b <= x.k; b++)
      mx = fmax(mx, class_lnweight(&x, a, b, lambda));
  for (long a = 0; a <= x.NA; a++)
    for (long b = 0; b <= x.k; b++)
      s += exp(class_lnweight(&x, a, b, lambda) - mx);
  class_free(&x);
  return mx + log(s);
}

double Denseam_class_dfree(int n, unsigned N, const Denseam_protocol *pr)
{
  return -pr->T * (Denseam_class_lnz(n, N, pr->eps, pr->T, 0) -
                   Denseam_class_lnz(n, N, pr->eps, pr->T, pr->h0));
}
#line 2098 "noweb/denseam.nw"
static void class_start(const class_model *x, const Denseam_protocol *pr, double *p)
{
  assert(pr->start == DENSEAM_EQUILIBRIUM || pr->start == DENSEAM_PRODUCT);
  double q = (1 + tanh(x->beta * pr->h0)) / 2, mx = -INFINITY, s = 0;
  for (long a = 0; a <= x->NA; a++)
    for (long b = 0; b <= x->k; b++) {
      double w = pr->start == DENSEAM_EQUILIBRIUM
                     ? class_lnweight(x, a, b, pr->h0)
                     : class_lnmult(x, a, b) + (double)(a + (long)x->k - b) * log(q) +
                           (double)((long)x->NA - a + b) * log1p(-q);
      p[(size_t)a * (x->k + 1) + (size_t)b] = w;
      mx = fmax(mx, w);
    }
  for (size_t i = 0; i < x->ns; i++)
    s += (p[i] = exp(p[i] - mx));
  for (size_t i = 0; i < x->ns; i++)
    p[i] /= s;
}

double *Denseam_class_cdf(int n, unsigned N, const Denseam_protocol *pr)
{
  class_model x;
  class_init(&x, n, N, pr->eps, pr->T, 1);
  double *p = malloc(x.ns * sizeof *p), acc = 0;
  assert(p != NULL);
  class_start(&x, pr, p);
  for (size_t i = 0; i < x.ns; i++)
    acc += p[i], p[i] = acc;
  class_free(&x);
  return p;
}
#line 2145 "noweb/denseam.nw"
static void class_level(const class_model *x, double lambda, double *mv, double *q)
{
  static const int sg[4] = {1, -1, 1, -1}, g[4] = {1, 1, -1, -1};
  for (long a = 0; a <= x->NA; a++)
    for (long b = 0; b <= x->k; b++) {
      size_t i = (size_t)a * (x->k + 1) + (size_t)b;
      long M = class_M(x, a, b);
      double count[4] = {(double)a, (double)((long)x->NA - a), (double)b, (double)((long)x->k - b)};
      q[i] = 0;
      for (int j = 0; j < 4; j++) {
        double dh = class_dh(x, M, sg[j], g[j], lambda);
        double w = count[j] / x->N / (1 + exp(x->beta * dh));
        mv[4 * i + j] = w;
        q[i] -= w * dh;
      }
    }
}

static void class_apply(const class_model *x, const double *mv, double *out, const double *in)
{
  size_t row = x->k + 1;
  memset(out, 0, x->ns * sizeof *out);
  for (size_t i = 0; i < x->ns; i++) {
    const double p = in[i], *w = mv + 4 * i;
    if (p == 0)
      continue;
    out[i] += p * (1 - w[0] - w[1] - w[2] - w[3]);
    if (w[0] > 0)
      out[i - row] += p * w[0];
    if (w[1] > 0)
      out[i + row] += p * w[1];
    if (w[2] > 0)
      out[i - 1] += p * w[2];
    if (w[3] > 0)
      out[i + 1] += p * w[3];
  }
}

static double class_entropy(const class_model *x, const double *p)
{
  double s = 0;
  for (long a = 0; a <= x->NA; a++)
    for (long b = 0; b <= x->k; b++) {
      double v = p[(size_t)a * (x->k + 1) + (size_t)b];
      if (v > 0)
        s -= v * (log(v) - class_lnmult(x, a, b));
    }
  return s;
}

static double class_mean(const class_model *x, const double *p,
                         long (*f)(const class_model *, long, long))
{
  double s = 0;
  for (long a = 0; a <= x->NA; a++)
    for (long b = 0; b <= x->k; b++)
      s += p[(size_t)a * (x->k + 1) + (size_t)b] * (double)f(x, a, b);
  return s;
}

static void class_interval(const class_model *x, double **p, double **acc, double **nx,
                           const double *mv, const double *q, double mu, double *heat)
{
  double cum = 0;
  memset(*acc, 0, x->ns * sizeof **acc);
  for (unsigned long j = 0;; j++) {
    double pj = mu > 0 ? exp(-mu + (double)j * log(mu) - lgamma(j + 1.0)) : (j == 0);
    double h = 0;
    for (size_t i = 0; i < x->ns; i++)
      (*acc)[i] += pj * (*p)[i], h += (*p)[i] * q[i];
    cum += pj;
    *heat += (cum < 1 ? 1 - cum : 0) * h;
    if ((double)j + 1 > mu && (mu == 0 || exp(-mu + (j + 1.0) * log(mu) - lgamma(j + 2.0)) < 1e-18))
      break;
    class_apply(x, mv, *nx, *p);
    double *t = *p;
    *p = *nx, *nx = t;
  }
  double *t = *p;
  *p = *acc, *acc = t;
}

void Denseam_class_exact(Denseam_class_result *r, int n, unsigned N, const Denseam_protocol *pr,
                         double *lnp0, double *lnptau)
{
  assert(pr->steps >= 1 && pr->tau >= 0);
  class_model x;
  class_init(&x, n, N, pr->eps, pr->T, 1);
  double *p = malloc(x.ns * sizeof *p), *acc = malloc(x.ns * sizeof *p),
         *nx = malloc(x.ns * sizeof *p), *mv = malloc(4 * x.ns * sizeof *mv),
         *q = malloc(x.ns * sizeof *q);
  assert(p && acc && nx && mv && q);
  class_start(&x, pr, p);
  r->s0 = class_entropy(&x, p);
  r->cs0 = class_mean(&x, p, class_cs) / N;
  r->m0 = class_mean(&x, p, class_M) / N;
  for (size_t i = 0; lnp0 && i < x.ns; i++)
    lnp0[i] = log(p[i]) - class_lnmult(&x, (long)(i / (x.k + 1)), (long)(i % (x.k + 1)));
  r->work = r->heat = 0;
  for (int k = 1; k <= pr->steps; k++) {
    r->work += (Denseam_field(pr, k - 1) - Denseam_field(pr, k)) * class_mean(&x, p, class_cs);
    class_level(&x, Denseam_field(pr, k), mv, q);
    class_interval(&x, &p, &acc, &nx, mv, q, N * pr->tau / pr->steps, &r->heat);
  }
  r->m1 = class_mean(&x, p, class_M) / N;
  r->stau = class_entropy(&x, p);
  r->sigma = x.beta * r->heat + r->stau - r->s0;
  r->dfree = Denseam_class_dfree(n, N, pr);
  for (size_t i = 0; lnptau && i < x.ns; i++)
    lnptau[i] = log(p[i]) - class_lnmult(&x, (long)(i / (x.k + 1)), (long)(i % (x.k + 1)));
  free(p), free(acc), free(nx), free(mv), free(q);
  class_free(&x);
}
#line 2273 "noweb/denseam.nw"
void Denseam_class_trajectory(Denseam_class_path *out, int n, unsigned N,
                              const Denseam_protocol *pr, const double *cdf, double tmax, Rng *rng)
{
  class_model x;
  class_init(&x, n, N, pr->eps, pr->T, 0);
  long a = 0, b = 0;
  
#line 2311 "noweb/denseam.nw"
if (pr->start == DENSEAM_EQUILIBRIUM) {
  assert(cdf != NULL);
  double u = Rng_uniform(rng);
  size_t lo = 0, hi = x.ns - 1;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (cdf[mid] < u)
      lo = mid + 1;
    else
      hi = mid;
  }
  a = (long)(lo / (x.k + 1)), b = (long)(lo % (x.k + 1));
} else {
  double q = (1 + tanh(x.beta * pr->h0)) / 2;
  for (unsigned i = 0; i < x.NA; i++)
    a += Rng_uniform(rng) < q;
  for (unsigned i = 0; i < x.k; i++)
    b += Rng_uniform(rng) >= q;
}
#line 2280 "noweb/denseam.nw"
  out->a0 = (unsigned)a, out->b0 = (unsigned)b;
  out->work = out->heat = 0;
  long M = class_M(&x, a, b), cs = class_cs(&x, a, b), target = (long)ceil(large_level * N);
  out->t09 = M >= target ? 0 : NAN;
  double t = 0, end = pr->tau, lambda = pr->h0;
  int k = 0;
  for (;;) {
    while (k < pr->steps && t >= k * pr->tau / pr->steps) {
      double next = Denseam_field(pr, ++k);
      out->work += (lambda - next) * cs;
      lambda = next;
    }
    double stop = k < pr->steps ? k * pr->tau / pr->steps : end, dt = -log(Rng_uniform(rng)) / N;
    if (t + dt >= stop) {
      t = stop;
      if (k == pr->steps && t >= end) {
        if (end == pr->tau)
          out->m1 = (double)M / N, out->a = (unsigned)a, out->b = (unsigned)b;
        if (!isnan(out->t09) || end > pr->tau || tmax <= 0)
          break;
        end = pr->tau + tmax;
      }
      continue;
    }
    t += dt;
    
#line 2333 "noweb/denseam.nw"
unsigned j = (unsigned)(Rng_uniform(rng) * N);
j = j < N ? j : N - 1;
int g = j < x.k ? -1 : 1, sg = (long)(j < x.k ? j : j - x.k) < (j < x.k ? b : a) ? 1 : -1;
double dh = class_dh(&x, M, sg, g, lambda);
if (Rng_uniform(rng) * (1 + exp(x.beta * dh)) < 1) {
  if (t <= pr->tau)
    out->heat -= dh;
  if (g > 0)
    a -= sg;
  else
    b -= sg;
  M -= 2 * sg, cs -= 2 * g * sg;
  if (isnan(out->t09) && M >= target)
    out->t09 = t;
}
#line 2306 "noweb/denseam.nw"
  }
}
