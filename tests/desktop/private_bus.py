"""What the desktop's bus tests share: running on a private session bus, and waiting."""

import os
import shutil
import sys
import time


def rerun_on_private_bus(tools=("dbus-run-session",)):
    """Runs the calling script again under dbus-run-session, so the program under test meets a
    private session bus and never the developer's own; exits 77 (skipped) when a tool is missing.
    Returns in the second run."""
    if os.environ.get("NF_PRIVATE_BUS"):
        return
    for tool in tools:
        if not shutil.which(tool):
            print(f"skipped: {tool} is not installed")
            sys.exit(77)
    os.environ["NF_PRIVATE_BUS"] = "1"
    os.execvp("dbus-run-session", ["dbus-run-session", "--", sys.executable, *sys.argv])


def wait_for(what, predicate, timeout=15.0):
    """Polls predicate() until it is true; fails the test naming `what` after `timeout` s."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = predicate()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")
