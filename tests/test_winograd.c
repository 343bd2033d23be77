/* Winograd (every variant): tiles cut by the image's edges, odd sizes,
 * padding 0, 1, 2 and asymmetric, groups, batch 2, 1 and 2 threads, NCHW
 * and NHWC, on real-valued data within the derived error bound
 * (harness.h, lmc_winograd_bound), with the memory contract of
 * lmc_run_checked.  Prints the worst |error| / bound per variant, checks
 * the bound can fail (a wrong weight leaves it), the workspace
 * formula of src/algo/winograd.c, that the chunked variants' workspace
 * does not grow with H and W, and the unsupported cases. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cpu.h"
#include "gemm/gemm.h"
#include "harness.h"

#define NV 7 /* variant 0 (the family's choice) and the six named ones */
static double worst[NV], worst_rel[NV], worst_bound[NV];
static long passed;

static void run(const lmc_conv_desc *d, lmc_rng *r)
{
    if (lmc_desc_validate(d, NULL, NULL) != LMC_OK) return;
    const size_t nin = lmc_desc_input_elems(d), nw = lmc_desc_weight_elems(d);
    const size_t nout = lmc_desc_output_elems(d);
    float *x = malloc(nin * 4), *w = malloc(nw * 4), *b = malloc((size_t)d->m * 4);
    float *yref = malloc(nout * 4), *bound = malloc(nout * 4), *y = malloc(nout * 4);
    lmc_fill_real(x, nin, r);
    lmc_fill_real(w, nw, r);
    lmc_fill_real(b, (size_t)d->m, r);
    const float *bias = d->has_bias ? b : NULL;
    CHECK(lmc_run_ref(d, x, w, bias, yref, 2) == LMC_OK, "ref");
    double ymax = 0;
    /* A compare, not fmax: GCC 12 for aarch64 fails (internal error) to
     * vectorise an fmax reduction of widened floats. */
    for (size_t i = 0; i < nout; i++)
        if (fabs((double)yref[i]) > ymax) ymax = fabs((double)yref[i]);
    for (int v = 0; v < NV; v++) {
        CHECK(lmc_test_error_bound(d, LMC_ALGO_WINOGRAD, v, x, w, b, bound), "no bound");
        for (int t = 1; t <= 2; t++) {
            lmc_check_case c = {d, LMC_ALGO_WINOGRAD, v, t, x, w, bias, yref, bound, t == 1 ? GUARD_AFTER : GUARD_BEFORE, 0xA5};
            bool unsup;
            if (lmc_run_checked(&c, &unsup, NULL)) passed++;
            CHECK(!unsup, "winograd unsupported on a 3x3 stride-1 problem");
        }
        /* The measured error against the bound, outside the harness. */
        lmc_plan_opts o;
        lmc_plan_opts_init(&o);
        o.algo = LMC_ALGO_WINOGRAD;
        o.variant = v;
        lmc_plan *p;
        if (lmc_plan_create(d, &o, w, bias, &p) != LMC_OK) continue;
        size_t wsb = lmc_plan_workspace_bytes(p);
        void *ws = malloc(wsb ? wsb : 1);
        CHECK(lmc_execute(p, x, y, ws, wsb) == LMC_OK, "execute");
        double bmax = 0;
        for (size_t i = 0; i < nout; i++) {
            const double e = fabs((double)y[i] - yref[i]);
            if (bound[i] > 0) worst[v] = fmax(worst[v], e / bound[i]);
            if (ymax > 0) worst_rel[v] = fmax(worst_rel[v], e / ymax);
            bmax = fmax(bmax, bound[i]);
        }
        worst_bound[v] = fmax(worst_bound[v], ymax > 0 ? bmax / ymax : 0);
        /* The bound can fail: with the first weight of each output channel
         * off by one (a wrong tap, as a bug would give), outputs leave it. */
        if (v == 2 && d->c / d->groups <= 16) {
            float *w2 = malloc(nw * 4), *y2 = malloc(nout * 4);
            memcpy(w2, w, nw * 4);
            const size_t per_m = nw / (size_t)d->m;
            for (int mo = 0; mo < d->m; mo++) w2[(size_t)mo * per_m] += 1.0f;
            lmc_plan *p2;
            if (lmc_plan_create(d, &o, w2, bias, &p2) == LMC_OK) {
                CHECK(lmc_execute(p2, x, y2, ws, wsb) == LMC_OK, "execute");
                size_t out = 0;
                for (size_t i = 0; i < nout; i++) out += fabs((double)y2[i] - yref[i]) > bound[i];
                CHECK(out > 0, "a wrong weight stays within the bound");
                passed++;
                lmc_plan_destroy(p2);
            }
            free(w2);
            free(y2);
        }
        free(ws);
        lmc_plan_destroy(p);
    }
    free(x); free(w); free(b); free(yref); free(bound); free(y);
}

/* Workspace of the chunked variants against the formula in winograd.c's
 * header, at 1 and 2 threads, both layouts; the same figure for every H, W. */
static void check_workspace(void)
{
    static const struct { int c, m, g; } cases[] = {{64, 64, 1}, {3, 16, 1}, {256, 512, 1}, {32, 32, 4}};
    const lmc_gemm_ctx *gc = lmc_gemm_ctx_active();
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        for (int layout = 0; layout < 2; layout++)
            for (int th = 1; th <= 2; th++)
                for (int v = 1; v <= 3; v++) {
                    size_t prev = 0;
                    for (int hw = 56; hw <= 224; hw *= 2) {
                        lmc_conv_desc d;
                        lmc_desc_init(&d, 1, cases[i].c, hw, hw, cases[i].m, 3, 3);
                        d.groups = cases[i].g;
                        d.layout = layout ? LMC_NHWC : LMC_NCHW;
                        d.pad_top = d.pad_bottom = d.pad_left = d.pad_right = 1;
                        size_t ws = 0, pk = 0;
                        CHECK(lmc_query(&d, LMC_ALGO_WINOGRAD, v, th, &ws, &pk) == LMC_OK, "query");
                        const size_t m = (size_t)(2 * v), a = m + 2, cg = (size_t)(d.c / d.groups);
                        const size_t mg = (size_t)(d.m / d.groups), tiles = ((size_t)hw + m - 1) / m * (((size_t)hw + m - 1) / m);
                        const size_t mr = gc->k.mr;
                        size_t t = lmc_cpu()->l2_bytes / 4 * 3 / (a * a * (cg + mg) * 4) / mr * mr;
                        if (t < mr) t = mr;
                        if (a * a * lmc_sgemm_packed_b_bytes(gc, cg, mg) > lmc_cpu()->l3_bytes / 8 * 3 && t < 4 * mr) t = 4 * mr;
                        if (t > tiles) t = tiles;
                        const size_t chunks = (tiles + t - 1) / t, last = tiles - (chunks - 1) * t;
                        size_t gw = 0;
                        for (int k = 0; k < 2; k++) {
                            const size_t n = k ? last : t;
                            const size_t x = lmc_sgemm_prepacked_b_workspace_bytes(gc, n, mg, cg, 1);
                            if (x > gw) gw = x;
                        }
                        const size_t units = chunks * (size_t)d.groups, workers = units < (size_t)th ? units : (size_t)th;
                        const size_t want = workers * (a * a * (cg + mg) * t * 4 + gw);
                        CHECK(ws == want, "winograd:%s C=%d M=%d g=%d %dx%d t%d: workspace %zu, formula %zu",
                              lmc_algo_variant_name(LMC_ALGO_WINOGRAD, v), d.c, d.m, d.groups, hw, hw, th, ws, want);
                        const size_t pwant = (size_t)d.groups * a * a * lmc_sgemm_packed_b_bytes(gc, cg, mg);
                        CHECK(pk == pwant, "packed weights %zu, formula %zu", pk, pwant);
                        /* Bounded independently of H and W: by the same formula
                         * with the GEMM's largest packing over every chunk size. */
                        size_t gmax = 0;
                        for (size_t n = 1; n <= t; n++) {
                            const size_t x = lmc_sgemm_prepacked_b_workspace_bytes(gc, n, mg, cg, 1);
                            if (x > gmax) gmax = x;
                        }
                        const size_t cap = (size_t)th * (a * a * (cg + mg) * t * 4 + gmax);
                        CHECK(ws <= cap, "workspace %zu above its H, W-independent cap %zu", ws, cap);
                        if (prev && t < tiles / 2) CHECK(cap == prev, "cap grows with H, W: %zu -> %zu", prev, cap);
                        if (t < tiles / 2) prev = cap;
                        passed++;
                    }
                }
}

int main(void)
{
    lmc_rng r = {2121};
    CHECK(!lmc_algo_is_exact(LMC_ALGO_WINOGRAD), "winograd claims exactness");
    CHECK(lmc_algo_variant_count(LMC_ALGO_WINOGRAD) == NV - 1, "variants");
    /* Unsupported, with a reason. */
    lmc_conv_desc d;
    lmc_desc_init(&d, 1, 8, 10, 10, 8, 3, 3);
    d.layout = LMC_NCHW16C;
    CHECK(lmc_unsupported_reason(&d, LMC_ALGO_WINOGRAD, 0) != NULL, "blocked layout");
    d.layout = LMC_NCHW;
    d.stride_h = 2;
    CHECK(lmc_unsupported_reason(&d, LMC_ALGO_WINOGRAD, 0) != NULL, "stride 2");
    d.stride_h = 1;
    d.dil_w = 2;
    CHECK(lmc_unsupported_reason(&d, LMC_ALGO_WINOGRAD, 0) != NULL, "dilation");
    d.dil_w = 1;
    d.kh = 5;
    CHECK(lmc_unsupported_reason(&d, LMC_ALGO_WINOGRAD, 0) != NULL, "5x3 kernel");

    /* Edges, odd sizes, padding, groups, batch. */
    static const int cases[][14] = {
        /* n  c   h   w   m  kh kw sh sw pt pb pl pr g */
        {1, 1, 3, 3, 1, 3, 3, 1, 1, 0, 0, 0, 0, 1},      /* one output */
        {1, 3, 7, 9, 5, 3, 3, 1, 1, 0, 0, 0, 0, 1},      /* 5x7 output: every tile size cut */
        {2, 4, 13, 11, 6, 3, 3, 1, 1, 1, 1, 1, 1, 1},    /* batch 2, odd sizes, same padding */
        {1, 5, 8, 8, 7, 3, 3, 1, 1, 2, 2, 2, 2, 1},      /* padding 2: whole tiles of zeros */
        {1, 6, 10, 7, 9, 3, 3, 1, 1, 2, 0, 1, 2, 1},     /* asymmetric padding */
        {2, 8, 9, 12, 12, 3, 3, 1, 1, 1, 1, 1, 1, 2},    /* 2 groups */
        {1, 16, 6, 6, 16, 3, 3, 1, 1, 1, 1, 1, 1, 16},   /* depthwise */
        {1, 37, 15, 17, 35, 3, 3, 1, 1, 1, 1, 1, 1, 1},  /* channels not a multiple of 16 */
        {2, 64, 14, 14, 64, 3, 3, 1, 1, 1, 1, 1, 1, 1},  /* several chunks */
        {1, 256, 7, 7, 128, 3, 3, 1, 1, 1, 1, 1, 1, 1},  /* deep reduction */
        {3, 2, 4, 30, 3, 3, 3, 1, 1, 0, 1, 0, 1, 1},     /* wide and flat */
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
        for (int layout = 0; layout < 2; layout++) {
            const int *e = cases[i];
            d = lmc_test_desc(e);
            d.groups = e[13];
            d.layout = layout ? LMC_NHWC : LMC_NCHW;
            d.has_bias = (int)((i + 1) & 1);
            d.relu = (int)((i >> 1) & 1);
            run(&d, &r);
        }
    /* Random 3x3 stride-1 problems. */
    for (int i = 0; i < 30; i++) {
        const int g = lmc_rng_int(&r, 1, 3);
        lmc_desc_init(&d, lmc_rng_int(&r, 1, 2), g * lmc_rng_int(&r, 1, 24), lmc_rng_int(&r, 3, 23),
                      lmc_rng_int(&r, 3, 23), g * lmc_rng_int(&r, 1, 24), 3, 3);
        d.groups = g;
        d.pad_top = lmc_rng_int(&r, 0, 2);
        d.pad_bottom = lmc_rng_int(&r, 0, 2);
        d.pad_left = lmc_rng_int(&r, 0, 2);
        d.pad_right = lmc_rng_int(&r, 0, 2);
        d.layout = lmc_rng_int(&r, 0, 1) ? LMC_NHWC : LMC_NCHW;
        d.has_bias = lmc_rng_int(&r, 0, 1);
        d.relu = lmc_rng_int(&r, 0, 1);
        run(&d, &r);
    }
    check_workspace();
    /* AUTO keeps to exact families unless told otherwise; told, it takes
     * Winograd where the cost model says it is faster (a deep 3x3 layer)
     * and not where the transforms dominate (3 input channels). */
    for (int k = 0; k < 2; k++) {
        lmc_desc_init(&d, 1, k ? 3 : 256, 56, 56, k ? 64 : 256, 3, 3);
        d.pad_top = d.pad_bottom = d.pad_left = d.pad_right = 1;
        d.layout = LMC_NHWC;
        float *w = calloc(lmc_desc_weight_elems(&d), sizeof *w);
        for (int inexact = 0; inexact < 2; inexact++) {
            lmc_plan_opts o;
            lmc_plan_opts_init(&o);
            o.threads = 1;
            o.flags = inexact ? LMC_PLAN_INEXACT : 0;
            lmc_plan *p;
            CHECK(lmc_plan_create(&d, &o, w, NULL, &p) == LMC_OK, "auto");
            const bool wino = lmc_plan_algo(p) == LMC_ALGO_WINOGRAD;
            CHECK(wino == (inexact && k == 0), "AUTO (inexact %d, C=%d) chose %s", inexact, d.c,
                  lmc_plan_algorithm(p));
            passed++;
            lmc_plan_destroy(p);
        }
        free(w);
    }
    for (int v = 0; v < NV; v++)
        printf("  winograd%s%s: worst |error| / bound %.3g, |error| / max|y| %.3g, bound / max|y| %.3g\n",
               v ? ":" : "", v ? lmc_algo_variant_name(LMC_ALGO_WINOGRAD, v) : "", worst[v], worst_rel[v],
               worst_bound[v]);
    return lmc_test_finish("test_winograd", passed);
}
