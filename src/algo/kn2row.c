/* kn2row (NCHW; Vasudevan, Anderson & Gregg, ASAP 2017): per image and
 * group, ONE GEMM of all KH*KW taps stacked, (KH*KW*mg) x cg times the
 * input cg x H*W, into a buffer P of KH*KW*mg*H*W floats; then shift-add:
 * y[m][oy][ox] = bias + sum over taps of P[tap][m][oy*sh + ry][ox*sw + rx]
 * where that input pixel is inside the image.  The GEMM computes every
 * input pixel, so with stride s it does s_h*s_w times the useful work --
 * this is the original algorithm, kept as the baseline of the family.
 * Extra memory: KH*KW*mg*H*W floats + the GEMM's packing. */
#include "algo/kn2_common.h"
#include "gemm/gemm.h"

static const char *kn2row_unsupported(const lmc_problem *p)
{
    return p->d.layout == LMC_NCHW ? NULL
                                   : "kn2row takes NCHW activations (kn2col-as is the NHWC form)";
}

typedef struct {
    size_t buf, gemm, total;
} kn2row_layout;

static kn2row_layout layout_of(const lmc_problem *p, int threads)
{
    const size_t taps = lmc_mul((size_t)p->d.kh, (size_t)p->d.kw);
    const size_t hw = lmc_mul((size_t)p->d.h, (size_t)p->d.w);
    const size_t rows = lmc_mul(taps, (size_t)p->mg);
    lmc_booking b = {0};
    kn2row_layout l;
    l.buf = lmc_book(&b, lmc_mul3(rows, hw, sizeof(float)));
    l.gemm = lmc_book(&b, lmc_sgemm_workspace_bytes(rows, hw, (size_t)p->cg, threads));
    l.total = b.total;
    return l;
}

static size_t kn2row_workspace(const lmc_problem *p, int threads) { return layout_of(p, threads).total; }

typedef struct {
    const lmc_problem *p;
    const float *buf;        /* P of this image and group */
    float *y;                /* output of this image and group */
    const float *bias;       /* mg floats of this group, or NULL */
} shift_ctx;

/* Output channels [begin, end): bias, the valid part of every tap, ReLU. */
static void shift_add(void *ctx, long begin, long end)
{
    const shift_ctx *s = ctx;
    const lmc_problem *p = s->p;
    const lmc_conv_desc *d = &p->d;
    const size_t hw = (size_t)d->h * (size_t)d->w, howo = (size_t)p->ho * (size_t)p->wo;
    const size_t mg = (size_t)p->mg;
    for (long m = begin; m < end; m++) {
        float *ym = s->y + (size_t)m * howo;
        kn2_fill_bias(ym, 1, howo, howo, s->bias ? s->bias + m : NULL, true);
        for (int ky = 0; ky < d->kh; ky++)
            for (int kx = 0; kx < d->kw; kx++) {
                const kn2_tap t = kn2_tap_geom(p, ky, kx);
                const size_t tap = (size_t)ky * (size_t)d->kw + (size_t)kx;
                const float *pm = s->buf + (tap * mg + (size_t)m) * hw;
                for (long oy = t.ylo; oy < t.yhi; oy++) {
                    float *yr = ym + oy * p->wo;
                    const float *src = pm + (oy * d->stride_h + t.ry) * d->w + t.rx;
                    if (d->stride_w == 1)
                        for (long ox = t.xlo; ox < t.xhi; ox++) yr[ox] += src[ox];
                    else
                        for (long ox = t.xlo; ox < t.xhi; ox++) yr[ox] += src[ox * d->stride_w];
                }
            }
        if (d->relu)
            for (size_t j = 0; j < howo; j++) ym[j] = ym[j] > 0.0f ? ym[j] : 0.0f;
    }
}

static void kn2row_execute(const lmc_exec_args *a)
{
    const lmc_problem *p = a->p;
    const lmc_conv_desc *d = &p->d;
    const kn2row_layout l = layout_of(p, a->threads);
    float *buf = (float *)((char *)a->ws + l.buf);
    void *gws = (char *)a->ws + l.gemm;
    const size_t hw = (size_t)d->h * (size_t)d->w, howo = (size_t)p->ho * (size_t)p->wo;
    const size_t mg = (size_t)p->mg, cg = (size_t)p->cg;
    const size_t rows = (size_t)d->kh * (size_t)d->kw * mg;
    for (size_t n = 0; n < (size_t)d->n; n++)
        for (size_t g = 0; g < (size_t)d->groups; g++) {
            const float *xg = a->x + (n * (size_t)d->c + g * cg) * hw;
            float *yg = a->y + (n * (size_t)d->m + g * mg) * howo;
            /* The tap-major weights of a group are exactly the stacked
             * (KH*KW*mg) x cg matrix. */
            lmc_sgemm(rows, hw, cg, 1.0f, kn2_tap_weights(p, a->packed, g, 0), (ptrdiff_t)cg, 1, xg,
                      (ptrdiff_t)hw, 1, 0.0f, buf, (ptrdiff_t)hw, gws, a->threads);
            shift_ctx s = {p, buf, yg, a->bias ? a->bias + g * mg : NULL};
            lmc_parallel_for((long)mg, a->threads, shift_add, &s);
        }
}

static double kn2row_cost(const lmc_problem *p, int threads)
{
    /* The GEMM over all H*W input pixels plus the K^2*M*H*W buffer's traffic. */
    const double s = (double)p->d.stride_h * p->d.stride_w;
    const double buf = (double)p->d.kh * p->d.kw * p->d.m * p->d.h * p->d.w * p->d.n;
    return p->flops * s / (60e9 * threads) + buf * 8.0 / 5e9;
}

const lmc_algorithm lmc_algo_kn2row = {
    .id = LMC_ALGO_KN2ROW,
    .name = "kn2row",
    .unsupported = kn2row_unsupported,
    .workspace_bytes = kn2row_workspace,
    .packed_weight_bytes = kn2_tapmajor_bytes,
    .pack_weights = kn2_tapmajor_pack,
    .execute = kn2row_execute,
    .exact = true,
    .cost = kn2row_cost,
};
