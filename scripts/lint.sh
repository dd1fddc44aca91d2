#!/usr/bin/env bash
# clang-tidy (.clang-tidy) and cppcheck (.cppcheck) on the sources under src/, using the compile
# commands of a build configured into build-lint/ (nothing is compiled). Prints every finding and
# fails if there is one. Assumes scripts/setup.sh has run.
# Usage: scripts/lint.sh [--quick] [REGEX]
#   REGEX    only the files whose path matches REGEX (default: /src/)
#   --quick  without clang-tidy's static analyser (clang-analyzer-*), which is about 40 % of its
#            time; scripts/test.sh runs this in CI, in the background of the tests. Run the
#            full lint before a push.
set -euo pipefail
cd "$(dirname "$0")/.."
extra=()
if [ "${1:-}" = --quick ]; then
  extra=('-checks=-clang-analyzer-*')
  shift
fi
filter=${1:-/src/}

cmake -S . -B build-lint -G Ninja -DNERVEFLOSS_BUILD_TESTS=OFF -DCMAKE_EXPORT_COMPILE_COMMANDS=ON >/dev/null

status=0
echo "lint: clang-tidy"
run-clang-tidy -quiet -p build-lint -j "$(nproc)" "${extra[@]}" "$filter" >build-lint/clang-tidy.log 2>&1 || true
# Each finding once (a header's finding is reported for every file that includes it), without
# colours and with a/b/../c paths made plain.
sed 's/\x1b\[[0-9;]*m//g' build-lint/clang-tidy.log | grep -E '^/.*: (warning|error): ' |
  python3 -c 'import os,sys
for l in sys.stdin: p,_,r=l.partition(":"); print(os.path.normpath(p)+":"+r, end="")' |
  sort -u >build-lint/clang-tidy.findings || true
if [ -s build-lint/clang-tidy.findings ]; then
  status=1
  cat build-lint/clang-tidy.findings
  echo "lint: clang-tidy: $(wc -l <build-lint/clang-tidy.findings) findings (details: build-lint/clang-tidy.log)"
fi

echo "lint: cppcheck"
mapfile -t options < <(grep -v -e '^#' -e '^$' .cppcheck)
# cppcheck's --file-filter is a glob; the same REGEX as clang-tidy picks the files instead.
python3 - "$filter" <<'PY'
import json, re, sys
commands = json.load(open("build-lint/compile_commands.json"))
json.dump([c for c in commands if re.search(sys.argv[1], c["file"])],
          open("build-lint/cppcheck_commands.json", "w"))
PY
mkdir -p build-lint/cppcheck
if ! cppcheck "${options[@]}" --project=build-lint/cppcheck_commands.json \
    --cppcheck-build-dir=build-lint/cppcheck \
    --template='{file}:{line}:{column}: {severity}: {message} [{id}]' 2>build-lint/cppcheck.log; then
  status=1
fi
if [ -s build-lint/cppcheck.log ]; then
  status=1
  cat build-lint/cppcheck.log
fi
((status == 0)) && echo "lint: clean"
exit $status
