"""The start screen of kiosk mode (issue 16): says plainly what is happening while the store and
the devices come up, then gives way to the kiosk window.

Each step runs on a worker thread while the screen keeps painting; a step that fails leaves its
reason on the screen (a translated sentence, never a traceback) with a button to close.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from alsep_desktop.app.config import AppConfig
from alsep_desktop.ui.qt import (
    QApplication,
    QEventLoop,
    QLabel,
    QProgressBar,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    translate,
)
from alsep_desktop.ui.widgets.message_bar import error_text
from alsep_desktop.ui.widgets.touch import ERROR_STYLE, big_button

log = logging.getLogger(__name__)


class StartScreen(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("start_screen")
        self.setWindowTitle("Alsep Desktop")
        lay = QVBoxLayout(self)
        lay.addStretch(1)
        self.title = QLabel(translate("StartScreen", "Alsep Desktop is starting"), self)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setStyleSheet("font-size: 28px; font-weight: bold;")
        self.step = QLabel("", self)
        self.step.setObjectName("start_step")
        self.step.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.step.setWordWrap(True)
        self.step.setStyleSheet("font-size: 18px;")
        self.bar = QProgressBar(self)
        self.bar.setTextVisible(False)
        self.close_button = big_button(translate("StartScreen", "Close"), self, name="start_close")
        self.close_button.setVisible(False)
        self.close_button.clicked.connect(self.close)
        # a step is never cut in the middle (a migration runs in one transaction): the start
        # stops after the step under way
        self.cancel_button = big_button(translate("StartScreen", "Cancel the start"), self, name="start_cancel")
        self.cancel_button.clicked.connect(self.cancel)
        for w in (self.title, self.step, self.bar, self.cancel_button, self.close_button):
            lay.addWidget(w)
        lay.addStretch(1)
        self.failed = False
        self.cancelled = False

    def cancel(self) -> None:
        self.cancelled = True
        self.cancel_button.setEnabled(False)
        self.cancel_button.setText(translate("StartScreen", "Stopping after this step…"))

    def run(self, steps: list[tuple[str, Callable[[], object]]]) -> bool:
        """Run ``steps`` (text to show, work) in order; False on a failure (its reason shown) or
        when the start was cancelled (:attr:`cancelled`)."""
        self.bar.setRange(0, len(steps))
        self.cancel_button.setVisible(True)
        for done, (text, work) in enumerate(steps):
            if self.cancelled:
                return False
            self.step.setText(text)
            self.bar.setValue(done)
            error = _in_thread(work)
            if error is not None:
                log.error("start-up step failed: %s", text, exc_info=error)
                self.failed = True
                self.title.setText(translate("StartScreen", "Alsep Desktop could not start"))
                self.step.setStyleSheet(ERROR_STYLE + " font-size: 18px;")
                self.step.setText(f"{text}\n{error_text(error)}")
                self.bar.setVisible(False)
                self.cancel_button.setVisible(False)
                self.close_button.setVisible(True)
                return False
        self.bar.setValue(len(steps))
        self.cancel_button.setVisible(False)
        return not self.cancelled


def _in_thread(work: Callable[[], object]) -> BaseException | None:
    """Run ``work`` on a thread while Qt keeps drawing; its exception, if any."""
    box: list[BaseException] = []

    def target() -> None:
        try:
            work()
        except BaseException as exc:  # noqa: BLE001 - handed to the screen
            box.append(exc)

    thread = threading.Thread(target=target, name="alsep-start", daemon=True)
    thread.start()
    while thread.is_alive():
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        thread.join(0.02)
    return box[0] if box else None


if TYPE_CHECKING:
    from alsep_desktop.app.bootstrap import AppContext
    from alsep_desktop.app.demo_cloud import DemoCloud
    from alsep_desktop.app.demo_terminal import DemoTerminal
    from alsep_desktop.services.terminal.service import TerminalService


@dataclass
class _Started:
    """What the start steps opened (each closed at the end, whatever happened)."""

    ctx: AppContext | None = None
    sandbox: Any = None  # the in-process OFD sandbox of the demo (app/demo.py)
    terminal: TerminalService | None = None
    emulator: DemoTerminal | None = None
    cloud: DemoCloud | None = None

    def context(self) -> AppContext:
        assert self.ctx is not None, "the store is opened by the first step"
        return self.ctx


def run_kiosk(config: AppConfig, *, quit_after_ms: int | None = None, ready_file: Path | None = None,
              no_cloud: bool = False) -> int:
    """Kiosk start: the start screen, then the main window held by a :class:`KioskGuard`."""
    from alsep_desktop.app.window_services import build_services, open_store
    from alsep_desktop.ui.app import _quit_on_signals, create_app, mark_ready
    from alsep_desktop.ui.kiosk import KioskGuard, check_with_auth
    from alsep_desktop.ui.translator import set_language

    app = create_app()
    set_language(app, config.language)
    screen = StartScreen()
    screen.showFullScreen()
    started = _Started()

    def open_the_store() -> None:  # the store and the card terminal of the device settings (issue 15)
        started.ctx, started.terminal = open_store(config)

    def demo() -> None:
        from alsep_desktop.app.demo import ADMIN, ensure_demo, start_demo_sandbox
        from alsep_desktop.app.demo_terminal import start_demo_terminal

        if getattr(sys, "frozen", False):  # the bundle has no cloud service (decision 1601)
            logging.getLogger("alsep_desktop").info(
                "demo: no local cloud in the installed bundle; the demo runs as a single PC")
        elif not no_cloud:  # the same demo cloud as the windowed start (issue 20: kiosk had none)
            from alsep_desktop.app.demo_cloud import run_demo_cloud

            started.cloud = run_demo_cloud(started.context())
        ctx = started.context()
        ensure_demo(ctx)
        started.sandbox = start_demo_sandbox(ctx, state_file=config.data_dir / "ofd-sandbox.state")
        # the Kaspi emulator over HTTPS and the real driver against it (issue 15)
        assert started.terminal is not None
        started.emulator = start_demo_terminal(ctx, started.terminal, ctx.auth.login(*ADMIN))

    steps: list[tuple[str, Callable[[], object]]] = [
        (translate("StartScreen", "Opening the store and updating its tables…"), open_the_store)]
    if config.demo:
        steps.append((translate("StartScreen", "Preparing the demo company and its local OFD…"), demo))
    steps.append((translate("StartScreen", "Starting the sending of receipts to the OFD…"),
                  lambda: started.context().start_background()))
    try:
        if not screen.run(steps):
            if screen.cancelled:  # asked by the person at the screen: a normal end
                return 0
            if quit_after_ms is not None:
                QTimer.singleShot(quit_after_ms, app.quit)
            app.exec()
            return 1
        screen.step.setText(translate("StartScreen", "Starting the devices and the window…"))
        QApplication.processEvents()
        from alsep_desktop.ui.main_window import MainWindow

        ctx = started.context()
        window = MainWindow(build_services(ctx, terminal=started.terminal))
        window.install_scanners(app)
        guard = KioskGuard(window, check_with_auth(ctx.auth), hide_cursor=config.kiosk_hide_cursor)
        window.kiosk_guard = guard
        guard.show()
        screen.close()
        mark_ready(ready_file)
        if quit_after_ms is not None:  # smoke tests and the bench: leave as the system would
            def leave() -> None:
                guard.release()
                window.close()
                app.quit()

            QTimer.singleShot(quit_after_ms, leave)
        _quit_on_signals(app, window)
        return app.exec()
    finally:
        if started.terminal is not None:
            started.terminal.close()
        if started.emulator is not None:
            started.emulator.stop()
        if started.ctx is not None:
            started.ctx.close()
        if started.sandbox is not None:
            from alsep_desktop.app.demo import stop_demo_sandbox

            stop_demo_sandbox(started.sandbox, config.data_dir / "ofd-sandbox.state")
        if started.cloud is not None:
            started.cloud.stop()
