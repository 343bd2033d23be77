/* Direct convolution row kernels, AVX-512: register block of 32 output
 * channels (2 zmm) x 14 output columns = 28 accumulators + 2 weight vectors
 * + 1 broadcast = 31 of 32 zmm (the named-register blocks of the template
 * keep all of them in registers).
 * E = 448 independent outputs >= 16 lanes x 2 FMA pipes x 4 cycles (Zen 5),
 * the paper's condition (1); <= 32 x 16, condition (2).  direct.c uses it
 * for rows too narrow for the 64 x 6 tile (each weight vector then serves
 * up to 14 columns: a 14-column row is one block), for output channel
 * counts that 64-channel tiles would pad, and for depthwise.  Against the
 * former 32 x 12 tile (in-process alternation): ResNet-18 res4 (14 x 14)
 * +2-3 %, res4_3x3s2 +2-4 %, VGG conv5 +1-2 %, 7 x 7 layers level.
 * Depthwise keeps blocks of at most 12 columns: its accumulators stay in
 * the template's array, and at 14 columns MobileNet's dw7 (14 x 14) ran
 * 25 % slower.  Template: f32-direct-conv.h. */
#define DC_ISA avx512_32cx14w
#define DC_KERNELS lmc_direct_avx512_32cx14w
#define DC_NAME_STR "f32-direct-conv-32cx14w-avx512"
#define DC_NV 2
#define DC_WOB 14
#define DC_DW_WOB 12
#include "f32-direct-conv-avx512.h"
