#!/usr/bin/env python3
"""Every way a terminal session can end gives the same sets and reps everywhere.

Each case runs `nervefloss run nerve-floss --headless` on a pseudo-terminal of its own (so the
keys arrive as a person's would, and Ctrl-C is the terminal's interrupt), with fresh config and
data folders, a small dose (2 reps x 2 sets of two 1 s postures, no rest, no lead-in), and the
keys or signal of that ending. Then the terminal's "Done:" line, the session's row of
`history --csv`, its rows of `history --csv --sets` and `today` must give the same numbers, and
those must be the numbers expected for what was done.

Usage: endings-e2e.py path/to/nervefloss
"""

import concurrent.futures
import csv
import io
import os
import pty
import re
import select
import signal
import subprocess
import sys
import tempfile
import termios
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
from harness import write_harness_settings  # noqa: E402

BIN = os.path.abspath(sys.argv[1])
DOSE = ["--reps", "2", "--sets", "2", "--hold", "1", "--rest", "0", "--lead-in", "0",
        "--pain-before", "3", "--pain-after", "3", "--quiet"]
FAILS = []


def env_for(home):
    env = dict(os.environ)
    env.pop("DISPLAY", None)
    env.update(XDG_CONFIG_HOME=os.path.join(home, "config"),
               XDG_DATA_HOME=os.path.join(home, "data"), ALSOFT_DRIVERS="null", TERM="dumb")
    write_harness_settings(home, only_if_missing=True)
    return env


class Run:
    """One headless run on a pseudo-terminal: read its output, send keys, signal it."""

    def __init__(self, env):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.execve(BIN, [BIN, "run", "nerve-floss", "--headless"] + DOSE, env)
        self.out = ""
        self.status = None

    def pump(self, timeout):
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            return False
        try:
            data = os.read(self.fd, 4096)
        except OSError:  # the child is gone and the terminal closed
            data = b""
        if not data:
            return None
        self.out += data.decode("utf-8", "replace")
        return True

    def wait_for(self, pattern, seconds=15):
        """Reads until `pattern` shows; True when it did."""
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            if re.search(pattern, self.out):
                return True
            if self.pump(0.05) is None:
                break
        return bool(re.search(pattern, self.out))

    def key(self, text):
        os.write(self.fd, text.encode())

    def finish(self, seconds=20):
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            got = self.pump(0.05)
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                while self.pump(0.05):
                    pass
                self.status = status
                break
            if got is None:
                time.sleep(0.02)
        if self.status is None:
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
            raise RuntimeError("the run did not end:\n" + self.out)
        os.close(self.fd)


def nervefloss(env, *args):
    r = subprocess.run([BIN, *args], env=env, capture_output=True, text=True, timeout=30,
                       stdin=subprocess.DEVNULL)
    if r.returncode != 0:
        raise RuntimeError(f"nervefloss {' '.join(args)}: {r.returncode}: {r.stderr}")
    return r.stdout


def check(name, what, got, want):
    if got != want:
        FAILS.append(f"{name}: {what}: got {got!r}, want {want!r}")
        print(f"FAIL: {name}: {what}: got {got!r}, want {want!r}")


def case(name, drive, sets, reps, status, floss, done_line=True):
    with tempfile.TemporaryDirectory() as home:
        env = env_for(home)
        run = Run(env)
        try:
            drive(run)
            run.finish()
        except Exception as e:  # one broken case must not hide the others
            FAILS.append(f"{name}: {e}")
            print(f"FAIL: {name}: {e}")
            return
        try:
            compare(name, env, run, sets, reps, status, floss, done_line)
        except Exception as e:
            FAILS.append(f"{name}: {e}")
            print(f"FAIL: {name}: {e}")


def compare(name, env, run, sets, reps, status, floss, done_line):
    """The Done line, history --csv (and --sets), history and today against what was done."""
    done = re.search(r"Done: (\d+) sets?, (\d+) reps?", run.out)
    if done_line:
        if not done:
            check(name, "the Done line", run.out[-300:], "Done: ...")
        else:
            check(name, "the Done line's sets, reps", (int(done[1]), int(done[2])), (sets, reps))
    else:
        check(name, "no Done line after SIGKILL", bool(done), False)
    rows = list(csv.DictReader(io.StringIO(nervefloss(env, "history", "--csv"))))
    check(name, "sessions recorded", len(rows), 1)
    if rows:
        row = rows[-1]
        check(name, "history --csv sets_done, reps_done",
              (int(row["sets_done"]), int(row["reps_done"])), (sets, reps))
        check(name, "history --csv status", row["status"], status)
        set_rows = list(csv.DictReader(io.StringIO(nervefloss(env, "history", "--csv", "--sets"))))
        counted = [s for s in set_rows if int(s["reps_done"]) > 0]
        check(name, "history --csv --sets: sets with reps, reps",
              (len(counted), sum(int(s["reps_done"]) for s in set_rows)), (sets, reps))
    today = nervefloss(env, "today")
    m = re.search(r"Done today: (\d+) sets?, (\d+) reps?", today)
    check(name, "today's sets, reps", (int(m[1]), int(m[2])) if m else today, (sets, reps))
    m = re.search(r"Flossing (\d+) of \d+ today", today)
    check(name, "today's flossing count", int(m[1]) if m else today, floss)
    table = nervefloss(env, "history")
    check(name, "history's table shows the sets", f"{sets}/2" in table, True)
    if not any(f.startswith(name + ":") for f in FAILS):
        print(f"ok: {name}: {sets} sets, {reps} reps, {status}, flossing {floss}")


# The phase lines say where the session is: "[set 2/2  rep 2/2  right]  POINT TOES...".
SET2_REP2 = r"set 2/2  rep 2/2"
SET2_REP1 = r"set 2/2  rep 1/2"


def completed(run):
    pass


def end_each_set_before_a_rep(run):
    for s in (1, 2):
        assert run.wait_for(rf"set {s}/2  rep 1/2"), run.out
        run.key("e")


def end_first_set_after_a_rep(run):
    assert run.wait_for(r"set 1/2  rep 2/2"), run.out
    run.key("e")


def skip_everything(run):
    assert run.wait_for(r"rep 1/2"), run.out
    while run.pump(0.1) is not None and "Done:" not in run.out:
        try:
            run.key("s")
        except OSError:
            break


def restart_then_complete(run):
    assert run.wait_for(r"set 1/2  rep 2/2"), run.out
    run.key("r")
    assert run.wait_for(r"Restarting set 1"), run.out


def at_set2_rep2(action):
    def drive(run):
        assert run.wait_for(SET2_REP2), run.out
        action(run)
    return drive


def stopped_and_continued_then_q(run):
    """Ctrl-Z then `fg`: while the program is stopped its shell takes the terminal back in line
    mode; on SIGCONT the program must set raw mode again, or a lone q waits for Enter."""
    assert run.wait_for(SET2_REP2), run.out
    os.kill(run.pid, signal.SIGSTOP)
    time.sleep(0.2)
    attrs = termios.tcgetattr(run.fd)
    attrs[3] |= termios.ICANON | termios.ECHO  # what the shell restores
    termios.tcsetattr(run.fd, termios.TCSANOW, attrs)
    os.kill(run.pid, signal.SIGCONT)
    time.sleep(0.3)
    run.key("q")


def kill_after_first_set(run):
    assert run.wait_for(SET2_REP1), run.out
    time.sleep(0.3)  # the set's row is written as the set ends; give the write its moment
    os.kill(run.pid, signal.SIGKILL)


# The cases run side by side, each on its own terminal with its own folders: they wait on real
# time (about 8 s each), not on the processor.
CASES = [
    ("completed", completed, 2, 4, "completed", 1),
    ("end set early before any rep", end_each_set_before_a_rep, 0, 0, "completed", 0),
    ("end set early after a rep", end_first_set_after_a_rep, 2, 3, "completed", 1),
    ("skip every posture", skip_everything, 0, 0, "completed", 0),
    ("restart set", restart_then_complete, 2, 4, "completed", 1),
    ("q mid-set", at_set2_rep2(lambda r: r.key("q")), 2, 3, "stopped", 0),
    ("Ctrl-C mid-set", at_set2_rep2(lambda r: r.key("\x03")), 2, 3, "stopped", 0),
    ("SIGTERM mid-set", at_set2_rep2(lambda r: os.kill(r.pid, signal.SIGTERM)), 2, 3, "stopped", 0),
    ("stopped, continued, then q", stopped_and_continued_then_q, 2, 3, "stopped", 0),
    ("SIGKILL after a set", kill_after_first_set, 1, 2, "unfinished", 0, False),
]
with concurrent.futures.ThreadPoolExecutor(max_workers=5) as pool:
    for future in [pool.submit(case, *c) for c in CASES]:
        future.result()

print(f"{len(FAILS)} failure(s)")
sys.exit(1 if FAILS else 0)
