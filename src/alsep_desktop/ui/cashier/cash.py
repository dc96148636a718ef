"""Deposit and withdrawal of cash (seed 9.3.1 «Изъятие и пополнение кассы»), with a printed slip."""

from __future__ import annotations

from alsep_desktop.domain.money import Money
from alsep_desktop.services.changes import Changes
from alsep_desktop.services.documents import DocumentResult
from alsep_desktop.services.printing import NoPrinter
from alsep_desktop.ui.cashier.common import (
    TOUCH_HEIGHT,
    Counter,
    MessageBar,
    big_button,
    bind_key,
    with_key,
)
from alsep_desktop.ui.ops import shift as shift_ops
from alsep_desktop.ui.qt import (
    QEvent,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
    translate,
)
from alsep_desktop.ui.widgets.money_edit import MoneyEdit

KEY_DEPOSIT, KEY_WITHDRAW = "Ctrl+I", "Ctrl+O"


class CashMovesPanel(QGroupBox):
    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counter = counter
        lay = QVBoxLayout(self)
        self.in_drawer = QLabel(self)
        self.in_drawer.setObjectName("cash_in_drawer")
        lay.addWidget(self.in_drawer)
        self.amount = MoneyEdit(self, field="amount")
        self.amount.setObjectName("cash_amount")
        self.amount.setMinimumHeight(TOUCH_HEIGHT)
        lay.addWidget(self.amount)
        row = QHBoxLayout()
        self.deposit_button = big_button("", self, name="cash_deposit")
        bind_key(self.deposit_button, counter.shortcut(KEY_DEPOSIT, lambda: translate("CashierCash", "Deposit cash")))
        self.deposit_button.clicked.connect(lambda: self.move(deposit=True))
        self.withdraw_button = big_button("", self, name="cash_withdraw")
        bind_key(self.withdraw_button, counter.shortcut(KEY_WITHDRAW, lambda: translate("CashierCash", "Withdraw cash")))
        self.withdraw_button.clicked.connect(lambda: self.move(deposit=False))
        row.addWidget(self.deposit_button)
        row.addWidget(self.withdraw_button)
        lay.addLayout(row)
        self.message = MessageBar(self)
        lay.addWidget(self.message)
        self._drawer = Money(0)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(translate("CashierCash", "Cash in the drawer"))
        self.deposit_button.setText(with_key(translate("CashierCash", "Deposit"), KEY_DEPOSIT))
        self.withdraw_button.setText(with_key(translate("CashierCash", "Withdraw"), KEY_WITHDRAW))
        self._show_drawer()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_drawer(self) -> None:
        self.in_drawer.setText(translate("CashierCash", "In the drawer: %1").replace("%1", self._drawer.format()))

    def refresh(self) -> None:
        register_id = self.counter.register_id
        if register_id is None:
            return

        def shown(m: Money) -> None:
            self._drawer = m
            self._show_drawer()

        shift_ops.cash_in_drawer(self.counter, register_id, shown, self.message.show_error)

    def move(self, *, deposit: bool) -> None:
        c = self.counter
        cashier, register_id = c.cashier, c.register_id
        if cashier is None or register_id is None:
            return
        try:
            amount = self.amount.money()
        except Exception as exc:
            self.message.show_error(exc)
            return
        if amount.tiyn <= 0:
            self.message.show_error(translate("CashierCash", "Type the amount first."))
            return
        def done(out: tuple[DocumentResult, Money]) -> None:
            result, drawer = out
            self._drawer = drawer
            self._show_drawer()
            self.amount.clear()
            note = (translate("CashierCash", "Deposited %1.") if deposit else translate("CashierCash", "Withdrawn %1.")).replace(
                "%1", result.total.format())
            self.message.show_info(note)

            def failed(exc: Exception) -> None:
                if not isinstance(exc, NoPrinter):
                    self.message.show_error(exc)

            shift_ops.print_cash_slip(c, register_id, result, deposit, cashier, drawer, failed)
            c.ops.announce(Changes(shift=True))

        shift_ops.move_cash(c, cashier, register_id, amount, deposit=deposit, done=done, failed=self.message.show_error)
