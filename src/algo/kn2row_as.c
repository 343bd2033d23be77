/* kn2row-as (NCHW): accumulating kn2row, Anderson et al. 2017's O(MHW)
 * algorithm.  Per image, group and tap: T = W_tap * X_tap (mg x n, one GEMM
 * through a strided view of the input), then the valid pixels of T are
 * added into the output.  Extra memory: mg x (largest tap block) floats --
 * M*H*W for a stride-1 "same" layer -- + the GEMM's packing (at T threads,
 * each thread's band of output rows has its own share).  The driver is
 * shared with kn2col-as (kn2_accum.c). */
#include "algo/kn2_common.h"

static const char *kn2row_as_unsupported(const lmc_problem *p)
{
    return p->d.layout == LMC_NCHW ? NULL
                                   : "kn2row-as takes NCHW activations (kn2col-as is the NHWC form)";
}

const lmc_algorithm lmc_algo_kn2row_as = {
    .id = LMC_ALGO_KN2ROW_AS,
    .name = "kn2row-as",
    .unsupported = kn2row_as_unsupported,
    .workspace_bytes = kn2_accum_workspace,
    .packed_weight_bytes = kn2_tappacked_bytes,
    .pack_weights = kn2_tappacked_pack,
    .execute = kn2_accum_execute,
    .exact = true,
    .cost = kn2_accum_cost,
};
