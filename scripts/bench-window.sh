#!/bin/bash
# Benchmark of the window under Xvfb (software rendering): CPU % of one core for the app and the
# X server together, and the app's peak RSS, over a running session and over the idle home
# screen; how long the first picture took from the launch (home, 5 launches: from just before the
# launch to the wall clock the app logs with its first frame, so the loader counts too), and where
# the median launch's time went;
# and how late each session boundary was handled (from the trace). Targets (issue 14): session
# at most 1.5 %, idle home at most 0.3 %, peak RSS at most 110 MiB, first frame at most 300 ms,
# boundaries within 5 ms.
# Usage: scripts/bench-window.sh [path/to/nervefloss]   (default: build/nervefloss)
# Environment: SESSION_SECONDS (default 60), IDLE_SECONDS (default 30).
set -eu
BIN=$(readlink -f "${1:-build/nervefloss}")
SESSION_SECONDS=${SESSION_SECONDS:-60}
IDLE_SECONDS=${IDLE_SECONDS:-30}
for tool in Xvfb xdotool; do command -v $tool >/dev/null || { echo "bench: needs $tool" >&2; exit 2; }; done

WORK=$(mktemp -d)
XVFB_PID= APP_PID=
cleanup() {
    [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
    [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT
export XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/data" ALSOFT_DRIVERS=null

# Our own X server on a free display number.
n=90; while [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ]; do n=$((n + 1)); done
Xvfb ":$n" -screen 0 1280x1024x24 -nolisten tcp >/dev/null 2>&1 &
XVFB_PID=$!
export DISPLAY=":$n"
for _ in $(seq 1 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done 2>/dev/null || sleep 2

HZ=$(getconf CLK_TCK)
ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
now() { date +%s.%N; }

# measure NAME SECONDS: CPU of app + Xvfb over SECONDS, after a 3 s settling time.
measure() {
    sleep 3
    local a0 x0 t0 a1 x1 t1
    a0=$(ticks "$APP_PID"); x0=$(ticks "$XVFB_PID"); t0=$(now)
    sleep "$2"
    a1=$(ticks "$APP_PID"); x1=$(ticks "$XVFB_PID"); t1=$(now)
    local rss; rss=$(awk '/VmHWM/ { print $2 }' "/proc/$APP_PID/status")
    awk -v n="$1" -v a=$((a1 - a0)) -v x=$((x1 - x0)) -v t0="$t0" -v t1="$t1" -v hz="$HZ" -v rss="$rss" 'BEGIN {
        s = t1 - t0
        printf "%-16s CPU %.2f %% of one core (app %.2f %% + Xvfb %.2f %%) over %.0f s; peak RSS %.1f MiB\n",
               n, 100 * (a + x) / hz / s, 100 * a / hz / s, 100 * x / hz / s, s, rss / 1024 }'
}

# rss_parts: where the app's resident memory is now, from /proc/PID/smaps, in MiB.
rss_parts() {
    awk '
        /^[0-9a-f]+-[0-9a-f]+ / { name = NF >= 6 ? $6 : "[anon]" }
        /^Rss:/ {
            kb = $2; all += kb
            if (name ~ /libLLVM|swrast_dri/) mesa += kb
            else if (name ~ /libopenal/) al += kb
            else if (name == "[heap]") heap += kb
            else if (name == "[anon]" || name ~ /^\[/) anon += kb
            else if (name ~ /SYSV/) shm += kb
            else files += kb
        }
        END {
            printf "RSS now          %.1f MiB: Mesa llvmpipe code (libLLVM, swrast_dri) %.1f, heap (malloc: glyph pages, llvmpipe state, speech) %.1f, other anonymous (OpenAL Soft context, frame buffers, stacks) %.1f, X shared image %.1f, program and other libraries %.1f\n",
                   all / 1024, mesa / 1024, heap / 1024, anon / 1024, shm / 1024, (files + al) / 1024 }' "/proc/$1/smaps"
}

start() {
    "$BIN" "$@" >"$WORK/app.log" 2>&1 &
    APP_PID=$!
    timeout 20 xdotool search --sync --name '^nervefloss' >/dev/null
}
stop() {
    kill "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=
}

echo "nervefloss window benchmark: Xvfb 1280x1024, llvmpipe, default window size, $(nproc) cores"
# The session itself, not the first start's questions nor the lead-in: the notice read and the
# leg chosen, sound as by default (voice), and Space to start at once, so the measure covers the
# postures (3 s + 3 s) and what moves in them.
mkdir -p "$XDG_CONFIG_HOME/nervefloss"
printf '[app]\nsafety_acknowledged = true\naffected_leg = "right"\n' >"$XDG_CONFIG_HOME/nervefloss/settings.toml"
start run nerve-floss --trace "$WORK/trace.jsonl"
sleep 1
xdotool search --name '^nervefloss' key space
measure "session running" "$SESSION_SECONDS"
rss_parts "$APP_PID"
stop
start
measure "home, idle" "$IDLE_SECONDS"
stop

# First frames: home launched 5 times, each timed from just before its launch ($EPOCHREALTIME, no
# process of its own) to the wall clock the app logs as the frame is shown. Its log is read as it
# comes through a pipe, so nothing polls (and takes a core) while it starts.
mkfifo "$WORK/first.fifo"
for i in 1 2 3 4 5; do
    : >"$WORK/first-$i.log"
    t0=$EPOCHREALTIME
    NERVEFLOSS_LOG=debug "$BIN" >"$WORK/first.fifo" 2>&1 &
    APP_PID=$!
    exec 3<"$WORK/first.fifo"
    while IFS= read -r -t 10 line <&3; do
        printf '%s\n' "$line" >>"$WORK/first-$i.log"
        [[ $line == *"first frame shown"* ]] && break
    done
    exec 3<&-
    stop
    sed -nE 's/.*first frame shown ([0-9.]+) ms after start \(wall clock ([0-9.]+)\).*/\2 \1/p' \
        "$WORK/first-$i.log" | awk -v t0="$t0" -v i="$i" '{ printf "%.1f %.1f %d\n", ($1 - t0) * 1000, $2, i }'
    sleep 0.5
done | sort -n >"$WORK/first.txt"
awk '{ w[NR] = $1 } END {
    if (NR < 5) { print "first frame      logged by " NR " of 5 launches"; exit }
    printf "first frame      median %.0f ms from launch, best %.0f ms, worst %.0f ms (home, 5 launches)\n", w[3], w[1], w[5] }' \
    "$WORK/first.txt"
# Where the median launch's time went: before main (the loader mapping and relocating the shared
# libraries), then the app's own steps, in ms since its first static initialiser.
read -r total own median <<<"$(sed -n 3p "$WORK/first.txt")"
if [ -n "${median:-}" ]; then
    printf '  before main (the loader and the libraries): %.0f ms\n' "$(echo "$total - $own" | bc)"
    sed -nE 's/.*startup: (.*)/  \1/p' "$WORK/first-$median.log"
    echo "  first frame shown at $own ms"
fi

grep -E '"event":"(step_start|countdown)"' "$WORK/trace.jsonl" |
    sed -E 's/^\{"t":([0-9.]+),"planned":([0-9.]+).*/\1 \2/' |
    awk '{ d = ($1 - $2) * 1000; if (d < 0) d = -d; printf "%.4f\n", d }' | sort -n |
    awk '{ v[NR] = $1; sum += $1 } END {
        printf "boundaries       %d handled; lateness median %.3f ms, mean %.3f ms, max %.3f ms\n",
               NR, v[int((NR + 1) / 2)], sum / NR, v[NR] }'
