/* kn2col-as (NHWC): accumulating kn2col, the HWC form of kn2row-as
 * (Anderson et al. 2017).  Per image, group and tap: T = X_tap * W_tap^T
 * (n pixels x mg, one GEMM whose rows are input pixels read through a row
 * stride of stride_w * C floats), then the valid rows of T are added into
 * the output pixels.  Extra memory: (largest tap block) x mg floats --
 * H*W*M for a stride-1 "same" layer -- + the GEMM's packing (at T threads,
 * each thread's band of output rows has its own share).  The driver is
 * shared with kn2row-as (kn2_accum.c). */
#include "algo/kn2_common.h"

static const char *kn2col_as_unsupported(const lmc_problem *p)
{
    return p->d.layout == LMC_NHWC ? NULL
                                   : "kn2col-as takes NHWC activations (kn2row-as is the NCHW form)";
}

const lmc_algorithm lmc_algo_kn2col_as = {
    .id = LMC_ALGO_KN2COL_AS,
    .name = "kn2col-as",
    .unsupported = kn2col_as_unsupported,
    .workspace_bytes = kn2_accum_workspace,
    .packed_weight_bytes = kn2_tappacked_bytes,
    .pack_weights = kn2_tappacked_pack,
    .execute = kn2_accum_execute,
    .exact = true,
    .cost = kn2_accum_cost,
};
