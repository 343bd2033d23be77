# test_install: installs the build into a fresh prefix, then builds and runs
# consumer.c against it (a) with pkg-config, shared and static, and (b) with
# a separate CMake project doing find_package(lmconv), and, given
# SOURCE_DIR, (c) a project that builds lmconv itself with add_subdirectory.
# Run by ctest as
#   cmake -DBUILD_DIR= -DWORK_DIR= -DC_COMPILER= -DGENERATOR= -DMAKE_PROGRAM=
#         -DCONFIG= -DEXTRA_FLAGS= [-DSOURCE_DIR=] [-DPYTHON= -DPYTHON_DIR=]
#         -P test_install.cmake
# and, given PYTHON and PYTHON_DIR (the package's directory under the
# prefix), (d) Python importing the installed package.
# EXTRA_FLAGS are the sanitizer flags of a sanitizer build, which the
# consumers need to link its instrumented libraries.
cmake_minimum_required(VERSION 3.16)
foreach(v BUILD_DIR WORK_DIR C_COMPILER GENERATOR MAKE_PROGRAM)
  if(NOT DEFINED ${v})
    message(FATAL_ERROR "test_install.cmake: -D${v}= is required")
  endif()
endforeach()
set(SRC ${CMAKE_CURRENT_LIST_DIR})
set(PREFIX ${WORK_DIR}/prefix)
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
set(EXTRA_FLAGS_STRING "${EXTRA_FLAGS}")
separate_arguments(EXTRA_FLAGS UNIX_COMMAND "${EXTRA_FLAGS}")

# Runs a command, printing it and its output; a failure fails the test.
function(run)
  string(REPLACE ";" " " cmd "${ARGN}")
  message("$ ${cmd}")
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
  string(STRIP "${out}" out)
  if(NOT out STREQUAL "")
    message("${out}")
  endif()
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "test_install: failed (${rc})")
  endif()
endfunction()
# Runs a command and returns its standard output, stripped, in ${var}.
function(capture var)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out
                  ERROR_VARIABLE err OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "test_install: ${ARGN} failed (${rc}): ${err}")
  endif()
  set(${var} "${out}" PARENT_SCOPE)
endfunction()

set(config_args "")
if(CONFIG)
  set(config_args --config ${CONFIG})
endif()
run(${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${PREFIX} ${config_args})

# The tree holds what the package promises.
file(GLOB_RECURSE pc_files ${PREFIX}/*/lmconv.pc)
file(GLOB_RECURSE config_files ${PREFIX}/*/lmconvConfig.cmake)
file(GLOB_RECURSE so_files ${PREFIX}/*/liblmconv.so.1)
if(NOT EXISTS ${PREFIX}/include/lmconv.h OR NOT pc_files OR NOT config_files OR NOT so_files)
  message(FATAL_ERROR "test_install: the prefix lacks lmconv.h, lmconv.pc, lmconvConfig.cmake "
                      "or liblmconv.so.1")
endif()

# (a) pkg-config, against the shared library (found at run time through the
# rpath to the installed libdir) and the static one (-l:liblmconv.a, with
# Libs.private; it must then run with no lmconv shared library at all).
find_program(PKG_CONFIG NAMES pkg-config pkgconf)
if(NOT PKG_CONFIG)
  message("test_install: pkg-config not found (apt-get install pkg-config): "
          "the pkg-config consumer is skipped")
else()
  list(GET pc_files 0 pc_file)
  get_filename_component(pc_dir ${pc_file} DIRECTORY)
  set(ENV{PKG_CONFIG_PATH} ${pc_dir})
  capture(version ${PKG_CONFIG} --modversion lmconv)
  capture(cflags ${PKG_CONFIG} --cflags lmconv)
  capture(libs ${PKG_CONFIG} --libs lmconv)
  capture(static_libs ${PKG_CONFIG} --static --libs lmconv)
  capture(libdir ${PKG_CONFIG} --variable=libdir lmconv)
  message("pkg-config lmconv: --modversion ${version}\n  --cflags ${cflags}\n  --libs ${libs}\n"
          "  --static --libs ${static_libs}")
  separate_arguments(cflags UNIX_COMMAND "${cflags}")
  separate_arguments(libs UNIX_COMMAND "${libs}")
  string(REPLACE "-llmconv" "-l:liblmconv.a" static_libs "${static_libs}")
  separate_arguments(static_libs UNIX_COMMAND "${static_libs}")
  run(${C_COMPILER} ${EXTRA_FLAGS} ${SRC}/consumer.c ${cflags} ${libs} -Wl,-rpath,${libdir}
      -o ${WORK_DIR}/consumer_pc)
  run(${WORK_DIR}/consumer_pc)
  run(${C_COMPILER} ${EXTRA_FLAGS} ${SRC}/consumer.c ${cflags} ${static_libs}
      -o ${WORK_DIR}/consumer_pc_static)
  run(${WORK_DIR}/consumer_pc_static)
endif()

# (b) find_package(lmconv) from a separate CMake project.
run(${CMAKE_COMMAND} -S ${SRC} -B ${WORK_DIR}/consumer-build -G ${GENERATOR}
    -DCMAKE_MAKE_PROGRAM=${MAKE_PROGRAM}
    -DCMAKE_PREFIX_PATH=${PREFIX} -DCMAKE_C_COMPILER=${C_COMPILER}
    "-DCMAKE_C_FLAGS=${EXTRA_FLAGS_STRING}" -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF)
run(${CMAKE_COMMAND} --build ${WORK_DIR}/consumer-build ${config_args})
foreach(exe consumer consumer_static)
  run(${WORK_DIR}/consumer-build/${exe})
endforeach()

# (c) add_subdirectory(lmconv): only the libraries are configured and built.
if(SOURCE_DIR)
  run(${CMAKE_COMMAND} -S ${SRC}/subdir -B ${WORK_DIR}/subdir-build -G ${GENERATOR}
      -DCMAKE_MAKE_PROGRAM=${MAKE_PROGRAM} -DCMAKE_C_COMPILER=${C_COMPILER}
      -DCMAKE_BUILD_TYPE=Release -DLMCONV_SOURCE_DIR=${SOURCE_DIR})
  cmake_host_system_information(RESULT ncores QUERY NUMBER_OF_LOGICAL_CORES)
  run(${CMAKE_COMMAND} --build ${WORK_DIR}/subdir-build --target consumer --parallel ${ncores}
      ${config_args})
  run(${WORK_DIR}/subdir-build/consumer)
endif()

# (d) `import lmconv` from the installed tree, with no LMCONV_LIB and from
# outside the source tree: it must load the library installed beside it.
if(PYTHON AND PYTHON_DIR)
  execute_process(COMMAND ${PYTHON} -c "import numpy" RESULT_VARIABLE rc OUTPUT_QUIET ERROR_QUIET)
  if(NOT rc EQUAL 0)
    message("test_install: ${PYTHON} cannot import numpy (apt-get install python3-numpy): "
            "the Python consumer is skipped")
  else()
    run(${CMAKE_COMMAND} -E chdir ${WORK_DIR} ${CMAKE_COMMAND} -E env --unset=LMCONV_LIB
        PYTHONPATH=${PREFIX}/${PYTHON_DIR} ${PYTHON} ${SRC}/consumer.py ${PREFIX})
  endif()
endif()
message("test_install: ok")
