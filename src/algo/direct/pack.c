/* direct: the weights re-laid into the kernels' tiles (plan.h). */
#include "algo/direct/plan.h"

void lmc_direct_span_groups(const lmc_problem *p, int cob, int t, int *ga, int *gb)
{
    const long j0 = (long)t * cob, j1 = j0 + cob < p->d.m ? j0 + cob : p->d.m;
    *ga = (int)(j0 / p->mg);
    *gb = j1 > j0 ? (int)((j1 - 1) / p->mg) : *ga;   /* a tile of padding only: one pass of zeros */
    if (*ga >= p->d.groups) *ga = *gb = p->d.groups - 1;
}

size_t lmc_direct_span_passes(const lmc_problem *p, int cob, int t)
{
    size_t n = 0;
    for (int u = 0; u < t; u++) {
        int ga, gb;
        lmc_direct_span_groups(p, cob, u, &ga, &gb);
        n += (size_t)(gb - ga + 1);
    }
    return n;
}

size_t lmc_direct_packed_floats(const lmc_problem *p, const direct_plan *s)
{
    if (s->depthwise && !s->pk) return lmc_mul3((size_t)p->d.kh, (size_t)p->d.kw, (size_t)s->cpad);
    if (s->span)
        return lmc_mul(lmc_direct_span_passes(p, s->cob, s->ntiles),
                       lmc_mul4((size_t)s->cob, (size_t)p->cg, (size_t)p->d.kh, (size_t)p->d.kw));
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
    if (s->span) {
        for (int t = 0; t < s->ntiles; t++) {
            int ga, gb;
            lmc_direct_span_groups(p, s->cob, t, &ga, &gb);
            for (size_t g = (size_t)ga; g <= (size_t)gb; g++)
                for (size_t i0 = 0; i0 < CG; i0 += CIB) {
                    const size_t cb = CG - i0 < CIB ? CG - i0 : CIB;
                    for (size_t ky = 0; ky < KH; ky++)
                        for (size_t kx = 0; kx < KW; kx++)
                            for (size_t ii = 0; ii < cb; ii++)
                                for (size_t jj = 0; jj < COB; jj++) {
                                    const size_t mj = (size_t)t * COB + jj;   /* of all M */
                                    *o++ = mj < (size_t)p->d.m && mj / MG == g
                                               ? lmc_weight_at(p, w, mj, i0 + ii, ky, kx) : 0.0f;
                                }
                }
        }
        return;
    }
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
