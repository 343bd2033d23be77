/* Direct convolution row kernels, AVX2 + FMA: register block of 16 output
 * channels (2 ymm) x 6 output columns = 12 accumulators + 2 weight vectors
 * + 1 broadcast = 15 of 16 ymm; E = 96 >= 8 lanes x 2 pipes x 5 cycles
 * (Haswell's latency, the largest of the AVX2 machines).  Template:
 * f32-direct-conv.h. */
#include <immintrin.h>

#define DC_ISA avx2
#define DC_KERNELS lmc_direct_avx2
#define DC_NAME_STR "f32-direct-conv-16cx6w-avx2"
#define DC_VW 8
#define DC_NV 2
#define DC_WOB 6
#define DC_VEC __m256
#define DC_ZERO() _mm256_setzero_ps()
#define DC_LOAD(p) _mm256_loadu_ps(p)
#define DC_STORE(p, v) _mm256_storeu_ps((p), (v))
#define DC_BCAST(p) _mm256_broadcast_ss(p)
#define DC_FMA(a, b, c) _mm256_fmadd_ps((a), (b), (c))
#define DC_MAX0(v) _mm256_max_ps((v), _mm256_setzero_ps())
#include "f32-direct-conv.h"
