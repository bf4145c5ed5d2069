#line 28 "noweb/stochastic.nw"
/* stochastic.h: tangled from noweb/stochastic.nw; edit that, not this. */
#ifndef THERMOLIT_STOCHASTIC_H
#define THERMOLIT_STOCHASTIC_H

#include <stdint.h>
#include <stddef.h>
#include <Random123/u01fixedpt.h>

#line 184 "noweb/stochastic.nw"
typedef struct {
    uint64_t key[2];
    uint64_t counter[4];
    uint64_t block[4];
    unsigned used;
    int has_spare;
    double spare;
} Rng;

void     Rng_init(Rng *r, uint64_t seed, uint64_t experiment, uint64_t replicate);
void     Rng_refill(Rng *r);
void     Rng_fill(Rng *r, uint64_t *buf, size_t n);
double   Rng_normal(Rng *r);

static inline uint64_t Rng_bits(Rng *r)
{
    if (r->used == 4)
        Rng_refill(r);
    return r->block[r->used++];
}

static inline double Rng_uniform(Rng *r)
{
    return u01fixedpt_open_open_64_double(Rng_bits(r));
}

#line 369 "noweb/stochastic.nw"
typedef struct { uint64_t n; double mean, m2; } Stats;

void   Stats_init(Stats *s);
void   Stats_add(Stats *s, double x);
void   Stats_merge(Stats *into, const Stats *from);
double Stats_mean(const Stats *s);
double Stats_variance(const Stats *s);
double Stats_stderr(const Stats *s);

#line 498 "noweb/stochastic.nw"
typedef struct {
    double mean, stderr_, tau_int;
    size_t nbatches, batch_len;
} Batch_means;

void Batch_means_compute(Batch_means *bm, const double *x, size_t n, size_t nbatches);

#line 563 "noweb/stochastic.nw"
double Stats_z(double estimate, double stderr_, double exact);

#line 625 "noweb/stochastic.nw"
double Stats_normal_cdf(double x);
double Stats_ks_normal(double *z, size_t n);
double Stats_ks_pvalue(size_t n, double d);
double Stats_variance_pvalue(size_t n, double s2);

#line 709 "noweb/stochastic.nw"
void Stats_parallel(Stats *total, uint64_t nrep, int threads,
                    void (*body)(uint64_t rep, void *ctx, Stats *out), void *ctx);

#line 798 "noweb/stochastic.nw"
void Stats_distributed(Stats *total, uint64_t nrep, int threads,
                       void (*body)(uint64_t rep, void *ctx, Stats *out), void *ctx);
void Par_init(int *argc, char ***argv);
int Par_rank(void);
int Par_size(void);
uint64_t Par_bytes_sent(void);

#line 50 "noweb/stochastic.nw"
#endif
