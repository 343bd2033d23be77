/* f32 GEMM micro-kernel, 4 x 16, portable C (the compiler may vectorise the
 * j loops with the baseline ISA). */
#include "gemm/ukernel.h"

#define MR 4
#define NR 16

void lmc_f32_gemm_ukernel_4x16__scalar(size_t kc, const float *a, ptrdiff_t rsa, ptrdiff_t csa,
                                       const float *b, ptrdiff_t rsb, float *c, ptrdiff_t ldc,
                                       float alpha, float beta)
{
    float acc[MR][NR] = {{0}};
    for (size_t p = 0; p < kc; p++) {
        for (int i = 0; i < MR; i++) {
            const float ai = a[i * rsa];
            for (int j = 0; j < NR; j++) acc[i][j] += ai * b[j];
        }
        a += csa;
        b += rsb;
    }
    for (int i = 0; i < MR; i++) {
        float *ci = c + i * ldc;
        if (beta == 0.0f) {
            for (int j = 0; j < NR; j++) ci[j] = alpha * acc[i][j];
        } else {
            for (int j = 0; j < NR; j++) ci[j] = alpha * acc[i][j] + beta * ci[j];
        }
    }
}
