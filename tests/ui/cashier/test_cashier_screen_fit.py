"""The window on a real screen size (issue 20): 1366×768 and 1024×768 less a 40-px taskbar.

The suite runs on offscreen's default 800×800 screen, where "fits the screen" means nothing; so
each size runs ``screen_fit_case.py`` in a child pytest whose offscreen screen is configured
(``QT_QPA_PLATFORM=offscreen:configfile=…``) as the free area that a 1366×768 or 1024×768 screen
keeps beside a 40-px taskbar: 1366×728 and 1024×728, frame margins on. What it checks is the
real window's ``frameGeometry`` against ``QScreen.availableGeometry()``, the status bar and every
button of the sale, return, login and lock screens against the window and their parents, with
offscreen's fonts (a window manager's title bar is not there; the frame margins are).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

TASKBAR = 40  # px
CASE = Path(__file__).with_name("screen_fit_case.py")


@pytest.mark.parametrize("size", [(1366, 768), (1024, 768)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_window_fits_the_free_area_of_the_screen(tmp_path, size) -> None:
    width, height = size[0], size[1] - TASKBAR
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"windowFrameMargins": True, "screens": [
        {"name": "counter", "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": 96,
         "logicalBaseDpi": 96, "dpr": 1}]}), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", ALSEP_FIT_SCREEN=f"{width}x{height}")
    root = Path(__file__).resolve().parents[3]
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:randomly", "-p", "no:cacheprovider",
                           "-p", "no:xdist", str(CASE)], cwd=root, env=env, capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]
    assert "2 passed" in done.stdout
