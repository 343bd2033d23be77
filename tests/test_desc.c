/* Descriptor validation: every invalid descriptor gets its specific status,
 * sizes are computed without overflow, output sizes follow the formula. */
#include <limits.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "harness.h"

static long passed;

static void expect(const lmc_conv_desc *d, lmc_status want, const char *what)
{
    lmc_status got = lmc_desc_validate(d, NULL, NULL);
    CHECK(got == want, "%s: got %s, want %s", what, lmc_strerror(got), lmc_strerror(want));
    /* Every entry point taking a descriptor agrees. */
    size_t ws;
    lmc_status q = lmc_query(d, LMC_ALGO_REF, 0, 1, &ws, NULL);
    CHECK(q == want, "%s: lmc_query got %s", what, lmc_strerror(q));
    if (want != LMC_OK) {
        float w[1] = {0};
        lmc_plan *p = (lmc_plan *)(uintptr_t)1; /* must be reset to NULL on failure */
        lmc_status c = lmc_plan_create(d, NULL, w, NULL, &p);
        CHECK(c == want && p == NULL, "%s: plan_create got %s", what, lmc_strerror(c));
    }
    passed++;
}

static lmc_conv_desc base(void)
{
    lmc_conv_desc d;
    lmc_desc_init(&d, 2, 8, 10, 12, 6, 3, 3);
    return d;
}

int main(void)
{
    lmc_conv_desc d = base();
    expect(&d, LMC_OK, "valid");
    int ho, wo;
    CHECK(lmc_desc_validate(&d, &ho, &wo) == LMC_OK && ho == 8 && wo == 10, "output size");

    /* Output size formula on asymmetric padding, stride and dilation:
     * h = 10, pads 2 + 1, kernel 3 dilated by 2 -> extent 5, stride 3:
     * (10 + 3 - 5) / 3 + 1 = 3; w = 12, pads 0 + 4, kernel 3 dilated 1,
     * stride 2: (12 + 4 - 3) / 2 + 1 = 7. */
    d.pad_top = 2; d.pad_bottom = 1; d.dil_h = 2; d.stride_h = 3;
    d.pad_right = 4; d.stride_w = 2;
    CHECK(lmc_desc_validate(&d, &ho, &wo) == LMC_OK && ho == 3 && wo == 7, "formula: %d %d", ho, wo);
    passed++;
    d = base();
    CHECK(lmc_desc_flops(&d) == 2.0 * 2 * 6 * 8 * 10 * 8 * 9, "flops");
    CHECK(lmc_desc_input_elems(&d) == 2 * 8 * 10 * 12 && lmc_desc_output_elems(&d) == 2 * 6 * 8 * 10 &&
              lmc_desc_weight_elems(&d) == 6 * 8 * 9, "element counts");
    passed += 2;

    static const size_t sizes[] = {offsetof(lmc_conv_desc, n),  offsetof(lmc_conv_desc, c),
                                   offsetof(lmc_conv_desc, h),  offsetof(lmc_conv_desc, w),
                                   offsetof(lmc_conv_desc, m),  offsetof(lmc_conv_desc, kh),
                                   offsetof(lmc_conv_desc, kw)};
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++) {
        d = base();
        int *f = (int *)((char *)&d + sizes[i]);
        *f = 0;
        expect(&d, LMC_ERR_BAD_SIZE, "zero size");
        *f = -3;
        expect(&d, LMC_ERR_BAD_SIZE, "negative size");
    }
    d = base(); d.stride_h = 0; expect(&d, LMC_ERR_BAD_STRIDE, "stride_h 0");
    d = base(); d.stride_w = -1; expect(&d, LMC_ERR_BAD_STRIDE, "stride_w -1");
    d = base(); d.dil_h = 0; expect(&d, LMC_ERR_BAD_DILATION, "dil_h 0");
    d = base(); d.dil_w = -2; expect(&d, LMC_ERR_BAD_DILATION, "dil_w -2");
    d = base(); d.pad_top = -1; expect(&d, LMC_ERR_BAD_PADDING, "pad_top -1");
    d = base(); d.pad_bottom = -1; expect(&d, LMC_ERR_BAD_PADDING, "pad_bottom -1");
    d = base(); d.pad_left = -1; expect(&d, LMC_ERR_BAD_PADDING, "pad_left -1");
    d = base(); d.pad_right = -1; expect(&d, LMC_ERR_BAD_PADDING, "pad_right -1");
    d = base(); d.groups = 0; expect(&d, LMC_ERR_BAD_GROUPS, "groups 0");
    d = base(); d.groups = 3; expect(&d, LMC_ERR_BAD_GROUPS, "c not divisible");
    d = base(); d.groups = 4; expect(&d, LMC_ERR_BAD_GROUPS, "m not divisible");
    d = base(); d.groups = 2; expect(&d, LMC_OK, "groups 2");
    d = base(); d.layout = (lmc_layout)7; expect(&d, LMC_ERR_BAD_LAYOUT, "layout 7");
    d = base(); d.kh = 11; expect(&d, LMC_ERR_EMPTY_OUTPUT, "kernel taller than input");
    d = base(); d.kh = 11; d.pad_top = 1; expect(&d, LMC_OK, "kernel == padded input");
    d = base(); d.dil_w = 7; expect(&d, LMC_ERR_EMPTY_OUTPUT, "dilated kernel wider than input");
    d = base(); d.stride_h = INT_MAX; expect(&d, LMC_OK, "huge stride: one output row");

    /* Byte sizes that do not fit: each tensor alone. */
    d = base(); d.n = INT_MAX; d.c = INT_MAX; d.h = INT_MAX; d.m = 1; d.kh = d.kw = 1;
    expect(&d, LMC_ERR_OVERFLOW, "input bytes overflow");
    lmc_desc_init(&d, 1, 1, 1, 1, INT_MAX, 1, 1);
    d.pad_top = d.pad_bottom = d.pad_left = d.pad_right = 1 << 20;
    expect(&d, LMC_ERR_OVERFLOW, "output bytes overflow");
    d = base(); d.m = INT_MAX; d.c = 1 << 20; d.kh = 1 << 15; d.kw = 1; d.h = 1 << 15; d.n = 1; d.w = 1;
    expect(&d, LMC_ERR_OVERFLOW, "weight bytes overflow");
    d = base(); d.h = INT_MAX; d.pad_top = INT_MAX; d.pad_bottom = INT_MAX; d.c = d.m = d.n = 1; d.w = 1;
    d.kh = d.kw = 1;
    expect(&d, LMC_ERR_OVERFLOW, "output height beyond int");
    /* Workspace formulas saturate rather than wrap: im2col of a problem
     * whose tensors fit but whose lowered matrix does not. */
    lmc_desc_init(&d, 1, 1 << 16, 1 << 12, 1 << 12, 1, 1 << 12, 1 << 12);
    d.pad_top = d.pad_bottom = d.pad_left = d.pad_right = 1 << 11;
    size_t ws = 0;
    lmc_status s = lmc_query(&d, LMC_ALGO_IM2COL, 0, 1, &ws, NULL);
    CHECK(s == LMC_ERR_OVERFLOW, "im2col workspace overflow: %s", lmc_strerror(s));
    passed++;

    CHECK(lmc_desc_validate(NULL, NULL, NULL) == LMC_ERR_NULL, "NULL descriptor");
    passed++;
    return lmc_test_finish("test_desc", passed);
}
