"""A real cashier window against the in-process OFD sandbox and a FakePrinter (pytest-qt, offscreen)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from alsep_desktop.app.demo import ADMIN, CASHIER
from alsep_desktop.hardware.printer.fake import FakePrinter
from alsep_desktop.services.printing import PrintingService
from alsep_desktop.ui.main_window import MainWindow
from alsep_desktop.ui.qt import QApplication
from alsep_desktop.ui.translator import set_language
from tests.support.pos import Pos, make_pos


@dataclass
class Counter:
    pos: Pos
    window: MainWindow
    printer: FakePrinter
    qtbot: object

    def wait(self, cond, timeout: int = 10_000) -> None:
        self.qtbot.waitUntil(cond, timeout=timeout)

    def idle(self) -> None:
        self.window.ops.wait(10_000)
        QApplication.processEvents()
        self.window.ops.wait(10_000)
        QApplication.processEvents()

    def bind(self) -> None:
        w = self.window
        w.login.open_bind()
        dlg = w.login.dialog
        dlg.email.setText(ADMIN[0])
        dlg.password.setText(ADMIN[1])
        dlg.next_button.click()
        self.wait(lambda: dlg.save_button.isVisible())
        dlg.save_button.click()
        self.wait(lambda: w.counter.register_id is not None)

    def login(self, email: str = CASHIER[0], password: str = CASHIER[1]) -> None:
        w = self.window
        w.login.email.setText(email)
        w.login.password.setText(password)
        w.login.login_button.click()
        self.wait(lambda: w.counter.cashier is not None and w.stack.currentWidget() is w.tabs)

    def printed_text(self) -> str:
        return "\n".join(self.printer.decoded().lines())


@pytest.fixture
def counter(qtbot, tmp_path):
    app = QApplication.instance()
    set_language(app, "ru")
    pos = make_pos(tmp_path)
    printer = FakePrinter()
    printing = PrintingService(pos.ctx.uow, pos.ctx.clock, pos.ctx.vat_table, printer=printer,
                               pdf_folder=tmp_path / "pdf")
    window = MainWindow(pos.ctx, printing=printing, run_selftest=False)
    qtbot.addWidget(window)
    window.show()
    c = Counter(pos, window, printer, qtbot)
    yield c
    window.close()
    pos.ctx.close()
    pos.stop_ofd()
    set_language(app, "ru")


def focused(qtbot):  # noqa: ANN001, ANN201
    """Where a key goes now: the focus of the active window (after a dialog closed, a window
    manager activates what is left; offscreen does not, so this does it)."""
    from alsep_desktop.ui.qt import QMainWindow

    QApplication.processEvents()  # a dialog just opened becomes the active window
    active = QApplication.activeWindow()
    if active is None:
        shown = [w for w in QApplication.topLevelWidgets() if w.isVisible() and isinstance(w, QMainWindow)]
        active = QApplication.activeModalWidget() or (shown[-1] if shown else None)
        if active is not None:
            active.activateWindow()
            qtbot.waitUntil(lambda: QApplication.activeWindow() is active, timeout=5000)
    return (active.focusWidget() if active is not None else None) or active


def press(qtbot, key: str, widget=None) -> None:  # noqa: ANN001
    """A real key event, as a cashier presses it: to ``widget`` or the focused widget."""
    from alsep_desktop.ui.qt import QKeySequence

    combo = QKeySequence(key)[0]
    qtbot.keyClick(widget or focused(qtbot), combo.key(), combo.keyboardModifiers())


def type_keys(qtbot, text: str, delay: int = -1) -> None:  # noqa: ANN001
    """Real key events for ``text`` into the focused widget (``delay`` ms between keys)."""
    qtbot.keyClicks(focused(qtbot), text, delay=delay)


@pytest.fixture
def ready(counter):
    """A bound register with the cashier signed in, the window active."""
    counter.bind()
    counter.login()
    w = counter.window
    w.activateWindow()
    counter.wait(lambda: QApplication.activeWindow() is w)
    return counter
