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
    /* a named array per row, the j loop innermost over all rows: GCC then
     * keeps the rows in vector registers (a 2-D acc[][] it kept in memory,
     * a store of every row per k step: 1024^3 at 5.1 GFLOP/s, now 8.5 on
     * x86's SSE2, lmconv-bench gemm --isa scalar) */
    float c0[16] = {0};
    float c1[16] = {0};
    float c2[16] = {0};
    float c3[16] = {0};
    for (size_t p = 0; p < kc; p++) {
        const float a0 = a[0 * rsa], a1 = a[1 * rsa], a2 = a[2 * rsa], a3 = a[3 * rsa];
        for (int j = 0; j < 16; j++) {
            const float bj = b[j];
            c0[j] += a0 * bj;
            c1[j] += a1 * bj;
            c2[j] += a2 * bj;
            c3[j] += a3 * bj;
        }
        a += csa;
        b += rsb;
    }
    float *const acc[4] = {c0, c1, c2, c3};
    for (int i = 0; i < 4; i++) {
        float *ci = c + i * ldc;
        if (beta == 0.0f) {
            for (int j = 0; j < 16; j++) ci[j] = alpha * acc[i][j];
        } else {
            for (int j = 0; j < 16; j++) ci[j] = alpha * acc[i][j] + beta * ci[j];
        }
    }
}
