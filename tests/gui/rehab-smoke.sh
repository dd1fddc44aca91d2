#!/bin/bash
# Rehab-kit smoke test: each routine's figure in rendered frames, the first-start safety notice
# (shown, acknowledged with a key, remembered across a restart, never in front of a `run`), and
# the self-check in the window (guide, stop at a symptom, six answers, kept in the history).
# Usage: rehab-smoke.sh path/to/nervefloss. Exits 77 (skipped) without xvfb-run, xdotool or
# ImageMagick.
set -u
. "$(dirname "$0")/smoke-lib.sh" xdotool convert compare -- "$@"

# How many pixels of the figure's box differ between two frames (the left part of the middle),
# comparing the person (drawn in paper or ink), not the colours behind (each posture has its own).
drawn() { # picture out: the box with the figure's own colour (paper or ink) white, the rest black
    convert "$1" -crop 560x420+30+140 +repage -fill red -opaque "rgb(248,249,251)" -opaque "rgb(20,22,28)" \
        -fill black +opaque red -fill white -opaque red "$2"
}
figure_diff() {
    drawn "$1" "$WORK/fa.png"
    drawn "$2" "$WORK/fb.png"
    compare -metric AE "$WORK/fa.png" "$WORK/fb.png" null: 2>&1 | cut -d' ' -f1
}
expect_moves() { # routine seconds-a seconds-b what
    "$BIN" render "$1" --at "$2" "$WORK/m1.png" && "$BIN" render "$1" --at "$3" "$WORK/m2.png" ||
        { fail "render $1"; return; }
    local n; n=$(figure_diff "$WORK/m1.png" "$WORK/m2.png")
    [ "${n:-0}" -gt 2000 ] && ok "$4 ($n pixels of the figure change)" || fail "$4: only ${n:-0} pixels change"
}

# 1. Every routine's figure moves between its postures (times are the built-in doses).
expect_moves knee-rolls 6 9.5 "knee rolls: right to left"
expect_moves strengthening 11.5 15.5 "bridge: top to down"
expect_moves strengthening 326.5 328.5 "clamshell: open to closed"
expect_moves strengthening 879.5 881.5 "leg lift: up to down"
expect_moves glute-stretch 25 265 "figure-four to knee-to-shoulder"

# The lead-in shows the routine's "stop if" lines in amber (255,184,0).
"$BIN" render glute-stretch --at 2 "$WORK/lead.png" || fail "render glute lead-in"
amber=$(convert "$WORK/lead.png" -fill black +opaque "rgb(255,184,0)" -format "%[fx:int(mean*w*h*3)]" info:)
[ "${amber:-0}" -gt 500 ] && ok "lead-in shows stop-if lines in amber" || fail "no amber stop-if text in the lead-in"

# Waits for a window whose title matches, up to $2 seconds; prints its id.
window_titled() {
    for _ in $(seq 1 $(( ${2:-10} * 10 ))); do
        for w in $(xdotool search --name '^nervefloss' 2>/dev/null); do
            xdotool getwindowname "$w" 2>/dev/null | grep -q -- "$1" && { echo "$w"; return 0; }
        done
        sleep 0.1
    done
    return 1
}
# Waits until the app's debug log has at least N lines matching PATTERN, up to $3 seconds.
wait_log_count() {
    for _ in $(seq 1 $(( ${3:-10} * 10 ))); do
        [ "$(grep -c -- "$1" "$WORK/app.log" 2>/dev/null)" -ge "$2" ] && return 0
        sleep 0.1
    done
    return 1
}
# The title of the first screen the window painted (from its debug log), waiting up to $1 s.
first_screen() {
    wait_log_count 'screen "' 1 "${1:-10}" || return 1
    grep -m1 -o 'screen "[^"]*"' "$WORK/app.log" | sed -E 's/^screen "(.*)"$/\1/'
}
quit_app() {
    xdotool windowfocus --sync "$1" key ctrl+q
    for _ in $(seq 1 50); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$APP_PID" 2>/dev/null && { fail "Ctrl+Q did not close the window"; kill "$APP_PID"; }
    wait "$APP_PID" 2>/dev/null
    APP_PID=
}

# 2. The first start shows the safety notice; Enter acknowledges it; then it asks which leg is
# affected (2: right); a restart shows neither.
SETTINGS="$XDG_CONFIG_HOME/nervefloss/settings.toml"
"$BIN" >"$WORK/app.log" 2>&1 &
APP_PID=$!
WIN=$(window_titled "Safety notice" 20) && ok "first start shows the safety notice" || fail "no safety notice at the first start"
if [ -n "$WIN" ]; then
    xdotool windowfocus --sync "$WIN" key Return
    for _ in $(seq 1 50); do
        title=$(xdotool getwindowname "$WIN")
        [ "$title" = "nervefloss — Which leg?" ] && break
        sleep 0.1
    done
    [ "$title" = "nervefloss — Which leg?" ] && ok "Enter acknowledged it; then: $title" \
        || fail "after Enter the title is $title"
    grep -q "safety_acknowledged = true" "$SETTINGS" 2>/dev/null && ok "acknowledgement saved" \
        || fail "settings do not remember the acknowledgement"
    xdotool windowfocus --sync "$WIN" key 2
    for _ in $(seq 1 50); do
        title=$(xdotool getwindowname "$WIN")
        [ "$title" = "nervefloss" ] && break
        sleep 0.1
    done
    [ "$title" = "nervefloss" ] && ok "2 chose the right leg (home: $title)" || fail "after 2 the title is $title"
    grep -q "affected_leg = 'right'" "$SETTINGS" 2>/dev/null && ok "affected leg saved" \
        || fail "settings do not remember the affected leg"
    quit_app "$WIN"
fi
NERVEFLOSS_LOG=debug "$BIN" >"$WORK/app.log" 2>&1 &
APP_PID=$!
WIN=$(window_titled "^nervefloss$" 20) || fail "no window after the restart"
# The notice would be the first picture: once the log names the first screen painted, the
# decision has been made (no fixed wait).
first=$(first_screen 20)
[ "$first" = "nervefloss" ] && ok "restart: no notice again (first screen: $first)" || fail "restart shows first: $first"
[ -n "$WIN" ] && quit_app "$WIN"

# 3. A fresh `run ROUTINE` does not wait on the notice: its session is in front at once.
export XDG_CONFIG_HOME="$WORK/config2"
NERVEFLOSS_LOG=debug "$BIN" run knee-rolls --lead-in 3 >"$WORK/app.log" 2>&1 &
APP_PID=$!
WIN=$(window_titled "Knee rolls" 20) && ok "run: the session opens in front of the notice" || fail "run: no session window"
first=$(first_screen 20)
[ "$first" = "nervefloss — Knee rolls" ] && ok "run: the first picture is the session" || fail "run: the first screen is $first"
# The notice never comes over a running session: the window painted the session again since
# (the lead-in's countdown), and never the notice.
wait_log_count 'screen "' 2 10
grep -q 'screen "nervefloss — Safety notice"' "$WORK/app.log" && fail "run: the notice was painted over the session" \
    || ok "run: no notice over the session"
[ -n "$WIN" ] && quit_app "$WIN"

# 4. The self-check in the window: the guide, S at a symptom (on to look up, not further into
# tension), the other leg, then three answers per tested leg in the order tested, kept.
export XDG_CONFIG_HOME="$WORK/config"
NERVEFLOSS_LOG=debug "$BIN" self-check --step 2 >"$WORK/app.log" 2>&1 &
APP_PID=$!
WIN=$(window_titled "Self-check" 20) && ok "self-check opens its guide" || fail "no self-check window"
if [ -n "$WIN" ]; then
    first_screen 20 >/dev/null
    xdotool windowfocus --sync "$WIN" key space   # the lead-in: start at once
    sleep 0.3
    xdotool windowfocus --sync "$WIN" key s       # a symptom at the right leg's first step
    sleep 0.3
    # Then on through look up, relax and the whole left leg (extra presses on the questions do
    # nothing: they take Y or N).
    for _ in $(seq 1 14); do xdotool windowfocus --sync "$WIN" key space; sleep 0.25; done
    # The answers go to the questions once they are painted (the log lists their buttons).
    wait_log_count '\[Yes (Y)@' 1 10 && ok "the questions follow the guide" || fail "no questions after the guide"
    for k in y y y n n n; do xdotool windowfocus --sync "$WIN" key $k; sleep 0.15; done
    # Kept once the result is painted; then the history is read.
    wait_log_count '\[Check again (C)@' 1 10 || fail "no result after six answers"
    rows=$("$BIN" history --self-checks | grep -cE '^[0-9]{4}-')
    [ "$rows" -eq 2 ] && ok "answers kept: $rows legs in the history" || fail "history has $rows self-check rows"
    "$BIN" history --self-checks | grep -q "right  yes     yes        yes" && ok "right leg (tested first): yes to all three" \
        || fail "the right leg's answers were not kept as given: $("$BIN" history --self-checks)"
    "$BIN" history --self-checks | grep -q "left   no      no         no" && ok "left leg: no to all three" \
        || fail "the left leg's answers were not kept as given"
    quit_app "$WIN"
fi

[ $FAILS -eq 0 ] && echo "rehab smoke: all passed" || { echo "rehab smoke: $FAILS failed"; cat "$WORK/app.log"; }
exit $((FAILS > 0))
