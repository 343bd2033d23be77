/* Generated from src/gemm/f32-gemm.c.in (ISA=scalar, MR=4, NR=16) by
 *   python3 tools/generate-kernels.py
 * Do not edit: change the template or the parameters in
 * tools/generate-kernels.py, then run that command. */
/* f32 GEMM micro-kernel, 4 x 16, portable C (the compiler may vectorise the
 * j loops with the baseline ISA). */

#include "gemm/ukernel.h"

void lmc_f32_gemm_ukernel_4x16__scalar(size_t kc, const float *a, ptrdiff_t rsa, ptrdiff_t csa,
                                       const float *b, ptrdiff_t rsb, float *c, ptrdiff_t ldc,
                                       float alpha, float beta)
{
    float acc[4][16] = {{0}};
    for (size_t p = 0; p < kc; p++) {
        for (int i = 0; i < 4; i++) {
            const float ai = a[i * rsa];
            for (int j = 0; j < 16; j++) acc[i][j] += ai * b[j];
        }
        a += csa;
        b += rsb;
    }
    for (int i = 0; i < 4; i++) {
        float *ci = c + i * ldc;
        if (beta == 0.0f) {
            for (int j = 0; j < 16; j++) ci[j] = alpha * acc[i][j];
        } else {
            for (int j = 0; j < 16; j++) ci[j] = alpha * acc[i][j] + beta * ci[j];
        }
    }
}
