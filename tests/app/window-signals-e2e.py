#!/usr/bin/env python3
"""A signal to the window ends its session as stopped, recorded, traced, with the signal's status.

For each of SIGTERM, SIGINT and SIGHUP: the real window (`nervefloss run nerve-floss`, no
--headless) starts under a virtual X server on fresh config and data folders with a trace file;
once two reps are done, the signal is sent mid-session. Then:
- the process exits by itself (not killed by the signal) with status 143, 130 or 129;
- the trace has one session_end, its reason stopped, and nothing of the session after it;
- `history --csv` has the session as stopped with the reps the trace counted;
- stderr holds nothing but the program's own lines (no library noise).

Usage: window-signals-e2e.py path/to/nervefloss. Re-runs itself under xvfb-run when there is no
display; exits 77 (skipped) when xvfb-run is missing.
"""

import csv
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
from harness import write_harness_settings  # noqa: E402

BIN = os.path.abspath(sys.argv[1])
RUN = ["run", "nerve-floss", "--reps", "4", "--sets", "2", "--hold", "1", "--rest", "0",
       "--lead-in", "0", "--pain-before", "3", "--pain-after", "3"]
CASES = [(signal.SIGTERM, 143), (signal.SIGINT, 130), (signal.SIGHUP, 129)]
FAILS = []

if not os.environ.get("NF_SIGNALS_INNER"):
    if not shutil.which("xvfb-run"):
        print("skipped: xvfb-run is not installed")
        sys.exit(77)
    os.environ["NF_SIGNALS_INNER"] = "1"
    os.execvp("xvfb-run", ["xvfb-run", "-a", "-s", "-screen 0 1280x1024x24",
                           sys.executable, os.path.abspath(__file__), BIN])


def check(ok, what):
    print(("ok: " if ok else "FAIL: ") + what)
    if not ok:
        FAILS.append(what)


def events(trace):
    try:
        with open(trace) as f:
            return [json.loads(line) for line in f if line.strip()]
    except FileNotFoundError:
        return []


def wait_for(trace, predicate, seconds=20):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if predicate(events(trace)):
            return True
        time.sleep(0.05)
    return False


def reps_done(evs):
    return sum(e["reps_in_set"] for e in evs if e.get("event") == "set_done")


def one_case(sig, status):
    name = signal.Signals(sig).name
    home = tempfile.mkdtemp(prefix="nf-signals-")
    try:
        env = dict(os.environ)
        env.update(XDG_CONFIG_HOME=os.path.join(home, "config"),
                   XDG_DATA_HOME=os.path.join(home, "data"), ALSOFT_DRIVERS="null")
        write_harness_settings(home)
        trace = os.path.join(home, "trace.jsonl")
        err_path = os.path.join(home, "stderr.txt")
        with open(err_path, "w") as err:
            proc = subprocess.Popen([BIN] + RUN + ["--trace", trace], env=env,
                                    stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err)
        started = wait_for(trace, lambda evs: sum(e.get("event") == "rep_done" for e in evs) >= 2)
        check(started, f"{name}: the window's session did two reps")
        proc.send_signal(sig)
        try:
            code = proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
            check(False, f"{name}: the window did not exit within 15 s")
            return
        check(code == status, f"{name}: exit status {code}, wanted {status} (negative: killed by the signal)")

        evs = events(trace)
        ends = [e for e in evs if e.get("event") == "session_end"]
        check(len(ends) == 1, f"{name}: one session_end in the trace ({len(ends)})")
        if ends:
            check(ends[0].get("reason") == "stopped", f"{name}: session_end says stopped: {ends[0]}")
            after = [e.get("event") for e in evs[evs.index(ends[0]) + 1:]]
            check(all(e == "pain_rated" for e in after), f"{name}: only the pain-after rating follows session_end: {after}")
        reps = reps_done(evs)
        rows = list(csv.DictReader(io.StringIO(subprocess.run(
            [BIN, "history", "--csv"], env=env, capture_output=True, text=True).stdout)))
        check(len(rows) == 1, f"{name}: one session in the history ({len(rows)})")
        if rows:
            row = rows[0]
            check(row["status"] == "stopped", f"{name}: the history says {row['status']}, wanted stopped")
            check(int(row["reps_done"]) == reps and reps >= 2,
                  f"{name}: the history has {row['reps_done']} reps done, the trace {reps}")
        with open(err_path) as f:
            err_lines = [line for line in f.read().splitlines() if line]
        check(all(line.startswith("nervefloss") for line in err_lines),
              f"{name}: stderr has only our own lines: {err_lines}")
    finally:
        shutil.rmtree(home, ignore_errors=True)


for sig, status in CASES:
    one_case(sig, status)

print("window signals: all passed" if not FAILS else f"window signals: {len(FAILS)} failed")
sys.exit(1 if FAILS else 0)
