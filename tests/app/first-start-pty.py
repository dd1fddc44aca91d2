#!/usr/bin/env python3
"""The first start of `run --headless` on a pseudo-terminal, as a person meets it.

The safety notice comes first and its acknowledgement is kept in the settings (the same one the
window keeps); then the question of which leg is affected, rather than a silent right. The leg
chosen is the one the set-up names and the one kept. The pain before, skipped, is asked again at
the end.

Usage: first-start-pty.py NERVEFLOSS
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
from harness import PtyProgram  # noqa: E402


def main() -> int:
    p = PtyProgram(sys.argv[1], ["run", "nerve-floss", "--headless", "--reps", "1", "--sets", "1",
                                 "--lead-in", "1"], "nf-first-start-pty-")
    ok = (p.expect("Call your emergency number", "the safety notice at the first start")
          and p.expect("Press Enter", "the acknowledgement"))
    if ok:
        p.send("\r")
        ok = p.expect("Which leg is affected: left, right or both?", "the affected-leg question")
    if ok:
        p.send("l\r")
        ok = p.expect("Saved: the left leg", "the leg kept")
    if ok:
        ok = p.expect("Calf pain before", "the pain before")
        p.send("\r")  # skipped: asked again at the end
    if ok:
        ok = p.expect("Lift the left foot", "the set-up naming the leg chosen")
    if ok:
        p.send("q")

    # Let it end, leaving each pain question at the end unanswered.
    def skip_pain(chunk: bytes) -> None:
        if b"Calf pain" in chunk:
            p.send("\r")

    p.finish(15, skip_pain)
    # The pain before, skipped at the start, is asked again at the end.
    if p.out.count(b"Calf pain before") < 2:
        p.failures.append("the skipped pain before was not asked again at the end")
    text = p.settings_text()
    if "safety_acknowledged = true" not in text:
        p.failures.append("the acknowledgement was not kept in the settings")
    if "affected_leg = 'left'" not in text and 'affected_leg = "left"' not in text:
        p.failures.append("the leg was not kept in the settings")
    return p.report("ok: notice, acknowledgement kept, affected leg asked and kept", text)


if __name__ == "__main__":
    sys.exit(main())
