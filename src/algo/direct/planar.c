/* direct on NCHW in place (plan.h): the runs, blocks and tap lists of the
 * NCHW kernels (direct/direct.h, "NCHW in place").
 *
 *   parallel for (image, group chunk, row chunk, group of output-channel tiles)
 *     for band of blocks (their input rows in half the L1)
 *       for block of <= NW vectors of the chunk's runs (the chunk's rows as
 *                               one run when linear, two narrow rows at
 *                               stride 2, else a run per row):
 *         its tap entries (chunks of <= TAP_CHUNK taps, or kernel rows) with
 *         their lane masks
 *       for group of the chunk, for tile of the tile group, for block of
 *         the band: kernel (all input channels)
 * The masks serve every group: a depthwise layer's few products per
 * channel would not repay them channel by channel.
 *
 * A band's input is read once per tile of the group while it is in L1,
 * and one tile's output planes are written at a time; the group's weights
 * are sized to stay in L2. */
#include <stdbool.h>
#include <string.h>

#include "algo/direct/plan.h"

/* Taps listed at once; a larger kernel is summed in several passes. */
#define TAP_CHUNK 64
/* Kernel rows / columns whose valid output range is computed once per unit. */
#define RANGE_MAX 64
/* At several threads, planes of fewer vectors per unit than this are cut
 * by groups before rows. */
#define ROW_CHUNK_VECTORS 16
/* Kernel columns whose lane masks a block keeps per vector. */
#define COL_CACHE 16
/* Rows of a vector whose column masks it keeps (a 16-lane vector meets
 * two rows of 8 or more columns). */
#define COL_SEGS 3

/* The output rows [r[ky][0], r[ky][1]) and columns [c[kx][0], c[kx][1])
 * whose tap reads inside the input, for ky, kx < RANGE_MAX. */
typedef struct tap_ranges {
    long r[RANGE_MAX][2], c[RANGE_MAX][2];
} tap_ranges;

typedef struct planar_ctx {
    const lmc_problem *p;
    const direct_plan *s;
    const float *x;
    float *y;
    const float *w;
    const float *bias;
    int nchunks;             /* row chunks per plane */
    int ngroups;             /* tile groups per group */
    int ngchunks;            /* chunks of the groups (threads share a depthwise layer's
                                channels before they cut its small planes into rows) */
    int g0, g1;              /* the unit's groups */
    tap_ranges *rg;          /* the unit's (on its thread's stack) */
} planar_ctx;

static void tap_range(const planar_ctx *c, int ky, int kx, long *r0, long *r1, long *c0, long *c1)
{
    const lmc_problem *p = c->p;
    const lmc_conv_desc *d = &p->d;
    if (ky < RANGE_MAX) {
        *r0 = c->rg->r[ky][0];
        *r1 = c->rg->r[ky][1];
    } else {
        lmc_valid_range(p->ho, d->h, d->stride_h, d->pad_top, (long)ky * d->dil_h, r0, r1);
    }
    if (kx < RANGE_MAX) {
        *c0 = c->rg->c[kx][0];
        *c1 = c->rg->c[kx][1];
    } else {
        lmc_valid_range(p->wo, d->w, d->stride_w, d->pad_left, (long)kx * d->dil_w, c0, c1);
    }
}

/* Lane bits [a, b). */
static unsigned lane_bits(int a, int b)
{
    const unsigned hi = b >= 32 ? ~0u : (1u << b) - 1u;
    return hi & ~((1u << a) - 1u);
}

/* One run: positions [0, npos) from output row oy0 (several rows only
 * when the input offset is linear in the position). */
typedef struct run_info {
    int oy0, npos;
    ptrdiff_t xbase;         /* input offset of position 0 at tap (0, 0): may be negative */
} run_info;

/* A vector of a block: positions [q, q + vw) of run ru (cut at its end). */
typedef struct vec_info {
    const run_info *ru;
    int q;
} vec_info;

/* The rows a vector's positions lie in, found once per block so that the
 * taps' masks take no division: lanes [l0, l1) are output row oy from
 * column ox0.  A vector meets at most one row per lane, and its lanes fit
 * a 32-bit mask. */
#define MAX_SEGS 32
typedef struct vec_segs {
    int n;
    struct {
        int l0, l1;
        long oy, ox0;
    } s[MAX_SEGS];
} vec_segs;

static void find_segs(const planar_ctx *c, const vec_info *vi, int vw, vec_segs *sg)
{
    const int wo = c->p->wo, qa = vi->q, qb = qa + vw < vi->ru->npos ? qa + vw : vi->ru->npos;
    sg->n = 0;
    int row = qa / wo, rs = row * wo;
    for (int q = qa; q < qb; row++, rs += wo) {
        const int re = rs + wo < qb ? rs + wo : qb;
        sg->s[sg->n].l0 = q - qa;
        sg->s[sg->n].l1 = re - qa;
        sg->s[sg->n].oy = (long)vi->ru->oy0 + row;
        sg->s[sg->n].ox0 = q - rs;
        sg->n++;
        q = re;
    }
}

/* Lane mask of tap rows [r0, r1) and columns [c0, c1) (valid output rows
 * and columns) for a vector of segments sg. */
static unsigned seg_cols(const vec_segs *sg, int i, long c0, long c1)
{
    /* lane l is column ox0 + (l - l0) */
    const long a0 = sg->s[i].l0 + (c0 - sg->s[i].ox0), e0 = sg->s[i].l0 + (c1 - sg->s[i].ox0);
    const long a = a0 > sg->s[i].l0 ? a0 : sg->s[i].l0, e = e0 < sg->s[i].l1 ? e0 : sg->s[i].l1;
    return a < e ? lane_bits((int)a, (int)e) : 0u;
}

static unsigned tap_mask(const vec_segs *sg, long r0, long r1, long c0, long c1)
{
    unsigned m = 0;
    for (int i = 0; i < sg->n; i++)
        if (sg->s[i].oy >= r0 && sg->s[i].oy < r1) m |= seg_cols(sg, i, c0, c1);
    return m;
}

/* Bits 0..15 of m moved to the even bits 0..30 (stride 2: lane l reads
 * float 2l of a pair of loads). */
static unsigned spread_even(unsigned m)
{
    m &= 0xffffu;
    m = (m | m << 8) & 0x00ff00ffu;
    m = (m | m << 4) & 0x0f0f0f0fu;
    m = (m | m << 2) & 0x33333333u;
    m = (m | m << 1) & 0x55555555u;
    return m;
}

/* Bits f of a vw-float load from input column c0 whose column lies in
 * [0, w). */
static unsigned col_bits(long c0, long w, int vw)
{
    const long a = c0 < 0 ? -c0 : 0, e = w - c0 < vw ? w - c0 : vw;
    return a < e ? lane_bits((int)a, (int)e) : 0u;
}

/* The row3 entry of kernel row ky for nv vectors (direct.h, row3): each
 * load's floats inside the input.  Returns 0 (no entry) when no vector's
 * input row lies in the input. */
static int row3_entry(const planar_ctx *c, const vec_segs *segs, int nv, bool paired, int ky, lmc_direct_tap *tp)
{
    const lmc_problem *p = c->p;
    const lmc_conv_desc *d = &p->d;
    const int vw = c->s->pk->vw;
    unsigned any = 0;
    for (int v = 0; v < nv; v++) {
        unsigned m[3] = {0, 0, 0};
        for (int i = 0; i < segs[v].n; i++) {
            const long iy = segs[v].s[i].oy * d->stride_h - d->pad_top + (long)ky * d->dil_h;
            if (iy < 0 || iy >= d->h) continue;
            const long c0 = segs[v].s[i].ox0 * 2 - d->pad_left;
            if (paired) {
                /* a row per load */
                m[i] = col_bits(c0, d->w, vw);
            } else {
                m[0] = col_bits(c0, d->w, vw);
                m[1] = col_bits(c0 + vw, d->w, vw);
                m[2] = col_bits(c0 + 2L * vw, d->w, vw) & 1u;
            }
        }
        tp->pair[v][0] = m[0];
        tp->pair[v][1] = m[1];
        tp->mask[v] = m[2];
        any |= m[0] | m[1] | m[2];
    }
    tp->full = 0;
    tp->xoff = (ptrdiff_t)ky * d->dil_h * d->w;
    tp->woff = (ptrdiff_t)ky * d->kw * c->s->pk->mb;
    return any != 0;
}

/* A band: consecutive blocks whose taps are listed once and then run tile
 * by tile, every block of the band per tile.  One tile's output planes
 * are written at a time (VGG-16's first layer ran at half the speed with
 * its 64 planes written block by block: more store streams than the
 * prefetchers follow), and the band's input, sized to half the L1, is
 * read from L1 by every tile.  A block whose taps exceed TAP_CHUNK takes
 * one entry per chunk, in order.  A band lives on the stack, about 22 KiB:
 * 16 blocks of 3x3 taps. */
#define BAND_TAPS 144
#define BAND_ENTRIES 16
_Static_assert(BAND_TAPS >= TAP_CHUNK, "a band holds any block's first tap chunk");
typedef struct band {
    int n, ntaps;            /* entries and taps used */
    long oy0;                /* first output row of the band */
    struct {
        lmc_direct_pblock b;
        int nv;
    } e[BAND_ENTRIES];
    lmc_direct_tap taps[BAND_TAPS];
} band;

/* Runs the band: every block of it for every tile of the tile group
 * [t0, t1) of every group of the unit. */
static void run_band(const planar_ctx *c, band *bd, int img, int t0, int t1)
{
    const lmc_problem *p = c->p;
    const lmc_conv_desc *d = &p->d;
    const direct_plan *s = c->s;
    const lmc_direct_planar *k = s->pk;
    const int MB = k->mb, ktaps = d->kh * d->kw;
    const ptrdiff_t xplane = (ptrdiff_t)d->h * d->w, yplane = (ptrdiff_t)p->ho * p->wo;
    float *yimg = c->y + (ptrdiff_t)img * d->m * yplane;
    for (int g = c->g0; g < c->g1; g++) {
        const float *x = c->x + ((ptrdiff_t)img * d->c + (ptrdiff_t)g * p->cg) * xplane;
        for (int t = t0; t < t1; t++) {
            const int j = t * MB, mb = p->mg - j < MB ? p->mg - j : MB;
            const int ch = g * p->mg + j;
            const float *w = c->w + (size_t)(g * s->ntiles + t) * p->cg * ktaps * MB;
            float *y = yimg + (ptrdiff_t)ch * yplane;
            const float *bias = c->bias ? c->bias + ch : NULL;
            for (int i = 0; i < bd->n; i++) {
                lmc_direct_pblock *b = &bd->e[i].b;
                b->x = x;
                b->w = w;
                b->y = y;
                b->bias = bias;
                k->block[mb][bd->e[i].nv](b);
            }
        }
    }
    bd->n = bd->ntaps = 0;
}

/* Adds one block of nv vectors to the band (running the band first when
 * the block's taps, entries or input rows would not fit it). */
static void add_block(const planar_ctx *c, band *bd, const vec_info *vec, int nv, bool paired, int img, int t0,
                      int t1)
{
    const lmc_problem *p = c->p;
    const lmc_conv_desc *d = &p->d;
    const lmc_direct_planar *k = c->s->pk;
    const int VW = k->vw, MB = k->mb, ktaps = d->kh * d->kw;
    vec_segs segs[LMC_DIRECT_PLANE_MAX_NW];
    for (int v = 0; v < nv; v++) find_segs(c, &vec[v], VW, &segs[v]);
    const long oy1 = segs[nv - 1].s[segs[nv - 1].n - 1].oy;
    const bool row3 = c->s->row3;
    const int nent = row3 ? d->kh : ktaps;   /* tap entries: kernel rows, or taps */
    const int nchunks = (nent + TAP_CHUNK - 1) / TAP_CHUNK;
    const int need = nent < TAP_CHUNK ? nent : TAP_CHUNK;
    if (bd->n > 0 && (bd->n + nchunks > BAND_ENTRIES || bd->ntaps + need > BAND_TAPS ||
                      oy1 - bd->oy0 >= c->s->band_rows))
        run_band(c, bd, img, t0, t1);
    if (bd->n == 0) bd->oy0 = segs[0].s[0].oy;
    lmc_direct_pblock proto;
    memset(&proto, 0, sizeof proto);
    proto.xplane = (ptrdiff_t)d->h * d->w;
    proto.cin = p->cg;
    proto.sw = d->stride_w;
    proto.wci = (ptrdiff_t)ktaps * MB;
    proto.yplane = (ptrdiff_t)p->ho * p->wo;
    proto.relu = d->relu != 0;
    proto.psplit = paired ? p->wo : VW / 2;
    proto.xpair = paired ? (ptrdiff_t)d->stride_h * d->w : VW;
    proto.row3 = row3;
    for (int v = 0; v < nv; v++) {
        const run_info *ru = vec[v].ru;
        const int q = vec[v].q, n = ru->npos - q < VW ? ru->npos - q : VW;
        proto.smask[v] = lane_bits(0, n);
        proto.xv[v] = ru->xbase + (ptrdiff_t)q * d->stride_w;
        proto.yv[v] = (ptrdiff_t)ru->oy0 * p->wo + q;
    }
    /* A vector's mask at tap (ky, kx) is the column masks at kx of its
     * rows valid at ky: found once per block (per tap they cost MobileNet's
     * dw1 more time than its products at 2 threads). */
    unsigned colm[LMC_DIRECT_PLANE_MAX_NW][COL_SEGS][COL_CACHE], colp[LMC_DIRECT_PLANE_MAX_NW][COL_CACHE][2];
    bool cached[LMC_DIRECT_PLANE_MAX_NW];
    const bool pairs = d->stride_w == 2 && k->pairs;
    for (int v = 0; v < nv; v++) {
        cached[v] = !row3 && d->kw <= COL_CACHE && segs[v].n <= COL_SEGS;
        for (int kx = 0; cached[v] && kx < d->kw; kx++) {
            long r0, r1, c0, c1;
            tap_range(c, 0, kx, &r0, &r1, &c0, &c1);
            for (int i = 0; i < segs[v].n; i++) colm[v][i][kx] = seg_cols(&segs[v], i, c0, c1);
            if (pairs && segs[v].n == 1) {
                colp[v][kx][0] = spread_even(colm[v][0][kx] & lane_bits(0, proto.psplit));
                colp[v][kx][1] = spread_even(colm[v][0][kx] >> proto.psplit);
            }
        }
    }
    for (int tap0 = 0; tap0 < nent; tap0 += TAP_CHUNK) {
        const int tap1 = tap0 + TAP_CHUNK < nent ? tap0 + TAP_CHUNK : nent;
        if (bd->n == BAND_ENTRIES || bd->ntaps + (tap1 - tap0) > BAND_TAPS) run_band(c, bd, img, t0, t1);
        lmc_direct_tap *taps = &bd->taps[bd->ntaps];
        int n = 0;
        for (int t = tap0; t < tap1; t++) {
            if (row3) {
                n += row3_entry(c, segs, nv, paired, t, &taps[n]);
                continue;
            }
            const int ky = t / d->kw, kx = t % d->kw;
            long r0, r1, c0, c1;
            tap_range(c, ky, kx, &r0, &r1, &c0, &c1);
            lmc_direct_tap *tp = &taps[n];
            unsigned any = 0, all = ~0u;
            for (int v = 0; v < nv; v++) {
                unsigned m = 0;
                if (cached[v]) {
                    for (int i = 0; i < segs[v].n; i++)
                        if (segs[v].s[i].oy >= r0 && segs[v].s[i].oy < r1) m |= colm[v][i][kx];
                } else {
                    m = tap_mask(&segs[v], r0, r1, c0, c1);
                }
                tp->mask[v] = m;
                if (pairs && cached[v] && segs[v].n == 1) {
                    /* one row: its kept halves, or none */
                    tp->pair[v][0] = m ? colp[v][kx][0] : 0u;
                    tp->pair[v][1] = m ? colp[v][kx][1] : 0u;
                } else if (pairs) {
                    /* lanes [0, psplit) read the first load, the rest the second */
                    tp->pair[v][0] = spread_even(m & lane_bits(0, proto.psplit));
                    tp->pair[v][1] = spread_even(m >> proto.psplit);
                }
                any |= tp->mask[v];
                all &= tp->mask[v] == lane_bits(0, VW) ? ~0u : 0u;
            }
            if (!any) continue;
            tp->full = all != 0;
            tp->xoff = (ptrdiff_t)ky * d->dil_h * d->w + (ptrdiff_t)kx * d->dil_w;
            tp->woff = (ptrdiff_t)t * MB;
            n++;
        }
        lmc_direct_pblock *b = &bd->e[bd->n].b;
        *b = proto;
        b->taps = taps;
        b->ntaps = n;
        b->first = tap0 == 0;
        b->last = tap1 == nent;
        bd->e[bd->n].nv = nv;
        bd->n++;
        bd->ntaps += n;
    }
}

/* Output rows [ra, rb) of one image and group: their runs' vectors, in
 * order, grouped into blocks of nearly equal vector counts (as rows.c cuts
 * rows) -- a block may take vectors of several narrow rows.  At stride 2
 * on kernels with pairs, rows narrower than half a vector go two to a run
 * and a vector (paired; psplit < VW / 2 tells them apart): MobileNet's
 * 7-column planes filled 7 of 16 lanes. */
static void rows(const planar_ctx *c, int img, int t0, int t1, int ra, int rb)
{
    const lmc_problem *p = c->p;
    const lmc_conv_desc *d = &p->d;
    const int VW = c->s->pk->vw, NW = c->s->pnw;
    const bool paired = c->s->pk->pairs && d->stride_w == 2 && 2L * p->wo < VW;
    const int per_run = c->s->linear ? rb - ra : paired ? 2 : 1;
    const int nruns = (rb - ra + per_run - 1) / per_run;
    const int vpr = (per_run * p->wo + VW - 1) / VW;   /* vectors per run (the last may be shorter) */
    const long nvec = (long)nruns * vpr, nb = (nvec + NW - 1) / NW;
    const long q = nvec / nb, rem = nvec % nb;
    run_info ru[LMC_DIRECT_PLANE_MAX_NW];
    vec_info vec[LMC_DIRECT_PLANE_MAX_NW];
    band bd;
    bd.n = bd.ntaps = 0;
    long i = 0;
    for (long bi = 0; bi < nb; bi++) {
        const int nv = (int)(q + (bi < rem));
        for (int v = 0; v < nv; v++, i++) {
            const int oy = ra + (int)(i / vpr) * per_run;
            ru[v].oy0 = oy;
            ru[v].npos = (rb - oy < per_run ? rb - oy : per_run) * p->wo;
            ru[v].xbase = ((ptrdiff_t)oy * d->stride_h - d->pad_top) * d->w - d->pad_left;
            vec[v].ru = &ru[v];
            vec[v].q = (int)(i % vpr) * VW;
        }
        add_block(c, &bd, vec, nv, paired, img, t0, t1);
    }
    if (bd.n > 0) run_band(c, &bd, img, t0, t1);
}

static void planar_unit(void *ctx, int worker, long u)
{
    (void)worker;
    planar_ctx c = *(const planar_ctx *)ctx;   /* with this unit's ranges */
    const lmc_problem *p = c.p;
    const lmc_conv_desc *d = &p->d;
    const direct_plan *s = c.s;
    tap_ranges rg;
    for (int k = 0; k < RANGE_MAX && k < d->kh; k++)
        lmc_valid_range(p->ho, d->h, d->stride_h, d->pad_top, (long)k * d->dil_h, &rg.r[k][0], &rg.r[k][1]);
    for (int k = 0; k < RANGE_MAX && k < d->kw; k++)
        lmc_valid_range(p->wo, d->w, d->stride_w, d->pad_left, (long)k * d->dil_w, &rg.c[k][0], &rg.c[k][1]);
    c.rg = &rg;
    const int tg = (int)(u % c.ngroups);
    u /= c.ngroups;
    const int ch = (int)(u % c.nchunks);
    u /= c.nchunks;
    const int gc = (int)(u % c.ngchunks);
    const int img = (int)(u / c.ngchunks);
    c.g0 = (int)((long)d->groups * gc / c.ngchunks);
    c.g1 = (int)((long)d->groups * (gc + 1) / c.ngchunks);
    const int per = (s->ntiles + c.ngroups - 1) / c.ngroups;
    const int t0 = tg * per, t1 = t0 + per < s->ntiles ? t0 + per : s->ntiles;
    const int ra = (int)((long)p->ho * ch / c.nchunks), rb = (int)((long)p->ho * (ch + 1) / c.nchunks);
    if (t0 < t1 && ra < rb) rows(&c, img, t0, t1, ra, rb);
}

void lmc_direct_planar_execute(const lmc_algo_plan *ap, const lmc_exec_args *a)
{
    const lmc_problem *p = &ap->p;
    const direct_plan *s = LMC_ALGO_STATE(direct_plan, ap);
    planar_ctx c = {.p = p, .s = s, .x = a->x, .y = a->y, .w = a->packed, .bias = a->bias,
                    .nchunks = 1, .ngroups = s->tgroups, .ngchunks = 1};
    long base = (long)p->d.n * c.ngroups;
    if (ap->threads > 1) {
        /* As run.c: the fewest chunks that make at least 4 units per
         * thread and a multiple of the thread count -- of the groups first
         * where the planes are small (a row chunk of a 7x7 plane fills 7 of
         * a vector's 16 lanes, and at 2 threads MobileNet's dw13 ran 8x
         * slower than in NHWC so), then of the rows (a block's tap masks
         * then serve all the groups: on chunks of 4 channels they cost
         * dw1, 112x112, more than its products). */
        const long want = 4L * ap->threads;
        const long vectors = ((long)p->ho * p->wo + s->pk->vw - 1) / s->pk->vw;
        if (p->d.groups > 1 && base < want && vectors < want * ROW_CHUNK_VECTORS) {
            for (long n = 1; n <= p->d.groups; n++) {
                c.ngchunks = (int)n;
                if (base * n >= want && base * n % ap->threads == 0) break;
            }
            if (base * c.ngchunks < want || base * c.ngchunks % ap->threads) c.ngchunks = 1;
        }
        base *= c.ngchunks;
        for (long n = 1; n <= p->ho; n++) {
            c.nchunks = (int)n;
            if (base * n >= want && base * n % ap->threads == 0) break;
        }
    }
    lmc_parallel_units(base * c.nchunks, ap->threads, planar_unit, &c);
}
