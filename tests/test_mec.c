/* MEC (src/algo/mec.c): the reported workspace equals the formula, derived
 * here from the problem alone (not through mec.c's booking code):
 *
 *   rows of L per output column
 *     R = Ho * KH                    if stride_h >= (KH-1)*dil_h + 1 (disjoint windows)
 *       = (Ho-1) * stride_h + KH     else if dil_h == 1
 *       = (Ho-1) * stride_h + (KH-1)*dil_h + 1   otherwise
 *   |L| = Wo * R * KW * C/g  floats per image (and group)
 *   mec-b: |L| (0 if the GEMM reads the input: KH == 1, no padding and
 *          NHWC with KW == 1 or (groups == 1 and dil_w == 1), or NCHW 1x1)
 *   mec-a: N*|L| + N*Ho*Wo*M/g (the temporary)
 *   mec:   mec-a if N > 1 and 4*Wo < 3*roundup(Wo, MR) (MR: the GEMM's
 *          micro-tile rows), else mec-b
 *   bands: a GEMM multiplies a band of b output rows, rows = b*Wo (B) or
 *     b*N*Wo (A).  Output rows are split among w workers (w = min(threads,
 *     Ho) when threads > 1 and Ho >= 2*threads, else 1), worker i taking
 *     rows [Ho*i/w, Ho*(i+1)/w); a worker's cnt rows are cut into
 *     nb = ceil(cnt / band) bands of floor(cnt/nb) or ceil(cnt/nb) rows,
 *     where band = floor(MC / (Wo or N*Wo)) (MC: the GEMM's row block),
 *     or 1 when that is 0, for the transposed GEMM below, and when the
 *     windows are unevenly spaced in L (dil_h > 1, stride_h < dilated KH
 *     and stride_h not a multiple of dil_h).
 *   + NCHW, mec-b, lowered and K >= M/g: w * bmax * Wo * M/g (the GEMM
 *     result before its transpose into NCHW), bmax the largest band
 *   + GEMM packing: w times the largest, over the band sizes b used, of
 *     lmc_sgemm_prepacked_b_workspace_bytes(rows(b), M/g, KH*KW*C/g, t), or for
 *     mec-b on NCHW read in place or with K < M/g (one output row per GEMM)
 *     lmc_sgemm_prepacked_a_workspace_bytes(M/g, Wo, K, t); t = 1 when
 *     w > 1 (single-threaded slices), else threads,
 * with threads = 1 when an image and group is under 1 MFLOP.
 * Checked on a grid of synthetic shapes and on every layer of the
 * real-network shape sets, both layouts, batch 1 and 4, 1 and 2 threads.
 * It also checks the lowering's corner cases bit-exactly against the
 * reference (padding wider than the kernel, dilated rows grouped by residue,
 * disjoint windows, no-lowering paths, solution A with groups, bands of
 * output rows per GEMM). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gemm/gemm.h"
#include "harness.h"

static long passed;

/* MEC's own choice, and its variants by name. */
typedef enum { RULE, SOL_A, SOL_B } mec_kind;
static const char *const KIND_NAME[] = {"mec", "mec:a", "mec:b"};

static int variant_of(mec_kind k)
{
    int v = 0;
    lmc_algo a;
    if (k != RULE) CHECK(lmc_algo_parse(KIND_NAME[k], &a, &v) == LMC_OK, "%s", KIND_NAME[k]);
    return v;
}

static size_t formula(const lmc_conv_desc *d, mec_kind kind, int threads)
{
    const lmc_gemm_ctx *g0 = lmc_gemm_ctx_active();
    int ho, wo;
    if (lmc_desc_validate(d, &ho, &wo) != LMC_OK) return 0;
    const size_t N = (size_t)d->n, cg = (size_t)(d->c / d->groups), mg = (size_t)(d->m / d->groups);
    const size_t khd = (size_t)(d->kh - 1) * (size_t)d->dil_h + 1;
    size_t R;
    if ((size_t)d->stride_h >= khd) R = (size_t)ho * (size_t)d->kh;
    else R = (size_t)(ho - 1) * (size_t)d->stride_h + khd;   /* khd == KH when dil_h == 1 */
    const size_t L = (size_t)wo * R * (size_t)d->kw * cg;
    const bool nhwc = d->layout == LMC_NHWC;
    const bool nopad = !d->pad_top && !d->pad_bottom && !d->pad_left && !d->pad_right;
    const bool direct = d->kh == 1 && nopad &&
                        (nhwc ? d->kw == 1 || (d->groups == 1 && d->dil_w == 1) : d->kw == 1);
    const size_t mr = g0->k.mr;
    const size_t panels = ((size_t)wo + mr - 1) / mr * mr;   /* rows of Wo's micro-panels */
    bool sol_a = kind == SOL_A || (kind == RULE && d->n > 1 && 4 * (size_t)wo < 3 * panels);
    size_t floats = sol_a ? N * L + N * (size_t)ho * (size_t)wo * mg : direct ? 0 : L;
    const size_t rows = sol_a ? N * (size_t)wo : (size_t)wo;
    const size_t k = (size_t)d->kh * (size_t)d->kw * cg;
    /* mec-b on NCHW read in place or with K < M/g: the transposed GEMM,
     * weights as A, no U. */
    const bool trans = !nhwc && !sol_a && (direct || k < mg);
    /* One thread when an image and group is under 1 MFLOP. */
    if (lmc_desc_flops(d) / ((double)d->n * d->groups) < 1e6) threads = 1;
    const bool rows_par = threads > 1 && ho >= 2 * threads;
    const size_t workers = rows_par ? (size_t)(ho < threads ? ho : threads) : 1;
    const size_t mc = g0->mc;
    const bool uneven = d->dil_h > 1 && (size_t)d->stride_h < khd && d->stride_h % d->dil_h != 0;
    size_t band = mc / rows;
    if (band == 0 || trans || uneven) band = 1;
    const int t = rows_par ? 1 : threads;
    size_t bmax = 0, gemm = 0;
    for (size_t i = 0; i < workers; i++) {
        const size_t cnt = (size_t)ho * (i + 1) / workers - (size_t)ho * i / workers;
        const size_t nb = (cnt + band - 1) / band;
        for (size_t b = cnt / nb; b <= (cnt + nb - 1) / nb; b++) {
            if (b > bmax) bmax = b;
            const size_t g = trans ? lmc_sgemm_prepacked_a_workspace_bytes(g0, mg, b * rows, k, t)
                                   : lmc_sgemm_prepacked_b_workspace_bytes(g0, b * rows, mg, k, t);
            if (g > gemm) gemm = g;
        }
    }
    /* NCHW lowered, solution B: each worker's (band x Wo) x M/g buffer U. */
    if (!nhwc && !sol_a && !trans) floats += workers * bmax * (size_t)wo * mg;
    return floats * sizeof(float) + workers * gemm;
}

static void check_sizes(const lmc_conv_desc *d, const char *what)
{
    if (lmc_desc_validate(d, NULL, NULL) != LMC_OK) return;
    for (size_t ai = 0; ai < 3; ai++)
        for (int t = 1; t <= 2; t++) {
            size_t ws = 0;
            lmc_status s = lmc_query(d, LMC_ALGO_MEC, variant_of((mec_kind)ai), t, &ws, NULL);
            char buf[256];
            CHECK(s == LMC_OK, "%s %s: query failed: %s", what, lmc_layer_str(d, buf, sizeof buf),
                  lmc_strerror(s));
            if (s != LMC_OK) continue;
            const size_t want = formula(d, (mec_kind)ai, t);
            CHECK(ws == want, "%s %s %s layout=%d threads=%d: workspace %zu, formula %zu", what,
                  KIND_NAME[ai], lmc_layer_str(d, buf, sizeof buf), (int)d->layout, t, ws, want);
            if (ws == want) passed++;
        }
}

/* Bit-exact against the reference, at 1 and 2 threads, both layouts. */
static void check_exact(lmc_conv_desc d, lmc_rng *r)
{
    for (int layout = 0; layout < 2; layout++) {
        d.layout = layout ? LMC_NHWC : LMC_NCHW;
        if (lmc_desc_validate(&d, NULL, NULL) != LMC_OK || !lmc_exact_ok(&d)) continue;
        const size_t nx = lmc_desc_input_elems(&d), nw = lmc_desc_weight_elems(&d);
        const size_t ny = lmc_desc_output_elems(&d);
        float *x = malloc(nx * 4), *w = malloc(nw * 4), *b = malloc((size_t)d.m * 4);
        float *y = malloc(ny * 4);
        lmc_fill_exact(x, nx, r);
        lmc_fill_exact(w, nw, r);
        lmc_fill_exact(b, (size_t)d.m, r);
        const float *bias = d.has_bias ? b : NULL;
        CHECK(lmc_run_ref(&d, x, w, bias, y, 2) == LMC_OK, "ref");
        for (size_t ai = 0; ai < 3; ai++)
            for (int t = 1; t <= 2; t++) {
                lmc_check_case c = {&d, LMC_ALGO_MEC, variant_of((mec_kind)ai), t, x, w, bias, y, NULL,
                                    GUARD_AFTER, 0x6B};
                bool unsup;
                if (lmc_run_checked(&c, &unsup, NULL)) passed++;
                CHECK(!unsup, "MEC refused a problem");
            }
        free(x); free(w); free(b); free(y);
    }
}

int main(void)
{
    /* Synthetic grid: every row map, the no-lowering paths, groups, batch. */
    static const int ks[] = {1, 2, 3, 5};
    for (int n = 1; n <= 4; n += 3)
        for (size_t ki = 0; ki < 4; ki++)
            for (int s = 1; s <= 3; s++)
                for (int dil = 1; dil <= 3; dil += 2)
                    for (int pad = 0; pad <= 2; pad += 2)
                        for (int g = 1; g <= 2; g++)
                            for (int layout = 0; layout < 2; layout++) {
                                lmc_conv_desc d;
                                lmc_desc_init(&d, n, 4 * g, 17, 15, 6 * g, ks[ki], ks[(ki + 1) % 4]);
                                d.stride_h = s;
                                d.stride_w = 1 + (s % 2);
                                d.dil_h = dil;
                                d.dil_w = 1 + (dil == 1);
                                d.pad_top = pad;
                                d.pad_bottom = pad / 2;
                                d.pad_left = pad / 2;
                                d.pad_right = pad;
                                d.groups = g;
                                d.layout = layout ? LMC_NHWC : LMC_NCHW;
                                check_sizes(&d, "grid");
                            }

    /* Real networks: every layer of both shape sets, batch 1 and 4. */
    long layers = 0;
    for (int batch = 1; batch <= 4; batch += 3) {
        lmc_layer *L;
        size_t n = lmc_load_real_shapes(batch, &L);
        for (size_t i = 0; i < n; i++)
            for (int layout = 0; layout < 2; layout++) {
                lmc_conv_desc d = L[i].d;
                d.layout = layout ? LMC_NHWC : LMC_NCHW;
                check_sizes(&d, L[i].name);
                layers++;
            }
        free(L);
    }
    CHECK(layers > 500, "too few real-network layers: %ld", layers);

    /* Corner cases of the lowering, bit-exact. */
    lmc_rng r = {606};
    static const int cases[][16] = {
        /* n  c   h   w   m kh kw sh sw pt pb pl pr dh dw g */
        {1, 3, 9, 8, 5, 1, 1, 1, 1, 3, 2, 4, 3, 1, 1, 1},   /* padding wider than the kernel */
        {2, 4, 11, 9, 6, 2, 3, 1, 1, 1, 0, 2, 1, 1, 1, 1},  /* A at N=2, asymmetric padding */
        {1, 6, 16, 12, 4, 3, 3, 1, 2, 1, 1, 1, 1, 3, 2, 2}, /* dilated rows by residue */
        {2, 5, 19, 7, 3, 3, 2, 2, 1, 0, 1, 0, 0, 2, 1, 1},  /* residue with stride */
        {1, 8, 13, 13, 8, 2, 2, 5, 3, 1, 1, 0, 0, 2, 2, 2}, /* disjoint dilated windows */
        {3, 8, 9, 9, 12, 1, 1, 2, 2, 0, 0, 0, 0, 1, 1, 4}, /* 1x1 stride 2, groups: no lowering */
        {2, 7, 6, 14, 5, 1, 3, 1, 2, 0, 0, 0, 0, 1, 1, 1}, /* 1x3 NHWC read in place */
        {2, 6, 12, 10, 9, 3, 3, 1, 1, 1, 1, 1, 1, 1, 1, 3}, /* A with groups */
        {1, 4, 40, 6, 4, 3, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1}, /* tall: rows in parallel */
        {3, 8, 7, 7, 16, 3, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1}, /* Wo = 7, batch: `mec` takes A */
        {1, 8, 40, 24, 16, 3, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1}, /* several bands per worker, U */
        {1, 4, 30, 20, 8, 3, 3, 2, 1, 2, 2, 1, 1, 2, 1, 1}, /* dilated, stride % dil == 0: bands */
        {1, 16, 30, 30, 8, 1, 1, 2, 2, 0, 0, 0, 0, 1, 1, 1}, /* bands read in place (NHWC) */
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const int *e = cases[i];
        lmc_conv_desc d = lmc_test_desc(e);
        d.dil_h = e[13]; d.dil_w = e[14]; d.groups = e[15];
        d.has_bias = (int)(i & 1);
        d.relu = (int)((i >> 1) & 1);
        check_sizes(&d, "corner");
        check_exact(d, &r);
    }
    return lmc_test_finish("test_mec", passed);
}
