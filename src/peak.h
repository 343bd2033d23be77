/* Internal: the FMA loops behind lmc_peak_gflops (cpu.c).  Each runs `iters`
 * iterations of independent FMA chains and returns the FLOPs it executed. */
#ifndef LMC_PEAK_H
#define LMC_PEAK_H

extern volatile float lmc_peak_sink;   /* keeps the results alive */
double lmc_peak_loop_avx512(long iters);
double lmc_peak_loop_avx2(long iters);
double lmc_peak_loop_neon(long iters);

#endif
