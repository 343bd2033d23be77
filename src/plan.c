/* Plans: creation (validation, algorithm choice, weight packing), execute,
 * queries, names and messages. */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

/* What AUTO found: the fastest candidate that fits, or why there is none
 * (whether any candidate supports the problem, and the smallest workspace
 * among those that do). */
typedef struct auto_pick {
    bool found, supported;
    lmc_algo_plan best;
    double best_cost;
    lmc_plan *best_plan;     /* LMC_PLAN_MEASURE: the built plan of best */
    bool has_min;
    lmc_algo_plan min;       /* the supported candidate with the smallest workspace */
} auto_pick;

/* Considers candidate ap of family al (its status st from algo_plan_init):
 * notes support and workspace, then ranks it if it fits. */
static lmc_status consider(auto_pick *k, const lmc_algo_plan *ap, lmc_status st,
                           const lmc_plan_opts *o, const float *weights, const float *bias)
{
    if (st == LMC_ERR_UNSUPPORTED) return LMC_OK;
    k->supported = true;
    if (st != LMC_OK) return LMC_OK;   /* a size overflows: it cannot run either */
    if (!k->has_min || ap->ws_bytes < k->min.ws_bytes) {
        k->min = *ap;
        k->has_min = true;
    }
    if (ap->ws_bytes > o->workspace_limit) return LMC_OK;
    double c;
    lmc_plan *pl = NULL;
    if (o->flags & LMC_PLAN_MEASURE) {
        lmc_status s = build(ap, weights, bias, &pl);
        if (s != LMC_OK) return s;
        c = measure(pl);
    } else {
        c = ap->algo->cost(ap);
    }
    if (!k->found || c < k->best_cost) {
        k->best = *ap;
        k->best_cost = c;
        k->found = true;
        if (pl) {
            lmc_plan_destroy(k->best_plan);
            k->best_plan = pl;
        }
    } else {
        lmc_plan_destroy(pl);
    }
    return LMC_OK;
}

/* AUTO: among the families and variants that support the problem and fit
 * the limit (the oracle `ref` excluded, the inexact ones unless
 * LMC_PLAN_INEXACT), the one the cost model -- or,
 * with LMC_PLAN_MEASURE, the clock -- says is fastest.  A family's own
 * choice comes before its variants, so it wins a tie.  With
 * LMC_PLAN_ALLOW_REF the oracle is the last resort.  weights NULL: choose
 * only (no candidate is built; MEASURE ranks by the cost model). */
static lmc_status pick_auto(const lmc_problem *p, const lmc_plan_opts *o, int threads,
                            const float *weights, const float *bias, auto_pick *k)
{
    lmc_plan_opts eff = *o;
    if (!weights) eff.flags &= ~(unsigned)LMC_PLAN_MEASURE;
    memset(k, 0, sizeof *k);
    lmc_algo_plan ap;
    for (size_t i = 0; i < lmc_algorithm_count; i++) {
        const lmc_algorithm *al = lmc_algorithms[i];
        if (al->id == LMC_ALGO_REF) continue;
        /* A larger error than the exact families' is the caller's choice. */
        if (!al->exact && !(o->flags & LMC_PLAN_INEXACT)) continue;
        int chosen = -2;   /* the variant the family's own choice resolved to */
        for (int v = -1; v < al->nvariants; v++) {
            if (v >= 0 && v == chosen) continue;
            const lmc_status st = algo_plan_init(&ap, p, al, v, threads);
            if (v < 0 && st == LMC_OK) chosen = ap.variant;
            const lmc_status s = consider(k, &ap, st, &eff, weights, bias);
            if (s != LMC_OK) {
                lmc_plan_destroy(k->best_plan);
                k->best_plan = NULL;
                return s;
            }
        }
    }
    if (!k->found && (o->flags & LMC_PLAN_ALLOW_REF)) {
        const lmc_algorithm *ref = lmc_find_algorithm(LMC_ALGO_REF);
        const lmc_status st = ref ? algo_plan_init(&ap, p, ref, -1, threads) : LMC_ERR_UNSUPPORTED;
        if (st == LMC_OK && ap.ws_bytes <= o->workspace_limit) {
            k->best = ap;
            k->found = true;
        }
    }
    if (k->found) return LMC_OK;
    /* Unsupported by all: nothing a limit could change.  Supported but none
     * fits: the limit is the reason (unless every size overflowed). */
    if (!k->supported) return LMC_ERR_UNSUPPORTED;
    return k->has_min ? LMC_ERR_NO_ALGO_FITS : LMC_ERR_OVERFLOW;
}

static lmc_status plan_auto(const lmc_problem *p, const lmc_plan_opts *o, int threads,
                            const float *weights, const float *bias, lmc_plan **out)
{
    auto_pick k;
    const lmc_status s = pick_auto(p, o, threads, weights, bias, &k);
    if (s != LMC_OK) return s;
    if (k.best_plan) {
        *out = k.best_plan;
        return LMC_OK;
    }
    return build(&k.best, weights, bias, out);
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
    if (ap.ws_bytes > o->workspace_limit) return LMC_ERR_NO_ALGO_FITS;
    return build(&ap, weights, bias, out);
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

/* Why AUTO found nothing: each family's refusal, or the smallest workspace. */
static void explain_auto(char *buf, size_t size, size_t *used, const lmc_problem *p,
                         const lmc_plan_opts *o, const auto_pick *k, lmc_status s)
{
    if (s == LMC_ERR_UNSUPPORTED) {
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
    }
    if (s == LMC_ERR_NO_ALGO_FITS) {
        say(buf, size, used, "no algorithm fits the workspace limit of %zu bytes; the smallest workspace "
            "that works is %zu bytes (", o->workspace_limit, k->min.ws_bytes);
        say_name(buf, size, used, &k->min);
        say(buf, size, used, ")");
        return;
    }
    say(buf, size, used, "%s", lmc_strerror(s));
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
    lmc_algo_plan ap;
    if (o->algo == LMC_ALGO_AUTO) {
        auto_pick k;
        s = pick_auto(&p, o, threads, NULL, NULL, &k);
        if (s != LMC_OK) {
            explain_auto(buf, size, &used, &p, o, &k, s);
            return s;
        }
        ap = k.best;
    } else {
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
        if (ap.ws_bytes > o->workspace_limit) {
            say_name(buf, size, &used, &ap);
            say(buf, size, &used, " needs %zu bytes of workspace, over the limit of %zu bytes", ap.ws_bytes,
                o->workspace_limit);
            return LMC_ERR_NO_ALGO_FITS;
        }
    }
    say_name(buf, size, &used, &ap);
    say(buf, size, &used, ": workspace %zu bytes, packed weights %zu bytes", ap.ws_bytes,
        lmc_add(ap.packed_bytes, bias_bytes(&p)));
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
