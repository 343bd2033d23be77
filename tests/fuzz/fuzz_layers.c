/* fuzz_layers: the layer-file parser of the benchmark and the tests
 * (tools/layers.c) on any bytes.  The first byte picks the batch override;
 * the rest is the file.  Every input must give either no layers and a
 * message, or layers that are all valid descriptors with terminated names. */
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "layers.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define REQUIRE(cond, what)                                              \
    do {                                                                 \
        if (!(cond)) {                                                   \
            fprintf(stderr, "fuzz_layers:%d: %s: %s\n", __LINE__, #cond, what); \
            abort();                                                     \
        }                                                                \
    } while (0)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const int batches[] = {0, 1, 2, -1, INT_MAX, 1 << 20, 7, 0};
    const int batch = size ? batches[data[0] % 8] : 0;
    const char *text = size ? (const char *)data + 1 : "";
    const size_t len = size ? size - 1 : 0;
    /* An error message longer than err must be cut, not overflow it:
     * short buffers some of the time. */
    char err[256];
    const size_t errlen = size && (data[0] & 0x80) ? 16 : sizeof err;
    memset(err, 'x', sizeof err);
    lmc_layer *L = (lmc_layer *)err;
    const size_t n = lmc_layers_parse("fuzz/input.csv", text, len, batch, &L, err, errlen);
    if (n == 0) {
        REQUIRE(L == NULL, "no layers but an array");
        REQUIRE(memchr(err, '\0', errlen) != NULL && err[0] != '\0', "no layers and no message");
        return 0;
    }
    REQUIRE(L != NULL, "layers but no array");
    for (size_t i = 0; i < n; i++) {
        REQUIRE(memchr(L[i].set, '\0', sizeof L[i].set) && memchr(L[i].name, '\0', sizeof L[i].name),
                "an unterminated name");
        REQUIRE(lmc_desc_validate(&L[i].d, NULL, NULL) == LMC_OK, "an invalid layer");
        REQUIRE(batch <= 0 || L[i].d.n == batch, "the batch override was not applied");
        char s[512];
        lmc_layer_str(&L[i].d, s, sizeof s);
    }
    free(L);
    return 0;
}
