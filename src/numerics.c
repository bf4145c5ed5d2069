#line 166 "noweb/numerics.nw"
/* numerics.c: tangled from noweb/numerics.nw; edit that, not this. */
#line 181 "noweb/numerics.nw"
#include <assert.h>
#include <pthread.h>
#include <stdlib.h>
#include <arb.h>
#include <arb_hypgeom.h>
#include "numerics.h"

#line 192 "noweb/numerics.nw"
enum {
    ELEM_GUARD = 16,
    QUAD_GUARD = 48,
    QUAD_CANCEL_BITS = 16,
    QUAD_ROUNDING_BITS = 4,
    QUAD_KMIN = 3,
    QUAD_KMAX_EXTRA = 3,
    QUAD_NEGLIGIBLE_RUN = 4,
    QUAD_TCAP = 24,
    ROOT_GUARD = 16,
    CR_GUARD = 30,
    CR_MIN_PREC = 128,
    CR_MAX_EXP = 16
};

#line 374 "noweb/numerics.nw"
static pthread_key_t arb_user;
static pthread_once_t arb_user_once = PTHREAD_ONCE_INIT;

static void arb_user_ends(void *unused)
{
    (void)unused;
    flint_cleanup();
}

static void make_arb_user(void) { pthread_key_create(&arb_user, arb_user_ends); }

void Num_use_arb(void)
{
    pthread_once(&arb_user_once, make_arb_user);
    if (pthread_getspecific(arb_user) == NULL)
        pthread_setspecific(arb_user, (void *)1);
}
#line 394 "noweb/numerics.nw"
typedef void (*Arb_function)(arb_t y, const arb_t x, slong prec);
typedef int (*Mpfr_function)(mpfr_ptr y, mpfr_srcptr x, mpfr_rnd_t rnd);

/* x rounded to nearest into y (y's precision), 1; or 0 when x is not a regular number whose
   exponent MPFR can hold */
static int arf_round_to_mpfr(mpfr_t y, const arf_t x)
{
    if (arf_is_zero(x) || !arf_is_finite(x) || !fmpz_fits_si(ARF_EXPREF(x)))
        return 0;
    slong e = fmpz_get_si(ARF_EXPREF(x));
    if (e > (1L << 30) || e < -(1L << 30))
        return 0;
    mp_srcptr d;
    mp_size_t n;
    ARF_GET_MPN_READONLY(d, n, x);
    mpz_t z;
    mpz_roinit_n(z, d, ARF_SGNBIT(x) ? -n : n);   /* the mantissa, not copied */
    mpfr_set_z_2exp(y, z, e - (slong)n * FLINT_BITS, MPFR_RNDN);
    return 1;
}

static void correctly_rounded(mpfr_t y, const mpfr_t x, Arb_function f, Mpfr_function g)
{
    mpfr_prec_t prec = mpfr_get_prec(y);
    if (prec < CR_MIN_PREC || !mpfr_regular_p(x) || mpfr_get_exp(x) > CR_MAX_EXP
        || mpfr_get_exp(x) < -4 * (mpfr_exp_t)prec) {
        g(y, x, MPFR_RNDN);
        return;
    }
    Num_use_arb();
    arb_t a;
    arf_t lo, hi;
    mpfr_t l, h;
    arb_init(a), arf_init(lo), arf_init(hi);
    mp_size_t n = (mpfr_get_prec(x) + GMP_NUMB_BITS - 1) / GMP_NUMB_BITS;
    arf_set_mpn(arb_midref(a), x->_mpfr_d, n, mpfr_signbit(x) != 0);
    arf_mul_2exp_si(arb_midref(a), arb_midref(a), (slong)mpfr_get_exp(x) - (slong)n * FLINT_BITS);
    f(a, a, prec + CR_GUARD);
    mpfr_inits2(prec, l, h, (mpfr_ptr) 0);
    int ok = arb_is_finite(a);
    if (ok) {
        arb_get_lbound_arf(lo, a, prec + 2 * CR_GUARD + 4);   /* rounded outwards: bounds */
        arb_get_ubound_arf(hi, a, prec + 2 * CR_GUARD + 4);
        ok = arf_round_to_mpfr(l, lo) && arf_round_to_mpfr(h, hi) && mpfr_regular_p(l)
             && mpfr_equal_p(l, h) && mpfr_get_exp(l) > mpfr_get_emin() + 2
             && mpfr_get_exp(l) < mpfr_get_emax() - 2;
    }
    if (ok)
        mpfr_set(y, l, MPFR_RNDN);                   /* exact: same precision */
    else
        g(y, x, MPFR_RNDN);
    mpfr_clears(l, h, (mpfr_ptr) 0);
    arb_clear(a), arf_clear(lo), arf_clear(hi);
}

void Num_exp(mpfr_t y, const mpfr_t x) { correctly_rounded(y, x, arb_exp, mpfr_exp); }
void Num_expm1(mpfr_t y, const mpfr_t x) { correctly_rounded(y, x, arb_expm1, mpfr_expm1); }
void Num_log1p(mpfr_t y, const mpfr_t x) { correctly_rounded(y, x, arb_log1p, mpfr_log1p); }
void Num_sinh(mpfr_t y, const mpfr_t x) { correctly_rounded(y, x, arb_sinh, mpfr_sinh); }
void Num_tanh(mpfr_t y, const mpfr_t x) { correctly_rounded(y, x, arb_tanh, mpfr_tanh); }
void Num_erf(mpfr_t y, const mpfr_t x) { correctly_rounded(y, x, arb_hypgeom_erf, mpfr_erf); }
void Num_erfc(mpfr_t y, const mpfr_t x) { correctly_rounded(y, x, arb_hypgeom_erfc, mpfr_erfc); }
#line 243 "noweb/numerics.nw"
void Num_xlogx(mpfr_t y, const mpfr_t x)
{
    assert(!mpfr_nan_p(x) && mpfr_sgn(x) >= 0);
    if (mpfr_zero_p(x)) {
        mpfr_set_zero(y, 1);
        return;
    }
    mpfr_t l;
    mpfr_init2(l, mpfr_get_prec(y) + ELEM_GUARD);
    mpfr_log(l, x, MPFR_RNDN);
    mpfr_mul(y, l, x, MPFR_RNDN);
    mpfr_clear(l);
}
#line 269 "noweb/numerics.nw"
void Num_binary_entropy(mpfr_t h, const mpfr_t p)
{
    assert(!mpfr_nan_p(p) && mpfr_sgn(p) >= 0 && mpfr_cmp_ui(p, 1) <= 0);
    if (mpfr_zero_p(p) || mpfr_cmp_ui(p, 1) == 0) {
        mpfr_set_zero(h, 1);
        return;
    }
    mpfr_prec_t w = mpfr_get_prec(h) + ELEM_GUARD;
    mpfr_t plnp, qlnq, q, minus_p;
    mpfr_inits2(w, plnp, qlnq, q, (mpfr_ptr) 0);
    mpfr_init2(minus_p, mpfr_get_prec(p));
    mpfr_log(plnp, p, MPFR_RNDN);
    mpfr_mul(plnp, plnp, p, MPFR_RNDN);
    mpfr_neg(minus_p, p, MPFR_RNDN);
    mpfr_log1p(qlnq, minus_p, MPFR_RNDN);
    mpfr_ui_sub(q, 1, p, MPFR_RNDN);
    mpfr_mul(qlnq, qlnq, q, MPFR_RNDN);
    mpfr_add(plnp, plnp, qlnq, MPFR_RNDN);
    mpfr_neg(h, plnp, MPFR_RNDN);
    mpfr_clears(plnp, qlnq, q, minus_p, (mpfr_ptr) 0);
}
#line 303 "noweb/numerics.nw"
void Num_logistic(mpfr_t y, const mpfr_t x)
{
    assert(!mpfr_nan_p(x));
    mpfr_prec_t w = mpfr_get_prec(y) + ELEM_GUARD;
    mpfr_t e, d;
    mpfr_inits2(w, e, d, (mpfr_ptr) 0);
    if (mpfr_sgn(x) >= 0) {
        mpfr_t minus_x;
        mpfr_init2(minus_x, mpfr_get_prec(x));
        mpfr_neg(minus_x, x, MPFR_RNDN);
        Num_exp(e, minus_x);
        mpfr_clear(minus_x);
        mpfr_add_ui(d, e, 1, MPFR_RNDN);
        mpfr_ui_div(y, 1, d, MPFR_RNDN);
    } else {
        Num_exp(e, x);
        mpfr_add_ui(d, e, 1, MPFR_RNDN);
        mpfr_div(y, e, d, MPFR_RNDN);
    }
    mpfr_clears(e, d, (mpfr_ptr) 0);
}
#line 467 "noweb/numerics.nw"
void Num_log2cosh(mpfr_t y, const mpfr_t x)
{
    assert(!mpfr_nan_p(x));
    mpfr_prec_t w = mpfr_get_prec(y) + ELEM_GUARD;
    mpfr_t minus_2abs, l;
    mpfr_init2(minus_2abs, mpfr_get_prec(x));
    mpfr_init2(l, w);
    mpfr_abs(minus_2abs, x, MPFR_RNDN);
    mpfr_mul_2ui(minus_2abs, minus_2abs, 1, MPFR_RNDN);
    mpfr_neg(minus_2abs, minus_2abs, MPFR_RNDN);
    mpfr_exp(l, minus_2abs, MPFR_RNDN);
    mpfr_log1p(l, l, MPFR_RNDN);
    if (mpfr_sgn(x) < 0)
        mpfr_sub(y, l, x, MPFR_RNDN);
    else
        mpfr_add(y, l, x, MPFR_RNDN);
    mpfr_clears(minus_2abs, l, (mpfr_ptr) 0);
}
#line 491 "noweb/numerics.nw"
void Num_xtanhx(mpfr_t y, const mpfr_t x)
{
    assert(!mpfr_nan_p(x));
    mpfr_t t;
    mpfr_init2(t, mpfr_get_prec(y) + ELEM_GUARD);
    mpfr_tanh(t, x, MPFR_RNDN);
    mpfr_mul(y, t, x, MPFR_RNDN);
    mpfr_clear(t);
}

#line 580 "noweb/numerics.nw"
enum quad_rule { TANH_SINH, EXP_SINH_UP, EXP_SINH_DOWN, SINH_SINH };

typedef struct {
    enum quad_rule rule;
    mpfr_t lo, hi;
    mpfr_t half;
    mpfr_t sum, l1;
    mpfr_t est, prev, l1h, err;
    long npoints;
    int active;
} Piece;
#line 602 "noweb/numerics.nw"
typedef struct Node_table Node_table;
typedef struct {
    mpfr_prec_t w;
    mpfr_t half_pi, t, sh, ch, u, e, q, comp, x, dxdt, y, g, thr;
    Node_table *table;
} Work;
#line 626 "noweb/numerics.nw"
static void node_values(Work *W, enum quad_rule rule)
{
    mpfr_sinh_cosh(W->sh, W->ch, W->t, MPFR_RNDN);
    mpfr_mul(W->u, W->half_pi, W->sh, MPFR_RNDN);
    switch (rule) {
    case TANH_SINH:
        mpfr_abs(W->e, W->u, MPFR_RNDN);
        mpfr_mul_2ui(W->e, W->e, 1, MPFR_RNDN);
        mpfr_neg(W->e, W->e, MPFR_RNDN);
        mpfr_exp(W->e, W->e, MPFR_RNDN);
        mpfr_add_ui(W->q, W->e, 1, MPFR_RNDN);
        break;
    case EXP_SINH_UP:
    case EXP_SINH_DOWN:
        mpfr_exp(W->comp, W->u, MPFR_RNDN);
        break;
    case SINH_SINH:
        mpfr_sinh_cosh(W->x, W->q, W->u, MPFR_RNDN);
        break;
    }
}

static int node(Work *W, const Piece *P)
{
    switch (P->rule) {
    case TANH_SINH:
        
#line 664 "noweb/numerics.nw"
mpfr_div(W->comp, W->e, W->q, MPFR_RNDN);
mpfr_mul(W->comp, W->comp, P->half, MPFR_RNDN);
mpfr_mul_2ui(W->comp, W->comp, 1, MPFR_RNDN);
mpfr_div(W->dxdt, W->comp, W->q, MPFR_RNDN);
mpfr_mul_2ui(W->dxdt, W->dxdt, 1, MPFR_RNDN);
mpfr_mul(W->dxdt, W->dxdt, W->ch, MPFR_RNDN);
mpfr_mul(W->dxdt, W->dxdt, W->half_pi, MPFR_RNDN);
if (mpfr_sgn(W->t) >= 0)
    mpfr_sub(W->x, P->hi, W->comp, MPFR_RNDN);
else
    mpfr_add(W->x, P->lo, W->comp, MPFR_RNDN);
return !mpfr_zero_p(W->comp) && mpfr_less_p(P->lo, W->x) && mpfr_less_p(W->x, P->hi);
#line 653 "noweb/numerics.nw"
    case EXP_SINH_UP:
    case EXP_SINH_DOWN:
        
#line 679 "noweb/numerics.nw"
mpfr_mul(W->dxdt, W->comp, W->ch, MPFR_RNDN);
mpfr_mul(W->dxdt, W->dxdt, W->half_pi, MPFR_RNDN);
if (P->rule == EXP_SINH_UP) {
    mpfr_add(W->x, P->lo, W->comp, MPFR_RNDN);
    return !mpfr_zero_p(W->comp) && mpfr_less_p(P->lo, W->x) && mpfr_number_p(W->dxdt);
}
mpfr_sub(W->x, P->hi, W->comp, MPFR_RNDN);
return !mpfr_zero_p(W->comp) && mpfr_less_p(W->x, P->hi) && mpfr_number_p(W->dxdt);
#line 656 "noweb/numerics.nw"
    case SINH_SINH:
        
#line 692 "noweb/numerics.nw"
mpfr_mul(W->dxdt, W->q, W->ch, MPFR_RNDN);
mpfr_mul(W->dxdt, W->dxdt, W->half_pi, MPFR_RNDN);
return mpfr_number_p(W->dxdt);
#line 658 "noweb/numerics.nw"
    }
    return 0;
}
#line 736 "noweb/numerics.nw"
enum { NODE_TABLES = 4, NODE_LEVELS = 24, NODE_FAMILIES = 3 };
static const long NODE_BITS = 1L << 28;

typedef struct {
    mpfr_t ch, v1, v2;           /* cosh t; E and 1 + E, or e^u, or sinh u and cosh u */
} Node;

struct Node_table {
    mpfr_prec_t w;               /* 0: not in use */
    mpfr_exp_t emin, emax;
    unsigned long last_use;
    long bits;                   /* the bits of the numbers it holds */
    Node **node[NODE_FAMILIES][2][NODE_LEVELS];
    size_t n[NODE_FAMILIES][2][NODE_LEVELS], room[NODE_FAMILIES][2][NODE_LEVELS];
};

static _Thread_local Node_table node_tables[NODE_TABLES];
static _Thread_local unsigned long node_uses;
static _Thread_local long node_bits;
static pthread_key_t node_key;
static pthread_once_t node_key_once = PTHREAD_ONCE_INIT;

static void empty_table(Node_table *T)
{
    for (int f = 0; f < NODE_FAMILIES; f++)
        for (int s = 0; s < 2; s++)
            for (int k = 0; k < NODE_LEVELS; k++) {
                for (size_t m = 0; m < T->n[f][s][k]; m++) {
                    mpfr_clears(T->node[f][s][k][m]->ch, T->node[f][s][k][m]->v1,
                                T->node[f][s][k][m]->v2, (mpfr_ptr) 0);
                    free(T->node[f][s][k][m]);
                }
                free(T->node[f][s][k]);
                T->node[f][s][k] = NULL;
                T->n[f][s][k] = T->room[f][s][k] = 0;
            }
    node_bits -= T->bits;
    T->bits = 0;
    T->w = 0;
}

static void empty_tables_at_exit(void *tables)
{
    for (int i = 0; i < NODE_TABLES; i++)
        empty_table((Node_table *) tables + i);
}

static void make_node_key(void)
{
    int failed = pthread_key_create(&node_key, empty_tables_at_exit);
    assert(!failed);
    (void) failed;
}

/* The table for the working precision and the current exponent range: the one in use for
   them, else an unused one, else the one used longest ago, emptied. */
static Node_table *table_for(mpfr_prec_t w)
{
    pthread_once(&node_key_once, make_node_key);
    if (pthread_getspecific(node_key) == NULL)
        pthread_setspecific(node_key, node_tables);
    mpfr_exp_t emin = mpfr_get_emin(), emax = mpfr_get_emax();
    Node_table *pick = NULL;
    for (int i = 0; i < NODE_TABLES; i++) {
        Node_table *T = &node_tables[i];
        if (T->w == w && T->emin == emin && T->emax == emax) {
            pick = T;
            break;
        }
        if (pick == NULL || (pick->w != 0 && (T->w == 0 || T->last_use < pick->last_use)))
            pick = T;
    }
    if (pick->w != w || pick->emin != emin || pick->emax != emax) {
        empty_table(pick);
        pick->w = w, pick->emin = emin, pick->emax = emax;
    }
    pick->last_use = ++node_uses;
    return pick;
}

static int family(enum quad_rule rule)
{
    return rule == TANH_SINH ? 0 : rule == SINH_SINH ? 2 : 1;
}
#line 826 "noweb/numerics.nw"
static void node_values_at(Work *W, enum quad_rule rule, int k, long j, int sign)
{
    Node_table *T = W->table;
    int f = family(rule), s = sign > 0;
    size_t m = (size_t) (k == 0 ? j - 1 : (j - 1) / 2);
    if (k >= NODE_LEVELS) {
        node_values(W, rule);
        return;
    }
    mpfr_ptr v1 = f == 0 ? W->e : f == 1 ? W->comp : W->x, v2 = f == 1 ? NULL : W->q;
    if (m < T->n[f][s][k]) {
        const Node *N = T->node[f][s][k][m];
        mpfr_set(W->ch, N->ch, MPFR_RNDN);
        mpfr_set(v1, N->v1, MPFR_RNDN);
        if (v2 != NULL)
            mpfr_set(v2, N->v2, MPFR_RNDN);
        return;
    }
    node_values(W, rule);
    if (m != T->n[f][s][k] || node_bits + 3 * (long) W->w > NODE_BITS)
        return;
    if (m == T->room[f][s][k]) {
        size_t room = m ? 2 * m : 64;
        Node **grown = realloc(T->node[f][s][k], room * sizeof *grown);
        if (grown == NULL)
            return;
        T->node[f][s][k] = grown, T->room[f][s][k] = room;
    }
    Node *N = malloc(sizeof *N);
    if (N == NULL)
        return;
    mpfr_inits2(W->w, N->ch, N->v1, N->v2, (mpfr_ptr) 0);
    mpfr_set(N->ch, W->ch, MPFR_RNDN);
    mpfr_set(N->v1, v1, MPFR_RNDN);
    mpfr_set(N->v2, v2 != NULL ? v2 : v1, MPFR_RNDN);
    T->node[f][s][k][T->n[f][s][k]++] = N;
    T->bits += 3 * (long) W->w;
    node_bits += 3 * (long) W->w;
}
#line 911 "noweb/numerics.nw"
static int add_node(Work *W, Piece *P, Num_integrand f, void *ctx)
{
    if (!node(W, P))
        return -1;
    f(W->y, W->x, ctx);
    mpfr_mul(W->g, W->y, W->dxdt, MPFR_RNDN);
    mpfr_add(P->sum, P->sum, W->g, MPFR_RNDN);
    mpfr_abs(W->g, W->g, MPFR_RNDN);
    mpfr_add(P->l1, P->l1, W->g, MPFR_RNDN);
    P->npoints++;
    if (!mpfr_number_p(P->sum))
        return -1;
    mpfr_mul_2si(W->thr, P->l1, -(long) W->w, MPFR_RNDN);
    return mpfr_lessequal_p(W->g, W->thr);
}
#line 933 "noweb/numerics.nw"
static void walk_side(Work *W, Piece *P, int k, long first, long stride, int sign,
                      Num_integrand f, void *ctx)
{
    int run = 0;
    for (long j = first;; j += stride) {
        mpfr_set_si_2exp(W->t, sign * j, -k, MPFR_RNDN);
        if (mpfr_cmpabs_ui(W->t, QUAD_TCAP) > 0)
            break;
        node_values_at(W, P->rule, k, j, sign);
        int r = add_node(W, P, f, ctx);
        if (r < 0)
            break;
        run = r ? run + 1 : 0;
        if (run >= QUAD_NEGLIGIBLE_RUN)
            break;
    }
}
#line 970 "noweb/numerics.nw"
static void refine(Work *W, Piece *P, int k, Num_integrand f, void *ctx)
{
    if (k == 0) {
        mpfr_set_zero(W->t, 1);
        node_values(W, P->rule);
        add_node(W, P, f, ctx);
        walk_side(W, P, 0, 1, 1, +1, f, ctx);
        walk_side(W, P, 0, 1, 1, -1, f, ctx);
    } else {
        walk_side(W, P, k, 1, 2, +1, f, ctx);
        walk_side(W, P, k, 1, 2, -1, f, ctx);
    }
    mpfr_set(P->prev, P->est, MPFR_RNDN);
    mpfr_mul_2si(P->est, P->sum, -k, MPFR_RNDN);
    mpfr_mul_2si(P->l1h, P->l1, -k, MPFR_RNDN);
}
#line 1061 "noweb/numerics.nw"
static void piece_error(Work *W, Piece *P)
{
    mpfr_sub(P->err, P->est, P->prev, MPFR_RNDU);
    mpfr_abs(P->err, P->err, MPFR_RNDU);
    mpfr_mul_ui(W->thr, P->l1h, (unsigned long) P->npoints, MPFR_RNDU);
    mpfr_mul_2si(W->thr, W->thr, -(long) (W->w - QUAD_ROUNDING_BITS), MPFR_RNDU);
    mpfr_add(P->err, P->err, W->thr, MPFR_RNDU);
}
#line 1075 "noweb/numerics.nw"
int Num_integrate(mpfr_t result, mpfr_t abserr, Num_integrand f, void *ctx,
                  const mpfr_t a, const mpfr_t b, size_t nbreaks, const mpfr_t *breaks)
{
    
#line 1107 "noweb/numerics.nw"
assert(mpfr_less_p(a, b));
assert(nbreaks == 0 || breaks != NULL);
for (size_t i = 0; i < nbreaks; i++) {
    assert(mpfr_number_p(breaks[i]));
    assert(mpfr_less_p(i == 0 ? a : breaks[i - 1], breaks[i]));
    assert(mpfr_less_p(breaks[i], b));
}
#line 1079 "noweb/numerics.nw"
    mpfr_prec_t p = mpfr_get_prec(result);
    int kmax = QUAD_KMAX_EXTRA;
    while (((mpfr_prec_t) 1 << (kmax - QUAD_KMAX_EXTRA)) < p)
        kmax++;
    Work W;
    
#line 1117 "noweb/numerics.nw"
W.w = p + QUAD_GUARD;
mpfr_inits2(W.w, W.half_pi, W.t, W.sh, W.ch, W.u, W.e, W.q, W.comp, W.x, W.dxdt,
            W.y, W.g, W.thr, (mpfr_ptr) 0);
mpfr_const_pi(W.half_pi, MPFR_RNDN);
mpfr_div_2ui(W.half_pi, W.half_pi, 1, MPFR_RNDN);
W.table = table_for(W.w);
#line 1085 "noweb/numerics.nw"
    size_t npieces = nbreaks + 1;
    Piece *P = malloc(npieces * sizeof *P);
    assert(P != NULL);
    
#line 1130 "noweb/numerics.nw"
for (size_t i = 0; i < npieces; i++) {
    mpfr_srcptr lo = i == 0 ? a : breaks[i - 1];
    mpfr_srcptr hi = i == nbreaks ? b : breaks[i];
    Piece *q = &P[i];
    mpfr_init2(q->lo, mpfr_get_prec(lo));
    mpfr_init2(q->hi, mpfr_get_prec(hi));
    mpfr_set(q->lo, lo, MPFR_RNDN);
    mpfr_set(q->hi, hi, MPFR_RNDN);
    mpfr_inits2(W.w, q->half, q->sum, q->l1, q->est, q->prev, q->l1h, q->err,
                (mpfr_ptr) 0);
    mpfr_set_zero(q->sum, 1);
    mpfr_set_zero(q->l1, 1);
    mpfr_set_zero(q->est, 1);
    mpfr_set_zero(q->l1h, 1);
    mpfr_set_inf(q->err, 1);
    q->npoints = 0;
    q->active = 1;
    int lo_inf = mpfr_inf_p(lo), hi_inf = mpfr_inf_p(hi);
    if (lo_inf)
        q->rule = hi_inf ? SINH_SINH : EXP_SINH_DOWN;
    else
        q->rule = hi_inf ? EXP_SINH_UP : TANH_SINH;
    if (q->rule == TANH_SINH) {
        mpfr_sub(q->half, hi, lo, MPFR_RNDN);
        mpfr_div_2ui(q->half, q->half, 1, MPFR_RNDN);
    }
}
#line 1089 "noweb/numerics.nw"
    mpfr_t total, l1, tol;
    mpfr_inits2(W.w, total, l1, tol, (mpfr_ptr) 0);
    int status = 1;
    for (int k = 0; k <= kmax; k++) {
        
#line 1160 "noweb/numerics.nw"
int finite = 1;
for (size_t i = 0; i < npieces; i++) {
    if (!P[i].active)
        continue;
    refine(&W, &P[i], k, f, ctx);
    if (k > 0)
        piece_error(&W, &P[i]);
    finite = finite && mpfr_number_p(P[i].est);
}
if (!finite)
    break;
#line 1094 "noweb/numerics.nw"
        if (k < QUAD_KMIN)
            continue;
        
#line 1174 "noweb/numerics.nw"
mpfr_set_zero(total, 1);
mpfr_set_zero(l1, 1);
for (size_t i = 0; i < npieces; i++) {
    mpfr_add(total, total, P[i].est, MPFR_RNDN);
    mpfr_add(l1, l1, P[i].l1h, MPFR_RNDN);
}
mpfr_mul_2si(l1, l1, -QUAD_CANCEL_BITS, MPFR_RNDN);
mpfr_abs(tol, total, MPFR_RNDN);
mpfr_max(tol, tol, l1, MPFR_RNDN);
mpfr_mul_2si(tol, tol, -(long) (p + 2), MPFR_RNDN);
mpfr_div_ui(tol, tol, (unsigned long) npieces, MPFR_RNDN);
int nactive = 0;
for (size_t i = 0; i < npieces; i++) {
    if (P[i].active && mpfr_lessequal_p(P[i].err, tol))
        P[i].active = 0;
    nactive += P[i].active;
}
if (nactive == 0) {
    status = 0;
    break;
}
#line 1097 "noweb/numerics.nw"
    }
    
#line 1202 "noweb/numerics.nw"
mpfr_set_zero(total, 1);
mpfr_set_zero(l1, 1);
for (size_t i = 0; i < npieces; i++) {
    mpfr_add(total, total, P[i].est, MPFR_RNDN);
    mpfr_add(l1, l1, P[i].err, MPFR_RNDU);
}
mpfr_set(result, total, MPFR_RNDN);
mpfr_sub(tol, total, result, MPFR_RNDU);
mpfr_abs(tol, tol, MPFR_RNDU);
mpfr_add(l1, l1, tol, MPFR_RNDU);
if (!mpfr_number_p(total))
    mpfr_set_inf(l1, 1);
mpfr_set(abserr, l1, MPFR_RNDU);
#line 1099 "noweb/numerics.nw"
    
#line 1218 "noweb/numerics.nw"
for (size_t i = 0; i < npieces; i++)
    mpfr_clears(P[i].lo, P[i].hi, P[i].half, P[i].sum, P[i].l1, P[i].est, P[i].prev,
                P[i].l1h, P[i].err, (mpfr_ptr) 0);
free(P);
mpfr_clears(total, l1, tol, (mpfr_ptr) 0);
mpfr_clears(W.half_pi, W.t, W.sh, W.ch, W.u, W.e, W.q, W.comp, W.x, W.dxdt, W.y, W.g,
            W.thr, (mpfr_ptr) 0);
#line 1100 "noweb/numerics.nw"
    return status;
}

#line 1288 "noweb/numerics.nw"
static void root_tolerance(mpfr_t tol, const mpfr_t x, const mpfr_t floor_tol, mpfr_prec_t p)
{
    if (mpfr_zero_p(x))
        mpfr_set(tol, floor_tol, MPFR_RNDN);
    else
        mpfr_set_ui_2exp(tol, 1, mpfr_get_exp(x) - (mpfr_exp_t) p - 1, MPFR_RNDN);
    mpfr_max(tol, tol, floor_tol, MPFR_RNDN);
}

int Num_root(mpfr_t root, Num_fdf fdf, void *ctx, const mpfr_t lo, const mpfr_t hi)
{
    assert(!mpfr_nan_p(lo) && !mpfr_nan_p(hi));
    mpfr_prec_t p = mpfr_get_prec(root), w = p + ROOT_GUARD;
    mpfr_t neg, pos, x, fx, fhi, dfx, step, prevstep, width, tol, floor_tol;
    mpfr_inits2(w, neg, pos, x, fx, fhi, dfx, step, prevstep, width, tol, floor_tol, (mpfr_ptr) 0);
    int status;
    
#line 1316 "noweb/numerics.nw"
mpfr_set(neg, lo, MPFR_RNDN);
mpfr_set(pos, hi, MPFR_RNDN);
fdf(fx, dfx, neg, ctx);
fdf(fhi, dfx, pos, ctx);
if (mpfr_nan_p(fx) || mpfr_nan_p(fhi)) {
    status = -1;
    goto done;
}
if (mpfr_zero_p(fx) || mpfr_zero_p(fhi)) {
    mpfr_set(root, mpfr_zero_p(fx) ? lo : hi, MPFR_RNDN);
    status = 0;
    goto done;
}
if (mpfr_sgn(fx) == mpfr_sgn(fhi)) {
    status = -1;
    goto done;
}
if (mpfr_sgn(fx) > 0)
    mpfr_swap(neg, pos);
mpfr_set_ui_2exp(floor_tol, 1,
                 (mpfr_zero_p(neg) ? mpfr_get_exp(pos)
                  : mpfr_zero_p(pos) ? mpfr_get_exp(neg)
                  : (mpfr_get_exp(neg) > mpfr_get_exp(pos) ? mpfr_get_exp(neg)
                                                            : mpfr_get_exp(pos)))
                 - 2 * (mpfr_exp_t) p, MPFR_RNDN);
#line 1305 "noweb/numerics.nw"
    
#line 1346 "noweb/numerics.nw"
mpfr_add(x, neg, pos, MPFR_RNDN);
mpfr_div_2ui(x, x, 1, MPFR_RNDN);
mpfr_sub(prevstep, pos, neg, MPFR_RNDN);
mpfr_abs(prevstep, prevstep, MPFR_RNDN);
status = 1;
for (long it = 0; it < (2 * (long) p + 2) * (2 * (long) p + 2); it++) {
    fdf(fx, dfx, x, ctx);
    if (mpfr_zero_p(fx)) {
        mpfr_set(root, x, MPFR_RNDN);
        status = 0;
        goto done;
    }
    if (mpfr_nan_p(fx))
        break;
    
#line 1370 "noweb/numerics.nw"
mpfr_set(mpfr_sgn(fx) < 0 ? neg : pos, x, MPFR_RNDN);
mpfr_sub(width, pos, neg, MPFR_RNDN);
mpfr_abs(width, width, MPFR_RNDN);
#line 1361 "noweb/numerics.nw"
    
#line 1387 "noweb/numerics.nw"
int newton = 0;
if (mpfr_regular_p(dfx)) {
    mpfr_div(step, fx, dfx, MPFR_RNDN);
    root_tolerance(tol, x, floor_tol, p);
    if (mpfr_number_p(step) && mpfr_cmpabs(step, tol) <= 0) {
        mpfr_sub(x, x, step, MPFR_RNDN);
        mpfr_set(root, x, MPFR_RNDN);
        status = 0;
        goto done;
    }
    mpfr_mul_2ui(tol, step, 1, MPFR_RNDN);
    if (mpfr_number_p(step) && mpfr_cmpabs(tol, prevstep) <= 0) {
        mpfr_sub(tol, x, step, MPFR_RNDN);
        if ((mpfr_less_p(neg, tol) && mpfr_less_p(tol, pos))
            || (mpfr_less_p(pos, tol) && mpfr_less_p(tol, neg))) {
            mpfr_set(x, tol, MPFR_RNDN);
            newton = 1;
        }
    }
}
if (!newton) {
    mpfr_add(tol, neg, pos, MPFR_RNDN);
    mpfr_div_2ui(tol, tol, 1, MPFR_RNDN);
    mpfr_sub(step, x, tol, MPFR_RNDN);
    mpfr_set(x, tol, MPFR_RNDN);
}
mpfr_abs(prevstep, step, MPFR_RNDN);
#line 1362 "noweb/numerics.nw"
    
#line 1417 "noweb/numerics.nw"
root_tolerance(tol, x, floor_tol, p);
if (mpfr_lessequal_p(newton ? prevstep : width, tol)) {
    mpfr_set(root, x, MPFR_RNDN);
    status = 0;
    goto done;
}
#line 1363 "noweb/numerics.nw"
}
mpfr_add(x, neg, pos, MPFR_RNDN);
mpfr_div_2ui(x, x, 1, MPFR_RNDN);
mpfr_set(root, x, MPFR_RNDN);
#line 1306 "noweb/numerics.nw"
done:
    mpfr_clears(neg, pos, x, fx, fhi, dfx, step, prevstep, width, tol, floor_tol, (mpfr_ptr) 0);
    return status;
}
