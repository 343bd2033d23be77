/* lmconv's SGEMM driver: BLIS loops, packing, edge tiles, threads and the
 * run-time kernel choice.  See gemm.h for the contract. */
#include "gemm/gemm.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cpu.h"
#include "internal.h"
#include "gemm/ukernel.h"

/* ---- configuration per ISA ------------------------------------------------ */
typedef struct gemm_cfg {
    lmc_gemm_ukernels k;     /* lmc_gemm_ukernels_for(the ISA) */
    size_t mc, kc, nc;
    size_t l2_half;          /* bytes: a B block this small stays in L2 */
    size_t nc_l2;            /* NC when all rows fit one MC block (see nc_of) */
    size_t small_m;          /* m <= small_m: B read in place (see gemm_small_m) */
} gemm_cfg;

static gemm_cfg g_cfg[LMC_ISA_COUNT];
static pthread_once_t g_cfg_once = PTHREAD_ONCE_INIT;

static size_t round_up(size_t x, size_t r) { return (x + r - 1) / r * r; }
static size_t min_sz(size_t a, size_t b) { return a < b ? a : b; }
static size_t max_sz(size_t a, size_t b) { return a > b ? a : b; }

/* Block sizes from the caches: a KC x NR panel of B fills about L1,
 * an MC x KC block of A about half of L2, a KC x NC block of B a share of L3. */
static void set_blocks(gemm_cfg *g, const lmc_cpu_info *ci)
{
    /* Measured on Zen 5 (48 KiB L1d): a B micro-panel as large as L1 (KC =
     * 384 for NR = 32) beats half of it; the A micro-panel streams from L2. */
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
    /* When one MC block holds every row, each packed B panel is used by a
     * few tiles only: keep the B block in L2 instead of L3. */
    size_t nc2 = ci->l2_bytes / 2 / (kc * sizeof(float));
    g->nc_l2 = max_sz(g->k.nr * 2, min_sz(nc2, nc) / g->k.nr * g->k.nr);
    g->l2_half = ci->l2_bytes / 2;
}

/* The kernel sets, one per lmc_isa. */
static const lmc_gemm_ukernels g_ukernels[LMC_ISA_COUNT] = {
    [LMC_ISA_SCALAR] = {lmc_f32_gemm_ukernel_4x16__scalar, NULL, NULL, NULL, NULL,
                        "f32_gemm_ukernel_4x16__scalar", LMC_ISA_SCALAR, 4, 16},
#if defined(__x86_64__) || defined(__i386__)
    [LMC_ISA_AVX2] = {lmc_f32_gemm_ukernel_6x16__avx2, NULL, NULL, NULL, NULL,
                      "f32_gemm_ukernel_6x16__avx2", LMC_ISA_AVX2, 6, 16},
    [LMC_ISA_AVX512] = {lmc_f32_gemm_ukernel_14x32__avx512, lmc_f32_gemm_ukernel_14x32__avx512_edge,
                        lmc_f32_gemm_packa_14__avx512, lmc_f32_gemm_tail_14__avx512,
                        lmc_f32_gemm_tail_panels_14__avx512, "f32_gemm_ukernel_14x32__avx512",
                        LMC_ISA_AVX512, 14, 32},
#endif
};

const lmc_gemm_ukernels *lmc_gemm_ukernels_for(int isa)
{
    if (isa < 0 || isa >= LMC_ISA_COUNT || !g_ukernels[isa].ukr) isa = LMC_ISA_SCALAR;
    return &g_ukernels[isa];
}

static void init_cfg(void)
{
    const lmc_cpu_info *ci = lmc_cpu();
    for (int i = 0; i < LMC_ISA_COUNT; i++) g_cfg[i].k = *lmc_gemm_ukernels_for(i);
    /* Tuning knobs (benchmarks only): LMC_GEMM_MC / KC / NC override the
     * cache-derived block sizes (rounded to the tile). */
    const char *e_mc = getenv("LMC_GEMM_MC"), *e_kc = getenv("LMC_GEMM_KC"),
               *e_nc = getenv("LMC_GEMM_NC");
    for (int i = 0; i < LMC_ISA_COUNT; i++) {
        gemm_cfg *g = &g_cfg[i];
        set_blocks(g, ci);
        if (e_kc && atol(e_kc) > 0) g->kc = (size_t)atol(e_kc);
        if (e_mc && atol(e_mc) > 0) g->mc = max_sz(g->k.mr, (size_t)atol(e_mc) / g->k.mr * g->k.mr);
        if (e_nc && atol(e_nc) > 0) g->nc = max_sz(g->k.nr, (size_t)atol(e_nc) / g->k.nr * g->k.nr);
        if (e_kc || e_mc || e_nc) {
            size_t nc2 = ci->l2_bytes / 2 / (g->kc * sizeof(float));
            g->nc_l2 = max_sz(g->k.nr * 2, min_sz(nc2, g->nc) / g->k.nr * g->k.nr);
        }
        g->small_m = 4 * g->k.mr;
    }
}

static const gemm_cfg *cfg_for(lmc_isa isa)
{
    pthread_once(&g_cfg_once, init_cfg);
    return &g_cfg[isa];
}

static const gemm_cfg *cfg_active(void) { return cfg_for(lmc_isa_active()); }

lmc_gemm_params lmc_gemm_get_params(void)
{
    const gemm_cfg *g = cfg_active();
    return (lmc_gemm_params){g->k.name, (int)g->k.isa, (int)g->k.mr, (int)g->k.nr, g->mc, g->kc, g->nc};
}

/* Balanced blocking: len split into ceil(len / max) blocks of equal size
 * (rounded up to unit, never above max, which is a multiple of unit), so no
 * thin last block; the first block is the largest. */
static size_t balanced(size_t len, size_t max, size_t unit)
{
    if (len <= max) return round_up(len, unit) < max ? round_up(len, unit) : max;
    const size_t nblk = (len + max - 1) / max;
    return min_sz(round_up((len + nblk - 1) / nblk, unit), max);
}
static size_t kc_of(const gemm_cfg *g, size_t k) { return k <= g->kc ? k : balanced(k, g->kc, 8 < g->kc ? 8 : 1); }
static size_t mc_of(const gemm_cfg *g, size_t m) { return balanced(m, g->mc, g->k.mr); }
static size_t nc_of(const gemm_cfg *g, size_t m, size_t n)
{
    return balanced(n, m <= g->mc ? g->nc_l2 : g->nc, g->k.nr);
}

/* ---- operands -------------------------------------------------------------- */
/* An operand is either strided memory or prepacked panels spanning all of k. */
typedef struct operand {
    const float *p;          /* strided: element (i, p) of A / (p, j) of B */
    ptrdiff_t rs, cs;
    const float *packed;     /* prepacked panels (full k), or NULL */
    /* A only, rows in groups (lmc_sgemm_prepacked_b_grouped): rg rows per
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
    const gemm_cfg *g;
    size_t m, n, k;
    float alpha, beta;
    operand a, b;
    float *c;
    ptrdiff_t ldc;
} gemm_job;

/* Packs rows [r, r + mb) x steps [pc, pc + kb) of A (element (i, p) at
 * a_row(a, i)[p * cs]) into MR-row panels of kb steps, zero-padding rows. */
static void pack_a(const gemm_cfg *g, size_t mb, size_t kb, const operand *a, size_t r, size_t pc,
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
static size_t tail_cols(const gemm_cfg *g, size_t w)
{
    return g->k.tail ? lmc_gemm_tail_cols(g->k.nr, w) : 0;
}

/* The tail columns [w - tc, w) of the last B panel bp (at column jl of
 * cc's rows) for the A panels [q0, q1) of a block of mb rows. */
static void run_tail(const gemm_cfg *g, size_t kb, const float *ab, size_t aps, size_t q0,
                     size_t q1, size_t mb, const float *bp, size_t w, size_t tc, float *cc,
                     ptrdiff_t ldc, size_t jl, float alpha, float beta)
{
    const size_t r0 = q0 * g->k.mr, r1 = min_sz(q1 * g->k.mr, mb);
    g->k.tail(kb, ab + q0 * aps, aps, r1 - r0, bp + (w - tc), (ptrdiff_t)g->k.nr, tc,
            cc + (ptrdiff_t)r0 * ldc + (ptrdiff_t)(jl + w - tc), ldc, alpha, beta);
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
static int small_m_mode(const gemm_cfg *g, size_t m, const gemm_job *j)
{
    return m <= g->small_m && !j->a.packed && !j->b.packed;
}

typedef struct st_layout {
    size_t a_off, b_off;     /* float offsets of the A block and B block */
    size_t floats;           /* total */
} st_layout;

static st_layout layout_st(const gemm_cfg *g, size_t m, size_t n, size_t k, int a_packed,
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
    const gemm_cfg *g = j->g;
    const st_layout L = layout_st(g, j->m, j->n, j->k, 0, 0);
    float *bpanel = ws + L.b_off, *ablk = ws + L.a_off;
    const size_t m = j->m, n = j->n, k = j->k;
    const size_t kcb = kc_of(g, k);
    for (size_t pc = 0; pc < k; pc += kcb) {
        const size_t kb = min_sz(kcb, k - pc);
        const float beta = pc == 0 ? j->beta : 1.0f;
        pack_a(g, m, kb, &j->a, 0, pc, ablk);
        const float *bk = j->b.p + (ptrdiff_t)pc * j->b.rs;
        for (size_t jr = 0; jr < n; jr += g->k.nr) {
            const size_t nr = min_sz(g->k.nr, n - jr);
            const float *bp;
            ptrdiff_t rsb;
            if (j->b.cs == 1 && nr == g->k.nr) {
                bp = bk + jr;
                rsb = j->b.rs;
            } else {
                pack_b(g->k.nr, kb, nr, bk + (ptrdiff_t)jr * j->b.cs, j->b.rs, j->b.cs, bpanel);
                bp = bpanel;
                rsb = (ptrdiff_t)g->k.nr;
            }
            for (size_t ir = 0; ir < m; ir += g->k.mr) {
                const size_t mr = min_sz(g->k.mr, m - ir);
                lmc_gemm_tile(&g->k, kb, ablk + ir * kb, 1, (ptrdiff_t)g->k.mr, bp, rsb,
                     j->c + (ptrdiff_t)ir * j->ldc + (ptrdiff_t)jr, j->ldc, mr, nr, j->alpha,
                     beta);
            }
        }
    }
}

static void gemm_st(const gemm_job *j, float *ws)
{
    const gemm_cfg *g = j->g;
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
            const float beta = pc == 0 ? j->beta : 1.0f;
            /* B block: panels of kb x NR, panel stride bps floats. */
            const float *bb;
            size_t bps;
            if (j->b.packed) {
                bb = j->b.packed + (jc / nr_) * k * nr_ + pc * nr_;
                bps = k * nr_;
            } else {
                pack_b(nr_, kb, nb,
                       j->b.p + (ptrdiff_t)pc * j->b.rs + (ptrdiff_t)jc * j->b.cs, j->b.rs,
                       j->b.cs, bblk);
                bb = bblk;
                bps = kb * nr_;
            }
            for (size_t ic = 0; ic < m; ic += mcb) {
                const size_t mb = min_sz(mcb, m - ic);
                const float *ab;
                size_t aps;
                if (j->a.packed) {
                    ab = j->a.packed + (ic / mr_) * k * mr_ + pc * mr_;
                    aps = k * mr_;
                } else {
                    pack_a(g, mb, kb, &j->a, ic, pc, ablk);
                    ab = ablk;
                    aps = kb * mr_;
                }
                if (kb * round_up(nb, nr_) * sizeof(float) <= g->l2_half) {
                    /* The B block fits L2: keep one A micro-panel in L1 and
                     * sweep the B panels (A, possibly straight from a large
                     * prepacked buffer, then streams at 1/(nb/NR) the rate).
                     * A prepacked over all of k comes from L3 or memory: the
                     * next micro-panel is fetched a slice per tile of this
                     * sweep (prepacked A ran 5-8 % behind packing A on the
                     * spot at m = 512; level with it since). */
                    /* The last panel's tail columns wait for a group of
                     * A panels (still in L2) to go to the tail kernel. */
                    const size_t sweep = (nb + nr_ - 1) / nr_, a_bytes = kb * mr_ * sizeof(float);
                    const size_t jl = (sweep - 1) * nr_, wl = nb - jl, tc = tail_cols(g, wl);
                    const size_t np = (mb + mr_ - 1) / mr_, grp = tc ? g->k.tail_panels(tc) : 0;
                    size_t q0 = 0;
                    for (size_t ir = 0; ir < mb; ir += mr_) {
                        const size_t mr = min_sz(mr_, mb - ir), q = ir / mr_;
                        const float *ap = ab + q * aps;
                        const bool pf = j->a.packed && ir + mr_ < mb;
                        float *cc = j->c + (ptrdiff_t)(ic + ir) * j->ldc + (ptrdiff_t)jc;
                        for (size_t jr = 0; jr < nb; jr += nr_) {
                            if (pf) lmc_prefetch_slice(ap + aps, a_bytes, jr / nr_, sweep);
                            const size_t nr = min_sz(nr_, nb - jr) - (jr == jl ? tc : 0);
                            if (nr)
                                lmc_gemm_tile(&g->k, kb, ap, 1, (ptrdiff_t)mr_, bb + (jr / nr_) * bps,
                                     (ptrdiff_t)nr_, cc + jr, j->ldc, mr, nr, j->alpha, beta);
                        }
                        if (tc && (q + 1 - q0 == grp || q + 1 == np)) {
                            run_tail(g, kb, ab, aps, q0, q + 1, mb, bb + (jl / nr_) * bps, wl, tc,
                                     j->c + (ptrdiff_t)ic * j->ldc + (ptrdiff_t)jc, j->ldc, jl,
                                     j->alpha, beta);
                            q0 = q + 1;
                        }
                    }
                    continue;
                }
                for (size_t jr = 0; jr < nb; jr += nr_) {
                    const size_t w = min_sz(nr_, nb - jr), tc = tail_cols(g, w), nr = w - tc;
                    const float *bp = bb + (jr / nr_) * bps;
                    float *cc = j->c + (ptrdiff_t)ic * j->ldc + (ptrdiff_t)(jc + jr);
                    if (tc)
                        run_tail(g, kb, ab, aps, 0, (mb + mr_ - 1) / mr_, mb, bp, w, tc, cc,
                                 j->ldc, 0, j->alpha, beta);
                    if (!nr) continue;
                    /* Prepacked A, first pass over its micro-panels: fetch
                     * the next one during this tile (later passes find them
                     * in L2). */
                    const bool pf_a = j->a.packed && jr == 0;
                    for (size_t ir = 0; ir < mb; ir += mr_) {
                        const size_t mr = min_sz(mr_, mb - ir);
                        if (pf_a && ir + mr_ < mb)
                            lmc_prefetch_bytes(ab + (ir / mr_ + 1) * aps, kb * mr_ * sizeof(float));
                        lmc_gemm_tile(&g->k, kb, ab + (ir / mr_) * aps, 1, (ptrdiff_t)mr_, bp, (ptrdiff_t)nr_,
                             cc + (ptrdiff_t)ir * j->ldc, j->ldc, mr, nr, j->alpha, beta);
                    }
                }
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
static split choose_split(const gemm_cfg *g, size_t m, size_t n, int threads, int a_packed,
                          int b_packed)
{
    split s = {1, 0};
    if (threads <= 1 || m == 0 || n == 0) return s;
    const size_t um = (m + g->k.mr - 1) / g->k.mr, un = (n + g->k.nr - 1) / g->k.nr;
    int by_rows;
    /* Splitting the rows of a prepacked A makes every thread pack all of
     * B, and vice versa.  (Rows for n = 49 at 2 threads, shares 252 + 260
     * of 512 rows against 32 + 17 columns, ran a 512 x 49 x 4608 GEMM 9 %
     * faster alone but im2col's res5 layer 17 % slower: its B, just
     * lowered by both threads, was then packed whole by each.) */
    if (a_packed) by_rows = un < 2 && um >= 2;
    else if (b_packed) by_rows = !(um < 2 && un >= 2);
    else by_rows = m > 2 * n || (un < (size_t)threads && um > un);
    const size_t units = by_rows ? um : un;
    s.by_rows = by_rows;
    s.nt = (int)min_sz((size_t)threads, units);
    if (s.nt < 1) s.nt = 1;
    return s;
}

static void split_range(const gemm_cfg *g, size_t m, size_t n, split s, int t, size_t *i0,
                        size_t *i1, size_t *j0, size_t *j1)
{
    size_t lo, hi;
    unit_range(s.by_rows ? m : n, s.by_rows ? g->k.mr : g->k.nr, s.nt, t, &lo, &hi);
    if (s.by_rows) { *i0 = lo; *i1 = hi; *j0 = 0; *j1 = n; }
    else { *i0 = 0; *i1 = m; *j0 = lo; *j1 = hi; }
}

static size_t ws_bytes(const gemm_cfg *g, size_t m, size_t n, size_t k, int threads, int a_packed,
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
void lmc_sgemm(size_t m, size_t n, size_t k, float alpha,
               const float *a, ptrdiff_t rsa, ptrdiff_t csa,
               const float *b, ptrdiff_t rsb, ptrdiff_t csb,
               float beta, float *c, ptrdiff_t ldc, void *ws, int threads)
{
    const gemm_job j = {cfg_active(), m, n, k, alpha, beta, {a, rsa, csa, NULL, 0, 0, 0},
                        {b, rsb, csb, NULL, 0, 0, 0}, c, ldc};
    run(&j, ws, threads);
}

size_t lmc_sgemm_workspace_bytes(size_t m, size_t n, size_t k, int threads)
{
    return ws_bytes(cfg_active(), m, n, k, threads, 0, 0);
}

/* Packed buffers: a 64-byte header, then the panels. */
#define PACK_MAGIC_A 0x4c4d4341u   /* "LMCA" */
#define PACK_MAGIC_B 0x4c4d4342u   /* "LMCB" */
#define PACK_HDR 64

typedef struct pack_hdr {
    uint32_t magic;
    uint32_t isa;
    uint64_t rows, cols;
} pack_hdr;

size_t lmc_sgemm_packed_a_bytes(size_t m, size_t k)
{
    const gemm_cfg *g = cfg_active();
    return PACK_HDR + round_up(m, g->k.mr) * k * sizeof(float);
}

void lmc_sgemm_pack_a(size_t m, size_t k, const float *a, ptrdiff_t rsa, ptrdiff_t csa, void *dst)
{
    const gemm_cfg *g = cfg_active();
    pack_hdr h = {PACK_MAGIC_A, (uint32_t)g->k.isa, m, k};
    memset(dst, 0, PACK_HDR);
    memcpy(dst, &h, sizeof h);
    const operand op = {a, rsa, csa, NULL, 0, 0, 0};
    if (m && k) pack_a(g, m, k, &op, 0, 0, (float *)((char *)dst + PACK_HDR));
}

static const gemm_cfg *cfg_of_packed(const void *packed)
{
    pack_hdr h;
    memcpy(&h, packed, sizeof h);
    return cfg_for(h.isa < LMC_ISA_COUNT ? (lmc_isa)h.isa : LMC_ISA_SCALAR);
}

void lmc_sgemm_prepacked_a(size_t m, size_t n, size_t k, float alpha, const void *packed_a,
                           const float *b, ptrdiff_t rsb, ptrdiff_t csb,
                           float beta, float *c, ptrdiff_t ldc, void *ws, int threads)
{
    const gemm_job j = {cfg_of_packed(packed_a), m, n, k, alpha, beta,
                        {NULL, 0, 0, (const float *)((const char *)packed_a + PACK_HDR), 0, 0, 0},
                        {b, rsb, csb, NULL, 0, 0, 0}, c, ldc};
    run(&j, ws, threads);
}

size_t lmc_sgemm_prepacked_a_workspace_bytes(size_t m, size_t n, size_t k, int threads)
{
    return ws_bytes(cfg_active(), m, n, k, threads, 1, 0);
}

size_t lmc_sgemm_packed_b_bytes(size_t k, size_t n)
{
    const gemm_cfg *g = cfg_active();
    return PACK_HDR + round_up(n, g->k.nr) * k * sizeof(float);
}

void lmc_sgemm_pack_b(size_t k, size_t n, const float *b, ptrdiff_t rsb, ptrdiff_t csb, void *dst)
{
    const gemm_cfg *g = cfg_active();
    pack_hdr h = {PACK_MAGIC_B, (uint32_t)g->k.isa, k, n};
    memset(dst, 0, PACK_HDR);
    memcpy(dst, &h, sizeof h);
    if (n && k) pack_b(g->k.nr, k, n, b, rsb, csb, (float *)((char *)dst + PACK_HDR));
}

void lmc_sgemm_prepacked_b(size_t m, size_t n, size_t k, float alpha,
                           const float *a, ptrdiff_t rsa, ptrdiff_t csa, const void *packed_b,
                           float beta, float *c, ptrdiff_t ldc, void *ws, int threads)
{
    lmc_sgemm_prepacked_b_grouped(m, n, k, alpha, a, rsa, csa, 0, 0, packed_b, beta, c, ldc, ws,
                                  threads);
}

void lmc_sgemm_prepacked_b_grouped(size_t m, size_t n, size_t k, float alpha,
                                   const float *a, ptrdiff_t rsa, ptrdiff_t csa,
                                   size_t rows_per_group, ptrdiff_t gsa, const void *packed_b,
                                   float beta, float *c, ptrdiff_t ldc, void *ws, int threads)
{
    const gemm_job j = {cfg_of_packed(packed_b), m, n, k, alpha, beta,
                        {a, rsa, csa, NULL, rows_per_group, gsa, 0},
                        {NULL, 0, 0, (const float *)((const char *)packed_b + PACK_HDR), 0, 0, 0},
                        c, ldc};
    run(&j, ws, threads);
}

size_t lmc_sgemm_prepacked_b_workspace_bytes(size_t m, size_t n, size_t k, int threads)
{
    return ws_bytes(cfg_active(), m, n, k, threads, 0, 1);
}
