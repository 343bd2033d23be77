/* Real-valued data on real networks' layers (bench/shapes, batch 1,
 * both layouts) and random problems.  Stated tolerance, derived rather than
 * tuned: for any summation order of the k = C/g*KH*KW products plus the
 * bias, |y - y_exact| <= gamma_{k+2} * sum(|x||w|) + |b|), gamma_n =
 * n*u / (1 - n*u), u = 2^-24 (Higham, Accuracy and Stability, 3.1), with one
 * more u for the reference's own rounding.  sum(|x||w|) is the reference run
 * on |x|, |w|, |b|.  Non-exact algorithms (Winograd) are held to their own
 * derived bound instead (harness.h, lmc_test_error_bound). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

static long passed, problems;
static lmc_test_algo algos[LMC_TEST_MAX_ALGOS];
static size_t nalgos;

static void run(const lmc_conv_desc *d, lmc_rng *r)
{
    if (lmc_desc_validate(d, NULL, NULL) != LMC_OK) return;
    const size_t nin = lmc_desc_input_elems(d), nw = lmc_desc_weight_elems(d);
    const size_t nout = lmc_desc_output_elems(d);
    float *x = malloc(nin * 4), *w = malloc(nw * 4), *b = malloc((size_t)d->m * 4);
    float *ax = malloc(nin * 4), *aw = malloc(nw * 4), *ab = malloc((size_t)d->m * 4);
    float *yref = malloc(nout * 4), *bound = malloc(nout * 4), *own = malloc(nout * 4);
    lmc_fill_real(x, nin, r);
    lmc_fill_real(w, nw, r);
    lmc_fill_real(b, (size_t)d->m, r);
    const float *bias = d->has_bias ? b : NULL;
    CHECK(lmc_run_ref(d, x, w, bias, yref, 2) == LMC_OK, "ref");
    CHECK(lmc_ref_bound(d, x, w, bias, bound, 2) == LMC_OK, "ref bound");
    problems++;
    for (size_t ai = 0; ai < nalgos; ai++) {
        const lmc_test_algo *al = &algos[ai];
        if (lmc_unsupported_reason(d, al->algo, al->variant)) continue;
        /* A non-exact algorithm is held to its own derived bound. */
        const float *bd = lmc_test_error_bound(d, al->algo, al->variant, x, w, b, own) ? own : bound;
        for (int t = 1; t <= 2; t++) {
            lmc_check_case c = {d, al->algo, al->variant, t, x, w, bias, yref, bd, GUARD_AFTER, 0x5A};
            bool unsup;
            if (lmc_run_checked(&c, &unsup, NULL)) passed++;
            if (unsup) break;
        }
    }
    free(x); free(w); free(b); free(ax); free(aw); free(ab); free(yref); free(bound); free(own);
}

int main(void)
{
    lmc_rng r = {11};
    long real = 0;
    nalgos = lmc_test_algos(algos);
    lmc_layer *L;
    size_t n = lmc_load_real_shapes(1, &L);
    /* Every 7th layer small enough to keep the reference quick (every
     * LMC_TEST_REAL_STRIDE-th where set: the sanitizer builds' 6x), times
     * LMC_TEST_SAMPLE. */
    const char *env = getenv("LMC_TEST_REAL_STRIDE");
    const size_t stride = (env && atoi(env) > 0 ? (size_t)atoi(env) : 7) * (size_t)lmc_test_sample();
    for (size_t i = 0; i < n; i += stride) {
        if (lmc_desc_flops(&L[i].d) > 3e7) continue;
        for (int layout = 0; layout < 2; layout++) {
            lmc_conv_desc d = L[i].d;
            d.layout = layout ? LMC_NHWC : LMC_NCHW;
            d.has_bias = (int)(i & 1);
            d.relu = (int)((i >> 1) & 1);
            run(&d, &r);
            real++;
        }
    }
    free(L);
    printf("  %ld real-network problems\n", real);
    CHECK(real >= (long)(420 / stride), "too few real-network problems: %ld", real);
    for (long i = 0; i < lmc_test_scaled(150, 5); i++) {
        lmc_conv_desc d;
        int g = lmc_rng_int(&r, 1, 2);
        lmc_desc_init(&d, lmc_rng_int(&r, 1, 2), g * lmc_rng_int(&r, 1, 40), lmc_rng_int(&r, 3, 20),
                      lmc_rng_int(&r, 3, 20), g * lmc_rng_int(&r, 1, 40), lmc_rng_int(&r, 1, 5),
                      lmc_rng_int(&r, 1, 5));
        d.groups = g;
        d.stride_h = d.stride_w = lmc_rng_int(&r, 1, 2);
        d.pad_top = d.pad_bottom = d.pad_left = d.pad_right = lmc_rng_int(&r, 0, 2);
        d.layout = lmc_rng_int(&r, 0, 1) ? LMC_NHWC : LMC_NCHW;
        d.has_bias = lmc_rng_int(&r, 0, 1);
        run(&d, &r);
    }
    return lmc_test_finish("test_real", passed);
}
