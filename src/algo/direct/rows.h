/* The direct convolution's k' loop over one output row: cuts the row into
 * register blocks and runs each on the kernel set's block functions
 * (direct/direct.h). */
#ifndef LMC_DIRECT_ROWS_H
#define LMC_DIRECT_ROWS_H

#include "direct/direct.h"

/* Dense / grouped convolution: the row's tile over its cache block. */
void lmc_direct_conv_row(const lmc_direct_ukernel *k, const lmc_direct_row *r);

/* Depthwise (one input and one output channel per group).  The caller
 * passes only vectors that exist in memory: whole ones in NHWC (it does the
 * last c % vw channels itself), and in the blocked layouts also the last,
 * partial one (its padding channels exist; they meet zero weights and are
 * stored as zeros). */
void lmc_direct_dw_row(const lmc_direct_ukernel *k, const lmc_direct_row *r);

#endif
