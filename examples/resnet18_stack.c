/*
 * The 20 convolutions of ResNet-18 (224x224, batch 1) under one workspace
 * budget, sharing one workspace.
 *
 *   lmconv-example-resnet18 [--size S] [--layers N] [--threads T]
 *                           [--layout nhwc|nchw] [BUDGET]
 *
 * BUDGET is the most workspace any layer may use, in bytes with an optional
 * K, M or G suffix (powers of 1024), or "none" (the default) for no limit.
 * Each layer is planned with LMC_ALGO_AUTO under the budget, so the planner
 * picks the fastest algorithm that fits; then ONE workspace, as large as
 * the largest any layer's plan needs, serves every layer in turn.  That is
 * how an inference engine keeps the extra memory of a whole network to one
 * layer's worth, and the budget bounds it.
 *
 * The activations are NHWC: at budget 0 the direct convolution needs no
 * workspace at all in NHWC (and the blocked layouts), while in NCHW every
 * algorithm but the reference needs some, so NHWC is the layout where any
 * budget, 0 included, can be met.  --layout nchw shows the other case: the
 * planner then trades speed for workspace layer by layer, and a budget too
 * small for a layer fails its plan with "no algorithm fits".
 *
 * Weights and inputs are random and each layer reads its own input: the
 * layers run one after another but not as a network (no pooling, no
 * residual additions, no batch norm).  The time is of one execute, a rough
 * figure; lmconv-bench measures properly.  --size S scales the input
 * (S x S), --layers N runs the first N layers.  Exits non-zero if a layer
 * cannot be planned or run, or the shared workspace exceeds the budget.
 */
#define _POSIX_C_SOURCE 199309L
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <lmconv.h>

/* torchvision's names.  Input sizes are given as a level: 0 the network's
 * input, 1 after conv1 and the max-pool, 2..4 after each stride-2 stage. */
static const struct layer {
    const char *name;
    int c, m, k, stride, level, relu;
} layers[] = {
    {"conv1", 3, 64, 7, 2, 0, 1},
    {"layer1.0.conv1", 64, 64, 3, 1, 1, 1},
    {"layer1.0.conv2", 64, 64, 3, 1, 1, 0},
    {"layer1.1.conv1", 64, 64, 3, 1, 1, 1},
    {"layer1.1.conv2", 64, 64, 3, 1, 1, 0},
    {"layer2.0.conv1", 64, 128, 3, 2, 1, 1},
    {"layer2.0.conv2", 128, 128, 3, 1, 2, 0},
    {"layer2.0.downsample", 64, 128, 1, 2, 1, 0},
    {"layer2.1.conv1", 128, 128, 3, 1, 2, 1},
    {"layer2.1.conv2", 128, 128, 3, 1, 2, 0},
    {"layer3.0.conv1", 128, 256, 3, 2, 2, 1},
    {"layer3.0.conv2", 256, 256, 3, 1, 3, 0},
    {"layer3.0.downsample", 128, 256, 1, 2, 2, 0},
    {"layer3.1.conv1", 256, 256, 3, 1, 3, 1},
    {"layer3.1.conv2", 256, 256, 3, 1, 3, 0},
    {"layer4.0.conv1", 256, 512, 3, 2, 3, 1},
    {"layer4.0.conv2", 512, 512, 3, 1, 4, 0},
    {"layer4.0.downsample", 256, 512, 1, 2, 3, 0},
    {"layer4.1.conv1", 512, 512, 3, 1, 4, 1},
    {"layer4.1.conv2", 512, 512, 3, 1, 4, 0},
};
enum { NLAYERS = sizeof layers / sizeof layers[0] };

static void usage(FILE *f)
{
    fprintf(f, "usage: lmconv-example-resnet18 [--size S] [--layers N] [--threads T]\n"
               "                               [--layout nhwc|nchw] [BUDGET]\n"
               "  BUDGET  workspace limit per layer: bytes, with K/M/G (x1024), or \"none\"\n"
               "  --size S     input S x S (default 224)\n"
               "  --layers N   run the first N of the %d layers (default all)\n"
               "  --threads T  threads per layer (default: lmconv's default)\n"
               "  --layout L   activation layout, nhwc (default) or nchw\n",
            NLAYERS);
}

/* "none", or digits with an optional K, M or G; 0 on a malformed string. */
static int parse_bytes(const char *s, size_t *out)
{
    if (strcmp(s, "none") == 0) {
        *out = SIZE_MAX;
        return 1;
    }
    char *end;
    errno = 0;
    if (*s < '0' || *s > '9') return 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno) return 0;
    unsigned shift = 0;
    switch (*end) {
    case '\0': break;
    case 'K': case 'k': shift = 10; end++; break;
    case 'M': case 'm': shift = 20; end++; break;
    case 'G': case 'g': shift = 30; end++; break;
    default: return 0;
    }
    if (*end != '\0' || v > (SIZE_MAX >> shift)) return 0;
    *out = (size_t)v << shift;
    return 1;
}

static int parse_int(const char *s, int lo, int hi, int *out)
{
    char *end;
    long v = strtol(s, &end, 10);
    if (end == s || *end != '\0' || v < lo || v > hi) return 0;
    *out = (int)v;
    return 1;
}

/* Bytes for people: "0 B", "37.5 KiB", "44.6 MiB". */
static const char *human(size_t b, char buf[32])
{
    if (b == SIZE_MAX) snprintf(buf, 32, "none");
    else if (b < 1024) snprintf(buf, 32, "%zu B", b);
    else if (b < (size_t)1 << 20) snprintf(buf, 32, "%.1f KiB", b / 1024.0);
    else snprintf(buf, 32, "%.1f MiB", b / (1024.0 * 1024.0));
    return buf;
}

static uint32_t rng_state = 12345;
static float uniform(float scale) /* in [-scale, scale) */
{
    rng_state = rng_state * 1664525u + 1013904223u;
    return scale * ((float)(rng_state >> 8) / 8388608.0f - 1.0f);
}

/* 64-byte aligned, the alignment lmc_execute runs fastest with. */
static void *alloc64(size_t bytes)
{
    return bytes ? aligned_alloc(64, (bytes + 63) / 64 * 64) : NULL;
}

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + 1e-9 * t.tv_nsec;
}

int main(int argc, char **argv)
{
    int size = 224, nlayers = NLAYERS, threads = 0;
    size_t budget = SIZE_MAX;
    lmc_layout layout = LMC_NHWC;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        int ok;
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            usage(stdout);
            return 0;
        } else if (strcmp(a, "--size") == 0 && i + 1 < argc) {
            ok = parse_int(argv[++i], 1, 8192, &size);
        } else if (strcmp(a, "--layers") == 0 && i + 1 < argc) {
            ok = parse_int(argv[++i], 1, NLAYERS, &nlayers);
        } else if (strcmp(a, "--threads") == 0 && i + 1 < argc) {
            ok = parse_int(argv[++i], 1, 1024, &threads);
        } else if (strcmp(a, "--layout") == 0 && i + 1 < argc) {
            i++;
            ok = strcmp(argv[i], "nhwc") == 0 || strcmp(argv[i], "nchw") == 0;
            layout = strcmp(argv[i], "nchw") == 0 ? LMC_NCHW : LMC_NHWC;
        } else {
            ok = a[0] != '-' && parse_bytes(a, &budget);
        }
        if (!ok) {
            fprintf(stderr, "lmconv-example-resnet18: bad argument '%s'\n", argv[i]);
            usage(stderr);
            return 2;
        }
    }

    /* The spatial size at each level: conv1 (7x7, stride 2, padding 3),
     * the 3x3 stride-2 max-pool (padding 1), then each stride-2 stage. */
    int hw[5];
    hw[0] = size;
    hw[1] = (size + 6 - 7) / 2 + 1;
    hw[1] = (hw[1] + 2 - 3) / 2 + 1;
    for (int l = 2; l < 5; l++) hw[l] = (hw[l - 1] + 2 - 3) / 2 + 1;

    char b1[32], b2[32], b3[32];
    printf("lmconv %s: ResNet-18's first %d convolutions, %dx%d %s, batch 1, threads %d, "
           "workspace budget %s\n\n",
           lmc_version(), nlayers, size, size, layout == LMC_NCHW ? "NCHW" : "NHWC",
           threads ? threads : lmc_default_threads(), human(budget, b1));

    /* Plan every layer first: the shared workspace is the largest any plan
     * needs, known only when all are made. */
    lmc_plan *plans[NLAYERS] = {0};
    size_t max_ws = 0, sum_ws = 0, packed = 0, max_x = 0, max_y = 0;
    int status = 0;
    for (int i = 0; i < nlayers && !status; i++) {
        const struct layer *L = &layers[i];
        lmc_conv_desc d;
        lmc_desc_init(&d, 1, L->c, hw[L->level], hw[L->level], L->m, L->k, L->k);
        d.stride_h = d.stride_w = L->stride;
        d.pad_top = d.pad_bottom = d.pad_left = d.pad_right = L->k / 2;
        d.layout = layout;
        d.has_bias = 1; /* batch norm folded into the weights and a bias */
        d.relu = L->relu;
        size_t nw = lmc_desc_weight_elems(&d);
        float *w = malloc(nw * sizeof *w), *bias = malloc((size_t)L->m * sizeof *bias);
        if (!w || !bias) {
            fprintf(stderr, "%s: out of memory\n", L->name);
            status = 1;
        } else {
            const float scale = 1.0f / (float)(L->c * L->k); /* keeps activations O(1) */
            for (size_t j = 0; j < nw; j++) w[j] = uniform(scale);
            for (int j = 0; j < L->m; j++) bias[j] = uniform(0.1f);
            lmc_plan_opts o;
            lmc_plan_opts_init(&o);
            o.threads = threads;
            o.workspace_limit = budget;
            lmc_status s = lmc_plan_create(&d, &o, w, bias, &plans[i]);
            if (s != LMC_OK) {
                fprintf(stderr, "%s: %s\n", L->name, lmc_strerror(s));
                status = 1;
            } else {
                size_t ws = lmc_plan_workspace_bytes(plans[i]);
                max_ws = ws > max_ws ? ws : max_ws;
                sum_ws += ws;
                packed += lmc_plan_packed_weight_bytes(plans[i]);
                size_t nx = lmc_desc_input_elems(&d), ny = lmc_desc_output_elems(&d);
                max_x = nx > max_x ? nx : max_x;
                max_y = ny > max_y ? ny : max_y;
            }
        }
        free(w);
        free(bias);
    }

    void *ws = status ? NULL : alloc64(max_ws);
    float *x = status ? NULL : alloc64(max_x * sizeof *x);
    float *y = status ? NULL : alloc64(max_y * sizeof *y);
    if (!status && ((max_ws && !ws) || !x || !y)) {
        fprintf(stderr, "out of memory for the workspace or the activations\n");
        status = 1;
    }
    double total = 0;
    if (!status)
        printf("%-20s %-24s %-14s %9s %12s %12s\n", "layer", "C x H x W -> M, kernel", "algorithm",
               "ms", "workspace", "packed");
    for (int i = 0; i < nlayers && !status; i++) {
        const struct layer *L = &layers[i];
        const int in = hw[L->level];
        for (size_t j = 0; j < (size_t)L->c * in * in; j++) x[j] = uniform(1.0f);
        double t0 = now();
        lmc_status s = lmc_execute(plans[i], x, y, ws, max_ws);
        double ms = (now() - t0) * 1e3;
        if (s != LMC_OK) {
            fprintf(stderr, "%s: execute: %s\n", L->name, lmc_strerror(s));
            status = 1;
            break;
        }
        total += ms;
        char shape[64], algo[64];
        snprintf(shape, sizeof shape, "%dx%dx%d -> %d, %dx%d/%d", L->c, in, in, L->m, L->k, L->k,
                 L->stride);
        const char *v = lmc_plan_variant(plans[i]);
        snprintf(algo, sizeof algo, "%s%s%s", lmc_plan_algorithm(plans[i]), v ? ":" : "",
                 v ? v : "");
        printf("%-20s %-24s %-14s %9.3f %12zu %12zu\n", L->name, shape, algo, ms,
               lmc_plan_workspace_bytes(plans[i]), lmc_plan_packed_weight_bytes(plans[i]));
    }
    if (!status) {
        printf("\ntotal: %.3f ms; shared workspace %zu bytes (%s), the largest of the layers' "
               "(one per layer would be %s); packed weights %zu bytes (%s)\n",
               total, max_ws, human(max_ws, b1), human(sum_ws, b2), packed, human(packed, b3));
        if (max_ws > budget) {
            fprintf(stderr, "the shared workspace exceeds the budget\n");
            status = 1;
        }
    }
    for (int i = 0; i < nlayers; i++) lmc_plan_destroy(plans[i]);
    free(ws);
    free(x);
    free(y);
    return status;
}
