/* lmconv's own SGEMM (BLIS structure: blocking loops, packing, an MR x NR
 * register micro-kernel).  Its packing buffers come from the caller's
 * workspace, so every byte it uses is declared.
 *
 * Structure (gemm.c): the NC loop over columns of C, the KC loop over the
 * reduction, B packed into KC x NR panels, the MC loop over rows, A packed
 * into MR x KC panels, then the macro-kernel (lmc_gemm_macro): the NR and
 * MR loops around the micro-kernel (ukernel.h), edge tiles and narrow
 * column tails included.  The macro-kernel is the one loop around the
 * micro-kernel in the library: the convolutions that pack their own
 * operands (kn2row-aa's gather, indirect's pointers) call it too.
 *
 * Context: everything ISA-dependent -- the micro-kernel set, MR x NR and
 * the cache blocks MC, KC, NC derived from the detected caches -- is one
 * lmc_gemm_ctx per ISA, filled once.  A plan keeps the context it sized
 * its workspace and packed its operands with, and passes it to every call,
 * so a later LMC_ISA change cannot make a call misread them.
 *
 * Threads: `threads` is how many threads a call may use (OpenMP; ignored
 * without it).  The call splits C into `threads` column blocks (or row
 * blocks when C is tall, or when B is prepacked), each an independent
 * single-threaded GEMM with its own slice of the workspace; with threads ==
 * 1 no parallel region is opened.  Pass 1 when calling from inside a
 * parallel region (then ws is this thread's slice).
 *
 * Exactness: every product is accumulated in fp32 with FMA (or mul+add in
 * the portable kernel) in some order; for integer data whose partial sums
 * stay below 2^24 and alpha == 1 the result is exact.
 *
 * Nothing here allocates.  Pointers (A, B, C, ws, packed buffers) need only
 * float alignment (4 bytes): kernels use unaligned loads and stores, and no
 * byte of ws is spent on alignment padding.
 */
#ifndef LMC_GEMM_H
#define LMC_GEMM_H

#include <stddef.h>

#include "gemm/ukernel.h"

typedef struct lmc_gemm_ctx {
    lmc_gemm_ukernels k;     /* micro-kernels, MR x NR, ISA */
    size_t mc, kc, nc;       /* cache blocks */
    size_t nc_l2;            /* NC when all rows fit one MC block: the B block stays in L2 */
    size_t l2_half;          /* bytes: a B block this small stays in L2 */
    size_t small_m;          /* m <= small_m: B read in place (gemm.c, small-m mode) */
} lmc_gemm_ctx;

/* The context of an lmc_isa (an ISA without kernels in this build gives
 * the portable one), and of the ISA active now (lmc_isa_active()). */
const lmc_gemm_ctx *lmc_gemm_ctx_for(int isa);
const lmc_gemm_ctx *lmc_gemm_ctx_active(void);

/*
 * C = alpha * op(A) * op(B) + beta * C, row-major C with row stride ldc.
 *
 * Operands have general strides (as in BLIS): op(A) is m x k with element
 * (i, p) at a[i * rsa + p * csa]; op(B) is k x n with element (p, j) at
 * b[p * rsb + j * csb].  A transpose is a swap of the two strides; a strided
 * view (every s-th column) or an overlapping window is just a stride.
 *
 * beta == 0 never reads C (C may hold NaN).  m, n or k == 0 are allowed
 * (k == 0 gives C = beta * C).
 * ws must hold lmc_sgemm_workspace_bytes(g, m, n, k, threads) bytes (4-byte
 * alignment suffices); the GEMM touches nothing else besides A, B and C.
 */
void lmc_sgemm(const lmc_gemm_ctx *g, size_t m, size_t n, size_t k, float alpha,
               const float *a, ptrdiff_t rsa, ptrdiff_t csa,
               const float *b, ptrdiff_t rsb, ptrdiff_t csb,
               float beta, float *c, ptrdiff_t ldc, void *ws, int threads);

/* Exact workspace bytes of lmc_sgemm for these sizes and threads: per
 * thread's share of C, the packed A block (MC' x KC' floats) and B block
 * (KC' x NC' floats), where MC', KC', NC' are the block sizes balanced over
 * m, k, n (e.g. KC' = k when k <= KC; MC' = m rounded up to MR when m <= MC).
 * When m <= small_m (B is read in place if its column stride is 1, else
 * packed one KC x NR panel at a time) the B block is one KC' x NR panel,
 * placed first, and may go unused.  The A block is always packed and is
 * last, so at threads == 1 the call writes the last byte.  0 when m, n or k
 * is 0.  Depends only on (m, n, k, threads) and g, never on the strides. */
size_t lmc_sgemm_workspace_bytes(const lmc_gemm_ctx *g, size_t m, size_t n, size_t k, int threads);

/* ---- prepacked operands (e.g. convolution weights packed once at plan time) ----
 *
 * Packed A: ceil(m / MR) panels of k x MR floats (panel r holds rows r*MR ..
 * r*MR+MR-1, step p's MR values contiguous, rows past m zero).  Packed B:
 * ceil(n / NR) panels of k x NR floats, likewise by columns.  The layout
 * depends on g's MR / NR only. */
size_t lmc_sgemm_packed_a_bytes(const lmc_gemm_ctx *g, size_t m, size_t k);
size_t lmc_sgemm_packed_b_bytes(const lmc_gemm_ctx *g, size_t k, size_t n);
/* Packs op(A) (m x k, element (i, p) at a[i * rsa + p * csa]) / op(B) (k x
 * n, element (p, j) at b[p * rsb + j * csb]) into dst, writing all of it. */
void lmc_sgemm_pack_a(const lmc_gemm_ctx *g, size_t m, size_t k, const float *a, ptrdiff_t rsa,
                      ptrdiff_t csa, void *dst);
void lmc_sgemm_pack_b(const lmc_gemm_ctx *g, size_t k, size_t n, const float *b, ptrdiff_t rsb,
                      ptrdiff_t csb, void *dst);
/* The same for an operand no pair of strides describes (MEC's NCHW weights
 * in its (kh, c, kw) reduction order): element (i, p) of A / (p, j) of B
 * is at(ctx, i, p) / at(ctx, p, j).  For plan time. */
typedef float (*lmc_gemm_elem_fn)(const void *ctx, size_t row, size_t col);
void lmc_sgemm_pack_a_fn(const lmc_gemm_ctx *g, size_t m, size_t k, lmc_gemm_elem_fn at,
                         const void *ctx, void *dst);
void lmc_sgemm_pack_b_fn(const lmc_gemm_ctx *g, size_t k, size_t n, lmc_gemm_elem_fn at,
                         const void *ctx, void *dst);

/* C = alpha * A * op(B) + beta * C with A from lmc_sgemm_pack_a(g, m, k, ...).
 * ws: lmc_sgemm_prepacked_a_workspace_bytes(g, m, n, k, threads) bytes (the
 * B blocks only).  Threads split the columns of C. */
void lmc_sgemm_prepacked_a(const lmc_gemm_ctx *g, size_t m, size_t n, size_t k, float alpha,
                           const void *packed_a, const float *b, ptrdiff_t rsb, ptrdiff_t csb,
                           float beta, float *c, ptrdiff_t ldc, void *ws, int threads);
size_t lmc_sgemm_prepacked_a_workspace_bytes(const lmc_gemm_ctx *g, size_t m, size_t n, size_t k,
                                             int threads);

/* The most lmc_sgemm_prepacked_a_workspace_bytes(g, m, n', k, 1) gives for
 * any n' <= n, which some n' <= n reaches (the B block grows with n' up to
 * one cache block; balanced blocks of a wider n' stay within it): for a
 * caller that books one slice for single-threaded GEMMs of many widths
 * and must know when it has found the widest need without trying them all. */
size_t lmc_sgemm_prepacked_a_workspace_cap(const lmc_gemm_ctx *g, size_t m, size_t n, size_t k);

/* C = alpha * op(A) * B + beta * C with B from lmc_sgemm_pack_b(g, k, n, ...),
 * the rows of op(A) in groups of rows_per_group, group q starting gsa
 * floats after group q-1: element (i, p) at
 *     a[(i / rows_per_group) * gsa + (i % rows_per_group) * rsa + p * csa]
 * (rows_per_group == 0: one group, a plain strided A).  One call thus
 * multiplies rows that no single stride reaches -- MEC's band of output
 * rows, each output row Wo rows of its lowered matrix -- with one pass over
 * the packed B instead of one per group.  C is unchanged (row i at c + i *
 * ldc).  ws: lmc_sgemm_prepacked_b_workspace_bytes(g, m, n, k, threads)
 * bytes (the A blocks only; the grouping does not change them).  Threads
 * split the rows of C. */
void lmc_sgemm_prepacked_b(const lmc_gemm_ctx *g, size_t m, size_t n, size_t k, float alpha,
                           const float *a, ptrdiff_t rsa, ptrdiff_t csa, size_t rows_per_group,
                           ptrdiff_t gsa, const void *packed_b, float beta, float *c,
                           ptrdiff_t ldc, void *ws, int threads);
size_t lmc_sgemm_prepacked_b_workspace_bytes(const lmc_gemm_ctx *g, size_t m, size_t n, size_t k,
                                             int threads);
/* Likewise the most lmc_sgemm_prepacked_b_workspace_bytes(g, m', n, k, 1)
 * gives for any m' <= m (the A block). */
size_t lmc_sgemm_prepacked_b_workspace_cap(const lmc_gemm_ctx *g, size_t m, size_t n, size_t k);

/* ---- the macro-kernel -------------------------------------------------------
 * C (m x n, row stride ldc) = alpha * A * B + beta * C over kb steps, A in
 * packed MR-row panels (panel i at a + i * aps, step p's MR values at
 * + p * MR), B in NR-column panels (panel j at b + j * bps, step p at
 * + p * rsb; rsb = NR when packed).  Rows past m and columns past n of the
 * panels are never written to C.  Narrow last columns go to the ISA's tail
 * kernel, partial tiles to its edge kernel (ukernel.h). */
enum {
    /* A panel outer, sweeping the B panels (the B block must stay in L2);
     * otherwise B panel outer, sweeping the A panels. */
    LMC_GEMM_A_OUTER = 1u << 0,
    /* A comes from L3 or memory (prepacked over all of k): fetch the next
     * A panel while the current one is in use. */
    LMC_GEMM_PREFETCH_A = 1u << 1,
};
typedef struct lmc_gemm_block {
    size_t m, n, kb;
    const float *a;
    size_t aps;
    const float *b;
    size_t bps;
    ptrdiff_t rsb;
    float *c;
    ptrdiff_t ldc;
    float alpha, beta;
} lmc_gemm_block;
void lmc_gemm_macro(const lmc_gemm_ctx *g, const lmc_gemm_block *blk, unsigned flags);

#endif
