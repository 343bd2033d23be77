/* Plans: creation (validation, algorithm choice, weight packing), execute,
 * queries, names and messages. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "internal.h"

struct lmc_plan {
    lmc_problem p;
    const lmc_algorithm *algo;
    int threads;
    size_t ws_bytes;
    size_t packed_bytes;     /* the algorithm's packed weights */
    void *packed;
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
};

const char *lmc_strerror(lmc_status s)
{
    if ((unsigned)s >= LMC_STATUS_COUNT_) return "unknown status";
    return status_text[s];
}

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

lmc_status lmc_algo_from_name(const char *name, lmc_algo *a)
{
    if (!name || !a) return LMC_ERR_NULL;
    if (strcmp(name, "auto") == 0) {
        *a = LMC_ALGO_AUTO;
        return LMC_OK;
    }
    for (size_t i = 0; i < lmc_algorithm_count; i++)
        if (strcmp(lmc_algorithms[i]->name, name) == 0) {
            *a = lmc_algorithms[i]->id;
            return LMC_OK;
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
    o->threads = 0;
    o->workspace_limit = SIZE_MAX;
    o->flags = 0;
}

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

/* Sizes of one algorithm on one problem; the status says whether it can run. */
static lmc_status algo_sizes(const lmc_algorithm *al, const lmc_problem *p, int threads,
                             size_t *ws, size_t *packed)
{
    if (al->unsupported(p)) return LMC_ERR_UNSUPPORTED;
    *ws = al->workspace_bytes(p, threads);
    *packed = al->packed_weight_bytes(p);
    if (*ws == SIZE_MAX || *packed == SIZE_MAX) return LMC_ERR_OVERFLOW;
    return LMC_OK;
}

lmc_status lmc_query(const lmc_conv_desc *d, lmc_algo a, int threads,
                     size_t *workspace_bytes, size_t *packed_weight_bytes)
{
    lmc_problem p;
    lmc_status s = lmc_problem_init(&p, d);
    if (s != LMC_OK) return s;
    if (a == LMC_ALGO_AUTO) return LMC_ERR_BAD_ARG;
    const lmc_algorithm *al = lmc_find_algorithm(a);
    if (!al) return LMC_ERR_UNKNOWN_ALGO;
    int t;
    if ((s = resolve_threads(threads, &t)) != LMC_OK) return s;
    size_t ws, pk;
    if ((s = algo_sizes(al, &p, t, &ws, &pk)) != LMC_OK) return s;
    if (workspace_bytes) *workspace_bytes = ws;
    if (packed_weight_bytes) *packed_weight_bytes = lmc_add(pk, bias_bytes(&p));
    return LMC_OK;
}

const char *lmc_unsupported_reason(const lmc_conv_desc *d, lmc_algo a)
{
    lmc_problem p;
    if (lmc_problem_init(&p, d) != LMC_OK) return NULL;
    const lmc_algorithm *al = lmc_find_algorithm(a);
    return al ? al->unsupported(&p) : NULL;
}

/* ---- plan creation ---------------------------------------------------- */

static lmc_status build(const lmc_problem *p, const lmc_algorithm *al, int threads,
                        const float *weights, const float *bias, lmc_plan **out)
{
    size_t ws, pk;
    lmc_status s = algo_sizes(al, p, threads, &ws, &pk);
    if (s != LMC_OK) return s;
    lmc_plan *pl = calloc(1, sizeof *pl);
    if (!pl) return LMC_ERR_NOMEM;
    pl->p = *p;
    pl->algo = al;
    pl->threads = threads;
    pl->ws_bytes = ws;
    pl->packed_bytes = pk;
    if (pk) {
        pl->packed = malloc(pk);
        if (!pl->packed) goto nomem;
        al->pack_weights(p, weights, pl->packed);
    }
    if (p->d.has_bias) {
        pl->bias = malloc(bias_bytes(p));
        if (!pl->bias) goto nomem;
        memcpy(pl->bias, bias, bias_bytes(p));
    }
    *out = pl;
    return LMC_OK;
nomem:
    lmc_plan_destroy(pl);
    return LMC_ERR_NOMEM;
}

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

/* LMC_PLAN_MEASURE: best of three executions on zero data. */
static double measure(const lmc_plan *pl)
{
    const lmc_problem *p = &pl->p;
    float *x = calloc(p->in_elems, sizeof(float));
    float *y = malloc(p->out_elems * sizeof(float));
    void *ws = pl->ws_bytes ? malloc(pl->ws_bytes) : NULL;
    double best = INFINITY;
    if (x && y && (ws || !pl->ws_bytes)) {
        for (int r = 0; r < 3; r++) {
            double t0 = now_seconds();
            lmc_execute(pl, x, y, ws, pl->ws_bytes);
            double t = now_seconds() - t0;
            if (t < best) best = t;
        }
    }
    free(x);
    free(y);
    free(ws);
    return best;
}

/* AUTO: among the algorithms that support the problem and fit the limit
 * (the oracle `ref` excluded), the one the cost model -- or, with
 * LMC_PLAN_MEASURE, the clock -- says is fastest. */
static lmc_status plan_auto(const lmc_problem *p, const lmc_plan_opts *o, int threads,
                            const float *weights, const float *bias, lmc_plan **out)
{
    const lmc_algorithm *best = NULL;
    double best_cost = INFINITY;
    lmc_plan *best_plan = NULL;
    for (size_t i = 0; i < lmc_algorithm_count; i++) {
        const lmc_algorithm *al = lmc_algorithms[i];
        if (al->id == LMC_ALGO_REF) continue;
        size_t ws, pk;
        if (algo_sizes(al, p, threads, &ws, &pk) != LMC_OK || ws > o->workspace_limit) continue;
        if (o->flags & LMC_PLAN_MEASURE) {
            lmc_plan *pl = NULL;
            lmc_status s = build(p, al, threads, weights, bias, &pl);
            if (s != LMC_OK) {
                lmc_plan_destroy(best_plan);
                return s;
            }
            double t = measure(pl);
            if (t < best_cost) {
                lmc_plan_destroy(best_plan);
                best_plan = pl;
                best_cost = t;
            } else {
                lmc_plan_destroy(pl);
            }
        } else {
            double c = al->cost(p, threads);
            if (c < best_cost) {
                best_cost = c;
                best = al;
            }
        }
    }
    if (best_plan) {
        *out = best_plan;
        return LMC_OK;
    }
    if (!best) return LMC_ERR_NO_ALGO_FITS;
    return build(p, best, threads, weights, bias, out);
}

lmc_status lmc_plan_create(const lmc_conv_desc *d, const lmc_plan_opts *o,
                           const float *weights, const float *bias, lmc_plan **out)
{
    if (!out) return LMC_ERR_NULL;
    *out = NULL;
    if (!d || !weights) return LMC_ERR_NULL;
    lmc_plan_opts defaults;
    if (!o) {
        lmc_plan_opts_init(&defaults);
        o = &defaults;
    }
    lmc_problem p;
    lmc_status s = lmc_problem_init(&p, d);
    if (s != LMC_OK) return s;
    if (d->has_bias && !bias) return LMC_ERR_NULL;
    if (!d->has_bias && bias) return LMC_ERR_BAD_ARG;
    if (o->flags & ~(unsigned)(LMC_PLAN_MEASURE | LMC_PLAN_DESTROY_INPUT)) return LMC_ERR_BAD_ARG;
    p.flags = o->flags;
    int threads;
    if ((s = resolve_threads(o->threads, &threads)) != LMC_OK) return s;
    /* Start the thread pool here: its first use allocates, and execute must not. */
    lmc_warm_threads(threads);
    if (o->algo == LMC_ALGO_AUTO) return plan_auto(&p, o, threads, weights, bias, out);
    const lmc_algorithm *al = lmc_find_algorithm(o->algo);
    if (!al) return LMC_ERR_UNKNOWN_ALGO;
    size_t ws, pk;
    if ((s = algo_sizes(al, &p, threads, &ws, &pk)) != LMC_OK) return s;
    if (ws > o->workspace_limit) return LMC_ERR_NO_ALGO_FITS;
    return build(&p, al, threads, weights, bias, out);
}

size_t lmc_plan_workspace_bytes(const lmc_plan *p) { return p ? p->ws_bytes : 0; }

size_t lmc_plan_packed_weight_bytes(const lmc_plan *p)
{
    return p ? lmc_add(p->packed_bytes, bias_bytes(&p->p)) : 0;
}

const char *lmc_plan_algorithm(const lmc_plan *p) { return p ? p->algo->name : NULL; }
lmc_algo lmc_plan_algo(const lmc_plan *p) { return p ? p->algo->id : LMC_ALGO_AUTO; }
int lmc_plan_threads(const lmc_plan *p) { return p ? p->threads : 0; }

lmc_status lmc_execute(const lmc_plan *pl, const float *x, float *y, void *workspace,
                       size_t workspace_bytes)
{
    if (!pl || !x || !y) return LMC_ERR_NULL;
    if (workspace_bytes < pl->ws_bytes) return LMC_ERR_WORKSPACE_TOO_SMALL;
    if (pl->ws_bytes && !workspace) return LMC_ERR_NULL;
    if (((uintptr_t)x | (uintptr_t)y | (uintptr_t)workspace) & (sizeof(float) - 1)) return LMC_ERR_BAD_ARG;
    lmc_exec_args a = {
        .p = &pl->p,
        .x = x,
        .y = y,
        .packed = pl->packed,
        .bias = pl->bias,
        .ws = workspace,
        .threads = pl->threads,
    };
    pl->algo->execute(&a);
    return LMC_OK;
}

void lmc_plan_destroy(lmc_plan *p)
{
    if (!p) return;
    free(p->packed);
    free(p->bias);
    free(p);
}
