/* lmconv-bench bandwidth: this machine's sustainable memory bandwidth, the
 * figure that bounds the memory-bound layers (1x1, depthwise, the lowering
 * passes of im2col and MEC).  A STREAM-like triad a[i] = b[i] + s * c[i]
 * over three double arrays far larger than the last-level cache, at 1 and
 * N threads (OpenMP, static schedule, first-touch initialisation by the
 * same threads).  Bytes counted as STREAM does: 3 * 8 per element (the
 * write-allocate read of a is not counted).  One warm-up pass, then `reps`
 * timed passes; prints the median and the best pass and the spread.
 *
 *   lmconv-bench bandwidth [--mib N] [--reps N] [--threads N[,N...]] [--csv]
 *
 * CSV columns: kernel,threads,array_mib,gbs_median,gbs_best,gbs_worst,reps */
#include "bench_bandwidth.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench_util.h"
#include "cpu.h"

#ifdef _OPENMP
#include <omp.h>
#endif

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static void triad(double *restrict a, const double *restrict b, const double *restrict c, size_t n, double s,
                  int threads)
{
#ifdef _OPENMP
#pragma omp parallel for schedule(static) num_threads(threads)
#endif
    for (size_t i = 0; i < n; i++) a[i] = b[i] + s * c[i];
}

static void init(double *a, double *b, double *c, size_t n, int threads)
{
#ifdef _OPENMP
#pragma omp parallel for schedule(static) num_threads(threads)
#endif
    for (size_t i = 0; i < n; i++) {
        a[i] = 0.0;
        b[i] = 1.0;
        c[i] = 2.0;
    }
}

int lmc_bench_bandwidth_main(int argc, char **argv)
{
    size_t mib = 256;       /* per array; 3 arrays */
    int reps = 10, csv = 0, threads[8], nthreads = 0;
    for (int i = 1; i < argc; i++) {
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(argv[i], "--csv")) {
            csv = 1;
        } else if (v && !strcmp(argv[i], "--mib")) {
            mib = (size_t)atol(v);
            i++;
        } else if (v && !strcmp(argv[i], "--reps")) {
            reps = atoi(v);
            i++;
        } else if (v && !strcmp(argv[i], "--threads")) {
            nthreads = 0;
            for (char *s = argv[++i]; *s && nthreads < 8;) {
                char *end;
                long t = strtol(s, &end, 10);
                if (end == s || t < 1 || t > 1024) return fprintf(stderr, "bad --threads\n"), 2;
                threads[nthreads++] = (int)t;
                s = *end == ',' ? end + 1 : end;
            }
        } else {
            fprintf(stderr, "usage: lmconv-bench bandwidth [--mib N] [--reps N] [--threads N[,N...]] [--csv]\n");
            return 2;
        }
    }
    if (mib < 1 || reps < 1) return fprintf(stderr, "bad --mib or --reps\n"), 2;
    if (!nthreads) {
        threads[nthreads++] = 1;
        if (lmc_default_threads() > 1) threads[nthreads++] = lmc_default_threads();
    }
    const size_t n = mib * 1048576 / sizeof(double);
    double *a = lmc_bench_alloc(n * sizeof(double)), *b = lmc_bench_alloc(n * sizeof(double)),
           *c = lmc_bench_alloc(n * sizeof(double));
    double *t = malloc((size_t)reps * sizeof(double));
    if (!a || !b || !c || !t) {
        fprintf(stderr, "lmconv-bench bandwidth: out of memory (3 x %zu MiB)\n", mib);
        return 1;
    }
    if (csv) printf("kernel,threads,array_mib,gbs_median,gbs_best,gbs_worst,reps\n");
    else printf("STREAM-like triad a = b + s*c, 3 arrays of %zu MiB (doubles), 24 bytes per element\n", mib);
    for (int k = 0; k < nthreads; k++) {
        init(a, b, c, n, threads[k]);
        triad(a, b, c, n, 3.0, threads[k]); /* warm-up */
        for (int r = 0; r < reps; r++) {
            double t0 = lmc_now();
            triad(a, b, c, n, 3.0, threads[k]);
            t[r] = lmc_now() - t0;
        }
        qsort(t, (size_t)reps, sizeof(double), cmp_double);
        const double bytes = 3.0 * sizeof(double) * (double)n;
        const double med = reps % 2 ? t[reps / 2] : 0.5 * (t[reps / 2 - 1] + t[reps / 2]);
        if (csv)
            printf("triad,%d,%zu,%.2f,%.2f,%.2f,%d\n", threads[k], mib, bytes / med * 1e-9, bytes / t[0] * 1e-9,
                   bytes / t[reps - 1] * 1e-9, reps);
        else
            printf("triad bandwidth, %d thread%s: %.1f GB/s median of %d (best %.1f, worst %.1f)\n", threads[k],
                   threads[k] > 1 ? "s" : "", bytes / med * 1e-9, reps, bytes / t[0] * 1e-9,
                   bytes / t[reps - 1] * 1e-9);
        fflush(stdout);
    }
    free(a);
    free(b);
    free(c);
    free(t);
    return 0;
}
