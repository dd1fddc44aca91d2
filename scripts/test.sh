#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, and runs every test. CI runs this
# (through .ci/run) on a clean clone with no display and no sound card: the GUI tests get a
# virtual X server, and OpenAL a silent null device. Each stage prints how long it took (CI has
# 25 minutes on 2 cores).
set -euo pipefail
cd "$(dirname "$0")/.."

stage_start=$SECONDS
stage() { # NAME: the end of the stage before, and the start of this one
  echo "test.sh: $(( SECONDS - stage_start )) s; now: $1 (at $(( SECONDS / 60 )) min $(( SECONDS % 60 )) s)"
  stage_start=$SECONDS
}

stage "install and build"
bash scripts/setup.sh -DNERVEFLOSS_WERROR=ON -DNERVEFLOSS_BUILD_TESTS=ON

# The sources as clang-format has them (seconds; before the tests, so a style slip fails fast).
stage "format check"
bash scripts/format.sh --check

# Lint (clang-tidy without its static analyser, and cppcheck) runs in the background from here
# to the end, at the lowest priority: it takes the CPU that the tests waiting on real time leave
# idle, and its findings are printed (and fail the run) after the fuzzers.
stage "tests (lint in the background)"
nice -n 19 bash scripts/lint.sh --quick >build/lint.out 2>&1 &
lint_pid=$!
trap 'pkill -P "$lint_pid" 2>/dev/null; kill "$lint_pid" 2>/dev/null || true' EXIT
export ALSOFT_DRIVERS=null
xvfb-run -a -s "-screen 0 1280x1024x24" \
  ctest --test-dir build --output-on-failure -j "$(nproc)" --timeout 300

# The no-drift figures, on a shortened nerve-flossing session (the full one is in scripts/bench.sh).
# Printed, not asserted: a shared CI machine's scheduler is not ours (the unit tests assert the
# engine's planned instants exactly; this measures the real clock).
stage "timing figures"
python3 scripts/trace-timing.py --report-only --reps 12 --sets 2 --hold 1 --rest 3 --lead-in 2

# The same tests under ASan+UBSan, then each parser fuzzed (scripts/sanitize.sh, fuzz.sh).
stage "sanitizers"
bash scripts/sanitize.sh
stage "fuzzing"
FUZZ_RUNS=300000 bash scripts/fuzz.sh
stage "lint (what is left of it)"
if ! wait "$lint_pid"; then
  cat build/lint.out
  exit 1
fi
trap - EXIT
tail -n 1 build/lint.out
stage "done"
