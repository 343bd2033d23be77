# Optional libraries that lmconv-bench runs side by side with lmconv
# (--compare).  Each is found or skipped with a message; the bench prints the
# same reason at run time.
if(NOT LMC_COMPARE)
  return()
endif()
find_path(LMC_CBLAS_INC cblas.h PATH_SUFFIXES openblas)
find_library(LMC_OPENBLAS_LIB NAMES openblas)
if(LMC_CBLAS_INC AND LMC_OPENBLAS_LIB)
  message(STATUS "lmconv-bench: OpenBLAS found: ${LMC_OPENBLAS_LIB}")
  target_compile_definitions(lmconv-bench PRIVATE LMC_HAVE_OPENBLAS=1)
  target_include_directories(lmconv-bench PRIVATE ${LMC_CBLAS_INC})
  target_link_libraries(lmconv-bench PRIVATE ${LMC_OPENBLAS_LIB})
else()
  message(STATUS "lmconv-bench: OpenBLAS not found (apt-get install libopenblas-dev); openblas comparison skipped")
endif()
