#!/bin/bash
# Leave and restart smoke test: the real window under Xvfb, driven with xdotool. The "Leave the
# session?" dialog pauses the session while it is open (the trace shows paused, nothing moves,
# then resumed on Stay); Restart set asks before throwing a set's reps away; leaving mid-set
# records the reps of the set under way, so the trace, `history --csv` and `today` agree; and
# quitting the window mid-set records the same way.
# Usage: leave-smoke.sh path/to/nervefloss. Exits 77 (skipped) when xvfb-run or xdotool is missing.
set -u
. "$(dirname "$0")/smoke-lib.sh" xdotool -- "$@"
harness_settings

# rep_done events in the trace, less those a restart threw away: what the session counted.
reps_in_trace() {
    python3 - "$TRACE" <<'EOF'
import json, sys
sets = [json.loads(l) for l in open(sys.argv[1]) if '"set_done"' in l]
print(sum(s["reps_in_set"] for s in sets))
EOF
}
RUN=(run nerve-floss --reps 3 --sets 2 --hold 1 --rest 0 --lead-in 0 --pain-before 3 --pain-after 3)

# 1. Esc opens the dialog and pauses; nothing moves behind it; Stay (Esc) resumes.
TRACE="$WORK/leave.jsonl"
start_window "${RUN[@]}" --trace "$TRACE"
wait_trace '"event":"rep_done"' 1
key Escape
wait_trace '"event":"paused"' 1 && ok "the Leave dialog pauses the session"
before=$(wc -l <"$TRACE")
sleep 2.5
after=$(wc -l <"$TRACE")
[ "$before" = "$after" ] && ok "nothing moves while the dialog is open" \
    || fail "the session went on behind the dialog: $(tail -n +$((before + 1)) "$TRACE")"
key Escape
wait_trace '"event":"resumed"' 1 && ok "Stay resumes the session"

# 2. R after a rep asks first (the session waits), Esc keeps the set; R then Enter restarts it.
wait_trace '"event":"rep_done"' 2
key r
wait_trace '"event":"paused"' 2 && ok "Restart set asks first, paused"
[ "$(count '"event":"set_restarted"')" = 0 ] && ok "no restart before the answer" || fail "restarted without asking"
key Escape
wait_trace '"event":"resumed"' 2
key r
key Return
wait_trace '"event":"set_restarted"' 1 && ok "Enter restarts the set"

# 3. Leave mid-set (set 2, after a rep of it): the set under way is recorded with its reps.
wait_trace '"set":2,"rep":2' 1 20
sleep 0.3
key Escape
key Return
wait_trace '"event":"session_end"' 1 && ok "Leave ends the session"
wait_trace '"set_end":"left"' 1 && ok "the set under way ends as left"
for _ in $(seq 1 30); do case "$(xdotool getwindowname "$WIN" 2>/dev/null)" in *stopped*) break ;; esac; sleep 0.1; done
reps=$(reps_in_trace)
[ "$(last_csv reps_done)" = "$reps" ] && ok "history --csv has the trace's $reps reps" \
    || fail "history --csv reps_done $(last_csv reps_done), the trace $reps"
[ "$(last_csv sets_done)" = 2 ] && ok "both sets count (the one left mid-way had reps)" \
    || fail "sets_done $(last_csv sets_done)"
[ "$(last_csv left_mid_set --sets)" = yes ] && ok "history --csv --sets marks the set left mid-way" \
    || fail "left_mid_set $(last_csv left_mid_set --sets)"
"$BIN" today | grep -q "Done today: 2 sets, $reps reps" && ok "today agrees" \
    || fail "today: $("$BIN" today)"
key ctrl+q
wait_gone

# 4. The window closed mid-set (set 1, 2 reps done): recorded as left, with its reps. Ctrl+Q
#    takes the same path as the window manager's close (WindowApp: quit, then each screen's
#    onClose), and Xvfb has no window manager to send the close.
TRACE="$WORK/close.jsonl"
start_window "${RUN[@]}" --trace "$TRACE"
wait_trace '"event":"rep_done"' 2
key ctrl+q
wait_gone
wait_trace '"event":"session_end"' 1
reps=$(reps_in_trace)
[ "$reps" -ge 2 ] && [ "$(last_csv reps_done)" = "$reps" ] && ok "closing the window keeps the set's $reps reps" \
    || fail "closed window: history $(last_csv reps_done), trace $reps"

[ $FAILS -eq 0 ] && echo "leave smoke: all passed" || { echo "leave smoke: $FAILS failed"; cat "$WORK/app.log"; }
exit $((FAILS > 0))
