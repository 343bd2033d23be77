/* The kn2row / kn2col family and indirect convolution:
 *   - each algorithm's workspace equals its formula, derived here from the
 *     problem independently of the library's code, on edge shapes, the
 *     VGG-16 layers and real-network shapes, at 1 and 2 threads; with the
 *     workspace targets: kn2row-as = M*H*W floats + packing on stride-1
 *     "same" layers, kn2row-aa bounded (<= 3/4 of the L2 per thread) and
 *     within 10% of that on every VGG-16 layer of >= 256 channels and
 *     pixels;
 *   - LMC_PLAN_DESTROY_INPUT: with the flag, a writable input is bit-exactly
 *     the same after execute and the result exact (without the flag the
 *     standard tests run every case with a read-only input);
 *   - the micro-kernel-driven algorithms under every ISA's kernel (their
 *     packed weights depend on MR x NR), exact, in guarded memory. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cpu.h"
#include "gemm/gemm.h"
#include "harness.h"

static long passed;

/* kn2row-as runs as kn2col-as on NHWC. */
static const lmc_algo ALGOS[] = {LMC_ALGO_KN2ROW, LMC_ALGO_KN2ROW_AS, LMC_ALGO_KN2ROW_AA,
                                 LMC_ALGO_INDIRECT};
#define NALGO ((int)(sizeof ALGOS / sizeof ALGOS[0]))

/* ---- the formulas ----------------------------------------------------- */
typedef struct {
    long ho, wo, cg, mg, taps;
} shape;

static shape shape_of(const lmc_conv_desc *d)
{
    shape s;
    int ho, wo;
    lmc_desc_validate(d, &ho, &wo);
    s.ho = ho;
    s.wo = wo;
    s.cg = d->c / d->groups;
    s.mg = d->m / d->groups;
    s.taps = (long)d->kh * d->kw;
    return s;
}

/* Output indices o < out whose input o*stride - pad + off lies in [0, in),
 * by counting (they form one interval). */
static void valid(long out, long in, long stride, long pad, long off, long *lo, long *hi)
{
    *lo = *hi = -1;
    for (long o = 0; o < out; o++) {
        const long i = o * stride - pad + off;
        if (i >= 0 && i < in) {
            if (*lo < 0) *lo = o;
            *hi = o + 1;
        }
    }
    if (*lo < 0) *lo = *hi = 0;
}

/* GEMM columns of tap (ky, kx) per call in kn2row-as / kn2col-as for the
 * output rows [ra, rb) of one thread: all valid rows of the band at once
 * with row length L = sh*W/sw when that is whole, else one row per call.
 * 0 if the tap reads only padding there. */
static long tap_cols(const lmc_conv_desc *d, const shape *s, int ky, int kx, long ra, long rb)
{
    long ylo, yhi, xlo, xhi;
    valid(s->ho, d->h, d->stride_h, d->pad_top, (long)ky * d->dil_h, &ylo, &yhi);
    valid(s->wo, d->w, d->stride_w, d->pad_left, (long)kx * d->dil_w, &xlo, &xhi);
    if (ylo < ra) ylo = ra;
    if (yhi > rb) yhi = rb;
    if (ylo >= yhi || xlo == xhi) return 0;
    if (((long)d->stride_h * d->w) % d->stride_w == 0)
        return (yhi - 1 - ylo) * ((long)d->stride_h * d->w / d->stride_w) + xhi - xlo;
    return xhi - xlo;
}

static size_t balanced(size_t len, size_t max)
{
    if (len <= max) return len;
    const size_t nb = (len + max - 1) / max;
    return (len + nb - 1) / nb;
}

/* kn2row-aa's reduction block cap for NR-column panels: the packed block
 * of 8 panels fills up to 3/4 of the L2 lmc_cpu() reports, 64 to 1024
 * steps. */
static size_t aa_cap(size_t nr)
{
    const size_t c = lmc_cpu()->l2_bytes * 3 / 4 / (8 * nr * sizeof(float));
    return c < 64 ? 64 : c > 1024 ? 1024 : c;
}

static size_t expected(const lmc_conv_desc *d, lmc_algo a, int threads)
{
    const shape s = shape_of(d);
    const lmc_gemm_ctx *g0 = lmc_gemm_ctx_active();
    const size_t f = sizeof(float), T = (size_t)threads;
    const size_t hw = (size_t)d->h * d->w, howo = (size_t)(s.ho * s.wo);
    const size_t red = (size_t)(s.taps * s.cg);
    switch (a) {
    case LMC_ALGO_KN2ROW:
        /* KH*KW*M*H*W per group + the GEMM of all taps stacked. */
        return (size_t)(s.taps * s.mg) * hw * f +
               lmc_sgemm_workspace_bytes(g0, (size_t)(s.taps * s.mg), hw, (size_t)s.cg, threads);
    case LMC_ALGO_KN2ROW_AS: {
        /* One equal part per thread with rows (min(T, Ho) of them): mg x
         * the widest tap of any band of Ho*t/T .. Ho*(t+1)/T output rows,
         * + a one-thread GEMM packing of the largest of any band. */
        size_t tmax = 0, gmax = 0;
        for (long t = 0; t < (long)T; t++) {
            const long ra = s.ho * t / (long)T, rb = s.ho * (t + 1) / (long)T;
            long nmax = 0;
            size_t g = 0;
            for (int ky = 0; ky < d->kh; ky++)
                for (int kx = 0; kx < d->kw; kx++) {
                    const long n = tap_cols(d, &s, ky, kx, ra, rb);
                    if (!n) continue;
                    if (n > nmax) nmax = n;
                    /* the weights are packed at plan time: A (NCHW) or B (NHWC) */
                    const size_t w = d->layout == LMC_NCHW
                                         ? lmc_sgemm_prepacked_a_workspace_bytes(g0, (size_t)s.mg, (size_t)n, (size_t)s.cg, 1)
                                         : lmc_sgemm_prepacked_b_workspace_bytes(g0, (size_t)n, (size_t)s.mg, (size_t)s.cg, 1);
                    if (w > g) g = w;
                }
            if ((size_t)s.mg * (size_t)nmax * f > tmax) tmax = (size_t)s.mg * (size_t)nmax * f;
            if (g > gmax) gmax = g;
        }
        return (T < (size_t)s.ho ? T : (size_t)s.ho) * (tmax + gmax);
    }
    case LMC_ALGO_KN2ROW_AA: {
        /* Per thread one packed block of kb x cp*NR floats: kb = the
         * reduction split evenly into blocks of <= aa_cap(NR) steps; cp = min(8,
         * panels of NR pixels) at one thread; at T > 1 the largest of the
         * even chunks of the panels, ceil(panels / 8) of them or, if that
         * is at least T but under 3 per thread over all images and groups,
         * enough for 3 per thread (at most one panel each); below T one
         * chunk per thread if that splits the pixels evenly, else the
         * chunks stay as they are (the channels are split instead). */
        const size_t nr = g0->k.nr, P = (howo + nr - 1) / nr;
        const size_t imgs = (size_t)d->n * (size_t)d->groups;
        size_t cp = P < 8 ? P : 8, slices = T;
        if (T > 1) {
            size_t nch = (P + 7) / 8;
            if (nch * imgs >= T && nch * imgs < 3 * T) {
                nch = (3 * T + imgs - 1) / imgs;
                if (nch > P) nch = P;
            } else if (nch * imgs < T) {
                /* one chunk per thread if chunks [P c / n, P (c+1) / n)
                 * give no thread over 10 % more than howo / n pixels */
                const size_t n = (T + imgs - 1) / imgs;
                size_t big = 0;
                for (size_t c = 0; c < n && n >= 2 && P >= n; c++) {
                    const size_t hi = P * (c + 1) / n * nr, lo = P * c / n * nr;
                    const size_t px = (hi < howo ? hi : howo) - lo;
                    big = px > big ? px : big;
                }
                if (n >= 2 && P >= n && 10 * big * n <= 11 * howo) nch = n;
                /* else the channels are split; one image and group and
                 * more than one MR tile of channels: two shared buffers */
                else if (imgs == 1 && nch == 1 && (size_t)s.mg > g0->k.mr) slices = 2;
            }
            cp = (P + nch - 1) / nch;
        }
        return slices * balanced(red, aa_cap(nr)) * nr * cp * f;
    }
    case LMC_ALGO_INDIRECT: {
        const size_t mr = g0->k.mr, P = (howo + mr - 1) / mr;
        return (size_t)s.taps * howo * sizeof(void *) + (size_t)d->c * f +
               T * balanced(red, 256) * mr * (P < 8 ? P : 8) * f;
    }
    default:
        return 0;
    }
}

static void check_ws(const lmc_conv_desc *d)
{
    char ds[256];
    lmc_layer_str(d, ds, sizeof ds);
    /* kn2row-as sizes its parts from the tap rows of all bands at once:
     * also at thread counts with bands between a tap's first and last
     * and with more threads than output rows. */
    static const int thread_counts[] = {1, 2, 3, 7, 64};
    for (int i = 0; i < NALGO; i++)
        for (int ti = 0; ti < (ALGOS[i] == LMC_ALGO_KN2ROW_AS ? 5 : 2); ti++) {
            const int t = thread_counts[ti];
            size_t ws;
            if (lmc_query(d, ALGOS[i], 0, t, &ws, NULL) != LMC_OK) continue;
            const size_t want = expected(d, ALGOS[i], t);
            CHECK(ws == want, "%s %s t%d: workspace %zu, formula %zu", lmc_algo_name(ALGOS[i]), ds, t,
                  ws, want);
            passed++;
        }
}

/* ---- VGG-16: the workspace targets ------------------------------------- */
static void vgg16_targets(void)
{
    static const int L[][3] = {/* C, H(=W), M */
                               {3, 224, 64},   {64, 224, 64},  {64, 112, 128}, {128, 112, 128},
                               {128, 56, 256}, {256, 56, 256}, {256, 56, 256}, {256, 28, 512},
                               {512, 28, 512}, {512, 28, 512}, {512, 14, 512}, {512, 14, 512},
                               {512, 14, 512}};
    printf("  VGG-16 workspace bytes at 1 thread: kn2row-as (= M*H*W*4 + packing), kn2row-aa\n");
    for (size_t i = 0; i < sizeof L / sizeof L[0]; i++) {
        lmc_conv_desc d;
        lmc_desc_init(&d, 1, L[i][0], L[i][1], L[i][1], L[i][2], 3, 3);
        d.pad_top = d.pad_bottom = d.pad_left = d.pad_right = 1;
        check_ws(&d);
        size_t as, aa;
        CHECK(lmc_query(&d, LMC_ALGO_KN2ROW_AS, 0, 1, &as, NULL) == LMC_OK, "kn2row-as vgg");
        CHECK(lmc_query(&d, LMC_ALGO_KN2ROW_AA, 0, 1, &aa, NULL) == LMC_OK, "kn2row-aa vgg");
        const size_t mhw = (size_t)L[i][2] * L[i][1] * L[i][1] * sizeof(float);
        const size_t pack = lmc_sgemm_prepacked_a_workspace_bytes(lmc_gemm_ctx_active(), (size_t)L[i][2],
                                                                  (size_t)L[i][1] * L[i][1], (size_t)L[i][0], 1);
        CHECK(as == mhw + pack, "kn2row-as on VGG layer %zu: %zu != M*H*W*4 + %zu", i, as, pack);
        const size_t nr = lmc_gemm_ctx_active()->k.nr, blk = aa_cap(nr) * 8 * nr * sizeof(float);
        CHECK(aa <= blk && blk <= lmc_cpu()->l2_bytes / 4 * 3 + 65536,
              "kn2row-aa on VGG layer %zu: %zu bytes (block %zu)", i, aa, blk);
        if (L[i][2] >= 256 && L[i][1] >= 28) {
            /* Independent of C, M and H on every layer of >= 256 output
             * channels and >= 256 output pixels: the cap's block of
             * aa_cap x 8 NR floats, up to the even split of a reduction
             * longer than the cap, which keeps more than half of it. */
            CHECK(aa <= blk && 2 * aa > blk, "kn2row-aa on VGG layer %zu: %zu", i, aa);
        }
        printf("    conv%zu  %10zu  %8zu\n", i, as, aa);
        passed += 2;
    }
}

/* ---- real-network shapes --------------------------------------------- */
static void real_shapes(void)
{
    lmc_layer *L;
    size_t n = lmc_load_real_shapes(1, &L);
    for (size_t i = 0; i < n; i += 3)
        for (int layout = 0; layout < 2; layout++) {
            lmc_conv_desc d = L[i].d;
            d.layout = layout ? LMC_NHWC : LMC_NCHW;
            check_ws(&d);
        }
    free(L);
}

/* ---- executions ----------------------------------------------------- */
static lmc_conv_desc small_case(int i)
{
    static const int E[][15] = {
        /* n  c   h   w   m  kh kw sh sw pt pb pl pr  g  dil */
        {1, 16, 13, 11, 20, 3, 3, 1, 1, 1, 1, 1, 1, 1, 1},
        {2, 8, 12, 10, 8, 3, 3, 2, 1, 0, 2, 1, 0, 2, 1},
        {1, 12, 9, 9, 6, 5, 3, 1, 2, 2, 1, 0, 3, 3, 2},
        {1, 3, 17, 17, 70, 3, 3, 2, 2, 1, 1, 1, 1, 1, 1},
        {1, 300, 6, 7, 40, 3, 3, 1, 1, 1, 1, 1, 1, 1, 1},
        {1, 6, 7, 5, 6, 2, 2, 3, 1, 1, 0, 0, 1, 6, 3},
        /* mostly padding rows: at 7 threads the tap's rows 4..13 of 23
         * end in a band and span a whole band of the larger size (4 rows) */
        {1, 2, 10, 6, 2, 1, 1, 1, 1, 4, 9, 2, 0, 1, 1},
    };
    const int *e = E[i];
    lmc_conv_desc d = lmc_test_desc(e);
    d.groups = e[13];
    d.dil_h = d.dil_w = e[14];
    d.has_bias = i & 1;
    d.relu = (i >> 1) & 1;
    return d;
}
#define NCASES 7

typedef struct {
    float *x, *w, *b, *yref;
} data;

static data make(const lmc_conv_desc *d, lmc_rng *r)
{
    data v;
    const size_t ni = lmc_desc_input_elems(d), nw = lmc_desc_weight_elems(d),
                 no = lmc_desc_output_elems(d);
    v.x = malloc(ni * sizeof(float));
    v.w = malloc(nw * sizeof(float));
    v.b = malloc((size_t)d->m * sizeof(float));
    v.yref = malloc(no * sizeof(float));
    lmc_fill_exact(v.x, ni, r);
    lmc_fill_exact(v.w, nw, r);
    lmc_fill_exact(v.b, (size_t)d->m, r);
    CHECK(lmc_run_ref(d, v.x, v.w, d->has_bias ? v.b : NULL, v.yref, 1) == LMC_OK, "ref");
    return v;
}

static void drop(data *v)
{
    free(v->x); free(v->w); free(v->b); free(v->yref);
}

/* With LMC_PLAN_DESTROY_INPUT: ordinary writable memory, bit-exact input
 * afterwards, exact output. */
static void destroy_input(const lmc_conv_desc *d, const data *v)
{
    const size_t ni = lmc_desc_input_elems(d), no = lmc_desc_output_elems(d);
    char ds[256];
    lmc_layer_str(d, ds, sizeof ds);
    for (int i = 0; i < NALGO; i++)
        for (int t = 1; t <= 2; t++) {
            lmc_plan_opts o;
            lmc_plan_opts_init(&o);
            o.algo = ALGOS[i];
            o.threads = t;
            o.flags = LMC_PLAN_DESTROY_INPUT;
            lmc_plan *pl;
            if (lmc_plan_create(d, &o, v->w, d->has_bias ? v->b : NULL, &pl) != LMC_OK) continue;
            float *x = malloc(ni * sizeof(float)), *y = malloc(no * sizeof(float));
            size_t wsb = lmc_plan_workspace_bytes(pl);
            void *ws = malloc(wsb ? wsb : 1);
            memcpy(x, v->x, ni * sizeof(float));
            CHECK(lmc_execute(pl, x, y, ws, wsb) == LMC_OK, "execute");
            CHECK(memcmp(x, v->x, ni * sizeof(float)) == 0, "%s %s t%d DESTROY_INPUT: input not restored",
                  lmc_algo_name(ALGOS[i]), ds, t);
            size_t bad = 0;
            for (size_t k = 0; k < no; k++) bad += y[k] != v->yref[k];
            CHECK(bad == 0, "%s %s t%d DESTROY_INPUT: %zu wrong outputs", lmc_algo_name(ALGOS[i]), ds, t, bad);
            passed++;
            free(x); free(y); free(ws);
            lmc_plan_destroy(pl);
        }
}

/* Exact, in guarded memory with a read-only input, under the given ISA. */
static void guarded(const lmc_conv_desc *d, const data *v)
{
    for (int i = 0; i < NALGO; i++)
        for (int t = 1; t <= 2; t++) {
            lmc_check_case c = {d, ALGOS[i], 0, t, v->x, v->w, d->has_bias ? v->b : NULL, v->yref, NULL,
                                GUARD_AFTER, 0x7E};
            bool unsup;
            if (lmc_run_checked(&c, &unsup, NULL)) passed++;
        }
}

int main(void)
{
    lmc_rng r = {7};
    for (int i = 0; i < NCASES; i++)
        for (int layout = 0; layout < 2; layout++) {
            lmc_conv_desc d = small_case(i);
            d.layout = layout ? LMC_NHWC : LMC_NCHW;
            check_ws(&d);
            data v = make(&d, &r);
            destroy_input(&d, &v);
            /* Every ISA's micro-kernel (the weights are packed for its tile). */
            for (int isa = LMC_ISA_SCALAR; isa < LMC_ISA_COUNT; isa++) {
                if ((int)lmc_isa_set((lmc_isa)isa) != isa) continue;
                check_ws(&d);
                guarded(&d, &v);
            }
            lmc_isa_set(lmc_cpu()->isa);
            drop(&v);
        }
    vgg16_targets();
    real_shapes();
    return lmc_test_finish("test_kn2row", passed);
}
