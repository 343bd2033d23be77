/* lmconv's own SGEMM (BLIS structure: blocking loops, packing, an MR x NR
 * register micro-kernel).  Its packing buffers come from the caller's
 * workspace, so every byte it uses is declared (DESIGN.md, rule 1).
 *
 * Structure (gemm.c): the NC loop over columns of C, the KC loop over the
 * reduction, B packed into KC x NR panels, the MC loop over rows, A packed
 * into MR x KC panels, then the NR and MR loops around the micro-kernel
 * (ukernel.h; one per ISA: 14x32 AVX-512, 6x16 AVX2+FMA, 4x16 portable C).
 * Partial panels are zero-padded; edge tiles go to lmc_gemm_tile (an edge
 * kernel, or a stack tile), narrow last columns to a tail kernel.
 * MC, KC, NC come from the detected cache sizes (cpu.h).
 *
 * ISA: the kernel set is chosen at run time from CPUID (lmc_isa_active():
 * the best the CPU has, lowered by LMC_ISA=avx512|avx2|scalar or
 * lmc_isa_set()).  Workspace sizes and packed layouts depend on the ISA, so
 * a size query and the call it sizes must happen under the same ISA setting
 * (they always do unless lmc_isa_set() is called in between).
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
 * ws must hold lmc_sgemm_workspace_bytes(m, n, k, threads) bytes (4-byte
 * alignment suffices); the GEMM touches nothing else besides A, B and C.
 * threads is how many threads this call may use internally; pass 1 when
 * calling from inside a parallel region (then ws is this thread's slice).
 */
void lmc_sgemm(size_t m, size_t n, size_t k, float alpha,
               const float *a, ptrdiff_t rsa, ptrdiff_t csa,
               const float *b, ptrdiff_t rsb, ptrdiff_t csb,
               float beta, float *c, ptrdiff_t ldc, void *ws, int threads);

/* Exact workspace bytes of lmc_sgemm for these sizes and threads: per
 * thread's share of C, the packed A block (MC' x KC' floats) and B block
 * (KC' x NC' floats), where MC', KC', NC' are the block sizes balanced over
 * m, k, n (e.g. KC' = k when k <= KC; MC' = m rounded up to MR when m <= MC).
 * When m <= 4 MR ("small m": B is read in place if its column stride is 1,
 * else packed one KC x NR panel at a time) the B block is one KC' x NR panel,
 * placed first, and may go unused.  The A block is always packed and is
 * last, so at threads == 1 the call writes the last byte.  0 when m, n or k
 * is 0.  Depends only on (m, n, k, threads) and the active ISA, never on
 * the strides. */
size_t lmc_sgemm_workspace_bytes(size_t m, size_t n, size_t k, int threads);

/* ---- prepacked A (e.g. convolution weights packed once at plan time) ----
 *
 * Layout: a 64-byte header (magic, ISA, m, k) followed by ceil(m / MR)
 * panels of k x MR floats (panel r holds rows r*MR .. r*MR+MR-1, step p's MR
 * values contiguous, rows past m zero).  It depends on the ISA active when
 * packing (MR), not on the thread count or the block sizes; the multiply
 * uses the kernel of the ISA recorded in the header. */
size_t lmc_sgemm_packed_a_bytes(size_t m, size_t k);
/* Packs op(A) (m x k, element (i, p) at a[i * rsa + p * csa]) into dst of
 * lmc_sgemm_packed_a_bytes(m, k) bytes, writing all of it. */
void lmc_sgemm_pack_a(size_t m, size_t k, const float *a, ptrdiff_t rsa, ptrdiff_t csa,
                      void *dst);
/* C = alpha * A * op(B) + beta * C with A from lmc_sgemm_pack_a(m, k, ...).
 * ws: lmc_sgemm_prepacked_a_workspace_bytes(m, n, k, threads) bytes (the B
 * blocks only).  Threads split the columns of C. */
void lmc_sgemm_prepacked_a(size_t m, size_t n, size_t k, float alpha, const void *packed_a,
                           const float *b, ptrdiff_t rsb, ptrdiff_t csb,
                           float beta, float *c, ptrdiff_t ldc, void *ws, int threads);
size_t lmc_sgemm_prepacked_a_workspace_bytes(size_t m, size_t n, size_t k, int threads);

/* ---- prepacked B (e.g. weights as the right operand: MEC, kn2row) ------
 *
 * Layout: a 64-byte header followed by ceil(n / NR) panels of k x NR floats
 * (panel q holds columns q*NR .. q*NR+NR-1, step p's NR values contiguous,
 * columns past n zero).  ISA-dependent (NR) like packed A. */
size_t lmc_sgemm_packed_b_bytes(size_t k, size_t n);
/* Packs op(B) (k x n, element (p, j) at b[p * rsb + j * csb]) into dst of
 * lmc_sgemm_packed_b_bytes(k, n) bytes, writing all of it. */
void lmc_sgemm_pack_b(size_t k, size_t n, const float *b, ptrdiff_t rsb, ptrdiff_t csb,
                      void *dst);
/* C = alpha * op(A) * B + beta * C with B from lmc_sgemm_pack_b(k, n, ...).
 * ws: lmc_sgemm_prepacked_b_workspace_bytes(m, n, k, threads) bytes (the A
 * blocks only).  Threads split the rows of C. */
void lmc_sgemm_prepacked_b(size_t m, size_t n, size_t k, float alpha,
                           const float *a, ptrdiff_t rsa, ptrdiff_t csa, const void *packed_b,
                           float beta, float *c, ptrdiff_t ldc, void *ws, int threads);
size_t lmc_sgemm_prepacked_b_workspace_bytes(size_t m, size_t n, size_t k, int threads);
/* The same with the rows of op(A) in groups of rows_per_group, group q
 * starting gsa floats after group q-1: element (i, p) at
 *     a[(i / rows_per_group) * gsa + (i % rows_per_group) * rsa + p * csa]
 * (rows_per_group == 0: one group, i.e. lmc_sgemm_prepacked_b).  One call
 * thus multiplies rows that no single stride reaches -- MEC's band of
 * output rows, each output row Wo rows of its lowered matrix -- with one
 * pass over the packed B instead of one per group.  C is unchanged (row i
 * at c + i * ldc).  The grouping only changes where A's rows are read
 * (A is packed per MC block), so the workspace is exactly
 * lmc_sgemm_prepacked_b_workspace_bytes(m, n, k, threads). */
void lmc_sgemm_prepacked_b_grouped(size_t m, size_t n, size_t k, float alpha,
                                   const float *a, ptrdiff_t rsa, ptrdiff_t csa,
                                   size_t rows_per_group, ptrdiff_t gsa, const void *packed_b,
                                   float beta, float *c, ptrdiff_t ldc, void *ws, int threads);

/* ---- introspection (tests, benchmarks) ---- */
typedef struct lmc_gemm_params {
    const char *kernel;      /* e.g. "f32_gemm_ukernel_14x32__avx512" */
    int isa;                 /* lmc_isa */
    int mr, nr;
    size_t mc, kc, nc;
} lmc_gemm_params;
/* Tile and block sizes the GEMM uses under the active ISA. */
lmc_gemm_params lmc_gemm_get_params(void);

#endif
