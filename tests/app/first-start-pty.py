#!/usr/bin/env python3
"""The first start of `run --headless` on a pseudo-terminal, as a person meets it.

The safety notice comes first and its acknowledgement is kept in the settings (the same one the
window keeps); then the question of which leg is affected, rather than a silent right. The leg
chosen is the one the set-up names and the one kept. The pain before, skipped, is asked again at
the end.

Usage: first-start-pty.py NERVEFLOSS
"""
import os
import pty
import select
import sys
import tempfile
import time


def main() -> int:
    exe = sys.argv[1]
    work = tempfile.mkdtemp(prefix="nf-first-start-pty-")
    env = dict(os.environ, XDG_CONFIG_HOME=f"{work}/config", XDG_DATA_HOME=f"{work}/data",
               ALSOFT_DRIVERS="null", HOME=work)
    pid, fd = pty.fork()
    if pid == 0:
        os.execve(exe, [exe, "run", "nerve-floss", "--headless", "--reps", "1", "--sets", "1",
                        "--lead-in", "1"], env)
    out = b""
    failures = []

    def expect(text: str, what: str, timeout: float = 30.0) -> bool:
        nonlocal out
        end = time.monotonic() + timeout
        while text.encode() not in out:
            left = end - time.monotonic()
            r, _, _ = select.select([fd], [], [], max(0.0, left))
            if not r:
                failures.append(f"{what}: never saw {text!r}")
                return False
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                chunk = b""
            if not chunk:
                failures.append(f"{what}: the program ended before {text!r}")
                return False
            out += chunk
        return True

    ok = (expect("Call your emergency number", "the safety notice at the first start")
          and expect("Press Enter", "the acknowledgement"))
    if ok:
        os.write(fd, b"\r")
        ok = expect("Which leg is affected: left, right or both?", "the affected-leg question")
    if ok:
        os.write(fd, b"l\r")
        ok = expect("Saved: the left leg", "the leg kept")
    if ok:
        ok = expect("Calf pain before", "the pain before")
        os.write(fd, b"\r")  # skipped: asked again at the end
    if ok:
        ok = expect("Lift the left foot", "the set-up naming the leg chosen")
    if ok:
        os.write(fd, b"q")
    # Let it end (any further question is left unanswered: its input ends).
    end = time.monotonic() + 15
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
            if b"Calf pain" in chunk:
                os.write(fd, b"\r")
    try:
        os.kill(pid, 9)
    except ProcessLookupError:
        pass
    os.waitpid(pid, 0)
    # The pain before, skipped at the start, is asked again at the end.
    if out.count(b"Calf pain before") < 2:
        failures.append("the skipped pain before was not asked again at the end")
    settings = os.path.join(work, "config", "nervefloss", "settings.toml")
    text = open(settings).read() if os.path.exists(settings) else ""
    if "safety_acknowledged = true" not in text:
        failures.append("the acknowledgement was not kept in the settings")
    if "affected_leg = 'left'" not in text and 'affected_leg = "left"' not in text:
        failures.append("the leg was not kept in the settings")
    if failures:
        sys.stdout.write(out.decode(errors="replace"))
        print(text)
        for f in failures:
            print("FAIL:", f)
        return 1
    print("ok: notice, acknowledgement kept, affected leg asked and kept")
    return 0


if __name__ == "__main__":
    sys.exit(main())
