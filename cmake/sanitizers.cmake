# The libFuzzer and ThreadSanitizer builds.  Included by the top-level
# CMakeLists.txt before any target, so the flags reach every object.
option(LMC_FUZZ "Build the libFuzzer targets of tests/fuzz (clang; ASan + UBSan)" OFF)
option(LMC_TSAN "Build with ThreadSanitizer (and without OpenMP)" OFF)

if(LMC_FUZZ)
  if(NOT CMAKE_C_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "LMC_FUZZ needs clang (-DCMAKE_C_COMPILER=clang): libFuzzer is part of LLVM")
  endif()
  if(LMC_SANITIZE OR LMC_TSAN)
    message(FATAL_ERROR "LMC_FUZZ brings its own sanitizers: leave LMC_SANITIZE and LMC_TSAN off")
  endif()
  # Without OpenMP (for this build only: the cached option is left as it
  # is): an input then runs the same way every time, as libFuzzer's
  # coverage feedback assumes.  A thread count above 1 still sizes and
  # splits the work per thread; the splits run one after another.
  set(LMC_OPENMP OFF)
  # Coverage feedback in every object; only the fuzz targets link libFuzzer's main.
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all
                      -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined)
endif()

if(LMC_TSAN)
  if(LMC_SANITIZE)
    message(FATAL_ERROR "ThreadSanitizer and AddressSanitizer cannot be combined")
  endif()
  # GNU libgomp is not built with ThreadSanitizer: the synchronisation of its
  # barriers and thread pool is invisible to TSan, which would then report
  # every parallel region.  Without OpenMP each execute runs on its caller's
  # thread, and what TSan checks is the library's own synchronisation
  # (pthread_once, atomics, static state) under the application's threads.
  set(LMC_OPENMP OFF)
  add_compile_options(-fsanitize=thread -fno-omit-frame-pointer)
  add_link_options(-fsanitize=thread)
endif()
