/* Winograd's plan state and its chunk kernels (winograd.c, the family;
 * winograd_chunk.h, the per-chunk work, compiled once per ISA). */
#ifndef LMC_ALGO_WINOGRAD_H
#define LMC_ALGO_WINOGRAD_H

#include "gemm/gemm.h"
#include "internal.h"

/* Runs tiles [t0, t0 + nt) of group g (the chunk's three steps) with the
 * worker's workspace slice. */
typedef void (*lmc_wino_chunk_fn)(const lmc_algo_plan *ap, const lmc_exec_args *a, char *slice,
                                  size_t g, size_t t0, size_t nt);

typedef struct {
    const lmc_gemm_ctx *g;
    int m, alpha;
    bool nhwc;
    size_t tiles_h, tiles_w; /* tiles per image */
    size_t tiles;            /* tiles of one group over the batch */
    size_t chunk;            /* T: tiles per chunk */
    size_t nchunks;          /* chunks per group */
    size_t workers;
    size_t mx_off, gemm_off; /* offsets inside a worker's slice */
    size_t slice;            /* bytes of one worker's slice */
    size_t xi_packed;        /* bytes of one packed U_xi */
    lmc_wino_chunk_fn run;   /* the chunk kernel of the plan's ISA */
} wino_plan;


void lmc_wino_chunk_scalar(const lmc_algo_plan *ap, const lmc_exec_args *a, char *slice, size_t g,
                           size_t t0, size_t nt);
void lmc_wino_chunk_avx2(const lmc_algo_plan *ap, const lmc_exec_args *a, char *slice, size_t g,
                         size_t t0, size_t nt);
void lmc_wino_chunk_avx512(const lmc_algo_plan *ap, const lmc_exec_args *a, char *slice, size_t g,
                           size_t t0, size_t nt);

#endif
