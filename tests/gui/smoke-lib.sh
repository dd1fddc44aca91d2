# The shared start of the window smoke tests. A smoke script begins with
#   . "$(dirname "$0")/smoke-lib.sh" TOOL... -- "$@"
# which re-runs the script under a virtual X server of its own (CI has no display), or exits 77
# (skipped) when xvfb-run or a named TOOL is missing. Then it sets BIN (the executable given as
# the first argument), WORK (a scratch folder removed at exit, holding the config and data
# folders the program uses), APP_PID (killed at exit when set), and ok/fail, which count FAILS.
# Helpers for the scripts: harness_settings, count/wait_trace (on $TRACE), start_window (WIN),
# key, wait_gone, quit_window, last_csv.

smoke_tools=()
while [ "$#" -gt 0 ] && [ "$1" != -- ]; do smoke_tools+=("$1"); shift; done
[ "${1:-}" = -- ] && shift
BIN=$(readlink -f "$1")

if [ -z "${NF_SMOKE_INNER:-}" ]; then
    for tool in xvfb-run "${smoke_tools[@]}"; do
        command -v "$tool" >/dev/null || { echo "skipped: $tool is not installed"; exit 77; }
    done
    NF_SMOKE_INNER=1 exec xvfb-run -a -s "-screen 0 1280x1024x24" "$0" "$@"
fi

WORK=$(mktemp -d)
APP_PID=
cleanup() {
    [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null
    rm -rf "$WORK"
}
trap cleanup EXIT
export XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/data" ALSOFT_DRIVERS=null
# Tones only: with the voice on, a lead-in lasts as long as its spoken set-up (about half a
# minute) before its countdown, and these tests time short lead-ins.
mkdir -p "$XDG_CONFIG_HOME/nervefloss"
printf '[audio]\nmode = "tones"\n' >"$XDG_CONFIG_HOME/nervefloss/settings.toml"
FAILS=0
fail() { echo "FAIL: $*"; FAILS=$((FAILS + 1)); }
ok() { echo "ok: $*"; }

# The settings the tests start from (tests/support/harness-settings.toml): tones only, the
# safety notice read, the right leg.
SETTINGS="$XDG_CONFIG_HOME/nervefloss/settings.toml"
harness_settings() { cp "$(dirname "$0")/../support/harness-settings.toml" "$SETTINGS"; }
# Lines of $TRACE matching PATTERN.
count() { grep -c "$1" "$TRACE" 2>/dev/null || true; }
# Waits until $TRACE has at least COUNT lines matching PATTERN (within SECONDS, default 10).
wait_trace() { # PATTERN COUNT [SECONDS]
    local n=0
    for _ in $(seq 1 $(( ${3:-10} * 10 ))); do
        n=$(count "$1")
        [ "${n:-0}" -ge "$2" ] && return 0
        sleep 0.1
    done
    fail "trace: wanted $2 x $1 within ${3:-10} s, saw ${n:-0}"
    return 1
}
# The app in the background with ARGS, WIN its window; its debug log (in app.log) names each
# painted screen and its buttons, so tests wait for a picture instead of sleeping.
start_window() { # ARGS...
    NERVEFLOSS_LOG=debug "$BIN" "$@" >>"$WORK/app.log" 2>&1 &
    APP_PID=$!
    WIN=$(timeout 20 xdotool search --sync --name '^nervefloss' | head -1)
    [ -n "$WIN" ] || { fail "no window for: $*"; cat "$WORK/app.log"; exit 1; }
}
key() { xdotool windowfocus --sync "$WIN" key "$@"; sleep 0.2; }
# Waits up to 5 s for the app to end by itself, and reaps it.
wait_gone() {
    for _ in $(seq 1 50); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$APP_PID" 2>/dev/null && { fail "the window did not close"; kill "$APP_PID"; }
    wait "$APP_PID" 2>/dev/null
    APP_PID=
}
quit_window() { key ctrl+q; wait_gone; }
# The value of a column of the CSV's last row, by the header's name; --sets for the sets' CSV.
last_csv() { # COLUMN [--sets]
    "$BIN" history --csv ${2:-} | awk -F, -v col="$1" '{ sub(/\r$/, "") }
        NR == 1 { for (i = 1; i <= NF; i++) if ($i == col) c = i; next }
        { v = c ? $c : "no column " col } END { print v }'
}
