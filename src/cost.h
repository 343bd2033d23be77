/* AUTO's cost model, its constants in one place: an algorithm's time is
 * its arithmetic at a fraction of this machine's measured FMA peak plus
 * the bytes it moves outside the micro-kernels at a bandwidth.  These are
 * the defaults; `lmconv-bench tune` measures how far each family and
 * variant runs from them on this machine and records the factor as wisdom
 * (lmc_cost_estimate applies it). */
#ifndef LMC_COST_H
#define LMC_COST_H

#include "internal.h"

/* Fractions of the peak one thread reaches, per kind of inner loop. */
#define LMC_EFF_DIRECT 0.375     /* direct's register-blocked row kernels */
#define LMC_EFF_GEMM 0.225       /* a GEMM with its packing (im2col, MEC, kn2row, indirect) */
#define LMC_EFF_UKERNEL 0.245    /* the GEMM micro-kernel on pre-gathered panels (kn2row-aa) */
#define LMC_EFF_WINOGRAD 0.2    /* Winograd's alpha^2 GEMMs on chunks of tiles, transforms aside */
#define LMC_EFF_TRANSFORM 0.1   /* Winograd's 16-channel transforms: loads and stores around few FMAs */
#define LMC_EFF_NAIVE 0.004      /* the oracle's scalar loops */

/* Bytes per second of the copies around the arithmetic. */
#define LMC_BW_COPY 5e9          /* lowering, transposes, buffers written then read */
#define LMC_BW_GATHER 10e9       /* per-thread gathers into cache-resident panels */

/* Seconds for `flops` on `threads` threads at `efficiency` of the
 * measured per-thread peak of the active ISA (measured once per process,
 * a few milliseconds). */
double lmc_cost_compute(double flops, int threads, double efficiency);

/* Seconds to move `bytes` at `bandwidth` bytes per second. */
static inline double lmc_cost_bytes(double bytes, double bandwidth) { return bytes / bandwidth; }

/* AUTO's estimate of ap in seconds: the family's model divided by the
 * efficiency factor recorded in the wisdom for its family, variant, layout
 * and thread count on this CPU (none: the model as it is). */
double lmc_cost_estimate(const lmc_algo_plan *ap);

#endif
