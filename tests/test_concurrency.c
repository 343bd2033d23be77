/* Threads sharing the library (application threads: pthreads).
 *  1. First use from several threads at once: in a fresh child process
 *     (fork, so nothing is initialised yet), four threads create plans at
 *     the same moment -- AUTO and every family, so CPU detection, the GEMM
 *     contexts, the cost model's peak and the OpenMP pool are all first
 *     touched concurrently -- and execute them.  Plans created afterwards
 *     one at a time in the same process must make the same choices (family,
 *     variant, workspace and packed sizes) and every result must equal the
 *     oracle's.  Three rounds.
 *  2. One plan, several threads: every family and variant on problems in
 *     every layout, at 1 and 2 plan threads; four threads execute the same
 *     plan at once, each with its own workspace and output, a few times
 *     each, and every result equals a single execution's, bit for bit. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "harness.h"

#define APP_THREADS 4
#define RUNS_PER_THREAD 3

static long passed;

/* ---- problems ---------------------------------------------------------- */
typedef struct {
    lmc_conv_desc d;
    float *x, *w, *b, *yref;
    size_t nx, ny;
} problem;

#define NBASE 5
static void base_desc(int i, lmc_conv_desc *d)
{
    switch (i) {
    case 0: /* 3x3 "same", bias + ReLU, a batch */
        lmc_desc_init(d, 2, 5, 9, 11, 7, 3, 3);
        d->pad_top = d->pad_bottom = d->pad_left = d->pad_right = 1;
        d->has_bias = d->relu = 1;
        break;
    case 1: /* depthwise, stride 2 */
        lmc_desc_init(d, 1, 16, 12, 10, 16, 3, 3);
        d->stride_h = d->stride_w = 2;
        d->pad_top = d->pad_left = 1;
        d->groups = 16;
        d->has_bias = 1;
        break;
    case 2: /* pointwise */
        lmc_desc_init(d, 1, 8, 7, 7, 24, 1, 1);
        break;
    case 3: /* dilated, asymmetric padding */
        lmc_desc_init(d, 1, 3, 15, 15, 8, 3, 3);
        d->dil_h = d->dil_w = 2;
        d->pad_top = 2;
        d->pad_bottom = 1;
        d->pad_right = 2;
        break;
    default: /* large enough for every family to split its work over threads */
        lmc_desc_init(d, 1, 32, 18, 18, 32, 3, 3);
        d->pad_top = d->pad_bottom = d->pad_left = d->pad_right = 1;
        d->has_bias = 1;
        break;
    }
}

static void problem_make(problem *pr, const lmc_conv_desc *d, lmc_rng *r)
{
    pr->d = *d;
    pr->nx = lmc_desc_input_elems(d);
    pr->ny = lmc_desc_output_elems(d);
    const size_t nw = lmc_desc_weight_elems(d);
    pr->x = malloc(pr->nx * sizeof(float));
    pr->w = malloc(nw * sizeof(float));
    pr->b = malloc((size_t)d->m * sizeof(float));
    pr->yref = malloc(pr->ny * sizeof(float));
    lmc_fill_exact(pr->x, pr->nx, r);
    lmc_fill_exact(pr->w, nw, r);
    lmc_fill_exact(pr->b, (size_t)d->m, r);
    /* No library call here: part 1 needs the process untouched. */
}

static void problem_free(problem *pr)
{
    free(pr->x);
    free(pr->w);
    free(pr->b);
    free(pr->yref);
}

static const float *bias_of(const problem *pr) { return pr->d.has_bias ? pr->b : NULL; }

/* Executes p once with a fresh exact-size workspace into y. */
static lmc_status run_once(const lmc_plan *p, const problem *pr, float *y)
{
    const size_t wsb = lmc_plan_workspace_bytes(p);
    void *ws = wsb ? malloc(wsb) : NULL;
    if (wsb && !ws) return LMC_ERR_NOMEM;
    if (ws) memset(ws, 0xff, wsb);
    const lmc_status s = lmc_execute(p, pr->x, y, ws, wsb);
    free(ws);
    return s;
}

/* ---- 1: concurrent first use -------------------------------------------- */
/* An output's digest: FNV-1a over its values with -0 taken as +0 (exact
 * results may differ from the oracle's in the sign of a zero only). */
static uint64_t digest(const float *y, size_t n)
{
    uint64_t h = 0xcbf29ce484222325ull;
    for (size_t i = 0; i < n; i++) {
        const float v = y[i] == 0.0f ? 0.0f : y[i];
        unsigned char b[sizeof v];
        memcpy(b, &v, sizeof v);
        for (size_t k = 0; k < sizeof v; k++) h = (h ^ b[k]) * 0x100000001b3ull;
    }
    return h;
}

/* What a creation chose, and its result's digest. */
typedef struct {
    lmc_status status;
    lmc_algo algo;
    char variant[16];
    size_t ws, packed;
    uint64_t result;
} choice;

#define NSPECS LMC_ALGO_COUNT_ /* AUTO, then every family id */
#define NPROB (NBASE * 2)      /* each base problem in NCHW and NHWC */

static choice create_and_run(const problem *pr, lmc_algo a, int plan_threads)
{
    choice c;
    memset(&c, 0, sizeof c);
    lmc_plan_opts o;
    lmc_plan_opts_init(&o);
    o.algo = a;
    o.threads = plan_threads;
    lmc_plan *p = NULL;
    c.status = lmc_plan_create(&pr->d, &o, pr->w, bias_of(pr), &p);
    if (c.status != LMC_OK) return c;
    c.algo = lmc_plan_algo(p);
    snprintf(c.variant, sizeof c.variant, "%s", lmc_plan_variant(p) ? lmc_plan_variant(p) : "");
    c.ws = lmc_plan_workspace_bytes(p);
    c.packed = lmc_plan_packed_weight_bytes(p);
    float *y = malloc(pr->ny * sizeof(float));
    if (y && run_once(p, pr, y) == LMC_OK) c.result = digest(y, pr->ny);
    free(y);
    lmc_plan_destroy(p);
    return c;
}

typedef struct {
    problem *probs;
    pthread_barrier_t *start;
    int tid;
    choice got[NPROB][NSPECS];
} creator;

/* Creator threads alternate between 1 and 2 plan threads, so that OpenMP's
 * pool is first started at both sizes at once. */
static int creator_threads(int tid) { return 1 + tid % 2; }

static bool spec_exists(int spec) { return spec == LMC_ALGO_AUTO || lmc_algo_name((lmc_algo)spec) != NULL; }

static void *creator_main(void *arg)
{
    creator *cr = arg;
    pthread_barrier_wait(cr->start);
    /* Each thread starts at another problem and family, so that different
     * first uses overlap. */
    for (int k = 0; k < NPROB; k++) {
        const int i = (k + 3 * cr->tid) % NPROB;
        for (int a = 0; a < NSPECS; a++) {
            const int spec = (a + cr->tid) % NSPECS;
            if (spec_exists(spec))
                cr->got[i][spec] = create_and_run(&cr->probs[i], (lmc_algo)spec, creator_threads(cr->tid));
        }
    }
    return NULL;
}

static bool same_choice(const choice *a, const choice *b)
{
    return a->status == b->status && a->algo == b->algo && strcmp(a->variant, b->variant) == 0 &&
           a->ws == b->ws && a->packed == b->packed;
}

/* One round in a fresh process: the creators first (nothing may touch the
 * library before them, not even the oracle), then the oracle and the same
 * creations one at a time. */
static void first_use_round(int round)
{
    static problem probs[NPROB];
    static creator cr[APP_THREADS];
    lmc_rng r = {(uint64_t)(1000 + round)};
    for (int i = 0; i < NPROB; i++) {
        lmc_conv_desc d;
        base_desc(i / 2, &d);
        d.layout = i % 2 ? LMC_NHWC : LMC_NCHW;
        problem_make(&probs[i], &d, &r);
    }
    pthread_barrier_t start;
    pthread_barrier_init(&start, NULL, APP_THREADS);
    pthread_t th[APP_THREADS];
    for (int t = 0; t < APP_THREADS; t++) {
        memset(&cr[t], 0, sizeof cr[t]);
        cr[t].probs = probs;
        cr[t].start = &start;
        cr[t].tid = t;
        CHECK(pthread_create(&th[t], NULL, creator_main, &cr[t]) == 0, "pthread_create");
    }
    for (int t = 0; t < APP_THREADS; t++) pthread_join(th[t], NULL);
    pthread_barrier_destroy(&start);

    long compared = 0;
    for (int i = 0; i < NPROB; i++) {
        const problem *pr = &probs[i];
        char ds[256];
        lmc_layer_str(&pr->d, ds, sizeof ds);
        CHECK(lmc_run_ref(&pr->d, pr->x, pr->w, bias_of(pr), pr->yref, 1) == LMC_OK, "ref");
        const uint64_t want = digest(pr->yref, pr->ny);
        for (int spec = 0; spec < NSPECS; spec++) {
            if (!spec_exists(spec)) continue;
            choice seq[2];
            for (int pt = 1; pt <= 2; pt++) seq[pt - 1] = create_and_run(pr, (lmc_algo)spec, pt);
            for (int t = 0; t < APP_THREADS; t++) {
                const choice *c = &cr[t].got[i][spec], *s = &seq[creator_threads(t) - 1];
                const char *name = spec ? lmc_algo_name((lmc_algo)spec) : "auto";
                CHECK(same_choice(c, s),
                      "round %d, %s on %s at %d threads: concurrently %s %s:%s ws %zu packed %zu, "
                      "alone %s %s:%s ws %zu packed %zu",
                      round, name, ds, creator_threads(t), lmc_strerror(c->status), lmc_algo_name(c->algo),
                      c->variant, c->ws, c->packed, lmc_strerror(s->status), lmc_algo_name(s->algo), s->variant,
                      s->ws, s->packed);
                CHECK(c->status == LMC_ERR_UNSUPPORTED || c->status == LMC_OK, "%s on %s: %s", name, ds,
                      lmc_strerror(c->status));
                /* Concurrent and alone agree bit for bit; an exact family's
                 * result is also the oracle's (Winograd's only within its bound). */
                if (c->status == LMC_OK)
                    CHECK(c->result == s->result && (!lmc_algo_is_exact(c->algo) || c->result == want),
                          "round %d, %s on %s: a result differs from running alone or from the oracle",
                          round, name, ds);
                compared++;
            }
        }
    }
    for (int i = 0; i < NPROB; i++) problem_free(&probs[i]);
    printf("  round %d: %ld concurrent creations matched\n", round, compared);
    passed += compared;
}

/* Runs each round in a child, so that each starts with nothing initialised. */
static void first_use(void)
{
    for (int round = 0; round < 3; round++) {
        fflush(NULL);
        const pid_t pid = fork();
        CHECK(pid >= 0, "fork");
        if (pid == 0) {
            first_use_round(round);
            fflush(NULL);
            _exit(lmc_test_failures ? 1 : 0);
        }
        int status = 0;
        waitpid(pid, &status, 0);
        CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0, "round %d failed (status %#x)", round, status);
        passed++;
    }
}

/* ---- 2: one plan, several threads --------------------------------------- */
typedef struct {
    const lmc_plan *plan;
    const problem *pr;
    const float *want;       /* the single execution's output */
} exec_job;

typedef struct {
    pthread_barrier_t go, done;
    exec_job job;
    bool quit;
    bool ok[APP_THREADS];
} pool;

static pool g_pool;

typedef struct {
    int tid;
} worker_arg;

/* A long-lived application thread: per job, its own workspace and output,
 * RUNS_PER_THREAD executions of the shared plan, each compared bit for bit. */
static void *worker_main(void *arg)
{
    const int tid = ((worker_arg *)arg)->tid;
    for (;;) {
        pthread_barrier_wait(&g_pool.go);
        if (g_pool.quit) return NULL;
        const exec_job *j = &g_pool.job;
        const size_t wsb = lmc_plan_workspace_bytes(j->plan), ny = j->pr->ny;
        void *ws = wsb ? malloc(wsb) : NULL;
        float *y = malloc(ny * sizeof(float));
        bool ok = y && (ws || !wsb);
        for (int k = 0; ok && k < RUNS_PER_THREAD; k++) {
            memset(y, 0xff, ny * sizeof(float));
            if (ws) memset(ws, 0x7f ^ tid ^ k, wsb);
            ok = lmc_execute(j->plan, j->pr->x, y, ws, wsb) == LMC_OK && memcmp(y, j->want, ny * sizeof(float)) == 0;
        }
        g_pool.ok[tid] = ok;
        free(ws);
        free(y);
        pthread_barrier_wait(&g_pool.done);
    }
}

static void shared_plans(void)
{
    lmc_test_algo algos[LMC_TEST_MAX_ALGOS];
    const size_t na = lmc_test_algos(algos);
    pthread_barrier_init(&g_pool.go, NULL, APP_THREADS + 1);
    pthread_barrier_init(&g_pool.done, NULL, APP_THREADS + 1);
    pthread_t th[APP_THREADS];
    worker_arg args[APP_THREADS];
    for (int t = 0; t < APP_THREADS; t++) {
        args[t].tid = t;
        CHECK(pthread_create(&th[t], NULL, worker_main, &args[t]) == 0, "pthread_create");
    }
    lmc_rng r = {4242};
    long plans = 0;
    for (int bi = 0; bi < NBASE; bi++)
        for (int l = 0; l < 4; l++) {
            lmc_conv_desc d;
            base_desc(bi, &d);
            d.layout = (lmc_layout)l;
            problem pr;
            problem_make(&pr, &d, &r);
            char ds[256];
            lmc_layer_str(&d, ds, sizeof ds);
            CHECK(lmc_run_ref(&d, pr.x, pr.w, bias_of(&pr), pr.yref, 1) == LMC_OK, "ref");
            float *y0 = malloc(pr.ny * sizeof(float));
            for (size_t ai = 0; ai < na; ai++)
                for (int pt = 1; pt <= 2; pt++) {
                    lmc_plan_opts o;
                    lmc_plan_opts_init(&o);
                    o.algo = algos[ai].algo;
                    o.variant = algos[ai].variant;
                    o.threads = pt;
                    lmc_plan *p = NULL;
                    const lmc_status s = lmc_plan_create(&d, &o, pr.w, bias_of(&pr), &p);
                    if (s == LMC_ERR_UNSUPPORTED) continue;
                    CHECK(s == LMC_OK, "%s on %s: %s", algos[ai].name, ds, lmc_strerror(s));
                    if (s != LMC_OK) continue;
                    /* The single execution: the reference of the concurrent ones. */
                    const lmc_status e = run_once(p, &pr, y0);
                    CHECK(e == LMC_OK, "%s on %s at %d threads: %s", algos[ai].name, ds, pt, lmc_strerror(e));
                    /* Exact families give the oracle's result; Winograd stays
                     * within its derived bound (test_real checks that); here
                     * its concurrent runs must match this one bit for bit. */
                    bool exact = e == LMC_OK;
                    if (lmc_algo_is_exact(algos[ai].algo))
                        for (size_t i = 0; exact && i < pr.ny; i++) exact = y0[i] == pr.yref[i];
                    CHECK(exact, "%s on %s at %d threads: not the oracle's result", algos[ai].name, ds, pt);
                    g_pool.job = (exec_job){p, &pr, y0};
                    pthread_barrier_wait(&g_pool.go);
                    pthread_barrier_wait(&g_pool.done);
                    for (int t = 0; t < APP_THREADS; t++)
                        CHECK(g_pool.ok[t], "%s on %s at %d plan threads: application thread %d's result differs",
                              algos[ai].name, ds, pt, t);
                    lmc_plan_destroy(p);
                    plans++;
                    passed++;
                }
            free(y0);
            problem_free(&pr);
        }
    g_pool.quit = true;
    pthread_barrier_wait(&g_pool.go);
    for (int t = 0; t < APP_THREADS; t++) pthread_join(th[t], NULL);
    pthread_barrier_destroy(&g_pool.go);
    pthread_barrier_destroy(&g_pool.done);
    printf("  %ld plans executed by %d threads at once, %d times each\n", plans, APP_THREADS, RUNS_PER_THREAD);
}

int main(void)
{
    /* First: the rounds fork, and must do so before this process starts
     * threads or touches the library. */
    first_use();
    shared_plans();
    return lmc_test_finish("test_concurrency", passed);
}
