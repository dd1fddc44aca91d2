#!/usr/bin/env bash
# clang-format (.clang-format) on every C++ file the repository tracks.
# Usage: scripts/format.sh          formats them in place
#        scripts/format.sh --check  changes nothing; lists each file that differs and fails
# Assumes scripts/setup.sh has run (clang-format is Debian's, version 14: another version may
# format a few constructs differently, so CI and the check use this one).
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files '*.cpp' '*.hpp' '*.h')
if [ "${1:-}" = --check ]; then
  # One file per clang-format, on every core: the name of each file that differs.
  mapfile -t bad < <(printf '%s\0' "${files[@]}" | xargs -0 -P "$(nproc)" -I{} \
    sh -c 'clang-format --dry-run --Werror "$1" >/dev/null 2>&1 || echo "$1"' sh {})
  if ((${#bad[@]})); then
    printf 'format: %s differs from clang-format (run scripts/format.sh)\n' "${bad[@]}" >&2
    exit 1
  fi
  echo "format: ${#files[@]} files as clang-format has them"
else
  clang-format -i "${files[@]}"
fi
