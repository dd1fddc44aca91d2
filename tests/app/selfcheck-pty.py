#!/usr/bin/env python3
"""The slump self-check in the terminal, driven on a pseudo-terminal with the keys a person uses.

At the first symptom (S at "straighten your right knee") the guide goes no further into tension:
it goes on to "look up", then "relax", then the other leg. Stopped (q) before the left leg was
looked up, the questions are about the right leg only. The first start shows the safety notice
and keeps its acknowledgement. The steps a check does not look at are passed with space (next
step), so the test waits out none of them.

Usage: selfcheck-pty.py NERVEFLOSS
"""
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
from harness import PtyProgram  # noqa: E402


def main() -> int:
    p = PtyProgram(sys.argv[1], ["self-check", "--headless", "--step", "3", "--first-leg", "right"],
                   "nf-selfcheck-pty-")
    ok = (p.expect("Call your emergency number", "the safety notice at the first start")
          and p.expect("Press Enter", "the acknowledgement"))
    if ok:
        p.send("\r")
        ok = p.expect("Healthy people also feel a pull behind the knee",
                      "the warning before the steps")
    if ok:
        p.expect("Do not lean forward as well", "the other warning")
        ok = p.expect("s symptom", "the key list saying s means symptom")
    if ok:
        ok = p.expect("Get ready", "the lead-in")
        p.send(" ")  # start at once
    if ok:
        ok = p.skip_until("SLOWLY STRAIGHTEN YOUR RIGHT KNEE", "the knee step")
    if ok:
        p.send("s")
        ok = p.expect("Symptom: no further. On to look up.", "the symptom noted")
    if ok:
        mark = len(p.out)
        ok = p.skip_until("LOOK UP (RELEASE THE NECK)", "look up after the symptom")
        if ok and b"PULL YOUR RIGHT TOES UP" in p.out[mark:]:
            p.failures.append("the guide went on to toes up after the symptom")
    if ok:
        ok = p.skip_until("RELAX", "relax after looking up")
    if ok:
        ok = p.skip_until("Next: Left leg", "the other leg after relaxing")
    if ok:
        ok = p.skip_until("SIT TALL", "the left leg's first step")
        p.send("q")
    if ok:
        ok = p.expect("questions about the right leg", "questions for the tested leg")
    if ok:
        for n in range(1, 4):
            # Wait for the n-th question, then answer it.
            if not p.wait_for_nth("[y/n]", n):
                p.failures.append(f"question {n} never came")
                break
            p.send("y")
        p.expect("Right leg: yes to all three", "the result for the tested leg")
    # Let the program end by itself, then check what it never asked.
    p.finish(10, kill=False)
    text = p.out.decode(errors="replace")
    if "Left leg: was it" in text or "Left leg: did it" in text:
        p.failures.append("asked about the left leg, which was never tested")
    if "Left leg:" in text.split("questions about")[-1]:
        p.failures.append("gave a verdict for the left leg")
    if os.WEXITSTATUS(p.status) != 0:
        p.failures.append(f"exit status {os.WEXITSTATUS(p.status)}")
    if "safety_acknowledged = true" not in p.settings_text():
        p.failures.append("the acknowledgement was not kept in the settings")

    if not p.failures:
        both_legs(p)
    return p.report("ok: symptom -> look up -> relax -> other leg; questions for the tested leg only;"
                    " a symptom in both legs is urgent, and the history keeps it as urgent")


def both_legs(first: PtyProgram) -> None:
    """The usual symptom in both legs: the urgent notice, and the history keeps the check as urgent
    (each leg's own answers would say "does not suggest")."""
    p = PtyProgram(first.exe, ["self-check", "--headless", "--step", "2", "--first-leg", "right"],
                   "nf-selfcheck-both-", home=first.home)
    ok = p.expect("Get ready", "the lead-in (second run)", 30)
    p.send(" ")
    for leg in ("RIGHT", "LEFT"):
        if ok:
            ok = p.skip_until(f"SLOWLY STRAIGHTEN YOUR {leg} KNEE", f"the {leg.lower()} knee step")
            p.send("s")
    if ok:
        ok = p.expect("questions about the right leg, then the left leg", "questions for both legs", 60)
    if ok:
        for n in range(1, 7):
            if not p.wait_for_nth("[y/n]", n):
                break  # the urgent notice may come before every question is asked
            p.send("n" if "different" in p.out.decode(errors="replace").split("[y/n]")[-2][-200:]
                   else "y")
        p.expect("See a doctor urgently", "the urgent notice for both legs")
    p.finish(10, kill=False)
    first.failures.extend(p.failures)
    history = p.run(["history", "--self-checks"])
    if history.count("URGENT") != 2:
        first.failures.append("the history does not keep the both-legs check as urgent:\n" + history)


if __name__ == "__main__":
    sys.exit(main())
