/* Generated from src/direct/f32-direct-nchw.c.in (ISA=avx2, VW=8, MB=4, NW=3, NW1=6) by
 *   python3 tools/generate-kernels.py
 * Do not edit: change the template or the parameters in
 * tools/generate-kernels.py, then run that command. */
/* NCHW direct-convolution blocks, AVX2 + FMA: up to 4 output channels x 3
 * vectors of 8 output positions = 12 accumulators + 3 input vectors + 1
 * broadcast = 16 ymm.  vmaskmovps / masked gathers suppress faults on the
 * lanes they skip; taps whose lanes are all valid use plain loads.  A
 * one-channel block has up to 6 vectors (6 FMA chains). */
#include <immintrin.h>
#include <stddef.h>

#include "cpu.h"
#include "direct/direct.h"

/* The vector mask of lane bits m: lane l all ones when bit l is set. */
static inline __m256i lane_mask(unsigned m)
{
    const __m256i bit = _mm256_setr_epi32(1, 2, 4, 8, 16, 32, 64, 128);
    return _mm256_cmpeq_epi32(_mm256_and_si256(_mm256_set1_epi32((int)m), bit), bit);
}

/* Stores the lanes m of v: whole vectors plainly (vmaskmovps stores are
 * slow on AMD), the run's last one masked. */
static inline void store_mask(float *p, unsigned m, __m256 v)
{
    if (m == 0xffu) _mm256_storeu_ps(p, v);
    else _mm256_maskstore_ps(p, lane_mask(m), v);
}


static void lmc_f32_direct_nchw_4cx24w_1x1__avx2(const lmc_direct_pblock *b)
{
    const ptrdiff_t xv0 = b->xv[0];
    float *yo0 = b->y + b->yv[0];
    __m256 a0_0;
    /* The output lines, fetched while the block multiplies: a tile writes
     * MB planes, and a layer's tiles more store streams than the
     * prefetchers follow (MobileNet's pw1 in NCHW spent a fifth of its
     * time waiting on them). */
    __builtin_prefetch(yo0, 1, 3);
    if (b->first) {
        const __m256 bb0 = b->bias ? _mm256_set1_ps(b->bias[0]) : _mm256_setzero_ps();
        a0_0 = bb0;
    } else {
        a0_0 = _mm256_maskload_ps(yo0, lane_mask(b->smask[0]));
    }
    if (b->sw == 1) {
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                if (tp->full) {
                    const __m256 x0 = _mm256_loadu_ps(xt + xv0);
                    const __m256 w0 = _mm256_set1_ps(wt[0]);
                    a0_0 = _mm256_fmadd_ps(x0, w0, a0_0);
                    continue;
                }
                const __m256 x0 = _mm256_maskload_ps(xt + xv0, lane_mask(tp->mask[0]));
                const __m256 w0 = _mm256_set1_ps(wt[0]);
                a0_0 = _mm256_fmadd_ps(x0, w0, a0_0);
            }
        }
    } else {
        const ptrdiff_t sw = b->sw;
        const __m256i lanes = _mm256_mullo_epi32(_mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7), _mm256_set1_epi32((int)sw));
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const __m256 x0 = _mm256_mask_i32gather_ps(_mm256_setzero_ps(), xt + xv0, lanes, _mm256_castsi256_ps(lane_mask(tp->mask[0])), 4);
                const __m256 w0 = _mm256_set1_ps(wt[0]);
                a0_0 = _mm256_fmadd_ps(x0, w0, a0_0);
            }
        }
    }
    if (b->last && b->relu) {
        a0_0 = _mm256_max_ps(a0_0, _mm256_setzero_ps());
    }
    store_mask(yo0, b->smask[0], a0_0);
}

static void lmc_f32_direct_nchw_4cx24w_1x2__avx2(const lmc_direct_pblock *b)
{
    const ptrdiff_t xv0 = b->xv[0], xv1 = b->xv[1];
    float *yo0 = b->y + b->yv[0], *yo1 = b->y + b->yv[1];
    __m256 a0_0, a0_1;
    /* The output lines, fetched while the block multiplies: a tile writes
     * MB planes, and a layer's tiles more store streams than the
     * prefetchers follow (MobileNet's pw1 in NCHW spent a fifth of its
     * time waiting on them). */
    __builtin_prefetch(yo0, 1, 3);
    __builtin_prefetch(yo1, 1, 3);
    if (b->first) {
        const __m256 bb0 = b->bias ? _mm256_set1_ps(b->bias[0]) : _mm256_setzero_ps();
        a0_0 = bb0;
        a0_1 = bb0;
    } else {
        a0_0 = _mm256_maskload_ps(yo0, lane_mask(b->smask[0]));
        a0_1 = _mm256_maskload_ps(yo1, lane_mask(b->smask[1]));
    }
    if (b->sw == 1) {
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                if (tp->full) {
                    const __m256 x0 = _mm256_loadu_ps(xt + xv0);
                    const __m256 x1 = _mm256_loadu_ps(xt + xv1);
                    const __m256 w0 = _mm256_set1_ps(wt[0]);
                    a0_0 = _mm256_fmadd_ps(x0, w0, a0_0);
                    a0_1 = _mm256_fmadd_ps(x1, w0, a0_1);
                    continue;
                }
                const __m256 x0 = _mm256_maskload_ps(xt + xv0, lane_mask(tp->mask[0]));
                const __m256 x1 = _mm256_maskload_ps(xt + xv1, lane_mask(tp->mask[1]));
                const __m256 w0 = _mm256_set1_ps(wt[0]);
                a0_0 = _mm256_fmadd_ps(x0, w0, a0_0);
                a0_1 = _mm256_fmadd_ps(x1, w0, a0_1);
            }
        }
    } else {
        const ptrdiff_t sw = b->sw;
        const __m256i lanes = _mm256_mullo_epi32(_mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7), _mm256_set1_epi32((int)sw));
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const __m256 x0 = _mm256_mask_i32gather_ps(_mm256_setzero_ps(), xt + xv0, lanes, _mm256_castsi256_ps(lane_mask(tp->mask[0])), 4);
                const __m256 x1 = _mm256_mask_i32gather_ps(_mm256_setzero_ps(), xt + xv1, lanes, _mm256_castsi256_ps(lane_mask(tp->mask[1])), 4);
                const __m256 w0 = _mm256_set1_ps(wt[0]);
                a0_0 = _mm256_fmadd_ps(x0, w0, a0_0);
                a0_1 = _mm256_fmadd_ps(x1, w0, a0_1);
            }
        }
    }
    if (b->last && b->relu) {
        a0_0 = _mm256_max_ps(a0_0, _mm256_setzero_ps());
        a0_1 = _mm256_max_ps(a0_1, _mm256_setzero_ps());
    }
    store_mask(yo0, b->smask[0], a0_0);
    store_mask(yo1, b->smask[1], a0_1);
}

static void lmc_f32_direct_nchw_4cx24w_1x3__avx2(const lmc_direct_pblock *b)
{
    const ptrdiff_t xv0 = b->xv[0], xv1 = b->xv[1], xv2 = b->xv[2];
    float *yo0 = b->y + b->yv[0], *yo1 = b->y + b->yv[1], *yo2 = b->y + b->yv[2];
    __m256 a0_0, a0_1, a0_2;
    /* The output lines, fetched while the block multiplies: a tile writes
     * MB planes, and a layer's tiles more store streams than the
     * prefetchers follow (MobileNet's pw1 in NCHW spent a fifth of its
     * time waiting on them). */
    __builtin_prefetch(yo0, 1, 3);
    __builtin_prefetch(yo1, 1, 3);
    __builtin_prefetch(yo2, 1, 3);
    if (b->first) {
        const __m256 bb0 = b->bias ? _mm256_set1_ps(b->bias[0]) : _mm256_setzero_ps();
        a0_0 = bb0;
        a0_1 = bb0;
        a0_2 = bb0;
    } else {
        a0_0 = _mm256_maskload_ps(yo0, lane_mask(b->smask[0]));
        a0_1 = _mm256_maskload_ps(yo1, lane_mask(b->smask[1]));
        a0_2 = _mm256_maskload_ps(yo2, lane_mask(b->smask[2]));
    }
    if (b->sw == 1) {
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                if (tp->full) {
                    const __m256 x0 = _mm256_loadu_ps(xt + xv0);
                    const __m256 x1 = _mm256_loadu_ps(xt + xv1);
                    const __m256 x2 = _mm256_loadu_ps(xt + xv2);
                    const __m256 w0 = _mm256_set1_ps(wt[0]);
                    a0_0 = _mm256_fmadd_ps(x0, w0, a0_0);
                    a0_1 = _mm256_fmadd_ps(x1, w0, a0_1);
                    a0_2 = _mm256_fmadd_ps(x2, w0, a0_2);
                    continue;
                }
                const __m256 x0 = _mm256_maskload_ps(xt + xv0, lane_mask(tp->mask[0]));
                const __m256 x1 = _mm256_maskload_ps(xt + xv1, lane_mask(tp->mask[1]));
                const __m256 x2 = _mm256_maskload_ps(xt + xv2, lane_mask(tp->mask[2]));
                const __m256 w0 = _mm256_set1_ps(wt[0]);
                a0_0 = _mm256_fmadd_ps(x0, w0, a0_0);
                a0_1 = _mm256_fmadd_ps(x1, w0, a0_1);
                a0_2 = _mm256_fmadd_ps(x2, w0, a0_2);
            }
        }
    } else {
        const ptrdiff_t sw = b->sw;
        const __m256i lanes = _mm256_mullo_epi32(_mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7), _mm256_set1_epi32((int)sw));
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const __m256 x0 = _mm256_mask_i32gather_ps(_mm256_setzero_ps(), xt + xv0, lanes, _mm256_castsi256_ps(lane_mask(tp->mask[0])), 4);
                const __m256 x1 = _mm256_mask_i32gather_ps(_mm256_setzero_ps(), xt + xv1, lanes, _mm256_castsi256_ps(lane_mask(tp->mask[1])), 4);
                const __m256 x2 = _mm256_mask_i32gather_ps(_mm256_setzero_ps(), xt + xv2, lanes, _mm256_castsi256_ps(lane_mask(tp->mask[2])), 4);
                const __m256 w0 = _mm256_set1_ps(wt[0]);
                a0_0 = _mm256_fmadd_ps(x0, w0, a0_0);
                a0_1 = _mm256_fmadd_ps(x1, w0, a0_1);
                a0_2 = _mm256_fmadd_ps(x2, w0, a0_2);
            }
        }
    }
    if (b->last && b->relu) {
        a0_0 = _mm256_max_ps(a0_0, _mm256_setzero_ps());
        a0_1 = _mm256_max_ps(a0_1, _mm256_setzero_ps());
        a0_2 = _mm256_max_ps(a0_2, _mm256_setzero_ps());
    }
    store_mask(yo0, b->smask[0], a0_0);
    store_mask(yo1, b->smask[1], a0_1);
    store_mask(yo2, b->smask[2], a0_2);
}

static void lmc_f32_direct_nchw_4cx24w_1x4__avx2(const lmc_direct_pblock *b)
{
    const ptrdiff_t xv0 = b->xv[0], xv1 = b->xv[1], xv2 = b->xv[2], xv3 = b->xv[3];
    float *yo0 = b->y + b->yv[0], *yo1 = b->y + b->yv[1], *yo2 = b->y + b->yv[2], *yo3 = b->y + b->yv[3];
    __m256 a0_0, a0_1, a0_2, a0_3;
    /* The output lines, fetched while the block multiplies: a tile writes
     * MB planes, and a layer's tiles more store streams than the
     * prefetchers follow (MobileNet's pw1 in NCHW spent a fifth of its
     * time waiting on them). */
    __builtin_prefetch(yo0, 1, 3);
    __builtin_prefetch(yo1, 1, 3);
    __builtin_prefetch(yo2, 1, 3);
    __builtin_prefetch(yo3, 1, 3);
    if (b->first) {
        const __m256 bb0 = b->bias ? _mm256_set1_ps(b->bias[0]) : _mm256_setzero_ps();
        a0_0 = bb0;
        a0_1 = bb0;
        a0_2 = bb0;
        a0_3 = bb0;
    } else {
        a0_0 = _mm256_maskload_ps(yo0, lane_mask(b->smask[0]));
        a0_1 = _mm256_maskload_ps(yo1, lane_mask(b->smask[1]));
        a0_2 = _mm256_maskload_ps(yo2, lane_mask(b->smask[2]));
        a0_3 = _mm256_maskload_ps(yo3, lane_mask(b->smask[3]));
    }
    if (b->sw == 1) {
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                if (tp->full) {
                    const __m256 x0 = _mm256_loadu_ps(xt + xv0);
                    const __m256 x1 = _mm256_loadu_ps(xt + xv1);
                    const __m256 x2 = _mm256_loadu_ps(xt + xv2);
                    const __m256 x3 = _mm256_loadu_ps(xt + xv3);
                    const __m256 w0 = _mm256_set1_ps(wt[0]);
                    a0_0 = _mm256_fmadd_ps(x0, w0, a0_0);
                    a0_1 = _mm256_fmadd_ps(x1, w0, a0_1);
                    a0_2 = _mm256_fmadd_ps(x2, w0, a0_2);
                    a0_3 = _mm256_fmadd_ps(x3, w0, a0_3);
                    continue;
                }
                const __m256 x0 = _mm256_maskload_ps(xt + xv0, lane_mask(tp->mask[0]));
                const __m256 x1 = _mm256_maskload_ps(xt + xv1, lane_mask(tp->mask[1]));
                const __m256 x2 = _mm256_maskload_ps(xt + xv2, lane_mask(tp->mask[2]));
                const __m256 x3 = _mm256_maskload_ps(xt + xv3, lane_mask(tp->mask[3]));
                const __m256 w0 = _mm256_set1_ps(wt[0]);
                a0_0 = _mm256_fmadd_ps(x0, w0, a0_0);
                a0_1 = _mm256_fmadd_ps(x1, w0, a0_1);
                a0_2 = _mm256_fmadd_ps(x2, w0, a0_2);
                a0_3 = _mm256_fmadd_ps(x3, w0, a0_3);
            }
        }
    } else {
        const ptrdiff_t sw = b->sw;
        const __m256i lanes = _mm256_mullo_epi32(_mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7), _mm256_set1_epi32((int)sw));
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const __m256 x0 = _mm256_mask_i32gather_ps(_mm256_setzero_ps(), xt + xv0, lanes, _mm256_castsi256_ps(lane_mask(tp->mask[0])), 4);
                const __m256 x1 = _mm256_mask_i32gather_ps(_mm256_setzero_ps(), xt + xv1, lanes, _mm256_castsi256_ps(lane_mask(tp->mask[1])), 4);
                const __m256 x2 = _mm256_mask_i32gather_ps(_mm256_setzero_ps(), xt + xv2, lanes, _mm256_castsi256_ps(lane_mask(tp->mask[2])), 4);
                const __m256 x3 = _mm256_mask_i32gather_ps(_mm256_setzero_ps(), xt + xv3, lanes, _mm256_castsi256_ps(lane_mask(tp->mask[3])), 4);
                const __m256 w0 = _mm256_set1_ps(wt[0]);
                a0_0 = _mm256_fmadd_ps(x0, w0, a0_0);
                a0_1 = _mm256_fmadd_ps(x1, w0, a0_1);
                a0_2 = _mm256_fmadd_ps(x2, w0, a0_2);
                a0_3 = _mm256_fmadd_ps(x3, w0, a0_3);
            }
        }
    }
    if (b->last && b->relu) {
        a0_0 = _mm256_max_ps(a0_0, _mm256_setzero_ps());
        a0_1 = _mm256_max_ps(a0_1, _mm256_setzero_ps());
        a0_2 = _mm256_max_ps(a0_2, _mm256_setzero_ps());
        a0_3 = _mm256_max_ps(a0_3, _mm256_setzero_ps());
    }
    store_mask(yo0, b->smask[0], a0_0);
    store_mask(yo1, b->smask[1], a0_1);
    store_mask(yo2, b->smask[2], a0_2);
    store_mask(yo3, b->smask[3], a0_3);
}

static void lmc_f32_direct_nchw_4cx24w_1x5__avx2(const lmc_direct_pblock *b)
{
    const ptrdiff_t xv0 = b->xv[0], xv1 = b->xv[1], xv2 = b->xv[2], xv3 = b->xv[3], xv4 = b->xv[4];
    float *yo0 = b->y + b->yv[0], *yo1 = b->y + b->yv[1], *yo2 = b->y + b->yv[2], *yo3 = b->y + b->yv[3], *yo4 = b->y + b->yv[4];
    __m256 a0_0, a0_1, a0_2, a0_3, a0_4;
    /* The output lines, fetched while the block multiplies: a tile writes
     * MB planes, and a layer's tiles more store streams than the
     * prefetchers follow (MobileNet's pw1 in NCHW spent a fifth of its
     * time waiting on them). */
    __builtin_prefetch(yo0, 1, 3);
    __builtin_prefetch(yo1, 1, 3);
    __builtin_prefetch(yo2, 1, 3);
    __builtin_prefetch(yo3, 1, 3);
    __builtin_prefetch(yo4, 1, 3);
    if (b->first) {
        const __m256 bb0 = b->bias ? _mm256_set1_ps(b->bias[0]) : _mm256_setzero_ps();
        a0_0 = bb0;
        a0_1 = bb0;
        a0_2 = bb0;
        a0_3 = bb0;
        a0_4 = bb0;
    } else {
        a0_0 = _mm256_maskload_ps(yo0, lane_mask(b->smask[0]));
        a0_1 = _mm256_maskload_ps(yo1, lane_mask(b->smask[1]));
        a0_2 = _mm256_maskload_ps(yo2, lane_mask(b->smask[2]));
        a0_3 = _mm256_maskload_ps(yo3, lane_mask(b->smask[3]));
        a0_4 = _mm256_maskload_ps(yo4, lane_mask(b->smask[4]));
    }
    if (b->sw == 1) {
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                if (tp->full) {
                    const __m256 x0 = _mm256_loadu_ps(xt + xv0);
                    const __m256 x1 = _mm256_loadu_ps(xt + xv1);
                    const __m256 x2 = _mm256_loadu_ps(xt + xv2);
                    const __m256 x3 = _mm256_loadu_ps(xt + xv3);
                    const __m256 x4 = _mm256_loadu_ps(xt + xv4);
                    const __m256 w0 = _mm256_set1_ps(wt[0]);
                    a0_0 = _mm256_fmadd_ps(x0, w0, a0_0);
                    a0_1 = _mm256_fmadd_ps(x1, w0, a0_1);
                    a0_2 = _mm256_fmadd_ps(x2, w0, a0_2);
                    a0_3 = _mm256_fmadd_ps(x3, w0, a0_3);
                    a0_4 = _mm256_fmadd_ps(x4, w0, a0_4);
                    continue;
                }
                const __m256 x0 = _mm256_maskload_ps(xt + xv0, lane_mask(tp->mask[0]));
                const __m256 x1 = _mm256_maskload_ps(xt + xv1, lane_mask(tp->mask[1]));
                const __m256 x2 = _mm256_maskload_ps(xt + xv2, lane_mask(tp->mask[2]));
                const __m256 x3 = _mm256_maskload_ps(xt + xv3, lane_mask(tp->mask[3]));
                const __m256 x4 = _mm256_maskload_ps(xt + xv4, lane_mask(tp->mask[4]));
                const __m256 w0 = _mm256_set1_ps(wt[0]);
                a0_0 = _mm256_fmadd_ps(x0, w0, a0_0);
                a0_1 = _mm256_fmadd_ps(x1, w0, a0_1);
                a0_2 = _mm256_fmadd_ps(x2, w0, a0_2);
                a0_3 = _mm256_fmadd_ps(x3, w0, a0_3);
                a0_4 = _mm256_fmadd_ps(x4, w0, a0_4);
            }
        }
    } else {
        const ptrdiff_t sw = b->sw;
        const __m256i lanes = _mm256_mullo_epi32(_mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7), _mm256_set1_epi32((int)sw));
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const __m256 x0 = _mm256_mask_i32gather_ps(_mm256_setzero_ps(), xt + xv0, lanes, _mm256_castsi256_ps(lane_mask(tp->mask[0])), 4);
                const __m256 x1 = _mm256_mask_i32gather_ps(_mm256_setzero_ps(), xt + xv1, lanes, _mm256_castsi256_ps(lane_mask(tp->mask[1])), 4);
                const __m256 x2 = _mm256_mask_i32gather_ps(_mm256_setzero_ps(), xt + xv2, lanes, _mm256_castsi256_ps(lane_mask(tp->mask[2])), 4);
                const __m256 x3 = _mm256_mask_i32gather_ps(_mm256_setzero_ps(), xt + xv3, lanes, _mm256_castsi256_ps(lane_mask(tp->mask[3])), 4);
                const __m256 x4 = _mm256_mask_i32gather_ps(_mm256_setzero_ps(), xt + xv4, lanes, _mm256_castsi256_ps(lane_mask(tp->mask[4])), 4);
                const __m256 w0 = _mm256_set1_ps(wt[0]);
                a0_0 = _mm256_fmadd_ps(x0, w0, a0_0);
                a0_1 = _mm256_fmadd_ps(x1, w0, a0_1);
                a0_2 = _mm256_fmadd_ps(x2, w0, a0_2);
                a0_3 = _mm256_fmadd_ps(x3, w0, a0_3);
                a0_4 = _mm256_fmadd_ps(x4, w0, a0_4);
            }
        }
    }
    if (b->last && b->relu) {
        a0_0 = _mm256_max_ps(a0_0, _mm256_setzero_ps());
        a0_1 = _mm256_max_ps(a0_1, _mm256_setzero_ps());
        a0_2 = _mm256_max_ps(a0_2, _mm256_setzero_ps());
        a0_3 = _mm256_max_ps(a0_3, _mm256_setzero_ps());
        a0_4 = _mm256_max_ps(a0_4, _mm256_setzero_ps());
    }
    store_mask(yo0, b->smask[0], a0_0);
    store_mask(yo1, b->smask[1], a0_1);
    store_mask(yo2, b->smask[2], a0_2);
    store_mask(yo3, b->smask[3], a0_3);
    store_mask(yo4, b->smask[4], a0_4);
}

static void lmc_f32_direct_nchw_4cx24w_1x6__avx2(const lmc_direct_pblock *b)
{
    const ptrdiff_t xv0 = b->xv[0], xv1 = b->xv[1], xv2 = b->xv[2], xv3 = b->xv[3], xv4 = b->xv[4], xv5 = b->xv[5];
    float *yo0 = b->y + b->yv[0], *yo1 = b->y + b->yv[1], *yo2 = b->y + b->yv[2], *yo3 = b->y + b->yv[3], *yo4 = b->y + b->yv[4], *yo5 = b->y + b->yv[5];
    __m256 a0_0, a0_1, a0_2, a0_3, a0_4, a0_5;
    /* The output lines, fetched while the block multiplies: a tile writes
     * MB planes, and a layer's tiles more store streams than the
     * prefetchers follow (MobileNet's pw1 in NCHW spent a fifth of its
     * time waiting on them). */
    __builtin_prefetch(yo0, 1, 3);
    __builtin_prefetch(yo1, 1, 3);
    __builtin_prefetch(yo2, 1, 3);
    __builtin_prefetch(yo3, 1, 3);
    __builtin_prefetch(yo4, 1, 3);
    __builtin_prefetch(yo5, 1, 3);
    if (b->first) {
        const __m256 bb0 = b->bias ? _mm256_set1_ps(b->bias[0]) : _mm256_setzero_ps();
        a0_0 = bb0;
        a0_1 = bb0;
        a0_2 = bb0;
        a0_3 = bb0;
        a0_4 = bb0;
        a0_5 = bb0;
    } else {
        a0_0 = _mm256_maskload_ps(yo0, lane_mask(b->smask[0]));
        a0_1 = _mm256_maskload_ps(yo1, lane_mask(b->smask[1]));
        a0_2 = _mm256_maskload_ps(yo2, lane_mask(b->smask[2]));
        a0_3 = _mm256_maskload_ps(yo3, lane_mask(b->smask[3]));
        a0_4 = _mm256_maskload_ps(yo4, lane_mask(b->smask[4]));
        a0_5 = _mm256_maskload_ps(yo5, lane_mask(b->smask[5]));
    }
    if (b->sw == 1) {
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                if (tp->full) {
                    const __m256 x0 = _mm256_loadu_ps(xt + xv0);
                    const __m256 x1 = _mm256_loadu_ps(xt + xv1);
                    const __m256 x2 = _mm256_loadu_ps(xt + xv2);
                    const __m256 x3 = _mm256_loadu_ps(xt + xv3);
                    const __m256 x4 = _mm256_loadu_ps(xt + xv4);
                    const __m256 x5 = _mm256_loadu_ps(xt + xv5);
                    const __m256 w0 = _mm256_set1_ps(wt[0]);
                    a0_0 = _mm256_fmadd_ps(x0, w0, a0_0);
                    a0_1 = _mm256_fmadd_ps(x1, w0, a0_1);
                    a0_2 = _mm256_fmadd_ps(x2, w0, a0_2);
                    a0_3 = _mm256_fmadd_ps(x3, w0, a0_3);
                    a0_4 = _mm256_fmadd_ps(x4, w0, a0_4);
                    a0_5 = _mm256_fmadd_ps(x5, w0, a0_5);
                    continue;
                }
                const __m256 x0 = _mm256_maskload_ps(xt + xv0, lane_mask(tp->mask[0]));
                const __m256 x1 = _mm256_maskload_ps(xt + xv1, lane_mask(tp->mask[1]));
                const __m256 x2 = _mm256_maskload_ps(xt + xv2, lane_mask(tp->mask[2]));
                const __m256 x3 = _mm256_maskload_ps(xt + xv3, lane_mask(tp->mask[3]));
                const __m256 x4 = _mm256_maskload_ps(xt + xv4, lane_mask(tp->mask[4]));
                const __m256 x5 = _mm256_maskload_ps(xt + xv5, lane_mask(tp->mask[5]));
                const __m256 w0 = _mm256_set1_ps(wt[0]);
                a0_0 = _mm256_fmadd_ps(x0, w0, a0_0);
                a0_1 = _mm256_fmadd_ps(x1, w0, a0_1);
                a0_2 = _mm256_fmadd_ps(x2, w0, a0_2);
                a0_3 = _mm256_fmadd_ps(x3, w0, a0_3);
                a0_4 = _mm256_fmadd_ps(x4, w0, a0_4);
                a0_5 = _mm256_fmadd_ps(x5, w0, a0_5);
            }
        }
    } else {
        const ptrdiff_t sw = b->sw;
        const __m256i lanes = _mm256_mullo_epi32(_mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7), _mm256_set1_epi32((int)sw));
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const __m256 x0 = _mm256_mask_i32gather_ps(_mm256_setzero_ps(), xt + xv0, lanes, _mm256_castsi256_ps(lane_mask(tp->mask[0])), 4);
                const __m256 x1 = _mm256_mask_i32gather_ps(_mm256_setzero_ps(), xt + xv1, lanes, _mm256_castsi256_ps(lane_mask(tp->mask[1])), 4);
                const __m256 x2 = _mm256_mask_i32gather_ps(_mm256_setzero_ps(), xt + xv2, lanes, _mm256_castsi256_ps(lane_mask(tp->mask[2])), 4);
                const __m256 x3 = _mm256_mask_i32gather_ps(_mm256_setzero_ps(), xt + xv3, lanes, _mm256_castsi256_ps(lane_mask(tp->mask[3])), 4);
                const __m256 x4 = _mm256_mask_i32gather_ps(_mm256_setzero_ps(), xt + xv4, lanes, _mm256_castsi256_ps(lane_mask(tp->mask[4])), 4);
                const __m256 x5 = _mm256_mask_i32gather_ps(_mm256_setzero_ps(), xt + xv5, lanes, _mm256_castsi256_ps(lane_mask(tp->mask[5])), 4);
                const __m256 w0 = _mm256_set1_ps(wt[0]);
                a0_0 = _mm256_fmadd_ps(x0, w0, a0_0);
                a0_1 = _mm256_fmadd_ps(x1, w0, a0_1);
                a0_2 = _mm256_fmadd_ps(x2, w0, a0_2);
                a0_3 = _mm256_fmadd_ps(x3, w0, a0_3);
                a0_4 = _mm256_fmadd_ps(x4, w0, a0_4);
                a0_5 = _mm256_fmadd_ps(x5, w0, a0_5);
            }
        }
    }
    if (b->last && b->relu) {
        a0_0 = _mm256_max_ps(a0_0, _mm256_setzero_ps());
        a0_1 = _mm256_max_ps(a0_1, _mm256_setzero_ps());
        a0_2 = _mm256_max_ps(a0_2, _mm256_setzero_ps());
        a0_3 = _mm256_max_ps(a0_3, _mm256_setzero_ps());
        a0_4 = _mm256_max_ps(a0_4, _mm256_setzero_ps());
        a0_5 = _mm256_max_ps(a0_5, _mm256_setzero_ps());
    }
    store_mask(yo0, b->smask[0], a0_0);
    store_mask(yo1, b->smask[1], a0_1);
    store_mask(yo2, b->smask[2], a0_2);
    store_mask(yo3, b->smask[3], a0_3);
    store_mask(yo4, b->smask[4], a0_4);
    store_mask(yo5, b->smask[5], a0_5);
}

static void lmc_f32_direct_nchw_4cx24w_2x1__avx2(const lmc_direct_pblock *b)
{
    const ptrdiff_t xv0 = b->xv[0];
    float *yo0 = b->y + b->yv[0];
    __m256 a0_0;
    __m256 a1_0;
    /* The output lines, fetched while the block multiplies: a tile writes
     * MB planes, and a layer's tiles more store streams than the
     * prefetchers follow (MobileNet's pw1 in NCHW spent a fifth of its
     * time waiting on them). */
    __builtin_prefetch(yo0, 1, 3);
    __builtin_prefetch(yo0 + 1 * b->yplane, 1, 3);
    if (b->first) {
        const __m256 bb0 = b->bias ? _mm256_set1_ps(b->bias[0]) : _mm256_setzero_ps();
        a0_0 = bb0;
        const __m256 bb1 = b->bias ? _mm256_set1_ps(b->bias[1]) : _mm256_setzero_ps();
        a1_0 = bb1;
    } else {
        a0_0 = _mm256_maskload_ps(yo0, lane_mask(b->smask[0]));
        a1_0 = _mm256_maskload_ps(yo0 + 1 * b->yplane, lane_mask(b->smask[0]));
    }
    if (b->sw == 1) {
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                if (tp->full) {
                    const __m256 x0 = _mm256_loadu_ps(xt + xv0);
                    const __m256 w0 = _mm256_set1_ps(wt[0]);
                    a0_0 = _mm256_fmadd_ps(x0, w0, a0_0);
                    const __m256 w1 = _mm256_set1_ps(wt[1]);
                    a1_0 = _mm256_fmadd_ps(x0, w1, a1_0);
                    continue;
                }
                const __m256 x0 = _mm256_maskload_ps(xt + xv0, lane_mask(tp->mask[0]));
                const __m256 w0 = _mm256_set1_ps(wt[0]);
                a0_0 = _mm256_fmadd_ps(x0, w0, a0_0);
                const __m256 w1 = _mm256_set1_ps(wt[1]);
                a1_0 = _mm256_fmadd_ps(x0, w1, a1_0);
            }
        }
    } else {
        const ptrdiff_t sw = b->sw;
        const __m256i lanes = _mm256_mullo_epi32(_mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7), _mm256_set1_epi32((int)sw));
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const __m256 x0 = _mm256_mask_i32gather_ps(_mm256_setzero_ps(), xt + xv0, lanes, _mm256_castsi256_ps(lane_mask(tp->mask[0])), 4);
                const __m256 w0 = _mm256_set1_ps(wt[0]);
                a0_0 = _mm256_fmadd_ps(x0, w0, a0_0);
                const __m256 w1 = _mm256_set1_ps(wt[1]);
                a1_0 = _mm256_fmadd_ps(x0, w1, a1_0);
            }
        }
    }
    if (b->last && b->relu) {
        a0_0 = _mm256_max_ps(a0_0, _mm256_setzero_ps());
        a1_0 = _mm256_max_ps(a1_0, _mm256_setzero_ps());
    }
    store_mask(yo0, b->smask[0], a0_0);
    store_mask(yo0 + 1 * b->yplane, b->smask[0], a1_0);
}

static void lmc_f32_direct_nchw_4cx24w_2x2__avx2(const lmc_direct_pblock *b)
{
    const ptrdiff_t xv0 = b->xv[0], xv1 = b->xv[1];
    float *yo0 = b->y + b->yv[0], *yo1 = b->y + b->yv[1];
    __m256 a0_0, a0_1;
    __m256 a1_0, a1_1;
    /* The output lines, fetched while the block multiplies: a tile writes
     * MB planes, and a layer's tiles more store streams than the
     * prefetchers follow (MobileNet's pw1 in NCHW spent a fifth of its
     * time waiting on them). */
    __builtin_prefetch(yo0, 1, 3);
    __builtin_prefetch(yo1, 1, 3);
    __builtin_prefetch(yo0 + 1 * b->yplane, 1, 3);
    __builtin_prefetch(yo1 + 1 * b->yplane, 1, 3);
    if (b->first) {
        const __m256 bb0 = b->bias ? _mm256_set1_ps(b->bias[0]) : _mm256_setzero_ps();
        a0_0 = bb0;
        a0_1 = bb0;
        const __m256 bb1 = b->bias ? _mm256_set1_ps(b->bias[1]) : _mm256_setzero_ps();
        a1_0 = bb1;
        a1_1 = bb1;
    } else {
        a0_0 = _mm256_maskload_ps(yo0, lane_mask(b->smask[0]));
        a0_1 = _mm256_maskload_ps(yo1, lane_mask(b->smask[1]));
        a1_0 = _mm256_maskload_ps(yo0 + 1 * b->yplane, lane_mask(b->smask[0]));
        a1_1 = _mm256_maskload_ps(yo1 + 1 * b->yplane, lane_mask(b->smask[1]));
    }
    if (b->sw == 1) {
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                if (tp->full) {
                    const __m256 x0 = _mm256_loadu_ps(xt + xv0);
                    const __m256 x1 = _mm256_loadu_ps(xt + xv1);
                    const __m256 w0 = _mm256_set1_ps(wt[0]);
                    a0_0 = _mm256_fmadd_ps(x0, w0, a0_0);
                    a0_1 = _mm256_fmadd_ps(x1, w0, a0_1);
                    const __m256 w1 = _mm256_set1_ps(wt[1]);
                    a1_0 = _mm256_fmadd_ps(x0, w1, a1_0);
                    a1_1 = _mm256_fmadd_ps(x1, w1, a1_1);
                    continue;
                }
                const __m256 x0 = _mm256_maskload_ps(xt + xv0, lane_mask(tp->mask[0]));
                const __m256 x1 = _mm256_maskload_ps(xt + xv1, lane_mask(tp->mask[1]));
                const __m256 w0 = _mm256_set1_ps(wt[0]);
                a0_0 = _mm256_fmadd_ps(x0, w0, a0_0);
                a0_1 = _mm256_fmadd_ps(x1, w0, a0_1);
                const __m256 w1 = _mm256_set1_ps(wt[1]);
                a1_0 = _mm256_fmadd_ps(x0, w1, a1_0);
                a1_1 = _mm256_fmadd_ps(x1, w1, a1_1);
            }
        }
    } else {
        const ptrdiff_t sw = b->sw;
        const __m256i lanes = _mm256_mullo_epi32(_mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7), _mm256_set1_epi32((int)sw));
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const __m256 x0 = _mm256_mask_i32gather_ps(_mm256_setzero_ps(), xt + xv0, lanes, _mm256_castsi256_ps(lane_mask(tp->mask[0])), 4);
                const __m256 x1 = _mm256_mask_i32gather_ps(_mm256_setzero_ps(), xt + xv1, lanes, _mm256_castsi256_ps(lane_mask(tp->mask[1])), 4);
                const __m256 w0 = _mm256_set1_ps(wt[0]);
                a0_0 = _mm256_fmadd_ps(x0, w0, a0_0);
                a0_1 = _mm256_fmadd_ps(x1, w0, a0_1);
                const __m256 w1 = _mm256_set1_ps(wt[1]);
                a1_0 = _mm256_fmadd_ps(x0, w1, a1_0);
                a1_1 = _mm256_fmadd_ps(x1, w1, a1_1);
            }
        }
    }
    if (b->last && b->relu) {
        a0_0 = _mm256_max_ps(a0_0, _mm256_setzero_ps());
        a0_1 = _mm256_max_ps(a0_1, _mm256_setzero_ps());
        a1_0 = _mm256_max_ps(a1_0, _mm256_setzero_ps());
        a1_1 = _mm256_max_ps(a1_1, _mm256_setzero_ps());
    }
    store_mask(yo0, b->smask[0], a0_0);
    store_mask(yo1, b->smask[1], a0_1);
    store_mask(yo0 + 1 * b->yplane, b->smask[0], a1_0);
    store_mask(yo1 + 1 * b->yplane, b->smask[1], a1_1);
}

static void lmc_f32_direct_nchw_4cx24w_2x3__avx2(const lmc_direct_pblock *b)
{
    const ptrdiff_t xv0 = b->xv[0], xv1 = b->xv[1], xv2 = b->xv[2];
    float *yo0 = b->y + b->yv[0], *yo1 = b->y + b->yv[1], *yo2 = b->y + b->yv[2];
    __m256 a0_0, a0_1, a0_2;
    __m256 a1_0, a1_1, a1_2;
    /* The output lines, fetched while the block multiplies: a tile writes
     * MB planes, and a layer's tiles more store streams than the
     * prefetchers follow (MobileNet's pw1 in NCHW spent a fifth of its
     * time waiting on them). */
    __builtin_prefetch(yo0, 1, 3);
    __builtin_prefetch(yo1, 1, 3);
    __builtin_prefetch(yo2, 1, 3);
    __builtin_prefetch(yo0 + 1 * b->yplane, 1, 3);
    __builtin_prefetch(yo1 + 1 * b->yplane, 1, 3);
    __builtin_prefetch(yo2 + 1 * b->yplane, 1, 3);
    if (b->first) {
        const __m256 bb0 = b->bias ? _mm256_set1_ps(b->bias[0]) : _mm256_setzero_ps();
        a0_0 = bb0;
        a0_1 = bb0;
        a0_2 = bb0;
        const __m256 bb1 = b->bias ? _mm256_set1_ps(b->bias[1]) : _mm256_setzero_ps();
        a1_0 = bb1;
        a1_1 = bb1;
        a1_2 = bb1;
    } else {
        a0_0 = _mm256_maskload_ps(yo0, lane_mask(b->smask[0]));
        a0_1 = _mm256_maskload_ps(yo1, lane_mask(b->smask[1]));
        a0_2 = _mm256_maskload_ps(yo2, lane_mask(b->smask[2]));
        a1_0 = _mm256_maskload_ps(yo0 + 1 * b->yplane, lane_mask(b->smask[0]));
        a1_1 = _mm256_maskload_ps(yo1 + 1 * b->yplane, lane_mask(b->smask[1]));
        a1_2 = _mm256_maskload_ps(yo2 + 1 * b->yplane, lane_mask(b->smask[2]));
    }
    if (b->sw == 1) {
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                if (tp->full) {
                    const __m256 x0 = _mm256_loadu_ps(xt + xv0);
                    const __m256 x1 = _mm256_loadu_ps(xt + xv1);
                    const __m256 x2 = _mm256_loadu_ps(xt + xv2);
                    const __m256 w0 = _mm256_set1_ps(wt[0]);
                    a0_0 = _mm256_fmadd_ps(x0, w0, a0_0);
                    a0_1 = _mm256_fmadd_ps(x1, w0, a0_1);
                    a0_2 = _mm256_fmadd_ps(x2, w0, a0_2);
                    const __m256 w1 = _mm256_set1_ps(wt[1]);
                    a1_0 = _mm256_fmadd_ps(x0, w1, a1_0);
                    a1_1 = _mm256_fmadd_ps(x1, w1, a1_1);
                    a1_2 = _mm256_fmadd_ps(x2, w1, a1_2);
                    continue;
                }
                const __m256 x0 = _mm256_maskload_ps(xt + xv0, lane_mask(tp->mask[0]));
                const __m256 x1 = _mm256_maskload_ps(xt + xv1, lane_mask(tp->mask[1]));
                const __m256 x2 = _mm256_maskload_ps(xt + xv2, lane_mask(tp->mask[2]));
                const __m256 w0 = _mm256_set1_ps(wt[0]);
                a0_0 = _mm256_fmadd_ps(x0, w0, a0_0);
                a0_1 = _mm256_fmadd_ps(x1, w0, a0_1);
                a0_2 = _mm256_fmadd_ps(x2, w0, a0_2);
                const __m256 w1 = _mm256_set1_ps(wt[1]);
                a1_0 = _mm256_fmadd_ps(x0, w1, a1_0);
                a1_1 = _mm256_fmadd_ps(x1, w1, a1_1);
                a1_2 = _mm256_fmadd_ps(x2, w1, a1_2);
            }
        }
    } else {
        const ptrdiff_t sw = b->sw;
        const __m256i lanes = _mm256_mullo_epi32(_mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7), _mm256_set1_epi32((int)sw));
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const __m256 x0 = _mm256_mask_i32gather_ps(_mm256_setzero_ps(), xt + xv0, lanes, _mm256_castsi256_ps(lane_mask(tp->mask[0])), 4);
                const __m256 x1 = _mm256_mask_i32gather_ps(_mm256_setzero_ps(), xt + xv1, lanes, _mm256_castsi256_ps(lane_mask(tp->mask[1])), 4);
                const __m256 x2 = _mm256_mask_i32gather_ps(_mm256_setzero_ps(), xt + xv2, lanes, _mm256_castsi256_ps(lane_mask(tp->mask[2])), 4);
                const __m256 w0 = _mm256_set1_ps(wt[0]);
                a0_0 = _mm256_fmadd_ps(x0, w0, a0_0);
                a0_1 = _mm256_fmadd_ps(x1, w0, a0_1);
                a0_2 = _mm256_fmadd_ps(x2, w0, a0_2);
                const __m256 w1 = _mm256_set1_ps(wt[1]);
                a1_0 = _mm256_fmadd_ps(x0, w1, a1_0);
                a1_1 = _mm256_fmadd_ps(x1, w1, a1_1);
                a1_2 = _mm256_fmadd_ps(x2, w1, a1_2);
            }
        }
    }
    if (b->last && b->relu) {
        a0_0 = _mm256_max_ps(a0_0, _mm256_setzero_ps());
        a0_1 = _mm256_max_ps(a0_1, _mm256_setzero_ps());
        a0_2 = _mm256_max_ps(a0_2, _mm256_setzero_ps());
        a1_0 = _mm256_max_ps(a1_0, _mm256_setzero_ps());
        a1_1 = _mm256_max_ps(a1_1, _mm256_setzero_ps());
        a1_2 = _mm256_max_ps(a1_2, _mm256_setzero_ps());
    }
    store_mask(yo0, b->smask[0], a0_0);
    store_mask(yo1, b->smask[1], a0_1);
    store_mask(yo2, b->smask[2], a0_2);
    store_mask(yo0 + 1 * b->yplane, b->smask[0], a1_0);
    store_mask(yo1 + 1 * b->yplane, b->smask[1], a1_1);
    store_mask(yo2 + 1 * b->yplane, b->smask[2], a1_2);
}

static void lmc_f32_direct_nchw_4cx24w_3x1__avx2(const lmc_direct_pblock *b)
{
    const ptrdiff_t xv0 = b->xv[0];
    float *yo0 = b->y + b->yv[0];
    __m256 a0_0;
    __m256 a1_0;
    __m256 a2_0;
    /* The output lines, fetched while the block multiplies: a tile writes
     * MB planes, and a layer's tiles more store streams than the
     * prefetchers follow (MobileNet's pw1 in NCHW spent a fifth of its
     * time waiting on them). */
    __builtin_prefetch(yo0, 1, 3);
    __builtin_prefetch(yo0 + 1 * b->yplane, 1, 3);
    __builtin_prefetch(yo0 + 2 * b->yplane, 1, 3);
    if (b->first) {
        const __m256 bb0 = b->bias ? _mm256_set1_ps(b->bias[0]) : _mm256_setzero_ps();
        a0_0 = bb0;
        const __m256 bb1 = b->bias ? _mm256_set1_ps(b->bias[1]) : _mm256_setzero_ps();
        a1_0 = bb1;
        const __m256 bb2 = b->bias ? _mm256_set1_ps(b->bias[2]) : _mm256_setzero_ps();
        a2_0 = bb2;
    } else {
        a0_0 = _mm256_maskload_ps(yo0, lane_mask(b->smask[0]));
        a1_0 = _mm256_maskload_ps(yo0 + 1 * b->yplane, lane_mask(b->smask[0]));
        a2_0 = _mm256_maskload_ps(yo0 + 2 * b->yplane, lane_mask(b->smask[0]));
    }
    if (b->sw == 1) {
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                if (tp->full) {
                    const __m256 x0 = _mm256_loadu_ps(xt + xv0);
                    const __m256 w0 = _mm256_set1_ps(wt[0]);
                    a0_0 = _mm256_fmadd_ps(x0, w0, a0_0);
                    const __m256 w1 = _mm256_set1_ps(wt[1]);
                    a1_0 = _mm256_fmadd_ps(x0, w1, a1_0);
                    const __m256 w2 = _mm256_set1_ps(wt[2]);
                    a2_0 = _mm256_fmadd_ps(x0, w2, a2_0);
                    continue;
                }
                const __m256 x0 = _mm256_maskload_ps(xt + xv0, lane_mask(tp->mask[0]));
                const __m256 w0 = _mm256_set1_ps(wt[0]);
                a0_0 = _mm256_fmadd_ps(x0, w0, a0_0);
                const __m256 w1 = _mm256_set1_ps(wt[1]);
                a1_0 = _mm256_fmadd_ps(x0, w1, a1_0);
                const __m256 w2 = _mm256_set1_ps(wt[2]);
                a2_0 = _mm256_fmadd_ps(x0, w2, a2_0);
            }
        }
    } else {
        const ptrdiff_t sw = b->sw;
        const __m256i lanes = _mm256_mullo_epi32(_mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7), _mm256_set1_epi32((int)sw));
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const __m256 x0 = _mm256_mask_i32gather_ps(_mm256_setzero_ps(), xt + xv0, lanes, _mm256_castsi256_ps(lane_mask(tp->mask[0])), 4);
                const __m256 w0 = _mm256_set1_ps(wt[0]);
                a0_0 = _mm256_fmadd_ps(x0, w0, a0_0);
                const __m256 w1 = _mm256_set1_ps(wt[1]);
                a1_0 = _mm256_fmadd_ps(x0, w1, a1_0);
                const __m256 w2 = _mm256_set1_ps(wt[2]);
                a2_0 = _mm256_fmadd_ps(x0, w2, a2_0);
            }
        }
    }
    if (b->last && b->relu) {
        a0_0 = _mm256_max_ps(a0_0, _mm256_setzero_ps());
        a1_0 = _mm256_max_ps(a1_0, _mm256_setzero_ps());
        a2_0 = _mm256_max_ps(a2_0, _mm256_setzero_ps());
    }
    store_mask(yo0, b->smask[0], a0_0);
    store_mask(yo0 + 1 * b->yplane, b->smask[0], a1_0);
    store_mask(yo0 + 2 * b->yplane, b->smask[0], a2_0);
}

static void lmc_f32_direct_nchw_4cx24w_3x2__avx2(const lmc_direct_pblock *b)
{
    const ptrdiff_t xv0 = b->xv[0], xv1 = b->xv[1];
    float *yo0 = b->y + b->yv[0], *yo1 = b->y + b->yv[1];
    __m256 a0_0, a0_1;
    __m256 a1_0, a1_1;
    __m256 a2_0, a2_1;
    /* The output lines, fetched while the block multiplies: a tile writes
     * MB planes, and a layer's tiles more store streams than the
     * prefetchers follow (MobileNet's pw1 in NCHW spent a fifth of its
     * time waiting on them). */
    __builtin_prefetch(yo0, 1, 3);
    __builtin_prefetch(yo1, 1, 3);
    __builtin_prefetch(yo0 + 1 * b->yplane, 1, 3);
    __builtin_prefetch(yo1 + 1 * b->yplane, 1, 3);
    __builtin_prefetch(yo0 + 2 * b->yplane, 1, 3);
    __builtin_prefetch(yo1 + 2 * b->yplane, 1, 3);
    if (b->first) {
        const __m256 bb0 = b->bias ? _mm256_set1_ps(b->bias[0]) : _mm256_setzero_ps();
        a0_0 = bb0;
        a0_1 = bb0;
        const __m256 bb1 = b->bias ? _mm256_set1_ps(b->bias[1]) : _mm256_setzero_ps();
        a1_0 = bb1;
        a1_1 = bb1;
        const __m256 bb2 = b->bias ? _mm256_set1_ps(b->bias[2]) : _mm256_setzero_ps();
        a2_0 = bb2;
        a2_1 = bb2;
    } else {
        a0_0 = _mm256_maskload_ps(yo0, lane_mask(b->smask[0]));
        a0_1 = _mm256_maskload_ps(yo1, lane_mask(b->smask[1]));
        a1_0 = _mm256_maskload_ps(yo0 + 1 * b->yplane, lane_mask(b->smask[0]));
        a1_1 = _mm256_maskload_ps(yo1 + 1 * b->yplane, lane_mask(b->smask[1]));
        a2_0 = _mm256_maskload_ps(yo0 + 2 * b->yplane, lane_mask(b->smask[0]));
        a2_1 = _mm256_maskload_ps(yo1 + 2 * b->yplane, lane_mask(b->smask[1]));
    }
    if (b->sw == 1) {
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                if (tp->full) {
                    const __m256 x0 = _mm256_loadu_ps(xt + xv0);
                    const __m256 x1 = _mm256_loadu_ps(xt + xv1);
                    const __m256 w0 = _mm256_set1_ps(wt[0]);
                    a0_0 = _mm256_fmadd_ps(x0, w0, a0_0);
                    a0_1 = _mm256_fmadd_ps(x1, w0, a0_1);
                    const __m256 w1 = _mm256_set1_ps(wt[1]);
                    a1_0 = _mm256_fmadd_ps(x0, w1, a1_0);
                    a1_1 = _mm256_fmadd_ps(x1, w1, a1_1);
                    const __m256 w2 = _mm256_set1_ps(wt[2]);
                    a2_0 = _mm256_fmadd_ps(x0, w2, a2_0);
                    a2_1 = _mm256_fmadd_ps(x1, w2, a2_1);
                    continue;
                }
                const __m256 x0 = _mm256_maskload_ps(xt + xv0, lane_mask(tp->mask[0]));
                const __m256 x1 = _mm256_maskload_ps(xt + xv1, lane_mask(tp->mask[1]));
                const __m256 w0 = _mm256_set1_ps(wt[0]);
                a0_0 = _mm256_fmadd_ps(x0, w0, a0_0);
                a0_1 = _mm256_fmadd_ps(x1, w0, a0_1);
                const __m256 w1 = _mm256_set1_ps(wt[1]);
                a1_0 = _mm256_fmadd_ps(x0, w1, a1_0);
                a1_1 = _mm256_fmadd_ps(x1, w1, a1_1);
                const __m256 w2 = _mm256_set1_ps(wt[2]);
                a2_0 = _mm256_fmadd_ps(x0, w2, a2_0);
                a2_1 = _mm256_fmadd_ps(x1, w2, a2_1);
            }
        }
    } else {
        const ptrdiff_t sw = b->sw;
        const __m256i lanes = _mm256_mullo_epi32(_mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7), _mm256_set1_epi32((int)sw));
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const __m256 x0 = _mm256_mask_i32gather_ps(_mm256_setzero_ps(), xt + xv0, lanes, _mm256_castsi256_ps(lane_mask(tp->mask[0])), 4);
                const __m256 x1 = _mm256_mask_i32gather_ps(_mm256_setzero_ps(), xt + xv1, lanes, _mm256_castsi256_ps(lane_mask(tp->mask[1])), 4);
                const __m256 w0 = _mm256_set1_ps(wt[0]);
                a0_0 = _mm256_fmadd_ps(x0, w0, a0_0);
                a0_1 = _mm256_fmadd_ps(x1, w0, a0_1);
                const __m256 w1 = _mm256_set1_ps(wt[1]);
                a1_0 = _mm256_fmadd_ps(x0, w1, a1_0);
                a1_1 = _mm256_fmadd_ps(x1, w1, a1_1);
                const __m256 w2 = _mm256_set1_ps(wt[2]);
                a2_0 = _mm256_fmadd_ps(x0, w2, a2_0);
                a2_1 = _mm256_fmadd_ps(x1, w2, a2_1);
            }
        }
    }
    if (b->last && b->relu) {
        a0_0 = _mm256_max_ps(a0_0, _mm256_setzero_ps());
        a0_1 = _mm256_max_ps(a0_1, _mm256_setzero_ps());
        a1_0 = _mm256_max_ps(a1_0, _mm256_setzero_ps());
        a1_1 = _mm256_max_ps(a1_1, _mm256_setzero_ps());
        a2_0 = _mm256_max_ps(a2_0, _mm256_setzero_ps());
        a2_1 = _mm256_max_ps(a2_1, _mm256_setzero_ps());
    }
    store_mask(yo0, b->smask[0], a0_0);
    store_mask(yo1, b->smask[1], a0_1);
    store_mask(yo0 + 1 * b->yplane, b->smask[0], a1_0);
    store_mask(yo1 + 1 * b->yplane, b->smask[1], a1_1);
    store_mask(yo0 + 2 * b->yplane, b->smask[0], a2_0);
    store_mask(yo1 + 2 * b->yplane, b->smask[1], a2_1);
}

static void lmc_f32_direct_nchw_4cx24w_3x3__avx2(const lmc_direct_pblock *b)
{
    const ptrdiff_t xv0 = b->xv[0], xv1 = b->xv[1], xv2 = b->xv[2];
    float *yo0 = b->y + b->yv[0], *yo1 = b->y + b->yv[1], *yo2 = b->y + b->yv[2];
    __m256 a0_0, a0_1, a0_2;
    __m256 a1_0, a1_1, a1_2;
    __m256 a2_0, a2_1, a2_2;
    /* The output lines, fetched while the block multiplies: a tile writes
     * MB planes, and a layer's tiles more store streams than the
     * prefetchers follow (MobileNet's pw1 in NCHW spent a fifth of its
     * time waiting on them). */
    __builtin_prefetch(yo0, 1, 3);
    __builtin_prefetch(yo1, 1, 3);
    __builtin_prefetch(yo2, 1, 3);
    __builtin_prefetch(yo0 + 1 * b->yplane, 1, 3);
    __builtin_prefetch(yo1 + 1 * b->yplane, 1, 3);
    __builtin_prefetch(yo2 + 1 * b->yplane, 1, 3);
    __builtin_prefetch(yo0 + 2 * b->yplane, 1, 3);
    __builtin_prefetch(yo1 + 2 * b->yplane, 1, 3);
    __builtin_prefetch(yo2 + 2 * b->yplane, 1, 3);
    if (b->first) {
        const __m256 bb0 = b->bias ? _mm256_set1_ps(b->bias[0]) : _mm256_setzero_ps();
        a0_0 = bb0;
        a0_1 = bb0;
        a0_2 = bb0;
        const __m256 bb1 = b->bias ? _mm256_set1_ps(b->bias[1]) : _mm256_setzero_ps();
        a1_0 = bb1;
        a1_1 = bb1;
        a1_2 = bb1;
        const __m256 bb2 = b->bias ? _mm256_set1_ps(b->bias[2]) : _mm256_setzero_ps();
        a2_0 = bb2;
        a2_1 = bb2;
        a2_2 = bb2;
    } else {
        a0_0 = _mm256_maskload_ps(yo0, lane_mask(b->smask[0]));
        a0_1 = _mm256_maskload_ps(yo1, lane_mask(b->smask[1]));
        a0_2 = _mm256_maskload_ps(yo2, lane_mask(b->smask[2]));
        a1_0 = _mm256_maskload_ps(yo0 + 1 * b->yplane, lane_mask(b->smask[0]));
        a1_1 = _mm256_maskload_ps(yo1 + 1 * b->yplane, lane_mask(b->smask[1]));
        a1_2 = _mm256_maskload_ps(yo2 + 1 * b->yplane, lane_mask(b->smask[2]));
        a2_0 = _mm256_maskload_ps(yo0 + 2 * b->yplane, lane_mask(b->smask[0]));
        a2_1 = _mm256_maskload_ps(yo1 + 2 * b->yplane, lane_mask(b->smask[1]));
        a2_2 = _mm256_maskload_ps(yo2 + 2 * b->yplane, lane_mask(b->smask[2]));
    }
    if (b->sw == 1) {
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                if (tp->full) {
                    const __m256 x0 = _mm256_loadu_ps(xt + xv0);
                    const __m256 x1 = _mm256_loadu_ps(xt + xv1);
                    const __m256 x2 = _mm256_loadu_ps(xt + xv2);
                    const __m256 w0 = _mm256_set1_ps(wt[0]);
                    a0_0 = _mm256_fmadd_ps(x0, w0, a0_0);
                    a0_1 = _mm256_fmadd_ps(x1, w0, a0_1);
                    a0_2 = _mm256_fmadd_ps(x2, w0, a0_2);
                    const __m256 w1 = _mm256_set1_ps(wt[1]);
                    a1_0 = _mm256_fmadd_ps(x0, w1, a1_0);
                    a1_1 = _mm256_fmadd_ps(x1, w1, a1_1);
                    a1_2 = _mm256_fmadd_ps(x2, w1, a1_2);
                    const __m256 w2 = _mm256_set1_ps(wt[2]);
                    a2_0 = _mm256_fmadd_ps(x0, w2, a2_0);
                    a2_1 = _mm256_fmadd_ps(x1, w2, a2_1);
                    a2_2 = _mm256_fmadd_ps(x2, w2, a2_2);
                    continue;
                }
                const __m256 x0 = _mm256_maskload_ps(xt + xv0, lane_mask(tp->mask[0]));
                const __m256 x1 = _mm256_maskload_ps(xt + xv1, lane_mask(tp->mask[1]));
                const __m256 x2 = _mm256_maskload_ps(xt + xv2, lane_mask(tp->mask[2]));
                const __m256 w0 = _mm256_set1_ps(wt[0]);
                a0_0 = _mm256_fmadd_ps(x0, w0, a0_0);
                a0_1 = _mm256_fmadd_ps(x1, w0, a0_1);
                a0_2 = _mm256_fmadd_ps(x2, w0, a0_2);
                const __m256 w1 = _mm256_set1_ps(wt[1]);
                a1_0 = _mm256_fmadd_ps(x0, w1, a1_0);
                a1_1 = _mm256_fmadd_ps(x1, w1, a1_1);
                a1_2 = _mm256_fmadd_ps(x2, w1, a1_2);
                const __m256 w2 = _mm256_set1_ps(wt[2]);
                a2_0 = _mm256_fmadd_ps(x0, w2, a2_0);
                a2_1 = _mm256_fmadd_ps(x1, w2, a2_1);
                a2_2 = _mm256_fmadd_ps(x2, w2, a2_2);
            }
        }
    } else {
        const ptrdiff_t sw = b->sw;
        const __m256i lanes = _mm256_mullo_epi32(_mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7), _mm256_set1_epi32((int)sw));
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const __m256 x0 = _mm256_mask_i32gather_ps(_mm256_setzero_ps(), xt + xv0, lanes, _mm256_castsi256_ps(lane_mask(tp->mask[0])), 4);
                const __m256 x1 = _mm256_mask_i32gather_ps(_mm256_setzero_ps(), xt + xv1, lanes, _mm256_castsi256_ps(lane_mask(tp->mask[1])), 4);
                const __m256 x2 = _mm256_mask_i32gather_ps(_mm256_setzero_ps(), xt + xv2, lanes, _mm256_castsi256_ps(lane_mask(tp->mask[2])), 4);
                const __m256 w0 = _mm256_set1_ps(wt[0]);
                a0_0 = _mm256_fmadd_ps(x0, w0, a0_0);
                a0_1 = _mm256_fmadd_ps(x1, w0, a0_1);
                a0_2 = _mm256_fmadd_ps(x2, w0, a0_2);
                const __m256 w1 = _mm256_set1_ps(wt[1]);
                a1_0 = _mm256_fmadd_ps(x0, w1, a1_0);
                a1_1 = _mm256_fmadd_ps(x1, w1, a1_1);
                a1_2 = _mm256_fmadd_ps(x2, w1, a1_2);
                const __m256 w2 = _mm256_set1_ps(wt[2]);
                a2_0 = _mm256_fmadd_ps(x0, w2, a2_0);
                a2_1 = _mm256_fmadd_ps(x1, w2, a2_1);
                a2_2 = _mm256_fmadd_ps(x2, w2, a2_2);
            }
        }
    }
    if (b->last && b->relu) {
        a0_0 = _mm256_max_ps(a0_0, _mm256_setzero_ps());
        a0_1 = _mm256_max_ps(a0_1, _mm256_setzero_ps());
        a0_2 = _mm256_max_ps(a0_2, _mm256_setzero_ps());
        a1_0 = _mm256_max_ps(a1_0, _mm256_setzero_ps());
        a1_1 = _mm256_max_ps(a1_1, _mm256_setzero_ps());
        a1_2 = _mm256_max_ps(a1_2, _mm256_setzero_ps());
        a2_0 = _mm256_max_ps(a2_0, _mm256_setzero_ps());
        a2_1 = _mm256_max_ps(a2_1, _mm256_setzero_ps());
        a2_2 = _mm256_max_ps(a2_2, _mm256_setzero_ps());
    }
    store_mask(yo0, b->smask[0], a0_0);
    store_mask(yo1, b->smask[1], a0_1);
    store_mask(yo2, b->smask[2], a0_2);
    store_mask(yo0 + 1 * b->yplane, b->smask[0], a1_0);
    store_mask(yo1 + 1 * b->yplane, b->smask[1], a1_1);
    store_mask(yo2 + 1 * b->yplane, b->smask[2], a1_2);
    store_mask(yo0 + 2 * b->yplane, b->smask[0], a2_0);
    store_mask(yo1 + 2 * b->yplane, b->smask[1], a2_1);
    store_mask(yo2 + 2 * b->yplane, b->smask[2], a2_2);
}

static void lmc_f32_direct_nchw_4cx24w_4x1__avx2(const lmc_direct_pblock *b)
{
    const ptrdiff_t xv0 = b->xv[0];
    float *yo0 = b->y + b->yv[0];
    __m256 a0_0;
    __m256 a1_0;
    __m256 a2_0;
    __m256 a3_0;
    /* The output lines, fetched while the block multiplies: a tile writes
     * MB planes, and a layer's tiles more store streams than the
     * prefetchers follow (MobileNet's pw1 in NCHW spent a fifth of its
     * time waiting on them). */
    __builtin_prefetch(yo0, 1, 3);
    __builtin_prefetch(yo0 + 1 * b->yplane, 1, 3);
    __builtin_prefetch(yo0 + 2 * b->yplane, 1, 3);
    __builtin_prefetch(yo0 + 3 * b->yplane, 1, 3);
    if (b->first) {
        const __m256 bb0 = b->bias ? _mm256_set1_ps(b->bias[0]) : _mm256_setzero_ps();
        a0_0 = bb0;
        const __m256 bb1 = b->bias ? _mm256_set1_ps(b->bias[1]) : _mm256_setzero_ps();
        a1_0 = bb1;
        const __m256 bb2 = b->bias ? _mm256_set1_ps(b->bias[2]) : _mm256_setzero_ps();
        a2_0 = bb2;
        const __m256 bb3 = b->bias ? _mm256_set1_ps(b->bias[3]) : _mm256_setzero_ps();
        a3_0 = bb3;
    } else {
        a0_0 = _mm256_maskload_ps(yo0, lane_mask(b->smask[0]));
        a1_0 = _mm256_maskload_ps(yo0 + 1 * b->yplane, lane_mask(b->smask[0]));
        a2_0 = _mm256_maskload_ps(yo0 + 2 * b->yplane, lane_mask(b->smask[0]));
        a3_0 = _mm256_maskload_ps(yo0 + 3 * b->yplane, lane_mask(b->smask[0]));
    }
    if (b->sw == 1) {
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                if (tp->full) {
                    const __m256 x0 = _mm256_loadu_ps(xt + xv0);
                    const __m256 w0 = _mm256_set1_ps(wt[0]);
                    a0_0 = _mm256_fmadd_ps(x0, w0, a0_0);
                    const __m256 w1 = _mm256_set1_ps(wt[1]);
                    a1_0 = _mm256_fmadd_ps(x0, w1, a1_0);
                    const __m256 w2 = _mm256_set1_ps(wt[2]);
                    a2_0 = _mm256_fmadd_ps(x0, w2, a2_0);
                    const __m256 w3 = _mm256_set1_ps(wt[3]);
                    a3_0 = _mm256_fmadd_ps(x0, w3, a3_0);
                    continue;
                }
                const __m256 x0 = _mm256_maskload_ps(xt + xv0, lane_mask(tp->mask[0]));
                const __m256 w0 = _mm256_set1_ps(wt[0]);
                a0_0 = _mm256_fmadd_ps(x0, w0, a0_0);
                const __m256 w1 = _mm256_set1_ps(wt[1]);
                a1_0 = _mm256_fmadd_ps(x0, w1, a1_0);
                const __m256 w2 = _mm256_set1_ps(wt[2]);
                a2_0 = _mm256_fmadd_ps(x0, w2, a2_0);
                const __m256 w3 = _mm256_set1_ps(wt[3]);
                a3_0 = _mm256_fmadd_ps(x0, w3, a3_0);
            }
        }
    } else {
        const ptrdiff_t sw = b->sw;
        const __m256i lanes = _mm256_mullo_epi32(_mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7), _mm256_set1_epi32((int)sw));
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const __m256 x0 = _mm256_mask_i32gather_ps(_mm256_setzero_ps(), xt + xv0, lanes, _mm256_castsi256_ps(lane_mask(tp->mask[0])), 4);
                const __m256 w0 = _mm256_set1_ps(wt[0]);
                a0_0 = _mm256_fmadd_ps(x0, w0, a0_0);
                const __m256 w1 = _mm256_set1_ps(wt[1]);
                a1_0 = _mm256_fmadd_ps(x0, w1, a1_0);
                const __m256 w2 = _mm256_set1_ps(wt[2]);
                a2_0 = _mm256_fmadd_ps(x0, w2, a2_0);
                const __m256 w3 = _mm256_set1_ps(wt[3]);
                a3_0 = _mm256_fmadd_ps(x0, w3, a3_0);
            }
        }
    }
    if (b->last && b->relu) {
        a0_0 = _mm256_max_ps(a0_0, _mm256_setzero_ps());
        a1_0 = _mm256_max_ps(a1_0, _mm256_setzero_ps());
        a2_0 = _mm256_max_ps(a2_0, _mm256_setzero_ps());
        a3_0 = _mm256_max_ps(a3_0, _mm256_setzero_ps());
    }
    store_mask(yo0, b->smask[0], a0_0);
    store_mask(yo0 + 1 * b->yplane, b->smask[0], a1_0);
    store_mask(yo0 + 2 * b->yplane, b->smask[0], a2_0);
    store_mask(yo0 + 3 * b->yplane, b->smask[0], a3_0);
}

static void lmc_f32_direct_nchw_4cx24w_4x2__avx2(const lmc_direct_pblock *b)
{
    const ptrdiff_t xv0 = b->xv[0], xv1 = b->xv[1];
    float *yo0 = b->y + b->yv[0], *yo1 = b->y + b->yv[1];
    __m256 a0_0, a0_1;
    __m256 a1_0, a1_1;
    __m256 a2_0, a2_1;
    __m256 a3_0, a3_1;
    /* The output lines, fetched while the block multiplies: a tile writes
     * MB planes, and a layer's tiles more store streams than the
     * prefetchers follow (MobileNet's pw1 in NCHW spent a fifth of its
     * time waiting on them). */
    __builtin_prefetch(yo0, 1, 3);
    __builtin_prefetch(yo1, 1, 3);
    __builtin_prefetch(yo0 + 1 * b->yplane, 1, 3);
    __builtin_prefetch(yo1 + 1 * b->yplane, 1, 3);
    __builtin_prefetch(yo0 + 2 * b->yplane, 1, 3);
    __builtin_prefetch(yo1 + 2 * b->yplane, 1, 3);
    __builtin_prefetch(yo0 + 3 * b->yplane, 1, 3);
    __builtin_prefetch(yo1 + 3 * b->yplane, 1, 3);
    if (b->first) {
        const __m256 bb0 = b->bias ? _mm256_set1_ps(b->bias[0]) : _mm256_setzero_ps();
        a0_0 = bb0;
        a0_1 = bb0;
        const __m256 bb1 = b->bias ? _mm256_set1_ps(b->bias[1]) : _mm256_setzero_ps();
        a1_0 = bb1;
        a1_1 = bb1;
        const __m256 bb2 = b->bias ? _mm256_set1_ps(b->bias[2]) : _mm256_setzero_ps();
        a2_0 = bb2;
        a2_1 = bb2;
        const __m256 bb3 = b->bias ? _mm256_set1_ps(b->bias[3]) : _mm256_setzero_ps();
        a3_0 = bb3;
        a3_1 = bb3;
    } else {
        a0_0 = _mm256_maskload_ps(yo0, lane_mask(b->smask[0]));
        a0_1 = _mm256_maskload_ps(yo1, lane_mask(b->smask[1]));
        a1_0 = _mm256_maskload_ps(yo0 + 1 * b->yplane, lane_mask(b->smask[0]));
        a1_1 = _mm256_maskload_ps(yo1 + 1 * b->yplane, lane_mask(b->smask[1]));
        a2_0 = _mm256_maskload_ps(yo0 + 2 * b->yplane, lane_mask(b->smask[0]));
        a2_1 = _mm256_maskload_ps(yo1 + 2 * b->yplane, lane_mask(b->smask[1]));
        a3_0 = _mm256_maskload_ps(yo0 + 3 * b->yplane, lane_mask(b->smask[0]));
        a3_1 = _mm256_maskload_ps(yo1 + 3 * b->yplane, lane_mask(b->smask[1]));
    }
    if (b->sw == 1) {
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                if (tp->full) {
                    const __m256 x0 = _mm256_loadu_ps(xt + xv0);
                    const __m256 x1 = _mm256_loadu_ps(xt + xv1);
                    const __m256 w0 = _mm256_set1_ps(wt[0]);
                    a0_0 = _mm256_fmadd_ps(x0, w0, a0_0);
                    a0_1 = _mm256_fmadd_ps(x1, w0, a0_1);
                    const __m256 w1 = _mm256_set1_ps(wt[1]);
                    a1_0 = _mm256_fmadd_ps(x0, w1, a1_0);
                    a1_1 = _mm256_fmadd_ps(x1, w1, a1_1);
                    const __m256 w2 = _mm256_set1_ps(wt[2]);
                    a2_0 = _mm256_fmadd_ps(x0, w2, a2_0);
                    a2_1 = _mm256_fmadd_ps(x1, w2, a2_1);
                    const __m256 w3 = _mm256_set1_ps(wt[3]);
                    a3_0 = _mm256_fmadd_ps(x0, w3, a3_0);
                    a3_1 = _mm256_fmadd_ps(x1, w3, a3_1);
                    continue;
                }
                const __m256 x0 = _mm256_maskload_ps(xt + xv0, lane_mask(tp->mask[0]));
                const __m256 x1 = _mm256_maskload_ps(xt + xv1, lane_mask(tp->mask[1]));
                const __m256 w0 = _mm256_set1_ps(wt[0]);
                a0_0 = _mm256_fmadd_ps(x0, w0, a0_0);
                a0_1 = _mm256_fmadd_ps(x1, w0, a0_1);
                const __m256 w1 = _mm256_set1_ps(wt[1]);
                a1_0 = _mm256_fmadd_ps(x0, w1, a1_0);
                a1_1 = _mm256_fmadd_ps(x1, w1, a1_1);
                const __m256 w2 = _mm256_set1_ps(wt[2]);
                a2_0 = _mm256_fmadd_ps(x0, w2, a2_0);
                a2_1 = _mm256_fmadd_ps(x1, w2, a2_1);
                const __m256 w3 = _mm256_set1_ps(wt[3]);
                a3_0 = _mm256_fmadd_ps(x0, w3, a3_0);
                a3_1 = _mm256_fmadd_ps(x1, w3, a3_1);
            }
        }
    } else {
        const ptrdiff_t sw = b->sw;
        const __m256i lanes = _mm256_mullo_epi32(_mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7), _mm256_set1_epi32((int)sw));
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const __m256 x0 = _mm256_mask_i32gather_ps(_mm256_setzero_ps(), xt + xv0, lanes, _mm256_castsi256_ps(lane_mask(tp->mask[0])), 4);
                const __m256 x1 = _mm256_mask_i32gather_ps(_mm256_setzero_ps(), xt + xv1, lanes, _mm256_castsi256_ps(lane_mask(tp->mask[1])), 4);
                const __m256 w0 = _mm256_set1_ps(wt[0]);
                a0_0 = _mm256_fmadd_ps(x0, w0, a0_0);
                a0_1 = _mm256_fmadd_ps(x1, w0, a0_1);
                const __m256 w1 = _mm256_set1_ps(wt[1]);
                a1_0 = _mm256_fmadd_ps(x0, w1, a1_0);
                a1_1 = _mm256_fmadd_ps(x1, w1, a1_1);
                const __m256 w2 = _mm256_set1_ps(wt[2]);
                a2_0 = _mm256_fmadd_ps(x0, w2, a2_0);
                a2_1 = _mm256_fmadd_ps(x1, w2, a2_1);
                const __m256 w3 = _mm256_set1_ps(wt[3]);
                a3_0 = _mm256_fmadd_ps(x0, w3, a3_0);
                a3_1 = _mm256_fmadd_ps(x1, w3, a3_1);
            }
        }
    }
    if (b->last && b->relu) {
        a0_0 = _mm256_max_ps(a0_0, _mm256_setzero_ps());
        a0_1 = _mm256_max_ps(a0_1, _mm256_setzero_ps());
        a1_0 = _mm256_max_ps(a1_0, _mm256_setzero_ps());
        a1_1 = _mm256_max_ps(a1_1, _mm256_setzero_ps());
        a2_0 = _mm256_max_ps(a2_0, _mm256_setzero_ps());
        a2_1 = _mm256_max_ps(a2_1, _mm256_setzero_ps());
        a3_0 = _mm256_max_ps(a3_0, _mm256_setzero_ps());
        a3_1 = _mm256_max_ps(a3_1, _mm256_setzero_ps());
    }
    store_mask(yo0, b->smask[0], a0_0);
    store_mask(yo1, b->smask[1], a0_1);
    store_mask(yo0 + 1 * b->yplane, b->smask[0], a1_0);
    store_mask(yo1 + 1 * b->yplane, b->smask[1], a1_1);
    store_mask(yo0 + 2 * b->yplane, b->smask[0], a2_0);
    store_mask(yo1 + 2 * b->yplane, b->smask[1], a2_1);
    store_mask(yo0 + 3 * b->yplane, b->smask[0], a3_0);
    store_mask(yo1 + 3 * b->yplane, b->smask[1], a3_1);
}

static void lmc_f32_direct_nchw_4cx24w_4x3__avx2(const lmc_direct_pblock *b)
{
    const ptrdiff_t xv0 = b->xv[0], xv1 = b->xv[1], xv2 = b->xv[2];
    float *yo0 = b->y + b->yv[0], *yo1 = b->y + b->yv[1], *yo2 = b->y + b->yv[2];
    __m256 a0_0, a0_1, a0_2;
    __m256 a1_0, a1_1, a1_2;
    __m256 a2_0, a2_1, a2_2;
    __m256 a3_0, a3_1, a3_2;
    /* The output lines, fetched while the block multiplies: a tile writes
     * MB planes, and a layer's tiles more store streams than the
     * prefetchers follow (MobileNet's pw1 in NCHW spent a fifth of its
     * time waiting on them). */
    __builtin_prefetch(yo0, 1, 3);
    __builtin_prefetch(yo1, 1, 3);
    __builtin_prefetch(yo2, 1, 3);
    __builtin_prefetch(yo0 + 1 * b->yplane, 1, 3);
    __builtin_prefetch(yo1 + 1 * b->yplane, 1, 3);
    __builtin_prefetch(yo2 + 1 * b->yplane, 1, 3);
    __builtin_prefetch(yo0 + 2 * b->yplane, 1, 3);
    __builtin_prefetch(yo1 + 2 * b->yplane, 1, 3);
    __builtin_prefetch(yo2 + 2 * b->yplane, 1, 3);
    __builtin_prefetch(yo0 + 3 * b->yplane, 1, 3);
    __builtin_prefetch(yo1 + 3 * b->yplane, 1, 3);
    __builtin_prefetch(yo2 + 3 * b->yplane, 1, 3);
    if (b->first) {
        const __m256 bb0 = b->bias ? _mm256_set1_ps(b->bias[0]) : _mm256_setzero_ps();
        a0_0 = bb0;
        a0_1 = bb0;
        a0_2 = bb0;
        const __m256 bb1 = b->bias ? _mm256_set1_ps(b->bias[1]) : _mm256_setzero_ps();
        a1_0 = bb1;
        a1_1 = bb1;
        a1_2 = bb1;
        const __m256 bb2 = b->bias ? _mm256_set1_ps(b->bias[2]) : _mm256_setzero_ps();
        a2_0 = bb2;
        a2_1 = bb2;
        a2_2 = bb2;
        const __m256 bb3 = b->bias ? _mm256_set1_ps(b->bias[3]) : _mm256_setzero_ps();
        a3_0 = bb3;
        a3_1 = bb3;
        a3_2 = bb3;
    } else {
        a0_0 = _mm256_maskload_ps(yo0, lane_mask(b->smask[0]));
        a0_1 = _mm256_maskload_ps(yo1, lane_mask(b->smask[1]));
        a0_2 = _mm256_maskload_ps(yo2, lane_mask(b->smask[2]));
        a1_0 = _mm256_maskload_ps(yo0 + 1 * b->yplane, lane_mask(b->smask[0]));
        a1_1 = _mm256_maskload_ps(yo1 + 1 * b->yplane, lane_mask(b->smask[1]));
        a1_2 = _mm256_maskload_ps(yo2 + 1 * b->yplane, lane_mask(b->smask[2]));
        a2_0 = _mm256_maskload_ps(yo0 + 2 * b->yplane, lane_mask(b->smask[0]));
        a2_1 = _mm256_maskload_ps(yo1 + 2 * b->yplane, lane_mask(b->smask[1]));
        a2_2 = _mm256_maskload_ps(yo2 + 2 * b->yplane, lane_mask(b->smask[2]));
        a3_0 = _mm256_maskload_ps(yo0 + 3 * b->yplane, lane_mask(b->smask[0]));
        a3_1 = _mm256_maskload_ps(yo1 + 3 * b->yplane, lane_mask(b->smask[1]));
        a3_2 = _mm256_maskload_ps(yo2 + 3 * b->yplane, lane_mask(b->smask[2]));
    }
    if (b->sw == 1) {
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                if (tp->full) {
                    const __m256 x0 = _mm256_loadu_ps(xt + xv0);
                    const __m256 x1 = _mm256_loadu_ps(xt + xv1);
                    const __m256 x2 = _mm256_loadu_ps(xt + xv2);
                    const __m256 w0 = _mm256_set1_ps(wt[0]);
                    a0_0 = _mm256_fmadd_ps(x0, w0, a0_0);
                    a0_1 = _mm256_fmadd_ps(x1, w0, a0_1);
                    a0_2 = _mm256_fmadd_ps(x2, w0, a0_2);
                    const __m256 w1 = _mm256_set1_ps(wt[1]);
                    a1_0 = _mm256_fmadd_ps(x0, w1, a1_0);
                    a1_1 = _mm256_fmadd_ps(x1, w1, a1_1);
                    a1_2 = _mm256_fmadd_ps(x2, w1, a1_2);
                    const __m256 w2 = _mm256_set1_ps(wt[2]);
                    a2_0 = _mm256_fmadd_ps(x0, w2, a2_0);
                    a2_1 = _mm256_fmadd_ps(x1, w2, a2_1);
                    a2_2 = _mm256_fmadd_ps(x2, w2, a2_2);
                    const __m256 w3 = _mm256_set1_ps(wt[3]);
                    a3_0 = _mm256_fmadd_ps(x0, w3, a3_0);
                    a3_1 = _mm256_fmadd_ps(x1, w3, a3_1);
                    a3_2 = _mm256_fmadd_ps(x2, w3, a3_2);
                    continue;
                }
                const __m256 x0 = _mm256_maskload_ps(xt + xv0, lane_mask(tp->mask[0]));
                const __m256 x1 = _mm256_maskload_ps(xt + xv1, lane_mask(tp->mask[1]));
                const __m256 x2 = _mm256_maskload_ps(xt + xv2, lane_mask(tp->mask[2]));
                const __m256 w0 = _mm256_set1_ps(wt[0]);
                a0_0 = _mm256_fmadd_ps(x0, w0, a0_0);
                a0_1 = _mm256_fmadd_ps(x1, w0, a0_1);
                a0_2 = _mm256_fmadd_ps(x2, w0, a0_2);
                const __m256 w1 = _mm256_set1_ps(wt[1]);
                a1_0 = _mm256_fmadd_ps(x0, w1, a1_0);
                a1_1 = _mm256_fmadd_ps(x1, w1, a1_1);
                a1_2 = _mm256_fmadd_ps(x2, w1, a1_2);
                const __m256 w2 = _mm256_set1_ps(wt[2]);
                a2_0 = _mm256_fmadd_ps(x0, w2, a2_0);
                a2_1 = _mm256_fmadd_ps(x1, w2, a2_1);
                a2_2 = _mm256_fmadd_ps(x2, w2, a2_2);
                const __m256 w3 = _mm256_set1_ps(wt[3]);
                a3_0 = _mm256_fmadd_ps(x0, w3, a3_0);
                a3_1 = _mm256_fmadd_ps(x1, w3, a3_1);
                a3_2 = _mm256_fmadd_ps(x2, w3, a3_2);
            }
        }
    } else {
        const ptrdiff_t sw = b->sw;
        const __m256i lanes = _mm256_mullo_epi32(_mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7), _mm256_set1_epi32((int)sw));
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const __m256 x0 = _mm256_mask_i32gather_ps(_mm256_setzero_ps(), xt + xv0, lanes, _mm256_castsi256_ps(lane_mask(tp->mask[0])), 4);
                const __m256 x1 = _mm256_mask_i32gather_ps(_mm256_setzero_ps(), xt + xv1, lanes, _mm256_castsi256_ps(lane_mask(tp->mask[1])), 4);
                const __m256 x2 = _mm256_mask_i32gather_ps(_mm256_setzero_ps(), xt + xv2, lanes, _mm256_castsi256_ps(lane_mask(tp->mask[2])), 4);
                const __m256 w0 = _mm256_set1_ps(wt[0]);
                a0_0 = _mm256_fmadd_ps(x0, w0, a0_0);
                a0_1 = _mm256_fmadd_ps(x1, w0, a0_1);
                a0_2 = _mm256_fmadd_ps(x2, w0, a0_2);
                const __m256 w1 = _mm256_set1_ps(wt[1]);
                a1_0 = _mm256_fmadd_ps(x0, w1, a1_0);
                a1_1 = _mm256_fmadd_ps(x1, w1, a1_1);
                a1_2 = _mm256_fmadd_ps(x2, w1, a1_2);
                const __m256 w2 = _mm256_set1_ps(wt[2]);
                a2_0 = _mm256_fmadd_ps(x0, w2, a2_0);
                a2_1 = _mm256_fmadd_ps(x1, w2, a2_1);
                a2_2 = _mm256_fmadd_ps(x2, w2, a2_2);
                const __m256 w3 = _mm256_set1_ps(wt[3]);
                a3_0 = _mm256_fmadd_ps(x0, w3, a3_0);
                a3_1 = _mm256_fmadd_ps(x1, w3, a3_1);
                a3_2 = _mm256_fmadd_ps(x2, w3, a3_2);
            }
        }
    }
    if (b->last && b->relu) {
        a0_0 = _mm256_max_ps(a0_0, _mm256_setzero_ps());
        a0_1 = _mm256_max_ps(a0_1, _mm256_setzero_ps());
        a0_2 = _mm256_max_ps(a0_2, _mm256_setzero_ps());
        a1_0 = _mm256_max_ps(a1_0, _mm256_setzero_ps());
        a1_1 = _mm256_max_ps(a1_1, _mm256_setzero_ps());
        a1_2 = _mm256_max_ps(a1_2, _mm256_setzero_ps());
        a2_0 = _mm256_max_ps(a2_0, _mm256_setzero_ps());
        a2_1 = _mm256_max_ps(a2_1, _mm256_setzero_ps());
        a2_2 = _mm256_max_ps(a2_2, _mm256_setzero_ps());
        a3_0 = _mm256_max_ps(a3_0, _mm256_setzero_ps());
        a3_1 = _mm256_max_ps(a3_1, _mm256_setzero_ps());
        a3_2 = _mm256_max_ps(a3_2, _mm256_setzero_ps());
    }
    store_mask(yo0, b->smask[0], a0_0);
    store_mask(yo1, b->smask[1], a0_1);
    store_mask(yo2, b->smask[2], a0_2);
    store_mask(yo0 + 1 * b->yplane, b->smask[0], a1_0);
    store_mask(yo1 + 1 * b->yplane, b->smask[1], a1_1);
    store_mask(yo2 + 1 * b->yplane, b->smask[2], a1_2);
    store_mask(yo0 + 2 * b->yplane, b->smask[0], a2_0);
    store_mask(yo1 + 2 * b->yplane, b->smask[1], a2_1);
    store_mask(yo2 + 2 * b->yplane, b->smask[2], a2_2);
    store_mask(yo0 + 3 * b->yplane, b->smask[0], a3_0);
    store_mask(yo1 + 3 * b->yplane, b->smask[1], a3_1);
    store_mask(yo2 + 3 * b->yplane, b->smask[2], a3_2);
}

const lmc_direct_planar lmc_f32_direct_nchw_4cx24w__avx2 = {
    .name = "f32-direct-nchw-4cx24w-avx2",
    .isa = LMC_ISA_AVX2,
    .vw = 8,
    .mb = 4,
    .nw = 3,
    .nw1 = 6,
    .pairs = 0,
    .block = {
        [1] = {NULL, lmc_f32_direct_nchw_4cx24w_1x1__avx2, lmc_f32_direct_nchw_4cx24w_1x2__avx2, lmc_f32_direct_nchw_4cx24w_1x3__avx2, lmc_f32_direct_nchw_4cx24w_1x4__avx2, lmc_f32_direct_nchw_4cx24w_1x5__avx2, lmc_f32_direct_nchw_4cx24w_1x6__avx2},
        [2] = {NULL, lmc_f32_direct_nchw_4cx24w_2x1__avx2, lmc_f32_direct_nchw_4cx24w_2x2__avx2, lmc_f32_direct_nchw_4cx24w_2x3__avx2},
        [3] = {NULL, lmc_f32_direct_nchw_4cx24w_3x1__avx2, lmc_f32_direct_nchw_4cx24w_3x2__avx2, lmc_f32_direct_nchw_4cx24w_3x3__avx2},
        [4] = {NULL, lmc_f32_direct_nchw_4cx24w_4x1__avx2, lmc_f32_direct_nchw_4cx24w_4x2__avx2, lmc_f32_direct_nchw_4cx24w_4x3__avx2},
    },
};
