/* The plan / execute API: every status reachable through it is triggered
 * here, and the documented behaviour around it holds (nothing written on a
 * short workspace, *out NULL on failure, names round-trip, the version is
 * the header's, AUTO respects the workspace limit, MEASURE works, sizes
 * depend on threads). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"

static long passed;
#define EXPECT(expr, want) CHECK_STATUS(passed, expr, want)

/* AUTO's status and lmc_plan_explain's text agree with what the families
 * say one by one (lmc_query at variant 0 and every variant): UNSUPPORTED
 * when none supports the problem, NO_ALGO_FITS (naming the smallest
 * workspace) when some does but all need more than the limit, else OK --
 * never NO_ALGO_FITS without a limit.  Over problems of every layout, some
 * grouped with channels per group that are no multiple of a block, at the
 * limits 0, the smallest workspace - 1 and none. */
static void auto_statuses(const lmc_test_algo *algos, size_t nalgos)
{
    static const int probs[][14] = {
        /* n  c   h   w   m  kh kw sh sw pt pb pl pr g */
        {1, 4, 9, 9, 5, 3, 3, 1, 1, 1, 1, 1, 1, 1},
        {1, 50, 6, 6, 176, 1, 1, 1, 1, 0, 0, 0, 0, 2},
        {1, 128, 5, 5, 128, 3, 3, 1, 1, 1, 1, 1, 1, 32},
        {1, 16, 7, 7, 32, 3, 3, 2, 2, 1, 1, 1, 1, 16},
        {2, 12, 8, 6, 20, 5, 3, 1, 2, 2, 2, 0, 1, 4},
    };
    float *w = calloc(176 * 50 * 9, sizeof *w);
    int kinds[3] = {0, 0, 0};   /* OK, UNSUPPORTED, NO_ALGO_FITS seen */
    for (size_t i = 0; i < sizeof probs / sizeof probs[0]; i++)
        for (int layout = 0; layout < 4; layout++) {
            lmc_conv_desc d = lmc_test_desc(probs[i]);
            d.groups = probs[i][13];
            d.layout = (lmc_layout)layout;
            bool sup = false;
            size_t min_ws = SIZE_MAX;
            for (size_t a = 0; a < nalgos; a++) {
                size_t ws;
                if (lmc_query(&d, algos[a].algo, algos[a].variant, 1, &ws, NULL) != LMC_OK) continue;
                sup = true;
                if (ws < min_ws) min_ws = ws;
            }
            const size_t limits[3] = {0, min_ws && min_ws != SIZE_MAX ? min_ws - 1 : 0, SIZE_MAX};
            for (int li = 0; li < 3; li++) {
                lmc_plan_opts o;
                lmc_plan_opts_init(&o);
                o.threads = 1;
                o.workspace_limit = limits[li];
                const lmc_status want = !sup ? LMC_ERR_UNSUPPORTED
                                        : min_ws > limits[li] ? LMC_ERR_NO_ALGO_FITS : LMC_OK;
                char text[2048], ds[256], num[32];
                lmc_layer_str(&d, ds, sizeof ds);
                lmc_plan *p;
                const lmc_status s = lmc_plan_create(&d, &o, w, NULL, &p);
                CHECK(s == want, "%s limit %zu: AUTO gave %s, want %s", ds, limits[li], lmc_strerror(s),
                      lmc_strerror(want));
                CHECK(li < 2 || s != LMC_ERR_NO_ALGO_FITS, "%s: NO_ALGO_FITS without a limit", ds);
                const lmc_status e = lmc_plan_explain(&d, &o, text, sizeof text);
                CHECK(e == s, "%s: explain %s, create %s", ds, lmc_strerror(e), lmc_strerror(s));
                if (s == LMC_OK) {
                    CHECK(strstr(text, lmc_plan_algorithm(p)) == text, "%s: explain says '%s', plan is %s",
                          ds, text, lmc_plan_algorithm(p));
                    lmc_plan_destroy(p);
                    kinds[0]++;
                } else if (s == LMC_ERR_UNSUPPORTED) {
                    /* every family's reason is in the text; the oracle is admitted on request */
                    for (size_t a = 0; a < nalgos; a++)
                        if (algos[a].variant == 0) {
                            const char *why = lmc_unsupported_reason(&d, algos[a].algo, 0);
                            CHECK(why && strstr(text, why), "%s: explain misses %s's reason: %s", ds,
                                  algos[a].name, text);
                        }
                    o.flags = LMC_PLAN_ALLOW_REF;
                    EXPECT(lmc_plan_create(&d, &o, w, NULL, &p), LMC_OK);
                    CHECK(lmc_plan_algo(p) == LMC_ALGO_REF, "%s: ALLOW_REF did not fall back to ref", ds);
                    lmc_plan_destroy(p);
                    kinds[1]++;
                } else if (s == LMC_ERR_NO_ALGO_FITS) {
                    snprintf(num, sizeof num, " %zu bytes", min_ws);
                    CHECK(strstr(text, num) != NULL, "%s: explain does not give the smallest workspace%s: %s",
                          ds, num, text);
                    o.workspace_limit = min_ws;
                    EXPECT(lmc_plan_create(&d, &o, w, NULL, &p), LMC_OK);
                    lmc_plan_destroy(p);
                    kinds[2]++;
                }
                passed++;
            }
        }
    printf("  AUTO on %d problems: %d planned, %d unsupported, %d over the limit\n",
           kinds[0] + kinds[1] + kinds[2], kinds[0], kinds[1], kinds[2]);
    free(w);
}

int main(void)
{
    lmc_rng r = {3};
    lmc_conv_desc d;
    lmc_desc_init(&d, 1, 4, 9, 9, 5, 3, 3);
    d.pad_top = d.pad_bottom = d.pad_left = d.pad_right = 1;
    float w[5 * 4 * 9], b[5], x[4 * 81], y[5 * 81];
    lmc_fill_exact(w, 180, &r);
    lmc_fill_exact(b, 5, &r);
    lmc_fill_exact(x, 324, &r);
    lmc_plan_opts o;
    lmc_plan_opts_init(&o);
    lmc_plan *p = NULL;

    /* NULLs */
    EXPECT(lmc_plan_create(NULL, &o, w, NULL, &p), LMC_ERR_NULL);
    EXPECT(lmc_plan_create(&d, &o, NULL, NULL, &p), LMC_ERR_NULL);
    EXPECT(lmc_plan_create(&d, &o, w, NULL, NULL), LMC_ERR_NULL);
    d.has_bias = 1;
    EXPECT(lmc_plan_create(&d, &o, w, NULL, &p), LMC_ERR_NULL);
    d.has_bias = 0;
    EXPECT(lmc_execute(NULL, x, y, NULL, 0), LMC_ERR_NULL);
    EXPECT(lmc_query(NULL, LMC_ALGO_REF, 0, 1, NULL, NULL), LMC_ERR_NULL);
    lmc_algo a;
    int v;
    EXPECT(lmc_algo_parse(NULL, &a, &v), LMC_ERR_NULL);
    EXPECT(lmc_algo_parse("direct", NULL, &v), LMC_ERR_NULL);
    CHECK(lmc_plan_workspace_bytes(NULL) == 0 && lmc_plan_algorithm(NULL) == NULL, "NULL plan queries");
    lmc_plan_destroy(NULL);

    /* Bad arguments */
    EXPECT(lmc_plan_create(&d, &o, w, b, &p), LMC_ERR_BAD_ARG); /* bias without has_bias */
    o.threads = -1;
    EXPECT(lmc_plan_create(&d, &o, w, NULL, &p), LMC_ERR_BAD_ARG);
    o.threads = 5000;
    EXPECT(lmc_plan_create(&d, &o, w, NULL, &p), LMC_ERR_BAD_ARG);
    EXPECT(lmc_query(&d, LMC_ALGO_IM2COL, 0, -2, NULL, NULL), LMC_ERR_BAD_ARG);
    lmc_plan_opts_init(&o);
    o.flags = 0x80;
    EXPECT(lmc_plan_create(&d, &o, w, NULL, &p), LMC_ERR_BAD_ARG);
    lmc_plan_opts_init(&o);
    EXPECT(lmc_query(&d, LMC_ALGO_AUTO, 0, 1, NULL, NULL), LMC_ERR_BAD_ARG);
    /* Variants out of range: a family without variants, past the last
     * one, and AUTO with a variant. */
    EXPECT(lmc_query(&d, LMC_ALGO_IM2COL, 1, 1, NULL, NULL), LMC_ERR_BAD_ARG);
    EXPECT(lmc_query(&d, LMC_ALGO_MEC, -1, 1, NULL, NULL), LMC_ERR_BAD_ARG);
    o.algo = LMC_ALGO_MEC;
    o.variant = lmc_algo_variant_count(LMC_ALGO_MEC) + 1;
    EXPECT(lmc_plan_create(&d, &o, w, NULL, &p), LMC_ERR_BAD_ARG);
    o.algo = LMC_ALGO_AUTO;
    o.variant = 1;
    EXPECT(lmc_plan_create(&d, &o, w, NULL, &p), LMC_ERR_BAD_ARG);
    CHECK(lmc_unsupported_reason(&d, LMC_ALGO_MEC, 99) == NULL, "reason for a variant out of range");
    lmc_plan_opts_init(&o);

    /* Unknown and unsupported algorithms */
    o.algo = (lmc_algo)999;
    EXPECT(lmc_plan_create(&d, &o, w, NULL, &p), LMC_ERR_UNKNOWN_ALGO);
    EXPECT(lmc_query(&d, (lmc_algo)999, 0, 1, NULL, NULL), LMC_ERR_UNKNOWN_ALGO);
    EXPECT(lmc_algo_parse("no-such-algo", &a, &v), LMC_ERR_UNKNOWN_ALGO);
    EXPECT(lmc_algo_parse("direct:no-such-tile", &a, &v), LMC_ERR_UNKNOWN_ALGO);
    EXPECT(lmc_algo_parse("auto:x", &a, &v), LMC_ERR_UNKNOWN_ALGO);
    EXPECT(lmc_algo_parse("direc", &a, &v), LMC_ERR_UNKNOWN_ALGO);
    o.algo = LMC_ALGO_INDIRECT; /* NHWC only */
    EXPECT(lmc_plan_create(&d, &o, w, NULL, &p), LMC_ERR_UNSUPPORTED);
    CHECK(p == NULL, "failed plan_create leaves *out NULL");
    CHECK(lmc_unsupported_reason(&d, LMC_ALGO_INDIRECT, 0) != NULL, "indirect on NCHW has a reason");
    CHECK(lmc_unsupported_reason(&d, LMC_ALGO_IM2COL, 0) == NULL, "im2col on NCHW has no reason");

    /* Names round-trip, "family:variant" included; the 0.1 names still
     * parse; strerror covers every status with distinct text. */
    int families = 0;
    for (int id = LMC_ALGO_AUTO + 1; id < LMC_ALGO_COUNT_; id++) {
        const char *name = lmc_algo_name((lmc_algo)id);
        CHECK(name != NULL, "family %d has no name", id);
        if (!name) continue;
        families++;
        CHECK(lmc_algo_parse(name, &a, &v) == LMC_OK && a == (lmc_algo)id && v == 0, "name of %d", id);
        CHECK(lmc_algo_variant_name((lmc_algo)id, 0) == NULL &&
                  lmc_algo_variant_name((lmc_algo)id, lmc_algo_variant_count((lmc_algo)id) + 1) == NULL,
              "variant names out of range");
        for (int k = 1; k <= lmc_algo_variant_count((lmc_algo)id); k++) {
            char spec[64];
            snprintf(spec, sizeof spec, "%s:%s", name, lmc_algo_variant_name((lmc_algo)id, k));
            CHECK(lmc_algo_parse(spec, &a, &v) == LMC_OK && a == (lmc_algo)id && v == k, "%s", spec);
        }
        passed++;
    }
    CHECK(families >= 8, "only %d families registered", families);
    CHECK(lmc_algo_parse("auto", &a, &v) == LMC_OK && a == LMC_ALGO_AUTO && v == 0, "auto");
    CHECK(lmc_algo_parse("im2row", &a, &v) == LMC_OK && a == LMC_ALGO_IM2COL && v == 0, "im2row");
    CHECK(lmc_algo_parse("kn2col-as", &a, &v) == LMC_OK && a == LMC_ALGO_KN2ROW_AS && v == 0, "kn2col-as");
    CHECK(lmc_algo_parse("mec-b", &a, &v) == LMC_OK && a == LMC_ALGO_MEC &&
              strcmp(lmc_algo_variant_name(a, v), "b") == 0, "mec-b");
    CHECK(lmc_algo_parse("mec-a", &a, &v) == LMC_OK && a == LMC_ALGO_MEC &&
              strcmp(lmc_algo_variant_name(a, v), "a") == 0, "mec-a");
    for (int s = 0; s < LMC_STATUS_COUNT_; s++)
        for (int t = 0; t < s; t++)
            CHECK(strcmp(lmc_strerror((lmc_status)s), lmc_strerror((lmc_status)t)) != 0, "strerror %d %d", s, t);
    CHECK(strcmp(lmc_strerror((lmc_status)-1), "unknown status") == 0, "strerror out of range");

    /* The version: the library's string is the header's macros. */
    char ver[32];
    snprintf(ver, sizeof ver, "%d.%d.%d", LMCONV_VERSION_MAJOR, LMCONV_VERSION_MINOR,
             LMCONV_VERSION_PATCH);
    CHECK(lmc_version() != NULL && strcmp(lmc_version(), ver) == 0, "lmc_version() %s, header %s",
          lmc_version() ? lmc_version() : "NULL", ver);
    CHECK(LMCONV_VERSION == LMCONV_VERSION_MAJOR * 10000 + LMCONV_VERSION_MINOR * 100 +
                                LMCONV_VERSION_PATCH && LMCONV_VERSION_MINOR < 100 &&
              LMCONV_VERSION_PATCH < 100,
          "LMCONV_VERSION %d", LMCONV_VERSION);
    passed++;

    /* Workspace: explicit algorithm over the limit; too small at execute. */
    size_t ws1 = 0, ws2 = 0, pk = 0;
    EXPECT(lmc_query(&d, LMC_ALGO_IM2COL, 0, 1, &ws1, &pk), LMC_OK);
    EXPECT(lmc_query(&d, LMC_ALGO_IM2COL, 0, 2, &ws2, NULL), LMC_OK);
    /* lowered matrix C*KH*KW x Ho*Wo plus packing; packed weights at least M*C*KH*KW */
    CHECK(ws1 >= 9 * 4 * 81 * sizeof(float) && pk >= 180 * sizeof(float), "im2col sizes %zu %zu", ws1, pk);
    o.algo = LMC_ALGO_IM2COL;
    o.workspace_limit = ws1 - 1;
    o.threads = 1;
    EXPECT(lmc_plan_create(&d, &o, w, NULL, &p), LMC_ERR_NO_ALGO_FITS);
    o.workspace_limit = ws1;
    EXPECT(lmc_plan_create(&d, &o, w, NULL, &p), LMC_OK);
    CHECK(strcmp(lmc_plan_algorithm(p), "im2col") == 0 && lmc_plan_algo(p) == LMC_ALGO_IM2COL &&
              lmc_plan_threads(p) == 1 && lmc_plan_workspace_bytes(p) == ws1 &&
              lmc_plan_packed_weight_bytes(p) == pk && lmc_plan_variant(p) == NULL,
          "plan accessors");
    void *ws = malloc(ws1 + 8); /* + 8: room for the misaligned-pointer cases */
    for (size_t i = 0; i < 405; i++) y[i] = -7.0f;
    EXPECT(lmc_execute(p, x, y, ws, ws1 - 1), LMC_ERR_WORKSPACE_TOO_SMALL);
    EXPECT(lmc_execute(p, x, y, NULL, ws1), LMC_ERR_NULL);
    bool untouched = true;
    for (size_t i = 0; i < 405; i++) untouched &= y[i] == -7.0f;
    CHECK(untouched, "a refused execute wrote the output");
    EXPECT(lmc_execute(p, x, NULL, ws, ws1), LMC_ERR_NULL);
    EXPECT(lmc_execute(p, (const float *)((const char *)x + 2), y, ws, ws1), LMC_ERR_BAD_ARG);
    EXPECT(lmc_execute(p, x, y, (char *)ws + 1, ws1 - 1), LMC_ERR_WORKSPACE_TOO_SMALL);
    EXPECT(lmc_execute(p, x, y, (char *)ws + 1, ws1), LMC_ERR_BAD_ARG);
    EXPECT(lmc_execute(p, x, y, ws, ws1), LMC_OK);
    /* The plan owns its weights: scribbling on the caller's array changes nothing. */
    float y2[405], wsave[180];
    memcpy(wsave, w, sizeof w);
    for (int i = 0; i < 180; i++) w[i] = NAN;
    EXPECT(lmc_execute(p, x, y2, ws, ws1), LMC_OK);
    CHECK(memcmp(y, y2, sizeof y2) == 0, "plan depends on the caller's weights after creation");
    memcpy(w, wsave, sizeof w);
    lmc_plan_destroy(p);
    free(ws);

    /* AUTO: honours the limit, fails when nothing fits, MEASURE picks a
     * fitting algorithm, and every AUTO choice computes the right result. */
    float yref[405];
    CHECK(lmc_run_ref(&d, x, w, NULL, yref, 1) == LMC_OK, "ref");
    size_t min_ws = SIZE_MAX;
    lmc_test_algo algos[LMC_TEST_MAX_ALGOS];
    const size_t nalgos = lmc_test_algos(algos);
    for (size_t i = 0; i < nalgos; i++) {
        size_t s;
        if (lmc_query(&d, algos[i].algo, algos[i].variant, 1, &s, NULL) == LMC_OK && s < min_ws) min_ws = s;
    }
    lmc_plan_opts_init(&o);
    o.threads = 1;
    if (min_ws > 0) {
        o.workspace_limit = min_ws - 1;
        EXPECT(lmc_plan_create(&d, &o, w, NULL, &p), LMC_ERR_NO_ALGO_FITS);
    }
    auto_statuses(algos, nalgos);
    /* explain: an explicit algorithm's refusal is its reason; over the limit
     * it names the workspace; truncation keeps the NUL; bad flags refused. */
    {
        char text[256], tiny[8];
        lmc_plan_opts e;
        lmc_plan_opts_init(&e);
        e.algo = LMC_ALGO_INDIRECT;
        EXPECT(lmc_plan_explain(&d, &e, text, sizeof text), LMC_ERR_UNSUPPORTED);
        CHECK(strcmp(text, lmc_unsupported_reason(&d, LMC_ALGO_INDIRECT, 0)) == 0, "explain: %s", text);
        e.algo = LMC_ALGO_IM2COL;
        e.threads = 1;
        e.workspace_limit = ws1 - 1;
        EXPECT(lmc_plan_explain(&d, &e, text, sizeof text), LMC_ERR_NO_ALGO_FITS);
        char num[32];
        snprintf(num, sizeof num, "%zu bytes", ws1);
        CHECK(strstr(text, num) != NULL, "explain over the limit: %s", text);
        EXPECT(lmc_plan_explain(&d, &e, tiny, sizeof tiny), LMC_ERR_NO_ALGO_FITS);
        CHECK(strlen(tiny) == sizeof tiny - 1, "explain truncation");
        EXPECT(lmc_plan_explain(&d, &e, NULL, 0), LMC_ERR_NO_ALGO_FITS);
        EXPECT(lmc_plan_explain(NULL, &e, NULL, 0), LMC_ERR_NULL);
        e.flags = (unsigned)LMC_PLAN_INEXACT << 1;   /* the bit after the last flag */
        EXPECT(lmc_plan_explain(&d, &e, NULL, 0), LMC_ERR_BAD_ARG);
        EXPECT(lmc_plan_create(&d, &e, w, NULL, &p), LMC_ERR_BAD_ARG);
    }
    for (int measure = 0; measure < 2; measure++) {
        o.workspace_limit = SIZE_MAX;
        o.flags = measure ? LMC_PLAN_MEASURE : 0;
        EXPECT(lmc_plan_create(&d, &o, w, NULL, &p), LMC_OK);
        CHECK(lmc_plan_algo(p) != LMC_ALGO_REF, "AUTO chose the oracle");
        void *pws = malloc(lmc_plan_workspace_bytes(p) + 1);
        EXPECT(lmc_execute(p, x, y, pws, lmc_plan_workspace_bytes(p)), LMC_OK);
        CHECK(memcmp(y, yref, sizeof y) == 0, "AUTO (%s) result", lmc_plan_algorithm(p));
        free(pws);
        lmc_plan_destroy(p);
    }

    /* A family's own choice resolves to one of its variants, and the plan
     * names it; a named variant is the one that runs. */
    d.layout = LMC_NHWC;
    lmc_plan_opts_init(&o);
    o.algo = LMC_ALGO_MEC;
    o.threads = 1;
    EXPECT(lmc_plan_create(&d, &o, w, NULL, &p), LMC_OK);
    const char *chosen = lmc_plan_variant(p);
    CHECK(chosen && (strcmp(chosen, "a") == 0 || strcmp(chosen, "b") == 0), "mec's choice: %s",
          chosen ? chosen : "(none)");
    lmc_plan_destroy(p);
    o.variant = 1;
    EXPECT(lmc_plan_create(&d, &o, w, NULL, &p), LMC_OK);
    CHECK(strcmp(lmc_plan_variant(p), lmc_algo_variant_name(LMC_ALGO_MEC, 1)) == 0, "mec variant 1 runs");
    lmc_plan_destroy(p);
    d.layout = LMC_NCHW;

    /* Out of memory inside plan creation: every allocation point fails in
     * turn, each time cleanly. */
    if (lmc_alloc_counting_available()) {
        lmc_plan_opts_init(&o);
        o.algo = LMC_ALGO_IM2COL;
        o.threads = 1;
        d.has_bias = 1;
        int nomem = 0;
        for (long k = 0; k < 8; k++) {
            lmc_alloc_fail_after(k);
            lmc_status s = lmc_plan_create(&d, &o, w, b, &p);
            lmc_alloc_fail_off();
            if (s == LMC_OK) {
                lmc_plan_destroy(p);
                break;
            }
            CHECK(s == LMC_ERR_NOMEM && p == NULL, "allocation %ld failing gave %s", k, lmc_strerror(s));
            nomem++;
        }
        CHECK(nomem >= 2, "plan creation should have at least two allocation points, saw %d", nomem);
        passed++;
    } else {
        printf("  LMC_ERR_NOMEM not tested: allocation interposition unavailable (sanitizer build)\n");
    }
    return lmc_test_finish("test_api", passed);
}
