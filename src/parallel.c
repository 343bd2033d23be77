/* Threading: OpenMP when the build has it, one thread otherwise. */
#include "internal.h"

#include <stdatomic.h>

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

void lmc_barrier(void)
{
#ifdef _OPENMP
#pragma omp barrier
#endif
}

/* lmc_parallel_units: one range per worker, each on its own cache line so
 * that taking units from one range does not slow the owner of the next.
 * At most UNIT_RANGES ranges live on the stack; with more workers, workers
 * share ranges (w % UNIT_RANGES) -- still dynamic, only coarser. */
#define UNIT_RANGES 16
typedef struct unit_range {
    _Atomic long next;
    long end;
    char pad[64 - 2 * sizeof(long)];
} unit_range;

typedef struct units_ctx {
    lmc_unit_fn fn;
    void *ctx;
    int nranges;
    unit_range r[UNIT_RANGES];
} units_ctx;

static void units_worker(void *ctx, long begin, long end)
{
    units_ctx *s = ctx;
    for (long w = begin; w < end; w++)
        for (int k = 0; k < s->nranges; k++) {
            unit_range *r = &s->r[(w + k) % s->nranges];
            for (long u; (u = atomic_fetch_add_explicit(&r->next, 1, memory_order_relaxed)) < r->end;)
                s->fn(s->ctx, (int)w, u);
        }
}

void lmc_parallel_units(long n, int threads, lmc_unit_fn fn, void *ctx)
{
    if (n <= 0) return;
    const long workers = n < threads ? n : threads;
    if (workers <= 1) {
        for (long u = 0; u < n; u++) fn(ctx, 0, u);
        return;
    }
    units_ctx s;
    s.fn = fn;
    s.ctx = ctx;
    s.nranges = workers < UNIT_RANGES ? (int)workers : UNIT_RANGES;
    for (int i = 0; i < s.nranges; i++) {
        atomic_init(&s.r[i].next, n * i / s.nranges);
        s.r[i].end = n * (i + 1) / s.nranges;
    }
    /* The plan's full team (see lmc_parallel_for); workers past n idle. */
    lmc_parallel_for(workers, threads, units_worker, &s);
}
