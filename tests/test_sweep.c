/* Coverage of the real networks: for every layout and every shape of both
 * real-network files (bench/shapes), some algorithm other than the oracle
 * supports the problem, and AUTO plans it -- with no workspace limit and
 * with a limit of 0 -- without falling back to the oracle.  Prints, per
 * layout, how many shapes lack an algorithm at either budget (of one shape
 * in LMC_TEST_SAMPLE). */
#include <stdio.h>
#include <stdlib.h>

#include "harness.h"

static const struct {
    lmc_layout layout;
    const char *name;
} layouts[] = {{LMC_NCHW, "nchw"}, {LMC_NHWC, "nhwc"}, {LMC_NCHW16C, "nchw16c"}, {LMC_NCHW8C, "nchw8c"}};

/* Whether any family or variant but the oracle supports d. */
static bool supported(const lmc_conv_desc *d, const lmc_test_algo *algos, size_t nalgos)
{
    for (size_t i = 0; i < nalgos; i++)
        if (!lmc_unsupported_reason(d, algos[i].algo, algos[i].variant)) return true;
    return false;
}

/* AUTO's status on d at the workspace limit; a plan must not be the oracle. */
static lmc_status plan_auto(const lmc_conv_desc *d, size_t limit, const float *w, const float *b,
                            const char *ds)
{
    lmc_plan_opts o;
    lmc_plan_opts_init(&o);
    o.threads = 1;
    o.workspace_limit = limit;
    lmc_plan *p;
    const lmc_status s = lmc_plan_create(d, &o, w, b, &p);
    if (s != LMC_OK) return s;
    CHECK(lmc_plan_algo(p) != LMC_ALGO_REF, "%s: AUTO chose the oracle", ds);
    CHECK(lmc_plan_workspace_bytes(p) <= limit, "%s: AUTO's plan exceeds the limit", ds);
    lmc_plan_destroy(p);
    return s;
}

int main(void)
{
    lmc_test_algo algos[LMC_TEST_MAX_ALGOS];
    const size_t nalgos = lmc_test_algos(algos);
    lmc_layer *L;
    const size_t n = lmc_load_real_shapes(1, &L);
    CHECK(n > 1000, "only %zu real-network shapes", n);
    size_t wmax = 1, mmax = 1;
    for (size_t i = 0; i < n; i++) {
        const size_t we = lmc_desc_weight_elems(&L[i].d);
        if (we > wmax) wmax = we;
        if ((size_t)L[i].d.m > mmax) mmax = (size_t)L[i].d.m;
    }
    float *w = calloc(wmax, sizeof *w), *b = calloc(mmax, sizeof *b);
    long passed = 0;
    for (size_t li = 0; li < sizeof layouts / sizeof layouts[0]; li++) {
        long none = 0, fail_unlimited = 0, fail_zero = 0, valid = 0;
        for (size_t i = 0; i < n; i++) {
            if (!lmc_test_take((long)i)) continue;
            lmc_conv_desc d = L[i].d;
            d.layout = layouts[li].layout;
            if (lmc_desc_validate(&d, NULL, NULL) != LMC_OK) continue;
            valid++;
            char ds[256];
            lmc_layer_str(&d, ds, sizeof ds);
            const bool sup = supported(&d, algos, nalgos);
            const lmc_status su = plan_auto(&d, SIZE_MAX, w, d.has_bias ? b : NULL, ds);
            const lmc_status s0 = plan_auto(&d, 0, w, d.has_bias ? b : NULL, ds);
            none += !sup;
            fail_unlimited += su != LMC_OK;
            fail_zero += s0 != LMC_OK;
            CHECK(sup, "%s %s: no algorithm but the oracle supports it", layouts[li].name, ds);
            CHECK(su == LMC_OK, "%s %s: AUTO without a limit: %s", layouts[li].name, ds, lmc_strerror(su));
            CHECK(s0 == LMC_OK, "%s %s: AUTO at limit 0: %s", layouts[li].name, ds, lmc_strerror(s0));
            CHECK(su != LMC_ERR_NO_ALGO_FITS, "%s %s: NO_ALGO_FITS without a limit", layouts[li].name, ds);
            passed += sup && su == LMC_OK && s0 == LMC_OK;
        }
        printf("  %-8s %ld shapes: %ld without an algorithm, AUTO fails on %ld without a limit, on %ld at limit 0\n",
               layouts[li].name, valid, none, fail_unlimited, fail_zero);
    }
    free(w);
    free(b);
    free(L);
    return lmc_test_finish("test_sweep", passed);
}
