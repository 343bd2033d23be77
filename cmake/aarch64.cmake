# Cross-build for 64-bit ARM with Debian's cross compiler
# (apt-get install gcc-aarch64-linux-gnu libc6-dev-arm64-cross qemu-user):
#   cmake -S . -B build-aarch64 --toolchain cmake/aarch64.cmake
# Tests and the bench run through qemu-aarch64 with the cross libc
# (ctest in build-aarch64, or make test-aarch64).
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR aarch64)
set(LMC_CROSS_PREFIX aarch64-linux-gnu- CACHE STRING "Prefix of the cross tools")
set(CMAKE_C_COMPILER ${LMC_CROSS_PREFIX}gcc)
set(CMAKE_AR ${LMC_CROSS_PREFIX}ar CACHE FILEPATH "")
set(CMAKE_NM ${LMC_CROSS_PREFIX}nm CACHE FILEPATH "")
set(CMAKE_RANLIB ${LMC_CROSS_PREFIX}ranlib CACHE FILEPATH "")
set(LMC_CROSS_SYSROOT /usr/aarch64-linux-gnu CACHE PATH "The target's libc, for the emulator")
# Headers and libraries of the target only (the host's x86 libraries, e.g.
# the bench's comparison backends, are not found); programs from the host.
set(CMAKE_FIND_ROOT_PATH ${LMC_CROSS_SYSROOT})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
# ctest runs every test program through user-mode emulation.
find_program(LMC_QEMU_AARCH64 qemu-aarch64)
if(LMC_QEMU_AARCH64)
  set(CMAKE_CROSSCOMPILING_EMULATOR ${LMC_QEMU_AARCH64} -L ${LMC_CROSS_SYSROOT})
endif()
