/* Generated from src/peak/f32-peak.c.in (ISA=avx512, VW=16, CHAINS=24) by
 *   python3 tools/generate-kernels.py
 * Do not edit: change the template or the parameters in
 * tools/generate-kernels.py, then run that command. */
/* FMA peak loop, AVX-512: 24 independent 512-bit FMA chains (enough to
 * cover FMA latency x FMA pipes on current cores). */
#include <immintrin.h>
#include <stddef.h>

#include "peak.h"

double lmc_peak_loop_avx512(long iters)
{
    __m512 x = _mm512_set1_ps(1.0f + 1e-7f), y = _mm512_set1_ps(1.0f - 1e-7f);
    __m512 c0 = _mm512_set1_ps(0.0f);
    __m512 c1 = _mm512_set1_ps((float)1 * 1e-3f);
    __m512 c2 = _mm512_set1_ps((float)2 * 1e-3f);
    __m512 c3 = _mm512_set1_ps((float)3 * 1e-3f);
    __m512 c4 = _mm512_set1_ps((float)4 * 1e-3f);
    __m512 c5 = _mm512_set1_ps((float)5 * 1e-3f);
    __m512 c6 = _mm512_set1_ps((float)6 * 1e-3f);
    __m512 c7 = _mm512_set1_ps((float)7 * 1e-3f);
    __m512 c8 = _mm512_set1_ps((float)8 * 1e-3f);
    __m512 c9 = _mm512_set1_ps((float)9 * 1e-3f);
    __m512 c10 = _mm512_set1_ps((float)10 * 1e-3f);
    __m512 c11 = _mm512_set1_ps((float)11 * 1e-3f);
    __m512 c12 = _mm512_set1_ps((float)12 * 1e-3f);
    __m512 c13 = _mm512_set1_ps((float)13 * 1e-3f);
    __m512 c14 = _mm512_set1_ps((float)14 * 1e-3f);
    __m512 c15 = _mm512_set1_ps((float)15 * 1e-3f);
    __m512 c16 = _mm512_set1_ps((float)16 * 1e-3f);
    __m512 c17 = _mm512_set1_ps((float)17 * 1e-3f);
    __m512 c18 = _mm512_set1_ps((float)18 * 1e-3f);
    __m512 c19 = _mm512_set1_ps((float)19 * 1e-3f);
    __m512 c20 = _mm512_set1_ps((float)20 * 1e-3f);
    __m512 c21 = _mm512_set1_ps((float)21 * 1e-3f);
    __m512 c22 = _mm512_set1_ps((float)22 * 1e-3f);
    __m512 c23 = _mm512_set1_ps((float)23 * 1e-3f);
    for (long it = 0; it < iters; it++) {
        c0 = _mm512_fmadd_ps(c0, x, y);
        c1 = _mm512_fmadd_ps(c1, x, y);
        c2 = _mm512_fmadd_ps(c2, x, y);
        c3 = _mm512_fmadd_ps(c3, x, y);
        c4 = _mm512_fmadd_ps(c4, x, y);
        c5 = _mm512_fmadd_ps(c5, x, y);
        c6 = _mm512_fmadd_ps(c6, x, y);
        c7 = _mm512_fmadd_ps(c7, x, y);
        c8 = _mm512_fmadd_ps(c8, x, y);
        c9 = _mm512_fmadd_ps(c9, x, y);
        c10 = _mm512_fmadd_ps(c10, x, y);
        c11 = _mm512_fmadd_ps(c11, x, y);
        c12 = _mm512_fmadd_ps(c12, x, y);
        c13 = _mm512_fmadd_ps(c13, x, y);
        c14 = _mm512_fmadd_ps(c14, x, y);
        c15 = _mm512_fmadd_ps(c15, x, y);
        c16 = _mm512_fmadd_ps(c16, x, y);
        c17 = _mm512_fmadd_ps(c17, x, y);
        c18 = _mm512_fmadd_ps(c18, x, y);
        c19 = _mm512_fmadd_ps(c19, x, y);
        c20 = _mm512_fmadd_ps(c20, x, y);
        c21 = _mm512_fmadd_ps(c21, x, y);
        c22 = _mm512_fmadd_ps(c22, x, y);
        c23 = _mm512_fmadd_ps(c23, x, y);
        __asm__ volatile("" ::: "memory");
    }
    __m512 s = _mm512_add_ps(_mm512_add_ps(_mm512_add_ps(c0, c1), _mm512_add_ps(c2, c3)),
                     _mm512_add_ps(_mm512_add_ps(c4, c5), _mm512_add_ps(c6, c7)));
    s = _mm512_add_ps(s, _mm512_add_ps(_mm512_add_ps(c8, c9), _mm512_add_ps(c10, c11)));
    s = _mm512_add_ps(s, _mm512_add_ps(_mm512_add_ps(c12, c13), _mm512_add_ps(c14, c15)));
    s = _mm512_add_ps(s, _mm512_add_ps(_mm512_add_ps(c16, c17), _mm512_add_ps(c18, c19)));
    s = _mm512_add_ps(s, _mm512_add_ps(_mm512_add_ps(c20, c21), _mm512_add_ps(c22, c23)));
    lmc_peak_sink = _mm512_reduce_add_ps(s);
    return (double)iters * 24.0 * 16.0 * 2.0;
}
