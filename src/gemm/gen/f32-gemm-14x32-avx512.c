/* Generated from src/gemm/f32-gemm.c.in (ISA=avx512, MR=14, NR=32) by
 *   python3 tools/generate-kernels.py
 * Do not edit: change the template or the parameters in
 * tools/generate-kernels.py, then run that command. */
/* f32 GEMM micro-kernel, 14 x 32, AVX-512: 28 zmm accumulators (14 rows x
 * 2 16-float vectors), 2 B vectors, one A broadcast.  Per k step: 2 B
 * loads, 14 broadcasts, 28 FMAs -- enough work to keep two FMA pipes busy
 * through a 4-cycle FMA latency. */
#include <immintrin.h>

#include "gemm/ukernel.h"

void lmc_f32_gemm_ukernel_14x32__avx512(size_t kc, const float *a, ptrdiff_t rsa, ptrdiff_t csa,
                                        const float *b, ptrdiff_t rsb, float *c, ptrdiff_t ldc,
                                        float alpha, float beta)
{
    /* C is needed only at the end: start fetching its 28 lines now. */
    _mm_prefetch((const char *)(c), _MM_HINT_T0);
    _mm_prefetch((const char *)(c + 31), _MM_HINT_T0);
    _mm_prefetch((const char *)(c + 1 * ldc), _MM_HINT_T0);
    _mm_prefetch((const char *)(c + 1 * ldc + 31), _MM_HINT_T0);
    _mm_prefetch((const char *)(c + 2 * ldc), _MM_HINT_T0);
    _mm_prefetch((const char *)(c + 2 * ldc + 31), _MM_HINT_T0);
    _mm_prefetch((const char *)(c + 3 * ldc), _MM_HINT_T0);
    _mm_prefetch((const char *)(c + 3 * ldc + 31), _MM_HINT_T0);
    _mm_prefetch((const char *)(c + 4 * ldc), _MM_HINT_T0);
    _mm_prefetch((const char *)(c + 4 * ldc + 31), _MM_HINT_T0);
    _mm_prefetch((const char *)(c + 5 * ldc), _MM_HINT_T0);
    _mm_prefetch((const char *)(c + 5 * ldc + 31), _MM_HINT_T0);
    _mm_prefetch((const char *)(c + 6 * ldc), _MM_HINT_T0);
    _mm_prefetch((const char *)(c + 6 * ldc + 31), _MM_HINT_T0);
    _mm_prefetch((const char *)(c + 7 * ldc), _MM_HINT_T0);
    _mm_prefetch((const char *)(c + 7 * ldc + 31), _MM_HINT_T0);
    _mm_prefetch((const char *)(c + 8 * ldc), _MM_HINT_T0);
    _mm_prefetch((const char *)(c + 8 * ldc + 31), _MM_HINT_T0);
    _mm_prefetch((const char *)(c + 9 * ldc), _MM_HINT_T0);
    _mm_prefetch((const char *)(c + 9 * ldc + 31), _MM_HINT_T0);
    _mm_prefetch((const char *)(c + 10 * ldc), _MM_HINT_T0);
    _mm_prefetch((const char *)(c + 10 * ldc + 31), _MM_HINT_T0);
    _mm_prefetch((const char *)(c + 11 * ldc), _MM_HINT_T0);
    _mm_prefetch((const char *)(c + 11 * ldc + 31), _MM_HINT_T0);
    _mm_prefetch((const char *)(c + 12 * ldc), _MM_HINT_T0);
    _mm_prefetch((const char *)(c + 12 * ldc + 31), _MM_HINT_T0);
    _mm_prefetch((const char *)(c + 13 * ldc), _MM_HINT_T0);
    _mm_prefetch((const char *)(c + 13 * ldc + 31), _MM_HINT_T0);
    __m512 c0_0 = _mm512_setzero_ps(), c0_1 = _mm512_setzero_ps();
    __m512 c1_0 = _mm512_setzero_ps(), c1_1 = _mm512_setzero_ps();
    __m512 c2_0 = _mm512_setzero_ps(), c2_1 = _mm512_setzero_ps();
    __m512 c3_0 = _mm512_setzero_ps(), c3_1 = _mm512_setzero_ps();
    __m512 c4_0 = _mm512_setzero_ps(), c4_1 = _mm512_setzero_ps();
    __m512 c5_0 = _mm512_setzero_ps(), c5_1 = _mm512_setzero_ps();
    __m512 c6_0 = _mm512_setzero_ps(), c6_1 = _mm512_setzero_ps();
    __m512 c7_0 = _mm512_setzero_ps(), c7_1 = _mm512_setzero_ps();
    __m512 c8_0 = _mm512_setzero_ps(), c8_1 = _mm512_setzero_ps();
    __m512 c9_0 = _mm512_setzero_ps(), c9_1 = _mm512_setzero_ps();
    __m512 c10_0 = _mm512_setzero_ps(), c10_1 = _mm512_setzero_ps();
    __m512 c11_0 = _mm512_setzero_ps(), c11_1 = _mm512_setzero_ps();
    __m512 c12_0 = _mm512_setzero_ps(), c12_1 = _mm512_setzero_ps();
    __m512 c13_0 = _mm512_setzero_ps(), c13_1 = _mm512_setzero_ps();
    if (rsa == 1) {
        /* Packed A: the 14 values of step p are contiguous. */
        for (size_t p = 0; p < kc; p++) {
            const __m512 b0 = _mm512_loadu_ps(b);
            const __m512 b1 = _mm512_loadu_ps(b + 16);
            const __m512 va0 = _mm512_set1_ps(a[0]);
            c0_0 = _mm512_fmadd_ps(va0, b0, c0_0);
            c0_1 = _mm512_fmadd_ps(va0, b1, c0_1);
            const __m512 va1 = _mm512_set1_ps(a[1]);
            c1_0 = _mm512_fmadd_ps(va1, b0, c1_0);
            c1_1 = _mm512_fmadd_ps(va1, b1, c1_1);
            const __m512 va2 = _mm512_set1_ps(a[2]);
            c2_0 = _mm512_fmadd_ps(va2, b0, c2_0);
            c2_1 = _mm512_fmadd_ps(va2, b1, c2_1);
            const __m512 va3 = _mm512_set1_ps(a[3]);
            c3_0 = _mm512_fmadd_ps(va3, b0, c3_0);
            c3_1 = _mm512_fmadd_ps(va3, b1, c3_1);
            const __m512 va4 = _mm512_set1_ps(a[4]);
            c4_0 = _mm512_fmadd_ps(va4, b0, c4_0);
            c4_1 = _mm512_fmadd_ps(va4, b1, c4_1);
            const __m512 va5 = _mm512_set1_ps(a[5]);
            c5_0 = _mm512_fmadd_ps(va5, b0, c5_0);
            c5_1 = _mm512_fmadd_ps(va5, b1, c5_1);
            const __m512 va6 = _mm512_set1_ps(a[6]);
            c6_0 = _mm512_fmadd_ps(va6, b0, c6_0);
            c6_1 = _mm512_fmadd_ps(va6, b1, c6_1);
            const __m512 va7 = _mm512_set1_ps(a[7]);
            c7_0 = _mm512_fmadd_ps(va7, b0, c7_0);
            c7_1 = _mm512_fmadd_ps(va7, b1, c7_1);
            const __m512 va8 = _mm512_set1_ps(a[8]);
            c8_0 = _mm512_fmadd_ps(va8, b0, c8_0);
            c8_1 = _mm512_fmadd_ps(va8, b1, c8_1);
            const __m512 va9 = _mm512_set1_ps(a[9]);
            c9_0 = _mm512_fmadd_ps(va9, b0, c9_0);
            c9_1 = _mm512_fmadd_ps(va9, b1, c9_1);
            const __m512 va10 = _mm512_set1_ps(a[10]);
            c10_0 = _mm512_fmadd_ps(va10, b0, c10_0);
            c10_1 = _mm512_fmadd_ps(va10, b1, c10_1);
            const __m512 va11 = _mm512_set1_ps(a[11]);
            c11_0 = _mm512_fmadd_ps(va11, b0, c11_0);
            c11_1 = _mm512_fmadd_ps(va11, b1, c11_1);
            const __m512 va12 = _mm512_set1_ps(a[12]);
            c12_0 = _mm512_fmadd_ps(va12, b0, c12_0);
            c12_1 = _mm512_fmadd_ps(va12, b1, c12_1);
            const __m512 va13 = _mm512_set1_ps(a[13]);
            c13_0 = _mm512_fmadd_ps(va13, b0, c13_0);
            c13_1 = _mm512_fmadd_ps(va13, b1, c13_1);
            a += csa;
            b += rsb;
        }
    } else {
        /* General strides: row i at a + i * rsa (rows from 7 on from a7, for short
         * index scales). */
        const float *a7 = a + 7 * rsa;
        for (size_t p = 0; p < kc; p++) {
            const __m512 b0 = _mm512_loadu_ps(b);
            const __m512 b1 = _mm512_loadu_ps(b + 16);
            const __m512 va0 = _mm512_set1_ps(a[0 * rsa]);
            c0_0 = _mm512_fmadd_ps(va0, b0, c0_0);
            c0_1 = _mm512_fmadd_ps(va0, b1, c0_1);
            const __m512 va1 = _mm512_set1_ps(a[1 * rsa]);
            c1_0 = _mm512_fmadd_ps(va1, b0, c1_0);
            c1_1 = _mm512_fmadd_ps(va1, b1, c1_1);
            const __m512 va2 = _mm512_set1_ps(a[2 * rsa]);
            c2_0 = _mm512_fmadd_ps(va2, b0, c2_0);
            c2_1 = _mm512_fmadd_ps(va2, b1, c2_1);
            const __m512 va3 = _mm512_set1_ps(a[3 * rsa]);
            c3_0 = _mm512_fmadd_ps(va3, b0, c3_0);
            c3_1 = _mm512_fmadd_ps(va3, b1, c3_1);
            const __m512 va4 = _mm512_set1_ps(a[4 * rsa]);
            c4_0 = _mm512_fmadd_ps(va4, b0, c4_0);
            c4_1 = _mm512_fmadd_ps(va4, b1, c4_1);
            const __m512 va5 = _mm512_set1_ps(a[5 * rsa]);
            c5_0 = _mm512_fmadd_ps(va5, b0, c5_0);
            c5_1 = _mm512_fmadd_ps(va5, b1, c5_1);
            const __m512 va6 = _mm512_set1_ps(a[6 * rsa]);
            c6_0 = _mm512_fmadd_ps(va6, b0, c6_0);
            c6_1 = _mm512_fmadd_ps(va6, b1, c6_1);
            const __m512 va7 = _mm512_set1_ps(a7[0 * rsa]);
            c7_0 = _mm512_fmadd_ps(va7, b0, c7_0);
            c7_1 = _mm512_fmadd_ps(va7, b1, c7_1);
            const __m512 va8 = _mm512_set1_ps(a7[1 * rsa]);
            c8_0 = _mm512_fmadd_ps(va8, b0, c8_0);
            c8_1 = _mm512_fmadd_ps(va8, b1, c8_1);
            const __m512 va9 = _mm512_set1_ps(a7[2 * rsa]);
            c9_0 = _mm512_fmadd_ps(va9, b0, c9_0);
            c9_1 = _mm512_fmadd_ps(va9, b1, c9_1);
            const __m512 va10 = _mm512_set1_ps(a7[3 * rsa]);
            c10_0 = _mm512_fmadd_ps(va10, b0, c10_0);
            c10_1 = _mm512_fmadd_ps(va10, b1, c10_1);
            const __m512 va11 = _mm512_set1_ps(a7[4 * rsa]);
            c11_0 = _mm512_fmadd_ps(va11, b0, c11_0);
            c11_1 = _mm512_fmadd_ps(va11, b1, c11_1);
            const __m512 va12 = _mm512_set1_ps(a7[5 * rsa]);
            c12_0 = _mm512_fmadd_ps(va12, b0, c12_0);
            c12_1 = _mm512_fmadd_ps(va12, b1, c12_1);
            const __m512 va13 = _mm512_set1_ps(a7[6 * rsa]);
            c13_0 = _mm512_fmadd_ps(va13, b0, c13_0);
            c13_1 = _mm512_fmadd_ps(va13, b1, c13_1);
            a += csa;
            a7 += csa;
            b += rsb;
        }
    }
    const __m512 valpha = _mm512_set1_ps(alpha);
    if (beta == 0.0f) {
        _mm512_storeu_ps(c, _mm512_mul_ps(valpha, c0_0));
        _mm512_storeu_ps(c + 16, _mm512_mul_ps(valpha, c0_1));
        _mm512_storeu_ps(c + 1 * ldc, _mm512_mul_ps(valpha, c1_0));
        _mm512_storeu_ps(c + 1 * ldc + 16, _mm512_mul_ps(valpha, c1_1));
        _mm512_storeu_ps(c + 2 * ldc, _mm512_mul_ps(valpha, c2_0));
        _mm512_storeu_ps(c + 2 * ldc + 16, _mm512_mul_ps(valpha, c2_1));
        _mm512_storeu_ps(c + 3 * ldc, _mm512_mul_ps(valpha, c3_0));
        _mm512_storeu_ps(c + 3 * ldc + 16, _mm512_mul_ps(valpha, c3_1));
        _mm512_storeu_ps(c + 4 * ldc, _mm512_mul_ps(valpha, c4_0));
        _mm512_storeu_ps(c + 4 * ldc + 16, _mm512_mul_ps(valpha, c4_1));
        _mm512_storeu_ps(c + 5 * ldc, _mm512_mul_ps(valpha, c5_0));
        _mm512_storeu_ps(c + 5 * ldc + 16, _mm512_mul_ps(valpha, c5_1));
        _mm512_storeu_ps(c + 6 * ldc, _mm512_mul_ps(valpha, c6_0));
        _mm512_storeu_ps(c + 6 * ldc + 16, _mm512_mul_ps(valpha, c6_1));
        _mm512_storeu_ps(c + 7 * ldc, _mm512_mul_ps(valpha, c7_0));
        _mm512_storeu_ps(c + 7 * ldc + 16, _mm512_mul_ps(valpha, c7_1));
        _mm512_storeu_ps(c + 8 * ldc, _mm512_mul_ps(valpha, c8_0));
        _mm512_storeu_ps(c + 8 * ldc + 16, _mm512_mul_ps(valpha, c8_1));
        _mm512_storeu_ps(c + 9 * ldc, _mm512_mul_ps(valpha, c9_0));
        _mm512_storeu_ps(c + 9 * ldc + 16, _mm512_mul_ps(valpha, c9_1));
        _mm512_storeu_ps(c + 10 * ldc, _mm512_mul_ps(valpha, c10_0));
        _mm512_storeu_ps(c + 10 * ldc + 16, _mm512_mul_ps(valpha, c10_1));
        _mm512_storeu_ps(c + 11 * ldc, _mm512_mul_ps(valpha, c11_0));
        _mm512_storeu_ps(c + 11 * ldc + 16, _mm512_mul_ps(valpha, c11_1));
        _mm512_storeu_ps(c + 12 * ldc, _mm512_mul_ps(valpha, c12_0));
        _mm512_storeu_ps(c + 12 * ldc + 16, _mm512_mul_ps(valpha, c12_1));
        _mm512_storeu_ps(c + 13 * ldc, _mm512_mul_ps(valpha, c13_0));
        _mm512_storeu_ps(c + 13 * ldc + 16, _mm512_mul_ps(valpha, c13_1));
    } else if (beta == 1.0f) {
        _mm512_storeu_ps(c,
                         _mm512_fmadd_ps(valpha, c0_0, _mm512_loadu_ps(c)));
        _mm512_storeu_ps(c + 16,
                         _mm512_fmadd_ps(valpha, c0_1, _mm512_loadu_ps(c + 16)));
        _mm512_storeu_ps(c + 1 * ldc,
                         _mm512_fmadd_ps(valpha, c1_0, _mm512_loadu_ps(c + 1 * ldc)));
        _mm512_storeu_ps(c + 1 * ldc + 16,
                         _mm512_fmadd_ps(valpha, c1_1, _mm512_loadu_ps(c + 1 * ldc + 16)));
        _mm512_storeu_ps(c + 2 * ldc,
                         _mm512_fmadd_ps(valpha, c2_0, _mm512_loadu_ps(c + 2 * ldc)));
        _mm512_storeu_ps(c + 2 * ldc + 16,
                         _mm512_fmadd_ps(valpha, c2_1, _mm512_loadu_ps(c + 2 * ldc + 16)));
        _mm512_storeu_ps(c + 3 * ldc,
                         _mm512_fmadd_ps(valpha, c3_0, _mm512_loadu_ps(c + 3 * ldc)));
        _mm512_storeu_ps(c + 3 * ldc + 16,
                         _mm512_fmadd_ps(valpha, c3_1, _mm512_loadu_ps(c + 3 * ldc + 16)));
        _mm512_storeu_ps(c + 4 * ldc,
                         _mm512_fmadd_ps(valpha, c4_0, _mm512_loadu_ps(c + 4 * ldc)));
        _mm512_storeu_ps(c + 4 * ldc + 16,
                         _mm512_fmadd_ps(valpha, c4_1, _mm512_loadu_ps(c + 4 * ldc + 16)));
        _mm512_storeu_ps(c + 5 * ldc,
                         _mm512_fmadd_ps(valpha, c5_0, _mm512_loadu_ps(c + 5 * ldc)));
        _mm512_storeu_ps(c + 5 * ldc + 16,
                         _mm512_fmadd_ps(valpha, c5_1, _mm512_loadu_ps(c + 5 * ldc + 16)));
        _mm512_storeu_ps(c + 6 * ldc,
                         _mm512_fmadd_ps(valpha, c6_0, _mm512_loadu_ps(c + 6 * ldc)));
        _mm512_storeu_ps(c + 6 * ldc + 16,
                         _mm512_fmadd_ps(valpha, c6_1, _mm512_loadu_ps(c + 6 * ldc + 16)));
        _mm512_storeu_ps(c + 7 * ldc,
                         _mm512_fmadd_ps(valpha, c7_0, _mm512_loadu_ps(c + 7 * ldc)));
        _mm512_storeu_ps(c + 7 * ldc + 16,
                         _mm512_fmadd_ps(valpha, c7_1, _mm512_loadu_ps(c + 7 * ldc + 16)));
        _mm512_storeu_ps(c + 8 * ldc,
                         _mm512_fmadd_ps(valpha, c8_0, _mm512_loadu_ps(c + 8 * ldc)));
        _mm512_storeu_ps(c + 8 * ldc + 16,
                         _mm512_fmadd_ps(valpha, c8_1, _mm512_loadu_ps(c + 8 * ldc + 16)));
        _mm512_storeu_ps(c + 9 * ldc,
                         _mm512_fmadd_ps(valpha, c9_0, _mm512_loadu_ps(c + 9 * ldc)));
        _mm512_storeu_ps(c + 9 * ldc + 16,
                         _mm512_fmadd_ps(valpha, c9_1, _mm512_loadu_ps(c + 9 * ldc + 16)));
        _mm512_storeu_ps(c + 10 * ldc,
                         _mm512_fmadd_ps(valpha, c10_0, _mm512_loadu_ps(c + 10 * ldc)));
        _mm512_storeu_ps(c + 10 * ldc + 16,
                         _mm512_fmadd_ps(valpha, c10_1, _mm512_loadu_ps(c + 10 * ldc + 16)));
        _mm512_storeu_ps(c + 11 * ldc,
                         _mm512_fmadd_ps(valpha, c11_0, _mm512_loadu_ps(c + 11 * ldc)));
        _mm512_storeu_ps(c + 11 * ldc + 16,
                         _mm512_fmadd_ps(valpha, c11_1, _mm512_loadu_ps(c + 11 * ldc + 16)));
        _mm512_storeu_ps(c + 12 * ldc,
                         _mm512_fmadd_ps(valpha, c12_0, _mm512_loadu_ps(c + 12 * ldc)));
        _mm512_storeu_ps(c + 12 * ldc + 16,
                         _mm512_fmadd_ps(valpha, c12_1, _mm512_loadu_ps(c + 12 * ldc + 16)));
        _mm512_storeu_ps(c + 13 * ldc,
                         _mm512_fmadd_ps(valpha, c13_0, _mm512_loadu_ps(c + 13 * ldc)));
        _mm512_storeu_ps(c + 13 * ldc + 16,
                         _mm512_fmadd_ps(valpha, c13_1, _mm512_loadu_ps(c + 13 * ldc + 16)));
    } else {
        const __m512 vbeta = _mm512_set1_ps(beta);
        _mm512_storeu_ps(c,
                         _mm512_fmadd_ps(valpha, c0_0,
                                         _mm512_mul_ps(vbeta, _mm512_loadu_ps(c))));
        _mm512_storeu_ps(c + 16,
                         _mm512_fmadd_ps(valpha, c0_1,
                                         _mm512_mul_ps(vbeta, _mm512_loadu_ps(c + 16))));
        _mm512_storeu_ps(c + 1 * ldc,
                         _mm512_fmadd_ps(valpha, c1_0,
                                         _mm512_mul_ps(vbeta, _mm512_loadu_ps(c + 1 * ldc))));
        _mm512_storeu_ps(c + 1 * ldc + 16,
                         _mm512_fmadd_ps(valpha, c1_1,
                                         _mm512_mul_ps(vbeta, _mm512_loadu_ps(c + 1 * ldc + 16))));
        _mm512_storeu_ps(c + 2 * ldc,
                         _mm512_fmadd_ps(valpha, c2_0,
                                         _mm512_mul_ps(vbeta, _mm512_loadu_ps(c + 2 * ldc))));
        _mm512_storeu_ps(c + 2 * ldc + 16,
                         _mm512_fmadd_ps(valpha, c2_1,
                                         _mm512_mul_ps(vbeta, _mm512_loadu_ps(c + 2 * ldc + 16))));
        _mm512_storeu_ps(c + 3 * ldc,
                         _mm512_fmadd_ps(valpha, c3_0,
                                         _mm512_mul_ps(vbeta, _mm512_loadu_ps(c + 3 * ldc))));
        _mm512_storeu_ps(c + 3 * ldc + 16,
                         _mm512_fmadd_ps(valpha, c3_1,
                                         _mm512_mul_ps(vbeta, _mm512_loadu_ps(c + 3 * ldc + 16))));
        _mm512_storeu_ps(c + 4 * ldc,
                         _mm512_fmadd_ps(valpha, c4_0,
                                         _mm512_mul_ps(vbeta, _mm512_loadu_ps(c + 4 * ldc))));
        _mm512_storeu_ps(c + 4 * ldc + 16,
                         _mm512_fmadd_ps(valpha, c4_1,
                                         _mm512_mul_ps(vbeta, _mm512_loadu_ps(c + 4 * ldc + 16))));
        _mm512_storeu_ps(c + 5 * ldc,
                         _mm512_fmadd_ps(valpha, c5_0,
                                         _mm512_mul_ps(vbeta, _mm512_loadu_ps(c + 5 * ldc))));
        _mm512_storeu_ps(c + 5 * ldc + 16,
                         _mm512_fmadd_ps(valpha, c5_1,
                                         _mm512_mul_ps(vbeta, _mm512_loadu_ps(c + 5 * ldc + 16))));
        _mm512_storeu_ps(c + 6 * ldc,
                         _mm512_fmadd_ps(valpha, c6_0,
                                         _mm512_mul_ps(vbeta, _mm512_loadu_ps(c + 6 * ldc))));
        _mm512_storeu_ps(c + 6 * ldc + 16,
                         _mm512_fmadd_ps(valpha, c6_1,
                                         _mm512_mul_ps(vbeta, _mm512_loadu_ps(c + 6 * ldc + 16))));
        _mm512_storeu_ps(c + 7 * ldc,
                         _mm512_fmadd_ps(valpha, c7_0,
                                         _mm512_mul_ps(vbeta, _mm512_loadu_ps(c + 7 * ldc))));
        _mm512_storeu_ps(c + 7 * ldc + 16,
                         _mm512_fmadd_ps(valpha, c7_1,
                                         _mm512_mul_ps(vbeta, _mm512_loadu_ps(c + 7 * ldc + 16))));
        _mm512_storeu_ps(c + 8 * ldc,
                         _mm512_fmadd_ps(valpha, c8_0,
                                         _mm512_mul_ps(vbeta, _mm512_loadu_ps(c + 8 * ldc))));
        _mm512_storeu_ps(c + 8 * ldc + 16,
                         _mm512_fmadd_ps(valpha, c8_1,
                                         _mm512_mul_ps(vbeta, _mm512_loadu_ps(c + 8 * ldc + 16))));
        _mm512_storeu_ps(c + 9 * ldc,
                         _mm512_fmadd_ps(valpha, c9_0,
                                         _mm512_mul_ps(vbeta, _mm512_loadu_ps(c + 9 * ldc))));
        _mm512_storeu_ps(c + 9 * ldc + 16,
                         _mm512_fmadd_ps(valpha, c9_1,
                                         _mm512_mul_ps(vbeta, _mm512_loadu_ps(c + 9 * ldc + 16))));
        _mm512_storeu_ps(c + 10 * ldc,
                         _mm512_fmadd_ps(valpha, c10_0,
                                         _mm512_mul_ps(vbeta, _mm512_loadu_ps(c + 10 * ldc))));
        _mm512_storeu_ps(c + 10 * ldc + 16,
                         _mm512_fmadd_ps(valpha, c10_1,
                                         _mm512_mul_ps(vbeta, _mm512_loadu_ps(c + 10 * ldc + 16))));
        _mm512_storeu_ps(c + 11 * ldc,
                         _mm512_fmadd_ps(valpha, c11_0,
                                         _mm512_mul_ps(vbeta, _mm512_loadu_ps(c + 11 * ldc))));
        _mm512_storeu_ps(c + 11 * ldc + 16,
                         _mm512_fmadd_ps(valpha, c11_1,
                                         _mm512_mul_ps(vbeta, _mm512_loadu_ps(c + 11 * ldc + 16))));
        _mm512_storeu_ps(c + 12 * ldc,
                         _mm512_fmadd_ps(valpha, c12_0,
                                         _mm512_mul_ps(vbeta, _mm512_loadu_ps(c + 12 * ldc))));
        _mm512_storeu_ps(c + 12 * ldc + 16,
                         _mm512_fmadd_ps(valpha, c12_1,
                                         _mm512_mul_ps(vbeta, _mm512_loadu_ps(c + 12 * ldc + 16))));
        _mm512_storeu_ps(c + 13 * ldc,
                         _mm512_fmadd_ps(valpha, c13_0,
                                         _mm512_mul_ps(vbeta, _mm512_loadu_ps(c + 13 * ldc))));
        _mm512_storeu_ps(c + 13 * ldc + 16,
                         _mm512_fmadd_ps(valpha, c13_1,
                                         _mm512_mul_ps(vbeta, _mm512_loadu_ps(c + 13 * ldc + 16))));
    }
}
