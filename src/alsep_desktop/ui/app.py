"""QApplication start-up."""

from __future__ import annotations

import signal
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from alsep_desktop.app.bootstrap import AppContext
from alsep_desktop.app.window_services import build_services
from alsep_desktop.ui.qt import QApplication, QTimer
from alsep_desktop.ui.translator import set_language

if TYPE_CHECKING:
    from alsep_desktop.services.terminal.service import TerminalService
    from alsep_desktop.ui.main_window import MainWindow


def create_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("Alsep Desktop")
    return app  # type: ignore[return-value]


def run_gui(ctx: AppContext, *, quit_after_ms: int | None = None, terminal: TerminalService | None = None,
            ready_file: Path | None = None, bench_sign_in: Path | None = None) -> int:
    from alsep_desktop.ui.main_window import MainWindow

    app = create_app()
    set_language(app, ctx.config.language)
    window = MainWindow(build_services(ctx, terminal=terminal))
    window.install_scanners(app)
    window.show()
    mark_ready(ready_file)
    if bench_sign_in is not None:  # bench/bundle_start.py: on to the sale screen (decision 1606)
        from alsep_desktop.ui.bench_start import sign_in_for_bench

        sign_in_for_bench(window, bench_sign_in)
    if quit_after_ms is not None:
        QTimer.singleShot(quit_after_ms, window.close)
        QTimer.singleShot(quit_after_ms, app.quit)
    _quit_on_signals(app, window)
    return app.exec()


def _quit_on_signals(app: QApplication, window: MainWindow) -> None:
    """SIGTERM/SIGINT close the window and quit normally, so the store and devices shut down cleanly.

    Python runs signal handlers only between bytecodes; a light timer gives it the chance while
    Qt's event loop runs.
    """

    def stop(*_: object) -> None:
        if window.kiosk_guard is not None:  # the system stops the program: a kiosk lets it (ui/kiosk.py)
            window.kiosk_guard.release()
        window.close()
        app.quit()

    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, stop)
    ticker = QTimer(app)
    ticker.timeout.connect(lambda: None)
    ticker.start(300)


def mark_ready(path: Path | None) -> None:
    """Hidden ``--ready-file`` (bench/bundle_start.py): once the window has been shown and the
    event loop is idle, write the time (``time.time()``) into the file."""
    if path is None:
        return

    def write() -> None:
        path.write_text(f"{time.time():.6f}\n", encoding="utf-8")

    QTimer.singleShot(0, write)
