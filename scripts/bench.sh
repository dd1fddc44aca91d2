#!/usr/bin/env bash
# Prints every performance figure in one run: boundary timing headless and in the window, CPU and
# peak RSS of the window (running and idle) under Xvfb, time from launch to the first frame, and
# the exported track's cue onset error. Needs a build (scripts/setup.sh) and Xvfb.
# Usage: scripts/bench.sh [path/to/nervefloss]
# BENCH_FULL=1 times the full default nerve-flossing session (8.5 min each for headless and
# window) instead of a 2 x 20-rep one (about 1.5 min each).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=$(readlink -f "${1:-build/nervefloss}")
[ -x "$BIN" ] || { echo "bench: no executable at $BIN (run scripts/setup.sh)" >&2; exit 2; }

if [ "${BENCH_FULL:-0}" = 1 ]; then
  dose=()
else
  dose=(--reps 20 --sets 2 --hold 1 --rest 3 --lead-in 2)
fi

WORK=$(mktemp -d)
XVFB_PID=
cleanup() {
  [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
export ALSOFT_DRIVERS=null XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/data"

echo "== nervefloss $("$BIN" --version | awk '{print $2}') on $(nproc) cores, $(date -u +%Y-%m-%d)"

echo "== boundary timing, headless"
python3 scripts/trace-timing.py --report-only --binary "$BIN" "${dose[@]}"

n=90; while [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ]; do n=$((n + 1)); done
Xvfb ":$n" -screen 0 1280x1024x24 -nolisten tcp >/dev/null 2>&1 &
XVFB_PID=$!
export DISPLAY=":$n"
for _ in $(seq 1 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done

echo "== boundary timing, window (Xvfb, llvmpipe)"
python3 scripts/trace-timing.py --report-only --binary "$BIN" --window --limit 5 "${dose[@]}"

kill "$XVFB_PID" 2>/dev/null || true
XVFB_PID=

echo "== window CPU, memory and first frame (own Xvfb; SESSION_SECONDS=${SESSION_SECONDS:-60}, IDLE_SECONDS=${IDLE_SECONDS:-30})"
bash scripts/bench-window.sh "$BIN"

echo "== exported track: cue onsets"
python3 scripts/export-onsets.py --binary "$BIN"
