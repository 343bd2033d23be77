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

/* ---- algorithms --------------------------------------------------------
 * An algorithm is a family of variants (a register tile, MEC's solution A
 * or B, ...) working in two phases, as oneDNN's primitive descriptors and
 * FFTW's plans do: init decides everything once -- kernels, blocking,
 * workspace layout, packed-weight layout -- and keeps it in the algorithm
 * plan; pack and execute only read that plan.  Nothing a plan decided is
 * stored in the packed weights or recomputed per call. */
struct lmc_algorithm;

/* Bytes of an algorithm's own plan state (each algorithm asserts its
 * struct fits): a fixed slot, so that sizing and ranking candidates
 * allocates nothing. */
#define LMC_ALGO_STATE_BYTES 640

typedef struct lmc_algo_plan {
    lmc_problem p;
    const struct lmc_algorithm *algo;
    int variant;             /* index into algo->variants, or -1 (the family has none) */
    int threads;             /* the plan's thread count (an algorithm may use fewer) */
    size_t ws_bytes;         /* exact workspace of execute; SIZE_MAX: overflows */
    size_t packed_bytes;     /* exact bytes pack writes; SIZE_MAX: overflows */
    _Alignas(16) unsigned char state[LMC_ALGO_STATE_BYTES];
} lmc_algo_plan;

/* The algorithm's own state of ap, as `type` (checked to fit at compile
 * time; the struct in sizeof carries the check). */
#define LMC_ALGO_STATE(type, ap)                                                                  \
    ((type *)(void *)((ap)->state +                                                               \
                      0 * sizeof(struct {                                                         \
                          _Static_assert(sizeof(type) <= LMC_ALGO_STATE_BYTES, #type " fits");   \
                          int ok_;                                                                \
                      })))

typedef struct lmc_exec_args {
    const float *x;          /* input, layout of p->d.layout */
    float *y;                /* output */
    const void *packed;      /* the plan's packed weights */
    const float *bias;       /* m floats, or NULL */
    void *ws;                /* workspace of exactly ws_bytes */
} lmc_exec_args;

typedef struct lmc_variant {
    const char *name;        /* "64x6", "a", ...: the part after "family:" */
    const void *data;        /* the family's own description of it (kernels, ...) */
} lmc_variant;

typedef struct lmc_algorithm {
    lmc_algo id;
    const char *name;        /* the family: "direct", "mec", ... */
    bool exact;              /* exact summation (see lmc_algo_is_exact) */
    const lmc_variant *variants;
    int nvariants;
    /* NULL if (p, variant) is supported, else why not (a constant string).
     * variant -1 is the family's own choice. */
    const char *(*unsupported)(const lmc_problem *p, int variant);
    /* Fills ap->variant (resolved), ws_bytes, packed_bytes and the state
     * for ap->p and ap->threads.  Only called when supported; allocates
     * nothing, so plans can be sized and ranked freely. */
    void (*init)(lmc_algo_plan *ap, int variant);
    /* Optional: makes what execute needs beyond the plan and the packed
     * weights (fft: FFTW's plans, shared process-wide); called once per
     * plan creation, before pack.  May allocate; LMC_ERR_NOMEM if it
     * cannot. */
    lmc_status (*prepare)(const lmc_algo_plan *ap);
    /* Re-lays the caller's weights (layout of p->d.layout) into packed. */
    void (*pack)(const lmc_algo_plan *ap, const float *w, void *packed);
    /* Never allocates; touches only what lmc_exec_args names. */
    void (*execute)(const lmc_algo_plan *ap, const lmc_exec_args *a);
    /* Estimated seconds (AUTO's cost model, cost.h; uncalibrated). */
    double (*cost)(const lmc_algo_plan *ap);
} lmc_algorithm;

/* The registry: every family, in AUTO's preference order (registry.c). */
extern const lmc_algorithm *const lmc_algorithms[];
extern const size_t lmc_algorithm_count;
const lmc_algorithm *lmc_find_algorithm(lmc_algo id);

/* The family's cost model on plan p, uncalibrated (the tuner sets it
 * against the clock to calibrate it). */
double lmc_plan_model_seconds(const lmc_plan *p);

/* The variant of ap (NULL when the family has none). */
static inline const lmc_variant *lmc_plan_variant_of(const lmc_algo_plan *ap)
{
    return ap->variant >= 0 ? &ap->algo->variants[ap->variant] : NULL;
}

/* ---- shared helpers ---------------------------------------------------- */
/* The caller's weight of output channel m (of all m), input channel c of
 * its group, tap (ky, kx): [m][kh][kw][c/g] for NHWC, [m][c/g][kh][kw] for
 * NCHW and the blocked layouts. */
static inline float lmc_weight_at(const lmc_problem *p, const float *w, size_t m, size_t c,
                                  size_t ky, size_t kx)
{
    const size_t KH = (size_t)p->d.kh, KW = (size_t)p->d.kw, CG = (size_t)p->cg;
    return p->d.layout == LMC_NHWC ? w[((m * KH + ky) * KW + kx) * CG + c]
                                   : w[((m * CG + c) * KH + ky) * KW + kx];
}

/* dst[j * ldd + i] = src[i * lds + j] for i < rows, j < cols: the
 * activation layouts' transposes (NCHW <-> NHWC, a GEMM's pixel-major
 * result into NCHW rows), in cache-sized tiles, over `threads` threads
 * (split along the rows of src). */
void lmc_transpose(size_t rows, size_t cols, const float *src, size_t lds, float *dst, size_t ldd,
                   int threads);

/* Zeroes output channels [m0, m1) of image n over output rows [oy0, oy1)
 * in the problem's output layout: the blocked layouts' padding channels,
 * which every algorithm writes as zeros. */
void lmc_zero_out_channels(const lmc_problem *p, float *y, size_t n, size_t m0, size_t m1, size_t oy0,
                           size_t oy1);

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

/* Thread helpers (parallel.c); lmc_default_threads is public. */
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
