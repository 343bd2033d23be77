/* lmconv-bench gemm: the SGEMM benchmark (tools/bench_gemm.c). */
#ifndef LMC_BENCH_GEMM_H
#define LMC_BENCH_GEMM_H

/* argv[0] is "gemm"; returns the process exit status. */
int lmc_bench_gemm_main(int argc, char **argv);

#endif
