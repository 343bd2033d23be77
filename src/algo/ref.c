/* ref: the naive seven-loop convolution with double accumulation, the oracle
 * every other algorithm is tested against.  Written for obviousness, not
 * speed: one output element at a time, bounds checked tap by tap. */
#include <string.h>

#include "cost.h"
#include "internal.h"

static const char *ref_unsupported(const lmc_problem *p, int variant)
{
    (void)p;
    (void)variant;
    return NULL;
}

static void ref_init(lmc_algo_plan *ap, int variant)
{
    (void)variant;
    ap->variant = -1;
    ap->ws_bytes = 0;
    ap->packed_bytes = lmc_mul(ap->p.w_elems, sizeof(float));
}

static void ref_pack(const lmc_algo_plan *ap, const float *w, void *packed)
{
    memcpy(packed, w, ap->p.w_elems * sizeof(float));
}

typedef struct {
    const lmc_problem *p;
    const lmc_exec_args *a;
} ref_ctx;

/* One (image, output channel) plane per index. */
static void ref_planes(void *ctx, long begin, long end)
{
    const ref_ctx *rc = ctx;
    const lmc_problem *p = rc->p;
    const lmc_exec_args *a = rc->a;
    const lmc_conv_desc *d = &p->d;
    const float *w = a->packed;
    const long H = d->h, W = d->w, C = d->c, M = d->m;
    const long HO = p->ho, WO = p->wo, KH = d->kh, KW = d->kw, CG = p->cg, MG = p->mg;
    /* Blocked layouts have padding output channels M..MP-1: written as zeros. */
    const long MP = (long)lmc_padded_channels((size_t)M, p->blk);

    for (long nm = begin; nm < end; nm++) {
        const long n = nm / MP, m = nm % MP, g = m / MG;
        if (m >= M) {
            lmc_zero_out_channels(p, a->y, (size_t)n, (size_t)m, (size_t)m + 1, 0, (size_t)HO);
            continue;
        }
        for (long oy = 0; oy < HO; oy++) {
            for (long ox = 0; ox < WO; ox++) {
                double acc = a->bias ? (double)a->bias[m] : 0.0;
                for (long cl = 0; cl < CG; cl++) {
                    const long c = g * CG + cl;
                    for (long ky = 0; ky < KH; ky++) {
                        const long iy = oy * d->stride_h - d->pad_top + ky * d->dil_h;
                        if (iy < 0 || iy >= H) continue;
                        for (long kx = 0; kx < KW; kx++) {
                            const long ix = ox * d->stride_w - d->pad_left + kx * d->dil_w;
                            if (ix < 0 || ix >= W) continue;
                            const float xv = a->x[lmc_act_offset(d->layout, p->blk, (size_t)C, (size_t)H,
                                                                 (size_t)W, (size_t)n, (size_t)c,
                                                                 (size_t)iy, (size_t)ix)];
                            const float wv = lmc_weight_at(p, w, (size_t)m, (size_t)cl, (size_t)ky, (size_t)kx);
                            acc += (double)xv * (double)wv;
                        }
                    }
                }
                float v = (float)acc;
                if (d->relu) v = v > 0.0f ? v : 0.0f;
                a->y[lmc_act_offset(d->layout, p->blk, (size_t)M, (size_t)HO, (size_t)WO, (size_t)n,
                                    (size_t)m, (size_t)oy, (size_t)ox)] = v;
            }
        }
    }
}

static void ref_execute(const lmc_algo_plan *ap, const lmc_exec_args *a)
{
    const long mp = (long)lmc_padded_channels((size_t)ap->p.d.m, ap->p.blk);
    ref_ctx rc = {&ap->p, a};
    lmc_parallel_for((long)ap->p.d.n * mp, ap->threads, ref_planes, &rc);
}

static double ref_cost(const lmc_algo_plan *ap)
{
    return lmc_cost_compute(ap->p.flops, ap->threads, LMC_EFF_NAIVE);
}

const lmc_algorithm lmc_algo_ref = {
    .id = LMC_ALGO_REF, .name = "ref", .exact = true, .unsupported = ref_unsupported,
    .init = ref_init, .pack = ref_pack, .execute = ref_execute, .cost = ref_cost};
