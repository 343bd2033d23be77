/* Generated from src/gemm/f32-gemm.c.in (ISA=neon, MR=8, NR=12) by
 *   python3 tools/generate-kernels.py
 * Do not edit: change the template or the parameters in
 * tools/generate-kernels.py, then run that command. */
/* f32 GEMM micro-kernel, 8 x 12, NEON: 24 accumulators (8 rows x 3
 * 4-float vectors), 3 B vectors and 2 A vectors whose lanes the FMAs take by
 * element (fmla v.4s, v.s[i]: no broadcasts): 29 of the 32 vector
 * registers.  Per k step 5 loads feed 24 FMAs; 24 independent
 * accumulators cover 4 FMA pipes x 4 cycles (Neoverse V1/V2, Apple M) and
 * twice what Cortex-A7x's 2 pipes need. */
#include <arm_neon.h>

#include "gemm/ukernel.h"

void lmc_f32_gemm_ukernel_8x12__neon(size_t kc, const float *a, ptrdiff_t rsa, ptrdiff_t csa,
                                     const float *b, ptrdiff_t rsb, float *c, ptrdiff_t ldc,
                                     float alpha, float beta)
{
    float32x4_t c0_0 = vdupq_n_f32(0.0f), c0_1 = vdupq_n_f32(0.0f), c0_2 = vdupq_n_f32(0.0f);
    float32x4_t c1_0 = vdupq_n_f32(0.0f), c1_1 = vdupq_n_f32(0.0f), c1_2 = vdupq_n_f32(0.0f);
    float32x4_t c2_0 = vdupq_n_f32(0.0f), c2_1 = vdupq_n_f32(0.0f), c2_2 = vdupq_n_f32(0.0f);
    float32x4_t c3_0 = vdupq_n_f32(0.0f), c3_1 = vdupq_n_f32(0.0f), c3_2 = vdupq_n_f32(0.0f);
    float32x4_t c4_0 = vdupq_n_f32(0.0f), c4_1 = vdupq_n_f32(0.0f), c4_2 = vdupq_n_f32(0.0f);
    float32x4_t c5_0 = vdupq_n_f32(0.0f), c5_1 = vdupq_n_f32(0.0f), c5_2 = vdupq_n_f32(0.0f);
    float32x4_t c6_0 = vdupq_n_f32(0.0f), c6_1 = vdupq_n_f32(0.0f), c6_2 = vdupq_n_f32(0.0f);
    float32x4_t c7_0 = vdupq_n_f32(0.0f), c7_1 = vdupq_n_f32(0.0f), c7_2 = vdupq_n_f32(0.0f);
    if (rsa == 1) {
        /* Packed A: the 8 values of step p are contiguous, 2 vector loads. */
        for (size_t p = 0; p < kc; p++) {
            const float32x4_t a0 = vld1q_f32(a);
            const float32x4_t a1 = vld1q_f32(a + 4);
            const float32x4_t b0 = vld1q_f32(b);
            const float32x4_t b1 = vld1q_f32(b + 4);
            const float32x4_t b2 = vld1q_f32(b + 8);
            c0_0 = vfmaq_laneq_f32(c0_0, b0, a0, 0);
            c0_1 = vfmaq_laneq_f32(c0_1, b1, a0, 0);
            c0_2 = vfmaq_laneq_f32(c0_2, b2, a0, 0);
            c1_0 = vfmaq_laneq_f32(c1_0, b0, a0, 1);
            c1_1 = vfmaq_laneq_f32(c1_1, b1, a0, 1);
            c1_2 = vfmaq_laneq_f32(c1_2, b2, a0, 1);
            c2_0 = vfmaq_laneq_f32(c2_0, b0, a0, 2);
            c2_1 = vfmaq_laneq_f32(c2_1, b1, a0, 2);
            c2_2 = vfmaq_laneq_f32(c2_2, b2, a0, 2);
            c3_0 = vfmaq_laneq_f32(c3_0, b0, a0, 3);
            c3_1 = vfmaq_laneq_f32(c3_1, b1, a0, 3);
            c3_2 = vfmaq_laneq_f32(c3_2, b2, a0, 3);
            c4_0 = vfmaq_laneq_f32(c4_0, b0, a1, 0);
            c4_1 = vfmaq_laneq_f32(c4_1, b1, a1, 0);
            c4_2 = vfmaq_laneq_f32(c4_2, b2, a1, 0);
            c5_0 = vfmaq_laneq_f32(c5_0, b0, a1, 1);
            c5_1 = vfmaq_laneq_f32(c5_1, b1, a1, 1);
            c5_2 = vfmaq_laneq_f32(c5_2, b2, a1, 1);
            c6_0 = vfmaq_laneq_f32(c6_0, b0, a1, 2);
            c6_1 = vfmaq_laneq_f32(c6_1, b1, a1, 2);
            c6_2 = vfmaq_laneq_f32(c6_2, b2, a1, 2);
            c7_0 = vfmaq_laneq_f32(c7_0, b0, a1, 3);
            c7_1 = vfmaq_laneq_f32(c7_1, b1, a1, 3);
            c7_2 = vfmaq_laneq_f32(c7_2, b2, a1, 3);
            a += csa;
            b += rsb;
        }
    } else {
        /* General strides: 8 scalar A values. */
        for (size_t p = 0; p < kc; p++) {
            const float32x4_t b0 = vld1q_f32(b);
            const float32x4_t b1 = vld1q_f32(b + 4);
            const float32x4_t b2 = vld1q_f32(b + 8);
            c0_0 = vfmaq_n_f32(c0_0, b0, a[0 * rsa]);
            c0_1 = vfmaq_n_f32(c0_1, b1, a[0 * rsa]);
            c0_2 = vfmaq_n_f32(c0_2, b2, a[0 * rsa]);
            c1_0 = vfmaq_n_f32(c1_0, b0, a[1 * rsa]);
            c1_1 = vfmaq_n_f32(c1_1, b1, a[1 * rsa]);
            c1_2 = vfmaq_n_f32(c1_2, b2, a[1 * rsa]);
            c2_0 = vfmaq_n_f32(c2_0, b0, a[2 * rsa]);
            c2_1 = vfmaq_n_f32(c2_1, b1, a[2 * rsa]);
            c2_2 = vfmaq_n_f32(c2_2, b2, a[2 * rsa]);
            c3_0 = vfmaq_n_f32(c3_0, b0, a[3 * rsa]);
            c3_1 = vfmaq_n_f32(c3_1, b1, a[3 * rsa]);
            c3_2 = vfmaq_n_f32(c3_2, b2, a[3 * rsa]);
            c4_0 = vfmaq_n_f32(c4_0, b0, a[4 * rsa]);
            c4_1 = vfmaq_n_f32(c4_1, b1, a[4 * rsa]);
            c4_2 = vfmaq_n_f32(c4_2, b2, a[4 * rsa]);
            c5_0 = vfmaq_n_f32(c5_0, b0, a[5 * rsa]);
            c5_1 = vfmaq_n_f32(c5_1, b1, a[5 * rsa]);
            c5_2 = vfmaq_n_f32(c5_2, b2, a[5 * rsa]);
            c6_0 = vfmaq_n_f32(c6_0, b0, a[6 * rsa]);
            c6_1 = vfmaq_n_f32(c6_1, b1, a[6 * rsa]);
            c6_2 = vfmaq_n_f32(c6_2, b2, a[6 * rsa]);
            c7_0 = vfmaq_n_f32(c7_0, b0, a[7 * rsa]);
            c7_1 = vfmaq_n_f32(c7_1, b1, a[7 * rsa]);
            c7_2 = vfmaq_n_f32(c7_2, b2, a[7 * rsa]);
            a += csa;
            b += rsb;
        }
    }
    const float32x4_t valpha = vdupq_n_f32(alpha);
    if (beta == 0.0f) {
        vst1q_f32(c, vmulq_f32(valpha, c0_0));
        vst1q_f32(c + 4, vmulq_f32(valpha, c0_1));
        vst1q_f32(c + 8, vmulq_f32(valpha, c0_2));
        vst1q_f32(c + 1 * ldc, vmulq_f32(valpha, c1_0));
        vst1q_f32(c + 1 * ldc + 4, vmulq_f32(valpha, c1_1));
        vst1q_f32(c + 1 * ldc + 8, vmulq_f32(valpha, c1_2));
        vst1q_f32(c + 2 * ldc, vmulq_f32(valpha, c2_0));
        vst1q_f32(c + 2 * ldc + 4, vmulq_f32(valpha, c2_1));
        vst1q_f32(c + 2 * ldc + 8, vmulq_f32(valpha, c2_2));
        vst1q_f32(c + 3 * ldc, vmulq_f32(valpha, c3_0));
        vst1q_f32(c + 3 * ldc + 4, vmulq_f32(valpha, c3_1));
        vst1q_f32(c + 3 * ldc + 8, vmulq_f32(valpha, c3_2));
        vst1q_f32(c + 4 * ldc, vmulq_f32(valpha, c4_0));
        vst1q_f32(c + 4 * ldc + 4, vmulq_f32(valpha, c4_1));
        vst1q_f32(c + 4 * ldc + 8, vmulq_f32(valpha, c4_2));
        vst1q_f32(c + 5 * ldc, vmulq_f32(valpha, c5_0));
        vst1q_f32(c + 5 * ldc + 4, vmulq_f32(valpha, c5_1));
        vst1q_f32(c + 5 * ldc + 8, vmulq_f32(valpha, c5_2));
        vst1q_f32(c + 6 * ldc, vmulq_f32(valpha, c6_0));
        vst1q_f32(c + 6 * ldc + 4, vmulq_f32(valpha, c6_1));
        vst1q_f32(c + 6 * ldc + 8, vmulq_f32(valpha, c6_2));
        vst1q_f32(c + 7 * ldc, vmulq_f32(valpha, c7_0));
        vst1q_f32(c + 7 * ldc + 4, vmulq_f32(valpha, c7_1));
        vst1q_f32(c + 7 * ldc + 8, vmulq_f32(valpha, c7_2));
    } else {
        const float32x4_t vbeta = vdupq_n_f32(beta);
        vst1q_f32(c, vfmaq_f32(vmulq_f32(vbeta, vld1q_f32(c)), valpha, c0_0));
        vst1q_f32(c + 4, vfmaq_f32(vmulq_f32(vbeta, vld1q_f32(c + 4)), valpha, c0_1));
        vst1q_f32(c + 8, vfmaq_f32(vmulq_f32(vbeta, vld1q_f32(c + 8)), valpha, c0_2));
        vst1q_f32(c + 1 * ldc, vfmaq_f32(vmulq_f32(vbeta, vld1q_f32(c + 1 * ldc)), valpha, c1_0));
        vst1q_f32(c + 1 * ldc + 4, vfmaq_f32(vmulq_f32(vbeta, vld1q_f32(c + 1 * ldc + 4)), valpha, c1_1));
        vst1q_f32(c + 1 * ldc + 8, vfmaq_f32(vmulq_f32(vbeta, vld1q_f32(c + 1 * ldc + 8)), valpha, c1_2));
        vst1q_f32(c + 2 * ldc, vfmaq_f32(vmulq_f32(vbeta, vld1q_f32(c + 2 * ldc)), valpha, c2_0));
        vst1q_f32(c + 2 * ldc + 4, vfmaq_f32(vmulq_f32(vbeta, vld1q_f32(c + 2 * ldc + 4)), valpha, c2_1));
        vst1q_f32(c + 2 * ldc + 8, vfmaq_f32(vmulq_f32(vbeta, vld1q_f32(c + 2 * ldc + 8)), valpha, c2_2));
        vst1q_f32(c + 3 * ldc, vfmaq_f32(vmulq_f32(vbeta, vld1q_f32(c + 3 * ldc)), valpha, c3_0));
        vst1q_f32(c + 3 * ldc + 4, vfmaq_f32(vmulq_f32(vbeta, vld1q_f32(c + 3 * ldc + 4)), valpha, c3_1));
        vst1q_f32(c + 3 * ldc + 8, vfmaq_f32(vmulq_f32(vbeta, vld1q_f32(c + 3 * ldc + 8)), valpha, c3_2));
        vst1q_f32(c + 4 * ldc, vfmaq_f32(vmulq_f32(vbeta, vld1q_f32(c + 4 * ldc)), valpha, c4_0));
        vst1q_f32(c + 4 * ldc + 4, vfmaq_f32(vmulq_f32(vbeta, vld1q_f32(c + 4 * ldc + 4)), valpha, c4_1));
        vst1q_f32(c + 4 * ldc + 8, vfmaq_f32(vmulq_f32(vbeta, vld1q_f32(c + 4 * ldc + 8)), valpha, c4_2));
        vst1q_f32(c + 5 * ldc, vfmaq_f32(vmulq_f32(vbeta, vld1q_f32(c + 5 * ldc)), valpha, c5_0));
        vst1q_f32(c + 5 * ldc + 4, vfmaq_f32(vmulq_f32(vbeta, vld1q_f32(c + 5 * ldc + 4)), valpha, c5_1));
        vst1q_f32(c + 5 * ldc + 8, vfmaq_f32(vmulq_f32(vbeta, vld1q_f32(c + 5 * ldc + 8)), valpha, c5_2));
        vst1q_f32(c + 6 * ldc, vfmaq_f32(vmulq_f32(vbeta, vld1q_f32(c + 6 * ldc)), valpha, c6_0));
        vst1q_f32(c + 6 * ldc + 4, vfmaq_f32(vmulq_f32(vbeta, vld1q_f32(c + 6 * ldc + 4)), valpha, c6_1));
        vst1q_f32(c + 6 * ldc + 8, vfmaq_f32(vmulq_f32(vbeta, vld1q_f32(c + 6 * ldc + 8)), valpha, c6_2));
        vst1q_f32(c + 7 * ldc, vfmaq_f32(vmulq_f32(vbeta, vld1q_f32(c + 7 * ldc)), valpha, c7_0));
        vst1q_f32(c + 7 * ldc + 4, vfmaq_f32(vmulq_f32(vbeta, vld1q_f32(c + 7 * ldc + 4)), valpha, c7_1));
        vst1q_f32(c + 7 * ldc + 8, vfmaq_f32(vmulq_f32(vbeta, vld1q_f32(c + 7 * ldc + 8)), valpha, c7_2));
    }
}
