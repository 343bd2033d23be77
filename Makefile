# The two user commands (see README.md):
#   make bench   Release build into build/, then the benchmark on VGG-16
#   make test    Release build, then every test through ctest
# and the sanitizer run CI adds:
#   make test-asan   build-asan/ with AddressSanitizer + UBSan, every test
# and the comparison pictures and report (tools/plot.py, tools/report.py):
#   make plots       PNGs in docs/img/ from PLOT_CSV (made by the bench on VGG-16 if absent)
#   make report      runs the papers' layer sets with --compare, writes docs/results.md
BUILD ?= build
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
# Tests run one at a time: each uses every core (OpenMP), and two at once
# oversubscribe the machine, which makes OpenMP's spinning threads crawl.
BENCH_ARGS ?=

.PHONY: all bench test test-asan clean plots report

all: $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j$(JOBS)

$(BUILD)/CMakeCache.txt:
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release

bench: all
	./$(BUILD)/lmconv-bench $(BENCH_ARGS)

test: all
	cd $(BUILD) && ctest --output-on-failure

build-asan/CMakeCache.txt:
	cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLMC_SANITIZE=ON

test-asan: build-asan/CMakeCache.txt
	cmake --build build-asan -j$(JOBS)
	cd build-asan && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
		ctest --output-on-failure --timeout 1500

# The reliability checks CI runs beside them (docs/testing.md):
#   make test-tsan   build-tsan/ with ThreadSanitizer and without OpenMP (GNU
#                    libgomp is not instrumented): the tests labelled tsan
#   make fuzz        build-fuzz/ with clang's libFuzzer, ASan and UBSan; each
#                    fuzz target runs FUZZ_SECONDS seconds from its corpus
FUZZ_SECONDS ?= 60

.PHONY: test-tsan fuzz

build-tsan/CMakeCache.txt:
	cmake -S . -B build-tsan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLMC_TSAN=ON

test-tsan: build-tsan/CMakeCache.txt
	cmake --build build-tsan -j$(JOBS) --target lmc_tsan_tests
	cd build-tsan && TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1" \
		ctest --output-on-failure -L tsan --no-tests=error --timeout 1500

build-fuzz/CMakeCache.txt:
	cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLMC_FUZZ=ON -DCMAKE_C_COMPILER=clang

fuzz: build-fuzz/CMakeCache.txt
	cmake --build build-fuzz -j$(JOBS) --target lmc_fuzzers
	tests/fuzz/run.sh build-fuzz $(FUZZ_SECONDS)

# The aarch64 cross build and its tests under user-mode emulation
# (docs/testing.md, "aarch64 under emulation"); needs Debian's
# gcc-aarch64-linux-gnu, libc6-dev-arm64-cross and qemu-user, installs nothing:
#   make test-aarch64   build-aarch64/ through cmake/aarch64.cmake, then the
#                       tests labelled emulated through qemu-aarch64, on the
#                       NEON and the portable path.  Tests run two at a time
#                       with OpenMP's threads sleeping, not spinning, while
#                       they wait: an emulated test leaves a core idle in its
#                       one-thread half.
.PHONY: test-aarch64

build-aarch64/CMakeCache.txt:
	cmake -S . -B build-aarch64 --toolchain cmake/aarch64.cmake -DCMAKE_BUILD_TYPE=Release

test-aarch64: build-aarch64/CMakeCache.txt
	cmake --build build-aarch64 -j$(JOBS)
	cd build-aarch64 && OMP_WAIT_POLICY=passive \
		ctest --output-on-failure -L emulated --no-tests=error -j2 --timeout 900

# Debian's python3-matplotlib lives under /usr/bin/python3 (a pyenv python3 may come first on PATH).
PYTHON ?= $(shell test -x /usr/bin/python3 && echo /usr/bin/python3 || echo python3)
PLOT_CSV ?= docs/results.csv
REPORT_ARGS ?=

plots: all
	@mkdir -p docs/img
	test -f $(PLOT_CSV) || ./$(BUILD)/lmconv-bench --csv --compare onednn,openblas,xnnpack $(BENCH_ARGS) > $(PLOT_CSV)
	$(PYTHON) tools/plot.py --out docs/img --per-layer $(PLOT_CSV)

report: all
	$(PYTHON) tools/report.py --bench $(BUILD)/lmconv-bench --out docs $(REPORT_ARGS)

clean:
	rm -rf $(BUILD) build-asan build-tsan build-fuzz build-aarch64
