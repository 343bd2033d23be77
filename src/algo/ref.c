/* ref: the naive seven-loop convolution with double accumulation, the oracle
 * every other algorithm is tested against.  Written for obviousness, not
 * speed: one output element at a time, bounds checked tap by tap. */
#include <string.h>

#include "internal.h"

static const char *ref_unsupported(const lmc_problem *p)
{
    (void)p;
    return NULL;
}

static size_t ref_workspace(const lmc_problem *p, int threads)
{
    (void)p;
    (void)threads;
    return 0;
}

static size_t ref_packed(const lmc_problem *p) { return lmc_mul(p->w_elems, sizeof(float)); }

static void ref_pack(const lmc_problem *p, const float *w, void *packed)
{
    memcpy(packed, w, p->w_elems * sizeof(float));
}

/* One (image, output channel) plane per index. */
static void ref_planes(void *ctx, long begin, long end)
{
    const lmc_exec_args *a = ctx;
    const lmc_problem *p = a->p;
    const lmc_conv_desc *d = &p->d;
    const float *w = a->packed;
    const bool nhwc = d->layout == LMC_NHWC;
    const long H = d->h, W = d->w, C = d->c, M = d->m;
    const long HO = p->ho, WO = p->wo, KH = d->kh, KW = d->kw, CG = p->cg, MG = p->mg;

    for (long nm = begin; nm < end; nm++) {
        const long n = nm / M, m = nm % M, g = m / MG;
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
                            const float xv = nhwc ? a->x[((n * H + iy) * W + ix) * C + c]
                                                  : a->x[((n * C + c) * H + iy) * W + ix];
                            const float wv = nhwc ? w[((m * KH + ky) * KW + kx) * CG + cl]
                                                  : w[((m * CG + cl) * KH + ky) * KW + kx];
                            acc += (double)xv * (double)wv;
                        }
                    }
                }
                float v = (float)acc;
                if (d->relu) v = v > 0.0f ? v : 0.0f;
                if (nhwc)
                    a->y[((n * HO + oy) * WO + ox) * M + m] = v;
                else
                    a->y[((n * M + m) * HO + oy) * WO + ox] = v;
            }
        }
    }
}

static void ref_execute(const lmc_exec_args *a)
{
    lmc_parallel_for((long)a->p->d.n * a->p->d.m, a->threads, ref_planes, (void *)a);
}

static double ref_cost(const lmc_problem *p, int threads)
{
    return p->flops / (1e9 * threads);
}

const lmc_algorithm lmc_algo_ref = {
    .id = LMC_ALGO_REF,
    .name = "ref",
    .unsupported = ref_unsupported,
    .workspace_bytes = ref_workspace,
    .packed_weight_bytes = ref_packed,
    .pack_weights = ref_pack,
    .execute = ref_execute,
    .exact = true,
    .cost = ref_cost,
};
