/* The accumulating kn2row / kn2col driver (Anderson et al. 2017, the
 * O(MHW) algorithm; papers.md 3.3), shared by kn2row-as (CHW) and kn2col-as
 * (HWC).  Per image, group and tap (ky, kx):
 *   T = W_tap * X_tap            CHW: mg x n, X_tap = cg x n input view
 *   T = X_tap * W_tap^T          HWC: n x mg
 * where X_tap is the input read through a column stride (kn2_block: in
 * lattice mode one GEMM spans all valid rows of the tap, reading input
 * pixel src + j * stride_w for column j, so stride > 1 and dilation need no
 * copy), then the valid pixels of T are added into the output, which was
 * set to the bias first.  T (mg x the largest block: M*H*W floats for a
 * stride-1 "same" layer) is the only buffer besides the GEMM's packing. */
#include "algo/kn2_common.h"
#include "gemm/gemm.h"

static bool is_hwc(const lmc_problem *p) { return p->d.layout == LMC_NHWC; }

static size_t gemm_ws(const lmc_problem *p, size_t n, int threads)
{
    const size_t mg = (size_t)p->mg, cg = (size_t)p->cg;
    return is_hwc(p) ? lmc_sgemm_workspace_bytes(n, mg, cg, threads)
                     : lmc_sgemm_workspace_bytes(mg, n, cg, threads);
}

typedef struct {
    size_t t, gemm, total;
} accum_layout;

/* The GEMM's packing is not monotone in its sizes (balanced blocking), so
 * the booking is the largest over the GEMM shapes that actually occur. */
static accum_layout layout_of(const lmc_problem *p, int threads)
{
    size_t g = 0;
    for (int ky = 0; ky < p->d.kh; ky++)
        for (int kx = 0; kx < p->d.kw; kx++) {
            const kn2_tap t = kn2_tap_geom(p, ky, kx);
            if (kn2_block_count(p, &t) == 0) continue;
            const size_t w = gemm_ws(p, kn2_block_get(p, &t, 0).n, threads);
            if (w > g) g = w;
        }
    lmc_booking b = {0};
    accum_layout l;
    l.t = lmc_book(&b, lmc_mul3((size_t)p->mg, kn2_max_block(p), sizeof(float)));
    l.gemm = lmc_book(&b, g);
    l.total = b.total;
    return l;
}

size_t kn2_accum_workspace(const lmc_problem *p, int threads) { return layout_of(p, threads).total; }

typedef struct {
    const lmc_problem *p;
    const kn2_tap *t;
    const kn2_block *b;
    const float *T;
    float *y;                /* output of the image, first channel of the group */
} add_ctx;

/* CHW: output channels [begin, end) of the block. */
static void add_chw(void *ctx, long begin, long end)
{
    const add_ctx *s = ctx;
    const lmc_problem *p = s->p;
    const kn2_tap *t = s->t;
    const long L = kn2_lattice(p), wo = p->wo;
    const size_t howo = (size_t)p->ho * (size_t)wo;
    for (long m = begin; m < end; m++) {
        const float *tm = s->T + (size_t)m * s->b->n;
        float *ym = s->y + (size_t)m * howo;
        for (long oy = s->b->oy0; oy < s->b->oy1; oy++) {
            const float *src = tm + (L ? (oy - s->b->oy0) * L : 0);
            float *yr = ym + oy * wo;
            /* Column of (oy, ox) is row offset + ox - xlo. */
            for (long ox = t->xlo; ox < t->xhi; ox++) yr[ox] += src[ox - t->xlo];
        }
    }
}

/* HWC: output rows [oy0 + begin, oy0 + end) of the block. */
static void add_hwc(void *ctx, long begin, long end)
{
    const add_ctx *s = ctx;
    const lmc_problem *p = s->p;
    const kn2_tap *t = s->t;
    const size_t mg = (size_t)p->mg, M = (size_t)p->d.m;
    for (long oy = s->b->oy0 + begin; oy < s->b->oy0 + end; oy++)
        for (long ox = t->xlo; ox < t->xhi; ox++) {
            const float *src = s->T + (size_t)kn2_block_col(p, t, s->b, oy, ox) * mg;
            float *yp = s->y + ((size_t)oy * (size_t)p->wo + (size_t)ox) * M;
            for (size_t m = 0; m < mg; m++) yp[m] += src[m];
        }
}

void kn2_accum_execute(const lmc_exec_args *a)
{
    const lmc_problem *p = a->p;
    const lmc_conv_desc *d = &p->d;
    const accum_layout l = layout_of(p, a->threads);
    float *T = (float *)((char *)a->ws + l.t);
    void *gws = (char *)a->ws + l.gemm;
    const bool hwc = is_hwc(p);
    const size_t hw = (size_t)d->h * (size_t)d->w, howo = (size_t)p->ho * (size_t)p->wo;
    const size_t mg = (size_t)p->mg, cg = (size_t)p->cg, C = (size_t)d->c, M = (size_t)d->m;
    const ptrdiff_t sw = d->stride_w;
    for (size_t n = 0; n < (size_t)d->n; n++)
        for (size_t g = 0; g < (size_t)d->groups; g++) {
            /* Input: channel 0 of the group; output: likewise. */
            const float *xg = hwc ? a->x + n * hw * C + g * cg : a->x + (n * C + g * cg) * hw;
            float *yg = hwc ? a->y + n * howo * M + g * mg : a->y + (n * M + g * mg) * howo;
            const float *bias = a->bias ? a->bias + g * mg : NULL;
            if (hwc) kn2_fill_bias(yg, howo, mg, M, bias, false);
            else kn2_fill_bias(yg, mg, howo, howo, bias, true);
            for (int ky = 0; ky < d->kh; ky++)
                for (int kx = 0; kx < d->kw; kx++) {
                    const kn2_tap t = kn2_tap_geom(p, ky, kx);
                    const float *wt = kn2_tap_weights(p, a->packed, g, (size_t)(ky * d->kw + kx));
                    const long nb = kn2_block_count(p, &t);
                    for (long i = 0; i < nb; i++) {
                        const kn2_block b = kn2_block_get(p, &t, i);
                        add_ctx s = {p, &t, &b, T, yg};
                        if (hwc) {
                            /* Row j of op(A) is input pixel src + j*sw (C floats
                             * apart per pixel); op(B)(c, m) = W_tap[m][c]. */
                            lmc_sgemm(b.n, mg, cg, 1.0f, xg + b.src * C, sw * (ptrdiff_t)C, 1, wt, 1,
                                      (ptrdiff_t)cg, 0.0f, T, (ptrdiff_t)mg, gws, a->threads);
                            lmc_parallel_for(b.oy1 - b.oy0, a->threads, add_hwc, &s);
                        } else {
                            lmc_sgemm(mg, b.n, cg, 1.0f, wt, (ptrdiff_t)cg, 1, xg + b.src,
                                      (ptrdiff_t)hw, sw, 0.0f, T, (ptrdiff_t)b.n, gws, a->threads);
                            lmc_parallel_for((long)mg, a->threads, add_chw, &s);
                        }
                    }
                }
            if (d->relu) {
                if (hwc) lmc_epilogue(p, yg, howo, mg, M, NULL, 0, false);
                else lmc_epilogue(p, yg, mg, howo, howo, NULL, 0, true);
            }
        }
}

double kn2_accum_cost(const lmc_problem *p, int threads)
{
    /* The GEMMs (lattice mode computes L/Wo times the useful columns) plus
     * T written and read and the output updated once per tap. */
    const long L = kn2_lattice(p);
    const double waste = L ? (double)L / p->wo : 1.0;
    const double traffic = 4.0 * p->d.kh * p->d.kw * (double)p->d.m * p->ho * p->wo * p->d.n;
    return p->flops * waste / (60e9 * threads) + traffic * 4.0 / 10e9;
}
