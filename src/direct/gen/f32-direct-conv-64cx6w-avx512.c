/* Generated from src/direct/f32-direct-conv.c.in (ISA=avx512, VW=16, NV=4, WOB=6, DW_WOB=6) by
 *   python3 tools/generate-kernels.py
 * Do not edit: change the template or the parameters in
 * tools/generate-kernels.py, then run that command. */
/* Direct-convolution register blocks, AVX-512, the wide-channel tile: 64
 * output channels (4 zmm) x 6 output columns = 24 accumulators + 4 weight
 * vectors + 1 broadcast = 29 of 32 zmm.  Per input channel 4 + 6 = 10 loads
 * feed 24 FMAs, and each input pixel is read once for 64 output channels.
 * Its weakness is a weight vector used only W_ob times: for narrow rows the
 * family's rule (src/algo/direct/plan.c) picks the 32 x 14 tile instead,
 * and for depthwise too. */
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
                 __m512 acc[6][4])
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
                  __m512 acc[6][4])
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
INLINE void tap(__m512 acc[6][4], const float *xt, ptrdiff_t xp, ptrdiff_t xcb,
                ptrdiff_t xch, const float *wt, int n, int cblk, int coff, int p0, int p1, int nv)
{
    xt -= coff * xch;
    for (int c = -coff; c < n; c += cblk) {
        const int a = c < 0 ? -c : 0, nb = n - c < cblk ? n - c : cblk;
        for (int ii = a; ii < nb; ii++) {
            __m512 wv[4];
            for (int v = 0; v < nv; v++) wv[v] = _mm512_loadu_ps(wt + (c + ii) * 64 + v * 16);
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
INLINE void tap_any(__m512 acc[6][4], const float *xt, ptrdiff_t xp, ptrdiff_t xcb,
                    ptrdiff_t xch, const float *wt, int n, int cblk, int coff, int pa, int pb, int wob,
                    int nv)
{
    xt -= coff * xch;
    for (int c = -coff; c < n; c += cblk) {
        const int a = c < 0 ? -c : 0, nb = n - c < cblk ? n - c : cblk;
        for (int ii = a; ii < nb; ii++) {
            __m512 wv[4];
            for (int v = 0; v < nv; v++) wv[v] = _mm512_loadu_ps(wt + (c + ii) * 64 + v * 16);
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
    __m512 acc[6][4];
    float *y = r->y + (ptrdiff_t)ox0 * r->ypix;
    init(r, y, wob, nv, full, acc);
    const ptrdiff_t xp = (ptrdiff_t)r->stride_w * r->xpix; /* between output columns */
    const ptrdiff_t col0 = (ptrdiff_t)ox0 * r->stride_w - r->pad_left;
    const int cib = r->cib, cblk = r->cblk, coff = r->coff;
    if (merged) {
        const int n = r->kw * cib;
        for (int ky = r->ky0; ky < r->ky1; ky++) {
            const ptrdiff_t rowoff = ((ptrdiff_t)r->iy0 + (ptrdiff_t)ky * r->dil_h) * r->xrow;
            tap(acc, r->x + rowoff + col0 * r->xpix, xp, 0, 1, r->w + (ptrdiff_t)ky * n * 64, n, n, 0,
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
            const float *wt = r->w + ((ptrdiff_t)ky * r->kw + kx) * cib * 64;
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
    __m512 acc[6][4];
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
 * nvalid), dw (depthwise, 4 vectors) and dw_v1 (depthwise, one vector). */

static void lmc_f32_direct_conv_64cx6w_conv1__avx512(const lmc_direct_row *r, int ox0)
{
    conv_tile(r, ox0, 1, 4);
}

static void lmc_f32_direct_conv_64cx6w_dw1__avx512(const lmc_direct_row *r, int ox0)
{
    dw_tile(r, ox0, 1, 4);
}

static void lmc_f32_direct_conv_64cx6w_dw1_v1__avx512(const lmc_direct_row *r, int ox0)
{
    dw_tile(r, ox0, 1, 1);
}

static void lmc_f32_direct_conv_64cx6w_conv2__avx512(const lmc_direct_row *r, int ox0)
{
    conv_tile(r, ox0, 2, 4);
}

static void lmc_f32_direct_conv_64cx6w_dw2__avx512(const lmc_direct_row *r, int ox0)
{
    dw_tile(r, ox0, 2, 4);
}

static void lmc_f32_direct_conv_64cx6w_dw2_v1__avx512(const lmc_direct_row *r, int ox0)
{
    dw_tile(r, ox0, 2, 1);
}

static void lmc_f32_direct_conv_64cx6w_conv3__avx512(const lmc_direct_row *r, int ox0)
{
    conv_tile(r, ox0, 3, 4);
}

static void lmc_f32_direct_conv_64cx6w_dw3__avx512(const lmc_direct_row *r, int ox0)
{
    dw_tile(r, ox0, 3, 4);
}

static void lmc_f32_direct_conv_64cx6w_dw3_v1__avx512(const lmc_direct_row *r, int ox0)
{
    dw_tile(r, ox0, 3, 1);
}

static void lmc_f32_direct_conv_64cx6w_conv4__avx512(const lmc_direct_row *r, int ox0)
{
    conv_tile(r, ox0, 4, 4);
}

static void lmc_f32_direct_conv_64cx6w_dw4__avx512(const lmc_direct_row *r, int ox0)
{
    dw_tile(r, ox0, 4, 4);
}

static void lmc_f32_direct_conv_64cx6w_dw4_v1__avx512(const lmc_direct_row *r, int ox0)
{
    dw_tile(r, ox0, 4, 1);
}

static void lmc_f32_direct_conv_64cx6w_conv5__avx512(const lmc_direct_row *r, int ox0)
{
    conv_tile(r, ox0, 5, 4);
}

static void lmc_f32_direct_conv_64cx6w_dw5__avx512(const lmc_direct_row *r, int ox0)
{
    dw_tile(r, ox0, 5, 4);
}

static void lmc_f32_direct_conv_64cx6w_dw5_v1__avx512(const lmc_direct_row *r, int ox0)
{
    dw_tile(r, ox0, 5, 1);
}

static void lmc_f32_direct_conv_64cx6w_conv6__avx512(const lmc_direct_row *r, int ox0)
{
    conv_tile(r, ox0, 6, 4);
}

static void lmc_f32_direct_conv_64cx6w_dw6__avx512(const lmc_direct_row *r, int ox0)
{
    dw_tile(r, ox0, 6, 4);
}

static void lmc_f32_direct_conv_64cx6w_dw6_v1__avx512(const lmc_direct_row *r, int ox0)
{
    dw_tile(r, ox0, 6, 1);
}

/* ---- named-accumulator blocks: full tiles of widths 4 .. 6 --------------
 * Accumulator a<p>_<v> is column p, vector v.  GCC keeps an acc[][] array on
 * the stack around each reduction loop (a load and a store of every
 * accumulator per tap), which costs most where reductions are short (1x1
 * layers with 64 input channels ran at ~80 % of peak); these blocks keep
 * them in registers.  The same products in the same order as conv_tile. */

/* 4 columns, a run of nblk interior blocks with merge_kx (rows.c has
 * checked that they are): per kernel row one reduction over kw * C.  The
 * next block's input is prefetched when the reduction is long enough to
 * hide it (VGG's 3x3 layers 2-5 % faster; short ones, C = 3 or 1x1 with 64
 * channels, lost). */
static __attribute__((noinline)) void lmc_f32_direct_conv_64cx6w_merged4__avx512(const lmc_direct_row *r, int ox0,
                                                                                 int nblk)
{
    for (const int ox_end = ox0 + nblk * 4; ox0 < ox_end; ox0 += 4) {
        const ptrdiff_t ypix = r->ypix, xp = (ptrdiff_t)r->stride_w * r->xpix;
        const ptrdiff_t col0 = (ptrdiff_t)ox0 * r->stride_w - r->pad_left;
        float *y = r->y + (ptrdiff_t)ox0 * ypix;
        __m512 a0_0, a0_1, a0_2, a0_3;
        __m512 a1_0, a1_1, a1_2, a1_3;
        __m512 a2_0, a2_1, a2_2, a2_3;
        __m512 a3_0, a3_1, a3_2, a3_3;
        if (r->first) {
            const __m512 bb0 = r->bias ? _mm512_loadu_ps(r->bias) : _mm512_setzero_ps();
            const __m512 bb1 = r->bias ? _mm512_loadu_ps(r->bias + 16) : _mm512_setzero_ps();
            const __m512 bb2 = r->bias ? _mm512_loadu_ps(r->bias + 32) : _mm512_setzero_ps();
            const __m512 bb3 = r->bias ? _mm512_loadu_ps(r->bias + 48) : _mm512_setzero_ps();
            a0_0 = bb0;
            a0_1 = bb1;
            a0_2 = bb2;
            a0_3 = bb3;
            a1_0 = bb0;
            a1_1 = bb1;
            a1_2 = bb2;
            a1_3 = bb3;
            a2_0 = bb0;
            a2_1 = bb1;
            a2_2 = bb2;
            a2_3 = bb3;
            a3_0 = bb0;
            a3_1 = bb1;
            a3_2 = bb2;
            a3_3 = bb3;
        } else if (!r->ylanes) {
            a0_0 = _mm512_loadu_ps(y + r->yvoff[0]);
            a0_1 = _mm512_loadu_ps(y + r->yvoff[1]);
            a0_2 = _mm512_loadu_ps(y + r->yvoff[2]);
            a0_3 = _mm512_loadu_ps(y + r->yvoff[3]);
            a1_0 = _mm512_loadu_ps(y + 1 * ypix + r->yvoff[0]);
            a1_1 = _mm512_loadu_ps(y + 1 * ypix + r->yvoff[1]);
            a1_2 = _mm512_loadu_ps(y + 1 * ypix + r->yvoff[2]);
            a1_3 = _mm512_loadu_ps(y + 1 * ypix + r->yvoff[3]);
            a2_0 = _mm512_loadu_ps(y + 2 * ypix + r->yvoff[0]);
            a2_1 = _mm512_loadu_ps(y + 2 * ypix + r->yvoff[1]);
            a2_2 = _mm512_loadu_ps(y + 2 * ypix + r->yvoff[2]);
            a2_3 = _mm512_loadu_ps(y + 2 * ypix + r->yvoff[3]);
            a3_0 = _mm512_loadu_ps(y + 3 * ypix + r->yvoff[0]);
            a3_1 = _mm512_loadu_ps(y + 3 * ypix + r->yvoff[1]);
            a3_2 = _mm512_loadu_ps(y + 3 * ypix + r->yvoff[2]);
            a3_3 = _mm512_loadu_ps(y + 3 * ypix + r->yvoff[3]);
        } else {
            a0_0 = lanes_load(r, y + r->yvoff[0], 0);
            a0_1 = lanes_load(r, y + r->yvoff[1], 1);
            a0_2 = lanes_load(r, y + r->yvoff[2], 2);
            a0_3 = lanes_load(r, y + r->yvoff[3], 3);
            a1_0 = lanes_load(r, y + 1 * ypix + r->yvoff[0], 0);
            a1_1 = lanes_load(r, y + 1 * ypix + r->yvoff[1], 1);
            a1_2 = lanes_load(r, y + 1 * ypix + r->yvoff[2], 2);
            a1_3 = lanes_load(r, y + 1 * ypix + r->yvoff[3], 3);
            a2_0 = lanes_load(r, y + 2 * ypix + r->yvoff[0], 0);
            a2_1 = lanes_load(r, y + 2 * ypix + r->yvoff[1], 1);
            a2_2 = lanes_load(r, y + 2 * ypix + r->yvoff[2], 2);
            a2_3 = lanes_load(r, y + 2 * ypix + r->yvoff[3], 3);
            a3_0 = lanes_load(r, y + 3 * ypix + r->yvoff[0], 0);
            a3_1 = lanes_load(r, y + 3 * ypix + r->yvoff[1], 1);
            a3_2 = lanes_load(r, y + 3 * ypix + r->yvoff[2], 2);
            a3_3 = lanes_load(r, y + 3 * ypix + r->yvoff[3], 3);
        }
        const int n = r->kw * r->cib;
        const ptrdiff_t next = 4 * xp;
        if (r->kw > 1 && n >= 128) {
            for (int ky = r->ky0; ky < r->ky1; ky++) {
                const float *xt =
                    r->x + ((ptrdiff_t)r->iy0 + (ptrdiff_t)ky * r->dil_h) * r->xrow + col0 * r->xpix;
                const float *wi = r->w + (ptrdiff_t)ky * n * 64;
#pragma GCC unroll 4
                for (int ii = 0; ii < n; ii++, wi += 64) {
                    const float *xi = xt + ii;
                    if ((ii & 15) == 0) {
                        __builtin_prefetch(xi + next, 0, 3);
                        __builtin_prefetch(xi + next + 1 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 2 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 3 * xp, 0, 3);
                    }
                    const __m512 w0 = _mm512_loadu_ps(wi);
                    const __m512 w1 = _mm512_loadu_ps(wi + 16);
                    const __m512 w2 = _mm512_loadu_ps(wi + 32);
                    const __m512 w3 = _mm512_loadu_ps(wi + 48);
                    const __m512 x0 = _mm512_set1_ps(*xi);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                    a0_2 = _mm512_fmadd_ps(x0, w2, a0_2);
                    a0_3 = _mm512_fmadd_ps(x0, w3, a0_3);
                    const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                    a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                    a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                    a1_2 = _mm512_fmadd_ps(x1, w2, a1_2);
                    a1_3 = _mm512_fmadd_ps(x1, w3, a1_3);
                    const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                    a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                    a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                    a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                    a2_3 = _mm512_fmadd_ps(x2, w3, a2_3);
                    const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                    a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                    a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                    a3_2 = _mm512_fmadd_ps(x3, w2, a3_2);
                    a3_3 = _mm512_fmadd_ps(x3, w3, a3_3);
                }
            }
        } else {
            for (int ky = r->ky0; ky < r->ky1; ky++) {
                const float *xt =
                    r->x + ((ptrdiff_t)r->iy0 + (ptrdiff_t)ky * r->dil_h) * r->xrow + col0 * r->xpix;
                const float *wi = r->w + (ptrdiff_t)ky * n * 64;
#pragma GCC unroll 4
                for (int ii = 0; ii < n; ii++, wi += 64) {
                    const float *xi = xt + ii;
                    const __m512 w0 = _mm512_loadu_ps(wi);
                    const __m512 w1 = _mm512_loadu_ps(wi + 16);
                    const __m512 w2 = _mm512_loadu_ps(wi + 32);
                    const __m512 w3 = _mm512_loadu_ps(wi + 48);
                    const __m512 x0 = _mm512_set1_ps(*xi);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                    a0_2 = _mm512_fmadd_ps(x0, w2, a0_2);
                    a0_3 = _mm512_fmadd_ps(x0, w3, a0_3);
                    const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                    a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                    a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                    a1_2 = _mm512_fmadd_ps(x1, w2, a1_2);
                    a1_3 = _mm512_fmadd_ps(x1, w3, a1_3);
                    const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                    a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                    a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                    a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                    a2_3 = _mm512_fmadd_ps(x2, w3, a2_3);
                    const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                    a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                    a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                    a3_2 = _mm512_fmadd_ps(x3, w2, a3_2);
                    a3_3 = _mm512_fmadd_ps(x3, w3, a3_3);
                }
            }
        }
        if (r->last && r->relu) {
            a0_0 = _mm512_max_ps(a0_0, _mm512_setzero_ps());
            a0_1 = _mm512_max_ps(a0_1, _mm512_setzero_ps());
            a0_2 = _mm512_max_ps(a0_2, _mm512_setzero_ps());
            a0_3 = _mm512_max_ps(a0_3, _mm512_setzero_ps());
            a1_0 = _mm512_max_ps(a1_0, _mm512_setzero_ps());
            a1_1 = _mm512_max_ps(a1_1, _mm512_setzero_ps());
            a1_2 = _mm512_max_ps(a1_2, _mm512_setzero_ps());
            a1_3 = _mm512_max_ps(a1_3, _mm512_setzero_ps());
            a2_0 = _mm512_max_ps(a2_0, _mm512_setzero_ps());
            a2_1 = _mm512_max_ps(a2_1, _mm512_setzero_ps());
            a2_2 = _mm512_max_ps(a2_2, _mm512_setzero_ps());
            a2_3 = _mm512_max_ps(a2_3, _mm512_setzero_ps());
            a3_0 = _mm512_max_ps(a3_0, _mm512_setzero_ps());
            a3_1 = _mm512_max_ps(a3_1, _mm512_setzero_ps());
            a3_2 = _mm512_max_ps(a3_2, _mm512_setzero_ps());
            a3_3 = _mm512_max_ps(a3_3, _mm512_setzero_ps());
        }
        if (!r->ylanes) {
            _mm512_storeu_ps(y + r->yvoff[0], a0_0);
            _mm512_storeu_ps(y + r->yvoff[1], a0_1);
            _mm512_storeu_ps(y + r->yvoff[2], a0_2);
            _mm512_storeu_ps(y + r->yvoff[3], a0_3);
            _mm512_storeu_ps(y + 1 * ypix + r->yvoff[0], a1_0);
            _mm512_storeu_ps(y + 1 * ypix + r->yvoff[1], a1_1);
            _mm512_storeu_ps(y + 1 * ypix + r->yvoff[2], a1_2);
            _mm512_storeu_ps(y + 1 * ypix + r->yvoff[3], a1_3);
            _mm512_storeu_ps(y + 2 * ypix + r->yvoff[0], a2_0);
            _mm512_storeu_ps(y + 2 * ypix + r->yvoff[1], a2_1);
            _mm512_storeu_ps(y + 2 * ypix + r->yvoff[2], a2_2);
            _mm512_storeu_ps(y + 2 * ypix + r->yvoff[3], a2_3);
            _mm512_storeu_ps(y + 3 * ypix + r->yvoff[0], a3_0);
            _mm512_storeu_ps(y + 3 * ypix + r->yvoff[1], a3_1);
            _mm512_storeu_ps(y + 3 * ypix + r->yvoff[2], a3_2);
            _mm512_storeu_ps(y + 3 * ypix + r->yvoff[3], a3_3);
        } else if (r->ych != 1 && r->ypix == 1) {
            /* NCHW: each vector's W columns transposed into one run per channel */
            __m512 t[16];
            t[0] = a0_0;
            t[1] = a1_0;
            t[2] = a2_0;
            t[3] = a3_0;
            plane_store(y + r->yvoff[0], r->ych, t, 4);
            t[0] = a0_1;
            t[1] = a1_1;
            t[2] = a2_1;
            t[3] = a3_1;
            plane_store(y + r->yvoff[1], r->ych, t, 4);
            t[0] = a0_2;
            t[1] = a1_2;
            t[2] = a2_2;
            t[3] = a3_2;
            plane_store(y + r->yvoff[2], r->ych, t, 4);
            t[0] = a0_3;
            t[1] = a1_3;
            t[2] = a2_3;
            t[3] = a3_3;
            plane_store(y + r->yvoff[3], r->ych, t, 4);
        } else {
            lanes_store(r, y + r->yvoff[0], 0, a0_0);
            lanes_store(r, y + r->yvoff[1], 1, a0_1);
            lanes_store(r, y + r->yvoff[2], 2, a0_2);
            lanes_store(r, y + r->yvoff[3], 3, a0_3);
            lanes_store(r, y + 1 * ypix + r->yvoff[0], 0, a1_0);
            lanes_store(r, y + 1 * ypix + r->yvoff[1], 1, a1_1);
            lanes_store(r, y + 1 * ypix + r->yvoff[2], 2, a1_2);
            lanes_store(r, y + 1 * ypix + r->yvoff[3], 3, a1_3);
            lanes_store(r, y + 2 * ypix + r->yvoff[0], 0, a2_0);
            lanes_store(r, y + 2 * ypix + r->yvoff[1], 1, a2_1);
            lanes_store(r, y + 2 * ypix + r->yvoff[2], 2, a2_2);
            lanes_store(r, y + 2 * ypix + r->yvoff[3], 3, a2_3);
            lanes_store(r, y + 3 * ypix + r->yvoff[0], 0, a3_0);
            lanes_store(r, y + 3 * ypix + r->yvoff[1], 1, a3_1);
            lanes_store(r, y + 3 * ypix + r->yvoff[2], 2, a3_2);
            lanes_store(r, y + 3 * ypix + r->yvoff[3], 3, a3_3);
        }
    }
}

/* 4 columns tap by tap, any block; false (nothing done) if a tap cuts
 * more than 3 columns at either end or kw > 16.  With long taps (cib >=
 * 32) in the order of the weights, ky then kx: a kernel row's input stays
 * in L1 over its kw taps.  Short taps keep kx outer: the cut, hence the
 * switch's target, then repeats over ky (the 7x7 first layer with C = 3
 * lost 2-4 % with ky outer). */
static __attribute__((noinline)) bool lmc_f32_direct_conv_64cx6w_taps4__avx512(const lmc_direct_row *r,
                                                                               int ox0)
{
    const bool inner = lmc_direct_block_interior(r, ox0, 4);
    signed char pas[16], cuts[16];
    if (r->kw > 16) return false;
    for (int kx = 0; kx < r->kw; kx++) {
        int pa = 0, pb = 4;
        if (!inner) lmc_direct_tap_cols(r, kx, ox0, 4, &pa, &pb);
        const int cut = cut_case(pa, pb, 4);
        if (pa < pb && cut < 0) return false;
        pas[kx] = (signed char)pa;
        cuts[kx] = (signed char)(pa < pb ? cut : -1);
    }
    const ptrdiff_t ypix = r->ypix, xp = (ptrdiff_t)r->stride_w * r->xpix;
    const ptrdiff_t col0 = (ptrdiff_t)ox0 * r->stride_w - r->pad_left;
    float *y = r->y + (ptrdiff_t)ox0 * ypix;
    __m512 a0_0, a0_1, a0_2, a0_3;
    __m512 a1_0, a1_1, a1_2, a1_3;
    __m512 a2_0, a2_1, a2_2, a2_3;
    __m512 a3_0, a3_1, a3_2, a3_3;
    if (r->first) {
        const __m512 bb0 = r->bias ? _mm512_loadu_ps(r->bias) : _mm512_setzero_ps();
        const __m512 bb1 = r->bias ? _mm512_loadu_ps(r->bias + 16) : _mm512_setzero_ps();
        const __m512 bb2 = r->bias ? _mm512_loadu_ps(r->bias + 32) : _mm512_setzero_ps();
        const __m512 bb3 = r->bias ? _mm512_loadu_ps(r->bias + 48) : _mm512_setzero_ps();
        a0_0 = bb0;
        a0_1 = bb1;
        a0_2 = bb2;
        a0_3 = bb3;
        a1_0 = bb0;
        a1_1 = bb1;
        a1_2 = bb2;
        a1_3 = bb3;
        a2_0 = bb0;
        a2_1 = bb1;
        a2_2 = bb2;
        a2_3 = bb3;
        a3_0 = bb0;
        a3_1 = bb1;
        a3_2 = bb2;
        a3_3 = bb3;
    } else if (!r->ylanes) {
        a0_0 = _mm512_loadu_ps(y + r->yvoff[0]);
        a0_1 = _mm512_loadu_ps(y + r->yvoff[1]);
        a0_2 = _mm512_loadu_ps(y + r->yvoff[2]);
        a0_3 = _mm512_loadu_ps(y + r->yvoff[3]);
        a1_0 = _mm512_loadu_ps(y + 1 * ypix + r->yvoff[0]);
        a1_1 = _mm512_loadu_ps(y + 1 * ypix + r->yvoff[1]);
        a1_2 = _mm512_loadu_ps(y + 1 * ypix + r->yvoff[2]);
        a1_3 = _mm512_loadu_ps(y + 1 * ypix + r->yvoff[3]);
        a2_0 = _mm512_loadu_ps(y + 2 * ypix + r->yvoff[0]);
        a2_1 = _mm512_loadu_ps(y + 2 * ypix + r->yvoff[1]);
        a2_2 = _mm512_loadu_ps(y + 2 * ypix + r->yvoff[2]);
        a2_3 = _mm512_loadu_ps(y + 2 * ypix + r->yvoff[3]);
        a3_0 = _mm512_loadu_ps(y + 3 * ypix + r->yvoff[0]);
        a3_1 = _mm512_loadu_ps(y + 3 * ypix + r->yvoff[1]);
        a3_2 = _mm512_loadu_ps(y + 3 * ypix + r->yvoff[2]);
        a3_3 = _mm512_loadu_ps(y + 3 * ypix + r->yvoff[3]);
    } else {
        a0_0 = lanes_load(r, y + r->yvoff[0], 0);
        a0_1 = lanes_load(r, y + r->yvoff[1], 1);
        a0_2 = lanes_load(r, y + r->yvoff[2], 2);
        a0_3 = lanes_load(r, y + r->yvoff[3], 3);
        a1_0 = lanes_load(r, y + 1 * ypix + r->yvoff[0], 0);
        a1_1 = lanes_load(r, y + 1 * ypix + r->yvoff[1], 1);
        a1_2 = lanes_load(r, y + 1 * ypix + r->yvoff[2], 2);
        a1_3 = lanes_load(r, y + 1 * ypix + r->yvoff[3], 3);
        a2_0 = lanes_load(r, y + 2 * ypix + r->yvoff[0], 0);
        a2_1 = lanes_load(r, y + 2 * ypix + r->yvoff[1], 1);
        a2_2 = lanes_load(r, y + 2 * ypix + r->yvoff[2], 2);
        a2_3 = lanes_load(r, y + 2 * ypix + r->yvoff[3], 3);
        a3_0 = lanes_load(r, y + 3 * ypix + r->yvoff[0], 0);
        a3_1 = lanes_load(r, y + 3 * ypix + r->yvoff[1], 1);
        a3_2 = lanes_load(r, y + 3 * ypix + r->yvoff[2], 2);
        a3_3 = lanes_load(r, y + 3 * ypix + r->yvoff[3], 3);
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
                    const float *wt = r->w + ((ptrdiff_t)ky * r->kw + kx) * cib * 64;
                    switch (cut) {
                    case 0: { /* columns [0, 4) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 w2 = _mm512_loadu_ps(wi + 32);
                                const __m512 w3 = _mm512_loadu_ps(wi + 48);
                                const __m512 x0 = _mm512_set1_ps(*xi);
                                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                                a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                                a0_2 = _mm512_fmadd_ps(x0, w2, a0_2);
                                a0_3 = _mm512_fmadd_ps(x0, w3, a0_3);
                                const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                a1_2 = _mm512_fmadd_ps(x1, w2, a1_2);
                                a1_3 = _mm512_fmadd_ps(x1, w3, a1_3);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                                a2_3 = _mm512_fmadd_ps(x2, w3, a2_3);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                a3_2 = _mm512_fmadd_ps(x3, w2, a3_2);
                                a3_3 = _mm512_fmadd_ps(x3, w3, a3_3);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 1: { /* columns [0, 3) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 w2 = _mm512_loadu_ps(wi + 32);
                                const __m512 w3 = _mm512_loadu_ps(wi + 48);
                                const __m512 x0 = _mm512_set1_ps(*xi);
                                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                                a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                                a0_2 = _mm512_fmadd_ps(x0, w2, a0_2);
                                a0_3 = _mm512_fmadd_ps(x0, w3, a0_3);
                                const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                a1_2 = _mm512_fmadd_ps(x1, w2, a1_2);
                                a1_3 = _mm512_fmadd_ps(x1, w3, a1_3);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                                a2_3 = _mm512_fmadd_ps(x2, w3, a2_3);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 2: { /* columns [0, 2) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 w2 = _mm512_loadu_ps(wi + 32);
                                const __m512 w3 = _mm512_loadu_ps(wi + 48);
                                const __m512 x0 = _mm512_set1_ps(*xi);
                                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                                a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                                a0_2 = _mm512_fmadd_ps(x0, w2, a0_2);
                                a0_3 = _mm512_fmadd_ps(x0, w3, a0_3);
                                const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                a1_2 = _mm512_fmadd_ps(x1, w2, a1_2);
                                a1_3 = _mm512_fmadd_ps(x1, w3, a1_3);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 3: { /* columns [0, 1) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 w2 = _mm512_loadu_ps(wi + 32);
                                const __m512 w3 = _mm512_loadu_ps(wi + 48);
                                const __m512 x0 = _mm512_set1_ps(*xi);
                                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                                a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                                a0_2 = _mm512_fmadd_ps(x0, w2, a0_2);
                                a0_3 = _mm512_fmadd_ps(x0, w3, a0_3);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 4: { /* columns [1, 4) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 w2 = _mm512_loadu_ps(wi + 32);
                                const __m512 w3 = _mm512_loadu_ps(wi + 48);
                                const __m512 x1 = _mm512_set1_ps(*xi);
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                a1_2 = _mm512_fmadd_ps(x1, w2, a1_2);
                                a1_3 = _mm512_fmadd_ps(x1, w3, a1_3);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                                a2_3 = _mm512_fmadd_ps(x2, w3, a2_3);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                a3_2 = _mm512_fmadd_ps(x3, w2, a3_2);
                                a3_3 = _mm512_fmadd_ps(x3, w3, a3_3);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 5: { /* columns [1, 3) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 w2 = _mm512_loadu_ps(wi + 32);
                                const __m512 w3 = _mm512_loadu_ps(wi + 48);
                                const __m512 x1 = _mm512_set1_ps(*xi);
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                a1_2 = _mm512_fmadd_ps(x1, w2, a1_2);
                                a1_3 = _mm512_fmadd_ps(x1, w3, a1_3);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                                a2_3 = _mm512_fmadd_ps(x2, w3, a2_3);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 6: { /* columns [1, 2) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 w2 = _mm512_loadu_ps(wi + 32);
                                const __m512 w3 = _mm512_loadu_ps(wi + 48);
                                const __m512 x1 = _mm512_set1_ps(*xi);
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                a1_2 = _mm512_fmadd_ps(x1, w2, a1_2);
                                a1_3 = _mm512_fmadd_ps(x1, w3, a1_3);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 8: { /* columns [2, 4) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 w2 = _mm512_loadu_ps(wi + 32);
                                const __m512 w3 = _mm512_loadu_ps(wi + 48);
                                const __m512 x2 = _mm512_set1_ps(*xi);
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                                a2_3 = _mm512_fmadd_ps(x2, w3, a2_3);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                a3_2 = _mm512_fmadd_ps(x3, w2, a3_2);
                                a3_3 = _mm512_fmadd_ps(x3, w3, a3_3);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 9: { /* columns [2, 3) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 w2 = _mm512_loadu_ps(wi + 32);
                                const __m512 w3 = _mm512_loadu_ps(wi + 48);
                                const __m512 x2 = _mm512_set1_ps(*xi);
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                                a2_3 = _mm512_fmadd_ps(x2, w3, a2_3);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 12: { /* columns [3, 4) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 w2 = _mm512_loadu_ps(wi + 32);
                                const __m512 w3 = _mm512_loadu_ps(wi + 48);
                                const __m512 x3 = _mm512_set1_ps(*xi);
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                a3_2 = _mm512_fmadd_ps(x3, w2, a3_2);
                                a3_3 = _mm512_fmadd_ps(x3, w3, a3_3);
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
                const float *wt = r->w + ((ptrdiff_t)ky * r->kw + kx) * cib * 64;
                switch (cut) {
                case 0: { /* columns [0, 4) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 w2 = _mm512_loadu_ps(wi + 32);
                            const __m512 w3 = _mm512_loadu_ps(wi + 48);
                            const __m512 x0 = _mm512_set1_ps(*xi);
                            a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                            a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                            a0_2 = _mm512_fmadd_ps(x0, w2, a0_2);
                            a0_3 = _mm512_fmadd_ps(x0, w3, a0_3);
                            const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            a1_2 = _mm512_fmadd_ps(x1, w2, a1_2);
                            a1_3 = _mm512_fmadd_ps(x1, w3, a1_3);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                            a2_3 = _mm512_fmadd_ps(x2, w3, a2_3);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            a3_2 = _mm512_fmadd_ps(x3, w2, a3_2);
                            a3_3 = _mm512_fmadd_ps(x3, w3, a3_3);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 1: { /* columns [0, 3) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 w2 = _mm512_loadu_ps(wi + 32);
                            const __m512 w3 = _mm512_loadu_ps(wi + 48);
                            const __m512 x0 = _mm512_set1_ps(*xi);
                            a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                            a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                            a0_2 = _mm512_fmadd_ps(x0, w2, a0_2);
                            a0_3 = _mm512_fmadd_ps(x0, w3, a0_3);
                            const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            a1_2 = _mm512_fmadd_ps(x1, w2, a1_2);
                            a1_3 = _mm512_fmadd_ps(x1, w3, a1_3);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                            a2_3 = _mm512_fmadd_ps(x2, w3, a2_3);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 2: { /* columns [0, 2) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 w2 = _mm512_loadu_ps(wi + 32);
                            const __m512 w3 = _mm512_loadu_ps(wi + 48);
                            const __m512 x0 = _mm512_set1_ps(*xi);
                            a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                            a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                            a0_2 = _mm512_fmadd_ps(x0, w2, a0_2);
                            a0_3 = _mm512_fmadd_ps(x0, w3, a0_3);
                            const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            a1_2 = _mm512_fmadd_ps(x1, w2, a1_2);
                            a1_3 = _mm512_fmadd_ps(x1, w3, a1_3);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 3: { /* columns [0, 1) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 w2 = _mm512_loadu_ps(wi + 32);
                            const __m512 w3 = _mm512_loadu_ps(wi + 48);
                            const __m512 x0 = _mm512_set1_ps(*xi);
                            a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                            a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                            a0_2 = _mm512_fmadd_ps(x0, w2, a0_2);
                            a0_3 = _mm512_fmadd_ps(x0, w3, a0_3);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 4: { /* columns [1, 4) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 w2 = _mm512_loadu_ps(wi + 32);
                            const __m512 w3 = _mm512_loadu_ps(wi + 48);
                            const __m512 x1 = _mm512_set1_ps(*xi);
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            a1_2 = _mm512_fmadd_ps(x1, w2, a1_2);
                            a1_3 = _mm512_fmadd_ps(x1, w3, a1_3);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                            a2_3 = _mm512_fmadd_ps(x2, w3, a2_3);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            a3_2 = _mm512_fmadd_ps(x3, w2, a3_2);
                            a3_3 = _mm512_fmadd_ps(x3, w3, a3_3);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 5: { /* columns [1, 3) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 w2 = _mm512_loadu_ps(wi + 32);
                            const __m512 w3 = _mm512_loadu_ps(wi + 48);
                            const __m512 x1 = _mm512_set1_ps(*xi);
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            a1_2 = _mm512_fmadd_ps(x1, w2, a1_2);
                            a1_3 = _mm512_fmadd_ps(x1, w3, a1_3);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                            a2_3 = _mm512_fmadd_ps(x2, w3, a2_3);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 6: { /* columns [1, 2) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 w2 = _mm512_loadu_ps(wi + 32);
                            const __m512 w3 = _mm512_loadu_ps(wi + 48);
                            const __m512 x1 = _mm512_set1_ps(*xi);
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            a1_2 = _mm512_fmadd_ps(x1, w2, a1_2);
                            a1_3 = _mm512_fmadd_ps(x1, w3, a1_3);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 8: { /* columns [2, 4) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 w2 = _mm512_loadu_ps(wi + 32);
                            const __m512 w3 = _mm512_loadu_ps(wi + 48);
                            const __m512 x2 = _mm512_set1_ps(*xi);
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                            a2_3 = _mm512_fmadd_ps(x2, w3, a2_3);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            a3_2 = _mm512_fmadd_ps(x3, w2, a3_2);
                            a3_3 = _mm512_fmadd_ps(x3, w3, a3_3);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 9: { /* columns [2, 3) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 w2 = _mm512_loadu_ps(wi + 32);
                            const __m512 w3 = _mm512_loadu_ps(wi + 48);
                            const __m512 x2 = _mm512_set1_ps(*xi);
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                            a2_3 = _mm512_fmadd_ps(x2, w3, a2_3);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 12: { /* columns [3, 4) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 w2 = _mm512_loadu_ps(wi + 32);
                            const __m512 w3 = _mm512_loadu_ps(wi + 48);
                            const __m512 x3 = _mm512_set1_ps(*xi);
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            a3_2 = _mm512_fmadd_ps(x3, w2, a3_2);
                            a3_3 = _mm512_fmadd_ps(x3, w3, a3_3);
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
        a0_2 = _mm512_max_ps(a0_2, _mm512_setzero_ps());
        a0_3 = _mm512_max_ps(a0_3, _mm512_setzero_ps());
        a1_0 = _mm512_max_ps(a1_0, _mm512_setzero_ps());
        a1_1 = _mm512_max_ps(a1_1, _mm512_setzero_ps());
        a1_2 = _mm512_max_ps(a1_2, _mm512_setzero_ps());
        a1_3 = _mm512_max_ps(a1_3, _mm512_setzero_ps());
        a2_0 = _mm512_max_ps(a2_0, _mm512_setzero_ps());
        a2_1 = _mm512_max_ps(a2_1, _mm512_setzero_ps());
        a2_2 = _mm512_max_ps(a2_2, _mm512_setzero_ps());
        a2_3 = _mm512_max_ps(a2_3, _mm512_setzero_ps());
        a3_0 = _mm512_max_ps(a3_0, _mm512_setzero_ps());
        a3_1 = _mm512_max_ps(a3_1, _mm512_setzero_ps());
        a3_2 = _mm512_max_ps(a3_2, _mm512_setzero_ps());
        a3_3 = _mm512_max_ps(a3_3, _mm512_setzero_ps());
    }
    if (!r->ylanes) {
        _mm512_storeu_ps(y + r->yvoff[0], a0_0);
        _mm512_storeu_ps(y + r->yvoff[1], a0_1);
        _mm512_storeu_ps(y + r->yvoff[2], a0_2);
        _mm512_storeu_ps(y + r->yvoff[3], a0_3);
        _mm512_storeu_ps(y + 1 * ypix + r->yvoff[0], a1_0);
        _mm512_storeu_ps(y + 1 * ypix + r->yvoff[1], a1_1);
        _mm512_storeu_ps(y + 1 * ypix + r->yvoff[2], a1_2);
        _mm512_storeu_ps(y + 1 * ypix + r->yvoff[3], a1_3);
        _mm512_storeu_ps(y + 2 * ypix + r->yvoff[0], a2_0);
        _mm512_storeu_ps(y + 2 * ypix + r->yvoff[1], a2_1);
        _mm512_storeu_ps(y + 2 * ypix + r->yvoff[2], a2_2);
        _mm512_storeu_ps(y + 2 * ypix + r->yvoff[3], a2_3);
        _mm512_storeu_ps(y + 3 * ypix + r->yvoff[0], a3_0);
        _mm512_storeu_ps(y + 3 * ypix + r->yvoff[1], a3_1);
        _mm512_storeu_ps(y + 3 * ypix + r->yvoff[2], a3_2);
        _mm512_storeu_ps(y + 3 * ypix + r->yvoff[3], a3_3);
    } else if (r->ych != 1 && r->ypix == 1) {
        /* NCHW: each vector's W columns transposed into one run per channel */
        __m512 t[16];
        t[0] = a0_0;
        t[1] = a1_0;
        t[2] = a2_0;
        t[3] = a3_0;
        plane_store(y + r->yvoff[0], r->ych, t, 4);
        t[0] = a0_1;
        t[1] = a1_1;
        t[2] = a2_1;
        t[3] = a3_1;
        plane_store(y + r->yvoff[1], r->ych, t, 4);
        t[0] = a0_2;
        t[1] = a1_2;
        t[2] = a2_2;
        t[3] = a3_2;
        plane_store(y + r->yvoff[2], r->ych, t, 4);
        t[0] = a0_3;
        t[1] = a1_3;
        t[2] = a2_3;
        t[3] = a3_3;
        plane_store(y + r->yvoff[3], r->ych, t, 4);
    } else {
        lanes_store(r, y + r->yvoff[0], 0, a0_0);
        lanes_store(r, y + r->yvoff[1], 1, a0_1);
        lanes_store(r, y + r->yvoff[2], 2, a0_2);
        lanes_store(r, y + r->yvoff[3], 3, a0_3);
        lanes_store(r, y + 1 * ypix + r->yvoff[0], 0, a1_0);
        lanes_store(r, y + 1 * ypix + r->yvoff[1], 1, a1_1);
        lanes_store(r, y + 1 * ypix + r->yvoff[2], 2, a1_2);
        lanes_store(r, y + 1 * ypix + r->yvoff[3], 3, a1_3);
        lanes_store(r, y + 2 * ypix + r->yvoff[0], 0, a2_0);
        lanes_store(r, y + 2 * ypix + r->yvoff[1], 1, a2_1);
        lanes_store(r, y + 2 * ypix + r->yvoff[2], 2, a2_2);
        lanes_store(r, y + 2 * ypix + r->yvoff[3], 3, a2_3);
        lanes_store(r, y + 3 * ypix + r->yvoff[0], 0, a3_0);
        lanes_store(r, y + 3 * ypix + r->yvoff[1], 1, a3_1);
        lanes_store(r, y + 3 * ypix + r->yvoff[2], 2, a3_2);
        lanes_store(r, y + 3 * ypix + r->yvoff[3], 3, a3_3);
    }
    return true;
}

/* 5 columns, a run of nblk interior blocks with merge_kx (rows.c has
 * checked that they are): per kernel row one reduction over kw * C.  The
 * next block's input is prefetched when the reduction is long enough to
 * hide it (VGG's 3x3 layers 2-5 % faster; short ones, C = 3 or 1x1 with 64
 * channels, lost). */
static __attribute__((noinline)) void lmc_f32_direct_conv_64cx6w_merged5__avx512(const lmc_direct_row *r, int ox0,
                                                                                 int nblk)
{
    for (const int ox_end = ox0 + nblk * 5; ox0 < ox_end; ox0 += 5) {
        const ptrdiff_t ypix = r->ypix, xp = (ptrdiff_t)r->stride_w * r->xpix;
        const ptrdiff_t col0 = (ptrdiff_t)ox0 * r->stride_w - r->pad_left;
        float *y = r->y + (ptrdiff_t)ox0 * ypix;
        __m512 a0_0, a0_1, a0_2, a0_3;
        __m512 a1_0, a1_1, a1_2, a1_3;
        __m512 a2_0, a2_1, a2_2, a2_3;
        __m512 a3_0, a3_1, a3_2, a3_3;
        __m512 a4_0, a4_1, a4_2, a4_3;
        if (r->first) {
            const __m512 bb0 = r->bias ? _mm512_loadu_ps(r->bias) : _mm512_setzero_ps();
            const __m512 bb1 = r->bias ? _mm512_loadu_ps(r->bias + 16) : _mm512_setzero_ps();
            const __m512 bb2 = r->bias ? _mm512_loadu_ps(r->bias + 32) : _mm512_setzero_ps();
            const __m512 bb3 = r->bias ? _mm512_loadu_ps(r->bias + 48) : _mm512_setzero_ps();
            a0_0 = bb0;
            a0_1 = bb1;
            a0_2 = bb2;
            a0_3 = bb3;
            a1_0 = bb0;
            a1_1 = bb1;
            a1_2 = bb2;
            a1_3 = bb3;
            a2_0 = bb0;
            a2_1 = bb1;
            a2_2 = bb2;
            a2_3 = bb3;
            a3_0 = bb0;
            a3_1 = bb1;
            a3_2 = bb2;
            a3_3 = bb3;
            a4_0 = bb0;
            a4_1 = bb1;
            a4_2 = bb2;
            a4_3 = bb3;
        } else if (!r->ylanes) {
            a0_0 = _mm512_loadu_ps(y + r->yvoff[0]);
            a0_1 = _mm512_loadu_ps(y + r->yvoff[1]);
            a0_2 = _mm512_loadu_ps(y + r->yvoff[2]);
            a0_3 = _mm512_loadu_ps(y + r->yvoff[3]);
            a1_0 = _mm512_loadu_ps(y + 1 * ypix + r->yvoff[0]);
            a1_1 = _mm512_loadu_ps(y + 1 * ypix + r->yvoff[1]);
            a1_2 = _mm512_loadu_ps(y + 1 * ypix + r->yvoff[2]);
            a1_3 = _mm512_loadu_ps(y + 1 * ypix + r->yvoff[3]);
            a2_0 = _mm512_loadu_ps(y + 2 * ypix + r->yvoff[0]);
            a2_1 = _mm512_loadu_ps(y + 2 * ypix + r->yvoff[1]);
            a2_2 = _mm512_loadu_ps(y + 2 * ypix + r->yvoff[2]);
            a2_3 = _mm512_loadu_ps(y + 2 * ypix + r->yvoff[3]);
            a3_0 = _mm512_loadu_ps(y + 3 * ypix + r->yvoff[0]);
            a3_1 = _mm512_loadu_ps(y + 3 * ypix + r->yvoff[1]);
            a3_2 = _mm512_loadu_ps(y + 3 * ypix + r->yvoff[2]);
            a3_3 = _mm512_loadu_ps(y + 3 * ypix + r->yvoff[3]);
            a4_0 = _mm512_loadu_ps(y + 4 * ypix + r->yvoff[0]);
            a4_1 = _mm512_loadu_ps(y + 4 * ypix + r->yvoff[1]);
            a4_2 = _mm512_loadu_ps(y + 4 * ypix + r->yvoff[2]);
            a4_3 = _mm512_loadu_ps(y + 4 * ypix + r->yvoff[3]);
        } else {
            a0_0 = lanes_load(r, y + r->yvoff[0], 0);
            a0_1 = lanes_load(r, y + r->yvoff[1], 1);
            a0_2 = lanes_load(r, y + r->yvoff[2], 2);
            a0_3 = lanes_load(r, y + r->yvoff[3], 3);
            a1_0 = lanes_load(r, y + 1 * ypix + r->yvoff[0], 0);
            a1_1 = lanes_load(r, y + 1 * ypix + r->yvoff[1], 1);
            a1_2 = lanes_load(r, y + 1 * ypix + r->yvoff[2], 2);
            a1_3 = lanes_load(r, y + 1 * ypix + r->yvoff[3], 3);
            a2_0 = lanes_load(r, y + 2 * ypix + r->yvoff[0], 0);
            a2_1 = lanes_load(r, y + 2 * ypix + r->yvoff[1], 1);
            a2_2 = lanes_load(r, y + 2 * ypix + r->yvoff[2], 2);
            a2_3 = lanes_load(r, y + 2 * ypix + r->yvoff[3], 3);
            a3_0 = lanes_load(r, y + 3 * ypix + r->yvoff[0], 0);
            a3_1 = lanes_load(r, y + 3 * ypix + r->yvoff[1], 1);
            a3_2 = lanes_load(r, y + 3 * ypix + r->yvoff[2], 2);
            a3_3 = lanes_load(r, y + 3 * ypix + r->yvoff[3], 3);
            a4_0 = lanes_load(r, y + 4 * ypix + r->yvoff[0], 0);
            a4_1 = lanes_load(r, y + 4 * ypix + r->yvoff[1], 1);
            a4_2 = lanes_load(r, y + 4 * ypix + r->yvoff[2], 2);
            a4_3 = lanes_load(r, y + 4 * ypix + r->yvoff[3], 3);
        }
        const int n = r->kw * r->cib;
        const ptrdiff_t next = 5 * xp;
        if (r->kw > 1 && n >= 128) {
            for (int ky = r->ky0; ky < r->ky1; ky++) {
                const float *xt =
                    r->x + ((ptrdiff_t)r->iy0 + (ptrdiff_t)ky * r->dil_h) * r->xrow + col0 * r->xpix;
                const float *wi = r->w + (ptrdiff_t)ky * n * 64;
#pragma GCC unroll 4
                for (int ii = 0; ii < n; ii++, wi += 64) {
                    const float *xi = xt + ii;
                    if ((ii & 15) == 0) {
                        __builtin_prefetch(xi + next, 0, 3);
                        __builtin_prefetch(xi + next + 1 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 2 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 3 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 4 * xp, 0, 3);
                    }
                    const __m512 w0 = _mm512_loadu_ps(wi);
                    const __m512 w1 = _mm512_loadu_ps(wi + 16);
                    const __m512 w2 = _mm512_loadu_ps(wi + 32);
                    const __m512 w3 = _mm512_loadu_ps(wi + 48);
                    const __m512 x0 = _mm512_set1_ps(*xi);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                    a0_2 = _mm512_fmadd_ps(x0, w2, a0_2);
                    a0_3 = _mm512_fmadd_ps(x0, w3, a0_3);
                    const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                    a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                    a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                    a1_2 = _mm512_fmadd_ps(x1, w2, a1_2);
                    a1_3 = _mm512_fmadd_ps(x1, w3, a1_3);
                    const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                    a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                    a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                    a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                    a2_3 = _mm512_fmadd_ps(x2, w3, a2_3);
                    const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                    a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                    a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                    a3_2 = _mm512_fmadd_ps(x3, w2, a3_2);
                    a3_3 = _mm512_fmadd_ps(x3, w3, a3_3);
                    const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                    a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                    a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                    a4_2 = _mm512_fmadd_ps(x4, w2, a4_2);
                    a4_3 = _mm512_fmadd_ps(x4, w3, a4_3);
                }
            }
        } else {
            for (int ky = r->ky0; ky < r->ky1; ky++) {
                const float *xt =
                    r->x + ((ptrdiff_t)r->iy0 + (ptrdiff_t)ky * r->dil_h) * r->xrow + col0 * r->xpix;
                const float *wi = r->w + (ptrdiff_t)ky * n * 64;
#pragma GCC unroll 4
                for (int ii = 0; ii < n; ii++, wi += 64) {
                    const float *xi = xt + ii;
                    const __m512 w0 = _mm512_loadu_ps(wi);
                    const __m512 w1 = _mm512_loadu_ps(wi + 16);
                    const __m512 w2 = _mm512_loadu_ps(wi + 32);
                    const __m512 w3 = _mm512_loadu_ps(wi + 48);
                    const __m512 x0 = _mm512_set1_ps(*xi);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                    a0_2 = _mm512_fmadd_ps(x0, w2, a0_2);
                    a0_3 = _mm512_fmadd_ps(x0, w3, a0_3);
                    const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                    a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                    a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                    a1_2 = _mm512_fmadd_ps(x1, w2, a1_2);
                    a1_3 = _mm512_fmadd_ps(x1, w3, a1_3);
                    const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                    a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                    a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                    a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                    a2_3 = _mm512_fmadd_ps(x2, w3, a2_3);
                    const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                    a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                    a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                    a3_2 = _mm512_fmadd_ps(x3, w2, a3_2);
                    a3_3 = _mm512_fmadd_ps(x3, w3, a3_3);
                    const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                    a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                    a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                    a4_2 = _mm512_fmadd_ps(x4, w2, a4_2);
                    a4_3 = _mm512_fmadd_ps(x4, w3, a4_3);
                }
            }
        }
        if (r->last && r->relu) {
            a0_0 = _mm512_max_ps(a0_0, _mm512_setzero_ps());
            a0_1 = _mm512_max_ps(a0_1, _mm512_setzero_ps());
            a0_2 = _mm512_max_ps(a0_2, _mm512_setzero_ps());
            a0_3 = _mm512_max_ps(a0_3, _mm512_setzero_ps());
            a1_0 = _mm512_max_ps(a1_0, _mm512_setzero_ps());
            a1_1 = _mm512_max_ps(a1_1, _mm512_setzero_ps());
            a1_2 = _mm512_max_ps(a1_2, _mm512_setzero_ps());
            a1_3 = _mm512_max_ps(a1_3, _mm512_setzero_ps());
            a2_0 = _mm512_max_ps(a2_0, _mm512_setzero_ps());
            a2_1 = _mm512_max_ps(a2_1, _mm512_setzero_ps());
            a2_2 = _mm512_max_ps(a2_2, _mm512_setzero_ps());
            a2_3 = _mm512_max_ps(a2_3, _mm512_setzero_ps());
            a3_0 = _mm512_max_ps(a3_0, _mm512_setzero_ps());
            a3_1 = _mm512_max_ps(a3_1, _mm512_setzero_ps());
            a3_2 = _mm512_max_ps(a3_2, _mm512_setzero_ps());
            a3_3 = _mm512_max_ps(a3_3, _mm512_setzero_ps());
            a4_0 = _mm512_max_ps(a4_0, _mm512_setzero_ps());
            a4_1 = _mm512_max_ps(a4_1, _mm512_setzero_ps());
            a4_2 = _mm512_max_ps(a4_2, _mm512_setzero_ps());
            a4_3 = _mm512_max_ps(a4_3, _mm512_setzero_ps());
        }
        if (!r->ylanes) {
            _mm512_storeu_ps(y + r->yvoff[0], a0_0);
            _mm512_storeu_ps(y + r->yvoff[1], a0_1);
            _mm512_storeu_ps(y + r->yvoff[2], a0_2);
            _mm512_storeu_ps(y + r->yvoff[3], a0_3);
            _mm512_storeu_ps(y + 1 * ypix + r->yvoff[0], a1_0);
            _mm512_storeu_ps(y + 1 * ypix + r->yvoff[1], a1_1);
            _mm512_storeu_ps(y + 1 * ypix + r->yvoff[2], a1_2);
            _mm512_storeu_ps(y + 1 * ypix + r->yvoff[3], a1_3);
            _mm512_storeu_ps(y + 2 * ypix + r->yvoff[0], a2_0);
            _mm512_storeu_ps(y + 2 * ypix + r->yvoff[1], a2_1);
            _mm512_storeu_ps(y + 2 * ypix + r->yvoff[2], a2_2);
            _mm512_storeu_ps(y + 2 * ypix + r->yvoff[3], a2_3);
            _mm512_storeu_ps(y + 3 * ypix + r->yvoff[0], a3_0);
            _mm512_storeu_ps(y + 3 * ypix + r->yvoff[1], a3_1);
            _mm512_storeu_ps(y + 3 * ypix + r->yvoff[2], a3_2);
            _mm512_storeu_ps(y + 3 * ypix + r->yvoff[3], a3_3);
            _mm512_storeu_ps(y + 4 * ypix + r->yvoff[0], a4_0);
            _mm512_storeu_ps(y + 4 * ypix + r->yvoff[1], a4_1);
            _mm512_storeu_ps(y + 4 * ypix + r->yvoff[2], a4_2);
            _mm512_storeu_ps(y + 4 * ypix + r->yvoff[3], a4_3);
        } else if (r->ych != 1 && r->ypix == 1) {
            /* NCHW: each vector's W columns transposed into one run per channel */
            __m512 t[16];
            t[0] = a0_0;
            t[1] = a1_0;
            t[2] = a2_0;
            t[3] = a3_0;
            t[4] = a4_0;
            plane_store(y + r->yvoff[0], r->ych, t, 5);
            t[0] = a0_1;
            t[1] = a1_1;
            t[2] = a2_1;
            t[3] = a3_1;
            t[4] = a4_1;
            plane_store(y + r->yvoff[1], r->ych, t, 5);
            t[0] = a0_2;
            t[1] = a1_2;
            t[2] = a2_2;
            t[3] = a3_2;
            t[4] = a4_2;
            plane_store(y + r->yvoff[2], r->ych, t, 5);
            t[0] = a0_3;
            t[1] = a1_3;
            t[2] = a2_3;
            t[3] = a3_3;
            t[4] = a4_3;
            plane_store(y + r->yvoff[3], r->ych, t, 5);
        } else {
            lanes_store(r, y + r->yvoff[0], 0, a0_0);
            lanes_store(r, y + r->yvoff[1], 1, a0_1);
            lanes_store(r, y + r->yvoff[2], 2, a0_2);
            lanes_store(r, y + r->yvoff[3], 3, a0_3);
            lanes_store(r, y + 1 * ypix + r->yvoff[0], 0, a1_0);
            lanes_store(r, y + 1 * ypix + r->yvoff[1], 1, a1_1);
            lanes_store(r, y + 1 * ypix + r->yvoff[2], 2, a1_2);
            lanes_store(r, y + 1 * ypix + r->yvoff[3], 3, a1_3);
            lanes_store(r, y + 2 * ypix + r->yvoff[0], 0, a2_0);
            lanes_store(r, y + 2 * ypix + r->yvoff[1], 1, a2_1);
            lanes_store(r, y + 2 * ypix + r->yvoff[2], 2, a2_2);
            lanes_store(r, y + 2 * ypix + r->yvoff[3], 3, a2_3);
            lanes_store(r, y + 3 * ypix + r->yvoff[0], 0, a3_0);
            lanes_store(r, y + 3 * ypix + r->yvoff[1], 1, a3_1);
            lanes_store(r, y + 3 * ypix + r->yvoff[2], 2, a3_2);
            lanes_store(r, y + 3 * ypix + r->yvoff[3], 3, a3_3);
            lanes_store(r, y + 4 * ypix + r->yvoff[0], 0, a4_0);
            lanes_store(r, y + 4 * ypix + r->yvoff[1], 1, a4_1);
            lanes_store(r, y + 4 * ypix + r->yvoff[2], 2, a4_2);
            lanes_store(r, y + 4 * ypix + r->yvoff[3], 3, a4_3);
        }
    }
}

/* 5 columns tap by tap, any block; false (nothing done) if a tap cuts
 * more than 3 columns at either end or kw > 16.  With long taps (cib >=
 * 32) in the order of the weights, ky then kx: a kernel row's input stays
 * in L1 over its kw taps.  Short taps keep kx outer: the cut, hence the
 * switch's target, then repeats over ky (the 7x7 first layer with C = 3
 * lost 2-4 % with ky outer). */
static __attribute__((noinline)) bool lmc_f32_direct_conv_64cx6w_taps5__avx512(const lmc_direct_row *r,
                                                                               int ox0)
{
    const bool inner = lmc_direct_block_interior(r, ox0, 5);
    signed char pas[16], cuts[16];
    if (r->kw > 16) return false;
    for (int kx = 0; kx < r->kw; kx++) {
        int pa = 0, pb = 5;
        if (!inner) lmc_direct_tap_cols(r, kx, ox0, 5, &pa, &pb);
        const int cut = cut_case(pa, pb, 5);
        if (pa < pb && cut < 0) return false;
        pas[kx] = (signed char)pa;
        cuts[kx] = (signed char)(pa < pb ? cut : -1);
    }
    const ptrdiff_t ypix = r->ypix, xp = (ptrdiff_t)r->stride_w * r->xpix;
    const ptrdiff_t col0 = (ptrdiff_t)ox0 * r->stride_w - r->pad_left;
    float *y = r->y + (ptrdiff_t)ox0 * ypix;
    __m512 a0_0, a0_1, a0_2, a0_3;
    __m512 a1_0, a1_1, a1_2, a1_3;
    __m512 a2_0, a2_1, a2_2, a2_3;
    __m512 a3_0, a3_1, a3_2, a3_3;
    __m512 a4_0, a4_1, a4_2, a4_3;
    if (r->first) {
        const __m512 bb0 = r->bias ? _mm512_loadu_ps(r->bias) : _mm512_setzero_ps();
        const __m512 bb1 = r->bias ? _mm512_loadu_ps(r->bias + 16) : _mm512_setzero_ps();
        const __m512 bb2 = r->bias ? _mm512_loadu_ps(r->bias + 32) : _mm512_setzero_ps();
        const __m512 bb3 = r->bias ? _mm512_loadu_ps(r->bias + 48) : _mm512_setzero_ps();
        a0_0 = bb0;
        a0_1 = bb1;
        a0_2 = bb2;
        a0_3 = bb3;
        a1_0 = bb0;
        a1_1 = bb1;
        a1_2 = bb2;
        a1_3 = bb3;
        a2_0 = bb0;
        a2_1 = bb1;
        a2_2 = bb2;
        a2_3 = bb3;
        a3_0 = bb0;
        a3_1 = bb1;
        a3_2 = bb2;
        a3_3 = bb3;
        a4_0 = bb0;
        a4_1 = bb1;
        a4_2 = bb2;
        a4_3 = bb3;
    } else if (!r->ylanes) {
        a0_0 = _mm512_loadu_ps(y + r->yvoff[0]);
        a0_1 = _mm512_loadu_ps(y + r->yvoff[1]);
        a0_2 = _mm512_loadu_ps(y + r->yvoff[2]);
        a0_3 = _mm512_loadu_ps(y + r->yvoff[3]);
        a1_0 = _mm512_loadu_ps(y + 1 * ypix + r->yvoff[0]);
        a1_1 = _mm512_loadu_ps(y + 1 * ypix + r->yvoff[1]);
        a1_2 = _mm512_loadu_ps(y + 1 * ypix + r->yvoff[2]);
        a1_3 = _mm512_loadu_ps(y + 1 * ypix + r->yvoff[3]);
        a2_0 = _mm512_loadu_ps(y + 2 * ypix + r->yvoff[0]);
        a2_1 = _mm512_loadu_ps(y + 2 * ypix + r->yvoff[1]);
        a2_2 = _mm512_loadu_ps(y + 2 * ypix + r->yvoff[2]);
        a2_3 = _mm512_loadu_ps(y + 2 * ypix + r->yvoff[3]);
        a3_0 = _mm512_loadu_ps(y + 3 * ypix + r->yvoff[0]);
        a3_1 = _mm512_loadu_ps(y + 3 * ypix + r->yvoff[1]);
        a3_2 = _mm512_loadu_ps(y + 3 * ypix + r->yvoff[2]);
        a3_3 = _mm512_loadu_ps(y + 3 * ypix + r->yvoff[3]);
        a4_0 = _mm512_loadu_ps(y + 4 * ypix + r->yvoff[0]);
        a4_1 = _mm512_loadu_ps(y + 4 * ypix + r->yvoff[1]);
        a4_2 = _mm512_loadu_ps(y + 4 * ypix + r->yvoff[2]);
        a4_3 = _mm512_loadu_ps(y + 4 * ypix + r->yvoff[3]);
    } else {
        a0_0 = lanes_load(r, y + r->yvoff[0], 0);
        a0_1 = lanes_load(r, y + r->yvoff[1], 1);
        a0_2 = lanes_load(r, y + r->yvoff[2], 2);
        a0_3 = lanes_load(r, y + r->yvoff[3], 3);
        a1_0 = lanes_load(r, y + 1 * ypix + r->yvoff[0], 0);
        a1_1 = lanes_load(r, y + 1 * ypix + r->yvoff[1], 1);
        a1_2 = lanes_load(r, y + 1 * ypix + r->yvoff[2], 2);
        a1_3 = lanes_load(r, y + 1 * ypix + r->yvoff[3], 3);
        a2_0 = lanes_load(r, y + 2 * ypix + r->yvoff[0], 0);
        a2_1 = lanes_load(r, y + 2 * ypix + r->yvoff[1], 1);
        a2_2 = lanes_load(r, y + 2 * ypix + r->yvoff[2], 2);
        a2_3 = lanes_load(r, y + 2 * ypix + r->yvoff[3], 3);
        a3_0 = lanes_load(r, y + 3 * ypix + r->yvoff[0], 0);
        a3_1 = lanes_load(r, y + 3 * ypix + r->yvoff[1], 1);
        a3_2 = lanes_load(r, y + 3 * ypix + r->yvoff[2], 2);
        a3_3 = lanes_load(r, y + 3 * ypix + r->yvoff[3], 3);
        a4_0 = lanes_load(r, y + 4 * ypix + r->yvoff[0], 0);
        a4_1 = lanes_load(r, y + 4 * ypix + r->yvoff[1], 1);
        a4_2 = lanes_load(r, y + 4 * ypix + r->yvoff[2], 2);
        a4_3 = lanes_load(r, y + 4 * ypix + r->yvoff[3], 3);
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
                    const float *wt = r->w + ((ptrdiff_t)ky * r->kw + kx) * cib * 64;
                    switch (cut) {
                    case 0: { /* columns [0, 5) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 w2 = _mm512_loadu_ps(wi + 32);
                                const __m512 w3 = _mm512_loadu_ps(wi + 48);
                                const __m512 x0 = _mm512_set1_ps(*xi);
                                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                                a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                                a0_2 = _mm512_fmadd_ps(x0, w2, a0_2);
                                a0_3 = _mm512_fmadd_ps(x0, w3, a0_3);
                                const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                a1_2 = _mm512_fmadd_ps(x1, w2, a1_2);
                                a1_3 = _mm512_fmadd_ps(x1, w3, a1_3);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                                a2_3 = _mm512_fmadd_ps(x2, w3, a2_3);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                a3_2 = _mm512_fmadd_ps(x3, w2, a3_2);
                                a3_3 = _mm512_fmadd_ps(x3, w3, a3_3);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                a4_2 = _mm512_fmadd_ps(x4, w2, a4_2);
                                a4_3 = _mm512_fmadd_ps(x4, w3, a4_3);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 1: { /* columns [0, 4) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 w2 = _mm512_loadu_ps(wi + 32);
                                const __m512 w3 = _mm512_loadu_ps(wi + 48);
                                const __m512 x0 = _mm512_set1_ps(*xi);
                                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                                a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                                a0_2 = _mm512_fmadd_ps(x0, w2, a0_2);
                                a0_3 = _mm512_fmadd_ps(x0, w3, a0_3);
                                const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                a1_2 = _mm512_fmadd_ps(x1, w2, a1_2);
                                a1_3 = _mm512_fmadd_ps(x1, w3, a1_3);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                                a2_3 = _mm512_fmadd_ps(x2, w3, a2_3);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                a3_2 = _mm512_fmadd_ps(x3, w2, a3_2);
                                a3_3 = _mm512_fmadd_ps(x3, w3, a3_3);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 2: { /* columns [0, 3) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 w2 = _mm512_loadu_ps(wi + 32);
                                const __m512 w3 = _mm512_loadu_ps(wi + 48);
                                const __m512 x0 = _mm512_set1_ps(*xi);
                                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                                a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                                a0_2 = _mm512_fmadd_ps(x0, w2, a0_2);
                                a0_3 = _mm512_fmadd_ps(x0, w3, a0_3);
                                const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                a1_2 = _mm512_fmadd_ps(x1, w2, a1_2);
                                a1_3 = _mm512_fmadd_ps(x1, w3, a1_3);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                                a2_3 = _mm512_fmadd_ps(x2, w3, a2_3);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 3: { /* columns [0, 2) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 w2 = _mm512_loadu_ps(wi + 32);
                                const __m512 w3 = _mm512_loadu_ps(wi + 48);
                                const __m512 x0 = _mm512_set1_ps(*xi);
                                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                                a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                                a0_2 = _mm512_fmadd_ps(x0, w2, a0_2);
                                a0_3 = _mm512_fmadd_ps(x0, w3, a0_3);
                                const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                a1_2 = _mm512_fmadd_ps(x1, w2, a1_2);
                                a1_3 = _mm512_fmadd_ps(x1, w3, a1_3);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 4: { /* columns [1, 5) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 w2 = _mm512_loadu_ps(wi + 32);
                                const __m512 w3 = _mm512_loadu_ps(wi + 48);
                                const __m512 x1 = _mm512_set1_ps(*xi);
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                a1_2 = _mm512_fmadd_ps(x1, w2, a1_2);
                                a1_3 = _mm512_fmadd_ps(x1, w3, a1_3);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                                a2_3 = _mm512_fmadd_ps(x2, w3, a2_3);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                a3_2 = _mm512_fmadd_ps(x3, w2, a3_2);
                                a3_3 = _mm512_fmadd_ps(x3, w3, a3_3);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 3 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                a4_2 = _mm512_fmadd_ps(x4, w2, a4_2);
                                a4_3 = _mm512_fmadd_ps(x4, w3, a4_3);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 5: { /* columns [1, 4) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 w2 = _mm512_loadu_ps(wi + 32);
                                const __m512 w3 = _mm512_loadu_ps(wi + 48);
                                const __m512 x1 = _mm512_set1_ps(*xi);
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                a1_2 = _mm512_fmadd_ps(x1, w2, a1_2);
                                a1_3 = _mm512_fmadd_ps(x1, w3, a1_3);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                                a2_3 = _mm512_fmadd_ps(x2, w3, a2_3);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                a3_2 = _mm512_fmadd_ps(x3, w2, a3_2);
                                a3_3 = _mm512_fmadd_ps(x3, w3, a3_3);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 6: { /* columns [1, 3) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 w2 = _mm512_loadu_ps(wi + 32);
                                const __m512 w3 = _mm512_loadu_ps(wi + 48);
                                const __m512 x1 = _mm512_set1_ps(*xi);
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                a1_2 = _mm512_fmadd_ps(x1, w2, a1_2);
                                a1_3 = _mm512_fmadd_ps(x1, w3, a1_3);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                                a2_3 = _mm512_fmadd_ps(x2, w3, a2_3);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 7: { /* columns [1, 2) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 w2 = _mm512_loadu_ps(wi + 32);
                                const __m512 w3 = _mm512_loadu_ps(wi + 48);
                                const __m512 x1 = _mm512_set1_ps(*xi);
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                a1_2 = _mm512_fmadd_ps(x1, w2, a1_2);
                                a1_3 = _mm512_fmadd_ps(x1, w3, a1_3);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 8: { /* columns [2, 5) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 w2 = _mm512_loadu_ps(wi + 32);
                                const __m512 w3 = _mm512_loadu_ps(wi + 48);
                                const __m512 x2 = _mm512_set1_ps(*xi);
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                                a2_3 = _mm512_fmadd_ps(x2, w3, a2_3);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                a3_2 = _mm512_fmadd_ps(x3, w2, a3_2);
                                a3_3 = _mm512_fmadd_ps(x3, w3, a3_3);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 2 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                a4_2 = _mm512_fmadd_ps(x4, w2, a4_2);
                                a4_3 = _mm512_fmadd_ps(x4, w3, a4_3);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 9: { /* columns [2, 4) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 w2 = _mm512_loadu_ps(wi + 32);
                                const __m512 w3 = _mm512_loadu_ps(wi + 48);
                                const __m512 x2 = _mm512_set1_ps(*xi);
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                                a2_3 = _mm512_fmadd_ps(x2, w3, a2_3);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                a3_2 = _mm512_fmadd_ps(x3, w2, a3_2);
                                a3_3 = _mm512_fmadd_ps(x3, w3, a3_3);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 10: { /* columns [2, 3) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 w2 = _mm512_loadu_ps(wi + 32);
                                const __m512 w3 = _mm512_loadu_ps(wi + 48);
                                const __m512 x2 = _mm512_set1_ps(*xi);
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                                a2_3 = _mm512_fmadd_ps(x2, w3, a2_3);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 12: { /* columns [3, 5) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 w2 = _mm512_loadu_ps(wi + 32);
                                const __m512 w3 = _mm512_loadu_ps(wi + 48);
                                const __m512 x3 = _mm512_set1_ps(*xi);
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                a3_2 = _mm512_fmadd_ps(x3, w2, a3_2);
                                a3_3 = _mm512_fmadd_ps(x3, w3, a3_3);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 1 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                a4_2 = _mm512_fmadd_ps(x4, w2, a4_2);
                                a4_3 = _mm512_fmadd_ps(x4, w3, a4_3);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 13: { /* columns [3, 4) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 w2 = _mm512_loadu_ps(wi + 32);
                                const __m512 w3 = _mm512_loadu_ps(wi + 48);
                                const __m512 x3 = _mm512_set1_ps(*xi);
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                a3_2 = _mm512_fmadd_ps(x3, w2, a3_2);
                                a3_3 = _mm512_fmadd_ps(x3, w3, a3_3);
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
                const float *wt = r->w + ((ptrdiff_t)ky * r->kw + kx) * cib * 64;
                switch (cut) {
                case 0: { /* columns [0, 5) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 w2 = _mm512_loadu_ps(wi + 32);
                            const __m512 w3 = _mm512_loadu_ps(wi + 48);
                            const __m512 x0 = _mm512_set1_ps(*xi);
                            a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                            a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                            a0_2 = _mm512_fmadd_ps(x0, w2, a0_2);
                            a0_3 = _mm512_fmadd_ps(x0, w3, a0_3);
                            const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            a1_2 = _mm512_fmadd_ps(x1, w2, a1_2);
                            a1_3 = _mm512_fmadd_ps(x1, w3, a1_3);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                            a2_3 = _mm512_fmadd_ps(x2, w3, a2_3);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            a3_2 = _mm512_fmadd_ps(x3, w2, a3_2);
                            a3_3 = _mm512_fmadd_ps(x3, w3, a3_3);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            a4_2 = _mm512_fmadd_ps(x4, w2, a4_2);
                            a4_3 = _mm512_fmadd_ps(x4, w3, a4_3);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 1: { /* columns [0, 4) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 w2 = _mm512_loadu_ps(wi + 32);
                            const __m512 w3 = _mm512_loadu_ps(wi + 48);
                            const __m512 x0 = _mm512_set1_ps(*xi);
                            a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                            a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                            a0_2 = _mm512_fmadd_ps(x0, w2, a0_2);
                            a0_3 = _mm512_fmadd_ps(x0, w3, a0_3);
                            const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            a1_2 = _mm512_fmadd_ps(x1, w2, a1_2);
                            a1_3 = _mm512_fmadd_ps(x1, w3, a1_3);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                            a2_3 = _mm512_fmadd_ps(x2, w3, a2_3);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            a3_2 = _mm512_fmadd_ps(x3, w2, a3_2);
                            a3_3 = _mm512_fmadd_ps(x3, w3, a3_3);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 2: { /* columns [0, 3) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 w2 = _mm512_loadu_ps(wi + 32);
                            const __m512 w3 = _mm512_loadu_ps(wi + 48);
                            const __m512 x0 = _mm512_set1_ps(*xi);
                            a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                            a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                            a0_2 = _mm512_fmadd_ps(x0, w2, a0_2);
                            a0_3 = _mm512_fmadd_ps(x0, w3, a0_3);
                            const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            a1_2 = _mm512_fmadd_ps(x1, w2, a1_2);
                            a1_3 = _mm512_fmadd_ps(x1, w3, a1_3);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                            a2_3 = _mm512_fmadd_ps(x2, w3, a2_3);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 3: { /* columns [0, 2) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 w2 = _mm512_loadu_ps(wi + 32);
                            const __m512 w3 = _mm512_loadu_ps(wi + 48);
                            const __m512 x0 = _mm512_set1_ps(*xi);
                            a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                            a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                            a0_2 = _mm512_fmadd_ps(x0, w2, a0_2);
                            a0_3 = _mm512_fmadd_ps(x0, w3, a0_3);
                            const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            a1_2 = _mm512_fmadd_ps(x1, w2, a1_2);
                            a1_3 = _mm512_fmadd_ps(x1, w3, a1_3);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 4: { /* columns [1, 5) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 w2 = _mm512_loadu_ps(wi + 32);
                            const __m512 w3 = _mm512_loadu_ps(wi + 48);
                            const __m512 x1 = _mm512_set1_ps(*xi);
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            a1_2 = _mm512_fmadd_ps(x1, w2, a1_2);
                            a1_3 = _mm512_fmadd_ps(x1, w3, a1_3);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                            a2_3 = _mm512_fmadd_ps(x2, w3, a2_3);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            a3_2 = _mm512_fmadd_ps(x3, w2, a3_2);
                            a3_3 = _mm512_fmadd_ps(x3, w3, a3_3);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 3 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            a4_2 = _mm512_fmadd_ps(x4, w2, a4_2);
                            a4_3 = _mm512_fmadd_ps(x4, w3, a4_3);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 5: { /* columns [1, 4) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 w2 = _mm512_loadu_ps(wi + 32);
                            const __m512 w3 = _mm512_loadu_ps(wi + 48);
                            const __m512 x1 = _mm512_set1_ps(*xi);
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            a1_2 = _mm512_fmadd_ps(x1, w2, a1_2);
                            a1_3 = _mm512_fmadd_ps(x1, w3, a1_3);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                            a2_3 = _mm512_fmadd_ps(x2, w3, a2_3);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            a3_2 = _mm512_fmadd_ps(x3, w2, a3_2);
                            a3_3 = _mm512_fmadd_ps(x3, w3, a3_3);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 6: { /* columns [1, 3) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 w2 = _mm512_loadu_ps(wi + 32);
                            const __m512 w3 = _mm512_loadu_ps(wi + 48);
                            const __m512 x1 = _mm512_set1_ps(*xi);
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            a1_2 = _mm512_fmadd_ps(x1, w2, a1_2);
                            a1_3 = _mm512_fmadd_ps(x1, w3, a1_3);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                            a2_3 = _mm512_fmadd_ps(x2, w3, a2_3);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 7: { /* columns [1, 2) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 w2 = _mm512_loadu_ps(wi + 32);
                            const __m512 w3 = _mm512_loadu_ps(wi + 48);
                            const __m512 x1 = _mm512_set1_ps(*xi);
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            a1_2 = _mm512_fmadd_ps(x1, w2, a1_2);
                            a1_3 = _mm512_fmadd_ps(x1, w3, a1_3);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 8: { /* columns [2, 5) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 w2 = _mm512_loadu_ps(wi + 32);
                            const __m512 w3 = _mm512_loadu_ps(wi + 48);
                            const __m512 x2 = _mm512_set1_ps(*xi);
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                            a2_3 = _mm512_fmadd_ps(x2, w3, a2_3);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            a3_2 = _mm512_fmadd_ps(x3, w2, a3_2);
                            a3_3 = _mm512_fmadd_ps(x3, w3, a3_3);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 2 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            a4_2 = _mm512_fmadd_ps(x4, w2, a4_2);
                            a4_3 = _mm512_fmadd_ps(x4, w3, a4_3);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 9: { /* columns [2, 4) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 w2 = _mm512_loadu_ps(wi + 32);
                            const __m512 w3 = _mm512_loadu_ps(wi + 48);
                            const __m512 x2 = _mm512_set1_ps(*xi);
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                            a2_3 = _mm512_fmadd_ps(x2, w3, a2_3);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            a3_2 = _mm512_fmadd_ps(x3, w2, a3_2);
                            a3_3 = _mm512_fmadd_ps(x3, w3, a3_3);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 10: { /* columns [2, 3) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 w2 = _mm512_loadu_ps(wi + 32);
                            const __m512 w3 = _mm512_loadu_ps(wi + 48);
                            const __m512 x2 = _mm512_set1_ps(*xi);
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                            a2_3 = _mm512_fmadd_ps(x2, w3, a2_3);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 12: { /* columns [3, 5) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 w2 = _mm512_loadu_ps(wi + 32);
                            const __m512 w3 = _mm512_loadu_ps(wi + 48);
                            const __m512 x3 = _mm512_set1_ps(*xi);
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            a3_2 = _mm512_fmadd_ps(x3, w2, a3_2);
                            a3_3 = _mm512_fmadd_ps(x3, w3, a3_3);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 1 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            a4_2 = _mm512_fmadd_ps(x4, w2, a4_2);
                            a4_3 = _mm512_fmadd_ps(x4, w3, a4_3);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 13: { /* columns [3, 4) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 w2 = _mm512_loadu_ps(wi + 32);
                            const __m512 w3 = _mm512_loadu_ps(wi + 48);
                            const __m512 x3 = _mm512_set1_ps(*xi);
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            a3_2 = _mm512_fmadd_ps(x3, w2, a3_2);
                            a3_3 = _mm512_fmadd_ps(x3, w3, a3_3);
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
        a0_2 = _mm512_max_ps(a0_2, _mm512_setzero_ps());
        a0_3 = _mm512_max_ps(a0_3, _mm512_setzero_ps());
        a1_0 = _mm512_max_ps(a1_0, _mm512_setzero_ps());
        a1_1 = _mm512_max_ps(a1_1, _mm512_setzero_ps());
        a1_2 = _mm512_max_ps(a1_2, _mm512_setzero_ps());
        a1_3 = _mm512_max_ps(a1_3, _mm512_setzero_ps());
        a2_0 = _mm512_max_ps(a2_0, _mm512_setzero_ps());
        a2_1 = _mm512_max_ps(a2_1, _mm512_setzero_ps());
        a2_2 = _mm512_max_ps(a2_2, _mm512_setzero_ps());
        a2_3 = _mm512_max_ps(a2_3, _mm512_setzero_ps());
        a3_0 = _mm512_max_ps(a3_0, _mm512_setzero_ps());
        a3_1 = _mm512_max_ps(a3_1, _mm512_setzero_ps());
        a3_2 = _mm512_max_ps(a3_2, _mm512_setzero_ps());
        a3_3 = _mm512_max_ps(a3_3, _mm512_setzero_ps());
        a4_0 = _mm512_max_ps(a4_0, _mm512_setzero_ps());
        a4_1 = _mm512_max_ps(a4_1, _mm512_setzero_ps());
        a4_2 = _mm512_max_ps(a4_2, _mm512_setzero_ps());
        a4_3 = _mm512_max_ps(a4_3, _mm512_setzero_ps());
    }
    if (!r->ylanes) {
        _mm512_storeu_ps(y + r->yvoff[0], a0_0);
        _mm512_storeu_ps(y + r->yvoff[1], a0_1);
        _mm512_storeu_ps(y + r->yvoff[2], a0_2);
        _mm512_storeu_ps(y + r->yvoff[3], a0_3);
        _mm512_storeu_ps(y + 1 * ypix + r->yvoff[0], a1_0);
        _mm512_storeu_ps(y + 1 * ypix + r->yvoff[1], a1_1);
        _mm512_storeu_ps(y + 1 * ypix + r->yvoff[2], a1_2);
        _mm512_storeu_ps(y + 1 * ypix + r->yvoff[3], a1_3);
        _mm512_storeu_ps(y + 2 * ypix + r->yvoff[0], a2_0);
        _mm512_storeu_ps(y + 2 * ypix + r->yvoff[1], a2_1);
        _mm512_storeu_ps(y + 2 * ypix + r->yvoff[2], a2_2);
        _mm512_storeu_ps(y + 2 * ypix + r->yvoff[3], a2_3);
        _mm512_storeu_ps(y + 3 * ypix + r->yvoff[0], a3_0);
        _mm512_storeu_ps(y + 3 * ypix + r->yvoff[1], a3_1);
        _mm512_storeu_ps(y + 3 * ypix + r->yvoff[2], a3_2);
        _mm512_storeu_ps(y + 3 * ypix + r->yvoff[3], a3_3);
        _mm512_storeu_ps(y + 4 * ypix + r->yvoff[0], a4_0);
        _mm512_storeu_ps(y + 4 * ypix + r->yvoff[1], a4_1);
        _mm512_storeu_ps(y + 4 * ypix + r->yvoff[2], a4_2);
        _mm512_storeu_ps(y + 4 * ypix + r->yvoff[3], a4_3);
    } else if (r->ych != 1 && r->ypix == 1) {
        /* NCHW: each vector's W columns transposed into one run per channel */
        __m512 t[16];
        t[0] = a0_0;
        t[1] = a1_0;
        t[2] = a2_0;
        t[3] = a3_0;
        t[4] = a4_0;
        plane_store(y + r->yvoff[0], r->ych, t, 5);
        t[0] = a0_1;
        t[1] = a1_1;
        t[2] = a2_1;
        t[3] = a3_1;
        t[4] = a4_1;
        plane_store(y + r->yvoff[1], r->ych, t, 5);
        t[0] = a0_2;
        t[1] = a1_2;
        t[2] = a2_2;
        t[3] = a3_2;
        t[4] = a4_2;
        plane_store(y + r->yvoff[2], r->ych, t, 5);
        t[0] = a0_3;
        t[1] = a1_3;
        t[2] = a2_3;
        t[3] = a3_3;
        t[4] = a4_3;
        plane_store(y + r->yvoff[3], r->ych, t, 5);
    } else {
        lanes_store(r, y + r->yvoff[0], 0, a0_0);
        lanes_store(r, y + r->yvoff[1], 1, a0_1);
        lanes_store(r, y + r->yvoff[2], 2, a0_2);
        lanes_store(r, y + r->yvoff[3], 3, a0_3);
        lanes_store(r, y + 1 * ypix + r->yvoff[0], 0, a1_0);
        lanes_store(r, y + 1 * ypix + r->yvoff[1], 1, a1_1);
        lanes_store(r, y + 1 * ypix + r->yvoff[2], 2, a1_2);
        lanes_store(r, y + 1 * ypix + r->yvoff[3], 3, a1_3);
        lanes_store(r, y + 2 * ypix + r->yvoff[0], 0, a2_0);
        lanes_store(r, y + 2 * ypix + r->yvoff[1], 1, a2_1);
        lanes_store(r, y + 2 * ypix + r->yvoff[2], 2, a2_2);
        lanes_store(r, y + 2 * ypix + r->yvoff[3], 3, a2_3);
        lanes_store(r, y + 3 * ypix + r->yvoff[0], 0, a3_0);
        lanes_store(r, y + 3 * ypix + r->yvoff[1], 1, a3_1);
        lanes_store(r, y + 3 * ypix + r->yvoff[2], 2, a3_2);
        lanes_store(r, y + 3 * ypix + r->yvoff[3], 3, a3_3);
        lanes_store(r, y + 4 * ypix + r->yvoff[0], 0, a4_0);
        lanes_store(r, y + 4 * ypix + r->yvoff[1], 1, a4_1);
        lanes_store(r, y + 4 * ypix + r->yvoff[2], 2, a4_2);
        lanes_store(r, y + 4 * ypix + r->yvoff[3], 3, a4_3);
    }
    return true;
}

/* 6 columns, a run of nblk interior blocks with merge_kx (rows.c has
 * checked that they are): per kernel row one reduction over kw * C.  The
 * next block's input is prefetched when the reduction is long enough to
 * hide it (VGG's 3x3 layers 2-5 % faster; short ones, C = 3 or 1x1 with 64
 * channels, lost). */
static __attribute__((noinline)) void lmc_f32_direct_conv_64cx6w_merged6__avx512(const lmc_direct_row *r, int ox0,
                                                                                 int nblk)
{
    for (const int ox_end = ox0 + nblk * 6; ox0 < ox_end; ox0 += 6) {
        const ptrdiff_t ypix = r->ypix, xp = (ptrdiff_t)r->stride_w * r->xpix;
        const ptrdiff_t col0 = (ptrdiff_t)ox0 * r->stride_w - r->pad_left;
        float *y = r->y + (ptrdiff_t)ox0 * ypix;
        __m512 a0_0, a0_1, a0_2, a0_3;
        __m512 a1_0, a1_1, a1_2, a1_3;
        __m512 a2_0, a2_1, a2_2, a2_3;
        __m512 a3_0, a3_1, a3_2, a3_3;
        __m512 a4_0, a4_1, a4_2, a4_3;
        __m512 a5_0, a5_1, a5_2, a5_3;
        if (r->first) {
            const __m512 bb0 = r->bias ? _mm512_loadu_ps(r->bias) : _mm512_setzero_ps();
            const __m512 bb1 = r->bias ? _mm512_loadu_ps(r->bias + 16) : _mm512_setzero_ps();
            const __m512 bb2 = r->bias ? _mm512_loadu_ps(r->bias + 32) : _mm512_setzero_ps();
            const __m512 bb3 = r->bias ? _mm512_loadu_ps(r->bias + 48) : _mm512_setzero_ps();
            a0_0 = bb0;
            a0_1 = bb1;
            a0_2 = bb2;
            a0_3 = bb3;
            a1_0 = bb0;
            a1_1 = bb1;
            a1_2 = bb2;
            a1_3 = bb3;
            a2_0 = bb0;
            a2_1 = bb1;
            a2_2 = bb2;
            a2_3 = bb3;
            a3_0 = bb0;
            a3_1 = bb1;
            a3_2 = bb2;
            a3_3 = bb3;
            a4_0 = bb0;
            a4_1 = bb1;
            a4_2 = bb2;
            a4_3 = bb3;
            a5_0 = bb0;
            a5_1 = bb1;
            a5_2 = bb2;
            a5_3 = bb3;
        } else if (!r->ylanes) {
            a0_0 = _mm512_loadu_ps(y + r->yvoff[0]);
            a0_1 = _mm512_loadu_ps(y + r->yvoff[1]);
            a0_2 = _mm512_loadu_ps(y + r->yvoff[2]);
            a0_3 = _mm512_loadu_ps(y + r->yvoff[3]);
            a1_0 = _mm512_loadu_ps(y + 1 * ypix + r->yvoff[0]);
            a1_1 = _mm512_loadu_ps(y + 1 * ypix + r->yvoff[1]);
            a1_2 = _mm512_loadu_ps(y + 1 * ypix + r->yvoff[2]);
            a1_3 = _mm512_loadu_ps(y + 1 * ypix + r->yvoff[3]);
            a2_0 = _mm512_loadu_ps(y + 2 * ypix + r->yvoff[0]);
            a2_1 = _mm512_loadu_ps(y + 2 * ypix + r->yvoff[1]);
            a2_2 = _mm512_loadu_ps(y + 2 * ypix + r->yvoff[2]);
            a2_3 = _mm512_loadu_ps(y + 2 * ypix + r->yvoff[3]);
            a3_0 = _mm512_loadu_ps(y + 3 * ypix + r->yvoff[0]);
            a3_1 = _mm512_loadu_ps(y + 3 * ypix + r->yvoff[1]);
            a3_2 = _mm512_loadu_ps(y + 3 * ypix + r->yvoff[2]);
            a3_3 = _mm512_loadu_ps(y + 3 * ypix + r->yvoff[3]);
            a4_0 = _mm512_loadu_ps(y + 4 * ypix + r->yvoff[0]);
            a4_1 = _mm512_loadu_ps(y + 4 * ypix + r->yvoff[1]);
            a4_2 = _mm512_loadu_ps(y + 4 * ypix + r->yvoff[2]);
            a4_3 = _mm512_loadu_ps(y + 4 * ypix + r->yvoff[3]);
            a5_0 = _mm512_loadu_ps(y + 5 * ypix + r->yvoff[0]);
            a5_1 = _mm512_loadu_ps(y + 5 * ypix + r->yvoff[1]);
            a5_2 = _mm512_loadu_ps(y + 5 * ypix + r->yvoff[2]);
            a5_3 = _mm512_loadu_ps(y + 5 * ypix + r->yvoff[3]);
        } else {
            a0_0 = lanes_load(r, y + r->yvoff[0], 0);
            a0_1 = lanes_load(r, y + r->yvoff[1], 1);
            a0_2 = lanes_load(r, y + r->yvoff[2], 2);
            a0_3 = lanes_load(r, y + r->yvoff[3], 3);
            a1_0 = lanes_load(r, y + 1 * ypix + r->yvoff[0], 0);
            a1_1 = lanes_load(r, y + 1 * ypix + r->yvoff[1], 1);
            a1_2 = lanes_load(r, y + 1 * ypix + r->yvoff[2], 2);
            a1_3 = lanes_load(r, y + 1 * ypix + r->yvoff[3], 3);
            a2_0 = lanes_load(r, y + 2 * ypix + r->yvoff[0], 0);
            a2_1 = lanes_load(r, y + 2 * ypix + r->yvoff[1], 1);
            a2_2 = lanes_load(r, y + 2 * ypix + r->yvoff[2], 2);
            a2_3 = lanes_load(r, y + 2 * ypix + r->yvoff[3], 3);
            a3_0 = lanes_load(r, y + 3 * ypix + r->yvoff[0], 0);
            a3_1 = lanes_load(r, y + 3 * ypix + r->yvoff[1], 1);
            a3_2 = lanes_load(r, y + 3 * ypix + r->yvoff[2], 2);
            a3_3 = lanes_load(r, y + 3 * ypix + r->yvoff[3], 3);
            a4_0 = lanes_load(r, y + 4 * ypix + r->yvoff[0], 0);
            a4_1 = lanes_load(r, y + 4 * ypix + r->yvoff[1], 1);
            a4_2 = lanes_load(r, y + 4 * ypix + r->yvoff[2], 2);
            a4_3 = lanes_load(r, y + 4 * ypix + r->yvoff[3], 3);
            a5_0 = lanes_load(r, y + 5 * ypix + r->yvoff[0], 0);
            a5_1 = lanes_load(r, y + 5 * ypix + r->yvoff[1], 1);
            a5_2 = lanes_load(r, y + 5 * ypix + r->yvoff[2], 2);
            a5_3 = lanes_load(r, y + 5 * ypix + r->yvoff[3], 3);
        }
        const int n = r->kw * r->cib;
        const ptrdiff_t next = 6 * xp;
        if (r->kw > 1 && n >= 128) {
            for (int ky = r->ky0; ky < r->ky1; ky++) {
                const float *xt =
                    r->x + ((ptrdiff_t)r->iy0 + (ptrdiff_t)ky * r->dil_h) * r->xrow + col0 * r->xpix;
                const float *wi = r->w + (ptrdiff_t)ky * n * 64;
#pragma GCC unroll 4
                for (int ii = 0; ii < n; ii++, wi += 64) {
                    const float *xi = xt + ii;
                    if ((ii & 15) == 0) {
                        __builtin_prefetch(xi + next, 0, 3);
                        __builtin_prefetch(xi + next + 1 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 2 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 3 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 4 * xp, 0, 3);
                        __builtin_prefetch(xi + next + 5 * xp, 0, 3);
                    }
                    const __m512 w0 = _mm512_loadu_ps(wi);
                    const __m512 w1 = _mm512_loadu_ps(wi + 16);
                    const __m512 w2 = _mm512_loadu_ps(wi + 32);
                    const __m512 w3 = _mm512_loadu_ps(wi + 48);
                    const __m512 x0 = _mm512_set1_ps(*xi);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                    a0_2 = _mm512_fmadd_ps(x0, w2, a0_2);
                    a0_3 = _mm512_fmadd_ps(x0, w3, a0_3);
                    const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                    a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                    a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                    a1_2 = _mm512_fmadd_ps(x1, w2, a1_2);
                    a1_3 = _mm512_fmadd_ps(x1, w3, a1_3);
                    const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                    a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                    a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                    a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                    a2_3 = _mm512_fmadd_ps(x2, w3, a2_3);
                    const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                    a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                    a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                    a3_2 = _mm512_fmadd_ps(x3, w2, a3_2);
                    a3_3 = _mm512_fmadd_ps(x3, w3, a3_3);
                    const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                    a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                    a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                    a4_2 = _mm512_fmadd_ps(x4, w2, a4_2);
                    a4_3 = _mm512_fmadd_ps(x4, w3, a4_3);
                    const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                    a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                    a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                    a5_2 = _mm512_fmadd_ps(x5, w2, a5_2);
                    a5_3 = _mm512_fmadd_ps(x5, w3, a5_3);
                }
            }
        } else {
            for (int ky = r->ky0; ky < r->ky1; ky++) {
                const float *xt =
                    r->x + ((ptrdiff_t)r->iy0 + (ptrdiff_t)ky * r->dil_h) * r->xrow + col0 * r->xpix;
                const float *wi = r->w + (ptrdiff_t)ky * n * 64;
#pragma GCC unroll 4
                for (int ii = 0; ii < n; ii++, wi += 64) {
                    const float *xi = xt + ii;
                    const __m512 w0 = _mm512_loadu_ps(wi);
                    const __m512 w1 = _mm512_loadu_ps(wi + 16);
                    const __m512 w2 = _mm512_loadu_ps(wi + 32);
                    const __m512 w3 = _mm512_loadu_ps(wi + 48);
                    const __m512 x0 = _mm512_set1_ps(*xi);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                    a0_2 = _mm512_fmadd_ps(x0, w2, a0_2);
                    a0_3 = _mm512_fmadd_ps(x0, w3, a0_3);
                    const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                    a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                    a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                    a1_2 = _mm512_fmadd_ps(x1, w2, a1_2);
                    a1_3 = _mm512_fmadd_ps(x1, w3, a1_3);
                    const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                    a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                    a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                    a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                    a2_3 = _mm512_fmadd_ps(x2, w3, a2_3);
                    const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                    a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                    a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                    a3_2 = _mm512_fmadd_ps(x3, w2, a3_2);
                    a3_3 = _mm512_fmadd_ps(x3, w3, a3_3);
                    const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                    a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                    a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                    a4_2 = _mm512_fmadd_ps(x4, w2, a4_2);
                    a4_3 = _mm512_fmadd_ps(x4, w3, a4_3);
                    const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                    a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                    a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                    a5_2 = _mm512_fmadd_ps(x5, w2, a5_2);
                    a5_3 = _mm512_fmadd_ps(x5, w3, a5_3);
                }
            }
        }
        if (r->last && r->relu) {
            a0_0 = _mm512_max_ps(a0_0, _mm512_setzero_ps());
            a0_1 = _mm512_max_ps(a0_1, _mm512_setzero_ps());
            a0_2 = _mm512_max_ps(a0_2, _mm512_setzero_ps());
            a0_3 = _mm512_max_ps(a0_3, _mm512_setzero_ps());
            a1_0 = _mm512_max_ps(a1_0, _mm512_setzero_ps());
            a1_1 = _mm512_max_ps(a1_1, _mm512_setzero_ps());
            a1_2 = _mm512_max_ps(a1_2, _mm512_setzero_ps());
            a1_3 = _mm512_max_ps(a1_3, _mm512_setzero_ps());
            a2_0 = _mm512_max_ps(a2_0, _mm512_setzero_ps());
            a2_1 = _mm512_max_ps(a2_1, _mm512_setzero_ps());
            a2_2 = _mm512_max_ps(a2_2, _mm512_setzero_ps());
            a2_3 = _mm512_max_ps(a2_3, _mm512_setzero_ps());
            a3_0 = _mm512_max_ps(a3_0, _mm512_setzero_ps());
            a3_1 = _mm512_max_ps(a3_1, _mm512_setzero_ps());
            a3_2 = _mm512_max_ps(a3_2, _mm512_setzero_ps());
            a3_3 = _mm512_max_ps(a3_3, _mm512_setzero_ps());
            a4_0 = _mm512_max_ps(a4_0, _mm512_setzero_ps());
            a4_1 = _mm512_max_ps(a4_1, _mm512_setzero_ps());
            a4_2 = _mm512_max_ps(a4_2, _mm512_setzero_ps());
            a4_3 = _mm512_max_ps(a4_3, _mm512_setzero_ps());
            a5_0 = _mm512_max_ps(a5_0, _mm512_setzero_ps());
            a5_1 = _mm512_max_ps(a5_1, _mm512_setzero_ps());
            a5_2 = _mm512_max_ps(a5_2, _mm512_setzero_ps());
            a5_3 = _mm512_max_ps(a5_3, _mm512_setzero_ps());
        }
        if (!r->ylanes) {
            _mm512_storeu_ps(y + r->yvoff[0], a0_0);
            _mm512_storeu_ps(y + r->yvoff[1], a0_1);
            _mm512_storeu_ps(y + r->yvoff[2], a0_2);
            _mm512_storeu_ps(y + r->yvoff[3], a0_3);
            _mm512_storeu_ps(y + 1 * ypix + r->yvoff[0], a1_0);
            _mm512_storeu_ps(y + 1 * ypix + r->yvoff[1], a1_1);
            _mm512_storeu_ps(y + 1 * ypix + r->yvoff[2], a1_2);
            _mm512_storeu_ps(y + 1 * ypix + r->yvoff[3], a1_3);
            _mm512_storeu_ps(y + 2 * ypix + r->yvoff[0], a2_0);
            _mm512_storeu_ps(y + 2 * ypix + r->yvoff[1], a2_1);
            _mm512_storeu_ps(y + 2 * ypix + r->yvoff[2], a2_2);
            _mm512_storeu_ps(y + 2 * ypix + r->yvoff[3], a2_3);
            _mm512_storeu_ps(y + 3 * ypix + r->yvoff[0], a3_0);
            _mm512_storeu_ps(y + 3 * ypix + r->yvoff[1], a3_1);
            _mm512_storeu_ps(y + 3 * ypix + r->yvoff[2], a3_2);
            _mm512_storeu_ps(y + 3 * ypix + r->yvoff[3], a3_3);
            _mm512_storeu_ps(y + 4 * ypix + r->yvoff[0], a4_0);
            _mm512_storeu_ps(y + 4 * ypix + r->yvoff[1], a4_1);
            _mm512_storeu_ps(y + 4 * ypix + r->yvoff[2], a4_2);
            _mm512_storeu_ps(y + 4 * ypix + r->yvoff[3], a4_3);
            _mm512_storeu_ps(y + 5 * ypix + r->yvoff[0], a5_0);
            _mm512_storeu_ps(y + 5 * ypix + r->yvoff[1], a5_1);
            _mm512_storeu_ps(y + 5 * ypix + r->yvoff[2], a5_2);
            _mm512_storeu_ps(y + 5 * ypix + r->yvoff[3], a5_3);
        } else if (r->ych != 1 && r->ypix == 1) {
            /* NCHW: each vector's W columns transposed into one run per channel */
            __m512 t[16];
            t[0] = a0_0;
            t[1] = a1_0;
            t[2] = a2_0;
            t[3] = a3_0;
            t[4] = a4_0;
            t[5] = a5_0;
            plane_store(y + r->yvoff[0], r->ych, t, 6);
            t[0] = a0_1;
            t[1] = a1_1;
            t[2] = a2_1;
            t[3] = a3_1;
            t[4] = a4_1;
            t[5] = a5_1;
            plane_store(y + r->yvoff[1], r->ych, t, 6);
            t[0] = a0_2;
            t[1] = a1_2;
            t[2] = a2_2;
            t[3] = a3_2;
            t[4] = a4_2;
            t[5] = a5_2;
            plane_store(y + r->yvoff[2], r->ych, t, 6);
            t[0] = a0_3;
            t[1] = a1_3;
            t[2] = a2_3;
            t[3] = a3_3;
            t[4] = a4_3;
            t[5] = a5_3;
            plane_store(y + r->yvoff[3], r->ych, t, 6);
        } else {
            lanes_store(r, y + r->yvoff[0], 0, a0_0);
            lanes_store(r, y + r->yvoff[1], 1, a0_1);
            lanes_store(r, y + r->yvoff[2], 2, a0_2);
            lanes_store(r, y + r->yvoff[3], 3, a0_3);
            lanes_store(r, y + 1 * ypix + r->yvoff[0], 0, a1_0);
            lanes_store(r, y + 1 * ypix + r->yvoff[1], 1, a1_1);
            lanes_store(r, y + 1 * ypix + r->yvoff[2], 2, a1_2);
            lanes_store(r, y + 1 * ypix + r->yvoff[3], 3, a1_3);
            lanes_store(r, y + 2 * ypix + r->yvoff[0], 0, a2_0);
            lanes_store(r, y + 2 * ypix + r->yvoff[1], 1, a2_1);
            lanes_store(r, y + 2 * ypix + r->yvoff[2], 2, a2_2);
            lanes_store(r, y + 2 * ypix + r->yvoff[3], 3, a2_3);
            lanes_store(r, y + 3 * ypix + r->yvoff[0], 0, a3_0);
            lanes_store(r, y + 3 * ypix + r->yvoff[1], 1, a3_1);
            lanes_store(r, y + 3 * ypix + r->yvoff[2], 2, a3_2);
            lanes_store(r, y + 3 * ypix + r->yvoff[3], 3, a3_3);
            lanes_store(r, y + 4 * ypix + r->yvoff[0], 0, a4_0);
            lanes_store(r, y + 4 * ypix + r->yvoff[1], 1, a4_1);
            lanes_store(r, y + 4 * ypix + r->yvoff[2], 2, a4_2);
            lanes_store(r, y + 4 * ypix + r->yvoff[3], 3, a4_3);
            lanes_store(r, y + 5 * ypix + r->yvoff[0], 0, a5_0);
            lanes_store(r, y + 5 * ypix + r->yvoff[1], 1, a5_1);
            lanes_store(r, y + 5 * ypix + r->yvoff[2], 2, a5_2);
            lanes_store(r, y + 5 * ypix + r->yvoff[3], 3, a5_3);
        }
    }
}

/* 6 columns tap by tap, any block; false (nothing done) if a tap cuts
 * more than 3 columns at either end or kw > 16.  With long taps (cib >=
 * 32) in the order of the weights, ky then kx: a kernel row's input stays
 * in L1 over its kw taps.  Short taps keep kx outer: the cut, hence the
 * switch's target, then repeats over ky (the 7x7 first layer with C = 3
 * lost 2-4 % with ky outer). */
static __attribute__((noinline)) bool lmc_f32_direct_conv_64cx6w_taps6__avx512(const lmc_direct_row *r,
                                                                               int ox0)
{
    const bool inner = lmc_direct_block_interior(r, ox0, 6);
    signed char pas[16], cuts[16];
    if (r->kw > 16) return false;
    for (int kx = 0; kx < r->kw; kx++) {
        int pa = 0, pb = 6;
        if (!inner) lmc_direct_tap_cols(r, kx, ox0, 6, &pa, &pb);
        const int cut = cut_case(pa, pb, 6);
        if (pa < pb && cut < 0) return false;
        pas[kx] = (signed char)pa;
        cuts[kx] = (signed char)(pa < pb ? cut : -1);
    }
    const ptrdiff_t ypix = r->ypix, xp = (ptrdiff_t)r->stride_w * r->xpix;
    const ptrdiff_t col0 = (ptrdiff_t)ox0 * r->stride_w - r->pad_left;
    float *y = r->y + (ptrdiff_t)ox0 * ypix;
    __m512 a0_0, a0_1, a0_2, a0_3;
    __m512 a1_0, a1_1, a1_2, a1_3;
    __m512 a2_0, a2_1, a2_2, a2_3;
    __m512 a3_0, a3_1, a3_2, a3_3;
    __m512 a4_0, a4_1, a4_2, a4_3;
    __m512 a5_0, a5_1, a5_2, a5_3;
    if (r->first) {
        const __m512 bb0 = r->bias ? _mm512_loadu_ps(r->bias) : _mm512_setzero_ps();
        const __m512 bb1 = r->bias ? _mm512_loadu_ps(r->bias + 16) : _mm512_setzero_ps();
        const __m512 bb2 = r->bias ? _mm512_loadu_ps(r->bias + 32) : _mm512_setzero_ps();
        const __m512 bb3 = r->bias ? _mm512_loadu_ps(r->bias + 48) : _mm512_setzero_ps();
        a0_0 = bb0;
        a0_1 = bb1;
        a0_2 = bb2;
        a0_3 = bb3;
        a1_0 = bb0;
        a1_1 = bb1;
        a1_2 = bb2;
        a1_3 = bb3;
        a2_0 = bb0;
        a2_1 = bb1;
        a2_2 = bb2;
        a2_3 = bb3;
        a3_0 = bb0;
        a3_1 = bb1;
        a3_2 = bb2;
        a3_3 = bb3;
        a4_0 = bb0;
        a4_1 = bb1;
        a4_2 = bb2;
        a4_3 = bb3;
        a5_0 = bb0;
        a5_1 = bb1;
        a5_2 = bb2;
        a5_3 = bb3;
    } else if (!r->ylanes) {
        a0_0 = _mm512_loadu_ps(y + r->yvoff[0]);
        a0_1 = _mm512_loadu_ps(y + r->yvoff[1]);
        a0_2 = _mm512_loadu_ps(y + r->yvoff[2]);
        a0_3 = _mm512_loadu_ps(y + r->yvoff[3]);
        a1_0 = _mm512_loadu_ps(y + 1 * ypix + r->yvoff[0]);
        a1_1 = _mm512_loadu_ps(y + 1 * ypix + r->yvoff[1]);
        a1_2 = _mm512_loadu_ps(y + 1 * ypix + r->yvoff[2]);
        a1_3 = _mm512_loadu_ps(y + 1 * ypix + r->yvoff[3]);
        a2_0 = _mm512_loadu_ps(y + 2 * ypix + r->yvoff[0]);
        a2_1 = _mm512_loadu_ps(y + 2 * ypix + r->yvoff[1]);
        a2_2 = _mm512_loadu_ps(y + 2 * ypix + r->yvoff[2]);
        a2_3 = _mm512_loadu_ps(y + 2 * ypix + r->yvoff[3]);
        a3_0 = _mm512_loadu_ps(y + 3 * ypix + r->yvoff[0]);
        a3_1 = _mm512_loadu_ps(y + 3 * ypix + r->yvoff[1]);
        a3_2 = _mm512_loadu_ps(y + 3 * ypix + r->yvoff[2]);
        a3_3 = _mm512_loadu_ps(y + 3 * ypix + r->yvoff[3]);
        a4_0 = _mm512_loadu_ps(y + 4 * ypix + r->yvoff[0]);
        a4_1 = _mm512_loadu_ps(y + 4 * ypix + r->yvoff[1]);
        a4_2 = _mm512_loadu_ps(y + 4 * ypix + r->yvoff[2]);
        a4_3 = _mm512_loadu_ps(y + 4 * ypix + r->yvoff[3]);
        a5_0 = _mm512_loadu_ps(y + 5 * ypix + r->yvoff[0]);
        a5_1 = _mm512_loadu_ps(y + 5 * ypix + r->yvoff[1]);
        a5_2 = _mm512_loadu_ps(y + 5 * ypix + r->yvoff[2]);
        a5_3 = _mm512_loadu_ps(y + 5 * ypix + r->yvoff[3]);
    } else {
        a0_0 = lanes_load(r, y + r->yvoff[0], 0);
        a0_1 = lanes_load(r, y + r->yvoff[1], 1);
        a0_2 = lanes_load(r, y + r->yvoff[2], 2);
        a0_3 = lanes_load(r, y + r->yvoff[3], 3);
        a1_0 = lanes_load(r, y + 1 * ypix + r->yvoff[0], 0);
        a1_1 = lanes_load(r, y + 1 * ypix + r->yvoff[1], 1);
        a1_2 = lanes_load(r, y + 1 * ypix + r->yvoff[2], 2);
        a1_3 = lanes_load(r, y + 1 * ypix + r->yvoff[3], 3);
        a2_0 = lanes_load(r, y + 2 * ypix + r->yvoff[0], 0);
        a2_1 = lanes_load(r, y + 2 * ypix + r->yvoff[1], 1);
        a2_2 = lanes_load(r, y + 2 * ypix + r->yvoff[2], 2);
        a2_3 = lanes_load(r, y + 2 * ypix + r->yvoff[3], 3);
        a3_0 = lanes_load(r, y + 3 * ypix + r->yvoff[0], 0);
        a3_1 = lanes_load(r, y + 3 * ypix + r->yvoff[1], 1);
        a3_2 = lanes_load(r, y + 3 * ypix + r->yvoff[2], 2);
        a3_3 = lanes_load(r, y + 3 * ypix + r->yvoff[3], 3);
        a4_0 = lanes_load(r, y + 4 * ypix + r->yvoff[0], 0);
        a4_1 = lanes_load(r, y + 4 * ypix + r->yvoff[1], 1);
        a4_2 = lanes_load(r, y + 4 * ypix + r->yvoff[2], 2);
        a4_3 = lanes_load(r, y + 4 * ypix + r->yvoff[3], 3);
        a5_0 = lanes_load(r, y + 5 * ypix + r->yvoff[0], 0);
        a5_1 = lanes_load(r, y + 5 * ypix + r->yvoff[1], 1);
        a5_2 = lanes_load(r, y + 5 * ypix + r->yvoff[2], 2);
        a5_3 = lanes_load(r, y + 5 * ypix + r->yvoff[3], 3);
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
                    const float *wt = r->w + ((ptrdiff_t)ky * r->kw + kx) * cib * 64;
                    switch (cut) {
                    case 0: { /* columns [0, 6) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 w2 = _mm512_loadu_ps(wi + 32);
                                const __m512 w3 = _mm512_loadu_ps(wi + 48);
                                const __m512 x0 = _mm512_set1_ps(*xi);
                                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                                a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                                a0_2 = _mm512_fmadd_ps(x0, w2, a0_2);
                                a0_3 = _mm512_fmadd_ps(x0, w3, a0_3);
                                const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                a1_2 = _mm512_fmadd_ps(x1, w2, a1_2);
                                a1_3 = _mm512_fmadd_ps(x1, w3, a1_3);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                                a2_3 = _mm512_fmadd_ps(x2, w3, a2_3);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                a3_2 = _mm512_fmadd_ps(x3, w2, a3_2);
                                a3_3 = _mm512_fmadd_ps(x3, w3, a3_3);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                a4_2 = _mm512_fmadd_ps(x4, w2, a4_2);
                                a4_3 = _mm512_fmadd_ps(x4, w3, a4_3);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                a5_2 = _mm512_fmadd_ps(x5, w2, a5_2);
                                a5_3 = _mm512_fmadd_ps(x5, w3, a5_3);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 1: { /* columns [0, 5) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 w2 = _mm512_loadu_ps(wi + 32);
                                const __m512 w3 = _mm512_loadu_ps(wi + 48);
                                const __m512 x0 = _mm512_set1_ps(*xi);
                                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                                a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                                a0_2 = _mm512_fmadd_ps(x0, w2, a0_2);
                                a0_3 = _mm512_fmadd_ps(x0, w3, a0_3);
                                const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                a1_2 = _mm512_fmadd_ps(x1, w2, a1_2);
                                a1_3 = _mm512_fmadd_ps(x1, w3, a1_3);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                                a2_3 = _mm512_fmadd_ps(x2, w3, a2_3);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                a3_2 = _mm512_fmadd_ps(x3, w2, a3_2);
                                a3_3 = _mm512_fmadd_ps(x3, w3, a3_3);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                a4_2 = _mm512_fmadd_ps(x4, w2, a4_2);
                                a4_3 = _mm512_fmadd_ps(x4, w3, a4_3);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 2: { /* columns [0, 4) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 w2 = _mm512_loadu_ps(wi + 32);
                                const __m512 w3 = _mm512_loadu_ps(wi + 48);
                                const __m512 x0 = _mm512_set1_ps(*xi);
                                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                                a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                                a0_2 = _mm512_fmadd_ps(x0, w2, a0_2);
                                a0_3 = _mm512_fmadd_ps(x0, w3, a0_3);
                                const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                a1_2 = _mm512_fmadd_ps(x1, w2, a1_2);
                                a1_3 = _mm512_fmadd_ps(x1, w3, a1_3);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                                a2_3 = _mm512_fmadd_ps(x2, w3, a2_3);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                a3_2 = _mm512_fmadd_ps(x3, w2, a3_2);
                                a3_3 = _mm512_fmadd_ps(x3, w3, a3_3);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 3: { /* columns [0, 3) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 w2 = _mm512_loadu_ps(wi + 32);
                                const __m512 w3 = _mm512_loadu_ps(wi + 48);
                                const __m512 x0 = _mm512_set1_ps(*xi);
                                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                                a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                                a0_2 = _mm512_fmadd_ps(x0, w2, a0_2);
                                a0_3 = _mm512_fmadd_ps(x0, w3, a0_3);
                                const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                a1_2 = _mm512_fmadd_ps(x1, w2, a1_2);
                                a1_3 = _mm512_fmadd_ps(x1, w3, a1_3);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                                a2_3 = _mm512_fmadd_ps(x2, w3, a2_3);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 4: { /* columns [1, 6) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 w2 = _mm512_loadu_ps(wi + 32);
                                const __m512 w3 = _mm512_loadu_ps(wi + 48);
                                const __m512 x1 = _mm512_set1_ps(*xi);
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                a1_2 = _mm512_fmadd_ps(x1, w2, a1_2);
                                a1_3 = _mm512_fmadd_ps(x1, w3, a1_3);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                                a2_3 = _mm512_fmadd_ps(x2, w3, a2_3);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                a3_2 = _mm512_fmadd_ps(x3, w2, a3_2);
                                a3_3 = _mm512_fmadd_ps(x3, w3, a3_3);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 3 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                a4_2 = _mm512_fmadd_ps(x4, w2, a4_2);
                                a4_3 = _mm512_fmadd_ps(x4, w3, a4_3);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 4 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                a5_2 = _mm512_fmadd_ps(x5, w2, a5_2);
                                a5_3 = _mm512_fmadd_ps(x5, w3, a5_3);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 5: { /* columns [1, 5) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 w2 = _mm512_loadu_ps(wi + 32);
                                const __m512 w3 = _mm512_loadu_ps(wi + 48);
                                const __m512 x1 = _mm512_set1_ps(*xi);
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                a1_2 = _mm512_fmadd_ps(x1, w2, a1_2);
                                a1_3 = _mm512_fmadd_ps(x1, w3, a1_3);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                                a2_3 = _mm512_fmadd_ps(x2, w3, a2_3);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                a3_2 = _mm512_fmadd_ps(x3, w2, a3_2);
                                a3_3 = _mm512_fmadd_ps(x3, w3, a3_3);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 3 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                a4_2 = _mm512_fmadd_ps(x4, w2, a4_2);
                                a4_3 = _mm512_fmadd_ps(x4, w3, a4_3);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 6: { /* columns [1, 4) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 w2 = _mm512_loadu_ps(wi + 32);
                                const __m512 w3 = _mm512_loadu_ps(wi + 48);
                                const __m512 x1 = _mm512_set1_ps(*xi);
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                a1_2 = _mm512_fmadd_ps(x1, w2, a1_2);
                                a1_3 = _mm512_fmadd_ps(x1, w3, a1_3);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                                a2_3 = _mm512_fmadd_ps(x2, w3, a2_3);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                a3_2 = _mm512_fmadd_ps(x3, w2, a3_2);
                                a3_3 = _mm512_fmadd_ps(x3, w3, a3_3);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 7: { /* columns [1, 3) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 w2 = _mm512_loadu_ps(wi + 32);
                                const __m512 w3 = _mm512_loadu_ps(wi + 48);
                                const __m512 x1 = _mm512_set1_ps(*xi);
                                a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                                a1_2 = _mm512_fmadd_ps(x1, w2, a1_2);
                                a1_3 = _mm512_fmadd_ps(x1, w3, a1_3);
                                const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                                a2_3 = _mm512_fmadd_ps(x2, w3, a2_3);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 8: { /* columns [2, 6) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 w2 = _mm512_loadu_ps(wi + 32);
                                const __m512 w3 = _mm512_loadu_ps(wi + 48);
                                const __m512 x2 = _mm512_set1_ps(*xi);
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                                a2_3 = _mm512_fmadd_ps(x2, w3, a2_3);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                a3_2 = _mm512_fmadd_ps(x3, w2, a3_2);
                                a3_3 = _mm512_fmadd_ps(x3, w3, a3_3);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 2 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                a4_2 = _mm512_fmadd_ps(x4, w2, a4_2);
                                a4_3 = _mm512_fmadd_ps(x4, w3, a4_3);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 3 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                a5_2 = _mm512_fmadd_ps(x5, w2, a5_2);
                                a5_3 = _mm512_fmadd_ps(x5, w3, a5_3);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 9: { /* columns [2, 5) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 w2 = _mm512_loadu_ps(wi + 32);
                                const __m512 w3 = _mm512_loadu_ps(wi + 48);
                                const __m512 x2 = _mm512_set1_ps(*xi);
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                                a2_3 = _mm512_fmadd_ps(x2, w3, a2_3);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                a3_2 = _mm512_fmadd_ps(x3, w2, a3_2);
                                a3_3 = _mm512_fmadd_ps(x3, w3, a3_3);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 2 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                a4_2 = _mm512_fmadd_ps(x4, w2, a4_2);
                                a4_3 = _mm512_fmadd_ps(x4, w3, a4_3);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 10: { /* columns [2, 4) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 w2 = _mm512_loadu_ps(wi + 32);
                                const __m512 w3 = _mm512_loadu_ps(wi + 48);
                                const __m512 x2 = _mm512_set1_ps(*xi);
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                                a2_3 = _mm512_fmadd_ps(x2, w3, a2_3);
                                const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                a3_2 = _mm512_fmadd_ps(x3, w2, a3_2);
                                a3_3 = _mm512_fmadd_ps(x3, w3, a3_3);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 11: { /* columns [2, 3) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 w2 = _mm512_loadu_ps(wi + 32);
                                const __m512 w3 = _mm512_loadu_ps(wi + 48);
                                const __m512 x2 = _mm512_set1_ps(*xi);
                                a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                                a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                                a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                                a2_3 = _mm512_fmadd_ps(x2, w3, a2_3);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 12: { /* columns [3, 6) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 w2 = _mm512_loadu_ps(wi + 32);
                                const __m512 w3 = _mm512_loadu_ps(wi + 48);
                                const __m512 x3 = _mm512_set1_ps(*xi);
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                a3_2 = _mm512_fmadd_ps(x3, w2, a3_2);
                                a3_3 = _mm512_fmadd_ps(x3, w3, a3_3);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 1 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                a4_2 = _mm512_fmadd_ps(x4, w2, a4_2);
                                a4_3 = _mm512_fmadd_ps(x4, w3, a4_3);
                                const __m512 x5 = _mm512_set1_ps(*(xi + 2 * xp));
                                a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                                a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                                a5_2 = _mm512_fmadd_ps(x5, w2, a5_2);
                                a5_3 = _mm512_fmadd_ps(x5, w3, a5_3);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 13: { /* columns [3, 5) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 w2 = _mm512_loadu_ps(wi + 32);
                                const __m512 w3 = _mm512_loadu_ps(wi + 48);
                                const __m512 x3 = _mm512_set1_ps(*xi);
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                a3_2 = _mm512_fmadd_ps(x3, w2, a3_2);
                                a3_3 = _mm512_fmadd_ps(x3, w3, a3_3);
                                const __m512 x4 = _mm512_set1_ps(*(xi + 1 * xp));
                                a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                                a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                                a4_2 = _mm512_fmadd_ps(x4, w2, a4_2);
                                a4_3 = _mm512_fmadd_ps(x4, w3, a4_3);
                            }
                            xc += r->xcb;
                        }
                        break;
                    }
                    case 14: { /* columns [3, 4) */
                        const float *xc = xt - coff * xch, *wi = wt;
                        for (int c = -coff; c < cib; c += cblk) {
                            const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                            const float *xi = xc + a * xch;
                            for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                                const __m512 w0 = _mm512_loadu_ps(wi);
                                const __m512 w1 = _mm512_loadu_ps(wi + 16);
                                const __m512 w2 = _mm512_loadu_ps(wi + 32);
                                const __m512 w3 = _mm512_loadu_ps(wi + 48);
                                const __m512 x3 = _mm512_set1_ps(*xi);
                                a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                                a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                                a3_2 = _mm512_fmadd_ps(x3, w2, a3_2);
                                a3_3 = _mm512_fmadd_ps(x3, w3, a3_3);
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
                const float *wt = r->w + ((ptrdiff_t)ky * r->kw + kx) * cib * 64;
                switch (cut) {
                case 0: { /* columns [0, 6) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 w2 = _mm512_loadu_ps(wi + 32);
                            const __m512 w3 = _mm512_loadu_ps(wi + 48);
                            const __m512 x0 = _mm512_set1_ps(*xi);
                            a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                            a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                            a0_2 = _mm512_fmadd_ps(x0, w2, a0_2);
                            a0_3 = _mm512_fmadd_ps(x0, w3, a0_3);
                            const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            a1_2 = _mm512_fmadd_ps(x1, w2, a1_2);
                            a1_3 = _mm512_fmadd_ps(x1, w3, a1_3);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                            a2_3 = _mm512_fmadd_ps(x2, w3, a2_3);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            a3_2 = _mm512_fmadd_ps(x3, w2, a3_2);
                            a3_3 = _mm512_fmadd_ps(x3, w3, a3_3);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            a4_2 = _mm512_fmadd_ps(x4, w2, a4_2);
                            a4_3 = _mm512_fmadd_ps(x4, w3, a4_3);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 5 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            a5_2 = _mm512_fmadd_ps(x5, w2, a5_2);
                            a5_3 = _mm512_fmadd_ps(x5, w3, a5_3);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 1: { /* columns [0, 5) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 w2 = _mm512_loadu_ps(wi + 32);
                            const __m512 w3 = _mm512_loadu_ps(wi + 48);
                            const __m512 x0 = _mm512_set1_ps(*xi);
                            a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                            a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                            a0_2 = _mm512_fmadd_ps(x0, w2, a0_2);
                            a0_3 = _mm512_fmadd_ps(x0, w3, a0_3);
                            const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            a1_2 = _mm512_fmadd_ps(x1, w2, a1_2);
                            a1_3 = _mm512_fmadd_ps(x1, w3, a1_3);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                            a2_3 = _mm512_fmadd_ps(x2, w3, a2_3);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            a3_2 = _mm512_fmadd_ps(x3, w2, a3_2);
                            a3_3 = _mm512_fmadd_ps(x3, w3, a3_3);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 4 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            a4_2 = _mm512_fmadd_ps(x4, w2, a4_2);
                            a4_3 = _mm512_fmadd_ps(x4, w3, a4_3);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 2: { /* columns [0, 4) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 w2 = _mm512_loadu_ps(wi + 32);
                            const __m512 w3 = _mm512_loadu_ps(wi + 48);
                            const __m512 x0 = _mm512_set1_ps(*xi);
                            a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                            a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                            a0_2 = _mm512_fmadd_ps(x0, w2, a0_2);
                            a0_3 = _mm512_fmadd_ps(x0, w3, a0_3);
                            const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            a1_2 = _mm512_fmadd_ps(x1, w2, a1_2);
                            a1_3 = _mm512_fmadd_ps(x1, w3, a1_3);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                            a2_3 = _mm512_fmadd_ps(x2, w3, a2_3);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 3 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            a3_2 = _mm512_fmadd_ps(x3, w2, a3_2);
                            a3_3 = _mm512_fmadd_ps(x3, w3, a3_3);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 3: { /* columns [0, 3) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 w2 = _mm512_loadu_ps(wi + 32);
                            const __m512 w3 = _mm512_loadu_ps(wi + 48);
                            const __m512 x0 = _mm512_set1_ps(*xi);
                            a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                            a0_1 = _mm512_fmadd_ps(x0, w1, a0_1);
                            a0_2 = _mm512_fmadd_ps(x0, w2, a0_2);
                            a0_3 = _mm512_fmadd_ps(x0, w3, a0_3);
                            const __m512 x1 = _mm512_set1_ps(*(xi + 1 * xp));
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            a1_2 = _mm512_fmadd_ps(x1, w2, a1_2);
                            a1_3 = _mm512_fmadd_ps(x1, w3, a1_3);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 2 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                            a2_3 = _mm512_fmadd_ps(x2, w3, a2_3);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 4: { /* columns [1, 6) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 w2 = _mm512_loadu_ps(wi + 32);
                            const __m512 w3 = _mm512_loadu_ps(wi + 48);
                            const __m512 x1 = _mm512_set1_ps(*xi);
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            a1_2 = _mm512_fmadd_ps(x1, w2, a1_2);
                            a1_3 = _mm512_fmadd_ps(x1, w3, a1_3);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                            a2_3 = _mm512_fmadd_ps(x2, w3, a2_3);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            a3_2 = _mm512_fmadd_ps(x3, w2, a3_2);
                            a3_3 = _mm512_fmadd_ps(x3, w3, a3_3);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 3 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            a4_2 = _mm512_fmadd_ps(x4, w2, a4_2);
                            a4_3 = _mm512_fmadd_ps(x4, w3, a4_3);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 4 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            a5_2 = _mm512_fmadd_ps(x5, w2, a5_2);
                            a5_3 = _mm512_fmadd_ps(x5, w3, a5_3);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 5: { /* columns [1, 5) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 w2 = _mm512_loadu_ps(wi + 32);
                            const __m512 w3 = _mm512_loadu_ps(wi + 48);
                            const __m512 x1 = _mm512_set1_ps(*xi);
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            a1_2 = _mm512_fmadd_ps(x1, w2, a1_2);
                            a1_3 = _mm512_fmadd_ps(x1, w3, a1_3);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                            a2_3 = _mm512_fmadd_ps(x2, w3, a2_3);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            a3_2 = _mm512_fmadd_ps(x3, w2, a3_2);
                            a3_3 = _mm512_fmadd_ps(x3, w3, a3_3);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 3 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            a4_2 = _mm512_fmadd_ps(x4, w2, a4_2);
                            a4_3 = _mm512_fmadd_ps(x4, w3, a4_3);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 6: { /* columns [1, 4) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 w2 = _mm512_loadu_ps(wi + 32);
                            const __m512 w3 = _mm512_loadu_ps(wi + 48);
                            const __m512 x1 = _mm512_set1_ps(*xi);
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            a1_2 = _mm512_fmadd_ps(x1, w2, a1_2);
                            a1_3 = _mm512_fmadd_ps(x1, w3, a1_3);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                            a2_3 = _mm512_fmadd_ps(x2, w3, a2_3);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 2 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            a3_2 = _mm512_fmadd_ps(x3, w2, a3_2);
                            a3_3 = _mm512_fmadd_ps(x3, w3, a3_3);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 7: { /* columns [1, 3) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 w2 = _mm512_loadu_ps(wi + 32);
                            const __m512 w3 = _mm512_loadu_ps(wi + 48);
                            const __m512 x1 = _mm512_set1_ps(*xi);
                            a1_0 = _mm512_fmadd_ps(x1, w0, a1_0);
                            a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                            a1_2 = _mm512_fmadd_ps(x1, w2, a1_2);
                            a1_3 = _mm512_fmadd_ps(x1, w3, a1_3);
                            const __m512 x2 = _mm512_set1_ps(*(xi + 1 * xp));
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                            a2_3 = _mm512_fmadd_ps(x2, w3, a2_3);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 8: { /* columns [2, 6) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 w2 = _mm512_loadu_ps(wi + 32);
                            const __m512 w3 = _mm512_loadu_ps(wi + 48);
                            const __m512 x2 = _mm512_set1_ps(*xi);
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                            a2_3 = _mm512_fmadd_ps(x2, w3, a2_3);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            a3_2 = _mm512_fmadd_ps(x3, w2, a3_2);
                            a3_3 = _mm512_fmadd_ps(x3, w3, a3_3);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 2 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            a4_2 = _mm512_fmadd_ps(x4, w2, a4_2);
                            a4_3 = _mm512_fmadd_ps(x4, w3, a4_3);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 3 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            a5_2 = _mm512_fmadd_ps(x5, w2, a5_2);
                            a5_3 = _mm512_fmadd_ps(x5, w3, a5_3);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 9: { /* columns [2, 5) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 w2 = _mm512_loadu_ps(wi + 32);
                            const __m512 w3 = _mm512_loadu_ps(wi + 48);
                            const __m512 x2 = _mm512_set1_ps(*xi);
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                            a2_3 = _mm512_fmadd_ps(x2, w3, a2_3);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            a3_2 = _mm512_fmadd_ps(x3, w2, a3_2);
                            a3_3 = _mm512_fmadd_ps(x3, w3, a3_3);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 2 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            a4_2 = _mm512_fmadd_ps(x4, w2, a4_2);
                            a4_3 = _mm512_fmadd_ps(x4, w3, a4_3);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 10: { /* columns [2, 4) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 w2 = _mm512_loadu_ps(wi + 32);
                            const __m512 w3 = _mm512_loadu_ps(wi + 48);
                            const __m512 x2 = _mm512_set1_ps(*xi);
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                            a2_3 = _mm512_fmadd_ps(x2, w3, a2_3);
                            const __m512 x3 = _mm512_set1_ps(*(xi + 1 * xp));
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            a3_2 = _mm512_fmadd_ps(x3, w2, a3_2);
                            a3_3 = _mm512_fmadd_ps(x3, w3, a3_3);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 11: { /* columns [2, 3) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 w2 = _mm512_loadu_ps(wi + 32);
                            const __m512 w3 = _mm512_loadu_ps(wi + 48);
                            const __m512 x2 = _mm512_set1_ps(*xi);
                            a2_0 = _mm512_fmadd_ps(x2, w0, a2_0);
                            a2_1 = _mm512_fmadd_ps(x2, w1, a2_1);
                            a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                            a2_3 = _mm512_fmadd_ps(x2, w3, a2_3);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 12: { /* columns [3, 6) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 w2 = _mm512_loadu_ps(wi + 32);
                            const __m512 w3 = _mm512_loadu_ps(wi + 48);
                            const __m512 x3 = _mm512_set1_ps(*xi);
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            a3_2 = _mm512_fmadd_ps(x3, w2, a3_2);
                            a3_3 = _mm512_fmadd_ps(x3, w3, a3_3);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 1 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            a4_2 = _mm512_fmadd_ps(x4, w2, a4_2);
                            a4_3 = _mm512_fmadd_ps(x4, w3, a4_3);
                            const __m512 x5 = _mm512_set1_ps(*(xi + 2 * xp));
                            a5_0 = _mm512_fmadd_ps(x5, w0, a5_0);
                            a5_1 = _mm512_fmadd_ps(x5, w1, a5_1);
                            a5_2 = _mm512_fmadd_ps(x5, w2, a5_2);
                            a5_3 = _mm512_fmadd_ps(x5, w3, a5_3);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 13: { /* columns [3, 5) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 w2 = _mm512_loadu_ps(wi + 32);
                            const __m512 w3 = _mm512_loadu_ps(wi + 48);
                            const __m512 x3 = _mm512_set1_ps(*xi);
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            a3_2 = _mm512_fmadd_ps(x3, w2, a3_2);
                            a3_3 = _mm512_fmadd_ps(x3, w3, a3_3);
                            const __m512 x4 = _mm512_set1_ps(*(xi + 1 * xp));
                            a4_0 = _mm512_fmadd_ps(x4, w0, a4_0);
                            a4_1 = _mm512_fmadd_ps(x4, w1, a4_1);
                            a4_2 = _mm512_fmadd_ps(x4, w2, a4_2);
                            a4_3 = _mm512_fmadd_ps(x4, w3, a4_3);
                        }
                        xc += r->xcb;
                    }
                    break;
                }
                case 14: { /* columns [3, 4) */
                    const float *xc = xt - coff * xch, *wi = wt;
                    for (int c = -coff; c < cib; c += cblk) {
                        const int a = c < 0 ? -c : 0, nb = cib - c < cblk ? cib - c : cblk;
                        const float *xi = xc + a * xch;
                        for (int ii = a; ii < nb; ii++, xi += xch, wi += 64) {
                            const __m512 w0 = _mm512_loadu_ps(wi);
                            const __m512 w1 = _mm512_loadu_ps(wi + 16);
                            const __m512 w2 = _mm512_loadu_ps(wi + 32);
                            const __m512 w3 = _mm512_loadu_ps(wi + 48);
                            const __m512 x3 = _mm512_set1_ps(*xi);
                            a3_0 = _mm512_fmadd_ps(x3, w0, a3_0);
                            a3_1 = _mm512_fmadd_ps(x3, w1, a3_1);
                            a3_2 = _mm512_fmadd_ps(x3, w2, a3_2);
                            a3_3 = _mm512_fmadd_ps(x3, w3, a3_3);
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
        a0_2 = _mm512_max_ps(a0_2, _mm512_setzero_ps());
        a0_3 = _mm512_max_ps(a0_3, _mm512_setzero_ps());
        a1_0 = _mm512_max_ps(a1_0, _mm512_setzero_ps());
        a1_1 = _mm512_max_ps(a1_1, _mm512_setzero_ps());
        a1_2 = _mm512_max_ps(a1_2, _mm512_setzero_ps());
        a1_3 = _mm512_max_ps(a1_3, _mm512_setzero_ps());
        a2_0 = _mm512_max_ps(a2_0, _mm512_setzero_ps());
        a2_1 = _mm512_max_ps(a2_1, _mm512_setzero_ps());
        a2_2 = _mm512_max_ps(a2_2, _mm512_setzero_ps());
        a2_3 = _mm512_max_ps(a2_3, _mm512_setzero_ps());
        a3_0 = _mm512_max_ps(a3_0, _mm512_setzero_ps());
        a3_1 = _mm512_max_ps(a3_1, _mm512_setzero_ps());
        a3_2 = _mm512_max_ps(a3_2, _mm512_setzero_ps());
        a3_3 = _mm512_max_ps(a3_3, _mm512_setzero_ps());
        a4_0 = _mm512_max_ps(a4_0, _mm512_setzero_ps());
        a4_1 = _mm512_max_ps(a4_1, _mm512_setzero_ps());
        a4_2 = _mm512_max_ps(a4_2, _mm512_setzero_ps());
        a4_3 = _mm512_max_ps(a4_3, _mm512_setzero_ps());
        a5_0 = _mm512_max_ps(a5_0, _mm512_setzero_ps());
        a5_1 = _mm512_max_ps(a5_1, _mm512_setzero_ps());
        a5_2 = _mm512_max_ps(a5_2, _mm512_setzero_ps());
        a5_3 = _mm512_max_ps(a5_3, _mm512_setzero_ps());
    }
    if (!r->ylanes) {
        _mm512_storeu_ps(y + r->yvoff[0], a0_0);
        _mm512_storeu_ps(y + r->yvoff[1], a0_1);
        _mm512_storeu_ps(y + r->yvoff[2], a0_2);
        _mm512_storeu_ps(y + r->yvoff[3], a0_3);
        _mm512_storeu_ps(y + 1 * ypix + r->yvoff[0], a1_0);
        _mm512_storeu_ps(y + 1 * ypix + r->yvoff[1], a1_1);
        _mm512_storeu_ps(y + 1 * ypix + r->yvoff[2], a1_2);
        _mm512_storeu_ps(y + 1 * ypix + r->yvoff[3], a1_3);
        _mm512_storeu_ps(y + 2 * ypix + r->yvoff[0], a2_0);
        _mm512_storeu_ps(y + 2 * ypix + r->yvoff[1], a2_1);
        _mm512_storeu_ps(y + 2 * ypix + r->yvoff[2], a2_2);
        _mm512_storeu_ps(y + 2 * ypix + r->yvoff[3], a2_3);
        _mm512_storeu_ps(y + 3 * ypix + r->yvoff[0], a3_0);
        _mm512_storeu_ps(y + 3 * ypix + r->yvoff[1], a3_1);
        _mm512_storeu_ps(y + 3 * ypix + r->yvoff[2], a3_2);
        _mm512_storeu_ps(y + 3 * ypix + r->yvoff[3], a3_3);
        _mm512_storeu_ps(y + 4 * ypix + r->yvoff[0], a4_0);
        _mm512_storeu_ps(y + 4 * ypix + r->yvoff[1], a4_1);
        _mm512_storeu_ps(y + 4 * ypix + r->yvoff[2], a4_2);
        _mm512_storeu_ps(y + 4 * ypix + r->yvoff[3], a4_3);
        _mm512_storeu_ps(y + 5 * ypix + r->yvoff[0], a5_0);
        _mm512_storeu_ps(y + 5 * ypix + r->yvoff[1], a5_1);
        _mm512_storeu_ps(y + 5 * ypix + r->yvoff[2], a5_2);
        _mm512_storeu_ps(y + 5 * ypix + r->yvoff[3], a5_3);
    } else if (r->ych != 1 && r->ypix == 1) {
        /* NCHW: each vector's W columns transposed into one run per channel */
        __m512 t[16];
        t[0] = a0_0;
        t[1] = a1_0;
        t[2] = a2_0;
        t[3] = a3_0;
        t[4] = a4_0;
        t[5] = a5_0;
        plane_store(y + r->yvoff[0], r->ych, t, 6);
        t[0] = a0_1;
        t[1] = a1_1;
        t[2] = a2_1;
        t[3] = a3_1;
        t[4] = a4_1;
        t[5] = a5_1;
        plane_store(y + r->yvoff[1], r->ych, t, 6);
        t[0] = a0_2;
        t[1] = a1_2;
        t[2] = a2_2;
        t[3] = a3_2;
        t[4] = a4_2;
        t[5] = a5_2;
        plane_store(y + r->yvoff[2], r->ych, t, 6);
        t[0] = a0_3;
        t[1] = a1_3;
        t[2] = a2_3;
        t[3] = a3_3;
        t[4] = a4_3;
        t[5] = a5_3;
        plane_store(y + r->yvoff[3], r->ych, t, 6);
    } else {
        lanes_store(r, y + r->yvoff[0], 0, a0_0);
        lanes_store(r, y + r->yvoff[1], 1, a0_1);
        lanes_store(r, y + r->yvoff[2], 2, a0_2);
        lanes_store(r, y + r->yvoff[3], 3, a0_3);
        lanes_store(r, y + 1 * ypix + r->yvoff[0], 0, a1_0);
        lanes_store(r, y + 1 * ypix + r->yvoff[1], 1, a1_1);
        lanes_store(r, y + 1 * ypix + r->yvoff[2], 2, a1_2);
        lanes_store(r, y + 1 * ypix + r->yvoff[3], 3, a1_3);
        lanes_store(r, y + 2 * ypix + r->yvoff[0], 0, a2_0);
        lanes_store(r, y + 2 * ypix + r->yvoff[1], 1, a2_1);
        lanes_store(r, y + 2 * ypix + r->yvoff[2], 2, a2_2);
        lanes_store(r, y + 2 * ypix + r->yvoff[3], 3, a2_3);
        lanes_store(r, y + 3 * ypix + r->yvoff[0], 0, a3_0);
        lanes_store(r, y + 3 * ypix + r->yvoff[1], 1, a3_1);
        lanes_store(r, y + 3 * ypix + r->yvoff[2], 2, a3_2);
        lanes_store(r, y + 3 * ypix + r->yvoff[3], 3, a3_3);
        lanes_store(r, y + 4 * ypix + r->yvoff[0], 0, a4_0);
        lanes_store(r, y + 4 * ypix + r->yvoff[1], 1, a4_1);
        lanes_store(r, y + 4 * ypix + r->yvoff[2], 2, a4_2);
        lanes_store(r, y + 4 * ypix + r->yvoff[3], 3, a4_3);
        lanes_store(r, y + 5 * ypix + r->yvoff[0], 0, a5_0);
        lanes_store(r, y + 5 * ypix + r->yvoff[1], 1, a5_1);
        lanes_store(r, y + 5 * ypix + r->yvoff[2], 2, a5_2);
        lanes_store(r, y + 5 * ypix + r->yvoff[3], 3, a5_3);
    }
    return true;
}

const lmc_direct_ukernel lmc_f32_direct_conv_64cx6w__avx512 = {
    .name = "f32-direct-conv-64cx6w-avx512",
    .isa = LMC_ISA_AVX512,
    .vw = 16,
    .nv = 4,
    .wob = 6,
    .dw_wob = 6,
    .merged = {
        [4] = lmc_f32_direct_conv_64cx6w_merged4__avx512,
        [5] = lmc_f32_direct_conv_64cx6w_merged5__avx512,
        [6] = lmc_f32_direct_conv_64cx6w_merged6__avx512,
    },
    .taps = {
        [4] = lmc_f32_direct_conv_64cx6w_taps4__avx512,
        [5] = lmc_f32_direct_conv_64cx6w_taps5__avx512,
        [6] = lmc_f32_direct_conv_64cx6w_taps6__avx512,
    },
    .conv = {
        [1] = lmc_f32_direct_conv_64cx6w_conv1__avx512,
        [2] = lmc_f32_direct_conv_64cx6w_conv2__avx512,
        [3] = lmc_f32_direct_conv_64cx6w_conv3__avx512,
        [4] = lmc_f32_direct_conv_64cx6w_conv4__avx512,
        [5] = lmc_f32_direct_conv_64cx6w_conv5__avx512,
        [6] = lmc_f32_direct_conv_64cx6w_conv6__avx512,
    },
    .dw = {
        [1] = lmc_f32_direct_conv_64cx6w_dw1__avx512,
        [2] = lmc_f32_direct_conv_64cx6w_dw2__avx512,
        [3] = lmc_f32_direct_conv_64cx6w_dw3__avx512,
        [4] = lmc_f32_direct_conv_64cx6w_dw4__avx512,
        [5] = lmc_f32_direct_conv_64cx6w_dw5__avx512,
        [6] = lmc_f32_direct_conv_64cx6w_dw6__avx512,
    },
    .dw_v1 = {
        [1] = lmc_f32_direct_conv_64cx6w_dw1_v1__avx512,
        [2] = lmc_f32_direct_conv_64cx6w_dw2_v1__avx512,
        [3] = lmc_f32_direct_conv_64cx6w_dw3_v1__avx512,
        [4] = lmc_f32_direct_conv_64cx6w_dw4_v1__avx512,
        [5] = lmc_f32_direct_conv_64cx6w_dw5_v1__avx512,
        [6] = lmc_f32_direct_conv_64cx6w_dw6_v1__avx512,
    },
};
