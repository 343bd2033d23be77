# Optional libraries that lmconv-bench runs side by side with lmconv
# (--compare).  Each is found or skipped with a message; the bench prints the
# same reason at run time (tools/compare_<lib>.c compile either way).
if(NOT LMC_COMPARE)
  message(STATUS "lmconv-bench: LMC_COMPARE=OFF: oneDNN, OpenBLAS and XNNPACK comparisons skipped")
  target_compile_definitions(lmconv-bench PRIVATE LMC_COMPARE_DISABLED=1)
  return()
endif()

# OpenBLAS (Debian libopenblas-openmp-dev, or any libopenblas-dev):
# cblas_sgemm for openblas-im2col and lmconv-bench gemm.  The OpenMP build is
# preferred where installed: it runs on libgomp's threads, as lmconv and
# oneDNN do.  The pthreads build has a pool of its own whose threads spin
# ~0.1 s after each call, and the libgomp threads spin ~10 ms after each of
# ours: on a 2-core machine each library then ran its 2-thread calls against
# the other's spinning threads (OpenBLAS's 1024^3 at 2 threads timed 16 ms in
# lmconv-bench gemm, 8.3 ms alone), or after an idle pause long enough for
# the vCPUs to drop to a slow state.  Linking the build's own directory makes
# CMake record it in the binaries' RPATH, so the same build is loaded.
find_path(LMC_CBLAS_INC cblas.h PATH_SUFFIXES openblas)
find_library(LMC_OPENBLAS_LIB NAMES openblas
             PATHS /usr/lib/${CMAKE_LIBRARY_ARCHITECTURE}/openblas-openmp NO_DEFAULT_PATH)
find_library(LMC_OPENBLAS_LIB NAMES openblas)
if(LMC_CBLAS_INC AND LMC_OPENBLAS_LIB)
  message(STATUS "lmconv-bench: OpenBLAS found: ${LMC_OPENBLAS_LIB}")
  target_compile_definitions(lmconv-bench PRIVATE LMC_HAVE_OPENBLAS=1)
  target_include_directories(lmconv-bench PRIVATE ${LMC_CBLAS_INC})
  target_link_libraries(lmconv-bench PRIVATE ${LMC_OPENBLAS_LIB})
else()
  message(STATUS "lmconv-bench: OpenBLAS not found (apt-get install libopenblas-openmp-dev); openblas comparison skipped")
endif()

# oneDNN (Debian libdnnl-dev, 2.x C API): onednn-auto/-direct/-winograd.
find_path(LMC_DNNL_INC oneapi/dnnl/dnnl.h)
find_library(LMC_DNNL_LIB NAMES dnnl)
if(LMC_DNNL_INC AND LMC_DNNL_LIB)
  message(STATUS "lmconv-bench: oneDNN found: ${LMC_DNNL_LIB}")
  target_compile_definitions(lmconv-bench PRIVATE LMC_HAVE_ONEDNN=1)
  target_include_directories(lmconv-bench PRIVATE ${LMC_DNNL_INC})
  target_link_libraries(lmconv-bench PRIVATE ${LMC_DNNL_LIB})
else()
  message(STATUS "lmconv-bench: oneDNN not found (apt-get install libdnnl-dev); onednn comparison skipped")
endif()

# XNNPACK (Debian libxnnpack-dev); its header includes pthreadpool.h
# (libpthreadpool-dev) and the operator API takes a pthreadpool_t.
find_path(LMC_XNNPACK_INC xnnpack.h)
find_path(LMC_PTHREADPOOL_INC pthreadpool.h)
find_library(LMC_XNNPACK_LIB NAMES XNNPACK xnnpack)
find_library(LMC_PTHREADPOOL_LIB NAMES pthreadpool)
if(LMC_XNNPACK_INC AND LMC_PTHREADPOOL_INC AND LMC_XNNPACK_LIB AND LMC_PTHREADPOOL_LIB)
  message(STATUS "lmconv-bench: XNNPACK found: ${LMC_XNNPACK_LIB}")
  target_compile_definitions(lmconv-bench PRIVATE LMC_HAVE_XNNPACK=1)
  target_include_directories(lmconv-bench PRIVATE ${LMC_XNNPACK_INC} ${LMC_PTHREADPOOL_INC})
  # libXNNPACK.so already depends on libcpuinfo and libpthreadpool at run time.
  target_link_libraries(lmconv-bench PRIVATE ${LMC_XNNPACK_LIB} ${LMC_PTHREADPOOL_LIB})
else()
  message(STATUS "lmconv-bench: XNNPACK not found (apt-get install libxnnpack-dev libpthreadpool-dev); xnnpack comparison skipped")
endif()
