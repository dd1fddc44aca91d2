#!/bin/bash
# GUI smoke test: the real window under Xvfb, driven with xdotool, checked through its trace and
# its pixels. Usage: gui-smoke.sh path/to/nervefloss
# Starts its own X server with xvfb-run (CI has no display); exits 77 (skipped) when xvfb-run,
# xdotool or ImageMagick is missing.
set -u
. "$(dirname "$0")/smoke-lib.sh" xdotool import convert -- "$@"

# The colour of one pixel of a picture as "r,g,b".
pixel() { convert "$1" -format "%[fx:int(255*p{$2,$3}.r)],%[fx:int(255*p{$2,$3}.g)],%[fx:int(255*p{$2,$3}.b)]" info:; }
expect_pixel() { # picture x y "r,g,b" what
    local got; got=$(pixel "$1" "$2" "$3")
    [ "$got" = "$4" ] && ok "$5 ($got)" || fail "$5: pixel ($2,$3) is $got, expected $4"
}

BLUE="21,87,204" AMBER="255,184,0" REST="48,60,72" LEADIN="36,56,64" HOME_BG="24,28,34"
DOSE="--reps 3 --sets 2 --hold 2 --rest 3 --lead-in 2"

# 1. Rendered frames: each posture's colour fills the background; rest is the calm neutral.
"$BIN" render nerve-floss $DOSE --at 0.5 "$WORK/lead.png" || fail "render lead-in"
"$BIN" render nerve-floss $DOSE --at 2.5 "$WORK/a.png" || fail "render posture A"
"$BIN" render nerve-floss $DOSE --at 4.5 "$WORK/b.png" || fail "render posture B"
"$BIN" render nerve-floss $DOSE --at 15 "$WORK/rest.png" || fail "render rest"
"$BIN" render nerve-floss $DOSE --at 2.5 --size 640x480 "$WORK/a-small.png" || fail "render 640x480"
"$BIN" render nerve-floss $DOSE --at 4.5 --size 1920x1080 "$WORK/b-big.png" || fail "render 1920x1080"
expect_pixel "$WORK/lead.png" 4 400 "$LEADIN" "lead-in background"
expect_pixel "$WORK/a.png" 4 400 "$BLUE" "posture A background (left edge)"
expect_pixel "$WORK/a.png" 1275 400 "$BLUE" "posture A background (right edge)"
expect_pixel "$WORK/b.png" 4 400 "$AMBER" "posture B background"
expect_pixel "$WORK/rest.png" 4 400 "$REST" "rest background"
expect_pixel "$WORK/a-small.png" 4 240 "$BLUE" "posture A at 640x480"
expect_pixel "$WORK/b-big.png" 4 540 "$AMBER" "posture B at 1920x1080"
# The seconds: the digit's ink, right of the figure and above the hold bar, is at least a third
# of the window's height (800 / 3 = 267 rows).
rows=$(convert "$WORK/a.png" -crop 640x340+640+150 +repage -fill black +opaque "rgb(248,249,251)" \
       -trim -format "%h" info:)
[ "${rows:-0}" -ge 267 ] && ok "seconds are $rows px tall in an 800 px window" || fail "seconds only ${rows:-0} px tall"
cmp -s "$WORK/a.png" "$WORK/b.png" && fail "posture A and B frames are identical"
"$BIN" render nerve-floss --at 3 --size 12x12 "$WORK/x.png" 2>/dev/null; [ $? -eq 2 ] && ok "bad --size exits 2" || fail "bad --size"

# 2. No display: one line, status 2, never an abort.
out=$(env -u DISPLAY "$BIN" run nerve-floss 2>&1); rc=$?
[ $rc -eq 2 ] && [ "$(printf '%s\n' "$out" | wc -l)" -eq 1 ] && printf '%s' "$out" | grep -q -- --headless \
    && ok "no display: $out" || fail "no display: status $rc, output: $out"
out=$(env -u DISPLAY "$BIN" render nerve-floss --at 1 "$WORK/n.png" 2>&1); rc=$?
[ $rc -eq 2 ] && printf '%s' "$out" | grep -q xvfb-run && ok "render without display says xvfb-run" \
    || fail "render without display: status $rc, output: $out"

# 3. The window: straight into the session, keys and a click, the trace, the summary.
TRACE="$WORK/trace.jsonl"
NERVEFLOSS_LOG=debug "$BIN" run nerve-floss $DOSE --trace "$TRACE" >"$WORK/app.log" 2>&1 &
APP_PID=$!
WIN=$(timeout 20 xdotool search --sync --name '^nervefloss' | head -1)
[ -n "$WIN" ] || { fail "no window"; cat "$WORK/app.log"; exit 1; }
title=$(xdotool getwindowname "$WIN")
case "$title" in nervefloss*) ok "window title: $title" ;; *) fail "title: $title" ;; esac
wait_trace '"kind":"lead_in"' 1 && ok "lead-in started without a key"
# Getting ready: + gives 10 s more, Space starts at once (it does not pause there).
xdotool windowfocus --sync "$WIN" key plus
wait_trace '"event":"step_extended"' 1 && ok "+ gave the lead-in 10 s more"
xdotool windowfocus --sync "$WIN" key space
wait_trace '"event":"step_skipped"' 1 && ok "space in the lead-in started at once"
wait_trace '"kind":"phase"' 1 5
[ "$(count '"event":"paused"')" -eq 0 ] || fail "space in the lead-in paused"
# The pain before was not given in the lead-in: it is still asked, and a number key gives it.
xdotool windowfocus --sync "$WIN" key 4
wait_trace '"moment":"before","pain":4' 1 && ok "the pain before, still asked after the lead-in"
sleep 0.3
timeout 10 import -window "$WIN" "$WORK/win-posture.png"
got=$(pixel "$WORK/win-posture.png" 4 300)
[ "$got" = "$BLUE" ] || [ "$got" = "$AMBER" ] && ok "window shows a posture colour ($got)" \
    || fail "window background $got is not a posture colour"
xdotool windowfocus --sync "$WIN" key space
wait_trace '"event":"paused"' 1 && ok "space paused"
xdotool windowfocus --sync "$WIN" key space
wait_trace '"event":"resumed"' 1 && ok "space resumed"
# A click on the Pause button pauses too. Where it is, the window says in its debug log (the
# last picture's buttons), so this test does not copy the layout.
read -r X Y < <(grep -o '\[Pause[^@]*@[0-9]*,[0-9]*,[0-9]*,[0-9]*\]' "$WORK/app.log" | tail -1 |
                sed -E 's/.*@([0-9]+),([0-9]+),([0-9]+),([0-9]+)\]/\1 \2 \3 \4/' |
                awk '{ printf "%d %d\n", $1 + $3 / 2, $2 + $4 / 2 }')
[ -n "${X:-}" ] || fail "the log names no Pause button"
xdotool mousemove --window "$WIN" "${X:-0}" "${Y:-0}" click 1
wait_trace '"event":"paused"' 2 && ok "a click on Pause paused"
xdotool windowfocus --sync "$WIN" key space
wait_trace '"event":"resumed"' 2
xdotool windowfocus --sync "$WIN" key e
wait_trace '"event":"set_ended_early"' 1 && ok "E ended the set early"
wait_trace '"kind":"rest"' 1
xdotool windowfocus --sync "$WIN" key Right
wait_trace '"event":"step_skipped"' 2 && ok "Right skipped the rest"
wait_trace '"set":2' 1
xdotool windowfocus --sync "$WIN" key e
wait_trace '"event":"session_end"' 1 && ok "the session ended"
# The summary is up once the window's log lists its buttons (no fixed wait).
for _ in $(seq 1 50); do grep -q '\[Home (Esc)@' "$WORK/app.log" && break; sleep 0.1; done
timeout 10 import -window "$WIN" "$WORK/win-summary.png"
expect_pixel "$WORK/win-summary.png" 4 300 "$HOME_BG" "the summary follows the session"
xdotool windowfocus --sync "$WIN" key ctrl+q
for _ in $(seq 1 50); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$APP_PID" 2>/dev/null; then fail "Ctrl+Q did not close the window"; else
    wait "$APP_PID"; rc=$?; [ $rc -eq 0 ] && ok "Ctrl+Q quit with status 0" || fail "exit status $rc"; fi
APP_PID=

# How late the boundaries were (step start, countdown): printed, not asserted. A shared machine's
# scheduler is not ours; the engine's planned instants are asserted exactly in the unit tests,
# and scripts/bench.sh measures the window's timing on a quiet machine.
late=$(grep -E '"event":"(step_start|countdown)"' "$TRACE" |
       sed -E 's/^\{"t":([0-9.]+),"planned":([0-9.]+).*/\1 \2/' |
       awk '{ d = ($1 - $2) * 1000; if (d < 0) d = -d; if (d > max) max = d } END { printf "%.2f", max }')
echo "gui smoke: the latest boundary was $late ms from its planned instant (reported, not asserted)"

[ $FAILS -eq 0 ] && echo "gui smoke: all passed" || { echo "gui smoke: $FAILS failed"; cat "$WORK/app.log"; }
exit $((FAILS > 0))
