/* direct: the zero-memory-overhead direct convolution of Zhang, Franchetti
 * & Low (ICML 2018), the loops of their Algorithm 3 straight over the
 * input and output tensors:
 *
 *   parallel for j'  (output-channel tiles of C_ob; and row chunks)
 *     for i'         (input-channel cache blocks of C_ib)
 *       for l        (output rows; 1x1 stride 1: the chunk as one row)
 *         row: for k' (blocks of W_ob columns) for taps for ii < C_ib
 *                register block W_ob x C_ob           (src/direct/)
 *
 * plan.c decides (kernel variant, C_ib, unit order) and is the family's
 * entry, pack.c re-lays the weights, run.c runs the loops.  NHWC and the
 * blocked NCHW16c / NCHW8c are the paper's layout (output channels
 * innermost) and run in place with 0 bytes of workspace.  NCHW runs in
 * place too: on the variants "8x48", "4x24", "4x16" (planar.c: vectors
 * along the output rows, register blocks over output channels), or on the
 * row tiles reading channels a plane apart and storing their blocks
 * transposed (run.c); only depthwise on a row tile goes through NHWC
 * copies of one image.  Blocked layouts whose groups start inside a channel
 * block run per-group tiles whose vectors straddle two blocks, or
 * "spanning" tiles where those compute fewer products (plan.c, spans()).
 * Every output is one sum in
 * a fixed order of exact products, so integer data match the oracle bit
 * for bit. */
#ifndef LMC_ALGO_DIRECT_PLAN_H
#define LMC_ALGO_DIRECT_PLAN_H

#include <stdbool.h>

#include "direct/direct.h"
#include "internal.h"

typedef struct direct_plan {
    const lmc_direct_ukernel *k;   /* the variant's row kernels (NULL: an NCHW variant) */
    const lmc_direct_planar *pk;   /* the variant's NCHW kernels (NULL: a row variant) */
    bool linear;             /* NCHW: a run may span rows (stride 1, output as wide as input) */
    int tgroups;             /* NCHW: tile groups per group (each group's weights fit the L2) */
    int pnw;                 /* NCHW: most vectors per block (more for one-channel tiles) */
    long band_rows;          /* NCHW: most output rows per band (planar.c) */
    bool row3;               /* NCHW: tap entries are kernel rows (direct.h, row3) */
    bool depthwise;          /* one input and one output channel per group */
    bool flat;               /* 1x1 stride 1 unpadded: a row chunk is one row */
    bool rows_outer;         /* several threads: units ordered row chunk, then tile */
    bool span;               /* blocked layout, groups not block-aligned: tiles over all M,
                                one pass per group a tile's channels belong to */
    int cob;                 /* C_ob: output channels per tile (NCHW: MB) */
    int cib;                 /* C_ib: input channels per cache block */
    int ntiles;              /* output-channel tiles per group */
    int cpad;                /* depthwise: channels of one packed tap */
} direct_plan;

/* Spanning tiles: tile t of C_ob channels meets groups [*ga, *gb]; the
 * passes (tile, group) before tile t.  pack.c. */
void lmc_direct_span_groups(const lmc_problem *p, int cob, int t, int *ga, int *gb);
size_t lmc_direct_span_passes(const lmc_problem *p, int cob, int t);

/* Packed weights (pack.c):
 *   NCHW:      as dense with C_ob = MB, one cache block, taps inside: [g][tile][c/g][kh][kw][MB]
 *   dense:     [g][tile j' of C_ob][cache block i' of C_ib][kh][kw][ii][C_ob],
 *              output channels past the group's end zero-filled
 *   spanning:  [tile][group met][cache block][kh][kw][ii][C_ob], channels of
 *              other groups (and past M) zero-filled
 *   depthwise: [kh][kw][c padded to cpad], padding zero-filled */
size_t lmc_direct_packed_floats(const lmc_problem *p, const direct_plan *s);
void lmc_direct_pack(const lmc_algo_plan *ap, const float *w, void *packed);

/* run.c; planar.c (the NCHW variants) */
void lmc_direct_execute(const lmc_algo_plan *ap, const lmc_exec_args *a);
void lmc_direct_planar_execute(const lmc_algo_plan *ap, const lmc_exec_args *a);

#endif
