/* The measured peak behind lmc_cost_compute, and the calibrated estimate
 * AUTO ranks by. */
#include "cost.h"

#include <pthread.h>

#include "cpu.h"
#include "wisdom.h"

static double g_peak;    /* FLOP/s of one thread */
static pthread_once_t g_peak_once = PTHREAD_ONCE_INIT;

static void measure_peak(void)
{
    /* Best of four samples of about a millisecond (an iteration is 128 to
     * 768 FLOP): enough to rank candidates. */
    const lmc_isa isa = lmc_isa_active();
    const long iters = isa == LMC_ISA_SCALAR ? 20000 : 200000;
    double best = 0;
    for (int r = 0; r < 4; r++) {
        const double g = lmc_peak_sample_gflops(isa, 1, iters);
        if (g > best) best = g;
    }
    g_peak = best > 0 ? best * 1e9 : 1e9;
}

double lmc_cost_compute(double flops, int threads, double efficiency)
{
    pthread_once(&g_peak_once, measure_peak);
    return flops / (efficiency * g_peak * (threads > 0 ? threads : 1));
}

double lmc_cost_estimate(const lmc_algo_plan *ap)
{
    const double f = lmc_wisdom_efficiency(ap);
    return ap->algo->cost(ap) / (f > 0 ? f : 1.0);
}
