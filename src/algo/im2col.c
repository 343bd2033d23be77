/* im2col (NCHW, Caffe): per image and group, lower the input into the
 * column matrix B[(c, ky, kx)][(oy, ox)] and compute Y_g = W_g * B with one
 * GEMM.  Extra memory: C/g * KH * KW * Ho * Wo floats + the GEMM's packing.
 * A 1x1, stride-1, unpadded layer needs no lowering: B is the input itself. */
#include <string.h>

#include "gemm/gemm.h"
#include "internal.h"

static const char *im2col_unsupported(const lmc_problem *p)
{
    return p->d.layout == LMC_NCHW ? NULL : "im2col takes NCHW activations (use im2row for NHWC)";
}

static size_t col_elems(const lmc_problem *p)
{
    return lmc_is_pointwise(p) ? 0 : lmc_mul3(p->k_red, (size_t)p->ho, (size_t)p->wo);
}

typedef struct {
    size_t col, gemm;        /* offsets */
    size_t total;
} im2col_layout;

static im2col_layout layout_of(const lmc_problem *p, int threads)
{
    lmc_booking b = {0};
    im2col_layout l;
    l.col = lmc_book(&b, lmc_mul(col_elems(p), sizeof(float)));
    l.gemm = lmc_book(&b, lmc_sgemm_prepacked_a_workspace_bytes(
                              (size_t)p->mg, (size_t)p->ho * (size_t)p->wo, p->k_red, threads));
    l.total = b.total;
    return l;
}

static size_t im2col_workspace(const lmc_problem *p, int threads)
{
    return layout_of(p, threads).total;
}

/* The weights of each group packed once as the GEMM's A operand
 * (M/g x C/g*KH*KW, row-major in the caller's NCHW weights). */
static size_t group_packed(const lmc_problem *p)
{
    return lmc_sgemm_packed_a_bytes((size_t)p->mg, p->k_red);
}

static size_t im2col_packed(const lmc_problem *p)
{
    return lmc_mul(group_packed(p), (size_t)p->d.groups);
}

static void im2col_pack(const lmc_problem *p, const float *w, void *packed)
{
    const size_t mg = (size_t)p->mg, kred = p->k_red;
    for (size_t g = 0; g < (size_t)p->d.groups; g++)
        lmc_sgemm_pack_a(mg, kred, w + g * mg * kred, (ptrdiff_t)kred, 1,
                         (char *)packed + g * group_packed(p));
}

typedef struct {
    const lmc_problem *p;
    const float *x;          /* the image's first channel of the group */
    float *col;
} lower_ctx;

/* Rows [begin, end) of the column matrix of one image and group: row
 * (c, ky, kx), column (oy, ox). */
static void lower_rows(void *ctx, long begin, long end)
{
    const lower_ctx *lc = ctx;
    const lmc_problem *p = lc->p;
    const lmc_conv_desc *d = &p->d;
    const float *x = lc->x;
    float *col = lc->col;
    const long KH = d->kh, KW = d->kw, HO = p->ho, WO = p->wo, H = d->h, W = d->w;
    for (long r = begin; r < end; r++) {
        const long c = r / (KH * KW), ky = (r / KW) % KH, kx = r % KW;
        const float *xc = x + (size_t)c * (size_t)(H * W);
        float *dst = col + (size_t)r * (size_t)(HO * WO);
        long ylo, yhi, xlo, xhi;
        lmc_valid_range(HO, H, d->stride_h, d->pad_top, ky * d->dil_h, &ylo, &yhi);
        lmc_valid_range(WO, W, d->stride_w, d->pad_left, kx * d->dil_w, &xlo, &xhi);
        memset(dst, 0, (size_t)(ylo * WO) * sizeof(float));
        for (long oy = ylo; oy < yhi; oy++) {
            float *drow = dst + oy * WO;
            const float *srow = xc + (oy * d->stride_h - d->pad_top + ky * d->dil_h) * W;
            const long ix0 = xlo * d->stride_w - d->pad_left + kx * d->dil_w;
            for (long ox = 0; ox < xlo; ox++) drow[ox] = 0.0f;
            if (d->stride_w == 1) {
                memcpy(drow + xlo, srow + ix0, (size_t)(xhi - xlo) * sizeof(float));
            } else {
                for (long ox = xlo; ox < xhi; ox++) drow[ox] = srow[ix0 + (ox - xlo) * d->stride_w];
            }
            for (long ox = xhi; ox < WO; ox++) drow[ox] = 0.0f;
        }
        memset(dst + yhi * WO, 0, (size_t)((HO - yhi) * WO) * sizeof(float));
    }
}

static void im2col_execute(const lmc_exec_args *a)
{
    const lmc_problem *p = a->p;
    const lmc_conv_desc *d = &p->d;
    const im2col_layout l = layout_of(p, a->threads);
    float *col = (float *)((char *)a->ws + l.col);
    void *gws = (char *)a->ws + l.gemm;
    const size_t hw = (size_t)d->h * (size_t)d->w, howo = (size_t)p->ho * (size_t)p->wo;
    const size_t kred = p->k_red, mg = (size_t)p->mg, cg = (size_t)p->cg;

    for (size_t n = 0; n < (size_t)d->n; n++) {
        for (size_t g = 0; g < (size_t)d->groups; g++) {
            const float *xg = a->x + (n * (size_t)d->c + g * cg) * hw;
            float *yg = a->y + (n * (size_t)d->m + g * mg) * howo;
            const float *b = xg;
            if (!lmc_is_pointwise(p)) {
                lower_ctx lc = {p, xg, col};
                lmc_parallel_for((long)kred, a->threads, lower_rows, &lc);
                b = col;
            }
            lmc_sgemm_prepacked_a(mg, howo, kred, 1.0f, (const char *)a->packed + g * group_packed(p),
                                  b, (ptrdiff_t)howo, 1, 0.0f, yg, (ptrdiff_t)howo, gws, a->threads);
            lmc_epilogue(p, yg, mg, howo, howo, a->bias, g * mg, true);
        }
    }
}

static double im2col_cost(const lmc_problem *p, int threads)
{
    /* GEMM at ~60 GFLOP/s per thread plus the lowering's traffic at ~5 GB/s. */
    return p->flops / (60e9 * threads) + (double)col_elems(p) * p->d.n * p->d.groups * 8.0 / 5e9;
}

const lmc_algorithm lmc_algo_im2col = {
    .id = LMC_ALGO_IM2COL,
    .name = "im2col",
    .unsupported = im2col_unsupported,
    .workspace_bytes = im2col_workspace,
    .packed_weight_bytes = im2col_packed,
    .pack_weights = im2col_pack,
    .execute = im2col_execute,
    .exact = true,
    .cost = im2col_cost,
};
