#line 56 "noweb/stochastic.nw"
/* stochastic.c: tangled from noweb/stochastic.nw; edit that, not this. */
#line 69 "noweb/stochastic.nw"
#include "stochastic.h"
#include <assert.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <omp.h>
#include <mpi.h>
#include <Random123/philox.h>
#include <Random123/u01fixedpt.h>

#line 242 "noweb/stochastic.nw"
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
    
#line 297 "noweb/stochastic.nw"
philox4x64_ctr_t ctr = {{r->counter[0], r->counter[1], r->counter[2], r->counter[3]}};
philox4x64_key_t key = {{r->key[0], r->key[1]}};
philox4x64_ctr_t out = philox4x64_R(10, ctr, key);
memcpy(r->block, out.v, sizeof r->block);
r->counter[1]++;
r->used = 0;
#line 261 "noweb/stochastic.nw"
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
    
#line 306 "noweb/stochastic.nw"
double u1 = Rng_uniform(r);
double u2 = Rng_uniform(r);
double radius = sqrt(-2.0 * log(u1));
double angle = 2.0 * M_PI * u2;
r->spare = radius * sin(angle);
r->has_spare = 1;
return radius * cos(angle);
#line 289 "noweb/stochastic.nw"
}
#line 380 "noweb/stochastic.nw"
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
    
#line 428 "noweb/stochastic.nw"
double na = (double)into->n, nb = (double)from->n, n = na + nb;
double delta = from->mean - into->mean;
into->mean += delta * (nb / n);
into->m2 += from->m2 + delta * delta * (na * nb / n);
into->n += from->n;
#line 407 "noweb/stochastic.nw"
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
#line 511 "noweb/stochastic.nw"
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
    
#line 532 "noweb/stochastic.nw"
double var_means = Stats_variance(&means);
double var_x = Stats_variance(&all);
bm->mean = Stats_mean(&all);
bm->stderr_ = sqrt(var_means / (double)nbatches);
bm->tau_int = var_x > 0.0 ? (double)len * var_means / (2.0 * var_x) : NAN;
bm->nbatches = nbatches;
bm->batch_len = len;
#line 528 "noweb/stochastic.nw"
}
#line 567 "noweb/stochastic.nw"
double Stats_z(double estimate, double stderr_, double exact)
{
    assert(stderr_ > 0.0);
    return (estimate - exact) / stderr_;
}
#line 632 "noweb/stochastic.nw"
double Stats_normal_cdf(double x)
{
    return 0.5 * erfc(-x / sqrt(2.0));
}

static int compare_doubles(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

double Stats_ks_normal(double *z, size_t n)
{
    assert(n >= 1);
    for (size_t i = 0; i < n; i++)
        assert(!isnan(z[i]));
    qsort(z, n, sizeof *z, compare_doubles);
    double d = 0.0;
    for (size_t i = 0; i < n; i++) {
        double f = Stats_normal_cdf(z[i]);
        d = fmax(d, fmax((double)(i + 1) / (double)n - f, f - (double)i / (double)n));
    }
    return d;
}

double Stats_ks_pvalue(size_t n, double d)
{
    assert(n >= 1 && d >= 0.0);
    double rn = sqrt((double)n), lambda = (rn + 0.12 + 0.11 / rn) * d;
    if (lambda < 0.3)
        return 1.0;
    double sum = 0.0, sign = 1.0;
    for (int k = 1; k <= 100; k++, sign = -sign) {
        double term = exp(-2.0 * k * k * lambda * lambda);
        sum += sign * term;
        if (term <= 1e-17 * fabs(sum))
            break;
    }
    return fmin(1.0, fmax(0.0, 2.0 * sum));
}

double Stats_variance_pvalue(size_t n, double s2)
{
    assert(n >= 2 && s2 >= 0.0);
    double a = 2.0 / (9.0 * (double)(n - 1));
    return erfc(fabs((cbrt(s2) - (1.0 - a)) / sqrt(a)) / sqrt(2.0));
}
#line 724 "noweb/stochastic.nw"
void Stats_parallel(Stats *total, uint64_t nrep, int threads,
                    void (*body)(uint64_t rep, void *ctx, Stats *out), void *ctx)
{
    assert(total != NULL && body != NULL && threads >= 0);
    int nthreads = threads > 0 ? threads : omp_get_max_threads();
    enum { round_len = 1 << 16 };
    uint64_t buf_len = nrep < round_len ? nrep : round_len;
    Stats *part = malloc((buf_len > 0 ? buf_len : 1) * sizeof *part);
    assert(part != NULL);
    Stats_init(total);
    for (uint64_t start = 0; start < nrep; start += buf_len) {
        int64_t len = (int64_t)(nrep - start < buf_len ? nrep - start : buf_len);
        
#line 745 "noweb/stochastic.nw"
#pragma omp parallel for schedule(dynamic, 1) num_threads(nthreads)
for (int64_t i = 0; i < len; i++) {
    Stats_init(&part[i]);
    body(start + (uint64_t)i, ctx, &part[i]);
}
#line 737 "noweb/stochastic.nw"
        for (int64_t i = 0; i < len; i++)
            Stats_merge(total, &part[i]);
    }
    free(part);
}
#line 807 "noweb/stochastic.nw"
static int par_rank = 0, par_size = 1;
static uint64_t par_sent = 0;

static void par_finish(void)
{
    if (getenv("THERMOLIT_MPI_VOLUME")) {
        uint64_t *all = malloc((size_t)par_size * sizeof *all);
        assert(all != NULL);
        MPI_Gather(&par_sent, 1, MPI_UINT64_T, all, 1, MPI_UINT64_T, 0, MPI_COMM_WORLD);
        for (int k = 0; par_rank == 0 && k < par_size; k++)
            fprintf(stderr, "thermolit: rank %d of %d sent %llu bytes\n", k, par_size,
                    (unsigned long long)all[k]);
        free(all);
    }
    MPI_Finalize();
}

void Par_init(int *argc, char ***argv)
{
    if (!getenv("OMPI_COMM_WORLD_SIZE") && !getenv("PMI_SIZE") && !getenv("PMIX_RANK"))
        return;
    int provided;
    MPI_Init_thread(argc, argv, MPI_THREAD_SERIALIZED, &provided);
    MPI_Comm_rank(MPI_COMM_WORLD, &par_rank);
    MPI_Comm_size(MPI_COMM_WORLD, &par_size);
    atexit(par_finish);
}

int Par_rank(void) { return par_rank; }
int Par_size(void) { return par_size; }
uint64_t Par_bytes_sent(void) { return par_sent; }

static uint64_t block_start(uint64_t nrep, int k)
{
    return (uint64_t)((unsigned __int128)nrep * (unsigned)k / (unsigned)par_size);
}

static void stats_across_ranks(Stats *total, uint64_t nrep, int nthreads,
                               void (*body)(uint64_t rep, void *ctx, Stats *out), void *ctx)
{
    enum { piece = 1 << 16 };
    uint64_t lo = block_start(nrep, par_rank), hi = block_start(nrep, par_rank + 1);
    Stats *part = malloc((hi > lo ? hi - lo : 1) * sizeof *part);
    assert(part != NULL);
    #pragma omp parallel for schedule(dynamic, 1) num_threads(nthreads)
    for (int64_t i = 0; i < (int64_t)(hi - lo); i++) {
        Stats_init(&part[i]);
        body(lo + (uint64_t)i, ctx, &part[i]);
    }
    Stats_init(total);
    if (par_rank == 0) {
        for (uint64_t i = 0; i < hi - lo; i++)
            Stats_merge(total, &part[i]);
        Stats *in = malloc(piece * sizeof *in);
        assert(in != NULL);
        for (int k = 1; k < par_size; k++)
            for (uint64_t at = block_start(nrep, k); at < block_start(nrep, k + 1); at += piece) {
                uint64_t n = block_start(nrep, k + 1) - at < piece ? block_start(nrep, k + 1) - at
                                                                  : piece;
                MPI_Recv(in, (int)(n * sizeof *in), MPI_BYTE, k, 0, MPI_COMM_WORLD,
                         MPI_STATUS_IGNORE);
                for (uint64_t i = 0; i < n; i++)
                    Stats_merge(total, &in[i]);
            }
        free(in);
    } else
        for (uint64_t at = 0; at < hi - lo; at += piece) {
            uint64_t n = hi - lo - at < piece ? hi - lo - at : piece;
            MPI_Send(part + at, (int)(n * sizeof *part), MPI_BYTE, 0, 0, MPI_COMM_WORLD);
            par_sent += n * sizeof *part;
        }
    MPI_Bcast(total, (int)sizeof *total, MPI_BYTE, 0, MPI_COMM_WORLD);
    if (par_rank == 0)
        par_sent += (uint64_t)(par_size - 1) * sizeof *total;
    free(part);
}

void Stats_distributed(Stats *total, uint64_t nrep, int threads,
                       void (*body)(uint64_t rep, void *ctx, Stats *out), void *ctx)
{
    assert(total != NULL && body != NULL && threads >= 0);
    if (par_size > 1 && !omp_in_parallel())
        stats_across_ranks(total, nrep, threads > 0 ? threads : omp_get_max_threads(), body, ctx);
    else
        Stats_parallel(total, nrep, threads, body, ctx);
}
