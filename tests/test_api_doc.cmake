# test_api_doc: every function, type, enumerator and macro that
# include/lmconv.h declares (a name starting lmc_, LMC_ or LMCONV_ outside
# comments) appears as a word in docs/API.md, so the reference cannot
# silently miss an addition.  Run as
#   cmake -DHEADER=include/lmconv.h -DDOC=docs/API.md -P test_api_doc.cmake
cmake_minimum_required(VERSION 3.16)
file(READ ${HEADER} header)
file(READ ${DOC} doc)
# Comments mention names that are not declarations (0.1's removed ones).
string(REGEX REPLACE "/\\*([^*]|\\*+[^*/])*\\*+/" " " code "${header}")
string(REGEX REPLACE "//[^\n]*" " " code "${code}")
string(REGEX MATCHALL "[A-Za-z_][A-Za-z0-9_]*" words "${code}")
set(names "")
foreach(w ${words})
  if(w MATCHES "^(lmc_|LMC_|LMCONV_)" AND NOT w STREQUAL "LMCONV_H")
    list(APPEND names ${w})
  endif()
endforeach()
list(REMOVE_DUPLICATES names)
list(LENGTH names count)
if(count LESS 40)
  message(FATAL_ERROR "test_api_doc: only ${count} names found in ${HEADER}: the parse is broken")
endif()
set(missing "")
foreach(name ${names})
  if(NOT " ${doc} " MATCHES "[^A-Za-z0-9_]${name}[^A-Za-z0-9_]")
    list(APPEND missing ${name})
  endif()
endforeach()
if(missing)
  string(REPLACE ";" ", " missing "${missing}")
  message(FATAL_ERROR "test_api_doc: declared in ${HEADER} but not in ${DOC}: ${missing}")
endif()
message("test_api_doc: all ${count} public names of ${HEADER} are in ${DOC}")
