/* lmconv SGEMM test: every ISA path the CPU supports against a double
 * reference.  Sizes around the tile and block edges, every stride kind for A
 * and B (row-major, padded rows, transposed, every 2nd column, overlapping
 * windows, both strides non-unit), ldc > n, beta in {0, 1, 0.5} (beta = 0
 * over a C full of NaN), alpha != 1, pointers one float off alignment,
 * threads 1 and 2, the workspace of exactly the reported size ending at a
 * PROT_NONE page (its last byte must be written at threads = 1), the
 * prepacked-A and prepacked-B entry points, and prepacked B with A's rows in
 * groups (lmc_sgemm_prepacked_b's row groups: group boundaries inside micro-panels
 * and MC blocks, between the threads' shares, groups of one row).
 *
 * Tolerance: small-integer data (|v| <= 3, sums < 2^24, alpha and beta
 * powers of two) must match exactly.  Real data in [-1, 1) must satisfy
 *     |c - ref| <= gamma(k + ceil(k / KC) + 3) * (|alpha| S + |beta c0|) + tiny,
 * with S = sum_p |a_ip||b_pj| and gamma(n) = n u / (1 - n u), u = 2^-24:
 * the classic bound for a k-term dot product, plus one rounding per KC
 * block merged into C and three for the alpha / beta update. */
#define _GNU_SOURCE
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "cpu.h"
#include "gemm/gemm.h"

static long g_pass, g_fail;
static char g_ctx[256];

#define FAILF(...)                                                     \
    do {                                                               \
        if (g_fail < 30) {                                             \
            fprintf(stderr, "FAIL [%s] ", g_ctx);                      \
            fprintf(stderr, __VA_ARGS__);                              \
            fputc('\n', stderr);                                       \
        }                                                              \
        g_fail++;                                                      \
    } while (0)

static uint64_t g_rng = 0x9e3779b97f4a7c15ull;
static uint64_t rnd(void)
{
    g_rng ^= g_rng << 13;
    g_rng ^= g_rng >> 7;
    g_rng ^= g_rng << 17;
    return g_rng;
}
static float rnd_val(int exact)
{
    if (exact) return (float)((int)(rnd() % 7) - 3);
    return (float)((double)(rnd() >> 11) / 9007199254740992.0 * 2.0 - 1.0);
}

/* ---- a workspace of exactly `bytes` ending at a PROT_NONE page ---- */
typedef struct guarded {
    unsigned char *map, *ptr;
    size_t map_bytes, bytes;
} guarded;

static void guarded_alloc(guarded *g, size_t bytes)
{
    const size_t page = (size_t)sysconf(_SC_PAGESIZE);
    const size_t data = (bytes + page - 1) / page * page;
    g->map_bytes = data + page;
    g->map = mmap(NULL, g->map_bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (g->map == MAP_FAILED) {
        perror("mmap");
        exit(2);
    }
    if (mprotect(g->map + data, page, PROT_NONE) != 0) {
        perror("mprotect");
        exit(2);
    }
    g->bytes = bytes;
    g->ptr = g->map + data - bytes;
    memset(g->map, 0xff, data);   /* 0xff never ends a finite float */
}

static void guarded_free(guarded *g) { munmap(g->map, g->map_bytes); }

/* ---- strided operands ---- */
/* M_GROUPED, M_GROUPED2 (A of the grouped entry point only): rows in
 * groups of rg, a group's rows far apart (rs), consecutive groups gs apart
 * so that their rows overlap, like MEC's windows; unit or 2 column stride. */
enum { M_ROW, M_ROWPAD, M_COL, M_STRIDE2, M_OVERLAP, M_GENERAL, M_GROUPED, M_GROUPED2, M_ALL,
       M_COUNT = M_GROUPED };
static const char *mode_name[M_ALL] = {"row",     "rowpad",  "col",     "stride2",
                                       "overlap", "general", "grouped", "grouped2"};

typedef struct mat {
    float *buf;
    const float *p;
    ptrdiff_t rs, cs;
    size_t rows, cols;
    size_t rg;               /* rows per group, 0: one group */
    ptrdiff_t gs;            /* group stride */
} mat;

static ptrdiff_t mat_idx(const mat *x, size_t i, size_t j)
{
    const ptrdiff_t row = x->rg ? (ptrdiff_t)(i / x->rg) * x->gs + (ptrdiff_t)(i % x->rg) * x->rs
                                : (ptrdiff_t)i * x->rs;
    return row + (ptrdiff_t)j * x->cs;
}

static void mat_make(mat *x, size_t rows, size_t cols, int mode, int exact, size_t rg)
{
    ptrdiff_t rs = 1, cs = 1, gs = 0;
    x->rg = 0;
    switch (mode) {
    case M_ROW: rs = (ptrdiff_t)cols; cs = 1; break;
    case M_ROWPAD: rs = (ptrdiff_t)cols + 5; cs = 1; break;
    case M_COL: rs = 1; cs = (ptrdiff_t)rows + 3; break;
    case M_STRIDE2: rs = 2 * (ptrdiff_t)cols + 1; cs = 2; break;
    case M_OVERLAP: rs = 2; cs = 1; break;            /* row i starts 2 after row i-1 */
    case M_GENERAL: rs = 3; cs = 3 * (ptrdiff_t)rows + 1; break;
    case M_GROUPED:
    case M_GROUPED2: {
        cs = mode == M_GROUPED ? 1 : 2;
        const size_t groups = rg ? (rows + rg - 1) / rg : 1;
        gs = (ptrdiff_t)(cols / 2) * cs + 1;                 /* overlaps the next group */
        rs = (ptrdiff_t)groups * gs + (ptrdiff_t)cols * cs + 3;
        x->rg = rg;
        break;
    }
    }
    x->rs = rs;
    x->cs = cs;
    x->gs = gs;
    x->rows = rows;
    x->cols = cols;
    size_t extent = 1;
    for (size_t i = 0; i < rows; i++)   /* the last row is not always the farthest */
        if (cols && (size_t)mat_idx(x, i, cols - 1) + 1 > extent) extent = (size_t)mat_idx(x, i, cols - 1) + 1;
    x->buf = malloc((extent + 2) * sizeof(float));
    for (size_t i = 0; i < extent + 2; i++) x->buf[i] = NAN;   /* gaps are never read */
    x->p = x->buf + 1;                                         /* one float off alignment */
    /* Grouped rows overlap: an element shared by two rows gets one value. */
    for (size_t i = 0; i < rows; i++)
        for (size_t j = 0; j < cols; j++) x->buf[1 + mat_idx(x, i, j)] = rnd_val(exact);
}

static float mat_at(const mat *x, size_t i, size_t j) { return x->p[mat_idx(x, i, j)]; }

static double gamma_n(double n)
{
    const double u = ldexp(1.0, -24);
    return n * u / (1.0 - n * u);
}

typedef enum { API_PLAIN, API_PACKED_A, API_PACKED_B, API_GROUPED } api_kind;

static const lmc_gemm_ctx *g_gemm;   /* the context of the ISA under test */

/* Runs one GEMM and checks it; returns 0 on failure.  API_GROUPED takes A
 * in a grouped mode with rg rows per group. */
static int run_case_rg(size_t m, size_t n, size_t k, int amode, int bmode, float alpha,
                       float beta, int threads, int exact, api_kind api, size_t rg)
{
    const lmc_gemm_ctx *G = g_gemm;
    snprintf(g_ctx, sizeof g_ctx,
             "%s m=%zu n=%zu k=%zu A=%s B=%s alpha=%g beta=%g threads=%d %s api=%d rg=%zu",
             lmc_isa_name((lmc_isa)G->k.isa), m, n, k, mode_name[amode], mode_name[bmode],
             (double)alpha, (double)beta, threads, exact ? "int" : "real", (int)api, rg);
    mat A, B;
    mat_make(&A, m, k, amode, exact, rg);
    mat_make(&B, k, n, bmode, exact, 0);
    const size_t ldc = n + 3;
    const size_t c_len = (m ? (m - 1) * ldc + n : 0) + 4;
    float *cbuf = malloc(c_len * sizeof(float) + 4);
    float *c = cbuf + 1;
    float *c0 = malloc(c_len * sizeof(float));
    for (size_t i = 0; i < c_len; i++) c0[i] = rnd_val(exact);
    if (beta == 0.0f)
        for (size_t i = 0; i < c_len; i++) c0[i] = NAN;
    memcpy(c, c0, c_len * sizeof(float));
    cbuf[0] = 12345.0f;

    size_t wsb = 0;
    void *packed = NULL;
    size_t packed_bytes = 0;
    if (api == API_PLAIN) wsb = lmc_sgemm_workspace_bytes(G, m, n, k, threads);
    if (api == API_PACKED_A) {
        wsb = lmc_sgemm_prepacked_a_workspace_bytes(G, m, n, k, threads);
        packed_bytes = lmc_sgemm_packed_a_bytes(G, m, k);
    }
    if (api == API_PACKED_B || api == API_GROUPED) {
        /* The grouped call's workspace is the prepacked-B one (gemm.h). */
        wsb = lmc_sgemm_prepacked_b_workspace_bytes(G, m, n, k, threads);
        packed_bytes = lmc_sgemm_packed_b_bytes(G, k, n);
    }
    guarded pk = {0};
    if (api != API_PLAIN) {
        guarded_alloc(&pk, packed_bytes);
        packed = pk.ptr;
        if (api == API_PACKED_A) lmc_sgemm_pack_a(G, m, k, A.p, A.rs, A.cs, packed);
        else lmc_sgemm_pack_b(G, k, n, B.p, B.rs, B.cs, packed);
        if (packed_bytes && pk.ptr[packed_bytes - 1] == 0xff)
            FAILF("packing left the last byte of %zu unwritten", packed_bytes);
    }
    guarded ws;
    guarded_alloc(&ws, wsb);
    if (api == API_PLAIN)
        lmc_sgemm(G, m, n, k, alpha, A.p, A.rs, A.cs, B.p, B.rs, B.cs, beta, c, (ptrdiff_t)ldc,
                  ws.ptr, threads);
    else if (api == API_PACKED_A)
        lmc_sgemm_prepacked_a(G, m, n, k, alpha, packed, B.p, B.rs, B.cs, beta, c, (ptrdiff_t)ldc,
                              ws.ptr, threads);
    else if (api == API_PACKED_B)
        lmc_sgemm_prepacked_b(G, m, n, k, alpha, A.p, A.rs, A.cs, 0, 0, packed, beta, c,
                              (ptrdiff_t)ldc, ws.ptr, threads);
    else
        lmc_sgemm_prepacked_b(G, m, n, k, alpha, A.p, A.rs, A.cs, A.rg, A.gs, packed, beta, c,
                              (ptrdiff_t)ldc, ws.ptr, threads);

    int ok = 1;
    if (threads == 1 && wsb > 0 && ws.ptr[wsb - 1] == 0xff) {
        FAILF("workspace of %zu bytes: last byte not written", wsb);
        ok = 0;
    }
    const double kblocks = G->kc ? (double)((k + G->kc - 1) / G->kc) : 1;
    const double g = gamma_n((double)k + kblocks + 3.0);
    for (size_t i = 0; i < m && ok; i++) {
        for (size_t j = 0; j < ldc && ok; j++) {
            const size_t at = i * ldc + j;
            if (at >= c_len) break;
            const float got = c[at];
            if (j >= n) {   /* the gap between rows of C must be untouched */
                if (memcmp(&got, &c0[at], sizeof got) != 0) {
                    FAILF("C gap (%zu,%zu) written", i, j);
                    ok = 0;
                }
                continue;
            }
            double s = 0, sabs = 0;
            for (size_t p = 0; p < k; p++) {
                const double t = (double)mat_at(&A, i, p) * (double)mat_at(&B, p, j);
                s += t;
                sabs += fabs(t);
            }
            double ref = (double)alpha * s, bound = fabs((double)alpha) * sabs;
            if (beta != 0.0f) {
                ref += (double)beta * (double)c0[at];
                bound += fabs((double)beta * (double)c0[at]);
            }
            const double err = fabs((double)got - ref);
            const double tol = exact ? 0.0 : g * bound + 1e-30;
            if (!(err <= tol)) {
                FAILF("C(%zu,%zu) = %.9g, reference %.9g, |err| %.3g > tol %.3g", i, j,
                      (double)got, ref, err, tol);
                ok = 0;
            }
        }
    }
    if (cbuf[0] != 12345.0f) {   /* the float before C must be untouched */
        FAILF("C[-1] written");
        ok = 0;
    }
    guarded_free(&ws);
    if (api != API_PLAIN) guarded_free(&pk);
    free(A.buf);
    free(B.buf);
    free(cbuf);
    free(c0);
    if (ok) g_pass++;
    return ok;
}

static int run_case(size_t m, size_t n, size_t k, int amode, int bmode, float alpha, float beta,
                    int threads, int exact, api_kind api)
{
    return run_case_rg(m, n, k, amode, bmode, alpha, beta, threads, exact, api, 0);
}

static void sweep_isa(lmc_isa isa)
{
    lmc_isa_set(isa);
    const lmc_gemm_ctx *p = lmc_gemm_ctx_active();
    if (p->k.isa != (int)isa) {
        FAILF("lmc_isa_set(%s) gave %s", lmc_isa_name(isa), lmc_isa_name((lmc_isa)p->k.isa));
        return;
    }
    g_gemm = p;
    printf("isa %-6s kernel %s  MR=%zu NR=%zu MC=%zu KC=%zu NC=%zu\n", lmc_isa_name(isa), p->k.name,
           p->k.mr, p->k.nr, p->mc, p->kc, p->nc);
    const size_t MR = p->k.mr, NR = p->k.nr, KC = p->kc;
    const size_t ms[] = {1, 2, MR - 1, MR, MR + 1, 2 * MR + 3, 4 * MR, 4 * MR + 1, 97};
    const size_t ns[] = {1, 3, NR - 1, NR, NR + 1, 2 * NR + 5, 100};
    const size_t ks[] = {1, 2, 5, 16, KC - 1, KC, KC + 1, 2 * KC + 3};
    const float alphas[] = {1.0f, 2.0f, -0.5f};
    const float betas[] = {0.0f, 1.0f, 0.5f};
    long idx = 0;
    /* 1. sizes around the tile and KC edges, rotating through every option */
    for (size_t a = 0; a < sizeof ms / sizeof *ms; a++)
        for (size_t b = 0; b < sizeof ns / sizeof *ns; b++)
            for (size_t c = 0; c < sizeof ks / sizeof *ks; c++, idx++) {
                if (ms[a] == 0 || ns[b] == 0) continue;
                run_case(ms[a], ns[b], ks[c], (int)(idx % M_COUNT), (int)((idx / 2) % M_COUNT),
                         alphas[idx % 3], betas[(idx / 3) % 3], 1 + (int)(idx % 2),
                         (int)((idx / 5) % 2), (api_kind)((idx / 7) % 3));
            }
    /* 2. every stride combination x beta x threads, integer and real */
    for (int am = 0; am < M_COUNT; am++)
        for (int bm = 0; bm < M_COUNT; bm++)
            for (int b = 0; b < 3; b++)
                for (int t = 1; t <= 2; t++, idx++)
                    run_case(2 * MR + 3, 2 * NR + 5, KC + 7, am, bm, alphas[idx % 3], betas[b], t,
                             (int)(idx % 2), (api_kind)(idx % 3));
    /* small-m path (B read in place) with every B stride */
    for (int bm = 0; bm < M_COUNT; bm++)
        for (int t = 1; t <= 2; t++)
            run_case(3 * MR + 1, 3 * NR + 7, KC + 9, M_ROW, bm, 1.0f, 0.0f, t, 1, API_PLAIN);
    /* 3. more than one MC block, more than one NC block, k = 0, empty */
    for (int t = 1; t <= 2; t++)
        for (int api = 0; api < 3; api++) {
            run_case(p->mc + MR + 3, 40, 30, M_ROW, M_COL, 1.0f, 0.5f, t, 1, (api_kind)api);
            run_case(5 * MR, p->nc + NR + 3, 9, M_COL, M_ROW, 1.0f, 1.0f, t, 1, (api_kind)api);
            run_case(9, 7, 0, M_ROW, M_ROW, 1.0f, 0.5f, t, 1, (api_kind)api);
            run_case(9, 7, 0, M_ROW, M_ROW, 1.0f, 0.0f, t, 1, (api_kind)api);
            run_case(0, 7, 5, M_ROW, M_ROW, 1.0f, 0.0f, t, 1, (api_kind)api);
            run_case(9, 0, 5, M_ROW, M_ROW, 1.0f, 0.0f, t, 1, (api_kind)api);
        }
    /* 4. convolution-like thin shapes: m = 7..224, n = 64..512, k = C, 9C */
    const size_t tm[] = {7, 14, 28, 56, 112, 224}, tn[] = {64, 128, 512}, tk[] = {64, 576};
    for (size_t a = 0; a < 6; a++)
        for (size_t b = 0; b < 3; b++)
            for (size_t c = 0; c < 2; c++, idx++)
                run_case(tm[a], tn[b], tk[c], (int)(idx % 2) ? M_OVERLAP : M_ROW, M_ROW, 1.0f, 0.0f,
                         1 + (int)(idx % 2), 1, (api_kind)(idx % 3));
    /* 5. A's rows in groups: groups of one row, shorter and longer than a
     * micro-panel, one group for all rows (rg >= m); m across the small-m
     * bound and more than one MC block; both thread counts (the threads'
     * shares start inside a group). */
    const size_t rgs[] = {1, 2, MR - 1, MR, MR + 1, 7, 1000};
    const size_t gm[] = {1, MR + 3, 4 * MR + 1, 97, p->mc + MR + 3};
    const size_t gn[] = {NR + 1, 100}, gk[] = {5, KC + 1};
    for (size_t a = 0; a < sizeof rgs / sizeof *rgs; a++)
        for (size_t b = 0; b < sizeof gm / sizeof *gm; b++)
            for (size_t c = 0; c < 2; c++)
                for (size_t e = 0; e < 2; e++)
                    for (int t = 1; t <= 2; t++, idx++)
                        run_case_rg(gm[b], gn[c], gk[e], (int)(idx % 2) ? M_GROUPED2 : M_GROUPED,
                                    (int)(idx % M_COUNT), alphas[idx % 3], betas[(idx / 3) % 3], t,
                                    (int)((idx / 2) % 2), API_GROUPED, rgs[a]);
}

int main(void)
{
    const lmc_cpu_info *ci = lmc_cpu();
    printf("cpu %s: avx2+fma %d, avx512 %d, sve %d; best %s; L1d %zu L2 %zu L3 %zu bytes\n", ci->vendor,
           ci->has_avx2_fma, ci->has_avx512, ci->has_sve, lmc_isa_name(ci->best), ci->l1d_bytes, ci->l2_bytes,
           ci->l3_bytes);
    /* Every ISA of this architecture parses back from its name. */
    for (int isa = LMC_ISA_SCALAR; isa < LMC_ISA_COUNT; isa++)
        if (lmc_isa_parse(lmc_isa_name((lmc_isa)isa)) != isa) FAILF("lmc_isa_parse(%s)", lmc_isa_name((lmc_isa)isa));
#ifdef LMC_ARCH_X86
    if (lmc_isa_parse("avx512") != LMC_ISA_AVX512 || lmc_isa_parse("avx2") != LMC_ISA_AVX2 ||
        lmc_isa_parse("neon") != -1)
        FAILF("lmc_isa_parse");
#elif defined(LMC_ARCH_AARCH64)
    if (lmc_isa_parse("neon") != LMC_ISA_NEON || lmc_isa_parse("avx2") != -1 || ci->best != LMC_ISA_NEON)
        FAILF("lmc_isa_parse, or NEON is not the baseline");
#endif
    if (lmc_isa_parse("scalar") != LMC_ISA_SCALAR || lmc_isa_parse("sse") != -1) FAILF("lmc_isa_parse");
    for (int isa = LMC_ISA_SCALAR; isa <= (int)ci->best; isa++) sweep_isa((lmc_isa)isa);
    /* Asking for more than the CPU has is clamped. */
    if (lmc_isa_set((lmc_isa)(LMC_ISA_COUNT - 1)) != ci->best) FAILF("lmc_isa_set does not clamp");
    printf("test_gemm: %ld passed, %ld failed\n", g_pass, g_fail);
    return g_fail ? 1 : 0;
}
