/* Layout conversions and the blocked layouts' sizes:
 *   - lmc_layout_elems counts the padding channels of NCHW16c / NCHW8c;
 *   - every conversion between NCHW, NHWC, NCHW16c and NCHW8c round-trips
 *     bit-exactly, puts each element where lmc_act_offset says, and writes
 *     a blocked destination's padding channels as zeros (over a destination
 *     pre-filled with garbage) -- never past the destination's end (guard page);
 *   - the descriptor's element counts agree with lmc_layout_elems;
 *   - bad arguments give their statuses. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "internal.h"

static const lmc_layout LAYOUTS[] = {LMC_NCHW, LMC_NHWC, LMC_NCHW16C, LMC_NCHW8C};

int main(void)
{
    long passed = 0;
    lmc_rng r = {777};
    CHECK(lmc_layout_elems(LMC_NCHW16C, 2, 17, 3, 5) == (size_t)2 * 32 * 3 * 5, "16c pads to 32");
    CHECK(lmc_layout_elems(LMC_NCHW8C, 1, 8, 2, 2) == 8 * 4, "8c exact multiple");
    CHECK(lmc_layout_elems(LMC_NHWC, 1, 3, 2, 2) == 12, "nhwc");
    CHECK(lmc_layout_elems((lmc_layout)9, 1, 3, 2, 2) == 0, "bad layout");
    CHECK(lmc_layout_elems(LMC_NCHW, 0, 3, 2, 2) == 0, "bad size");
    CHECK(lmc_layout_elems(LMC_NCHW, 1 << 30, 1 << 30, 1 << 30, 4) == 0, "overflow");
    float a = 0, b = 0;
    CHECK(lmc_convert_layout(NULL, LMC_NCHW, &b, LMC_NHWC, 1, 1, 1, 1) == LMC_ERR_NULL, "null src");
    CHECK(lmc_convert_layout(&a, LMC_NCHW, NULL, LMC_NHWC, 1, 1, 1, 1) == LMC_ERR_NULL, "null dst");
    CHECK(lmc_convert_layout(&a, (lmc_layout)5, &b, LMC_NHWC, 1, 1, 1, 1) == LMC_ERR_BAD_LAYOUT, "layout");
    CHECK(lmc_convert_layout(&a, LMC_NCHW, &b, LMC_NHWC, 1, 0, 1, 1) == LMC_ERR_BAD_SIZE, "size");
    CHECK(lmc_convert_layout(&a, LMC_NCHW, &b, LMC_NHWC, 1 << 30, 1 << 30, 1 << 30, 4) == LMC_ERR_OVERFLOW,
          "overflow");

    static const int CS[] = {1, 3, 8, 15, 16, 17, 33};
    for (int ci = 0; ci < 7; ci++) {
        const int n = lmc_rng_int(&r, 1, 3), c = CS[ci], h = lmc_rng_int(&r, 1, 6), w = lmc_rng_int(&r, 1, 7);
        const size_t plain = (size_t)n * c * h * w;
        float *src = malloc(plain * sizeof(float));
        for (size_t i = 0; i < plain; i++) src[i] = (float)(i + 1);   /* distinct, nonzero */
        for (int si = 0; si < 4; si++)
            for (int di = 0; di < 4; di++) {
                const lmc_layout from = LAYOUTS[si], to = LAYOUTS[di];
                /* src in layout `from`, made from the NCHW numbering */
                const size_t se = lmc_layout_elems(from, n, c, h, w), de = lmc_layout_elems(to, n, c, h, w);
                float *x = malloc(se * sizeof(float)), *back = malloc(se * sizeof(float));
                for (size_t i = 0; i < se; i++) x[i] = -1.0f;   /* padding of a blocked source: never read */
                CHECK(lmc_convert_layout(src, LMC_NCHW, x, from, n, c, h, w) == LMC_OK, "to src");
                /* the conversion zeroed a blocked source's padding (real
                 * values are >= 1): make it garbage, which must not be read */
                for (size_t i = 0; i < se; i++)
                    if (x[i] == 0.0f) x[i] = 1e30f;
                lmc_guarded gy;
                CHECK(lmc_guarded_alloc(&gy, de * sizeof(float), GUARD_AFTER, 0x5A), "mmap");
                float *y = gy.ptr;
                for (size_t i = 0; i < de; i++) y[i] = 12345.0f;
                lmc_status s = lmc_convert_layout(x, from, y, to, n, c, h, w);
                CHECK(s == LMC_OK, "convert %d -> %d: %s", from, to, lmc_strerror(s));
                const int db = lmc_layout_block(to);
                size_t wrong = 0, real = 0;
                for (size_t in = 0; in < (size_t)n; in++)
                    for (size_t ic = 0; ic < lmc_padded_channels((size_t)c, db); ic++)
                        for (size_t iy = 0; iy < (size_t)h; iy++)
                            for (size_t ix = 0; ix < (size_t)w; ix++) {
                                const size_t o = lmc_act_offset(to, db, (size_t)c, (size_t)h, (size_t)w, in,
                                                                ic, iy, ix);
                                const float want =
                                    ic < (size_t)c ? src[((in * (size_t)c + ic) * (size_t)h + iy) * (size_t)w + ix]
                                                   : 0.0f;
                                wrong += y[o] != want;
                                real++;
                            }
                CHECK(real == de, "%d -> %d: every element visited (%zu of %zu)", from, to, real, de);
                CHECK(wrong == 0, "c=%d %d -> %d: %zu elements wrong", c, from, to, wrong);
                CHECK(lmc_guarded_canary_ok(&gy), "%d -> %d: wrote before the destination", from, to);
                /* and back: the real elements of x return bit-exactly */
                CHECK(lmc_convert_layout(y, to, back, from, n, c, h, w) == LMC_OK, "back");
                const int sb = lmc_layout_block(from);
                size_t bad = 0;
                for (size_t in = 0; in < (size_t)n; in++)
                    for (size_t ic = 0; ic < (size_t)c; ic++)
                        for (size_t iy = 0; iy < (size_t)h; iy++)
                            for (size_t ix = 0; ix < (size_t)w; ix++) {
                                const size_t o = lmc_act_offset(from, sb, (size_t)c, (size_t)h, (size_t)w, in,
                                                                ic, iy, ix);
                                bad += back[o] != x[o];
                            }
                CHECK(bad == 0, "%d -> %d -> %d: %zu elements differ", from, to, from, bad);
                passed += wrong == 0 && bad == 0;
                lmc_guarded_free(&gy);
                free(x);
                free(back);
            }
        free(src);
    }

    /* The descriptor counts the padding of blocked layouts. */
    lmc_conv_desc d;
    lmc_desc_init(&d, 2, 17, 5, 6, 9, 3, 3);
    d.layout = LMC_NCHW16C;
    CHECK(lmc_desc_input_elems(&d) == lmc_layout_elems(LMC_NCHW16C, 2, 17, 5, 6), "desc input elems");
    CHECK(lmc_desc_output_elems(&d) == lmc_layout_elems(LMC_NCHW16C, 2, 9, 3, 4), "desc output elems");
    CHECK(lmc_desc_weight_elems(&d) == (size_t)9 * 17 * 9, "weights unpadded");
    d.layout = LMC_NCHW8C;
    CHECK(lmc_desc_output_elems(&d) == lmc_layout_elems(LMC_NCHW8C, 2, 9, 3, 4), "desc 8c output elems");
    passed++;
    return lmc_test_finish("test_layout", passed);
}
