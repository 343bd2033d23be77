/* f32 GEMM micro-kernel, 14 x 32, AVX-512: 28 zmm accumulators (14 rows x
 * two 16-float vectors), two B vectors, one A broadcast.  Per k step: 2 B
 * loads, 14 broadcasts, 28 FMAs -- enough work to keep two FMA pipes busy
 * through a 4-cycle FMA latency. */
#include <immintrin.h>

#include "gemm/ukernel.h"

#define ROWS(X) X(0) X(1) X(2) X(3) X(4) X(5) X(6) X(7) X(8) X(9) X(10) X(11) X(12) X(13)

void lmc_f32_gemm_ukernel_14x32__avx512(size_t kc, const float *a, ptrdiff_t rsa, ptrdiff_t csa,
                                        const float *b, ptrdiff_t rsb, float *c, ptrdiff_t ldc,
                                        float alpha, float beta)
{
    /* C is needed only at the end: start fetching its 28 lines now. */
#define PFC(i)                                                                \
    _mm_prefetch((const char *)(c + (i) * ldc), _MM_HINT_T0);                 \
    _mm_prefetch((const char *)(c + (i) * ldc + 31), _MM_HINT_T0);
    ROWS(PFC)
#undef PFC
#define DECL(i) __m512 c##i##0 = _mm512_setzero_ps(), c##i##1 = _mm512_setzero_ps();
    ROWS(DECL)
#undef DECL
#define STEP(i, ai)                                      \
    {                                                    \
        const __m512 av = _mm512_set1_ps(ai);            \
        c##i##0 = _mm512_fmadd_ps(av, b0, c##i##0);      \
        c##i##1 = _mm512_fmadd_ps(av, b1, c##i##1);      \
    }
    if (rsa == 1) {
        /* Packed A: the 14 values of step p are contiguous. */
#define PK(i) STEP(i, a[i])
        for (size_t p = 0; p < kc; p++) {
            const __m512 b0 = _mm512_loadu_ps(b);
            const __m512 b1 = _mm512_loadu_ps(b + 16);
            ROWS(PK)
            a += csa;
            b += rsb;
        }
#undef PK
    } else {
        /* General strides: row i at a + i * rsa. */
        const float *a7 = a + 7 * rsa;
#define GA(i) STEP(i, (i < 7 ? a[(i) * rsa] : a7[((i) - 7) * rsa]))
        for (size_t p = 0; p < kc; p++) {
            const __m512 b0 = _mm512_loadu_ps(b);
            const __m512 b1 = _mm512_loadu_ps(b + 16);
            ROWS(GA)
            a += csa;
            a7 += csa;
            b += rsb;
        }
#undef GA
    }
#undef STEP
    const __m512 va = _mm512_set1_ps(alpha);
    if (beta == 0.0f) {
#define ST0(i)                                                               \
    _mm512_storeu_ps(c + (i) * ldc, _mm512_mul_ps(va, c##i##0));             \
    _mm512_storeu_ps(c + (i) * ldc + 16, _mm512_mul_ps(va, c##i##1));
        ROWS(ST0)
#undef ST0
    } else if (beta == 1.0f) {
#define ST1(i)                                                                             \
    _mm512_storeu_ps(c + (i) * ldc, _mm512_fmadd_ps(va, c##i##0, _mm512_loadu_ps(c + (i) * ldc))); \
    _mm512_storeu_ps(c + (i) * ldc + 16,                                                   \
                     _mm512_fmadd_ps(va, c##i##1, _mm512_loadu_ps(c + (i) * ldc + 16)));
        ROWS(ST1)
#undef ST1
    } else {
        const __m512 vb = _mm512_set1_ps(beta);
#define STB(i)                                                                              \
    _mm512_storeu_ps(c + (i) * ldc,                                                         \
                     _mm512_fmadd_ps(va, c##i##0, _mm512_mul_ps(vb, _mm512_loadu_ps(c + (i) * ldc)))); \
    _mm512_storeu_ps(c + (i) * ldc + 16,                                                    \
                     _mm512_fmadd_ps(va, c##i##1,                                           \
                                     _mm512_mul_ps(vb, _mm512_loadu_ps(c + (i) * ldc + 16))));
        ROWS(STB)
#undef STB
    }
}
