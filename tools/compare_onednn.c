/* lmconv-bench --compare onednn: oneDNN's forward-inference convolution
 * (Debian libdnnl-dev, oneDNN 2.x C API) with three algorithm kinds:
 *   onednn-auto      dnnl_convolution_auto     (oneDNN picks direct or Winograd)
 *   onednn-direct    dnnl_convolution_direct
 *   onednn-winograd  dnnl_convolution_winograd (only where oneDNN accepts it)
 *
 * The caller's data is NCHW (weights [M][C/g][KH][KW], goihw with groups).
 * The convolution is described with memory format `any` for source, weights
 * and destination, so oneDNN chooses its own (usually channel-blocked)
 * layouts; the bias stays a plain vector.  Then:
 *   - weights are reordered into oneDNN's format once, outside the timing;
 *     their size is the row's packed_weight_bytes (0 when oneDNN takes the
 *     caller's layout as it is);
 *   - the scratchpad is in user mode (dnnl_scratchpad_mode_user): its size
 *     is queried from the primitive descriptor, the bench allocates it and
 *     reports it as workspace_bytes;
 *   - the timed figure (ms) is the convolution primitive alone, on
 *     activations already in oneDNN's layout, as in a network that keeps
 *     that layout from layer to layer;
 *   - the activation reorders (NCHW -> oneDNN's source layout, and its
 *     destination layout -> NCHW) are timed separately with the same timer
 *     protocol; their median is in the note as reorder_ms, and the bytes of
 *     the two reordered activation copies as act_MiB (not in workspace_bytes:
 *     a network in oneDNN's layout would not need them).
 * The note also names the implementation oneDNN chose (impl_info_str).
 *
 * Threads: Debian's oneDNN uses OpenMP (the same libgomp as lmconv), so the
 * row's thread count is set with omp_set_num_threads() before the primitive
 * is created (oneDNN sizes its blocking for the thread count it sees then)
 * and restored afterwards. */
#include "compare.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifdef LMC_HAVE_ONEDNN
#include <oneapi/dnnl/dnnl.h>
#include <oneapi/dnnl/dnnl_debug.h>

static dnnl_engine_t engine;
static dnnl_stream_t stream;
static const char *init_error;

static const char *unavailable(void)
{
    static int done;
    if (!done) {
        done = 1;
        if (dnnl_engine_create(&engine, dnnl_cpu, 0) != dnnl_success)
            init_error = "oneDNN: no CPU engine";
        else if (dnnl_stream_create(&stream, engine, dnnl_stream_default_flags) != dnnl_success)
            init_error = "oneDNN: stream creation failed";
    }
    return init_error;
}

/* A reorder primitive from -> to (setup, not timed). */
static dnnl_status_t make_reorder(const dnnl_memory_desc_t *from, const dnnl_memory_desc_t *to,
                                  dnnl_primitive_t *out)
{
    dnnl_primitive_desc_t pd;
    dnnl_status_t s = dnnl_reorder_primitive_desc_create(&pd, from, engine, to, engine, NULL);
    if (s != dnnl_success) return s;
    s = dnnl_primitive_create(out, pd);
    dnnl_primitive_desc_destroy(pd);
    return s;
}

static dnnl_status_t reorder(dnnl_primitive_t r, dnnl_memory_t from, dnnl_memory_t to)
{
    dnnl_exec_arg_t args[2] = {{DNNL_ARG_FROM, from}, {DNNL_ARG_TO, to}};
    dnnl_status_t s = dnnl_primitive_execute(r, stream, 2, args);
    return s == dnnl_success ? dnnl_stream_wait(stream) : s;
}

#define TRY(call, what)                                                                              \
    do {                                                                                             \
        dnnl_status_t st_ = (call);                                                                  \
        if (st_ != dnnl_success) {                                                                   \
            snprintf(row->status, sizeof row->status, "oneDNN %s failed: %s", what,                  \
                     dnnl_status2str(st_));                                                          \
            goto done;                                                                               \
        }                                                                                            \
    } while (0)

/* Everything one prepared oneDNN convolution holds. */
typedef struct {
    int threads;
    dnnl_primitive_attr_t attr;
    dnnl_post_ops_t ops;
    dnnl_primitive_desc_t pd;
    dnnl_primitive_t conv, r_src, r_wei, r_dst;
    dnnl_memory_t m_usrc, m_uwei, m_bias, m_udst;
    dnnl_memory_t m_src, m_wei, m_dst, m_scratch;
    void *scratch;
    dnnl_exec_arg_t args[5];
    int nargs;
    const char *impl;
    size_t act_bytes;
} onednn_state;

static void release(onednn_state *st)
{
    if (st->m_src && st->m_src != st->m_usrc) dnnl_memory_destroy(st->m_src);
    if (st->m_wei && st->m_wei != st->m_uwei) dnnl_memory_destroy(st->m_wei);
    if (st->m_dst && st->m_dst != st->m_udst) dnnl_memory_destroy(st->m_dst);
    if (st->m_scratch) dnnl_memory_destroy(st->m_scratch);
    if (st->m_usrc) dnnl_memory_destroy(st->m_usrc);
    if (st->m_uwei) dnnl_memory_destroy(st->m_uwei);
    if (st->m_bias) dnnl_memory_destroy(st->m_bias);
    if (st->m_udst) dnnl_memory_destroy(st->m_udst);
    if (st->r_src) dnnl_primitive_destroy(st->r_src);
    if (st->r_wei) dnnl_primitive_destroy(st->r_wei);
    if (st->r_dst) dnnl_primitive_destroy(st->r_dst);
    if (st->conv) dnnl_primitive_destroy(st->conv);
    if (st->pd) dnnl_primitive_desc_destroy(st->pd);
    if (st->ops) dnnl_post_ops_destroy(st->ops);
    if (st->attr) dnnl_primitive_attr_destroy(st->attr);
    free(st->scratch);
    free(st);
}

/* oneDNN sizes its work split by omp_get_max_threads() both when the
 * primitive is created and when it runs: set the row's thread count around
 * both (lmc_bench_omp_threads_swap), and put the caller's back afterwards. */
/* The convolution alone, on activations already in oneDNN's layout. */
static int onednn_step(void *p)
{
    onednn_state *st = p;
    const int saved = lmc_bench_omp_threads_swap(st->threads);
    dnnl_status_t s = dnnl_primitive_execute(st->conv, stream, st->nargs, st->args);
    if (s == dnnl_success) s = dnnl_stream_wait(stream);
    lmc_bench_omp_threads_restore(saved);
    return s == dnnl_success ? 0 : (int)s + 1000;
}

/* After the timing: the output back to NCHW for the check, then the
 * activation reorders timed on their own (the note's reorder_ms). */
static void onednn_finish(void *p, int step_status, lmc_bench_row *row)
{
    onednn_state *st = p;
    const int saved = lmc_bench_omp_threads_swap(st->threads);
    if (step_status >= 1000) {
        snprintf(row->status, sizeof row->status, "oneDNN execution failed: %s",
                 dnnl_status2str((dnnl_status_t)(step_status - 1000)));
        goto done;
    }
    if (step_status) goto done;
    TRY(st->r_dst ? reorder(st->r_dst, st->m_dst, st->m_udst) : dnnl_success, "destination reorder");
    double reorder_ms = 0;
    if (st->r_src || st->r_dst) {
        lmc_bench_row tmp = *row;
        lmc_bench_timer t;
        dnnl_status_t s = dnnl_success;
        lmc_bench_timer_init(&t, row->reps > 0 ? row->reps : 5);
        do {
            lmc_bench_timer_start(&t);
            if (st->r_src) s = reorder(st->r_src, st->m_usrc, st->m_src);
            if (st->r_dst && s == dnnl_success) s = reorder(st->r_dst, st->m_dst, st->m_udst);
            lmc_bench_timer_stop(&t);
        } while (s == dnnl_success && lmc_bench_timer_more(&t));
        lmc_bench_timer_result(&t, &tmp);
        TRY(s, "reorder");
        reorder_ms = tmp.ms;
    }
    snprintf(row->note, sizeof row->note, "impl=%s reorder_ms=%.3f act_MiB=%.2f", st->impl, reorder_ms,
             st->act_bytes / 1048576.0);
done:
    lmc_bench_omp_threads_restore(saved);
    release(st);
}

static int prepare_alg(const lmc_conv_desc *d, const float *x, const float *w, const float *b, float *y,
                       int threads, lmc_bench_row *row, lmc_bench_run *out, dnnl_alg_kind_t alg,
                       const char *alg_name)
{
    int ho, wo;
    if (lmc_desc_validate(d, &ho, &wo) != LMC_OK) {
        snprintf(row->status, sizeof row->status, "invalid layer");
        return -1;
    }
    onednn_state *st = calloc(1, sizeof *st);
    if (!st) {
        snprintf(row->status, sizeof row->status, "out of memory");
        return -1;
    }
    st->threads = threads;
    const int saved_threads = lmc_bench_omp_threads_swap(threads);
    int ok = -1;

    const int g = d->groups;
    dnnl_memory_desc_t usrc, uwei, ubias, udst, asrc, awei, adst;
    const dnnl_dims_t src_dims = {d->n, d->c, d->h, d->w};
    const dnnl_dims_t dst_dims = {d->n, d->m, ho, wo};
    const dnnl_dims_t bias_dims = {d->m};
    dnnl_dims_t wei_dims;
    int wei_nd;
    if (g == 1) {
        wei_nd = 4;
        const dnnl_dims_t wd = {d->m, d->c, d->kh, d->kw};
        memcpy(wei_dims, wd, sizeof wd);
    } else {
        wei_nd = 5;
        const dnnl_dims_t wd = {g, d->m / g, d->c / g, d->kh, d->kw};
        memcpy(wei_dims, wd, sizeof wd);
    }
    TRY(dnnl_memory_desc_init_by_tag(&usrc, 4, src_dims, dnnl_f32, dnnl_nchw), "memory desc");
    TRY(dnnl_memory_desc_init_by_tag(&udst, 4, dst_dims, dnnl_f32, dnnl_nchw), "memory desc");
    TRY(dnnl_memory_desc_init_by_tag(&uwei, wei_nd, wei_dims, dnnl_f32, g == 1 ? dnnl_oihw : dnnl_goihw),
        "memory desc");
    TRY(dnnl_memory_desc_init_by_tag(&ubias, 1, bias_dims, dnnl_f32, dnnl_x), "memory desc");
    TRY(dnnl_memory_desc_init_by_tag(&asrc, 4, src_dims, dnnl_f32, dnnl_format_tag_any), "memory desc");
    TRY(dnnl_memory_desc_init_by_tag(&adst, 4, dst_dims, dnnl_f32, dnnl_format_tag_any), "memory desc");
    TRY(dnnl_memory_desc_init_by_tag(&awei, wei_nd, wei_dims, dnnl_f32, dnnl_format_tag_any), "memory desc");

    const dnnl_dims_t strides = {d->stride_h, d->stride_w};
    const dnnl_dims_t dilates = {d->dil_h - 1, d->dil_w - 1}; /* oneDNN: 0 = none */
    const dnnl_dims_t pad_l = {d->pad_top, d->pad_left};
    const dnnl_dims_t pad_r = {d->pad_bottom, d->pad_right};
    dnnl_convolution_desc_t cd;
    TRY(dnnl_dilated_convolution_forward_desc_init(&cd, dnnl_forward_inference, alg, &asrc, &awei,
                                                   d->has_bias ? &ubias : NULL, &adst, strides, dilates,
                                                   pad_l, pad_r),
        "convolution desc");
    TRY(dnnl_primitive_attr_create(&st->attr), "attr");
    TRY(dnnl_primitive_attr_set_scratchpad_mode(st->attr, dnnl_scratchpad_mode_user), "scratchpad mode");
    if (d->relu) {
        TRY(dnnl_post_ops_create(&st->ops), "post-ops");
        TRY(dnnl_post_ops_append_eltwise(st->ops, 1.0f, dnnl_eltwise_relu, 0.0f, 0.0f), "post-ops");
        TRY(dnnl_primitive_attr_set_post_ops(st->attr, st->ops), "post-ops");
    }
    {
        dnnl_status_t s = dnnl_primitive_desc_create(&st->pd, &cd, st->attr, engine, NULL);
        if (s != dnnl_success) {
            st->pd = NULL;
            snprintf(row->status, sizeof row->status, "unsupported by oneDNN: no %s implementation (%s)",
                     alg_name, dnnl_status2str(s));
            goto done;
        }
    }
    st->impl = "?";
    dnnl_primitive_desc_query(st->pd, dnnl_query_impl_info_str, 0, &st->impl);
    const dnnl_memory_desc_t *csrc = dnnl_primitive_desc_query_md(st->pd, dnnl_query_src_md, 0);
    const dnnl_memory_desc_t *cwei = dnnl_primitive_desc_query_md(st->pd, dnnl_query_weights_md, 0);
    const dnnl_memory_desc_t *cdst = dnnl_primitive_desc_query_md(st->pd, dnnl_query_dst_md, 0);
    const dnnl_memory_desc_t *cscr = dnnl_primitive_desc_query_md(st->pd, dnnl_query_scratchpad_md, 0);
    if (!csrc || !cwei || !cdst) {
        snprintf(row->status, sizeof row->status, "oneDNN: memory desc query failed");
        goto done;
    }
    const size_t scratch_bytes = cscr ? dnnl_memory_desc_get_size(cscr) : 0;
    TRY(dnnl_primitive_create(&st->conv, st->pd), "primitive creation");

    /* The caller's tensors, wrapped (no copies). */
    TRY(dnnl_memory_create(&st->m_usrc, &usrc, engine, (void *)x), "memory");
    TRY(dnnl_memory_create(&st->m_uwei, &uwei, engine, (void *)w), "memory");
    TRY(dnnl_memory_create(&st->m_bias, &ubias, engine, (void *)b), "memory");
    TRY(dnnl_memory_create(&st->m_udst, &udst, engine, y), "memory");

    /* Weights: reordered once into oneDNN's format, outside the timing. */
    size_t packed = 0;
    if (dnnl_memory_desc_equal(cwei, &uwei)) {
        st->m_wei = st->m_uwei;
    } else {
        TRY(dnnl_memory_create(&st->m_wei, cwei, engine, DNNL_MEMORY_ALLOCATE), "memory");
        TRY(make_reorder(&uwei, cwei, &st->r_wei), "weight reorder");
        TRY(reorder(st->r_wei, st->m_uwei, st->m_wei), "weight reorder");
        packed = dnnl_memory_desc_get_size(cwei);
    }
    if (dnnl_memory_desc_equal(csrc, &usrc)) {
        st->m_src = st->m_usrc;
    } else {
        TRY(dnnl_memory_create(&st->m_src, csrc, engine, DNNL_MEMORY_ALLOCATE), "memory");
        TRY(make_reorder(&usrc, csrc, &st->r_src), "source reorder");
        st->act_bytes += dnnl_memory_desc_get_size(csrc);
    }
    if (dnnl_memory_desc_equal(cdst, &udst)) {
        st->m_dst = st->m_udst;
    } else {
        TRY(dnnl_memory_create(&st->m_dst, cdst, engine, DNNL_MEMORY_ALLOCATE), "memory");
        TRY(make_reorder(cdst, &udst, &st->r_dst), "destination reorder");
        st->act_bytes += dnnl_memory_desc_get_size(cdst);
    }
    if (scratch_bytes) {
        st->scratch = lmc_bench_alloc(scratch_bytes);
        if (!st->scratch) {
            snprintf(row->status, sizeof row->status, "out of memory for the scratchpad");
            goto done;
        }
        TRY(dnnl_memory_create(&st->m_scratch, cscr, engine, st->scratch), "memory");
    }
    if (st->r_src) TRY(reorder(st->r_src, st->m_usrc, st->m_src), "source reorder");

    const dnnl_exec_arg_t args[5] = {
        {DNNL_ARG_SRC, st->m_src}, {DNNL_ARG_WEIGHTS, st->m_wei}, {DNNL_ARG_DST, st->m_dst},
        {DNNL_ARG_BIAS, st->m_bias}, {DNNL_ARG_SCRATCHPAD, st->m_scratch}};
    memcpy(st->args, args, sizeof args);
    st->nargs = 3;
    if (d->has_bias) st->args[st->nargs++] = args[3];
    if (st->m_scratch) st->args[st->nargs++] = args[4];
    row->workspace_bytes = scratch_bytes;
    row->packed_bytes = packed;
    *out = (lmc_bench_run){st, onednn_step, onednn_finish, LMC_POOL_GOMP, threads};
    ok = 0;

done:
    if (ok != 0) release(st);
    lmc_bench_omp_threads_restore(saved_threads);
    return ok;
}

static int prepare_auto(const lmc_conv_desc *d, const float *x, const float *w, const float *b, float *y,
                        int threads, lmc_bench_row *row, lmc_bench_run *out)
{
    return prepare_alg(d, x, w, b, y, threads, row, out, dnnl_convolution_auto, "convolution_auto");
}

static int prepare_direct(const lmc_conv_desc *d, const float *x, const float *w, const float *b, float *y,
                          int threads, lmc_bench_row *row, lmc_bench_run *out)
{
    return prepare_alg(d, x, w, b, y, threads, row, out, dnnl_convolution_direct, "convolution_direct");
}

static int prepare_winograd(const lmc_conv_desc *d, const float *x, const float *w, const float *b, float *y,
                            int threads, lmc_bench_row *row, lmc_bench_run *out)
{
    return prepare_alg(d, x, w, b, y, threads, row, out, dnnl_convolution_winograd,
                       "convolution_winograd");
}

#define PREPARE(f) f

#else /* !LMC_HAVE_ONEDNN */

static const char *unavailable(void) { return LMC_COMPARE_NOT_FOUND("oneDNN", "libdnnl-dev"); }

#define PREPARE(f) NULL

#endif

const lmc_backend lmc_backend_onednn_auto = {
    .name = "onednn-auto", .family = "onednn", .layout = LMC_NCHW, .unavailable = unavailable, .prepare = PREPARE(prepare_auto)};
const lmc_backend lmc_backend_onednn_direct = {
    .name = "onednn-direct", .family = "onednn", .layout = LMC_NCHW, .unavailable = unavailable, .prepare = PREPARE(prepare_direct)};
const lmc_backend lmc_backend_onednn_winograd = {
    .name = "onednn-winograd", .family = "onednn", .layout = LMC_NCHW, .unavailable = unavailable,
    .prepare = PREPARE(prepare_winograd)};
