/* lmconv-bench gemm: GFLOP/s and % of the measured FMA peak of lmconv's
 * SGEMM, per ISA path and thread count, side by side with OpenBLAS's
 * cblas_sgemm when the build found it.
 *
 *   lmconv-bench gemm [--csv] [--threads 1,2] [--isa all|avx512,avx2,scalar]
 *                     [--set all|square|vgg16|resnet18|thin] [--reps N]
 *                     [--no-openblas] [--no-prepacked]
 *
 * Shapes: square 256..2048; the im2col GEMMs of the VGG-16 and ResNet-18
 * conv layers (M = out channels, N = Ho*Wo, K = C*KH*KW); thin shapes of
 * MEC / kn2row (m = 7..224, n = 64..512, k = C or 9C).  A and B are
 * row-major.  impl "lmconv" is lmc_sgemm (packs both operands);
 * "lmconv-pa" is lmc_sgemm_prepacked_a (A = weights packed beforehand, as the
 * convolution plans do; conv shapes only); "openblas" is cblas_sgemm.
 * The candidates of one shape and thread count (every ISA path, lmconv-pa,
 * OpenBLAS) are timed in rounds, each once per round (the second of two
 * back-to-back calls) after a warm-up round,
 * and every round starts with a ~1 ms sample of the FMA peak: times are
 * medians over the rounds, and pct_peak divides by the median peak of the
 * same rounds, so a slow stretch of this shared machine lowers both.
 *
 * CSV columns: impl,isa,m,n,k,threads,ms,gflops,pct_peak
 * (The header's peak is `lmconv-bench peak`, best of 7 long runs.) */
#define _GNU_SOURCE
#include "bench_gemm.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "compare.h"
#include "cpu.h"
#include "gemm/gemm.h"
#include "peak.h"

#ifdef LMC_HAVE_OPENBLAS
#include <cblas.h>
#endif

typedef struct shape {
    const char *set, *name;
    size_t m, n, k;
} shape;

/* name, C, H(=W), M, KH(=KW), stride, pad */
typedef struct conv_layer {
    const char *name;
    int c, h, m, kh, stride, pad;
} conv_layer;

static const conv_layer vgg16[] = {
    {"conv1_1", 3, 224, 64, 3, 1, 1},    {"conv1_2", 64, 224, 64, 3, 1, 1},
    {"conv2_1", 64, 112, 128, 3, 1, 1},  {"conv2_2", 128, 112, 128, 3, 1, 1},
    {"conv3_1", 128, 56, 256, 3, 1, 1},  {"conv3_2", 256, 56, 256, 3, 1, 1},
    {"conv3_3", 256, 56, 256, 3, 1, 1},  {"conv4_1", 256, 28, 512, 3, 1, 1},
    {"conv4_2", 512, 28, 512, 3, 1, 1},  {"conv4_3", 512, 28, 512, 3, 1, 1},
    {"conv5_1", 512, 14, 512, 3, 1, 1},  {"conv5_2", 512, 14, 512, 3, 1, 1},
    {"conv5_3", 512, 14, 512, 3, 1, 1},
};

static const conv_layer resnet18[] = {
    {"conv1", 3, 224, 64, 7, 2, 3},        {"layer1_3x3", 64, 56, 64, 3, 1, 1},
    {"layer2_3x3s2", 64, 56, 128, 3, 2, 1}, {"layer2_3x3", 128, 28, 128, 3, 1, 1},
    {"layer2_ds", 64, 56, 128, 1, 2, 0},    {"layer3_3x3s2", 128, 28, 256, 3, 2, 1},
    {"layer3_3x3", 256, 14, 256, 3, 1, 1},  {"layer3_ds", 128, 28, 256, 1, 2, 0},
    {"layer4_3x3s2", 256, 14, 512, 3, 2, 1}, {"layer4_3x3", 512, 7, 512, 3, 1, 1},
    {"layer4_ds", 256, 14, 512, 1, 2, 0},
};

static const size_t thin[][3] = {
    {7, 512, 512},   {7, 512, 4608},  {14, 512, 4608}, {14, 256, 2304}, {28, 256, 2304},
    {28, 128, 1152}, {56, 128, 1152}, {56, 64, 576},   {112, 64, 576},  {224, 64, 576},
    {224, 64, 64},   {112, 128, 128}, {56, 256, 256},
};

#define MAX_SHAPES 64
static size_t add_conv(shape *s, size_t ns, const char *set, const conv_layer *l, size_t nl)
{
    for (size_t i = 0; i < nl && ns < MAX_SHAPES; i++) {
        const size_t ho = (size_t)((l[i].h + 2 * l[i].pad - l[i].kh) / l[i].stride + 1);
        s[ns++] = (shape){set, l[i].name, (size_t)l[i].m, ho * ho,
                          (size_t)l[i].c * (size_t)l[i].kh * (size_t)l[i].kh};
    }
    return ns;
}

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

static int cmp_d(const void *a, const void *b)
{
    const double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static int parse_list(const char *s, int *out, int max)
{
    int n = 0;
    while (s && *s && n < max) {
        out[n++] = atoi(s);
        s = strchr(s, ',');
        if (s) s++;
    }
    return n;
}

typedef enum { IMPL_LMC, IMPL_LMC_PA, IMPL_OPENBLAS } impl_kind;
static const char *impl_name[] = {"lmconv", "lmconv-pa", "openblas"};

/* Operands shared by every candidate; each candidate has its own packing
 * workspace (and packed A), sized for its ISA. */
typedef struct ctx {
    float *a, *b, *c, *ws, *pa;
    const lmc_gemm_ctx *g;   /* the candidate's ISA */
} ctx;

static void run_once(impl_kind impl, const shape *s, int threads, ctx *x)
{
    switch (impl) {
    case IMPL_LMC:
        lmc_sgemm(x->g, s->m, s->n, s->k, 1.0f, x->a, (ptrdiff_t)s->k, 1, x->b, (ptrdiff_t)s->n, 1,
                  0.0f, x->c, (ptrdiff_t)s->n, x->ws, threads);
        break;
    case IMPL_LMC_PA:
        lmc_sgemm_prepacked_a(x->g, s->m, s->n, s->k, 1.0f, x->pa, x->b, (ptrdiff_t)s->n, 1, 0.0f,
                              x->c, (ptrdiff_t)s->n, x->ws, threads);
        break;
    case IMPL_OPENBLAS:
#ifdef LMC_HAVE_OPENBLAS
        cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, (int)s->m, (int)s->n, (int)s->k,
                    1.0f, x->a, (int)s->k, x->b, (int)s->n, 0.0f, x->c, (int)s->n);
#endif
        break;
    }
}

typedef struct result {
    impl_kind impl;
    int isa, threads;
    const shape *s;
    double gflops, pct;
} result;

static int cmp_sort_d(const void *a, const void *b) { return cmp_d(a, b); }
static double median(double *v, int n)
{
    if (n == 0) return 0;
    qsort(v, (size_t)n, sizeof *v, cmp_sort_d);
    return n % 2 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
}

int lmc_bench_gemm_main(int argc, char **argv)
{
    int csv = 0, reps = 0, use_ob = 1, use_pa = 1;
    enum { MAXTHREADS = 8 };   /* thread counts --threads may list */
    const double WARM_CALL_MAX_S = 0.05;
    int threads[MAXTHREADS] = {1, 2}, nthreads = 2;
    int isas[LMC_ISA_COUNT], nisa = 0;
    const char *set = "all", *isa_arg = "all";
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--csv")) csv = 1;
        else if (!strcmp(argv[i], "--threads") && i + 1 < argc) nthreads = parse_list(argv[++i], threads, MAXTHREADS);
        else if (!strcmp(argv[i], "--isa") && i + 1 < argc) isa_arg = argv[++i];
        else if (!strcmp(argv[i], "--set") && i + 1 < argc) set = argv[++i];
        else if (!strcmp(argv[i], "--reps") && i + 1 < argc) reps = atoi(argv[++i]);
        else if (!strcmp(argv[i], "--no-openblas")) use_ob = 0;
        else if (!strcmp(argv[i], "--no-prepacked")) use_pa = 0;
        else {
            fprintf(stderr,
                    "usage: lmconv-bench gemm [--csv] [--threads 1,2] [--isa all|avx512,avx2,scalar]\n"
                    "                         [--set all|square|vgg16|resnet18|thin] [--reps N]\n"
                    "                         [--no-openblas] [--no-prepacked]\n");
            return 2;
        }
    }
    const lmc_cpu_info *ci = lmc_cpu();
    if (!strcmp(isa_arg, "all")) {
        for (int i = (int)ci->best; i >= 0; i--) isas[nisa++] = i;
    } else {
        char buf[128];
        snprintf(buf, sizeof buf, "%s", isa_arg);
        for (char *tok = strtok(buf, ","); tok && nisa < LMC_ISA_COUNT; tok = strtok(NULL, ",")) {
            int v = lmc_isa_parse(tok);
            if (v < 0) {
                fprintf(stderr, "lmconv-bench gemm: unknown ISA '%s'\n", tok);
                return 2;
            }
            if (v > (int)ci->best) {
                fprintf(stderr, "lmconv-bench gemm: %s not supported by this CPU, skipped\n", tok);
                continue;
            }
            isas[nisa++] = v;
        }
    }
#ifndef LMC_HAVE_OPENBLAS
    if (use_ob)
        fprintf(stderr, "lmconv-bench gemm: openblas skipped: the build did not find OpenBLAS "
                        "(apt-get install libopenblas-openmp-dev, re-run cmake)\n");
    use_ob = 0;
#endif
    const int ob_gomp = lmc_openblas_on_gomp();
    if (use_ob && !ob_gomp)
        fprintf(stderr, "lmconv-bench gemm: OpenBLAS is not its OpenMP build: 2-thread rounds pause "
                        "0.12 s for its threads to stop spinning, and its 2-thread figures pay for "
                        "libgomp's (apt-get install libopenblas-openmp-dev, re-run cmake)\n");

    shape shapes[MAX_SHAPES];
    size_t ns = 0;
    const int all = !strcmp(set, "all");
    static char names[8][16];
    if (all || !strcmp(set, "square")) {
        const size_t sq[] = {256, 512, 1024, 1536, 2048};
        for (int i = 0; i < 5; i++) {
            snprintf(names[i], sizeof names[i], "sq%zu", sq[i]);
            shapes[ns++] = (shape){"square", names[i], sq[i], sq[i], sq[i]};
        }
    }
    if (all || !strcmp(set, "vgg16")) ns = add_conv(shapes, ns, "vgg16", vgg16, sizeof vgg16 / sizeof *vgg16);
    if (all || !strcmp(set, "resnet18"))
        ns = add_conv(shapes, ns, "resnet18", resnet18, sizeof resnet18 / sizeof *resnet18);
    if (all || !strcmp(set, "thin"))
        for (size_t i = 0; i < sizeof thin / sizeof *thin && ns < MAX_SHAPES; i++)
            shapes[ns++] = (shape){"thin", "thin", thin[i][0], thin[i][1], thin[i][2]};
    if (ns == 0) {
        fprintf(stderr, "lmconv-bench gemm: unknown set '%s'\n", set);
        return 2;
    }

    /* Buffers for the largest shape. */
    size_t amax = 0, bmax = 0, cmax = 0;
    for (size_t i = 0; i < ns; i++) {
        const shape *s = &shapes[i];
        if (s->m * s->k > amax) amax = s->m * s->k;
        if (s->k * s->n > bmax) bmax = s->k * s->n;
        if (s->m * s->n > cmax) cmax = s->m * s->n;
    }
    ctx x = {0};
    x.a = malloc(amax * sizeof(float));
    x.b = malloc(bmax * sizeof(float));
    x.c = malloc(cmax * sizeof(float));
    if (!x.a || !x.b || !x.c) {
        fprintf(stderr, "lmconv-bench gemm: out of memory\n");
        return 1;
    }
    srand(1);
    for (size_t i = 0; i < amax; i++) x.a[i] = (float)rand() / (float)RAND_MAX - 0.5f;
    for (size_t i = 0; i < bmax; i++) x.b[i] = (float)rand() / (float)RAND_MAX - 0.5f;
    memset(x.c, 0, cmax * sizeof(float));

    double peak[MAXTHREADS];
    for (int t = 0; t < nthreads; t++) peak[t] = lmc_measure_peak_gflops(threads[t]);
    if (csv) {
        printf("impl,isa,m,n,k,threads,ms,gflops,pct_peak\n");
    } else {
        printf("lmconv-bench gemm: %s, best ISA %s; FMA peak", ci->vendor, lmc_isa_name(ci->best));
        for (int t = 0; t < nthreads; t++) printf(" %.1f GFLOP/s @%d thread%s", peak[t], threads[t], threads[t] > 1 ? "s" : "");
        printf("\n%%peak divides by the FMA peak sampled in the same rounds (last column)\n");
        printf("%-9s %-10s %-12s %-6s %5s %6s %6s %3s %9s %8s %6s %8s\n", "set", "layer", "impl", "isa", "m",
               "n", "k", "thr", "ms", "GFLOP/s", "%peak", "peak");
    }

    result *res = malloc(sizeof(result) * ns * (size_t)nthreads * (size_t)(nisa * 2 + 1));
    size_t nres = 0;
    enum { MAXCAND = 2 * LMC_ISA_COUNT + 1, MAXROUNDS = 64 };
    for (size_t si = 0; si < ns; si++) {
        const shape *s = &shapes[si];
        const int is_conv = strcmp(s->set, "vgg16") == 0 || strcmp(s->set, "resnet18") == 0;
        const double flops = 2.0 * (double)s->m * (double)s->n * (double)s->k;
        /* The candidates of this shape at every thread count, each with its
         * own workspace (and packed A) for its ISA and thread count. */
        struct cand {
            impl_kind impl;
            int isa, ti;
            ctx x;
            double t[MAXROUNDS];
            double first_s;     /* round 0's time: sets whether later rounds warm up */
        } cands[MAXCAND * MAXTHREADS];
        int nc = 0;
        for (int ti = 0; ti < nthreads; ti++) {
            const int th = threads[ti];
            for (int ii = 0; ii < nisa + 1; ii++) {
                const int isa = ii < nisa ? isas[ii] : -1;
                for (int impl = IMPL_LMC; impl <= IMPL_OPENBLAS; impl++) {
                    if (isa < 0 && impl != IMPL_OPENBLAS) continue;
                    if (isa >= 0 && impl == IMPL_OPENBLAS) continue;
                    if (impl == IMPL_OPENBLAS && !use_ob) continue;
                    if (impl == IMPL_LMC_PA && (!use_pa || !is_conv)) continue;
                    struct cand *c = &cands[nc++];
                    c->impl = (impl_kind)impl;
                    c->isa = isa;
                    c->ti = ti;
                    c->x = x;
                    c->x.ws = c->x.pa = NULL;
                    if (isa < 0) continue;
                    const lmc_gemm_ctx *g = c->x.g = lmc_gemm_ctx_for(isa);
                    const size_t wsb = impl == IMPL_LMC
                                           ? lmc_sgemm_workspace_bytes(g, s->m, s->n, s->k, th)
                                           : lmc_sgemm_prepacked_a_workspace_bytes(g, s->m, s->n, s->k, th);
                    c->x.ws = malloc(wsb ? wsb : 1);
                    if (impl == IMPL_LMC_PA) {
                        c->x.pa = malloc(lmc_sgemm_packed_a_bytes(g, s->m, s->k));
                        if (c->x.pa) lmc_sgemm_pack_a(g, s->m, s->k, x.a, (ptrdiff_t)s->k, 1, c->x.pa);
                    }
                    if (!c->x.ws || (impl == IMPL_LMC_PA && !c->x.pa)) {
                        fprintf(stderr, "lmconv-bench gemm: out of memory\n");
                        return 1;
                    }
                }
            }
        }
        /* Rounds: at each thread count, one sample of the FMA peak, then
         * every candidate once, so each candidate's %peak divides by the
         * peak of the same moments, and the ratios between candidates --
         * and between thread counts, the 2-thread scaling -- are fair on a
         * shared, noisy machine (timing all 1-thread rounds before all
         * 2-thread ones let a slow stretch fall on one side only).  Round 0
         * warms up and sets the count. */
        const lmc_isa best_isa = ci->best;
        const long peak_iters = best_isa == LMC_ISA_SCALAR ? 20000 : 300000;
        double pk[MAXTHREADS][MAXROUNDS];
        int rounds = reps > 0 ? (reps > MAXROUNDS ? MAXROUNDS : reps) : 0;
        for (int r = 0; r <= rounds; r++) {
            double slowest = 0;
            for (int ti = 0; ti < nthreads; ti++) {
                const int th = threads[ti];
                pk[ti][r > 0 ? r - 1 : 0] = lmc_peak_sample_gflops(best_isa, th, peak_iters);
                for (int c = 0; c < nc; c++) {
                    struct cand *cd = &cands[c];
                    if (cd->ti != ti) continue;
#ifdef LMC_HAVE_OPENBLAS
                    if (cd->impl == IMPL_OPENBLAS) openblas_set_num_threads(th);
#endif
                    /* Timed: the second of two back-to-back calls, the
                     * steady state of repeated calls.  The call before was
                     * another candidate's, at another thread count: after
                     * it (or after any ~17 ms pause) a timed 1024^3 at 2
                     * threads ran 4.9-5.4 ms instead of 4.7 in a tight
                     * loop -- both threads slower, not late; a 35 ms FMA
                     * loop on both threads just before did not help, one
                     * untimed call did.  Calls over
                     * WARM_CALL_MAX_S (the scalar path on large shapes)
                     * skip it: a fraction of a millisecond is noise there,
                     * and it doubled --isa all's run time. */
                    if (r == 0 || cd->first_s < WARM_CALL_MAX_S) run_once(cd->impl, s, th, &cd->x);
                    const double t0 = now_s();
                    run_once(cd->impl, s, th, &cd->x);
                    const double dt = now_s() - t0;
                    if (r == 0) cd->first_s = dt;
                    if (r > 0) cd->t[r - 1] = dt * 1e3;
                    if (dt > slowest && !(cd->isa == LMC_ISA_SCALAR && reps <= 0)) slowest = dt;
                }
                /* OpenBLAS's pthreads build: its threads spin a while after
                 * a call: let them sleep before lmconv's OpenMP threads need
                 * the cores.  It spins up to 2^28 cycles (THREAD_TIMEOUT,
                 * ~0.1 s); with 10 ms lmconv's 1024^3 at 2 threads read
                 * 1.3-1.7x its 1-thread speed in the same rounds, 1.8-2.0x
                 * without OpenBLAS.  The pause leaves the vCPUs
                 * idle, which slows the first milliseconds after it, and
                 * libgomp's threads still spin ~10 ms into OpenBLAS's call:
                 * the OpenMP build, on libgomp's own threads, needs neither
                 * (see cmake/compare.cmake). */
                if (use_ob && th > 1 && !ob_gomp) {
                    struct timespec ts = {0, 120000000};
                    nanosleep(&ts, NULL);
                }
            }
            if (r == 0 && reps <= 0)
                rounds = slowest > 0.5 ? 3 : slowest > 0.05 ? 5 : slowest > 0.005 ? 11 : 21;
        }
        for (int ti = 0; ti < nthreads; ti++) {
            const int th = threads[ti];
            const double peak_here = median(pk[ti], rounds);
            for (int c = 0; c < nc; c++) {
                struct cand *cd = &cands[c];
                if (cd->ti != ti) continue;
                const double ms = median(cd->t, rounds);
                const double gf = flops / (ms * 1e-3) * 1e-9;
                const double pct = 100.0 * gf / peak_here;
                const char *iname = cd->isa >= 0 ? lmc_isa_name((lmc_isa)cd->isa) : "auto";
                if (csv)
                    printf("%s,%s,%zu,%zu,%zu,%d,%.4f,%.2f,%.1f\n", impl_name[cd->impl], iname, s->m,
                           s->n, s->k, th, ms, gf, pct);
                else
                    printf("%-9s %-10s %-12s %-6s %5zu %6zu %6zu %3d %9.3f %8.1f %6.1f %8.1f\n", s->set,
                           s->name, impl_name[cd->impl], iname, s->m, s->n, s->k, th, ms, gf, pct,
                           peak_here);
                fflush(stdout);
                res[nres++] = (result){cd->impl, cd->isa, th, s, gf, pct};
                free(cd->x.ws);
                free(cd->x.pa);
            }
        }
    }

    /* Summary against the SGEMM's targets (best ISA, plain lmc_sgemm). */
    FILE *out = csv ? stderr : stdout;
    const int best = nisa ? isas[0] : -1;
    double sq1 = 0, sq2 = 0, sq1_pct = 0, v_pct[64], v_ratio[64], v_ratio_pa[64], v_pct_pa[64];
    int nv = 0, nr = 0, nrp = 0, nvp = 0;
    for (size_t i = 0; i < nres; i++) {
        const result *r = &res[i];
        if (r->isa != best || r->impl != IMPL_LMC) continue;
        if (!strcmp(r->s->set, "square") && r->s->m == 1024) {
            if (r->threads == 1) sq1 = r->gflops, sq1_pct = r->pct;
            if (r->threads == 2) sq2 = r->gflops;
        }
    }
    for (size_t i = 0; i < nres; i++) {
        const result *r = &res[i];
        if (r->isa != best || r->threads != 1 || strcmp(r->s->set, "vgg16") != 0) continue;
        if (r->impl == IMPL_LMC && nv < 64) v_pct[nv++] = r->pct;
        if (r->impl == IMPL_LMC_PA && nvp < 64) v_pct_pa[nvp++] = r->pct;
        for (size_t q = 0; q < nres; q++)
            if (res[q].impl == IMPL_OPENBLAS && res[q].s == r->s && res[q].threads == 1) {
                if (r->impl == IMPL_LMC && nr < 64) v_ratio[nr++] = r->gflops / res[q].gflops;
                if (r->impl == IMPL_LMC_PA && nrp < 64) v_ratio_pa[nrp++] = r->gflops / res[q].gflops;
            }
    }
    if (best >= 0) {
        fprintf(out, "\nsummary (%s, 1 thread unless noted):\n", lmc_isa_name((lmc_isa)best));
        if (sq1 > 0) fprintf(out, "  1024^3: %.1f GFLOP/s = %.1f %% of peak (target >= 85 %%)\n", sq1, sq1_pct);
        if (sq1 > 0 && sq2 > 0) fprintf(out, "  1024^3: 2 threads / 1 thread = %.2fx (target >= 1.8x)\n", sq2 / sq1);
        if (nv) fprintf(out, "  VGG-16 im2col shapes: median %.1f %% of peak (lmconv, target >= 80 %%)\n", median(v_pct, nv));
        if (nvp) fprintf(out, "  VGG-16 im2col shapes: median %.1f %% of peak (lmconv-pa)\n", median(v_pct_pa, nvp));
        if (nr) fprintf(out, "  VGG-16 im2col shapes: median speed vs OpenBLAS %.2fx (lmconv), min %.2fx (target >= 1.0x)\n", median(v_ratio, nr), (qsort(v_ratio, (size_t)nr, sizeof(double), cmp_sort_d), v_ratio[0]));
        if (nrp) fprintf(out, "  VGG-16 im2col shapes: median speed vs OpenBLAS %.2fx (lmconv-pa), min %.2fx\n", median(v_ratio_pa, nrp), (qsort(v_ratio_pa, (size_t)nrp, sizeof(double), cmp_sort_d), v_ratio_pa[0]));
    }
    free(res);
    free(x.a);
    free(x.b);
    free(x.c);
    free(x.ws);
    free(x.pa);
    return 0;
}
