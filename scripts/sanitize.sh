#!/usr/bin/env bash
# Builds everything with AddressSanitizer and UndefinedBehaviorSanitizer into build-asan/ and runs
# every test there, the GUI ones under a virtual X server as in scripts/test.sh. Any sanitizer
# report fails the test that made it, so ctest fails. Assumes scripts/setup.sh has run.
# Extra arguments go to CMake's configure step.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

# Line tables only (-g1): a report names every frame's function, file and line, and the build is
# quicker than with full debug information. A unity build (each target's sources compiled a few
# to a file) takes about half the time of one file at a time on 2 cores; the sources keep it
# possible: no two files of a target define the same name in their anonymous namespaces.
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG=-g1 \
  -DCMAKE_UNITY_BUILD=ON -DNERVEFLOSS_SANITIZE=address,undefined -DNERVEFLOSS_WERROR=ON \
  -DNERVEFLOSS_BUILD_TESTS=ON "$@" >/dev/null
cmake --build build-asan -j "$(nproc)"

# Leaks are checked, but only in our code: scripts/lsan.supp names the third-party libraries
# (Mesa, X11, fontconfig, OpenAL...) whose one-off allocations at exit are not ours to fix.
export ASAN_OPTIONS=halt_on_error=1:abort_on_error=0:detect_leaks=1:detect_stack_use_after_return=1:strict_string_checks=1:check_initialization_order=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export LSAN_OPTIONS=suppressions=$root/scripts/lsan.supp:print_suppressions=0
export ALSOFT_DRIVERS=null
xvfb-run -a -s "-screen 0 1280x1024x24" \
  ctest --test-dir build-asan --output-on-failure -j "$(nproc)" --timeout 600 -LE gl
# Tests labelled gl open an OpenGL context, which loads Mesa. Its allocations still alive at exit
# cannot be suppressed by name (the driver is unloaded by then and its frames are unsymbolized)
# and LeakSanitizer's tracer has crashed in it: there, memory errors and undefined behaviour are
# checked, leaks are not.
# The xdotool window smokes (label smoke) are left to scripts/test.sh's plain run: they wait on
# real time (about 3 minutes of it here), and every screen they drive is painted in-process under
# the sanitizers by the ink tests, which run here. CI's 25 minutes do not hold both.
ASAN_OPTIONS=${ASAN_OPTIONS/detect_leaks=1/detect_leaks=0} xvfb-run -a -s "-screen 0 1280x1024x24" \
  ctest --test-dir build-asan --output-on-failure -j "$(nproc)" --timeout 600 -L gl -LE smoke
