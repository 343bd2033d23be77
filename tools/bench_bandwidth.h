/* lmconv-bench bandwidth: a STREAM-like triad (tools/bench_bandwidth.c). */
#ifndef LMC_BENCH_BANDWIDTH_H
#define LMC_BENCH_BANDWIDTH_H

/* argv[0] is "bandwidth"; returns the process exit status. */
int lmc_bench_bandwidth_main(int argc, char **argv);

#endif
