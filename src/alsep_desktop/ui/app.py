"""QApplication start-up."""

from __future__ import annotations

import sys

from alsep_desktop.app.bootstrap import AppContext
from alsep_desktop.ui.qt import QApplication, QTimer
from alsep_desktop.ui.translator import set_language


def create_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("Alsep Desktop")
    return app  # type: ignore[return-value]


def run_gui(ctx: AppContext, *, quit_after_ms: int | None = None, terminal: object | None = None) -> int:
    from alsep_desktop.ui.main_window import MainWindow

    app = create_app()
    set_language(app, ctx.config.language)
    window = MainWindow(ctx, terminal=terminal)
    window.install_scanners(app)
    window.show()
    if quit_after_ms is not None:
        QTimer.singleShot(quit_after_ms, window.close)
        QTimer.singleShot(quit_after_ms, app.quit)
    return app.exec()
