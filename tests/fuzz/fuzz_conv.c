/* fuzz_conv: any bytes become a descriptor (every field, invalid and huge
 * values included), plan options and exact small-integer tensors.  Every
 * input must either get the error status the documented rules predict, or
 * a plan whose figures lmc_query repeats and -- when the problem is small
 * enough to run here -- whose output equals the oracle's bit for bit (an
 * inexact family's: within the stated tolerance), with a workspace of
 * exactly the reported size.  libFuzzer calls LLVMFuzzerTestOneInput;
 * replay.c feeds it the committed corpus in the ordinary test build.
 *
 * Input, byte by byte (missing bytes read as 0).  A "field" is one byte b:
 * b < 224 gives lo + b % (hi - lo + 1), b < 248 a boundary value
 * (specials[], e.g. INT_MAX, 1 << 30, 1024), and b >= 248 the next four
 * bytes as a little-endian int32.
 *   fields n [1,3], c [1,24], h w [1,20], m [1,24], kh kw [1,7],
 *     stride_h stride_w [1,4], pad top bottom left right [0,4],
 *     dil_h dil_w [1,3], a groups selector [0,7] (0: 1, 1: gcd(c, m),
 *     2: c, 3..7: 1..5, others: the value), layout [0,3];
 *   a byte of bits: 1 bias, 2 ReLU, 4 ReLU = -7, 8 has_bias = 3, 0x10 the
 *     bias pointer the wrong way round;
 *   fields algorithm [0, LMC_ALGO_COUNT_ - 1], variant [0, its count],
 *     threads [0,4];
 *   a limit byte (% 8: 0-2 none, 3 zero, 4 one byte, 5 the next two bytes
 *     x 16, 6 the family's workspace, 7 one byte under it) and its two bytes;
 *   a flags byte (< 200: its low two bits, else one more arbitrary bit);
 *   four bytes of data seed; a byte of extra checks (1 short workspace,
 *     2 misaligned input, 4 a layout round trip to layout (b >> 3) & 3).
 * tests/fuzz/make_seeds.py writes the named seeds in this format. */
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cpu.h"
#include "harness.h"
#include "internal.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Problems run here at most this big, so that an input takes milliseconds
 * under the sanitizers; larger ones stop after the queries. */
#define MAX_MACS 300000.0
#define MAX_ELEMS ((size_t)1 << 17)
#define MAX_WS_BYTES ((size_t)8 << 20)

static char g_what[512]; /* the input's problem and options, for failure messages */

static void fail(int line, const char *cond, const char *fmt, ...)
{
    fprintf(stderr, "fuzz_conv:%d: %s\n  %s\n  ", line, cond, g_what);
    va_list ap;
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    abort();
}
#define REQUIRE(cond, ...)                                   \
    do {                                                     \
        if (!(cond)) fail(__LINE__, #cond, "" __VA_ARGS__);  \
    } while (0)

/* ---- bytes to values ---------------------------------------------------- */
typedef struct {
    const uint8_t *p;
    size_t n;
} reader;

static unsigned next(reader *r)
{
    if (!r->n) return 0;
    r->n--;
    return *r->p++;
}

static const int specials[] = {0,           -1,          1,           2,         3,
                               INT_MAX,     INT_MIN,     INT_MAX - 1, 1 << 30,   1 << 24,
                               1 << 20,     1 << 16,     65535,       46341,     1000000000,
                               -1000000000, 1023,        1024,        1025,      INT_MIN + 1};
#define NSPECIALS (sizeof specials / sizeof specials[0])

/* One int field: usually a small value in [lo, hi], sometimes a boundary
 * value or any 32-bit one, so the mutator reaches both kinds of problem. */
static int field(reader *r, int lo, int hi)
{
    const unsigned b = next(r);
    if (b < 224) return lo + (int)(b % (unsigned)(hi - lo + 1));
    if (b < 248) return specials[(b - 224) % NSPECIALS];
    uint32_t u = 0;
    for (int i = 0; i < 4; i++) u |= (uint32_t)next(r) << (8 * i);
    int32_t v;
    memcpy(&v, &u, sizeof v);
    return v;
}

static int gcd(int a, int b) { return b ? gcd(b, a % b) : a; }

/* ---- what the rules predict --------------------------------------------- */
/* Which of the header's validation rules d breaks, each worked out on its
 * own in 64-bit and long double arithmetic (which cannot wrap here), and
 * the output extents.  Validation must say LMC_OK exactly when none is
 * broken, and otherwise name one that is (the order among several is
 * test_desc's business). */
static void broken_rules(const lmc_conv_desc *d, bool broken[LMC_STATUS_COUNT_], int64_t *ho, int64_t *wo)
{
    memset(broken, 0, LMC_STATUS_COUNT_ * sizeof *broken);
    *ho = *wo = 0;
    broken[LMC_ERR_BAD_SIZE] = d->n < 1 || d->c < 1 || d->h < 1 || d->w < 1 || d->m < 1 || d->kh < 1 || d->kw < 1;
    broken[LMC_ERR_BAD_STRIDE] = d->stride_h < 1 || d->stride_w < 1;
    broken[LMC_ERR_BAD_DILATION] = d->dil_h < 1 || d->dil_w < 1;
    broken[LMC_ERR_BAD_PADDING] = d->pad_top < 0 || d->pad_bottom < 0 || d->pad_left < 0 || d->pad_right < 0;
    broken[LMC_ERR_BAD_GROUPS] = d->groups < 1 || (int64_t)d->c % d->groups || (int64_t)d->m % d->groups;
    broken[LMC_ERR_BAD_LAYOUT] = lmc_layout_block(d->layout) == 0;
    if (broken[LMC_ERR_BAD_SIZE] || broken[LMC_ERR_BAD_STRIDE] || broken[LMC_ERR_BAD_DILATION] ||
        broken[LMC_ERR_BAD_PADDING])
        return;
    /* The output: how many window positions, stride apart, fit in the padded input. */
    const int64_t khd = ((int64_t)d->kh - 1) * d->dil_h + 1, kwd = ((int64_t)d->kw - 1) * d->dil_w + 1;
    const int64_t sh = (int64_t)d->h + d->pad_top + d->pad_bottom;
    const int64_t sw = (int64_t)d->w + d->pad_left + d->pad_right;
    *ho = sh < khd ? 0 : (sh - khd) / d->stride_h + 1;
    *wo = sw < kwd ? 0 : (sw - kwd) / d->stride_w + 1;
    broken[LMC_ERR_EMPTY_OUTPUT] = *ho < 1 || *wo < 1;
    /* Every extent stays an int, every tensor's bytes a ptrdiff_t. */
    bool big = *ho > INT_MAX || *wo > INT_MAX || khd > INT_MAX || kwd > INT_MAX;
    if (!broken[LMC_ERR_BAD_GROUPS] && !broken[LMC_ERR_BAD_LAYOUT]) {
        const long double lim = (long double)(PTRDIFF_MAX / sizeof(float));
        const int blk = lmc_layout_block(d->layout);
        const long double cp = (long double)((d->c + (int64_t)blk - 1) / blk * blk);
        const long double mp = (long double)((d->m + (int64_t)blk - 1) / blk * blk);
        big |= (long double)d->n * cp * d->h * d->w > lim ||
               (long double)d->n * mp * (long double)*ho * (long double)*wo > lim ||
               (long double)d->m * (d->c / d->groups) * d->kh * (long double)d->kw > lim;
    }
    broken[LMC_ERR_OVERFLOW] = !broken[LMC_ERR_EMPTY_OUTPUT] && big;
}

static void check_descriptor(const lmc_conv_desc *d, lmc_status v, int ho, int wo)
{
    bool broken[LMC_STATUS_COUNT_];
    int64_t eho, ewo;
    broken_rules(d, broken, &eho, &ewo);
    bool any = false;
    for (int i = 0; i < LMC_STATUS_COUNT_; i++) any |= broken[i];
    REQUIRE((unsigned)v < LMC_STATUS_COUNT_ && (v == LMC_OK ? !any : broken[v]),
            "validate: %s, which the broken rules do not explain", lmc_strerror(v));
    const size_t in = lmc_desc_input_elems(d), out = lmc_desc_output_elems(d);
    const size_t wt = lmc_desc_weight_elems(d);
    if (v != LMC_OK) {
        REQUIRE(in == 0 && out == 0 && wt == 0 && lmc_desc_flops(d) == 0.0, "sizes of an invalid descriptor");
        return;
    }
    REQUIRE(ho == eho && wo == ewo, "output %dx%d, formula %lldx%lld", ho, wo, (long long)eho, (long long)ewo);
    const int blk = lmc_layout_block(d->layout);
    const long double cp = (long double)((d->c + (int64_t)blk - 1) / blk * blk);
    const long double mp = (long double)((d->m + (int64_t)blk - 1) / blk * blk);
    REQUIRE((long double)in == (long double)d->n * cp * d->h * d->w, "input elements %zu", in);
    REQUIRE((long double)out == (long double)d->n * mp * ho * (long double)wo, "output elements %zu", out);
    REQUIRE((long double)wt == (long double)d->m * (d->c / d->groups) * d->kh * (long double)d->kw,
            "weight elements %zu", wt);
    REQUIRE(in == lmc_layout_elems(d->layout, d->n, d->c, d->h, d->w), "lmc_layout_elems");
}

/* An axis's taps that can read inside the image: at most the kernel, and
 * at most the span of input rows the outputs' windows start in, divided by
 * the dilation. */
static int64_t taps_reaching(int k, int in, int out, int stride, int dil)
{
    const int64_t span = (int64_t)in + (int64_t)(out - 1) * stride;
    const int64_t t = span / dil + 1;
    return t < k ? t : k;
}

static int resolved_threads(int t) { return t == 0 ? lmc_default_threads() : t; }
static bool threads_ok(int t) { return t >= 0 && t <= 1024; }

/* Every id and variant, in range or not, through lmc_query and
 * lmc_unsupported_reason: the status follows the rules, the reason is
 * there exactly for LMC_ERR_UNSUPPORTED, and a reported size is never
 * below the family's documented main term (a wrapped size would be). */
static void check_queries(const lmc_conv_desc *d, lmc_status v, int threads)
{
    static const int extra_ids[] = {-1, LMC_ALGO_COUNT_, 999};
    for (int i = 0; i < LMC_ALGO_COUNT_ + 3; i++) {
        const lmc_algo a = (lmc_algo)(i < LMC_ALGO_COUNT_ ? i : extra_ids[i - LMC_ALGO_COUNT_]);
        const bool known = a != LMC_ALGO_AUTO && lmc_algo_name(a) != NULL;
        const int nv = lmc_algo_variant_count(a);
        for (int var = -1; var <= nv + 1; var++) {
            size_t ws = 7, pk = 7;
            const lmc_status s = lmc_query(d, a, var, threads, &ws, &pk);
            const char *why = lmc_unsupported_reason(d, a, var);
            REQUIRE(lmc_query(d, a, var, threads, NULL, NULL) == s, "query without outputs");
            if (v != LMC_OK) {
                REQUIRE(s == v && why == NULL, "query %d:%d on an invalid descriptor: %s", a, var, lmc_strerror(s));
                continue;
            }
            if (!known) {
                REQUIRE(s == (a == LMC_ALGO_AUTO ? LMC_ERR_BAD_ARG : LMC_ERR_UNKNOWN_ALGO) && why == NULL,
                        "query of id %d: %s", a, lmc_strerror(s));
                continue;
            }
            if (var < 0 || var > nv) {
                REQUIRE(s == LMC_ERR_BAD_ARG && why == NULL, "query %s variant %d: %s", lmc_algo_name(a), var,
                        lmc_strerror(s));
                continue;
            }
            if (!threads_ok(threads)) {
                REQUIRE(s == LMC_ERR_BAD_ARG, "query at %d threads: %s", threads, lmc_strerror(s));
                continue;
            }
            REQUIRE((s == LMC_ERR_UNSUPPORTED) == (why != NULL), "query %s:%d says %s, reason %s", lmc_algo_name(a),
                    var, lmc_strerror(s), why ? why : "(none)");
            REQUIRE(s == LMC_OK || s == LMC_ERR_UNSUPPORTED || s == LMC_ERR_OVERFLOW, "query %s:%d: %s",
                    lmc_algo_name(a), var, lmc_strerror(s));
            if (s != LMC_OK) continue;
            const long double wf = lmc_test_ws_floor(d, a, var), pf = lmc_test_packed_floor(d);
            REQUIRE(ws != SIZE_MAX && pk != SIZE_MAX && (long double)ws >= wf && (long double)pk >= pf,
                    "query %s:%d: workspace %zu (floor %.0Lf), packed %zu (floor %.0Lf)", lmc_algo_name(a), var,
                    ws, wf, pk, pf);
            if (a == LMC_ALGO_REF ||
                (a == LMC_ALGO_DIRECT && (d->layout != LMC_NCHW || d->groups != d->c || d->groups != d->m)))
                REQUIRE(ws == 0, "%s needs no workspace here, reports %zu", lmc_algo_name(a), ws);
            if (a == LMC_ALGO_KN2ROW_AA)
                REQUIRE(ws <= (size_t)resolved_threads(threads) * lmc_cpu()->l2_bytes,
                        "kn2row-aa: %zu bytes, more than an L2 per thread", ws);
        }
    }
}

/* The status plan_create must give (a set of them when several errors
 * apply; their order is the library's choice), and whether a plan would be
 * made.  *cand_packed: the largest packed size among the candidates. */
static unsigned expected_create(const lmc_conv_desc *d, const lmc_plan_opts *o, bool bias_given,
                                size_t *cand_packed)
{
    unsigned errs = 0;
#define BIT(s) (1u << (s))
    *cand_packed = 0;
    if (d->has_bias && !bias_given) errs |= BIT(LMC_ERR_NULL);
    if (!d->has_bias && bias_given) errs |= BIT(LMC_ERR_BAD_ARG);
    if (o->flags & ~(unsigned)(LMC_PLAN_MEASURE | LMC_PLAN_DESTROY_INPUT | LMC_PLAN_ALLOW_REF | LMC_PLAN_INEXACT))
        errs |= BIT(LMC_ERR_BAD_ARG);
    if (!threads_ok(o->threads)) errs |= BIT(LMC_ERR_BAD_ARG);
    if (o->algo == LMC_ALGO_AUTO) {
        if (o->variant != 0) errs |= BIT(LMC_ERR_BAD_ARG);
    } else if (!lmc_algo_name(o->algo)) {
        errs |= BIT(LMC_ERR_UNKNOWN_ALGO);
    } else if (o->variant < 0 || o->variant > lmc_algo_variant_count(o->algo)) {
        errs |= BIT(LMC_ERR_BAD_ARG);
    }
    if (errs) return errs;
    if (o->algo != LMC_ALGO_AUTO) {
        size_t ws = 0;
        const lmc_status q = lmc_query(d, o->algo, o->variant, o->threads, &ws, cand_packed);
        if (q != LMC_OK) return BIT(q);
        return ws > o->workspace_limit ? BIT(LMC_ERR_NO_ALGO_FITS) : BIT(LMC_OK);
    }
    /* AUTO: the best fitting candidate (an inexact family only with
     * LMC_PLAN_INEXACT, the oracle only as LMC_PLAN_ALLOW_REF's last resort);
     * without one, the header's order of reasons (over the limit, overflow,
     * unsupported). */
    bool fits = false, over = false, overflow = false;
    for (int a = LMC_ALGO_AUTO + 1; a < LMC_ALGO_COUNT_; a++) {
        if (a == LMC_ALGO_REF || !lmc_algo_name((lmc_algo)a)) continue;
        if (!lmc_algo_is_exact((lmc_algo)a) && !(o->flags & LMC_PLAN_INEXACT)) continue;
        for (int var = 0; var <= lmc_algo_variant_count((lmc_algo)a); var++) {
            size_t ws, pk;
            const lmc_status q = lmc_query(d, (lmc_algo)a, var, o->threads, &ws, &pk);
            overflow |= q == LMC_ERR_OVERFLOW;
            if (q != LMC_OK) continue;
            over |= ws > o->workspace_limit;
            if (ws > o->workspace_limit) continue;
            fits = true;
            if (pk > *cand_packed) *cand_packed = pk;
        }
    }
    if (!fits && (o->flags & LMC_PLAN_ALLOW_REF)) {
        size_t ws, pk;
        if (lmc_query(d, LMC_ALGO_REF, 0, o->threads, &ws, &pk) == LMC_OK && ws <= o->workspace_limit) {
            fits = true;
            *cand_packed = pk;
        }
    }
    return fits ? BIT(LMC_OK)
           : over ? BIT(LMC_ERR_NO_ALGO_FITS)
           : overflow ? BIT(LMC_ERR_OVERFLOW)
                      : BIT(LMC_ERR_UNSUPPORTED);
#undef BIT
}

/* Whether every candidate AUTO would time with LMC_PLAN_MEASURE is small
 * (measuring allocates and runs each of them). */
static bool measure_affordable(const lmc_conv_desc *d, const lmc_plan_opts *o)
{
    for (int a = LMC_ALGO_AUTO + 1; a < LMC_ALGO_COUNT_; a++)
        for (int var = 0; var <= lmc_algo_variant_count((lmc_algo)a); var++) {
            size_t ws;
            if (lmc_query(d, (lmc_algo)a, var, o->threads, &ws, NULL) == LMC_OK && ws > MAX_WS_BYTES)
                return false;
        }
    return true;
}

/* ---- running a plan ------------------------------------------------------- */
/* y equals the oracle's yref (exact families on exact data: only the sign
 * of a zero may differ) or lies within bound of it (NULL: exact). */
static bool same_output(const float *y, const float *yref, const float *bound, size_t n, size_t *bad)
{
    for (size_t i = 0; i < n; i++) {
        const float tol = bound ? bound[i] : 0.0f;
        if (!(y[i] - yref[i] <= tol && yref[i] - y[i] <= tol)) {
            *bad = i;
            return false;
        }
    }
    return true;
}

static void run_plan(const lmc_conv_desc *d, const lmc_plan *p, const float *x, const float *w,
                     const float *b, unsigned extra)
{
    const size_t nin = lmc_desc_input_elems(d), nout = lmc_desc_output_elems(d);
    const size_t wsb = lmc_plan_workspace_bytes(p);
    float *yref = malloc(nout * sizeof(float)), *y = malloc(nout * sizeof(float));
    float *y2 = malloc(nout * sizeof(float)), *xc = malloc(nin * sizeof(float));
    /* Exactly the reported bytes: ASan reports any access past them.  NaN
     * bytes in the workspace and the output show any read before a write. */
    void *ws = wsb ? malloc(wsb) : NULL;
    REQUIRE(yref && y && y2 && xc && (ws || !wsb), "out of memory");
    memcpy(xc, x, nin * sizeof(float));
    REQUIRE(lmc_run_ref(d, x, w, b, yref, 1) == LMC_OK, "the oracle failed");
    if (ws) memset(ws, 0xff, wsb);
    memset(y, 0xff, nout * sizeof(float));
    lmc_status s = lmc_execute(p, xc, y, ws, wsb);
    REQUIRE(s == LMC_OK, "execute: %s", lmc_strerror(s));
    REQUIRE(memcmp(x, xc, nin * sizeof(float)) == 0, "execute changed its input");
    /* An inexact family (Winograd) within its own derived bound, for the
     * variant the plan runs. */
    float *bound = NULL;
    if (!lmc_algo_is_exact(lmc_plan_algo(p))) {
        bound = malloc(nout * sizeof(float));
        REQUIRE(bound && lmc_test_plan_error_bound(p, d, x, w, b, bound), "no bound for an inexact family");
    }
    size_t bad = 0;
    REQUIRE(same_output(y, yref, bound, nout, &bad), "%s: output %zu of %zu is %.9g, the oracle says %.9g",
            g_what, bad, nout, (double)y[bad], (double)yref[bad]);
    /* Again on the used workspace: nothing may depend on what it held. */
    memset(y2, 0xff, nout * sizeof(float));
    s = lmc_execute(p, xc, y2, ws, wsb);
    REQUIRE(s == LMC_OK && memcmp(y, y2, nout * sizeof(float)) == 0, "a second execute differs");
    if ((extra & 1) && wsb) {
        memset(y2, 0x5a, nout * sizeof(float));
        REQUIRE(lmc_execute(p, xc, y2, ws, wsb - 1) == LMC_ERR_WORKSPACE_TOO_SMALL &&
                    lmc_execute(p, xc, y2, NULL, wsb) == LMC_ERR_NULL,
                "a short or missing workspace is not refused");
        for (size_t i = 0; i < nout * sizeof(float); i++)
            REQUIRE(((unsigned char *)y2)[i] == 0x5a, "a refused execute wrote its output");
    }
    if (extra & 2)
        REQUIRE(lmc_execute(p, (const float *)(const void *)((const char *)xc + 2), y2, ws, wsb) ==
                    LMC_ERR_BAD_ARG,
                "a misaligned input is not refused");
    free(yref);
    free(bound);
    free(y);
    free(y2);
    free(xc);
    free(ws);
}

/* x through another layout and back: the real channels survive, a blocked
 * layout's padding channels come back as zeros. */
static void check_convert(const lmc_conv_desc *d, const float *x, lmc_layout to)
{
    const size_t n1 = lmc_desc_input_elems(d), n2 = lmc_layout_elems(to, d->n, d->c, d->h, d->w);
    float *t = malloc(n2 * sizeof(float)), *back = malloc(n1 * sizeof(float));
    REQUIRE(t && back, "out of memory");
    memset(back, 0xff, n1 * sizeof(float));
    REQUIRE(lmc_convert_layout(x, d->layout, t, to, d->n, d->c, d->h, d->w) == LMC_OK &&
                lmc_convert_layout(t, to, back, d->layout, d->n, d->c, d->h, d->w) == LMC_OK,
            "layout conversion refused a valid tensor");
    const int blk = lmc_layout_block(d->layout);
    const size_t C = lmc_padded_channels((size_t)d->c, blk), H = (size_t)d->h, W = (size_t)d->w;
    for (size_t n = 0; n < (size_t)d->n; n++)
        for (size_t c = 0; c < C; c++)
            for (size_t yy = 0; yy < H; yy++)
                for (size_t xx = 0; xx < W; xx++) {
                    const size_t o = lmc_act_offset(d->layout, blk, C, H, W, n, c, yy, xx);
                    REQUIRE(c < (size_t)d->c ? back[o] == x[o] : back[o] == 0.0f,
                            "layout round trip through %d: element %zu", (int)to, o);
                }
    free(t);
    free(back);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    reader r = {data, size};
    lmc_conv_desc d;
    memset(&d, 0, sizeof d);
    d.n = field(&r, 1, 3);
    d.c = field(&r, 1, 24);
    d.h = field(&r, 1, 20);
    d.w = field(&r, 1, 20);
    d.m = field(&r, 1, 24);
    d.kh = field(&r, 1, 7);
    d.kw = field(&r, 1, 7);
    d.stride_h = field(&r, 1, 4);
    d.stride_w = field(&r, 1, 4);
    d.pad_top = field(&r, 0, 4);
    d.pad_bottom = field(&r, 0, 4);
    d.pad_left = field(&r, 0, 4);
    d.pad_right = field(&r, 0, 4);
    d.dil_h = field(&r, 1, 3);
    d.dil_w = field(&r, 1, 3);
    /* groups: 1, gcd(c, m) (grouped), c (depthwise when m is a multiple),
     * or the value itself */
    const int gsel = field(&r, 0, 7);
    d.groups = gsel == 0   ? 1
               : gsel == 1 ? (d.c > 0 && d.m > 0 ? gcd(d.c, d.m) : 1)
               : gsel == 2 ? d.c
               : gsel <= 7 && gsel > 2 ? gsel - 2
                           : gsel;
    d.layout = (lmc_layout)field(&r, 0, 3);
    const unsigned fb = next(&r);
    d.has_bias = (fb & 1) ? ((fb & 8) ? 3 : 1) : 0;
    d.relu = (fb & 2) ? ((fb & 4) ? -7 : 1) : 0;
    const bool bias_given = (d.has_bias != 0) != ((fb & 0x10) != 0); /* 0x10: the wrong way round */

    lmc_plan_opts o;
    lmc_plan_opts_init(&o);
    o.algo = (lmc_algo)field(&r, 0, LMC_ALGO_COUNT_ - 1);
    o.variant = field(&r, 0, lmc_algo_variant_count(o.algo));
    o.threads = field(&r, 0, 4);
    const unsigned lb = next(&r) % 8, lv = next(&r) | next(&r) << 8;
    o.workspace_limit = lb < 3 ? SIZE_MAX : lb == 3 ? 0 : lb == 4 ? 1 : lb == 5 ? (size_t)lv << 4 : SIZE_MAX;
    const unsigned flb = next(&r);
    o.flags = flb < 200 ? (flb & 3) : (1u << (flb % 32)) | (flb & 3);
    uint64_t seed = 0;
    for (int i = 0; i < 4; i++) seed |= (uint64_t)next(&r) << (8 * i);
    const unsigned extra = next(&r);

    int ho = 0, wo = 0;
    const lmc_status v = lmc_desc_validate(&d, &ho, &wo);
    char ds[320];
    lmc_layer_str(&d, ds, sizeof ds);
    snprintf(g_what, sizeof g_what, "%s layout %d has_bias %d relu %d; algo %d variant %d threads %d limit %zu flags %#x",
             ds, (int)d.layout, d.has_bias, d.relu, (int)o.algo, o.variant, o.threads, o.workspace_limit, o.flags);
    if (getenv("FUZZ_VERBOSE")) fprintf(stderr, "%s\n", g_what);
    check_descriptor(&d, v, ho, wo);
    /* Planning takes time linear in the kernel taps that reach the image
     * (kn2row-as sizes its blocks tap by tap): a valid problem with more
     * than 2^20 of them per axis stops after validation. */
    if (v == LMC_OK && (taps_reaching(d.kh, d.h, ho, d.stride_h, d.dil_h) > (1 << 20) ||
                        taps_reaching(d.kw, d.w, wo, d.stride_w, d.dil_w) > (1 << 20)))
        return 0;
    check_queries(&d, v, o.threads);
    /* lb 6 / 7: the limit at the chosen family's own workspace, and one byte under it */
    if (lb >= 6 && o.algo != LMC_ALGO_AUTO) {
        size_t ws;
        if (lmc_query(&d, o.algo, o.variant, o.threads, &ws, NULL) == LMC_OK)
            o.workspace_limit = lb == 6 || ws == 0 ? ws : ws - 1;
    }

    const float dummy[1] = {0};
    if (v != LMC_OK) {
        lmc_plan *p = (lmc_plan *)&d; /* must come back NULL */
        const lmc_status s = lmc_plan_create(&d, &o, dummy, bias_given ? dummy : NULL, &p);
        REQUIRE(s == v && p == NULL, "plan_create on an invalid descriptor: %s", lmc_strerror(s));
        float t[1];
        if (lmc_layout_elems(d.layout, d.n, d.c, d.h, d.w) == 0)
            REQUIRE(lmc_convert_layout(dummy, d.layout, t, LMC_NCHW, d.n, d.c, d.h, d.w) != LMC_OK,
                    "conversion of a tensor with no size");
        return 0;
    }

    const size_t nin = lmc_desc_input_elems(&d), nout = lmc_desc_output_elems(&d);
    const size_t nw = lmc_desc_weight_elems(&d);
    const bool small = nin <= MAX_ELEMS && nout <= MAX_ELEMS && nw <= MAX_ELEMS &&
                       lmc_desc_flops(&d) / 2 <= MAX_MACS && lmc_exact_ok(&d);
    if ((o.flags & LMC_PLAN_MEASURE) && !(small && measure_affordable(&d, &o))) o.flags &= ~(unsigned)LMC_PLAN_MEASURE;
    size_t cand_packed = 0;
    const unsigned want = expected_create(&d, &o, bias_given, &cand_packed);
    /* Creating packs the weights: only with arrays that fit here.  Any
     * other outcome must not read them: a one-float array stands in. */
    const bool creatable = nw <= MAX_ELEMS && (size_t)d.m <= MAX_ELEMS && cand_packed <= 64 * MAX_ELEMS &&
                           o.threads != 1024;
    if (want == 1u << LMC_OK && !creatable) return 0;
    float *x = NULL, *w = NULL, *b = NULL;
    lmc_rng rng = {seed};
    if (want == 1u << LMC_OK) {
        w = malloc(nw * sizeof(float));
        b = malloc((size_t)d.m * sizeof(float));
        REQUIRE(w && b, "out of memory");
        lmc_fill_exact(w, nw, &rng);
        lmc_fill_exact(b, (size_t)d.m, &rng);
    }
    lmc_plan *p = (lmc_plan *)&d;
    const lmc_status s = lmc_plan_create(&d, &o, w ? w : dummy, bias_given ? (b ? b : dummy) : NULL, &p);
    REQUIRE(want & (1u << s), "plan_create: %s (expected mask %#x)", lmc_strerror(s), want);
    REQUIRE((s == LMC_OK) == (p != NULL), "plan_create: %s with plan %p", lmc_strerror(s), (void *)p);
    if (s == LMC_OK) {
        const lmc_algo a = lmc_plan_algo(p);
        const size_t wsb = lmc_plan_workspace_bytes(p), pkb = lmc_plan_packed_weight_bytes(p);
        REQUIRE(wsb <= o.workspace_limit, "workspace %zu over the limit", wsb);
        REQUIRE(o.algo == LMC_ALGO_AUTO ? a != LMC_ALGO_AUTO && (a != LMC_ALGO_REF || (o.flags & LMC_PLAN_ALLOW_REF)) &&
                                              (lmc_algo_is_exact(a) || (o.flags & LMC_PLAN_INEXACT))
                                        : a == o.algo,
                "plan runs %d", a);
        REQUIRE(lmc_plan_algorithm(p) && strcmp(lmc_plan_algorithm(p), lmc_algo_name(a)) == 0, "plan's name");
        const int pt = lmc_plan_threads(p);
        REQUIRE(pt == resolved_threads(o.threads), "plan threads %d", pt);
        /* The variant it runs, by name; lmc_query of it repeats the plan's figures. */
        const char *vn = lmc_plan_variant(p);
        const int pnv = lmc_algo_variant_count(a);
        int vi = 0;
        for (int k = 1; vn && k <= pnv; k++)
            if (strcmp(vn, lmc_algo_variant_name(a, k)) == 0) vi = k;
        REQUIRE((vn == NULL) == (pnv == 0) && (vn == NULL || vi > 0), "plan variant %s", vn ? vn : "(none)");
        if (o.algo != LMC_ALGO_AUTO && o.variant > 0) REQUIRE(vi == o.variant, "asked variant %d, runs %d", o.variant, vi);
        char spec[96];
        snprintf(spec, sizeof spec, vn ? "%s:%s" : "%s", lmc_algo_name(a), vn ? vn : "");
        lmc_algo pa;
        int pv;
        REQUIRE(lmc_algo_parse(spec, &pa, &pv) == LMC_OK && pa == a && pv == vi, "%s does not parse back", spec);
        size_t qws = 0, qpk = 0;
        REQUIRE(lmc_query(&d, a, vi, pt, &qws, &qpk) == LMC_OK && qws == wsb && qpk == pkb,
                "query of %s says %zu / %zu, the plan %zu / %zu", spec, qws, qpk, wsb, pkb);
        if (o.algo != LMC_ALGO_AUTO)
            REQUIRE(lmc_query(&d, o.algo, o.variant, o.threads, &qws, &qpk) == LMC_OK && qws == wsb && qpk == pkb,
                    "query of the requested variant disagrees with the plan");
        if (small && wsb <= MAX_WS_BYTES) {
            x = malloc(nin * sizeof(float));
            REQUIRE(x, "out of memory");
            lmc_fill_exact(x, nin, &rng);
            run_plan(&d, p, x, w, d.has_bias ? b : NULL, extra);
            if (extra & 4) check_convert(&d, x, (lmc_layout)((extra >> 3) & 3));
        }
        lmc_plan_destroy(p);
    }
    free(x);
    free(w);
    free(b);
    return 0;
}
