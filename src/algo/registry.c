/* The list of algorithms, in one place.  Adding an algorithm is one file in
 * src/algo/ exporting an lmc_algorithm, one extern line and one entry here
 * (and its id in lmc_algo, include/lmconv.h).  The memory-contract and
 * exactness tests iterate over this list, so a new entry is tested at once. */
#include "internal.h"

extern const lmc_algorithm lmc_algo_ref;
extern const lmc_algorithm lmc_algo_im2col;
extern const lmc_algorithm lmc_algo_im2row;
extern const lmc_algorithm lmc_algo_direct;
extern const lmc_algorithm lmc_algo_mec, lmc_algo_mec_a, lmc_algo_mec_b;
extern const lmc_algorithm lmc_algo_kn2row, lmc_algo_kn2row_as, lmc_algo_kn2col_as;
extern const lmc_algorithm lmc_algo_kn2row_aa, lmc_algo_indirect;

const lmc_algorithm *const lmc_algorithms[] = {
    &lmc_algo_ref,
    &lmc_algo_im2col,
    &lmc_algo_im2row,
    &lmc_algo_direct,
    &lmc_algo_mec,
    &lmc_algo_mec_a,
    &lmc_algo_mec_b,
    &lmc_algo_kn2row,
    &lmc_algo_kn2row_as,
    &lmc_algo_kn2col_as,
    &lmc_algo_kn2row_aa,
    &lmc_algo_indirect,
};

const size_t lmc_algorithm_count = sizeof lmc_algorithms / sizeof lmc_algorithms[0];
