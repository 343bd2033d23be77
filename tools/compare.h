/* Other libraries run side by side with lmconv by lmconv-bench --compare.
 * Each backend is one file (tools/compare_<lib>.c) exporting an
 * lmc_backend and one line in the list of tools/compare.c.  A backend whose
 * library the build did not find still exists and says why it cannot run. */
#ifndef LMC_COMPARE_H
#define LMC_COMPARE_H

#include "bench_util.h"

typedef struct lmc_backend {
    const char *name;        /* row's algo column, e.g. "onednn-auto", "openblas-im2col" */
    const char *family;      /* what --compare names: "onednn", "openblas", "xnnpack" */
    lmc_layout layout;       /* activation layout it is run in */
    /* NULL when the library was found at build time, otherwise why not. */
    const char *(*unavailable)(void);
    /* Called only once unavailable() has returned NULL (lmconv-bench
     * skips a missing library with its reason); NULL in a build without it.
     * Sets d up (d->layout == layout, d->has_bias set) for `threads`
     * threads: weight reorders, primitive creation, buffers -- everything
     * that is not timed -- and fills `out` with one timed step (the
     * convolution into y) and the finish (see lmc_bench_run in
     * bench_util.h).  Sets row's workspace_bytes and packed_bytes.  Returns
     * 0, or -1 with row->status saying why (nothing left to release). */
    int (*prepare)(const lmc_conv_desc *d, const float *x, const float *w, const float *b, float *y,
                   int threads, lmc_bench_row *row, lmc_bench_run *out);
} lmc_backend;

extern const lmc_backend *const lmc_backends[]; /* NULL-terminated */

/* unavailable()'s answer in a build without the library. */
#ifdef LMC_COMPARE_DISABLED
#define LMC_COMPARE_NOT_FOUND(lib, packages) "comparisons disabled at build time (-DLMC_COMPARE=OFF)"
#else
#define LMC_COMPARE_NOT_FOUND(lib, packages) lib " not found at build time (apt-get install " packages ")"
#endif

/* Whether the OpenBLAS the bench was built with is its OpenMP build, run
 * on libgomp's threads like lmconv and oneDNN (then no pause is needed
 * between their runs), rather than its pthreads build with a pool of its
 * own.  0 in a build without OpenBLAS. */
int lmc_openblas_on_gomp(void);

/* "onednn, openblas, xnnpack": the families --compare accepts. */
const char *lmc_compare_names(void);

#endif
