/* lmconv's SGEMM driver: BLIS loops, packing, edge tiles, threads and the
 * run-time kernel choice.  See gemm.h for the contract. */
#include "gemm/gemm.h"

#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cpu.h"
#include "internal.h"
#include "gemm/ukernel.h"

/* ---- contexts, one per ISA ------------------------------------------------- */
static lmc_gemm_ctx g_ctx[LMC_ISA_COUNT];
static pthread_once_t g_ctx_once = PTHREAD_ONCE_INIT;

static size_t round_up(size_t x, size_t r) { return (x + r - 1) / r * r; }
static size_t min_sz(size_t a, size_t b) { return a < b ? a : b; }
static size_t max_sz(size_t a, size_t b) { return a > b ? a : b; }

/* NC when one MC block holds every row: each packed B panel then meets a
 * few tiles only, so the B block is kept in L2 instead of L3. */
static void set_nc_l2(lmc_gemm_ctx *g, const lmc_cpu_info *ci)
{
    size_t nc2 = ci->l2_bytes / 2 / (g->kc * sizeof(float));
    g->nc_l2 = max_sz(g->k.nr * 2, min_sz(nc2, g->nc) / g->k.nr * g->k.nr);
}

/* Block sizes from the caches: a KC x NR panel of B fills about L1 (the A
 * micro-panel streams from L2), an MC x KC block of A about half of L2, a
 * KC x NC block of B a share of L3. */
static void set_blocks(lmc_gemm_ctx *g, const lmc_cpu_info *ci)
{
    size_t kc = ci->l1d_bytes / (g->k.nr * sizeof(float));
    kc = max_sz(64, min_sz(kc & ~(size_t)7, 512));
    size_t mc = ci->l2_bytes / 2 / (kc * sizeof(float));
    mc = max_sz(g->k.mr, min_sz(mc, 1024) / g->k.mr * g->k.mr);
    size_t l3 = ci->l3_bytes ? ci->l3_bytes / (size_t)(ci->l3_sharing > 2 ? ci->l3_sharing / 2 : 1)
                             : ci->l2_bytes * 4;
    size_t nc = l3 / 4 / (kc * sizeof(float));
    nc = max_sz(g->k.nr * 4, min_sz(nc, 4096) / g->k.nr * g->k.nr);
    g->kc = kc;
    g->mc = mc;
    g->nc = nc;
    set_nc_l2(g, ci);
    g->l2_half = ci->l2_bytes / 2;
}

/* The kernel sets, one per lmc_isa. */
static const lmc_gemm_ukernels g_ukernels[LMC_ISA_COUNT] = {
    [LMC_ISA_SCALAR] = {lmc_f32_gemm_ukernel_4x16__scalar, NULL, NULL, NULL, NULL,
                        "f32_gemm_ukernel_4x16__scalar", LMC_ISA_SCALAR, 4, 16},
#ifdef LMC_ARCH_X86
    [LMC_ISA_AVX2] = {lmc_f32_gemm_ukernel_6x16__avx2, NULL, NULL, NULL, NULL,
                      "f32_gemm_ukernel_6x16__avx2", LMC_ISA_AVX2, 6, 16},
    [LMC_ISA_AVX512] = {lmc_f32_gemm_ukernel_14x32__avx512, lmc_f32_gemm_ukernel_14x32__avx512_edge,
                        lmc_f32_gemm_packa_14__avx512, lmc_f32_gemm_tail_14__avx512,
                        lmc_f32_gemm_tail_panels_14__avx512, "f32_gemm_ukernel_14x32__avx512",
                        LMC_ISA_AVX512, 14, 32},
#endif
#ifdef LMC_ARCH_AARCH64
    [LMC_ISA_NEON] = {lmc_f32_gemm_ukernel_8x12__neon, NULL, NULL, NULL, NULL,
                      "f32_gemm_ukernel_8x12__neon", LMC_ISA_NEON, 8, 12},
#endif
};

/* An LMC_GEMM_* block override: a decimal integer in [1, max], else 0 (the
 * cache-derived block is kept).  A value outside that range is reported
 * once on stderr: a block of 0 would divide by zero, a huge one overflow
 * the workspace sizes.  Unset or empty means no override. */
static size_t env_block(const char *name, long long max)
{
    const char *e = getenv(name);
    if (!e || !*e) return 0;
    char *end;
    errno = 0;
    const long long v = strtoll(e, &end, 10);
    if (end == e || *end || errno || v < 1 || v > max) {
        fprintf(stderr, "lmconv: ignoring %s=%s: not an integer from 1 to %lld\n", name, e, max);
        return 0;
    }
    return (size_t)v;
}

static void init_ctx(void)
{
    const lmc_cpu_info *ci = lmc_cpu();
    /* LMC_GEMM_MC / KC / NC override the cache-derived block sizes (rounded
     * to the tile), for measuring them.  The bounds keep a thread's A and B
     * blocks (MC x KC + KC x NC floats) far from overflowing a size_t. */
    const size_t e_mc = env_block("LMC_GEMM_MC", 1 << 16), e_kc = env_block("LMC_GEMM_KC", 1 << 16),
                 e_nc = env_block("LMC_GEMM_NC", 1 << 20);
    for (int i = 0; i < LMC_ISA_COUNT; i++) {
        lmc_gemm_ctx *g = &g_ctx[i];
        g->k = g_ukernels[g_ukernels[i].ukr ? i : LMC_ISA_SCALAR];
        set_blocks(g, ci);
        if (e_kc) g->kc = e_kc;
        if (e_mc) g->mc = max_sz(g->k.mr, e_mc / g->k.mr * g->k.mr);
        if (e_nc) g->nc = max_sz(g->k.nr, e_nc / g->k.nr * g->k.nr);
        if (e_kc || e_mc || e_nc) set_nc_l2(g, ci);
        g->small_m = 4 * g->k.mr;
    }
}

const lmc_gemm_ctx *lmc_gemm_ctx_for(int isa)
{
    pthread_once(&g_ctx_once, init_ctx);
    return &g_ctx[isa >= 0 && isa < LMC_ISA_COUNT ? isa : LMC_ISA_SCALAR];
}

const lmc_gemm_ctx *lmc_gemm_ctx_active(void) { return lmc_gemm_ctx_for((int)lmc_isa_active()); }

/* Balanced blocking: len split into ceil(len / max) blocks of equal size
 * (rounded up to unit, never above max, which is a multiple of unit), so no
 * thin last block; the first block is the largest. */
static size_t balanced(size_t len, size_t max, size_t unit)
{
    if (len <= max) return round_up(len, unit) < max ? round_up(len, unit) : max;
    const size_t nblk = (len + max - 1) / max;
    return min_sz(round_up((len + nblk - 1) / nblk, unit), max);
}
static size_t kc_of(const lmc_gemm_ctx *g, size_t k) { return k <= g->kc ? k : balanced(k, g->kc, 8 < g->kc ? 8 : 1); }
static size_t mc_of(const lmc_gemm_ctx *g, size_t m) { return balanced(m, g->mc, g->k.mr); }
static size_t nc_of(const lmc_gemm_ctx *g, size_t m, size_t n)
{
    return balanced(n, m <= g->mc ? g->nc_l2 : g->nc, g->k.nr);
}

/* ---- operands -------------------------------------------------------------- */
/* An operand is either strided memory or prepacked panels spanning all of k. */
typedef struct operand {
    const float *p;          /* strided: element (i, p) of A / (p, j) of B */
    ptrdiff_t rs, cs;
    const float *packed;     /* prepacked panels (full k), or NULL */
    /* A only, rows in groups (lmc_sgemm_prepacked_b): rg rows per
     * group (0: one group), group q at p + q * gs.  r0 is the operand's
     * first row in that numbering, so a thread's share of rows needs no new
     * base pointer (a group boundary may fall inside it). */
    size_t rg;
    ptrdiff_t gs;
    size_t r0;
} operand;

/* Start of row i of strided A. */
static const float *a_row(const operand *a, size_t i)
{
    i += a->r0;
    if (!a->rg) return a->p + (ptrdiff_t)i * a->rs;
    return a->p + (ptrdiff_t)(i / a->rg) * a->gs + (ptrdiff_t)(i % a->rg) * a->rs;
}

typedef struct gemm_job {
    const lmc_gemm_ctx *g;
    size_t m, n, k;
    float alpha, beta;
    operand a, b;
    float *c;
    ptrdiff_t ldc;
} gemm_job;

/* Packs rows [r, r + mb) x steps [pc, pc + kb) of A (element (i, p) at
 * a_row(a, i)[p * cs]) into MR-row panels of kb steps, zero-padding rows. */
static void pack_a(const lmc_gemm_ctx *g, size_t mb, size_t kb, const operand *a, size_t r, size_t pc,
                   float *dst)
{
    const size_t mr = g->k.mr;
    const ptrdiff_t cs = a->cs;
    for (size_t i0 = 0; i0 < mb; i0 += mr) {
        const size_t h = min_sz(mr, mb - i0);
        /* The panel's row starts: rows may be in groups, so each is looked
         * up once per panel rather than stepped by one stride. */
        const float *row[LMC_GEMM_MR_MAX];
        for (size_t i = 0; i < h; i++) row[i] = a_row(a, r + i0 + i) + (ptrdiff_t)pc * cs;
        if (cs == 1 && h == mr && g->k.packa) {
            g->k.packa(kb, row, dst);
        } else if (cs == 1 && h == mr) {
            /* Row-major A: MR read streams, one contiguous write stream. */
            float *d = dst;
            for (size_t p = 0; p < kb; p++, d += mr)
                for (size_t i = 0; i < mr; i++) d[i] = row[i][p];
        } else if (cs == 1) {
            for (size_t i = 0; i < h; i++) {
                const float *s = row[i];
                float *d = dst + i;
                for (size_t p = 0; p < kb; p++) d[p * mr] = s[p];
            }
        } else {
            for (size_t p = 0; p < kb; p++) {
                float *d = dst + p * mr;
                for (size_t i = 0; i < h; i++) d[i] = row[i][(ptrdiff_t)p * cs];
            }
        }
        if (h < mr)
            for (size_t p = 0; p < kb; p++)
                for (size_t i = h; i < mr; i++) dst[p * mr + i] = 0.0f;
        dst += mr * kb;
    }
}

/* Packs steps [0, kb) x columns [0, nb) of B (element (p, j) at
 * b[p * rs + j * cs]) into NR-column panels of kb steps, zero-padding
 * columns. */
static void pack_b(size_t nr, size_t kb, size_t nb, const float *b, ptrdiff_t rs, ptrdiff_t cs,
                   float *dst)
{
    if (cs == 1) {
        /* Row-major B: walk each row of B once, left to right (a column-strip
         * walk would touch one page per step when rows are far apart). */
        const size_t full = nb / nr * nr, w = nb - full;
        for (size_t p = 0; p < kb; p++) {
            const float *s = b + (ptrdiff_t)p * rs;
            float *d = dst + p * nr;
            if (p + 8 < kb) {
                /* Rows of B may be far apart (im2col): fetch a few rows
                 * ahead so the short row segments stream. */
                const float *pf = s + 8 * rs;
                for (size_t j = 0; j < nb; j += 16) __builtin_prefetch(pf + j, 0, 3);
            }
            for (size_t j0 = 0; j0 < full; j0 += nr, d += kb * nr)
                for (size_t j = 0; j < nr; j++) d[j] = s[j0 + j];
            if (w) {
                memcpy(d, s + full, w * sizeof(float));
                for (size_t j = w; j < nr; j++) d[j] = 0.0f;
            }
        }
        return;
    }
    for (size_t j0 = 0; j0 < nb; j0 += nr) {
        const size_t w = min_sz(nr, nb - j0);
        const float *src = b + (ptrdiff_t)j0 * cs;
        if (rs == 1) {
            for (size_t j = 0; j < w; j++) {
                const float *s = src + (ptrdiff_t)j * cs;
                float *d = dst + j;
                for (size_t p = 0; p < kb; p++) d[p * nr] = s[p];
            }
            if (w < nr)
                for (size_t p = 0; p < kb; p++)
                    for (size_t j = w; j < nr; j++) dst[p * nr + j] = 0.0f;
        } else {
            for (size_t p = 0; p < kb; p++) {
                const float *s = src + (ptrdiff_t)p * rs;
                float *d = dst + p * nr;
                for (size_t j = 0; j < w; j++) d[j] = s[(ptrdiff_t)j * cs];
                for (size_t j = w; j < nr; j++) d[j] = 0.0f;
            }
        }
        dst += nr * kb;
    }
}

/* The tail kernel's share of a last B panel w columns wide (ukernel.h). */
static size_t tail_cols(const lmc_gemm_ctx *g, size_t w)
{
    return g->k.tail ? lmc_gemm_tail_cols(g->k.nr, w) : 0;
}

/* The tail columns [w - tc, w) of B panel bp (at column jl of C) for the A
 * panels [q0, q1) of a block of m rows. */
static void run_tail(const lmc_gemm_ctx *g, const lmc_gemm_block *k, size_t q0, size_t q1,
                     const float *bp, size_t w, size_t tc, size_t jl)
{
    const size_t r0 = q0 * g->k.mr, r1 = min_sz(q1 * g->k.mr, k->m);
    g->k.tail(k->kb, k->a + q0 * k->aps, k->aps, r1 - r0, bp + (w - tc), k->rsb, tc,
              k->c + (ptrdiff_t)r0 * k->ldc + (ptrdiff_t)(jl + w - tc), k->ldc, k->alpha, k->beta);
}

void lmc_gemm_macro(const lmc_gemm_ctx *g, const lmc_gemm_block *k, unsigned flags)
{
    const size_t mr_ = g->k.mr, nr_ = g->k.nr, m = k->m, n = k->n;
    if (!m || !n) return;
    const size_t np = (m + mr_ - 1) / mr_, sweep = (n + nr_ - 1) / nr_;
    const size_t a_bytes = k->kb * mr_ * sizeof(float);
    const bool pf = (flags & LMC_GEMM_PREFETCH_A) != 0;
    if (flags & LMC_GEMM_A_OUTER) {
        /* One A micro-panel stays in L1 while it sweeps the B panels (in
         * L2); the next one is fetched a slice per tile of the sweep.  The
         * last panel's tail columns wait for a group of A panels (still in
         * L2) to go to the tail kernel together. */
        const size_t jl = (sweep - 1) * nr_, wl = n - jl, tc = tail_cols(g, wl);
        const size_t grp = tc ? g->k.tail_panels(tc) : 0;
        size_t q0 = 0;
        for (size_t q = 0; q < np; q++) {
            const size_t ir = q * mr_, mr = min_sz(mr_, m - ir);
            const float *ap = k->a + q * k->aps;
            float *cc = k->c + (ptrdiff_t)ir * k->ldc;
            for (size_t jr = 0; jr < n; jr += nr_) {
                if (pf && q + 1 < np) lmc_prefetch_slice(ap + k->aps, a_bytes, jr / nr_, sweep);
                const size_t nr = min_sz(nr_, n - jr) - (jr == jl ? tc : 0);
                if (nr)
                    lmc_gemm_tile(&g->k, k->kb, ap, 1, (ptrdiff_t)mr_, k->b + (jr / nr_) * k->bps,
                                  k->rsb, cc + jr, k->ldc, mr, nr, k->alpha, k->beta);
            }
            if (tc && (q + 1 - q0 == grp || q + 1 == np)) {
                run_tail(g, k, q0, q + 1, k->b + (jl / nr_) * k->bps, wl, tc, jl);
                q0 = q + 1;
            }
        }
        return;
    }
    for (size_t jr = 0; jr < n; jr += nr_) {
        const size_t w = min_sz(nr_, n - jr), tc = tail_cols(g, w), nr = w - tc;
        const float *bp = k->b + (jr / nr_) * k->bps;
        if (tc) run_tail(g, k, 0, np, bp, w, tc, jr);
        if (!nr) continue;
        /* First pass over A's micro-panels: fetch the next one during this
         * tile (later passes find them in L2). */
        for (size_t q = 0; q < np; q++) {
            const size_t ir = q * mr_;
            if (pf && jr == 0 && q + 1 < np) lmc_prefetch_bytes(k->a + (q + 1) * k->aps, a_bytes);
            lmc_gemm_tile(&g->k, k->kb, k->a + q * k->aps, 1, (ptrdiff_t)mr_, bp, k->rsb,
                          k->c + (ptrdiff_t)ir * k->ldc + (ptrdiff_t)jr, k->ldc, min_sz(mr_, m - ir),
                          nr, k->alpha, k->beta);
        }
    }
}

/* C = beta * C (the k == 0 case). */
static void scale_c(size_t m, size_t n, float beta, float *c, ptrdiff_t ldc)
{
    for (size_t i = 0; i < m; i++) {
        float *ci = c + (ptrdiff_t)i * ldc;
        if (beta == 0.0f) {
            for (size_t j = 0; j < n; j++) ci[j] = 0.0f;
        } else if (beta != 1.0f) {
            for (size_t j = 0; j < n; j++) ci[j] *= beta;
        }
    }
}

/* ---- single-thread workspace layout -------------------------------------- */
/* Small-m mode: every row of C fits one A block and B is used where it lies
 * when it has unit column stride (packing B would cost more than the few
 * tiles that reuse it); otherwise each KC x NR panel is packed just before
 * use.  Layout: [B panel: kc x NR][A block: roundup(m, MR) x kc], so the
 * last byte (the A block, always packed) is always written. */
static int small_m_mode(const lmc_gemm_ctx *g, size_t m, const gemm_job *j)
{
    return m <= g->small_m && !j->a.packed && !j->b.packed;
}

typedef struct st_layout {
    size_t a_off, b_off;     /* float offsets of the A block and B block */
    size_t floats;           /* total */
} st_layout;

static st_layout layout_st(const lmc_gemm_ctx *g, size_t m, size_t n, size_t k, int a_packed,
                           int b_packed)
{
    st_layout L = {0, 0, 0};
    if (m == 0 || n == 0 || k == 0) return L;
    const size_t kcb = kc_of(g, k);
    const size_t a_fl = a_packed ? 0 : mc_of(g, m) * kcb;
    if (m <= g->small_m && !a_packed && !b_packed) {
        L.b_off = 0;
        L.a_off = kcb * g->k.nr;
        L.floats = L.a_off + a_fl;
        return L;
    }
    const size_t b_fl = b_packed ? 0 : kcb * nc_of(g, m, n);
    L.a_off = 0;
    L.b_off = a_fl;
    L.floats = a_fl + b_fl;
    return L;
}

/* ---- the single-threaded GEMM ---------------------------------------------- */
static void gemm_small_m(const gemm_job *j, float *ws)
{
    const lmc_gemm_ctx *g = j->g;
    const st_layout L = layout_st(g, j->m, j->n, j->k, 0, 0);
    float *bpanel = ws + L.b_off, *ablk = ws + L.a_off;
    const size_t m = j->m, n = j->n, k = j->k;
    const size_t kcb = kc_of(g, k);
    for (size_t pc = 0; pc < k; pc += kcb) {
        const size_t kb = min_sz(kcb, k - pc);
        pack_a(g, m, kb, &j->a, 0, pc, ablk);
        const float *bk = j->b.p + (ptrdiff_t)pc * j->b.rs;
        for (size_t jr = 0; jr < n; jr += g->k.nr) {
            const size_t nr = min_sz(g->k.nr, n - jr);
            lmc_gemm_block blk = {m, nr, kb, ablk, kb * g->k.mr, bpanel, 0, (ptrdiff_t)g->k.nr,
                                  j->c + (ptrdiff_t)jr, j->ldc, j->alpha, pc == 0 ? j->beta : 1.0f};
            if (j->b.cs == 1 && nr == g->k.nr) {
                blk.b = bk + jr;
                blk.rsb = j->b.rs;
            } else {
                pack_b(g->k.nr, kb, nr, bk + (ptrdiff_t)jr * j->b.cs, j->b.rs, j->b.cs, bpanel);
            }
            lmc_gemm_macro(g, &blk, 0);
        }
    }
}

static void gemm_st(const gemm_job *j, float *ws)
{
    const lmc_gemm_ctx *g = j->g;
    const size_t m = j->m, n = j->n, k = j->k;
    if (m == 0 || n == 0) return;
    if (k == 0) {
        scale_c(m, n, j->beta, j->c, j->ldc);
        return;
    }
    if (small_m_mode(g, m, j)) {
        gemm_small_m(j, ws);
        return;
    }
    const st_layout L = layout_st(g, m, n, k, j->a.packed != NULL, j->b.packed != NULL);
    float *ablk = ws + L.a_off, *bblk = ws + L.b_off;
    const size_t mr_ = g->k.mr, nr_ = g->k.nr;
    const size_t kcb = kc_of(g, k), mcb = mc_of(g, m), ncb = nc_of(g, m, n);
    for (size_t jc = 0; jc < n; jc += ncb) {
        const size_t nb = min_sz(ncb, n - jc);
        for (size_t pc = 0; pc < k; pc += kcb) {
            const size_t kb = min_sz(kcb, k - pc);
            lmc_gemm_block blk = {0, nb, kb, NULL, 0, NULL, 0, (ptrdiff_t)nr_, NULL, j->ldc,
                                  j->alpha, pc == 0 ? j->beta : 1.0f};
            if (j->b.packed) {
                blk.b = j->b.packed + (jc / nr_) * k * nr_ + pc * nr_;
                blk.bps = k * nr_;
            } else {
                pack_b(nr_, kb, nb,
                       j->b.p + (ptrdiff_t)pc * j->b.rs + (ptrdiff_t)jc * j->b.cs, j->b.rs,
                       j->b.cs, bblk);
                blk.b = bblk;
                blk.bps = kb * nr_;
            }
            for (size_t ic = 0; ic < m; ic += mcb) {
                blk.m = min_sz(mcb, m - ic);
                if (j->a.packed) {
                    blk.a = j->a.packed + (ic / mr_) * k * mr_ + pc * mr_;
                    blk.aps = k * mr_;
                } else {
                    pack_a(g, blk.m, kb, &j->a, ic, pc, ablk);
                    blk.a = ablk;
                    blk.aps = kb * mr_;
                }
                blk.c = j->c + (ptrdiff_t)ic * j->ldc + (ptrdiff_t)jc;
                /* A B block that fits L2 is swept by each A micro-panel in
                 * turn; a larger one is walked panel by panel. */
                unsigned flags = j->a.packed ? LMC_GEMM_PREFETCH_A : 0;
                if (kb * round_up(nb, nr_) * sizeof(float) <= g->l2_half) flags |= LMC_GEMM_A_OUTER;
                lmc_gemm_macro(g, &blk, flags);
            }
        }
    }
}

/* ---- threads: C split into independent blocks ---------------------------- */
/* Thread t of nt gets rows [*i0, *i1) and columns [*j0, *j1): whole MR
 * (rows) or NR (columns) units, q or q + 1 of them, the extra ones going to
 * the last threads, which hold the partial last unit (784 columns = 24.5
 * units: 384 + 400, not 416 + 368; 196 = 6 units + 4 columns: 96 + 100,
 * not 128 + 68). */
typedef struct split {
    int nt;
    int by_rows;
} split;

static void unit_range(size_t len, size_t unit, int nt, int t, size_t *lo, size_t *hi)
{
    const size_t units = (len + unit - 1) / unit;
    const size_t q = units / (size_t)nt, r = units % (size_t)nt, first_long = (size_t)nt - r;
    const size_t u0 = (size_t)t * q + ((size_t)t > first_long ? (size_t)t - first_long : 0);
    const size_t u1 = u0 + q + ((size_t)t >= first_long);
    *lo = min_sz(u0 * unit, len);
    *hi = min_sz(u1 * unit, len);
}

/* Columns unless rows are the better split (units of NR columns or MR rows). */
static split choose_split(const lmc_gemm_ctx *g, size_t m, size_t n, int threads, int a_packed,
                          int b_packed)
{
    split s = {1, 0};
    if (threads <= 1 || m == 0 || n == 0) return s;
    const size_t um = (m + g->k.mr - 1) / g->k.mr, un = (n + g->k.nr - 1) / g->k.nr;
    int by_rows;
    /* Splitting the rows of a prepacked A makes every thread pack all of
     * B (just lowered by both threads, in im2col), and vice versa. */
    if (a_packed) by_rows = un < 2 && um >= 2;
    else if (b_packed) by_rows = !(um < 2 && un >= 2);
    else by_rows = m > 2 * n || (un < (size_t)threads && um > un);
    const size_t units = by_rows ? um : un;
    s.by_rows = by_rows;
    s.nt = (int)min_sz((size_t)threads, units);
    if (s.nt < 1) s.nt = 1;
    return s;
}

static void split_range(const lmc_gemm_ctx *g, size_t m, size_t n, split s, int t, size_t *i0,
                        size_t *i1, size_t *j0, size_t *j1)
{
    size_t lo, hi;
    unit_range(s.by_rows ? m : n, s.by_rows ? g->k.mr : g->k.nr, s.nt, t, &lo, &hi);
    if (s.by_rows) { *i0 = lo; *i1 = hi; *j0 = 0; *j1 = n; }
    else { *i0 = 0; *i1 = m; *j0 = lo; *j1 = hi; }
}

static size_t ws_bytes(const lmc_gemm_ctx *g, size_t m, size_t n, size_t k, int threads, int a_packed,
                       int b_packed)
{
    if (m == 0 || n == 0 || k == 0) return 0;
    const split s = choose_split(g, m, n, threads, a_packed, b_packed);
    size_t total = 0;
    for (int t = 0; t < s.nt; t++) {
        size_t i0, i1, j0, j1;
        split_range(g, m, n, s, t, &i0, &i1, &j0, &j1);
        total += layout_st(g, i1 - i0, j1 - j0, k, a_packed, b_packed).floats;
    }
    return total * sizeof(float);
}

static void run_block(const gemm_job *j, split s, int t, float *ws)
{
    size_t i0, i1, j0, j1;
    split_range(j->g, j->m, j->n, s, t, &i0, &i1, &j0, &j1);
    size_t off = 0;
    for (int u = 0; u < t; u++) {
        size_t a0, a1, b0, b1;
        split_range(j->g, j->m, j->n, s, u, &a0, &a1, &b0, &b1);
        off += layout_st(j->g, a1 - a0, b1 - b0, j->k, j->a.packed != NULL, j->b.packed != NULL)
                   .floats;
    }
    gemm_job sub = *j;
    sub.m = i1 - i0;
    sub.n = j1 - j0;
    sub.c = j->c + (ptrdiff_t)i0 * j->ldc + (ptrdiff_t)j0;
    if (j->a.packed) sub.a.packed = j->a.packed + (i0 / j->g->k.mr) * j->k * j->g->k.mr;
    else sub.a.r0 = j->a.r0 + i0;
    if (j->b.packed) sub.b.packed = j->b.packed + (j0 / j->g->k.nr) * j->k * j->g->k.nr;
    else sub.b.p = j->b.p + (ptrdiff_t)j0 * j->b.cs;
    gemm_st(&sub, ws + off);
}

typedef struct {
    const gemm_job *j;
    split s;
    float *ws;
} blocks_ctx;

static void run_blocks(void *ctx, long begin, long end)
{
    const blocks_ctx *bc = ctx;
    for (long t = begin; t < end; t++) run_block(bc->j, bc->s, (int)t, bc->ws);
}

static void run(const gemm_job *j, void *ws, int threads)
{
    if (j->m == 0 || j->n == 0) return;
    if (j->k == 0) {
        scale_c(j->m, j->n, j->beta, j->c, j->ldc);
        return;
    }
    const split s = choose_split(j->g, j->m, j->n, threads, j->a.packed != NULL,
                                 j->b.packed != NULL);
    if (s.nt <= 1) {
        gemm_st(j, (float *)ws);
        return;
    }
    /* Through lmc_parallel_for: a team of exactly `threads` (the one started
     * at plan time), never a new smaller one, which OpenMP would allocate. */
    blocks_ctx bc = {j, s, (float *)ws};
    lmc_parallel_for(s.nt, threads, run_blocks, &bc);
}

/* ---- public entry points ---------------------------------------------------- */
static operand strided(const float *p, ptrdiff_t rs, ptrdiff_t cs)
{
    return (operand){p, rs, cs, NULL, 0, 0, 0};
}
static operand packed(const void *p) { return (operand){NULL, 0, 0, p, 0, 0, 0}; }

void lmc_sgemm(const lmc_gemm_ctx *g, size_t m, size_t n, size_t k, float alpha,
               const float *a, ptrdiff_t rsa, ptrdiff_t csa,
               const float *b, ptrdiff_t rsb, ptrdiff_t csb,
               float beta, float *c, ptrdiff_t ldc, void *ws, int threads)
{
    const gemm_job j = {g, m, n, k, alpha, beta, strided(a, rsa, csa), strided(b, rsb, csb), c, ldc};
    run(&j, ws, threads);
}

size_t lmc_sgemm_workspace_bytes(const lmc_gemm_ctx *g, size_t m, size_t n, size_t k, int threads)
{
    return ws_bytes(g, m, n, k, threads, 0, 0);
}

size_t lmc_sgemm_packed_a_bytes(const lmc_gemm_ctx *g, size_t m, size_t k)
{
    return lmc_mul3(round_up(m, g->k.mr), k, sizeof(float));
}

size_t lmc_sgemm_packed_b_bytes(const lmc_gemm_ctx *g, size_t k, size_t n)
{
    return lmc_mul3(round_up(n, g->k.nr), k, sizeof(float));
}

void lmc_sgemm_pack_a(const lmc_gemm_ctx *g, size_t m, size_t k, const float *a, ptrdiff_t rsa,
                      ptrdiff_t csa, void *dst)
{
    const operand op = strided(a, rsa, csa);
    if (m && k) pack_a(g, m, k, &op, 0, 0, dst);
}

void lmc_sgemm_pack_b(const lmc_gemm_ctx *g, size_t k, size_t n, const float *b, ptrdiff_t rsb,
                      ptrdiff_t csb, void *dst)
{
    if (n && k) pack_b(g->k.nr, k, n, b, rsb, csb, dst);
}

/* Panels of r rows (A) or columns (B), step p's r values contiguous, from
 * an element function: elem(i, p) of panel row i, zero past `len`. */
static void pack_fn(size_t r, size_t len, size_t k, lmc_gemm_elem_fn at, const void *ctx, bool rows,
                    float *dst)
{
    for (size_t i0 = 0; i0 < len; i0 += r)
        for (size_t p = 0; p < k; p++)
            for (size_t i = i0; i < i0 + r; i++)
                *dst++ = i >= len ? 0.0f : rows ? at(ctx, i, p) : at(ctx, p, i);
}

void lmc_sgemm_pack_a_fn(const lmc_gemm_ctx *g, size_t m, size_t k, lmc_gemm_elem_fn at,
                         const void *ctx, void *dst)
{
    pack_fn(g->k.mr, m, k, at, ctx, true, dst);
}

void lmc_sgemm_pack_b_fn(const lmc_gemm_ctx *g, size_t k, size_t n, lmc_gemm_elem_fn at,
                         const void *ctx, void *dst)
{
    pack_fn(g->k.nr, n, k, at, ctx, false, dst);
}

void lmc_sgemm_prepacked_a(const lmc_gemm_ctx *g, size_t m, size_t n, size_t k, float alpha,
                           const void *packed_a, const float *b, ptrdiff_t rsb, ptrdiff_t csb,
                           float beta, float *c, ptrdiff_t ldc, void *ws, int threads)
{
    const gemm_job j = {g, m, n, k, alpha, beta, packed(packed_a), strided(b, rsb, csb), c, ldc};
    run(&j, ws, threads);
}

size_t lmc_sgemm_prepacked_a_workspace_bytes(const lmc_gemm_ctx *g, size_t m, size_t n, size_t k,
                                             int threads)
{
    return ws_bytes(g, m, n, k, threads, 1, 0);
}

size_t lmc_sgemm_prepacked_a_workspace_cap(const lmc_gemm_ctx *g, size_t m, size_t n, size_t k)
{
    /* One thread, A packed: the B block of kc_of(k) x nc_of(m, n') floats;
     * nc_of is round_up(n', NR) up to its cap (a multiple of NR), which
     * n' = the cap reaches, and balanced blocks within the cap above it. */
    if (m == 0 || n == 0 || k == 0) return 0;
    const size_t cap = m <= g->mc ? g->nc_l2 : g->nc;
    return lmc_mul3(kc_of(g, k), min_sz(round_up(n, g->k.nr), cap), sizeof(float));
}

size_t lmc_sgemm_prepacked_b_workspace_cap(const lmc_gemm_ctx *g, size_t m, size_t n, size_t k)
{
    /* One thread, B packed: the A block of mc_of(m') x kc_of(k) floats. */
    if (m == 0 || n == 0 || k == 0) return 0;
    return lmc_mul3(kc_of(g, k), min_sz(round_up(m, g->k.mr), g->mc), sizeof(float));
}

void lmc_sgemm_prepacked_b(const lmc_gemm_ctx *g, size_t m, size_t n, size_t k, float alpha,
                           const float *a, ptrdiff_t rsa, ptrdiff_t csa, size_t rows_per_group,
                           ptrdiff_t gsa, const void *packed_b, float beta, float *c,
                           ptrdiff_t ldc, void *ws, int threads)
{
    const gemm_job j = {g, m, n, k, alpha, beta, {a, rsa, csa, NULL, rows_per_group, gsa, 0},
                        packed(packed_b), c, ldc};
    run(&j, ws, threads);
}

size_t lmc_sgemm_prepacked_b_workspace_bytes(const lmc_gemm_ctx *g, size_t m, size_t n, size_t k,
                                             int threads)
{
    return ws_bytes(g, m, n, k, threads, 0, 1);
}
