/* CPU features, cache sizes and the measured FMA peak.
 *
 * Detected once (thread-safe): on x86 from CPUID and XGETBV, an ISA only
 * reported usable when the CPU has it AND the OS saves its registers; on
 * aarch64 NEON is the baseline (SVE is detected, no kernel uses it yet).
 * The environment variable LMC_ISA (avx512|avx2|scalar on x86, neon|scalar
 * on aarch64) lowers the ISA that the library's kernels use (it never
 * raises it above what the CPU supports; an unknown name is ignored with a
 * warning on stderr). */
#ifndef LMC_CPU_H
#define LMC_CPU_H

#include <stdbool.h>
#include <stddef.h>

#if defined(__x86_64__) || defined(__i386__)
#define LMC_ARCH_X86 1
#elif defined(__aarch64__)
#define LMC_ARCH_AARCH64 1
#endif

/* The ISAs of the target architecture, in increasing order of preference:
 * a build has kernels for exactly these (CMakeLists.txt picks the files). */
typedef enum lmc_isa {
    LMC_ISA_SCALAR = 0,      /* portable C, no ISA flags */
#if defined(LMC_ARCH_X86)
    LMC_ISA_AVX2 = 1,        /* AVX2 + FMA3 */
    LMC_ISA_AVX512 = 2,      /* AVX-512 F, BW, DQ, VL (+ AVX2, FMA3) */
    LMC_ISA_COUNT = 3
#elif defined(LMC_ARCH_AARCH64)
    LMC_ISA_NEON = 1,        /* Advanced SIMD: 32 x 128-bit registers, fp32 FMA */
    LMC_ISA_COUNT = 2
#else
    LMC_ISA_COUNT = 1
#endif
} lmc_isa;

typedef struct lmc_cpu_info {
    char vendor[13];         /* "AuthenticAMD", "GenuineIntel", ... */
    int family, model;       /* CPUID's display family and model (0 if unknown) */
    bool has_avx2_fma;       /* CPU and OS support AVX2 + FMA3 (YMM state) */
    bool has_avx512;         /* CPU and OS support AVX-512 F/BW/DQ/VL (ZMM state) */
    bool has_sve;            /* aarch64: SVE (detected only) */
    lmc_isa best;            /* best ISA the CPU supports */
    lmc_isa isa;             /* ISA to use: best, lowered by LMC_ISA */
    size_t l1d_bytes;        /* per core */
    size_t l2_bytes;         /* per core (or per sharing group) */
    size_t l3_bytes;         /* whole shared L3, 0 if none */
    int l3_sharing;          /* logical CPUs sharing the L3 (>= 1) */
} lmc_cpu_info;

/* The detected CPU; initialised on first call, safe from any thread. */
const lmc_cpu_info *lmc_cpu(void);

/* The ISA the kernels use now (lmc_cpu()->isa unless overridden below). */
lmc_isa lmc_isa_active(void);

/* For tests and benchmarks: force an ISA for later calls (clamped to what
 * the CPU supports; returns the ISA actually set).  Not thread-safe with
 * respect to concurrent GEMM calls: set it between calls. */
lmc_isa lmc_isa_set(lmc_isa isa);

/* "avx512", "avx2", "neon", "scalar". */
const char *lmc_isa_name(lmc_isa isa);
/* Parses a name as above; returns -1 if unknown. */
int lmc_isa_parse(const char *name);

/* Seconds of a monotonic clock: the one timer of the library and its tools. */
double lmc_now(void);

/* Measured fp32 FMA peak in GFLOP/s (1 FMA = 2 FLOP) of the given ISA's
 * widest FMA with `threads` threads (OpenMP; 1 if built without it): a loop
 * of independent FMA chains, best of six runs after a warm-up.  Not cached. */
double lmc_peak_gflops_isa(lmc_isa isa, int threads);
/* One sample of that loop, `iters` iterations per thread (an iteration is
 * 768 FLOP with AVX-512, 384 with AVX2, 192 with NEON, 128 scalar): for benchmarks that
 * measure the peak beside each timing, in the same moments. */
double lmc_peak_sample_gflops(lmc_isa isa, int threads, long iters);
/* The same for the best ISA of this CPU. */
double lmc_peak_gflops(int threads);

#endif /* LMC_CPU_H */
