/* Plans: creation (validation, algorithm choice, weight packing), execute,
 * queries, names and messages. */
#include <math.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cost.h"
#include "cpu.h"
#include "internal.h"
#include "wisdom.h"

struct lmc_plan {
    lmc_algo_plan ap;
    void *packed;            /* the algorithm's packed weights */
    float *bias;             /* copy of the caller's bias, or NULL */
};

static const char *const status_text[LMC_STATUS_COUNT_] = {
    [LMC_OK] = "success",
    [LMC_ERR_NULL] = "a required pointer argument is NULL",
    [LMC_ERR_BAD_SIZE] = "a batch, channel, spatial or kernel size is less than 1",
    [LMC_ERR_BAD_STRIDE] = "stride is less than 1",
    [LMC_ERR_BAD_DILATION] = "dilation is less than 1",
    [LMC_ERR_BAD_PADDING] = "padding is negative",
    [LMC_ERR_BAD_GROUPS] = "groups is less than 1 or does not divide the input and output channels",
    [LMC_ERR_BAD_LAYOUT] = "unknown activation layout",
    [LMC_ERR_EMPTY_OUTPUT] = "the dilated kernel is larger than the padded input: empty output",
    [LMC_ERR_OVERFLOW] = "a tensor or buffer size does not fit in size_t",
    [LMC_ERR_BAD_ARG] = "an argument is out of range",
    [LMC_ERR_UNKNOWN_ALGO] = "unknown algorithm",
    [LMC_ERR_UNSUPPORTED] = "the algorithm does not support this problem",
    [LMC_ERR_NO_ALGO_FITS] = "no algorithm fits the workspace limit",
    [LMC_ERR_WORKSPACE_TOO_SMALL] = "the workspace is smaller than the plan requires",
    [LMC_ERR_NOMEM] = "out of memory while creating the plan",
    [LMC_ERR_BAD_WISDOM] = "the wisdom is malformed, truncated or of another format version",
    [LMC_ERR_IO] = "a wisdom file could not be read or written",
};

const char *lmc_strerror(lmc_status s)
{
    if ((unsigned)s >= LMC_STATUS_COUNT_) return "unknown status";
    return status_text[s];
}

/* ---- names ------------------------------------------------------------------ */
const lmc_algorithm *lmc_find_algorithm(lmc_algo id)
{
    for (size_t i = 0; i < lmc_algorithm_count; i++)
        if (lmc_algorithms[i]->id == id) return lmc_algorithms[i];
    return NULL;
}

const char *lmc_algo_name(lmc_algo a)
{
    if (a == LMC_ALGO_AUTO) return "auto";
    const lmc_algorithm *al = lmc_find_algorithm(a);
    return al ? al->name : NULL;
}

int lmc_algo_variant_count(lmc_algo a)
{
    const lmc_algorithm *al = lmc_find_algorithm(a);
    return al ? al->nvariants : 0;
}

const char *lmc_algo_variant_name(lmc_algo a, int v)
{
    const lmc_algorithm *al = lmc_find_algorithm(a);
    return al && v >= 1 && v <= al->nvariants ? al->variants[v - 1].name : NULL;
}

/* The names of 0.1, when layout twins and variants were algorithms of
 * their own. */
static const struct {
    const char *name, *spec;
} old_names[] = {
    {"im2row", "im2col"}, {"kn2col-as", "kn2row-as"}, {"mec-a", "mec:a"}, {"mec-b", "mec:b"}};

lmc_status lmc_algo_parse(const char *spec, lmc_algo *a, int *variant)
{
    if (!spec || !a || !variant) return LMC_ERR_NULL;
    for (size_t i = 0; i < sizeof old_names / sizeof old_names[0]; i++)
        if (strcmp(spec, old_names[i].name) == 0) spec = old_names[i].spec;
    if (strcmp(spec, "auto") == 0) {
        *a = LMC_ALGO_AUTO;
        *variant = 0;
        return LMC_OK;
    }
    const char *colon = strchr(spec, ':');
    const size_t flen = colon ? (size_t)(colon - spec) : strlen(spec);
    for (size_t i = 0; i < lmc_algorithm_count; i++) {
        const lmc_algorithm *al = lmc_algorithms[i];
        if (strlen(al->name) != flen || strncmp(al->name, spec, flen) != 0) continue;
        if (!colon) {
            *a = al->id;
            *variant = 0;
            return LMC_OK;
        }
        for (int v = 0; v < al->nvariants; v++)
            if (strcmp(al->variants[v].name, colon + 1) == 0) {
                *a = al->id;
                *variant = v + 1;
                return LMC_OK;
            }
        return LMC_ERR_UNKNOWN_ALGO;
    }
    return LMC_ERR_UNKNOWN_ALGO;
}

int lmc_algo_is_exact(lmc_algo a)
{
    const lmc_algorithm *al = lmc_find_algorithm(a);
    return al ? al->exact : 0;
}

void lmc_plan_opts_init(lmc_plan_opts *o)
{
    if (!o) return;
    memset(o, 0, sizeof *o);
    o->algo = LMC_ALGO_AUTO;
    o->variant = 0;
    o->threads = 0;
    o->workspace_limit = SIZE_MAX;
    o->flags = 0;
    o->packed_limit = SIZE_MAX;
}

/* ---- algorithm plans ------------------------------------------------------- */
static lmc_status resolve_threads(int requested, int *threads)
{
    if (requested < 0 || requested > 1024) return LMC_ERR_BAD_ARG;
    *threads = requested == 0 ? lmc_default_threads() : requested;
    return LMC_OK;
}

static size_t bias_bytes(const lmc_problem *p)
{
    return p->d.has_bias ? (size_t)p->d.m * sizeof(float) : 0;
}

/* The family al in variant v (-1: its choice) on p at `threads`: decided
 * into *ap; the status says whether it can run. */
static lmc_status algo_plan_init(lmc_algo_plan *ap, const lmc_problem *p, const lmc_algorithm *al,
                                 int v, int threads)
{
    if (v < 0 && al->nvariants > 0) {
        /* The family's choice: what the tuner measured here, if anything. */
        const int wv = lmc_wisdom_variant(p, al, threads);
        if (wv >= 0 && !al->unsupported(p, wv)) v = wv;
    }
    if (al->unsupported(p, v)) return LMC_ERR_UNSUPPORTED;
    memset(ap, 0, offsetof(lmc_algo_plan, state));
    ap->p = *p;
    ap->algo = al;
    ap->threads = threads;
    al->init(ap, v);
    if (ap->ws_bytes == SIZE_MAX || ap->packed_bytes == SIZE_MAX) return LMC_ERR_OVERFLOW;
    return LMC_OK;
}

/* The family and variant of the public (a, variant), for everything but AUTO. */
static lmc_status find_variant(lmc_algo a, int variant, const lmc_algorithm **al, int *v)
{
    *al = lmc_find_algorithm(a);
    if (!*al) return LMC_ERR_UNKNOWN_ALGO;
    if (variant < 0 || variant > (*al)->nvariants) return LMC_ERR_BAD_ARG;
    *v = variant - 1;
    return LMC_OK;
}

lmc_status lmc_query(const lmc_conv_desc *d, lmc_algo a, int variant, int threads,
                     size_t *workspace_bytes, size_t *packed_weight_bytes)
{
    lmc_problem p;
    lmc_status s = lmc_problem_init(&p, d);
    if (s != LMC_OK) return s;
    if (a == LMC_ALGO_AUTO) return LMC_ERR_BAD_ARG;
    const lmc_algorithm *al;
    int v, t;
    if ((s = find_variant(a, variant, &al, &v)) != LMC_OK) return s;
    if ((s = resolve_threads(threads, &t)) != LMC_OK) return s;
    lmc_algo_plan ap;
    if ((s = algo_plan_init(&ap, &p, al, v, t)) != LMC_OK) return s;
    if (workspace_bytes) *workspace_bytes = ap.ws_bytes;
    if (packed_weight_bytes) *packed_weight_bytes = lmc_add(ap.packed_bytes, bias_bytes(&p));
    return LMC_OK;
}

const char *lmc_unsupported_reason(const lmc_conv_desc *d, lmc_algo a, int variant)
{
    lmc_problem p;
    const lmc_algorithm *al;
    int v;
    if (lmc_problem_init(&p, d) != LMC_OK || find_variant(a, variant, &al, &v) != LMC_OK) return NULL;
    return al->unsupported(&p, v);
}

/* ---- plan creation ---------------------------------------------------- */
static lmc_status build(const lmc_algo_plan *ap, const float *weights, const float *bias,
                        lmc_plan **out)
{
    lmc_plan *pl = calloc(1, sizeof *pl);
    if (!pl) return LMC_ERR_NOMEM;
    pl->ap = *ap;
    if (ap->algo->prepare) {
        const lmc_status s = ap->algo->prepare(&pl->ap);
        if (s != LMC_OK) {
            lmc_plan_destroy(pl);
            return s;
        }
    }
    if (ap->packed_bytes) {
        pl->packed = malloc(ap->packed_bytes);
        if (!pl->packed) goto nomem;
        ap->algo->pack(&pl->ap, weights, pl->packed);
    }
    if (ap->p.d.has_bias) {
        pl->bias = malloc(bias_bytes(&ap->p));
        if (!pl->bias) goto nomem;
        memcpy(pl->bias, bias, bias_bytes(&ap->p));
    }
    *out = pl;
    return LMC_OK;
nomem:
    lmc_plan_destroy(pl);
    return LMC_ERR_NOMEM;
}

/* ---- measured times, kept for the process ---------------------------------
 * LMC_PLAN_MEASURE times a candidate once per problem, flags, thread count,
 * family and resolved variant; a second plan of the same problem reuses the
 * time instead of executing again.  A small table, oldest entry replaced. */
typedef struct measure_key {
    lmc_conv_desc d;
    unsigned flags;
    int threads, algo, variant;
} measure_key;

enum { MEASURE_CACHE = 512 };
static struct {
    measure_key k;
    double seconds;
} g_measured[MEASURE_CACHE];
static size_t g_measured_count, g_measured_next;
static pthread_mutex_t g_measured_lock = PTHREAD_MUTEX_INITIALIZER;

static measure_key key_of_plan(const lmc_algo_plan *ap)
{
    measure_key k;
    memset(&k, 0, sizeof k);   /* compared with memcmp: no stray bytes */
    k.d = ap->p.d;
    k.flags = ap->p.flags & ~(unsigned)LMC_PLAN_MEASURE;
    k.threads = ap->threads;
    k.algo = ap->algo->id;
    k.variant = ap->variant;
    return k;
}

/* The time measured for ap in this process, or NAN. */
static double measured_time(const lmc_algo_plan *ap)
{
    const measure_key k = key_of_plan(ap);
    double t = NAN;
    pthread_mutex_lock(&g_measured_lock);
    for (size_t i = 0; i < g_measured_count; i++)
        if (!memcmp(&g_measured[i].k, &k, sizeof k)) t = g_measured[i].seconds;
    pthread_mutex_unlock(&g_measured_lock);
    return t;
}

static void remember_time(const lmc_algo_plan *ap, double seconds)
{
    const measure_key k = key_of_plan(ap);
    pthread_mutex_lock(&g_measured_lock);
    g_measured[g_measured_next].k = k;
    g_measured[g_measured_next].seconds = seconds;
    g_measured_next = (g_measured_next + 1) % MEASURE_CACHE;
    if (g_measured_count < MEASURE_CACHE) g_measured_count++;
    pthread_mutex_unlock(&g_measured_lock);
}

/* ---- AUTO's candidates ----------------------------------------------------- */
/* Why a candidate was not chosen (or that it was). */
typedef enum cand_why {
    WHY_CHOSEN,
    WHY_SLOWER,          /* fits, but another is faster */
    WHY_UNMEASURED,      /* MEASURE: estimated too slow to be worth timing */
    WHY_UNSUPPORTED,     /* the family's reason */
    WHY_OVERFLOW,        /* a buffer size overflows */
    WHY_INEXACT,         /* not exact and LMC_PLAN_INEXACT not given */
    WHY_WORKSPACE,       /* over opts.workspace_limit */
    WHY_PACKED           /* over opts.packed_limit */
} cand_why;

typedef struct cand {
    const lmc_algorithm *al;
    int v;                 /* the variant asked for (-1: the family's choice) */
    cand_why why;
    lmc_algo_plan ap;      /* decided unless unsupported or overflowing */
    size_t packed;         /* packed weights and bias */
    double est, measured;  /* seconds: the cost model's, the clock's (NAN if not timed) */
} cand;

typedef struct cand_list {
    cand *c;
    size_t n;
    int best;              /* index of the chosen one, or -1 */
    bool ref;              /* best is the oracle, admitted by LMC_PLAN_ALLOW_REF */
} cand_list;

/* MEASURE times only the candidates whose estimate is within this factor of
 * the best estimate: the cost model is wrong by less than that, and the
 * others would make planning slow without a chance of winning. */
#define MEASURE_SPREAD 10.0

static void cand_list_free(cand_list *L)
{
    free(L->c);
    L->c = NULL;
    L->n = 0;
}

static double cand_time(const cand *c) { return isnan(c->measured) ? c->est : c->measured; }

/* How long MEASURE keeps timing, per candidate: short layers get enough
 * runs for their minimum to be stable, long ones stop at three. */
#define MEASURE_SECONDS 0.01

/* LMC_PLAN_MEASURE: the candidates of L marked WHY_SLOWER, each built with
 * the given weights (NULL: zeros) and timed on zero data, or their time
 * from earlier in the process.  Timed in rounds, every candidate once per
 * round, so that a load that comes and goes on the machine slows them
 * alike; each keeps its fastest run, at least three, more while the
 * rounds take under MEASURE_SECONDS per candidate. */
static lmc_status measure_all(cand_list *L, const lmc_problem *p, const float *weights, const float *bias)
{
    size_t n = 0;
    for (size_t i = 0; i < L->n; i++) {
        cand *c = &L->c[i];
        if (c->why == WHY_SLOWER && isnan(c->measured = measured_time(&c->ap))) n++;
    }
    if (!n) return LMC_OK;
    lmc_plan **pl = calloc(L->n, sizeof *pl);
    float *zw = weights ? NULL : calloc(p->w_elems, sizeof(float));
    float *zb = weights || !p->d.has_bias ? NULL : calloc((size_t)p->d.m, sizeof(float));
    float *x = calloc(p->in_elems, sizeof(float));
    float *y = malloc(p->out_elems * sizeof(float));
    lmc_status s = pl && x && y && (weights || (zw && (zb || !p->d.has_bias))) ? LMC_OK : LMC_ERR_NOMEM;
    size_t ws_bytes = 0;
    for (size_t i = 0; i < L->n && s == LMC_OK; i++) {
        cand *c = &L->c[i];
        if (c->why != WHY_SLOWER || !isnan(c->measured)) continue;
        s = build(&c->ap, weights ? weights : zw, weights ? bias : zb, &pl[i]);
        c->measured = INFINITY;
        if (c->ap.ws_bytes > ws_bytes) ws_bytes = c->ap.ws_bytes;
    }
    void *ws = s == LMC_OK && ws_bytes ? malloc(ws_bytes) : NULL;
    if (ws_bytes && !ws) s = LMC_ERR_NOMEM;
    /* A warm-up round (first touches of the buffers), then the timed ones. */
    const double start = lmc_now();
    for (int r = -1; s == LMC_OK && (r < 3 || (r < 100 && lmc_now() - start < MEASURE_SECONDS * n)); r++)
        for (size_t i = 0; i < L->n; i++) {
            if (!pl[i]) continue;
            const double t0 = lmc_now();
            lmc_execute(pl[i], x, y, ws, ws_bytes);
            const double t = lmc_now() - t0;
            if (r >= 0 && t < L->c[i].measured) L->c[i].measured = t;
        }
    for (size_t i = 0; i < L->n; i++)
        if (pl && pl[i]) {
            if (s == LMC_OK) remember_time(&L->c[i].ap, L->c[i].measured);
            lmc_plan_destroy(pl[i]);
        }
    free(pl);
    free(zw);
    free(zb);
    free(x);
    free(y);
    free(ws);
    return s;
}

/* Every family and variant but the oracle on p, each decided, estimated
 * and classified against the limits of o; with LMC_PLAN_MEASURE (and
 * measure set) the promising ones that fit are timed.  L->best is the
 * fastest that fits -- a family's own choice comes before its variants,
 * so it wins a tie -- or, with LMC_PLAN_ALLOW_REF and none fitting, the
 * oracle.  Returns what plan creation would return. */
static lmc_status list_candidates(const lmc_problem *p, const lmc_plan_opts *o, int threads, bool measure_them,
                                  const float *weights, const float *bias, cand_list *L)
{
    size_t max = 1;
    for (size_t i = 0; i < lmc_algorithm_count; i++) max += (size_t)lmc_algorithms[i]->nvariants + 1;
    memset(L, 0, sizeof *L);
    L->best = -1;
    L->c = calloc(max, sizeof *L->c);
    if (!L->c) return LMC_ERR_NOMEM;
    bool supported = false;
    double min_est = INFINITY;
    for (size_t i = 0; i < lmc_algorithm_count; i++) {
        const lmc_algorithm *al = lmc_algorithms[i];
        if (al->id == LMC_ALGO_REF) continue;
        int chosen = -2;   /* the variant the family's own choice resolved to */
        for (int v = -1; v < al->nvariants; v++) {
            if (v >= 0 && v == chosen) continue;
            cand *c = &L->c[L->n++];
            c->al = al;
            c->v = v;
            c->measured = NAN;
            const lmc_status st = algo_plan_init(&c->ap, p, al, v, threads);
            if (v < 0 && st == LMC_OK) chosen = c->ap.variant;
            /* A larger error than the exact families' is the caller's choice. */
            const bool admitted = al->exact || (o->flags & LMC_PLAN_INEXACT);
            if (st == LMC_ERR_UNSUPPORTED) {
                c->why = WHY_UNSUPPORTED;
                continue;
            }
            supported |= admitted;
            if (st != LMC_OK) {
                c->why = WHY_OVERFLOW;
                continue;
            }
            c->packed = lmc_add(c->ap.packed_bytes, bias_bytes(p));
            c->est = lmc_cost_estimate(&c->ap);
            if (!admitted) c->why = WHY_INEXACT;
            else if (c->ap.ws_bytes > o->workspace_limit) c->why = WHY_WORKSPACE;
            else if (c->packed > o->packed_limit) c->why = WHY_PACKED;
            else c->why = WHY_SLOWER;
            if (c->why == WHY_SLOWER && c->est < min_est) min_est = c->est;
        }
    }
    const bool timed = measure_them && (o->flags & LMC_PLAN_MEASURE);
    for (size_t i = 0; i < L->n; i++) {
        cand *c = &L->c[i];
        if (c->why != WHY_SLOWER) continue;
        if (timed && c->est > MEASURE_SPREAD * min_est) c->why = WHY_UNMEASURED;
        else if (!timed && (o->flags & LMC_PLAN_MEASURE))
            c->measured = measured_time(&c->ap);   /* explain: what was measured, if anything */
    }
    if (timed) {
        const lmc_status s = measure_all(L, p, weights, bias);
        if (s != LMC_OK) {
            cand_list_free(L);
            return s;
        }
    }
    for (size_t i = 0; i < L->n; i++) {
        const cand *c = &L->c[i];
        if (c->why != WHY_SLOWER) continue;
        /* Measured times and estimates are not compared with each other. */
        const bool better = L->best < 0 || (timed ? cand_time(c) < cand_time(&L->c[L->best])
                                                  : c->est < L->c[L->best].est);
        if (better) L->best = (int)i;
    }
    if (L->best < 0 && (o->flags & LMC_PLAN_ALLOW_REF)) {
        const lmc_algorithm *ref = lmc_find_algorithm(LMC_ALGO_REF);
        cand *c = &L->c[L->n];
        if (ref && algo_plan_init(&c->ap, p, ref, -1, threads) == LMC_OK && c->ap.ws_bytes <= o->workspace_limit &&
            lmc_add(c->ap.packed_bytes, bias_bytes(p)) <= o->packed_limit) {
            c->al = ref;
            c->v = -1;
            c->packed = lmc_add(c->ap.packed_bytes, bias_bytes(p));
            c->est = ref->cost(&c->ap);
            c->measured = NAN;
            L->best = (int)L->n++;
            L->ref = true;
        }
    }
    if (L->best >= 0) {
        L->c[L->best].why = WHY_CHOSEN;
        return LMC_OK;
    }
    /* Unsupported by all: nothing a limit could change.  Supported but none
     * fits: a limit is the reason (unless every size overflowed). */
    if (!supported) return LMC_ERR_UNSUPPORTED;
    for (size_t i = 0; i < L->n; i++)
        if (L->c[i].why == WHY_WORKSPACE || L->c[i].why == WHY_PACKED) return LMC_ERR_NO_ALGO_FITS;
    return LMC_ERR_OVERFLOW;
}

static lmc_status plan_auto(const lmc_problem *p, const lmc_plan_opts *o, int threads,
                            const float *weights, const float *bias, lmc_plan **out)
{
    cand_list L;
    lmc_status s = list_candidates(p, o, threads, true, weights, bias, &L);
    if (s == LMC_OK) s = build(&L.c[L.best].ap, weights, bias, out);
    cand_list_free(&L);
    return s;
}

/* The checks of plan creation that do not involve the weights: the
 * problem, the options (*o: the caller's, or the defaults for NULL), the
 * thread count. */
static lmc_status prepare(const lmc_conv_desc *d, const lmc_plan_opts *given, lmc_plan_opts *o,
                          lmc_problem *p, int *threads)
{
    if (given) *o = *given;
    else lmc_plan_opts_init(o);
    lmc_status s = lmc_problem_init(p, d);
    if (s != LMC_OK) return s;
    if (o->flags & ~(unsigned)(LMC_PLAN_MEASURE | LMC_PLAN_DESTROY_INPUT | LMC_PLAN_ALLOW_REF |
                               LMC_PLAN_INEXACT))
        return LMC_ERR_BAD_ARG;
    p->flags = o->flags;
    if ((s = resolve_threads(o->threads, threads)) != LMC_OK) return s;
    if (o->algo == LMC_ALGO_AUTO && o->variant != 0) return LMC_ERR_BAD_ARG;
    return LMC_OK;
}

lmc_status lmc_plan_create(const lmc_conv_desc *d, const lmc_plan_opts *o,
                           const float *weights, const float *bias, lmc_plan **out)
{
    if (!out) return LMC_ERR_NULL;
    *out = NULL;
    if (!d || !weights) return LMC_ERR_NULL;
    lmc_plan_opts opts;
    lmc_problem p;
    int threads;
    lmc_status s = prepare(d, o, &opts, &p, &threads);
    o = &opts;
    if (s != LMC_OK) return s;
    if (d->has_bias && !bias) return LMC_ERR_NULL;
    if (!d->has_bias && bias) return LMC_ERR_BAD_ARG;
    /* Start the thread pool here: its first use allocates, and execute must not. */
    lmc_warm_threads(threads);
    if (o->algo == LMC_ALGO_AUTO) return plan_auto(&p, o, threads, weights, bias, out);
    const lmc_algorithm *al;
    int v;
    if ((s = find_variant(o->algo, o->variant, &al, &v)) != LMC_OK) return s;
    lmc_algo_plan ap;
    if ((s = algo_plan_init(&ap, &p, al, v, threads)) != LMC_OK) return s;
    if (ap.ws_bytes > o->workspace_limit || lmc_add(ap.packed_bytes, bias_bytes(&p)) > o->packed_limit)
        return LMC_ERR_NO_ALGO_FITS;
    return build(&ap, weights, bias, out);
}

/* ---- a whole network ------------------------------------------------------ */
/* One way to run a layer: a candidate that fits, reduced to what the
 * network's choice needs. */
typedef struct net_option {
    lmc_algo algo;
    int variant;             /* public numbering */
    size_t ws, packed;
    double seconds;
} net_option;

static int by_packed_then_time(const void *a, const void *b)
{
    const net_option *x = a, *y = b;
    if (x->packed != y->packed) return x->packed < y->packed ? -1 : 1;
    return x->seconds < y->seconds ? -1 : x->seconds > y->seconds;
}

/* The options of one layer that fit the workspace limit, reduced to the
 * frontier: ascending packed bytes, each strictly faster than the one
 * before (a candidate with more packed weights and no gain never helps). */
static lmc_status layer_options(const lmc_conv_desc *d, const lmc_plan_opts *o, net_option **out, size_t *count)
{
    lmc_plan_opts lo;
    lmc_problem p;
    int threads;
    lmc_status s = prepare(d, o, &lo, &p, &threads);
    if (s != LMC_OK) return s;
    lo.packed_limit = SIZE_MAX;   /* the network's limit is on the sum, applied by the caller */
    lmc_warm_threads(threads);
    cand_list L;
    if ((s = list_candidates(&p, &lo, threads, true, NULL, NULL, &L)) != LMC_OK) return s;
    net_option *opt = calloc(L.n, sizeof *opt);
    size_t n = 0;
    if (!opt) {
        cand_list_free(&L);
        return LMC_ERR_NOMEM;
    }
    const bool timed = lo.flags & LMC_PLAN_MEASURE;
    for (size_t i = 0; i < L.n; i++) {
        const cand *c = &L.c[i];
        /* Measured candidates rank by the clock: estimates do not join them. */
        if ((c->why != WHY_SLOWER && c->why != WHY_CHOSEN) || (timed && isnan(c->measured) && !L.ref)) continue;
        opt[n++] = (net_option){c->ap.algo->id, c->ap.variant + 1, c->ap.ws_bytes, c->packed, cand_time(c)};
    }
    cand_list_free(&L);
    qsort(opt, n, sizeof *opt, by_packed_then_time);
    size_t kept = 0;
    for (size_t i = 0; i < n; i++)
        if (!kept || opt[i].seconds < opt[kept - 1].seconds) opt[kept++] = opt[i];
    *out = opt;
    *count = kept;
    return LMC_OK;
}

lmc_status lmc_plan_network(const lmc_conv_desc *layers, size_t n, const lmc_plan_opts *o,
                            lmc_network_layer *choices, lmc_network_plan *total)
{
    if (total) *total = (lmc_network_plan){0, 0, 0, n};
    if (!layers || !choices || !total) return LMC_ERR_NULL;
    lmc_plan_opts base;
    if (o) base = *o;
    else lmc_plan_opts_init(&base);
    if (n == 0 || base.algo != LMC_ALGO_AUTO || base.variant != 0) return LMC_ERR_BAD_ARG;
    net_option **opt = calloc(n, sizeof *opt);
    size_t *count = calloc(n, sizeof *count), *at = calloc(n, sizeof *at);
    lmc_status s = opt && count && at ? LMC_OK : LMC_ERR_NOMEM;
    /* Every layer at its smallest packed weights, then the packed budget
     * left spent step by step where it saves the most time per byte. */
    size_t packed = 0;
    for (size_t i = 0; i < n && s == LMC_OK; i++) {
        s = layer_options(&layers[i], &base, &opt[i], &count[i]);
        if (s != LMC_OK) total->failed_layer = i;
        else packed = lmc_add(packed, opt[i][0].packed);
    }
    if (s == LMC_OK && packed > base.packed_limit) s = LMC_ERR_NO_ALGO_FITS;
    while (s == LMC_OK) {
        size_t best_i = n, best_j = 0;
        double best_gain = 0;
        for (size_t i = 0; i < n; i++)
            for (size_t j = at[i] + 1; j < count[i]; j++) {
                const net_option *cur = &opt[i][at[i]], *nxt = &opt[i][j];
                const size_t more = nxt->packed - cur->packed;
                if (more > base.packed_limit - packed) break;
                const double gain = (cur->seconds - nxt->seconds) / (double)(more ? more : 1);
                if (gain > best_gain) {
                    best_gain = gain;
                    best_i = i;
                    best_j = j;
                }
            }
        if (best_i == n) break;
        packed += opt[best_i][best_j].packed - opt[best_i][at[best_i]].packed;
        at[best_i] = best_j;
    }
    if (s == LMC_OK) {
        for (size_t i = 0; i < n; i++) {
            const net_option *c = &opt[i][at[i]];
            lmc_network_layer *l = &choices[i];
            l->opts = base;
            l->opts.algo = c->algo;
            l->opts.variant = c->variant;
            l->opts.flags &= ~(unsigned)LMC_PLAN_MEASURE;
            l->opts.packed_limit = SIZE_MAX;
            l->workspace_bytes = c->ws;
            l->packed_weight_bytes = c->packed;
            l->seconds = c->seconds;
            if (c->ws > total->workspace_bytes) total->workspace_bytes = c->ws;
            total->packed_weight_bytes = lmc_add(total->packed_weight_bytes, c->packed);
            total->seconds += c->seconds;
        }
    }
    for (size_t i = 0; opt && i < n; i++) free(opt[i]);
    free(opt);
    free(count);
    free(at);
    return s;
}

/* ---- explanations ------------------------------------------------------ */
/* printf into buf at *used, truncating at size (snprintf's rules). */
static void say(char *buf, size_t size, size_t *used, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
static void say(char *buf, size_t size, size_t *used, const char *fmt, ...)
{
    va_list va;
    va_start(va, fmt);
    const size_t room = *used < size ? size - *used : 0;
    const int n = vsnprintf(room ? buf + *used : NULL, room, fmt, va);
    va_end(va);
    if (n > 0) *used = lmc_add(*used, (size_t)n);
}

/* "family" or "family:variant" of a decided plan. */
static void say_name(char *buf, size_t size, size_t *used, const lmc_algo_plan *ap)
{
    const lmc_variant *v = lmc_plan_variant_of(ap);
    say(buf, size, used, "%s%s%s", ap->algo->name, v ? ":" : "", v ? v->name : "");
}

/* One candidate: its name, sizes, time and why it was (not) chosen. */
static void say_candidate(char *buf, size_t size, size_t *used, const lmc_problem *p, const cand *c)
{
    if (c->why == WHY_UNSUPPORTED) {
        const char *vn = c->v >= 0 ? c->al->variants[c->v].name : NULL;
        say(buf, size, used, "%s%s%s: %s", c->al->name, vn ? ":" : "", vn ? vn : "", c->al->unsupported(p, c->v));
        return;
    }
    say_name(buf, size, used, &c->ap);
    if (c->why == WHY_OVERFLOW) {
        say(buf, size, used, ": a buffer size overflows");
        return;
    }
    say(buf, size, used, ": workspace %zu, packed %zu, %s %.4g ms", c->ap.ws_bytes, c->packed,
        isnan(c->measured) ? "estimated" : "measured", cand_time(c) * 1e3);
    static const char *const why[] = {
        [WHY_CHOSEN] = "chosen",
        [WHY_SLOWER] = "slower",
        [WHY_UNMEASURED] = "not timed, estimated too slow",
        [WHY_INEXACT] = "not exact (LMC_PLAN_INEXACT admits it)",
        [WHY_WORKSPACE] = "over the workspace limit",
        [WHY_PACKED] = "over the packed-weight limit",
    };
    say(buf, size, used, ", %s", why[c->why]);
}

/* The candidate with the smallest workspace, or (within the workspace
 * limit) the smallest packed weights, among those a limit excluded. */
static const cand *smallest(const cand_list *L, bool packed)
{
    const cand *m = NULL;
    for (size_t i = 0; i < L->n; i++) {
        const cand *c = &L->c[i];
        if (c->why != WHY_WORKSPACE && c->why != WHY_PACKED) continue;
        if (packed && c->why != WHY_PACKED) continue;
        if (!m || (packed ? c->packed < m->packed : c->ap.ws_bytes < m->ap.ws_bytes)) m = c;
    }
    return m;
}

/* AUTO's decision: the choice or why there is none (each family's refusal,
 * the smallest workspace or packed weights that work), then every
 * candidate. */
static void explain_auto(char *buf, size_t size, size_t *used, const lmc_problem *p,
                         const lmc_plan_opts *o, const cand_list *L, lmc_status s)
{
    if (s == LMC_OK) {
        const cand *c = &L->c[L->best];
        say_name(buf, size, used, &c->ap);
        say(buf, size, used, ": workspace %zu bytes, packed weights %zu bytes", c->ap.ws_bytes, c->packed);
    } else if (s == LMC_ERR_UNSUPPORTED) {
        say(buf, size, used, "no algorithm supports this problem");
        int n = 0;
        for (size_t i = 0; i < lmc_algorithm_count; i++) {
            const lmc_algorithm *al = lmc_algorithms[i];
            if (al->id == LMC_ALGO_REF && !(o->flags & LMC_PLAN_ALLOW_REF)) continue;
            const char *why = al->unsupported(p, -1);
            say(buf, size, used, "%s %s", n++ ? ";" : ":", why ? why : al->name);
        }
        if (!(o->flags & LMC_PLAN_ALLOW_REF)) say(buf, size, used, " (LMC_PLAN_ALLOW_REF admits the oracle ref)");
        return;
    } else if (s == LMC_ERR_NO_ALGO_FITS) {
        const cand *ws = smallest(L, false), *pk = smallest(L, true);
        if (ws->why == WHY_WORKSPACE) {
            say(buf, size, used, "no algorithm fits the workspace limit of %zu bytes; the smallest workspace "
                "that works is %zu bytes (", o->workspace_limit, ws->ap.ws_bytes);
            say_name(buf, size, used, &ws->ap);
            say(buf, size, used, ")");
        }
        if (pk) {
            say(buf, size, used, "%sno algorithm within the workspace limit fits the packed-weight limit of %zu "
                "bytes; the smallest packed weights that work are %zu bytes (", ws->why == WHY_WORKSPACE ? "; " : "",
                o->packed_limit, pk->packed);
            say_name(buf, size, used, &pk->ap);
            say(buf, size, used, ")");
        }
    } else {
        say(buf, size, used, "%s", lmc_strerror(s));
        return;
    }
    say(buf, size, used, "; candidates");
    for (size_t i = 0; i < L->n; i++) {
        say(buf, size, used, "%s", i ? "; " : ": ");
        say_candidate(buf, size, used, p, &L->c[i]);
    }
}

lmc_status lmc_plan_explain(const lmc_conv_desc *d, const lmc_plan_opts *o, char *buf, size_t size)
{
    size_t used = 0;
    if (buf && size) buf[0] = '\0';
    if (!buf) size = 0;
    if (!d) return LMC_ERR_NULL;
    lmc_plan_opts opts;
    lmc_problem p;
    int threads;
    lmc_status s = prepare(d, o, &opts, &p, &threads);
    o = &opts;
    if (s != LMC_OK) {
        say(buf, size, &used, "%s", lmc_strerror(s));
        return s;
    }
    if (o->algo == LMC_ALGO_AUTO) {
        cand_list L;
        s = list_candidates(&p, o, threads, false, NULL, NULL, &L);
        if (s == LMC_ERR_NOMEM) say(buf, size, &used, "%s", lmc_strerror(s));
        else explain_auto(buf, size, &used, &p, o, &L, s);
        cand_list_free(&L);
        return s;
    }
    lmc_algo_plan ap;
    const lmc_algorithm *al = NULL;
    int v = 0;
    if ((s = find_variant(o->algo, o->variant, &al, &v)) == LMC_OK) s = algo_plan_init(&ap, &p, al, v, threads);
    if (s == LMC_ERR_UNSUPPORTED) {
        say(buf, size, &used, "%s", al->unsupported(&p, v));
        return s;
    }
    if (s != LMC_OK) {
        say(buf, size, &used, "%s", lmc_strerror(s));
        return s;
    }
    const size_t packed = lmc_add(ap.packed_bytes, bias_bytes(&p));
    say_name(buf, size, &used, &ap);
    if (ap.ws_bytes > o->workspace_limit) {
        say(buf, size, &used, " needs %zu bytes of workspace, over the limit of %zu bytes", ap.ws_bytes,
            o->workspace_limit);
        return LMC_ERR_NO_ALGO_FITS;
    }
    if (packed > o->packed_limit) {
        say(buf, size, &used, " needs %zu bytes of packed weights, over the packed-weight limit of %zu bytes",
            packed, o->packed_limit);
        return LMC_ERR_NO_ALGO_FITS;
    }
    say(buf, size, &used, ": workspace %zu bytes, packed weights %zu bytes", ap.ws_bytes, packed);
    return LMC_OK;
}

size_t lmc_plan_workspace_bytes(const lmc_plan *p) { return p ? p->ap.ws_bytes : 0; }

size_t lmc_plan_packed_weight_bytes(const lmc_plan *p)
{
    return p ? lmc_add(p->ap.packed_bytes, bias_bytes(&p->ap.p)) : 0;
}

const char *lmc_plan_algorithm(const lmc_plan *p) { return p ? p->ap.algo->name : NULL; }

const char *lmc_plan_variant(const lmc_plan *p)
{
    const lmc_variant *v = p ? lmc_plan_variant_of(&p->ap) : NULL;
    return v ? v->name : NULL;
}

double lmc_plan_model_seconds(const lmc_plan *p) { return p->ap.algo->cost(&p->ap); }

lmc_algo lmc_plan_algo(const lmc_plan *p) { return p ? p->ap.algo->id : LMC_ALGO_AUTO; }
int lmc_plan_threads(const lmc_plan *p) { return p ? p->ap.threads : 0; }

lmc_status lmc_execute(const lmc_plan *pl, const float *x, float *y, void *workspace,
                       size_t workspace_bytes)
{
    if (!pl || !x || !y) return LMC_ERR_NULL;
    if (workspace_bytes < pl->ap.ws_bytes) return LMC_ERR_WORKSPACE_TOO_SMALL;
    if (pl->ap.ws_bytes && !workspace) return LMC_ERR_NULL;
    if (((uintptr_t)x | (uintptr_t)y | (uintptr_t)workspace) & (sizeof(float) - 1)) return LMC_ERR_BAD_ARG;
    const lmc_exec_args a = {x, y, pl->packed, pl->bias, workspace};
    pl->ap.algo->execute(&pl->ap, &a);
    return LMC_OK;
}

void lmc_plan_destroy(lmc_plan *p)
{
    if (!p) return;
    free(p->packed);
    free(p->bias);
    free(p);
}
