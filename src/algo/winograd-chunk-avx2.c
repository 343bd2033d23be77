/* Winograd's chunk kernel compiled for AVX2 (winograd_chunk.h). */
#include "algo/winograd_chunk.h"

LMC_WINO_DEFINE_CHUNK(avx2)
