/* Generated from src/direct/f32-direct-nchw.c.in (ISA=avx512, VW=16, MB=8, NW=3, NW1=8) by
 *   python3 tools/generate-kernels.py
 * Do not edit: change the template or the parameters in
 * tools/generate-kernels.py, then run that command. */
/* NCHW direct-convolution blocks, AVX-512: up to 8 output channels x 3
 * vectors of 16 output positions = 24 accumulators + 3 input vectors + 1
 * broadcast = 28 of 32 zmm; per input channel and tap 3 loads and 8
 * broadcasts feed 24 FMAs.  Masked loads suppress faults, so a padding
 * lane's address is never touched; taps whose lanes are all valid use
 * plain loads (a 1x1 layer's reduction ran a tenth faster so).  A
 * one-channel block (depthwise) has up to 8 vectors: its products form one
 * FMA chain per vector, and 3 chains would wait on the FMA latency. */
#include <immintrin.h>
#include <stddef.h>

#include "cpu.h"
#include "direct/direct.h"

/* Stores the lanes m of v: whole vectors plainly (a masked store costs
 * more on AMD even with every lane set). */
static inline void store_mask(float *p, unsigned m, __m512 v)
{
    if (m == 0xffffu) _mm512_storeu_ps(p, v);
    else _mm512_mask_storeu_ps(p, (__mmask16)m, v);
}


static void lmc_f32_direct_nchw_8cx48w_1x1__avx512(const lmc_direct_pblock *b)
{
    const ptrdiff_t xv0 = b->xv[0];
    float *yo0 = b->y + b->yv[0];
    __m512 a0_0;
    /* The output lines, fetched while the block multiplies: a tile writes
     * MB planes, and a layer's tiles more store streams than the
     * prefetchers follow (MobileNet's pw1 in NCHW spent a fifth of its
     * time waiting on them). */
    __builtin_prefetch(yo0, 1, 3);
    if (b->first) {
        const __m512 bb0 = b->bias ? _mm512_set1_ps(b->bias[0]) : _mm512_setzero_ps();
        a0_0 = bb0;
    } else {
        a0_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0);
    }
    if (b->sw == 1) {
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                if (tp->full) {
                    const __m512 x0 = _mm512_loadu_ps(xt + xv0);
                    const __m512 w0 = _mm512_set1_ps(wt[0]);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    continue;
                }
                const __m512 x0 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[0]), xt + xv0);
                const __m512 w0 = _mm512_set1_ps(wt[0]);
                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
            }
        }
    } else if (b->sw == 2) {
        /* two loads and a shuffle per vector instead of a gather: lanes
         * [0, psplit) from the even floats of the first, the rest from the
         * second, xpair floats on */
        const __m512i lane = _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        const __m512i even = _mm512_mask_add_epi32(_mm512_add_epi32(lane, lane),
                                                   _mm512_cmpge_epi32_mask(lane, _mm512_set1_epi32(b->psplit)),
                                                   _mm512_add_epi32(lane, lane), _mm512_set1_epi32(16 - 2 * b->psplit));
        const ptrdiff_t xpair = b->xpair;
        if (b->row3) {
            const __m512i odd = _mm512_add_epi32(even, _mm512_set1_epi32(1));
            if (b->psplit == 8) {
                for (int ci = 0; ci < b->cin; ci++) {
                    const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                    for (int t = 0; t < b->ntaps; t++) {
                        const lmc_direct_tap *tp = &b->taps[t];
                        const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                        const __m512 lo0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), hi0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair);
                        const __m512 e0 = _mm512_permutex2var_ps(lo0, even, hi0), o0 = _mm512_permutex2var_ps(lo0, odd, hi0);
                        const __m512 f0 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[0]), xt + xv0 + 32)), _mm512_castps_si512(e0), 1));
                        {
                            const __m512 w = _mm512_set1_ps(wt[0]);
                            a0_0 = _mm512_fmadd_ps(e0, w, a0_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[8]);
                            a0_0 = _mm512_fmadd_ps(o0, w, a0_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[16]);
                            a0_0 = _mm512_fmadd_ps(f0, w, a0_0);
                        }
                    }
                }
            } else {
                const __m512i even2 = _mm512_add_epi32(even, _mm512_set1_epi32(2));
                for (int ci = 0; ci < b->cin; ci++) {
                    const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                    for (int t = 0; t < b->ntaps; t++) {
                        const lmc_direct_tap *tp = &b->taps[t];
                        const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                        const __m512 lo0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), hi0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair);
                        const __m512 e0 = _mm512_permutex2var_ps(lo0, even, hi0), o0 = _mm512_permutex2var_ps(lo0, odd, hi0);
                        const __m512 f0 = _mm512_permutex2var_ps(lo0, even2, hi0);
                        {
                            const __m512 w = _mm512_set1_ps(wt[0]);
                            a0_0 = _mm512_fmadd_ps(e0, w, a0_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[8]);
                            a0_0 = _mm512_fmadd_ps(o0, w, a0_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[16]);
                            a0_0 = _mm512_fmadd_ps(f0, w, a0_0);
                        }
                    }
                }
            }
        } else {
            for (int ci = 0; ci < b->cin; ci++) {
                const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                for (int t = 0; t < b->ntaps; t++) {
                    const lmc_direct_tap *tp = &b->taps[t];
                    const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                    const __m512 x0 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair));
                    const __m512 w0 = _mm512_set1_ps(wt[0]);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                }
            }
        }
    } else {
        const ptrdiff_t sw = b->sw;
        const __m512i lanes = _mm512_mullo_epi32(
            _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15), _mm512_set1_epi32((int)sw));
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const __m512 x0 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[0]), lanes, xt + xv0, 4);
                const __m512 w0 = _mm512_set1_ps(wt[0]);
                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
            }
        }
    }
    if (b->last && b->relu) {
        a0_0 = _mm512_max_ps(a0_0, _mm512_setzero_ps());
    }
    store_mask(yo0, b->smask[0], a0_0);
}

static void lmc_f32_direct_nchw_8cx48w_1x2__avx512(const lmc_direct_pblock *b)
{
    const ptrdiff_t xv0 = b->xv[0], xv1 = b->xv[1];
    float *yo0 = b->y + b->yv[0], *yo1 = b->y + b->yv[1];
    __m512 a0_0, a0_1;
    /* The output lines, fetched while the block multiplies: a tile writes
     * MB planes, and a layer's tiles more store streams than the
     * prefetchers follow (MobileNet's pw1 in NCHW spent a fifth of its
     * time waiting on them). */
    __builtin_prefetch(yo0, 1, 3);
    __builtin_prefetch(yo1, 1, 3);
    if (b->first) {
        const __m512 bb0 = b->bias ? _mm512_set1_ps(b->bias[0]) : _mm512_setzero_ps();
        a0_0 = bb0;
        a0_1 = bb0;
    } else {
        a0_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0);
        a0_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1);
    }
    if (b->sw == 1) {
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                if (tp->full) {
                    const __m512 x0 = _mm512_loadu_ps(xt + xv0);
                    const __m512 x1 = _mm512_loadu_ps(xt + xv1);
                    const __m512 w0 = _mm512_set1_ps(wt[0]);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                    continue;
                }
                const __m512 x0 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[0]), xt + xv0);
                const __m512 x1 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[1]), xt + xv1);
                const __m512 w0 = _mm512_set1_ps(wt[0]);
                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
            }
        }
    } else if (b->sw == 2) {
        /* two loads and a shuffle per vector instead of a gather: lanes
         * [0, psplit) from the even floats of the first, the rest from the
         * second, xpair floats on */
        const __m512i lane = _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        const __m512i even = _mm512_mask_add_epi32(_mm512_add_epi32(lane, lane),
                                                   _mm512_cmpge_epi32_mask(lane, _mm512_set1_epi32(b->psplit)),
                                                   _mm512_add_epi32(lane, lane), _mm512_set1_epi32(16 - 2 * b->psplit));
        const ptrdiff_t xpair = b->xpair;
        if (b->row3) {
            const __m512i odd = _mm512_add_epi32(even, _mm512_set1_epi32(1));
            if (b->psplit == 8) {
                for (int ci = 0; ci < b->cin; ci++) {
                    const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                    for (int t = 0; t < b->ntaps; t++) {
                        const lmc_direct_tap *tp = &b->taps[t];
                        const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                        const __m512 lo0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), hi0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair);
                        const __m512 e0 = _mm512_permutex2var_ps(lo0, even, hi0), o0 = _mm512_permutex2var_ps(lo0, odd, hi0);
                        const __m512 f0 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[0]), xt + xv0 + 32)), _mm512_castps_si512(e0), 1));
                        const __m512 lo1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), hi1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + xpair);
                        const __m512 e1 = _mm512_permutex2var_ps(lo1, even, hi1), o1 = _mm512_permutex2var_ps(lo1, odd, hi1);
                        const __m512 f1 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[1]), xt + xv1 + 32)), _mm512_castps_si512(e1), 1));
                        {
                            const __m512 w = _mm512_set1_ps(wt[0]);
                            a0_0 = _mm512_fmadd_ps(e0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(e1, w, a0_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[8]);
                            a0_0 = _mm512_fmadd_ps(o0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(o1, w, a0_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[16]);
                            a0_0 = _mm512_fmadd_ps(f0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(f1, w, a0_1);
                        }
                    }
                }
            } else {
                const __m512i even2 = _mm512_add_epi32(even, _mm512_set1_epi32(2));
                for (int ci = 0; ci < b->cin; ci++) {
                    const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                    for (int t = 0; t < b->ntaps; t++) {
                        const lmc_direct_tap *tp = &b->taps[t];
                        const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                        const __m512 lo0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), hi0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair);
                        const __m512 e0 = _mm512_permutex2var_ps(lo0, even, hi0), o0 = _mm512_permutex2var_ps(lo0, odd, hi0);
                        const __m512 f0 = _mm512_permutex2var_ps(lo0, even2, hi0);
                        const __m512 lo1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), hi1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + xpair);
                        const __m512 e1 = _mm512_permutex2var_ps(lo1, even, hi1), o1 = _mm512_permutex2var_ps(lo1, odd, hi1);
                        const __m512 f1 = _mm512_permutex2var_ps(lo1, even2, hi1);
                        {
                            const __m512 w = _mm512_set1_ps(wt[0]);
                            a0_0 = _mm512_fmadd_ps(e0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(e1, w, a0_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[8]);
                            a0_0 = _mm512_fmadd_ps(o0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(o1, w, a0_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[16]);
                            a0_0 = _mm512_fmadd_ps(f0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(f1, w, a0_1);
                        }
                    }
                }
            }
        } else {
            for (int ci = 0; ci < b->cin; ci++) {
                const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                for (int t = 0; t < b->ntaps; t++) {
                    const lmc_direct_tap *tp = &b->taps[t];
                    const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                    const __m512 x0 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair));
                    const __m512 x1 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + xpair));
                    const __m512 w0 = _mm512_set1_ps(wt[0]);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                }
            }
        }
    } else {
        const ptrdiff_t sw = b->sw;
        const __m512i lanes = _mm512_mullo_epi32(
            _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15), _mm512_set1_epi32((int)sw));
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const __m512 x0 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[0]), lanes, xt + xv0, 4);
                const __m512 x1 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[1]), lanes, xt + xv1, 4);
                const __m512 w0 = _mm512_set1_ps(wt[0]);
                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
            }
        }
    }
    if (b->last && b->relu) {
        a0_0 = _mm512_max_ps(a0_0, _mm512_setzero_ps());
        a0_1 = _mm512_max_ps(a0_1, _mm512_setzero_ps());
    }
    store_mask(yo0, b->smask[0], a0_0);
    store_mask(yo1, b->smask[1], a0_1);
}

static void lmc_f32_direct_nchw_8cx48w_1x3__avx512(const lmc_direct_pblock *b)
{
    const ptrdiff_t xv0 = b->xv[0], xv1 = b->xv[1], xv2 = b->xv[2];
    float *yo0 = b->y + b->yv[0], *yo1 = b->y + b->yv[1], *yo2 = b->y + b->yv[2];
    __m512 a0_0, a0_1, a0_2;
    /* The output lines, fetched while the block multiplies: a tile writes
     * MB planes, and a layer's tiles more store streams than the
     * prefetchers follow (MobileNet's pw1 in NCHW spent a fifth of its
     * time waiting on them). */
    __builtin_prefetch(yo0, 1, 3);
    __builtin_prefetch(yo1, 1, 3);
    __builtin_prefetch(yo2, 1, 3);
    if (b->first) {
        const __m512 bb0 = b->bias ? _mm512_set1_ps(b->bias[0]) : _mm512_setzero_ps();
        a0_0 = bb0;
        a0_1 = bb0;
        a0_2 = bb0;
    } else {
        a0_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0);
        a0_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1);
        a0_2 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[2]), yo2);
    }
    if (b->sw == 1) {
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                if (tp->full) {
                    const __m512 x0 = _mm512_loadu_ps(xt + xv0);
                    const __m512 x1 = _mm512_loadu_ps(xt + xv1);
                    const __m512 x2 = _mm512_loadu_ps(xt + xv2);
                    const __m512 w0 = _mm512_set1_ps(wt[0]);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                    a0_2 = _mm512_fmadd_ps(x2, w0, a0_2);
                    continue;
                }
                const __m512 x0 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[0]), xt + xv0);
                const __m512 x1 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[1]), xt + xv1);
                const __m512 x2 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[2]), xt + xv2);
                const __m512 w0 = _mm512_set1_ps(wt[0]);
                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                a0_2 = _mm512_fmadd_ps(x2, w0, a0_2);
            }
        }
    } else if (b->sw == 2) {
        /* two loads and a shuffle per vector instead of a gather: lanes
         * [0, psplit) from the even floats of the first, the rest from the
         * second, xpair floats on */
        const __m512i lane = _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        const __m512i even = _mm512_mask_add_epi32(_mm512_add_epi32(lane, lane),
                                                   _mm512_cmpge_epi32_mask(lane, _mm512_set1_epi32(b->psplit)),
                                                   _mm512_add_epi32(lane, lane), _mm512_set1_epi32(16 - 2 * b->psplit));
        const ptrdiff_t xpair = b->xpair;
        if (b->row3) {
            const __m512i odd = _mm512_add_epi32(even, _mm512_set1_epi32(1));
            if (b->psplit == 8) {
                for (int ci = 0; ci < b->cin; ci++) {
                    const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                    for (int t = 0; t < b->ntaps; t++) {
                        const lmc_direct_tap *tp = &b->taps[t];
                        const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                        const __m512 lo0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), hi0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair);
                        const __m512 e0 = _mm512_permutex2var_ps(lo0, even, hi0), o0 = _mm512_permutex2var_ps(lo0, odd, hi0);
                        const __m512 f0 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[0]), xt + xv0 + 32)), _mm512_castps_si512(e0), 1));
                        const __m512 lo1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), hi1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + xpair);
                        const __m512 e1 = _mm512_permutex2var_ps(lo1, even, hi1), o1 = _mm512_permutex2var_ps(lo1, odd, hi1);
                        const __m512 f1 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[1]), xt + xv1 + 32)), _mm512_castps_si512(e1), 1));
                        const __m512 lo2 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][0]), xt + xv2), hi2 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][1]), xt + xv2 + xpair);
                        const __m512 e2 = _mm512_permutex2var_ps(lo2, even, hi2), o2 = _mm512_permutex2var_ps(lo2, odd, hi2);
                        const __m512 f2 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[2]), xt + xv2 + 32)), _mm512_castps_si512(e2), 1));
                        {
                            const __m512 w = _mm512_set1_ps(wt[0]);
                            a0_0 = _mm512_fmadd_ps(e0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(e1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(e2, w, a0_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[8]);
                            a0_0 = _mm512_fmadd_ps(o0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(o1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(o2, w, a0_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[16]);
                            a0_0 = _mm512_fmadd_ps(f0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(f1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(f2, w, a0_2);
                        }
                    }
                }
            } else {
                const __m512i even2 = _mm512_add_epi32(even, _mm512_set1_epi32(2));
                for (int ci = 0; ci < b->cin; ci++) {
                    const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                    for (int t = 0; t < b->ntaps; t++) {
                        const lmc_direct_tap *tp = &b->taps[t];
                        const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                        const __m512 lo0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), hi0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair);
                        const __m512 e0 = _mm512_permutex2var_ps(lo0, even, hi0), o0 = _mm512_permutex2var_ps(lo0, odd, hi0);
                        const __m512 f0 = _mm512_permutex2var_ps(lo0, even2, hi0);
                        const __m512 lo1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), hi1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + xpair);
                        const __m512 e1 = _mm512_permutex2var_ps(lo1, even, hi1), o1 = _mm512_permutex2var_ps(lo1, odd, hi1);
                        const __m512 f1 = _mm512_permutex2var_ps(lo1, even2, hi1);
                        const __m512 lo2 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][0]), xt + xv2), hi2 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][1]), xt + xv2 + xpair);
                        const __m512 e2 = _mm512_permutex2var_ps(lo2, even, hi2), o2 = _mm512_permutex2var_ps(lo2, odd, hi2);
                        const __m512 f2 = _mm512_permutex2var_ps(lo2, even2, hi2);
                        {
                            const __m512 w = _mm512_set1_ps(wt[0]);
                            a0_0 = _mm512_fmadd_ps(e0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(e1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(e2, w, a0_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[8]);
                            a0_0 = _mm512_fmadd_ps(o0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(o1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(o2, w, a0_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[16]);
                            a0_0 = _mm512_fmadd_ps(f0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(f1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(f2, w, a0_2);
                        }
                    }
                }
            }
        } else {
            for (int ci = 0; ci < b->cin; ci++) {
                const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                for (int t = 0; t < b->ntaps; t++) {
                    const lmc_direct_tap *tp = &b->taps[t];
                    const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                    const __m512 x0 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair));
                    const __m512 x1 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + xpair));
                    const __m512 x2 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][0]), xt + xv2), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][1]), xt + xv2 + xpair));
                    const __m512 w0 = _mm512_set1_ps(wt[0]);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                    a0_2 = _mm512_fmadd_ps(x2, w0, a0_2);
                }
            }
        }
    } else {
        const ptrdiff_t sw = b->sw;
        const __m512i lanes = _mm512_mullo_epi32(
            _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15), _mm512_set1_epi32((int)sw));
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const __m512 x0 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[0]), lanes, xt + xv0, 4);
                const __m512 x1 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[1]), lanes, xt + xv1, 4);
                const __m512 x2 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[2]), lanes, xt + xv2, 4);
                const __m512 w0 = _mm512_set1_ps(wt[0]);
                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                a0_2 = _mm512_fmadd_ps(x2, w0, a0_2);
            }
        }
    }
    if (b->last && b->relu) {
        a0_0 = _mm512_max_ps(a0_0, _mm512_setzero_ps());
        a0_1 = _mm512_max_ps(a0_1, _mm512_setzero_ps());
        a0_2 = _mm512_max_ps(a0_2, _mm512_setzero_ps());
    }
    store_mask(yo0, b->smask[0], a0_0);
    store_mask(yo1, b->smask[1], a0_1);
    store_mask(yo2, b->smask[2], a0_2);
}

static void lmc_f32_direct_nchw_8cx48w_1x4__avx512(const lmc_direct_pblock *b)
{
    const ptrdiff_t xv0 = b->xv[0], xv1 = b->xv[1], xv2 = b->xv[2], xv3 = b->xv[3];
    float *yo0 = b->y + b->yv[0], *yo1 = b->y + b->yv[1], *yo2 = b->y + b->yv[2], *yo3 = b->y + b->yv[3];
    __m512 a0_0, a0_1, a0_2, a0_3;
    /* The output lines, fetched while the block multiplies: a tile writes
     * MB planes, and a layer's tiles more store streams than the
     * prefetchers follow (MobileNet's pw1 in NCHW spent a fifth of its
     * time waiting on them). */
    __builtin_prefetch(yo0, 1, 3);
    __builtin_prefetch(yo1, 1, 3);
    __builtin_prefetch(yo2, 1, 3);
    __builtin_prefetch(yo3, 1, 3);
    if (b->first) {
        const __m512 bb0 = b->bias ? _mm512_set1_ps(b->bias[0]) : _mm512_setzero_ps();
        a0_0 = bb0;
        a0_1 = bb0;
        a0_2 = bb0;
        a0_3 = bb0;
    } else {
        a0_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0);
        a0_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1);
        a0_2 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[2]), yo2);
        a0_3 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[3]), yo3);
    }
    if (b->sw == 1) {
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                if (tp->full) {
                    const __m512 x0 = _mm512_loadu_ps(xt + xv0);
                    const __m512 x1 = _mm512_loadu_ps(xt + xv1);
                    const __m512 x2 = _mm512_loadu_ps(xt + xv2);
                    const __m512 x3 = _mm512_loadu_ps(xt + xv3);
                    const __m512 w0 = _mm512_set1_ps(wt[0]);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                    a0_2 = _mm512_fmadd_ps(x2, w0, a0_2);
                    a0_3 = _mm512_fmadd_ps(x3, w0, a0_3);
                    continue;
                }
                const __m512 x0 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[0]), xt + xv0);
                const __m512 x1 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[1]), xt + xv1);
                const __m512 x2 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[2]), xt + xv2);
                const __m512 x3 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[3]), xt + xv3);
                const __m512 w0 = _mm512_set1_ps(wt[0]);
                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                a0_2 = _mm512_fmadd_ps(x2, w0, a0_2);
                a0_3 = _mm512_fmadd_ps(x3, w0, a0_3);
            }
        }
    } else if (b->sw == 2) {
        /* two loads and a shuffle per vector instead of a gather: lanes
         * [0, psplit) from the even floats of the first, the rest from the
         * second, xpair floats on */
        const __m512i lane = _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        const __m512i even = _mm512_mask_add_epi32(_mm512_add_epi32(lane, lane),
                                                   _mm512_cmpge_epi32_mask(lane, _mm512_set1_epi32(b->psplit)),
                                                   _mm512_add_epi32(lane, lane), _mm512_set1_epi32(16 - 2 * b->psplit));
        const ptrdiff_t xpair = b->xpair;
        if (b->row3) {
            const __m512i odd = _mm512_add_epi32(even, _mm512_set1_epi32(1));
            if (b->psplit == 8) {
                for (int ci = 0; ci < b->cin; ci++) {
                    const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                    for (int t = 0; t < b->ntaps; t++) {
                        const lmc_direct_tap *tp = &b->taps[t];
                        const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                        const __m512 lo0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), hi0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair);
                        const __m512 e0 = _mm512_permutex2var_ps(lo0, even, hi0), o0 = _mm512_permutex2var_ps(lo0, odd, hi0);
                        const __m512 f0 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[0]), xt + xv0 + 32)), _mm512_castps_si512(e0), 1));
                        const __m512 lo1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), hi1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + xpair);
                        const __m512 e1 = _mm512_permutex2var_ps(lo1, even, hi1), o1 = _mm512_permutex2var_ps(lo1, odd, hi1);
                        const __m512 f1 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[1]), xt + xv1 + 32)), _mm512_castps_si512(e1), 1));
                        const __m512 lo2 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][0]), xt + xv2), hi2 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][1]), xt + xv2 + xpair);
                        const __m512 e2 = _mm512_permutex2var_ps(lo2, even, hi2), o2 = _mm512_permutex2var_ps(lo2, odd, hi2);
                        const __m512 f2 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[2]), xt + xv2 + 32)), _mm512_castps_si512(e2), 1));
                        const __m512 lo3 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[3][0]), xt + xv3), hi3 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[3][1]), xt + xv3 + xpair);
                        const __m512 e3 = _mm512_permutex2var_ps(lo3, even, hi3), o3 = _mm512_permutex2var_ps(lo3, odd, hi3);
                        const __m512 f3 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[3]), xt + xv3 + 32)), _mm512_castps_si512(e3), 1));
                        {
                            const __m512 w = _mm512_set1_ps(wt[0]);
                            a0_0 = _mm512_fmadd_ps(e0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(e1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(e2, w, a0_2);
                            a0_3 = _mm512_fmadd_ps(e3, w, a0_3);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[8]);
                            a0_0 = _mm512_fmadd_ps(o0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(o1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(o2, w, a0_2);
                            a0_3 = _mm512_fmadd_ps(o3, w, a0_3);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[16]);
                            a0_0 = _mm512_fmadd_ps(f0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(f1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(f2, w, a0_2);
                            a0_3 = _mm512_fmadd_ps(f3, w, a0_3);
                        }
                    }
                }
            } else {
                const __m512i even2 = _mm512_add_epi32(even, _mm512_set1_epi32(2));
                for (int ci = 0; ci < b->cin; ci++) {
                    const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                    for (int t = 0; t < b->ntaps; t++) {
                        const lmc_direct_tap *tp = &b->taps[t];
                        const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                        const __m512 lo0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), hi0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair);
                        const __m512 e0 = _mm512_permutex2var_ps(lo0, even, hi0), o0 = _mm512_permutex2var_ps(lo0, odd, hi0);
                        const __m512 f0 = _mm512_permutex2var_ps(lo0, even2, hi0);
                        const __m512 lo1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), hi1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + xpair);
                        const __m512 e1 = _mm512_permutex2var_ps(lo1, even, hi1), o1 = _mm512_permutex2var_ps(lo1, odd, hi1);
                        const __m512 f1 = _mm512_permutex2var_ps(lo1, even2, hi1);
                        const __m512 lo2 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][0]), xt + xv2), hi2 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][1]), xt + xv2 + xpair);
                        const __m512 e2 = _mm512_permutex2var_ps(lo2, even, hi2), o2 = _mm512_permutex2var_ps(lo2, odd, hi2);
                        const __m512 f2 = _mm512_permutex2var_ps(lo2, even2, hi2);
                        const __m512 lo3 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[3][0]), xt + xv3), hi3 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[3][1]), xt + xv3 + xpair);
                        const __m512 e3 = _mm512_permutex2var_ps(lo3, even, hi3), o3 = _mm512_permutex2var_ps(lo3, odd, hi3);
                        const __m512 f3 = _mm512_permutex2var_ps(lo3, even2, hi3);
                        {
                            const __m512 w = _mm512_set1_ps(wt[0]);
                            a0_0 = _mm512_fmadd_ps(e0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(e1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(e2, w, a0_2);
                            a0_3 = _mm512_fmadd_ps(e3, w, a0_3);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[8]);
                            a0_0 = _mm512_fmadd_ps(o0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(o1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(o2, w, a0_2);
                            a0_3 = _mm512_fmadd_ps(o3, w, a0_3);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[16]);
                            a0_0 = _mm512_fmadd_ps(f0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(f1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(f2, w, a0_2);
                            a0_3 = _mm512_fmadd_ps(f3, w, a0_3);
                        }
                    }
                }
            }
        } else {
            for (int ci = 0; ci < b->cin; ci++) {
                const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                for (int t = 0; t < b->ntaps; t++) {
                    const lmc_direct_tap *tp = &b->taps[t];
                    const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                    const __m512 x0 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair));
                    const __m512 x1 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + xpair));
                    const __m512 x2 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][0]), xt + xv2), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][1]), xt + xv2 + xpair));
                    const __m512 x3 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[3][0]), xt + xv3), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[3][1]), xt + xv3 + xpair));
                    const __m512 w0 = _mm512_set1_ps(wt[0]);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                    a0_2 = _mm512_fmadd_ps(x2, w0, a0_2);
                    a0_3 = _mm512_fmadd_ps(x3, w0, a0_3);
                }
            }
        }
    } else {
        const ptrdiff_t sw = b->sw;
        const __m512i lanes = _mm512_mullo_epi32(
            _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15), _mm512_set1_epi32((int)sw));
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const __m512 x0 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[0]), lanes, xt + xv0, 4);
                const __m512 x1 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[1]), lanes, xt + xv1, 4);
                const __m512 x2 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[2]), lanes, xt + xv2, 4);
                const __m512 x3 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[3]), lanes, xt + xv3, 4);
                const __m512 w0 = _mm512_set1_ps(wt[0]);
                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                a0_2 = _mm512_fmadd_ps(x2, w0, a0_2);
                a0_3 = _mm512_fmadd_ps(x3, w0, a0_3);
            }
        }
    }
    if (b->last && b->relu) {
        a0_0 = _mm512_max_ps(a0_0, _mm512_setzero_ps());
        a0_1 = _mm512_max_ps(a0_1, _mm512_setzero_ps());
        a0_2 = _mm512_max_ps(a0_2, _mm512_setzero_ps());
        a0_3 = _mm512_max_ps(a0_3, _mm512_setzero_ps());
    }
    store_mask(yo0, b->smask[0], a0_0);
    store_mask(yo1, b->smask[1], a0_1);
    store_mask(yo2, b->smask[2], a0_2);
    store_mask(yo3, b->smask[3], a0_3);
}

static void lmc_f32_direct_nchw_8cx48w_1x5__avx512(const lmc_direct_pblock *b)
{
    const ptrdiff_t xv0 = b->xv[0], xv1 = b->xv[1], xv2 = b->xv[2], xv3 = b->xv[3], xv4 = b->xv[4];
    float *yo0 = b->y + b->yv[0], *yo1 = b->y + b->yv[1], *yo2 = b->y + b->yv[2], *yo3 = b->y + b->yv[3], *yo4 = b->y + b->yv[4];
    __m512 a0_0, a0_1, a0_2, a0_3, a0_4;
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
        const __m512 bb0 = b->bias ? _mm512_set1_ps(b->bias[0]) : _mm512_setzero_ps();
        a0_0 = bb0;
        a0_1 = bb0;
        a0_2 = bb0;
        a0_3 = bb0;
        a0_4 = bb0;
    } else {
        a0_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0);
        a0_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1);
        a0_2 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[2]), yo2);
        a0_3 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[3]), yo3);
        a0_4 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[4]), yo4);
    }
    if (b->sw == 1) {
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                if (tp->full) {
                    const __m512 x0 = _mm512_loadu_ps(xt + xv0);
                    const __m512 x1 = _mm512_loadu_ps(xt + xv1);
                    const __m512 x2 = _mm512_loadu_ps(xt + xv2);
                    const __m512 x3 = _mm512_loadu_ps(xt + xv3);
                    const __m512 x4 = _mm512_loadu_ps(xt + xv4);
                    const __m512 w0 = _mm512_set1_ps(wt[0]);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                    a0_2 = _mm512_fmadd_ps(x2, w0, a0_2);
                    a0_3 = _mm512_fmadd_ps(x3, w0, a0_3);
                    a0_4 = _mm512_fmadd_ps(x4, w0, a0_4);
                    continue;
                }
                const __m512 x0 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[0]), xt + xv0);
                const __m512 x1 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[1]), xt + xv1);
                const __m512 x2 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[2]), xt + xv2);
                const __m512 x3 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[3]), xt + xv3);
                const __m512 x4 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[4]), xt + xv4);
                const __m512 w0 = _mm512_set1_ps(wt[0]);
                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                a0_2 = _mm512_fmadd_ps(x2, w0, a0_2);
                a0_3 = _mm512_fmadd_ps(x3, w0, a0_3);
                a0_4 = _mm512_fmadd_ps(x4, w0, a0_4);
            }
        }
    } else if (b->sw == 2) {
        /* two loads and a shuffle per vector instead of a gather: lanes
         * [0, psplit) from the even floats of the first, the rest from the
         * second, xpair floats on */
        const __m512i lane = _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        const __m512i even = _mm512_mask_add_epi32(_mm512_add_epi32(lane, lane),
                                                   _mm512_cmpge_epi32_mask(lane, _mm512_set1_epi32(b->psplit)),
                                                   _mm512_add_epi32(lane, lane), _mm512_set1_epi32(16 - 2 * b->psplit));
        const ptrdiff_t xpair = b->xpair;
        if (b->row3) {
            const __m512i odd = _mm512_add_epi32(even, _mm512_set1_epi32(1));
            if (b->psplit == 8) {
                for (int ci = 0; ci < b->cin; ci++) {
                    const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                    for (int t = 0; t < b->ntaps; t++) {
                        const lmc_direct_tap *tp = &b->taps[t];
                        const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                        const __m512 lo0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), hi0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair);
                        const __m512 e0 = _mm512_permutex2var_ps(lo0, even, hi0), o0 = _mm512_permutex2var_ps(lo0, odd, hi0);
                        const __m512 f0 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[0]), xt + xv0 + 32)), _mm512_castps_si512(e0), 1));
                        const __m512 lo1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), hi1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + xpair);
                        const __m512 e1 = _mm512_permutex2var_ps(lo1, even, hi1), o1 = _mm512_permutex2var_ps(lo1, odd, hi1);
                        const __m512 f1 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[1]), xt + xv1 + 32)), _mm512_castps_si512(e1), 1));
                        const __m512 lo2 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][0]), xt + xv2), hi2 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][1]), xt + xv2 + xpair);
                        const __m512 e2 = _mm512_permutex2var_ps(lo2, even, hi2), o2 = _mm512_permutex2var_ps(lo2, odd, hi2);
                        const __m512 f2 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[2]), xt + xv2 + 32)), _mm512_castps_si512(e2), 1));
                        const __m512 lo3 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[3][0]), xt + xv3), hi3 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[3][1]), xt + xv3 + xpair);
                        const __m512 e3 = _mm512_permutex2var_ps(lo3, even, hi3), o3 = _mm512_permutex2var_ps(lo3, odd, hi3);
                        const __m512 f3 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[3]), xt + xv3 + 32)), _mm512_castps_si512(e3), 1));
                        const __m512 lo4 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[4][0]), xt + xv4), hi4 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[4][1]), xt + xv4 + xpair);
                        const __m512 e4 = _mm512_permutex2var_ps(lo4, even, hi4), o4 = _mm512_permutex2var_ps(lo4, odd, hi4);
                        const __m512 f4 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[4]), xt + xv4 + 32)), _mm512_castps_si512(e4), 1));
                        {
                            const __m512 w = _mm512_set1_ps(wt[0]);
                            a0_0 = _mm512_fmadd_ps(e0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(e1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(e2, w, a0_2);
                            a0_3 = _mm512_fmadd_ps(e3, w, a0_3);
                            a0_4 = _mm512_fmadd_ps(e4, w, a0_4);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[8]);
                            a0_0 = _mm512_fmadd_ps(o0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(o1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(o2, w, a0_2);
                            a0_3 = _mm512_fmadd_ps(o3, w, a0_3);
                            a0_4 = _mm512_fmadd_ps(o4, w, a0_4);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[16]);
                            a0_0 = _mm512_fmadd_ps(f0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(f1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(f2, w, a0_2);
                            a0_3 = _mm512_fmadd_ps(f3, w, a0_3);
                            a0_4 = _mm512_fmadd_ps(f4, w, a0_4);
                        }
                    }
                }
            } else {
                const __m512i even2 = _mm512_add_epi32(even, _mm512_set1_epi32(2));
                for (int ci = 0; ci < b->cin; ci++) {
                    const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                    for (int t = 0; t < b->ntaps; t++) {
                        const lmc_direct_tap *tp = &b->taps[t];
                        const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                        const __m512 lo0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), hi0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair);
                        const __m512 e0 = _mm512_permutex2var_ps(lo0, even, hi0), o0 = _mm512_permutex2var_ps(lo0, odd, hi0);
                        const __m512 f0 = _mm512_permutex2var_ps(lo0, even2, hi0);
                        const __m512 lo1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), hi1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + xpair);
                        const __m512 e1 = _mm512_permutex2var_ps(lo1, even, hi1), o1 = _mm512_permutex2var_ps(lo1, odd, hi1);
                        const __m512 f1 = _mm512_permutex2var_ps(lo1, even2, hi1);
                        const __m512 lo2 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][0]), xt + xv2), hi2 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][1]), xt + xv2 + xpair);
                        const __m512 e2 = _mm512_permutex2var_ps(lo2, even, hi2), o2 = _mm512_permutex2var_ps(lo2, odd, hi2);
                        const __m512 f2 = _mm512_permutex2var_ps(lo2, even2, hi2);
                        const __m512 lo3 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[3][0]), xt + xv3), hi3 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[3][1]), xt + xv3 + xpair);
                        const __m512 e3 = _mm512_permutex2var_ps(lo3, even, hi3), o3 = _mm512_permutex2var_ps(lo3, odd, hi3);
                        const __m512 f3 = _mm512_permutex2var_ps(lo3, even2, hi3);
                        const __m512 lo4 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[4][0]), xt + xv4), hi4 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[4][1]), xt + xv4 + xpair);
                        const __m512 e4 = _mm512_permutex2var_ps(lo4, even, hi4), o4 = _mm512_permutex2var_ps(lo4, odd, hi4);
                        const __m512 f4 = _mm512_permutex2var_ps(lo4, even2, hi4);
                        {
                            const __m512 w = _mm512_set1_ps(wt[0]);
                            a0_0 = _mm512_fmadd_ps(e0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(e1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(e2, w, a0_2);
                            a0_3 = _mm512_fmadd_ps(e3, w, a0_3);
                            a0_4 = _mm512_fmadd_ps(e4, w, a0_4);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[8]);
                            a0_0 = _mm512_fmadd_ps(o0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(o1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(o2, w, a0_2);
                            a0_3 = _mm512_fmadd_ps(o3, w, a0_3);
                            a0_4 = _mm512_fmadd_ps(o4, w, a0_4);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[16]);
                            a0_0 = _mm512_fmadd_ps(f0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(f1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(f2, w, a0_2);
                            a0_3 = _mm512_fmadd_ps(f3, w, a0_3);
                            a0_4 = _mm512_fmadd_ps(f4, w, a0_4);
                        }
                    }
                }
            }
        } else {
            for (int ci = 0; ci < b->cin; ci++) {
                const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                for (int t = 0; t < b->ntaps; t++) {
                    const lmc_direct_tap *tp = &b->taps[t];
                    const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                    const __m512 x0 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair));
                    const __m512 x1 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + xpair));
                    const __m512 x2 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][0]), xt + xv2), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][1]), xt + xv2 + xpair));
                    const __m512 x3 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[3][0]), xt + xv3), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[3][1]), xt + xv3 + xpair));
                    const __m512 x4 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[4][0]), xt + xv4), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[4][1]), xt + xv4 + xpair));
                    const __m512 w0 = _mm512_set1_ps(wt[0]);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                    a0_2 = _mm512_fmadd_ps(x2, w0, a0_2);
                    a0_3 = _mm512_fmadd_ps(x3, w0, a0_3);
                    a0_4 = _mm512_fmadd_ps(x4, w0, a0_4);
                }
            }
        }
    } else {
        const ptrdiff_t sw = b->sw;
        const __m512i lanes = _mm512_mullo_epi32(
            _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15), _mm512_set1_epi32((int)sw));
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const __m512 x0 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[0]), lanes, xt + xv0, 4);
                const __m512 x1 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[1]), lanes, xt + xv1, 4);
                const __m512 x2 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[2]), lanes, xt + xv2, 4);
                const __m512 x3 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[3]), lanes, xt + xv3, 4);
                const __m512 x4 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[4]), lanes, xt + xv4, 4);
                const __m512 w0 = _mm512_set1_ps(wt[0]);
                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                a0_2 = _mm512_fmadd_ps(x2, w0, a0_2);
                a0_3 = _mm512_fmadd_ps(x3, w0, a0_3);
                a0_4 = _mm512_fmadd_ps(x4, w0, a0_4);
            }
        }
    }
    if (b->last && b->relu) {
        a0_0 = _mm512_max_ps(a0_0, _mm512_setzero_ps());
        a0_1 = _mm512_max_ps(a0_1, _mm512_setzero_ps());
        a0_2 = _mm512_max_ps(a0_2, _mm512_setzero_ps());
        a0_3 = _mm512_max_ps(a0_3, _mm512_setzero_ps());
        a0_4 = _mm512_max_ps(a0_4, _mm512_setzero_ps());
    }
    store_mask(yo0, b->smask[0], a0_0);
    store_mask(yo1, b->smask[1], a0_1);
    store_mask(yo2, b->smask[2], a0_2);
    store_mask(yo3, b->smask[3], a0_3);
    store_mask(yo4, b->smask[4], a0_4);
}

static void lmc_f32_direct_nchw_8cx48w_1x6__avx512(const lmc_direct_pblock *b)
{
    const ptrdiff_t xv0 = b->xv[0], xv1 = b->xv[1], xv2 = b->xv[2], xv3 = b->xv[3], xv4 = b->xv[4], xv5 = b->xv[5];
    float *yo0 = b->y + b->yv[0], *yo1 = b->y + b->yv[1], *yo2 = b->y + b->yv[2], *yo3 = b->y + b->yv[3], *yo4 = b->y + b->yv[4], *yo5 = b->y + b->yv[5];
    __m512 a0_0, a0_1, a0_2, a0_3, a0_4, a0_5;
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
        const __m512 bb0 = b->bias ? _mm512_set1_ps(b->bias[0]) : _mm512_setzero_ps();
        a0_0 = bb0;
        a0_1 = bb0;
        a0_2 = bb0;
        a0_3 = bb0;
        a0_4 = bb0;
        a0_5 = bb0;
    } else {
        a0_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0);
        a0_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1);
        a0_2 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[2]), yo2);
        a0_3 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[3]), yo3);
        a0_4 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[4]), yo4);
        a0_5 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[5]), yo5);
    }
    if (b->sw == 1) {
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                if (tp->full) {
                    const __m512 x0 = _mm512_loadu_ps(xt + xv0);
                    const __m512 x1 = _mm512_loadu_ps(xt + xv1);
                    const __m512 x2 = _mm512_loadu_ps(xt + xv2);
                    const __m512 x3 = _mm512_loadu_ps(xt + xv3);
                    const __m512 x4 = _mm512_loadu_ps(xt + xv4);
                    const __m512 x5 = _mm512_loadu_ps(xt + xv5);
                    const __m512 w0 = _mm512_set1_ps(wt[0]);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                    a0_2 = _mm512_fmadd_ps(x2, w0, a0_2);
                    a0_3 = _mm512_fmadd_ps(x3, w0, a0_3);
                    a0_4 = _mm512_fmadd_ps(x4, w0, a0_4);
                    a0_5 = _mm512_fmadd_ps(x5, w0, a0_5);
                    continue;
                }
                const __m512 x0 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[0]), xt + xv0);
                const __m512 x1 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[1]), xt + xv1);
                const __m512 x2 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[2]), xt + xv2);
                const __m512 x3 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[3]), xt + xv3);
                const __m512 x4 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[4]), xt + xv4);
                const __m512 x5 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[5]), xt + xv5);
                const __m512 w0 = _mm512_set1_ps(wt[0]);
                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                a0_2 = _mm512_fmadd_ps(x2, w0, a0_2);
                a0_3 = _mm512_fmadd_ps(x3, w0, a0_3);
                a0_4 = _mm512_fmadd_ps(x4, w0, a0_4);
                a0_5 = _mm512_fmadd_ps(x5, w0, a0_5);
            }
        }
    } else if (b->sw == 2) {
        /* two loads and a shuffle per vector instead of a gather: lanes
         * [0, psplit) from the even floats of the first, the rest from the
         * second, xpair floats on */
        const __m512i lane = _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        const __m512i even = _mm512_mask_add_epi32(_mm512_add_epi32(lane, lane),
                                                   _mm512_cmpge_epi32_mask(lane, _mm512_set1_epi32(b->psplit)),
                                                   _mm512_add_epi32(lane, lane), _mm512_set1_epi32(16 - 2 * b->psplit));
        const ptrdiff_t xpair = b->xpair;
        if (b->row3) {
            const __m512i odd = _mm512_add_epi32(even, _mm512_set1_epi32(1));
            if (b->psplit == 8) {
                for (int ci = 0; ci < b->cin; ci++) {
                    const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                    for (int t = 0; t < b->ntaps; t++) {
                        const lmc_direct_tap *tp = &b->taps[t];
                        const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                        const __m512 lo0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), hi0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair);
                        const __m512 e0 = _mm512_permutex2var_ps(lo0, even, hi0), o0 = _mm512_permutex2var_ps(lo0, odd, hi0);
                        const __m512 f0 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[0]), xt + xv0 + 32)), _mm512_castps_si512(e0), 1));
                        const __m512 lo1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), hi1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + xpair);
                        const __m512 e1 = _mm512_permutex2var_ps(lo1, even, hi1), o1 = _mm512_permutex2var_ps(lo1, odd, hi1);
                        const __m512 f1 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[1]), xt + xv1 + 32)), _mm512_castps_si512(e1), 1));
                        const __m512 lo2 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][0]), xt + xv2), hi2 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][1]), xt + xv2 + xpair);
                        const __m512 e2 = _mm512_permutex2var_ps(lo2, even, hi2), o2 = _mm512_permutex2var_ps(lo2, odd, hi2);
                        const __m512 f2 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[2]), xt + xv2 + 32)), _mm512_castps_si512(e2), 1));
                        const __m512 lo3 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[3][0]), xt + xv3), hi3 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[3][1]), xt + xv3 + xpair);
                        const __m512 e3 = _mm512_permutex2var_ps(lo3, even, hi3), o3 = _mm512_permutex2var_ps(lo3, odd, hi3);
                        const __m512 f3 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[3]), xt + xv3 + 32)), _mm512_castps_si512(e3), 1));
                        const __m512 lo4 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[4][0]), xt + xv4), hi4 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[4][1]), xt + xv4 + xpair);
                        const __m512 e4 = _mm512_permutex2var_ps(lo4, even, hi4), o4 = _mm512_permutex2var_ps(lo4, odd, hi4);
                        const __m512 f4 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[4]), xt + xv4 + 32)), _mm512_castps_si512(e4), 1));
                        const __m512 lo5 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[5][0]), xt + xv5), hi5 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[5][1]), xt + xv5 + xpair);
                        const __m512 e5 = _mm512_permutex2var_ps(lo5, even, hi5), o5 = _mm512_permutex2var_ps(lo5, odd, hi5);
                        const __m512 f5 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[5]), xt + xv5 + 32)), _mm512_castps_si512(e5), 1));
                        {
                            const __m512 w = _mm512_set1_ps(wt[0]);
                            a0_0 = _mm512_fmadd_ps(e0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(e1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(e2, w, a0_2);
                            a0_3 = _mm512_fmadd_ps(e3, w, a0_3);
                            a0_4 = _mm512_fmadd_ps(e4, w, a0_4);
                            a0_5 = _mm512_fmadd_ps(e5, w, a0_5);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[8]);
                            a0_0 = _mm512_fmadd_ps(o0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(o1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(o2, w, a0_2);
                            a0_3 = _mm512_fmadd_ps(o3, w, a0_3);
                            a0_4 = _mm512_fmadd_ps(o4, w, a0_4);
                            a0_5 = _mm512_fmadd_ps(o5, w, a0_5);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[16]);
                            a0_0 = _mm512_fmadd_ps(f0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(f1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(f2, w, a0_2);
                            a0_3 = _mm512_fmadd_ps(f3, w, a0_3);
                            a0_4 = _mm512_fmadd_ps(f4, w, a0_4);
                            a0_5 = _mm512_fmadd_ps(f5, w, a0_5);
                        }
                    }
                }
            } else {
                const __m512i even2 = _mm512_add_epi32(even, _mm512_set1_epi32(2));
                for (int ci = 0; ci < b->cin; ci++) {
                    const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                    for (int t = 0; t < b->ntaps; t++) {
                        const lmc_direct_tap *tp = &b->taps[t];
                        const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                        const __m512 lo0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), hi0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair);
                        const __m512 e0 = _mm512_permutex2var_ps(lo0, even, hi0), o0 = _mm512_permutex2var_ps(lo0, odd, hi0);
                        const __m512 f0 = _mm512_permutex2var_ps(lo0, even2, hi0);
                        const __m512 lo1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), hi1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + xpair);
                        const __m512 e1 = _mm512_permutex2var_ps(lo1, even, hi1), o1 = _mm512_permutex2var_ps(lo1, odd, hi1);
                        const __m512 f1 = _mm512_permutex2var_ps(lo1, even2, hi1);
                        const __m512 lo2 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][0]), xt + xv2), hi2 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][1]), xt + xv2 + xpair);
                        const __m512 e2 = _mm512_permutex2var_ps(lo2, even, hi2), o2 = _mm512_permutex2var_ps(lo2, odd, hi2);
                        const __m512 f2 = _mm512_permutex2var_ps(lo2, even2, hi2);
                        const __m512 lo3 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[3][0]), xt + xv3), hi3 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[3][1]), xt + xv3 + xpair);
                        const __m512 e3 = _mm512_permutex2var_ps(lo3, even, hi3), o3 = _mm512_permutex2var_ps(lo3, odd, hi3);
                        const __m512 f3 = _mm512_permutex2var_ps(lo3, even2, hi3);
                        const __m512 lo4 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[4][0]), xt + xv4), hi4 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[4][1]), xt + xv4 + xpair);
                        const __m512 e4 = _mm512_permutex2var_ps(lo4, even, hi4), o4 = _mm512_permutex2var_ps(lo4, odd, hi4);
                        const __m512 f4 = _mm512_permutex2var_ps(lo4, even2, hi4);
                        const __m512 lo5 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[5][0]), xt + xv5), hi5 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[5][1]), xt + xv5 + xpair);
                        const __m512 e5 = _mm512_permutex2var_ps(lo5, even, hi5), o5 = _mm512_permutex2var_ps(lo5, odd, hi5);
                        const __m512 f5 = _mm512_permutex2var_ps(lo5, even2, hi5);
                        {
                            const __m512 w = _mm512_set1_ps(wt[0]);
                            a0_0 = _mm512_fmadd_ps(e0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(e1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(e2, w, a0_2);
                            a0_3 = _mm512_fmadd_ps(e3, w, a0_3);
                            a0_4 = _mm512_fmadd_ps(e4, w, a0_4);
                            a0_5 = _mm512_fmadd_ps(e5, w, a0_5);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[8]);
                            a0_0 = _mm512_fmadd_ps(o0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(o1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(o2, w, a0_2);
                            a0_3 = _mm512_fmadd_ps(o3, w, a0_3);
                            a0_4 = _mm512_fmadd_ps(o4, w, a0_4);
                            a0_5 = _mm512_fmadd_ps(o5, w, a0_5);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[16]);
                            a0_0 = _mm512_fmadd_ps(f0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(f1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(f2, w, a0_2);
                            a0_3 = _mm512_fmadd_ps(f3, w, a0_3);
                            a0_4 = _mm512_fmadd_ps(f4, w, a0_4);
                            a0_5 = _mm512_fmadd_ps(f5, w, a0_5);
                        }
                    }
                }
            }
        } else {
            for (int ci = 0; ci < b->cin; ci++) {
                const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                for (int t = 0; t < b->ntaps; t++) {
                    const lmc_direct_tap *tp = &b->taps[t];
                    const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                    const __m512 x0 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair));
                    const __m512 x1 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + xpair));
                    const __m512 x2 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][0]), xt + xv2), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][1]), xt + xv2 + xpair));
                    const __m512 x3 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[3][0]), xt + xv3), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[3][1]), xt + xv3 + xpair));
                    const __m512 x4 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[4][0]), xt + xv4), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[4][1]), xt + xv4 + xpair));
                    const __m512 x5 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[5][0]), xt + xv5), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[5][1]), xt + xv5 + xpair));
                    const __m512 w0 = _mm512_set1_ps(wt[0]);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                    a0_2 = _mm512_fmadd_ps(x2, w0, a0_2);
                    a0_3 = _mm512_fmadd_ps(x3, w0, a0_3);
                    a0_4 = _mm512_fmadd_ps(x4, w0, a0_4);
                    a0_5 = _mm512_fmadd_ps(x5, w0, a0_5);
                }
            }
        }
    } else {
        const ptrdiff_t sw = b->sw;
        const __m512i lanes = _mm512_mullo_epi32(
            _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15), _mm512_set1_epi32((int)sw));
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const __m512 x0 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[0]), lanes, xt + xv0, 4);
                const __m512 x1 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[1]), lanes, xt + xv1, 4);
                const __m512 x2 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[2]), lanes, xt + xv2, 4);
                const __m512 x3 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[3]), lanes, xt + xv3, 4);
                const __m512 x4 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[4]), lanes, xt + xv4, 4);
                const __m512 x5 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[5]), lanes, xt + xv5, 4);
                const __m512 w0 = _mm512_set1_ps(wt[0]);
                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                a0_2 = _mm512_fmadd_ps(x2, w0, a0_2);
                a0_3 = _mm512_fmadd_ps(x3, w0, a0_3);
                a0_4 = _mm512_fmadd_ps(x4, w0, a0_4);
                a0_5 = _mm512_fmadd_ps(x5, w0, a0_5);
            }
        }
    }
    if (b->last && b->relu) {
        a0_0 = _mm512_max_ps(a0_0, _mm512_setzero_ps());
        a0_1 = _mm512_max_ps(a0_1, _mm512_setzero_ps());
        a0_2 = _mm512_max_ps(a0_2, _mm512_setzero_ps());
        a0_3 = _mm512_max_ps(a0_3, _mm512_setzero_ps());
        a0_4 = _mm512_max_ps(a0_4, _mm512_setzero_ps());
        a0_5 = _mm512_max_ps(a0_5, _mm512_setzero_ps());
    }
    store_mask(yo0, b->smask[0], a0_0);
    store_mask(yo1, b->smask[1], a0_1);
    store_mask(yo2, b->smask[2], a0_2);
    store_mask(yo3, b->smask[3], a0_3);
    store_mask(yo4, b->smask[4], a0_4);
    store_mask(yo5, b->smask[5], a0_5);
}

static void lmc_f32_direct_nchw_8cx48w_1x7__avx512(const lmc_direct_pblock *b)
{
    const ptrdiff_t xv0 = b->xv[0], xv1 = b->xv[1], xv2 = b->xv[2], xv3 = b->xv[3], xv4 = b->xv[4], xv5 = b->xv[5], xv6 = b->xv[6];
    float *yo0 = b->y + b->yv[0], *yo1 = b->y + b->yv[1], *yo2 = b->y + b->yv[2], *yo3 = b->y + b->yv[3], *yo4 = b->y + b->yv[4], *yo5 = b->y + b->yv[5], *yo6 = b->y + b->yv[6];
    __m512 a0_0, a0_1, a0_2, a0_3, a0_4, a0_5, a0_6;
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
    __builtin_prefetch(yo6, 1, 3);
    if (b->first) {
        const __m512 bb0 = b->bias ? _mm512_set1_ps(b->bias[0]) : _mm512_setzero_ps();
        a0_0 = bb0;
        a0_1 = bb0;
        a0_2 = bb0;
        a0_3 = bb0;
        a0_4 = bb0;
        a0_5 = bb0;
        a0_6 = bb0;
    } else {
        a0_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0);
        a0_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1);
        a0_2 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[2]), yo2);
        a0_3 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[3]), yo3);
        a0_4 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[4]), yo4);
        a0_5 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[5]), yo5);
        a0_6 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[6]), yo6);
    }
    if (b->sw == 1) {
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                if (tp->full) {
                    const __m512 x0 = _mm512_loadu_ps(xt + xv0);
                    const __m512 x1 = _mm512_loadu_ps(xt + xv1);
                    const __m512 x2 = _mm512_loadu_ps(xt + xv2);
                    const __m512 x3 = _mm512_loadu_ps(xt + xv3);
                    const __m512 x4 = _mm512_loadu_ps(xt + xv4);
                    const __m512 x5 = _mm512_loadu_ps(xt + xv5);
                    const __m512 x6 = _mm512_loadu_ps(xt + xv6);
                    const __m512 w0 = _mm512_set1_ps(wt[0]);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                    a0_2 = _mm512_fmadd_ps(x2, w0, a0_2);
                    a0_3 = _mm512_fmadd_ps(x3, w0, a0_3);
                    a0_4 = _mm512_fmadd_ps(x4, w0, a0_4);
                    a0_5 = _mm512_fmadd_ps(x5, w0, a0_5);
                    a0_6 = _mm512_fmadd_ps(x6, w0, a0_6);
                    continue;
                }
                const __m512 x0 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[0]), xt + xv0);
                const __m512 x1 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[1]), xt + xv1);
                const __m512 x2 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[2]), xt + xv2);
                const __m512 x3 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[3]), xt + xv3);
                const __m512 x4 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[4]), xt + xv4);
                const __m512 x5 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[5]), xt + xv5);
                const __m512 x6 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[6]), xt + xv6);
                const __m512 w0 = _mm512_set1_ps(wt[0]);
                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                a0_2 = _mm512_fmadd_ps(x2, w0, a0_2);
                a0_3 = _mm512_fmadd_ps(x3, w0, a0_3);
                a0_4 = _mm512_fmadd_ps(x4, w0, a0_4);
                a0_5 = _mm512_fmadd_ps(x5, w0, a0_5);
                a0_6 = _mm512_fmadd_ps(x6, w0, a0_6);
            }
        }
    } else if (b->sw == 2) {
        /* two loads and a shuffle per vector instead of a gather: lanes
         * [0, psplit) from the even floats of the first, the rest from the
         * second, xpair floats on */
        const __m512i lane = _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        const __m512i even = _mm512_mask_add_epi32(_mm512_add_epi32(lane, lane),
                                                   _mm512_cmpge_epi32_mask(lane, _mm512_set1_epi32(b->psplit)),
                                                   _mm512_add_epi32(lane, lane), _mm512_set1_epi32(16 - 2 * b->psplit));
        const ptrdiff_t xpair = b->xpair;
        if (b->row3) {
            const __m512i odd = _mm512_add_epi32(even, _mm512_set1_epi32(1));
            if (b->psplit == 8) {
                for (int ci = 0; ci < b->cin; ci++) {
                    const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                    for (int t = 0; t < b->ntaps; t++) {
                        const lmc_direct_tap *tp = &b->taps[t];
                        const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                        const __m512 lo0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), hi0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair);
                        const __m512 e0 = _mm512_permutex2var_ps(lo0, even, hi0), o0 = _mm512_permutex2var_ps(lo0, odd, hi0);
                        const __m512 f0 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[0]), xt + xv0 + 32)), _mm512_castps_si512(e0), 1));
                        const __m512 lo1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), hi1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + xpair);
                        const __m512 e1 = _mm512_permutex2var_ps(lo1, even, hi1), o1 = _mm512_permutex2var_ps(lo1, odd, hi1);
                        const __m512 f1 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[1]), xt + xv1 + 32)), _mm512_castps_si512(e1), 1));
                        const __m512 lo2 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][0]), xt + xv2), hi2 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][1]), xt + xv2 + xpair);
                        const __m512 e2 = _mm512_permutex2var_ps(lo2, even, hi2), o2 = _mm512_permutex2var_ps(lo2, odd, hi2);
                        const __m512 f2 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[2]), xt + xv2 + 32)), _mm512_castps_si512(e2), 1));
                        const __m512 lo3 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[3][0]), xt + xv3), hi3 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[3][1]), xt + xv3 + xpair);
                        const __m512 e3 = _mm512_permutex2var_ps(lo3, even, hi3), o3 = _mm512_permutex2var_ps(lo3, odd, hi3);
                        const __m512 f3 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[3]), xt + xv3 + 32)), _mm512_castps_si512(e3), 1));
                        const __m512 lo4 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[4][0]), xt + xv4), hi4 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[4][1]), xt + xv4 + xpair);
                        const __m512 e4 = _mm512_permutex2var_ps(lo4, even, hi4), o4 = _mm512_permutex2var_ps(lo4, odd, hi4);
                        const __m512 f4 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[4]), xt + xv4 + 32)), _mm512_castps_si512(e4), 1));
                        const __m512 lo5 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[5][0]), xt + xv5), hi5 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[5][1]), xt + xv5 + xpair);
                        const __m512 e5 = _mm512_permutex2var_ps(lo5, even, hi5), o5 = _mm512_permutex2var_ps(lo5, odd, hi5);
                        const __m512 f5 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[5]), xt + xv5 + 32)), _mm512_castps_si512(e5), 1));
                        const __m512 lo6 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[6][0]), xt + xv6), hi6 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[6][1]), xt + xv6 + xpair);
                        const __m512 e6 = _mm512_permutex2var_ps(lo6, even, hi6), o6 = _mm512_permutex2var_ps(lo6, odd, hi6);
                        const __m512 f6 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[6]), xt + xv6 + 32)), _mm512_castps_si512(e6), 1));
                        {
                            const __m512 w = _mm512_set1_ps(wt[0]);
                            a0_0 = _mm512_fmadd_ps(e0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(e1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(e2, w, a0_2);
                            a0_3 = _mm512_fmadd_ps(e3, w, a0_3);
                            a0_4 = _mm512_fmadd_ps(e4, w, a0_4);
                            a0_5 = _mm512_fmadd_ps(e5, w, a0_5);
                            a0_6 = _mm512_fmadd_ps(e6, w, a0_6);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[8]);
                            a0_0 = _mm512_fmadd_ps(o0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(o1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(o2, w, a0_2);
                            a0_3 = _mm512_fmadd_ps(o3, w, a0_3);
                            a0_4 = _mm512_fmadd_ps(o4, w, a0_4);
                            a0_5 = _mm512_fmadd_ps(o5, w, a0_5);
                            a0_6 = _mm512_fmadd_ps(o6, w, a0_6);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[16]);
                            a0_0 = _mm512_fmadd_ps(f0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(f1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(f2, w, a0_2);
                            a0_3 = _mm512_fmadd_ps(f3, w, a0_3);
                            a0_4 = _mm512_fmadd_ps(f4, w, a0_4);
                            a0_5 = _mm512_fmadd_ps(f5, w, a0_5);
                            a0_6 = _mm512_fmadd_ps(f6, w, a0_6);
                        }
                    }
                }
            } else {
                const __m512i even2 = _mm512_add_epi32(even, _mm512_set1_epi32(2));
                for (int ci = 0; ci < b->cin; ci++) {
                    const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                    for (int t = 0; t < b->ntaps; t++) {
                        const lmc_direct_tap *tp = &b->taps[t];
                        const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                        const __m512 lo0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), hi0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair);
                        const __m512 e0 = _mm512_permutex2var_ps(lo0, even, hi0), o0 = _mm512_permutex2var_ps(lo0, odd, hi0);
                        const __m512 f0 = _mm512_permutex2var_ps(lo0, even2, hi0);
                        const __m512 lo1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), hi1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + xpair);
                        const __m512 e1 = _mm512_permutex2var_ps(lo1, even, hi1), o1 = _mm512_permutex2var_ps(lo1, odd, hi1);
                        const __m512 f1 = _mm512_permutex2var_ps(lo1, even2, hi1);
                        const __m512 lo2 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][0]), xt + xv2), hi2 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][1]), xt + xv2 + xpair);
                        const __m512 e2 = _mm512_permutex2var_ps(lo2, even, hi2), o2 = _mm512_permutex2var_ps(lo2, odd, hi2);
                        const __m512 f2 = _mm512_permutex2var_ps(lo2, even2, hi2);
                        const __m512 lo3 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[3][0]), xt + xv3), hi3 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[3][1]), xt + xv3 + xpair);
                        const __m512 e3 = _mm512_permutex2var_ps(lo3, even, hi3), o3 = _mm512_permutex2var_ps(lo3, odd, hi3);
                        const __m512 f3 = _mm512_permutex2var_ps(lo3, even2, hi3);
                        const __m512 lo4 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[4][0]), xt + xv4), hi4 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[4][1]), xt + xv4 + xpair);
                        const __m512 e4 = _mm512_permutex2var_ps(lo4, even, hi4), o4 = _mm512_permutex2var_ps(lo4, odd, hi4);
                        const __m512 f4 = _mm512_permutex2var_ps(lo4, even2, hi4);
                        const __m512 lo5 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[5][0]), xt + xv5), hi5 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[5][1]), xt + xv5 + xpair);
                        const __m512 e5 = _mm512_permutex2var_ps(lo5, even, hi5), o5 = _mm512_permutex2var_ps(lo5, odd, hi5);
                        const __m512 f5 = _mm512_permutex2var_ps(lo5, even2, hi5);
                        const __m512 lo6 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[6][0]), xt + xv6), hi6 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[6][1]), xt + xv6 + xpair);
                        const __m512 e6 = _mm512_permutex2var_ps(lo6, even, hi6), o6 = _mm512_permutex2var_ps(lo6, odd, hi6);
                        const __m512 f6 = _mm512_permutex2var_ps(lo6, even2, hi6);
                        {
                            const __m512 w = _mm512_set1_ps(wt[0]);
                            a0_0 = _mm512_fmadd_ps(e0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(e1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(e2, w, a0_2);
                            a0_3 = _mm512_fmadd_ps(e3, w, a0_3);
                            a0_4 = _mm512_fmadd_ps(e4, w, a0_4);
                            a0_5 = _mm512_fmadd_ps(e5, w, a0_5);
                            a0_6 = _mm512_fmadd_ps(e6, w, a0_6);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[8]);
                            a0_0 = _mm512_fmadd_ps(o0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(o1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(o2, w, a0_2);
                            a0_3 = _mm512_fmadd_ps(o3, w, a0_3);
                            a0_4 = _mm512_fmadd_ps(o4, w, a0_4);
                            a0_5 = _mm512_fmadd_ps(o5, w, a0_5);
                            a0_6 = _mm512_fmadd_ps(o6, w, a0_6);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[16]);
                            a0_0 = _mm512_fmadd_ps(f0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(f1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(f2, w, a0_2);
                            a0_3 = _mm512_fmadd_ps(f3, w, a0_3);
                            a0_4 = _mm512_fmadd_ps(f4, w, a0_4);
                            a0_5 = _mm512_fmadd_ps(f5, w, a0_5);
                            a0_6 = _mm512_fmadd_ps(f6, w, a0_6);
                        }
                    }
                }
            }
        } else {
            for (int ci = 0; ci < b->cin; ci++) {
                const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                for (int t = 0; t < b->ntaps; t++) {
                    const lmc_direct_tap *tp = &b->taps[t];
                    const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                    const __m512 x0 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair));
                    const __m512 x1 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + xpair));
                    const __m512 x2 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][0]), xt + xv2), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][1]), xt + xv2 + xpair));
                    const __m512 x3 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[3][0]), xt + xv3), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[3][1]), xt + xv3 + xpair));
                    const __m512 x4 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[4][0]), xt + xv4), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[4][1]), xt + xv4 + xpair));
                    const __m512 x5 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[5][0]), xt + xv5), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[5][1]), xt + xv5 + xpair));
                    const __m512 x6 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[6][0]), xt + xv6), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[6][1]), xt + xv6 + xpair));
                    const __m512 w0 = _mm512_set1_ps(wt[0]);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                    a0_2 = _mm512_fmadd_ps(x2, w0, a0_2);
                    a0_3 = _mm512_fmadd_ps(x3, w0, a0_3);
                    a0_4 = _mm512_fmadd_ps(x4, w0, a0_4);
                    a0_5 = _mm512_fmadd_ps(x5, w0, a0_5);
                    a0_6 = _mm512_fmadd_ps(x6, w0, a0_6);
                }
            }
        }
    } else {
        const ptrdiff_t sw = b->sw;
        const __m512i lanes = _mm512_mullo_epi32(
            _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15), _mm512_set1_epi32((int)sw));
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const __m512 x0 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[0]), lanes, xt + xv0, 4);
                const __m512 x1 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[1]), lanes, xt + xv1, 4);
                const __m512 x2 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[2]), lanes, xt + xv2, 4);
                const __m512 x3 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[3]), lanes, xt + xv3, 4);
                const __m512 x4 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[4]), lanes, xt + xv4, 4);
                const __m512 x5 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[5]), lanes, xt + xv5, 4);
                const __m512 x6 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[6]), lanes, xt + xv6, 4);
                const __m512 w0 = _mm512_set1_ps(wt[0]);
                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                a0_2 = _mm512_fmadd_ps(x2, w0, a0_2);
                a0_3 = _mm512_fmadd_ps(x3, w0, a0_3);
                a0_4 = _mm512_fmadd_ps(x4, w0, a0_4);
                a0_5 = _mm512_fmadd_ps(x5, w0, a0_5);
                a0_6 = _mm512_fmadd_ps(x6, w0, a0_6);
            }
        }
    }
    if (b->last && b->relu) {
        a0_0 = _mm512_max_ps(a0_0, _mm512_setzero_ps());
        a0_1 = _mm512_max_ps(a0_1, _mm512_setzero_ps());
        a0_2 = _mm512_max_ps(a0_2, _mm512_setzero_ps());
        a0_3 = _mm512_max_ps(a0_3, _mm512_setzero_ps());
        a0_4 = _mm512_max_ps(a0_4, _mm512_setzero_ps());
        a0_5 = _mm512_max_ps(a0_5, _mm512_setzero_ps());
        a0_6 = _mm512_max_ps(a0_6, _mm512_setzero_ps());
    }
    store_mask(yo0, b->smask[0], a0_0);
    store_mask(yo1, b->smask[1], a0_1);
    store_mask(yo2, b->smask[2], a0_2);
    store_mask(yo3, b->smask[3], a0_3);
    store_mask(yo4, b->smask[4], a0_4);
    store_mask(yo5, b->smask[5], a0_5);
    store_mask(yo6, b->smask[6], a0_6);
}

static void lmc_f32_direct_nchw_8cx48w_1x8__avx512(const lmc_direct_pblock *b)
{
    const ptrdiff_t xv0 = b->xv[0], xv1 = b->xv[1], xv2 = b->xv[2], xv3 = b->xv[3], xv4 = b->xv[4], xv5 = b->xv[5], xv6 = b->xv[6], xv7 = b->xv[7];
    float *yo0 = b->y + b->yv[0], *yo1 = b->y + b->yv[1], *yo2 = b->y + b->yv[2], *yo3 = b->y + b->yv[3], *yo4 = b->y + b->yv[4], *yo5 = b->y + b->yv[5], *yo6 = b->y + b->yv[6], *yo7 = b->y + b->yv[7];
    __m512 a0_0, a0_1, a0_2, a0_3, a0_4, a0_5, a0_6, a0_7;
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
    __builtin_prefetch(yo6, 1, 3);
    __builtin_prefetch(yo7, 1, 3);
    if (b->first) {
        const __m512 bb0 = b->bias ? _mm512_set1_ps(b->bias[0]) : _mm512_setzero_ps();
        a0_0 = bb0;
        a0_1 = bb0;
        a0_2 = bb0;
        a0_3 = bb0;
        a0_4 = bb0;
        a0_5 = bb0;
        a0_6 = bb0;
        a0_7 = bb0;
    } else {
        a0_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0);
        a0_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1);
        a0_2 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[2]), yo2);
        a0_3 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[3]), yo3);
        a0_4 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[4]), yo4);
        a0_5 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[5]), yo5);
        a0_6 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[6]), yo6);
        a0_7 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[7]), yo7);
    }
    if (b->sw == 1) {
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                if (tp->full) {
                    const __m512 x0 = _mm512_loadu_ps(xt + xv0);
                    const __m512 x1 = _mm512_loadu_ps(xt + xv1);
                    const __m512 x2 = _mm512_loadu_ps(xt + xv2);
                    const __m512 x3 = _mm512_loadu_ps(xt + xv3);
                    const __m512 x4 = _mm512_loadu_ps(xt + xv4);
                    const __m512 x5 = _mm512_loadu_ps(xt + xv5);
                    const __m512 x6 = _mm512_loadu_ps(xt + xv6);
                    const __m512 x7 = _mm512_loadu_ps(xt + xv7);
                    const __m512 w0 = _mm512_set1_ps(wt[0]);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                    a0_2 = _mm512_fmadd_ps(x2, w0, a0_2);
                    a0_3 = _mm512_fmadd_ps(x3, w0, a0_3);
                    a0_4 = _mm512_fmadd_ps(x4, w0, a0_4);
                    a0_5 = _mm512_fmadd_ps(x5, w0, a0_5);
                    a0_6 = _mm512_fmadd_ps(x6, w0, a0_6);
                    a0_7 = _mm512_fmadd_ps(x7, w0, a0_7);
                    continue;
                }
                const __m512 x0 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[0]), xt + xv0);
                const __m512 x1 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[1]), xt + xv1);
                const __m512 x2 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[2]), xt + xv2);
                const __m512 x3 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[3]), xt + xv3);
                const __m512 x4 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[4]), xt + xv4);
                const __m512 x5 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[5]), xt + xv5);
                const __m512 x6 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[6]), xt + xv6);
                const __m512 x7 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[7]), xt + xv7);
                const __m512 w0 = _mm512_set1_ps(wt[0]);
                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                a0_2 = _mm512_fmadd_ps(x2, w0, a0_2);
                a0_3 = _mm512_fmadd_ps(x3, w0, a0_3);
                a0_4 = _mm512_fmadd_ps(x4, w0, a0_4);
                a0_5 = _mm512_fmadd_ps(x5, w0, a0_5);
                a0_6 = _mm512_fmadd_ps(x6, w0, a0_6);
                a0_7 = _mm512_fmadd_ps(x7, w0, a0_7);
            }
        }
    } else if (b->sw == 2) {
        /* two loads and a shuffle per vector instead of a gather: lanes
         * [0, psplit) from the even floats of the first, the rest from the
         * second, xpair floats on */
        const __m512i lane = _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        const __m512i even = _mm512_mask_add_epi32(_mm512_add_epi32(lane, lane),
                                                   _mm512_cmpge_epi32_mask(lane, _mm512_set1_epi32(b->psplit)),
                                                   _mm512_add_epi32(lane, lane), _mm512_set1_epi32(16 - 2 * b->psplit));
        const ptrdiff_t xpair = b->xpair;
        if (b->row3) {
            const __m512i odd = _mm512_add_epi32(even, _mm512_set1_epi32(1));
            if (b->psplit == 8) {
                for (int ci = 0; ci < b->cin; ci++) {
                    const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                    for (int t = 0; t < b->ntaps; t++) {
                        const lmc_direct_tap *tp = &b->taps[t];
                        const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                        const __m512 lo0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), hi0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair);
                        const __m512 e0 = _mm512_permutex2var_ps(lo0, even, hi0), o0 = _mm512_permutex2var_ps(lo0, odd, hi0);
                        const __m512 f0 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[0]), xt + xv0 + 32)), _mm512_castps_si512(e0), 1));
                        const __m512 lo1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), hi1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + xpair);
                        const __m512 e1 = _mm512_permutex2var_ps(lo1, even, hi1), o1 = _mm512_permutex2var_ps(lo1, odd, hi1);
                        const __m512 f1 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[1]), xt + xv1 + 32)), _mm512_castps_si512(e1), 1));
                        const __m512 lo2 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][0]), xt + xv2), hi2 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][1]), xt + xv2 + xpair);
                        const __m512 e2 = _mm512_permutex2var_ps(lo2, even, hi2), o2 = _mm512_permutex2var_ps(lo2, odd, hi2);
                        const __m512 f2 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[2]), xt + xv2 + 32)), _mm512_castps_si512(e2), 1));
                        const __m512 lo3 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[3][0]), xt + xv3), hi3 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[3][1]), xt + xv3 + xpair);
                        const __m512 e3 = _mm512_permutex2var_ps(lo3, even, hi3), o3 = _mm512_permutex2var_ps(lo3, odd, hi3);
                        const __m512 f3 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[3]), xt + xv3 + 32)), _mm512_castps_si512(e3), 1));
                        const __m512 lo4 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[4][0]), xt + xv4), hi4 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[4][1]), xt + xv4 + xpair);
                        const __m512 e4 = _mm512_permutex2var_ps(lo4, even, hi4), o4 = _mm512_permutex2var_ps(lo4, odd, hi4);
                        const __m512 f4 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[4]), xt + xv4 + 32)), _mm512_castps_si512(e4), 1));
                        const __m512 lo5 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[5][0]), xt + xv5), hi5 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[5][1]), xt + xv5 + xpair);
                        const __m512 e5 = _mm512_permutex2var_ps(lo5, even, hi5), o5 = _mm512_permutex2var_ps(lo5, odd, hi5);
                        const __m512 f5 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[5]), xt + xv5 + 32)), _mm512_castps_si512(e5), 1));
                        const __m512 lo6 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[6][0]), xt + xv6), hi6 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[6][1]), xt + xv6 + xpair);
                        const __m512 e6 = _mm512_permutex2var_ps(lo6, even, hi6), o6 = _mm512_permutex2var_ps(lo6, odd, hi6);
                        const __m512 f6 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[6]), xt + xv6 + 32)), _mm512_castps_si512(e6), 1));
                        const __m512 lo7 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[7][0]), xt + xv7), hi7 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[7][1]), xt + xv7 + xpair);
                        const __m512 e7 = _mm512_permutex2var_ps(lo7, even, hi7), o7 = _mm512_permutex2var_ps(lo7, odd, hi7);
                        const __m512 f7 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[7]), xt + xv7 + 32)), _mm512_castps_si512(e7), 1));
                        {
                            const __m512 w = _mm512_set1_ps(wt[0]);
                            a0_0 = _mm512_fmadd_ps(e0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(e1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(e2, w, a0_2);
                            a0_3 = _mm512_fmadd_ps(e3, w, a0_3);
                            a0_4 = _mm512_fmadd_ps(e4, w, a0_4);
                            a0_5 = _mm512_fmadd_ps(e5, w, a0_5);
                            a0_6 = _mm512_fmadd_ps(e6, w, a0_6);
                            a0_7 = _mm512_fmadd_ps(e7, w, a0_7);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[8]);
                            a0_0 = _mm512_fmadd_ps(o0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(o1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(o2, w, a0_2);
                            a0_3 = _mm512_fmadd_ps(o3, w, a0_3);
                            a0_4 = _mm512_fmadd_ps(o4, w, a0_4);
                            a0_5 = _mm512_fmadd_ps(o5, w, a0_5);
                            a0_6 = _mm512_fmadd_ps(o6, w, a0_6);
                            a0_7 = _mm512_fmadd_ps(o7, w, a0_7);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[16]);
                            a0_0 = _mm512_fmadd_ps(f0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(f1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(f2, w, a0_2);
                            a0_3 = _mm512_fmadd_ps(f3, w, a0_3);
                            a0_4 = _mm512_fmadd_ps(f4, w, a0_4);
                            a0_5 = _mm512_fmadd_ps(f5, w, a0_5);
                            a0_6 = _mm512_fmadd_ps(f6, w, a0_6);
                            a0_7 = _mm512_fmadd_ps(f7, w, a0_7);
                        }
                    }
                }
            } else {
                const __m512i even2 = _mm512_add_epi32(even, _mm512_set1_epi32(2));
                for (int ci = 0; ci < b->cin; ci++) {
                    const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                    for (int t = 0; t < b->ntaps; t++) {
                        const lmc_direct_tap *tp = &b->taps[t];
                        const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                        const __m512 lo0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), hi0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair);
                        const __m512 e0 = _mm512_permutex2var_ps(lo0, even, hi0), o0 = _mm512_permutex2var_ps(lo0, odd, hi0);
                        const __m512 f0 = _mm512_permutex2var_ps(lo0, even2, hi0);
                        const __m512 lo1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), hi1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + xpair);
                        const __m512 e1 = _mm512_permutex2var_ps(lo1, even, hi1), o1 = _mm512_permutex2var_ps(lo1, odd, hi1);
                        const __m512 f1 = _mm512_permutex2var_ps(lo1, even2, hi1);
                        const __m512 lo2 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][0]), xt + xv2), hi2 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][1]), xt + xv2 + xpair);
                        const __m512 e2 = _mm512_permutex2var_ps(lo2, even, hi2), o2 = _mm512_permutex2var_ps(lo2, odd, hi2);
                        const __m512 f2 = _mm512_permutex2var_ps(lo2, even2, hi2);
                        const __m512 lo3 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[3][0]), xt + xv3), hi3 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[3][1]), xt + xv3 + xpair);
                        const __m512 e3 = _mm512_permutex2var_ps(lo3, even, hi3), o3 = _mm512_permutex2var_ps(lo3, odd, hi3);
                        const __m512 f3 = _mm512_permutex2var_ps(lo3, even2, hi3);
                        const __m512 lo4 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[4][0]), xt + xv4), hi4 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[4][1]), xt + xv4 + xpair);
                        const __m512 e4 = _mm512_permutex2var_ps(lo4, even, hi4), o4 = _mm512_permutex2var_ps(lo4, odd, hi4);
                        const __m512 f4 = _mm512_permutex2var_ps(lo4, even2, hi4);
                        const __m512 lo5 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[5][0]), xt + xv5), hi5 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[5][1]), xt + xv5 + xpair);
                        const __m512 e5 = _mm512_permutex2var_ps(lo5, even, hi5), o5 = _mm512_permutex2var_ps(lo5, odd, hi5);
                        const __m512 f5 = _mm512_permutex2var_ps(lo5, even2, hi5);
                        const __m512 lo6 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[6][0]), xt + xv6), hi6 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[6][1]), xt + xv6 + xpair);
                        const __m512 e6 = _mm512_permutex2var_ps(lo6, even, hi6), o6 = _mm512_permutex2var_ps(lo6, odd, hi6);
                        const __m512 f6 = _mm512_permutex2var_ps(lo6, even2, hi6);
                        const __m512 lo7 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[7][0]), xt + xv7), hi7 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[7][1]), xt + xv7 + xpair);
                        const __m512 e7 = _mm512_permutex2var_ps(lo7, even, hi7), o7 = _mm512_permutex2var_ps(lo7, odd, hi7);
                        const __m512 f7 = _mm512_permutex2var_ps(lo7, even2, hi7);
                        {
                            const __m512 w = _mm512_set1_ps(wt[0]);
                            a0_0 = _mm512_fmadd_ps(e0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(e1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(e2, w, a0_2);
                            a0_3 = _mm512_fmadd_ps(e3, w, a0_3);
                            a0_4 = _mm512_fmadd_ps(e4, w, a0_4);
                            a0_5 = _mm512_fmadd_ps(e5, w, a0_5);
                            a0_6 = _mm512_fmadd_ps(e6, w, a0_6);
                            a0_7 = _mm512_fmadd_ps(e7, w, a0_7);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[8]);
                            a0_0 = _mm512_fmadd_ps(o0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(o1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(o2, w, a0_2);
                            a0_3 = _mm512_fmadd_ps(o3, w, a0_3);
                            a0_4 = _mm512_fmadd_ps(o4, w, a0_4);
                            a0_5 = _mm512_fmadd_ps(o5, w, a0_5);
                            a0_6 = _mm512_fmadd_ps(o6, w, a0_6);
                            a0_7 = _mm512_fmadd_ps(o7, w, a0_7);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[16]);
                            a0_0 = _mm512_fmadd_ps(f0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(f1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(f2, w, a0_2);
                            a0_3 = _mm512_fmadd_ps(f3, w, a0_3);
                            a0_4 = _mm512_fmadd_ps(f4, w, a0_4);
                            a0_5 = _mm512_fmadd_ps(f5, w, a0_5);
                            a0_6 = _mm512_fmadd_ps(f6, w, a0_6);
                            a0_7 = _mm512_fmadd_ps(f7, w, a0_7);
                        }
                    }
                }
            }
        } else {
            for (int ci = 0; ci < b->cin; ci++) {
                const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                for (int t = 0; t < b->ntaps; t++) {
                    const lmc_direct_tap *tp = &b->taps[t];
                    const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                    const __m512 x0 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair));
                    const __m512 x1 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + xpair));
                    const __m512 x2 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][0]), xt + xv2), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][1]), xt + xv2 + xpair));
                    const __m512 x3 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[3][0]), xt + xv3), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[3][1]), xt + xv3 + xpair));
                    const __m512 x4 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[4][0]), xt + xv4), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[4][1]), xt + xv4 + xpair));
                    const __m512 x5 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[5][0]), xt + xv5), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[5][1]), xt + xv5 + xpair));
                    const __m512 x6 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[6][0]), xt + xv6), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[6][1]), xt + xv6 + xpair));
                    const __m512 x7 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[7][0]), xt + xv7), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[7][1]), xt + xv7 + xpair));
                    const __m512 w0 = _mm512_set1_ps(wt[0]);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                    a0_2 = _mm512_fmadd_ps(x2, w0, a0_2);
                    a0_3 = _mm512_fmadd_ps(x3, w0, a0_3);
                    a0_4 = _mm512_fmadd_ps(x4, w0, a0_4);
                    a0_5 = _mm512_fmadd_ps(x5, w0, a0_5);
                    a0_6 = _mm512_fmadd_ps(x6, w0, a0_6);
                    a0_7 = _mm512_fmadd_ps(x7, w0, a0_7);
                }
            }
        }
    } else {
        const ptrdiff_t sw = b->sw;
        const __m512i lanes = _mm512_mullo_epi32(
            _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15), _mm512_set1_epi32((int)sw));
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const __m512 x0 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[0]), lanes, xt + xv0, 4);
                const __m512 x1 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[1]), lanes, xt + xv1, 4);
                const __m512 x2 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[2]), lanes, xt + xv2, 4);
                const __m512 x3 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[3]), lanes, xt + xv3, 4);
                const __m512 x4 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[4]), lanes, xt + xv4, 4);
                const __m512 x5 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[5]), lanes, xt + xv5, 4);
                const __m512 x6 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[6]), lanes, xt + xv6, 4);
                const __m512 x7 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[7]), lanes, xt + xv7, 4);
                const __m512 w0 = _mm512_set1_ps(wt[0]);
                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                a0_2 = _mm512_fmadd_ps(x2, w0, a0_2);
                a0_3 = _mm512_fmadd_ps(x3, w0, a0_3);
                a0_4 = _mm512_fmadd_ps(x4, w0, a0_4);
                a0_5 = _mm512_fmadd_ps(x5, w0, a0_5);
                a0_6 = _mm512_fmadd_ps(x6, w0, a0_6);
                a0_7 = _mm512_fmadd_ps(x7, w0, a0_7);
            }
        }
    }
    if (b->last && b->relu) {
        a0_0 = _mm512_max_ps(a0_0, _mm512_setzero_ps());
        a0_1 = _mm512_max_ps(a0_1, _mm512_setzero_ps());
        a0_2 = _mm512_max_ps(a0_2, _mm512_setzero_ps());
        a0_3 = _mm512_max_ps(a0_3, _mm512_setzero_ps());
        a0_4 = _mm512_max_ps(a0_4, _mm512_setzero_ps());
        a0_5 = _mm512_max_ps(a0_5, _mm512_setzero_ps());
        a0_6 = _mm512_max_ps(a0_6, _mm512_setzero_ps());
        a0_7 = _mm512_max_ps(a0_7, _mm512_setzero_ps());
    }
    store_mask(yo0, b->smask[0], a0_0);
    store_mask(yo1, b->smask[1], a0_1);
    store_mask(yo2, b->smask[2], a0_2);
    store_mask(yo3, b->smask[3], a0_3);
    store_mask(yo4, b->smask[4], a0_4);
    store_mask(yo5, b->smask[5], a0_5);
    store_mask(yo6, b->smask[6], a0_6);
    store_mask(yo7, b->smask[7], a0_7);
}

static void lmc_f32_direct_nchw_8cx48w_2x1__avx512(const lmc_direct_pblock *b)
{
    const ptrdiff_t xv0 = b->xv[0];
    float *yo0 = b->y + b->yv[0];
    __m512 a0_0;
    __m512 a1_0;
    /* The output lines, fetched while the block multiplies: a tile writes
     * MB planes, and a layer's tiles more store streams than the
     * prefetchers follow (MobileNet's pw1 in NCHW spent a fifth of its
     * time waiting on them). */
    __builtin_prefetch(yo0, 1, 3);
    __builtin_prefetch(yo0 + 1 * b->yplane, 1, 3);
    if (b->first) {
        const __m512 bb0 = b->bias ? _mm512_set1_ps(b->bias[0]) : _mm512_setzero_ps();
        a0_0 = bb0;
        const __m512 bb1 = b->bias ? _mm512_set1_ps(b->bias[1]) : _mm512_setzero_ps();
        a1_0 = bb1;
    } else {
        a0_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0);
        a1_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 1 * b->yplane);
    }
    if (b->sw == 1) {
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                if (tp->full) {
                    const __m512 x0 = _mm512_loadu_ps(xt + xv0);
                    const __m512 w0 = _mm512_set1_ps(wt[0]);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    const __m512 w1 = _mm512_set1_ps(wt[1]);
                    a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                    continue;
                }
                const __m512 x0 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[0]), xt + xv0);
                const __m512 w0 = _mm512_set1_ps(wt[0]);
                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                const __m512 w1 = _mm512_set1_ps(wt[1]);
                a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
            }
        }
    } else if (b->sw == 2) {
        /* two loads and a shuffle per vector instead of a gather: lanes
         * [0, psplit) from the even floats of the first, the rest from the
         * second, xpair floats on */
        const __m512i lane = _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        const __m512i even = _mm512_mask_add_epi32(_mm512_add_epi32(lane, lane),
                                                   _mm512_cmpge_epi32_mask(lane, _mm512_set1_epi32(b->psplit)),
                                                   _mm512_add_epi32(lane, lane), _mm512_set1_epi32(16 - 2 * b->psplit));
        const ptrdiff_t xpair = b->xpair;
        if (b->row3) {
            const __m512i odd = _mm512_add_epi32(even, _mm512_set1_epi32(1));
            if (b->psplit == 8) {
                for (int ci = 0; ci < b->cin; ci++) {
                    const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                    for (int t = 0; t < b->ntaps; t++) {
                        const lmc_direct_tap *tp = &b->taps[t];
                        const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                        const __m512 lo0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), hi0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair);
                        const __m512 e0 = _mm512_permutex2var_ps(lo0, even, hi0), o0 = _mm512_permutex2var_ps(lo0, odd, hi0);
                        const __m512 f0 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[0]), xt + xv0 + 32)), _mm512_castps_si512(e0), 1));
                        {
                            const __m512 w = _mm512_set1_ps(wt[0]);
                            a0_0 = _mm512_fmadd_ps(e0, w, a0_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[1]);
                            a1_0 = _mm512_fmadd_ps(e0, w, a1_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[8]);
                            a0_0 = _mm512_fmadd_ps(o0, w, a0_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[9]);
                            a1_0 = _mm512_fmadd_ps(o0, w, a1_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[16]);
                            a0_0 = _mm512_fmadd_ps(f0, w, a0_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[17]);
                            a1_0 = _mm512_fmadd_ps(f0, w, a1_0);
                        }
                    }
                }
            } else {
                const __m512i even2 = _mm512_add_epi32(even, _mm512_set1_epi32(2));
                for (int ci = 0; ci < b->cin; ci++) {
                    const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                    for (int t = 0; t < b->ntaps; t++) {
                        const lmc_direct_tap *tp = &b->taps[t];
                        const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                        const __m512 lo0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), hi0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair);
                        const __m512 e0 = _mm512_permutex2var_ps(lo0, even, hi0), o0 = _mm512_permutex2var_ps(lo0, odd, hi0);
                        const __m512 f0 = _mm512_permutex2var_ps(lo0, even2, hi0);
                        {
                            const __m512 w = _mm512_set1_ps(wt[0]);
                            a0_0 = _mm512_fmadd_ps(e0, w, a0_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[1]);
                            a1_0 = _mm512_fmadd_ps(e0, w, a1_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[8]);
                            a0_0 = _mm512_fmadd_ps(o0, w, a0_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[9]);
                            a1_0 = _mm512_fmadd_ps(o0, w, a1_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[16]);
                            a0_0 = _mm512_fmadd_ps(f0, w, a0_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[17]);
                            a1_0 = _mm512_fmadd_ps(f0, w, a1_0);
                        }
                    }
                }
            }
        } else {
            for (int ci = 0; ci < b->cin; ci++) {
                const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                for (int t = 0; t < b->ntaps; t++) {
                    const lmc_direct_tap *tp = &b->taps[t];
                    const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                    const __m512 x0 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair));
                    const __m512 w0 = _mm512_set1_ps(wt[0]);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    const __m512 w1 = _mm512_set1_ps(wt[1]);
                    a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                }
            }
        }
    } else {
        const ptrdiff_t sw = b->sw;
        const __m512i lanes = _mm512_mullo_epi32(
            _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15), _mm512_set1_epi32((int)sw));
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const __m512 x0 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[0]), lanes, xt + xv0, 4);
                const __m512 w0 = _mm512_set1_ps(wt[0]);
                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                const __m512 w1 = _mm512_set1_ps(wt[1]);
                a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
            }
        }
    }
    if (b->last && b->relu) {
        a0_0 = _mm512_max_ps(a0_0, _mm512_setzero_ps());
        a1_0 = _mm512_max_ps(a1_0, _mm512_setzero_ps());
    }
    store_mask(yo0, b->smask[0], a0_0);
    store_mask(yo0 + 1 * b->yplane, b->smask[0], a1_0);
}

static void lmc_f32_direct_nchw_8cx48w_2x2__avx512(const lmc_direct_pblock *b)
{
    const ptrdiff_t xv0 = b->xv[0], xv1 = b->xv[1];
    float *yo0 = b->y + b->yv[0], *yo1 = b->y + b->yv[1];
    __m512 a0_0, a0_1;
    __m512 a1_0, a1_1;
    /* The output lines, fetched while the block multiplies: a tile writes
     * MB planes, and a layer's tiles more store streams than the
     * prefetchers follow (MobileNet's pw1 in NCHW spent a fifth of its
     * time waiting on them). */
    __builtin_prefetch(yo0, 1, 3);
    __builtin_prefetch(yo1, 1, 3);
    __builtin_prefetch(yo0 + 1 * b->yplane, 1, 3);
    __builtin_prefetch(yo1 + 1 * b->yplane, 1, 3);
    if (b->first) {
        const __m512 bb0 = b->bias ? _mm512_set1_ps(b->bias[0]) : _mm512_setzero_ps();
        a0_0 = bb0;
        a0_1 = bb0;
        const __m512 bb1 = b->bias ? _mm512_set1_ps(b->bias[1]) : _mm512_setzero_ps();
        a1_0 = bb1;
        a1_1 = bb1;
    } else {
        a0_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0);
        a0_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1);
        a1_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 1 * b->yplane);
        a1_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1 + 1 * b->yplane);
    }
    if (b->sw == 1) {
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                if (tp->full) {
                    const __m512 x0 = _mm512_loadu_ps(xt + xv0);
                    const __m512 x1 = _mm512_loadu_ps(xt + xv1);
                    const __m512 w0 = _mm512_set1_ps(wt[0]);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                    const __m512 w1 = _mm512_set1_ps(wt[1]);
                    a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                    a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                    continue;
                }
                const __m512 x0 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[0]), xt + xv0);
                const __m512 x1 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[1]), xt + xv1);
                const __m512 w0 = _mm512_set1_ps(wt[0]);
                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                const __m512 w1 = _mm512_set1_ps(wt[1]);
                a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
            }
        }
    } else if (b->sw == 2) {
        /* two loads and a shuffle per vector instead of a gather: lanes
         * [0, psplit) from the even floats of the first, the rest from the
         * second, xpair floats on */
        const __m512i lane = _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        const __m512i even = _mm512_mask_add_epi32(_mm512_add_epi32(lane, lane),
                                                   _mm512_cmpge_epi32_mask(lane, _mm512_set1_epi32(b->psplit)),
                                                   _mm512_add_epi32(lane, lane), _mm512_set1_epi32(16 - 2 * b->psplit));
        const ptrdiff_t xpair = b->xpair;
        if (b->row3) {
            const __m512i odd = _mm512_add_epi32(even, _mm512_set1_epi32(1));
            if (b->psplit == 8) {
                for (int ci = 0; ci < b->cin; ci++) {
                    const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                    for (int t = 0; t < b->ntaps; t++) {
                        const lmc_direct_tap *tp = &b->taps[t];
                        const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                        const __m512 lo0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), hi0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair);
                        const __m512 e0 = _mm512_permutex2var_ps(lo0, even, hi0), o0 = _mm512_permutex2var_ps(lo0, odd, hi0);
                        const __m512 f0 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[0]), xt + xv0 + 32)), _mm512_castps_si512(e0), 1));
                        const __m512 lo1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), hi1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + xpair);
                        const __m512 e1 = _mm512_permutex2var_ps(lo1, even, hi1), o1 = _mm512_permutex2var_ps(lo1, odd, hi1);
                        const __m512 f1 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[1]), xt + xv1 + 32)), _mm512_castps_si512(e1), 1));
                        {
                            const __m512 w = _mm512_set1_ps(wt[0]);
                            a0_0 = _mm512_fmadd_ps(e0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(e1, w, a0_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[1]);
                            a1_0 = _mm512_fmadd_ps(e0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(e1, w, a1_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[8]);
                            a0_0 = _mm512_fmadd_ps(o0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(o1, w, a0_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[9]);
                            a1_0 = _mm512_fmadd_ps(o0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(o1, w, a1_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[16]);
                            a0_0 = _mm512_fmadd_ps(f0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(f1, w, a0_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[17]);
                            a1_0 = _mm512_fmadd_ps(f0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(f1, w, a1_1);
                        }
                    }
                }
            } else {
                const __m512i even2 = _mm512_add_epi32(even, _mm512_set1_epi32(2));
                for (int ci = 0; ci < b->cin; ci++) {
                    const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                    for (int t = 0; t < b->ntaps; t++) {
                        const lmc_direct_tap *tp = &b->taps[t];
                        const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                        const __m512 lo0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), hi0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair);
                        const __m512 e0 = _mm512_permutex2var_ps(lo0, even, hi0), o0 = _mm512_permutex2var_ps(lo0, odd, hi0);
                        const __m512 f0 = _mm512_permutex2var_ps(lo0, even2, hi0);
                        const __m512 lo1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), hi1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + xpair);
                        const __m512 e1 = _mm512_permutex2var_ps(lo1, even, hi1), o1 = _mm512_permutex2var_ps(lo1, odd, hi1);
                        const __m512 f1 = _mm512_permutex2var_ps(lo1, even2, hi1);
                        {
                            const __m512 w = _mm512_set1_ps(wt[0]);
                            a0_0 = _mm512_fmadd_ps(e0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(e1, w, a0_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[1]);
                            a1_0 = _mm512_fmadd_ps(e0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(e1, w, a1_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[8]);
                            a0_0 = _mm512_fmadd_ps(o0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(o1, w, a0_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[9]);
                            a1_0 = _mm512_fmadd_ps(o0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(o1, w, a1_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[16]);
                            a0_0 = _mm512_fmadd_ps(f0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(f1, w, a0_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[17]);
                            a1_0 = _mm512_fmadd_ps(f0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(f1, w, a1_1);
                        }
                    }
                }
            }
        } else {
            for (int ci = 0; ci < b->cin; ci++) {
                const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                for (int t = 0; t < b->ntaps; t++) {
                    const lmc_direct_tap *tp = &b->taps[t];
                    const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                    const __m512 x0 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair));
                    const __m512 x1 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + xpair));
                    const __m512 w0 = _mm512_set1_ps(wt[0]);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                    const __m512 w1 = _mm512_set1_ps(wt[1]);
                    a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                    a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                }
            }
        }
    } else {
        const ptrdiff_t sw = b->sw;
        const __m512i lanes = _mm512_mullo_epi32(
            _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15), _mm512_set1_epi32((int)sw));
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const __m512 x0 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[0]), lanes, xt + xv0, 4);
                const __m512 x1 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[1]), lanes, xt + xv1, 4);
                const __m512 w0 = _mm512_set1_ps(wt[0]);
                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                const __m512 w1 = _mm512_set1_ps(wt[1]);
                a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
            }
        }
    }
    if (b->last && b->relu) {
        a0_0 = _mm512_max_ps(a0_0, _mm512_setzero_ps());
        a0_1 = _mm512_max_ps(a0_1, _mm512_setzero_ps());
        a1_0 = _mm512_max_ps(a1_0, _mm512_setzero_ps());
        a1_1 = _mm512_max_ps(a1_1, _mm512_setzero_ps());
    }
    store_mask(yo0, b->smask[0], a0_0);
    store_mask(yo1, b->smask[1], a0_1);
    store_mask(yo0 + 1 * b->yplane, b->smask[0], a1_0);
    store_mask(yo1 + 1 * b->yplane, b->smask[1], a1_1);
}

static void lmc_f32_direct_nchw_8cx48w_2x3__avx512(const lmc_direct_pblock *b)
{
    const ptrdiff_t xv0 = b->xv[0], xv1 = b->xv[1], xv2 = b->xv[2];
    float *yo0 = b->y + b->yv[0], *yo1 = b->y + b->yv[1], *yo2 = b->y + b->yv[2];
    __m512 a0_0, a0_1, a0_2;
    __m512 a1_0, a1_1, a1_2;
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
        const __m512 bb0 = b->bias ? _mm512_set1_ps(b->bias[0]) : _mm512_setzero_ps();
        a0_0 = bb0;
        a0_1 = bb0;
        a0_2 = bb0;
        const __m512 bb1 = b->bias ? _mm512_set1_ps(b->bias[1]) : _mm512_setzero_ps();
        a1_0 = bb1;
        a1_1 = bb1;
        a1_2 = bb1;
    } else {
        a0_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0);
        a0_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1);
        a0_2 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[2]), yo2);
        a1_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 1 * b->yplane);
        a1_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1 + 1 * b->yplane);
        a1_2 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[2]), yo2 + 1 * b->yplane);
    }
    if (b->sw == 1) {
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                if (tp->full) {
                    const __m512 x0 = _mm512_loadu_ps(xt + xv0);
                    const __m512 x1 = _mm512_loadu_ps(xt + xv1);
                    const __m512 x2 = _mm512_loadu_ps(xt + xv2);
                    const __m512 w0 = _mm512_set1_ps(wt[0]);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                    a0_2 = _mm512_fmadd_ps(x2, w0, a0_2);
                    const __m512 w1 = _mm512_set1_ps(wt[1]);
                    a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                    a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                    a1_2 = _mm512_fmadd_ps(x2, w1, a1_2);
                    continue;
                }
                const __m512 x0 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[0]), xt + xv0);
                const __m512 x1 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[1]), xt + xv1);
                const __m512 x2 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[2]), xt + xv2);
                const __m512 w0 = _mm512_set1_ps(wt[0]);
                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                a0_2 = _mm512_fmadd_ps(x2, w0, a0_2);
                const __m512 w1 = _mm512_set1_ps(wt[1]);
                a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                a1_2 = _mm512_fmadd_ps(x2, w1, a1_2);
            }
        }
    } else if (b->sw == 2) {
        /* two loads and a shuffle per vector instead of a gather: lanes
         * [0, psplit) from the even floats of the first, the rest from the
         * second, xpair floats on */
        const __m512i lane = _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        const __m512i even = _mm512_mask_add_epi32(_mm512_add_epi32(lane, lane),
                                                   _mm512_cmpge_epi32_mask(lane, _mm512_set1_epi32(b->psplit)),
                                                   _mm512_add_epi32(lane, lane), _mm512_set1_epi32(16 - 2 * b->psplit));
        const ptrdiff_t xpair = b->xpair;
        if (b->row3) {
            const __m512i odd = _mm512_add_epi32(even, _mm512_set1_epi32(1));
            if (b->psplit == 8) {
                for (int ci = 0; ci < b->cin; ci++) {
                    const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                    for (int t = 0; t < b->ntaps; t++) {
                        const lmc_direct_tap *tp = &b->taps[t];
                        const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                        const __m512 lo0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), hi0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair);
                        const __m512 e0 = _mm512_permutex2var_ps(lo0, even, hi0), o0 = _mm512_permutex2var_ps(lo0, odd, hi0);
                        const __m512 f0 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[0]), xt + xv0 + 32)), _mm512_castps_si512(e0), 1));
                        const __m512 lo1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), hi1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + xpair);
                        const __m512 e1 = _mm512_permutex2var_ps(lo1, even, hi1), o1 = _mm512_permutex2var_ps(lo1, odd, hi1);
                        const __m512 f1 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[1]), xt + xv1 + 32)), _mm512_castps_si512(e1), 1));
                        const __m512 lo2 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][0]), xt + xv2), hi2 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][1]), xt + xv2 + xpair);
                        const __m512 e2 = _mm512_permutex2var_ps(lo2, even, hi2), o2 = _mm512_permutex2var_ps(lo2, odd, hi2);
                        const __m512 f2 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[2]), xt + xv2 + 32)), _mm512_castps_si512(e2), 1));
                        {
                            const __m512 w = _mm512_set1_ps(wt[0]);
                            a0_0 = _mm512_fmadd_ps(e0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(e1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(e2, w, a0_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[1]);
                            a1_0 = _mm512_fmadd_ps(e0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(e1, w, a1_1);
                            a1_2 = _mm512_fmadd_ps(e2, w, a1_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[8]);
                            a0_0 = _mm512_fmadd_ps(o0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(o1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(o2, w, a0_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[9]);
                            a1_0 = _mm512_fmadd_ps(o0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(o1, w, a1_1);
                            a1_2 = _mm512_fmadd_ps(o2, w, a1_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[16]);
                            a0_0 = _mm512_fmadd_ps(f0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(f1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(f2, w, a0_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[17]);
                            a1_0 = _mm512_fmadd_ps(f0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(f1, w, a1_1);
                            a1_2 = _mm512_fmadd_ps(f2, w, a1_2);
                        }
                    }
                }
            } else {
                const __m512i even2 = _mm512_add_epi32(even, _mm512_set1_epi32(2));
                for (int ci = 0; ci < b->cin; ci++) {
                    const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                    for (int t = 0; t < b->ntaps; t++) {
                        const lmc_direct_tap *tp = &b->taps[t];
                        const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                        const __m512 lo0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), hi0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair);
                        const __m512 e0 = _mm512_permutex2var_ps(lo0, even, hi0), o0 = _mm512_permutex2var_ps(lo0, odd, hi0);
                        const __m512 f0 = _mm512_permutex2var_ps(lo0, even2, hi0);
                        const __m512 lo1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), hi1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + xpair);
                        const __m512 e1 = _mm512_permutex2var_ps(lo1, even, hi1), o1 = _mm512_permutex2var_ps(lo1, odd, hi1);
                        const __m512 f1 = _mm512_permutex2var_ps(lo1, even2, hi1);
                        const __m512 lo2 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][0]), xt + xv2), hi2 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][1]), xt + xv2 + xpair);
                        const __m512 e2 = _mm512_permutex2var_ps(lo2, even, hi2), o2 = _mm512_permutex2var_ps(lo2, odd, hi2);
                        const __m512 f2 = _mm512_permutex2var_ps(lo2, even2, hi2);
                        {
                            const __m512 w = _mm512_set1_ps(wt[0]);
                            a0_0 = _mm512_fmadd_ps(e0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(e1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(e2, w, a0_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[1]);
                            a1_0 = _mm512_fmadd_ps(e0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(e1, w, a1_1);
                            a1_2 = _mm512_fmadd_ps(e2, w, a1_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[8]);
                            a0_0 = _mm512_fmadd_ps(o0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(o1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(o2, w, a0_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[9]);
                            a1_0 = _mm512_fmadd_ps(o0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(o1, w, a1_1);
                            a1_2 = _mm512_fmadd_ps(o2, w, a1_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[16]);
                            a0_0 = _mm512_fmadd_ps(f0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(f1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(f2, w, a0_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[17]);
                            a1_0 = _mm512_fmadd_ps(f0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(f1, w, a1_1);
                            a1_2 = _mm512_fmadd_ps(f2, w, a1_2);
                        }
                    }
                }
            }
        } else {
            for (int ci = 0; ci < b->cin; ci++) {
                const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                for (int t = 0; t < b->ntaps; t++) {
                    const lmc_direct_tap *tp = &b->taps[t];
                    const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                    const __m512 x0 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair));
                    const __m512 x1 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + xpair));
                    const __m512 x2 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][0]), xt + xv2), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][1]), xt + xv2 + xpair));
                    const __m512 w0 = _mm512_set1_ps(wt[0]);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                    a0_2 = _mm512_fmadd_ps(x2, w0, a0_2);
                    const __m512 w1 = _mm512_set1_ps(wt[1]);
                    a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                    a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                    a1_2 = _mm512_fmadd_ps(x2, w1, a1_2);
                }
            }
        }
    } else {
        const ptrdiff_t sw = b->sw;
        const __m512i lanes = _mm512_mullo_epi32(
            _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15), _mm512_set1_epi32((int)sw));
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const __m512 x0 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[0]), lanes, xt + xv0, 4);
                const __m512 x1 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[1]), lanes, xt + xv1, 4);
                const __m512 x2 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[2]), lanes, xt + xv2, 4);
                const __m512 w0 = _mm512_set1_ps(wt[0]);
                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                a0_2 = _mm512_fmadd_ps(x2, w0, a0_2);
                const __m512 w1 = _mm512_set1_ps(wt[1]);
                a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                a1_2 = _mm512_fmadd_ps(x2, w1, a1_2);
            }
        }
    }
    if (b->last && b->relu) {
        a0_0 = _mm512_max_ps(a0_0, _mm512_setzero_ps());
        a0_1 = _mm512_max_ps(a0_1, _mm512_setzero_ps());
        a0_2 = _mm512_max_ps(a0_2, _mm512_setzero_ps());
        a1_0 = _mm512_max_ps(a1_0, _mm512_setzero_ps());
        a1_1 = _mm512_max_ps(a1_1, _mm512_setzero_ps());
        a1_2 = _mm512_max_ps(a1_2, _mm512_setzero_ps());
    }
    store_mask(yo0, b->smask[0], a0_0);
    store_mask(yo1, b->smask[1], a0_1);
    store_mask(yo2, b->smask[2], a0_2);
    store_mask(yo0 + 1 * b->yplane, b->smask[0], a1_0);
    store_mask(yo1 + 1 * b->yplane, b->smask[1], a1_1);
    store_mask(yo2 + 1 * b->yplane, b->smask[2], a1_2);
}

static void lmc_f32_direct_nchw_8cx48w_3x1__avx512(const lmc_direct_pblock *b)
{
    const ptrdiff_t xv0 = b->xv[0];
    float *yo0 = b->y + b->yv[0];
    __m512 a0_0;
    __m512 a1_0;
    __m512 a2_0;
    /* The output lines, fetched while the block multiplies: a tile writes
     * MB planes, and a layer's tiles more store streams than the
     * prefetchers follow (MobileNet's pw1 in NCHW spent a fifth of its
     * time waiting on them). */
    __builtin_prefetch(yo0, 1, 3);
    __builtin_prefetch(yo0 + 1 * b->yplane, 1, 3);
    __builtin_prefetch(yo0 + 2 * b->yplane, 1, 3);
    if (b->first) {
        const __m512 bb0 = b->bias ? _mm512_set1_ps(b->bias[0]) : _mm512_setzero_ps();
        a0_0 = bb0;
        const __m512 bb1 = b->bias ? _mm512_set1_ps(b->bias[1]) : _mm512_setzero_ps();
        a1_0 = bb1;
        const __m512 bb2 = b->bias ? _mm512_set1_ps(b->bias[2]) : _mm512_setzero_ps();
        a2_0 = bb2;
    } else {
        a0_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0);
        a1_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 1 * b->yplane);
        a2_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 2 * b->yplane);
    }
    if (b->sw == 1) {
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                if (tp->full) {
                    const __m512 x0 = _mm512_loadu_ps(xt + xv0);
                    const __m512 w0 = _mm512_set1_ps(wt[0]);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    const __m512 w1 = _mm512_set1_ps(wt[1]);
                    a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                    const __m512 w2 = _mm512_set1_ps(wt[2]);
                    a2_0 = _mm512_fmadd_ps(x0, w2, a2_0);
                    continue;
                }
                const __m512 x0 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[0]), xt + xv0);
                const __m512 w0 = _mm512_set1_ps(wt[0]);
                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                const __m512 w1 = _mm512_set1_ps(wt[1]);
                a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                const __m512 w2 = _mm512_set1_ps(wt[2]);
                a2_0 = _mm512_fmadd_ps(x0, w2, a2_0);
            }
        }
    } else if (b->sw == 2) {
        /* two loads and a shuffle per vector instead of a gather: lanes
         * [0, psplit) from the even floats of the first, the rest from the
         * second, xpair floats on */
        const __m512i lane = _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        const __m512i even = _mm512_mask_add_epi32(_mm512_add_epi32(lane, lane),
                                                   _mm512_cmpge_epi32_mask(lane, _mm512_set1_epi32(b->psplit)),
                                                   _mm512_add_epi32(lane, lane), _mm512_set1_epi32(16 - 2 * b->psplit));
        const ptrdiff_t xpair = b->xpair;
        if (b->row3) {
            const __m512i odd = _mm512_add_epi32(even, _mm512_set1_epi32(1));
            if (b->psplit == 8) {
                for (int ci = 0; ci < b->cin; ci++) {
                    const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                    for (int t = 0; t < b->ntaps; t++) {
                        const lmc_direct_tap *tp = &b->taps[t];
                        const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                        const __m512 lo0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), hi0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair);
                        const __m512 e0 = _mm512_permutex2var_ps(lo0, even, hi0), o0 = _mm512_permutex2var_ps(lo0, odd, hi0);
                        const __m512 f0 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[0]), xt + xv0 + 32)), _mm512_castps_si512(e0), 1));
                        {
                            const __m512 w = _mm512_set1_ps(wt[0]);
                            a0_0 = _mm512_fmadd_ps(e0, w, a0_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[1]);
                            a1_0 = _mm512_fmadd_ps(e0, w, a1_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[2]);
                            a2_0 = _mm512_fmadd_ps(e0, w, a2_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[8]);
                            a0_0 = _mm512_fmadd_ps(o0, w, a0_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[9]);
                            a1_0 = _mm512_fmadd_ps(o0, w, a1_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[10]);
                            a2_0 = _mm512_fmadd_ps(o0, w, a2_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[16]);
                            a0_0 = _mm512_fmadd_ps(f0, w, a0_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[17]);
                            a1_0 = _mm512_fmadd_ps(f0, w, a1_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[18]);
                            a2_0 = _mm512_fmadd_ps(f0, w, a2_0);
                        }
                    }
                }
            } else {
                const __m512i even2 = _mm512_add_epi32(even, _mm512_set1_epi32(2));
                for (int ci = 0; ci < b->cin; ci++) {
                    const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                    for (int t = 0; t < b->ntaps; t++) {
                        const lmc_direct_tap *tp = &b->taps[t];
                        const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                        const __m512 lo0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), hi0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair);
                        const __m512 e0 = _mm512_permutex2var_ps(lo0, even, hi0), o0 = _mm512_permutex2var_ps(lo0, odd, hi0);
                        const __m512 f0 = _mm512_permutex2var_ps(lo0, even2, hi0);
                        {
                            const __m512 w = _mm512_set1_ps(wt[0]);
                            a0_0 = _mm512_fmadd_ps(e0, w, a0_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[1]);
                            a1_0 = _mm512_fmadd_ps(e0, w, a1_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[2]);
                            a2_0 = _mm512_fmadd_ps(e0, w, a2_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[8]);
                            a0_0 = _mm512_fmadd_ps(o0, w, a0_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[9]);
                            a1_0 = _mm512_fmadd_ps(o0, w, a1_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[10]);
                            a2_0 = _mm512_fmadd_ps(o0, w, a2_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[16]);
                            a0_0 = _mm512_fmadd_ps(f0, w, a0_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[17]);
                            a1_0 = _mm512_fmadd_ps(f0, w, a1_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[18]);
                            a2_0 = _mm512_fmadd_ps(f0, w, a2_0);
                        }
                    }
                }
            }
        } else {
            for (int ci = 0; ci < b->cin; ci++) {
                const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                for (int t = 0; t < b->ntaps; t++) {
                    const lmc_direct_tap *tp = &b->taps[t];
                    const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                    const __m512 x0 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair));
                    const __m512 w0 = _mm512_set1_ps(wt[0]);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    const __m512 w1 = _mm512_set1_ps(wt[1]);
                    a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                    const __m512 w2 = _mm512_set1_ps(wt[2]);
                    a2_0 = _mm512_fmadd_ps(x0, w2, a2_0);
                }
            }
        }
    } else {
        const ptrdiff_t sw = b->sw;
        const __m512i lanes = _mm512_mullo_epi32(
            _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15), _mm512_set1_epi32((int)sw));
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const __m512 x0 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[0]), lanes, xt + xv0, 4);
                const __m512 w0 = _mm512_set1_ps(wt[0]);
                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                const __m512 w1 = _mm512_set1_ps(wt[1]);
                a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                const __m512 w2 = _mm512_set1_ps(wt[2]);
                a2_0 = _mm512_fmadd_ps(x0, w2, a2_0);
            }
        }
    }
    if (b->last && b->relu) {
        a0_0 = _mm512_max_ps(a0_0, _mm512_setzero_ps());
        a1_0 = _mm512_max_ps(a1_0, _mm512_setzero_ps());
        a2_0 = _mm512_max_ps(a2_0, _mm512_setzero_ps());
    }
    store_mask(yo0, b->smask[0], a0_0);
    store_mask(yo0 + 1 * b->yplane, b->smask[0], a1_0);
    store_mask(yo0 + 2 * b->yplane, b->smask[0], a2_0);
}

static void lmc_f32_direct_nchw_8cx48w_3x2__avx512(const lmc_direct_pblock *b)
{
    const ptrdiff_t xv0 = b->xv[0], xv1 = b->xv[1];
    float *yo0 = b->y + b->yv[0], *yo1 = b->y + b->yv[1];
    __m512 a0_0, a0_1;
    __m512 a1_0, a1_1;
    __m512 a2_0, a2_1;
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
        const __m512 bb0 = b->bias ? _mm512_set1_ps(b->bias[0]) : _mm512_setzero_ps();
        a0_0 = bb0;
        a0_1 = bb0;
        const __m512 bb1 = b->bias ? _mm512_set1_ps(b->bias[1]) : _mm512_setzero_ps();
        a1_0 = bb1;
        a1_1 = bb1;
        const __m512 bb2 = b->bias ? _mm512_set1_ps(b->bias[2]) : _mm512_setzero_ps();
        a2_0 = bb2;
        a2_1 = bb2;
    } else {
        a0_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0);
        a0_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1);
        a1_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 1 * b->yplane);
        a1_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1 + 1 * b->yplane);
        a2_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 2 * b->yplane);
        a2_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1 + 2 * b->yplane);
    }
    if (b->sw == 1) {
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                if (tp->full) {
                    const __m512 x0 = _mm512_loadu_ps(xt + xv0);
                    const __m512 x1 = _mm512_loadu_ps(xt + xv1);
                    const __m512 w0 = _mm512_set1_ps(wt[0]);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                    const __m512 w1 = _mm512_set1_ps(wt[1]);
                    a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                    a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                    const __m512 w2 = _mm512_set1_ps(wt[2]);
                    a2_0 = _mm512_fmadd_ps(x0, w2, a2_0);
                    a2_1 = _mm512_fmadd_ps(x1, w2, a2_1);
                    continue;
                }
                const __m512 x0 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[0]), xt + xv0);
                const __m512 x1 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[1]), xt + xv1);
                const __m512 w0 = _mm512_set1_ps(wt[0]);
                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                const __m512 w1 = _mm512_set1_ps(wt[1]);
                a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                const __m512 w2 = _mm512_set1_ps(wt[2]);
                a2_0 = _mm512_fmadd_ps(x0, w2, a2_0);
                a2_1 = _mm512_fmadd_ps(x1, w2, a2_1);
            }
        }
    } else if (b->sw == 2) {
        /* two loads and a shuffle per vector instead of a gather: lanes
         * [0, psplit) from the even floats of the first, the rest from the
         * second, xpair floats on */
        const __m512i lane = _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        const __m512i even = _mm512_mask_add_epi32(_mm512_add_epi32(lane, lane),
                                                   _mm512_cmpge_epi32_mask(lane, _mm512_set1_epi32(b->psplit)),
                                                   _mm512_add_epi32(lane, lane), _mm512_set1_epi32(16 - 2 * b->psplit));
        const ptrdiff_t xpair = b->xpair;
        if (b->row3) {
            const __m512i odd = _mm512_add_epi32(even, _mm512_set1_epi32(1));
            if (b->psplit == 8) {
                for (int ci = 0; ci < b->cin; ci++) {
                    const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                    for (int t = 0; t < b->ntaps; t++) {
                        const lmc_direct_tap *tp = &b->taps[t];
                        const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                        const __m512 lo0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), hi0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair);
                        const __m512 e0 = _mm512_permutex2var_ps(lo0, even, hi0), o0 = _mm512_permutex2var_ps(lo0, odd, hi0);
                        const __m512 f0 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[0]), xt + xv0 + 32)), _mm512_castps_si512(e0), 1));
                        const __m512 lo1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), hi1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + xpair);
                        const __m512 e1 = _mm512_permutex2var_ps(lo1, even, hi1), o1 = _mm512_permutex2var_ps(lo1, odd, hi1);
                        const __m512 f1 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[1]), xt + xv1 + 32)), _mm512_castps_si512(e1), 1));
                        {
                            const __m512 w = _mm512_set1_ps(wt[0]);
                            a0_0 = _mm512_fmadd_ps(e0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(e1, w, a0_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[1]);
                            a1_0 = _mm512_fmadd_ps(e0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(e1, w, a1_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[2]);
                            a2_0 = _mm512_fmadd_ps(e0, w, a2_0);
                            a2_1 = _mm512_fmadd_ps(e1, w, a2_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[8]);
                            a0_0 = _mm512_fmadd_ps(o0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(o1, w, a0_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[9]);
                            a1_0 = _mm512_fmadd_ps(o0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(o1, w, a1_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[10]);
                            a2_0 = _mm512_fmadd_ps(o0, w, a2_0);
                            a2_1 = _mm512_fmadd_ps(o1, w, a2_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[16]);
                            a0_0 = _mm512_fmadd_ps(f0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(f1, w, a0_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[17]);
                            a1_0 = _mm512_fmadd_ps(f0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(f1, w, a1_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[18]);
                            a2_0 = _mm512_fmadd_ps(f0, w, a2_0);
                            a2_1 = _mm512_fmadd_ps(f1, w, a2_1);
                        }
                    }
                }
            } else {
                const __m512i even2 = _mm512_add_epi32(even, _mm512_set1_epi32(2));
                for (int ci = 0; ci < b->cin; ci++) {
                    const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                    for (int t = 0; t < b->ntaps; t++) {
                        const lmc_direct_tap *tp = &b->taps[t];
                        const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                        const __m512 lo0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), hi0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair);
                        const __m512 e0 = _mm512_permutex2var_ps(lo0, even, hi0), o0 = _mm512_permutex2var_ps(lo0, odd, hi0);
                        const __m512 f0 = _mm512_permutex2var_ps(lo0, even2, hi0);
                        const __m512 lo1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), hi1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + xpair);
                        const __m512 e1 = _mm512_permutex2var_ps(lo1, even, hi1), o1 = _mm512_permutex2var_ps(lo1, odd, hi1);
                        const __m512 f1 = _mm512_permutex2var_ps(lo1, even2, hi1);
                        {
                            const __m512 w = _mm512_set1_ps(wt[0]);
                            a0_0 = _mm512_fmadd_ps(e0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(e1, w, a0_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[1]);
                            a1_0 = _mm512_fmadd_ps(e0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(e1, w, a1_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[2]);
                            a2_0 = _mm512_fmadd_ps(e0, w, a2_0);
                            a2_1 = _mm512_fmadd_ps(e1, w, a2_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[8]);
                            a0_0 = _mm512_fmadd_ps(o0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(o1, w, a0_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[9]);
                            a1_0 = _mm512_fmadd_ps(o0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(o1, w, a1_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[10]);
                            a2_0 = _mm512_fmadd_ps(o0, w, a2_0);
                            a2_1 = _mm512_fmadd_ps(o1, w, a2_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[16]);
                            a0_0 = _mm512_fmadd_ps(f0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(f1, w, a0_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[17]);
                            a1_0 = _mm512_fmadd_ps(f0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(f1, w, a1_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[18]);
                            a2_0 = _mm512_fmadd_ps(f0, w, a2_0);
                            a2_1 = _mm512_fmadd_ps(f1, w, a2_1);
                        }
                    }
                }
            }
        } else {
            for (int ci = 0; ci < b->cin; ci++) {
                const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                for (int t = 0; t < b->ntaps; t++) {
                    const lmc_direct_tap *tp = &b->taps[t];
                    const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                    const __m512 x0 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair));
                    const __m512 x1 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + xpair));
                    const __m512 w0 = _mm512_set1_ps(wt[0]);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                    const __m512 w1 = _mm512_set1_ps(wt[1]);
                    a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                    a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                    const __m512 w2 = _mm512_set1_ps(wt[2]);
                    a2_0 = _mm512_fmadd_ps(x0, w2, a2_0);
                    a2_1 = _mm512_fmadd_ps(x1, w2, a2_1);
                }
            }
        }
    } else {
        const ptrdiff_t sw = b->sw;
        const __m512i lanes = _mm512_mullo_epi32(
            _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15), _mm512_set1_epi32((int)sw));
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const __m512 x0 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[0]), lanes, xt + xv0, 4);
                const __m512 x1 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[1]), lanes, xt + xv1, 4);
                const __m512 w0 = _mm512_set1_ps(wt[0]);
                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                const __m512 w1 = _mm512_set1_ps(wt[1]);
                a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                const __m512 w2 = _mm512_set1_ps(wt[2]);
                a2_0 = _mm512_fmadd_ps(x0, w2, a2_0);
                a2_1 = _mm512_fmadd_ps(x1, w2, a2_1);
            }
        }
    }
    if (b->last && b->relu) {
        a0_0 = _mm512_max_ps(a0_0, _mm512_setzero_ps());
        a0_1 = _mm512_max_ps(a0_1, _mm512_setzero_ps());
        a1_0 = _mm512_max_ps(a1_0, _mm512_setzero_ps());
        a1_1 = _mm512_max_ps(a1_1, _mm512_setzero_ps());
        a2_0 = _mm512_max_ps(a2_0, _mm512_setzero_ps());
        a2_1 = _mm512_max_ps(a2_1, _mm512_setzero_ps());
    }
    store_mask(yo0, b->smask[0], a0_0);
    store_mask(yo1, b->smask[1], a0_1);
    store_mask(yo0 + 1 * b->yplane, b->smask[0], a1_0);
    store_mask(yo1 + 1 * b->yplane, b->smask[1], a1_1);
    store_mask(yo0 + 2 * b->yplane, b->smask[0], a2_0);
    store_mask(yo1 + 2 * b->yplane, b->smask[1], a2_1);
}

static void lmc_f32_direct_nchw_8cx48w_3x3__avx512(const lmc_direct_pblock *b)
{
    const ptrdiff_t xv0 = b->xv[0], xv1 = b->xv[1], xv2 = b->xv[2];
    float *yo0 = b->y + b->yv[0], *yo1 = b->y + b->yv[1], *yo2 = b->y + b->yv[2];
    __m512 a0_0, a0_1, a0_2;
    __m512 a1_0, a1_1, a1_2;
    __m512 a2_0, a2_1, a2_2;
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
        const __m512 bb0 = b->bias ? _mm512_set1_ps(b->bias[0]) : _mm512_setzero_ps();
        a0_0 = bb0;
        a0_1 = bb0;
        a0_2 = bb0;
        const __m512 bb1 = b->bias ? _mm512_set1_ps(b->bias[1]) : _mm512_setzero_ps();
        a1_0 = bb1;
        a1_1 = bb1;
        a1_2 = bb1;
        const __m512 bb2 = b->bias ? _mm512_set1_ps(b->bias[2]) : _mm512_setzero_ps();
        a2_0 = bb2;
        a2_1 = bb2;
        a2_2 = bb2;
    } else {
        a0_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0);
        a0_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1);
        a0_2 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[2]), yo2);
        a1_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 1 * b->yplane);
        a1_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1 + 1 * b->yplane);
        a1_2 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[2]), yo2 + 1 * b->yplane);
        a2_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 2 * b->yplane);
        a2_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1 + 2 * b->yplane);
        a2_2 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[2]), yo2 + 2 * b->yplane);
    }
    if (b->sw == 1) {
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                if (tp->full) {
                    const __m512 x0 = _mm512_loadu_ps(xt + xv0);
                    const __m512 x1 = _mm512_loadu_ps(xt + xv1);
                    const __m512 x2 = _mm512_loadu_ps(xt + xv2);
                    const __m512 w0 = _mm512_set1_ps(wt[0]);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                    a0_2 = _mm512_fmadd_ps(x2, w0, a0_2);
                    const __m512 w1 = _mm512_set1_ps(wt[1]);
                    a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                    a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                    a1_2 = _mm512_fmadd_ps(x2, w1, a1_2);
                    const __m512 w2 = _mm512_set1_ps(wt[2]);
                    a2_0 = _mm512_fmadd_ps(x0, w2, a2_0);
                    a2_1 = _mm512_fmadd_ps(x1, w2, a2_1);
                    a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                    continue;
                }
                const __m512 x0 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[0]), xt + xv0);
                const __m512 x1 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[1]), xt + xv1);
                const __m512 x2 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[2]), xt + xv2);
                const __m512 w0 = _mm512_set1_ps(wt[0]);
                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                a0_2 = _mm512_fmadd_ps(x2, w0, a0_2);
                const __m512 w1 = _mm512_set1_ps(wt[1]);
                a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                a1_2 = _mm512_fmadd_ps(x2, w1, a1_2);
                const __m512 w2 = _mm512_set1_ps(wt[2]);
                a2_0 = _mm512_fmadd_ps(x0, w2, a2_0);
                a2_1 = _mm512_fmadd_ps(x1, w2, a2_1);
                a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
            }
        }
    } else if (b->sw == 2) {
        /* two loads and a shuffle per vector instead of a gather: lanes
         * [0, psplit) from the even floats of the first, the rest from the
         * second, xpair floats on */
        const __m512i lane = _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        const __m512i even = _mm512_mask_add_epi32(_mm512_add_epi32(lane, lane),
                                                   _mm512_cmpge_epi32_mask(lane, _mm512_set1_epi32(b->psplit)),
                                                   _mm512_add_epi32(lane, lane), _mm512_set1_epi32(16 - 2 * b->psplit));
        const ptrdiff_t xpair = b->xpair;
        if (b->row3) {
            const __m512i odd = _mm512_add_epi32(even, _mm512_set1_epi32(1));
            if (b->psplit == 8) {
                for (int ci = 0; ci < b->cin; ci++) {
                    const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                    for (int t = 0; t < b->ntaps; t++) {
                        const lmc_direct_tap *tp = &b->taps[t];
                        const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                        const __m512 lo0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), hi0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair);
                        const __m512 e0 = _mm512_permutex2var_ps(lo0, even, hi0), o0 = _mm512_permutex2var_ps(lo0, odd, hi0);
                        const __m512 f0 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[0]), xt + xv0 + 32)), _mm512_castps_si512(e0), 1));
                        const __m512 lo1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), hi1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + xpair);
                        const __m512 e1 = _mm512_permutex2var_ps(lo1, even, hi1), o1 = _mm512_permutex2var_ps(lo1, odd, hi1);
                        const __m512 f1 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[1]), xt + xv1 + 32)), _mm512_castps_si512(e1), 1));
                        const __m512 lo2 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][0]), xt + xv2), hi2 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][1]), xt + xv2 + xpair);
                        const __m512 e2 = _mm512_permutex2var_ps(lo2, even, hi2), o2 = _mm512_permutex2var_ps(lo2, odd, hi2);
                        const __m512 f2 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[2]), xt + xv2 + 32)), _mm512_castps_si512(e2), 1));
                        {
                            const __m512 w = _mm512_set1_ps(wt[0]);
                            a0_0 = _mm512_fmadd_ps(e0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(e1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(e2, w, a0_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[1]);
                            a1_0 = _mm512_fmadd_ps(e0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(e1, w, a1_1);
                            a1_2 = _mm512_fmadd_ps(e2, w, a1_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[2]);
                            a2_0 = _mm512_fmadd_ps(e0, w, a2_0);
                            a2_1 = _mm512_fmadd_ps(e1, w, a2_1);
                            a2_2 = _mm512_fmadd_ps(e2, w, a2_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[8]);
                            a0_0 = _mm512_fmadd_ps(o0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(o1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(o2, w, a0_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[9]);
                            a1_0 = _mm512_fmadd_ps(o0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(o1, w, a1_1);
                            a1_2 = _mm512_fmadd_ps(o2, w, a1_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[10]);
                            a2_0 = _mm512_fmadd_ps(o0, w, a2_0);
                            a2_1 = _mm512_fmadd_ps(o1, w, a2_1);
                            a2_2 = _mm512_fmadd_ps(o2, w, a2_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[16]);
                            a0_0 = _mm512_fmadd_ps(f0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(f1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(f2, w, a0_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[17]);
                            a1_0 = _mm512_fmadd_ps(f0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(f1, w, a1_1);
                            a1_2 = _mm512_fmadd_ps(f2, w, a1_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[18]);
                            a2_0 = _mm512_fmadd_ps(f0, w, a2_0);
                            a2_1 = _mm512_fmadd_ps(f1, w, a2_1);
                            a2_2 = _mm512_fmadd_ps(f2, w, a2_2);
                        }
                    }
                }
            } else {
                const __m512i even2 = _mm512_add_epi32(even, _mm512_set1_epi32(2));
                for (int ci = 0; ci < b->cin; ci++) {
                    const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                    for (int t = 0; t < b->ntaps; t++) {
                        const lmc_direct_tap *tp = &b->taps[t];
                        const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                        const __m512 lo0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), hi0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair);
                        const __m512 e0 = _mm512_permutex2var_ps(lo0, even, hi0), o0 = _mm512_permutex2var_ps(lo0, odd, hi0);
                        const __m512 f0 = _mm512_permutex2var_ps(lo0, even2, hi0);
                        const __m512 lo1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), hi1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + xpair);
                        const __m512 e1 = _mm512_permutex2var_ps(lo1, even, hi1), o1 = _mm512_permutex2var_ps(lo1, odd, hi1);
                        const __m512 f1 = _mm512_permutex2var_ps(lo1, even2, hi1);
                        const __m512 lo2 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][0]), xt + xv2), hi2 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][1]), xt + xv2 + xpair);
                        const __m512 e2 = _mm512_permutex2var_ps(lo2, even, hi2), o2 = _mm512_permutex2var_ps(lo2, odd, hi2);
                        const __m512 f2 = _mm512_permutex2var_ps(lo2, even2, hi2);
                        {
                            const __m512 w = _mm512_set1_ps(wt[0]);
                            a0_0 = _mm512_fmadd_ps(e0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(e1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(e2, w, a0_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[1]);
                            a1_0 = _mm512_fmadd_ps(e0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(e1, w, a1_1);
                            a1_2 = _mm512_fmadd_ps(e2, w, a1_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[2]);
                            a2_0 = _mm512_fmadd_ps(e0, w, a2_0);
                            a2_1 = _mm512_fmadd_ps(e1, w, a2_1);
                            a2_2 = _mm512_fmadd_ps(e2, w, a2_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[8]);
                            a0_0 = _mm512_fmadd_ps(o0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(o1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(o2, w, a0_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[9]);
                            a1_0 = _mm512_fmadd_ps(o0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(o1, w, a1_1);
                            a1_2 = _mm512_fmadd_ps(o2, w, a1_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[10]);
                            a2_0 = _mm512_fmadd_ps(o0, w, a2_0);
                            a2_1 = _mm512_fmadd_ps(o1, w, a2_1);
                            a2_2 = _mm512_fmadd_ps(o2, w, a2_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[16]);
                            a0_0 = _mm512_fmadd_ps(f0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(f1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(f2, w, a0_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[17]);
                            a1_0 = _mm512_fmadd_ps(f0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(f1, w, a1_1);
                            a1_2 = _mm512_fmadd_ps(f2, w, a1_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[18]);
                            a2_0 = _mm512_fmadd_ps(f0, w, a2_0);
                            a2_1 = _mm512_fmadd_ps(f1, w, a2_1);
                            a2_2 = _mm512_fmadd_ps(f2, w, a2_2);
                        }
                    }
                }
            }
        } else {
            for (int ci = 0; ci < b->cin; ci++) {
                const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                for (int t = 0; t < b->ntaps; t++) {
                    const lmc_direct_tap *tp = &b->taps[t];
                    const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                    const __m512 x0 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair));
                    const __m512 x1 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + xpair));
                    const __m512 x2 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][0]), xt + xv2), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][1]), xt + xv2 + xpair));
                    const __m512 w0 = _mm512_set1_ps(wt[0]);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                    a0_2 = _mm512_fmadd_ps(x2, w0, a0_2);
                    const __m512 w1 = _mm512_set1_ps(wt[1]);
                    a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                    a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                    a1_2 = _mm512_fmadd_ps(x2, w1, a1_2);
                    const __m512 w2 = _mm512_set1_ps(wt[2]);
                    a2_0 = _mm512_fmadd_ps(x0, w2, a2_0);
                    a2_1 = _mm512_fmadd_ps(x1, w2, a2_1);
                    a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                }
            }
        }
    } else {
        const ptrdiff_t sw = b->sw;
        const __m512i lanes = _mm512_mullo_epi32(
            _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15), _mm512_set1_epi32((int)sw));
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const __m512 x0 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[0]), lanes, xt + xv0, 4);
                const __m512 x1 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[1]), lanes, xt + xv1, 4);
                const __m512 x2 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[2]), lanes, xt + xv2, 4);
                const __m512 w0 = _mm512_set1_ps(wt[0]);
                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                a0_2 = _mm512_fmadd_ps(x2, w0, a0_2);
                const __m512 w1 = _mm512_set1_ps(wt[1]);
                a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                a1_2 = _mm512_fmadd_ps(x2, w1, a1_2);
                const __m512 w2 = _mm512_set1_ps(wt[2]);
                a2_0 = _mm512_fmadd_ps(x0, w2, a2_0);
                a2_1 = _mm512_fmadd_ps(x1, w2, a2_1);
                a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
            }
        }
    }
    if (b->last && b->relu) {
        a0_0 = _mm512_max_ps(a0_0, _mm512_setzero_ps());
        a0_1 = _mm512_max_ps(a0_1, _mm512_setzero_ps());
        a0_2 = _mm512_max_ps(a0_2, _mm512_setzero_ps());
        a1_0 = _mm512_max_ps(a1_0, _mm512_setzero_ps());
        a1_1 = _mm512_max_ps(a1_1, _mm512_setzero_ps());
        a1_2 = _mm512_max_ps(a1_2, _mm512_setzero_ps());
        a2_0 = _mm512_max_ps(a2_0, _mm512_setzero_ps());
        a2_1 = _mm512_max_ps(a2_1, _mm512_setzero_ps());
        a2_2 = _mm512_max_ps(a2_2, _mm512_setzero_ps());
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

static void lmc_f32_direct_nchw_8cx48w_4x1__avx512(const lmc_direct_pblock *b)
{
    const ptrdiff_t xv0 = b->xv[0];
    float *yo0 = b->y + b->yv[0];
    __m512 a0_0;
    __m512 a1_0;
    __m512 a2_0;
    __m512 a3_0;
    /* The output lines, fetched while the block multiplies: a tile writes
     * MB planes, and a layer's tiles more store streams than the
     * prefetchers follow (MobileNet's pw1 in NCHW spent a fifth of its
     * time waiting on them). */
    __builtin_prefetch(yo0, 1, 3);
    __builtin_prefetch(yo0 + 1 * b->yplane, 1, 3);
    __builtin_prefetch(yo0 + 2 * b->yplane, 1, 3);
    __builtin_prefetch(yo0 + 3 * b->yplane, 1, 3);
    if (b->first) {
        const __m512 bb0 = b->bias ? _mm512_set1_ps(b->bias[0]) : _mm512_setzero_ps();
        a0_0 = bb0;
        const __m512 bb1 = b->bias ? _mm512_set1_ps(b->bias[1]) : _mm512_setzero_ps();
        a1_0 = bb1;
        const __m512 bb2 = b->bias ? _mm512_set1_ps(b->bias[2]) : _mm512_setzero_ps();
        a2_0 = bb2;
        const __m512 bb3 = b->bias ? _mm512_set1_ps(b->bias[3]) : _mm512_setzero_ps();
        a3_0 = bb3;
    } else {
        a0_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0);
        a1_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 1 * b->yplane);
        a2_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 2 * b->yplane);
        a3_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 3 * b->yplane);
    }
    if (b->sw == 1) {
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                if (tp->full) {
                    const __m512 x0 = _mm512_loadu_ps(xt + xv0);
                    const __m512 w0 = _mm512_set1_ps(wt[0]);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    const __m512 w1 = _mm512_set1_ps(wt[1]);
                    a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                    const __m512 w2 = _mm512_set1_ps(wt[2]);
                    a2_0 = _mm512_fmadd_ps(x0, w2, a2_0);
                    const __m512 w3 = _mm512_set1_ps(wt[3]);
                    a3_0 = _mm512_fmadd_ps(x0, w3, a3_0);
                    continue;
                }
                const __m512 x0 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[0]), xt + xv0);
                const __m512 w0 = _mm512_set1_ps(wt[0]);
                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                const __m512 w1 = _mm512_set1_ps(wt[1]);
                a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                const __m512 w2 = _mm512_set1_ps(wt[2]);
                a2_0 = _mm512_fmadd_ps(x0, w2, a2_0);
                const __m512 w3 = _mm512_set1_ps(wt[3]);
                a3_0 = _mm512_fmadd_ps(x0, w3, a3_0);
            }
        }
    } else if (b->sw == 2) {
        /* two loads and a shuffle per vector instead of a gather: lanes
         * [0, psplit) from the even floats of the first, the rest from the
         * second, xpair floats on */
        const __m512i lane = _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        const __m512i even = _mm512_mask_add_epi32(_mm512_add_epi32(lane, lane),
                                                   _mm512_cmpge_epi32_mask(lane, _mm512_set1_epi32(b->psplit)),
                                                   _mm512_add_epi32(lane, lane), _mm512_set1_epi32(16 - 2 * b->psplit));
        const ptrdiff_t xpair = b->xpair;
        if (b->row3) {
            const __m512i odd = _mm512_add_epi32(even, _mm512_set1_epi32(1));
            if (b->psplit == 8) {
                for (int ci = 0; ci < b->cin; ci++) {
                    const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                    for (int t = 0; t < b->ntaps; t++) {
                        const lmc_direct_tap *tp = &b->taps[t];
                        const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                        const __m512 lo0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), hi0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair);
                        const __m512 e0 = _mm512_permutex2var_ps(lo0, even, hi0), o0 = _mm512_permutex2var_ps(lo0, odd, hi0);
                        const __m512 f0 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[0]), xt + xv0 + 32)), _mm512_castps_si512(e0), 1));
                        {
                            const __m512 w = _mm512_set1_ps(wt[0]);
                            a0_0 = _mm512_fmadd_ps(e0, w, a0_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[1]);
                            a1_0 = _mm512_fmadd_ps(e0, w, a1_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[2]);
                            a2_0 = _mm512_fmadd_ps(e0, w, a2_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[3]);
                            a3_0 = _mm512_fmadd_ps(e0, w, a3_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[8]);
                            a0_0 = _mm512_fmadd_ps(o0, w, a0_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[9]);
                            a1_0 = _mm512_fmadd_ps(o0, w, a1_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[10]);
                            a2_0 = _mm512_fmadd_ps(o0, w, a2_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[11]);
                            a3_0 = _mm512_fmadd_ps(o0, w, a3_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[16]);
                            a0_0 = _mm512_fmadd_ps(f0, w, a0_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[17]);
                            a1_0 = _mm512_fmadd_ps(f0, w, a1_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[18]);
                            a2_0 = _mm512_fmadd_ps(f0, w, a2_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[19]);
                            a3_0 = _mm512_fmadd_ps(f0, w, a3_0);
                        }
                    }
                }
            } else {
                const __m512i even2 = _mm512_add_epi32(even, _mm512_set1_epi32(2));
                for (int ci = 0; ci < b->cin; ci++) {
                    const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                    for (int t = 0; t < b->ntaps; t++) {
                        const lmc_direct_tap *tp = &b->taps[t];
                        const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                        const __m512 lo0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), hi0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair);
                        const __m512 e0 = _mm512_permutex2var_ps(lo0, even, hi0), o0 = _mm512_permutex2var_ps(lo0, odd, hi0);
                        const __m512 f0 = _mm512_permutex2var_ps(lo0, even2, hi0);
                        {
                            const __m512 w = _mm512_set1_ps(wt[0]);
                            a0_0 = _mm512_fmadd_ps(e0, w, a0_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[1]);
                            a1_0 = _mm512_fmadd_ps(e0, w, a1_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[2]);
                            a2_0 = _mm512_fmadd_ps(e0, w, a2_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[3]);
                            a3_0 = _mm512_fmadd_ps(e0, w, a3_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[8]);
                            a0_0 = _mm512_fmadd_ps(o0, w, a0_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[9]);
                            a1_0 = _mm512_fmadd_ps(o0, w, a1_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[10]);
                            a2_0 = _mm512_fmadd_ps(o0, w, a2_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[11]);
                            a3_0 = _mm512_fmadd_ps(o0, w, a3_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[16]);
                            a0_0 = _mm512_fmadd_ps(f0, w, a0_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[17]);
                            a1_0 = _mm512_fmadd_ps(f0, w, a1_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[18]);
                            a2_0 = _mm512_fmadd_ps(f0, w, a2_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[19]);
                            a3_0 = _mm512_fmadd_ps(f0, w, a3_0);
                        }
                    }
                }
            }
        } else {
            for (int ci = 0; ci < b->cin; ci++) {
                const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                for (int t = 0; t < b->ntaps; t++) {
                    const lmc_direct_tap *tp = &b->taps[t];
                    const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                    const __m512 x0 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair));
                    const __m512 w0 = _mm512_set1_ps(wt[0]);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    const __m512 w1 = _mm512_set1_ps(wt[1]);
                    a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                    const __m512 w2 = _mm512_set1_ps(wt[2]);
                    a2_0 = _mm512_fmadd_ps(x0, w2, a2_0);
                    const __m512 w3 = _mm512_set1_ps(wt[3]);
                    a3_0 = _mm512_fmadd_ps(x0, w3, a3_0);
                }
            }
        }
    } else {
        const ptrdiff_t sw = b->sw;
        const __m512i lanes = _mm512_mullo_epi32(
            _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15), _mm512_set1_epi32((int)sw));
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const __m512 x0 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[0]), lanes, xt + xv0, 4);
                const __m512 w0 = _mm512_set1_ps(wt[0]);
                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                const __m512 w1 = _mm512_set1_ps(wt[1]);
                a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                const __m512 w2 = _mm512_set1_ps(wt[2]);
                a2_0 = _mm512_fmadd_ps(x0, w2, a2_0);
                const __m512 w3 = _mm512_set1_ps(wt[3]);
                a3_0 = _mm512_fmadd_ps(x0, w3, a3_0);
            }
        }
    }
    if (b->last && b->relu) {
        a0_0 = _mm512_max_ps(a0_0, _mm512_setzero_ps());
        a1_0 = _mm512_max_ps(a1_0, _mm512_setzero_ps());
        a2_0 = _mm512_max_ps(a2_0, _mm512_setzero_ps());
        a3_0 = _mm512_max_ps(a3_0, _mm512_setzero_ps());
    }
    store_mask(yo0, b->smask[0], a0_0);
    store_mask(yo0 + 1 * b->yplane, b->smask[0], a1_0);
    store_mask(yo0 + 2 * b->yplane, b->smask[0], a2_0);
    store_mask(yo0 + 3 * b->yplane, b->smask[0], a3_0);
}

static void lmc_f32_direct_nchw_8cx48w_4x2__avx512(const lmc_direct_pblock *b)
{
    const ptrdiff_t xv0 = b->xv[0], xv1 = b->xv[1];
    float *yo0 = b->y + b->yv[0], *yo1 = b->y + b->yv[1];
    __m512 a0_0, a0_1;
    __m512 a1_0, a1_1;
    __m512 a2_0, a2_1;
    __m512 a3_0, a3_1;
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
        const __m512 bb0 = b->bias ? _mm512_set1_ps(b->bias[0]) : _mm512_setzero_ps();
        a0_0 = bb0;
        a0_1 = bb0;
        const __m512 bb1 = b->bias ? _mm512_set1_ps(b->bias[1]) : _mm512_setzero_ps();
        a1_0 = bb1;
        a1_1 = bb1;
        const __m512 bb2 = b->bias ? _mm512_set1_ps(b->bias[2]) : _mm512_setzero_ps();
        a2_0 = bb2;
        a2_1 = bb2;
        const __m512 bb3 = b->bias ? _mm512_set1_ps(b->bias[3]) : _mm512_setzero_ps();
        a3_0 = bb3;
        a3_1 = bb3;
    } else {
        a0_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0);
        a0_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1);
        a1_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 1 * b->yplane);
        a1_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1 + 1 * b->yplane);
        a2_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 2 * b->yplane);
        a2_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1 + 2 * b->yplane);
        a3_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 3 * b->yplane);
        a3_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1 + 3 * b->yplane);
    }
    if (b->sw == 1) {
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                if (tp->full) {
                    const __m512 x0 = _mm512_loadu_ps(xt + xv0);
                    const __m512 x1 = _mm512_loadu_ps(xt + xv1);
                    const __m512 w0 = _mm512_set1_ps(wt[0]);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                    const __m512 w1 = _mm512_set1_ps(wt[1]);
                    a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                    a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                    const __m512 w2 = _mm512_set1_ps(wt[2]);
                    a2_0 = _mm512_fmadd_ps(x0, w2, a2_0);
                    a2_1 = _mm512_fmadd_ps(x1, w2, a2_1);
                    const __m512 w3 = _mm512_set1_ps(wt[3]);
                    a3_0 = _mm512_fmadd_ps(x0, w3, a3_0);
                    a3_1 = _mm512_fmadd_ps(x1, w3, a3_1);
                    continue;
                }
                const __m512 x0 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[0]), xt + xv0);
                const __m512 x1 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[1]), xt + xv1);
                const __m512 w0 = _mm512_set1_ps(wt[0]);
                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                const __m512 w1 = _mm512_set1_ps(wt[1]);
                a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                const __m512 w2 = _mm512_set1_ps(wt[2]);
                a2_0 = _mm512_fmadd_ps(x0, w2, a2_0);
                a2_1 = _mm512_fmadd_ps(x1, w2, a2_1);
                const __m512 w3 = _mm512_set1_ps(wt[3]);
                a3_0 = _mm512_fmadd_ps(x0, w3, a3_0);
                a3_1 = _mm512_fmadd_ps(x1, w3, a3_1);
            }
        }
    } else if (b->sw == 2) {
        /* two loads and a shuffle per vector instead of a gather: lanes
         * [0, psplit) from the even floats of the first, the rest from the
         * second, xpair floats on */
        const __m512i lane = _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        const __m512i even = _mm512_mask_add_epi32(_mm512_add_epi32(lane, lane),
                                                   _mm512_cmpge_epi32_mask(lane, _mm512_set1_epi32(b->psplit)),
                                                   _mm512_add_epi32(lane, lane), _mm512_set1_epi32(16 - 2 * b->psplit));
        const ptrdiff_t xpair = b->xpair;
        if (b->row3) {
            const __m512i odd = _mm512_add_epi32(even, _mm512_set1_epi32(1));
            if (b->psplit == 8) {
                for (int ci = 0; ci < b->cin; ci++) {
                    const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                    for (int t = 0; t < b->ntaps; t++) {
                        const lmc_direct_tap *tp = &b->taps[t];
                        const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                        const __m512 lo0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), hi0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair);
                        const __m512 e0 = _mm512_permutex2var_ps(lo0, even, hi0), o0 = _mm512_permutex2var_ps(lo0, odd, hi0);
                        const __m512 f0 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[0]), xt + xv0 + 32)), _mm512_castps_si512(e0), 1));
                        const __m512 lo1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), hi1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + xpair);
                        const __m512 e1 = _mm512_permutex2var_ps(lo1, even, hi1), o1 = _mm512_permutex2var_ps(lo1, odd, hi1);
                        const __m512 f1 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[1]), xt + xv1 + 32)), _mm512_castps_si512(e1), 1));
                        {
                            const __m512 w = _mm512_set1_ps(wt[0]);
                            a0_0 = _mm512_fmadd_ps(e0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(e1, w, a0_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[1]);
                            a1_0 = _mm512_fmadd_ps(e0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(e1, w, a1_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[2]);
                            a2_0 = _mm512_fmadd_ps(e0, w, a2_0);
                            a2_1 = _mm512_fmadd_ps(e1, w, a2_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[3]);
                            a3_0 = _mm512_fmadd_ps(e0, w, a3_0);
                            a3_1 = _mm512_fmadd_ps(e1, w, a3_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[8]);
                            a0_0 = _mm512_fmadd_ps(o0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(o1, w, a0_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[9]);
                            a1_0 = _mm512_fmadd_ps(o0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(o1, w, a1_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[10]);
                            a2_0 = _mm512_fmadd_ps(o0, w, a2_0);
                            a2_1 = _mm512_fmadd_ps(o1, w, a2_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[11]);
                            a3_0 = _mm512_fmadd_ps(o0, w, a3_0);
                            a3_1 = _mm512_fmadd_ps(o1, w, a3_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[16]);
                            a0_0 = _mm512_fmadd_ps(f0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(f1, w, a0_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[17]);
                            a1_0 = _mm512_fmadd_ps(f0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(f1, w, a1_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[18]);
                            a2_0 = _mm512_fmadd_ps(f0, w, a2_0);
                            a2_1 = _mm512_fmadd_ps(f1, w, a2_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[19]);
                            a3_0 = _mm512_fmadd_ps(f0, w, a3_0);
                            a3_1 = _mm512_fmadd_ps(f1, w, a3_1);
                        }
                    }
                }
            } else {
                const __m512i even2 = _mm512_add_epi32(even, _mm512_set1_epi32(2));
                for (int ci = 0; ci < b->cin; ci++) {
                    const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                    for (int t = 0; t < b->ntaps; t++) {
                        const lmc_direct_tap *tp = &b->taps[t];
                        const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                        const __m512 lo0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), hi0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair);
                        const __m512 e0 = _mm512_permutex2var_ps(lo0, even, hi0), o0 = _mm512_permutex2var_ps(lo0, odd, hi0);
                        const __m512 f0 = _mm512_permutex2var_ps(lo0, even2, hi0);
                        const __m512 lo1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), hi1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + xpair);
                        const __m512 e1 = _mm512_permutex2var_ps(lo1, even, hi1), o1 = _mm512_permutex2var_ps(lo1, odd, hi1);
                        const __m512 f1 = _mm512_permutex2var_ps(lo1, even2, hi1);
                        {
                            const __m512 w = _mm512_set1_ps(wt[0]);
                            a0_0 = _mm512_fmadd_ps(e0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(e1, w, a0_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[1]);
                            a1_0 = _mm512_fmadd_ps(e0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(e1, w, a1_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[2]);
                            a2_0 = _mm512_fmadd_ps(e0, w, a2_0);
                            a2_1 = _mm512_fmadd_ps(e1, w, a2_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[3]);
                            a3_0 = _mm512_fmadd_ps(e0, w, a3_0);
                            a3_1 = _mm512_fmadd_ps(e1, w, a3_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[8]);
                            a0_0 = _mm512_fmadd_ps(o0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(o1, w, a0_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[9]);
                            a1_0 = _mm512_fmadd_ps(o0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(o1, w, a1_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[10]);
                            a2_0 = _mm512_fmadd_ps(o0, w, a2_0);
                            a2_1 = _mm512_fmadd_ps(o1, w, a2_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[11]);
                            a3_0 = _mm512_fmadd_ps(o0, w, a3_0);
                            a3_1 = _mm512_fmadd_ps(o1, w, a3_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[16]);
                            a0_0 = _mm512_fmadd_ps(f0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(f1, w, a0_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[17]);
                            a1_0 = _mm512_fmadd_ps(f0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(f1, w, a1_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[18]);
                            a2_0 = _mm512_fmadd_ps(f0, w, a2_0);
                            a2_1 = _mm512_fmadd_ps(f1, w, a2_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[19]);
                            a3_0 = _mm512_fmadd_ps(f0, w, a3_0);
                            a3_1 = _mm512_fmadd_ps(f1, w, a3_1);
                        }
                    }
                }
            }
        } else {
            for (int ci = 0; ci < b->cin; ci++) {
                const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                for (int t = 0; t < b->ntaps; t++) {
                    const lmc_direct_tap *tp = &b->taps[t];
                    const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                    const __m512 x0 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair));
                    const __m512 x1 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + xpair));
                    const __m512 w0 = _mm512_set1_ps(wt[0]);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                    const __m512 w1 = _mm512_set1_ps(wt[1]);
                    a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                    a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                    const __m512 w2 = _mm512_set1_ps(wt[2]);
                    a2_0 = _mm512_fmadd_ps(x0, w2, a2_0);
                    a2_1 = _mm512_fmadd_ps(x1, w2, a2_1);
                    const __m512 w3 = _mm512_set1_ps(wt[3]);
                    a3_0 = _mm512_fmadd_ps(x0, w3, a3_0);
                    a3_1 = _mm512_fmadd_ps(x1, w3, a3_1);
                }
            }
        }
    } else {
        const ptrdiff_t sw = b->sw;
        const __m512i lanes = _mm512_mullo_epi32(
            _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15), _mm512_set1_epi32((int)sw));
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const __m512 x0 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[0]), lanes, xt + xv0, 4);
                const __m512 x1 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[1]), lanes, xt + xv1, 4);
                const __m512 w0 = _mm512_set1_ps(wt[0]);
                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                const __m512 w1 = _mm512_set1_ps(wt[1]);
                a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                const __m512 w2 = _mm512_set1_ps(wt[2]);
                a2_0 = _mm512_fmadd_ps(x0, w2, a2_0);
                a2_1 = _mm512_fmadd_ps(x1, w2, a2_1);
                const __m512 w3 = _mm512_set1_ps(wt[3]);
                a3_0 = _mm512_fmadd_ps(x0, w3, a3_0);
                a3_1 = _mm512_fmadd_ps(x1, w3, a3_1);
            }
        }
    }
    if (b->last && b->relu) {
        a0_0 = _mm512_max_ps(a0_0, _mm512_setzero_ps());
        a0_1 = _mm512_max_ps(a0_1, _mm512_setzero_ps());
        a1_0 = _mm512_max_ps(a1_0, _mm512_setzero_ps());
        a1_1 = _mm512_max_ps(a1_1, _mm512_setzero_ps());
        a2_0 = _mm512_max_ps(a2_0, _mm512_setzero_ps());
        a2_1 = _mm512_max_ps(a2_1, _mm512_setzero_ps());
        a3_0 = _mm512_max_ps(a3_0, _mm512_setzero_ps());
        a3_1 = _mm512_max_ps(a3_1, _mm512_setzero_ps());
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

static void lmc_f32_direct_nchw_8cx48w_4x3__avx512(const lmc_direct_pblock *b)
{
    const ptrdiff_t xv0 = b->xv[0], xv1 = b->xv[1], xv2 = b->xv[2];
    float *yo0 = b->y + b->yv[0], *yo1 = b->y + b->yv[1], *yo2 = b->y + b->yv[2];
    __m512 a0_0, a0_1, a0_2;
    __m512 a1_0, a1_1, a1_2;
    __m512 a2_0, a2_1, a2_2;
    __m512 a3_0, a3_1, a3_2;
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
        const __m512 bb0 = b->bias ? _mm512_set1_ps(b->bias[0]) : _mm512_setzero_ps();
        a0_0 = bb0;
        a0_1 = bb0;
        a0_2 = bb0;
        const __m512 bb1 = b->bias ? _mm512_set1_ps(b->bias[1]) : _mm512_setzero_ps();
        a1_0 = bb1;
        a1_1 = bb1;
        a1_2 = bb1;
        const __m512 bb2 = b->bias ? _mm512_set1_ps(b->bias[2]) : _mm512_setzero_ps();
        a2_0 = bb2;
        a2_1 = bb2;
        a2_2 = bb2;
        const __m512 bb3 = b->bias ? _mm512_set1_ps(b->bias[3]) : _mm512_setzero_ps();
        a3_0 = bb3;
        a3_1 = bb3;
        a3_2 = bb3;
    } else {
        a0_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0);
        a0_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1);
        a0_2 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[2]), yo2);
        a1_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 1 * b->yplane);
        a1_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1 + 1 * b->yplane);
        a1_2 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[2]), yo2 + 1 * b->yplane);
        a2_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 2 * b->yplane);
        a2_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1 + 2 * b->yplane);
        a2_2 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[2]), yo2 + 2 * b->yplane);
        a3_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 3 * b->yplane);
        a3_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1 + 3 * b->yplane);
        a3_2 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[2]), yo2 + 3 * b->yplane);
    }
    if (b->sw == 1) {
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                if (tp->full) {
                    const __m512 x0 = _mm512_loadu_ps(xt + xv0);
                    const __m512 x1 = _mm512_loadu_ps(xt + xv1);
                    const __m512 x2 = _mm512_loadu_ps(xt + xv2);
                    const __m512 w0 = _mm512_set1_ps(wt[0]);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                    a0_2 = _mm512_fmadd_ps(x2, w0, a0_2);
                    const __m512 w1 = _mm512_set1_ps(wt[1]);
                    a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                    a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                    a1_2 = _mm512_fmadd_ps(x2, w1, a1_2);
                    const __m512 w2 = _mm512_set1_ps(wt[2]);
                    a2_0 = _mm512_fmadd_ps(x0, w2, a2_0);
                    a2_1 = _mm512_fmadd_ps(x1, w2, a2_1);
                    a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                    const __m512 w3 = _mm512_set1_ps(wt[3]);
                    a3_0 = _mm512_fmadd_ps(x0, w3, a3_0);
                    a3_1 = _mm512_fmadd_ps(x1, w3, a3_1);
                    a3_2 = _mm512_fmadd_ps(x2, w3, a3_2);
                    continue;
                }
                const __m512 x0 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[0]), xt + xv0);
                const __m512 x1 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[1]), xt + xv1);
                const __m512 x2 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[2]), xt + xv2);
                const __m512 w0 = _mm512_set1_ps(wt[0]);
                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                a0_2 = _mm512_fmadd_ps(x2, w0, a0_2);
                const __m512 w1 = _mm512_set1_ps(wt[1]);
                a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                a1_2 = _mm512_fmadd_ps(x2, w1, a1_2);
                const __m512 w2 = _mm512_set1_ps(wt[2]);
                a2_0 = _mm512_fmadd_ps(x0, w2, a2_0);
                a2_1 = _mm512_fmadd_ps(x1, w2, a2_1);
                a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                const __m512 w3 = _mm512_set1_ps(wt[3]);
                a3_0 = _mm512_fmadd_ps(x0, w3, a3_0);
                a3_1 = _mm512_fmadd_ps(x1, w3, a3_1);
                a3_2 = _mm512_fmadd_ps(x2, w3, a3_2);
            }
        }
    } else if (b->sw == 2) {
        /* two loads and a shuffle per vector instead of a gather: lanes
         * [0, psplit) from the even floats of the first, the rest from the
         * second, xpair floats on */
        const __m512i lane = _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        const __m512i even = _mm512_mask_add_epi32(_mm512_add_epi32(lane, lane),
                                                   _mm512_cmpge_epi32_mask(lane, _mm512_set1_epi32(b->psplit)),
                                                   _mm512_add_epi32(lane, lane), _mm512_set1_epi32(16 - 2 * b->psplit));
        const ptrdiff_t xpair = b->xpair;
        if (b->row3) {
            const __m512i odd = _mm512_add_epi32(even, _mm512_set1_epi32(1));
            if (b->psplit == 8) {
                for (int ci = 0; ci < b->cin; ci++) {
                    const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                    for (int t = 0; t < b->ntaps; t++) {
                        const lmc_direct_tap *tp = &b->taps[t];
                        const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                        const __m512 lo0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), hi0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair);
                        const __m512 e0 = _mm512_permutex2var_ps(lo0, even, hi0), o0 = _mm512_permutex2var_ps(lo0, odd, hi0);
                        const __m512 f0 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[0]), xt + xv0 + 32)), _mm512_castps_si512(e0), 1));
                        const __m512 lo1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), hi1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + xpair);
                        const __m512 e1 = _mm512_permutex2var_ps(lo1, even, hi1), o1 = _mm512_permutex2var_ps(lo1, odd, hi1);
                        const __m512 f1 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[1]), xt + xv1 + 32)), _mm512_castps_si512(e1), 1));
                        const __m512 lo2 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][0]), xt + xv2), hi2 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][1]), xt + xv2 + xpair);
                        const __m512 e2 = _mm512_permutex2var_ps(lo2, even, hi2), o2 = _mm512_permutex2var_ps(lo2, odd, hi2);
                        const __m512 f2 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[2]), xt + xv2 + 32)), _mm512_castps_si512(e2), 1));
                        {
                            const __m512 w = _mm512_set1_ps(wt[0]);
                            a0_0 = _mm512_fmadd_ps(e0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(e1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(e2, w, a0_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[1]);
                            a1_0 = _mm512_fmadd_ps(e0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(e1, w, a1_1);
                            a1_2 = _mm512_fmadd_ps(e2, w, a1_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[2]);
                            a2_0 = _mm512_fmadd_ps(e0, w, a2_0);
                            a2_1 = _mm512_fmadd_ps(e1, w, a2_1);
                            a2_2 = _mm512_fmadd_ps(e2, w, a2_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[3]);
                            a3_0 = _mm512_fmadd_ps(e0, w, a3_0);
                            a3_1 = _mm512_fmadd_ps(e1, w, a3_1);
                            a3_2 = _mm512_fmadd_ps(e2, w, a3_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[8]);
                            a0_0 = _mm512_fmadd_ps(o0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(o1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(o2, w, a0_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[9]);
                            a1_0 = _mm512_fmadd_ps(o0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(o1, w, a1_1);
                            a1_2 = _mm512_fmadd_ps(o2, w, a1_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[10]);
                            a2_0 = _mm512_fmadd_ps(o0, w, a2_0);
                            a2_1 = _mm512_fmadd_ps(o1, w, a2_1);
                            a2_2 = _mm512_fmadd_ps(o2, w, a2_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[11]);
                            a3_0 = _mm512_fmadd_ps(o0, w, a3_0);
                            a3_1 = _mm512_fmadd_ps(o1, w, a3_1);
                            a3_2 = _mm512_fmadd_ps(o2, w, a3_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[16]);
                            a0_0 = _mm512_fmadd_ps(f0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(f1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(f2, w, a0_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[17]);
                            a1_0 = _mm512_fmadd_ps(f0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(f1, w, a1_1);
                            a1_2 = _mm512_fmadd_ps(f2, w, a1_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[18]);
                            a2_0 = _mm512_fmadd_ps(f0, w, a2_0);
                            a2_1 = _mm512_fmadd_ps(f1, w, a2_1);
                            a2_2 = _mm512_fmadd_ps(f2, w, a2_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[19]);
                            a3_0 = _mm512_fmadd_ps(f0, w, a3_0);
                            a3_1 = _mm512_fmadd_ps(f1, w, a3_1);
                            a3_2 = _mm512_fmadd_ps(f2, w, a3_2);
                        }
                    }
                }
            } else {
                const __m512i even2 = _mm512_add_epi32(even, _mm512_set1_epi32(2));
                for (int ci = 0; ci < b->cin; ci++) {
                    const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                    for (int t = 0; t < b->ntaps; t++) {
                        const lmc_direct_tap *tp = &b->taps[t];
                        const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                        const __m512 lo0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), hi0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair);
                        const __m512 e0 = _mm512_permutex2var_ps(lo0, even, hi0), o0 = _mm512_permutex2var_ps(lo0, odd, hi0);
                        const __m512 f0 = _mm512_permutex2var_ps(lo0, even2, hi0);
                        const __m512 lo1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), hi1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + xpair);
                        const __m512 e1 = _mm512_permutex2var_ps(lo1, even, hi1), o1 = _mm512_permutex2var_ps(lo1, odd, hi1);
                        const __m512 f1 = _mm512_permutex2var_ps(lo1, even2, hi1);
                        const __m512 lo2 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][0]), xt + xv2), hi2 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][1]), xt + xv2 + xpair);
                        const __m512 e2 = _mm512_permutex2var_ps(lo2, even, hi2), o2 = _mm512_permutex2var_ps(lo2, odd, hi2);
                        const __m512 f2 = _mm512_permutex2var_ps(lo2, even2, hi2);
                        {
                            const __m512 w = _mm512_set1_ps(wt[0]);
                            a0_0 = _mm512_fmadd_ps(e0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(e1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(e2, w, a0_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[1]);
                            a1_0 = _mm512_fmadd_ps(e0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(e1, w, a1_1);
                            a1_2 = _mm512_fmadd_ps(e2, w, a1_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[2]);
                            a2_0 = _mm512_fmadd_ps(e0, w, a2_0);
                            a2_1 = _mm512_fmadd_ps(e1, w, a2_1);
                            a2_2 = _mm512_fmadd_ps(e2, w, a2_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[3]);
                            a3_0 = _mm512_fmadd_ps(e0, w, a3_0);
                            a3_1 = _mm512_fmadd_ps(e1, w, a3_1);
                            a3_2 = _mm512_fmadd_ps(e2, w, a3_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[8]);
                            a0_0 = _mm512_fmadd_ps(o0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(o1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(o2, w, a0_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[9]);
                            a1_0 = _mm512_fmadd_ps(o0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(o1, w, a1_1);
                            a1_2 = _mm512_fmadd_ps(o2, w, a1_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[10]);
                            a2_0 = _mm512_fmadd_ps(o0, w, a2_0);
                            a2_1 = _mm512_fmadd_ps(o1, w, a2_1);
                            a2_2 = _mm512_fmadd_ps(o2, w, a2_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[11]);
                            a3_0 = _mm512_fmadd_ps(o0, w, a3_0);
                            a3_1 = _mm512_fmadd_ps(o1, w, a3_1);
                            a3_2 = _mm512_fmadd_ps(o2, w, a3_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[16]);
                            a0_0 = _mm512_fmadd_ps(f0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(f1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(f2, w, a0_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[17]);
                            a1_0 = _mm512_fmadd_ps(f0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(f1, w, a1_1);
                            a1_2 = _mm512_fmadd_ps(f2, w, a1_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[18]);
                            a2_0 = _mm512_fmadd_ps(f0, w, a2_0);
                            a2_1 = _mm512_fmadd_ps(f1, w, a2_1);
                            a2_2 = _mm512_fmadd_ps(f2, w, a2_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[19]);
                            a3_0 = _mm512_fmadd_ps(f0, w, a3_0);
                            a3_1 = _mm512_fmadd_ps(f1, w, a3_1);
                            a3_2 = _mm512_fmadd_ps(f2, w, a3_2);
                        }
                    }
                }
            }
        } else {
            for (int ci = 0; ci < b->cin; ci++) {
                const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                for (int t = 0; t < b->ntaps; t++) {
                    const lmc_direct_tap *tp = &b->taps[t];
                    const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                    const __m512 x0 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair));
                    const __m512 x1 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + xpair));
                    const __m512 x2 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][0]), xt + xv2), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][1]), xt + xv2 + xpair));
                    const __m512 w0 = _mm512_set1_ps(wt[0]);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                    a0_2 = _mm512_fmadd_ps(x2, w0, a0_2);
                    const __m512 w1 = _mm512_set1_ps(wt[1]);
                    a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                    a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                    a1_2 = _mm512_fmadd_ps(x2, w1, a1_2);
                    const __m512 w2 = _mm512_set1_ps(wt[2]);
                    a2_0 = _mm512_fmadd_ps(x0, w2, a2_0);
                    a2_1 = _mm512_fmadd_ps(x1, w2, a2_1);
                    a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                    const __m512 w3 = _mm512_set1_ps(wt[3]);
                    a3_0 = _mm512_fmadd_ps(x0, w3, a3_0);
                    a3_1 = _mm512_fmadd_ps(x1, w3, a3_1);
                    a3_2 = _mm512_fmadd_ps(x2, w3, a3_2);
                }
            }
        }
    } else {
        const ptrdiff_t sw = b->sw;
        const __m512i lanes = _mm512_mullo_epi32(
            _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15), _mm512_set1_epi32((int)sw));
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const __m512 x0 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[0]), lanes, xt + xv0, 4);
                const __m512 x1 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[1]), lanes, xt + xv1, 4);
                const __m512 x2 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[2]), lanes, xt + xv2, 4);
                const __m512 w0 = _mm512_set1_ps(wt[0]);
                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                a0_2 = _mm512_fmadd_ps(x2, w0, a0_2);
                const __m512 w1 = _mm512_set1_ps(wt[1]);
                a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                a1_2 = _mm512_fmadd_ps(x2, w1, a1_2);
                const __m512 w2 = _mm512_set1_ps(wt[2]);
                a2_0 = _mm512_fmadd_ps(x0, w2, a2_0);
                a2_1 = _mm512_fmadd_ps(x1, w2, a2_1);
                a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                const __m512 w3 = _mm512_set1_ps(wt[3]);
                a3_0 = _mm512_fmadd_ps(x0, w3, a3_0);
                a3_1 = _mm512_fmadd_ps(x1, w3, a3_1);
                a3_2 = _mm512_fmadd_ps(x2, w3, a3_2);
            }
        }
    }
    if (b->last && b->relu) {
        a0_0 = _mm512_max_ps(a0_0, _mm512_setzero_ps());
        a0_1 = _mm512_max_ps(a0_1, _mm512_setzero_ps());
        a0_2 = _mm512_max_ps(a0_2, _mm512_setzero_ps());
        a1_0 = _mm512_max_ps(a1_0, _mm512_setzero_ps());
        a1_1 = _mm512_max_ps(a1_1, _mm512_setzero_ps());
        a1_2 = _mm512_max_ps(a1_2, _mm512_setzero_ps());
        a2_0 = _mm512_max_ps(a2_0, _mm512_setzero_ps());
        a2_1 = _mm512_max_ps(a2_1, _mm512_setzero_ps());
        a2_2 = _mm512_max_ps(a2_2, _mm512_setzero_ps());
        a3_0 = _mm512_max_ps(a3_0, _mm512_setzero_ps());
        a3_1 = _mm512_max_ps(a3_1, _mm512_setzero_ps());
        a3_2 = _mm512_max_ps(a3_2, _mm512_setzero_ps());
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

static void lmc_f32_direct_nchw_8cx48w_5x1__avx512(const lmc_direct_pblock *b)
{
    const ptrdiff_t xv0 = b->xv[0];
    float *yo0 = b->y + b->yv[0];
    __m512 a0_0;
    __m512 a1_0;
    __m512 a2_0;
    __m512 a3_0;
    __m512 a4_0;
    /* The output lines, fetched while the block multiplies: a tile writes
     * MB planes, and a layer's tiles more store streams than the
     * prefetchers follow (MobileNet's pw1 in NCHW spent a fifth of its
     * time waiting on them). */
    __builtin_prefetch(yo0, 1, 3);
    __builtin_prefetch(yo0 + 1 * b->yplane, 1, 3);
    __builtin_prefetch(yo0 + 2 * b->yplane, 1, 3);
    __builtin_prefetch(yo0 + 3 * b->yplane, 1, 3);
    __builtin_prefetch(yo0 + 4 * b->yplane, 1, 3);
    if (b->first) {
        const __m512 bb0 = b->bias ? _mm512_set1_ps(b->bias[0]) : _mm512_setzero_ps();
        a0_0 = bb0;
        const __m512 bb1 = b->bias ? _mm512_set1_ps(b->bias[1]) : _mm512_setzero_ps();
        a1_0 = bb1;
        const __m512 bb2 = b->bias ? _mm512_set1_ps(b->bias[2]) : _mm512_setzero_ps();
        a2_0 = bb2;
        const __m512 bb3 = b->bias ? _mm512_set1_ps(b->bias[3]) : _mm512_setzero_ps();
        a3_0 = bb3;
        const __m512 bb4 = b->bias ? _mm512_set1_ps(b->bias[4]) : _mm512_setzero_ps();
        a4_0 = bb4;
    } else {
        a0_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0);
        a1_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 1 * b->yplane);
        a2_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 2 * b->yplane);
        a3_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 3 * b->yplane);
        a4_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 4 * b->yplane);
    }
    if (b->sw == 1) {
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                if (tp->full) {
                    const __m512 x0 = _mm512_loadu_ps(xt + xv0);
                    const __m512 w0 = _mm512_set1_ps(wt[0]);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    const __m512 w1 = _mm512_set1_ps(wt[1]);
                    a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                    const __m512 w2 = _mm512_set1_ps(wt[2]);
                    a2_0 = _mm512_fmadd_ps(x0, w2, a2_0);
                    const __m512 w3 = _mm512_set1_ps(wt[3]);
                    a3_0 = _mm512_fmadd_ps(x0, w3, a3_0);
                    const __m512 w4 = _mm512_set1_ps(wt[4]);
                    a4_0 = _mm512_fmadd_ps(x0, w4, a4_0);
                    continue;
                }
                const __m512 x0 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[0]), xt + xv0);
                const __m512 w0 = _mm512_set1_ps(wt[0]);
                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                const __m512 w1 = _mm512_set1_ps(wt[1]);
                a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                const __m512 w2 = _mm512_set1_ps(wt[2]);
                a2_0 = _mm512_fmadd_ps(x0, w2, a2_0);
                const __m512 w3 = _mm512_set1_ps(wt[3]);
                a3_0 = _mm512_fmadd_ps(x0, w3, a3_0);
                const __m512 w4 = _mm512_set1_ps(wt[4]);
                a4_0 = _mm512_fmadd_ps(x0, w4, a4_0);
            }
        }
    } else if (b->sw == 2) {
        /* two loads and a shuffle per vector instead of a gather: lanes
         * [0, psplit) from the even floats of the first, the rest from the
         * second, xpair floats on */
        const __m512i lane = _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        const __m512i even = _mm512_mask_add_epi32(_mm512_add_epi32(lane, lane),
                                                   _mm512_cmpge_epi32_mask(lane, _mm512_set1_epi32(b->psplit)),
                                                   _mm512_add_epi32(lane, lane), _mm512_set1_epi32(16 - 2 * b->psplit));
        const ptrdiff_t xpair = b->xpair;
        if (b->row3) {
            const __m512i odd = _mm512_add_epi32(even, _mm512_set1_epi32(1));
            if (b->psplit == 8) {
                for (int ci = 0; ci < b->cin; ci++) {
                    const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                    for (int t = 0; t < b->ntaps; t++) {
                        const lmc_direct_tap *tp = &b->taps[t];
                        const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                        const __m512 lo0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), hi0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair);
                        const __m512 e0 = _mm512_permutex2var_ps(lo0, even, hi0), o0 = _mm512_permutex2var_ps(lo0, odd, hi0);
                        const __m512 f0 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[0]), xt + xv0 + 32)), _mm512_castps_si512(e0), 1));
                        {
                            const __m512 w = _mm512_set1_ps(wt[0]);
                            a0_0 = _mm512_fmadd_ps(e0, w, a0_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[1]);
                            a1_0 = _mm512_fmadd_ps(e0, w, a1_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[2]);
                            a2_0 = _mm512_fmadd_ps(e0, w, a2_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[3]);
                            a3_0 = _mm512_fmadd_ps(e0, w, a3_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[4]);
                            a4_0 = _mm512_fmadd_ps(e0, w, a4_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[8]);
                            a0_0 = _mm512_fmadd_ps(o0, w, a0_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[9]);
                            a1_0 = _mm512_fmadd_ps(o0, w, a1_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[10]);
                            a2_0 = _mm512_fmadd_ps(o0, w, a2_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[11]);
                            a3_0 = _mm512_fmadd_ps(o0, w, a3_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[12]);
                            a4_0 = _mm512_fmadd_ps(o0, w, a4_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[16]);
                            a0_0 = _mm512_fmadd_ps(f0, w, a0_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[17]);
                            a1_0 = _mm512_fmadd_ps(f0, w, a1_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[18]);
                            a2_0 = _mm512_fmadd_ps(f0, w, a2_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[19]);
                            a3_0 = _mm512_fmadd_ps(f0, w, a3_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[20]);
                            a4_0 = _mm512_fmadd_ps(f0, w, a4_0);
                        }
                    }
                }
            } else {
                const __m512i even2 = _mm512_add_epi32(even, _mm512_set1_epi32(2));
                for (int ci = 0; ci < b->cin; ci++) {
                    const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                    for (int t = 0; t < b->ntaps; t++) {
                        const lmc_direct_tap *tp = &b->taps[t];
                        const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                        const __m512 lo0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), hi0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair);
                        const __m512 e0 = _mm512_permutex2var_ps(lo0, even, hi0), o0 = _mm512_permutex2var_ps(lo0, odd, hi0);
                        const __m512 f0 = _mm512_permutex2var_ps(lo0, even2, hi0);
                        {
                            const __m512 w = _mm512_set1_ps(wt[0]);
                            a0_0 = _mm512_fmadd_ps(e0, w, a0_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[1]);
                            a1_0 = _mm512_fmadd_ps(e0, w, a1_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[2]);
                            a2_0 = _mm512_fmadd_ps(e0, w, a2_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[3]);
                            a3_0 = _mm512_fmadd_ps(e0, w, a3_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[4]);
                            a4_0 = _mm512_fmadd_ps(e0, w, a4_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[8]);
                            a0_0 = _mm512_fmadd_ps(o0, w, a0_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[9]);
                            a1_0 = _mm512_fmadd_ps(o0, w, a1_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[10]);
                            a2_0 = _mm512_fmadd_ps(o0, w, a2_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[11]);
                            a3_0 = _mm512_fmadd_ps(o0, w, a3_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[12]);
                            a4_0 = _mm512_fmadd_ps(o0, w, a4_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[16]);
                            a0_0 = _mm512_fmadd_ps(f0, w, a0_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[17]);
                            a1_0 = _mm512_fmadd_ps(f0, w, a1_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[18]);
                            a2_0 = _mm512_fmadd_ps(f0, w, a2_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[19]);
                            a3_0 = _mm512_fmadd_ps(f0, w, a3_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[20]);
                            a4_0 = _mm512_fmadd_ps(f0, w, a4_0);
                        }
                    }
                }
            }
        } else {
            for (int ci = 0; ci < b->cin; ci++) {
                const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                for (int t = 0; t < b->ntaps; t++) {
                    const lmc_direct_tap *tp = &b->taps[t];
                    const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                    const __m512 x0 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair));
                    const __m512 w0 = _mm512_set1_ps(wt[0]);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    const __m512 w1 = _mm512_set1_ps(wt[1]);
                    a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                    const __m512 w2 = _mm512_set1_ps(wt[2]);
                    a2_0 = _mm512_fmadd_ps(x0, w2, a2_0);
                    const __m512 w3 = _mm512_set1_ps(wt[3]);
                    a3_0 = _mm512_fmadd_ps(x0, w3, a3_0);
                    const __m512 w4 = _mm512_set1_ps(wt[4]);
                    a4_0 = _mm512_fmadd_ps(x0, w4, a4_0);
                }
            }
        }
    } else {
        const ptrdiff_t sw = b->sw;
        const __m512i lanes = _mm512_mullo_epi32(
            _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15), _mm512_set1_epi32((int)sw));
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const __m512 x0 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[0]), lanes, xt + xv0, 4);
                const __m512 w0 = _mm512_set1_ps(wt[0]);
                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                const __m512 w1 = _mm512_set1_ps(wt[1]);
                a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                const __m512 w2 = _mm512_set1_ps(wt[2]);
                a2_0 = _mm512_fmadd_ps(x0, w2, a2_0);
                const __m512 w3 = _mm512_set1_ps(wt[3]);
                a3_0 = _mm512_fmadd_ps(x0, w3, a3_0);
                const __m512 w4 = _mm512_set1_ps(wt[4]);
                a4_0 = _mm512_fmadd_ps(x0, w4, a4_0);
            }
        }
    }
    if (b->last && b->relu) {
        a0_0 = _mm512_max_ps(a0_0, _mm512_setzero_ps());
        a1_0 = _mm512_max_ps(a1_0, _mm512_setzero_ps());
        a2_0 = _mm512_max_ps(a2_0, _mm512_setzero_ps());
        a3_0 = _mm512_max_ps(a3_0, _mm512_setzero_ps());
        a4_0 = _mm512_max_ps(a4_0, _mm512_setzero_ps());
    }
    store_mask(yo0, b->smask[0], a0_0);
    store_mask(yo0 + 1 * b->yplane, b->smask[0], a1_0);
    store_mask(yo0 + 2 * b->yplane, b->smask[0], a2_0);
    store_mask(yo0 + 3 * b->yplane, b->smask[0], a3_0);
    store_mask(yo0 + 4 * b->yplane, b->smask[0], a4_0);
}

static void lmc_f32_direct_nchw_8cx48w_5x2__avx512(const lmc_direct_pblock *b)
{
    const ptrdiff_t xv0 = b->xv[0], xv1 = b->xv[1];
    float *yo0 = b->y + b->yv[0], *yo1 = b->y + b->yv[1];
    __m512 a0_0, a0_1;
    __m512 a1_0, a1_1;
    __m512 a2_0, a2_1;
    __m512 a3_0, a3_1;
    __m512 a4_0, a4_1;
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
    __builtin_prefetch(yo0 + 4 * b->yplane, 1, 3);
    __builtin_prefetch(yo1 + 4 * b->yplane, 1, 3);
    if (b->first) {
        const __m512 bb0 = b->bias ? _mm512_set1_ps(b->bias[0]) : _mm512_setzero_ps();
        a0_0 = bb0;
        a0_1 = bb0;
        const __m512 bb1 = b->bias ? _mm512_set1_ps(b->bias[1]) : _mm512_setzero_ps();
        a1_0 = bb1;
        a1_1 = bb1;
        const __m512 bb2 = b->bias ? _mm512_set1_ps(b->bias[2]) : _mm512_setzero_ps();
        a2_0 = bb2;
        a2_1 = bb2;
        const __m512 bb3 = b->bias ? _mm512_set1_ps(b->bias[3]) : _mm512_setzero_ps();
        a3_0 = bb3;
        a3_1 = bb3;
        const __m512 bb4 = b->bias ? _mm512_set1_ps(b->bias[4]) : _mm512_setzero_ps();
        a4_0 = bb4;
        a4_1 = bb4;
    } else {
        a0_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0);
        a0_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1);
        a1_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 1 * b->yplane);
        a1_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1 + 1 * b->yplane);
        a2_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 2 * b->yplane);
        a2_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1 + 2 * b->yplane);
        a3_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 3 * b->yplane);
        a3_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1 + 3 * b->yplane);
        a4_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 4 * b->yplane);
        a4_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1 + 4 * b->yplane);
    }
    if (b->sw == 1) {
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                if (tp->full) {
                    const __m512 x0 = _mm512_loadu_ps(xt + xv0);
                    const __m512 x1 = _mm512_loadu_ps(xt + xv1);
                    const __m512 w0 = _mm512_set1_ps(wt[0]);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                    const __m512 w1 = _mm512_set1_ps(wt[1]);
                    a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                    a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                    const __m512 w2 = _mm512_set1_ps(wt[2]);
                    a2_0 = _mm512_fmadd_ps(x0, w2, a2_0);
                    a2_1 = _mm512_fmadd_ps(x1, w2, a2_1);
                    const __m512 w3 = _mm512_set1_ps(wt[3]);
                    a3_0 = _mm512_fmadd_ps(x0, w3, a3_0);
                    a3_1 = _mm512_fmadd_ps(x1, w3, a3_1);
                    const __m512 w4 = _mm512_set1_ps(wt[4]);
                    a4_0 = _mm512_fmadd_ps(x0, w4, a4_0);
                    a4_1 = _mm512_fmadd_ps(x1, w4, a4_1);
                    continue;
                }
                const __m512 x0 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[0]), xt + xv0);
                const __m512 x1 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[1]), xt + xv1);
                const __m512 w0 = _mm512_set1_ps(wt[0]);
                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                const __m512 w1 = _mm512_set1_ps(wt[1]);
                a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                const __m512 w2 = _mm512_set1_ps(wt[2]);
                a2_0 = _mm512_fmadd_ps(x0, w2, a2_0);
                a2_1 = _mm512_fmadd_ps(x1, w2, a2_1);
                const __m512 w3 = _mm512_set1_ps(wt[3]);
                a3_0 = _mm512_fmadd_ps(x0, w3, a3_0);
                a3_1 = _mm512_fmadd_ps(x1, w3, a3_1);
                const __m512 w4 = _mm512_set1_ps(wt[4]);
                a4_0 = _mm512_fmadd_ps(x0, w4, a4_0);
                a4_1 = _mm512_fmadd_ps(x1, w4, a4_1);
            }
        }
    } else if (b->sw == 2) {
        /* two loads and a shuffle per vector instead of a gather: lanes
         * [0, psplit) from the even floats of the first, the rest from the
         * second, xpair floats on */
        const __m512i lane = _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        const __m512i even = _mm512_mask_add_epi32(_mm512_add_epi32(lane, lane),
                                                   _mm512_cmpge_epi32_mask(lane, _mm512_set1_epi32(b->psplit)),
                                                   _mm512_add_epi32(lane, lane), _mm512_set1_epi32(16 - 2 * b->psplit));
        const ptrdiff_t xpair = b->xpair;
        if (b->row3) {
            const __m512i odd = _mm512_add_epi32(even, _mm512_set1_epi32(1));
            if (b->psplit == 8) {
                for (int ci = 0; ci < b->cin; ci++) {
                    const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                    for (int t = 0; t < b->ntaps; t++) {
                        const lmc_direct_tap *tp = &b->taps[t];
                        const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                        const __m512 lo0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), hi0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair);
                        const __m512 e0 = _mm512_permutex2var_ps(lo0, even, hi0), o0 = _mm512_permutex2var_ps(lo0, odd, hi0);
                        const __m512 f0 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[0]), xt + xv0 + 32)), _mm512_castps_si512(e0), 1));
                        const __m512 lo1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), hi1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + xpair);
                        const __m512 e1 = _mm512_permutex2var_ps(lo1, even, hi1), o1 = _mm512_permutex2var_ps(lo1, odd, hi1);
                        const __m512 f1 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[1]), xt + xv1 + 32)), _mm512_castps_si512(e1), 1));
                        {
                            const __m512 w = _mm512_set1_ps(wt[0]);
                            a0_0 = _mm512_fmadd_ps(e0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(e1, w, a0_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[1]);
                            a1_0 = _mm512_fmadd_ps(e0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(e1, w, a1_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[2]);
                            a2_0 = _mm512_fmadd_ps(e0, w, a2_0);
                            a2_1 = _mm512_fmadd_ps(e1, w, a2_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[3]);
                            a3_0 = _mm512_fmadd_ps(e0, w, a3_0);
                            a3_1 = _mm512_fmadd_ps(e1, w, a3_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[4]);
                            a4_0 = _mm512_fmadd_ps(e0, w, a4_0);
                            a4_1 = _mm512_fmadd_ps(e1, w, a4_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[8]);
                            a0_0 = _mm512_fmadd_ps(o0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(o1, w, a0_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[9]);
                            a1_0 = _mm512_fmadd_ps(o0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(o1, w, a1_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[10]);
                            a2_0 = _mm512_fmadd_ps(o0, w, a2_0);
                            a2_1 = _mm512_fmadd_ps(o1, w, a2_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[11]);
                            a3_0 = _mm512_fmadd_ps(o0, w, a3_0);
                            a3_1 = _mm512_fmadd_ps(o1, w, a3_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[12]);
                            a4_0 = _mm512_fmadd_ps(o0, w, a4_0);
                            a4_1 = _mm512_fmadd_ps(o1, w, a4_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[16]);
                            a0_0 = _mm512_fmadd_ps(f0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(f1, w, a0_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[17]);
                            a1_0 = _mm512_fmadd_ps(f0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(f1, w, a1_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[18]);
                            a2_0 = _mm512_fmadd_ps(f0, w, a2_0);
                            a2_1 = _mm512_fmadd_ps(f1, w, a2_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[19]);
                            a3_0 = _mm512_fmadd_ps(f0, w, a3_0);
                            a3_1 = _mm512_fmadd_ps(f1, w, a3_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[20]);
                            a4_0 = _mm512_fmadd_ps(f0, w, a4_0);
                            a4_1 = _mm512_fmadd_ps(f1, w, a4_1);
                        }
                    }
                }
            } else {
                const __m512i even2 = _mm512_add_epi32(even, _mm512_set1_epi32(2));
                for (int ci = 0; ci < b->cin; ci++) {
                    const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                    for (int t = 0; t < b->ntaps; t++) {
                        const lmc_direct_tap *tp = &b->taps[t];
                        const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                        const __m512 lo0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), hi0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair);
                        const __m512 e0 = _mm512_permutex2var_ps(lo0, even, hi0), o0 = _mm512_permutex2var_ps(lo0, odd, hi0);
                        const __m512 f0 = _mm512_permutex2var_ps(lo0, even2, hi0);
                        const __m512 lo1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), hi1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + xpair);
                        const __m512 e1 = _mm512_permutex2var_ps(lo1, even, hi1), o1 = _mm512_permutex2var_ps(lo1, odd, hi1);
                        const __m512 f1 = _mm512_permutex2var_ps(lo1, even2, hi1);
                        {
                            const __m512 w = _mm512_set1_ps(wt[0]);
                            a0_0 = _mm512_fmadd_ps(e0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(e1, w, a0_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[1]);
                            a1_0 = _mm512_fmadd_ps(e0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(e1, w, a1_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[2]);
                            a2_0 = _mm512_fmadd_ps(e0, w, a2_0);
                            a2_1 = _mm512_fmadd_ps(e1, w, a2_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[3]);
                            a3_0 = _mm512_fmadd_ps(e0, w, a3_0);
                            a3_1 = _mm512_fmadd_ps(e1, w, a3_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[4]);
                            a4_0 = _mm512_fmadd_ps(e0, w, a4_0);
                            a4_1 = _mm512_fmadd_ps(e1, w, a4_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[8]);
                            a0_0 = _mm512_fmadd_ps(o0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(o1, w, a0_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[9]);
                            a1_0 = _mm512_fmadd_ps(o0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(o1, w, a1_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[10]);
                            a2_0 = _mm512_fmadd_ps(o0, w, a2_0);
                            a2_1 = _mm512_fmadd_ps(o1, w, a2_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[11]);
                            a3_0 = _mm512_fmadd_ps(o0, w, a3_0);
                            a3_1 = _mm512_fmadd_ps(o1, w, a3_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[12]);
                            a4_0 = _mm512_fmadd_ps(o0, w, a4_0);
                            a4_1 = _mm512_fmadd_ps(o1, w, a4_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[16]);
                            a0_0 = _mm512_fmadd_ps(f0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(f1, w, a0_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[17]);
                            a1_0 = _mm512_fmadd_ps(f0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(f1, w, a1_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[18]);
                            a2_0 = _mm512_fmadd_ps(f0, w, a2_0);
                            a2_1 = _mm512_fmadd_ps(f1, w, a2_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[19]);
                            a3_0 = _mm512_fmadd_ps(f0, w, a3_0);
                            a3_1 = _mm512_fmadd_ps(f1, w, a3_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[20]);
                            a4_0 = _mm512_fmadd_ps(f0, w, a4_0);
                            a4_1 = _mm512_fmadd_ps(f1, w, a4_1);
                        }
                    }
                }
            }
        } else {
            for (int ci = 0; ci < b->cin; ci++) {
                const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                for (int t = 0; t < b->ntaps; t++) {
                    const lmc_direct_tap *tp = &b->taps[t];
                    const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                    const __m512 x0 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair));
                    const __m512 x1 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + xpair));
                    const __m512 w0 = _mm512_set1_ps(wt[0]);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                    const __m512 w1 = _mm512_set1_ps(wt[1]);
                    a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                    a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                    const __m512 w2 = _mm512_set1_ps(wt[2]);
                    a2_0 = _mm512_fmadd_ps(x0, w2, a2_0);
                    a2_1 = _mm512_fmadd_ps(x1, w2, a2_1);
                    const __m512 w3 = _mm512_set1_ps(wt[3]);
                    a3_0 = _mm512_fmadd_ps(x0, w3, a3_0);
                    a3_1 = _mm512_fmadd_ps(x1, w3, a3_1);
                    const __m512 w4 = _mm512_set1_ps(wt[4]);
                    a4_0 = _mm512_fmadd_ps(x0, w4, a4_0);
                    a4_1 = _mm512_fmadd_ps(x1, w4, a4_1);
                }
            }
        }
    } else {
        const ptrdiff_t sw = b->sw;
        const __m512i lanes = _mm512_mullo_epi32(
            _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15), _mm512_set1_epi32((int)sw));
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const __m512 x0 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[0]), lanes, xt + xv0, 4);
                const __m512 x1 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[1]), lanes, xt + xv1, 4);
                const __m512 w0 = _mm512_set1_ps(wt[0]);
                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                const __m512 w1 = _mm512_set1_ps(wt[1]);
                a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                const __m512 w2 = _mm512_set1_ps(wt[2]);
                a2_0 = _mm512_fmadd_ps(x0, w2, a2_0);
                a2_1 = _mm512_fmadd_ps(x1, w2, a2_1);
                const __m512 w3 = _mm512_set1_ps(wt[3]);
                a3_0 = _mm512_fmadd_ps(x0, w3, a3_0);
                a3_1 = _mm512_fmadd_ps(x1, w3, a3_1);
                const __m512 w4 = _mm512_set1_ps(wt[4]);
                a4_0 = _mm512_fmadd_ps(x0, w4, a4_0);
                a4_1 = _mm512_fmadd_ps(x1, w4, a4_1);
            }
        }
    }
    if (b->last && b->relu) {
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
    }
    store_mask(yo0, b->smask[0], a0_0);
    store_mask(yo1, b->smask[1], a0_1);
    store_mask(yo0 + 1 * b->yplane, b->smask[0], a1_0);
    store_mask(yo1 + 1 * b->yplane, b->smask[1], a1_1);
    store_mask(yo0 + 2 * b->yplane, b->smask[0], a2_0);
    store_mask(yo1 + 2 * b->yplane, b->smask[1], a2_1);
    store_mask(yo0 + 3 * b->yplane, b->smask[0], a3_0);
    store_mask(yo1 + 3 * b->yplane, b->smask[1], a3_1);
    store_mask(yo0 + 4 * b->yplane, b->smask[0], a4_0);
    store_mask(yo1 + 4 * b->yplane, b->smask[1], a4_1);
}

static void lmc_f32_direct_nchw_8cx48w_5x3__avx512(const lmc_direct_pblock *b)
{
    const ptrdiff_t xv0 = b->xv[0], xv1 = b->xv[1], xv2 = b->xv[2];
    float *yo0 = b->y + b->yv[0], *yo1 = b->y + b->yv[1], *yo2 = b->y + b->yv[2];
    __m512 a0_0, a0_1, a0_2;
    __m512 a1_0, a1_1, a1_2;
    __m512 a2_0, a2_1, a2_2;
    __m512 a3_0, a3_1, a3_2;
    __m512 a4_0, a4_1, a4_2;
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
    __builtin_prefetch(yo0 + 4 * b->yplane, 1, 3);
    __builtin_prefetch(yo1 + 4 * b->yplane, 1, 3);
    __builtin_prefetch(yo2 + 4 * b->yplane, 1, 3);
    if (b->first) {
        const __m512 bb0 = b->bias ? _mm512_set1_ps(b->bias[0]) : _mm512_setzero_ps();
        a0_0 = bb0;
        a0_1 = bb0;
        a0_2 = bb0;
        const __m512 bb1 = b->bias ? _mm512_set1_ps(b->bias[1]) : _mm512_setzero_ps();
        a1_0 = bb1;
        a1_1 = bb1;
        a1_2 = bb1;
        const __m512 bb2 = b->bias ? _mm512_set1_ps(b->bias[2]) : _mm512_setzero_ps();
        a2_0 = bb2;
        a2_1 = bb2;
        a2_2 = bb2;
        const __m512 bb3 = b->bias ? _mm512_set1_ps(b->bias[3]) : _mm512_setzero_ps();
        a3_0 = bb3;
        a3_1 = bb3;
        a3_2 = bb3;
        const __m512 bb4 = b->bias ? _mm512_set1_ps(b->bias[4]) : _mm512_setzero_ps();
        a4_0 = bb4;
        a4_1 = bb4;
        a4_2 = bb4;
    } else {
        a0_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0);
        a0_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1);
        a0_2 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[2]), yo2);
        a1_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 1 * b->yplane);
        a1_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1 + 1 * b->yplane);
        a1_2 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[2]), yo2 + 1 * b->yplane);
        a2_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 2 * b->yplane);
        a2_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1 + 2 * b->yplane);
        a2_2 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[2]), yo2 + 2 * b->yplane);
        a3_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 3 * b->yplane);
        a3_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1 + 3 * b->yplane);
        a3_2 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[2]), yo2 + 3 * b->yplane);
        a4_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 4 * b->yplane);
        a4_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1 + 4 * b->yplane);
        a4_2 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[2]), yo2 + 4 * b->yplane);
    }
    if (b->sw == 1) {
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                if (tp->full) {
                    const __m512 x0 = _mm512_loadu_ps(xt + xv0);
                    const __m512 x1 = _mm512_loadu_ps(xt + xv1);
                    const __m512 x2 = _mm512_loadu_ps(xt + xv2);
                    const __m512 w0 = _mm512_set1_ps(wt[0]);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                    a0_2 = _mm512_fmadd_ps(x2, w0, a0_2);
                    const __m512 w1 = _mm512_set1_ps(wt[1]);
                    a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                    a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                    a1_2 = _mm512_fmadd_ps(x2, w1, a1_2);
                    const __m512 w2 = _mm512_set1_ps(wt[2]);
                    a2_0 = _mm512_fmadd_ps(x0, w2, a2_0);
                    a2_1 = _mm512_fmadd_ps(x1, w2, a2_1);
                    a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                    const __m512 w3 = _mm512_set1_ps(wt[3]);
                    a3_0 = _mm512_fmadd_ps(x0, w3, a3_0);
                    a3_1 = _mm512_fmadd_ps(x1, w3, a3_1);
                    a3_2 = _mm512_fmadd_ps(x2, w3, a3_2);
                    const __m512 w4 = _mm512_set1_ps(wt[4]);
                    a4_0 = _mm512_fmadd_ps(x0, w4, a4_0);
                    a4_1 = _mm512_fmadd_ps(x1, w4, a4_1);
                    a4_2 = _mm512_fmadd_ps(x2, w4, a4_2);
                    continue;
                }
                const __m512 x0 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[0]), xt + xv0);
                const __m512 x1 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[1]), xt + xv1);
                const __m512 x2 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[2]), xt + xv2);
                const __m512 w0 = _mm512_set1_ps(wt[0]);
                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                a0_2 = _mm512_fmadd_ps(x2, w0, a0_2);
                const __m512 w1 = _mm512_set1_ps(wt[1]);
                a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                a1_2 = _mm512_fmadd_ps(x2, w1, a1_2);
                const __m512 w2 = _mm512_set1_ps(wt[2]);
                a2_0 = _mm512_fmadd_ps(x0, w2, a2_0);
                a2_1 = _mm512_fmadd_ps(x1, w2, a2_1);
                a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                const __m512 w3 = _mm512_set1_ps(wt[3]);
                a3_0 = _mm512_fmadd_ps(x0, w3, a3_0);
                a3_1 = _mm512_fmadd_ps(x1, w3, a3_1);
                a3_2 = _mm512_fmadd_ps(x2, w3, a3_2);
                const __m512 w4 = _mm512_set1_ps(wt[4]);
                a4_0 = _mm512_fmadd_ps(x0, w4, a4_0);
                a4_1 = _mm512_fmadd_ps(x1, w4, a4_1);
                a4_2 = _mm512_fmadd_ps(x2, w4, a4_2);
            }
        }
    } else if (b->sw == 2) {
        /* two loads and a shuffle per vector instead of a gather: lanes
         * [0, psplit) from the even floats of the first, the rest from the
         * second, xpair floats on */
        const __m512i lane = _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        const __m512i even = _mm512_mask_add_epi32(_mm512_add_epi32(lane, lane),
                                                   _mm512_cmpge_epi32_mask(lane, _mm512_set1_epi32(b->psplit)),
                                                   _mm512_add_epi32(lane, lane), _mm512_set1_epi32(16 - 2 * b->psplit));
        const ptrdiff_t xpair = b->xpair;
        if (b->row3) {
            const __m512i odd = _mm512_add_epi32(even, _mm512_set1_epi32(1));
            if (b->psplit == 8) {
                for (int ci = 0; ci < b->cin; ci++) {
                    const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                    for (int t = 0; t < b->ntaps; t++) {
                        const lmc_direct_tap *tp = &b->taps[t];
                        const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                        const __m512 lo0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), hi0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair);
                        const __m512 e0 = _mm512_permutex2var_ps(lo0, even, hi0), o0 = _mm512_permutex2var_ps(lo0, odd, hi0);
                        const __m512 f0 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[0]), xt + xv0 + 32)), _mm512_castps_si512(e0), 1));
                        const __m512 lo1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), hi1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + xpair);
                        const __m512 e1 = _mm512_permutex2var_ps(lo1, even, hi1), o1 = _mm512_permutex2var_ps(lo1, odd, hi1);
                        const __m512 f1 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[1]), xt + xv1 + 32)), _mm512_castps_si512(e1), 1));
                        const __m512 lo2 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][0]), xt + xv2), hi2 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][1]), xt + xv2 + xpair);
                        const __m512 e2 = _mm512_permutex2var_ps(lo2, even, hi2), o2 = _mm512_permutex2var_ps(lo2, odd, hi2);
                        const __m512 f2 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[2]), xt + xv2 + 32)), _mm512_castps_si512(e2), 1));
                        {
                            const __m512 w = _mm512_set1_ps(wt[0]);
                            a0_0 = _mm512_fmadd_ps(e0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(e1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(e2, w, a0_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[1]);
                            a1_0 = _mm512_fmadd_ps(e0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(e1, w, a1_1);
                            a1_2 = _mm512_fmadd_ps(e2, w, a1_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[2]);
                            a2_0 = _mm512_fmadd_ps(e0, w, a2_0);
                            a2_1 = _mm512_fmadd_ps(e1, w, a2_1);
                            a2_2 = _mm512_fmadd_ps(e2, w, a2_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[3]);
                            a3_0 = _mm512_fmadd_ps(e0, w, a3_0);
                            a3_1 = _mm512_fmadd_ps(e1, w, a3_1);
                            a3_2 = _mm512_fmadd_ps(e2, w, a3_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[4]);
                            a4_0 = _mm512_fmadd_ps(e0, w, a4_0);
                            a4_1 = _mm512_fmadd_ps(e1, w, a4_1);
                            a4_2 = _mm512_fmadd_ps(e2, w, a4_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[8]);
                            a0_0 = _mm512_fmadd_ps(o0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(o1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(o2, w, a0_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[9]);
                            a1_0 = _mm512_fmadd_ps(o0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(o1, w, a1_1);
                            a1_2 = _mm512_fmadd_ps(o2, w, a1_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[10]);
                            a2_0 = _mm512_fmadd_ps(o0, w, a2_0);
                            a2_1 = _mm512_fmadd_ps(o1, w, a2_1);
                            a2_2 = _mm512_fmadd_ps(o2, w, a2_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[11]);
                            a3_0 = _mm512_fmadd_ps(o0, w, a3_0);
                            a3_1 = _mm512_fmadd_ps(o1, w, a3_1);
                            a3_2 = _mm512_fmadd_ps(o2, w, a3_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[12]);
                            a4_0 = _mm512_fmadd_ps(o0, w, a4_0);
                            a4_1 = _mm512_fmadd_ps(o1, w, a4_1);
                            a4_2 = _mm512_fmadd_ps(o2, w, a4_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[16]);
                            a0_0 = _mm512_fmadd_ps(f0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(f1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(f2, w, a0_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[17]);
                            a1_0 = _mm512_fmadd_ps(f0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(f1, w, a1_1);
                            a1_2 = _mm512_fmadd_ps(f2, w, a1_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[18]);
                            a2_0 = _mm512_fmadd_ps(f0, w, a2_0);
                            a2_1 = _mm512_fmadd_ps(f1, w, a2_1);
                            a2_2 = _mm512_fmadd_ps(f2, w, a2_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[19]);
                            a3_0 = _mm512_fmadd_ps(f0, w, a3_0);
                            a3_1 = _mm512_fmadd_ps(f1, w, a3_1);
                            a3_2 = _mm512_fmadd_ps(f2, w, a3_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[20]);
                            a4_0 = _mm512_fmadd_ps(f0, w, a4_0);
                            a4_1 = _mm512_fmadd_ps(f1, w, a4_1);
                            a4_2 = _mm512_fmadd_ps(f2, w, a4_2);
                        }
                    }
                }
            } else {
                const __m512i even2 = _mm512_add_epi32(even, _mm512_set1_epi32(2));
                for (int ci = 0; ci < b->cin; ci++) {
                    const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                    for (int t = 0; t < b->ntaps; t++) {
                        const lmc_direct_tap *tp = &b->taps[t];
                        const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                        const __m512 lo0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), hi0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair);
                        const __m512 e0 = _mm512_permutex2var_ps(lo0, even, hi0), o0 = _mm512_permutex2var_ps(lo0, odd, hi0);
                        const __m512 f0 = _mm512_permutex2var_ps(lo0, even2, hi0);
                        const __m512 lo1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), hi1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + xpair);
                        const __m512 e1 = _mm512_permutex2var_ps(lo1, even, hi1), o1 = _mm512_permutex2var_ps(lo1, odd, hi1);
                        const __m512 f1 = _mm512_permutex2var_ps(lo1, even2, hi1);
                        const __m512 lo2 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][0]), xt + xv2), hi2 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][1]), xt + xv2 + xpair);
                        const __m512 e2 = _mm512_permutex2var_ps(lo2, even, hi2), o2 = _mm512_permutex2var_ps(lo2, odd, hi2);
                        const __m512 f2 = _mm512_permutex2var_ps(lo2, even2, hi2);
                        {
                            const __m512 w = _mm512_set1_ps(wt[0]);
                            a0_0 = _mm512_fmadd_ps(e0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(e1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(e2, w, a0_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[1]);
                            a1_0 = _mm512_fmadd_ps(e0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(e1, w, a1_1);
                            a1_2 = _mm512_fmadd_ps(e2, w, a1_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[2]);
                            a2_0 = _mm512_fmadd_ps(e0, w, a2_0);
                            a2_1 = _mm512_fmadd_ps(e1, w, a2_1);
                            a2_2 = _mm512_fmadd_ps(e2, w, a2_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[3]);
                            a3_0 = _mm512_fmadd_ps(e0, w, a3_0);
                            a3_1 = _mm512_fmadd_ps(e1, w, a3_1);
                            a3_2 = _mm512_fmadd_ps(e2, w, a3_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[4]);
                            a4_0 = _mm512_fmadd_ps(e0, w, a4_0);
                            a4_1 = _mm512_fmadd_ps(e1, w, a4_1);
                            a4_2 = _mm512_fmadd_ps(e2, w, a4_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[8]);
                            a0_0 = _mm512_fmadd_ps(o0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(o1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(o2, w, a0_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[9]);
                            a1_0 = _mm512_fmadd_ps(o0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(o1, w, a1_1);
                            a1_2 = _mm512_fmadd_ps(o2, w, a1_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[10]);
                            a2_0 = _mm512_fmadd_ps(o0, w, a2_0);
                            a2_1 = _mm512_fmadd_ps(o1, w, a2_1);
                            a2_2 = _mm512_fmadd_ps(o2, w, a2_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[11]);
                            a3_0 = _mm512_fmadd_ps(o0, w, a3_0);
                            a3_1 = _mm512_fmadd_ps(o1, w, a3_1);
                            a3_2 = _mm512_fmadd_ps(o2, w, a3_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[12]);
                            a4_0 = _mm512_fmadd_ps(o0, w, a4_0);
                            a4_1 = _mm512_fmadd_ps(o1, w, a4_1);
                            a4_2 = _mm512_fmadd_ps(o2, w, a4_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[16]);
                            a0_0 = _mm512_fmadd_ps(f0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(f1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(f2, w, a0_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[17]);
                            a1_0 = _mm512_fmadd_ps(f0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(f1, w, a1_1);
                            a1_2 = _mm512_fmadd_ps(f2, w, a1_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[18]);
                            a2_0 = _mm512_fmadd_ps(f0, w, a2_0);
                            a2_1 = _mm512_fmadd_ps(f1, w, a2_1);
                            a2_2 = _mm512_fmadd_ps(f2, w, a2_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[19]);
                            a3_0 = _mm512_fmadd_ps(f0, w, a3_0);
                            a3_1 = _mm512_fmadd_ps(f1, w, a3_1);
                            a3_2 = _mm512_fmadd_ps(f2, w, a3_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[20]);
                            a4_0 = _mm512_fmadd_ps(f0, w, a4_0);
                            a4_1 = _mm512_fmadd_ps(f1, w, a4_1);
                            a4_2 = _mm512_fmadd_ps(f2, w, a4_2);
                        }
                    }
                }
            }
        } else {
            for (int ci = 0; ci < b->cin; ci++) {
                const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                for (int t = 0; t < b->ntaps; t++) {
                    const lmc_direct_tap *tp = &b->taps[t];
                    const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                    const __m512 x0 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair));
                    const __m512 x1 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + xpair));
                    const __m512 x2 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][0]), xt + xv2), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][1]), xt + xv2 + xpair));
                    const __m512 w0 = _mm512_set1_ps(wt[0]);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                    a0_2 = _mm512_fmadd_ps(x2, w0, a0_2);
                    const __m512 w1 = _mm512_set1_ps(wt[1]);
                    a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                    a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                    a1_2 = _mm512_fmadd_ps(x2, w1, a1_2);
                    const __m512 w2 = _mm512_set1_ps(wt[2]);
                    a2_0 = _mm512_fmadd_ps(x0, w2, a2_0);
                    a2_1 = _mm512_fmadd_ps(x1, w2, a2_1);
                    a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                    const __m512 w3 = _mm512_set1_ps(wt[3]);
                    a3_0 = _mm512_fmadd_ps(x0, w3, a3_0);
                    a3_1 = _mm512_fmadd_ps(x1, w3, a3_1);
                    a3_2 = _mm512_fmadd_ps(x2, w3, a3_2);
                    const __m512 w4 = _mm512_set1_ps(wt[4]);
                    a4_0 = _mm512_fmadd_ps(x0, w4, a4_0);
                    a4_1 = _mm512_fmadd_ps(x1, w4, a4_1);
                    a4_2 = _mm512_fmadd_ps(x2, w4, a4_2);
                }
            }
        }
    } else {
        const ptrdiff_t sw = b->sw;
        const __m512i lanes = _mm512_mullo_epi32(
            _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15), _mm512_set1_epi32((int)sw));
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const __m512 x0 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[0]), lanes, xt + xv0, 4);
                const __m512 x1 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[1]), lanes, xt + xv1, 4);
                const __m512 x2 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[2]), lanes, xt + xv2, 4);
                const __m512 w0 = _mm512_set1_ps(wt[0]);
                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                a0_2 = _mm512_fmadd_ps(x2, w0, a0_2);
                const __m512 w1 = _mm512_set1_ps(wt[1]);
                a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                a1_2 = _mm512_fmadd_ps(x2, w1, a1_2);
                const __m512 w2 = _mm512_set1_ps(wt[2]);
                a2_0 = _mm512_fmadd_ps(x0, w2, a2_0);
                a2_1 = _mm512_fmadd_ps(x1, w2, a2_1);
                a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                const __m512 w3 = _mm512_set1_ps(wt[3]);
                a3_0 = _mm512_fmadd_ps(x0, w3, a3_0);
                a3_1 = _mm512_fmadd_ps(x1, w3, a3_1);
                a3_2 = _mm512_fmadd_ps(x2, w3, a3_2);
                const __m512 w4 = _mm512_set1_ps(wt[4]);
                a4_0 = _mm512_fmadd_ps(x0, w4, a4_0);
                a4_1 = _mm512_fmadd_ps(x1, w4, a4_1);
                a4_2 = _mm512_fmadd_ps(x2, w4, a4_2);
            }
        }
    }
    if (b->last && b->relu) {
        a0_0 = _mm512_max_ps(a0_0, _mm512_setzero_ps());
        a0_1 = _mm512_max_ps(a0_1, _mm512_setzero_ps());
        a0_2 = _mm512_max_ps(a0_2, _mm512_setzero_ps());
        a1_0 = _mm512_max_ps(a1_0, _mm512_setzero_ps());
        a1_1 = _mm512_max_ps(a1_1, _mm512_setzero_ps());
        a1_2 = _mm512_max_ps(a1_2, _mm512_setzero_ps());
        a2_0 = _mm512_max_ps(a2_0, _mm512_setzero_ps());
        a2_1 = _mm512_max_ps(a2_1, _mm512_setzero_ps());
        a2_2 = _mm512_max_ps(a2_2, _mm512_setzero_ps());
        a3_0 = _mm512_max_ps(a3_0, _mm512_setzero_ps());
        a3_1 = _mm512_max_ps(a3_1, _mm512_setzero_ps());
        a3_2 = _mm512_max_ps(a3_2, _mm512_setzero_ps());
        a4_0 = _mm512_max_ps(a4_0, _mm512_setzero_ps());
        a4_1 = _mm512_max_ps(a4_1, _mm512_setzero_ps());
        a4_2 = _mm512_max_ps(a4_2, _mm512_setzero_ps());
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
    store_mask(yo0 + 4 * b->yplane, b->smask[0], a4_0);
    store_mask(yo1 + 4 * b->yplane, b->smask[1], a4_1);
    store_mask(yo2 + 4 * b->yplane, b->smask[2], a4_2);
}

static void lmc_f32_direct_nchw_8cx48w_6x1__avx512(const lmc_direct_pblock *b)
{
    const ptrdiff_t xv0 = b->xv[0];
    float *yo0 = b->y + b->yv[0];
    __m512 a0_0;
    __m512 a1_0;
    __m512 a2_0;
    __m512 a3_0;
    __m512 a4_0;
    __m512 a5_0;
    /* The output lines, fetched while the block multiplies: a tile writes
     * MB planes, and a layer's tiles more store streams than the
     * prefetchers follow (MobileNet's pw1 in NCHW spent a fifth of its
     * time waiting on them). */
    __builtin_prefetch(yo0, 1, 3);
    __builtin_prefetch(yo0 + 1 * b->yplane, 1, 3);
    __builtin_prefetch(yo0 + 2 * b->yplane, 1, 3);
    __builtin_prefetch(yo0 + 3 * b->yplane, 1, 3);
    __builtin_prefetch(yo0 + 4 * b->yplane, 1, 3);
    __builtin_prefetch(yo0 + 5 * b->yplane, 1, 3);
    if (b->first) {
        const __m512 bb0 = b->bias ? _mm512_set1_ps(b->bias[0]) : _mm512_setzero_ps();
        a0_0 = bb0;
        const __m512 bb1 = b->bias ? _mm512_set1_ps(b->bias[1]) : _mm512_setzero_ps();
        a1_0 = bb1;
        const __m512 bb2 = b->bias ? _mm512_set1_ps(b->bias[2]) : _mm512_setzero_ps();
        a2_0 = bb2;
        const __m512 bb3 = b->bias ? _mm512_set1_ps(b->bias[3]) : _mm512_setzero_ps();
        a3_0 = bb3;
        const __m512 bb4 = b->bias ? _mm512_set1_ps(b->bias[4]) : _mm512_setzero_ps();
        a4_0 = bb4;
        const __m512 bb5 = b->bias ? _mm512_set1_ps(b->bias[5]) : _mm512_setzero_ps();
        a5_0 = bb5;
    } else {
        a0_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0);
        a1_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 1 * b->yplane);
        a2_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 2 * b->yplane);
        a3_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 3 * b->yplane);
        a4_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 4 * b->yplane);
        a5_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 5 * b->yplane);
    }
    if (b->sw == 1) {
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                if (tp->full) {
                    const __m512 x0 = _mm512_loadu_ps(xt + xv0);
                    const __m512 w0 = _mm512_set1_ps(wt[0]);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    const __m512 w1 = _mm512_set1_ps(wt[1]);
                    a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                    const __m512 w2 = _mm512_set1_ps(wt[2]);
                    a2_0 = _mm512_fmadd_ps(x0, w2, a2_0);
                    const __m512 w3 = _mm512_set1_ps(wt[3]);
                    a3_0 = _mm512_fmadd_ps(x0, w3, a3_0);
                    const __m512 w4 = _mm512_set1_ps(wt[4]);
                    a4_0 = _mm512_fmadd_ps(x0, w4, a4_0);
                    const __m512 w5 = _mm512_set1_ps(wt[5]);
                    a5_0 = _mm512_fmadd_ps(x0, w5, a5_0);
                    continue;
                }
                const __m512 x0 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[0]), xt + xv0);
                const __m512 w0 = _mm512_set1_ps(wt[0]);
                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                const __m512 w1 = _mm512_set1_ps(wt[1]);
                a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                const __m512 w2 = _mm512_set1_ps(wt[2]);
                a2_0 = _mm512_fmadd_ps(x0, w2, a2_0);
                const __m512 w3 = _mm512_set1_ps(wt[3]);
                a3_0 = _mm512_fmadd_ps(x0, w3, a3_0);
                const __m512 w4 = _mm512_set1_ps(wt[4]);
                a4_0 = _mm512_fmadd_ps(x0, w4, a4_0);
                const __m512 w5 = _mm512_set1_ps(wt[5]);
                a5_0 = _mm512_fmadd_ps(x0, w5, a5_0);
            }
        }
    } else if (b->sw == 2) {
        /* two loads and a shuffle per vector instead of a gather: lanes
         * [0, psplit) from the even floats of the first, the rest from the
         * second, xpair floats on */
        const __m512i lane = _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        const __m512i even = _mm512_mask_add_epi32(_mm512_add_epi32(lane, lane),
                                                   _mm512_cmpge_epi32_mask(lane, _mm512_set1_epi32(b->psplit)),
                                                   _mm512_add_epi32(lane, lane), _mm512_set1_epi32(16 - 2 * b->psplit));
        const ptrdiff_t xpair = b->xpair;
        if (b->row3) {
            const __m512i odd = _mm512_add_epi32(even, _mm512_set1_epi32(1));
            if (b->psplit == 8) {
                for (int ci = 0; ci < b->cin; ci++) {
                    const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                    for (int t = 0; t < b->ntaps; t++) {
                        const lmc_direct_tap *tp = &b->taps[t];
                        const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                        const __m512 lo0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), hi0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair);
                        const __m512 e0 = _mm512_permutex2var_ps(lo0, even, hi0), o0 = _mm512_permutex2var_ps(lo0, odd, hi0);
                        const __m512 f0 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[0]), xt + xv0 + 32)), _mm512_castps_si512(e0), 1));
                        {
                            const __m512 w = _mm512_set1_ps(wt[0]);
                            a0_0 = _mm512_fmadd_ps(e0, w, a0_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[1]);
                            a1_0 = _mm512_fmadd_ps(e0, w, a1_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[2]);
                            a2_0 = _mm512_fmadd_ps(e0, w, a2_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[3]);
                            a3_0 = _mm512_fmadd_ps(e0, w, a3_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[4]);
                            a4_0 = _mm512_fmadd_ps(e0, w, a4_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[5]);
                            a5_0 = _mm512_fmadd_ps(e0, w, a5_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[8]);
                            a0_0 = _mm512_fmadd_ps(o0, w, a0_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[9]);
                            a1_0 = _mm512_fmadd_ps(o0, w, a1_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[10]);
                            a2_0 = _mm512_fmadd_ps(o0, w, a2_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[11]);
                            a3_0 = _mm512_fmadd_ps(o0, w, a3_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[12]);
                            a4_0 = _mm512_fmadd_ps(o0, w, a4_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[13]);
                            a5_0 = _mm512_fmadd_ps(o0, w, a5_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[16]);
                            a0_0 = _mm512_fmadd_ps(f0, w, a0_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[17]);
                            a1_0 = _mm512_fmadd_ps(f0, w, a1_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[18]);
                            a2_0 = _mm512_fmadd_ps(f0, w, a2_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[19]);
                            a3_0 = _mm512_fmadd_ps(f0, w, a3_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[20]);
                            a4_0 = _mm512_fmadd_ps(f0, w, a4_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[21]);
                            a5_0 = _mm512_fmadd_ps(f0, w, a5_0);
                        }
                    }
                }
            } else {
                const __m512i even2 = _mm512_add_epi32(even, _mm512_set1_epi32(2));
                for (int ci = 0; ci < b->cin; ci++) {
                    const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                    for (int t = 0; t < b->ntaps; t++) {
                        const lmc_direct_tap *tp = &b->taps[t];
                        const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                        const __m512 lo0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), hi0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair);
                        const __m512 e0 = _mm512_permutex2var_ps(lo0, even, hi0), o0 = _mm512_permutex2var_ps(lo0, odd, hi0);
                        const __m512 f0 = _mm512_permutex2var_ps(lo0, even2, hi0);
                        {
                            const __m512 w = _mm512_set1_ps(wt[0]);
                            a0_0 = _mm512_fmadd_ps(e0, w, a0_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[1]);
                            a1_0 = _mm512_fmadd_ps(e0, w, a1_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[2]);
                            a2_0 = _mm512_fmadd_ps(e0, w, a2_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[3]);
                            a3_0 = _mm512_fmadd_ps(e0, w, a3_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[4]);
                            a4_0 = _mm512_fmadd_ps(e0, w, a4_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[5]);
                            a5_0 = _mm512_fmadd_ps(e0, w, a5_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[8]);
                            a0_0 = _mm512_fmadd_ps(o0, w, a0_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[9]);
                            a1_0 = _mm512_fmadd_ps(o0, w, a1_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[10]);
                            a2_0 = _mm512_fmadd_ps(o0, w, a2_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[11]);
                            a3_0 = _mm512_fmadd_ps(o0, w, a3_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[12]);
                            a4_0 = _mm512_fmadd_ps(o0, w, a4_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[13]);
                            a5_0 = _mm512_fmadd_ps(o0, w, a5_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[16]);
                            a0_0 = _mm512_fmadd_ps(f0, w, a0_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[17]);
                            a1_0 = _mm512_fmadd_ps(f0, w, a1_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[18]);
                            a2_0 = _mm512_fmadd_ps(f0, w, a2_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[19]);
                            a3_0 = _mm512_fmadd_ps(f0, w, a3_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[20]);
                            a4_0 = _mm512_fmadd_ps(f0, w, a4_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[21]);
                            a5_0 = _mm512_fmadd_ps(f0, w, a5_0);
                        }
                    }
                }
            }
        } else {
            for (int ci = 0; ci < b->cin; ci++) {
                const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                for (int t = 0; t < b->ntaps; t++) {
                    const lmc_direct_tap *tp = &b->taps[t];
                    const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                    const __m512 x0 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair));
                    const __m512 w0 = _mm512_set1_ps(wt[0]);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    const __m512 w1 = _mm512_set1_ps(wt[1]);
                    a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                    const __m512 w2 = _mm512_set1_ps(wt[2]);
                    a2_0 = _mm512_fmadd_ps(x0, w2, a2_0);
                    const __m512 w3 = _mm512_set1_ps(wt[3]);
                    a3_0 = _mm512_fmadd_ps(x0, w3, a3_0);
                    const __m512 w4 = _mm512_set1_ps(wt[4]);
                    a4_0 = _mm512_fmadd_ps(x0, w4, a4_0);
                    const __m512 w5 = _mm512_set1_ps(wt[5]);
                    a5_0 = _mm512_fmadd_ps(x0, w5, a5_0);
                }
            }
        }
    } else {
        const ptrdiff_t sw = b->sw;
        const __m512i lanes = _mm512_mullo_epi32(
            _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15), _mm512_set1_epi32((int)sw));
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const __m512 x0 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[0]), lanes, xt + xv0, 4);
                const __m512 w0 = _mm512_set1_ps(wt[0]);
                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                const __m512 w1 = _mm512_set1_ps(wt[1]);
                a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                const __m512 w2 = _mm512_set1_ps(wt[2]);
                a2_0 = _mm512_fmadd_ps(x0, w2, a2_0);
                const __m512 w3 = _mm512_set1_ps(wt[3]);
                a3_0 = _mm512_fmadd_ps(x0, w3, a3_0);
                const __m512 w4 = _mm512_set1_ps(wt[4]);
                a4_0 = _mm512_fmadd_ps(x0, w4, a4_0);
                const __m512 w5 = _mm512_set1_ps(wt[5]);
                a5_0 = _mm512_fmadd_ps(x0, w5, a5_0);
            }
        }
    }
    if (b->last && b->relu) {
        a0_0 = _mm512_max_ps(a0_0, _mm512_setzero_ps());
        a1_0 = _mm512_max_ps(a1_0, _mm512_setzero_ps());
        a2_0 = _mm512_max_ps(a2_0, _mm512_setzero_ps());
        a3_0 = _mm512_max_ps(a3_0, _mm512_setzero_ps());
        a4_0 = _mm512_max_ps(a4_0, _mm512_setzero_ps());
        a5_0 = _mm512_max_ps(a5_0, _mm512_setzero_ps());
    }
    store_mask(yo0, b->smask[0], a0_0);
    store_mask(yo0 + 1 * b->yplane, b->smask[0], a1_0);
    store_mask(yo0 + 2 * b->yplane, b->smask[0], a2_0);
    store_mask(yo0 + 3 * b->yplane, b->smask[0], a3_0);
    store_mask(yo0 + 4 * b->yplane, b->smask[0], a4_0);
    store_mask(yo0 + 5 * b->yplane, b->smask[0], a5_0);
}

static void lmc_f32_direct_nchw_8cx48w_6x2__avx512(const lmc_direct_pblock *b)
{
    const ptrdiff_t xv0 = b->xv[0], xv1 = b->xv[1];
    float *yo0 = b->y + b->yv[0], *yo1 = b->y + b->yv[1];
    __m512 a0_0, a0_1;
    __m512 a1_0, a1_1;
    __m512 a2_0, a2_1;
    __m512 a3_0, a3_1;
    __m512 a4_0, a4_1;
    __m512 a5_0, a5_1;
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
    __builtin_prefetch(yo0 + 4 * b->yplane, 1, 3);
    __builtin_prefetch(yo1 + 4 * b->yplane, 1, 3);
    __builtin_prefetch(yo0 + 5 * b->yplane, 1, 3);
    __builtin_prefetch(yo1 + 5 * b->yplane, 1, 3);
    if (b->first) {
        const __m512 bb0 = b->bias ? _mm512_set1_ps(b->bias[0]) : _mm512_setzero_ps();
        a0_0 = bb0;
        a0_1 = bb0;
        const __m512 bb1 = b->bias ? _mm512_set1_ps(b->bias[1]) : _mm512_setzero_ps();
        a1_0 = bb1;
        a1_1 = bb1;
        const __m512 bb2 = b->bias ? _mm512_set1_ps(b->bias[2]) : _mm512_setzero_ps();
        a2_0 = bb2;
        a2_1 = bb2;
        const __m512 bb3 = b->bias ? _mm512_set1_ps(b->bias[3]) : _mm512_setzero_ps();
        a3_0 = bb3;
        a3_1 = bb3;
        const __m512 bb4 = b->bias ? _mm512_set1_ps(b->bias[4]) : _mm512_setzero_ps();
        a4_0 = bb4;
        a4_1 = bb4;
        const __m512 bb5 = b->bias ? _mm512_set1_ps(b->bias[5]) : _mm512_setzero_ps();
        a5_0 = bb5;
        a5_1 = bb5;
    } else {
        a0_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0);
        a0_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1);
        a1_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 1 * b->yplane);
        a1_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1 + 1 * b->yplane);
        a2_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 2 * b->yplane);
        a2_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1 + 2 * b->yplane);
        a3_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 3 * b->yplane);
        a3_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1 + 3 * b->yplane);
        a4_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 4 * b->yplane);
        a4_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1 + 4 * b->yplane);
        a5_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 5 * b->yplane);
        a5_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1 + 5 * b->yplane);
    }
    if (b->sw == 1) {
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                if (tp->full) {
                    const __m512 x0 = _mm512_loadu_ps(xt + xv0);
                    const __m512 x1 = _mm512_loadu_ps(xt + xv1);
                    const __m512 w0 = _mm512_set1_ps(wt[0]);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                    const __m512 w1 = _mm512_set1_ps(wt[1]);
                    a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                    a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                    const __m512 w2 = _mm512_set1_ps(wt[2]);
                    a2_0 = _mm512_fmadd_ps(x0, w2, a2_0);
                    a2_1 = _mm512_fmadd_ps(x1, w2, a2_1);
                    const __m512 w3 = _mm512_set1_ps(wt[3]);
                    a3_0 = _mm512_fmadd_ps(x0, w3, a3_0);
                    a3_1 = _mm512_fmadd_ps(x1, w3, a3_1);
                    const __m512 w4 = _mm512_set1_ps(wt[4]);
                    a4_0 = _mm512_fmadd_ps(x0, w4, a4_0);
                    a4_1 = _mm512_fmadd_ps(x1, w4, a4_1);
                    const __m512 w5 = _mm512_set1_ps(wt[5]);
                    a5_0 = _mm512_fmadd_ps(x0, w5, a5_0);
                    a5_1 = _mm512_fmadd_ps(x1, w5, a5_1);
                    continue;
                }
                const __m512 x0 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[0]), xt + xv0);
                const __m512 x1 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[1]), xt + xv1);
                const __m512 w0 = _mm512_set1_ps(wt[0]);
                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                const __m512 w1 = _mm512_set1_ps(wt[1]);
                a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                const __m512 w2 = _mm512_set1_ps(wt[2]);
                a2_0 = _mm512_fmadd_ps(x0, w2, a2_0);
                a2_1 = _mm512_fmadd_ps(x1, w2, a2_1);
                const __m512 w3 = _mm512_set1_ps(wt[3]);
                a3_0 = _mm512_fmadd_ps(x0, w3, a3_0);
                a3_1 = _mm512_fmadd_ps(x1, w3, a3_1);
                const __m512 w4 = _mm512_set1_ps(wt[4]);
                a4_0 = _mm512_fmadd_ps(x0, w4, a4_0);
                a4_1 = _mm512_fmadd_ps(x1, w4, a4_1);
                const __m512 w5 = _mm512_set1_ps(wt[5]);
                a5_0 = _mm512_fmadd_ps(x0, w5, a5_0);
                a5_1 = _mm512_fmadd_ps(x1, w5, a5_1);
            }
        }
    } else if (b->sw == 2) {
        /* two loads and a shuffle per vector instead of a gather: lanes
         * [0, psplit) from the even floats of the first, the rest from the
         * second, xpair floats on */
        const __m512i lane = _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        const __m512i even = _mm512_mask_add_epi32(_mm512_add_epi32(lane, lane),
                                                   _mm512_cmpge_epi32_mask(lane, _mm512_set1_epi32(b->psplit)),
                                                   _mm512_add_epi32(lane, lane), _mm512_set1_epi32(16 - 2 * b->psplit));
        const ptrdiff_t xpair = b->xpair;
        if (b->row3) {
            const __m512i odd = _mm512_add_epi32(even, _mm512_set1_epi32(1));
            if (b->psplit == 8) {
                for (int ci = 0; ci < b->cin; ci++) {
                    const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                    for (int t = 0; t < b->ntaps; t++) {
                        const lmc_direct_tap *tp = &b->taps[t];
                        const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                        const __m512 lo0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), hi0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair);
                        const __m512 e0 = _mm512_permutex2var_ps(lo0, even, hi0), o0 = _mm512_permutex2var_ps(lo0, odd, hi0);
                        const __m512 f0 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[0]), xt + xv0 + 32)), _mm512_castps_si512(e0), 1));
                        const __m512 lo1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), hi1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + xpair);
                        const __m512 e1 = _mm512_permutex2var_ps(lo1, even, hi1), o1 = _mm512_permutex2var_ps(lo1, odd, hi1);
                        const __m512 f1 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[1]), xt + xv1 + 32)), _mm512_castps_si512(e1), 1));
                        {
                            const __m512 w = _mm512_set1_ps(wt[0]);
                            a0_0 = _mm512_fmadd_ps(e0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(e1, w, a0_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[1]);
                            a1_0 = _mm512_fmadd_ps(e0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(e1, w, a1_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[2]);
                            a2_0 = _mm512_fmadd_ps(e0, w, a2_0);
                            a2_1 = _mm512_fmadd_ps(e1, w, a2_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[3]);
                            a3_0 = _mm512_fmadd_ps(e0, w, a3_0);
                            a3_1 = _mm512_fmadd_ps(e1, w, a3_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[4]);
                            a4_0 = _mm512_fmadd_ps(e0, w, a4_0);
                            a4_1 = _mm512_fmadd_ps(e1, w, a4_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[5]);
                            a5_0 = _mm512_fmadd_ps(e0, w, a5_0);
                            a5_1 = _mm512_fmadd_ps(e1, w, a5_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[8]);
                            a0_0 = _mm512_fmadd_ps(o0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(o1, w, a0_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[9]);
                            a1_0 = _mm512_fmadd_ps(o0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(o1, w, a1_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[10]);
                            a2_0 = _mm512_fmadd_ps(o0, w, a2_0);
                            a2_1 = _mm512_fmadd_ps(o1, w, a2_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[11]);
                            a3_0 = _mm512_fmadd_ps(o0, w, a3_0);
                            a3_1 = _mm512_fmadd_ps(o1, w, a3_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[12]);
                            a4_0 = _mm512_fmadd_ps(o0, w, a4_0);
                            a4_1 = _mm512_fmadd_ps(o1, w, a4_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[13]);
                            a5_0 = _mm512_fmadd_ps(o0, w, a5_0);
                            a5_1 = _mm512_fmadd_ps(o1, w, a5_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[16]);
                            a0_0 = _mm512_fmadd_ps(f0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(f1, w, a0_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[17]);
                            a1_0 = _mm512_fmadd_ps(f0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(f1, w, a1_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[18]);
                            a2_0 = _mm512_fmadd_ps(f0, w, a2_0);
                            a2_1 = _mm512_fmadd_ps(f1, w, a2_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[19]);
                            a3_0 = _mm512_fmadd_ps(f0, w, a3_0);
                            a3_1 = _mm512_fmadd_ps(f1, w, a3_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[20]);
                            a4_0 = _mm512_fmadd_ps(f0, w, a4_0);
                            a4_1 = _mm512_fmadd_ps(f1, w, a4_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[21]);
                            a5_0 = _mm512_fmadd_ps(f0, w, a5_0);
                            a5_1 = _mm512_fmadd_ps(f1, w, a5_1);
                        }
                    }
                }
            } else {
                const __m512i even2 = _mm512_add_epi32(even, _mm512_set1_epi32(2));
                for (int ci = 0; ci < b->cin; ci++) {
                    const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                    for (int t = 0; t < b->ntaps; t++) {
                        const lmc_direct_tap *tp = &b->taps[t];
                        const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                        const __m512 lo0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), hi0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair);
                        const __m512 e0 = _mm512_permutex2var_ps(lo0, even, hi0), o0 = _mm512_permutex2var_ps(lo0, odd, hi0);
                        const __m512 f0 = _mm512_permutex2var_ps(lo0, even2, hi0);
                        const __m512 lo1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), hi1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + xpair);
                        const __m512 e1 = _mm512_permutex2var_ps(lo1, even, hi1), o1 = _mm512_permutex2var_ps(lo1, odd, hi1);
                        const __m512 f1 = _mm512_permutex2var_ps(lo1, even2, hi1);
                        {
                            const __m512 w = _mm512_set1_ps(wt[0]);
                            a0_0 = _mm512_fmadd_ps(e0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(e1, w, a0_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[1]);
                            a1_0 = _mm512_fmadd_ps(e0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(e1, w, a1_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[2]);
                            a2_0 = _mm512_fmadd_ps(e0, w, a2_0);
                            a2_1 = _mm512_fmadd_ps(e1, w, a2_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[3]);
                            a3_0 = _mm512_fmadd_ps(e0, w, a3_0);
                            a3_1 = _mm512_fmadd_ps(e1, w, a3_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[4]);
                            a4_0 = _mm512_fmadd_ps(e0, w, a4_0);
                            a4_1 = _mm512_fmadd_ps(e1, w, a4_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[5]);
                            a5_0 = _mm512_fmadd_ps(e0, w, a5_0);
                            a5_1 = _mm512_fmadd_ps(e1, w, a5_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[8]);
                            a0_0 = _mm512_fmadd_ps(o0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(o1, w, a0_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[9]);
                            a1_0 = _mm512_fmadd_ps(o0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(o1, w, a1_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[10]);
                            a2_0 = _mm512_fmadd_ps(o0, w, a2_0);
                            a2_1 = _mm512_fmadd_ps(o1, w, a2_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[11]);
                            a3_0 = _mm512_fmadd_ps(o0, w, a3_0);
                            a3_1 = _mm512_fmadd_ps(o1, w, a3_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[12]);
                            a4_0 = _mm512_fmadd_ps(o0, w, a4_0);
                            a4_1 = _mm512_fmadd_ps(o1, w, a4_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[13]);
                            a5_0 = _mm512_fmadd_ps(o0, w, a5_0);
                            a5_1 = _mm512_fmadd_ps(o1, w, a5_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[16]);
                            a0_0 = _mm512_fmadd_ps(f0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(f1, w, a0_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[17]);
                            a1_0 = _mm512_fmadd_ps(f0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(f1, w, a1_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[18]);
                            a2_0 = _mm512_fmadd_ps(f0, w, a2_0);
                            a2_1 = _mm512_fmadd_ps(f1, w, a2_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[19]);
                            a3_0 = _mm512_fmadd_ps(f0, w, a3_0);
                            a3_1 = _mm512_fmadd_ps(f1, w, a3_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[20]);
                            a4_0 = _mm512_fmadd_ps(f0, w, a4_0);
                            a4_1 = _mm512_fmadd_ps(f1, w, a4_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[21]);
                            a5_0 = _mm512_fmadd_ps(f0, w, a5_0);
                            a5_1 = _mm512_fmadd_ps(f1, w, a5_1);
                        }
                    }
                }
            }
        } else {
            for (int ci = 0; ci < b->cin; ci++) {
                const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                for (int t = 0; t < b->ntaps; t++) {
                    const lmc_direct_tap *tp = &b->taps[t];
                    const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                    const __m512 x0 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair));
                    const __m512 x1 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + xpair));
                    const __m512 w0 = _mm512_set1_ps(wt[0]);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                    const __m512 w1 = _mm512_set1_ps(wt[1]);
                    a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                    a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                    const __m512 w2 = _mm512_set1_ps(wt[2]);
                    a2_0 = _mm512_fmadd_ps(x0, w2, a2_0);
                    a2_1 = _mm512_fmadd_ps(x1, w2, a2_1);
                    const __m512 w3 = _mm512_set1_ps(wt[3]);
                    a3_0 = _mm512_fmadd_ps(x0, w3, a3_0);
                    a3_1 = _mm512_fmadd_ps(x1, w3, a3_1);
                    const __m512 w4 = _mm512_set1_ps(wt[4]);
                    a4_0 = _mm512_fmadd_ps(x0, w4, a4_0);
                    a4_1 = _mm512_fmadd_ps(x1, w4, a4_1);
                    const __m512 w5 = _mm512_set1_ps(wt[5]);
                    a5_0 = _mm512_fmadd_ps(x0, w5, a5_0);
                    a5_1 = _mm512_fmadd_ps(x1, w5, a5_1);
                }
            }
        }
    } else {
        const ptrdiff_t sw = b->sw;
        const __m512i lanes = _mm512_mullo_epi32(
            _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15), _mm512_set1_epi32((int)sw));
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const __m512 x0 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[0]), lanes, xt + xv0, 4);
                const __m512 x1 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[1]), lanes, xt + xv1, 4);
                const __m512 w0 = _mm512_set1_ps(wt[0]);
                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                const __m512 w1 = _mm512_set1_ps(wt[1]);
                a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                const __m512 w2 = _mm512_set1_ps(wt[2]);
                a2_0 = _mm512_fmadd_ps(x0, w2, a2_0);
                a2_1 = _mm512_fmadd_ps(x1, w2, a2_1);
                const __m512 w3 = _mm512_set1_ps(wt[3]);
                a3_0 = _mm512_fmadd_ps(x0, w3, a3_0);
                a3_1 = _mm512_fmadd_ps(x1, w3, a3_1);
                const __m512 w4 = _mm512_set1_ps(wt[4]);
                a4_0 = _mm512_fmadd_ps(x0, w4, a4_0);
                a4_1 = _mm512_fmadd_ps(x1, w4, a4_1);
                const __m512 w5 = _mm512_set1_ps(wt[5]);
                a5_0 = _mm512_fmadd_ps(x0, w5, a5_0);
                a5_1 = _mm512_fmadd_ps(x1, w5, a5_1);
            }
        }
    }
    if (b->last && b->relu) {
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
    }
    store_mask(yo0, b->smask[0], a0_0);
    store_mask(yo1, b->smask[1], a0_1);
    store_mask(yo0 + 1 * b->yplane, b->smask[0], a1_0);
    store_mask(yo1 + 1 * b->yplane, b->smask[1], a1_1);
    store_mask(yo0 + 2 * b->yplane, b->smask[0], a2_0);
    store_mask(yo1 + 2 * b->yplane, b->smask[1], a2_1);
    store_mask(yo0 + 3 * b->yplane, b->smask[0], a3_0);
    store_mask(yo1 + 3 * b->yplane, b->smask[1], a3_1);
    store_mask(yo0 + 4 * b->yplane, b->smask[0], a4_0);
    store_mask(yo1 + 4 * b->yplane, b->smask[1], a4_1);
    store_mask(yo0 + 5 * b->yplane, b->smask[0], a5_0);
    store_mask(yo1 + 5 * b->yplane, b->smask[1], a5_1);
}

static void lmc_f32_direct_nchw_8cx48w_6x3__avx512(const lmc_direct_pblock *b)
{
    const ptrdiff_t xv0 = b->xv[0], xv1 = b->xv[1], xv2 = b->xv[2];
    float *yo0 = b->y + b->yv[0], *yo1 = b->y + b->yv[1], *yo2 = b->y + b->yv[2];
    __m512 a0_0, a0_1, a0_2;
    __m512 a1_0, a1_1, a1_2;
    __m512 a2_0, a2_1, a2_2;
    __m512 a3_0, a3_1, a3_2;
    __m512 a4_0, a4_1, a4_2;
    __m512 a5_0, a5_1, a5_2;
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
    __builtin_prefetch(yo0 + 4 * b->yplane, 1, 3);
    __builtin_prefetch(yo1 + 4 * b->yplane, 1, 3);
    __builtin_prefetch(yo2 + 4 * b->yplane, 1, 3);
    __builtin_prefetch(yo0 + 5 * b->yplane, 1, 3);
    __builtin_prefetch(yo1 + 5 * b->yplane, 1, 3);
    __builtin_prefetch(yo2 + 5 * b->yplane, 1, 3);
    if (b->first) {
        const __m512 bb0 = b->bias ? _mm512_set1_ps(b->bias[0]) : _mm512_setzero_ps();
        a0_0 = bb0;
        a0_1 = bb0;
        a0_2 = bb0;
        const __m512 bb1 = b->bias ? _mm512_set1_ps(b->bias[1]) : _mm512_setzero_ps();
        a1_0 = bb1;
        a1_1 = bb1;
        a1_2 = bb1;
        const __m512 bb2 = b->bias ? _mm512_set1_ps(b->bias[2]) : _mm512_setzero_ps();
        a2_0 = bb2;
        a2_1 = bb2;
        a2_2 = bb2;
        const __m512 bb3 = b->bias ? _mm512_set1_ps(b->bias[3]) : _mm512_setzero_ps();
        a3_0 = bb3;
        a3_1 = bb3;
        a3_2 = bb3;
        const __m512 bb4 = b->bias ? _mm512_set1_ps(b->bias[4]) : _mm512_setzero_ps();
        a4_0 = bb4;
        a4_1 = bb4;
        a4_2 = bb4;
        const __m512 bb5 = b->bias ? _mm512_set1_ps(b->bias[5]) : _mm512_setzero_ps();
        a5_0 = bb5;
        a5_1 = bb5;
        a5_2 = bb5;
    } else {
        a0_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0);
        a0_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1);
        a0_2 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[2]), yo2);
        a1_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 1 * b->yplane);
        a1_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1 + 1 * b->yplane);
        a1_2 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[2]), yo2 + 1 * b->yplane);
        a2_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 2 * b->yplane);
        a2_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1 + 2 * b->yplane);
        a2_2 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[2]), yo2 + 2 * b->yplane);
        a3_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 3 * b->yplane);
        a3_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1 + 3 * b->yplane);
        a3_2 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[2]), yo2 + 3 * b->yplane);
        a4_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 4 * b->yplane);
        a4_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1 + 4 * b->yplane);
        a4_2 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[2]), yo2 + 4 * b->yplane);
        a5_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 5 * b->yplane);
        a5_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1 + 5 * b->yplane);
        a5_2 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[2]), yo2 + 5 * b->yplane);
    }
    if (b->sw == 1) {
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                if (tp->full) {
                    const __m512 x0 = _mm512_loadu_ps(xt + xv0);
                    const __m512 x1 = _mm512_loadu_ps(xt + xv1);
                    const __m512 x2 = _mm512_loadu_ps(xt + xv2);
                    const __m512 w0 = _mm512_set1_ps(wt[0]);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                    a0_2 = _mm512_fmadd_ps(x2, w0, a0_2);
                    const __m512 w1 = _mm512_set1_ps(wt[1]);
                    a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                    a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                    a1_2 = _mm512_fmadd_ps(x2, w1, a1_2);
                    const __m512 w2 = _mm512_set1_ps(wt[2]);
                    a2_0 = _mm512_fmadd_ps(x0, w2, a2_0);
                    a2_1 = _mm512_fmadd_ps(x1, w2, a2_1);
                    a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                    const __m512 w3 = _mm512_set1_ps(wt[3]);
                    a3_0 = _mm512_fmadd_ps(x0, w3, a3_0);
                    a3_1 = _mm512_fmadd_ps(x1, w3, a3_1);
                    a3_2 = _mm512_fmadd_ps(x2, w3, a3_2);
                    const __m512 w4 = _mm512_set1_ps(wt[4]);
                    a4_0 = _mm512_fmadd_ps(x0, w4, a4_0);
                    a4_1 = _mm512_fmadd_ps(x1, w4, a4_1);
                    a4_2 = _mm512_fmadd_ps(x2, w4, a4_2);
                    const __m512 w5 = _mm512_set1_ps(wt[5]);
                    a5_0 = _mm512_fmadd_ps(x0, w5, a5_0);
                    a5_1 = _mm512_fmadd_ps(x1, w5, a5_1);
                    a5_2 = _mm512_fmadd_ps(x2, w5, a5_2);
                    continue;
                }
                const __m512 x0 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[0]), xt + xv0);
                const __m512 x1 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[1]), xt + xv1);
                const __m512 x2 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[2]), xt + xv2);
                const __m512 w0 = _mm512_set1_ps(wt[0]);
                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                a0_2 = _mm512_fmadd_ps(x2, w0, a0_2);
                const __m512 w1 = _mm512_set1_ps(wt[1]);
                a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                a1_2 = _mm512_fmadd_ps(x2, w1, a1_2);
                const __m512 w2 = _mm512_set1_ps(wt[2]);
                a2_0 = _mm512_fmadd_ps(x0, w2, a2_0);
                a2_1 = _mm512_fmadd_ps(x1, w2, a2_1);
                a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                const __m512 w3 = _mm512_set1_ps(wt[3]);
                a3_0 = _mm512_fmadd_ps(x0, w3, a3_0);
                a3_1 = _mm512_fmadd_ps(x1, w3, a3_1);
                a3_2 = _mm512_fmadd_ps(x2, w3, a3_2);
                const __m512 w4 = _mm512_set1_ps(wt[4]);
                a4_0 = _mm512_fmadd_ps(x0, w4, a4_0);
                a4_1 = _mm512_fmadd_ps(x1, w4, a4_1);
                a4_2 = _mm512_fmadd_ps(x2, w4, a4_2);
                const __m512 w5 = _mm512_set1_ps(wt[5]);
                a5_0 = _mm512_fmadd_ps(x0, w5, a5_0);
                a5_1 = _mm512_fmadd_ps(x1, w5, a5_1);
                a5_2 = _mm512_fmadd_ps(x2, w5, a5_2);
            }
        }
    } else if (b->sw == 2) {
        /* two loads and a shuffle per vector instead of a gather: lanes
         * [0, psplit) from the even floats of the first, the rest from the
         * second, xpair floats on */
        const __m512i lane = _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        const __m512i even = _mm512_mask_add_epi32(_mm512_add_epi32(lane, lane),
                                                   _mm512_cmpge_epi32_mask(lane, _mm512_set1_epi32(b->psplit)),
                                                   _mm512_add_epi32(lane, lane), _mm512_set1_epi32(16 - 2 * b->psplit));
        const ptrdiff_t xpair = b->xpair;
        if (b->row3) {
            const __m512i odd = _mm512_add_epi32(even, _mm512_set1_epi32(1));
            if (b->psplit == 8) {
                for (int ci = 0; ci < b->cin; ci++) {
                    const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                    for (int t = 0; t < b->ntaps; t++) {
                        const lmc_direct_tap *tp = &b->taps[t];
                        const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                        const __m512 lo0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), hi0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair);
                        const __m512 e0 = _mm512_permutex2var_ps(lo0, even, hi0), o0 = _mm512_permutex2var_ps(lo0, odd, hi0);
                        const __m512 f0 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[0]), xt + xv0 + 32)), _mm512_castps_si512(e0), 1));
                        const __m512 lo1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), hi1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + xpair);
                        const __m512 e1 = _mm512_permutex2var_ps(lo1, even, hi1), o1 = _mm512_permutex2var_ps(lo1, odd, hi1);
                        const __m512 f1 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[1]), xt + xv1 + 32)), _mm512_castps_si512(e1), 1));
                        const __m512 lo2 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][0]), xt + xv2), hi2 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][1]), xt + xv2 + xpair);
                        const __m512 e2 = _mm512_permutex2var_ps(lo2, even, hi2), o2 = _mm512_permutex2var_ps(lo2, odd, hi2);
                        const __m512 f2 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[2]), xt + xv2 + 32)), _mm512_castps_si512(e2), 1));
                        {
                            const __m512 w = _mm512_set1_ps(wt[0]);
                            a0_0 = _mm512_fmadd_ps(e0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(e1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(e2, w, a0_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[1]);
                            a1_0 = _mm512_fmadd_ps(e0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(e1, w, a1_1);
                            a1_2 = _mm512_fmadd_ps(e2, w, a1_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[2]);
                            a2_0 = _mm512_fmadd_ps(e0, w, a2_0);
                            a2_1 = _mm512_fmadd_ps(e1, w, a2_1);
                            a2_2 = _mm512_fmadd_ps(e2, w, a2_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[3]);
                            a3_0 = _mm512_fmadd_ps(e0, w, a3_0);
                            a3_1 = _mm512_fmadd_ps(e1, w, a3_1);
                            a3_2 = _mm512_fmadd_ps(e2, w, a3_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[4]);
                            a4_0 = _mm512_fmadd_ps(e0, w, a4_0);
                            a4_1 = _mm512_fmadd_ps(e1, w, a4_1);
                            a4_2 = _mm512_fmadd_ps(e2, w, a4_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[5]);
                            a5_0 = _mm512_fmadd_ps(e0, w, a5_0);
                            a5_1 = _mm512_fmadd_ps(e1, w, a5_1);
                            a5_2 = _mm512_fmadd_ps(e2, w, a5_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[8]);
                            a0_0 = _mm512_fmadd_ps(o0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(o1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(o2, w, a0_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[9]);
                            a1_0 = _mm512_fmadd_ps(o0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(o1, w, a1_1);
                            a1_2 = _mm512_fmadd_ps(o2, w, a1_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[10]);
                            a2_0 = _mm512_fmadd_ps(o0, w, a2_0);
                            a2_1 = _mm512_fmadd_ps(o1, w, a2_1);
                            a2_2 = _mm512_fmadd_ps(o2, w, a2_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[11]);
                            a3_0 = _mm512_fmadd_ps(o0, w, a3_0);
                            a3_1 = _mm512_fmadd_ps(o1, w, a3_1);
                            a3_2 = _mm512_fmadd_ps(o2, w, a3_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[12]);
                            a4_0 = _mm512_fmadd_ps(o0, w, a4_0);
                            a4_1 = _mm512_fmadd_ps(o1, w, a4_1);
                            a4_2 = _mm512_fmadd_ps(o2, w, a4_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[13]);
                            a5_0 = _mm512_fmadd_ps(o0, w, a5_0);
                            a5_1 = _mm512_fmadd_ps(o1, w, a5_1);
                            a5_2 = _mm512_fmadd_ps(o2, w, a5_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[16]);
                            a0_0 = _mm512_fmadd_ps(f0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(f1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(f2, w, a0_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[17]);
                            a1_0 = _mm512_fmadd_ps(f0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(f1, w, a1_1);
                            a1_2 = _mm512_fmadd_ps(f2, w, a1_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[18]);
                            a2_0 = _mm512_fmadd_ps(f0, w, a2_0);
                            a2_1 = _mm512_fmadd_ps(f1, w, a2_1);
                            a2_2 = _mm512_fmadd_ps(f2, w, a2_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[19]);
                            a3_0 = _mm512_fmadd_ps(f0, w, a3_0);
                            a3_1 = _mm512_fmadd_ps(f1, w, a3_1);
                            a3_2 = _mm512_fmadd_ps(f2, w, a3_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[20]);
                            a4_0 = _mm512_fmadd_ps(f0, w, a4_0);
                            a4_1 = _mm512_fmadd_ps(f1, w, a4_1);
                            a4_2 = _mm512_fmadd_ps(f2, w, a4_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[21]);
                            a5_0 = _mm512_fmadd_ps(f0, w, a5_0);
                            a5_1 = _mm512_fmadd_ps(f1, w, a5_1);
                            a5_2 = _mm512_fmadd_ps(f2, w, a5_2);
                        }
                    }
                }
            } else {
                const __m512i even2 = _mm512_add_epi32(even, _mm512_set1_epi32(2));
                for (int ci = 0; ci < b->cin; ci++) {
                    const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                    for (int t = 0; t < b->ntaps; t++) {
                        const lmc_direct_tap *tp = &b->taps[t];
                        const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                        const __m512 lo0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), hi0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair);
                        const __m512 e0 = _mm512_permutex2var_ps(lo0, even, hi0), o0 = _mm512_permutex2var_ps(lo0, odd, hi0);
                        const __m512 f0 = _mm512_permutex2var_ps(lo0, even2, hi0);
                        const __m512 lo1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), hi1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + xpair);
                        const __m512 e1 = _mm512_permutex2var_ps(lo1, even, hi1), o1 = _mm512_permutex2var_ps(lo1, odd, hi1);
                        const __m512 f1 = _mm512_permutex2var_ps(lo1, even2, hi1);
                        const __m512 lo2 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][0]), xt + xv2), hi2 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][1]), xt + xv2 + xpair);
                        const __m512 e2 = _mm512_permutex2var_ps(lo2, even, hi2), o2 = _mm512_permutex2var_ps(lo2, odd, hi2);
                        const __m512 f2 = _mm512_permutex2var_ps(lo2, even2, hi2);
                        {
                            const __m512 w = _mm512_set1_ps(wt[0]);
                            a0_0 = _mm512_fmadd_ps(e0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(e1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(e2, w, a0_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[1]);
                            a1_0 = _mm512_fmadd_ps(e0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(e1, w, a1_1);
                            a1_2 = _mm512_fmadd_ps(e2, w, a1_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[2]);
                            a2_0 = _mm512_fmadd_ps(e0, w, a2_0);
                            a2_1 = _mm512_fmadd_ps(e1, w, a2_1);
                            a2_2 = _mm512_fmadd_ps(e2, w, a2_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[3]);
                            a3_0 = _mm512_fmadd_ps(e0, w, a3_0);
                            a3_1 = _mm512_fmadd_ps(e1, w, a3_1);
                            a3_2 = _mm512_fmadd_ps(e2, w, a3_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[4]);
                            a4_0 = _mm512_fmadd_ps(e0, w, a4_0);
                            a4_1 = _mm512_fmadd_ps(e1, w, a4_1);
                            a4_2 = _mm512_fmadd_ps(e2, w, a4_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[5]);
                            a5_0 = _mm512_fmadd_ps(e0, w, a5_0);
                            a5_1 = _mm512_fmadd_ps(e1, w, a5_1);
                            a5_2 = _mm512_fmadd_ps(e2, w, a5_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[8]);
                            a0_0 = _mm512_fmadd_ps(o0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(o1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(o2, w, a0_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[9]);
                            a1_0 = _mm512_fmadd_ps(o0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(o1, w, a1_1);
                            a1_2 = _mm512_fmadd_ps(o2, w, a1_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[10]);
                            a2_0 = _mm512_fmadd_ps(o0, w, a2_0);
                            a2_1 = _mm512_fmadd_ps(o1, w, a2_1);
                            a2_2 = _mm512_fmadd_ps(o2, w, a2_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[11]);
                            a3_0 = _mm512_fmadd_ps(o0, w, a3_0);
                            a3_1 = _mm512_fmadd_ps(o1, w, a3_1);
                            a3_2 = _mm512_fmadd_ps(o2, w, a3_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[12]);
                            a4_0 = _mm512_fmadd_ps(o0, w, a4_0);
                            a4_1 = _mm512_fmadd_ps(o1, w, a4_1);
                            a4_2 = _mm512_fmadd_ps(o2, w, a4_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[13]);
                            a5_0 = _mm512_fmadd_ps(o0, w, a5_0);
                            a5_1 = _mm512_fmadd_ps(o1, w, a5_1);
                            a5_2 = _mm512_fmadd_ps(o2, w, a5_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[16]);
                            a0_0 = _mm512_fmadd_ps(f0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(f1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(f2, w, a0_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[17]);
                            a1_0 = _mm512_fmadd_ps(f0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(f1, w, a1_1);
                            a1_2 = _mm512_fmadd_ps(f2, w, a1_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[18]);
                            a2_0 = _mm512_fmadd_ps(f0, w, a2_0);
                            a2_1 = _mm512_fmadd_ps(f1, w, a2_1);
                            a2_2 = _mm512_fmadd_ps(f2, w, a2_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[19]);
                            a3_0 = _mm512_fmadd_ps(f0, w, a3_0);
                            a3_1 = _mm512_fmadd_ps(f1, w, a3_1);
                            a3_2 = _mm512_fmadd_ps(f2, w, a3_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[20]);
                            a4_0 = _mm512_fmadd_ps(f0, w, a4_0);
                            a4_1 = _mm512_fmadd_ps(f1, w, a4_1);
                            a4_2 = _mm512_fmadd_ps(f2, w, a4_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[21]);
                            a5_0 = _mm512_fmadd_ps(f0, w, a5_0);
                            a5_1 = _mm512_fmadd_ps(f1, w, a5_1);
                            a5_2 = _mm512_fmadd_ps(f2, w, a5_2);
                        }
                    }
                }
            }
        } else {
            for (int ci = 0; ci < b->cin; ci++) {
                const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                for (int t = 0; t < b->ntaps; t++) {
                    const lmc_direct_tap *tp = &b->taps[t];
                    const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                    const __m512 x0 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair));
                    const __m512 x1 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + xpair));
                    const __m512 x2 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][0]), xt + xv2), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][1]), xt + xv2 + xpair));
                    const __m512 w0 = _mm512_set1_ps(wt[0]);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                    a0_2 = _mm512_fmadd_ps(x2, w0, a0_2);
                    const __m512 w1 = _mm512_set1_ps(wt[1]);
                    a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                    a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                    a1_2 = _mm512_fmadd_ps(x2, w1, a1_2);
                    const __m512 w2 = _mm512_set1_ps(wt[2]);
                    a2_0 = _mm512_fmadd_ps(x0, w2, a2_0);
                    a2_1 = _mm512_fmadd_ps(x1, w2, a2_1);
                    a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                    const __m512 w3 = _mm512_set1_ps(wt[3]);
                    a3_0 = _mm512_fmadd_ps(x0, w3, a3_0);
                    a3_1 = _mm512_fmadd_ps(x1, w3, a3_1);
                    a3_2 = _mm512_fmadd_ps(x2, w3, a3_2);
                    const __m512 w4 = _mm512_set1_ps(wt[4]);
                    a4_0 = _mm512_fmadd_ps(x0, w4, a4_0);
                    a4_1 = _mm512_fmadd_ps(x1, w4, a4_1);
                    a4_2 = _mm512_fmadd_ps(x2, w4, a4_2);
                    const __m512 w5 = _mm512_set1_ps(wt[5]);
                    a5_0 = _mm512_fmadd_ps(x0, w5, a5_0);
                    a5_1 = _mm512_fmadd_ps(x1, w5, a5_1);
                    a5_2 = _mm512_fmadd_ps(x2, w5, a5_2);
                }
            }
        }
    } else {
        const ptrdiff_t sw = b->sw;
        const __m512i lanes = _mm512_mullo_epi32(
            _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15), _mm512_set1_epi32((int)sw));
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const __m512 x0 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[0]), lanes, xt + xv0, 4);
                const __m512 x1 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[1]), lanes, xt + xv1, 4);
                const __m512 x2 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[2]), lanes, xt + xv2, 4);
                const __m512 w0 = _mm512_set1_ps(wt[0]);
                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                a0_2 = _mm512_fmadd_ps(x2, w0, a0_2);
                const __m512 w1 = _mm512_set1_ps(wt[1]);
                a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                a1_2 = _mm512_fmadd_ps(x2, w1, a1_2);
                const __m512 w2 = _mm512_set1_ps(wt[2]);
                a2_0 = _mm512_fmadd_ps(x0, w2, a2_0);
                a2_1 = _mm512_fmadd_ps(x1, w2, a2_1);
                a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                const __m512 w3 = _mm512_set1_ps(wt[3]);
                a3_0 = _mm512_fmadd_ps(x0, w3, a3_0);
                a3_1 = _mm512_fmadd_ps(x1, w3, a3_1);
                a3_2 = _mm512_fmadd_ps(x2, w3, a3_2);
                const __m512 w4 = _mm512_set1_ps(wt[4]);
                a4_0 = _mm512_fmadd_ps(x0, w4, a4_0);
                a4_1 = _mm512_fmadd_ps(x1, w4, a4_1);
                a4_2 = _mm512_fmadd_ps(x2, w4, a4_2);
                const __m512 w5 = _mm512_set1_ps(wt[5]);
                a5_0 = _mm512_fmadd_ps(x0, w5, a5_0);
                a5_1 = _mm512_fmadd_ps(x1, w5, a5_1);
                a5_2 = _mm512_fmadd_ps(x2, w5, a5_2);
            }
        }
    }
    if (b->last && b->relu) {
        a0_0 = _mm512_max_ps(a0_0, _mm512_setzero_ps());
        a0_1 = _mm512_max_ps(a0_1, _mm512_setzero_ps());
        a0_2 = _mm512_max_ps(a0_2, _mm512_setzero_ps());
        a1_0 = _mm512_max_ps(a1_0, _mm512_setzero_ps());
        a1_1 = _mm512_max_ps(a1_1, _mm512_setzero_ps());
        a1_2 = _mm512_max_ps(a1_2, _mm512_setzero_ps());
        a2_0 = _mm512_max_ps(a2_0, _mm512_setzero_ps());
        a2_1 = _mm512_max_ps(a2_1, _mm512_setzero_ps());
        a2_2 = _mm512_max_ps(a2_2, _mm512_setzero_ps());
        a3_0 = _mm512_max_ps(a3_0, _mm512_setzero_ps());
        a3_1 = _mm512_max_ps(a3_1, _mm512_setzero_ps());
        a3_2 = _mm512_max_ps(a3_2, _mm512_setzero_ps());
        a4_0 = _mm512_max_ps(a4_0, _mm512_setzero_ps());
        a4_1 = _mm512_max_ps(a4_1, _mm512_setzero_ps());
        a4_2 = _mm512_max_ps(a4_2, _mm512_setzero_ps());
        a5_0 = _mm512_max_ps(a5_0, _mm512_setzero_ps());
        a5_1 = _mm512_max_ps(a5_1, _mm512_setzero_ps());
        a5_2 = _mm512_max_ps(a5_2, _mm512_setzero_ps());
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
    store_mask(yo0 + 4 * b->yplane, b->smask[0], a4_0);
    store_mask(yo1 + 4 * b->yplane, b->smask[1], a4_1);
    store_mask(yo2 + 4 * b->yplane, b->smask[2], a4_2);
    store_mask(yo0 + 5 * b->yplane, b->smask[0], a5_0);
    store_mask(yo1 + 5 * b->yplane, b->smask[1], a5_1);
    store_mask(yo2 + 5 * b->yplane, b->smask[2], a5_2);
}

static void lmc_f32_direct_nchw_8cx48w_7x1__avx512(const lmc_direct_pblock *b)
{
    const ptrdiff_t xv0 = b->xv[0];
    float *yo0 = b->y + b->yv[0];
    __m512 a0_0;
    __m512 a1_0;
    __m512 a2_0;
    __m512 a3_0;
    __m512 a4_0;
    __m512 a5_0;
    __m512 a6_0;
    /* The output lines, fetched while the block multiplies: a tile writes
     * MB planes, and a layer's tiles more store streams than the
     * prefetchers follow (MobileNet's pw1 in NCHW spent a fifth of its
     * time waiting on them). */
    __builtin_prefetch(yo0, 1, 3);
    __builtin_prefetch(yo0 + 1 * b->yplane, 1, 3);
    __builtin_prefetch(yo0 + 2 * b->yplane, 1, 3);
    __builtin_prefetch(yo0 + 3 * b->yplane, 1, 3);
    __builtin_prefetch(yo0 + 4 * b->yplane, 1, 3);
    __builtin_prefetch(yo0 + 5 * b->yplane, 1, 3);
    __builtin_prefetch(yo0 + 6 * b->yplane, 1, 3);
    if (b->first) {
        const __m512 bb0 = b->bias ? _mm512_set1_ps(b->bias[0]) : _mm512_setzero_ps();
        a0_0 = bb0;
        const __m512 bb1 = b->bias ? _mm512_set1_ps(b->bias[1]) : _mm512_setzero_ps();
        a1_0 = bb1;
        const __m512 bb2 = b->bias ? _mm512_set1_ps(b->bias[2]) : _mm512_setzero_ps();
        a2_0 = bb2;
        const __m512 bb3 = b->bias ? _mm512_set1_ps(b->bias[3]) : _mm512_setzero_ps();
        a3_0 = bb3;
        const __m512 bb4 = b->bias ? _mm512_set1_ps(b->bias[4]) : _mm512_setzero_ps();
        a4_0 = bb4;
        const __m512 bb5 = b->bias ? _mm512_set1_ps(b->bias[5]) : _mm512_setzero_ps();
        a5_0 = bb5;
        const __m512 bb6 = b->bias ? _mm512_set1_ps(b->bias[6]) : _mm512_setzero_ps();
        a6_0 = bb6;
    } else {
        a0_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0);
        a1_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 1 * b->yplane);
        a2_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 2 * b->yplane);
        a3_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 3 * b->yplane);
        a4_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 4 * b->yplane);
        a5_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 5 * b->yplane);
        a6_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 6 * b->yplane);
    }
    if (b->sw == 1) {
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                if (tp->full) {
                    const __m512 x0 = _mm512_loadu_ps(xt + xv0);
                    const __m512 w0 = _mm512_set1_ps(wt[0]);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    const __m512 w1 = _mm512_set1_ps(wt[1]);
                    a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                    const __m512 w2 = _mm512_set1_ps(wt[2]);
                    a2_0 = _mm512_fmadd_ps(x0, w2, a2_0);
                    const __m512 w3 = _mm512_set1_ps(wt[3]);
                    a3_0 = _mm512_fmadd_ps(x0, w3, a3_0);
                    const __m512 w4 = _mm512_set1_ps(wt[4]);
                    a4_0 = _mm512_fmadd_ps(x0, w4, a4_0);
                    const __m512 w5 = _mm512_set1_ps(wt[5]);
                    a5_0 = _mm512_fmadd_ps(x0, w5, a5_0);
                    const __m512 w6 = _mm512_set1_ps(wt[6]);
                    a6_0 = _mm512_fmadd_ps(x0, w6, a6_0);
                    continue;
                }
                const __m512 x0 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[0]), xt + xv0);
                const __m512 w0 = _mm512_set1_ps(wt[0]);
                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                const __m512 w1 = _mm512_set1_ps(wt[1]);
                a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                const __m512 w2 = _mm512_set1_ps(wt[2]);
                a2_0 = _mm512_fmadd_ps(x0, w2, a2_0);
                const __m512 w3 = _mm512_set1_ps(wt[3]);
                a3_0 = _mm512_fmadd_ps(x0, w3, a3_0);
                const __m512 w4 = _mm512_set1_ps(wt[4]);
                a4_0 = _mm512_fmadd_ps(x0, w4, a4_0);
                const __m512 w5 = _mm512_set1_ps(wt[5]);
                a5_0 = _mm512_fmadd_ps(x0, w5, a5_0);
                const __m512 w6 = _mm512_set1_ps(wt[6]);
                a6_0 = _mm512_fmadd_ps(x0, w6, a6_0);
            }
        }
    } else if (b->sw == 2) {
        /* two loads and a shuffle per vector instead of a gather: lanes
         * [0, psplit) from the even floats of the first, the rest from the
         * second, xpair floats on */
        const __m512i lane = _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        const __m512i even = _mm512_mask_add_epi32(_mm512_add_epi32(lane, lane),
                                                   _mm512_cmpge_epi32_mask(lane, _mm512_set1_epi32(b->psplit)),
                                                   _mm512_add_epi32(lane, lane), _mm512_set1_epi32(16 - 2 * b->psplit));
        const ptrdiff_t xpair = b->xpair;
        if (b->row3) {
            const __m512i odd = _mm512_add_epi32(even, _mm512_set1_epi32(1));
            if (b->psplit == 8) {
                for (int ci = 0; ci < b->cin; ci++) {
                    const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                    for (int t = 0; t < b->ntaps; t++) {
                        const lmc_direct_tap *tp = &b->taps[t];
                        const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                        const __m512 lo0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), hi0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair);
                        const __m512 e0 = _mm512_permutex2var_ps(lo0, even, hi0), o0 = _mm512_permutex2var_ps(lo0, odd, hi0);
                        const __m512 f0 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[0]), xt + xv0 + 32)), _mm512_castps_si512(e0), 1));
                        {
                            const __m512 w = _mm512_set1_ps(wt[0]);
                            a0_0 = _mm512_fmadd_ps(e0, w, a0_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[1]);
                            a1_0 = _mm512_fmadd_ps(e0, w, a1_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[2]);
                            a2_0 = _mm512_fmadd_ps(e0, w, a2_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[3]);
                            a3_0 = _mm512_fmadd_ps(e0, w, a3_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[4]);
                            a4_0 = _mm512_fmadd_ps(e0, w, a4_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[5]);
                            a5_0 = _mm512_fmadd_ps(e0, w, a5_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[6]);
                            a6_0 = _mm512_fmadd_ps(e0, w, a6_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[8]);
                            a0_0 = _mm512_fmadd_ps(o0, w, a0_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[9]);
                            a1_0 = _mm512_fmadd_ps(o0, w, a1_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[10]);
                            a2_0 = _mm512_fmadd_ps(o0, w, a2_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[11]);
                            a3_0 = _mm512_fmadd_ps(o0, w, a3_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[12]);
                            a4_0 = _mm512_fmadd_ps(o0, w, a4_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[13]);
                            a5_0 = _mm512_fmadd_ps(o0, w, a5_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[14]);
                            a6_0 = _mm512_fmadd_ps(o0, w, a6_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[16]);
                            a0_0 = _mm512_fmadd_ps(f0, w, a0_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[17]);
                            a1_0 = _mm512_fmadd_ps(f0, w, a1_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[18]);
                            a2_0 = _mm512_fmadd_ps(f0, w, a2_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[19]);
                            a3_0 = _mm512_fmadd_ps(f0, w, a3_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[20]);
                            a4_0 = _mm512_fmadd_ps(f0, w, a4_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[21]);
                            a5_0 = _mm512_fmadd_ps(f0, w, a5_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[22]);
                            a6_0 = _mm512_fmadd_ps(f0, w, a6_0);
                        }
                    }
                }
            } else {
                const __m512i even2 = _mm512_add_epi32(even, _mm512_set1_epi32(2));
                for (int ci = 0; ci < b->cin; ci++) {
                    const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                    for (int t = 0; t < b->ntaps; t++) {
                        const lmc_direct_tap *tp = &b->taps[t];
                        const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                        const __m512 lo0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), hi0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair);
                        const __m512 e0 = _mm512_permutex2var_ps(lo0, even, hi0), o0 = _mm512_permutex2var_ps(lo0, odd, hi0);
                        const __m512 f0 = _mm512_permutex2var_ps(lo0, even2, hi0);
                        {
                            const __m512 w = _mm512_set1_ps(wt[0]);
                            a0_0 = _mm512_fmadd_ps(e0, w, a0_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[1]);
                            a1_0 = _mm512_fmadd_ps(e0, w, a1_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[2]);
                            a2_0 = _mm512_fmadd_ps(e0, w, a2_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[3]);
                            a3_0 = _mm512_fmadd_ps(e0, w, a3_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[4]);
                            a4_0 = _mm512_fmadd_ps(e0, w, a4_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[5]);
                            a5_0 = _mm512_fmadd_ps(e0, w, a5_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[6]);
                            a6_0 = _mm512_fmadd_ps(e0, w, a6_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[8]);
                            a0_0 = _mm512_fmadd_ps(o0, w, a0_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[9]);
                            a1_0 = _mm512_fmadd_ps(o0, w, a1_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[10]);
                            a2_0 = _mm512_fmadd_ps(o0, w, a2_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[11]);
                            a3_0 = _mm512_fmadd_ps(o0, w, a3_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[12]);
                            a4_0 = _mm512_fmadd_ps(o0, w, a4_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[13]);
                            a5_0 = _mm512_fmadd_ps(o0, w, a5_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[14]);
                            a6_0 = _mm512_fmadd_ps(o0, w, a6_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[16]);
                            a0_0 = _mm512_fmadd_ps(f0, w, a0_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[17]);
                            a1_0 = _mm512_fmadd_ps(f0, w, a1_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[18]);
                            a2_0 = _mm512_fmadd_ps(f0, w, a2_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[19]);
                            a3_0 = _mm512_fmadd_ps(f0, w, a3_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[20]);
                            a4_0 = _mm512_fmadd_ps(f0, w, a4_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[21]);
                            a5_0 = _mm512_fmadd_ps(f0, w, a5_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[22]);
                            a6_0 = _mm512_fmadd_ps(f0, w, a6_0);
                        }
                    }
                }
            }
        } else {
            for (int ci = 0; ci < b->cin; ci++) {
                const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                for (int t = 0; t < b->ntaps; t++) {
                    const lmc_direct_tap *tp = &b->taps[t];
                    const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                    const __m512 x0 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair));
                    const __m512 w0 = _mm512_set1_ps(wt[0]);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    const __m512 w1 = _mm512_set1_ps(wt[1]);
                    a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                    const __m512 w2 = _mm512_set1_ps(wt[2]);
                    a2_0 = _mm512_fmadd_ps(x0, w2, a2_0);
                    const __m512 w3 = _mm512_set1_ps(wt[3]);
                    a3_0 = _mm512_fmadd_ps(x0, w3, a3_0);
                    const __m512 w4 = _mm512_set1_ps(wt[4]);
                    a4_0 = _mm512_fmadd_ps(x0, w4, a4_0);
                    const __m512 w5 = _mm512_set1_ps(wt[5]);
                    a5_0 = _mm512_fmadd_ps(x0, w5, a5_0);
                    const __m512 w6 = _mm512_set1_ps(wt[6]);
                    a6_0 = _mm512_fmadd_ps(x0, w6, a6_0);
                }
            }
        }
    } else {
        const ptrdiff_t sw = b->sw;
        const __m512i lanes = _mm512_mullo_epi32(
            _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15), _mm512_set1_epi32((int)sw));
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const __m512 x0 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[0]), lanes, xt + xv0, 4);
                const __m512 w0 = _mm512_set1_ps(wt[0]);
                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                const __m512 w1 = _mm512_set1_ps(wt[1]);
                a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                const __m512 w2 = _mm512_set1_ps(wt[2]);
                a2_0 = _mm512_fmadd_ps(x0, w2, a2_0);
                const __m512 w3 = _mm512_set1_ps(wt[3]);
                a3_0 = _mm512_fmadd_ps(x0, w3, a3_0);
                const __m512 w4 = _mm512_set1_ps(wt[4]);
                a4_0 = _mm512_fmadd_ps(x0, w4, a4_0);
                const __m512 w5 = _mm512_set1_ps(wt[5]);
                a5_0 = _mm512_fmadd_ps(x0, w5, a5_0);
                const __m512 w6 = _mm512_set1_ps(wt[6]);
                a6_0 = _mm512_fmadd_ps(x0, w6, a6_0);
            }
        }
    }
    if (b->last && b->relu) {
        a0_0 = _mm512_max_ps(a0_0, _mm512_setzero_ps());
        a1_0 = _mm512_max_ps(a1_0, _mm512_setzero_ps());
        a2_0 = _mm512_max_ps(a2_0, _mm512_setzero_ps());
        a3_0 = _mm512_max_ps(a3_0, _mm512_setzero_ps());
        a4_0 = _mm512_max_ps(a4_0, _mm512_setzero_ps());
        a5_0 = _mm512_max_ps(a5_0, _mm512_setzero_ps());
        a6_0 = _mm512_max_ps(a6_0, _mm512_setzero_ps());
    }
    store_mask(yo0, b->smask[0], a0_0);
    store_mask(yo0 + 1 * b->yplane, b->smask[0], a1_0);
    store_mask(yo0 + 2 * b->yplane, b->smask[0], a2_0);
    store_mask(yo0 + 3 * b->yplane, b->smask[0], a3_0);
    store_mask(yo0 + 4 * b->yplane, b->smask[0], a4_0);
    store_mask(yo0 + 5 * b->yplane, b->smask[0], a5_0);
    store_mask(yo0 + 6 * b->yplane, b->smask[0], a6_0);
}

static void lmc_f32_direct_nchw_8cx48w_7x2__avx512(const lmc_direct_pblock *b)
{
    const ptrdiff_t xv0 = b->xv[0], xv1 = b->xv[1];
    float *yo0 = b->y + b->yv[0], *yo1 = b->y + b->yv[1];
    __m512 a0_0, a0_1;
    __m512 a1_0, a1_1;
    __m512 a2_0, a2_1;
    __m512 a3_0, a3_1;
    __m512 a4_0, a4_1;
    __m512 a5_0, a5_1;
    __m512 a6_0, a6_1;
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
    __builtin_prefetch(yo0 + 4 * b->yplane, 1, 3);
    __builtin_prefetch(yo1 + 4 * b->yplane, 1, 3);
    __builtin_prefetch(yo0 + 5 * b->yplane, 1, 3);
    __builtin_prefetch(yo1 + 5 * b->yplane, 1, 3);
    __builtin_prefetch(yo0 + 6 * b->yplane, 1, 3);
    __builtin_prefetch(yo1 + 6 * b->yplane, 1, 3);
    if (b->first) {
        const __m512 bb0 = b->bias ? _mm512_set1_ps(b->bias[0]) : _mm512_setzero_ps();
        a0_0 = bb0;
        a0_1 = bb0;
        const __m512 bb1 = b->bias ? _mm512_set1_ps(b->bias[1]) : _mm512_setzero_ps();
        a1_0 = bb1;
        a1_1 = bb1;
        const __m512 bb2 = b->bias ? _mm512_set1_ps(b->bias[2]) : _mm512_setzero_ps();
        a2_0 = bb2;
        a2_1 = bb2;
        const __m512 bb3 = b->bias ? _mm512_set1_ps(b->bias[3]) : _mm512_setzero_ps();
        a3_0 = bb3;
        a3_1 = bb3;
        const __m512 bb4 = b->bias ? _mm512_set1_ps(b->bias[4]) : _mm512_setzero_ps();
        a4_0 = bb4;
        a4_1 = bb4;
        const __m512 bb5 = b->bias ? _mm512_set1_ps(b->bias[5]) : _mm512_setzero_ps();
        a5_0 = bb5;
        a5_1 = bb5;
        const __m512 bb6 = b->bias ? _mm512_set1_ps(b->bias[6]) : _mm512_setzero_ps();
        a6_0 = bb6;
        a6_1 = bb6;
    } else {
        a0_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0);
        a0_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1);
        a1_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 1 * b->yplane);
        a1_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1 + 1 * b->yplane);
        a2_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 2 * b->yplane);
        a2_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1 + 2 * b->yplane);
        a3_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 3 * b->yplane);
        a3_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1 + 3 * b->yplane);
        a4_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 4 * b->yplane);
        a4_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1 + 4 * b->yplane);
        a5_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 5 * b->yplane);
        a5_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1 + 5 * b->yplane);
        a6_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 6 * b->yplane);
        a6_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1 + 6 * b->yplane);
    }
    if (b->sw == 1) {
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                if (tp->full) {
                    const __m512 x0 = _mm512_loadu_ps(xt + xv0);
                    const __m512 x1 = _mm512_loadu_ps(xt + xv1);
                    const __m512 w0 = _mm512_set1_ps(wt[0]);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                    const __m512 w1 = _mm512_set1_ps(wt[1]);
                    a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                    a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                    const __m512 w2 = _mm512_set1_ps(wt[2]);
                    a2_0 = _mm512_fmadd_ps(x0, w2, a2_0);
                    a2_1 = _mm512_fmadd_ps(x1, w2, a2_1);
                    const __m512 w3 = _mm512_set1_ps(wt[3]);
                    a3_0 = _mm512_fmadd_ps(x0, w3, a3_0);
                    a3_1 = _mm512_fmadd_ps(x1, w3, a3_1);
                    const __m512 w4 = _mm512_set1_ps(wt[4]);
                    a4_0 = _mm512_fmadd_ps(x0, w4, a4_0);
                    a4_1 = _mm512_fmadd_ps(x1, w4, a4_1);
                    const __m512 w5 = _mm512_set1_ps(wt[5]);
                    a5_0 = _mm512_fmadd_ps(x0, w5, a5_0);
                    a5_1 = _mm512_fmadd_ps(x1, w5, a5_1);
                    const __m512 w6 = _mm512_set1_ps(wt[6]);
                    a6_0 = _mm512_fmadd_ps(x0, w6, a6_0);
                    a6_1 = _mm512_fmadd_ps(x1, w6, a6_1);
                    continue;
                }
                const __m512 x0 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[0]), xt + xv0);
                const __m512 x1 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[1]), xt + xv1);
                const __m512 w0 = _mm512_set1_ps(wt[0]);
                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                const __m512 w1 = _mm512_set1_ps(wt[1]);
                a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                const __m512 w2 = _mm512_set1_ps(wt[2]);
                a2_0 = _mm512_fmadd_ps(x0, w2, a2_0);
                a2_1 = _mm512_fmadd_ps(x1, w2, a2_1);
                const __m512 w3 = _mm512_set1_ps(wt[3]);
                a3_0 = _mm512_fmadd_ps(x0, w3, a3_0);
                a3_1 = _mm512_fmadd_ps(x1, w3, a3_1);
                const __m512 w4 = _mm512_set1_ps(wt[4]);
                a4_0 = _mm512_fmadd_ps(x0, w4, a4_0);
                a4_1 = _mm512_fmadd_ps(x1, w4, a4_1);
                const __m512 w5 = _mm512_set1_ps(wt[5]);
                a5_0 = _mm512_fmadd_ps(x0, w5, a5_0);
                a5_1 = _mm512_fmadd_ps(x1, w5, a5_1);
                const __m512 w6 = _mm512_set1_ps(wt[6]);
                a6_0 = _mm512_fmadd_ps(x0, w6, a6_0);
                a6_1 = _mm512_fmadd_ps(x1, w6, a6_1);
            }
        }
    } else if (b->sw == 2) {
        /* two loads and a shuffle per vector instead of a gather: lanes
         * [0, psplit) from the even floats of the first, the rest from the
         * second, xpair floats on */
        const __m512i lane = _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        const __m512i even = _mm512_mask_add_epi32(_mm512_add_epi32(lane, lane),
                                                   _mm512_cmpge_epi32_mask(lane, _mm512_set1_epi32(b->psplit)),
                                                   _mm512_add_epi32(lane, lane), _mm512_set1_epi32(16 - 2 * b->psplit));
        const ptrdiff_t xpair = b->xpair;
        if (b->row3) {
            const __m512i odd = _mm512_add_epi32(even, _mm512_set1_epi32(1));
            if (b->psplit == 8) {
                for (int ci = 0; ci < b->cin; ci++) {
                    const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                    for (int t = 0; t < b->ntaps; t++) {
                        const lmc_direct_tap *tp = &b->taps[t];
                        const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                        const __m512 lo0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), hi0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair);
                        const __m512 e0 = _mm512_permutex2var_ps(lo0, even, hi0), o0 = _mm512_permutex2var_ps(lo0, odd, hi0);
                        const __m512 f0 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[0]), xt + xv0 + 32)), _mm512_castps_si512(e0), 1));
                        const __m512 lo1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), hi1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + xpair);
                        const __m512 e1 = _mm512_permutex2var_ps(lo1, even, hi1), o1 = _mm512_permutex2var_ps(lo1, odd, hi1);
                        const __m512 f1 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[1]), xt + xv1 + 32)), _mm512_castps_si512(e1), 1));
                        {
                            const __m512 w = _mm512_set1_ps(wt[0]);
                            a0_0 = _mm512_fmadd_ps(e0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(e1, w, a0_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[1]);
                            a1_0 = _mm512_fmadd_ps(e0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(e1, w, a1_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[2]);
                            a2_0 = _mm512_fmadd_ps(e0, w, a2_0);
                            a2_1 = _mm512_fmadd_ps(e1, w, a2_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[3]);
                            a3_0 = _mm512_fmadd_ps(e0, w, a3_0);
                            a3_1 = _mm512_fmadd_ps(e1, w, a3_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[4]);
                            a4_0 = _mm512_fmadd_ps(e0, w, a4_0);
                            a4_1 = _mm512_fmadd_ps(e1, w, a4_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[5]);
                            a5_0 = _mm512_fmadd_ps(e0, w, a5_0);
                            a5_1 = _mm512_fmadd_ps(e1, w, a5_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[6]);
                            a6_0 = _mm512_fmadd_ps(e0, w, a6_0);
                            a6_1 = _mm512_fmadd_ps(e1, w, a6_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[8]);
                            a0_0 = _mm512_fmadd_ps(o0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(o1, w, a0_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[9]);
                            a1_0 = _mm512_fmadd_ps(o0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(o1, w, a1_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[10]);
                            a2_0 = _mm512_fmadd_ps(o0, w, a2_0);
                            a2_1 = _mm512_fmadd_ps(o1, w, a2_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[11]);
                            a3_0 = _mm512_fmadd_ps(o0, w, a3_0);
                            a3_1 = _mm512_fmadd_ps(o1, w, a3_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[12]);
                            a4_0 = _mm512_fmadd_ps(o0, w, a4_0);
                            a4_1 = _mm512_fmadd_ps(o1, w, a4_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[13]);
                            a5_0 = _mm512_fmadd_ps(o0, w, a5_0);
                            a5_1 = _mm512_fmadd_ps(o1, w, a5_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[14]);
                            a6_0 = _mm512_fmadd_ps(o0, w, a6_0);
                            a6_1 = _mm512_fmadd_ps(o1, w, a6_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[16]);
                            a0_0 = _mm512_fmadd_ps(f0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(f1, w, a0_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[17]);
                            a1_0 = _mm512_fmadd_ps(f0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(f1, w, a1_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[18]);
                            a2_0 = _mm512_fmadd_ps(f0, w, a2_0);
                            a2_1 = _mm512_fmadd_ps(f1, w, a2_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[19]);
                            a3_0 = _mm512_fmadd_ps(f0, w, a3_0);
                            a3_1 = _mm512_fmadd_ps(f1, w, a3_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[20]);
                            a4_0 = _mm512_fmadd_ps(f0, w, a4_0);
                            a4_1 = _mm512_fmadd_ps(f1, w, a4_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[21]);
                            a5_0 = _mm512_fmadd_ps(f0, w, a5_0);
                            a5_1 = _mm512_fmadd_ps(f1, w, a5_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[22]);
                            a6_0 = _mm512_fmadd_ps(f0, w, a6_0);
                            a6_1 = _mm512_fmadd_ps(f1, w, a6_1);
                        }
                    }
                }
            } else {
                const __m512i even2 = _mm512_add_epi32(even, _mm512_set1_epi32(2));
                for (int ci = 0; ci < b->cin; ci++) {
                    const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                    for (int t = 0; t < b->ntaps; t++) {
                        const lmc_direct_tap *tp = &b->taps[t];
                        const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                        const __m512 lo0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), hi0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair);
                        const __m512 e0 = _mm512_permutex2var_ps(lo0, even, hi0), o0 = _mm512_permutex2var_ps(lo0, odd, hi0);
                        const __m512 f0 = _mm512_permutex2var_ps(lo0, even2, hi0);
                        const __m512 lo1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), hi1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + xpair);
                        const __m512 e1 = _mm512_permutex2var_ps(lo1, even, hi1), o1 = _mm512_permutex2var_ps(lo1, odd, hi1);
                        const __m512 f1 = _mm512_permutex2var_ps(lo1, even2, hi1);
                        {
                            const __m512 w = _mm512_set1_ps(wt[0]);
                            a0_0 = _mm512_fmadd_ps(e0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(e1, w, a0_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[1]);
                            a1_0 = _mm512_fmadd_ps(e0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(e1, w, a1_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[2]);
                            a2_0 = _mm512_fmadd_ps(e0, w, a2_0);
                            a2_1 = _mm512_fmadd_ps(e1, w, a2_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[3]);
                            a3_0 = _mm512_fmadd_ps(e0, w, a3_0);
                            a3_1 = _mm512_fmadd_ps(e1, w, a3_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[4]);
                            a4_0 = _mm512_fmadd_ps(e0, w, a4_0);
                            a4_1 = _mm512_fmadd_ps(e1, w, a4_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[5]);
                            a5_0 = _mm512_fmadd_ps(e0, w, a5_0);
                            a5_1 = _mm512_fmadd_ps(e1, w, a5_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[6]);
                            a6_0 = _mm512_fmadd_ps(e0, w, a6_0);
                            a6_1 = _mm512_fmadd_ps(e1, w, a6_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[8]);
                            a0_0 = _mm512_fmadd_ps(o0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(o1, w, a0_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[9]);
                            a1_0 = _mm512_fmadd_ps(o0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(o1, w, a1_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[10]);
                            a2_0 = _mm512_fmadd_ps(o0, w, a2_0);
                            a2_1 = _mm512_fmadd_ps(o1, w, a2_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[11]);
                            a3_0 = _mm512_fmadd_ps(o0, w, a3_0);
                            a3_1 = _mm512_fmadd_ps(o1, w, a3_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[12]);
                            a4_0 = _mm512_fmadd_ps(o0, w, a4_0);
                            a4_1 = _mm512_fmadd_ps(o1, w, a4_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[13]);
                            a5_0 = _mm512_fmadd_ps(o0, w, a5_0);
                            a5_1 = _mm512_fmadd_ps(o1, w, a5_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[14]);
                            a6_0 = _mm512_fmadd_ps(o0, w, a6_0);
                            a6_1 = _mm512_fmadd_ps(o1, w, a6_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[16]);
                            a0_0 = _mm512_fmadd_ps(f0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(f1, w, a0_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[17]);
                            a1_0 = _mm512_fmadd_ps(f0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(f1, w, a1_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[18]);
                            a2_0 = _mm512_fmadd_ps(f0, w, a2_0);
                            a2_1 = _mm512_fmadd_ps(f1, w, a2_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[19]);
                            a3_0 = _mm512_fmadd_ps(f0, w, a3_0);
                            a3_1 = _mm512_fmadd_ps(f1, w, a3_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[20]);
                            a4_0 = _mm512_fmadd_ps(f0, w, a4_0);
                            a4_1 = _mm512_fmadd_ps(f1, w, a4_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[21]);
                            a5_0 = _mm512_fmadd_ps(f0, w, a5_0);
                            a5_1 = _mm512_fmadd_ps(f1, w, a5_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[22]);
                            a6_0 = _mm512_fmadd_ps(f0, w, a6_0);
                            a6_1 = _mm512_fmadd_ps(f1, w, a6_1);
                        }
                    }
                }
            }
        } else {
            for (int ci = 0; ci < b->cin; ci++) {
                const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                for (int t = 0; t < b->ntaps; t++) {
                    const lmc_direct_tap *tp = &b->taps[t];
                    const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                    const __m512 x0 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair));
                    const __m512 x1 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + xpair));
                    const __m512 w0 = _mm512_set1_ps(wt[0]);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                    const __m512 w1 = _mm512_set1_ps(wt[1]);
                    a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                    a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                    const __m512 w2 = _mm512_set1_ps(wt[2]);
                    a2_0 = _mm512_fmadd_ps(x0, w2, a2_0);
                    a2_1 = _mm512_fmadd_ps(x1, w2, a2_1);
                    const __m512 w3 = _mm512_set1_ps(wt[3]);
                    a3_0 = _mm512_fmadd_ps(x0, w3, a3_0);
                    a3_1 = _mm512_fmadd_ps(x1, w3, a3_1);
                    const __m512 w4 = _mm512_set1_ps(wt[4]);
                    a4_0 = _mm512_fmadd_ps(x0, w4, a4_0);
                    a4_1 = _mm512_fmadd_ps(x1, w4, a4_1);
                    const __m512 w5 = _mm512_set1_ps(wt[5]);
                    a5_0 = _mm512_fmadd_ps(x0, w5, a5_0);
                    a5_1 = _mm512_fmadd_ps(x1, w5, a5_1);
                    const __m512 w6 = _mm512_set1_ps(wt[6]);
                    a6_0 = _mm512_fmadd_ps(x0, w6, a6_0);
                    a6_1 = _mm512_fmadd_ps(x1, w6, a6_1);
                }
            }
        }
    } else {
        const ptrdiff_t sw = b->sw;
        const __m512i lanes = _mm512_mullo_epi32(
            _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15), _mm512_set1_epi32((int)sw));
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const __m512 x0 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[0]), lanes, xt + xv0, 4);
                const __m512 x1 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[1]), lanes, xt + xv1, 4);
                const __m512 w0 = _mm512_set1_ps(wt[0]);
                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                const __m512 w1 = _mm512_set1_ps(wt[1]);
                a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                const __m512 w2 = _mm512_set1_ps(wt[2]);
                a2_0 = _mm512_fmadd_ps(x0, w2, a2_0);
                a2_1 = _mm512_fmadd_ps(x1, w2, a2_1);
                const __m512 w3 = _mm512_set1_ps(wt[3]);
                a3_0 = _mm512_fmadd_ps(x0, w3, a3_0);
                a3_1 = _mm512_fmadd_ps(x1, w3, a3_1);
                const __m512 w4 = _mm512_set1_ps(wt[4]);
                a4_0 = _mm512_fmadd_ps(x0, w4, a4_0);
                a4_1 = _mm512_fmadd_ps(x1, w4, a4_1);
                const __m512 w5 = _mm512_set1_ps(wt[5]);
                a5_0 = _mm512_fmadd_ps(x0, w5, a5_0);
                a5_1 = _mm512_fmadd_ps(x1, w5, a5_1);
                const __m512 w6 = _mm512_set1_ps(wt[6]);
                a6_0 = _mm512_fmadd_ps(x0, w6, a6_0);
                a6_1 = _mm512_fmadd_ps(x1, w6, a6_1);
            }
        }
    }
    if (b->last && b->relu) {
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
    store_mask(yo0, b->smask[0], a0_0);
    store_mask(yo1, b->smask[1], a0_1);
    store_mask(yo0 + 1 * b->yplane, b->smask[0], a1_0);
    store_mask(yo1 + 1 * b->yplane, b->smask[1], a1_1);
    store_mask(yo0 + 2 * b->yplane, b->smask[0], a2_0);
    store_mask(yo1 + 2 * b->yplane, b->smask[1], a2_1);
    store_mask(yo0 + 3 * b->yplane, b->smask[0], a3_0);
    store_mask(yo1 + 3 * b->yplane, b->smask[1], a3_1);
    store_mask(yo0 + 4 * b->yplane, b->smask[0], a4_0);
    store_mask(yo1 + 4 * b->yplane, b->smask[1], a4_1);
    store_mask(yo0 + 5 * b->yplane, b->smask[0], a5_0);
    store_mask(yo1 + 5 * b->yplane, b->smask[1], a5_1);
    store_mask(yo0 + 6 * b->yplane, b->smask[0], a6_0);
    store_mask(yo1 + 6 * b->yplane, b->smask[1], a6_1);
}

static void lmc_f32_direct_nchw_8cx48w_7x3__avx512(const lmc_direct_pblock *b)
{
    const ptrdiff_t xv0 = b->xv[0], xv1 = b->xv[1], xv2 = b->xv[2];
    float *yo0 = b->y + b->yv[0], *yo1 = b->y + b->yv[1], *yo2 = b->y + b->yv[2];
    __m512 a0_0, a0_1, a0_2;
    __m512 a1_0, a1_1, a1_2;
    __m512 a2_0, a2_1, a2_2;
    __m512 a3_0, a3_1, a3_2;
    __m512 a4_0, a4_1, a4_2;
    __m512 a5_0, a5_1, a5_2;
    __m512 a6_0, a6_1, a6_2;
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
    __builtin_prefetch(yo0 + 4 * b->yplane, 1, 3);
    __builtin_prefetch(yo1 + 4 * b->yplane, 1, 3);
    __builtin_prefetch(yo2 + 4 * b->yplane, 1, 3);
    __builtin_prefetch(yo0 + 5 * b->yplane, 1, 3);
    __builtin_prefetch(yo1 + 5 * b->yplane, 1, 3);
    __builtin_prefetch(yo2 + 5 * b->yplane, 1, 3);
    __builtin_prefetch(yo0 + 6 * b->yplane, 1, 3);
    __builtin_prefetch(yo1 + 6 * b->yplane, 1, 3);
    __builtin_prefetch(yo2 + 6 * b->yplane, 1, 3);
    if (b->first) {
        const __m512 bb0 = b->bias ? _mm512_set1_ps(b->bias[0]) : _mm512_setzero_ps();
        a0_0 = bb0;
        a0_1 = bb0;
        a0_2 = bb0;
        const __m512 bb1 = b->bias ? _mm512_set1_ps(b->bias[1]) : _mm512_setzero_ps();
        a1_0 = bb1;
        a1_1 = bb1;
        a1_2 = bb1;
        const __m512 bb2 = b->bias ? _mm512_set1_ps(b->bias[2]) : _mm512_setzero_ps();
        a2_0 = bb2;
        a2_1 = bb2;
        a2_2 = bb2;
        const __m512 bb3 = b->bias ? _mm512_set1_ps(b->bias[3]) : _mm512_setzero_ps();
        a3_0 = bb3;
        a3_1 = bb3;
        a3_2 = bb3;
        const __m512 bb4 = b->bias ? _mm512_set1_ps(b->bias[4]) : _mm512_setzero_ps();
        a4_0 = bb4;
        a4_1 = bb4;
        a4_2 = bb4;
        const __m512 bb5 = b->bias ? _mm512_set1_ps(b->bias[5]) : _mm512_setzero_ps();
        a5_0 = bb5;
        a5_1 = bb5;
        a5_2 = bb5;
        const __m512 bb6 = b->bias ? _mm512_set1_ps(b->bias[6]) : _mm512_setzero_ps();
        a6_0 = bb6;
        a6_1 = bb6;
        a6_2 = bb6;
    } else {
        a0_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0);
        a0_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1);
        a0_2 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[2]), yo2);
        a1_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 1 * b->yplane);
        a1_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1 + 1 * b->yplane);
        a1_2 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[2]), yo2 + 1 * b->yplane);
        a2_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 2 * b->yplane);
        a2_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1 + 2 * b->yplane);
        a2_2 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[2]), yo2 + 2 * b->yplane);
        a3_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 3 * b->yplane);
        a3_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1 + 3 * b->yplane);
        a3_2 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[2]), yo2 + 3 * b->yplane);
        a4_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 4 * b->yplane);
        a4_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1 + 4 * b->yplane);
        a4_2 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[2]), yo2 + 4 * b->yplane);
        a5_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 5 * b->yplane);
        a5_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1 + 5 * b->yplane);
        a5_2 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[2]), yo2 + 5 * b->yplane);
        a6_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 6 * b->yplane);
        a6_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1 + 6 * b->yplane);
        a6_2 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[2]), yo2 + 6 * b->yplane);
    }
    if (b->sw == 1) {
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                if (tp->full) {
                    const __m512 x0 = _mm512_loadu_ps(xt + xv0);
                    const __m512 x1 = _mm512_loadu_ps(xt + xv1);
                    const __m512 x2 = _mm512_loadu_ps(xt + xv2);
                    const __m512 w0 = _mm512_set1_ps(wt[0]);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                    a0_2 = _mm512_fmadd_ps(x2, w0, a0_2);
                    const __m512 w1 = _mm512_set1_ps(wt[1]);
                    a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                    a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                    a1_2 = _mm512_fmadd_ps(x2, w1, a1_2);
                    const __m512 w2 = _mm512_set1_ps(wt[2]);
                    a2_0 = _mm512_fmadd_ps(x0, w2, a2_0);
                    a2_1 = _mm512_fmadd_ps(x1, w2, a2_1);
                    a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                    const __m512 w3 = _mm512_set1_ps(wt[3]);
                    a3_0 = _mm512_fmadd_ps(x0, w3, a3_0);
                    a3_1 = _mm512_fmadd_ps(x1, w3, a3_1);
                    a3_2 = _mm512_fmadd_ps(x2, w3, a3_2);
                    const __m512 w4 = _mm512_set1_ps(wt[4]);
                    a4_0 = _mm512_fmadd_ps(x0, w4, a4_0);
                    a4_1 = _mm512_fmadd_ps(x1, w4, a4_1);
                    a4_2 = _mm512_fmadd_ps(x2, w4, a4_2);
                    const __m512 w5 = _mm512_set1_ps(wt[5]);
                    a5_0 = _mm512_fmadd_ps(x0, w5, a5_0);
                    a5_1 = _mm512_fmadd_ps(x1, w5, a5_1);
                    a5_2 = _mm512_fmadd_ps(x2, w5, a5_2);
                    const __m512 w6 = _mm512_set1_ps(wt[6]);
                    a6_0 = _mm512_fmadd_ps(x0, w6, a6_0);
                    a6_1 = _mm512_fmadd_ps(x1, w6, a6_1);
                    a6_2 = _mm512_fmadd_ps(x2, w6, a6_2);
                    continue;
                }
                const __m512 x0 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[0]), xt + xv0);
                const __m512 x1 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[1]), xt + xv1);
                const __m512 x2 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[2]), xt + xv2);
                const __m512 w0 = _mm512_set1_ps(wt[0]);
                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                a0_2 = _mm512_fmadd_ps(x2, w0, a0_2);
                const __m512 w1 = _mm512_set1_ps(wt[1]);
                a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                a1_2 = _mm512_fmadd_ps(x2, w1, a1_2);
                const __m512 w2 = _mm512_set1_ps(wt[2]);
                a2_0 = _mm512_fmadd_ps(x0, w2, a2_0);
                a2_1 = _mm512_fmadd_ps(x1, w2, a2_1);
                a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                const __m512 w3 = _mm512_set1_ps(wt[3]);
                a3_0 = _mm512_fmadd_ps(x0, w3, a3_0);
                a3_1 = _mm512_fmadd_ps(x1, w3, a3_1);
                a3_2 = _mm512_fmadd_ps(x2, w3, a3_2);
                const __m512 w4 = _mm512_set1_ps(wt[4]);
                a4_0 = _mm512_fmadd_ps(x0, w4, a4_0);
                a4_1 = _mm512_fmadd_ps(x1, w4, a4_1);
                a4_2 = _mm512_fmadd_ps(x2, w4, a4_2);
                const __m512 w5 = _mm512_set1_ps(wt[5]);
                a5_0 = _mm512_fmadd_ps(x0, w5, a5_0);
                a5_1 = _mm512_fmadd_ps(x1, w5, a5_1);
                a5_2 = _mm512_fmadd_ps(x2, w5, a5_2);
                const __m512 w6 = _mm512_set1_ps(wt[6]);
                a6_0 = _mm512_fmadd_ps(x0, w6, a6_0);
                a6_1 = _mm512_fmadd_ps(x1, w6, a6_1);
                a6_2 = _mm512_fmadd_ps(x2, w6, a6_2);
            }
        }
    } else if (b->sw == 2) {
        /* two loads and a shuffle per vector instead of a gather: lanes
         * [0, psplit) from the even floats of the first, the rest from the
         * second, xpair floats on */
        const __m512i lane = _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        const __m512i even = _mm512_mask_add_epi32(_mm512_add_epi32(lane, lane),
                                                   _mm512_cmpge_epi32_mask(lane, _mm512_set1_epi32(b->psplit)),
                                                   _mm512_add_epi32(lane, lane), _mm512_set1_epi32(16 - 2 * b->psplit));
        const ptrdiff_t xpair = b->xpair;
        if (b->row3) {
            const __m512i odd = _mm512_add_epi32(even, _mm512_set1_epi32(1));
            if (b->psplit == 8) {
                for (int ci = 0; ci < b->cin; ci++) {
                    const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                    for (int t = 0; t < b->ntaps; t++) {
                        const lmc_direct_tap *tp = &b->taps[t];
                        const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                        const __m512 lo0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), hi0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair);
                        const __m512 e0 = _mm512_permutex2var_ps(lo0, even, hi0), o0 = _mm512_permutex2var_ps(lo0, odd, hi0);
                        const __m512 f0 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[0]), xt + xv0 + 32)), _mm512_castps_si512(e0), 1));
                        const __m512 lo1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), hi1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + xpair);
                        const __m512 e1 = _mm512_permutex2var_ps(lo1, even, hi1), o1 = _mm512_permutex2var_ps(lo1, odd, hi1);
                        const __m512 f1 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[1]), xt + xv1 + 32)), _mm512_castps_si512(e1), 1));
                        const __m512 lo2 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][0]), xt + xv2), hi2 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][1]), xt + xv2 + xpair);
                        const __m512 e2 = _mm512_permutex2var_ps(lo2, even, hi2), o2 = _mm512_permutex2var_ps(lo2, odd, hi2);
                        const __m512 f2 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[2]), xt + xv2 + 32)), _mm512_castps_si512(e2), 1));
                        {
                            const __m512 w = _mm512_set1_ps(wt[0]);
                            a0_0 = _mm512_fmadd_ps(e0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(e1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(e2, w, a0_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[1]);
                            a1_0 = _mm512_fmadd_ps(e0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(e1, w, a1_1);
                            a1_2 = _mm512_fmadd_ps(e2, w, a1_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[2]);
                            a2_0 = _mm512_fmadd_ps(e0, w, a2_0);
                            a2_1 = _mm512_fmadd_ps(e1, w, a2_1);
                            a2_2 = _mm512_fmadd_ps(e2, w, a2_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[3]);
                            a3_0 = _mm512_fmadd_ps(e0, w, a3_0);
                            a3_1 = _mm512_fmadd_ps(e1, w, a3_1);
                            a3_2 = _mm512_fmadd_ps(e2, w, a3_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[4]);
                            a4_0 = _mm512_fmadd_ps(e0, w, a4_0);
                            a4_1 = _mm512_fmadd_ps(e1, w, a4_1);
                            a4_2 = _mm512_fmadd_ps(e2, w, a4_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[5]);
                            a5_0 = _mm512_fmadd_ps(e0, w, a5_0);
                            a5_1 = _mm512_fmadd_ps(e1, w, a5_1);
                            a5_2 = _mm512_fmadd_ps(e2, w, a5_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[6]);
                            a6_0 = _mm512_fmadd_ps(e0, w, a6_0);
                            a6_1 = _mm512_fmadd_ps(e1, w, a6_1);
                            a6_2 = _mm512_fmadd_ps(e2, w, a6_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[8]);
                            a0_0 = _mm512_fmadd_ps(o0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(o1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(o2, w, a0_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[9]);
                            a1_0 = _mm512_fmadd_ps(o0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(o1, w, a1_1);
                            a1_2 = _mm512_fmadd_ps(o2, w, a1_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[10]);
                            a2_0 = _mm512_fmadd_ps(o0, w, a2_0);
                            a2_1 = _mm512_fmadd_ps(o1, w, a2_1);
                            a2_2 = _mm512_fmadd_ps(o2, w, a2_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[11]);
                            a3_0 = _mm512_fmadd_ps(o0, w, a3_0);
                            a3_1 = _mm512_fmadd_ps(o1, w, a3_1);
                            a3_2 = _mm512_fmadd_ps(o2, w, a3_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[12]);
                            a4_0 = _mm512_fmadd_ps(o0, w, a4_0);
                            a4_1 = _mm512_fmadd_ps(o1, w, a4_1);
                            a4_2 = _mm512_fmadd_ps(o2, w, a4_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[13]);
                            a5_0 = _mm512_fmadd_ps(o0, w, a5_0);
                            a5_1 = _mm512_fmadd_ps(o1, w, a5_1);
                            a5_2 = _mm512_fmadd_ps(o2, w, a5_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[14]);
                            a6_0 = _mm512_fmadd_ps(o0, w, a6_0);
                            a6_1 = _mm512_fmadd_ps(o1, w, a6_1);
                            a6_2 = _mm512_fmadd_ps(o2, w, a6_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[16]);
                            a0_0 = _mm512_fmadd_ps(f0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(f1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(f2, w, a0_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[17]);
                            a1_0 = _mm512_fmadd_ps(f0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(f1, w, a1_1);
                            a1_2 = _mm512_fmadd_ps(f2, w, a1_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[18]);
                            a2_0 = _mm512_fmadd_ps(f0, w, a2_0);
                            a2_1 = _mm512_fmadd_ps(f1, w, a2_1);
                            a2_2 = _mm512_fmadd_ps(f2, w, a2_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[19]);
                            a3_0 = _mm512_fmadd_ps(f0, w, a3_0);
                            a3_1 = _mm512_fmadd_ps(f1, w, a3_1);
                            a3_2 = _mm512_fmadd_ps(f2, w, a3_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[20]);
                            a4_0 = _mm512_fmadd_ps(f0, w, a4_0);
                            a4_1 = _mm512_fmadd_ps(f1, w, a4_1);
                            a4_2 = _mm512_fmadd_ps(f2, w, a4_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[21]);
                            a5_0 = _mm512_fmadd_ps(f0, w, a5_0);
                            a5_1 = _mm512_fmadd_ps(f1, w, a5_1);
                            a5_2 = _mm512_fmadd_ps(f2, w, a5_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[22]);
                            a6_0 = _mm512_fmadd_ps(f0, w, a6_0);
                            a6_1 = _mm512_fmadd_ps(f1, w, a6_1);
                            a6_2 = _mm512_fmadd_ps(f2, w, a6_2);
                        }
                    }
                }
            } else {
                const __m512i even2 = _mm512_add_epi32(even, _mm512_set1_epi32(2));
                for (int ci = 0; ci < b->cin; ci++) {
                    const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                    for (int t = 0; t < b->ntaps; t++) {
                        const lmc_direct_tap *tp = &b->taps[t];
                        const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                        const __m512 lo0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), hi0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair);
                        const __m512 e0 = _mm512_permutex2var_ps(lo0, even, hi0), o0 = _mm512_permutex2var_ps(lo0, odd, hi0);
                        const __m512 f0 = _mm512_permutex2var_ps(lo0, even2, hi0);
                        const __m512 lo1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), hi1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + xpair);
                        const __m512 e1 = _mm512_permutex2var_ps(lo1, even, hi1), o1 = _mm512_permutex2var_ps(lo1, odd, hi1);
                        const __m512 f1 = _mm512_permutex2var_ps(lo1, even2, hi1);
                        const __m512 lo2 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][0]), xt + xv2), hi2 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][1]), xt + xv2 + xpair);
                        const __m512 e2 = _mm512_permutex2var_ps(lo2, even, hi2), o2 = _mm512_permutex2var_ps(lo2, odd, hi2);
                        const __m512 f2 = _mm512_permutex2var_ps(lo2, even2, hi2);
                        {
                            const __m512 w = _mm512_set1_ps(wt[0]);
                            a0_0 = _mm512_fmadd_ps(e0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(e1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(e2, w, a0_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[1]);
                            a1_0 = _mm512_fmadd_ps(e0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(e1, w, a1_1);
                            a1_2 = _mm512_fmadd_ps(e2, w, a1_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[2]);
                            a2_0 = _mm512_fmadd_ps(e0, w, a2_0);
                            a2_1 = _mm512_fmadd_ps(e1, w, a2_1);
                            a2_2 = _mm512_fmadd_ps(e2, w, a2_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[3]);
                            a3_0 = _mm512_fmadd_ps(e0, w, a3_0);
                            a3_1 = _mm512_fmadd_ps(e1, w, a3_1);
                            a3_2 = _mm512_fmadd_ps(e2, w, a3_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[4]);
                            a4_0 = _mm512_fmadd_ps(e0, w, a4_0);
                            a4_1 = _mm512_fmadd_ps(e1, w, a4_1);
                            a4_2 = _mm512_fmadd_ps(e2, w, a4_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[5]);
                            a5_0 = _mm512_fmadd_ps(e0, w, a5_0);
                            a5_1 = _mm512_fmadd_ps(e1, w, a5_1);
                            a5_2 = _mm512_fmadd_ps(e2, w, a5_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[6]);
                            a6_0 = _mm512_fmadd_ps(e0, w, a6_0);
                            a6_1 = _mm512_fmadd_ps(e1, w, a6_1);
                            a6_2 = _mm512_fmadd_ps(e2, w, a6_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[8]);
                            a0_0 = _mm512_fmadd_ps(o0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(o1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(o2, w, a0_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[9]);
                            a1_0 = _mm512_fmadd_ps(o0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(o1, w, a1_1);
                            a1_2 = _mm512_fmadd_ps(o2, w, a1_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[10]);
                            a2_0 = _mm512_fmadd_ps(o0, w, a2_0);
                            a2_1 = _mm512_fmadd_ps(o1, w, a2_1);
                            a2_2 = _mm512_fmadd_ps(o2, w, a2_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[11]);
                            a3_0 = _mm512_fmadd_ps(o0, w, a3_0);
                            a3_1 = _mm512_fmadd_ps(o1, w, a3_1);
                            a3_2 = _mm512_fmadd_ps(o2, w, a3_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[12]);
                            a4_0 = _mm512_fmadd_ps(o0, w, a4_0);
                            a4_1 = _mm512_fmadd_ps(o1, w, a4_1);
                            a4_2 = _mm512_fmadd_ps(o2, w, a4_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[13]);
                            a5_0 = _mm512_fmadd_ps(o0, w, a5_0);
                            a5_1 = _mm512_fmadd_ps(o1, w, a5_1);
                            a5_2 = _mm512_fmadd_ps(o2, w, a5_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[14]);
                            a6_0 = _mm512_fmadd_ps(o0, w, a6_0);
                            a6_1 = _mm512_fmadd_ps(o1, w, a6_1);
                            a6_2 = _mm512_fmadd_ps(o2, w, a6_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[16]);
                            a0_0 = _mm512_fmadd_ps(f0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(f1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(f2, w, a0_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[17]);
                            a1_0 = _mm512_fmadd_ps(f0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(f1, w, a1_1);
                            a1_2 = _mm512_fmadd_ps(f2, w, a1_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[18]);
                            a2_0 = _mm512_fmadd_ps(f0, w, a2_0);
                            a2_1 = _mm512_fmadd_ps(f1, w, a2_1);
                            a2_2 = _mm512_fmadd_ps(f2, w, a2_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[19]);
                            a3_0 = _mm512_fmadd_ps(f0, w, a3_0);
                            a3_1 = _mm512_fmadd_ps(f1, w, a3_1);
                            a3_2 = _mm512_fmadd_ps(f2, w, a3_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[20]);
                            a4_0 = _mm512_fmadd_ps(f0, w, a4_0);
                            a4_1 = _mm512_fmadd_ps(f1, w, a4_1);
                            a4_2 = _mm512_fmadd_ps(f2, w, a4_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[21]);
                            a5_0 = _mm512_fmadd_ps(f0, w, a5_0);
                            a5_1 = _mm512_fmadd_ps(f1, w, a5_1);
                            a5_2 = _mm512_fmadd_ps(f2, w, a5_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[22]);
                            a6_0 = _mm512_fmadd_ps(f0, w, a6_0);
                            a6_1 = _mm512_fmadd_ps(f1, w, a6_1);
                            a6_2 = _mm512_fmadd_ps(f2, w, a6_2);
                        }
                    }
                }
            }
        } else {
            for (int ci = 0; ci < b->cin; ci++) {
                const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                for (int t = 0; t < b->ntaps; t++) {
                    const lmc_direct_tap *tp = &b->taps[t];
                    const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                    const __m512 x0 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair));
                    const __m512 x1 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + xpair));
                    const __m512 x2 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][0]), xt + xv2), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][1]), xt + xv2 + xpair));
                    const __m512 w0 = _mm512_set1_ps(wt[0]);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                    a0_2 = _mm512_fmadd_ps(x2, w0, a0_2);
                    const __m512 w1 = _mm512_set1_ps(wt[1]);
                    a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                    a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                    a1_2 = _mm512_fmadd_ps(x2, w1, a1_2);
                    const __m512 w2 = _mm512_set1_ps(wt[2]);
                    a2_0 = _mm512_fmadd_ps(x0, w2, a2_0);
                    a2_1 = _mm512_fmadd_ps(x1, w2, a2_1);
                    a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                    const __m512 w3 = _mm512_set1_ps(wt[3]);
                    a3_0 = _mm512_fmadd_ps(x0, w3, a3_0);
                    a3_1 = _mm512_fmadd_ps(x1, w3, a3_1);
                    a3_2 = _mm512_fmadd_ps(x2, w3, a3_2);
                    const __m512 w4 = _mm512_set1_ps(wt[4]);
                    a4_0 = _mm512_fmadd_ps(x0, w4, a4_0);
                    a4_1 = _mm512_fmadd_ps(x1, w4, a4_1);
                    a4_2 = _mm512_fmadd_ps(x2, w4, a4_2);
                    const __m512 w5 = _mm512_set1_ps(wt[5]);
                    a5_0 = _mm512_fmadd_ps(x0, w5, a5_0);
                    a5_1 = _mm512_fmadd_ps(x1, w5, a5_1);
                    a5_2 = _mm512_fmadd_ps(x2, w5, a5_2);
                    const __m512 w6 = _mm512_set1_ps(wt[6]);
                    a6_0 = _mm512_fmadd_ps(x0, w6, a6_0);
                    a6_1 = _mm512_fmadd_ps(x1, w6, a6_1);
                    a6_2 = _mm512_fmadd_ps(x2, w6, a6_2);
                }
            }
        }
    } else {
        const ptrdiff_t sw = b->sw;
        const __m512i lanes = _mm512_mullo_epi32(
            _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15), _mm512_set1_epi32((int)sw));
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const __m512 x0 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[0]), lanes, xt + xv0, 4);
                const __m512 x1 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[1]), lanes, xt + xv1, 4);
                const __m512 x2 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[2]), lanes, xt + xv2, 4);
                const __m512 w0 = _mm512_set1_ps(wt[0]);
                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                a0_2 = _mm512_fmadd_ps(x2, w0, a0_2);
                const __m512 w1 = _mm512_set1_ps(wt[1]);
                a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                a1_2 = _mm512_fmadd_ps(x2, w1, a1_2);
                const __m512 w2 = _mm512_set1_ps(wt[2]);
                a2_0 = _mm512_fmadd_ps(x0, w2, a2_0);
                a2_1 = _mm512_fmadd_ps(x1, w2, a2_1);
                a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                const __m512 w3 = _mm512_set1_ps(wt[3]);
                a3_0 = _mm512_fmadd_ps(x0, w3, a3_0);
                a3_1 = _mm512_fmadd_ps(x1, w3, a3_1);
                a3_2 = _mm512_fmadd_ps(x2, w3, a3_2);
                const __m512 w4 = _mm512_set1_ps(wt[4]);
                a4_0 = _mm512_fmadd_ps(x0, w4, a4_0);
                a4_1 = _mm512_fmadd_ps(x1, w4, a4_1);
                a4_2 = _mm512_fmadd_ps(x2, w4, a4_2);
                const __m512 w5 = _mm512_set1_ps(wt[5]);
                a5_0 = _mm512_fmadd_ps(x0, w5, a5_0);
                a5_1 = _mm512_fmadd_ps(x1, w5, a5_1);
                a5_2 = _mm512_fmadd_ps(x2, w5, a5_2);
                const __m512 w6 = _mm512_set1_ps(wt[6]);
                a6_0 = _mm512_fmadd_ps(x0, w6, a6_0);
                a6_1 = _mm512_fmadd_ps(x1, w6, a6_1);
                a6_2 = _mm512_fmadd_ps(x2, w6, a6_2);
            }
        }
    }
    if (b->last && b->relu) {
        a0_0 = _mm512_max_ps(a0_0, _mm512_setzero_ps());
        a0_1 = _mm512_max_ps(a0_1, _mm512_setzero_ps());
        a0_2 = _mm512_max_ps(a0_2, _mm512_setzero_ps());
        a1_0 = _mm512_max_ps(a1_0, _mm512_setzero_ps());
        a1_1 = _mm512_max_ps(a1_1, _mm512_setzero_ps());
        a1_2 = _mm512_max_ps(a1_2, _mm512_setzero_ps());
        a2_0 = _mm512_max_ps(a2_0, _mm512_setzero_ps());
        a2_1 = _mm512_max_ps(a2_1, _mm512_setzero_ps());
        a2_2 = _mm512_max_ps(a2_2, _mm512_setzero_ps());
        a3_0 = _mm512_max_ps(a3_0, _mm512_setzero_ps());
        a3_1 = _mm512_max_ps(a3_1, _mm512_setzero_ps());
        a3_2 = _mm512_max_ps(a3_2, _mm512_setzero_ps());
        a4_0 = _mm512_max_ps(a4_0, _mm512_setzero_ps());
        a4_1 = _mm512_max_ps(a4_1, _mm512_setzero_ps());
        a4_2 = _mm512_max_ps(a4_2, _mm512_setzero_ps());
        a5_0 = _mm512_max_ps(a5_0, _mm512_setzero_ps());
        a5_1 = _mm512_max_ps(a5_1, _mm512_setzero_ps());
        a5_2 = _mm512_max_ps(a5_2, _mm512_setzero_ps());
        a6_0 = _mm512_max_ps(a6_0, _mm512_setzero_ps());
        a6_1 = _mm512_max_ps(a6_1, _mm512_setzero_ps());
        a6_2 = _mm512_max_ps(a6_2, _mm512_setzero_ps());
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
    store_mask(yo0 + 4 * b->yplane, b->smask[0], a4_0);
    store_mask(yo1 + 4 * b->yplane, b->smask[1], a4_1);
    store_mask(yo2 + 4 * b->yplane, b->smask[2], a4_2);
    store_mask(yo0 + 5 * b->yplane, b->smask[0], a5_0);
    store_mask(yo1 + 5 * b->yplane, b->smask[1], a5_1);
    store_mask(yo2 + 5 * b->yplane, b->smask[2], a5_2);
    store_mask(yo0 + 6 * b->yplane, b->smask[0], a6_0);
    store_mask(yo1 + 6 * b->yplane, b->smask[1], a6_1);
    store_mask(yo2 + 6 * b->yplane, b->smask[2], a6_2);
}

static void lmc_f32_direct_nchw_8cx48w_8x1__avx512(const lmc_direct_pblock *b)
{
    const ptrdiff_t xv0 = b->xv[0];
    float *yo0 = b->y + b->yv[0];
    __m512 a0_0;
    __m512 a1_0;
    __m512 a2_0;
    __m512 a3_0;
    __m512 a4_0;
    __m512 a5_0;
    __m512 a6_0;
    __m512 a7_0;
    /* The output lines, fetched while the block multiplies: a tile writes
     * MB planes, and a layer's tiles more store streams than the
     * prefetchers follow (MobileNet's pw1 in NCHW spent a fifth of its
     * time waiting on them). */
    __builtin_prefetch(yo0, 1, 3);
    __builtin_prefetch(yo0 + 1 * b->yplane, 1, 3);
    __builtin_prefetch(yo0 + 2 * b->yplane, 1, 3);
    __builtin_prefetch(yo0 + 3 * b->yplane, 1, 3);
    __builtin_prefetch(yo0 + 4 * b->yplane, 1, 3);
    __builtin_prefetch(yo0 + 5 * b->yplane, 1, 3);
    __builtin_prefetch(yo0 + 6 * b->yplane, 1, 3);
    __builtin_prefetch(yo0 + 7 * b->yplane, 1, 3);
    if (b->first) {
        const __m512 bb0 = b->bias ? _mm512_set1_ps(b->bias[0]) : _mm512_setzero_ps();
        a0_0 = bb0;
        const __m512 bb1 = b->bias ? _mm512_set1_ps(b->bias[1]) : _mm512_setzero_ps();
        a1_0 = bb1;
        const __m512 bb2 = b->bias ? _mm512_set1_ps(b->bias[2]) : _mm512_setzero_ps();
        a2_0 = bb2;
        const __m512 bb3 = b->bias ? _mm512_set1_ps(b->bias[3]) : _mm512_setzero_ps();
        a3_0 = bb3;
        const __m512 bb4 = b->bias ? _mm512_set1_ps(b->bias[4]) : _mm512_setzero_ps();
        a4_0 = bb4;
        const __m512 bb5 = b->bias ? _mm512_set1_ps(b->bias[5]) : _mm512_setzero_ps();
        a5_0 = bb5;
        const __m512 bb6 = b->bias ? _mm512_set1_ps(b->bias[6]) : _mm512_setzero_ps();
        a6_0 = bb6;
        const __m512 bb7 = b->bias ? _mm512_set1_ps(b->bias[7]) : _mm512_setzero_ps();
        a7_0 = bb7;
    } else {
        a0_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0);
        a1_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 1 * b->yplane);
        a2_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 2 * b->yplane);
        a3_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 3 * b->yplane);
        a4_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 4 * b->yplane);
        a5_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 5 * b->yplane);
        a6_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 6 * b->yplane);
        a7_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 7 * b->yplane);
    }
    if (b->sw == 1) {
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                if (tp->full) {
                    const __m512 x0 = _mm512_loadu_ps(xt + xv0);
                    const __m512 w0 = _mm512_set1_ps(wt[0]);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    const __m512 w1 = _mm512_set1_ps(wt[1]);
                    a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                    const __m512 w2 = _mm512_set1_ps(wt[2]);
                    a2_0 = _mm512_fmadd_ps(x0, w2, a2_0);
                    const __m512 w3 = _mm512_set1_ps(wt[3]);
                    a3_0 = _mm512_fmadd_ps(x0, w3, a3_0);
                    const __m512 w4 = _mm512_set1_ps(wt[4]);
                    a4_0 = _mm512_fmadd_ps(x0, w4, a4_0);
                    const __m512 w5 = _mm512_set1_ps(wt[5]);
                    a5_0 = _mm512_fmadd_ps(x0, w5, a5_0);
                    const __m512 w6 = _mm512_set1_ps(wt[6]);
                    a6_0 = _mm512_fmadd_ps(x0, w6, a6_0);
                    const __m512 w7 = _mm512_set1_ps(wt[7]);
                    a7_0 = _mm512_fmadd_ps(x0, w7, a7_0);
                    continue;
                }
                const __m512 x0 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[0]), xt + xv0);
                const __m512 w0 = _mm512_set1_ps(wt[0]);
                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                const __m512 w1 = _mm512_set1_ps(wt[1]);
                a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                const __m512 w2 = _mm512_set1_ps(wt[2]);
                a2_0 = _mm512_fmadd_ps(x0, w2, a2_0);
                const __m512 w3 = _mm512_set1_ps(wt[3]);
                a3_0 = _mm512_fmadd_ps(x0, w3, a3_0);
                const __m512 w4 = _mm512_set1_ps(wt[4]);
                a4_0 = _mm512_fmadd_ps(x0, w4, a4_0);
                const __m512 w5 = _mm512_set1_ps(wt[5]);
                a5_0 = _mm512_fmadd_ps(x0, w5, a5_0);
                const __m512 w6 = _mm512_set1_ps(wt[6]);
                a6_0 = _mm512_fmadd_ps(x0, w6, a6_0);
                const __m512 w7 = _mm512_set1_ps(wt[7]);
                a7_0 = _mm512_fmadd_ps(x0, w7, a7_0);
            }
        }
    } else if (b->sw == 2) {
        /* two loads and a shuffle per vector instead of a gather: lanes
         * [0, psplit) from the even floats of the first, the rest from the
         * second, xpair floats on */
        const __m512i lane = _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        const __m512i even = _mm512_mask_add_epi32(_mm512_add_epi32(lane, lane),
                                                   _mm512_cmpge_epi32_mask(lane, _mm512_set1_epi32(b->psplit)),
                                                   _mm512_add_epi32(lane, lane), _mm512_set1_epi32(16 - 2 * b->psplit));
        const ptrdiff_t xpair = b->xpair;
        if (b->row3) {
            const __m512i odd = _mm512_add_epi32(even, _mm512_set1_epi32(1));
            if (b->psplit == 8) {
                for (int ci = 0; ci < b->cin; ci++) {
                    const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                    for (int t = 0; t < b->ntaps; t++) {
                        const lmc_direct_tap *tp = &b->taps[t];
                        const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                        const __m512 lo0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), hi0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair);
                        const __m512 e0 = _mm512_permutex2var_ps(lo0, even, hi0), o0 = _mm512_permutex2var_ps(lo0, odd, hi0);
                        const __m512 f0 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[0]), xt + xv0 + 32)), _mm512_castps_si512(e0), 1));
                        {
                            const __m512 w = _mm512_set1_ps(wt[0]);
                            a0_0 = _mm512_fmadd_ps(e0, w, a0_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[1]);
                            a1_0 = _mm512_fmadd_ps(e0, w, a1_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[2]);
                            a2_0 = _mm512_fmadd_ps(e0, w, a2_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[3]);
                            a3_0 = _mm512_fmadd_ps(e0, w, a3_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[4]);
                            a4_0 = _mm512_fmadd_ps(e0, w, a4_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[5]);
                            a5_0 = _mm512_fmadd_ps(e0, w, a5_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[6]);
                            a6_0 = _mm512_fmadd_ps(e0, w, a6_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[7]);
                            a7_0 = _mm512_fmadd_ps(e0, w, a7_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[8]);
                            a0_0 = _mm512_fmadd_ps(o0, w, a0_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[9]);
                            a1_0 = _mm512_fmadd_ps(o0, w, a1_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[10]);
                            a2_0 = _mm512_fmadd_ps(o0, w, a2_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[11]);
                            a3_0 = _mm512_fmadd_ps(o0, w, a3_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[12]);
                            a4_0 = _mm512_fmadd_ps(o0, w, a4_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[13]);
                            a5_0 = _mm512_fmadd_ps(o0, w, a5_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[14]);
                            a6_0 = _mm512_fmadd_ps(o0, w, a6_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[15]);
                            a7_0 = _mm512_fmadd_ps(o0, w, a7_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[16]);
                            a0_0 = _mm512_fmadd_ps(f0, w, a0_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[17]);
                            a1_0 = _mm512_fmadd_ps(f0, w, a1_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[18]);
                            a2_0 = _mm512_fmadd_ps(f0, w, a2_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[19]);
                            a3_0 = _mm512_fmadd_ps(f0, w, a3_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[20]);
                            a4_0 = _mm512_fmadd_ps(f0, w, a4_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[21]);
                            a5_0 = _mm512_fmadd_ps(f0, w, a5_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[22]);
                            a6_0 = _mm512_fmadd_ps(f0, w, a6_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[23]);
                            a7_0 = _mm512_fmadd_ps(f0, w, a7_0);
                        }
                    }
                }
            } else {
                const __m512i even2 = _mm512_add_epi32(even, _mm512_set1_epi32(2));
                for (int ci = 0; ci < b->cin; ci++) {
                    const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                    for (int t = 0; t < b->ntaps; t++) {
                        const lmc_direct_tap *tp = &b->taps[t];
                        const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                        const __m512 lo0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), hi0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair);
                        const __m512 e0 = _mm512_permutex2var_ps(lo0, even, hi0), o0 = _mm512_permutex2var_ps(lo0, odd, hi0);
                        const __m512 f0 = _mm512_permutex2var_ps(lo0, even2, hi0);
                        {
                            const __m512 w = _mm512_set1_ps(wt[0]);
                            a0_0 = _mm512_fmadd_ps(e0, w, a0_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[1]);
                            a1_0 = _mm512_fmadd_ps(e0, w, a1_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[2]);
                            a2_0 = _mm512_fmadd_ps(e0, w, a2_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[3]);
                            a3_0 = _mm512_fmadd_ps(e0, w, a3_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[4]);
                            a4_0 = _mm512_fmadd_ps(e0, w, a4_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[5]);
                            a5_0 = _mm512_fmadd_ps(e0, w, a5_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[6]);
                            a6_0 = _mm512_fmadd_ps(e0, w, a6_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[7]);
                            a7_0 = _mm512_fmadd_ps(e0, w, a7_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[8]);
                            a0_0 = _mm512_fmadd_ps(o0, w, a0_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[9]);
                            a1_0 = _mm512_fmadd_ps(o0, w, a1_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[10]);
                            a2_0 = _mm512_fmadd_ps(o0, w, a2_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[11]);
                            a3_0 = _mm512_fmadd_ps(o0, w, a3_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[12]);
                            a4_0 = _mm512_fmadd_ps(o0, w, a4_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[13]);
                            a5_0 = _mm512_fmadd_ps(o0, w, a5_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[14]);
                            a6_0 = _mm512_fmadd_ps(o0, w, a6_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[15]);
                            a7_0 = _mm512_fmadd_ps(o0, w, a7_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[16]);
                            a0_0 = _mm512_fmadd_ps(f0, w, a0_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[17]);
                            a1_0 = _mm512_fmadd_ps(f0, w, a1_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[18]);
                            a2_0 = _mm512_fmadd_ps(f0, w, a2_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[19]);
                            a3_0 = _mm512_fmadd_ps(f0, w, a3_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[20]);
                            a4_0 = _mm512_fmadd_ps(f0, w, a4_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[21]);
                            a5_0 = _mm512_fmadd_ps(f0, w, a5_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[22]);
                            a6_0 = _mm512_fmadd_ps(f0, w, a6_0);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[23]);
                            a7_0 = _mm512_fmadd_ps(f0, w, a7_0);
                        }
                    }
                }
            }
        } else {
            for (int ci = 0; ci < b->cin; ci++) {
                const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                for (int t = 0; t < b->ntaps; t++) {
                    const lmc_direct_tap *tp = &b->taps[t];
                    const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                    const __m512 x0 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair));
                    const __m512 w0 = _mm512_set1_ps(wt[0]);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    const __m512 w1 = _mm512_set1_ps(wt[1]);
                    a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                    const __m512 w2 = _mm512_set1_ps(wt[2]);
                    a2_0 = _mm512_fmadd_ps(x0, w2, a2_0);
                    const __m512 w3 = _mm512_set1_ps(wt[3]);
                    a3_0 = _mm512_fmadd_ps(x0, w3, a3_0);
                    const __m512 w4 = _mm512_set1_ps(wt[4]);
                    a4_0 = _mm512_fmadd_ps(x0, w4, a4_0);
                    const __m512 w5 = _mm512_set1_ps(wt[5]);
                    a5_0 = _mm512_fmadd_ps(x0, w5, a5_0);
                    const __m512 w6 = _mm512_set1_ps(wt[6]);
                    a6_0 = _mm512_fmadd_ps(x0, w6, a6_0);
                    const __m512 w7 = _mm512_set1_ps(wt[7]);
                    a7_0 = _mm512_fmadd_ps(x0, w7, a7_0);
                }
            }
        }
    } else {
        const ptrdiff_t sw = b->sw;
        const __m512i lanes = _mm512_mullo_epi32(
            _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15), _mm512_set1_epi32((int)sw));
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const __m512 x0 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[0]), lanes, xt + xv0, 4);
                const __m512 w0 = _mm512_set1_ps(wt[0]);
                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                const __m512 w1 = _mm512_set1_ps(wt[1]);
                a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                const __m512 w2 = _mm512_set1_ps(wt[2]);
                a2_0 = _mm512_fmadd_ps(x0, w2, a2_0);
                const __m512 w3 = _mm512_set1_ps(wt[3]);
                a3_0 = _mm512_fmadd_ps(x0, w3, a3_0);
                const __m512 w4 = _mm512_set1_ps(wt[4]);
                a4_0 = _mm512_fmadd_ps(x0, w4, a4_0);
                const __m512 w5 = _mm512_set1_ps(wt[5]);
                a5_0 = _mm512_fmadd_ps(x0, w5, a5_0);
                const __m512 w6 = _mm512_set1_ps(wt[6]);
                a6_0 = _mm512_fmadd_ps(x0, w6, a6_0);
                const __m512 w7 = _mm512_set1_ps(wt[7]);
                a7_0 = _mm512_fmadd_ps(x0, w7, a7_0);
            }
        }
    }
    if (b->last && b->relu) {
        a0_0 = _mm512_max_ps(a0_0, _mm512_setzero_ps());
        a1_0 = _mm512_max_ps(a1_0, _mm512_setzero_ps());
        a2_0 = _mm512_max_ps(a2_0, _mm512_setzero_ps());
        a3_0 = _mm512_max_ps(a3_0, _mm512_setzero_ps());
        a4_0 = _mm512_max_ps(a4_0, _mm512_setzero_ps());
        a5_0 = _mm512_max_ps(a5_0, _mm512_setzero_ps());
        a6_0 = _mm512_max_ps(a6_0, _mm512_setzero_ps());
        a7_0 = _mm512_max_ps(a7_0, _mm512_setzero_ps());
    }
    store_mask(yo0, b->smask[0], a0_0);
    store_mask(yo0 + 1 * b->yplane, b->smask[0], a1_0);
    store_mask(yo0 + 2 * b->yplane, b->smask[0], a2_0);
    store_mask(yo0 + 3 * b->yplane, b->smask[0], a3_0);
    store_mask(yo0 + 4 * b->yplane, b->smask[0], a4_0);
    store_mask(yo0 + 5 * b->yplane, b->smask[0], a5_0);
    store_mask(yo0 + 6 * b->yplane, b->smask[0], a6_0);
    store_mask(yo0 + 7 * b->yplane, b->smask[0], a7_0);
}

static void lmc_f32_direct_nchw_8cx48w_8x2__avx512(const lmc_direct_pblock *b)
{
    const ptrdiff_t xv0 = b->xv[0], xv1 = b->xv[1];
    float *yo0 = b->y + b->yv[0], *yo1 = b->y + b->yv[1];
    __m512 a0_0, a0_1;
    __m512 a1_0, a1_1;
    __m512 a2_0, a2_1;
    __m512 a3_0, a3_1;
    __m512 a4_0, a4_1;
    __m512 a5_0, a5_1;
    __m512 a6_0, a6_1;
    __m512 a7_0, a7_1;
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
    __builtin_prefetch(yo0 + 4 * b->yplane, 1, 3);
    __builtin_prefetch(yo1 + 4 * b->yplane, 1, 3);
    __builtin_prefetch(yo0 + 5 * b->yplane, 1, 3);
    __builtin_prefetch(yo1 + 5 * b->yplane, 1, 3);
    __builtin_prefetch(yo0 + 6 * b->yplane, 1, 3);
    __builtin_prefetch(yo1 + 6 * b->yplane, 1, 3);
    __builtin_prefetch(yo0 + 7 * b->yplane, 1, 3);
    __builtin_prefetch(yo1 + 7 * b->yplane, 1, 3);
    if (b->first) {
        const __m512 bb0 = b->bias ? _mm512_set1_ps(b->bias[0]) : _mm512_setzero_ps();
        a0_0 = bb0;
        a0_1 = bb0;
        const __m512 bb1 = b->bias ? _mm512_set1_ps(b->bias[1]) : _mm512_setzero_ps();
        a1_0 = bb1;
        a1_1 = bb1;
        const __m512 bb2 = b->bias ? _mm512_set1_ps(b->bias[2]) : _mm512_setzero_ps();
        a2_0 = bb2;
        a2_1 = bb2;
        const __m512 bb3 = b->bias ? _mm512_set1_ps(b->bias[3]) : _mm512_setzero_ps();
        a3_0 = bb3;
        a3_1 = bb3;
        const __m512 bb4 = b->bias ? _mm512_set1_ps(b->bias[4]) : _mm512_setzero_ps();
        a4_0 = bb4;
        a4_1 = bb4;
        const __m512 bb5 = b->bias ? _mm512_set1_ps(b->bias[5]) : _mm512_setzero_ps();
        a5_0 = bb5;
        a5_1 = bb5;
        const __m512 bb6 = b->bias ? _mm512_set1_ps(b->bias[6]) : _mm512_setzero_ps();
        a6_0 = bb6;
        a6_1 = bb6;
        const __m512 bb7 = b->bias ? _mm512_set1_ps(b->bias[7]) : _mm512_setzero_ps();
        a7_0 = bb7;
        a7_1 = bb7;
    } else {
        a0_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0);
        a0_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1);
        a1_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 1 * b->yplane);
        a1_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1 + 1 * b->yplane);
        a2_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 2 * b->yplane);
        a2_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1 + 2 * b->yplane);
        a3_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 3 * b->yplane);
        a3_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1 + 3 * b->yplane);
        a4_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 4 * b->yplane);
        a4_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1 + 4 * b->yplane);
        a5_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 5 * b->yplane);
        a5_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1 + 5 * b->yplane);
        a6_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 6 * b->yplane);
        a6_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1 + 6 * b->yplane);
        a7_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 7 * b->yplane);
        a7_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1 + 7 * b->yplane);
    }
    if (b->sw == 1) {
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                if (tp->full) {
                    const __m512 x0 = _mm512_loadu_ps(xt + xv0);
                    const __m512 x1 = _mm512_loadu_ps(xt + xv1);
                    const __m512 w0 = _mm512_set1_ps(wt[0]);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                    const __m512 w1 = _mm512_set1_ps(wt[1]);
                    a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                    a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                    const __m512 w2 = _mm512_set1_ps(wt[2]);
                    a2_0 = _mm512_fmadd_ps(x0, w2, a2_0);
                    a2_1 = _mm512_fmadd_ps(x1, w2, a2_1);
                    const __m512 w3 = _mm512_set1_ps(wt[3]);
                    a3_0 = _mm512_fmadd_ps(x0, w3, a3_0);
                    a3_1 = _mm512_fmadd_ps(x1, w3, a3_1);
                    const __m512 w4 = _mm512_set1_ps(wt[4]);
                    a4_0 = _mm512_fmadd_ps(x0, w4, a4_0);
                    a4_1 = _mm512_fmadd_ps(x1, w4, a4_1);
                    const __m512 w5 = _mm512_set1_ps(wt[5]);
                    a5_0 = _mm512_fmadd_ps(x0, w5, a5_0);
                    a5_1 = _mm512_fmadd_ps(x1, w5, a5_1);
                    const __m512 w6 = _mm512_set1_ps(wt[6]);
                    a6_0 = _mm512_fmadd_ps(x0, w6, a6_0);
                    a6_1 = _mm512_fmadd_ps(x1, w6, a6_1);
                    const __m512 w7 = _mm512_set1_ps(wt[7]);
                    a7_0 = _mm512_fmadd_ps(x0, w7, a7_0);
                    a7_1 = _mm512_fmadd_ps(x1, w7, a7_1);
                    continue;
                }
                const __m512 x0 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[0]), xt + xv0);
                const __m512 x1 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[1]), xt + xv1);
                const __m512 w0 = _mm512_set1_ps(wt[0]);
                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                const __m512 w1 = _mm512_set1_ps(wt[1]);
                a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                const __m512 w2 = _mm512_set1_ps(wt[2]);
                a2_0 = _mm512_fmadd_ps(x0, w2, a2_0);
                a2_1 = _mm512_fmadd_ps(x1, w2, a2_1);
                const __m512 w3 = _mm512_set1_ps(wt[3]);
                a3_0 = _mm512_fmadd_ps(x0, w3, a3_0);
                a3_1 = _mm512_fmadd_ps(x1, w3, a3_1);
                const __m512 w4 = _mm512_set1_ps(wt[4]);
                a4_0 = _mm512_fmadd_ps(x0, w4, a4_0);
                a4_1 = _mm512_fmadd_ps(x1, w4, a4_1);
                const __m512 w5 = _mm512_set1_ps(wt[5]);
                a5_0 = _mm512_fmadd_ps(x0, w5, a5_0);
                a5_1 = _mm512_fmadd_ps(x1, w5, a5_1);
                const __m512 w6 = _mm512_set1_ps(wt[6]);
                a6_0 = _mm512_fmadd_ps(x0, w6, a6_0);
                a6_1 = _mm512_fmadd_ps(x1, w6, a6_1);
                const __m512 w7 = _mm512_set1_ps(wt[7]);
                a7_0 = _mm512_fmadd_ps(x0, w7, a7_0);
                a7_1 = _mm512_fmadd_ps(x1, w7, a7_1);
            }
        }
    } else if (b->sw == 2) {
        /* two loads and a shuffle per vector instead of a gather: lanes
         * [0, psplit) from the even floats of the first, the rest from the
         * second, xpair floats on */
        const __m512i lane = _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        const __m512i even = _mm512_mask_add_epi32(_mm512_add_epi32(lane, lane),
                                                   _mm512_cmpge_epi32_mask(lane, _mm512_set1_epi32(b->psplit)),
                                                   _mm512_add_epi32(lane, lane), _mm512_set1_epi32(16 - 2 * b->psplit));
        const ptrdiff_t xpair = b->xpair;
        if (b->row3) {
            const __m512i odd = _mm512_add_epi32(even, _mm512_set1_epi32(1));
            if (b->psplit == 8) {
                for (int ci = 0; ci < b->cin; ci++) {
                    const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                    for (int t = 0; t < b->ntaps; t++) {
                        const lmc_direct_tap *tp = &b->taps[t];
                        const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                        const __m512 lo0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), hi0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair);
                        const __m512 e0 = _mm512_permutex2var_ps(lo0, even, hi0), o0 = _mm512_permutex2var_ps(lo0, odd, hi0);
                        const __m512 f0 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[0]), xt + xv0 + 32)), _mm512_castps_si512(e0), 1));
                        const __m512 lo1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), hi1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + xpair);
                        const __m512 e1 = _mm512_permutex2var_ps(lo1, even, hi1), o1 = _mm512_permutex2var_ps(lo1, odd, hi1);
                        const __m512 f1 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[1]), xt + xv1 + 32)), _mm512_castps_si512(e1), 1));
                        {
                            const __m512 w = _mm512_set1_ps(wt[0]);
                            a0_0 = _mm512_fmadd_ps(e0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(e1, w, a0_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[1]);
                            a1_0 = _mm512_fmadd_ps(e0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(e1, w, a1_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[2]);
                            a2_0 = _mm512_fmadd_ps(e0, w, a2_0);
                            a2_1 = _mm512_fmadd_ps(e1, w, a2_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[3]);
                            a3_0 = _mm512_fmadd_ps(e0, w, a3_0);
                            a3_1 = _mm512_fmadd_ps(e1, w, a3_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[4]);
                            a4_0 = _mm512_fmadd_ps(e0, w, a4_0);
                            a4_1 = _mm512_fmadd_ps(e1, w, a4_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[5]);
                            a5_0 = _mm512_fmadd_ps(e0, w, a5_0);
                            a5_1 = _mm512_fmadd_ps(e1, w, a5_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[6]);
                            a6_0 = _mm512_fmadd_ps(e0, w, a6_0);
                            a6_1 = _mm512_fmadd_ps(e1, w, a6_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[7]);
                            a7_0 = _mm512_fmadd_ps(e0, w, a7_0);
                            a7_1 = _mm512_fmadd_ps(e1, w, a7_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[8]);
                            a0_0 = _mm512_fmadd_ps(o0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(o1, w, a0_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[9]);
                            a1_0 = _mm512_fmadd_ps(o0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(o1, w, a1_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[10]);
                            a2_0 = _mm512_fmadd_ps(o0, w, a2_0);
                            a2_1 = _mm512_fmadd_ps(o1, w, a2_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[11]);
                            a3_0 = _mm512_fmadd_ps(o0, w, a3_0);
                            a3_1 = _mm512_fmadd_ps(o1, w, a3_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[12]);
                            a4_0 = _mm512_fmadd_ps(o0, w, a4_0);
                            a4_1 = _mm512_fmadd_ps(o1, w, a4_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[13]);
                            a5_0 = _mm512_fmadd_ps(o0, w, a5_0);
                            a5_1 = _mm512_fmadd_ps(o1, w, a5_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[14]);
                            a6_0 = _mm512_fmadd_ps(o0, w, a6_0);
                            a6_1 = _mm512_fmadd_ps(o1, w, a6_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[15]);
                            a7_0 = _mm512_fmadd_ps(o0, w, a7_0);
                            a7_1 = _mm512_fmadd_ps(o1, w, a7_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[16]);
                            a0_0 = _mm512_fmadd_ps(f0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(f1, w, a0_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[17]);
                            a1_0 = _mm512_fmadd_ps(f0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(f1, w, a1_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[18]);
                            a2_0 = _mm512_fmadd_ps(f0, w, a2_0);
                            a2_1 = _mm512_fmadd_ps(f1, w, a2_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[19]);
                            a3_0 = _mm512_fmadd_ps(f0, w, a3_0);
                            a3_1 = _mm512_fmadd_ps(f1, w, a3_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[20]);
                            a4_0 = _mm512_fmadd_ps(f0, w, a4_0);
                            a4_1 = _mm512_fmadd_ps(f1, w, a4_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[21]);
                            a5_0 = _mm512_fmadd_ps(f0, w, a5_0);
                            a5_1 = _mm512_fmadd_ps(f1, w, a5_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[22]);
                            a6_0 = _mm512_fmadd_ps(f0, w, a6_0);
                            a6_1 = _mm512_fmadd_ps(f1, w, a6_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[23]);
                            a7_0 = _mm512_fmadd_ps(f0, w, a7_0);
                            a7_1 = _mm512_fmadd_ps(f1, w, a7_1);
                        }
                    }
                }
            } else {
                const __m512i even2 = _mm512_add_epi32(even, _mm512_set1_epi32(2));
                for (int ci = 0; ci < b->cin; ci++) {
                    const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                    for (int t = 0; t < b->ntaps; t++) {
                        const lmc_direct_tap *tp = &b->taps[t];
                        const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                        const __m512 lo0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), hi0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair);
                        const __m512 e0 = _mm512_permutex2var_ps(lo0, even, hi0), o0 = _mm512_permutex2var_ps(lo0, odd, hi0);
                        const __m512 f0 = _mm512_permutex2var_ps(lo0, even2, hi0);
                        const __m512 lo1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), hi1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + xpair);
                        const __m512 e1 = _mm512_permutex2var_ps(lo1, even, hi1), o1 = _mm512_permutex2var_ps(lo1, odd, hi1);
                        const __m512 f1 = _mm512_permutex2var_ps(lo1, even2, hi1);
                        {
                            const __m512 w = _mm512_set1_ps(wt[0]);
                            a0_0 = _mm512_fmadd_ps(e0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(e1, w, a0_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[1]);
                            a1_0 = _mm512_fmadd_ps(e0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(e1, w, a1_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[2]);
                            a2_0 = _mm512_fmadd_ps(e0, w, a2_0);
                            a2_1 = _mm512_fmadd_ps(e1, w, a2_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[3]);
                            a3_0 = _mm512_fmadd_ps(e0, w, a3_0);
                            a3_1 = _mm512_fmadd_ps(e1, w, a3_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[4]);
                            a4_0 = _mm512_fmadd_ps(e0, w, a4_0);
                            a4_1 = _mm512_fmadd_ps(e1, w, a4_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[5]);
                            a5_0 = _mm512_fmadd_ps(e0, w, a5_0);
                            a5_1 = _mm512_fmadd_ps(e1, w, a5_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[6]);
                            a6_0 = _mm512_fmadd_ps(e0, w, a6_0);
                            a6_1 = _mm512_fmadd_ps(e1, w, a6_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[7]);
                            a7_0 = _mm512_fmadd_ps(e0, w, a7_0);
                            a7_1 = _mm512_fmadd_ps(e1, w, a7_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[8]);
                            a0_0 = _mm512_fmadd_ps(o0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(o1, w, a0_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[9]);
                            a1_0 = _mm512_fmadd_ps(o0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(o1, w, a1_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[10]);
                            a2_0 = _mm512_fmadd_ps(o0, w, a2_0);
                            a2_1 = _mm512_fmadd_ps(o1, w, a2_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[11]);
                            a3_0 = _mm512_fmadd_ps(o0, w, a3_0);
                            a3_1 = _mm512_fmadd_ps(o1, w, a3_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[12]);
                            a4_0 = _mm512_fmadd_ps(o0, w, a4_0);
                            a4_1 = _mm512_fmadd_ps(o1, w, a4_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[13]);
                            a5_0 = _mm512_fmadd_ps(o0, w, a5_0);
                            a5_1 = _mm512_fmadd_ps(o1, w, a5_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[14]);
                            a6_0 = _mm512_fmadd_ps(o0, w, a6_0);
                            a6_1 = _mm512_fmadd_ps(o1, w, a6_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[15]);
                            a7_0 = _mm512_fmadd_ps(o0, w, a7_0);
                            a7_1 = _mm512_fmadd_ps(o1, w, a7_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[16]);
                            a0_0 = _mm512_fmadd_ps(f0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(f1, w, a0_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[17]);
                            a1_0 = _mm512_fmadd_ps(f0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(f1, w, a1_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[18]);
                            a2_0 = _mm512_fmadd_ps(f0, w, a2_0);
                            a2_1 = _mm512_fmadd_ps(f1, w, a2_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[19]);
                            a3_0 = _mm512_fmadd_ps(f0, w, a3_0);
                            a3_1 = _mm512_fmadd_ps(f1, w, a3_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[20]);
                            a4_0 = _mm512_fmadd_ps(f0, w, a4_0);
                            a4_1 = _mm512_fmadd_ps(f1, w, a4_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[21]);
                            a5_0 = _mm512_fmadd_ps(f0, w, a5_0);
                            a5_1 = _mm512_fmadd_ps(f1, w, a5_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[22]);
                            a6_0 = _mm512_fmadd_ps(f0, w, a6_0);
                            a6_1 = _mm512_fmadd_ps(f1, w, a6_1);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[23]);
                            a7_0 = _mm512_fmadd_ps(f0, w, a7_0);
                            a7_1 = _mm512_fmadd_ps(f1, w, a7_1);
                        }
                    }
                }
            }
        } else {
            for (int ci = 0; ci < b->cin; ci++) {
                const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                for (int t = 0; t < b->ntaps; t++) {
                    const lmc_direct_tap *tp = &b->taps[t];
                    const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                    const __m512 x0 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair));
                    const __m512 x1 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + xpair));
                    const __m512 w0 = _mm512_set1_ps(wt[0]);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                    const __m512 w1 = _mm512_set1_ps(wt[1]);
                    a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                    a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                    const __m512 w2 = _mm512_set1_ps(wt[2]);
                    a2_0 = _mm512_fmadd_ps(x0, w2, a2_0);
                    a2_1 = _mm512_fmadd_ps(x1, w2, a2_1);
                    const __m512 w3 = _mm512_set1_ps(wt[3]);
                    a3_0 = _mm512_fmadd_ps(x0, w3, a3_0);
                    a3_1 = _mm512_fmadd_ps(x1, w3, a3_1);
                    const __m512 w4 = _mm512_set1_ps(wt[4]);
                    a4_0 = _mm512_fmadd_ps(x0, w4, a4_0);
                    a4_1 = _mm512_fmadd_ps(x1, w4, a4_1);
                    const __m512 w5 = _mm512_set1_ps(wt[5]);
                    a5_0 = _mm512_fmadd_ps(x0, w5, a5_0);
                    a5_1 = _mm512_fmadd_ps(x1, w5, a5_1);
                    const __m512 w6 = _mm512_set1_ps(wt[6]);
                    a6_0 = _mm512_fmadd_ps(x0, w6, a6_0);
                    a6_1 = _mm512_fmadd_ps(x1, w6, a6_1);
                    const __m512 w7 = _mm512_set1_ps(wt[7]);
                    a7_0 = _mm512_fmadd_ps(x0, w7, a7_0);
                    a7_1 = _mm512_fmadd_ps(x1, w7, a7_1);
                }
            }
        }
    } else {
        const ptrdiff_t sw = b->sw;
        const __m512i lanes = _mm512_mullo_epi32(
            _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15), _mm512_set1_epi32((int)sw));
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const __m512 x0 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[0]), lanes, xt + xv0, 4);
                const __m512 x1 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[1]), lanes, xt + xv1, 4);
                const __m512 w0 = _mm512_set1_ps(wt[0]);
                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                const __m512 w1 = _mm512_set1_ps(wt[1]);
                a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                const __m512 w2 = _mm512_set1_ps(wt[2]);
                a2_0 = _mm512_fmadd_ps(x0, w2, a2_0);
                a2_1 = _mm512_fmadd_ps(x1, w2, a2_1);
                const __m512 w3 = _mm512_set1_ps(wt[3]);
                a3_0 = _mm512_fmadd_ps(x0, w3, a3_0);
                a3_1 = _mm512_fmadd_ps(x1, w3, a3_1);
                const __m512 w4 = _mm512_set1_ps(wt[4]);
                a4_0 = _mm512_fmadd_ps(x0, w4, a4_0);
                a4_1 = _mm512_fmadd_ps(x1, w4, a4_1);
                const __m512 w5 = _mm512_set1_ps(wt[5]);
                a5_0 = _mm512_fmadd_ps(x0, w5, a5_0);
                a5_1 = _mm512_fmadd_ps(x1, w5, a5_1);
                const __m512 w6 = _mm512_set1_ps(wt[6]);
                a6_0 = _mm512_fmadd_ps(x0, w6, a6_0);
                a6_1 = _mm512_fmadd_ps(x1, w6, a6_1);
                const __m512 w7 = _mm512_set1_ps(wt[7]);
                a7_0 = _mm512_fmadd_ps(x0, w7, a7_0);
                a7_1 = _mm512_fmadd_ps(x1, w7, a7_1);
            }
        }
    }
    if (b->last && b->relu) {
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
    store_mask(yo0, b->smask[0], a0_0);
    store_mask(yo1, b->smask[1], a0_1);
    store_mask(yo0 + 1 * b->yplane, b->smask[0], a1_0);
    store_mask(yo1 + 1 * b->yplane, b->smask[1], a1_1);
    store_mask(yo0 + 2 * b->yplane, b->smask[0], a2_0);
    store_mask(yo1 + 2 * b->yplane, b->smask[1], a2_1);
    store_mask(yo0 + 3 * b->yplane, b->smask[0], a3_0);
    store_mask(yo1 + 3 * b->yplane, b->smask[1], a3_1);
    store_mask(yo0 + 4 * b->yplane, b->smask[0], a4_0);
    store_mask(yo1 + 4 * b->yplane, b->smask[1], a4_1);
    store_mask(yo0 + 5 * b->yplane, b->smask[0], a5_0);
    store_mask(yo1 + 5 * b->yplane, b->smask[1], a5_1);
    store_mask(yo0 + 6 * b->yplane, b->smask[0], a6_0);
    store_mask(yo1 + 6 * b->yplane, b->smask[1], a6_1);
    store_mask(yo0 + 7 * b->yplane, b->smask[0], a7_0);
    store_mask(yo1 + 7 * b->yplane, b->smask[1], a7_1);
}

static void lmc_f32_direct_nchw_8cx48w_8x3__avx512(const lmc_direct_pblock *b)
{
    const ptrdiff_t xv0 = b->xv[0], xv1 = b->xv[1], xv2 = b->xv[2];
    float *yo0 = b->y + b->yv[0], *yo1 = b->y + b->yv[1], *yo2 = b->y + b->yv[2];
    __m512 a0_0, a0_1, a0_2;
    __m512 a1_0, a1_1, a1_2;
    __m512 a2_0, a2_1, a2_2;
    __m512 a3_0, a3_1, a3_2;
    __m512 a4_0, a4_1, a4_2;
    __m512 a5_0, a5_1, a5_2;
    __m512 a6_0, a6_1, a6_2;
    __m512 a7_0, a7_1, a7_2;
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
    __builtin_prefetch(yo0 + 4 * b->yplane, 1, 3);
    __builtin_prefetch(yo1 + 4 * b->yplane, 1, 3);
    __builtin_prefetch(yo2 + 4 * b->yplane, 1, 3);
    __builtin_prefetch(yo0 + 5 * b->yplane, 1, 3);
    __builtin_prefetch(yo1 + 5 * b->yplane, 1, 3);
    __builtin_prefetch(yo2 + 5 * b->yplane, 1, 3);
    __builtin_prefetch(yo0 + 6 * b->yplane, 1, 3);
    __builtin_prefetch(yo1 + 6 * b->yplane, 1, 3);
    __builtin_prefetch(yo2 + 6 * b->yplane, 1, 3);
    __builtin_prefetch(yo0 + 7 * b->yplane, 1, 3);
    __builtin_prefetch(yo1 + 7 * b->yplane, 1, 3);
    __builtin_prefetch(yo2 + 7 * b->yplane, 1, 3);
    if (b->first) {
        const __m512 bb0 = b->bias ? _mm512_set1_ps(b->bias[0]) : _mm512_setzero_ps();
        a0_0 = bb0;
        a0_1 = bb0;
        a0_2 = bb0;
        const __m512 bb1 = b->bias ? _mm512_set1_ps(b->bias[1]) : _mm512_setzero_ps();
        a1_0 = bb1;
        a1_1 = bb1;
        a1_2 = bb1;
        const __m512 bb2 = b->bias ? _mm512_set1_ps(b->bias[2]) : _mm512_setzero_ps();
        a2_0 = bb2;
        a2_1 = bb2;
        a2_2 = bb2;
        const __m512 bb3 = b->bias ? _mm512_set1_ps(b->bias[3]) : _mm512_setzero_ps();
        a3_0 = bb3;
        a3_1 = bb3;
        a3_2 = bb3;
        const __m512 bb4 = b->bias ? _mm512_set1_ps(b->bias[4]) : _mm512_setzero_ps();
        a4_0 = bb4;
        a4_1 = bb4;
        a4_2 = bb4;
        const __m512 bb5 = b->bias ? _mm512_set1_ps(b->bias[5]) : _mm512_setzero_ps();
        a5_0 = bb5;
        a5_1 = bb5;
        a5_2 = bb5;
        const __m512 bb6 = b->bias ? _mm512_set1_ps(b->bias[6]) : _mm512_setzero_ps();
        a6_0 = bb6;
        a6_1 = bb6;
        a6_2 = bb6;
        const __m512 bb7 = b->bias ? _mm512_set1_ps(b->bias[7]) : _mm512_setzero_ps();
        a7_0 = bb7;
        a7_1 = bb7;
        a7_2 = bb7;
    } else {
        a0_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0);
        a0_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1);
        a0_2 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[2]), yo2);
        a1_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 1 * b->yplane);
        a1_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1 + 1 * b->yplane);
        a1_2 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[2]), yo2 + 1 * b->yplane);
        a2_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 2 * b->yplane);
        a2_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1 + 2 * b->yplane);
        a2_2 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[2]), yo2 + 2 * b->yplane);
        a3_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 3 * b->yplane);
        a3_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1 + 3 * b->yplane);
        a3_2 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[2]), yo2 + 3 * b->yplane);
        a4_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 4 * b->yplane);
        a4_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1 + 4 * b->yplane);
        a4_2 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[2]), yo2 + 4 * b->yplane);
        a5_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 5 * b->yplane);
        a5_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1 + 5 * b->yplane);
        a5_2 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[2]), yo2 + 5 * b->yplane);
        a6_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 6 * b->yplane);
        a6_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1 + 6 * b->yplane);
        a6_2 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[2]), yo2 + 6 * b->yplane);
        a7_0 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[0]), yo0 + 7 * b->yplane);
        a7_1 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[1]), yo1 + 7 * b->yplane);
        a7_2 = _mm512_maskz_loadu_ps((__mmask16)(b->smask[2]), yo2 + 7 * b->yplane);
    }
    if (b->sw == 1) {
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                if (tp->full) {
                    const __m512 x0 = _mm512_loadu_ps(xt + xv0);
                    const __m512 x1 = _mm512_loadu_ps(xt + xv1);
                    const __m512 x2 = _mm512_loadu_ps(xt + xv2);
                    const __m512 w0 = _mm512_set1_ps(wt[0]);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                    a0_2 = _mm512_fmadd_ps(x2, w0, a0_2);
                    const __m512 w1 = _mm512_set1_ps(wt[1]);
                    a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                    a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                    a1_2 = _mm512_fmadd_ps(x2, w1, a1_2);
                    const __m512 w2 = _mm512_set1_ps(wt[2]);
                    a2_0 = _mm512_fmadd_ps(x0, w2, a2_0);
                    a2_1 = _mm512_fmadd_ps(x1, w2, a2_1);
                    a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                    const __m512 w3 = _mm512_set1_ps(wt[3]);
                    a3_0 = _mm512_fmadd_ps(x0, w3, a3_0);
                    a3_1 = _mm512_fmadd_ps(x1, w3, a3_1);
                    a3_2 = _mm512_fmadd_ps(x2, w3, a3_2);
                    const __m512 w4 = _mm512_set1_ps(wt[4]);
                    a4_0 = _mm512_fmadd_ps(x0, w4, a4_0);
                    a4_1 = _mm512_fmadd_ps(x1, w4, a4_1);
                    a4_2 = _mm512_fmadd_ps(x2, w4, a4_2);
                    const __m512 w5 = _mm512_set1_ps(wt[5]);
                    a5_0 = _mm512_fmadd_ps(x0, w5, a5_0);
                    a5_1 = _mm512_fmadd_ps(x1, w5, a5_1);
                    a5_2 = _mm512_fmadd_ps(x2, w5, a5_2);
                    const __m512 w6 = _mm512_set1_ps(wt[6]);
                    a6_0 = _mm512_fmadd_ps(x0, w6, a6_0);
                    a6_1 = _mm512_fmadd_ps(x1, w6, a6_1);
                    a6_2 = _mm512_fmadd_ps(x2, w6, a6_2);
                    const __m512 w7 = _mm512_set1_ps(wt[7]);
                    a7_0 = _mm512_fmadd_ps(x0, w7, a7_0);
                    a7_1 = _mm512_fmadd_ps(x1, w7, a7_1);
                    a7_2 = _mm512_fmadd_ps(x2, w7, a7_2);
                    continue;
                }
                const __m512 x0 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[0]), xt + xv0);
                const __m512 x1 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[1]), xt + xv1);
                const __m512 x2 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[2]), xt + xv2);
                const __m512 w0 = _mm512_set1_ps(wt[0]);
                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                a0_2 = _mm512_fmadd_ps(x2, w0, a0_2);
                const __m512 w1 = _mm512_set1_ps(wt[1]);
                a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                a1_2 = _mm512_fmadd_ps(x2, w1, a1_2);
                const __m512 w2 = _mm512_set1_ps(wt[2]);
                a2_0 = _mm512_fmadd_ps(x0, w2, a2_0);
                a2_1 = _mm512_fmadd_ps(x1, w2, a2_1);
                a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                const __m512 w3 = _mm512_set1_ps(wt[3]);
                a3_0 = _mm512_fmadd_ps(x0, w3, a3_0);
                a3_1 = _mm512_fmadd_ps(x1, w3, a3_1);
                a3_2 = _mm512_fmadd_ps(x2, w3, a3_2);
                const __m512 w4 = _mm512_set1_ps(wt[4]);
                a4_0 = _mm512_fmadd_ps(x0, w4, a4_0);
                a4_1 = _mm512_fmadd_ps(x1, w4, a4_1);
                a4_2 = _mm512_fmadd_ps(x2, w4, a4_2);
                const __m512 w5 = _mm512_set1_ps(wt[5]);
                a5_0 = _mm512_fmadd_ps(x0, w5, a5_0);
                a5_1 = _mm512_fmadd_ps(x1, w5, a5_1);
                a5_2 = _mm512_fmadd_ps(x2, w5, a5_2);
                const __m512 w6 = _mm512_set1_ps(wt[6]);
                a6_0 = _mm512_fmadd_ps(x0, w6, a6_0);
                a6_1 = _mm512_fmadd_ps(x1, w6, a6_1);
                a6_2 = _mm512_fmadd_ps(x2, w6, a6_2);
                const __m512 w7 = _mm512_set1_ps(wt[7]);
                a7_0 = _mm512_fmadd_ps(x0, w7, a7_0);
                a7_1 = _mm512_fmadd_ps(x1, w7, a7_1);
                a7_2 = _mm512_fmadd_ps(x2, w7, a7_2);
            }
        }
    } else if (b->sw == 2) {
        /* two loads and a shuffle per vector instead of a gather: lanes
         * [0, psplit) from the even floats of the first, the rest from the
         * second, xpair floats on */
        const __m512i lane = _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
        const __m512i even = _mm512_mask_add_epi32(_mm512_add_epi32(lane, lane),
                                                   _mm512_cmpge_epi32_mask(lane, _mm512_set1_epi32(b->psplit)),
                                                   _mm512_add_epi32(lane, lane), _mm512_set1_epi32(16 - 2 * b->psplit));
        const ptrdiff_t xpair = b->xpair;
        if (b->row3) {
            const __m512i odd = _mm512_add_epi32(even, _mm512_set1_epi32(1));
            if (b->psplit == 8) {
                for (int ci = 0; ci < b->cin; ci++) {
                    const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                    for (int t = 0; t < b->ntaps; t++) {
                        const lmc_direct_tap *tp = &b->taps[t];
                        const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                        const __m512 lo0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), hi0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair);
                        const __m512 e0 = _mm512_permutex2var_ps(lo0, even, hi0), o0 = _mm512_permutex2var_ps(lo0, odd, hi0);
                        const __m512 f0 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[0]), xt + xv0 + 32)), _mm512_castps_si512(e0), 1));
                        const __m512 lo1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), hi1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + xpair);
                        const __m512 e1 = _mm512_permutex2var_ps(lo1, even, hi1), o1 = _mm512_permutex2var_ps(lo1, odd, hi1);
                        const __m512 f1 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[1]), xt + xv1 + 32)), _mm512_castps_si512(e1), 1));
                        const __m512 lo2 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][0]), xt + xv2), hi2 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][1]), xt + xv2 + xpair);
                        const __m512 e2 = _mm512_permutex2var_ps(lo2, even, hi2), o2 = _mm512_permutex2var_ps(lo2, odd, hi2);
                        const __m512 f2 = _mm512_castsi512_ps(_mm512_alignr_epi32(
                            _mm512_castps_si512(_mm512_maskz_loadu_ps((__mmask16)(tp->mask[2]), xt + xv2 + 32)), _mm512_castps_si512(e2), 1));
                        {
                            const __m512 w = _mm512_set1_ps(wt[0]);
                            a0_0 = _mm512_fmadd_ps(e0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(e1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(e2, w, a0_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[1]);
                            a1_0 = _mm512_fmadd_ps(e0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(e1, w, a1_1);
                            a1_2 = _mm512_fmadd_ps(e2, w, a1_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[2]);
                            a2_0 = _mm512_fmadd_ps(e0, w, a2_0);
                            a2_1 = _mm512_fmadd_ps(e1, w, a2_1);
                            a2_2 = _mm512_fmadd_ps(e2, w, a2_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[3]);
                            a3_0 = _mm512_fmadd_ps(e0, w, a3_0);
                            a3_1 = _mm512_fmadd_ps(e1, w, a3_1);
                            a3_2 = _mm512_fmadd_ps(e2, w, a3_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[4]);
                            a4_0 = _mm512_fmadd_ps(e0, w, a4_0);
                            a4_1 = _mm512_fmadd_ps(e1, w, a4_1);
                            a4_2 = _mm512_fmadd_ps(e2, w, a4_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[5]);
                            a5_0 = _mm512_fmadd_ps(e0, w, a5_0);
                            a5_1 = _mm512_fmadd_ps(e1, w, a5_1);
                            a5_2 = _mm512_fmadd_ps(e2, w, a5_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[6]);
                            a6_0 = _mm512_fmadd_ps(e0, w, a6_0);
                            a6_1 = _mm512_fmadd_ps(e1, w, a6_1);
                            a6_2 = _mm512_fmadd_ps(e2, w, a6_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[7]);
                            a7_0 = _mm512_fmadd_ps(e0, w, a7_0);
                            a7_1 = _mm512_fmadd_ps(e1, w, a7_1);
                            a7_2 = _mm512_fmadd_ps(e2, w, a7_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[8]);
                            a0_0 = _mm512_fmadd_ps(o0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(o1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(o2, w, a0_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[9]);
                            a1_0 = _mm512_fmadd_ps(o0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(o1, w, a1_1);
                            a1_2 = _mm512_fmadd_ps(o2, w, a1_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[10]);
                            a2_0 = _mm512_fmadd_ps(o0, w, a2_0);
                            a2_1 = _mm512_fmadd_ps(o1, w, a2_1);
                            a2_2 = _mm512_fmadd_ps(o2, w, a2_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[11]);
                            a3_0 = _mm512_fmadd_ps(o0, w, a3_0);
                            a3_1 = _mm512_fmadd_ps(o1, w, a3_1);
                            a3_2 = _mm512_fmadd_ps(o2, w, a3_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[12]);
                            a4_0 = _mm512_fmadd_ps(o0, w, a4_0);
                            a4_1 = _mm512_fmadd_ps(o1, w, a4_1);
                            a4_2 = _mm512_fmadd_ps(o2, w, a4_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[13]);
                            a5_0 = _mm512_fmadd_ps(o0, w, a5_0);
                            a5_1 = _mm512_fmadd_ps(o1, w, a5_1);
                            a5_2 = _mm512_fmadd_ps(o2, w, a5_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[14]);
                            a6_0 = _mm512_fmadd_ps(o0, w, a6_0);
                            a6_1 = _mm512_fmadd_ps(o1, w, a6_1);
                            a6_2 = _mm512_fmadd_ps(o2, w, a6_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[15]);
                            a7_0 = _mm512_fmadd_ps(o0, w, a7_0);
                            a7_1 = _mm512_fmadd_ps(o1, w, a7_1);
                            a7_2 = _mm512_fmadd_ps(o2, w, a7_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[16]);
                            a0_0 = _mm512_fmadd_ps(f0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(f1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(f2, w, a0_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[17]);
                            a1_0 = _mm512_fmadd_ps(f0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(f1, w, a1_1);
                            a1_2 = _mm512_fmadd_ps(f2, w, a1_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[18]);
                            a2_0 = _mm512_fmadd_ps(f0, w, a2_0);
                            a2_1 = _mm512_fmadd_ps(f1, w, a2_1);
                            a2_2 = _mm512_fmadd_ps(f2, w, a2_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[19]);
                            a3_0 = _mm512_fmadd_ps(f0, w, a3_0);
                            a3_1 = _mm512_fmadd_ps(f1, w, a3_1);
                            a3_2 = _mm512_fmadd_ps(f2, w, a3_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[20]);
                            a4_0 = _mm512_fmadd_ps(f0, w, a4_0);
                            a4_1 = _mm512_fmadd_ps(f1, w, a4_1);
                            a4_2 = _mm512_fmadd_ps(f2, w, a4_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[21]);
                            a5_0 = _mm512_fmadd_ps(f0, w, a5_0);
                            a5_1 = _mm512_fmadd_ps(f1, w, a5_1);
                            a5_2 = _mm512_fmadd_ps(f2, w, a5_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[22]);
                            a6_0 = _mm512_fmadd_ps(f0, w, a6_0);
                            a6_1 = _mm512_fmadd_ps(f1, w, a6_1);
                            a6_2 = _mm512_fmadd_ps(f2, w, a6_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[23]);
                            a7_0 = _mm512_fmadd_ps(f0, w, a7_0);
                            a7_1 = _mm512_fmadd_ps(f1, w, a7_1);
                            a7_2 = _mm512_fmadd_ps(f2, w, a7_2);
                        }
                    }
                }
            } else {
                const __m512i even2 = _mm512_add_epi32(even, _mm512_set1_epi32(2));
                for (int ci = 0; ci < b->cin; ci++) {
                    const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                    for (int t = 0; t < b->ntaps; t++) {
                        const lmc_direct_tap *tp = &b->taps[t];
                        const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                        const __m512 lo0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), hi0 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair);
                        const __m512 e0 = _mm512_permutex2var_ps(lo0, even, hi0), o0 = _mm512_permutex2var_ps(lo0, odd, hi0);
                        const __m512 f0 = _mm512_permutex2var_ps(lo0, even2, hi0);
                        const __m512 lo1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), hi1 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + xpair);
                        const __m512 e1 = _mm512_permutex2var_ps(lo1, even, hi1), o1 = _mm512_permutex2var_ps(lo1, odd, hi1);
                        const __m512 f1 = _mm512_permutex2var_ps(lo1, even2, hi1);
                        const __m512 lo2 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][0]), xt + xv2), hi2 = _mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][1]), xt + xv2 + xpair);
                        const __m512 e2 = _mm512_permutex2var_ps(lo2, even, hi2), o2 = _mm512_permutex2var_ps(lo2, odd, hi2);
                        const __m512 f2 = _mm512_permutex2var_ps(lo2, even2, hi2);
                        {
                            const __m512 w = _mm512_set1_ps(wt[0]);
                            a0_0 = _mm512_fmadd_ps(e0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(e1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(e2, w, a0_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[1]);
                            a1_0 = _mm512_fmadd_ps(e0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(e1, w, a1_1);
                            a1_2 = _mm512_fmadd_ps(e2, w, a1_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[2]);
                            a2_0 = _mm512_fmadd_ps(e0, w, a2_0);
                            a2_1 = _mm512_fmadd_ps(e1, w, a2_1);
                            a2_2 = _mm512_fmadd_ps(e2, w, a2_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[3]);
                            a3_0 = _mm512_fmadd_ps(e0, w, a3_0);
                            a3_1 = _mm512_fmadd_ps(e1, w, a3_1);
                            a3_2 = _mm512_fmadd_ps(e2, w, a3_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[4]);
                            a4_0 = _mm512_fmadd_ps(e0, w, a4_0);
                            a4_1 = _mm512_fmadd_ps(e1, w, a4_1);
                            a4_2 = _mm512_fmadd_ps(e2, w, a4_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[5]);
                            a5_0 = _mm512_fmadd_ps(e0, w, a5_0);
                            a5_1 = _mm512_fmadd_ps(e1, w, a5_1);
                            a5_2 = _mm512_fmadd_ps(e2, w, a5_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[6]);
                            a6_0 = _mm512_fmadd_ps(e0, w, a6_0);
                            a6_1 = _mm512_fmadd_ps(e1, w, a6_1);
                            a6_2 = _mm512_fmadd_ps(e2, w, a6_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[7]);
                            a7_0 = _mm512_fmadd_ps(e0, w, a7_0);
                            a7_1 = _mm512_fmadd_ps(e1, w, a7_1);
                            a7_2 = _mm512_fmadd_ps(e2, w, a7_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[8]);
                            a0_0 = _mm512_fmadd_ps(o0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(o1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(o2, w, a0_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[9]);
                            a1_0 = _mm512_fmadd_ps(o0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(o1, w, a1_1);
                            a1_2 = _mm512_fmadd_ps(o2, w, a1_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[10]);
                            a2_0 = _mm512_fmadd_ps(o0, w, a2_0);
                            a2_1 = _mm512_fmadd_ps(o1, w, a2_1);
                            a2_2 = _mm512_fmadd_ps(o2, w, a2_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[11]);
                            a3_0 = _mm512_fmadd_ps(o0, w, a3_0);
                            a3_1 = _mm512_fmadd_ps(o1, w, a3_1);
                            a3_2 = _mm512_fmadd_ps(o2, w, a3_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[12]);
                            a4_0 = _mm512_fmadd_ps(o0, w, a4_0);
                            a4_1 = _mm512_fmadd_ps(o1, w, a4_1);
                            a4_2 = _mm512_fmadd_ps(o2, w, a4_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[13]);
                            a5_0 = _mm512_fmadd_ps(o0, w, a5_0);
                            a5_1 = _mm512_fmadd_ps(o1, w, a5_1);
                            a5_2 = _mm512_fmadd_ps(o2, w, a5_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[14]);
                            a6_0 = _mm512_fmadd_ps(o0, w, a6_0);
                            a6_1 = _mm512_fmadd_ps(o1, w, a6_1);
                            a6_2 = _mm512_fmadd_ps(o2, w, a6_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[15]);
                            a7_0 = _mm512_fmadd_ps(o0, w, a7_0);
                            a7_1 = _mm512_fmadd_ps(o1, w, a7_1);
                            a7_2 = _mm512_fmadd_ps(o2, w, a7_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[16]);
                            a0_0 = _mm512_fmadd_ps(f0, w, a0_0);
                            a0_1 = _mm512_fmadd_ps(f1, w, a0_1);
                            a0_2 = _mm512_fmadd_ps(f2, w, a0_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[17]);
                            a1_0 = _mm512_fmadd_ps(f0, w, a1_0);
                            a1_1 = _mm512_fmadd_ps(f1, w, a1_1);
                            a1_2 = _mm512_fmadd_ps(f2, w, a1_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[18]);
                            a2_0 = _mm512_fmadd_ps(f0, w, a2_0);
                            a2_1 = _mm512_fmadd_ps(f1, w, a2_1);
                            a2_2 = _mm512_fmadd_ps(f2, w, a2_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[19]);
                            a3_0 = _mm512_fmadd_ps(f0, w, a3_0);
                            a3_1 = _mm512_fmadd_ps(f1, w, a3_1);
                            a3_2 = _mm512_fmadd_ps(f2, w, a3_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[20]);
                            a4_0 = _mm512_fmadd_ps(f0, w, a4_0);
                            a4_1 = _mm512_fmadd_ps(f1, w, a4_1);
                            a4_2 = _mm512_fmadd_ps(f2, w, a4_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[21]);
                            a5_0 = _mm512_fmadd_ps(f0, w, a5_0);
                            a5_1 = _mm512_fmadd_ps(f1, w, a5_1);
                            a5_2 = _mm512_fmadd_ps(f2, w, a5_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[22]);
                            a6_0 = _mm512_fmadd_ps(f0, w, a6_0);
                            a6_1 = _mm512_fmadd_ps(f1, w, a6_1);
                            a6_2 = _mm512_fmadd_ps(f2, w, a6_2);
                        }
                        {
                            const __m512 w = _mm512_set1_ps(wt[23]);
                            a7_0 = _mm512_fmadd_ps(f0, w, a7_0);
                            a7_1 = _mm512_fmadd_ps(f1, w, a7_1);
                            a7_2 = _mm512_fmadd_ps(f2, w, a7_2);
                        }
                    }
                }
            }
        } else {
            for (int ci = 0; ci < b->cin; ci++) {
                const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
                for (int t = 0; t < b->ntaps; t++) {
                    const lmc_direct_tap *tp = &b->taps[t];
                    const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                    const __m512 x0 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + xpair));
                    const __m512 x1 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + xpair));
                    const __m512 x2 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][0]), xt + xv2), even,
                                                             _mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][1]), xt + xv2 + xpair));
                    const __m512 w0 = _mm512_set1_ps(wt[0]);
                    a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                    a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                    a0_2 = _mm512_fmadd_ps(x2, w0, a0_2);
                    const __m512 w1 = _mm512_set1_ps(wt[1]);
                    a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                    a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                    a1_2 = _mm512_fmadd_ps(x2, w1, a1_2);
                    const __m512 w2 = _mm512_set1_ps(wt[2]);
                    a2_0 = _mm512_fmadd_ps(x0, w2, a2_0);
                    a2_1 = _mm512_fmadd_ps(x1, w2, a2_1);
                    a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                    const __m512 w3 = _mm512_set1_ps(wt[3]);
                    a3_0 = _mm512_fmadd_ps(x0, w3, a3_0);
                    a3_1 = _mm512_fmadd_ps(x1, w3, a3_1);
                    a3_2 = _mm512_fmadd_ps(x2, w3, a3_2);
                    const __m512 w4 = _mm512_set1_ps(wt[4]);
                    a4_0 = _mm512_fmadd_ps(x0, w4, a4_0);
                    a4_1 = _mm512_fmadd_ps(x1, w4, a4_1);
                    a4_2 = _mm512_fmadd_ps(x2, w4, a4_2);
                    const __m512 w5 = _mm512_set1_ps(wt[5]);
                    a5_0 = _mm512_fmadd_ps(x0, w5, a5_0);
                    a5_1 = _mm512_fmadd_ps(x1, w5, a5_1);
                    a5_2 = _mm512_fmadd_ps(x2, w5, a5_2);
                    const __m512 w6 = _mm512_set1_ps(wt[6]);
                    a6_0 = _mm512_fmadd_ps(x0, w6, a6_0);
                    a6_1 = _mm512_fmadd_ps(x1, w6, a6_1);
                    a6_2 = _mm512_fmadd_ps(x2, w6, a6_2);
                    const __m512 w7 = _mm512_set1_ps(wt[7]);
                    a7_0 = _mm512_fmadd_ps(x0, w7, a7_0);
                    a7_1 = _mm512_fmadd_ps(x1, w7, a7_1);
                    a7_2 = _mm512_fmadd_ps(x2, w7, a7_2);
                }
            }
        }
    } else {
        const ptrdiff_t sw = b->sw;
        const __m512i lanes = _mm512_mullo_epi32(
            _mm512_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15), _mm512_set1_epi32((int)sw));
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const __m512 x0 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[0]), lanes, xt + xv0, 4);
                const __m512 x1 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[1]), lanes, xt + xv1, 4);
                const __m512 x2 = _mm512_mask_i32gather_ps(_mm512_setzero_ps(), (__mmask16)(tp->mask[2]), lanes, xt + xv2, 4);
                const __m512 w0 = _mm512_set1_ps(wt[0]);
                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                a0_2 = _mm512_fmadd_ps(x2, w0, a0_2);
                const __m512 w1 = _mm512_set1_ps(wt[1]);
                a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
                a1_2 = _mm512_fmadd_ps(x2, w1, a1_2);
                const __m512 w2 = _mm512_set1_ps(wt[2]);
                a2_0 = _mm512_fmadd_ps(x0, w2, a2_0);
                a2_1 = _mm512_fmadd_ps(x1, w2, a2_1);
                a2_2 = _mm512_fmadd_ps(x2, w2, a2_2);
                const __m512 w3 = _mm512_set1_ps(wt[3]);
                a3_0 = _mm512_fmadd_ps(x0, w3, a3_0);
                a3_1 = _mm512_fmadd_ps(x1, w3, a3_1);
                a3_2 = _mm512_fmadd_ps(x2, w3, a3_2);
                const __m512 w4 = _mm512_set1_ps(wt[4]);
                a4_0 = _mm512_fmadd_ps(x0, w4, a4_0);
                a4_1 = _mm512_fmadd_ps(x1, w4, a4_1);
                a4_2 = _mm512_fmadd_ps(x2, w4, a4_2);
                const __m512 w5 = _mm512_set1_ps(wt[5]);
                a5_0 = _mm512_fmadd_ps(x0, w5, a5_0);
                a5_1 = _mm512_fmadd_ps(x1, w5, a5_1);
                a5_2 = _mm512_fmadd_ps(x2, w5, a5_2);
                const __m512 w6 = _mm512_set1_ps(wt[6]);
                a6_0 = _mm512_fmadd_ps(x0, w6, a6_0);
                a6_1 = _mm512_fmadd_ps(x1, w6, a6_1);
                a6_2 = _mm512_fmadd_ps(x2, w6, a6_2);
                const __m512 w7 = _mm512_set1_ps(wt[7]);
                a7_0 = _mm512_fmadd_ps(x0, w7, a7_0);
                a7_1 = _mm512_fmadd_ps(x1, w7, a7_1);
                a7_2 = _mm512_fmadd_ps(x2, w7, a7_2);
            }
        }
    }
    if (b->last && b->relu) {
        a0_0 = _mm512_max_ps(a0_0, _mm512_setzero_ps());
        a0_1 = _mm512_max_ps(a0_1, _mm512_setzero_ps());
        a0_2 = _mm512_max_ps(a0_2, _mm512_setzero_ps());
        a1_0 = _mm512_max_ps(a1_0, _mm512_setzero_ps());
        a1_1 = _mm512_max_ps(a1_1, _mm512_setzero_ps());
        a1_2 = _mm512_max_ps(a1_2, _mm512_setzero_ps());
        a2_0 = _mm512_max_ps(a2_0, _mm512_setzero_ps());
        a2_1 = _mm512_max_ps(a2_1, _mm512_setzero_ps());
        a2_2 = _mm512_max_ps(a2_2, _mm512_setzero_ps());
        a3_0 = _mm512_max_ps(a3_0, _mm512_setzero_ps());
        a3_1 = _mm512_max_ps(a3_1, _mm512_setzero_ps());
        a3_2 = _mm512_max_ps(a3_2, _mm512_setzero_ps());
        a4_0 = _mm512_max_ps(a4_0, _mm512_setzero_ps());
        a4_1 = _mm512_max_ps(a4_1, _mm512_setzero_ps());
        a4_2 = _mm512_max_ps(a4_2, _mm512_setzero_ps());
        a5_0 = _mm512_max_ps(a5_0, _mm512_setzero_ps());
        a5_1 = _mm512_max_ps(a5_1, _mm512_setzero_ps());
        a5_2 = _mm512_max_ps(a5_2, _mm512_setzero_ps());
        a6_0 = _mm512_max_ps(a6_0, _mm512_setzero_ps());
        a6_1 = _mm512_max_ps(a6_1, _mm512_setzero_ps());
        a6_2 = _mm512_max_ps(a6_2, _mm512_setzero_ps());
        a7_0 = _mm512_max_ps(a7_0, _mm512_setzero_ps());
        a7_1 = _mm512_max_ps(a7_1, _mm512_setzero_ps());
        a7_2 = _mm512_max_ps(a7_2, _mm512_setzero_ps());
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
    store_mask(yo0 + 4 * b->yplane, b->smask[0], a4_0);
    store_mask(yo1 + 4 * b->yplane, b->smask[1], a4_1);
    store_mask(yo2 + 4 * b->yplane, b->smask[2], a4_2);
    store_mask(yo0 + 5 * b->yplane, b->smask[0], a5_0);
    store_mask(yo1 + 5 * b->yplane, b->smask[1], a5_1);
    store_mask(yo2 + 5 * b->yplane, b->smask[2], a5_2);
    store_mask(yo0 + 6 * b->yplane, b->smask[0], a6_0);
    store_mask(yo1 + 6 * b->yplane, b->smask[1], a6_1);
    store_mask(yo2 + 6 * b->yplane, b->smask[2], a6_2);
    store_mask(yo0 + 7 * b->yplane, b->smask[0], a7_0);
    store_mask(yo1 + 7 * b->yplane, b->smask[1], a7_1);
    store_mask(yo2 + 7 * b->yplane, b->smask[2], a7_2);
}

const lmc_direct_planar lmc_f32_direct_nchw_8cx48w__avx512 = {
    .name = "f32-direct-nchw-8cx48w-avx512",
    .isa = LMC_ISA_AVX512,
    .vw = 16,
    .mb = 8,
    .nw = 3,
    .nw1 = 8,
    .pairs = 1,
    .block = {
        [1] = {NULL, lmc_f32_direct_nchw_8cx48w_1x1__avx512, lmc_f32_direct_nchw_8cx48w_1x2__avx512, lmc_f32_direct_nchw_8cx48w_1x3__avx512, lmc_f32_direct_nchw_8cx48w_1x4__avx512, lmc_f32_direct_nchw_8cx48w_1x5__avx512, lmc_f32_direct_nchw_8cx48w_1x6__avx512, lmc_f32_direct_nchw_8cx48w_1x7__avx512, lmc_f32_direct_nchw_8cx48w_1x8__avx512},
        [2] = {NULL, lmc_f32_direct_nchw_8cx48w_2x1__avx512, lmc_f32_direct_nchw_8cx48w_2x2__avx512, lmc_f32_direct_nchw_8cx48w_2x3__avx512},
        [3] = {NULL, lmc_f32_direct_nchw_8cx48w_3x1__avx512, lmc_f32_direct_nchw_8cx48w_3x2__avx512, lmc_f32_direct_nchw_8cx48w_3x3__avx512},
        [4] = {NULL, lmc_f32_direct_nchw_8cx48w_4x1__avx512, lmc_f32_direct_nchw_8cx48w_4x2__avx512, lmc_f32_direct_nchw_8cx48w_4x3__avx512},
        [5] = {NULL, lmc_f32_direct_nchw_8cx48w_5x1__avx512, lmc_f32_direct_nchw_8cx48w_5x2__avx512, lmc_f32_direct_nchw_8cx48w_5x3__avx512},
        [6] = {NULL, lmc_f32_direct_nchw_8cx48w_6x1__avx512, lmc_f32_direct_nchw_8cx48w_6x2__avx512, lmc_f32_direct_nchw_8cx48w_6x3__avx512},
        [7] = {NULL, lmc_f32_direct_nchw_8cx48w_7x1__avx512, lmc_f32_direct_nchw_8cx48w_7x2__avx512, lmc_f32_direct_nchw_8cx48w_7x3__avx512},
        [8] = {NULL, lmc_f32_direct_nchw_8cx48w_8x1__avx512, lmc_f32_direct_nchw_8cx48w_8x2__avx512, lmc_f32_direct_nchw_8cx48w_8x3__avx512},
    },
};
