/* FMA peak loop, AVX-512: 24 independent 512-bit FMA chains (enough to
 * cover FMA latency x FMA pipes on current cores). */
#include <immintrin.h>
#include <stddef.h>

#include "peak.h"

double lmc_peak_loop_avx512(long iters)
{
    __m512 x = _mm512_set1_ps(1.0f + 1e-7f), y = _mm512_set1_ps(1.0f - 1e-7f);
#define D(i) __m512 c##i = _mm512_set1_ps((float)(i) * 1e-3f);
    D(0) D(1) D(2) D(3) D(4) D(5) D(6) D(7) D(8) D(9) D(10) D(11)
    D(12) D(13) D(14) D(15) D(16) D(17) D(18) D(19) D(20) D(21) D(22) D(23)
#undef D
    for (long it = 0; it < iters; it++) {
#define F(i) c##i = _mm512_fmadd_ps(c##i, x, y);
        F(0) F(1) F(2) F(3) F(4) F(5) F(6) F(7) F(8) F(9) F(10) F(11)
        F(12) F(13) F(14) F(15) F(16) F(17) F(18) F(19) F(20) F(21) F(22) F(23)
#undef F
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
