#include "bench_util.h"

#include "cpu.h"

#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#ifdef _OPENMP
#include <omp.h>
#endif

void lmc_bench_row_init(lmc_bench_row *r, const lmc_layer *lay, const lmc_conv_desc *d,
                        const char *algo, int threads, double peak_gflops)
{
    memset(r, 0, sizeof *r);
    snprintf(r->set, sizeof r->set, "%s", lay->set);
    snprintf(r->layer, sizeof r->layer, "%s", lay->name);
    snprintf(r->algo, sizeof r->algo, "%s", algo);
    r->threads = threads;
    r->layout = d->layout;
    r->flops = lmc_desc_flops(d);
    r->peak_gflops = peak_gflops;
    r->ms = r->ms_min = r->ms_max = NAN;
    r->max_rel_err = NAN;
    r->model_ms = NAN;
    lmc_layer_str(d, r->desc, sizeof r->desc);
}

static const char *layout_name(lmc_layout l)
{
    switch (l) {
    case LMC_NHWC: return "nhwc";
    case LMC_NCHW16C: return "16c";
    case LMC_NCHW8C: return "8c";
    default: return "nchw";
    }
}

void lmc_bench_print_header(int csv, const char *layers, const int *threads, const double *peak, int nthreads)
{
    if (csv) {
        printf("set,layer,algo,threads,ms,gflops,pct_peak,workspace_bytes,packed_weight_bytes,"
               "max_rel_err,status,layout,ms_min,ms_max,reps,note,desc\n");
        return;
    }
    printf("lmconv-bench: %s\n", layers);
    for (int t = 0; t < nthreads; t++)
        printf("measured fp32 FMA peak at %d thread%s: %.1f GFLOP/s\n", threads[t], threads[t] > 1 ? "s" : "", peak[t]);
    printf("times are medians; ws = workspace, pk = packed weights; err = max|y-ref|/max|ref|\n\n");
    printf("%-16s %-16s %-4s %-3s %9s %8s %6s %10s %10s %8s  %s\n", "layer", "algo", "lay", "thr", "ms",
           "GFLOP/s", "%peak", "ws MiB", "pk MiB", "err", "status");
}

static void csv_field(const char *s)
{
    if (strpbrk(s, ",\"\n")) {
        putchar('"');
        for (; *s; s++) {
            if (*s == '"') putchar('"');
            putchar(*s);
        }
        putchar('"');
    } else {
        fputs(s, stdout);
    }
}

void lmc_bench_print_row(const lmc_bench_row *r, int csv)
{
    const bool ok = strcmp(r->status, "ok") == 0;
    const double gflops = ok ? r->flops / (r->ms * 1e6) : NAN;
    const double pct = ok ? 100.0 * gflops / r->peak_gflops : NAN;
    if (csv) {
        csv_field(r->set);
        putchar(',');
        csv_field(r->layer);
        printf(",%s,%d,", r->algo, r->threads);
        if (ok)
            printf("%.4f,%.2f,%.1f,%zu,%zu,", r->ms, gflops, pct, r->workspace_bytes, r->packed_bytes);
        else
            printf(",,,%zu,%zu,", r->workspace_bytes, r->packed_bytes);
        if (!isnan(r->max_rel_err)) printf("%.3g", r->max_rel_err);
        putchar(',');
        csv_field(r->status);
        printf(",%s,", layout_name(r->layout));
        if (ok) printf("%.4f,%.4f,%d", r->ms_min, r->ms_max, r->reps);
        else printf(",,");
        putchar(',');
        csv_field(r->note);
        putchar(',');
        csv_field(r->desc);
        putchar('\n');
    } else {
        char err[16] = "-";
        if (!isnan(r->max_rel_err)) snprintf(err, sizeof err, "%.1e", r->max_rel_err);
        if (ok)
            printf("%-16.16s %-16.16s %-4s %3d %9.3f %8.1f %6.1f %10.2f %10.2f %8s  ok%s%s\n", r->layer, r->algo,
                   layout_name(r->layout), r->threads, r->ms, gflops, pct, r->workspace_bytes / 1048576.0,
                   r->packed_bytes / 1048576.0, err, r->note[0] ? " " : "", r->note);
        else
            printf("%-16.16s %-16.16s %-4s %3d %9s %8s %6s %10s %10s %8s  %s\n", r->layer, r->algo,
                   layout_name(r->layout), r->threads, "-", "-", "-", "-", "-", "-", r->status);
    }
    fflush(stdout);
}

void lmc_bench_timer_init(lmc_bench_timer *t, int reps)
{
    memset(t, 0, sizeof *t);
    t->reps = reps;
    t->cap = reps > 1000 ? reps : 1000;
    t->samples = malloc((size_t)t->cap * sizeof(double));
    t->warm = 1;
}

void lmc_bench_timer_start(lmc_bench_timer *t) { t->t0 = lmc_now(); }

void lmc_bench_timer_stop(lmc_bench_timer *t)
{
    double dt = lmc_now() - t->t0;
    if (t->warm) {
        t->warm = 0;
        return;
    }
    if (t->samples && t->n < t->cap) t->samples[t->n++] = dt;
    t->total += dt;
}

int lmc_bench_timer_more(const lmc_bench_timer *t)
{
    if (t->warm || t->n < t->reps) return 1;
    return t->n < t->cap && t->total < 0.2;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

void lmc_bench_timer_result(lmc_bench_timer *t, lmc_bench_row *r)
{
    if (t->n > 0) {
        qsort(t->samples, (size_t)t->n, sizeof(double), cmp_double);
        double med = t->n % 2 ? t->samples[t->n / 2] : 0.5 * (t->samples[t->n / 2 - 1] + t->samples[t->n / 2]);
        r->ms = 1e3 * med;
        r->ms_min = 1e3 * t->samples[0];
        r->ms_max = 1e3 * t->samples[t->n - 1];
        r->reps = t->n;
    }
    free(t->samples);
    t->samples = NULL;
}

void *lmc_bench_alloc(size_t bytes)
{
    void *p = NULL;
    if (posix_memalign(&p, 64, bytes ? bytes : 64) != 0) return NULL;
    return p;
}

void lmc_bench_fill(float *v, size_t n, unsigned seed)
{
    uint64_t s = seed * 0x9E3779B97F4A7C15ull + 1;
    for (size_t i = 0; i < n; i++) {
        s = s * 6364136223846793005ull + 1442695040888963407ull;
        v[i] = (float)((double)(s >> 40) * 0x1p-23 - 1.0);
    }
}

double lmc_bench_rel_err(const float *y, const float *ref, size_t n)
{
    double maxd = 0, maxr = 0;
    for (size_t i = 0; i < n; i++) {
        double d = fabs((double)y[i] - (double)ref[i]);
        if (!(d <= maxd)) maxd = d; /* NaN propagates */
        if (fabs((double)ref[i]) > maxr) maxr = fabs((double)ref[i]);
    }
    return maxr > 0 ? maxd / maxr : maxd;
}

lmc_status lmc_bench_run_ref(const lmc_conv_desc *d, const float *x, const float *w, const float *b,
                             float *y, int threads)
{
    lmc_plan_opts o;
    lmc_plan_opts_init(&o);
    o.algo = LMC_ALGO_REF;
    o.threads = threads;
    lmc_plan *p;
    lmc_status s = lmc_plan_create(d, &o, w, d->has_bias ? b : NULL, &p);
    if (s != LMC_OK) return s;
    s = lmc_execute(p, x, y, NULL, 0);
    lmc_plan_destroy(p);
    return s;
}

int lmc_bench_omp_threads_swap(int threads)
{
#ifdef _OPENMP
    const int saved = omp_get_max_threads();
    omp_set_num_threads(threads);
    return saved;
#else
    return threads;
#endif
}

void lmc_bench_omp_threads_restore(int saved)
{
#ifdef _OPENMP
    omp_set_num_threads(saved);
#else
    (void)saved;
#endif
}

/* A pool's threads spin for a while after a call before they sleep, and on
 * a 2-core machine a spinning thread of another pool takes a core from the
 * next run.  Only OpenBLAS's pthreads build (the fallback; its OpenMP build
 * is on libgomp's pool) gets a pause after its runs: XNNPACK's operators
 * yield their workers (compare_xnnpack.c), and libgomp's spin (~ms) into an
 * XNNPACK run is the lesser harm -- a pause leaves the vCPUs idle, and on
 * this VM the 2-thread run after >= 10 ms idle stalled for milliseconds
 * (ResNet-18 at 2 threads beside XNNPACK, 10 ms pause: direct's medians
 * 0.64-6.3 ms against minima 0.03-0.47; no pause: medians 1-15 % above
 * the minima, 7 of 11 layers within 5 %). */
#define POOL_SWITCH_PAUSE_S 0.01

static void pause_for_pool(const lmc_bench_run *prev, const lmc_bench_run *next)
{
    if (!prev || prev->pool != LMC_POOL_OPENBLAS || next->pool == prev->pool ||
        (prev->threads <= 1 && next->threads <= 1))
        return;
    struct timespec ts = {0, (long)(POOL_SWITCH_PAUSE_S * 1e9)};
    nanosleep(&ts, NULL);
}

static void time_rounds(lmc_bench_run *runs, lmc_bench_row *const *rows, int n, int reps,
                        const lmc_bench_run **last)
{
    enum { CAP = 1000 };
    double **samples = calloc((size_t)n, sizeof *samples);
    int *status = calloc((size_t)n, sizeof *status);
    int live = 0, rounds = 0;
    double total = 0;
    for (int i = 0; i < n && samples && status; i++) {
        samples[i] = malloc(CAP * sizeof(double));
        if (!samples[i]) status[i] = -1;
    }
    /* Round 0 warms up (caches, page faults, thread pools) and is not kept.
     * Round r starts at candidate r mod n, so that each candidate follows
     * each other one equally often: a candidate finds the caches as its
     * predecessor left them (a 4.7 MB weight set evicted or not), and in a
     * fixed order the one after a cache-hungry candidate always paid for it
     * (ResNet-18 res5_3x3s2 at 2 threads: kn2row-aa 1.14x im2col's time
     * right after kn2row-as, 1.00x without it in the set; im2col, placed
     * there, lost in its turn). */
    for (int r = 0; samples && status; r++) {
        live = 0;
        for (int j = 0; j < n; j++) {
            const int i = (r + j) % n;
            if (status[i]) continue;
            pause_for_pool(*last, &runs[i]);
            double t0 = lmc_now();
            status[i] = runs[i].step(runs[i].state);
            double dt = lmc_now() - t0;
            *last = &runs[i];
            if (status[i]) continue;
            live++;
            if (r > 0) {
                samples[i][rounds] = dt;
                total += dt;
            }
        }
        if (r > 0) rounds++;
        if (!live || rounds >= CAP) break;
        if (r > 0 && rounds >= reps && total >= 0.2 * live) break;
    }
    for (int i = 0; i < n; i++) {
        lmc_bench_row *row = rows[i];
        if (!samples || !status || !samples[i]) {
            snprintf(row->status, sizeof row->status, "out of memory for the timer");
        } else if (status[i]) {
            /* The row's status says why when finish knows; this is the fallback. */
            snprintf(row->status, sizeof row->status, "failed while timing (status %d)", status[i]);
        } else {
            lmc_bench_timer t = {0};
            t.samples = samples[i];
            t.n = rounds;
            samples[i] = NULL;
            lmc_bench_timer_result(&t, row);
            snprintf(row->status, sizeof row->status, "ok");
        }
        runs[i].finish(runs[i].state, status ? status[i] : -1, row);
        if (samples) free(samples[i]);
    }
    free(samples);
    free(status);
}

void lmc_bench_time_runs(lmc_bench_run *runs, lmc_bench_row *const *rows, int n, int reps,
                         int interleave)
{
    const lmc_bench_run *last = NULL;
    if (interleave) {
        time_rounds(runs, rows, n, reps, &last);
        return;
    }
    for (int i = 0; i < n; i++) time_rounds(&runs[i], &rows[i], 1, reps, &last);
}

int lmc_bench_emulated(void)
{
    /* A line every Linux /proc/cpuinfo of the build's architecture has. */
#if defined(LMC_ARCH_X86)
    const char *own = "vendor_id";
#elif defined(LMC_ARCH_AARCH64)
    const char *own = "CPU implementer";
#else
    const char *own = NULL;
#endif
    FILE *f = own ? fopen("/proc/cpuinfo", "r") : NULL;
    if (!f) return 0;
    char line[256];
    int found = 0, lines = 0;
    while (!found && fgets(line, sizeof line, f)) {
        found = strncmp(line, own, strlen(own)) == 0;
        lines++;
    }
    fclose(f);
    return lines > 0 && !found;
}
