/* direct: the loops around the row kernels (plan.h). */
#include <string.h>

#include "algo/direct/plan.h"
#include "algo/direct/rows.h"

/* One run over images in NHWC, a blocked layout or (dense) NCHW. */
typedef struct run_ctx {
    const lmc_problem *p;
    const direct_plan *s;    /* the plan */
    const lmc_direct_ukernel *k;
    const float *x;
    float *y;
    const float *w;          /* packed weights */
    const float *bias;
    int blk;                 /* 1: NHWC or NCHW; 8, 16: blocked */
    bool nchw;               /* NCHW in place: channels a plane apart, output stored transposed */
    int nimg;
    int nrch;                /* row chunks per tile (parallelism when tiles are few) */
} run_ctx;

/* Offset of channel ch within a pixel's channels: NHWC ch, NCHW ch *
 * plane, blocked (ch / B) * plane * B + ch % B for a plane of `plane`
 * pixels. */
static ptrdiff_t chan_off(const run_ctx *c, ptrdiff_t plane, int ch)
{
    if (c->nchw) return (ptrdiff_t)ch * plane;
    const int blk = c->blk;
    return blk == 1 ? ch : (ptrdiff_t)(ch / blk) * plane * blk + ch % blk;
}

/* The row of the kernels from output row oy: nrows rows as one (flat_rows)
 * or 1. */
static void row_common(const run_ctx *c, lmc_direct_row *r, int oy, int nrows)
{
    const lmc_problem *p = c->p;
    const lmc_conv_desc *d = &p->d;
    r->iy0 = (ptrdiff_t)oy * d->stride_h - d->pad_top;
    int a = 0, b = d->kh;
    while (a < b && (long)r->iy0 + (long)a * d->dil_h < 0) a++;
    while (b > a && (long)r->iy0 + (long)(b - 1) * d->dil_h >= d->h) b--;
    r->ky0 = a;
    r->ky1 = b;
    r->w_in = d->w * nrows;
    r->kw = d->kw;
    r->dil_h = d->dil_h;
    r->dil_w = d->dil_w;
    r->stride_w = d->stride_w;
    r->pad_left = d->pad_left;
    r->wo = p->wo * nrows;
    r->relu = d->relu != 0;
    lmc_direct_inner_cols(r, &r->ox_in0, &r->ox_in1);
}

static void dense_items(void *ctx, long begin, long end)
{
    const run_ctx *c = ctx;
    const lmc_problem *p = c->p;
    const lmc_conv_desc *d = &p->d;
    const direct_plan *h = c->s;
    const int B = c->blk, VW = c->k->vw, NV = c->k->nv, COB = h->cob;
    const ptrdiff_t xplane = (ptrdiff_t)d->h * d->w, yplane = (ptrdiff_t)p->ho * p->wo;
    const ptrdiff_t cpad = (ptrdiff_t)lmc_padded_channels((size_t)d->c, B);
    const ptrdiff_t mpad = (ptrdiff_t)lmc_padded_channels((size_t)d->m, B);
    const ptrdiff_t xpix = c->nchw ? 1 : B == 1 ? d->c : B, ypix = c->nchw ? 1 : B == 1 ? d->m : B;
    const size_t pass_floats = (size_t)p->cg * d->kh * d->kw * COB;
    const int ngr = h->span ? 1 : d->groups;   /* spanning tiles cover every group */
    for (long it = begin; it < end; it++) {
        long rest = it;
        int rc, t;
        if (h->rows_outer) {
            t = (int)(rest % h->ntiles);
            rest /= h->ntiles;
            rc = (int)(rest % c->nrch);
            rest /= c->nrch;
        } else {
            rc = (int)(rest % c->nrch);
            rest /= c->nrch;
            t = (int)(rest % h->ntiles);
            rest /= h->ntiles;
        }
        const int g0 = (int)(rest % ngr);
        const int img = (int)(rest / ngr);
        const int r0 = (int)((long)p->ho * rc / c->nrch), r1 = (int)((long)p->ho * (rc + 1) / c->nrch);
        const float *ximg = c->x + (ptrdiff_t)img * cpad * xplane;
        float *yimg = c->y + (ptrdiff_t)img * mpad * yplane;
        /* the tile's channels: within group g0, or (spanning) of all M */
        const int j0 = h->span ? t * COB : g0 * p->mg + t * COB;
        const int jend = h->span ? d->m : (g0 + 1) * p->mg;
        lmc_direct_row r;
        memset(&r, 0, sizeof r);
        r.nvalid = jend - j0 < COB ? jend - j0 : COB;
        if (r.nvalid < 0) r.nvalid = 0;
        r.nzero = r.nvalid;
        /* A blocked layout's padding output channels follow the last real
         * one: the last group's tile zeroes them (one group, spanning, or
         * the last group); another group's tile past its group's end must
         * not touch the next group's channels. */
        if (B > 1 && (d->groups == 1 || h->span || g0 == d->groups - 1) && j0 + COB > d->m)
            r.nzero = (int)(mpad - j0 < COB ? mpad - j0 : COB);
        /* A group starting inside a channel block (per-group tiles, where
         * spanning ones would compute more) splits vectors across blocks. */
        r.ylanes = c->nchw;
        r.yjump = B > 1 ? yplane * B - B : 0;
        for (int v = 0; v < NV; v++) {
            const int ch = j0 + v * VW;
            r.yvoff[v] = ch < mpad ? chan_off(c, yplane, ch) : 0;
            r.ysplit[v] = B > 1 && B - ch % B < VW ? B - ch % B : VW;
            if (r.ysplit[v] < VW && v * VW < r.nzero) r.ylanes = 1;
        }
        r.ypix = ypix;
        r.ych = c->nchw ? yplane : 1;
        r.xrow = (ptrdiff_t)d->w * xpix;
        r.xpix = xpix;
        r.xcb = xplane * B;
        r.xch = c->nchw ? xplane : 1;
        r.bias = c->bias ? c->bias + j0 : NULL;
        /* the groups the tile's real channels belong to: one pass each */
        int ga = g0, gb = g0;
        if (h->span) lmc_direct_span_groups(p, COB, t, &ga, &gb);
        const float *wt = c->w + (h->span ? lmc_direct_span_passes(p, COB, t)
                                          : (size_t)(g0 * h->ntiles + t)) * pass_floats;
        for (int g = ga; g <= gb; g++, wt += pass_floats)
            for (int i0 = 0; i0 < p->cg; i0 += h->cib) {
                const int cb = p->cg - i0 < h->cib ? p->cg - i0 : h->cib;
                const int ch = g * p->cg + i0;
                r.x = ximg + chan_off(c, xplane, ch);
                r.coff = B == 1 ? 0 : ch % B;
                r.cib = cb;
                r.cblk = B == 1 ? cb : B;
                r.w = wt + (size_t)i0 * d->kh * d->kw * COB;
                r.first = g == ga && i0 == 0;
                r.last = g == gb && i0 + cb >= p->cg;
                r.merge_kx = !c->nchw && B == 1 && cb == d->c && d->dil_w == 1;
                const int nrows = h->flat ? r1 - r0 : 1;   /* rows per kernel call */
                for (int oy = r0; oy < r1; oy += nrows) {
                    row_common(c, &r, oy, nrows);
                    r.y = yimg + (ptrdiff_t)oy * p->wo * ypix;
                    lmc_direct_conv_row(c->k, &r);
                }
            }
        /* Per-group tiles end at M: the last one zeroes the blocked
         * layout's padding channels past its own. */
        if (B > 1 && !h->span && g0 == d->groups - 1 && t == h->ntiles - 1 && j0 + COB < mpad)
            lmc_zero_out_channels(p, c->y, (size_t)img, (size_t)(j0 + COB), (size_t)mpad, (size_t)r0, (size_t)r1);
    }
}

/* Depthwise NHWC channels past the last whole vector: plain C. */
static void dw_tail(const run_ctx *c, const lmc_direct_row *r, const float *ximg, float *yrow,
                    int c0, int c1)
{
    const lmc_conv_desc *d = &c->p->d;
    const int C = d->c;
    for (int ox = 0; ox < r->wo; ox++) {
        int k0, k1;
        lmc_direct_kx_range(r, ox, &k0, &k1);
        for (int ch = c0; ch < c1; ch++) {
            float acc = c->bias ? c->bias[ch] : 0.0f;
            for (int ky = r->ky0; ky < r->ky1; ky++) {
                const ptrdiff_t iy = r->iy0 + (ptrdiff_t)ky * d->dil_h;
                for (int kx = k0; kx < k1; kx++) {
                    const ptrdiff_t ix = (ptrdiff_t)ox * d->stride_w - d->pad_left + (ptrdiff_t)kx * d->dil_w;
                    acc += ximg[(iy * d->w + ix) * C + ch] * c->w[((ptrdiff_t)ky * d->kw + kx) * c->s->cpad + ch];
                }
            }
            if (d->relu) acc = acc > 0.0f ? acc : 0.0f;
            yrow[(ptrdiff_t)ox * C + ch] = acc;
        }
    }
}

/* Depthwise channel tiles: over the blocked layouts' padding channels too
 * (they are written as zeros). */
static int dw_ntiles(const lmc_problem *p, int blk, int cob)
{
    return ((int)lmc_padded_channels((size_t)p->d.c, blk) + cob - 1) / cob;
}

static void dw_items(void *ctx, long begin, long end)
{
    const run_ctx *c = ctx;
    const lmc_problem *p = c->p;
    const lmc_conv_desc *d = &p->d;
    const int B = c->blk, VW = c->k->vw, NV = c->k->nv, COB = c->s->cob;
    const int C = d->c, ntiles = dw_ntiles(p, B, COB);
    const ptrdiff_t xplane = (ptrdiff_t)d->h * d->w, yplane = (ptrdiff_t)p->ho * p->wo;
    const ptrdiff_t cpad = (ptrdiff_t)lmc_padded_channels((size_t)C, B);
    const ptrdiff_t pix = B == 1 ? C : B;
    for (long it = begin; it < end; it++) {
        long rest = it;
        const int rc = (int)(rest % c->nrch);
        rest /= c->nrch;
        const int t = (int)(rest % ntiles);
        const int img = (int)(rest / ntiles);
        const int r0 = (int)((long)p->ho * rc / c->nrch), r1 = (int)((long)p->ho * (rc + 1) / c->nrch);
        const float *ximg = c->x + (ptrdiff_t)img * cpad * xplane;
        float *yimg = c->y + (ptrdiff_t)img * cpad * yplane;
        const int c0 = t * COB;
        lmc_direct_row r;
        memset(&r, 0, sizeof r);
        int nvalid = C - c0 < COB ? C - c0 : COB;
        if (nvalid < 0) nvalid = 0;
        int tail = 0;
        if (B == 1) {
            /* NHWC: whole vectors only; the rest in plain C */
            tail = nvalid % VW;
            nvalid -= tail;
            r.nzero = nvalid;
        } else {
            r.nzero = (int)(cpad - c0 < COB ? cpad - c0 : COB);
        }
        r.nvalid = nvalid;
        for (int v = 0; v < NV; v++) {
            const int ch = c0 + v * VW;
            r.xvoff[v] = ch < cpad ? chan_off(c, xplane, ch) : 0;
            r.yvoff[v] = ch < cpad ? chan_off(c, yplane, ch) : 0;
        }
        r.ych = 1;
        r.xch = 1;
        for (int v = 0; v < NV; v++) r.ysplit[v] = VW;
        r.x = ximg;
        r.xrow = (ptrdiff_t)d->w * pix;
        r.xpix = pix;
        r.ypix = pix;
        r.w = c->w + c0;
        r.wdw = c->s->cpad;
        r.bias = c->bias ? c->bias + c0 : NULL;
        r.first = r.last = 1;
        for (int oy = r0; oy < r1; oy++) {
            row_common(c, &r, oy, 1);
            r.y = yimg + (ptrdiff_t)oy * p->wo * pix;
            if (r.nzero > 0) lmc_direct_dw_row(c->k, &r);
            if (tail) dw_tail(c, &r, ximg, r.y, c0 + nvalid, c0 + nvalid + tail);
        }
    }
}

/* One work unit (lmc_parallel_units). */
typedef struct unit_ctx {
    run_ctx *c;
    lmc_range_fn fn;
} unit_ctx;

static void run_unit(void *ctx, int worker, long u)
{
    (void)worker;
    const unit_ctx *x = ctx;
    x->fn(x->c, u, u + 1);
}

static void run(run_ctx *c, int threads)
{
    const lmc_problem *p = c->p;
    const lmc_conv_desc *d = &p->d;
    const long tiles = c->s->depthwise ? (long)c->nimg * dw_ntiles(p, c->blk, c->s->cob)
                                       : (long)c->nimg * (c->s->span ? 1 : d->groups) * c->s->ntiles;
    const lmc_range_fn fn = c->s->depthwise ? dw_items : dense_items;
    c->nrch = 1;
    if (threads <= 1) {
        lmc_parallel_for(tiles, 1, fn, c);
        return;
    }
    /* The paper parallelises over output-channel tiles only.  When there
     * are few (one tile of 64 channels for M = 64) or they do not divide
     * evenly among the threads, each tile's rows are split into chunks as
     * well: the fewest chunks that make at least 4 units per thread and a
     * multiple of the thread count (equal shares before any taking over). */
    for (long n = 1; n <= p->ho; n++) {
        c->nrch = (int)n;
        if (tiles * n >= 4L * threads && tiles * n % threads == 0) break;
    }
    /* Units (output-channel tiles x row chunks, in the plan's order) are
     * scheduled dynamically: a descheduled thread then delays the
     * convolution by at most the unit it is in, not its whole share. */
    unit_ctx x = {c, fn};
    lmc_parallel_units(tiles * c->nrch, threads, run_unit, &x);
}

void lmc_direct_execute(const lmc_algo_plan *ap, const lmc_exec_args *a)
{
    const lmc_problem *p = &ap->p;
    const lmc_conv_desc *d = &p->d;
    const direct_plan *s = LMC_ALGO_STATE(direct_plan, ap);
    run_ctx c = {
        .p = p,
        .s = s,
        .k = s->k,
        .w = a->packed,
        .bias = a->bias,
        .blk = p->blk,
    };
    if (d->layout != LMC_NCHW || !s->depthwise) {
        c.x = a->x;
        c.y = a->y;
        c.nimg = d->n;
        c.nchw = d->layout == LMC_NCHW;
        run(&c, ap->threads);
        return;
    }
    /* Depthwise NCHW (vectorised over channels, which NCHW keeps a plane
     * apart): through NHWC copies of one image at a time in the workspace. */
    const size_t hw = (size_t)d->h * d->w, howo = (size_t)p->ho * p->wo;
    const size_t xi = (size_t)d->c * hw, yi = (size_t)d->m * howo;
    float *xw = a->ws, *yw = xw + xi;
    c.x = xw;
    c.y = yw;
    c.nimg = 1;
    c.blk = 1;
    for (int n = 0; n < d->n; n++) {
        lmc_transpose((size_t)d->c, hw, a->x + n * xi, hw, xw, (size_t)d->c, ap->threads);
        run(&c, ap->threads);
        lmc_transpose(howo, (size_t)d->m, yw, (size_t)d->m, a->y + n * yi, howo, ap->threads);
    }
}
