#!/usr/bin/env python3
"""The slump self-check in the terminal, driven on a pseudo-terminal with the keys a person uses.

At the first symptom (S at "straighten your right knee") the guide goes no further into tension:
it goes on to "look up", then "relax", then the other leg. Stopped (q) before the left leg was
looked up, the questions are about the right leg only. The first start shows the safety notice
and keeps its acknowledgement.

Usage: selfcheck-pty.py NERVEFLOSS
"""
import os
import pty
import select
import sys
import tempfile
import time


def main() -> int:
    exe = sys.argv[1]
    work = tempfile.mkdtemp(prefix="nf-selfcheck-pty-")
    env = dict(os.environ, XDG_CONFIG_HOME=f"{work}/config", XDG_DATA_HOME=f"{work}/data",
               ALSOFT_DRIVERS="null", HOME=work)
    pid, fd = pty.fork()
    if pid == 0:
        os.execve(exe, [exe, "self-check", "--headless", "--step", "3", "--first-leg", "right"], env)
    out = b""

    def read_until(text: str, timeout: float = 30.0, start: int = 0) -> bool:
        nonlocal out
        end = time.monotonic() + timeout
        while text.encode() not in out[start:]:
            left = end - time.monotonic()
            if left <= 0:
                return False
            r, _, _ = select.select([fd], [], [], left)
            if r:
                try:
                    chunk = os.read(fd, 4096)
                except OSError:
                    return False
                if not chunk:
                    return False
                out += chunk
        return True

    failures = []

    def expect(text: str, what: str, timeout: float = 30.0, start: int = 0) -> bool:
        if not read_until(text, timeout, start):
            failures.append(f"{what}: never saw {text!r}")
            return False
        return True

    def send(keys: str) -> None:
        os.write(fd, keys.encode())

    ok = (expect("Call your emergency number", "the safety notice at the first start")
          and expect("Press Enter", "the acknowledgement"))
    if ok:
        send("\r")
        ok = expect("Healthy people also feel a pull behind the knee", "the warning before the steps")
    if ok:
        expect("Do not lean forward as well", "the other warning")
        ok = expect("s symptom", "the key list saying s means symptom")
    if ok:
        ok = expect("Get ready", "the lead-in")
        send(" ")  # start at once
    if ok:
        ok = expect("SLOWLY STRAIGHTEN YOUR RIGHT KNEE", "the knee step", 60)
    if ok:
        send("s")
        ok = expect("Symptom: no further. On to look up.", "the symptom noted")
    if ok:
        mark = len(out)
        ok = expect("LOOK UP (RELEASE THE NECK)", "look up after the symptom")
        if ok and b"PULL YOUR RIGHT TOES UP" in out[mark:]:
            failures.append("the guide went on to toes up after the symptom")
    if ok:
        ok = expect("RELAX", "relax after looking up")
    if ok:
        ok = expect("Next: Left leg", "the other leg after relaxing")
    if ok:
        ok = expect("SIT TALL", "the left leg's first step", 30)
        send("q")
    if ok:
        ok = expect("questions about the right leg", "questions for the tested leg")
    if ok:
        for n in range(1, 4):
            # Wait for the n-th question, then answer it.
            end = time.monotonic() + 10
            while out.count(b"[y/n]") < n and time.monotonic() < end:
                read_until("\n", 0.5, len(out))
            if out.count(b"[y/n]") < n:
                failures.append(f"question {n} never came")
                break
            send("y")
        expect("Right leg: yes to all three", "the result for the tested leg")
    # Let the program end, then check what it never asked.
    end = time.monotonic() + 10
    while time.monotonic() < end:
        r, _, _ = select.select([fd], [], [], 0.5)
        if r:
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                break
            if not chunk:
                break
            out += chunk
    _, status = os.waitpid(pid, 0)
    text = out.decode(errors="replace")
    if "Left leg: was it" in text or "Left leg: did it" in text:
        failures.append("asked about the left leg, which was never tested")
    if "Left leg:" in text.split("questions about")[-1]:
        failures.append("gave a verdict for the left leg")
    if os.WEXITSTATUS(status) != 0:
        failures.append(f"exit status {os.WEXITSTATUS(status)}")
    settings = os.path.join(work, "config", "nervefloss", "settings.toml")
    if not os.path.exists(settings) or "safety_acknowledged = true" not in open(settings).read():
        failures.append("the acknowledgement was not kept in the settings")

    if failures:
        sys.stdout.write(text)
        for f in failures:
            print("FAIL:", f)
        return 1
    print("ok: symptom -> look up -> relax -> other leg; questions for the tested leg only")
    return 0


if __name__ == "__main__":
    sys.exit(main())
