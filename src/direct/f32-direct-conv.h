/* Template of the direct-convolution row kernels (see direct.h).  Included
 * once by each ISA file after it defines:
 *   DC_ISA        suffix of the function names (avx512, avx2, scalar)
 *   DC_KERNELS    name of the exported lmc_direct_kernels table
 *   DC_NAME_STR   the family's name, e.g. "f32-direct-conv-32cx12w-avx512"
 *   DC_VW         floats per vector;  DC_NV vectors per channel tile
 *   DC_WOB        output columns per register block (W_ob)
 *   DC_VEC        vector type; DC_ZERO(), DC_LOAD(p), DC_STORE(p, v) (both
 *                 unaligned), DC_BCAST(p) (broadcast *p), DC_FMA(a, b, c)
 *                 (a * b + c), DC_MAX0(v) (v > 0 ? v : 0, like the oracle)
 * The register block is acc[W_ob][NV]; the tile helpers are always inlined
 * with constant W_ob and NV so that acc lives in registers. */
#include <stdbool.h>

#include "direct.h"

#define DC_CAT2(a, b) a##_##b
#define DC_CAT(a, b) DC_CAT2(a, b)
#define DC_FN(x) DC_CAT(lmc_direct_##x, DC_ISA)
#define DC_COB (DC_VW * DC_NV)
#define DC_INLINE static inline __attribute__((always_inline))

/* Channels [0, n) of a partial tile's vector from src, the rest 0 (the
 * bias and output arrays end at the last real channel).  Kept out of line
 * so that the register block's loops around it unroll completely. */
static void DC_FN(part_load)(float t[DC_VW], const float *src, int n)
{
    for (int l = 0; l < DC_VW; l++) t[l] = l < n ? src[l] : 0.0f;
}

/* Channels [0, n) of a partial tile's vector to yp, [n, nz) zeros (blocked
 * layouts' padding channels), nothing beyond. */
static void DC_FN(part_store)(float *yp, const float t[DC_VW], int n, int nz)
{
    for (int l = 0; l < DC_VW && l < nz; l++) yp[l] = l < n ? t[l] : 0.0f;
}

/* acc[p][v] = the tile's starting value: the bias on the first cache block,
 * otherwise what the previous cache blocks left in the output. */
DC_INLINE void DC_FN(init)(const lmc_direct_row *r, float *y, int wob, int nv, bool full,
                           DC_VEC acc[DC_WOB][DC_NV])
{
    float t[DC_VW];
    if (r->first) {
        for (int v = 0; v < nv; v++) {
            DC_VEC b = DC_ZERO();
            if (r->bias && full) {
                b = DC_LOAD(r->bias + v * DC_VW);
            } else if (r->bias) {
                DC_FN(part_load)(t, r->bias + v * DC_VW, r->nvalid - v * DC_VW);
                b = DC_LOAD(t);
            }
            for (int p = 0; p < wob; p++) acc[p][v] = b;
        }
        return;
    }
    for (int p = 0; p < wob; p++)
        for (int v = 0; v < nv; v++) {
            const float *yp = y + p * r->ypix + r->yvoff[v];
            if (full) {
                acc[p][v] = DC_LOAD(yp);
            } else {
                DC_FN(part_load)(t, yp, r->nvalid - v * DC_VW);
                acc[p][v] = DC_LOAD(t);
            }
        }
}

/* Stores the register block, with the ReLU after the last cache block.  A
 * partial tile writes its nvalid channels and zeros the blocked layout's
 * padding channels up to nzero; nothing beyond. */
DC_INLINE void DC_FN(store)(const lmc_direct_row *r, float *y, int wob, int nv, bool full,
                            DC_VEC acc[DC_WOB][DC_NV])
{
    if (r->last && r->relu)
        for (int p = 0; p < wob; p++)
            for (int v = 0; v < nv; v++) acc[p][v] = DC_MAX0(acc[p][v]);
    float t[DC_VW];
    for (int p = 0; p < wob; p++)
        for (int v = 0; v < nv; v++) {
            float *yp = y + p * r->ypix + r->yvoff[v];
            if (full) {
                DC_STORE(yp, acc[p][v]);
            } else {
                DC_STORE(t, acc[p][v]);
                DC_FN(part_store)(yp, t, r->nvalid - v * DC_VW, r->nzero - v * DC_VW);
            }
        }
}

/* One tap (or, merged, one kernel row) of a register block over the
 * columns [p0, p1): xt is column p0's input at the cache block's first
 * channel, wt the tap's weights.  The n channels run in layout blocks of
 * cblk, xcb floats apart.  p0, p1, wob and nv are constants after
 * inlining, so acc stays in registers and the edge blocks' shorter ranges
 * are as tight as the interior ones. */
DC_INLINE void DC_FN(tap)(DC_VEC acc[DC_WOB][DC_NV], const float *xt, ptrdiff_t xp, ptrdiff_t xcb,
                          const float *wt, int n, int cblk, int p0, int p1, int nv)
{
    for (int c = 0; c < n; c += cblk) {
        const int nb = n - c < cblk ? n - c : cblk;
        for (int ii = 0; ii < nb; ii++) {
            DC_VEC wv[DC_NV];
            for (int v = 0; v < nv; v++) wv[v] = DC_LOAD(wt + ii * DC_COB + v * DC_VW);
            for (int p = p0; p < p1; p++) {
                const DC_VEC xb = DC_BCAST(xt + (p - p0) * xp + ii);
                for (int v = 0; v < nv; v++) acc[p][v] = DC_FMA(xb, wv[v], acc[p][v]);
            }
        }
        xt += xcb;
        wt += (ptrdiff_t)nb * DC_COB;
    }
}

/* Any other column range (kernels wider than the blocks, large padding):
 * the same loop with run-time bounds, one test per column. */
DC_INLINE void DC_FN(tap_any)(DC_VEC acc[DC_WOB][DC_NV], const float *xt, ptrdiff_t xp, ptrdiff_t xcb,
                              const float *wt, int n, int cblk, int pa, int pb, int wob, int nv)
{
    for (int c = 0; c < n; c += cblk) {
        const int nb = n - c < cblk ? n - c : cblk;
        for (int ii = 0; ii < nb; ii++) {
            DC_VEC wv[DC_NV];
            for (int v = 0; v < nv; v++) wv[v] = DC_LOAD(wt + ii * DC_COB + v * DC_VW);
            for (int p = 0; p < wob; p++) {
                if (p < pa || p >= pb) continue;
                const DC_VEC xb = DC_BCAST(xt + (p - pa) * xp + ii);
                for (int v = 0; v < nv; v++) acc[p][v] = DC_FMA(xb, wv[v], acc[p][v]);
            }
        }
        xt += xcb;
        wt += (ptrdiff_t)nb * DC_COB;
    }
}

/* Edge ranges with their own compiled loop: up to DC_EDGE columns cut at
 * either end (a 7x7 kernel with padding 3 cuts 3). */
#define DC_EDGE 3
#define DC_TAP_CASE(a, b)                                                                   \
    case (a) * (DC_EDGE + 1) + (b):                                                         \
        if ((a) < wob - (b)) {                                                              \
            DC_FN(tap)(acc, xt, xp, r->xcb, wt, cib, cblk, (a), wob - (b), nv);             \
            break;                                                                          \
        }                                                                                   \
        DC_FN(tap_any)(acc, xt, xp, r->xcb, wt, cib, cblk, pa, pb, wob, nv);                \
        break

/* One register block of the dense convolution: wob output columns from
 * ox0, nv vectors of output channels.  Per tap, the columns [pa, pb) that
 * read inside the input: all of them except in the blocks at the row's
 * ends.  In an interior block with merge_kx (NHWC, the whole of C in one
 * cache block, no dilation) a column's input over (kx, channel) is one
 * contiguous run of kw * C floats, and so are the weights: one kernel row
 * is then one long reduction, which keeps layers with few channels (the
 * first layer's C = 3) in the tight loop. */
#if DC_NV == 4
/* The merged interior block (see conv_tile) of a full 4-vector tile, 6 or 5
 * columns wide, with its 24 / 20 accumulators as named variables instead
 * of the acc[][] array: GCC keeps that array on the stack around the
 * reduction loop (24 zmm loads before it and 24 stores after, ~100 cycles a
 * block), which costs most where the reduction is short -- 1x1 layers with
 * 64 input channels ran at ~80 % of peak against oneDNN's 96 %.  With names
 * there is no spill; those layers gained 5-7 % (4 alternating runs).  Same
 * arithmetic in the same order as the generic path. */
#define DC_NM_V(X, p) X(p, 0) X(p, 1) X(p, 2) X(p, 3)
#define DC_NM_DECL(p, v) DC_VEC a##p##v;
#define DC_NM_BIAS(p, v) a##p##v = bb##v;
#define DC_NM_LOADY(p, v) a##p##v = DC_LOAD(y + (p) * ypix + r->yvoff[v]);
#define DC_NM_FMA(p, v) a##p##v = DC_FMA(xb, w##v, a##p##v);
#define DC_NM_RELU(p, v) a##p##v = DC_MAX0(a##p##v);
#define DC_NM_ST(p, v) DC_STORE(y + (p) * ypix + r->yvoff[v], a##p##v);
#define DC_NM_COL_DECL(p) DC_NM_V(DC_NM_DECL, p)
#define DC_NM_COL_BIAS(p) DC_NM_V(DC_NM_BIAS, p)
#define DC_NM_COL_LOADY(p) DC_NM_V(DC_NM_LOADY, p)
#define DC_NM_COL_FMA(p) { const DC_VEC xb = DC_BCAST(xt + (p) * xp + ii); DC_NM_V(DC_NM_FMA, p) }
#define DC_NM_COL_RELU(p) DC_NM_V(DC_NM_RELU, p)
#define DC_NM_COL_ST(p) DC_NM_V(DC_NM_ST, p)
#define DC_NM_BODY(COLS)                                                                   \
    const ptrdiff_t ypix = r->ypix, xp = (ptrdiff_t)r->stride_w * r->xpix;                \
    float *y = r->y + (ptrdiff_t)ox0 * ypix;                                              \
    COLS(DC_NM_COL_DECL)                                                                  \
    if (r->first) {                                                                       \
        DC_VEC bb0 = DC_ZERO(), bb1 = DC_ZERO(), bb2 = DC_ZERO(), bb3 = DC_ZERO();        \
        if (r->bias) {                                                                    \
            bb0 = DC_LOAD(r->bias); bb1 = DC_LOAD(r->bias + DC_VW);                       \
            bb2 = DC_LOAD(r->bias + 2 * DC_VW); bb3 = DC_LOAD(r->bias + 3 * DC_VW);       \
        }                                                                                 \
        COLS(DC_NM_COL_BIAS)                                                              \
    } else {                                                                              \
        COLS(DC_NM_COL_LOADY)                                                             \
    }                                                                                     \
    const ptrdiff_t col0 = (ptrdiff_t)ox0 * r->stride_w - r->pad_left;                    \
    const int n = r->kw * r->cib;                                                         \
    for (int ky = r->ky0; ky < r->ky1; ky++) {                                            \
        const float *xt = r->x + ((ptrdiff_t)r->iy0 + (ptrdiff_t)ky * r->dil_h) * r->xrow + col0 * r->xpix; \
        const float *wt = r->w + (ptrdiff_t)ky * n * DC_COB;                              \
        for (int ii = 0; ii < n; ii++, wt += DC_COB) {                                    \
            const DC_VEC w0 = DC_LOAD(wt), w1 = DC_LOAD(wt + DC_VW);                      \
            const DC_VEC w2 = DC_LOAD(wt + 2 * DC_VW), w3 = DC_LOAD(wt + 3 * DC_VW);      \
            COLS(DC_NM_COL_FMA)                                                           \
        }                                                                                 \
    }                                                                                     \
    if (r->last && r->relu) { COLS(DC_NM_COL_RELU) }                                      \
    COLS(DC_NM_COL_ST)
#define DC_NM_C6(X) X(0) X(1) X(2) X(3) X(4) X(5)
#define DC_NM_C5(X) X(0) X(1) X(2) X(3) X(4)
static __attribute__((noinline)) void DC_FN(named6)(const lmc_direct_row *r, int ox0) { DC_NM_BODY(DC_NM_C6) }
static __attribute__((noinline)) void DC_FN(named5)(const lmc_direct_row *r, int ox0) { DC_NM_BODY(DC_NM_C5) }
#endif

DC_INLINE void DC_FN(conv_tile)(const lmc_direct_row *r, int ox0, int wob, int nv)
{
    DC_VEC acc[DC_WOB][DC_NV];
    float *y = r->y + (ptrdiff_t)ox0 * r->ypix;
    const bool full = r->nvalid >= nv * DC_VW;
    DC_FN(init)(r, y, wob, nv, full, acc);
    const ptrdiff_t xp = (ptrdiff_t)r->stride_w * r->xpix;   /* between output columns */
    const ptrdiff_t col0 = (ptrdiff_t)ox0 * r->stride_w - r->pad_left;
    const int cib = r->cib, cblk = r->cblk;
    if (r->merge_kx) {
        int pa0, pb0, pa1, pb1;
        lmc_direct_tap_cols(r, 0, ox0, wob, &pa0, &pb0);
        lmc_direct_tap_cols(r, r->kw - 1, ox0, wob, &pa1, &pb1);
        if (pa0 == 0 && pb1 == wob && pb0 == wob && pa1 == 0) {
#if DC_NV == 4
            if (full && nv == 4 && wob == 6 && DC_WOB >= 6) { DC_FN(named6)(r, ox0); return; }
            if (full && nv == 4 && wob == 5 && DC_WOB >= 5) { DC_FN(named5)(r, ox0); return; }
#endif
            const int n = r->kw * cib;
            for (int ky = r->ky0; ky < r->ky1; ky++) {
                const ptrdiff_t rowoff = ((ptrdiff_t)r->iy0 + (ptrdiff_t)ky * r->dil_h) * r->xrow;
                DC_FN(tap)(acc, r->x + rowoff + col0 * r->xpix, xp, 0,
                           r->w + (ptrdiff_t)ky * n * DC_COB, n, n, 0, wob, nv);
            }
            DC_FN(store)(r, y, wob, nv, full, acc);
            return;
        }
    }
    for (int kx = 0; kx < r->kw; kx++) {
        int pa, pb;
        lmc_direct_tap_cols(r, kx, ox0, wob, &pa, &pb);
        if (pa >= pb) continue;
        const int cut = pa <= DC_EDGE && wob - pb <= DC_EDGE ? pa * (DC_EDGE + 1) + (wob - pb) : -1;
        for (int ky = r->ky0; ky < r->ky1; ky++) {
            const ptrdiff_t rowoff = ((ptrdiff_t)r->iy0 + (ptrdiff_t)ky * r->dil_h) * r->xrow;
            /* column pa's input; column p's is (p - pa) * xp further */
            const float *xt = r->x + rowoff + (col0 + (ptrdiff_t)pa * r->stride_w + (ptrdiff_t)kx * r->dil_w) * r->xpix;
            const float *wt = r->w + ((ptrdiff_t)ky * r->kw + kx) * cib * DC_COB;
            switch (cut) {
            DC_TAP_CASE(0, 0); DC_TAP_CASE(0, 1); DC_TAP_CASE(0, 2); DC_TAP_CASE(0, 3);
            DC_TAP_CASE(1, 0); DC_TAP_CASE(1, 1); DC_TAP_CASE(1, 2); DC_TAP_CASE(1, 3);
            DC_TAP_CASE(2, 0); DC_TAP_CASE(2, 1); DC_TAP_CASE(2, 2); DC_TAP_CASE(2, 3);
            DC_TAP_CASE(3, 0); DC_TAP_CASE(3, 1); DC_TAP_CASE(3, 2); DC_TAP_CASE(3, 3);
            default: DC_FN(tap_any)(acc, xt, xp, r->xcb, wt, cib, cblk, pa, pb, wob, nv); break;
            }
        }
    }
    DC_FN(store)(r, y, wob, nv, full, acc);
}

/* The row is cut into ceil(wo / W_ob) blocks of nearly equal width (28 ->
 * 10 + 9 + 9, not 12 + 12 + 4), so that no block is so narrow that its
 * few accumulators leave the FMA pipes waiting on latency.  Each width is
 * its own fully unrolled block. */
#define DC_ROW(kind, rp, nv)                                                        \
    do {                                                                        \
        const int nb = ((rp)->wo + DC_WOB - 1) / DC_WOB;                           \
        for (int b = 0; b < nb; b++) {                                          \
            const int ox0 = (int)((long)(rp)->wo * b / nb);                        \
            const int ox1 = (int)((long)(rp)->wo * (b + 1) / nb);                  \
            switch (ox1 - ox0) {                                                \
            case 1: DC_FN(kind)((rp), ox0, 1, nv); break;                          \
            case 2: DC_FN(kind)((rp), ox0, DC_WOB >= 2 ? 2 : 1, nv); break;        \
            case 3: DC_FN(kind)((rp), ox0, DC_WOB >= 3 ? 3 : 1, nv); break;        \
            case 4: DC_FN(kind)((rp), ox0, DC_WOB >= 4 ? 4 : 1, nv); break;        \
            case 5: DC_FN(kind)((rp), ox0, DC_WOB >= 5 ? 5 : 1, nv); break;        \
            case 6: DC_FN(kind)((rp), ox0, DC_WOB >= 6 ? 6 : 1, nv); break;        \
            case 7: DC_FN(kind)((rp), ox0, DC_WOB >= 7 ? 7 : 1, nv); break;        \
            case 8: DC_FN(kind)((rp), ox0, DC_WOB >= 8 ? 8 : 1, nv); break;        \
            case 9: DC_FN(kind)((rp), ox0, DC_WOB >= 9 ? 9 : 1, nv); break;        \
            case 10: DC_FN(kind)((rp), ox0, DC_WOB >= 10 ? 10 : 1, nv); break;     \
            case 11: DC_FN(kind)((rp), ox0, DC_WOB >= 11 ? 11 : 1, nv); break;     \
            case 12: DC_FN(kind)((rp), ox0, DC_WOB >= 12 ? 12 : 1, nv); break;     \
            default: break;                                                     \
            }                                                                   \
        }                                                                       \
    } while (0)

_Static_assert(DC_WOB <= 12, "DC_ROW dispatches block widths up to 12");

/* The k' loop of the paper over one output row. */
static void DC_FN(conv_row)(const lmc_direct_row *r) { DC_ROW(conv_tile, r, DC_NV); }

/* ---- depthwise: one input and one output channel per group ------------
 * Vectorised over channels (contiguous in NHWC and within a block of the
 * blocked layouts): each tap is a vector load of the input, not a
 * broadcast, times the tap's weight vector reused over the columns. */
DC_INLINE void DC_FN(dw_tile)(const lmc_direct_row *r, int ox0, int wob, int nv)
{
    DC_VEC acc[DC_WOB][DC_NV];
    float *y = r->y + (ptrdiff_t)ox0 * r->ypix;
    const bool full = r->nvalid >= nv * DC_VW;
    DC_FN(init)(r, y, wob, nv, full, acc);
    const ptrdiff_t xp = (ptrdiff_t)r->stride_w * r->xpix;
    const ptrdiff_t col0 = (ptrdiff_t)ox0 * r->stride_w - r->pad_left;
    for (int kx = 0; kx < r->kw; kx++) {
        int pa, pb;
        lmc_direct_tap_cols(r, kx, ox0, wob, &pa, &pb);
        if (pa >= pb) continue;
        for (int ky = r->ky0; ky < r->ky1; ky++) {
            const ptrdiff_t rowoff = ((ptrdiff_t)r->iy0 + (ptrdiff_t)ky * r->dil_h) * r->xrow;
            const float *xt = r->x + rowoff + (col0 + (ptrdiff_t)pa * r->stride_w + (ptrdiff_t)kx * r->dil_w) * r->xpix;
            const float *wt = r->w + ((ptrdiff_t)ky * r->kw + kx) * r->wdw;
            for (int v = 0; v < nv; v++) {
                const DC_VEC wv = DC_LOAD(wt + v * DC_VW);
                for (int p = 0; p < wob; p++) {
                    if (p < pa || p >= pb) continue;
                    acc[p][v] = DC_FMA(DC_LOAD(xt + (p - pa) * xp + r->xvoff[v]), wv, acc[p][v]);
                }
            }
        }
    }
    DC_FN(store)(r, y, wob, nv, full, acc);
}

/* A whole tile of DC_NV vectors at once; a narrower tile (the channel
 * tail) one vector at a time.  The caller passes only vectors that exist in
 * memory: whole ones in NHWC (it does the last c % DC_VW channels itself),
 * and in the blocked layouts also the last, partial one (its padding
 * channels exist; they meet zero weights and are stored as zeros). */
static void DC_FN(dw_row)(const lmc_direct_row *r)
{
    if (r->nvalid >= DC_COB) {
        DC_ROW(dw_tile, r, DC_NV);
        return;
    }
    /* up to nzero: a blocked layout's padding vectors are stored as zeros too */
    for (int v = 0; v * DC_VW < r->nzero; v++) {
        lmc_direct_row s = *r;
        s.xvoff[0] = r->xvoff[v];
        s.yvoff[0] = r->yvoff[v];
        s.w = r->w + v * DC_VW;
        s.bias = r->bias ? r->bias + v * DC_VW : NULL;
        s.nvalid = r->nvalid > v * DC_VW ? r->nvalid - v * DC_VW : 0;
        s.nzero = r->nzero - v * DC_VW;
        DC_ROW(dw_tile, &s, 1);
    }
}

const lmc_direct_kernels DC_KERNELS = {
    .name = DC_NAME_STR,
    .vw = DC_VW,
    .nv = DC_NV,
    .wob = DC_WOB,
    .conv = DC_FN(conv_row),
    .dw = DC_FN(dw_row),
};
