/* lmconv-bench: this machine's measured fp32 FMA peak, the denominator of
 * every pct_peak figure. */
#ifndef LMC_BENCH_PEAK_H
#define LMC_BENCH_PEAK_H

/* GFLOP/s of the best ISA's FMA loop on `threads` threads (src/cpu.c,
 * lmc_peak_gflops); measured once per thread count and cached. */
double lmc_measure_peak_gflops(int threads);

#endif
