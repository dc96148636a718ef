"""Reports and the shift (seed 9.3.3, 9.3.4): X report, close shift (Z) with admin credentials.

Each report is shown in the window as the printer would print it, and printed.
"""

from __future__ import annotations

from alsep_desktop.domain.money import Money
from alsep_desktop.domain.roles import Principal
from alsep_desktop.services.printing import NoPrinter
from alsep_desktop.services.shift import ShiftReport
from alsep_desktop.ui.cashier.cash import CashMovesPanel
from alsep_desktop.ui.cashier.common import (
    Counter,
    CredentialsDialog,
    MessageBar,
    big_button,
    error_text,
    set_font,
    with_key,
)
from alsep_desktop.ui.cashier.ofd_rejection import rejection_text
from alsep_desktop.ui.ops import shift as shift_ops
from alsep_desktop.ui.qt import (
    QDialog,
    QEvent,
    QFont,
    QHBoxLayout,
    QLabel,
    QTextEdit,
    QVBoxLayout,
    QWidget,
    translate,
)
from alsep_desktop.ui.receipt_preview import preview_document

KEY_X, KEY_Z = "F8", "F9"


class ShiftScreen(QWidget):
    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counter = counter
        self.dialog: QDialog | None = None
        self.last_report: ShiftReport | None = None
        lay = QHBoxLayout(self)
        left = QVBoxLayout()
        self.title = QLabel(self)
        set_font(self.title, 18, bold=True)
        left.addWidget(self.title)
        self.x_button = big_button("", self, name="x_report")
        self.x_button.clicked.connect(self.x_report)
        self.z_button = big_button("", self, name="close_shift")
        self.z_button.clicked.connect(self.ask_close)
        left.addWidget(self.x_button)
        left.addWidget(self.z_button)
        self.cash = CashMovesPanel(counter, self)
        left.addWidget(self.cash)
        self.message = MessageBar(self)
        left.addWidget(self.message)
        # terminal-only payments without a receipt refuse the Z report: the administrator may close anyway (0717)
        self.carry_box = QWidget(self)
        self.carry_box.setObjectName("carry_box")
        carry = QVBoxLayout(self.carry_box)
        carry.setContentsMargins(0, 0, 0, 0)
        self.carry_note = QLabel(self.carry_box)
        self.carry_note.setWordWrap(True)
        self.carry_cancel = big_button("", self.carry_box, name="close_carry_cancel")  # first: Tab goes on to close
        self.carry_button = big_button("", self.carry_box, name="close_carry_over")
        self.carry_cancel.clicked.connect(self._hide_carry)
        carry.addWidget(self.carry_note)
        carry.addWidget(self.carry_cancel)
        carry.addWidget(self.carry_button)
        self.carry_box.setVisible(False)
        self._carry_credentials: tuple[str, str] | None = None
        self.carry_button.clicked.connect(self._close_carrying_over)
        left.addWidget(self.carry_box)
        left.addStretch(1)
        lay.addLayout(left, 1)
        self.view = QTextEdit(self)
        self.view.setObjectName("report_view")
        self.view.setReadOnly(True)
        font = QFont("DejaVu Sans Mono")
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.view.setFont(font)
        lay.addWidget(self.view, 1)
        counter.shortcut(KEY_X, lambda: translate("CashierShift", "X report"))
        counter.shortcut(KEY_Z, lambda: translate("CashierShift", "Close the shift (Z report)"))
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(translate("CashierShift", "Reports and shift"))
        self.x_button.setText(with_key(translate("CashierShift", "X report"), KEY_X))
        self.z_button.setText(with_key(translate("CashierShift", "Close the shift (Z report)"), KEY_Z))
        self.carry_note.setText(translate("CashierShift", "Closed anyway, these payments stay in the Terminal tab "
                                          "until their receipts are issued or they are refunded."))
        self.carry_button.setText(translate("CashierShift", "Close anyway"))
        self.carry_cancel.setText(translate("CashierShift", "Do not close"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _who(self) -> tuple[Principal, int] | None:
        c = self.counter
        if c.cashier is None or c.register_id is None:
            return None
        return c.cashier, c.register_id

    def x_report(self) -> None:
        who = self._who()
        if who is None:
            return
        cashier, register_id = who
        self.message.clear_message()
        shift_ops.x_report(self.counter, cashier, register_id, self.show_report, self.message.show_error)

    def ask_close(self) -> None:
        if self._who() is None:
            return
        dlg = CredentialsDialog(translate("CashierShift", "Close the shift: administrator"), self)
        dlg.accepted.connect(lambda: self.close_shift(*dlg.credentials()))
        self.dialog = dlg
        dlg.open()

    def close_shift(self, email: str, password: str, *, carry_over: bool = False) -> None:
        who = self._who()
        if who is None:
            return
        cashier, register_id = who
        self.z_button.setEnabled(False)
        self._hide_carry()
        self.message.clear_message()

        def failed(exc: Exception) -> None:
            self.z_button.setEnabled(True)
            self.message.show_error(exc)
            if getattr(exc, "code", "") == "shift.terminal_payments_open":
                self._carry_credentials = (email, password)
                self.carry_box.setVisible(True)
                self.carry_cancel.setFocus()  # the safe choice under the cashier's Enter

        def closed(report: ShiftReport) -> None:
            self.z_button.setEnabled(True)
            self.show_report(report)

        shift_ops.close_shift(self.counter, cashier, email, password, register_id, carry_over=carry_over,
                              done=closed, failed=failed)

    def _close_carrying_over(self) -> None:
        creds = self._carry_credentials
        if creds is not None:
            self.close_shift(*creds, carry_over=True)

    def _hide_carry(self) -> None:
        self.carry_box.setVisible(False)
        self._carry_credentials = None

    def show_report(self, report: ShiftReport) -> None:
        who = self._who()
        if who is None:
            return
        cashier, register_id = who
        self.last_report = report
        printing = self.counter.printing
        try:
            lines = printing.report_document(register_id, report, cashier).text_lines()
        except Exception as exc:
            self.message.show_error(exc)
            return
        self.view.setPlainText("\n".join(lines))
        preview_document(self.counter, self, lambda: printing.report_document(register_id, report, cashier),
                         kind="x" if report.kind == "X" else "z")
        # one sentence per outcome, each its own translation (never «X-отчёт» + « Не напечатан…», issue 20)
        x = report.kind == "X"
        title = translate("CashierShift", "X report is ready.") if x else translate("CashierShift", "Z report: the shift is closed.")
        done = {True: (translate("CashierShift", "X report is printed.") if x else
                       translate("CashierShift", "Z report is printed: the shift is closed.")),
                False: (translate("CashierShift", "X report is not printed: the register works without a printer.") if x else
                        translate("CashierShift", "Z report is not printed (the register works without a printer): "
                                  "the shift is closed."))}
        extra = ""
        if report.ofd_differences:
            extra += " " + translate("CashierShift", "The OFD counters differ: %1").replace("%1", ", ".join(report.ofd_differences))
        open_payments = report.terminal.without_receipt if report.terminal is not None else ()
        if open_payments:
            amount = Money.sum(p.amount for p in open_payments).format()
            extra += " " + (translate("CashierShift", "Terminal payments without a fiscal receipt: %1, %2 in all: issue "
                                      "their receipts with «Безнал» or refund them before closing the shift.")
                            if report.kind == "X" else
                            translate("CashierShift", "Terminal payments without a fiscal receipt carried over: "
                                      "%1, %2 in all (Terminal tab).")).replace("%1", str(len(open_payments))) \
                .replace("%2", amount)
        show = self.message.show_info
        if report.ofd_rejection is not None:  # an error the admin must act on, never a plain «closed» (issue 20)
            extra += " " + translate("CashierShift", "The OFD REJECTED this report.") + " " + rejection_text(
                *report.ofd_rejection, "x_report" if x else "close_shift")
            show = self.message.show_error

        def failed(exc: Exception) -> None:
            if isinstance(exc, NoPrinter):
                show(done[False] + extra)
            else:
                self.message.show_error(translate("CashierShift", "%1 Printing failed: %2")
                                        .replace("%1", title).replace("%2", error_text(exc)) + extra)

        def printed(_: object) -> None:
            show(done[True] + extra)

        shift_ops.print_report(self.counter, register_id, report, cashier, printed, failed)
