/* fft's products compiled for AVX-512 (fft_cmac.h). */
#include "algo/fft_cmac.h"

LMC_FFT_CMAC_DEFINE(lmc_fft_cmac_avx512)
