/* lmconv-bench: cached FMA peak per thread count (see peak.h). */
#include "peak.h"

#include "cpu.h"

#define PEAK_MAX_THREADS 256

double lmc_measure_peak_gflops(int threads)
{
    static double cache[PEAK_MAX_THREADS + 1];
    if (threads < 1) threads = 1;
    if (threads > PEAK_MAX_THREADS) return lmc_peak_gflops(threads);
    if (cache[threads] == 0) cache[threads] = lmc_peak_gflops(threads);
    return cache[threads];
}
