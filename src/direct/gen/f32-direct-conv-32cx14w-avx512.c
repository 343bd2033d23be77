/* Generated from src/direct/f32-direct-conv.c.in (ISA=avx512, VW=16, NV=2, WOB=14, DW_WOB=12) by
 *   python3 tools/generate-kernels.py
 * Do not edit: change the template or the parameters in
 * tools/generate-kernels.py, then run that command. */
/* Direct-convolution register blocks, AVX-512: 32 output channels (2 zmm) x
 * 14 output columns = 28 accumulators + 2 weight vectors + 1 broadcast = 31
 * of 32 zmm (the named-accumulator blocks keep all of them in registers).
 * E = 448 independent outputs >= 16 lanes x 2 FMA pipes x 4 cycles (Zen 5),
 * the paper's condition (1); <= 32 x 16, condition (2).  The family's rule
 * uses it for narrow rows (each weight vector serves up to 14 columns), for
 * output channel counts that 64-channel tiles would pad, and for depthwise.
 * Depthwise blocks stop at 12 columns: their accumulators live in an array,
 * and at 14 MobileNet's 14 x 14 depthwise layer ran 25 % slower. */
#include <immintrin.h>
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
static void part_load(float t[16], const float *src, int n, ptrdiff_t step, int split, ptrdiff_t jump)
{
    for (int l = 0; l < 16; l++) t[l] = l < n ? src[lane_at(l, step, split, jump)] : 0.0f;
}

/* Channels [0, n) of a vector to yp, [n, nz) zeros (blocked layouts'
 * padding channels), nothing beyond. */
static void part_store(float *yp, const float t[16], int n, int nz, ptrdiff_t step, int split,
                       ptrdiff_t jump)
{
    for (int l = 0; l < 16 && l < nz; l++) yp[lane_at(l, step, split, jump)] = l < n ? t[l] : 0.0f;
}

/* A whole vector of output channels that is not one plain load or store
 * (r->ylanes): through the stack, a lane at a time, once per register
 * block after its whole reduction (the named blocks' prologue and
 * epilogue). */
INLINE __m512 lanes_load(const lmc_direct_row *r, const float *src, int v)
{
    float t[16];
    for (int l = 0; l < 16; l++) t[l] = src[lane_at(l, r->ych, r->ysplit[v], r->yjump)];
    return _mm512_loadu_ps(t);
}

INLINE void lanes_store(const lmc_direct_row *r, float *yp, int v, __m512 x)
{
    if (r->ych == 1) {
        /* a vector across two channel blocks: two masked stores */
        const __mmask16 lo = (__mmask16)((1u << r->ysplit[v]) - 1u);
        _mm512_mask_storeu_ps(yp, lo, x);
        _mm512_mask_storeu_ps(yp + r->yjump, (__mmask16)~lo, x);
        return;
    }
    float t[16];
    _mm512_storeu_ps(t, x);
    for (int l = 0; l < 16; l++) yp[lane_at(l, r->ych, r->ysplit[v], r->yjump)] = t[l];
}

/* Column p of w <= 16 (t[p], 16 channels) to yp + l * step + p for channel
 * l: a 16 x 16 transpose in registers, then one masked store of w floats
 * per channel -- NCHW's block store, 16 stores instead of 16 * w.  Out of
 * line: one copy for every named block. */
static __attribute__((noinline)) void plane_store(float *yp, ptrdiff_t step, __m512 t[16], int w)
{
    __m512 u[16];
    for (int p = w; p < 16; p++) t[p] = _mm512_setzero_ps();
    for (int i = 0; i < 8; i++) {
        u[2 * i] = _mm512_unpacklo_ps(t[2 * i], t[2 * i + 1]);
        u[2 * i + 1] = _mm512_unpackhi_ps(t[2 * i], t[2 * i + 1]);
    }
    for (int i = 0; i < 4; i++) {
        const __m512d a = _mm512_castps_pd(u[4 * i]), b = _mm512_castps_pd(u[4 * i + 1]);
        const __m512d c = _mm512_castps_pd(u[4 * i + 2]), d = _mm512_castps_pd(u[4 * i + 3]);
        t[4 * i] = _mm512_castpd_ps(_mm512_unpacklo_pd(a, c));
        t[4 * i + 1] = _mm512_castpd_ps(_mm512_unpackhi_pd(a, c));
        t[4 * i + 2] = _mm512_castpd_ps(_mm512_unpacklo_pd(b, d));
        t[4 * i + 3] = _mm512_castpd_ps(_mm512_unpackhi_pd(b, d));
    }
    for (int i = 0; i < 2; i++)
        for (int j = 0; j < 4; j++) {
            u[8 * i + j] = _mm512_shuffle_f32x4(t[8 * i + j], t[8 * i + 4 + j], 0x88);
            u[8 * i + 4 + j] = _mm512_shuffle_f32x4(t[8 * i + j], t[8 * i + 4 + j], 0xdd);
        }
    const __mmask16 m = (__mmask16)((1u << w) - 1u);
    for (int j = 0; j < 8; j++) {
        _mm512_mask_storeu_ps(yp + j * step, m, _mm512_shuffle_f32x4(u[j], u[8 + j], 0x88));
        _mm512_mask_storeu_ps(yp + (8 + j) * step, m, _mm512_shuffle_f32x4(u[j], u[8 + j], 0xdd));
    }
}

/* ---- generic blocks: any width, any tile, accumulators in acc[][] --------
 * wob and nv are constants in every caller, so the loops unroll and acc
 * stays in registers where the compiler manages it. */

/* acc[p][v] = the tile's starting value: the bias on the first cache block,
 * otherwise what the previous cache blocks left in the output. */
INLINE void init(const lmc_direct_row *r, float *y, int wob, int nv, bool full,
                 __m512 acc[14][2])
{
    float t[16];
    if (r->first) {
        for (int v = 0; v < nv; v++) {
            __m512 b = _mm512_setzero_ps();
            if (r->bias && full) {
                b = _mm512_loadu_ps(r->bias + v * 16);
            } else if (r->bias) {
                part_load(t, r->bias + v * 16, r->nvalid - v * 16, 1, 16, 0);
                b = _mm512_loadu_ps(t);
            }
            for (int p = 0; p < wob; p++) acc[p][v] = b;
        }
        return;
    }
    for (int p = 0; p < wob; p++)
        for (int v = 0; v < nv; v++) {
            const float *yp = y + p * r->ypix + r->yvoff[v];
            if (full && !r->ylanes) {
                acc[p][v] = _mm512_loadu_ps(yp);
            } else {
                part_load(t, yp, r->nvalid - v * 16, r->ych, r->ysplit[v], r->yjump);
                acc[p][v] = _mm512_loadu_ps(t);
            }
        }
}

/* Stores the register block, with the ReLU after the last cache block.  A
 * partial tile writes its nvalid channels and zeros the blocked layout's
 * padding channels up to nzero; nothing beyond. */
INLINE void store(const lmc_direct_row *r, float *y, int wob, int nv, bool full,
                  __m512 acc[14][2])
{
    if (r->last && r->relu)
        for (int p = 0; p < wob; p++)
            for (int v = 0; v < nv; v++) acc[p][v] = _mm512_max_ps(acc[p][v], _mm512_setzero_ps());
    float t[16];
    for (int p = 0; p < wob; p++)
        for (int v = 0; v < nv; v++) {
            float *yp = y + p * r->ypix + r->yvoff[v];
            if (full && !r->ylanes) {
                _mm512_storeu_ps(yp, acc[p][v]);
            } else {
                _mm512_storeu_ps(t, acc[p][v]);
                part_store(yp, t, r->nvalid - v * 16, r->nzero - v * 16, r->ych, r->ysplit[v],
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
INLINE void tap(__m512 acc[14][2], const float *xt, ptrdiff_t xp, ptrdiff_t xcb,
                ptrdiff_t xch, const float *wt, int n, int cblk, int coff, int p0, int p1, int nv)
{
    xt -= coff * xch;
    for (int c = -coff; c < n; c += cblk) {
        const int a = c < 0 ? -c : 0, nb = n - c < cblk ? n - c : cblk;
        for (int ii = a; ii < nb; ii++) {
            __m512 wv[2];
            for (int v = 0; v < nv; v++) wv[v] = _mm512_loadu_ps(wt + (c + ii) * 32 + v * 16);
            for (int p = p0; p < p1; p++) {
                const __m512 xb = _mm512_set1_ps(*(xt + (p - p0) * xp + ii * xch));
                for (int v = 0; v < nv; v++) acc[p][v] = _mm512_fmadd_ps(xb, wv[v], acc[p][v]);
            }
        }
        xt += xcb;
    }
}

/* Any other column range (kernels wider than the blocks, large padding):
 * the same loop with run-time bounds, one test per column. */
INLINE void tap_any(__m512 acc[14][2], const float *xt, ptrdiff_t xp, ptrdiff_t xcb,
                    ptrdiff_t xch, const float *wt, int n, int cblk, int coff, int pa, int pb, int wob,
                    int nv)
{
    xt -= coff * xch;
    for (int c = -coff; c < n; c += cblk) {
        const int a = c < 0 ? -c : 0, nb = n - c < cblk ? n - c : cblk;
        for (int ii = a; ii < nb; ii++) {
            __m512 wv[2];
            for (int v = 0; v < nv; v++) wv[v] = _mm512_loadu_ps(wt + (c + ii) * 32 + v * 16);
            for (int p = 0; p < wob; p++) {
                if (p < pa || p >= pb) continue;
                const __m512 xb = _mm512_set1_ps(*(xt + (p - pa) * xp + ii * xch));
                for (int v = 0; v < nv; v++) acc[p][v] = _mm512_fmadd_ps(xb, wv[v], acc[p][v]);
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
    const bool full = r->nvalid >= nv * 16;
    const bool merged = r->merge_kx && lmc_direct_block_interior(r, ox0, wob);
    __m512 acc[14][2];
    float *y = r->y + (ptrdiff_t)ox0 * r->ypix;
    init(r, y, wob, nv, full, acc);
    const ptrdiff_t xp = (ptrdiff_t)r->stride_w * r->xpix; /* between output columns */
    const ptrdiff_t col0 = (ptrdiff_t)ox0 * r->stride_w - r->pad_left;
    const int cib = r->cib, cblk = r->cblk, coff = r->coff;
    if (merged) {
        const int n = r->kw * cib;
        for (int ky = r->ky0; ky < r->ky1; ky++) {
            const ptrdiff_t rowoff = ((ptrdiff_t)r->iy0 + (ptrdiff_t)ky * r->dil_h) * r->xrow;
            tap(acc, r->x + rowoff + col0 * r->xpix, xp, 0, 1, r->w + (ptrdiff_t)ky * n * 32, n, n, 0,
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
            const float *wt = r->w + ((ptrdiff_t)ky * r->kw + kx) * cib * 32;
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
    __m512 acc[14][2];
    float *y = r->y + (ptrdiff_t)ox0 * r->ypix;
    const bool full = r->nvalid >= nv * 16;
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
                const __m512 wv = _mm512_loadu_ps(wt + v * 16);
                for (int p = 0; p < wob; p++) {
                    if (p < pa || p >= pb) continue;
                    const __m512 xv = _mm512_loadu_ps(xt + (p - pa) * xp + r->xvoff[v]);
                    acc[p][v] = _mm512_fmadd_ps(xv, wv, acc[p][v]);
                }
            }
        }
    }
    store(r, y, wob, nv, full, acc);
}

/* The generic blocks of each width: conv (the whole tile, partial via
 * nvalid), dw (depthwise, 2 vectors) and dw_v1 (depthwise, one vector). */

static void lmc_f32_direct_conv_32cx14w_conv1__avx512(const lmc_direct_row *r, int ox0)
{
    conv_tile(r, ox0, 1, 2);
}

static void lmc_f32_direct_conv_32cx14w_dw1__avx512(const lmc_direct_row *r, int ox0)
{
    dw_tile(r, ox0, 1, 2);
}

static void lmc_f32_direct_conv_32cx14w_dw1_v1__avx512(const lmc_direct_row *r, int ox0)
{
    dw_tile(r, ox0, 1, 1);
}

static void lmc_f32_direct_conv_32cx14w_conv2__avx512(const lmc_direct_row *r, int ox0)
{
    conv_tile(r, ox0, 2, 2);
}

static void lmc_f32_direct_conv_32cx14w_dw2__avx512(const lmc_direct_row *r, int ox0)
{
    dw_tile(r, ox0, 2, 2);
}

static void lmc_f32_direct_conv_32cx14w_dw2_v1__avx512(const lmc_direct_row *r, int ox0)
{
    dw_tile(r, ox0, 2, 1);
}

static void lmc_f32_direct_conv_32cx14w_conv3__avx512(const lmc_direct_row *r, int ox0)
{
    conv_tile(r, ox0, 3, 2);
}

static void lmc_f32_direct_conv_32cx14w_dw3__avx512(const lmc_direct_row *r, int ox0)
{
    dw_tile(r, ox0, 3, 2);
}

static void lmc_f32_direct_conv_32cx14w_dw3_v1__avx512(const lmc_direct_row *r, int ox0)
{
    dw_tile(r, ox0, 3, 1);
}

static void lmc_f32_direct_conv_32cx14w_conv4__avx512(const lmc_direct_row *r, int ox0)
{
    conv_tile(r, ox0, 4, 2);
}

static void lmc_f32_direct_conv_32cx14w_dw4__avx512(const lmc_direct_row *r, int ox0)
{
    dw_tile(r, ox0, 4, 2);
}

static void lmc_f32_direct_conv_32cx14w_dw4_v1__avx512(const lmc_direct_row *r, int ox0)
{
    dw_tile(r, ox0, 4, 1);
}

static void lmc_f32_direct_conv_32cx14w_conv5__avx512(const lmc_direct_row *r, int ox0)
{
    conv_tile(r, ox0, 5, 2);
}

static void lmc_f32_direct_conv_32cx14w_dw5__avx512(const lmc_direct_row *r, int ox0)
{
    dw_tile(r, ox0, 5, 2);
}

static void lmc_f32_direct_conv_32cx14w_dw5_v1__avx512(const lmc_direct_row *r, int ox0)
{
    dw_tile(r, ox0, 5, 1);
}

static void lmc_f32_direct_conv_32cx14w_conv6__avx512(const lmc_direct_row *r, int ox0)
{
    conv_tile(r, ox0, 6, 2);
}

static void lmc_f32_direct_conv_32cx14w_dw6__avx512(const lmc_direct_row *r, int ox0)
{
    dw_tile(r, ox0, 6, 2);
}

static void lmc_f32_direct_conv_32cx14w_dw6_v1__avx512(const lmc_direct_row *r, int ox0)
{
    dw_tile(r, ox0, 6, 1);
}

static void lmc_f32_direct_conv_32cx14w_conv7__avx512(const lmc_direct_row *r, int ox0)
{
    conv_tile(r, ox0, 7, 2);
}

static void lmc_f32_direct_conv_32cx14w_dw7__avx512(const lmc_direct_row *r, int ox0)
{
    dw_tile(r, ox0, 7, 2);
}

static void lmc_f32_direct_conv_32cx14w_dw7_v1__avx512(const lmc_direct_row *r, int ox0)
{
    dw_tile(r, ox0, 7, 1);
}

static void lmc_f32_direct_conv_32cx14w_conv8__avx512(const lmc_direct_row *r, int ox0)
{
    conv_tile(r, ox0, 8, 2);
}

static void lmc_f32_direct_conv_32cx14w_dw8__avx512(const lmc_direct_row *r, int ox0)
{
    dw_tile(r, ox0, 8, 2);
}

static void lmc_f32_direct_conv_32cx14w_dw8_v1__avx512(const lmc_direct_row *r, int ox0)
{
    dw_tile(r, ox0, 8, 1);
}

static void lmc_f32_direct_conv_32cx14w_conv9__avx512(const lmc_direct_row *r, int ox0)
{
    conv_tile(r, ox0, 9, 2);
}

static void lmc_f32_direct_conv_32cx14w_dw9__avx512(const lmc_direct_row *r, int ox0)
{
    dw_tile(r, ox0, 9, 2);
}

static void lmc_f32_direct_conv_32cx14w_dw9_v1__avx512(const lmc_direct_row *r, int ox0)
{
    dw_tile(r, ox0, 9, 1);
}

static void lmc_f32_direct_conv_32cx14w_conv10__avx512(const lmc_direct_row *r, int ox0)
{
    conv_tile(r, ox0, 10, 2);
}

static void lmc_f32_direct_conv_32cx14w_dw10__avx512(const lmc_direct_row *r, int ox0)
{
    dw_tile(r, ox0, 10, 2);
}

static void lmc_f32_direct_conv_32cx14w_dw10_v1__avx512(const lmc_direct_row *r, int ox0)
{
    dw_tile(r, ox0, 10, 1);
}

static void lmc_f32_direct_conv_32cx14w_conv11__avx512(const lmc_direct_row *r, int ox0)
{
    conv_tile(r, ox0, 11, 2);
}

static void lmc_f32_direct_conv_32cx14w_dw11__avx512(const lmc_direct_row *r, int ox0)
{
    dw_tile(r, ox0, 11, 2);
}

static void lmc_f32_direct_conv_32cx14w_dw11_v1__avx512(const lmc_direct_row *r, int ox0)
{
    dw_tile(r, ox0, 11, 1);
}

static void lmc_f32_direct_conv_32cx14w_conv12__avx512(const lmc_direct_row *r, int ox0)
{
    conv_tile(r, ox0, 12, 2);
}

static void lmc_f32_direct_conv_32cx14w_dw12__avx512(const lmc_direct_row *r, int ox0)
{
    dw_tile(r, ox0, 12, 2);
}

static void lmc_f32_direct_conv_32cx14w_dw12_v1__avx512(const lmc_direct_row *r, int ox0)
{
    dw_tile(r, ox0, 12, 1);
}

static void lmc_f32_direct_conv_32cx14w_conv13__avx512(const lmc_direct_row *r, int ox0)
{
    conv_tile(r, ox0, 13, 2);
}

static void lmc_f32_direct_conv_32cx14w_conv14__avx512(const lmc_direct_row *r, int ox0)
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
static __attribute__((noinline)) void lmc_f32_direct_conv_32cx14w_merged7__avx512(const lmc_direct_row *r, int ox0,
                                                                                  int nblk)
{
    for (const int ox_end = ox0 + nblk * 7; ox0 < ox_end; ox0 += 7) {
        const ptrdiff_t ypix = r->ypix, xp = (ptrdiff_t)r->stride_w * r->xpix;
        const ptrdiff_t col0 = (ptrdiff_t)ox0 * r->stride_w - r->pad_left;
        float *y = r->y + (ptrdiff_t)ox0 * ypix;
        __m512 a0_0, a0_1;
        __m512 a1_0, a1_1;
        __m512 a2_0, a2_1;
        __m512 a3_0, a3_1;
        __m512 a4_0, a4_1;
        __m512 a5_0, a5_1;
        __m512 a6_0, a6_1;
        if (r->first) {
            const __m512 bb0 = r->bias ? _mm512_loadu_ps(r->bias) : _mm512_setzero_ps();
            const __m512 bb1 = r->bias ? _mm512_loadu_ps(r->bias + 16) : _mm512_setzero_ps();
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
            a0_0 = _mm512_loadu_ps(y + r->yvoff[0]);
            a0_1 = _mm512_loadu_ps(y + r->yvoff[1]);
            a1_0 = _mm512_loadu_ps(y + 1 * ypix + r->yvoff[0]);
            a1_1 = _mm512_loadu_ps(y + 1 * ypix + r->yvoff[1]);
            a2_0 = _mm512_loadu_ps(y + 2 * ypix + r->yvoff[0]);
            a2_1 = _mm512_loadu_ps(y + 2 * ypix + r->yvoff[1]);
            a3_0 = _mm512_loadu_ps(y + 3 * ypix + r->yvoff[0]);
            a3_1 = _mm512_loadu_ps(y + 3 * ypix + r->yvoff[1]);
            a4_0 = _mm512_loadu_ps(y + 4 * ypix + r->yvoff[0]);
            a4_1 = _mm512_loadu_ps(y + 4 * ypix + r->yvoff[1]);
            a5_0 = _mm512_loadu_ps(y + 5 * ypix + r->yvoff[0]);
            a5_1 = _mm512_loadu_ps(y + 5 * ypix + r->yvoff[1]);
            a6_0 = _mm512_loadu_ps(y + 6 * ypix + r->yvoff[0]);
            a6_1 = _mm512_loadu_ps(y + 6 * ypix + r->yvoff[1]);
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
                const float *wi = r->w + (ptrdiff_t)ky * n * 32;
#pragma GCC unroll 4
                for (int ii = 0; ii < n; ii++, wi += 32) {
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
                    const __m512 w0 = _mm512_loadu_ps(wi);
                    const __m512 w1 = _mm512_loadu_ps(wi + 16);
                    const __m512 x0 = _mm512_set1_ps(*xi);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                    const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                    a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                    a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                    const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                    a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                    a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                    const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                    a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                    a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                    const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                    a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                    a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                    const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                    a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                    a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                    const __m512 x6 = _mm512_set1_ps(*(xi + 6 * xp));
                    a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                    a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                }
            }
        } else {
            for (int ky = r->ky0; ky < r->ky1; ky++) {
                const float *xt =
                    r->x + ((ptrdiff_t)r->iy0 + (ptrdiff_t)ky * r->dil_h) * r->xrow + col0 * r->xpix;
                const float *wi = r->w + (ptrdiff_t)ky * n * 32;
#pragma GCC unroll 4
                for (int ii = 0; ii < n; ii++, wi += 32) {
                    const float *xi = xt + ii;
                    const __m512 w0 = _mm512_loadu_ps(wi);
                    const __m512 w1 = _mm512_loadu_ps(wi + 16);
                    const __m512 x0 = _mm512_set1_ps(*xi);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                    const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                    a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                    a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                    const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                    a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                    a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                    const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                    a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                    a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                    const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                    a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                    a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                    const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                    a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                    a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                    const __m512 x6 = _mm512_set1_ps(*(xi + 6 * xp));
                    a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                    a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                }
            }
        }
        if (r->last && r->relu) {
            a0_0 = _mm512_max_ps(a0_0, _mm512_setzero_ps());
            a0_1 = _mm512_max_ps(a0_1, _mm512_setzero_ps());
            a1_0 = _mm512_max_ps(a1_0, _mm512_setzero_ps());
            a1_1 = _mm512_max_ps(a1_1, _mm512_setzero_ps());
            a2_0 = _mm512_max_ps(a2_0, _mm512_setzero_ps());
            a2_1 = _mm512_max_ps(a2_1, _mm512_setzero_ps());
            a3_0 = _mm512_max_ps(a3_0, _mm512_setzero_ps());
            a3_1 = _mm512_max_ps(a3_1, _mm512_setzero_ps());
            a4_0 = _mm512_max_ps(a4_0, _mm512_setzero_ps());
            a4_1 = _mm512_max_ps(a4_1, _mm512_setzero_ps());
            a5_0 = _mm512_max_ps(a5_0, _mm512_setzero_ps());
            a5_1 = _mm512_max_ps(a5_1, _mm512_setzero_ps());
            a6_0 = _mm512_max_ps(a6_0, _mm512_setzero_ps());
            a6_1 = _mm512_max_ps(a6_1, _mm512_setzero_ps());
        }
        if (!r->ylanes) {
            _mm512_storeu_ps(y + r->yvoff[0], a0_0);
            _mm512_storeu_ps(y + r->yvoff[1], a0_1);
            _mm512_storeu_ps(y + 1 * ypix + r->yvoff[0], a1_0);
            _mm512_storeu_ps(y + 1 * ypix + r->yvoff[1], a1_1);
            _mm512_storeu_ps(y + 2 * ypix + r->yvoff[0], a2_0);
            _mm512_storeu_ps(y + 2 * ypix + r->yvoff[1], a2_1);
            _mm512_storeu_ps(y + 3 * ypix + r->yvoff[0], a3_0);
            _mm512_storeu_ps(y + 3 * ypix + r->yvoff[1], a3_1);
            _mm512_storeu_ps(y + 4 * ypix + r->yvoff[0], a4_0);
            _mm512_storeu_ps(y + 4 * ypix + r->yvoff[1], a4_1);
            _mm512_storeu_ps(y + 5 * ypix + r->yvoff[0], a5_0);
            _mm512_storeu_ps(y + 5 * ypix + r->yvoff[1], a5_1);
            _mm512_storeu_ps(y + 6 * ypix + r->yvoff[0], a6_0);
            _mm512_storeu_ps(y + 6 * ypix + r->yvoff[1], a6_1);
        } else if (r->ych != 1 && r->ypix == 1) {
            /* NCHW: each vector's W columns transposed into one run per channel */
            __m512 t[16];
            t[0] = a0_0;
            t[1] = a1_0;
            t[2] = a2_0;
            t[3] = a3_0;
            t[4] = a4_0;
            t[5] = a5_0;
            t[6] = a6_0;
            plane_store(y + r->yvoff[0], r->ych, t, 7);
            t[0] = a0_1;
            t[1] = a1_1;
            t[2] = a2_1;
            t[3] = a3_1;
            t[4] = a4_1;
            t[5] = a5_1;
            t[6] = a6_1;
            plane_store(y + r->yvoff[1], r->ych, t, 7);
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
static __attribute__((noinline)) bool lmc_f32_direct_conv_32cx14w_taps7__avx512(const lmc_direct_row *r,
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
    __m512 a0_0, a0_1;
    __m512 a1_0, a1_1;
    __m512 a2_0, a2_1;
    __m512 a3_0, a3_1;
    __m512 a4_0, a4_1;
    __m512 a5_0, a5_1;
    __m512 a6_0, a6_1;
    if (r->first) {
        const __m512 bb0 = r->bias ? _mm512_loadu_ps(r->bias) : _mm512_setzero_ps();
        const __m512 bb1 = r->bias ? _mm512_loadu_ps(r->bias + 16) : _mm512_setzero_ps();
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
        a0_0 = _mm512_loadu_ps(y + r->yvoff[0]);
        a0_1 = _mm512_loadu_ps(y + r->yvoff[1]);
        a1_0 = _mm512_loadu_ps(y + 1 * ypix + r->yvoff[0]);
        a1_1 = _mm512_loadu_ps(y + 1 * ypix + r->yvoff[1]);
        a2_0 = _mm512_loadu_ps(y + 2 * ypix + r->yvoff[0]);
        a2_1 = _mm512_loadu_ps(y + 2 * ypix + r->yvoff[1]);
        a3_0 = _mm512_loadu_ps(y + 3 * ypix + r->yvoff[0]);
        a3_1 = _mm512_loadu_ps(y + 3 * ypix + r->yvoff[1]);
        a4_0 = _mm512_loadu_ps(y + 4 * ypix + r->yvoff[0]);
        a4_1 = _mm512_loadu_ps(y + 4 * ypix + r->yvoff[1]);
        a5_0 = _mm512_loadu_ps(y + 5 * ypix + r->yvoff[0]);
        a5_1 = _mm512_loadu_ps(y + 5 * ypix + r->yvoff[1]);
        a6_0 = _mm512_loadu_ps(y + 6 * ypix + r->yvoff[0]);
        a6_1 = _mm512_loadu_ps(y + 6 * ypix + r->yvoff[1]);
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
                    const float *wt = r->w + ((ptrdiff_t)ky * r->kw + kx) * cib * 32;
                    switch (cut) {
                    case 0: { /* columns [0, 7) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x0 = _mm512_set1_ps(*xi);
                                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                                a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                                const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 6 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x0 = _mm512_set1_ps(*xi);
                                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                                a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                                const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x0 = _mm512_set1_ps(*xi);
                                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                                a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                                const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x0 = _mm512_set1_ps(*xi);
                                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                                a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                                const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x1 = _mm512_set1_ps(*xi);
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 3 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 4 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 5 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x1 = _mm512_set1_ps(*xi);
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 3 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 4 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x1 = _mm512_set1_ps(*xi);
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 3 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x1 = _mm512_set1_ps(*xi);
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x2 = _mm512_set1_ps(*xi);
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 2 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 3 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 4 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x2 = _mm512_set1_ps(*xi);
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 2 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 3 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x2 = _mm512_set1_ps(*xi);
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 2 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x2 = _mm512_set1_ps(*xi);
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x3 = _mm512_set1_ps(*xi);
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 1 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 2 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 3 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x3 = _mm512_set1_ps(*xi);
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 1 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 2 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x3 = _mm512_set1_ps(*xi);
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 1 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x3 = _mm512_set1_ps(*xi);
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
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
                const float *wt = r->w + ((ptrdiff_t)ky * r->kw + kx) * cib * 32;
                switch (cut) {
                case 0: { /* columns [0, 7) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x0 = _mm512_set1_ps(*xi);
                            a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                            a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                            const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 6 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x0 = _mm512_set1_ps(*xi);
                            a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                            a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                            const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x0 = _mm512_set1_ps(*xi);
                            a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                            a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                            const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x0 = _mm512_set1_ps(*xi);
                            a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                            a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                            const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x1 = _mm512_set1_ps(*xi);
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 3 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 4 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 5 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x1 = _mm512_set1_ps(*xi);
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 3 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 4 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x1 = _mm512_set1_ps(*xi);
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 3 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x1 = _mm512_set1_ps(*xi);
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x2 = _mm512_set1_ps(*xi);
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 2 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 3 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 4 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x2 = _mm512_set1_ps(*xi);
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 2 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 3 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x2 = _mm512_set1_ps(*xi);
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 2 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x2 = _mm512_set1_ps(*xi);
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x3 = _mm512_set1_ps(*xi);
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 1 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 2 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 3 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x3 = _mm512_set1_ps(*xi);
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 1 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 2 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x3 = _mm512_set1_ps(*xi);
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 1 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x3 = _mm512_set1_ps(*xi);
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
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
        a0_0 = _mm512_max_ps(a0_0, _mm512_setzero_ps());
        a0_1 = _mm512_max_ps(a0_1, _mm512_setzero_ps());
        a1_0 = _mm512_max_ps(a1_0, _mm512_setzero_ps());
        a1_1 = _mm512_max_ps(a1_1, _mm512_setzero_ps());
        a2_0 = _mm512_max_ps(a2_0, _mm512_setzero_ps());
        a2_1 = _mm512_max_ps(a2_1, _mm512_setzero_ps());
        a3_0 = _mm512_max_ps(a3_0, _mm512_setzero_ps());
        a3_1 = _mm512_max_ps(a3_1, _mm512_setzero_ps());
        a4_0 = _mm512_max_ps(a4_0, _mm512_setzero_ps());
        a4_1 = _mm512_max_ps(a4_1, _mm512_setzero_ps());
        a5_0 = _mm512_max_ps(a5_0, _mm512_setzero_ps());
        a5_1 = _mm512_max_ps(a5_1, _mm512_setzero_ps());
        a6_0 = _mm512_max_ps(a6_0, _mm512_setzero_ps());
        a6_1 = _mm512_max_ps(a6_1, _mm512_setzero_ps());
    }
    if (!r->ylanes) {
        _mm512_storeu_ps(y + r->yvoff[0], a0_0);
        _mm512_storeu_ps(y + r->yvoff[1], a0_1);
        _mm512_storeu_ps(y + 1 * ypix + r->yvoff[0], a1_0);
        _mm512_storeu_ps(y + 1 * ypix + r->yvoff[1], a1_1);
        _mm512_storeu_ps(y + 2 * ypix + r->yvoff[0], a2_0);
        _mm512_storeu_ps(y + 2 * ypix + r->yvoff[1], a2_1);
        _mm512_storeu_ps(y + 3 * ypix + r->yvoff[0], a3_0);
        _mm512_storeu_ps(y + 3 * ypix + r->yvoff[1], a3_1);
        _mm512_storeu_ps(y + 4 * ypix + r->yvoff[0], a4_0);
        _mm512_storeu_ps(y + 4 * ypix + r->yvoff[1], a4_1);
        _mm512_storeu_ps(y + 5 * ypix + r->yvoff[0], a5_0);
        _mm512_storeu_ps(y + 5 * ypix + r->yvoff[1], a5_1);
        _mm512_storeu_ps(y + 6 * ypix + r->yvoff[0], a6_0);
        _mm512_storeu_ps(y + 6 * ypix + r->yvoff[1], a6_1);
    } else if (r->ych != 1 && r->ypix == 1) {
        /* NCHW: each vector's W columns transposed into one run per channel */
        __m512 t[16];
        t[0] = a0_0;
        t[1] = a1_0;
        t[2] = a2_0;
        t[3] = a3_0;
        t[4] = a4_0;
        t[5] = a5_0;
        t[6] = a6_0;
        plane_store(y + r->yvoff[0], r->ych, t, 7);
        t[0] = a0_1;
        t[1] = a1_1;
        t[2] = a2_1;
        t[3] = a3_1;
        t[4] = a4_1;
        t[5] = a5_1;
        t[6] = a6_1;
        plane_store(y + r->yvoff[1], r->ych, t, 7);
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
static __attribute__((noinline)) void lmc_f32_direct_conv_32cx14w_merged8__avx512(const lmc_direct_row *r, int ox0,
                                                                                  int nblk)
{
    for (const int ox_end = ox0 + nblk * 8; ox0 < ox_end; ox0 += 8) {
        const ptrdiff_t ypix = r->ypix, xp = (ptrdiff_t)r->stride_w * r->xpix;
        const ptrdiff_t col0 = (ptrdiff_t)ox0 * r->stride_w - r->pad_left;
        float *y = r->y + (ptrdiff_t)ox0 * ypix;
        __m512 a0_0, a0_1;
        __m512 a1_0, a1_1;
        __m512 a2_0, a2_1;
        __m512 a3_0, a3_1;
        __m512 a4_0, a4_1;
        __m512 a5_0, a5_1;
        __m512 a6_0, a6_1;
        __m512 a7_0, a7_1;
        if (r->first) {
            const __m512 bb0 = r->bias ? _mm512_loadu_ps(r->bias) : _mm512_setzero_ps();
            const __m512 bb1 = r->bias ? _mm512_loadu_ps(r->bias + 16) : _mm512_setzero_ps();
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
            a0_0 = _mm512_loadu_ps(y + r->yvoff[0]);
            a0_1 = _mm512_loadu_ps(y + r->yvoff[1]);
            a1_0 = _mm512_loadu_ps(y + 1 * ypix + r->yvoff[0]);
            a1_1 = _mm512_loadu_ps(y + 1 * ypix + r->yvoff[1]);
            a2_0 = _mm512_loadu_ps(y + 2 * ypix + r->yvoff[0]);
            a2_1 = _mm512_loadu_ps(y + 2 * ypix + r->yvoff[1]);
            a3_0 = _mm512_loadu_ps(y + 3 * ypix + r->yvoff[0]);
            a3_1 = _mm512_loadu_ps(y + 3 * ypix + r->yvoff[1]);
            a4_0 = _mm512_loadu_ps(y + 4 * ypix + r->yvoff[0]);
            a4_1 = _mm512_loadu_ps(y + 4 * ypix + r->yvoff[1]);
            a5_0 = _mm512_loadu_ps(y + 5 * ypix + r->yvoff[0]);
            a5_1 = _mm512_loadu_ps(y + 5 * ypix + r->yvoff[1]);
            a6_0 = _mm512_loadu_ps(y + 6 * ypix + r->yvoff[0]);
            a6_1 = _mm512_loadu_ps(y + 6 * ypix + r->yvoff[1]);
            a7_0 = _mm512_loadu_ps(y + 7 * ypix + r->yvoff[0]);
            a7_1 = _mm512_loadu_ps(y + 7 * ypix + r->yvoff[1]);
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
                const float *wi = r->w + (ptrdiff_t)ky * n * 32;
#pragma GCC unroll 4
                for (int ii = 0; ii < n; ii++, wi += 32) {
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
                    const __m512 w0 = _mm512_loadu_ps(wi);
                    const __m512 w1 = _mm512_loadu_ps(wi + 16);
                    const __m512 x0 = _mm512_set1_ps(*xi);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                    const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                    a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                    a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                    const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                    a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                    a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                    const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                    a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                    a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                    const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                    a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                    a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                    const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                    a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                    a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                    const __m512 x6 = _mm512_set1_ps(*(xi + 6 * xp));
                    a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                    a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                    const __m512 x7 = _mm512_set1_ps(*(xi + 7 * xp));
                    a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                    a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                }
            }
        } else {
            for (int ky = r->ky0; ky < r->ky1; ky++) {
                const float *xt =
                    r->x + ((ptrdiff_t)r->iy0 + (ptrdiff_t)ky * r->dil_h) * r->xrow + col0 * r->xpix;
                const float *wi = r->w + (ptrdiff_t)ky * n * 32;
#pragma GCC unroll 4
                for (int ii = 0; ii < n; ii++, wi += 32) {
                    const float *xi = xt + ii;
                    const __m512 w0 = _mm512_loadu_ps(wi);
                    const __m512 w1 = _mm512_loadu_ps(wi + 16);
                    const __m512 x0 = _mm512_set1_ps(*xi);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                    const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                    a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                    a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                    const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                    a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                    a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                    const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                    a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                    a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                    const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                    a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                    a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                    const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                    a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                    a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                    const __m512 x6 = _mm512_set1_ps(*(xi + 6 * xp));
                    a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                    a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                    const __m512 x7 = _mm512_set1_ps(*(xi + 7 * xp));
                    a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                    a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                }
            }
        }
        if (r->last && r->relu) {
            a0_0 = _mm512_max_ps(a0_0, _mm512_setzero_ps());
            a0_1 = _mm512_max_ps(a0_1, _mm512_setzero_ps());
            a1_0 = _mm512_max_ps(a1_0, _mm512_setzero_ps());
            a1_1 = _mm512_max_ps(a1_1, _mm512_setzero_ps());
            a2_0 = _mm512_max_ps(a2_0, _mm512_setzero_ps());
            a2_1 = _mm512_max_ps(a2_1, _mm512_setzero_ps());
            a3_0 = _mm512_max_ps(a3_0, _mm512_setzero_ps());
            a3_1 = _mm512_max_ps(a3_1, _mm512_setzero_ps());
            a4_0 = _mm512_max_ps(a4_0, _mm512_setzero_ps());
            a4_1 = _mm512_max_ps(a4_1, _mm512_setzero_ps());
            a5_0 = _mm512_max_ps(a5_0, _mm512_setzero_ps());
            a5_1 = _mm512_max_ps(a5_1, _mm512_setzero_ps());
            a6_0 = _mm512_max_ps(a6_0, _mm512_setzero_ps());
            a6_1 = _mm512_max_ps(a6_1, _mm512_setzero_ps());
            a7_0 = _mm512_max_ps(a7_0, _mm512_setzero_ps());
            a7_1 = _mm512_max_ps(a7_1, _mm512_setzero_ps());
        }
        if (!r->ylanes) {
            _mm512_storeu_ps(y + r->yvoff[0], a0_0);
            _mm512_storeu_ps(y + r->yvoff[1], a0_1);
            _mm512_storeu_ps(y + 1 * ypix + r->yvoff[0], a1_0);
            _mm512_storeu_ps(y + 1 * ypix + r->yvoff[1], a1_1);
            _mm512_storeu_ps(y + 2 * ypix + r->yvoff[0], a2_0);
            _mm512_storeu_ps(y + 2 * ypix + r->yvoff[1], a2_1);
            _mm512_storeu_ps(y + 3 * ypix + r->yvoff[0], a3_0);
            _mm512_storeu_ps(y + 3 * ypix + r->yvoff[1], a3_1);
            _mm512_storeu_ps(y + 4 * ypix + r->yvoff[0], a4_0);
            _mm512_storeu_ps(y + 4 * ypix + r->yvoff[1], a4_1);
            _mm512_storeu_ps(y + 5 * ypix + r->yvoff[0], a5_0);
            _mm512_storeu_ps(y + 5 * ypix + r->yvoff[1], a5_1);
            _mm512_storeu_ps(y + 6 * ypix + r->yvoff[0], a6_0);
            _mm512_storeu_ps(y + 6 * ypix + r->yvoff[1], a6_1);
            _mm512_storeu_ps(y + 7 * ypix + r->yvoff[0], a7_0);
            _mm512_storeu_ps(y + 7 * ypix + r->yvoff[1], a7_1);
        } else if (r->ych != 1 && r->ypix == 1) {
            /* NCHW: each vector's W columns transposed into one run per channel */
            __m512 t[16];
            t[0] = a0_0;
            t[1] = a1_0;
            t[2] = a2_0;
            t[3] = a3_0;
            t[4] = a4_0;
            t[5] = a5_0;
            t[6] = a6_0;
            t[7] = a7_0;
            plane_store(y + r->yvoff[0], r->ych, t, 8);
            t[0] = a0_1;
            t[1] = a1_1;
            t[2] = a2_1;
            t[3] = a3_1;
            t[4] = a4_1;
            t[5] = a5_1;
            t[6] = a6_1;
            t[7] = a7_1;
            plane_store(y + r->yvoff[1], r->ych, t, 8);
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
static __attribute__((noinline)) bool lmc_f32_direct_conv_32cx14w_taps8__avx512(const lmc_direct_row *r,
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
    __m512 a0_0, a0_1;
    __m512 a1_0, a1_1;
    __m512 a2_0, a2_1;
    __m512 a3_0, a3_1;
    __m512 a4_0, a4_1;
    __m512 a5_0, a5_1;
    __m512 a6_0, a6_1;
    __m512 a7_0, a7_1;
    if (r->first) {
        const __m512 bb0 = r->bias ? _mm512_loadu_ps(r->bias) : _mm512_setzero_ps();
        const __m512 bb1 = r->bias ? _mm512_loadu_ps(r->bias + 16) : _mm512_setzero_ps();
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
        a0_0 = _mm512_loadu_ps(y + r->yvoff[0]);
        a0_1 = _mm512_loadu_ps(y + r->yvoff[1]);
        a1_0 = _mm512_loadu_ps(y + 1 * ypix + r->yvoff[0]);
        a1_1 = _mm512_loadu_ps(y + 1 * ypix + r->yvoff[1]);
        a2_0 = _mm512_loadu_ps(y + 2 * ypix + r->yvoff[0]);
        a2_1 = _mm512_loadu_ps(y + 2 * ypix + r->yvoff[1]);
        a3_0 = _mm512_loadu_ps(y + 3 * ypix + r->yvoff[0]);
        a3_1 = _mm512_loadu_ps(y + 3 * ypix + r->yvoff[1]);
        a4_0 = _mm512_loadu_ps(y + 4 * ypix + r->yvoff[0]);
        a4_1 = _mm512_loadu_ps(y + 4 * ypix + r->yvoff[1]);
        a5_0 = _mm512_loadu_ps(y + 5 * ypix + r->yvoff[0]);
        a5_1 = _mm512_loadu_ps(y + 5 * ypix + r->yvoff[1]);
        a6_0 = _mm512_loadu_ps(y + 6 * ypix + r->yvoff[0]);
        a6_1 = _mm512_loadu_ps(y + 6 * ypix + r->yvoff[1]);
        a7_0 = _mm512_loadu_ps(y + 7 * ypix + r->yvoff[0]);
        a7_1 = _mm512_loadu_ps(y + 7 * ypix + r->yvoff[1]);
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
                    const float *wt = r->w + ((ptrdiff_t)ky * r->kw + kx) * cib * 32;
                    switch (cut) {
                    case 0: { /* columns [0, 8) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x0 = _mm512_set1_ps(*xi);
                                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                                a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                                const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 6 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 7 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x0 = _mm512_set1_ps(*xi);
                                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                                a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                                const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 6 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x0 = _mm512_set1_ps(*xi);
                                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                                a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                                const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x0 = _mm512_set1_ps(*xi);
                                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                                a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                                const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x1 = _mm512_set1_ps(*xi);
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 3 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 4 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 5 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 6 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x1 = _mm512_set1_ps(*xi);
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 3 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 4 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 5 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x1 = _mm512_set1_ps(*xi);
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 3 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 4 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x1 = _mm512_set1_ps(*xi);
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 3 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x2 = _mm512_set1_ps(*xi);
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 2 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 3 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 4 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 5 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x2 = _mm512_set1_ps(*xi);
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 2 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 3 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 4 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x2 = _mm512_set1_ps(*xi);
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 2 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 3 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x2 = _mm512_set1_ps(*xi);
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 2 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x3 = _mm512_set1_ps(*xi);
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 1 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 2 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 3 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 4 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x3 = _mm512_set1_ps(*xi);
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 1 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 2 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 3 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x3 = _mm512_set1_ps(*xi);
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 1 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 2 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x3 = _mm512_set1_ps(*xi);
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 1 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
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
                const float *wt = r->w + ((ptrdiff_t)ky * r->kw + kx) * cib * 32;
                switch (cut) {
                case 0: { /* columns [0, 8) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x0 = _mm512_set1_ps(*xi);
                            a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                            a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                            const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 6 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 7 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x0 = _mm512_set1_ps(*xi);
                            a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                            a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                            const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 6 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x0 = _mm512_set1_ps(*xi);
                            a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                            a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                            const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x0 = _mm512_set1_ps(*xi);
                            a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                            a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                            const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x1 = _mm512_set1_ps(*xi);
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 3 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 4 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 5 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 6 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x1 = _mm512_set1_ps(*xi);
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 3 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 4 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 5 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x1 = _mm512_set1_ps(*xi);
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 3 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 4 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x1 = _mm512_set1_ps(*xi);
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 3 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x2 = _mm512_set1_ps(*xi);
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 2 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 3 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 4 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 5 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x2 = _mm512_set1_ps(*xi);
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 2 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 3 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 4 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x2 = _mm512_set1_ps(*xi);
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 2 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 3 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x2 = _mm512_set1_ps(*xi);
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 2 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x3 = _mm512_set1_ps(*xi);
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 1 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 2 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 3 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 4 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x3 = _mm512_set1_ps(*xi);
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 1 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 2 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 3 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x3 = _mm512_set1_ps(*xi);
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 1 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 2 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x3 = _mm512_set1_ps(*xi);
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 1 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
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
        a0_0 = _mm512_max_ps(a0_0, _mm512_setzero_ps());
        a0_1 = _mm512_max_ps(a0_1, _mm512_setzero_ps());
        a1_0 = _mm512_max_ps(a1_0, _mm512_setzero_ps());
        a1_1 = _mm512_max_ps(a1_1, _mm512_setzero_ps());
        a2_0 = _mm512_max_ps(a2_0, _mm512_setzero_ps());
        a2_1 = _mm512_max_ps(a2_1, _mm512_setzero_ps());
        a3_0 = _mm512_max_ps(a3_0, _mm512_setzero_ps());
        a3_1 = _mm512_max_ps(a3_1, _mm512_setzero_ps());
        a4_0 = _mm512_max_ps(a4_0, _mm512_setzero_ps());
        a4_1 = _mm512_max_ps(a4_1, _mm512_setzero_ps());
        a5_0 = _mm512_max_ps(a5_0, _mm512_setzero_ps());
        a5_1 = _mm512_max_ps(a5_1, _mm512_setzero_ps());
        a6_0 = _mm512_max_ps(a6_0, _mm512_setzero_ps());
        a6_1 = _mm512_max_ps(a6_1, _mm512_setzero_ps());
        a7_0 = _mm512_max_ps(a7_0, _mm512_setzero_ps());
        a7_1 = _mm512_max_ps(a7_1, _mm512_setzero_ps());
    }
    if (!r->ylanes) {
        _mm512_storeu_ps(y + r->yvoff[0], a0_0);
        _mm512_storeu_ps(y + r->yvoff[1], a0_1);
        _mm512_storeu_ps(y + 1 * ypix + r->yvoff[0], a1_0);
        _mm512_storeu_ps(y + 1 * ypix + r->yvoff[1], a1_1);
        _mm512_storeu_ps(y + 2 * ypix + r->yvoff[0], a2_0);
        _mm512_storeu_ps(y + 2 * ypix + r->yvoff[1], a2_1);
        _mm512_storeu_ps(y + 3 * ypix + r->yvoff[0], a3_0);
        _mm512_storeu_ps(y + 3 * ypix + r->yvoff[1], a3_1);
        _mm512_storeu_ps(y + 4 * ypix + r->yvoff[0], a4_0);
        _mm512_storeu_ps(y + 4 * ypix + r->yvoff[1], a4_1);
        _mm512_storeu_ps(y + 5 * ypix + r->yvoff[0], a5_0);
        _mm512_storeu_ps(y + 5 * ypix + r->yvoff[1], a5_1);
        _mm512_storeu_ps(y + 6 * ypix + r->yvoff[0], a6_0);
        _mm512_storeu_ps(y + 6 * ypix + r->yvoff[1], a6_1);
        _mm512_storeu_ps(y + 7 * ypix + r->yvoff[0], a7_0);
        _mm512_storeu_ps(y + 7 * ypix + r->yvoff[1], a7_1);
    } else if (r->ych != 1 && r->ypix == 1) {
        /* NCHW: each vector's W columns transposed into one run per channel */
        __m512 t[16];
        t[0] = a0_0;
        t[1] = a1_0;
        t[2] = a2_0;
        t[3] = a3_0;
        t[4] = a4_0;
        t[5] = a5_0;
        t[6] = a6_0;
        t[7] = a7_0;
        plane_store(y + r->yvoff[0], r->ych, t, 8);
        t[0] = a0_1;
        t[1] = a1_1;
        t[2] = a2_1;
        t[3] = a3_1;
        t[4] = a4_1;
        t[5] = a5_1;
        t[6] = a6_1;
        t[7] = a7_1;
        plane_store(y + r->yvoff[1], r->ych, t, 8);
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
static __attribute__((noinline)) void lmc_f32_direct_conv_32cx14w_merged9__avx512(const lmc_direct_row *r, int ox0,
                                                                                  int nblk)
{
    for (const int ox_end = ox0 + nblk * 9; ox0 < ox_end; ox0 += 9) {
        const ptrdiff_t ypix = r->ypix, xp = (ptrdiff_t)r->stride_w * r->xpix;
        const ptrdiff_t col0 = (ptrdiff_t)ox0 * r->stride_w - r->pad_left;
        float *y = r->y + (ptrdiff_t)ox0 * ypix;
        __m512 a0_0, a0_1;
        __m512 a1_0, a1_1;
        __m512 a2_0, a2_1;
        __m512 a3_0, a3_1;
        __m512 a4_0, a4_1;
        __m512 a5_0, a5_1;
        __m512 a6_0, a6_1;
        __m512 a7_0, a7_1;
        __m512 a8_0, a8_1;
        if (r->first) {
            const __m512 bb0 = r->bias ? _mm512_loadu_ps(r->bias) : _mm512_setzero_ps();
            const __m512 bb1 = r->bias ? _mm512_loadu_ps(r->bias + 16) : _mm512_setzero_ps();
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
            a0_0 = _mm512_loadu_ps(y + r->yvoff[0]);
            a0_1 = _mm512_loadu_ps(y + r->yvoff[1]);
            a1_0 = _mm512_loadu_ps(y + 1 * ypix + r->yvoff[0]);
            a1_1 = _mm512_loadu_ps(y + 1 * ypix + r->yvoff[1]);
            a2_0 = _mm512_loadu_ps(y + 2 * ypix + r->yvoff[0]);
            a2_1 = _mm512_loadu_ps(y + 2 * ypix + r->yvoff[1]);
            a3_0 = _mm512_loadu_ps(y + 3 * ypix + r->yvoff[0]);
            a3_1 = _mm512_loadu_ps(y + 3 * ypix + r->yvoff[1]);
            a4_0 = _mm512_loadu_ps(y + 4 * ypix + r->yvoff[0]);
            a4_1 = _mm512_loadu_ps(y + 4 * ypix + r->yvoff[1]);
            a5_0 = _mm512_loadu_ps(y + 5 * ypix + r->yvoff[0]);
            a5_1 = _mm512_loadu_ps(y + 5 * ypix + r->yvoff[1]);
            a6_0 = _mm512_loadu_ps(y + 6 * ypix + r->yvoff[0]);
            a6_1 = _mm512_loadu_ps(y + 6 * ypix + r->yvoff[1]);
            a7_0 = _mm512_loadu_ps(y + 7 * ypix + r->yvoff[0]);
            a7_1 = _mm512_loadu_ps(y + 7 * ypix + r->yvoff[1]);
            a8_0 = _mm512_loadu_ps(y + 8 * ypix + r->yvoff[0]);
            a8_1 = _mm512_loadu_ps(y + 8 * ypix + r->yvoff[1]);
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
                const float *wi = r->w + (ptrdiff_t)ky * n * 32;
#pragma GCC unroll 4
                for (int ii = 0; ii < n; ii++, wi += 32) {
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
                    const __m512 w0 = _mm512_loadu_ps(wi);
                    const __m512 w1 = _mm512_loadu_ps(wi + 16);
                    const __m512 x0 = _mm512_set1_ps(*xi);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                    const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                    a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                    a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                    const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                    a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                    a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                    const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                    a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                    a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                    const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                    a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                    a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                    const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                    a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                    a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                    const __m512 x6 = _mm512_set1_ps(*(xi + 6 * xp));
                    a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                    a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                    const __m512 x7 = _mm512_set1_ps(*(xi + 7 * xp));
                    a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                    a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                    const __m512 x8 = _mm512_set1_ps(*(xi + 8 * xp));
                    a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                    a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                }
            }
        } else {
            for (int ky = r->ky0; ky < r->ky1; ky++) {
                const float *xt =
                    r->x + ((ptrdiff_t)r->iy0 + (ptrdiff_t)ky * r->dil_h) * r->xrow + col0 * r->xpix;
                const float *wi = r->w + (ptrdiff_t)ky * n * 32;
#pragma GCC unroll 4
                for (int ii = 0; ii < n; ii++, wi += 32) {
                    const float *xi = xt + ii;
                    const __m512 w0 = _mm512_loadu_ps(wi);
                    const __m512 w1 = _mm512_loadu_ps(wi + 16);
                    const __m512 x0 = _mm512_set1_ps(*xi);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                    const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                    a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                    a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                    const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                    a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                    a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                    const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                    a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                    a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                    const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                    a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                    a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                    const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                    a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                    a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                    const __m512 x6 = _mm512_set1_ps(*(xi + 6 * xp));
                    a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                    a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                    const __m512 x7 = _mm512_set1_ps(*(xi + 7 * xp));
                    a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                    a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                    const __m512 x8 = _mm512_set1_ps(*(xi + 8 * xp));
                    a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                    a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                }
            }
        }
        if (r->last && r->relu) {
            a0_0 = _mm512_max_ps(a0_0, _mm512_setzero_ps());
            a0_1 = _mm512_max_ps(a0_1, _mm512_setzero_ps());
            a1_0 = _mm512_max_ps(a1_0, _mm512_setzero_ps());
            a1_1 = _mm512_max_ps(a1_1, _mm512_setzero_ps());
            a2_0 = _mm512_max_ps(a2_0, _mm512_setzero_ps());
            a2_1 = _mm512_max_ps(a2_1, _mm512_setzero_ps());
            a3_0 = _mm512_max_ps(a3_0, _mm512_setzero_ps());
            a3_1 = _mm512_max_ps(a3_1, _mm512_setzero_ps());
            a4_0 = _mm512_max_ps(a4_0, _mm512_setzero_ps());
            a4_1 = _mm512_max_ps(a4_1, _mm512_setzero_ps());
            a5_0 = _mm512_max_ps(a5_0, _mm512_setzero_ps());
            a5_1 = _mm512_max_ps(a5_1, _mm512_setzero_ps());
            a6_0 = _mm512_max_ps(a6_0, _mm512_setzero_ps());
            a6_1 = _mm512_max_ps(a6_1, _mm512_setzero_ps());
            a7_0 = _mm512_max_ps(a7_0, _mm512_setzero_ps());
            a7_1 = _mm512_max_ps(a7_1, _mm512_setzero_ps());
            a8_0 = _mm512_max_ps(a8_0, _mm512_setzero_ps());
            a8_1 = _mm512_max_ps(a8_1, _mm512_setzero_ps());
        }
        if (!r->ylanes) {
            _mm512_storeu_ps(y + r->yvoff[0], a0_0);
            _mm512_storeu_ps(y + r->yvoff[1], a0_1);
            _mm512_storeu_ps(y + 1 * ypix + r->yvoff[0], a1_0);
            _mm512_storeu_ps(y + 1 * ypix + r->yvoff[1], a1_1);
            _mm512_storeu_ps(y + 2 * ypix + r->yvoff[0], a2_0);
            _mm512_storeu_ps(y + 2 * ypix + r->yvoff[1], a2_1);
            _mm512_storeu_ps(y + 3 * ypix + r->yvoff[0], a3_0);
            _mm512_storeu_ps(y + 3 * ypix + r->yvoff[1], a3_1);
            _mm512_storeu_ps(y + 4 * ypix + r->yvoff[0], a4_0);
            _mm512_storeu_ps(y + 4 * ypix + r->yvoff[1], a4_1);
            _mm512_storeu_ps(y + 5 * ypix + r->yvoff[0], a5_0);
            _mm512_storeu_ps(y + 5 * ypix + r->yvoff[1], a5_1);
            _mm512_storeu_ps(y + 6 * ypix + r->yvoff[0], a6_0);
            _mm512_storeu_ps(y + 6 * ypix + r->yvoff[1], a6_1);
            _mm512_storeu_ps(y + 7 * ypix + r->yvoff[0], a7_0);
            _mm512_storeu_ps(y + 7 * ypix + r->yvoff[1], a7_1);
            _mm512_storeu_ps(y + 8 * ypix + r->yvoff[0], a8_0);
            _mm512_storeu_ps(y + 8 * ypix + r->yvoff[1], a8_1);
        } else if (r->ych != 1 && r->ypix == 1) {
            /* NCHW: each vector's W columns transposed into one run per channel */
            __m512 t[16];
            t[0] = a0_0;
            t[1] = a1_0;
            t[2] = a2_0;
            t[3] = a3_0;
            t[4] = a4_0;
            t[5] = a5_0;
            t[6] = a6_0;
            t[7] = a7_0;
            t[8] = a8_0;
            plane_store(y + r->yvoff[0], r->ych, t, 9);
            t[0] = a0_1;
            t[1] = a1_1;
            t[2] = a2_1;
            t[3] = a3_1;
            t[4] = a4_1;
            t[5] = a5_1;
            t[6] = a6_1;
            t[7] = a7_1;
            t[8] = a8_1;
            plane_store(y + r->yvoff[1], r->ych, t, 9);
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
static __attribute__((noinline)) bool lmc_f32_direct_conv_32cx14w_taps9__avx512(const lmc_direct_row *r,
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
    __m512 a0_0, a0_1;
    __m512 a1_0, a1_1;
    __m512 a2_0, a2_1;
    __m512 a3_0, a3_1;
    __m512 a4_0, a4_1;
    __m512 a5_0, a5_1;
    __m512 a6_0, a6_1;
    __m512 a7_0, a7_1;
    __m512 a8_0, a8_1;
    if (r->first) {
        const __m512 bb0 = r->bias ? _mm512_loadu_ps(r->bias) : _mm512_setzero_ps();
        const __m512 bb1 = r->bias ? _mm512_loadu_ps(r->bias + 16) : _mm512_setzero_ps();
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
        a0_0 = _mm512_loadu_ps(y + r->yvoff[0]);
        a0_1 = _mm512_loadu_ps(y + r->yvoff[1]);
        a1_0 = _mm512_loadu_ps(y + 1 * ypix + r->yvoff[0]);
        a1_1 = _mm512_loadu_ps(y + 1 * ypix + r->yvoff[1]);
        a2_0 = _mm512_loadu_ps(y + 2 * ypix + r->yvoff[0]);
        a2_1 = _mm512_loadu_ps(y + 2 * ypix + r->yvoff[1]);
        a3_0 = _mm512_loadu_ps(y + 3 * ypix + r->yvoff[0]);
        a3_1 = _mm512_loadu_ps(y + 3 * ypix + r->yvoff[1]);
        a4_0 = _mm512_loadu_ps(y + 4 * ypix + r->yvoff[0]);
        a4_1 = _mm512_loadu_ps(y + 4 * ypix + r->yvoff[1]);
        a5_0 = _mm512_loadu_ps(y + 5 * ypix + r->yvoff[0]);
        a5_1 = _mm512_loadu_ps(y + 5 * ypix + r->yvoff[1]);
        a6_0 = _mm512_loadu_ps(y + 6 * ypix + r->yvoff[0]);
        a6_1 = _mm512_loadu_ps(y + 6 * ypix + r->yvoff[1]);
        a7_0 = _mm512_loadu_ps(y + 7 * ypix + r->yvoff[0]);
        a7_1 = _mm512_loadu_ps(y + 7 * ypix + r->yvoff[1]);
        a8_0 = _mm512_loadu_ps(y + 8 * ypix + r->yvoff[0]);
        a8_1 = _mm512_loadu_ps(y + 8 * ypix + r->yvoff[1]);
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
                    const float *wt = r->w + ((ptrdiff_t)ky * r->kw + kx) * cib * 32;
                    switch (cut) {
                    case 0: { /* columns [0, 9) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x0 = _mm512_set1_ps(*xi);
                                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                                a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                                const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 6 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 7 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                                const __m512 x8 = _mm512_set1_ps(*(xi + 8 * xp));
                                a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                                a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x0 = _mm512_set1_ps(*xi);
                                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                                a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                                const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 6 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 7 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x0 = _mm512_set1_ps(*xi);
                                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                                a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                                const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 6 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x0 = _mm512_set1_ps(*xi);
                                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                                a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                                const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x1 = _mm512_set1_ps(*xi);
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 3 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 4 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 5 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 6 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                                const __m512 x8 = _mm512_set1_ps(*(xi + 7 * xp));
                                a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                                a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x1 = _mm512_set1_ps(*xi);
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 3 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 4 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 5 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 6 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x1 = _mm512_set1_ps(*xi);
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 3 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 4 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 5 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x1 = _mm512_set1_ps(*xi);
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 3 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 4 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x2 = _mm512_set1_ps(*xi);
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 2 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 3 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 4 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 5 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                                const __m512 x8 = _mm512_set1_ps(*(xi + 6 * xp));
                                a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                                a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x2 = _mm512_set1_ps(*xi);
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 2 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 3 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 4 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 5 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x2 = _mm512_set1_ps(*xi);
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 2 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 3 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 4 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x2 = _mm512_set1_ps(*xi);
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 2 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 3 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x3 = _mm512_set1_ps(*xi);
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 1 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 2 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 3 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 4 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                                const __m512 x8 = _mm512_set1_ps(*(xi + 5 * xp));
                                a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                                a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x3 = _mm512_set1_ps(*xi);
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 1 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 2 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 3 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 4 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x3 = _mm512_set1_ps(*xi);
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 1 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 2 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 3 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x3 = _mm512_set1_ps(*xi);
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 1 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 2 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
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
                const float *wt = r->w + ((ptrdiff_t)ky * r->kw + kx) * cib * 32;
                switch (cut) {
                case 0: { /* columns [0, 9) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x0 = _mm512_set1_ps(*xi);
                            a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                            a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                            const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 6 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 7 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                            const __m512 x8 = _mm512_set1_ps(*(xi + 8 * xp));
                            a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                            a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x0 = _mm512_set1_ps(*xi);
                            a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                            a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                            const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 6 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 7 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x0 = _mm512_set1_ps(*xi);
                            a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                            a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                            const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 6 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x0 = _mm512_set1_ps(*xi);
                            a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                            a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                            const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x1 = _mm512_set1_ps(*xi);
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 3 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 4 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 5 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 6 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                            const __m512 x8 = _mm512_set1_ps(*(xi + 7 * xp));
                            a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                            a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x1 = _mm512_set1_ps(*xi);
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 3 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 4 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 5 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 6 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x1 = _mm512_set1_ps(*xi);
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 3 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 4 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 5 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x1 = _mm512_set1_ps(*xi);
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 3 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 4 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x2 = _mm512_set1_ps(*xi);
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 2 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 3 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 4 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 5 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                            const __m512 x8 = _mm512_set1_ps(*(xi + 6 * xp));
                            a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                            a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x2 = _mm512_set1_ps(*xi);
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 2 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 3 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 4 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 5 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x2 = _mm512_set1_ps(*xi);
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 2 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 3 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 4 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x2 = _mm512_set1_ps(*xi);
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 2 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 3 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x3 = _mm512_set1_ps(*xi);
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 1 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 2 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 3 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 4 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                            const __m512 x8 = _mm512_set1_ps(*(xi + 5 * xp));
                            a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                            a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x3 = _mm512_set1_ps(*xi);
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 1 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 2 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 3 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 4 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x3 = _mm512_set1_ps(*xi);
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 1 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 2 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 3 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x3 = _mm512_set1_ps(*xi);
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 1 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 2 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
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
        a0_0 = _mm512_max_ps(a0_0, _mm512_setzero_ps());
        a0_1 = _mm512_max_ps(a0_1, _mm512_setzero_ps());
        a1_0 = _mm512_max_ps(a1_0, _mm512_setzero_ps());
        a1_1 = _mm512_max_ps(a1_1, _mm512_setzero_ps());
        a2_0 = _mm512_max_ps(a2_0, _mm512_setzero_ps());
        a2_1 = _mm512_max_ps(a2_1, _mm512_setzero_ps());
        a3_0 = _mm512_max_ps(a3_0, _mm512_setzero_ps());
        a3_1 = _mm512_max_ps(a3_1, _mm512_setzero_ps());
        a4_0 = _mm512_max_ps(a4_0, _mm512_setzero_ps());
        a4_1 = _mm512_max_ps(a4_1, _mm512_setzero_ps());
        a5_0 = _mm512_max_ps(a5_0, _mm512_setzero_ps());
        a5_1 = _mm512_max_ps(a5_1, _mm512_setzero_ps());
        a6_0 = _mm512_max_ps(a6_0, _mm512_setzero_ps());
        a6_1 = _mm512_max_ps(a6_1, _mm512_setzero_ps());
        a7_0 = _mm512_max_ps(a7_0, _mm512_setzero_ps());
        a7_1 = _mm512_max_ps(a7_1, _mm512_setzero_ps());
        a8_0 = _mm512_max_ps(a8_0, _mm512_setzero_ps());
        a8_1 = _mm512_max_ps(a8_1, _mm512_setzero_ps());
    }
    if (!r->ylanes) {
        _mm512_storeu_ps(y + r->yvoff[0], a0_0);
        _mm512_storeu_ps(y + r->yvoff[1], a0_1);
        _mm512_storeu_ps(y + 1 * ypix + r->yvoff[0], a1_0);
        _mm512_storeu_ps(y + 1 * ypix + r->yvoff[1], a1_1);
        _mm512_storeu_ps(y + 2 * ypix + r->yvoff[0], a2_0);
        _mm512_storeu_ps(y + 2 * ypix + r->yvoff[1], a2_1);
        _mm512_storeu_ps(y + 3 * ypix + r->yvoff[0], a3_0);
        _mm512_storeu_ps(y + 3 * ypix + r->yvoff[1], a3_1);
        _mm512_storeu_ps(y + 4 * ypix + r->yvoff[0], a4_0);
        _mm512_storeu_ps(y + 4 * ypix + r->yvoff[1], a4_1);
        _mm512_storeu_ps(y + 5 * ypix + r->yvoff[0], a5_0);
        _mm512_storeu_ps(y + 5 * ypix + r->yvoff[1], a5_1);
        _mm512_storeu_ps(y + 6 * ypix + r->yvoff[0], a6_0);
        _mm512_storeu_ps(y + 6 * ypix + r->yvoff[1], a6_1);
        _mm512_storeu_ps(y + 7 * ypix + r->yvoff[0], a7_0);
        _mm512_storeu_ps(y + 7 * ypix + r->yvoff[1], a7_1);
        _mm512_storeu_ps(y + 8 * ypix + r->yvoff[0], a8_0);
        _mm512_storeu_ps(y + 8 * ypix + r->yvoff[1], a8_1);
    } else if (r->ych != 1 && r->ypix == 1) {
        /* NCHW: each vector's W columns transposed into one run per channel */
        __m512 t[16];
        t[0] = a0_0;
        t[1] = a1_0;
        t[2] = a2_0;
        t[3] = a3_0;
        t[4] = a4_0;
        t[5] = a5_0;
        t[6] = a6_0;
        t[7] = a7_0;
        t[8] = a8_0;
        plane_store(y + r->yvoff[0], r->ych, t, 9);
        t[0] = a0_1;
        t[1] = a1_1;
        t[2] = a2_1;
        t[3] = a3_1;
        t[4] = a4_1;
        t[5] = a5_1;
        t[6] = a6_1;
        t[7] = a7_1;
        t[8] = a8_1;
        plane_store(y + r->yvoff[1], r->ych, t, 9);
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
static __attribute__((noinline)) void lmc_f32_direct_conv_32cx14w_merged10__avx512(const lmc_direct_row *r, int ox0,
                                                                                   int nblk)
{
    for (const int ox_end = ox0 + nblk * 10; ox0 < ox_end; ox0 += 10) {
        const ptrdiff_t ypix = r->ypix, xp = (ptrdiff_t)r->stride_w * r->xpix;
        const ptrdiff_t col0 = (ptrdiff_t)ox0 * r->stride_w - r->pad_left;
        float *y = r->y + (ptrdiff_t)ox0 * ypix;
        __m512 a0_0, a0_1;
        __m512 a1_0, a1_1;
        __m512 a2_0, a2_1;
        __m512 a3_0, a3_1;
        __m512 a4_0, a4_1;
        __m512 a5_0, a5_1;
        __m512 a6_0, a6_1;
        __m512 a7_0, a7_1;
        __m512 a8_0, a8_1;
        __m512 a9_0, a9_1;
        if (r->first) {
            const __m512 bb0 = r->bias ? _mm512_loadu_ps(r->bias) : _mm512_setzero_ps();
            const __m512 bb1 = r->bias ? _mm512_loadu_ps(r->bias + 16) : _mm512_setzero_ps();
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
            a0_0 = _mm512_loadu_ps(y + r->yvoff[0]);
            a0_1 = _mm512_loadu_ps(y + r->yvoff[1]);
            a1_0 = _mm512_loadu_ps(y + 1 * ypix + r->yvoff[0]);
            a1_1 = _mm512_loadu_ps(y + 1 * ypix + r->yvoff[1]);
            a2_0 = _mm512_loadu_ps(y + 2 * ypix + r->yvoff[0]);
            a2_1 = _mm512_loadu_ps(y + 2 * ypix + r->yvoff[1]);
            a3_0 = _mm512_loadu_ps(y + 3 * ypix + r->yvoff[0]);
            a3_1 = _mm512_loadu_ps(y + 3 * ypix + r->yvoff[1]);
            a4_0 = _mm512_loadu_ps(y + 4 * ypix + r->yvoff[0]);
            a4_1 = _mm512_loadu_ps(y + 4 * ypix + r->yvoff[1]);
            a5_0 = _mm512_loadu_ps(y + 5 * ypix + r->yvoff[0]);
            a5_1 = _mm512_loadu_ps(y + 5 * ypix + r->yvoff[1]);
            a6_0 = _mm512_loadu_ps(y + 6 * ypix + r->yvoff[0]);
            a6_1 = _mm512_loadu_ps(y + 6 * ypix + r->yvoff[1]);
            a7_0 = _mm512_loadu_ps(y + 7 * ypix + r->yvoff[0]);
            a7_1 = _mm512_loadu_ps(y + 7 * ypix + r->yvoff[1]);
            a8_0 = _mm512_loadu_ps(y + 8 * ypix + r->yvoff[0]);
            a8_1 = _mm512_loadu_ps(y + 8 * ypix + r->yvoff[1]);
            a9_0 = _mm512_loadu_ps(y + 9 * ypix + r->yvoff[0]);
            a9_1 = _mm512_loadu_ps(y + 9 * ypix + r->yvoff[1]);
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
                const float *wi = r->w + (ptrdiff_t)ky * n * 32;
#pragma GCC unroll 4
                for (int ii = 0; ii < n; ii++, wi += 32) {
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
                    const __m512 w0 = _mm512_loadu_ps(wi);
                    const __m512 w1 = _mm512_loadu_ps(wi + 16);
                    const __m512 x0 = _mm512_set1_ps(*xi);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                    const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                    a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                    a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                    const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                    a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                    a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                    const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                    a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                    a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                    const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                    a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                    a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                    const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                    a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                    a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                    const __m512 x6 = _mm512_set1_ps(*(xi + 6 * xp));
                    a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                    a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                    const __m512 x7 = _mm512_set1_ps(*(xi + 7 * xp));
                    a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                    a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                    const __m512 x8 = _mm512_set1_ps(*(xi + 8 * xp));
                    a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                    a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                    const __m512 x9 = _mm512_set1_ps(*(xi + 9 * xp));
                    a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                    a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                }
            }
        } else {
            for (int ky = r->ky0; ky < r->ky1; ky++) {
                const float *xt =
                    r->x + ((ptrdiff_t)r->iy0 + (ptrdiff_t)ky * r->dil_h) * r->xrow + col0 * r->xpix;
                const float *wi = r->w + (ptrdiff_t)ky * n * 32;
#pragma GCC unroll 4
                for (int ii = 0; ii < n; ii++, wi += 32) {
                    const float *xi = xt + ii;
                    const __m512 w0 = _mm512_loadu_ps(wi);
                    const __m512 w1 = _mm512_loadu_ps(wi + 16);
                    const __m512 x0 = _mm512_set1_ps(*xi);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                    const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                    a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                    a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                    const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                    a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                    a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                    const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                    a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                    a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                    const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                    a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                    a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                    const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                    a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                    a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                    const __m512 x6 = _mm512_set1_ps(*(xi + 6 * xp));
                    a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                    a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                    const __m512 x7 = _mm512_set1_ps(*(xi + 7 * xp));
                    a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                    a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                    const __m512 x8 = _mm512_set1_ps(*(xi + 8 * xp));
                    a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                    a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                    const __m512 x9 = _mm512_set1_ps(*(xi + 9 * xp));
                    a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                    a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                }
            }
        }
        if (r->last && r->relu) {
            a0_0 = _mm512_max_ps(a0_0, _mm512_setzero_ps());
            a0_1 = _mm512_max_ps(a0_1, _mm512_setzero_ps());
            a1_0 = _mm512_max_ps(a1_0, _mm512_setzero_ps());
            a1_1 = _mm512_max_ps(a1_1, _mm512_setzero_ps());
            a2_0 = _mm512_max_ps(a2_0, _mm512_setzero_ps());
            a2_1 = _mm512_max_ps(a2_1, _mm512_setzero_ps());
            a3_0 = _mm512_max_ps(a3_0, _mm512_setzero_ps());
            a3_1 = _mm512_max_ps(a3_1, _mm512_setzero_ps());
            a4_0 = _mm512_max_ps(a4_0, _mm512_setzero_ps());
            a4_1 = _mm512_max_ps(a4_1, _mm512_setzero_ps());
            a5_0 = _mm512_max_ps(a5_0, _mm512_setzero_ps());
            a5_1 = _mm512_max_ps(a5_1, _mm512_setzero_ps());
            a6_0 = _mm512_max_ps(a6_0, _mm512_setzero_ps());
            a6_1 = _mm512_max_ps(a6_1, _mm512_setzero_ps());
            a7_0 = _mm512_max_ps(a7_0, _mm512_setzero_ps());
            a7_1 = _mm512_max_ps(a7_1, _mm512_setzero_ps());
            a8_0 = _mm512_max_ps(a8_0, _mm512_setzero_ps());
            a8_1 = _mm512_max_ps(a8_1, _mm512_setzero_ps());
            a9_0 = _mm512_max_ps(a9_0, _mm512_setzero_ps());
            a9_1 = _mm512_max_ps(a9_1, _mm512_setzero_ps());
        }
        if (!r->ylanes) {
            _mm512_storeu_ps(y + r->yvoff[0], a0_0);
            _mm512_storeu_ps(y + r->yvoff[1], a0_1);
            _mm512_storeu_ps(y + 1 * ypix + r->yvoff[0], a1_0);
            _mm512_storeu_ps(y + 1 * ypix + r->yvoff[1], a1_1);
            _mm512_storeu_ps(y + 2 * ypix + r->yvoff[0], a2_0);
            _mm512_storeu_ps(y + 2 * ypix + r->yvoff[1], a2_1);
            _mm512_storeu_ps(y + 3 * ypix + r->yvoff[0], a3_0);
            _mm512_storeu_ps(y + 3 * ypix + r->yvoff[1], a3_1);
            _mm512_storeu_ps(y + 4 * ypix + r->yvoff[0], a4_0);
            _mm512_storeu_ps(y + 4 * ypix + r->yvoff[1], a4_1);
            _mm512_storeu_ps(y + 5 * ypix + r->yvoff[0], a5_0);
            _mm512_storeu_ps(y + 5 * ypix + r->yvoff[1], a5_1);
            _mm512_storeu_ps(y + 6 * ypix + r->yvoff[0], a6_0);
            _mm512_storeu_ps(y + 6 * ypix + r->yvoff[1], a6_1);
            _mm512_storeu_ps(y + 7 * ypix + r->yvoff[0], a7_0);
            _mm512_storeu_ps(y + 7 * ypix + r->yvoff[1], a7_1);
            _mm512_storeu_ps(y + 8 * ypix + r->yvoff[0], a8_0);
            _mm512_storeu_ps(y + 8 * ypix + r->yvoff[1], a8_1);
            _mm512_storeu_ps(y + 9 * ypix + r->yvoff[0], a9_0);
            _mm512_storeu_ps(y + 9 * ypix + r->yvoff[1], a9_1);
        } else if (r->ych != 1 && r->ypix == 1) {
            /* NCHW: each vector's W columns transposed into one run per channel */
            __m512 t[16];
            t[0] = a0_0;
            t[1] = a1_0;
            t[2] = a2_0;
            t[3] = a3_0;
            t[4] = a4_0;
            t[5] = a5_0;
            t[6] = a6_0;
            t[7] = a7_0;
            t[8] = a8_0;
            t[9] = a9_0;
            plane_store(y + r->yvoff[0], r->ych, t, 10);
            t[0] = a0_1;
            t[1] = a1_1;
            t[2] = a2_1;
            t[3] = a3_1;
            t[4] = a4_1;
            t[5] = a5_1;
            t[6] = a6_1;
            t[7] = a7_1;
            t[8] = a8_1;
            t[9] = a9_1;
            plane_store(y + r->yvoff[1], r->ych, t, 10);
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
static __attribute__((noinline)) bool lmc_f32_direct_conv_32cx14w_taps10__avx512(const lmc_direct_row *r,
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
    __m512 a0_0, a0_1;
    __m512 a1_0, a1_1;
    __m512 a2_0, a2_1;
    __m512 a3_0, a3_1;
    __m512 a4_0, a4_1;
    __m512 a5_0, a5_1;
    __m512 a6_0, a6_1;
    __m512 a7_0, a7_1;
    __m512 a8_0, a8_1;
    __m512 a9_0, a9_1;
    if (r->first) {
        const __m512 bb0 = r->bias ? _mm512_loadu_ps(r->bias) : _mm512_setzero_ps();
        const __m512 bb1 = r->bias ? _mm512_loadu_ps(r->bias + 16) : _mm512_setzero_ps();
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
        a0_0 = _mm512_loadu_ps(y + r->yvoff[0]);
        a0_1 = _mm512_loadu_ps(y + r->yvoff[1]);
        a1_0 = _mm512_loadu_ps(y + 1 * ypix + r->yvoff[0]);
        a1_1 = _mm512_loadu_ps(y + 1 * ypix + r->yvoff[1]);
        a2_0 = _mm512_loadu_ps(y + 2 * ypix + r->yvoff[0]);
        a2_1 = _mm512_loadu_ps(y + 2 * ypix + r->yvoff[1]);
        a3_0 = _mm512_loadu_ps(y + 3 * ypix + r->yvoff[0]);
        a3_1 = _mm512_loadu_ps(y + 3 * ypix + r->yvoff[1]);
        a4_0 = _mm512_loadu_ps(y + 4 * ypix + r->yvoff[0]);
        a4_1 = _mm512_loadu_ps(y + 4 * ypix + r->yvoff[1]);
        a5_0 = _mm512_loadu_ps(y + 5 * ypix + r->yvoff[0]);
        a5_1 = _mm512_loadu_ps(y + 5 * ypix + r->yvoff[1]);
        a6_0 = _mm512_loadu_ps(y + 6 * ypix + r->yvoff[0]);
        a6_1 = _mm512_loadu_ps(y + 6 * ypix + r->yvoff[1]);
        a7_0 = _mm512_loadu_ps(y + 7 * ypix + r->yvoff[0]);
        a7_1 = _mm512_loadu_ps(y + 7 * ypix + r->yvoff[1]);
        a8_0 = _mm512_loadu_ps(y + 8 * ypix + r->yvoff[0]);
        a8_1 = _mm512_loadu_ps(y + 8 * ypix + r->yvoff[1]);
        a9_0 = _mm512_loadu_ps(y + 9 * ypix + r->yvoff[0]);
        a9_1 = _mm512_loadu_ps(y + 9 * ypix + r->yvoff[1]);
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
                    const float *wt = r->w + ((ptrdiff_t)ky * r->kw + kx) * cib * 32;
                    switch (cut) {
                    case 0: { /* columns [0, 10) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x0 = _mm512_set1_ps(*xi);
                                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                                a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                                const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 6 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 7 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                                const __m512 x8 = _mm512_set1_ps(*(xi + 8 * xp));
                                a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                                a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                                const __m512 x9 = _mm512_set1_ps(*(xi + 9 * xp));
                                a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                                a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x0 = _mm512_set1_ps(*xi);
                                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                                a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                                const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 6 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 7 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                                const __m512 x8 = _mm512_set1_ps(*(xi + 8 * xp));
                                a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                                a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x0 = _mm512_set1_ps(*xi);
                                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                                a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                                const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 6 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 7 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x0 = _mm512_set1_ps(*xi);
                                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                                a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                                const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 6 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x1 = _mm512_set1_ps(*xi);
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 3 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 4 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 5 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 6 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                                const __m512 x8 = _mm512_set1_ps(*(xi + 7 * xp));
                                a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                                a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                                const __m512 x9 = _mm512_set1_ps(*(xi + 8 * xp));
                                a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                                a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x1 = _mm512_set1_ps(*xi);
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 3 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 4 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 5 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 6 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                                const __m512 x8 = _mm512_set1_ps(*(xi + 7 * xp));
                                a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                                a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x1 = _mm512_set1_ps(*xi);
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 3 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 4 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 5 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 6 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x1 = _mm512_set1_ps(*xi);
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 3 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 4 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 5 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x2 = _mm512_set1_ps(*xi);
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 2 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 3 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 4 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 5 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                                const __m512 x8 = _mm512_set1_ps(*(xi + 6 * xp));
                                a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                                a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                                const __m512 x9 = _mm512_set1_ps(*(xi + 7 * xp));
                                a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                                a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x2 = _mm512_set1_ps(*xi);
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 2 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 3 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 4 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 5 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                                const __m512 x8 = _mm512_set1_ps(*(xi + 6 * xp));
                                a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                                a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x2 = _mm512_set1_ps(*xi);
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 2 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 3 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 4 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 5 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x2 = _mm512_set1_ps(*xi);
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 2 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 3 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 4 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x3 = _mm512_set1_ps(*xi);
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 1 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 2 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 3 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 4 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                                const __m512 x8 = _mm512_set1_ps(*(xi + 5 * xp));
                                a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                                a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                                const __m512 x9 = _mm512_set1_ps(*(xi + 6 * xp));
                                a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                                a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x3 = _mm512_set1_ps(*xi);
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 1 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 2 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 3 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 4 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                                const __m512 x8 = _mm512_set1_ps(*(xi + 5 * xp));
                                a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                                a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x3 = _mm512_set1_ps(*xi);
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 1 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 2 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 3 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 4 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x3 = _mm512_set1_ps(*xi);
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 1 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 2 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 3 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
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
                const float *wt = r->w + ((ptrdiff_t)ky * r->kw + kx) * cib * 32;
                switch (cut) {
                case 0: { /* columns [0, 10) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x0 = _mm512_set1_ps(*xi);
                            a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                            a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                            const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 6 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 7 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                            const __m512 x8 = _mm512_set1_ps(*(xi + 8 * xp));
                            a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                            a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                            const __m512 x9 = _mm512_set1_ps(*(xi + 9 * xp));
                            a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                            a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x0 = _mm512_set1_ps(*xi);
                            a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                            a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                            const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 6 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 7 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                            const __m512 x8 = _mm512_set1_ps(*(xi + 8 * xp));
                            a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                            a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x0 = _mm512_set1_ps(*xi);
                            a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                            a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                            const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 6 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 7 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x0 = _mm512_set1_ps(*xi);
                            a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                            a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                            const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 6 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x1 = _mm512_set1_ps(*xi);
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 3 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 4 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 5 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 6 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                            const __m512 x8 = _mm512_set1_ps(*(xi + 7 * xp));
                            a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                            a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                            const __m512 x9 = _mm512_set1_ps(*(xi + 8 * xp));
                            a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                            a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x1 = _mm512_set1_ps(*xi);
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 3 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 4 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 5 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 6 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                            const __m512 x8 = _mm512_set1_ps(*(xi + 7 * xp));
                            a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                            a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x1 = _mm512_set1_ps(*xi);
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 3 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 4 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 5 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 6 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x1 = _mm512_set1_ps(*xi);
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 3 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 4 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 5 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x2 = _mm512_set1_ps(*xi);
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 2 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 3 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 4 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 5 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                            const __m512 x8 = _mm512_set1_ps(*(xi + 6 * xp));
                            a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                            a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                            const __m512 x9 = _mm512_set1_ps(*(xi + 7 * xp));
                            a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                            a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x2 = _mm512_set1_ps(*xi);
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 2 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 3 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 4 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 5 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                            const __m512 x8 = _mm512_set1_ps(*(xi + 6 * xp));
                            a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                            a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x2 = _mm512_set1_ps(*xi);
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 2 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 3 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 4 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 5 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x2 = _mm512_set1_ps(*xi);
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 2 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 3 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 4 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x3 = _mm512_set1_ps(*xi);
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 1 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 2 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 3 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 4 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                            const __m512 x8 = _mm512_set1_ps(*(xi + 5 * xp));
                            a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                            a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                            const __m512 x9 = _mm512_set1_ps(*(xi + 6 * xp));
                            a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                            a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x3 = _mm512_set1_ps(*xi);
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 1 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 2 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 3 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 4 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                            const __m512 x8 = _mm512_set1_ps(*(xi + 5 * xp));
                            a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                            a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x3 = _mm512_set1_ps(*xi);
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 1 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 2 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 3 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 4 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x3 = _mm512_set1_ps(*xi);
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 1 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 2 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 3 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
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
        a0_0 = _mm512_max_ps(a0_0, _mm512_setzero_ps());
        a0_1 = _mm512_max_ps(a0_1, _mm512_setzero_ps());
        a1_0 = _mm512_max_ps(a1_0, _mm512_setzero_ps());
        a1_1 = _mm512_max_ps(a1_1, _mm512_setzero_ps());
        a2_0 = _mm512_max_ps(a2_0, _mm512_setzero_ps());
        a2_1 = _mm512_max_ps(a2_1, _mm512_setzero_ps());
        a3_0 = _mm512_max_ps(a3_0, _mm512_setzero_ps());
        a3_1 = _mm512_max_ps(a3_1, _mm512_setzero_ps());
        a4_0 = _mm512_max_ps(a4_0, _mm512_setzero_ps());
        a4_1 = _mm512_max_ps(a4_1, _mm512_setzero_ps());
        a5_0 = _mm512_max_ps(a5_0, _mm512_setzero_ps());
        a5_1 = _mm512_max_ps(a5_1, _mm512_setzero_ps());
        a6_0 = _mm512_max_ps(a6_0, _mm512_setzero_ps());
        a6_1 = _mm512_max_ps(a6_1, _mm512_setzero_ps());
        a7_0 = _mm512_max_ps(a7_0, _mm512_setzero_ps());
        a7_1 = _mm512_max_ps(a7_1, _mm512_setzero_ps());
        a8_0 = _mm512_max_ps(a8_0, _mm512_setzero_ps());
        a8_1 = _mm512_max_ps(a8_1, _mm512_setzero_ps());
        a9_0 = _mm512_max_ps(a9_0, _mm512_setzero_ps());
        a9_1 = _mm512_max_ps(a9_1, _mm512_setzero_ps());
    }
    if (!r->ylanes) {
        _mm512_storeu_ps(y + r->yvoff[0], a0_0);
        _mm512_storeu_ps(y + r->yvoff[1], a0_1);
        _mm512_storeu_ps(y + 1 * ypix + r->yvoff[0], a1_0);
        _mm512_storeu_ps(y + 1 * ypix + r->yvoff[1], a1_1);
        _mm512_storeu_ps(y + 2 * ypix + r->yvoff[0], a2_0);
        _mm512_storeu_ps(y + 2 * ypix + r->yvoff[1], a2_1);
        _mm512_storeu_ps(y + 3 * ypix + r->yvoff[0], a3_0);
        _mm512_storeu_ps(y + 3 * ypix + r->yvoff[1], a3_1);
        _mm512_storeu_ps(y + 4 * ypix + r->yvoff[0], a4_0);
        _mm512_storeu_ps(y + 4 * ypix + r->yvoff[1], a4_1);
        _mm512_storeu_ps(y + 5 * ypix + r->yvoff[0], a5_0);
        _mm512_storeu_ps(y + 5 * ypix + r->yvoff[1], a5_1);
        _mm512_storeu_ps(y + 6 * ypix + r->yvoff[0], a6_0);
        _mm512_storeu_ps(y + 6 * ypix + r->yvoff[1], a6_1);
        _mm512_storeu_ps(y + 7 * ypix + r->yvoff[0], a7_0);
        _mm512_storeu_ps(y + 7 * ypix + r->yvoff[1], a7_1);
        _mm512_storeu_ps(y + 8 * ypix + r->yvoff[0], a8_0);
        _mm512_storeu_ps(y + 8 * ypix + r->yvoff[1], a8_1);
        _mm512_storeu_ps(y + 9 * ypix + r->yvoff[0], a9_0);
        _mm512_storeu_ps(y + 9 * ypix + r->yvoff[1], a9_1);
    } else if (r->ych != 1 && r->ypix == 1) {
        /* NCHW: each vector's W columns transposed into one run per channel */
        __m512 t[16];
        t[0] = a0_0;
        t[1] = a1_0;
        t[2] = a2_0;
        t[3] = a3_0;
        t[4] = a4_0;
        t[5] = a5_0;
        t[6] = a6_0;
        t[7] = a7_0;
        t[8] = a8_0;
        t[9] = a9_0;
        plane_store(y + r->yvoff[0], r->ych, t, 10);
        t[0] = a0_1;
        t[1] = a1_1;
        t[2] = a2_1;
        t[3] = a3_1;
        t[4] = a4_1;
        t[5] = a5_1;
        t[6] = a6_1;
        t[7] = a7_1;
        t[8] = a8_1;
        t[9] = a9_1;
        plane_store(y + r->yvoff[1], r->ych, t, 10);
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
static __attribute__((noinline)) void lmc_f32_direct_conv_32cx14w_merged11__avx512(const lmc_direct_row *r, int ox0,
                                                                                   int nblk)
{
    for (const int ox_end = ox0 + nblk * 11; ox0 < ox_end; ox0 += 11) {
        const ptrdiff_t ypix = r->ypix, xp = (ptrdiff_t)r->stride_w * r->xpix;
        const ptrdiff_t col0 = (ptrdiff_t)ox0 * r->stride_w - r->pad_left;
        float *y = r->y + (ptrdiff_t)ox0 * ypix;
        __m512 a0_0, a0_1;
        __m512 a1_0, a1_1;
        __m512 a2_0, a2_1;
        __m512 a3_0, a3_1;
        __m512 a4_0, a4_1;
        __m512 a5_0, a5_1;
        __m512 a6_0, a6_1;
        __m512 a7_0, a7_1;
        __m512 a8_0, a8_1;
        __m512 a9_0, a9_1;
        __m512 a10_0, a10_1;
        if (r->first) {
            const __m512 bb0 = r->bias ? _mm512_loadu_ps(r->bias) : _mm512_setzero_ps();
            const __m512 bb1 = r->bias ? _mm512_loadu_ps(r->bias + 16) : _mm512_setzero_ps();
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
            a0_0 = _mm512_loadu_ps(y + r->yvoff[0]);
            a0_1 = _mm512_loadu_ps(y + r->yvoff[1]);
            a1_0 = _mm512_loadu_ps(y + 1 * ypix + r->yvoff[0]);
            a1_1 = _mm512_loadu_ps(y + 1 * ypix + r->yvoff[1]);
            a2_0 = _mm512_loadu_ps(y + 2 * ypix + r->yvoff[0]);
            a2_1 = _mm512_loadu_ps(y + 2 * ypix + r->yvoff[1]);
            a3_0 = _mm512_loadu_ps(y + 3 * ypix + r->yvoff[0]);
            a3_1 = _mm512_loadu_ps(y + 3 * ypix + r->yvoff[1]);
            a4_0 = _mm512_loadu_ps(y + 4 * ypix + r->yvoff[0]);
            a4_1 = _mm512_loadu_ps(y + 4 * ypix + r->yvoff[1]);
            a5_0 = _mm512_loadu_ps(y + 5 * ypix + r->yvoff[0]);
            a5_1 = _mm512_loadu_ps(y + 5 * ypix + r->yvoff[1]);
            a6_0 = _mm512_loadu_ps(y + 6 * ypix + r->yvoff[0]);
            a6_1 = _mm512_loadu_ps(y + 6 * ypix + r->yvoff[1]);
            a7_0 = _mm512_loadu_ps(y + 7 * ypix + r->yvoff[0]);
            a7_1 = _mm512_loadu_ps(y + 7 * ypix + r->yvoff[1]);
            a8_0 = _mm512_loadu_ps(y + 8 * ypix + r->yvoff[0]);
            a8_1 = _mm512_loadu_ps(y + 8 * ypix + r->yvoff[1]);
            a9_0 = _mm512_loadu_ps(y + 9 * ypix + r->yvoff[0]);
            a9_1 = _mm512_loadu_ps(y + 9 * ypix + r->yvoff[1]);
            a10_0 = _mm512_loadu_ps(y + 10 * ypix + r->yvoff[0]);
            a10_1 = _mm512_loadu_ps(y + 10 * ypix + r->yvoff[1]);
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
                const float *wi = r->w + (ptrdiff_t)ky * n * 32;
#pragma GCC unroll 4
                for (int ii = 0; ii < n; ii++, wi += 32) {
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
                    const __m512 w0 = _mm512_loadu_ps(wi);
                    const __m512 w1 = _mm512_loadu_ps(wi + 16);
                    const __m512 x0 = _mm512_set1_ps(*xi);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                    const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                    a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                    a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                    const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                    a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                    a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                    const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                    a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                    a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                    const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                    a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                    a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                    const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                    a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                    a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                    const __m512 x6 = _mm512_set1_ps(*(xi + 6 * xp));
                    a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                    a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                    const __m512 x7 = _mm512_set1_ps(*(xi + 7 * xp));
                    a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                    a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                    const __m512 x8 = _mm512_set1_ps(*(xi + 8 * xp));
                    a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                    a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                    const __m512 x9 = _mm512_set1_ps(*(xi + 9 * xp));
                    a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                    a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                    const __m512 x10 = _mm512_set1_ps(*(xi + 10 * xp));
                    a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                    a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
                }
            }
        } else {
            for (int ky = r->ky0; ky < r->ky1; ky++) {
                const float *xt =
                    r->x + ((ptrdiff_t)r->iy0 + (ptrdiff_t)ky * r->dil_h) * r->xrow + col0 * r->xpix;
                const float *wi = r->w + (ptrdiff_t)ky * n * 32;
#pragma GCC unroll 4
                for (int ii = 0; ii < n; ii++, wi += 32) {
                    const float *xi = xt + ii;
                    const __m512 w0 = _mm512_loadu_ps(wi);
                    const __m512 w1 = _mm512_loadu_ps(wi + 16);
                    const __m512 x0 = _mm512_set1_ps(*xi);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                    const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                    a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                    a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                    const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                    a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                    a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                    const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                    a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                    a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                    const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                    a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                    a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                    const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                    a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                    a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                    const __m512 x6 = _mm512_set1_ps(*(xi + 6 * xp));
                    a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                    a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                    const __m512 x7 = _mm512_set1_ps(*(xi + 7 * xp));
                    a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                    a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                    const __m512 x8 = _mm512_set1_ps(*(xi + 8 * xp));
                    a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                    a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                    const __m512 x9 = _mm512_set1_ps(*(xi + 9 * xp));
                    a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                    a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                    const __m512 x10 = _mm512_set1_ps(*(xi + 10 * xp));
                    a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                    a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
                }
            }
        }
        if (r->last && r->relu) {
            a0_0 = _mm512_max_ps(a0_0, _mm512_setzero_ps());
            a0_1 = _mm512_max_ps(a0_1, _mm512_setzero_ps());
            a1_0 = _mm512_max_ps(a1_0, _mm512_setzero_ps());
            a1_1 = _mm512_max_ps(a1_1, _mm512_setzero_ps());
            a2_0 = _mm512_max_ps(a2_0, _mm512_setzero_ps());
            a2_1 = _mm512_max_ps(a2_1, _mm512_setzero_ps());
            a3_0 = _mm512_max_ps(a3_0, _mm512_setzero_ps());
            a3_1 = _mm512_max_ps(a3_1, _mm512_setzero_ps());
            a4_0 = _mm512_max_ps(a4_0, _mm512_setzero_ps());
            a4_1 = _mm512_max_ps(a4_1, _mm512_setzero_ps());
            a5_0 = _mm512_max_ps(a5_0, _mm512_setzero_ps());
            a5_1 = _mm512_max_ps(a5_1, _mm512_setzero_ps());
            a6_0 = _mm512_max_ps(a6_0, _mm512_setzero_ps());
            a6_1 = _mm512_max_ps(a6_1, _mm512_setzero_ps());
            a7_0 = _mm512_max_ps(a7_0, _mm512_setzero_ps());
            a7_1 = _mm512_max_ps(a7_1, _mm512_setzero_ps());
            a8_0 = _mm512_max_ps(a8_0, _mm512_setzero_ps());
            a8_1 = _mm512_max_ps(a8_1, _mm512_setzero_ps());
            a9_0 = _mm512_max_ps(a9_0, _mm512_setzero_ps());
            a9_1 = _mm512_max_ps(a9_1, _mm512_setzero_ps());
            a10_0 = _mm512_max_ps(a10_0, _mm512_setzero_ps());
            a10_1 = _mm512_max_ps(a10_1, _mm512_setzero_ps());
        }
        if (!r->ylanes) {
            _mm512_storeu_ps(y + r->yvoff[0], a0_0);
            _mm512_storeu_ps(y + r->yvoff[1], a0_1);
            _mm512_storeu_ps(y + 1 * ypix + r->yvoff[0], a1_0);
            _mm512_storeu_ps(y + 1 * ypix + r->yvoff[1], a1_1);
            _mm512_storeu_ps(y + 2 * ypix + r->yvoff[0], a2_0);
            _mm512_storeu_ps(y + 2 * ypix + r->yvoff[1], a2_1);
            _mm512_storeu_ps(y + 3 * ypix + r->yvoff[0], a3_0);
            _mm512_storeu_ps(y + 3 * ypix + r->yvoff[1], a3_1);
            _mm512_storeu_ps(y + 4 * ypix + r->yvoff[0], a4_0);
            _mm512_storeu_ps(y + 4 * ypix + r->yvoff[1], a4_1);
            _mm512_storeu_ps(y + 5 * ypix + r->yvoff[0], a5_0);
            _mm512_storeu_ps(y + 5 * ypix + r->yvoff[1], a5_1);
            _mm512_storeu_ps(y + 6 * ypix + r->yvoff[0], a6_0);
            _mm512_storeu_ps(y + 6 * ypix + r->yvoff[1], a6_1);
            _mm512_storeu_ps(y + 7 * ypix + r->yvoff[0], a7_0);
            _mm512_storeu_ps(y + 7 * ypix + r->yvoff[1], a7_1);
            _mm512_storeu_ps(y + 8 * ypix + r->yvoff[0], a8_0);
            _mm512_storeu_ps(y + 8 * ypix + r->yvoff[1], a8_1);
            _mm512_storeu_ps(y + 9 * ypix + r->yvoff[0], a9_0);
            _mm512_storeu_ps(y + 9 * ypix + r->yvoff[1], a9_1);
            _mm512_storeu_ps(y + 10 * ypix + r->yvoff[0], a10_0);
            _mm512_storeu_ps(y + 10 * ypix + r->yvoff[1], a10_1);
        } else if (r->ych != 1 && r->ypix == 1) {
            /* NCHW: each vector's W columns transposed into one run per channel */
            __m512 t[16];
            t[0] = a0_0;
            t[1] = a1_0;
            t[2] = a2_0;
            t[3] = a3_0;
            t[4] = a4_0;
            t[5] = a5_0;
            t[6] = a6_0;
            t[7] = a7_0;
            t[8] = a8_0;
            t[9] = a9_0;
            t[10] = a10_0;
            plane_store(y + r->yvoff[0], r->ych, t, 11);
            t[0] = a0_1;
            t[1] = a1_1;
            t[2] = a2_1;
            t[3] = a3_1;
            t[4] = a4_1;
            t[5] = a5_1;
            t[6] = a6_1;
            t[7] = a7_1;
            t[8] = a8_1;
            t[9] = a9_1;
            t[10] = a10_1;
            plane_store(y + r->yvoff[1], r->ych, t, 11);
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
static __attribute__((noinline)) bool lmc_f32_direct_conv_32cx14w_taps11__avx512(const lmc_direct_row *r,
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
    __m512 a0_0, a0_1;
    __m512 a1_0, a1_1;
    __m512 a2_0, a2_1;
    __m512 a3_0, a3_1;
    __m512 a4_0, a4_1;
    __m512 a5_0, a5_1;
    __m512 a6_0, a6_1;
    __m512 a7_0, a7_1;
    __m512 a8_0, a8_1;
    __m512 a9_0, a9_1;
    __m512 a10_0, a10_1;
    if (r->first) {
        const __m512 bb0 = r->bias ? _mm512_loadu_ps(r->bias) : _mm512_setzero_ps();
        const __m512 bb1 = r->bias ? _mm512_loadu_ps(r->bias + 16) : _mm512_setzero_ps();
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
        a0_0 = _mm512_loadu_ps(y + r->yvoff[0]);
        a0_1 = _mm512_loadu_ps(y + r->yvoff[1]);
        a1_0 = _mm512_loadu_ps(y + 1 * ypix + r->yvoff[0]);
        a1_1 = _mm512_loadu_ps(y + 1 * ypix + r->yvoff[1]);
        a2_0 = _mm512_loadu_ps(y + 2 * ypix + r->yvoff[0]);
        a2_1 = _mm512_loadu_ps(y + 2 * ypix + r->yvoff[1]);
        a3_0 = _mm512_loadu_ps(y + 3 * ypix + r->yvoff[0]);
        a3_1 = _mm512_loadu_ps(y + 3 * ypix + r->yvoff[1]);
        a4_0 = _mm512_loadu_ps(y + 4 * ypix + r->yvoff[0]);
        a4_1 = _mm512_loadu_ps(y + 4 * ypix + r->yvoff[1]);
        a5_0 = _mm512_loadu_ps(y + 5 * ypix + r->yvoff[0]);
        a5_1 = _mm512_loadu_ps(y + 5 * ypix + r->yvoff[1]);
        a6_0 = _mm512_loadu_ps(y + 6 * ypix + r->yvoff[0]);
        a6_1 = _mm512_loadu_ps(y + 6 * ypix + r->yvoff[1]);
        a7_0 = _mm512_loadu_ps(y + 7 * ypix + r->yvoff[0]);
        a7_1 = _mm512_loadu_ps(y + 7 * ypix + r->yvoff[1]);
        a8_0 = _mm512_loadu_ps(y + 8 * ypix + r->yvoff[0]);
        a8_1 = _mm512_loadu_ps(y + 8 * ypix + r->yvoff[1]);
        a9_0 = _mm512_loadu_ps(y + 9 * ypix + r->yvoff[0]);
        a9_1 = _mm512_loadu_ps(y + 9 * ypix + r->yvoff[1]);
        a10_0 = _mm512_loadu_ps(y + 10 * ypix + r->yvoff[0]);
        a10_1 = _mm512_loadu_ps(y + 10 * ypix + r->yvoff[1]);
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
                    const float *wt = r->w + ((ptrdiff_t)ky * r->kw + kx) * cib * 32;
                    switch (cut) {
                    case 0: { /* columns [0, 11) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x0 = _mm512_set1_ps(*xi);
                                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                                a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                                const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 6 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 7 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                                const __m512 x8 = _mm512_set1_ps(*(xi + 8 * xp));
                                a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                                a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                                const __m512 x9 = _mm512_set1_ps(*(xi + 9 * xp));
                                a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                                a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                                const __m512 x10 = _mm512_set1_ps(*(xi + 10 * xp));
                                a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                                a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x0 = _mm512_set1_ps(*xi);
                                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                                a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                                const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 6 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 7 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                                const __m512 x8 = _mm512_set1_ps(*(xi + 8 * xp));
                                a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                                a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                                const __m512 x9 = _mm512_set1_ps(*(xi + 9 * xp));
                                a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                                a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x0 = _mm512_set1_ps(*xi);
                                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                                a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                                const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 6 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 7 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                                const __m512 x8 = _mm512_set1_ps(*(xi + 8 * xp));
                                a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                                a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x0 = _mm512_set1_ps(*xi);
                                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                                a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                                const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 6 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 7 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x1 = _mm512_set1_ps(*xi);
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 3 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 4 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 5 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 6 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                                const __m512 x8 = _mm512_set1_ps(*(xi + 7 * xp));
                                a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                                a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                                const __m512 x9 = _mm512_set1_ps(*(xi + 8 * xp));
                                a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                                a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                                const __m512 x10 = _mm512_set1_ps(*(xi + 9 * xp));
                                a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                                a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x1 = _mm512_set1_ps(*xi);
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 3 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 4 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 5 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 6 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                                const __m512 x8 = _mm512_set1_ps(*(xi + 7 * xp));
                                a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                                a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                                const __m512 x9 = _mm512_set1_ps(*(xi + 8 * xp));
                                a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                                a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x1 = _mm512_set1_ps(*xi);
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 3 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 4 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 5 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 6 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                                const __m512 x8 = _mm512_set1_ps(*(xi + 7 * xp));
                                a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                                a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x1 = _mm512_set1_ps(*xi);
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 3 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 4 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 5 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 6 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x2 = _mm512_set1_ps(*xi);
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 2 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 3 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 4 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 5 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                                const __m512 x8 = _mm512_set1_ps(*(xi + 6 * xp));
                                a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                                a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                                const __m512 x9 = _mm512_set1_ps(*(xi + 7 * xp));
                                a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                                a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                                const __m512 x10 = _mm512_set1_ps(*(xi + 8 * xp));
                                a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                                a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x2 = _mm512_set1_ps(*xi);
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 2 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 3 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 4 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 5 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                                const __m512 x8 = _mm512_set1_ps(*(xi + 6 * xp));
                                a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                                a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                                const __m512 x9 = _mm512_set1_ps(*(xi + 7 * xp));
                                a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                                a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x2 = _mm512_set1_ps(*xi);
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 2 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 3 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 4 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 5 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                                const __m512 x8 = _mm512_set1_ps(*(xi + 6 * xp));
                                a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                                a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x2 = _mm512_set1_ps(*xi);
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 2 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 3 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 4 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 5 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x3 = _mm512_set1_ps(*xi);
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 1 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 2 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 3 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 4 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                                const __m512 x8 = _mm512_set1_ps(*(xi + 5 * xp));
                                a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                                a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                                const __m512 x9 = _mm512_set1_ps(*(xi + 6 * xp));
                                a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                                a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                                const __m512 x10 = _mm512_set1_ps(*(xi + 7 * xp));
                                a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                                a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x3 = _mm512_set1_ps(*xi);
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 1 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 2 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 3 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 4 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                                const __m512 x8 = _mm512_set1_ps(*(xi + 5 * xp));
                                a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                                a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                                const __m512 x9 = _mm512_set1_ps(*(xi + 6 * xp));
                                a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                                a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x3 = _mm512_set1_ps(*xi);
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 1 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 2 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 3 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 4 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                                const __m512 x8 = _mm512_set1_ps(*(xi + 5 * xp));
                                a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                                a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x3 = _mm512_set1_ps(*xi);
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 1 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 2 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 3 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 4 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
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
                const float *wt = r->w + ((ptrdiff_t)ky * r->kw + kx) * cib * 32;
                switch (cut) {
                case 0: { /* columns [0, 11) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x0 = _mm512_set1_ps(*xi);
                            a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                            a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                            const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 6 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 7 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                            const __m512 x8 = _mm512_set1_ps(*(xi + 8 * xp));
                            a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                            a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                            const __m512 x9 = _mm512_set1_ps(*(xi + 9 * xp));
                            a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                            a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                            const __m512 x10 = _mm512_set1_ps(*(xi + 10 * xp));
                            a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                            a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x0 = _mm512_set1_ps(*xi);
                            a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                            a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                            const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 6 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 7 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                            const __m512 x8 = _mm512_set1_ps(*(xi + 8 * xp));
                            a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                            a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                            const __m512 x9 = _mm512_set1_ps(*(xi + 9 * xp));
                            a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                            a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x0 = _mm512_set1_ps(*xi);
                            a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                            a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                            const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 6 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 7 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                            const __m512 x8 = _mm512_set1_ps(*(xi + 8 * xp));
                            a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                            a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x0 = _mm512_set1_ps(*xi);
                            a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                            a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                            const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 6 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 7 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x1 = _mm512_set1_ps(*xi);
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 3 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 4 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 5 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 6 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                            const __m512 x8 = _mm512_set1_ps(*(xi + 7 * xp));
                            a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                            a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                            const __m512 x9 = _mm512_set1_ps(*(xi + 8 * xp));
                            a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                            a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                            const __m512 x10 = _mm512_set1_ps(*(xi + 9 * xp));
                            a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                            a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x1 = _mm512_set1_ps(*xi);
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 3 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 4 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 5 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 6 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                            const __m512 x8 = _mm512_set1_ps(*(xi + 7 * xp));
                            a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                            a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                            const __m512 x9 = _mm512_set1_ps(*(xi + 8 * xp));
                            a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                            a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x1 = _mm512_set1_ps(*xi);
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 3 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 4 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 5 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 6 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                            const __m512 x8 = _mm512_set1_ps(*(xi + 7 * xp));
                            a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                            a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x1 = _mm512_set1_ps(*xi);
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 3 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 4 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 5 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 6 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x2 = _mm512_set1_ps(*xi);
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 2 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 3 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 4 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 5 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                            const __m512 x8 = _mm512_set1_ps(*(xi + 6 * xp));
                            a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                            a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                            const __m512 x9 = _mm512_set1_ps(*(xi + 7 * xp));
                            a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                            a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                            const __m512 x10 = _mm512_set1_ps(*(xi + 8 * xp));
                            a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                            a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x2 = _mm512_set1_ps(*xi);
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 2 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 3 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 4 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 5 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                            const __m512 x8 = _mm512_set1_ps(*(xi + 6 * xp));
                            a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                            a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                            const __m512 x9 = _mm512_set1_ps(*(xi + 7 * xp));
                            a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                            a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x2 = _mm512_set1_ps(*xi);
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 2 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 3 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 4 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 5 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                            const __m512 x8 = _mm512_set1_ps(*(xi + 6 * xp));
                            a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                            a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x2 = _mm512_set1_ps(*xi);
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 2 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 3 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 4 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 5 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x3 = _mm512_set1_ps(*xi);
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 1 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 2 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 3 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 4 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                            const __m512 x8 = _mm512_set1_ps(*(xi + 5 * xp));
                            a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                            a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                            const __m512 x9 = _mm512_set1_ps(*(xi + 6 * xp));
                            a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                            a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                            const __m512 x10 = _mm512_set1_ps(*(xi + 7 * xp));
                            a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                            a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x3 = _mm512_set1_ps(*xi);
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 1 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 2 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 3 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 4 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                            const __m512 x8 = _mm512_set1_ps(*(xi + 5 * xp));
                            a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                            a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                            const __m512 x9 = _mm512_set1_ps(*(xi + 6 * xp));
                            a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                            a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x3 = _mm512_set1_ps(*xi);
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 1 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 2 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 3 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 4 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                            const __m512 x8 = _mm512_set1_ps(*(xi + 5 * xp));
                            a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                            a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x3 = _mm512_set1_ps(*xi);
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 1 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 2 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 3 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 4 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
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
        a0_0 = _mm512_max_ps(a0_0, _mm512_setzero_ps());
        a0_1 = _mm512_max_ps(a0_1, _mm512_setzero_ps());
        a1_0 = _mm512_max_ps(a1_0, _mm512_setzero_ps());
        a1_1 = _mm512_max_ps(a1_1, _mm512_setzero_ps());
        a2_0 = _mm512_max_ps(a2_0, _mm512_setzero_ps());
        a2_1 = _mm512_max_ps(a2_1, _mm512_setzero_ps());
        a3_0 = _mm512_max_ps(a3_0, _mm512_setzero_ps());
        a3_1 = _mm512_max_ps(a3_1, _mm512_setzero_ps());
        a4_0 = _mm512_max_ps(a4_0, _mm512_setzero_ps());
        a4_1 = _mm512_max_ps(a4_1, _mm512_setzero_ps());
        a5_0 = _mm512_max_ps(a5_0, _mm512_setzero_ps());
        a5_1 = _mm512_max_ps(a5_1, _mm512_setzero_ps());
        a6_0 = _mm512_max_ps(a6_0, _mm512_setzero_ps());
        a6_1 = _mm512_max_ps(a6_1, _mm512_setzero_ps());
        a7_0 = _mm512_max_ps(a7_0, _mm512_setzero_ps());
        a7_1 = _mm512_max_ps(a7_1, _mm512_setzero_ps());
        a8_0 = _mm512_max_ps(a8_0, _mm512_setzero_ps());
        a8_1 = _mm512_max_ps(a8_1, _mm512_setzero_ps());
        a9_0 = _mm512_max_ps(a9_0, _mm512_setzero_ps());
        a9_1 = _mm512_max_ps(a9_1, _mm512_setzero_ps());
        a10_0 = _mm512_max_ps(a10_0, _mm512_setzero_ps());
        a10_1 = _mm512_max_ps(a10_1, _mm512_setzero_ps());
    }
    if (!r->ylanes) {
        _mm512_storeu_ps(y + r->yvoff[0], a0_0);
        _mm512_storeu_ps(y + r->yvoff[1], a0_1);
        _mm512_storeu_ps(y + 1 * ypix + r->yvoff[0], a1_0);
        _mm512_storeu_ps(y + 1 * ypix + r->yvoff[1], a1_1);
        _mm512_storeu_ps(y + 2 * ypix + r->yvoff[0], a2_0);
        _mm512_storeu_ps(y + 2 * ypix + r->yvoff[1], a2_1);
        _mm512_storeu_ps(y + 3 * ypix + r->yvoff[0], a3_0);
        _mm512_storeu_ps(y + 3 * ypix + r->yvoff[1], a3_1);
        _mm512_storeu_ps(y + 4 * ypix + r->yvoff[0], a4_0);
        _mm512_storeu_ps(y + 4 * ypix + r->yvoff[1], a4_1);
        _mm512_storeu_ps(y + 5 * ypix + r->yvoff[0], a5_0);
        _mm512_storeu_ps(y + 5 * ypix + r->yvoff[1], a5_1);
        _mm512_storeu_ps(y + 6 * ypix + r->yvoff[0], a6_0);
        _mm512_storeu_ps(y + 6 * ypix + r->yvoff[1], a6_1);
        _mm512_storeu_ps(y + 7 * ypix + r->yvoff[0], a7_0);
        _mm512_storeu_ps(y + 7 * ypix + r->yvoff[1], a7_1);
        _mm512_storeu_ps(y + 8 * ypix + r->yvoff[0], a8_0);
        _mm512_storeu_ps(y + 8 * ypix + r->yvoff[1], a8_1);
        _mm512_storeu_ps(y + 9 * ypix + r->yvoff[0], a9_0);
        _mm512_storeu_ps(y + 9 * ypix + r->yvoff[1], a9_1);
        _mm512_storeu_ps(y + 10 * ypix + r->yvoff[0], a10_0);
        _mm512_storeu_ps(y + 10 * ypix + r->yvoff[1], a10_1);
    } else if (r->ych != 1 && r->ypix == 1) {
        /* NCHW: each vector's W columns transposed into one run per channel */
        __m512 t[16];
        t[0] = a0_0;
        t[1] = a1_0;
        t[2] = a2_0;
        t[3] = a3_0;
        t[4] = a4_0;
        t[5] = a5_0;
        t[6] = a6_0;
        t[7] = a7_0;
        t[8] = a8_0;
        t[9] = a9_0;
        t[10] = a10_0;
        plane_store(y + r->yvoff[0], r->ych, t, 11);
        t[0] = a0_1;
        t[1] = a1_1;
        t[2] = a2_1;
        t[3] = a3_1;
        t[4] = a4_1;
        t[5] = a5_1;
        t[6] = a6_1;
        t[7] = a7_1;
        t[8] = a8_1;
        t[9] = a9_1;
        t[10] = a10_1;
        plane_store(y + r->yvoff[1], r->ych, t, 11);
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
static __attribute__((noinline)) void lmc_f32_direct_conv_32cx14w_merged12__avx512(const lmc_direct_row *r, int ox0,
                                                                                   int nblk)
{
    for (const int ox_end = ox0 + nblk * 12; ox0 < ox_end; ox0 += 12) {
        const ptrdiff_t ypix = r->ypix, xp = (ptrdiff_t)r->stride_w * r->xpix;
        const ptrdiff_t col0 = (ptrdiff_t)ox0 * r->stride_w - r->pad_left;
        float *y = r->y + (ptrdiff_t)ox0 * ypix;
        __m512 a0_0, a0_1;
        __m512 a1_0, a1_1;
        __m512 a2_0, a2_1;
        __m512 a3_0, a3_1;
        __m512 a4_0, a4_1;
        __m512 a5_0, a5_1;
        __m512 a6_0, a6_1;
        __m512 a7_0, a7_1;
        __m512 a8_0, a8_1;
        __m512 a9_0, a9_1;
        __m512 a10_0, a10_1;
        __m512 a11_0, a11_1;
        if (r->first) {
            const __m512 bb0 = r->bias ? _mm512_loadu_ps(r->bias) : _mm512_setzero_ps();
            const __m512 bb1 = r->bias ? _mm512_loadu_ps(r->bias + 16) : _mm512_setzero_ps();
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
            a0_0 = _mm512_loadu_ps(y + r->yvoff[0]);
            a0_1 = _mm512_loadu_ps(y + r->yvoff[1]);
            a1_0 = _mm512_loadu_ps(y + 1 * ypix + r->yvoff[0]);
            a1_1 = _mm512_loadu_ps(y + 1 * ypix + r->yvoff[1]);
            a2_0 = _mm512_loadu_ps(y + 2 * ypix + r->yvoff[0]);
            a2_1 = _mm512_loadu_ps(y + 2 * ypix + r->yvoff[1]);
            a3_0 = _mm512_loadu_ps(y + 3 * ypix + r->yvoff[0]);
            a3_1 = _mm512_loadu_ps(y + 3 * ypix + r->yvoff[1]);
            a4_0 = _mm512_loadu_ps(y + 4 * ypix + r->yvoff[0]);
            a4_1 = _mm512_loadu_ps(y + 4 * ypix + r->yvoff[1]);
            a5_0 = _mm512_loadu_ps(y + 5 * ypix + r->yvoff[0]);
            a5_1 = _mm512_loadu_ps(y + 5 * ypix + r->yvoff[1]);
            a6_0 = _mm512_loadu_ps(y + 6 * ypix + r->yvoff[0]);
            a6_1 = _mm512_loadu_ps(y + 6 * ypix + r->yvoff[1]);
            a7_0 = _mm512_loadu_ps(y + 7 * ypix + r->yvoff[0]);
            a7_1 = _mm512_loadu_ps(y + 7 * ypix + r->yvoff[1]);
            a8_0 = _mm512_loadu_ps(y + 8 * ypix + r->yvoff[0]);
            a8_1 = _mm512_loadu_ps(y + 8 * ypix + r->yvoff[1]);
            a9_0 = _mm512_loadu_ps(y + 9 * ypix + r->yvoff[0]);
            a9_1 = _mm512_loadu_ps(y + 9 * ypix + r->yvoff[1]);
            a10_0 = _mm512_loadu_ps(y + 10 * ypix + r->yvoff[0]);
            a10_1 = _mm512_loadu_ps(y + 10 * ypix + r->yvoff[1]);
            a11_0 = _mm512_loadu_ps(y + 11 * ypix + r->yvoff[0]);
            a11_1 = _mm512_loadu_ps(y + 11 * ypix + r->yvoff[1]);
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
                const float *wi = r->w + (ptrdiff_t)ky * n * 32;
#pragma GCC unroll 4
                for (int ii = 0; ii < n; ii++, wi += 32) {
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
                    const __m512 w0 = _mm512_loadu_ps(wi);
                    const __m512 w1 = _mm512_loadu_ps(wi + 16);
                    const __m512 x0 = _mm512_set1_ps(*xi);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                    const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                    a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                    a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                    const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                    a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                    a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                    const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                    a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                    a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                    const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                    a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                    a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                    const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                    a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                    a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                    const __m512 x6 = _mm512_set1_ps(*(xi + 6 * xp));
                    a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                    a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                    const __m512 x7 = _mm512_set1_ps(*(xi + 7 * xp));
                    a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                    a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                    const __m512 x8 = _mm512_set1_ps(*(xi + 8 * xp));
                    a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                    a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                    const __m512 x9 = _mm512_set1_ps(*(xi + 9 * xp));
                    a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                    a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                    const __m512 x10 = _mm512_set1_ps(*(xi + 10 * xp));
                    a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                    a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
                    const __m512 x11 = _mm512_set1_ps(*(xi + 11 * xp));
                    a11_0 = _mm512_fmadd_ps(x11, w0, a11_0);
                    a11_1 = _mm512_fmadd_ps(x11, w1, a11_1);
                }
            }
        } else {
            for (int ky = r->ky0; ky < r->ky1; ky++) {
                const float *xt =
                    r->x + ((ptrdiff_t)r->iy0 + (ptrdiff_t)ky * r->dil_h) * r->xrow + col0 * r->xpix;
                const float *wi = r->w + (ptrdiff_t)ky * n * 32;
#pragma GCC unroll 4
                for (int ii = 0; ii < n; ii++, wi += 32) {
                    const float *xi = xt + ii;
                    const __m512 w0 = _mm512_loadu_ps(wi);
                    const __m512 w1 = _mm512_loadu_ps(wi + 16);
                    const __m512 x0 = _mm512_set1_ps(*xi);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                    const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                    a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                    a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                    const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                    a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                    a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                    const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                    a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                    a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                    const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                    a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                    a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                    const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                    a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                    a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                    const __m512 x6 = _mm512_set1_ps(*(xi + 6 * xp));
                    a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                    a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                    const __m512 x7 = _mm512_set1_ps(*(xi + 7 * xp));
                    a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                    a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                    const __m512 x8 = _mm512_set1_ps(*(xi + 8 * xp));
                    a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                    a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                    const __m512 x9 = _mm512_set1_ps(*(xi + 9 * xp));
                    a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                    a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                    const __m512 x10 = _mm512_set1_ps(*(xi + 10 * xp));
                    a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                    a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
                    const __m512 x11 = _mm512_set1_ps(*(xi + 11 * xp));
                    a11_0 = _mm512_fmadd_ps(x11, w0, a11_0);
                    a11_1 = _mm512_fmadd_ps(x11, w1, a11_1);
                }
            }
        }
        if (r->last && r->relu) {
            a0_0 = _mm512_max_ps(a0_0, _mm512_setzero_ps());
            a0_1 = _mm512_max_ps(a0_1, _mm512_setzero_ps());
            a1_0 = _mm512_max_ps(a1_0, _mm512_setzero_ps());
            a1_1 = _mm512_max_ps(a1_1, _mm512_setzero_ps());
            a2_0 = _mm512_max_ps(a2_0, _mm512_setzero_ps());
            a2_1 = _mm512_max_ps(a2_1, _mm512_setzero_ps());
            a3_0 = _mm512_max_ps(a3_0, _mm512_setzero_ps());
            a3_1 = _mm512_max_ps(a3_1, _mm512_setzero_ps());
            a4_0 = _mm512_max_ps(a4_0, _mm512_setzero_ps());
            a4_1 = _mm512_max_ps(a4_1, _mm512_setzero_ps());
            a5_0 = _mm512_max_ps(a5_0, _mm512_setzero_ps());
            a5_1 = _mm512_max_ps(a5_1, _mm512_setzero_ps());
            a6_0 = _mm512_max_ps(a6_0, _mm512_setzero_ps());
            a6_1 = _mm512_max_ps(a6_1, _mm512_setzero_ps());
            a7_0 = _mm512_max_ps(a7_0, _mm512_setzero_ps());
            a7_1 = _mm512_max_ps(a7_1, _mm512_setzero_ps());
            a8_0 = _mm512_max_ps(a8_0, _mm512_setzero_ps());
            a8_1 = _mm512_max_ps(a8_1, _mm512_setzero_ps());
            a9_0 = _mm512_max_ps(a9_0, _mm512_setzero_ps());
            a9_1 = _mm512_max_ps(a9_1, _mm512_setzero_ps());
            a10_0 = _mm512_max_ps(a10_0, _mm512_setzero_ps());
            a10_1 = _mm512_max_ps(a10_1, _mm512_setzero_ps());
            a11_0 = _mm512_max_ps(a11_0, _mm512_setzero_ps());
            a11_1 = _mm512_max_ps(a11_1, _mm512_setzero_ps());
        }
        if (!r->ylanes) {
            _mm512_storeu_ps(y + r->yvoff[0], a0_0);
            _mm512_storeu_ps(y + r->yvoff[1], a0_1);
            _mm512_storeu_ps(y + 1 * ypix + r->yvoff[0], a1_0);
            _mm512_storeu_ps(y + 1 * ypix + r->yvoff[1], a1_1);
            _mm512_storeu_ps(y + 2 * ypix + r->yvoff[0], a2_0);
            _mm512_storeu_ps(y + 2 * ypix + r->yvoff[1], a2_1);
            _mm512_storeu_ps(y + 3 * ypix + r->yvoff[0], a3_0);
            _mm512_storeu_ps(y + 3 * ypix + r->yvoff[1], a3_1);
            _mm512_storeu_ps(y + 4 * ypix + r->yvoff[0], a4_0);
            _mm512_storeu_ps(y + 4 * ypix + r->yvoff[1], a4_1);
            _mm512_storeu_ps(y + 5 * ypix + r->yvoff[0], a5_0);
            _mm512_storeu_ps(y + 5 * ypix + r->yvoff[1], a5_1);
            _mm512_storeu_ps(y + 6 * ypix + r->yvoff[0], a6_0);
            _mm512_storeu_ps(y + 6 * ypix + r->yvoff[1], a6_1);
            _mm512_storeu_ps(y + 7 * ypix + r->yvoff[0], a7_0);
            _mm512_storeu_ps(y + 7 * ypix + r->yvoff[1], a7_1);
            _mm512_storeu_ps(y + 8 * ypix + r->yvoff[0], a8_0);
            _mm512_storeu_ps(y + 8 * ypix + r->yvoff[1], a8_1);
            _mm512_storeu_ps(y + 9 * ypix + r->yvoff[0], a9_0);
            _mm512_storeu_ps(y + 9 * ypix + r->yvoff[1], a9_1);
            _mm512_storeu_ps(y + 10 * ypix + r->yvoff[0], a10_0);
            _mm512_storeu_ps(y + 10 * ypix + r->yvoff[1], a10_1);
            _mm512_storeu_ps(y + 11 * ypix + r->yvoff[0], a11_0);
            _mm512_storeu_ps(y + 11 * ypix + r->yvoff[1], a11_1);
        } else if (r->ych != 1 && r->ypix == 1) {
            /* NCHW: each vector's W columns transposed into one run per channel */
            __m512 t[16];
            t[0] = a0_0;
            t[1] = a1_0;
            t[2] = a2_0;
            t[3] = a3_0;
            t[4] = a4_0;
            t[5] = a5_0;
            t[6] = a6_0;
            t[7] = a7_0;
            t[8] = a8_0;
            t[9] = a9_0;
            t[10] = a10_0;
            t[11] = a11_0;
            plane_store(y + r->yvoff[0], r->ych, t, 12);
            t[0] = a0_1;
            t[1] = a1_1;
            t[2] = a2_1;
            t[3] = a3_1;
            t[4] = a4_1;
            t[5] = a5_1;
            t[6] = a6_1;
            t[7] = a7_1;
            t[8] = a8_1;
            t[9] = a9_1;
            t[10] = a10_1;
            t[11] = a11_1;
            plane_store(y + r->yvoff[1], r->ych, t, 12);
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
static __attribute__((noinline)) bool lmc_f32_direct_conv_32cx14w_taps12__avx512(const lmc_direct_row *r,
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
    __m512 a0_0, a0_1;
    __m512 a1_0, a1_1;
    __m512 a2_0, a2_1;
    __m512 a3_0, a3_1;
    __m512 a4_0, a4_1;
    __m512 a5_0, a5_1;
    __m512 a6_0, a6_1;
    __m512 a7_0, a7_1;
    __m512 a8_0, a8_1;
    __m512 a9_0, a9_1;
    __m512 a10_0, a10_1;
    __m512 a11_0, a11_1;
    if (r->first) {
        const __m512 bb0 = r->bias ? _mm512_loadu_ps(r->bias) : _mm512_setzero_ps();
        const __m512 bb1 = r->bias ? _mm512_loadu_ps(r->bias + 16) : _mm512_setzero_ps();
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
        a0_0 = _mm512_loadu_ps(y + r->yvoff[0]);
        a0_1 = _mm512_loadu_ps(y + r->yvoff[1]);
        a1_0 = _mm512_loadu_ps(y + 1 * ypix + r->yvoff[0]);
        a1_1 = _mm512_loadu_ps(y + 1 * ypix + r->yvoff[1]);
        a2_0 = _mm512_loadu_ps(y + 2 * ypix + r->yvoff[0]);
        a2_1 = _mm512_loadu_ps(y + 2 * ypix + r->yvoff[1]);
        a3_0 = _mm512_loadu_ps(y + 3 * ypix + r->yvoff[0]);
        a3_1 = _mm512_loadu_ps(y + 3 * ypix + r->yvoff[1]);
        a4_0 = _mm512_loadu_ps(y + 4 * ypix + r->yvoff[0]);
        a4_1 = _mm512_loadu_ps(y + 4 * ypix + r->yvoff[1]);
        a5_0 = _mm512_loadu_ps(y + 5 * ypix + r->yvoff[0]);
        a5_1 = _mm512_loadu_ps(y + 5 * ypix + r->yvoff[1]);
        a6_0 = _mm512_loadu_ps(y + 6 * ypix + r->yvoff[0]);
        a6_1 = _mm512_loadu_ps(y + 6 * ypix + r->yvoff[1]);
        a7_0 = _mm512_loadu_ps(y + 7 * ypix + r->yvoff[0]);
        a7_1 = _mm512_loadu_ps(y + 7 * ypix + r->yvoff[1]);
        a8_0 = _mm512_loadu_ps(y + 8 * ypix + r->yvoff[0]);
        a8_1 = _mm512_loadu_ps(y + 8 * ypix + r->yvoff[1]);
        a9_0 = _mm512_loadu_ps(y + 9 * ypix + r->yvoff[0]);
        a9_1 = _mm512_loadu_ps(y + 9 * ypix + r->yvoff[1]);
        a10_0 = _mm512_loadu_ps(y + 10 * ypix + r->yvoff[0]);
        a10_1 = _mm512_loadu_ps(y + 10 * ypix + r->yvoff[1]);
        a11_0 = _mm512_loadu_ps(y + 11 * ypix + r->yvoff[0]);
        a11_1 = _mm512_loadu_ps(y + 11 * ypix + r->yvoff[1]);
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
                    const float *wt = r->w + ((ptrdiff_t)ky * r->kw + kx) * cib * 32;
                    switch (cut) {
                    case 0: { /* columns [0, 12) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x0 = _mm512_set1_ps(*xi);
                                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                                a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                                const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 6 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 7 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                                const __m512 x8 = _mm512_set1_ps(*(xi + 8 * xp));
                                a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                                a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                                const __m512 x9 = _mm512_set1_ps(*(xi + 9 * xp));
                                a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                                a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                                const __m512 x10 = _mm512_set1_ps(*(xi + 10 * xp));
                                a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                                a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
                                const __m512 x11 = _mm512_set1_ps(*(xi + 11 * xp));
                                a11_0 = _mm512_fmadd_ps(x11, w0, a11_0);
                                a11_1 = _mm512_fmadd_ps(x11, w1, a11_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x0 = _mm512_set1_ps(*xi);
                                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                                a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                                const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 6 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 7 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                                const __m512 x8 = _mm512_set1_ps(*(xi + 8 * xp));
                                a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                                a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                                const __m512 x9 = _mm512_set1_ps(*(xi + 9 * xp));
                                a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                                a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                                const __m512 x10 = _mm512_set1_ps(*(xi + 10 * xp));
                                a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                                a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x0 = _mm512_set1_ps(*xi);
                                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                                a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                                const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 6 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 7 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                                const __m512 x8 = _mm512_set1_ps(*(xi + 8 * xp));
                                a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                                a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                                const __m512 x9 = _mm512_set1_ps(*(xi + 9 * xp));
                                a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                                a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x0 = _mm512_set1_ps(*xi);
                                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                                a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                                const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 6 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 7 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                                const __m512 x8 = _mm512_set1_ps(*(xi + 8 * xp));
                                a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                                a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x1 = _mm512_set1_ps(*xi);
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 3 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 4 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 5 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 6 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                                const __m512 x8 = _mm512_set1_ps(*(xi + 7 * xp));
                                a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                                a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                                const __m512 x9 = _mm512_set1_ps(*(xi + 8 * xp));
                                a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                                a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                                const __m512 x10 = _mm512_set1_ps(*(xi + 9 * xp));
                                a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                                a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
                                const __m512 x11 = _mm512_set1_ps(*(xi + 10 * xp));
                                a11_0 = _mm512_fmadd_ps(x11, w0, a11_0);
                                a11_1 = _mm512_fmadd_ps(x11, w1, a11_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x1 = _mm512_set1_ps(*xi);
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 3 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 4 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 5 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 6 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                                const __m512 x8 = _mm512_set1_ps(*(xi + 7 * xp));
                                a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                                a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                                const __m512 x9 = _mm512_set1_ps(*(xi + 8 * xp));
                                a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                                a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                                const __m512 x10 = _mm512_set1_ps(*(xi + 9 * xp));
                                a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                                a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x1 = _mm512_set1_ps(*xi);
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 3 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 4 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 5 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 6 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                                const __m512 x8 = _mm512_set1_ps(*(xi + 7 * xp));
                                a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                                a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                                const __m512 x9 = _mm512_set1_ps(*(xi + 8 * xp));
                                a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                                a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x1 = _mm512_set1_ps(*xi);
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 3 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 4 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 5 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 6 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                                const __m512 x8 = _mm512_set1_ps(*(xi + 7 * xp));
                                a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                                a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x2 = _mm512_set1_ps(*xi);
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 2 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 3 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 4 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 5 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                                const __m512 x8 = _mm512_set1_ps(*(xi + 6 * xp));
                                a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                                a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                                const __m512 x9 = _mm512_set1_ps(*(xi + 7 * xp));
                                a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                                a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                                const __m512 x10 = _mm512_set1_ps(*(xi + 8 * xp));
                                a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                                a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
                                const __m512 x11 = _mm512_set1_ps(*(xi + 9 * xp));
                                a11_0 = _mm512_fmadd_ps(x11, w0, a11_0);
                                a11_1 = _mm512_fmadd_ps(x11, w1, a11_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x2 = _mm512_set1_ps(*xi);
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 2 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 3 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 4 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 5 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                                const __m512 x8 = _mm512_set1_ps(*(xi + 6 * xp));
                                a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                                a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                                const __m512 x9 = _mm512_set1_ps(*(xi + 7 * xp));
                                a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                                a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                                const __m512 x10 = _mm512_set1_ps(*(xi + 8 * xp));
                                a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                                a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x2 = _mm512_set1_ps(*xi);
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 2 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 3 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 4 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 5 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                                const __m512 x8 = _mm512_set1_ps(*(xi + 6 * xp));
                                a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                                a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                                const __m512 x9 = _mm512_set1_ps(*(xi + 7 * xp));
                                a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                                a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x2 = _mm512_set1_ps(*xi);
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 2 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 3 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 4 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 5 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                                const __m512 x8 = _mm512_set1_ps(*(xi + 6 * xp));
                                a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                                a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x3 = _mm512_set1_ps(*xi);
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 1 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 2 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 3 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 4 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                                const __m512 x8 = _mm512_set1_ps(*(xi + 5 * xp));
                                a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                                a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                                const __m512 x9 = _mm512_set1_ps(*(xi + 6 * xp));
                                a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                                a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                                const __m512 x10 = _mm512_set1_ps(*(xi + 7 * xp));
                                a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                                a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
                                const __m512 x11 = _mm512_set1_ps(*(xi + 8 * xp));
                                a11_0 = _mm512_fmadd_ps(x11, w0, a11_0);
                                a11_1 = _mm512_fmadd_ps(x11, w1, a11_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x3 = _mm512_set1_ps(*xi);
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 1 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 2 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 3 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 4 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                                const __m512 x8 = _mm512_set1_ps(*(xi + 5 * xp));
                                a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                                a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                                const __m512 x9 = _mm512_set1_ps(*(xi + 6 * xp));
                                a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                                a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                                const __m512 x10 = _mm512_set1_ps(*(xi + 7 * xp));
                                a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                                a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x3 = _mm512_set1_ps(*xi);
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 1 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 2 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 3 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 4 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                                const __m512 x8 = _mm512_set1_ps(*(xi + 5 * xp));
                                a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                                a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                                const __m512 x9 = _mm512_set1_ps(*(xi + 6 * xp));
                                a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                                a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x3 = _mm512_set1_ps(*xi);
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 1 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 2 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 3 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 4 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                                const __m512 x8 = _mm512_set1_ps(*(xi + 5 * xp));
                                a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                                a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
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
                const float *wt = r->w + ((ptrdiff_t)ky * r->kw + kx) * cib * 32;
                switch (cut) {
                case 0: { /* columns [0, 12) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x0 = _mm512_set1_ps(*xi);
                            a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                            a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                            const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 6 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 7 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                            const __m512 x8 = _mm512_set1_ps(*(xi + 8 * xp));
                            a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                            a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                            const __m512 x9 = _mm512_set1_ps(*(xi + 9 * xp));
                            a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                            a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                            const __m512 x10 = _mm512_set1_ps(*(xi + 10 * xp));
                            a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                            a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
                            const __m512 x11 = _mm512_set1_ps(*(xi + 11 * xp));
                            a11_0 = _mm512_fmadd_ps(x11, w0, a11_0);
                            a11_1 = _mm512_fmadd_ps(x11, w1, a11_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x0 = _mm512_set1_ps(*xi);
                            a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                            a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                            const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 6 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 7 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                            const __m512 x8 = _mm512_set1_ps(*(xi + 8 * xp));
                            a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                            a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                            const __m512 x9 = _mm512_set1_ps(*(xi + 9 * xp));
                            a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                            a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                            const __m512 x10 = _mm512_set1_ps(*(xi + 10 * xp));
                            a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                            a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x0 = _mm512_set1_ps(*xi);
                            a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                            a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                            const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 6 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 7 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                            const __m512 x8 = _mm512_set1_ps(*(xi + 8 * xp));
                            a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                            a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                            const __m512 x9 = _mm512_set1_ps(*(xi + 9 * xp));
                            a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                            a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x0 = _mm512_set1_ps(*xi);
                            a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                            a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                            const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 6 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 7 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                            const __m512 x8 = _mm512_set1_ps(*(xi + 8 * xp));
                            a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                            a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x1 = _mm512_set1_ps(*xi);
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 3 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 4 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 5 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 6 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                            const __m512 x8 = _mm512_set1_ps(*(xi + 7 * xp));
                            a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                            a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                            const __m512 x9 = _mm512_set1_ps(*(xi + 8 * xp));
                            a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                            a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                            const __m512 x10 = _mm512_set1_ps(*(xi + 9 * xp));
                            a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                            a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
                            const __m512 x11 = _mm512_set1_ps(*(xi + 10 * xp));
                            a11_0 = _mm512_fmadd_ps(x11, w0, a11_0);
                            a11_1 = _mm512_fmadd_ps(x11, w1, a11_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x1 = _mm512_set1_ps(*xi);
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 3 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 4 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 5 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 6 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                            const __m512 x8 = _mm512_set1_ps(*(xi + 7 * xp));
                            a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                            a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                            const __m512 x9 = _mm512_set1_ps(*(xi + 8 * xp));
                            a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                            a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                            const __m512 x10 = _mm512_set1_ps(*(xi + 9 * xp));
                            a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                            a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x1 = _mm512_set1_ps(*xi);
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 3 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 4 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 5 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 6 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                            const __m512 x8 = _mm512_set1_ps(*(xi + 7 * xp));
                            a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                            a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                            const __m512 x9 = _mm512_set1_ps(*(xi + 8 * xp));
                            a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                            a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x1 = _mm512_set1_ps(*xi);
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 3 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 4 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 5 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 6 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                            const __m512 x8 = _mm512_set1_ps(*(xi + 7 * xp));
                            a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                            a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x2 = _mm512_set1_ps(*xi);
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 2 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 3 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 4 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 5 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                            const __m512 x8 = _mm512_set1_ps(*(xi + 6 * xp));
                            a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                            a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                            const __m512 x9 = _mm512_set1_ps(*(xi + 7 * xp));
                            a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                            a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                            const __m512 x10 = _mm512_set1_ps(*(xi + 8 * xp));
                            a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                            a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
                            const __m512 x11 = _mm512_set1_ps(*(xi + 9 * xp));
                            a11_0 = _mm512_fmadd_ps(x11, w0, a11_0);
                            a11_1 = _mm512_fmadd_ps(x11, w1, a11_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x2 = _mm512_set1_ps(*xi);
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 2 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 3 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 4 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 5 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                            const __m512 x8 = _mm512_set1_ps(*(xi + 6 * xp));
                            a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                            a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                            const __m512 x9 = _mm512_set1_ps(*(xi + 7 * xp));
                            a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                            a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                            const __m512 x10 = _mm512_set1_ps(*(xi + 8 * xp));
                            a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                            a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x2 = _mm512_set1_ps(*xi);
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 2 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 3 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 4 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 5 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                            const __m512 x8 = _mm512_set1_ps(*(xi + 6 * xp));
                            a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                            a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                            const __m512 x9 = _mm512_set1_ps(*(xi + 7 * xp));
                            a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                            a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x2 = _mm512_set1_ps(*xi);
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 2 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 3 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 4 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 5 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                            const __m512 x8 = _mm512_set1_ps(*(xi + 6 * xp));
                            a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                            a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x3 = _mm512_set1_ps(*xi);
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 1 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 2 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 3 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 4 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                            const __m512 x8 = _mm512_set1_ps(*(xi + 5 * xp));
                            a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                            a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                            const __m512 x9 = _mm512_set1_ps(*(xi + 6 * xp));
                            a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                            a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                            const __m512 x10 = _mm512_set1_ps(*(xi + 7 * xp));
                            a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                            a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
                            const __m512 x11 = _mm512_set1_ps(*(xi + 8 * xp));
                            a11_0 = _mm512_fmadd_ps(x11, w0, a11_0);
                            a11_1 = _mm512_fmadd_ps(x11, w1, a11_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x3 = _mm512_set1_ps(*xi);
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 1 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 2 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 3 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 4 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                            const __m512 x8 = _mm512_set1_ps(*(xi + 5 * xp));
                            a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                            a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                            const __m512 x9 = _mm512_set1_ps(*(xi + 6 * xp));
                            a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                            a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                            const __m512 x10 = _mm512_set1_ps(*(xi + 7 * xp));
                            a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                            a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x3 = _mm512_set1_ps(*xi);
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 1 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 2 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 3 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 4 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                            const __m512 x8 = _mm512_set1_ps(*(xi + 5 * xp));
                            a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                            a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                            const __m512 x9 = _mm512_set1_ps(*(xi + 6 * xp));
                            a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                            a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x3 = _mm512_set1_ps(*xi);
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 1 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 2 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 3 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 4 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                            const __m512 x8 = _mm512_set1_ps(*(xi + 5 * xp));
                            a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                            a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
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
        a0_0 = _mm512_max_ps(a0_0, _mm512_setzero_ps());
        a0_1 = _mm512_max_ps(a0_1, _mm512_setzero_ps());
        a1_0 = _mm512_max_ps(a1_0, _mm512_setzero_ps());
        a1_1 = _mm512_max_ps(a1_1, _mm512_setzero_ps());
        a2_0 = _mm512_max_ps(a2_0, _mm512_setzero_ps());
        a2_1 = _mm512_max_ps(a2_1, _mm512_setzero_ps());
        a3_0 = _mm512_max_ps(a3_0, _mm512_setzero_ps());
        a3_1 = _mm512_max_ps(a3_1, _mm512_setzero_ps());
        a4_0 = _mm512_max_ps(a4_0, _mm512_setzero_ps());
        a4_1 = _mm512_max_ps(a4_1, _mm512_setzero_ps());
        a5_0 = _mm512_max_ps(a5_0, _mm512_setzero_ps());
        a5_1 = _mm512_max_ps(a5_1, _mm512_setzero_ps());
        a6_0 = _mm512_max_ps(a6_0, _mm512_setzero_ps());
        a6_1 = _mm512_max_ps(a6_1, _mm512_setzero_ps());
        a7_0 = _mm512_max_ps(a7_0, _mm512_setzero_ps());
        a7_1 = _mm512_max_ps(a7_1, _mm512_setzero_ps());
        a8_0 = _mm512_max_ps(a8_0, _mm512_setzero_ps());
        a8_1 = _mm512_max_ps(a8_1, _mm512_setzero_ps());
        a9_0 = _mm512_max_ps(a9_0, _mm512_setzero_ps());
        a9_1 = _mm512_max_ps(a9_1, _mm512_setzero_ps());
        a10_0 = _mm512_max_ps(a10_0, _mm512_setzero_ps());
        a10_1 = _mm512_max_ps(a10_1, _mm512_setzero_ps());
        a11_0 = _mm512_max_ps(a11_0, _mm512_setzero_ps());
        a11_1 = _mm512_max_ps(a11_1, _mm512_setzero_ps());
    }
    if (!r->ylanes) {
        _mm512_storeu_ps(y + r->yvoff[0], a0_0);
        _mm512_storeu_ps(y + r->yvoff[1], a0_1);
        _mm512_storeu_ps(y + 1 * ypix + r->yvoff[0], a1_0);
        _mm512_storeu_ps(y + 1 * ypix + r->yvoff[1], a1_1);
        _mm512_storeu_ps(y + 2 * ypix + r->yvoff[0], a2_0);
        _mm512_storeu_ps(y + 2 * ypix + r->yvoff[1], a2_1);
        _mm512_storeu_ps(y + 3 * ypix + r->yvoff[0], a3_0);
        _mm512_storeu_ps(y + 3 * ypix + r->yvoff[1], a3_1);
        _mm512_storeu_ps(y + 4 * ypix + r->yvoff[0], a4_0);
        _mm512_storeu_ps(y + 4 * ypix + r->yvoff[1], a4_1);
        _mm512_storeu_ps(y + 5 * ypix + r->yvoff[0], a5_0);
        _mm512_storeu_ps(y + 5 * ypix + r->yvoff[1], a5_1);
        _mm512_storeu_ps(y + 6 * ypix + r->yvoff[0], a6_0);
        _mm512_storeu_ps(y + 6 * ypix + r->yvoff[1], a6_1);
        _mm512_storeu_ps(y + 7 * ypix + r->yvoff[0], a7_0);
        _mm512_storeu_ps(y + 7 * ypix + r->yvoff[1], a7_1);
        _mm512_storeu_ps(y + 8 * ypix + r->yvoff[0], a8_0);
        _mm512_storeu_ps(y + 8 * ypix + r->yvoff[1], a8_1);
        _mm512_storeu_ps(y + 9 * ypix + r->yvoff[0], a9_0);
        _mm512_storeu_ps(y + 9 * ypix + r->yvoff[1], a9_1);
        _mm512_storeu_ps(y + 10 * ypix + r->yvoff[0], a10_0);
        _mm512_storeu_ps(y + 10 * ypix + r->yvoff[1], a10_1);
        _mm512_storeu_ps(y + 11 * ypix + r->yvoff[0], a11_0);
        _mm512_storeu_ps(y + 11 * ypix + r->yvoff[1], a11_1);
    } else if (r->ych != 1 && r->ypix == 1) {
        /* NCHW: each vector's W columns transposed into one run per channel */
        __m512 t[16];
        t[0] = a0_0;
        t[1] = a1_0;
        t[2] = a2_0;
        t[3] = a3_0;
        t[4] = a4_0;
        t[5] = a5_0;
        t[6] = a6_0;
        t[7] = a7_0;
        t[8] = a8_0;
        t[9] = a9_0;
        t[10] = a10_0;
        t[11] = a11_0;
        plane_store(y + r->yvoff[0], r->ych, t, 12);
        t[0] = a0_1;
        t[1] = a1_1;
        t[2] = a2_1;
        t[3] = a3_1;
        t[4] = a4_1;
        t[5] = a5_1;
        t[6] = a6_1;
        t[7] = a7_1;
        t[8] = a8_1;
        t[9] = a9_1;
        t[10] = a10_1;
        t[11] = a11_1;
        plane_store(y + r->yvoff[1], r->ych, t, 12);
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
static __attribute__((noinline)) void lmc_f32_direct_conv_32cx14w_merged13__avx512(const lmc_direct_row *r, int ox0,
                                                                                   int nblk)
{
    for (const int ox_end = ox0 + nblk * 13; ox0 < ox_end; ox0 += 13) {
        const ptrdiff_t ypix = r->ypix, xp = (ptrdiff_t)r->stride_w * r->xpix;
        const ptrdiff_t col0 = (ptrdiff_t)ox0 * r->stride_w - r->pad_left;
        float *y = r->y + (ptrdiff_t)ox0 * ypix;
        __m512 a0_0, a0_1;
        __m512 a1_0, a1_1;
        __m512 a2_0, a2_1;
        __m512 a3_0, a3_1;
        __m512 a4_0, a4_1;
        __m512 a5_0, a5_1;
        __m512 a6_0, a6_1;
        __m512 a7_0, a7_1;
        __m512 a8_0, a8_1;
        __m512 a9_0, a9_1;
        __m512 a10_0, a10_1;
        __m512 a11_0, a11_1;
        __m512 a12_0, a12_1;
        if (r->first) {
            const __m512 bb0 = r->bias ? _mm512_loadu_ps(r->bias) : _mm512_setzero_ps();
            const __m512 bb1 = r->bias ? _mm512_loadu_ps(r->bias + 16) : _mm512_setzero_ps();
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
            a0_0 = _mm512_loadu_ps(y + r->yvoff[0]);
            a0_1 = _mm512_loadu_ps(y + r->yvoff[1]);
            a1_0 = _mm512_loadu_ps(y + 1 * ypix + r->yvoff[0]);
            a1_1 = _mm512_loadu_ps(y + 1 * ypix + r->yvoff[1]);
            a2_0 = _mm512_loadu_ps(y + 2 * ypix + r->yvoff[0]);
            a2_1 = _mm512_loadu_ps(y + 2 * ypix + r->yvoff[1]);
            a3_0 = _mm512_loadu_ps(y + 3 * ypix + r->yvoff[0]);
            a3_1 = _mm512_loadu_ps(y + 3 * ypix + r->yvoff[1]);
            a4_0 = _mm512_loadu_ps(y + 4 * ypix + r->yvoff[0]);
            a4_1 = _mm512_loadu_ps(y + 4 * ypix + r->yvoff[1]);
            a5_0 = _mm512_loadu_ps(y + 5 * ypix + r->yvoff[0]);
            a5_1 = _mm512_loadu_ps(y + 5 * ypix + r->yvoff[1]);
            a6_0 = _mm512_loadu_ps(y + 6 * ypix + r->yvoff[0]);
            a6_1 = _mm512_loadu_ps(y + 6 * ypix + r->yvoff[1]);
            a7_0 = _mm512_loadu_ps(y + 7 * ypix + r->yvoff[0]);
            a7_1 = _mm512_loadu_ps(y + 7 * ypix + r->yvoff[1]);
            a8_0 = _mm512_loadu_ps(y + 8 * ypix + r->yvoff[0]);
            a8_1 = _mm512_loadu_ps(y + 8 * ypix + r->yvoff[1]);
            a9_0 = _mm512_loadu_ps(y + 9 * ypix + r->yvoff[0]);
            a9_1 = _mm512_loadu_ps(y + 9 * ypix + r->yvoff[1]);
            a10_0 = _mm512_loadu_ps(y + 10 * ypix + r->yvoff[0]);
            a10_1 = _mm512_loadu_ps(y + 10 * ypix + r->yvoff[1]);
            a11_0 = _mm512_loadu_ps(y + 11 * ypix + r->yvoff[0]);
            a11_1 = _mm512_loadu_ps(y + 11 * ypix + r->yvoff[1]);
            a12_0 = _mm512_loadu_ps(y + 12 * ypix + r->yvoff[0]);
            a12_1 = _mm512_loadu_ps(y + 12 * ypix + r->yvoff[1]);
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
                const float *wi = r->w + (ptrdiff_t)ky * n * 32;
#pragma GCC unroll 4
                for (int ii = 0; ii < n; ii++, wi += 32) {
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
                    const __m512 w0 = _mm512_loadu_ps(wi);
                    const __m512 w1 = _mm512_loadu_ps(wi + 16);
                    const __m512 x0 = _mm512_set1_ps(*xi);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                    const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                    a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                    a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                    const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                    a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                    a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                    const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                    a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                    a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                    const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                    a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                    a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                    const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                    a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                    a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                    const __m512 x6 = _mm512_set1_ps(*(xi + 6 * xp));
                    a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                    a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                    const __m512 x7 = _mm512_set1_ps(*(xi + 7 * xp));
                    a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                    a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                    const __m512 x8 = _mm512_set1_ps(*(xi + 8 * xp));
                    a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                    a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                    const __m512 x9 = _mm512_set1_ps(*(xi + 9 * xp));
                    a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                    a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                    const __m512 x10 = _mm512_set1_ps(*(xi + 10 * xp));
                    a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                    a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
                    const __m512 x11 = _mm512_set1_ps(*(xi + 11 * xp));
                    a11_0 = _mm512_fmadd_ps(x11, w0, a11_0);
                    a11_1 = _mm512_fmadd_ps(x11, w1, a11_1);
                    const __m512 x12 = _mm512_set1_ps(*(xi + 12 * xp));
                    a12_0 = _mm512_fmadd_ps(x12, w0, a12_0);
                    a12_1 = _mm512_fmadd_ps(x12, w1, a12_1);
                }
            }
        } else {
            for (int ky = r->ky0; ky < r->ky1; ky++) {
                const float *xt =
                    r->x + ((ptrdiff_t)r->iy0 + (ptrdiff_t)ky * r->dil_h) * r->xrow + col0 * r->xpix;
                const float *wi = r->w + (ptrdiff_t)ky * n * 32;
#pragma GCC unroll 4
                for (int ii = 0; ii < n; ii++, wi += 32) {
                    const float *xi = xt + ii;
                    const __m512 w0 = _mm512_loadu_ps(wi);
                    const __m512 w1 = _mm512_loadu_ps(wi + 16);
                    const __m512 x0 = _mm512_set1_ps(*xi);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                    const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                    a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                    a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                    const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                    a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                    a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                    const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                    a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                    a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                    const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                    a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                    a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                    const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                    a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                    a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                    const __m512 x6 = _mm512_set1_ps(*(xi + 6 * xp));
                    a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                    a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                    const __m512 x7 = _mm512_set1_ps(*(xi + 7 * xp));
                    a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                    a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                    const __m512 x8 = _mm512_set1_ps(*(xi + 8 * xp));
                    a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                    a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                    const __m512 x9 = _mm512_set1_ps(*(xi + 9 * xp));
                    a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                    a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                    const __m512 x10 = _mm512_set1_ps(*(xi + 10 * xp));
                    a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                    a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
                    const __m512 x11 = _mm512_set1_ps(*(xi + 11 * xp));
                    a11_0 = _mm512_fmadd_ps(x11, w0, a11_0);
                    a11_1 = _mm512_fmadd_ps(x11, w1, a11_1);
                    const __m512 x12 = _mm512_set1_ps(*(xi + 12 * xp));
                    a12_0 = _mm512_fmadd_ps(x12, w0, a12_0);
                    a12_1 = _mm512_fmadd_ps(x12, w1, a12_1);
                }
            }
        }
        if (r->last && r->relu) {
            a0_0 = _mm512_max_ps(a0_0, _mm512_setzero_ps());
            a0_1 = _mm512_max_ps(a0_1, _mm512_setzero_ps());
            a1_0 = _mm512_max_ps(a1_0, _mm512_setzero_ps());
            a1_1 = _mm512_max_ps(a1_1, _mm512_setzero_ps());
            a2_0 = _mm512_max_ps(a2_0, _mm512_setzero_ps());
            a2_1 = _mm512_max_ps(a2_1, _mm512_setzero_ps());
            a3_0 = _mm512_max_ps(a3_0, _mm512_setzero_ps());
            a3_1 = _mm512_max_ps(a3_1, _mm512_setzero_ps());
            a4_0 = _mm512_max_ps(a4_0, _mm512_setzero_ps());
            a4_1 = _mm512_max_ps(a4_1, _mm512_setzero_ps());
            a5_0 = _mm512_max_ps(a5_0, _mm512_setzero_ps());
            a5_1 = _mm512_max_ps(a5_1, _mm512_setzero_ps());
            a6_0 = _mm512_max_ps(a6_0, _mm512_setzero_ps());
            a6_1 = _mm512_max_ps(a6_1, _mm512_setzero_ps());
            a7_0 = _mm512_max_ps(a7_0, _mm512_setzero_ps());
            a7_1 = _mm512_max_ps(a7_1, _mm512_setzero_ps());
            a8_0 = _mm512_max_ps(a8_0, _mm512_setzero_ps());
            a8_1 = _mm512_max_ps(a8_1, _mm512_setzero_ps());
            a9_0 = _mm512_max_ps(a9_0, _mm512_setzero_ps());
            a9_1 = _mm512_max_ps(a9_1, _mm512_setzero_ps());
            a10_0 = _mm512_max_ps(a10_0, _mm512_setzero_ps());
            a10_1 = _mm512_max_ps(a10_1, _mm512_setzero_ps());
            a11_0 = _mm512_max_ps(a11_0, _mm512_setzero_ps());
            a11_1 = _mm512_max_ps(a11_1, _mm512_setzero_ps());
            a12_0 = _mm512_max_ps(a12_0, _mm512_setzero_ps());
            a12_1 = _mm512_max_ps(a12_1, _mm512_setzero_ps());
        }
        if (!r->ylanes) {
            _mm512_storeu_ps(y + r->yvoff[0], a0_0);
            _mm512_storeu_ps(y + r->yvoff[1], a0_1);
            _mm512_storeu_ps(y + 1 * ypix + r->yvoff[0], a1_0);
            _mm512_storeu_ps(y + 1 * ypix + r->yvoff[1], a1_1);
            _mm512_storeu_ps(y + 2 * ypix + r->yvoff[0], a2_0);
            _mm512_storeu_ps(y + 2 * ypix + r->yvoff[1], a2_1);
            _mm512_storeu_ps(y + 3 * ypix + r->yvoff[0], a3_0);
            _mm512_storeu_ps(y + 3 * ypix + r->yvoff[1], a3_1);
            _mm512_storeu_ps(y + 4 * ypix + r->yvoff[0], a4_0);
            _mm512_storeu_ps(y + 4 * ypix + r->yvoff[1], a4_1);
            _mm512_storeu_ps(y + 5 * ypix + r->yvoff[0], a5_0);
            _mm512_storeu_ps(y + 5 * ypix + r->yvoff[1], a5_1);
            _mm512_storeu_ps(y + 6 * ypix + r->yvoff[0], a6_0);
            _mm512_storeu_ps(y + 6 * ypix + r->yvoff[1], a6_1);
            _mm512_storeu_ps(y + 7 * ypix + r->yvoff[0], a7_0);
            _mm512_storeu_ps(y + 7 * ypix + r->yvoff[1], a7_1);
            _mm512_storeu_ps(y + 8 * ypix + r->yvoff[0], a8_0);
            _mm512_storeu_ps(y + 8 * ypix + r->yvoff[1], a8_1);
            _mm512_storeu_ps(y + 9 * ypix + r->yvoff[0], a9_0);
            _mm512_storeu_ps(y + 9 * ypix + r->yvoff[1], a9_1);
            _mm512_storeu_ps(y + 10 * ypix + r->yvoff[0], a10_0);
            _mm512_storeu_ps(y + 10 * ypix + r->yvoff[1], a10_1);
            _mm512_storeu_ps(y + 11 * ypix + r->yvoff[0], a11_0);
            _mm512_storeu_ps(y + 11 * ypix + r->yvoff[1], a11_1);
            _mm512_storeu_ps(y + 12 * ypix + r->yvoff[0], a12_0);
            _mm512_storeu_ps(y + 12 * ypix + r->yvoff[1], a12_1);
        } else if (r->ych != 1 && r->ypix == 1) {
            /* NCHW: each vector's W columns transposed into one run per channel */
            __m512 t[16];
            t[0] = a0_0;
            t[1] = a1_0;
            t[2] = a2_0;
            t[3] = a3_0;
            t[4] = a4_0;
            t[5] = a5_0;
            t[6] = a6_0;
            t[7] = a7_0;
            t[8] = a8_0;
            t[9] = a9_0;
            t[10] = a10_0;
            t[11] = a11_0;
            t[12] = a12_0;
            plane_store(y + r->yvoff[0], r->ych, t, 13);
            t[0] = a0_1;
            t[1] = a1_1;
            t[2] = a2_1;
            t[3] = a3_1;
            t[4] = a4_1;
            t[5] = a5_1;
            t[6] = a6_1;
            t[7] = a7_1;
            t[8] = a8_1;
            t[9] = a9_1;
            t[10] = a10_1;
            t[11] = a11_1;
            t[12] = a12_1;
            plane_store(y + r->yvoff[1], r->ych, t, 13);
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
static __attribute__((noinline)) bool lmc_f32_direct_conv_32cx14w_taps13__avx512(const lmc_direct_row *r,
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
    __m512 a0_0, a0_1;
    __m512 a1_0, a1_1;
    __m512 a2_0, a2_1;
    __m512 a3_0, a3_1;
    __m512 a4_0, a4_1;
    __m512 a5_0, a5_1;
    __m512 a6_0, a6_1;
    __m512 a7_0, a7_1;
    __m512 a8_0, a8_1;
    __m512 a9_0, a9_1;
    __m512 a10_0, a10_1;
    __m512 a11_0, a11_1;
    __m512 a12_0, a12_1;
    if (r->first) {
        const __m512 bb0 = r->bias ? _mm512_loadu_ps(r->bias) : _mm512_setzero_ps();
        const __m512 bb1 = r->bias ? _mm512_loadu_ps(r->bias + 16) : _mm512_setzero_ps();
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
        a0_0 = _mm512_loadu_ps(y + r->yvoff[0]);
        a0_1 = _mm512_loadu_ps(y + r->yvoff[1]);
        a1_0 = _mm512_loadu_ps(y + 1 * ypix + r->yvoff[0]);
        a1_1 = _mm512_loadu_ps(y + 1 * ypix + r->yvoff[1]);
        a2_0 = _mm512_loadu_ps(y + 2 * ypix + r->yvoff[0]);
        a2_1 = _mm512_loadu_ps(y + 2 * ypix + r->yvoff[1]);
        a3_0 = _mm512_loadu_ps(y + 3 * ypix + r->yvoff[0]);
        a3_1 = _mm512_loadu_ps(y + 3 * ypix + r->yvoff[1]);
        a4_0 = _mm512_loadu_ps(y + 4 * ypix + r->yvoff[0]);
        a4_1 = _mm512_loadu_ps(y + 4 * ypix + r->yvoff[1]);
        a5_0 = _mm512_loadu_ps(y + 5 * ypix + r->yvoff[0]);
        a5_1 = _mm512_loadu_ps(y + 5 * ypix + r->yvoff[1]);
        a6_0 = _mm512_loadu_ps(y + 6 * ypix + r->yvoff[0]);
        a6_1 = _mm512_loadu_ps(y + 6 * ypix + r->yvoff[1]);
        a7_0 = _mm512_loadu_ps(y + 7 * ypix + r->yvoff[0]);
        a7_1 = _mm512_loadu_ps(y + 7 * ypix + r->yvoff[1]);
        a8_0 = _mm512_loadu_ps(y + 8 * ypix + r->yvoff[0]);
        a8_1 = _mm512_loadu_ps(y + 8 * ypix + r->yvoff[1]);
        a9_0 = _mm512_loadu_ps(y + 9 * ypix + r->yvoff[0]);
        a9_1 = _mm512_loadu_ps(y + 9 * ypix + r->yvoff[1]);
        a10_0 = _mm512_loadu_ps(y + 10 * ypix + r->yvoff[0]);
        a10_1 = _mm512_loadu_ps(y + 10 * ypix + r->yvoff[1]);
        a11_0 = _mm512_loadu_ps(y + 11 * ypix + r->yvoff[0]);
        a11_1 = _mm512_loadu_ps(y + 11 * ypix + r->yvoff[1]);
        a12_0 = _mm512_loadu_ps(y + 12 * ypix + r->yvoff[0]);
        a12_1 = _mm512_loadu_ps(y + 12 * ypix + r->yvoff[1]);
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
                    const float *wt = r->w + ((ptrdiff_t)ky * r->kw + kx) * cib * 32;
                    switch (cut) {
                    case 0: { /* columns [0, 13) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x0 = _mm512_set1_ps(*xi);
                                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                                a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                                const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 6 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 7 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                                const __m512 x8 = _mm512_set1_ps(*(xi + 8 * xp));
                                a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                                a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                                const __m512 x9 = _mm512_set1_ps(*(xi + 9 * xp));
                                a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                                a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                                const __m512 x10 = _mm512_set1_ps(*(xi + 10 * xp));
                                a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                                a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
                                const __m512 x11 = _mm512_set1_ps(*(xi + 11 * xp));
                                a11_0 = _mm512_fmadd_ps(x11, w0, a11_0);
                                a11_1 = _mm512_fmadd_ps(x11, w1, a11_1);
                                const __m512 x12 = _mm512_set1_ps(*(xi + 12 * xp));
                                a12_0 = _mm512_fmadd_ps(x12, w0, a12_0);
                                a12_1 = _mm512_fmadd_ps(x12, w1, a12_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x0 = _mm512_set1_ps(*xi);
                                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                                a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                                const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 6 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 7 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                                const __m512 x8 = _mm512_set1_ps(*(xi + 8 * xp));
                                a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                                a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                                const __m512 x9 = _mm512_set1_ps(*(xi + 9 * xp));
                                a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                                a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                                const __m512 x10 = _mm512_set1_ps(*(xi + 10 * xp));
                                a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                                a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
                                const __m512 x11 = _mm512_set1_ps(*(xi + 11 * xp));
                                a11_0 = _mm512_fmadd_ps(x11, w0, a11_0);
                                a11_1 = _mm512_fmadd_ps(x11, w1, a11_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x0 = _mm512_set1_ps(*xi);
                                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                                a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                                const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 6 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 7 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                                const __m512 x8 = _mm512_set1_ps(*(xi + 8 * xp));
                                a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                                a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                                const __m512 x9 = _mm512_set1_ps(*(xi + 9 * xp));
                                a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                                a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                                const __m512 x10 = _mm512_set1_ps(*(xi + 10 * xp));
                                a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                                a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x0 = _mm512_set1_ps(*xi);
                                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                                a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                                const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 6 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 7 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                                const __m512 x8 = _mm512_set1_ps(*(xi + 8 * xp));
                                a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                                a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                                const __m512 x9 = _mm512_set1_ps(*(xi + 9 * xp));
                                a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                                a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x1 = _mm512_set1_ps(*xi);
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 3 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 4 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 5 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 6 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                                const __m512 x8 = _mm512_set1_ps(*(xi + 7 * xp));
                                a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                                a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                                const __m512 x9 = _mm512_set1_ps(*(xi + 8 * xp));
                                a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                                a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                                const __m512 x10 = _mm512_set1_ps(*(xi + 9 * xp));
                                a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                                a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
                                const __m512 x11 = _mm512_set1_ps(*(xi + 10 * xp));
                                a11_0 = _mm512_fmadd_ps(x11, w0, a11_0);
                                a11_1 = _mm512_fmadd_ps(x11, w1, a11_1);
                                const __m512 x12 = _mm512_set1_ps(*(xi + 11 * xp));
                                a12_0 = _mm512_fmadd_ps(x12, w0, a12_0);
                                a12_1 = _mm512_fmadd_ps(x12, w1, a12_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x1 = _mm512_set1_ps(*xi);
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 3 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 4 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 5 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 6 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                                const __m512 x8 = _mm512_set1_ps(*(xi + 7 * xp));
                                a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                                a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                                const __m512 x9 = _mm512_set1_ps(*(xi + 8 * xp));
                                a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                                a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                                const __m512 x10 = _mm512_set1_ps(*(xi + 9 * xp));
                                a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                                a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
                                const __m512 x11 = _mm512_set1_ps(*(xi + 10 * xp));
                                a11_0 = _mm512_fmadd_ps(x11, w0, a11_0);
                                a11_1 = _mm512_fmadd_ps(x11, w1, a11_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x1 = _mm512_set1_ps(*xi);
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 3 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 4 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 5 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 6 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                                const __m512 x8 = _mm512_set1_ps(*(xi + 7 * xp));
                                a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                                a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                                const __m512 x9 = _mm512_set1_ps(*(xi + 8 * xp));
                                a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                                a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                                const __m512 x10 = _mm512_set1_ps(*(xi + 9 * xp));
                                a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                                a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x1 = _mm512_set1_ps(*xi);
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 3 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 4 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 5 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 6 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                                const __m512 x8 = _mm512_set1_ps(*(xi + 7 * xp));
                                a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                                a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                                const __m512 x9 = _mm512_set1_ps(*(xi + 8 * xp));
                                a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                                a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x2 = _mm512_set1_ps(*xi);
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 2 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 3 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 4 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 5 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                                const __m512 x8 = _mm512_set1_ps(*(xi + 6 * xp));
                                a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                                a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                                const __m512 x9 = _mm512_set1_ps(*(xi + 7 * xp));
                                a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                                a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                                const __m512 x10 = _mm512_set1_ps(*(xi + 8 * xp));
                                a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                                a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
                                const __m512 x11 = _mm512_set1_ps(*(xi + 9 * xp));
                                a11_0 = _mm512_fmadd_ps(x11, w0, a11_0);
                                a11_1 = _mm512_fmadd_ps(x11, w1, a11_1);
                                const __m512 x12 = _mm512_set1_ps(*(xi + 10 * xp));
                                a12_0 = _mm512_fmadd_ps(x12, w0, a12_0);
                                a12_1 = _mm512_fmadd_ps(x12, w1, a12_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x2 = _mm512_set1_ps(*xi);
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 2 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 3 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 4 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 5 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                                const __m512 x8 = _mm512_set1_ps(*(xi + 6 * xp));
                                a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                                a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                                const __m512 x9 = _mm512_set1_ps(*(xi + 7 * xp));
                                a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                                a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                                const __m512 x10 = _mm512_set1_ps(*(xi + 8 * xp));
                                a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                                a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
                                const __m512 x11 = _mm512_set1_ps(*(xi + 9 * xp));
                                a11_0 = _mm512_fmadd_ps(x11, w0, a11_0);
                                a11_1 = _mm512_fmadd_ps(x11, w1, a11_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x2 = _mm512_set1_ps(*xi);
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 2 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 3 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 4 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 5 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                                const __m512 x8 = _mm512_set1_ps(*(xi + 6 * xp));
                                a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                                a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                                const __m512 x9 = _mm512_set1_ps(*(xi + 7 * xp));
                                a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                                a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                                const __m512 x10 = _mm512_set1_ps(*(xi + 8 * xp));
                                a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                                a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x2 = _mm512_set1_ps(*xi);
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 2 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 3 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 4 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 5 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                                const __m512 x8 = _mm512_set1_ps(*(xi + 6 * xp));
                                a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                                a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                                const __m512 x9 = _mm512_set1_ps(*(xi + 7 * xp));
                                a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                                a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x3 = _mm512_set1_ps(*xi);
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 1 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 2 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 3 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 4 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                                const __m512 x8 = _mm512_set1_ps(*(xi + 5 * xp));
                                a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                                a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                                const __m512 x9 = _mm512_set1_ps(*(xi + 6 * xp));
                                a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                                a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                                const __m512 x10 = _mm512_set1_ps(*(xi + 7 * xp));
                                a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                                a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
                                const __m512 x11 = _mm512_set1_ps(*(xi + 8 * xp));
                                a11_0 = _mm512_fmadd_ps(x11, w0, a11_0);
                                a11_1 = _mm512_fmadd_ps(x11, w1, a11_1);
                                const __m512 x12 = _mm512_set1_ps(*(xi + 9 * xp));
                                a12_0 = _mm512_fmadd_ps(x12, w0, a12_0);
                                a12_1 = _mm512_fmadd_ps(x12, w1, a12_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x3 = _mm512_set1_ps(*xi);
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 1 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 2 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 3 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 4 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                                const __m512 x8 = _mm512_set1_ps(*(xi + 5 * xp));
                                a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                                a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                                const __m512 x9 = _mm512_set1_ps(*(xi + 6 * xp));
                                a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                                a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                                const __m512 x10 = _mm512_set1_ps(*(xi + 7 * xp));
                                a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                                a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
                                const __m512 x11 = _mm512_set1_ps(*(xi + 8 * xp));
                                a11_0 = _mm512_fmadd_ps(x11, w0, a11_0);
                                a11_1 = _mm512_fmadd_ps(x11, w1, a11_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x3 = _mm512_set1_ps(*xi);
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 1 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 2 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 3 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 4 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                                const __m512 x8 = _mm512_set1_ps(*(xi + 5 * xp));
                                a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                                a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                                const __m512 x9 = _mm512_set1_ps(*(xi + 6 * xp));
                                a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                                a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                                const __m512 x10 = _mm512_set1_ps(*(xi + 7 * xp));
                                a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                                a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x3 = _mm512_set1_ps(*xi);
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 1 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 2 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 3 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 4 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                                const __m512 x8 = _mm512_set1_ps(*(xi + 5 * xp));
                                a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                                a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                                const __m512 x9 = _mm512_set1_ps(*(xi + 6 * xp));
                                a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                                a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
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
                const float *wt = r->w + ((ptrdiff_t)ky * r->kw + kx) * cib * 32;
                switch (cut) {
                case 0: { /* columns [0, 13) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x0 = _mm512_set1_ps(*xi);
                            a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                            a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                            const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 6 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 7 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                            const __m512 x8 = _mm512_set1_ps(*(xi + 8 * xp));
                            a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                            a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                            const __m512 x9 = _mm512_set1_ps(*(xi + 9 * xp));
                            a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                            a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                            const __m512 x10 = _mm512_set1_ps(*(xi + 10 * xp));
                            a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                            a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
                            const __m512 x11 = _mm512_set1_ps(*(xi + 11 * xp));
                            a11_0 = _mm512_fmadd_ps(x11, w0, a11_0);
                            a11_1 = _mm512_fmadd_ps(x11, w1, a11_1);
                            const __m512 x12 = _mm512_set1_ps(*(xi + 12 * xp));
                            a12_0 = _mm512_fmadd_ps(x12, w0, a12_0);
                            a12_1 = _mm512_fmadd_ps(x12, w1, a12_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x0 = _mm512_set1_ps(*xi);
                            a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                            a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                            const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 6 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 7 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                            const __m512 x8 = _mm512_set1_ps(*(xi + 8 * xp));
                            a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                            a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                            const __m512 x9 = _mm512_set1_ps(*(xi + 9 * xp));
                            a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                            a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                            const __m512 x10 = _mm512_set1_ps(*(xi + 10 * xp));
                            a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                            a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
                            const __m512 x11 = _mm512_set1_ps(*(xi + 11 * xp));
                            a11_0 = _mm512_fmadd_ps(x11, w0, a11_0);
                            a11_1 = _mm512_fmadd_ps(x11, w1, a11_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x0 = _mm512_set1_ps(*xi);
                            a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                            a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                            const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 6 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 7 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                            const __m512 x8 = _mm512_set1_ps(*(xi + 8 * xp));
                            a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                            a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                            const __m512 x9 = _mm512_set1_ps(*(xi + 9 * xp));
                            a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                            a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                            const __m512 x10 = _mm512_set1_ps(*(xi + 10 * xp));
                            a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                            a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x0 = _mm512_set1_ps(*xi);
                            a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                            a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                            const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 6 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 7 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                            const __m512 x8 = _mm512_set1_ps(*(xi + 8 * xp));
                            a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                            a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                            const __m512 x9 = _mm512_set1_ps(*(xi + 9 * xp));
                            a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                            a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x1 = _mm512_set1_ps(*xi);
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 3 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 4 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 5 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 6 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                            const __m512 x8 = _mm512_set1_ps(*(xi + 7 * xp));
                            a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                            a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                            const __m512 x9 = _mm512_set1_ps(*(xi + 8 * xp));
                            a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                            a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                            const __m512 x10 = _mm512_set1_ps(*(xi + 9 * xp));
                            a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                            a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
                            const __m512 x11 = _mm512_set1_ps(*(xi + 10 * xp));
                            a11_0 = _mm512_fmadd_ps(x11, w0, a11_0);
                            a11_1 = _mm512_fmadd_ps(x11, w1, a11_1);
                            const __m512 x12 = _mm512_set1_ps(*(xi + 11 * xp));
                            a12_0 = _mm512_fmadd_ps(x12, w0, a12_0);
                            a12_1 = _mm512_fmadd_ps(x12, w1, a12_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x1 = _mm512_set1_ps(*xi);
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 3 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 4 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 5 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 6 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                            const __m512 x8 = _mm512_set1_ps(*(xi + 7 * xp));
                            a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                            a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                            const __m512 x9 = _mm512_set1_ps(*(xi + 8 * xp));
                            a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                            a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                            const __m512 x10 = _mm512_set1_ps(*(xi + 9 * xp));
                            a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                            a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
                            const __m512 x11 = _mm512_set1_ps(*(xi + 10 * xp));
                            a11_0 = _mm512_fmadd_ps(x11, w0, a11_0);
                            a11_1 = _mm512_fmadd_ps(x11, w1, a11_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x1 = _mm512_set1_ps(*xi);
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 3 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 4 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 5 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 6 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                            const __m512 x8 = _mm512_set1_ps(*(xi + 7 * xp));
                            a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                            a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                            const __m512 x9 = _mm512_set1_ps(*(xi + 8 * xp));
                            a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                            a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                            const __m512 x10 = _mm512_set1_ps(*(xi + 9 * xp));
                            a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                            a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x1 = _mm512_set1_ps(*xi);
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 3 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 4 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 5 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 6 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                            const __m512 x8 = _mm512_set1_ps(*(xi + 7 * xp));
                            a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                            a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                            const __m512 x9 = _mm512_set1_ps(*(xi + 8 * xp));
                            a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                            a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x2 = _mm512_set1_ps(*xi);
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 2 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 3 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 4 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 5 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                            const __m512 x8 = _mm512_set1_ps(*(xi + 6 * xp));
                            a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                            a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                            const __m512 x9 = _mm512_set1_ps(*(xi + 7 * xp));
                            a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                            a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                            const __m512 x10 = _mm512_set1_ps(*(xi + 8 * xp));
                            a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                            a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
                            const __m512 x11 = _mm512_set1_ps(*(xi + 9 * xp));
                            a11_0 = _mm512_fmadd_ps(x11, w0, a11_0);
                            a11_1 = _mm512_fmadd_ps(x11, w1, a11_1);
                            const __m512 x12 = _mm512_set1_ps(*(xi + 10 * xp));
                            a12_0 = _mm512_fmadd_ps(x12, w0, a12_0);
                            a12_1 = _mm512_fmadd_ps(x12, w1, a12_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x2 = _mm512_set1_ps(*xi);
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 2 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 3 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 4 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 5 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                            const __m512 x8 = _mm512_set1_ps(*(xi + 6 * xp));
                            a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                            a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                            const __m512 x9 = _mm512_set1_ps(*(xi + 7 * xp));
                            a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                            a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                            const __m512 x10 = _mm512_set1_ps(*(xi + 8 * xp));
                            a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                            a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
                            const __m512 x11 = _mm512_set1_ps(*(xi + 9 * xp));
                            a11_0 = _mm512_fmadd_ps(x11, w0, a11_0);
                            a11_1 = _mm512_fmadd_ps(x11, w1, a11_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x2 = _mm512_set1_ps(*xi);
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 2 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 3 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 4 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 5 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                            const __m512 x8 = _mm512_set1_ps(*(xi + 6 * xp));
                            a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                            a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                            const __m512 x9 = _mm512_set1_ps(*(xi + 7 * xp));
                            a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                            a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                            const __m512 x10 = _mm512_set1_ps(*(xi + 8 * xp));
                            a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                            a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x2 = _mm512_set1_ps(*xi);
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 2 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 3 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 4 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 5 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                            const __m512 x8 = _mm512_set1_ps(*(xi + 6 * xp));
                            a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                            a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                            const __m512 x9 = _mm512_set1_ps(*(xi + 7 * xp));
                            a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                            a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x3 = _mm512_set1_ps(*xi);
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 1 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 2 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 3 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 4 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                            const __m512 x8 = _mm512_set1_ps(*(xi + 5 * xp));
                            a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                            a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                            const __m512 x9 = _mm512_set1_ps(*(xi + 6 * xp));
                            a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                            a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                            const __m512 x10 = _mm512_set1_ps(*(xi + 7 * xp));
                            a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                            a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
                            const __m512 x11 = _mm512_set1_ps(*(xi + 8 * xp));
                            a11_0 = _mm512_fmadd_ps(x11, w0, a11_0);
                            a11_1 = _mm512_fmadd_ps(x11, w1, a11_1);
                            const __m512 x12 = _mm512_set1_ps(*(xi + 9 * xp));
                            a12_0 = _mm512_fmadd_ps(x12, w0, a12_0);
                            a12_1 = _mm512_fmadd_ps(x12, w1, a12_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x3 = _mm512_set1_ps(*xi);
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 1 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 2 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 3 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 4 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                            const __m512 x8 = _mm512_set1_ps(*(xi + 5 * xp));
                            a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                            a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                            const __m512 x9 = _mm512_set1_ps(*(xi + 6 * xp));
                            a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                            a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                            const __m512 x10 = _mm512_set1_ps(*(xi + 7 * xp));
                            a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                            a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
                            const __m512 x11 = _mm512_set1_ps(*(xi + 8 * xp));
                            a11_0 = _mm512_fmadd_ps(x11, w0, a11_0);
                            a11_1 = _mm512_fmadd_ps(x11, w1, a11_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x3 = _mm512_set1_ps(*xi);
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 1 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 2 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 3 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 4 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                            const __m512 x8 = _mm512_set1_ps(*(xi + 5 * xp));
                            a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                            a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                            const __m512 x9 = _mm512_set1_ps(*(xi + 6 * xp));
                            a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                            a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                            const __m512 x10 = _mm512_set1_ps(*(xi + 7 * xp));
                            a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                            a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x3 = _mm512_set1_ps(*xi);
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 1 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 2 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 3 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 4 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                            const __m512 x8 = _mm512_set1_ps(*(xi + 5 * xp));
                            a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                            a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                            const __m512 x9 = _mm512_set1_ps(*(xi + 6 * xp));
                            a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                            a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
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
        a0_0 = _mm512_max_ps(a0_0, _mm512_setzero_ps());
        a0_1 = _mm512_max_ps(a0_1, _mm512_setzero_ps());
        a1_0 = _mm512_max_ps(a1_0, _mm512_setzero_ps());
        a1_1 = _mm512_max_ps(a1_1, _mm512_setzero_ps());
        a2_0 = _mm512_max_ps(a2_0, _mm512_setzero_ps());
        a2_1 = _mm512_max_ps(a2_1, _mm512_setzero_ps());
        a3_0 = _mm512_max_ps(a3_0, _mm512_setzero_ps());
        a3_1 = _mm512_max_ps(a3_1, _mm512_setzero_ps());
        a4_0 = _mm512_max_ps(a4_0, _mm512_setzero_ps());
        a4_1 = _mm512_max_ps(a4_1, _mm512_setzero_ps());
        a5_0 = _mm512_max_ps(a5_0, _mm512_setzero_ps());
        a5_1 = _mm512_max_ps(a5_1, _mm512_setzero_ps());
        a6_0 = _mm512_max_ps(a6_0, _mm512_setzero_ps());
        a6_1 = _mm512_max_ps(a6_1, _mm512_setzero_ps());
        a7_0 = _mm512_max_ps(a7_0, _mm512_setzero_ps());
        a7_1 = _mm512_max_ps(a7_1, _mm512_setzero_ps());
        a8_0 = _mm512_max_ps(a8_0, _mm512_setzero_ps());
        a8_1 = _mm512_max_ps(a8_1, _mm512_setzero_ps());
        a9_0 = _mm512_max_ps(a9_0, _mm512_setzero_ps());
        a9_1 = _mm512_max_ps(a9_1, _mm512_setzero_ps());
        a10_0 = _mm512_max_ps(a10_0, _mm512_setzero_ps());
        a10_1 = _mm512_max_ps(a10_1, _mm512_setzero_ps());
        a11_0 = _mm512_max_ps(a11_0, _mm512_setzero_ps());
        a11_1 = _mm512_max_ps(a11_1, _mm512_setzero_ps());
        a12_0 = _mm512_max_ps(a12_0, _mm512_setzero_ps());
        a12_1 = _mm512_max_ps(a12_1, _mm512_setzero_ps());
    }
    if (!r->ylanes) {
        _mm512_storeu_ps(y + r->yvoff[0], a0_0);
        _mm512_storeu_ps(y + r->yvoff[1], a0_1);
        _mm512_storeu_ps(y + 1 * ypix + r->yvoff[0], a1_0);
        _mm512_storeu_ps(y + 1 * ypix + r->yvoff[1], a1_1);
        _mm512_storeu_ps(y + 2 * ypix + r->yvoff[0], a2_0);
        _mm512_storeu_ps(y + 2 * ypix + r->yvoff[1], a2_1);
        _mm512_storeu_ps(y + 3 * ypix + r->yvoff[0], a3_0);
        _mm512_storeu_ps(y + 3 * ypix + r->yvoff[1], a3_1);
        _mm512_storeu_ps(y + 4 * ypix + r->yvoff[0], a4_0);
        _mm512_storeu_ps(y + 4 * ypix + r->yvoff[1], a4_1);
        _mm512_storeu_ps(y + 5 * ypix + r->yvoff[0], a5_0);
        _mm512_storeu_ps(y + 5 * ypix + r->yvoff[1], a5_1);
        _mm512_storeu_ps(y + 6 * ypix + r->yvoff[0], a6_0);
        _mm512_storeu_ps(y + 6 * ypix + r->yvoff[1], a6_1);
        _mm512_storeu_ps(y + 7 * ypix + r->yvoff[0], a7_0);
        _mm512_storeu_ps(y + 7 * ypix + r->yvoff[1], a7_1);
        _mm512_storeu_ps(y + 8 * ypix + r->yvoff[0], a8_0);
        _mm512_storeu_ps(y + 8 * ypix + r->yvoff[1], a8_1);
        _mm512_storeu_ps(y + 9 * ypix + r->yvoff[0], a9_0);
        _mm512_storeu_ps(y + 9 * ypix + r->yvoff[1], a9_1);
        _mm512_storeu_ps(y + 10 * ypix + r->yvoff[0], a10_0);
        _mm512_storeu_ps(y + 10 * ypix + r->yvoff[1], a10_1);
        _mm512_storeu_ps(y + 11 * ypix + r->yvoff[0], a11_0);
        _mm512_storeu_ps(y + 11 * ypix + r->yvoff[1], a11_1);
        _mm512_storeu_ps(y + 12 * ypix + r->yvoff[0], a12_0);
        _mm512_storeu_ps(y + 12 * ypix + r->yvoff[1], a12_1);
    } else if (r->ych != 1 && r->ypix == 1) {
        /* NCHW: each vector's W columns transposed into one run per channel */
        __m512 t[16];
        t[0] = a0_0;
        t[1] = a1_0;
        t[2] = a2_0;
        t[3] = a3_0;
        t[4] = a4_0;
        t[5] = a5_0;
        t[6] = a6_0;
        t[7] = a7_0;
        t[8] = a8_0;
        t[9] = a9_0;
        t[10] = a10_0;
        t[11] = a11_0;
        t[12] = a12_0;
        plane_store(y + r->yvoff[0], r->ych, t, 13);
        t[0] = a0_1;
        t[1] = a1_1;
        t[2] = a2_1;
        t[3] = a3_1;
        t[4] = a4_1;
        t[5] = a5_1;
        t[6] = a6_1;
        t[7] = a7_1;
        t[8] = a8_1;
        t[9] = a9_1;
        t[10] = a10_1;
        t[11] = a11_1;
        t[12] = a12_1;
        plane_store(y + r->yvoff[1], r->ych, t, 13);
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
static __attribute__((noinline)) void lmc_f32_direct_conv_32cx14w_merged14__avx512(const lmc_direct_row *r, int ox0,
                                                                                   int nblk)
{
    for (const int ox_end = ox0 + nblk * 14; ox0 < ox_end; ox0 += 14) {
        const ptrdiff_t ypix = r->ypix, xp = (ptrdiff_t)r->stride_w * r->xpix;
        const ptrdiff_t col0 = (ptrdiff_t)ox0 * r->stride_w - r->pad_left;
        float *y = r->y + (ptrdiff_t)ox0 * ypix;
        __m512 a0_0, a0_1;
        __m512 a1_0, a1_1;
        __m512 a2_0, a2_1;
        __m512 a3_0, a3_1;
        __m512 a4_0, a4_1;
        __m512 a5_0, a5_1;
        __m512 a6_0, a6_1;
        __m512 a7_0, a7_1;
        __m512 a8_0, a8_1;
        __m512 a9_0, a9_1;
        __m512 a10_0, a10_1;
        __m512 a11_0, a11_1;
        __m512 a12_0, a12_1;
        __m512 a13_0, a13_1;
        if (r->first) {
            const __m512 bb0 = r->bias ? _mm512_loadu_ps(r->bias) : _mm512_setzero_ps();
            const __m512 bb1 = r->bias ? _mm512_loadu_ps(r->bias + 16) : _mm512_setzero_ps();
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
            a0_0 = _mm512_loadu_ps(y + r->yvoff[0]);
            a0_1 = _mm512_loadu_ps(y + r->yvoff[1]);
            a1_0 = _mm512_loadu_ps(y + 1 * ypix + r->yvoff[0]);
            a1_1 = _mm512_loadu_ps(y + 1 * ypix + r->yvoff[1]);
            a2_0 = _mm512_loadu_ps(y + 2 * ypix + r->yvoff[0]);
            a2_1 = _mm512_loadu_ps(y + 2 * ypix + r->yvoff[1]);
            a3_0 = _mm512_loadu_ps(y + 3 * ypix + r->yvoff[0]);
            a3_1 = _mm512_loadu_ps(y + 3 * ypix + r->yvoff[1]);
            a4_0 = _mm512_loadu_ps(y + 4 * ypix + r->yvoff[0]);
            a4_1 = _mm512_loadu_ps(y + 4 * ypix + r->yvoff[1]);
            a5_0 = _mm512_loadu_ps(y + 5 * ypix + r->yvoff[0]);
            a5_1 = _mm512_loadu_ps(y + 5 * ypix + r->yvoff[1]);
            a6_0 = _mm512_loadu_ps(y + 6 * ypix + r->yvoff[0]);
            a6_1 = _mm512_loadu_ps(y + 6 * ypix + r->yvoff[1]);
            a7_0 = _mm512_loadu_ps(y + 7 * ypix + r->yvoff[0]);
            a7_1 = _mm512_loadu_ps(y + 7 * ypix + r->yvoff[1]);
            a8_0 = _mm512_loadu_ps(y + 8 * ypix + r->yvoff[0]);
            a8_1 = _mm512_loadu_ps(y + 8 * ypix + r->yvoff[1]);
            a9_0 = _mm512_loadu_ps(y + 9 * ypix + r->yvoff[0]);
            a9_1 = _mm512_loadu_ps(y + 9 * ypix + r->yvoff[1]);
            a10_0 = _mm512_loadu_ps(y + 10 * ypix + r->yvoff[0]);
            a10_1 = _mm512_loadu_ps(y + 10 * ypix + r->yvoff[1]);
            a11_0 = _mm512_loadu_ps(y + 11 * ypix + r->yvoff[0]);
            a11_1 = _mm512_loadu_ps(y + 11 * ypix + r->yvoff[1]);
            a12_0 = _mm512_loadu_ps(y + 12 * ypix + r->yvoff[0]);
            a12_1 = _mm512_loadu_ps(y + 12 * ypix + r->yvoff[1]);
            a13_0 = _mm512_loadu_ps(y + 13 * ypix + r->yvoff[0]);
            a13_1 = _mm512_loadu_ps(y + 13 * ypix + r->yvoff[1]);
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
                const float *wi = r->w + (ptrdiff_t)ky * n * 32;
#pragma GCC unroll 4
                for (int ii = 0; ii < n; ii++, wi += 32) {
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
                    const __m512 w0 = _mm512_loadu_ps(wi);
                    const __m512 w1 = _mm512_loadu_ps(wi + 16);
                    const __m512 x0 = _mm512_set1_ps(*xi);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                    const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                    a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                    a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                    const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                    a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                    a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                    const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                    a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                    a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                    const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                    a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                    a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                    const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                    a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                    a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                    const __m512 x6 = _mm512_set1_ps(*(xi + 6 * xp));
                    a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                    a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                    const __m512 x7 = _mm512_set1_ps(*(xi + 7 * xp));
                    a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                    a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                    const __m512 x8 = _mm512_set1_ps(*(xi + 8 * xp));
                    a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                    a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                    const __m512 x9 = _mm512_set1_ps(*(xi + 9 * xp));
                    a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                    a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                    const __m512 x10 = _mm512_set1_ps(*(xi + 10 * xp));
                    a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                    a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
                    const __m512 x11 = _mm512_set1_ps(*(xi + 11 * xp));
                    a11_0 = _mm512_fmadd_ps(x11, w0, a11_0);
                    a11_1 = _mm512_fmadd_ps(x11, w1, a11_1);
                    const __m512 x12 = _mm512_set1_ps(*(xi + 12 * xp));
                    a12_0 = _mm512_fmadd_ps(x12, w0, a12_0);
                    a12_1 = _mm512_fmadd_ps(x12, w1, a12_1);
                    const __m512 x13 = _mm512_set1_ps(*(xi + 13 * xp));
                    a13_0 = _mm512_fmadd_ps(x13, w0, a13_0);
                    a13_1 = _mm512_fmadd_ps(x13, w1, a13_1);
                }
            }
        } else {
            for (int ky = r->ky0; ky < r->ky1; ky++) {
                const float *xt =
                    r->x + ((ptrdiff_t)r->iy0 + (ptrdiff_t)ky * r->dil_h) * r->xrow + col0 * r->xpix;
                const float *wi = r->w + (ptrdiff_t)ky * n * 32;
#pragma GCC unroll 4
                for (int ii = 0; ii < n; ii++, wi += 32) {
                    const float *xi = xt + ii;
                    const __m512 w0 = _mm512_loadu_ps(wi);
                    const __m512 w1 = _mm512_loadu_ps(wi + 16);
                    const __m512 x0 = _mm512_set1_ps(*xi);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                    const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                    a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                    a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                    const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                    a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                    a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                    const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                    a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                    a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                    const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                    a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                    a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                    const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                    a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                    a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                    const __m512 x6 = _mm512_set1_ps(*(xi + 6 * xp));
                    a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                    a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                    const __m512 x7 = _mm512_set1_ps(*(xi + 7 * xp));
                    a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                    a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                    const __m512 x8 = _mm512_set1_ps(*(xi + 8 * xp));
                    a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                    a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                    const __m512 x9 = _mm512_set1_ps(*(xi + 9 * xp));
                    a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                    a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                    const __m512 x10 = _mm512_set1_ps(*(xi + 10 * xp));
                    a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                    a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
                    const __m512 x11 = _mm512_set1_ps(*(xi + 11 * xp));
                    a11_0 = _mm512_fmadd_ps(x11, w0, a11_0);
                    a11_1 = _mm512_fmadd_ps(x11, w1, a11_1);
                    const __m512 x12 = _mm512_set1_ps(*(xi + 12 * xp));
                    a12_0 = _mm512_fmadd_ps(x12, w0, a12_0);
                    a12_1 = _mm512_fmadd_ps(x12, w1, a12_1);
                    const __m512 x13 = _mm512_set1_ps(*(xi + 13 * xp));
                    a13_0 = _mm512_fmadd_ps(x13, w0, a13_0);
                    a13_1 = _mm512_fmadd_ps(x13, w1, a13_1);
                }
            }
        }
        if (r->last && r->relu) {
            a0_0 = _mm512_max_ps(a0_0, _mm512_setzero_ps());
            a0_1 = _mm512_max_ps(a0_1, _mm512_setzero_ps());
            a1_0 = _mm512_max_ps(a1_0, _mm512_setzero_ps());
            a1_1 = _mm512_max_ps(a1_1, _mm512_setzero_ps());
            a2_0 = _mm512_max_ps(a2_0, _mm512_setzero_ps());
            a2_1 = _mm512_max_ps(a2_1, _mm512_setzero_ps());
            a3_0 = _mm512_max_ps(a3_0, _mm512_setzero_ps());
            a3_1 = _mm512_max_ps(a3_1, _mm512_setzero_ps());
            a4_0 = _mm512_max_ps(a4_0, _mm512_setzero_ps());
            a4_1 = _mm512_max_ps(a4_1, _mm512_setzero_ps());
            a5_0 = _mm512_max_ps(a5_0, _mm512_setzero_ps());
            a5_1 = _mm512_max_ps(a5_1, _mm512_setzero_ps());
            a6_0 = _mm512_max_ps(a6_0, _mm512_setzero_ps());
            a6_1 = _mm512_max_ps(a6_1, _mm512_setzero_ps());
            a7_0 = _mm512_max_ps(a7_0, _mm512_setzero_ps());
            a7_1 = _mm512_max_ps(a7_1, _mm512_setzero_ps());
            a8_0 = _mm512_max_ps(a8_0, _mm512_setzero_ps());
            a8_1 = _mm512_max_ps(a8_1, _mm512_setzero_ps());
            a9_0 = _mm512_max_ps(a9_0, _mm512_setzero_ps());
            a9_1 = _mm512_max_ps(a9_1, _mm512_setzero_ps());
            a10_0 = _mm512_max_ps(a10_0, _mm512_setzero_ps());
            a10_1 = _mm512_max_ps(a10_1, _mm512_setzero_ps());
            a11_0 = _mm512_max_ps(a11_0, _mm512_setzero_ps());
            a11_1 = _mm512_max_ps(a11_1, _mm512_setzero_ps());
            a12_0 = _mm512_max_ps(a12_0, _mm512_setzero_ps());
            a12_1 = _mm512_max_ps(a12_1, _mm512_setzero_ps());
            a13_0 = _mm512_max_ps(a13_0, _mm512_setzero_ps());
            a13_1 = _mm512_max_ps(a13_1, _mm512_setzero_ps());
        }
        if (!r->ylanes) {
            _mm512_storeu_ps(y + r->yvoff[0], a0_0);
            _mm512_storeu_ps(y + r->yvoff[1], a0_1);
            _mm512_storeu_ps(y + 1 * ypix + r->yvoff[0], a1_0);
            _mm512_storeu_ps(y + 1 * ypix + r->yvoff[1], a1_1);
            _mm512_storeu_ps(y + 2 * ypix + r->yvoff[0], a2_0);
            _mm512_storeu_ps(y + 2 * ypix + r->yvoff[1], a2_1);
            _mm512_storeu_ps(y + 3 * ypix + r->yvoff[0], a3_0);
            _mm512_storeu_ps(y + 3 * ypix + r->yvoff[1], a3_1);
            _mm512_storeu_ps(y + 4 * ypix + r->yvoff[0], a4_0);
            _mm512_storeu_ps(y + 4 * ypix + r->yvoff[1], a4_1);
            _mm512_storeu_ps(y + 5 * ypix + r->yvoff[0], a5_0);
            _mm512_storeu_ps(y + 5 * ypix + r->yvoff[1], a5_1);
            _mm512_storeu_ps(y + 6 * ypix + r->yvoff[0], a6_0);
            _mm512_storeu_ps(y + 6 * ypix + r->yvoff[1], a6_1);
            _mm512_storeu_ps(y + 7 * ypix + r->yvoff[0], a7_0);
            _mm512_storeu_ps(y + 7 * ypix + r->yvoff[1], a7_1);
            _mm512_storeu_ps(y + 8 * ypix + r->yvoff[0], a8_0);
            _mm512_storeu_ps(y + 8 * ypix + r->yvoff[1], a8_1);
            _mm512_storeu_ps(y + 9 * ypix + r->yvoff[0], a9_0);
            _mm512_storeu_ps(y + 9 * ypix + r->yvoff[1], a9_1);
            _mm512_storeu_ps(y + 10 * ypix + r->yvoff[0], a10_0);
            _mm512_storeu_ps(y + 10 * ypix + r->yvoff[1], a10_1);
            _mm512_storeu_ps(y + 11 * ypix + r->yvoff[0], a11_0);
            _mm512_storeu_ps(y + 11 * ypix + r->yvoff[1], a11_1);
            _mm512_storeu_ps(y + 12 * ypix + r->yvoff[0], a12_0);
            _mm512_storeu_ps(y + 12 * ypix + r->yvoff[1], a12_1);
            _mm512_storeu_ps(y + 13 * ypix + r->yvoff[0], a13_0);
            _mm512_storeu_ps(y + 13 * ypix + r->yvoff[1], a13_1);
        } else if (r->ych != 1 && r->ypix == 1) {
            /* NCHW: each vector's W columns transposed into one run per channel */
            __m512 t[16];
            t[0] = a0_0;
            t[1] = a1_0;
            t[2] = a2_0;
            t[3] = a3_0;
            t[4] = a4_0;
            t[5] = a5_0;
            t[6] = a6_0;
            t[7] = a7_0;
            t[8] = a8_0;
            t[9] = a9_0;
            t[10] = a10_0;
            t[11] = a11_0;
            t[12] = a12_0;
            t[13] = a13_0;
            plane_store(y + r->yvoff[0], r->ych, t, 14);
            t[0] = a0_1;
            t[1] = a1_1;
            t[2] = a2_1;
            t[3] = a3_1;
            t[4] = a4_1;
            t[5] = a5_1;
            t[6] = a6_1;
            t[7] = a7_1;
            t[8] = a8_1;
            t[9] = a9_1;
            t[10] = a10_1;
            t[11] = a11_1;
            t[12] = a12_1;
            t[13] = a13_1;
            plane_store(y + r->yvoff[1], r->ych, t, 14);
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
static __attribute__((noinline)) bool lmc_f32_direct_conv_32cx14w_taps14__avx512(const lmc_direct_row *r,
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
    __m512 a0_0, a0_1;
    __m512 a1_0, a1_1;
    __m512 a2_0, a2_1;
    __m512 a3_0, a3_1;
    __m512 a4_0, a4_1;
    __m512 a5_0, a5_1;
    __m512 a6_0, a6_1;
    __m512 a7_0, a7_1;
    __m512 a8_0, a8_1;
    __m512 a9_0, a9_1;
    __m512 a10_0, a10_1;
    __m512 a11_0, a11_1;
    __m512 a12_0, a12_1;
    __m512 a13_0, a13_1;
    if (r->first) {
        const __m512 bb0 = r->bias ? _mm512_loadu_ps(r->bias) : _mm512_setzero_ps();
        const __m512 bb1 = r->bias ? _mm512_loadu_ps(r->bias + 16) : _mm512_setzero_ps();
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
        a0_0 = _mm512_loadu_ps(y + r->yvoff[0]);
        a0_1 = _mm512_loadu_ps(y + r->yvoff[1]);
        a1_0 = _mm512_loadu_ps(y + 1 * ypix + r->yvoff[0]);
        a1_1 = _mm512_loadu_ps(y + 1 * ypix + r->yvoff[1]);
        a2_0 = _mm512_loadu_ps(y + 2 * ypix + r->yvoff[0]);
        a2_1 = _mm512_loadu_ps(y + 2 * ypix + r->yvoff[1]);
        a3_0 = _mm512_loadu_ps(y + 3 * ypix + r->yvoff[0]);
        a3_1 = _mm512_loadu_ps(y + 3 * ypix + r->yvoff[1]);
        a4_0 = _mm512_loadu_ps(y + 4 * ypix + r->yvoff[0]);
        a4_1 = _mm512_loadu_ps(y + 4 * ypix + r->yvoff[1]);
        a5_0 = _mm512_loadu_ps(y + 5 * ypix + r->yvoff[0]);
        a5_1 = _mm512_loadu_ps(y + 5 * ypix + r->yvoff[1]);
        a6_0 = _mm512_loadu_ps(y + 6 * ypix + r->yvoff[0]);
        a6_1 = _mm512_loadu_ps(y + 6 * ypix + r->yvoff[1]);
        a7_0 = _mm512_loadu_ps(y + 7 * ypix + r->yvoff[0]);
        a7_1 = _mm512_loadu_ps(y + 7 * ypix + r->yvoff[1]);
        a8_0 = _mm512_loadu_ps(y + 8 * ypix + r->yvoff[0]);
        a8_1 = _mm512_loadu_ps(y + 8 * ypix + r->yvoff[1]);
        a9_0 = _mm512_loadu_ps(y + 9 * ypix + r->yvoff[0]);
        a9_1 = _mm512_loadu_ps(y + 9 * ypix + r->yvoff[1]);
        a10_0 = _mm512_loadu_ps(y + 10 * ypix + r->yvoff[0]);
        a10_1 = _mm512_loadu_ps(y + 10 * ypix + r->yvoff[1]);
        a11_0 = _mm512_loadu_ps(y + 11 * ypix + r->yvoff[0]);
        a11_1 = _mm512_loadu_ps(y + 11 * ypix + r->yvoff[1]);
        a12_0 = _mm512_loadu_ps(y + 12 * ypix + r->yvoff[0]);
        a12_1 = _mm512_loadu_ps(y + 12 * ypix + r->yvoff[1]);
        a13_0 = _mm512_loadu_ps(y + 13 * ypix + r->yvoff[0]);
        a13_1 = _mm512_loadu_ps(y + 13 * ypix + r->yvoff[1]);
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
                    const float *wt = r->w + ((ptrdiff_t)ky * r->kw + kx) * cib * 32;
                    switch (cut) {
                    case 0: { /* columns [0, 14) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x0 = _mm512_set1_ps(*xi);
                                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                                a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                                const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 6 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 7 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                                const __m512 x8 = _mm512_set1_ps(*(xi + 8 * xp));
                                a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                                a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                                const __m512 x9 = _mm512_set1_ps(*(xi + 9 * xp));
                                a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                                a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                                const __m512 x10 = _mm512_set1_ps(*(xi + 10 * xp));
                                a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                                a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
                                const __m512 x11 = _mm512_set1_ps(*(xi + 11 * xp));
                                a11_0 = _mm512_fmadd_ps(x11, w0, a11_0);
                                a11_1 = _mm512_fmadd_ps(x11, w1, a11_1);
                                const __m512 x12 = _mm512_set1_ps(*(xi + 12 * xp));
                                a12_0 = _mm512_fmadd_ps(x12, w0, a12_0);
                                a12_1 = _mm512_fmadd_ps(x12, w1, a12_1);
                                const __m512 x13 = _mm512_set1_ps(*(xi + 13 * xp));
                                a13_0 = _mm512_fmadd_ps(x13, w0, a13_0);
                                a13_1 = _mm512_fmadd_ps(x13, w1, a13_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x0 = _mm512_set1_ps(*xi);
                                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                                a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                                const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 6 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 7 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                                const __m512 x8 = _mm512_set1_ps(*(xi + 8 * xp));
                                a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                                a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                                const __m512 x9 = _mm512_set1_ps(*(xi + 9 * xp));
                                a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                                a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                                const __m512 x10 = _mm512_set1_ps(*(xi + 10 * xp));
                                a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                                a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
                                const __m512 x11 = _mm512_set1_ps(*(xi + 11 * xp));
                                a11_0 = _mm512_fmadd_ps(x11, w0, a11_0);
                                a11_1 = _mm512_fmadd_ps(x11, w1, a11_1);
                                const __m512 x12 = _mm512_set1_ps(*(xi + 12 * xp));
                                a12_0 = _mm512_fmadd_ps(x12, w0, a12_0);
                                a12_1 = _mm512_fmadd_ps(x12, w1, a12_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x0 = _mm512_set1_ps(*xi);
                                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                                a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                                const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 6 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 7 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                                const __m512 x8 = _mm512_set1_ps(*(xi + 8 * xp));
                                a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                                a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                                const __m512 x9 = _mm512_set1_ps(*(xi + 9 * xp));
                                a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                                a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                                const __m512 x10 = _mm512_set1_ps(*(xi + 10 * xp));
                                a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                                a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
                                const __m512 x11 = _mm512_set1_ps(*(xi + 11 * xp));
                                a11_0 = _mm512_fmadd_ps(x11, w0, a11_0);
                                a11_1 = _mm512_fmadd_ps(x11, w1, a11_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x0 = _mm512_set1_ps(*xi);
                                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                                a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                                const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 6 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 7 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                                const __m512 x8 = _mm512_set1_ps(*(xi + 8 * xp));
                                a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                                a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                                const __m512 x9 = _mm512_set1_ps(*(xi + 9 * xp));
                                a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                                a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                                const __m512 x10 = _mm512_set1_ps(*(xi + 10 * xp));
                                a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                                a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x1 = _mm512_set1_ps(*xi);
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 3 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 4 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 5 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 6 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                                const __m512 x8 = _mm512_set1_ps(*(xi + 7 * xp));
                                a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                                a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                                const __m512 x9 = _mm512_set1_ps(*(xi + 8 * xp));
                                a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                                a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                                const __m512 x10 = _mm512_set1_ps(*(xi + 9 * xp));
                                a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                                a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
                                const __m512 x11 = _mm512_set1_ps(*(xi + 10 * xp));
                                a11_0 = _mm512_fmadd_ps(x11, w0, a11_0);
                                a11_1 = _mm512_fmadd_ps(x11, w1, a11_1);
                                const __m512 x12 = _mm512_set1_ps(*(xi + 11 * xp));
                                a12_0 = _mm512_fmadd_ps(x12, w0, a12_0);
                                a12_1 = _mm512_fmadd_ps(x12, w1, a12_1);
                                const __m512 x13 = _mm512_set1_ps(*(xi + 12 * xp));
                                a13_0 = _mm512_fmadd_ps(x13, w0, a13_0);
                                a13_1 = _mm512_fmadd_ps(x13, w1, a13_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x1 = _mm512_set1_ps(*xi);
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 3 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 4 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 5 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 6 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                                const __m512 x8 = _mm512_set1_ps(*(xi + 7 * xp));
                                a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                                a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                                const __m512 x9 = _mm512_set1_ps(*(xi + 8 * xp));
                                a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                                a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                                const __m512 x10 = _mm512_set1_ps(*(xi + 9 * xp));
                                a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                                a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
                                const __m512 x11 = _mm512_set1_ps(*(xi + 10 * xp));
                                a11_0 = _mm512_fmadd_ps(x11, w0, a11_0);
                                a11_1 = _mm512_fmadd_ps(x11, w1, a11_1);
                                const __m512 x12 = _mm512_set1_ps(*(xi + 11 * xp));
                                a12_0 = _mm512_fmadd_ps(x12, w0, a12_0);
                                a12_1 = _mm512_fmadd_ps(x12, w1, a12_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x1 = _mm512_set1_ps(*xi);
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 3 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 4 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 5 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 6 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                                const __m512 x8 = _mm512_set1_ps(*(xi + 7 * xp));
                                a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                                a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                                const __m512 x9 = _mm512_set1_ps(*(xi + 8 * xp));
                                a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                                a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                                const __m512 x10 = _mm512_set1_ps(*(xi + 9 * xp));
                                a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                                a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
                                const __m512 x11 = _mm512_set1_ps(*(xi + 10 * xp));
                                a11_0 = _mm512_fmadd_ps(x11, w0, a11_0);
                                a11_1 = _mm512_fmadd_ps(x11, w1, a11_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x1 = _mm512_set1_ps(*xi);
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 3 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 4 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 5 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 6 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                                const __m512 x8 = _mm512_set1_ps(*(xi + 7 * xp));
                                a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                                a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                                const __m512 x9 = _mm512_set1_ps(*(xi + 8 * xp));
                                a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                                a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                                const __m512 x10 = _mm512_set1_ps(*(xi + 9 * xp));
                                a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                                a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x2 = _mm512_set1_ps(*xi);
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 2 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 3 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 4 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 5 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                                const __m512 x8 = _mm512_set1_ps(*(xi + 6 * xp));
                                a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                                a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                                const __m512 x9 = _mm512_set1_ps(*(xi + 7 * xp));
                                a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                                a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                                const __m512 x10 = _mm512_set1_ps(*(xi + 8 * xp));
                                a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                                a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
                                const __m512 x11 = _mm512_set1_ps(*(xi + 9 * xp));
                                a11_0 = _mm512_fmadd_ps(x11, w0, a11_0);
                                a11_1 = _mm512_fmadd_ps(x11, w1, a11_1);
                                const __m512 x12 = _mm512_set1_ps(*(xi + 10 * xp));
                                a12_0 = _mm512_fmadd_ps(x12, w0, a12_0);
                                a12_1 = _mm512_fmadd_ps(x12, w1, a12_1);
                                const __m512 x13 = _mm512_set1_ps(*(xi + 11 * xp));
                                a13_0 = _mm512_fmadd_ps(x13, w0, a13_0);
                                a13_1 = _mm512_fmadd_ps(x13, w1, a13_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x2 = _mm512_set1_ps(*xi);
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 2 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 3 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 4 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 5 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                                const __m512 x8 = _mm512_set1_ps(*(xi + 6 * xp));
                                a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                                a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                                const __m512 x9 = _mm512_set1_ps(*(xi + 7 * xp));
                                a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                                a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                                const __m512 x10 = _mm512_set1_ps(*(xi + 8 * xp));
                                a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                                a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
                                const __m512 x11 = _mm512_set1_ps(*(xi + 9 * xp));
                                a11_0 = _mm512_fmadd_ps(x11, w0, a11_0);
                                a11_1 = _mm512_fmadd_ps(x11, w1, a11_1);
                                const __m512 x12 = _mm512_set1_ps(*(xi + 10 * xp));
                                a12_0 = _mm512_fmadd_ps(x12, w0, a12_0);
                                a12_1 = _mm512_fmadd_ps(x12, w1, a12_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x2 = _mm512_set1_ps(*xi);
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 2 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 3 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 4 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 5 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                                const __m512 x8 = _mm512_set1_ps(*(xi + 6 * xp));
                                a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                                a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                                const __m512 x9 = _mm512_set1_ps(*(xi + 7 * xp));
                                a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                                a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                                const __m512 x10 = _mm512_set1_ps(*(xi + 8 * xp));
                                a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                                a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
                                const __m512 x11 = _mm512_set1_ps(*(xi + 9 * xp));
                                a11_0 = _mm512_fmadd_ps(x11, w0, a11_0);
                                a11_1 = _mm512_fmadd_ps(x11, w1, a11_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x2 = _mm512_set1_ps(*xi);
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 2 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 3 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 4 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 5 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                                const __m512 x8 = _mm512_set1_ps(*(xi + 6 * xp));
                                a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                                a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                                const __m512 x9 = _mm512_set1_ps(*(xi + 7 * xp));
                                a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                                a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                                const __m512 x10 = _mm512_set1_ps(*(xi + 8 * xp));
                                a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                                a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x3 = _mm512_set1_ps(*xi);
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 1 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 2 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 3 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 4 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                                const __m512 x8 = _mm512_set1_ps(*(xi + 5 * xp));
                                a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                                a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                                const __m512 x9 = _mm512_set1_ps(*(xi + 6 * xp));
                                a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                                a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                                const __m512 x10 = _mm512_set1_ps(*(xi + 7 * xp));
                                a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                                a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
                                const __m512 x11 = _mm512_set1_ps(*(xi + 8 * xp));
                                a11_0 = _mm512_fmadd_ps(x11, w0, a11_0);
                                a11_1 = _mm512_fmadd_ps(x11, w1, a11_1);
                                const __m512 x12 = _mm512_set1_ps(*(xi + 9 * xp));
                                a12_0 = _mm512_fmadd_ps(x12, w0, a12_0);
                                a12_1 = _mm512_fmadd_ps(x12, w1, a12_1);
                                const __m512 x13 = _mm512_set1_ps(*(xi + 10 * xp));
                                a13_0 = _mm512_fmadd_ps(x13, w0, a13_0);
                                a13_1 = _mm512_fmadd_ps(x13, w1, a13_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x3 = _mm512_set1_ps(*xi);
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 1 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 2 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 3 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 4 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                                const __m512 x8 = _mm512_set1_ps(*(xi + 5 * xp));
                                a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                                a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                                const __m512 x9 = _mm512_set1_ps(*(xi + 6 * xp));
                                a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                                a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                                const __m512 x10 = _mm512_set1_ps(*(xi + 7 * xp));
                                a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                                a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
                                const __m512 x11 = _mm512_set1_ps(*(xi + 8 * xp));
                                a11_0 = _mm512_fmadd_ps(x11, w0, a11_0);
                                a11_1 = _mm512_fmadd_ps(x11, w1, a11_1);
                                const __m512 x12 = _mm512_set1_ps(*(xi + 9 * xp));
                                a12_0 = _mm512_fmadd_ps(x12, w0, a12_0);
                                a12_1 = _mm512_fmadd_ps(x12, w1, a12_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x3 = _mm512_set1_ps(*xi);
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 1 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 2 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 3 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 4 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                                const __m512 x8 = _mm512_set1_ps(*(xi + 5 * xp));
                                a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                                a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                                const __m512 x9 = _mm512_set1_ps(*(xi + 6 * xp));
                                a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                                a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                                const __m512 x10 = _mm512_set1_ps(*(xi + 7 * xp));
                                a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                                a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
                                const __m512 x11 = _mm512_set1_ps(*(xi + 8 * xp));
                                a11_0 = _mm512_fmadd_ps(x11, w0, a11_0);
                                a11_1 = _mm512_fmadd_ps(x11, w1, a11_1);
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
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 x3 = _mm512_set1_ps(*xi);
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 1 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 2 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                const __m512 x6 = _mm512_set1_ps(*(xi + 3 * xp));
                                a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                                a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                                const __m512 x7 = _mm512_set1_ps(*(xi + 4 * xp));
                                a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                                a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                                const __m512 x8 = _mm512_set1_ps(*(xi + 5 * xp));
                                a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                                a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                                const __m512 x9 = _mm512_set1_ps(*(xi + 6 * xp));
                                a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                                a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                                const __m512 x10 = _mm512_set1_ps(*(xi + 7 * xp));
                                a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                                a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
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
                const float *wt = r->w + ((ptrdiff_t)ky * r->kw + kx) * cib * 32;
                switch (cut) {
                case 0: { /* columns [0, 14) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x0 = _mm512_set1_ps(*xi);
                            a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                            a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                            const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 6 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 7 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                            const __m512 x8 = _mm512_set1_ps(*(xi + 8 * xp));
                            a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                            a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                            const __m512 x9 = _mm512_set1_ps(*(xi + 9 * xp));
                            a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                            a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                            const __m512 x10 = _mm512_set1_ps(*(xi + 10 * xp));
                            a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                            a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
                            const __m512 x11 = _mm512_set1_ps(*(xi + 11 * xp));
                            a11_0 = _mm512_fmadd_ps(x11, w0, a11_0);
                            a11_1 = _mm512_fmadd_ps(x11, w1, a11_1);
                            const __m512 x12 = _mm512_set1_ps(*(xi + 12 * xp));
                            a12_0 = _mm512_fmadd_ps(x12, w0, a12_0);
                            a12_1 = _mm512_fmadd_ps(x12, w1, a12_1);
                            const __m512 x13 = _mm512_set1_ps(*(xi + 13 * xp));
                            a13_0 = _mm512_fmadd_ps(x13, w0, a13_0);
                            a13_1 = _mm512_fmadd_ps(x13, w1, a13_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x0 = _mm512_set1_ps(*xi);
                            a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                            a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                            const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 6 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 7 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                            const __m512 x8 = _mm512_set1_ps(*(xi + 8 * xp));
                            a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                            a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                            const __m512 x9 = _mm512_set1_ps(*(xi + 9 * xp));
                            a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                            a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                            const __m512 x10 = _mm512_set1_ps(*(xi + 10 * xp));
                            a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                            a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
                            const __m512 x11 = _mm512_set1_ps(*(xi + 11 * xp));
                            a11_0 = _mm512_fmadd_ps(x11, w0, a11_0);
                            a11_1 = _mm512_fmadd_ps(x11, w1, a11_1);
                            const __m512 x12 = _mm512_set1_ps(*(xi + 12 * xp));
                            a12_0 = _mm512_fmadd_ps(x12, w0, a12_0);
                            a12_1 = _mm512_fmadd_ps(x12, w1, a12_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x0 = _mm512_set1_ps(*xi);
                            a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                            a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                            const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 6 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 7 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                            const __m512 x8 = _mm512_set1_ps(*(xi + 8 * xp));
                            a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                            a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                            const __m512 x9 = _mm512_set1_ps(*(xi + 9 * xp));
                            a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                            a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                            const __m512 x10 = _mm512_set1_ps(*(xi + 10 * xp));
                            a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                            a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
                            const __m512 x11 = _mm512_set1_ps(*(xi + 11 * xp));
                            a11_0 = _mm512_fmadd_ps(x11, w0, a11_0);
                            a11_1 = _mm512_fmadd_ps(x11, w1, a11_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x0 = _mm512_set1_ps(*xi);
                            a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                            a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                            const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 6 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 7 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                            const __m512 x8 = _mm512_set1_ps(*(xi + 8 * xp));
                            a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                            a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                            const __m512 x9 = _mm512_set1_ps(*(xi + 9 * xp));
                            a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                            a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                            const __m512 x10 = _mm512_set1_ps(*(xi + 10 * xp));
                            a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                            a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x1 = _mm512_set1_ps(*xi);
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 3 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 4 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 5 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 6 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                            const __m512 x8 = _mm512_set1_ps(*(xi + 7 * xp));
                            a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                            a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                            const __m512 x9 = _mm512_set1_ps(*(xi + 8 * xp));
                            a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                            a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                            const __m512 x10 = _mm512_set1_ps(*(xi + 9 * xp));
                            a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                            a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
                            const __m512 x11 = _mm512_set1_ps(*(xi + 10 * xp));
                            a11_0 = _mm512_fmadd_ps(x11, w0, a11_0);
                            a11_1 = _mm512_fmadd_ps(x11, w1, a11_1);
                            const __m512 x12 = _mm512_set1_ps(*(xi + 11 * xp));
                            a12_0 = _mm512_fmadd_ps(x12, w0, a12_0);
                            a12_1 = _mm512_fmadd_ps(x12, w1, a12_1);
                            const __m512 x13 = _mm512_set1_ps(*(xi + 12 * xp));
                            a13_0 = _mm512_fmadd_ps(x13, w0, a13_0);
                            a13_1 = _mm512_fmadd_ps(x13, w1, a13_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x1 = _mm512_set1_ps(*xi);
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 3 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 4 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 5 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 6 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                            const __m512 x8 = _mm512_set1_ps(*(xi + 7 * xp));
                            a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                            a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                            const __m512 x9 = _mm512_set1_ps(*(xi + 8 * xp));
                            a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                            a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                            const __m512 x10 = _mm512_set1_ps(*(xi + 9 * xp));
                            a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                            a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
                            const __m512 x11 = _mm512_set1_ps(*(xi + 10 * xp));
                            a11_0 = _mm512_fmadd_ps(x11, w0, a11_0);
                            a11_1 = _mm512_fmadd_ps(x11, w1, a11_1);
                            const __m512 x12 = _mm512_set1_ps(*(xi + 11 * xp));
                            a12_0 = _mm512_fmadd_ps(x12, w0, a12_0);
                            a12_1 = _mm512_fmadd_ps(x12, w1, a12_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x1 = _mm512_set1_ps(*xi);
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 3 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 4 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 5 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 6 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                            const __m512 x8 = _mm512_set1_ps(*(xi + 7 * xp));
                            a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                            a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                            const __m512 x9 = _mm512_set1_ps(*(xi + 8 * xp));
                            a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                            a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                            const __m512 x10 = _mm512_set1_ps(*(xi + 9 * xp));
                            a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                            a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
                            const __m512 x11 = _mm512_set1_ps(*(xi + 10 * xp));
                            a11_0 = _mm512_fmadd_ps(x11, w0, a11_0);
                            a11_1 = _mm512_fmadd_ps(x11, w1, a11_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x1 = _mm512_set1_ps(*xi);
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 3 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 4 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 5 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 6 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                            const __m512 x8 = _mm512_set1_ps(*(xi + 7 * xp));
                            a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                            a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                            const __m512 x9 = _mm512_set1_ps(*(xi + 8 * xp));
                            a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                            a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                            const __m512 x10 = _mm512_set1_ps(*(xi + 9 * xp));
                            a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                            a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x2 = _mm512_set1_ps(*xi);
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 2 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 3 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 4 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 5 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                            const __m512 x8 = _mm512_set1_ps(*(xi + 6 * xp));
                            a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                            a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                            const __m512 x9 = _mm512_set1_ps(*(xi + 7 * xp));
                            a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                            a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                            const __m512 x10 = _mm512_set1_ps(*(xi + 8 * xp));
                            a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                            a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
                            const __m512 x11 = _mm512_set1_ps(*(xi + 9 * xp));
                            a11_0 = _mm512_fmadd_ps(x11, w0, a11_0);
                            a11_1 = _mm512_fmadd_ps(x11, w1, a11_1);
                            const __m512 x12 = _mm512_set1_ps(*(xi + 10 * xp));
                            a12_0 = _mm512_fmadd_ps(x12, w0, a12_0);
                            a12_1 = _mm512_fmadd_ps(x12, w1, a12_1);
                            const __m512 x13 = _mm512_set1_ps(*(xi + 11 * xp));
                            a13_0 = _mm512_fmadd_ps(x13, w0, a13_0);
                            a13_1 = _mm512_fmadd_ps(x13, w1, a13_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x2 = _mm512_set1_ps(*xi);
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 2 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 3 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 4 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 5 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                            const __m512 x8 = _mm512_set1_ps(*(xi + 6 * xp));
                            a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                            a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                            const __m512 x9 = _mm512_set1_ps(*(xi + 7 * xp));
                            a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                            a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                            const __m512 x10 = _mm512_set1_ps(*(xi + 8 * xp));
                            a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                            a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
                            const __m512 x11 = _mm512_set1_ps(*(xi + 9 * xp));
                            a11_0 = _mm512_fmadd_ps(x11, w0, a11_0);
                            a11_1 = _mm512_fmadd_ps(x11, w1, a11_1);
                            const __m512 x12 = _mm512_set1_ps(*(xi + 10 * xp));
                            a12_0 = _mm512_fmadd_ps(x12, w0, a12_0);
                            a12_1 = _mm512_fmadd_ps(x12, w1, a12_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x2 = _mm512_set1_ps(*xi);
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 2 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 3 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 4 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 5 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                            const __m512 x8 = _mm512_set1_ps(*(xi + 6 * xp));
                            a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                            a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                            const __m512 x9 = _mm512_set1_ps(*(xi + 7 * xp));
                            a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                            a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                            const __m512 x10 = _mm512_set1_ps(*(xi + 8 * xp));
                            a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                            a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
                            const __m512 x11 = _mm512_set1_ps(*(xi + 9 * xp));
                            a11_0 = _mm512_fmadd_ps(x11, w0, a11_0);
                            a11_1 = _mm512_fmadd_ps(x11, w1, a11_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x2 = _mm512_set1_ps(*xi);
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 2 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 3 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 4 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 5 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                            const __m512 x8 = _mm512_set1_ps(*(xi + 6 * xp));
                            a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                            a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                            const __m512 x9 = _mm512_set1_ps(*(xi + 7 * xp));
                            a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                            a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                            const __m512 x10 = _mm512_set1_ps(*(xi + 8 * xp));
                            a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                            a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x3 = _mm512_set1_ps(*xi);
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 1 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 2 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 3 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 4 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                            const __m512 x8 = _mm512_set1_ps(*(xi + 5 * xp));
                            a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                            a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                            const __m512 x9 = _mm512_set1_ps(*(xi + 6 * xp));
                            a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                            a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                            const __m512 x10 = _mm512_set1_ps(*(xi + 7 * xp));
                            a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                            a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
                            const __m512 x11 = _mm512_set1_ps(*(xi + 8 * xp));
                            a11_0 = _mm512_fmadd_ps(x11, w0, a11_0);
                            a11_1 = _mm512_fmadd_ps(x11, w1, a11_1);
                            const __m512 x12 = _mm512_set1_ps(*(xi + 9 * xp));
                            a12_0 = _mm512_fmadd_ps(x12, w0, a12_0);
                            a12_1 = _mm512_fmadd_ps(x12, w1, a12_1);
                            const __m512 x13 = _mm512_set1_ps(*(xi + 10 * xp));
                            a13_0 = _mm512_fmadd_ps(x13, w0, a13_0);
                            a13_1 = _mm512_fmadd_ps(x13, w1, a13_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x3 = _mm512_set1_ps(*xi);
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 1 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 2 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 3 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 4 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                            const __m512 x8 = _mm512_set1_ps(*(xi + 5 * xp));
                            a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                            a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                            const __m512 x9 = _mm512_set1_ps(*(xi + 6 * xp));
                            a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                            a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                            const __m512 x10 = _mm512_set1_ps(*(xi + 7 * xp));
                            a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                            a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
                            const __m512 x11 = _mm512_set1_ps(*(xi + 8 * xp));
                            a11_0 = _mm512_fmadd_ps(x11, w0, a11_0);
                            a11_1 = _mm512_fmadd_ps(x11, w1, a11_1);
                            const __m512 x12 = _mm512_set1_ps(*(xi + 9 * xp));
                            a12_0 = _mm512_fmadd_ps(x12, w0, a12_0);
                            a12_1 = _mm512_fmadd_ps(x12, w1, a12_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x3 = _mm512_set1_ps(*xi);
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 1 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 2 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 3 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 4 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                            const __m512 x8 = _mm512_set1_ps(*(xi + 5 * xp));
                            a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                            a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                            const __m512 x9 = _mm512_set1_ps(*(xi + 6 * xp));
                            a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                            a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                            const __m512 x10 = _mm512_set1_ps(*(xi + 7 * xp));
                            a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                            a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
                            const __m512 x11 = _mm512_set1_ps(*(xi + 8 * xp));
                            a11_0 = _mm512_fmadd_ps(x11, w0, a11_0);
                            a11_1 = _mm512_fmadd_ps(x11, w1, a11_1);
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
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 32) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 x3 = _mm512_set1_ps(*xi);
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 1 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 2 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            const __m512 x6 = _mm512_set1_ps(*(xi + 3 * xp));
                            a6_0 = _mm512_fmadd_ps(x6, w0, a6_0);
                            a6_1 = _mm512_fmadd_ps(x6, w1, a6_1);
                            const __m512 x7 = _mm512_set1_ps(*(xi + 4 * xp));
                            a7_0 = _mm512_fmadd_ps(x7, w0, a7_0);
                            a7_1 = _mm512_fmadd_ps(x7, w1, a7_1);
                            const __m512 x8 = _mm512_set1_ps(*(xi + 5 * xp));
                            a8_0 = _mm512_fmadd_ps(x8, w0, a8_0);
                            a8_1 = _mm512_fmadd_ps(x8, w1, a8_1);
                            const __m512 x9 = _mm512_set1_ps(*(xi + 6 * xp));
                            a9_0 = _mm512_fmadd_ps(x9, w0, a9_0);
                            a9_1 = _mm512_fmadd_ps(x9, w1, a9_1);
                            const __m512 x10 = _mm512_set1_ps(*(xi + 7 * xp));
                            a10_0 = _mm512_fmadd_ps(x10, w0, a10_0);
                            a10_1 = _mm512_fmadd_ps(x10, w1, a10_1);
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
        a0_0 = _mm512_max_ps(a0_0, _mm512_setzero_ps());
        a0_1 = _mm512_max_ps(a0_1, _mm512_setzero_ps());
        a1_0 = _mm512_max_ps(a1_0, _mm512_setzero_ps());
        a1_1 = _mm512_max_ps(a1_1, _mm512_setzero_ps());
        a2_0 = _mm512_max_ps(a2_0, _mm512_setzero_ps());
        a2_1 = _mm512_max_ps(a2_1, _mm512_setzero_ps());
        a3_0 = _mm512_max_ps(a3_0, _mm512_setzero_ps());
        a3_1 = _mm512_max_ps(a3_1, _mm512_setzero_ps());
        a4_0 = _mm512_max_ps(a4_0, _mm512_setzero_ps());
        a4_1 = _mm512_max_ps(a4_1, _mm512_setzero_ps());
        a5_0 = _mm512_max_ps(a5_0, _mm512_setzero_ps());
        a5_1 = _mm512_max_ps(a5_1, _mm512_setzero_ps());
        a6_0 = _mm512_max_ps(a6_0, _mm512_setzero_ps());
        a6_1 = _mm512_max_ps(a6_1, _mm512_setzero_ps());
        a7_0 = _mm512_max_ps(a7_0, _mm512_setzero_ps());
        a7_1 = _mm512_max_ps(a7_1, _mm512_setzero_ps());
        a8_0 = _mm512_max_ps(a8_0, _mm512_setzero_ps());
        a8_1 = _mm512_max_ps(a8_1, _mm512_setzero_ps());
        a9_0 = _mm512_max_ps(a9_0, _mm512_setzero_ps());
        a9_1 = _mm512_max_ps(a9_1, _mm512_setzero_ps());
        a10_0 = _mm512_max_ps(a10_0, _mm512_setzero_ps());
        a10_1 = _mm512_max_ps(a10_1, _mm512_setzero_ps());
        a11_0 = _mm512_max_ps(a11_0, _mm512_setzero_ps());
        a11_1 = _mm512_max_ps(a11_1, _mm512_setzero_ps());
        a12_0 = _mm512_max_ps(a12_0, _mm512_setzero_ps());
        a12_1 = _mm512_max_ps(a12_1, _mm512_setzero_ps());
        a13_0 = _mm512_max_ps(a13_0, _mm512_setzero_ps());
        a13_1 = _mm512_max_ps(a13_1, _mm512_setzero_ps());
    }
    if (!r->ylanes) {
        _mm512_storeu_ps(y + r->yvoff[0], a0_0);
        _mm512_storeu_ps(y + r->yvoff[1], a0_1);
        _mm512_storeu_ps(y + 1 * ypix + r->yvoff[0], a1_0);
        _mm512_storeu_ps(y + 1 * ypix + r->yvoff[1], a1_1);
        _mm512_storeu_ps(y + 2 * ypix + r->yvoff[0], a2_0);
        _mm512_storeu_ps(y + 2 * ypix + r->yvoff[1], a2_1);
        _mm512_storeu_ps(y + 3 * ypix + r->yvoff[0], a3_0);
        _mm512_storeu_ps(y + 3 * ypix + r->yvoff[1], a3_1);
        _mm512_storeu_ps(y + 4 * ypix + r->yvoff[0], a4_0);
        _mm512_storeu_ps(y + 4 * ypix + r->yvoff[1], a4_1);
        _mm512_storeu_ps(y + 5 * ypix + r->yvoff[0], a5_0);
        _mm512_storeu_ps(y + 5 * ypix + r->yvoff[1], a5_1);
        _mm512_storeu_ps(y + 6 * ypix + r->yvoff[0], a6_0);
        _mm512_storeu_ps(y + 6 * ypix + r->yvoff[1], a6_1);
        _mm512_storeu_ps(y + 7 * ypix + r->yvoff[0], a7_0);
        _mm512_storeu_ps(y + 7 * ypix + r->yvoff[1], a7_1);
        _mm512_storeu_ps(y + 8 * ypix + r->yvoff[0], a8_0);
        _mm512_storeu_ps(y + 8 * ypix + r->yvoff[1], a8_1);
        _mm512_storeu_ps(y + 9 * ypix + r->yvoff[0], a9_0);
        _mm512_storeu_ps(y + 9 * ypix + r->yvoff[1], a9_1);
        _mm512_storeu_ps(y + 10 * ypix + r->yvoff[0], a10_0);
        _mm512_storeu_ps(y + 10 * ypix + r->yvoff[1], a10_1);
        _mm512_storeu_ps(y + 11 * ypix + r->yvoff[0], a11_0);
        _mm512_storeu_ps(y + 11 * ypix + r->yvoff[1], a11_1);
        _mm512_storeu_ps(y + 12 * ypix + r->yvoff[0], a12_0);
        _mm512_storeu_ps(y + 12 * ypix + r->yvoff[1], a12_1);
        _mm512_storeu_ps(y + 13 * ypix + r->yvoff[0], a13_0);
        _mm512_storeu_ps(y + 13 * ypix + r->yvoff[1], a13_1);
    } else if (r->ych != 1 && r->ypix == 1) {
        /* NCHW: each vector's W columns transposed into one run per channel */
        __m512 t[16];
        t[0] = a0_0;
        t[1] = a1_0;
        t[2] = a2_0;
        t[3] = a3_0;
        t[4] = a4_0;
        t[5] = a5_0;
        t[6] = a6_0;
        t[7] = a7_0;
        t[8] = a8_0;
        t[9] = a9_0;
        t[10] = a10_0;
        t[11] = a11_0;
        t[12] = a12_0;
        t[13] = a13_0;
        plane_store(y + r->yvoff[0], r->ych, t, 14);
        t[0] = a0_1;
        t[1] = a1_1;
        t[2] = a2_1;
        t[3] = a3_1;
        t[4] = a4_1;
        t[5] = a5_1;
        t[6] = a6_1;
        t[7] = a7_1;
        t[8] = a8_1;
        t[9] = a9_1;
        t[10] = a10_1;
        t[11] = a11_1;
        t[12] = a12_1;
        t[13] = a13_1;
        plane_store(y + r->yvoff[1], r->ych, t, 14);
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

const lmc_direct_ukernel lmc_f32_direct_conv_32cx14w__avx512 = {
    .name = "f32-direct-conv-32cx14w-avx512",
    .isa = LMC_ISA_AVX512,
    .vw = 16,
    .nv = 2,
    .wob = 14,
    .dw_wob = 12,
    .merged = {
        [7] = lmc_f32_direct_conv_32cx14w_merged7__avx512,
        [8] = lmc_f32_direct_conv_32cx14w_merged8__avx512,
        [9] = lmc_f32_direct_conv_32cx14w_merged9__avx512,
        [10] = lmc_f32_direct_conv_32cx14w_merged10__avx512,
        [11] = lmc_f32_direct_conv_32cx14w_merged11__avx512,
        [12] = lmc_f32_direct_conv_32cx14w_merged12__avx512,
        [13] = lmc_f32_direct_conv_32cx14w_merged13__avx512,
        [14] = lmc_f32_direct_conv_32cx14w_merged14__avx512,
    },
    .taps = {
        [7] = lmc_f32_direct_conv_32cx14w_taps7__avx512,
        [8] = lmc_f32_direct_conv_32cx14w_taps8__avx512,
        [9] = lmc_f32_direct_conv_32cx14w_taps9__avx512,
        [10] = lmc_f32_direct_conv_32cx14w_taps10__avx512,
        [11] = lmc_f32_direct_conv_32cx14w_taps11__avx512,
        [12] = lmc_f32_direct_conv_32cx14w_taps12__avx512,
        [13] = lmc_f32_direct_conv_32cx14w_taps13__avx512,
        [14] = lmc_f32_direct_conv_32cx14w_taps14__avx512,
    },
    .conv = {
        [1] = lmc_f32_direct_conv_32cx14w_conv1__avx512,
        [2] = lmc_f32_direct_conv_32cx14w_conv2__avx512,
        [3] = lmc_f32_direct_conv_32cx14w_conv3__avx512,
        [4] = lmc_f32_direct_conv_32cx14w_conv4__avx512,
        [5] = lmc_f32_direct_conv_32cx14w_conv5__avx512,
        [6] = lmc_f32_direct_conv_32cx14w_conv6__avx512,
        [7] = lmc_f32_direct_conv_32cx14w_conv7__avx512,
        [8] = lmc_f32_direct_conv_32cx14w_conv8__avx512,
        [9] = lmc_f32_direct_conv_32cx14w_conv9__avx512,
        [10] = lmc_f32_direct_conv_32cx14w_conv10__avx512,
        [11] = lmc_f32_direct_conv_32cx14w_conv11__avx512,
        [12] = lmc_f32_direct_conv_32cx14w_conv12__avx512,
        [13] = lmc_f32_direct_conv_32cx14w_conv13__avx512,
        [14] = lmc_f32_direct_conv_32cx14w_conv14__avx512,
    },
    .dw = {
        [1] = lmc_f32_direct_conv_32cx14w_dw1__avx512,
        [2] = lmc_f32_direct_conv_32cx14w_dw2__avx512,
        [3] = lmc_f32_direct_conv_32cx14w_dw3__avx512,
        [4] = lmc_f32_direct_conv_32cx14w_dw4__avx512,
        [5] = lmc_f32_direct_conv_32cx14w_dw5__avx512,
        [6] = lmc_f32_direct_conv_32cx14w_dw6__avx512,
        [7] = lmc_f32_direct_conv_32cx14w_dw7__avx512,
        [8] = lmc_f32_direct_conv_32cx14w_dw8__avx512,
        [9] = lmc_f32_direct_conv_32cx14w_dw9__avx512,
        [10] = lmc_f32_direct_conv_32cx14w_dw10__avx512,
        [11] = lmc_f32_direct_conv_32cx14w_dw11__avx512,
        [12] = lmc_f32_direct_conv_32cx14w_dw12__avx512,
    },
    .dw_v1 = {
        [1] = lmc_f32_direct_conv_32cx14w_dw1_v1__avx512,
        [2] = lmc_f32_direct_conv_32cx14w_dw2_v1__avx512,
        [3] = lmc_f32_direct_conv_32cx14w_dw3_v1__avx512,
        [4] = lmc_f32_direct_conv_32cx14w_dw4_v1__avx512,
        [5] = lmc_f32_direct_conv_32cx14w_dw5_v1__avx512,
        [6] = lmc_f32_direct_conv_32cx14w_dw6_v1__avx512,
        [7] = lmc_f32_direct_conv_32cx14w_dw7_v1__avx512,
        [8] = lmc_f32_direct_conv_32cx14w_dw8_v1__avx512,
        [9] = lmc_f32_direct_conv_32cx14w_dw9_v1__avx512,
        [10] = lmc_f32_direct_conv_32cx14w_dw10_v1__avx512,
        [11] = lmc_f32_direct_conv_32cx14w_dw11_v1__avx512,
        [12] = lmc_f32_direct_conv_32cx14w_dw12_v1__avx512,
    },
};
