/* The work of one chunk of tiles -- input transform, the alpha^2 GEMMs,
 * output transform with bias and ReLU -- as a template: included by one
 * file per ISA (winograd.c for portable C, winograd-chunk-avx2.c,
 * winograd-chunk-avx512.c), each compiled for its instruction set, so the
 * transforms' 16-lane loops become vector code.  The GEMM is lmconv's
 * (its context, chosen at plan time, is the same ISA). */
#ifndef LMC_ALGO_WINOGRAD_CHUNK_H
#define LMC_ALGO_WINOGRAD_CHUNK_H

#include <string.h>

#include "algo/winograd.h"
#include "algo/winograd_tf.h"

/* ---- the transforms ----------------------------------------------------
 * On 16 lanes at once (channels), with alpha and the matrix known at
 * compile time so the loops unroll and BT's and AT's zeros cost nothing. */
#define LANES 16

/* out[r][c] = sum_k mat[r][k] in[k][c] (left: mat R x K, in K x C), or
 * sum_k in[r][k] mat[c][k] (right: in R x K, mat C x K); every element
 * [L] lanes.  Both transforms are one left and one right product. */
static inline __attribute__((always_inline)) void tf_mul(bool left, int R, int K, int C,
                                                         const float *mat, const float *in,
                                                         float *out, int L)
{
    _Pragma("GCC unroll 8")
    for (int r = 0; r < R; r++)
        _Pragma("GCC unroll 8")
        for (int c = 0; c < C; c++) {
            float *o = out + (r * C + c) * L;
            for (int l = 0; l < L; l++) o[l] = 0.0f;
            _Pragma("GCC unroll 8")
            for (int k = 0; k < K; k++) {
                const float w = left ? mat[r * K + k] : mat[c * K + k];
                if (w == 0.0f) continue;
                const float *x = in + (left ? k * C + c : r * K + k) * L;
                for (int l = 0; l < L; l++) o[l] += w * x[l];
            }
        }
}

/* v = BT d B, d and v [alpha][alpha][L]. */
static inline __attribute__((always_inline)) void in_tf(int alpha, const float *bt, const float *d,
                                                        float *v, int L)
{
    float t[8 * 8 * LANES];
    tf_mul(true, alpha, alpha, alpha, bt, d, t, L);
    tf_mul(false, alpha, alpha, alpha, bt, t, v, L);
}

/* y = AT mx A, mx [alpha][alpha][L], y [m][m][L]. */
static inline __attribute__((always_inline)) void out_tf(int alpha, int m, const float *at,
                                                         const float *mx, float *y, int L)
{
    float t[6 * 8 * LANES];
    tf_mul(true, m, alpha, alpha, at, mx, t, L);
    tf_mul(false, m, alpha, m, at, t, y, L);
}

/* Where tile `gt` (an index over the batch) starts: image, output row, column. */
static inline void tile_pos(const wino_plan *s, size_t gt, size_t *n, long *oy, long *ox)
{
    const size_t per_image = s->tiles_h * s->tiles_w, r = gt % per_image;
    *n = gt / per_image;
    *oy = (long)(r / s->tiles_w * (size_t)s->m);
    *ox = (long)(r % s->tiles_w * (size_t)s->m);
}

/* The chunk's tiles [t0, t0 + nt) of group g into V, then the GEMMs, then
 * the output.  ALPHA, MT and the matrices are constants in each instance. */
static inline __attribute__((always_inline)) void run_chunk(const lmc_algo_plan *ap, const lmc_exec_args *a, char *slice, size_t g,
                                                            size_t t0, size_t nt, const int MT,
                                                            const float *bt, const float *at)
{
    const int ALPHA = MT + 2;
    const lmc_problem *p = &ap->p;
    const lmc_conv_desc *d = &p->d;
    const wino_plan *s = LMC_ALGO_STATE(wino_plan, ap);
    const size_t cg = (size_t)p->cg, mg = (size_t)p->mg, T = s->chunk, A2 = (size_t)(ALPHA * ALPHA);
    const size_t C = (size_t)d->c, M = (size_t)d->m, H = (size_t)d->h, W = (size_t)d->w;
    const size_t HO = (size_t)p->ho, WO = (size_t)p->wo;
    float *V = (float *)(void *)slice, *MX = (float *)(void *)(slice + s->mx_off);
    void *gws = slice + s->gemm_off;
    float d_[8 * 8 * LANES], v_[8 * 8 * LANES];

    /* 1. input transform */
    for (size_t tl = 0; tl < nt; tl++) {
        size_t n;
        long oy, ox;
        tile_pos(s, t0 + tl, &n, &oy, &ox);
        const long iy0 = oy - d->pad_top, ix0 = ox - d->pad_left;
        /* channel c0 + l of pixel (iy, ix): NHWC contiguous in l, NCHW a plane apart */
        const size_t cs = s->nhwc ? 1 : H * W, ps = s->nhwc ? C : 1;
        const float *xn = a->x + n * H * W * C + g * cg * cs;
        for (size_t c0 = 0; c0 < cg; c0 += LANES) {
            const int L = cg - c0 >= LANES ? LANES : (int)(cg - c0);
            for (int i = 0; i < ALPHA; i++)
                for (int j = 0; j < ALPHA; j++) {
                    const long iy = iy0 + i, ix = ix0 + j;
                    float *o = d_ + (i * ALPHA + j) * LANES;
                    if (iy < 0 || iy >= (long)H || ix < 0 || ix >= (long)W) {
                        for (int l = 0; l < LANES; l++) o[l] = 0.0f;
                    } else {
                        const float *src = xn + ((size_t)iy * W + (size_t)ix) * ps + c0 * cs;
                        if (L == LANES && cs == 1) memcpy(o, src, sizeof(float) * LANES);
                        else for (int l = 0; l < LANES; l++) o[l] = l < L ? src[(size_t)l * cs] : 0.0f;
                    }
                }
            in_tf(ALPHA, bt, d_, v_, LANES);
            for (size_t xi = 0; xi < A2; xi++)
                memcpy(V + (xi * T + tl) * cg + c0, v_ + xi * LANES, sizeof(float) * (size_t)L);
        }
    }

    /* 2. the alpha^2 GEMMs */
    for (size_t xi = 0; xi < A2; xi++) {
        const void *u = (const char *)a->packed + (g * A2 + xi) * s->xi_packed;
        lmc_sgemm_prepacked_b(s->g, nt, mg, cg, 1.0f, V + xi * T * cg, (ptrdiff_t)cg, 1, 0, 0, u, 0.0f,
                              MX + xi * T * mg, (ptrdiff_t)mg, gws, 1);
    }

    /* 3. output transform, bias, ReLU, clipped store */
    const bool relu = d->relu != 0;
    for (size_t tl = 0; tl < nt; tl++) {
        size_t n;
        long oy, ox;
        tile_pos(s, t0 + tl, &n, &oy, &ox);
        const int hy = (long)HO - oy < MT ? (int)((long)HO - oy) : MT;
        const int hx = (long)WO - ox < MT ? (int)((long)WO - ox) : MT;
        /* output channel m0 + l of pixel (oy, ox): as for the input */
        const size_t ms = s->nhwc ? 1 : HO * WO, qs = s->nhwc ? M : 1;
        float *yn = a->y + n * HO * WO * M + g * mg * ms;
        for (size_t m0 = 0; m0 < mg; m0 += LANES) {
            const int L = mg - m0 >= LANES ? LANES : (int)(mg - m0);
            for (size_t xi = 0; xi < A2; xi++) {
                const float *src = MX + (xi * T + tl) * mg + m0;
                float *o = d_ + xi * LANES;
                if (L == LANES) memcpy(o, src, sizeof(float) * LANES);
                else for (int l = 0; l < LANES; l++) o[l] = l < L ? src[l] : 0.0f;
            }
            out_tf(ALPHA, MT, at, d_, v_, LANES);
            float bias[LANES];
            for (int l = 0; l < LANES; l++) bias[l] = a->bias && l < L ? a->bias[g * mg + m0 + (size_t)l] : 0.0f;
            for (int i = 0; i < hy; i++)
                for (int j = 0; j < hx; j++) {
                    float *dst = yn + ((size_t)(oy + i) * WO + (size_t)(ox + j)) * qs + m0 * ms;
                    const float *src = v_ + (i * MT + j) * LANES;
                    for (int l = 0; l < L; l++) {
                        const float r = src[l] + bias[l];
                        dst[(size_t)l * ms] = relu && !(r > 0.0f) ? 0.0f : r;
                    }
                }
        }
    }
}

/* Defines lmc_wino_chunk_<isa>: run_chunk with the tile size's constants. */
#define LMC_WINO_DEFINE_CHUNK(isa)                                                                \
    void lmc_wino_chunk_##isa(const lmc_algo_plan *ap, const lmc_exec_args *a, char *slice,       \
                              size_t g, size_t t0, size_t nt)                                     \
    {                                                                                             \
        const int m = LMC_ALGO_STATE(wino_plan, ap)->m;                                           \
        if (m == 2) run_chunk(ap, a, slice, g, t0, nt, 2, &lmc_wino2_bt[0][0], &lmc_wino2_at[0][0]); \
        else if (m == 4) run_chunk(ap, a, slice, g, t0, nt, 4, &lmc_wino4_bt[0][0], &lmc_wino4_at[0][0]); \
        else run_chunk(ap, a, slice, g, t0, nt, 6, &lmc_wino6_bt[0][0], &lmc_wino6_at[0][0]);    \
    }

#endif
