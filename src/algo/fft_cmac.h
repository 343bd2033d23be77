/* fft's products on split complex planes, compiled once per
 * ISA (fft-cmac-avx512.c, fft-cmac-avx2.c, and the portable one in fft.c)
 * so that the compiler vectorises the one loop that dominates fft at the
 * widest vectors the plan's ISA has. */
#ifndef LMC_FFT_CMAC_H
#define LMC_FFT_CMAC_H
#include <stddef.h>

/* One tile and output channel: z = sum over c < cg of x[c] * w[c], where
 * x[c] and w[c] are spectra of `spec` floats (real plane, then imaginary
 * plane, `plane` floats each, a multiple of 16 with zeros past the bins).
 * 16 bins at a time in registers across the whole sum over c, so z is
 * written once and each x and w value loaded once. */
typedef void (*lmc_fft_cmac_fn)(float *restrict z, const float *restrict x, const float *restrict w, size_t cg,
                                size_t spec, size_t plane);

#define LMC_FFT_CMAC_DEFINE(name)                                                                       \
    void name(float *restrict z, const float *restrict x, const float *restrict w, size_t cg, size_t spec, \
              size_t plane)                                                                              \
    {                                                                                                    \
        for (size_t b0 = 0; b0 < plane; b0 += 16) {                                                      \
            float ar[16] = {0}, ai[16] = {0};                                                            \
            for (size_t c = 0; c < cg; c++) {                                                            \
                const float *xr = x + c * spec + b0, *xi = xr + plane;                                   \
                const float *wr = w + c * spec + b0, *wi = wr + plane;                                   \
                for (int j = 0; j < 16; j++) {                                                           \
                    ar[j] += xr[j] * wr[j] - xi[j] * wi[j];                                              \
                    ai[j] += xr[j] * wi[j] + xi[j] * wr[j];                                              \
                }                                                                                        \
            }                                                                                            \
            for (int j = 0; j < 16; j++) {                                                               \
                z[b0 + (size_t)j] = ar[j];                                                               \
                z[plane + b0 + (size_t)j] = ai[j];                                                       \
            }                                                                                            \
        }                                                                                                \
    }

void lmc_fft_cmac_scalar(float *restrict z, const float *restrict x, const float *restrict w, size_t cg, size_t spec,
                         size_t plane);
void lmc_fft_cmac_avx2(float *restrict z, const float *restrict x, const float *restrict w, size_t cg, size_t spec,
                       size_t plane);
void lmc_fft_cmac_avx512(float *restrict z, const float *restrict x, const float *restrict w, size_t cg, size_t spec,
                         size_t plane);

#endif
