/* Wisdom: parsing, merging, lookup and writing of the tuner's measurements.
 * One table per process behind a mutex; imports parse into a scratch table
 * first and merge only when the whole text is valid, so a bad file changes
 * nothing. */
#define _GNU_SOURCE
#include "wisdom.h"

#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cpu.h"

/* Format 2 adds the "eff" lines; format 1 files are still read. */
#define WISDOM_FORMAT 2
#define WISDOM_MAX_ENTRIES 16384
#define WISDOM_MAX_LINE 255
#define CPU_KEY_MAX 128

/* What an entry is keyed by: the descriptor without its epilogue (bias and
 * ReLU cost the same in every variant). */
typedef struct {
    int n, c, h, w, m, kh, kw, sh, sw, pt, pb, pl, pr, dh, dw, g, layout, threads;
} wkey;

/* A variant entry (the fastest variant of a family on one problem), or an
 * efficiency entry (eff: how much faster than its built-in estimate a
 * family:variant ran on one kind of problem in one layout at one thread
 * count; k holds only the layout and the thread count). */
typedef struct {
    char cpu[CPU_KEY_MAX];
    bool eff;
    lmc_algo algo;
    int variant;             /* 0-based; -1 for an eff entry of a family without variants */
    wkey k;
    int kind;                /* eff entry: the problem's lmc_wisdom_kind */
    double seconds;          /* variant entry: the measured time */
    double factor;           /* eff entry: estimated time / measured time */
} wentry;

typedef struct {
    wentry *e;
    size_t n, cap;
} wtable;

static wtable g_table;
static pthread_mutex_t g_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_once_t g_env_once = PTHREAD_ONCE_INIT;
static _Thread_local char g_error[192];

/* The kinds of problem an efficiency is kept for: the cost model errs
 * differently on each (a GEMM-based family's 1x1 layer is one plain GEMM). */
static const char *const kind_names[LMC_WISDOM_KINDS] = {"spatial", "pointwise", "grouped"};

int lmc_wisdom_kind(const lmc_conv_desc *d)
{
    if (d->groups > 1) return 2;
    return d->kh == 1 && d->kw == 1 ? 1 : 0;
}

const char *lmc_wisdom_kind_name(int kind)
{
    return kind >= 0 && kind < LMC_WISDOM_KINDS ? kind_names[kind] : NULL;
}

static const char *const layout_names[] = {[LMC_NCHW] = "nchw", [LMC_NHWC] = "nhwc",
                                           [LMC_NCHW16C] = "nchw16c", [LMC_NCHW8C] = "nchw8c"};
#define NLAYOUTS (sizeof layout_names / sizeof layout_names[0])

static void set_error(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(g_error, sizeof g_error, fmt, ap);
    va_end(ap);
}

const char *lmc_wisdom_error(void) { return g_error; }

void lmc_wisdom_cpu_key(char *buf, size_t cap)
{
    const lmc_cpu_info *ci = lmc_cpu();
    char vendor[sizeof ci->vendor];
    /* Some vendor strings have spaces; the key is read back as tokens. */
    for (size_t i = 0; i < sizeof vendor; i++) {
        const char c = ci->vendor[i];
        vendor[i] = c == 0 || (c > ' ' && c < 0x7f) ? c : '_';
    }
    snprintf(buf, cap, "%s-%d-%d %s l1d=%zu l2=%zu", vendor, ci->family, ci->model,
             lmc_isa_name(lmc_isa_active()), ci->l1d_bytes, ci->l2_bytes);
}

static wkey key_of(const lmc_conv_desc *d, int threads)
{
    return (wkey){d->n, d->c, d->h, d->w, d->m, d->kh, d->kw, d->stride_h, d->stride_w,
                  d->pad_top, d->pad_bottom, d->pad_left, d->pad_right, d->dil_h, d->dil_w,
                  d->groups, (int)d->layout, threads};
}

/* The descriptor a key stands for (no bias, no ReLU): key_of's inverse. */
static lmc_conv_desc desc_of(const wkey *k)
{
    lmc_conv_desc d;
    lmc_desc_init(&d, k->n, k->c, k->h, k->w, k->m, k->kh, k->kw);
    d.stride_h = k->sh;
    d.stride_w = k->sw;
    d.pad_top = k->pt;
    d.pad_bottom = k->pb;
    d.pad_left = k->pl;
    d.pad_right = k->pr;
    d.dil_h = k->dh;
    d.dil_w = k->dw;
    d.groups = k->g;
    d.layout = (lmc_layout)k->layout;
    return d;
}

static bool same_entry(const wentry *a, const wentry *b)
{
    return a->eff == b->eff && a->algo == b->algo && (!a->eff || (a->variant == b->variant && a->kind == b->kind)) &&
           memcmp(&a->k, &b->k, sizeof a->k) == 0 && strcmp(a->cpu, b->cpu) == 0;
}

/* Adds e to t, replacing an entry for the same problem. */
static lmc_status table_put(wtable *t, const wentry *e)
{
    for (size_t i = 0; i < t->n; i++)
        if (same_entry(&t->e[i], e)) {
            t->e[i] = *e;
            return LMC_OK;
        }
    if (t->n >= WISDOM_MAX_ENTRIES) {
        set_error("more than %d entries", WISDOM_MAX_ENTRIES);
        return LMC_ERR_BAD_WISDOM;
    }
    if (t->n == t->cap) {
        const size_t cap = t->cap ? 2 * t->cap : 64;
        wentry *ne = realloc(t->e, cap * sizeof *ne);
        if (!ne) return LMC_ERR_NOMEM;
        t->e = ne;
        t->cap = cap;
    }
    t->e[t->n++] = *e;
    return LMC_OK;
}

/* ---- text ------------------------------------------------------------------ */
static int format_problem(char *buf, size_t cap, const wkey *k)
{
    return snprintf(buf, cap, "n%dc%dh%dw%dm%dk%dx%ds%dx%dp%d.%d.%d.%dd%dx%dg%d", k->n, k->c, k->h,
                    k->w, k->m, k->kh, k->kw, k->sh, k->sw, k->pt, k->pb, k->pl, k->pr, k->dh, k->dw,
                    k->g);
}

static int format_entry(char *buf, size_t cap, const wentry *e)
{
    const lmc_algorithm *al = lmc_find_algorithm(e->algo);
    if (e->eff)
        return snprintf(buf, cap, "eff %s%s%s %s %s t%d %.6g\n", al->name, e->variant >= 0 ? ":" : "",
                        e->variant >= 0 ? al->variants[e->variant].name : "", kind_names[e->kind],
                        layout_names[e->k.layout], e->k.threads, e->factor);
    char prob[160];
    format_problem(prob, sizeof prob, &e->k);
    return snprintf(buf, cap, "%s:%s %s %s t%d %.9g\n", al->name, al->variants[e->variant].name,
                    prob, layout_names[e->k.layout], e->k.threads, e->seconds);
}

/* Parses "n..c..h.." into k; only the canonical spelling (the one
 * format_problem writes) is accepted. */
static bool parse_problem(const char *s, wkey *k)
{
    int used = -1;
    if (sscanf(s, "n%dc%dh%dw%dm%dk%dx%ds%dx%dp%d.%d.%d.%dd%dx%dg%d%n", &k->n, &k->c, &k->h, &k->w,
               &k->m, &k->kh, &k->kw, &k->sh, &k->sw, &k->pt, &k->pb, &k->pl, &k->pr, &k->dh,
               &k->dw, &k->g, &used) != 16 || used < 0 || s[used] != 0)
        return false;
    char again[160];
    format_problem(again, sizeof again, k);
    return strcmp(again, s) == 0;
}

/* The layout, thread count and number that end both kinds of line
 * ("nhwc t2 0.5"), into e->k and *value; false with g_error set. */
static bool parse_tail(char *const tok[3], wentry *e, double *value, const char *what)
{
    int layout = -1;
    for (size_t i = 0; i < NLAYOUTS; i++)
        if (strcmp(tok[0], layout_names[i]) == 0) layout = (int)i;
    if (layout < 0) {
        set_error("unknown layout '%.20s'", tok[0]);
        return false;
    }
    e->k.layout = layout;
    char *end;
    errno = 0;
    long t = tok[1][0] == 't' ? strtol(tok[1] + 1, &end, 10) : 0;
    if (tok[1][0] != 't' || errno || *end || t < 1 || t > 1024 || end == tok[1] + 1) {
        set_error("malformed thread count '%.20s' (t1 to t1024)", tok[1]);
        return false;
    }
    e->k.threads = (int)t;
    errno = 0;
    *value = strtod(tok[2], &end);
    if (errno || *end || end == tok[2] || !(*value > 0) || !(*value < 1e6)) {
        set_error("malformed %s '%.30s' (> 0)", what, tok[2]);
        return false;
    }
    return true;
}

/* An efficiency line "eff family[:variant] kind layout threads factor"
 * (tokens already split) into e; false with g_error set. */
static bool parse_eff(char *const tok[6], const char *cpu, wentry *e)
{
    memset(e, 0, sizeof *e);
    e->eff = true;
    lmc_algo a;
    int v;
    /* Named exactly: the variant when the family has variants, none when not. */
    if (lmc_algo_parse(tok[1], &a, &v) != LMC_OK || a == LMC_ALGO_AUTO ||
        (v == 0) != (lmc_algo_variant_count(a) == 0)) {
        set_error("unknown family:variant '%.40s'", tok[1]);
        return false;
    }
    e->algo = a;
    e->variant = v - 1;
    e->kind = -1;
    for (int k = 0; k < LMC_WISDOM_KINDS; k++)
        if (strcmp(tok[2], kind_names[k]) == 0) e->kind = k;
    if (e->kind < 0) {
        set_error("unknown kind of problem '%.20s' (spatial, pointwise, grouped)", tok[2]);
        return false;
    }
    if (!parse_tail(tok + 3, e, &e->factor, "efficiency")) return false;
    snprintf(e->cpu, sizeof e->cpu, "%s", cpu);
    return true;
}

/* One entry line (tokens already split) into e; false with g_error set. */
static bool parse_entry(char *const tok[5], const char *cpu, wentry *e)
{
    memset(e, 0, sizeof *e);
    lmc_algo a;
    int v;
    if (lmc_algo_parse(tok[0], &a, &v) != LMC_OK || a == LMC_ALGO_AUTO || v == 0) {
        set_error("unknown family:variant '%.40s'", tok[0]);
        return false;
    }
    e->algo = a;
    e->variant = v - 1;
    if (!parse_problem(tok[1], &e->k)) {
        set_error("malformed problem '%.60s'", tok[1]);
        return false;
    }
    if (!parse_tail(tok + 2, e, &e->seconds, "time")) return false;
    const lmc_conv_desc d = desc_of(&e->k);
    lmc_problem p;
    const lmc_status s = lmc_problem_init(&p, &d);
    if (s != LMC_OK) {
        set_error("invalid problem '%.60s': %s", tok[1], lmc_strerror(s));
        return false;
    }
    snprintf(e->cpu, sizeof e->cpu, "%s", cpu);
    return true;
}

/* Splits line in place into at most max whitespace-separated tokens;
 * returns their count, or max + 1 if there are more. */
static int split(char *line, char **tok, int max)
{
    int n = 0;
    char *save = NULL;
    for (char *t = strtok_r(line, " \t\r", &save); t; t = strtok_r(NULL, " \t\r", &save)) {
        if (n == max) return max + 1;
        tok[n++] = t;
    }
    return n;
}

static bool printable(const char *s)
{
    for (; *s; s++)
        if ((unsigned char)*s < 0x20 || (unsigned char)*s > 0x7e) return false;
    return true;
}

/* Parses all of text into t (empty on entry); false with g_error set. */
static lmc_status parse_text(const char *text, wtable *t)
{
    char line[WISDOM_MAX_LINE + 2];
    char cpu[CPU_KEY_MAX] = "";
    bool header = false;
    long version = 0;
    int lineno = 0;
    for (const char *s = text; *s;) {
        const char *nl = strchr(s, '\n');
        const size_t len = nl ? (size_t)(nl - s) : strlen(s);
        lineno++;
        if (!nl) {
            set_error("line %d: truncated (no newline at the end)", lineno);
            return LMC_ERR_BAD_WISDOM;
        }
        if (len > WISDOM_MAX_LINE) {
            set_error("line %d: longer than %d characters", lineno, WISDOM_MAX_LINE);
            return LMC_ERR_BAD_WISDOM;
        }
        memcpy(line, s, len);
        line[len] = 0;
        s = nl + 1;
        char *hash = strchr(line, '#');
        if (hash) *hash = 0;
        if (!printable(line)) {
            set_error("line %d: control or non-ASCII characters", lineno);
            return LMC_ERR_BAD_WISDOM;
        }
        char *tok[7];
        const int nt = split(line, tok, 6);
        if (nt == 0) continue;
        if (!header) {
            char *end = NULL;
            if (nt == 2 && strcmp(tok[0], "lmconv-wisdom") == 0)
                version = strtol(tok[1], &end, 10);
            if (!end || *end || end == tok[1]) {
                set_error("line %d: not lmconv wisdom (it starts with \"lmconv-wisdom %d\")",
                          lineno, WISDOM_FORMAT);
                return LMC_ERR_BAD_WISDOM;
            }
            if (version < 1 || version > WISDOM_FORMAT) {
                set_error("line %d: wisdom format %ld; this lmconv reads formats 1 to %d", lineno,
                          version, WISDOM_FORMAT);
                return LMC_ERR_BAD_WISDOM;
            }
            header = true;
            continue;
        }
        if (strcmp(tok[0], "cpu") == 0) {
            /* The key is the rest of the line with single spaces (split
             * keeps 5 tokens: more is an error, not a key cut short). */
            if (nt > 5) {
                set_error("line %d: a cpu key has at most 4 fields", lineno);
                return LMC_ERR_BAD_WISDOM;
            }
            cpu[0] = 0;
            for (int i = 1; i < nt; i++) {
                if (strlen(cpu) + strlen(tok[i]) + 2 > sizeof cpu) {
                    set_error("line %d: cpu key too long", lineno);
                    return LMC_ERR_BAD_WISDOM;
                }
                if (i > 1) strcat(cpu, " ");
                strcat(cpu, tok[i]);
            }
            if (!cpu[0]) {
                set_error("line %d: empty cpu key", lineno);
                return LMC_ERR_BAD_WISDOM;
            }
            continue;
        }
        if (!cpu[0]) {
            set_error("line %d: an entry before the first cpu line", lineno);
            return LMC_ERR_BAD_WISDOM;
        }
        const bool eff = strcmp(tok[0], "eff") == 0;
        if (nt != 5 + eff) {
            set_error("line %d: %s fields; an entry has 5 (family:variant problem layout threads "
                      "seconds), an eff line 6 (eff family:variant kind layout threads factor)", lineno,
                      nt > 5 + eff ? "more" : "fewer");
            return LMC_ERR_BAD_WISDOM;
        }
        if (eff && version < 2) {
            set_error("line %d: an eff line in a format %ld file (format 2 has them)", lineno, version);
            return LMC_ERR_BAD_WISDOM;
        }
        wentry e;
        if (!(eff ? parse_eff(tok, cpu, &e) : parse_entry(tok, cpu, &e))) {
            char why[sizeof g_error];
            snprintf(why, sizeof why, "%s", g_error);
            set_error("line %d: %s", lineno, why);
            return LMC_ERR_BAD_WISDOM;
        }
        const lmc_status st = table_put(t, &e);
        if (st != LMC_OK) return st;
    }
    if (!header) {
        set_error("empty: no \"lmconv-wisdom %d\" line", WISDOM_FORMAT);
        return LMC_ERR_BAD_WISDOM;
    }
    return LMC_OK;
}

/* ---- public ------------------------------------------------------------- */
static lmc_status import_locked(const char *text)
{
    wtable t = {0};
    lmc_status s = parse_text(text, &t);
    if (s == LMC_OK) {
        /* Merging can only fail on the entry cap: check it first, so that
         * the import stays all or nothing. */
        wtable merged = {0};
        for (size_t i = 0; i < g_table.n && s == LMC_OK; i++) s = table_put(&merged, &g_table.e[i]);
        for (size_t i = 0; i < t.n && s == LMC_OK; i++) s = table_put(&merged, &t.e[i]);
        if (s == LMC_OK) {
            free(g_table.e);
            g_table = merged;
        } else {
            free(merged.e);
        }
    }
    free(t.e);
    if (s == LMC_OK) g_error[0] = 0;
    return s;
}

lmc_status lmc_wisdom_import_string(const char *text)
{
    if (!text) return LMC_ERR_NULL;
    pthread_mutex_lock(&g_lock);
    const lmc_status s = import_locked(text);
    pthread_mutex_unlock(&g_lock);
    return s;
}

/* The whole file as a NUL-terminated string (NULL with g_error set).  A
 * NUL byte inside would end the text early, so it is an error. */
static char *read_file(const char *path, lmc_status *st)
{
    *st = LMC_ERR_IO;
    FILE *f = fopen(path, "rb");
    if (!f) {
        set_error("cannot open %.100s: %s", path, strerror(errno));
        return NULL;
    }
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        n += fread(buf + n, 1, cap - n - 1, f);
        if (ferror(f)) {
            set_error("cannot read %.100s: %s", path, strerror(errno));
            break;
        }
        if (feof(f)) {
            buf[n] = 0;
            fclose(f);
            if (strlen(buf) != n) {
                free(buf);
                *st = LMC_ERR_BAD_WISDOM;
                set_error("%.100s: a NUL byte inside", path);
                return NULL;
            }
            *st = LMC_OK;
            return buf;
        }
        if (cap > (size_t)WISDOM_MAX_ENTRIES * (WISDOM_MAX_LINE + 1)) {
            *st = LMC_ERR_BAD_WISDOM;
            set_error("%.100s: larger than any wisdom can be", path);
            break;
        }
        char *nb = realloc(buf, cap * 2);
        if (!nb) break;
        buf = nb;
        cap *= 2;
    }
    if (!buf) *st = LMC_ERR_NOMEM;
    free(buf);
    fclose(f);
    return NULL;
}

lmc_status lmc_wisdom_import_file(const char *path)
{
    if (!path) return LMC_ERR_NULL;
    lmc_status s;
    char *text = read_file(path, &s);
    if (!text) return s;
    s = lmc_wisdom_import_string(text);
    free(text);
    return s;
}

/* Writes the table as text into buf (when not NULL), returning its length:
 * the cpu line of each key, then its entries, in the order they came. */
static size_t export_locked(char *buf, size_t cap)
{
    size_t len = 0;
    char line[WISDOM_MAX_LINE + 2], entry[WISDOM_MAX_LINE + 2];
#define EMIT(...)                                                                           \
    do {                                                                                    \
        const int k_ = snprintf(line, sizeof line, __VA_ARGS__);                            \
        if (buf && len + (size_t)k_ < cap) memcpy(buf + len, line, (size_t)k_ + 1);         \
        len += (size_t)k_;                                                                  \
    } while (0)
    EMIT("lmconv-wisdom %d\n", WISDOM_FORMAT);
    for (size_t i = 0; i < g_table.n; i++) {
        bool first = true;
        for (size_t j = 0; j < i && first; j++)
            if (strcmp(g_table.e[j].cpu, g_table.e[i].cpu) == 0) first = false;
        if (!first) continue;
        EMIT("cpu %s\n", g_table.e[i].cpu);
        for (size_t j = i; j < g_table.n; j++)
            if (strcmp(g_table.e[j].cpu, g_table.e[i].cpu) == 0) {
                format_entry(entry, sizeof entry, &g_table.e[j]);
                EMIT("%s", entry);
            }
    }
#undef EMIT
    return len;
}

lmc_status lmc_wisdom_export_string(char *buf, size_t cap, size_t *len)
{
    if (!len || (!buf && cap)) return LMC_ERR_NULL;
    pthread_mutex_lock(&g_lock);
    const size_t n = export_locked(NULL, 0);
    const bool fits = buf && n < cap;
    if (fits) export_locked(buf, cap);
    pthread_mutex_unlock(&g_lock);
    *len = n;
    return fits || !buf ? LMC_OK : LMC_ERR_BAD_ARG;
}

lmc_status lmc_wisdom_export_file(const char *path)
{
    if (!path) return LMC_ERR_NULL;
    pthread_mutex_lock(&g_lock);
    const size_t n = export_locked(NULL, 0);
    char *text = malloc(n + 1);
    if (text) export_locked(text, n + 1);
    pthread_mutex_unlock(&g_lock);
    if (!text) return LMC_ERR_NOMEM;
    lmc_status s = LMC_ERR_IO;
    const size_t plen = strlen(path);
    char *tmp = malloc(plen + 32);
    if (tmp) {
        snprintf(tmp, plen + 32, "%s.tmp.%ld", path, (long)getpid());
        FILE *f = fopen(tmp, "wb");
        if (!f) {
            set_error("cannot create %.100s: %s", tmp, strerror(errno));
        } else {
            const bool ok = fwrite(text, 1, n, f) == n;
            if (fclose(f) == 0 && ok && rename(tmp, path) == 0) s = LMC_OK;
            else set_error("cannot write %.100s: %s", path, strerror(errno));
            if (s != LMC_OK) remove(tmp);
        }
    } else {
        s = LMC_ERR_NOMEM;
    }
    free(tmp);
    free(text);
    return s;
}

/* Not read again after forget: the caller chose to start empty. */
static void env_done(void) {}

void lmc_wisdom_forget(void)
{
    pthread_once(&g_env_once, env_done);
    pthread_mutex_lock(&g_lock);
    free(g_table.e);
    memset(&g_table, 0, sizeof g_table);
    pthread_mutex_unlock(&g_lock);
}

size_t lmc_wisdom_count(int this_cpu)
{
    char key[CPU_KEY_MAX];
    lmc_wisdom_cpu_key(key, sizeof key);
    pthread_mutex_lock(&g_lock);
    size_t n = 0;
    for (size_t i = 0; i < g_table.n; i++)
        if (!this_cpu || strcmp(g_table.e[i].cpu, key) == 0) n++;
    pthread_mutex_unlock(&g_lock);
    return n;
}

/* ---- the library's side ---------------------------------------------------- */
/* $LMC_WISDOM, once: a file that does not exist yet is no error (the tuner
 * writes it); one that cannot be used says so, and the plans go on without. */
static void import_env(void)
{
    const char *path = getenv("LMC_WISDOM");
    if (!path || !*path || access(path, F_OK) != 0) return;
    const lmc_status s = lmc_wisdom_import_file(path);
    if (s != LMC_OK) {
        fprintf(stderr, "lmconv: LMC_WISDOM=%s ignored: %s (%s)\n", path, lmc_wisdom_error(),
                lmc_strerror(s));
    } else if (lmc_wisdom_count(0) && !lmc_wisdom_count(1)) {
        char key[CPU_KEY_MAX];
        lmc_wisdom_cpu_key(key, sizeof key);
        fprintf(stderr, "lmconv: LMC_WISDOM=%s was measured on another CPU; none of it is used "
                        "on this one (%s)\n", path, key);
    }
}

double lmc_wisdom_efficiency(const lmc_algo_plan *ap)
{
    pthread_once(&g_env_once, import_env);
    wentry want = {.eff = true, .algo = ap->algo->id, .variant = ap->variant, .kind = lmc_wisdom_kind(&ap->p.d)};
    want.k.layout = (int)ap->p.d.layout;
    want.k.threads = ap->threads;
    lmc_wisdom_cpu_key(want.cpu, sizeof want.cpu);
    double f = 0;
    pthread_mutex_lock(&g_lock);
    for (size_t i = 0; i < g_table.n && f == 0; i++)
        if (same_entry(&g_table.e[i], &want)) f = g_table.e[i].factor;
    pthread_mutex_unlock(&g_lock);
    return f;
}

lmc_status lmc_wisdom_record_efficiency(const lmc_algorithm *al, int v, int kind, lmc_layout layout, int threads,
                                        double factor)
{
    if (v < -1 || v >= al->nvariants || (v < 0) != (al->nvariants == 0) || !(factor > 0) || !(factor < 1e6) ||
        threads < 1 || threads > 1024 || (unsigned)layout >= NLAYOUTS || kind < 0 || kind >= LMC_WISDOM_KINDS)
        return LMC_ERR_BAD_ARG;
    pthread_once(&g_env_once, import_env);
    wentry e = {.eff = true, .algo = al->id, .variant = v, .kind = kind, .factor = factor};
    e.k.layout = (int)layout;
    e.k.threads = threads;
    lmc_wisdom_cpu_key(e.cpu, sizeof e.cpu);
    pthread_mutex_lock(&g_lock);
    const lmc_status s = table_put(&g_table, &e);
    pthread_mutex_unlock(&g_lock);
    return s;
}

int lmc_wisdom_variant(const lmc_problem *p, const lmc_algorithm *al, int threads)
{
    pthread_once(&g_env_once, import_env);
    wentry want = {.algo = al->id, .k = key_of(&p->d, threads)};
    lmc_wisdom_cpu_key(want.cpu, sizeof want.cpu);
    int v = -1;
    pthread_mutex_lock(&g_lock);
    for (size_t i = 0; i < g_table.n && v < 0; i++)
        if (same_entry(&g_table.e[i], &want)) v = g_table.e[i].variant;
    pthread_mutex_unlock(&g_lock);
    return v < al->nvariants ? v : -1;
}

lmc_status lmc_wisdom_record(const lmc_problem *p, const lmc_algorithm *al, int v, int threads,
                             double seconds)
{
    if (v < 0 || v >= al->nvariants || !(seconds > 0) || threads < 1 || threads > 1024)
        return LMC_ERR_BAD_ARG;
    pthread_once(&g_env_once, import_env);
    wentry e = {.algo = al->id, .variant = v, .k = key_of(&p->d, threads), .seconds = seconds};
    lmc_wisdom_cpu_key(e.cpu, sizeof e.cpu);
    pthread_mutex_lock(&g_lock);
    const lmc_status s = table_put(&g_table, &e);
    pthread_mutex_unlock(&g_lock);
    return s;
}
