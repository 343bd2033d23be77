/* Generated from src/peak/f32-peak.c.in (ISA=neon, VW=4, CHAINS=24) by
 *   python3 tools/generate-kernels.py
 * Do not edit: change the template or the parameters in
 * tools/generate-kernels.py, then run that command. */
/* FMA peak loop, NEON: 24 independent 128-bit FMA chains (enough to
 * cover FMA latency x FMA pipes on current cores). */
#include <arm_neon.h>
#include <stddef.h>

#include "peak.h"

double lmc_peak_loop_neon(long iters)
{
    float32x4_t x = vdupq_n_f32(1.0f + 1e-7f), y = vdupq_n_f32(1.0f - 1e-7f);
    float32x4_t c0 = vdupq_n_f32(0.0f);
    float32x4_t c1 = vdupq_n_f32((float)1 * 1e-3f);
    float32x4_t c2 = vdupq_n_f32((float)2 * 1e-3f);
    float32x4_t c3 = vdupq_n_f32((float)3 * 1e-3f);
    float32x4_t c4 = vdupq_n_f32((float)4 * 1e-3f);
    float32x4_t c5 = vdupq_n_f32((float)5 * 1e-3f);
    float32x4_t c6 = vdupq_n_f32((float)6 * 1e-3f);
    float32x4_t c7 = vdupq_n_f32((float)7 * 1e-3f);
    float32x4_t c8 = vdupq_n_f32((float)8 * 1e-3f);
    float32x4_t c9 = vdupq_n_f32((float)9 * 1e-3f);
    float32x4_t c10 = vdupq_n_f32((float)10 * 1e-3f);
    float32x4_t c11 = vdupq_n_f32((float)11 * 1e-3f);
    float32x4_t c12 = vdupq_n_f32((float)12 * 1e-3f);
    float32x4_t c13 = vdupq_n_f32((float)13 * 1e-3f);
    float32x4_t c14 = vdupq_n_f32((float)14 * 1e-3f);
    float32x4_t c15 = vdupq_n_f32((float)15 * 1e-3f);
    float32x4_t c16 = vdupq_n_f32((float)16 * 1e-3f);
    float32x4_t c17 = vdupq_n_f32((float)17 * 1e-3f);
    float32x4_t c18 = vdupq_n_f32((float)18 * 1e-3f);
    float32x4_t c19 = vdupq_n_f32((float)19 * 1e-3f);
    float32x4_t c20 = vdupq_n_f32((float)20 * 1e-3f);
    float32x4_t c21 = vdupq_n_f32((float)21 * 1e-3f);
    float32x4_t c22 = vdupq_n_f32((float)22 * 1e-3f);
    float32x4_t c23 = vdupq_n_f32((float)23 * 1e-3f);
    for (long it = 0; it < iters; it++) {
        c0 = vfmaq_f32(y, c0, x);
        c1 = vfmaq_f32(y, c1, x);
        c2 = vfmaq_f32(y, c2, x);
        c3 = vfmaq_f32(y, c3, x);
        c4 = vfmaq_f32(y, c4, x);
        c5 = vfmaq_f32(y, c5, x);
        c6 = vfmaq_f32(y, c6, x);
        c7 = vfmaq_f32(y, c7, x);
        c8 = vfmaq_f32(y, c8, x);
        c9 = vfmaq_f32(y, c9, x);
        c10 = vfmaq_f32(y, c10, x);
        c11 = vfmaq_f32(y, c11, x);
        c12 = vfmaq_f32(y, c12, x);
        c13 = vfmaq_f32(y, c13, x);
        c14 = vfmaq_f32(y, c14, x);
        c15 = vfmaq_f32(y, c15, x);
        c16 = vfmaq_f32(y, c16, x);
        c17 = vfmaq_f32(y, c17, x);
        c18 = vfmaq_f32(y, c18, x);
        c19 = vfmaq_f32(y, c19, x);
        c20 = vfmaq_f32(y, c20, x);
        c21 = vfmaq_f32(y, c21, x);
        c22 = vfmaq_f32(y, c22, x);
        c23 = vfmaq_f32(y, c23, x);
        __asm__ volatile("" ::: "memory");
    }
    float32x4_t s = vaddq_f32(vaddq_f32(vaddq_f32(c0, c1), vaddq_f32(c2, c3)),
                      vaddq_f32(vaddq_f32(c4, c5), vaddq_f32(c6, c7)));
    s = vaddq_f32(s, vaddq_f32(vaddq_f32(c8, c9), vaddq_f32(c10, c11)));
    s = vaddq_f32(s, vaddq_f32(vaddq_f32(c12, c13), vaddq_f32(c14, c15)));
    s = vaddq_f32(s, vaddq_f32(vaddq_f32(c16, c17), vaddq_f32(c18, c19)));
    s = vaddq_f32(s, vaddq_f32(vaddq_f32(c20, c21), vaddq_f32(c22, c23)));
    lmc_peak_sink = vaddvq_f32(s);
    return (double)iters * 24.0 * 4.0 * 2.0;
}
