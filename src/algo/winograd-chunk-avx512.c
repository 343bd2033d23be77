/* Winograd's chunk kernel compiled for AVX512 (winograd_chunk.h). */
#include "algo/winograd_chunk.h"

LMC_WINO_DEFINE_CHUNK(avx512)
