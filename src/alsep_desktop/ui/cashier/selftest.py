"""Self-test at login (seed 9.2): each check green or red with the reason; «без принтера»."""

from __future__ import annotations

from alsep_desktop.services.selftest import CheckResult, CheckState, SelfTestService
from alsep_desktop.ui.cashier.common import Counter, big_button
from alsep_desktop.ui.i18n.errors import error_message
from alsep_desktop.ui.ops import devices as device_ops
from alsep_desktop.ui.qt import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
    translate,
)
from alsep_desktop.ui.translator import current_language

GREEN = "background: #2e7d32; color: white; border-radius: 6px; padding: 6px;"
RED = "background: #c62828; color: white; border-radius: 6px; padding: 6px;"
GREY = "background: #9e9e9e; color: white; border-radius: 6px; padding: 6px;"


def check_title(name: str) -> str:
    titles = {
        "printer": translate("CashierSelfTest", "Printer"),
        "terminal": translate("CashierSelfTest", "Card terminal"),
        "ofd": translate("CashierSelfTest", "OFD connection"),
        "network": translate("CashierSelfTest", "Network"),
        "cloud": translate("CashierSelfTest", "Cloud"),
    }
    return titles.get(name, name)


class SelfTestDialog(QDialog):
    def __init__(self, counter: Counter, service: SelfTestService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counter, self.service = counter, service
        self.results: list[CheckResult] = []
        self.running = False
        self.setWindowTitle(translate("CashierSelfTest", "Self-test"))
        self.setMinimumWidth(560)
        lay = QVBoxLayout(self)
        intro = QLabel(translate("CashierSelfTest", "Checking the printer, the card terminal, the OFD connection and the network…"),
                       self)
        intro.setWordWrap(True)  # the Kazakh sentence is wider than the dialog (issue 11.6)
        lay.addWidget(intro)
        self.grid = QGridLayout()
        self.rows: dict[str, tuple[QLabel, QLabel]] = {}
        for i, name in enumerate(("printer", "terminal", "ofd", "network", "cloud")):
            mark, reason = QLabel("…", self), QLabel("", self)
            mark.setObjectName(f"check_{name}")
            reason.setObjectName(f"reason_{name}")
            reason.setWordWrap(True)
            mark.setMinimumWidth(180)
            self.grid.addWidget(mark, i, 0)
            self.grid.addWidget(reason, i, 1)
            self.rows[name] = (mark, reason)
        self.grid.setColumnStretch(1, 1)  # the reason takes the width; its wrapped lines the height (issue 20)
        lay.addLayout(self.grid)
        for w in self.rows["cloud"]:
            w.hide()  # shown when the self-test checks a cloud (issue 14)
        buttons = QHBoxLayout()
        self.repeat_button = big_button(translate("CashierSelfTest", "Repeat"), self, name="selftest_repeat")
        self.repeat_button.clicked.connect(self.start)
        self.no_printer_button = big_button(translate("CashierSelfTest", "Work without printer"), self, name="selftest_no_printer")
        self.no_printer_button.clicked.connect(self.without_printer)
        self.continue_button = big_button(translate("CashierSelfTest", "Continue"), self, name="selftest_continue")
        self.continue_button.clicked.connect(self.accept)
        for b in (self.repeat_button, self.no_printer_button, self.continue_button):
            buttons.addWidget(b)
        lay.addLayout(buttons)
        # Enter continues to the counter; «Повторить» is a click or its own choice (issue 11)
        self.repeat_button.setAutoDefault(False)
        self.no_printer_button.setAutoDefault(False)
        self.continue_button.setDefault(True)
        self.continue_button.setFocus()

    def start(self) -> None:
        if self.running or self.counter.register_id is None:
            return
        self.running = True
        for mark, reason in self.rows.values():
            mark.setText("…")
            mark.setStyleSheet(GREY)
            reason.setText("")
        register_id = self.counter.register_id
        device_ops.run_selftest(self.counter.ops, self.service, register_id, self.show_results, self._failed)

    def _failed(self, exc: Exception) -> None:
        self.running = False
        from alsep_desktop.ui.cashier.common import error_text

        self.rows["ofd"][1].setText(error_text(exc))

    def show_results(self, results: list[CheckResult]) -> None:
        self.running = False
        self.results = results
        lang = current_language()
        for r in results:
            if r.name not in self.rows:
                continue
            mark, reason = self.rows[r.name]
            mark.show()
            reason.show()
            if r.state is CheckState.OK:
                mark.setText("✔ " + check_title(r.name))
                mark.setStyleSheet(GREEN)
                reason.setText(translate("CashierSelfTest", "Ready"))
            elif r.state is CheckState.ABSENT:
                mark.setText("— " + check_title(r.name))
                mark.setStyleSheet(GREY)
                reason.setText(error_message(lang, r.code or "error", r.params))
            else:
                mark.setText("✘ " + check_title(r.name))
                mark.setStyleSheet(RED)
                reason.setText(error_message(lang, r.code or "error", r.params))
        self.fit_texts()

    def fit_texts(self) -> None:
        """Grow to the wrapped reasons' height (a Kazakh printer line was cut at the bottom)."""
        self.layout().activate()
        need = self.layout().totalHeightForWidth(self.width()) if self.layout().hasHeightForWidth() else \
            self.layout().totalSizeHint().height()
        if need > self.height():
            self.resize(self.width(), need)

    def without_printer(self) -> None:
        self.counter.printing.without_printer = True
        self.accept()
