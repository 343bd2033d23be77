/* Shared test machinery: deterministic data, the reference, guarded
 * buffers, allocation counting, real-network shapes.  Every lmconv test
 * links it; none of it times anything. */
#ifndef LMC_TEST_HARNESS_H
#define LMC_TEST_HARNESS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "lmconv.h"

/* ---- failures ---------------------------------------------------------- */
extern int lmc_test_failures;
#define CHECK(cond, ...)                                                          \
    do {                                                                          \
        if (!(cond)) {                                                            \
            lmc_test_fail(__FILE__, __LINE__, #cond);                             \
            lmc_test_note(__VA_ARGS__);                                           \
        }                                                                         \
    } while (0)
/* A call's status must be `want`; counts one passed check in `passed`. */
#define CHECK_STATUS(passed, expr, want)                                                  \
    do {                                                                                  \
        lmc_status s_ = (expr);                                                           \
        CHECK(s_ == (want), "%s -> %s, want %s", #expr, lmc_strerror(s_), lmc_strerror(want)); \
        (passed)++;                                                                       \
    } while (0)
void lmc_test_fail(const char *file, int line, const char *what);
void lmc_test_note(const char *fmt, ...);
/* Prints "<name>: N passed, M failed" and returns the exit status. */
int lmc_test_finish(const char *name, long passed);
/* The long suites run one case in LMC_TEST_SAMPLE (default 1: all of them;
 * the emulated aarch64 run sets it, where floating point is ~1000x slower)
 * and scale their counts by it.  lmc_test_take(i): whether case i runs (a
 * fixed, hashed one in sample, so that nested loops' cases are all met);
 * lmc_test_scaled(n, lo): n / sample, at least lo. */
long lmc_test_sample(void);
bool lmc_test_take(long i);
long lmc_test_scaled(long n, long lo);

/* ---- data -------------------------------------------------------------- */
typedef struct { uint64_t s; } lmc_rng;
uint64_t lmc_rng_next(lmc_rng *r);
int lmc_rng_int(lmc_rng *r, int lo, int hi);          /* uniform in [lo, hi] */
double lmc_rng_unit(lmc_rng *r);                      /* uniform in [0, 1) */
/* Nonzero integers in [-3, 3]: every sum of a test problem is exact in fp32
 * (|partial sum| <= 9 * C/g * KH * KW + 3 < 2^24 for every problem the tests
 * build; lmc_exact_ok checks it). */
void lmc_fill_exact(float *v, size_t n, lmc_rng *r);
/* Uniform reals in [-1, 1). */
void lmc_fill_real(float *v, size_t n, lmc_rng *r);
bool lmc_exact_ok(const lmc_conv_desc *d);


/* ---- reference --------------------------------------------------------- */
/* y = ref(x) through the library's LMC_ALGO_REF; returns the status. */
lmc_status lmc_run_ref(const lmc_conv_desc *d, const float *x, const float *w, const float *b,
                       float *y, int threads);
/* The stated tolerance of an algorithm whose summation order differs from
 * the oracle's, derived rather than tuned: for any order of the k =
 * C/g*KH*KW products plus the bias, |y - y_exact| <= gamma_{k+2} *
 * (sum(|x||w|) + |b|), gamma_n = n*u / (1 - n*u), u = 2^-24 (Higham,
 * Accuracy and Stability, 3.1), with one more u for the oracle's own
 * rounding.  Writes it per output element into bound (the oracle run on
 * |x|, |w|, |b|); returns the status. */
lmc_status lmc_ref_bound(const lmc_conv_desc *d, const float *x, const float *w, const float *b,
                         float *bound, int threads);

/* ---- guarded buffers ----------------------------------------------------
 * A buffer of `bytes` placed either so that it ends exactly at a PROT_NONE
 * page (GUARD_AFTER; canary bytes fill the rest of its first page before it)
 * or so that it starts exactly after a PROT_NONE page (GUARD_BEFORE; canary
 * bytes fill the rest of its last page after it).  A read or write past the
 * guarded end faults; the canaries catch writes past the other end. */
typedef enum { GUARD_AFTER, GUARD_BEFORE } lmc_guard_side;
typedef struct {
    void *ptr;               /* the buffer */
    size_t bytes;
    unsigned char *map;      /* whole mapping */
    size_t map_bytes;
    unsigned char *canary;   /* canary span and its length */
    size_t canary_bytes;
    unsigned char pattern;
} lmc_guarded;
bool lmc_guarded_alloc(lmc_guarded *g, size_t bytes, lmc_guard_side side, unsigned char pattern);
bool lmc_guarded_canary_ok(const lmc_guarded *g);
void lmc_guarded_readonly(lmc_guarded *g);      /* the data pages become PROT_READ */
void lmc_guarded_free(lmc_guarded *g);

/* ---- allocation counting ----------------------------------------------
 * The test binaries interpose malloc/calloc/realloc/free/posix_memalign/
 * aligned_alloc; between start and stop every call in any thread is
 * counted.  Not available under AddressSanitizer or ThreadSanitizer (they
 * own malloc): then
 * lmc_alloc_counting_available() is false and the counts stay 0. */
bool lmc_alloc_counting_available(void);
void lmc_alloc_count_start(void);
long lmc_alloc_count_stop(void);
/* Live allocations between start and stop, in any thread: blocks
 * allocated minus blocks freed, and their usable bytes likewise (both 0
 * when everything allocated in the window was freed in it and nothing
 * older was).  Where counting is not available both stay 0. */
void lmc_alloc_live_start(void);
void lmc_alloc_live_stop(long *blocks, long *bytes);
/* Makes the k-th following allocation (0 = the next) and every one after
 * it fail, until lmc_alloc_fail_off(); for LMC_ERR_NOMEM tests. */
void lmc_alloc_fail_after(long k);
void lmc_alloc_fail_off(void);

/* ---- one checked execution -------------------------------------------
 * Plans algorithm `algo` at `threads`, then executes once with input,
 * output and a workspace of exactly the reported size in guarded buffers
 * (the input read-only; output and workspace guarded on `side`), counting
 * allocations, and checks: status OK, no allocation, canaries intact,
 * output equal to yref (exact: every element ==, so only the sign of a zero
 * may differ) or within bound[i] of it (bound != NULL).  Returns false on
 * any failure (reported through CHECK) or LMC_ERR_UNSUPPORTED (not a
 * failure: *unsupported set).  ws_last_written: whether the workspace's
 * last float was written (NULL to ignore). */
typedef struct {
    const lmc_conv_desc *d;
    lmc_algo algo;
    int variant;                 /* 0: the family's choice */
    int threads;
    const float *x, *w, *b;      /* input, weights, bias (NULL if none) */
    const float *yref;
    const float *bound;          /* NULL: exact comparison */
    lmc_guard_side side;
    unsigned char pattern;       /* canary byte */
} lmc_check_case;
bool lmc_run_checked(const lmc_check_case *c, bool *unsupported, bool *ws_last_written);

/* ---- the algorithms under test -----------------------------------------
 * Every family of the library but the oracle, through the public API: each
 * at variant 0 (its own choice) and at each named variant. */
typedef struct {
    lmc_algo algo;
    int variant;
    char name[48];               /* "direct", "direct:64x6", ... */
} lmc_test_algo;
#define LMC_TEST_MAX_ALGOS 64
size_t lmc_test_algos(lmc_test_algo out[LMC_TEST_MAX_ALGOS]);

/* A descriptor from the int row the tests' case tables start with:
 * {n, c, h, w, m, kh, kw, stride_h, stride_w, pad_top, pad_bottom,
 * pad_left, pad_right}; groups, dilation, bias, ReLU and layout keep
 * lmc_desc_init's values for the caller to set. */
lmc_conv_desc lmc_test_desc(const int e[13]);

/* Grouped problems whose groups start inside a channel block of NCHW16c /
 * NCHW8c (ShuffleNet's g = 2 1x1 layers, ResNeXt's groups of 4, ...) and
 * depthwise layers with channel multipliers 2 and 3, for every layout:
 * rows of lmc_test_desc's 13 values followed by the group count. */
extern const int lmc_test_grouped[][14];
extern const size_t lmc_test_grouped_count;
/* ---- size floors ----------------------------------------------------------
 * The main term of a family's documented workspace on a valid d, in bytes,
 * as a long double (which cannot wrap): lmc_query may report more (GEMM
 * packing, per-thread scratch) but never less, so a smaller report has
 * wrapped around.  The terms are those of the README's table and of each
 * family's header comment. */
long double lmc_test_ws_floor(const lmc_conv_desc *d, lmc_algo a, int variant);
/* Every family's packed weights hold at least the weights themselves. */
long double lmc_test_packed_floor(const lmc_conv_desc *d);

/* Real-network shapes: tools/layers.h (shared with the benchmark). */
#include "layers.h"
/* $LMC_SHAPES_DIR, or bench/shapes of the source tree. */
const char *lmc_shapes_dir(void);
/* Every layer of both real-network shape files (benchdnn, then XNNPACK) at
 * the given batch, in one malloc'ed array; a missing file is a test
 * failure (CHECK) and contributes nothing. */
size_t lmc_load_real_shapes(int batch, lmc_layer **out);

#endif

/* ---- error bounds of non-exact algorithms -----------------------------
 * Winograd F(m x m, 3 x 3): per output (i, j) of its m x m tile,
 *   |y - y_exact| <= gamma_N * (sum_c sum_{p, q} |x_c,p| |w_c,q| K(i,p_y,q_y) K(j,p_x,q_x) + |b|)
 * where p runs over the alpha x alpha input tile (alpha = m + 2), q over
 * the 3x3 taps, K(i, p, q) = sum_k |AT[i][k]| |G[k][q]| |BT[k][p]| (the
 * transforms' absolute values), gamma_N = N u / (1 - N u), u = 2^-24 and
 * N = C/g + 4 alpha + 3: every term passes through at most one rounding of
 * U (computed in double, rounded once), 2 alpha of the input transform (two
 * passes of alpha-term sums), C/g of the GEMM's sum, 2 alpha of the output
 * transform, the bias addition and the reference's own rounding (the sum
 * dominates |y_exact| since K(i, i+q, q) >= 1).  Higham, Accuracy and
 * Stability, 3.1 and 3.5.  Fills bound[] for layout d->layout. */
void lmc_winograd_bound(const lmc_conv_desc *d, int m, const float *x, const float *w,
                        const float *b, float *bound);
/* The error bound of fft with F x F transforms (tiles of F - dilated
 * kernel + 1 outputs): for an output of tile t and channel m,
 *   (2 eps + gamma_{2 C/g + 4} + u) * sum_c ||w[m][c]||_1 ||x_t[c]||_2
 * plus lmc_ref_bound's (the bias, the final rounding), where x_t[c] is
 * channel c's F x F input window of the tile and eps = log2(F^2) eta,
 * eta = u + gamma_4 (sqrt 2 + u), is the normwise relative error of a
 * 2-D FFT of F^2 points with twiddles accurate to u (Higham, Accuracy and
 * Stability, 24.1): the forward transforms' error reaches the output
 * through kernel spectra bounded by ||w||_1 (with the 1/F^2 of the
 * inverse folded in), the products' through the same bound, and the
 * inverse's relative to the spectrum it transforms; an output is at most
 * its tile's 2-norm error.  Fills bound[] for layout d->layout. */
void lmc_fft_bound(const lmc_conv_desc *d, int f, const float *x, const float *w, const float *b, float *bound);
/* For algorithm (a, variant) on d: fills bound[] with its derived error
 * bound and returns true, or returns false when it is exact (compare with
 * ==).  Plans once (with w, b) to learn the variant a family chooses. */
bool lmc_test_error_bound(const lmc_conv_desc *d, lmc_algo a, int variant, const float *x,
                          const float *w, const float *b, float *bound);
/* The same for what plan p runs (no second plan). */
bool lmc_test_plan_error_bound(const lmc_plan *p, const lmc_conv_desc *d, const float *x, const float *w,
                               const float *b, float *bound);
