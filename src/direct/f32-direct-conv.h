/* Template of the direct-convolution row kernels (see direct.h).  Included
 * once by each ISA file after it defines:
 *   DC_ISA        suffix of the function names (avx512, avx2, scalar)
 *   DC_KERNELS    name of the exported lmc_direct_kernels table
 *   DC_NAME_STR   the family's name, e.g. "f32-direct-conv-32cx14w-avx512"
 *   DC_VW         floats per vector;  DC_NV vectors per channel tile
 *   DC_WOB        output columns per register block (W_ob)
 *   DC_VEC        vector type; DC_ZERO(), DC_LOAD(p), DC_STORE(p, v) (both
 *                 unaligned), DC_BCAST(p) (broadcast *p), DC_FMA(a, b, c)
 *                 (a * b + c), DC_MAX0(v) (v > 0 ? v : 0, like the oracle)
 *   DC_DW_WOB     (optional) columns per depthwise block, default DC_WOB
 * The register block is W_ob x NV vectors: in named variables for full
 * tiles of 2 or 4 vectors (DC_NM_*), otherwise the array acc[W_ob][NV] of
 * always-inlined helpers with constant W_ob and NV. */
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

/* The case of the column range [pa, pb) of a wob-column block in the
 * switches over cut ranges (DC_TAP_CASE, DC_NM_CASE): pa * (DC_EDGE + 1) +
 * (wob - pb), or -1 if either end cuts more than DC_EDGE columns. */
DC_INLINE int DC_FN(cut_case)(int pa, int pb, int wob)
{
    return pa <= DC_EDGE && wob - pb <= DC_EDGE ? pa * (DC_EDGE + 1) + (wob - pb) : -1;
}
#define DC_TAP_CASE(a, b)                                                                   \
    case (a) * (DC_EDGE + 1) + (b):                                                         \
        if ((a) < wob - (b)) {                                                              \
            DC_FN(tap)(acc, xt, xp, r->xcb, wt, cib, cblk, (a), wob - (b), nv);             \
            break;                                                                          \
        }                                                                                   \
        DC_FN(tap_any)(acc, xt, xp, r->xcb, wt, cib, cblk, pa, pb, wob, nv);                \
        break

/* Whether the block at ox0 is interior for every tap (then, with merge_kx,
 * one reduction per kernel row covers it). */
DC_INLINE bool DC_FN(interior)(const lmc_direct_row *r, int ox0, int wob)
{
    return ox0 >= r->ox_in0 && ox0 + wob <= r->ox_in1;
}

#if DC_NV == 4 || DC_NV == 2
/* The register block of a full tile (all DC_NV vectors) with its
 * accumulators as named variables instead of the acc[][] array: GCC keeps
 * that array on the stack around each reduction loop (a load and a store
 * of every accumulator per tap, ~100 cycles for 24 zmm), which costs most
 * where reductions are short -- 1x1 layers with 64 input channels ran at
 * ~80 % of peak against oneDNN's 96 %.  One function per block width W in
 * [DC_WOB / 2, DC_WOB]: the widths DC_ROW makes from rows of at least
 * DC_WOB columns, and a 7-column row on the 14-column tile.  Every tap
 * runs one of the (DC_EDGE + 1)^2 column ranges [a, W - b) as its own
 * compiled loop, so edge blocks stay named too; a block with a larger cut
 * returns false and takes the generic path.  The same products as the
 * generic path; the tap-by-tap block sums the taps in another order when
 * cib >= DC_NM_KY_OUTER_MIN (see DC_NM_TAPS). */
#if DC_NV == 4
#define DC_NM_V(X, p) X(p, 0) X(p, 1) X(p, 2) X(p, 3)
#else
#define DC_NM_V(X, p) X(p, 0) X(p, 1)
#endif
#define DC_NM_DECL(p, v) DC_VEC a##p##_##v;
#define DC_NM_BIAS(p, v) a##p##_##v = bb##v;
#define DC_NM_LOADY(p, v) a##p##_##v = DC_LOAD(y + (p) * ypix + r->yvoff[v]);
#define DC_NM_FMA(p, v) a##p##_##v = DC_FMA(xb, w##v, a##p##_##v);
#define DC_NM_RELU(p, v) a##p##_##v = DC_MAX0(a##p##_##v);
#define DC_NM_ST(p, v) DC_STORE(y + (p) * ypix + r->yvoff[v], a##p##_##v);
#define DC_NM_BB(p, v) const DC_VEC bb##v = r->bias ? DC_LOAD(r->bias + (v) * DC_VW) : DC_ZERO();
#define DC_NM_WL(p, v) const DC_VEC w##v = DC_LOAD(wi + (v) * DC_VW);
/* The merged block prefetches the next block's input (it starts W columns
 * on), a line per column every 16 channels, when the reduction is long
 * enough to hide it: VGG conv1_2 / conv2_2 / conv3_2 2-5 % faster (in-process
 * alternation); short reductions (C = 3, 1x1 with 64 channels) lost. */
#define DC_NM_PF_MIN 128
#define DC_NM_PF(p) __builtin_prefetch(xi + nm_next + (p) * xp, 0, 3);
#define DC_NM_COL_DECL(p) DC_NM_V(DC_NM_DECL, p)
#define DC_NM_COL_BIAS(p) DC_NM_V(DC_NM_BIAS, p)
#define DC_NM_COL_LOADY(p) DC_NM_V(DC_NM_LOADY, p)
#define DC_NM_COL_RELU(p) DC_NM_V(DC_NM_RELU, p)
#define DC_NM_COL_ST(p) DC_NM_V(DC_NM_ST, p)
/* column p of the range [nm_pa, nm_pb) (constants of the case) */
#define DC_NM_COL_FMA(p)                                                     \
    if ((p) >= nm_pa && (p) < nm_pb) {                                       \
        const DC_VEC xb = DC_BCAST(xi + ((p) - nm_pa) * xp);                 \
        DC_NM_V(DC_NM_FMA, p)                                                \
    }
/* One tap over n channels in layout blocks of cblk, xcb floats apart: xt
 * is column pa's input at the first channel, wt the tap's weights. */
#define DC_NM_TAP(COLS, xt_, wt_, n_, cblk_, xcb_)                           \
    do {                                                                     \
        const float *xc = (xt_), *wi = (wt_);                                \
        for (int c = 0; c < (n_); c += (cblk_)) {                            \
            const int nb = (n_) - c < (cblk_) ? (n_) - c : (cblk_);          \
            const float *xi = xc;                                            \
            for (int ii = 0; ii < nb; ii++, xi++, wi += DC_COB) {            \
                DC_NM_V(DC_NM_WL, _)                                         \
                COLS(DC_NM_COL_FMA)                                          \
            }                                                                \
            xc += (xcb_);                                                    \
        }                                                                    \
    } while (0)
#define DC_NM_CASE(W, COLS, A, B)                                            \
    case (A) * (DC_EDGE + 1) + (B): {                                        \
        const int nm_pa = (A), nm_pb = (W) - (B);                            \
        DC_NM_TAP(COLS, xt, wt, cib, cblk, r->xcb);                          \
        break;                                                               \
    }
/* Accumulators declared and set from the bias or the output; at the end
 * the ReLU and the stores. */
#define DC_NM_PROLOGUE(COLS)                                                 \
    const ptrdiff_t ypix = r->ypix, xp = (ptrdiff_t)r->stride_w * r->xpix;   \
    const ptrdiff_t col0 = (ptrdiff_t)ox0 * r->stride_w - r->pad_left;      \
    float *y = r->y + (ptrdiff_t)ox0 * ypix;                                 \
    COLS(DC_NM_COL_DECL)                                                     \
    if (r->first) {                                                          \
        DC_NM_V(DC_NM_BB, _)                                                 \
        COLS(DC_NM_COL_BIAS)                                                 \
    } else {                                                                 \
        COLS(DC_NM_COL_LOADY)                                                \
    }
#define DC_NM_EPILOGUE(COLS)                                                 \
    if (r->last && r->relu) { COLS(DC_NM_COL_RELU) }                         \
    COLS(DC_NM_COL_ST)
/* The merged interior block (conv_tile has checked that it is one): per
 * kernel row one reduction over kw * C, unrolled 4 times (1x1 layers with
 * 64 channels 3-5 % faster, where the reduction is shortest; the rest
 * level; 2 the same, 8 slower). */
#define DC_NM_MERGED_LOOP(COLS, PF)                                          \
    for (int ky = r->ky0; ky < r->ky1; ky++) {                               \
        const float *xt = r->x + ((ptrdiff_t)r->iy0 + (ptrdiff_t)ky * r->dil_h) * r->xrow + col0 * r->xpix; \
        const float *wi = r->w + (ptrdiff_t)ky * n * DC_COB;                 \
        _Pragma("GCC unroll 4")                                              \
        for (int ii = 0; ii < n; ii++, wi += DC_COB) {                       \
            const float *xi = xt + ii;                                       \
            if ((PF) && (ii & 15) == 0) { COLS(DC_NM_PF) }                   \
            DC_NM_V(DC_NM_WL, _)                                             \
            COLS(DC_NM_COL_FMA)                                              \
        }                                                                    \
    }
#define DC_NM_MERGED(W, COLS)                                                \
    DC_NM_PROLOGUE(COLS)                                                     \
    const int n = r->kw * r->cib, nm_pa = 0, nm_pb = (W);                    \
    const ptrdiff_t nm_next = (W) * xp;                                      \
    if (r->kw > 1 && n >= DC_NM_PF_MIN) {                                    \
        DC_NM_MERGED_LOOP(COLS, 1)                                           \
    } else {                                                                 \
        DC_NM_MERGED_LOOP(COLS, 0)                                           \
    }                                                                        \
    DC_NM_EPILOGUE(COLS)
/* Any other block, tap by tap; false (nothing done) if a tap cuts more
 * than DC_EDGE columns at either end or kw > DC_NM_MAXKW.  With long taps
 * (cib >= DC_NM_KY_OUTER_MIN) in the order of the weights, ky then kx: a
 * kernel row's input stays in L1 over its kw taps (VGG conv5 +2-4 %, res5
 * +1-2 % against kx then ky, in-process alternation).  Short taps keep kx
 * outer: the cut, hence the switch's target, then repeats over ky (ResNet's
 * 7x7 first layer, C = 3, lost 2-4 % with ky outer or one loop of both). */
#define DC_NM_MAXKW 16
/* Tap (ky, kx) over its columns [pa, W - b), cut = DC_FN(cut_case) of them. */
#define DC_NM_TAP_SWITCH(W, COLS)                                            \
    do {                                                                     \
        const ptrdiff_t rowoff = ((ptrdiff_t)r->iy0 + (ptrdiff_t)ky * r->dil_h) * r->xrow; \
        const float *xt = r->x + rowoff + (col0 + (ptrdiff_t)pa * r->stride_w + (ptrdiff_t)kx * r->dil_w) * r->xpix; \
        const float *wt = r->w + ((ptrdiff_t)ky * r->kw + kx) * cib * DC_COB; \
        switch (cut) {                                                       \
        DC_NM_CASE(W, COLS, 0, 0) DC_NM_CASE(W, COLS, 0, 1)                  \
        DC_NM_CASE(W, COLS, 0, 2) DC_NM_CASE(W, COLS, 0, 3)                  \
        DC_NM_CASE(W, COLS, 1, 0) DC_NM_CASE(W, COLS, 1, 1)                  \
        DC_NM_CASE(W, COLS, 1, 2) DC_NM_CASE(W, COLS, 1, 3)                  \
        DC_NM_CASE(W, COLS, 2, 0) DC_NM_CASE(W, COLS, 2, 1)                  \
        DC_NM_CASE(W, COLS, 2, 2) DC_NM_CASE(W, COLS, 2, 3)                  \
        DC_NM_CASE(W, COLS, 3, 0) DC_NM_CASE(W, COLS, 3, 1)                  \
        DC_NM_CASE(W, COLS, 3, 2) DC_NM_CASE(W, COLS, 3, 3)                  \
        default: break;                                                      \
        }                                                                    \
    } while (0)
#define DC_NM_KY_OUTER_MIN 32
#define DC_NM_TAPS(W, COLS)                                                  \
    const bool inner = DC_FN(interior)(r, ox0, (W));                         \
    signed char pas[DC_NM_MAXKW], cuts[DC_NM_MAXKW];                         \
    if (r->kw > DC_NM_MAXKW) return false;                                   \
    for (int kx = 0; kx < r->kw; kx++) {                                     \
        int pa = 0, pb = (W);                                                \
        if (!inner) lmc_direct_tap_cols(r, kx, ox0, (W), &pa, &pb);          \
        const int cut = DC_FN(cut_case)(pa, pb, (W));                        \
        if (pa < pb && cut < 0) return false;                                \
        pas[kx] = (signed char)pa;                                           \
        cuts[kx] = (signed char)(pa < pb ? cut : -1);                        \
    }                                                                        \
    DC_NM_PROLOGUE(COLS)                                                     \
    const int cib = r->cib, cblk = r->cblk;                                  \
    if (cib >= DC_NM_KY_OUTER_MIN) {                                         \
        for (int ky = r->ky0; ky < r->ky1; ky++)                             \
            for (int kx = 0; kx < r->kw; kx++) {                             \
                const int cut = cuts[kx], pa = pas[kx];                      \
                if (cut >= 0) DC_NM_TAP_SWITCH(W, COLS);                     \
            }                                                                \
    } else {                                                                 \
        for (int kx = 0; kx < r->kw; kx++) {                                 \
            const int cut = cuts[kx], pa = pas[kx];                          \
            if (cut < 0) continue;                                           \
            for (int ky = r->ky0; ky < r->ky1; ky++) DC_NM_TAP_SWITCH(W, COLS); \
        }                                                                    \
    }                                                                        \
    DC_NM_EPILOGUE(COLS)                                                     \
    return true;
#define DC_NM_C1(X) X(0)
#define DC_NM_C2(X) DC_NM_C1(X) X(1)
#define DC_NM_C3(X) DC_NM_C2(X) X(2)
#define DC_NM_C4(X) DC_NM_C3(X) X(3)
#define DC_NM_C5(X) DC_NM_C4(X) X(4)
#define DC_NM_C6(X) DC_NM_C5(X) X(5)
#define DC_NM_C7(X) DC_NM_C6(X) X(6)
#define DC_NM_C8(X) DC_NM_C7(X) X(7)
#define DC_NM_C9(X) DC_NM_C8(X) X(8)
#define DC_NM_C10(X) DC_NM_C9(X) X(9)
#define DC_NM_C11(X) DC_NM_C10(X) X(10)
#define DC_NM_C12(X) DC_NM_C11(X) X(11)
#define DC_NM_C13(X) DC_NM_C12(X) X(12)
#define DC_NM_C14(X) DC_NM_C13(X) X(13)
#define DC_NM_DEF(W)                                                         \
    static __attribute__((noinline)) void DC_FN(merged##W)(const lmc_direct_row *r, int ox0, int nblk) \
    {                                                                        \
        for (const int ox_end = ox0 + nblk * (W); ox0 < ox_end; ox0 += (W)) { \
            DC_NM_MERGED(W, DC_NM_C##W)                                      \
        }                                                                    \
    }                                                                        \
    static __attribute__((noinline)) bool DC_FN(taps##W)(const lmc_direct_row *r, int ox0) \
    { DC_NM_TAPS(W, DC_NM_C##W) }
#define DC_NM_HAS(W) (DC_WOB >= (W) && 2 * (W) >= DC_WOB)
#if DC_NM_HAS(4)
DC_NM_DEF(4)
#endif
#if DC_NM_HAS(5)
DC_NM_DEF(5)
#endif
#if DC_NM_HAS(6)
DC_NM_DEF(6)
#endif
#if DC_NM_HAS(7)
DC_NM_DEF(7)
#endif
#if DC_NM_HAS(8)
DC_NM_DEF(8)
#endif
#if DC_NM_HAS(9)
DC_NM_DEF(9)
#endif
#if DC_NM_HAS(10)
DC_NM_DEF(10)
#endif
#if DC_NM_HAS(11)
DC_NM_DEF(11)
#endif
#if DC_NM_HAS(12)
DC_NM_DEF(12)
#endif
#if DC_NM_HAS(13)
DC_NM_DEF(13)
#endif
#if DC_NM_HAS(14)
DC_NM_DEF(14)
#endif
/* The named blocks of each width, NULL where there are none. */
#define DC_NM_ENTRY(W) [W] = { DC_FN(merged##W), DC_FN(taps##W) },
static const struct {
    void (*merged)(const lmc_direct_row *r, int ox0, int nblk);
    bool (*taps)(const lmc_direct_row *r, int ox0);
} DC_FN(named)[DC_WOB + 1] = {
#if DC_NM_HAS(4)
    DC_NM_ENTRY(4)
#endif
#if DC_NM_HAS(5)
    DC_NM_ENTRY(5)
#endif
#if DC_NM_HAS(6)
    DC_NM_ENTRY(6)
#endif
#if DC_NM_HAS(7)
    DC_NM_ENTRY(7)
#endif
#if DC_NM_HAS(8)
    DC_NM_ENTRY(8)
#endif
#if DC_NM_HAS(9)
    DC_NM_ENTRY(9)
#endif
#if DC_NM_HAS(10)
    DC_NM_ENTRY(10)
#endif
#if DC_NM_HAS(11)
    DC_NM_ENTRY(11)
#endif
#if DC_NM_HAS(12)
    DC_NM_ENTRY(12)
#endif
#if DC_NM_HAS(13)
    DC_NM_ENTRY(13)
#endif
#if DC_NM_HAS(14)
    DC_NM_ENTRY(14)
#endif
};
#endif

/* One register block of the dense convolution: wob output columns from
 * ox0, nv vectors of output channels.  Per tap, the columns [pa, pb) that
 * read inside the input: all of them except in the blocks at the row's
 * ends.  In an interior block with merge_kx (NHWC, the whole of C in one
 * cache block, no dilation) a column's input over (kx, channel) is one
 * contiguous run of kw * C floats, and so are the weights: one kernel row
 * is then one long reduction, which keeps layers with few channels (the
 * first layer's C = 3) in the tight loop.  conv_run (below) sends full
 * tiles to the named blocks above; the rest (channel tails, other widths,
 * wider cuts) runs here on the acc[][] array. */
DC_INLINE void DC_FN(conv_tile)(const lmc_direct_row *r, int ox0, int wob, int nv)
{
    const bool full = r->nvalid >= nv * DC_VW;
    const bool merged = r->merge_kx && DC_FN(interior)(r, ox0, wob);
    DC_VEC acc[DC_WOB][DC_NV];
    float *y = r->y + (ptrdiff_t)ox0 * r->ypix;
    DC_FN(init)(r, y, wob, nv, full, acc);
    const ptrdiff_t xp = (ptrdiff_t)r->stride_w * r->xpix;   /* between output columns */
    const ptrdiff_t col0 = (ptrdiff_t)ox0 * r->stride_w - r->pad_left;
    const int cib = r->cib, cblk = r->cblk;
    if (merged) {
        const int n = r->kw * cib;
        for (int ky = r->ky0; ky < r->ky1; ky++) {
            const ptrdiff_t rowoff = ((ptrdiff_t)r->iy0 + (ptrdiff_t)ky * r->dil_h) * r->xrow;
            DC_FN(tap)(acc, r->x + rowoff + col0 * r->xpix, xp, 0,
                       r->w + (ptrdiff_t)ky * n * DC_COB, n, n, 0, wob, nv);
        }
        DC_FN(store)(r, y, wob, nv, full, acc);
        return;
    }
    for (int kx = 0; kx < r->kw; kx++) {
        int pa, pb;
        lmc_direct_tap_cols(r, kx, ox0, wob, &pa, &pb);
        if (pa >= pb) continue;
        const int cut = DC_FN(cut_case)(pa, pb, wob);
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

/* One block of width w (1 .. 14) from ox0, each width its own fully
 * unrolled instance of kind (widths past DC_WOB never occur; they name
 * width 1 only so that every case compiles). */
#define DC_BLOCK_W(kind, rp, ox0, nv, W)                                        \
    case W: DC_FN(kind)((rp), (ox0), DC_WOB >= (W) ? (W) : 1, nv); break;
#define DC_BLOCK(kind, rp, ox0, w, nv)                                          \
    do {                                                                        \
        switch (w) {                                                            \
        DC_BLOCK_W(kind, rp, ox0, nv, 1) DC_BLOCK_W(kind, rp, ox0, nv, 2)       \
        DC_BLOCK_W(kind, rp, ox0, nv, 3) DC_BLOCK_W(kind, rp, ox0, nv, 4)       \
        DC_BLOCK_W(kind, rp, ox0, nv, 5) DC_BLOCK_W(kind, rp, ox0, nv, 6)       \
        DC_BLOCK_W(kind, rp, ox0, nv, 7) DC_BLOCK_W(kind, rp, ox0, nv, 8)       \
        DC_BLOCK_W(kind, rp, ox0, nv, 9) DC_BLOCK_W(kind, rp, ox0, nv, 10)      \
        DC_BLOCK_W(kind, rp, ox0, nv, 11) DC_BLOCK_W(kind, rp, ox0, nv, 12)     \
        DC_BLOCK_W(kind, rp, ox0, nv, 13) DC_BLOCK_W(kind, rp, ox0, nv, 14)     \
        default: break;                                                         \
        }                                                                       \
    } while (0)

_Static_assert(DC_WOB <= 14, "DC_BLOCK dispatches block widths up to 14");

/* The row is cut into nb = ceil(wo / maxw) blocks of nearly equal width
 * (28 -> 10 + 9 + 9, not 12 + 12 + 4), so that no block is so narrow
 * that its few accumulators leave the FMA pipes waiting on latency; the
 * wo % nb wider ones first, so the row is at most two runs of equal
 * blocks, run(rp, ox0, w, n, nv) each. */
#define DC_ROW(run, rp, nv, maxw)                                               \
    do {                                                                        \
        const int nb = ((rp)->wo + (maxw) - 1) / (maxw);                        \
        const int q = (rp)->wo / nb, rem = (rp)->wo % nb;                       \
        if (rem) DC_FN(run)((rp), 0, q + 1, rem, nv);                           \
        DC_FN(run)((rp), rem * (q + 1), q, nb - rem, nv);                       \
    } while (0)

/* Depthwise blocks may be narrower than the dense ones (a family file sets
 * DC_DW_WOB): their accumulators stay in the generic array. */
#ifndef DC_DW_WOB
#define DC_DW_WOB DC_WOB
#endif
_Static_assert(DC_DW_WOB <= DC_WOB, "depthwise blocks fit the register block");

/* n blocks of width w from ox0.  Full tiles take the named blocks: each
 * run of interior blocks (with merge_kx) in one call of the merged
 * function, which keeps the row's setup in registers over the run, the
 * rest the tap-by-tap ones; what those decline, and every other tile,
 * the generic conv_tile.  Against a dispatch per block (the blocks'
 * widths interleaved, 5 6 5 6 6 for 28 columns), measured on Zen 5 at 1 /
 * 2 threads, the two plans alternated in one process: ResNet-18 conv1
 * (C = 3, 7x7) 2-3 % faster, res3_proj (1x1, C = 64) 1-3 %, res3_3x3s2
 * 0.7 %, its other layers and VGG conv1_2 / conv3_x level. */
DC_INLINE void DC_FN(conv_run)(const lmc_direct_row *r, int ox0, int w, int n, int nv)
{
#if DC_NV == 4 || DC_NV == 2
    if (nv == DC_NV && r->nvalid >= nv * DC_VW && DC_FN(named)[w].taps) {
        for (int b = 0; b < n;) {
            const int ox = ox0 + b * w;
            if (r->merge_kx && DC_FN(interior)(r, ox, w)) {
                int e = b + 1;
                while (e < n && DC_FN(interior)(r, ox0 + e * w, w)) e++;
                DC_FN(named)[w].merged(r, ox, e - b);
                b = e;
                continue;
            }
            if (!DC_FN(named)[w].taps(r, ox)) DC_BLOCK(conv_tile, r, ox, w, nv);
            b++;
        }
        return;
    }
#endif
    for (int b = 0; b < n; b++) DC_BLOCK(conv_tile, r, ox0 + b * w, w, nv);
}

/* The k' loop of the paper over one output row. */
static void DC_FN(conv_row)(const lmc_direct_row *r) { DC_ROW(conv_run, r, DC_NV, DC_WOB); }

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

DC_INLINE void DC_FN(dw_run)(const lmc_direct_row *r, int ox0, int w, int n, int nv)
{
    for (int b = 0; b < n; b++) DC_BLOCK(dw_tile, r, ox0 + b * w, w, nv);
}

/* A whole tile of DC_NV vectors at once; a narrower tile (the channel
 * tail) one vector at a time.  The caller passes only vectors that exist in
 * memory: whole ones in NHWC (it does the last c % DC_VW channels itself),
 * and in the blocked layouts also the last, partial one (its padding
 * channels exist; they meet zero weights and are stored as zeros). */
static void DC_FN(dw_row)(const lmc_direct_row *r)
{
    if (r->nvalid >= DC_COB) {
        DC_ROW(dw_run, r, DC_NV, DC_DW_WOB);
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
        DC_ROW(dw_run, &s, 1, DC_DW_WOB);
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
