/* im2row (NHWC): per image and group, lower the input into the row matrix
 * A[(oy, ox)][(ky, kx, c)] and compute Y_g = A * W_g^T with one GEMM whose
 * result lands directly in the NHWC output (row stride M).  Extra memory:
 * Ho * Wo * KH * KW * C/g floats + the GEMM's packing.  A 1x1, stride-1,
 * unpadded layer multiplies the input in place (a strided operand). */
#include <string.h>

#include "gemm/gemm.h"
#include "internal.h"

static const char *im2row_unsupported(const lmc_problem *p)
{
    return p->d.layout == LMC_NHWC ? NULL : "im2row takes NHWC activations (use im2col for NCHW)";
}

static size_t row_elems(const lmc_problem *p)
{
    return lmc_is_pointwise(p) ? 0 : lmc_mul3(p->k_red, (size_t)p->ho, (size_t)p->wo);
}

typedef struct {
    size_t rows, gemm, total;
} im2row_layout;

static im2row_layout layout_of(const lmc_problem *p, int threads)
{
    lmc_booking b = {0};
    im2row_layout l;
    l.rows = lmc_book(&b, lmc_mul(row_elems(p), sizeof(float)));
    l.gemm = lmc_book(&b, lmc_sgemm_prepacked_b_workspace_bytes(
                              (size_t)p->ho * (size_t)p->wo, (size_t)p->mg, p->k_red, threads));
    l.total = b.total;
    return l;
}

static size_t im2row_workspace(const lmc_problem *p, int threads)
{
    return layout_of(p, threads).total;
}

/* The weights of each group packed once as the GEMM's B operand W_g^T
 * (C/g*KH*KW x M/g; the caller's NHWC weights read transposed). */
static size_t group_packed(const lmc_problem *p)
{
    return lmc_sgemm_packed_b_bytes(p->k_red, (size_t)p->mg);
}

static size_t im2row_packed(const lmc_problem *p)
{
    return lmc_mul(group_packed(p), (size_t)p->d.groups);
}

static void im2row_pack(const lmc_problem *p, const float *w, void *packed)
{
    const size_t mg = (size_t)p->mg, kred = p->k_red;
    for (size_t g = 0; g < (size_t)p->d.groups; g++)
        lmc_sgemm_pack_b(kred, mg, w + g * mg * kred, 1, (ptrdiff_t)kred,
                         (char *)packed + g * group_packed(p));
}

typedef struct {
    const lmc_problem *p;
    const float *x;          /* the image's first channel of the group */
    float *rows;
} lower_ctx;

/* Output rows [begin, end) of the row matrix of one image and group;
 * channel c of pixel (iy, ix) is x[(iy * W + ix) * C + c]. */
static void lower_rows(void *ctx, long begin, long end)
{
    const lower_ctx *lc = ctx;
    const lmc_problem *p = lc->p;
    const lmc_conv_desc *d = &p->d;
    const float *x = lc->x;
    float *rows = lc->rows;
    const long KH = d->kh, KW = d->kw, WO = p->wo, H = d->h, W = d->w, C = d->c;
    const size_t cg = (size_t)p->cg, kred = p->k_red;
    for (long oy = begin; oy < end; oy++) {
        for (long ox = 0; ox < WO; ox++) {
            float *dst = rows + (size_t)(oy * WO + ox) * kred;
            for (long ky = 0; ky < KH; ky++) {
                const long iy = oy * d->stride_h - d->pad_top + ky * d->dil_h;
                for (long kx = 0; kx < KW; kx++, dst += cg) {
                    const long ix = ox * d->stride_w - d->pad_left + kx * d->dil_w;
                    if (iy < 0 || iy >= H || ix < 0 || ix >= W)
                        memset(dst, 0, cg * sizeof(float));
                    else
                        memcpy(dst, x + (size_t)(iy * W + ix) * (size_t)C, cg * sizeof(float));
                }
            }
        }
    }
}

static void im2row_execute(const lmc_exec_args *a)
{
    const lmc_problem *p = a->p;
    const lmc_conv_desc *d = &p->d;
    const im2row_layout l = layout_of(p, a->threads);
    float *rows = (float *)((char *)a->ws + l.rows);
    void *gws = (char *)a->ws + l.gemm;
    const size_t hw = (size_t)d->h * (size_t)d->w, howo = (size_t)p->ho * (size_t)p->wo;
    const size_t kred = p->k_red, mg = (size_t)p->mg, cg = (size_t)p->cg;
    const size_t C = (size_t)d->c, M = (size_t)d->m;

    for (size_t n = 0; n < (size_t)d->n; n++) {
        for (size_t g = 0; g < (size_t)d->groups; g++) {
            const float *xg = a->x + n * hw * C + g * cg;
            float *yg = a->y + n * howo * M + g * mg;
            const float *op_a = xg;
            ptrdiff_t rsa = (ptrdiff_t)C;
            if (!lmc_is_pointwise(p)) {
                lower_ctx lc = {p, xg, rows};
                lmc_parallel_for((long)p->ho, a->threads, lower_rows, &lc);
                op_a = rows;
                rsa = (ptrdiff_t)kred;
            }
            lmc_sgemm_prepacked_b(howo, mg, kred, 1.0f, op_a, rsa, 1,
                                  (const char *)a->packed + g * group_packed(p), 0.0f, yg,
                                  (ptrdiff_t)M, gws, a->threads);
            lmc_epilogue(p, yg, howo, mg, M, a->bias, g * mg, false);
        }
    }
}

static double im2row_cost(const lmc_problem *p, int threads)
{
    return p->flops / (60e9 * threads) + (double)row_elems(p) * p->d.n * p->d.groups * 8.0 / 5e9;
}

const lmc_algorithm lmc_algo_im2row = {
    .id = LMC_ALGO_IM2ROW,
    .name = "im2row",
    .unsupported = im2row_unsupported,
    .workspace_bytes = im2row_workspace,
    .packed_weight_bytes = im2row_packed,
    .pack_weights = im2row_pack,
    .execute = im2row_execute,
    .exact = true,
    .cost = im2row_cost,
};
