"""What the Python tests that run the program share (tests/support, beside Program.cpp)."""
import os
import pty
import re
import select
import shutil
import subprocess
import sys
import tempfile
import time

HARNESS_SETTINGS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "harness-settings.toml")


def write_harness_settings(home, only_if_missing=False):
    """Puts the harness settings (tones only, notice read, right leg) in home/config/nervefloss."""
    config = os.path.join(home, "config", "nervefloss")
    os.makedirs(config, exist_ok=True)
    settings = os.path.join(config, "settings.toml")
    if only_if_missing and os.path.exists(settings):
        return settings
    shutil.copyfile(HARNESS_SETTINGS, settings)
    return settings


class PtyProgram:
    """The program on a pseudo-terminal, in a scratch home with no settings (a first start), read
    as a person would see it: what it printed so far is `out`, and `failures` lists what never
    came."""

    def __init__(self, exe, args, prefix, home=None):
        """`home`: a scratch home an earlier PtyProgram made, to go on with its settings and
        history; by default a new one (a first start)."""
        self.exe = exe
        self.home = home or tempfile.mkdtemp(prefix=prefix)
        self.env = dict(os.environ, XDG_CONFIG_HOME=f"{self.home}/config",
                        XDG_DATA_HOME=f"{self.home}/data", ALSOFT_DRIVERS="null", HOME=self.home)
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.execve(exe, [exe] + args, self.env)
        self.out = b""
        self.failures = []
        self.status = None

    def _read(self, timeout):
        """One read of what the program printed: "data", "timeout" or "ended"."""
        r, _, _ = select.select([self.fd], [], [], max(0.0, timeout))
        if not r:
            return "timeout"
        try:
            chunk = os.read(self.fd, 4096)
        except OSError:  # the terminal hung up: the program has ended
            chunk = b""
        self.out += chunk
        return "data" if chunk else "ended"

    def read_until(self, text, timeout=30.0, start=0):
        """Reads until `text` is printed (after byte `start`): whether it was, within `timeout`."""
        end = time.monotonic() + timeout
        while text.encode() not in self.out[start:]:
            if self._read(end - time.monotonic()) != "data":
                return False
        return True

    def expect(self, text, what, timeout=30.0, start=0):
        """read_until, with a failure naming `what` when the text never came."""
        if self.read_until(text, timeout, start):
            return True
        self.failures.append(f"{what}: never saw {text!r}")
        return False

    def wait_for_nth(self, text, n, timeout=10.0):
        """Reads until `text` has been printed `n` times: whether it was, within `timeout`."""
        end = time.monotonic() + timeout
        while self.out.count(text.encode()) < n and time.monotonic() < end:
            self.read_until("\n", min(0.5, max(0.0, end - time.monotonic())), len(self.out))
        return self.out.count(text.encode()) >= n

    def skip_until(self, text, what, timeout=30.0):
        """Presses space (next step) once at each step the program shows from the one on the last
        line printed, until the step whose name holds `text`: the steps before it are seen but not
        waited out. False, with a failure naming `what`, when that step never came."""
        start, skipped = self.out.rfind(b"\n") + 1, 0
        end = time.monotonic() + timeout
        while True:
            names = re.findall(rb"(?m)^\d+:\d\d  (.+?) ?\(\d+ s\)", self.out[start:])
            for name in names[skipped:]:
                if text.encode() in name:
                    return True
                self.send(" ")
                skipped += 1
            if self._read(end - time.monotonic()) != "data":
                self.failures.append(f"{what}: never saw a step saying {text!r}")
                return False

    def send(self, keys):
        os.write(self.fd, keys.encode())

    def finish(self, seconds, answer=None, kill=True):
        """Reads until the program ends or `seconds` pass, passing each new piece of output to
        `answer` (which may send keys); then, with `kill`, ends it if it still runs. Waits for it
        and keeps its wait status in `status`."""
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            before = len(self.out)
            got = self._read(min(0.5, end - time.monotonic()))
            if got == "ended":
                break
            if got == "data" and answer:
                answer(self.out[before:])
        if kill:
            try:
                os.kill(self.pid, 9)
            except ProcessLookupError:
                pass
        _, self.status = os.waitpid(self.pid, 0)

    def report(self, passed, *also):
        """The test's status: 0 and `passed` printed, or 1 with what the program printed, `also`
        and each failure."""
        if not self.failures:
            print(passed)
            return 0
        sys.stdout.write(self.out.decode(errors="replace"))
        for text in also:
            print(text)
        for f in self.failures:
            print("FAIL:", f)
        return 1

    def run(self, args, timeout=30):
        """The program run to its end in the same home, not on a terminal: what it printed."""
        done = subprocess.run([self.exe] + args, env=self.env, capture_output=True, text=True,
                              timeout=timeout, check=False)
        return done.stdout + done.stderr

    def settings_text(self):
        path = os.path.join(self.home, "config", "nervefloss", "settings.toml")
        return open(path).read() if os.path.exists(path) else ""
