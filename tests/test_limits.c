/* Sizes at and just past every limit:
 *   - each tensor's element count (input, output, weights; a blocked
 *     layout's padding channels included) at the largest value that fits
 *     in a ptrdiff_t of bytes and one past it, the output extents and the
 *     dilated kernel at INT_MAX and one past;
 *   - each family's workspace formula on problems whose tensors fit but
 *     whose buffers do not: lmc_query says LMC_ERR_OVERFLOW (or
 *     LMC_ERR_UNSUPPORTED), never a wrapped size, and any size it reports
 *     is at least the family's documented main term;
 *   - thread counts 1024 (the largest) and 1025.
 * Nothing here allocates a large tensor: the huge problems are only
 * validated and queried. */
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cpu.h"
#include "harness.h"

static long passed;

/* PTRDIFF_MAX / sizeof(float) - 1 = 2^61 - 2, the largest element count a
 * tensor may have here (2^61 - 1 is prime), as a product of four ints. */
#define F1 43593
#define F2 43030
#define F3 23405
#define F4 52521
static const size_t AT_LIMIT = (size_t)F1 * F2 * F3 * F4;
/* 2^61 elements: one past. */
#define P1 65536
#define P2 32768

static const char *desc_str(const lmc_conv_desc *d)
{
    static char s[320];
    return lmc_layer_str(d, s, sizeof s);
}

/* Validation, the element counts and every entry point that takes the
 * descriptor agree on `want`. */
static void expect_desc(const lmc_conv_desc *d, lmc_status want, const char *what)
{
    const lmc_status v = lmc_desc_validate(d, NULL, NULL);
    CHECK(v == want, "%s: validate %s, want %s (%s)", what, lmc_strerror(v), lmc_strerror(want), desc_str(d));
    const lmc_status q = lmc_query(d, LMC_ALGO_REF, 0, 1, NULL, NULL);
    CHECK(q == want, "%s: query %s", what, lmc_strerror(q));
    if (want != LMC_OK) {
        const float w[1] = {0};
        lmc_plan *p = (lmc_plan *)(uintptr_t)1;
        const lmc_status c = lmc_plan_create(d, NULL, w, NULL, &p);
        CHECK(c == want && p == NULL, "%s: plan_create %s", what, lmc_strerror(c));
        CHECK(lmc_desc_input_elems(d) == 0 && lmc_desc_output_elems(d) == 0 && lmc_desc_weight_elems(d) == 0,
              "%s: element counts of an invalid descriptor", what);
    }
    passed++;
}

static lmc_conv_desc desc(int n, int c, int h, int w, int m, int kh, int kw)
{
    lmc_conv_desc d;
    lmc_desc_init(&d, n, c, h, w, m, kh, kw);
    return d;
}

static void tensor_limits(void)
{
    /* Input: n*c*h*w; a stride of INT_MAX keeps the output one pixel. */
    lmc_conv_desc d = desc(F1, F2, F3, F4, 1, 1, 1);
    d.stride_h = d.stride_w = INT_MAX;
    expect_desc(&d, LMC_OK, "input at the limit");
    CHECK(lmc_desc_input_elems(&d) == AT_LIMIT && lmc_desc_output_elems(&d) == F1 &&
              lmc_desc_weight_elems(&d) == F2 && lmc_layout_elems(LMC_NCHW, F1, F2, F3, F4) == AT_LIMIT,
          "input element counts at the limit");
    d = desc(P1, P2, P2, P2, 1, 1, 1);
    d.stride_h = d.stride_w = INT_MAX;
    expect_desc(&d, LMC_ERR_OVERFLOW, "input one past the limit");
    CHECK(lmc_layout_elems(LMC_NHWC, P1, P2, P2, P2) == 0, "lmc_layout_elems one past the limit");
    float t[1] = {0}, u[1];
    CHECK(lmc_convert_layout(t, LMC_NCHW, u, LMC_NHWC, P1, P2, P2, P2) == LMC_ERR_OVERFLOW,
          "conversion one past the limit");

    /* The padding channels of a blocked layout count: 31 channels fit in
     * NCHW, their 32 padded ones do not. */
    d = desc(1, 31, 1 << 28, 1 << 28, 1, 1, 1);
    d.stride_h = d.stride_w = INT_MAX;
    expect_desc(&d, LMC_OK, "31 channels of 2^56 pixels, NCHW");
    d.layout = LMC_NCHW16C;
    expect_desc(&d, LMC_ERR_OVERFLOW, "the same in NCHW16c (32 with padding)");
    d.layout = LMC_NCHW8C;
    expect_desc(&d, LMC_ERR_OVERFLOW, "the same in NCHW8c (32 with padding)");
    d.c = 24;
    expect_desc(&d, LMC_OK, "24 channels in NCHW8c");
    d.layout = LMC_NCHW16C;
    expect_desc(&d, LMC_ERR_OVERFLOW, "24 channels in NCHW16c (32 with padding)");

    /* Output: n*m*ho*wo on a 1x1 input, the extents made by the padding. */
    d = desc(F3, 1, 1, 1, F4, 1, 1);
    d.pad_top = F1 - 1;
    d.pad_left = F2 - 1;
    expect_desc(&d, LMC_OK, "output at the limit");
    CHECK(lmc_desc_output_elems(&d) == AT_LIMIT, "output elements at the limit");
    d = desc(P2, 1, 1, 1, P1, 1, 1);
    d.pad_top = P2 - 1;
    d.pad_left = P2 - 1;
    expect_desc(&d, LMC_ERR_OVERFLOW, "output one past the limit");
    /* m's padding channels count in a blocked output. */
    d = desc(1, 1, 1, 1, 31, 1, 1);
    d.pad_top = d.pad_bottom = (1 << 27) - 1;
    d.pad_left = d.pad_right = (1 << 27) - 1;
    d.pad_bottom++; /* ho = wo = 2^28 */
    d.pad_right++;
    expect_desc(&d, LMC_OK, "31 output channels of 2^56 pixels");
    d.layout = LMC_NCHW16C;
    expect_desc(&d, LMC_ERR_OVERFLOW, "the same output in NCHW16c");

    /* Weights: m*(c/g)*kh*kw, the kernel as large as the padded 1x1 input. */
    d = desc(1, F2, 1, 1, F1, F3, F4);
    d.pad_top = F3 - 1;
    d.pad_left = F4 - 1;
    expect_desc(&d, LMC_OK, "weights at the limit");
    CHECK(lmc_desc_weight_elems(&d) == AT_LIMIT, "weight elements at the limit");
    d.c = 3 * F2; /* three groups of F2 channels: still at the limit (F1 = 3 * 14531) */
    d.groups = 3;
    expect_desc(&d, LMC_OK, "weights at the limit with 3 groups");
    CHECK(lmc_desc_weight_elems(&d) == AT_LIMIT, "grouped weight elements at the limit");
    d = desc(1, P2, 1, 1, P1, P2, P2);
    d.pad_top = d.pad_left = P2 - 1;
    expect_desc(&d, LMC_ERR_OVERFLOW, "weights one past the limit");

    /* Extents: ho = INT_MAX fits an int, INT_MAX + 1 does not. */
    d = desc(1, 1, 1, 1, 1, 1, 1);
    d.pad_top = INT_MAX - 1;
    expect_desc(&d, LMC_OK, "ho = INT_MAX");
    d.pad_bottom = 1;
    expect_desc(&d, LMC_ERR_OVERFLOW, "ho = INT_MAX + 1");
    d = desc(1, 1, 1, 1, 1, 1, 1);
    d.pad_right = INT_MAX - 1;
    expect_desc(&d, LMC_OK, "wo = INT_MAX");
    d.pad_left = INT_MAX;
    expect_desc(&d, LMC_ERR_OVERFLOW, "wo far past INT_MAX");
    /* The dilated kernel: (kh - 1) * dil + 1 = INT_MAX fits, one more does not. */
    d = desc(1, 1, INT_MAX, 1, 1, 2, 1);
    d.dil_h = INT_MAX - 1;
    expect_desc(&d, LMC_OK, "dilated kernel of INT_MAX rows");
    d.dil_h = INT_MAX;
    expect_desc(&d, LMC_ERR_EMPTY_OUTPUT, "dilated kernel of INT_MAX + 1 rows on INT_MAX");
    d.pad_top = 1;
    expect_desc(&d, LMC_ERR_OVERFLOW, "dilated kernel of INT_MAX + 1 rows on INT_MAX + 1");
    d = desc(1, 1, 1, 1, 1, 1, 3);
    d.dil_w = INT_MAX;
    d.pad_left = d.pad_right = INT_MAX;
    expect_desc(&d, LMC_ERR_OVERFLOW, "dilated kernel of 2^32 columns");
    /* Every field at INT_MAX at once. */
    d = desc(INT_MAX, INT_MAX, INT_MAX, INT_MAX, INT_MAX, INT_MAX, INT_MAX);
    d.stride_h = d.stride_w = d.dil_h = d.dil_w = INT_MAX;
    d.pad_top = d.pad_bottom = d.pad_left = d.pad_right = INT_MAX;
    d.groups = INT_MAX;
    /* (the kernel's 2^62 dilated rows outgrow any padded input: empty
     * output comes first in the documented order) */
    expect_desc(&d, LMC_ERR_EMPTY_OUTPUT, "every field INT_MAX");
    d.kh = d.kw = 1;
    expect_desc(&d, LMC_ERR_OVERFLOW, "every field INT_MAX but a 1x1 kernel");
}

/* Every family and variant on d at `threads`: the status is one of the
 * three a valid problem may get, the reason is there exactly when
 * unsupported, and a reported size is not below the family's main term
 * (so not wrapped).  Returns how many reported OVERFLOW. */
static int query_all(const lmc_conv_desc *d, int threads, const char *what)
{
    int overflows = 0;
    for (int a = LMC_ALGO_AUTO + 1; a < LMC_ALGO_COUNT_; a++) {
        if (!lmc_algo_name((lmc_algo)a)) continue;
        for (int v = 0; v <= lmc_algo_variant_count((lmc_algo)a); v++) {
            size_t ws = 0, pk = 0;
            const lmc_status s = lmc_query(d, (lmc_algo)a, v, threads, &ws, &pk);
            const char *why = lmc_unsupported_reason(d, (lmc_algo)a, v);
            const char *name = lmc_algo_name((lmc_algo)a);
            CHECK(s == LMC_OK || s == LMC_ERR_OVERFLOW || s == LMC_ERR_UNSUPPORTED, "%s %s:%d t%d: %s", what, name,
                  v, threads, lmc_strerror(s));
            CHECK((s == LMC_ERR_UNSUPPORTED) == (why != NULL), "%s %s:%d: %s with reason %s", what, name, v,
                  lmc_strerror(s), why ? why : "(none)");
            overflows += s == LMC_ERR_OVERFLOW;
            const long double wf = lmc_test_ws_floor(d, (lmc_algo)a, v), pf = lmc_test_packed_floor(d);
            if (wf >= 0x1p64L || pf >= 0x1p64L)
                CHECK(s != LMC_OK, "%s %s:%d t%d: %Lg bytes cannot fit, reported %zu", what, name, v, threads,
                      wf > pf ? wf : pf, ws);
            if (s == LMC_OK) {
                CHECK(ws < SIZE_MAX && (long double)ws >= wf, "%s %s:%d t%d: workspace %zu below its term %.0Lf",
                      what, name, v, threads, ws, wf);
                CHECK(pk < SIZE_MAX && (long double)pk >= pf, "%s %s:%d t%d: packed %zu below the weights %.0Lf",
                      what, name, v, threads, pk, pf);
                if (a == LMC_ALGO_KN2ROW_AA)
                    CHECK(ws <= (size_t)threads * lmc_cpu()->l2_bytes, "%s kn2row-aa t%d: %zu bytes", what, threads,
                          ws);
            }
            passed++;
        }
    }
    return overflows;
}

static void expect_query(const lmc_conv_desc *d, lmc_algo a, int threads, lmc_status want, const char *what)
{
    size_t ws = 0;
    const lmc_status s = lmc_query(d, a, 0, threads, &ws, NULL);
    CHECK(s == want, "%s: %s says %s (workspace %zu), want %s", what, lmc_algo_name(a), lmc_strerror(s), ws,
          lmc_strerror(want));
    passed++;
}

static void workspace_limits(void)
{
    static const int threads[] = {1, 2, 1024};
    for (int ti = 0; ti < 3; ti++) {
        const int t = threads[ti];
        /* im2col: C*KH*KW*Ho*Wo = 2^16 * 2^24 * 4097^2 floats, with an
         * input of 2^40 floats and weights of 2^40. */
        lmc_conv_desc d = desc(1, 1 << 16, 1 << 12, 1 << 12, 1, 1 << 12, 1 << 12);
        d.pad_top = d.pad_bottom = d.pad_left = d.pad_right = 1 << 11;
        for (int l = 0; l < 2; l++) {
            d.layout = l ? LMC_NHWC : LMC_NCHW;
            expect_query(&d, LMC_ALGO_IM2COL, t, LMC_ERR_OVERFLOW, "lowered matrix past size_t");
            query_all(&d, t, "im2col's overflow");
        }
        /* kn2row: KH*KW*M*H*W = 2^24 * 2^16 * 2^24 floats. */
        d = desc(1, 1, 1 << 12, 1 << 12, 1 << 16, 1 << 12, 1 << 12);
        d.pad_top = d.pad_bottom = d.pad_left = d.pad_right = 1 << 11;
        expect_query(&d, LMC_ALGO_KN2ROW, t, LMC_ERR_OVERFLOW, "every tap's product past size_t");
        query_all(&d, t, "kn2row's overflow");
        /* MEC: Wo * R * KW * C/g = 2 * 2^30 * 2^12 * 2^20 floats from a
         * one-pixel image padded to 2^30 rows. */
        d = desc(1, 1 << 20, 1, 1, 1, 2, 1 << 12);
        d.pad_top = d.pad_bottom = 1 << 29;
        d.pad_left = d.pad_right = 1 << 11;
        for (int l = 0; l < 2; l++) {
            d.layout = l ? LMC_NHWC : LMC_NCHW;
            expect_query(&d, LMC_ALGO_MEC, t, LMC_ERR_OVERFLOW, "MEC's lowered matrix past size_t");
            query_all(&d, t, "MEC's overflow");
        }
        /* indirect: KH*KW*Ho*Wo pointers = 2^30 * (3 * 2^15 + 1)^2. */
        d = desc(1, 1, 1 << 16, 1 << 16, 1, 1 << 15, 1 << 15);
        d.pad_top = d.pad_bottom = d.pad_left = d.pad_right = 1 << 15;
        d.layout = LMC_NHWC;
        expect_query(&d, LMC_ALGO_INDIRECT, t, LMC_ERR_OVERFLOW, "indirection buffer past size_t");
        query_all(&d, t, "indirect's overflow");
        /* direct on NCHW, depthwise on a row tile: one image of input and
         * output in NHWC, both at the tensor limit: (2^61 - 2) * 2 floats =
         * 2^64 - 16 bytes, the largest workspace a valid problem can have,
         * exactly (W = F3 * F4 < 2^31). */
        d = desc(1, F1, F2, F3 * F4, F1, 1, 1);
        d.groups = F1;
        d.stride_h = d.stride_w = 1;
        {
            size_t ws = 0;
            lmc_algo a;
            int v;   /* a tile that goes through NHWC copies (the NCHW tiles need none) */
            CHECK(lmc_algo_parse("direct:8x4", &a, &v) == LMC_OK, "direct:8x4");
            const lmc_status s = lmc_query(&d, LMC_ALGO_DIRECT, v, t, &ws, NULL);
            const size_t want = AT_LIMIT * 2 * sizeof(float);
            CHECK(s == LMC_OK && ws == want, "direct NCHW at the limit: %s, %zu bytes, want %zu", lmc_strerror(s),
                  ws, want);
            passed++;
        }
        query_all(&d, t, "large NCHW tensors");
        /* The tensor-limit problems above, every family. */
        d = desc(F1, F2, F3, F4, 1, 1, 1);
        d.stride_h = d.stride_w = INT_MAX;
        query_all(&d, t, "input at the limit");
        d = desc(F3, 1, 1, 1, F4, 1, 1);
        d.pad_top = F1 - 1;
        d.pad_left = F2 - 1;
        for (int l = 0; l < 4; l++) {
            d.layout = (lmc_layout)l;
            if (lmc_desc_validate(&d, NULL, NULL) == LMC_OK) query_all(&d, t, "output at the limit");
        }
        d = desc(1, F2, 1, 1, F1, F3, F4);
        d.pad_top = F3 - 1;
        d.pad_left = F4 - 1;
        query_all(&d, t, "weights at the limit");
        d = desc(1, 1, 1, 1, 1, 1, 1);
        d.pad_top = INT_MAX - 1;
        d.layout = LMC_NHWC;
        query_all(&d, t, "ho = INT_MAX");
    }
}

/* 1024 threads is the largest count: queries, a plan and its execution
 * work there; 1025 is refused everywhere. */
static void thread_limits(void)
{
    lmc_conv_desc d = desc(1, 8, 12, 12, 16, 3, 3);
    d.pad_top = d.pad_bottom = d.pad_left = d.pad_right = 1;
    for (int l = 0; l < 2; l++) {
        d.layout = l ? LMC_NHWC : LMC_NCHW;
        query_all(&d, 1024, "small problem");
        for (int a = LMC_ALGO_AUTO + 1; a < LMC_ALGO_COUNT_; a++) {
            if (!lmc_algo_name((lmc_algo)a)) continue;
            CHECK(lmc_query(&d, (lmc_algo)a, 0, 1025, NULL, NULL) == LMC_ERR_BAD_ARG &&
                      lmc_query(&d, (lmc_algo)a, 0, -1, NULL, NULL) == LMC_ERR_BAD_ARG &&
                      lmc_query(&d, (lmc_algo)a, 0, INT_MAX, NULL, NULL) == LMC_ERR_BAD_ARG,
                  "%s: thread counts past 1024 accepted", lmc_algo_name((lmc_algo)a));
            passed++;
        }
    }
    const size_t nx = lmc_desc_input_elems(&d), nw = lmc_desc_weight_elems(&d), ny = lmc_desc_output_elems(&d);
    float *x = malloc(nx * sizeof *x), *w = malloc(nw * sizeof *w), *y = malloc(ny * sizeof *y);
    float *yref = malloc(ny * sizeof *yref);
    lmc_rng r = {1024};
    lmc_fill_exact(x, nx, &r);
    lmc_fill_exact(w, nw, &r);
    CHECK(lmc_run_ref(&d, x, w, NULL, yref, 1) == LMC_OK, "ref");
    lmc_plan_opts o;
    lmc_plan_opts_init(&o);
    o.threads = 1025;
    lmc_plan *p = NULL;
    CHECK(lmc_plan_create(&d, &o, w, NULL, &p) == LMC_ERR_BAD_ARG && p == NULL, "a plan at 1025 threads");
    /* One plan at 1024 threads (AUTO's choice), run once: starting a team
     * that large costs a moment, every family would cost minutes. */
    o.threads = 1024;
    lmc_status s = lmc_plan_create(&d, &o, w, NULL, &p);
    CHECK(s == LMC_OK && lmc_plan_threads(p) == 1024, "a plan at 1024 threads: %s", lmc_strerror(s));
    if (s == LMC_OK) {
        const size_t wsb = lmc_plan_workspace_bytes(p);
        void *ws = wsb ? malloc(wsb) : NULL;
        s = lmc_execute(p, x, y, ws, wsb);
        CHECK(s == LMC_OK && memcmp(y, yref, ny * sizeof *y) == 0, "%s at 1024 threads: %s",
              lmc_plan_algorithm(p), lmc_strerror(s));
        printf("  1024 threads: %s, workspace %zu bytes\n", lmc_plan_algorithm(p), wsb);
        free(ws);
        lmc_plan_destroy(p);
    }
    passed += 2;
    free(x);
    free(w);
    free(y);
    free(yref);
}

int main(void)
{
    tensor_limits();
    workspace_limits();
    thread_limits();
    return lmc_test_finish("test_limits", passed);
}
