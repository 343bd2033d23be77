/* direct: the weights re-laid into the kernels' tiles (plan.h). */
#include "algo/direct/plan.h"

void lmc_direct_span_groups(const lmc_problem *p, int cob, int t, int *ga, int *gb)
{
    const long j0 = (long)t * cob, j1 = j0 + cob < p->d.m ? j0 + cob : p->d.m;
    *ga = (int)(j0 / p->mg);
    *gb = j1 > j0 ? (int)((j1 - 1) / p->mg) : *ga;   /* a tile of padding only: one pass of zeros */
    if (*ga >= p->d.groups) *ga = *gb = p->d.groups - 1;
}

static long gcd_l(long a, long b) { return b ? gcd_l(b, a % b) : a; }

/* The sum over tiles u < t of lmc_direct_span_groups' gb - ga + 1, in
 * closed form (a loop over 2^26 tiles of a huge M took minutes): one pass
 * per tile plus one per group boundary inside a tile, i.e. per multiple of
 * mg in [1, E] that is not a tile start (a multiple of lcm(mg, C_ob)),
 * E = min(t C_ob, M) - 1; tiles of padding only add none. */
size_t lmc_direct_span_passes(const lmc_problem *p, int cob, int t)
{
    if (t <= 0) return 0;
    const long mg = p->mg, end = (long)t * cob < p->d.m ? (long)t * cob : p->d.m;
    const long e = end - 1, lcm = mg / gcd_l(mg, cob) * cob;
    return (size_t)t + (size_t)(e / mg - e / lcm);
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

/* One pass of a dense tile: output channels [j0, j0 + C_ob) (of all M)
 * over the input channels of group g, in cache blocks of [kh][kw][ii][C_ob]
 * (the NCHW tiles: [ii][kh][kw][C_ob], a channel's taps together, as their
 * kernels read them); a channel outside group g or past M gets 0.  Returns
 * the end of what it wrote. */
static float *pack_pass(const lmc_problem *p, const direct_plan *s, const float *w, int g, size_t j0, float *o)
{
    const size_t KH = (size_t)p->d.kh, KW = (size_t)p->d.kw, COB = (size_t)s->cob, CIB = (size_t)s->cib;
    const size_t CG = (size_t)p->cg, MG = (size_t)p->mg, M = (size_t)p->d.m;
    for (size_t i0 = 0; i0 < CG; i0 += CIB) {
        const size_t cb = CG - i0 < CIB ? CG - i0 : CIB;
        for (size_t ky = 0; ky < KH; ky++)
            for (size_t kx = 0; kx < KW; kx++)
                for (size_t ii = 0; ii < cb; ii++) {
                    float *dst = o + (s->pk ? (ii * KH + ky) * KW + kx : (ky * KW + kx) * cb + ii) * COB;
                    for (size_t jj = 0; jj < COB; jj++) {
                        const size_t mj = j0 + jj;
                        dst[jj] = mj < M && mj / MG == (size_t)g ? lmc_weight_at(p, w, mj, i0 + ii, ky, kx) : 0.0f;
                    }
                }
        o += KH * KW * cb * COB;
    }
    return o;
}

void lmc_direct_pack(const lmc_algo_plan *ap, const float *w, void *packed)
{
    const lmc_problem *p = &ap->p;
    const direct_plan *s = LMC_ALGO_STATE(direct_plan, ap);
    float *o = packed;
    const size_t KH = (size_t)p->d.kh, KW = (size_t)p->d.kw;
    /* NCHW tiles (one cache block of all C/g, C_ob = MB) as dense tiles */
    if (s->depthwise && !s->pk) {
        for (size_t ky = 0; ky < KH; ky++)
            for (size_t kx = 0; kx < KW; kx++)
                for (size_t c = 0; c < (size_t)s->cpad; c++)
                    *o++ = c < (size_t)p->d.c ? lmc_weight_at(p, w, c, 0, ky, kx) : 0.0f;
        return;
    }
    if (s->span) {
        for (int t = 0; t < s->ntiles; t++) {
            int ga, gb;
            lmc_direct_span_groups(p, s->cob, t, &ga, &gb);
            for (int g = ga; g <= gb; g++) o = pack_pass(p, s, w, g, (size_t)t * s->cob, o);
        }
        return;
    }
    for (int g = 0; g < p->d.groups; g++)
        for (int t = 0; t < s->ntiles; t++) o = pack_pass(p, s, w, g, (size_t)g * p->mg + (size_t)t * s->cob, o);
}
