/* indirect (NHWC): indirect convolution (Dukhan 2019, as in XNNPACK's
 * igemm).  No lowered matrix: an indirection buffer holds, for every tap
 * and output pixel, a pointer to the input pixel (its C channels) that the
 * tap reads, or to a shared row of C zeros when it reads the padding.  The
 * GEMM-like loop then takes its left operand's rows through those pointers:
 *     Y[pixel][m] = sum over taps, c of  ind[tap][pixel][c] * W_tap[m][c]
 * so strides, dilation and padding are all in the pointers.
 *
 * The rows are gathered through the pointers into an MR-row packed panel
 * (lmconv's micro-kernel takes affine operands), per tap and channel block,
 * for a chunk of up to 8 panels of MR pixels, and multiplied with the
 * GEMM's register micro-kernel against the tap's weight panels (NR output
 * channels each, packed at plan time), accumulating into the output
 * (beta = 1 after the first tap).  Bias and ReLU are applied per chunk.
 *
 * The input pointer is only known at execute, so the indirection buffer is
 * built there, per image, into the workspace.
 * Extra memory: KH*KW*Ho*Wo pointers + C zeros + per thread one packed
 * block of kn2_kc(KH*KW*cg, 256) x MR * min(8, panels) floats.  As in
 * kn2row-aa, a block of the reduction holds several taps when cg is small. */
#include <string.h>

#include "algo/kn2_common.h"
#include "cost.h"

#define IND_PANELS 8

static const char *ind_unsupported(const lmc_problem *p, int variant)
{
    (void)variant;
    return p->d.layout == LMC_NHWC ? NULL : "indirect takes NHWC activations";
}

static size_t panels_of(const lmc_problem *p, size_t mr)
{
    return ((size_t)p->ho * (size_t)p->wo + mr - 1) / mr;
}

static size_t block_kc(const lmc_problem *p)
{
    return kn2_kc((size_t)p->d.kh * (size_t)p->d.kw * (size_t)p->cg, 256);
}

static size_t per_thread_floats(const lmc_problem *p, const lmc_gemm_ukernels *k)
{
    const size_t P = panels_of(p, k->mr);
    return lmc_mul3(block_kc(p), k->mr, P < IND_PANELS ? P : IND_PANELS);
}

typedef struct {
    const lmc_gemm_ctx *g;
    size_t ind, zero, blocks;   /* workspace offsets */
    size_t per;                 /* floats of one thread's packed block */
} ind_plan;

static void ind_init(lmc_algo_plan *ap, int variant)
{
    (void)variant;
    const lmc_problem *p = &ap->p;
    ind_plan *s = LMC_ALGO_STATE(ind_plan, ap);
    s->g = lmc_gemm_ctx_active();
    s->per = per_thread_floats(p, &s->g->k);
    const size_t taps = lmc_mul((size_t)p->d.kh, (size_t)p->d.kw);
    lmc_booking b = {0};
    s->ind = lmc_book(&b, lmc_mul4(taps, (size_t)p->ho, (size_t)p->wo, sizeof(const float *)));
    s->zero = lmc_book(&b, lmc_mul((size_t)p->d.c, sizeof(float)));
    s->blocks = lmc_book(&b, lmc_mul3(s->per, (size_t)ap->threads, sizeof(float)));
    ap->variant = -1;
    ap->ws_bytes = b.total;
    ap->packed_bytes = kn2_panels_bytes(p, s->g->k.nr);
}

static void ind_pack(const lmc_algo_plan *ap, const float *w, void *packed)
{
    kn2_panels_pack(&ap->p, w, LMC_ALGO_STATE(ind_plan, ap)->g->k.nr, packed);
}

typedef struct {
    const lmc_problem *p;
    const ind_plan *s;
    const lmc_exec_args *a;
    long items;              /* pixel panels of all groups of one image */
    long nthr;               /* threads with work: min(threads, items) */
    const float *xn;         /* the image's input */
    float *yn;               /* the image's output */
} ind_ctx;

/* The workspace may have any alignment: pointers go in and out by memcpy. */
static unsigned char *ind_base(const ind_ctx *cx) { return (unsigned char *)cx->a->ws + cx->s->ind; }
static const float *zero_row(const ind_ctx *cx)
{
    return (const float *)((const char *)cx->a->ws + cx->s->zero);
}

/* Rows (tap, oy) [begin, end) of the indirection buffer of one image. */
static void build_rows(void *ctx, long begin, long end)
{
    const ind_ctx *cx = ctx;
    const lmc_problem *p = cx->p;
    const lmc_conv_desc *d = &p->d;
    const long HO = p->ho, WO = p->wo, C = d->c, W = d->w;
    for (long r = begin; r < end; r++) {
        const long tap = r / HO, oy = r % HO;
        const kn2_tap t = kn2_tap_geom(p, (int)(tap / d->kw), (int)(tap % d->kw));
        unsigned char *dst = ind_base(cx) + ((size_t)tap * (size_t)(HO * WO) + (size_t)(oy * WO)) * sizeof(const float *);
        const bool row_in = oy >= t.ylo && oy < t.yhi;
        for (long ox = 0; ox < WO; ox++) {
            const float *ptr = zero_row(cx);
            if (row_in && ox >= t.xlo && ox < t.xhi)
                ptr = cx->xn + ((oy * d->stride_h + t.ry) * W + ox * d->stride_w + t.rx) * C;
            memcpy(dst + (size_t)ox * sizeof ptr, &ptr, sizeof ptr);
        }
    }
}

/* One chunk: pixel panels [q0, q1) of group g of the current image.  Per
 * block of the reduction, the chunk's pixels are gathered through their
 * pointers into MR-row panels, then multiplied by the GEMM's macro-kernel
 * against the weight panels (beta 0 on the first block: every tap covers
 * every pixel, with zeros where it reads padding). */
static void run_chunk(const ind_ctx *cx, float *blk, size_t g, size_t q0, size_t q1)
{
    const lmc_exec_args *a = cx->a;
    const lmc_problem *p = cx->p;
    const lmc_conv_desc *d = &p->d;
    const lmc_gemm_ctx *gc = cx->s->g;
    const size_t mr = gc->k.mr, nr = gc->k.nr;
    const size_t howo = (size_t)p->ho * (size_t)p->wo, M = (size_t)d->m;
    const size_t mg = (size_t)p->mg, cg = (size_t)p->cg, kcb = block_kc(p);
    const size_t red = (size_t)d->kh * (size_t)d->kw * cg;
    const unsigned char *ind = ind_base(cx);
    const size_t j0 = q0 * mr, j1 = q1 * mr < howo ? q1 * mr : howo;
    for (size_t r0 = 0; r0 < red; r0 += kcb) {
        const size_t kb = red - r0 < kcb ? red - r0 : kcb;
        /* Gather: panel q, step r, row i <- pixel q*MR + i through the
         * pointer of tap r / cg, channel r % cg. */
        for (size_t q = q0; q < q1; q++) {
            float *dst = blk + (q - q0) * kb * mr;
            for (size_t i = 0; i < mr; i++) {
                const size_t j = q * mr + i;
                if (j >= howo) {
                    for (size_t r = 0; r < kb; r++) dst[r * mr + i] = 0.0f;
                    continue;
                }
                for (size_t r = r0; r < r0 + kb;) {
                    const size_t tap = r / cg, c = r % cg;
                    const size_t cnt = cg - c < r0 + kb - r ? cg - c : r0 + kb - r;
                    const float *src;
                    memcpy(&src, ind + (tap * howo + j) * sizeof src, sizeof src);
                    src += g * cg + c;
                    float *dr = dst + (r - r0) * mr + i;
                    for (size_t s = 0; s < cnt; s++) dr[s * mr] = src[s];
                    r += cnt;
                }
            }
        }
        const lmc_gemm_block mk = {j1 - j0, mg, kb, blk, kb * mr,
                                   kn2_panel(p, a->packed, nr, g, 0) + r0 * nr, red * nr, (ptrdiff_t)nr,
                                   cx->yn + j0 * M + g * mg, (ptrdiff_t)M, 1.0f, r0 == 0 ? 0.0f : 1.0f};
        lmc_gemm_macro(gc, &mk, 0);
    }
    lmc_epilogue(p, cx->yn + j0 * M + g * mg, j1 - j0, mg, M, a->bias, g * mg, false);
}

static void ind_thread(void *ctx, long begin, long end)
{
    const ind_ctx *cx = ctx;
    const size_t P = panels_of(cx->p, cx->s->g->k.mr);
    for (long t = begin; t < end; t++) {
        float *blk = (float *)((char *)cx->a->ws + cx->s->blocks) + (size_t)t * cx->s->per;
        long i, e;
        kn2_share(cx->items, t, cx->nthr, &i, &e);
        while (i < e) {
            const size_t g = (size_t)i / P, q0 = (size_t)i % P;
            size_t q1 = q0 + IND_PANELS;
            if (q1 > P) q1 = P;
            if (q1 - q0 > (size_t)(e - i)) q1 = q0 + (size_t)(e - i);
            run_chunk(cx, blk, g, q0, q1);
            i += (long)(q1 - q0);
        }
    }
}

static void ind_execute(const lmc_algo_plan *ap, const lmc_exec_args *a)
{
    const lmc_problem *p = &ap->p;
    const lmc_conv_desc *d = &p->d;
    const ind_plan *s = LMC_ALGO_STATE(ind_plan, ap);
    ind_ctx cx;
    cx.p = p;
    cx.s = s;
    cx.a = a;
    cx.items = (long)(panels_of(p, s->g->k.mr) * (size_t)p->d.groups);
    cx.nthr = cx.items < ap->threads ? cx.items : ap->threads;
    memset((char *)a->ws + s->zero, 0, (size_t)d->c * sizeof(float));
    const size_t hwc = (size_t)d->h * (size_t)d->w * (size_t)d->c;
    const size_t howom = (size_t)p->ho * (size_t)p->wo * (size_t)d->m;
    for (size_t n = 0; n < (size_t)d->n; n++) {
        cx.xn = a->x + n * hwc;
        cx.yn = a->y + n * howom;
        lmc_parallel_for((long)d->kh * d->kw * p->ho, ap->threads, build_rows, &cx);
        /* One index per working thread, so each knows its block. */
        lmc_parallel_for(cx.nthr, ap->threads, ind_thread, &cx);
    }
}

static double ind_cost(const lmc_algo_plan *ap)
{
    const lmc_problem *p = &ap->p;
    const double gather = (double)p->d.kh * p->d.kw * p->d.c * p->ho * p->wo * p->d.n;
    return lmc_cost_compute(p->flops, ap->threads, LMC_EFF_GEMM) +
           lmc_cost_bytes(gather * 4.0 / ap->threads, LMC_BW_COPY);
}

const lmc_algorithm lmc_algo_indirect = {
    .id = LMC_ALGO_INDIRECT, .name = "indirect", .exact = true, .unsupported = ind_unsupported,
    .init = ind_init, .pack = ind_pack, .execute = ind_execute, .cost = ind_cost};
