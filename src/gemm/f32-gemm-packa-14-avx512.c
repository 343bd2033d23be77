/* f32 GEMM A-panel packing, 14 rows, AVX-512: 14 row-major rows of A (unit
 * column stride) -> one panel of kb steps, dst[p * 14 + i] = rows[i][p].
 *
 * The scalar gather (14 loads, 14 stores per step) took 10-15 % of a
 * single GEMM's time on shapes whose A is used by few columns (VGG conv5:
 * m = 512, n = 196, k = 4608).  Here 16 steps at a time: one 16-float load
 * per row, a 16 x 16 transpose in registers (rows 14 and 15 are zero and
 * never stored), and 16 masked stores of 14 floats, which land back to back
 * because a packed step is exactly 14 floats long. */
#include <immintrin.h>

#include "gemm/ukernel.h"

void lmc_f32_gemm_packa_14__avx512(size_t kb, const float *const *rows, float *dst)
{
    const __mmask16 m14 = 0x3FFF;
    size_t p = 0;
    for (; p + 16 <= kb; p += 16) {
        __m512 r[16];
        for (int i = 0; i < 14; i++) r[i] = _mm512_loadu_ps(rows[i] + p);
        r[14] = r[15] = _mm512_setzero_ps();
        /* Stage 1: interleave row pairs (within 128-bit lanes). */
        __m512 t[16];
        for (int k = 0; k < 8; k++) {
            t[2 * k] = _mm512_unpacklo_ps(r[2 * k], r[2 * k + 1]);
            t[2 * k + 1] = _mm512_unpackhi_ps(r[2 * k], r[2 * k + 1]);
        }
        /* Stage 2: pairs of pairs; u[4q + j], lane L = column 4L + j of
         * rows 4q .. 4q + 3. */
        __m512 u[16];
        for (int q = 0; q < 4; q++) {
            const __m512d t0 = _mm512_castps_pd(t[4 * q]), t1 = _mm512_castps_pd(t[4 * q + 1]);
            const __m512d t2 = _mm512_castps_pd(t[4 * q + 2]), t3 = _mm512_castps_pd(t[4 * q + 3]);
            u[4 * q + 0] = _mm512_castpd_ps(_mm512_unpacklo_pd(t0, t2));
            u[4 * q + 1] = _mm512_castpd_ps(_mm512_unpackhi_pd(t0, t2));
            u[4 * q + 2] = _mm512_castpd_ps(_mm512_unpacklo_pd(t1, t3));
            u[4 * q + 3] = _mm512_castpd_ps(_mm512_unpackhi_pd(t1, t3));
        }
        /* Stages 3-4: gather lane L of u[j], u[4 + j], u[8 + j], u[12 + j]
         * into column 4L + j. */
        for (int j = 0; j < 4; j++) {
            const __m512 x0 = _mm512_shuffle_f32x4(u[j], u[4 + j], _MM_SHUFFLE(2, 0, 2, 0));
            const __m512 x1 = _mm512_shuffle_f32x4(u[j], u[4 + j], _MM_SHUFFLE(3, 1, 3, 1));
            const __m512 y0 = _mm512_shuffle_f32x4(u[8 + j], u[12 + j], _MM_SHUFFLE(2, 0, 2, 0));
            const __m512 y1 = _mm512_shuffle_f32x4(u[8 + j], u[12 + j], _MM_SHUFFLE(3, 1, 3, 1));
            _mm512_mask_storeu_ps(dst + (p + j) * 14, m14,
                                  _mm512_shuffle_f32x4(x0, y0, _MM_SHUFFLE(2, 0, 2, 0)));
            _mm512_mask_storeu_ps(dst + (p + 4 + j) * 14, m14,
                                  _mm512_shuffle_f32x4(x1, y1, _MM_SHUFFLE(2, 0, 2, 0)));
            _mm512_mask_storeu_ps(dst + (p + 8 + j) * 14, m14,
                                  _mm512_shuffle_f32x4(x0, y0, _MM_SHUFFLE(3, 1, 3, 1)));
            _mm512_mask_storeu_ps(dst + (p + 12 + j) * 14, m14,
                                  _mm512_shuffle_f32x4(x1, y1, _MM_SHUFFLE(3, 1, 3, 1)));
        }
    }
    for (; p < kb; p++)
        for (int i = 0; i < 14; i++) dst[p * 14 + i] = rows[i][p];
}
