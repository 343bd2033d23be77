/* Generated from src/peak/f32-peak.c.in (ISA=avx2, VW=8, CHAINS=12) by
 *   python3 tools/generate-kernels.py
 * Do not edit: change the template or the parameters in
 * tools/generate-kernels.py, then run that command. */
/* FMA peak loop, AVX2+FMA: 12 independent 256-bit FMA chains (enough to
 * cover FMA latency x FMA pipes on current cores). */
#include <immintrin.h>
#include <stddef.h>

#include "peak.h"

double lmc_peak_loop_avx2(long iters)
{
    __m256 x = _mm256_set1_ps(1.0f + 1e-7f), y = _mm256_set1_ps(1.0f - 1e-7f);
    __m256 c0 = _mm256_set1_ps(0.0f);
    __m256 c1 = _mm256_set1_ps((float)1 * 1e-3f);
    __m256 c2 = _mm256_set1_ps((float)2 * 1e-3f);
    __m256 c3 = _mm256_set1_ps((float)3 * 1e-3f);
    __m256 c4 = _mm256_set1_ps((float)4 * 1e-3f);
    __m256 c5 = _mm256_set1_ps((float)5 * 1e-3f);
    __m256 c6 = _mm256_set1_ps((float)6 * 1e-3f);
    __m256 c7 = _mm256_set1_ps((float)7 * 1e-3f);
    __m256 c8 = _mm256_set1_ps((float)8 * 1e-3f);
    __m256 c9 = _mm256_set1_ps((float)9 * 1e-3f);
    __m256 c10 = _mm256_set1_ps((float)10 * 1e-3f);
    __m256 c11 = _mm256_set1_ps((float)11 * 1e-3f);
    for (long it = 0; it < iters; it++) {
        c0 = _mm256_fmadd_ps(c0, x, y);
        c1 = _mm256_fmadd_ps(c1, x, y);
        c2 = _mm256_fmadd_ps(c2, x, y);
        c3 = _mm256_fmadd_ps(c3, x, y);
        c4 = _mm256_fmadd_ps(c4, x, y);
        c5 = _mm256_fmadd_ps(c5, x, y);
        c6 = _mm256_fmadd_ps(c6, x, y);
        c7 = _mm256_fmadd_ps(c7, x, y);
        c8 = _mm256_fmadd_ps(c8, x, y);
        c9 = _mm256_fmadd_ps(c9, x, y);
        c10 = _mm256_fmadd_ps(c10, x, y);
        c11 = _mm256_fmadd_ps(c11, x, y);
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
