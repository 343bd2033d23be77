/* kn2row (NCHW; Vasudevan, Anderson & Gregg, ASAP 2017): per image and
 * group, ONE GEMM of all KH*KW taps stacked, (KH*KW*mg) x cg times the
 * input cg x H*W, into a buffer P of KH*KW*mg*H*W floats; then shift-add:
 * y[m][oy][ox] = bias + sum over taps of P[tap][m][oy*sh + ry][ox*sw + rx]
 * where that input pixel is inside the image.  The GEMM computes every
 * input pixel, so with stride s it does s_h*s_w times the useful work --
 * this is the original algorithm, kept as the baseline of the family.
 * Extra memory: KH*KW*mg*H*W floats + the GEMM's packing. */
#include "algo/kn2_common.h"
#include "cost.h"
#include "gemm/gemm.h"

typedef struct {
    const lmc_gemm_ctx *g;
    size_t gemm_off;         /* workspace offset of the GEMM's packing (P first) */
} kn2row_plan;

static const char *kn2row_unsupported(const lmc_problem *p, int variant)
{
    (void)variant;
    return p->d.layout == LMC_NCHW ? NULL
                                   : "kn2row takes NCHW activations (kn2row-as has an NHWC form)";
}

static void kn2row_init(lmc_algo_plan *ap, int variant)
{
    (void)variant;
    const lmc_problem *p = &ap->p;
    kn2row_plan *s = LMC_ALGO_STATE(kn2row_plan, ap);
    s->g = lmc_gemm_ctx_active();
    const size_t taps = lmc_mul((size_t)p->d.kh, (size_t)p->d.kw);
    const size_t hw = lmc_mul((size_t)p->d.h, (size_t)p->d.w);
    const size_t rows = lmc_mul(taps, (size_t)p->mg);
    lmc_booking b = {0};
    lmc_book(&b, lmc_mul3(rows, hw, sizeof(float)));
    s->gemm_off = lmc_book(&b, lmc_sgemm_workspace_bytes(s->g, rows, hw, (size_t)p->cg, ap->threads));
    ap->variant = -1;
    ap->ws_bytes = b.total;
    ap->packed_bytes = kn2_tapmajor_bytes(p);
}

static void kn2row_pack(const lmc_algo_plan *ap, const float *w, void *packed)
{
    kn2_tapmajor_pack(&ap->p, w, packed);
}

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

static void kn2row_execute(const lmc_algo_plan *ap, const lmc_exec_args *a)
{
    const lmc_problem *p = &ap->p;
    const lmc_conv_desc *d = &p->d;
    const kn2row_plan *s = LMC_ALGO_STATE(kn2row_plan, ap);
    float *buf = a->ws;
    void *gws = (char *)a->ws + s->gemm_off;
    const size_t hw = (size_t)d->h * (size_t)d->w, howo = (size_t)p->ho * (size_t)p->wo;
    const size_t mg = (size_t)p->mg, cg = (size_t)p->cg;
    const size_t rows = (size_t)d->kh * (size_t)d->kw * mg;
    for (size_t n = 0; n < (size_t)d->n; n++)
        for (size_t g = 0; g < (size_t)d->groups; g++) {
            const float *xg = a->x + (n * (size_t)d->c + g * cg) * hw;
            float *yg = a->y + (n * (size_t)d->m + g * mg) * howo;
            /* The tap-major weights of a group are exactly the stacked
             * (KH*KW*mg) x cg matrix. */
            lmc_sgemm(s->g, rows, hw, cg, 1.0f, kn2_tap_weights(p, a->packed, g, 0), (ptrdiff_t)cg, 1,
                      xg, (ptrdiff_t)hw, 1, 0.0f, buf, (ptrdiff_t)hw, gws, ap->threads);
            shift_ctx sc = {p, buf, yg, a->bias ? a->bias + g * mg : NULL};
            lmc_parallel_for((long)mg, ap->threads, shift_add, &sc);
        }
}

static double kn2row_cost(const lmc_algo_plan *ap)
{
    /* The GEMM over all H*W input pixels plus the K^2*M*H*W buffer's traffic. */
    const lmc_problem *p = &ap->p;
    const double s = (double)p->d.stride_h * p->d.stride_w;
    const double buf = (double)p->d.kh * p->d.kw * p->d.m * p->d.h * p->d.w * p->d.n;
    return lmc_cost_compute(p->flops * s, ap->threads, LMC_EFF_GEMM) + lmc_cost_bytes(buf * 8.0, LMC_BW_COPY);
}

const lmc_algorithm lmc_algo_kn2row = {
    .id = LMC_ALGO_KN2ROW, .name = "kn2row", .exact = true, .unsupported = kn2row_unsupported,
    .init = kn2row_init, .pack = kn2row_pack, .execute = kn2row_execute, .cost = kn2row_cost};
