/* Generated from src/direct/f32-direct-nchw.c.in (ISA=avx512, VW=16, MB=8, NW=3) by
 *   python3 tools/generate-kernels.py
 * Do not edit: change the template or the parameters in
 * tools/generate-kernels.py, then run that command. */
/* NCHW direct-convolution blocks, AVX-512: up to 8 output channels x 3
 * vectors of 16 output positions = 24 accumulators + 3 input vectors + 1
 * broadcast = 28 of 32 zmm; per input channel and tap 3 masked loads and 8
 * broadcasts feed 24 FMAs.  Masked loads suppress faults, so a padding
 * lane's address is never touched. */
#include <immintrin.h>
#include <stddef.h>

#include "cpu.h"
#include "direct/direct.h"


static void lmc_f32_direct_nchw_8cx48w_1x1__avx512(const lmc_direct_pblock *b)
{
    const ptrdiff_t xv0 = b->xv[0];
    float *yo0 = b->y + b->yv[0];
    __m512 a0_0;
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
                const __m512 x0 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[0]), xt + xv0);
                const __m512 w0 = _mm512_set1_ps(wt[0]);
                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
            }
        }
    } else if (b->sw == 2) {
        /* two loads and a shuffle per vector instead of a gather */
        const __m512i even = _mm512_setr_epi32(0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30);
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const __m512 x0 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), even,
                                                         _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + 16));
                const __m512 w0 = _mm512_set1_ps(wt[0]);
                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
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
    _mm512_mask_storeu_ps(yo0, (__mmask16)(b->smask[0]), a0_0);
}

static void lmc_f32_direct_nchw_8cx48w_1x2__avx512(const lmc_direct_pblock *b)
{
    const ptrdiff_t xv0 = b->xv[0], xv1 = b->xv[1];
    float *yo0 = b->y + b->yv[0], *yo1 = b->y + b->yv[1];
    __m512 a0_0, a0_1;
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
                const __m512 x0 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[0]), xt + xv0);
                const __m512 x1 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[1]), xt + xv1);
                const __m512 w0 = _mm512_set1_ps(wt[0]);
                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
            }
        }
    } else if (b->sw == 2) {
        /* two loads and a shuffle per vector instead of a gather */
        const __m512i even = _mm512_setr_epi32(0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30);
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const __m512 x0 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), even,
                                                         _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + 16));
                const __m512 x1 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), even,
                                                         _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + 16));
                const __m512 w0 = _mm512_set1_ps(wt[0]);
                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
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
    _mm512_mask_storeu_ps(yo0, (__mmask16)(b->smask[0]), a0_0);
    _mm512_mask_storeu_ps(yo1, (__mmask16)(b->smask[1]), a0_1);
}

static void lmc_f32_direct_nchw_8cx48w_1x3__avx512(const lmc_direct_pblock *b)
{
    const ptrdiff_t xv0 = b->xv[0], xv1 = b->xv[1], xv2 = b->xv[2];
    float *yo0 = b->y + b->yv[0], *yo1 = b->y + b->yv[1], *yo2 = b->y + b->yv[2];
    __m512 a0_0, a0_1, a0_2;
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
        /* two loads and a shuffle per vector instead of a gather */
        const __m512i even = _mm512_setr_epi32(0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30);
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const __m512 x0 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), even,
                                                         _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + 16));
                const __m512 x1 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), even,
                                                         _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + 16));
                const __m512 x2 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][0]), xt + xv2), even,
                                                         _mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][1]), xt + xv2 + 16));
                const __m512 w0 = _mm512_set1_ps(wt[0]);
                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                a0_2 = _mm512_fmadd_ps(x2, w0, a0_2);
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
    _mm512_mask_storeu_ps(yo0, (__mmask16)(b->smask[0]), a0_0);
    _mm512_mask_storeu_ps(yo1, (__mmask16)(b->smask[1]), a0_1);
    _mm512_mask_storeu_ps(yo2, (__mmask16)(b->smask[2]), a0_2);
}

static void lmc_f32_direct_nchw_8cx48w_2x1__avx512(const lmc_direct_pblock *b)
{
    const ptrdiff_t xv0 = b->xv[0];
    float *yo0 = b->y + b->yv[0];
    __m512 a0_0;
    __m512 a1_0;
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
                const __m512 x0 = _mm512_maskz_loadu_ps((__mmask16)(tp->mask[0]), xt + xv0);
                const __m512 w0 = _mm512_set1_ps(wt[0]);
                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                const __m512 w1 = _mm512_set1_ps(wt[1]);
                a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
            }
        }
    } else if (b->sw == 2) {
        /* two loads and a shuffle per vector instead of a gather */
        const __m512i even = _mm512_setr_epi32(0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30);
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const __m512 x0 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), even,
                                                         _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + 16));
                const __m512 w0 = _mm512_set1_ps(wt[0]);
                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                const __m512 w1 = _mm512_set1_ps(wt[1]);
                a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
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
    _mm512_mask_storeu_ps(yo0, (__mmask16)(b->smask[0]), a0_0);
    _mm512_mask_storeu_ps(yo0 + 1 * b->yplane, (__mmask16)(b->smask[0]), a1_0);
}

static void lmc_f32_direct_nchw_8cx48w_2x2__avx512(const lmc_direct_pblock *b)
{
    const ptrdiff_t xv0 = b->xv[0], xv1 = b->xv[1];
    float *yo0 = b->y + b->yv[0], *yo1 = b->y + b->yv[1];
    __m512 a0_0, a0_1;
    __m512 a1_0, a1_1;
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
        /* two loads and a shuffle per vector instead of a gather */
        const __m512i even = _mm512_setr_epi32(0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30);
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const __m512 x0 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), even,
                                                         _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + 16));
                const __m512 x1 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), even,
                                                         _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + 16));
                const __m512 w0 = _mm512_set1_ps(wt[0]);
                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                a0_1 = _mm512_fmadd_ps(x1, w0, a0_1);
                const __m512 w1 = _mm512_set1_ps(wt[1]);
                a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                a1_1 = _mm512_fmadd_ps(x1, w1, a1_1);
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
    _mm512_mask_storeu_ps(yo0, (__mmask16)(b->smask[0]), a0_0);
    _mm512_mask_storeu_ps(yo1, (__mmask16)(b->smask[1]), a0_1);
    _mm512_mask_storeu_ps(yo0 + 1 * b->yplane, (__mmask16)(b->smask[0]), a1_0);
    _mm512_mask_storeu_ps(yo1 + 1 * b->yplane, (__mmask16)(b->smask[1]), a1_1);
}

static void lmc_f32_direct_nchw_8cx48w_2x3__avx512(const lmc_direct_pblock *b)
{
    const ptrdiff_t xv0 = b->xv[0], xv1 = b->xv[1], xv2 = b->xv[2];
    float *yo0 = b->y + b->yv[0], *yo1 = b->y + b->yv[1], *yo2 = b->y + b->yv[2];
    __m512 a0_0, a0_1, a0_2;
    __m512 a1_0, a1_1, a1_2;
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
        /* two loads and a shuffle per vector instead of a gather */
        const __m512i even = _mm512_setr_epi32(0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30);
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const __m512 x0 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), even,
                                                         _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + 16));
                const __m512 x1 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), even,
                                                         _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + 16));
                const __m512 x2 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][0]), xt + xv2), even,
                                                         _mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][1]), xt + xv2 + 16));
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
    _mm512_mask_storeu_ps(yo0, (__mmask16)(b->smask[0]), a0_0);
    _mm512_mask_storeu_ps(yo1, (__mmask16)(b->smask[1]), a0_1);
    _mm512_mask_storeu_ps(yo2, (__mmask16)(b->smask[2]), a0_2);
    _mm512_mask_storeu_ps(yo0 + 1 * b->yplane, (__mmask16)(b->smask[0]), a1_0);
    _mm512_mask_storeu_ps(yo1 + 1 * b->yplane, (__mmask16)(b->smask[1]), a1_1);
    _mm512_mask_storeu_ps(yo2 + 1 * b->yplane, (__mmask16)(b->smask[2]), a1_2);
}

static void lmc_f32_direct_nchw_8cx48w_3x1__avx512(const lmc_direct_pblock *b)
{
    const ptrdiff_t xv0 = b->xv[0];
    float *yo0 = b->y + b->yv[0];
    __m512 a0_0;
    __m512 a1_0;
    __m512 a2_0;
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
        /* two loads and a shuffle per vector instead of a gather */
        const __m512i even = _mm512_setr_epi32(0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30);
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const __m512 x0 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), even,
                                                         _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + 16));
                const __m512 w0 = _mm512_set1_ps(wt[0]);
                a0_0 = _mm512_fmadd_ps(x0, w0, a0_0);
                const __m512 w1 = _mm512_set1_ps(wt[1]);
                a1_0 = _mm512_fmadd_ps(x0, w1, a1_0);
                const __m512 w2 = _mm512_set1_ps(wt[2]);
                a2_0 = _mm512_fmadd_ps(x0, w2, a2_0);
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
    _mm512_mask_storeu_ps(yo0, (__mmask16)(b->smask[0]), a0_0);
    _mm512_mask_storeu_ps(yo0 + 1 * b->yplane, (__mmask16)(b->smask[0]), a1_0);
    _mm512_mask_storeu_ps(yo0 + 2 * b->yplane, (__mmask16)(b->smask[0]), a2_0);
}

static void lmc_f32_direct_nchw_8cx48w_3x2__avx512(const lmc_direct_pblock *b)
{
    const ptrdiff_t xv0 = b->xv[0], xv1 = b->xv[1];
    float *yo0 = b->y + b->yv[0], *yo1 = b->y + b->yv[1];
    __m512 a0_0, a0_1;
    __m512 a1_0, a1_1;
    __m512 a2_0, a2_1;
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
        /* two loads and a shuffle per vector instead of a gather */
        const __m512i even = _mm512_setr_epi32(0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30);
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const __m512 x0 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), even,
                                                         _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + 16));
                const __m512 x1 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), even,
                                                         _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + 16));
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
    _mm512_mask_storeu_ps(yo0, (__mmask16)(b->smask[0]), a0_0);
    _mm512_mask_storeu_ps(yo1, (__mmask16)(b->smask[1]), a0_1);
    _mm512_mask_storeu_ps(yo0 + 1 * b->yplane, (__mmask16)(b->smask[0]), a1_0);
    _mm512_mask_storeu_ps(yo1 + 1 * b->yplane, (__mmask16)(b->smask[1]), a1_1);
    _mm512_mask_storeu_ps(yo0 + 2 * b->yplane, (__mmask16)(b->smask[0]), a2_0);
    _mm512_mask_storeu_ps(yo1 + 2 * b->yplane, (__mmask16)(b->smask[1]), a2_1);
}

static void lmc_f32_direct_nchw_8cx48w_3x3__avx512(const lmc_direct_pblock *b)
{
    const ptrdiff_t xv0 = b->xv[0], xv1 = b->xv[1], xv2 = b->xv[2];
    float *yo0 = b->y + b->yv[0], *yo1 = b->y + b->yv[1], *yo2 = b->y + b->yv[2];
    __m512 a0_0, a0_1, a0_2;
    __m512 a1_0, a1_1, a1_2;
    __m512 a2_0, a2_1, a2_2;
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
        /* two loads and a shuffle per vector instead of a gather */
        const __m512i even = _mm512_setr_epi32(0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30);
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const __m512 x0 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), even,
                                                         _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + 16));
                const __m512 x1 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), even,
                                                         _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + 16));
                const __m512 x2 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][0]), xt + xv2), even,
                                                         _mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][1]), xt + xv2 + 16));
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
    _mm512_mask_storeu_ps(yo0, (__mmask16)(b->smask[0]), a0_0);
    _mm512_mask_storeu_ps(yo1, (__mmask16)(b->smask[1]), a0_1);
    _mm512_mask_storeu_ps(yo2, (__mmask16)(b->smask[2]), a0_2);
    _mm512_mask_storeu_ps(yo0 + 1 * b->yplane, (__mmask16)(b->smask[0]), a1_0);
    _mm512_mask_storeu_ps(yo1 + 1 * b->yplane, (__mmask16)(b->smask[1]), a1_1);
    _mm512_mask_storeu_ps(yo2 + 1 * b->yplane, (__mmask16)(b->smask[2]), a1_2);
    _mm512_mask_storeu_ps(yo0 + 2 * b->yplane, (__mmask16)(b->smask[0]), a2_0);
    _mm512_mask_storeu_ps(yo1 + 2 * b->yplane, (__mmask16)(b->smask[1]), a2_1);
    _mm512_mask_storeu_ps(yo2 + 2 * b->yplane, (__mmask16)(b->smask[2]), a2_2);
}

static void lmc_f32_direct_nchw_8cx48w_4x1__avx512(const lmc_direct_pblock *b)
{
    const ptrdiff_t xv0 = b->xv[0];
    float *yo0 = b->y + b->yv[0];
    __m512 a0_0;
    __m512 a1_0;
    __m512 a2_0;
    __m512 a3_0;
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
        /* two loads and a shuffle per vector instead of a gather */
        const __m512i even = _mm512_setr_epi32(0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30);
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const __m512 x0 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), even,
                                                         _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + 16));
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
    _mm512_mask_storeu_ps(yo0, (__mmask16)(b->smask[0]), a0_0);
    _mm512_mask_storeu_ps(yo0 + 1 * b->yplane, (__mmask16)(b->smask[0]), a1_0);
    _mm512_mask_storeu_ps(yo0 + 2 * b->yplane, (__mmask16)(b->smask[0]), a2_0);
    _mm512_mask_storeu_ps(yo0 + 3 * b->yplane, (__mmask16)(b->smask[0]), a3_0);
}

static void lmc_f32_direct_nchw_8cx48w_4x2__avx512(const lmc_direct_pblock *b)
{
    const ptrdiff_t xv0 = b->xv[0], xv1 = b->xv[1];
    float *yo0 = b->y + b->yv[0], *yo1 = b->y + b->yv[1];
    __m512 a0_0, a0_1;
    __m512 a1_0, a1_1;
    __m512 a2_0, a2_1;
    __m512 a3_0, a3_1;
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
        /* two loads and a shuffle per vector instead of a gather */
        const __m512i even = _mm512_setr_epi32(0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30);
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const __m512 x0 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), even,
                                                         _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + 16));
                const __m512 x1 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), even,
                                                         _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + 16));
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
    _mm512_mask_storeu_ps(yo0, (__mmask16)(b->smask[0]), a0_0);
    _mm512_mask_storeu_ps(yo1, (__mmask16)(b->smask[1]), a0_1);
    _mm512_mask_storeu_ps(yo0 + 1 * b->yplane, (__mmask16)(b->smask[0]), a1_0);
    _mm512_mask_storeu_ps(yo1 + 1 * b->yplane, (__mmask16)(b->smask[1]), a1_1);
    _mm512_mask_storeu_ps(yo0 + 2 * b->yplane, (__mmask16)(b->smask[0]), a2_0);
    _mm512_mask_storeu_ps(yo1 + 2 * b->yplane, (__mmask16)(b->smask[1]), a2_1);
    _mm512_mask_storeu_ps(yo0 + 3 * b->yplane, (__mmask16)(b->smask[0]), a3_0);
    _mm512_mask_storeu_ps(yo1 + 3 * b->yplane, (__mmask16)(b->smask[1]), a3_1);
}

static void lmc_f32_direct_nchw_8cx48w_4x3__avx512(const lmc_direct_pblock *b)
{
    const ptrdiff_t xv0 = b->xv[0], xv1 = b->xv[1], xv2 = b->xv[2];
    float *yo0 = b->y + b->yv[0], *yo1 = b->y + b->yv[1], *yo2 = b->y + b->yv[2];
    __m512 a0_0, a0_1, a0_2;
    __m512 a1_0, a1_1, a1_2;
    __m512 a2_0, a2_1, a2_2;
    __m512 a3_0, a3_1, a3_2;
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
        /* two loads and a shuffle per vector instead of a gather */
        const __m512i even = _mm512_setr_epi32(0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30);
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const __m512 x0 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), even,
                                                         _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + 16));
                const __m512 x1 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), even,
                                                         _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + 16));
                const __m512 x2 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][0]), xt + xv2), even,
                                                         _mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][1]), xt + xv2 + 16));
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
    _mm512_mask_storeu_ps(yo0, (__mmask16)(b->smask[0]), a0_0);
    _mm512_mask_storeu_ps(yo1, (__mmask16)(b->smask[1]), a0_1);
    _mm512_mask_storeu_ps(yo2, (__mmask16)(b->smask[2]), a0_2);
    _mm512_mask_storeu_ps(yo0 + 1 * b->yplane, (__mmask16)(b->smask[0]), a1_0);
    _mm512_mask_storeu_ps(yo1 + 1 * b->yplane, (__mmask16)(b->smask[1]), a1_1);
    _mm512_mask_storeu_ps(yo2 + 1 * b->yplane, (__mmask16)(b->smask[2]), a1_2);
    _mm512_mask_storeu_ps(yo0 + 2 * b->yplane, (__mmask16)(b->smask[0]), a2_0);
    _mm512_mask_storeu_ps(yo1 + 2 * b->yplane, (__mmask16)(b->smask[1]), a2_1);
    _mm512_mask_storeu_ps(yo2 + 2 * b->yplane, (__mmask16)(b->smask[2]), a2_2);
    _mm512_mask_storeu_ps(yo0 + 3 * b->yplane, (__mmask16)(b->smask[0]), a3_0);
    _mm512_mask_storeu_ps(yo1 + 3 * b->yplane, (__mmask16)(b->smask[1]), a3_1);
    _mm512_mask_storeu_ps(yo2 + 3 * b->yplane, (__mmask16)(b->smask[2]), a3_2);
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
        /* two loads and a shuffle per vector instead of a gather */
        const __m512i even = _mm512_setr_epi32(0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30);
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const __m512 x0 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), even,
                                                         _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + 16));
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
    _mm512_mask_storeu_ps(yo0, (__mmask16)(b->smask[0]), a0_0);
    _mm512_mask_storeu_ps(yo0 + 1 * b->yplane, (__mmask16)(b->smask[0]), a1_0);
    _mm512_mask_storeu_ps(yo0 + 2 * b->yplane, (__mmask16)(b->smask[0]), a2_0);
    _mm512_mask_storeu_ps(yo0 + 3 * b->yplane, (__mmask16)(b->smask[0]), a3_0);
    _mm512_mask_storeu_ps(yo0 + 4 * b->yplane, (__mmask16)(b->smask[0]), a4_0);
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
        /* two loads and a shuffle per vector instead of a gather */
        const __m512i even = _mm512_setr_epi32(0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30);
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const __m512 x0 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), even,
                                                         _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + 16));
                const __m512 x1 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), even,
                                                         _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + 16));
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
    _mm512_mask_storeu_ps(yo0, (__mmask16)(b->smask[0]), a0_0);
    _mm512_mask_storeu_ps(yo1, (__mmask16)(b->smask[1]), a0_1);
    _mm512_mask_storeu_ps(yo0 + 1 * b->yplane, (__mmask16)(b->smask[0]), a1_0);
    _mm512_mask_storeu_ps(yo1 + 1 * b->yplane, (__mmask16)(b->smask[1]), a1_1);
    _mm512_mask_storeu_ps(yo0 + 2 * b->yplane, (__mmask16)(b->smask[0]), a2_0);
    _mm512_mask_storeu_ps(yo1 + 2 * b->yplane, (__mmask16)(b->smask[1]), a2_1);
    _mm512_mask_storeu_ps(yo0 + 3 * b->yplane, (__mmask16)(b->smask[0]), a3_0);
    _mm512_mask_storeu_ps(yo1 + 3 * b->yplane, (__mmask16)(b->smask[1]), a3_1);
    _mm512_mask_storeu_ps(yo0 + 4 * b->yplane, (__mmask16)(b->smask[0]), a4_0);
    _mm512_mask_storeu_ps(yo1 + 4 * b->yplane, (__mmask16)(b->smask[1]), a4_1);
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
        /* two loads and a shuffle per vector instead of a gather */
        const __m512i even = _mm512_setr_epi32(0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30);
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const __m512 x0 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), even,
                                                         _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + 16));
                const __m512 x1 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), even,
                                                         _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + 16));
                const __m512 x2 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][0]), xt + xv2), even,
                                                         _mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][1]), xt + xv2 + 16));
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
    _mm512_mask_storeu_ps(yo0, (__mmask16)(b->smask[0]), a0_0);
    _mm512_mask_storeu_ps(yo1, (__mmask16)(b->smask[1]), a0_1);
    _mm512_mask_storeu_ps(yo2, (__mmask16)(b->smask[2]), a0_2);
    _mm512_mask_storeu_ps(yo0 + 1 * b->yplane, (__mmask16)(b->smask[0]), a1_0);
    _mm512_mask_storeu_ps(yo1 + 1 * b->yplane, (__mmask16)(b->smask[1]), a1_1);
    _mm512_mask_storeu_ps(yo2 + 1 * b->yplane, (__mmask16)(b->smask[2]), a1_2);
    _mm512_mask_storeu_ps(yo0 + 2 * b->yplane, (__mmask16)(b->smask[0]), a2_0);
    _mm512_mask_storeu_ps(yo1 + 2 * b->yplane, (__mmask16)(b->smask[1]), a2_1);
    _mm512_mask_storeu_ps(yo2 + 2 * b->yplane, (__mmask16)(b->smask[2]), a2_2);
    _mm512_mask_storeu_ps(yo0 + 3 * b->yplane, (__mmask16)(b->smask[0]), a3_0);
    _mm512_mask_storeu_ps(yo1 + 3 * b->yplane, (__mmask16)(b->smask[1]), a3_1);
    _mm512_mask_storeu_ps(yo2 + 3 * b->yplane, (__mmask16)(b->smask[2]), a3_2);
    _mm512_mask_storeu_ps(yo0 + 4 * b->yplane, (__mmask16)(b->smask[0]), a4_0);
    _mm512_mask_storeu_ps(yo1 + 4 * b->yplane, (__mmask16)(b->smask[1]), a4_1);
    _mm512_mask_storeu_ps(yo2 + 4 * b->yplane, (__mmask16)(b->smask[2]), a4_2);
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
        /* two loads and a shuffle per vector instead of a gather */
        const __m512i even = _mm512_setr_epi32(0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30);
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const __m512 x0 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), even,
                                                         _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + 16));
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
    _mm512_mask_storeu_ps(yo0, (__mmask16)(b->smask[0]), a0_0);
    _mm512_mask_storeu_ps(yo0 + 1 * b->yplane, (__mmask16)(b->smask[0]), a1_0);
    _mm512_mask_storeu_ps(yo0 + 2 * b->yplane, (__mmask16)(b->smask[0]), a2_0);
    _mm512_mask_storeu_ps(yo0 + 3 * b->yplane, (__mmask16)(b->smask[0]), a3_0);
    _mm512_mask_storeu_ps(yo0 + 4 * b->yplane, (__mmask16)(b->smask[0]), a4_0);
    _mm512_mask_storeu_ps(yo0 + 5 * b->yplane, (__mmask16)(b->smask[0]), a5_0);
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
        /* two loads and a shuffle per vector instead of a gather */
        const __m512i even = _mm512_setr_epi32(0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30);
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const __m512 x0 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), even,
                                                         _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + 16));
                const __m512 x1 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), even,
                                                         _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + 16));
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
    _mm512_mask_storeu_ps(yo0, (__mmask16)(b->smask[0]), a0_0);
    _mm512_mask_storeu_ps(yo1, (__mmask16)(b->smask[1]), a0_1);
    _mm512_mask_storeu_ps(yo0 + 1 * b->yplane, (__mmask16)(b->smask[0]), a1_0);
    _mm512_mask_storeu_ps(yo1 + 1 * b->yplane, (__mmask16)(b->smask[1]), a1_1);
    _mm512_mask_storeu_ps(yo0 + 2 * b->yplane, (__mmask16)(b->smask[0]), a2_0);
    _mm512_mask_storeu_ps(yo1 + 2 * b->yplane, (__mmask16)(b->smask[1]), a2_1);
    _mm512_mask_storeu_ps(yo0 + 3 * b->yplane, (__mmask16)(b->smask[0]), a3_0);
    _mm512_mask_storeu_ps(yo1 + 3 * b->yplane, (__mmask16)(b->smask[1]), a3_1);
    _mm512_mask_storeu_ps(yo0 + 4 * b->yplane, (__mmask16)(b->smask[0]), a4_0);
    _mm512_mask_storeu_ps(yo1 + 4 * b->yplane, (__mmask16)(b->smask[1]), a4_1);
    _mm512_mask_storeu_ps(yo0 + 5 * b->yplane, (__mmask16)(b->smask[0]), a5_0);
    _mm512_mask_storeu_ps(yo1 + 5 * b->yplane, (__mmask16)(b->smask[1]), a5_1);
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
        /* two loads and a shuffle per vector instead of a gather */
        const __m512i even = _mm512_setr_epi32(0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30);
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const __m512 x0 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), even,
                                                         _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + 16));
                const __m512 x1 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), even,
                                                         _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + 16));
                const __m512 x2 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][0]), xt + xv2), even,
                                                         _mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][1]), xt + xv2 + 16));
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
    _mm512_mask_storeu_ps(yo0, (__mmask16)(b->smask[0]), a0_0);
    _mm512_mask_storeu_ps(yo1, (__mmask16)(b->smask[1]), a0_1);
    _mm512_mask_storeu_ps(yo2, (__mmask16)(b->smask[2]), a0_2);
    _mm512_mask_storeu_ps(yo0 + 1 * b->yplane, (__mmask16)(b->smask[0]), a1_0);
    _mm512_mask_storeu_ps(yo1 + 1 * b->yplane, (__mmask16)(b->smask[1]), a1_1);
    _mm512_mask_storeu_ps(yo2 + 1 * b->yplane, (__mmask16)(b->smask[2]), a1_2);
    _mm512_mask_storeu_ps(yo0 + 2 * b->yplane, (__mmask16)(b->smask[0]), a2_0);
    _mm512_mask_storeu_ps(yo1 + 2 * b->yplane, (__mmask16)(b->smask[1]), a2_1);
    _mm512_mask_storeu_ps(yo2 + 2 * b->yplane, (__mmask16)(b->smask[2]), a2_2);
    _mm512_mask_storeu_ps(yo0 + 3 * b->yplane, (__mmask16)(b->smask[0]), a3_0);
    _mm512_mask_storeu_ps(yo1 + 3 * b->yplane, (__mmask16)(b->smask[1]), a3_1);
    _mm512_mask_storeu_ps(yo2 + 3 * b->yplane, (__mmask16)(b->smask[2]), a3_2);
    _mm512_mask_storeu_ps(yo0 + 4 * b->yplane, (__mmask16)(b->smask[0]), a4_0);
    _mm512_mask_storeu_ps(yo1 + 4 * b->yplane, (__mmask16)(b->smask[1]), a4_1);
    _mm512_mask_storeu_ps(yo2 + 4 * b->yplane, (__mmask16)(b->smask[2]), a4_2);
    _mm512_mask_storeu_ps(yo0 + 5 * b->yplane, (__mmask16)(b->smask[0]), a5_0);
    _mm512_mask_storeu_ps(yo1 + 5 * b->yplane, (__mmask16)(b->smask[1]), a5_1);
    _mm512_mask_storeu_ps(yo2 + 5 * b->yplane, (__mmask16)(b->smask[2]), a5_2);
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
        /* two loads and a shuffle per vector instead of a gather */
        const __m512i even = _mm512_setr_epi32(0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30);
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const __m512 x0 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), even,
                                                         _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + 16));
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
    _mm512_mask_storeu_ps(yo0, (__mmask16)(b->smask[0]), a0_0);
    _mm512_mask_storeu_ps(yo0 + 1 * b->yplane, (__mmask16)(b->smask[0]), a1_0);
    _mm512_mask_storeu_ps(yo0 + 2 * b->yplane, (__mmask16)(b->smask[0]), a2_0);
    _mm512_mask_storeu_ps(yo0 + 3 * b->yplane, (__mmask16)(b->smask[0]), a3_0);
    _mm512_mask_storeu_ps(yo0 + 4 * b->yplane, (__mmask16)(b->smask[0]), a4_0);
    _mm512_mask_storeu_ps(yo0 + 5 * b->yplane, (__mmask16)(b->smask[0]), a5_0);
    _mm512_mask_storeu_ps(yo0 + 6 * b->yplane, (__mmask16)(b->smask[0]), a6_0);
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
        /* two loads and a shuffle per vector instead of a gather */
        const __m512i even = _mm512_setr_epi32(0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30);
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const __m512 x0 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), even,
                                                         _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + 16));
                const __m512 x1 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), even,
                                                         _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + 16));
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
    _mm512_mask_storeu_ps(yo0, (__mmask16)(b->smask[0]), a0_0);
    _mm512_mask_storeu_ps(yo1, (__mmask16)(b->smask[1]), a0_1);
    _mm512_mask_storeu_ps(yo0 + 1 * b->yplane, (__mmask16)(b->smask[0]), a1_0);
    _mm512_mask_storeu_ps(yo1 + 1 * b->yplane, (__mmask16)(b->smask[1]), a1_1);
    _mm512_mask_storeu_ps(yo0 + 2 * b->yplane, (__mmask16)(b->smask[0]), a2_0);
    _mm512_mask_storeu_ps(yo1 + 2 * b->yplane, (__mmask16)(b->smask[1]), a2_1);
    _mm512_mask_storeu_ps(yo0 + 3 * b->yplane, (__mmask16)(b->smask[0]), a3_0);
    _mm512_mask_storeu_ps(yo1 + 3 * b->yplane, (__mmask16)(b->smask[1]), a3_1);
    _mm512_mask_storeu_ps(yo0 + 4 * b->yplane, (__mmask16)(b->smask[0]), a4_0);
    _mm512_mask_storeu_ps(yo1 + 4 * b->yplane, (__mmask16)(b->smask[1]), a4_1);
    _mm512_mask_storeu_ps(yo0 + 5 * b->yplane, (__mmask16)(b->smask[0]), a5_0);
    _mm512_mask_storeu_ps(yo1 + 5 * b->yplane, (__mmask16)(b->smask[1]), a5_1);
    _mm512_mask_storeu_ps(yo0 + 6 * b->yplane, (__mmask16)(b->smask[0]), a6_0);
    _mm512_mask_storeu_ps(yo1 + 6 * b->yplane, (__mmask16)(b->smask[1]), a6_1);
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
        /* two loads and a shuffle per vector instead of a gather */
        const __m512i even = _mm512_setr_epi32(0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30);
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const __m512 x0 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), even,
                                                         _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + 16));
                const __m512 x1 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), even,
                                                         _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + 16));
                const __m512 x2 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][0]), xt + xv2), even,
                                                         _mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][1]), xt + xv2 + 16));
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
    _mm512_mask_storeu_ps(yo0, (__mmask16)(b->smask[0]), a0_0);
    _mm512_mask_storeu_ps(yo1, (__mmask16)(b->smask[1]), a0_1);
    _mm512_mask_storeu_ps(yo2, (__mmask16)(b->smask[2]), a0_2);
    _mm512_mask_storeu_ps(yo0 + 1 * b->yplane, (__mmask16)(b->smask[0]), a1_0);
    _mm512_mask_storeu_ps(yo1 + 1 * b->yplane, (__mmask16)(b->smask[1]), a1_1);
    _mm512_mask_storeu_ps(yo2 + 1 * b->yplane, (__mmask16)(b->smask[2]), a1_2);
    _mm512_mask_storeu_ps(yo0 + 2 * b->yplane, (__mmask16)(b->smask[0]), a2_0);
    _mm512_mask_storeu_ps(yo1 + 2 * b->yplane, (__mmask16)(b->smask[1]), a2_1);
    _mm512_mask_storeu_ps(yo2 + 2 * b->yplane, (__mmask16)(b->smask[2]), a2_2);
    _mm512_mask_storeu_ps(yo0 + 3 * b->yplane, (__mmask16)(b->smask[0]), a3_0);
    _mm512_mask_storeu_ps(yo1 + 3 * b->yplane, (__mmask16)(b->smask[1]), a3_1);
    _mm512_mask_storeu_ps(yo2 + 3 * b->yplane, (__mmask16)(b->smask[2]), a3_2);
    _mm512_mask_storeu_ps(yo0 + 4 * b->yplane, (__mmask16)(b->smask[0]), a4_0);
    _mm512_mask_storeu_ps(yo1 + 4 * b->yplane, (__mmask16)(b->smask[1]), a4_1);
    _mm512_mask_storeu_ps(yo2 + 4 * b->yplane, (__mmask16)(b->smask[2]), a4_2);
    _mm512_mask_storeu_ps(yo0 + 5 * b->yplane, (__mmask16)(b->smask[0]), a5_0);
    _mm512_mask_storeu_ps(yo1 + 5 * b->yplane, (__mmask16)(b->smask[1]), a5_1);
    _mm512_mask_storeu_ps(yo2 + 5 * b->yplane, (__mmask16)(b->smask[2]), a5_2);
    _mm512_mask_storeu_ps(yo0 + 6 * b->yplane, (__mmask16)(b->smask[0]), a6_0);
    _mm512_mask_storeu_ps(yo1 + 6 * b->yplane, (__mmask16)(b->smask[1]), a6_1);
    _mm512_mask_storeu_ps(yo2 + 6 * b->yplane, (__mmask16)(b->smask[2]), a6_2);
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
        /* two loads and a shuffle per vector instead of a gather */
        const __m512i even = _mm512_setr_epi32(0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30);
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const __m512 x0 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), even,
                                                         _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + 16));
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
    _mm512_mask_storeu_ps(yo0, (__mmask16)(b->smask[0]), a0_0);
    _mm512_mask_storeu_ps(yo0 + 1 * b->yplane, (__mmask16)(b->smask[0]), a1_0);
    _mm512_mask_storeu_ps(yo0 + 2 * b->yplane, (__mmask16)(b->smask[0]), a2_0);
    _mm512_mask_storeu_ps(yo0 + 3 * b->yplane, (__mmask16)(b->smask[0]), a3_0);
    _mm512_mask_storeu_ps(yo0 + 4 * b->yplane, (__mmask16)(b->smask[0]), a4_0);
    _mm512_mask_storeu_ps(yo0 + 5 * b->yplane, (__mmask16)(b->smask[0]), a5_0);
    _mm512_mask_storeu_ps(yo0 + 6 * b->yplane, (__mmask16)(b->smask[0]), a6_0);
    _mm512_mask_storeu_ps(yo0 + 7 * b->yplane, (__mmask16)(b->smask[0]), a7_0);
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
        /* two loads and a shuffle per vector instead of a gather */
        const __m512i even = _mm512_setr_epi32(0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30);
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const __m512 x0 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), even,
                                                         _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + 16));
                const __m512 x1 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), even,
                                                         _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + 16));
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
    _mm512_mask_storeu_ps(yo0, (__mmask16)(b->smask[0]), a0_0);
    _mm512_mask_storeu_ps(yo1, (__mmask16)(b->smask[1]), a0_1);
    _mm512_mask_storeu_ps(yo0 + 1 * b->yplane, (__mmask16)(b->smask[0]), a1_0);
    _mm512_mask_storeu_ps(yo1 + 1 * b->yplane, (__mmask16)(b->smask[1]), a1_1);
    _mm512_mask_storeu_ps(yo0 + 2 * b->yplane, (__mmask16)(b->smask[0]), a2_0);
    _mm512_mask_storeu_ps(yo1 + 2 * b->yplane, (__mmask16)(b->smask[1]), a2_1);
    _mm512_mask_storeu_ps(yo0 + 3 * b->yplane, (__mmask16)(b->smask[0]), a3_0);
    _mm512_mask_storeu_ps(yo1 + 3 * b->yplane, (__mmask16)(b->smask[1]), a3_1);
    _mm512_mask_storeu_ps(yo0 + 4 * b->yplane, (__mmask16)(b->smask[0]), a4_0);
    _mm512_mask_storeu_ps(yo1 + 4 * b->yplane, (__mmask16)(b->smask[1]), a4_1);
    _mm512_mask_storeu_ps(yo0 + 5 * b->yplane, (__mmask16)(b->smask[0]), a5_0);
    _mm512_mask_storeu_ps(yo1 + 5 * b->yplane, (__mmask16)(b->smask[1]), a5_1);
    _mm512_mask_storeu_ps(yo0 + 6 * b->yplane, (__mmask16)(b->smask[0]), a6_0);
    _mm512_mask_storeu_ps(yo1 + 6 * b->yplane, (__mmask16)(b->smask[1]), a6_1);
    _mm512_mask_storeu_ps(yo0 + 7 * b->yplane, (__mmask16)(b->smask[0]), a7_0);
    _mm512_mask_storeu_ps(yo1 + 7 * b->yplane, (__mmask16)(b->smask[1]), a7_1);
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
        /* two loads and a shuffle per vector instead of a gather */
        const __m512i even = _mm512_setr_epi32(0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30);
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const __m512 x0 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][0]), xt + xv0), even,
                                                         _mm512_maskz_loadu_ps((__mmask16)(tp->pair[0][1]), xt + xv0 + 16));
                const __m512 x1 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][0]), xt + xv1), even,
                                                         _mm512_maskz_loadu_ps((__mmask16)(tp->pair[1][1]), xt + xv1 + 16));
                const __m512 x2 = _mm512_permutex2var_ps(_mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][0]), xt + xv2), even,
                                                         _mm512_maskz_loadu_ps((__mmask16)(tp->pair[2][1]), xt + xv2 + 16));
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
    _mm512_mask_storeu_ps(yo0, (__mmask16)(b->smask[0]), a0_0);
    _mm512_mask_storeu_ps(yo1, (__mmask16)(b->smask[1]), a0_1);
    _mm512_mask_storeu_ps(yo2, (__mmask16)(b->smask[2]), a0_2);
    _mm512_mask_storeu_ps(yo0 + 1 * b->yplane, (__mmask16)(b->smask[0]), a1_0);
    _mm512_mask_storeu_ps(yo1 + 1 * b->yplane, (__mmask16)(b->smask[1]), a1_1);
    _mm512_mask_storeu_ps(yo2 + 1 * b->yplane, (__mmask16)(b->smask[2]), a1_2);
    _mm512_mask_storeu_ps(yo0 + 2 * b->yplane, (__mmask16)(b->smask[0]), a2_0);
    _mm512_mask_storeu_ps(yo1 + 2 * b->yplane, (__mmask16)(b->smask[1]), a2_1);
    _mm512_mask_storeu_ps(yo2 + 2 * b->yplane, (__mmask16)(b->smask[2]), a2_2);
    _mm512_mask_storeu_ps(yo0 + 3 * b->yplane, (__mmask16)(b->smask[0]), a3_0);
    _mm512_mask_storeu_ps(yo1 + 3 * b->yplane, (__mmask16)(b->smask[1]), a3_1);
    _mm512_mask_storeu_ps(yo2 + 3 * b->yplane, (__mmask16)(b->smask[2]), a3_2);
    _mm512_mask_storeu_ps(yo0 + 4 * b->yplane, (__mmask16)(b->smask[0]), a4_0);
    _mm512_mask_storeu_ps(yo1 + 4 * b->yplane, (__mmask16)(b->smask[1]), a4_1);
    _mm512_mask_storeu_ps(yo2 + 4 * b->yplane, (__mmask16)(b->smask[2]), a4_2);
    _mm512_mask_storeu_ps(yo0 + 5 * b->yplane, (__mmask16)(b->smask[0]), a5_0);
    _mm512_mask_storeu_ps(yo1 + 5 * b->yplane, (__mmask16)(b->smask[1]), a5_1);
    _mm512_mask_storeu_ps(yo2 + 5 * b->yplane, (__mmask16)(b->smask[2]), a5_2);
    _mm512_mask_storeu_ps(yo0 + 6 * b->yplane, (__mmask16)(b->smask[0]), a6_0);
    _mm512_mask_storeu_ps(yo1 + 6 * b->yplane, (__mmask16)(b->smask[1]), a6_1);
    _mm512_mask_storeu_ps(yo2 + 6 * b->yplane, (__mmask16)(b->smask[2]), a6_2);
    _mm512_mask_storeu_ps(yo0 + 7 * b->yplane, (__mmask16)(b->smask[0]), a7_0);
    _mm512_mask_storeu_ps(yo1 + 7 * b->yplane, (__mmask16)(b->smask[1]), a7_1);
    _mm512_mask_storeu_ps(yo2 + 7 * b->yplane, (__mmask16)(b->smask[2]), a7_2);
}

const lmc_direct_planar lmc_f32_direct_nchw_8cx48w__avx512 = {
    .name = "f32-direct-nchw-8cx48w-avx512",
    .isa = LMC_ISA_AVX512,
    .vw = 16,
    .mb = 8,
    .nw = 3,
    .block = {
        [1] = {NULL, lmc_f32_direct_nchw_8cx48w_1x1__avx512, lmc_f32_direct_nchw_8cx48w_1x2__avx512, lmc_f32_direct_nchw_8cx48w_1x3__avx512},
        [2] = {NULL, lmc_f32_direct_nchw_8cx48w_2x1__avx512, lmc_f32_direct_nchw_8cx48w_2x2__avx512, lmc_f32_direct_nchw_8cx48w_2x3__avx512},
        [3] = {NULL, lmc_f32_direct_nchw_8cx48w_3x1__avx512, lmc_f32_direct_nchw_8cx48w_3x2__avx512, lmc_f32_direct_nchw_8cx48w_3x3__avx512},
        [4] = {NULL, lmc_f32_direct_nchw_8cx48w_4x1__avx512, lmc_f32_direct_nchw_8cx48w_4x2__avx512, lmc_f32_direct_nchw_8cx48w_4x3__avx512},
        [5] = {NULL, lmc_f32_direct_nchw_8cx48w_5x1__avx512, lmc_f32_direct_nchw_8cx48w_5x2__avx512, lmc_f32_direct_nchw_8cx48w_5x3__avx512},
        [6] = {NULL, lmc_f32_direct_nchw_8cx48w_6x1__avx512, lmc_f32_direct_nchw_8cx48w_6x2__avx512, lmc_f32_direct_nchw_8cx48w_6x3__avx512},
        [7] = {NULL, lmc_f32_direct_nchw_8cx48w_7x1__avx512, lmc_f32_direct_nchw_8cx48w_7x2__avx512, lmc_f32_direct_nchw_8cx48w_7x3__avx512},
        [8] = {NULL, lmc_f32_direct_nchw_8cx48w_8x1__avx512, lmc_f32_direct_nchw_8cx48w_8x2__avx512, lmc_f32_direct_nchw_8cx48w_8x3__avx512},
    },
};
