/* lmconv-bench's shared pieces: result rows and their printing, the timer
 * (median of repetitions after a warm-up), buffers, data, the error figure.
 * The comparison backends (compare.h) use the same ones, so every row of
 * the CSV is measured and checked the same way. */
#ifndef LMC_BENCH_UTIL_H
#define LMC_BENCH_UTIL_H

#include <stddef.h>

#include "layers.h"
#include "lmconv.h"

typedef struct lmc_bench_row {
    char set[64], layer[96], algo[48];
    int threads;
    lmc_layout layout;
    double flops, peak_gflops;
    double ms, ms_min, ms_max;     /* median, spread */
    int reps;
    size_t workspace_bytes, packed_bytes;
    double max_rel_err;            /* NAN if not checked */
    char status[160];              /* "ok" or why not */
    char note[96];                 /* e.g. the implementation a library chose */
    char desc[200];
    double model_ms;               /* lmconv rows: the cost model's uncalibrated estimate, else NAN */
} lmc_bench_row;

void lmc_bench_row_init(lmc_bench_row *r, const lmc_layer *lay, const lmc_conv_desc *d,
                        const char *algo, int threads, double peak_gflops);
/* The CSV's leading columns are fixed (scripts and plots rely on them):
 * set,layer,algo,threads,ms,gflops,pct_peak,workspace_bytes,packed_weight_bytes,max_rel_err,status
 * followed by layout,ms_min,ms_max,reps,note,desc. */
void lmc_bench_print_header(int csv, const char *layers, const int *threads, const double *peak, int nthreads);
void lmc_bench_print_row(const lmc_bench_row *r, int csv);

/* Timer: one warm-up run, then `reps` timed runs (more, up to 1000, while
 * the total stays under 0.2 s, so tiny layers are not one-sample noise). */
typedef struct {
    double t0;
    double *samples;
    int n, reps, cap, warm;
    double total;
} lmc_bench_timer;
void lmc_bench_timer_init(lmc_bench_timer *t, int reps);
void lmc_bench_timer_start(lmc_bench_timer *t);
void lmc_bench_timer_stop(lmc_bench_timer *t);
int lmc_bench_timer_more(const lmc_bench_timer *t);
/* Stores median, min, max and the count in the row; frees the samples. */
void lmc_bench_timer_result(lmc_bench_timer *t, lmc_bench_row *r);

/* Which thread pool a run uses.  lmconv, Debian's oneDNN and OpenBLAS's
 * OpenMP build share libgomp's; OpenBLAS's pthreads build and XNNPACK
 * (pthreadpool) have their own.  A pool's threads that spin after a call
 * take a core from the next run of another pool on a 2-core machine:
 * XNNPACK's yield (compare_xnnpack.c), and lmc_bench_time_runs pauses after
 * OpenBLAS's pthreads build. */
typedef enum { LMC_POOL_GOMP, LMC_POOL_OPENBLAS, LMC_POOL_PTHREADPOOL } lmc_bench_pool;

/* OpenMP's thread count for the next parallel regions (nthreads-var): set
 * to `threads`, returning the one before for lmc_bench_omp_threads_restore.
 * oneDNN and OpenBLAS's OpenMP build size their teams by
 * omp_get_max_threads(), so their runs set it around every call; left set,
 * it would also become lmc_default_threads() for whatever runs next (the
 * reference the rows are checked against ran at the last OpenBLAS row's
 * count).  Without OpenMP: returns threads, restore does nothing. */
int lmc_bench_omp_threads_swap(int threads);
void lmc_bench_omp_threads_restore(int saved);

/* One implementation on one layer at one thread count, set up and ready
 * to be timed: step() is the timed part, finish() runs once afterwards
 * (leaves the output in the caller's layout in y, completes the row's
 * note, releases everything; step_status is 0 or the failing step's). */
typedef struct lmc_bench_run {
    void *state;
    int (*step)(void *state);                /* 0 = ok */
    void (*finish)(void *state, int step_status, lmc_bench_row *row);
    lmc_bench_pool pool;
    int threads;
} lmc_bench_run;

/* Times n prepared runs in rounds -- every run once per round, after one
 * warm-up round -- so that on a shared, noisy machine each sample of one
 * run was taken within moments of a sample of every other: the ratios
 * between rows are fair even when the machine's speed drifts.  At least
 * `reps` rounds, more (up to 1000) while the whole stays under 0.2 s per
 * run.  With interleave = 0, each run is timed on its own, one after the
 * other (the older protocol).  Stores each run's median/min/max/count in
 * rows[i] (status "ok", or why the step failed), then calls finish. */
void lmc_bench_time_runs(lmc_bench_run *runs, lmc_bench_row *const *rows, int n, int reps,
                         int interleave);

void *lmc_bench_alloc(size_t bytes);          /* 64-byte aligned, free() it */
void lmc_bench_fill(float *v, size_t n, unsigned seed);   /* uniform [-1, 1) */
/* max_i |y_i - ref_i| / max_i |ref_i| */
double lmc_bench_rel_err(const float *y, const float *ref, size_t n);
lmc_status lmc_bench_run_ref(const lmc_conv_desc *d, const float *x, const float *w, const float *b,
                             float *y, int threads);

/* Whether this program runs under emulation (qemu-user on another
 * architecture): /proc/cpuinfo then describes the host's CPU, not one of
 * the architecture the program was built for.  Timings there mean nothing;
 * lmconv-bench says so on stderr when this returns true. */
int lmc_bench_emulated(void);

#endif
