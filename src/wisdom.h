/* Wisdom: the variants `lmconv-bench tune` measured fastest, per problem,
 * thread count and CPU (the public half is in lmconv.h). */
#ifndef LMC_WISDOM_H
#define LMC_WISDOM_H

#include "internal.h"

/* The variant (0-based) recorded for family al on p at `threads` on this
 * CPU, or -1.  Imports $LMC_WISDOM on its first call. */
int lmc_wisdom_variant(const lmc_problem *p, const lmc_algorithm *al, int threads);

/* Records that variant v (0-based) of family al ran p at `threads` on this
 * CPU in `seconds` (replacing an entry for the same problem).  For the
 * tuner; LMC_ERR_NOMEM or LMC_ERR_BAD_WISDOM (table full) on failure. */
lmc_status lmc_wisdom_record(const lmc_problem *p, const lmc_algorithm *al, int v, int threads,
                             double seconds);

/* The kinds of problem efficiencies are kept for: 0 spatial (a kernel
 * larger than 1x1), 1 pointwise (1x1), 2 grouped (groups > 1, depthwise
 * included); and their names in the eff lines. */
#define LMC_WISDOM_KINDS 3
int lmc_wisdom_kind(const lmc_conv_desc *d);
const char *lmc_wisdom_kind_name(int kind);

/* The efficiency `lmconv-bench tune` recorded for ap's family and variant
 * on its kind of problem in its layout at its thread count on this CPU
 * (estimated time over measured time), or 0 if none. */
double lmc_wisdom_efficiency(const lmc_algo_plan *ap);

/* Records that factor for family al, variant v (0-based, -1 for a family
 * without variants), kind of problem, layout and threads.  LMC_ERR_BAD_ARG,
 * LMC_ERR_NOMEM or LMC_ERR_BAD_WISDOM (table full). */
lmc_status lmc_wisdom_record_efficiency(const lmc_algorithm *al, int v, int kind, lmc_layout layout, int threads,
                                        double factor);

/* This CPU's key as the "cpu" lines write it. */
void lmc_wisdom_cpu_key(char *buf, size_t cap);

#endif
