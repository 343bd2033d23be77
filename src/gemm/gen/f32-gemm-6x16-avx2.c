/* Generated from src/gemm/f32-gemm.c.in (ISA=avx2, MR=6, NR=16) by
 *   python3 tools/generate-kernels.py
 * Do not edit: change the template or the parameters in
 * tools/generate-kernels.py, then run that command. */
/* f32 GEMM micro-kernel, 6 x 16, AVX2 + FMA: 12 ymm accumulators (6 rows x
 * 2 8-float vectors), 2 B vectors, one A broadcast (the classic
 * Haswell-class tile). */
#include <immintrin.h>

#include "gemm/ukernel.h"

void lmc_f32_gemm_ukernel_6x16__avx2(size_t kc, const float *a, ptrdiff_t rsa, ptrdiff_t csa,
                                     const float *b, ptrdiff_t rsb, float *c, ptrdiff_t ldc,
                                     float alpha, float beta)
{
    __m256 c0_0 = _mm256_setzero_ps(), c0_1 = _mm256_setzero_ps();
    __m256 c1_0 = _mm256_setzero_ps(), c1_1 = _mm256_setzero_ps();
    __m256 c2_0 = _mm256_setzero_ps(), c2_1 = _mm256_setzero_ps();
    __m256 c3_0 = _mm256_setzero_ps(), c3_1 = _mm256_setzero_ps();
    __m256 c4_0 = _mm256_setzero_ps(), c4_1 = _mm256_setzero_ps();
    __m256 c5_0 = _mm256_setzero_ps(), c5_1 = _mm256_setzero_ps();
    for (size_t p = 0; p < kc; p++) {
        const __m256 b0 = _mm256_loadu_ps(b);
        const __m256 b1 = _mm256_loadu_ps(b + 8);
        const __m256 va0 = _mm256_broadcast_ss(a);
        c0_0 = _mm256_fmadd_ps(va0, b0, c0_0);
        c0_1 = _mm256_fmadd_ps(va0, b1, c0_1);
        const __m256 va1 = _mm256_broadcast_ss(a + 1 * rsa);
        c1_0 = _mm256_fmadd_ps(va1, b0, c1_0);
        c1_1 = _mm256_fmadd_ps(va1, b1, c1_1);
        const __m256 va2 = _mm256_broadcast_ss(a + 2 * rsa);
        c2_0 = _mm256_fmadd_ps(va2, b0, c2_0);
        c2_1 = _mm256_fmadd_ps(va2, b1, c2_1);
        const __m256 va3 = _mm256_broadcast_ss(a + 3 * rsa);
        c3_0 = _mm256_fmadd_ps(va3, b0, c3_0);
        c3_1 = _mm256_fmadd_ps(va3, b1, c3_1);
        const __m256 va4 = _mm256_broadcast_ss(a + 4 * rsa);
        c4_0 = _mm256_fmadd_ps(va4, b0, c4_0);
        c4_1 = _mm256_fmadd_ps(va4, b1, c4_1);
        const __m256 va5 = _mm256_broadcast_ss(a + 5 * rsa);
        c5_0 = _mm256_fmadd_ps(va5, b0, c5_0);
        c5_1 = _mm256_fmadd_ps(va5, b1, c5_1);
        a += csa;
        b += rsb;
    }
    const __m256 valpha = _mm256_set1_ps(alpha);
    if (beta == 0.0f) {
        _mm256_storeu_ps(c, _mm256_mul_ps(valpha, c0_0));
        _mm256_storeu_ps(c + 8, _mm256_mul_ps(valpha, c0_1));
        _mm256_storeu_ps(c + 1 * ldc, _mm256_mul_ps(valpha, c1_0));
        _mm256_storeu_ps(c + 1 * ldc + 8, _mm256_mul_ps(valpha, c1_1));
        _mm256_storeu_ps(c + 2 * ldc, _mm256_mul_ps(valpha, c2_0));
        _mm256_storeu_ps(c + 2 * ldc + 8, _mm256_mul_ps(valpha, c2_1));
        _mm256_storeu_ps(c + 3 * ldc, _mm256_mul_ps(valpha, c3_0));
        _mm256_storeu_ps(c + 3 * ldc + 8, _mm256_mul_ps(valpha, c3_1));
        _mm256_storeu_ps(c + 4 * ldc, _mm256_mul_ps(valpha, c4_0));
        _mm256_storeu_ps(c + 4 * ldc + 8, _mm256_mul_ps(valpha, c4_1));
        _mm256_storeu_ps(c + 5 * ldc, _mm256_mul_ps(valpha, c5_0));
        _mm256_storeu_ps(c + 5 * ldc + 8, _mm256_mul_ps(valpha, c5_1));
    } else {
        const __m256 vbeta = _mm256_set1_ps(beta);
        _mm256_storeu_ps(c,
                         _mm256_fmadd_ps(valpha, c0_0,
                                         _mm256_mul_ps(vbeta, _mm256_loadu_ps(c))));
        _mm256_storeu_ps(c + 8,
                         _mm256_fmadd_ps(valpha, c0_1,
                                         _mm256_mul_ps(vbeta, _mm256_loadu_ps(c + 8))));
        _mm256_storeu_ps(c + 1 * ldc,
                         _mm256_fmadd_ps(valpha, c1_0,
                                         _mm256_mul_ps(vbeta, _mm256_loadu_ps(c + 1 * ldc))));
        _mm256_storeu_ps(c + 1 * ldc + 8,
                         _mm256_fmadd_ps(valpha, c1_1,
                                         _mm256_mul_ps(vbeta, _mm256_loadu_ps(c + 1 * ldc + 8))));
        _mm256_storeu_ps(c + 2 * ldc,
                         _mm256_fmadd_ps(valpha, c2_0,
                                         _mm256_mul_ps(vbeta, _mm256_loadu_ps(c + 2 * ldc))));
        _mm256_storeu_ps(c + 2 * ldc + 8,
                         _mm256_fmadd_ps(valpha, c2_1,
                                         _mm256_mul_ps(vbeta, _mm256_loadu_ps(c + 2 * ldc + 8))));
        _mm256_storeu_ps(c + 3 * ldc,
                         _mm256_fmadd_ps(valpha, c3_0,
                                         _mm256_mul_ps(vbeta, _mm256_loadu_ps(c + 3 * ldc))));
        _mm256_storeu_ps(c + 3 * ldc + 8,
                         _mm256_fmadd_ps(valpha, c3_1,
                                         _mm256_mul_ps(vbeta, _mm256_loadu_ps(c + 3 * ldc + 8))));
        _mm256_storeu_ps(c + 4 * ldc,
                         _mm256_fmadd_ps(valpha, c4_0,
                                         _mm256_mul_ps(vbeta, _mm256_loadu_ps(c + 4 * ldc))));
        _mm256_storeu_ps(c + 4 * ldc + 8,
                         _mm256_fmadd_ps(valpha, c4_1,
                                         _mm256_mul_ps(vbeta, _mm256_loadu_ps(c + 4 * ldc + 8))));
        _mm256_storeu_ps(c + 5 * ldc,
                         _mm256_fmadd_ps(valpha, c5_0,
                                         _mm256_mul_ps(vbeta, _mm256_loadu_ps(c + 5 * ldc))));
        _mm256_storeu_ps(c + 5 * ldc + 8,
                         _mm256_fmadd_ps(valpha, c5_1,
                                         _mm256_mul_ps(vbeta, _mm256_loadu_ps(c + 5 * ldc + 8))));
    }
}
