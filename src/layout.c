/* Activation layouts: element counts and conversions between the plain
 * layouts (NCHW, NHWC) and the channel-blocked ones (NCHW16c, NCHW8c). */
#include <string.h>

#include "internal.h"

size_t lmc_layout_elems(lmc_layout layout, int n, int c, int h, int w)
{
    const int blk = lmc_layout_block(layout);
    if (blk == 0 || n < 1 || c < 1 || h < 1 || w < 1) return 0;
    size_t e = lmc_mul4((size_t)n, lmc_padded_channels((size_t)c, blk), (size_t)h, (size_t)w);
    return e > (size_t)PTRDIFF_MAX / sizeof(float) ? 0 : e;
}

lmc_status lmc_convert_layout(const float *src, lmc_layout src_layout, float *dst,
                              lmc_layout dst_layout, int n, int c, int h, int w)
{
    if (!src || !dst) return LMC_ERR_NULL;
    const int sb = lmc_layout_block(src_layout), db = lmc_layout_block(dst_layout);
    if (sb == 0 || db == 0) return LMC_ERR_BAD_LAYOUT;
    if (n < 1 || c < 1 || h < 1 || w < 1) return LMC_ERR_BAD_SIZE;
    const size_t se = lmc_layout_elems(src_layout, n, c, h, w);
    const size_t de = lmc_layout_elems(dst_layout, n, c, h, w);
    if (!se || !de) return LMC_ERR_OVERFLOW;
    /* Padding channels of a blocked destination: zero them first, then
     * every real element is copied once (one element at a time: this is a
     * once-per-network conversion, kept obviously correct). */
    if (db > 1 && (size_t)c % (size_t)db) memset(dst, 0, de * sizeof(float));
    const size_t C = (size_t)c, H = (size_t)h, W = (size_t)w;
    for (size_t in = 0; in < (size_t)n; in++)
        for (size_t ic = 0; ic < C; ic++)
            for (size_t y = 0; y < H; y++)
                for (size_t x = 0; x < W; x++)
                    dst[lmc_act_offset(dst_layout, db, C, H, W, in, ic, y, x)] =
                        src[lmc_act_offset(src_layout, sb, C, H, W, in, ic, y, x)];
    return LMC_OK;
}

/* ---- transposes ---------------------------------------------------------- */
/* 16 x 16 tiles: a tile's 16 source rows stay in L1 while its destination
 * rows are written, each a run of 16 contiguous floats. */
#define TR_TILE 16

typedef struct {
    size_t rows;
    const float *src;
    size_t lds;
    float *dst;
    size_t ldd;
} tr_ctx;

/* Source columns [j0, j1), i.e. destination rows: each thread writes its
 * own destination rows. */
static void tr_cols(void *ctx, long j0, long j1)
{
    const tr_ctx *t = ctx;
    for (size_t jb = (size_t)j0; jb < (size_t)j1; jb += TR_TILE) {
        const size_t je = jb + TR_TILE < (size_t)j1 ? jb + TR_TILE : (size_t)j1;
        for (size_t ib = 0; ib < t->rows; ib += TR_TILE) {
            const size_t ie = ib + TR_TILE < t->rows ? ib + TR_TILE : t->rows;
            for (size_t j = jb; j < je; j++) {
                float *d = t->dst + j * t->ldd;
                for (size_t i = ib; i < ie; i++) d[i] = t->src[i * t->lds + j];
            }
        }
    }
}

void lmc_transpose(size_t rows, size_t cols, const float *src, size_t lds, float *dst, size_t ldd,
                   int threads)
{
    tr_ctx t = {rows, src, lds, dst, ldd};
    lmc_parallel_for((long)cols, threads, tr_cols, &t);
}

void lmc_zero_out_channels(const lmc_problem *p, float *y, size_t n, size_t m0, size_t m1, size_t oy0,
                           size_t oy1)
{
    const size_t M = (size_t)p->d.m, HO = (size_t)p->ho, WO = (size_t)p->wo;
    for (size_t m = m0; m < m1; m++)
        for (size_t oy = oy0; oy < oy1; oy++)
            for (size_t ox = 0; ox < WO; ox++) y[lmc_act_offset(p->d.layout, p->blk, M, HO, WO, n, m, oy, ox)] = 0.0f;
}
