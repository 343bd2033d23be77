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

#ifdef _OPENMP
#include <omp.h>
#endif

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

static void run_alg(const lmc_conv_desc *d, const float *x, const float *w, const float *b, float *y,
                    int threads, int reps, lmc_bench_row *row, dnnl_alg_kind_t alg, const char *alg_name)
{
    int ho, wo;
    if (lmc_desc_validate(d, &ho, &wo) != LMC_OK) {
        snprintf(row->status, sizeof row->status, "invalid layer");
        return;
    }
#ifdef _OPENMP
    const int saved_threads = omp_get_max_threads();
    omp_set_num_threads(threads);
#endif
    dnnl_primitive_attr_t attr = NULL;
    dnnl_post_ops_t ops = NULL;
    dnnl_primitive_desc_t pd = NULL;
    dnnl_primitive_t conv = NULL, r_src = NULL, r_wei = NULL, r_dst = NULL;
    dnnl_memory_t m_usrc = NULL, m_uwei = NULL, m_bias = NULL, m_udst = NULL;
    dnnl_memory_t m_src = NULL, m_wei = NULL, m_dst = NULL, m_scratch = NULL;
    void *scratch = NULL;

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
    TRY(dnnl_primitive_attr_create(&attr), "attr");
    TRY(dnnl_primitive_attr_set_scratchpad_mode(attr, dnnl_scratchpad_mode_user), "scratchpad mode");
    if (d->relu) {
        TRY(dnnl_post_ops_create(&ops), "post-ops");
        TRY(dnnl_post_ops_append_eltwise(ops, 1.0f, dnnl_eltwise_relu, 0.0f, 0.0f), "post-ops");
        TRY(dnnl_primitive_attr_set_post_ops(attr, ops), "post-ops");
    }
    {
        dnnl_status_t s = dnnl_primitive_desc_create(&pd, &cd, attr, engine, NULL);
        if (s != dnnl_success) {
            pd = NULL;
            snprintf(row->status, sizeof row->status, "unsupported by oneDNN: no %s implementation (%s)",
                     alg_name, dnnl_status2str(s));
            goto done;
        }
    }
    const char *impl = "?";
    dnnl_primitive_desc_query(pd, dnnl_query_impl_info_str, 0, &impl);
    const dnnl_memory_desc_t *csrc = dnnl_primitive_desc_query_md(pd, dnnl_query_src_md, 0);
    const dnnl_memory_desc_t *cwei = dnnl_primitive_desc_query_md(pd, dnnl_query_weights_md, 0);
    const dnnl_memory_desc_t *cdst = dnnl_primitive_desc_query_md(pd, dnnl_query_dst_md, 0);
    const dnnl_memory_desc_t *cscr = dnnl_primitive_desc_query_md(pd, dnnl_query_scratchpad_md, 0);
    if (!csrc || !cwei || !cdst) {
        snprintf(row->status, sizeof row->status, "oneDNN: memory desc query failed");
        goto done;
    }
    const size_t scratch_bytes = cscr ? dnnl_memory_desc_get_size(cscr) : 0;
    TRY(dnnl_primitive_create(&conv, pd), "primitive creation");

    /* The caller's tensors, wrapped (no copies). */
    TRY(dnnl_memory_create(&m_usrc, &usrc, engine, (void *)x), "memory");
    TRY(dnnl_memory_create(&m_uwei, &uwei, engine, (void *)w), "memory");
    TRY(dnnl_memory_create(&m_bias, &ubias, engine, (void *)b), "memory");
    TRY(dnnl_memory_create(&m_udst, &udst, engine, y), "memory");

    /* Weights: reordered once into oneDNN's format, outside the timing. */
    size_t packed = 0;
    if (dnnl_memory_desc_equal(cwei, &uwei)) {
        m_wei = m_uwei;
    } else {
        TRY(dnnl_memory_create(&m_wei, cwei, engine, DNNL_MEMORY_ALLOCATE), "memory");
        TRY(make_reorder(&uwei, cwei, &r_wei), "weight reorder");
        TRY(reorder(r_wei, m_uwei, m_wei), "weight reorder");
        packed = dnnl_memory_desc_get_size(cwei);
    }
    size_t act_bytes = 0;
    if (dnnl_memory_desc_equal(csrc, &usrc)) {
        m_src = m_usrc;
    } else {
        TRY(dnnl_memory_create(&m_src, csrc, engine, DNNL_MEMORY_ALLOCATE), "memory");
        TRY(make_reorder(&usrc, csrc, &r_src), "source reorder");
        act_bytes += dnnl_memory_desc_get_size(csrc);
    }
    if (dnnl_memory_desc_equal(cdst, &udst)) {
        m_dst = m_udst;
    } else {
        TRY(dnnl_memory_create(&m_dst, cdst, engine, DNNL_MEMORY_ALLOCATE), "memory");
        TRY(make_reorder(cdst, &udst, &r_dst), "destination reorder");
        act_bytes += dnnl_memory_desc_get_size(cdst);
    }
    if (scratch_bytes) {
        scratch = lmc_bench_alloc(scratch_bytes);
        if (!scratch) {
            snprintf(row->status, sizeof row->status, "out of memory for the scratchpad");
            goto done;
        }
        TRY(dnnl_memory_create(&m_scratch, cscr, engine, scratch), "memory");
    }
    if (r_src) TRY(reorder(r_src, m_usrc, m_src), "source reorder");

    dnnl_exec_arg_t args[5] = {
        {DNNL_ARG_SRC, m_src}, {DNNL_ARG_WEIGHTS, m_wei}, {DNNL_ARG_DST, m_dst},
        {DNNL_ARG_BIAS, m_bias}, {DNNL_ARG_SCRATCHPAD, m_scratch}};
    int nargs = 3;
    if (d->has_bias) args[nargs++] = args[3];
    if (m_scratch) args[nargs++] = args[4];

    /* The convolution alone. */
    lmc_bench_timer t;
    dnnl_status_t s = dnnl_success;
    lmc_bench_timer_init(&t, reps);
    do {
        lmc_bench_timer_start(&t);
        s = dnnl_primitive_execute(conv, stream, nargs, args);
        if (s == dnnl_success) s = dnnl_stream_wait(stream);
        lmc_bench_timer_stop(&t);
    } while (s == dnnl_success && lmc_bench_timer_more(&t));
    lmc_bench_timer_result(&t, row);
    TRY(s, "execution");
    if (r_dst) TRY(reorder(r_dst, m_dst, m_udst), "destination reorder");

    /* The activation reorders, separately. */
    double reorder_ms = 0;
    if (r_src || r_dst) {
        lmc_bench_row tmp = *row;
        lmc_bench_timer_init(&t, reps);
        do {
            lmc_bench_timer_start(&t);
            if (r_src) s = reorder(r_src, m_usrc, m_src);
            if (r_dst && s == dnnl_success) s = reorder(r_dst, m_dst, m_udst);
            lmc_bench_timer_stop(&t);
        } while (s == dnnl_success && lmc_bench_timer_more(&t));
        lmc_bench_timer_result(&t, &tmp);
        TRY(s, "reorder");
        reorder_ms = tmp.ms;
    }
    row->workspace_bytes = scratch_bytes;
    row->packed_bytes = packed;
    snprintf(row->note, sizeof row->note, "impl=%s reorder_ms=%.3f act_MiB=%.2f", impl, reorder_ms,
             act_bytes / 1048576.0);
    snprintf(row->status, sizeof row->status, "ok");

done:
    if (m_src && m_src != m_usrc) dnnl_memory_destroy(m_src);
    if (m_wei && m_wei != m_uwei) dnnl_memory_destroy(m_wei);
    if (m_dst && m_dst != m_udst) dnnl_memory_destroy(m_dst);
    if (m_scratch) dnnl_memory_destroy(m_scratch);
    if (m_usrc) dnnl_memory_destroy(m_usrc);
    if (m_uwei) dnnl_memory_destroy(m_uwei);
    if (m_bias) dnnl_memory_destroy(m_bias);
    if (m_udst) dnnl_memory_destroy(m_udst);
    if (r_src) dnnl_primitive_destroy(r_src);
    if (r_wei) dnnl_primitive_destroy(r_wei);
    if (r_dst) dnnl_primitive_destroy(r_dst);
    if (conv) dnnl_primitive_destroy(conv);
    if (pd) dnnl_primitive_desc_destroy(pd);
    if (ops) dnnl_post_ops_destroy(ops);
    if (attr) dnnl_primitive_attr_destroy(attr);
    free(scratch);
#ifdef _OPENMP
    omp_set_num_threads(saved_threads);
#endif
}

#define ALG(kind, alg_name) run_alg(d, x, w, b, y, threads, reps, row, kind, alg_name)

#else /* !LMC_HAVE_ONEDNN */

static const char *unavailable(void)
{
#ifdef LMC_COMPARE_DISABLED
    return "comparisons disabled at build time (-DLMC_COMPARE=OFF)";
#else
    return "oneDNN not found at build time (apt-get install libdnnl-dev)";
#endif
}

#define ALG(kind, alg_name) snprintf(row->status, sizeof row->status, "%s", unavailable())

#endif

static void run_auto(const lmc_conv_desc *d, const float *x, const float *w, const float *b, float *y,
                     int threads, int reps, lmc_bench_row *row)
{
    ALG(dnnl_convolution_auto, "convolution_auto");
}

static void run_direct(const lmc_conv_desc *d, const float *x, const float *w, const float *b, float *y,
                       int threads, int reps, lmc_bench_row *row)
{
    ALG(dnnl_convolution_direct, "convolution_direct");
}

static void run_winograd(const lmc_conv_desc *d, const float *x, const float *w, const float *b, float *y,
                         int threads, int reps, lmc_bench_row *row)
{
    ALG(dnnl_convolution_winograd, "convolution_winograd");
}

const lmc_backend lmc_backend_onednn_auto = {
    .name = "onednn-auto", .family = "onednn", .layout = LMC_NCHW, .unavailable = unavailable, .run = run_auto};
const lmc_backend lmc_backend_onednn_direct = {
    .name = "onednn-direct", .family = "onednn", .layout = LMC_NCHW, .unavailable = unavailable, .run = run_direct};
const lmc_backend lmc_backend_onednn_winograd = {
    .name = "onednn-winograd", .family = "onednn", .layout = LMC_NCHW, .unavailable = unavailable,
    .run = run_winograd};
