/* Exact arithmetic: every exact-summation algorithm must equal the
 * double-accumulated reference bit for bit (up to the sign of zero) on
 * small-integer data, at 1 and 2 threads, in guarded memory with no
 * allocation during execute.
 *   - a grid: every listed value of every parameter (N, C, M,
 *     H, W, K, stride, padding, dilation, groups incl. depthwise, both
 *     layouts, bias, ReLU) appears in several problems whose other
 *     parameters are drawn at random;
 *   - a seeded random sweep until every algorithm has run >= 500 problems
 *     (LMC_TEST_SAMPLE divides both counts, harness.h).
 * A problem whose reference output is mostly zero proves nothing: it is
 * rejected and redrawn, and too many rejections fail the test. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

static const int NS[] = {1, 2, 3};
static const int CS[] = {1, 3, 4, 16, 17, 64};
static const int HS[] = {1, 5, 7, 13, 28};
static const int KS[] = {1, 2, 3, 5, 7, 11};
#define LEN(a) ((int)(sizeof(a) / sizeof(a)[0]))

enum { P_N, P_C, P_M, P_H, P_W, P_K, P_S, P_D, P_G, P_L, P_COUNT };
enum { G_ONE, G_GROUPED, G_DEPTHWISE };

static int pick(lmc_rng *r, const int *v, int n) { return v[lmc_rng_int(r, 0, n - 1)]; }

static int gcd(int a, int b) { return b ? gcd(b, a % b) : a; }

/* A random problem; `fixed` pins parameter `param` to value index `vi`. */
static void draw(lmc_rng *r, lmc_conv_desc *d, int param, int vi)
{
    int n = pick(r, NS, LEN(NS)), c = pick(r, CS, LEN(CS)), m = pick(r, CS, LEN(CS));
    int h = pick(r, HS, LEN(HS)), w = pick(r, HS, LEN(HS));
    int kh = pick(r, KS, LEN(KS)), kw = lmc_rng_int(r, 0, 2) ? kh : pick(r, KS, LEN(KS));
    int sh = lmc_rng_int(r, 1, 4), sw = lmc_rng_int(r, 0, 1) ? sh : lmc_rng_int(r, 1, 4);
    int dh = lmc_rng_int(r, 1, 3), dw = lmc_rng_int(r, 0, 1) ? dh : lmc_rng_int(r, 1, 3);
    if (lmc_rng_int(r, 0, 2) == 0) dh = dw = 1;
    int gk = lmc_rng_int(r, 0, 9) < 6 ? G_ONE : lmc_rng_int(r, 0, 1) ? G_GROUPED : G_DEPTHWISE;
    int layout = lmc_rng_int(r, 0, 3); /* NCHW, NHWC, NCHW16c, NCHW8c */
    switch (param) {
    case P_N: n = NS[vi]; break;
    case P_C: c = CS[vi]; break;
    case P_M: m = CS[vi]; break;
    case P_H: h = HS[vi]; break;
    case P_W: w = HS[vi]; break;
    case P_K: kh = kw = KS[vi]; break;
    case P_S: sh = sw = vi + 1; break;
    case P_D: dh = dw = vi + 1; break;
    case P_G: gk = vi; break;
    case P_L: layout = vi; break;
    }
    int groups = 1;
    if (gk == G_DEPTHWISE) {
        groups = c;
        m = c * lmc_rng_int(r, 1, 2);
    } else if (gk == G_GROUPED) {
        int g = gcd(c, m);
        int divs[64], nd = 0;
        for (int k = 2; k <= g; k++)
            if (g % k == 0 && nd < 64) divs[nd++] = k;
        if (nd) groups = divs[lmc_rng_int(r, 0, nd - 1)];
    }
    lmc_desc_init(d, n, c, h, w, m, kh, kw);
    d->stride_h = sh;
    d->stride_w = sw;
    d->dil_h = dh;
    d->dil_w = dw;
    d->groups = groups;
    const int ekh = (kh - 1) * dh + 1, ekw = (kw - 1) * dw + 1;
    d->pad_top = lmc_rng_int(r, 0, ekh - 1);
    d->pad_bottom = lmc_rng_int(r, 0, ekh - 1);
    d->pad_left = lmc_rng_int(r, 0, ekw - 1);
    d->pad_right = lmc_rng_int(r, 0, ekw - 1);
    d->layout = (lmc_layout)layout;
    d->has_bias = lmc_rng_int(r, 0, 1);
    d->relu = lmc_rng_int(r, 0, 2) == 0;
}

static long passed, rejected, drawn;
static lmc_test_algo algos[LMC_TEST_MAX_ALGOS];
static size_t nalgos;
static long per_algo[LMC_TEST_MAX_ALGOS];

/* Runs one problem through every algorithm; false if it was rejected. */
static bool run_problem(const lmc_conv_desc *d, lmc_rng *r)
{
    int ho, wo;
    if (lmc_desc_validate(d, &ho, &wo) != LMC_OK || lmc_desc_flops(d) > 8e6 || !lmc_exact_ok(d))
        return false;
    drawn++;
    const size_t nin = lmc_desc_input_elems(d), nw = lmc_desc_weight_elems(d);
    const size_t nout = lmc_desc_output_elems(d);
    float *x = malloc(nin * sizeof(float)), *w = malloc(nw * sizeof(float));
    float *b = malloc((size_t)d->m * sizeof(float)), *yref = malloc(nout * sizeof(float));
    lmc_fill_exact(x, nin, r);
    lmc_fill_exact(w, nw, r);
    lmc_fill_exact(b, (size_t)d->m, r);
    const float *bias = d->has_bias ? b : NULL;
    lmc_status s = lmc_run_ref(d, x, w, bias, yref, 2);
    CHECK(s == LMC_OK, "ref: %s", lmc_strerror(s));
    size_t nz = 0;
    for (size_t i = 0; i < nout; i++) nz += yref[i] != 0.0f;
    /* Over the real outputs: a blocked layout's padding channels are zeros by definition. */
    const double frac = (double)nz / ((double)d->n * d->m * ho * wo);
    bool ok = s == LMC_OK && frac >= (d->relu ? 0.25 : 0.7);
    if (!ok) {
        rejected++;
    } else {
        for (size_t ai = 0; ai < nalgos; ai++) {
            const lmc_test_algo *al = &algos[ai];
            if (!lmc_algo_is_exact(al->algo)) continue;
            for (int t = 1; t <= 2; t++) {
                lmc_check_case c = {d, al->algo, al->variant, t, x, w, bias, yref, NULL,
                                    (drawn + t) % 2 ? GUARD_AFTER : GUARD_BEFORE, 0xA5};
                bool unsup;
                bool good = lmc_run_checked(&c, &unsup, NULL);
                if (unsup) break;
                if (good) passed++;
                if (t == 1) per_algo[ai]++;
            }
        }
    }
    free(x);
    free(w);
    free(b);
    free(yref);
    return ok;
}

int main(void)
{
    lmc_rng r = {20261122};
    lmc_conv_desc d;
    nalgos = lmc_test_algos(algos);
    static const int nvals[P_COUNT] = {LEN(NS), LEN(CS), LEN(CS), LEN(HS), LEN(HS),
                                       LEN(KS), 4,        3,        3,        4};
    /* Grid: every value of every parameter, 4 accepted problems each. */
    const long per_value = lmc_test_scaled(4, 1), target = lmc_test_scaled(500, 10);
    for (int param = 0; param < P_COUNT; param++)
        for (int vi = 0; vi < nvals[param]; vi++) {
            long got = 0;
            for (int tries = 0; got < per_value && tries < 400; tries++) {
                draw(&r, &d, param, vi);
                got += run_problem(&d, &r);
            }
            CHECK(got == per_value, "grid: could not draw %ld useful problems for parameter %d value %d", per_value,
                  param, vi);
        }
    /* Groups inside channel blocks, channel multipliers: every layout. */
    for (size_t i = 0; i < lmc_test_grouped_count; i++)
        for (int layout = 0; layout < 4; layout++) {
            if (!lmc_test_take((long)i * 4 + layout)) continue;
            d = lmc_test_desc(lmc_test_grouped[i]);
            d.groups = lmc_test_grouped[i][13];
            d.layout = (lmc_layout)layout;
            d.has_bias = (int)(i & 1);
            d.relu = layout & 1;
            CHECK(run_problem(&d, &r), "grouped case %zu in layout %d was rejected", i, layout);
        }
    /* Random sweep until every exact algorithm and variant this CPU (and
     * LMC_ISA) can run has seen `target` problems.  A named variant that ran
     * on no problem at all needs an ISA that is not available here; every
     * family's own choice must run. */
    for (int iter = 0; iter < 20000; iter++) {
        bool done = true;
        for (size_t ai = 0; ai < nalgos; ai++)
            if (lmc_algo_is_exact(algos[ai].algo) && per_algo[ai] < target &&
                (per_algo[ai] > 0 || algos[ai].variant == 0 || iter < 2000))
                done = false;
        if (done) break;
        draw(&r, &d, -1, 0);
        run_problem(&d, &r);
    }
    for (size_t ai = 0; ai < nalgos; ai++) {
        const lmc_test_algo *al = &algos[ai];
        if (!lmc_algo_is_exact(al->algo)) continue;
        if (per_algo[ai] == 0 && al->variant != 0) {
            /* Only when the library itself refuses a plain problem. */
            lmc_conv_desc plain;
            lmc_desc_init(&plain, 1, 16, 8, 8, 16, 3, 3);
            plain.layout = LMC_NHWC;
            const char *why = lmc_unsupported_reason(&plain, al->algo, al->variant);
            CHECK(why != NULL, "%s ran no problem but supports a plain 3x3 NHWC layer", al->name);
            printf("  %-16s not run: %s\n", al->name, why ? why : "?");
            continue;
        }
        printf("  %-16s %ld problems at 1 and 2 threads\n", al->name, per_algo[ai]);
        CHECK(per_algo[ai] >= target, "%s ran only %ld problems", al->name, per_algo[ai]);
    }
    printf("  %ld problems drawn, %ld rejected as mostly zero\n", drawn, rejected);
    CHECK(rejected * 5 < drawn, "too many degenerate problems: the generator is wrong");
    return lmc_test_finish("test_exact", passed);
}
