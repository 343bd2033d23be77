/* fuzz_wisdom: the wisdom parser (src/wisdom.c) on any bytes.  The first
 * byte picks the form: bit 0 puts the header and this CPU's key line in
 * front of the rest (so that entries reach the plans on whatever machine
 * runs the corpus), bit 1 imports through a file instead of a string.
 * Every input must give
 *   - LMC_ERR_BAD_WISDOM with a reason, and the wisdom held unchanged; or
 *   - LMC_OK, with an export that imports again into the same export (a
 *     fixed point) and holds as many entry lines as lmc_wisdom_count says;
 *     and whatever variants it names, every exact family's own choice on
 *     the seeds' problem then plans and runs equal to the oracle. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "harness.h"
#include "wisdom.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define REQUIRE(cond, ...)                                                  \
    do {                                                                    \
        if (!(cond)) {                                                      \
            fprintf(stderr, "fuzz_wisdom:%d: %s: ", __LINE__, #cond);       \
            fprintf(stderr, __VA_ARGS__);                                   \
            fprintf(stderr, "\n");                                          \
            abort();                                                        \
        }                                                                   \
    } while (0)

/* Held before every import, so that a refused one has something to keep. */
static const char BASELINE[] = "lmconv-wisdom 1\ncpu Other-1-2 avx512 l1d=1 l2=2\n"
                               "direct:8x4 n1c8h6w7m8k3x3s1x1p1.1.1.1d1x1g1 nhwc t1 0.5\n";

static char *export_all(void)
{
    size_t len = 0;
    REQUIRE(lmc_wisdom_export_string(NULL, 0, &len) == LMC_OK, "sizing the export");
    char *s = malloc(len + 1);
    REQUIRE(s, "out of memory");
    size_t got = 0;
    REQUIRE(lmc_wisdom_export_string(s, len + 1, &got) == LMC_OK && got == len, "export of %zu bytes", len);
    return s;
}

static size_t entry_lines(const char *s)
{
    size_t n = 0;
    for (const char *l = s; *l; l = strchr(l, '\n') + 1) {
        REQUIRE(strchr(l, '\n'), "an export line without its newline");
        n += strncmp(l, "lmconv-wisdom ", 14) != 0 && strncmp(l, "cpu ", 4) != 0;
    }
    return n;
}

static lmc_status import(const char *text, bool via_file)
{
    if (!via_file) return lmc_wisdom_import_string(text);
    char path[64];
    snprintf(path, sizeof path, "/tmp/fuzz_wisdom.%ld.txt", (long)getpid());
    FILE *f = fopen(path, "wb");
    REQUIRE(f && fwrite(text, 1, strlen(text), f) == strlen(text) && fclose(f) == 0, "writing %s", path);
    const lmc_status s = lmc_wisdom_import_file(path);
    remove(path);
    return s;
}

/* Every exact family's own choice (which follows the wisdom) on the seeds'
 * problem, in both plain layouts, against the oracle bit for bit. */
static void plans_stay_exact(void)
{
    for (int layout = 0; layout < 2; layout++) {
        lmc_conv_desc d;
        lmc_desc_init(&d, 1, 8, 6, 7, 8, 3, 3);
        d.pad_top = d.pad_bottom = d.pad_left = d.pad_right = 1;
        d.layout = layout ? LMC_NHWC : LMC_NCHW;
        const size_t nx = lmc_desc_input_elems(&d), nw = lmc_desc_weight_elems(&d), ny = lmc_desc_output_elems(&d);
        float *x = malloc(nx * sizeof *x), *w = malloc(nw * sizeof *w), *y = malloc(ny * sizeof *y);
        float *yref = malloc(ny * sizeof *yref);
        REQUIRE(x && w && y && yref, "out of memory");
        lmc_rng r = {5};
        lmc_fill_exact(x, nx, &r);
        lmc_fill_exact(w, nw, &r);
        REQUIRE(lmc_run_ref(&d, x, w, NULL, yref, 1) == LMC_OK, "the oracle");
        for (int a = LMC_ALGO_AUTO + 1; a < LMC_ALGO_COUNT_; a++) {
            if (!lmc_algo_name((lmc_algo)a) || !lmc_algo_is_exact((lmc_algo)a)) continue;
            lmc_plan_opts o;
            lmc_plan_opts_init(&o);
            o.algo = (lmc_algo)a;
            o.threads = 1;
            lmc_plan *p = NULL;
            const lmc_status s = lmc_plan_create(&d, &o, w, NULL, &p);
            if (s == LMC_ERR_UNSUPPORTED) continue;
            REQUIRE(s == LMC_OK, "%s: %s", lmc_algo_name((lmc_algo)a), lmc_strerror(s));
            const size_t wsb = lmc_plan_workspace_bytes(p);
            void *ws = wsb ? malloc(wsb) : NULL;
            REQUIRE(!wsb || ws, "out of memory");
            memset(y, 0xff, ny * sizeof *y);
            REQUIRE(lmc_execute(p, x, y, ws, wsb) == LMC_OK, "%s executes", lmc_algo_name((lmc_algo)a));
            for (size_t i = 0; i < ny; i++)
                REQUIRE(y[i] == yref[i], "%s:%s layout %d: y[%zu] = %g, the oracle %g", lmc_algo_name((lmc_algo)a),
                        lmc_plan_variant(p) ? lmc_plan_variant(p) : "", layout, i, y[i], yref[i]);
            free(ws);
            lmc_plan_destroy(p);
        }
        free(x);
        free(w);
        free(y);
        free(yref);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const unsigned form = size ? data[0] : 0;
    const char *rest = size ? (const char *)data + 1 : "";
    const size_t len = size ? size - 1 : 0;
    char head[192] = "";
    if (form & 1) {
        char key[128];
        lmc_wisdom_cpu_key(key, sizeof key);
        snprintf(head, sizeof head, "lmconv-wisdom 2\ncpu %s\n", key);
    }
    const size_t hl = strlen(head);
    char *text = malloc(hl + len + 1);
    REQUIRE(text, "out of memory");
    memcpy(text, head, hl);
    memcpy(text + hl, rest, len);
    text[hl + len] = '\0'; /* a NUL inside ends the string: what the parser is given */

    lmc_wisdom_forget();
    REQUIRE(lmc_wisdom_import_string(BASELINE) == LMC_OK, "the baseline: %s", lmc_wisdom_error());
    char *before = export_all();
    const size_t count_before = lmc_wisdom_count(0);

    const lmc_status s = import(text, (form & 2) != 0);
    REQUIRE(s == LMC_OK || s == LMC_ERR_BAD_WISDOM, "import: %s", lmc_strerror(s));
    if (s != LMC_OK) {
        REQUIRE(lmc_wisdom_error()[0] != '\0', "refused without a reason");
        char *after = export_all();
        REQUIRE(strcmp(before, after) == 0 && lmc_wisdom_count(0) == count_before,
                "a refused import changed the wisdom (%s)", lmc_wisdom_error());
        free(after);
    } else {
        char *once = export_all();
        REQUIRE(entry_lines(once) == lmc_wisdom_count(0), "%zu entry lines, count %zu", entry_lines(once),
                lmc_wisdom_count(0));
        lmc_wisdom_forget();
        REQUIRE(lmc_wisdom_import_string(once) == LMC_OK, "the export does not import: %s", lmc_wisdom_error());
        char *twice = export_all();
        REQUIRE(strcmp(once, twice) == 0, "export, import, export differ:\n%s---\n%s", once, twice);
        free(once);
        free(twice);
        if (lmc_wisdom_count(1)) plans_stay_exact();
    }
    free(before);
    free(text);
    return 0;
}
