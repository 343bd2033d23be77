/* Generated from src/gemm/f32-gemm-tail.c.in (ISA=avx512, MR=14, WMAX=8) by
 *   python3 tools/generate-kernels.py
 * Do not edit: change the template or the parameters in
 * tools/generate-kernels.py, then run that command. */
/* f32 GEMM column-tail kernel for the 14 x 32 AVX-512 tile: the last w <= 8
 * columns of C for np packed A panels, with the vectors along the rows.
 *
 * A tile of 14 rows x 32 columns puts its vectors along the columns, so a
 * tail of w columns (n = 196 = 6 * 32 + 4 on VGG conv5, 49 = 32 + 16 + 1 on
 * 7x7 outputs) ran at w/16 of the vector width: the 14 x 16 edge kernel took
 * 8 % of the 512 x 196 x 4608 GEMM for 2 % of its work.  Here a step of a
 * packed A panel (14 rows, contiguous) is one masked vector load, each of
 * the w B values a broadcast, and P panels are done at once so that P * w
 * independent accumulators (up to 24) cover the FMA latency:
 *     acc[q][j] += A_panel_q[p][0..13] * B[p][j].
 * The results are columns of C: they are stored through a small stack
 * tile, row by row.  Operands as in ukernel.h: panel q at a + q * aps
 * (steps of 14 floats), B(p, j) = b[p * rsb + j]. */
#include <immintrin.h>

#include "gemm/ukernel.h"

#define MR 14

/* W columns of P panels; W and P are constants in each caller below. */
static inline __attribute__((always_inline)) void tail(size_t kc, const float *a, size_t aps,
                                                       const float *b, ptrdiff_t rsb, float *c,
                                                       ptrdiff_t ldc, size_t rows, float alpha,
                                                       float beta, const int W, const int P)
{
    const __mmask16 m14 = (1u << MR) - 1;
    __m512 acc[8][8];
#pragma GCC unroll 8
    for (int q = 0; q < P; q++)
#pragma GCC unroll 8
        for (int j = 0; j < W; j++) acc[q][j] = _mm512_setzero_ps();
    for (size_t p = 0; p < kc; p++) {
        __m512 av[8];
#pragma GCC unroll 8
        for (int q = 0; q < P; q++) av[q] = _mm512_maskz_loadu_ps(m14, a + q * aps + p * MR);
#pragma GCC unroll 8
        for (int j = 0; j < W; j++) {
            const __m512 bj = _mm512_set1_ps(b[j]);
#pragma GCC unroll 8
            for (int q = 0; q < P; q++) acc[q][j] = _mm512_fmadd_ps(av[q], bj, acc[q][j]);
        }
        b += rsb;
    }
    float t[8][8][16];
#pragma GCC unroll 8
    for (int q = 0; q < P; q++)
#pragma GCC unroll 8
        for (int j = 0; j < W; j++) _mm512_storeu_ps(t[q][j], acc[q][j]);
    for (int q = 0; q < P; q++)
        for (int i = 0; i < MR; i++) {
            const size_t r = (size_t)q * MR + (size_t)i;
            if (r >= rows) return;
            float *cr = c + (ptrdiff_t)r * ldc;
            if (beta == 0.0f) {
                for (int j = 0; j < W; j++) cr[j] = alpha * t[q][j][i];
            } else {
                for (int j = 0; j < W; j++) cr[j] = alpha * t[q][j][i] + beta * cr[j];
            }
        }
}

/* 1 column: 8 panels at once, and one */
static void tail_1x8(size_t kc, const float *a, size_t aps, const float *b, ptrdiff_t rsb,
                     float *c, ptrdiff_t ldc, size_t rows, float alpha, float beta)
{
    tail(kc, a, aps, b, rsb, c, ldc, rows, alpha, beta, 1, 8);
}

static void tail_1x1(size_t kc, const float *a, size_t aps, const float *b, ptrdiff_t rsb,
                     float *c, ptrdiff_t ldc, size_t rows, float alpha, float beta)
{
    tail(kc, a, aps, b, rsb, c, ldc, rows, alpha, beta, 1, 1);
}

/* 2 columns: 8 panels at once, and one */
static void tail_2x8(size_t kc, const float *a, size_t aps, const float *b, ptrdiff_t rsb,
                     float *c, ptrdiff_t ldc, size_t rows, float alpha, float beta)
{
    tail(kc, a, aps, b, rsb, c, ldc, rows, alpha, beta, 2, 8);
}

static void tail_2x1(size_t kc, const float *a, size_t aps, const float *b, ptrdiff_t rsb,
                     float *c, ptrdiff_t ldc, size_t rows, float alpha, float beta)
{
    tail(kc, a, aps, b, rsb, c, ldc, rows, alpha, beta, 2, 1);
}

/* 3 columns: 8 panels at once, and one */
static void tail_3x8(size_t kc, const float *a, size_t aps, const float *b, ptrdiff_t rsb,
                     float *c, ptrdiff_t ldc, size_t rows, float alpha, float beta)
{
    tail(kc, a, aps, b, rsb, c, ldc, rows, alpha, beta, 3, 8);
}

static void tail_3x1(size_t kc, const float *a, size_t aps, const float *b, ptrdiff_t rsb,
                     float *c, ptrdiff_t ldc, size_t rows, float alpha, float beta)
{
    tail(kc, a, aps, b, rsb, c, ldc, rows, alpha, beta, 3, 1);
}

/* 4 columns: 6 panels at once, and one */
static void tail_4x6(size_t kc, const float *a, size_t aps, const float *b, ptrdiff_t rsb,
                     float *c, ptrdiff_t ldc, size_t rows, float alpha, float beta)
{
    tail(kc, a, aps, b, rsb, c, ldc, rows, alpha, beta, 4, 6);
}

static void tail_4x1(size_t kc, const float *a, size_t aps, const float *b, ptrdiff_t rsb,
                     float *c, ptrdiff_t ldc, size_t rows, float alpha, float beta)
{
    tail(kc, a, aps, b, rsb, c, ldc, rows, alpha, beta, 4, 1);
}

/* 5 columns: 4 panels at once, and one */
static void tail_5x4(size_t kc, const float *a, size_t aps, const float *b, ptrdiff_t rsb,
                     float *c, ptrdiff_t ldc, size_t rows, float alpha, float beta)
{
    tail(kc, a, aps, b, rsb, c, ldc, rows, alpha, beta, 5, 4);
}

static void tail_5x1(size_t kc, const float *a, size_t aps, const float *b, ptrdiff_t rsb,
                     float *c, ptrdiff_t ldc, size_t rows, float alpha, float beta)
{
    tail(kc, a, aps, b, rsb, c, ldc, rows, alpha, beta, 5, 1);
}

/* 6 columns: 4 panels at once, and one */
static void tail_6x4(size_t kc, const float *a, size_t aps, const float *b, ptrdiff_t rsb,
                     float *c, ptrdiff_t ldc, size_t rows, float alpha, float beta)
{
    tail(kc, a, aps, b, rsb, c, ldc, rows, alpha, beta, 6, 4);
}

static void tail_6x1(size_t kc, const float *a, size_t aps, const float *b, ptrdiff_t rsb,
                     float *c, ptrdiff_t ldc, size_t rows, float alpha, float beta)
{
    tail(kc, a, aps, b, rsb, c, ldc, rows, alpha, beta, 6, 1);
}

/* 7 columns: 3 panels at once, and one */
static void tail_7x3(size_t kc, const float *a, size_t aps, const float *b, ptrdiff_t rsb,
                     float *c, ptrdiff_t ldc, size_t rows, float alpha, float beta)
{
    tail(kc, a, aps, b, rsb, c, ldc, rows, alpha, beta, 7, 3);
}

static void tail_7x1(size_t kc, const float *a, size_t aps, const float *b, ptrdiff_t rsb,
                     float *c, ptrdiff_t ldc, size_t rows, float alpha, float beta)
{
    tail(kc, a, aps, b, rsb, c, ldc, rows, alpha, beta, 7, 1);
}

/* 8 columns: 3 panels at once, and one */
static void tail_8x3(size_t kc, const float *a, size_t aps, const float *b, ptrdiff_t rsb,
                     float *c, ptrdiff_t ldc, size_t rows, float alpha, float beta)
{
    tail(kc, a, aps, b, rsb, c, ldc, rows, alpha, beta, 8, 3);
}

static void tail_8x1(size_t kc, const float *a, size_t aps, const float *b, ptrdiff_t rsb,
                     float *c, ptrdiff_t ldc, size_t rows, float alpha, float beta)
{
    tail(kc, a, aps, b, rsb, c, ldc, rows, alpha, beta, 8, 1);
}

typedef void (*tail_fn)(size_t, const float *, size_t, const float *, ptrdiff_t, float *,
                        ptrdiff_t, size_t, float, float);
/* [w - 1]: P panels at once (P * w <= 24 accumulators, P <= 8), one panel, P */
static const struct {
    tail_fn group, one;
    size_t p;
} table[8] = {
    {tail_1x8, tail_1x1, 8},
    {tail_2x8, tail_2x1, 8},
    {tail_3x8, tail_3x1, 8},
    {tail_4x6, tail_4x1, 6},
    {tail_5x4, tail_5x1, 4},
    {tail_6x4, tail_6x1, 4},
    {tail_7x3, tail_7x1, 3},
    {tail_8x3, tail_8x1, 3},
};

size_t lmc_f32_gemm_tail_panels_14__avx512(size_t w) { return table[w - 1].p; }

void lmc_f32_gemm_tail_14__avx512(size_t kc, const float *a, size_t aps, size_t rows,
                                  const float *b, ptrdiff_t rsb, size_t w, float *c,
                                  ptrdiff_t ldc, float alpha, float beta)
{
    const size_t p = table[w - 1].p, np = (rows + MR - 1) / MR;
    /* Whole groups of P panels, then the rest one panel at a time (a
     * group's panels past the last would be computed for nothing). */
    size_t q = 0;
    for (; q + p <= np; q += p)
        table[w - 1].group(kc, a + q * aps, aps, b, rsb, c + (ptrdiff_t)(q * MR) * ldc, ldc,
                           rows - q * MR, alpha, beta);
    for (; q < np; q++)
        table[w - 1].one(kc, a + q * aps, aps, b, rsb, c + (ptrdiff_t)(q * MR) * ldc, ldc,
                         rows - q * MR, alpha, beta);
}
