/* The oracle checked independently: lmc's ref (gather: each output sums
 * its window) against a scatter formulation written here (each input pixel
 * and tap adds into the output it reaches), in double, on random problems of
 * both layouts; plus hand-derived cases. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

static long passed;

/* Scatter convolution: for each input pixel (iy, ix) and tap (ky, kx), the
 * output it reaches is oy = (iy + pad_top - ky * dil_h) / stride_h when that
 * divides exactly and lands inside [0, ho). */
static void scatter(const lmc_conv_desc *d, const float *x, const float *w, const float *b, double *y)
{
    int ho, wo;
    lmc_desc_validate(d, &ho, &wo);
    const int cg = d->c / d->groups, mg = d->m / d->groups;
    const bool nhwc = d->layout == LMC_NHWC;
    size_t nout = (size_t)d->n * d->m * ho * wo;
    for (size_t i = 0; i < nout; i++) y[i] = 0;
    for (int n = 0; n < d->n; n++)
        for (int c = 0; c < d->c; c++)
            for (int iy = 0; iy < d->h; iy++)
                for (int ix = 0; ix < d->w; ix++) {
                    double xv = nhwc ? x[(((size_t)n * d->h + iy) * d->w + ix) * d->c + c]
                                     : x[(((size_t)n * d->c + c) * d->h + iy) * d->w + ix];
                    int g = c / cg, cl = c % cg;
                    for (int ky = 0; ky < d->kh; ky++) {
                        int ty = iy + d->pad_top - ky * d->dil_h;
                        if (ty < 0 || ty % d->stride_h || ty / d->stride_h >= ho) continue;
                        for (int kx = 0; kx < d->kw; kx++) {
                            int tx = ix + d->pad_left - kx * d->dil_w;
                            if (tx < 0 || tx % d->stride_w || tx / d->stride_w >= wo) continue;
                            int oy = ty / d->stride_h, ox = tx / d->stride_w;
                            for (int ml = 0; ml < mg; ml++) {
                                int m = g * mg + ml;
                                double wv = nhwc ? w[(((size_t)m * d->kh + ky) * d->kw + kx) * cg + cl]
                                                 : w[(((size_t)m * cg + cl) * d->kh + ky) * d->kw + kx];
                                size_t o = nhwc ? (((size_t)n * ho + oy) * wo + ox) * d->m + m
                                                : (((size_t)n * d->m + m) * ho + oy) * wo + ox;
                                y[o] += xv * wv;
                            }
                        }
                    }
                }
    for (int n = 0; n < d->n; n++)
        for (int m = 0; m < d->m; m++)
            for (int oy = 0; oy < ho; oy++)
                for (int ox = 0; ox < wo; ox++) {
                    size_t o = nhwc ? (((size_t)n * ho + oy) * wo + ox) * d->m + m
                                    : (((size_t)n * d->m + m) * ho + oy) * wo + ox;
                    if (b) y[o] += b[m];
                    if (d->relu && y[o] < 0) y[o] = 0;
                }
}

static void compare(const lmc_conv_desc *d, lmc_rng *r)
{
    size_t nin = lmc_desc_input_elems(d), nw = lmc_desc_weight_elems(d), nout = lmc_desc_output_elems(d);
    float *x = malloc(nin * 4), *w = malloc(nw * 4), *b = malloc((size_t)d->m * 4), *y = malloc(nout * 4);
    double *ys = malloc(nout * 8);
    lmc_fill_real(x, nin, r);
    lmc_fill_real(w, nw, r);
    lmc_fill_real(b, (size_t)d->m, r);
    const float *bias = d->has_bias ? b : NULL;
    CHECK(lmc_run_ref(d, x, w, bias, y, 2) == LMC_OK, "ref failed");
    scatter(d, x, w, bias, ys);
    size_t bad = 0;
    /* Both sum in double; the results differ only by double rounding and
     * the final rounding to float: half an ulp of float plus 1e-12. */
    for (size_t i = 0; i < nout; i++)
        if (fabs((double)y[i] - ys[i]) > fabs(ys[i]) * 0x1p-24 + 1e-12) bad++;
    char s[256];
    CHECK(bad == 0, "%s: %zu of %zu differ", lmc_layer_str(d, s, sizeof s), bad, nout);
    passed++;
    free(x); free(w); free(b); free(y); free(ys);
}

int main(void)
{
    lmc_rng r = {7};
    /* Hand-derived: 1 channel 3x3 input 1..9, 2x2 kernel [[1,2],[3,4]],
     * stride 1, no padding: out[0][0] = 1*1+2*2+4*3+5*4 = 37, out[0][1] =
     * 2+6+15+24 = 47, out[1][0] = 4+10+21+32 = 67, out[1][1] = 5+12+24+36 = 77. */
    {
        lmc_conv_desc d;
        lmc_desc_init(&d, 1, 1, 3, 3, 1, 2, 2);
        float x[9] = {1, 2, 3, 4, 5, 6, 7, 8, 9}, w[4] = {1, 2, 3, 4}, y[4];
        CHECK(lmc_run_ref(&d, x, w, NULL, y, 1) == LMC_OK, "ref");
        CHECK(y[0] == 37 && y[1] == 47 && y[2] == 67 && y[3] == 77, "2x2 example: %g %g %g %g", y[0], y[1], y[2], y[3]);
        /* Same with padding 1 on every side, stride 2: outputs at padded
         * positions (0,0), (0,2), (2,0), (2,2) -> windows over the input
         * [[., .], [., 1]] = 4*1 = 4; [[., .], [2, 3]] = 3*2 + 4*3 = 18;
         * [[., 4], [., 7]] = 2*4 + 4*7 = 36; [[5, 6], [8, 9]] = 5+12+24+36 = 77. */
        d.pad_top = d.pad_bottom = d.pad_left = d.pad_right = 1;
        d.stride_h = d.stride_w = 2;
        CHECK(lmc_run_ref(&d, x, w, NULL, y, 1) == LMC_OK, "ref");
        CHECK(y[0] == 4 && y[1] == 18 && y[2] == 36 && y[3] == 77, "padded stride-2: %g %g %g %g", y[0], y[1], y[2], y[3]);
        /* Bias -40 and ReLU: max(4-40,0)=0, 0, 0, 37. */
        d.has_bias = d.relu = 1;
        float b = -40;
        CHECK(lmc_run_ref(&d, x, w, &b, y, 1) == LMC_OK, "ref");
        CHECK(y[0] == 0 && y[1] == 0 && y[2] == 0 && y[3] == 37, "bias+relu: %g %g %g %g", y[0], y[1], y[2], y[3]);
        passed += 3;
    }
    for (int i = 0; i < 300; i++) {
        lmc_conv_desc d;
        int g = lmc_rng_int(&r, 1, 3);
        lmc_desc_init(&d, lmc_rng_int(&r, 1, 2), g * lmc_rng_int(&r, 1, 4), lmc_rng_int(&r, 1, 12),
                      lmc_rng_int(&r, 1, 12), g * lmc_rng_int(&r, 1, 4), lmc_rng_int(&r, 1, 5),
                      lmc_rng_int(&r, 1, 5));
        d.groups = g;
        d.stride_h = lmc_rng_int(&r, 1, 3);
        d.stride_w = lmc_rng_int(&r, 1, 3);
        d.dil_h = lmc_rng_int(&r, 1, 2);
        d.dil_w = lmc_rng_int(&r, 1, 2);
        d.pad_top = lmc_rng_int(&r, 0, 3);
        d.pad_bottom = lmc_rng_int(&r, 0, 3);
        d.pad_left = lmc_rng_int(&r, 0, 3);
        d.pad_right = lmc_rng_int(&r, 0, 3);
        d.layout = lmc_rng_int(&r, 0, 1) ? LMC_NHWC : LMC_NCHW;
        d.has_bias = lmc_rng_int(&r, 0, 1);
        d.relu = lmc_rng_int(&r, 0, 1);
        if (lmc_desc_validate(&d, NULL, NULL) != LMC_OK) continue;
        compare(&d, &r);
    }
    CHECK(passed > 200, "too few random problems were valid: %ld", passed);
    return lmc_test_finish("test_ref", passed);
}
