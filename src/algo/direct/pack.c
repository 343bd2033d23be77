/* direct: the weights re-laid into the kernels' tiles (plan.h). */
#include "algo/direct/plan.h"

size_t lmc_direct_packed_floats(const lmc_problem *p, const direct_plan *s)
{
    if (s->depthwise && !s->pk) return lmc_mul3((size_t)p->d.kh, (size_t)p->d.kw, (size_t)s->cpad);
    return lmc_mul4((size_t)p->d.groups, (size_t)s->ntiles, (size_t)s->cob,
                    lmc_mul3((size_t)p->cg, (size_t)p->d.kh, (size_t)p->d.kw));
}

void lmc_direct_pack(const lmc_algo_plan *ap, const float *w, void *packed)
{
    const lmc_problem *p = &ap->p;
    const direct_plan *s = LMC_ALGO_STATE(direct_plan, ap);
    float *o = packed;
    const size_t KH = (size_t)p->d.kh, KW = (size_t)p->d.kw;
    if (s->pk) {
        /* one weight per output channel of the tile for each (channel, tap) */
        const size_t MB = (size_t)s->cob, CG = (size_t)p->cg, MG = (size_t)p->mg;
        for (size_t g = 0; g < (size_t)p->d.groups; g++)
            for (size_t t = 0; t < (size_t)s->ntiles; t++)
                for (size_t c = 0; c < CG; c++)
                    for (size_t ky = 0; ky < KH; ky++)
                        for (size_t kx = 0; kx < KW; kx++)
                            for (size_t j = 0; j < MB; j++) {
                                const size_t mj = t * MB + j;
                                *o++ = mj < MG ? lmc_weight_at(p, w, g * MG + mj, c, ky, kx) : 0.0f;
                            }
        return;
    }
    if (s->depthwise) {
        for (size_t ky = 0; ky < KH; ky++)
            for (size_t kx = 0; kx < KW; kx++)
                for (size_t c = 0; c < (size_t)s->cpad; c++)
                    *o++ = c < (size_t)p->d.c ? lmc_weight_at(p, w, c, 0, ky, kx) : 0.0f;
        return;
    }
    const size_t COB = (size_t)s->cob, CIB = (size_t)s->cib, CG = (size_t)p->cg, MG = (size_t)p->mg;
    for (size_t g = 0; g < (size_t)p->d.groups; g++)
        for (size_t t = 0; t < (size_t)s->ntiles; t++)
            for (size_t i0 = 0; i0 < CG; i0 += CIB) {
                const size_t cb = CG - i0 < CIB ? CG - i0 : CIB;
                for (size_t ky = 0; ky < KH; ky++)
                    for (size_t kx = 0; kx < KW; kx++)
                        for (size_t ii = 0; ii < cb; ii++)
                            for (size_t jj = 0; jj < COB; jj++) {
                                const size_t mj = t * COB + jj;
                                *o++ = mj < MG ? lmc_weight_at(p, w, g * MG + mj, i0 + ii, ky, kx) : 0.0f;
                            }
            }
}
