# `cmake --install <build> [--prefix <p>]`: the header, both libraries, a
# pkg-config file and a CMake package.  The test targets and the benchmark
# are not installed.
include(CMakePackageConfigHelpers)

set(LMC_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/lmconv)
set(LMC_PC_DIR ${CMAKE_INSTALL_LIBDIR}/pkgconfig)

install(FILES ${PROJECT_SOURCE_DIR}/include/lmconv.h DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(TARGETS lmconv lmconv_static EXPORT lmconvTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

# CMake package: find_package(lmconv) gives lmconv::lmconv (shared) and
# lmconv::lmconv_static.  The targets file locates the prefix from its own
# path, so an installed tree can be moved.
install(EXPORT lmconvTargets NAMESPACE lmconv:: FILE lmconvTargets.cmake
        DESTINATION ${LMC_CMAKE_DIR})
configure_package_config_file(${CMAKE_CURRENT_LIST_DIR}/lmconvConfig.cmake.in
                              ${PROJECT_BINARY_DIR}/lmconvConfig.cmake
                              INSTALL_DESTINATION ${LMC_CMAKE_DIR})
# 0.x minor releases change the API (0.2 changed lmc_query's arguments), so
# find_package(lmconv 0.2) accepts 0.2.x only.
write_basic_package_version_file(${PROJECT_BINARY_DIR}/lmconvConfigVersion.cmake
                                 COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/lmconvConfig.cmake ${PROJECT_BINARY_DIR}/lmconvConfigVersion.cmake
        DESTINATION ${LMC_CMAKE_DIR})

# pkg-config.  A static link needs OpenMP's runtime and libm after
# -llmconv (Libs.private): the runtime's own library names as FindOpenMP
# found them (gomp and pthread for GCC), not -fopenmp, whose meaning
# depends on the compiler doing the final link.
set(LMC_PC_LIBS_PRIVATE "")
if(LMC_WITH_OPENMP)
  foreach(lib ${OpenMP_C_LIB_NAMES})
    string(APPEND LMC_PC_LIBS_PRIVATE " -l${lib}")
  endforeach()
endif()
if(LMC_WITH_FFTW)
  string(APPEND LMC_PC_LIBS_PRIVATE " -lfftw3f")
endif()
string(APPEND LMC_PC_LIBS_PRIVATE " -lm")
string(STRIP "${LMC_PC_LIBS_PRIVATE}" LMC_PC_LIBS_PRIVATE)
foreach(dir LIBDIR INCLUDEDIR)
  if(IS_ABSOLUTE "${CMAKE_INSTALL_${dir}}")
    set(LMC_PC_${dir} "${CMAKE_INSTALL_${dir}}")
  else()
    set(LMC_PC_${dir} "\${prefix}/${CMAKE_INSTALL_${dir}}")
  endif()
endforeach()
# The prefix is the one given at install time (cmake --install --prefix),
# which configure time does not know: the file is filled in two steps, the
# prefix last, by the install script.  An absolute prefix (rather than one
# relative to ${pcfiledir}) keeps PKG_CONFIG_SYSROOT_DIR working when
# cross-compiling.
set(LMC_PC_PREFIX "@LMC_PC_PREFIX@")
configure_file(${CMAKE_CURRENT_LIST_DIR}/lmconv.pc.in ${PROJECT_BINARY_DIR}/lmconv.pc.in @ONLY)
install(CODE "set(LMC_PC_PREFIX \"\${CMAKE_INSTALL_PREFIX}\")
configure_file(\"${PROJECT_BINARY_DIR}/lmconv.pc.in\" \"${PROJECT_BINARY_DIR}/lmconv.pc\" @ONLY)")
install(FILES ${PROJECT_BINARY_DIR}/lmconv.pc DESTINATION ${LMC_PC_DIR})

# The Python package (python/lmconv) under <prefix>/${LMC_PYTHON_INSTALL_DIR},
# by default the lib/python3.X/{dist,site}-packages directory of LMC_PYTHON,
# which is on that Python's path for the prefix /usr/local (elsewhere:
# PYTHONPATH).  The install writes the library's installed directory into
# it (_installed.py), so `import lmconv` loads the library of the same tree.
# LMC_PYTHON, the package's Python, also runs its tests: /usr/bin/python3 by
# default, where Debian's python3-numpy, -torch and -torchvision are.
if(EXISTS /usr/bin/python3)
  set(LMC_PYTHON_DEFAULT /usr/bin/python3)
else()
  find_package(Python3 COMPONENTS Interpreter QUIET)
  set(LMC_PYTHON_DEFAULT "${Python3_EXECUTABLE}")
endif()
set(LMC_PYTHON "${LMC_PYTHON_DEFAULT}" CACHE FILEPATH
    "The Python of the Python package: where it installs, what runs its tests")
set(LMC_PYTHON_DIR_DEFAULT "")
if(LMC_PYTHON)
  execute_process(COMMAND ${LMC_PYTHON} -c
    "import sys; d = 'dist' if any(p.endswith('dist-packages') for p in sys.path) else 'site'; print('lib/python%d.%d/%s-packages' % (sys.version_info[0], sys.version_info[1], d))"
    OUTPUT_VARIABLE LMC_PYTHON_DIR_DEFAULT OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
endif()
if(NOT LMC_PYTHON_DIR_DEFAULT)
  set(LMC_PYTHON_DIR_DEFAULT lib/python3/site-packages)
endif()
set(LMC_PYTHON_INSTALL_DIR "${LMC_PYTHON_DIR_DEFAULT}" CACHE STRING
    "Where cmake --install puts the Python package, relative to the prefix")
install(DIRECTORY ${PROJECT_SOURCE_DIR}/python/lmconv DESTINATION ${LMC_PYTHON_INSTALL_DIR}
        FILES_MATCHING PATTERN "*.py" PATTERN "__pycache__" EXCLUDE)
set(LMC_LIBDIR_FOR_PYTHON "\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_LIBDIR}")
if(IS_ABSOLUTE "${CMAKE_INSTALL_LIBDIR}")
  set(LMC_LIBDIR_FOR_PYTHON "${CMAKE_INSTALL_LIBDIR}")
endif()
install(CODE "file(WRITE \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${LMC_PYTHON_INSTALL_DIR}/lmconv/_installed.py\"
  \"# Written by cmake --install: the directory of the installed liblmconv.\\nLIBDIR = '${LMC_LIBDIR_FOR_PYTHON}'\\n\")")
