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
 * Extra memory: one part per thread with output rows (min(threads, Ho)
 * parts), each T for the widest tap block of any band (mg x its columns;
 * the bands partition the rows, so the parts sum to about mg x the largest
 * whole-image block: M*H*W floats for a stride-1 "same" layer) and then a
 * one-thread GEMM packing of the largest tap GEMM of any band.  All parts
 * have one size, so a thread's part is found without adding up the
 * others'. */
#include "algo/kn2_common.h"
#include "cost.h"
#include "gemm/gemm.h"

typedef struct {
    const lmc_gemm_ctx *g;
    bool hwc;                /* NHWC: kn2col-as */
    long parts;              /* workspace parts: one per band with rows, min(threads, Ho) */
    size_t t_bytes;          /* T of a part: mg x the widest tap block of any band */
    size_t part_bytes;       /* T, then the largest GEMM packing of any band */
} accum_plan;

static bool is_hwc(const lmc_problem *p) { return p->d.layout == LMC_NHWC; }

static size_t gemm_ws(const lmc_problem *p, const lmc_gemm_ctx *g, size_t n)
{
    const size_t mg = (size_t)p->mg, cg = (size_t)p->cg;
    return is_hwc(p) ? lmc_sgemm_prepacked_b_workspace_bytes(g, n, mg, cg, 1)
                     : lmc_sgemm_prepacked_a_workspace_bytes(g, mg, n, cg, 1);
}

/* The most gemm_ws gives for any width up to n. */
static size_t gemm_ws_cap(const lmc_problem *p, const lmc_gemm_ctx *g, size_t n)
{
    const size_t mg = (size_t)p->mg, cg = (size_t)p->cg;
    return is_hwc(p) ? lmc_sgemm_prepacked_b_workspace_cap(g, n, mg, cg)
                     : lmc_sgemm_prepacked_a_workspace_cap(g, mg, n, cg);
}

/* Output rows of thread t's band. */
static void band_of(const lmc_problem *p, int threads, long t, long *ra, long *rb)
{
    kn2_share(p->ho, t, threads, ra, rb);
}

/* The workspace part of thread t: every band with rows has its own (with
 * more threads than output rows, each such band is one row, ra). */
static long part_of(const lmc_problem *p, int threads, long t)
{
    long ra, rb;
    band_of(p, threads, t, &ra, &rb);
    return threads <= p->ho ? t : ra;
}

/* Valid output rows [*lo, *hi) of tap row ky over the whole image (kn2_tap's ylo, yhi). */
static void tap_rows(const lmc_problem *p, long ky, long *lo, long *hi)
{
    lmc_valid_range(p->ho, p->d.h, p->d.stride_h, p->d.pad_top, ky * p->d.dil_h, lo, hi);
}

/* Valid columns of tap column kx (kn2_tap's xhi - xlo). */
static long tap_cols(const lmc_problem *p, long kx)
{
    long lo, hi;
    lmc_valid_range(p->wo, p->d.w, p->d.stride_w, p->d.pad_left, kx * p->d.dil_w, &lo, &hi);
    return hi - lo;
}

static long floor_div(long a, long b) { return a / b - (a % b != 0 && a < 0); }

/* The taps of one axis that may read inside the image for the outputs
 * [o0, o1): k in [*k0, *k1) where 0 <= o * stride - pad + k * dil < in for
 * some o (a superset: the stride's lattice may still miss the image).  The
 * others read only padding, so the loops over taps skip them, and a kernel
 * far larger than the image costs no more than the image.  Every product
 * is below 2^62. */
static void axis_taps(long o0, long o1, long stride, long pad, long dil, long in, long K, long *k0,
                      long *k1)
{
    const long lo = -floor_div((o1 - 1) * stride - pad, dil);   /* ceil((pad - (o1-1)s) / dil) */
    const long hi = floor_div(pad + in - 1 - o0 * stride, dil) + 1;
    *k0 = lo < 0 ? 0 : lo > K ? K : lo;
    *k1 = hi < *k0 ? *k0 : hi > K ? K : hi;
}

static void row_taps(const lmc_problem *p, long ra, long rb, long *k0, long *k1)
{
    const lmc_conv_desc *d = &p->d;
    axis_taps(ra, rb, d->stride_h, d->pad_top, d->dil_h, d->h, d->kh, k0, k1);
}

static void col_taps(const lmc_problem *p, long *k0, long *k1)
{
    const lmc_conv_desc *d = &p->d;
    axis_taps(0, p->wo, d->stride_w, d->pad_left, d->dil_w, d->w, d->kw, k0, k1);
}

/* The band (band_of) that output row r falls in. */
static long band_at(const lmc_problem *p, int threads, long r) { return ((r + 1) * threads - 1) / p->ho; }

/* The numbers of rows tap row ky has in the bands it meets, at most four
 * distinct ones: in the band where its valid rows start, in the one where
 * they end, and the two band sizes (ho / threads rounded down and up) of
 * whole bands between.  Into r; returns how many. */
static int tap_band_rows(const lmc_problem *p, int threads, long ky, long r[4])
{
    long lo, hi;
    tap_rows(p, ky, &lo, &hi);
    if (lo >= hi) return 0;
    const long t0 = band_at(p, threads, lo), t1 = band_at(p, threads, hi - 1);
    long a0, b0, a1, b1;
    band_of(p, threads, t0, &a0, &b0);
    band_of(p, threads, t1, &a1, &b1);
    if (t0 == t1) {
        r[0] = hi - lo;
        return 1;
    }
    int n = 0;
    r[n++] = b0 - lo;
    r[n++] = hi - a1;
    const long k = t1 - t0 - 1, base = p->ho / threads, rows = a1 - b0;   /* whole bands between */
    if (k > 0 && rows < k * (base + 1)) r[n++] = base;
    if (k > 0 && rows > k * base) r[n++] = base + 1;
    return n;
}

/* GEMM columns of the block of a tap with r valid rows and c valid
 * columns in a band (kn2_block_get's n; one row per block without a
 * lattice). */
static size_t block_cols(long L, long r, long c) { return (size_t)(L ? (r - 1) * L + c : c); }

/* What every part must hold: the widest block (columns) and the largest
 * GEMM packing (bytes) of any tap in any band.  A tap's block depends on
 * its rows in the band and its columns alone, so the widest is the most
 * rows with the most columns, found in one pass over each axis's taps
 * that can reach the image -- a few row counts per tap, whatever the
 * thread count.  The packing is not monotone in the width (balanced
 * blocking): its largest is searched over the distinct (rows, columns)
 * pairs, stopping at the most any width up to the widest can need, so the
 * usual case takes one try. */
#define ROWS_TRIED 64
static void part_need(const lmc_problem *p, const lmc_gemm_ctx *gc, int threads, size_t *cols,
                      size_t *gemm)
{
    const long L = kn2_lattice(p);
    long ky0, ky1, kx0, kx1, r[4];
    row_taps(p, 0, p->ho, &ky0, &ky1);
    col_taps(p, &kx0, &kx1);
    long rmax = 0, cmax = 0;
    for (long ky = ky0; ky < ky1; ky++)
        for (int i = tap_band_rows(p, threads, ky, r) - 1; i >= 0; i--)
            if (r[i] > rmax) rmax = r[i];
    for (long kx = kx0; kx < kx1; kx++) {
        const long c = tap_cols(p, kx);
        if (c > cmax) cmax = c;
    }
    *cols = *gemm = 0;
    if (rmax == 0 || cmax == 0) return;
    *cols = block_cols(L, rmax, cmax);
    const size_t cap = gemm_ws_cap(p, gc, *cols);
    size_t best = gemm_ws(p, gc, *cols);
    /* Row counts already searched: many kernel rows share one (a kernel
     * taller than the image over one output row gives every tap row the
     * same), and each search is a pass over the column taps. */
    long tried[ROWS_TRIED];
    for (int i = 0; i < ROWS_TRIED; i++) tried[i] = 0;
    for (long ky = ky0; ky < ky1 && best < cap; ky++) {
        const int nr = L ? tap_band_rows(p, threads, ky, r) : 1;   /* without a lattice: columns alone */
        for (int i = 0; i < nr && best < cap; i++) {
            const long rows = L ? r[i] : 1;
            /* No width of these rows can raise the largest so far. */
            if (rows == 0 || tried[rows % ROWS_TRIED] == rows || gemm_ws_cap(p, gc, block_cols(L, rows, cmax)) <= best)
                continue;
            tried[rows % ROWS_TRIED] = rows;
            long cprev = 0;
            for (long kx = kx0; kx < kx1 && best < cap; kx++) {
                const long c = tap_cols(p, kx);
                if (c == 0 || c == cprev) continue;   /* a run of equal counts is tried once */
                cprev = c;
                const size_t w = gemm_ws(p, gc, block_cols(L, rows, c));
                if (w > best) best = w;
            }
        }
        if (!L) break;
    }
    *gemm = best;
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
    const lmc_problem *p = &ap->p;
    accum_plan *s = LMC_ALGO_STATE(accum_plan, ap);
    s->g = lmc_gemm_ctx_active();
    s->hwc = is_hwc(p);
    /* Every part is as large as the largest band needs, so that a thread
     * finds its part at a multiple of one size instead of adding up the
     * others' at every execute. */
    size_t cols, gemm;
    part_need(p, s->g, ap->threads, &cols, &gemm);
    s->parts = ap->threads < p->ho ? ap->threads : p->ho;
    s->t_bytes = lmc_mul3((size_t)p->mg, cols, sizeof(float));
    s->part_bytes = lmc_add(s->t_bytes, gemm);
    ap->variant = -1;
    ap->ws_bytes = lmc_mul(s->part_bytes, (size_t)s->parts);
    ap->packed_bytes = kn2_tappacked_bytes(p, s->g);
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
        long ra, rb;
        band_of(p, threads, th, &ra, &rb);
        if (ra >= rb) continue;
        /* No part at all when every tap reads only padding (ws may be NULL). */
        char *part = s->part_bytes ? (char *)a->ws + (size_t)part_of(p, threads, th) * s->part_bytes : NULL;
        float *T = (float *)part;
        void *gws = part ? part + s->t_bytes : NULL;
        const size_t rows = (size_t)(rb - ra) * wo;  /* output pixels of the band */
        float *yb = hwc ? yg + (size_t)ra * wo * M : yg + (size_t)ra * wo;
        if (hwc) kn2_fill_bias(yb, rows, mg, M, bias, false);
        else kn2_fill_bias(yb, mg, rows, howo, bias, true);
        long ky0, ky1, kx0, kx1;
        row_taps(p, ra, rb, &ky0, &ky1);
        col_taps(p, &kx0, &kx1);
        for (int ky = (int)ky0; ky < ky1; ky++)
            for (int kx = (int)kx0; kx < kx1; kx++) {
                const kn2_tap t = kn2_tap_geom(p, ky, kx);
                /* (the tap index in size_t: KH * KW may pass INT_MAX) */
                const size_t tap = (size_t)ky * (size_t)d->kw + (size_t)kx;
                const void *wt = kn2_tappacked(p, s->g, a->packed, g, tap);
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
