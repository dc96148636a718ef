"""Hidden ``--bench-sign-in PATH`` (bench/bundle_start.py, issue 16, decision 1606): a cold start
measured to the sale screen, not to the first window.

The demo cashier's ``login:password`` comes from the environment variable :data:`ENV` (never an
argument: a command line is visible to every user of the PC). The credentials are typed into the
login screen's own fields and its own «Войти» runs, so the sign-in goes through the auth service
exactly as a cashier's does (argon2 check, lockout, the PIN question, the self-test after it).
Only a demo store is signed into: any other company refuses. Once the sale screen is shown and
the event loop is idle, the time (``time.time()``) is written into ``PATH`` and the program
closes itself shortly after.
"""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path

from alsep_desktop.app.demo import DEMO_BIN
from alsep_desktop.ui.qt import QApplication, QTimer

log = logging.getLogger(__name__)

ENV = "ALSEP_BENCH_SIGN_IN"
CLOSE_AFTER_MS = 300  # after the sale screen's mark: the bench's run ends without waiting


def sign_in_for_bench(window, marker: Path) -> None:  # noqa: ANN001 - ui.main_window.MainWindow
    """Sign the demo cashier in through ``window``'s login screen; mark ``marker`` at the sale screen."""
    email, sep, password = os.environ.get(ENV, "").partition(":")
    if not sep:
        log.error("--bench-sign-in: %s=login:password is not set", ENV)
        QTimer.singleShot(0, lambda: QApplication.exit(2))
        return
    login = window.login

    def bound(register: object) -> None:
        login.bound.disconnect(bound)
        if register is None:
            log.error("--bench-sign-in: this PC's register is not bound")
            QApplication.exit(2)
            return
        if window.ctx.org.registration_data(register.id).company_iin_bin != DEMO_BIN:  # type: ignore[attr-defined]
            log.error("--bench-sign-in: refused, the store is not the demo company's")
            QApplication.exit(2)
            return
        login.email.setText(email)
        login.password.setText(password)
        login.login()  # the screen's own sign-in: ops runner, auth service, PIN question

    def signed_in(_who: object) -> None:
        login.logged_in.disconnect(signed_in)
        if window.stack.currentWidget() is not window.tabs or window.tabs.currentWidget() is not window.sale:
            log.error("--bench-sign-in: signed in, but the sale screen is not shown")
            QApplication.exit(2)
            return

        def mark() -> None:
            marker.write_text(f"{time.time():.6f}\n", encoding="utf-8")
            QTimer.singleShot(CLOSE_AFTER_MS, window.close)
            QTimer.singleShot(CLOSE_AFTER_MS, QApplication.quit)

        QTimer.singleShot(0, mark)  # once the sale screen has been painted

    login.bound.connect(bound)
    # connected after MainWindow.on_login: it runs once the sale tab is current
    login.logged_in.connect(signed_in)
