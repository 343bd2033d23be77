/* Direct convolution row kernels, AVX-512, the wide-channel tile: 64 output
 * channels (4 zmm) x 6 output columns = 24 accumulators + 4 weight vectors
 * + 1 broadcast = 29 of 32 zmm.  Per input channel 4 + 6 = 10 loads feed 24
 * FMAs (the 32 x 14 tile needs 16 for 28), and a 64-channel tile reads each input
 * pixel once for twice the output channels.  Its weakness is a weight
 * vector used only W_ob times: rows narrower than about 10 columns (blocks
 * of <= 4) stream the weights from L2 faster than it delivers, and there
 * direct.c picks the 32 x 14 tile instead.  Depthwise is not run with this
 * family.  Template: f32-direct-conv.h. */
#define DC_ISA avx512_64cx6w
#define DC_KERNELS lmc_direct_avx512_64cx6w
#define DC_NAME_STR "f32-direct-conv-64cx6w-avx512"
#define DC_NV 4
#define DC_WOB 6
#include "f32-direct-conv-avx512.h"
