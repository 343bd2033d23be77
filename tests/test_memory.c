/* The memory contract, for every registered algorithm (a new algorithm is
 * covered the moment it is registered):
 *   - execute with a workspace of exactly the reported size, ending at a
 *     PROT_NONE page, and again starting right after one; the output
 *     likewise; the input read-only and ending at a PROT_NONE page;
 *   - canaries around output and workspace unchanged, input unchanged;
 *   - zero malloc/calloc/realloc/free calls during execute (interposed);
 *   - the reported workspace is needed: at one thread its last float is
 *     written (so the figure is not an upper guess);
 *   - one byte less is refused with LMC_ERR_WORKSPACE_TOO_SMALL and nothing
 *     is written;
 *   - lmc_query agrees with the plan.
 * On problems of real networks (NCHW, NHWC) and edge cases (every layout:
 * groups that start inside a channel block, depthwise with a channel
 * multiplier), 1 and 2 threads. */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "harness.h"

static long passed;
static char current[512];

static void on_fault(int sig)
{
    /* A guard page was touched: say which case before dying. */
    const char msg[] = "FAULT (guard page touched) in: ";
    ssize_t rc = write(2, msg, sizeof msg - 1);
    rc = write(2, current, strlen(current));
    rc = write(2, "\n", 1);
    (void)rc;
    signal(sig, SIG_DFL);
    raise(sig);
}

static lmc_test_algo algos[LMC_TEST_MAX_ALGOS];
static size_t nalgos;

static void refused_short(const lmc_conv_desc *d, const lmc_test_algo *a, const float *x,
                          const float *w, const float *b)
{
    lmc_plan_opts o;
    lmc_plan_opts_init(&o);
    o.algo = a->algo;
    o.variant = a->variant;
    o.threads = 1;
    lmc_plan *p;
    if (lmc_plan_create(d, &o, w, b, &p) != LMC_OK) return;
    size_t ws = lmc_plan_workspace_bytes(p), nout = lmc_desc_output_elems(d);
    if (ws > 0) {
        float *y = malloc(nout * sizeof(float));
        void *buf = malloc(ws);
        memset(y, 0x33, nout * sizeof(float));
        lmc_status s = lmc_execute(p, x, y, buf, ws - 1);
        bool untouched = true;
        for (size_t i = 0; i < nout * sizeof(float); i++) untouched &= ((unsigned char *)y)[i] == 0x33;
        CHECK(s == LMC_ERR_WORKSPACE_TOO_SMALL && untouched, "%s: short workspace not refused cleanly",
              a->name);
        passed++;
        free(y);
        free(buf);
    }
    lmc_plan_destroy(p);
}

static void run(const lmc_conv_desc *d, lmc_rng *r, long *ws_cases, long *ws_last)
{
    if (lmc_desc_validate(d, NULL, NULL) != LMC_OK || !lmc_exact_ok(d)) return;
    const size_t nin = lmc_desc_input_elems(d), nw = lmc_desc_weight_elems(d);
    float *x = malloc(nin * 4), *w = malloc(nw * 4), *b = malloc((size_t)d->m * 4);
    float *yref = malloc(lmc_desc_output_elems(d) * 4), *own = malloc(lmc_desc_output_elems(d) * 4);
    lmc_fill_exact(x, nin, r);
    lmc_fill_exact(w, nw, r);
    lmc_fill_exact(b, (size_t)d->m, r);
    const float *bias = d->has_bias ? b : NULL;
    CHECK(lmc_run_ref(d, x, w, bias, yref, 2) == LMC_OK, "ref");
    char ds[256];
    lmc_layer_str(d, ds, sizeof ds);
    for (size_t ai = 0; ai < nalgos; ai++) {
        const lmc_test_algo *al = &algos[ai];
        if (lmc_unsupported_reason(d, al->algo, al->variant)) continue;
        refused_short(d, al, x, w, bias);
        /* Exact algorithms must match bit for bit; the others their bound. */
        const float *bd = lmc_test_error_bound(d, al->algo, al->variant, x, w, b, own) ? own : NULL;
        for (int t = 1; t <= 2; t++)
            for (int side = 0; side < 2; side++) {
                snprintf(current, sizeof current, "%s %s threads=%d guard=%s", al->name, ds, t,
                         side ? "before" : "after");
                lmc_check_case c = {d, al->algo, al->variant, t, x, w, bias, yref, bd,
                                    side ? GUARD_BEFORE : GUARD_AFTER, (unsigned char)(side ? 0xC3 : 0x3C)};
                bool unsup, last;
                bool ok = lmc_run_checked(&c, &unsup, &last);
                if (ok) passed++;
                size_t ws = 0;
                lmc_query(d, al->algo, al->variant, 1, &ws, NULL);
                if (ok && t == 1 && ws >= sizeof(float)) {
                    /* Not a byte more than needed: the last float was written
                     * in one of the two runs (two canary patterns, so a value
                     * that happens to equal one canary cannot hide it). */
                    if (side == 0) (*ws_cases)++;
                    static bool last_after;
                    if (side == 0) last_after = last;
                    if (side == 1) {
                        CHECK(last_after || last, "%s: workspace of %zu bytes reported but its last float never written", current, ws);
                        *ws_last += last_after || last;
                    }
                }
            }
    }
    free(x); free(w); free(b); free(yref); free(own);
}

int main(void)
{
    signal(SIGSEGV, on_fault);
    signal(SIGBUS, on_fault);
    lmc_rng r = {99};
    long ws_cases = 0, ws_last = 0;
    nalgos = lmc_test_algos(algos);
    /* Edge cases: 1x1 (no lowering), depthwise, grouped, strided, dilated,
     * asymmetric padding, tiny and odd sizes, batch > 1. */
    static const int edge[][14] = {
        /* n  c   h   w   m  kh kw sh sw pt pb pl pr g */
        {1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1},
        {2, 16, 7, 9, 8, 1, 1, 1, 1, 0, 0, 0, 0, 1},
        {1, 16, 7, 9, 8, 1, 1, 2, 2, 0, 0, 0, 0, 1},
        {1, 3, 13, 11, 5, 3, 3, 1, 1, 1, 1, 1, 1, 1},
        {3, 8, 12, 10, 8, 3, 3, 2, 1, 0, 2, 1, 0, 8},
        {1, 12, 9, 9, 6, 5, 3, 1, 2, 2, 1, 0, 3, 3},
        {1, 17, 6, 5, 34, 2, 2, 1, 1, 1, 0, 0, 1, 17},
        {2, 4, 28, 28, 4, 7, 7, 3, 3, 3, 3, 3, 3, 2},
        {1, 64, 5, 5, 64, 3, 3, 1, 1, 1, 1, 1, 1, 1},
    };
    const size_t nedge = sizeof edge / sizeof edge[0];
    /* then the harness's grouped cases: groups inside channel blocks, multipliers */
    for (size_t i = 0; i < nedge + lmc_test_grouped_count; i++)
        for (int layout = 0; layout < 4; layout++)
            for (int dil = 1; dil <= 2; dil++) {
                if (!lmc_test_take(((long)i * 4 + layout) * 2 + dil - 1)) continue;
                const int *e = i < nedge ? edge[i] : lmc_test_grouped[i - nedge];
                lmc_conv_desc d = lmc_test_desc(e);
                d.groups = e[13];
                d.dil_h = d.dil_w = dil;
                d.layout = (lmc_layout)layout;
                d.has_bias = (int)(i & 1);
                d.relu = (int)((i >> 1) & 1);
                if (lmc_desc_validate(&d, NULL, NULL) == LMC_OK) run(&d, &r, &ws_cases, &ws_last);
            }
    /* Real networks: every 25th small layer of both shape sets (times
     * LMC_TEST_SAMPLE). */
    lmc_layer *L;
    size_t n = lmc_load_real_shapes(1, &L);
    for (size_t i = 0; i < n; i += 25 * (size_t)lmc_test_sample()) {
        if (lmc_desc_flops(&L[i].d) > 2e7) continue;
        for (int layout = 0; layout < 2; layout++) {
            lmc_conv_desc d = L[i].d;
            d.layout = layout ? LMC_NHWC : LMC_NCHW;
            run(&d, &r, &ws_cases, &ws_last);
        }
    }
    free(L);
    if (!lmc_alloc_counting_available())
        printf("  allocation counting unavailable (sanitizer build): guards and canaries only\n");
    printf("  %ld runs with nonzero workspace at one thread; last float written in %ld\n", ws_cases, ws_last);
    CHECK(ws_cases > lmc_test_scaled(20, 2), "too few cases with workspace: %ld", ws_cases);
    return lmc_test_finish("test_memory", passed);
}
