#!/usr/bin/env python3
"""Measures where the posture tones of an exported track really start.

Exports nerve-floss with tones only, reads the WAV back, and for each planned phase start
(lead-in + k x hold + rest x sets finished before it) finds the first sample near it whose
level rises clearly above the silence before it. Prints the worst and mean onset error.
Exits 1 if a cue is missing or more than --limit ms off.
"""
import argparse
import array
import os
import subprocess
import sys
import tempfile
import wave

here = os.path.dirname(os.path.abspath(__file__))
p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
p.add_argument("--binary", default=os.path.join(here, "..", "build", "nervefloss"))
p.add_argument("--reps", type=int, default=25)
p.add_argument("--sets", type=int, default=3)
p.add_argument("--hold", type=float, default=3.0)
p.add_argument("--rest", type=float, default=30.0)
p.add_argument("--lead-in", type=float, default=5.0)
p.add_argument("--limit", type=float, default=1.0, help="largest allowed error, ms")
a = p.parse_args()

with tempfile.TemporaryDirectory() as tmp:
    out = os.path.join(tmp, "track.wav")
    env = dict(os.environ, XDG_CONFIG_HOME=os.path.join(tmp, "config"))
    subprocess.run([a.binary, "export-audio", "nerve-floss", out, "--audio", "tones",
                    "--side", "right", "--reps", str(a.reps), "--sets", str(a.sets),
                    "--hold", str(a.hold), "--rest", str(a.rest), "--lead-in", str(a.lead_in)],
                   env=env, check=True, stdout=subprocess.DEVNULL)
    with wave.open(out) as w:
        if w.getsampwidth() != 2:
            sys.exit("export-onsets: expected 16-bit samples")
        rate, channels = w.getframerate(), w.getnchannels()
        samples = array.array("h", w.readframes(w.getnframes()))[::channels]

threshold = 0.02 * 32768  # well above silence, well below any cue's first milliseconds
errors = []
for s in range(a.sets):
    for k in range(a.reps * 2):
        index = s * a.reps * 2 + k
        planned = a.lead_in + index * a.hold + a.rest * s
        start = int(round(planned * rate))
        lo, hi = max(0, start - int(0.005 * rate)), start + int(0.030 * rate)
        onset = next((i for i in range(lo, min(hi, len(samples))) if abs(samples[i]) > threshold), None)
        if onset is None:
            sys.exit(f"export-onsets: no cue found near {planned:.3f} s")
        # Walk back to where the tone leaves silence: its first non-zero sample.
        while onset > lo and samples[onset - 1] != 0:
            onset -= 1
        errors.append((onset / rate - planned) * 1000.0)

worst = max(errors, key=abs)
print(f"export-onsets: {len(errors)} posture cues at {rate} Hz: worst {worst:+.3f} ms, "
      f"mean {sum(errors) / len(errors):+.3f} ms (one sample = {1000.0 / rate:.3f} ms)")
if abs(worst) > a.limit:
    sys.exit(f"export-onsets: a cue was {worst:.3f} ms off (limit {a.limit} ms)")
