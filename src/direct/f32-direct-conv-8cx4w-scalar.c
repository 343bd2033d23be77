/* Direct convolution row kernels, portable C: "vectors" of one float, a
 * register block of 8 output channels x 4 output columns (32 accumulators;
 * the compiler keeps what it can in registers and may vectorise the
 * channel loop).  Template: f32-direct-conv.h. */
#define DC_ISA scalar
#define DC_KERNELS lmc_direct_scalar
#define DC_NAME_STR "f32-direct-conv-8cx4w-scalar"
#define DC_VW 1
#define DC_NV 8
#define DC_WOB 4
#define DC_VEC float
#define DC_ZERO() 0.0f
#define DC_LOAD(p) (*(p))
#define DC_STORE(p, v) (*(p) = (v))
#define DC_BCAST(p) (*(p))
#define DC_FMA(a, b, c) ((a) * (b) + (c))
#define DC_MAX0(v) ((v) > 0.0f ? (v) : 0.0f)
#include "f32-direct-conv.h"
