"""A cloud started by another program for itself (the desktop demo) ends when that program ends.

``alsep-cloud --exit-with-parent PID`` watches its parent: once the parent is gone (killed,
crashed, closed without stopping it) the cloud asks itself to stop as on Ctrl+C, and leaves for
good a few seconds later if that did not end it. The watch polls; it does not use Linux's
``PR_SET_PDEATHSIG``, which fires when the *thread* that started the child ends, and the desktop
may start its demo cloud from a worker thread (the kiosk's start screen). Decision 2003.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time

POLL_S = 0.5
GRACE_S = 5.0


def parent_alive(pid: int) -> bool:
    """True while the process ``pid`` that started us is still our parent and alive."""
    if sys.platform == "win32":  # no reparenting on Windows: ask whether the process is there
        import ctypes

        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(0x1000 | 0x00100000, False, pid)  # QUERY_LIMITED_INFORMATION | SYNCHRONIZE
        if not handle:
            return False
        try:
            return kernel32.WaitForSingleObject(handle, 0) == 0x102  # WAIT_TIMEOUT: still running
        finally:
            kernel32.CloseHandle(handle)
    return os.getppid() == pid  # an orphan is adopted by init or a subreaper


def _leave() -> None:
    os.kill(os.getpid(), signal.SIGTERM if sys.platform != "win32" else signal.SIGINT)
    time.sleep(GRACE_S)
    os._exit(3)  # the server did not stop on the signal


def watch(pid: int, *, poll_s: float = POLL_S) -> threading.Thread:
    """Start the watch on a daemon thread; the process leaves as soon as ``pid`` is gone."""
    if not parent_alive(pid):
        _leave()

    def run() -> None:
        while parent_alive(pid):
            time.sleep(poll_s)
        _leave()

    thread = threading.Thread(target=run, name="parent-watch", daemon=True)
    thread.start()
    return thread
