/* lmconv-bench: runs layer sets through lmconv's algorithms (and, with
 * --compare, other libraries), checks every result against the reference
 * and prints the median time, GFLOP/s, % of this machine's measured FMA
 * peak, workspace and packed-weight bytes and the error.
 *
 *   lmconv-bench [--layers FILE] [--algo a,b,..|all] [--threads N[,N..]]
 *                [--reps N] [--batch N] [--layout auto|nchw|nhwc|nchw16c|nchw8c|both|all]
 *                [--check|--no-check] [--csv] [--compare lib,..] [--no-interleave]
 *                [--budget BYTES] [--measure] [--inexact] [--explain] [--budget-sweep]
 *   lmconv-bench peak        measured FMA peak at 1 and N threads
 *   lmconv-bench gemm ...    the SGEMM benchmark (see --help there)
 *   lmconv-bench bandwidth   STREAM-like triad memory bandwidth (1 and N threads)
 *   lmconv-bench tune ...    times every variant of the families that have
 *                            several and writes the fastest as wisdom
 */
#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bench_bandwidth.h"
#include "bench_gemm.h"
#include "bench_util.h"
#include "compare.h"
#include "cpu.h"
#include "layers.h"
#include "lmconv.h"
#include "peak.h"
#include "wisdom.h"

#ifndef LMC_SOURCE_DIR
#define LMC_SOURCE_DIR "."
#endif

enum { LAYOUT_AUTO = -1, LAYOUT_BOTH = -2, LAYOUT_ALL = -3 };

typedef struct {
    const char *layers;
    char algos[64][32];
    int nalgos;
    int threads[8];
    int nthreads;
    int reps;
    int batch;
    int layout;              /* index into all_layouts, or LAYOUT_AUTO / _BOTH / _ALL */
    int check;
    int csv;
    int interleave;          /* time the candidates of a layer in rounds */
    char compare[256];
    int layers_given;        /* --layers was on the command line */
    int algos_given;         /* --algo was on the command line */
    const char *out;         /* tune: the wisdom file written */
    double seconds;          /* tune: time budget */
    size_t budget;           /* auto: the workspace limit */
    unsigned plan_flags;     /* auto: LMC_PLAN_MEASURE, LMC_PLAN_INEXACT */
    int explain;             /* print AUTO's explanation instead of timing */
    int sweep;               /* --budget-sweep */
} options;

static void usage(FILE *f)
{
    fprintf(f,
            "usage: lmconv-bench [--layers FILE] [--algo a,b,...|all] [--threads N[,N...]]\n"
            "                    [--reps N] [--batch N] [--layout auto|nchw|nhwc|nchw16c|nchw8c|both|all]\n"
            "                    [--check|--no-check] [--csv] [--compare lib,...] [--no-interleave]\n"
            "                    [--budget BYTES] [--measure] [--inexact] [--explain] [--budget-sweep]\n"
            "       lmconv-bench peak\n"
            "       lmconv-bench gemm [--csv] ...\n"
            "       lmconv-bench bandwidth [--csv] ...\n"
            "       lmconv-bench tune [--layers F1,F2..] [--algo family,..] [--threads ..]\n"
            "                         [--layout ..] [--reps N] [--seconds S] [--out FILE]\n"
            "Layer files: name,C,H,W,M,KH,KW,stride,pad[,groups,dilation,batch], or the\n"
            "real-network shape CSVs (net,name,groups,mb,ic,ih,...).  Default layer set:\n"
            "%s/bench/layers/vgg16.csv.  --algo takes family or family:variant names\n"
            "(direct, direct:64x6, mec:b, ...); all = every family but the oracle ref,\n"
            "FAMILY:all = every variant of one, all:all = every variant of every family,\n"
            "auto = the planner's choice (its row's note names it) within --budget bytes\n"
            "of workspace (a number, with k, m or g for KiB, MiB, GiB, or unlimited),\n"
            "timing its candidates with --measure, admitting Winograd with --inexact.\n"
            "--explain prints AUTO's explanation of every layer (every candidate, its\n"
            "sizes, estimate and why it was not chosen) and times nothing.\n"
            "--budget-sweep times every variant of every family on each layer and, at\n"
            "the budgets 0, 64k, 1m, 16m and unlimited, sets AUTO's choice in estimate\n"
            "and in measure mode against the fastest of them that fits; per set the\n"
            "geometric mean and worst of the ratios (--layers may list several files).\n"
            "--compare takes %s.\n"
            "The candidates of a layer (algorithms, layouts, libraries) are timed in\n"
            "rounds, each once per round, so their ratios come from the same moments\n"
            "of a noisy machine; --no-interleave times them one after the other.\n"
            "tune times every variant of each family that has several (or of the\n"
            "--algo families) on the layers (default: the vgg16, resnet18, resnet50 and\n"
            "mobilenet_v1 sets, NCHW and NHWC) until --seconds (default 300) have\n"
            "passed, and merges the fastest per problem into the wisdom file --out\n"
            "(default $LMC_WISDOM, else lmconv.wisdom), which plans then read through\n"
            "LMC_WISDOM; it also times every variant of every family against AUTO's cost\n"
            "model and records the model's error per family, variant, kind of layer,\n"
            "layout and thread count (eff lines), which AUTO's estimates then correct by.\n",
            LMC_SOURCE_DIR, lmc_compare_names());
}

static int parse_ints(const char *s, int *out, int max)
{
    int n = 0;
    while (*s && n < max) {
        char *end;
        long v = strtol(s, &end, 10);
        if (end == s || v < 1 || v > 1024) return -1;
        out[n++] = (int)v;
        s = *end == ',' ? end + 1 : end;
        if (*end && *end != ',') return -1;
    }
    return n;
}

/* "unlimited" or a byte count with an optional k, m or g (KiB, MiB, GiB). */
static int parse_bytes(const char *s, size_t *out)
{
    if (!strcmp(s, "unlimited")) {
        *out = SIZE_MAX;
        return 0;
    }
    char *end;
    const unsigned long long v = strtoull(s, &end, 10);
    if (end == s || *s == '-') return -1;
    const int shift = *end == 'k' || *end == 'K' ? 10 : *end == 'm' || *end == 'M' ? 20
                      : *end == 'g' || *end == 'G' ? 30 : 0;
    if ((shift && end[1]) || (!shift && *end) || v > (SIZE_MAX >> shift)) return -1;
    *out = (size_t)v << shift;
    return 0;
}

static int parse_options(int argc, char **argv, options *o)
{
    static char default_layers[1024];
    snprintf(default_layers, sizeof default_layers, "%s/bench/layers/vgg16.csv", LMC_SOURCE_DIR);
    memset(o, 0, sizeof *o);
    o->layers = default_layers;
    o->threads[0] = 1;
    o->nthreads = 1;
    if (lmc_default_threads() > 1) o->threads[o->nthreads++] = lmc_default_threads();
    o->reps = 5;
    o->layout = LAYOUT_AUTO;
    o->check = 1;
    o->interleave = 1;
    o->budget = SIZE_MAX;
    strcpy(o->algos[0], "all");
    o->nalgos = 1;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(a, "--csv")) {
            o->csv = 1;
        } else if (!strcmp(a, "--check")) {
            o->check = 1;
        } else if (!strcmp(a, "--no-check")) {
            o->check = 0;
        } else if (!strcmp(a, "--no-interleave")) {
            o->interleave = 0;
        } else if (!strcmp(a, "--measure")) {
            o->plan_flags |= LMC_PLAN_MEASURE;
        } else if (!strcmp(a, "--inexact")) {
            o->plan_flags |= LMC_PLAN_INEXACT;
        } else if (!strcmp(a, "--explain")) {
            o->explain = 1;
        } else if (!strcmp(a, "--budget-sweep")) {
            o->sweep = 1;
        } else if (v && !strcmp(a, "--budget")) {
            if (parse_bytes(v, &o->budget) != 0) return -1;
            i++;
        } else if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            usage(stdout);
            exit(0);
        } else if (v && !strcmp(a, "--layers")) {
            o->layers = v;
            o->layers_given = 1;
            i++;
        } else if (v && !strcmp(a, "--reps")) {
            o->reps = atoi(v);
            if (o->reps < 1) return -1;
            i++;
        } else if (v && !strcmp(a, "--batch")) {
            o->batch = atoi(v);
            if (o->batch < 1) return -1;
            i++;
        } else if (v && !strcmp(a, "--threads")) {
            o->nthreads = parse_ints(v, o->threads, 8);
            if (o->nthreads < 1) return -1;
            i++;
        } else if (v && !strcmp(a, "--layout")) {
            static const char *const names[] = {"nchw", "nhwc", "nchw16c", "nchw8c", "auto", "both", "all"};
            static const int values[] = {0, 1, 2, 3, LAYOUT_AUTO, LAYOUT_BOTH, LAYOUT_ALL};
            int found = 0;
            for (int k = 0; k < 7; k++)
                if (!strcmp(v, names[k])) {
                    o->layout = values[k];
                    found = 1;
                }
            if (!found) return -1;
            i++;
        } else if (v && !strcmp(a, "--out")) {
            o->out = v;
            i++;
        } else if (v && !strcmp(a, "--seconds")) {
            o->seconds = atof(v);
            if (!(o->seconds > 0)) return -1;
            i++;
        } else if (v && !strcmp(a, "--compare")) {
            snprintf(o->compare, sizeof o->compare, "%s", v);
            i++;
        } else if (v && !strcmp(a, "--algo")) {
            o->nalgos = 0;
            o->algos_given = 1;
            char buf[1024];
            snprintf(buf, sizeof buf, "%s", v);
            for (char *t = strtok(buf, ","); t && o->nalgos < 64; t = strtok(NULL, ","))
                snprintf(o->algos[o->nalgos++], sizeof o->algos[0], "%s", t);
            i++;
        } else {
            fprintf(stderr, "lmconv-bench: unknown or incomplete option '%s'\n", a);
            return -1;
        }
    }
    return 0;
}

/* ---- one layer ----------------------------------------------------------- */

/* Reference output of a layer in one layout, computed once and reused by
 * every algorithm and thread count. */
typedef struct {
    lmc_conv_desc d;
    float *x, *w, *b, *yref;
    int have_ref;
} layer_data;

static void layer_data_init(layer_data *L, const lmc_conv_desc *d, unsigned seed)
{
    memset(L, 0, sizeof *L);
    L->d = *d;
    L->d.has_bias = 1;
    size_t nx = lmc_desc_input_elems(d), nw = lmc_desc_weight_elems(d);
    L->x = lmc_bench_alloc(nx * sizeof(float));
    L->w = lmc_bench_alloc(nw * sizeof(float));
    L->b = lmc_bench_alloc((size_t)d->m * sizeof(float));
    lmc_bench_fill(L->x, nx, seed);
    lmc_bench_fill(L->w, nw, seed + 1);
    lmc_bench_fill(L->b, (size_t)d->m, seed + 2);
}

static void layer_data_free(layer_data *L)
{
    free(L->x);
    free(L->w);
    free(L->b);
    free(L->yref);
}

static const float *layer_ref(layer_data *L, int threads)
{
    if (!L->have_ref) {
        L->yref = lmc_bench_alloc(lmc_desc_output_elems(&L->d) * sizeof(float));
        if (lmc_bench_run_ref(&L->d, L->x, L->w, L->b, L->yref, threads) != LMC_OK) return NULL;
        L->have_ref = 1;
    }
    return L->yref;
}

/* An lmconv plan as a bench run: created (weights packed) outside the
 * timing, its workspace allocated at exactly the size it reports. */
typedef struct {
    lmc_plan *plan;
    const float *x;
    float *y;
    void *ws;
    size_t ws_bytes;
} lmconv_state;

static int lmconv_step(void *p)
{
    lmconv_state *s = p;
    return (int)lmc_execute(s->plan, s->x, s->y, s->ws, s->ws_bytes);
}

static void lmconv_finish(void *p, int step_status, lmc_bench_row *row)
{
    lmconv_state *s = p;
    if (step_status > 0)
        snprintf(row->status, sizeof row->status, "%s", lmc_strerror((lmc_status)step_status));
    free(s->ws);
    lmc_plan_destroy(s->plan);
    free(s);
}

/* One lmconv candidate: a family, a variant (0: its choice) and the name
 * its rows carry ("direct", "direct:64x6"). */
typedef struct {
    lmc_algo algo;
    int variant;
    char name[48];
    size_t budget;           /* AUTO: workspace_limit */
    unsigned flags;          /* AUTO: LMC_PLAN_* */
} algo_spec;

static int lmconv_prepare(layer_data *L, const algo_spec *a, int threads, float *y,
                          lmc_bench_row *row, lmc_bench_run *out)
{
    lmc_plan_opts po;
    lmc_plan_opts_init(&po);
    po.algo = a->algo;
    po.variant = a->variant;
    po.threads = threads;
    if (a->algo == LMC_ALGO_AUTO) {
        po.workspace_limit = a->budget;
        po.flags = a->flags;
    }
    lmc_plan *plan = NULL;
    lmc_status st = lmc_plan_create(&L->d, &po, L->w, L->b, &plan);
    if (st != LMC_OK) {
        const char *why = st == LMC_ERR_UNSUPPORTED ? lmc_unsupported_reason(&L->d, a->algo, a->variant) : NULL;
        snprintf(row->status, sizeof row->status, "%s", why ? why : lmc_strerror(st));
        return -1;
    }
    row->workspace_bytes = lmc_plan_workspace_bytes(plan);
    row->packed_bytes = lmc_plan_packed_weight_bytes(plan);
    row->model_ms = lmc_plan_model_seconds(plan) * 1e3;
    if (a->algo == LMC_ALGO_AUTO) {
        const char *v = lmc_plan_variant(plan);
        snprintf(row->note, sizeof row->note, "%s%s%s", lmc_plan_algorithm(plan), v ? ":" : "", v ? v : "");
    } else if (!a->variant && lmc_plan_variant(plan)) {
        /* The family chose: say which variant, and whether wisdom made it. */
        const lmc_algorithm *al = lmc_find_algorithm(a->algo);
        lmc_problem p;
        const int wv = lmc_problem_init(&p, &L->d) == LMC_OK ? lmc_wisdom_variant(&p, al, threads) : -1;
        const bool wise = wv >= 0 && !strcmp(al->variants[wv].name, lmc_plan_variant(plan));
        snprintf(row->note, sizeof row->note, "%s%s", lmc_plan_variant(plan), wise ? " (wisdom)" : "");
    }
    lmconv_state *s = calloc(1, sizeof *s);
    void *ws = row->workspace_bytes ? lmc_bench_alloc(row->workspace_bytes) : NULL;
    if (!s || !y || (row->workspace_bytes && !ws)) {
        snprintf(row->status, sizeof row->status, "out of memory for the buffers");
        free(s);
        free(ws);
        lmc_plan_destroy(plan);
        return -1;
    }
    *s = (lmconv_state){plan, L->x, y, ws, row->workspace_bytes};
    *out = (lmc_bench_run){s, lmconv_step, lmconv_finish, LMC_POOL_GOMP, threads};
    return 0;
}

static void add_spec(algo_spec *out, int *n, int max, lmc_algo a, int v)
{
    if (*n >= max) return;
    algo_spec *sp = &out[(*n)++];
    memset(sp, 0, sizeof *sp);
    sp->algo = a;
    sp->variant = v;
    sp->budget = SIZE_MAX;
    if (v) snprintf(sp->name, sizeof sp->name, "%s:%s", lmc_algo_name(a), lmc_algo_variant_name(a, v));
    else snprintf(sp->name, sizeof sp->name, "%s", lmc_algo_name(a));
}

/* The --algo list as candidates (see usage()). */
static int resolve_algos(const options *o, algo_spec *out, int max)
{
    int n = 0;
    for (int i = 0; i < o->nalgos; i++) {
        const char *spec = o->algos[i];
        const size_t len = strlen(spec);
        const bool every_variant = len > 4 && strcmp(spec + len - 4, ":all") == 0;
        if (!strcmp(spec, "all") || !strcmp(spec, "all:all")) {
            for (int a = LMC_ALGO_AUTO + 1; a < LMC_ALGO_COUNT_; a++) {
                if (a == LMC_ALGO_REF || !lmc_algo_name((lmc_algo)a)) continue;
                const int nv = every_variant ? lmc_algo_variant_count((lmc_algo)a) : 0;
                if (!nv) add_spec(out, &n, max, (lmc_algo)a, 0);
                for (int v = 1; v <= nv; v++) add_spec(out, &n, max, (lmc_algo)a, v);
            }
            continue;
        }
        char fam[32];
        snprintf(fam, sizeof fam, "%.*s", every_variant ? (int)(len - 4) : (int)len, spec);
        lmc_algo a;
        int v;
        if (lmc_algo_parse(fam, &a, &v) != LMC_OK || (every_variant && v)) {
            fprintf(stderr, "lmconv-bench: unknown algorithm '%s'\n", spec);
            return -1;
        }
        if (a == LMC_ALGO_AUTO) {
            add_spec(out, &n, max, a, 0);
            out[n - 1].budget = o->budget;
            out[n - 1].flags = o->plan_flags;
            continue;
        }
        if (!every_variant || !lmc_algo_variant_count(a)) add_spec(out, &n, max, a, v);
        else
            for (int k = 1; k <= lmc_algo_variant_count(a); k++) add_spec(out, &n, max, a, k);
    }
    return n;
}

/* The backends named by --compare (families, comma-separated); prints why
 * an unavailable one is skipped.  Returns the count or -1. */
static int resolve_backends(const options *o, const lmc_backend **out, int max)
{
    int n = 0;
    char buf[256];
    snprintf(buf, sizeof buf, "%s", o->compare);
    for (char *t = strtok(buf, ","); t; t = strtok(NULL, ",")) {
        int found = 0;
        for (size_t i = 0; lmc_backends[i]; i++) {
            const lmc_backend *b = lmc_backends[i];
            if (strcmp(b->family, t) != 0) continue;
            found = 1;
            const char *why = b->unavailable();
            if (why) {
                fprintf(o->csv ? stderr : stdout, "# skipped %s: %s\n", b->name, why);
            } else if (n < max) {
                out[n++] = b;
            }
        }
        if (!found) {
            fprintf(stderr, "lmconv-bench: --compare: unknown library '%s' (known: %s)\n", t,
                    lmc_compare_names());
            return -1;
        }
    }
    return n;
}

/* Every activation layout, in the order auto prefers on a tie. */
static const lmc_layout all_layouts[] = {LMC_NCHW, LMC_NHWC, LMC_NCHW16C, LMC_NCHW8C};
#define NLAYOUTS ((int)(sizeof all_layouts / sizeof all_layouts[0]))

static int layout_index(lmc_layout l)
{
    for (int i = 0; i < NLAYOUTS; i++)
        if (all_layouts[i] == l) return i;
    return 0;
}

/* Which layouts to run algorithm a in.  auto: the supported layout where
 * the algorithm needs the least workspace (its native one: NHWC for direct,
 * NCHW for im2col, ...); both: NCHW and NHWC; all: every layout; or one. */
static int layouts_for(const options *o, const lmc_conv_desc *d, const algo_spec *a, lmc_layout *out)
{
    if (o->layout >= 0 && o->layout < NLAYOUTS) {
        out[0] = all_layouts[o->layout];
        return 1;
    }
    /* AUTO has no layout of its own: the two of the frameworks. */
    const int cand = o->layout == LAYOUT_BOTH || (o->layout == LAYOUT_AUTO && a->algo == LMC_ALGO_AUTO) ? 2 : NLAYOUTS;
    int n = 0;
    size_t best_ws = SIZE_MAX;
    for (int i = 0; i < cand; i++) {
        lmc_conv_desc t = *d;
        t.layout = all_layouts[i];
        size_t ws;
        if (o->layout != LAYOUT_AUTO || a->algo == LMC_ALGO_AUTO) {
            out[n++] = all_layouts[i];
        } else if (lmc_query(&t, a->algo, a->variant, 1, &ws, NULL) == LMC_OK && (n == 0 || ws < best_ws)) {
            out[0] = all_layouts[i];
            best_ws = ws;
            n = 1;
        }
    }
    if (n == 0) out[n++] = LMC_NCHW; /* unsupported everywhere: the row says why */
    return n;
}

/* Whether tune and --budget-sweep run layout all_layouts[l]: the one
 * --layout names, every one for all, NCHW and NHWC otherwise. */
static bool plain_layout_on(const options *o, int l)
{
    return o->layout == LAYOUT_ALL || o->layout == l ||
           ((o->layout == LAYOUT_AUTO || o->layout == LAYOUT_BOTH) && l < 2);
}

static void emit(const options *o, lmc_bench_row *row, layer_data *L, const float *y)
{
    if (y && o->check && strcmp(row->status, "ok") == 0) {
        const float *ref = layer_ref(L, lmc_default_threads());
        row->max_rel_err = ref ? lmc_bench_rel_err(y, ref, lmc_desc_output_elems(&L->d)) : NAN;
    }
    lmc_bench_print_row(row, o->csv);
}

static int run_layers(const options *o)
{
    lmc_layer *layers;
    char err[512];
    size_t nl = lmc_layers_load(o->layers, o->batch, &layers, err, sizeof err);
    if (!nl) {
        fprintf(stderr, "lmconv-bench: %s\n", err);
        return 2;
    }
    algo_spec ids[64];
    const lmc_backend *backs[32];
    int na = resolve_algos(o, ids, 64);
    if (na < 0) return 2;
    double peak[8];
    for (int t = 0; t < o->nthreads; t++) peak[t] = lmc_measure_peak_gflops(o->threads[t]);
    lmc_bench_print_header(o->csv, o->layers, o->threads, peak, o->nthreads);
    int nb = resolve_backends(o, backs, 32);
    if (nb < 0) return 2;

    for (size_t li = 0; li < nl; li++) {
        const lmc_layer *lay = &layers[li];
        layer_data L[NLAYOUTS];
        int have[NLAYOUTS] = {0};
        /* Every lmconv algorithm in its layout(s), then every comparison
         * backend: the candidates of this layer, prepared together and
         * timed in rounds, one thread count at a time. */
        enum { MAXC = 64 * NLAYOUTS + 32 };
        struct cand { int k, l; } cands[MAXC];
        int nc = 0;
        for (int k = 0; k < na + nb; k++) {
            lmc_layout lays[NLAYOUTS];
            int nlay = 1;
            if (k < na) nlay = layouts_for(o, &lay->d, &ids[k], lays);
            else lays[0] = backs[k - na]->layout;
            for (int j = 0; j < nlay && nc < MAXC; j++) {
                const int l = layout_index(lays[j]);
                if (!have[l]) {
                    lmc_conv_desc d = lay->d;
                    d.layout = lays[j];
                    layer_data_init(&L[l], &d, (unsigned)li * 7919u + 17u);
                    have[l] = 1;
                }
                cands[nc++] = (struct cand){k, l};
            }
        }
        for (int t = 0; t < o->nthreads; t++) {
            lmc_bench_row rows[MAXC];
            lmc_bench_row *ready_rows[MAXC];
            lmc_bench_run runs[MAXC];
            float *ys[MAXC];
            int ready[MAXC], nr = 0;
            for (int c = 0; c < nc; c++) {
                const int k = cands[c].k, l = cands[c].l, th = o->threads[t];
                layer_data *Ll = &L[l];
                ys[c] = lmc_bench_alloc(lmc_desc_output_elems(&Ll->d) * sizeof(float));
                const char *name = k < na ? ids[k].name : backs[k - na]->name;
                lmc_bench_row_init(&rows[c], lay, &Ll->d, name, th, peak[t]);
                int ok;
                if (!ys[c]) {
                    snprintf(rows[c].status, sizeof rows[c].status, "out of memory for the output");
                    ok = -1;
                } else if (k < na) {
                    ok = lmconv_prepare(Ll, &ids[k], th, ys[c], &rows[c], &runs[nr]);
                } else {
                    ok = backs[k - na]->prepare(&Ll->d, Ll->x, Ll->w, Ll->b, ys[c], th, &rows[c], &runs[nr]);
                }
                ready[c] = ok == 0;
                if (ok == 0) ready_rows[nr++] = &rows[c];
            }
            lmc_bench_time_runs(runs, ready_rows, nr, o->reps, o->interleave);
            for (int c = 0; c < nc; c++) {
                emit(o, &rows[c], &L[cands[c].l], ready[c] ? ys[c] : NULL);
                free(ys[c]);
            }
        }
        for (int l = 0; l < NLAYOUTS; l++)
            if (have[l]) layer_data_free(&L[l]);
    }
    free(layers);
    return 0;
}

/* ---- tune and --budget-sweep: every layer of several files ------------------- */
/* What runs on each layer: called per layout plain_layout_on admits with
 * its data; a nonzero return stops the walk after that layout. */
typedef int (*layer_visit)(const options *o, void *ctx, const lmc_layer *lay, layer_data *L);

/* Walks the layers of the comma-separated files, calling visit on each in
 * each layout, and set_done (may be NULL) after each file with its set's
 * name.  Returns 2 on a file that cannot be read, 1 when visit stopped, else 0. */
static int walk_layers(const options *o, const char *file_list, layer_visit visit,
                       void (*set_done)(void *ctx, const char *set), void *ctx)
{
    char files[2048];
    snprintf(files, sizeof files, "%s", file_list);
    char *save = NULL;
    for (char *f = strtok_r(files, ",", &save); f; f = strtok_r(NULL, ",", &save)) {
        lmc_layer *layers;
        char err[512];
        const size_t nl = lmc_layers_load(f, o->batch, &layers, err, sizeof err);
        if (!nl) {
            fprintf(stderr, "lmconv-bench: %s\n", err);
            return 2;
        }
        int stop = 0;
        for (size_t li = 0; li < nl && !stop; li++)
            for (int l = 0; l < NLAYOUTS && !stop; l++) {
                if (!plain_layout_on(o, l)) continue;
                lmc_conv_desc d = layers[li].d;
                d.layout = all_layouts[l];
                layer_data L;
                layer_data_init(&L, &d, (unsigned)li * 7919u + 17u);
                stop = visit(o, ctx, &layers[li], &L);
                layer_data_free(&L);
                fflush(stdout);
            }
        if (set_done) set_done(ctx, layers[0].set);
        free(layers);
        if (stop) return 1;
    }
    return 0;
}

/* ---- AUTO against every candidate --------------------------------------------- */
/* The budgets of --budget-sweep, and AUTO's two modes. */
static const size_t sweep_budgets[] = {0, (size_t)64 << 10, (size_t)1 << 20, (size_t)16 << 20, SIZE_MAX};
enum { NBUDGETS = sizeof sweep_budgets / sizeof sweep_budgets[0], NMODES = 2 };
static const char *const mode_names[NMODES] = {"estimate", "measure"};

/* log-sum, worst and count of AUTO-time / fastest-fitting-time per mode and budget. */
typedef struct {
    double log_sum[NMODES][NBUDGETS], worst[NMODES][NBUDGETS];
    int n[NMODES][NBUDGETS], failed;
} sweep_stats;

static void sweep_add(sweep_stats *to, const sweep_stats *from)
{
    for (int m = 0; m < NMODES; m++)
        for (int b = 0; b < NBUDGETS; b++) {
            to->log_sum[m][b] += from->log_sum[m][b];
            to->n[m][b] += from->n[m][b];
            if (from->worst[m][b] > to->worst[m][b]) to->worst[m][b] = from->worst[m][b];
        }
    to->failed += from->failed;
}

static void budget_str(size_t b, char *buf, size_t cap)
{
    if (b == SIZE_MAX) snprintf(buf, cap, "unlimited");
    else if (b >= ((size_t)1 << 20) && b % ((size_t)1 << 20) == 0) snprintf(buf, cap, "%zum", b >> 20);
    else if (b >= 1024 && b % 1024 == 0) snprintf(buf, cap, "%zuk", b >> 10);
    else snprintf(buf, cap, "%zu", b);
}

static void sweep_print(const char *what, const sweep_stats *s)
{
    for (int m = 0; m < NMODES; m++) {
        printf("# %s, AUTO %-8s over the fastest that fits:", what, mode_names[m]);
        double all = 0, worst = 0;
        int n = 0;
        for (int b = 0; b < NBUDGETS; b++) {
            char bs[32];
            budget_str(sweep_budgets[b], bs, sizeof bs);
            if (s->n[m][b]) printf("  %s %.3fx (worst %.2fx)", bs, exp(s->log_sum[m][b] / s->n[m][b]), s->worst[m][b]);
            all += s->log_sum[m][b];
            n += s->n[m][b];
            if (s->worst[m][b] > worst) worst = s->worst[m][b];
        }
        printf("  | all %.3fx (worst %.2fx, %d cases)\n", n ? exp(all / n) : NAN, worst, n);
    }
    if (s->failed) printf("# %s: %d cases where AUTO's choice was not among the timed candidates\n", what, s->failed);
}

/* Every variant of every family but the oracle (the inexact ones only
 * when `inexact`) that runs L's problem, timed in rounds at `threads`:
 * the rows (at most MAX_VARIANT_ROWS) with their times and estimates. */
enum { MAX_VARIANT_ROWS = 64 };
static int time_every_variant(const options *o, const lmc_layer *lay, layer_data *L, int threads, bool inexact,
                              lmc_bench_row rows[MAX_VARIANT_ROWS])
{
    algo_spec specs[MAX_VARIANT_ROWS];
    lmc_bench_row *ready[MAX_VARIANT_ROWS];
    lmc_bench_run runs[MAX_VARIANT_ROWS];
    float *ys[MAX_VARIANT_ROWS];
    int ns = 0, nr = 0;
    for (int a = LMC_ALGO_AUTO + 1; a < LMC_ALGO_COUNT_; a++) {
        if (a == LMC_ALGO_REF || !lmc_algo_name((lmc_algo)a)) continue;
        if (!lmc_algo_is_exact((lmc_algo)a) && !inexact) continue;
        const int nv = lmc_algo_variant_count((lmc_algo)a);
        for (int v = nv ? 1 : 0; v <= nv; v++)
            if (!lmc_unsupported_reason(&L->d, (lmc_algo)a, v)) add_spec(specs, &ns, MAX_VARIANT_ROWS, (lmc_algo)a, v);
    }
    for (int i = 0; i < ns; i++) {
        ys[nr] = lmc_bench_alloc(lmc_desc_output_elems(&L->d) * sizeof(float));
        lmc_bench_row_init(&rows[nr], lay, &L->d, specs[i].name, threads, 0);
        if (!ys[nr] || lmconv_prepare(L, &specs[i], threads, ys[nr], &rows[nr], &runs[nr]) != 0) {
            free(ys[nr]);
            continue;
        }
        ready[nr] = &rows[nr];
        nr++;
    }
    lmc_bench_time_runs(runs, ready, nr, o->reps, o->interleave);
    for (int i = 0; i < nr; i++) free(ys[i]);
    return nr;
}

/* One layer in one layout at one thread count: every variant of every
 * family AUTO may pick, timed in rounds; then AUTO at each budget in each
 * mode, its choice's time taken from those rounds (the same plan), against
 * the fastest that fits. */
static void sweep_layer(const options *o, const lmc_layer *lay, layer_data *L, int threads, sweep_stats *st)
{
    lmc_bench_row rows[MAX_VARIANT_ROWS];
    const int nr = time_every_variant(o, lay, L, threads, o->plan_flags & LMC_PLAN_INEXACT, rows);
    const char *lay_name = L->d.layout == LMC_NHWC ? "nhwc" : L->d.layout == LMC_NCHW ? "nchw" : "blk";
    for (int b = 0; b < NBUDGETS; b++) {
        char bs[32];
        budget_str(sweep_budgets[b], bs, sizeof bs);
        int fastest = -1;
        for (int i = 0; i < nr; i++)
            if (!strcmp(rows[i].status, "ok") && rows[i].workspace_bytes <= sweep_budgets[b] &&
                (fastest < 0 || rows[i].ms < rows[fastest].ms))
                fastest = i;
        printf("%-14s %-14s %-4s t%d %-9s", lay->set, lay->name, lay_name, threads, bs);
        for (int m = 0; m < NMODES; m++) {
            lmc_plan_opts po;
            lmc_plan_opts_init(&po);
            po.threads = threads;
            po.workspace_limit = sweep_budgets[b];
            po.flags = (o->plan_flags & LMC_PLAN_INEXACT) | (m ? LMC_PLAN_MEASURE : 0);
            lmc_plan *plan = NULL;
            const lmc_status s = lmc_plan_create(&L->d, &po, L->w, L->b, &plan);
            if (s != LMC_OK) {
                printf("  %s: %s", mode_names[m], lmc_strerror(s));
                continue;
            }
            char name[64];
            const char *v = lmc_plan_variant(plan);
            snprintf(name, sizeof name, "%s%s%s", lmc_plan_algorithm(plan), v ? ":" : "", v ? v : "");
            int k = -1;
            for (int i = 0; i < nr; i++)
                if (!strcmp(rows[i].algo, name) && !strcmp(rows[i].status, "ok") &&
                    rows[i].workspace_bytes == lmc_plan_workspace_bytes(plan))
                    k = i;
            lmc_plan_destroy(plan);
            if (k < 0 || fastest < 0) {
                printf("  %s: %s not timed", mode_names[m], name);
                st->failed++;
                continue;
            }
            const double r = rows[k].ms / rows[fastest].ms;
            printf("  %s %-16s %8.3f ms %5.2fx", m ? "meas" : "est", name, rows[k].ms, r);
            st->log_sum[m][b] += log(r);
            st->n[m][b]++;
            if (r > st->worst[m][b]) st->worst[m][b] = r;
        }
        if (fastest >= 0) printf("  fastest %-16s %8.3f ms", rows[fastest].algo, rows[fastest].ms);
        printf("\n");
    }
}

/* The sweep's statistics: of the set being run, and of all. */
typedef struct {
    sweep_stats set, total;
} sweep_run;

static int sweep_visit(const options *o, void *ctx, const lmc_layer *lay, layer_data *L)
{
    sweep_run *r = ctx;
    for (int t = 0; t < o->nthreads; t++) sweep_layer(o, lay, L, o->threads[t], &r->set);
    return 0;
}

static void sweep_set_done(void *ctx, const char *set)
{
    sweep_run *r = ctx;
    sweep_print(set, &r->set);
    sweep_add(&r->total, &r->set);
    memset(&r->set, 0, sizeof r->set);
}

static int run_sweep(const options *o)
{
    printf("# AUTO (estimate and LMC_PLAN_MEASURE) against every %s variant, timed in rounds;\n"
           "# a ratio is AUTO's choice's time over the fastest candidate within the budget\n",
           o->plan_flags & LMC_PLAN_INEXACT ? "" : "exact");
    sweep_run r;
    memset(&r, 0, sizeof r);
    const int s = walk_layers(o, o->layers, sweep_visit, sweep_set_done, &r);
    if (s == 2) return 2;
    sweep_print("all sets", &r.total);
    return 0;
}

/* --explain: AUTO's explanation of every layer in each layout and thread count. */
static int run_explain(const options *o)
{
    lmc_layer *layers;
    char err[512];
    const size_t nl = lmc_layers_load(o->layers, o->batch, &layers, err, sizeof err);
    if (!nl) {
        fprintf(stderr, "lmconv-bench: %s\n", err);
        return 2;
    }
    algo_spec autos;
    int one = 0;
    add_spec(&autos, &one, 1, LMC_ALGO_AUTO, 0);
    static char text[1 << 16];
    for (size_t li = 0; li < nl; li++) {
        lmc_layout lays[NLAYOUTS];
        const int nlay = layouts_for(o, &layers[li].d, &autos, lays);
        for (int j = 0; j < nlay; j++)
            for (int t = 0; t < o->nthreads; t++) {
                lmc_conv_desc d = layers[li].d;
                d.layout = lays[j];
                d.has_bias = 1;
                lmc_plan_opts po;
                lmc_plan_opts_init(&po);
                po.threads = o->threads[t];
                po.workspace_limit = o->budget;
                po.flags = o->plan_flags;
                lmc_plan_explain(&d, &po, text, sizeof text);
                printf("%s %s %s t%d: %s\n\n", layers[li].set, layers[li].name,
                       lays[j] == LMC_NHWC ? "nhwc" : lays[j] == LMC_NCHW ? "nchw" : "blocked", o->threads[t], text);
            }
    }
    free(layers);
    return 0;
}

/* ---- tune ------------------------------------------------------------------ */
/* The variants of family al that can run d, timed in rounds at `threads`;
 * the fastest is recorded as wisdom.  Prints one line; returns the family's
 * own choice's time over the best (1 when it chose the best), or 0 if
 * fewer than two variants run. */
static double tune_family(const options *o, const lmc_layer *lay, layer_data *L,
                          const lmc_algorithm *al, int threads)
{
    enum { MAXV = 16 };
    algo_spec specs[MAXV];
    lmc_bench_row rows[MAXV], *ready[MAXV];
    lmc_bench_run runs[MAXV];
    float *ys[MAXV];
    int vid[MAXV], n = 0;
    for (int v = 1; v <= al->nvariants && n < MAXV; v++) {
        if (lmc_unsupported_reason(&L->d, al->id, v)) continue;
        int added = n;
        add_spec(specs, &added, MAXV, al->id, v);
        ys[n] = lmc_bench_alloc(lmc_desc_output_elems(&L->d) * sizeof(float));
        lmc_bench_row_init(&rows[n], lay, &L->d, specs[n].name, threads, 0);
        if (lmconv_prepare(L, &specs[n], threads, ys[n], &rows[n], &runs[n]) != 0) {
            free(ys[n]);
            continue;
        }
        ready[n] = &rows[n];
        vid[n++] = v;
    }
    if (n < 2) {
        for (int i = 0; i < n; i++) runs[i].finish(runs[i].state, 0, &rows[i]);
        for (int i = 0; i < n; i++) free(ys[i]);
        return 0;
    }
    /* The family's own choice before this measurement. */
    char own[32] = "?";
    lmc_plan_opts po;
    lmc_plan_opts_init(&po);
    po.algo = al->id;
    po.threads = threads;
    lmc_plan *plan = NULL;
    if (lmc_plan_create(&L->d, &po, L->w, L->b, &plan) == LMC_OK)
        snprintf(own, sizeof own, "%s", lmc_plan_variant(plan));
    lmc_plan_destroy(plan);

    lmc_bench_time_runs(runs, ready, n, o->reps, 1);
    int best = 0;
    double own_ms = NAN;
    for (int i = 0; i < n; i++) {
        if (rows[i].ms < rows[best].ms) best = i;
        if (!strcmp(al->variants[vid[i] - 1].name, own)) own_ms = rows[i].ms;
    }
    printf("%-14s %-22s %-5s t%d %-8s", lay->set, lay->name, L->d.layout == LMC_NHWC ? "nhwc" : "nchw",
           threads, al->name);
    for (int i = 0; i < n; i++) printf(" %s %.3f", al->variants[vid[i] - 1].name, rows[i].ms);
    printf("  -> %s (was %s, %.2fx)\n", al->variants[vid[best] - 1].name, own, own_ms / rows[best].ms);
    lmc_problem p;
    if (lmc_problem_init(&p, &L->d) == LMC_OK)
        lmc_wisdom_record(&p, al, vid[best] - 1, threads, rows[best].ms * 1e-3);
    for (int i = 0; i < n; i++) free(ys[i]);
    return isnan(own_ms) ? 0 : own_ms / rows[best].ms;
}

/* The calibration: per family:variant, layout and thread count, the sum
 * of log(estimate / measured) over the layers tuned. */
typedef struct {
    lmc_algo algo;
    int variant;             /* public numbering, 0 for a family without variants */
    int kind;                /* lmc_wisdom_kind */
    lmc_layout layout;
    int threads, n;
    double log_sum;
} calib;

enum { MAX_CALIB = 2048 };

/* Adds the rows of every variant timed on one layer (problem d) to the calibration. */
static void calibrate(calib *c, int *nc, const lmc_conv_desc *d, const lmc_bench_row *rows, int nr)
{
    const int kind = lmc_wisdom_kind(d);
    for (int i = 0; i < nr; i++) {
        lmc_algo a;
        int v;
        if (strcmp(rows[i].status, "ok") || !(rows[i].ms > 0) || !(rows[i].model_ms > 0) ||
            lmc_algo_parse(rows[i].algo, &a, &v) != LMC_OK)
            continue;
        int k = 0;
        while (k < *nc && !(c[k].algo == a && c[k].variant == v && c[k].kind == kind &&
                            c[k].layout == rows[i].layout && c[k].threads == rows[i].threads))
            k++;
        if (k == *nc) {
            if (*nc == MAX_CALIB) continue;
            c[(*nc)++] = (calib){a, v, kind, rows[i].layout, rows[i].threads, 0, 0};
        }
        c[k].log_sum += log(rows[i].model_ms / rows[i].ms);
        c[k].n++;
    }
}

/* Records the calibration as wisdom: each factor the geometric mean. */
static void record_calibration(const calib *c, int nc)
{
    for (int k = 0; k < nc; k++) {
        const double f = exp(c[k].log_sum / c[k].n);
        const lmc_algorithm *al = lmc_find_algorithm(c[k].algo);
        const char *vn = lmc_algo_variant_name(c[k].algo, c[k].variant);
        printf("# eff %s%s%s %s %s t%d: the model's estimate over the time %.3f (%d layers)\n", al->name,
               vn ? ":" : "", vn ? vn : "", lmc_wisdom_kind_name(c[k].kind),
               c[k].layout == LMC_NHWC ? "nhwc" : c[k].layout == LMC_NCHW ? "nchw" : "blocked", c[k].threads, f,
               c[k].n);
        lmc_wisdom_record_efficiency(al, c[k].variant - 1, c[k].kind, c[k].layout, c[k].threads, f);
    }
}

/* tune's state across the layers. */
typedef struct {
    const lmc_algorithm *const *fams;
    int nf, measured, changed, ncal;
    double log_gain, t0, budget;
    calib *cal;
    lmc_bench_row *rows;
} tune_run;

static int tune_visit(const options *o, void *ctx, const lmc_layer *lay, layer_data *L)
{
    tune_run *r = ctx;
    for (int t = 0; t < o->nthreads; t++) {
        for (int k = 0; k < r->nf; k++) {
            const double gain = tune_family(o, lay, L, r->fams[k], o->threads[t]);
            if (gain > 0) {
                r->measured++;
                r->changed += gain > 1;
                r->log_gain += log(gain);
            }
        }
        /* Every family against the cost model, for its efficiency. */
        const int nr = time_every_variant(o, lay, L, o->threads[t], true, r->rows);
        calibrate(r->cal, &r->ncal, &L->d, r->rows, nr);
    }
    return lmc_now() - r->t0 > r->budget;
}

static int run_tune(const options *o)
{
    const char *out = o->out ? o->out : getenv("LMC_WISDOM");
    if (!out || !*out) out = "lmconv.wisdom";
    FILE *exists = fopen(out, "r");
    if (exists) {
        fclose(exists);
        if (lmc_wisdom_import_file(out) != LMC_OK) {
            fprintf(stderr, "lmconv-bench tune: %s: %s; not overwriting it\n", out, lmc_wisdom_error());
            return 2;
        }
    }
    char files[2048];
    if (o->layers_given)
        snprintf(files, sizeof files, "%s", o->layers);
    else
        snprintf(files, sizeof files, "%s/bench/layers/vgg16.csv,%s/bench/layers/resnet18.csv,"
                 "%s/bench/layers/resnet50.csv,%s/bench/layers/mobilenet_v1.csv", LMC_SOURCE_DIR,
                 LMC_SOURCE_DIR, LMC_SOURCE_DIR, LMC_SOURCE_DIR);
    const lmc_algorithm *fams[32];
    int nf = 0;
    for (size_t i = 0; i < lmc_algorithm_count && nf < 32; i++) {
        const lmc_algorithm *al = lmc_algorithms[i];
        bool want = al->nvariants >= 2;
        if (o->algos_given) {
            want = false;
            for (int k = 0; k < o->nalgos; k++) want |= !strcmp(o->algos[k], al->name);
        }
        if (want) fams[nf++] = al;
    }
    const double budget = o->seconds > 0 ? o->seconds : 300, t0 = lmc_now();
    char key[128];
    lmc_wisdom_cpu_key(key, sizeof key);
    printf("# tuning on %s, %d families, budget %.0f s, into %s\n", key, nf, budget, out);
    tune_run r = {.fams = fams, .nf = nf, .t0 = t0, .budget = budget};
    r.cal = calloc(MAX_CALIB, sizeof *r.cal);
    r.rows = calloc(MAX_VARIANT_ROWS, sizeof *r.rows);
    if (!r.cal || !r.rows) {
        fprintf(stderr, "lmconv-bench tune: out of memory\n");
        return 2;
    }
    const int walked = walk_layers(o, files, tune_visit, NULL, &r);
    if (walked == 2) return 2;
    const bool out_of_time = walked == 1;
    const int measured = r.measured, changed = r.changed;
    const double log_gain = r.log_gain;
    calib *cal = r.cal;
    const int ncal = r.ncal;
    lmc_bench_row *rows = r.rows;
    if (out_of_time) printf("# the %.0f s budget ran out; the layers after this were not tuned\n", budget);
    record_calibration(cal, ncal);
    free(cal);
    free(rows);
    printf("# %d problems measured; the family's own choice was not the fastest in %d; "
           "fastest over own choice: geometric mean %.3fx\n", measured, changed,
           measured ? exp(log_gain / measured) : 1.0);
    if (lmc_wisdom_export_file(out) != LMC_OK) {
        fprintf(stderr, "lmconv-bench tune: cannot write %s: %s\n", out, lmc_wisdom_error());
        return 1;
    }
    printf("# wrote %zu entries (%zu of this CPU) to %s; use them with LMC_WISDOM=%s\n",
           lmc_wisdom_count(0), lmc_wisdom_count(1), out, out);
    return 0;
}

static int run_peak(void)
{
    const lmc_cpu_info *c = lmc_cpu();
    printf("cpu: %s, isa %s, L1d %zu KiB, L2 %zu KiB, L3 %zu KiB\n", c->vendor, lmc_isa_name(c->isa),
           c->l1d_bytes >> 10, c->l2_bytes >> 10, c->l3_bytes >> 10);
    int nt = lmc_default_threads();
    for (int t = 1; t <= nt; t = t < nt && t * 2 > nt ? nt : t * 2)
        printf("fp32 FMA peak, %d thread%s: %.1f GFLOP/s\n", t, t > 1 ? "s" : "", lmc_measure_peak_gflops(t));
    return 0;
}

int main(int argc, char **argv)
{
    if (lmc_bench_emulated())
        fprintf(stderr, "lmconv-bench: running under emulation (/proc/cpuinfo describes another "
                        "architecture's CPU): its timings and peaks mean nothing here\n");
    if (argc > 1 && !strcmp(argv[1], "peak")) return run_peak();
    if (argc > 1 && !strcmp(argv[1], "gemm")) return lmc_bench_gemm_main(argc - 1, argv + 1);
    if (argc > 1 && !strcmp(argv[1], "bandwidth")) return lmc_bench_bandwidth_main(argc - 1, argv + 1);
    const bool tune = argc > 1 && !strcmp(argv[1], "tune");
    options o;
    if (parse_options(argc - tune, argv + tune, &o) != 0) {
        usage(stderr);
        return 2;
    }
    if (tune) return run_tune(&o);
    if (o.sweep) return run_sweep(&o);
    if (o.explain) return run_explain(&o);
    return run_layers(&o);
}
