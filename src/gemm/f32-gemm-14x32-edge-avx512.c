/* f32 GEMM edge micro-kernel for the 14 x 32 AVX-512 tile: an mr x nr
 * corner (mr <= 14, nr <= 32) computed with only the rows it needs and one
 * or two column vectors, loading and storing C under masks, so partial
 * tiles cost about their share of a full tile and need no stack copy.
 * Operands as in ukernel.h (A panels still hold 14 rows, B panels 32
 * columns; rows / columns beyond mr / nr are never read from C). */
#include <immintrin.h>

#include "gemm/ukernel.h"

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

#define EDGE_FN(R)                                                                                \
    static void edge_##R##_1(size_t kc, const float *a, ptrdiff_t rsa, ptrdiff_t csa,             \
                             const float *b, ptrdiff_t rsb, float *c, ptrdiff_t ldc, float alpha, \
                             float beta, __mmask16 m0, __mmask16 m1)                              \
    {                                                                                             \
        edge(kc, a, rsa, csa, b, rsb, c, ldc, alpha, beta, R, 0, m0, m1);                         \
    }                                                                                             \
    static void edge_##R##_2(size_t kc, const float *a, ptrdiff_t rsa, ptrdiff_t csa,             \
                             const float *b, ptrdiff_t rsb, float *c, ptrdiff_t ldc, float alpha, \
                             float beta, __mmask16 m0, __mmask16 m1)                              \
    {                                                                                             \
        edge(kc, a, rsa, csa, b, rsb, c, ldc, alpha, beta, R, 1, m0, m1);                         \
    }
EDGE_FN(1) EDGE_FN(2) EDGE_FN(3) EDGE_FN(4) EDGE_FN(5) EDGE_FN(6) EDGE_FN(7)
EDGE_FN(8) EDGE_FN(9) EDGE_FN(10) EDGE_FN(11) EDGE_FN(12) EDGE_FN(13) EDGE_FN(14)
/* (edge_14_2 is unused: see the fallback below.) */

typedef void (*edge_fn)(size_t, const float *, ptrdiff_t, ptrdiff_t, const float *, ptrdiff_t,
                        float *, ptrdiff_t, float, float, __mmask16, __mmask16);
#define ROW(R) {edge_##R##_1, edge_##R##_2},
static const edge_fn table[14][2] = {ROW(1) ROW(2) ROW(3) ROW(4) ROW(5) ROW(6) ROW(7)
                                         ROW(8) ROW(9) ROW(10) ROW(11) ROW(12) ROW(13) ROW(14)};

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
