/* The environment variables the library reads (LMC_ISA, LMC_GEMM_MC / KC /
 * NC, LMC_WISDOM), each with malformed values: empty, garbage, trailing
 * junk, zero, negative, huge; for LMC_WISDOM files that are missing, a
 * directory, garbage, binary, truncated, of another version or CPU.  They are read once, at first use, so every case runs in
 * a child process of its own that sets the variable before touching the
 * library.  A usable value takes effect; any other leaves the default
 * (with exactly one warning line on stderr, none for an empty value), and
 * the GEMM blocks stay non-zero multiples of the tile within their bounds
 * while convolutions stay exact. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cpu.h"
#include "gemm/gemm.h"
#include "harness.h"

typedef struct {
    size_t mc, kc, nc, nc_l2;
} blocks;

typedef struct {
    int isa;                 /* lmc_isa_active() */
    blocks b[LMC_ISA_COUNT];
} settings;

/* Written by the first child (no variables set) and copied into every
 * later child by fork. */
static settings g_default;

typedef struct {
    const char *var, *value;
    int warns;               /* warning lines expected on stderr */
    bool effect;             /* the value takes effect (else the default stays) */
    long want;               /* ... as this ISA or block size; LMC_WISDOM: the
                                entries held after the first plans */
} env_case;

/* The files the LMC_WISDOM cases name (in the working directory), written
 * by main before any case runs. */
static const struct {
    const char *path, *text;
    size_t len;
} WISDOM_FILES[] = {
#define WF(path, text) {path, text, sizeof text - 1}
    WF("test_env-wisdom-garbage.txt", "garbage\n\xff\xfe\n"),
    WF("test_env-wisdom-nul.txt", "lmconv-wisdom 1\n\0cpu X avx512 l1d=1 l2=2\n"),
    WF("test_env-wisdom-version3.txt", "lmconv-wisdom 3\n"),
    WF("test_env-wisdom-truncated.txt", "lmconv-wisdom 1\ncpu Other-1-2 avx512 l1d=1 l2=2\ndirect:"),
    WF("test_env-wisdom-other-cpu.txt", "lmconv-wisdom 1\ncpu Other-1-2 avx512 l1d=1 l2=2\n"
                                        "direct:8x4 n1c32h10w12m48k3x3s1x1p1.1.1.1d1x1g1 nhwc t1 0.5\n"),
#undef WF
};
#define WISDOM_MISSING "test_env-wisdom-missing.txt"


static const env_case CASES[] = {
    {"LMC_ISA", "", 0, false, 0},
    {"LMC_ISA", "scalar", 0, true, LMC_ISA_SCALAR},
#ifdef LMC_ARCH_X86
    {"LMC_ISA", "avx2", 0, true, LMC_ISA_AVX2},
    {"LMC_ISA", "avx512", 0, true, LMC_ISA_AVX512},
    {"LMC_ISA", "neon", 1, false, 0},   /* another architecture's ISA */
#elif defined(LMC_ARCH_AARCH64)
    {"LMC_ISA", "neon", 0, true, LMC_ISA_NEON},
    {"LMC_ISA", "avx2", 1, false, 0},
#endif
    {"LMC_ISA", "AVX2", 1, false, 0},
    {"LMC_ISA", "avx2 ", 1, false, 0},
    {"LMC_ISA", "-1", 1, false, 0},
    {"LMC_GEMM_KC", "", 0, false, 0},
    {"LMC_GEMM_KC", "0", 1, false, 0},
    {"LMC_GEMM_KC", "-64", 1, false, 0},
    {"LMC_GEMM_KC", "abc", 1, false, 0},
    {"LMC_GEMM_KC", "64abc", 1, false, 0},
    {"LMC_GEMM_KC", "99999999999999999999999", 1, false, 0},
    {"LMC_GEMM_KC", "4611686018427387904", 1, false, 0},
    {"LMC_GEMM_KC", "65537", 1, false, 0},
    {"LMC_GEMM_KC", "1", 0, true, 1},
    {"LMC_GEMM_KC", "96", 0, true, 96},
    {"LMC_GEMM_MC", "0", 1, false, 0},
    {"LMC_GEMM_MC", "-1", 1, false, 0},
    {"LMC_GEMM_MC", "1e9", 1, false, 0},
    {"LMC_GEMM_MC", "9223372036854775807", 1, false, 0},
    {"LMC_GEMM_MC", "1", 0, true, 1},
    {"LMC_GEMM_MC", "65536", 0, true, 65536},
    {"LMC_GEMM_NC", " ", 1, false, 0},
    {"LMC_GEMM_NC", "0x100", 1, false, 0},
    {"LMC_GEMM_NC", "1048577", 1, false, 0},
    {"LMC_GEMM_NC", "1", 0, true, 1},
    {"LMC_GEMM_NC", "1048576", 0, true, 1048576},
    /* a file that does not exist yet is silent (the tuner will write it);
     * any other that cannot be used is one message and no wisdom; another
     * CPU's is kept (it can be exported again) and said to be unused */
    {"LMC_WISDOM", "", 0, false, 0},
    {"LMC_WISDOM", WISDOM_MISSING, 0, false, 0},
    {"LMC_WISDOM", ".", 1, false, 0},
    {"LMC_WISDOM", "test_env-wisdom-garbage.txt", 1, false, 0},
    {"LMC_WISDOM", "test_env-wisdom-nul.txt", 1, false, 0},
    {"LMC_WISDOM", "test_env-wisdom-version3.txt", 1, false, 0},
    {"LMC_WISDOM", "test_env-wisdom-truncated.txt", 1, false, 0},
    {"LMC_WISDOM", "test_env-wisdom-other-cpu.txt", 1, false, 1},
};

static settings read_settings(void)
{
    settings s;
    memset(&s, 0, sizeof s); /* compared with memcmp: no stray padding bytes */
    s.isa = (int)lmc_isa_active();
    for (int i = 0; i < LMC_ISA_COUNT; i++) {
        const lmc_gemm_ctx *g = lmc_gemm_ctx_for(i);
        s.b[i] = (blocks){g->mc, g->kc, g->nc, g->nc_l2};
    }
    return s;
}

/* Blocks any GEMM can work with: non-zero multiples of the tile, bounded so
 * that the per-thread packing sizes cannot overflow. */
static void check_blocks(const settings *s)
{
    for (int i = 0; i < LMC_ISA_COUNT; i++) {
        const lmc_gemm_ctx *g = lmc_gemm_ctx_for(i);
        const blocks *b = &s->b[i];
        CHECK(b->kc >= 1 && b->kc <= 65536, "isa %d: KC %zu", i, b->kc);
        CHECK(b->mc >= g->k.mr && b->mc % g->k.mr == 0 && b->mc <= 65536, "isa %d: MC %zu", i, b->mc);
        CHECK(b->nc >= g->k.nr && b->nc % g->k.nr == 0 && b->nc <= (1 << 20), "isa %d: NC %zu", i, b->nc);
        CHECK(b->nc_l2 >= g->k.nr && b->nc_l2 % g->k.nr == 0, "isa %d: NC for L2 %zu", i, b->nc_l2);
    }
}

/* Every family on two small problems, exactly, through the checked runner. */
static long run_exact(void)
{
    long passed = 0;
    lmc_test_algo algos[LMC_TEST_MAX_ALGOS];
    const size_t na = lmc_test_algos(algos);
    lmc_rng r = {77};
    for (int layout = 0; layout < 2; layout++) {
        lmc_conv_desc d;
        lmc_desc_init(&d, 2, 9, 11, 10, 13, 3, 3);
        d.pad_top = d.pad_left = 1;
        d.pad_bottom = d.pad_right = 2;
        d.has_bias = 1;
        d.layout = layout ? LMC_NHWC : LMC_NCHW;
        const size_t nx = lmc_desc_input_elems(&d), nw = lmc_desc_weight_elems(&d), ny = lmc_desc_output_elems(&d);
        float *x = malloc(nx * sizeof *x), *w = malloc(nw * sizeof *w), *b = malloc(13 * sizeof *b);
        float *yref = malloc(ny * sizeof *yref);
        lmc_fill_exact(x, nx, &r);
        lmc_fill_exact(w, nw, &r);
        lmc_fill_exact(b, 13, &r);
        CHECK(lmc_run_ref(&d, x, w, b, yref, 1) == LMC_OK, "ref");
        float *bound = malloc(ny * sizeof *bound);
        for (size_t i = 0; i < na; i++) {
            /* Inexact families (Winograd) within their derived bound. */
            const float *bd = lmc_test_error_bound(&d, algos[i].algo, algos[i].variant, x, w, b, bound) ? bound : NULL;
            lmc_check_case c = {&d, algos[i].algo, algos[i].variant, 1, x, w, b, yref, bd, GUARD_AFTER, 0x3c};
            bool unsupported;
            passed += lmc_run_checked(&c, &unsupported, NULL);
        }
        free(x);
        free(w);
        free(b);
        free(yref);
        free(bound);
    }
    return passed;
}

/* Runs fn in a child with var=value set (var NULL: nothing set); returns
 * the child's exit status and its stderr in err. */
static int in_child(const char *var, const char *value, void (*fn)(const env_case *), const env_case *c,
                    char *err, size_t errlen)
{
    int fd[2];
    if (pipe(fd) != 0) return -1;
    fflush(NULL);
    const pid_t pid = fork();
    if (pid < 0) return -1;
    if (pid == 0) {
        lmc_test_failures = 0; /* the parent's so far are not this case's */
        close(fd[0]);
        dup2(fd[1], 2);
        if (var) setenv(var, value, 1);
        fn(c);
        fflush(NULL);
        _exit(lmc_test_failures ? 1 : 0);
    }
    close(fd[1]);
    size_t len = 0;
    for (ssize_t got; len + 1 < errlen && (got = read(fd[0], err + len, errlen - 1 - len)) > 0;) len += (size_t)got;
    err[len] = '\0';
    char sink[256];
    while (read(fd[0], sink, sizeof sink) > 0) {
    }
    close(fd[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
}

static void child_default(const env_case *c)
{
    (void)c;
    settings s = read_settings();
    check_blocks(&s);
    /* Report through the pipe's only other reader: the exit status and
     * stdout; the parent re-reads the values in its next child by fork. */
    fwrite(&s, sizeof s, 1, stdout);
}

static void child_case(const env_case *c)
{
    const settings s = read_settings();
    check_blocks(&s);
    if (!c->effect) {
        CHECK(memcmp(&s, &g_default, sizeof s) == 0, "%s=\"%s\" changed the defaults", c->var, c->value);
    } else if (strcmp(c->var, "LMC_ISA") == 0) {
        /* lowers the ISA, never raises it past the CPU's */
        const int want = c->want < (long)lmc_cpu()->best ? (int)c->want : (int)lmc_cpu()->best;
        CHECK(s.isa == want, "LMC_ISA=%s: active ISA %d, want %d", c->value, s.isa, want);
    } else {
        for (int i = 0; i < LMC_ISA_COUNT; i++) {
            const lmc_gemm_ctx *g = lmc_gemm_ctx_for(i);
            const size_t v = (size_t)c->want;
            if (strcmp(c->var, "LMC_GEMM_KC") == 0)
                CHECK(s.b[i].kc == v, "%s=%s: KC %zu", c->var, c->value, s.b[i].kc);
            else if (strcmp(c->var, "LMC_GEMM_MC") == 0)
                CHECK(s.b[i].mc == (v < g->k.mr ? g->k.mr : v / g->k.mr * g->k.mr), "%s=%s: MC %zu", c->var,
                      c->value, s.b[i].mc);
            else
                CHECK(s.b[i].nc == (v < g->k.nr ? g->k.nr : v / g->k.nr * g->k.nr), "%s=%s: NC %zu", c->var,
                      c->value, s.b[i].nc);
        }
    }
    run_exact();
    if (strcmp(c->var, "LMC_WISDOM") == 0) {
        /* the plans of run_exact read the file; none of it is this CPU's */
        CHECK(lmc_wisdom_count(0) == (size_t)c->want && lmc_wisdom_count(1) == 0,
              "LMC_WISDOM=%s: %zu entries (%zu of this CPU), want %ld", c->value, lmc_wisdom_count(0),
              lmc_wisdom_count(1), c->want);
    }
}

static int count_warnings(const char *err)
{
    int n = 0;
    for (const char *l = err; *l; l = strchr(l, '\n') ? strchr(l, '\n') + 1 : l + strlen(l))
        n += strncmp(l, "lmconv: ", 8) == 0;
    return n;
}

int main(void)
{
    long passed = 0;
    static char err[1 << 16];
    /* Only the cases' own values: none inherited from the caller. */
    unsetenv("LMC_ISA");
    unsetenv("LMC_GEMM_MC");
    unsetenv("LMC_GEMM_KC");
    unsetenv("LMC_GEMM_NC");
    unsetenv("LMC_WISDOM");
    remove(WISDOM_MISSING);
    for (size_t i = 0; i < sizeof WISDOM_FILES / sizeof WISDOM_FILES[0]; i++) {
        FILE *f = fopen(WISDOM_FILES[i].path, "wb");
        CHECK(f && fwrite(WISDOM_FILES[i].text, 1, WISDOM_FILES[i].len, f) == WISDOM_FILES[i].len,
              "cannot write %s", WISDOM_FILES[i].path);
        if (f) fclose(f);
    }
    /* The defaults, read in a child so that this process stays uninitialised. */
    int fd[2];
    CHECK(pipe(fd) == 0, "pipe");
    fflush(NULL);
    const pid_t pid = fork();
    if (pid == 0) {
        close(fd[0]);
        dup2(fd[1], 1);
        child_default(NULL);
        fflush(NULL);
        _exit(lmc_test_failures ? 1 : 0);
    }
    close(fd[1]);
    size_t got = 0;
    for (ssize_t k; got < sizeof g_default && (k = read(fd[0], (char *)&g_default + got, sizeof g_default - got)) > 0;)
        got += (size_t)k;
    close(fd[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    CHECK(got == sizeof g_default && WIFEXITED(status) && WEXITSTATUS(status) == 0, "default settings");
    if (lmc_test_failures) return lmc_test_finish("test_env", passed);
    const int top = LMC_ISA_COUNT - 1;   /* the widest ISA of this architecture */
    printf("  defaults: ISA %d; %s GEMM MC %zu KC %zu NC %zu\n", g_default.isa, lmc_isa_name((lmc_isa)top),
           g_default.b[top].mc, g_default.b[top].kc, g_default.b[top].nc);

    for (size_t i = 0; i < sizeof CASES / sizeof CASES[0]; i++) {
        const env_case *c = &CASES[i];
        const int rc = in_child(c->var, c->value, child_case, c, err, sizeof err);
        const int warns = count_warnings(err);
        CHECK(rc == 0, "%s=\"%s\": the child failed (%d):\n%s", c->var, c->value, rc, err);
        CHECK(warns == c->warns, "%s=\"%s\": %d warning lines, want %d:\n%s", c->var, c->value, warns, c->warns,
              err);
        if (rc == 0 && warns == c->warns) passed++;
        if (warns) printf("  %s=\"%s\": %.*s", c->var, c->value, (int)(strchr(err, '\n') ? strchr(err, '\n') - err + 1 : 0), err);
    }
    return lmc_test_finish("test_env", passed);
}
