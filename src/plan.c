/* Plans: creation (validation, algorithm choice, weight packing), execute,
 * queries, names and messages. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "cpu.h"
#include "internal.h"

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

/* LMC_PLAN_MEASURE: best of three executions on zero data. */
static double measure(const lmc_plan *pl)
{
    const lmc_problem *p = &pl->ap.p;
    float *x = calloc(p->in_elems, sizeof(float));
    float *y = malloc(p->out_elems * sizeof(float));
    void *ws = pl->ap.ws_bytes ? malloc(pl->ap.ws_bytes) : NULL;
    double best = INFINITY;
    if (x && y && (ws || !pl->ap.ws_bytes)) {
        for (int r = 0; r < 3; r++) {
            double t0 = lmc_now();
            lmc_execute(pl, x, y, ws, pl->ap.ws_bytes);
            double t = lmc_now() - t0;
            if (t < best) best = t;
        }
    }
    free(x);
    free(y);
    free(ws);
    return best;
}

/* AUTO: among the families and variants that support the problem and fit
 * the limit (the oracle `ref` excluded), the one the cost model -- or,
 * with LMC_PLAN_MEASURE, the clock -- says is fastest.  A family's own
 * choice comes before its variants, so it wins a tie.  When none fits:
 * LMC_ERR_NO_ALGO_FITS if some candidate is only over the limit, else
 * LMC_ERR_OVERFLOW if some candidate's buffers overflow, else
 * LMC_ERR_UNSUPPORTED (no family supports the problem at all). */
static lmc_status plan_auto(const lmc_problem *p, const lmc_plan_opts *o, int threads,
                            const float *weights, const float *bias, lmc_plan **out)
{
    lmc_algo_plan best, ap;
    double best_cost = INFINITY;
    bool found = false;
    lmc_status none = LMC_ERR_UNSUPPORTED;   /* why nothing was found, so far */
    lmc_plan *best_plan = NULL;
    for (size_t i = 0; i < lmc_algorithm_count; i++) {
        const lmc_algorithm *al = lmc_algorithms[i];
        if (al->id == LMC_ALGO_REF) continue;
        int chosen = -2;   /* the variant the family's own choice resolved to */
        for (int v = -1; v < al->nvariants; v++) {
            if (v >= 0 && v == chosen) continue;
            const lmc_status st = algo_plan_init(&ap, p, al, v, threads);
            if (st == LMC_ERR_OVERFLOW && none == LMC_ERR_UNSUPPORTED) none = LMC_ERR_OVERFLOW;
            if (st == LMC_OK && ap.ws_bytes > o->workspace_limit) none = LMC_ERR_NO_ALGO_FITS;
            if (st != LMC_OK || ap.ws_bytes > o->workspace_limit) continue;
            if (v < 0) chosen = ap.variant;
            double c;
            lmc_plan *pl = NULL;
            if (o->flags & LMC_PLAN_MEASURE) {
                lmc_status s = build(&ap, weights, bias, &pl);
                if (s != LMC_OK) {
                    lmc_plan_destroy(best_plan);
                    return s;
                }
                c = measure(pl);
            } else {
                c = al->cost(&ap);
            }
            if (!found || c < best_cost) {
                best = ap;
                best_cost = c;
                found = true;
                if (pl) {
                    lmc_plan_destroy(best_plan);
                    best_plan = pl;
                }
            } else {
                lmc_plan_destroy(pl);
            }
        }
    }
    if (best_plan) {
        *out = best_plan;
        return LMC_OK;
    }
    if (!found) return none;
    return build(&best, weights, bias, out);
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
    if (o->algo == LMC_ALGO_AUTO && o->variant != 0) return LMC_ERR_BAD_ARG;
    /* Start the thread pool here: its first use allocates, and execute must not. */
    lmc_warm_threads(threads);
    if (o->algo == LMC_ALGO_AUTO) return plan_auto(&p, o, threads, weights, bias, out);
    const lmc_algorithm *al;
    int v;
    if ((s = find_variant(o->algo, o->variant, &al, &v)) != LMC_OK) return s;
    lmc_algo_plan ap;
    if ((s = algo_plan_init(&ap, &p, al, v, threads)) != LMC_OK) return s;
    if (ap.ws_bytes > o->workspace_limit) return LMC_ERR_NO_ALGO_FITS;
    return build(&ap, weights, bias, out);
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
