# Sanitizers and fuzzing instrumentation for every target. Included from the top CMakeLists.txt
# before any target is made, because add_compile_options/add_link_options only reach targets
# created after them.
#
#   -DNERVEFLOSS_SANITIZE=address,undefined   what scripts/sanitize.sh builds (build-asan/)
#   -DNERVEFLOSS_FUZZ=ON                      libFuzzer targets in fuzz/ (clang only; implies
#                                             address,undefined unless NERVEFLOSS_SANITIZE is set)

set(NERVEFLOSS_SANITIZE "" CACHE STRING
    "Comma-separated -fsanitize= list for every target, e.g. address,undefined (empty: none)")
option(NERVEFLOSS_FUZZ "Build the libFuzzer targets in fuzz/ (needs clang)" OFF)

if(NERVEFLOSS_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "NERVEFLOSS_FUZZ needs clang (libFuzzer): configure with CXX=clang++")
    endif()
    if(NERVEFLOSS_SANITIZE STREQUAL "")
        set(NERVEFLOSS_SANITIZE "address,undefined" CACHE STRING "" FORCE)
    endif()
    # Coverage instrumentation everywhere; only the fuzz executables link libFuzzer's main.
    add_compile_options(-fsanitize=fuzzer-no-link)
endif()

if(NOT NERVEFLOSS_SANITIZE STREQUAL "")
    message(STATUS "nervefloss: building with -fsanitize=${NERVEFLOSS_SANITIZE}")
    # -fno-sanitize-recover: undefined behaviour stops the test that hit it instead of printing
    # a line that a passing test would hide.
    add_compile_options(-fsanitize=${NERVEFLOSS_SANITIZE} -fno-sanitize-recover=all
                        -fno-omit-frame-pointer)
    add_link_options(-fsanitize=${NERVEFLOSS_SANITIZE} -fno-sanitize-recover=all)
endif()
