/* kn2row-as and its NHWC form kn2col-as: the accumulating kn2row / kn2col
 * of Anderson et al. 2017, their O(MHW) algorithm.  Per image, group and
 * tap (ky, kx):
 *   T = W_tap * X_tap            CHW: mg x n, X_tap = cg x n input view
 *   T = X_tap * W_tap^T          HWC: n x mg
 * where X_tap is the input read through a column stride (kn2_block: in
 * lattice mode one GEMM spans all valid rows of the tap, reading input
 * pixel src + j * stride_w for column j, so stride > 1 and dilation need no
 * copy), then the valid pixels of T are added into the output, which was
 * set to the bias first.
 *
 * Threads: one parallel region per image and group.  Each thread owns a
 * band of output rows and runs every tap on it -- its own one-thread GEMM
 * into its own part of T, then the add into its own rows -- so no two
 * threads ever touch the same output and no barrier is needed between taps
 * (a GEMM region and an add region per tap cost 2 * KH * KW barriers, each
 * a scheduling delay on a shared machine).
 *
 * Extra memory: per thread, T for its band (mg x the band's largest tap
 * block; the bands partition the rows, so the parts sum to about mg x the
 * largest whole-image block: M*H*W floats for a stride-1 "same" layer)
 * and a one-thread GEMM packing of its largest tap GEMM. */
#include "algo/kn2_common.h"
#include "cost.h"
#include "gemm/gemm.h"

typedef struct {
    const lmc_gemm_ctx *g;
    bool hwc;                /* NHWC: kn2col-as */
} accum_plan;

static bool is_hwc(const lmc_problem *p) { return p->d.layout == LMC_NHWC; }

static size_t gemm_ws(const lmc_problem *p, const lmc_gemm_ctx *g, size_t n)
{
    const size_t mg = (size_t)p->mg, cg = (size_t)p->cg;
    return is_hwc(p) ? lmc_sgemm_prepacked_b_workspace_bytes(g, n, mg, cg, 1)
                     : lmc_sgemm_prepacked_a_workspace_bytes(g, mg, n, cg, 1);
}

/* Output rows of thread t's band. */
static void band_of(const lmc_problem *p, int threads, long t, long *ra, long *rb)
{
    kn2_share(p->ho, t, threads, ra, rb);
}

/* Thread t's T and GEMM packing. */
typedef struct {
    size_t t, gemm;
} accum_part;

/* The GEMM's packing is not monotone in its sizes (balanced blocking), so
 * a thread's booking is the largest over the GEMM shapes of its band. */
static accum_part book_thread(const lmc_problem *p, const lmc_gemm_ctx *gc, int threads, long th,
                              lmc_booking *b)
{
    long ra, rb;
    band_of(p, threads, th, &ra, &rb);
    size_t g = 0;
    for (int ky = 0; ky < p->d.kh; ky++)
        for (int kx = 0; kx < p->d.kw; kx++) {
            const kn2_tap t = kn2_tap_geom(p, ky, kx);
            if (kn2_block_count(p, &t, ra, rb) == 0) continue;
            const size_t w = gemm_ws(p, gc, kn2_block_get(p, &t, ra, rb, 0).n);
            if (w > g) g = w;
        }
    accum_part a;
    a.t = lmc_book(b, lmc_mul3((size_t)p->mg, kn2_max_block(p, ra, rb), sizeof(float)));
    a.gemm = lmc_book(b, g);
    return a;
}

static const char *accum_unsupported(const lmc_problem *p, int variant)
{
    (void)variant;
    return p->d.layout == LMC_NCHW || p->d.layout == LMC_NHWC
               ? NULL
               : "kn2row-as takes NCHW or NHWC activations";
}

static void accum_init(lmc_algo_plan *ap, int variant)
{
    (void)variant;
    accum_plan *s = LMC_ALGO_STATE(accum_plan, ap);
    s->g = lmc_gemm_ctx_active();
    s->hwc = is_hwc(&ap->p);
    lmc_booking b = {0};
    for (long th = 0; th < ap->threads; th++) book_thread(&ap->p, s->g, ap->threads, th, &b);
    ap->variant = -1;
    ap->ws_bytes = b.total;
    ap->packed_bytes = kn2_tappacked_bytes(&ap->p, s->g);
}

static void accum_pack(const lmc_algo_plan *ap, const float *w, void *packed)
{
    kn2_tappacked_pack(&ap->p, LMC_ALGO_STATE(accum_plan, ap)->g, w, packed);
}

typedef struct {
    const lmc_algo_plan *ap;
    const lmc_exec_args *a;
    size_t n, g;             /* image, group */
} accum_ctx;

/* CHW: adds block b of tap t (T: mg x b->n) into the output channels. */
static void add_chw(const lmc_problem *p, const kn2_tap *t, const kn2_block *b, const float *T,
                    float *y)
{
    const long L = kn2_lattice(p), wo = p->wo;
    const size_t howo = (size_t)p->ho * (size_t)wo;
    for (size_t m = 0; m < (size_t)p->mg; m++) {
        const float *tm = T + m * b->n;
        float *ym = y + m * howo;
        for (long oy = b->oy0; oy < b->oy1; oy++) {
            const float *src = tm + (L ? (oy - b->oy0) * L : 0);
            float *yr = ym + oy * wo;
            /* Column of (oy, ox) is row offset + ox - xlo. */
            for (long ox = t->xlo; ox < t->xhi; ox++) yr[ox] += src[ox - t->xlo];
        }
    }
}

/* HWC: adds block b of tap t (T: b->n x mg) into the output pixels. */
static void add_hwc(const lmc_problem *p, const kn2_tap *t, const kn2_block *b, const float *T,
                    float *y)
{
    const size_t mg = (size_t)p->mg, M = (size_t)p->d.m;
    for (long oy = b->oy0; oy < b->oy1; oy++)
        for (long ox = t->xlo; ox < t->xhi; ox++) {
            const float *src = T + (size_t)kn2_block_col(p, t, b, oy, ox) * mg;
            float *yp = y + ((size_t)oy * (size_t)p->wo + (size_t)ox) * M;
            for (size_t m = 0; m < mg; m++) yp[m] += src[m];
        }
}

/* Thread th's band of one image and group: bias, every tap, ReLU. */
static void accum_band(void *ctx, long begin, long end)
{
    const accum_ctx *cx = ctx;
    const lmc_exec_args *a = cx->a;
    const lmc_problem *p = &cx->ap->p;
    const lmc_conv_desc *d = &p->d;
    const accum_plan *s = LMC_ALGO_STATE(accum_plan, cx->ap);
    const int threads = cx->ap->threads;
    const bool hwc = s->hwc;
    const size_t hw = (size_t)d->h * (size_t)d->w, howo = (size_t)p->ho * (size_t)p->wo;
    const size_t mg = (size_t)p->mg, cg = (size_t)p->cg, C = (size_t)d->c, M = (size_t)d->m;
    const size_t n = cx->n, g = cx->g, wo = (size_t)p->wo;
    const ptrdiff_t sw = d->stride_w;
    /* Input: channel 0 of the group; output: likewise. */
    const float *xg = hwc ? a->x + n * hw * C + g * cg : a->x + (n * C + g * cg) * hw;
    float *yg = hwc ? a->y + n * howo * M + g * mg : a->y + (n * M + g * mg) * howo;
    const float *bias = a->bias ? a->bias + g * mg : NULL;
    for (long th = begin; th < end; th++) {
        /* The same booking as accum_init, up to this thread. */
        lmc_booking bk = {0};
        accum_part part = {0, 0};
        for (long i = 0; i <= th; i++) part = book_thread(p, s->g, threads, i, &bk);
        float *T = (float *)((char *)a->ws + part.t);
        void *gws = (char *)a->ws + part.gemm;
        long ra, rb;
        band_of(p, threads, th, &ra, &rb);
        if (ra >= rb) continue;
        const size_t rows = (size_t)(rb - ra) * wo;  /* output pixels of the band */
        float *yb = hwc ? yg + (size_t)ra * wo * M : yg + (size_t)ra * wo;
        if (hwc) kn2_fill_bias(yb, rows, mg, M, bias, false);
        else kn2_fill_bias(yb, mg, rows, howo, bias, true);
        for (int ky = 0; ky < d->kh; ky++)
            for (int kx = 0; kx < d->kw; kx++) {
                const kn2_tap t = kn2_tap_geom(p, ky, kx);
                const void *wt = kn2_tappacked(p, s->g, a->packed, g, (size_t)(ky * d->kw + kx));
                const long nb = kn2_block_count(p, &t, ra, rb);
                for (long i = 0; i < nb; i++) {
                    const kn2_block b = kn2_block_get(p, &t, ra, rb, i);
                    if (hwc) {
                        /* Row j of op(A) is input pixel src + j*sw (C floats
                         * apart per pixel); B = W_tap^T, packed. */
                        lmc_sgemm_prepacked_b(s->g, b.n, mg, cg, 1.0f, xg + b.src * C,
                                              sw * (ptrdiff_t)C, 1, 0, 0, wt, 0.0f, T,
                                              (ptrdiff_t)mg, gws, 1);
                        add_hwc(p, &t, &b, T, yg);
                    } else {
                        lmc_sgemm_prepacked_a(s->g, mg, b.n, cg, 1.0f, wt, xg + b.src,
                                              (ptrdiff_t)hw, sw, 0.0f, T, (ptrdiff_t)b.n, gws, 1);
                        add_chw(p, &t, &b, T, yg);
                    }
                }
            }
        if (d->relu) {
            if (hwc) lmc_epilogue(p, yb, rows, mg, M, NULL, 0, false);
            else lmc_epilogue(p, yb, mg, rows, howo, NULL, 0, true);
        }
    }
}

static void accum_execute(const lmc_algo_plan *ap, const lmc_exec_args *a)
{
    const lmc_problem *p = &ap->p;
    for (size_t n = 0; n < (size_t)p->d.n; n++)
        for (size_t g = 0; g < (size_t)p->d.groups; g++) {
            accum_ctx cx = {ap, a, n, g};
            /* One index per thread: its band and its part of the workspace. */
            lmc_parallel_for(ap->threads, ap->threads, accum_band, &cx);
        }
}

static double accum_cost(const lmc_algo_plan *ap)
{
    /* The GEMMs (lattice mode computes L/Wo times the useful columns) plus
     * T written and read and the output updated once per tap. */
    const lmc_problem *p = &ap->p;
    const long L = kn2_lattice(p);
    const double waste = L ? (double)L / p->wo : 1.0;
    const double traffic = 4.0 * p->d.kh * p->d.kw * (double)p->d.m * p->ho * p->wo * p->d.n;
    return lmc_cost_compute(p->flops * waste, ap->threads, LMC_EFF_GEMM) +
           lmc_cost_bytes(traffic * 4.0, LMC_BW_GATHER);
}

const lmc_algorithm lmc_algo_kn2row_as = {
    .id = LMC_ALGO_KN2ROW_AS, .name = "kn2row-as", .exact = true, .unsupported = accum_unsupported,
    .init = accum_init, .pack = accum_pack, .execute = accum_execute, .cost = accum_cost};
