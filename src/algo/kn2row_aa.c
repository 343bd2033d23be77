/* kn2row-aa (NCHW): kn2row accumulating straight into the output --
 * Anderson et al. 2017's O(KW) algorithm -- with no M*H*W
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
 * was buggy in the third-party implementation Anderson et al. 2017 examine).
 *
 * The mechanism here punches the holes in the GEMM's packed copy instead of
 * in the input.  A GEMM never multiplies its B operand in place: it copies
 * each KC x NR panel of it into a packed buffer first.  We do that copy
 * ourselves, per tap, straight from the input (gather_block below): for each
 * output pixel of the panel it copies the tap's input pixel when that lies
 * inside the image and writes 0 when it lies in the padding -- the hole --
 * so wrap-around can never happen, for any stride, dilation and asymmetric
 * padding (the shift is iy = oy*stride_h + ky*dil_h - pad_top, likewise x).
 * The packed panels are then multiplied by the GEMM's macro-kernel
 * against the tap's weights (panels packed at plan time) with beta = 1
 * into the output.  The input is never written, so the plan needs
 * no LMC_PLAN_DESTROY_INPUT (with the flag the input is left untouched too).
 *
 * Loop order, per unit of work -- a chunk of panels of NR output pixels
 * times a block of output channels of one image and group (split_of) --
 * with the units scheduled dynamically over the threads (lmc_parallel_units):
 *     for block of the reduction (tap, channel), <= block_kc steps:
 *         gather the chunk's panels of that block (holes = zeros);
 *         the GEMM's macro-kernel over the unit's channels and panels
 *         (beta 0 on the first block, so the output needs no
 *         initialisation, else beta 1)
 *     then bias + ReLU on the unit's output while it is in cache.
 * When cg >= the block, a block is (part of) one tap: exactly the per-tap
 * accumulating 1x1 GEMM.  When cg is small, a block holds several whole
 * taps, so a 3-channel first layer is not run as 9 products of depth 3.
 * Normally a unit has all output channels, so the input is packed once per
 * image as in im2col's GEMM (blocking the channels to keep the unit's
 * output in L2 would pack it again per block).
 *
 * Extra memory: one packed block of kb x cols floats per thread, or two
 * shared ones when the threads split the channels of one image and group
 * (shared_gather); kb <= the block cap, 3/4 of the L2 over 8 NR-wide
 * panels, cols = NR * min(8, panels) pixels.  That is at most 3/4 of the
 * L2 per thread whatever C, M, H and W -- O(1), below the paper's O(KW)
 * -- and at one thread more than half of that for every layer with >= 256
 * output channels and pixels (more threads may take shorter chunks).
 * Weights: the panels of kn2_panels_pack with R = MR. */
#include <string.h>

#include "algo/kn2_common.h"
#include "cost.h"
#include "cpu.h"

#define KN2_AA_PANELS 8
/* Reduction block cap: the unit's packed block (kb x 8 NR floats, one per
 * thread) takes up to 3/4 of the L2, within [KN2_AA_KC_MIN, KN2_AA_KC_MAX].
 * Each block is one more pass over the unit's output with beta = 1, so
 * longer blocks are fewer passes (docs/tuning.md, "kn2row-aa"). */
#define KN2_AA_KC_MIN 64
#define KN2_AA_KC_MAX 1024
/* Units of work per thread at > 1 thread: threads take units from a shared
 * counter, so a thread that is descheduled (the machine is shared) or
 * holds a short unit does not leave the other waiting at the end. */
#define KN2_AA_UNITS_PER_THREAD 3

static const char *aa_unsupported(const lmc_problem *p, int variant)
{
    (void)variant;
    return p->d.layout == LMC_NCHW ? NULL : "kn2row-aa takes NCHW activations";
}

static size_t panels_of(const lmc_problem *p, size_t nr)
{
    return ((size_t)p->ho * (size_t)p->wo + nr - 1) / nr;
}

/* The work split.  A unit is a chunk of panels of NR output pixels times
 * a block of mb output channels, of one image and group.  The gather
 * (packing the input) costs the same per panel however the panels are
 * chunked, but is repeated for every channel block; the weights are read
 * once per chunk.  So one thread takes chunks of 8 panels and one channel
 * block (the input packed once, as im2col's GEMM packs its lowered matrix
 * once).  More threads need units to share: the panels are cut into
 * chunks of even size, enough for KN2_AA_UNITS_PER_THREAD units per
 * thread, and the channels are split when the pixels cannot give that many;
 * when even the 8-panel chunks are fewer than the threads (small late
 * layers), one chunk per thread if that splits the pixels evenly, else
 * the channels alone are split, one block per thread. */
typedef struct {
    size_t nch, cp;          /* chunks per image and group, largest chunk (panels) */
    size_t mb, nmb;          /* channels per block, blocks */
    long units;              /* nch * nmb * images * groups */
} aa_split;

/* Whether nch chunks of the panels (chunk_panels at > 1 thread) split the
 * pixels evenly: the largest within 10 % of an equal share. */
static bool even_chunks(const lmc_problem *p, size_t nr, size_t nch)
{
    const size_t howo = (size_t)p->ho * (size_t)p->wo, P = panels_of(p, nr);
    if (nch < 2 || P < nch) return false;
    size_t worst = 0;
    for (size_t ch = 0; ch < nch; ch++) {
        const size_t q0 = P * ch / nch, q1 = P * (ch + 1) / nch;
        const size_t px = (q1 * nr < howo ? q1 * nr : howo) - q0 * nr;
        if (px > worst) worst = px;
    }
    return worst * nch * 10 <= howo * 11;
}

static aa_split split_of(const lmc_problem *p, const lmc_gemm_ukernels *k, int threads)
{
    const size_t P = panels_of(p, k->nr), mg = (size_t)p->mg;
    const size_t imgs = (size_t)p->d.n * (size_t)p->d.groups;
    const size_t want = (size_t)threads * KN2_AA_UNITS_PER_THREAD;
    const size_t tiles = (mg + k->mr - 1) / k->mr;
    aa_split s;
    s.nch = (P + KN2_AA_PANELS - 1) / KN2_AA_PANELS;
    s.nmb = 1;
    const size_t nch_t = ((size_t)threads + imgs - 1) / imgs;
    if (threads > 1 && s.nch * imgs < (size_t)threads && even_chunks(p, k->nr, nch_t)) {
        /* Fewer 8-panel chunks than threads, but the pixels split evenly
         * into one chunk per thread (VGG conv5, ResNet res4: 7 panels,
         * 3 + 3.125 at 2 threads): each thread streams all the weights
         * against its chunk, as im2col's GEMM does with its columns. */
        s.nch = nch_t;
    } else if (threads > 1 && s.nch * imgs < (size_t)threads) {
        /* Uneven (7x7 outputs: 32 + 17 pixels): split the channels, once
         * per thread, so the weights are still read once in all. */
        s.nmb = ((size_t)threads + s.nch * imgs - 1) / (s.nch * imgs);
        if (s.nmb > tiles) s.nmb = tiles;
    } else if (threads > 1 && s.nch * imgs < want) {
        s.nch = (want + imgs - 1) / imgs;
        if (s.nch > P) s.nch = P;
        if (s.nch * imgs < want) {
            s.nmb = (want + s.nch * imgs - 1) / (s.nch * imgs);
            if (s.nmb > tiles) s.nmb = tiles;
        }
    }
    s.cp = threads > 1 ? (P + s.nch - 1) / s.nch : (P < KN2_AA_PANELS ? P : KN2_AA_PANELS);
    /* Even blocks of whole MR tiles. */
    s.mb = ((mg + s.nmb - 1) / s.nmb + k->mr - 1) / k->mr * k->mr;
    if (s.mb > mg) s.mb = mg;
    s.nmb = (mg + s.mb - 1) / s.mb;
    s.units = (long)(s.nch * s.nmb * imgs);
    return s;
}

/* Panels [*q0, *q1) of chunk ch: 8 at a time at one thread (the last one
 * shorter), even shares at more. */
static void chunk_panels(const lmc_problem *p, const aa_split *s, size_t nr, int threads, size_t ch,
                         size_t *q0, size_t *q1)
{
    const size_t P = panels_of(p, nr);
    if (threads > 1) {
        *q0 = P * ch / s->nch;
        *q1 = P * (ch + 1) / s->nch;
    } else {
        *q0 = ch * s->cp;
        *q1 = *q0 + s->cp < P ? *q0 + s->cp : P;
    }
}

/* Output channels [*mlo, *mhi) of channel block b. */
static void chan_block(const lmc_problem *p, const aa_split *sp, size_t b, size_t *mlo, size_t *mhi)
{
    const size_t mg = (size_t)p->mg;
    *mlo = b * sp->mb;
    *mhi = *mlo + sp->mb < mg ? *mlo + sp->mb : mg;
}

static size_t block_kc(const lmc_problem *p, const lmc_gemm_ukernels *k)
{
    /* lmc_cpu() reports at least 128 KiB of L2 (a default when undetected) */
    size_t cap = lmc_cpu()->l2_bytes / 4 * 3 / (KN2_AA_PANELS * k->nr * sizeof(float));
    cap = cap < KN2_AA_KC_MIN ? KN2_AA_KC_MIN : cap > KN2_AA_KC_MAX ? KN2_AA_KC_MAX : cap;
    return kn2_kc((size_t)p->d.kh * (size_t)p->d.kw * (size_t)p->cg, cap);
}

/* The channel split of a single image and group (uneven pixel chunks: 7x7
 * outputs at 2 threads, 32 + 17 pixels): every thread needs the same packed
 * panels, so the threads gather each reduction block together into one of
 * two shared buffers (see shared_worker) instead of one each. */
static bool shared_gather(const lmc_problem *p, const aa_split *sp, int threads)
{
    return threads > 1 && sp->nch == 1 && sp->nmb > 1 && (size_t)p->d.n * (size_t)p->d.groups == 1;
}

typedef struct {
    const lmc_gemm_ctx *g;
    aa_split sp;
    size_t kcb;              /* reduction block */
    size_t per;              /* floats of one workspace slice: kcb x NR x the largest chunk */
    bool shared;             /* shared_gather: two slices for all threads */
} aa_plan;

static void aa_init(lmc_algo_plan *ap, int variant)
{
    (void)variant;
    const lmc_problem *p = &ap->p;
    aa_plan *s = LMC_ALGO_STATE(aa_plan, ap);
    s->g = lmc_gemm_ctx_active();
    s->sp = split_of(p, &s->g->k, ap->threads);
    s->kcb = block_kc(p, &s->g->k);
    s->per = lmc_mul3(s->kcb, s->g->k.nr, s->sp.cp);
    s->shared = shared_gather(p, &s->sp, ap->threads);
    ap->variant = -1;
    ap->ws_bytes = lmc_mul3(s->per, s->shared ? 2 : (size_t)ap->threads, sizeof(float));
    ap->packed_bytes = kn2_panels_bytes(p, s->g->k.mr);
}

static void aa_pack(const lmc_algo_plan *ap, const float *w, void *packed)
{
    kn2_panels_pack(&ap->p, w, LMC_ALGO_STATE(aa_plan, ap)->g->k.mr, packed);
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
    const lmc_problem *p;
    const aa_plan *s;
    const lmc_exec_args *a;
    int threads;
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

/* Where a unit's image and group live. */
typedef struct {
    const float *xg;         /* input of image n, group g */
    float *yg;               /* output of image n, group g */
    size_t g;
} aa_img;

static aa_img img_of(const lmc_problem *p, const lmc_exec_args *a, size_t n, size_t g)
{
    const lmc_conv_desc *d = &p->d;
    const size_t hw = (size_t)d->h * (size_t)d->w, howo = (size_t)p->ho * (size_t)p->wo;
    return (aa_img){a->x + (n * (size_t)d->c + g * (size_t)p->cg) * hw,
                    a->y + (n * (size_t)d->m + g * (size_t)p->mg) * howo, g};
}

/* Gathers steps [r0 + s0, r0 + s1) of the reduction block at r0 (kb steps)
 * for the panels [q0, q1) into buf (panel q at (q - q0) * kb * NR). */
static void gather_unit(const aa_ctx *cx, const aa_img *im, size_t r0, size_t kb, size_t s0,
                        size_t s1, size_t q0, size_t q1, float *buf)
{
    const lmc_problem *p = cx->p;
    const size_t nr = cx->s->g->k.nr, howo = (size_t)p->ho * (size_t)p->wo;
    for (size_t q = q0; q < q1 && s1 > s0; q++) {
        const size_t pj0 = q * nr, pj1 = pj0 + nr < howo ? pj0 + nr : howo;
        gather_block(p, im->xg, r0 + s0, s1 - s0, pj0, pj1, nr, buf + (q - q0) * kb * nr + s0 * nr);
    }
}

/* The products of the reduction block at r0 (kb steps, gathered in buf)
 * for output channels [mlo, mhi) and panels [q0, q1): the GEMM's
 * macro-kernel, a weight panel outer (it stays in L1 while it meets the
 * unit's packed panels in L2, so each block of the weights is read once
 * per unit) and the next one fetched meanwhile (the weights come from L3
 * or memory: each meets only this unit's few input panels).  The first
 * block writes the unit's output (beta 0): every tap covers every pixel,
 * with zeros where it reads padding. */
static void compute_block(const aa_ctx *cx, const aa_img *im, size_t r0, size_t kb,
                          const float *buf, size_t mlo, size_t mhi, size_t q0, size_t q1)
{
    const lmc_problem *p = cx->p;
    const lmc_gemm_ctx *g = cx->s->g;
    const size_t nr = g->k.nr, mr = g->k.mr;
    const size_t howo = (size_t)p->ho * (size_t)p->wo;
    const size_t red = (size_t)p->d.kh * (size_t)p->d.kw * (size_t)p->cg;
    const size_t j0 = q0 * nr, j1 = q1 * nr < howo ? q1 * nr : howo;
    const lmc_gemm_block blk = {mhi - mlo, j1 - j0, kb,
                                kn2_panel(p, cx->a->packed, mr, im->g, mlo / mr) + r0 * mr, red * mr,
                                buf, kb * nr, (ptrdiff_t)nr,
                                im->yg + mlo * howo + j0, (ptrdiff_t)howo, 1.0f, r0 == 0 ? 0.0f : 1.0f};
    lmc_gemm_macro(g, &blk, LMC_GEMM_A_OUTER | LMC_GEMM_PREFETCH_A);
}

/* Bias and ReLU on output channels [mlo, mhi) x panels [q0, q1). */
static void finish_unit(const aa_ctx *cx, const aa_img *im, size_t mlo, size_t mhi, size_t q0,
                        size_t q1)
{
    const lmc_problem *p = cx->p;
    const size_t nr = cx->s->g->k.nr, howo = (size_t)p->ho * (size_t)p->wo;
    const size_t j0 = q0 * nr, j1 = q1 * nr < howo ? q1 * nr : howo;
    lmc_epilogue(p, im->yg + mlo * howo + j0, mhi - mlo, j1 - j0, howo, cx->a->bias,
                 im->g * (size_t)p->mg + mlo, true);
}

/* One unit: panels [q0, q1), output channels [mlo, mhi) of image n,
 * group g.  The reduction runs over (tap, channel) in blocks of kb steps:
 * one block is part of one tap when cg is large, several whole taps when
 * cg is small (a 3-channel first layer would otherwise run 9 products of
 * depth 3); each block is gathered, then multiplied (compute_block). */
static void run_unit(const aa_ctx *cx, float *buf, size_t n, size_t g, size_t mlo, size_t mhi,
                     size_t q0, size_t q1)
{
    const lmc_problem *p = cx->p;
    const size_t kcb = cx->s->kcb;
    const size_t red = (size_t)p->d.kh * (size_t)p->d.kw * (size_t)p->cg;
    const aa_img im = img_of(p, cx->a, n, g);
    for (size_t r0 = 0; r0 < red; r0 += kcb) {
        const size_t kb = red - r0 < kcb ? red - r0 : kcb;
        gather_unit(cx, &im, r0, kb, 0, kb, q0, q1, buf);
        compute_block(cx, &im, r0, kb, buf, mlo, mhi, q0, q1);
    }
    finish_unit(cx, &im, mlo, mhi, q0, q1);
}

/* One unit on worker w, which owns workspace slice w.  Unit order: image
 * and group, chunk, channel block -- a worker's own range of units runs the
 * channel blocks of one chunk back to back, so the chunk's input is in its
 * caches. */
static void aa_unit(void *ctx, int w, long u)
{
    const aa_ctx *cx = ctx;
    const lmc_problem *p = cx->p;
    const aa_split *sp = &cx->s->sp;
    float *buf = (float *)cx->a->ws + (size_t)w * cx->s->per;
    const size_t mbi = (size_t)u % sp->nmb, ch = (size_t)u / sp->nmb % sp->nch;
    const size_t ng = (size_t)u / sp->nmb / sp->nch;
    size_t q0, q1;
    chunk_panels(p, sp, cx->s->g->k.nr, cx->threads, ch, &q0, &q1);
    size_t mlo, mhi;
    chan_block(p, sp, mbi, &mlo, &mhi);
    run_unit(cx, buf, ng / (size_t)p->d.groups, ng % (size_t)p->d.groups, mlo, mhi, q0, q1);
}

/* Thread [begin, end) of threads (lmc_parallel_for with n = threads) in
 * the shared-gather mode (shared_gather): per reduction block, each thread
 * gathers its share of the steps into the block's buffer (the two
 * alternate), all wait at a barrier, then each multiplies its channel
 * blocks.  One barrier per block suffices: a buffer is gathered again only
 * after the next block's barrier, which every thread passes after its
 * products of the block that last used it. */
static void shared_worker(void *ctx, long begin, long end)
{
    const aa_ctx *cx = ctx;
    const lmc_problem *p = cx->p;
    const aa_split *sp = &cx->s->sp;
    const long n = cx->threads;
    const size_t kcb = cx->s->kcb;
    const size_t red = (size_t)p->d.kh * (size_t)p->d.kw * (size_t)p->cg;
    const aa_img im = img_of(p, cx->a, 0, 0);
    size_t q0, q1;
    chunk_panels(p, sp, cx->s->g->k.nr, cx->threads, 0, &q0, &q1);
    float *bufs[2] = {(float *)cx->a->ws, (float *)cx->a->ws + cx->s->per};
    /* this thread's channel blocks */
    const size_t b0 = sp->nmb * (size_t)begin / (size_t)n, b1 = sp->nmb * (size_t)end / (size_t)n;
    int cur = 0;
    for (size_t r0 = 0; r0 < red; r0 += kcb, cur ^= 1) {
        const size_t kb = red - r0 < kcb ? red - r0 : kcb;
        gather_unit(cx, &im, r0, kb, kb * (size_t)begin / (size_t)n, kb * (size_t)end / (size_t)n,
                    q0, q1, bufs[cur]);
        lmc_barrier();
        for (size_t b = b0; b < b1; b++) {
            size_t mlo, mhi;
            chan_block(p, sp, b, &mlo, &mhi);
            compute_block(cx, &im, r0, kb, bufs[cur], mlo, mhi, q0, q1);
        }
    }
    for (size_t b = b0; b < b1; b++) {
        size_t mlo, mhi;
        chan_block(p, sp, b, &mlo, &mhi);
        finish_unit(cx, &im, mlo, mhi, q0, q1);
    }
}

static void aa_execute(const lmc_algo_plan *ap, const lmc_exec_args *a)
{
    const aa_plan *s = LMC_ALGO_STATE(aa_plan, ap);
    aa_ctx cx = {&ap->p, s, a, ap->threads};
    if (s->shared) {
        lmc_parallel_for(ap->threads, ap->threads, shared_worker, &cx);
        return;
    }
    /* Dynamic scheduling (lmc_parallel_units): at most min(units, threads)
     * workers, one workspace slice each. */
    lmc_parallel_units((long)s->sp.units, ap->threads, aa_unit, &cx);
}

static double aa_cost(const lmc_algo_plan *ap)
{
    /* The micro-kernel on gathered panels; each tap re-reads the input
     * (the gather), split over the threads. */
    const lmc_problem *p = &ap->p;
    const double gather = (double)p->d.kh * p->d.kw * p->d.c * p->ho * p->wo * p->d.n;
    return lmc_cost_compute(p->flops, ap->threads, LMC_EFF_UKERNEL) +
           lmc_cost_bytes(gather * 4.0 / ap->threads, LMC_BW_GATHER);
}

const lmc_algorithm lmc_algo_kn2row_aa = {
    .id = LMC_ALGO_KN2ROW_AA, .name = "kn2row-aa", .exact = true, .unsupported = aa_unsupported,
    .init = aa_init, .pack = aa_pack, .execute = aa_execute, .cost = aa_cost};
