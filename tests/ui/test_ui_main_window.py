"""The window opens on a migrated store at the login screen (pytest-qt, offscreen)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from alsep_desktop.app.demo import ensure_demo
from alsep_desktop.ui.main_window import MainWindow


def test_window_opens_at_login_and_says_the_register_is_not_bound(qtbot, sqlite_ctx) -> None:
    ensure_demo(sqlite_ctx)
    window = MainWindow(sqlite_ctx, run_selftest=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.ops.pool.activeThreadCount() == 0 and window.login.binding.text() != "")
    assert window.stack.currentWidget() is window.login
    assert window.counter.register_id is None
    assert window.login.setup_button.isVisible()
    window.close()


def test_entry_point_starts_and_quits(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ALSEP_DATA_DIR=str(tmp_path))
    proc = subprocess.run(
        [sys.executable, "-m", "alsep_desktop", "--demo", "--quit-after-ms", "200"],
        env=env, capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "alsep.sqlite").exists()
