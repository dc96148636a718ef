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
