/* f32 GEMM micro-kernel, 6 x 16, AVX2 + FMA: 12 ymm accumulators (6 rows x
 * two 8-float vectors), two B vectors, one A broadcast (the classic
 * Haswell-class tile). */
#include <immintrin.h>

#include "gemm/ukernel.h"

#define ROWS(X) X(0) X(1) X(2) X(3) X(4) X(5)

void lmc_f32_gemm_ukernel_6x16__avx2(size_t kc, const float *a, ptrdiff_t rsa, ptrdiff_t csa,
                                     const float *b, ptrdiff_t rsb, float *c, ptrdiff_t ldc,
                                     float alpha, float beta)
{
#define DECL(i) __m256 c##i##0 = _mm256_setzero_ps(), c##i##1 = _mm256_setzero_ps();
    ROWS(DECL)
#undef DECL
#define STEP(i)                                          \
    {                                                    \
        const __m256 av = _mm256_broadcast_ss(a + (i) * rsa); \
        c##i##0 = _mm256_fmadd_ps(av, b0, c##i##0);      \
        c##i##1 = _mm256_fmadd_ps(av, b1, c##i##1);      \
    }
    for (size_t p = 0; p < kc; p++) {
        const __m256 b0 = _mm256_loadu_ps(b);
        const __m256 b1 = _mm256_loadu_ps(b + 8);
        ROWS(STEP)
        a += csa;
        b += rsb;
    }
#undef STEP
    const __m256 va = _mm256_set1_ps(alpha);
    if (beta == 0.0f) {
#define ST0(i)                                                               \
    _mm256_storeu_ps(c + (i) * ldc, _mm256_mul_ps(va, c##i##0));             \
    _mm256_storeu_ps(c + (i) * ldc + 8, _mm256_mul_ps(va, c##i##1));
        ROWS(ST0)
#undef ST0
    } else {
        const __m256 vb = _mm256_set1_ps(beta);
#define STB(i)                                                                              \
    _mm256_storeu_ps(c + (i) * ldc,                                                         \
                     _mm256_fmadd_ps(va, c##i##0, _mm256_mul_ps(vb, _mm256_loadu_ps(c + (i) * ldc)))); \
    _mm256_storeu_ps(c + (i) * ldc + 8,                                                     \
                     _mm256_fmadd_ps(va, c##i##1,                                           \
                                     _mm256_mul_ps(vb, _mm256_loadu_ps(c + (i) * ldc + 8))));
        ROWS(STB)
#undef STB
    }
}
