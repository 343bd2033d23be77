/* A bounded soak: ITERATIONS cycles, each creating a plan for a random
 * problem (random family and variant or AUTO, layout, 1 or 2 threads,
 * sometimes LMC_PLAN_MEASURE or LMC_PLAN_DESTROY_INPUT), executing it with
 * a workspace of exactly the reported size, checking the result against
 * the oracle bit for bit and destroying it.  Memory must not grow: all a
 * cycle allocates is freed in it (the harness's live-allocation count, in
 * blocks and bytes), and under AddressSanitizer LeakSanitizer checks the
 * whole run at exit (make test-asan). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

#define ITERATIONS 1000
#define WARMUP 30

static int gcd(int a, int b) { return b ? gcd(b, a % b) : a; }

static void draw(lmc_rng *r, lmc_conv_desc *d)
{
    static const int cs[] = {1, 3, 4, 8, 16, 17, 24};
    for (;;) {
        const int c = cs[lmc_rng_int(r, 0, 6)], m = cs[lmc_rng_int(r, 0, 6)];
        const int kh = lmc_rng_int(r, 1, 5), kw = lmc_rng_int(r, 0, 1) ? kh : lmc_rng_int(r, 1, 5);
        lmc_desc_init(d, lmc_rng_int(r, 1, 2), c, lmc_rng_int(r, 1, 16), lmc_rng_int(r, 1, 16), m, kh, kw);
        d->stride_h = lmc_rng_int(r, 1, 3);
        d->stride_w = lmc_rng_int(r, 0, 1) ? d->stride_h : lmc_rng_int(r, 1, 3);
        d->dil_h = d->dil_w = lmc_rng_int(r, 0, 3) ? 1 : 2;
        d->pad_top = lmc_rng_int(r, 0, kh - 1);
        d->pad_bottom = lmc_rng_int(r, 0, kh - 1);
        d->pad_left = lmc_rng_int(r, 0, kw - 1);
        d->pad_right = lmc_rng_int(r, 0, kw - 1);
        const int g = lmc_rng_int(r, 0, 5);
        d->groups = g == 0 ? gcd(c, m) : g == 1 && m % c == 0 ? c : 1;
        d->layout = (lmc_layout)lmc_rng_int(r, 0, 3);
        d->has_bias = lmc_rng_int(r, 0, 1);
        d->relu = lmc_rng_int(r, 0, 2) == 0;
        if (lmc_desc_validate(d, NULL, NULL) == LMC_OK && lmc_desc_flops(d) <= 5e5 && lmc_exact_ok(d)) return;
    }
}

/* One cycle; false if the chosen family does not support the problem. */
static bool cycle(lmc_rng *r, const lmc_test_algo *algos, size_t na, bool track, long *passed)
{
    lmc_conv_desc d;
    draw(r, &d);
    lmc_plan_opts o;
    lmc_plan_opts_init(&o);
    const size_t ai = (size_t)lmc_rng_int(r, 0, (int)na);
    if (ai < na) {
        o.algo = algos[ai].algo;
        o.variant = algos[ai].variant;
    }
    o.threads = lmc_rng_int(r, 1, 2);
    const int f = lmc_rng_int(r, 0, 9);
    o.flags = f == 0 ? LMC_PLAN_DESTROY_INPUT : f == 1 && o.algo == LMC_ALGO_AUTO ? LMC_PLAN_MEASURE : 0;
    char ds[256];
    lmc_layer_str(&d, ds, sizeof ds);
    const char *name = ai < na ? algos[ai].name : "auto";

    /* The data and the oracle's result, outside the counted window. */
    const size_t nx = lmc_desc_input_elems(&d), nw = lmc_desc_weight_elems(&d), ny = lmc_desc_output_elems(&d);
    float *x = malloc(nx * sizeof *x), *w = malloc(nw * sizeof *w), *b = malloc((size_t)d.m * sizeof *b);
    float *yref = malloc(ny * sizeof *yref), *x0 = malloc(nx * sizeof *x0);
    lmc_fill_exact(x, nx, r);
    lmc_fill_exact(w, nw, r);
    lmc_fill_exact(b, (size_t)d.m, r);
    memcpy(x0, x, nx * sizeof *x);
    const float *bias = d.has_bias ? b : NULL;
    CHECK(lmc_run_ref(&d, x, w, bias, yref, 1) == LMC_OK, "ref on %s", ds);

    if (track) lmc_alloc_live_start();
    lmc_plan *p = NULL;
    lmc_status s = lmc_plan_create(&d, &o, w, bias, &p);
    bool ran = s == LMC_OK;
    if (s == LMC_OK) {
        const size_t wsb = lmc_plan_workspace_bytes(p);
        void *ws = wsb ? malloc(wsb) : NULL;
        float *y = malloc(ny * sizeof *y);
        if (ws) memset(ws, 0xff, wsb);
        memset(y, 0xff, ny * sizeof *y);
        s = lmc_execute(p, x, y, ws, wsb);
        bool exact = s == LMC_OK;
        /* Winograd is not exact: within its derived bound instead. */
        float *bound = lmc_algo_is_exact(lmc_plan_algo(p)) ? NULL : malloc(ny * sizeof *bound);
        if (bound && !lmc_test_plan_error_bound(p, &d, x, w, bias, bound)) exact = false;
        for (size_t i = 0; exact && i < ny; i++)
            exact = bound ? fabsf(y[i] - yref[i]) <= bound[i] : y[i] == yref[i];
        free(bound);
        CHECK(exact, "%s t%d flags %u on %s: %s, result not the oracle's", name, o.threads, o.flags, ds,
              lmc_strerror(s));
        CHECK(memcmp(x, x0, nx * sizeof *x) == 0, "%s on %s: input changed", name, ds);
        free(ws);
        free(y);
        lmc_plan_destroy(p);
        *passed += exact;
    } else {
        /* AUTO too: no family serves a blocked layout with groups that
         * are not multiples of the block */
        CHECK(s == LMC_ERR_UNSUPPORTED, "%s t%d on %s: %s", name, o.threads, ds, lmc_strerror(s));
    }
    if (track) {
        long blocks, bytes;
        lmc_alloc_live_stop(&blocks, &bytes);
        CHECK(blocks == 0 && bytes == 0, "%s t%d flags %u on %s: %ld blocks, %ld bytes still held after destroy", name,
              o.threads, o.flags, ds, blocks, bytes);
    }
    free(x);
    free(w);
    free(b);
    free(yref);
    free(x0);
    return ran;
}

int main(void)
{
    lmc_test_algo algos[LMC_TEST_MAX_ALGOS];
    const size_t na = lmc_test_algos(algos);
    lmc_rng r = {31337};
    long passed = 0, unsupported = 0;
    /* Untracked first: the lazily initialised state and OpenMP's teams of
     * both sizes are allocated once and kept, by design -- with one plan
     * of every family and variant (fft's FFTW plans are made per FFT size,
     * and the sizes need images this large), then random cycles. */
    for (size_t i = 0; i < na; i++)
        for (int layout = 0; layout < 2; layout++) {
            lmc_conv_desc d;
            lmc_desc_init(&d, 1, 4, 40, 40, 4, 3, 3);
            d.pad_top = d.pad_bottom = d.pad_left = d.pad_right = 1;
            d.layout = layout ? LMC_NHWC : LMC_NCHW;
            lmc_plan_opts o;
            lmc_plan_opts_init(&o);
            o.algo = algos[i].algo;
            o.variant = algos[i].variant;
            float w[4 * 4 * 9] = {0};
            lmc_plan *p = NULL;
            if (lmc_plan_create(&d, &o, w, NULL, &p) == LMC_OK) lmc_plan_destroy(p);
        }
    for (int i = 0; i < WARMUP; i++) cycle(&r, algos, na, false, &passed);
    const bool track = lmc_alloc_counting_available();
    for (int i = 0; i < ITERATIONS; i++) unsupported += !cycle(&r, algos, na, track, &passed);
    printf("  %d cycles, %ld unsupported, %s\n", ITERATIONS, unsupported,
           track ? "every cycle's allocations freed" : "allocation counting unavailable (LeakSanitizer checks)");
    return lmc_test_finish("test_soak", passed);
}
