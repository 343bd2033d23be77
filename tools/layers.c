#include "layers.h"

#include <ctype.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void stem(const char *path, char *out, size_t len)
{
    const char *b = strrchr(path, '/');
    b = b ? b + 1 : path;
    snprintf(out, len, "%s", b);
    char *dot = strrchr(out, '.');
    if (dot) *dot = '\0';
}

/* Splits a CSV line in place into at most max fields (no quoting needed by
 * the numeric columns; a quoted trailing field is left as it is). */
static int split(char *line, char **f, int max)
{
    int n = 0;
    char *s = line;
    while (n < max) {
        f[n++] = s;
        char *c = strchr(s, ',');
        if (!c) break;
        *c = '\0';
        s = c + 1;
    }
    return n;
}

static int to_int(const char *s, int *v)
{
    char *end;
    while (isspace((unsigned char)*s)) s++;
    long x = strtol(s, &end, 10);
    while (isspace((unsigned char)*end)) end++;
    if (end == s || *end != '\0' || x < -1000000000L || x > 1000000000L) return 0;
    *v = (int)x;
    return 1;
}

static void trim(char *s)
{
    size_t n = strlen(s);
    while (n && (s[n - 1] == '\n' || s[n - 1] == '\r' || isspace((unsigned char)s[n - 1]))) s[--n] = 0;
}

/* The longest line a layer file may have (the shape files' lines are
 * under 200 characters). */
#define LINE_MAX_LEN 4095

/* One layer from the fields of a line in the given format: 1 with *L
 * filled, 0 for a shapes row to skip, -1 for a malformed line. */
static int parse_line(char **f, int nf, int shapes_format, const char *set, lmc_layer *L)
{
    memset(L, 0, sizeof *L);
    int x[18] = {0};
    if (shapes_format) {
        if (nf < 18) return -1;
        for (int i = 2; i < 18; i++)
            if (!to_int(f[i], &x[i])) return -1;
        /* net,name,groups,mb,ic,ih,iw,oc,oh,ow,kh,kw,sh,sw,ph,pw,dh,dw */
        lmc_desc_init(&L->d, x[3], x[4], x[5], x[6], x[7], x[10], x[11]);
        L->d.groups = x[2];
        L->d.stride_h = x[12];
        L->d.stride_w = x[13];
        L->d.pad_top = x[14];
        L->d.pad_left = x[15];
        L->d.dil_h = x[16] + 1;
        L->d.dil_w = x[17] + 1;
        const int oh = x[8], ow = x[9];
        /* Bottom/right padding that makes the floor formula give oh/ow
         * (every term is below 2^31 in magnitude, so the sums fit a long). */
        long pb = (long)(oh - 1) * L->d.stride_h - L->d.h + (long)(L->d.kh - 1) * L->d.dil_h + 1 - L->d.pad_top;
        long pr = (long)(ow - 1) * L->d.stride_w - L->d.w + (long)(L->d.kw - 1) * L->d.dil_w + 1 - L->d.pad_left;
        if (pb > INT_MAX || pr > INT_MAX) return 0;
        L->d.pad_bottom = pb < 0 ? 0 : (int)pb;
        L->d.pad_right = pr < 0 ? 0 : (int)pr;
        int ho, wo;
        if (lmc_desc_validate(&L->d, &ho, &wo) != LMC_OK || ho != oh || wo != ow) return 0;
        snprintf(L->set, sizeof L->set, "%s", f[0]);
        snprintf(L->name, sizeof L->name, "%s", f[1]);
    } else {
        if (nf < 9) return -1;
        for (int i = 1; i < nf && i < 12; i++)
            if (!to_int(f[i], &x[i])) return -1;
        /* name,C,H,W,M,KH,KW,stride,pad[,groups,dilation,batch] */
        lmc_desc_init(&L->d, nf > 11 ? x[11] : 1, x[1], x[2], x[3], x[4], x[5], x[6]);
        L->d.stride_h = L->d.stride_w = x[7];
        L->d.pad_top = L->d.pad_bottom = L->d.pad_left = L->d.pad_right = x[8];
        if (nf > 9) L->d.groups = x[9];
        if (nf > 10) L->d.dil_h = L->d.dil_w = x[10];
        snprintf(L->set, sizeof L->set, "%s", set);
        snprintf(L->name, sizeof L->name, "%s", f[0]);
    }
    return 1;
}

size_t lmc_layers_parse(const char *name, const char *text, size_t len, int batch, lmc_layer **out,
                        char *err, size_t errlen)
{
    *out = NULL;
    if (errlen) err[0] = '\0';
    size_t cap = 64, n = 0;
    lmc_layer *v = malloc(cap * sizeof *v);
    char line[LINE_MAX_LEN + 1], set[64];
    stem(name, set, sizeof set);
    int shapes_format = -1, lineno = 0;
    size_t pos = 0;
    while (v && pos < len) {
        lineno++;
        const char *nl = memchr(text + pos, '\n', len - pos);
        const size_t ll = (nl ? (size_t)(nl - text) : len) - pos;
        if (ll > LINE_MAX_LEN) {
            snprintf(err, errlen, "%s:%d: line longer than %d characters", name, lineno, LINE_MAX_LEN);
            goto fail;
        }
        if (memchr(text + pos, '\0', ll)) {
            snprintf(err, errlen, "%s:%d: NUL byte in a text line", name, lineno);
            goto fail;
        }
        memcpy(line, text + pos, ll);
        line[ll] = '\0';
        pos += ll + 1;
        trim(line);
        if (line[0] == '\0' || line[0] == '#') continue;
        if (shapes_format < 0) {
            shapes_format = strncmp(line, "net,name,", 9) == 0;
            if (shapes_format || strncmp(line, "name,", 5) == 0) continue;
        }
        char *f[32];
        int nf = split(line, f, 32);
        lmc_layer L;
        const int got = parse_line(f, nf, shapes_format, set, &L);
        if (got < 0) {
            snprintf(err, errlen, "%s:%d: malformed layer line", name, lineno);
            goto fail;
        }
        if (got == 0) continue;
        if (batch > 0) L.d.n = batch;
        /* Every layer handed out is a valid problem (the shape files' rows
         * were checked above at their own batch). */
        const lmc_status s = lmc_desc_validate(&L.d, NULL, NULL);
        if (s != LMC_OK) {
            snprintf(err, errlen, "%s:%d: invalid layer: %s", name, lineno, lmc_strerror(s));
            goto fail;
        }
        if (n == cap) {
            cap *= 2;
            lmc_layer *nv = realloc(v, cap * sizeof *v);
            if (!nv) {
                free(v);
                v = NULL;
                break;
            }
            v = nv;
        }
        v[n++] = L;
    }
    if (!v) {
        snprintf(err, errlen, "out of memory");
        return 0;
    }
    if (n == 0) {
        snprintf(err, errlen, "%s: no layers", name);
        goto fail;
    }
    *out = v;
    return n;
fail:
    free(v);
    return 0;
}

size_t lmc_layers_load(const char *path, int batch, lmc_layer **out, char *err, size_t errlen)
{
    *out = NULL;
    FILE *fp = fopen(path, "rb");
    if (!fp) {
        snprintf(err, errlen, "cannot open %s", path);
        return 0;
    }
    /* The whole file, then the one parser. */
    size_t cap = 1 << 16, len = 0;
    char *text = malloc(cap);
    while (text) {
        len += fread(text + len, 1, cap - len, fp);
        if (len < cap) break;
        char *t = cap < ((size_t)1 << 30) ? realloc(text, cap * 2) : NULL;
        if (!t) {
            free(text);
            text = NULL;
            break;
        }
        text = t;
        cap *= 2;
    }
    const int read_error = ferror(fp);
    fclose(fp);
    if (!text || read_error) {
        snprintf(err, errlen, text ? "cannot read %s" : "%s: out of memory or larger than 1 GiB", path);
        free(text);
        return 0;
    }
    size_t n = lmc_layers_parse(path, text, len, batch, out, err, errlen);
    free(text);
    return n;
}

const char *lmc_layer_str(const lmc_conv_desc *d, char *buf, size_t len)
{
    int ho = 0, wo = 0;
    lmc_desc_validate(d, &ho, &wo);
    snprintf(buf, len, "g%dmb%dic%dih%diw%doc%doh%dow%dkh%dkw%dsh%dsw%dpt%dpb%dpl%dpr%ddh%ddw%d%s%s%s",
             d->groups, d->n, d->c, d->h, d->w, d->m, ho, wo, d->kh, d->kw, d->stride_h,
             d->stride_w, d->pad_top, d->pad_bottom, d->pad_left, d->pad_right, d->dil_h, d->dil_w,
             d->layout == LMC_NHWC      ? "_nhwc"
             : d->layout == LMC_NCHW16C ? "_nchw16c"
             : d->layout == LMC_NCHW8C  ? "_nchw8c"
                                        : "_nchw", d->has_bias ? "_bias" : "",
             d->relu ? "_relu" : "");
    return buf;
}
