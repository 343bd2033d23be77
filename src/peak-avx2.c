/* FMA peak loop, AVX2+FMA: 12 independent 256-bit FMA chains. */
#include <immintrin.h>
#include <stddef.h>

#include "peak.h"

double lmc_peak_loop_avx2(long iters)
{
    __m256 x = _mm256_set1_ps(1.0f + 1e-7f), y = _mm256_set1_ps(1.0f - 1e-7f);
#define D(i) __m256 c##i = _mm256_set1_ps((float)(i) * 1e-3f);
    D(0) D(1) D(2) D(3) D(4) D(5) D(6) D(7) D(8) D(9) D(10) D(11)
#undef D
    for (long it = 0; it < iters; it++) {
#define F(i) c##i = _mm256_fmadd_ps(c##i, x, y);
        F(0) F(1) F(2) F(3) F(4) F(5) F(6) F(7) F(8) F(9) F(10) F(11)
#undef F
        __asm__ volatile("" ::: "memory");
    }
    __m256 s = _mm256_add_ps(_mm256_add_ps(_mm256_add_ps(c0, c1), _mm256_add_ps(c2, c3)),
                             _mm256_add_ps(_mm256_add_ps(c4, c5), _mm256_add_ps(c6, c7)));
    s = _mm256_add_ps(s, _mm256_add_ps(_mm256_add_ps(c8, c9), _mm256_add_ps(c10, c11)));
    float t[8];
    _mm256_storeu_ps(t, s);
    lmc_peak_sink = t[0] + t[1] + t[2] + t[3] + t[4] + t[5] + t[6] + t[7];
    return (double)iters * 12.0 * 8.0 * 2.0;
}
