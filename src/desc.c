/* Descriptor validation (overflow-safe), output sizes, FLOP counts. */
#include <limits.h>
#include <string.h>

#include "internal.h"

void lmc_desc_init(lmc_conv_desc *d, int n, int c, int h, int w, int m, int kh, int kw)
{
    if (!d) return;
    memset(d, 0, sizeof *d);
    d->n = n;
    d->c = c;
    d->h = h;
    d->w = w;
    d->m = m;
    d->kh = kh;
    d->kw = kw;
    d->stride_h = d->stride_w = 1;
    d->dil_h = d->dil_w = 1;
    d->groups = 1;
    d->layout = LMC_NCHW;
}

/* Output extent of one spatial axis, computed in 64 bits so that no
 * combination of int fields can overflow; <= 0 means empty. */
static int64_t out_extent(int in, int pad0, int pad1, int k, int dil, int stride)
{
    int64_t span = (int64_t)in + pad0 + pad1;
    int64_t kext = ((int64_t)k - 1) * dil + 1;
    if (span < kext) return 0;
    return (span - kext) / stride + 1;
}

lmc_status lmc_problem_init(lmc_problem *p, const lmc_conv_desc *d)
{
    if (!p || !d) return LMC_ERR_NULL;
    if (d->n < 1 || d->c < 1 || d->h < 1 || d->w < 1 || d->m < 1 || d->kh < 1 || d->kw < 1)
        return LMC_ERR_BAD_SIZE;
    if (d->stride_h < 1 || d->stride_w < 1) return LMC_ERR_BAD_STRIDE;
    if (d->dil_h < 1 || d->dil_w < 1) return LMC_ERR_BAD_DILATION;
    if (d->pad_top < 0 || d->pad_bottom < 0 || d->pad_left < 0 || d->pad_right < 0)
        return LMC_ERR_BAD_PADDING;
    if (d->groups < 1 || d->c % d->groups != 0 || d->m % d->groups != 0) return LMC_ERR_BAD_GROUPS;
    const int blk = lmc_layout_block(d->layout);
    if (blk == 0) return LMC_ERR_BAD_LAYOUT;

    int64_t ho = out_extent(d->h, d->pad_top, d->pad_bottom, d->kh, d->dil_h, d->stride_h);
    int64_t wo = out_extent(d->w, d->pad_left, d->pad_right, d->kw, d->dil_w, d->stride_w);
    if (ho < 1 || wo < 1) return LMC_ERR_EMPTY_OUTPUT;
    /* ho <= h + pads <= 3 * INT_MAX; keep every later index expression in int. */
    if (ho > INT_MAX || wo > INT_MAX) return LMC_ERR_OVERFLOW;
    int64_t khd = ((int64_t)d->kh - 1) * d->dil_h + 1;
    int64_t kwd = ((int64_t)d->kw - 1) * d->dil_w + 1;
    if (khd > INT_MAX || kwd > INT_MAX) return LMC_ERR_OVERFLOW;

    memset(p, 0, sizeof *p);
    p->d = *d;
    p->ho = (int)ho;
    p->wo = (int)wo;
    p->cg = d->c / d->groups;
    p->mg = d->m / d->groups;
    p->khd = (int)khd;
    p->kwd = (int)kwd;
    p->blk = blk;
    /* Blocked layouts: the padding channels of the last block are part of the tensor. */
    p->in_elems = lmc_mul4((size_t)d->n, lmc_padded_channels((size_t)d->c, blk), (size_t)d->h, (size_t)d->w);
    p->out_elems = lmc_mul4((size_t)d->n, lmc_padded_channels((size_t)d->m, blk), (size_t)ho, (size_t)wo);
    p->k_red = lmc_mul3((size_t)p->cg, (size_t)d->kh, (size_t)d->kw);
    p->w_elems = lmc_mul(p->k_red, (size_t)d->m);
    /* Each tensor's byte size must fit, and so must ptrdiff_t offsets into it. */
    const size_t lim = (size_t)PTRDIFF_MAX / sizeof(float);
    if (p->in_elems > lim || p->out_elems > lim || p->w_elems > lim) return LMC_ERR_OVERFLOW;
    p->flops = 2.0 * (double)d->n * (double)d->m * (double)ho * (double)wo * (double)p->k_red;
    return LMC_OK;
}

lmc_status lmc_desc_validate(const lmc_conv_desc *d, int *ho, int *wo)
{
    lmc_problem p;
    lmc_status s = lmc_problem_init(&p, d);
    if (s != LMC_OK) return s;
    if (ho) *ho = p.ho;
    if (wo) *wo = p.wo;
    return LMC_OK;
}

double lmc_desc_flops(const lmc_conv_desc *d)
{
    lmc_problem p;
    return lmc_problem_init(&p, d) == LMC_OK ? p.flops : 0.0;
}

size_t lmc_desc_input_elems(const lmc_conv_desc *d)
{
    lmc_problem p;
    return lmc_problem_init(&p, d) == LMC_OK ? p.in_elems : 0;
}

size_t lmc_desc_output_elems(const lmc_conv_desc *d)
{
    lmc_problem p;
    return lmc_problem_init(&p, d) == LMC_OK ? p.out_elems : 0;
}

size_t lmc_desc_weight_elems(const lmc_conv_desc *d)
{
    lmc_problem p;
    return lmc_problem_init(&p, d) == LMC_OK ? p.w_elems : 0;
}
