#include "compare.h"

#include <stdio.h>
#include <string.h>

extern const lmc_backend lmc_backend_onednn_auto, lmc_backend_onednn_direct, lmc_backend_onednn_winograd;
extern const lmc_backend lmc_backend_openblas_im2col;
extern const lmc_backend lmc_backend_xnnpack;

/* The list of comparison backends, in one place. */
const lmc_backend *const lmc_backends[] = {
    &lmc_backend_onednn_auto,
    &lmc_backend_onednn_direct,
    &lmc_backend_onednn_winograd,
    &lmc_backend_openblas_im2col,
    &lmc_backend_xnnpack,
    NULL,
};

const char *lmc_compare_names(void)
{
    static char buf[256];
    buf[0] = '\0';
    for (size_t i = 0; lmc_backends[i]; i++) {
        if (strstr(buf, lmc_backends[i]->family)) continue;
        if (buf[0]) strncat(buf, ", ", sizeof buf - strlen(buf) - 1);
        strncat(buf, lmc_backends[i]->family, sizeof buf - strlen(buf) - 1);
    }
    return buf[0] ? buf : "(no backends in this build)";
}
