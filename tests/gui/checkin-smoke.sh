#!/bin/bash
# Check-in smoke test: the real window under Xvfb, driven with xdotool. After a window session,
# home asks where it was felt (a click on Thigh, then the trend in words); the weekly urgent-signs
# questions and the two-weekly bothersomeness ratings follow when due, answered with keys. What
# the window kept is what `nervefloss today` reads (the same history as `nervefloss checkin`).
# A yes to an urgent sign opens the urgent notice.
# Usage: checkin-smoke.sh path/to/nervefloss. Exits 77 (skipped) when xvfb-run or xdotool is missing.
set -u
. "$(dirname "$0")/smoke-lib.sh" xdotool -- "$@"
HISTORY="$XDG_DATA_HOME/nervefloss/history.sqlite3"
harness_settings
# The window's debug log names each picture's buttons: click() finds them there.
export NERVEFLOSS_LOG=debug

title() { xdotool getwindowname "$WIN" 2>/dev/null; }
# A click in the middle of the button the window's debug log names last with this label.
click() { # LABEL
    local x y
    read -r x y < <(grep -o "\[$1@[0-9]*,[0-9]*,[0-9]*,[0-9]*\]" "$WORK/app.log" | tail -1 |
                    sed -E 's/.*@([0-9]+),([0-9]+),([0-9]+),([0-9]+)\]/\1 \2 \3 \4/' |
                    awk '{ printf "%d %d\n", $1 + $3 / 2, $2 + $4 / 2 }')
    [ -n "${x:-}" ] || { fail "the log names no button '$1'"; return 1; }
    xdotool mousemove --window "$WIN" "$x" "$y" click 1
    sleep 0.2
}
session_then_home() { # a short window session, the summary left with Esc
    start_window run nerve-floss --reps 1 --sets 1 --hold 0.5 --lead-in 1
    wait_title '*Well done*' || fail "no summary: $(title)"
    key Escape
}

# 1. After a session: where it was felt. T switches new tingling on, a click on Thigh keeps it.
session_then_home
wait_title '*Where it was felt' && ok "home asks where it was felt after the session" \
    || fail "no where-felt question: $(title)"
key t
click 'Thigh (2)'
sleep 0.3
# The result stays until Done (Enter): the second tap lands on nothing.
case "$(title)" in *"Where it was felt"*) ok "the result stays on the screen" ;; *) fail "after the tap: $(title)" ;; esac
key Return
# 2. Then the weekly urgent signs (due: never answered): five noes with N.
wait_title '*Weekly check' && ok "the urgent-signs questions follow" || fail "no urgent questions: $(title)"
for _ in 1 2 3 4 5; do key n; done
key Return
# 3. Then the bothersomeness: four ratings with digits, Backspace takes one back.
wait_title '*Bothersomeness' && ok "the bothersomeness ratings follow" || fail "no bothersomeness: $(title)"
key 5
key 6
key BackSpace
key 3
key 1
key 0
key Return
wait_title 'nervefloss' && ok "home again after the check-ins" || fail "not home: $(title)"
quit_window

today=$("$BIN" today 2>&1)
case "$today" in *"urgent-signs questions"*) fail "today still asks the urgent signs: $today" ;;
    *) ok "the urgent answers are kept (today no longer asks)" ;; esac
case "$today" in *"How bothersome"*|*"bothersome is it"*) fail "today still asks the bothersomeness: $today" ;;
    *) ok "the bothersomeness is kept (today no longer asks)" ;; esac

# 4. A second session, felt only in the buttock this time (key 1): better than the thigh, as
#    `today` says from the same history (one answer alone, with new tingling, would be worse).
session_then_home
wait_title '*Where it was felt' || fail "no where-felt question after the second session: $(title)"
key 1
key Return
wait_title 'nervefloss' && ok "answered check-ins are not asked again" || fail "asked again: $(title)"
quit_window
case "$("$BIN" today 2>&1)" in *"Where it is felt: better"*) ok "buttock after thigh is better, as today says" ;;
    *) fail "today: $("$BIN" today 2>&1)" ;; esac

# 5. A week later (the answers moved back eight days) a yes to an urgent sign opens the notice.
if command -v sqlite3 >/dev/null; then
    [ "$(sqlite3 "$HISTORY" "SELECT leg_pain, numbness, weakness, sitting_pain FROM sbi_scores;")" = "5|3|1|0" ] \
        && ok "the ratings are kept as given (5, 6 taken back, 3, 1, 0)" \
        || fail "sbi: $(sqlite3 "$HISTORY" 'SELECT * FROM sbi_scores;')"
    [ "$(sqlite3 "$HISTORY" "SELECT reach, new_tingling FROM where_felt ORDER BY id;" | tr '\n' ' ')" = "thigh|1 buttock|0 " ] \
        && ok "where it was felt is kept: the thigh with new tingling, then the buttock" \
        || fail "where_felt: $(sqlite3 "$HISTORY" 'SELECT * FROM where_felt;')"
    sqlite3 "$HISTORY" "UPDATE urgent_checks SET answered_on = date(answered_on, '-8 day');"
    start_window
    wait_title '*Weekly check' && ok "the urgent signs are asked again a week later" || fail "not asked: $(title)"
    key n
    click 'Yes (Y)'
    for _ in 3 4 5; do key n; done
    wait_title '*Get help now' && ok "a yes opens the urgent notice" || fail "no urgent notice: $(title)"
    quit_window
    [ "$(sqlite3 "$HISTORY" "SELECT answers FROM urgent_checks ORDER BY id DESC LIMIT 1;")" = "nynnn" ] \
        && ok "the yes is kept" || fail "urgent answers: $(sqlite3 "$HISTORY" 'SELECT * FROM urgent_checks;')"
else
    echo "skipped: the urgent yes (no sqlite3 tool to move the answers back a week)"
fi

[ $FAILS -eq 0 ] && echo "check-in smoke: all passed" || { echo "check-in smoke: $FAILS failed"; cat "$WORK/app.log"; }
exit $((FAILS > 0))
