#!/usr/bin/env python3
"""Measures how close a headless run keeps to its planned boundaries.

Runs `nervefloss run nerve-floss --headless --trace FILE` with the given dose, then checks that
the k-th phase (0-based over the session) starts at G + k*H + T*(sets finished before it), where
G is the lead-in, H the hold and T the rest. Prints the worst and mean error, and the drift: the
mean error of the last tenth of the phases minus that of the first tenth. Exits 1 if any boundary
is more than --limit ms off or starts early.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

here = os.path.dirname(os.path.abspath(__file__))
p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
p.add_argument("--binary", default=os.path.join(here, "..", "build", "nervefloss"))
p.add_argument("--reps", type=int, default=25)
p.add_argument("--sets", type=int, default=3)
p.add_argument("--hold", type=float, default=3.0)
p.add_argument("--rest", type=float, default=30.0)
p.add_argument("--lead-in", type=float, default=5.0)
p.add_argument("--limit", type=float, default=2.0, help="largest allowed error, ms")
p.add_argument("--window", action="store_true", help="run in the window instead of headless")
p.add_argument("--report-only", action="store_true",
               help="print the figures and any limit exceeded, but exit 0 (for CI on noisy machines)")
a = p.parse_args()

with tempfile.TemporaryDirectory() as tmp:
    trace = os.path.join(tmp, "trace.jsonl")
    env = dict(os.environ, XDG_CONFIG_HOME=os.path.join(tmp, "config"),
               XDG_DATA_HOME=os.path.join(tmp, "data"), ALSOFT_DRIVERS="null")
    # Tones only, the safety notice read: with the voice on, the lead-in is the spoken set-up
    # plus --lead-in, and the formula below counts --lead-in alone.
    os.makedirs(os.path.join(tmp, "config", "nervefloss"))
    with open(os.path.join(tmp, "config", "nervefloss", "settings.toml"), "w") as f:
        f.write('[audio]\nmode = "tones"\n[app]\nsafety_acknowledged = true\n')
    cmd = [a.binary, "run", "nerve-floss", "--quiet", "--side", "right",
           "--reps", str(a.reps), "--sets", str(a.sets), "--hold", str(a.hold),
           "--rest", str(a.rest), "--lead-in", str(a.lead_in), "--trace", trace]
    if not a.window:
        cmd.append("--headless")
        subprocess.run(cmd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, check=True)
    else:
        # The window stays on its summary until someone closes it: close it once the trace
        # has the session's end.
        app = subprocess.Popen(cmd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
        expected = a.lead_in + a.reps * 2 * a.hold * a.sets + a.rest * (a.sets - 1)
        deadline = time.monotonic() + expected + 60
        while time.monotonic() < deadline and app.poll() is None:
            if os.path.exists(trace) and '"session_end"' in open(trace).read():
                break
            time.sleep(0.5)
        app.terminate()
        app.wait(timeout=20)
    events = [json.loads(line) for line in open(trace)]

phases = [e for e in events if e["event"] == "step_start" and e["kind"] == "phase"]
expected_count = a.reps * 2 * a.sets
if len(phases) != expected_count:
    sys.exit(f"trace-timing: expected {expected_count} phases, found {len(phases)}")
errors = []
for k, e in enumerate(phases):
    planned = a.lead_in + k * a.hold + a.rest * (e["set"] - 1)
    errors.append((e["t"] - planned) * 1000.0)
tenth = max(1, len(errors) // 10)
drift = sum(errors[-tenth:]) / tenth - sum(errors[:tenth]) / tenth
worst = max(errors, key=abs)
mode = "window" if a.window else "headless"
print(f"trace-timing ({mode}): {len(errors)} boundaries over {phases[-1]['t']:.1f} s: "
      f"worst {worst:+.3f} ms, mean {sum(errors) / len(errors):+.3f} ms, "
      f"drift first->last tenth {drift:+.3f} ms")
problems = []
if min(errors) < -0.001:
    problems.append("a boundary started early")
if abs(worst) > a.limit:
    problems.append(f"a boundary was {worst:.3f} ms off (limit {a.limit} ms)")
for problem in problems:
    print(f"trace-timing: {problem}", file=sys.stderr if not a.report_only else sys.stdout)
if problems and not a.report_only:
    sys.exit(1)
