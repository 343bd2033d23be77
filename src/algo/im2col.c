/* im2col (Caffe) and its NHWC form im2row: per image and group, lower the
 * input into a matrix whose rows or columns are the receptive fields, and
 * compute the group's output with one GEMM against the weights packed at
 * plan time.
 *   NCHW: B[(c, ky, kx)][(oy, ox)], Y_g = W_g * B (the GEMM's A: W_g)
 *   NHWC: A[(oy, ox)][(ky, kx, c)], Y_g = A * W_g^T, written in place into
 *         the NHWC output (row stride M; the GEMM's B: W_g^T)
 * Extra memory: C/g * KH * KW * Ho * Wo floats + the GEMM's packing.  A
 * 1x1, stride-1, unpadded layer needs no lowering: the GEMM reads the
 * input itself. */
#include <string.h>

#include "cost.h"
#include "gemm/gemm.h"
#include "internal.h"

typedef struct {
    const lmc_gemm_ctx *g;   /* the GEMM's ISA, chosen once */
    bool rows;               /* NHWC: the row form */
    size_t lowered;          /* floats of the lowered matrix (0: pointwise) */
    size_t group_packed;     /* bytes of one group's packed weights */
    size_t gemm_off;         /* workspace offset of the GEMM's packing */
} im2col_plan;

static const char *im2col_unsupported(const lmc_problem *p, int variant)
{
    (void)variant;
    return p->d.layout == LMC_NCHW || p->d.layout == LMC_NHWC ? NULL
                                                               : "im2col takes NCHW or NHWC activations";
}

static void im2col_init(lmc_algo_plan *ap, int variant)
{
    (void)variant;
    const lmc_problem *p = &ap->p;
    im2col_plan *s = LMC_ALGO_STATE(im2col_plan, ap);
    s->g = lmc_gemm_ctx_active();
    s->rows = p->d.layout == LMC_NHWC;
    const size_t howo = (size_t)p->ho * (size_t)p->wo, mg = (size_t)p->mg;
    s->lowered = lmc_is_pointwise(p) ? 0 : lmc_mul(p->k_red, howo);
    lmc_booking b = {0};
    lmc_book(&b, lmc_mul(s->lowered, sizeof(float)));
    if (s->rows) {
        s->gemm_off = lmc_book(&b, lmc_sgemm_prepacked_b_workspace_bytes(s->g, howo, mg, p->k_red, ap->threads));
        s->group_packed = lmc_sgemm_packed_b_bytes(s->g, p->k_red, mg);
    } else {
        s->gemm_off = lmc_book(&b, lmc_sgemm_prepacked_a_workspace_bytes(s->g, mg, howo, p->k_red, ap->threads));
        s->group_packed = lmc_sgemm_packed_a_bytes(s->g, mg, p->k_red);
    }
    ap->variant = -1;
    ap->ws_bytes = b.total;
    ap->packed_bytes = lmc_mul(s->group_packed, (size_t)p->d.groups);
}

/* Each group's weights, row-major M/g x (C/g*KH*KW) in either layout's
 * order (the lowering follows it), packed once as the GEMM's A (NCHW) or
 * transposed as its B (NHWC). */
static void im2col_pack(const lmc_algo_plan *ap, const float *w, void *packed)
{
    const lmc_problem *p = &ap->p;
    const im2col_plan *s = LMC_ALGO_STATE(im2col_plan, ap);
    const size_t mg = (size_t)p->mg, kred = p->k_red;
    for (size_t g = 0; g < (size_t)p->d.groups; g++) {
        char *dst = (char *)packed + g * s->group_packed;
        if (s->rows) lmc_sgemm_pack_b(s->g, kred, mg, w + g * mg * kred, 1, (ptrdiff_t)kred, dst);
        else lmc_sgemm_pack_a(s->g, mg, kred, w + g * mg * kred, (ptrdiff_t)kred, 1, dst);
    }
}

typedef struct {
    const lmc_problem *p;
    const float *x;          /* the image's first channel of the group */
    float *lowered;
} lower_ctx;

/* Rows [begin, end) of the column matrix of one image and group (NCHW):
 * row (c, ky, kx), column (oy, ox). */
static void lower_cols(void *ctx, long begin, long end)
{
    const lower_ctx *lc = ctx;
    const lmc_problem *p = lc->p;
    const lmc_conv_desc *d = &p->d;
    const long KH = d->kh, KW = d->kw, HO = p->ho, WO = p->wo, H = d->h, W = d->w;
    for (long r = begin; r < end; r++) {
        const long c = r / (KH * KW), ky = (r / KW) % KH, kx = r % KW;
        const float *xc = lc->x + (size_t)c * (size_t)(H * W);
        float *dst = lc->lowered + (size_t)r * (size_t)(HO * WO);
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

/* Output rows [begin, end) of the row matrix of one image and group
 * (NHWC); channel c of pixel (iy, ix) is x[(iy * W + ix) * C + c]. */
static void lower_rows(void *ctx, long begin, long end)
{
    const lower_ctx *lc = ctx;
    const lmc_problem *p = lc->p;
    const lmc_conv_desc *d = &p->d;
    const long KH = d->kh, KW = d->kw, WO = p->wo, H = d->h, W = d->w, C = d->c;
    const size_t cg = (size_t)p->cg, kred = p->k_red;
    for (long oy = begin; oy < end; oy++) {
        for (long ox = 0; ox < WO; ox++) {
            float *dst = lc->lowered + (size_t)(oy * WO + ox) * kred;
            for (long ky = 0; ky < KH; ky++) {
                const long iy = oy * d->stride_h - d->pad_top + ky * d->dil_h;
                for (long kx = 0; kx < KW; kx++, dst += cg) {
                    const long ix = ox * d->stride_w - d->pad_left + kx * d->dil_w;
                    if (iy < 0 || iy >= H || ix < 0 || ix >= W)
                        memset(dst, 0, cg * sizeof(float));
                    else
                        memcpy(dst, lc->x + (size_t)(iy * W + ix) * (size_t)C, cg * sizeof(float));
                }
            }
        }
    }
}

static void im2col_execute(const lmc_algo_plan *ap, const lmc_exec_args *a)
{
    const lmc_problem *p = &ap->p;
    const lmc_conv_desc *d = &p->d;
    const im2col_plan *s = LMC_ALGO_STATE(im2col_plan, ap);
    float *lowered = a->ws;
    void *gws = (char *)a->ws + s->gemm_off;
    const size_t hw = (size_t)d->h * (size_t)d->w, howo = (size_t)p->ho * (size_t)p->wo;
    const size_t kred = p->k_red, mg = (size_t)p->mg, cg = (size_t)p->cg;
    const size_t C = (size_t)d->c, M = (size_t)d->m;
    for (size_t n = 0; n < (size_t)d->n; n++)
        for (size_t g = 0; g < (size_t)d->groups; g++) {
            const void *wg = (const char *)a->packed + g * s->group_packed;
            lower_ctx lc = {p, NULL, lowered};
            if (s->rows) {
                lc.x = a->x + n * hw * C + g * cg;
                float *yg = a->y + n * howo * M + g * mg;
                const float *op_a = lc.x;
                ptrdiff_t rsa = (ptrdiff_t)C;
                if (s->lowered) {
                    lmc_parallel_for((long)p->ho, ap->threads, lower_rows, &lc);
                    op_a = lowered;
                    rsa = (ptrdiff_t)kred;
                }
                lmc_sgemm_prepacked_b(s->g, howo, mg, kred, 1.0f, op_a, rsa, 1, 0, 0, wg, 0.0f, yg,
                                      (ptrdiff_t)M, gws, ap->threads);
                lmc_epilogue(p, yg, howo, mg, M, a->bias, g * mg, false);
            } else {
                lc.x = a->x + (n * C + g * cg) * hw;
                float *yg = a->y + (n * M + g * mg) * howo;
                const float *b = lc.x;
                if (s->lowered) {
                    lmc_parallel_for((long)kred, ap->threads, lower_cols, &lc);
                    b = lowered;
                }
                lmc_sgemm_prepacked_a(s->g, mg, howo, kred, 1.0f, wg, b, (ptrdiff_t)howo, 1, 0.0f, yg,
                                      (ptrdiff_t)howo, gws, ap->threads);
                lmc_epilogue(p, yg, mg, howo, howo, a->bias, g * mg, true);
            }
        }
}

static double im2col_cost(const lmc_algo_plan *ap)
{
    const lmc_problem *p = &ap->p;
    const im2col_plan *s = LMC_ALGO_STATE(im2col_plan, ap);
    const double lowered = (double)s->lowered * p->d.n * p->d.groups;
    return lmc_cost_compute(p->flops, ap->threads, LMC_EFF_GEMM) + lmc_cost_bytes(lowered * 8.0, LMC_BW_COPY);
}

const lmc_algorithm lmc_algo_im2col = {
    .id = LMC_ALGO_IM2COL, .name = "im2col", .exact = true, .unsupported = im2col_unsupported,
    .init = im2col_init, .pack = im2col_pack, .execute = im2col_execute, .cost = im2col_cost};
