#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/) with clang into build-fuzz/ and runs each for a bounded
# time: FUZZ_SECONDS each (default 30). Fails when a fuzzer finds a crash, a sanitizer report or
# a broken parser promise; the input that did it is kept in build-fuzz/artifacts/<target>/ and is
# printed here, to become a test in tests/core/FuzzRegressionTest.cpp. Assumes scripts/setup.sh
# has run. Usage: scripts/fuzz.sh [routine|settings]...
# FUZZ_RUNS=N (with FUZZ_SEED, default 1) runs N inputs from a fixed seed and an empty working
# corpus instead: the same run every time, so CI says the same as the run before a push.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-30}
targets=("$@")
((${#targets[@]})) || targets=(routine settings)

CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DNERVEFLOSS_FUZZ=ON -DNERVEFLOSS_BUILD_TESTS=OFF >/dev/null
cmake --build build-fuzz -j "$(nproc)" --target "${targets[@]/#/fuzz_}"

status=0
for t in "${targets[@]}"; do
  corpus=build-fuzz/corpus/$t            # grows across local runs; seeds are read-only
  bound=(-max_total_time="$seconds")
  if [ -n "${FUZZ_RUNS:-}" ]; then
    rm -rf "$corpus"
    bound=(-runs="$FUZZ_RUNS" -seed="${FUZZ_SEED:-1}")
  fi
  artifacts=build-fuzz/artifacts/$t/
  mkdir -p "$corpus" "$artifacts"
  seeds=(fuzz/corpus/"$t")
  [ "$t" = routine ] && seeds+=(assets/routines)
  log=build-fuzz/fuzz_$t.log
  echo "fuzz: $t: ${bound[*]}"
  if ! UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 ASAN_OPTIONS=detect_leaks=1 \
      build-fuzz/fuzz/fuzz_"$t" "$corpus" "${seeds[@]}" -dict=fuzz/toml.dict "${bound[@]}" \
      -max_len=4096 -timeout=10 -rss_limit_mb=2048 -artifact_prefix="$artifacts" \
      -print_final_stats=1 >"$log" 2>&1; then
    status=1
    echo "fuzz: $t FAILED; the end of $log:" >&2
    tail -n 40 "$log" >&2
    ls -1 "$artifacts" | sed "s|^|fuzz: input kept: $artifacts|" >&2
    continue
  fi
  # The last status line (coverage, corpus) and the speed.
  grep -E '^#[0-9]+' "$log" | tail -n 1 | sed "s/^/fuzz: $t: /"
  grep -E '^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)' "$log" | sed "s/^/fuzz: $t: /"
done
exit $status
