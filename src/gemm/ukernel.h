/* Internal: the GEMM micro-kernel ABI and the per-ISA kernel table.
 *
 * A micro-kernel computes one full MR x NR tile
 *     C[i][j] = alpha * sum_p A(i, p) * B(p, j) + beta * C[i][j]
 * for i < MR, j < NR, p < kc, where
 *     A(i, p) = a[i * rsa + p * csa]   (packed panel: rsa = 1, csa = MR)
 *     B(p, j) = b[p * rsb + j]         (packed panel: rsb = NR)
 *     C[i][j] = c[i * ldc + j].
 * beta == 0 never reads C.  Loads are unaligned; nothing is read outside the
 * MR x kc and kc x NR operands.  Edge tiles are the driver's business:
 * lmc_gemm_tile (below) runs an ISA's edge kernel, or the full kernel into
 * a stack tile and copies the valid part. */
#ifndef LMC_GEMM_UKERNEL_H
#define LMC_GEMM_UKERNEL_H

#include <stddef.h>

typedef void (*lmc_f32_gemm_ukernel)(size_t kc, const float *a, ptrdiff_t rsa, ptrdiff_t csa,
                                      const float *b, ptrdiff_t rsb, float *c, ptrdiff_t ldc,
                                      float alpha, float beta);

#define LMC_GEMM_MR_MAX 16
#define LMC_GEMM_NR_MAX 32

void lmc_f32_gemm_ukernel_14x32__avx512(size_t kc, const float *a, ptrdiff_t rsa, ptrdiff_t csa,
                                        const float *b, ptrdiff_t rsb, float *c, ptrdiff_t ldc,
                                        float alpha, float beta);
void lmc_f32_gemm_ukernel_6x16__avx2(size_t kc, const float *a, ptrdiff_t rsa, ptrdiff_t csa,
                                     const float *b, ptrdiff_t rsb, float *c, ptrdiff_t ldc,
                                     float alpha, float beta);
void lmc_f32_gemm_ukernel_8x12__neon(size_t kc, const float *a, ptrdiff_t rsa, ptrdiff_t csa,
                                     const float *b, ptrdiff_t rsb, float *c, ptrdiff_t ldc,
                                     float alpha, float beta);
void lmc_f32_gemm_ukernel_4x16__scalar(size_t kc, const float *a, ptrdiff_t rsa, ptrdiff_t csa,
                                       const float *b, ptrdiff_t rsb, float *c, ptrdiff_t ldc,
                                       float alpha, float beta);

/* Edge kernels: the mr x nr corner (mr <= MR, nr <= NR) of a tile, same
 * operands as the full kernel, C written only inside the corner. */
typedef void (*lmc_f32_gemm_ukernel_edge)(size_t kc, const float *a, ptrdiff_t rsa,
                                           ptrdiff_t csa, const float *b, ptrdiff_t rsb,
                                           float *c, ptrdiff_t ldc, float alpha, float beta,
                                           size_t mr, size_t nr);
void lmc_f32_gemm_ukernel_14x32__avx512_edge(size_t kc, const float *a, ptrdiff_t rsa,
                                             ptrdiff_t csa, const float *b, ptrdiff_t rsb,
                                             float *c, ptrdiff_t ldc, float alpha, float beta,
                                             size_t mr, size_t nr);

/* A-panel packing of one full MR-row panel from row-major rows (unit
 * column stride): dst[p * MR + i] = rows[i][p] for p < kb, i < MR.  Optional
 * per ISA; gemm.c's portable loop does the rest (edges, other strides). */
typedef void (*lmc_f32_gemm_packa)(size_t kb, const float *const *rows, float *dst);
void lmc_f32_gemm_packa_14__avx512(size_t kb, const float *const *rows, float *dst);

/* Column tails: C[i][j] = alpha * sum_p A(i, p) * B(p, j) + beta * C[i][j]
 * for i < rows, j < w <= LMC_GEMM_TAIL_MAX, with A in packed MR-row panels
 * (panel q at a + q * aps, step p's MR values contiguous) and B(p, j) =
 * b[p * rsb + j]: the narrow last columns of a B block, computed with the
 * vectors along the rows (see f32-gemm-tail-14-avx512.c).  Optional per ISA;
 * tail_panels(w) is how many panels the kernel does at once, so that a
 * driver can hand them over while they are still in cache. */
#define LMC_GEMM_TAIL_MAX 8
typedef void (*lmc_f32_gemm_tail)(size_t kc, const float *a, size_t aps, size_t rows,
                                  const float *b, ptrdiff_t rsb, size_t w, float *c,
                                  ptrdiff_t ldc, float alpha, float beta);
typedef size_t (*lmc_f32_gemm_tail_panels)(size_t w);
void lmc_f32_gemm_tail_14__avx512(size_t kc, const float *a, size_t aps, size_t rows,
                                  const float *b, ptrdiff_t rsb, size_t w, float *c,
                                  ptrdiff_t ldc, float alpha, float beta);
size_t lmc_f32_gemm_tail_panels_14__avx512(size_t w);

/* Columns of a last B panel, w < nr wide, that a driver gives the tail
 * kernel: all of them when w <= LMC_GEMM_TAIL_MAX; when w is at most that
 * beyond one vector (nr / 2), the ones past the vector, which the edge
 * kernel then computes at full width (49 = 32 + 16 + 1 columns); else
 * none. */
static inline size_t lmc_gemm_tail_cols(size_t nr, size_t w)
{
    if (w >= nr) return 0;
    if (w <= LMC_GEMM_TAIL_MAX) return w;
    return w > nr / 2 && w - nr / 2 <= LMC_GEMM_TAIL_MAX ? w - nr / 2 : 0;
}

/* ---- the kernel set of one ISA, and one tile ------------------------------
 * The macro-kernel (gemm.h, lmc_gemm_macro) takes them from its context. */
typedef struct lmc_gemm_ukernels {
    lmc_f32_gemm_ukernel ukr;
    lmc_f32_gemm_ukernel_edge edge;   /* partial tiles, or NULL: a stack tile */
    lmc_f32_gemm_packa packa;         /* full row-major A panels, or NULL */
    lmc_f32_gemm_tail tail;           /* narrow column tails, or NULL */
    lmc_f32_gemm_tail_panels tail_panels;
    const char *name;
    int isa;                          /* lmc_isa */
    size_t mr, nr;
} lmc_gemm_ukernels;

/* One tile of packed or strided A (rsa, csa) and packed B (rsb, unit
 * column stride): C = alpha * A * B + beta * C over its mr x nr corner.  A
 * full tile is the kernel straight into C; a partial one the ISA's edge
 * kernel, else the full kernel into a stack tile whose corner is merged
 * into C -- nothing outside the corner is touched (an output may end at a
 * guard page). */
static inline void lmc_gemm_tile(const lmc_gemm_ukernels *k, size_t kc, const float *a,
                                 ptrdiff_t rsa, ptrdiff_t csa, const float *b, ptrdiff_t rsb,
                                 float *c, ptrdiff_t ldc, size_t mr, size_t nr, float alpha,
                                 float beta)
{
    if (mr == k->mr && nr == k->nr) {
        k->ukr(kc, a, rsa, csa, b, rsb, c, ldc, alpha, beta);
        return;
    }
    if (k->edge) {
        k->edge(kc, a, rsa, csa, b, rsb, c, ldc, alpha, beta, mr, nr);
        return;
    }
    float t[LMC_GEMM_MR_MAX * LMC_GEMM_NR_MAX];
    k->ukr(kc, a, rsa, csa, b, rsb, t, (ptrdiff_t)k->nr, 1.0f, 0.0f);
    for (size_t i = 0; i < mr; i++) {
        float *ci = c + (ptrdiff_t)i * ldc;
        const float *ti = t + i * k->nr;
        if (beta == 0.0f) {
            for (size_t j = 0; j < nr; j++) ci[j] = alpha * ti[j];
        } else {
            for (size_t j = 0; j < nr; j++) ci[j] = alpha * ti[j] + beta * ci[j];
        }
    }
}

#endif
