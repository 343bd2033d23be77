/* The direct convolution's own paths, bit for bit against the reference on
 * small-integer data: shapes chosen so that each kernel path runs, which
 * the random sweep of test_exact reaches rarely or never:
 *   - both AVX-512 families: 64 x 6 (rows of >= 10 columns, M not padded
 *     by 64-channel tiles) and 32 x 14 (narrow rows, M = 96, depthwise);
 *   - a 64-channel tile only partly real (M = 40: a partial vector and one
 *     with no real channel), with bias and ReLU;
 *   - the merged (kx, channel) reduction of NHWC with few channels
 *     (C = 3, 3x3 and 7x7 stride 2) and its border blocks;
 *   - border cuts of 1..3 columns on either side (their compiled ranges)
 *     and of more (pad 5, dilation: the run-time range);
 *   - several input-channel cache blocks (C = 600: with a 1 MiB L2, two of
 *     304 on the 32 x 14 tile, which direct's rule prefers wherever the 64 x 6
 *     tile would need more blocks; and 64 x 6 in three blocks under an
 *     18x18 kernel; init from the output, ReLU after the last block only);
 *   - depthwise 7x7 planes, whose NCHW units are chunks of channels;
 *   - the NCHW tiles' stride-2 paths (kernel rows per entry, two narrow
 *     rows per vector) and their bands of blocks;
 *   - groups, 1x1 stride 2, batch 2; groups starting inside a channel block
 *     of the blocked layouts on per-group tiles (vectors split across two
 *     blocks);
 *   - 1x1 stride 1, whose row chunks run as one row (src/algo/direct/plan.c:
 *     flat_rows), across row ends and in several cache blocks;
 * in all four layouts (NCHW in place on the row tiles: channels a plane
 * apart, blocks stored transposed, partial tiles, init from the output),
 * at 1, 2 and 3 threads (3: uneven splits of tiles
 * and rows), with guarded buffers and no allocation during execute; with
 * the family's own choice of tile and with every tile variant the CPU (and
 * LMC_ISA) allows, so each variant runs every path above. */
#include <stdio.h>
#include <stdlib.h>

#include "harness.h"

typedef struct {
    const char *what;
    int n, c, h, w, m, kh, kw, stride, dil, groups;
    int pl, pr, pt, pb;
    int bias, relu;
} shape;

static const shape SHAPES[] = {
    {"first layer, merged taps, 64x6", 1, 3, 12, 31, 64, 3, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1},
    {"7x7 stride 2 pad 3, merged taps", 1, 3, 30, 30, 64, 7, 7, 2, 1, 1, 3, 3, 3, 3, 1, 0},
    {"partial 64-channel tile (M = 40)", 1, 5, 9, 29, 40, 3, 3, 1, 1, 1, 0, 2, 2, 0, 1, 1},
    /* Groups starting inside a channel block of the blocked layouts, on
     * per-group tiles (fewer products than spanning ones): vectors of
     * whole tiles (M/g = 50) and of partial ones (M/g = 25, 1x1) split
     * across two blocks, the padding channels past M zeroed. */
    {"groups inside blocks, M/g = 50: per-group tiles", 1, 8, 6, 20, 100, 3, 3, 1, 1, 2, 1, 1, 1, 1, 1, 1},
    {"groups inside blocks, 1x1, M/g = 25: per-group tiles", 1, 20, 5, 30, 50, 1, 1, 1, 1, 2, 0, 0, 0, 0, 1, 0},
    /* Depthwise on 7x7 planes: on NCHW the threads share the channels
     * (chunks of the groups) before they cut the planes into rows. */
    {"depthwise 7x7 planes, 24 channels", 1, 24, 7, 7, 24, 3, 3, 1, 1, 24, 1, 1, 1, 1, 1, 1},
    {"depthwise 7x7 planes, stride 2", 2, 24, 14, 14, 24, 3, 3, 2, 1, 24, 1, 1, 1, 1, 1, 0},
    /* NCHW tiles at stride 2: depthwise 3-column kernels take a kernel
     * row per entry (row3), rows under 8 columns two to a vector; a band
     * of blocks is cut by its input rows (L1) and by its tap entries. */
    {"depthwise stride 2, row3, several bands", 1, 20, 130, 70, 20, 3, 3, 2, 1, 20, 0, 1, 1, 0, 1, 1},
    {"depthwise stride 2, row3, 5x3 kernel, pad 2", 1, 16, 20, 41, 16, 5, 3, 2, 1, 16, 2, 2, 2, 2, 0, 1},
    {"depthwise stride 2, rows of 5 paired", 1, 16, 9, 9, 16, 3, 3, 2, 1, 16, 1, 1, 1, 1, 1, 0},
    {"depthwise stride 2, rows of 7 paired, pad 0", 2, 8, 15, 15, 8, 3, 3, 2, 1, 8, 0, 0, 0, 0, 1, 1},
    {"depthwise stride 2, rows of 8 unpaired", 1, 8, 16, 16, 8, 3, 3, 2, 1, 8, 1, 1, 1, 1, 0, 0},
    {"depthwise stride 2, 5x5: tap pairs", 1, 16, 20, 41, 16, 5, 5, 2, 1, 16, 2, 2, 2, 2, 1, 0},
    {"M/g = 1, C/g = 2, stride 2: row3 over 2 channels", 1, 32, 5, 100, 16, 3, 3, 2, 1, 16, 1, 1, 1, 1, 1, 1},
    {"first layer on NCHW tiles, two bands", 1, 3, 40, 60, 40, 3, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1},
    {"9x9 kernel on NCHW tiles: two tap chunks", 1, 2, 12, 60, 16, 9, 9, 1, 1, 1, 4, 4, 4, 4, 1, 1},
    {"narrow rows, M = 96: 32x14", 1, 20, 7, 7, 96, 3, 3, 1, 1, 1, 1, 1, 1, 1, 1, 0},
    {"stride 2 to 7 columns: 32x14", 2, 64, 14, 14, 128, 3, 3, 2, 1, 1, 1, 1, 1, 1, 0, 1},
    {"two cache blocks (C = 600): 32x14", 1, 600, 6, 20, 64, 3, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1},
    /* An 18x18 kernel puts both tiles' cache blocks at the 16-channel
     * floor (L2 up to 2 MiB), so 64x6 keeps its three blocks: its own
     * init-from-output path, which C = 600 no longer reaches. */
    {"64x6 in three cache blocks (18x18 kernel)", 1, 48, 18, 29, 64, 18, 18, 1, 1, 1, 0, 0, 0, 0, 1, 1},
    {"cuts over 3 columns: run-time range", 1, 16, 8, 50, 128, 11, 11, 1, 1, 1, 5, 5, 5, 5, 0, 0},
    {"dilation 2, pad 4 / 1", 1, 48, 5, 40, 128, 5, 5, 1, 2, 1, 4, 1, 4, 1, 1, 0},
    {"groups 2, 64 channels each", 1, 32, 6, 24, 128, 3, 3, 1, 1, 2, 1, 1, 1, 1, 1, 1},
    {"depthwise 40 channels", 1, 40, 9, 20, 40, 3, 3, 1, 1, 40, 1, 1, 1, 1, 1, 1},
    {"depthwise 17 channels (blocked: 15 padding)", 1, 17, 6, 13, 17, 3, 3, 1, 1, 17, 1, 1, 1, 1, 1, 0},
    {"1x1 stride 2 projection", 1, 64, 14, 28, 128, 1, 1, 2, 1, 1, 0, 0, 0, 0, 0, 0},
    {"one 5-column block", 1, 8, 1, 5, 64, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1, 0},
    /* 1x1 stride 1: a row chunk is one row (rows of 7 make one of 35 at 1
     * thread, on 64x6 instead of 32x14), its blocks across row ends. */
    {"1x1 stride 1, rows as one: 64x6", 2, 40, 5, 7, 128, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1, 1},
    /* ... and in several cache blocks (32x14: at least 2 up to a 2.4 MB L2) */
    {"1x1 rows as one, C = 12000 in cache blocks", 1, 12000, 2, 3, 32, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1, 1},
};

static const lmc_layout LAYOUTS[] = {LMC_NCHW, LMC_NHWC, LMC_NCHW16C, LMC_NCHW8C};

int main(void)
{
    lmc_rng r = {20261123};
    long passed = 0, skipped = 0;
    for (size_t si = 0; si < sizeof SHAPES / sizeof SHAPES[0]; si++) {
        const shape *s = &SHAPES[si];
        for (size_t li = 0; li < sizeof LAYOUTS / sizeof LAYOUTS[0]; li++) {
            if (!lmc_test_take((long)(si * (sizeof LAYOUTS / sizeof LAYOUTS[0]) + li))) continue;
            lmc_conv_desc d;
            lmc_desc_init(&d, s->n, s->c, s->h, s->w, s->m, s->kh, s->kw);
            d.stride_h = d.stride_w = s->stride;
            d.dil_h = d.dil_w = s->dil;
            d.groups = s->groups;
            d.pad_left = s->pl;
            d.pad_right = s->pr;
            d.pad_top = s->pt;
            d.pad_bottom = s->pb;
            d.has_bias = s->bias;
            d.relu = s->relu;
            d.layout = LAYOUTS[li];
            CHECK(lmc_desc_validate(&d, NULL, NULL) == LMC_OK && lmc_exact_ok(&d), "%s: bad test shape", s->what);
            if (lmc_unsupported_reason(&d, LMC_ALGO_DIRECT, 0)) {
                skipped++;   /* groups on a blocked layout need C/g, M/g multiples of the block */
                continue;
            }
            const size_t xe = lmc_layout_elems(d.layout, d.n, d.c, d.h, d.w);
            const size_t we = lmc_desc_weight_elems(&d);
            int ho, wo;
            lmc_desc_validate(&d, &ho, &wo);
            const size_t ye = lmc_layout_elems(d.layout, d.n, d.m, ho, wo);
            float *x = calloc(xe, sizeof(float)), *w = malloc(we * sizeof(float));
            float *b = malloc((size_t)d.m * sizeof(float)), *yref = malloc(ye * sizeof(float));
            /* the blocked layouts' padding channels stay zero, as the layout requires */
            float *dense = malloc((size_t)d.n * d.c * d.h * d.w * sizeof(float));
            lmc_fill_exact(dense, (size_t)d.n * d.c * d.h * d.w, &r);
            CHECK(lmc_convert_layout(dense, LMC_NCHW, x, d.layout, d.n, d.c, d.h, d.w) == LMC_OK, "convert");
            lmc_fill_exact(w, we, &r);
            lmc_fill_exact(b, (size_t)d.m, &r);
            const float *bias = d.has_bias ? b : NULL;
            CHECK(lmc_run_ref(&d, x, w, bias, yref, 1) == LMC_OK, "%s: ref", s->what);
            size_t nz = 0;
            for (size_t i = 0; i < ye; i++) nz += yref[i] != 0.0f;
            /* a mostly-zero reference would prove little */
            CHECK(nz * 5 >= ye, "%s: reference output %zu of %zu nonzero", s->what, nz, ye);
            for (int v = 0; v <= lmc_algo_variant_count(LMC_ALGO_DIRECT); v++) {
                if (v && lmc_unsupported_reason(&d, LMC_ALGO_DIRECT, v)) continue;
                for (int t = 1; t <= 3; t++) {
                    lmc_check_case cc = {&d, LMC_ALGO_DIRECT, v, t, x, w, bias, yref, NULL,
                                         t % 2 ? GUARD_AFTER : GUARD_BEFORE, 0x5A};
                    bool unsup;
                    const bool ok = lmc_run_checked(&cc, &unsup, NULL);
                    CHECK(!unsup, "%s: direct unsupported", s->what);
                    if (!ok)
                        printf("  failed: %s, layout %d, variant %d, %d threads\n", s->what, (int)d.layout,
                               v, t);
                    passed += ok;
                }
            }
            free(x);
            free(w);
            free(b);
            free(yref);
            free(dense);
        }
    }
    printf("test_direct: %ld shape/layout pairs skipped (unsupported)\n", skipped);
    return lmc_test_finish("test_direct", passed);
}
