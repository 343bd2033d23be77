# test_tune: `lmconv-bench tune` on two small layers writes a wisdom file
# (variants and the cost model's calibration) that lmconv reads back
# (test_wisdom covers what plans do with it).  Run as
#   cmake -DBENCH=lmconv-bench -DWORK_DIR= [-DEMULATOR="qemu-aarch64 -L ..."] -P test_tune.cmake
cmake_minimum_required(VERSION 3.16)
separate_arguments(EMULATOR UNIX_COMMAND "${EMULATOR}")
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
file(WRITE ${WORK_DIR}/layers.csv "name,C,H,W,M,KH,KW,stride,pad\nsmall3x3,16,12,12,32,3,3,1,1\nsmall1x1,32,8,8,16,1,1,1,0\n")
set(out ${WORK_DIR}/wisdom.txt)
foreach(round 1 2)
  execute_process(COMMAND ${EMULATOR} ${BENCH} tune --layers ${WORK_DIR}/layers.csv --threads 1 --reps 1
                          --seconds 30 --out ${out}
                  RESULT_VARIABLE rc OUTPUT_VARIABLE log ERROR_VARIABLE err)
  message("${log}${err}")
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "test_tune: lmconv-bench tune failed (${rc})")
  endif()
  file(STRINGS ${out} lines)
  list(LENGTH lines n)
  list(GET lines 0 header)
  # Round 2 merges into round 1's file: the same problems, not twice as many.
  if(round EQUAL 1)
    set(n1 ${n})
  elseif(NOT n EQUAL n1)
    message(FATAL_ERROR "test_tune: the second run grew the file from ${n1} to ${n} lines")
  endif()
endforeach()
if(NOT header STREQUAL "lmconv-wisdom 2" OR n LESS 4)
  message(FATAL_ERROR "test_tune: ${out} is not wisdom with entries:\n${lines}")
endif()
# The calibration: an efficiency for direct's NCHW choice and for im2col in both layouts.
string(REGEX MATCHALL "eff (direct:[0-9x]+|im2col) (spatial|pointwise) (nchw|nhwc) t1 [0-9.e+-]+" effs "${lines}")
list(LENGTH effs ne)
if(ne LESS 3)
  message(FATAL_ERROR "test_tune: want the calibration's eff lines, got ${ne}:\n${lines}")
endif()
string(REGEX MATCHALL "direct:[0-9x]+ n1c16h12w12m32k3x3s1x1p1.1.1.1d1x1g1 (nchw|nhwc) t1 [0-9.e-]+" direct "${lines}")
list(LENGTH direct nd)
if(NOT nd EQUAL 2)
  message(FATAL_ERROR "test_tune: want direct's entries for small3x3 in NCHW and NHWC, got ${nd}:\n${lines}")
endif()
message("test_tune: ${n} lines of wisdom")
