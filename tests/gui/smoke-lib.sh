# The shared start of the window smoke tests. A smoke script begins with
#   . "$(dirname "$0")/smoke-lib.sh" TOOL... -- "$@"
# which re-runs the script under a virtual X server of its own (CI has no display), or exits 77
# (skipped) when xvfb-run or a named TOOL is missing. Then it sets BIN (the executable given as
# the first argument), WORK (a scratch folder removed at exit, holding the config and data
# folders the program uses), APP_PID (killed at exit when set), and ok/fail, which count FAILS.

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
