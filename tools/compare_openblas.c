/* lmconv-bench --compare openblas: the convolution the way Caffe ran it,
 * im2col per image and group into one column buffer, then OpenBLAS's
 * cblas_sgemm (row-major: y_g[M/g][Ho*Wo] = W_g[M/g][C/g*KH*KW] *
 * col[C/g*KH*KW][Ho*Wo]).  Layout NCHW, weights used in place (the GEMM's A
 * is the caller's [M][C/g][KH][KW] array), so no packed copy.
 *
 * As in Caffe, a 1x1 kernel with stride 1, no padding and no dilation skips
 * the lowering and multiplies the input directly (workspace 0).  The bias is
 * written into y first and the GEMM accumulates with beta = 1; ReLU, if
 * asked for, is a pass over y afterwards.  All of it is inside the timing.
 *
 * workspace_bytes is the column buffer, C/g*KH*KW*Ho*Wo floats, reused for
 * every image and group.  OpenBLAS allocates its own packing buffers
 * internally (a per-thread pool set up at library load); they are not
 * counted, and the row's note says so. */
#include "compare.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef LMC_HAVE_OPENBLAS
#include <cblas.h>
#endif

#ifdef LMC_HAVE_OPENBLAS

static int is_pointwise(const lmc_conv_desc *d)
{
    return d->kh == 1 && d->kw == 1 && d->stride_h == 1 && d->stride_w == 1 && d->pad_top == 0 &&
           d->pad_bottom == 0 && d->pad_left == 0 && d->pad_right == 0;
}

/* Caffe's im2col for one image and group: col[(c*KH + i)*KW + j][oh*Wo + ow]. */
static void im2col(const lmc_conv_desc *d, int ho, int wo, const float *x, int cg, float *col)
{
    const size_t hw = (size_t)ho * (size_t)wo;
    for (int c = 0; c < cg; c++) {
        const float *xc = x + (size_t)c * (size_t)d->h * (size_t)d->w;
        for (int i = 0; i < d->kh; i++) {
            for (int j = 0; j < d->kw; j++) {
                float *row = col + ((size_t)(c * d->kh + i) * (size_t)d->kw + (size_t)j) * hw;
                for (int oh = 0; oh < ho; oh++) {
                    const int ih = oh * d->stride_h - d->pad_top + i * d->dil_h;
                    float *r = row + (size_t)oh * (size_t)wo;
                    if (ih < 0 || ih >= d->h) {
                        memset(r, 0, (size_t)wo * sizeof(float));
                        continue;
                    }
                    const float *xr = xc + (size_t)ih * (size_t)d->w;
                    for (int ow = 0; ow < wo; ow++) {
                        const int iw = ow * d->stride_w - d->pad_left + j * d->dil_w;
                        r[ow] = iw >= 0 && iw < d->w ? xr[iw] : 0.0f;
                    }
                }
            }
        }
    }
}

static void conv(const lmc_conv_desc *d, int ho, int wo, const float *x, const float *w, const float *b,
                 float *y, float *col)
{
    const int g = d->groups, cg = d->c / g, mg = d->m / g;
    const int k = cg * d->kh * d->kw;
    const size_t hw = (size_t)ho * (size_t)wo;
    const int pointwise = is_pointwise(d);
    for (int n = 0; n < d->n; n++) {
        const float *xn = x + (size_t)n * (size_t)d->c * (size_t)d->h * (size_t)d->w;
        float *yn = y + (size_t)n * (size_t)d->m * hw;
        for (int m = 0; m < d->m; m++) {
            float *ym = yn + (size_t)m * hw;
            const float bm = d->has_bias ? b[m] : 0.0f;
            for (size_t i = 0; i < hw; i++) ym[i] = bm;
        }
        for (int gi = 0; gi < g; gi++) {
            const float *xg = xn + (size_t)gi * (size_t)cg * (size_t)d->h * (size_t)d->w;
            const float *bmat = xg;
            if (!pointwise) {
                im2col(d, ho, wo, xg, cg, col);
                bmat = col;
            }
            cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, mg, (int)hw, k, 1.0f,
                        w + (size_t)gi * (size_t)mg * (size_t)k, k, bmat, (int)hw, 1.0f,
                        yn + (size_t)gi * (size_t)mg * hw, (int)hw);
        }
    }
    if (d->relu) {
        const size_t ny = (size_t)d->n * (size_t)d->m * hw;
        for (size_t i = 0; i < ny; i++) y[i] = y[i] > 0.0f ? y[i] : 0.0f;
    }
}

typedef struct {
    const lmc_conv_desc *d;
    int ho, wo, threads;
    const float *x, *w, *b;
    float *y, *col;
} openblas_state;

static int openblas_step(void *p)
{
    openblas_state *s = p;
    /* Cheap when unchanged; rows at other thread counts run in between.
     * The OpenMP build sets OpenMP's count too: put it back after. */
    const int saved = lmc_bench_omp_threads_swap(s->threads);
    openblas_set_num_threads(s->threads);
    conv(s->d, s->ho, s->wo, s->x, s->w, s->b, s->y, s->col);
    lmc_bench_omp_threads_restore(saved);
    return 0;
}

static void openblas_finish(void *p, int step_status, lmc_bench_row *row)
{
    (void)step_status;
    openblas_state *s = p;
    snprintf(row->note, sizeof row->note, "impl=cblas_sgemm:%s%s; hidden BLAS buffers not counted",
             openblas_get_corename(), is_pointwise(s->d) ? "; 1x1: no im2col" : "");
    free(s->col);
    free(s);
}

static int prepare(const lmc_conv_desc *d, const float *x, const float *w, const float *b, float *y,
                   int threads, lmc_bench_row *row, lmc_bench_run *out)
{
    int ho, wo;
    if (lmc_desc_validate(d, &ho, &wo) != LMC_OK) {
        snprintf(row->status, sizeof row->status, "invalid layer");
        return -1;
    }
    const size_t hw = (size_t)ho * (size_t)wo;
    const size_t k = (size_t)(d->c / d->groups) * (size_t)d->kh * (size_t)d->kw;
    if (hw > 0x7fffffff || k > 0x7fffffff) {
        snprintf(row->status, sizeof row->status, "unsupported by cblas: dimension exceeds int");
        return -1;
    }
    const size_t ws = is_pointwise(d) ? 0 : k * hw * sizeof(float);
    float *col = ws ? lmc_bench_alloc(ws) : NULL;
    openblas_state *s = malloc(sizeof *s);
    if ((ws && !col) || !s) {
        snprintf(row->status, sizeof row->status, "out of memory for the im2col buffer");
        free(col);
        free(s);
        return -1;
    }
    *s = (openblas_state){d, ho, wo, threads, x, w, b, y, col};
    row->workspace_bytes = ws;
    row->packed_bytes = 0;
    *out = (lmc_bench_run){s, openblas_step, openblas_finish,
                           lmc_openblas_on_gomp() ? LMC_POOL_GOMP : LMC_POOL_OPENBLAS, threads};
    return 0;
}

static const char *unavailable(void) { return NULL; }

/* openblas_get_parallel(): 0 sequential, 1 pthreads, 2 OpenMP. */
int lmc_openblas_on_gomp(void) { return openblas_get_parallel() == 2; }

#define PREPARE prepare

#else

static const char *unavailable(void) { return LMC_COMPARE_NOT_FOUND("OpenBLAS", "libopenblas-openmp-dev"); }

int lmc_openblas_on_gomp(void) { return 0; }

#define PREPARE NULL

#endif

const lmc_backend lmc_backend_openblas_im2col = {
    .name = "openblas-im2col",
    .family = "openblas",
    .layout = LMC_NCHW,
    .unavailable = unavailable,
    .prepare = PREPARE,
};
