/* fft: convolution through 2-D real FFTs (FFTW, single precision), tile by
 * tile (overlap-save).  The output is cut into T x T tiles; a tile's
 * outputs depend on an F x F window of the input (F = T + dilated kernel
 * - 1).  The window's spectrum times an output channel's kernel spectrum,
 * summed over the group's input channels, is the spectrum of F x F
 * circular correlations whose first T x T are the tile's outputs exactly:
 * the kernel is zero past its extent, so nothing wraps into them.
 *
 * A worker takes a chunk of tiles of one image and group: the forward
 * transforms of every input channel of the chunk, then per output channel
 * and tile the products summed over input channels (the channel's kernel
 * spectra stay in cache across the chunk's tiles) and one inverse
 * transform, with bias and ReLU on the way out.  The chunk is sized to the L2 and the
 * workspace is bounded by it, not by the image.  Spectra are split into
 * real and imaginary planes so that the products vectorise.
 *
 * Packed: per output channel and input channel of its group, the kernel's
 * conjugated spectrum (correlation, not convolution) scaled by 1/F^2 --
 * computed in double by separable DFTs, so only the final rounding is
 * float's.  FFTW's plans, one pair per FFT size, are made at lmconv plan
 * time and shared by every plan of that size for the life of the process
 * (FFTW owns their memory, a few KiB, not counted in packed_weight_bytes).
 * Execute calls only FFTW's new-array functions on workspace buffers.
 * Variants: the FFT size F, 8 to 64. */
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "algo/fft_cmac.h"
#include "cost.h"
#include "cpu.h"
#include "internal.h"

#define FFT_NSIZES 4
static const int fft_sizes[FFT_NSIZES] = {8, 16, 32, 64};
static const lmc_variant fft_variants[FFT_NSIZES] = {{"8", &fft_sizes[0]}, {"16", &fft_sizes[1]},
                                                     {"32", &fft_sizes[2]}, {"64", &fft_sizes[3]}};
/* FFTW's SIMD codelets want aligned arrays and a new-array execute needs
 * the alignment the plan was made with: workspace buffers start on this
 * boundary, whatever the caller's 4-byte-aligned pointer. */
#define FFT_ALIGN 64

typedef struct {
    int f;                   /* FFT size per axis */
    int th, tw;              /* output tile */
    long tiles_y, tiles_x;
    long chunk;              /* tiles per worker unit */
    long chunks;             /* per image and group */
    size_t nb;               /* complex bins of a spectrum: f * (f/2 + 1) */
    size_t plane;            /* floats per real or imaginary plane: nb rounded to FFT_ALIGN */
    size_t real;             /* floats of an F x F real buffer */
    size_t worker_bytes;     /* workspace of one worker, a multiple of FFT_ALIGN */
    int workers;
    lmc_fft_cmac_fn cmac;    /* the products in the plan's ISA */
} fft_plan;

#ifdef LMC_HAVE_FFTW
#include <fftw3.h>
#include <pthread.h>

static int fft_size_of(int variant) { return *(const int *)fft_variants[variant].data; }

static const char *fft_reason(const lmc_problem *p, int f)
{
    if (p->d.stride_h != 1 || p->d.stride_w != 1) return "fft takes stride 1";
    if (f && (p->khd > f || p->kwd > f)) return "the dilated kernel is larger than this FFT size";
    /* A larger size than one tile of the whole output needs only costs
     * memory (the kernel spectra grow as F^2). */
    const int h = f / 2;
    if (f > 8 && p->khd <= h && p->kwd <= h && h - p->khd + 1 >= p->ho && h - p->kwd + 1 >= p->wo)
        return "the output fits one tile of a smaller FFT size";
    if (p->khd > 64 || p->kwd > 64) return "fft takes dilated kernels up to 64 x 64";
    return NULL;
}

/* FFTW's planner is not thread-safe: plans are made under one lock, once
 * per size, and then only read (published with release/acquire). */
static pthread_mutex_t g_fftw_lock = PTHREAD_MUTEX_INITIALIZER;
static fftwf_plan g_fwd[FFT_NSIZES], g_inv[FFT_NSIZES];

LMC_FFT_CMAC_DEFINE(lmc_fft_cmac_scalar)

static const char *fft_unsupported(const lmc_problem *p, int variant)
{
    return fft_reason(p, variant >= 0 ? fft_size_of(variant) : 0);
}

static size_t round_up(size_t n, size_t to) { return lmc_mul((n + to - 1) / to, to); }

/* Workspace of one worker with `chunk` tiles: an F x F real buffer, the
 * input spectra (chunk x cg) and one output spectrum. */
static size_t worker_bytes(const fft_plan *s, long chunk, int cg)
{
    const size_t spectra = lmc_mul(lmc_add(lmc_mul((size_t)chunk, (size_t)cg), 1), 2 * s->plane);
    return lmc_mul(lmc_add(s->real, spectra), sizeof(float));
}

static void geometry(fft_plan *s, const lmc_problem *p, int f)
{
    s->f = f;
    s->th = f - p->khd + 1;
    s->tw = f - p->kwd + 1;
    s->tiles_y = ((long)p->ho + s->th - 1) / s->th;   /* long: ho may be near INT_MAX */
    s->tiles_x = ((long)p->wo + s->tw - 1) / s->tw;
    s->nb = (size_t)f * (size_t)(f / 2 + 1);
    s->plane = round_up(s->nb, FFT_ALIGN / sizeof(float));
    s->real = (size_t)f * (size_t)f;
}

/* Seconds: the transforms (5 N log2 N flops for a real N-point pair is
 * the usual count; 2.5 per real transform), the products (8 flops per
 * complex multiply-add) and the kernel spectra read once per chunk. */
static double estimate(const lmc_problem *p, const fft_plan *s, int threads)
{
    const double n = (double)s->f * s->f, tiles = (double)s->tiles_y * s->tiles_x * p->d.n * p->d.groups;
    const double fft = 2.5 * n * log2(n);
    const double flops = tiles * (((double)p->cg + p->mg) * fft + 8.0 * p->cg * p->mg * (double)s->nb);
    const double spectra = (double)p->d.n * p->d.groups * s->chunks * p->mg * p->cg * 2.0 * s->nb * sizeof(float);
    return lmc_cost_compute(flops, threads, LMC_EFF_TRANSFORM) +
           lmc_cost_bytes(spectra / (threads > 0 ? threads : 1), LMC_BW_GATHER);
}

static void fft_init(lmc_algo_plan *ap, int variant)
{
    const lmc_problem *p = &ap->p;
    fft_plan *s = LMC_ALGO_STATE(fft_plan, ap);
    if (variant < 0) {
        /* the size the estimate says is fastest */
        double best = INFINITY;
        for (int v = 0; v < FFT_NSIZES; v++) {
            if (fft_reason(p, fft_size_of(v))) continue;
            lmc_algo_plan t = *ap;
            fft_init(&t, v);
            const double c = estimate(p, LMC_ALGO_STATE(fft_plan, &t), ap->threads);
            if (c < best) {
                best = c;
                *ap = t;
            }
        }
        return;
    }
    geometry(s, p, fft_size_of(variant));
    s->cmac = lmc_fft_cmac_scalar;
#if defined(__x86_64__) || defined(__i386__)
    if (lmc_isa_active() == LMC_ISA_AVX512) s->cmac = lmc_fft_cmac_avx512;
    else if (lmc_isa_active() == LMC_ISA_AVX2) s->cmac = lmc_fft_cmac_avx2;
#endif
    /* As many tiles per unit as keep their input spectra in half the L2,
     * but enough units for every thread. */
    const size_t l2 = lmc_cpu()->l2_bytes ? lmc_cpu()->l2_bytes : (size_t)1 << 20;
    const size_t per_tile = worker_bytes(s, 1, p->cg) - s->real * sizeof(float);
    const long tiles = s->tiles_y * s->tiles_x;
    long chunk = (long)(l2 / 2 / per_tile);
    if (chunk < 1) chunk = 1;
    if (chunk > tiles) chunk = tiles;
    const long images = (long)p->d.n * p->d.groups;
    while (chunk > 1 && images * ((tiles + chunk - 1) / chunk) < ap->threads) chunk = (chunk + 1) / 2;
    s->chunk = chunk;
    s->chunks = (tiles + chunk - 1) / chunk;
    const long units = images * s->chunks;
    s->workers = units < ap->threads ? (int)units : ap->threads;
    s->worker_bytes = worker_bytes(s, chunk, p->cg);
    ap->variant = variant;
    ap->ws_bytes = lmc_add(lmc_mul((size_t)s->workers, s->worker_bytes), FFT_ALIGN - sizeof(float));
    ap->packed_bytes = lmc_mul3((size_t)p->d.m, (size_t)p->cg, lmc_mul(2 * s->plane, sizeof(float)));
}

/* The plans of size f, made once (the arrays only show FFTW the alignment
 * and strides; FFTW_ESTIMATE does not touch them).  No buffering: a
 * buffered plan allocates in execute. */
static lmc_status fft_prepare(const lmc_algo_plan *ap)
{
    const int v = ap->variant;
    if (__atomic_load_n(&g_inv[v], __ATOMIC_ACQUIRE)) return LMC_OK;
    pthread_mutex_lock(&g_fftw_lock);
    lmc_status st = LMC_OK;
    if (!g_inv[v]) {
        const int f = fft_size_of(v), h = f / 2 + 1;
        float *r = fftwf_malloc(sizeof(float) * (size_t)f * (size_t)f);
        float *re = fftwf_malloc(sizeof(float) * (size_t)f * (size_t)h);
        float *im = fftwf_malloc(sizeof(float) * (size_t)f * (size_t)h);
        const unsigned flags = FFTW_ESTIMATE | FFTW_NO_BUFFERING;
        const fftwf_iodim fdims[2] = {{f, f, h}, {f, 1, 1}}, idims[2] = {{f, h, f}, {f, 1, 1}};
        fftwf_plan fwd = NULL, inv = NULL;
        if (r && re && im) {
            fwd = fftwf_plan_guru_split_dft_r2c(2, fdims, 0, NULL, r, re, im, flags);
            inv = fftwf_plan_guru_split_dft_c2r(2, idims, 0, NULL, re, im, r, flags | FFTW_DESTROY_INPUT);
        }
        if (fwd && inv) {
            g_fwd[v] = fwd;
            __atomic_store_n(&g_inv[v], inv, __ATOMIC_RELEASE);
        } else {
            if (fwd) fftwf_destroy_plan(fwd);
            if (inv) fftwf_destroy_plan(inv);
            st = LMC_ERR_NOMEM;
        }
        fftwf_free(r);
        fftwf_free(re);
        fftwf_free(im);
    }
    pthread_mutex_unlock(&g_fftw_lock);
    return st;
}

/* Kernel spectra: for m and c, conj(DFT(kernel placed at the dilated
 * taps of an F x F zero image)) / F^2, i.e. the sum of
 * w[ky][kx] e^{+2 pi i (u ky dh + v kx dw) / F} / F^2, separably in double. */
static void fft_pack(const lmc_algo_plan *ap, const float *w, void *packed)
{
    const lmc_problem *p = &ap->p;
    const fft_plan *s = LMC_ALGO_STATE(fft_plan, ap);
    const int f = s->f, h = f / 2 + 1, KH = p->d.kh, KW = p->d.kw;
    double cs[64], sn[64];
    for (int j = 0; j < f; j++) {
        cs[j] = cos(2 * M_PI * j / f);
        sn[j] = sin(2 * M_PI * j / f);
    }
    const double scale = 1.0 / ((double)f * f);
    double ar[64][33], ai[64][33];   /* per kernel row: its DFT along x */
    float *out = packed;
    for (size_t m = 0; m < (size_t)p->d.m; m++)
        for (size_t c = 0; c < (size_t)p->cg; c++, out += 2 * s->plane) {
            for (int ky = 0; ky < KH; ky++)
                for (int v = 0; v < h; v++) {
                    double r = 0, i = 0;
                    for (int kx = 0; kx < KW; kx++) {
                        const double wv = lmc_weight_at(p, w, m, c, (size_t)ky, (size_t)kx);
                        const int e = (int)(((long)v * kx * p->d.dil_w) % f);
                        r += wv * cs[e];
                        i += wv * sn[e];
                    }
                    ar[ky][v] = r;
                    ai[ky][v] = i;
                }
            for (int u = 0; u < f; u++)
                for (int v = 0; v < h; v++) {
                    double r = 0, i = 0;
                    for (int ky = 0; ky < KH; ky++) {
                        const int e = (int)(((long)u * ky * p->d.dil_h) % f);
                        r += ar[ky][v] * cs[e] - ai[ky][v] * sn[e];
                        i += ar[ky][v] * sn[e] + ai[ky][v] * cs[e];
                    }
                    out[u * h + v] = (float)(r * scale);
                    out[s->plane + (size_t)(u * h + v)] = (float)(i * scale);
                }
            /* the planes' alignment padding, so packed bytes are all written */
            for (size_t b = s->nb; b < s->plane; b++) out[b] = out[s->plane + b] = 0.0f;
        }
}

/* Element (n, c, y, x) of an activation tensor is at base + y * ys + x * xs. */
typedef struct {
    size_t base, ys, xs;
} act_geom;

static act_geom geom(const lmc_problem *p, size_t C, size_t H, size_t W, size_t n, size_t c)
{
    const lmc_layout l = p->d.layout;
    const size_t xs = l == LMC_NHWC ? C : (size_t)p->blk;
    return (act_geom){lmc_act_offset(l, p->blk, C, H, W, n, c, 0, 0), xs * W, xs};
}

typedef struct {
    const lmc_algo_plan *ap;
    const lmc_exec_args *a;
    float *ws;               /* the aligned start of the workers' buffers */
} fft_ctx;

/* One unit: a chunk of tiles of one image and group. */
static void fft_unit(void *ctx, int worker, long unit)
{
    const fft_ctx *x = ctx;
    const lmc_problem *p = &x->ap->p;
    const lmc_conv_desc *d = &p->d;
    const fft_plan *s = LMC_ALGO_STATE(fft_plan, x->ap);
    const int v = x->ap->variant, f = s->f;
    const fftwf_plan fwd = g_fwd[v], inv = g_inv[v];
    const size_t plane = s->plane, spec = 2 * plane, nb = s->nb;
    const long CG = p->cg, MG = p->mg;
    const long ig = unit / s->chunks, n = ig / d->groups, g = ig % d->groups;
    const long t0 = unit % s->chunks * s->chunk;
    const long nt = s->tiles_y * s->tiles_x - t0 < s->chunk ? s->tiles_y * s->tiles_x - t0 : s->chunk;
    float *real = (float *)((char *)x->ws + (size_t)worker * s->worker_bytes);
    float *xs = real + s->real;              /* [tile][c]: re plane, im plane */
    float *z = xs + (size_t)nt * (size_t)CG * spec;

    for (long c = 0; c < CG; c++) {
        const act_geom gi = geom(p, (size_t)d->c, (size_t)d->h, (size_t)d->w, (size_t)n, (size_t)(g * CG + c));
        for (long t = 0; t < nt; t++) {
            const long ty = (t0 + t) / s->tiles_x, tx = (t0 + t) % s->tiles_x;
            const long y0 = ty * s->th - d->pad_top, x0 = tx * s->tw - d->pad_left;
            for (long r = 0; r < f; r++) {
                float *row = real + r * f;
                const long iy = y0 + r;
                if (iy < 0 || iy >= d->h) {
                    memset(row, 0, sizeof(float) * (size_t)f);
                    continue;
                }
                const float *src = x->a->x + gi.base + (size_t)iy * gi.ys;
                for (long q = 0; q < f; q++) {
                    const long ix = x0 + q;
                    row[q] = ix >= 0 && ix < d->w ? src[(size_t)ix * gi.xs] : 0.0f;
                }
            }
            float *o = xs + ((size_t)t * (size_t)CG + (size_t)c) * spec;
            fftwf_execute_split_dft_r2c(fwd, real, o, o + plane);
            /* the products run over whole planes: zeros past the bins */
            memset(o + nb, 0, sizeof(float) * (plane - nb));
            memset(o + plane + nb, 0, sizeof(float) * (plane - nb));
        }
    }
    const float *wsp = (const float *)x->a->packed + (size_t)(g * MG) * (size_t)CG * spec;
    for (long m = 0; m < MG; m++, wsp += (size_t)CG * spec) {
        const long mo = g * MG + m;
        const float bias = x->a->bias ? x->a->bias[mo] : 0.0f;
        const act_geom go = geom(p, (size_t)d->m, (size_t)p->ho, (size_t)p->wo, (size_t)n, (size_t)mo);
        for (long t = 0; t < nt; t++) {
            s->cmac(z, xs + (size_t)t * (size_t)CG * spec, wsp, (size_t)CG, spec, plane);
            fftwf_execute_split_dft_c2r(inv, z, z + plane, real);
            const long ty = (t0 + t) / s->tiles_x, tx = (t0 + t) % s->tiles_x;
            const long oy0 = ty * s->th, ox0 = tx * s->tw;
            const long rows = p->ho - oy0 < s->th ? p->ho - oy0 : s->th;
            const long cols = p->wo - ox0 < s->tw ? p->wo - ox0 : s->tw;
            for (long r = 0; r < rows; r++) {
                float *dst = x->a->y + go.base + (size_t)(oy0 + r) * go.ys + (size_t)ox0 * go.xs;
                for (long q = 0; q < cols; q++) {
                    const float val = real[r * f + q] + bias;
                    dst[(size_t)q * go.xs] = d->relu && !(val > 0.0f) ? 0.0f : val;
                }
            }
        }
    }
}

static void fft_execute(const lmc_algo_plan *ap, const lmc_exec_args *a)
{
    const fft_plan *s = LMC_ALGO_STATE(fft_plan, ap);
    const uintptr_t base = (uintptr_t)a->ws;
    fft_ctx c = {ap, a, (float *)((base + FFT_ALIGN - 1) / FFT_ALIGN * FFT_ALIGN)};
    lmc_parallel_units((long)ap->p.d.n * ap->p.d.groups * s->chunks, s->workers, fft_unit, &c);
    /* blocked layouts' padding output channels */
    const lmc_problem *p = &ap->p;
    for (size_t n = 0; n < (size_t)p->d.n; n++)
        lmc_zero_out_channels(p, a->y, n, (size_t)p->d.m, lmc_padded_channels((size_t)p->d.m, p->blk), 0,
                              (size_t)p->ho);
}

static double fft_cost(const lmc_algo_plan *ap)
{
    return estimate(&ap->p, LMC_ALGO_STATE(fft_plan, ap), ap->threads);
}

const lmc_algorithm lmc_algo_fft = {
    .id = LMC_ALGO_FFT, .name = "fft", .exact = false, .variants = fft_variants, .nvariants = FFT_NSIZES,
    .unsupported = fft_unsupported, .init = fft_init, .prepare = fft_prepare, .pack = fft_pack,
    .execute = fft_execute, .cost = fft_cost};

#else /* without FFTW the family is listed, with the reason */

static const char *fft_unsupported(const lmc_problem *p, int variant)
{
    (void)p;
    (void)variant;
    return "lmconv was built without FFTW (libfftw3-dev)";
}

const lmc_algorithm lmc_algo_fft = {
    .id = LMC_ALGO_FFT, .name = "fft", .exact = false, .variants = fft_variants, .nvariants = FFT_NSIZES,
    .unsupported = fft_unsupported};

#endif
