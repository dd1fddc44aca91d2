#!/usr/bin/python3
"""`nervefloss remind` on a desktop bus, end to end.

Usage: remind-bus-test.py NERVEFLOSS

Runs itself again under dbus-run-session, so the program meets a private session bus and never
the developer's own. There python3-dbusmock's notification_daemon template records every Notify
call, and the tests emit ActionInvoked and NotificationClosed as a desktop would when the person
presses Start or dismisses the reminder. The program runs with a scratch home and no display, so
Start's `nervefloss run ROUTINE` ends at once with its "no display" line, which shows it was run.

Exit status: 0 when every test passes, 1 when one fails, 77 (skipped) when dbus-run-session or
python3-dbusmock is missing.
"""

import os
import subprocess
import sys
import tempfile
import time
import unittest

NOTIFY = "org.freedesktop.Notifications"

from private_bus import rerun_on_private_bus, wait_for

if __name__ == "__main__":
    rerun_on_private_bus()

try:
    import dbus
    import dbusmock
except ImportError:
    print("skipped: python3-dbusmock is not installed (run with Debian's /usr/bin/python3)")
    sys.exit(77)

BIN = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else ""


class RemindBusTest(dbusmock.DBusTestCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.server, cls.mock_obj = cls.spawn_server_template("notification_daemon", {},
                                                             stdout=subprocess.DEVNULL)
        cls.mock = dbus.Interface(cls.mock_obj, dbusmock.MOCK_IFACE)

    @classmethod
    def tearDownClass(cls):
        cls.server.terminate()
        cls.server.wait()
        super().tearDownClass()

    def setUp(self):
        # The mock numbers notifications from 1 for the life of the server: count them all.
        self.before = len(self.all_notify_calls())
        self.home = tempfile.TemporaryDirectory(prefix="nf-remind-")
        self.env = dict(os.environ)
        self.env.update(HOME=self.home.name, XDG_CONFIG_HOME=os.path.join(self.home.name, "config"),
                        XDG_DATA_HOME=os.path.join(self.home.name, "data"), ALSOFT_DRIVERS="null")
        self.env.pop("DISPLAY", None)
        self.env.pop("WAYLAND_DISPLAY", None)

    def tearDown(self):
        self.home.cleanup()

    def all_notify_calls(self):
        return [c for c in self.mock.GetCalls() if c[1] == "Notify"]

    def notify_calls(self):
        return self.all_notify_calls()[self.before:]

    def last_id(self):
        return dbus.UInt32(len(self.all_notify_calls()))

    def remind(self, *args):
        return subprocess.run([BIN, "remind", *args], env=self.env, capture_output=True, text=True,
                              timeout=60)

    def start_remind(self):
        proc = subprocess.Popen([BIN, "remind", "--wait", "30"], env=self.env, text=True,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self.addCleanup(lambda: proc.poll() is None and proc.kill())
        wait_for("the Notify call", self.notify_calls)
        return proc

    def emit(self, name, signature, args):
        self.mock.EmitSignal(NOTIFY, name, signature, args)

    def test_what_is_due_is_notified_with_a_start_action(self):
        r = self.remind("--wait", "0")
        self.assertEqual(r.returncode, 0, r.stderr)
        calls = self.notify_calls()
        self.assertEqual(len(calls), 1)
        app, replaces, _icon, summary, body, actions, _hints, _timeout = calls[0][2]
        self.assertEqual(str(app), "nervefloss")
        self.assertEqual(int(replaces), 0)
        self.assertEqual(str(summary), "Time for your exercises")
        self.assertIn("Nerve flossing: 1st of 2 today", str(body))
        self.assertIn("Strengthening: due today", str(body))
        self.assertEqual([str(a) for a in actions], ["start", "Start"])

    def test_nothing_due_sends_nothing(self):
        plan = os.path.join(self.home.name, "config", "nervefloss", "plan.toml")
        os.makedirs(os.path.dirname(plan))
        with open(plan, "w") as f:
            f.write('[[routine]]\nid = "knee-rolls"\nas_wanted = true\n')
        r = self.remind("--wait", "0")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("Nothing due now.", r.stdout)
        self.assertEqual(self.notify_calls(), [])

    def test_start_runs_the_first_routine_due(self):
        proc = self.start_remind()
        self.emit("ActionInvoked", "us", [self.last_id(), "start"])
        out, err = proc.communicate(timeout=30)
        self.assertIn("Starting Nerve flossing.", out)
        # `run nerve-floss` in the window, which has no display here: its one line says so.
        self.assertIn("display", err)
        self.assertEqual(proc.returncode, 2, err)

    def test_another_notifications_action_is_not_ours(self):
        proc = self.start_remind()
        self.emit("ActionInvoked", "us", [dbus.UInt32(self.last_id() + 100), "start"])
        self.emit("NotificationClosed", "uu", [self.last_id(), dbus.UInt32(2)])
        out, err = proc.communicate(timeout=30)
        self.assertEqual(proc.returncode, 0, err)
        self.assertNotIn("Starting", out)

    def test_dismissed_ends_without_starting(self):
        proc = self.start_remind()
        started = time.monotonic()
        self.emit("NotificationClosed", "uu", [self.last_id(), dbus.UInt32(2)])
        out, err = proc.communicate(timeout=30)
        self.assertEqual(proc.returncode, 0, err)
        self.assertNotIn("Starting", out)
        self.assertLess(time.monotonic() - started, 10)


if __name__ == "__main__":
    unittest.main(argv=[sys.argv[0]], verbosity=2)
