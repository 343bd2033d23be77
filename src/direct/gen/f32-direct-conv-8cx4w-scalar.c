/* Generated from src/direct/f32-direct-conv.c.in (ISA=scalar, VW=1, NV=8, WOB=4, DW_WOB=4) by
 *   python3 tools/generate-kernels.py
 * Do not edit: change the template or the parameters in
 * tools/generate-kernels.py, then run that command. */
/* Direct-convolution register blocks, portable C: "vectors" of one float,
 * 8 output channels x 4 output columns (32 accumulators; the compiler keeps
 * what it can in registers and may vectorise the channel loop). */
#include <stdbool.h>

#include "cpu.h"
#include "direct/direct.h"

#define INLINE static inline __attribute__((always_inline))

/* Where lane l of an output vector lies from its first channel: step
 * floats per lane (1, or NCHW's plane), and lanes from split on jump floats
 * further, in the next layout block (a group starting inside a block). */
INLINE ptrdiff_t lane_at(int l, ptrdiff_t step, int split, ptrdiff_t jump)
{
    return l * step + (l >= split ? jump : 0);
}

/* Channels [0, n) of a vector from src, the rest 0 (the bias and output
 * arrays end at the last real channel).  Kept out of line so that the
 * register block's loops around it unroll completely. */
static void part_load(float t[1], const float *src, int n, ptrdiff_t step, int split, ptrdiff_t jump)
{
    for (int l = 0; l < 1; l++) t[l] = l < n ? src[lane_at(l, step, split, jump)] : 0.0f;
}

/* Channels [0, n) of a vector to yp, [n, nz) zeros (blocked layouts'
 * padding channels), nothing beyond. */
static void part_store(float *yp, const float t[1], int n, int nz, ptrdiff_t step, int split,
                       ptrdiff_t jump)
{
    for (int l = 0; l < 1 && l < nz; l++) yp[lane_at(l, step, split, jump)] = l < n ? t[l] : 0.0f;
}

/* ---- generic blocks: any width, any tile, accumulators in acc[][] --------
 * wob and nv are constants in every caller, so the loops unroll and acc
 * stays in registers where the compiler manages it. */

/* acc[p][v] = the tile's starting value: the bias on the first cache block,
 * otherwise what the previous cache blocks left in the output. */
INLINE void init(const lmc_direct_row *r, float *y, int wob, int nv, bool full,
                 float acc[4][8])
{
    float t[1];
    if (r->first) {
        for (int v = 0; v < nv; v++) {
            float b = 0.0f;
            if (r->bias && full) {
                b = *(r->bias + v * 1);
            } else if (r->bias) {
                part_load(t, r->bias + v * 1, r->nvalid - v * 1, 1, 1, 0);
                b = *(t);
            }
            for (int p = 0; p < wob; p++) acc[p][v] = b;
        }
        return;
    }
    for (int p = 0; p < wob; p++)
        for (int v = 0; v < nv; v++) {
            const float *yp = y + p * r->ypix + r->yvoff[v];
            if (full && !r->ylanes) {
                acc[p][v] = *(yp);
            } else {
                part_load(t, yp, r->nvalid - v * 1, r->ych, r->ysplit[v], r->yjump);
                acc[p][v] = *(t);
            }
        }
}

/* Stores the register block, with the ReLU after the last cache block.  A
 * partial tile writes its nvalid channels and zeros the blocked layout's
 * padding channels up to nzero; nothing beyond. */
INLINE void store(const lmc_direct_row *r, float *y, int wob, int nv, bool full,
                  float acc[4][8])
{
    if (r->last && r->relu)
        for (int p = 0; p < wob; p++)
            for (int v = 0; v < nv; v++) acc[p][v] = (acc[p][v] > 0.0f ? acc[p][v] : 0.0f);
    float t[1];
    for (int p = 0; p < wob; p++)
        for (int v = 0; v < nv; v++) {
            float *yp = y + p * r->ypix + r->yvoff[v];
            if (full && !r->ylanes) {
                *(yp) = acc[p][v];
            } else {
                *(t) = acc[p][v];
                part_store(yp, t, r->nvalid - v * 1, r->nzero - v * 1, r->ych, r->ysplit[v],
                           r->yjump);
            }
        }
}

/* One tap (or, merged, one kernel row) of a register block over the
 * columns [p0, p1): xt is column p0's input at the cache block's first
 * channel, wt the tap's weights.  The n channels run in layout blocks of
 * cblk, xcb floats apart, their channels xch apart (1; NCHW's plane), the
 * first starting coff channels into its block (a group that does not
 * start on a block boundary). */
INLINE void tap(float acc[4][8], const float *xt, ptrdiff_t xp, ptrdiff_t xcb,
                ptrdiff_t xch, const float *wt, int n, int cblk, int coff, int p0, int p1, int nv)
{
    xt -= coff * xch;
    for (int c = -coff; c < n; c += cblk) {
        const int a = c < 0 ? -c : 0, nb = n - c < cblk ? n - c : cblk;
        for (int ii = a; ii < nb; ii++) {
            float wv[8];
            for (int v = 0; v < nv; v++) wv[v] = *(wt + (c + ii) * 8 + v * 1);
            for (int p = p0; p < p1; p++) {
                const float xb = *(xt + (p - p0) * xp + ii * xch);
                for (int v = 0; v < nv; v++) acc[p][v] = xb * wv[v] + acc[p][v];
            }
        }
        xt += xcb;
    }
}

/* Any other column range (kernels wider than the blocks, large padding):
 * the same loop with run-time bounds, one test per column. */
INLINE void tap_any(float acc[4][8], const float *xt, ptrdiff_t xp, ptrdiff_t xcb,
                    ptrdiff_t xch, const float *wt, int n, int cblk, int coff, int pa, int pb, int wob,
                    int nv)
{
    xt -= coff * xch;
    for (int c = -coff; c < n; c += cblk) {
        const int a = c < 0 ? -c : 0, nb = n - c < cblk ? n - c : cblk;
        for (int ii = a; ii < nb; ii++) {
            float wv[8];
            for (int v = 0; v < nv; v++) wv[v] = *(wt + (c + ii) * 8 + v * 1);
            for (int p = 0; p < wob; p++) {
                if (p < pa || p >= pb) continue;
                const float xb = *(xt + (p - pa) * xp + ii * xch);
                for (int v = 0; v < nv; v++) acc[p][v] = xb * wv[v] + acc[p][v];
            }
        }
        xt += xcb;
    }
}

/* The case of the column range [pa, pb) of a wob-column block in the
 * switches over cut ranges: pa * 4 + (wob - pb), or -1 if either end
 * cuts more than 3 columns. */
INLINE int cut_case(int pa, int pb, int wob)
{
    return pa <= 3 && wob - pb <= 3 ? pa * 4 + (wob - pb) : -1;
}

/* One register block of the dense convolution: wob output columns from
 * ox0, nv vectors of output channels.  Per tap, the columns [pa, pb) that
 * read inside the input: all of them except in the blocks at the row's
 * ends.  In an interior block with merge_kx (NHWC, the whole of C in one
 * cache block, no dilation) a column's input over (kx, channel) is one
 * contiguous run of kw * C floats, and so are the weights: one kernel row
 * is then one long reduction, which keeps layers with few channels (the
 * first layer's C = 3) in the tight loop. */
INLINE void conv_tile(const lmc_direct_row *r, int ox0, int wob, int nv)
{
    const bool full = r->nvalid >= nv * 1;
    const bool merged = r->merge_kx && lmc_direct_block_interior(r, ox0, wob);
    float acc[4][8];
    float *y = r->y + (ptrdiff_t)ox0 * r->ypix;
    init(r, y, wob, nv, full, acc);
    const ptrdiff_t xp = (ptrdiff_t)r->stride_w * r->xpix; /* between output columns */
    const ptrdiff_t col0 = (ptrdiff_t)ox0 * r->stride_w - r->pad_left;
    const int cib = r->cib, cblk = r->cblk, coff = r->coff;
    if (merged) {
        const int n = r->kw * cib;
        for (int ky = r->ky0; ky < r->ky1; ky++) {
            const ptrdiff_t rowoff = ((ptrdiff_t)r->iy0 + (ptrdiff_t)ky * r->dil_h) * r->xrow;
            tap(acc, r->x + rowoff + col0 * r->xpix, xp, 0, 1, r->w + (ptrdiff_t)ky * n * 8, n, n, 0,
                0, wob, nv);
        }
        store(r, y, wob, nv, full, acc);
        return;
    }
    for (int kx = 0; kx < r->kw; kx++) {
        int pa, pb;
        lmc_direct_tap_cols(r, kx, ox0, wob, &pa, &pb);
        if (pa >= pb) continue;
        const int cut = cut_case(pa, pb, wob);
        for (int ky = r->ky0; ky < r->ky1; ky++) {
            const ptrdiff_t rowoff = ((ptrdiff_t)r->iy0 + (ptrdiff_t)ky * r->dil_h) * r->xrow;
            /* column pa's input; column p's is (p - pa) * xp further */
            const float *xt =
                r->x + rowoff + (col0 + (ptrdiff_t)pa * r->stride_w + (ptrdiff_t)kx * r->dil_w) * r->xpix;
            const float *wt = r->w + ((ptrdiff_t)ky * r->kw + kx) * cib * 8;
            /* each cut of up to 3 columns at either end its own loop */
            switch (cut) {
            case 0:
                if (0 < wob - 0) {
                    tap(acc, xt, xp, r->xcb, r->xch, wt, cib, cblk, coff, 0, wob - 0, nv);
                    break;
                }
                tap_any(acc, xt, xp, r->xcb, r->xch, wt, cib, cblk, coff, pa, pb, wob, nv);
                break;
            case 1:
                if (0 < wob - 1) {
                    tap(acc, xt, xp, r->xcb, r->xch, wt, cib, cblk, coff, 0, wob - 1, nv);
                    break;
                }
                tap_any(acc, xt, xp, r->xcb, r->xch, wt, cib, cblk, coff, pa, pb, wob, nv);
                break;
            case 2:
                if (0 < wob - 2) {
                    tap(acc, xt, xp, r->xcb, r->xch, wt, cib, cblk, coff, 0, wob - 2, nv);
                    break;
                }
                tap_any(acc, xt, xp, r->xcb, r->xch, wt, cib, cblk, coff, pa, pb, wob, nv);
                break;
            case 3:
                if (0 < wob - 3) {
                    tap(acc, xt, xp, r->xcb, r->xch, wt, cib, cblk, coff, 0, wob - 3, nv);
                    break;
                }
                tap_any(acc, xt, xp, r->xcb, r->xch, wt, cib, cblk, coff, pa, pb, wob, nv);
                break;
            case 4:
                if (1 < wob - 0) {
                    tap(acc, xt, xp, r->xcb, r->xch, wt, cib, cblk, coff, 1, wob - 0, nv);
                    break;
                }
                tap_any(acc, xt, xp, r->xcb, r->xch, wt, cib, cblk, coff, pa, pb, wob, nv);
                break;
            case 5:
                if (1 < wob - 1) {
                    tap(acc, xt, xp, r->xcb, r->xch, wt, cib, cblk, coff, 1, wob - 1, nv);
                    break;
                }
                tap_any(acc, xt, xp, r->xcb, r->xch, wt, cib, cblk, coff, pa, pb, wob, nv);
                break;
            case 6:
                if (1 < wob - 2) {
                    tap(acc, xt, xp, r->xcb, r->xch, wt, cib, cblk, coff, 1, wob - 2, nv);
                    break;
                }
                tap_any(acc, xt, xp, r->xcb, r->xch, wt, cib, cblk, coff, pa, pb, wob, nv);
                break;
            case 7:
                if (1 < wob - 3) {
                    tap(acc, xt, xp, r->xcb, r->xch, wt, cib, cblk, coff, 1, wob - 3, nv);
                    break;
                }
                tap_any(acc, xt, xp, r->xcb, r->xch, wt, cib, cblk, coff, pa, pb, wob, nv);
                break;
            case 8:
                if (2 < wob - 0) {
                    tap(acc, xt, xp, r->xcb, r->xch, wt, cib, cblk, coff, 2, wob - 0, nv);
                    break;
                }
                tap_any(acc, xt, xp, r->xcb, r->xch, wt, cib, cblk, coff, pa, pb, wob, nv);
                break;
            case 9:
                if (2 < wob - 1) {
                    tap(acc, xt, xp, r->xcb, r->xch, wt, cib, cblk, coff, 2, wob - 1, nv);
                    break;
                }
                tap_any(acc, xt, xp, r->xcb, r->xch, wt, cib, cblk, coff, pa, pb, wob, nv);
                break;
            case 10:
                if (2 < wob - 2) {
                    tap(acc, xt, xp, r->xcb, r->xch, wt, cib, cblk, coff, 2, wob - 2, nv);
                    break;
                }
                tap_any(acc, xt, xp, r->xcb, r->xch, wt, cib, cblk, coff, pa, pb, wob, nv);
                break;
            case 11:
                if (2 < wob - 3) {
                    tap(acc, xt, xp, r->xcb, r->xch, wt, cib, cblk, coff, 2, wob - 3, nv);
                    break;
                }
                tap_any(acc, xt, xp, r->xcb, r->xch, wt, cib, cblk, coff, pa, pb, wob, nv);
                break;
            case 12:
                if (3 < wob - 0) {
                    tap(acc, xt, xp, r->xcb, r->xch, wt, cib, cblk, coff, 3, wob - 0, nv);
                    break;
                }
                tap_any(acc, xt, xp, r->xcb, r->xch, wt, cib, cblk, coff, pa, pb, wob, nv);
                break;
            case 13:
                if (3 < wob - 1) {
                    tap(acc, xt, xp, r->xcb, r->xch, wt, cib, cblk, coff, 3, wob - 1, nv);
                    break;
                }
                tap_any(acc, xt, xp, r->xcb, r->xch, wt, cib, cblk, coff, pa, pb, wob, nv);
                break;
            case 14:
                if (3 < wob - 2) {
                    tap(acc, xt, xp, r->xcb, r->xch, wt, cib, cblk, coff, 3, wob - 2, nv);
                    break;
                }
                tap_any(acc, xt, xp, r->xcb, r->xch, wt, cib, cblk, coff, pa, pb, wob, nv);
                break;
            case 15:
                if (3 < wob - 3) {
                    tap(acc, xt, xp, r->xcb, r->xch, wt, cib, cblk, coff, 3, wob - 3, nv);
                    break;
                }
                tap_any(acc, xt, xp, r->xcb, r->xch, wt, cib, cblk, coff, pa, pb, wob, nv);
                break;
            default:
                tap_any(acc, xt, xp, r->xcb, r->xch, wt, cib, cblk, coff, pa, pb, wob, nv);
                break;
            }
        }
    }
    store(r, y, wob, nv, full, acc);
}

/* Depthwise: one input and one output channel per group, vectorised over
 * channels (contiguous in NHWC and within a block of the blocked layouts):
 * each tap is a vector load of the input, not a broadcast, times the tap's
 * weight vector reused over the columns. */
INLINE void dw_tile(const lmc_direct_row *r, int ox0, int wob, int nv)
{
    float acc[4][8];
    float *y = r->y + (ptrdiff_t)ox0 * r->ypix;
    const bool full = r->nvalid >= nv * 1;
    init(r, y, wob, nv, full, acc);
    const ptrdiff_t xp = (ptrdiff_t)r->stride_w * r->xpix;
    const ptrdiff_t col0 = (ptrdiff_t)ox0 * r->stride_w - r->pad_left;
    for (int kx = 0; kx < r->kw; kx++) {
        int pa, pb;
        lmc_direct_tap_cols(r, kx, ox0, wob, &pa, &pb);
        if (pa >= pb) continue;
        for (int ky = r->ky0; ky < r->ky1; ky++) {
            const ptrdiff_t rowoff = ((ptrdiff_t)r->iy0 + (ptrdiff_t)ky * r->dil_h) * r->xrow;
            const float *xt =
                r->x + rowoff + (col0 + (ptrdiff_t)pa * r->stride_w + (ptrdiff_t)kx * r->dil_w) * r->xpix;
            const float *wt = r->w + ((ptrdiff_t)ky * r->kw + kx) * r->wdw;
            for (int v = 0; v < nv; v++) {
                const float wv = *(wt + v * 1);
                for (int p = 0; p < wob; p++) {
                    if (p < pa || p >= pb) continue;
                    const float xv = *(xt + (p - pa) * xp + r->xvoff[v]);
                    acc[p][v] = xv * wv + acc[p][v];
                }
            }
        }
    }
    store(r, y, wob, nv, full, acc);
}

/* The generic blocks of each width: conv (the whole tile, partial via
 * nvalid), dw (depthwise, 8 vectors) and dw_v1 (depthwise, one vector). */

static void lmc_f32_direct_conv_8cx4w_conv1__scalar(const lmc_direct_row *r, int ox0)
{
    conv_tile(r, ox0, 1, 8);
}

static void lmc_f32_direct_conv_8cx4w_dw1__scalar(const lmc_direct_row *r, int ox0)
{
    dw_tile(r, ox0, 1, 8);
}

static void lmc_f32_direct_conv_8cx4w_dw1_v1__scalar(const lmc_direct_row *r, int ox0)
{
    dw_tile(r, ox0, 1, 1);
}

static void lmc_f32_direct_conv_8cx4w_conv2__scalar(const lmc_direct_row *r, int ox0)
{
    conv_tile(r, ox0, 2, 8);
}

static void lmc_f32_direct_conv_8cx4w_dw2__scalar(const lmc_direct_row *r, int ox0)
{
    dw_tile(r, ox0, 2, 8);
}

static void lmc_f32_direct_conv_8cx4w_dw2_v1__scalar(const lmc_direct_row *r, int ox0)
{
    dw_tile(r, ox0, 2, 1);
}

static void lmc_f32_direct_conv_8cx4w_conv3__scalar(const lmc_direct_row *r, int ox0)
{
    conv_tile(r, ox0, 3, 8);
}

static void lmc_f32_direct_conv_8cx4w_dw3__scalar(const lmc_direct_row *r, int ox0)
{
    dw_tile(r, ox0, 3, 8);
}

static void lmc_f32_direct_conv_8cx4w_dw3_v1__scalar(const lmc_direct_row *r, int ox0)
{
    dw_tile(r, ox0, 3, 1);
}

static void lmc_f32_direct_conv_8cx4w_conv4__scalar(const lmc_direct_row *r, int ox0)
{
    conv_tile(r, ox0, 4, 8);
}

static void lmc_f32_direct_conv_8cx4w_dw4__scalar(const lmc_direct_row *r, int ox0)
{
    dw_tile(r, ox0, 4, 8);
}

static void lmc_f32_direct_conv_8cx4w_dw4_v1__scalar(const lmc_direct_row *r, int ox0)
{
    dw_tile(r, ox0, 4, 1);
}

const lmc_direct_ukernel lmc_f32_direct_conv_8cx4w__scalar = {
    .name = "f32-direct-conv-8cx4w-scalar",
    .isa = LMC_ISA_SCALAR,
    .vw = 1,
    .nv = 8,
    .wob = 4,
    .dw_wob = 4,
    .conv = {
        [1] = lmc_f32_direct_conv_8cx4w_conv1__scalar,
        [2] = lmc_f32_direct_conv_8cx4w_conv2__scalar,
        [3] = lmc_f32_direct_conv_8cx4w_conv3__scalar,
        [4] = lmc_f32_direct_conv_8cx4w_conv4__scalar,
    },
    .dw = {
        [1] = lmc_f32_direct_conv_8cx4w_dw1__scalar,
        [2] = lmc_f32_direct_conv_8cx4w_dw2__scalar,
        [3] = lmc_f32_direct_conv_8cx4w_dw3__scalar,
        [4] = lmc_f32_direct_conv_8cx4w_dw4__scalar,
    },
    .dw_v1 = {
        [1] = lmc_f32_direct_conv_8cx4w_dw1_v1__scalar,
        [2] = lmc_f32_direct_conv_8cx4w_dw2_v1__scalar,
        [3] = lmc_f32_direct_conv_8cx4w_dw3_v1__scalar,
        [4] = lmc_f32_direct_conv_8cx4w_dw4_v1__scalar,
    },
};
