/* Internal interfaces shared by the planner and the algorithms. */
#ifndef LMC_INTERNAL_H
#define LMC_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "lmconv.h"

/* ---- overflow-safe size arithmetic ------------------------------------
 * Sizes saturate at SIZE_MAX instead of wrapping, so a chain of products is
 * checked once at the end: any formula that reaches SIZE_MAX is reported as
 * LMC_ERR_OVERFLOW by the planner. */
static inline size_t lmc_mul(size_t a, size_t b)
{
    size_t r;
    if (__builtin_mul_overflow(a, b, &r)) return SIZE_MAX;
    return r;
}
static inline size_t lmc_add(size_t a, size_t b)
{
    size_t r;
    if (__builtin_add_overflow(a, b, &r)) return SIZE_MAX;
    return r;
}
static inline size_t lmc_mul3(size_t a, size_t b, size_t c) { return lmc_mul(lmc_mul(a, b), c); }
static inline size_t lmc_mul4(size_t a, size_t b, size_t c, size_t d)
{
    return lmc_mul(lmc_mul(a, b), lmc_mul(c, d));
}

/* Software prefetch of [p, p + bytes) into L1, one line at a time.  For
 * operands a kernel will read soon from L3 or memory in a pattern the
 * hardware prefetcher picks up too late (a packed panel's first use). */
static inline void lmc_prefetch_bytes(const void *p, size_t bytes)
{
    const char *c = (const char *)p;
    for (size_t o = 0; o < bytes; o += 64) __builtin_prefetch(c + o, 0, 3);
}

/* Slice i of n equal slices of [p, p + bytes): the prefetch of the next
 * panel spread over the n tiles that run before its first use. */
static inline void lmc_prefetch_slice(const void *p, size_t bytes, size_t i, size_t n)
{
    const size_t slice = (bytes + n - 1) / n, o = i * slice;
    if (o < bytes) lmc_prefetch_bytes((const char *)p + o, bytes - o < slice ? bytes - o : slice);
}

/* ---- the validated problem --------------------------------------------
 * Everything an algorithm needs, derived once from the public descriptor.
 * All element counts are known to fit (validation checked them in bytes). */
typedef struct lmc_problem {
    lmc_conv_desc d;
    int ho, wo;
    int cg, mg;              /* channels per group: c / groups, m / groups */
    int khd, kwd;            /* dilated kernel extent: (k - 1) * dil + 1 */
    size_t in_elems;         /* n*c*h*w */
    size_t out_elems;        /* n*m*ho*wo */
    size_t w_elems;          /* m*cg*kh*kw */
    size_t k_red;            /* reduction length of one output: cg*kh*kw */
    double flops;
    unsigned flags;          /* the plan's LMC_PLAN_* flags (0 for lmc_query) */
    int blk;                 /* channel block of the layout: 16, 8, or 1 (NCHW, NHWC) */
} lmc_problem;

/* Channel block of an activation layout (1 for the plain ones, 0 if unknown). */
static inline int lmc_layout_block(lmc_layout l)
{
    return l == LMC_NCHW16C ? 16 : l == LMC_NCHW8C ? 8 : (l == LMC_NCHW || l == LMC_NHWC) ? 1 : 0;
}
/* Offset of activation element (n, c, y, x) of an N x C x H x W tensor in
 * layout l (blk = lmc_layout_block(l)); the oracle and the conversions use it. */
static inline size_t lmc_act_offset(lmc_layout l, int blk, size_t C, size_t H, size_t W,
                                    size_t n, size_t c, size_t y, size_t x)
{
    if (l == LMC_NHWC) return ((n * H + y) * W + x) * C + c;
    if (blk <= 1) return ((n * C + c) * H + y) * W + x;
    const size_t b = (size_t)blk, cb = (C + b - 1) / b;
    return (((n * cb + c / b) * H + y) * W + x) * b + c % b;
}
/* Channels rounded up to the layout's block (c itself for plain layouts). */
static inline size_t lmc_padded_channels(size_t c, int blk)
{
    return blk > 1 ? lmc_mul((c + (size_t)blk - 1) / (size_t)blk, (size_t)blk) : c;
}

/* A 1x1, stride-1, unpadded convolution: every output pixel is one input
 * pixel, so the input itself is the lowered matrix (dilation is moot). */
static inline bool lmc_is_pointwise(const lmc_problem *p)
{
    const lmc_conv_desc *d = &p->d;
    return d->kh == 1 && d->kw == 1 && d->stride_h == 1 && d->stride_w == 1 && d->pad_top == 0 &&
           d->pad_bottom == 0 && d->pad_left == 0 && d->pad_right == 0;
}

/* Fills p from d; returns the validation status. */
lmc_status lmc_problem_init(lmc_problem *p, const lmc_conv_desc *d);

/* ---- workspace booking ------------------------------------------------
 * Each algorithm lays out its workspace with the same function when it
 * reports the size and when it executes, so the two cannot disagree
 * (oneDNN's scratchpad booking).  Pieces are packed back to back with no
 * alignment padding, since the reported size must be exact and the caller's
 * workspace is only known to be 4-byte aligned (lmc_execute checks that):
 * book pieces of 4-byte multiples, and pieces of 8-byte items (pointers)
 * first, so every piece keeps its items' alignment. */
typedef struct lmc_booking {
    size_t total;            /* bytes booked so far (saturating) */
} lmc_booking;

/* Books `bytes` and returns the piece's offset. */
static inline size_t lmc_book(lmc_booking *b, size_t bytes)
{
    size_t off = b->total;
    b->total = lmc_add(b->total, bytes);
    return off;
}

/* ---- algorithms -------------------------------------------------------- */
typedef struct lmc_exec_args {
    const lmc_problem *p;
    const float *x;          /* input, layout of p->d.layout */
    float *y;                /* output */
    const void *packed;      /* the plan's packed weights */
    const float *bias;       /* m floats, or NULL */
    void *ws;                /* workspace of exactly workspace_bytes(p, threads) bytes */
    int threads;             /* >= 1 */
} lmc_exec_args;

typedef struct lmc_algorithm {
    lmc_algo id;
    const char *name;
    /* NULL if the problem is supported, otherwise why not (a constant string). */
    const char *(*unsupported)(const lmc_problem *p);
    /* Exact bytes; SIZE_MAX means "overflows". */
    size_t (*workspace_bytes)(const lmc_problem *p, int threads);
    size_t (*packed_weight_bytes)(const lmc_problem *p);
    /* Re-lays the caller's weights (layout of p->d.layout) into packed. */
    void (*pack_weights)(const lmc_problem *p, const float *w, void *packed);
    /* Never allocates; touches only what lmc_exec_args names. */
    void (*execute)(const lmc_exec_args *a);
    bool exact;              /* exact summation (see lmc_algo_is_exact) */
    /* Relative cost for AUTO's cost model: estimated seconds per FLOP
     * multiplier; smaller is preferred.  (Refined by LMC_PLAN_MEASURE.) */
    double (*cost)(const lmc_problem *p, int threads);
} lmc_algorithm;

/* The registry: every algorithm, in AUTO's preference order (registry.c). */
extern const lmc_algorithm *const lmc_algorithms[];
extern const size_t lmc_algorithm_count;
const lmc_algorithm *lmc_find_algorithm(lmc_algo id);

/* ---- shared helpers ---------------------------------------------------- */
/* Applies bias (may be NULL) and ReLU (if p->d.relu) to output rows
 * y[r * ld + j], r < rows, j < cols, where the bias index is
 * bias_base + (per_row ? r : j).  Used by GEMM-based algorithms whose GEMM
 * has no fused epilogue. */
void lmc_epilogue(const lmc_problem *p, float *y, size_t rows, size_t cols, size_t ld,
                  const float *bias, size_t bias_base, bool per_row);

/* Output positions o in [*lo, *hi) whose input index o * stride - pad + off
 * falls inside [0, in); off is the tap's offset k * dilation.  Lets a
 * lowering copy the interior without a bounds check per element. */
static inline void lmc_valid_range(long out, long in, long stride, long pad, long off,
                                   long *lo, long *hi)
{
    long a = pad - off;               /* need o * stride >= a      */
    long b = in + pad - off;          /* need o * stride <  b      */
    long l = a <= 0 ? 0 : (a + stride - 1) / stride;
    long h = b <= 0 ? 0 : (b + stride - 1) / stride;
    if (h > out) h = out;
    if (l > h) l = h;
    *lo = l;
    *hi = h;
}

/* Thread helpers (parallel.c). */
int lmc_default_threads(void);
/* Calls fn(ctx, begin, end) on a static partition of [0, n) over `threads`
 * threads.  With one thread (or n <= 1) it calls fn(ctx, 0, n) directly and
 * opens no parallel region: OpenMP runtimes allocate a team for every
 * region, even a one-thread one, and execute must not allocate.  Regions of
 * the plan's thread count reuse the team started by lmc_warm_threads. */
typedef void (*lmc_range_fn)(void *ctx, long begin, long end);
void lmc_parallel_for(long n, int threads, lmc_range_fn fn, void *ctx);
void lmc_warm_threads(int threads);  /* start the runtime's pool outside execute */
/* Inside fn of lmc_parallel_for(n, threads, ...) with n == threads > 1 (so
 * every thread of the region holds at least one index): waits until every
 * thread of the region has arrived.  Each thread must call it equally
 * often.  A no-op without OpenMP (one thread). */
void lmc_barrier(void);
/* Dynamic scheduling for units of uneven or unpredictable duration (a
 * shared machine descheduling one thread): units [0, n) are split into
 * contiguous ranges, one per worker; a worker runs its own range in order
 * (neighbouring units share data in its caches), then takes what is left in
 * the others' ranges, one unit at a time.  A descheduled worker then delays
 * the region by at most one unit.  Calls fn(ctx, worker, unit) with
 * worker < min(n, threads) (e.g. to pick a per-thread workspace slice).
 * Allocates nothing; no parallel region with one worker. */
typedef void (*lmc_unit_fn)(void *ctx, int worker, long unit);
void lmc_parallel_units(long n, int threads, lmc_unit_fn fn, void *ctx);

#endif /* LMC_INTERNAL_H */
