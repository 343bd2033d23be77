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
    /* Runs d (d->layout == layout, d->has_bias set) with the bench's timer
     * protocol (lmc_bench_timer_*, `reps`), writes the output into y (for
     * the check against ref) and fills row: times (lmc_bench_timer_result),
     * workspace_bytes, packed_bytes, note (e.g. the implementation chosen)
     * and status ("ok" or why not).  Setup (weight reorders, primitive
     * creation) is outside the timing. */
    void (*run)(const lmc_conv_desc *d, const float *x, const float *w, const float *b, float *y,
                int threads, int reps, lmc_bench_row *row);
} lmc_backend;

extern const lmc_backend *const lmc_backends[]; /* NULL-terminated */

/* "onednn, openblas, xnnpack": the families --compare accepts. */
const char *lmc_compare_names(void);

#endif
