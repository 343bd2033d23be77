/* Direct convolution row kernels, AVX-512: register block of 32 output
 * channels (2 zmm) x 12 output columns = 24 accumulators + 2 weight vectors
 * + 1 broadcast = 27 of 32 zmm.
 * E = 384 independent outputs >= 16 lanes x 2 FMA pipes x 4 cycles (Zen 5),
 * the paper's condition (1); <= 32 x 16, condition (2).  direct.c uses it
 * for rows too narrow for the 64 x 6 tile (each weight vector then serves
 * up to 12 columns), for output channel counts that 64-channel tiles would
 * pad, and for depthwise (32 channels x 12 columns).  Template:
 * f32-direct-conv.h. */
#define DC_ISA avx512_32cx12w
#define DC_KERNELS lmc_direct_avx512_32cx12w
#define DC_NAME_STR "f32-direct-conv-32cx12w-avx512"
#define DC_NV 2
#define DC_WOB 12
#include "f32-direct-conv-avx512.h"
