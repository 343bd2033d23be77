/* CPU features and cache sizes (x86: CPUID / XGETBV; aarch64: the
 * auxiliary vector and MIDR_EL1), the LMC_ISA override, and the FMA peak
 * measurement (its ISA loops are generated into src/peak/gen/). */
#define _GNU_SOURCE
#include "cpu.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#ifdef _OPENMP
#include <omp.h>
#endif

#include "peak.h"

#ifdef LMC_ARCH_X86
#include <cpuid.h>
#endif
#ifdef LMC_ARCH_AARCH64
#include <sys/auxv.h>
#endif

#if defined(LMC_ARCH_X86)
#define LMC_ISA_NAMES "avx512, avx2 or scalar"
#elif defined(LMC_ARCH_AARCH64)
#define LMC_ISA_NAMES "neon or scalar"
#else
#define LMC_ISA_NAMES "scalar"
#endif

static lmc_cpu_info g_cpu;
static pthread_once_t g_once = PTHREAD_ONCE_INIT;
static _Atomic int g_isa_forced = -1;

#ifdef LMC_ARCH_X86
static void cpuid(unsigned leaf, unsigned sub, unsigned r[4])
{
    __cpuid_count(leaf, sub, r[0], r[1], r[2], r[3]);
}

static uint64_t xgetbv0(void)
{
    uint32_t lo, hi;
    __asm__ volatile(".byte 0x0f, 0x01, 0xd0" : "=a"(lo), "=d"(hi) : "c"(0));
    return ((uint64_t)hi << 32) | lo;
}

/* Deterministic cache parameters: Intel leaf 4 and AMD leaf 0x8000001D share
 * one format. */
static void caches_from_leaf(unsigned leaf, lmc_cpu_info *ci)
{
    for (unsigned sub = 0; sub < 16; sub++) {
        unsigned r[4];
        cpuid(leaf, sub, r);
        unsigned type = r[0] & 31;
        if (type == 0) break;
        if (type == 2) continue;               /* instruction cache */
        unsigned level = (r[0] >> 5) & 7;
        unsigned sharing = ((r[0] >> 14) & 0xfff) + 1;
        size_t ways = ((r[1] >> 22) & 0x3ff) + 1;
        size_t parts = ((r[1] >> 12) & 0x3ff) + 1;
        size_t line = (r[1] & 0xfff) + 1;
        size_t sets = (size_t)r[2] + 1;
        size_t bytes = ways * parts * line * sets;
        if (level == 1) ci->l1d_bytes = bytes;
        else if (level == 2) ci->l2_bytes = bytes;
        else if (level == 3) { ci->l3_bytes = bytes; ci->l3_sharing = (int)sharing; }
    }
}
#endif

static void detect(void)
{
    lmc_cpu_info *ci = &g_cpu;
    memset(ci, 0, sizeof *ci);
    strcpy(ci->vendor, "unknown");
    ci->l3_sharing = 1;
#ifdef LMC_ARCH_X86
    unsigned r[4];
    cpuid(0, 0, r);
    unsigned max_leaf = r[0];
    memcpy(ci->vendor + 0, &r[1], 4);
    memcpy(ci->vendor + 4, &r[3], 4);
    memcpy(ci->vendor + 8, &r[2], 4);
    ci->vendor[12] = 0;
    cpuid(0x80000000u, 0, r);
    unsigned max_ext = r[0];

    bool fma = false, osxsave = false, avx2 = false, avx512 = false;
    if (max_leaf >= 1) {
        cpuid(1, 0, r);
        const unsigned base = (r[0] >> 8) & 0xf;
        ci->family = (int)(base + (base == 0xf ? (r[0] >> 20) & 0xff : 0));
        ci->model = (int)(((r[0] >> 4) & 0xf) | (base >= 6 ? ((r[0] >> 16) & 0xf) << 4 : 0));
        fma = (r[2] >> 12) & 1;
        osxsave = (r[2] >> 27) & 1;
    }
    if (max_leaf >= 7) {
        cpuid(7, 0, r);
        avx2 = (r[1] >> 5) & 1;
        avx512 = ((r[1] >> 16) & 1) && ((r[1] >> 17) & 1)    /* F, DQ */
                 && ((r[1] >> 30) & 1) && ((r[1] >> 31) & 1); /* BW, VL */
    }
    uint64_t xcr0 = osxsave ? xgetbv0() : 0;
    bool os_ymm = (xcr0 & 0x6) == 0x6;
    bool os_zmm = (xcr0 & 0xe6) == 0xe6;
    ci->has_avx2_fma = avx2 && fma && os_ymm;
    ci->has_avx512 = ci->has_avx2_fma && avx512 && os_zmm;

    bool amd = strcmp(ci->vendor, "AuthenticAMD") == 0 || strcmp(ci->vendor, "HygonGenuine") == 0;
    if (amd && max_ext >= 0x8000001Du) {
        cpuid(0x80000001u, 0, r);
        if ((r[2] >> 22) & 1) caches_from_leaf(0x8000001Du, ci);   /* topoext */
    }
    if (ci->l1d_bytes == 0 && !amd && max_leaf >= 4) caches_from_leaf(4, ci);
    ci->best = ci->has_avx512 ? LMC_ISA_AVX512 : ci->has_avx2_fma ? LMC_ISA_AVX2 : LMC_ISA_SCALAR;
#elif defined(LMC_ARCH_AARCH64)
    /* Advanced SIMD is part of the AArch64 base: NEON always.  The vendor is
     * "arm64", family and model MIDR_EL1's implementer and part (where the
     * kernel exports it), which tell the cores apart for wisdom. */
    strcpy(ci->vendor, "arm64");
    ci->has_sve = (getauxval(AT_HWCAP) >> 22) & 1;   /* HWCAP_SVE */
    FILE *f = fopen("/sys/devices/system/cpu/cpu0/regs/identification/midr_el1", "r");
    if (f) {
        unsigned long long midr = 0;
        if (fscanf(f, "%llx", &midr) == 1) {
            ci->family = (int)((midr >> 24) & 0xff);
            ci->model = (int)((midr >> 4) & 0xfff);
        }
        fclose(f);
    }
    ci->best = LMC_ISA_NEON;
#else
    ci->best = LMC_ISA_SCALAR;
#endif
#ifdef _SC_LEVEL1_DCACHE_SIZE
    if (ci->l1d_bytes == 0) { long v = sysconf(_SC_LEVEL1_DCACHE_SIZE); if (v > 0) ci->l1d_bytes = (size_t)v; }
    if (ci->l2_bytes == 0) { long v = sysconf(_SC_LEVEL2_CACHE_SIZE); if (v > 0) ci->l2_bytes = (size_t)v; }
    if (ci->l3_bytes == 0) { long v = sysconf(_SC_LEVEL3_CACHE_SIZE); if (v > 0) ci->l3_bytes = (size_t)v; }
#endif
    /* Conservative defaults when nothing could be read. */
    if (ci->l1d_bytes < 16384) ci->l1d_bytes = 32768;
    if (ci->l2_bytes < 131072) ci->l2_bytes = 262144;

    ci->isa = ci->best;
    const char *env = getenv("LMC_ISA");
    if (env && *env) {
        int want = lmc_isa_parse(env);
        if (want < 0)
            fprintf(stderr, "lmconv: ignoring LMC_ISA=%s: not %s\n", env, LMC_ISA_NAMES);
        else if ((lmc_isa)want < ci->best)
            ci->isa = (lmc_isa)want;
    }
}

const lmc_cpu_info *lmc_cpu(void)
{
    pthread_once(&g_once, detect);
    return &g_cpu;
}

lmc_isa lmc_isa_active(void)
{
    const lmc_cpu_info *ci = lmc_cpu();
    int f = atomic_load_explicit(&g_isa_forced, memory_order_relaxed);
    return f >= 0 ? (lmc_isa)f : ci->isa;
}

lmc_isa lmc_isa_set(lmc_isa isa)
{
    const lmc_cpu_info *ci = lmc_cpu();
    if ((int)isa < 0) isa = LMC_ISA_SCALAR;
    if (isa > ci->best) isa = ci->best;
    atomic_store(&g_isa_forced, (int)isa);
    return isa;
}

/* The names of this architecture's ISAs, indexed by lmc_isa. */
static const char *const isa_names[LMC_ISA_COUNT] = {
    [LMC_ISA_SCALAR] = "scalar",
#ifdef LMC_ARCH_X86
    [LMC_ISA_AVX2] = "avx2",
    [LMC_ISA_AVX512] = "avx512",
#endif
#ifdef LMC_ARCH_AARCH64
    [LMC_ISA_NEON] = "neon",
#endif
};

const char *lmc_isa_name(lmc_isa isa)
{
    return (int)isa >= 0 && isa < LMC_ISA_COUNT ? isa_names[isa] : "?";
}

int lmc_isa_parse(const char *name)
{
    if (!name) return -1;
    for (int i = 0; i < LMC_ISA_COUNT; i++)
        if (strcmp(name, isa_names[i]) == 0) return i;
    return -1;
}

/* ---- FMA peak ------------------------------------------------------------ */
volatile float lmc_peak_sink;

static double lmc_peak_loop_scalar(long iters)
{
    /* 8 independent scalar chains, 8 wide each; the compiler may vectorise
     * with the baseline ISA, which is what the portable kernels get too. */
    float c[64], x = 1.0f + 1e-7f, y = 1.0f - 1e-7f;
    for (int i = 0; i < 64; i++) c[i] = (float)i * 1e-3f;
    for (long it = 0; it < iters; it++) {
        for (int i = 0; i < 64; i++) c[i] = c[i] * x + y;
        __asm__ volatile("" ::: "memory");
    }
    float s = 0;
    for (int i = 0; i < 64; i++) s += c[i];
    lmc_peak_sink = s;
    return (double)iters * 64.0 * 2.0;
}

double lmc_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

static double run_loop(lmc_isa isa, long iters)
{
#ifdef LMC_ARCH_X86
    if (isa == LMC_ISA_AVX512) return lmc_peak_loop_avx512(iters);
    if (isa == LMC_ISA_AVX2) return lmc_peak_loop_avx2(iters);
#endif
#ifdef LMC_ARCH_AARCH64
    if (isa == LMC_ISA_NEON) return lmc_peak_loop_neon(iters);
#endif
    return lmc_peak_loop_scalar(iters);
}

double lmc_peak_sample_gflops(lmc_isa isa, int threads, long iters)
{
    if (isa > lmc_cpu()->best) isa = lmc_cpu()->best;
    /* Each thread times its own loop and the rates are summed: the peak is
     * what the cores can do together, and on a shared (virtual) machine one
     * thread being descheduled for a moment must not lower it -- timing the
     * whole region made the 2-thread figure swing between 1x and 2x. */
#ifdef _OPENMP
    double g = 0;
    if (threads > 1) {
#pragma omp parallel num_threads(threads) reduction(+ : g)
        {
            double t0 = lmc_now();
            double flops = run_loop(isa, iters);
            g += flops / (lmc_now() - t0) * 1e-9;
        }
        return g;
    }
#endif
    (void)threads;
    double t0 = lmc_now();
    double flops = run_loop(isa, iters);
    return flops / (lmc_now() - t0) * 1e-9;
}

double lmc_peak_gflops_isa(lmc_isa isa, int threads)
{
    if (threads < 1) threads = 1;
    const long iters = isa == LMC_ISA_SCALAR ? 200000 : 2000000;
    double best = 0;
    for (int rep = 0; rep < 7; rep++) {
        const double g = lmc_peak_sample_gflops(isa, threads, iters);
        if (rep > 0 && g > best) best = g;   /* rep 0 warms up the clocks/pool */
    }
    return best;
}

double lmc_peak_gflops(int threads)
{
    return lmc_peak_gflops_isa(lmc_cpu()->best, threads);
}
