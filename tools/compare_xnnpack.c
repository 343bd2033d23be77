/* lmconv-bench --compare xnnpack: XNNPACK's NHWC fp32 convolution operator
 * (Debian libxnnpack-dev, a 2022 snapshot: the create / setup / run API of
 * that version).  Weights [M][KH][KW][C/g] are lmconv's NHWC weights
 * (XNNPACK's [groups][M/g][KH][KW][C/g]); groups, dilation, asymmetric
 * padding and the ReLU clamp are passed through.
 *
 * xnn_create_convolution2d_nhwc_f32 (packs the weights) and
 * xnn_setup_convolution2d_nhwc_f32 (builds the indirection buffer for the
 * given batch and input size, binds the pointers) run outside the timing;
 * only xnn_run_operator is timed, on a pthreadpool of `threads` threads.
 * The operator is created with XNN_FLAG_YIELD_WORKERS, as an application
 * mixing thread pools would: pthreadpool's workers then sleep as soon as a
 * run ends instead of spinning into the next candidate's run (on 2 cores,
 * lmconv's 2-thread rows right after XNNPACK's read 6-7 ms instead of
 * 0.2-0.5: one of its threads waited out a scheduler slice).
 *
 * XNNPACK allocates its buffers itself and has no size query, so the bench
 * installs a counting allocator (struct xnn_allocator, passed to
 * xnn_initialize) and measures what each phase keeps allocated:
 *   packed_weight_bytes = bytes live after create   (packed weights + bias,
 *                         XNNPACK's zero buffer where it makes one),
 *   workspace_bytes     = bytes added by setup      (the indirection buffer
 *                         of KH*KW*Ho*Wo pointers, rounded to the tile, and
 *                         any other per-shape scratch).
 * These are XNNPACK's own allocations including its alignment padding;
 * pthreadpool's thread state is not counted.  The note also says how many
 * allocations happened during the timed runs (expected 0). */
#include "compare.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef LMC_HAVE_XNNPACK
#include <pthreadpool.h>
#include <xnnpack.h>

/* ---- the counting allocator -------------------------------------------- */

/* Every block carries a 16-byte header just before the returned pointer:
 * the requested size and the offset back to the start of the malloc'ed
 * block, so plain and aligned blocks are freed the same way. */
typedef struct {
    size_t size, offset;
} block_header;

static size_t live_bytes, alloc_calls;

static void *count_aligned_allocate(void *ctx, size_t alignment, size_t size)
{
    (void)ctx;
    if (alignment < sizeof(block_header)) alignment = sizeof(block_header);
    void *base = NULL;
    if (posix_memalign(&base, alignment, size + alignment) != 0) return NULL;
    char *p = (char *)base + alignment;
    block_header *h = (block_header *)p - 1;
    h->size = size;
    h->offset = alignment;
    live_bytes += size;
    alloc_calls++;
    return p;
}

static void *count_allocate(void *ctx, size_t size) { return count_aligned_allocate(ctx, 16, size); }

static void count_deallocate(void *ctx, void *p)
{
    (void)ctx;
    if (!p) return;
    block_header *h = (block_header *)p - 1;
    live_bytes -= h->size;
    free((char *)p - h->offset);
}

static void *count_reallocate(void *ctx, void *p, size_t size)
{
    void *q = count_allocate(ctx, size);
    if (!q || !p) return q;
    const size_t old = ((block_header *)p - 1)->size;
    memcpy(q, p, old < size ? old : size);
    count_deallocate(ctx, p);
    return q;
}

static const struct xnn_allocator counting_allocator = {
    .context = NULL,
    .allocate = count_allocate,
    .reallocate = count_reallocate,
    .deallocate = count_deallocate,
    .aligned_allocate = count_aligned_allocate,
    .aligned_deallocate = count_deallocate,
};

static const char *xnn_status_str(enum xnn_status s)
{
    switch (s) {
    case xnn_status_success: return "success";
    case xnn_status_uninitialized: return "uninitialized";
    case xnn_status_invalid_parameter: return "invalid parameter";
    case xnn_status_invalid_state: return "invalid state";
    case xnn_status_unsupported_parameter: return "unsupported parameter";
    case xnn_status_unsupported_hardware: return "unsupported hardware";
    case xnn_status_out_of_memory: return "out of memory";
    }
    return "unknown status";
}

static const char *unavailable(void)
{
    static int done;
    static char why[96];
    if (!done) {
        done = 1;
        enum xnn_status s = xnn_initialize(&counting_allocator);
        if (s != xnn_status_success) snprintf(why, sizeof why, "xnn_initialize failed: %s", xnn_status_str(s));
    }
    return why[0] ? why : NULL;
}

/* Which micro-kernel family XNNPACK's convolution operator of that version
 * picks for d (its create function's dispatch, as documented in its source;
 * inferred, not queried): per-channel multiply-add for 1x1 depthwise,
 * dwconv for depthwise with a kernel it has a tile for, plain gemm for 1x1
 * stride-1 unpadded, indirect gemm (igemm) otherwise. */
static const char *xnn_path(const lmc_conv_desc *d)
{
    const int unit = d->stride_h == 1 && d->stride_w == 1;
    const int pad = d->pad_top | d->pad_bottom | d->pad_left | d->pad_right;
    const int ks = d->kh * d->kw;
    const int dw = d->c == d->groups && d->m == d->groups;
    if (dw && ks == 1 && unit && !pad) return "vmulcaddc";
    if (dw && (ks == 4 || ks == 9 || ks == 25)) return "dwconv";
    if (ks == 1 && unit && !pad) return "gemm";
    return "igemm";
}

typedef struct {
    xnn_operator_t op;
    pthreadpool_t pool;
    const lmc_conv_desc *d;
    size_t calls0;
} xnnpack_state;

static int xnnpack_step(void *p)
{
    xnnpack_state *s = p;
    return (int)xnn_run_operator(s->op, s->pool);
}

static void xnnpack_finish(void *p, int step_status, lmc_bench_row *row)
{
    xnnpack_state *s = p;
    if (step_status > 0)
        snprintf(row->status, sizeof row->status, "XNNPACK run failed (%s)",
                 xnn_status_str((enum xnn_status)step_status));
    snprintf(row->note, sizeof row->note, "impl=%s(inferred); pk=create, ws=setup bytes via xnn_allocator; %zu allocs in run",
             xnn_path(s->d), alloc_calls - s->calls0);
    xnn_delete_operator(s->op);
    if (s->pool) pthreadpool_destroy(s->pool);
    free(s);
}

static int prepare(const lmc_conv_desc *d, const float *x, const float *w, const float *b, float *y,
                   int threads, lmc_bench_row *row, lmc_bench_run *out)
{
    const int g = d->groups;
    xnn_operator_t op = NULL;
    pthreadpool_t pool = NULL;
    xnnpack_state *st = NULL;
    const size_t live0 = live_bytes;
    enum xnn_status s = xnn_create_convolution2d_nhwc_f32(
        (uint32_t)d->pad_top, (uint32_t)d->pad_right, (uint32_t)d->pad_bottom, (uint32_t)d->pad_left,
        (uint32_t)d->kh, (uint32_t)d->kw, (uint32_t)d->stride_h, (uint32_t)d->stride_w, (uint32_t)d->dil_h,
        (uint32_t)d->dil_w, (uint32_t)g, (size_t)(d->c / g), (size_t)(d->m / g), (size_t)d->c, (size_t)d->m, w,
        d->has_bias ? b : NULL, d->relu ? 0.0f : -INFINITY, INFINITY, XNN_FLAG_YIELD_WORKERS, &op);
    if (s != xnn_status_success) {
        snprintf(row->status, sizeof row->status, "unsupported by XNNPACK: create failed (%s)", xnn_status_str(s));
        goto fail;
    }
    const size_t live1 = live_bytes;
    pool = threads > 1 ? pthreadpool_create((size_t)threads) : NULL;
    if (threads > 1 && !pool) {
        snprintf(row->status, sizeof row->status, "pthreadpool_create(%d) failed", threads);
        goto fail;
    }
    s = xnn_setup_convolution2d_nhwc_f32(op, (size_t)d->n, (size_t)d->h, (size_t)d->w, x, y, pool);
    if (s != xnn_status_success) {
        snprintf(row->status, sizeof row->status, "XNNPACK setup failed (%s)", xnn_status_str(s));
        goto fail;
    }
    st = malloc(sizeof *st);
    if (!st) {
        snprintf(row->status, sizeof row->status, "out of memory");
        goto fail;
    }
    row->packed_bytes = live1 - live0;
    row->workspace_bytes = live_bytes - live1;
    /* Other XNNPACK operators may be set up before this one runs: the
     * allocation count in the note covers all of them (expected 0). */
    *st = (xnnpack_state){op, pool, d, alloc_calls};
    *out = (lmc_bench_run){st, xnnpack_step, xnnpack_finish, LMC_POOL_PTHREADPOOL, threads};
    return 0;
fail:
    if (op) xnn_delete_operator(op);
    if (pool) pthreadpool_destroy(pool);
    return -1;
}

#define PREPARE prepare

#else /* !LMC_HAVE_XNNPACK */

static const char *unavailable(void)
{
    return LMC_COMPARE_NOT_FOUND("XNNPACK", "libxnnpack-dev libpthreadpool-dev");
}

#define PREPARE NULL

#endif

const lmc_backend lmc_backend_xnnpack = {
    .name = "xnnpack",
    .family = "xnnpack",
    .layout = LMC_NHWC,
    .unavailable = unavailable,
    .prepare = PREPARE,
};
