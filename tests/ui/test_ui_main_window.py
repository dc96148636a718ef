"""The window opens on a migrated store (pytest-qt, offscreen)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from alsep_desktop.app.demo import ensure_demo
from alsep_desktop.ui.main_window import MainWindow


def test_window_shows_company_and_register(qtbot, sqlite_ctx) -> None:
    ensure_demo(sqlite_ctx)
    window = MainWindow(sqlite_ctx)
    qtbot.addWidget(window)
    window.show()
    assert "Демо Дүкен" in window.company_label.text()
    assert "260101500004" in window.company_label.text()
    assert "ККМ №1" in window.register_label.text() and "11" in window.register_label.text()
    from alsep_desktop.store.migrate import head_revision

    assert head_revision() in window.statusBar().currentMessage()


def test_empty_store_says_what_to_do(qtbot, sqlite_ctx) -> None:
    window = MainWindow(sqlite_ctx)
    qtbot.addWidget(window)
    assert "administrator" in window.company_label.text()


def test_entry_point_starts_and_quits(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ALSEP_DATA_DIR=str(tmp_path))
    proc = subprocess.run(
        [sys.executable, "-m", "alsep_desktop", "--demo", "--quit-after-ms", "200"],
        env=env, capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "alsep.sqlite").exists()
