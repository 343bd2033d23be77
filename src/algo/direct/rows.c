/* Row blocking of the direct convolution: which register block computes
 * which columns of a row (rows.h). */
#include "algo/direct/rows.h"

typedef void (*block_fn)(const lmc_direct_row *r, int ox0);

/* The row is cut into nb = ceil(wo / maxw) blocks of nearly equal width
 * (28 -> 10 + 9 + 9, not 12 + 12 + 4), so that no block is so narrow that
 * its few accumulators leave the FMA pipes waiting on latency; the wo % nb
 * wider ones first, so the row is at most two runs of equal blocks:
 * run[0] blocks of width w[0] from column 0, then run[1] of w[1]. */
typedef struct row_cut {
    int w[2], run[2];
} row_cut;

static row_cut cut_row(int wo, int maxw)
{
    const int nb = (wo + maxw - 1) / maxw;
    const int q = wo / nb, rem = wo % nb;
    const row_cut c = {{q + 1, q}, {rem, nb - rem}};
    return c;
}

/* n dense blocks of width w from ox0.  Full tiles take the named blocks:
 * each run of interior blocks (with merge_kx) in one call of the merged
 * function, which keeps the row's setup in registers over the run, the
 * rest the tap-by-tap ones; what those decline, and every partial tile, the
 * generic block.  Against a dispatch per block (widths interleaved, 5 6 5 6
 * 6 for 28 columns) ResNet-18's conv1 ran 2-3 % faster, the rest level. */
static void conv_run(const lmc_direct_ukernel *k, const lmc_direct_row *r, int ox0, int w, int n)
{
    if (r->nvalid >= k->nv * k->vw && k->taps[w]) {
        for (int b = 0; b < n;) {
            const int ox = ox0 + b * w;
            if (r->merge_kx && lmc_direct_block_interior(r, ox, w)) {
                int e = b + 1;
                while (e < n && lmc_direct_block_interior(r, ox0 + e * w, w)) e++;
                k->merged[w](r, ox, e - b);
                b = e;
                continue;
            }
            if (!k->taps[w](r, ox)) k->conv[w](r, ox);
            b++;
        }
        return;
    }
    const block_fn f = k->conv[w];
    for (int b = 0; b < n; b++) f(r, ox0 + b * w);
}

void lmc_direct_conv_row(const lmc_direct_ukernel *k, const lmc_direct_row *r)
{
    const row_cut c = cut_row(r->wo, k->wob);
    for (int i = 0; i < 2; i++)
        if (c.run[i]) conv_run(k, r, i ? c.w[0] * c.run[0] : 0, c.w[i], c.run[i]);
}

/* Depthwise blocks from the table fn (of widths up to dw_wob). */
static void dw_blocks(const lmc_direct_ukernel *k, block_fn const *fn, const lmc_direct_row *r)
{
    const row_cut c = cut_row(r->wo, k->dw_wob);
    for (int i = 0, ox = 0; i < 2; i++)
        for (int b = 0; b < c.run[i]; b++, ox += c.w[i]) fn[c.w[i]](r, ox);
}

/* A whole tile of nv vectors at once; a narrower tile (the channel tail)
 * one vector at a time. */
void lmc_direct_dw_row(const lmc_direct_ukernel *k, const lmc_direct_row *r)
{
    if (r->nvalid >= k->nv * k->vw) {
        dw_blocks(k, k->dw, r);
        return;
    }
    /* up to nzero: a blocked layout's padding vectors are stored as zeros too */
    for (int v = 0; v * k->vw < r->nzero; v++) {
        lmc_direct_row s = *r;
        s.xvoff[0] = r->xvoff[v];
        s.yvoff[0] = r->yvoff[v];
        s.w = r->w + v * k->vw;
        s.bias = r->bias ? r->bias + v * k->vw : NULL;
        s.nvalid = r->nvalid > v * k->vw ? r->nvalid - v * k->vw : 0;
        s.nzero = r->nzero - v * k->vw;
        dw_blocks(k, k->dw_v1, &s);
    }
}
