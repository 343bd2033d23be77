/* direct: the zero-memory-overhead direct convolution of Zhang, Franchetti &
 * Low (ICML 2018; papers.md section 4).  No lowering, no packing of the
 * input: the loops of the paper's Algorithm 3 run straight over the input
 * and output tensors,
 *
 *   parallel for j'  (output-channel tiles of C_ob; and row chunks, below)
 *     for i'         (input-channel cache blocks of C_ib)
 *       for l        (output rows; 1x1 stride 1: the chunk as one row)
 *         row kernel: for k' (W_ob columns) for n, m (taps) for ii (C_ib)
 *                       register block W_ob x C_ob          (src/direct/)
 *
 * Layouts.  NHWC and the blocked NCHW16c / NCHW8c are the paper's layout
 * (output channels innermost, in one block or in blocks of 16 / 8): they run
 * in place with a workspace of exactly 0 bytes.  NCHW input is transposed
 * image by image into NHWC in the workspace (input image + output image,
 * reported exactly) and the result transposed back.
 *
 * Weights are re-laid at plan time, behind a small header that records the
 * kernel family (ISA) and blocking they were packed for, so an LMC_ISA change
 * after planning cannot make execute misread them:
 *   dense:     [g][tile j' of C_ob][cache block i' of C_ib][kh][kw][ii][C_ob],
 *              output channels past the group's end zero-filled
 *   depthwise: [kh][kw][c padded to C_ob], padding zero-filled
 * Depthwise (one input and one output channel per group) has its own kernel,
 * vectorised over channels.  Padding is never copied: rows outside the
 * input drop their taps; in the register blocks at a row's ends each tap
 * runs over the columns it reads inside the input.  Every output is one sum in a fixed order of exact products, so
 * integer data match the oracle bit for bit. */
#include <limits.h>
#include <string.h>

#include "cpu.h"
#include "algo/direct/rows.h"
#include "direct/direct.h"
#include "internal.h"

typedef struct direct_hdr {
    int isa;                 /* lmc_isa of the kernel family packed for */
    int depthwise;
    int cob;                 /* C_ob: output channels per tile */
    int cib;                 /* C_ib: input channels per cache block */
    int ntiles;              /* output-channel tiles per group */
    int cpad;                /* depthwise: channels of one packed tap */
    int family;              /* kernel family of that ISA (direct.c: family()) */
    int rows_outer;          /* several threads: units ordered row chunk, then tile */
    int flat;                /* flat_rows(): a row chunk is one row for the kernels */
} direct_hdr;

/* The header takes 64 bytes so that the weights after it keep the
 * allocation's alignment. */
#define HDR_BYTES 64
_Static_assert(sizeof(direct_hdr) <= HDR_BYTES, "direct_hdr fits its slot");

static bool is_depthwise(const lmc_problem *p) { return p->cg == 1 && p->mg == 1; }

/* The kernel families of each ISA, the widest channel tile first. */
static const lmc_direct_ukernel *family(lmc_isa isa, int f)
{
    if (isa == LMC_ISA_AVX512)
        return f == 0 ? &lmc_f32_direct_conv_64cx6w__avx512 : &lmc_f32_direct_conv_32cx14w__avx512;
    return isa == LMC_ISA_AVX2 ? &lmc_f32_direct_conv_16cx6w__avx2 : &lmc_f32_direct_conv_8cx4w__scalar;
}

static int nfamilies(lmc_isa isa) { return isa == LMC_ISA_AVX512 ? 2 : 1; }

static const lmc_direct_ukernel *kernels_of(const direct_hdr *h) { return family((lmc_isa)h->isa, h->family); }

/* The ISA for this problem: the active one, except that a vector must not
 * straddle two channel blocks of the layout (AVX-512's 16 floats on
 * NCHW8c): then the next narrower one. */
static lmc_isa choose_isa(const lmc_problem *p)
{
    lmc_isa isa = lmc_isa_active();
    while (isa > LMC_ISA_SCALAR && p->blk > 1 && family(isa, 0)->vw > p->blk) isa = (lmc_isa)(isa - 1);
    return isa;
}

/* Output channels the tiles of C_ob cover, blocked layouts' padding included
 * (with one group those are computed too, as zeros). */
static size_t covered_channels(const lmc_problem *p, int cob)
{
    const size_t mt = p->d.groups == 1 ? lmc_padded_channels((size_t)p->mg, p->blk) : (size_t)p->mg;
    return lmc_padded_channels(mt, cob);
}

/* The share of the L2 for weights a thread re-reads: 5/8 of it, the rest
 * for the input rows in flight (lmc_cpu() reports at least 128 KiB). */
static size_t weight_budget(void) { return lmc_cpu()->l2_bytes / 8 * 5; }

/* C_ib: the input-channel cache block.  The weights one tile reads for one
 * cache block, KH*KW*C_ib*C_ob floats, are re-read for every output row, so
 * they should stay in the L2 next to the input rows in flight: up to
 * weight_budget() (a 64 x 6 tile on 256 channels of 3x3 takes 576 KiB of
 * 1 MiB; measured on Zen 5, two cache blocks of 128 were 1-4 % slower than
 * one of 256, and none of the VGG / ResNet layers gained from smaller
 * blocks).  A multiple of 16 so cache blocks start on a channel block of
 * every blocked layout. */
static int choose_cib(const lmc_problem *p, int cob)
{
    const size_t per_ch = lmc_mul4((size_t)p->d.kh, (size_t)p->d.kw, (size_t)cob, sizeof(float));
    size_t cmax = weight_budget() / (per_ch ? per_ch : 1);
    cmax = cmax / 16 * 16;
    if (cmax < 16) cmax = 16;
    if (cmax >= (size_t)p->cg) return p->cg;
    /* Equal blocks (512 channels -> 2 x 256, not 448 + 64), rounded up to 16. */
    const size_t nb = ((size_t)p->cg + cmax - 1) / cmax;
    const size_t cib = (((size_t)p->cg + nb - 1) / nb + 15) / 16 * 16;
    return cib >= (size_t)p->cg ? p->cg : (int)cib;
}

/* Input-channel cache blocks of a tile of cob output channels. */
static int cache_blocks(const lmc_problem *p, int cob)
{
    const int cib = choose_cib(p, cob);
    return (p->cg + cib - 1) / cib;
}

/* 1x1, stride 1, no padding: output pixel i of an image reads input pixel
 * i (in NHWC and within a channel block of the blocked layouts), so the
 * rows of a row chunk are one row of rows * W columns for the kernels: its
 * blocks run on across row ends, a 7-column row is no longer a block of 7
 * (nor of 4 + 3 on 64 x 6), and one call covers the chunk.  Measured on
 * Zen 5 beside oneDNN (its time / direct's, 1 and 2 threads, two runs
 * before and after): ResNet-50 1x1 1024 -> 256 at 14 x 14 0.95-0.97 ->
 * 1.00-1.01, 512 -> 2048 at 7 x 7 0.97-0.99 -> 1.00, 64 -> 256 at 56 x 56
 * 0.93 -> 0.94-0.95; MobileNet's pointwise layers 1-3 % faster.  Up to
 * INT_MAX / 2 columns (the kernels count columns in int). */
static bool flat_rows(const lmc_problem *p)
{
    const lmc_conv_desc *d = &p->d;
    return d->kh == 1 && d->kw == 1 && d->stride_h == 1 && d->stride_w == 1 && d->pad_top == 0 &&
           d->pad_bottom == 0 && d->pad_left == 0 && d->pad_right == 0 &&
           (long long)p->ho * p->wo <= INT_MAX / 2;
}

/* Columns of the longest row the kernels see. */
static long row_columns(const lmc_problem *p) { return flat_rows(p) ? (long)p->ho * p->wo : p->wo; }

/* The family: the widest channel tile, unless (a) it would compute more
 * padding channels than the next one (M = 96 on 64-channel tiles), or (b)
 * its row blocks would average under LMC_DIRECT_MIN_COLS columns: a weight
 * vector serves one block's columns, and below that the weights stream in
 * from L2 faster than it keeps up (measured, Zen 5: the 64 x 6 tile on 7
 * and 14 columns, blocks of 3.5 and 4.7, ran 10-40 % behind the 32 x 12
 * tile that preceded 32 x 14), or (c) it would split the input channels
 * into more cache blocks than the next one: a tile of half the channels
 * has half the weights per input channel, so its L2 share holds twice the
 * channels.  Measured on Zen 5, the two plans alternated with a 4 MB dirty
 * buffer written between calls (as another layer would), 32 x 14 over
 * 64 x 6 at 1 / 2 threads: VGG-16 conv4_2 (C = 512, 28 x 28; 64 x 6 in
 * two blocks of 256) 3.3-3.7 / 2.7-3.2 % faster; C = 512 at 19 x 19
 * 1.4-1.7 %, at 56 x 56 4-7 %; 5x5 with C = 256 2.5-3.2 %; 7x7 64 -> 64
 * at 80 x 80 7.0 / 6.3 %; 5x5 stride 2 128 -> 256 to 87 x 87 23 / 17 %;
 * 3x3 320 -> 320 at 48 x 96 8.8 / 4.7 %.  Where 64 x 6 keeps one block
 * (3x3 with C <= 272: VGG conv1_2 .. conv4_1, ResNet-18) it is level or
 * ahead, by up to 6 % (VGG conv1_2).  With the 32 x 14 tile the block
 * count itself did not matter (conv4_2 in one block of 512 or two of 256:
 * level), so (c) is about the wide tile's weights, not the partial sums
 * between blocks.
 * Depthwise always takes the last (narrowest) family. */
#define LMC_DIRECT_MIN_COLS 5
static int choose_family(const lmc_problem *p, lmc_isa isa, bool depthwise)
{
    const int nf = nfamilies(isa);
    if (depthwise) return nf - 1;
    for (int f = 0; f < nf - 1; f++) {
        const lmc_direct_ukernel *k = family(isa, f), *n = family(isa, f + 1);
        const long cols = row_columns(p), blocks = (cols + k->wob - 1) / k->wob;
        const int kc = k->vw * k->nv, nc = n->vw * n->nv;
        const bool pads = covered_channels(p, kc) > covered_channels(p, nc);
        const bool splits = cache_blocks(p, kc) > cache_blocks(p, nc);
        if (!pads && !splits && cols >= LMC_DIRECT_MIN_COLS * blocks) return f;
    }
    return nf - 1;
}

static direct_hdr plan_of(const lmc_problem *p)
{
    direct_hdr h;
    memset(&h, 0, sizeof h);
    h.isa = (int)choose_isa(p);
    h.depthwise = is_depthwise(p);
    h.family = choose_family(p, (lmc_isa)h.isa, h.depthwise);
    h.flat = !h.depthwise && flat_rows(p);
    const lmc_direct_ukernel *k = kernels_of(&h);
    h.cob = k->vw * k->nv;
    h.cib = choose_cib(p, h.cob);
    h.ntiles = (int)(covered_channels(p, h.cob) / (size_t)h.cob);
    /* depthwise tiles run over a blocked layout's padding channels too */
    h.cpad = (int)lmc_padded_channels(lmc_padded_channels((size_t)p->d.c, p->blk), h.cob);
    /* With several threads (run()), a thread's consecutive units share
     * what is outer in their order: the tile keeps its weights in L2, the
     * row chunk its input rows, then read once by each thread instead of in
     * full by every thread.  Rows outer when the weights of all the tiles
     * fit the weight budget together: measured at 2 threads on Zen 5
     * against another convolution's run in between, as in a network,
     * ResNet-18 res3_proj (1x1, 2 tiles of 16 KiB) 20 % faster, res3_3x3
     * and res3_3x3s2 2 %, VGG conv2_1 3-5 %; with larger weights the tile
     * outer won (VGG conv3_2, 4 x 576 KiB, and AlexNet conv2, 3 x 400 KiB:
     * 1-2 %).  Depthwise units keep the tile outer (dw_items). */
    const size_t group_w = lmc_mul4((size_t)p->d.kh, (size_t)p->d.kw, (size_t)p->cg,
                                    covered_channels(p, h.cob) * sizeof(float));
    h.rows_outer = !h.depthwise && group_w <= weight_budget();
    return h;
}

static const char *direct_unsupported(const lmc_problem *p)
{
    if (p->blk > 1 && p->d.groups > 1 && !is_depthwise(p) && (p->cg % p->blk || p->mg % p->blk))
        return "direct: on a blocked layout, groups need C/g and M/g multiples of the block "
               "(or depthwise)";
    return NULL;
}

/* NCHW: one image of input and one of output in NHWC. */
static size_t direct_workspace(const lmc_problem *p, int threads)
{
    (void)threads;
    if (p->d.layout != LMC_NCHW) return 0;
    const size_t xi = lmc_mul3((size_t)p->d.c, (size_t)p->d.h, (size_t)p->d.w);
    const size_t yi = lmc_mul3((size_t)p->d.m, (size_t)p->ho, (size_t)p->wo);
    return lmc_mul(lmc_add(xi, yi), sizeof(float));
}

static size_t packed_floats(const lmc_problem *p, const direct_hdr *h)
{
    if (h->depthwise) return lmc_mul3((size_t)p->d.kh, (size_t)p->d.kw, (size_t)h->cpad);
    return lmc_mul4((size_t)p->d.groups, (size_t)h->ntiles, (size_t)h->cob,
                    lmc_mul3((size_t)p->cg, (size_t)p->d.kh, (size_t)p->d.kw));
}

static size_t direct_packed(const lmc_problem *p)
{
    const direct_hdr h = plan_of(p);
    return lmc_add(HDR_BYTES, lmc_mul(packed_floats(p, &h), sizeof(float)));
}

/* Caller's weight (m, c within the group, ky, kx): [m][kh][kw][c/g] for
 * NHWC, [m][c/g][kh][kw] for NCHW and the blocked layouts. */
static float src_weight(const lmc_problem *p, const float *w, size_t m, size_t c, size_t ky, size_t kx)
{
    const size_t KH = (size_t)p->d.kh, KW = (size_t)p->d.kw, CG = (size_t)p->cg;
    return p->d.layout == LMC_NHWC ? w[((m * KH + ky) * KW + kx) * CG + c]
                                   : w[((m * CG + c) * KH + ky) * KW + kx];
}

static void direct_pack(const lmc_problem *p, const float *w, void *packed)
{
    const direct_hdr h = plan_of(p);
    memcpy(packed, &h, sizeof h);
    float *o = (float *)((char *)packed + HDR_BYTES);
    const size_t KH = (size_t)p->d.kh, KW = (size_t)p->d.kw;
    if (h.depthwise) {
        for (size_t ky = 0; ky < KH; ky++)
            for (size_t kx = 0; kx < KW; kx++)
                for (size_t c = 0; c < (size_t)h.cpad; c++)
                    *o++ = c < (size_t)p->d.c ? src_weight(p, w, c, 0, ky, kx) : 0.0f;
        return;
    }
    const size_t COB = (size_t)h.cob, CG = (size_t)p->cg, MG = (size_t)p->mg;
    for (size_t g = 0; g < (size_t)p->d.groups; g++)
        for (size_t t = 0; t < (size_t)h.ntiles; t++)
            for (size_t i0 = 0; i0 < CG; i0 += (size_t)h.cib) {
                const size_t cb = CG - i0 < (size_t)h.cib ? CG - i0 : (size_t)h.cib;
                for (size_t ky = 0; ky < KH; ky++)
                    for (size_t kx = 0; kx < KW; kx++)
                        for (size_t ii = 0; ii < cb; ii++)
                            for (size_t jj = 0; jj < COB; jj++) {
                                const size_t mj = t * COB + jj;
                                *o++ = mj < MG ? src_weight(p, w, g * MG + mj, i0 + ii, ky, kx) : 0.0f;
                            }
            }
}

/* ---- execution ---------------------------------------------------------- */

/* One run over images in NHWC or a blocked layout. */
typedef struct run_ctx {
    const lmc_problem *p;
    const direct_hdr *h;
    const lmc_direct_ukernel *k;
    const float *x;
    float *y;
    const float *w;          /* packed weights after the header */
    const float *bias;
    int blk;                 /* 1: NHWC; 8, 16: blocked */
    int nimg;
    int nrch;                /* row chunks per tile (parallelism when tiles are few) */
} run_ctx;

/* Offset of channel ch within a pixel's channels: NHWC ch, blocked
 * (ch / B) * plane * B + ch % B for a plane of `plane` pixels. */
static ptrdiff_t chan_off(int blk, ptrdiff_t plane, int ch)
{
    return blk == 1 ? ch : (ptrdiff_t)(ch / blk) * plane * blk + ch % blk;
}

/* The row of the kernels from output row oy: nrows rows as one (flat_rows)
 * or 1. */
static void row_common(const run_ctx *c, lmc_direct_row *r, int oy, int nrows)
{
    const lmc_problem *p = c->p;
    const lmc_conv_desc *d = &p->d;
    r->iy0 = (ptrdiff_t)oy * d->stride_h - d->pad_top;
    int a = 0, b = d->kh;
    while (a < b && (long)r->iy0 + (long)a * d->dil_h < 0) a++;
    while (b > a && (long)r->iy0 + (long)(b - 1) * d->dil_h >= d->h) b--;
    r->ky0 = a;
    r->ky1 = b;
    r->w_in = d->w * nrows;
    r->kw = d->kw;
    r->dil_h = d->dil_h;
    r->dil_w = d->dil_w;
    r->stride_w = d->stride_w;
    r->pad_left = d->pad_left;
    r->wo = p->wo * nrows;
    r->relu = d->relu != 0;
    lmc_direct_inner_cols(r, &r->ox_in0, &r->ox_in1);
}

static void dense_items(void *ctx, long begin, long end)
{
    const run_ctx *c = ctx;
    const lmc_problem *p = c->p;
    const lmc_conv_desc *d = &p->d;
    const direct_hdr *h = c->h;
    const int B = c->blk, VW = c->k->vw, NV = c->k->nv, COB = h->cob;
    const ptrdiff_t xplane = (ptrdiff_t)d->h * d->w, yplane = (ptrdiff_t)p->ho * p->wo;
    const ptrdiff_t cpad = (ptrdiff_t)lmc_padded_channels((size_t)d->c, B);
    const ptrdiff_t mpad = (ptrdiff_t)lmc_padded_channels((size_t)d->m, B);
    const ptrdiff_t xpix = B == 1 ? d->c : B, ypix = B == 1 ? d->m : B;
    const size_t tile_floats = (size_t)p->cg * d->kh * d->kw * COB;
    for (long it = begin; it < end; it++) {
        long rest = it;
        int rc, t;
        if (h->rows_outer) {
            t = (int)(rest % h->ntiles);
            rest /= h->ntiles;
            rc = (int)(rest % c->nrch);
            rest /= c->nrch;
        } else {
            rc = (int)(rest % c->nrch);
            rest /= c->nrch;
            t = (int)(rest % h->ntiles);
            rest /= h->ntiles;
        }
        const int g = (int)(rest % d->groups);
        const int img = (int)(rest / d->groups);
        const int r0 = (int)((long)p->ho * rc / c->nrch), r1 = (int)((long)p->ho * (rc + 1) / c->nrch);
        const float *ximg = c->x + (ptrdiff_t)img * cpad * xplane;
        float *yimg = c->y + (ptrdiff_t)img * mpad * yplane;
        const int j0 = g * p->mg + t * COB;
        lmc_direct_row r;
        memset(&r, 0, sizeof r);
        r.nvalid = p->mg - t * COB < COB ? p->mg - t * COB : COB;
        if (r.nvalid < 0) r.nvalid = 0;
        r.nzero = r.nvalid;
        /* The blocked layouts' padding output channels follow the last real
         * one (groups == 1 there, or the group size is a block multiple). */
        if (B > 1 && j0 + COB > d->m) r.nzero = (int)(mpad - j0 < COB ? mpad - j0 : COB);
        for (int v = 0; v < NV; v++)
            r.yvoff[v] = j0 + v * VW < mpad ? chan_off(B, yplane, j0 + v * VW) : 0;
        r.ypix = ypix;
        r.xrow = (ptrdiff_t)d->w * xpix;
        r.xpix = xpix;
        r.xcb = xplane * B;
        r.bias = c->bias ? c->bias + j0 : NULL;
        const float *wt = c->w + (size_t)(g * h->ntiles + t) * tile_floats;
        for (int i0 = 0; i0 < p->cg; i0 += h->cib) {
            const int cb = p->cg - i0 < h->cib ? p->cg - i0 : h->cib;
            const int ch = g * p->cg + i0;
            r.x = ximg + chan_off(B, xplane, ch);
            r.cib = cb;
            r.cblk = B == 1 ? cb : B;
            r.w = wt + (size_t)i0 * d->kh * d->kw * COB;
            r.first = i0 == 0;
            r.last = i0 + cb >= p->cg;
            r.merge_kx = B == 1 && cb == d->c && d->dil_w == 1;
            const int nrows = h->flat ? r1 - r0 : 1;   /* rows per kernel call */
            for (int oy = r0; oy < r1; oy += nrows) {
                row_common(c, &r, oy, nrows);
                r.y = yimg + (ptrdiff_t)oy * p->wo * ypix;
                lmc_direct_conv_row(c->k, &r);
            }
        }
    }
}

/* Depthwise NHWC channels past the last whole vector: plain C. */
static void dw_tail(const run_ctx *c, const lmc_direct_row *r, const float *ximg, float *yrow,
                    int c0, int c1)
{
    const lmc_conv_desc *d = &c->p->d;
    const int C = d->c;
    for (int ox = 0; ox < r->wo; ox++) {
        int k0, k1;
        lmc_direct_kx_range(r, ox, &k0, &k1);
        for (int ch = c0; ch < c1; ch++) {
            float acc = c->bias ? c->bias[ch] : 0.0f;
            for (int ky = r->ky0; ky < r->ky1; ky++) {
                const ptrdiff_t iy = r->iy0 + (ptrdiff_t)ky * d->dil_h;
                for (int kx = k0; kx < k1; kx++) {
                    const ptrdiff_t ix = (ptrdiff_t)ox * d->stride_w - d->pad_left + (ptrdiff_t)kx * d->dil_w;
                    acc += ximg[(iy * d->w + ix) * C + ch] * c->w[((ptrdiff_t)ky * d->kw + kx) * c->h->cpad + ch];
                }
            }
            if (d->relu) acc = acc > 0.0f ? acc : 0.0f;
            yrow[(ptrdiff_t)ox * C + ch] = acc;
        }
    }
}

/* Depthwise channel tiles: over the blocked layouts' padding channels too
 * (they are written as zeros). */
static int dw_ntiles(const lmc_problem *p, int blk, int cob)
{
    return ((int)lmc_padded_channels((size_t)p->d.c, blk) + cob - 1) / cob;
}

static void dw_items(void *ctx, long begin, long end)
{
    const run_ctx *c = ctx;
    const lmc_problem *p = c->p;
    const lmc_conv_desc *d = &p->d;
    const int B = c->blk, VW = c->k->vw, NV = c->k->nv, COB = c->h->cob;
    const int C = d->c, ntiles = dw_ntiles(p, B, COB);
    const ptrdiff_t xplane = (ptrdiff_t)d->h * d->w, yplane = (ptrdiff_t)p->ho * p->wo;
    const ptrdiff_t cpad = (ptrdiff_t)lmc_padded_channels((size_t)C, B);
    const ptrdiff_t pix = B == 1 ? C : B;
    for (long it = begin; it < end; it++) {
        long rest = it;
        const int rc = (int)(rest % c->nrch);
        rest /= c->nrch;
        const int t = (int)(rest % ntiles);
        const int img = (int)(rest / ntiles);
        const int r0 = (int)((long)p->ho * rc / c->nrch), r1 = (int)((long)p->ho * (rc + 1) / c->nrch);
        const float *ximg = c->x + (ptrdiff_t)img * cpad * xplane;
        float *yimg = c->y + (ptrdiff_t)img * cpad * yplane;
        const int c0 = t * COB;
        lmc_direct_row r;
        memset(&r, 0, sizeof r);
        int nvalid = C - c0 < COB ? C - c0 : COB;
        if (nvalid < 0) nvalid = 0;
        int tail = 0;
        if (B == 1) {
            /* NHWC: whole vectors only; the rest in plain C */
            tail = nvalid % VW;
            nvalid -= tail;
            r.nzero = nvalid;
        } else {
            r.nzero = (int)(cpad - c0 < COB ? cpad - c0 : COB);
        }
        r.nvalid = nvalid;
        for (int v = 0; v < NV; v++) {
            const int ch = c0 + v * VW;
            r.xvoff[v] = ch < cpad ? chan_off(B, xplane, ch) : 0;
            r.yvoff[v] = ch < cpad ? chan_off(B, yplane, ch) : 0;
        }
        r.x = ximg;
        r.xrow = (ptrdiff_t)d->w * pix;
        r.xpix = pix;
        r.ypix = pix;
        r.w = c->w + c0;
        r.wdw = c->h->cpad;
        r.bias = c->bias ? c->bias + c0 : NULL;
        r.first = r.last = 1;
        for (int oy = r0; oy < r1; oy++) {
            row_common(c, &r, oy, 1);
            r.y = yimg + (ptrdiff_t)oy * p->wo * pix;
            if (r.nzero > 0) lmc_direct_dw_row(c->k, &r);
            if (tail) dw_tail(c, &r, ximg, r.y, c0 + nvalid, c0 + nvalid + tail);
        }
    }
}

/* One work unit (lmc_parallel_units). */
typedef struct unit_ctx {
    run_ctx *c;
    lmc_range_fn fn;
} unit_ctx;

static void run_unit(void *ctx, int worker, long u)
{
    (void)worker;
    const unit_ctx *x = ctx;
    x->fn(x->c, u, u + 1);
}

static void run(run_ctx *c, int threads)
{
    const lmc_problem *p = c->p;
    const lmc_conv_desc *d = &p->d;
    const long tiles = c->h->depthwise ? (long)c->nimg * dw_ntiles(p, c->blk, c->h->cob)
                                       : (long)c->nimg * d->groups * c->h->ntiles;
    const lmc_range_fn fn = c->h->depthwise ? dw_items : dense_items;
    c->nrch = 1;
    if (threads <= 1) {
        lmc_parallel_for(tiles, 1, fn, c);
        return;
    }
    /* The paper parallelises over output-channel tiles only.  When there
     * are few (one tile of 64 channels for M = 64) or they do not divide
     * evenly among the threads, each tile's rows are split into chunks as
     * well: the fewest chunks that make at least 4 units per thread and a
     * multiple of the thread count (equal shares before any taking over). */
    for (long n = 1; n <= p->ho; n++) {
        c->nrch = (int)n;
        if (tiles * n >= 4L * threads && tiles * n % threads == 0) break;
    }
    /* Units (output-channel tiles x row chunks, in the order plan_of chose:
     * h->rows_outer) are scheduled dynamically: on a shared machine a
     * descheduled thread then delays the convolution by at most the unit
     * it is in, not its whole share. */
    unit_ctx x = {c, fn};
    lmc_parallel_units(tiles * c->nrch, threads, run_unit, &x);
}

/* NCHW <-> NHWC transposes of one image, parallel over rows. */
typedef struct tr_ctx {
    const float *src;
    float *dst;
    int c, h, w;
    bool to_nhwc;
} tr_ctx;

static void transpose_rows(void *ctx, long begin, long end)
{
    const tr_ctx *t = ctx;
    const ptrdiff_t C = t->c, H = t->h, W = t->w;
    /* Writes run along the destination's contiguous axis: channels for
     * NHWC, columns for NCHW (a plane-strided write per element would
     * touch a new page each time). */
    for (ptrdiff_t y = begin; y < end; y++) {
        if (t->to_nhwc) {
            for (ptrdiff_t x = 0; x < W; x++)
                for (ptrdiff_t c = 0; c < C; c++) t->dst[(y * W + x) * C + c] = t->src[(c * H + y) * W + x];
        } else {
            for (ptrdiff_t c = 0; c < C; c++)
                for (ptrdiff_t x = 0; x < W; x++) t->dst[(c * H + y) * W + x] = t->src[(y * W + x) * C + c];
        }
    }
}

static void direct_execute(const lmc_exec_args *a)
{
    const lmc_problem *p = a->p;
    const direct_hdr *h = a->packed;
    run_ctx c = {
        .p = p,
        .h = h,
        .k = kernels_of(h),
        .w = (const float *)((const char *)a->packed + HDR_BYTES),
        .bias = a->bias,
        .blk = p->blk,
    };
    if (p->d.layout != LMC_NCHW) {
        c.x = a->x;
        c.y = a->y;
        c.nimg = p->d.n;
        run(&c, a->threads);
        return;
    }
    /* NCHW: through NHWC copies of one image at a time in the workspace. */
    const lmc_conv_desc *d = &p->d;
    float *xw = a->ws;
    float *yw = xw + (size_t)d->c * d->h * d->w;
    const size_t xi = (size_t)d->c * d->h * d->w, yi = (size_t)d->m * p->ho * p->wo;
    c.x = xw;
    c.y = yw;
    c.nimg = 1;
    c.blk = 1;
    for (int n = 0; n < d->n; n++) {
        tr_ctx tin = {a->x + n * xi, xw, d->c, d->h, d->w, true};
        lmc_parallel_for(d->h, a->threads, transpose_rows, &tin);
        run(&c, a->threads);
        tr_ctx tout = {yw, a->y + n * yi, d->m, p->ho, p->wo, false};
        lmc_parallel_for(p->ho, a->threads, transpose_rows, &tout);
    }
}

static double direct_cost(const lmc_problem *p, int threads)
{
    /* ~85 % of a Zen 4/5-class core's AVX-512 peak; NCHW adds two transposes. */
    double t = p->flops / (100e9 * threads);
    if (p->d.layout == LMC_NCHW) t += (double)(p->in_elems + p->out_elems) * 8.0 / 5e9;
    return t;
}

const lmc_algorithm lmc_algo_direct = {
    .id = LMC_ALGO_DIRECT,
    .name = "direct",
    .unsupported = direct_unsupported,
    .workspace_bytes = direct_workspace,
    .packed_weight_bytes = direct_packed,
    .pack_weights = direct_pack,
    .execute = direct_execute,
    .exact = true,
    .cost = direct_cost,
};
