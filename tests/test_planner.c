/* The planner's limits and choices: AUTO over shapes x workspace budgets
 * (0, 64 KiB, 1 MiB, none) x packed-weight limits x thread counts (1, 2) x
 * layouts, in estimate and in measure mode, never exceeds a limit, fails
 * with LMC_ERR_NO_ALGO_FITS exactly when no candidate fits both, and its
 * choice runs equal to the oracle under the memory contract
 * (lmc_run_checked); an explicit algorithm over the packed limit is
 * refused; lmc_plan_network's shared workspace and packed total stay
 * within their limits and its choices build the plans it reported; a
 * wisdom efficiency changes what the estimate ranks first; a second
 * measured plan of the same problem does not time again. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "wisdom.h"

static long passed;

/* n c h w m kh kw sh sw pt pb pl pr, groups (0: depthwise) */
static const int shapes[][14] = {
    {1, 8, 10, 9, 12, 3, 3, 1, 1, 1, 1, 1, 1, 1},
    {1, 16, 8, 8, 16, 1, 1, 1, 1, 0, 0, 0, 0, 1},
    {1, 12, 9, 11, 12, 3, 3, 2, 2, 1, 1, 1, 1, 0},
    {2, 6, 7, 7, 10, 5, 3, 1, 2, 2, 2, 1, 1, 2},
    {1, 3, 16, 16, 8, 7, 7, 2, 2, 3, 3, 3, 3, 1},
};
static const size_t budgets[] = {0, (size_t)64 << 10, (size_t)1 << 20, SIZE_MAX};
static const lmc_layout layouts[] = {LMC_NCHW, LMC_NHWC, LMC_NCHW16C, LMC_NCHW8C};

static lmc_conv_desc shape(size_t i, lmc_layout layout)
{
    lmc_conv_desc d = lmc_test_desc(shapes[i]);
    d.groups = shapes[i][13] ? shapes[i][13] : d.c;
    d.layout = layout;
    d.has_bias = 1;
    d.relu = (int)(i & 1);
    return d;
}

/* Whether an exact family or variant fits both limits at `threads`, and
 * the smallest packed bytes among those within the workspace budget. */
static bool some_fit(const lmc_conv_desc *d, const lmc_test_algo *algos, size_t na, int threads, size_t ws_limit,
                     size_t packed_limit, size_t *min_packed)
{
    bool fit = false;
    *min_packed = SIZE_MAX;
    for (size_t a = 0; a < na; a++) {
        size_t ws, pk;
        if (!lmc_algo_is_exact(algos[a].algo) ||
            lmc_query(d, algos[a].algo, algos[a].variant, threads, &ws, &pk) != LMC_OK || ws > ws_limit)
            continue;
        if (pk < *min_packed) *min_packed = pk;
        fit |= pk <= packed_limit;
    }
    return fit;
}

/* AUTO on d within the limits: the status some_fit predicts, the limits
 * kept, and the choice (re-planned explicitly) exact under the memory
 * contract. */
static void check_auto(const lmc_conv_desc *d, const lmc_test_algo *algos, size_t na, int threads, size_t ws_limit,
                       size_t packed_limit, unsigned flags, const float *x, const float *w, const float *b,
                       const float *yref, const char *ds)
{
    lmc_plan_opts o;
    lmc_plan_opts_init(&o);
    o.threads = threads;
    o.workspace_limit = ws_limit;
    o.packed_limit = packed_limit;
    o.flags = flags;
    size_t min_packed;
    const bool fit = some_fit(d, algos, na, threads, ws_limit, packed_limit, &min_packed);
    lmc_plan *p = NULL;
    const lmc_status s = lmc_plan_create(d, &o, w, b, &p);
    CHECK(s == (fit ? LMC_OK : LMC_ERR_NO_ALGO_FITS), "%s t%d ws %zu packed %zu flags %u: %s", ds, threads,
          ws_limit, packed_limit, flags, lmc_strerror(s));
    passed++;
    if (s != LMC_OK) {
        char text[8192];
        if (s == LMC_ERR_NO_ALGO_FITS && min_packed != SIZE_MAX) {
            CHECK(lmc_plan_explain(d, &o, text, sizeof text) == s, "%s: explain disagrees", ds);
            CHECK(strstr(text, "packed-weight limit") != NULL, "%s: explain does not name the packed limit: %s",
                  ds, text);
            passed++;
        }
        return;
    }
    CHECK(lmc_plan_workspace_bytes(p) <= ws_limit, "%s: workspace %zu over %zu", ds, lmc_plan_workspace_bytes(p),
          ws_limit);
    CHECK(lmc_plan_packed_weight_bytes(p) <= packed_limit, "%s: packed %zu over %zu", ds,
          lmc_plan_packed_weight_bytes(p), packed_limit);
    CHECK(lmc_algo_is_exact(lmc_plan_algo(p)), "%s: AUTO chose an inexact family without LMC_PLAN_INEXACT", ds);
    char spec[96];
    const char *vn = lmc_plan_variant(p);
    snprintf(spec, sizeof spec, "%s%s%s", lmc_plan_algorithm(p), vn ? ":" : "", vn ? vn : "");
    lmc_algo a;
    int v;
    CHECK(lmc_algo_parse(spec, &a, &v) == LMC_OK, "%s: the choice %s does not parse", ds, spec);
    size_t ws, pk;
    CHECK(lmc_query(d, a, v, threads, &ws, &pk) == LMC_OK && ws == lmc_plan_workspace_bytes(p) &&
              pk == lmc_plan_packed_weight_bytes(p),
          "%s: %s explicitly has other sizes", ds, spec);
    lmc_plan_destroy(p);
    const lmc_check_case c = {d, a, v, threads, x, w, b, yref, NULL, (lmc_guard_side)(passed & 1), 0xa5};
    bool unsupported = false;
    CHECK(lmc_run_checked(&c, &unsupported, NULL) && !unsupported, "%s: %s at t%d", ds, spec, threads);
    passed++;
}

static void sweep(const lmc_test_algo *algos, size_t na)
{
    for (size_t i = 0; i < sizeof shapes / sizeof shapes[0]; i++)
        for (size_t l = 0; l < sizeof layouts / sizeof layouts[0]; l++) {
            const lmc_conv_desc d = shape(i, layouts[l]);
            char ds[256];
            lmc_layer_str(&d, ds, sizeof ds);
            if (!lmc_exact_ok(&d)) continue;
            const size_t nx = lmc_desc_input_elems(&d), nw = lmc_desc_weight_elems(&d), ny = lmc_desc_output_elems(&d);
            float *x = malloc(nx * sizeof *x), *w = malloc(nw * sizeof *w), *b = malloc((size_t)d.m * sizeof *b);
            float *yref = malloc(ny * sizeof *yref);
            lmc_rng r = {i * 31 + l + 1};
            lmc_fill_exact(x, nx, &r);
            lmc_fill_exact(w, nw, &r);
            lmc_fill_exact(b, (size_t)d.m, &r);
            CHECK(lmc_run_ref(&d, x, w, b, yref, 1) == LMC_OK, "%s: the oracle", ds);
            for (int threads = 1; threads <= 2; threads++)
                for (size_t bi = 0; bi < sizeof budgets / sizeof budgets[0]; bi++) {
                    size_t min_packed;
                    some_fit(&d, algos, na, threads, budgets[bi], SIZE_MAX, &min_packed);
                    /* No packed limit, the smallest that works, and one byte less. */
                    const size_t packed[3] = {SIZE_MAX, min_packed, min_packed - 1};
                    for (int k = 0; k < (min_packed == SIZE_MAX ? 1 : 3); k++) {
                        check_auto(&d, algos, na, threads, budgets[bi], packed[k], 0, x, w, b, yref, ds);
                        /* Measure mode at one thread, at the ends of the sweep (it
                         * executes every candidate; the second reuses the times). */
                        if (k == 0 && threads == 1 && (bi == 0 || bi == 3))
                            check_auto(&d, algos, na, threads, budgets[bi], packed[k], LMC_PLAN_MEASURE, x, w, b,
                                       yref, ds);
                    }
                }
            free(x);
            free(w);
            free(b);
            free(yref);
        }
}

/* An explicit algorithm over the packed limit: LMC_ERR_NO_ALGO_FITS, and
 * explain says which limit. */
static void explicit_over_packed(void)
{
    lmc_conv_desc d = shape(0, LMC_NHWC);
    float *w = calloc(lmc_desc_weight_elems(&d), sizeof *w), *b = calloc((size_t)d.m, sizeof *b);
    size_t pk;
    CHECK(lmc_query(&d, LMC_ALGO_DIRECT, 0, 1, NULL, &pk) == LMC_OK, "direct on NHWC");
    lmc_plan_opts o;
    lmc_plan_opts_init(&o);
    CHECK(o.packed_limit == SIZE_MAX, "lmc_plan_opts_init: packed_limit %zu", o.packed_limit);
    o.algo = LMC_ALGO_DIRECT;
    o.threads = 1;
    o.packed_limit = pk - 1;
    lmc_plan *p = NULL;
    CHECK_STATUS(passed, lmc_plan_create(&d, &o, w, b, &p), LMC_ERR_NO_ALGO_FITS);
    CHECK(p == NULL, "a plan on failure");
    char text[512];
    CHECK_STATUS(passed, lmc_plan_explain(&d, &o, text, sizeof text), LMC_ERR_NO_ALGO_FITS);
    CHECK(strstr(text, "packed-weight limit") != NULL, "explain: %s", text);
    o.packed_limit = pk;
    CHECK_STATUS(passed, lmc_plan_create(&d, &o, w, b, &p), LMC_OK);
    CHECK(p && lmc_plan_packed_weight_bytes(p) == pk, "packed %zu, query %zu", lmc_plan_packed_weight_bytes(p), pk);
    lmc_plan_destroy(p);
    free(w);
    free(b);
}

/* lmc_plan_network: limits kept, the choices build the plans reported,
 * the errors documented. */
static void network(void)
{
    lmc_conv_desc d[5];
    for (size_t i = 0; i < 5; i++) d[i] = shape(i, LMC_NCHW);
    lmc_network_layer ch[5];
    lmc_network_plan t;
    lmc_plan_opts o;
    lmc_plan_opts_init(&o);
    o.threads = 1;
    for (size_t bi = 0; bi < sizeof budgets / sizeof budgets[0]; bi++) {
        o.workspace_limit = budgets[bi];
        o.packed_limit = SIZE_MAX;
        CHECK_STATUS(passed, lmc_plan_network(d, 5, &o, ch, &t), LMC_OK);
        size_t max_ws = 0, sum = 0, min_sum = 0;
        for (size_t i = 0; i < 5; i++) {
            max_ws = ch[i].workspace_bytes > max_ws ? ch[i].workspace_bytes : max_ws;
            sum += ch[i].packed_weight_bytes;
            float *w = calloc(lmc_desc_weight_elems(&d[i]), sizeof *w), *b = calloc((size_t)d[i].m, sizeof *b);
            lmc_plan *p = NULL;
            CHECK_STATUS(passed, lmc_plan_create(&d[i], &ch[i].opts, w, b, &p), LMC_OK);
            CHECK(p && lmc_plan_workspace_bytes(p) == ch[i].workspace_bytes &&
                      lmc_plan_packed_weight_bytes(p) == ch[i].packed_weight_bytes,
                  "layer %zu: the plan's sizes differ from the network's", i);
            lmc_plan_destroy(p);
            free(w);
            free(b);
            size_t mp;
            lmc_test_algo algos[LMC_TEST_MAX_ALGOS];
            some_fit(&d[i], algos, lmc_test_algos(algos), 1, budgets[bi], SIZE_MAX, &mp);
            min_sum += mp;
        }
        CHECK(t.workspace_bytes == max_ws && max_ws <= budgets[bi], "shared workspace %zu, largest %zu, budget %zu",
              t.workspace_bytes, max_ws, budgets[bi]);
        CHECK(t.packed_weight_bytes == sum && t.failed_layer == 5, "packed total %zu, sum %zu", t.packed_weight_bytes,
              sum);
        /* The packed total at its smallest: planned; one byte less: refused. */
        o.packed_limit = min_sum;
        CHECK_STATUS(passed, lmc_plan_network(d, 5, &o, ch, &t), LMC_OK);
        CHECK(t.packed_weight_bytes <= min_sum, "packed %zu over %zu", t.packed_weight_bytes, min_sum);
        o.packed_limit = min_sum - 1;
        CHECK_STATUS(passed, lmc_plan_network(d, 5, &o, ch, &t), LMC_ERR_NO_ALGO_FITS);
        CHECK(t.failed_layer == 5, "failed_layer %zu for the packed total", t.failed_layer);
    }
    lmc_plan_opts_init(&o);
    CHECK_STATUS(passed, lmc_plan_network(NULL, 5, &o, ch, &t), LMC_ERR_NULL);
    CHECK_STATUS(passed, lmc_plan_network(d, 5, &o, NULL, &t), LMC_ERR_NULL);
    CHECK_STATUS(passed, lmc_plan_network(d, 5, &o, ch, NULL), LMC_ERR_NULL);
    CHECK_STATUS(passed, lmc_plan_network(d, 0, &o, ch, &t), LMC_ERR_BAD_ARG);
    o.algo = LMC_ALGO_DIRECT;
    CHECK_STATUS(passed, lmc_plan_network(d, 5, &o, ch, &t), LMC_ERR_BAD_ARG);
    lmc_plan_opts_init(&o);
    d[3].stride_h = 0;
    CHECK_STATUS(passed, lmc_plan_network(d, 5, &o, ch, &t), LMC_ERR_BAD_STRIDE);
    CHECK(t.failed_layer == 3, "failed_layer %zu, want 3", t.failed_layer);
    d[3] = shape(3, LMC_NCHW);
    d[1].layout = LMC_NCHW;
    o.workspace_limit = 0;
    d[4].layout = LMC_NHWC;   /* NHWC: direct plans every layer at 0 */
    CHECK_STATUS(passed, lmc_plan_network(d, 5, &o, ch, &t), LMC_OK);
    CHECK(t.workspace_bytes == 0, "workspace %zu at a budget of 0", t.workspace_bytes);
}

/* A wisdom efficiency makes its candidate the estimate's first choice. */
static void efficiency_applies(void)
{
    lmc_conv_desc d = shape(1, LMC_NCHW);
    lmc_plan_opts o;
    lmc_plan_opts_init(&o);
    o.threads = 1;
    char key[128], text[512];
    lmc_wisdom_forget();
    /* im2col, no variants: 1e5 times faster than its model says. */
    lmc_wisdom_cpu_key(key, sizeof key);
    snprintf(text, sizeof text, "lmconv-wisdom 2\ncpu %s\neff im2col pointwise nchw t1 1e5\n", key);
    CHECK_STATUS(passed, lmc_wisdom_import_string(text), LMC_OK);
    float *w = calloc(lmc_desc_weight_elems(&d), sizeof *w), *b = calloc((size_t)d.m, sizeof *b);
    lmc_plan *p = NULL;
    CHECK_STATUS(passed, lmc_plan_create(&d, &o, w, b, &p), LMC_OK);
    CHECK(p && lmc_plan_algo(p) == LMC_ALGO_IM2COL, "AUTO chose %s, not the calibrated im2col",
          p ? lmc_plan_algorithm(p) : "nothing");
    lmc_plan_destroy(p);
    lmc_wisdom_forget();
    /* A second measured plan of the same problem reuses the times: it
     * allocates only the plan, not the buffers of the timing. */
    o.flags = LMC_PLAN_MEASURE;
    d = shape(0, LMC_NHWC);
    d.n = 3;   /* a problem the sweep has not measured */
    free(w);
    free(b);
    w = calloc(lmc_desc_weight_elems(&d), sizeof *w);
    b = calloc((size_t)d.m, sizeof *b);
    if (lmc_alloc_counting_available()) {
        lmc_alloc_count_start();
        CHECK_STATUS(passed, lmc_plan_create(&d, &o, w, b, &p), LMC_OK);
        const long first = lmc_alloc_count_stop();
        lmc_plan_destroy(p);
        lmc_alloc_count_start();
        CHECK_STATUS(passed, lmc_plan_create(&d, &o, w, b, &p), LMC_OK);
        const long second = lmc_alloc_count_stop();
        lmc_plan_destroy(p);
        o.flags = 0;
        lmc_alloc_count_start();
        CHECK_STATUS(passed, lmc_plan_create(&d, &o, w, b, &p), LMC_OK);
        const long estimated = lmc_alloc_count_stop();
        lmc_plan_destroy(p);
        CHECK(second == estimated && first > second, "allocations: measured %ld, again %ld, estimated %ld", first,
              second, estimated);
    }
    free(w);
    free(b);
}

int main(void)
{
    lmc_test_algo algos[LMC_TEST_MAX_ALGOS];
    const size_t na = lmc_test_algos(algos);
    sweep(algos, na);
    explicit_over_packed();
    network();
    efficiency_applies();
    return lmc_test_finish("test_planner", passed);
}
