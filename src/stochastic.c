#line 52 "noweb/stochastic.nw"
/* stochastic.c: tangled from noweb/stochastic.nw; edit that, not this. */
#line 63 "noweb/stochastic.nw"
#include "stochastic.h"
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <omp.h>
#include <Random123/philox.h>
#include <Random123/u01fixedpt.h>

#line 234 "noweb/stochastic.nw"
void Rng_init(Rng *r, uint64_t seed, uint64_t experiment, uint64_t replicate)
{
    assert(r != NULL);
    r->key[0] = seed;
    r->key[1] = experiment;
    r->counter[0] = replicate;
    r->counter[1] = 0;
    r->counter[2] = 0;
    r->counter[3] = 0;
    memset(r->block, 0, sizeof r->block);
    r->used = 4;
    r->has_spare = 0;
    r->spare = 0.0;
}

void Rng_refill(Rng *r)
{
    assert(r != NULL && r->used == 4);
    
#line 289 "noweb/stochastic.nw"
philox4x64_ctr_t ctr = {{r->counter[0], r->counter[1], r->counter[2], r->counter[3]}};
philox4x64_key_t key = {{r->key[0], r->key[1]}};
philox4x64_ctr_t out = philox4x64_R(10, ctr, key);
memcpy(r->block, out.v, sizeof r->block);
r->counter[1]++;
r->used = 0;
#line 253 "noweb/stochastic.nw"
}

void Rng_fill(Rng *r, uint64_t *buf, size_t n)
{
    assert(r != NULL && (buf != NULL || n == 0));
    size_t k = 0;
    while (k < n && r->used < 4)
        buf[k++] = r->block[r->used++];
    philox4x64_key_t key = {{r->key[0], r->key[1]}};
    philox4x64_ctr_t ctr = {{r->counter[0], r->counter[1], r->counter[2], r->counter[3]}};
    for (; n - k >= 4; k += 4) {
        philox4x64_ctr_t out = philox4x64_R(10, ctr, key);
        memcpy(buf + k, out.v, sizeof out.v);
        ctr.v[1]++;
    }
    r->counter[1] = ctr.v[1];
    while (k < n)
        buf[k++] = Rng_bits(r);
}

double Rng_normal(Rng *r)
{
    assert(r != NULL);
    if (r->has_spare) {
        r->has_spare = 0;
        return r->spare;
    }
    
#line 298 "noweb/stochastic.nw"
double u1 = Rng_uniform(r);
double u2 = Rng_uniform(r);
double radius = sqrt(-2.0 * log(u1));
double angle = 2.0 * M_PI * u2;
r->spare = radius * sin(angle);
r->has_spare = 1;
return radius * cos(angle);
#line 281 "noweb/stochastic.nw"
}
#line 372 "noweb/stochastic.nw"
void Stats_init(Stats *s)
{
    assert(s != NULL);
    s->n = 0;
    s->mean = 0.0;
    s->m2 = 0.0;
}

void Stats_add(Stats *s, double x)
{
    assert(s != NULL);
    s->n++;
    double delta = x - s->mean;
    s->mean += delta / (double)s->n;
    s->m2 += delta * (x - s->mean);
}

void Stats_merge(Stats *into, const Stats *from)
{
    assert(into != NULL && from != NULL);
    if (from->n == 0)
        return;
    if (into->n == 0) {
        *into = *from;
        return;
    }
    
#line 420 "noweb/stochastic.nw"
double na = (double)into->n, nb = (double)from->n, n = na + nb;
double delta = from->mean - into->mean;
into->mean += delta * (nb / n);
into->m2 += from->m2 + delta * delta * (na * nb / n);
into->n += from->n;
#line 399 "noweb/stochastic.nw"
}

double Stats_mean(const Stats *s)
{
    assert(s != NULL && s->n >= 1);
    return s->mean;
}

double Stats_variance(const Stats *s)
{
    assert(s != NULL && s->n >= 2);
    return s->m2 / (double)(s->n - 1);
}

double Stats_stderr(const Stats *s)
{
    return sqrt(Stats_variance(s) / (double)s->n);
}
#line 503 "noweb/stochastic.nw"
void Batch_means_compute(Batch_means *bm, const double *x, size_t n, size_t nbatches)
{
    assert(bm != NULL && x != NULL);
    assert(nbatches >= 2 && n >= nbatches);
    size_t len = n / nbatches;
    Stats all, means;
    Stats_init(&all);
    Stats_init(&means);
    for (size_t j = 0; j < nbatches; j++) {
        Stats batch;
        Stats_init(&batch);
        for (size_t i = j * len; i < (j + 1) * len; i++)
            Stats_add(&batch, x[i]);
        Stats_add(&means, Stats_mean(&batch));
        Stats_merge(&all, &batch);
    }
    
#line 524 "noweb/stochastic.nw"
double var_means = Stats_variance(&means);
double var_x = Stats_variance(&all);
bm->mean = Stats_mean(&all);
bm->stderr_ = sqrt(var_means / (double)nbatches);
bm->tau_int = var_x > 0.0 ? (double)len * var_means / (2.0 * var_x) : NAN;
bm->nbatches = nbatches;
bm->batch_len = len;
#line 520 "noweb/stochastic.nw"
}
#line 559 "noweb/stochastic.nw"
double Stats_z(double estimate, double stderr_, double exact)
{
    assert(stderr_ > 0.0);
    return (estimate - exact) / stderr_;
}
#line 609 "noweb/stochastic.nw"
void Stats_parallel(Stats *total, uint64_t nrep, int threads,
                    void (*body)(uint64_t rep, void *ctx, Stats *out), void *ctx)
{
    assert(total != NULL && body != NULL && threads >= 0);
    enum { round_len = 1 << 16 };
    int nthreads = threads > 0 ? threads : omp_get_max_threads();
    uint64_t buf_len = nrep < round_len ? nrep : round_len;
    Stats *part = malloc((buf_len > 0 ? buf_len : 1) * sizeof *part);
    assert(part != NULL);
    Stats_init(total);
    for (uint64_t start = 0; start < nrep; start += buf_len) {
        int64_t len = (int64_t)(nrep - start < buf_len ? nrep - start : buf_len);
        
#line 630 "noweb/stochastic.nw"
#pragma omp parallel for schedule(dynamic, 1) num_threads(nthreads)
for (int64_t i = 0; i < len; i++) {
    Stats_init(&part[i]);
    body(start + (uint64_t)i, ctx, &part[i]);
}
#line 622 "noweb/stochastic.nw"
        for (int64_t i = 0; i < len; i++)
            Stats_merge(total, &part[i]);
    }
    free(part);
}
