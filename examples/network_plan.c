/*
 * A small MobileNet-like network planned as a whole with lmc_plan_network:
 * one workspace for every layer within a workspace budget, and a limit on
 * the packed weights of all layers together.
 *
 *   lmconv-example-network [--layout nchw|nhwc] [WORKSPACE [PACKED]]
 *
 * WORKSPACE and PACKED are bytes with an optional K or M suffix (powers of
 * 1024) or "none" (the default for both).  The planner gives each layer the
 * options to create its plan with; the program creates them, allocates the
 * one workspace it reported, runs every layer with it and checks each
 * output against the reference algorithm bit for bit (the data are small
 * integers, which every exact algorithm sums without rounding).  Each layer
 * reads its own input: the layers are planned as a network, not chained.
 * Exits non-zero if planning, a plan or a check fails, or a limit is
 * exceeded.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lmconv.h>

/* c, h (= w), m, kernel, stride, groups */
static const int net[][6] = {
    {3, 32, 16, 3, 2, 1},    /* conv1 */
    {16, 16, 16, 3, 1, 16},  /* depthwise */
    {16, 16, 32, 1, 1, 1},   /* pointwise */
    {32, 16, 32, 3, 2, 32},  /* depthwise, stride 2 */
    {32, 8, 64, 1, 1, 1},    /* pointwise */
    {64, 8, 64, 3, 1, 1},    /* a full 3x3 */
};
enum { NLAYERS = sizeof net / sizeof net[0] };

/* "none", or digits with an optional K or M; 0 on a malformed string. */
static int parse_bytes(const char *s, size_t *out)
{
    if (strcmp(s, "none") == 0) {
        *out = SIZE_MAX;
        return 1;
    }
    char *end;
    if (*s < '0' || *s > '9') return 0;
    const unsigned long long v = strtoull(s, &end, 10);
    const unsigned shift = *end == 'K' || *end == 'k' ? 10 : *end == 'M' || *end == 'm' ? 20 : 0;
    if (shift) end++;
    if (*end || v > (SIZE_MAX >> shift)) return 0;
    *out = (size_t)v << shift;
    return 1;
}

static uint32_t rng = 2024;
static float small_int(void) /* -2..2 */
{
    rng = rng * 1664525u + 1013904223u;
    return (float)((int)(rng >> 24) % 5 - 2);
}

static float *filled(size_t n)
{
    float *v = malloc(n * sizeof *v);
    for (size_t i = 0; v && i < n; i++) v[i] = small_int();
    return v;
}

int main(int argc, char **argv)
{
    lmc_plan_opts o;
    lmc_plan_opts_init(&o);
    o.threads = 1;
    lmc_layout layout = LMC_NCHW;
    int limits = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--layout") == 0 && i + 1 < argc) {
            i++;
            layout = strcmp(argv[i], "nhwc") == 0 ? LMC_NHWC : LMC_NCHW;
            if (layout == LMC_NCHW && strcmp(argv[i], "nchw") != 0) limits = 9;
        } else if (limits == 0 && parse_bytes(argv[i], &o.workspace_limit)) {
            limits = 1;
        } else if (limits == 1 && parse_bytes(argv[i], &o.packed_limit)) {
            limits = 2;
        } else {
            limits = 9;
        }
        if (limits == 9) {
            fprintf(stderr, "usage: lmconv-example-network [--layout nchw|nhwc] [WORKSPACE [PACKED]]\n");
            return 2;
        }
    }

    lmc_conv_desc d[NLAYERS];
    for (int i = 0; i < NLAYERS; i++) {
        const int *L = net[i];
        lmc_desc_init(&d[i], 1, L[0], L[1], L[1], L[2], L[3], L[3]);
        d[i].stride_h = d[i].stride_w = L[4];
        d[i].pad_top = d[i].pad_bottom = d[i].pad_left = d[i].pad_right = L[3] / 2;
        d[i].groups = L[5];
        d[i].layout = layout;
        d[i].has_bias = 1;
        d[i].relu = 1;
    }

    lmc_network_layer choice[NLAYERS];
    lmc_network_plan total;
    lmc_status s = lmc_plan_network(d, NLAYERS, &o, choice, &total);
    if (s != LMC_OK) {
        char why[4096] = "";
        if (total.failed_layer < NLAYERS) lmc_plan_explain(&d[total.failed_layer], &o, why, sizeof why);
        fprintf(stderr, "lmc_plan_network: %s (layer %zu) %s\n", lmc_strerror(s), total.failed_layer, why);
        return 1;
    }
    printf("%d layers, %s: one workspace of %zu bytes, packed weights %zu bytes in all, "
           "estimated %.3f ms\n", NLAYERS, layout == LMC_NHWC ? "NHWC" : "NCHW", total.workspace_bytes,
           total.packed_weight_bytes, total.seconds * 1e3);

    void *ws = total.workspace_bytes ? malloc(total.workspace_bytes) : NULL;
    int status = total.workspace_bytes && !ws;
    for (int i = 0; i < NLAYERS && !status; i++) {
        float *w = filled(lmc_desc_weight_elems(&d[i])), *b = filled((size_t)d[i].m);
        float *x = filled(lmc_desc_input_elems(&d[i]));
        const size_t ny = lmc_desc_output_elems(&d[i]);
        float *y = malloc(ny * sizeof *y), *yref = malloc(ny * sizeof *yref);
        lmc_plan *p = NULL, *ref = NULL;
        lmc_plan_opts ro;
        lmc_plan_opts_init(&ro);
        ro.algo = LMC_ALGO_REF;
        ro.threads = 1;
        status = !w || !b || !x || !y || !yref;
        if (!status) s = lmc_plan_create(&d[i], &choice[i].opts, w, b, &p);
        if (!status && s == LMC_OK) s = lmc_plan_create(&d[i], &ro, w, b, &ref);
        if (!status && s == LMC_OK) s = lmc_execute(p, x, y, ws, total.workspace_bytes);
        if (!status && s == LMC_OK) s = lmc_execute(ref, x, yref, NULL, 0);
        if (status || s != LMC_OK) {
            fprintf(stderr, "layer %d: %s\n", i, status ? "out of memory" : lmc_strerror(s));
            status = 1;
        } else {
            const char *v = lmc_plan_variant(p);
            printf("layer %d: %s%s%s, workspace %zu, packed %zu, estimated %.4f ms\n", i, lmc_plan_algorithm(p),
                   v ? ":" : "", v ? v : "", lmc_plan_workspace_bytes(p), lmc_plan_packed_weight_bytes(p),
                   choice[i].seconds * 1e3);
            if (memcmp(y, yref, ny * sizeof *y) != 0) {
                fprintf(stderr, "layer %d: the output differs from the reference\n", i);
                status = 1;
            }
            if (lmc_plan_workspace_bytes(p) != choice[i].workspace_bytes ||
                lmc_plan_packed_weight_bytes(p) != choice[i].packed_weight_bytes) {
                fprintf(stderr, "layer %d: the plan's sizes differ from the network plan's\n", i);
                status = 1;
            }
        }
        lmc_plan_destroy(p);
        lmc_plan_destroy(ref);
        free(w);
        free(b);
        free(x);
        free(y);
        free(yref);
    }
    if (!status && (total.workspace_bytes > o.workspace_limit || total.packed_weight_bytes > o.packed_limit)) {
        fprintf(stderr, "a limit is exceeded\n");
        status = 1;
    }
    free(ws);
    return status;
}
