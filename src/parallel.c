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

void lmc_warm_threads(int threads)
{
#ifdef _OPENMP
    /* The runtime allocates its team on a first parallel region of a given
     * size; do that at plan time so that execute never allocates. */
    if (threads > 1) {
#pragma omp parallel num_threads(threads)
        {
            (void)0;
        }
    }
#else
    (void)threads;
#endif
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
