/* The list of algorithm families, in one place.  Adding one is a file (or
 * folder) in src/algo/ exporting an lmc_algorithm, one extern line and one
 * entry here (and its id in lmc_algo, include/lmconv.h); adding a variant
 * is one entry in its family's variant list.  The memory-contract and
 * exactness tests iterate over families x variants, so a new entry is
 * tested at once. */
#include "internal.h"

extern const lmc_algorithm lmc_algo_ref, lmc_algo_im2col, lmc_algo_direct, lmc_algo_mec;
extern const lmc_algorithm lmc_algo_kn2row, lmc_algo_kn2row_as, lmc_algo_kn2row_aa, lmc_algo_indirect;
extern const lmc_algorithm lmc_algo_winograd, lmc_algo_fft;

const lmc_algorithm *const lmc_algorithms[] = {
    &lmc_algo_ref,
    &lmc_algo_im2col,
    &lmc_algo_direct,
    &lmc_algo_mec,
    &lmc_algo_kn2row,
    &lmc_algo_kn2row_as,
    &lmc_algo_kn2row_aa,
    &lmc_algo_indirect,
    &lmc_algo_winograd,
    &lmc_algo_fft,
};

const size_t lmc_algorithm_count = sizeof lmc_algorithms / sizeof lmc_algorithms[0];
