#define _GNU_SOURCE
#include "harness.h"

#include <math.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

/* ---- failures ---------------------------------------------------------- */
int lmc_test_failures;

void lmc_test_fail(const char *file, int line, const char *what)
{
    lmc_test_failures++;
    fprintf(stderr, "FAIL %s:%d: %s\n", file, line, what);
}

void lmc_test_note(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("     ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
}

int lmc_test_finish(const char *name, long passed)
{
    printf("%s: %ld passed, %d failed\n", name, passed, lmc_test_failures);
    return lmc_test_failures ? 1 : 0;
}

long lmc_test_sample(void)
{
    static long sample;
    if (!sample) {
        const char *e = getenv("LMC_TEST_SAMPLE");
        const long v = e ? strtol(e, NULL, 10) : 1;
        sample = v >= 1 && v <= 1000000 ? v : 1;
        if (sample > 1) printf("  LMC_TEST_SAMPLE=%ld: one case in %ld\n", sample, sample);
    }
    return sample;
}

bool lmc_test_take(long i)
{
    return ((uint64_t)i * 0x9E3779B97F4A7C15ull >> 32) % (uint64_t)lmc_test_sample() == 0;
}

long lmc_test_scaled(long n, long lo)
{
    const long v = n / lmc_test_sample();
    return v > lo ? v : lo;
}

/* ---- data -------------------------------------------------------------- */
uint64_t lmc_rng_next(lmc_rng *r)
{
    /* splitmix64 */
    uint64_t z = (r->s += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

int lmc_rng_int(lmc_rng *r, int lo, int hi)
{
    return lo + (int)(lmc_rng_next(r) % (uint64_t)(hi - lo + 1));
}

double lmc_rng_unit(lmc_rng *r) { return (double)(lmc_rng_next(r) >> 11) * 0x1.0p-53; }

void lmc_fill_exact(float *v, size_t n, lmc_rng *r)
{
    for (size_t i = 0; i < n; i++) {
        int k = lmc_rng_int(r, 1, 3);
        v[i] = (float)((lmc_rng_next(r) & 1) ? k : -k);
    }
}

void lmc_fill_real(float *v, size_t n, lmc_rng *r)
{
    for (size_t i = 0; i < n; i++) v[i] = (float)(2.0 * lmc_rng_unit(r) - 1.0);
}

bool lmc_exact_ok(const lmc_conv_desc *d)
{
    /* |x|, |w| <= 3, |b| <= 3: every partial sum is below 9 * k_red + 3. */
    double k_red = (double)(d->c / d->groups) * d->kh * d->kw;
    return 9.0 * k_red + 3.0 < 16777216.0;
}

/* ---- reference --------------------------------------------------------- */
lmc_status lmc_run_ref(const lmc_conv_desc *d, const float *x, const float *w, const float *b,
                       float *y, int threads)
{
    lmc_plan_opts o;
    lmc_plan_opts_init(&o);
    o.algo = LMC_ALGO_REF;
    o.threads = threads;
    lmc_plan *p;
    lmc_status s = lmc_plan_create(d, &o, w, b, &p);
    if (s != LMC_OK) return s;
    s = lmc_execute(p, x, y, NULL, 0);
    lmc_plan_destroy(p);
    return s;
}

lmc_status lmc_ref_bound(const lmc_conv_desc *d, const float *x, const float *w, const float *b,
                         float *bound, int threads)
{
    const size_t nin = lmc_desc_input_elems(d), nw = lmc_desc_weight_elems(d), nout = lmc_desc_output_elems(d);
    float *ax = malloc(nin * sizeof *ax), *aw = malloc(nw * sizeof *aw);
    float *ab = b ? malloc((size_t)d->m * sizeof *ab) : NULL;
    lmc_status s = LMC_ERR_NOMEM;
    if (ax && aw && (ab || !b)) {
        for (size_t i = 0; i < nin; i++) ax[i] = fabsf(x[i]);
        for (size_t i = 0; i < nw; i++) aw[i] = fabsf(w[i]);
        for (int i = 0; b && i < d->m; i++) ab[i] = fabsf(b[i]);
        /* sum(|x||w|) + |b|: the oracle on the absolute values, no ReLU */
        lmc_conv_desc dabs = *d;
        dabs.relu = 0;
        s = lmc_run_ref(&dabs, ax, aw, ab, bound, threads);
    }
    if (s == LMC_OK) {
        const double u = 0x1p-24, n = (double)(d->c / d->groups) * d->kh * d->kw + 3;
        const double gamma = n * u / (1 - n * u);
        for (size_t i = 0; i < nout; i++) bound[i] = (float)(gamma * bound[i]) + 0x1p-140f;
    }
    free(ax);
    free(aw);
    free(ab);
    return s;
}

/* ---- guarded buffers ---------------------------------------------------- */
static size_t page_size(void) { return (size_t)sysconf(_SC_PAGESIZE); }

bool lmc_guarded_alloc(lmc_guarded *g, size_t bytes, lmc_guard_side side, unsigned char pattern)
{
    memset(g, 0, sizeof *g);
    const size_t ps = page_size();
    const size_t data_pages = (bytes + ps - 1) / ps + (bytes == 0);
    g->map_bytes = (data_pages + 1) * ps;
    void *m = mmap(NULL, g->map_bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (m == MAP_FAILED) return false;
    g->map = m;
    g->bytes = bytes;
    g->pattern = pattern;
    memset(g->map, pattern, g->map_bytes);
    if (side == GUARD_AFTER) {
        unsigned char *guard = g->map + data_pages * ps;
        mprotect(guard, ps, PROT_NONE);
        g->ptr = guard - bytes;
        g->canary = g->map;
        g->canary_bytes = (size_t)((unsigned char *)g->ptr - g->map);
    } else {
        mprotect(g->map, ps, PROT_NONE);
        g->ptr = g->map + ps;
        g->canary = (unsigned char *)g->ptr + bytes;
        g->canary_bytes = g->map_bytes - ps - bytes;
    }
    return true;
}

bool lmc_guarded_canary_ok(const lmc_guarded *g)
{
    for (size_t i = 0; i < g->canary_bytes; i++)
        if (g->canary[i] != g->pattern) return false;
    return true;
}

void lmc_guarded_readonly(lmc_guarded *g)
{
    const size_t ps = page_size();
    unsigned char *first = (unsigned char *)((uintptr_t)g->ptr & ~(uintptr_t)(ps - 1));
    unsigned char *end = (unsigned char *)g->ptr + g->bytes;
    size_t len = (size_t)(end - first);
    len = (len + ps - 1) / ps * ps;
    if (len) mprotect(first, len, PROT_READ);
}

void lmc_guarded_free(lmc_guarded *g)
{
    if (g->map) munmap(g->map, g->map_bytes);
    memset(g, 0, sizeof *g);
}

/* ---- allocation counting ------------------------------------------------ */
/* The sanitizers own malloc: interposing it under them hides allocations
 * from their checks. */
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define LMC_NO_INTERPOSE 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define LMC_NO_INTERPOSE 1
#endif
#endif

static atomic_int counting;
static atomic_long alloc_calls;
static atomic_long fail_countdown = -1; /* < 0: off */
static atomic_int live_tracking;
static atomic_long live_blocks, live_bytes;

#ifndef LMC_NO_INTERPOSE
extern void *__libc_malloc(size_t);
extern void *__libc_calloc(size_t, size_t);
extern void *__libc_realloc(void *, size_t);
extern void *__libc_memalign(size_t, size_t);
extern void __libc_free(void *);
extern size_t malloc_usable_size(void *);

static bool note_alloc(void)
{
    if (atomic_load_explicit(&counting, memory_order_relaxed)) atomic_fetch_add(&alloc_calls, 1);
    long f = atomic_load_explicit(&fail_countdown, memory_order_relaxed);
    if (f < 0) return true;
    if (f == 0) return false;
    atomic_fetch_sub(&fail_countdown, 1);
    return true;
}

/* A block came (sign 1) or went (sign -1) while live allocations are tracked. */
static void *note_live(void *p, long sign)
{
    if (p && atomic_load_explicit(&live_tracking, memory_order_relaxed)) {
        atomic_fetch_add(&live_blocks, sign);
        atomic_fetch_add(&live_bytes, sign * (long)malloc_usable_size(p));
    }
    return p;
}

void *malloc(size_t n) { return note_alloc() ? note_live(__libc_malloc(n), 1) : NULL; }
void *calloc(size_t a, size_t b) { return note_alloc() ? note_live(__libc_calloc(a, b), 1) : NULL; }
void *realloc(void *p, size_t n)
{
    if (!note_alloc()) return NULL;
    /* Counted as the old block going and the new one coming. */
    if (p && n == 0) note_live(p, -1);
    const long before_bytes = p ? (long)malloc_usable_size(p) : 0;
    void *q = __libc_realloc(p, n);
    if (q && atomic_load_explicit(&live_tracking, memory_order_relaxed)) {
        if (!p) atomic_fetch_add(&live_blocks, 1);
        atomic_fetch_add(&live_bytes, (long)malloc_usable_size(q) - before_bytes);
    }
    return q;
}
void free(void *p)
{
    if (p && atomic_load_explicit(&counting, memory_order_relaxed)) atomic_fetch_add(&alloc_calls, 1);
    note_live(p, -1);
    __libc_free(p);
}
int posix_memalign(void **out, size_t al, size_t n)
{
    if (!note_alloc()) return 12; /* ENOMEM */
    void *p = note_live(__libc_memalign(al, n), 1);
    if (!p) return 12;
    *out = p;
    return 0;
}
void *aligned_alloc(size_t al, size_t n) { return note_alloc() ? note_live(__libc_memalign(al, n), 1) : NULL; }
void *memalign(size_t al, size_t n) { return note_alloc() ? note_live(__libc_memalign(al, n), 1) : NULL; }

bool lmc_alloc_counting_available(void) { return true; }
#else
bool lmc_alloc_counting_available(void) { return false; }
#endif

void lmc_alloc_count_start(void)
{
    atomic_store(&alloc_calls, 0);
    atomic_store(&counting, 1);
}

long lmc_alloc_count_stop(void)
{
    atomic_store(&counting, 0);
    return atomic_load(&alloc_calls);
}

void lmc_alloc_live_start(void)
{
    atomic_store(&live_blocks, 0);
    atomic_store(&live_bytes, 0);
    atomic_store(&live_tracking, 1);
}

void lmc_alloc_live_stop(long *blocks, long *bytes)
{
    atomic_store(&live_tracking, 0);
    *blocks = atomic_load(&live_blocks);
    *bytes = atomic_load(&live_bytes);
}

void lmc_alloc_fail_after(long k) { atomic_store(&fail_countdown, k); }
void lmc_alloc_fail_off(void) { atomic_store(&fail_countdown, -1); }

lmc_conv_desc lmc_test_desc(const int e[13])
{
    lmc_conv_desc d;
    lmc_desc_init(&d, e[0], e[1], e[2], e[3], e[4], e[5], e[6]);
    d.stride_h = e[7];
    d.stride_w = e[8];
    d.pad_top = e[9];
    d.pad_bottom = e[10];
    d.pad_left = e[11];
    d.pad_right = e[12];
    return d;
}

const int lmc_test_grouped[][14] = {
    /* n  c   h   w    m  kh kw sh sw pt pb pl pr  g */
    {1, 50, 7, 9, 176, 1, 1, 1, 1, 0, 0, 0, 0, 2},
    {1, 200, 5, 6, 50, 1, 1, 1, 1, 0, 0, 0, 0, 2},
    {2, 36, 9, 8, 60, 3, 3, 2, 2, 1, 1, 1, 1, 6},
    {2, 40, 5, 6, 20, 3, 3, 2, 1, 1, 0, 1, 1, 4},
    {1, 128, 6, 6, 128, 3, 3, 1, 1, 1, 1, 1, 1, 32},
    {1, 64, 7, 7, 128, 3, 3, 1, 1, 1, 1, 1, 1, 64},
    {2, 20, 9, 7, 60, 5, 3, 2, 1, 2, 1, 1, 1, 20},
    {1, 24, 7, 5, 48, 3, 3, 1, 2, 1, 1, 1, 0, 24},
};
const size_t lmc_test_grouped_count = sizeof lmc_test_grouped / sizeof lmc_test_grouped[0];

const char *lmc_shapes_dir(void)
{
    const char *e = getenv("LMC_SHAPES_DIR");
    return e && *e ? e : LMC_DEFAULT_SHAPES_DIR;
}

size_t lmc_test_algos(lmc_test_algo out[LMC_TEST_MAX_ALGOS])
{
    size_t n = 0;
    for (int a = LMC_ALGO_AUTO + 1; a < LMC_ALGO_COUNT_; a++) {
        const char *name = lmc_algo_name((lmc_algo)a);
        if (!name || a == LMC_ALGO_REF) continue;
        for (int v = 0; v <= lmc_algo_variant_count((lmc_algo)a) && n < LMC_TEST_MAX_ALGOS; v++) {
            out[n].algo = (lmc_algo)a;
            out[n].variant = v;
            if (v) snprintf(out[n].name, sizeof out[n].name, "%s:%s", name, lmc_algo_variant_name((lmc_algo)a, v));
            else snprintf(out[n].name, sizeof out[n].name, "%s", name);
            n++;
        }
    }
    return n;
}

long double lmc_test_ws_floor(const lmc_conv_desc *d, lmc_algo a, int variant)
{
    int ho, wo;
    if (lmc_desc_validate(d, &ho, &wo) != LMC_OK) return 0;
    const long double n = d->n, h = d->h, w = d->w, kh = d->kh, kw = d->kw, f = sizeof(float);
    const long double cg = d->c / d->groups, mg = d->m / d->groups, Ho = ho, Wo = wo;
    const long double khd = ((long double)d->kh - 1) * d->dil_h + 1;
    const bool pointwise = d->kh == 1 && d->kw == 1 && d->stride_h == 1 && d->stride_w == 1 &&
                           !d->pad_top && !d->pad_bottom && !d->pad_left && !d->pad_right;
    const char *vname = variant ? lmc_algo_variant_name(a, variant) : NULL;
    switch (a) {
    case LMC_ALGO_IM2COL: /* the lowered matrix */
        return pointwise ? 0 : cg * kh * kw * Ho * Wo * f;
    case LMC_ALGO_MEC: {
        /* L: Wo x R rows of KW * C/g, R the rows its windows read (mec.c);
         * none when solution B reads the input in place. */
        const bool in_place = d->kh == 1 && !d->pad_top && !d->pad_bottom && !d->pad_left &&
                              !d->pad_right &&
                              (d->layout == LMC_NHWC ? d->kw == 1 || (d->dil_w == 1 && d->groups == 1)
                                                     : d->kw == 1);
        const bool sol_a = vname && vname[0] == 'a';
        const long double rows = d->stride_h >= khd ? Ho * kh : (Ho - 1) * d->stride_h + khd;
        return sol_a || !in_place ? (sol_a ? n : 1) * Wo * rows * kw * cg * f : 0;
    }
    case LMC_ALGO_KN2ROW: /* every tap's product over the whole input */
        return kh * kw * mg * h * w * f;
    case LMC_ALGO_INDIRECT: /* the indirection buffer and the zero row */
        return kh * kw * Ho * Wo * sizeof(const float *) + (long double)d->c * f;
    case LMC_ALGO_DIRECT: {
        /* Depthwise NCHW on the row tiles: one image of input and output
         * in NHWC; the dense convolution and the NCHW tiles run in place. */
        const char *vn = lmc_algo_variant_name(a, variant);
        const bool row = vn && (!strcmp(vn, "64x6") || !strcmp(vn, "32x14") || !strcmp(vn, "16x6") ||
                                !strcmp(vn, "8x14") || !strcmp(vn, "8x4"));
        const bool dw = d->groups == d->c && d->groups == d->m;
        return d->layout == LMC_NCHW && row && dw ? ((long double)d->c * h * w + (long double)d->m * Ho * Wo) * f
                                                  : 0;
    }
    default:
        return 0;
    }
}

long double lmc_test_packed_floor(const lmc_conv_desc *d)
{
    if (lmc_desc_validate(d, NULL, NULL) != LMC_OK) return 0;
    return (long double)d->m * (d->c / d->groups) * d->kh * d->kw * sizeof(float);
}

bool lmc_run_checked(const lmc_check_case *c, bool *unsupported, bool *ws_last_written)
{
    char ds[256], an[64];
    lmc_layer_str(c->d, ds, sizeof ds);
    if (c->variant) snprintf(an, sizeof an, "%s:%s", lmc_algo_name(c->algo), lmc_algo_variant_name(c->algo, c->variant));
    else snprintf(an, sizeof an, "%s", lmc_algo_name(c->algo));
    if (unsupported) *unsupported = false;
    if (ws_last_written) *ws_last_written = false;
    lmc_plan_opts o;
    lmc_plan_opts_init(&o);
    o.algo = c->algo;
    o.variant = c->variant;
    o.threads = c->threads;
    lmc_plan *p = NULL;
    lmc_status s = lmc_plan_create(c->d, &o, c->w, c->b, &p);
    if (s == LMC_ERR_UNSUPPORTED) {
        if (unsupported) *unsupported = true;
        return false;
    }
    CHECK(s == LMC_OK, "%s %s t%d: plan_create: %s", an, ds, c->threads, lmc_strerror(s));
    if (s != LMC_OK) return false;

    size_t wsb = lmc_plan_workspace_bytes(p);
    size_t qws = 0, qpk = 0;
    CHECK(lmc_query(c->d, c->algo, c->variant, c->threads, &qws, &qpk) == LMC_OK && qws == wsb &&
              qpk == lmc_plan_packed_weight_bytes(p),
          "%s %s: lmc_query disagrees with the plan", an, ds);
    const size_t nin = lmc_desc_input_elems(c->d), nout = lmc_desc_output_elems(c->d);
    lmc_guarded gx, gy, gw;
    bool ok = lmc_guarded_alloc(&gx, nin * sizeof(float), GUARD_AFTER, c->pattern) &&
              lmc_guarded_alloc(&gy, nout * sizeof(float), c->side, c->pattern) &&
              lmc_guarded_alloc(&gw, wsb, c->side, c->pattern);
    CHECK(ok, "mmap failed");
    if (!ok) {
        lmc_plan_destroy(p);
        return false;
    }
    memcpy(gx.ptr, c->x, nin * sizeof(float));
    lmc_guarded_readonly(&gx);

    lmc_alloc_count_start();
    s = lmc_execute(p, gx.ptr, gy.ptr, wsb ? gw.ptr : NULL, wsb);
    long allocs = lmc_alloc_count_stop();
    bool pass = true;
#define HCHECK(cond, ...)          \
    do {                           \
        if (!(cond)) pass = false; \
        CHECK(cond, __VA_ARGS__);  \
    } while (0)
    HCHECK(s == LMC_OK, "%s %s t%d: execute: %s", an, ds, c->threads, lmc_strerror(s));
    HCHECK(allocs == 0, "%s %s t%d: %ld allocation calls during execute", an, ds, c->threads, allocs);
    HCHECK(lmc_guarded_canary_ok(&gy), "%s %s t%d: wrote outside the output", an, ds, c->threads);
    HCHECK(lmc_guarded_canary_ok(&gw), "%s %s t%d: wrote outside the workspace", an, ds, c->threads);
    HCHECK(memcmp(gx.ptr, c->x, nin * sizeof(float)) == 0, "%s %s: input modified", an, ds);
    if (wsb >= sizeof(float) && ws_last_written) {
        unsigned char *last = (unsigned char *)gw.ptr + wsb - sizeof(float);
        *ws_last_written = false;
        for (size_t i = 0; i < sizeof(float); i++)
            if (last[i] != c->pattern) *ws_last_written = true;
    }
    const float *y = gy.ptr;
    size_t bad = 0, first = 0;
    for (size_t i = 0; i < nout; i++) {
        bool good = c->bound ? (y[i] - c->yref[i] <= c->bound[i] && c->yref[i] - y[i] <= c->bound[i])
                             : y[i] == c->yref[i];
        if (!good && bad++ == 0) first = i;
    }
    HCHECK(bad == 0, "%s %s t%d: %zu of %zu outputs wrong; first at %zu: got %.9g want %.9g", an, ds,
           c->threads, bad, nout, first, bad ? (double)y[first] : 0.0,
           bad ? (double)c->yref[first] : 0.0);
#undef HCHECK
    lmc_guarded_free(&gx);
    lmc_guarded_free(&gy);
    lmc_guarded_free(&gw);
    lmc_plan_destroy(p);
    return pass;
}

size_t lmc_load_real_shapes(int batch, lmc_layer **out)
{
    static const char *const files[] = {"benchdnn_shapes.csv", "xnnpack_bench_shapes.csv"};
    *out = NULL;
    size_t total = 0;
    for (int f = 0; f < 2; f++) {
        char path[1024], err[256];
        snprintf(path, sizeof path, "%s/%s", lmc_shapes_dir(), files[f]);
        lmc_layer *L;
        size_t n = lmc_layers_load(path, batch, &L, err, sizeof err);
        CHECK(n > 0, "cannot read the real-network shapes: %s", err);
        if (!n) continue;
        lmc_layer *all = realloc(*out, (total + n) * sizeof *all);
        CHECK(all != NULL, "out of memory");
        if (all) {
            memcpy(all + total, L, n * sizeof *L);
            *out = all;
            total += n;
        }
        free(L);
    }
    return total;
}

/* ---- error bounds ------------------------------------------------------ */
#include <math.h>

#include "algo/winograd_tf.h"
#include "internal.h"

void lmc_winograd_bound(const lmc_conv_desc *d, int m, const float *x, const float *w,
                        const float *b, float *bound)
{
    const int alpha = m + 2, blk = 1;
    const float *at = m == 2 ? &lmc_wino2_at[0][0] : m == 4 ? &lmc_wino4_at[0][0] : &lmc_wino6_at[0][0];
    const float *bt = m == 2 ? &lmc_wino2_bt[0][0] : m == 4 ? &lmc_wino4_bt[0][0] : &lmc_wino6_bt[0][0];
    const double *gm = m == 2 ? &lmc_wino2_g[0][0] : m == 4 ? &lmc_wino4_g[0][0] : &lmc_wino6_g[0][0];
    double K[6][8][3];
    for (int i = 0; i < m; i++)
        for (int p = 0; p < alpha; p++)
            for (int q = 0; q < 3; q++) {
                double s = 0;
                for (int k = 0; k < alpha; k++)
                    s += fabs((double)at[i * alpha + k]) * fabs(gm[k * 3 + q]) * fabs((double)bt[k * alpha + p]);
                K[i][p][q] = s;
            }
    int ho, wo;
    lmc_desc_validate(d, &ho, &wo);
    const int G = d->groups, cg = d->c / G, mg = d->m / G;
    const double u = 0x1p-24, N = cg + 4.0 * alpha + 3.0, gamma = N * u / (1 - N * u);
    const int th = (ho + m - 1) / m, tw = (wo + m - 1) / m;
    double *E = malloc((size_t)mg * (size_t)(m * m) * sizeof *E);
    double X[6][3][6][3], Z[8][6][3];
    for (int n = 0; n < d->n; n++)
        for (int g = 0; g < G; g++)
            for (int ty = 0; ty < th; ty++)
                for (int tx = 0; tx < tw; tx++) {
                    memset(E, 0, (size_t)mg * (size_t)(m * m) * sizeof *E);
                    for (int c = 0; c < cg; c++) {
                        const int cc = g * cg + c;
                        double ax[8][8];
                        for (int py = 0; py < alpha; py++)
                            for (int px = 0; px < alpha; px++) {
                                const long iy = (long)ty * m - d->pad_top + py, ix = (long)tx * m - d->pad_left + px;
                                ax[py][px] = iy < 0 || iy >= d->h || ix < 0 || ix >= d->w
                                                 ? 0.0
                                                 : fabs((double)x[lmc_act_offset(d->layout, blk, (size_t)d->c, (size_t)d->h, (size_t)d->w, (size_t)n, (size_t)cc, (size_t)iy, (size_t)ix)]);
                            }
                        for (int py = 0; py < alpha; py++)
                            for (int j = 0; j < m; j++)
                                for (int qx = 0; qx < 3; qx++) {
                                    double s = 0;
                                    for (int px = 0; px < alpha; px++) s += K[j][px][qx] * ax[py][px];
                                    Z[py][j][qx] = s;
                                }
                        for (int i = 0; i < m; i++)
                            for (int qy = 0; qy < 3; qy++)
                                for (int j = 0; j < m; j++)
                                    for (int qx = 0; qx < 3; qx++) {
                                        double s = 0;
                                        for (int py = 0; py < alpha; py++) s += K[i][py][qy] * Z[py][j][qx];
                                        X[i][qy][j][qx] = s;
                                    }
                        for (int mo = 0; mo < mg; mo++) {
                            const size_t om = (size_t)(g * mg + mo);
                            double aw[3][3];
                            for (int qy = 0; qy < 3; qy++)
                                for (int qx = 0; qx < 3; qx++)
                                    aw[qy][qx] = fabs((double)(d->layout == LMC_NHWC
                                                                   ? w[((om * 3 + (size_t)qy) * 3 + (size_t)qx) * (size_t)cg + (size_t)c]
                                                                   : w[((om * (size_t)cg + (size_t)c) * 3 + (size_t)qy) * 3 + (size_t)qx]));
                            double *e = E + (size_t)mo * (size_t)(m * m);
                            for (int i = 0; i < m; i++)
                                for (int j = 0; j < m; j++) {
                                    double s = 0;
                                    for (int qy = 0; qy < 3; qy++)
                                        for (int qx = 0; qx < 3; qx++) s += aw[qy][qx] * X[i][qy][j][qx];
                                    e[i * m + j] += s;
                                }
                        }
                    }
                    for (int mo = 0; mo < mg; mo++)
                        for (int i = 0; i < m; i++)
                            for (int j = 0; j < m; j++) {
                                const int oy = ty * m + i, ox = tx * m + j;
                                if (oy >= ho || ox >= wo) continue;
                                const size_t om = (size_t)(g * mg + mo);
                                const double bb = d->has_bias && b ? fabs((double)b[om]) : 0.0;
                                bound[lmc_act_offset(d->layout, blk, (size_t)d->m, (size_t)ho, (size_t)wo, (size_t)n, om, (size_t)oy, (size_t)ox)] =
                                    (float)(gamma * (E[(size_t)mo * (size_t)(m * m) + (size_t)(i * m + j)] + bb)) + 0x1p-140f;
                            }
                }
    free(E);
}

void lmc_fft_bound(const lmc_conv_desc *d, int f, const float *x, const float *w, const float *b, float *bound)
{
    lmc_ref_bound(d, x, w, d->has_bias ? b : NULL, bound, 1);
    int ho, wo;
    lmc_desc_validate(d, &ho, &wo);
    const int G = d->groups, cg = d->c / G, mg = d->m / G, blk = lmc_layout_block(d->layout);
    const int khd = (d->kh - 1) * d->dil_h + 1, kwd = (d->kw - 1) * d->dil_w + 1;
    const int th = f - khd + 1, tw = f - kwd + 1, tiles_y = (ho + th - 1) / th, tiles_x = (wo + tw - 1) / tw;
    const double u = 0x1p-24, eta = u + 4 * u / (1 - 4 * u) * (sqrt(2.0) + u);
    const double eps = 2 * log2((double)f) * eta, nsum = 2.0 * cg + 4, gamma = nsum * u / (1 - nsum * u);
    const double k = 2 * eps + gamma + u;
    double *w1 = malloc((size_t)d->m * (size_t)cg * sizeof *w1), *x2 = malloc((size_t)cg * sizeof *x2);
    for (int m = 0; m < d->m; m++)
        for (int c = 0; c < cg; c++) {
            double s = 0;
            for (int ky = 0; ky < d->kh; ky++)
                for (int kx = 0; kx < d->kw; kx++) {
                    const size_t i = d->layout == LMC_NHWC ? (((size_t)m * d->kh + ky) * d->kw + kx) * cg + c
                                                           : (((size_t)m * cg + c) * d->kh + ky) * d->kw + kx;
                    s += fabs((double)w[i]);
                }
            w1[(size_t)m * cg + c] = s;
        }
    for (int n = 0; n < d->n; n++)
        for (int g = 0; g < G; g++)
            for (int ty = 0; ty < tiles_y; ty++)
                for (int tx = 0; tx < tiles_x; tx++) {
                    /* the 2-norm of each input channel's F x F window */
                    for (int c = 0; c < cg; c++) {
                        double s = 0;
                        for (int r = 0; r < f; r++)
                            for (int q = 0; q < f; q++) {
                                const long iy = (long)ty * th - d->pad_top + r, ix = (long)tx * tw - d->pad_left + q;
                                if (iy < 0 || iy >= d->h || ix < 0 || ix >= d->w) continue;
                                const double v = x[lmc_act_offset(d->layout, blk, (size_t)d->c, (size_t)d->h, (size_t)d->w,
                                                                  (size_t)n, (size_t)(g * cg + c), (size_t)iy, (size_t)ix)];
                                s += v * v;
                            }
                        x2[c] = sqrt(s);
                    }
                    for (int mo = 0; mo < mg; mo++) {
                        const int m = g * mg + mo;
                        double e = 0;
                        for (int c = 0; c < cg; c++) e += w1[(size_t)m * cg + c] * x2[c];
                        for (int oy = ty * th; oy < ho && oy < (ty + 1) * th; oy++)
                            for (int ox = tx * tw; ox < wo && ox < (tx + 1) * tw; ox++) {
                                float *o = &bound[lmc_act_offset(d->layout, blk, (size_t)d->m, (size_t)ho, (size_t)wo,
                                                                 (size_t)n, (size_t)m, (size_t)oy, (size_t)ox)];
                                *o = (float)(*o + k * e * (1 + 4 * u));
                            }
                    }
                }
    free(w1);
    free(x2);
}

bool lmc_test_plan_error_bound(const lmc_plan *p, const lmc_conv_desc *d, const float *x, const float *w,
                               const float *b, float *bound)
{
    const lmc_algo a = lmc_plan_algo(p);
    if (lmc_algo_is_exact(a)) return false;
    const char *v = lmc_plan_variant(p);
    const int m = v ? atoi(v) : 0;
    if (a == LMC_ALGO_FFT && m >= 8) {
        lmc_fft_bound(d, m, x, w, b, bound);
        return true;
    }
    CHECK(a == LMC_ALGO_WINOGRAD && (m == 2 || m == 4 || m == 6), "no error bound for %s:%s",
          lmc_algo_name(a), v ? v : "");
    lmc_winograd_bound(d, m, x, w, b, bound);
    return true;
}

bool lmc_test_error_bound(const lmc_conv_desc *d, lmc_algo a, int variant, const float *x,
                          const float *w, const float *b, float *bound)
{
    if (lmc_algo_is_exact(a)) return false;
    lmc_plan_opts o;
    lmc_plan_opts_init(&o);
    o.algo = a;
    o.variant = variant;
    lmc_plan *p;
    if (lmc_plan_create(d, &o, w, d->has_bias ? b : NULL, &p) != LMC_OK) return false;
    const bool inexact = lmc_test_plan_error_bound(p, d, x, w, b, bound);
    lmc_plan_destroy(p);
    return inexact;
}
