/* Wisdom: a recorded variant is what a family's own choice then plans (and
 * only on the CPU it was measured on); export and import round-trip, also
 * through files; every malformed, truncated or foreign-format text is
 * refused with LMC_ERR_BAD_WISDOM, a reason naming its line, and nothing
 * changed.  With --env the test instead checks that the file $LMC_WISDOM
 * names is read before the first plan (test_env gives it unusable files). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "harness.h"
#include "wisdom.h"

static long passed;
#define EXPECT(expr, want) CHECK_STATUS(passed, expr, want)

/* A problem `direct` runs in several variants: its own choice and another. */
static lmc_conv_desc problem(void)
{
    lmc_conv_desc d;
    lmc_desc_init(&d, 1, 32, 10, 12, 48, 3, 3);
    d.pad_top = d.pad_bottom = d.pad_left = d.pad_right = 1;
    d.layout = LMC_NHWC;
    return d;
}
static const char *const PROBLEM = "n1c32h10w12m48k3x3s1x1p1.1.1.1d1x1g1 nhwc";

/* The family under test: `direct`, or `mec` (whose two solutions exist on
 * every ISA) where the ISA in use leaves direct one tile. */
static lmc_algo FAMILY = LMC_ALGO_DIRECT;
static const char *family_name(void) { return lmc_algo_name(FAMILY); }

static void choose_family(const lmc_conv_desc *d)
{
    const lmc_algo candidates[] = {LMC_ALGO_DIRECT, LMC_ALGO_MEC};
    for (size_t i = 0; i < 2; i++) {
        int supported = 0;
        for (int v = 1; v <= lmc_algo_variant_count(candidates[i]); v++)
            supported += lmc_unsupported_reason(d, candidates[i], v) == NULL;
        if (supported >= 2) {
            FAMILY = candidates[i];
            return;
        }
    }
}

/* The variant the family's own choice plans at `threads` (NULL on failure). */
static const char *planned_variant(const lmc_conv_desc *d, int threads, char *buf, size_t cap)
{
    static float w[48 * 32 * 9];
    lmc_plan_opts o;
    lmc_plan_opts_init(&o);
    o.algo = FAMILY;
    o.threads = threads;
    lmc_plan *p = NULL;
    if (lmc_plan_create(d, &o, w, NULL, &p) != LMC_OK) return NULL;
    snprintf(buf, cap, "%s", lmc_plan_variant(p));
    lmc_plan_destroy(p);
    return buf;
}

/* A supported variant of the family on d other than `not`, or NULL. */
static const char *other_variant(const lmc_conv_desc *d, const char *not)
{
    for (int v = 1; v <= lmc_algo_variant_count(FAMILY); v++) {
        const char *name = lmc_algo_variant_name(FAMILY, v);
        if (!lmc_unsupported_reason(d, FAMILY, v) && strcmp(name, not) != 0) return name;
    }
    return NULL;
}

static char *export_all(void)
{
    size_t len = 0;
    if (lmc_wisdom_export_string(NULL, 0, &len) != LMC_OK) return NULL;
    char *s = malloc(len + 1);
    if (s && lmc_wisdom_export_string(s, len + 1, &len) != LMC_OK) {
        free(s);
        return NULL;
    }
    return s;
}

static void write_file(const char *path, const char *text, size_t n)
{
    FILE *f = fopen(path, "wb");
    CHECK(f != NULL, "cannot create %s", path);
    if (!f) return;
    fwrite(text, 1, n, f);
    fclose(f);
}

/* Each of these texts must be refused whole, with its line in the reason. */
static void malformed(const char *key)
{
    char good[256];
    snprintf(good, sizeof good, "direct:8x4 %s t1 0.5\n", PROBLEM);
    const struct {
        const char *head, *body, *reason;
    } bad[] = {
        {"", "", "empty"},
        {"# only a comment\n", "", "empty"},
        {"lmconv-wisdom 3\n", "", "format 3"},
        {"lmconv-wisdom 1\ncpu %s\n", "eff direct:8x4 spatial nhwc t1 2\n", "format 1"},
        {"lmconv-wisdom 2\ncpu %s\n", "eff direct spatial nhwc t1 2\n", "unknown family"},
        {"lmconv-wisdom 2\ncpu %s\n", "eff im2col:a spatial nhwc t1 2\n", "unknown family"},
        {"lmconv-wisdom 2\ncpu %s\n", "eff direct:9x9 spatial nhwc t1 2\n", "unknown family"},
        {"lmconv-wisdom 2\ncpu %s\n", "eff direct:8x4 spatial nc t1 2\n", "unknown layout"},
        {"lmconv-wisdom 2\ncpu %s\n", "eff direct:8x4 dilated nhwc t1 2\n", "unknown kind"},
        {"lmconv-wisdom 2\ncpu %s\n", "eff direct:8x4 spatial nhwc t0 2\n", "thread count"},
        {"lmconv-wisdom 2\ncpu %s\n", "eff direct:8x4 spatial nhwc t1 0\n", "malformed efficiency"},
        {"lmconv-wisdom 2\ncpu %s\n", "eff direct:8x4 spatial nhwc t1 nan\n", "malformed efficiency"},
        {"lmconv-wisdom 2\ncpu %s\n", "eff direct:8x4 spatial nhwc t1\n", "fewer"},
        {"lmconv-wisdom 2\ncpu %s\n", "eff direct:8x4 spatial nhwc t1 2 x\n", "more"},
        {"lmconv-wisdom 2\n", "eff direct:8x4 spatial nhwc t1 2\n", "before the first cpu"},
        {"lmconv-wisdom 0\n", "", "format 0"},
        {"lmconv-wisdom one\n", "", "line 1"},
        {"fftw-wisdom 1\n", "", "line 1"},
        {"lmconv-wisdom 1", "", "truncated"},
        {"lmconv-wisdom 1\n", "direct:8x4 n1c32h10w12m48k3x3s1x1p1.1.1.1d1x1g1 nhwc t1 0.5\n", "before the first cpu"},
        {"lmconv-wisdom 1\ncpu %s\n", "direct:8x4 n1c32h10w12m48k3x3s1x1p1.1.1.1d1x1g1 nhwc t1\n", "line 3: fewer"},
        {"lmconv-wisdom 1\ncpu %s\n", "direct:8x4 n1c32h10w12m48k3x3s1x1p1.1.1.1d1x1g1 nhwc t1 0.5 x\n", "line 3: more"},
        {"lmconv-wisdom 1\ncpu %s\n", "nosuch:4x3 n1c32h10w12m48k3x3s1x1p1.1.1.1d1x1g1 nhwc t1 0.5\n", "unknown family"},
        {"lmconv-wisdom 1\ncpu %s\n", "direct:9x9 n1c32h10w12m48k3x3s1x1p1.1.1.1d1x1g1 nhwc t1 0.5\n", "unknown family"},
        {"lmconv-wisdom 1\ncpu %s\n", "direct n1c32h10w12m48k3x3s1x1p1.1.1.1d1x1g1 nhwc t1 0.5\n", "unknown family"},
        {"lmconv-wisdom 1\ncpu %s\n", "direct:8x4 n01c32h10w12m48k3x3s1x1p1.1.1.1d1x1g1 nhwc t1 0.5\n", "malformed problem"},
        {"lmconv-wisdom 1\ncpu %s\n", "direct:8x4 n1c32h10w12m48k3x3s1x1p1.1.1d1x1g1 nhwc t1 0.5\n", "malformed problem"},
        {"lmconv-wisdom 1\ncpu %s\n", "direct:8x4 n1c32h10w12m48k3x3s1x1p1.1.1.1d1x1g1x nhwc t1 0.5\n", "malformed problem"},
        {"lmconv-wisdom 1\ncpu %s\n", "direct:8x4 n1c0h10w12m48k3x3s1x1p1.1.1.1d1x1g1 nhwc t1 0.5\n", "invalid problem"},
        {"lmconv-wisdom 1\ncpu %s\n", "direct:8x4 n1c32h10w12m48k3x3s1x1p1.1.1.1d1x1g5 nhwc t1 0.5\n", "invalid problem"},
        {"lmconv-wisdom 1\ncpu %s\n", "direct:8x4 n1c32h2w2m48k9x9s1x1p0.0.0.0d1x1g1 nhwc t1 0.5\n", "invalid problem"},
        {"lmconv-wisdom 1\ncpu %s\n", "direct:8x4 n1c32h10w12m48k3x3s1x1p1.1.1.1d1x1g1 nchw32c t1 0.5\n", "unknown layout"},
        {"lmconv-wisdom 1\ncpu %s\n", "direct:8x4 n1c32h10w12m48k3x3s1x1p1.1.1.1d1x1g1 nhwc t0 0.5\n", "thread count"},
        {"lmconv-wisdom 1\ncpu %s\n", "direct:8x4 n1c32h10w12m48k3x3s1x1p1.1.1.1d1x1g1 nhwc t1025 0.5\n", "thread count"},
        {"lmconv-wisdom 1\ncpu %s\n", "direct:8x4 n1c32h10w12m48k3x3s1x1p1.1.1.1d1x1g1 nhwc 2 0.5\n", "thread count"},
        {"lmconv-wisdom 1\ncpu %s\n", "direct:8x4 n1c32h10w12m48k3x3s1x1p1.1.1.1d1x1g1 nhwc t99999999999999999999 0.5\n", "thread count"},
        {"lmconv-wisdom 1\ncpu %s\n", "direct:8x4 n1c32h10w12m48k3x3s1x1p1.1.1.1d1x1g1 nhwc t1 -1\n", "malformed time"},
        {"lmconv-wisdom 1\ncpu %s\n", "direct:8x4 n1c32h10w12m48k3x3s1x1p1.1.1.1d1x1g1 nhwc t1 nan\n", "malformed time"},
        {"lmconv-wisdom 1\ncpu %s\n", "direct:8x4 n1c32h10w12m48k3x3s1x1p1.1.1.1d1x1g1 nhwc t1 inf\n", "malformed time"},
        {"lmconv-wisdom 1\ncpu %s\n", "direct:8x4 n1c32h10w12m48k3x3s1x1p1.1.1.1d1x1g1 nhwc t1 0\n", "malformed time"},
        {"lmconv-wisdom 1\ncpu %s\n", "direct:8x4 n1c32h10w12m48k3x3s1x1p1.1.1.1d1x1g1 nhwc t1 0.5s\n", "malformed time"},
        {"lmconv-wisdom 1\ncpu %s\n", "direct:8x4 n1c32h10w12m48k3x3s1x1p1.1.1.1d1x1g1 nhwc t1 0.5\xff\n", "non-ASCII"},
        {"lmconv-wisdom 1\ncpu %s\n", "direct:8x4 n1c32h10w12m48k3x3s1x1p1.1.1.1d1x1g1 nhwc t1 0.5\x01\n", "control"},
        {"lmconv-wisdom 1\ncpu %s\n", "cpu\n", "empty cpu key"},
        {"lmconv-wisdom 1\ncpu %s\n", "cpu a b c d e\n", "at most 4 fields"},
        {"lmconv-wisdom 1\n", "cpu a b c d e f g h i j k l\n", "at most 4 fields"},
        /* Valid entries first: the bad last line must undo them too. */
        {"lmconv-wisdom 1\ncpu %s\n", "@GOOD@GOODdirect:8x4 n1c32h10w12m48k3x3s1x1p1.1.1.1d1x1g1 nhwc t1 0.5", "line 5: truncated"},
    };
    const size_t before = lmc_wisdom_count(0);
    char *was = export_all();
    CHECK(was != NULL, "export failed");
    char text[4096], long_line[400];
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        int n = snprintf(text, sizeof text, bad[i].head, key);
        const char *b = bad[i].body;
        while (strncmp(b, "@GOOD", 5) == 0) {
            n += snprintf(text + n, sizeof text - (size_t)n, "%s", good);
            b += 5;
        }
        snprintf(text + n, sizeof text - (size_t)n, "%s", b);
        EXPECT(lmc_wisdom_import_string(text), LMC_ERR_BAD_WISDOM);
        CHECK(strstr(lmc_wisdom_error(), bad[i].reason) != NULL, "case %zu: reason '%s' lacks '%s'",
              i, lmc_wisdom_error(), bad[i].reason);
    }
    /* A line longer than any entry can be. */
    memset(long_line, 'x', sizeof long_line - 2);
    long_line[sizeof long_line - 2] = '\n';
    long_line[sizeof long_line - 1] = 0;
    snprintf(text, sizeof text, "lmconv-wisdom 1\ncpu %s\n%s", key, long_line);
    EXPECT(lmc_wisdom_import_string(text), LMC_ERR_BAD_WISDOM);
    CHECK(strstr(lmc_wisdom_error(), "line 3: longer") != NULL, "long line: '%s'", lmc_wisdom_error());
    EXPECT(lmc_wisdom_import_string(NULL), LMC_ERR_NULL);

    CHECK(lmc_wisdom_count(0) == before, "a refused import changed the count: %zu -> %zu", before,
          lmc_wisdom_count(0));
    char *now = export_all();
    CHECK(now && was && strcmp(now, was) == 0, "a refused import changed the wisdom");
    free(now);
    free(was);
}

static int run_env(void)
{
    const char *path = getenv("LMC_WISDOM");
    CHECK(path != NULL, "LMC_WISDOM is not set");
    if (!path) return lmc_test_finish("test_wisdom --env", passed);
    char key[128], buf[32], text[512];
    lmc_wisdom_cpu_key(key, sizeof key);
    const lmc_conv_desc d = problem();
    choose_family(&d);
    /* The file must be written before the first plan reads it, so the
     * family's own choice is not known here: the count shows the file was
     * read, the plan that it was used. */
    const char *want = NULL;
    for (int v = 1; v <= lmc_algo_variant_count(FAMILY); v++)
        if (!lmc_unsupported_reason(&d, FAMILY, v)) want = lmc_algo_variant_name(FAMILY, v);
    CHECK(want != NULL, "%s cannot run the test problem", family_name());
    if (!want) return lmc_test_finish("test_wisdom --env", passed);
    snprintf(text, sizeof text, "lmconv-wisdom 1\ncpu %s\n%s:%s %s t1 0.5\n", key, family_name(), want, PROBLEM);
    write_file(path, text, strlen(text));
    const char *got = planned_variant(&d, 1, buf, sizeof buf);
    CHECK(got && strcmp(got, want) == 0, "LMC_WISDOM: planned %s, the file says %s", got, want);
    CHECK(lmc_wisdom_count(1) == 1, "LMC_WISDOM: %zu entries", lmc_wisdom_count(1));
    passed += 2;
    remove(path);
    return lmc_test_finish("test_wisdom --env", passed);
}

int main(int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[1], "--env") == 0) return run_env();
    unsetenv("LMC_WISDOM");
    char key[128], own[32], buf[32], text[2048];
    lmc_wisdom_cpu_key(key, sizeof key);
    printf("cpu key: %s\n", key);
    const lmc_conv_desc d = problem();
    choose_family(&d);
    printf("family: %s\n", family_name());

    /* Empty at the start: the text is the header only. */
    char *s = export_all();
    CHECK(s && strcmp(s, "lmconv-wisdom 2\n") == 0, "empty wisdom exports '%s'", s);
    free(s);
    CHECK(lmc_wisdom_count(0) == 0, "wisdom before any import");

    for (int threads = 1; threads <= 2; threads++) {
        const char *o = planned_variant(&d, threads, own, sizeof own);
        CHECK(o != NULL, "%s cannot plan the test problem", family_name());
        if (!o) break;
        const char *want = other_variant(&d, own);
        CHECK(want != NULL, "%s has one variant for the test problem", family_name());
        if (!want) break;
        /* Another CPU's measurement is kept but not used. */
        snprintf(text, sizeof text, "lmconv-wisdom 1\ncpu Other-1-2 avx512 l1d=1 l2=2\n%s:%s %s t%d 0.5\n",
                 family_name(), want, PROBLEM, threads);
        EXPECT(lmc_wisdom_import_string(text), LMC_OK);
        CHECK(strcmp(planned_variant(&d, threads, buf, sizeof buf), own) == 0,
              "another CPU's wisdom changed the plan to %s", buf);
        /* Another thread count's measurement does not apply either. */
        snprintf(text, sizeof text, "lmconv-wisdom 1\ncpu %s\n%s:%s %s t%d 0.5\n", key, family_name(),
                 want, PROBLEM, threads + 2);
        EXPECT(lmc_wisdom_import_string(text), LMC_OK);
        CHECK(strcmp(planned_variant(&d, threads, buf, sizeof buf), own) == 0,
              "wisdom at %d threads changed the plan at %d to %s", threads + 2, threads, buf);
        /* This CPU's: the family's own choice becomes the recorded variant,
         * in lmc_query as in the plan. */
        snprintf(text, sizeof text, "lmconv-wisdom 1\n# a comment\n\ncpu %s\n%s:%s %s t%d 0.25 # why\n",
                 key, family_name(), want, PROBLEM, threads);
        EXPECT(lmc_wisdom_import_string(text), LMC_OK);
        CHECK(strcmp(planned_variant(&d, threads, buf, sizeof buf), want) == 0,
              "%d threads: wisdom says %s, the plan runs %s", threads, want, buf);
        lmc_algo a;
        int v;
        char spec[48];
        snprintf(spec, sizeof spec, "%s:%s", family_name(), want);
        EXPECT(lmc_algo_parse(spec, &a, &v), LMC_OK);
        size_t ws0, pk0, wsv, pkv;
        EXPECT(lmc_query(&d, FAMILY, 0, threads, &ws0, &pk0), LMC_OK);
        EXPECT(lmc_query(&d, FAMILY, v, threads, &wsv, &pkv), LMC_OK);
        CHECK(ws0 == wsv && pk0 == pkv, "lmc_query of the family's choice ignores the wisdom");
        /* A recorded variant the problem cannot run falls back to the rule:
         * the same entry on a problem it does not fit is simply not found,
         * and a later entry replaces an earlier one. */
        snprintf(text, sizeof text, "lmconv-wisdom 1\ncpu %s\n%s:%s %s t%d 0.125\n", key,
                 family_name(), own, PROBLEM, threads);
        EXPECT(lmc_wisdom_import_string(text), LMC_OK);
        CHECK(strcmp(planned_variant(&d, threads, buf, sizeof buf), own) == 0,
              "the later entry (%s) did not replace the earlier: %s", own, buf);
        passed += 6;
    }
    CHECK(lmc_wisdom_count(0) == 6 && lmc_wisdom_count(1) == 4, "counts %zu / %zu, want 6 / 4",
          lmc_wisdom_count(0), lmc_wisdom_count(1));
    /* Efficiencies (format 2): entries of their own, keyed by family,
     * variant, layout and threads; a later one replaces an earlier. */
    snprintf(text, sizeof text, "lmconv-wisdom 2\ncpu %s\neff im2col spatial nchw t1 0.5\neff mec:a grouped nhwc t2 3\n"
             "eff im2col spatial nchw t1 0.75\neff im2col pointwise nchw t1 0.75\n", key);
    EXPECT(lmc_wisdom_import_string(text), LMC_OK);
    CHECK(lmc_wisdom_count(1) == 7, "eff entries: %zu of this CPU, want 7", lmc_wisdom_count(1));
    passed++;

    /* Round trips: string and file give back the same text, in full. */
    char *all = export_all();
    CHECK(all != NULL, "export failed");
    lmc_wisdom_forget();
    CHECK(lmc_wisdom_count(0) == 0, "forget left %zu entries", lmc_wisdom_count(0));
    EXPECT(lmc_wisdom_import_string(all ? all : ""), LMC_OK);
    char *again = export_all();
    CHECK(all && again && strcmp(all, again) == 0, "export/import/export differs:\n%s---\n%s", all, again);
    free(again);
    size_t len = 0;
    char small[8];
    memset(small, 'z', sizeof small);
    EXPECT(lmc_wisdom_export_string(small, sizeof small, &len), LMC_ERR_BAD_ARG);
    CHECK(small[0] == 'z' && all && len == strlen(all), "a short buffer was written, or len %zu", len);
    EXPECT(lmc_wisdom_export_string(NULL, 0, NULL), LMC_ERR_NULL);

    char path[64];
    snprintf(path, sizeof path, "test_wisdom.%ld.txt", (long)getpid());
    EXPECT(lmc_wisdom_export_file(path), LMC_OK);
    lmc_wisdom_forget();
    EXPECT(lmc_wisdom_import_file(path), LMC_OK);
    again = export_all();
    CHECK(all && again && strcmp(all, again) == 0, "the file round trip differs");
    free(again);
    EXPECT(lmc_wisdom_import_file("/nonexistent/lmconv/wisdom"), LMC_ERR_IO);
    EXPECT(lmc_wisdom_export_file("/nonexistent/lmconv/wisdom"), LMC_ERR_IO);
    EXPECT(lmc_wisdom_import_file(NULL), LMC_ERR_NULL);
    /* A NUL byte in a file would hide the rest of it. */
    snprintf(text, sizeof text, "lmconv-wisdom 1\ncpu %s\n", key);
    const size_t n = strlen(text);
    text[n] = 0;
    memcpy(text + n + 1, "direct:8x4\n", 12);
    write_file(path, text, n + 12);
    EXPECT(lmc_wisdom_import_file(path), LMC_ERR_BAD_WISDOM);
    remove(path);

    malformed(key);

    /* The tuner's side: a record is what the next plan uses. */
    lmc_wisdom_forget();
    lmc_problem p;
    EXPECT(lmc_problem_init(&p, &d), LMC_OK);
    const lmc_algorithm *al = lmc_find_algorithm(FAMILY);
    int vi = -1;
    const char *want = other_variant(&d, own);
    for (int v = 0; want && v < al->nvariants; v++)
        if (strcmp(al->variants[v].name, want) == 0) vi = v;
    EXPECT(lmc_wisdom_record(&p, al, vi, 1, 1e-3), LMC_OK);
    EXPECT(lmc_wisdom_record(&p, al, al->nvariants, 1, 1e-3), LMC_ERR_BAD_ARG);
    EXPECT(lmc_wisdom_record(&p, al, vi, 1, -1), LMC_ERR_BAD_ARG);
    CHECK(want && strcmp(planned_variant(&d, 1, buf, sizeof buf), want) == 0, "recorded %s, planned %s",
          want, buf);
    free(all);
    return lmc_test_finish("test_wisdom", passed);
}
