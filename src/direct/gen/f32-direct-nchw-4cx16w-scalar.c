/* Generated from src/direct/f32-direct-nchw.c.in (ISA=scalar, VW=8, MB=4, NW=2, NW1=4) by
 *   python3 tools/generate-kernels.py
 * Do not edit: change the template or the parameters in
 * tools/generate-kernels.py, then run that command. */
/* NCHW direct-convolution blocks, portable C: "vectors" of 8 positions as
 * structs (the compiler may vectorise the lane loops), up to 4 output
 * channels x 2 vectors (4 for one channel); a masked-off lane is never
 * read. */
#include <stddef.h>

#include "cpu.h"
#include "direct/direct.h"

typedef struct {
    float l[8];
} vecf;

static inline vecf vzero(void)
{
    vecf r;
    for (int i = 0; i < 8; i++) r.l[i] = 0.0f;
    return r;
}

static inline vecf vset(float s)
{
    vecf r;
    for (int i = 0; i < 8; i++) r.l[i] = s;
    return r;
}

static inline vecf vfma(vecf a, vecf b, vecf c)
{
    for (int i = 0; i < 8; i++) c.l[i] += a.l[i] * b.l[i];
    return c;
}

static inline vecf vmax0(vecf a)
{
    for (int i = 0; i < 8; i++) a.l[i] = a.l[i] > 0.0f ? a.l[i] : 0.0f;
    return a;
}

/* Lanes m of p[i * step], the others 0: the padding lanes are never read. */
static inline vecf vload(const float *p, ptrdiff_t step, unsigned m)
{
    vecf r;
    for (int i = 0; i < 8; i++) r.l[i] = (m >> i) & 1u ? p[i * step] : 0.0f;
    return r;
}

static inline void vstore(float *p, unsigned m, vecf v)
{
    for (int i = 0; i < 8; i++)
        if ((m >> i) & 1u) p[i] = v.l[i];
}


static void lmc_f32_direct_nchw_4cx16w_1x1__scalar(const lmc_direct_pblock *b)
{
    const ptrdiff_t xv0 = b->xv[0];
    float *yo0 = b->y + b->yv[0];
    vecf a0_0;
    /* The output lines, fetched while the block multiplies: a tile writes
     * MB planes, and a layer's tiles more store streams than the
     * prefetchers follow (MobileNet's pw1 in NCHW spent a fifth of its
     * time waiting on them). */
    __builtin_prefetch(yo0, 1, 3);
    if (b->first) {
        const vecf bb0 = b->bias ? vset(b->bias[0]) : vzero();
        a0_0 = bb0;
    } else {
        a0_0 = vload(yo0, 1, b->smask[0]);
    }
    if (b->sw == 1) {
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const vecf x0 = vload(xt + xv0, 1, tp->mask[0]);
                const vecf w0 = vset(wt[0]);
                a0_0 = vfma(x0, w0, a0_0);
            }
        }
    } else {
        const ptrdiff_t sw = b->sw;
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const vecf x0 = vload(xt + xv0, sw, tp->mask[0]);
                const vecf w0 = vset(wt[0]);
                a0_0 = vfma(x0, w0, a0_0);
            }
        }
    }
    if (b->last && b->relu) {
        a0_0 = vmax0(a0_0);
    }
    vstore(yo0, b->smask[0], a0_0);
}

static void lmc_f32_direct_nchw_4cx16w_1x2__scalar(const lmc_direct_pblock *b)
{
    const ptrdiff_t xv0 = b->xv[0], xv1 = b->xv[1];
    float *yo0 = b->y + b->yv[0], *yo1 = b->y + b->yv[1];
    vecf a0_0, a0_1;
    /* The output lines, fetched while the block multiplies: a tile writes
     * MB planes, and a layer's tiles more store streams than the
     * prefetchers follow (MobileNet's pw1 in NCHW spent a fifth of its
     * time waiting on them). */
    __builtin_prefetch(yo0, 1, 3);
    __builtin_prefetch(yo1, 1, 3);
    if (b->first) {
        const vecf bb0 = b->bias ? vset(b->bias[0]) : vzero();
        a0_0 = bb0;
        a0_1 = bb0;
    } else {
        a0_0 = vload(yo0, 1, b->smask[0]);
        a0_1 = vload(yo1, 1, b->smask[1]);
    }
    if (b->sw == 1) {
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const vecf x0 = vload(xt + xv0, 1, tp->mask[0]);
                const vecf x1 = vload(xt + xv1, 1, tp->mask[1]);
                const vecf w0 = vset(wt[0]);
                a0_0 = vfma(x0, w0, a0_0);
                a0_1 = vfma(x1, w0, a0_1);
            }
        }
    } else {
        const ptrdiff_t sw = b->sw;
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const vecf x0 = vload(xt + xv0, sw, tp->mask[0]);
                const vecf x1 = vload(xt + xv1, sw, tp->mask[1]);
                const vecf w0 = vset(wt[0]);
                a0_0 = vfma(x0, w0, a0_0);
                a0_1 = vfma(x1, w0, a0_1);
            }
        }
    }
    if (b->last && b->relu) {
        a0_0 = vmax0(a0_0);
        a0_1 = vmax0(a0_1);
    }
    vstore(yo0, b->smask[0], a0_0);
    vstore(yo1, b->smask[1], a0_1);
}

static void lmc_f32_direct_nchw_4cx16w_1x3__scalar(const lmc_direct_pblock *b)
{
    const ptrdiff_t xv0 = b->xv[0], xv1 = b->xv[1], xv2 = b->xv[2];
    float *yo0 = b->y + b->yv[0], *yo1 = b->y + b->yv[1], *yo2 = b->y + b->yv[2];
    vecf a0_0, a0_1, a0_2;
    /* The output lines, fetched while the block multiplies: a tile writes
     * MB planes, and a layer's tiles more store streams than the
     * prefetchers follow (MobileNet's pw1 in NCHW spent a fifth of its
     * time waiting on them). */
    __builtin_prefetch(yo0, 1, 3);
    __builtin_prefetch(yo1, 1, 3);
    __builtin_prefetch(yo2, 1, 3);
    if (b->first) {
        const vecf bb0 = b->bias ? vset(b->bias[0]) : vzero();
        a0_0 = bb0;
        a0_1 = bb0;
        a0_2 = bb0;
    } else {
        a0_0 = vload(yo0, 1, b->smask[0]);
        a0_1 = vload(yo1, 1, b->smask[1]);
        a0_2 = vload(yo2, 1, b->smask[2]);
    }
    if (b->sw == 1) {
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const vecf x0 = vload(xt + xv0, 1, tp->mask[0]);
                const vecf x1 = vload(xt + xv1, 1, tp->mask[1]);
                const vecf x2 = vload(xt + xv2, 1, tp->mask[2]);
                const vecf w0 = vset(wt[0]);
                a0_0 = vfma(x0, w0, a0_0);
                a0_1 = vfma(x1, w0, a0_1);
                a0_2 = vfma(x2, w0, a0_2);
            }
        }
    } else {
        const ptrdiff_t sw = b->sw;
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const vecf x0 = vload(xt + xv0, sw, tp->mask[0]);
                const vecf x1 = vload(xt + xv1, sw, tp->mask[1]);
                const vecf x2 = vload(xt + xv2, sw, tp->mask[2]);
                const vecf w0 = vset(wt[0]);
                a0_0 = vfma(x0, w0, a0_0);
                a0_1 = vfma(x1, w0, a0_1);
                a0_2 = vfma(x2, w0, a0_2);
            }
        }
    }
    if (b->last && b->relu) {
        a0_0 = vmax0(a0_0);
        a0_1 = vmax0(a0_1);
        a0_2 = vmax0(a0_2);
    }
    vstore(yo0, b->smask[0], a0_0);
    vstore(yo1, b->smask[1], a0_1);
    vstore(yo2, b->smask[2], a0_2);
}

static void lmc_f32_direct_nchw_4cx16w_1x4__scalar(const lmc_direct_pblock *b)
{
    const ptrdiff_t xv0 = b->xv[0], xv1 = b->xv[1], xv2 = b->xv[2], xv3 = b->xv[3];
    float *yo0 = b->y + b->yv[0], *yo1 = b->y + b->yv[1], *yo2 = b->y + b->yv[2], *yo3 = b->y + b->yv[3];
    vecf a0_0, a0_1, a0_2, a0_3;
    /* The output lines, fetched while the block multiplies: a tile writes
     * MB planes, and a layer's tiles more store streams than the
     * prefetchers follow (MobileNet's pw1 in NCHW spent a fifth of its
     * time waiting on them). */
    __builtin_prefetch(yo0, 1, 3);
    __builtin_prefetch(yo1, 1, 3);
    __builtin_prefetch(yo2, 1, 3);
    __builtin_prefetch(yo3, 1, 3);
    if (b->first) {
        const vecf bb0 = b->bias ? vset(b->bias[0]) : vzero();
        a0_0 = bb0;
        a0_1 = bb0;
        a0_2 = bb0;
        a0_3 = bb0;
    } else {
        a0_0 = vload(yo0, 1, b->smask[0]);
        a0_1 = vload(yo1, 1, b->smask[1]);
        a0_2 = vload(yo2, 1, b->smask[2]);
        a0_3 = vload(yo3, 1, b->smask[3]);
    }
    if (b->sw == 1) {
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const vecf x0 = vload(xt + xv0, 1, tp->mask[0]);
                const vecf x1 = vload(xt + xv1, 1, tp->mask[1]);
                const vecf x2 = vload(xt + xv2, 1, tp->mask[2]);
                const vecf x3 = vload(xt + xv3, 1, tp->mask[3]);
                const vecf w0 = vset(wt[0]);
                a0_0 = vfma(x0, w0, a0_0);
                a0_1 = vfma(x1, w0, a0_1);
                a0_2 = vfma(x2, w0, a0_2);
                a0_3 = vfma(x3, w0, a0_3);
            }
        }
    } else {
        const ptrdiff_t sw = b->sw;
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const vecf x0 = vload(xt + xv0, sw, tp->mask[0]);
                const vecf x1 = vload(xt + xv1, sw, tp->mask[1]);
                const vecf x2 = vload(xt + xv2, sw, tp->mask[2]);
                const vecf x3 = vload(xt + xv3, sw, tp->mask[3]);
                const vecf w0 = vset(wt[0]);
                a0_0 = vfma(x0, w0, a0_0);
                a0_1 = vfma(x1, w0, a0_1);
                a0_2 = vfma(x2, w0, a0_2);
                a0_3 = vfma(x3, w0, a0_3);
            }
        }
    }
    if (b->last && b->relu) {
        a0_0 = vmax0(a0_0);
        a0_1 = vmax0(a0_1);
        a0_2 = vmax0(a0_2);
        a0_3 = vmax0(a0_3);
    }
    vstore(yo0, b->smask[0], a0_0);
    vstore(yo1, b->smask[1], a0_1);
    vstore(yo2, b->smask[2], a0_2);
    vstore(yo3, b->smask[3], a0_3);
}

static void lmc_f32_direct_nchw_4cx16w_2x1__scalar(const lmc_direct_pblock *b)
{
    const ptrdiff_t xv0 = b->xv[0];
    float *yo0 = b->y + b->yv[0];
    vecf a0_0;
    vecf a1_0;
    /* The output lines, fetched while the block multiplies: a tile writes
     * MB planes, and a layer's tiles more store streams than the
     * prefetchers follow (MobileNet's pw1 in NCHW spent a fifth of its
     * time waiting on them). */
    __builtin_prefetch(yo0, 1, 3);
    __builtin_prefetch(yo0 + 1 * b->yplane, 1, 3);
    if (b->first) {
        const vecf bb0 = b->bias ? vset(b->bias[0]) : vzero();
        a0_0 = bb0;
        const vecf bb1 = b->bias ? vset(b->bias[1]) : vzero();
        a1_0 = bb1;
    } else {
        a0_0 = vload(yo0, 1, b->smask[0]);
        a1_0 = vload(yo0 + 1 * b->yplane, 1, b->smask[0]);
    }
    if (b->sw == 1) {
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const vecf x0 = vload(xt + xv0, 1, tp->mask[0]);
                const vecf w0 = vset(wt[0]);
                a0_0 = vfma(x0, w0, a0_0);
                const vecf w1 = vset(wt[1]);
                a1_0 = vfma(x0, w1, a1_0);
            }
        }
    } else {
        const ptrdiff_t sw = b->sw;
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const vecf x0 = vload(xt + xv0, sw, tp->mask[0]);
                const vecf w0 = vset(wt[0]);
                a0_0 = vfma(x0, w0, a0_0);
                const vecf w1 = vset(wt[1]);
                a1_0 = vfma(x0, w1, a1_0);
            }
        }
    }
    if (b->last && b->relu) {
        a0_0 = vmax0(a0_0);
        a1_0 = vmax0(a1_0);
    }
    vstore(yo0, b->smask[0], a0_0);
    vstore(yo0 + 1 * b->yplane, b->smask[0], a1_0);
}

static void lmc_f32_direct_nchw_4cx16w_2x2__scalar(const lmc_direct_pblock *b)
{
    const ptrdiff_t xv0 = b->xv[0], xv1 = b->xv[1];
    float *yo0 = b->y + b->yv[0], *yo1 = b->y + b->yv[1];
    vecf a0_0, a0_1;
    vecf a1_0, a1_1;
    /* The output lines, fetched while the block multiplies: a tile writes
     * MB planes, and a layer's tiles more store streams than the
     * prefetchers follow (MobileNet's pw1 in NCHW spent a fifth of its
     * time waiting on them). */
    __builtin_prefetch(yo0, 1, 3);
    __builtin_prefetch(yo1, 1, 3);
    __builtin_prefetch(yo0 + 1 * b->yplane, 1, 3);
    __builtin_prefetch(yo1 + 1 * b->yplane, 1, 3);
    if (b->first) {
        const vecf bb0 = b->bias ? vset(b->bias[0]) : vzero();
        a0_0 = bb0;
        a0_1 = bb0;
        const vecf bb1 = b->bias ? vset(b->bias[1]) : vzero();
        a1_0 = bb1;
        a1_1 = bb1;
    } else {
        a0_0 = vload(yo0, 1, b->smask[0]);
        a0_1 = vload(yo1, 1, b->smask[1]);
        a1_0 = vload(yo0 + 1 * b->yplane, 1, b->smask[0]);
        a1_1 = vload(yo1 + 1 * b->yplane, 1, b->smask[1]);
    }
    if (b->sw == 1) {
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const vecf x0 = vload(xt + xv0, 1, tp->mask[0]);
                const vecf x1 = vload(xt + xv1, 1, tp->mask[1]);
                const vecf w0 = vset(wt[0]);
                a0_0 = vfma(x0, w0, a0_0);
                a0_1 = vfma(x1, w0, a0_1);
                const vecf w1 = vset(wt[1]);
                a1_0 = vfma(x0, w1, a1_0);
                a1_1 = vfma(x1, w1, a1_1);
            }
        }
    } else {
        const ptrdiff_t sw = b->sw;
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const vecf x0 = vload(xt + xv0, sw, tp->mask[0]);
                const vecf x1 = vload(xt + xv1, sw, tp->mask[1]);
                const vecf w0 = vset(wt[0]);
                a0_0 = vfma(x0, w0, a0_0);
                a0_1 = vfma(x1, w0, a0_1);
                const vecf w1 = vset(wt[1]);
                a1_0 = vfma(x0, w1, a1_0);
                a1_1 = vfma(x1, w1, a1_1);
            }
        }
    }
    if (b->last && b->relu) {
        a0_0 = vmax0(a0_0);
        a0_1 = vmax0(a0_1);
        a1_0 = vmax0(a1_0);
        a1_1 = vmax0(a1_1);
    }
    vstore(yo0, b->smask[0], a0_0);
    vstore(yo1, b->smask[1], a0_1);
    vstore(yo0 + 1 * b->yplane, b->smask[0], a1_0);
    vstore(yo1 + 1 * b->yplane, b->smask[1], a1_1);
}

static void lmc_f32_direct_nchw_4cx16w_3x1__scalar(const lmc_direct_pblock *b)
{
    const ptrdiff_t xv0 = b->xv[0];
    float *yo0 = b->y + b->yv[0];
    vecf a0_0;
    vecf a1_0;
    vecf a2_0;
    /* The output lines, fetched while the block multiplies: a tile writes
     * MB planes, and a layer's tiles more store streams than the
     * prefetchers follow (MobileNet's pw1 in NCHW spent a fifth of its
     * time waiting on them). */
    __builtin_prefetch(yo0, 1, 3);
    __builtin_prefetch(yo0 + 1 * b->yplane, 1, 3);
    __builtin_prefetch(yo0 + 2 * b->yplane, 1, 3);
    if (b->first) {
        const vecf bb0 = b->bias ? vset(b->bias[0]) : vzero();
        a0_0 = bb0;
        const vecf bb1 = b->bias ? vset(b->bias[1]) : vzero();
        a1_0 = bb1;
        const vecf bb2 = b->bias ? vset(b->bias[2]) : vzero();
        a2_0 = bb2;
    } else {
        a0_0 = vload(yo0, 1, b->smask[0]);
        a1_0 = vload(yo0 + 1 * b->yplane, 1, b->smask[0]);
        a2_0 = vload(yo0 + 2 * b->yplane, 1, b->smask[0]);
    }
    if (b->sw == 1) {
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const vecf x0 = vload(xt + xv0, 1, tp->mask[0]);
                const vecf w0 = vset(wt[0]);
                a0_0 = vfma(x0, w0, a0_0);
                const vecf w1 = vset(wt[1]);
                a1_0 = vfma(x0, w1, a1_0);
                const vecf w2 = vset(wt[2]);
                a2_0 = vfma(x0, w2, a2_0);
            }
        }
    } else {
        const ptrdiff_t sw = b->sw;
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const vecf x0 = vload(xt + xv0, sw, tp->mask[0]);
                const vecf w0 = vset(wt[0]);
                a0_0 = vfma(x0, w0, a0_0);
                const vecf w1 = vset(wt[1]);
                a1_0 = vfma(x0, w1, a1_0);
                const vecf w2 = vset(wt[2]);
                a2_0 = vfma(x0, w2, a2_0);
            }
        }
    }
    if (b->last && b->relu) {
        a0_0 = vmax0(a0_0);
        a1_0 = vmax0(a1_0);
        a2_0 = vmax0(a2_0);
    }
    vstore(yo0, b->smask[0], a0_0);
    vstore(yo0 + 1 * b->yplane, b->smask[0], a1_0);
    vstore(yo0 + 2 * b->yplane, b->smask[0], a2_0);
}

static void lmc_f32_direct_nchw_4cx16w_3x2__scalar(const lmc_direct_pblock *b)
{
    const ptrdiff_t xv0 = b->xv[0], xv1 = b->xv[1];
    float *yo0 = b->y + b->yv[0], *yo1 = b->y + b->yv[1];
    vecf a0_0, a0_1;
    vecf a1_0, a1_1;
    vecf a2_0, a2_1;
    /* The output lines, fetched while the block multiplies: a tile writes
     * MB planes, and a layer's tiles more store streams than the
     * prefetchers follow (MobileNet's pw1 in NCHW spent a fifth of its
     * time waiting on them). */
    __builtin_prefetch(yo0, 1, 3);
    __builtin_prefetch(yo1, 1, 3);
    __builtin_prefetch(yo0 + 1 * b->yplane, 1, 3);
    __builtin_prefetch(yo1 + 1 * b->yplane, 1, 3);
    __builtin_prefetch(yo0 + 2 * b->yplane, 1, 3);
    __builtin_prefetch(yo1 + 2 * b->yplane, 1, 3);
    if (b->first) {
        const vecf bb0 = b->bias ? vset(b->bias[0]) : vzero();
        a0_0 = bb0;
        a0_1 = bb0;
        const vecf bb1 = b->bias ? vset(b->bias[1]) : vzero();
        a1_0 = bb1;
        a1_1 = bb1;
        const vecf bb2 = b->bias ? vset(b->bias[2]) : vzero();
        a2_0 = bb2;
        a2_1 = bb2;
    } else {
        a0_0 = vload(yo0, 1, b->smask[0]);
        a0_1 = vload(yo1, 1, b->smask[1]);
        a1_0 = vload(yo0 + 1 * b->yplane, 1, b->smask[0]);
        a1_1 = vload(yo1 + 1 * b->yplane, 1, b->smask[1]);
        a2_0 = vload(yo0 + 2 * b->yplane, 1, b->smask[0]);
        a2_1 = vload(yo1 + 2 * b->yplane, 1, b->smask[1]);
    }
    if (b->sw == 1) {
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const vecf x0 = vload(xt + xv0, 1, tp->mask[0]);
                const vecf x1 = vload(xt + xv1, 1, tp->mask[1]);
                const vecf w0 = vset(wt[0]);
                a0_0 = vfma(x0, w0, a0_0);
                a0_1 = vfma(x1, w0, a0_1);
                const vecf w1 = vset(wt[1]);
                a1_0 = vfma(x0, w1, a1_0);
                a1_1 = vfma(x1, w1, a1_1);
                const vecf w2 = vset(wt[2]);
                a2_0 = vfma(x0, w2, a2_0);
                a2_1 = vfma(x1, w2, a2_1);
            }
        }
    } else {
        const ptrdiff_t sw = b->sw;
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const vecf x0 = vload(xt + xv0, sw, tp->mask[0]);
                const vecf x1 = vload(xt + xv1, sw, tp->mask[1]);
                const vecf w0 = vset(wt[0]);
                a0_0 = vfma(x0, w0, a0_0);
                a0_1 = vfma(x1, w0, a0_1);
                const vecf w1 = vset(wt[1]);
                a1_0 = vfma(x0, w1, a1_0);
                a1_1 = vfma(x1, w1, a1_1);
                const vecf w2 = vset(wt[2]);
                a2_0 = vfma(x0, w2, a2_0);
                a2_1 = vfma(x1, w2, a2_1);
            }
        }
    }
    if (b->last && b->relu) {
        a0_0 = vmax0(a0_0);
        a0_1 = vmax0(a0_1);
        a1_0 = vmax0(a1_0);
        a1_1 = vmax0(a1_1);
        a2_0 = vmax0(a2_0);
        a2_1 = vmax0(a2_1);
    }
    vstore(yo0, b->smask[0], a0_0);
    vstore(yo1, b->smask[1], a0_1);
    vstore(yo0 + 1 * b->yplane, b->smask[0], a1_0);
    vstore(yo1 + 1 * b->yplane, b->smask[1], a1_1);
    vstore(yo0 + 2 * b->yplane, b->smask[0], a2_0);
    vstore(yo1 + 2 * b->yplane, b->smask[1], a2_1);
}

static void lmc_f32_direct_nchw_4cx16w_4x1__scalar(const lmc_direct_pblock *b)
{
    const ptrdiff_t xv0 = b->xv[0];
    float *yo0 = b->y + b->yv[0];
    vecf a0_0;
    vecf a1_0;
    vecf a2_0;
    vecf a3_0;
    /* The output lines, fetched while the block multiplies: a tile writes
     * MB planes, and a layer's tiles more store streams than the
     * prefetchers follow (MobileNet's pw1 in NCHW spent a fifth of its
     * time waiting on them). */
    __builtin_prefetch(yo0, 1, 3);
    __builtin_prefetch(yo0 + 1 * b->yplane, 1, 3);
    __builtin_prefetch(yo0 + 2 * b->yplane, 1, 3);
    __builtin_prefetch(yo0 + 3 * b->yplane, 1, 3);
    if (b->first) {
        const vecf bb0 = b->bias ? vset(b->bias[0]) : vzero();
        a0_0 = bb0;
        const vecf bb1 = b->bias ? vset(b->bias[1]) : vzero();
        a1_0 = bb1;
        const vecf bb2 = b->bias ? vset(b->bias[2]) : vzero();
        a2_0 = bb2;
        const vecf bb3 = b->bias ? vset(b->bias[3]) : vzero();
        a3_0 = bb3;
    } else {
        a0_0 = vload(yo0, 1, b->smask[0]);
        a1_0 = vload(yo0 + 1 * b->yplane, 1, b->smask[0]);
        a2_0 = vload(yo0 + 2 * b->yplane, 1, b->smask[0]);
        a3_0 = vload(yo0 + 3 * b->yplane, 1, b->smask[0]);
    }
    if (b->sw == 1) {
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const vecf x0 = vload(xt + xv0, 1, tp->mask[0]);
                const vecf w0 = vset(wt[0]);
                a0_0 = vfma(x0, w0, a0_0);
                const vecf w1 = vset(wt[1]);
                a1_0 = vfma(x0, w1, a1_0);
                const vecf w2 = vset(wt[2]);
                a2_0 = vfma(x0, w2, a2_0);
                const vecf w3 = vset(wt[3]);
                a3_0 = vfma(x0, w3, a3_0);
            }
        }
    } else {
        const ptrdiff_t sw = b->sw;
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const vecf x0 = vload(xt + xv0, sw, tp->mask[0]);
                const vecf w0 = vset(wt[0]);
                a0_0 = vfma(x0, w0, a0_0);
                const vecf w1 = vset(wt[1]);
                a1_0 = vfma(x0, w1, a1_0);
                const vecf w2 = vset(wt[2]);
                a2_0 = vfma(x0, w2, a2_0);
                const vecf w3 = vset(wt[3]);
                a3_0 = vfma(x0, w3, a3_0);
            }
        }
    }
    if (b->last && b->relu) {
        a0_0 = vmax0(a0_0);
        a1_0 = vmax0(a1_0);
        a2_0 = vmax0(a2_0);
        a3_0 = vmax0(a3_0);
    }
    vstore(yo0, b->smask[0], a0_0);
    vstore(yo0 + 1 * b->yplane, b->smask[0], a1_0);
    vstore(yo0 + 2 * b->yplane, b->smask[0], a2_0);
    vstore(yo0 + 3 * b->yplane, b->smask[0], a3_0);
}

static void lmc_f32_direct_nchw_4cx16w_4x2__scalar(const lmc_direct_pblock *b)
{
    const ptrdiff_t xv0 = b->xv[0], xv1 = b->xv[1];
    float *yo0 = b->y + b->yv[0], *yo1 = b->y + b->yv[1];
    vecf a0_0, a0_1;
    vecf a1_0, a1_1;
    vecf a2_0, a2_1;
    vecf a3_0, a3_1;
    /* The output lines, fetched while the block multiplies: a tile writes
     * MB planes, and a layer's tiles more store streams than the
     * prefetchers follow (MobileNet's pw1 in NCHW spent a fifth of its
     * time waiting on them). */
    __builtin_prefetch(yo0, 1, 3);
    __builtin_prefetch(yo1, 1, 3);
    __builtin_prefetch(yo0 + 1 * b->yplane, 1, 3);
    __builtin_prefetch(yo1 + 1 * b->yplane, 1, 3);
    __builtin_prefetch(yo0 + 2 * b->yplane, 1, 3);
    __builtin_prefetch(yo1 + 2 * b->yplane, 1, 3);
    __builtin_prefetch(yo0 + 3 * b->yplane, 1, 3);
    __builtin_prefetch(yo1 + 3 * b->yplane, 1, 3);
    if (b->first) {
        const vecf bb0 = b->bias ? vset(b->bias[0]) : vzero();
        a0_0 = bb0;
        a0_1 = bb0;
        const vecf bb1 = b->bias ? vset(b->bias[1]) : vzero();
        a1_0 = bb1;
        a1_1 = bb1;
        const vecf bb2 = b->bias ? vset(b->bias[2]) : vzero();
        a2_0 = bb2;
        a2_1 = bb2;
        const vecf bb3 = b->bias ? vset(b->bias[3]) : vzero();
        a3_0 = bb3;
        a3_1 = bb3;
    } else {
        a0_0 = vload(yo0, 1, b->smask[0]);
        a0_1 = vload(yo1, 1, b->smask[1]);
        a1_0 = vload(yo0 + 1 * b->yplane, 1, b->smask[0]);
        a1_1 = vload(yo1 + 1 * b->yplane, 1, b->smask[1]);
        a2_0 = vload(yo0 + 2 * b->yplane, 1, b->smask[0]);
        a2_1 = vload(yo1 + 2 * b->yplane, 1, b->smask[1]);
        a3_0 = vload(yo0 + 3 * b->yplane, 1, b->smask[0]);
        a3_1 = vload(yo1 + 3 * b->yplane, 1, b->smask[1]);
    }
    if (b->sw == 1) {
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const vecf x0 = vload(xt + xv0, 1, tp->mask[0]);
                const vecf x1 = vload(xt + xv1, 1, tp->mask[1]);
                const vecf w0 = vset(wt[0]);
                a0_0 = vfma(x0, w0, a0_0);
                a0_1 = vfma(x1, w0, a0_1);
                const vecf w1 = vset(wt[1]);
                a1_0 = vfma(x0, w1, a1_0);
                a1_1 = vfma(x1, w1, a1_1);
                const vecf w2 = vset(wt[2]);
                a2_0 = vfma(x0, w2, a2_0);
                a2_1 = vfma(x1, w2, a2_1);
                const vecf w3 = vset(wt[3]);
                a3_0 = vfma(x0, w3, a3_0);
                a3_1 = vfma(x1, w3, a3_1);
            }
        }
    } else {
        const ptrdiff_t sw = b->sw;
        for (int ci = 0; ci < b->cin; ci++) {
            const float *xc = b->x + ci * b->xplane, *wc = b->w + ci * b->wci;
            for (int t = 0; t < b->ntaps; t++) {
                const lmc_direct_tap *tp = &b->taps[t];
                const float *xt = xc + tp->xoff, *wt = wc + tp->woff;
                const vecf x0 = vload(xt + xv0, sw, tp->mask[0]);
                const vecf x1 = vload(xt + xv1, sw, tp->mask[1]);
                const vecf w0 = vset(wt[0]);
                a0_0 = vfma(x0, w0, a0_0);
                a0_1 = vfma(x1, w0, a0_1);
                const vecf w1 = vset(wt[1]);
                a1_0 = vfma(x0, w1, a1_0);
                a1_1 = vfma(x1, w1, a1_1);
                const vecf w2 = vset(wt[2]);
                a2_0 = vfma(x0, w2, a2_0);
                a2_1 = vfma(x1, w2, a2_1);
                const vecf w3 = vset(wt[3]);
                a3_0 = vfma(x0, w3, a3_0);
                a3_1 = vfma(x1, w3, a3_1);
            }
        }
    }
    if (b->last && b->relu) {
        a0_0 = vmax0(a0_0);
        a0_1 = vmax0(a0_1);
        a1_0 = vmax0(a1_0);
        a1_1 = vmax0(a1_1);
        a2_0 = vmax0(a2_0);
        a2_1 = vmax0(a2_1);
        a3_0 = vmax0(a3_0);
        a3_1 = vmax0(a3_1);
    }
    vstore(yo0, b->smask[0], a0_0);
    vstore(yo1, b->smask[1], a0_1);
    vstore(yo0 + 1 * b->yplane, b->smask[0], a1_0);
    vstore(yo1 + 1 * b->yplane, b->smask[1], a1_1);
    vstore(yo0 + 2 * b->yplane, b->smask[0], a2_0);
    vstore(yo1 + 2 * b->yplane, b->smask[1], a2_1);
    vstore(yo0 + 3 * b->yplane, b->smask[0], a3_0);
    vstore(yo1 + 3 * b->yplane, b->smask[1], a3_1);
}

const lmc_direct_planar lmc_f32_direct_nchw_4cx16w__scalar = {
    .name = "f32-direct-nchw-4cx16w-scalar",
    .isa = LMC_ISA_SCALAR,
    .vw = 8,
    .mb = 4,
    .nw = 2,
    .nw1 = 4,
    .pairs = 0,
    .block = {
        [1] = {NULL, lmc_f32_direct_nchw_4cx16w_1x1__scalar, lmc_f32_direct_nchw_4cx16w_1x2__scalar, lmc_f32_direct_nchw_4cx16w_1x3__scalar, lmc_f32_direct_nchw_4cx16w_1x4__scalar},
        [2] = {NULL, lmc_f32_direct_nchw_4cx16w_2x1__scalar, lmc_f32_direct_nchw_4cx16w_2x2__scalar},
        [3] = {NULL, lmc_f32_direct_nchw_4cx16w_3x1__scalar, lmc_f32_direct_nchw_4cx16w_3x2__scalar},
        [4] = {NULL, lmc_f32_direct_nchw_4cx16w_4x1__scalar, lmc_f32_direct_nchw_4cx16w_4x2__scalar},
    },
};
