/* MEC, memory-efficient convolution (Cho & Brand, ICML 2017).
 *
 * Per image and group the input is lowered into
 *
 *     L[wo][R][inner]        inner = KW * C/g floats per row
 *
 * where row r of an output column holds, for the padded input row it stands
 * for, the KW taps of that output column (width stride and width dilation
 * are applied here, zero padding is written here).  The KH taps of output
 * row oy are KH consecutive rows of L, so output row oy is ONE GEMM over a
 * window of L that overlaps the windows of its neighbours:
 *
 *     Y[oy] (Wo x M/g) = L[:, base(oy) .. base(oy)+KH, :] (Wo x KH*inner, row stride R*inner)
 *                        * W_g (KH*inner x M/g)
 *
 * The height stride is only the offset base(oy) of the window: no copy.
 * That is the saving over im2col: L has R ~ Hp rows per output column where
 * im2col has Ho * KH, so im2col / MEC ~ KH / stride_h.
 *
 * Rows of L (R of them), chosen so that a window's KH taps are KH
 * consecutive rows and no row is stored that no window reads:
 *   - windows disjoint (stride_h >= dilated KH, e.g. 1x1 stride 2): each
 *     window stores its own KH rows, R = Ho * KH (MEC's formula would keep
 *     the skipped rows, R = Hp; they are never read);
 *   - no height dilation: the padded rows themselves,
 *     R = (Ho - 1) * stride_h + KH  (<= Hp: trailing rows no window reaches
 *     are left out);
 *   - height dilation d: the same rows grouped by their residue mod d, so
 *     that taps d rows apart in the input are neighbours in L (a window's
 *     first row fixes its residue class).  That is how dilation in height
 *     stays a single GEMM with unit column stride.
 *
 * Layouts.  NHWC (MEC's own): inner = [kw][c], weights [m][kh][kw][c] are
 * the GEMM's B operand as they are, prepacked at plan time, and the GEMM
 * writes the NHWC output rows in place (row stride M).  NCHW: inner =
 * [c][kw] (the lowering copies KW neighbours of one input row), the weights
 * are permuted to [m][kh][c][kw] while packing, and the GEMM's Wo x M/g
 * result goes to a small per-thread buffer U that is transposed into the
 * NCHW output row (counted in the workspace) -- unless K = KH*KW*C/g <
 * M/g, where the transposed GEMM Y^T = W_g * window^T writes the NCHW row
 * in place instead (see transposed(): gathering window^T into B panels
 * costs ~K*Wo per row, the U transpose ~Wo*M/g).
 *
 * A layer with a 1 x KW kernel and no padding whose taps are contiguous in
 * the input (NHWC: KW == 1 or one group and no width dilation; NCHW: 1x1)
 * needs no lowering in solution B: the GEMM reads the input itself through
 * strides (NCHW: the transposed GEMM Y^T = W_g * X_rows, whose B operand is
 * the input's rows with unit stride, written to the output in place; the
 * weights are then prepacked as A).
 *
 * Batch.  Variant "b": images one at a time, L of one image, the GEMM of
 * an output row Wo rows tall.  Variant "a": L of the whole batch (images
 * back to back, so (image, output column) is one row index with one
 * stride), the GEMM of an output row over all images, Wo*N rows tall, into
 * a temporary T[Ho][N][Wo][M/g] that is then copied into place.  The
 * family's own choice is solution_a().
 *
 * Bands.  Windows of consecutive output rows start a fixed number of rows
 * of L apart (window_step()), so one GEMM multiplies a band of output rows:
 * its A rows are (output row, output column) with a two-level index (gemm.h,
 * lmc_sgemm_prepacked_b's row groups), and its C rows are contiguous in the NHWC
 * output, in T and in U.  The paper's one GEMM per output row streams all
 * the packed weights for Wo rows of output -- bandwidth-bound when Wo is 14
 * and the weights 9 MB (VGG conv5); a band fills the GEMM's MC row block
 * instead (band_max()).  The transposed GEMM keeps one output row.
 *
 * Threads.  The lowering is split over rows of L.  The GEMMs of different
 * bands are independent: with enough output rows each thread takes a block
 * of rows and runs single-threaded GEMMs over its bands with its own
 * packing slice (the paper's "small GEMMs in parallel"); with few output
 * rows each GEMM is split instead (rows_parallel()).  The measurements
 * behind these rules are in docs/tuning.md ("MEC").
 *
 * Workspace (bytes / 4): |L| (+ |T| for A) (+ U for NCHW B) + the GEMM's
 * packing, exactly:
 *   B: Wo*R*KW*C/g [0 when no lowering] + w*b*Wo*M/g [NCHW, lowered] + w*gemm
 *   A: N*Wo*R*KW*C/g + N*Ho*Wo*M/g                                   + w*gemm
 * where w is the number of workers (min(threads, Ho) with output rows in
 * parallel, else 1), b the largest band, and gemm the largest, over the
 * band sizes used, of lmc_sgemm_prepacked_b_workspace_bytes(band rows, M/g,
 * K) (lmc_sgemm_prepacked_a_workspace_bytes(M/g, Wo, K) for the transposed
 * GEMM), single-threaded with w > 1, else at the thread count.
 * tests/test_mec.c re-derives it.
 */
#include <string.h>

#include "cost.h"
#include "gemm/gemm.h"
#include "internal.h"

/* The variants, in the order of lmc_algo_mec.variants; MEC_RULE is the
 * family's own choice (-1). */
typedef enum { MEC_RULE = -1, MEC_A = 0, MEC_B = 1 } mec_variant;

/* ---- geometry of L ------------------------------------------------------- */
enum { ROWS_WINDOWS, ROWS_LINEAR, ROWS_RESIDUE };

typedef struct mec_geom {
    bool direct;             /* solution B reads the input itself (no L) */
    int rowmap;              /* ROWS_* */
    size_t rows;             /* R: rows of L per output column */
    size_t inner;            /* floats per row of L: KW * C/g */
    size_t pitch;            /* R * inner: the GEMM's row stride */
    size_t image;            /* Wo * pitch: floats of L per image */
    size_t kred;             /* KH * inner: the GEMM's reduction */
    size_t cls, big;         /* ROWS_RESIDUE: rows per small class, number of big classes */
} mec_geom;

static bool is_nhwc(const lmc_problem *p) { return p->d.layout == LMC_NHWC; }

static bool direct_ok(const lmc_problem *p)
{
    const lmc_conv_desc *d = &p->d;
    if (d->kh != 1 || d->pad_top || d->pad_bottom || d->pad_left || d->pad_right) return false;
    if (is_nhwc(p)) return d->kw == 1 || (d->dil_w == 1 && d->groups == 1);
    return d->kw == 1;
}

static mec_geom geom_of(const lmc_problem *p)
{
    const lmc_conv_desc *d = &p->d;
    mec_geom G;
    memset(&G, 0, sizeof G);
    G.direct = direct_ok(p);
    const size_t ho = (size_t)p->ho, kh = (size_t)d->kh;
    const size_t span = (size_t)(p->ho - 1) * (size_t)d->stride_h + (size_t)p->khd;
    if (d->stride_h >= p->khd) {
        G.rowmap = ROWS_WINDOWS;
        G.rows = ho * kh;
    } else if (d->dil_h == 1) {
        G.rowmap = ROWS_LINEAR;
        G.rows = span;
    } else {
        G.rowmap = ROWS_RESIDUE;
        G.rows = span;
        G.cls = span / (size_t)d->dil_h;    /* >= 1: span >= khd > dil_h here */
        G.big = span % (size_t)d->dil_h;
    }
    G.inner = lmc_mul((size_t)d->kw, (size_t)p->cg);
    G.pitch = lmc_mul(G.rows, G.inner);
    G.image = lmc_mul((size_t)p->wo, G.pitch);
    G.kred = lmc_mul(kh, G.inner);
    return G;
}

/* Rows of L between the windows of output rows oy and oy + 1 when that is
 * the same for every oy (then a band of output rows is one GEMM whose A
 * rows come in groups, one group per output row), else 0. */
static size_t window_step(const lmc_problem *p, const mec_geom *G)
{
    const size_t s = (size_t)p->d.stride_h, dh = (size_t)p->d.dil_h;
    switch (G->rowmap) {
    case ROWS_WINDOWS: return (size_t)p->d.kh;
    case ROWS_LINEAR: return s;
    default: return s % dh == 0 ? s / dh : 0;   /* every window in residue class 0 */
    }
}

/* Row of L where output row oy's window starts. */
static size_t window_row(const lmc_problem *p, const mec_geom *G, size_t oy)
{
    const size_t s = (size_t)p->d.stride_h;
    switch (G->rowmap) {
    case ROWS_WINDOWS: return oy * (size_t)p->d.kh;
    case ROWS_LINEAR: return oy * s;
    default: {
        const size_t dh = (size_t)p->d.dil_h, r0 = oy * s, res = r0 % dh;
        return res * G->cls + (res < G->big ? res : G->big) + r0 / dh;
    }
    }
}

/* Padded input row (0 = first row of the top padding) that row i of L holds. */
static long padded_row(const lmc_problem *p, const mec_geom *G, size_t i)
{
    const lmc_conv_desc *d = &p->d;
    switch (G->rowmap) {
    case ROWS_WINDOWS:
        return (long)(i / (size_t)d->kh) * d->stride_h + (long)(i % (size_t)d->kh) * d->dil_h;
    case ROWS_LINEAR: return (long)i;
    default: {
        /* Classes 0..big-1 have cls+1 rows, the others cls. */
        const size_t head = G->big * (G->cls + 1);
        size_t res, q;
        if (i < head) {
            res = i / (G->cls + 1);
            q = i % (G->cls + 1);
        } else {
            res = G->big + (i - head) / G->cls;
            q = (i - head) % G->cls;
        }
        return (long)(q * (size_t)d->dil_h + res);
    }
    }
}

/* ---- choices ------------------------------------------------------------- */
/* Solution A for `mec`: only with a batch (at N = 1 it is B plus a copy),
 * and only when one image's Wo output columns fill less than 3/4 of the
 * MR-row micro-panels they occupy (Wo = 7 on the 14-row AVX-512 kernel):
 * then B's GEMMs waste the micro-kernel, while A stacks the N images' rows
 * into one taller GEMM.  Otherwise B: A costs N*|L| + the output-sized
 * temporary, and was not faster from Wo = 14 on. */
static bool solution_a(const lmc_problem *p, const lmc_gemm_ctx *g, mec_variant v)
{
    if (v != MEC_RULE) return v == MEC_A;
    const size_t mr = g->k.mr, wo = (size_t)p->wo;
    return p->d.n > 1 && 4 * wo < 3 * ((wo + mr - 1) / mr * mr);
}

/* Threads actually used: one when an image and group is less than ~1 MFLOP
 * (a few microseconds of work), where opening parallel regions -- two per
 * image and group -- costs more than it saves (depthwise layers, tiny
 * tests).  The workspace follows, so it is sized for what runs. */
static int threads_used(const lmc_problem *p, int threads)
{
    return p->flops / ((double)p->d.n * p->d.groups) < 1e6 ? 1 : threads;
}

/* Rows of the lowered matrix one GEMM multiplies. */
static size_t gemm_rows(const lmc_problem *p, bool sol_a)
{
    return sol_a ? (size_t)p->d.n * (size_t)p->wo : (size_t)p->wo;
}

/* Output rows spread over threads (single-threaded GEMMs) rather than each
 * GEMM split over threads: when there are at least two output rows per
 * thread. */
static bool rows_parallel(const lmc_problem *p, int threads)
{
    return threads > 1 && p->ho >= 2 * threads;
}

/* The transposed GEMM Y^T = W_g * window^T (weights prepacked as A, the
 * NCHW output row written in place): solution B on NCHW, when the input is
 * read in place (window^T is then the input's rows) or when the reduction
 * K = KH*KW*C/g is shorter than M/g: gathering window^T into B panels
 * costs ~K*Wo per output row, transposing U ~Wo*M/g, and the cheaper one
 * wins. */
static bool transposed(const lmc_problem *p, bool sol_a)
{
    return !is_nhwc(p) && !sol_a && (direct_ok(p) || p->k_red < (size_t)p->mg);
}

static size_t gemm_ws(const lmc_problem *p, const lmc_gemm_ctx *g, const mec_geom *G, bool trans,
                      size_t rows, int threads)
{
    return trans ? lmc_sgemm_prepacked_a_workspace_bytes(g, (size_t)p->mg, rows, G->kred, threads)
                 : lmc_sgemm_prepacked_b_workspace_bytes(g, rows, (size_t)p->mg, G->kred, threads);
}

/* Output rows one GEMM may multiply (a band).  Each GEMM streams all of the
 * packed weights (KH*KW*C/g x M/g, 9 MB on late VGG layers) once per MC
 * block of its rows, so a GEMM of one output row (Wo = 14 rows of L) is
 * bound by that stream; a band of output rows fills up to one MC block
 * (the GEMM's A rows in groups, one per output row: gemm.h, grouped).
 * One row when the GEMM is the transposed one (its band would be a B
 * operand in groups) or the windows are not evenly spaced in L. */
static size_t band_max(const lmc_problem *p, const lmc_gemm_ctx *g, const mec_geom *G, bool trans,
                       size_t rows)
{
    const size_t mc = g->mc;
    if (trans || !window_step(p, G) || rows >= mc) return 1;
    return mc / rows;
}

/* Worker w of nw takes output rows [ho*w/nw, ho*(w+1)/nw) and splits them
 * into bands of balanced size, at most `band` rows each. */
static size_t worker_row(size_t ho, size_t nw, size_t w) { return ho * w / nw; }
static size_t band_count(size_t cnt, size_t band) { return (cnt + band - 1) / band; }

/* ---- workspace ------------------------------------------------------------ */
typedef struct mec_layout {
    const lmc_gemm_ctx *g;   /* the GEMM's ISA, chosen once */
    mec_geom G;
    bool sol_a, rows_par, lowered_used, trans, use_u;
    int threads;             /* threads_used() */
    int workers;             /* GEMM slices (and U buffers), one per worker */
    size_t band;             /* band_max(): output rows per GEMM at most */
    size_t band_used;        /* the largest band any worker multiplies */
    size_t lowered, temp, ubuf, gemm; /* byte offsets */
    size_t ubytes;           /* one worker's U */
    size_t slice;            /* one worker's GEMM slice */
    size_t total;
} mec_layout;

static mec_layout layout_of(const lmc_problem *p, mec_variant v, int threads)
{
    mec_layout l;
    memset(&l, 0, sizeof l);
    l.g = lmc_gemm_ctx_active();
    threads = threads_used(p, threads);
    l.threads = threads;
    l.G = geom_of(p);
    l.sol_a = solution_a(p, l.g, v);
    l.rows_par = rows_parallel(p, threads);
    l.lowered_used = l.sol_a || !l.G.direct;
    l.trans = transposed(p, l.sol_a);
    l.use_u = !is_nhwc(p) && !l.sol_a && !l.trans;
    l.workers = l.rows_par ? (p->ho < threads ? p->ho : threads) : 1;
    const size_t N = (size_t)p->d.n, rows = gemm_rows(p, l.sol_a), ho = (size_t)p->ho;
    const size_t nw = (size_t)l.workers;
    l.band = band_max(p, l.g, &l.G, l.trans, rows);
    /* Packing space for the largest GEMM of any band (the GEMM's workspace
     * need not grow with m: lmc_sgemm_prepacked_b_workspace_bytes balances
     * MC blocks, so every band size used is asked). */
    const int gt = l.rows_par ? 1 : threads;
    size_t gmax = 0;
    for (size_t w = 0; w < nw; w++) {
        const size_t cnt = worker_row(ho, nw, w + 1) - worker_row(ho, nw, w);
        const size_t nb = band_count(cnt, l.band), big = (cnt + nb - 1) / nb;
        if (big > l.band_used) l.band_used = big;
        for (size_t b = cnt / nb; b <= big; b++) {
            const size_t ws = gemm_ws(p, l.g, &l.G, l.trans, lmc_mul(b, rows), gt);
            if (ws > gmax) gmax = ws;
        }
    }
    lmc_booking b = {0};
    size_t lfl = 0;
    if (l.lowered_used) lfl = l.sol_a ? lmc_mul(N, l.G.image) : l.G.image;
    l.lowered = lmc_book(&b, lmc_mul(lfl, sizeof(float)));
    l.temp = lmc_book(&b, l.sol_a ? lmc_mul(lmc_mul4(N, (size_t)p->ho, (size_t)p->wo,
                                                      (size_t)p->mg), sizeof(float))
                                  : 0);
    l.ubytes = l.use_u ? lmc_mul4(l.band_used, (size_t)p->wo, (size_t)p->mg, sizeof(float)) : 0;
    l.ubuf = lmc_book(&b, lmc_mul(l.ubytes, nw));
    l.slice = gmax;
    l.gemm = lmc_book(&b, lmc_mul(l.slice, nw));
    l.total = b.total;
    return l;
}

static const char *mec_unsupported(const lmc_problem *p, int variant)
{
    (void)variant;
    if (p->d.layout != LMC_NCHW && p->d.layout != LMC_NHWC)
        return "MEC takes NCHW or NHWC activations";
    return NULL;
}

/* ---- packed weights ------------------------------------------------------- */
static size_t group_packed(const lmc_problem *p, const mec_layout *l)
{
    return l->trans ? lmc_sgemm_packed_a_bytes(l->g, (size_t)p->mg, p->k_red)
                    : lmc_sgemm_packed_b_bytes(l->g, p->k_red, (size_t)p->mg);
}

static void mec_init(lmc_algo_plan *ap, int variant)
{
    mec_layout *l = LMC_ALGO_STATE(mec_layout, ap);
    *l = layout_of(&ap->p, (mec_variant)variant, ap->threads);
    ap->variant = l->sol_a ? MEC_A : MEC_B;
    ap->ws_bytes = l->total;
    ap->packed_bytes = lmc_mul(group_packed(&ap->p, l), (size_t)ap->p.d.groups);
}

/* NCHW weights in MEC's reduction order k = (kh, c, kw): a permutation of
 * the weights' own [c][kh][kw] that no pair of strides expresses. */
typedef struct {
    const float *wg;         /* the group's weights */
    size_t kred, KH, KW, cg;
} nchw_weights;

static float nchw_at(const nchw_weights *w, size_t j, size_t k)
{
    const size_t kw = k % w->KW, c = k / w->KW % w->cg, kh = k / (w->KW * w->cg);
    return w->wg[j * w->kred + (c * w->KH + kh) * w->KW + kw];
}
static float nchw_at_a(const void *ctx, size_t j, size_t k) { return nchw_at(ctx, j, k); }
static float nchw_at_b(const void *ctx, size_t k, size_t j) { return nchw_at(ctx, j, k); }

static void mec_pack(const lmc_algo_plan *ap, const float *w, void *packed)
{
    const lmc_problem *p = &ap->p;
    const lmc_conv_desc *d = &p->d;
    const mec_layout *l = LMC_ALGO_STATE(mec_layout, ap);
    const size_t mg = (size_t)p->mg, kred = p->k_red, cg = (size_t)p->cg;
    for (size_t g = 0; g < (size_t)d->groups; g++) {
        const float *wg = w + g * mg * kred;
        char *dst = (char *)packed + g * group_packed(p, l);
        /* A(j, k) = W[j][k] (transposed GEMM) or B(k, j) = W[j][k]; NHWC's
         * k = (kh, kw, c) is the weights' own order, and so is NCHW's when
         * KH or C/g is 1. */
        if (is_nhwc(p) || d->kh == 1 || cg == 1) {
            if (l->trans) lmc_sgemm_pack_a(l->g, mg, kred, wg, (ptrdiff_t)kred, 1, dst);
            else lmc_sgemm_pack_b(l->g, kred, mg, wg, 1, (ptrdiff_t)kred, dst);
            continue;
        }
        const nchw_weights nw = {wg, kred, (size_t)d->kh, (size_t)d->kw, cg};
        if (l->trans) lmc_sgemm_pack_a_fn(l->g, mg, kred, nchw_at_a, &nw, dst);
        else lmc_sgemm_pack_b_fn(l->g, kred, mg, nchw_at_b, &nw, dst);
    }
}

/* ---- lowering ------------------------------------------------------------- */
typedef struct mec_run {
    const lmc_problem *p;
    const lmc_exec_args *a;
    const mec_layout *l;
    size_t g;                /* group */
    size_t n0;               /* first image (B: the image; A: 0) */
    size_t images;           /* images lowered / multiplied (B: 1; A: N) */
    float *L, *T;
    char *ubuf, *gws;
} mec_run;

/* Rows [i0, i1) of the L of image x (already offset to the image and the
 * group's first channel), NHWC: L[wo][i][kw][c] = Xpad[r(i)][wo*sw + kw*dw][c]. */
static void lower_nhwc(const lmc_problem *p, const mec_geom *G, const float *x, float *L,
                       size_t i0, size_t i1)
{
    const lmc_conv_desc *d = &p->d;
    const long H = d->h, W = d->w, KW = d->kw, sw = d->stride_w, dw = d->dil_w, pl = d->pad_left;
    const size_t C = (size_t)d->c, cg = (size_t)p->cg, WO = (size_t)p->wo;
    /* One group and no width dilation: a run of valid taps is one block. */
    const bool runs = cg == C && dw == 1;
    for (size_t i = i0; i < i1; i++) {
        const long iy = padded_row(p, G, i) - d->pad_top;
        float *dst0 = L + i * G->inner;
        if (iy < 0 || iy >= H) {
            for (size_t ox = 0; ox < WO; ox++) memset(dst0 + ox * G->pitch, 0, G->inner * sizeof(float));
            continue;
        }
        const float *xrow = x + (size_t)iy * (size_t)W * C;
        for (size_t ox = 0; ox < WO; ox++) {
            float *dst = dst0 + ox * G->pitch;
            const long ix0 = (long)ox * sw - pl;
            if (runs) {
                /* taps kw with 0 <= ix0 + kw < W */
                long lo = ix0 < 0 ? -ix0 : 0, hi = W - ix0;
                if (lo > KW) lo = KW;   /* padding wider than the kernel */
                if (hi > KW) hi = KW;
                if (hi < lo) hi = lo;
                memset(dst, 0, (size_t)lo * cg * sizeof(float));
                /* (no source pointer at all when every tap is in the
                 * padding: ix0 + lo may lie before the row) */
                if (hi > lo)
                    memcpy(dst + (size_t)lo * cg, xrow + (size_t)(ix0 + lo) * C,
                           (size_t)(hi - lo) * cg * sizeof(float));
                memset(dst + (size_t)hi * cg, 0, (size_t)(KW - hi) * cg * sizeof(float));
                continue;
            }
            for (long kw = 0; kw < KW; kw++) {
                const long ix = ix0 + kw * dw;
                if (ix < 0 || ix >= W)
                    memset(dst + (size_t)kw * cg, 0, cg * sizeof(float));
                else
                    memcpy(dst + (size_t)kw * cg, xrow + (size_t)ix * C, cg * sizeof(float));
            }
        }
    }
}

/* NCHW: L[wo][i][c][kw] = Xpad[c][r(i)][wo*sw + kw*dw]; x at the image's
 * first channel of the group. */
static void lower_nchw(const lmc_problem *p, const mec_geom *G, const float *x, float *L,
                       size_t i0, size_t i1)
{
    const lmc_conv_desc *d = &p->d;
    const long H = d->h, W = d->w, KW = d->kw, sw = d->stride_w, dw = d->dil_w, pl = d->pad_left;
    const long WO = p->wo;
    const size_t cg = (size_t)p->cg, hw = (size_t)H * (size_t)W;
    /* Output columns whose every tap is inside the row (first and last
     * tap inside suffices: taps are increasing). */
    long lo0, hi0, lo1, hi1;
    lmc_valid_range(WO, W, sw, pl, 0, &lo0, &hi0);
    lmc_valid_range(WO, W, sw, pl, (KW - 1) * dw, &lo1, &hi1);
    const long lo = lo0 > lo1 ? lo0 : lo1;
    long hi = hi0 < hi1 ? hi0 : hi1;
    if (hi < lo) hi = lo;
    for (size_t i = i0; i < i1; i++) {
        const long iy = padded_row(p, G, i) - d->pad_top;
        float *dst0 = L + i * G->inner;
        if (iy < 0 || iy >= H) {
            for (long ox = 0; ox < WO; ox++) memset(dst0 + (size_t)ox * G->pitch, 0, G->inner * sizeof(float));
            continue;
        }
        const float *xrow = x + (size_t)iy * (size_t)W;
        for (long ox = 0; ox < WO; ox++) {
            float *dst = dst0 + (size_t)ox * G->pitch;
            const long ix0 = ox * sw - pl;
            if (ox >= lo && ox < hi) {
                const float *s = xrow + ix0;
                /* The common 3- and 1-tap rows unrolled: this loop is the
                 * NCHW -> [c][kw] transposition, element by element. */
                if (KW == 3 && dw == 1) {
                    for (size_t c = 0; c < cg; c++, dst += 3, s += hw) {
                        dst[0] = s[0];
                        dst[1] = s[1];
                        dst[2] = s[2];
                    }
                } else if (KW == 1) {
                    for (size_t c = 0; c < cg; c++) dst[c] = s[c * hw];
                } else {
                    for (size_t c = 0; c < cg; c++, dst += KW, s += hw)
                        for (long kw = 0; kw < KW; kw++) dst[kw] = s[kw * dw];
                }
                continue;
            }
            for (size_t c = 0; c < cg; c++, dst += KW) {
                const float *s = xrow + c * hw;
                for (long kw = 0; kw < KW; kw++) {
                    const long ix = ix0 + kw * dw;
                    dst[kw] = ix >= 0 && ix < W ? s[ix] : 0.0f;
                }
            }
        }
    }
}

/* Items [begin, end) of (image, row of L) pairs. */
static void lower_range(void *ctx, long begin, long end)
{
    const mec_run *r = ctx;
    const lmc_problem *p = r->p;
    const mec_geom *G = &r->l->G;
    const size_t R = G->rows, img_in = (size_t)p->d.c * (size_t)p->d.h * (size_t)p->d.w;
    for (size_t it = (size_t)begin; it < (size_t)end;) {
        const size_t n = it / R, i0 = it % R;
        size_t i1 = R;
        if (n * R + i1 > (size_t)end) i1 = (size_t)end - n * R;
        const float *x = r->a->x + (r->n0 + n) * img_in;
        float *L = r->L + n * G->image;
        if (is_nhwc(p))
            lower_nhwc(p, G, x + r->g * (size_t)p->cg, L, i0, i1);
        else
            lower_nchw(p, G, x + r->g * (size_t)p->cg * (size_t)p->d.h * (size_t)p->d.w, L, i0, i1);
        it = n * R + i1;
    }
}

/* ---- the GEMM of a band of output rows ---------------------------------------- */
/* Output rows [oy, oy + nb) (nb == 1 for the transposed GEMM).  ws: the
 * GEMM's packing space; u: this worker's U (NCHW, lowered, B). */
static void gemm_band(const mec_run *r, size_t oy, size_t nb, void *ws, float *u, int threads)
{
    const lmc_exec_args *a = r->a;
    const lmc_problem *p = r->p;
    const lmc_conv_desc *d = &p->d;
    const mec_layout *l = r->l;
    const mec_geom *G = &l->G;
    const size_t mg = (size_t)p->mg, wo = (size_t)p->wo, ho = (size_t)p->ho;
    const size_t M = (size_t)d->m, C = (size_t)d->c, H = (size_t)d->h, W = (size_t)d->w;
    const size_t rows = r->images * wo, g0 = r->g * mg;
    const void *wpk = (const char *)a->packed + r->g * group_packed(p, l);

    if (l->trans) {
        /* Y^T[oy] = W_g * window^T: op(B)(k, j) = window(j, k), from L or,
         * 1x1 read in place, X_g[:, oy*sh, ::sw]. */
        const float *b = r->L + window_row(p, G, oy) * G->inner;
        ptrdiff_t rsb = 1, csb = (ptrdiff_t)G->pitch;
        if (!l->lowered_used) {
            b = a->x + ((r->n0 * C + r->g * (size_t)p->cg) * H + oy * (size_t)d->stride_h) * W;
            rsb = (ptrdiff_t)(H * W);
            csb = (ptrdiff_t)d->stride_w;
        }
        float *c = a->y + (r->n0 * M + g0) * ho * wo + oy * wo;
        lmc_sgemm_prepacked_a(l->g, mg, wo, G->kred, 1.0f, wpk, b, rsb, csb, 0.0f, c,
                              (ptrdiff_t)(ho * wo), ws, threads);
        lmc_epilogue(p, c, mg, wo, ho * wo, a->bias, g0, true);
        return;
    }

    /* The window of output row oy: row j at op + j * rs, reduction index
     * at stride 1 (or, NHWC read in place, the input's pixels at stride sw
     * * C); the next output row's window gs further.  The band's GEMM rows
     * are (output row, j), and so are the rows of C: T[oy][n][ox][m], U
     * and the NHWC output are contiguous over the band's output rows. */
    const float *op;
    ptrdiff_t rs, gs;
    if (l->lowered_used) {
        op = r->L + window_row(p, G, oy) * G->inner;
        rs = (ptrdiff_t)G->pitch;
        gs = (ptrdiff_t)(window_step(p, G) * G->inner);
    } else {
        op = a->x + ((r->n0 * H + oy * (size_t)d->stride_h) * W) * C + r->g * (size_t)p->cg;
        rs = (ptrdiff_t)((size_t)d->stride_w * C);
        gs = (ptrdiff_t)((size_t)d->stride_h * W * C);
    }
    float *c;
    size_t ldc;
    if (l->sol_a) {
        c = r->T + oy * rows * mg;            /* T[oy][n][ox][m] */
        ldc = mg;
    } else if (l->use_u) {
        c = u;
        ldc = mg;
    } else {
        c = a->y + ((r->n0 * ho + oy) * wo) * M + g0;
        ldc = M;
    }
    lmc_sgemm_prepacked_b(l->g, nb * rows, mg, G->kred, 1.0f, op, rs, 1, rows, gs, wpk, 0.0f, c,
                          (ptrdiff_t)ldc, ws, threads);
    lmc_epilogue(p, c, nb * rows, mg, ldc, a->bias, g0, false);
    /* U's rows (output row, ox) are the NCHW output rows' pixels in order. */
    if (l->use_u)
        lmc_transpose(nb * wo, mg, u, mg, a->y + (r->n0 * M + g0) * ho * wo + oy * wo, ho * wo, 1);
}

/* Worker w's output rows in bands, its own packing slice and U; the GEMMs
 * single-threaded with rows in parallel, else each split over the threads. */
static void gemm_worker(const mec_run *r, size_t w, int threads)
{
    const size_t ho = (size_t)r->p->ho, nw = (size_t)r->l->workers;
    void *ws = r->gws + w * r->l->slice;
    float *u = (float *)(void *)(r->ubuf + w * r->l->ubytes);
    const size_t lo = worker_row(ho, nw, w), cnt = worker_row(ho, nw, w + 1) - lo;
    const size_t nb = band_count(cnt, r->l->band);
    for (size_t b = 0; b < nb; b++) {
        const size_t b0 = lo + cnt * b / nb, b1 = lo + cnt * (b + 1) / nb;
        gemm_band(r, b0, b1 - b0, ws, u, threads);
    }
}

static void gemm_workers(void *ctx, long begin, long end)
{
    for (long w = begin; w < end; w++) gemm_worker(ctx, (size_t)w, 1);
}

static void gemm_all_rows(const mec_run *r)
{
    if (r->l->rows_par) lmc_parallel_for(r->l->workers, r->l->threads, gemm_workers, (void *)r);
    else gemm_worker(r, 0, r->l->threads);
}

/* Solution A: T (this group) into the output, items (oy, image) pairs. */
static void untranspose(void *ctx, long begin, long end)
{
    const mec_run *r = ctx;
    const lmc_problem *p = r->p;
    const size_t N = (size_t)p->d.n, ho = (size_t)p->ho, wo = (size_t)p->wo, mg = (size_t)p->mg;
    const size_t M = (size_t)p->d.m, g0 = r->g * mg;
    for (size_t it = (size_t)begin; it < (size_t)end; it++) {
        const size_t oy = it / N, n = it % N;
        const float *t = r->T + (oy * N + n) * wo * mg;   /* T[oy][n][ox][m] */
        if (is_nhwc(p)) {
            float *y = r->a->y + ((n * ho + oy) * wo) * M + g0;
            for (size_t ox = 0; ox < wo; ox++) memcpy(y + ox * M, t + ox * mg, mg * sizeof(float));
        } else {
            lmc_transpose(wo, mg, t, mg, r->a->y + (n * M + g0) * ho * wo + oy * wo, ho * wo, 1);
        }
    }
}

static void mec_execute(const lmc_algo_plan *ap, const lmc_exec_args *a)
{
    const lmc_problem *p = &ap->p;
    const mec_layout l = *LMC_ALGO_STATE(mec_layout, ap);
    mec_run r;
    r.p = p;
    r.a = a;
    r.l = &l;
    r.L = (float *)(void *)((char *)a->ws + l.lowered);
    r.T = (float *)(void *)((char *)a->ws + l.temp);
    r.ubuf = (char *)a->ws + l.ubuf;
    r.gws = (char *)a->ws + l.gemm;
    const size_t N = (size_t)p->d.n;
    for (size_t g = 0; g < (size_t)p->d.groups; g++) {
        r.g = g;
        if (l.sol_a) {
            r.n0 = 0;
            r.images = N;
            lmc_parallel_for((long)(N * l.G.rows), l.threads, lower_range, &r);
            gemm_all_rows(&r);
            lmc_parallel_for((long)((size_t)p->ho * N), l.threads, untranspose, &r);
            continue;
        }
        r.images = 1;
        for (size_t n = 0; n < N; n++) {
            r.n0 = n;
            if (l.lowered_used) lmc_parallel_for((long)l.G.rows, l.threads, lower_range, &r);
            gemm_all_rows(&r);
        }
    }
}

/* AUTO's cost model: the GEMMs, plus writing L and the GEMMs re-reading
 * their windows (KH/stride_h times L's size), plus A's copy of the output. */
static double mec_cost(const lmc_algo_plan *ap)
{
    const lmc_problem *p = &ap->p;
    const mec_layout *l = LMC_ALGO_STATE(mec_layout, ap);
    const double n = p->d.n, g = p->d.groups;
    double traffic = 0.0;
    if (l->lowered_used)
        traffic += (double)l->G.image * n * g * 4.0 * (1.0 + (double)p->d.kh / p->d.stride_h);
    if (l->sol_a) traffic += (double)p->out_elems * 8.0;
    return lmc_cost_compute(p->flops, ap->threads, LMC_EFF_GEMM) + lmc_cost_bytes(traffic, LMC_BW_COPY);
}

static const lmc_variant mec_variants[] = {[MEC_A] = {"a", NULL}, [MEC_B] = {"b", NULL}};

const lmc_algorithm lmc_algo_mec = {
    .id = LMC_ALGO_MEC, .name = "mec", .exact = true, .variants = mec_variants, .nvariants = 2,
    .unsupported = mec_unsupported, .init = mec_init, .pack = mec_pack, .execute = mec_execute,
    .cost = mec_cost};
