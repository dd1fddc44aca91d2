#!/usr/bin/python3
"""nervefloss on a desktop bus, end to end.

Usage: desktop-bus-test.py NERVEFLOSS [--window]

Runs itself again under dbus-run-session, so the program meets a private session bus and never
the developer's own, and starts a private system bus beside it (python3-dbusmock). There a mocked
screen saver (org.freedesktop.ScreenSaver) and a mocked logind record what nervefloss asks of
them, while the tests drive a short session through MPRIS with `busctl --user`, as media keys
would (dbus-send, so the test needs no systemd), and read what happened in the session's trace
(--trace) and in the PropertiesChanged signals (dbus-monitor). --window drives the window's
session instead of a headless one (under a display: the caller runs it under xvfb-run).

Exit status: 0 when every test passes, 1 when one fails, 77 (skipped) when dbus-run-session,
dbus-send, dbus-monitor or python3-dbusmock is missing.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import unittest

PLAYER_NAME = "org.mpris.MediaPlayer2.nervefloss"
PLAYER_PATH = "/org/mpris/MediaPlayer2"
PLAYER_IFACE = "org.mpris.MediaPlayer2.Player"
SAVER = "org.freedesktop.ScreenSaver"
SAVER_PATH = "/org/freedesktop/ScreenSaver"

from private_bus import rerun_on_private_bus, wait_for

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
from harness import write_harness_settings  # noqa: E402

if __name__ == "__main__" and not os.environ.get("NF_PRIVATE_BUS"):
    if "--window" in sys.argv[2:] and not (os.environ.get("DISPLAY") and shutil.which("xdotool")):
        print("skipped: --window needs a display (run under xvfb-run) and xdotool")
        sys.exit(77)
    rerun_on_private_bus(("dbus-run-session", "dbus-send", "dbus-monitor"))

try:
    import dbus
    import dbusmock
except ImportError:
    print("skipped: python3-dbusmock is not installed (run with Debian's /usr/bin/python3)")
    sys.exit(77)

BIN = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else ""
WINDOW = "--window" in sys.argv[2:]


class DesktopBusTest(dbusmock.DBusTestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.start_system_bus()
        cls.logind_proc, cls.logind = cls.spawn_server_template(
            "logind", {}, stdout=subprocess.DEVNULL)
        cls.saver_proc = cls.spawn_server(SAVER, SAVER_PATH, SAVER, system_bus=False,
                                          stdout=subprocess.DEVNULL)
        cls.session_bus = dbus.SessionBus()
        cls.saver = dbus.Interface(cls.session_bus.get_object(SAVER, SAVER_PATH),
                                   dbusmock.MOCK_IFACE)
        cls.saver.AddMethod(SAVER, "Inhibit", "ss", "u", "ret = dbus.UInt32(4242)")
        cls.saver.AddMethod(SAVER, "UnInhibit", "u", "", "")

    @classmethod
    def tearDownClass(cls):
        for proc in (cls.saver_proc, cls.logind_proc):
            proc.terminate()
            proc.wait()
        super().tearDownClass()

    def setUp(self):
        self.saver.ClearCalls()
        self.work = tempfile.mkdtemp(prefix="nf-desktop-")
        self.trace = os.path.join(self.work, "trace.jsonl")
        self.proc = None
        self.monitor_proc = None
        write_harness_settings(self.work)

    def tearDown(self):
        if self.monitor_proc:
            self.monitor_proc.terminate()
            self.monitor_proc.wait()
        if self.proc and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        shutil.rmtree(self.work, ignore_errors=True)

    # --- the program ---------------------------------------------------------------------
    def env(self, **extra):
        env = dict(os.environ, XDG_CONFIG_HOME=os.path.join(self.work, "config"),
                   XDG_DATA_HOME=os.path.join(self.work, "data"), ALSOFT_DRIVERS="null",
                   NERVEFLOSS_LOG="debug")
        env.update(extra)
        return env

    def start(self, *dose, env=None):
        args = [BIN, "run", "nerve-floss", "--sets", "1", "--lead-in", "0", "--trace", self.trace,
                *dose]
        if not WINDOW:
            args += ["--headless", "--quiet"]
        self.stderr = os.path.join(self.work, "stderr.txt")
        with open(self.stderr, "w") as err:
            self.proc = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                         stderr=err, env=env or self.env())
        return self.proc

    def finish(self, timeout=20):
        self.assertEqual(self.proc.wait(timeout=timeout), 0, self.log())

    def key(self, name):
        """A key pressed in the window (SFML sets no _NET_WM_PID: found by its title)."""
        win = subprocess.run(["xdotool", "search", "--name", "^nervefloss"], capture_output=True,
                             text=True, timeout=10).stdout.split()
        self.assertTrue(win, "no nervefloss window")
        subprocess.run(["xdotool", "windowfocus", "--sync", win[0], "key", name], check=True,
                       timeout=10)

    def quit_window(self):
        self.key("ctrl+q")
        self.finish()

    def log(self):
        with open(self.stderr) as f:
            return f.read()

    def events(self):
        if not os.path.exists(self.trace):
            return []
        with open(self.trace) as f:
            return [json.loads(line) for line in f if line.endswith("\n")]

    def names(self):
        return [e["event"] for e in self.events()]

    # --- the bus -------------------------------------------------------------------------
    def mpris(self, method):
        """A media key, as a desktop's key handler would send it."""
        subprocess.run(["dbus-send", "--session", "--print-reply", "--dest=" + PLAYER_NAME,
                        PLAYER_PATH, f"{PLAYER_IFACE}.{method}"],
                       check=True, timeout=10, stdout=subprocess.DEVNULL)

    def monitor(self):
        """Records the player's PropertiesChanged signals from now on; returns the file's path."""
        path = os.path.join(self.work, "signals.txt")
        out = open(path, "w")
        self.monitor_proc = subprocess.Popen(
            ["dbus-monitor", "--session", "type='signal',interface='org.freedesktop.DBus.Properties',"
             f"member='PropertiesChanged',path='{PLAYER_PATH}'"], stdout=out, stderr=subprocess.DEVNULL)
        out.close()
        time.sleep(0.3)  # dbus-monitor's match is in place before the program starts
        return path

    def player(self, prop):
        try:
            obj = self.session_bus.get_object(PLAYER_NAME, PLAYER_PATH)
            return obj.Get(PLAYER_IFACE, prop, dbus_interface=dbus.PROPERTIES_IFACE)
        except dbus.exceptions.DBusException:
            return None  # not on the bus (yet, or any more)

    def status_is(self, status):
        wait_for(f"PlaybackStatus {status}", lambda: self.player("PlaybackStatus") == status)

    def saver_calls(self):
        return [str(call[1]) for call in self.saver.GetCalls()]

    def sleep_locks(self):
        return [tuple(str(x) for x in i[:4])
                for i in self.logind.ListInhibitors(dbus_interface="org.freedesktop.login1.Manager")]

    def assert_held(self):
        self.assertEqual(self.sleep_locks(),
                         [("idle:sleep", "nervefloss", "Guided exercise in progress", "block")])

    def assert_released(self):
        wait_for("logind's inhibitor to be released", lambda: not self.sleep_locks())

    # --- the tests -----------------------------------------------------------------------
    def test_media_keys_pause_resume_skip_and_stop(self):
        self.start("--reps", "2", "--hold", "2")
        self.status_is("Playing")
        wait_for("Inhibit", lambda: self.saver_calls() == ["Inhibit"])
        wait_for("logind's inhibitor", self.sleep_locks)
        self.assert_held()

        self.mpris("Pause")
        self.status_is("Paused")
        self.assertEqual(self.saver_calls(), ["Inhibit", "UnInhibit"])
        self.assert_released()

        meta = self.player("Metadata")
        self.assertEqual(str(meta["nervefloss:routine"]), "Nerve flossing")
        self.assertEqual(str(meta["nervefloss:exercise"]), "Nerve flossing")
        self.assertEqual(int(meta["nervefloss:sets"]), 1)
        self.assertEqual(int(meta["nervefloss:reps"]), 2)
        self.assertIn(int(meta["nervefloss:rep"]), (1, 2))
        self.assertTrue(str(meta["xesam:title"]).startswith("Nerve flossing: rep "))

        self.mpris("PlayPause")
        self.status_is("Playing")
        wait_for("a second Inhibit", lambda: self.saver_calls().count("Inhibit") == 2)
        wait_for("logind's inhibitor again", self.sleep_locks)
        self.mpris("Next")
        wait_for("step_skipped in the trace", lambda: "step_skipped" in self.names())
        self.mpris("Pause")
        self.status_is("Paused")

        if WINDOW:
            # Stop asks to leave: the session waits for an answer on screen. Enter leaves.
            self.mpris("Stop")
            time.sleep(0.5)
            self.assertNotIn("session_end", self.names())
            self.key("Return")
            wait_for("session_end in the trace", lambda: "session_end" in self.names())
            self.quit_window()
        else:
            self.mpris("Stop")
            self.finish()
        names = self.names()
        for event in ("paused", "resumed", "step_skipped", "session_end"):
            self.assertIn(event, names)
        self.assertLess(names.index("paused"), names.index("resumed"))
        self.assertEqual(self.events()[-1].get("reason"), "stopped")
        self.assertEqual(self.saver_calls(), ["Inhibit", "UnInhibit", "Inhibit", "UnInhibit"])
        self.assert_released()

    def test_released_at_the_end_of_a_completed_session(self):
        signals = self.monitor()
        self.start("--reps", "1", "--hold", "1")
        self.status_is("Playing")
        wait_for("logind's inhibitor", self.sleep_locks)
        self.assert_held()
        # Released by the session's end, not by the process going away: the saver was asked to
        # UnInhibit (an exit would not call it), and the player announced Stopped.
        wait_for("UnInhibit", lambda: self.saver_calls() == ["Inhibit", "UnInhibit"])
        self.assert_released()
        with open(signals) as f:
            said = f.read()
        self.assertIn('string "PlaybackStatus"', said)
        self.assertIn('string "Playing"', said)
        self.assertIn('string "Stopped"', said)
        self.assertIn('string "Metadata"', said)
        if WINDOW:
            self.quit_window()
        else:
            self.finish()
        self.assertEqual(self.events()[-1].get("reason"), "completed")

    def test_a_crash_takes_the_inhibitors_along(self):
        self.start("--reps", "3", "--hold", "2")
        self.status_is("Playing")
        wait_for("logind's inhibitor", self.sleep_locks)
        self.proc.kill()
        self.proc.wait()
        self.assert_released()
        wait_for("the player to leave the bus", lambda: self.player("PlaybackStatus") is None)

    @unittest.skipIf(WINDOW, "the headless run says the same for both")
    def test_without_a_session_bus_one_debug_line_and_the_same_session(self):
        self.start("--reps", "1", "--hold", "0.5",
                   env=self.env(DBUS_SESSION_BUS_ADDRESS="unix:path=" + os.path.join(self.work, "no-bus")))
        self.finish()
        desktop = [line for line in self.log().splitlines() if "desktop:" in line]
        self.assertEqual(len(desktop), 1, self.log())
        self.assertIn("no session bus", desktop[0])
        self.assertEqual(self.events()[-1].get("reason"), "completed")
        self.assertEqual(self.saver_calls(), [])
        self.assertEqual(self.sleep_locks(), [])


if __name__ == "__main__":
    if not BIN:
        sys.exit(__doc__)
    unittest.main(argv=[sys.argv[0]], verbosity=2)
