/* direct: the plan -- which kernel variant, the input-channel cache block
 * C_ib, the order of the work units -- and the family's entry in the
 * registry.  The rules' measurements are in docs/tuning.md ("direct"). */
#include <limits.h>
#include <string.h>

#include "algo/direct/plan.h"
#include "cost.h"
#include "cpu.h"

/* The variants: one register tile of one ISA each, the widest channel
 * tile of an ISA first; the NCHW-in-place tiles after the row tiles. */
typedef struct direct_kind {
    const lmc_direct_ukernel *row;     /* NHWC / blocked (NCHW through copies) */
    const lmc_direct_planar *plane;    /* NCHW in place */
} direct_kind;

static const direct_kind kinds[] = {
#ifdef LMC_ARCH_X86
    {&lmc_f32_direct_conv_64cx6w__avx512, NULL},
    {&lmc_f32_direct_conv_32cx14w__avx512, NULL},
    {&lmc_f32_direct_conv_16cx6w__avx2, NULL},
#endif
#ifdef LMC_ARCH_AARCH64
    {&lmc_f32_direct_conv_16cx6w__neon, NULL},
    {&lmc_f32_direct_conv_8cx14w__neon, NULL},
#endif
    {&lmc_f32_direct_conv_8cx4w__scalar, NULL},
#ifdef LMC_ARCH_X86
    {NULL, &lmc_f32_direct_nchw_8cx48w__avx512},
    {NULL, &lmc_f32_direct_nchw_4cx24w__avx2},
#endif
    {NULL, &lmc_f32_direct_nchw_4cx16w__scalar},
};

/* Named by the tile, channels x columns; a build has its architecture's
 * tiles only (the same name on two architectures is the same tile shape). */
static const lmc_variant direct_variants[] = {
#ifdef LMC_ARCH_X86
    {"64x6", &kinds[0]}, {"32x14", &kinds[1]}, {"16x6", &kinds[2]}, {"8x4", &kinds[3]},
    {"8x48", &kinds[4]}, {"4x24", &kinds[5]}, {"4x16", &kinds[6]},
#elif defined(LMC_ARCH_AARCH64)
    {"16x6", &kinds[0]}, {"8x14", &kinds[1]}, {"8x4", &kinds[2]}, {"4x16", &kinds[3]},
#else
    {"8x4", &kinds[0]}, {"4x16", &kinds[1]},
#endif
};
#define NVARIANTS ((int)(sizeof direct_variants / sizeof direct_variants[0]))

static const direct_kind *kind(int v) { return direct_variants[v].data; }
static const lmc_direct_ukernel *kernels(int v) { return kind(v)->row; }
static const lmc_direct_planar *planar(int v) { return kind(v)->plane; }
static lmc_isa variant_isa(int v) { return (lmc_isa)(planar(v) ? planar(v)->isa : kernels(v)->isa); }

static bool is_depthwise(const lmc_problem *p) { return p->cg == 1 && p->mg == 1; }

/* A vector must not straddle two channel blocks of the layout (AVX-512's
 * 16 floats on NCHW8c). */
static bool fits_layout(const lmc_problem *p, const lmc_direct_ukernel *k)
{
    return p->blk <= 1 || k->vw <= p->blk;
}

/* Groups that do not start on a channel block of a blocked layout (C/g or
 * M/g no multiple of the block; a depthwise channel multiplier) run in
 * place either way:
 *   - per group, as in NHWC: tiles of C_ob from the group's first channel,
 *     whose vectors may straddle two blocks of the output (stored in two
 *     parts, run.c);
 *   - spanning: tiles over all M channels, block-aligned, summing one pass
 *     per group they meet with the other groups' channels weighted 0.
 * Spanning is chosen only where it computes fewer products: for M/g = 25
 * a 32-channel tile spanning two groups does both groups' passes (1.5x the
 * products of per-group tiles), while for a multiplier of 2 per-group
 * tiles would be 1/16 full. */
static bool unaligned_groups(const lmc_problem *p)
{
    return p->blk > 1 && p->d.groups > 1 && !is_depthwise(p) && (p->cg % p->blk || p->mg % p->blk);
}

static size_t group_work(const lmc_problem *p, int cob)
{
    return (size_t)p->d.groups * lmc_padded_channels((size_t)p->mg, (size_t)cob);
}

static size_t span_work(const lmc_problem *p, int cob)
{
    const size_t ntiles = lmc_padded_channels(lmc_padded_channels((size_t)p->d.m, p->blk), (size_t)cob) / (size_t)cob;
    return lmc_direct_span_passes(p, cob, (int)ntiles) * (size_t)cob;
}

static bool spans(const lmc_problem *p, int cob)
{
    return unaligned_groups(p) && span_work(p, cob) < group_work(p, cob);
}

/* Output channels the tiles of C_ob cover, blocked layouts' padding
 * included (with one group, or spanning, those are computed too, as
 * zeros). */
static size_t covered_channels(const lmc_problem *p, int cob)
{
    const size_t mt = p->d.groups == 1 || spans(p, cob) ? lmc_padded_channels((size_t)p->d.m, p->blk)
                                                       : (size_t)p->mg;
    return lmc_padded_channels(mt, cob);
}

/* Output channels x passes the tiles of C_ob compute per input channel of
 * a group: the covered channels of every group, and with spanning tiles
 * once per group a tile meets (a 64-channel tile over 50 channels of 2
 * groups computes 128). */
static size_t tile_work(const lmc_problem *p, int cob)
{
    return spans(p, cob) ? span_work(p, cob) : (size_t)p->d.groups * covered_channels(p, cob);
}

/* The share of the L2 for weights a thread re-reads: 5/8 of it, the rest
 * for the input rows in flight (lmc_cpu() reports at least 128 KiB). */
static size_t weight_budget(void) { return lmc_cpu()->l2_bytes / 8 * 5; }

/* C_ib: the weights one tile reads for one cache block, KH*KW*C_ib*C_ob
 * floats, are re-read for every output row, so they should stay in the L2
 * next to the input rows: up to weight_budget(), in equal blocks, a
 * multiple of 16 so a block starts on a channel block of every layout. */
static int choose_cib(const lmc_problem *p, int cob)
{
    const size_t per_ch = lmc_mul4((size_t)p->d.kh, (size_t)p->d.kw, (size_t)cob, sizeof(float));
    size_t cmax = weight_budget() / (per_ch ? per_ch : 1);
    cmax = cmax / 16 * 16;
    if (cmax < 16) cmax = 16;
    if (cmax >= (size_t)p->cg) return p->cg;
    const size_t nb = ((size_t)p->cg + cmax - 1) / cmax;
    const size_t cib = (((size_t)p->cg + nb - 1) / nb + 15) / 16 * 16;
    return cib >= (size_t)p->cg ? p->cg : (int)cib;
}

static int cache_blocks(const lmc_problem *p, int cob)
{
    const int cib = choose_cib(p, cob);
    return (p->cg + cib - 1) / cib;
}

/* 1x1, stride 1, no padding: output pixel i reads input pixel i, so the
 * rows of a row chunk are one row for the kernels (blocks run on across
 * row ends).  The kernels count columns in int. */
static bool flat_rows(const lmc_problem *p)
{
    return lmc_is_pointwise(p) && (long long)p->ho * p->wo <= INT_MAX / 2;
}

static long row_columns(const lmc_problem *p) { return flat_rows(p) ? (long)p->ho * p->wo : p->wo; }

/* Row blocks narrower than this on average starve the wide tile: its
 * weight vectors serve too few columns to hide their loads from L2. */
#define MIN_COLS_PER_BLOCK 5

/* NCHW runs in place either way: on the NCHW tiles (vectors along output
 * rows) or on the row tiles (vectors over output channels, their blocks
 * stored a plane apart through in-register transposes).  Depthwise layers
 * take the NCHW tiles, which the row tiles would copy to NHWC.  Dense
 * layers take them only at stride 1 with rows of at least three vectors
 * and a reduction under 64 products, where a row tile's block has too few
 * products to repay its transposed store (Zen 4: VGG-16's conv1_1, 27
 * products, 2.44 ms against 3.29 on 32x14; MobileNet's pw1, 32, a tie;
 * pw2, 64, 0.62 against 0.55).  At stride 2 their shuffles cost more
 * than the transposes (MobileNet's conv1: 0.35 against 0.30 ms);
 * docs/tuning.md, "NCHW path". */
#define PLANAR_MAX_REDUCTION 64
#define NCHW_SHORT_REDUCTION 128
#define PLANAR_MIN_COLS 48
/* A grouped pointwise layer's plane is one run of the NCHW tiles, so
 * there the plane's size counts, not its rows: ShuffleNet's 28x28 grouped
 * 1x1 layers (reductions 12-100) ran 1.3-3.3x faster on them than on the
 * row tiles, its 7x7 ones 1.2-1.5x slower (Zen 4; docs/tuning.md). */
#define PLANAR_MIN_RUN 256
#define PLANAR_MAX_GROUPED_REDUCTION 128

static bool planar_suits(const lmc_problem *p)
{
    if (is_depthwise(p)) return true;
    const long long red = (long long)p->cg * p->d.kh * p->d.kw;
    if (p->d.groups > 1 && flat_rows(p) && (long long)p->ho * p->wo >= PLANAR_MIN_RUN)
        return red <= PLANAR_MAX_GROUPED_REDUCTION;
    return p->d.stride_w == 1 && p->wo >= PLANAR_MIN_COLS && red < PLANAR_MAX_REDUCTION;
}

/* The family's choice: the active ISA (the next narrower one where its
 * vectors would straddle the layout's channel blocks), and of its tiles
 * the widest unless it (a) computes more channels than the next (padding, spanning passes),
 * (b) leaves blocks under MIN_COLS_PER_BLOCK columns, or (c) splits the
 * input channels into more cache blocks than the next.  Depthwise takes
 * the narrowest tile of the ISA. */
static int choose_variant(const lmc_problem *p)
{
    lmc_isa isa = lmc_isa_active();
    if (p->d.layout == LMC_NCHW && planar_suits(p)) {
        /* the widest ISA's NCHW tile up to the active one (aarch64 has no
         * NEON NCHW tile yet) */
        for (lmc_isa i = isa;; i = (lmc_isa)(i - 1)) {
            for (int v = 0; v < NVARIANTS; v++)
                if (planar(v) && variant_isa(v) == i) return v;
            if (i == LMC_ISA_SCALAR) break;
        }
    }
    int first = -1, last = -1;
    for (;; isa = (lmc_isa)(isa - 1)) {
        for (int v = 0; v < NVARIANTS; v++)
            if (kernels(v) && (lmc_isa)kernels(v)->isa == isa && fits_layout(p, kernels(v))) {
                if (first < 0) first = v;
                last = v;
            }
        if (first >= 0 || isa == LMC_ISA_SCALAR) break;
    }
    if (is_depthwise(p)) return last;
    for (int v = first; v < last; v++) {
        const lmc_direct_ukernel *k = kernels(v), *n = kernels(v + 1);
        const long cols = row_columns(p), blocks = (cols + k->wob - 1) / k->wob;
        const int kc = k->vw * k->nv, nc = n->vw * n->nv;
        const bool pads = tile_work(p, kc) > tile_work(p, nc);
        const bool splits = cache_blocks(p, kc) > cache_blocks(p, nc);
        /* NCHW stores a block through 16-column transposes: W_ob = 6 fills
         * 6 of 16, which short reductions do not repay (Zen 4, 1x1 layers of
         * 64 products: ResNet-18's res3_proj 0.160 ms on 64x6, 0.136 on 32x14) */
        const bool narrow = p->d.layout == LMC_NCHW && n->wob > k->wob &&
                            (long long)p->cg * p->d.kh * p->d.kw <= NCHW_SHORT_REDUCTION;
        if (!pads && !splits && !narrow && cols >= MIN_COLS_PER_BLOCK * blocks) return v;
    }
    return last;
}

static const char *direct_unsupported(const lmc_problem *p, int variant)
{
    /* Channel indices, their tiles and cache blocks are ints in the loops
     * and kernels: keep every sum of two of them below INT_MAX. */
    if (p->d.c > (1 << 30) || p->d.m > (1 << 30))
        return "direct: more than 2^30 input or output channels (its loops count channels in int)";
    if (variant >= 0 && variant_isa(variant) > lmc_isa_active())
        return "direct: this variant needs an ISA that the CPU lacks or LMC_ISA excludes";
    if (variant >= 0 && planar(variant) && p->d.layout != LMC_NCHW)
        return "direct: this variant reads and writes NCHW only";
    if (variant >= 0 && planar(variant)) return NULL;
    if (variant >= 0 && !fits_layout(p, kernels(variant)))
        return "direct: this variant's vectors are wider than the layout's channel blocks";
    return NULL;
}

/* The NCHW variants: tiles of MB channels within each group, tile groups
 * whose weights share the L2, runs over several rows where the input is
 * linear in the output position. */
static void planar_init(lmc_algo_plan *ap, direct_plan *s, const lmc_direct_planar *k)
{
    const lmc_problem *p = &ap->p;
    const lmc_conv_desc *d = &p->d;
    s->pk = k;
    s->depthwise = is_depthwise(p);
    s->cob = k->mb;
    s->cib = p->cg;
    s->ntiles = (p->mg + k->mb - 1) / k->mb;
    s->linear = d->stride_h == 1 && d->stride_w == 1 && p->wo == d->w &&
                (long long)p->ho * p->wo <= INT_MAX / 2;
    const size_t tile_w = lmc_mul4((size_t)d->kh, (size_t)d->kw, (size_t)p->cg, (size_t)k->mb * sizeof(float));
    size_t per = weight_budget() / (tile_w ? tile_w : 1);
    if (per < 1) per = 1;
    s->tgroups = (int)(((size_t)s->ntiles + per - 1) / per);
    s->pnw = p->mg == 1 ? k->nw1 : k->nw;
    s->row3 = k->pairs && d->stride_w == 2 && d->kw == 3 && d->dil_w == 1;
    /* a band's output rows: their input rows of a group's channels in half the L1 */
    const size_t row_bytes = lmc_mul3((size_t)p->cg, (size_t)d->w, sizeof(float));
    const size_t in_rows = lmc_cpu()->l1d_bytes / 2 / (row_bytes ? row_bytes : 1);
    const size_t reach = (size_t)(d->kh - 1) * (size_t)d->dil_h + 1;
    s->band_rows = in_rows > reach ? (long)((in_rows - reach) / (size_t)d->stride_h + 1) : 1;
    ap->ws_bytes = 0;
    ap->packed_bytes = lmc_mul(lmc_direct_packed_floats(p, s), sizeof(float));
}

static void direct_init(lmc_algo_plan *ap, int variant)
{
    const lmc_problem *p = &ap->p;
    direct_plan *s = LMC_ALGO_STATE(direct_plan, ap);
    ap->variant = variant >= 0 ? variant : choose_variant(p);
    memset(s, 0, sizeof *s);
    if (planar(ap->variant)) {
        planar_init(ap, s, planar(ap->variant));
        return;
    }
    s->k = kernels(ap->variant);
    s->depthwise = is_depthwise(p);
    s->flat = !s->depthwise && flat_rows(p);
    s->cob = s->k->vw * s->k->nv;
    s->span = spans(p, s->cob);
    s->cib = choose_cib(p, s->cob);
    s->ntiles = (int)(covered_channels(p, s->cob) / (size_t)s->cob);
    /* depthwise tiles run over a blocked layout's padding channels too */
    s->cpad = (int)lmc_padded_channels(lmc_padded_channels((size_t)p->d.c, p->blk), (size_t)s->cob);
    /* With several threads, a thread's consecutive units share what is
     * outer in their order: the row chunk when the weights of all the
     * tiles fit the weight budget together (its input rows are then read
     * once per thread), else the tile (its weights stay in L2). */
    const size_t group_w = lmc_mul4((size_t)p->d.kh, (size_t)p->d.kw, (size_t)p->cg,
                                    covered_channels(p, s->cob) * sizeof(float));
    s->rows_outer = !s->depthwise && group_w <= weight_budget();
    /* Depthwise NCHW: one image of input and one of output in NHWC (the
     * dense convolution runs NCHW in place, run.c). */
    ap->ws_bytes = 0;
    if (p->d.layout == LMC_NCHW && s->depthwise) {
        const size_t xi = lmc_mul3((size_t)p->d.c, (size_t)p->d.h, (size_t)p->d.w);
        const size_t yi = lmc_mul3((size_t)p->d.m, (size_t)p->ho, (size_t)p->wo);
        ap->ws_bytes = lmc_mul(lmc_add(xi, yi), sizeof(float));
    }
    ap->packed_bytes = lmc_mul(lmc_direct_packed_floats(p, s), sizeof(float));
}

static double direct_cost(const lmc_algo_plan *ap)
{
    const lmc_problem *p = &ap->p;
    double t = lmc_cost_compute(p->flops, ap->threads, LMC_EFF_DIRECT);
    if (p->d.layout == LMC_NCHW && !planar(ap->variant) && is_depthwise(p)) t += lmc_cost_bytes((double)(p->in_elems + p->out_elems) * 8.0, LMC_BW_COPY);
    return t;
}

static void direct_execute(const lmc_algo_plan *ap, const lmc_exec_args *a)
{
    if (LMC_ALGO_STATE(direct_plan, ap)->pk) lmc_direct_planar_execute(ap, a);
    else lmc_direct_execute(ap, a);
}

const lmc_algorithm lmc_algo_direct = {
    .id = LMC_ALGO_DIRECT, .name = "direct", .exact = true, .variants = direct_variants,
    .nvariants = NVARIANTS, .unsupported = direct_unsupported, .init = direct_init,
    .pack = lmc_direct_pack, .execute = direct_execute, .cost = direct_cost};
