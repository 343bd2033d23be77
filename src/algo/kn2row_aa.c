/* kn2row-aa (NCHW): kn2row accumulating straight into the output --
 * Anderson et al. 2017's O(KW) algorithm (papers.md 3.3) -- with no M*H*W
 * buffer and without writing the caller's input.
 *
 * The convolution is the sum over taps (ky, kx) of the 1x1 products
 *     Y[m][j] += W_tap[m][c] * X[c][pixel(j) shifted by the tap]
 * where j runs over output pixels.  Each tap's product is accumulated into
 * the output itself (beta = 1) through a pointer offset: the C operand of
 * the product for output pixels [j0, j1) is y + j0 with row stride Ho*Wo.
 *
 * The border problem.  Read the input through one flattened pointer offset
 * and the pixels of a tap that fall outside the image wrap into the
 * neighbouring row (left/right borders) or channel plane (top/bottom), and
 * add wrong contributions.  Published schemes suppress them by "punching
 * holes": zeroing, for the duration of the tap's GEMM, the input rows and
 * columns the tap must not see, and restoring them afterwards (which needs
 * write access to the input and a save area of C*(p*W + p*H) floats, and
 * was buggy in the third-party implementation papers.md 3.3 dissects).
 *
 * The mechanism here punches the holes in the GEMM's packed copy instead of
 * in the input.  A GEMM never multiplies its B operand in place: it copies
 * each KC x NR panel of it into a packed buffer first.  We do that copy
 * ourselves, per tap, straight from the input (kn2_gather below): for each
 * output pixel of the panel it copies the tap's input pixel when that lies
 * inside the image and writes 0 when it lies in the padding -- the hole --
 * so wrap-around can never happen, for any stride, dilation and asymmetric
 * padding (the shift is iy = oy*stride_h + ky*dil_h - pad_top, likewise x).
 * The packed panels are then multiplied by the GEMM's own register
 * micro-kernel against the tap's weights (panels packed at plan time) with
 * beta = 1 into the output.  The input is never written, so the plan needs
 * no LMC_PLAN_DESTROY_INPUT (with the flag the input is left untouched too).
 *
 * Loop order, per thread and chunk of up to 8 panels of NR output pixels
 * and mb output channels of one image and group (chunk_panels, block_m,
 * block_kc):
 *     for block of the reduction (tap, channel), <= 256 steps:
 *         gather the chunk's panels of that block (holes = zeros);
 *         for panel: for MR rows of mg: tile (beta 0 on the first block,
 *         so the output needs no initialisation, else beta 1)
 *     then bias + ReLU on the chunk while it is in cache.
 * When cg >= the block, a block is (part of) one tap: exactly the per-tap
 * accumulating 1x1 GEMM.  When cg is small, a block holds several whole
 * taps, so a 3-channel first layer is not run as 9 products of depth 3.
 * The chunk's output stays in L2 across all taps, which is what lets the
 * K^2 accumulating products keep up with im2col's single GEMM.
 *
 * Extra memory: one packed block of kb x cols floats per thread (kb <= 256
 * reduction steps, cols = NR * min(8, panels) pixels): at most 256 KiB per
 * thread whatever C, M, H and W -- O(1), below the paper's O(KW) -- and the
 * same 256 KiB for every layer with >= 256 output channels and pixels.
 * Weights: the panels of kn2_panels_pack with R = MR. */
#include <string.h>

#include "algo/kn2_common.h"

#define KN2_AA_PANELS 8
/* Reduction block cap: a 256 x 32 B panel (32 KiB) and a 14 x 256 A
 * panel; 160 measured no better on this machine (noisy). */
#define KN2_AA_KC 256

static const char *aa_unsupported(const lmc_problem *p)
{
    return p->d.layout == LMC_NCHW ? NULL : "kn2row-aa takes NCHW activations";
}

static size_t panels_of(const lmc_problem *p, size_t nr)
{
    return ((size_t)p->ho * (size_t)p->wo + nr - 1) / nr;
}

/* Blocking.  A chunk is up to 8 panels of NR output pixels times a block
 * of mb output channels; its output (mb x cols) and the weight block of one
 * reduction block (mb x kb) are each kept to 64 Ki floats (256 KiB), so
 * together with the packed input block they stay in a 1 MiB L2 across all
 * taps.  Blocking the channels rather than shrinking the pixel chunk keeps
 * the weights (the largest operand of the deep layers: 9.4 MB for VGG's
 * conv5) streamed once per 256 pixels, not once per 128 or 64. */
static size_t chunk_panels(const lmc_problem *p, size_t nr)
{
    const size_t P = panels_of(p, nr);
    return P < KN2_AA_PANELS ? P : KN2_AA_PANELS;
}

static size_t block_m(const lmc_problem *p, const kn2_ukernel *k)
{
    const size_t cols = chunk_panels(p, k->nr) * k->nr, mg = (size_t)p->mg;
    size_t mb = 65536 / cols / k->mr * k->mr;
    if (mb < k->mr) mb = k->mr;
    return mb < mg ? mb : mg;
}

static size_t block_kc(const lmc_problem *p, const kn2_ukernel *k)
{
    size_t kc = 65536 / block_m(p, k) / 8 * 8;
    kc = kc < 64 ? 64 : kc > KN2_AA_KC ? KN2_AA_KC : kc;
    return kn2_kc((size_t)p->d.kh * (size_t)p->d.kw * (size_t)p->cg, kc);
}

static size_t per_thread_floats(const lmc_problem *p, const kn2_ukernel *k)
{
    return lmc_mul3(block_kc(p, k), k->nr, chunk_panels(p, k->nr));
}

static size_t aa_workspace(const lmc_problem *p, int threads)
{
    const kn2_ukernel k = kn2_ukernel_active();
    return lmc_mul3(per_thread_floats(p, &k), (size_t)threads, sizeof(float));
}

static size_t aa_packed(const lmc_problem *p)
{
    const kn2_ukernel k = kn2_ukernel_active();
    return lmc_add(KN2_HEADER_BYTES, kn2_panels_bytes(p, k.mr));
}

static void aa_pack(const lmc_problem *p, const float *w, void *packed)
{
    const kn2_ukernel k = kn2_ukernel_active();
    kn2_header_write(packed, &k);
    kn2_panels_pack(p, w, k.mr, (float *)((char *)packed + KN2_HEADER_BYTES));
}

/* A run of one panel's columns: zeros (src < 0) or input pixels
 * src, src + stride_w, ... of a channel plane. */
typedef struct {
    int off, len;
    long src;
} piece;
#define MAX_PIECES (3 * LMC_GEMM_NR_MAX + 1)

/* The pieces of the panel of output pixels [j0, j1) (j1 - j0 <= nr) for
 * tap t, padded with zeros to nr columns. */
static int panel_pieces(const lmc_problem *p, const kn2_tap *t, long j0, long j1, long nr,
                        piece *pc)
{
    const long wo = p->wo, W = p->d.w, sh = p->d.stride_h, sw = p->d.stride_w;
    int np = 0;
    for (long j = j0; j < j1;) {
        const long oy = j / wo, ox = j % wo;
        const long run = (wo - ox < j1 - j) ? wo - ox : j1 - j;
        const int off = (int)(j - j0);
        if (oy < t->ylo || oy >= t->yhi) {
            pc[np++] = (piece){off, (int)run, -1};
        } else {
            long a = t->xlo > ox ? t->xlo : ox, b = t->xhi < ox + run ? t->xhi : ox + run;
            if (a > ox + run) a = ox + run;
            if (b < a) b = a;
            if (a > ox) pc[np++] = (piece){off, (int)(a - ox), -1};
            if (b > a)
                pc[np++] = (piece){off + (int)(a - ox), (int)(b - a), (oy * sh + t->ry) * W + a * sw + t->rx};
            if (ox + run > b) pc[np++] = (piece){off + (int)(b - ox), (int)(ox + run - b), -1};
        }
        j += run;
    }
    if (j1 - j0 < nr) pc[np++] = (piece){(int)(j1 - j0), (int)(nr - (j1 - j0)), -1};
    return np;
}

/* Packs channels [c0, c0 + kb) of the tap's input for one panel into
 * dst[c][nr] (the hole-punched packed copy). */
static void gather_panel(const lmc_problem *p, const piece *pc, int np, const float *xg,
                         size_t c0, size_t kb, size_t nr, float *dst)
{
    const size_t hw = (size_t)p->d.h * (size_t)p->d.w;
    const long sw = p->d.stride_w;
    for (size_t c = 0; c < kb; c++, dst += nr) {
        const float *xc = xg + (c0 + c) * hw;
        for (int i = 0; i < np; i++) {
            float *d = dst + pc[i].off;
            const int len = pc[i].len;
            if (pc[i].src < 0) {
                for (int q = 0; q < len; q++) d[q] = 0.0f;
            } else if (sw == 1) {
                const float *s = xc + pc[i].src;
                for (int q = 0; q < len; q++) d[q] = s[q];
            } else {
                const float *s = xc + pc[i].src;
                for (int q = 0; q < len; q++) d[q] = s[(long)q * sw];
            }
        }
    }
}

typedef struct {
    const lmc_exec_args *a;
    kn2_ukernel k;
    long items;              /* panels of all images, groups and channel blocks */
    size_t mb, nmb;          /* channel block and number of blocks */
    long nthr;               /* threads with work: min(threads, items) */
} aa_ctx;

/* Packs steps [r0, r0 + kb) of the reduction (r = tap * cg + c) for the
 * panel of output pixels [pj0, pj1) into dst[r - r0][nr]. */
static void gather_block(const lmc_problem *p, const float *xg, size_t r0, size_t kb, size_t pj0,
                         size_t pj1, size_t nr, float *dst)
{
    const size_t cg = (size_t)p->cg;
    piece pc[MAX_PIECES];
    for (size_t r = r0; r < r0 + kb;) {
        const size_t tap = r / cg, c = r % cg;
        const size_t cnt = cg - c < r0 + kb - r ? cg - c : r0 + kb - r;
        const kn2_tap t = kn2_tap_geom(p, (int)(tap / (size_t)p->d.kw), (int)(tap % (size_t)p->d.kw));
        const int np = panel_pieces(p, &t, (long)pj0, (long)pj1, (long)nr, pc);
        gather_panel(p, pc, np, xg, c, cnt, nr, dst + (r - r0) * nr);
        r += cnt;
    }
}

/* One chunk: panels [q0, q1), output channels [mlo, mhi) of image n,
 * group g.  The reduction runs over
 * (tap, channel) in blocks of kb steps: one block is part of one tap when
 * cg is large, several whole taps when cg is small (a 3-channel first layer
 * would otherwise run 9 products of depth 3). */
static void run_chunk(const aa_ctx *cx, float *buf, size_t n, size_t g, size_t mlo, size_t mhi,
                      size_t q0, size_t q1)
{
    const lmc_exec_args *a = cx->a;
    const lmc_problem *p = a->p;
    const lmc_conv_desc *d = &p->d;
    const kn2_ukernel *k = &cx->k;
    const size_t nr = k->nr, mr = k->mr;
    const size_t hw = (size_t)d->h * (size_t)d->w, howo = (size_t)p->ho * (size_t)p->wo;
    const size_t mg = (size_t)p->mg, cg = (size_t)p->cg, kcb = block_kc(p, k);
    const size_t red = (size_t)d->kh * (size_t)d->kw * cg;
    const float *xg = a->x + (n * (size_t)d->c + g * cg) * hw;
    float *yg = a->y + (n * (size_t)d->m + g * mg) * howo;
    const float *panels = (const float *)((const char *)a->packed + KN2_HEADER_BYTES);
    const size_t j0 = q0 * nr, j1 = q1 * nr < howo ? q1 * nr : howo;
    for (size_t r0 = 0; r0 < red; r0 += kcb) {
        const size_t kb = red - r0 < kcb ? red - r0 : kcb;
        for (size_t q = q0; q < q1; q++) {
            const size_t pj0 = q * nr, pj1 = pj0 + nr < howo ? pj0 + nr : howo;
            gather_block(p, xg, r0, kb, pj0, pj1, nr, buf + (q - q0) * kb * nr);
        }
        /* The first block writes the chunk (beta 0): every tap covers every
         * pixel, with zeros where it reads padding. */
        const float beta = r0 == 0 ? 0.0f : 1.0f;
        for (size_t q = q0; q < q1; q++) {
            const size_t pj0 = q * nr, w = (pj0 + nr < howo ? pj0 + nr : howo) - pj0;
            const float *bp = buf + (q - q0) * kb * nr;
            for (size_t m0 = mlo; m0 < mhi; m0 += mr) {
                const float *ap = kn2_panel(p, panels, mr, g, m0 / mr) + r0 * mr;
                kn2_tile(k, kb, ap, bp, yg + m0 * howo + pj0, (ptrdiff_t)howo,
                         mhi - m0 < mr ? mhi - m0 : mr, w, beta);
            }
        }
    }
    lmc_epilogue(p, yg + mlo * howo + j0, mhi - mlo, j1 - j0, howo, a->bias, g * mg + mlo, true);
    (void)mg;
}

static void aa_thread(void *ctx, long begin, long end)
{
    const aa_ctx *cx = ctx;
    const lmc_exec_args *a = cx->a;
    const lmc_problem *p = a->p;
    const size_t P = panels_of(p, cx->k.nr), per = per_thread_floats(p, &cx->k);
    for (long t = begin; t < end; t++) {
        float *buf = (float *)a->ws + (size_t)t * per;
        long i, e;
        kn2_share(cx->items, t, cx->nthr, &i, &e);
        while (i < e) {
            /* Item order: image, group, channel block, panel. */
            const size_t blk = (size_t)i / P, q0 = (size_t)i % P;
            const size_t mbi = blk % cx->nmb, ng = blk / cx->nmb;
            size_t q1 = q0 + chunk_panels(p, cx->k.nr);
            if (q1 > P) q1 = P;
            if (q1 - q0 > (size_t)(e - i)) q1 = q0 + (size_t)(e - i);
            const size_t mlo = mbi * cx->mb;
            const size_t mhi = mlo + cx->mb < (size_t)p->mg ? mlo + cx->mb : (size_t)p->mg;
            run_chunk(cx, buf, ng / (size_t)p->d.groups, ng % (size_t)p->d.groups, mlo, mhi, q0, q1);
            i += (long)(q1 - q0);
        }
    }
}

static void aa_execute(const lmc_exec_args *a)
{
    const lmc_problem *p = a->p;
    aa_ctx cx = {a, kn2_ukernel_of(a->packed), 0, 0, 0, 0};
    cx.mb = block_m(p, &cx.k);
    cx.nmb = ((size_t)p->mg + cx.mb - 1) / cx.mb;
    cx.items = (long)(panels_of(p, cx.k.nr) * cx.nmb * (size_t)p->d.n * (size_t)p->d.groups);
    cx.nthr = cx.items < a->threads ? cx.items : a->threads;
    /* One index per working thread, so each knows its workspace slice; a
     * single one runs on the caller's thread with no parallel region. */
    lmc_parallel_for(cx.nthr, a->threads, aa_thread, &cx);
}

static double aa_cost(const lmc_problem *p, int threads)
{
    /* The micro-kernel at ~65 GFLOP/s per thread; each tap re-reads the
     * input (the gather) at ~10 GB/s. */
    const double gather = (double)p->d.kh * p->d.kw * p->d.c * p->ho * p->wo * p->d.n;
    return p->flops / (65e9 * threads) + gather * 4.0 / (10e9 * threads);
}

const lmc_algorithm lmc_algo_kn2row_aa = {
    .id = LMC_ALGO_KN2ROW_AA,
    .name = "kn2row-aa",
    .unsupported = aa_unsupported,
    .workspace_bytes = aa_workspace,
    .packed_weight_bytes = aa_packed,
    .pack_weights = aa_pack,
    .execute = aa_execute,
    .exact = true,
    .cost = aa_cost,
};
