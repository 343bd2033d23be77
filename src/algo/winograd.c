/* Winograd convolution F(m x m, 3 x 3) (Lavin & Gray 2016) for 3x3,
 * stride-1, undilated layers, on chunks of tiles sized to the cache.
 *
 * The output is cut into m x m tiles, each computed from an alpha x alpha
 * input tile (alpha = m + 2):  Y = AT [ sum_c (G g_c GT) . (BT d_c B) ] A.
 * The products summed over c are, for each of the alpha^2 positions xi of a
 * transformed tile, one GEMM:  M_xi (M/g x T) = U_xi (M/g x C/g) V_xi (C/g x T)
 * over a chunk of T tiles.  U (the transformed weights) is packed once at
 * plan time as the GEMM's prepacked operand; per chunk, execute
 *   1. transforms the chunk's input tiles into V (alpha^2 GEMM operands),
 *   2. runs the alpha^2 GEMMs into Mx,
 *   3. transforms Mx back, adds the bias, applies ReLU and writes the
 *      output tiles in place (clipped at the image's edges).
 * V_xi is T x C/g (tiles are the GEMM's rows, U^T its prepacked B) in both
 * layouts: the transforms run on 16 channels at once, which NHWC reads and
 * writes contiguously and NCHW gathers from (scatters to) 16 planes; tiles
 * as rows keep the GEMM's tall register tile full however few the tiles.
 *
 * Chunks.  A chunk of T tiles (over the batch: the tiles of all images are
 * one index) needs alpha^2 * (C/g + M/g) * T floats for V and Mx plus the
 * GEMM's packing; T is the largest multiple of the GEMM's MR rows for
 * which V and Mx fit 3/4 of the L2 (at least MR; at least 4 MR when the
 * transformed weights of a group exceed 3/8 of the L3, since they are then
 * read from memory once per chunk), hence the workspace does not grow with
 * H and W.  The "-all" variants take one chunk per thread (every tile of the
 * group): the classic high-memory form.  Chunks of all groups are
 * scheduled dynamically over the threads, each with its own slice.
 *
 * Workspace, exactly: w * (alpha^2 * (C/g + M/g) * T * 4 + gemm) bytes, w =
 * min(threads, groups * chunks), gemm the GEMM's packing for a T-tile chunk
 * (lmc_sgemm_prepacked_b_workspace_bytes, the larger of a full and the
 * last chunk's).
 *
 * Accuracy: not exact (the transforms scale and mix the data); the error
 * bound is derived in tests/harness.c (lmc_winograd_bound). */
#include <string.h>

#include "algo/winograd_chunk.h"
#include "cost.h"
#include "cpu.h"

typedef struct {
    int m;                   /* output tile size: 2, 4 or 6 */
    bool all;                /* one chunk per thread: the whole-image form */
} wino_variant;

enum { WINO_2, WINO_4, WINO_6, WINO_2_ALL, WINO_4_ALL, WINO_6_ALL, WINO_NVAR };
static const wino_variant wino_vdata[WINO_NVAR] = {
    {2, false}, {4, false}, {6, false}, {2, true}, {4, true}, {6, true}};
static const lmc_variant wino_variants[WINO_NVAR] = {
    {"2x3", &wino_vdata[0]},     {"4x3", &wino_vdata[1]},     {"6x3", &wino_vdata[2]},
    {"2x3-all", &wino_vdata[3]}, {"4x3-all", &wino_vdata[4]}, {"6x3-all", &wino_vdata[5]}};


static const char *wino_unsupported(const lmc_problem *p, int variant)
{
    (void)variant;
    const lmc_conv_desc *d = &p->d;
    if (d->kh != 3 || d->kw != 3) return "winograd takes 3x3 kernels";
    if (d->stride_h != 1 || d->stride_w != 1) return "winograd takes stride 1";
    if (d->dil_h != 1 || d->dil_w != 1) return "winograd takes dilation 1";
    if (d->layout != LMC_NCHW && d->layout != LMC_NHWC)
        return "winograd takes NCHW or NHWC activations (lmc_convert_layout converts the blocked ones)";
    return NULL;
}

/* Row tiles (of MR tiles) per chunk when the weights stream from memory:
 * 4 x 14 tiles make a weight byte worth 28 flops (docs/tuning.md). */
#define WINO_STREAM_ROWS 4

static size_t div_up(size_t a, size_t b) { return (a + b - 1) / b; }

static size_t gemm_ws(const wino_plan *s, const lmc_problem *p, size_t t)
{
    const size_t cg = (size_t)p->cg, mg = (size_t)p->mg;
    return lmc_sgemm_prepacked_b_workspace_bytes(s->g, t, mg, cg, 1);
}

static void wino_init(lmc_algo_plan *ap, int variant)
{
    const lmc_problem *p = &ap->p;
    wino_plan *s = LMC_ALGO_STATE(wino_plan, ap);
    if (variant < 0) variant = WINO_4;
    const wino_variant *v = &wino_vdata[variant];
    memset(s, 0, sizeof *s);
    s->g = lmc_gemm_ctx_active();
    /* The transforms in the GEMM context's ISA (the portable ones if this
     * build has no kernels for it). */
    s->run = lmc_wino_chunk_scalar;
#ifdef LMC_ARCH_X86
    if (s->g->k.isa == LMC_ISA_AVX512) s->run = lmc_wino_chunk_avx512;
    else if (s->g->k.isa == LMC_ISA_AVX2) s->run = lmc_wino_chunk_avx2;
#endif
    s->m = v->m;
    s->alpha = v->m + 2;
    s->nhwc = p->d.layout == LMC_NHWC;
    s->tiles_h = div_up((size_t)p->ho, (size_t)s->m);
    s->tiles_w = div_up((size_t)p->wo, (size_t)s->m);
    s->tiles = lmc_mul3((size_t)p->d.n, s->tiles_h, s->tiles_w);
    const size_t a2 = (size_t)s->alpha * (size_t)s->alpha, cg = (size_t)p->cg, mg = (size_t)p->mg;
    const size_t threads = (size_t)(ap->threads > 0 ? ap->threads : 1);
    const size_t per_tile = lmc_mul3(a2, lmc_add(cg, mg), sizeof(float));
    size_t t;
    if (v->all) {
        t = div_up(s->tiles, threads);
    } else {
        /* V and Mx in 3/4 of the L2 (the GEMM's packed panels and the
         * output being written need the rest), in whole register tiles of
         * the GEMM's rows; at least one. */
        const size_t mr = s->g->k.mr, l3 = lmc_cpu()->l3_bytes;
        t = lmc_cpu()->l2_bytes / 4 * 3 / (per_tile ? per_tile : 1) / mr * mr;
        if (t < mr) t = mr;
        /* Transformed weights beyond 3/8 of the L3 (shared with the other
         * cores, the activations) come from memory once per chunk: at
         * least WINO_STREAM_ROWS row tiles per chunk then, so each weight
         * read feeds that many tiles' products. */
        const size_t group_packed = lmc_mul(lmc_sgemm_packed_b_bytes(s->g, cg, mg), a2);
        if (group_packed > l3 / 8 * 3 && t < WINO_STREAM_ROWS * mr) t = WINO_STREAM_ROWS * mr;
        if (t > s->tiles) t = s->tiles;
    }
    if (t == 0) t = 1;
    s->chunk = t;
    s->nchunks = div_up(s->tiles, t);
    const size_t units = lmc_mul(s->nchunks, (size_t)p->d.groups);
    s->workers = units < threads ? units : threads;
    /* The last chunk may be shorter; its GEMM must fit the same slice. */
    size_t gws = gemm_ws(s, p, t), last = s->tiles - (s->nchunks - 1) * t, gl = gemm_ws(s, p, last);
    if (gl > gws) gws = gl;
    lmc_booking b = {0};
    lmc_book(&b, lmc_mul3(a2, cg, lmc_mul(t, sizeof(float))));
    s->mx_off = lmc_book(&b, lmc_mul3(a2, mg, lmc_mul(t, sizeof(float))));
    s->gemm_off = lmc_book(&b, gws);
    s->slice = b.total;
    s->xi_packed = lmc_sgemm_packed_b_bytes(s->g, cg, mg);
    ap->variant = variant;
    ap->ws_bytes = lmc_mul(s->slice, s->workers);
    ap->packed_bytes = lmc_mul3(s->xi_packed, a2, (size_t)p->d.groups);
}

/* ---- weights: U_xi = (G g GT)[xi], computed in double, rounded once ---- */
typedef struct {
    const lmc_problem *p;
    const float *w;
    const double *gm;        /* G, alpha x 3 */
    size_t g;                /* group */
    int xy, xx;              /* the position xi = (xy, xx) */
} u_ctx;

static float u_elem(const void *ctx, size_t r, size_t col)
{
    const u_ctx *u = ctx;
    const size_t m = col, c = r; /* U_xi^T: C/g x M/g */
    const size_t mm = u->g * (size_t)u->p->mg + m;
    double acc = 0.0;
    for (int a = 0; a < 3; a++)
        for (int b = 0; b < 3; b++)
            acc += u->gm[u->xy * 3 + a] * lmc_weight_at(u->p, u->w, mm, c, (size_t)a, (size_t)b) *
                   u->gm[u->xx * 3 + b];
    return (float)acc;
}

static const double *g_matrix(int m)
{
    return m == 2 ? &lmc_wino2_g[0][0] : m == 4 ? &lmc_wino4_g[0][0] : &lmc_wino6_g[0][0];
}

static void wino_pack(const lmc_algo_plan *ap, const float *w, void *packed)
{
    const lmc_problem *p = &ap->p;
    const wino_plan *s = LMC_ALGO_STATE(wino_plan, ap);
    const size_t cg = (size_t)p->cg, mg = (size_t)p->mg, a2 = (size_t)s->alpha * (size_t)s->alpha;
    u_ctx u = {p, w, g_matrix(s->m), 0, 0, 0};
    for (size_t g = 0; g < (size_t)p->d.groups; g++)
        for (size_t xi = 0; xi < a2; xi++) {
            u.g = g;
            u.xy = (int)(xi / (size_t)s->alpha);
            u.xx = (int)(xi % (size_t)s->alpha);
            char *dst = (char *)packed + (g * a2 + xi) * s->xi_packed;
            lmc_sgemm_pack_b_fn(s->g, cg, mg, u_elem, &u, dst);
        }
}

LMC_WINO_DEFINE_CHUNK(scalar)

typedef struct {
    const lmc_algo_plan *ap;
    const lmc_exec_args *a;
} run_ctx;

static void run_unit(void *ctx, int worker, long unit)
{
    const run_ctx *rc = ctx;
    const wino_plan *s = LMC_ALGO_STATE(wino_plan, rc->ap);
    char *slice = (char *)rc->a->ws + (size_t)worker * s->slice;
    const size_t g = (size_t)unit / s->nchunks, t0 = (size_t)unit % s->nchunks * s->chunk;
    const size_t nt = s->tiles - t0 < s->chunk ? s->tiles - t0 : s->chunk;
    s->run(rc->ap, rc->a, slice, g, t0, nt);
}

static void wino_execute(const lmc_algo_plan *ap, const lmc_exec_args *a)
{
    const wino_plan *s = LMC_ALGO_STATE(wino_plan, ap);
    run_ctx rc = {ap, a};
    lmc_parallel_units((long)(s->nchunks * (size_t)ap->p.d.groups), (int)s->workers, run_unit, &rc);
}

/* The GEMMs' flops (alpha^2 / (9 m^2) of direct's) at the GEMM's
 * efficiency; the transforms, whose work is per tile and per 16 channels
 * whatever C and M (what makes Winograd slow on few channels); and the
 * transformed weights read once per chunk. */
static double wino_cost(const lmc_algo_plan *ap)
{
    const lmc_problem *p = &ap->p;
    const wino_plan *s = LMC_ALGO_STATE(wino_plan, ap);
    const double al = s->alpha, a2 = al * al, m = s->m, groups = p->d.groups;
    const double tiles = (double)s->tiles * groups;
    const double gemm = 2.0 * tiles * a2 * p->cg * p->mg;
    const double lanes_in = 16.0 * (double)div_up((size_t)p->cg, 16), lanes_out = 16.0 * (double)div_up((size_t)p->mg, 16);
    const double tf = 2.0 * tiles * (lanes_in * 2.0 * a2 * al + lanes_out * (m * a2 + m * m * al));
    const double weights = (double)s->nchunks * (double)ap->packed_bytes;
    return lmc_cost_compute(gemm, ap->threads, LMC_EFF_WINOGRAD) +
           lmc_cost_compute(tf, ap->threads, LMC_EFF_TRANSFORM) + lmc_cost_bytes(weights, LMC_BW_GATHER);
}

const lmc_algorithm lmc_algo_winograd = {
    .id = LMC_ALGO_WINOGRAD, .name = "winograd", .exact = false, .variants = wino_variants,
    .nvariants = WINO_NVAR, .unsupported = wino_unsupported, .init = wino_init, .pack = wino_pack,
    .execute = wino_execute, .cost = wino_cost};
