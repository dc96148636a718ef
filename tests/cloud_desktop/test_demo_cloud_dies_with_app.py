"""Issue 20: the demo cloud the app started ends when the app dies (it stayed as an orphan)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

CHILD = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from alsep_desktop.app.demo_cloud import start_demo_cloud
    cloud = start_demo_cloud(Path(sys.argv[1]), timeout=60)
    print(cloud.proc.pid, flush=True)
    time.sleep(600)  # the app at work, until it is killed
""")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    stat = Path(f"/proc/{pid}/stat")
    return not (stat.exists() and stat.read_text().split(") ", 1)[1].startswith("Z"))


def test_sigkill_of_the_app_ends_its_demo_cloud(tmp_path: Path) -> None:
    app = subprocess.Popen([sys.executable, "-c", CHILD, str(tmp_path)], stdout=subprocess.PIPE, text=True)
    try:
        cloud_pid = int(app.stdout.readline())
        assert _alive(cloud_pid)
        app.send_signal(signal.SIGKILL)
        app.wait(10)
        deadline = time.monotonic() + 8
        while _alive(cloud_pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not _alive(cloud_pid), "the demo cloud outlived the app that started it"
    finally:
        app.kill()
        app.wait(10)
