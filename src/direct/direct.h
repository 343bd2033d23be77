/* The direct convolution's micro-kernel interface (Zhang, Franchetti & Low
 * 2018).  src/algo/direct/ runs the loops over images, groups,
 * output-channel tiles, input-channel cache blocks and output rows; the
 * blocks of one output row of one output-channel tile over one
 * input-channel cache block compute:
 *
 *   for ox tile of W_ob columns          (k' loop; interior columns)
 *     for ky, kx (valid taps)            (n, m loops)
 *       for ii < cib                     (ii loop: the cache block's channels)
 *         for kk < W_ob, jj < C_ob       (register block: W_ob x C_ob outputs)
 *           y[ox+kk][jj] += x[iy][(ox+kk)*s + kx*d][ii] * w[ky][kx][ii][jj]
 *
 * The same kernels serve NHWC, the blocked layouts and NCHW: the caller
 * describes where pixels, rows, channel blocks and output vectors are
 * through strides (NCHW's input is one block whose channels lie a plane
 * apart, its output vectors are stored a channel plane apart).
 * A register block whose columns would read the left or right padding for
 * some tap runs that tap over its valid columns only, so no padded copy is
 * ever made.
 *
 * Kernel families, generated from f32-direct-conv.c.in into gen/ (one file
 * per tile and ISA; tools/generate-kernels.py):
 *   avx512: C_ob = 64 (4 zmm) x W_ob = 6:   24 accumulators + 4 weight
 *           vectors + 1 broadcast <= 32 zmm; 10 loads per 24 FMAs
 *           C_ob = 32 (2 zmm) x W_ob = 14:  28 accumulators + 2 + 1 = 31
 *           zmm, each weight vector used 14 times: narrow rows, channel
 *           counts 64 would pad, and depthwise (src/algo/direct/plan.c
 *           chooses per problem; each is also a variant, "64x6", "32x14")
 *   avx2:   C_ob = 16 (2 ymm) x W_ob = 6:   12 + 2 + 1 <= 16 ymm (E = 96)
 *   neon:   C_ob = 16 (4 q) x W_ob = 6:     24 + 4 + 1 = 29 of 32 (E = 96)
 *           C_ob = 8 (2 q) x W_ob = 14:     28 + 2 + 1 = 31 (E = 112), the
 *           narrow-row and depthwise tile ("16x6", "8x14" on aarch64)
 *   scalar: C_ob = 8 x W_ob = 4, plain C (the compiler may vectorise it)
 * A family's file holds register blocks only, one function per block width;
 * cutting a row into blocks and choosing a block is src/algo/direct/rows.c's. */
#ifndef LMC_DIRECT_H
#define LMC_DIRECT_H

#include <stdbool.h>
#include <stddef.h>

#define LMC_DIRECT_MAX_NV 8   /* most vectors in one channel tile (scalar: 8 x 1) */

typedef struct lmc_direct_row {
    /* input: image base at the cache block's first channel (and the depthwise
     * tile's first channel) */
    const float *x;
    ptrdiff_t xrow, xpix;     /* floats between input rows / columns */
    ptrdiff_t xcb;            /* floats between channel blocks of the layout */
    ptrdiff_t xch;            /* floats between channels within a block: 1, or NCHW's
                                 plane (NCHW is one block of all the channels) */
    int cblk;                 /* channels per layout block (NHWC: any, = cib) */
    int coff;                 /* channel of x within its layout block (a group starting
                                 inside a block); 0 in NHWC */
    int cib;                  /* channels of this cache block (conv) */
    int w_in;                 /* input width */
    ptrdiff_t iy0;            /* oy * stride_h - pad_top (may exceed int) */
    int ky0, ky1;             /* kernel rows whose input row is inside */
    int kw, dil_h, dil_w, stride_w, pad_left;
    int wo;                   /* output columns */
    int ox_in0, ox_in1;       /* columns [ox_in0, ox_in1) read inside the input row
                                 for every kx (lmc_direct_inner_cols) */
    /* weights of the tile and cache block: [kh][kw][cib][C_ob] (conv),
     * [kh][kw][C_pad] from the tile's first channel (depthwise) */
    const float *w;
    ptrdiff_t wdw;            /* depthwise: floats between taps (C_pad) */
    /* output: image base at row oy, column 0; vector v of the channel tile
     * starts at y + yvoff[v] (depthwise input vectors at x + xvoff[v]) */
    float *y;
    ptrdiff_t ypix;
    ptrdiff_t ych;            /* floats between the channels of an output vector: 1, or
                                 NCHW's output plane (the block is stored transposed) */
    int ysplit[LMC_DIRECT_MAX_NV];  /* lanes of output vector v in its layout block; the
                                 rest start yjump floats on, in the next block (a group
                                 starting inside a block); vw when it does not split */
    ptrdiff_t yjump;
    int ylanes;               /* some vector is not one plain store: ych != 1 or a split */
    ptrdiff_t yvoff[LMC_DIRECT_MAX_NV];
    ptrdiff_t xvoff[LMC_DIRECT_MAX_NV];
    int nvalid;               /* channels of the tile that exist (< C_ob: last tile) */
    int nzero;                /* channels [nvalid, nzero) are blocked-layout padding: store 0 */
    const float *bias;        /* bias of the tile's first channel, or NULL; used when first */
    int first, last, relu;    /* first / last cache block: init from bias / apply ReLU */
    int merge_kx;             /* a column's input over (kx, channel) is one run of kw * cib
                                 floats (NHWC, cib = C, dil_w = 1), like the weights */
} lmc_direct_row;

#define LMC_DIRECT_MAX_WOB 14 /* widest register block of any family */

/* The register blocks of one tile and ISA.  A block computes columns
 * [ox0, ox0 + W) of the row's output for the tile's channels; the tables
 * are indexed by the block width W and NULL where the family has none. */
typedef struct lmc_direct_ukernel {
    const char *name; /* "f32-direct-conv-32cx14w-avx512", ... */
    int isa;          /* lmc_isa (src/cpu.h) the code needs */
    int vw;           /* floats per vector */
    int nv;           /* vectors per channel tile (C_ob = vw * nv) */
    int wob;          /* W_ob: widest dense block */
    int dw_wob;       /* widest depthwise block (<= wob) */
    /* Full tiles (nvalid >= C_ob) with the accumulators in registers:
     * merged runs nblk interior blocks (W apart) of a merge_kx row, taps
     * any one block tap by tap, and declines (false, nothing written) a
     * block whose taps cut too many columns or whose kernel is too wide. */
    void (*merged[LMC_DIRECT_MAX_WOB + 1])(const lmc_direct_row *r, int ox0, int nblk);
    bool (*taps[LMC_DIRECT_MAX_WOB + 1])(const lmc_direct_row *r, int ox0);
    /* Any block of the dense convolution (a partial tile via nvalid). */
    void (*conv[LMC_DIRECT_MAX_WOB + 1])(const lmc_direct_row *r, int ox0);
    /* Depthwise: nv vectors, and one vector (vector 0 of the row). */
    void (*dw[LMC_DIRECT_MAX_WOB + 1])(const lmc_direct_row *r, int ox0);
    void (*dw_v1[LMC_DIRECT_MAX_WOB + 1])(const lmc_direct_row *r, int ox0);
} lmc_direct_ukernel;

extern const lmc_direct_ukernel lmc_f32_direct_conv_64cx6w__avx512;
extern const lmc_direct_ukernel lmc_f32_direct_conv_32cx14w__avx512;
extern const lmc_direct_ukernel lmc_f32_direct_conv_16cx6w__avx2;
extern const lmc_direct_ukernel lmc_f32_direct_conv_16cx6w__neon;
extern const lmc_direct_ukernel lmc_f32_direct_conv_8cx14w__neon;
extern const lmc_direct_ukernel lmc_f32_direct_conv_8cx4w__scalar;

/* Valid kx range [*k0, *k1) of output column ox: the taps whose input
 * column ox * stride - pad + kx * dil lies in [0, w_in). */
static inline void lmc_direct_kx_range(const lmc_direct_row *r, int ox, int *k0, int *k1)
{
    const long base = (long)ox * r->stride_w - r->pad_left;
    int a = 0, b = r->kw;
    while (a < b && base + (long)a * r->dil_w < 0) a++;
    while (b > a && base + (long)(b - 1) * r->dil_w >= r->w_in) b--;
    *k0 = a;
    *k1 = b;
}

/* Columns [*pa, *pb) of the block ox0 .. ox0 + wob - 1 whose tap kx reads
 * inside the input row: (ox0 + p) * stride - pad + kx * dil in [0, w_in). */
static inline void lmc_direct_tap_cols(const lmc_direct_row *r, int kx, int ox0, int wob, int *pa, int *pb)
{
    const long s = r->stride_w;
    const long a = (long)r->pad_left - (long)kx * r->dil_w;   /* need col * s >= a */
    const long b = (long)r->w_in + a;                        /* need col * s <  b */
    long lo = a <= 0 ? 0 : (a + s - 1) / s;
    long hi = b <= 0 ? 0 : (b + s - 1) / s;
    lo -= ox0;
    hi -= ox0;
    *pa = lo < 0 ? 0 : lo > wob ? wob : (int)lo;
    *pb = hi < 0 ? 0 : hi > wob ? wob : (int)hi;
}

/* The output columns [*c0, *c1) whose every tap kx in [0, kw) reads inside
 * the input row: ox * stride - pad >= 0 and ox * stride - pad + (kw - 1) *
 * dil < w_in.  Once per row, so that a block's interior test is two
 * comparisons instead of lmc_direct_tap_cols' divisions. */
static inline void lmc_direct_inner_cols(const lmc_direct_row *r, int *c0, int *c1)
{
    const long s = r->stride_w;
    const long lo = ((long)r->pad_left + s - 1) / s;
    const long last = (long)r->w_in - 1 + r->pad_left - (long)(r->kw - 1) * r->dil_w;
    long hi = last < 0 ? 0 : last / s + 1;
    if (hi > r->wo) hi = r->wo;
    *c0 = lo > r->wo ? r->wo : (int)lo;
    *c1 = hi < *c0 ? *c0 : (int)hi;
}

/* Whether the block of wob columns at ox0 reads inside the input row for
 * every tap (then, with merge_kx, one reduction per kernel row covers it). */
static inline bool lmc_direct_block_interior(const lmc_direct_row *r, int ox0, int wob)
{
    return ox0 >= r->ox_in0 && ox0 + wob <= r->ox_in1;
}

/* ---- NCHW in place -------------------------------------------------------
 * The same convolution read and written in NCHW, with no copy: vectorised
 * along the output positions of one channel plane instead of over output
 * channels.  A register block holds mb output channels (up to MB) x nw
 * vectors (up to NW) of VW consecutive output positions; per input channel
 * and tap it loads nw input vectors and broadcasts mb weights.  Lanes whose
 * input falls in the padding (or past the run's end) are masked off, so
 * the masks do the edges and no padded copy is made.
 *
 * A run is a range of output positions p whose input is linear in p: one
 * output row (input column ox * stride_w + ...), or, with stride 1 and the
 * output as wide as the input, several whole rows (then oy * w + ox = p +
 * const); or, at stride 2 on kernels with pairs, two rows narrower than
 * half a vector, one vector whose two loads lie a row of input apart.  A
 * vector lies in one run; the vectors of a block may come from different
 * runs (narrow rows fill a block).  The driver (src/algo/direct/planar.c)
 * groups vectors into blocks and lists each block's taps with their lane
 * masks -- at stride 2 with 3 kernel columns, one entry per kernel row
 * (row3) -- and runs a band of blocks tile by tile; the kernels only
 * multiply. */

#define LMC_DIRECT_PLANE_MAX_NW 8   /* most vectors of any NCHW block */

/* One tap (ky, kx) of one block: where its input starts and which lanes of
 * each vector read inside the input. */
typedef struct lmc_direct_tap {
    ptrdiff_t xoff;          /* floats from the block's input base to the tap's lane 0 */
    ptrdiff_t woff;          /* floats from a channel's weights to the tap's: (ky * kw + kx) * MB */
    int full;                /* every lane of every vector is valid: plain loads */
    unsigned mask[LMC_DIRECT_PLANE_MAX_NW];  /* bit l: lane l of vector v is read */
    /* stride 2 on kernels with pairs: vector v as two loads of VW floats,
     * xpair floats apart, lanes [0, psplit) at the even floats of the
     * first, the others at the even floats of the second; pair[v][h] the
     * floats of load h that are read */
    unsigned pair[LMC_DIRECT_PLANE_MAX_NW][2];
} lmc_direct_tap;

typedef struct lmc_direct_pblock {
    const float *x;          /* input of the group's first channel */
    ptrdiff_t xv[LMC_DIRECT_PLANE_MAX_NW];  /* from x to lane 0 of vector v at tap offset 0 (may
                                lie outside the input: only valid lanes are read) */
    ptrdiff_t xplane;        /* floats between input channels */
    int cin;                 /* input channels summed (the group's) */
    int sw;                  /* floats between the input of neighbouring lanes (stride_w) */
    int psplit;              /* stride 2 pairs: lanes from the first load (VW / 2; or a
                                narrow row's width when a vector holds two rows) */
    ptrdiff_t xpair;         /* stride 2 pairs: floats from the first load to the second */
    int row3;                /* stride 2 pairs, one output channel, 3 kernel columns, no
                                dilation: a tap entry is a kernel row, its pair[v] the input
                                floats of the two loads that lie in the input, mask[v] bit 0
                                the third load's (psplit = VW / 2: at 2 VW floats) */
    const lmc_direct_tap *taps;
    int ntaps;
    const float *w;          /* packed weights: [cin][kh * kw][MB] */
    ptrdiff_t wci;           /* floats between input channels of w: kh * kw * MB */
    float *y;                /* output of the tile's first channel */
    ptrdiff_t yv[LMC_DIRECT_PLANE_MAX_NW];  /* from y to vector v's first position */
    ptrdiff_t yplane;        /* floats between output channels */
    unsigned smask[LMC_DIRECT_PLANE_MAX_NW];  /* lanes stored (the run's end) */
    const float *bias;       /* bias of the tile's first channel, or NULL */
    int first, last, relu;   /* first: start from the bias, else from y; last: ReLU */
} lmc_direct_pblock;

typedef void (*lmc_direct_pblock_fn)(const lmc_direct_pblock *b);

typedef struct lmc_direct_planar {
    const char *name;        /* "f32-direct-nchw-8cx48w-avx512", ... */
    int isa;                 /* lmc_isa the code needs */
    int vw;                  /* positions per vector */
    int mb;                  /* MB: output channels per tile */
    int nw;                  /* NW: most vectors per block */
    int nw1;                 /* most vectors of a one-channel block (NW1 >= NW) */
    int pairs;               /* stride 2 as two loads and a shuffle per vector (psplit,
                                xpair); else a gather */
    /* block[m][n]: m output channels (1..MB) x n vectors (1..NW; 1..NW1
     * when m = 1) */
    lmc_direct_pblock_fn block[9][LMC_DIRECT_PLANE_MAX_NW + 1];
} lmc_direct_planar;

extern const lmc_direct_planar lmc_f32_direct_nchw_8cx48w__avx512;
extern const lmc_direct_planar lmc_f32_direct_nchw_4cx24w__avx2;
extern const lmc_direct_planar lmc_f32_direct_nchw_4cx16w__scalar;

#endif
