/* Generated from src/direct/f32-direct-conv.c.in (ISA=neon, VW=4, NV=2, WOB=14, DW_WOB=12) by
 *   python3 tools/generate-kernels.py
 * Do not edit: change the template or the parameters in
 * tools/generate-kernels.py, then run that command. */
/* Direct-convolution register blocks, NEON: 8 output channels (2 q
 * registers) x 14 output columns = 28 accumulators + 2 weight vectors + 1
 * broadcast = 31 of 32; E = 112.  Each weight vector serves 14 columns: the
 * tile for narrow rows, channel counts 16 would pad, and depthwise (as
 * AVX-512's 32 x 14; depthwise blocks stop at 12 columns as there). */
#include <arm_neon.h>
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
static void part_load(float t[4], const float *src, int n, ptrdiff_t step, int split, ptrdiff_t jump)
{
    for (int l = 0; l < 4; l++) t[l] = l < n ? src[lane_at(l, step, split, jump)] : 0.0f;
}

/* Channels [0, n) of a vector to yp, [n, nz) zeros (blocked layouts'
 * padding channels), nothing beyond. */
static void part_store(float *yp, const float t[4], int n, int nz, ptrdiff_t step, int split,
                       ptrdiff_t jump)
{
    for (int l = 0; l < 4 && l < nz; l++) yp[lane_at(l, step, split, jump)] = l < n ? t[l] : 0.0f;
}

/* A whole vector of output channels that is not one plain load or store
 * (r->ylanes): through the stack, a lane at a time, once per register
 * block after its whole reduction (the named blocks' prologue and
 * epilogue). */
INLINE float32x4_t lanes_load(const lmc_direct_row *r, const float *src, int v)
{
    float t[4];
    for (int l = 0; l < 4; l++) t[l] = src[lane_at(l, r->ych, r->ysplit[v], r->yjump)];
    return vld1q_f32(t);
}

INLINE void lanes_store(const lmc_direct_row *r, float *yp, int v, float32x4_t x)
{
    float t[4];
    vst1q_f32(t, x);
    for (int l = 0; l < 4; l++) yp[lane_at(l, r->ych, r->ysplit[v], r->yjump)] = t[l];
}

/* ---- generic blocks: any width, any tile, accumulators in acc[][] --------
 * wob and nv are constants in every caller, so the loops unroll and acc
 * stays in registers where the compiler manages it. */

/* acc[p][v] = the tile's starting value: the bias on the first cache block,
 * otherwise what the previous cache blocks left in the output. */
INLINE void init(const lmc_direct_row *r, float *y, int wob, int nv, bool full,
                 float32x4_t acc[14][2])
{
    float t[4];
    if (r->first) {
        for (int v = 0; v < nv; v++) {
            float32x4_t b = vdupq_n_f32(0.0f);
            if (r->bias && full) {
                b = vld1q_f32(r->bias + v * 4);
            } else if (r->bias) {
                part_load(t, r->bias + v * 4, r->nvalid - v * 4, 1, 4, 0);
                b = vld1q_f32(t);
            }
            for (int p = 0; p < wob; p++) acc[p][v] = b;
        }
        return;
    }
    for (int p = 0; p < wob; p++)
        for (int v = 0; v < nv; v++) {
            const float *yp = y + p * r->ypix + r->yvoff[v];
            if (full && !r->ylanes) {
                acc[p][v] = vld1q_f32(yp);
            } else {
                part_load(t, yp, r->nvalid - v * 4, r->ych, r->ysplit[v], r->yjump);
                acc[p][v] = vld1q_f32(t);
            }
        }
}

/* Stores the register block, with the ReLU after the last cache block.  A
 * partial tile writes its nvalid channels and zeros the blocked layout's
 * padding channels up to nzero; nothing beyond. */
INLINE void store(const lmc_direct_row *r, float *y, int wob, int nv, bool full,
                  float32x4_t acc[14][2])
{
    if (r->last && r->relu)
        for (int p = 0; p < wob; p++)
            for (int v = 0; v < nv; v++) acc[p][v] = vmaxq_f32(acc[p][v], vdupq_n_f32(0.0f));
    float t[4];
    for (int p = 0; p < wob; p++)
        for (int v = 0; v < nv; v++) {
            float *yp = y + p * r->ypix + r->yvoff[v];
            if (full && !r->ylanes) {
                vst1q_f32(yp, acc[p][v]);
            } else {
                vst1q_f32(t, acc[p][v]);
                part_store(yp, t, r->nvalid - v * 4, r->nzero - v * 4, r->ych, r->ysplit[v],
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
INLINE void tap(float32x4_t acc[14][2], const float *xt, ptrdiff_t xp, ptrdiff_t xcb,
                ptrdiff_t xch, const float *wt, int n, int cblk, int coff, int p0, int p1, int nv)
{
    xt -= coff * xch;
    for (int c = -coff; c < n; c += cblk) {
        const int a = c < 0 ? -c : 0, nb = n - c < cblk ? n - c : cblk;
        for (int ii = a; ii < nb; ii++) {
            float32x4_t wv[2];
            for (int v = 0; v < nv; v++) wv[v] = vld1q_f32(wt + (c + ii) * 8 + v * 4);
            for (int p = p0; p < p1; p++) {
                const float32x4_t xb = vld1q_dup_f32(xt + (p - p0) * xp + ii * xch);
                for (int v = 0; v < nv; v++) acc[p][v] = vfmaq_f32(acc[p][v], xb, wv[v]);
            }
        }
        xt += xcb;
    }
}

/* Any other column range (kernels wider than the blocks, large padding):
 * the same loop with run-time bounds, one test per column. */
INLINE void tap_any(float32x4_t acc[14][2], const float *xt, ptrdiff_t xp, ptrdiff_t xcb,
                    ptrdiff_t xch, const float *wt, int n, int cblk, int coff, int pa, int pb, int wob,
                    int nv)
{
    xt -= coff * xch;
    for (int c = -coff; c < n; c += cblk) {
        const int a = c < 0 ? -c : 0, nb = n - c < cblk ? n - c : cblk;
        for (int ii = a; ii < nb; ii++) {
            float32x4_t wv[2];
            for (int v = 0; v < nv; v++) wv[v] = vld1q_f32(wt + (c + ii) * 8 + v * 4);
            for (int p = 0; p < wob; p++) {
                if (p < pa || p >= pb) continue;
                const float32x4_t xb = vld1q_dup_f32(xt + (p - pa) * xp + ii * xch);
                for (int v = 0; v < nv; v++) acc[p][v] = vfmaq_f32(acc[p][v], xb, wv[v]);
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
    const bool full = r->nvalid >= nv * 4;
    const bool merged = r->merge_kx && lmc_direct_block_interior(r, ox0, wob);
    float32x4_t acc[14][2];
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
    float32x4_t acc[14][2];
    float *y = r->y + (ptrdiff_t)ox0 * r->ypix;
    const bool full = r->nvalid >= nv * 4;
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
                const float32x4_t wv = vld1q_f32(wt + v * 4);
                for (int p = 0; p < wob; p++) {
                    if (p < pa || p >= pb) continue;
                    const float32x4_t xv = vld1q_f32(xt + (p - pa) * xp + r->xvoff[v]);
                    acc[p][v] = vfmaq_f32(acc[p][v], xv, wv);
                }
            }
        }
    }
    store(r, y, wob, nv, full, acc);
}

/* The generic blocks of each width: conv (the whole tile, partial via
 * nvalid), dw (depthwise, 2 vectors) and dw_v1 (depthwise, one vector). */

static void lmc_f32_direct_conv_8cx14w_conv1__neon(const lmc_direct_row *r, int ox0)
{
    conv_tile(r, ox0, 1, 2);
}

static void lmc_f32_direct_conv_8cx14w_dw1__neon(const lmc_direct_row *r, int ox0)
{
    dw_tile(r, ox0, 1, 2);
}

static void lmc_f32_direct_conv_8cx14w_dw1_v1__neon(const lmc_direct_row *r, int ox0)
{
    dw_tile(r, ox0, 1, 1);
}

static void lmc_f32_direct_conv_8cx14w_conv2__neon(const lmc_direct_row *r, int ox0)
{
    conv_tile(r, ox0, 2, 2);
}

static void lmc_f32_direct_conv_8cx14w_dw2__neon(const lmc_direct_row *r, int ox0)
{
    dw_tile(r, ox0, 2, 2);
}

static void lmc_f32_direct_conv_8cx14w_dw2_v1__neon(const lmc_direct_row *r, int ox0)
{
    dw_tile(r, ox0, 2, 1);
}

static void lmc_f32_direct_conv_8cx14w_conv3__neon(const lmc_direct_row *r, int ox0)
{
    conv_tile(r, ox0, 3, 2);
}

static void lmc_f32_direct_conv_8cx14w_dw3__neon(const lmc_direct_row *r, int ox0)
{
    dw_tile(r, ox0, 3, 2);
}

static void lmc_f32_direct_conv_8cx14w_dw3_v1__neon(const lmc_direct_row *r, int ox0)
{
    dw_tile(r, ox0, 3, 1);
}

static void lmc_f32_direct_conv_8cx14w_conv4__neon(const lmc_direct_row *r, int ox0)
{
    conv_tile(r, ox0, 4, 2);
}

static void lmc_f32_direct_conv_8cx14w_dw4__neon(const lmc_direct_row *r, int ox0)
{
    dw_tile(r, ox0, 4, 2);
}

static void lmc_f32_direct_conv_8cx14w_dw4_v1__neon(const lmc_direct_row *r, int ox0)
{
    dw_tile(r, ox0, 4, 1);
}

static void lmc_f32_direct_conv_8cx14w_conv5__neon(const lmc_direct_row *r, int ox0)
{
    conv_tile(r, ox0, 5, 2);
}

static void lmc_f32_direct_conv_8cx14w_dw5__neon(const lmc_direct_row *r, int ox0)
{
    dw_tile(r, ox0, 5, 2);
}

static void lmc_f32_direct_conv_8cx14w_dw5_v1__neon(const lmc_direct_row *r, int ox0)
{
    dw_tile(r, ox0, 5, 1);
}

static void lmc_f32_direct_conv_8cx14w_conv6__neon(const lmc_direct_row *r, int ox0)
{
    conv_tile(r, ox0, 6, 2);
}

static void lmc_f32_direct_conv_8cx14w_dw6__neon(const lmc_direct_row *r, int ox0)
{
    dw_tile(r, ox0, 6, 2);
}

static void lmc_f32_direct_conv_8cx14w_dw6_v1__neon(const lmc_direct_row *r, int ox0)
{
    dw_tile(r, ox0, 6, 1);
}

static void lmc_f32_direct_conv_8cx14w_conv7__neon(const lmc_direct_row *r, int ox0)
{
    conv_tile(r, ox0, 7, 2);
}

static void lmc_f32_direct_conv_8cx14w_dw7__neon(const lmc_direct_row *r, int ox0)
{
    dw_tile(r, ox0, 7, 2);
}

static void lmc_f32_direct_conv_8cx14w_dw7_v1__neon(const lmc_direct_row *r, int ox0)
{
    dw_tile(r, ox0, 7, 1);
}

static void lmc_f32_direct_conv_8cx14w_conv8__neon(const lmc_direct_row *r, int ox0)
{
    conv_tile(r, ox0, 8, 2);
}

static void lmc_f32_direct_conv_8cx14w_dw8__neon(const lmc_direct_row *r, int ox0)
{
    dw_tile(r, ox0, 8, 2);
}

static void lmc_f32_direct_conv_8cx14w_dw8_v1__neon(const lmc_direct_row *r, int ox0)
{
    dw_tile(r, ox0, 8, 1);
}

static void lmc_f32_direct_conv_8cx14w_conv9__neon(const lmc_direct_row *r, int ox0)
{
    conv_tile(r, ox0, 9, 2);
}

static void lmc_f32_direct_conv_8cx14w_dw9__neon(const lmc_direct_row *r, int ox0)
{
    dw_tile(r, ox0, 9, 2);
}

static void lmc_f32_direct_conv_8cx14w_dw9_v1__neon(const lmc_direct_row *r, int ox0)
{
    dw_tile(r, ox0, 9, 1);
}

static void lmc_f32_direct_conv_8cx14w_conv10__neon(const lmc_direct_row *r, int ox0)
{
    conv_tile(r, ox0, 10, 2);
}

static void lmc_f32_direct_conv_8cx14w_dw10__neon(const lmc_direct_row *r, int ox0)
{
    dw_tile(r, ox0, 10, 2);
}

static void lmc_f32_direct_conv_8cx14w_dw10_v1__neon(const lmc_direct_row *r, int ox0)
{
    dw_tile(r, ox0, 10, 1);
}

static void lmc_f32_direct_conv_8cx14w_conv11__neon(const lmc_direct_row *r, int ox0)
{
    conv_tile(r, ox0, 11, 2);
}

static void lmc_f32_direct_conv_8cx14w_dw11__neon(const lmc_direct_row *r, int ox0)
{
    dw_tile(r, ox0, 11, 2);
}

static void lmc_f32_direct_conv_8cx14w_dw11_v1__neon(const lmc_direct_row *r, int ox0)
{
    dw_tile(r, ox0, 11, 1);
}

static void lmc_f32_direct_conv_8cx14w_conv12__neon(const lmc_direct_row *r, int ox0)
{
    conv_tile(r, ox0, 12, 2);
}

static void lmc_f32_direct_conv_8cx14w_dw12__neon(const lmc_direct_row *r, int ox0)
{
    dw_tile(r, ox0, 12, 2);
}

static void lmc_f32_direct_conv_8cx14w_dw12_v1__neon(const lmc_direct_row *r, int ox0)
{
    dw_tile(r, ox0, 12, 1);
}

static void lmc_f32_direct_conv_8cx14w_conv13__neon(const lmc_direct_row *r, int ox0)
{
    conv_tile(r, ox0, 13, 2);
}

static void lmc_f32_direct_conv_8cx14w_conv14__neon(const lmc_direct_row *r, int ox0)
{
    conv_tile(r, ox0, 14, 2);
}

/* ---- named-accumulator blocks: full tiles of widths 7 .. 14 --------------
 * Accumulator a<p>_<v> is column p, vector v.  GCC keeps an acc[][] array on
 * the stack around each reduction loop (a load and a store of every
 * accumulator per tap), which costs most where reductions are short (1x1
 * layers with 64 input channels ran at ~80 % of peak); these blocks keep
 * them in registers.  The same products in the same order as conv_tile. */

/* 7 columns, a run of nblk interior blocks with merge_kx (rows.c has
 * checked that they are): per kernel row one reduction over kw * C.  The
 * next block's input is prefetched when the reduction is long enough to
 * hide it (VGG's 3x3 layers 2-5 % faster; short ones, C = 3 or 1x1 with 64
 * channels, lost). */
static __attribute__((noinline)) void lmc_f32_direct_conv_8cx14w_merged7__neon(const lmc_direct_row *r, int ox0,
                                                                               int nblk)
{
    for (const int ox_end = ox0 + nblk * 7; ox0 < ox_end; ox0 += 7) {
        const ptrdiff_t ypix = r->ypix, xp = (ptrdiff_t)r->stride_w * r->xpix;
        const ptrdiff_t col0 = (ptrdiff_t)ox0 * r->stride_w - r->pad_left;
        float *y = r->y + (ptrdiff_t)ox0 * ypix;
        float32x4_t a0_0, a0_1;
        float32x4_t a1_0, a1_1;
        float32x4_t a2_0, a2_1;
        float32x4_t a3_0, a3_1;
        float32x4_t a4_0, a4_1;
        float32x4_t a5_0, a5_1;
        float32x4_t a6_0, a6_1;
        if (r->first) {
            const float32x4_t bb0 = r->bias ? vld1q_f32(r->bias) : vdupq_n_f32(0.0f);
            const float32x4_t bb1 = r->bias ? vld1q_f32(r->bias + 4) : vdupq_n_f32(0.0f);
            a0_0 = bb0;
            a0_1 = bb1;
            a1_0 = bb0;
            a1_1 = bb1;
            a2_0 = bb0;
            a2_1 = bb1;
            a3_0 = bb0;
            a3_1 = bb1;
            a4_0 = bb0;
            a4_1 = bb1;
            a5_0 = bb0;
            a5_1 = bb1;
            a6_0 = bb0;
            a6_1 = bb1;
        } else if (!r->ylanes) {
            a0_0 = vld1q_f32(y + r->yvoff[0]);
            a0_1 = vld1q_f32(y + r->yvoff[1]);
            a1_0 = vld1q_f32(y + 1 * ypix + r->yvoff[0]);
            a1_1 = vld1q_f32(y + 1 * ypix + r->yvoff[1]);
            a2_0 = vld1q_f32(y + 2 * ypix + r->yvoff[0]);
            a2_1 = vld1q_f32(y + 2 * ypix + r->yvoff[1]);
            a3_0 = vld1q_f32(y + 3 * ypix + r->yvoff[0]);
            a3_1 = vld1q_f32(y + 3 * ypix + r->yvoff[1]);
            a4_0 = vld1q_f32(y + 4 * ypix + r->yvoff[0]);
            a4_1 = vld1q_f32(y + 4 * ypix + r->yvoff[1]);
            a5_0 = vld1q_f32(y + 5 * ypix + r->yvoff[0]);
            a5_1 = vld1q_f32(y + 5 * ypix + r->yvoff[1]);
            a6_0 = vld1q_f32(y + 6 * ypix + r->yvoff[0]);
            a6_1 = vld1q_f32(y + 6 * ypix + r->yvoff[1]);
        } else {
            a0_0 = lanes_load(r, y + r->yvoff[0], 0);
            a0_1 = lanes_load(r, y + r->yvoff[1], 1);
            a1_0 = lanes_load(r, y + 1 * ypix + r->yvoff[0], 0);
            a1_1 = lanes_load(r, y + 1 * ypix + r->yvoff[1], 1);
            a2_0 = lanes_load(r, y + 2 * ypix + r->yvoff[0], 0);
            a2_1 = lanes_load(r, y + 2 * ypix + r->yvoff[1], 1);
            a3_0 = lanes_load(r, y + 3 * ypix + r->yvoff[0], 0);
            a3_1 = lanes_load(r, y + 3 * ypix + r->yvoff[1], 1);
            a4_0 = lanes_load(r, y + 4 * ypix + r->yvoff[0], 0);
            a4_1 = lanes_load(r, y + 4 * ypix + r->yvoff[1], 1);
            a5_0 = lanes_load(r, y + 5 * ypix + r->yvoff[0], 0);
            a5_1 = lanes_load(r, y + 5 * ypix + r->yvoff[1], 1);
            a6_0 = lanes_load(r, y + 6 * ypix + r->yvoff[0], 0);
            a6_1 = lanes_load(r, y + 6 * ypix + r->yvoff[1], 1);
        }
        const int n = r->kw * r->cib;
        const ptrdiff_t next = 7 * xp;
        if (r->kw > 1 && n >= 128) {
            for (int ky = r->ky0; ky < r->ky1; ky++) {
                const float *xt =
                    r->x + ((ptrdiff_t)r->iy0 + (ptrdiff_t)ky * r->dil_h) * r->xrow + col0 * r->xpix;
                const float *wi = r->w + (ptrdiff_t)ky * n * 8;
#pragma GCC unroll 4
                for (int ii = 0; ii < n; ii++, wi += 8) {
                    const float *xi = xt + ii;
                    if ((ii & 15) == 0) {
                        __builtin_prefetch(xi + next, 0, 3);
                        __builtin_prefetch(xi + next + 1 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 2 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 3 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 4 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 5 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 6 * xp, 0, 3);
                    }
                    const float32x4_t w0 = vld1q_f32(wi);
                    const float32x4_t w1 = vld1q_f32(wi + 4);
                    const float32x4_t x0 = vld1q_dup_f32(xi);
                    a0_0 = vfmaq_f32(a0_0, x0, w0);
                    a0_1 = vfmaq_f32(a0_1, x0, w1);
                    const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                    a1_0 = vfmaq_f32(a1_0, x1, w0);
                    a1_1 = vfmaq_f32(a1_1, x1, w1);
                    const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                    a2_0 = vfmaq_f32(a2_0, x2, w0);
                    a2_1 = vfmaq_f32(a2_1, x2, w1);
                    const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                    a3_0 = vfmaq_f32(a3_0, x3, w0);
                    a3_1 = vfmaq_f32(a3_1, x3, w1);
                    const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                    a4_0 = vfmaq_f32(a4_0, x4, w0);
                    a4_1 = vfmaq_f32(a4_1, x4, w1);
                    const float32x4_t x5 = vld1q_dup_f32(xi + 5 * xp);
                    a5_0 = vfmaq_f32(a5_0, x5, w0);
                    a5_1 = vfmaq_f32(a5_1, x5, w1);
                    const float32x4_t x6 = vld1q_dup_f32(xi + 6 * xp);
                    a6_0 = vfmaq_f32(a6_0, x6, w0);
                    a6_1 = vfmaq_f32(a6_1, x6, w1);
                }
            }
        } else {
            for (int ky = r->ky0; ky < r->ky1; ky++) {
                const float *xt =
                    r->x + ((ptrdiff_t)r->iy0 + (ptrdiff_t)ky * r->dil_h) * r->xrow + col0 * r->xpix;
                const float *wi = r->w + (ptrdiff_t)ky * n * 8;
#pragma GCC unroll 4
                for (int ii = 0; ii < n; ii++, wi += 8) {
                    const float *xi = xt + ii;
                    const float32x4_t w0 = vld1q_f32(wi);
                    const float32x4_t w1 = vld1q_f32(wi + 4);
                    const float32x4_t x0 = vld1q_dup_f32(xi);
                    a0_0 = vfmaq_f32(a0_0, x0, w0);
                    a0_1 = vfmaq_f32(a0_1, x0, w1);
                    const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                    a1_0 = vfmaq_f32(a1_0, x1, w0);
                    a1_1 = vfmaq_f32(a1_1, x1, w1);
                    const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                    a2_0 = vfmaq_f32(a2_0, x2, w0);
                    a2_1 = vfmaq_f32(a2_1, x2, w1);
                    const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                    a3_0 = vfmaq_f32(a3_0, x3, w0);
                    a3_1 = vfmaq_f32(a3_1, x3, w1);
                    const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                    a4_0 = vfmaq_f32(a4_0, x4, w0);
                    a4_1 = vfmaq_f32(a4_1, x4, w1);
                    const float32x4_t x5 = vld1q_dup_f32(xi + 5 * xp);
                    a5_0 = vfmaq_f32(a5_0, x5, w0);
                    a5_1 = vfmaq_f32(a5_1, x5, w1);
                    const float32x4_t x6 = vld1q_dup_f32(xi + 6 * xp);
                    a6_0 = vfmaq_f32(a6_0, x6, w0);
                    a6_1 = vfmaq_f32(a6_1, x6, w1);
                }
            }
        }
        if (r->last && r->relu) {
            a0_0 = vmaxq_f32(a0_0, vdupq_n_f32(0.0f));
            a0_1 = vmaxq_f32(a0_1, vdupq_n_f32(0.0f));
            a1_0 = vmaxq_f32(a1_0, vdupq_n_f32(0.0f));
            a1_1 = vmaxq_f32(a1_1, vdupq_n_f32(0.0f));
            a2_0 = vmaxq_f32(a2_0, vdupq_n_f32(0.0f));
            a2_1 = vmaxq_f32(a2_1, vdupq_n_f32(0.0f));
            a3_0 = vmaxq_f32(a3_0, vdupq_n_f32(0.0f));
            a3_1 = vmaxq_f32(a3_1, vdupq_n_f32(0.0f));
            a4_0 = vmaxq_f32(a4_0, vdupq_n_f32(0.0f));
            a4_1 = vmaxq_f32(a4_1, vdupq_n_f32(0.0f));
            a5_0 = vmaxq_f32(a5_0, vdupq_n_f32(0.0f));
            a5_1 = vmaxq_f32(a5_1, vdupq_n_f32(0.0f));
            a6_0 = vmaxq_f32(a6_0, vdupq_n_f32(0.0f));
            a6_1 = vmaxq_f32(a6_1, vdupq_n_f32(0.0f));
        }
        if (!r->ylanes) {
            vst1q_f32(y + r->yvoff[0], a0_0);
            vst1q_f32(y + r->yvoff[1], a0_1);
            vst1q_f32(y + 1 * ypix + r->yvoff[0], a1_0);
            vst1q_f32(y + 1 * ypix + r->yvoff[1], a1_1);
            vst1q_f32(y + 2 * ypix + r->yvoff[0], a2_0);
            vst1q_f32(y + 2 * ypix + r->yvoff[1], a2_1);
            vst1q_f32(y + 3 * ypix + r->yvoff[0], a3_0);
            vst1q_f32(y + 3 * ypix + r->yvoff[1], a3_1);
            vst1q_f32(y + 4 * ypix + r->yvoff[0], a4_0);
            vst1q_f32(y + 4 * ypix + r->yvoff[1], a4_1);
            vst1q_f32(y + 5 * ypix + r->yvoff[0], a5_0);
            vst1q_f32(y + 5 * ypix + r->yvoff[1], a5_1);
            vst1q_f32(y + 6 * ypix + r->yvoff[0], a6_0);
            vst1q_f32(y + 6 * ypix + r->yvoff[1], a6_1);
        } else {
            lanes_store(r, y + r->yvoff[0], 0, a0_0);
            lanes_store(r, y + r->yvoff[1], 1, a0_1);
            lanes_store(r, y + 1 * ypix + r->yvoff[0], 0, a1_0);
            lanes_store(r, y + 1 * ypix + r->yvoff[1], 1, a1_1);
            lanes_store(r, y + 2 * ypix + r->yvoff[0], 0, a2_0);
            lanes_store(r, y + 2 * ypix + r->yvoff[1], 1, a2_1);
            lanes_store(r, y + 3 * ypix + r->yvoff[0], 0, a3_0);
            lanes_store(r, y + 3 * ypix + r->yvoff[1], 1, a3_1);
            lanes_store(r, y + 4 * ypix + r->yvoff[0], 0, a4_0);
            lanes_store(r, y + 4 * ypix + r->yvoff[1], 1, a4_1);
            lanes_store(r, y + 5 * ypix + r->yvoff[0], 0, a5_0);
            lanes_store(r, y + 5 * ypix + r->yvoff[1], 1, a5_1);
            lanes_store(r, y + 6 * ypix + r->yvoff[0], 0, a6_0);
            lanes_store(r, y + 6 * ypix + r->yvoff[1], 1, a6_1);
        }
    }
}

/* 7 columns tap by tap, any block; false (nothing done) if a tap cuts
 * more than 3 columns at either end or kw > 16.  With long taps (cib >=
 * 32) in the order of the weights, ky then kx: a kernel row's input stays
 * in L1 over its kw taps.  Short taps keep kx outer: the cut, hence the
 * switch's target, then repeats over ky (the 7x7 first layer with C = 3
 * lost 2-4 % with ky outer). */
static __attribute__((noinline)) bool lmc_f32_direct_conv_8cx14w_taps7__neon(const lmc_direct_row *r,
                                                                             int ox0)
{
    const bool inner = lmc_direct_block_interior(r, ox0, 7);
    signed char pas[16], cuts[16];
    if (r->kw > 16) return false;
    for (int kx = 0; kx < r->kw; kx++) {
        int pa = 0, pb = 7;
        if (!inner) lmc_direct_tap_cols(r, kx, ox0, 7, &pa, &pb);
        const int cut = cut_case(pa, pb, 7);
        if (pa < pb && cut < 0) return false;
        pas[kx] = (signed char)pa;
        cuts[kx] = (signed char)(pa < pb ? cut : -1);
    }
    const ptrdiff_t ypix = r->ypix, xp = (ptrdiff_t)r->stride_w * r->xpix;
    const ptrdiff_t col0 = (ptrdiff_t)ox0 * r->stride_w - r->pad_left;
    float *y = r->y + (ptrdiff_t)ox0 * ypix;
    float32x4_t a0_0, a0_1;
    float32x4_t a1_0, a1_1;
    float32x4_t a2_0, a2_1;
    float32x4_t a3_0, a3_1;
    float32x4_t a4_0, a4_1;
    float32x4_t a5_0, a5_1;
    float32x4_t a6_0, a6_1;
    if (r->first) {
        const float32x4_t bb0 = r->bias ? vld1q_f32(r->bias) : vdupq_n_f32(0.0f);
        const float32x4_t bb1 = r->bias ? vld1q_f32(r->bias + 4) : vdupq_n_f32(0.0f);
        a0_0 = bb0;
        a0_1 = bb1;
        a1_0 = bb0;
        a1_1 = bb1;
        a2_0 = bb0;
        a2_1 = bb1;
        a3_0 = bb0;
        a3_1 = bb1;
        a4_0 = bb0;
        a4_1 = bb1;
        a5_0 = bb0;
        a5_1 = bb1;
        a6_0 = bb0;
        a6_1 = bb1;
    } else if (!r->ylanes) {
        a0_0 = vld1q_f32(y + r->yvoff[0]);
        a0_1 = vld1q_f32(y + r->yvoff[1]);
        a1_0 = vld1q_f32(y + 1 * ypix + r->yvoff[0]);
        a1_1 = vld1q_f32(y + 1 * ypix + r->yvoff[1]);
        a2_0 = vld1q_f32(y + 2 * ypix + r->yvoff[0]);
        a2_1 = vld1q_f32(y + 2 * ypix + r->yvoff[1]);
        a3_0 = vld1q_f32(y + 3 * ypix + r->yvoff[0]);
        a3_1 = vld1q_f32(y + 3 * ypix + r->yvoff[1]);
        a4_0 = vld1q_f32(y + 4 * ypix + r->yvoff[0]);
        a4_1 = vld1q_f32(y + 4 * ypix + r->yvoff[1]);
        a5_0 = vld1q_f32(y + 5 * ypix + r->yvoff[0]);
        a5_1 = vld1q_f32(y + 5 * ypix + r->yvoff[1]);
        a6_0 = vld1q_f32(y + 6 * ypix + r->yvoff[0]);
        a6_1 = vld1q_f32(y + 6 * ypix + r->yvoff[1]);
    } else {
        a0_0 = lanes_load(r, y + r->yvoff[0], 0);
        a0_1 = lanes_load(r, y + r->yvoff[1], 1);
        a1_0 = lanes_load(r, y + 1 * ypix + r->yvoff[0], 0);
        a1_1 = lanes_load(r, y + 1 * ypix + r->yvoff[1], 1);
        a2_0 = lanes_load(r, y + 2 * ypix + r->yvoff[0], 0);
        a2_1 = lanes_load(r, y + 2 * ypix + r->yvoff[1], 1);
        a3_0 = lanes_load(r, y + 3 * ypix + r->yvoff[0], 0);
        a3_1 = lanes_load(r, y + 3 * ypix + r->yvoff[1], 1);
        a4_0 = lanes_load(r, y + 4 * ypix + r->yvoff[0], 0);
        a4_1 = lanes_load(r, y + 4 * ypix + r->yvoff[1], 1);
        a5_0 = lanes_load(r, y + 5 * ypix + r->yvoff[0], 0);
        a5_1 = lanes_load(r, y + 5 * ypix + r->yvoff[1], 1);
        a6_0 = lanes_load(r, y + 6 * ypix + r->yvoff[0], 0);
        a6_1 = lanes_load(r, y + 6 * ypix + r->yvoff[1], 1);
    }
    const int cib = r->cib, cblk = r->cblk, coff = r->coff;
    const ptrdiff_t xch = r->xch;
    if (cib >= 32) {
        for (int ky = r->ky0; ky < r->ky1; ky++)
            for (int kx = 0; kx < r->kw; kx++) {
                const int cut = cuts[kx], pa = pas[kx];
                if (cut >= 0) {
                    const ptrdiff_t rowoff = ((ptrdiff_t)r->iy0 + (ptrdiff_t)ky * r->dil_h) * r->xrow;
                    const float *xt =
                        r->x + rowoff + (col0 + (ptrdiff_t)pa * r->stride_w + (ptrdiff_t)kx * r->dil_w) * r->xpix;
                    const float *wt = r->w + ((ptrdiff_t)ky * r->kw + kx) * cib * 8;
                    switch (cut) {
                    case 0: { /* columns [0, 7) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x0 = vld1q_dup_f32(xi);
                                a0_0 = vfmaq_f32(a0_0, x0, w0);
                                a0_1 = vfmaq_f32(a0_1, x0, w1);
                                const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                                a1_0 = vfmaq_f32(a1_0, x1, w0);
                                a1_1 = vfmaq_f32(a1_1, x1, w1);
                                const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 5 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 6 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 1: { /* columns [0, 6) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x0 = vld1q_dup_f32(xi);
                                a0_0 = vfmaq_f32(a0_0, x0, w0);
                                a0_1 = vfmaq_f32(a0_1, x0, w1);
                                const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                                a1_0 = vfmaq_f32(a1_0, x1, w0);
                                a1_1 = vfmaq_f32(a1_1, x1, w1);
                                const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 5 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 2: { /* columns [0, 5) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x0 = vld1q_dup_f32(xi);
                                a0_0 = vfmaq_f32(a0_0, x0, w0);
                                a0_1 = vfmaq_f32(a0_1, x0, w1);
                                const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                                a1_0 = vfmaq_f32(a1_0, x1, w0);
                                a1_1 = vfmaq_f32(a1_1, x1, w1);
                                const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 3: { /* columns [0, 4) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x0 = vld1q_dup_f32(xi);
                                a0_0 = vfmaq_f32(a0_0, x0, w0);
                                a0_1 = vfmaq_f32(a0_1, x0, w1);
                                const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                                a1_0 = vfmaq_f32(a1_0, x1, w0);
                                a1_1 = vfmaq_f32(a1_1, x1, w1);
                                const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 4: { /* columns [1, 7) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x1 = vld1q_dup_f32(xi);
                                a1_0 = vfmaq_f32(a1_0, x1, w0);
                                a1_1 = vfmaq_f32(a1_1, x1, w1);
                                const float32x4_t x2 = vld1q_dup_f32(xi + 1 * xp);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 2 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 3 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 4 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 5 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 5: { /* columns [1, 6) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x1 = vld1q_dup_f32(xi);
                                a1_0 = vfmaq_f32(a1_0, x1, w0);
                                a1_1 = vfmaq_f32(a1_1, x1, w1);
                                const float32x4_t x2 = vld1q_dup_f32(xi + 1 * xp);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 2 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 3 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 4 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 6: { /* columns [1, 5) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x1 = vld1q_dup_f32(xi);
                                a1_0 = vfmaq_f32(a1_0, x1, w0);
                                a1_1 = vfmaq_f32(a1_1, x1, w1);
                                const float32x4_t x2 = vld1q_dup_f32(xi + 1 * xp);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 2 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 3 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 7: { /* columns [1, 4) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x1 = vld1q_dup_f32(xi);
                                a1_0 = vfmaq_f32(a1_0, x1, w0);
                                a1_1 = vfmaq_f32(a1_1, x1, w1);
                                const float32x4_t x2 = vld1q_dup_f32(xi + 1 * xp);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 2 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 8: { /* columns [2, 7) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x2 = vld1q_dup_f32(xi);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 1 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 2 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 3 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 4 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 9: { /* columns [2, 6) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x2 = vld1q_dup_f32(xi);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 1 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 2 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 3 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 10: { /* columns [2, 5) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x2 = vld1q_dup_f32(xi);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 1 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 2 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 11: { /* columns [2, 4) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x2 = vld1q_dup_f32(xi);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 1 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 12: { /* columns [3, 7) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x3 = vld1q_dup_f32(xi);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 1 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 2 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 3 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 13: { /* columns [3, 6) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x3 = vld1q_dup_f32(xi);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 1 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 2 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 14: { /* columns [3, 5) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x3 = vld1q_dup_f32(xi);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 1 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 15: { /* columns [3, 4) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x3 = vld1q_dup_f32(xi);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    default:
                        break;
                    }
                }
            }
    } else {
        for (int kx = 0; kx < r->kw; kx++) {
            const int cut = cuts[kx], pa = pas[kx];
            if (cut < 0) continue;
            for (int ky = r->ky0; ky < r->ky1; ky++) {
                const ptrdiff_t rowoff = ((ptrdiff_t)r->iy0 + (ptrdiff_t)ky * r->dil_h) * r->xrow;
                const float *xt =
                    r->x + rowoff + (col0 + (ptrdiff_t)pa * r->stride_w + (ptrdiff_t)kx * r->dil_w) * r->xpix;
                const float *wt = r->w + ((ptrdiff_t)ky * r->kw + kx) * cib * 8;
                switch (cut) {
                case 0: { /* columns [0, 7) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x0 = vld1q_dup_f32(xi);
                            a0_0 = vfmaq_f32(a0_0, x0, w0);
                            a0_1 = vfmaq_f32(a0_1, x0, w1);
                            const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                            a1_0 = vfmaq_f32(a1_0, x1, w0);
                            a1_1 = vfmaq_f32(a1_1, x1, w1);
                            const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 5 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 6 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 1: { /* columns [0, 6) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x0 = vld1q_dup_f32(xi);
                            a0_0 = vfmaq_f32(a0_0, x0, w0);
                            a0_1 = vfmaq_f32(a0_1, x0, w1);
                            const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                            a1_0 = vfmaq_f32(a1_0, x1, w0);
                            a1_1 = vfmaq_f32(a1_1, x1, w1);
                            const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 5 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 2: { /* columns [0, 5) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x0 = vld1q_dup_f32(xi);
                            a0_0 = vfmaq_f32(a0_0, x0, w0);
                            a0_1 = vfmaq_f32(a0_1, x0, w1);
                            const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                            a1_0 = vfmaq_f32(a1_0, x1, w0);
                            a1_1 = vfmaq_f32(a1_1, x1, w1);
                            const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 3: { /* columns [0, 4) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x0 = vld1q_dup_f32(xi);
                            a0_0 = vfmaq_f32(a0_0, x0, w0);
                            a0_1 = vfmaq_f32(a0_1, x0, w1);
                            const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                            a1_0 = vfmaq_f32(a1_0, x1, w0);
                            a1_1 = vfmaq_f32(a1_1, x1, w1);
                            const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 4: { /* columns [1, 7) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x1 = vld1q_dup_f32(xi);
                            a1_0 = vfmaq_f32(a1_0, x1, w0);
                            a1_1 = vfmaq_f32(a1_1, x1, w1);
                            const float32x4_t x2 = vld1q_dup_f32(xi + 1 * xp);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 2 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 3 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 4 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 5 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 5: { /* columns [1, 6) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x1 = vld1q_dup_f32(xi);
                            a1_0 = vfmaq_f32(a1_0, x1, w0);
                            a1_1 = vfmaq_f32(a1_1, x1, w1);
                            const float32x4_t x2 = vld1q_dup_f32(xi + 1 * xp);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 2 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 3 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 4 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 6: { /* columns [1, 5) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x1 = vld1q_dup_f32(xi);
                            a1_0 = vfmaq_f32(a1_0, x1, w0);
                            a1_1 = vfmaq_f32(a1_1, x1, w1);
                            const float32x4_t x2 = vld1q_dup_f32(xi + 1 * xp);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 2 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 3 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 7: { /* columns [1, 4) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x1 = vld1q_dup_f32(xi);
                            a1_0 = vfmaq_f32(a1_0, x1, w0);
                            a1_1 = vfmaq_f32(a1_1, x1, w1);
                            const float32x4_t x2 = vld1q_dup_f32(xi + 1 * xp);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 2 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 8: { /* columns [2, 7) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x2 = vld1q_dup_f32(xi);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 1 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 2 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 3 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 4 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 9: { /* columns [2, 6) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x2 = vld1q_dup_f32(xi);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 1 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 2 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 3 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 10: { /* columns [2, 5) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x2 = vld1q_dup_f32(xi);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 1 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 2 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 11: { /* columns [2, 4) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x2 = vld1q_dup_f32(xi);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 1 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 12: { /* columns [3, 7) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x3 = vld1q_dup_f32(xi);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 1 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 2 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 3 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 13: { /* columns [3, 6) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x3 = vld1q_dup_f32(xi);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 1 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 2 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 14: { /* columns [3, 5) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x3 = vld1q_dup_f32(xi);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 1 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 15: { /* columns [3, 4) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x3 = vld1q_dup_f32(xi);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                default:
                    break;
                }
            }
        }
    }
    if (r->last && r->relu) {
        a0_0 = vmaxq_f32(a0_0, vdupq_n_f32(0.0f));
        a0_1 = vmaxq_f32(a0_1, vdupq_n_f32(0.0f));
        a1_0 = vmaxq_f32(a1_0, vdupq_n_f32(0.0f));
        a1_1 = vmaxq_f32(a1_1, vdupq_n_f32(0.0f));
        a2_0 = vmaxq_f32(a2_0, vdupq_n_f32(0.0f));
        a2_1 = vmaxq_f32(a2_1, vdupq_n_f32(0.0f));
        a3_0 = vmaxq_f32(a3_0, vdupq_n_f32(0.0f));
        a3_1 = vmaxq_f32(a3_1, vdupq_n_f32(0.0f));
        a4_0 = vmaxq_f32(a4_0, vdupq_n_f32(0.0f));
        a4_1 = vmaxq_f32(a4_1, vdupq_n_f32(0.0f));
        a5_0 = vmaxq_f32(a5_0, vdupq_n_f32(0.0f));
        a5_1 = vmaxq_f32(a5_1, vdupq_n_f32(0.0f));
        a6_0 = vmaxq_f32(a6_0, vdupq_n_f32(0.0f));
        a6_1 = vmaxq_f32(a6_1, vdupq_n_f32(0.0f));
    }
    if (!r->ylanes) {
        vst1q_f32(y + r->yvoff[0], a0_0);
        vst1q_f32(y + r->yvoff[1], a0_1);
        vst1q_f32(y + 1 * ypix + r->yvoff[0], a1_0);
        vst1q_f32(y + 1 * ypix + r->yvoff[1], a1_1);
        vst1q_f32(y + 2 * ypix + r->yvoff[0], a2_0);
        vst1q_f32(y + 2 * ypix + r->yvoff[1], a2_1);
        vst1q_f32(y + 3 * ypix + r->yvoff[0], a3_0);
        vst1q_f32(y + 3 * ypix + r->yvoff[1], a3_1);
        vst1q_f32(y + 4 * ypix + r->yvoff[0], a4_0);
        vst1q_f32(y + 4 * ypix + r->yvoff[1], a4_1);
        vst1q_f32(y + 5 * ypix + r->yvoff[0], a5_0);
        vst1q_f32(y + 5 * ypix + r->yvoff[1], a5_1);
        vst1q_f32(y + 6 * ypix + r->yvoff[0], a6_0);
        vst1q_f32(y + 6 * ypix + r->yvoff[1], a6_1);
    } else {
        lanes_store(r, y + r->yvoff[0], 0, a0_0);
        lanes_store(r, y + r->yvoff[1], 1, a0_1);
        lanes_store(r, y + 1 * ypix + r->yvoff[0], 0, a1_0);
        lanes_store(r, y + 1 * ypix + r->yvoff[1], 1, a1_1);
        lanes_store(r, y + 2 * ypix + r->yvoff[0], 0, a2_0);
        lanes_store(r, y + 2 * ypix + r->yvoff[1], 1, a2_1);
        lanes_store(r, y + 3 * ypix + r->yvoff[0], 0, a3_0);
        lanes_store(r, y + 3 * ypix + r->yvoff[1], 1, a3_1);
        lanes_store(r, y + 4 * ypix + r->yvoff[0], 0, a4_0);
        lanes_store(r, y + 4 * ypix + r->yvoff[1], 1, a4_1);
        lanes_store(r, y + 5 * ypix + r->yvoff[0], 0, a5_0);
        lanes_store(r, y + 5 * ypix + r->yvoff[1], 1, a5_1);
        lanes_store(r, y + 6 * ypix + r->yvoff[0], 0, a6_0);
        lanes_store(r, y + 6 * ypix + r->yvoff[1], 1, a6_1);
    }
    return true;
}

/* 8 columns, a run of nblk interior blocks with merge_kx (rows.c has
 * checked that they are): per kernel row one reduction over kw * C.  The
 * next block's input is prefetched when the reduction is long enough to
 * hide it (VGG's 3x3 layers 2-5 % faster; short ones, C = 3 or 1x1 with 64
 * channels, lost). */
static __attribute__((noinline)) void lmc_f32_direct_conv_8cx14w_merged8__neon(const lmc_direct_row *r, int ox0,
                                                                               int nblk)
{
    for (const int ox_end = ox0 + nblk * 8; ox0 < ox_end; ox0 += 8) {
        const ptrdiff_t ypix = r->ypix, xp = (ptrdiff_t)r->stride_w * r->xpix;
        const ptrdiff_t col0 = (ptrdiff_t)ox0 * r->stride_w - r->pad_left;
        float *y = r->y + (ptrdiff_t)ox0 * ypix;
        float32x4_t a0_0, a0_1;
        float32x4_t a1_0, a1_1;
        float32x4_t a2_0, a2_1;
        float32x4_t a3_0, a3_1;
        float32x4_t a4_0, a4_1;
        float32x4_t a5_0, a5_1;
        float32x4_t a6_0, a6_1;
        float32x4_t a7_0, a7_1;
        if (r->first) {
            const float32x4_t bb0 = r->bias ? vld1q_f32(r->bias) : vdupq_n_f32(0.0f);
            const float32x4_t bb1 = r->bias ? vld1q_f32(r->bias + 4) : vdupq_n_f32(0.0f);
            a0_0 = bb0;
            a0_1 = bb1;
            a1_0 = bb0;
            a1_1 = bb1;
            a2_0 = bb0;
            a2_1 = bb1;
            a3_0 = bb0;
            a3_1 = bb1;
            a4_0 = bb0;
            a4_1 = bb1;
            a5_0 = bb0;
            a5_1 = bb1;
            a6_0 = bb0;
            a6_1 = bb1;
            a7_0 = bb0;
            a7_1 = bb1;
        } else if (!r->ylanes) {
            a0_0 = vld1q_f32(y + r->yvoff[0]);
            a0_1 = vld1q_f32(y + r->yvoff[1]);
            a1_0 = vld1q_f32(y + 1 * ypix + r->yvoff[0]);
            a1_1 = vld1q_f32(y + 1 * ypix + r->yvoff[1]);
            a2_0 = vld1q_f32(y + 2 * ypix + r->yvoff[0]);
            a2_1 = vld1q_f32(y + 2 * ypix + r->yvoff[1]);
            a3_0 = vld1q_f32(y + 3 * ypix + r->yvoff[0]);
            a3_1 = vld1q_f32(y + 3 * ypix + r->yvoff[1]);
            a4_0 = vld1q_f32(y + 4 * ypix + r->yvoff[0]);
            a4_1 = vld1q_f32(y + 4 * ypix + r->yvoff[1]);
            a5_0 = vld1q_f32(y + 5 * ypix + r->yvoff[0]);
            a5_1 = vld1q_f32(y + 5 * ypix + r->yvoff[1]);
            a6_0 = vld1q_f32(y + 6 * ypix + r->yvoff[0]);
            a6_1 = vld1q_f32(y + 6 * ypix + r->yvoff[1]);
            a7_0 = vld1q_f32(y + 7 * ypix + r->yvoff[0]);
            a7_1 = vld1q_f32(y + 7 * ypix + r->yvoff[1]);
        } else {
            a0_0 = lanes_load(r, y + r->yvoff[0], 0);
            a0_1 = lanes_load(r, y + r->yvoff[1], 1);
            a1_0 = lanes_load(r, y + 1 * ypix + r->yvoff[0], 0);
            a1_1 = lanes_load(r, y + 1 * ypix + r->yvoff[1], 1);
            a2_0 = lanes_load(r, y + 2 * ypix + r->yvoff[0], 0);
            a2_1 = lanes_load(r, y + 2 * ypix + r->yvoff[1], 1);
            a3_0 = lanes_load(r, y + 3 * ypix + r->yvoff[0], 0);
            a3_1 = lanes_load(r, y + 3 * ypix + r->yvoff[1], 1);
            a4_0 = lanes_load(r, y + 4 * ypix + r->yvoff[0], 0);
            a4_1 = lanes_load(r, y + 4 * ypix + r->yvoff[1], 1);
            a5_0 = lanes_load(r, y + 5 * ypix + r->yvoff[0], 0);
            a5_1 = lanes_load(r, y + 5 * ypix + r->yvoff[1], 1);
            a6_0 = lanes_load(r, y + 6 * ypix + r->yvoff[0], 0);
            a6_1 = lanes_load(r, y + 6 * ypix + r->yvoff[1], 1);
            a7_0 = lanes_load(r, y + 7 * ypix + r->yvoff[0], 0);
            a7_1 = lanes_load(r, y + 7 * ypix + r->yvoff[1], 1);
        }
        const int n = r->kw * r->cib;
        const ptrdiff_t next = 8 * xp;
        if (r->kw > 1 && n >= 128) {
            for (int ky = r->ky0; ky < r->ky1; ky++) {
                const float *xt =
                    r->x + ((ptrdiff_t)r->iy0 + (ptrdiff_t)ky * r->dil_h) * r->xrow + col0 * r->xpix;
                const float *wi = r->w + (ptrdiff_t)ky * n * 8;
#pragma GCC unroll 4
                for (int ii = 0; ii < n; ii++, wi += 8) {
                    const float *xi = xt + ii;
                    if ((ii & 15) == 0) {
                        __builtin_prefetch(xi + next, 0, 3);
                        __builtin_prefetch(xi + next + 1 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 2 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 3 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 4 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 5 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 6 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 7 * xp, 0, 3);
                    }
                    const float32x4_t w0 = vld1q_f32(wi);
                    const float32x4_t w1 = vld1q_f32(wi + 4);
                    const float32x4_t x0 = vld1q_dup_f32(xi);
                    a0_0 = vfmaq_f32(a0_0, x0, w0);
                    a0_1 = vfmaq_f32(a0_1, x0, w1);
                    const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                    a1_0 = vfmaq_f32(a1_0, x1, w0);
                    a1_1 = vfmaq_f32(a1_1, x1, w1);
                    const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                    a2_0 = vfmaq_f32(a2_0, x2, w0);
                    a2_1 = vfmaq_f32(a2_1, x2, w1);
                    const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                    a3_0 = vfmaq_f32(a3_0, x3, w0);
                    a3_1 = vfmaq_f32(a3_1, x3, w1);
                    const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                    a4_0 = vfmaq_f32(a4_0, x4, w0);
                    a4_1 = vfmaq_f32(a4_1, x4, w1);
                    const float32x4_t x5 = vld1q_dup_f32(xi + 5 * xp);
                    a5_0 = vfmaq_f32(a5_0, x5, w0);
                    a5_1 = vfmaq_f32(a5_1, x5, w1);
                    const float32x4_t x6 = vld1q_dup_f32(xi + 6 * xp);
                    a6_0 = vfmaq_f32(a6_0, x6, w0);
                    a6_1 = vfmaq_f32(a6_1, x6, w1);
                    const float32x4_t x7 = vld1q_dup_f32(xi + 7 * xp);
                    a7_0 = vfmaq_f32(a7_0, x7, w0);
                    a7_1 = vfmaq_f32(a7_1, x7, w1);
                }
            }
        } else {
            for (int ky = r->ky0; ky < r->ky1; ky++) {
                const float *xt =
                    r->x + ((ptrdiff_t)r->iy0 + (ptrdiff_t)ky * r->dil_h) * r->xrow + col0 * r->xpix;
                const float *wi = r->w + (ptrdiff_t)ky * n * 8;
#pragma GCC unroll 4
                for (int ii = 0; ii < n; ii++, wi += 8) {
                    const float *xi = xt + ii;
                    const float32x4_t w0 = vld1q_f32(wi);
                    const float32x4_t w1 = vld1q_f32(wi + 4);
                    const float32x4_t x0 = vld1q_dup_f32(xi);
                    a0_0 = vfmaq_f32(a0_0, x0, w0);
                    a0_1 = vfmaq_f32(a0_1, x0, w1);
                    const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                    a1_0 = vfmaq_f32(a1_0, x1, w0);
                    a1_1 = vfmaq_f32(a1_1, x1, w1);
                    const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                    a2_0 = vfmaq_f32(a2_0, x2, w0);
                    a2_1 = vfmaq_f32(a2_1, x2, w1);
                    const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                    a3_0 = vfmaq_f32(a3_0, x3, w0);
                    a3_1 = vfmaq_f32(a3_1, x3, w1);
                    const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                    a4_0 = vfmaq_f32(a4_0, x4, w0);
                    a4_1 = vfmaq_f32(a4_1, x4, w1);
                    const float32x4_t x5 = vld1q_dup_f32(xi + 5 * xp);
                    a5_0 = vfmaq_f32(a5_0, x5, w0);
                    a5_1 = vfmaq_f32(a5_1, x5, w1);
                    const float32x4_t x6 = vld1q_dup_f32(xi + 6 * xp);
                    a6_0 = vfmaq_f32(a6_0, x6, w0);
                    a6_1 = vfmaq_f32(a6_1, x6, w1);
                    const float32x4_t x7 = vld1q_dup_f32(xi + 7 * xp);
                    a7_0 = vfmaq_f32(a7_0, x7, w0);
                    a7_1 = vfmaq_f32(a7_1, x7, w1);
                }
            }
        }
        if (r->last && r->relu) {
            a0_0 = vmaxq_f32(a0_0, vdupq_n_f32(0.0f));
            a0_1 = vmaxq_f32(a0_1, vdupq_n_f32(0.0f));
            a1_0 = vmaxq_f32(a1_0, vdupq_n_f32(0.0f));
            a1_1 = vmaxq_f32(a1_1, vdupq_n_f32(0.0f));
            a2_0 = vmaxq_f32(a2_0, vdupq_n_f32(0.0f));
            a2_1 = vmaxq_f32(a2_1, vdupq_n_f32(0.0f));
            a3_0 = vmaxq_f32(a3_0, vdupq_n_f32(0.0f));
            a3_1 = vmaxq_f32(a3_1, vdupq_n_f32(0.0f));
            a4_0 = vmaxq_f32(a4_0, vdupq_n_f32(0.0f));
            a4_1 = vmaxq_f32(a4_1, vdupq_n_f32(0.0f));
            a5_0 = vmaxq_f32(a5_0, vdupq_n_f32(0.0f));
            a5_1 = vmaxq_f32(a5_1, vdupq_n_f32(0.0f));
            a6_0 = vmaxq_f32(a6_0, vdupq_n_f32(0.0f));
            a6_1 = vmaxq_f32(a6_1, vdupq_n_f32(0.0f));
            a7_0 = vmaxq_f32(a7_0, vdupq_n_f32(0.0f));
            a7_1 = vmaxq_f32(a7_1, vdupq_n_f32(0.0f));
        }
        if (!r->ylanes) {
            vst1q_f32(y + r->yvoff[0], a0_0);
            vst1q_f32(y + r->yvoff[1], a0_1);
            vst1q_f32(y + 1 * ypix + r->yvoff[0], a1_0);
            vst1q_f32(y + 1 * ypix + r->yvoff[1], a1_1);
            vst1q_f32(y + 2 * ypix + r->yvoff[0], a2_0);
            vst1q_f32(y + 2 * ypix + r->yvoff[1], a2_1);
            vst1q_f32(y + 3 * ypix + r->yvoff[0], a3_0);
            vst1q_f32(y + 3 * ypix + r->yvoff[1], a3_1);
            vst1q_f32(y + 4 * ypix + r->yvoff[0], a4_0);
            vst1q_f32(y + 4 * ypix + r->yvoff[1], a4_1);
            vst1q_f32(y + 5 * ypix + r->yvoff[0], a5_0);
            vst1q_f32(y + 5 * ypix + r->yvoff[1], a5_1);
            vst1q_f32(y + 6 * ypix + r->yvoff[0], a6_0);
            vst1q_f32(y + 6 * ypix + r->yvoff[1], a6_1);
            vst1q_f32(y + 7 * ypix + r->yvoff[0], a7_0);
            vst1q_f32(y + 7 * ypix + r->yvoff[1], a7_1);
        } else {
            lanes_store(r, y + r->yvoff[0], 0, a0_0);
            lanes_store(r, y + r->yvoff[1], 1, a0_1);
            lanes_store(r, y + 1 * ypix + r->yvoff[0], 0, a1_0);
            lanes_store(r, y + 1 * ypix + r->yvoff[1], 1, a1_1);
            lanes_store(r, y + 2 * ypix + r->yvoff[0], 0, a2_0);
            lanes_store(r, y + 2 * ypix + r->yvoff[1], 1, a2_1);
            lanes_store(r, y + 3 * ypix + r->yvoff[0], 0, a3_0);
            lanes_store(r, y + 3 * ypix + r->yvoff[1], 1, a3_1);
            lanes_store(r, y + 4 * ypix + r->yvoff[0], 0, a4_0);
            lanes_store(r, y + 4 * ypix + r->yvoff[1], 1, a4_1);
            lanes_store(r, y + 5 * ypix + r->yvoff[0], 0, a5_0);
            lanes_store(r, y + 5 * ypix + r->yvoff[1], 1, a5_1);
            lanes_store(r, y + 6 * ypix + r->yvoff[0], 0, a6_0);
            lanes_store(r, y + 6 * ypix + r->yvoff[1], 1, a6_1);
            lanes_store(r, y + 7 * ypix + r->yvoff[0], 0, a7_0);
            lanes_store(r, y + 7 * ypix + r->yvoff[1], 1, a7_1);
        }
    }
}

/* 8 columns tap by tap, any block; false (nothing done) if a tap cuts
 * more than 3 columns at either end or kw > 16.  With long taps (cib >=
 * 32) in the order of the weights, ky then kx: a kernel row's input stays
 * in L1 over its kw taps.  Short taps keep kx outer: the cut, hence the
 * switch's target, then repeats over ky (the 7x7 first layer with C = 3
 * lost 2-4 % with ky outer). */
static __attribute__((noinline)) bool lmc_f32_direct_conv_8cx14w_taps8__neon(const lmc_direct_row *r,
                                                                             int ox0)
{
    const bool inner = lmc_direct_block_interior(r, ox0, 8);
    signed char pas[16], cuts[16];
    if (r->kw > 16) return false;
    for (int kx = 0; kx < r->kw; kx++) {
        int pa = 0, pb = 8;
        if (!inner) lmc_direct_tap_cols(r, kx, ox0, 8, &pa, &pb);
        const int cut = cut_case(pa, pb, 8);
        if (pa < pb && cut < 0) return false;
        pas[kx] = (signed char)pa;
        cuts[kx] = (signed char)(pa < pb ? cut : -1);
    }
    const ptrdiff_t ypix = r->ypix, xp = (ptrdiff_t)r->stride_w * r->xpix;
    const ptrdiff_t col0 = (ptrdiff_t)ox0 * r->stride_w - r->pad_left;
    float *y = r->y + (ptrdiff_t)ox0 * ypix;
    float32x4_t a0_0, a0_1;
    float32x4_t a1_0, a1_1;
    float32x4_t a2_0, a2_1;
    float32x4_t a3_0, a3_1;
    float32x4_t a4_0, a4_1;
    float32x4_t a5_0, a5_1;
    float32x4_t a6_0, a6_1;
    float32x4_t a7_0, a7_1;
    if (r->first) {
        const float32x4_t bb0 = r->bias ? vld1q_f32(r->bias) : vdupq_n_f32(0.0f);
        const float32x4_t bb1 = r->bias ? vld1q_f32(r->bias + 4) : vdupq_n_f32(0.0f);
        a0_0 = bb0;
        a0_1 = bb1;
        a1_0 = bb0;
        a1_1 = bb1;
        a2_0 = bb0;
        a2_1 = bb1;
        a3_0 = bb0;
        a3_1 = bb1;
        a4_0 = bb0;
        a4_1 = bb1;
        a5_0 = bb0;
        a5_1 = bb1;
        a6_0 = bb0;
        a6_1 = bb1;
        a7_0 = bb0;
        a7_1 = bb1;
    } else if (!r->ylanes) {
        a0_0 = vld1q_f32(y + r->yvoff[0]);
        a0_1 = vld1q_f32(y + r->yvoff[1]);
        a1_0 = vld1q_f32(y + 1 * ypix + r->yvoff[0]);
        a1_1 = vld1q_f32(y + 1 * ypix + r->yvoff[1]);
        a2_0 = vld1q_f32(y + 2 * ypix + r->yvoff[0]);
        a2_1 = vld1q_f32(y + 2 * ypix + r->yvoff[1]);
        a3_0 = vld1q_f32(y + 3 * ypix + r->yvoff[0]);
        a3_1 = vld1q_f32(y + 3 * ypix + r->yvoff[1]);
        a4_0 = vld1q_f32(y + 4 * ypix + r->yvoff[0]);
        a4_1 = vld1q_f32(y + 4 * ypix + r->yvoff[1]);
        a5_0 = vld1q_f32(y + 5 * ypix + r->yvoff[0]);
        a5_1 = vld1q_f32(y + 5 * ypix + r->yvoff[1]);
        a6_0 = vld1q_f32(y + 6 * ypix + r->yvoff[0]);
        a6_1 = vld1q_f32(y + 6 * ypix + r->yvoff[1]);
        a7_0 = vld1q_f32(y + 7 * ypix + r->yvoff[0]);
        a7_1 = vld1q_f32(y + 7 * ypix + r->yvoff[1]);
    } else {
        a0_0 = lanes_load(r, y + r->yvoff[0], 0);
        a0_1 = lanes_load(r, y + r->yvoff[1], 1);
        a1_0 = lanes_load(r, y + 1 * ypix + r->yvoff[0], 0);
        a1_1 = lanes_load(r, y + 1 * ypix + r->yvoff[1], 1);
        a2_0 = lanes_load(r, y + 2 * ypix + r->yvoff[0], 0);
        a2_1 = lanes_load(r, y + 2 * ypix + r->yvoff[1], 1);
        a3_0 = lanes_load(r, y + 3 * ypix + r->yvoff[0], 0);
        a3_1 = lanes_load(r, y + 3 * ypix + r->yvoff[1], 1);
        a4_0 = lanes_load(r, y + 4 * ypix + r->yvoff[0], 0);
        a4_1 = lanes_load(r, y + 4 * ypix + r->yvoff[1], 1);
        a5_0 = lanes_load(r, y + 5 * ypix + r->yvoff[0], 0);
        a5_1 = lanes_load(r, y + 5 * ypix + r->yvoff[1], 1);
        a6_0 = lanes_load(r, y + 6 * ypix + r->yvoff[0], 0);
        a6_1 = lanes_load(r, y + 6 * ypix + r->yvoff[1], 1);
        a7_0 = lanes_load(r, y + 7 * ypix + r->yvoff[0], 0);
        a7_1 = lanes_load(r, y + 7 * ypix + r->yvoff[1], 1);
    }
    const int cib = r->cib, cblk = r->cblk, coff = r->coff;
    const ptrdiff_t xch = r->xch;
    if (cib >= 32) {
        for (int ky = r->ky0; ky < r->ky1; ky++)
            for (int kx = 0; kx < r->kw; kx++) {
                const int cut = cuts[kx], pa = pas[kx];
                if (cut >= 0) {
                    const ptrdiff_t rowoff = ((ptrdiff_t)r->iy0 + (ptrdiff_t)ky * r->dil_h) * r->xrow;
                    const float *xt =
                        r->x + rowoff + (col0 + (ptrdiff_t)pa * r->stride_w + (ptrdiff_t)kx * r->dil_w) * r->xpix;
                    const float *wt = r->w + ((ptrdiff_t)ky * r->kw + kx) * cib * 8;
                    switch (cut) {
                    case 0: { /* columns [0, 8) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x0 = vld1q_dup_f32(xi);
                                a0_0 = vfmaq_f32(a0_0, x0, w0);
                                a0_1 = vfmaq_f32(a0_1, x0, w1);
                                const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                                a1_0 = vfmaq_f32(a1_0, x1, w0);
                                a1_1 = vfmaq_f32(a1_1, x1, w1);
                                const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 5 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 6 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 7 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 1: { /* columns [0, 7) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x0 = vld1q_dup_f32(xi);
                                a0_0 = vfmaq_f32(a0_0, x0, w0);
                                a0_1 = vfmaq_f32(a0_1, x0, w1);
                                const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                                a1_0 = vfmaq_f32(a1_0, x1, w0);
                                a1_1 = vfmaq_f32(a1_1, x1, w1);
                                const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 5 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 6 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 2: { /* columns [0, 6) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x0 = vld1q_dup_f32(xi);
                                a0_0 = vfmaq_f32(a0_0, x0, w0);
                                a0_1 = vfmaq_f32(a0_1, x0, w1);
                                const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                                a1_0 = vfmaq_f32(a1_0, x1, w0);
                                a1_1 = vfmaq_f32(a1_1, x1, w1);
                                const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 5 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 3: { /* columns [0, 5) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x0 = vld1q_dup_f32(xi);
                                a0_0 = vfmaq_f32(a0_0, x0, w0);
                                a0_1 = vfmaq_f32(a0_1, x0, w1);
                                const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                                a1_0 = vfmaq_f32(a1_0, x1, w0);
                                a1_1 = vfmaq_f32(a1_1, x1, w1);
                                const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 4: { /* columns [1, 8) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x1 = vld1q_dup_f32(xi);
                                a1_0 = vfmaq_f32(a1_0, x1, w0);
                                a1_1 = vfmaq_f32(a1_1, x1, w1);
                                const float32x4_t x2 = vld1q_dup_f32(xi + 1 * xp);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 2 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 3 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 4 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 5 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 6 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 5: { /* columns [1, 7) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x1 = vld1q_dup_f32(xi);
                                a1_0 = vfmaq_f32(a1_0, x1, w0);
                                a1_1 = vfmaq_f32(a1_1, x1, w1);
                                const float32x4_t x2 = vld1q_dup_f32(xi + 1 * xp);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 2 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 3 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 4 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 5 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 6: { /* columns [1, 6) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x1 = vld1q_dup_f32(xi);
                                a1_0 = vfmaq_f32(a1_0, x1, w0);
                                a1_1 = vfmaq_f32(a1_1, x1, w1);
                                const float32x4_t x2 = vld1q_dup_f32(xi + 1 * xp);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 2 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 3 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 4 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 7: { /* columns [1, 5) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x1 = vld1q_dup_f32(xi);
                                a1_0 = vfmaq_f32(a1_0, x1, w0);
                                a1_1 = vfmaq_f32(a1_1, x1, w1);
                                const float32x4_t x2 = vld1q_dup_f32(xi + 1 * xp);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 2 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 3 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 8: { /* columns [2, 8) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x2 = vld1q_dup_f32(xi);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 1 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 2 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 3 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 4 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 5 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 9: { /* columns [2, 7) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x2 = vld1q_dup_f32(xi);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 1 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 2 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 3 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 4 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 10: { /* columns [2, 6) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x2 = vld1q_dup_f32(xi);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 1 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 2 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 3 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 11: { /* columns [2, 5) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x2 = vld1q_dup_f32(xi);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 1 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 2 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 12: { /* columns [3, 8) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x3 = vld1q_dup_f32(xi);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 1 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 2 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 3 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 4 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 13: { /* columns [3, 7) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x3 = vld1q_dup_f32(xi);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 1 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 2 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 3 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 14: { /* columns [3, 6) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x3 = vld1q_dup_f32(xi);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 1 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 2 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 15: { /* columns [3, 5) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x3 = vld1q_dup_f32(xi);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 1 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    default:
                        break;
                    }
                }
            }
    } else {
        for (int kx = 0; kx < r->kw; kx++) {
            const int cut = cuts[kx], pa = pas[kx];
            if (cut < 0) continue;
            for (int ky = r->ky0; ky < r->ky1; ky++) {
                const ptrdiff_t rowoff = ((ptrdiff_t)r->iy0 + (ptrdiff_t)ky * r->dil_h) * r->xrow;
                const float *xt =
                    r->x + rowoff + (col0 + (ptrdiff_t)pa * r->stride_w + (ptrdiff_t)kx * r->dil_w) * r->xpix;
                const float *wt = r->w + ((ptrdiff_t)ky * r->kw + kx) * cib * 8;
                switch (cut) {
                case 0: { /* columns [0, 8) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x0 = vld1q_dup_f32(xi);
                            a0_0 = vfmaq_f32(a0_0, x0, w0);
                            a0_1 = vfmaq_f32(a0_1, x0, w1);
                            const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                            a1_0 = vfmaq_f32(a1_0, x1, w0);
                            a1_1 = vfmaq_f32(a1_1, x1, w1);
                            const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 5 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 6 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 7 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 1: { /* columns [0, 7) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x0 = vld1q_dup_f32(xi);
                            a0_0 = vfmaq_f32(a0_0, x0, w0);
                            a0_1 = vfmaq_f32(a0_1, x0, w1);
                            const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                            a1_0 = vfmaq_f32(a1_0, x1, w0);
                            a1_1 = vfmaq_f32(a1_1, x1, w1);
                            const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 5 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 6 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 2: { /* columns [0, 6) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x0 = vld1q_dup_f32(xi);
                            a0_0 = vfmaq_f32(a0_0, x0, w0);
                            a0_1 = vfmaq_f32(a0_1, x0, w1);
                            const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                            a1_0 = vfmaq_f32(a1_0, x1, w0);
                            a1_1 = vfmaq_f32(a1_1, x1, w1);
                            const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 5 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 3: { /* columns [0, 5) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x0 = vld1q_dup_f32(xi);
                            a0_0 = vfmaq_f32(a0_0, x0, w0);
                            a0_1 = vfmaq_f32(a0_1, x0, w1);
                            const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                            a1_0 = vfmaq_f32(a1_0, x1, w0);
                            a1_1 = vfmaq_f32(a1_1, x1, w1);
                            const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 4: { /* columns [1, 8) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x1 = vld1q_dup_f32(xi);
                            a1_0 = vfmaq_f32(a1_0, x1, w0);
                            a1_1 = vfmaq_f32(a1_1, x1, w1);
                            const float32x4_t x2 = vld1q_dup_f32(xi + 1 * xp);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 2 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 3 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 4 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 5 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 6 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 5: { /* columns [1, 7) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x1 = vld1q_dup_f32(xi);
                            a1_0 = vfmaq_f32(a1_0, x1, w0);
                            a1_1 = vfmaq_f32(a1_1, x1, w1);
                            const float32x4_t x2 = vld1q_dup_f32(xi + 1 * xp);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 2 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 3 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 4 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 5 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 6: { /* columns [1, 6) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x1 = vld1q_dup_f32(xi);
                            a1_0 = vfmaq_f32(a1_0, x1, w0);
                            a1_1 = vfmaq_f32(a1_1, x1, w1);
                            const float32x4_t x2 = vld1q_dup_f32(xi + 1 * xp);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 2 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 3 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 4 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 7: { /* columns [1, 5) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x1 = vld1q_dup_f32(xi);
                            a1_0 = vfmaq_f32(a1_0, x1, w0);
                            a1_1 = vfmaq_f32(a1_1, x1, w1);
                            const float32x4_t x2 = vld1q_dup_f32(xi + 1 * xp);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 2 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 3 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 8: { /* columns [2, 8) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x2 = vld1q_dup_f32(xi);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 1 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 2 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 3 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 4 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 5 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 9: { /* columns [2, 7) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x2 = vld1q_dup_f32(xi);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 1 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 2 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 3 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 4 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 10: { /* columns [2, 6) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x2 = vld1q_dup_f32(xi);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 1 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 2 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 3 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 11: { /* columns [2, 5) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x2 = vld1q_dup_f32(xi);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 1 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 2 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 12: { /* columns [3, 8) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x3 = vld1q_dup_f32(xi);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 1 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 2 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 3 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 4 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 13: { /* columns [3, 7) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x3 = vld1q_dup_f32(xi);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 1 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 2 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 3 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 14: { /* columns [3, 6) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x3 = vld1q_dup_f32(xi);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 1 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 2 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 15: { /* columns [3, 5) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x3 = vld1q_dup_f32(xi);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 1 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                default:
                    break;
                }
            }
        }
    }
    if (r->last && r->relu) {
        a0_0 = vmaxq_f32(a0_0, vdupq_n_f32(0.0f));
        a0_1 = vmaxq_f32(a0_1, vdupq_n_f32(0.0f));
        a1_0 = vmaxq_f32(a1_0, vdupq_n_f32(0.0f));
        a1_1 = vmaxq_f32(a1_1, vdupq_n_f32(0.0f));
        a2_0 = vmaxq_f32(a2_0, vdupq_n_f32(0.0f));
        a2_1 = vmaxq_f32(a2_1, vdupq_n_f32(0.0f));
        a3_0 = vmaxq_f32(a3_0, vdupq_n_f32(0.0f));
        a3_1 = vmaxq_f32(a3_1, vdupq_n_f32(0.0f));
        a4_0 = vmaxq_f32(a4_0, vdupq_n_f32(0.0f));
        a4_1 = vmaxq_f32(a4_1, vdupq_n_f32(0.0f));
        a5_0 = vmaxq_f32(a5_0, vdupq_n_f32(0.0f));
        a5_1 = vmaxq_f32(a5_1, vdupq_n_f32(0.0f));
        a6_0 = vmaxq_f32(a6_0, vdupq_n_f32(0.0f));
        a6_1 = vmaxq_f32(a6_1, vdupq_n_f32(0.0f));
        a7_0 = vmaxq_f32(a7_0, vdupq_n_f32(0.0f));
        a7_1 = vmaxq_f32(a7_1, vdupq_n_f32(0.0f));
    }
    if (!r->ylanes) {
        vst1q_f32(y + r->yvoff[0], a0_0);
        vst1q_f32(y + r->yvoff[1], a0_1);
        vst1q_f32(y + 1 * ypix + r->yvoff[0], a1_0);
        vst1q_f32(y + 1 * ypix + r->yvoff[1], a1_1);
        vst1q_f32(y + 2 * ypix + r->yvoff[0], a2_0);
        vst1q_f32(y + 2 * ypix + r->yvoff[1], a2_1);
        vst1q_f32(y + 3 * ypix + r->yvoff[0], a3_0);
        vst1q_f32(y + 3 * ypix + r->yvoff[1], a3_1);
        vst1q_f32(y + 4 * ypix + r->yvoff[0], a4_0);
        vst1q_f32(y + 4 * ypix + r->yvoff[1], a4_1);
        vst1q_f32(y + 5 * ypix + r->yvoff[0], a5_0);
        vst1q_f32(y + 5 * ypix + r->yvoff[1], a5_1);
        vst1q_f32(y + 6 * ypix + r->yvoff[0], a6_0);
        vst1q_f32(y + 6 * ypix + r->yvoff[1], a6_1);
        vst1q_f32(y + 7 * ypix + r->yvoff[0], a7_0);
        vst1q_f32(y + 7 * ypix + r->yvoff[1], a7_1);
    } else {
        lanes_store(r, y + r->yvoff[0], 0, a0_0);
        lanes_store(r, y + r->yvoff[1], 1, a0_1);
        lanes_store(r, y + 1 * ypix + r->yvoff[0], 0, a1_0);
        lanes_store(r, y + 1 * ypix + r->yvoff[1], 1, a1_1);
        lanes_store(r, y + 2 * ypix + r->yvoff[0], 0, a2_0);
        lanes_store(r, y + 2 * ypix + r->yvoff[1], 1, a2_1);
        lanes_store(r, y + 3 * ypix + r->yvoff[0], 0, a3_0);
        lanes_store(r, y + 3 * ypix + r->yvoff[1], 1, a3_1);
        lanes_store(r, y + 4 * ypix + r->yvoff[0], 0, a4_0);
        lanes_store(r, y + 4 * ypix + r->yvoff[1], 1, a4_1);
        lanes_store(r, y + 5 * ypix + r->yvoff[0], 0, a5_0);
        lanes_store(r, y + 5 * ypix + r->yvoff[1], 1, a5_1);
        lanes_store(r, y + 6 * ypix + r->yvoff[0], 0, a6_0);
        lanes_store(r, y + 6 * ypix + r->yvoff[1], 1, a6_1);
        lanes_store(r, y + 7 * ypix + r->yvoff[0], 0, a7_0);
        lanes_store(r, y + 7 * ypix + r->yvoff[1], 1, a7_1);
    }
    return true;
}

/* 9 columns, a run of nblk interior blocks with merge_kx (rows.c has
 * checked that they are): per kernel row one reduction over kw * C.  The
 * next block's input is prefetched when the reduction is long enough to
 * hide it (VGG's 3x3 layers 2-5 % faster; short ones, C = 3 or 1x1 with 64
 * channels, lost). */
static __attribute__((noinline)) void lmc_f32_direct_conv_8cx14w_merged9__neon(const lmc_direct_row *r, int ox0,
                                                                               int nblk)
{
    for (const int ox_end = ox0 + nblk * 9; ox0 < ox_end; ox0 += 9) {
        const ptrdiff_t ypix = r->ypix, xp = (ptrdiff_t)r->stride_w * r->xpix;
        const ptrdiff_t col0 = (ptrdiff_t)ox0 * r->stride_w - r->pad_left;
        float *y = r->y + (ptrdiff_t)ox0 * ypix;
        float32x4_t a0_0, a0_1;
        float32x4_t a1_0, a1_1;
        float32x4_t a2_0, a2_1;
        float32x4_t a3_0, a3_1;
        float32x4_t a4_0, a4_1;
        float32x4_t a5_0, a5_1;
        float32x4_t a6_0, a6_1;
        float32x4_t a7_0, a7_1;
        float32x4_t a8_0, a8_1;
        if (r->first) {
            const float32x4_t bb0 = r->bias ? vld1q_f32(r->bias) : vdupq_n_f32(0.0f);
            const float32x4_t bb1 = r->bias ? vld1q_f32(r->bias + 4) : vdupq_n_f32(0.0f);
            a0_0 = bb0;
            a0_1 = bb1;
            a1_0 = bb0;
            a1_1 = bb1;
            a2_0 = bb0;
            a2_1 = bb1;
            a3_0 = bb0;
            a3_1 = bb1;
            a4_0 = bb0;
            a4_1 = bb1;
            a5_0 = bb0;
            a5_1 = bb1;
            a6_0 = bb0;
            a6_1 = bb1;
            a7_0 = bb0;
            a7_1 = bb1;
            a8_0 = bb0;
            a8_1 = bb1;
        } else if (!r->ylanes) {
            a0_0 = vld1q_f32(y + r->yvoff[0]);
            a0_1 = vld1q_f32(y + r->yvoff[1]);
            a1_0 = vld1q_f32(y + 1 * ypix + r->yvoff[0]);
            a1_1 = vld1q_f32(y + 1 * ypix + r->yvoff[1]);
            a2_0 = vld1q_f32(y + 2 * ypix + r->yvoff[0]);
            a2_1 = vld1q_f32(y + 2 * ypix + r->yvoff[1]);
            a3_0 = vld1q_f32(y + 3 * ypix + r->yvoff[0]);
            a3_1 = vld1q_f32(y + 3 * ypix + r->yvoff[1]);
            a4_0 = vld1q_f32(y + 4 * ypix + r->yvoff[0]);
            a4_1 = vld1q_f32(y + 4 * ypix + r->yvoff[1]);
            a5_0 = vld1q_f32(y + 5 * ypix + r->yvoff[0]);
            a5_1 = vld1q_f32(y + 5 * ypix + r->yvoff[1]);
            a6_0 = vld1q_f32(y + 6 * ypix + r->yvoff[0]);
            a6_1 = vld1q_f32(y + 6 * ypix + r->yvoff[1]);
            a7_0 = vld1q_f32(y + 7 * ypix + r->yvoff[0]);
            a7_1 = vld1q_f32(y + 7 * ypix + r->yvoff[1]);
            a8_0 = vld1q_f32(y + 8 * ypix + r->yvoff[0]);
            a8_1 = vld1q_f32(y + 8 * ypix + r->yvoff[1]);
        } else {
            a0_0 = lanes_load(r, y + r->yvoff[0], 0);
            a0_1 = lanes_load(r, y + r->yvoff[1], 1);
            a1_0 = lanes_load(r, y + 1 * ypix + r->yvoff[0], 0);
            a1_1 = lanes_load(r, y + 1 * ypix + r->yvoff[1], 1);
            a2_0 = lanes_load(r, y + 2 * ypix + r->yvoff[0], 0);
            a2_1 = lanes_load(r, y + 2 * ypix + r->yvoff[1], 1);
            a3_0 = lanes_load(r, y + 3 * ypix + r->yvoff[0], 0);
            a3_1 = lanes_load(r, y + 3 * ypix + r->yvoff[1], 1);
            a4_0 = lanes_load(r, y + 4 * ypix + r->yvoff[0], 0);
            a4_1 = lanes_load(r, y + 4 * ypix + r->yvoff[1], 1);
            a5_0 = lanes_load(r, y + 5 * ypix + r->yvoff[0], 0);
            a5_1 = lanes_load(r, y + 5 * ypix + r->yvoff[1], 1);
            a6_0 = lanes_load(r, y + 6 * ypix + r->yvoff[0], 0);
            a6_1 = lanes_load(r, y + 6 * ypix + r->yvoff[1], 1);
            a7_0 = lanes_load(r, y + 7 * ypix + r->yvoff[0], 0);
            a7_1 = lanes_load(r, y + 7 * ypix + r->yvoff[1], 1);
            a8_0 = lanes_load(r, y + 8 * ypix + r->yvoff[0], 0);
            a8_1 = lanes_load(r, y + 8 * ypix + r->yvoff[1], 1);
        }
        const int n = r->kw * r->cib;
        const ptrdiff_t next = 9 * xp;
        if (r->kw > 1 && n >= 128) {
            for (int ky = r->ky0; ky < r->ky1; ky++) {
                const float *xt =
                    r->x + ((ptrdiff_t)r->iy0 + (ptrdiff_t)ky * r->dil_h) * r->xrow + col0 * r->xpix;
                const float *wi = r->w + (ptrdiff_t)ky * n * 8;
#pragma GCC unroll 4
                for (int ii = 0; ii < n; ii++, wi += 8) {
                    const float *xi = xt + ii;
                    if ((ii & 15) == 0) {
                        __builtin_prefetch(xi + next, 0, 3);
                        __builtin_prefetch(xi + next + 1 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 2 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 3 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 4 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 5 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 6 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 7 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 8 * xp, 0, 3);
                    }
                    const float32x4_t w0 = vld1q_f32(wi);
                    const float32x4_t w1 = vld1q_f32(wi + 4);
                    const float32x4_t x0 = vld1q_dup_f32(xi);
                    a0_0 = vfmaq_f32(a0_0, x0, w0);
                    a0_1 = vfmaq_f32(a0_1, x0, w1);
                    const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                    a1_0 = vfmaq_f32(a1_0, x1, w0);
                    a1_1 = vfmaq_f32(a1_1, x1, w1);
                    const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                    a2_0 = vfmaq_f32(a2_0, x2, w0);
                    a2_1 = vfmaq_f32(a2_1, x2, w1);
                    const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                    a3_0 = vfmaq_f32(a3_0, x3, w0);
                    a3_1 = vfmaq_f32(a3_1, x3, w1);
                    const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                    a4_0 = vfmaq_f32(a4_0, x4, w0);
                    a4_1 = vfmaq_f32(a4_1, x4, w1);
                    const float32x4_t x5 = vld1q_dup_f32(xi + 5 * xp);
                    a5_0 = vfmaq_f32(a5_0, x5, w0);
                    a5_1 = vfmaq_f32(a5_1, x5, w1);
                    const float32x4_t x6 = vld1q_dup_f32(xi + 6 * xp);
                    a6_0 = vfmaq_f32(a6_0, x6, w0);
                    a6_1 = vfmaq_f32(a6_1, x6, w1);
                    const float32x4_t x7 = vld1q_dup_f32(xi + 7 * xp);
                    a7_0 = vfmaq_f32(a7_0, x7, w0);
                    a7_1 = vfmaq_f32(a7_1, x7, w1);
                    const float32x4_t x8 = vld1q_dup_f32(xi + 8 * xp);
                    a8_0 = vfmaq_f32(a8_0, x8, w0);
                    a8_1 = vfmaq_f32(a8_1, x8, w1);
                }
            }
        } else {
            for (int ky = r->ky0; ky < r->ky1; ky++) {
                const float *xt =
                    r->x + ((ptrdiff_t)r->iy0 + (ptrdiff_t)ky * r->dil_h) * r->xrow + col0 * r->xpix;
                const float *wi = r->w + (ptrdiff_t)ky * n * 8;
#pragma GCC unroll 4
                for (int ii = 0; ii < n; ii++, wi += 8) {
                    const float *xi = xt + ii;
                    const float32x4_t w0 = vld1q_f32(wi);
                    const float32x4_t w1 = vld1q_f32(wi + 4);
                    const float32x4_t x0 = vld1q_dup_f32(xi);
                    a0_0 = vfmaq_f32(a0_0, x0, w0);
                    a0_1 = vfmaq_f32(a0_1, x0, w1);
                    const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                    a1_0 = vfmaq_f32(a1_0, x1, w0);
                    a1_1 = vfmaq_f32(a1_1, x1, w1);
                    const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                    a2_0 = vfmaq_f32(a2_0, x2, w0);
                    a2_1 = vfmaq_f32(a2_1, x2, w1);
                    const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                    a3_0 = vfmaq_f32(a3_0, x3, w0);
                    a3_1 = vfmaq_f32(a3_1, x3, w1);
                    const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                    a4_0 = vfmaq_f32(a4_0, x4, w0);
                    a4_1 = vfmaq_f32(a4_1, x4, w1);
                    const float32x4_t x5 = vld1q_dup_f32(xi + 5 * xp);
                    a5_0 = vfmaq_f32(a5_0, x5, w0);
                    a5_1 = vfmaq_f32(a5_1, x5, w1);
                    const float32x4_t x6 = vld1q_dup_f32(xi + 6 * xp);
                    a6_0 = vfmaq_f32(a6_0, x6, w0);
                    a6_1 = vfmaq_f32(a6_1, x6, w1);
                    const float32x4_t x7 = vld1q_dup_f32(xi + 7 * xp);
                    a7_0 = vfmaq_f32(a7_0, x7, w0);
                    a7_1 = vfmaq_f32(a7_1, x7, w1);
                    const float32x4_t x8 = vld1q_dup_f32(xi + 8 * xp);
                    a8_0 = vfmaq_f32(a8_0, x8, w0);
                    a8_1 = vfmaq_f32(a8_1, x8, w1);
                }
            }
        }
        if (r->last && r->relu) {
            a0_0 = vmaxq_f32(a0_0, vdupq_n_f32(0.0f));
            a0_1 = vmaxq_f32(a0_1, vdupq_n_f32(0.0f));
            a1_0 = vmaxq_f32(a1_0, vdupq_n_f32(0.0f));
            a1_1 = vmaxq_f32(a1_1, vdupq_n_f32(0.0f));
            a2_0 = vmaxq_f32(a2_0, vdupq_n_f32(0.0f));
            a2_1 = vmaxq_f32(a2_1, vdupq_n_f32(0.0f));
            a3_0 = vmaxq_f32(a3_0, vdupq_n_f32(0.0f));
            a3_1 = vmaxq_f32(a3_1, vdupq_n_f32(0.0f));
            a4_0 = vmaxq_f32(a4_0, vdupq_n_f32(0.0f));
            a4_1 = vmaxq_f32(a4_1, vdupq_n_f32(0.0f));
            a5_0 = vmaxq_f32(a5_0, vdupq_n_f32(0.0f));
            a5_1 = vmaxq_f32(a5_1, vdupq_n_f32(0.0f));
            a6_0 = vmaxq_f32(a6_0, vdupq_n_f32(0.0f));
            a6_1 = vmaxq_f32(a6_1, vdupq_n_f32(0.0f));
            a7_0 = vmaxq_f32(a7_0, vdupq_n_f32(0.0f));
            a7_1 = vmaxq_f32(a7_1, vdupq_n_f32(0.0f));
            a8_0 = vmaxq_f32(a8_0, vdupq_n_f32(0.0f));
            a8_1 = vmaxq_f32(a8_1, vdupq_n_f32(0.0f));
        }
        if (!r->ylanes) {
            vst1q_f32(y + r->yvoff[0], a0_0);
            vst1q_f32(y + r->yvoff[1], a0_1);
            vst1q_f32(y + 1 * ypix + r->yvoff[0], a1_0);
            vst1q_f32(y + 1 * ypix + r->yvoff[1], a1_1);
            vst1q_f32(y + 2 * ypix + r->yvoff[0], a2_0);
            vst1q_f32(y + 2 * ypix + r->yvoff[1], a2_1);
            vst1q_f32(y + 3 * ypix + r->yvoff[0], a3_0);
            vst1q_f32(y + 3 * ypix + r->yvoff[1], a3_1);
            vst1q_f32(y + 4 * ypix + r->yvoff[0], a4_0);
            vst1q_f32(y + 4 * ypix + r->yvoff[1], a4_1);
            vst1q_f32(y + 5 * ypix + r->yvoff[0], a5_0);
            vst1q_f32(y + 5 * ypix + r->yvoff[1], a5_1);
            vst1q_f32(y + 6 * ypix + r->yvoff[0], a6_0);
            vst1q_f32(y + 6 * ypix + r->yvoff[1], a6_1);
            vst1q_f32(y + 7 * ypix + r->yvoff[0], a7_0);
            vst1q_f32(y + 7 * ypix + r->yvoff[1], a7_1);
            vst1q_f32(y + 8 * ypix + r->yvoff[0], a8_0);
            vst1q_f32(y + 8 * ypix + r->yvoff[1], a8_1);
        } else {
            lanes_store(r, y + r->yvoff[0], 0, a0_0);
            lanes_store(r, y + r->yvoff[1], 1, a0_1);
            lanes_store(r, y + 1 * ypix + r->yvoff[0], 0, a1_0);
            lanes_store(r, y + 1 * ypix + r->yvoff[1], 1, a1_1);
            lanes_store(r, y + 2 * ypix + r->yvoff[0], 0, a2_0);
            lanes_store(r, y + 2 * ypix + r->yvoff[1], 1, a2_1);
            lanes_store(r, y + 3 * ypix + r->yvoff[0], 0, a3_0);
            lanes_store(r, y + 3 * ypix + r->yvoff[1], 1, a3_1);
            lanes_store(r, y + 4 * ypix + r->yvoff[0], 0, a4_0);
            lanes_store(r, y + 4 * ypix + r->yvoff[1], 1, a4_1);
            lanes_store(r, y + 5 * ypix + r->yvoff[0], 0, a5_0);
            lanes_store(r, y + 5 * ypix + r->yvoff[1], 1, a5_1);
            lanes_store(r, y + 6 * ypix + r->yvoff[0], 0, a6_0);
            lanes_store(r, y + 6 * ypix + r->yvoff[1], 1, a6_1);
            lanes_store(r, y + 7 * ypix + r->yvoff[0], 0, a7_0);
            lanes_store(r, y + 7 * ypix + r->yvoff[1], 1, a7_1);
            lanes_store(r, y + 8 * ypix + r->yvoff[0], 0, a8_0);
            lanes_store(r, y + 8 * ypix + r->yvoff[1], 1, a8_1);
        }
    }
}

/* 9 columns tap by tap, any block; false (nothing done) if a tap cuts
 * more than 3 columns at either end or kw > 16.  With long taps (cib >=
 * 32) in the order of the weights, ky then kx: a kernel row's input stays
 * in L1 over its kw taps.  Short taps keep kx outer: the cut, hence the
 * switch's target, then repeats over ky (the 7x7 first layer with C = 3
 * lost 2-4 % with ky outer). */
static __attribute__((noinline)) bool lmc_f32_direct_conv_8cx14w_taps9__neon(const lmc_direct_row *r,
                                                                             int ox0)
{
    const bool inner = lmc_direct_block_interior(r, ox0, 9);
    signed char pas[16], cuts[16];
    if (r->kw > 16) return false;
    for (int kx = 0; kx < r->kw; kx++) {
        int pa = 0, pb = 9;
        if (!inner) lmc_direct_tap_cols(r, kx, ox0, 9, &pa, &pb);
        const int cut = cut_case(pa, pb, 9);
        if (pa < pb && cut < 0) return false;
        pas[kx] = (signed char)pa;
        cuts[kx] = (signed char)(pa < pb ? cut : -1);
    }
    const ptrdiff_t ypix = r->ypix, xp = (ptrdiff_t)r->stride_w * r->xpix;
    const ptrdiff_t col0 = (ptrdiff_t)ox0 * r->stride_w - r->pad_left;
    float *y = r->y + (ptrdiff_t)ox0 * ypix;
    float32x4_t a0_0, a0_1;
    float32x4_t a1_0, a1_1;
    float32x4_t a2_0, a2_1;
    float32x4_t a3_0, a3_1;
    float32x4_t a4_0, a4_1;
    float32x4_t a5_0, a5_1;
    float32x4_t a6_0, a6_1;
    float32x4_t a7_0, a7_1;
    float32x4_t a8_0, a8_1;
    if (r->first) {
        const float32x4_t bb0 = r->bias ? vld1q_f32(r->bias) : vdupq_n_f32(0.0f);
        const float32x4_t bb1 = r->bias ? vld1q_f32(r->bias + 4) : vdupq_n_f32(0.0f);
        a0_0 = bb0;
        a0_1 = bb1;
        a1_0 = bb0;
        a1_1 = bb1;
        a2_0 = bb0;
        a2_1 = bb1;
        a3_0 = bb0;
        a3_1 = bb1;
        a4_0 = bb0;
        a4_1 = bb1;
        a5_0 = bb0;
        a5_1 = bb1;
        a6_0 = bb0;
        a6_1 = bb1;
        a7_0 = bb0;
        a7_1 = bb1;
        a8_0 = bb0;
        a8_1 = bb1;
    } else if (!r->ylanes) {
        a0_0 = vld1q_f32(y + r->yvoff[0]);
        a0_1 = vld1q_f32(y + r->yvoff[1]);
        a1_0 = vld1q_f32(y + 1 * ypix + r->yvoff[0]);
        a1_1 = vld1q_f32(y + 1 * ypix + r->yvoff[1]);
        a2_0 = vld1q_f32(y + 2 * ypix + r->yvoff[0]);
        a2_1 = vld1q_f32(y + 2 * ypix + r->yvoff[1]);
        a3_0 = vld1q_f32(y + 3 * ypix + r->yvoff[0]);
        a3_1 = vld1q_f32(y + 3 * ypix + r->yvoff[1]);
        a4_0 = vld1q_f32(y + 4 * ypix + r->yvoff[0]);
        a4_1 = vld1q_f32(y + 4 * ypix + r->yvoff[1]);
        a5_0 = vld1q_f32(y + 5 * ypix + r->yvoff[0]);
        a5_1 = vld1q_f32(y + 5 * ypix + r->yvoff[1]);
        a6_0 = vld1q_f32(y + 6 * ypix + r->yvoff[0]);
        a6_1 = vld1q_f32(y + 6 * ypix + r->yvoff[1]);
        a7_0 = vld1q_f32(y + 7 * ypix + r->yvoff[0]);
        a7_1 = vld1q_f32(y + 7 * ypix + r->yvoff[1]);
        a8_0 = vld1q_f32(y + 8 * ypix + r->yvoff[0]);
        a8_1 = vld1q_f32(y + 8 * ypix + r->yvoff[1]);
    } else {
        a0_0 = lanes_load(r, y + r->yvoff[0], 0);
        a0_1 = lanes_load(r, y + r->yvoff[1], 1);
        a1_0 = lanes_load(r, y + 1 * ypix + r->yvoff[0], 0);
        a1_1 = lanes_load(r, y + 1 * ypix + r->yvoff[1], 1);
        a2_0 = lanes_load(r, y + 2 * ypix + r->yvoff[0], 0);
        a2_1 = lanes_load(r, y + 2 * ypix + r->yvoff[1], 1);
        a3_0 = lanes_load(r, y + 3 * ypix + r->yvoff[0], 0);
        a3_1 = lanes_load(r, y + 3 * ypix + r->yvoff[1], 1);
        a4_0 = lanes_load(r, y + 4 * ypix + r->yvoff[0], 0);
        a4_1 = lanes_load(r, y + 4 * ypix + r->yvoff[1], 1);
        a5_0 = lanes_load(r, y + 5 * ypix + r->yvoff[0], 0);
        a5_1 = lanes_load(r, y + 5 * ypix + r->yvoff[1], 1);
        a6_0 = lanes_load(r, y + 6 * ypix + r->yvoff[0], 0);
        a6_1 = lanes_load(r, y + 6 * ypix + r->yvoff[1], 1);
        a7_0 = lanes_load(r, y + 7 * ypix + r->yvoff[0], 0);
        a7_1 = lanes_load(r, y + 7 * ypix + r->yvoff[1], 1);
        a8_0 = lanes_load(r, y + 8 * ypix + r->yvoff[0], 0);
        a8_1 = lanes_load(r, y + 8 * ypix + r->yvoff[1], 1);
    }
    const int cib = r->cib, cblk = r->cblk, coff = r->coff;
    const ptrdiff_t xch = r->xch;
    if (cib >= 32) {
        for (int ky = r->ky0; ky < r->ky1; ky++)
            for (int kx = 0; kx < r->kw; kx++) {
                const int cut = cuts[kx], pa = pas[kx];
                if (cut >= 0) {
                    const ptrdiff_t rowoff = ((ptrdiff_t)r->iy0 + (ptrdiff_t)ky * r->dil_h) * r->xrow;
                    const float *xt =
                        r->x + rowoff + (col0 + (ptrdiff_t)pa * r->stride_w + (ptrdiff_t)kx * r->dil_w) * r->xpix;
                    const float *wt = r->w + ((ptrdiff_t)ky * r->kw + kx) * cib * 8;
                    switch (cut) {
                    case 0: { /* columns [0, 9) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x0 = vld1q_dup_f32(xi);
                                a0_0 = vfmaq_f32(a0_0, x0, w0);
                                a0_1 = vfmaq_f32(a0_1, x0, w1);
                                const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                                a1_0 = vfmaq_f32(a1_0, x1, w0);
                                a1_1 = vfmaq_f32(a1_1, x1, w1);
                                const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 5 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 6 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 7 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                                const float32x4_t x8 = vld1q_dup_f32(xi + 8 * xp);
                                a8_0 = vfmaq_f32(a8_0, x8, w0);
                                a8_1 = vfmaq_f32(a8_1, x8, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 1: { /* columns [0, 8) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x0 = vld1q_dup_f32(xi);
                                a0_0 = vfmaq_f32(a0_0, x0, w0);
                                a0_1 = vfmaq_f32(a0_1, x0, w1);
                                const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                                a1_0 = vfmaq_f32(a1_0, x1, w0);
                                a1_1 = vfmaq_f32(a1_1, x1, w1);
                                const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 5 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 6 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 7 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 2: { /* columns [0, 7) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x0 = vld1q_dup_f32(xi);
                                a0_0 = vfmaq_f32(a0_0, x0, w0);
                                a0_1 = vfmaq_f32(a0_1, x0, w1);
                                const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                                a1_0 = vfmaq_f32(a1_0, x1, w0);
                                a1_1 = vfmaq_f32(a1_1, x1, w1);
                                const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 5 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 6 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 3: { /* columns [0, 6) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x0 = vld1q_dup_f32(xi);
                                a0_0 = vfmaq_f32(a0_0, x0, w0);
                                a0_1 = vfmaq_f32(a0_1, x0, w1);
                                const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                                a1_0 = vfmaq_f32(a1_0, x1, w0);
                                a1_1 = vfmaq_f32(a1_1, x1, w1);
                                const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 5 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 4: { /* columns [1, 9) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x1 = vld1q_dup_f32(xi);
                                a1_0 = vfmaq_f32(a1_0, x1, w0);
                                a1_1 = vfmaq_f32(a1_1, x1, w1);
                                const float32x4_t x2 = vld1q_dup_f32(xi + 1 * xp);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 2 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 3 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 4 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 5 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 6 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                                const float32x4_t x8 = vld1q_dup_f32(xi + 7 * xp);
                                a8_0 = vfmaq_f32(a8_0, x8, w0);
                                a8_1 = vfmaq_f32(a8_1, x8, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 5: { /* columns [1, 8) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x1 = vld1q_dup_f32(xi);
                                a1_0 = vfmaq_f32(a1_0, x1, w0);
                                a1_1 = vfmaq_f32(a1_1, x1, w1);
                                const float32x4_t x2 = vld1q_dup_f32(xi + 1 * xp);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 2 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 3 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 4 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 5 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 6 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 6: { /* columns [1, 7) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x1 = vld1q_dup_f32(xi);
                                a1_0 = vfmaq_f32(a1_0, x1, w0);
                                a1_1 = vfmaq_f32(a1_1, x1, w1);
                                const float32x4_t x2 = vld1q_dup_f32(xi + 1 * xp);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 2 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 3 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 4 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 5 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 7: { /* columns [1, 6) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x1 = vld1q_dup_f32(xi);
                                a1_0 = vfmaq_f32(a1_0, x1, w0);
                                a1_1 = vfmaq_f32(a1_1, x1, w1);
                                const float32x4_t x2 = vld1q_dup_f32(xi + 1 * xp);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 2 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 3 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 4 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 8: { /* columns [2, 9) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x2 = vld1q_dup_f32(xi);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 1 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 2 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 3 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 4 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 5 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                                const float32x4_t x8 = vld1q_dup_f32(xi + 6 * xp);
                                a8_0 = vfmaq_f32(a8_0, x8, w0);
                                a8_1 = vfmaq_f32(a8_1, x8, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 9: { /* columns [2, 8) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x2 = vld1q_dup_f32(xi);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 1 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 2 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 3 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 4 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 5 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 10: { /* columns [2, 7) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x2 = vld1q_dup_f32(xi);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 1 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 2 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 3 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 4 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 11: { /* columns [2, 6) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x2 = vld1q_dup_f32(xi);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 1 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 2 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 3 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 12: { /* columns [3, 9) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x3 = vld1q_dup_f32(xi);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 1 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 2 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 3 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 4 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                                const float32x4_t x8 = vld1q_dup_f32(xi + 5 * xp);
                                a8_0 = vfmaq_f32(a8_0, x8, w0);
                                a8_1 = vfmaq_f32(a8_1, x8, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 13: { /* columns [3, 8) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x3 = vld1q_dup_f32(xi);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 1 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 2 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 3 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 4 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 14: { /* columns [3, 7) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x3 = vld1q_dup_f32(xi);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 1 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 2 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 3 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 15: { /* columns [3, 6) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x3 = vld1q_dup_f32(xi);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 1 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 2 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    default:
                        break;
                    }
                }
            }
    } else {
        for (int kx = 0; kx < r->kw; kx++) {
            const int cut = cuts[kx], pa = pas[kx];
            if (cut < 0) continue;
            for (int ky = r->ky0; ky < r->ky1; ky++) {
                const ptrdiff_t rowoff = ((ptrdiff_t)r->iy0 + (ptrdiff_t)ky * r->dil_h) * r->xrow;
                const float *xt =
                    r->x + rowoff + (col0 + (ptrdiff_t)pa * r->stride_w + (ptrdiff_t)kx * r->dil_w) * r->xpix;
                const float *wt = r->w + ((ptrdiff_t)ky * r->kw + kx) * cib * 8;
                switch (cut) {
                case 0: { /* columns [0, 9) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x0 = vld1q_dup_f32(xi);
                            a0_0 = vfmaq_f32(a0_0, x0, w0);
                            a0_1 = vfmaq_f32(a0_1, x0, w1);
                            const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                            a1_0 = vfmaq_f32(a1_0, x1, w0);
                            a1_1 = vfmaq_f32(a1_1, x1, w1);
                            const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 5 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 6 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 7 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                            const float32x4_t x8 = vld1q_dup_f32(xi + 8 * xp);
                            a8_0 = vfmaq_f32(a8_0, x8, w0);
                            a8_1 = vfmaq_f32(a8_1, x8, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 1: { /* columns [0, 8) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x0 = vld1q_dup_f32(xi);
                            a0_0 = vfmaq_f32(a0_0, x0, w0);
                            a0_1 = vfmaq_f32(a0_1, x0, w1);
                            const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                            a1_0 = vfmaq_f32(a1_0, x1, w0);
                            a1_1 = vfmaq_f32(a1_1, x1, w1);
                            const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 5 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 6 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 7 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 2: { /* columns [0, 7) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x0 = vld1q_dup_f32(xi);
                            a0_0 = vfmaq_f32(a0_0, x0, w0);
                            a0_1 = vfmaq_f32(a0_1, x0, w1);
                            const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                            a1_0 = vfmaq_f32(a1_0, x1, w0);
                            a1_1 = vfmaq_f32(a1_1, x1, w1);
                            const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 5 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 6 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 3: { /* columns [0, 6) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x0 = vld1q_dup_f32(xi);
                            a0_0 = vfmaq_f32(a0_0, x0, w0);
                            a0_1 = vfmaq_f32(a0_1, x0, w1);
                            const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                            a1_0 = vfmaq_f32(a1_0, x1, w0);
                            a1_1 = vfmaq_f32(a1_1, x1, w1);
                            const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 5 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 4: { /* columns [1, 9) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x1 = vld1q_dup_f32(xi);
                            a1_0 = vfmaq_f32(a1_0, x1, w0);
                            a1_1 = vfmaq_f32(a1_1, x1, w1);
                            const float32x4_t x2 = vld1q_dup_f32(xi + 1 * xp);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 2 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 3 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 4 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 5 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 6 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                            const float32x4_t x8 = vld1q_dup_f32(xi + 7 * xp);
                            a8_0 = vfmaq_f32(a8_0, x8, w0);
                            a8_1 = vfmaq_f32(a8_1, x8, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 5: { /* columns [1, 8) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x1 = vld1q_dup_f32(xi);
                            a1_0 = vfmaq_f32(a1_0, x1, w0);
                            a1_1 = vfmaq_f32(a1_1, x1, w1);
                            const float32x4_t x2 = vld1q_dup_f32(xi + 1 * xp);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 2 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 3 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 4 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 5 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 6 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 6: { /* columns [1, 7) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x1 = vld1q_dup_f32(xi);
                            a1_0 = vfmaq_f32(a1_0, x1, w0);
                            a1_1 = vfmaq_f32(a1_1, x1, w1);
                            const float32x4_t x2 = vld1q_dup_f32(xi + 1 * xp);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 2 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 3 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 4 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 5 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 7: { /* columns [1, 6) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x1 = vld1q_dup_f32(xi);
                            a1_0 = vfmaq_f32(a1_0, x1, w0);
                            a1_1 = vfmaq_f32(a1_1, x1, w1);
                            const float32x4_t x2 = vld1q_dup_f32(xi + 1 * xp);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 2 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 3 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 4 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 8: { /* columns [2, 9) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x2 = vld1q_dup_f32(xi);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 1 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 2 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 3 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 4 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 5 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                            const float32x4_t x8 = vld1q_dup_f32(xi + 6 * xp);
                            a8_0 = vfmaq_f32(a8_0, x8, w0);
                            a8_1 = vfmaq_f32(a8_1, x8, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 9: { /* columns [2, 8) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x2 = vld1q_dup_f32(xi);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 1 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 2 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 3 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 4 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 5 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 10: { /* columns [2, 7) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x2 = vld1q_dup_f32(xi);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 1 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 2 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 3 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 4 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 11: { /* columns [2, 6) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x2 = vld1q_dup_f32(xi);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 1 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 2 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 3 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 12: { /* columns [3, 9) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x3 = vld1q_dup_f32(xi);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 1 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 2 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 3 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 4 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                            const float32x4_t x8 = vld1q_dup_f32(xi + 5 * xp);
                            a8_0 = vfmaq_f32(a8_0, x8, w0);
                            a8_1 = vfmaq_f32(a8_1, x8, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 13: { /* columns [3, 8) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x3 = vld1q_dup_f32(xi);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 1 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 2 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 3 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 4 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 14: { /* columns [3, 7) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x3 = vld1q_dup_f32(xi);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 1 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 2 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 3 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 15: { /* columns [3, 6) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x3 = vld1q_dup_f32(xi);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 1 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 2 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                default:
                    break;
                }
            }
        }
    }
    if (r->last && r->relu) {
        a0_0 = vmaxq_f32(a0_0, vdupq_n_f32(0.0f));
        a0_1 = vmaxq_f32(a0_1, vdupq_n_f32(0.0f));
        a1_0 = vmaxq_f32(a1_0, vdupq_n_f32(0.0f));
        a1_1 = vmaxq_f32(a1_1, vdupq_n_f32(0.0f));
        a2_0 = vmaxq_f32(a2_0, vdupq_n_f32(0.0f));
        a2_1 = vmaxq_f32(a2_1, vdupq_n_f32(0.0f));
        a3_0 = vmaxq_f32(a3_0, vdupq_n_f32(0.0f));
        a3_1 = vmaxq_f32(a3_1, vdupq_n_f32(0.0f));
        a4_0 = vmaxq_f32(a4_0, vdupq_n_f32(0.0f));
        a4_1 = vmaxq_f32(a4_1, vdupq_n_f32(0.0f));
        a5_0 = vmaxq_f32(a5_0, vdupq_n_f32(0.0f));
        a5_1 = vmaxq_f32(a5_1, vdupq_n_f32(0.0f));
        a6_0 = vmaxq_f32(a6_0, vdupq_n_f32(0.0f));
        a6_1 = vmaxq_f32(a6_1, vdupq_n_f32(0.0f));
        a7_0 = vmaxq_f32(a7_0, vdupq_n_f32(0.0f));
        a7_1 = vmaxq_f32(a7_1, vdupq_n_f32(0.0f));
        a8_0 = vmaxq_f32(a8_0, vdupq_n_f32(0.0f));
        a8_1 = vmaxq_f32(a8_1, vdupq_n_f32(0.0f));
    }
    if (!r->ylanes) {
        vst1q_f32(y + r->yvoff[0], a0_0);
        vst1q_f32(y + r->yvoff[1], a0_1);
        vst1q_f32(y + 1 * ypix + r->yvoff[0], a1_0);
        vst1q_f32(y + 1 * ypix + r->yvoff[1], a1_1);
        vst1q_f32(y + 2 * ypix + r->yvoff[0], a2_0);
        vst1q_f32(y + 2 * ypix + r->yvoff[1], a2_1);
        vst1q_f32(y + 3 * ypix + r->yvoff[0], a3_0);
        vst1q_f32(y + 3 * ypix + r->yvoff[1], a3_1);
        vst1q_f32(y + 4 * ypix + r->yvoff[0], a4_0);
        vst1q_f32(y + 4 * ypix + r->yvoff[1], a4_1);
        vst1q_f32(y + 5 * ypix + r->yvoff[0], a5_0);
        vst1q_f32(y + 5 * ypix + r->yvoff[1], a5_1);
        vst1q_f32(y + 6 * ypix + r->yvoff[0], a6_0);
        vst1q_f32(y + 6 * ypix + r->yvoff[1], a6_1);
        vst1q_f32(y + 7 * ypix + r->yvoff[0], a7_0);
        vst1q_f32(y + 7 * ypix + r->yvoff[1], a7_1);
        vst1q_f32(y + 8 * ypix + r->yvoff[0], a8_0);
        vst1q_f32(y + 8 * ypix + r->yvoff[1], a8_1);
    } else {
        lanes_store(r, y + r->yvoff[0], 0, a0_0);
        lanes_store(r, y + r->yvoff[1], 1, a0_1);
        lanes_store(r, y + 1 * ypix + r->yvoff[0], 0, a1_0);
        lanes_store(r, y + 1 * ypix + r->yvoff[1], 1, a1_1);
        lanes_store(r, y + 2 * ypix + r->yvoff[0], 0, a2_0);
        lanes_store(r, y + 2 * ypix + r->yvoff[1], 1, a2_1);
        lanes_store(r, y + 3 * ypix + r->yvoff[0], 0, a3_0);
        lanes_store(r, y + 3 * ypix + r->yvoff[1], 1, a3_1);
        lanes_store(r, y + 4 * ypix + r->yvoff[0], 0, a4_0);
        lanes_store(r, y + 4 * ypix + r->yvoff[1], 1, a4_1);
        lanes_store(r, y + 5 * ypix + r->yvoff[0], 0, a5_0);
        lanes_store(r, y + 5 * ypix + r->yvoff[1], 1, a5_1);
        lanes_store(r, y + 6 * ypix + r->yvoff[0], 0, a6_0);
        lanes_store(r, y + 6 * ypix + r->yvoff[1], 1, a6_1);
        lanes_store(r, y + 7 * ypix + r->yvoff[0], 0, a7_0);
        lanes_store(r, y + 7 * ypix + r->yvoff[1], 1, a7_1);
        lanes_store(r, y + 8 * ypix + r->yvoff[0], 0, a8_0);
        lanes_store(r, y + 8 * ypix + r->yvoff[1], 1, a8_1);
    }
    return true;
}

/* 10 columns, a run of nblk interior blocks with merge_kx (rows.c has
 * checked that they are): per kernel row one reduction over kw * C.  The
 * next block's input is prefetched when the reduction is long enough to
 * hide it (VGG's 3x3 layers 2-5 % faster; short ones, C = 3 or 1x1 with 64
 * channels, lost). */
static __attribute__((noinline)) void lmc_f32_direct_conv_8cx14w_merged10__neon(const lmc_direct_row *r, int ox0,
                                                                                int nblk)
{
    for (const int ox_end = ox0 + nblk * 10; ox0 < ox_end; ox0 += 10) {
        const ptrdiff_t ypix = r->ypix, xp = (ptrdiff_t)r->stride_w * r->xpix;
        const ptrdiff_t col0 = (ptrdiff_t)ox0 * r->stride_w - r->pad_left;
        float *y = r->y + (ptrdiff_t)ox0 * ypix;
        float32x4_t a0_0, a0_1;
        float32x4_t a1_0, a1_1;
        float32x4_t a2_0, a2_1;
        float32x4_t a3_0, a3_1;
        float32x4_t a4_0, a4_1;
        float32x4_t a5_0, a5_1;
        float32x4_t a6_0, a6_1;
        float32x4_t a7_0, a7_1;
        float32x4_t a8_0, a8_1;
        float32x4_t a9_0, a9_1;
        if (r->first) {
            const float32x4_t bb0 = r->bias ? vld1q_f32(r->bias) : vdupq_n_f32(0.0f);
            const float32x4_t bb1 = r->bias ? vld1q_f32(r->bias + 4) : vdupq_n_f32(0.0f);
            a0_0 = bb0;
            a0_1 = bb1;
            a1_0 = bb0;
            a1_1 = bb1;
            a2_0 = bb0;
            a2_1 = bb1;
            a3_0 = bb0;
            a3_1 = bb1;
            a4_0 = bb0;
            a4_1 = bb1;
            a5_0 = bb0;
            a5_1 = bb1;
            a6_0 = bb0;
            a6_1 = bb1;
            a7_0 = bb0;
            a7_1 = bb1;
            a8_0 = bb0;
            a8_1 = bb1;
            a9_0 = bb0;
            a9_1 = bb1;
        } else if (!r->ylanes) {
            a0_0 = vld1q_f32(y + r->yvoff[0]);
            a0_1 = vld1q_f32(y + r->yvoff[1]);
            a1_0 = vld1q_f32(y + 1 * ypix + r->yvoff[0]);
            a1_1 = vld1q_f32(y + 1 * ypix + r->yvoff[1]);
            a2_0 = vld1q_f32(y + 2 * ypix + r->yvoff[0]);
            a2_1 = vld1q_f32(y + 2 * ypix + r->yvoff[1]);
            a3_0 = vld1q_f32(y + 3 * ypix + r->yvoff[0]);
            a3_1 = vld1q_f32(y + 3 * ypix + r->yvoff[1]);
            a4_0 = vld1q_f32(y + 4 * ypix + r->yvoff[0]);
            a4_1 = vld1q_f32(y + 4 * ypix + r->yvoff[1]);
            a5_0 = vld1q_f32(y + 5 * ypix + r->yvoff[0]);
            a5_1 = vld1q_f32(y + 5 * ypix + r->yvoff[1]);
            a6_0 = vld1q_f32(y + 6 * ypix + r->yvoff[0]);
            a6_1 = vld1q_f32(y + 6 * ypix + r->yvoff[1]);
            a7_0 = vld1q_f32(y + 7 * ypix + r->yvoff[0]);
            a7_1 = vld1q_f32(y + 7 * ypix + r->yvoff[1]);
            a8_0 = vld1q_f32(y + 8 * ypix + r->yvoff[0]);
            a8_1 = vld1q_f32(y + 8 * ypix + r->yvoff[1]);
            a9_0 = vld1q_f32(y + 9 * ypix + r->yvoff[0]);
            a9_1 = vld1q_f32(y + 9 * ypix + r->yvoff[1]);
        } else {
            a0_0 = lanes_load(r, y + r->yvoff[0], 0);
            a0_1 = lanes_load(r, y + r->yvoff[1], 1);
            a1_0 = lanes_load(r, y + 1 * ypix + r->yvoff[0], 0);
            a1_1 = lanes_load(r, y + 1 * ypix + r->yvoff[1], 1);
            a2_0 = lanes_load(r, y + 2 * ypix + r->yvoff[0], 0);
            a2_1 = lanes_load(r, y + 2 * ypix + r->yvoff[1], 1);
            a3_0 = lanes_load(r, y + 3 * ypix + r->yvoff[0], 0);
            a3_1 = lanes_load(r, y + 3 * ypix + r->yvoff[1], 1);
            a4_0 = lanes_load(r, y + 4 * ypix + r->yvoff[0], 0);
            a4_1 = lanes_load(r, y + 4 * ypix + r->yvoff[1], 1);
            a5_0 = lanes_load(r, y + 5 * ypix + r->yvoff[0], 0);
            a5_1 = lanes_load(r, y + 5 * ypix + r->yvoff[1], 1);
            a6_0 = lanes_load(r, y + 6 * ypix + r->yvoff[0], 0);
            a6_1 = lanes_load(r, y + 6 * ypix + r->yvoff[1], 1);
            a7_0 = lanes_load(r, y + 7 * ypix + r->yvoff[0], 0);
            a7_1 = lanes_load(r, y + 7 * ypix + r->yvoff[1], 1);
            a8_0 = lanes_load(r, y + 8 * ypix + r->yvoff[0], 0);
            a8_1 = lanes_load(r, y + 8 * ypix + r->yvoff[1], 1);
            a9_0 = lanes_load(r, y + 9 * ypix + r->yvoff[0], 0);
            a9_1 = lanes_load(r, y + 9 * ypix + r->yvoff[1], 1);
        }
        const int n = r->kw * r->cib;
        const ptrdiff_t next = 10 * xp;
        if (r->kw > 1 && n >= 128) {
            for (int ky = r->ky0; ky < r->ky1; ky++) {
                const float *xt =
                    r->x + ((ptrdiff_t)r->iy0 + (ptrdiff_t)ky * r->dil_h) * r->xrow + col0 * r->xpix;
                const float *wi = r->w + (ptrdiff_t)ky * n * 8;
#pragma GCC unroll 4
                for (int ii = 0; ii < n; ii++, wi += 8) {
                    const float *xi = xt + ii;
                    if ((ii & 15) == 0) {
                        __builtin_prefetch(xi + next, 0, 3);
                        __builtin_prefetch(xi + next + 1 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 2 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 3 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 4 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 5 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 6 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 7 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 8 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 9 * xp, 0, 3);
                    }
                    const float32x4_t w0 = vld1q_f32(wi);
                    const float32x4_t w1 = vld1q_f32(wi + 4);
                    const float32x4_t x0 = vld1q_dup_f32(xi);
                    a0_0 = vfmaq_f32(a0_0, x0, w0);
                    a0_1 = vfmaq_f32(a0_1, x0, w1);
                    const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                    a1_0 = vfmaq_f32(a1_0, x1, w0);
                    a1_1 = vfmaq_f32(a1_1, x1, w1);
                    const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                    a2_0 = vfmaq_f32(a2_0, x2, w0);
                    a2_1 = vfmaq_f32(a2_1, x2, w1);
                    const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                    a3_0 = vfmaq_f32(a3_0, x3, w0);
                    a3_1 = vfmaq_f32(a3_1, x3, w1);
                    const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                    a4_0 = vfmaq_f32(a4_0, x4, w0);
                    a4_1 = vfmaq_f32(a4_1, x4, w1);
                    const float32x4_t x5 = vld1q_dup_f32(xi + 5 * xp);
                    a5_0 = vfmaq_f32(a5_0, x5, w0);
                    a5_1 = vfmaq_f32(a5_1, x5, w1);
                    const float32x4_t x6 = vld1q_dup_f32(xi + 6 * xp);
                    a6_0 = vfmaq_f32(a6_0, x6, w0);
                    a6_1 = vfmaq_f32(a6_1, x6, w1);
                    const float32x4_t x7 = vld1q_dup_f32(xi + 7 * xp);
                    a7_0 = vfmaq_f32(a7_0, x7, w0);
                    a7_1 = vfmaq_f32(a7_1, x7, w1);
                    const float32x4_t x8 = vld1q_dup_f32(xi + 8 * xp);
                    a8_0 = vfmaq_f32(a8_0, x8, w0);
                    a8_1 = vfmaq_f32(a8_1, x8, w1);
                    const float32x4_t x9 = vld1q_dup_f32(xi + 9 * xp);
                    a9_0 = vfmaq_f32(a9_0, x9, w0);
                    a9_1 = vfmaq_f32(a9_1, x9, w1);
                }
            }
        } else {
            for (int ky = r->ky0; ky < r->ky1; ky++) {
                const float *xt =
                    r->x + ((ptrdiff_t)r->iy0 + (ptrdiff_t)ky * r->dil_h) * r->xrow + col0 * r->xpix;
                const float *wi = r->w + (ptrdiff_t)ky * n * 8;
#pragma GCC unroll 4
                for (int ii = 0; ii < n; ii++, wi += 8) {
                    const float *xi = xt + ii;
                    const float32x4_t w0 = vld1q_f32(wi);
                    const float32x4_t w1 = vld1q_f32(wi + 4);
                    const float32x4_t x0 = vld1q_dup_f32(xi);
                    a0_0 = vfmaq_f32(a0_0, x0, w0);
                    a0_1 = vfmaq_f32(a0_1, x0, w1);
                    const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                    a1_0 = vfmaq_f32(a1_0, x1, w0);
                    a1_1 = vfmaq_f32(a1_1, x1, w1);
                    const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                    a2_0 = vfmaq_f32(a2_0, x2, w0);
                    a2_1 = vfmaq_f32(a2_1, x2, w1);
                    const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                    a3_0 = vfmaq_f32(a3_0, x3, w0);
                    a3_1 = vfmaq_f32(a3_1, x3, w1);
                    const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                    a4_0 = vfmaq_f32(a4_0, x4, w0);
                    a4_1 = vfmaq_f32(a4_1, x4, w1);
                    const float32x4_t x5 = vld1q_dup_f32(xi + 5 * xp);
                    a5_0 = vfmaq_f32(a5_0, x5, w0);
                    a5_1 = vfmaq_f32(a5_1, x5, w1);
                    const float32x4_t x6 = vld1q_dup_f32(xi + 6 * xp);
                    a6_0 = vfmaq_f32(a6_0, x6, w0);
                    a6_1 = vfmaq_f32(a6_1, x6, w1);
                    const float32x4_t x7 = vld1q_dup_f32(xi + 7 * xp);
                    a7_0 = vfmaq_f32(a7_0, x7, w0);
                    a7_1 = vfmaq_f32(a7_1, x7, w1);
                    const float32x4_t x8 = vld1q_dup_f32(xi + 8 * xp);
                    a8_0 = vfmaq_f32(a8_0, x8, w0);
                    a8_1 = vfmaq_f32(a8_1, x8, w1);
                    const float32x4_t x9 = vld1q_dup_f32(xi + 9 * xp);
                    a9_0 = vfmaq_f32(a9_0, x9, w0);
                    a9_1 = vfmaq_f32(a9_1, x9, w1);
                }
            }
        }
        if (r->last && r->relu) {
            a0_0 = vmaxq_f32(a0_0, vdupq_n_f32(0.0f));
            a0_1 = vmaxq_f32(a0_1, vdupq_n_f32(0.0f));
            a1_0 = vmaxq_f32(a1_0, vdupq_n_f32(0.0f));
            a1_1 = vmaxq_f32(a1_1, vdupq_n_f32(0.0f));
            a2_0 = vmaxq_f32(a2_0, vdupq_n_f32(0.0f));
            a2_1 = vmaxq_f32(a2_1, vdupq_n_f32(0.0f));
            a3_0 = vmaxq_f32(a3_0, vdupq_n_f32(0.0f));
            a3_1 = vmaxq_f32(a3_1, vdupq_n_f32(0.0f));
            a4_0 = vmaxq_f32(a4_0, vdupq_n_f32(0.0f));
            a4_1 = vmaxq_f32(a4_1, vdupq_n_f32(0.0f));
            a5_0 = vmaxq_f32(a5_0, vdupq_n_f32(0.0f));
            a5_1 = vmaxq_f32(a5_1, vdupq_n_f32(0.0f));
            a6_0 = vmaxq_f32(a6_0, vdupq_n_f32(0.0f));
            a6_1 = vmaxq_f32(a6_1, vdupq_n_f32(0.0f));
            a7_0 = vmaxq_f32(a7_0, vdupq_n_f32(0.0f));
            a7_1 = vmaxq_f32(a7_1, vdupq_n_f32(0.0f));
            a8_0 = vmaxq_f32(a8_0, vdupq_n_f32(0.0f));
            a8_1 = vmaxq_f32(a8_1, vdupq_n_f32(0.0f));
            a9_0 = vmaxq_f32(a9_0, vdupq_n_f32(0.0f));
            a9_1 = vmaxq_f32(a9_1, vdupq_n_f32(0.0f));
        }
        if (!r->ylanes) {
            vst1q_f32(y + r->yvoff[0], a0_0);
            vst1q_f32(y + r->yvoff[1], a0_1);
            vst1q_f32(y + 1 * ypix + r->yvoff[0], a1_0);
            vst1q_f32(y + 1 * ypix + r->yvoff[1], a1_1);
            vst1q_f32(y + 2 * ypix + r->yvoff[0], a2_0);
            vst1q_f32(y + 2 * ypix + r->yvoff[1], a2_1);
            vst1q_f32(y + 3 * ypix + r->yvoff[0], a3_0);
            vst1q_f32(y + 3 * ypix + r->yvoff[1], a3_1);
            vst1q_f32(y + 4 * ypix + r->yvoff[0], a4_0);
            vst1q_f32(y + 4 * ypix + r->yvoff[1], a4_1);
            vst1q_f32(y + 5 * ypix + r->yvoff[0], a5_0);
            vst1q_f32(y + 5 * ypix + r->yvoff[1], a5_1);
            vst1q_f32(y + 6 * ypix + r->yvoff[0], a6_0);
            vst1q_f32(y + 6 * ypix + r->yvoff[1], a6_1);
            vst1q_f32(y + 7 * ypix + r->yvoff[0], a7_0);
            vst1q_f32(y + 7 * ypix + r->yvoff[1], a7_1);
            vst1q_f32(y + 8 * ypix + r->yvoff[0], a8_0);
            vst1q_f32(y + 8 * ypix + r->yvoff[1], a8_1);
            vst1q_f32(y + 9 * ypix + r->yvoff[0], a9_0);
            vst1q_f32(y + 9 * ypix + r->yvoff[1], a9_1);
        } else {
            lanes_store(r, y + r->yvoff[0], 0, a0_0);
            lanes_store(r, y + r->yvoff[1], 1, a0_1);
            lanes_store(r, y + 1 * ypix + r->yvoff[0], 0, a1_0);
            lanes_store(r, y + 1 * ypix + r->yvoff[1], 1, a1_1);
            lanes_store(r, y + 2 * ypix + r->yvoff[0], 0, a2_0);
            lanes_store(r, y + 2 * ypix + r->yvoff[1], 1, a2_1);
            lanes_store(r, y + 3 * ypix + r->yvoff[0], 0, a3_0);
            lanes_store(r, y + 3 * ypix + r->yvoff[1], 1, a3_1);
            lanes_store(r, y + 4 * ypix + r->yvoff[0], 0, a4_0);
            lanes_store(r, y + 4 * ypix + r->yvoff[1], 1, a4_1);
            lanes_store(r, y + 5 * ypix + r->yvoff[0], 0, a5_0);
            lanes_store(r, y + 5 * ypix + r->yvoff[1], 1, a5_1);
            lanes_store(r, y + 6 * ypix + r->yvoff[0], 0, a6_0);
            lanes_store(r, y + 6 * ypix + r->yvoff[1], 1, a6_1);
            lanes_store(r, y + 7 * ypix + r->yvoff[0], 0, a7_0);
            lanes_store(r, y + 7 * ypix + r->yvoff[1], 1, a7_1);
            lanes_store(r, y + 8 * ypix + r->yvoff[0], 0, a8_0);
            lanes_store(r, y + 8 * ypix + r->yvoff[1], 1, a8_1);
            lanes_store(r, y + 9 * ypix + r->yvoff[0], 0, a9_0);
            lanes_store(r, y + 9 * ypix + r->yvoff[1], 1, a9_1);
        }
    }
}

/* 10 columns tap by tap, any block; false (nothing done) if a tap cuts
 * more than 3 columns at either end or kw > 16.  With long taps (cib >=
 * 32) in the order of the weights, ky then kx: a kernel row's input stays
 * in L1 over its kw taps.  Short taps keep kx outer: the cut, hence the
 * switch's target, then repeats over ky (the 7x7 first layer with C = 3
 * lost 2-4 % with ky outer). */
static __attribute__((noinline)) bool lmc_f32_direct_conv_8cx14w_taps10__neon(const lmc_direct_row *r,
                                                                              int ox0)
{
    const bool inner = lmc_direct_block_interior(r, ox0, 10);
    signed char pas[16], cuts[16];
    if (r->kw > 16) return false;
    for (int kx = 0; kx < r->kw; kx++) {
        int pa = 0, pb = 10;
        if (!inner) lmc_direct_tap_cols(r, kx, ox0, 10, &pa, &pb);
        const int cut = cut_case(pa, pb, 10);
        if (pa < pb && cut < 0) return false;
        pas[kx] = (signed char)pa;
        cuts[kx] = (signed char)(pa < pb ? cut : -1);
    }
    const ptrdiff_t ypix = r->ypix, xp = (ptrdiff_t)r->stride_w * r->xpix;
    const ptrdiff_t col0 = (ptrdiff_t)ox0 * r->stride_w - r->pad_left;
    float *y = r->y + (ptrdiff_t)ox0 * ypix;
    float32x4_t a0_0, a0_1;
    float32x4_t a1_0, a1_1;
    float32x4_t a2_0, a2_1;
    float32x4_t a3_0, a3_1;
    float32x4_t a4_0, a4_1;
    float32x4_t a5_0, a5_1;
    float32x4_t a6_0, a6_1;
    float32x4_t a7_0, a7_1;
    float32x4_t a8_0, a8_1;
    float32x4_t a9_0, a9_1;
    if (r->first) {
        const float32x4_t bb0 = r->bias ? vld1q_f32(r->bias) : vdupq_n_f32(0.0f);
        const float32x4_t bb1 = r->bias ? vld1q_f32(r->bias + 4) : vdupq_n_f32(0.0f);
        a0_0 = bb0;
        a0_1 = bb1;
        a1_0 = bb0;
        a1_1 = bb1;
        a2_0 = bb0;
        a2_1 = bb1;
        a3_0 = bb0;
        a3_1 = bb1;
        a4_0 = bb0;
        a4_1 = bb1;
        a5_0 = bb0;
        a5_1 = bb1;
        a6_0 = bb0;
        a6_1 = bb1;
        a7_0 = bb0;
        a7_1 = bb1;
        a8_0 = bb0;
        a8_1 = bb1;
        a9_0 = bb0;
        a9_1 = bb1;
    } else if (!r->ylanes) {
        a0_0 = vld1q_f32(y + r->yvoff[0]);
        a0_1 = vld1q_f32(y + r->yvoff[1]);
        a1_0 = vld1q_f32(y + 1 * ypix + r->yvoff[0]);
        a1_1 = vld1q_f32(y + 1 * ypix + r->yvoff[1]);
        a2_0 = vld1q_f32(y + 2 * ypix + r->yvoff[0]);
        a2_1 = vld1q_f32(y + 2 * ypix + r->yvoff[1]);
        a3_0 = vld1q_f32(y + 3 * ypix + r->yvoff[0]);
        a3_1 = vld1q_f32(y + 3 * ypix + r->yvoff[1]);
        a4_0 = vld1q_f32(y + 4 * ypix + r->yvoff[0]);
        a4_1 = vld1q_f32(y + 4 * ypix + r->yvoff[1]);
        a5_0 = vld1q_f32(y + 5 * ypix + r->yvoff[0]);
        a5_1 = vld1q_f32(y + 5 * ypix + r->yvoff[1]);
        a6_0 = vld1q_f32(y + 6 * ypix + r->yvoff[0]);
        a6_1 = vld1q_f32(y + 6 * ypix + r->yvoff[1]);
        a7_0 = vld1q_f32(y + 7 * ypix + r->yvoff[0]);
        a7_1 = vld1q_f32(y + 7 * ypix + r->yvoff[1]);
        a8_0 = vld1q_f32(y + 8 * ypix + r->yvoff[0]);
        a8_1 = vld1q_f32(y + 8 * ypix + r->yvoff[1]);
        a9_0 = vld1q_f32(y + 9 * ypix + r->yvoff[0]);
        a9_1 = vld1q_f32(y + 9 * ypix + r->yvoff[1]);
    } else {
        a0_0 = lanes_load(r, y + r->yvoff[0], 0);
        a0_1 = lanes_load(r, y + r->yvoff[1], 1);
        a1_0 = lanes_load(r, y + 1 * ypix + r->yvoff[0], 0);
        a1_1 = lanes_load(r, y + 1 * ypix + r->yvoff[1], 1);
        a2_0 = lanes_load(r, y + 2 * ypix + r->yvoff[0], 0);
        a2_1 = lanes_load(r, y + 2 * ypix + r->yvoff[1], 1);
        a3_0 = lanes_load(r, y + 3 * ypix + r->yvoff[0], 0);
        a3_1 = lanes_load(r, y + 3 * ypix + r->yvoff[1], 1);
        a4_0 = lanes_load(r, y + 4 * ypix + r->yvoff[0], 0);
        a4_1 = lanes_load(r, y + 4 * ypix + r->yvoff[1], 1);
        a5_0 = lanes_load(r, y + 5 * ypix + r->yvoff[0], 0);
        a5_1 = lanes_load(r, y + 5 * ypix + r->yvoff[1], 1);
        a6_0 = lanes_load(r, y + 6 * ypix + r->yvoff[0], 0);
        a6_1 = lanes_load(r, y + 6 * ypix + r->yvoff[1], 1);
        a7_0 = lanes_load(r, y + 7 * ypix + r->yvoff[0], 0);
        a7_1 = lanes_load(r, y + 7 * ypix + r->yvoff[1], 1);
        a8_0 = lanes_load(r, y + 8 * ypix + r->yvoff[0], 0);
        a8_1 = lanes_load(r, y + 8 * ypix + r->yvoff[1], 1);
        a9_0 = lanes_load(r, y + 9 * ypix + r->yvoff[0], 0);
        a9_1 = lanes_load(r, y + 9 * ypix + r->yvoff[1], 1);
    }
    const int cib = r->cib, cblk = r->cblk, coff = r->coff;
    const ptrdiff_t xch = r->xch;
    if (cib >= 32) {
        for (int ky = r->ky0; ky < r->ky1; ky++)
            for (int kx = 0; kx < r->kw; kx++) {
                const int cut = cuts[kx], pa = pas[kx];
                if (cut >= 0) {
                    const ptrdiff_t rowoff = ((ptrdiff_t)r->iy0 + (ptrdiff_t)ky * r->dil_h) * r->xrow;
                    const float *xt =
                        r->x + rowoff + (col0 + (ptrdiff_t)pa * r->stride_w + (ptrdiff_t)kx * r->dil_w) * r->xpix;
                    const float *wt = r->w + ((ptrdiff_t)ky * r->kw + kx) * cib * 8;
                    switch (cut) {
                    case 0: { /* columns [0, 10) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x0 = vld1q_dup_f32(xi);
                                a0_0 = vfmaq_f32(a0_0, x0, w0);
                                a0_1 = vfmaq_f32(a0_1, x0, w1);
                                const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                                a1_0 = vfmaq_f32(a1_0, x1, w0);
                                a1_1 = vfmaq_f32(a1_1, x1, w1);
                                const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 5 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 6 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 7 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                                const float32x4_t x8 = vld1q_dup_f32(xi + 8 * xp);
                                a8_0 = vfmaq_f32(a8_0, x8, w0);
                                a8_1 = vfmaq_f32(a8_1, x8, w1);
                                const float32x4_t x9 = vld1q_dup_f32(xi + 9 * xp);
                                a9_0 = vfmaq_f32(a9_0, x9, w0);
                                a9_1 = vfmaq_f32(a9_1, x9, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 1: { /* columns [0, 9) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x0 = vld1q_dup_f32(xi);
                                a0_0 = vfmaq_f32(a0_0, x0, w0);
                                a0_1 = vfmaq_f32(a0_1, x0, w1);
                                const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                                a1_0 = vfmaq_f32(a1_0, x1, w0);
                                a1_1 = vfmaq_f32(a1_1, x1, w1);
                                const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 5 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 6 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 7 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                                const float32x4_t x8 = vld1q_dup_f32(xi + 8 * xp);
                                a8_0 = vfmaq_f32(a8_0, x8, w0);
                                a8_1 = vfmaq_f32(a8_1, x8, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 2: { /* columns [0, 8) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x0 = vld1q_dup_f32(xi);
                                a0_0 = vfmaq_f32(a0_0, x0, w0);
                                a0_1 = vfmaq_f32(a0_1, x0, w1);
                                const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                                a1_0 = vfmaq_f32(a1_0, x1, w0);
                                a1_1 = vfmaq_f32(a1_1, x1, w1);
                                const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 5 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 6 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 7 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 3: { /* columns [0, 7) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x0 = vld1q_dup_f32(xi);
                                a0_0 = vfmaq_f32(a0_0, x0, w0);
                                a0_1 = vfmaq_f32(a0_1, x0, w1);
                                const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                                a1_0 = vfmaq_f32(a1_0, x1, w0);
                                a1_1 = vfmaq_f32(a1_1, x1, w1);
                                const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 5 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 6 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 4: { /* columns [1, 10) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x1 = vld1q_dup_f32(xi);
                                a1_0 = vfmaq_f32(a1_0, x1, w0);
                                a1_1 = vfmaq_f32(a1_1, x1, w1);
                                const float32x4_t x2 = vld1q_dup_f32(xi + 1 * xp);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 2 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 3 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 4 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 5 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 6 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                                const float32x4_t x8 = vld1q_dup_f32(xi + 7 * xp);
                                a8_0 = vfmaq_f32(a8_0, x8, w0);
                                a8_1 = vfmaq_f32(a8_1, x8, w1);
                                const float32x4_t x9 = vld1q_dup_f32(xi + 8 * xp);
                                a9_0 = vfmaq_f32(a9_0, x9, w0);
                                a9_1 = vfmaq_f32(a9_1, x9, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 5: { /* columns [1, 9) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x1 = vld1q_dup_f32(xi);
                                a1_0 = vfmaq_f32(a1_0, x1, w0);
                                a1_1 = vfmaq_f32(a1_1, x1, w1);
                                const float32x4_t x2 = vld1q_dup_f32(xi + 1 * xp);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 2 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 3 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 4 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 5 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 6 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                                const float32x4_t x8 = vld1q_dup_f32(xi + 7 * xp);
                                a8_0 = vfmaq_f32(a8_0, x8, w0);
                                a8_1 = vfmaq_f32(a8_1, x8, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 6: { /* columns [1, 8) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x1 = vld1q_dup_f32(xi);
                                a1_0 = vfmaq_f32(a1_0, x1, w0);
                                a1_1 = vfmaq_f32(a1_1, x1, w1);
                                const float32x4_t x2 = vld1q_dup_f32(xi + 1 * xp);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 2 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 3 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 4 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 5 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 6 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 7: { /* columns [1, 7) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x1 = vld1q_dup_f32(xi);
                                a1_0 = vfmaq_f32(a1_0, x1, w0);
                                a1_1 = vfmaq_f32(a1_1, x1, w1);
                                const float32x4_t x2 = vld1q_dup_f32(xi + 1 * xp);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 2 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 3 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 4 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 5 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 8: { /* columns [2, 10) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x2 = vld1q_dup_f32(xi);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 1 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 2 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 3 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 4 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 5 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                                const float32x4_t x8 = vld1q_dup_f32(xi + 6 * xp);
                                a8_0 = vfmaq_f32(a8_0, x8, w0);
                                a8_1 = vfmaq_f32(a8_1, x8, w1);
                                const float32x4_t x9 = vld1q_dup_f32(xi + 7 * xp);
                                a9_0 = vfmaq_f32(a9_0, x9, w0);
                                a9_1 = vfmaq_f32(a9_1, x9, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 9: { /* columns [2, 9) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x2 = vld1q_dup_f32(xi);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 1 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 2 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 3 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 4 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 5 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                                const float32x4_t x8 = vld1q_dup_f32(xi + 6 * xp);
                                a8_0 = vfmaq_f32(a8_0, x8, w0);
                                a8_1 = vfmaq_f32(a8_1, x8, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 10: { /* columns [2, 8) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x2 = vld1q_dup_f32(xi);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 1 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 2 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 3 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 4 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 5 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 11: { /* columns [2, 7) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x2 = vld1q_dup_f32(xi);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 1 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 2 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 3 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 4 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 12: { /* columns [3, 10) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x3 = vld1q_dup_f32(xi);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 1 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 2 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 3 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 4 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                                const float32x4_t x8 = vld1q_dup_f32(xi + 5 * xp);
                                a8_0 = vfmaq_f32(a8_0, x8, w0);
                                a8_1 = vfmaq_f32(a8_1, x8, w1);
                                const float32x4_t x9 = vld1q_dup_f32(xi + 6 * xp);
                                a9_0 = vfmaq_f32(a9_0, x9, w0);
                                a9_1 = vfmaq_f32(a9_1, x9, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 13: { /* columns [3, 9) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x3 = vld1q_dup_f32(xi);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 1 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 2 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 3 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 4 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                                const float32x4_t x8 = vld1q_dup_f32(xi + 5 * xp);
                                a8_0 = vfmaq_f32(a8_0, x8, w0);
                                a8_1 = vfmaq_f32(a8_1, x8, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 14: { /* columns [3, 8) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x3 = vld1q_dup_f32(xi);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 1 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 2 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 3 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 4 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 15: { /* columns [3, 7) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x3 = vld1q_dup_f32(xi);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 1 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 2 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 3 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    default:
                        break;
                    }
                }
            }
    } else {
        for (int kx = 0; kx < r->kw; kx++) {
            const int cut = cuts[kx], pa = pas[kx];
            if (cut < 0) continue;
            for (int ky = r->ky0; ky < r->ky1; ky++) {
                const ptrdiff_t rowoff = ((ptrdiff_t)r->iy0 + (ptrdiff_t)ky * r->dil_h) * r->xrow;
                const float *xt =
                    r->x + rowoff + (col0 + (ptrdiff_t)pa * r->stride_w + (ptrdiff_t)kx * r->dil_w) * r->xpix;
                const float *wt = r->w + ((ptrdiff_t)ky * r->kw + kx) * cib * 8;
                switch (cut) {
                case 0: { /* columns [0, 10) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x0 = vld1q_dup_f32(xi);
                            a0_0 = vfmaq_f32(a0_0, x0, w0);
                            a0_1 = vfmaq_f32(a0_1, x0, w1);
                            const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                            a1_0 = vfmaq_f32(a1_0, x1, w0);
                            a1_1 = vfmaq_f32(a1_1, x1, w1);
                            const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 5 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 6 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 7 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                            const float32x4_t x8 = vld1q_dup_f32(xi + 8 * xp);
                            a8_0 = vfmaq_f32(a8_0, x8, w0);
                            a8_1 = vfmaq_f32(a8_1, x8, w1);
                            const float32x4_t x9 = vld1q_dup_f32(xi + 9 * xp);
                            a9_0 = vfmaq_f32(a9_0, x9, w0);
                            a9_1 = vfmaq_f32(a9_1, x9, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 1: { /* columns [0, 9) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x0 = vld1q_dup_f32(xi);
                            a0_0 = vfmaq_f32(a0_0, x0, w0);
                            a0_1 = vfmaq_f32(a0_1, x0, w1);
                            const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                            a1_0 = vfmaq_f32(a1_0, x1, w0);
                            a1_1 = vfmaq_f32(a1_1, x1, w1);
                            const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 5 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 6 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 7 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                            const float32x4_t x8 = vld1q_dup_f32(xi + 8 * xp);
                            a8_0 = vfmaq_f32(a8_0, x8, w0);
                            a8_1 = vfmaq_f32(a8_1, x8, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 2: { /* columns [0, 8) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x0 = vld1q_dup_f32(xi);
                            a0_0 = vfmaq_f32(a0_0, x0, w0);
                            a0_1 = vfmaq_f32(a0_1, x0, w1);
                            const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                            a1_0 = vfmaq_f32(a1_0, x1, w0);
                            a1_1 = vfmaq_f32(a1_1, x1, w1);
                            const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 5 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 6 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 7 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 3: { /* columns [0, 7) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x0 = vld1q_dup_f32(xi);
                            a0_0 = vfmaq_f32(a0_0, x0, w0);
                            a0_1 = vfmaq_f32(a0_1, x0, w1);
                            const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                            a1_0 = vfmaq_f32(a1_0, x1, w0);
                            a1_1 = vfmaq_f32(a1_1, x1, w1);
                            const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 5 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 6 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 4: { /* columns [1, 10) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x1 = vld1q_dup_f32(xi);
                            a1_0 = vfmaq_f32(a1_0, x1, w0);
                            a1_1 = vfmaq_f32(a1_1, x1, w1);
                            const float32x4_t x2 = vld1q_dup_f32(xi + 1 * xp);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 2 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 3 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 4 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 5 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 6 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                            const float32x4_t x8 = vld1q_dup_f32(xi + 7 * xp);
                            a8_0 = vfmaq_f32(a8_0, x8, w0);
                            a8_1 = vfmaq_f32(a8_1, x8, w1);
                            const float32x4_t x9 = vld1q_dup_f32(xi + 8 * xp);
                            a9_0 = vfmaq_f32(a9_0, x9, w0);
                            a9_1 = vfmaq_f32(a9_1, x9, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 5: { /* columns [1, 9) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x1 = vld1q_dup_f32(xi);
                            a1_0 = vfmaq_f32(a1_0, x1, w0);
                            a1_1 = vfmaq_f32(a1_1, x1, w1);
                            const float32x4_t x2 = vld1q_dup_f32(xi + 1 * xp);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 2 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 3 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 4 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 5 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 6 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                            const float32x4_t x8 = vld1q_dup_f32(xi + 7 * xp);
                            a8_0 = vfmaq_f32(a8_0, x8, w0);
                            a8_1 = vfmaq_f32(a8_1, x8, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 6: { /* columns [1, 8) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x1 = vld1q_dup_f32(xi);
                            a1_0 = vfmaq_f32(a1_0, x1, w0);
                            a1_1 = vfmaq_f32(a1_1, x1, w1);
                            const float32x4_t x2 = vld1q_dup_f32(xi + 1 * xp);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 2 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 3 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 4 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 5 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 6 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 7: { /* columns [1, 7) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x1 = vld1q_dup_f32(xi);
                            a1_0 = vfmaq_f32(a1_0, x1, w0);
                            a1_1 = vfmaq_f32(a1_1, x1, w1);
                            const float32x4_t x2 = vld1q_dup_f32(xi + 1 * xp);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 2 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 3 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 4 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 5 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 8: { /* columns [2, 10) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x2 = vld1q_dup_f32(xi);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 1 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 2 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 3 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 4 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 5 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                            const float32x4_t x8 = vld1q_dup_f32(xi + 6 * xp);
                            a8_0 = vfmaq_f32(a8_0, x8, w0);
                            a8_1 = vfmaq_f32(a8_1, x8, w1);
                            const float32x4_t x9 = vld1q_dup_f32(xi + 7 * xp);
                            a9_0 = vfmaq_f32(a9_0, x9, w0);
                            a9_1 = vfmaq_f32(a9_1, x9, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 9: { /* columns [2, 9) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x2 = vld1q_dup_f32(xi);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 1 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 2 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 3 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 4 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 5 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                            const float32x4_t x8 = vld1q_dup_f32(xi + 6 * xp);
                            a8_0 = vfmaq_f32(a8_0, x8, w0);
                            a8_1 = vfmaq_f32(a8_1, x8, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 10: { /* columns [2, 8) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x2 = vld1q_dup_f32(xi);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 1 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 2 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 3 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 4 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 5 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 11: { /* columns [2, 7) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x2 = vld1q_dup_f32(xi);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 1 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 2 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 3 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 4 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 12: { /* columns [3, 10) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x3 = vld1q_dup_f32(xi);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 1 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 2 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 3 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 4 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                            const float32x4_t x8 = vld1q_dup_f32(xi + 5 * xp);
                            a8_0 = vfmaq_f32(a8_0, x8, w0);
                            a8_1 = vfmaq_f32(a8_1, x8, w1);
                            const float32x4_t x9 = vld1q_dup_f32(xi + 6 * xp);
                            a9_0 = vfmaq_f32(a9_0, x9, w0);
                            a9_1 = vfmaq_f32(a9_1, x9, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 13: { /* columns [3, 9) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x3 = vld1q_dup_f32(xi);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 1 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 2 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 3 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 4 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                            const float32x4_t x8 = vld1q_dup_f32(xi + 5 * xp);
                            a8_0 = vfmaq_f32(a8_0, x8, w0);
                            a8_1 = vfmaq_f32(a8_1, x8, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 14: { /* columns [3, 8) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x3 = vld1q_dup_f32(xi);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 1 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 2 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 3 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 4 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 15: { /* columns [3, 7) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x3 = vld1q_dup_f32(xi);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 1 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 2 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 3 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                default:
                    break;
                }
            }
        }
    }
    if (r->last && r->relu) {
        a0_0 = vmaxq_f32(a0_0, vdupq_n_f32(0.0f));
        a0_1 = vmaxq_f32(a0_1, vdupq_n_f32(0.0f));
        a1_0 = vmaxq_f32(a1_0, vdupq_n_f32(0.0f));
        a1_1 = vmaxq_f32(a1_1, vdupq_n_f32(0.0f));
        a2_0 = vmaxq_f32(a2_0, vdupq_n_f32(0.0f));
        a2_1 = vmaxq_f32(a2_1, vdupq_n_f32(0.0f));
        a3_0 = vmaxq_f32(a3_0, vdupq_n_f32(0.0f));
        a3_1 = vmaxq_f32(a3_1, vdupq_n_f32(0.0f));
        a4_0 = vmaxq_f32(a4_0, vdupq_n_f32(0.0f));
        a4_1 = vmaxq_f32(a4_1, vdupq_n_f32(0.0f));
        a5_0 = vmaxq_f32(a5_0, vdupq_n_f32(0.0f));
        a5_1 = vmaxq_f32(a5_1, vdupq_n_f32(0.0f));
        a6_0 = vmaxq_f32(a6_0, vdupq_n_f32(0.0f));
        a6_1 = vmaxq_f32(a6_1, vdupq_n_f32(0.0f));
        a7_0 = vmaxq_f32(a7_0, vdupq_n_f32(0.0f));
        a7_1 = vmaxq_f32(a7_1, vdupq_n_f32(0.0f));
        a8_0 = vmaxq_f32(a8_0, vdupq_n_f32(0.0f));
        a8_1 = vmaxq_f32(a8_1, vdupq_n_f32(0.0f));
        a9_0 = vmaxq_f32(a9_0, vdupq_n_f32(0.0f));
        a9_1 = vmaxq_f32(a9_1, vdupq_n_f32(0.0f));
    }
    if (!r->ylanes) {
        vst1q_f32(y + r->yvoff[0], a0_0);
        vst1q_f32(y + r->yvoff[1], a0_1);
        vst1q_f32(y + 1 * ypix + r->yvoff[0], a1_0);
        vst1q_f32(y + 1 * ypix + r->yvoff[1], a1_1);
        vst1q_f32(y + 2 * ypix + r->yvoff[0], a2_0);
        vst1q_f32(y + 2 * ypix + r->yvoff[1], a2_1);
        vst1q_f32(y + 3 * ypix + r->yvoff[0], a3_0);
        vst1q_f32(y + 3 * ypix + r->yvoff[1], a3_1);
        vst1q_f32(y + 4 * ypix + r->yvoff[0], a4_0);
        vst1q_f32(y + 4 * ypix + r->yvoff[1], a4_1);
        vst1q_f32(y + 5 * ypix + r->yvoff[0], a5_0);
        vst1q_f32(y + 5 * ypix + r->yvoff[1], a5_1);
        vst1q_f32(y + 6 * ypix + r->yvoff[0], a6_0);
        vst1q_f32(y + 6 * ypix + r->yvoff[1], a6_1);
        vst1q_f32(y + 7 * ypix + r->yvoff[0], a7_0);
        vst1q_f32(y + 7 * ypix + r->yvoff[1], a7_1);
        vst1q_f32(y + 8 * ypix + r->yvoff[0], a8_0);
        vst1q_f32(y + 8 * ypix + r->yvoff[1], a8_1);
        vst1q_f32(y + 9 * ypix + r->yvoff[0], a9_0);
        vst1q_f32(y + 9 * ypix + r->yvoff[1], a9_1);
    } else {
        lanes_store(r, y + r->yvoff[0], 0, a0_0);
        lanes_store(r, y + r->yvoff[1], 1, a0_1);
        lanes_store(r, y + 1 * ypix + r->yvoff[0], 0, a1_0);
        lanes_store(r, y + 1 * ypix + r->yvoff[1], 1, a1_1);
        lanes_store(r, y + 2 * ypix + r->yvoff[0], 0, a2_0);
        lanes_store(r, y + 2 * ypix + r->yvoff[1], 1, a2_1);
        lanes_store(r, y + 3 * ypix + r->yvoff[0], 0, a3_0);
        lanes_store(r, y + 3 * ypix + r->yvoff[1], 1, a3_1);
        lanes_store(r, y + 4 * ypix + r->yvoff[0], 0, a4_0);
        lanes_store(r, y + 4 * ypix + r->yvoff[1], 1, a4_1);
        lanes_store(r, y + 5 * ypix + r->yvoff[0], 0, a5_0);
        lanes_store(r, y + 5 * ypix + r->yvoff[1], 1, a5_1);
        lanes_store(r, y + 6 * ypix + r->yvoff[0], 0, a6_0);
        lanes_store(r, y + 6 * ypix + r->yvoff[1], 1, a6_1);
        lanes_store(r, y + 7 * ypix + r->yvoff[0], 0, a7_0);
        lanes_store(r, y + 7 * ypix + r->yvoff[1], 1, a7_1);
        lanes_store(r, y + 8 * ypix + r->yvoff[0], 0, a8_0);
        lanes_store(r, y + 8 * ypix + r->yvoff[1], 1, a8_1);
        lanes_store(r, y + 9 * ypix + r->yvoff[0], 0, a9_0);
        lanes_store(r, y + 9 * ypix + r->yvoff[1], 1, a9_1);
    }
    return true;
}

/* 11 columns, a run of nblk interior blocks with merge_kx (rows.c has
 * checked that they are): per kernel row one reduction over kw * C.  The
 * next block's input is prefetched when the reduction is long enough to
 * hide it (VGG's 3x3 layers 2-5 % faster; short ones, C = 3 or 1x1 with 64
 * channels, lost). */
static __attribute__((noinline)) void lmc_f32_direct_conv_8cx14w_merged11__neon(const lmc_direct_row *r, int ox0,
                                                                                int nblk)
{
    for (const int ox_end = ox0 + nblk * 11; ox0 < ox_end; ox0 += 11) {
        const ptrdiff_t ypix = r->ypix, xp = (ptrdiff_t)r->stride_w * r->xpix;
        const ptrdiff_t col0 = (ptrdiff_t)ox0 * r->stride_w - r->pad_left;
        float *y = r->y + (ptrdiff_t)ox0 * ypix;
        float32x4_t a0_0, a0_1;
        float32x4_t a1_0, a1_1;
        float32x4_t a2_0, a2_1;
        float32x4_t a3_0, a3_1;
        float32x4_t a4_0, a4_1;
        float32x4_t a5_0, a5_1;
        float32x4_t a6_0, a6_1;
        float32x4_t a7_0, a7_1;
        float32x4_t a8_0, a8_1;
        float32x4_t a9_0, a9_1;
        float32x4_t a10_0, a10_1;
        if (r->first) {
            const float32x4_t bb0 = r->bias ? vld1q_f32(r->bias) : vdupq_n_f32(0.0f);
            const float32x4_t bb1 = r->bias ? vld1q_f32(r->bias + 4) : vdupq_n_f32(0.0f);
            a0_0 = bb0;
            a0_1 = bb1;
            a1_0 = bb0;
            a1_1 = bb1;
            a2_0 = bb0;
            a2_1 = bb1;
            a3_0 = bb0;
            a3_1 = bb1;
            a4_0 = bb0;
            a4_1 = bb1;
            a5_0 = bb0;
            a5_1 = bb1;
            a6_0 = bb0;
            a6_1 = bb1;
            a7_0 = bb0;
            a7_1 = bb1;
            a8_0 = bb0;
            a8_1 = bb1;
            a9_0 = bb0;
            a9_1 = bb1;
            a10_0 = bb0;
            a10_1 = bb1;
        } else if (!r->ylanes) {
            a0_0 = vld1q_f32(y + r->yvoff[0]);
            a0_1 = vld1q_f32(y + r->yvoff[1]);
            a1_0 = vld1q_f32(y + 1 * ypix + r->yvoff[0]);
            a1_1 = vld1q_f32(y + 1 * ypix + r->yvoff[1]);
            a2_0 = vld1q_f32(y + 2 * ypix + r->yvoff[0]);
            a2_1 = vld1q_f32(y + 2 * ypix + r->yvoff[1]);
            a3_0 = vld1q_f32(y + 3 * ypix + r->yvoff[0]);
            a3_1 = vld1q_f32(y + 3 * ypix + r->yvoff[1]);
            a4_0 = vld1q_f32(y + 4 * ypix + r->yvoff[0]);
            a4_1 = vld1q_f32(y + 4 * ypix + r->yvoff[1]);
            a5_0 = vld1q_f32(y + 5 * ypix + r->yvoff[0]);
            a5_1 = vld1q_f32(y + 5 * ypix + r->yvoff[1]);
            a6_0 = vld1q_f32(y + 6 * ypix + r->yvoff[0]);
            a6_1 = vld1q_f32(y + 6 * ypix + r->yvoff[1]);
            a7_0 = vld1q_f32(y + 7 * ypix + r->yvoff[0]);
            a7_1 = vld1q_f32(y + 7 * ypix + r->yvoff[1]);
            a8_0 = vld1q_f32(y + 8 * ypix + r->yvoff[0]);
            a8_1 = vld1q_f32(y + 8 * ypix + r->yvoff[1]);
            a9_0 = vld1q_f32(y + 9 * ypix + r->yvoff[0]);
            a9_1 = vld1q_f32(y + 9 * ypix + r->yvoff[1]);
            a10_0 = vld1q_f32(y + 10 * ypix + r->yvoff[0]);
            a10_1 = vld1q_f32(y + 10 * ypix + r->yvoff[1]);
        } else {
            a0_0 = lanes_load(r, y + r->yvoff[0], 0);
            a0_1 = lanes_load(r, y + r->yvoff[1], 1);
            a1_0 = lanes_load(r, y + 1 * ypix + r->yvoff[0], 0);
            a1_1 = lanes_load(r, y + 1 * ypix + r->yvoff[1], 1);
            a2_0 = lanes_load(r, y + 2 * ypix + r->yvoff[0], 0);
            a2_1 = lanes_load(r, y + 2 * ypix + r->yvoff[1], 1);
            a3_0 = lanes_load(r, y + 3 * ypix + r->yvoff[0], 0);
            a3_1 = lanes_load(r, y + 3 * ypix + r->yvoff[1], 1);
            a4_0 = lanes_load(r, y + 4 * ypix + r->yvoff[0], 0);
            a4_1 = lanes_load(r, y + 4 * ypix + r->yvoff[1], 1);
            a5_0 = lanes_load(r, y + 5 * ypix + r->yvoff[0], 0);
            a5_1 = lanes_load(r, y + 5 * ypix + r->yvoff[1], 1);
            a6_0 = lanes_load(r, y + 6 * ypix + r->yvoff[0], 0);
            a6_1 = lanes_load(r, y + 6 * ypix + r->yvoff[1], 1);
            a7_0 = lanes_load(r, y + 7 * ypix + r->yvoff[0], 0);
            a7_1 = lanes_load(r, y + 7 * ypix + r->yvoff[1], 1);
            a8_0 = lanes_load(r, y + 8 * ypix + r->yvoff[0], 0);
            a8_1 = lanes_load(r, y + 8 * ypix + r->yvoff[1], 1);
            a9_0 = lanes_load(r, y + 9 * ypix + r->yvoff[0], 0);
            a9_1 = lanes_load(r, y + 9 * ypix + r->yvoff[1], 1);
            a10_0 = lanes_load(r, y + 10 * ypix + r->yvoff[0], 0);
            a10_1 = lanes_load(r, y + 10 * ypix + r->yvoff[1], 1);
        }
        const int n = r->kw * r->cib;
        const ptrdiff_t next = 11 * xp;
        if (r->kw > 1 && n >= 128) {
            for (int ky = r->ky0; ky < r->ky1; ky++) {
                const float *xt =
                    r->x + ((ptrdiff_t)r->iy0 + (ptrdiff_t)ky * r->dil_h) * r->xrow + col0 * r->xpix;
                const float *wi = r->w + (ptrdiff_t)ky * n * 8;
#pragma GCC unroll 4
                for (int ii = 0; ii < n; ii++, wi += 8) {
                    const float *xi = xt + ii;
                    if ((ii & 15) == 0) {
                        __builtin_prefetch(xi + next, 0, 3);
                        __builtin_prefetch(xi + next + 1 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 2 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 3 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 4 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 5 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 6 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 7 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 8 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 9 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 10 * xp, 0, 3);
                    }
                    const float32x4_t w0 = vld1q_f32(wi);
                    const float32x4_t w1 = vld1q_f32(wi + 4);
                    const float32x4_t x0 = vld1q_dup_f32(xi);
                    a0_0 = vfmaq_f32(a0_0, x0, w0);
                    a0_1 = vfmaq_f32(a0_1, x0, w1);
                    const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                    a1_0 = vfmaq_f32(a1_0, x1, w0);
                    a1_1 = vfmaq_f32(a1_1, x1, w1);
                    const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                    a2_0 = vfmaq_f32(a2_0, x2, w0);
                    a2_1 = vfmaq_f32(a2_1, x2, w1);
                    const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                    a3_0 = vfmaq_f32(a3_0, x3, w0);
                    a3_1 = vfmaq_f32(a3_1, x3, w1);
                    const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                    a4_0 = vfmaq_f32(a4_0, x4, w0);
                    a4_1 = vfmaq_f32(a4_1, x4, w1);
                    const float32x4_t x5 = vld1q_dup_f32(xi + 5 * xp);
                    a5_0 = vfmaq_f32(a5_0, x5, w0);
                    a5_1 = vfmaq_f32(a5_1, x5, w1);
                    const float32x4_t x6 = vld1q_dup_f32(xi + 6 * xp);
                    a6_0 = vfmaq_f32(a6_0, x6, w0);
                    a6_1 = vfmaq_f32(a6_1, x6, w1);
                    const float32x4_t x7 = vld1q_dup_f32(xi + 7 * xp);
                    a7_0 = vfmaq_f32(a7_0, x7, w0);
                    a7_1 = vfmaq_f32(a7_1, x7, w1);
                    const float32x4_t x8 = vld1q_dup_f32(xi + 8 * xp);
                    a8_0 = vfmaq_f32(a8_0, x8, w0);
                    a8_1 = vfmaq_f32(a8_1, x8, w1);
                    const float32x4_t x9 = vld1q_dup_f32(xi + 9 * xp);
                    a9_0 = vfmaq_f32(a9_0, x9, w0);
                    a9_1 = vfmaq_f32(a9_1, x9, w1);
                    const float32x4_t x10 = vld1q_dup_f32(xi + 10 * xp);
                    a10_0 = vfmaq_f32(a10_0, x10, w0);
                    a10_1 = vfmaq_f32(a10_1, x10, w1);
                }
            }
        } else {
            for (int ky = r->ky0; ky < r->ky1; ky++) {
                const float *xt =
                    r->x + ((ptrdiff_t)r->iy0 + (ptrdiff_t)ky * r->dil_h) * r->xrow + col0 * r->xpix;
                const float *wi = r->w + (ptrdiff_t)ky * n * 8;
#pragma GCC unroll 4
                for (int ii = 0; ii < n; ii++, wi += 8) {
                    const float *xi = xt + ii;
                    const float32x4_t w0 = vld1q_f32(wi);
                    const float32x4_t w1 = vld1q_f32(wi + 4);
                    const float32x4_t x0 = vld1q_dup_f32(xi);
                    a0_0 = vfmaq_f32(a0_0, x0, w0);
                    a0_1 = vfmaq_f32(a0_1, x0, w1);
                    const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                    a1_0 = vfmaq_f32(a1_0, x1, w0);
                    a1_1 = vfmaq_f32(a1_1, x1, w1);
                    const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                    a2_0 = vfmaq_f32(a2_0, x2, w0);
                    a2_1 = vfmaq_f32(a2_1, x2, w1);
                    const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                    a3_0 = vfmaq_f32(a3_0, x3, w0);
                    a3_1 = vfmaq_f32(a3_1, x3, w1);
                    const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                    a4_0 = vfmaq_f32(a4_0, x4, w0);
                    a4_1 = vfmaq_f32(a4_1, x4, w1);
                    const float32x4_t x5 = vld1q_dup_f32(xi + 5 * xp);
                    a5_0 = vfmaq_f32(a5_0, x5, w0);
                    a5_1 = vfmaq_f32(a5_1, x5, w1);
                    const float32x4_t x6 = vld1q_dup_f32(xi + 6 * xp);
                    a6_0 = vfmaq_f32(a6_0, x6, w0);
                    a6_1 = vfmaq_f32(a6_1, x6, w1);
                    const float32x4_t x7 = vld1q_dup_f32(xi + 7 * xp);
                    a7_0 = vfmaq_f32(a7_0, x7, w0);
                    a7_1 = vfmaq_f32(a7_1, x7, w1);
                    const float32x4_t x8 = vld1q_dup_f32(xi + 8 * xp);
                    a8_0 = vfmaq_f32(a8_0, x8, w0);
                    a8_1 = vfmaq_f32(a8_1, x8, w1);
                    const float32x4_t x9 = vld1q_dup_f32(xi + 9 * xp);
                    a9_0 = vfmaq_f32(a9_0, x9, w0);
                    a9_1 = vfmaq_f32(a9_1, x9, w1);
                    const float32x4_t x10 = vld1q_dup_f32(xi + 10 * xp);
                    a10_0 = vfmaq_f32(a10_0, x10, w0);
                    a10_1 = vfmaq_f32(a10_1, x10, w1);
                }
            }
        }
        if (r->last && r->relu) {
            a0_0 = vmaxq_f32(a0_0, vdupq_n_f32(0.0f));
            a0_1 = vmaxq_f32(a0_1, vdupq_n_f32(0.0f));
            a1_0 = vmaxq_f32(a1_0, vdupq_n_f32(0.0f));
            a1_1 = vmaxq_f32(a1_1, vdupq_n_f32(0.0f));
            a2_0 = vmaxq_f32(a2_0, vdupq_n_f32(0.0f));
            a2_1 = vmaxq_f32(a2_1, vdupq_n_f32(0.0f));
            a3_0 = vmaxq_f32(a3_0, vdupq_n_f32(0.0f));
            a3_1 = vmaxq_f32(a3_1, vdupq_n_f32(0.0f));
            a4_0 = vmaxq_f32(a4_0, vdupq_n_f32(0.0f));
            a4_1 = vmaxq_f32(a4_1, vdupq_n_f32(0.0f));
            a5_0 = vmaxq_f32(a5_0, vdupq_n_f32(0.0f));
            a5_1 = vmaxq_f32(a5_1, vdupq_n_f32(0.0f));
            a6_0 = vmaxq_f32(a6_0, vdupq_n_f32(0.0f));
            a6_1 = vmaxq_f32(a6_1, vdupq_n_f32(0.0f));
            a7_0 = vmaxq_f32(a7_0, vdupq_n_f32(0.0f));
            a7_1 = vmaxq_f32(a7_1, vdupq_n_f32(0.0f));
            a8_0 = vmaxq_f32(a8_0, vdupq_n_f32(0.0f));
            a8_1 = vmaxq_f32(a8_1, vdupq_n_f32(0.0f));
            a9_0 = vmaxq_f32(a9_0, vdupq_n_f32(0.0f));
            a9_1 = vmaxq_f32(a9_1, vdupq_n_f32(0.0f));
            a10_0 = vmaxq_f32(a10_0, vdupq_n_f32(0.0f));
            a10_1 = vmaxq_f32(a10_1, vdupq_n_f32(0.0f));
        }
        if (!r->ylanes) {
            vst1q_f32(y + r->yvoff[0], a0_0);
            vst1q_f32(y + r->yvoff[1], a0_1);
            vst1q_f32(y + 1 * ypix + r->yvoff[0], a1_0);
            vst1q_f32(y + 1 * ypix + r->yvoff[1], a1_1);
            vst1q_f32(y + 2 * ypix + r->yvoff[0], a2_0);
            vst1q_f32(y + 2 * ypix + r->yvoff[1], a2_1);
            vst1q_f32(y + 3 * ypix + r->yvoff[0], a3_0);
            vst1q_f32(y + 3 * ypix + r->yvoff[1], a3_1);
            vst1q_f32(y + 4 * ypix + r->yvoff[0], a4_0);
            vst1q_f32(y + 4 * ypix + r->yvoff[1], a4_1);
            vst1q_f32(y + 5 * ypix + r->yvoff[0], a5_0);
            vst1q_f32(y + 5 * ypix + r->yvoff[1], a5_1);
            vst1q_f32(y + 6 * ypix + r->yvoff[0], a6_0);
            vst1q_f32(y + 6 * ypix + r->yvoff[1], a6_1);
            vst1q_f32(y + 7 * ypix + r->yvoff[0], a7_0);
            vst1q_f32(y + 7 * ypix + r->yvoff[1], a7_1);
            vst1q_f32(y + 8 * ypix + r->yvoff[0], a8_0);
            vst1q_f32(y + 8 * ypix + r->yvoff[1], a8_1);
            vst1q_f32(y + 9 * ypix + r->yvoff[0], a9_0);
            vst1q_f32(y + 9 * ypix + r->yvoff[1], a9_1);
            vst1q_f32(y + 10 * ypix + r->yvoff[0], a10_0);
            vst1q_f32(y + 10 * ypix + r->yvoff[1], a10_1);
        } else {
            lanes_store(r, y + r->yvoff[0], 0, a0_0);
            lanes_store(r, y + r->yvoff[1], 1, a0_1);
            lanes_store(r, y + 1 * ypix + r->yvoff[0], 0, a1_0);
            lanes_store(r, y + 1 * ypix + r->yvoff[1], 1, a1_1);
            lanes_store(r, y + 2 * ypix + r->yvoff[0], 0, a2_0);
            lanes_store(r, y + 2 * ypix + r->yvoff[1], 1, a2_1);
            lanes_store(r, y + 3 * ypix + r->yvoff[0], 0, a3_0);
            lanes_store(r, y + 3 * ypix + r->yvoff[1], 1, a3_1);
            lanes_store(r, y + 4 * ypix + r->yvoff[0], 0, a4_0);
            lanes_store(r, y + 4 * ypix + r->yvoff[1], 1, a4_1);
            lanes_store(r, y + 5 * ypix + r->yvoff[0], 0, a5_0);
            lanes_store(r, y + 5 * ypix + r->yvoff[1], 1, a5_1);
            lanes_store(r, y + 6 * ypix + r->yvoff[0], 0, a6_0);
            lanes_store(r, y + 6 * ypix + r->yvoff[1], 1, a6_1);
            lanes_store(r, y + 7 * ypix + r->yvoff[0], 0, a7_0);
            lanes_store(r, y + 7 * ypix + r->yvoff[1], 1, a7_1);
            lanes_store(r, y + 8 * ypix + r->yvoff[0], 0, a8_0);
            lanes_store(r, y + 8 * ypix + r->yvoff[1], 1, a8_1);
            lanes_store(r, y + 9 * ypix + r->yvoff[0], 0, a9_0);
            lanes_store(r, y + 9 * ypix + r->yvoff[1], 1, a9_1);
            lanes_store(r, y + 10 * ypix + r->yvoff[0], 0, a10_0);
            lanes_store(r, y + 10 * ypix + r->yvoff[1], 1, a10_1);
        }
    }
}

/* 11 columns tap by tap, any block; false (nothing done) if a tap cuts
 * more than 3 columns at either end or kw > 16.  With long taps (cib >=
 * 32) in the order of the weights, ky then kx: a kernel row's input stays
 * in L1 over its kw taps.  Short taps keep kx outer: the cut, hence the
 * switch's target, then repeats over ky (the 7x7 first layer with C = 3
 * lost 2-4 % with ky outer). */
static __attribute__((noinline)) bool lmc_f32_direct_conv_8cx14w_taps11__neon(const lmc_direct_row *r,
                                                                              int ox0)
{
    const bool inner = lmc_direct_block_interior(r, ox0, 11);
    signed char pas[16], cuts[16];
    if (r->kw > 16) return false;
    for (int kx = 0; kx < r->kw; kx++) {
        int pa = 0, pb = 11;
        if (!inner) lmc_direct_tap_cols(r, kx, ox0, 11, &pa, &pb);
        const int cut = cut_case(pa, pb, 11);
        if (pa < pb && cut < 0) return false;
        pas[kx] = (signed char)pa;
        cuts[kx] = (signed char)(pa < pb ? cut : -1);
    }
    const ptrdiff_t ypix = r->ypix, xp = (ptrdiff_t)r->stride_w * r->xpix;
    const ptrdiff_t col0 = (ptrdiff_t)ox0 * r->stride_w - r->pad_left;
    float *y = r->y + (ptrdiff_t)ox0 * ypix;
    float32x4_t a0_0, a0_1;
    float32x4_t a1_0, a1_1;
    float32x4_t a2_0, a2_1;
    float32x4_t a3_0, a3_1;
    float32x4_t a4_0, a4_1;
    float32x4_t a5_0, a5_1;
    float32x4_t a6_0, a6_1;
    float32x4_t a7_0, a7_1;
    float32x4_t a8_0, a8_1;
    float32x4_t a9_0, a9_1;
    float32x4_t a10_0, a10_1;
    if (r->first) {
        const float32x4_t bb0 = r->bias ? vld1q_f32(r->bias) : vdupq_n_f32(0.0f);
        const float32x4_t bb1 = r->bias ? vld1q_f32(r->bias + 4) : vdupq_n_f32(0.0f);
        a0_0 = bb0;
        a0_1 = bb1;
        a1_0 = bb0;
        a1_1 = bb1;
        a2_0 = bb0;
        a2_1 = bb1;
        a3_0 = bb0;
        a3_1 = bb1;
        a4_0 = bb0;
        a4_1 = bb1;
        a5_0 = bb0;
        a5_1 = bb1;
        a6_0 = bb0;
        a6_1 = bb1;
        a7_0 = bb0;
        a7_1 = bb1;
        a8_0 = bb0;
        a8_1 = bb1;
        a9_0 = bb0;
        a9_1 = bb1;
        a10_0 = bb0;
        a10_1 = bb1;
    } else if (!r->ylanes) {
        a0_0 = vld1q_f32(y + r->yvoff[0]);
        a0_1 = vld1q_f32(y + r->yvoff[1]);
        a1_0 = vld1q_f32(y + 1 * ypix + r->yvoff[0]);
        a1_1 = vld1q_f32(y + 1 * ypix + r->yvoff[1]);
        a2_0 = vld1q_f32(y + 2 * ypix + r->yvoff[0]);
        a2_1 = vld1q_f32(y + 2 * ypix + r->yvoff[1]);
        a3_0 = vld1q_f32(y + 3 * ypix + r->yvoff[0]);
        a3_1 = vld1q_f32(y + 3 * ypix + r->yvoff[1]);
        a4_0 = vld1q_f32(y + 4 * ypix + r->yvoff[0]);
        a4_1 = vld1q_f32(y + 4 * ypix + r->yvoff[1]);
        a5_0 = vld1q_f32(y + 5 * ypix + r->yvoff[0]);
        a5_1 = vld1q_f32(y + 5 * ypix + r->yvoff[1]);
        a6_0 = vld1q_f32(y + 6 * ypix + r->yvoff[0]);
        a6_1 = vld1q_f32(y + 6 * ypix + r->yvoff[1]);
        a7_0 = vld1q_f32(y + 7 * ypix + r->yvoff[0]);
        a7_1 = vld1q_f32(y + 7 * ypix + r->yvoff[1]);
        a8_0 = vld1q_f32(y + 8 * ypix + r->yvoff[0]);
        a8_1 = vld1q_f32(y + 8 * ypix + r->yvoff[1]);
        a9_0 = vld1q_f32(y + 9 * ypix + r->yvoff[0]);
        a9_1 = vld1q_f32(y + 9 * ypix + r->yvoff[1]);
        a10_0 = vld1q_f32(y + 10 * ypix + r->yvoff[0]);
        a10_1 = vld1q_f32(y + 10 * ypix + r->yvoff[1]);
    } else {
        a0_0 = lanes_load(r, y + r->yvoff[0], 0);
        a0_1 = lanes_load(r, y + r->yvoff[1], 1);
        a1_0 = lanes_load(r, y + 1 * ypix + r->yvoff[0], 0);
        a1_1 = lanes_load(r, y + 1 * ypix + r->yvoff[1], 1);
        a2_0 = lanes_load(r, y + 2 * ypix + r->yvoff[0], 0);
        a2_1 = lanes_load(r, y + 2 * ypix + r->yvoff[1], 1);
        a3_0 = lanes_load(r, y + 3 * ypix + r->yvoff[0], 0);
        a3_1 = lanes_load(r, y + 3 * ypix + r->yvoff[1], 1);
        a4_0 = lanes_load(r, y + 4 * ypix + r->yvoff[0], 0);
        a4_1 = lanes_load(r, y + 4 * ypix + r->yvoff[1], 1);
        a5_0 = lanes_load(r, y + 5 * ypix + r->yvoff[0], 0);
        a5_1 = lanes_load(r, y + 5 * ypix + r->yvoff[1], 1);
        a6_0 = lanes_load(r, y + 6 * ypix + r->yvoff[0], 0);
        a6_1 = lanes_load(r, y + 6 * ypix + r->yvoff[1], 1);
        a7_0 = lanes_load(r, y + 7 * ypix + r->yvoff[0], 0);
        a7_1 = lanes_load(r, y + 7 * ypix + r->yvoff[1], 1);
        a8_0 = lanes_load(r, y + 8 * ypix + r->yvoff[0], 0);
        a8_1 = lanes_load(r, y + 8 * ypix + r->yvoff[1], 1);
        a9_0 = lanes_load(r, y + 9 * ypix + r->yvoff[0], 0);
        a9_1 = lanes_load(r, y + 9 * ypix + r->yvoff[1], 1);
        a10_0 = lanes_load(r, y + 10 * ypix + r->yvoff[0], 0);
        a10_1 = lanes_load(r, y + 10 * ypix + r->yvoff[1], 1);
    }
    const int cib = r->cib, cblk = r->cblk, coff = r->coff;
    const ptrdiff_t xch = r->xch;
    if (cib >= 32) {
        for (int ky = r->ky0; ky < r->ky1; ky++)
            for (int kx = 0; kx < r->kw; kx++) {
                const int cut = cuts[kx], pa = pas[kx];
                if (cut >= 0) {
                    const ptrdiff_t rowoff = ((ptrdiff_t)r->iy0 + (ptrdiff_t)ky * r->dil_h) * r->xrow;
                    const float *xt =
                        r->x + rowoff + (col0 + (ptrdiff_t)pa * r->stride_w + (ptrdiff_t)kx * r->dil_w) * r->xpix;
                    const float *wt = r->w + ((ptrdiff_t)ky * r->kw + kx) * cib * 8;
                    switch (cut) {
                    case 0: { /* columns [0, 11) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x0 = vld1q_dup_f32(xi);
                                a0_0 = vfmaq_f32(a0_0, x0, w0);
                                a0_1 = vfmaq_f32(a0_1, x0, w1);
                                const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                                a1_0 = vfmaq_f32(a1_0, x1, w0);
                                a1_1 = vfmaq_f32(a1_1, x1, w1);
                                const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 5 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 6 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 7 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                                const float32x4_t x8 = vld1q_dup_f32(xi + 8 * xp);
                                a8_0 = vfmaq_f32(a8_0, x8, w0);
                                a8_1 = vfmaq_f32(a8_1, x8, w1);
                                const float32x4_t x9 = vld1q_dup_f32(xi + 9 * xp);
                                a9_0 = vfmaq_f32(a9_0, x9, w0);
                                a9_1 = vfmaq_f32(a9_1, x9, w1);
                                const float32x4_t x10 = vld1q_dup_f32(xi + 10 * xp);
                                a10_0 = vfmaq_f32(a10_0, x10, w0);
                                a10_1 = vfmaq_f32(a10_1, x10, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 1: { /* columns [0, 10) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x0 = vld1q_dup_f32(xi);
                                a0_0 = vfmaq_f32(a0_0, x0, w0);
                                a0_1 = vfmaq_f32(a0_1, x0, w1);
                                const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                                a1_0 = vfmaq_f32(a1_0, x1, w0);
                                a1_1 = vfmaq_f32(a1_1, x1, w1);
                                const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 5 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 6 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 7 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                                const float32x4_t x8 = vld1q_dup_f32(xi + 8 * xp);
                                a8_0 = vfmaq_f32(a8_0, x8, w0);
                                a8_1 = vfmaq_f32(a8_1, x8, w1);
                                const float32x4_t x9 = vld1q_dup_f32(xi + 9 * xp);
                                a9_0 = vfmaq_f32(a9_0, x9, w0);
                                a9_1 = vfmaq_f32(a9_1, x9, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 2: { /* columns [0, 9) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x0 = vld1q_dup_f32(xi);
                                a0_0 = vfmaq_f32(a0_0, x0, w0);
                                a0_1 = vfmaq_f32(a0_1, x0, w1);
                                const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                                a1_0 = vfmaq_f32(a1_0, x1, w0);
                                a1_1 = vfmaq_f32(a1_1, x1, w1);
                                const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 5 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 6 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 7 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                                const float32x4_t x8 = vld1q_dup_f32(xi + 8 * xp);
                                a8_0 = vfmaq_f32(a8_0, x8, w0);
                                a8_1 = vfmaq_f32(a8_1, x8, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 3: { /* columns [0, 8) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x0 = vld1q_dup_f32(xi);
                                a0_0 = vfmaq_f32(a0_0, x0, w0);
                                a0_1 = vfmaq_f32(a0_1, x0, w1);
                                const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                                a1_0 = vfmaq_f32(a1_0, x1, w0);
                                a1_1 = vfmaq_f32(a1_1, x1, w1);
                                const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 5 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 6 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 7 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 4: { /* columns [1, 11) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x1 = vld1q_dup_f32(xi);
                                a1_0 = vfmaq_f32(a1_0, x1, w0);
                                a1_1 = vfmaq_f32(a1_1, x1, w1);
                                const float32x4_t x2 = vld1q_dup_f32(xi + 1 * xp);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 2 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 3 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 4 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 5 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 6 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                                const float32x4_t x8 = vld1q_dup_f32(xi + 7 * xp);
                                a8_0 = vfmaq_f32(a8_0, x8, w0);
                                a8_1 = vfmaq_f32(a8_1, x8, w1);
                                const float32x4_t x9 = vld1q_dup_f32(xi + 8 * xp);
                                a9_0 = vfmaq_f32(a9_0, x9, w0);
                                a9_1 = vfmaq_f32(a9_1, x9, w1);
                                const float32x4_t x10 = vld1q_dup_f32(xi + 9 * xp);
                                a10_0 = vfmaq_f32(a10_0, x10, w0);
                                a10_1 = vfmaq_f32(a10_1, x10, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 5: { /* columns [1, 10) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x1 = vld1q_dup_f32(xi);
                                a1_0 = vfmaq_f32(a1_0, x1, w0);
                                a1_1 = vfmaq_f32(a1_1, x1, w1);
                                const float32x4_t x2 = vld1q_dup_f32(xi + 1 * xp);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 2 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 3 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 4 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 5 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 6 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                                const float32x4_t x8 = vld1q_dup_f32(xi + 7 * xp);
                                a8_0 = vfmaq_f32(a8_0, x8, w0);
                                a8_1 = vfmaq_f32(a8_1, x8, w1);
                                const float32x4_t x9 = vld1q_dup_f32(xi + 8 * xp);
                                a9_0 = vfmaq_f32(a9_0, x9, w0);
                                a9_1 = vfmaq_f32(a9_1, x9, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 6: { /* columns [1, 9) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x1 = vld1q_dup_f32(xi);
                                a1_0 = vfmaq_f32(a1_0, x1, w0);
                                a1_1 = vfmaq_f32(a1_1, x1, w1);
                                const float32x4_t x2 = vld1q_dup_f32(xi + 1 * xp);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 2 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 3 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 4 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 5 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 6 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                                const float32x4_t x8 = vld1q_dup_f32(xi + 7 * xp);
                                a8_0 = vfmaq_f32(a8_0, x8, w0);
                                a8_1 = vfmaq_f32(a8_1, x8, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 7: { /* columns [1, 8) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x1 = vld1q_dup_f32(xi);
                                a1_0 = vfmaq_f32(a1_0, x1, w0);
                                a1_1 = vfmaq_f32(a1_1, x1, w1);
                                const float32x4_t x2 = vld1q_dup_f32(xi + 1 * xp);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 2 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 3 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 4 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 5 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 6 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 8: { /* columns [2, 11) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x2 = vld1q_dup_f32(xi);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 1 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 2 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 3 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 4 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 5 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                                const float32x4_t x8 = vld1q_dup_f32(xi + 6 * xp);
                                a8_0 = vfmaq_f32(a8_0, x8, w0);
                                a8_1 = vfmaq_f32(a8_1, x8, w1);
                                const float32x4_t x9 = vld1q_dup_f32(xi + 7 * xp);
                                a9_0 = vfmaq_f32(a9_0, x9, w0);
                                a9_1 = vfmaq_f32(a9_1, x9, w1);
                                const float32x4_t x10 = vld1q_dup_f32(xi + 8 * xp);
                                a10_0 = vfmaq_f32(a10_0, x10, w0);
                                a10_1 = vfmaq_f32(a10_1, x10, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 9: { /* columns [2, 10) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x2 = vld1q_dup_f32(xi);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 1 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 2 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 3 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 4 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 5 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                                const float32x4_t x8 = vld1q_dup_f32(xi + 6 * xp);
                                a8_0 = vfmaq_f32(a8_0, x8, w0);
                                a8_1 = vfmaq_f32(a8_1, x8, w1);
                                const float32x4_t x9 = vld1q_dup_f32(xi + 7 * xp);
                                a9_0 = vfmaq_f32(a9_0, x9, w0);
                                a9_1 = vfmaq_f32(a9_1, x9, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 10: { /* columns [2, 9) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x2 = vld1q_dup_f32(xi);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 1 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 2 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 3 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 4 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 5 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                                const float32x4_t x8 = vld1q_dup_f32(xi + 6 * xp);
                                a8_0 = vfmaq_f32(a8_0, x8, w0);
                                a8_1 = vfmaq_f32(a8_1, x8, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 11: { /* columns [2, 8) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x2 = vld1q_dup_f32(xi);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 1 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 2 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 3 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 4 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 5 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 12: { /* columns [3, 11) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x3 = vld1q_dup_f32(xi);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 1 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 2 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 3 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 4 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                                const float32x4_t x8 = vld1q_dup_f32(xi + 5 * xp);
                                a8_0 = vfmaq_f32(a8_0, x8, w0);
                                a8_1 = vfmaq_f32(a8_1, x8, w1);
                                const float32x4_t x9 = vld1q_dup_f32(xi + 6 * xp);
                                a9_0 = vfmaq_f32(a9_0, x9, w0);
                                a9_1 = vfmaq_f32(a9_1, x9, w1);
                                const float32x4_t x10 = vld1q_dup_f32(xi + 7 * xp);
                                a10_0 = vfmaq_f32(a10_0, x10, w0);
                                a10_1 = vfmaq_f32(a10_1, x10, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 13: { /* columns [3, 10) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x3 = vld1q_dup_f32(xi);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 1 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 2 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 3 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 4 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                                const float32x4_t x8 = vld1q_dup_f32(xi + 5 * xp);
                                a8_0 = vfmaq_f32(a8_0, x8, w0);
                                a8_1 = vfmaq_f32(a8_1, x8, w1);
                                const float32x4_t x9 = vld1q_dup_f32(xi + 6 * xp);
                                a9_0 = vfmaq_f32(a9_0, x9, w0);
                                a9_1 = vfmaq_f32(a9_1, x9, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 14: { /* columns [3, 9) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x3 = vld1q_dup_f32(xi);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 1 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 2 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 3 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 4 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                                const float32x4_t x8 = vld1q_dup_f32(xi + 5 * xp);
                                a8_0 = vfmaq_f32(a8_0, x8, w0);
                                a8_1 = vfmaq_f32(a8_1, x8, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 15: { /* columns [3, 8) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x3 = vld1q_dup_f32(xi);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 1 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 2 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 3 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 4 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    default:
                        break;
                    }
                }
            }
    } else {
        for (int kx = 0; kx < r->kw; kx++) {
            const int cut = cuts[kx], pa = pas[kx];
            if (cut < 0) continue;
            for (int ky = r->ky0; ky < r->ky1; ky++) {
                const ptrdiff_t rowoff = ((ptrdiff_t)r->iy0 + (ptrdiff_t)ky * r->dil_h) * r->xrow;
                const float *xt =
                    r->x + rowoff + (col0 + (ptrdiff_t)pa * r->stride_w + (ptrdiff_t)kx * r->dil_w) * r->xpix;
                const float *wt = r->w + ((ptrdiff_t)ky * r->kw + kx) * cib * 8;
                switch (cut) {
                case 0: { /* columns [0, 11) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x0 = vld1q_dup_f32(xi);
                            a0_0 = vfmaq_f32(a0_0, x0, w0);
                            a0_1 = vfmaq_f32(a0_1, x0, w1);
                            const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                            a1_0 = vfmaq_f32(a1_0, x1, w0);
                            a1_1 = vfmaq_f32(a1_1, x1, w1);
                            const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 5 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 6 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 7 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                            const float32x4_t x8 = vld1q_dup_f32(xi + 8 * xp);
                            a8_0 = vfmaq_f32(a8_0, x8, w0);
                            a8_1 = vfmaq_f32(a8_1, x8, w1);
                            const float32x4_t x9 = vld1q_dup_f32(xi + 9 * xp);
                            a9_0 = vfmaq_f32(a9_0, x9, w0);
                            a9_1 = vfmaq_f32(a9_1, x9, w1);
                            const float32x4_t x10 = vld1q_dup_f32(xi + 10 * xp);
                            a10_0 = vfmaq_f32(a10_0, x10, w0);
                            a10_1 = vfmaq_f32(a10_1, x10, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 1: { /* columns [0, 10) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x0 = vld1q_dup_f32(xi);
                            a0_0 = vfmaq_f32(a0_0, x0, w0);
                            a0_1 = vfmaq_f32(a0_1, x0, w1);
                            const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                            a1_0 = vfmaq_f32(a1_0, x1, w0);
                            a1_1 = vfmaq_f32(a1_1, x1, w1);
                            const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 5 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 6 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 7 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                            const float32x4_t x8 = vld1q_dup_f32(xi + 8 * xp);
                            a8_0 = vfmaq_f32(a8_0, x8, w0);
                            a8_1 = vfmaq_f32(a8_1, x8, w1);
                            const float32x4_t x9 = vld1q_dup_f32(xi + 9 * xp);
                            a9_0 = vfmaq_f32(a9_0, x9, w0);
                            a9_1 = vfmaq_f32(a9_1, x9, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 2: { /* columns [0, 9) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x0 = vld1q_dup_f32(xi);
                            a0_0 = vfmaq_f32(a0_0, x0, w0);
                            a0_1 = vfmaq_f32(a0_1, x0, w1);
                            const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                            a1_0 = vfmaq_f32(a1_0, x1, w0);
                            a1_1 = vfmaq_f32(a1_1, x1, w1);
                            const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 5 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 6 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 7 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                            const float32x4_t x8 = vld1q_dup_f32(xi + 8 * xp);
                            a8_0 = vfmaq_f32(a8_0, x8, w0);
                            a8_1 = vfmaq_f32(a8_1, x8, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 3: { /* columns [0, 8) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x0 = vld1q_dup_f32(xi);
                            a0_0 = vfmaq_f32(a0_0, x0, w0);
                            a0_1 = vfmaq_f32(a0_1, x0, w1);
                            const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                            a1_0 = vfmaq_f32(a1_0, x1, w0);
                            a1_1 = vfmaq_f32(a1_1, x1, w1);
                            const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 5 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 6 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 7 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 4: { /* columns [1, 11) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x1 = vld1q_dup_f32(xi);
                            a1_0 = vfmaq_f32(a1_0, x1, w0);
                            a1_1 = vfmaq_f32(a1_1, x1, w1);
                            const float32x4_t x2 = vld1q_dup_f32(xi + 1 * xp);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 2 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 3 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 4 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 5 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 6 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                            const float32x4_t x8 = vld1q_dup_f32(xi + 7 * xp);
                            a8_0 = vfmaq_f32(a8_0, x8, w0);
                            a8_1 = vfmaq_f32(a8_1, x8, w1);
                            const float32x4_t x9 = vld1q_dup_f32(xi + 8 * xp);
                            a9_0 = vfmaq_f32(a9_0, x9, w0);
                            a9_1 = vfmaq_f32(a9_1, x9, w1);
                            const float32x4_t x10 = vld1q_dup_f32(xi + 9 * xp);
                            a10_0 = vfmaq_f32(a10_0, x10, w0);
                            a10_1 = vfmaq_f32(a10_1, x10, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 5: { /* columns [1, 10) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x1 = vld1q_dup_f32(xi);
                            a1_0 = vfmaq_f32(a1_0, x1, w0);
                            a1_1 = vfmaq_f32(a1_1, x1, w1);
                            const float32x4_t x2 = vld1q_dup_f32(xi + 1 * xp);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 2 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 3 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 4 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 5 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 6 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                            const float32x4_t x8 = vld1q_dup_f32(xi + 7 * xp);
                            a8_0 = vfmaq_f32(a8_0, x8, w0);
                            a8_1 = vfmaq_f32(a8_1, x8, w1);
                            const float32x4_t x9 = vld1q_dup_f32(xi + 8 * xp);
                            a9_0 = vfmaq_f32(a9_0, x9, w0);
                            a9_1 = vfmaq_f32(a9_1, x9, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 6: { /* columns [1, 9) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x1 = vld1q_dup_f32(xi);
                            a1_0 = vfmaq_f32(a1_0, x1, w0);
                            a1_1 = vfmaq_f32(a1_1, x1, w1);
                            const float32x4_t x2 = vld1q_dup_f32(xi + 1 * xp);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 2 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 3 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 4 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 5 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 6 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                            const float32x4_t x8 = vld1q_dup_f32(xi + 7 * xp);
                            a8_0 = vfmaq_f32(a8_0, x8, w0);
                            a8_1 = vfmaq_f32(a8_1, x8, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 7: { /* columns [1, 8) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x1 = vld1q_dup_f32(xi);
                            a1_0 = vfmaq_f32(a1_0, x1, w0);
                            a1_1 = vfmaq_f32(a1_1, x1, w1);
                            const float32x4_t x2 = vld1q_dup_f32(xi + 1 * xp);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 2 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 3 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 4 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 5 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 6 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 8: { /* columns [2, 11) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x2 = vld1q_dup_f32(xi);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 1 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 2 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 3 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 4 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 5 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                            const float32x4_t x8 = vld1q_dup_f32(xi + 6 * xp);
                            a8_0 = vfmaq_f32(a8_0, x8, w0);
                            a8_1 = vfmaq_f32(a8_1, x8, w1);
                            const float32x4_t x9 = vld1q_dup_f32(xi + 7 * xp);
                            a9_0 = vfmaq_f32(a9_0, x9, w0);
                            a9_1 = vfmaq_f32(a9_1, x9, w1);
                            const float32x4_t x10 = vld1q_dup_f32(xi + 8 * xp);
                            a10_0 = vfmaq_f32(a10_0, x10, w0);
                            a10_1 = vfmaq_f32(a10_1, x10, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 9: { /* columns [2, 10) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x2 = vld1q_dup_f32(xi);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 1 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 2 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 3 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 4 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 5 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                            const float32x4_t x8 = vld1q_dup_f32(xi + 6 * xp);
                            a8_0 = vfmaq_f32(a8_0, x8, w0);
                            a8_1 = vfmaq_f32(a8_1, x8, w1);
                            const float32x4_t x9 = vld1q_dup_f32(xi + 7 * xp);
                            a9_0 = vfmaq_f32(a9_0, x9, w0);
                            a9_1 = vfmaq_f32(a9_1, x9, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 10: { /* columns [2, 9) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x2 = vld1q_dup_f32(xi);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 1 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 2 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 3 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 4 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 5 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                            const float32x4_t x8 = vld1q_dup_f32(xi + 6 * xp);
                            a8_0 = vfmaq_f32(a8_0, x8, w0);
                            a8_1 = vfmaq_f32(a8_1, x8, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 11: { /* columns [2, 8) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x2 = vld1q_dup_f32(xi);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 1 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 2 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 3 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 4 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 5 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 12: { /* columns [3, 11) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x3 = vld1q_dup_f32(xi);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 1 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 2 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 3 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 4 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                            const float32x4_t x8 = vld1q_dup_f32(xi + 5 * xp);
                            a8_0 = vfmaq_f32(a8_0, x8, w0);
                            a8_1 = vfmaq_f32(a8_1, x8, w1);
                            const float32x4_t x9 = vld1q_dup_f32(xi + 6 * xp);
                            a9_0 = vfmaq_f32(a9_0, x9, w0);
                            a9_1 = vfmaq_f32(a9_1, x9, w1);
                            const float32x4_t x10 = vld1q_dup_f32(xi + 7 * xp);
                            a10_0 = vfmaq_f32(a10_0, x10, w0);
                            a10_1 = vfmaq_f32(a10_1, x10, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 13: { /* columns [3, 10) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x3 = vld1q_dup_f32(xi);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 1 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 2 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 3 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 4 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                            const float32x4_t x8 = vld1q_dup_f32(xi + 5 * xp);
                            a8_0 = vfmaq_f32(a8_0, x8, w0);
                            a8_1 = vfmaq_f32(a8_1, x8, w1);
                            const float32x4_t x9 = vld1q_dup_f32(xi + 6 * xp);
                            a9_0 = vfmaq_f32(a9_0, x9, w0);
                            a9_1 = vfmaq_f32(a9_1, x9, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 14: { /* columns [3, 9) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x3 = vld1q_dup_f32(xi);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 1 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 2 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 3 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 4 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                            const float32x4_t x8 = vld1q_dup_f32(xi + 5 * xp);
                            a8_0 = vfmaq_f32(a8_0, x8, w0);
                            a8_1 = vfmaq_f32(a8_1, x8, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 15: { /* columns [3, 8) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x3 = vld1q_dup_f32(xi);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 1 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 2 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 3 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 4 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                default:
                    break;
                }
            }
        }
    }
    if (r->last && r->relu) {
        a0_0 = vmaxq_f32(a0_0, vdupq_n_f32(0.0f));
        a0_1 = vmaxq_f32(a0_1, vdupq_n_f32(0.0f));
        a1_0 = vmaxq_f32(a1_0, vdupq_n_f32(0.0f));
        a1_1 = vmaxq_f32(a1_1, vdupq_n_f32(0.0f));
        a2_0 = vmaxq_f32(a2_0, vdupq_n_f32(0.0f));
        a2_1 = vmaxq_f32(a2_1, vdupq_n_f32(0.0f));
        a3_0 = vmaxq_f32(a3_0, vdupq_n_f32(0.0f));
        a3_1 = vmaxq_f32(a3_1, vdupq_n_f32(0.0f));
        a4_0 = vmaxq_f32(a4_0, vdupq_n_f32(0.0f));
        a4_1 = vmaxq_f32(a4_1, vdupq_n_f32(0.0f));
        a5_0 = vmaxq_f32(a5_0, vdupq_n_f32(0.0f));
        a5_1 = vmaxq_f32(a5_1, vdupq_n_f32(0.0f));
        a6_0 = vmaxq_f32(a6_0, vdupq_n_f32(0.0f));
        a6_1 = vmaxq_f32(a6_1, vdupq_n_f32(0.0f));
        a7_0 = vmaxq_f32(a7_0, vdupq_n_f32(0.0f));
        a7_1 = vmaxq_f32(a7_1, vdupq_n_f32(0.0f));
        a8_0 = vmaxq_f32(a8_0, vdupq_n_f32(0.0f));
        a8_1 = vmaxq_f32(a8_1, vdupq_n_f32(0.0f));
        a9_0 = vmaxq_f32(a9_0, vdupq_n_f32(0.0f));
        a9_1 = vmaxq_f32(a9_1, vdupq_n_f32(0.0f));
        a10_0 = vmaxq_f32(a10_0, vdupq_n_f32(0.0f));
        a10_1 = vmaxq_f32(a10_1, vdupq_n_f32(0.0f));
    }
    if (!r->ylanes) {
        vst1q_f32(y + r->yvoff[0], a0_0);
        vst1q_f32(y + r->yvoff[1], a0_1);
        vst1q_f32(y + 1 * ypix + r->yvoff[0], a1_0);
        vst1q_f32(y + 1 * ypix + r->yvoff[1], a1_1);
        vst1q_f32(y + 2 * ypix + r->yvoff[0], a2_0);
        vst1q_f32(y + 2 * ypix + r->yvoff[1], a2_1);
        vst1q_f32(y + 3 * ypix + r->yvoff[0], a3_0);
        vst1q_f32(y + 3 * ypix + r->yvoff[1], a3_1);
        vst1q_f32(y + 4 * ypix + r->yvoff[0], a4_0);
        vst1q_f32(y + 4 * ypix + r->yvoff[1], a4_1);
        vst1q_f32(y + 5 * ypix + r->yvoff[0], a5_0);
        vst1q_f32(y + 5 * ypix + r->yvoff[1], a5_1);
        vst1q_f32(y + 6 * ypix + r->yvoff[0], a6_0);
        vst1q_f32(y + 6 * ypix + r->yvoff[1], a6_1);
        vst1q_f32(y + 7 * ypix + r->yvoff[0], a7_0);
        vst1q_f32(y + 7 * ypix + r->yvoff[1], a7_1);
        vst1q_f32(y + 8 * ypix + r->yvoff[0], a8_0);
        vst1q_f32(y + 8 * ypix + r->yvoff[1], a8_1);
        vst1q_f32(y + 9 * ypix + r->yvoff[0], a9_0);
        vst1q_f32(y + 9 * ypix + r->yvoff[1], a9_1);
        vst1q_f32(y + 10 * ypix + r->yvoff[0], a10_0);
        vst1q_f32(y + 10 * ypix + r->yvoff[1], a10_1);
    } else {
        lanes_store(r, y + r->yvoff[0], 0, a0_0);
        lanes_store(r, y + r->yvoff[1], 1, a0_1);
        lanes_store(r, y + 1 * ypix + r->yvoff[0], 0, a1_0);
        lanes_store(r, y + 1 * ypix + r->yvoff[1], 1, a1_1);
        lanes_store(r, y + 2 * ypix + r->yvoff[0], 0, a2_0);
        lanes_store(r, y + 2 * ypix + r->yvoff[1], 1, a2_1);
        lanes_store(r, y + 3 * ypix + r->yvoff[0], 0, a3_0);
        lanes_store(r, y + 3 * ypix + r->yvoff[1], 1, a3_1);
        lanes_store(r, y + 4 * ypix + r->yvoff[0], 0, a4_0);
        lanes_store(r, y + 4 * ypix + r->yvoff[1], 1, a4_1);
        lanes_store(r, y + 5 * ypix + r->yvoff[0], 0, a5_0);
        lanes_store(r, y + 5 * ypix + r->yvoff[1], 1, a5_1);
        lanes_store(r, y + 6 * ypix + r->yvoff[0], 0, a6_0);
        lanes_store(r, y + 6 * ypix + r->yvoff[1], 1, a6_1);
        lanes_store(r, y + 7 * ypix + r->yvoff[0], 0, a7_0);
        lanes_store(r, y + 7 * ypix + r->yvoff[1], 1, a7_1);
        lanes_store(r, y + 8 * ypix + r->yvoff[0], 0, a8_0);
        lanes_store(r, y + 8 * ypix + r->yvoff[1], 1, a8_1);
        lanes_store(r, y + 9 * ypix + r->yvoff[0], 0, a9_0);
        lanes_store(r, y + 9 * ypix + r->yvoff[1], 1, a9_1);
        lanes_store(r, y + 10 * ypix + r->yvoff[0], 0, a10_0);
        lanes_store(r, y + 10 * ypix + r->yvoff[1], 1, a10_1);
    }
    return true;
}

/* 12 columns, a run of nblk interior blocks with merge_kx (rows.c has
 * checked that they are): per kernel row one reduction over kw * C.  The
 * next block's input is prefetched when the reduction is long enough to
 * hide it (VGG's 3x3 layers 2-5 % faster; short ones, C = 3 or 1x1 with 64
 * channels, lost). */
static __attribute__((noinline)) void lmc_f32_direct_conv_8cx14w_merged12__neon(const lmc_direct_row *r, int ox0,
                                                                                int nblk)
{
    for (const int ox_end = ox0 + nblk * 12; ox0 < ox_end; ox0 += 12) {
        const ptrdiff_t ypix = r->ypix, xp = (ptrdiff_t)r->stride_w * r->xpix;
        const ptrdiff_t col0 = (ptrdiff_t)ox0 * r->stride_w - r->pad_left;
        float *y = r->y + (ptrdiff_t)ox0 * ypix;
        float32x4_t a0_0, a0_1;
        float32x4_t a1_0, a1_1;
        float32x4_t a2_0, a2_1;
        float32x4_t a3_0, a3_1;
        float32x4_t a4_0, a4_1;
        float32x4_t a5_0, a5_1;
        float32x4_t a6_0, a6_1;
        float32x4_t a7_0, a7_1;
        float32x4_t a8_0, a8_1;
        float32x4_t a9_0, a9_1;
        float32x4_t a10_0, a10_1;
        float32x4_t a11_0, a11_1;
        if (r->first) {
            const float32x4_t bb0 = r->bias ? vld1q_f32(r->bias) : vdupq_n_f32(0.0f);
            const float32x4_t bb1 = r->bias ? vld1q_f32(r->bias + 4) : vdupq_n_f32(0.0f);
            a0_0 = bb0;
            a0_1 = bb1;
            a1_0 = bb0;
            a1_1 = bb1;
            a2_0 = bb0;
            a2_1 = bb1;
            a3_0 = bb0;
            a3_1 = bb1;
            a4_0 = bb0;
            a4_1 = bb1;
            a5_0 = bb0;
            a5_1 = bb1;
            a6_0 = bb0;
            a6_1 = bb1;
            a7_0 = bb0;
            a7_1 = bb1;
            a8_0 = bb0;
            a8_1 = bb1;
            a9_0 = bb0;
            a9_1 = bb1;
            a10_0 = bb0;
            a10_1 = bb1;
            a11_0 = bb0;
            a11_1 = bb1;
        } else if (!r->ylanes) {
            a0_0 = vld1q_f32(y + r->yvoff[0]);
            a0_1 = vld1q_f32(y + r->yvoff[1]);
            a1_0 = vld1q_f32(y + 1 * ypix + r->yvoff[0]);
            a1_1 = vld1q_f32(y + 1 * ypix + r->yvoff[1]);
            a2_0 = vld1q_f32(y + 2 * ypix + r->yvoff[0]);
            a2_1 = vld1q_f32(y + 2 * ypix + r->yvoff[1]);
            a3_0 = vld1q_f32(y + 3 * ypix + r->yvoff[0]);
            a3_1 = vld1q_f32(y + 3 * ypix + r->yvoff[1]);
            a4_0 = vld1q_f32(y + 4 * ypix + r->yvoff[0]);
            a4_1 = vld1q_f32(y + 4 * ypix + r->yvoff[1]);
            a5_0 = vld1q_f32(y + 5 * ypix + r->yvoff[0]);
            a5_1 = vld1q_f32(y + 5 * ypix + r->yvoff[1]);
            a6_0 = vld1q_f32(y + 6 * ypix + r->yvoff[0]);
            a6_1 = vld1q_f32(y + 6 * ypix + r->yvoff[1]);
            a7_0 = vld1q_f32(y + 7 * ypix + r->yvoff[0]);
            a7_1 = vld1q_f32(y + 7 * ypix + r->yvoff[1]);
            a8_0 = vld1q_f32(y + 8 * ypix + r->yvoff[0]);
            a8_1 = vld1q_f32(y + 8 * ypix + r->yvoff[1]);
            a9_0 = vld1q_f32(y + 9 * ypix + r->yvoff[0]);
            a9_1 = vld1q_f32(y + 9 * ypix + r->yvoff[1]);
            a10_0 = vld1q_f32(y + 10 * ypix + r->yvoff[0]);
            a10_1 = vld1q_f32(y + 10 * ypix + r->yvoff[1]);
            a11_0 = vld1q_f32(y + 11 * ypix + r->yvoff[0]);
            a11_1 = vld1q_f32(y + 11 * ypix + r->yvoff[1]);
        } else {
            a0_0 = lanes_load(r, y + r->yvoff[0], 0);
            a0_1 = lanes_load(r, y + r->yvoff[1], 1);
            a1_0 = lanes_load(r, y + 1 * ypix + r->yvoff[0], 0);
            a1_1 = lanes_load(r, y + 1 * ypix + r->yvoff[1], 1);
            a2_0 = lanes_load(r, y + 2 * ypix + r->yvoff[0], 0);
            a2_1 = lanes_load(r, y + 2 * ypix + r->yvoff[1], 1);
            a3_0 = lanes_load(r, y + 3 * ypix + r->yvoff[0], 0);
            a3_1 = lanes_load(r, y + 3 * ypix + r->yvoff[1], 1);
            a4_0 = lanes_load(r, y + 4 * ypix + r->yvoff[0], 0);
            a4_1 = lanes_load(r, y + 4 * ypix + r->yvoff[1], 1);
            a5_0 = lanes_load(r, y + 5 * ypix + r->yvoff[0], 0);
            a5_1 = lanes_load(r, y + 5 * ypix + r->yvoff[1], 1);
            a6_0 = lanes_load(r, y + 6 * ypix + r->yvoff[0], 0);
            a6_1 = lanes_load(r, y + 6 * ypix + r->yvoff[1], 1);
            a7_0 = lanes_load(r, y + 7 * ypix + r->yvoff[0], 0);
            a7_1 = lanes_load(r, y + 7 * ypix + r->yvoff[1], 1);
            a8_0 = lanes_load(r, y + 8 * ypix + r->yvoff[0], 0);
            a8_1 = lanes_load(r, y + 8 * ypix + r->yvoff[1], 1);
            a9_0 = lanes_load(r, y + 9 * ypix + r->yvoff[0], 0);
            a9_1 = lanes_load(r, y + 9 * ypix + r->yvoff[1], 1);
            a10_0 = lanes_load(r, y + 10 * ypix + r->yvoff[0], 0);
            a10_1 = lanes_load(r, y + 10 * ypix + r->yvoff[1], 1);
            a11_0 = lanes_load(r, y + 11 * ypix + r->yvoff[0], 0);
            a11_1 = lanes_load(r, y + 11 * ypix + r->yvoff[1], 1);
        }
        const int n = r->kw * r->cib;
        const ptrdiff_t next = 12 * xp;
        if (r->kw > 1 && n >= 128) {
            for (int ky = r->ky0; ky < r->ky1; ky++) {
                const float *xt =
                    r->x + ((ptrdiff_t)r->iy0 + (ptrdiff_t)ky * r->dil_h) * r->xrow + col0 * r->xpix;
                const float *wi = r->w + (ptrdiff_t)ky * n * 8;
#pragma GCC unroll 4
                for (int ii = 0; ii < n; ii++, wi += 8) {
                    const float *xi = xt + ii;
                    if ((ii & 15) == 0) {
                        __builtin_prefetch(xi + next, 0, 3);
                        __builtin_prefetch(xi + next + 1 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 2 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 3 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 4 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 5 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 6 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 7 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 8 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 9 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 10 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 11 * xp, 0, 3);
                    }
                    const float32x4_t w0 = vld1q_f32(wi);
                    const float32x4_t w1 = vld1q_f32(wi + 4);
                    const float32x4_t x0 = vld1q_dup_f32(xi);
                    a0_0 = vfmaq_f32(a0_0, x0, w0);
                    a0_1 = vfmaq_f32(a0_1, x0, w1);
                    const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                    a1_0 = vfmaq_f32(a1_0, x1, w0);
                    a1_1 = vfmaq_f32(a1_1, x1, w1);
                    const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                    a2_0 = vfmaq_f32(a2_0, x2, w0);
                    a2_1 = vfmaq_f32(a2_1, x2, w1);
                    const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                    a3_0 = vfmaq_f32(a3_0, x3, w0);
                    a3_1 = vfmaq_f32(a3_1, x3, w1);
                    const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                    a4_0 = vfmaq_f32(a4_0, x4, w0);
                    a4_1 = vfmaq_f32(a4_1, x4, w1);
                    const float32x4_t x5 = vld1q_dup_f32(xi + 5 * xp);
                    a5_0 = vfmaq_f32(a5_0, x5, w0);
                    a5_1 = vfmaq_f32(a5_1, x5, w1);
                    const float32x4_t x6 = vld1q_dup_f32(xi + 6 * xp);
                    a6_0 = vfmaq_f32(a6_0, x6, w0);
                    a6_1 = vfmaq_f32(a6_1, x6, w1);
                    const float32x4_t x7 = vld1q_dup_f32(xi + 7 * xp);
                    a7_0 = vfmaq_f32(a7_0, x7, w0);
                    a7_1 = vfmaq_f32(a7_1, x7, w1);
                    const float32x4_t x8 = vld1q_dup_f32(xi + 8 * xp);
                    a8_0 = vfmaq_f32(a8_0, x8, w0);
                    a8_1 = vfmaq_f32(a8_1, x8, w1);
                    const float32x4_t x9 = vld1q_dup_f32(xi + 9 * xp);
                    a9_0 = vfmaq_f32(a9_0, x9, w0);
                    a9_1 = vfmaq_f32(a9_1, x9, w1);
                    const float32x4_t x10 = vld1q_dup_f32(xi + 10 * xp);
                    a10_0 = vfmaq_f32(a10_0, x10, w0);
                    a10_1 = vfmaq_f32(a10_1, x10, w1);
                    const float32x4_t x11 = vld1q_dup_f32(xi + 11 * xp);
                    a11_0 = vfmaq_f32(a11_0, x11, w0);
                    a11_1 = vfmaq_f32(a11_1, x11, w1);
                }
            }
        } else {
            for (int ky = r->ky0; ky < r->ky1; ky++) {
                const float *xt =
                    r->x + ((ptrdiff_t)r->iy0 + (ptrdiff_t)ky * r->dil_h) * r->xrow + col0 * r->xpix;
                const float *wi = r->w + (ptrdiff_t)ky * n * 8;
#pragma GCC unroll 4
                for (int ii = 0; ii < n; ii++, wi += 8) {
                    const float *xi = xt + ii;
                    const float32x4_t w0 = vld1q_f32(wi);
                    const float32x4_t w1 = vld1q_f32(wi + 4);
                    const float32x4_t x0 = vld1q_dup_f32(xi);
                    a0_0 = vfmaq_f32(a0_0, x0, w0);
                    a0_1 = vfmaq_f32(a0_1, x0, w1);
                    const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                    a1_0 = vfmaq_f32(a1_0, x1, w0);
                    a1_1 = vfmaq_f32(a1_1, x1, w1);
                    const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                    a2_0 = vfmaq_f32(a2_0, x2, w0);
                    a2_1 = vfmaq_f32(a2_1, x2, w1);
                    const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                    a3_0 = vfmaq_f32(a3_0, x3, w0);
                    a3_1 = vfmaq_f32(a3_1, x3, w1);
                    const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                    a4_0 = vfmaq_f32(a4_0, x4, w0);
                    a4_1 = vfmaq_f32(a4_1, x4, w1);
                    const float32x4_t x5 = vld1q_dup_f32(xi + 5 * xp);
                    a5_0 = vfmaq_f32(a5_0, x5, w0);
                    a5_1 = vfmaq_f32(a5_1, x5, w1);
                    const float32x4_t x6 = vld1q_dup_f32(xi + 6 * xp);
                    a6_0 = vfmaq_f32(a6_0, x6, w0);
                    a6_1 = vfmaq_f32(a6_1, x6, w1);
                    const float32x4_t x7 = vld1q_dup_f32(xi + 7 * xp);
                    a7_0 = vfmaq_f32(a7_0, x7, w0);
                    a7_1 = vfmaq_f32(a7_1, x7, w1);
                    const float32x4_t x8 = vld1q_dup_f32(xi + 8 * xp);
                    a8_0 = vfmaq_f32(a8_0, x8, w0);
                    a8_1 = vfmaq_f32(a8_1, x8, w1);
                    const float32x4_t x9 = vld1q_dup_f32(xi + 9 * xp);
                    a9_0 = vfmaq_f32(a9_0, x9, w0);
                    a9_1 = vfmaq_f32(a9_1, x9, w1);
                    const float32x4_t x10 = vld1q_dup_f32(xi + 10 * xp);
                    a10_0 = vfmaq_f32(a10_0, x10, w0);
                    a10_1 = vfmaq_f32(a10_1, x10, w1);
                    const float32x4_t x11 = vld1q_dup_f32(xi + 11 * xp);
                    a11_0 = vfmaq_f32(a11_0, x11, w0);
                    a11_1 = vfmaq_f32(a11_1, x11, w1);
                }
            }
        }
        if (r->last && r->relu) {
            a0_0 = vmaxq_f32(a0_0, vdupq_n_f32(0.0f));
            a0_1 = vmaxq_f32(a0_1, vdupq_n_f32(0.0f));
            a1_0 = vmaxq_f32(a1_0, vdupq_n_f32(0.0f));
            a1_1 = vmaxq_f32(a1_1, vdupq_n_f32(0.0f));
            a2_0 = vmaxq_f32(a2_0, vdupq_n_f32(0.0f));
            a2_1 = vmaxq_f32(a2_1, vdupq_n_f32(0.0f));
            a3_0 = vmaxq_f32(a3_0, vdupq_n_f32(0.0f));
            a3_1 = vmaxq_f32(a3_1, vdupq_n_f32(0.0f));
            a4_0 = vmaxq_f32(a4_0, vdupq_n_f32(0.0f));
            a4_1 = vmaxq_f32(a4_1, vdupq_n_f32(0.0f));
            a5_0 = vmaxq_f32(a5_0, vdupq_n_f32(0.0f));
            a5_1 = vmaxq_f32(a5_1, vdupq_n_f32(0.0f));
            a6_0 = vmaxq_f32(a6_0, vdupq_n_f32(0.0f));
            a6_1 = vmaxq_f32(a6_1, vdupq_n_f32(0.0f));
            a7_0 = vmaxq_f32(a7_0, vdupq_n_f32(0.0f));
            a7_1 = vmaxq_f32(a7_1, vdupq_n_f32(0.0f));
            a8_0 = vmaxq_f32(a8_0, vdupq_n_f32(0.0f));
            a8_1 = vmaxq_f32(a8_1, vdupq_n_f32(0.0f));
            a9_0 = vmaxq_f32(a9_0, vdupq_n_f32(0.0f));
            a9_1 = vmaxq_f32(a9_1, vdupq_n_f32(0.0f));
            a10_0 = vmaxq_f32(a10_0, vdupq_n_f32(0.0f));
            a10_1 = vmaxq_f32(a10_1, vdupq_n_f32(0.0f));
            a11_0 = vmaxq_f32(a11_0, vdupq_n_f32(0.0f));
            a11_1 = vmaxq_f32(a11_1, vdupq_n_f32(0.0f));
        }
        if (!r->ylanes) {
            vst1q_f32(y + r->yvoff[0], a0_0);
            vst1q_f32(y + r->yvoff[1], a0_1);
            vst1q_f32(y + 1 * ypix + r->yvoff[0], a1_0);
            vst1q_f32(y + 1 * ypix + r->yvoff[1], a1_1);
            vst1q_f32(y + 2 * ypix + r->yvoff[0], a2_0);
            vst1q_f32(y + 2 * ypix + r->yvoff[1], a2_1);
            vst1q_f32(y + 3 * ypix + r->yvoff[0], a3_0);
            vst1q_f32(y + 3 * ypix + r->yvoff[1], a3_1);
            vst1q_f32(y + 4 * ypix + r->yvoff[0], a4_0);
            vst1q_f32(y + 4 * ypix + r->yvoff[1], a4_1);
            vst1q_f32(y + 5 * ypix + r->yvoff[0], a5_0);
            vst1q_f32(y + 5 * ypix + r->yvoff[1], a5_1);
            vst1q_f32(y + 6 * ypix + r->yvoff[0], a6_0);
            vst1q_f32(y + 6 * ypix + r->yvoff[1], a6_1);
            vst1q_f32(y + 7 * ypix + r->yvoff[0], a7_0);
            vst1q_f32(y + 7 * ypix + r->yvoff[1], a7_1);
            vst1q_f32(y + 8 * ypix + r->yvoff[0], a8_0);
            vst1q_f32(y + 8 * ypix + r->yvoff[1], a8_1);
            vst1q_f32(y + 9 * ypix + r->yvoff[0], a9_0);
            vst1q_f32(y + 9 * ypix + r->yvoff[1], a9_1);
            vst1q_f32(y + 10 * ypix + r->yvoff[0], a10_0);
            vst1q_f32(y + 10 * ypix + r->yvoff[1], a10_1);
            vst1q_f32(y + 11 * ypix + r->yvoff[0], a11_0);
            vst1q_f32(y + 11 * ypix + r->yvoff[1], a11_1);
        } else {
            lanes_store(r, y + r->yvoff[0], 0, a0_0);
            lanes_store(r, y + r->yvoff[1], 1, a0_1);
            lanes_store(r, y + 1 * ypix + r->yvoff[0], 0, a1_0);
            lanes_store(r, y + 1 * ypix + r->yvoff[1], 1, a1_1);
            lanes_store(r, y + 2 * ypix + r->yvoff[0], 0, a2_0);
            lanes_store(r, y + 2 * ypix + r->yvoff[1], 1, a2_1);
            lanes_store(r, y + 3 * ypix + r->yvoff[0], 0, a3_0);
            lanes_store(r, y + 3 * ypix + r->yvoff[1], 1, a3_1);
            lanes_store(r, y + 4 * ypix + r->yvoff[0], 0, a4_0);
            lanes_store(r, y + 4 * ypix + r->yvoff[1], 1, a4_1);
            lanes_store(r, y + 5 * ypix + r->yvoff[0], 0, a5_0);
            lanes_store(r, y + 5 * ypix + r->yvoff[1], 1, a5_1);
            lanes_store(r, y + 6 * ypix + r->yvoff[0], 0, a6_0);
            lanes_store(r, y + 6 * ypix + r->yvoff[1], 1, a6_1);
            lanes_store(r, y + 7 * ypix + r->yvoff[0], 0, a7_0);
            lanes_store(r, y + 7 * ypix + r->yvoff[1], 1, a7_1);
            lanes_store(r, y + 8 * ypix + r->yvoff[0], 0, a8_0);
            lanes_store(r, y + 8 * ypix + r->yvoff[1], 1, a8_1);
            lanes_store(r, y + 9 * ypix + r->yvoff[0], 0, a9_0);
            lanes_store(r, y + 9 * ypix + r->yvoff[1], 1, a9_1);
            lanes_store(r, y + 10 * ypix + r->yvoff[0], 0, a10_0);
            lanes_store(r, y + 10 * ypix + r->yvoff[1], 1, a10_1);
            lanes_store(r, y + 11 * ypix + r->yvoff[0], 0, a11_0);
            lanes_store(r, y + 11 * ypix + r->yvoff[1], 1, a11_1);
        }
    }
}

/* 12 columns tap by tap, any block; false (nothing done) if a tap cuts
 * more than 3 columns at either end or kw > 16.  With long taps (cib >=
 * 32) in the order of the weights, ky then kx: a kernel row's input stays
 * in L1 over its kw taps.  Short taps keep kx outer: the cut, hence the
 * switch's target, then repeats over ky (the 7x7 first layer with C = 3
 * lost 2-4 % with ky outer). */
static __attribute__((noinline)) bool lmc_f32_direct_conv_8cx14w_taps12__neon(const lmc_direct_row *r,
                                                                              int ox0)
{
    const bool inner = lmc_direct_block_interior(r, ox0, 12);
    signed char pas[16], cuts[16];
    if (r->kw > 16) return false;
    for (int kx = 0; kx < r->kw; kx++) {
        int pa = 0, pb = 12;
        if (!inner) lmc_direct_tap_cols(r, kx, ox0, 12, &pa, &pb);
        const int cut = cut_case(pa, pb, 12);
        if (pa < pb && cut < 0) return false;
        pas[kx] = (signed char)pa;
        cuts[kx] = (signed char)(pa < pb ? cut : -1);
    }
    const ptrdiff_t ypix = r->ypix, xp = (ptrdiff_t)r->stride_w * r->xpix;
    const ptrdiff_t col0 = (ptrdiff_t)ox0 * r->stride_w - r->pad_left;
    float *y = r->y + (ptrdiff_t)ox0 * ypix;
    float32x4_t a0_0, a0_1;
    float32x4_t a1_0, a1_1;
    float32x4_t a2_0, a2_1;
    float32x4_t a3_0, a3_1;
    float32x4_t a4_0, a4_1;
    float32x4_t a5_0, a5_1;
    float32x4_t a6_0, a6_1;
    float32x4_t a7_0, a7_1;
    float32x4_t a8_0, a8_1;
    float32x4_t a9_0, a9_1;
    float32x4_t a10_0, a10_1;
    float32x4_t a11_0, a11_1;
    if (r->first) {
        const float32x4_t bb0 = r->bias ? vld1q_f32(r->bias) : vdupq_n_f32(0.0f);
        const float32x4_t bb1 = r->bias ? vld1q_f32(r->bias + 4) : vdupq_n_f32(0.0f);
        a0_0 = bb0;
        a0_1 = bb1;
        a1_0 = bb0;
        a1_1 = bb1;
        a2_0 = bb0;
        a2_1 = bb1;
        a3_0 = bb0;
        a3_1 = bb1;
        a4_0 = bb0;
        a4_1 = bb1;
        a5_0 = bb0;
        a5_1 = bb1;
        a6_0 = bb0;
        a6_1 = bb1;
        a7_0 = bb0;
        a7_1 = bb1;
        a8_0 = bb0;
        a8_1 = bb1;
        a9_0 = bb0;
        a9_1 = bb1;
        a10_0 = bb0;
        a10_1 = bb1;
        a11_0 = bb0;
        a11_1 = bb1;
    } else if (!r->ylanes) {
        a0_0 = vld1q_f32(y + r->yvoff[0]);
        a0_1 = vld1q_f32(y + r->yvoff[1]);
        a1_0 = vld1q_f32(y + 1 * ypix + r->yvoff[0]);
        a1_1 = vld1q_f32(y + 1 * ypix + r->yvoff[1]);
        a2_0 = vld1q_f32(y + 2 * ypix + r->yvoff[0]);
        a2_1 = vld1q_f32(y + 2 * ypix + r->yvoff[1]);
        a3_0 = vld1q_f32(y + 3 * ypix + r->yvoff[0]);
        a3_1 = vld1q_f32(y + 3 * ypix + r->yvoff[1]);
        a4_0 = vld1q_f32(y + 4 * ypix + r->yvoff[0]);
        a4_1 = vld1q_f32(y + 4 * ypix + r->yvoff[1]);
        a5_0 = vld1q_f32(y + 5 * ypix + r->yvoff[0]);
        a5_1 = vld1q_f32(y + 5 * ypix + r->yvoff[1]);
        a6_0 = vld1q_f32(y + 6 * ypix + r->yvoff[0]);
        a6_1 = vld1q_f32(y + 6 * ypix + r->yvoff[1]);
        a7_0 = vld1q_f32(y + 7 * ypix + r->yvoff[0]);
        a7_1 = vld1q_f32(y + 7 * ypix + r->yvoff[1]);
        a8_0 = vld1q_f32(y + 8 * ypix + r->yvoff[0]);
        a8_1 = vld1q_f32(y + 8 * ypix + r->yvoff[1]);
        a9_0 = vld1q_f32(y + 9 * ypix + r->yvoff[0]);
        a9_1 = vld1q_f32(y + 9 * ypix + r->yvoff[1]);
        a10_0 = vld1q_f32(y + 10 * ypix + r->yvoff[0]);
        a10_1 = vld1q_f32(y + 10 * ypix + r->yvoff[1]);
        a11_0 = vld1q_f32(y + 11 * ypix + r->yvoff[0]);
        a11_1 = vld1q_f32(y + 11 * ypix + r->yvoff[1]);
    } else {
        a0_0 = lanes_load(r, y + r->yvoff[0], 0);
        a0_1 = lanes_load(r, y + r->yvoff[1], 1);
        a1_0 = lanes_load(r, y + 1 * ypix + r->yvoff[0], 0);
        a1_1 = lanes_load(r, y + 1 * ypix + r->yvoff[1], 1);
        a2_0 = lanes_load(r, y + 2 * ypix + r->yvoff[0], 0);
        a2_1 = lanes_load(r, y + 2 * ypix + r->yvoff[1], 1);
        a3_0 = lanes_load(r, y + 3 * ypix + r->yvoff[0], 0);
        a3_1 = lanes_load(r, y + 3 * ypix + r->yvoff[1], 1);
        a4_0 = lanes_load(r, y + 4 * ypix + r->yvoff[0], 0);
        a4_1 = lanes_load(r, y + 4 * ypix + r->yvoff[1], 1);
        a5_0 = lanes_load(r, y + 5 * ypix + r->yvoff[0], 0);
        a5_1 = lanes_load(r, y + 5 * ypix + r->yvoff[1], 1);
        a6_0 = lanes_load(r, y + 6 * ypix + r->yvoff[0], 0);
        a6_1 = lanes_load(r, y + 6 * ypix + r->yvoff[1], 1);
        a7_0 = lanes_load(r, y + 7 * ypix + r->yvoff[0], 0);
        a7_1 = lanes_load(r, y + 7 * ypix + r->yvoff[1], 1);
        a8_0 = lanes_load(r, y + 8 * ypix + r->yvoff[0], 0);
        a8_1 = lanes_load(r, y + 8 * ypix + r->yvoff[1], 1);
        a9_0 = lanes_load(r, y + 9 * ypix + r->yvoff[0], 0);
        a9_1 = lanes_load(r, y + 9 * ypix + r->yvoff[1], 1);
        a10_0 = lanes_load(r, y + 10 * ypix + r->yvoff[0], 0);
        a10_1 = lanes_load(r, y + 10 * ypix + r->yvoff[1], 1);
        a11_0 = lanes_load(r, y + 11 * ypix + r->yvoff[0], 0);
        a11_1 = lanes_load(r, y + 11 * ypix + r->yvoff[1], 1);
    }
    const int cib = r->cib, cblk = r->cblk, coff = r->coff;
    const ptrdiff_t xch = r->xch;
    if (cib >= 32) {
        for (int ky = r->ky0; ky < r->ky1; ky++)
            for (int kx = 0; kx < r->kw; kx++) {
                const int cut = cuts[kx], pa = pas[kx];
                if (cut >= 0) {
                    const ptrdiff_t rowoff = ((ptrdiff_t)r->iy0 + (ptrdiff_t)ky * r->dil_h) * r->xrow;
                    const float *xt =
                        r->x + rowoff + (col0 + (ptrdiff_t)pa * r->stride_w + (ptrdiff_t)kx * r->dil_w) * r->xpix;
                    const float *wt = r->w + ((ptrdiff_t)ky * r->kw + kx) * cib * 8;
                    switch (cut) {
                    case 0: { /* columns [0, 12) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x0 = vld1q_dup_f32(xi);
                                a0_0 = vfmaq_f32(a0_0, x0, w0);
                                a0_1 = vfmaq_f32(a0_1, x0, w1);
                                const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                                a1_0 = vfmaq_f32(a1_0, x1, w0);
                                a1_1 = vfmaq_f32(a1_1, x1, w1);
                                const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 5 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 6 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 7 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                                const float32x4_t x8 = vld1q_dup_f32(xi + 8 * xp);
                                a8_0 = vfmaq_f32(a8_0, x8, w0);
                                a8_1 = vfmaq_f32(a8_1, x8, w1);
                                const float32x4_t x9 = vld1q_dup_f32(xi + 9 * xp);
                                a9_0 = vfmaq_f32(a9_0, x9, w0);
                                a9_1 = vfmaq_f32(a9_1, x9, w1);
                                const float32x4_t x10 = vld1q_dup_f32(xi + 10 * xp);
                                a10_0 = vfmaq_f32(a10_0, x10, w0);
                                a10_1 = vfmaq_f32(a10_1, x10, w1);
                                const float32x4_t x11 = vld1q_dup_f32(xi + 11 * xp);
                                a11_0 = vfmaq_f32(a11_0, x11, w0);
                                a11_1 = vfmaq_f32(a11_1, x11, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 1: { /* columns [0, 11) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x0 = vld1q_dup_f32(xi);
                                a0_0 = vfmaq_f32(a0_0, x0, w0);
                                a0_1 = vfmaq_f32(a0_1, x0, w1);
                                const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                                a1_0 = vfmaq_f32(a1_0, x1, w0);
                                a1_1 = vfmaq_f32(a1_1, x1, w1);
                                const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 5 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 6 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 7 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                                const float32x4_t x8 = vld1q_dup_f32(xi + 8 * xp);
                                a8_0 = vfmaq_f32(a8_0, x8, w0);
                                a8_1 = vfmaq_f32(a8_1, x8, w1);
                                const float32x4_t x9 = vld1q_dup_f32(xi + 9 * xp);
                                a9_0 = vfmaq_f32(a9_0, x9, w0);
                                a9_1 = vfmaq_f32(a9_1, x9, w1);
                                const float32x4_t x10 = vld1q_dup_f32(xi + 10 * xp);
                                a10_0 = vfmaq_f32(a10_0, x10, w0);
                                a10_1 = vfmaq_f32(a10_1, x10, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 2: { /* columns [0, 10) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x0 = vld1q_dup_f32(xi);
                                a0_0 = vfmaq_f32(a0_0, x0, w0);
                                a0_1 = vfmaq_f32(a0_1, x0, w1);
                                const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                                a1_0 = vfmaq_f32(a1_0, x1, w0);
                                a1_1 = vfmaq_f32(a1_1, x1, w1);
                                const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 5 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 6 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 7 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                                const float32x4_t x8 = vld1q_dup_f32(xi + 8 * xp);
                                a8_0 = vfmaq_f32(a8_0, x8, w0);
                                a8_1 = vfmaq_f32(a8_1, x8, w1);
                                const float32x4_t x9 = vld1q_dup_f32(xi + 9 * xp);
                                a9_0 = vfmaq_f32(a9_0, x9, w0);
                                a9_1 = vfmaq_f32(a9_1, x9, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 3: { /* columns [0, 9) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x0 = vld1q_dup_f32(xi);
                                a0_0 = vfmaq_f32(a0_0, x0, w0);
                                a0_1 = vfmaq_f32(a0_1, x0, w1);
                                const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                                a1_0 = vfmaq_f32(a1_0, x1, w0);
                                a1_1 = vfmaq_f32(a1_1, x1, w1);
                                const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 5 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 6 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 7 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                                const float32x4_t x8 = vld1q_dup_f32(xi + 8 * xp);
                                a8_0 = vfmaq_f32(a8_0, x8, w0);
                                a8_1 = vfmaq_f32(a8_1, x8, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 4: { /* columns [1, 12) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x1 = vld1q_dup_f32(xi);
                                a1_0 = vfmaq_f32(a1_0, x1, w0);
                                a1_1 = vfmaq_f32(a1_1, x1, w1);
                                const float32x4_t x2 = vld1q_dup_f32(xi + 1 * xp);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 2 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 3 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 4 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 5 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 6 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                                const float32x4_t x8 = vld1q_dup_f32(xi + 7 * xp);
                                a8_0 = vfmaq_f32(a8_0, x8, w0);
                                a8_1 = vfmaq_f32(a8_1, x8, w1);
                                const float32x4_t x9 = vld1q_dup_f32(xi + 8 * xp);
                                a9_0 = vfmaq_f32(a9_0, x9, w0);
                                a9_1 = vfmaq_f32(a9_1, x9, w1);
                                const float32x4_t x10 = vld1q_dup_f32(xi + 9 * xp);
                                a10_0 = vfmaq_f32(a10_0, x10, w0);
                                a10_1 = vfmaq_f32(a10_1, x10, w1);
                                const float32x4_t x11 = vld1q_dup_f32(xi + 10 * xp);
                                a11_0 = vfmaq_f32(a11_0, x11, w0);
                                a11_1 = vfmaq_f32(a11_1, x11, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 5: { /* columns [1, 11) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x1 = vld1q_dup_f32(xi);
                                a1_0 = vfmaq_f32(a1_0, x1, w0);
                                a1_1 = vfmaq_f32(a1_1, x1, w1);
                                const float32x4_t x2 = vld1q_dup_f32(xi + 1 * xp);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 2 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 3 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 4 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 5 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 6 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                                const float32x4_t x8 = vld1q_dup_f32(xi + 7 * xp);
                                a8_0 = vfmaq_f32(a8_0, x8, w0);
                                a8_1 = vfmaq_f32(a8_1, x8, w1);
                                const float32x4_t x9 = vld1q_dup_f32(xi + 8 * xp);
                                a9_0 = vfmaq_f32(a9_0, x9, w0);
                                a9_1 = vfmaq_f32(a9_1, x9, w1);
                                const float32x4_t x10 = vld1q_dup_f32(xi + 9 * xp);
                                a10_0 = vfmaq_f32(a10_0, x10, w0);
                                a10_1 = vfmaq_f32(a10_1, x10, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 6: { /* columns [1, 10) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x1 = vld1q_dup_f32(xi);
                                a1_0 = vfmaq_f32(a1_0, x1, w0);
                                a1_1 = vfmaq_f32(a1_1, x1, w1);
                                const float32x4_t x2 = vld1q_dup_f32(xi + 1 * xp);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 2 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 3 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 4 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 5 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 6 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                                const float32x4_t x8 = vld1q_dup_f32(xi + 7 * xp);
                                a8_0 = vfmaq_f32(a8_0, x8, w0);
                                a8_1 = vfmaq_f32(a8_1, x8, w1);
                                const float32x4_t x9 = vld1q_dup_f32(xi + 8 * xp);
                                a9_0 = vfmaq_f32(a9_0, x9, w0);
                                a9_1 = vfmaq_f32(a9_1, x9, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 7: { /* columns [1, 9) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x1 = vld1q_dup_f32(xi);
                                a1_0 = vfmaq_f32(a1_0, x1, w0);
                                a1_1 = vfmaq_f32(a1_1, x1, w1);
                                const float32x4_t x2 = vld1q_dup_f32(xi + 1 * xp);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 2 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 3 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 4 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 5 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 6 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                                const float32x4_t x8 = vld1q_dup_f32(xi + 7 * xp);
                                a8_0 = vfmaq_f32(a8_0, x8, w0);
                                a8_1 = vfmaq_f32(a8_1, x8, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 8: { /* columns [2, 12) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x2 = vld1q_dup_f32(xi);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 1 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 2 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 3 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 4 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 5 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                                const float32x4_t x8 = vld1q_dup_f32(xi + 6 * xp);
                                a8_0 = vfmaq_f32(a8_0, x8, w0);
                                a8_1 = vfmaq_f32(a8_1, x8, w1);
                                const float32x4_t x9 = vld1q_dup_f32(xi + 7 * xp);
                                a9_0 = vfmaq_f32(a9_0, x9, w0);
                                a9_1 = vfmaq_f32(a9_1, x9, w1);
                                const float32x4_t x10 = vld1q_dup_f32(xi + 8 * xp);
                                a10_0 = vfmaq_f32(a10_0, x10, w0);
                                a10_1 = vfmaq_f32(a10_1, x10, w1);
                                const float32x4_t x11 = vld1q_dup_f32(xi + 9 * xp);
                                a11_0 = vfmaq_f32(a11_0, x11, w0);
                                a11_1 = vfmaq_f32(a11_1, x11, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 9: { /* columns [2, 11) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x2 = vld1q_dup_f32(xi);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 1 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 2 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 3 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 4 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 5 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                                const float32x4_t x8 = vld1q_dup_f32(xi + 6 * xp);
                                a8_0 = vfmaq_f32(a8_0, x8, w0);
                                a8_1 = vfmaq_f32(a8_1, x8, w1);
                                const float32x4_t x9 = vld1q_dup_f32(xi + 7 * xp);
                                a9_0 = vfmaq_f32(a9_0, x9, w0);
                                a9_1 = vfmaq_f32(a9_1, x9, w1);
                                const float32x4_t x10 = vld1q_dup_f32(xi + 8 * xp);
                                a10_0 = vfmaq_f32(a10_0, x10, w0);
                                a10_1 = vfmaq_f32(a10_1, x10, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 10: { /* columns [2, 10) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x2 = vld1q_dup_f32(xi);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 1 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 2 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 3 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 4 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 5 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                                const float32x4_t x8 = vld1q_dup_f32(xi + 6 * xp);
                                a8_0 = vfmaq_f32(a8_0, x8, w0);
                                a8_1 = vfmaq_f32(a8_1, x8, w1);
                                const float32x4_t x9 = vld1q_dup_f32(xi + 7 * xp);
                                a9_0 = vfmaq_f32(a9_0, x9, w0);
                                a9_1 = vfmaq_f32(a9_1, x9, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 11: { /* columns [2, 9) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x2 = vld1q_dup_f32(xi);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 1 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 2 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 3 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 4 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 5 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                                const float32x4_t x8 = vld1q_dup_f32(xi + 6 * xp);
                                a8_0 = vfmaq_f32(a8_0, x8, w0);
                                a8_1 = vfmaq_f32(a8_1, x8, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 12: { /* columns [3, 12) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x3 = vld1q_dup_f32(xi);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 1 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 2 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 3 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 4 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                                const float32x4_t x8 = vld1q_dup_f32(xi + 5 * xp);
                                a8_0 = vfmaq_f32(a8_0, x8, w0);
                                a8_1 = vfmaq_f32(a8_1, x8, w1);
                                const float32x4_t x9 = vld1q_dup_f32(xi + 6 * xp);
                                a9_0 = vfmaq_f32(a9_0, x9, w0);
                                a9_1 = vfmaq_f32(a9_1, x9, w1);
                                const float32x4_t x10 = vld1q_dup_f32(xi + 7 * xp);
                                a10_0 = vfmaq_f32(a10_0, x10, w0);
                                a10_1 = vfmaq_f32(a10_1, x10, w1);
                                const float32x4_t x11 = vld1q_dup_f32(xi + 8 * xp);
                                a11_0 = vfmaq_f32(a11_0, x11, w0);
                                a11_1 = vfmaq_f32(a11_1, x11, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 13: { /* columns [3, 11) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x3 = vld1q_dup_f32(xi);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 1 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 2 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 3 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 4 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                                const float32x4_t x8 = vld1q_dup_f32(xi + 5 * xp);
                                a8_0 = vfmaq_f32(a8_0, x8, w0);
                                a8_1 = vfmaq_f32(a8_1, x8, w1);
                                const float32x4_t x9 = vld1q_dup_f32(xi + 6 * xp);
                                a9_0 = vfmaq_f32(a9_0, x9, w0);
                                a9_1 = vfmaq_f32(a9_1, x9, w1);
                                const float32x4_t x10 = vld1q_dup_f32(xi + 7 * xp);
                                a10_0 = vfmaq_f32(a10_0, x10, w0);
                                a10_1 = vfmaq_f32(a10_1, x10, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 14: { /* columns [3, 10) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x3 = vld1q_dup_f32(xi);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 1 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 2 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 3 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 4 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                                const float32x4_t x8 = vld1q_dup_f32(xi + 5 * xp);
                                a8_0 = vfmaq_f32(a8_0, x8, w0);
                                a8_1 = vfmaq_f32(a8_1, x8, w1);
                                const float32x4_t x9 = vld1q_dup_f32(xi + 6 * xp);
                                a9_0 = vfmaq_f32(a9_0, x9, w0);
                                a9_1 = vfmaq_f32(a9_1, x9, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 15: { /* columns [3, 9) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x3 = vld1q_dup_f32(xi);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 1 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 2 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 3 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 4 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                                const float32x4_t x8 = vld1q_dup_f32(xi + 5 * xp);
                                a8_0 = vfmaq_f32(a8_0, x8, w0);
                                a8_1 = vfmaq_f32(a8_1, x8, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    default:
                        break;
                    }
                }
            }
    } else {
        for (int kx = 0; kx < r->kw; kx++) {
            const int cut = cuts[kx], pa = pas[kx];
            if (cut < 0) continue;
            for (int ky = r->ky0; ky < r->ky1; ky++) {
                const ptrdiff_t rowoff = ((ptrdiff_t)r->iy0 + (ptrdiff_t)ky * r->dil_h) * r->xrow;
                const float *xt =
                    r->x + rowoff + (col0 + (ptrdiff_t)pa * r->stride_w + (ptrdiff_t)kx * r->dil_w) * r->xpix;
                const float *wt = r->w + ((ptrdiff_t)ky * r->kw + kx) * cib * 8;
                switch (cut) {
                case 0: { /* columns [0, 12) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x0 = vld1q_dup_f32(xi);
                            a0_0 = vfmaq_f32(a0_0, x0, w0);
                            a0_1 = vfmaq_f32(a0_1, x0, w1);
                            const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                            a1_0 = vfmaq_f32(a1_0, x1, w0);
                            a1_1 = vfmaq_f32(a1_1, x1, w1);
                            const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 5 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 6 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 7 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                            const float32x4_t x8 = vld1q_dup_f32(xi + 8 * xp);
                            a8_0 = vfmaq_f32(a8_0, x8, w0);
                            a8_1 = vfmaq_f32(a8_1, x8, w1);
                            const float32x4_t x9 = vld1q_dup_f32(xi + 9 * xp);
                            a9_0 = vfmaq_f32(a9_0, x9, w0);
                            a9_1 = vfmaq_f32(a9_1, x9, w1);
                            const float32x4_t x10 = vld1q_dup_f32(xi + 10 * xp);
                            a10_0 = vfmaq_f32(a10_0, x10, w0);
                            a10_1 = vfmaq_f32(a10_1, x10, w1);
                            const float32x4_t x11 = vld1q_dup_f32(xi + 11 * xp);
                            a11_0 = vfmaq_f32(a11_0, x11, w0);
                            a11_1 = vfmaq_f32(a11_1, x11, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 1: { /* columns [0, 11) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x0 = vld1q_dup_f32(xi);
                            a0_0 = vfmaq_f32(a0_0, x0, w0);
                            a0_1 = vfmaq_f32(a0_1, x0, w1);
                            const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                            a1_0 = vfmaq_f32(a1_0, x1, w0);
                            a1_1 = vfmaq_f32(a1_1, x1, w1);
                            const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 5 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 6 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 7 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                            const float32x4_t x8 = vld1q_dup_f32(xi + 8 * xp);
                            a8_0 = vfmaq_f32(a8_0, x8, w0);
                            a8_1 = vfmaq_f32(a8_1, x8, w1);
                            const float32x4_t x9 = vld1q_dup_f32(xi + 9 * xp);
                            a9_0 = vfmaq_f32(a9_0, x9, w0);
                            a9_1 = vfmaq_f32(a9_1, x9, w1);
                            const float32x4_t x10 = vld1q_dup_f32(xi + 10 * xp);
                            a10_0 = vfmaq_f32(a10_0, x10, w0);
                            a10_1 = vfmaq_f32(a10_1, x10, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 2: { /* columns [0, 10) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x0 = vld1q_dup_f32(xi);
                            a0_0 = vfmaq_f32(a0_0, x0, w0);
                            a0_1 = vfmaq_f32(a0_1, x0, w1);
                            const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                            a1_0 = vfmaq_f32(a1_0, x1, w0);
                            a1_1 = vfmaq_f32(a1_1, x1, w1);
                            const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 5 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 6 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 7 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                            const float32x4_t x8 = vld1q_dup_f32(xi + 8 * xp);
                            a8_0 = vfmaq_f32(a8_0, x8, w0);
                            a8_1 = vfmaq_f32(a8_1, x8, w1);
                            const float32x4_t x9 = vld1q_dup_f32(xi + 9 * xp);
                            a9_0 = vfmaq_f32(a9_0, x9, w0);
                            a9_1 = vfmaq_f32(a9_1, x9, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 3: { /* columns [0, 9) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x0 = vld1q_dup_f32(xi);
                            a0_0 = vfmaq_f32(a0_0, x0, w0);
                            a0_1 = vfmaq_f32(a0_1, x0, w1);
                            const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                            a1_0 = vfmaq_f32(a1_0, x1, w0);
                            a1_1 = vfmaq_f32(a1_1, x1, w1);
                            const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 5 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 6 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 7 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                            const float32x4_t x8 = vld1q_dup_f32(xi + 8 * xp);
                            a8_0 = vfmaq_f32(a8_0, x8, w0);
                            a8_1 = vfmaq_f32(a8_1, x8, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 4: { /* columns [1, 12) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x1 = vld1q_dup_f32(xi);
                            a1_0 = vfmaq_f32(a1_0, x1, w0);
                            a1_1 = vfmaq_f32(a1_1, x1, w1);
                            const float32x4_t x2 = vld1q_dup_f32(xi + 1 * xp);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 2 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 3 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 4 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 5 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 6 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                            const float32x4_t x8 = vld1q_dup_f32(xi + 7 * xp);
                            a8_0 = vfmaq_f32(a8_0, x8, w0);
                            a8_1 = vfmaq_f32(a8_1, x8, w1);
                            const float32x4_t x9 = vld1q_dup_f32(xi + 8 * xp);
                            a9_0 = vfmaq_f32(a9_0, x9, w0);
                            a9_1 = vfmaq_f32(a9_1, x9, w1);
                            const float32x4_t x10 = vld1q_dup_f32(xi + 9 * xp);
                            a10_0 = vfmaq_f32(a10_0, x10, w0);
                            a10_1 = vfmaq_f32(a10_1, x10, w1);
                            const float32x4_t x11 = vld1q_dup_f32(xi + 10 * xp);
                            a11_0 = vfmaq_f32(a11_0, x11, w0);
                            a11_1 = vfmaq_f32(a11_1, x11, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 5: { /* columns [1, 11) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x1 = vld1q_dup_f32(xi);
                            a1_0 = vfmaq_f32(a1_0, x1, w0);
                            a1_1 = vfmaq_f32(a1_1, x1, w1);
                            const float32x4_t x2 = vld1q_dup_f32(xi + 1 * xp);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 2 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 3 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 4 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 5 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 6 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                            const float32x4_t x8 = vld1q_dup_f32(xi + 7 * xp);
                            a8_0 = vfmaq_f32(a8_0, x8, w0);
                            a8_1 = vfmaq_f32(a8_1, x8, w1);
                            const float32x4_t x9 = vld1q_dup_f32(xi + 8 * xp);
                            a9_0 = vfmaq_f32(a9_0, x9, w0);
                            a9_1 = vfmaq_f32(a9_1, x9, w1);
                            const float32x4_t x10 = vld1q_dup_f32(xi + 9 * xp);
                            a10_0 = vfmaq_f32(a10_0, x10, w0);
                            a10_1 = vfmaq_f32(a10_1, x10, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 6: { /* columns [1, 10) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x1 = vld1q_dup_f32(xi);
                            a1_0 = vfmaq_f32(a1_0, x1, w0);
                            a1_1 = vfmaq_f32(a1_1, x1, w1);
                            const float32x4_t x2 = vld1q_dup_f32(xi + 1 * xp);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 2 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 3 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 4 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 5 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 6 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                            const float32x4_t x8 = vld1q_dup_f32(xi + 7 * xp);
                            a8_0 = vfmaq_f32(a8_0, x8, w0);
                            a8_1 = vfmaq_f32(a8_1, x8, w1);
                            const float32x4_t x9 = vld1q_dup_f32(xi + 8 * xp);
                            a9_0 = vfmaq_f32(a9_0, x9, w0);
                            a9_1 = vfmaq_f32(a9_1, x9, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 7: { /* columns [1, 9) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x1 = vld1q_dup_f32(xi);
                            a1_0 = vfmaq_f32(a1_0, x1, w0);
                            a1_1 = vfmaq_f32(a1_1, x1, w1);
                            const float32x4_t x2 = vld1q_dup_f32(xi + 1 * xp);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 2 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 3 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 4 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 5 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 6 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                            const float32x4_t x8 = vld1q_dup_f32(xi + 7 * xp);
                            a8_0 = vfmaq_f32(a8_0, x8, w0);
                            a8_1 = vfmaq_f32(a8_1, x8, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 8: { /* columns [2, 12) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x2 = vld1q_dup_f32(xi);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 1 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 2 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 3 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 4 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 5 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                            const float32x4_t x8 = vld1q_dup_f32(xi + 6 * xp);
                            a8_0 = vfmaq_f32(a8_0, x8, w0);
                            a8_1 = vfmaq_f32(a8_1, x8, w1);
                            const float32x4_t x9 = vld1q_dup_f32(xi + 7 * xp);
                            a9_0 = vfmaq_f32(a9_0, x9, w0);
                            a9_1 = vfmaq_f32(a9_1, x9, w1);
                            const float32x4_t x10 = vld1q_dup_f32(xi + 8 * xp);
                            a10_0 = vfmaq_f32(a10_0, x10, w0);
                            a10_1 = vfmaq_f32(a10_1, x10, w1);
                            const float32x4_t x11 = vld1q_dup_f32(xi + 9 * xp);
                            a11_0 = vfmaq_f32(a11_0, x11, w0);
                            a11_1 = vfmaq_f32(a11_1, x11, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 9: { /* columns [2, 11) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x2 = vld1q_dup_f32(xi);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 1 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 2 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 3 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 4 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 5 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                            const float32x4_t x8 = vld1q_dup_f32(xi + 6 * xp);
                            a8_0 = vfmaq_f32(a8_0, x8, w0);
                            a8_1 = vfmaq_f32(a8_1, x8, w1);
                            const float32x4_t x9 = vld1q_dup_f32(xi + 7 * xp);
                            a9_0 = vfmaq_f32(a9_0, x9, w0);
                            a9_1 = vfmaq_f32(a9_1, x9, w1);
                            const float32x4_t x10 = vld1q_dup_f32(xi + 8 * xp);
                            a10_0 = vfmaq_f32(a10_0, x10, w0);
                            a10_1 = vfmaq_f32(a10_1, x10, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 10: { /* columns [2, 10) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x2 = vld1q_dup_f32(xi);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 1 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 2 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 3 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 4 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 5 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                            const float32x4_t x8 = vld1q_dup_f32(xi + 6 * xp);
                            a8_0 = vfmaq_f32(a8_0, x8, w0);
                            a8_1 = vfmaq_f32(a8_1, x8, w1);
                            const float32x4_t x9 = vld1q_dup_f32(xi + 7 * xp);
                            a9_0 = vfmaq_f32(a9_0, x9, w0);
                            a9_1 = vfmaq_f32(a9_1, x9, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 11: { /* columns [2, 9) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x2 = vld1q_dup_f32(xi);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 1 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 2 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 3 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 4 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 5 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                            const float32x4_t x8 = vld1q_dup_f32(xi + 6 * xp);
                            a8_0 = vfmaq_f32(a8_0, x8, w0);
                            a8_1 = vfmaq_f32(a8_1, x8, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 12: { /* columns [3, 12) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x3 = vld1q_dup_f32(xi);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 1 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 2 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 3 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 4 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                            const float32x4_t x8 = vld1q_dup_f32(xi + 5 * xp);
                            a8_0 = vfmaq_f32(a8_0, x8, w0);
                            a8_1 = vfmaq_f32(a8_1, x8, w1);
                            const float32x4_t x9 = vld1q_dup_f32(xi + 6 * xp);
                            a9_0 = vfmaq_f32(a9_0, x9, w0);
                            a9_1 = vfmaq_f32(a9_1, x9, w1);
                            const float32x4_t x10 = vld1q_dup_f32(xi + 7 * xp);
                            a10_0 = vfmaq_f32(a10_0, x10, w0);
                            a10_1 = vfmaq_f32(a10_1, x10, w1);
                            const float32x4_t x11 = vld1q_dup_f32(xi + 8 * xp);
                            a11_0 = vfmaq_f32(a11_0, x11, w0);
                            a11_1 = vfmaq_f32(a11_1, x11, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 13: { /* columns [3, 11) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x3 = vld1q_dup_f32(xi);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 1 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 2 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 3 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 4 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                            const float32x4_t x8 = vld1q_dup_f32(xi + 5 * xp);
                            a8_0 = vfmaq_f32(a8_0, x8, w0);
                            a8_1 = vfmaq_f32(a8_1, x8, w1);
                            const float32x4_t x9 = vld1q_dup_f32(xi + 6 * xp);
                            a9_0 = vfmaq_f32(a9_0, x9, w0);
                            a9_1 = vfmaq_f32(a9_1, x9, w1);
                            const float32x4_t x10 = vld1q_dup_f32(xi + 7 * xp);
                            a10_0 = vfmaq_f32(a10_0, x10, w0);
                            a10_1 = vfmaq_f32(a10_1, x10, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 14: { /* columns [3, 10) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x3 = vld1q_dup_f32(xi);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 1 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 2 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 3 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 4 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                            const float32x4_t x8 = vld1q_dup_f32(xi + 5 * xp);
                            a8_0 = vfmaq_f32(a8_0, x8, w0);
                            a8_1 = vfmaq_f32(a8_1, x8, w1);
                            const float32x4_t x9 = vld1q_dup_f32(xi + 6 * xp);
                            a9_0 = vfmaq_f32(a9_0, x9, w0);
                            a9_1 = vfmaq_f32(a9_1, x9, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 15: { /* columns [3, 9) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x3 = vld1q_dup_f32(xi);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 1 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 2 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 3 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 4 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                            const float32x4_t x8 = vld1q_dup_f32(xi + 5 * xp);
                            a8_0 = vfmaq_f32(a8_0, x8, w0);
                            a8_1 = vfmaq_f32(a8_1, x8, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                default:
                    break;
                }
            }
        }
    }
    if (r->last && r->relu) {
        a0_0 = vmaxq_f32(a0_0, vdupq_n_f32(0.0f));
        a0_1 = vmaxq_f32(a0_1, vdupq_n_f32(0.0f));
        a1_0 = vmaxq_f32(a1_0, vdupq_n_f32(0.0f));
        a1_1 = vmaxq_f32(a1_1, vdupq_n_f32(0.0f));
        a2_0 = vmaxq_f32(a2_0, vdupq_n_f32(0.0f));
        a2_1 = vmaxq_f32(a2_1, vdupq_n_f32(0.0f));
        a3_0 = vmaxq_f32(a3_0, vdupq_n_f32(0.0f));
        a3_1 = vmaxq_f32(a3_1, vdupq_n_f32(0.0f));
        a4_0 = vmaxq_f32(a4_0, vdupq_n_f32(0.0f));
        a4_1 = vmaxq_f32(a4_1, vdupq_n_f32(0.0f));
        a5_0 = vmaxq_f32(a5_0, vdupq_n_f32(0.0f));
        a5_1 = vmaxq_f32(a5_1, vdupq_n_f32(0.0f));
        a6_0 = vmaxq_f32(a6_0, vdupq_n_f32(0.0f));
        a6_1 = vmaxq_f32(a6_1, vdupq_n_f32(0.0f));
        a7_0 = vmaxq_f32(a7_0, vdupq_n_f32(0.0f));
        a7_1 = vmaxq_f32(a7_1, vdupq_n_f32(0.0f));
        a8_0 = vmaxq_f32(a8_0, vdupq_n_f32(0.0f));
        a8_1 = vmaxq_f32(a8_1, vdupq_n_f32(0.0f));
        a9_0 = vmaxq_f32(a9_0, vdupq_n_f32(0.0f));
        a9_1 = vmaxq_f32(a9_1, vdupq_n_f32(0.0f));
        a10_0 = vmaxq_f32(a10_0, vdupq_n_f32(0.0f));
        a10_1 = vmaxq_f32(a10_1, vdupq_n_f32(0.0f));
        a11_0 = vmaxq_f32(a11_0, vdupq_n_f32(0.0f));
        a11_1 = vmaxq_f32(a11_1, vdupq_n_f32(0.0f));
    }
    if (!r->ylanes) {
        vst1q_f32(y + r->yvoff[0], a0_0);
        vst1q_f32(y + r->yvoff[1], a0_1);
        vst1q_f32(y + 1 * ypix + r->yvoff[0], a1_0);
        vst1q_f32(y + 1 * ypix + r->yvoff[1], a1_1);
        vst1q_f32(y + 2 * ypix + r->yvoff[0], a2_0);
        vst1q_f32(y + 2 * ypix + r->yvoff[1], a2_1);
        vst1q_f32(y + 3 * ypix + r->yvoff[0], a3_0);
        vst1q_f32(y + 3 * ypix + r->yvoff[1], a3_1);
        vst1q_f32(y + 4 * ypix + r->yvoff[0], a4_0);
        vst1q_f32(y + 4 * ypix + r->yvoff[1], a4_1);
        vst1q_f32(y + 5 * ypix + r->yvoff[0], a5_0);
        vst1q_f32(y + 5 * ypix + r->yvoff[1], a5_1);
        vst1q_f32(y + 6 * ypix + r->yvoff[0], a6_0);
        vst1q_f32(y + 6 * ypix + r->yvoff[1], a6_1);
        vst1q_f32(y + 7 * ypix + r->yvoff[0], a7_0);
        vst1q_f32(y + 7 * ypix + r->yvoff[1], a7_1);
        vst1q_f32(y + 8 * ypix + r->yvoff[0], a8_0);
        vst1q_f32(y + 8 * ypix + r->yvoff[1], a8_1);
        vst1q_f32(y + 9 * ypix + r->yvoff[0], a9_0);
        vst1q_f32(y + 9 * ypix + r->yvoff[1], a9_1);
        vst1q_f32(y + 10 * ypix + r->yvoff[0], a10_0);
        vst1q_f32(y + 10 * ypix + r->yvoff[1], a10_1);
        vst1q_f32(y + 11 * ypix + r->yvoff[0], a11_0);
        vst1q_f32(y + 11 * ypix + r->yvoff[1], a11_1);
    } else {
        lanes_store(r, y + r->yvoff[0], 0, a0_0);
        lanes_store(r, y + r->yvoff[1], 1, a0_1);
        lanes_store(r, y + 1 * ypix + r->yvoff[0], 0, a1_0);
        lanes_store(r, y + 1 * ypix + r->yvoff[1], 1, a1_1);
        lanes_store(r, y + 2 * ypix + r->yvoff[0], 0, a2_0);
        lanes_store(r, y + 2 * ypix + r->yvoff[1], 1, a2_1);
        lanes_store(r, y + 3 * ypix + r->yvoff[0], 0, a3_0);
        lanes_store(r, y + 3 * ypix + r->yvoff[1], 1, a3_1);
        lanes_store(r, y + 4 * ypix + r->yvoff[0], 0, a4_0);
        lanes_store(r, y + 4 * ypix + r->yvoff[1], 1, a4_1);
        lanes_store(r, y + 5 * ypix + r->yvoff[0], 0, a5_0);
        lanes_store(r, y + 5 * ypix + r->yvoff[1], 1, a5_1);
        lanes_store(r, y + 6 * ypix + r->yvoff[0], 0, a6_0);
        lanes_store(r, y + 6 * ypix + r->yvoff[1], 1, a6_1);
        lanes_store(r, y + 7 * ypix + r->yvoff[0], 0, a7_0);
        lanes_store(r, y + 7 * ypix + r->yvoff[1], 1, a7_1);
        lanes_store(r, y + 8 * ypix + r->yvoff[0], 0, a8_0);
        lanes_store(r, y + 8 * ypix + r->yvoff[1], 1, a8_1);
        lanes_store(r, y + 9 * ypix + r->yvoff[0], 0, a9_0);
        lanes_store(r, y + 9 * ypix + r->yvoff[1], 1, a9_1);
        lanes_store(r, y + 10 * ypix + r->yvoff[0], 0, a10_0);
        lanes_store(r, y + 10 * ypix + r->yvoff[1], 1, a10_1);
        lanes_store(r, y + 11 * ypix + r->yvoff[0], 0, a11_0);
        lanes_store(r, y + 11 * ypix + r->yvoff[1], 1, a11_1);
    }
    return true;
}

/* 13 columns, a run of nblk interior blocks with merge_kx (rows.c has
 * checked that they are): per kernel row one reduction over kw * C.  The
 * next block's input is prefetched when the reduction is long enough to
 * hide it (VGG's 3x3 layers 2-5 % faster; short ones, C = 3 or 1x1 with 64
 * channels, lost). */
static __attribute__((noinline)) void lmc_f32_direct_conv_8cx14w_merged13__neon(const lmc_direct_row *r, int ox0,
                                                                                int nblk)
{
    for (const int ox_end = ox0 + nblk * 13; ox0 < ox_end; ox0 += 13) {
        const ptrdiff_t ypix = r->ypix, xp = (ptrdiff_t)r->stride_w * r->xpix;
        const ptrdiff_t col0 = (ptrdiff_t)ox0 * r->stride_w - r->pad_left;
        float *y = r->y + (ptrdiff_t)ox0 * ypix;
        float32x4_t a0_0, a0_1;
        float32x4_t a1_0, a1_1;
        float32x4_t a2_0, a2_1;
        float32x4_t a3_0, a3_1;
        float32x4_t a4_0, a4_1;
        float32x4_t a5_0, a5_1;
        float32x4_t a6_0, a6_1;
        float32x4_t a7_0, a7_1;
        float32x4_t a8_0, a8_1;
        float32x4_t a9_0, a9_1;
        float32x4_t a10_0, a10_1;
        float32x4_t a11_0, a11_1;
        float32x4_t a12_0, a12_1;
        if (r->first) {
            const float32x4_t bb0 = r->bias ? vld1q_f32(r->bias) : vdupq_n_f32(0.0f);
            const float32x4_t bb1 = r->bias ? vld1q_f32(r->bias + 4) : vdupq_n_f32(0.0f);
            a0_0 = bb0;
            a0_1 = bb1;
            a1_0 = bb0;
            a1_1 = bb1;
            a2_0 = bb0;
            a2_1 = bb1;
            a3_0 = bb0;
            a3_1 = bb1;
            a4_0 = bb0;
            a4_1 = bb1;
            a5_0 = bb0;
            a5_1 = bb1;
            a6_0 = bb0;
            a6_1 = bb1;
            a7_0 = bb0;
            a7_1 = bb1;
            a8_0 = bb0;
            a8_1 = bb1;
            a9_0 = bb0;
            a9_1 = bb1;
            a10_0 = bb0;
            a10_1 = bb1;
            a11_0 = bb0;
            a11_1 = bb1;
            a12_0 = bb0;
            a12_1 = bb1;
        } else if (!r->ylanes) {
            a0_0 = vld1q_f32(y + r->yvoff[0]);
            a0_1 = vld1q_f32(y + r->yvoff[1]);
            a1_0 = vld1q_f32(y + 1 * ypix + r->yvoff[0]);
            a1_1 = vld1q_f32(y + 1 * ypix + r->yvoff[1]);
            a2_0 = vld1q_f32(y + 2 * ypix + r->yvoff[0]);
            a2_1 = vld1q_f32(y + 2 * ypix + r->yvoff[1]);
            a3_0 = vld1q_f32(y + 3 * ypix + r->yvoff[0]);
            a3_1 = vld1q_f32(y + 3 * ypix + r->yvoff[1]);
            a4_0 = vld1q_f32(y + 4 * ypix + r->yvoff[0]);
            a4_1 = vld1q_f32(y + 4 * ypix + r->yvoff[1]);
            a5_0 = vld1q_f32(y + 5 * ypix + r->yvoff[0]);
            a5_1 = vld1q_f32(y + 5 * ypix + r->yvoff[1]);
            a6_0 = vld1q_f32(y + 6 * ypix + r->yvoff[0]);
            a6_1 = vld1q_f32(y + 6 * ypix + r->yvoff[1]);
            a7_0 = vld1q_f32(y + 7 * ypix + r->yvoff[0]);
            a7_1 = vld1q_f32(y + 7 * ypix + r->yvoff[1]);
            a8_0 = vld1q_f32(y + 8 * ypix + r->yvoff[0]);
            a8_1 = vld1q_f32(y + 8 * ypix + r->yvoff[1]);
            a9_0 = vld1q_f32(y + 9 * ypix + r->yvoff[0]);
            a9_1 = vld1q_f32(y + 9 * ypix + r->yvoff[1]);
            a10_0 = vld1q_f32(y + 10 * ypix + r->yvoff[0]);
            a10_1 = vld1q_f32(y + 10 * ypix + r->yvoff[1]);
            a11_0 = vld1q_f32(y + 11 * ypix + r->yvoff[0]);
            a11_1 = vld1q_f32(y + 11 * ypix + r->yvoff[1]);
            a12_0 = vld1q_f32(y + 12 * ypix + r->yvoff[0]);
            a12_1 = vld1q_f32(y + 12 * ypix + r->yvoff[1]);
        } else {
            a0_0 = lanes_load(r, y + r->yvoff[0], 0);
            a0_1 = lanes_load(r, y + r->yvoff[1], 1);
            a1_0 = lanes_load(r, y + 1 * ypix + r->yvoff[0], 0);
            a1_1 = lanes_load(r, y + 1 * ypix + r->yvoff[1], 1);
            a2_0 = lanes_load(r, y + 2 * ypix + r->yvoff[0], 0);
            a2_1 = lanes_load(r, y + 2 * ypix + r->yvoff[1], 1);
            a3_0 = lanes_load(r, y + 3 * ypix + r->yvoff[0], 0);
            a3_1 = lanes_load(r, y + 3 * ypix + r->yvoff[1], 1);
            a4_0 = lanes_load(r, y + 4 * ypix + r->yvoff[0], 0);
            a4_1 = lanes_load(r, y + 4 * ypix + r->yvoff[1], 1);
            a5_0 = lanes_load(r, y + 5 * ypix + r->yvoff[0], 0);
            a5_1 = lanes_load(r, y + 5 * ypix + r->yvoff[1], 1);
            a6_0 = lanes_load(r, y + 6 * ypix + r->yvoff[0], 0);
            a6_1 = lanes_load(r, y + 6 * ypix + r->yvoff[1], 1);
            a7_0 = lanes_load(r, y + 7 * ypix + r->yvoff[0], 0);
            a7_1 = lanes_load(r, y + 7 * ypix + r->yvoff[1], 1);
            a8_0 = lanes_load(r, y + 8 * ypix + r->yvoff[0], 0);
            a8_1 = lanes_load(r, y + 8 * ypix + r->yvoff[1], 1);
            a9_0 = lanes_load(r, y + 9 * ypix + r->yvoff[0], 0);
            a9_1 = lanes_load(r, y + 9 * ypix + r->yvoff[1], 1);
            a10_0 = lanes_load(r, y + 10 * ypix + r->yvoff[0], 0);
            a10_1 = lanes_load(r, y + 10 * ypix + r->yvoff[1], 1);
            a11_0 = lanes_load(r, y + 11 * ypix + r->yvoff[0], 0);
            a11_1 = lanes_load(r, y + 11 * ypix + r->yvoff[1], 1);
            a12_0 = lanes_load(r, y + 12 * ypix + r->yvoff[0], 0);
            a12_1 = lanes_load(r, y + 12 * ypix + r->yvoff[1], 1);
        }
        const int n = r->kw * r->cib;
        const ptrdiff_t next = 13 * xp;
        if (r->kw > 1 && n >= 128) {
            for (int ky = r->ky0; ky < r->ky1; ky++) {
                const float *xt =
                    r->x + ((ptrdiff_t)r->iy0 + (ptrdiff_t)ky * r->dil_h) * r->xrow + col0 * r->xpix;
                const float *wi = r->w + (ptrdiff_t)ky * n * 8;
#pragma GCC unroll 4
                for (int ii = 0; ii < n; ii++, wi += 8) {
                    const float *xi = xt + ii;
                    if ((ii & 15) == 0) {
                        __builtin_prefetch(xi + next, 0, 3);
                        __builtin_prefetch(xi + next + 1 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 2 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 3 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 4 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 5 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 6 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 7 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 8 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 9 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 10 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 11 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 12 * xp, 0, 3);
                    }
                    const float32x4_t w0 = vld1q_f32(wi);
                    const float32x4_t w1 = vld1q_f32(wi + 4);
                    const float32x4_t x0 = vld1q_dup_f32(xi);
                    a0_0 = vfmaq_f32(a0_0, x0, w0);
                    a0_1 = vfmaq_f32(a0_1, x0, w1);
                    const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                    a1_0 = vfmaq_f32(a1_0, x1, w0);
                    a1_1 = vfmaq_f32(a1_1, x1, w1);
                    const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                    a2_0 = vfmaq_f32(a2_0, x2, w0);
                    a2_1 = vfmaq_f32(a2_1, x2, w1);
                    const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                    a3_0 = vfmaq_f32(a3_0, x3, w0);
                    a3_1 = vfmaq_f32(a3_1, x3, w1);
                    const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                    a4_0 = vfmaq_f32(a4_0, x4, w0);
                    a4_1 = vfmaq_f32(a4_1, x4, w1);
                    const float32x4_t x5 = vld1q_dup_f32(xi + 5 * xp);
                    a5_0 = vfmaq_f32(a5_0, x5, w0);
                    a5_1 = vfmaq_f32(a5_1, x5, w1);
                    const float32x4_t x6 = vld1q_dup_f32(xi + 6 * xp);
                    a6_0 = vfmaq_f32(a6_0, x6, w0);
                    a6_1 = vfmaq_f32(a6_1, x6, w1);
                    const float32x4_t x7 = vld1q_dup_f32(xi + 7 * xp);
                    a7_0 = vfmaq_f32(a7_0, x7, w0);
                    a7_1 = vfmaq_f32(a7_1, x7, w1);
                    const float32x4_t x8 = vld1q_dup_f32(xi + 8 * xp);
                    a8_0 = vfmaq_f32(a8_0, x8, w0);
                    a8_1 = vfmaq_f32(a8_1, x8, w1);
                    const float32x4_t x9 = vld1q_dup_f32(xi + 9 * xp);
                    a9_0 = vfmaq_f32(a9_0, x9, w0);
                    a9_1 = vfmaq_f32(a9_1, x9, w1);
                    const float32x4_t x10 = vld1q_dup_f32(xi + 10 * xp);
                    a10_0 = vfmaq_f32(a10_0, x10, w0);
                    a10_1 = vfmaq_f32(a10_1, x10, w1);
                    const float32x4_t x11 = vld1q_dup_f32(xi + 11 * xp);
                    a11_0 = vfmaq_f32(a11_0, x11, w0);
                    a11_1 = vfmaq_f32(a11_1, x11, w1);
                    const float32x4_t x12 = vld1q_dup_f32(xi + 12 * xp);
                    a12_0 = vfmaq_f32(a12_0, x12, w0);
                    a12_1 = vfmaq_f32(a12_1, x12, w1);
                }
            }
        } else {
            for (int ky = r->ky0; ky < r->ky1; ky++) {
                const float *xt =
                    r->x + ((ptrdiff_t)r->iy0 + (ptrdiff_t)ky * r->dil_h) * r->xrow + col0 * r->xpix;
                const float *wi = r->w + (ptrdiff_t)ky * n * 8;
#pragma GCC unroll 4
                for (int ii = 0; ii < n; ii++, wi += 8) {
                    const float *xi = xt + ii;
                    const float32x4_t w0 = vld1q_f32(wi);
                    const float32x4_t w1 = vld1q_f32(wi + 4);
                    const float32x4_t x0 = vld1q_dup_f32(xi);
                    a0_0 = vfmaq_f32(a0_0, x0, w0);
                    a0_1 = vfmaq_f32(a0_1, x0, w1);
                    const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                    a1_0 = vfmaq_f32(a1_0, x1, w0);
                    a1_1 = vfmaq_f32(a1_1, x1, w1);
                    const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                    a2_0 = vfmaq_f32(a2_0, x2, w0);
                    a2_1 = vfmaq_f32(a2_1, x2, w1);
                    const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                    a3_0 = vfmaq_f32(a3_0, x3, w0);
                    a3_1 = vfmaq_f32(a3_1, x3, w1);
                    const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                    a4_0 = vfmaq_f32(a4_0, x4, w0);
                    a4_1 = vfmaq_f32(a4_1, x4, w1);
                    const float32x4_t x5 = vld1q_dup_f32(xi + 5 * xp);
                    a5_0 = vfmaq_f32(a5_0, x5, w0);
                    a5_1 = vfmaq_f32(a5_1, x5, w1);
                    const float32x4_t x6 = vld1q_dup_f32(xi + 6 * xp);
                    a6_0 = vfmaq_f32(a6_0, x6, w0);
                    a6_1 = vfmaq_f32(a6_1, x6, w1);
                    const float32x4_t x7 = vld1q_dup_f32(xi + 7 * xp);
                    a7_0 = vfmaq_f32(a7_0, x7, w0);
                    a7_1 = vfmaq_f32(a7_1, x7, w1);
                    const float32x4_t x8 = vld1q_dup_f32(xi + 8 * xp);
                    a8_0 = vfmaq_f32(a8_0, x8, w0);
                    a8_1 = vfmaq_f32(a8_1, x8, w1);
                    const float32x4_t x9 = vld1q_dup_f32(xi + 9 * xp);
                    a9_0 = vfmaq_f32(a9_0, x9, w0);
                    a9_1 = vfmaq_f32(a9_1, x9, w1);
                    const float32x4_t x10 = vld1q_dup_f32(xi + 10 * xp);
                    a10_0 = vfmaq_f32(a10_0, x10, w0);
                    a10_1 = vfmaq_f32(a10_1, x10, w1);
                    const float32x4_t x11 = vld1q_dup_f32(xi + 11 * xp);
                    a11_0 = vfmaq_f32(a11_0, x11, w0);
                    a11_1 = vfmaq_f32(a11_1, x11, w1);
                    const float32x4_t x12 = vld1q_dup_f32(xi + 12 * xp);
                    a12_0 = vfmaq_f32(a12_0, x12, w0);
                    a12_1 = vfmaq_f32(a12_1, x12, w1);
                }
            }
        }
        if (r->last && r->relu) {
            a0_0 = vmaxq_f32(a0_0, vdupq_n_f32(0.0f));
            a0_1 = vmaxq_f32(a0_1, vdupq_n_f32(0.0f));
            a1_0 = vmaxq_f32(a1_0, vdupq_n_f32(0.0f));
            a1_1 = vmaxq_f32(a1_1, vdupq_n_f32(0.0f));
            a2_0 = vmaxq_f32(a2_0, vdupq_n_f32(0.0f));
            a2_1 = vmaxq_f32(a2_1, vdupq_n_f32(0.0f));
            a3_0 = vmaxq_f32(a3_0, vdupq_n_f32(0.0f));
            a3_1 = vmaxq_f32(a3_1, vdupq_n_f32(0.0f));
            a4_0 = vmaxq_f32(a4_0, vdupq_n_f32(0.0f));
            a4_1 = vmaxq_f32(a4_1, vdupq_n_f32(0.0f));
            a5_0 = vmaxq_f32(a5_0, vdupq_n_f32(0.0f));
            a5_1 = vmaxq_f32(a5_1, vdupq_n_f32(0.0f));
            a6_0 = vmaxq_f32(a6_0, vdupq_n_f32(0.0f));
            a6_1 = vmaxq_f32(a6_1, vdupq_n_f32(0.0f));
            a7_0 = vmaxq_f32(a7_0, vdupq_n_f32(0.0f));
            a7_1 = vmaxq_f32(a7_1, vdupq_n_f32(0.0f));
            a8_0 = vmaxq_f32(a8_0, vdupq_n_f32(0.0f));
            a8_1 = vmaxq_f32(a8_1, vdupq_n_f32(0.0f));
            a9_0 = vmaxq_f32(a9_0, vdupq_n_f32(0.0f));
            a9_1 = vmaxq_f32(a9_1, vdupq_n_f32(0.0f));
            a10_0 = vmaxq_f32(a10_0, vdupq_n_f32(0.0f));
            a10_1 = vmaxq_f32(a10_1, vdupq_n_f32(0.0f));
            a11_0 = vmaxq_f32(a11_0, vdupq_n_f32(0.0f));
            a11_1 = vmaxq_f32(a11_1, vdupq_n_f32(0.0f));
            a12_0 = vmaxq_f32(a12_0, vdupq_n_f32(0.0f));
            a12_1 = vmaxq_f32(a12_1, vdupq_n_f32(0.0f));
        }
        if (!r->ylanes) {
            vst1q_f32(y + r->yvoff[0], a0_0);
            vst1q_f32(y + r->yvoff[1], a0_1);
            vst1q_f32(y + 1 * ypix + r->yvoff[0], a1_0);
            vst1q_f32(y + 1 * ypix + r->yvoff[1], a1_1);
            vst1q_f32(y + 2 * ypix + r->yvoff[0], a2_0);
            vst1q_f32(y + 2 * ypix + r->yvoff[1], a2_1);
            vst1q_f32(y + 3 * ypix + r->yvoff[0], a3_0);
            vst1q_f32(y + 3 * ypix + r->yvoff[1], a3_1);
            vst1q_f32(y + 4 * ypix + r->yvoff[0], a4_0);
            vst1q_f32(y + 4 * ypix + r->yvoff[1], a4_1);
            vst1q_f32(y + 5 * ypix + r->yvoff[0], a5_0);
            vst1q_f32(y + 5 * ypix + r->yvoff[1], a5_1);
            vst1q_f32(y + 6 * ypix + r->yvoff[0], a6_0);
            vst1q_f32(y + 6 * ypix + r->yvoff[1], a6_1);
            vst1q_f32(y + 7 * ypix + r->yvoff[0], a7_0);
            vst1q_f32(y + 7 * ypix + r->yvoff[1], a7_1);
            vst1q_f32(y + 8 * ypix + r->yvoff[0], a8_0);
            vst1q_f32(y + 8 * ypix + r->yvoff[1], a8_1);
            vst1q_f32(y + 9 * ypix + r->yvoff[0], a9_0);
            vst1q_f32(y + 9 * ypix + r->yvoff[1], a9_1);
            vst1q_f32(y + 10 * ypix + r->yvoff[0], a10_0);
            vst1q_f32(y + 10 * ypix + r->yvoff[1], a10_1);
            vst1q_f32(y + 11 * ypix + r->yvoff[0], a11_0);
            vst1q_f32(y + 11 * ypix + r->yvoff[1], a11_1);
            vst1q_f32(y + 12 * ypix + r->yvoff[0], a12_0);
            vst1q_f32(y + 12 * ypix + r->yvoff[1], a12_1);
        } else {
            lanes_store(r, y + r->yvoff[0], 0, a0_0);
            lanes_store(r, y + r->yvoff[1], 1, a0_1);
            lanes_store(r, y + 1 * ypix + r->yvoff[0], 0, a1_0);
            lanes_store(r, y + 1 * ypix + r->yvoff[1], 1, a1_1);
            lanes_store(r, y + 2 * ypix + r->yvoff[0], 0, a2_0);
            lanes_store(r, y + 2 * ypix + r->yvoff[1], 1, a2_1);
            lanes_store(r, y + 3 * ypix + r->yvoff[0], 0, a3_0);
            lanes_store(r, y + 3 * ypix + r->yvoff[1], 1, a3_1);
            lanes_store(r, y + 4 * ypix + r->yvoff[0], 0, a4_0);
            lanes_store(r, y + 4 * ypix + r->yvoff[1], 1, a4_1);
            lanes_store(r, y + 5 * ypix + r->yvoff[0], 0, a5_0);
            lanes_store(r, y + 5 * ypix + r->yvoff[1], 1, a5_1);
            lanes_store(r, y + 6 * ypix + r->yvoff[0], 0, a6_0);
            lanes_store(r, y + 6 * ypix + r->yvoff[1], 1, a6_1);
            lanes_store(r, y + 7 * ypix + r->yvoff[0], 0, a7_0);
            lanes_store(r, y + 7 * ypix + r->yvoff[1], 1, a7_1);
            lanes_store(r, y + 8 * ypix + r->yvoff[0], 0, a8_0);
            lanes_store(r, y + 8 * ypix + r->yvoff[1], 1, a8_1);
            lanes_store(r, y + 9 * ypix + r->yvoff[0], 0, a9_0);
            lanes_store(r, y + 9 * ypix + r->yvoff[1], 1, a9_1);
            lanes_store(r, y + 10 * ypix + r->yvoff[0], 0, a10_0);
            lanes_store(r, y + 10 * ypix + r->yvoff[1], 1, a10_1);
            lanes_store(r, y + 11 * ypix + r->yvoff[0], 0, a11_0);
            lanes_store(r, y + 11 * ypix + r->yvoff[1], 1, a11_1);
            lanes_store(r, y + 12 * ypix + r->yvoff[0], 0, a12_0);
            lanes_store(r, y + 12 * ypix + r->yvoff[1], 1, a12_1);
        }
    }
}

/* 13 columns tap by tap, any block; false (nothing done) if a tap cuts
 * more than 3 columns at either end or kw > 16.  With long taps (cib >=
 * 32) in the order of the weights, ky then kx: a kernel row's input stays
 * in L1 over its kw taps.  Short taps keep kx outer: the cut, hence the
 * switch's target, then repeats over ky (the 7x7 first layer with C = 3
 * lost 2-4 % with ky outer). */
static __attribute__((noinline)) bool lmc_f32_direct_conv_8cx14w_taps13__neon(const lmc_direct_row *r,
                                                                              int ox0)
{
    const bool inner = lmc_direct_block_interior(r, ox0, 13);
    signed char pas[16], cuts[16];
    if (r->kw > 16) return false;
    for (int kx = 0; kx < r->kw; kx++) {
        int pa = 0, pb = 13;
        if (!inner) lmc_direct_tap_cols(r, kx, ox0, 13, &pa, &pb);
        const int cut = cut_case(pa, pb, 13);
        if (pa < pb && cut < 0) return false;
        pas[kx] = (signed char)pa;
        cuts[kx] = (signed char)(pa < pb ? cut : -1);
    }
    const ptrdiff_t ypix = r->ypix, xp = (ptrdiff_t)r->stride_w * r->xpix;
    const ptrdiff_t col0 = (ptrdiff_t)ox0 * r->stride_w - r->pad_left;
    float *y = r->y + (ptrdiff_t)ox0 * ypix;
    float32x4_t a0_0, a0_1;
    float32x4_t a1_0, a1_1;
    float32x4_t a2_0, a2_1;
    float32x4_t a3_0, a3_1;
    float32x4_t a4_0, a4_1;
    float32x4_t a5_0, a5_1;
    float32x4_t a6_0, a6_1;
    float32x4_t a7_0, a7_1;
    float32x4_t a8_0, a8_1;
    float32x4_t a9_0, a9_1;
    float32x4_t a10_0, a10_1;
    float32x4_t a11_0, a11_1;
    float32x4_t a12_0, a12_1;
    if (r->first) {
        const float32x4_t bb0 = r->bias ? vld1q_f32(r->bias) : vdupq_n_f32(0.0f);
        const float32x4_t bb1 = r->bias ? vld1q_f32(r->bias + 4) : vdupq_n_f32(0.0f);
        a0_0 = bb0;
        a0_1 = bb1;
        a1_0 = bb0;
        a1_1 = bb1;
        a2_0 = bb0;
        a2_1 = bb1;
        a3_0 = bb0;
        a3_1 = bb1;
        a4_0 = bb0;
        a4_1 = bb1;
        a5_0 = bb0;
        a5_1 = bb1;
        a6_0 = bb0;
        a6_1 = bb1;
        a7_0 = bb0;
        a7_1 = bb1;
        a8_0 = bb0;
        a8_1 = bb1;
        a9_0 = bb0;
        a9_1 = bb1;
        a10_0 = bb0;
        a10_1 = bb1;
        a11_0 = bb0;
        a11_1 = bb1;
        a12_0 = bb0;
        a12_1 = bb1;
    } else if (!r->ylanes) {
        a0_0 = vld1q_f32(y + r->yvoff[0]);
        a0_1 = vld1q_f32(y + r->yvoff[1]);
        a1_0 = vld1q_f32(y + 1 * ypix + r->yvoff[0]);
        a1_1 = vld1q_f32(y + 1 * ypix + r->yvoff[1]);
        a2_0 = vld1q_f32(y + 2 * ypix + r->yvoff[0]);
        a2_1 = vld1q_f32(y + 2 * ypix + r->yvoff[1]);
        a3_0 = vld1q_f32(y + 3 * ypix + r->yvoff[0]);
        a3_1 = vld1q_f32(y + 3 * ypix + r->yvoff[1]);
        a4_0 = vld1q_f32(y + 4 * ypix + r->yvoff[0]);
        a4_1 = vld1q_f32(y + 4 * ypix + r->yvoff[1]);
        a5_0 = vld1q_f32(y + 5 * ypix + r->yvoff[0]);
        a5_1 = vld1q_f32(y + 5 * ypix + r->yvoff[1]);
        a6_0 = vld1q_f32(y + 6 * ypix + r->yvoff[0]);
        a6_1 = vld1q_f32(y + 6 * ypix + r->yvoff[1]);
        a7_0 = vld1q_f32(y + 7 * ypix + r->yvoff[0]);
        a7_1 = vld1q_f32(y + 7 * ypix + r->yvoff[1]);
        a8_0 = vld1q_f32(y + 8 * ypix + r->yvoff[0]);
        a8_1 = vld1q_f32(y + 8 * ypix + r->yvoff[1]);
        a9_0 = vld1q_f32(y + 9 * ypix + r->yvoff[0]);
        a9_1 = vld1q_f32(y + 9 * ypix + r->yvoff[1]);
        a10_0 = vld1q_f32(y + 10 * ypix + r->yvoff[0]);
        a10_1 = vld1q_f32(y + 10 * ypix + r->yvoff[1]);
        a11_0 = vld1q_f32(y + 11 * ypix + r->yvoff[0]);
        a11_1 = vld1q_f32(y + 11 * ypix + r->yvoff[1]);
        a12_0 = vld1q_f32(y + 12 * ypix + r->yvoff[0]);
        a12_1 = vld1q_f32(y + 12 * ypix + r->yvoff[1]);
    } else {
        a0_0 = lanes_load(r, y + r->yvoff[0], 0);
        a0_1 = lanes_load(r, y + r->yvoff[1], 1);
        a1_0 = lanes_load(r, y + 1 * ypix + r->yvoff[0], 0);
        a1_1 = lanes_load(r, y + 1 * ypix + r->yvoff[1], 1);
        a2_0 = lanes_load(r, y + 2 * ypix + r->yvoff[0], 0);
        a2_1 = lanes_load(r, y + 2 * ypix + r->yvoff[1], 1);
        a3_0 = lanes_load(r, y + 3 * ypix + r->yvoff[0], 0);
        a3_1 = lanes_load(r, y + 3 * ypix + r->yvoff[1], 1);
        a4_0 = lanes_load(r, y + 4 * ypix + r->yvoff[0], 0);
        a4_1 = lanes_load(r, y + 4 * ypix + r->yvoff[1], 1);
        a5_0 = lanes_load(r, y + 5 * ypix + r->yvoff[0], 0);
        a5_1 = lanes_load(r, y + 5 * ypix + r->yvoff[1], 1);
        a6_0 = lanes_load(r, y + 6 * ypix + r->yvoff[0], 0);
        a6_1 = lanes_load(r, y + 6 * ypix + r->yvoff[1], 1);
        a7_0 = lanes_load(r, y + 7 * ypix + r->yvoff[0], 0);
        a7_1 = lanes_load(r, y + 7 * ypix + r->yvoff[1], 1);
        a8_0 = lanes_load(r, y + 8 * ypix + r->yvoff[0], 0);
        a8_1 = lanes_load(r, y + 8 * ypix + r->yvoff[1], 1);
        a9_0 = lanes_load(r, y + 9 * ypix + r->yvoff[0], 0);
        a9_1 = lanes_load(r, y + 9 * ypix + r->yvoff[1], 1);
        a10_0 = lanes_load(r, y + 10 * ypix + r->yvoff[0], 0);
        a10_1 = lanes_load(r, y + 10 * ypix + r->yvoff[1], 1);
        a11_0 = lanes_load(r, y + 11 * ypix + r->yvoff[0], 0);
        a11_1 = lanes_load(r, y + 11 * ypix + r->yvoff[1], 1);
        a12_0 = lanes_load(r, y + 12 * ypix + r->yvoff[0], 0);
        a12_1 = lanes_load(r, y + 12 * ypix + r->yvoff[1], 1);
    }
    const int cib = r->cib, cblk = r->cblk, coff = r->coff;
    const ptrdiff_t xch = r->xch;
    if (cib >= 32) {
        for (int ky = r->ky0; ky < r->ky1; ky++)
            for (int kx = 0; kx < r->kw; kx++) {
                const int cut = cuts[kx], pa = pas[kx];
                if (cut >= 0) {
                    const ptrdiff_t rowoff = ((ptrdiff_t)r->iy0 + (ptrdiff_t)ky * r->dil_h) * r->xrow;
                    const float *xt =
                        r->x + rowoff + (col0 + (ptrdiff_t)pa * r->stride_w + (ptrdiff_t)kx * r->dil_w) * r->xpix;
                    const float *wt = r->w + ((ptrdiff_t)ky * r->kw + kx) * cib * 8;
                    switch (cut) {
                    case 0: { /* columns [0, 13) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x0 = vld1q_dup_f32(xi);
                                a0_0 = vfmaq_f32(a0_0, x0, w0);
                                a0_1 = vfmaq_f32(a0_1, x0, w1);
                                const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                                a1_0 = vfmaq_f32(a1_0, x1, w0);
                                a1_1 = vfmaq_f32(a1_1, x1, w1);
                                const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 5 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 6 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 7 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                                const float32x4_t x8 = vld1q_dup_f32(xi + 8 * xp);
                                a8_0 = vfmaq_f32(a8_0, x8, w0);
                                a8_1 = vfmaq_f32(a8_1, x8, w1);
                                const float32x4_t x9 = vld1q_dup_f32(xi + 9 * xp);
                                a9_0 = vfmaq_f32(a9_0, x9, w0);
                                a9_1 = vfmaq_f32(a9_1, x9, w1);
                                const float32x4_t x10 = vld1q_dup_f32(xi + 10 * xp);
                                a10_0 = vfmaq_f32(a10_0, x10, w0);
                                a10_1 = vfmaq_f32(a10_1, x10, w1);
                                const float32x4_t x11 = vld1q_dup_f32(xi + 11 * xp);
                                a11_0 = vfmaq_f32(a11_0, x11, w0);
                                a11_1 = vfmaq_f32(a11_1, x11, w1);
                                const float32x4_t x12 = vld1q_dup_f32(xi + 12 * xp);
                                a12_0 = vfmaq_f32(a12_0, x12, w0);
                                a12_1 = vfmaq_f32(a12_1, x12, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 1: { /* columns [0, 12) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x0 = vld1q_dup_f32(xi);
                                a0_0 = vfmaq_f32(a0_0, x0, w0);
                                a0_1 = vfmaq_f32(a0_1, x0, w1);
                                const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                                a1_0 = vfmaq_f32(a1_0, x1, w0);
                                a1_1 = vfmaq_f32(a1_1, x1, w1);
                                const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 5 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 6 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 7 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                                const float32x4_t x8 = vld1q_dup_f32(xi + 8 * xp);
                                a8_0 = vfmaq_f32(a8_0, x8, w0);
                                a8_1 = vfmaq_f32(a8_1, x8, w1);
                                const float32x4_t x9 = vld1q_dup_f32(xi + 9 * xp);
                                a9_0 = vfmaq_f32(a9_0, x9, w0);
                                a9_1 = vfmaq_f32(a9_1, x9, w1);
                                const float32x4_t x10 = vld1q_dup_f32(xi + 10 * xp);
                                a10_0 = vfmaq_f32(a10_0, x10, w0);
                                a10_1 = vfmaq_f32(a10_1, x10, w1);
                                const float32x4_t x11 = vld1q_dup_f32(xi + 11 * xp);
                                a11_0 = vfmaq_f32(a11_0, x11, w0);
                                a11_1 = vfmaq_f32(a11_1, x11, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 2: { /* columns [0, 11) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x0 = vld1q_dup_f32(xi);
                                a0_0 = vfmaq_f32(a0_0, x0, w0);
                                a0_1 = vfmaq_f32(a0_1, x0, w1);
                                const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                                a1_0 = vfmaq_f32(a1_0, x1, w0);
                                a1_1 = vfmaq_f32(a1_1, x1, w1);
                                const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 5 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 6 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 7 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                                const float32x4_t x8 = vld1q_dup_f32(xi + 8 * xp);
                                a8_0 = vfmaq_f32(a8_0, x8, w0);
                                a8_1 = vfmaq_f32(a8_1, x8, w1);
                                const float32x4_t x9 = vld1q_dup_f32(xi + 9 * xp);
                                a9_0 = vfmaq_f32(a9_0, x9, w0);
                                a9_1 = vfmaq_f32(a9_1, x9, w1);
                                const float32x4_t x10 = vld1q_dup_f32(xi + 10 * xp);
                                a10_0 = vfmaq_f32(a10_0, x10, w0);
                                a10_1 = vfmaq_f32(a10_1, x10, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 3: { /* columns [0, 10) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x0 = vld1q_dup_f32(xi);
                                a0_0 = vfmaq_f32(a0_0, x0, w0);
                                a0_1 = vfmaq_f32(a0_1, x0, w1);
                                const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                                a1_0 = vfmaq_f32(a1_0, x1, w0);
                                a1_1 = vfmaq_f32(a1_1, x1, w1);
                                const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 5 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 6 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 7 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                                const float32x4_t x8 = vld1q_dup_f32(xi + 8 * xp);
                                a8_0 = vfmaq_f32(a8_0, x8, w0);
                                a8_1 = vfmaq_f32(a8_1, x8, w1);
                                const float32x4_t x9 = vld1q_dup_f32(xi + 9 * xp);
                                a9_0 = vfmaq_f32(a9_0, x9, w0);
                                a9_1 = vfmaq_f32(a9_1, x9, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 4: { /* columns [1, 13) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x1 = vld1q_dup_f32(xi);
                                a1_0 = vfmaq_f32(a1_0, x1, w0);
                                a1_1 = vfmaq_f32(a1_1, x1, w1);
                                const float32x4_t x2 = vld1q_dup_f32(xi + 1 * xp);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 2 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 3 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 4 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 5 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 6 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                                const float32x4_t x8 = vld1q_dup_f32(xi + 7 * xp);
                                a8_0 = vfmaq_f32(a8_0, x8, w0);
                                a8_1 = vfmaq_f32(a8_1, x8, w1);
                                const float32x4_t x9 = vld1q_dup_f32(xi + 8 * xp);
                                a9_0 = vfmaq_f32(a9_0, x9, w0);
                                a9_1 = vfmaq_f32(a9_1, x9, w1);
                                const float32x4_t x10 = vld1q_dup_f32(xi + 9 * xp);
                                a10_0 = vfmaq_f32(a10_0, x10, w0);
                                a10_1 = vfmaq_f32(a10_1, x10, w1);
                                const float32x4_t x11 = vld1q_dup_f32(xi + 10 * xp);
                                a11_0 = vfmaq_f32(a11_0, x11, w0);
                                a11_1 = vfmaq_f32(a11_1, x11, w1);
                                const float32x4_t x12 = vld1q_dup_f32(xi + 11 * xp);
                                a12_0 = vfmaq_f32(a12_0, x12, w0);
                                a12_1 = vfmaq_f32(a12_1, x12, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 5: { /* columns [1, 12) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x1 = vld1q_dup_f32(xi);
                                a1_0 = vfmaq_f32(a1_0, x1, w0);
                                a1_1 = vfmaq_f32(a1_1, x1, w1);
                                const float32x4_t x2 = vld1q_dup_f32(xi + 1 * xp);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 2 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 3 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 4 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 5 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 6 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                                const float32x4_t x8 = vld1q_dup_f32(xi + 7 * xp);
                                a8_0 = vfmaq_f32(a8_0, x8, w0);
                                a8_1 = vfmaq_f32(a8_1, x8, w1);
                                const float32x4_t x9 = vld1q_dup_f32(xi + 8 * xp);
                                a9_0 = vfmaq_f32(a9_0, x9, w0);
                                a9_1 = vfmaq_f32(a9_1, x9, w1);
                                const float32x4_t x10 = vld1q_dup_f32(xi + 9 * xp);
                                a10_0 = vfmaq_f32(a10_0, x10, w0);
                                a10_1 = vfmaq_f32(a10_1, x10, w1);
                                const float32x4_t x11 = vld1q_dup_f32(xi + 10 * xp);
                                a11_0 = vfmaq_f32(a11_0, x11, w0);
                                a11_1 = vfmaq_f32(a11_1, x11, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 6: { /* columns [1, 11) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x1 = vld1q_dup_f32(xi);
                                a1_0 = vfmaq_f32(a1_0, x1, w0);
                                a1_1 = vfmaq_f32(a1_1, x1, w1);
                                const float32x4_t x2 = vld1q_dup_f32(xi + 1 * xp);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 2 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 3 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 4 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 5 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 6 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                                const float32x4_t x8 = vld1q_dup_f32(xi + 7 * xp);
                                a8_0 = vfmaq_f32(a8_0, x8, w0);
                                a8_1 = vfmaq_f32(a8_1, x8, w1);
                                const float32x4_t x9 = vld1q_dup_f32(xi + 8 * xp);
                                a9_0 = vfmaq_f32(a9_0, x9, w0);
                                a9_1 = vfmaq_f32(a9_1, x9, w1);
                                const float32x4_t x10 = vld1q_dup_f32(xi + 9 * xp);
                                a10_0 = vfmaq_f32(a10_0, x10, w0);
                                a10_1 = vfmaq_f32(a10_1, x10, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 7: { /* columns [1, 10) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x1 = vld1q_dup_f32(xi);
                                a1_0 = vfmaq_f32(a1_0, x1, w0);
                                a1_1 = vfmaq_f32(a1_1, x1, w1);
                                const float32x4_t x2 = vld1q_dup_f32(xi + 1 * xp);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 2 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 3 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 4 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 5 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 6 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                                const float32x4_t x8 = vld1q_dup_f32(xi + 7 * xp);
                                a8_0 = vfmaq_f32(a8_0, x8, w0);
                                a8_1 = vfmaq_f32(a8_1, x8, w1);
                                const float32x4_t x9 = vld1q_dup_f32(xi + 8 * xp);
                                a9_0 = vfmaq_f32(a9_0, x9, w0);
                                a9_1 = vfmaq_f32(a9_1, x9, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 8: { /* columns [2, 13) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x2 = vld1q_dup_f32(xi);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 1 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 2 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 3 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 4 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 5 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                                const float32x4_t x8 = vld1q_dup_f32(xi + 6 * xp);
                                a8_0 = vfmaq_f32(a8_0, x8, w0);
                                a8_1 = vfmaq_f32(a8_1, x8, w1);
                                const float32x4_t x9 = vld1q_dup_f32(xi + 7 * xp);
                                a9_0 = vfmaq_f32(a9_0, x9, w0);
                                a9_1 = vfmaq_f32(a9_1, x9, w1);
                                const float32x4_t x10 = vld1q_dup_f32(xi + 8 * xp);
                                a10_0 = vfmaq_f32(a10_0, x10, w0);
                                a10_1 = vfmaq_f32(a10_1, x10, w1);
                                const float32x4_t x11 = vld1q_dup_f32(xi + 9 * xp);
                                a11_0 = vfmaq_f32(a11_0, x11, w0);
                                a11_1 = vfmaq_f32(a11_1, x11, w1);
                                const float32x4_t x12 = vld1q_dup_f32(xi + 10 * xp);
                                a12_0 = vfmaq_f32(a12_0, x12, w0);
                                a12_1 = vfmaq_f32(a12_1, x12, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 9: { /* columns [2, 12) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x2 = vld1q_dup_f32(xi);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 1 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 2 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 3 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 4 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 5 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                                const float32x4_t x8 = vld1q_dup_f32(xi + 6 * xp);
                                a8_0 = vfmaq_f32(a8_0, x8, w0);
                                a8_1 = vfmaq_f32(a8_1, x8, w1);
                                const float32x4_t x9 = vld1q_dup_f32(xi + 7 * xp);
                                a9_0 = vfmaq_f32(a9_0, x9, w0);
                                a9_1 = vfmaq_f32(a9_1, x9, w1);
                                const float32x4_t x10 = vld1q_dup_f32(xi + 8 * xp);
                                a10_0 = vfmaq_f32(a10_0, x10, w0);
                                a10_1 = vfmaq_f32(a10_1, x10, w1);
                                const float32x4_t x11 = vld1q_dup_f32(xi + 9 * xp);
                                a11_0 = vfmaq_f32(a11_0, x11, w0);
                                a11_1 = vfmaq_f32(a11_1, x11, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 10: { /* columns [2, 11) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x2 = vld1q_dup_f32(xi);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 1 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 2 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 3 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 4 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 5 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                                const float32x4_t x8 = vld1q_dup_f32(xi + 6 * xp);
                                a8_0 = vfmaq_f32(a8_0, x8, w0);
                                a8_1 = vfmaq_f32(a8_1, x8, w1);
                                const float32x4_t x9 = vld1q_dup_f32(xi + 7 * xp);
                                a9_0 = vfmaq_f32(a9_0, x9, w0);
                                a9_1 = vfmaq_f32(a9_1, x9, w1);
                                const float32x4_t x10 = vld1q_dup_f32(xi + 8 * xp);
                                a10_0 = vfmaq_f32(a10_0, x10, w0);
                                a10_1 = vfmaq_f32(a10_1, x10, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 11: { /* columns [2, 10) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x2 = vld1q_dup_f32(xi);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 1 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 2 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 3 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 4 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 5 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                                const float32x4_t x8 = vld1q_dup_f32(xi + 6 * xp);
                                a8_0 = vfmaq_f32(a8_0, x8, w0);
                                a8_1 = vfmaq_f32(a8_1, x8, w1);
                                const float32x4_t x9 = vld1q_dup_f32(xi + 7 * xp);
                                a9_0 = vfmaq_f32(a9_0, x9, w0);
                                a9_1 = vfmaq_f32(a9_1, x9, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 12: { /* columns [3, 13) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x3 = vld1q_dup_f32(xi);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 1 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 2 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 3 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 4 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                                const float32x4_t x8 = vld1q_dup_f32(xi + 5 * xp);
                                a8_0 = vfmaq_f32(a8_0, x8, w0);
                                a8_1 = vfmaq_f32(a8_1, x8, w1);
                                const float32x4_t x9 = vld1q_dup_f32(xi + 6 * xp);
                                a9_0 = vfmaq_f32(a9_0, x9, w0);
                                a9_1 = vfmaq_f32(a9_1, x9, w1);
                                const float32x4_t x10 = vld1q_dup_f32(xi + 7 * xp);
                                a10_0 = vfmaq_f32(a10_0, x10, w0);
                                a10_1 = vfmaq_f32(a10_1, x10, w1);
                                const float32x4_t x11 = vld1q_dup_f32(xi + 8 * xp);
                                a11_0 = vfmaq_f32(a11_0, x11, w0);
                                a11_1 = vfmaq_f32(a11_1, x11, w1);
                                const float32x4_t x12 = vld1q_dup_f32(xi + 9 * xp);
                                a12_0 = vfmaq_f32(a12_0, x12, w0);
                                a12_1 = vfmaq_f32(a12_1, x12, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 13: { /* columns [3, 12) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x3 = vld1q_dup_f32(xi);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 1 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 2 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 3 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 4 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                                const float32x4_t x8 = vld1q_dup_f32(xi + 5 * xp);
                                a8_0 = vfmaq_f32(a8_0, x8, w0);
                                a8_1 = vfmaq_f32(a8_1, x8, w1);
                                const float32x4_t x9 = vld1q_dup_f32(xi + 6 * xp);
                                a9_0 = vfmaq_f32(a9_0, x9, w0);
                                a9_1 = vfmaq_f32(a9_1, x9, w1);
                                const float32x4_t x10 = vld1q_dup_f32(xi + 7 * xp);
                                a10_0 = vfmaq_f32(a10_0, x10, w0);
                                a10_1 = vfmaq_f32(a10_1, x10, w1);
                                const float32x4_t x11 = vld1q_dup_f32(xi + 8 * xp);
                                a11_0 = vfmaq_f32(a11_0, x11, w0);
                                a11_1 = vfmaq_f32(a11_1, x11, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 14: { /* columns [3, 11) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x3 = vld1q_dup_f32(xi);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 1 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 2 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 3 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 4 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                                const float32x4_t x8 = vld1q_dup_f32(xi + 5 * xp);
                                a8_0 = vfmaq_f32(a8_0, x8, w0);
                                a8_1 = vfmaq_f32(a8_1, x8, w1);
                                const float32x4_t x9 = vld1q_dup_f32(xi + 6 * xp);
                                a9_0 = vfmaq_f32(a9_0, x9, w0);
                                a9_1 = vfmaq_f32(a9_1, x9, w1);
                                const float32x4_t x10 = vld1q_dup_f32(xi + 7 * xp);
                                a10_0 = vfmaq_f32(a10_0, x10, w0);
                                a10_1 = vfmaq_f32(a10_1, x10, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 15: { /* columns [3, 10) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x3 = vld1q_dup_f32(xi);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 1 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 2 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 3 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 4 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                                const float32x4_t x8 = vld1q_dup_f32(xi + 5 * xp);
                                a8_0 = vfmaq_f32(a8_0, x8, w0);
                                a8_1 = vfmaq_f32(a8_1, x8, w1);
                                const float32x4_t x9 = vld1q_dup_f32(xi + 6 * xp);
                                a9_0 = vfmaq_f32(a9_0, x9, w0);
                                a9_1 = vfmaq_f32(a9_1, x9, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    default:
                        break;
                    }
                }
            }
    } else {
        for (int kx = 0; kx < r->kw; kx++) {
            const int cut = cuts[kx], pa = pas[kx];
            if (cut < 0) continue;
            for (int ky = r->ky0; ky < r->ky1; ky++) {
                const ptrdiff_t rowoff = ((ptrdiff_t)r->iy0 + (ptrdiff_t)ky * r->dil_h) * r->xrow;
                const float *xt =
                    r->x + rowoff + (col0 + (ptrdiff_t)pa * r->stride_w + (ptrdiff_t)kx * r->dil_w) * r->xpix;
                const float *wt = r->w + ((ptrdiff_t)ky * r->kw + kx) * cib * 8;
                switch (cut) {
                case 0: { /* columns [0, 13) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x0 = vld1q_dup_f32(xi);
                            a0_0 = vfmaq_f32(a0_0, x0, w0);
                            a0_1 = vfmaq_f32(a0_1, x0, w1);
                            const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                            a1_0 = vfmaq_f32(a1_0, x1, w0);
                            a1_1 = vfmaq_f32(a1_1, x1, w1);
                            const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 5 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 6 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 7 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                            const float32x4_t x8 = vld1q_dup_f32(xi + 8 * xp);
                            a8_0 = vfmaq_f32(a8_0, x8, w0);
                            a8_1 = vfmaq_f32(a8_1, x8, w1);
                            const float32x4_t x9 = vld1q_dup_f32(xi + 9 * xp);
                            a9_0 = vfmaq_f32(a9_0, x9, w0);
                            a9_1 = vfmaq_f32(a9_1, x9, w1);
                            const float32x4_t x10 = vld1q_dup_f32(xi + 10 * xp);
                            a10_0 = vfmaq_f32(a10_0, x10, w0);
                            a10_1 = vfmaq_f32(a10_1, x10, w1);
                            const float32x4_t x11 = vld1q_dup_f32(xi + 11 * xp);
                            a11_0 = vfmaq_f32(a11_0, x11, w0);
                            a11_1 = vfmaq_f32(a11_1, x11, w1);
                            const float32x4_t x12 = vld1q_dup_f32(xi + 12 * xp);
                            a12_0 = vfmaq_f32(a12_0, x12, w0);
                            a12_1 = vfmaq_f32(a12_1, x12, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 1: { /* columns [0, 12) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x0 = vld1q_dup_f32(xi);
                            a0_0 = vfmaq_f32(a0_0, x0, w0);
                            a0_1 = vfmaq_f32(a0_1, x0, w1);
                            const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                            a1_0 = vfmaq_f32(a1_0, x1, w0);
                            a1_1 = vfmaq_f32(a1_1, x1, w1);
                            const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 5 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 6 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 7 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                            const float32x4_t x8 = vld1q_dup_f32(xi + 8 * xp);
                            a8_0 = vfmaq_f32(a8_0, x8, w0);
                            a8_1 = vfmaq_f32(a8_1, x8, w1);
                            const float32x4_t x9 = vld1q_dup_f32(xi + 9 * xp);
                            a9_0 = vfmaq_f32(a9_0, x9, w0);
                            a9_1 = vfmaq_f32(a9_1, x9, w1);
                            const float32x4_t x10 = vld1q_dup_f32(xi + 10 * xp);
                            a10_0 = vfmaq_f32(a10_0, x10, w0);
                            a10_1 = vfmaq_f32(a10_1, x10, w1);
                            const float32x4_t x11 = vld1q_dup_f32(xi + 11 * xp);
                            a11_0 = vfmaq_f32(a11_0, x11, w0);
                            a11_1 = vfmaq_f32(a11_1, x11, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 2: { /* columns [0, 11) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x0 = vld1q_dup_f32(xi);
                            a0_0 = vfmaq_f32(a0_0, x0, w0);
                            a0_1 = vfmaq_f32(a0_1, x0, w1);
                            const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                            a1_0 = vfmaq_f32(a1_0, x1, w0);
                            a1_1 = vfmaq_f32(a1_1, x1, w1);
                            const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 5 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 6 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 7 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                            const float32x4_t x8 = vld1q_dup_f32(xi + 8 * xp);
                            a8_0 = vfmaq_f32(a8_0, x8, w0);
                            a8_1 = vfmaq_f32(a8_1, x8, w1);
                            const float32x4_t x9 = vld1q_dup_f32(xi + 9 * xp);
                            a9_0 = vfmaq_f32(a9_0, x9, w0);
                            a9_1 = vfmaq_f32(a9_1, x9, w1);
                            const float32x4_t x10 = vld1q_dup_f32(xi + 10 * xp);
                            a10_0 = vfmaq_f32(a10_0, x10, w0);
                            a10_1 = vfmaq_f32(a10_1, x10, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 3: { /* columns [0, 10) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x0 = vld1q_dup_f32(xi);
                            a0_0 = vfmaq_f32(a0_0, x0, w0);
                            a0_1 = vfmaq_f32(a0_1, x0, w1);
                            const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                            a1_0 = vfmaq_f32(a1_0, x1, w0);
                            a1_1 = vfmaq_f32(a1_1, x1, w1);
                            const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 5 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 6 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 7 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                            const float32x4_t x8 = vld1q_dup_f32(xi + 8 * xp);
                            a8_0 = vfmaq_f32(a8_0, x8, w0);
                            a8_1 = vfmaq_f32(a8_1, x8, w1);
                            const float32x4_t x9 = vld1q_dup_f32(xi + 9 * xp);
                            a9_0 = vfmaq_f32(a9_0, x9, w0);
                            a9_1 = vfmaq_f32(a9_1, x9, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 4: { /* columns [1, 13) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x1 = vld1q_dup_f32(xi);
                            a1_0 = vfmaq_f32(a1_0, x1, w0);
                            a1_1 = vfmaq_f32(a1_1, x1, w1);
                            const float32x4_t x2 = vld1q_dup_f32(xi + 1 * xp);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 2 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 3 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 4 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 5 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 6 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                            const float32x4_t x8 = vld1q_dup_f32(xi + 7 * xp);
                            a8_0 = vfmaq_f32(a8_0, x8, w0);
                            a8_1 = vfmaq_f32(a8_1, x8, w1);
                            const float32x4_t x9 = vld1q_dup_f32(xi + 8 * xp);
                            a9_0 = vfmaq_f32(a9_0, x9, w0);
                            a9_1 = vfmaq_f32(a9_1, x9, w1);
                            const float32x4_t x10 = vld1q_dup_f32(xi + 9 * xp);
                            a10_0 = vfmaq_f32(a10_0, x10, w0);
                            a10_1 = vfmaq_f32(a10_1, x10, w1);
                            const float32x4_t x11 = vld1q_dup_f32(xi + 10 * xp);
                            a11_0 = vfmaq_f32(a11_0, x11, w0);
                            a11_1 = vfmaq_f32(a11_1, x11, w1);
                            const float32x4_t x12 = vld1q_dup_f32(xi + 11 * xp);
                            a12_0 = vfmaq_f32(a12_0, x12, w0);
                            a12_1 = vfmaq_f32(a12_1, x12, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 5: { /* columns [1, 12) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x1 = vld1q_dup_f32(xi);
                            a1_0 = vfmaq_f32(a1_0, x1, w0);
                            a1_1 = vfmaq_f32(a1_1, x1, w1);
                            const float32x4_t x2 = vld1q_dup_f32(xi + 1 * xp);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 2 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 3 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 4 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 5 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 6 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                            const float32x4_t x8 = vld1q_dup_f32(xi + 7 * xp);
                            a8_0 = vfmaq_f32(a8_0, x8, w0);
                            a8_1 = vfmaq_f32(a8_1, x8, w1);
                            const float32x4_t x9 = vld1q_dup_f32(xi + 8 * xp);
                            a9_0 = vfmaq_f32(a9_0, x9, w0);
                            a9_1 = vfmaq_f32(a9_1, x9, w1);
                            const float32x4_t x10 = vld1q_dup_f32(xi + 9 * xp);
                            a10_0 = vfmaq_f32(a10_0, x10, w0);
                            a10_1 = vfmaq_f32(a10_1, x10, w1);
                            const float32x4_t x11 = vld1q_dup_f32(xi + 10 * xp);
                            a11_0 = vfmaq_f32(a11_0, x11, w0);
                            a11_1 = vfmaq_f32(a11_1, x11, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 6: { /* columns [1, 11) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x1 = vld1q_dup_f32(xi);
                            a1_0 = vfmaq_f32(a1_0, x1, w0);
                            a1_1 = vfmaq_f32(a1_1, x1, w1);
                            const float32x4_t x2 = vld1q_dup_f32(xi + 1 * xp);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 2 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 3 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 4 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 5 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 6 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                            const float32x4_t x8 = vld1q_dup_f32(xi + 7 * xp);
                            a8_0 = vfmaq_f32(a8_0, x8, w0);
                            a8_1 = vfmaq_f32(a8_1, x8, w1);
                            const float32x4_t x9 = vld1q_dup_f32(xi + 8 * xp);
                            a9_0 = vfmaq_f32(a9_0, x9, w0);
                            a9_1 = vfmaq_f32(a9_1, x9, w1);
                            const float32x4_t x10 = vld1q_dup_f32(xi + 9 * xp);
                            a10_0 = vfmaq_f32(a10_0, x10, w0);
                            a10_1 = vfmaq_f32(a10_1, x10, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 7: { /* columns [1, 10) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x1 = vld1q_dup_f32(xi);
                            a1_0 = vfmaq_f32(a1_0, x1, w0);
                            a1_1 = vfmaq_f32(a1_1, x1, w1);
                            const float32x4_t x2 = vld1q_dup_f32(xi + 1 * xp);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 2 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 3 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 4 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 5 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 6 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                            const float32x4_t x8 = vld1q_dup_f32(xi + 7 * xp);
                            a8_0 = vfmaq_f32(a8_0, x8, w0);
                            a8_1 = vfmaq_f32(a8_1, x8, w1);
                            const float32x4_t x9 = vld1q_dup_f32(xi + 8 * xp);
                            a9_0 = vfmaq_f32(a9_0, x9, w0);
                            a9_1 = vfmaq_f32(a9_1, x9, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 8: { /* columns [2, 13) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x2 = vld1q_dup_f32(xi);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 1 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 2 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 3 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 4 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 5 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                            const float32x4_t x8 = vld1q_dup_f32(xi + 6 * xp);
                            a8_0 = vfmaq_f32(a8_0, x8, w0);
                            a8_1 = vfmaq_f32(a8_1, x8, w1);
                            const float32x4_t x9 = vld1q_dup_f32(xi + 7 * xp);
                            a9_0 = vfmaq_f32(a9_0, x9, w0);
                            a9_1 = vfmaq_f32(a9_1, x9, w1);
                            const float32x4_t x10 = vld1q_dup_f32(xi + 8 * xp);
                            a10_0 = vfmaq_f32(a10_0, x10, w0);
                            a10_1 = vfmaq_f32(a10_1, x10, w1);
                            const float32x4_t x11 = vld1q_dup_f32(xi + 9 * xp);
                            a11_0 = vfmaq_f32(a11_0, x11, w0);
                            a11_1 = vfmaq_f32(a11_1, x11, w1);
                            const float32x4_t x12 = vld1q_dup_f32(xi + 10 * xp);
                            a12_0 = vfmaq_f32(a12_0, x12, w0);
                            a12_1 = vfmaq_f32(a12_1, x12, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 9: { /* columns [2, 12) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x2 = vld1q_dup_f32(xi);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 1 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 2 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 3 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 4 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 5 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                            const float32x4_t x8 = vld1q_dup_f32(xi + 6 * xp);
                            a8_0 = vfmaq_f32(a8_0, x8, w0);
                            a8_1 = vfmaq_f32(a8_1, x8, w1);
                            const float32x4_t x9 = vld1q_dup_f32(xi + 7 * xp);
                            a9_0 = vfmaq_f32(a9_0, x9, w0);
                            a9_1 = vfmaq_f32(a9_1, x9, w1);
                            const float32x4_t x10 = vld1q_dup_f32(xi + 8 * xp);
                            a10_0 = vfmaq_f32(a10_0, x10, w0);
                            a10_1 = vfmaq_f32(a10_1, x10, w1);
                            const float32x4_t x11 = vld1q_dup_f32(xi + 9 * xp);
                            a11_0 = vfmaq_f32(a11_0, x11, w0);
                            a11_1 = vfmaq_f32(a11_1, x11, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 10: { /* columns [2, 11) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x2 = vld1q_dup_f32(xi);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 1 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 2 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 3 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 4 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 5 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                            const float32x4_t x8 = vld1q_dup_f32(xi + 6 * xp);
                            a8_0 = vfmaq_f32(a8_0, x8, w0);
                            a8_1 = vfmaq_f32(a8_1, x8, w1);
                            const float32x4_t x9 = vld1q_dup_f32(xi + 7 * xp);
                            a9_0 = vfmaq_f32(a9_0, x9, w0);
                            a9_1 = vfmaq_f32(a9_1, x9, w1);
                            const float32x4_t x10 = vld1q_dup_f32(xi + 8 * xp);
                            a10_0 = vfmaq_f32(a10_0, x10, w0);
                            a10_1 = vfmaq_f32(a10_1, x10, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 11: { /* columns [2, 10) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x2 = vld1q_dup_f32(xi);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 1 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 2 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 3 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 4 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 5 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                            const float32x4_t x8 = vld1q_dup_f32(xi + 6 * xp);
                            a8_0 = vfmaq_f32(a8_0, x8, w0);
                            a8_1 = vfmaq_f32(a8_1, x8, w1);
                            const float32x4_t x9 = vld1q_dup_f32(xi + 7 * xp);
                            a9_0 = vfmaq_f32(a9_0, x9, w0);
                            a9_1 = vfmaq_f32(a9_1, x9, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 12: { /* columns [3, 13) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x3 = vld1q_dup_f32(xi);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 1 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 2 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 3 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 4 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                            const float32x4_t x8 = vld1q_dup_f32(xi + 5 * xp);
                            a8_0 = vfmaq_f32(a8_0, x8, w0);
                            a8_1 = vfmaq_f32(a8_1, x8, w1);
                            const float32x4_t x9 = vld1q_dup_f32(xi + 6 * xp);
                            a9_0 = vfmaq_f32(a9_0, x9, w0);
                            a9_1 = vfmaq_f32(a9_1, x9, w1);
                            const float32x4_t x10 = vld1q_dup_f32(xi + 7 * xp);
                            a10_0 = vfmaq_f32(a10_0, x10, w0);
                            a10_1 = vfmaq_f32(a10_1, x10, w1);
                            const float32x4_t x11 = vld1q_dup_f32(xi + 8 * xp);
                            a11_0 = vfmaq_f32(a11_0, x11, w0);
                            a11_1 = vfmaq_f32(a11_1, x11, w1);
                            const float32x4_t x12 = vld1q_dup_f32(xi + 9 * xp);
                            a12_0 = vfmaq_f32(a12_0, x12, w0);
                            a12_1 = vfmaq_f32(a12_1, x12, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 13: { /* columns [3, 12) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x3 = vld1q_dup_f32(xi);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 1 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 2 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 3 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 4 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                            const float32x4_t x8 = vld1q_dup_f32(xi + 5 * xp);
                            a8_0 = vfmaq_f32(a8_0, x8, w0);
                            a8_1 = vfmaq_f32(a8_1, x8, w1);
                            const float32x4_t x9 = vld1q_dup_f32(xi + 6 * xp);
                            a9_0 = vfmaq_f32(a9_0, x9, w0);
                            a9_1 = vfmaq_f32(a9_1, x9, w1);
                            const float32x4_t x10 = vld1q_dup_f32(xi + 7 * xp);
                            a10_0 = vfmaq_f32(a10_0, x10, w0);
                            a10_1 = vfmaq_f32(a10_1, x10, w1);
                            const float32x4_t x11 = vld1q_dup_f32(xi + 8 * xp);
                            a11_0 = vfmaq_f32(a11_0, x11, w0);
                            a11_1 = vfmaq_f32(a11_1, x11, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 14: { /* columns [3, 11) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x3 = vld1q_dup_f32(xi);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 1 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 2 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 3 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 4 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                            const float32x4_t x8 = vld1q_dup_f32(xi + 5 * xp);
                            a8_0 = vfmaq_f32(a8_0, x8, w0);
                            a8_1 = vfmaq_f32(a8_1, x8, w1);
                            const float32x4_t x9 = vld1q_dup_f32(xi + 6 * xp);
                            a9_0 = vfmaq_f32(a9_0, x9, w0);
                            a9_1 = vfmaq_f32(a9_1, x9, w1);
                            const float32x4_t x10 = vld1q_dup_f32(xi + 7 * xp);
                            a10_0 = vfmaq_f32(a10_0, x10, w0);
                            a10_1 = vfmaq_f32(a10_1, x10, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 15: { /* columns [3, 10) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x3 = vld1q_dup_f32(xi);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 1 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 2 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 3 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 4 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                            const float32x4_t x8 = vld1q_dup_f32(xi + 5 * xp);
                            a8_0 = vfmaq_f32(a8_0, x8, w0);
                            a8_1 = vfmaq_f32(a8_1, x8, w1);
                            const float32x4_t x9 = vld1q_dup_f32(xi + 6 * xp);
                            a9_0 = vfmaq_f32(a9_0, x9, w0);
                            a9_1 = vfmaq_f32(a9_1, x9, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                default:
                    break;
                }
            }
        }
    }
    if (r->last && r->relu) {
        a0_0 = vmaxq_f32(a0_0, vdupq_n_f32(0.0f));
        a0_1 = vmaxq_f32(a0_1, vdupq_n_f32(0.0f));
        a1_0 = vmaxq_f32(a1_0, vdupq_n_f32(0.0f));
        a1_1 = vmaxq_f32(a1_1, vdupq_n_f32(0.0f));
        a2_0 = vmaxq_f32(a2_0, vdupq_n_f32(0.0f));
        a2_1 = vmaxq_f32(a2_1, vdupq_n_f32(0.0f));
        a3_0 = vmaxq_f32(a3_0, vdupq_n_f32(0.0f));
        a3_1 = vmaxq_f32(a3_1, vdupq_n_f32(0.0f));
        a4_0 = vmaxq_f32(a4_0, vdupq_n_f32(0.0f));
        a4_1 = vmaxq_f32(a4_1, vdupq_n_f32(0.0f));
        a5_0 = vmaxq_f32(a5_0, vdupq_n_f32(0.0f));
        a5_1 = vmaxq_f32(a5_1, vdupq_n_f32(0.0f));
        a6_0 = vmaxq_f32(a6_0, vdupq_n_f32(0.0f));
        a6_1 = vmaxq_f32(a6_1, vdupq_n_f32(0.0f));
        a7_0 = vmaxq_f32(a7_0, vdupq_n_f32(0.0f));
        a7_1 = vmaxq_f32(a7_1, vdupq_n_f32(0.0f));
        a8_0 = vmaxq_f32(a8_0, vdupq_n_f32(0.0f));
        a8_1 = vmaxq_f32(a8_1, vdupq_n_f32(0.0f));
        a9_0 = vmaxq_f32(a9_0, vdupq_n_f32(0.0f));
        a9_1 = vmaxq_f32(a9_1, vdupq_n_f32(0.0f));
        a10_0 = vmaxq_f32(a10_0, vdupq_n_f32(0.0f));
        a10_1 = vmaxq_f32(a10_1, vdupq_n_f32(0.0f));
        a11_0 = vmaxq_f32(a11_0, vdupq_n_f32(0.0f));
        a11_1 = vmaxq_f32(a11_1, vdupq_n_f32(0.0f));
        a12_0 = vmaxq_f32(a12_0, vdupq_n_f32(0.0f));
        a12_1 = vmaxq_f32(a12_1, vdupq_n_f32(0.0f));
    }
    if (!r->ylanes) {
        vst1q_f32(y + r->yvoff[0], a0_0);
        vst1q_f32(y + r->yvoff[1], a0_1);
        vst1q_f32(y + 1 * ypix + r->yvoff[0], a1_0);
        vst1q_f32(y + 1 * ypix + r->yvoff[1], a1_1);
        vst1q_f32(y + 2 * ypix + r->yvoff[0], a2_0);
        vst1q_f32(y + 2 * ypix + r->yvoff[1], a2_1);
        vst1q_f32(y + 3 * ypix + r->yvoff[0], a3_0);
        vst1q_f32(y + 3 * ypix + r->yvoff[1], a3_1);
        vst1q_f32(y + 4 * ypix + r->yvoff[0], a4_0);
        vst1q_f32(y + 4 * ypix + r->yvoff[1], a4_1);
        vst1q_f32(y + 5 * ypix + r->yvoff[0], a5_0);
        vst1q_f32(y + 5 * ypix + r->yvoff[1], a5_1);
        vst1q_f32(y + 6 * ypix + r->yvoff[0], a6_0);
        vst1q_f32(y + 6 * ypix + r->yvoff[1], a6_1);
        vst1q_f32(y + 7 * ypix + r->yvoff[0], a7_0);
        vst1q_f32(y + 7 * ypix + r->yvoff[1], a7_1);
        vst1q_f32(y + 8 * ypix + r->yvoff[0], a8_0);
        vst1q_f32(y + 8 * ypix + r->yvoff[1], a8_1);
        vst1q_f32(y + 9 * ypix + r->yvoff[0], a9_0);
        vst1q_f32(y + 9 * ypix + r->yvoff[1], a9_1);
        vst1q_f32(y + 10 * ypix + r->yvoff[0], a10_0);
        vst1q_f32(y + 10 * ypix + r->yvoff[1], a10_1);
        vst1q_f32(y + 11 * ypix + r->yvoff[0], a11_0);
        vst1q_f32(y + 11 * ypix + r->yvoff[1], a11_1);
        vst1q_f32(y + 12 * ypix + r->yvoff[0], a12_0);
        vst1q_f32(y + 12 * ypix + r->yvoff[1], a12_1);
    } else {
        lanes_store(r, y + r->yvoff[0], 0, a0_0);
        lanes_store(r, y + r->yvoff[1], 1, a0_1);
        lanes_store(r, y + 1 * ypix + r->yvoff[0], 0, a1_0);
        lanes_store(r, y + 1 * ypix + r->yvoff[1], 1, a1_1);
        lanes_store(r, y + 2 * ypix + r->yvoff[0], 0, a2_0);
        lanes_store(r, y + 2 * ypix + r->yvoff[1], 1, a2_1);
        lanes_store(r, y + 3 * ypix + r->yvoff[0], 0, a3_0);
        lanes_store(r, y + 3 * ypix + r->yvoff[1], 1, a3_1);
        lanes_store(r, y + 4 * ypix + r->yvoff[0], 0, a4_0);
        lanes_store(r, y + 4 * ypix + r->yvoff[1], 1, a4_1);
        lanes_store(r, y + 5 * ypix + r->yvoff[0], 0, a5_0);
        lanes_store(r, y + 5 * ypix + r->yvoff[1], 1, a5_1);
        lanes_store(r, y + 6 * ypix + r->yvoff[0], 0, a6_0);
        lanes_store(r, y + 6 * ypix + r->yvoff[1], 1, a6_1);
        lanes_store(r, y + 7 * ypix + r->yvoff[0], 0, a7_0);
        lanes_store(r, y + 7 * ypix + r->yvoff[1], 1, a7_1);
        lanes_store(r, y + 8 * ypix + r->yvoff[0], 0, a8_0);
        lanes_store(r, y + 8 * ypix + r->yvoff[1], 1, a8_1);
        lanes_store(r, y + 9 * ypix + r->yvoff[0], 0, a9_0);
        lanes_store(r, y + 9 * ypix + r->yvoff[1], 1, a9_1);
        lanes_store(r, y + 10 * ypix + r->yvoff[0], 0, a10_0);
        lanes_store(r, y + 10 * ypix + r->yvoff[1], 1, a10_1);
        lanes_store(r, y + 11 * ypix + r->yvoff[0], 0, a11_0);
        lanes_store(r, y + 11 * ypix + r->yvoff[1], 1, a11_1);
        lanes_store(r, y + 12 * ypix + r->yvoff[0], 0, a12_0);
        lanes_store(r, y + 12 * ypix + r->yvoff[1], 1, a12_1);
    }
    return true;
}

/* 14 columns, a run of nblk interior blocks with merge_kx (rows.c has
 * checked that they are): per kernel row one reduction over kw * C.  The
 * next block's input is prefetched when the reduction is long enough to
 * hide it (VGG's 3x3 layers 2-5 % faster; short ones, C = 3 or 1x1 with 64
 * channels, lost). */
static __attribute__((noinline)) void lmc_f32_direct_conv_8cx14w_merged14__neon(const lmc_direct_row *r, int ox0,
                                                                                int nblk)
{
    for (const int ox_end = ox0 + nblk * 14; ox0 < ox_end; ox0 += 14) {
        const ptrdiff_t ypix = r->ypix, xp = (ptrdiff_t)r->stride_w * r->xpix;
        const ptrdiff_t col0 = (ptrdiff_t)ox0 * r->stride_w - r->pad_left;
        float *y = r->y + (ptrdiff_t)ox0 * ypix;
        float32x4_t a0_0, a0_1;
        float32x4_t a1_0, a1_1;
        float32x4_t a2_0, a2_1;
        float32x4_t a3_0, a3_1;
        float32x4_t a4_0, a4_1;
        float32x4_t a5_0, a5_1;
        float32x4_t a6_0, a6_1;
        float32x4_t a7_0, a7_1;
        float32x4_t a8_0, a8_1;
        float32x4_t a9_0, a9_1;
        float32x4_t a10_0, a10_1;
        float32x4_t a11_0, a11_1;
        float32x4_t a12_0, a12_1;
        float32x4_t a13_0, a13_1;
        if (r->first) {
            const float32x4_t bb0 = r->bias ? vld1q_f32(r->bias) : vdupq_n_f32(0.0f);
            const float32x4_t bb1 = r->bias ? vld1q_f32(r->bias + 4) : vdupq_n_f32(0.0f);
            a0_0 = bb0;
            a0_1 = bb1;
            a1_0 = bb0;
            a1_1 = bb1;
            a2_0 = bb0;
            a2_1 = bb1;
            a3_0 = bb0;
            a3_1 = bb1;
            a4_0 = bb0;
            a4_1 = bb1;
            a5_0 = bb0;
            a5_1 = bb1;
            a6_0 = bb0;
            a6_1 = bb1;
            a7_0 = bb0;
            a7_1 = bb1;
            a8_0 = bb0;
            a8_1 = bb1;
            a9_0 = bb0;
            a9_1 = bb1;
            a10_0 = bb0;
            a10_1 = bb1;
            a11_0 = bb0;
            a11_1 = bb1;
            a12_0 = bb0;
            a12_1 = bb1;
            a13_0 = bb0;
            a13_1 = bb1;
        } else if (!r->ylanes) {
            a0_0 = vld1q_f32(y + r->yvoff[0]);
            a0_1 = vld1q_f32(y + r->yvoff[1]);
            a1_0 = vld1q_f32(y + 1 * ypix + r->yvoff[0]);
            a1_1 = vld1q_f32(y + 1 * ypix + r->yvoff[1]);
            a2_0 = vld1q_f32(y + 2 * ypix + r->yvoff[0]);
            a2_1 = vld1q_f32(y + 2 * ypix + r->yvoff[1]);
            a3_0 = vld1q_f32(y + 3 * ypix + r->yvoff[0]);
            a3_1 = vld1q_f32(y + 3 * ypix + r->yvoff[1]);
            a4_0 = vld1q_f32(y + 4 * ypix + r->yvoff[0]);
            a4_1 = vld1q_f32(y + 4 * ypix + r->yvoff[1]);
            a5_0 = vld1q_f32(y + 5 * ypix + r->yvoff[0]);
            a5_1 = vld1q_f32(y + 5 * ypix + r->yvoff[1]);
            a6_0 = vld1q_f32(y + 6 * ypix + r->yvoff[0]);
            a6_1 = vld1q_f32(y + 6 * ypix + r->yvoff[1]);
            a7_0 = vld1q_f32(y + 7 * ypix + r->yvoff[0]);
            a7_1 = vld1q_f32(y + 7 * ypix + r->yvoff[1]);
            a8_0 = vld1q_f32(y + 8 * ypix + r->yvoff[0]);
            a8_1 = vld1q_f32(y + 8 * ypix + r->yvoff[1]);
            a9_0 = vld1q_f32(y + 9 * ypix + r->yvoff[0]);
            a9_1 = vld1q_f32(y + 9 * ypix + r->yvoff[1]);
            a10_0 = vld1q_f32(y + 10 * ypix + r->yvoff[0]);
            a10_1 = vld1q_f32(y + 10 * ypix + r->yvoff[1]);
            a11_0 = vld1q_f32(y + 11 * ypix + r->yvoff[0]);
            a11_1 = vld1q_f32(y + 11 * ypix + r->yvoff[1]);
            a12_0 = vld1q_f32(y + 12 * ypix + r->yvoff[0]);
            a12_1 = vld1q_f32(y + 12 * ypix + r->yvoff[1]);
            a13_0 = vld1q_f32(y + 13 * ypix + r->yvoff[0]);
            a13_1 = vld1q_f32(y + 13 * ypix + r->yvoff[1]);
        } else {
            a0_0 = lanes_load(r, y + r->yvoff[0], 0);
            a0_1 = lanes_load(r, y + r->yvoff[1], 1);
            a1_0 = lanes_load(r, y + 1 * ypix + r->yvoff[0], 0);
            a1_1 = lanes_load(r, y + 1 * ypix + r->yvoff[1], 1);
            a2_0 = lanes_load(r, y + 2 * ypix + r->yvoff[0], 0);
            a2_1 = lanes_load(r, y + 2 * ypix + r->yvoff[1], 1);
            a3_0 = lanes_load(r, y + 3 * ypix + r->yvoff[0], 0);
            a3_1 = lanes_load(r, y + 3 * ypix + r->yvoff[1], 1);
            a4_0 = lanes_load(r, y + 4 * ypix + r->yvoff[0], 0);
            a4_1 = lanes_load(r, y + 4 * ypix + r->yvoff[1], 1);
            a5_0 = lanes_load(r, y + 5 * ypix + r->yvoff[0], 0);
            a5_1 = lanes_load(r, y + 5 * ypix + r->yvoff[1], 1);
            a6_0 = lanes_load(r, y + 6 * ypix + r->yvoff[0], 0);
            a6_1 = lanes_load(r, y + 6 * ypix + r->yvoff[1], 1);
            a7_0 = lanes_load(r, y + 7 * ypix + r->yvoff[0], 0);
            a7_1 = lanes_load(r, y + 7 * ypix + r->yvoff[1], 1);
            a8_0 = lanes_load(r, y + 8 * ypix + r->yvoff[0], 0);
            a8_1 = lanes_load(r, y + 8 * ypix + r->yvoff[1], 1);
            a9_0 = lanes_load(r, y + 9 * ypix + r->yvoff[0], 0);
            a9_1 = lanes_load(r, y + 9 * ypix + r->yvoff[1], 1);
            a10_0 = lanes_load(r, y + 10 * ypix + r->yvoff[0], 0);
            a10_1 = lanes_load(r, y + 10 * ypix + r->yvoff[1], 1);
            a11_0 = lanes_load(r, y + 11 * ypix + r->yvoff[0], 0);
            a11_1 = lanes_load(r, y + 11 * ypix + r->yvoff[1], 1);
            a12_0 = lanes_load(r, y + 12 * ypix + r->yvoff[0], 0);
            a12_1 = lanes_load(r, y + 12 * ypix + r->yvoff[1], 1);
            a13_0 = lanes_load(r, y + 13 * ypix + r->yvoff[0], 0);
            a13_1 = lanes_load(r, y + 13 * ypix + r->yvoff[1], 1);
        }
        const int n = r->kw * r->cib;
        const ptrdiff_t next = 14 * xp;
        if (r->kw > 1 && n >= 128) {
            for (int ky = r->ky0; ky < r->ky1; ky++) {
                const float *xt =
                    r->x + ((ptrdiff_t)r->iy0 + (ptrdiff_t)ky * r->dil_h) * r->xrow + col0 * r->xpix;
                const float *wi = r->w + (ptrdiff_t)ky * n * 8;
#pragma GCC unroll 4
                for (int ii = 0; ii < n; ii++, wi += 8) {
                    const float *xi = xt + ii;
                    if ((ii & 15) == 0) {
                        __builtin_prefetch(xi + next, 0, 3);
                        __builtin_prefetch(xi + next + 1 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 2 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 3 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 4 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 5 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 6 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 7 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 8 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 9 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 10 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 11 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 12 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 13 * xp, 0, 3);
                    }
                    const float32x4_t w0 = vld1q_f32(wi);
                    const float32x4_t w1 = vld1q_f32(wi + 4);
                    const float32x4_t x0 = vld1q_dup_f32(xi);
                    a0_0 = vfmaq_f32(a0_0, x0, w0);
                    a0_1 = vfmaq_f32(a0_1, x0, w1);
                    const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                    a1_0 = vfmaq_f32(a1_0, x1, w0);
                    a1_1 = vfmaq_f32(a1_1, x1, w1);
                    const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                    a2_0 = vfmaq_f32(a2_0, x2, w0);
                    a2_1 = vfmaq_f32(a2_1, x2, w1);
                    const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                    a3_0 = vfmaq_f32(a3_0, x3, w0);
                    a3_1 = vfmaq_f32(a3_1, x3, w1);
                    const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                    a4_0 = vfmaq_f32(a4_0, x4, w0);
                    a4_1 = vfmaq_f32(a4_1, x4, w1);
                    const float32x4_t x5 = vld1q_dup_f32(xi + 5 * xp);
                    a5_0 = vfmaq_f32(a5_0, x5, w0);
                    a5_1 = vfmaq_f32(a5_1, x5, w1);
                    const float32x4_t x6 = vld1q_dup_f32(xi + 6 * xp);
                    a6_0 = vfmaq_f32(a6_0, x6, w0);
                    a6_1 = vfmaq_f32(a6_1, x6, w1);
                    const float32x4_t x7 = vld1q_dup_f32(xi + 7 * xp);
                    a7_0 = vfmaq_f32(a7_0, x7, w0);
                    a7_1 = vfmaq_f32(a7_1, x7, w1);
                    const float32x4_t x8 = vld1q_dup_f32(xi + 8 * xp);
                    a8_0 = vfmaq_f32(a8_0, x8, w0);
                    a8_1 = vfmaq_f32(a8_1, x8, w1);
                    const float32x4_t x9 = vld1q_dup_f32(xi + 9 * xp);
                    a9_0 = vfmaq_f32(a9_0, x9, w0);
                    a9_1 = vfmaq_f32(a9_1, x9, w1);
                    const float32x4_t x10 = vld1q_dup_f32(xi + 10 * xp);
                    a10_0 = vfmaq_f32(a10_0, x10, w0);
                    a10_1 = vfmaq_f32(a10_1, x10, w1);
                    const float32x4_t x11 = vld1q_dup_f32(xi + 11 * xp);
                    a11_0 = vfmaq_f32(a11_0, x11, w0);
                    a11_1 = vfmaq_f32(a11_1, x11, w1);
                    const float32x4_t x12 = vld1q_dup_f32(xi + 12 * xp);
                    a12_0 = vfmaq_f32(a12_0, x12, w0);
                    a12_1 = vfmaq_f32(a12_1, x12, w1);
                    const float32x4_t x13 = vld1q_dup_f32(xi + 13 * xp);
                    a13_0 = vfmaq_f32(a13_0, x13, w0);
                    a13_1 = vfmaq_f32(a13_1, x13, w1);
                }
            }
        } else {
            for (int ky = r->ky0; ky < r->ky1; ky++) {
                const float *xt =
                    r->x + ((ptrdiff_t)r->iy0 + (ptrdiff_t)ky * r->dil_h) * r->xrow + col0 * r->xpix;
                const float *wi = r->w + (ptrdiff_t)ky * n * 8;
#pragma GCC unroll 4
                for (int ii = 0; ii < n; ii++, wi += 8) {
                    const float *xi = xt + ii;
                    const float32x4_t w0 = vld1q_f32(wi);
                    const float32x4_t w1 = vld1q_f32(wi + 4);
                    const float32x4_t x0 = vld1q_dup_f32(xi);
                    a0_0 = vfmaq_f32(a0_0, x0, w0);
                    a0_1 = vfmaq_f32(a0_1, x0, w1);
                    const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                    a1_0 = vfmaq_f32(a1_0, x1, w0);
                    a1_1 = vfmaq_f32(a1_1, x1, w1);
                    const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                    a2_0 = vfmaq_f32(a2_0, x2, w0);
                    a2_1 = vfmaq_f32(a2_1, x2, w1);
                    const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                    a3_0 = vfmaq_f32(a3_0, x3, w0);
                    a3_1 = vfmaq_f32(a3_1, x3, w1);
                    const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                    a4_0 = vfmaq_f32(a4_0, x4, w0);
                    a4_1 = vfmaq_f32(a4_1, x4, w1);
                    const float32x4_t x5 = vld1q_dup_f32(xi + 5 * xp);
                    a5_0 = vfmaq_f32(a5_0, x5, w0);
                    a5_1 = vfmaq_f32(a5_1, x5, w1);
                    const float32x4_t x6 = vld1q_dup_f32(xi + 6 * xp);
                    a6_0 = vfmaq_f32(a6_0, x6, w0);
                    a6_1 = vfmaq_f32(a6_1, x6, w1);
                    const float32x4_t x7 = vld1q_dup_f32(xi + 7 * xp);
                    a7_0 = vfmaq_f32(a7_0, x7, w0);
                    a7_1 = vfmaq_f32(a7_1, x7, w1);
                    const float32x4_t x8 = vld1q_dup_f32(xi + 8 * xp);
                    a8_0 = vfmaq_f32(a8_0, x8, w0);
                    a8_1 = vfmaq_f32(a8_1, x8, w1);
                    const float32x4_t x9 = vld1q_dup_f32(xi + 9 * xp);
                    a9_0 = vfmaq_f32(a9_0, x9, w0);
                    a9_1 = vfmaq_f32(a9_1, x9, w1);
                    const float32x4_t x10 = vld1q_dup_f32(xi + 10 * xp);
                    a10_0 = vfmaq_f32(a10_0, x10, w0);
                    a10_1 = vfmaq_f32(a10_1, x10, w1);
                    const float32x4_t x11 = vld1q_dup_f32(xi + 11 * xp);
                    a11_0 = vfmaq_f32(a11_0, x11, w0);
                    a11_1 = vfmaq_f32(a11_1, x11, w1);
                    const float32x4_t x12 = vld1q_dup_f32(xi + 12 * xp);
                    a12_0 = vfmaq_f32(a12_0, x12, w0);
                    a12_1 = vfmaq_f32(a12_1, x12, w1);
                    const float32x4_t x13 = vld1q_dup_f32(xi + 13 * xp);
                    a13_0 = vfmaq_f32(a13_0, x13, w0);
                    a13_1 = vfmaq_f32(a13_1, x13, w1);
                }
            }
        }
        if (r->last && r->relu) {
            a0_0 = vmaxq_f32(a0_0, vdupq_n_f32(0.0f));
            a0_1 = vmaxq_f32(a0_1, vdupq_n_f32(0.0f));
            a1_0 = vmaxq_f32(a1_0, vdupq_n_f32(0.0f));
            a1_1 = vmaxq_f32(a1_1, vdupq_n_f32(0.0f));
            a2_0 = vmaxq_f32(a2_0, vdupq_n_f32(0.0f));
            a2_1 = vmaxq_f32(a2_1, vdupq_n_f32(0.0f));
            a3_0 = vmaxq_f32(a3_0, vdupq_n_f32(0.0f));
            a3_1 = vmaxq_f32(a3_1, vdupq_n_f32(0.0f));
            a4_0 = vmaxq_f32(a4_0, vdupq_n_f32(0.0f));
            a4_1 = vmaxq_f32(a4_1, vdupq_n_f32(0.0f));
            a5_0 = vmaxq_f32(a5_0, vdupq_n_f32(0.0f));
            a5_1 = vmaxq_f32(a5_1, vdupq_n_f32(0.0f));
            a6_0 = vmaxq_f32(a6_0, vdupq_n_f32(0.0f));
            a6_1 = vmaxq_f32(a6_1, vdupq_n_f32(0.0f));
            a7_0 = vmaxq_f32(a7_0, vdupq_n_f32(0.0f));
            a7_1 = vmaxq_f32(a7_1, vdupq_n_f32(0.0f));
            a8_0 = vmaxq_f32(a8_0, vdupq_n_f32(0.0f));
            a8_1 = vmaxq_f32(a8_1, vdupq_n_f32(0.0f));
            a9_0 = vmaxq_f32(a9_0, vdupq_n_f32(0.0f));
            a9_1 = vmaxq_f32(a9_1, vdupq_n_f32(0.0f));
            a10_0 = vmaxq_f32(a10_0, vdupq_n_f32(0.0f));
            a10_1 = vmaxq_f32(a10_1, vdupq_n_f32(0.0f));
            a11_0 = vmaxq_f32(a11_0, vdupq_n_f32(0.0f));
            a11_1 = vmaxq_f32(a11_1, vdupq_n_f32(0.0f));
            a12_0 = vmaxq_f32(a12_0, vdupq_n_f32(0.0f));
            a12_1 = vmaxq_f32(a12_1, vdupq_n_f32(0.0f));
            a13_0 = vmaxq_f32(a13_0, vdupq_n_f32(0.0f));
            a13_1 = vmaxq_f32(a13_1, vdupq_n_f32(0.0f));
        }
        if (!r->ylanes) {
            vst1q_f32(y + r->yvoff[0], a0_0);
            vst1q_f32(y + r->yvoff[1], a0_1);
            vst1q_f32(y + 1 * ypix + r->yvoff[0], a1_0);
            vst1q_f32(y + 1 * ypix + r->yvoff[1], a1_1);
            vst1q_f32(y + 2 * ypix + r->yvoff[0], a2_0);
            vst1q_f32(y + 2 * ypix + r->yvoff[1], a2_1);
            vst1q_f32(y + 3 * ypix + r->yvoff[0], a3_0);
            vst1q_f32(y + 3 * ypix + r->yvoff[1], a3_1);
            vst1q_f32(y + 4 * ypix + r->yvoff[0], a4_0);
            vst1q_f32(y + 4 * ypix + r->yvoff[1], a4_1);
            vst1q_f32(y + 5 * ypix + r->yvoff[0], a5_0);
            vst1q_f32(y + 5 * ypix + r->yvoff[1], a5_1);
            vst1q_f32(y + 6 * ypix + r->yvoff[0], a6_0);
            vst1q_f32(y + 6 * ypix + r->yvoff[1], a6_1);
            vst1q_f32(y + 7 * ypix + r->yvoff[0], a7_0);
            vst1q_f32(y + 7 * ypix + r->yvoff[1], a7_1);
            vst1q_f32(y + 8 * ypix + r->yvoff[0], a8_0);
            vst1q_f32(y + 8 * ypix + r->yvoff[1], a8_1);
            vst1q_f32(y + 9 * ypix + r->yvoff[0], a9_0);
            vst1q_f32(y + 9 * ypix + r->yvoff[1], a9_1);
            vst1q_f32(y + 10 * ypix + r->yvoff[0], a10_0);
            vst1q_f32(y + 10 * ypix + r->yvoff[1], a10_1);
            vst1q_f32(y + 11 * ypix + r->yvoff[0], a11_0);
            vst1q_f32(y + 11 * ypix + r->yvoff[1], a11_1);
            vst1q_f32(y + 12 * ypix + r->yvoff[0], a12_0);
            vst1q_f32(y + 12 * ypix + r->yvoff[1], a12_1);
            vst1q_f32(y + 13 * ypix + r->yvoff[0], a13_0);
            vst1q_f32(y + 13 * ypix + r->yvoff[1], a13_1);
        } else {
            lanes_store(r, y + r->yvoff[0], 0, a0_0);
            lanes_store(r, y + r->yvoff[1], 1, a0_1);
            lanes_store(r, y + 1 * ypix + r->yvoff[0], 0, a1_0);
            lanes_store(r, y + 1 * ypix + r->yvoff[1], 1, a1_1);
            lanes_store(r, y + 2 * ypix + r->yvoff[0], 0, a2_0);
            lanes_store(r, y + 2 * ypix + r->yvoff[1], 1, a2_1);
            lanes_store(r, y + 3 * ypix + r->yvoff[0], 0, a3_0);
            lanes_store(r, y + 3 * ypix + r->yvoff[1], 1, a3_1);
            lanes_store(r, y + 4 * ypix + r->yvoff[0], 0, a4_0);
            lanes_store(r, y + 4 * ypix + r->yvoff[1], 1, a4_1);
            lanes_store(r, y + 5 * ypix + r->yvoff[0], 0, a5_0);
            lanes_store(r, y + 5 * ypix + r->yvoff[1], 1, a5_1);
            lanes_store(r, y + 6 * ypix + r->yvoff[0], 0, a6_0);
            lanes_store(r, y + 6 * ypix + r->yvoff[1], 1, a6_1);
            lanes_store(r, y + 7 * ypix + r->yvoff[0], 0, a7_0);
            lanes_store(r, y + 7 * ypix + r->yvoff[1], 1, a7_1);
            lanes_store(r, y + 8 * ypix + r->yvoff[0], 0, a8_0);
            lanes_store(r, y + 8 * ypix + r->yvoff[1], 1, a8_1);
            lanes_store(r, y + 9 * ypix + r->yvoff[0], 0, a9_0);
            lanes_store(r, y + 9 * ypix + r->yvoff[1], 1, a9_1);
            lanes_store(r, y + 10 * ypix + r->yvoff[0], 0, a10_0);
            lanes_store(r, y + 10 * ypix + r->yvoff[1], 1, a10_1);
            lanes_store(r, y + 11 * ypix + r->yvoff[0], 0, a11_0);
            lanes_store(r, y + 11 * ypix + r->yvoff[1], 1, a11_1);
            lanes_store(r, y + 12 * ypix + r->yvoff[0], 0, a12_0);
            lanes_store(r, y + 12 * ypix + r->yvoff[1], 1, a12_1);
            lanes_store(r, y + 13 * ypix + r->yvoff[0], 0, a13_0);
            lanes_store(r, y + 13 * ypix + r->yvoff[1], 1, a13_1);
        }
    }
}

/* 14 columns tap by tap, any block; false (nothing done) if a tap cuts
 * more than 3 columns at either end or kw > 16.  With long taps (cib >=
 * 32) in the order of the weights, ky then kx: a kernel row's input stays
 * in L1 over its kw taps.  Short taps keep kx outer: the cut, hence the
 * switch's target, then repeats over ky (the 7x7 first layer with C = 3
 * lost 2-4 % with ky outer). */
static __attribute__((noinline)) bool lmc_f32_direct_conv_8cx14w_taps14__neon(const lmc_direct_row *r,
                                                                              int ox0)
{
    const bool inner = lmc_direct_block_interior(r, ox0, 14);
    signed char pas[16], cuts[16];
    if (r->kw > 16) return false;
    for (int kx = 0; kx < r->kw; kx++) {
        int pa = 0, pb = 14;
        if (!inner) lmc_direct_tap_cols(r, kx, ox0, 14, &pa, &pb);
        const int cut = cut_case(pa, pb, 14);
        if (pa < pb && cut < 0) return false;
        pas[kx] = (signed char)pa;
        cuts[kx] = (signed char)(pa < pb ? cut : -1);
    }
    const ptrdiff_t ypix = r->ypix, xp = (ptrdiff_t)r->stride_w * r->xpix;
    const ptrdiff_t col0 = (ptrdiff_t)ox0 * r->stride_w - r->pad_left;
    float *y = r->y + (ptrdiff_t)ox0 * ypix;
    float32x4_t a0_0, a0_1;
    float32x4_t a1_0, a1_1;
    float32x4_t a2_0, a2_1;
    float32x4_t a3_0, a3_1;
    float32x4_t a4_0, a4_1;
    float32x4_t a5_0, a5_1;
    float32x4_t a6_0, a6_1;
    float32x4_t a7_0, a7_1;
    float32x4_t a8_0, a8_1;
    float32x4_t a9_0, a9_1;
    float32x4_t a10_0, a10_1;
    float32x4_t a11_0, a11_1;
    float32x4_t a12_0, a12_1;
    float32x4_t a13_0, a13_1;
    if (r->first) {
        const float32x4_t bb0 = r->bias ? vld1q_f32(r->bias) : vdupq_n_f32(0.0f);
        const float32x4_t bb1 = r->bias ? vld1q_f32(r->bias + 4) : vdupq_n_f32(0.0f);
        a0_0 = bb0;
        a0_1 = bb1;
        a1_0 = bb0;
        a1_1 = bb1;
        a2_0 = bb0;
        a2_1 = bb1;
        a3_0 = bb0;
        a3_1 = bb1;
        a4_0 = bb0;
        a4_1 = bb1;
        a5_0 = bb0;
        a5_1 = bb1;
        a6_0 = bb0;
        a6_1 = bb1;
        a7_0 = bb0;
        a7_1 = bb1;
        a8_0 = bb0;
        a8_1 = bb1;
        a9_0 = bb0;
        a9_1 = bb1;
        a10_0 = bb0;
        a10_1 = bb1;
        a11_0 = bb0;
        a11_1 = bb1;
        a12_0 = bb0;
        a12_1 = bb1;
        a13_0 = bb0;
        a13_1 = bb1;
    } else if (!r->ylanes) {
        a0_0 = vld1q_f32(y + r->yvoff[0]);
        a0_1 = vld1q_f32(y + r->yvoff[1]);
        a1_0 = vld1q_f32(y + 1 * ypix + r->yvoff[0]);
        a1_1 = vld1q_f32(y + 1 * ypix + r->yvoff[1]);
        a2_0 = vld1q_f32(y + 2 * ypix + r->yvoff[0]);
        a2_1 = vld1q_f32(y + 2 * ypix + r->yvoff[1]);
        a3_0 = vld1q_f32(y + 3 * ypix + r->yvoff[0]);
        a3_1 = vld1q_f32(y + 3 * ypix + r->yvoff[1]);
        a4_0 = vld1q_f32(y + 4 * ypix + r->yvoff[0]);
        a4_1 = vld1q_f32(y + 4 * ypix + r->yvoff[1]);
        a5_0 = vld1q_f32(y + 5 * ypix + r->yvoff[0]);
        a5_1 = vld1q_f32(y + 5 * ypix + r->yvoff[1]);
        a6_0 = vld1q_f32(y + 6 * ypix + r->yvoff[0]);
        a6_1 = vld1q_f32(y + 6 * ypix + r->yvoff[1]);
        a7_0 = vld1q_f32(y + 7 * ypix + r->yvoff[0]);
        a7_1 = vld1q_f32(y + 7 * ypix + r->yvoff[1]);
        a8_0 = vld1q_f32(y + 8 * ypix + r->yvoff[0]);
        a8_1 = vld1q_f32(y + 8 * ypix + r->yvoff[1]);
        a9_0 = vld1q_f32(y + 9 * ypix + r->yvoff[0]);
        a9_1 = vld1q_f32(y + 9 * ypix + r->yvoff[1]);
        a10_0 = vld1q_f32(y + 10 * ypix + r->yvoff[0]);
        a10_1 = vld1q_f32(y + 10 * ypix + r->yvoff[1]);
        a11_0 = vld1q_f32(y + 11 * ypix + r->yvoff[0]);
        a11_1 = vld1q_f32(y + 11 * ypix + r->yvoff[1]);
        a12_0 = vld1q_f32(y + 12 * ypix + r->yvoff[0]);
        a12_1 = vld1q_f32(y + 12 * ypix + r->yvoff[1]);
        a13_0 = vld1q_f32(y + 13 * ypix + r->yvoff[0]);
        a13_1 = vld1q_f32(y + 13 * ypix + r->yvoff[1]);
    } else {
        a0_0 = lanes_load(r, y + r->yvoff[0], 0);
        a0_1 = lanes_load(r, y + r->yvoff[1], 1);
        a1_0 = lanes_load(r, y + 1 * ypix + r->yvoff[0], 0);
        a1_1 = lanes_load(r, y + 1 * ypix + r->yvoff[1], 1);
        a2_0 = lanes_load(r, y + 2 * ypix + r->yvoff[0], 0);
        a2_1 = lanes_load(r, y + 2 * ypix + r->yvoff[1], 1);
        a3_0 = lanes_load(r, y + 3 * ypix + r->yvoff[0], 0);
        a3_1 = lanes_load(r, y + 3 * ypix + r->yvoff[1], 1);
        a4_0 = lanes_load(r, y + 4 * ypix + r->yvoff[0], 0);
        a4_1 = lanes_load(r, y + 4 * ypix + r->yvoff[1], 1);
        a5_0 = lanes_load(r, y + 5 * ypix + r->yvoff[0], 0);
        a5_1 = lanes_load(r, y + 5 * ypix + r->yvoff[1], 1);
        a6_0 = lanes_load(r, y + 6 * ypix + r->yvoff[0], 0);
        a6_1 = lanes_load(r, y + 6 * ypix + r->yvoff[1], 1);
        a7_0 = lanes_load(r, y + 7 * ypix + r->yvoff[0], 0);
        a7_1 = lanes_load(r, y + 7 * ypix + r->yvoff[1], 1);
        a8_0 = lanes_load(r, y + 8 * ypix + r->yvoff[0], 0);
        a8_1 = lanes_load(r, y + 8 * ypix + r->yvoff[1], 1);
        a9_0 = lanes_load(r, y + 9 * ypix + r->yvoff[0], 0);
        a9_1 = lanes_load(r, y + 9 * ypix + r->yvoff[1], 1);
        a10_0 = lanes_load(r, y + 10 * ypix + r->yvoff[0], 0);
        a10_1 = lanes_load(r, y + 10 * ypix + r->yvoff[1], 1);
        a11_0 = lanes_load(r, y + 11 * ypix + r->yvoff[0], 0);
        a11_1 = lanes_load(r, y + 11 * ypix + r->yvoff[1], 1);
        a12_0 = lanes_load(r, y + 12 * ypix + r->yvoff[0], 0);
        a12_1 = lanes_load(r, y + 12 * ypix + r->yvoff[1], 1);
        a13_0 = lanes_load(r, y + 13 * ypix + r->yvoff[0], 0);
        a13_1 = lanes_load(r, y + 13 * ypix + r->yvoff[1], 1);
    }
    const int cib = r->cib, cblk = r->cblk, coff = r->coff;
    const ptrdiff_t xch = r->xch;
    if (cib >= 32) {
        for (int ky = r->ky0; ky < r->ky1; ky++)
            for (int kx = 0; kx < r->kw; kx++) {
                const int cut = cuts[kx], pa = pas[kx];
                if (cut >= 0) {
                    const ptrdiff_t rowoff = ((ptrdiff_t)r->iy0 + (ptrdiff_t)ky * r->dil_h) * r->xrow;
                    const float *xt =
                        r->x + rowoff + (col0 + (ptrdiff_t)pa * r->stride_w + (ptrdiff_t)kx * r->dil_w) * r->xpix;
                    const float *wt = r->w + ((ptrdiff_t)ky * r->kw + kx) * cib * 8;
                    switch (cut) {
                    case 0: { /* columns [0, 14) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x0 = vld1q_dup_f32(xi);
                                a0_0 = vfmaq_f32(a0_0, x0, w0);
                                a0_1 = vfmaq_f32(a0_1, x0, w1);
                                const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                                a1_0 = vfmaq_f32(a1_0, x1, w0);
                                a1_1 = vfmaq_f32(a1_1, x1, w1);
                                const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 5 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 6 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 7 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                                const float32x4_t x8 = vld1q_dup_f32(xi + 8 * xp);
                                a8_0 = vfmaq_f32(a8_0, x8, w0);
                                a8_1 = vfmaq_f32(a8_1, x8, w1);
                                const float32x4_t x9 = vld1q_dup_f32(xi + 9 * xp);
                                a9_0 = vfmaq_f32(a9_0, x9, w0);
                                a9_1 = vfmaq_f32(a9_1, x9, w1);
                                const float32x4_t x10 = vld1q_dup_f32(xi + 10 * xp);
                                a10_0 = vfmaq_f32(a10_0, x10, w0);
                                a10_1 = vfmaq_f32(a10_1, x10, w1);
                                const float32x4_t x11 = vld1q_dup_f32(xi + 11 * xp);
                                a11_0 = vfmaq_f32(a11_0, x11, w0);
                                a11_1 = vfmaq_f32(a11_1, x11, w1);
                                const float32x4_t x12 = vld1q_dup_f32(xi + 12 * xp);
                                a12_0 = vfmaq_f32(a12_0, x12, w0);
                                a12_1 = vfmaq_f32(a12_1, x12, w1);
                                const float32x4_t x13 = vld1q_dup_f32(xi + 13 * xp);
                                a13_0 = vfmaq_f32(a13_0, x13, w0);
                                a13_1 = vfmaq_f32(a13_1, x13, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 1: { /* columns [0, 13) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x0 = vld1q_dup_f32(xi);
                                a0_0 = vfmaq_f32(a0_0, x0, w0);
                                a0_1 = vfmaq_f32(a0_1, x0, w1);
                                const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                                a1_0 = vfmaq_f32(a1_0, x1, w0);
                                a1_1 = vfmaq_f32(a1_1, x1, w1);
                                const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 5 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 6 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 7 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                                const float32x4_t x8 = vld1q_dup_f32(xi + 8 * xp);
                                a8_0 = vfmaq_f32(a8_0, x8, w0);
                                a8_1 = vfmaq_f32(a8_1, x8, w1);
                                const float32x4_t x9 = vld1q_dup_f32(xi + 9 * xp);
                                a9_0 = vfmaq_f32(a9_0, x9, w0);
                                a9_1 = vfmaq_f32(a9_1, x9, w1);
                                const float32x4_t x10 = vld1q_dup_f32(xi + 10 * xp);
                                a10_0 = vfmaq_f32(a10_0, x10, w0);
                                a10_1 = vfmaq_f32(a10_1, x10, w1);
                                const float32x4_t x11 = vld1q_dup_f32(xi + 11 * xp);
                                a11_0 = vfmaq_f32(a11_0, x11, w0);
                                a11_1 = vfmaq_f32(a11_1, x11, w1);
                                const float32x4_t x12 = vld1q_dup_f32(xi + 12 * xp);
                                a12_0 = vfmaq_f32(a12_0, x12, w0);
                                a12_1 = vfmaq_f32(a12_1, x12, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 2: { /* columns [0, 12) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x0 = vld1q_dup_f32(xi);
                                a0_0 = vfmaq_f32(a0_0, x0, w0);
                                a0_1 = vfmaq_f32(a0_1, x0, w1);
                                const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                                a1_0 = vfmaq_f32(a1_0, x1, w0);
                                a1_1 = vfmaq_f32(a1_1, x1, w1);
                                const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 5 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 6 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 7 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                                const float32x4_t x8 = vld1q_dup_f32(xi + 8 * xp);
                                a8_0 = vfmaq_f32(a8_0, x8, w0);
                                a8_1 = vfmaq_f32(a8_1, x8, w1);
                                const float32x4_t x9 = vld1q_dup_f32(xi + 9 * xp);
                                a9_0 = vfmaq_f32(a9_0, x9, w0);
                                a9_1 = vfmaq_f32(a9_1, x9, w1);
                                const float32x4_t x10 = vld1q_dup_f32(xi + 10 * xp);
                                a10_0 = vfmaq_f32(a10_0, x10, w0);
                                a10_1 = vfmaq_f32(a10_1, x10, w1);
                                const float32x4_t x11 = vld1q_dup_f32(xi + 11 * xp);
                                a11_0 = vfmaq_f32(a11_0, x11, w0);
                                a11_1 = vfmaq_f32(a11_1, x11, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 3: { /* columns [0, 11) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x0 = vld1q_dup_f32(xi);
                                a0_0 = vfmaq_f32(a0_0, x0, w0);
                                a0_1 = vfmaq_f32(a0_1, x0, w1);
                                const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                                a1_0 = vfmaq_f32(a1_0, x1, w0);
                                a1_1 = vfmaq_f32(a1_1, x1, w1);
                                const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 5 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 6 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 7 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                                const float32x4_t x8 = vld1q_dup_f32(xi + 8 * xp);
                                a8_0 = vfmaq_f32(a8_0, x8, w0);
                                a8_1 = vfmaq_f32(a8_1, x8, w1);
                                const float32x4_t x9 = vld1q_dup_f32(xi + 9 * xp);
                                a9_0 = vfmaq_f32(a9_0, x9, w0);
                                a9_1 = vfmaq_f32(a9_1, x9, w1);
                                const float32x4_t x10 = vld1q_dup_f32(xi + 10 * xp);
                                a10_0 = vfmaq_f32(a10_0, x10, w0);
                                a10_1 = vfmaq_f32(a10_1, x10, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 4: { /* columns [1, 14) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x1 = vld1q_dup_f32(xi);
                                a1_0 = vfmaq_f32(a1_0, x1, w0);
                                a1_1 = vfmaq_f32(a1_1, x1, w1);
                                const float32x4_t x2 = vld1q_dup_f32(xi + 1 * xp);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 2 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 3 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 4 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 5 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 6 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                                const float32x4_t x8 = vld1q_dup_f32(xi + 7 * xp);
                                a8_0 = vfmaq_f32(a8_0, x8, w0);
                                a8_1 = vfmaq_f32(a8_1, x8, w1);
                                const float32x4_t x9 = vld1q_dup_f32(xi + 8 * xp);
                                a9_0 = vfmaq_f32(a9_0, x9, w0);
                                a9_1 = vfmaq_f32(a9_1, x9, w1);
                                const float32x4_t x10 = vld1q_dup_f32(xi + 9 * xp);
                                a10_0 = vfmaq_f32(a10_0, x10, w0);
                                a10_1 = vfmaq_f32(a10_1, x10, w1);
                                const float32x4_t x11 = vld1q_dup_f32(xi + 10 * xp);
                                a11_0 = vfmaq_f32(a11_0, x11, w0);
                                a11_1 = vfmaq_f32(a11_1, x11, w1);
                                const float32x4_t x12 = vld1q_dup_f32(xi + 11 * xp);
                                a12_0 = vfmaq_f32(a12_0, x12, w0);
                                a12_1 = vfmaq_f32(a12_1, x12, w1);
                                const float32x4_t x13 = vld1q_dup_f32(xi + 12 * xp);
                                a13_0 = vfmaq_f32(a13_0, x13, w0);
                                a13_1 = vfmaq_f32(a13_1, x13, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 5: { /* columns [1, 13) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x1 = vld1q_dup_f32(xi);
                                a1_0 = vfmaq_f32(a1_0, x1, w0);
                                a1_1 = vfmaq_f32(a1_1, x1, w1);
                                const float32x4_t x2 = vld1q_dup_f32(xi + 1 * xp);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 2 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 3 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 4 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 5 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 6 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                                const float32x4_t x8 = vld1q_dup_f32(xi + 7 * xp);
                                a8_0 = vfmaq_f32(a8_0, x8, w0);
                                a8_1 = vfmaq_f32(a8_1, x8, w1);
                                const float32x4_t x9 = vld1q_dup_f32(xi + 8 * xp);
                                a9_0 = vfmaq_f32(a9_0, x9, w0);
                                a9_1 = vfmaq_f32(a9_1, x9, w1);
                                const float32x4_t x10 = vld1q_dup_f32(xi + 9 * xp);
                                a10_0 = vfmaq_f32(a10_0, x10, w0);
                                a10_1 = vfmaq_f32(a10_1, x10, w1);
                                const float32x4_t x11 = vld1q_dup_f32(xi + 10 * xp);
                                a11_0 = vfmaq_f32(a11_0, x11, w0);
                                a11_1 = vfmaq_f32(a11_1, x11, w1);
                                const float32x4_t x12 = vld1q_dup_f32(xi + 11 * xp);
                                a12_0 = vfmaq_f32(a12_0, x12, w0);
                                a12_1 = vfmaq_f32(a12_1, x12, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 6: { /* columns [1, 12) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x1 = vld1q_dup_f32(xi);
                                a1_0 = vfmaq_f32(a1_0, x1, w0);
                                a1_1 = vfmaq_f32(a1_1, x1, w1);
                                const float32x4_t x2 = vld1q_dup_f32(xi + 1 * xp);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 2 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 3 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 4 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 5 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 6 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                                const float32x4_t x8 = vld1q_dup_f32(xi + 7 * xp);
                                a8_0 = vfmaq_f32(a8_0, x8, w0);
                                a8_1 = vfmaq_f32(a8_1, x8, w1);
                                const float32x4_t x9 = vld1q_dup_f32(xi + 8 * xp);
                                a9_0 = vfmaq_f32(a9_0, x9, w0);
                                a9_1 = vfmaq_f32(a9_1, x9, w1);
                                const float32x4_t x10 = vld1q_dup_f32(xi + 9 * xp);
                                a10_0 = vfmaq_f32(a10_0, x10, w0);
                                a10_1 = vfmaq_f32(a10_1, x10, w1);
                                const float32x4_t x11 = vld1q_dup_f32(xi + 10 * xp);
                                a11_0 = vfmaq_f32(a11_0, x11, w0);
                                a11_1 = vfmaq_f32(a11_1, x11, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 7: { /* columns [1, 11) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x1 = vld1q_dup_f32(xi);
                                a1_0 = vfmaq_f32(a1_0, x1, w0);
                                a1_1 = vfmaq_f32(a1_1, x1, w1);
                                const float32x4_t x2 = vld1q_dup_f32(xi + 1 * xp);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 2 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 3 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 4 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 5 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 6 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                                const float32x4_t x8 = vld1q_dup_f32(xi + 7 * xp);
                                a8_0 = vfmaq_f32(a8_0, x8, w0);
                                a8_1 = vfmaq_f32(a8_1, x8, w1);
                                const float32x4_t x9 = vld1q_dup_f32(xi + 8 * xp);
                                a9_0 = vfmaq_f32(a9_0, x9, w0);
                                a9_1 = vfmaq_f32(a9_1, x9, w1);
                                const float32x4_t x10 = vld1q_dup_f32(xi + 9 * xp);
                                a10_0 = vfmaq_f32(a10_0, x10, w0);
                                a10_1 = vfmaq_f32(a10_1, x10, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 8: { /* columns [2, 14) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x2 = vld1q_dup_f32(xi);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 1 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 2 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 3 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 4 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 5 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                                const float32x4_t x8 = vld1q_dup_f32(xi + 6 * xp);
                                a8_0 = vfmaq_f32(a8_0, x8, w0);
                                a8_1 = vfmaq_f32(a8_1, x8, w1);
                                const float32x4_t x9 = vld1q_dup_f32(xi + 7 * xp);
                                a9_0 = vfmaq_f32(a9_0, x9, w0);
                                a9_1 = vfmaq_f32(a9_1, x9, w1);
                                const float32x4_t x10 = vld1q_dup_f32(xi + 8 * xp);
                                a10_0 = vfmaq_f32(a10_0, x10, w0);
                                a10_1 = vfmaq_f32(a10_1, x10, w1);
                                const float32x4_t x11 = vld1q_dup_f32(xi + 9 * xp);
                                a11_0 = vfmaq_f32(a11_0, x11, w0);
                                a11_1 = vfmaq_f32(a11_1, x11, w1);
                                const float32x4_t x12 = vld1q_dup_f32(xi + 10 * xp);
                                a12_0 = vfmaq_f32(a12_0, x12, w0);
                                a12_1 = vfmaq_f32(a12_1, x12, w1);
                                const float32x4_t x13 = vld1q_dup_f32(xi + 11 * xp);
                                a13_0 = vfmaq_f32(a13_0, x13, w0);
                                a13_1 = vfmaq_f32(a13_1, x13, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 9: { /* columns [2, 13) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x2 = vld1q_dup_f32(xi);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 1 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 2 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 3 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 4 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 5 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                                const float32x4_t x8 = vld1q_dup_f32(xi + 6 * xp);
                                a8_0 = vfmaq_f32(a8_0, x8, w0);
                                a8_1 = vfmaq_f32(a8_1, x8, w1);
                                const float32x4_t x9 = vld1q_dup_f32(xi + 7 * xp);
                                a9_0 = vfmaq_f32(a9_0, x9, w0);
                                a9_1 = vfmaq_f32(a9_1, x9, w1);
                                const float32x4_t x10 = vld1q_dup_f32(xi + 8 * xp);
                                a10_0 = vfmaq_f32(a10_0, x10, w0);
                                a10_1 = vfmaq_f32(a10_1, x10, w1);
                                const float32x4_t x11 = vld1q_dup_f32(xi + 9 * xp);
                                a11_0 = vfmaq_f32(a11_0, x11, w0);
                                a11_1 = vfmaq_f32(a11_1, x11, w1);
                                const float32x4_t x12 = vld1q_dup_f32(xi + 10 * xp);
                                a12_0 = vfmaq_f32(a12_0, x12, w0);
                                a12_1 = vfmaq_f32(a12_1, x12, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 10: { /* columns [2, 12) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x2 = vld1q_dup_f32(xi);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 1 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 2 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 3 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 4 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 5 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                                const float32x4_t x8 = vld1q_dup_f32(xi + 6 * xp);
                                a8_0 = vfmaq_f32(a8_0, x8, w0);
                                a8_1 = vfmaq_f32(a8_1, x8, w1);
                                const float32x4_t x9 = vld1q_dup_f32(xi + 7 * xp);
                                a9_0 = vfmaq_f32(a9_0, x9, w0);
                                a9_1 = vfmaq_f32(a9_1, x9, w1);
                                const float32x4_t x10 = vld1q_dup_f32(xi + 8 * xp);
                                a10_0 = vfmaq_f32(a10_0, x10, w0);
                                a10_1 = vfmaq_f32(a10_1, x10, w1);
                                const float32x4_t x11 = vld1q_dup_f32(xi + 9 * xp);
                                a11_0 = vfmaq_f32(a11_0, x11, w0);
                                a11_1 = vfmaq_f32(a11_1, x11, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 11: { /* columns [2, 11) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x2 = vld1q_dup_f32(xi);
                                a2_0 = vfmaq_f32(a2_0, x2, w0);
                                a2_1 = vfmaq_f32(a2_1, x2, w1);
                                const float32x4_t x3 = vld1q_dup_f32(xi + 1 * xp);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 2 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 3 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 4 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 5 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                                const float32x4_t x8 = vld1q_dup_f32(xi + 6 * xp);
                                a8_0 = vfmaq_f32(a8_0, x8, w0);
                                a8_1 = vfmaq_f32(a8_1, x8, w1);
                                const float32x4_t x9 = vld1q_dup_f32(xi + 7 * xp);
                                a9_0 = vfmaq_f32(a9_0, x9, w0);
                                a9_1 = vfmaq_f32(a9_1, x9, w1);
                                const float32x4_t x10 = vld1q_dup_f32(xi + 8 * xp);
                                a10_0 = vfmaq_f32(a10_0, x10, w0);
                                a10_1 = vfmaq_f32(a10_1, x10, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 12: { /* columns [3, 14) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x3 = vld1q_dup_f32(xi);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 1 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 2 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 3 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 4 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                                const float32x4_t x8 = vld1q_dup_f32(xi + 5 * xp);
                                a8_0 = vfmaq_f32(a8_0, x8, w0);
                                a8_1 = vfmaq_f32(a8_1, x8, w1);
                                const float32x4_t x9 = vld1q_dup_f32(xi + 6 * xp);
                                a9_0 = vfmaq_f32(a9_0, x9, w0);
                                a9_1 = vfmaq_f32(a9_1, x9, w1);
                                const float32x4_t x10 = vld1q_dup_f32(xi + 7 * xp);
                                a10_0 = vfmaq_f32(a10_0, x10, w0);
                                a10_1 = vfmaq_f32(a10_1, x10, w1);
                                const float32x4_t x11 = vld1q_dup_f32(xi + 8 * xp);
                                a11_0 = vfmaq_f32(a11_0, x11, w0);
                                a11_1 = vfmaq_f32(a11_1, x11, w1);
                                const float32x4_t x12 = vld1q_dup_f32(xi + 9 * xp);
                                a12_0 = vfmaq_f32(a12_0, x12, w0);
                                a12_1 = vfmaq_f32(a12_1, x12, w1);
                                const float32x4_t x13 = vld1q_dup_f32(xi + 10 * xp);
                                a13_0 = vfmaq_f32(a13_0, x13, w0);
                                a13_1 = vfmaq_f32(a13_1, x13, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 13: { /* columns [3, 13) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x3 = vld1q_dup_f32(xi);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 1 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 2 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 3 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 4 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                                const float32x4_t x8 = vld1q_dup_f32(xi + 5 * xp);
                                a8_0 = vfmaq_f32(a8_0, x8, w0);
                                a8_1 = vfmaq_f32(a8_1, x8, w1);
                                const float32x4_t x9 = vld1q_dup_f32(xi + 6 * xp);
                                a9_0 = vfmaq_f32(a9_0, x9, w0);
                                a9_1 = vfmaq_f32(a9_1, x9, w1);
                                const float32x4_t x10 = vld1q_dup_f32(xi + 7 * xp);
                                a10_0 = vfmaq_f32(a10_0, x10, w0);
                                a10_1 = vfmaq_f32(a10_1, x10, w1);
                                const float32x4_t x11 = vld1q_dup_f32(xi + 8 * xp);
                                a11_0 = vfmaq_f32(a11_0, x11, w0);
                                a11_1 = vfmaq_f32(a11_1, x11, w1);
                                const float32x4_t x12 = vld1q_dup_f32(xi + 9 * xp);
                                a12_0 = vfmaq_f32(a12_0, x12, w0);
                                a12_1 = vfmaq_f32(a12_1, x12, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 14: { /* columns [3, 12) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x3 = vld1q_dup_f32(xi);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 1 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 2 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 3 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 4 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                                const float32x4_t x8 = vld1q_dup_f32(xi + 5 * xp);
                                a8_0 = vfmaq_f32(a8_0, x8, w0);
                                a8_1 = vfmaq_f32(a8_1, x8, w1);
                                const float32x4_t x9 = vld1q_dup_f32(xi + 6 * xp);
                                a9_0 = vfmaq_f32(a9_0, x9, w0);
                                a9_1 = vfmaq_f32(a9_1, x9, w1);
                                const float32x4_t x10 = vld1q_dup_f32(xi + 7 * xp);
                                a10_0 = vfmaq_f32(a10_0, x10, w0);
                                a10_1 = vfmaq_f32(a10_1, x10, w1);
                                const float32x4_t x11 = vld1q_dup_f32(xi + 8 * xp);
                                a11_0 = vfmaq_f32(a11_0, x11, w0);
                                a11_1 = vfmaq_f32(a11_1, x11, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 15: { /* columns [3, 11) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                                const float32x4_t w0 = vld1q_f32(wi);
                                const float32x4_t w1 = vld1q_f32(wi + 4);
                                const float32x4_t x3 = vld1q_dup_f32(xi);
                                a3_0 = vfmaq_f32(a3_0, x3, w0);
                                a3_1 = vfmaq_f32(a3_1, x3, w1);
                                const float32x4_t x4 = vld1q_dup_f32(xi + 1 * xp);
                                a4_0 = vfmaq_f32(a4_0, x4, w0);
                                a4_1 = vfmaq_f32(a4_1, x4, w1);
                                const float32x4_t x5 = vld1q_dup_f32(xi + 2 * xp);
                                a5_0 = vfmaq_f32(a5_0, x5, w0);
                                a5_1 = vfmaq_f32(a5_1, x5, w1);
                                const float32x4_t x6 = vld1q_dup_f32(xi + 3 * xp);
                                a6_0 = vfmaq_f32(a6_0, x6, w0);
                                a6_1 = vfmaq_f32(a6_1, x6, w1);
                                const float32x4_t x7 = vld1q_dup_f32(xi + 4 * xp);
                                a7_0 = vfmaq_f32(a7_0, x7, w0);
                                a7_1 = vfmaq_f32(a7_1, x7, w1);
                                const float32x4_t x8 = vld1q_dup_f32(xi + 5 * xp);
                                a8_0 = vfmaq_f32(a8_0, x8, w0);
                                a8_1 = vfmaq_f32(a8_1, x8, w1);
                                const float32x4_t x9 = vld1q_dup_f32(xi + 6 * xp);
                                a9_0 = vfmaq_f32(a9_0, x9, w0);
                                a9_1 = vfmaq_f32(a9_1, x9, w1);
                                const float32x4_t x10 = vld1q_dup_f32(xi + 7 * xp);
                                a10_0 = vfmaq_f32(a10_0, x10, w0);
                                a10_1 = vfmaq_f32(a10_1, x10, w1);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    default:
                        break;
                    }
                }
            }
    } else {
        for (int kx = 0; kx < r->kw; kx++) {
            const int cut = cuts[kx], pa = pas[kx];
            if (cut < 0) continue;
            for (int ky = r->ky0; ky < r->ky1; ky++) {
                const ptrdiff_t rowoff = ((ptrdiff_t)r->iy0 + (ptrdiff_t)ky * r->dil_h) * r->xrow;
                const float *xt =
                    r->x + rowoff + (col0 + (ptrdiff_t)pa * r->stride_w + (ptrdiff_t)kx * r->dil_w) * r->xpix;
                const float *wt = r->w + ((ptrdiff_t)ky * r->kw + kx) * cib * 8;
                switch (cut) {
                case 0: { /* columns [0, 14) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x0 = vld1q_dup_f32(xi);
                            a0_0 = vfmaq_f32(a0_0, x0, w0);
                            a0_1 = vfmaq_f32(a0_1, x0, w1);
                            const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                            a1_0 = vfmaq_f32(a1_0, x1, w0);
                            a1_1 = vfmaq_f32(a1_1, x1, w1);
                            const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 5 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 6 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 7 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                            const float32x4_t x8 = vld1q_dup_f32(xi + 8 * xp);
                            a8_0 = vfmaq_f32(a8_0, x8, w0);
                            a8_1 = vfmaq_f32(a8_1, x8, w1);
                            const float32x4_t x9 = vld1q_dup_f32(xi + 9 * xp);
                            a9_0 = vfmaq_f32(a9_0, x9, w0);
                            a9_1 = vfmaq_f32(a9_1, x9, w1);
                            const float32x4_t x10 = vld1q_dup_f32(xi + 10 * xp);
                            a10_0 = vfmaq_f32(a10_0, x10, w0);
                            a10_1 = vfmaq_f32(a10_1, x10, w1);
                            const float32x4_t x11 = vld1q_dup_f32(xi + 11 * xp);
                            a11_0 = vfmaq_f32(a11_0, x11, w0);
                            a11_1 = vfmaq_f32(a11_1, x11, w1);
                            const float32x4_t x12 = vld1q_dup_f32(xi + 12 * xp);
                            a12_0 = vfmaq_f32(a12_0, x12, w0);
                            a12_1 = vfmaq_f32(a12_1, x12, w1);
                            const float32x4_t x13 = vld1q_dup_f32(xi + 13 * xp);
                            a13_0 = vfmaq_f32(a13_0, x13, w0);
                            a13_1 = vfmaq_f32(a13_1, x13, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 1: { /* columns [0, 13) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x0 = vld1q_dup_f32(xi);
                            a0_0 = vfmaq_f32(a0_0, x0, w0);
                            a0_1 = vfmaq_f32(a0_1, x0, w1);
                            const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                            a1_0 = vfmaq_f32(a1_0, x1, w0);
                            a1_1 = vfmaq_f32(a1_1, x1, w1);
                            const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 5 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 6 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 7 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                            const float32x4_t x8 = vld1q_dup_f32(xi + 8 * xp);
                            a8_0 = vfmaq_f32(a8_0, x8, w0);
                            a8_1 = vfmaq_f32(a8_1, x8, w1);
                            const float32x4_t x9 = vld1q_dup_f32(xi + 9 * xp);
                            a9_0 = vfmaq_f32(a9_0, x9, w0);
                            a9_1 = vfmaq_f32(a9_1, x9, w1);
                            const float32x4_t x10 = vld1q_dup_f32(xi + 10 * xp);
                            a10_0 = vfmaq_f32(a10_0, x10, w0);
                            a10_1 = vfmaq_f32(a10_1, x10, w1);
                            const float32x4_t x11 = vld1q_dup_f32(xi + 11 * xp);
                            a11_0 = vfmaq_f32(a11_0, x11, w0);
                            a11_1 = vfmaq_f32(a11_1, x11, w1);
                            const float32x4_t x12 = vld1q_dup_f32(xi + 12 * xp);
                            a12_0 = vfmaq_f32(a12_0, x12, w0);
                            a12_1 = vfmaq_f32(a12_1, x12, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 2: { /* columns [0, 12) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x0 = vld1q_dup_f32(xi);
                            a0_0 = vfmaq_f32(a0_0, x0, w0);
                            a0_1 = vfmaq_f32(a0_1, x0, w1);
                            const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                            a1_0 = vfmaq_f32(a1_0, x1, w0);
                            a1_1 = vfmaq_f32(a1_1, x1, w1);
                            const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 5 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 6 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 7 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                            const float32x4_t x8 = vld1q_dup_f32(xi + 8 * xp);
                            a8_0 = vfmaq_f32(a8_0, x8, w0);
                            a8_1 = vfmaq_f32(a8_1, x8, w1);
                            const float32x4_t x9 = vld1q_dup_f32(xi + 9 * xp);
                            a9_0 = vfmaq_f32(a9_0, x9, w0);
                            a9_1 = vfmaq_f32(a9_1, x9, w1);
                            const float32x4_t x10 = vld1q_dup_f32(xi + 10 * xp);
                            a10_0 = vfmaq_f32(a10_0, x10, w0);
                            a10_1 = vfmaq_f32(a10_1, x10, w1);
                            const float32x4_t x11 = vld1q_dup_f32(xi + 11 * xp);
                            a11_0 = vfmaq_f32(a11_0, x11, w0);
                            a11_1 = vfmaq_f32(a11_1, x11, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 3: { /* columns [0, 11) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x0 = vld1q_dup_f32(xi);
                            a0_0 = vfmaq_f32(a0_0, x0, w0);
                            a0_1 = vfmaq_f32(a0_1, x0, w1);
                            const float32x4_t x1 = vld1q_dup_f32(xi + 1 * xp);
                            a1_0 = vfmaq_f32(a1_0, x1, w0);
                            a1_1 = vfmaq_f32(a1_1, x1, w1);
                            const float32x4_t x2 = vld1q_dup_f32(xi + 2 * xp);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 3 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 4 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 5 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 6 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 7 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                            const float32x4_t x8 = vld1q_dup_f32(xi + 8 * xp);
                            a8_0 = vfmaq_f32(a8_0, x8, w0);
                            a8_1 = vfmaq_f32(a8_1, x8, w1);
                            const float32x4_t x9 = vld1q_dup_f32(xi + 9 * xp);
                            a9_0 = vfmaq_f32(a9_0, x9, w0);
                            a9_1 = vfmaq_f32(a9_1, x9, w1);
                            const float32x4_t x10 = vld1q_dup_f32(xi + 10 * xp);
                            a10_0 = vfmaq_f32(a10_0, x10, w0);
                            a10_1 = vfmaq_f32(a10_1, x10, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 4: { /* columns [1, 14) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x1 = vld1q_dup_f32(xi);
                            a1_0 = vfmaq_f32(a1_0, x1, w0);
                            a1_1 = vfmaq_f32(a1_1, x1, w1);
                            const float32x4_t x2 = vld1q_dup_f32(xi + 1 * xp);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 2 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 3 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 4 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 5 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 6 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                            const float32x4_t x8 = vld1q_dup_f32(xi + 7 * xp);
                            a8_0 = vfmaq_f32(a8_0, x8, w0);
                            a8_1 = vfmaq_f32(a8_1, x8, w1);
                            const float32x4_t x9 = vld1q_dup_f32(xi + 8 * xp);
                            a9_0 = vfmaq_f32(a9_0, x9, w0);
                            a9_1 = vfmaq_f32(a9_1, x9, w1);
                            const float32x4_t x10 = vld1q_dup_f32(xi + 9 * xp);
                            a10_0 = vfmaq_f32(a10_0, x10, w0);
                            a10_1 = vfmaq_f32(a10_1, x10, w1);
                            const float32x4_t x11 = vld1q_dup_f32(xi + 10 * xp);
                            a11_0 = vfmaq_f32(a11_0, x11, w0);
                            a11_1 = vfmaq_f32(a11_1, x11, w1);
                            const float32x4_t x12 = vld1q_dup_f32(xi + 11 * xp);
                            a12_0 = vfmaq_f32(a12_0, x12, w0);
                            a12_1 = vfmaq_f32(a12_1, x12, w1);
                            const float32x4_t x13 = vld1q_dup_f32(xi + 12 * xp);
                            a13_0 = vfmaq_f32(a13_0, x13, w0);
                            a13_1 = vfmaq_f32(a13_1, x13, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 5: { /* columns [1, 13) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x1 = vld1q_dup_f32(xi);
                            a1_0 = vfmaq_f32(a1_0, x1, w0);
                            a1_1 = vfmaq_f32(a1_1, x1, w1);
                            const float32x4_t x2 = vld1q_dup_f32(xi + 1 * xp);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 2 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 3 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 4 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 5 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 6 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                            const float32x4_t x8 = vld1q_dup_f32(xi + 7 * xp);
                            a8_0 = vfmaq_f32(a8_0, x8, w0);
                            a8_1 = vfmaq_f32(a8_1, x8, w1);
                            const float32x4_t x9 = vld1q_dup_f32(xi + 8 * xp);
                            a9_0 = vfmaq_f32(a9_0, x9, w0);
                            a9_1 = vfmaq_f32(a9_1, x9, w1);
                            const float32x4_t x10 = vld1q_dup_f32(xi + 9 * xp);
                            a10_0 = vfmaq_f32(a10_0, x10, w0);
                            a10_1 = vfmaq_f32(a10_1, x10, w1);
                            const float32x4_t x11 = vld1q_dup_f32(xi + 10 * xp);
                            a11_0 = vfmaq_f32(a11_0, x11, w0);
                            a11_1 = vfmaq_f32(a11_1, x11, w1);
                            const float32x4_t x12 = vld1q_dup_f32(xi + 11 * xp);
                            a12_0 = vfmaq_f32(a12_0, x12, w0);
                            a12_1 = vfmaq_f32(a12_1, x12, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 6: { /* columns [1, 12) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x1 = vld1q_dup_f32(xi);
                            a1_0 = vfmaq_f32(a1_0, x1, w0);
                            a1_1 = vfmaq_f32(a1_1, x1, w1);
                            const float32x4_t x2 = vld1q_dup_f32(xi + 1 * xp);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 2 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 3 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 4 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 5 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 6 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                            const float32x4_t x8 = vld1q_dup_f32(xi + 7 * xp);
                            a8_0 = vfmaq_f32(a8_0, x8, w0);
                            a8_1 = vfmaq_f32(a8_1, x8, w1);
                            const float32x4_t x9 = vld1q_dup_f32(xi + 8 * xp);
                            a9_0 = vfmaq_f32(a9_0, x9, w0);
                            a9_1 = vfmaq_f32(a9_1, x9, w1);
                            const float32x4_t x10 = vld1q_dup_f32(xi + 9 * xp);
                            a10_0 = vfmaq_f32(a10_0, x10, w0);
                            a10_1 = vfmaq_f32(a10_1, x10, w1);
                            const float32x4_t x11 = vld1q_dup_f32(xi + 10 * xp);
                            a11_0 = vfmaq_f32(a11_0, x11, w0);
                            a11_1 = vfmaq_f32(a11_1, x11, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 7: { /* columns [1, 11) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x1 = vld1q_dup_f32(xi);
                            a1_0 = vfmaq_f32(a1_0, x1, w0);
                            a1_1 = vfmaq_f32(a1_1, x1, w1);
                            const float32x4_t x2 = vld1q_dup_f32(xi + 1 * xp);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 2 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 3 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 4 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 5 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 6 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                            const float32x4_t x8 = vld1q_dup_f32(xi + 7 * xp);
                            a8_0 = vfmaq_f32(a8_0, x8, w0);
                            a8_1 = vfmaq_f32(a8_1, x8, w1);
                            const float32x4_t x9 = vld1q_dup_f32(xi + 8 * xp);
                            a9_0 = vfmaq_f32(a9_0, x9, w0);
                            a9_1 = vfmaq_f32(a9_1, x9, w1);
                            const float32x4_t x10 = vld1q_dup_f32(xi + 9 * xp);
                            a10_0 = vfmaq_f32(a10_0, x10, w0);
                            a10_1 = vfmaq_f32(a10_1, x10, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 8: { /* columns [2, 14) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x2 = vld1q_dup_f32(xi);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 1 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 2 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 3 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 4 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 5 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                            const float32x4_t x8 = vld1q_dup_f32(xi + 6 * xp);
                            a8_0 = vfmaq_f32(a8_0, x8, w0);
                            a8_1 = vfmaq_f32(a8_1, x8, w1);
                            const float32x4_t x9 = vld1q_dup_f32(xi + 7 * xp);
                            a9_0 = vfmaq_f32(a9_0, x9, w0);
                            a9_1 = vfmaq_f32(a9_1, x9, w1);
                            const float32x4_t x10 = vld1q_dup_f32(xi + 8 * xp);
                            a10_0 = vfmaq_f32(a10_0, x10, w0);
                            a10_1 = vfmaq_f32(a10_1, x10, w1);
                            const float32x4_t x11 = vld1q_dup_f32(xi + 9 * xp);
                            a11_0 = vfmaq_f32(a11_0, x11, w0);
                            a11_1 = vfmaq_f32(a11_1, x11, w1);
                            const float32x4_t x12 = vld1q_dup_f32(xi + 10 * xp);
                            a12_0 = vfmaq_f32(a12_0, x12, w0);
                            a12_1 = vfmaq_f32(a12_1, x12, w1);
                            const float32x4_t x13 = vld1q_dup_f32(xi + 11 * xp);
                            a13_0 = vfmaq_f32(a13_0, x13, w0);
                            a13_1 = vfmaq_f32(a13_1, x13, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 9: { /* columns [2, 13) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x2 = vld1q_dup_f32(xi);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 1 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 2 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 3 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 4 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 5 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                            const float32x4_t x8 = vld1q_dup_f32(xi + 6 * xp);
                            a8_0 = vfmaq_f32(a8_0, x8, w0);
                            a8_1 = vfmaq_f32(a8_1, x8, w1);
                            const float32x4_t x9 = vld1q_dup_f32(xi + 7 * xp);
                            a9_0 = vfmaq_f32(a9_0, x9, w0);
                            a9_1 = vfmaq_f32(a9_1, x9, w1);
                            const float32x4_t x10 = vld1q_dup_f32(xi + 8 * xp);
                            a10_0 = vfmaq_f32(a10_0, x10, w0);
                            a10_1 = vfmaq_f32(a10_1, x10, w1);
                            const float32x4_t x11 = vld1q_dup_f32(xi + 9 * xp);
                            a11_0 = vfmaq_f32(a11_0, x11, w0);
                            a11_1 = vfmaq_f32(a11_1, x11, w1);
                            const float32x4_t x12 = vld1q_dup_f32(xi + 10 * xp);
                            a12_0 = vfmaq_f32(a12_0, x12, w0);
                            a12_1 = vfmaq_f32(a12_1, x12, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 10: { /* columns [2, 12) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x2 = vld1q_dup_f32(xi);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 1 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 2 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 3 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 4 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 5 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                            const float32x4_t x8 = vld1q_dup_f32(xi + 6 * xp);
                            a8_0 = vfmaq_f32(a8_0, x8, w0);
                            a8_1 = vfmaq_f32(a8_1, x8, w1);
                            const float32x4_t x9 = vld1q_dup_f32(xi + 7 * xp);
                            a9_0 = vfmaq_f32(a9_0, x9, w0);
                            a9_1 = vfmaq_f32(a9_1, x9, w1);
                            const float32x4_t x10 = vld1q_dup_f32(xi + 8 * xp);
                            a10_0 = vfmaq_f32(a10_0, x10, w0);
                            a10_1 = vfmaq_f32(a10_1, x10, w1);
                            const float32x4_t x11 = vld1q_dup_f32(xi + 9 * xp);
                            a11_0 = vfmaq_f32(a11_0, x11, w0);
                            a11_1 = vfmaq_f32(a11_1, x11, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 11: { /* columns [2, 11) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x2 = vld1q_dup_f32(xi);
                            a2_0 = vfmaq_f32(a2_0, x2, w0);
                            a2_1 = vfmaq_f32(a2_1, x2, w1);
                            const float32x4_t x3 = vld1q_dup_f32(xi + 1 * xp);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 2 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 3 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 4 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 5 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                            const float32x4_t x8 = vld1q_dup_f32(xi + 6 * xp);
                            a8_0 = vfmaq_f32(a8_0, x8, w0);
                            a8_1 = vfmaq_f32(a8_1, x8, w1);
                            const float32x4_t x9 = vld1q_dup_f32(xi + 7 * xp);
                            a9_0 = vfmaq_f32(a9_0, x9, w0);
                            a9_1 = vfmaq_f32(a9_1, x9, w1);
                            const float32x4_t x10 = vld1q_dup_f32(xi + 8 * xp);
                            a10_0 = vfmaq_f32(a10_0, x10, w0);
                            a10_1 = vfmaq_f32(a10_1, x10, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 12: { /* columns [3, 14) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x3 = vld1q_dup_f32(xi);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 1 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 2 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 3 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 4 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                            const float32x4_t x8 = vld1q_dup_f32(xi + 5 * xp);
                            a8_0 = vfmaq_f32(a8_0, x8, w0);
                            a8_1 = vfmaq_f32(a8_1, x8, w1);
                            const float32x4_t x9 = vld1q_dup_f32(xi + 6 * xp);
                            a9_0 = vfmaq_f32(a9_0, x9, w0);
                            a9_1 = vfmaq_f32(a9_1, x9, w1);
                            const float32x4_t x10 = vld1q_dup_f32(xi + 7 * xp);
                            a10_0 = vfmaq_f32(a10_0, x10, w0);
                            a10_1 = vfmaq_f32(a10_1, x10, w1);
                            const float32x4_t x11 = vld1q_dup_f32(xi + 8 * xp);
                            a11_0 = vfmaq_f32(a11_0, x11, w0);
                            a11_1 = vfmaq_f32(a11_1, x11, w1);
                            const float32x4_t x12 = vld1q_dup_f32(xi + 9 * xp);
                            a12_0 = vfmaq_f32(a12_0, x12, w0);
                            a12_1 = vfmaq_f32(a12_1, x12, w1);
                            const float32x4_t x13 = vld1q_dup_f32(xi + 10 * xp);
                            a13_0 = vfmaq_f32(a13_0, x13, w0);
                            a13_1 = vfmaq_f32(a13_1, x13, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 13: { /* columns [3, 13) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x3 = vld1q_dup_f32(xi);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 1 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 2 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 3 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 4 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                            const float32x4_t x8 = vld1q_dup_f32(xi + 5 * xp);
                            a8_0 = vfmaq_f32(a8_0, x8, w0);
                            a8_1 = vfmaq_f32(a8_1, x8, w1);
                            const float32x4_t x9 = vld1q_dup_f32(xi + 6 * xp);
                            a9_0 = vfmaq_f32(a9_0, x9, w0);
                            a9_1 = vfmaq_f32(a9_1, x9, w1);
                            const float32x4_t x10 = vld1q_dup_f32(xi + 7 * xp);
                            a10_0 = vfmaq_f32(a10_0, x10, w0);
                            a10_1 = vfmaq_f32(a10_1, x10, w1);
                            const float32x4_t x11 = vld1q_dup_f32(xi + 8 * xp);
                            a11_0 = vfmaq_f32(a11_0, x11, w0);
                            a11_1 = vfmaq_f32(a11_1, x11, w1);
                            const float32x4_t x12 = vld1q_dup_f32(xi + 9 * xp);
                            a12_0 = vfmaq_f32(a12_0, x12, w0);
                            a12_1 = vfmaq_f32(a12_1, x12, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 14: { /* columns [3, 12) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x3 = vld1q_dup_f32(xi);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 1 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 2 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 3 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 4 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                            const float32x4_t x8 = vld1q_dup_f32(xi + 5 * xp);
                            a8_0 = vfmaq_f32(a8_0, x8, w0);
                            a8_1 = vfmaq_f32(a8_1, x8, w1);
                            const float32x4_t x9 = vld1q_dup_f32(xi + 6 * xp);
                            a9_0 = vfmaq_f32(a9_0, x9, w0);
                            a9_1 = vfmaq_f32(a9_1, x9, w1);
                            const float32x4_t x10 = vld1q_dup_f32(xi + 7 * xp);
                            a10_0 = vfmaq_f32(a10_0, x10, w0);
                            a10_1 = vfmaq_f32(a10_1, x10, w1);
                            const float32x4_t x11 = vld1q_dup_f32(xi + 8 * xp);
                            a11_0 = vfmaq_f32(a11_0, x11, w0);
                            a11_1 = vfmaq_f32(a11_1, x11, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 15: { /* columns [3, 11) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 8) {
                            const float32x4_t w0 = vld1q_f32(wi);
                            const float32x4_t w1 = vld1q_f32(wi + 4);
                            const float32x4_t x3 = vld1q_dup_f32(xi);
                            a3_0 = vfmaq_f32(a3_0, x3, w0);
                            a3_1 = vfmaq_f32(a3_1, x3, w1);
                            const float32x4_t x4 = vld1q_dup_f32(xi + 1 * xp);
                            a4_0 = vfmaq_f32(a4_0, x4, w0);
                            a4_1 = vfmaq_f32(a4_1, x4, w1);
                            const float32x4_t x5 = vld1q_dup_f32(xi + 2 * xp);
                            a5_0 = vfmaq_f32(a5_0, x5, w0);
                            a5_1 = vfmaq_f32(a5_1, x5, w1);
                            const float32x4_t x6 = vld1q_dup_f32(xi + 3 * xp);
                            a6_0 = vfmaq_f32(a6_0, x6, w0);
                            a6_1 = vfmaq_f32(a6_1, x6, w1);
                            const float32x4_t x7 = vld1q_dup_f32(xi + 4 * xp);
                            a7_0 = vfmaq_f32(a7_0, x7, w0);
                            a7_1 = vfmaq_f32(a7_1, x7, w1);
                            const float32x4_t x8 = vld1q_dup_f32(xi + 5 * xp);
                            a8_0 = vfmaq_f32(a8_0, x8, w0);
                            a8_1 = vfmaq_f32(a8_1, x8, w1);
                            const float32x4_t x9 = vld1q_dup_f32(xi + 6 * xp);
                            a9_0 = vfmaq_f32(a9_0, x9, w0);
                            a9_1 = vfmaq_f32(a9_1, x9, w1);
                            const float32x4_t x10 = vld1q_dup_f32(xi + 7 * xp);
                            a10_0 = vfmaq_f32(a10_0, x10, w0);
                            a10_1 = vfmaq_f32(a10_1, x10, w1);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                default:
                    break;
                }
            }
        }
    }
    if (r->last && r->relu) {
        a0_0 = vmaxq_f32(a0_0, vdupq_n_f32(0.0f));
        a0_1 = vmaxq_f32(a0_1, vdupq_n_f32(0.0f));
        a1_0 = vmaxq_f32(a1_0, vdupq_n_f32(0.0f));
        a1_1 = vmaxq_f32(a1_1, vdupq_n_f32(0.0f));
        a2_0 = vmaxq_f32(a2_0, vdupq_n_f32(0.0f));
        a2_1 = vmaxq_f32(a2_1, vdupq_n_f32(0.0f));
        a3_0 = vmaxq_f32(a3_0, vdupq_n_f32(0.0f));
        a3_1 = vmaxq_f32(a3_1, vdupq_n_f32(0.0f));
        a4_0 = vmaxq_f32(a4_0, vdupq_n_f32(0.0f));
        a4_1 = vmaxq_f32(a4_1, vdupq_n_f32(0.0f));
        a5_0 = vmaxq_f32(a5_0, vdupq_n_f32(0.0f));
        a5_1 = vmaxq_f32(a5_1, vdupq_n_f32(0.0f));
        a6_0 = vmaxq_f32(a6_0, vdupq_n_f32(0.0f));
        a6_1 = vmaxq_f32(a6_1, vdupq_n_f32(0.0f));
        a7_0 = vmaxq_f32(a7_0, vdupq_n_f32(0.0f));
        a7_1 = vmaxq_f32(a7_1, vdupq_n_f32(0.0f));
        a8_0 = vmaxq_f32(a8_0, vdupq_n_f32(0.0f));
        a8_1 = vmaxq_f32(a8_1, vdupq_n_f32(0.0f));
        a9_0 = vmaxq_f32(a9_0, vdupq_n_f32(0.0f));
        a9_1 = vmaxq_f32(a9_1, vdupq_n_f32(0.0f));
        a10_0 = vmaxq_f32(a10_0, vdupq_n_f32(0.0f));
        a10_1 = vmaxq_f32(a10_1, vdupq_n_f32(0.0f));
        a11_0 = vmaxq_f32(a11_0, vdupq_n_f32(0.0f));
        a11_1 = vmaxq_f32(a11_1, vdupq_n_f32(0.0f));
        a12_0 = vmaxq_f32(a12_0, vdupq_n_f32(0.0f));
        a12_1 = vmaxq_f32(a12_1, vdupq_n_f32(0.0f));
        a13_0 = vmaxq_f32(a13_0, vdupq_n_f32(0.0f));
        a13_1 = vmaxq_f32(a13_1, vdupq_n_f32(0.0f));
    }
    if (!r->ylanes) {
        vst1q_f32(y + r->yvoff[0], a0_0);
        vst1q_f32(y + r->yvoff[1], a0_1);
        vst1q_f32(y + 1 * ypix + r->yvoff[0], a1_0);
        vst1q_f32(y + 1 * ypix + r->yvoff[1], a1_1);
        vst1q_f32(y + 2 * ypix + r->yvoff[0], a2_0);
        vst1q_f32(y + 2 * ypix + r->yvoff[1], a2_1);
        vst1q_f32(y + 3 * ypix + r->yvoff[0], a3_0);
        vst1q_f32(y + 3 * ypix + r->yvoff[1], a3_1);
        vst1q_f32(y + 4 * ypix + r->yvoff[0], a4_0);
        vst1q_f32(y + 4 * ypix + r->yvoff[1], a4_1);
        vst1q_f32(y + 5 * ypix + r->yvoff[0], a5_0);
        vst1q_f32(y + 5 * ypix + r->yvoff[1], a5_1);
        vst1q_f32(y + 6 * ypix + r->yvoff[0], a6_0);
        vst1q_f32(y + 6 * ypix + r->yvoff[1], a6_1);
        vst1q_f32(y + 7 * ypix + r->yvoff[0], a7_0);
        vst1q_f32(y + 7 * ypix + r->yvoff[1], a7_1);
        vst1q_f32(y + 8 * ypix + r->yvoff[0], a8_0);
        vst1q_f32(y + 8 * ypix + r->yvoff[1], a8_1);
        vst1q_f32(y + 9 * ypix + r->yvoff[0], a9_0);
        vst1q_f32(y + 9 * ypix + r->yvoff[1], a9_1);
        vst1q_f32(y + 10 * ypix + r->yvoff[0], a10_0);
        vst1q_f32(y + 10 * ypix + r->yvoff[1], a10_1);
        vst1q_f32(y + 11 * ypix + r->yvoff[0], a11_0);
        vst1q_f32(y + 11 * ypix + r->yvoff[1], a11_1);
        vst1q_f32(y + 12 * ypix + r->yvoff[0], a12_0);
        vst1q_f32(y + 12 * ypix + r->yvoff[1], a12_1);
        vst1q_f32(y + 13 * ypix + r->yvoff[0], a13_0);
        vst1q_f32(y + 13 * ypix + r->yvoff[1], a13_1);
    } else {
        lanes_store(r, y + r->yvoff[0], 0, a0_0);
        lanes_store(r, y + r->yvoff[1], 1, a0_1);
        lanes_store(r, y + 1 * ypix + r->yvoff[0], 0, a1_0);
        lanes_store(r, y + 1 * ypix + r->yvoff[1], 1, a1_1);
        lanes_store(r, y + 2 * ypix + r->yvoff[0], 0, a2_0);
        lanes_store(r, y + 2 * ypix + r->yvoff[1], 1, a2_1);
        lanes_store(r, y + 3 * ypix + r->yvoff[0], 0, a3_0);
        lanes_store(r, y + 3 * ypix + r->yvoff[1], 1, a3_1);
        lanes_store(r, y + 4 * ypix + r->yvoff[0], 0, a4_0);
        lanes_store(r, y + 4 * ypix + r->yvoff[1], 1, a4_1);
        lanes_store(r, y + 5 * ypix + r->yvoff[0], 0, a5_0);
        lanes_store(r, y + 5 * ypix + r->yvoff[1], 1, a5_1);
        lanes_store(r, y + 6 * ypix + r->yvoff[0], 0, a6_0);
        lanes_store(r, y + 6 * ypix + r->yvoff[1], 1, a6_1);
        lanes_store(r, y + 7 * ypix + r->yvoff[0], 0, a7_0);
        lanes_store(r, y + 7 * ypix + r->yvoff[1], 1, a7_1);
        lanes_store(r, y + 8 * ypix + r->yvoff[0], 0, a8_0);
        lanes_store(r, y + 8 * ypix + r->yvoff[1], 1, a8_1);
        lanes_store(r, y + 9 * ypix + r->yvoff[0], 0, a9_0);
        lanes_store(r, y + 9 * ypix + r->yvoff[1], 1, a9_1);
        lanes_store(r, y + 10 * ypix + r->yvoff[0], 0, a10_0);
        lanes_store(r, y + 10 * ypix + r->yvoff[1], 1, a10_1);
        lanes_store(r, y + 11 * ypix + r->yvoff[0], 0, a11_0);
        lanes_store(r, y + 11 * ypix + r->yvoff[1], 1, a11_1);
        lanes_store(r, y + 12 * ypix + r->yvoff[0], 0, a12_0);
        lanes_store(r, y + 12 * ypix + r->yvoff[1], 1, a12_1);
        lanes_store(r, y + 13 * ypix + r->yvoff[0], 0, a13_0);
        lanes_store(r, y + 13 * ypix + r->yvoff[1], 1, a13_1);
    }
    return true;
}

const lmc_direct_ukernel lmc_f32_direct_conv_8cx14w__neon = {
    .name = "f32-direct-conv-8cx14w-neon",
    .isa = LMC_ISA_NEON,
    .vw = 4,
    .nv = 2,
    .wob = 14,
    .dw_wob = 12,
    .merged = {
        [7] = lmc_f32_direct_conv_8cx14w_merged7__neon,
        [8] = lmc_f32_direct_conv_8cx14w_merged8__neon,
        [9] = lmc_f32_direct_conv_8cx14w_merged9__neon,
        [10] = lmc_f32_direct_conv_8cx14w_merged10__neon,
        [11] = lmc_f32_direct_conv_8cx14w_merged11__neon,
        [12] = lmc_f32_direct_conv_8cx14w_merged12__neon,
        [13] = lmc_f32_direct_conv_8cx14w_merged13__neon,
        [14] = lmc_f32_direct_conv_8cx14w_merged14__neon,
    },
    .taps = {
        [7] = lmc_f32_direct_conv_8cx14w_taps7__neon,
        [8] = lmc_f32_direct_conv_8cx14w_taps8__neon,
        [9] = lmc_f32_direct_conv_8cx14w_taps9__neon,
        [10] = lmc_f32_direct_conv_8cx14w_taps10__neon,
        [11] = lmc_f32_direct_conv_8cx14w_taps11__neon,
        [12] = lmc_f32_direct_conv_8cx14w_taps12__neon,
        [13] = lmc_f32_direct_conv_8cx14w_taps13__neon,
        [14] = lmc_f32_direct_conv_8cx14w_taps14__neon,
    },
    .conv = {
        [1] = lmc_f32_direct_conv_8cx14w_conv1__neon,
        [2] = lmc_f32_direct_conv_8cx14w_conv2__neon,
        [3] = lmc_f32_direct_conv_8cx14w_conv3__neon,
        [4] = lmc_f32_direct_conv_8cx14w_conv4__neon,
        [5] = lmc_f32_direct_conv_8cx14w_conv5__neon,
        [6] = lmc_f32_direct_conv_8cx14w_conv6__neon,
        [7] = lmc_f32_direct_conv_8cx14w_conv7__neon,
        [8] = lmc_f32_direct_conv_8cx14w_conv8__neon,
        [9] = lmc_f32_direct_conv_8cx14w_conv9__neon,
        [10] = lmc_f32_direct_conv_8cx14w_conv10__neon,
        [11] = lmc_f32_direct_conv_8cx14w_conv11__neon,
        [12] = lmc_f32_direct_conv_8cx14w_conv12__neon,
        [13] = lmc_f32_direct_conv_8cx14w_conv13__neon,
        [14] = lmc_f32_direct_conv_8cx14w_conv14__neon,
    },
    .dw = {
        [1] = lmc_f32_direct_conv_8cx14w_dw1__neon,
        [2] = lmc_f32_direct_conv_8cx14w_dw2__neon,
        [3] = lmc_f32_direct_conv_8cx14w_dw3__neon,
        [4] = lmc_f32_direct_conv_8cx14w_dw4__neon,
        [5] = lmc_f32_direct_conv_8cx14w_dw5__neon,
        [6] = lmc_f32_direct_conv_8cx14w_dw6__neon,
        [7] = lmc_f32_direct_conv_8cx14w_dw7__neon,
        [8] = lmc_f32_direct_conv_8cx14w_dw8__neon,
        [9] = lmc_f32_direct_conv_8cx14w_dw9__neon,
        [10] = lmc_f32_direct_conv_8cx14w_dw10__neon,
        [11] = lmc_f32_direct_conv_8cx14w_dw11__neon,
        [12] = lmc_f32_direct_conv_8cx14w_dw12__neon,
    },
    .dw_v1 = {
        [1] = lmc_f32_direct_conv_8cx14w_dw1_v1__neon,
        [2] = lmc_f32_direct_conv_8cx14w_dw2_v1__neon,
        [3] = lmc_f32_direct_conv_8cx14w_dw3_v1__neon,
        [4] = lmc_f32_direct_conv_8cx14w_dw4_v1__neon,
        [5] = lmc_f32_direct_conv_8cx14w_dw5_v1__neon,
        [6] = lmc_f32_direct_conv_8cx14w_dw6_v1__neon,
        [7] = lmc_f32_direct_conv_8cx14w_dw7_v1__neon,
        [8] = lmc_f32_direct_conv_8cx14w_dw8_v1__neon,
        [9] = lmc_f32_direct_conv_8cx14w_dw9_v1__neon,
        [10] = lmc_f32_direct_conv_8cx14w_dw10_v1__neon,
        [11] = lmc_f32_direct_conv_8cx14w_dw11_v1__neon,
        [12] = lmc_f32_direct_conv_8cx14w_dw12_v1__neon,
    },
};
