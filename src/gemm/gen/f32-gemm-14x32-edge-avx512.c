/* Generated from src/gemm/f32-gemm-edge.c.in (ISA=avx512, MR=14, NR=32) by
 *   python3 tools/generate-kernels.py
 * Do not edit: change the template or the parameters in
 * tools/generate-kernels.py, then run that command. */
/* f32 GEMM edge micro-kernel for the 14 x 32 AVX-512 tile: an mr x nr
 * corner (mr <= 14, nr <= 32) computed with only the rows it needs and one
 * or two column vectors, loading and storing C under masks, so partial
 * tiles cost about their share of a full tile and need no stack copy.
 * Operands as in ukernel.h (A panels still hold 14 rows, B panels 32
 * columns; rows / columns beyond mr / nr are never read from C). */
#include <immintrin.h>

#include "gemm/ukernel.h"

/* The corner of MRV rows and one (TWO = 0) or two column vectors; MRV and
 * TWO are constants in each caller below, so the loops unroll completely. */
static inline __attribute__((always_inline)) void edge(size_t kc, const float *a, ptrdiff_t rsa,
                                                       ptrdiff_t csa, const float *b, ptrdiff_t rsb,
                                                       float *c, ptrdiff_t ldc, float alpha,
                                                       float beta, const int MRV, const int TWO,
                                                       __mmask16 m0, __mmask16 m1)
{
    __m512 x0[14], x1[14];
#pragma GCC unroll 14
    for (int i = 0; i < MRV; i++) {
        x0[i] = _mm512_setzero_ps();
        x1[i] = _mm512_setzero_ps();
    }
    for (size_t p = 0; p < kc; p++) {
        const __m512 b0 = _mm512_loadu_ps(b);
        const __m512 b1 = TWO ? _mm512_loadu_ps(b + 16) : b0;
#pragma GCC unroll 14
        for (int i = 0; i < MRV; i++) {
            const __m512 av = _mm512_set1_ps(a[i * rsa]);
            x0[i] = _mm512_fmadd_ps(av, b0, x0[i]);
            if (TWO) x1[i] = _mm512_fmadd_ps(av, b1, x1[i]);
        }
        a += csa;
        b += rsb;
    }
    const __m512 va = _mm512_set1_ps(alpha), vb = _mm512_set1_ps(beta);
#pragma GCC unroll 14
    for (int i = 0; i < MRV; i++) {
        float *ci = c + i * ldc;
        __m512 r0 = _mm512_mul_ps(va, x0[i]);
        if (beta != 0.0f) r0 = _mm512_fmadd_ps(vb, _mm512_maskz_loadu_ps(m0, ci), r0);
        _mm512_mask_storeu_ps(ci, m0, r0);
        if (TWO) {
            __m512 r1 = _mm512_mul_ps(va, x1[i]);
            if (beta != 0.0f) r1 = _mm512_fmadd_ps(vb, _mm512_maskz_loadu_ps(m1, ci + 16), r1);
            _mm512_mask_storeu_ps(ci + 16, m1, r1);
        }
    }
}

static void edge_1x16(size_t kc, const float *a, ptrdiff_t rsa, ptrdiff_t csa, const float *b,
                      ptrdiff_t rsb, float *c, ptrdiff_t ldc, float alpha, float beta,
                      __mmask16 m0, __mmask16 m1)
{
    edge(kc, a, rsa, csa, b, rsb, c, ldc, alpha, beta, 1, 0, m0, m1);
}

static void edge_1x32(size_t kc, const float *a, ptrdiff_t rsa, ptrdiff_t csa, const float *b,
                      ptrdiff_t rsb, float *c, ptrdiff_t ldc, float alpha, float beta,
                      __mmask16 m0, __mmask16 m1)
{
    edge(kc, a, rsa, csa, b, rsb, c, ldc, alpha, beta, 1, 1, m0, m1);
}

static void edge_2x16(size_t kc, const float *a, ptrdiff_t rsa, ptrdiff_t csa, const float *b,
                      ptrdiff_t rsb, float *c, ptrdiff_t ldc, float alpha, float beta,
                      __mmask16 m0, __mmask16 m1)
{
    edge(kc, a, rsa, csa, b, rsb, c, ldc, alpha, beta, 2, 0, m0, m1);
}

static void edge_2x32(size_t kc, const float *a, ptrdiff_t rsa, ptrdiff_t csa, const float *b,
                      ptrdiff_t rsb, float *c, ptrdiff_t ldc, float alpha, float beta,
                      __mmask16 m0, __mmask16 m1)
{
    edge(kc, a, rsa, csa, b, rsb, c, ldc, alpha, beta, 2, 1, m0, m1);
}

static void edge_3x16(size_t kc, const float *a, ptrdiff_t rsa, ptrdiff_t csa, const float *b,
                      ptrdiff_t rsb, float *c, ptrdiff_t ldc, float alpha, float beta,
                      __mmask16 m0, __mmask16 m1)
{
    edge(kc, a, rsa, csa, b, rsb, c, ldc, alpha, beta, 3, 0, m0, m1);
}

static void edge_3x32(size_t kc, const float *a, ptrdiff_t rsa, ptrdiff_t csa, const float *b,
                      ptrdiff_t rsb, float *c, ptrdiff_t ldc, float alpha, float beta,
                      __mmask16 m0, __mmask16 m1)
{
    edge(kc, a, rsa, csa, b, rsb, c, ldc, alpha, beta, 3, 1, m0, m1);
}

static void edge_4x16(size_t kc, const float *a, ptrdiff_t rsa, ptrdiff_t csa, const float *b,
                      ptrdiff_t rsb, float *c, ptrdiff_t ldc, float alpha, float beta,
                      __mmask16 m0, __mmask16 m1)
{
    edge(kc, a, rsa, csa, b, rsb, c, ldc, alpha, beta, 4, 0, m0, m1);
}

static void edge_4x32(size_t kc, const float *a, ptrdiff_t rsa, ptrdiff_t csa, const float *b,
                      ptrdiff_t rsb, float *c, ptrdiff_t ldc, float alpha, float beta,
                      __mmask16 m0, __mmask16 m1)
{
    edge(kc, a, rsa, csa, b, rsb, c, ldc, alpha, beta, 4, 1, m0, m1);
}

static void edge_5x16(size_t kc, const float *a, ptrdiff_t rsa, ptrdiff_t csa, const float *b,
                      ptrdiff_t rsb, float *c, ptrdiff_t ldc, float alpha, float beta,
                      __mmask16 m0, __mmask16 m1)
{
    edge(kc, a, rsa, csa, b, rsb, c, ldc, alpha, beta, 5, 0, m0, m1);
}

static void edge_5x32(size_t kc, const float *a, ptrdiff_t rsa, ptrdiff_t csa, const float *b,
                      ptrdiff_t rsb, float *c, ptrdiff_t ldc, float alpha, float beta,
                      __mmask16 m0, __mmask16 m1)
{
    edge(kc, a, rsa, csa, b, rsb, c, ldc, alpha, beta, 5, 1, m0, m1);
}

static void edge_6x16(size_t kc, const float *a, ptrdiff_t rsa, ptrdiff_t csa, const float *b,
                      ptrdiff_t rsb, float *c, ptrdiff_t ldc, float alpha, float beta,
                      __mmask16 m0, __mmask16 m1)
{
    edge(kc, a, rsa, csa, b, rsb, c, ldc, alpha, beta, 6, 0, m0, m1);
}

static void edge_6x32(size_t kc, const float *a, ptrdiff_t rsa, ptrdiff_t csa, const float *b,
                      ptrdiff_t rsb, float *c, ptrdiff_t ldc, float alpha, float beta,
                      __mmask16 m0, __mmask16 m1)
{
    edge(kc, a, rsa, csa, b, rsb, c, ldc, alpha, beta, 6, 1, m0, m1);
}

static void edge_7x16(size_t kc, const float *a, ptrdiff_t rsa, ptrdiff_t csa, const float *b,
                      ptrdiff_t rsb, float *c, ptrdiff_t ldc, float alpha, float beta,
                      __mmask16 m0, __mmask16 m1)
{
    edge(kc, a, rsa, csa, b, rsb, c, ldc, alpha, beta, 7, 0, m0, m1);
}

static void edge_7x32(size_t kc, const float *a, ptrdiff_t rsa, ptrdiff_t csa, const float *b,
                      ptrdiff_t rsb, float *c, ptrdiff_t ldc, float alpha, float beta,
                      __mmask16 m0, __mmask16 m1)
{
    edge(kc, a, rsa, csa, b, rsb, c, ldc, alpha, beta, 7, 1, m0, m1);
}

static void edge_8x16(size_t kc, const float *a, ptrdiff_t rsa, ptrdiff_t csa, const float *b,
                      ptrdiff_t rsb, float *c, ptrdiff_t ldc, float alpha, float beta,
                      __mmask16 m0, __mmask16 m1)
{
    edge(kc, a, rsa, csa, b, rsb, c, ldc, alpha, beta, 8, 0, m0, m1);
}

static void edge_8x32(size_t kc, const float *a, ptrdiff_t rsa, ptrdiff_t csa, const float *b,
                      ptrdiff_t rsb, float *c, ptrdiff_t ldc, float alpha, float beta,
                      __mmask16 m0, __mmask16 m1)
{
    edge(kc, a, rsa, csa, b, rsb, c, ldc, alpha, beta, 8, 1, m0, m1);
}

static void edge_9x16(size_t kc, const float *a, ptrdiff_t rsa, ptrdiff_t csa, const float *b,
                      ptrdiff_t rsb, float *c, ptrdiff_t ldc, float alpha, float beta,
                      __mmask16 m0, __mmask16 m1)
{
    edge(kc, a, rsa, csa, b, rsb, c, ldc, alpha, beta, 9, 0, m0, m1);
}

static void edge_9x32(size_t kc, const float *a, ptrdiff_t rsa, ptrdiff_t csa, const float *b,
                      ptrdiff_t rsb, float *c, ptrdiff_t ldc, float alpha, float beta,
                      __mmask16 m0, __mmask16 m1)
{
    edge(kc, a, rsa, csa, b, rsb, c, ldc, alpha, beta, 9, 1, m0, m1);
}

static void edge_10x16(size_t kc, const float *a, ptrdiff_t rsa, ptrdiff_t csa, const float *b,
                       ptrdiff_t rsb, float *c, ptrdiff_t ldc, float alpha, float beta,
                       __mmask16 m0, __mmask16 m1)
{
    edge(kc, a, rsa, csa, b, rsb, c, ldc, alpha, beta, 10, 0, m0, m1);
}

static void edge_10x32(size_t kc, const float *a, ptrdiff_t rsa, ptrdiff_t csa, const float *b,
                       ptrdiff_t rsb, float *c, ptrdiff_t ldc, float alpha, float beta,
                       __mmask16 m0, __mmask16 m1)
{
    edge(kc, a, rsa, csa, b, rsb, c, ldc, alpha, beta, 10, 1, m0, m1);
}

static void edge_11x16(size_t kc, const float *a, ptrdiff_t rsa, ptrdiff_t csa, const float *b,
                       ptrdiff_t rsb, float *c, ptrdiff_t ldc, float alpha, float beta,
                       __mmask16 m0, __mmask16 m1)
{
    edge(kc, a, rsa, csa, b, rsb, c, ldc, alpha, beta, 11, 0, m0, m1);
}

static void edge_11x32(size_t kc, const float *a, ptrdiff_t rsa, ptrdiff_t csa, const float *b,
                       ptrdiff_t rsb, float *c, ptrdiff_t ldc, float alpha, float beta,
                       __mmask16 m0, __mmask16 m1)
{
    edge(kc, a, rsa, csa, b, rsb, c, ldc, alpha, beta, 11, 1, m0, m1);
}

static void edge_12x16(size_t kc, const float *a, ptrdiff_t rsa, ptrdiff_t csa, const float *b,
                       ptrdiff_t rsb, float *c, ptrdiff_t ldc, float alpha, float beta,
                       __mmask16 m0, __mmask16 m1)
{
    edge(kc, a, rsa, csa, b, rsb, c, ldc, alpha, beta, 12, 0, m0, m1);
}

static void edge_12x32(size_t kc, const float *a, ptrdiff_t rsa, ptrdiff_t csa, const float *b,
                       ptrdiff_t rsb, float *c, ptrdiff_t ldc, float alpha, float beta,
                       __mmask16 m0, __mmask16 m1)
{
    edge(kc, a, rsa, csa, b, rsb, c, ldc, alpha, beta, 12, 1, m0, m1);
}

static void edge_13x16(size_t kc, const float *a, ptrdiff_t rsa, ptrdiff_t csa, const float *b,
                       ptrdiff_t rsb, float *c, ptrdiff_t ldc, float alpha, float beta,
                       __mmask16 m0, __mmask16 m1)
{
    edge(kc, a, rsa, csa, b, rsb, c, ldc, alpha, beta, 13, 0, m0, m1);
}

static void edge_13x32(size_t kc, const float *a, ptrdiff_t rsa, ptrdiff_t csa, const float *b,
                       ptrdiff_t rsb, float *c, ptrdiff_t ldc, float alpha, float beta,
                       __mmask16 m0, __mmask16 m1)
{
    edge(kc, a, rsa, csa, b, rsb, c, ldc, alpha, beta, 13, 1, m0, m1);
}

static void edge_14x16(size_t kc, const float *a, ptrdiff_t rsa, ptrdiff_t csa, const float *b,
                       ptrdiff_t rsb, float *c, ptrdiff_t ldc, float alpha, float beta,
                       __mmask16 m0, __mmask16 m1)
{
    edge(kc, a, rsa, csa, b, rsb, c, ldc, alpha, beta, 14, 0, m0, m1);
}

/* (edge_14x32 is unused: lmc_f32_gemm_ukernel_14x32__avx512_edge runs the full kernel then.) */

static void edge_14x32(size_t kc, const float *a, ptrdiff_t rsa, ptrdiff_t csa, const float *b,
                       ptrdiff_t rsb, float *c, ptrdiff_t ldc, float alpha, float beta,
                       __mmask16 m0, __mmask16 m1)
{
    edge(kc, a, rsa, csa, b, rsb, c, ldc, alpha, beta, 14, 1, m0, m1);
}

typedef void (*edge_fn)(size_t, const float *, ptrdiff_t, ptrdiff_t, const float *, ptrdiff_t,
                        float *, ptrdiff_t, float, float, __mmask16, __mmask16);
/* [rows - 1][two column vectors] */
static const edge_fn table[14][2] = {
    {edge_1x16, edge_1x32},
    {edge_2x16, edge_2x32},
    {edge_3x16, edge_3x32},
    {edge_4x16, edge_4x32},
    {edge_5x16, edge_5x32},
    {edge_6x16, edge_6x32},
    {edge_7x16, edge_7x32},
    {edge_8x16, edge_8x32},
    {edge_9x16, edge_9x32},
    {edge_10x16, edge_10x32},
    {edge_11x16, edge_11x32},
    {edge_12x16, edge_12x32},
    {edge_13x16, edge_13x32},
    {edge_14x16, edge_14x32},
};

void lmc_f32_gemm_ukernel_14x32__avx512_edge(size_t kc, const float *a, ptrdiff_t rsa,
                                             ptrdiff_t csa, const float *b, ptrdiff_t rsb,
                                             float *c, ptrdiff_t ldc, float alpha, float beta,
                                             size_t mr, size_t nr)
{
    if (mr == 14 && nr > 16) {
        /* 28 accumulators + masks spill: run the full kernel into a tile. */
        float t[14 * 32];
        lmc_f32_gemm_ukernel_14x32__avx512(kc, a, rsa, csa, b, rsb, t, 32, 1.0f, 0.0f);
        const __m512 va = _mm512_set1_ps(alpha), vb = _mm512_set1_ps(beta);
        const __mmask16 k1 = (__mmask16)(nr >= 32 ? 0xffff : (1u << (nr - 16)) - 1);
        for (int i = 0; i < 14; i++) {
            float *ci = c + i * ldc;
            __m512 r0 = _mm512_mul_ps(va, _mm512_loadu_ps(t + 32 * i));
            __m512 r1 = _mm512_mul_ps(va, _mm512_loadu_ps(t + 32 * i + 16));
            if (beta != 0.0f) {
                r0 = _mm512_fmadd_ps(vb, _mm512_loadu_ps(ci), r0);
                r1 = _mm512_fmadd_ps(vb, _mm512_maskz_loadu_ps(k1, ci + 16), r1);
            }
            _mm512_storeu_ps(ci, r0);
            _mm512_mask_storeu_ps(ci + 16, k1, r1);
        }
        return;
    }
    const __mmask16 m0 = (__mmask16)(nr >= 16 ? 0xffff : (1u << nr) - 1);
    const __mmask16 m1 = (__mmask16)(nr >= 32 ? 0xffff : nr > 16 ? (1u << (nr - 16)) - 1 : 0);
    table[mr - 1][nr > 16](kc, a, rsa, csa, b, rsb, c, ldc, alpha, beta, m0, m1);
}
