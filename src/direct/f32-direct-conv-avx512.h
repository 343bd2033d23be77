/* The AVX-512 vector operations of the direct-convolution template
 * (f32-direct-conv.h), shared by every AVX-512 tile file: a tile file sets
 * DC_ISA, DC_KERNELS, DC_NAME_STR, DC_NV and DC_WOB, then includes this. */
#include <immintrin.h>

#define DC_VW 16
#define DC_VEC __m512
#define DC_ZERO() _mm512_setzero_ps()
#define DC_LOAD(p) _mm512_loadu_ps(p)
#define DC_STORE(p, v) _mm512_storeu_ps((p), (v))
#define DC_BCAST(p) _mm512_set1_ps(*(p))
#define DC_FMA(a, b, c) _mm512_fmadd_ps((a), (b), (c))
#define DC_MAX0(v) _mm512_max_ps((v), _mm512_setzero_ps())
#include "f32-direct-conv.h"
