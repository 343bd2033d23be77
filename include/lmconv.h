/*
 * lmconv — memory-efficient 2-D convolution for CNN inference on CPUs.
 *
 * The whole public API is in this header.  The model is FFTW's plan/execute
 * with cuDNN's workspace query:
 *
 *   1. Describe the problem in an lmc_conv_desc (lmc_desc_init() fills the
 *      defaults: stride 1, dilation 1, one group, no padding, NCHW).
 *   2. Ask what an algorithm would cost without building anything:
 *      lmc_query() gives its workspace and packed-weight bytes.
 *   3. lmc_plan_create() validates the problem, picks the algorithm (or the
 *      fastest one that fits opts.workspace_limit when opts.algo is
 *      LMC_ALGO_AUTO) and re-lays the weights into plan-owned memory.  The
 *      caller's weight and bias arrays are not used after it returns.
 *   4. lmc_execute() runs the convolution with a workspace the caller passes
 *      in, of at least lmc_plan_workspace_bytes() bytes.
 *   5. lmc_plan_destroy().
 *
 * The memory contract (tested for every algorithm):
 *   - lmc_execute() never allocates.  It reads only the input, the packed
 *     weights and its workspace, writes only the output and its workspace,
 *     and touches nothing past the end of any of them.
 *   - The reported workspace is exact: the algorithm uses all of it (at one
 *     thread), not an upper guess.  It depends on the thread count.
 *   - The input is never modified (unless the plan was created with
 *     LMC_PLAN_DESTROY_INPUT; then it is restored before execute returns).
 *   - Input, output and workspace need only float (4-byte) alignment,
 *     which lmc_execute checks (LMC_ERR_BAD_ARG); 64-byte alignment is
 *     fastest.
 *
 * A plan is immutable after creation; several threads may execute it at
 * once, each with its own workspace and output.
 *
 * Layouts (activations / weights):
 *   LMC_NCHW:  x[n][c][h][w],  y[n][m][ho][wo],  w[m][c/g][kh][kw]   (PyTorch)
 *   LMC_NHWC:  x[n][h][w][c],  y[n][ho][wo][m],  w[m][kh][kw][c/g]   (TFLite)
 *   LMC_NCHW16C / LMC_NCHW8C: x[n][c/B][h][w][B] (B = 16 / 8, channels padded
 *              with zeros up to a multiple of B), y likewise, w as for NCHW
 * With groups g, input channel block j (c/g channels) feeds output channel
 * block j (m/g channels); bias is b[m].
 *
 * Output size, per spatial axis:
 *   ho = (h + pad_top + pad_bottom - ((kh - 1) * dil_h + 1)) / stride_h + 1
 * (floor division), and likewise wo.
 *
 * Every entry point validates its arguments and returns an lmc_status; no
 * input makes the library assert, crash or write out of bounds.
 */
#ifndef LMCONV_H
#define LMCONV_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* The shared library exports exactly the functions declared here; it is
 * built with hidden visibility, so its internals cannot clash with the
 * caller's symbols. */
#if defined(__GNUC__)
#pragma GCC visibility push(default)
#endif

/* The version of this header.  LMCONV_VERSION is one comparable number,
 * major * 10000 + minor * 100 + patch (0.2.0 is 200), for #if.  The build
 * reads the version from these three lines: they are its only copy. */
#define LMCONV_VERSION_MAJOR 0
#define LMCONV_VERSION_MINOR 3
#define LMCONV_VERSION_PATCH 0
#define LMCONV_VERSION \
    (LMCONV_VERSION_MAJOR * 10000 + LMCONV_VERSION_MINOR * 100 + LMCONV_VERSION_PATCH)

/* The version of the library linked, "major.minor.patch" (a static
 * string).  It can differ from the header's when a shared library was
 * replaced; compare it with the macros to detect that. */
const char *lmc_version(void);

/* Status codes.  Every one of them is reachable through the API. */
typedef enum lmc_status {
    LMC_OK = 0,
    LMC_ERR_NULL,                 /* a required pointer argument is NULL */
    LMC_ERR_BAD_SIZE,             /* a batch, channel, spatial or kernel size is < 1 */
    LMC_ERR_BAD_STRIDE,           /* stride_h or stride_w < 1 */
    LMC_ERR_BAD_DILATION,         /* dil_h or dil_w < 1 */
    LMC_ERR_BAD_PADDING,          /* a padding is negative */
    LMC_ERR_BAD_GROUPS,           /* groups < 1, or c or m not divisible by groups */
    LMC_ERR_BAD_LAYOUT,           /* layout is not one of lmc_layout */
    LMC_ERR_EMPTY_OUTPUT,         /* dilated kernel larger than the padded input */
    LMC_ERR_OVERFLOW,             /* a tensor's or buffer's byte size does not fit in size_t */
    LMC_ERR_BAD_ARG,              /* another argument is out of range (threads, flags, ...) */
    LMC_ERR_UNKNOWN_ALGO,         /* no algorithm of that id or name */
    LMC_ERR_UNSUPPORTED,          /* the algorithm (AUTO: every algorithm) does not support
                                     this problem; lmc_plan_explain says why */
    LMC_ERR_NO_ALGO_FITS,         /* an algorithm supports the problem, but none fits the
                                     workspace (or packed-weight) limit; lmc_plan_explain
                                     gives the smallest workspace that works */
    LMC_ERR_WORKSPACE_TOO_SMALL,  /* execute: workspace shorter than required; nothing written */
    LMC_ERR_NOMEM,                /* plan creation could not allocate */
    LMC_ERR_BAD_WISDOM,           /* wisdom text malformed, truncated or of another format */
    LMC_ERR_IO,                   /* a wisdom file could not be read or written */
    LMC_STATUS_COUNT_
} lmc_status;

/* Activation layouts.  The blocked layouts NCHW16c / NCHW8c (oneDNN's
 * nChw16c / nChw8c; the layout of the direct convolution, Zhang et al. 2018)
 * store channels in blocks of 16 (8):  x[n][ceil(c/16)][h][w][16].  The
 * channels c..ceil(c/16)*16-1 of the last block are padding: lmconv writes
 * them as zeros in every output it produces (and lmc_convert_layout does),
 * so a network chains blocked layers with no conversion.  Tensor sizes
 * (lmc_desc_input_elems etc.) include the padding.  Weights of a blocked
 * problem are given as for NCHW, [m][c/g][kh][kw] (the plan re-lays them). */
typedef enum lmc_layout {
    LMC_NCHW = 0,
    LMC_NHWC = 1,
    LMC_NCHW16C = 2,
    LMC_NCHW8C = 3
} lmc_layout;

/* Algorithms.  LMC_ALGO_AUTO asks the planner; the others name one family.
 * An id whose family is not in this build's registry gives
 * LMC_ERR_UNKNOWN_ALGO (lmc_algo_name returns NULL for it).  A family that
 * serves several activation layouts runs the form of the paper for each
 * (im2col's row form "im2row" on NHWC, kn2row-as's HWC form "kn2col-as").
 *
 * Variants.  A family may come in variants -- a register tile, MEC's
 * solution A or B -- numbered 1..lmc_algo_variant_count(a) and named
 * (lmc_algo_variant_name); variant 0 lets the family choose by its own
 * rule.  The spelling "family:variant" ("direct:64x6", "mec:b") names one
 * (lmc_algo_parse).
 *
 * Migration from 0.1: LMC_ALGO_IM2ROW and LMC_ALGO_KN2COL_AS are now the
 * NHWC forms of LMC_ALGO_IM2COL and LMC_ALGO_KN2ROW_AS; LMC_ALGO_MEC_A /
 * _MEC_B are LMC_ALGO_MEC with variant "a" / "b".  lmc_algo_parse still
 * accepts the old names "im2row", "kn2col-as", "mec-a" and "mec-b";
 * lmc_algo_from_name is replaced by it, and lmc_query and
 * lmc_unsupported_reason take the variant. */
typedef enum lmc_algo {
    LMC_ALGO_AUTO = 0,
    LMC_ALGO_REF,        /* naive loops, double accumulation: the oracle          */
    LMC_ALGO_IM2COL,     /* lowering per image and group + one GEMM (Caffe);
                            NCHW: column matrix, NHWC: row matrix ("im2row")    */
    LMC_ALGO_MEC,        /* MEC (Cho & Brand 2017); variants "a" (one GEMM per
                            output row over the batch), "b" (per image)         */
    LMC_ALGO_KN2ROW,     /* KH*KW shifted 1x1 GEMMs at once, then shift-add      */
    LMC_ALGO_KN2ROW_AS,  /* accumulating kn2row, O(MHW) (Anderson et al. 2017);
                            NHWC: the HWC form "kn2col-as"                      */
    LMC_ALGO_KN2ROW_AA,  /* kn2row accumulating into the output, O(KW); NCHW    */
    LMC_ALGO_INDIRECT,   /* indirection buffer + GEMM micro-kernel (Dukhan); NHWC */
    LMC_ALGO_DIRECT,     /* direct conv. (Zhang et al. 2018): workspace 0 in every
                            layout; variants: register tiles "64x6", "32x14"
                            (AVX-512), "16x6" (AVX2), "8x4" (portable C) -- on
                            NCHW in place too, but for depthwise, which they
                            run through one image's NHWC copies -- and the
                            NCHW tiles "8x48" (AVX-512), "4x24" (AVX2), "4x16"
                            (portable C), the family's choice on NCHW for
                            depthwise and short reductions                     */
    LMC_ALGO_WINOGRAD,   /* Winograd F(m x m, 3 x 3) (Lavin & Gray 2016) on chunks
                            of tiles; 3x3 stride 1, NCHW and NHWC; NOT exact;
                            variants "2x3", "4x3", "6x3" (chunks sized to the
                            L2) and "2x3-all", "4x3-all", "6x3-all" (all tiles
                            at once: the classic high-memory form)               */
    LMC_ALGO_FFT,        /* FFT convolution (FFTW's real transforms) on chunks of
                            F x F tiles; stride 1, any kernel up to 64 x 64
                            dilated, every layout; NOT exact; variants the FFT
                            size "8", "16", "32", "64"; unsupported when lmconv
                            is built without FFTW                               */
    LMC_ALGO_COUNT_
} lmc_algo;

/* The problem.  All sizes are in elements; c and m are total channel counts
 * (per group: c / groups, m / groups). */
typedef struct lmc_conv_desc {
    int n;                          /* batch */
    int c, h, w;                    /* input channels, height, width */
    int m;                          /* output channels */
    int kh, kw;                     /* kernel height, width */
    int stride_h, stride_w;         /* >= 1 */
    int pad_top, pad_bottom;        /* >= 0, zero padding */
    int pad_left, pad_right;        /* >= 0 */
    int dil_h, dil_w;               /* >= 1 (1 = no dilation) */
    int groups;                     /* >= 1; divides c and m; c = m = groups is depthwise */
    lmc_layout layout;
    int has_bias;                   /* nonzero: plan_create takes bias[m] */
    int relu;                       /* nonzero: y = max(y, 0) after the bias */
} lmc_conv_desc;

/* Fills *d with the given batch, sizes and kernel, stride 1, no padding,
 * dilation 1, groups 1, NCHW, no bias, no ReLU.  d may not be NULL. */
void lmc_desc_init(lmc_conv_desc *d, int n, int c, int h, int w, int m, int kh, int kw);

/* Validates d; on LMC_OK stores the output height and width (either pointer
 * may be NULL).  Checks, in this order: sizes, stride, dilation, padding,
 * groups, layout, empty output, byte sizes of input, output and weights. */
lmc_status lmc_desc_validate(const lmc_conv_desc *d, int *ho, int *wo);

/* Multiply-adds * 2 of the convolution (useful FLOPs, as the papers count). */
double lmc_desc_flops(const lmc_conv_desc *d);

/* Element counts of the tensors of a valid descriptor (0 if invalid). */
size_t lmc_desc_input_elems(const lmc_conv_desc *d);
size_t lmc_desc_output_elems(const lmc_conv_desc *d);
size_t lmc_desc_weight_elems(const lmc_conv_desc *d);

/* Elements of an n x c x h x w activation tensor stored in `layout`,
 * padding channels of blocked layouts included; 0 if a size is < 1, the
 * layout is unknown or the byte size would not fit in size_t. */
size_t lmc_layout_elems(lmc_layout layout, int n, int c, int h, int w);

/* Copies an n x c x h x w activation tensor from layout src_layout to
 * dst_layout (any of lmc_layout, e.g. NCHW -> NCHW16c and back).  The
 * padding channels of a blocked destination are written as zeros; those of
 * a blocked source are not read.  src and dst hold lmc_layout_elems() floats
 * each and must not overlap.  Single-threaded; never allocates.
 * LMC_ERR_NULL, LMC_ERR_BAD_SIZE, LMC_ERR_BAD_LAYOUT or LMC_ERR_OVERFLOW. */
lmc_status lmc_convert_layout(const float *src, lmc_layout src_layout, float *dst,
                              lmc_layout dst_layout, int n, int c, int h, int w);

/* Planner options.  lmc_plan_opts_init() gives: AUTO, threads 0 (= the
 * default: OpenMP's maximum, 1 without OpenMP), no workspace limit, no
 * packed-weight limit, flags 0, variant 0.  AUTO considers every exact family and variant that supports
 * the problem (and the others with LMC_PLAN_INEXACT); with algo set,
 * variant 0 is that family's own choice. */
enum {
    LMC_PLAN_MEASURE = 1u << 0,      /* AUTO times the candidates that fit instead of
                                        using the cost model (like FFTW_MEASURE):
                                        those estimated within 10x of the best
                                        estimate, in rounds (each once per round,
                                        its fastest of 3 or more runs, ~10 ms per
                                        candidate), each once per process (a time
                                        is kept per problem, flags, threads,
                                        family and variant and reused by later
                                        plans) */
    LMC_PLAN_DESTROY_INPUT = 1u << 1, /* execute may write the input while it runs
                                        (like FFTW_DESTROY_INPUT); it is restored
                                        bit-exactly before execute returns, so x
                                        must be writable memory and not be read
                                        by anyone else during the call */
    LMC_PLAN_ALLOW_REF = 1u << 2,    /* AUTO may fall back to the oracle LMC_ALGO_REF
                                        (correct, slow, no workspace) when no other
                                        algorithm supports the problem within the
                                        limit; off by default */
    LMC_PLAN_INEXACT = 1u << 3       /* AUTO may also pick families that are not
                                        exact (lmc_algo_is_exact false: Winograd),
                                        whose error is larger than a plain sum's;
                                        without it AUTO keeps to exact ones */
};

typedef struct lmc_plan_opts {
    lmc_algo algo;
    int variant;                 /* 0 = the family's choice; 1..lmc_algo_variant_count(algo) */
    int threads;                 /* 0 = default; otherwise 1..1024 */
    size_t workspace_limit;      /* bytes; AUTO only considers algorithms within it,
                                    an explicit algo over it is LMC_ERR_NO_ALGO_FITS.
                                    AUTO returns LMC_ERR_UNSUPPORTED when no algorithm
                                    supports the problem at all, LMC_ERR_NO_ALGO_FITS
                                    only when one does but needs more than the limit */
    unsigned flags;              /* LMC_PLAN_* */
    size_t packed_limit;         /* bytes of packed weights and bias (what
                                    lmc_plan_packed_weight_bytes reports); like
                                    workspace_limit: AUTO only considers
                                    algorithms within it, an explicit algo over
                                    it is LMC_ERR_NO_ALGO_FITS.  Default
                                    SIZE_MAX (no limit).  Added in 0.3: set the
                                    options through lmc_plan_opts_init */
} lmc_plan_opts;

void lmc_plan_opts_init(lmc_plan_opts *o);

/* The thread count that threads = 0 stands for: OpenMP's maximum (1 to
 * 1024), 1 in a build without OpenMP. */
int lmc_default_threads(void);

typedef struct lmc_plan lmc_plan;

/* Workspace and packed-weight bytes of algorithm a (not AUTO) in the given
 * variant (0 = its choice) on d at the given thread count (0 = default),
 * without building a plan.  Either output pointer may be NULL.
 * LMC_ERR_UNSUPPORTED if that does not support d; then
 * lmc_unsupported_reason() says why; LMC_ERR_BAD_ARG for a variant out of
 * range. */
lmc_status lmc_query(const lmc_conv_desc *d, lmc_algo a, int variant, int threads,
                     size_t *workspace_bytes, size_t *packed_weight_bytes);

/* Why algorithm a in that variant does not support d, as a short
 * sentence, or NULL if it does (or if d is invalid, a unknown or the
 * variant out of range). */
const char *lmc_unsupported_reason(const lmc_conv_desc *d, lmc_algo a, int variant);

/* Creates a plan.  weights must not be NULL; bias must be non-NULL exactly
 * when d->has_bias.  o may be NULL for the defaults.  On success *out owns a
 * copy of the (re-laid) weights and bias; on failure *out is set to NULL.
 * AUTO fails with LMC_ERR_NO_ALGO_FITS when a family supports the problem
 * but none within the limit, LMC_ERR_UNSUPPORTED when no family supports
 * it, LMC_ERR_OVERFLOW when every one that does has buffers past size_t. */
lmc_status lmc_plan_create(const lmc_conv_desc *d, const lmc_plan_opts *o,
                           const float *weights, const float *bias, lmc_plan **out);

/* What lmc_plan_create(d, o, ...) would decide, without building a plan:
 * returns the status it would return (weights and bias aside; with
 * LMC_PLAN_MEASURE, AUTO ranks by the cost model here) and writes one line
 * into buf (size bytes, always NUL-terminated when size > 0; truncated like
 * snprintf): on LMC_OK the algorithm, variant and sizes; on
 * LMC_ERR_UNSUPPORTED why each family refused the problem; on
 * LMC_ERR_NO_ALGO_FITS which limit excluded them: the smallest workspace
 * that works and which algorithm needs it, and, when some fit the workspace
 * but not opts.packed_limit, the smallest packed weights among those.  For
 * AUTO (on LMC_OK and LMC_ERR_NO_ALGO_FITS) the line goes on with
 * "; candidates: " and every family and variant, separated by "; ": its
 * workspace and packed bytes, its estimated time (with LMC_PLAN_MEASURE:
 * the time measured earlier in this process, where there is one) and why
 * it was not chosen ("slower", "over the workspace limit", "over the
 * packed-weight limit", "not exact ...", the family's reason) or "chosen".
 * buf may be NULL when size is 0.  o may be NULL. */
lmc_status lmc_plan_explain(const lmc_conv_desc *d, const lmc_plan_opts *o, char *buf, size_t size);

/* ---- a whole network --------------------------------------------------------
 * Plans the n convolutions of a network together, for one workspace that
 * is allocated once and reused by every layer (layers run one after
 * another, so it is the largest layer's need, not the sum).  Nothing is
 * built: choices[i].opts is what to pass to lmc_plan_create for layer i
 * (with its weights), which then makes exactly that plan.
 *
 * o (NULL: the defaults) is shared by every layer and must be AUTO with
 * variant 0.  Its workspace_limit bounds the one shared workspace (so each
 * layer's), its packed_limit the sum of every layer's packed weights; its
 * threads and flags apply to each layer (LMC_PLAN_MEASURE times the
 * candidates on zero weights and data, as lmc_plan_create would).  Each
 * layer first takes, among its candidates within the workspace limit, the
 * fastest of those with the fewest packed bytes; the packed budget left is
 * then spent greedily where it buys the most estimated (measured) time per
 * byte, so with no packed limit every layer runs the fastest candidate
 * that fits the workspace limit.
 *
 * On LMC_OK, choices[0..n-1] and *total are filled.  Errors: LMC_ERR_NULL
 * (layers, choices or total NULL), LMC_ERR_BAD_ARG (n is 0, o is not AUTO
 * with variant 0, bad threads or flags), LMC_ERR_NOMEM, and the status
 * lmc_plan_create would give for one layer (a descriptor error,
 * LMC_ERR_UNSUPPORTED, LMC_ERR_NO_ALGO_FITS when no candidate fits the
 * workspace limit, LMC_ERR_OVERFLOW), with total->failed_layer its index
 * (lmc_plan_explain on that layer says why); LMC_ERR_NO_ALGO_FITS with
 * failed_layer n when the layers' smallest packed weights together exceed
 * packed_limit.  On an error choices are unspecified. */
typedef struct lmc_network_layer {
    lmc_plan_opts opts;           /* algo and variant chosen; limits and threads as given */
    size_t workspace_bytes;       /* this layer's plan's workspace */
    size_t packed_weight_bytes;   /* and its packed weights and bias */
    double seconds;               /* its estimated (measured) time */
} lmc_network_layer;

typedef struct lmc_network_plan {
    size_t workspace_bytes;       /* the one workspace to allocate: the largest layer's */
    size_t packed_weight_bytes;   /* the sum of the layers' */
    double seconds;               /* the sum of the layers' times */
    size_t failed_layer;          /* on an error of one layer its index, else n */
} lmc_network_plan;

lmc_status lmc_plan_network(const lmc_conv_desc *layers, size_t n, const lmc_plan_opts *o,
                            lmc_network_layer *choices, lmc_network_plan *total);

/* Bytes of workspace that lmc_execute needs (may be 0). */
size_t lmc_plan_workspace_bytes(const lmc_plan *p);
/* Bytes of plan-owned transformed weights (and bias). */
size_t lmc_plan_packed_weight_bytes(const lmc_plan *p);
/* Name of the chosen family, e.g. "im2col", and of the variant it runs
 * (resolved when the family chose: "64x6"; NULL for a family without
 * variants). */
const char *lmc_plan_algorithm(const lmc_plan *p);
const char *lmc_plan_variant(const lmc_plan *p);
lmc_algo lmc_plan_algo(const lmc_plan *p);
int lmc_plan_threads(const lmc_plan *p);

/* y = conv(x) with the plan's weights.  workspace may be NULL only when the
 * plan needs 0 bytes.  If workspace_bytes is less than required, returns
 * LMC_ERR_WORKSPACE_TOO_SMALL and writes nothing; a pointer that is not
 * 4-byte aligned gives LMC_ERR_BAD_ARG.  x and y must not overlap. */
lmc_status lmc_execute(const lmc_plan *p, const float *x, float *y,
                       void *workspace, size_t workspace_bytes);

void lmc_plan_destroy(lmc_plan *p);   /* NULL is a no-op */

const char *lmc_strerror(lmc_status s);

/* Family names: "ref", "im2col", ...; "auto" for LMC_ALGO_AUTO. */
const char *lmc_algo_name(lmc_algo a);

/* Named variants of a family (0 for a family without variants or an
 * unknown id), and the name of variant v in 1..count (NULL otherwise). */
int lmc_algo_variant_count(lmc_algo a);
const char *lmc_algo_variant_name(lmc_algo a, int v);

/* Parses "family" or "family:variant" ("direct", "direct:64x6", "auto",
 * and the 0.1 names "im2row", "kn2col-as", "mec-a", "mec-b") into *a and
 * *variant (0 when none is named).  LMC_ERR_UNKNOWN_ALGO for an unknown
 * family or variant name. */
lmc_status lmc_algo_parse(const char *spec, lmc_algo *a, int *variant);

/* Whether every summation of algorithm a is exact for integer data whose
 * partial sums stay below 2^24 (then it must match LMC_ALGO_REF bit for
 * bit).  False for Winograd and FFT. */
int lmc_algo_is_exact(lmc_algo a);

/* ---- wisdom: what the tuner measured on this machine ----------------------
 * Like FFTW's wisdom: `lmconv-bench tune` times the variants of each family
 * on a set of layers and records the fastest per problem, thread count and
 * CPU in a plain-text file.  A plan that leaves the variant to the family
 * (opts.variant = 0, and AUTO's candidates) takes the recorded variant when
 * the wisdom has one for exactly this problem (sizes, stride, padding,
 * dilation, groups, layout, threads) measured on this CPU (vendor, family,
 * model, ISA in use, L1d and L2 sizes); otherwise the family's own rule.
 *
 * The text, line by line ('#' starts a comment):
 *   lmconv-wisdom 2
 *   cpu AuthenticAMD-25-17 avx512 l1d=32768 l2=1048576
 *   direct:64x6 n1c64h56w56m64k3x3s1x1p1.1.1.1d1x1g1 nhwc t2 0.000412
 *   eff im2col pointwise nchw t1 1.83
 * (family:variant, problem, layout, threads, measured seconds; an "eff"
 * line, new in format 2, is the tuner's calibration of AUTO's cost model
 * for a family[:variant] on a kind of problem -- spatial (kernel larger
 * than 1x1), pointwise (1x1) or grouped (groups > 1) -- in a layout at a
 * thread count: the model's estimate over the measured time, by which AUTO
 * divides its estimate).
 * Format 1 files are still read; exports are format 2.  Entries of
 * other CPUs are kept (a file can be merged from several machines) but not
 * used.  The environment variable LMC_WISDOM names a file that is imported
 * once, before the first plan; a malformed one is ignored with a message on
 * stderr.  All wisdom functions are thread-safe. */

/* Adds the entries of `text` (a later entry for the same problem, or
 * eff line for the same family, variant, kind, layout and threads, replaces an
 * earlier one).  Atomic: on LMC_ERR_BAD_WISDOM (wrong header or format
 * version, malformed or truncated line, an eff line in a format 1 text,
 * unknown family or variant, invalid problem, more than 16384 entries)
 * nothing changes, and
 * lmc_wisdom_error() says which line and why. */
lmc_status lmc_wisdom_import_string(const char *text);
/* The same from a file: LMC_ERR_IO if it cannot be read. */
lmc_status lmc_wisdom_import_file(const char *path);
/* Writes all wisdom as text into buf (NUL-terminated) when it has room for
 * it, and its length without the NUL into *len: call with buf = NULL,
 * cap = 0 to size the buffer.  LMC_ERR_BAD_ARG (nothing written) if cap
 * is too small. */
lmc_status lmc_wisdom_export_string(char *buf, size_t cap, size_t *len);
/* Writes all wisdom to a file, replacing it whole (through a temporary
 * file and a rename, so a reader never sees half of it). */
lmc_status lmc_wisdom_export_file(const char *path);
/* Forgets all wisdom (LMC_WISDOM is not read again). */
void lmc_wisdom_forget(void);
/* Entries held: all of them, or (this_cpu != 0) those of this CPU only. */
size_t lmc_wisdom_count(int this_cpu);
/* Why this thread's last failed import failed ("" if none). */
const char *lmc_wisdom_error(void);

#if defined(__GNUC__)
#pragma GCC visibility pop
#endif
#ifdef __cplusplus
}
#endif
#endif /* LMCONV_H */
