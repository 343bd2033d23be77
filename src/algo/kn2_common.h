/* Shared pieces of the kn2row / kn2col family (Vasudevan, Anderson & Gregg
 * 2017; Anderson et al. 2017) and of indirect convolution (Dukhan 2019).
 * Every algorithm of the family writes
 * the convolution as a sum of KH*KW shifted 1x1 convolutions ("taps"); what
 * differs is where each tap's product goes.  This header gives them one
 * definition of:
 *   - a tap's geometry (which output pixels read inside the image),
 *   - the weights of the ones that call lmconv's GEMM: tap-major
 *     [g][ky][kx][m][c] (kn2row, all taps in one GEMM) or each tap packed
 *     as a GEMM operand (kn2row-as, kn2col-as),
 *   - the "row blocks" that let one GEMM cover many output rows of a tap by
 *     reading the input through a single column stride,
 *   - the weight panels of the two algorithms that pack their other
 *     operand themselves and call the GEMM's macro-kernel (kn2row-aa,
 *     indirect). */
#ifndef LMC_KN2_COMMON_H
#define LMC_KN2_COMMON_H

#include <stdbool.h>
#include <stddef.h>

#include "gemm/gemm.h"
#include "internal.h"

/* ---- tap geometry ------------------------------------------------------ */
/* Tap (ky, kx) adds w[.][.][ky][kx] * x[iy][ix] to output (oy, ox), where
 * iy = oy * stride_h + ry and ix = ox * stride_w + rx.  Outputs with oy in
 * [ylo, yhi) and ox in [xlo, xhi) read inside the image; all others read
 * the zero padding and get nothing from this tap. */
typedef struct kn2_tap {
    long ry, rx;             /* ky * dil_h - pad_top, kx * dil_w - pad_left */
    long ylo, yhi, xlo, xhi;
} kn2_tap;

kn2_tap kn2_tap_geom(const lmc_problem *p, int ky, int kx);

/* ---- row blocks ----------------------------------------------------------
 * The pixels one GEMM of a tap covers, within a band of output rows
 * [ra, rb) (a thread's share; [0, Ho) for the whole image).  Output pixel
 * (oy, ox) of the block is GEMM column j = (oy - oy0) * L + ox - xlo and
 * reads input pixel src + j * stride_w (flattened y * W + x).  That is one
 * column stride exactly when L = stride_h * W / stride_w is an integer
 * ("lattice" mode): then a block spans all valid rows of the tap in the
 * band, and columns whose ox lies outside [xlo, xhi) are wrap-around
 * columns whose values are ignored.  Otherwise every valid row is its own
 * block (L unused).  Columns of a block read only input pixels in
 * [0, H*W): the first and last columns are valid pixels and the address
 * grows with j. */
typedef struct kn2_block {
    long oy0, oy1;           /* output rows [oy0, oy1) */
    size_t n;                /* GEMM columns */
    size_t src;              /* flattened input pixel of column 0 */
} kn2_block;

/* Lattice row length L, or 0 when stride_h * W is not a multiple of stride_w. */
long kn2_lattice(const lmc_problem *p);
/* Number of blocks of tap t in rows [ra, rb) (0 if the tap reads only
 * padding there). */
long kn2_block_count(const lmc_problem *p, const kn2_tap *t, long ra, long rb);
kn2_block kn2_block_get(const lmc_problem *p, const kn2_tap *t, long ra, long rb, long i);
/* GEMM column of output pixel (oy, ox) of block b: (oy - oy0) * L + ox - xlo. */
static inline long kn2_block_col(const lmc_problem *p, const kn2_tap *t, const kn2_block *b,
                                 long oy, long ox)
{
    const long L = kn2_lattice(p);
    return (L ? (oy - b->oy0) * L : 0) + ox - t->xlo;
}

/* ---- tap-major weights ---------------------------------------------------
 * wt[((g * KH + ky) * KW + kx) * mg * cg + m * cg + c]: for each group and
 * tap, the mg x cg matrix of that tap, row-major.  From either layout. */
size_t kn2_tapmajor_bytes(const lmc_problem *p);
void kn2_tapmajor_pack(const lmc_problem *p, const float *w, void *packed);
static inline const float *kn2_tap_weights(const lmc_problem *p, const float *wt, size_t g,
                                           size_t tap)
{
    const size_t taps = (size_t)p->d.kh * (size_t)p->d.kw;
    return wt + (g * taps + tap) * (size_t)p->mg * (size_t)p->cg;
}

/* ---- per-tap GEMM-packed weights (kn2row-as, kn2col-as) -----------------
 * For each group and tap, the tap's weights packed for lmconv's GEMM once at
 * plan time: kn2row-as (CHW) multiplies A = W_tap (mg x cg), kn2col-as
 * (HWC) B = W_tap^T (cg x mg). */
size_t kn2_tappacked_bytes(const lmc_problem *p, const lmc_gemm_ctx *g);
void kn2_tappacked_pack(const lmc_problem *p, const lmc_gemm_ctx *g, const float *w, void *packed);
const void *kn2_tappacked(const lmc_problem *p, const lmc_gemm_ctx *g, const void *packed, size_t g_,
                          size_t tap);

/* Output init / epilogue of one image and group of an NCHW (per_row) or
 * NHWC output: y = bias (or 0) over rows x cols with row stride ld. */
void kn2_fill_bias(float *y, size_t rows, size_t cols, size_t ld, const float *bias, bool per_row);

/* Weight panels: for each group, the mg x (KH*KW*cg) weight matrix with
 * the reduction index r = tap * cg + c (tap = ky * KW + kx), split into
 * ceil(mg / R) panels of R rows (R = MR when the weights are the left
 * operand, NR when they are the right one), each stored step by step:
 * panel[r * R + i] = W[panel_row0 + i][r], rows past mg zero.  A panel read
 * from step r0 is an operand with rsa = 1, csa = R (left) or rsb = R
 * (right); its steps run through the taps, so one block of the reduction
 * may hold several taps when cg is small. */
size_t kn2_panels_bytes(const lmc_problem *p, size_t r);
void kn2_panels_pack(const lmc_problem *p, const float *w, size_t r, void *dst);
static inline const float *kn2_panel(const lmc_problem *p, const float *panels, size_t r,
                                     size_t g, size_t panel)
{
    const size_t red = (size_t)p->d.kh * (size_t)p->d.kw * (size_t)p->cg;
    const size_t np = ((size_t)p->mg + r - 1) / r;
    return panels + (g * np + panel) * r * red;
}

/* A block of the reduction (KH*KW*cg steps): all of it when it is at most
 * kc_max, else split evenly into blocks <= kc_max. */
size_t kn2_kc(size_t red, size_t kc_max);

/* Thread t of `threads` gets items [*b, *e) of n (a static partition). */
static inline void kn2_share(long n, long t, long threads, long *b, long *e)
{
    *b = n * t / threads;
    *e = n * (t + 1) / threads;
}

#endif
