/* Bias and ReLU applied after a GEMM that has no fused epilogue. */
#include "internal.h"

void lmc_epilogue(const lmc_problem *p, float *y, size_t rows, size_t cols, size_t ld,
                  const float *bias, size_t bias_base, bool per_row)
{
    const bool relu = p->d.relu != 0;
    if (!bias && !relu) return;
    for (size_t r = 0; r < rows; r++) {
        float *yr = y + r * ld;
        if (bias) {
            if (per_row) {
                const float b = bias[bias_base + r];
                for (size_t j = 0; j < cols; j++) yr[j] += b;
            } else {
                const float *b = bias + bias_base;
                for (size_t j = 0; j < cols; j++) yr[j] += b[j];
            }
        }
        if (relu)
            for (size_t j = 0; j < cols; j++) yr[j] = yr[j] > 0.0f ? yr[j] : 0.0f;
    }
}
