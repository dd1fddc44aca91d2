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

echo "== time from launch to the first frame (home screen, 5 launches)"
for i in 1 2 3 4 5; do
  launched=$(date +%s.%N)
  NERVEFLOSS_LOG=debug "$BIN" >"$WORK/first-$i.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 100); do grep -q "first frame" "$WORK/first-$i.log" && break; sleep 0.05; done
  kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
  shown=$(sed -nE 's/.*wall clock ([0-9.]+).*/\1/p' "$WORK/first-$i.log")
  [ -n "$shown" ] || { echo "bench: no first frame logged" >&2; cat "$WORK/first-$i.log" >&2; exit 1; }
  awk -v a="$launched" -v b="$shown" -v i="$i" 'BEGIN { printf "%.1f %d\n", (b - a) * 1000, i }'
done | sort -n >"$WORK/first.txt"
awk '{ v[NR] = $1 } END { printf "first frame      median %.1f ms, best %.1f ms, worst %.1f ms\n", v[3], v[1], v[5] }' \
  "$WORK/first.txt"
# Where the best launch's time went: the program's own steps (ms since its first static
# initialiser), and before them the loader mapping and relocating the shared libraries.
best=$(awk 'NR == 1 { print $2 }' "$WORK/first.txt")
awk -v total="$(awk 'NR == 1 { print $1 }' "$WORK/first.txt")" '
  /startup: / { sub(/.*startup: /, ""); steps = steps "  " $0 "\n" }
  /first frame shown/ { for (i = 1; i <= NF; i++) if ($i == "ms") ms = $(i - 1) }
  END { printf "  (best launch) before main, the loader and libraries: about %.0f ms\n%s  first frame at %s ms\n",
               total - ms, steps, ms }' "$WORK/first-$best.log"

kill "$XVFB_PID" 2>/dev/null || true
XVFB_PID=

echo "== window CPU and memory (own Xvfb; SESSION_SECONDS=${SESSION_SECONDS:-60}, IDLE_SECONDS=${IDLE_SECONDS:-30})"
bash scripts/bench-window.sh "$BIN"

echo "== exported track: cue onsets"
python3 scripts/export-onsets.py --binary "$BIN"
