/* Threading: OpenMP when the build has it, one thread otherwise. */
#include "internal.h"

#ifdef _OPENMP
#include <omp.h>
#endif

int lmc_default_threads(void)
{
#ifdef _OPENMP
    int t = omp_get_max_threads();
    return t < 1 ? 1 : t > 1024 ? 1024 : t;
#else
    return 1;
#endif
}

static void warm_noop(void *ctx, long begin, long end)
{
    (void)ctx;
    (void)begin;
    (void)end;
}

void lmc_warm_threads(int threads)
{
    /* libgomp allocates when it first starts a team of a given size, and
     * execute must not allocate: run the plan's team once here, through the
     * same entry point execute uses (an empty "#pragma omp parallel" would
     * not do: GCC deletes empty regions).  tests/test_memory counts
     * allocations from the first execute of every plan. */
    lmc_parallel_for(threads, threads, warm_noop, NULL);
}

void lmc_parallel_for(long n, int threads, lmc_range_fn fn, void *ctx)
{
    if (n <= 0) return;
#ifdef _OPENMP
    /* Always the plan's full team (threads with an empty range return at
     * once): a smaller team would be a new one, allocated. */
    if (threads > 1 && n > 1) {
#pragma omp parallel num_threads(threads)
        {
            const long t = omp_get_thread_num(), nt = omp_get_num_threads();
            const long begin = n * t / nt, end = n * (t + 1) / nt;
            if (begin < end) fn(ctx, begin, end);
        }
        return;
    }
#endif
    fn(ctx, 0, n);
}
