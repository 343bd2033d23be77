/* The corpus as a regression test without libFuzzer: feeds every file of
 * the directories (or the files) named on the command line to the
 * target's LLVMFuzzerTestOneInput, in name order.  A failing input aborts
 * with the target's message; no input at all is a failure too. */
#define _GNU_SOURCE
#include <dirent.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* One input, in a buffer of exactly its size as libFuzzer passes it (a
 * read past the input is then caught under AddressSanitizer). */
static void run_file(const char *path, size_t size)
{
    uint8_t *data = malloc(size ? size : 1);
    FILE *f = fopen(path, "rb");
    const bool ok = data && f && fread(data, 1, size, f) == size;
    if (f) fclose(f);
    if (!ok) {
        fprintf(stderr, "cannot read %s\n", path);
        free(data);
        exit(1);
    }
    LLVMFuzzerTestOneInput(data, size);
    free(data);
}

static int by_name(const struct dirent **a, const struct dirent **b) { return strcmp((*a)->d_name, (*b)->d_name); }

int main(int argc, char **argv)
{
    long files = 0;
    for (int i = 1; i < argc; i++) {
        struct stat st;
        if (stat(argv[i], &st) != 0) {
            fprintf(stderr, "%s: no such file or directory\n", argv[i]);
            return 1;
        }
        if (!S_ISDIR(st.st_mode)) {
            run_file(argv[i], (size_t)st.st_size);
            files++;
            continue;
        }
        struct dirent **list;
        const int n = scandir(argv[i], &list, NULL, by_name);
        for (int k = 0; k < n; k++) {
            char path[4096];
            snprintf(path, sizeof path, "%s/%s", argv[i], list[k]->d_name);
            if (list[k]->d_name[0] != '.' && stat(path, &st) == 0 && S_ISREG(st.st_mode)) {
                run_file(path, (size_t)st.st_size);
                files++;
            }
            free(list[k]);
        }
        free(list);
    }
    printf("%s: %ld inputs replayed\n", argc > 0 ? argv[0] : "replay", files);
    return files > 0 ? 0 : 1;
}
