# The two user commands (see README.md):
#   make bench   Release build into build/, then the benchmark on VGG-16
#   make test    Release build, then every test through ctest
# and the sanitizer run CI adds:
#   make test-asan   build-asan/ with AddressSanitizer + UBSan, every test
BUILD ?= build
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
BENCH_ARGS ?=

.PHONY: all bench test test-asan clean

all: $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j$(JOBS)

$(BUILD)/CMakeCache.txt:
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release

bench: all
	./$(BUILD)/lmconv-bench $(BENCH_ARGS)

test: all
	cd $(BUILD) && ctest --output-on-failure -j$(JOBS)

build-asan/CMakeCache.txt:
	cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLMC_SANITIZE=ON

test-asan: build-asan/CMakeCache.txt
	cmake --build build-asan -j$(JOBS)
	cd build-asan && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
		ctest --output-on-failure -j$(JOBS) --timeout 1200

clean:
	rm -rf $(BUILD) build-asan
