/* Shared pieces of the kn2row / kn2col family and indirect convolution
 * (see kn2_common.h). */
#include "algo/kn2_common.h"

#include <string.h>

#include "gemm/gemm.h"

kn2_tap kn2_tap_geom(const lmc_problem *p, int ky, int kx)
{
    const lmc_conv_desc *d = &p->d;
    kn2_tap t;
    t.ry = (long)ky * d->dil_h - d->pad_top;
    t.rx = (long)kx * d->dil_w - d->pad_left;
    lmc_valid_range(p->ho, d->h, d->stride_h, d->pad_top, (long)ky * d->dil_h, &t.ylo, &t.yhi);
    lmc_valid_range(p->wo, d->w, d->stride_w, d->pad_left, (long)kx * d->dil_w, &t.xlo, &t.xhi);
    return t;
}

/* ---- row blocks -------------------------------------------------------- */
long kn2_lattice(const lmc_problem *p)
{
    const long sh = p->d.stride_h, sw = p->d.stride_w, W = p->d.w;
    return (sh * W) % sw == 0 ? sh * W / sw : 0;
}

/* The tap's valid rows within the band. */
static void band_rows(const kn2_tap *t, long ra, long rb, long *lo, long *hi)
{
    *lo = t->ylo > ra ? t->ylo : ra;
    *hi = t->yhi < rb ? t->yhi : rb;
}

long kn2_block_count(const lmc_problem *p, const kn2_tap *t, long ra, long rb)
{
    long lo, hi;
    band_rows(t, ra, rb, &lo, &hi);
    if (lo >= hi || t->xlo >= t->xhi) return 0;
    return kn2_lattice(p) ? 1 : hi - lo;
}

kn2_block kn2_block_get(const lmc_problem *p, const kn2_tap *t, long ra, long rb, long i)
{
    const long L = kn2_lattice(p), W = p->d.w;
    long lo, hi;
    band_rows(t, ra, rb, &lo, &hi);
    kn2_block b;
    if (L) {
        b.oy0 = lo;
        b.oy1 = hi;
        b.n = (size_t)((hi - 1 - lo) * L + (t->xhi - t->xlo));
    } else {
        b.oy0 = lo + i;
        b.oy1 = b.oy0 + 1;
        b.n = (size_t)(t->xhi - t->xlo);
    }
    b.src = (size_t)((b.oy0 * p->d.stride_h + t->ry) * W + t->xlo * p->d.stride_w + t->rx);
    return b;
}

/* ---- tap-major weights --------------------------------------------------- */
size_t kn2_tapmajor_bytes(const lmc_problem *p) { return lmc_mul(p->w_elems, sizeof(float)); }

void kn2_tapmajor_pack(const lmc_problem *p, const float *w, void *packed)
{
    float *dst = packed;
    const size_t G = (size_t)p->d.groups, KH = (size_t)p->d.kh, KW = (size_t)p->d.kw;
    const size_t mg = (size_t)p->mg, cg = (size_t)p->cg;
    for (size_t g = 0; g < G; g++)
        for (size_t ky = 0; ky < KH; ky++)
            for (size_t kx = 0; kx < KW; kx++)
                for (size_t m = 0; m < mg; m++)
                    for (size_t c = 0; c < cg; c++)
                        *dst++ = lmc_weight_at(p, w, g * mg + m, c, ky, kx);
}

/* Bytes of one tap's packed operand. */
static size_t tappacked_one(const lmc_problem *p, const lmc_gemm_ctx *g)
{
    return p->d.layout == LMC_NHWC ? lmc_sgemm_packed_b_bytes(g, (size_t)p->cg, (size_t)p->mg)
                                   : lmc_sgemm_packed_a_bytes(g, (size_t)p->mg, (size_t)p->cg);
}

size_t kn2_tappacked_bytes(const lmc_problem *p, const lmc_gemm_ctx *g)
{
    return lmc_mul3(tappacked_one(p, g), (size_t)p->d.groups, (size_t)p->d.kh * (size_t)p->d.kw);
}

const void *kn2_tappacked(const lmc_problem *p, const lmc_gemm_ctx *g, const void *packed, size_t g_,
                          size_t tap)
{
    const size_t taps = (size_t)p->d.kh * (size_t)p->d.kw;
    return (const char *)packed + (g_ * taps + tap) * tappacked_one(p, g);
}

void kn2_tappacked_pack(const lmc_problem *p, const lmc_gemm_ctx *g, const float *w, void *packed)
{
    const size_t G = (size_t)p->d.groups, KH = (size_t)p->d.kh, KW = (size_t)p->d.kw;
    const size_t mg = (size_t)p->mg, cg = (size_t)p->cg;
    const bool hwc = p->d.layout == LMC_NHWC;
    /* W_tap[m][c] in the caller's layout: [m][ky][kx][c] (NHWC) or
     * [m][c][ky][kx] (NCHW): row stride rs, column stride cs. */
    const ptrdiff_t rs = (ptrdiff_t)(KH * KW * cg), cs = hwc ? 1 : (ptrdiff_t)(KH * KW);
    for (size_t gi = 0; gi < G; gi++)
        for (size_t t = 0; t < KH * KW; t++) {
            const float *wt = w + gi * mg * KH * KW * cg + (hwc ? t * cg : t);
            void *dst = (void *)kn2_tappacked(p, g, packed, gi, t);
            if (hwc) lmc_sgemm_pack_b(g, cg, mg, wt, cs, rs, dst);
            else lmc_sgemm_pack_a(g, mg, cg, wt, rs, cs, dst);
        }
}

void kn2_fill_bias(float *y, size_t rows, size_t cols, size_t ld, const float *bias, bool per_row)
{
    for (size_t r = 0; r < rows; r++) {
        float *yr = y + r * ld;
        if (!bias) {
            memset(yr, 0, cols * sizeof(float));
        } else if (per_row) {
            for (size_t j = 0; j < cols; j++) yr[j] = bias[r];
        } else {
            memcpy(yr, bias, cols * sizeof(float));
        }
    }
}

size_t kn2_panels_bytes(const lmc_problem *p, size_t r)
{
    const size_t np = ((size_t)p->mg + r - 1) / r;
    const size_t taps = lmc_mul((size_t)p->d.kh, (size_t)p->d.kw);
    return lmc_mul(lmc_mul4((size_t)p->d.groups, taps, np, r), lmc_mul((size_t)p->cg, sizeof(float)));
}

void kn2_panels_pack(const lmc_problem *p, const float *w, size_t r, void *packed)
{
    float *dst = packed;
    const size_t G = (size_t)p->d.groups, KH = (size_t)p->d.kh, KW = (size_t)p->d.kw;
    const size_t mg = (size_t)p->mg, cg = (size_t)p->cg, np = (mg + r - 1) / r;
    for (size_t g = 0; g < G; g++)
        for (size_t q = 0; q < np; q++)
            for (size_t ky = 0; ky < KH; ky++)
                for (size_t kx = 0; kx < KW; kx++)
                    for (size_t c = 0; c < cg; c++)
                        for (size_t i = 0; i < r; i++) {
                            const size_t m = q * r + i;
                            *dst++ = m < mg ? lmc_weight_at(p, w, g * mg + m, c, ky, kx) : 0.0f;
                        }
}

size_t kn2_kc(size_t red, size_t kc_max)
{
    if (red <= kc_max) return red;
    const size_t nblk = (red + kc_max - 1) / kc_max;
    return (red + nblk - 1) / nblk;
}
