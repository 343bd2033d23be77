/* Layer sets: the one parser of layer CSVs, used by lmconv-bench and the
 * tests alike. */
#ifndef LMC_LAYERS_H
#define LMC_LAYERS_H

#include <stddef.h>

#include "lmconv.h"

typedef struct lmc_layer {
    char set[64];            /* file stem, or the network for shape files */
    char name[96];
    lmc_conv_desc d;
} lmc_layer;

/*
 * Reads a layer file in one of two formats, told apart by the header:
 *  - lmconv's own: `name,C,H,W,M,KH,KW,stride,pad[,groups,dilation,batch]`
 *    (square kernel unless KW given; symmetric padding, stride, dilation;
 *    dilation 1 = none; '#' starts a comment line; an optional header line
 *    starting with "name,").
 *  - the real-network shapes of bench/shapes (benchdnn and XNNPACK):
 *    `net,name,groups,mb,ic,ih,iw,oc,oh,ow,kh,kw,sh,sw,ph,pw,dh,dw[,...]`,
 *    dilation 0 = none, bottom/right padding derived from oh/ow.  Negative
 *    derived padding (trailing input never read) becomes 0 when the output
 *    size stays the same; rows that still disagree are skipped.
 * batch > 0 overrides the file's batch (the shape files' mb is a training
 * minibatch; inference benchmarks use 1).  Layout is NCHW.  Every layer
 * returned is a valid descriptor (lmc_desc_validate); an invalid layer in
 * lmconv's format, a line longer than 4095 characters or a NUL byte is an
 * error.
 * Returns the number of layers (*out malloc'ed, caller frees) or 0 with a
 * message in err.
 */
size_t lmc_layers_load(const char *path, int batch, lmc_layer **out, char *err, size_t errlen);

/* The same parser on len bytes of text in memory (need not be
 * NUL-terminated); name stands for the file in messages and gives the set
 * (its stem). */
size_t lmc_layers_parse(const char *name, const char *text, size_t len, int batch, lmc_layer **out,
                        char *err, size_t errlen);

/* benchdnn-style one-line descriptor, e.g. "g1mb1ic64ih56iw56oc64kh3kw3sh1sw1ph1pw1". */
const char *lmc_layer_str(const lmc_conv_desc *d, char *buf, size_t len);

#endif
