"""Payment dialog (seed 9.3.1): cash, card or mixed; change as typed; «Дополнительно».

Beside cash and card, every kind of the tender table that neither gives change nor goes through
the terminal has an amount field of its own (decision 2013): a kind a plugin registers is offered
with no line here naming it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from alsep_desktop.domain.basket import Basket
from alsep_desktop.domain.money import Money
from alsep_desktop.domain.payment import CashLimits, Payment, PaymentKind
from alsep_desktop.domain.tender import TenderKind, tender_kinds
from alsep_desktop.hardware.terminal.amounts import split_card_cash
from alsep_desktop.services.card_payment import started_text
from alsep_desktop.ui.cashier.common import TOUCH_HEIGHT, MessageBar, big_button, set_font, with_key
from alsep_desktop.ui.cashier.line_dialog import AdjustmentEdit
from alsep_desktop.ui.qt import (
    QButtonGroup,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    translate,
)
from alsep_desktop.ui.terminal.late_sale import LateSaleDialog
from alsep_desktop.ui.widgets.money_edit import MoneyEdit

if TYPE_CHECKING:
    from alsep_desktop.services.terminal_journal import JournalEntry

CASH, CARD, MIXED = 0, 1, 2
_translate_marker = translate  # a kind's label is a marked literal of the tender table (context Tender)


def own_field_kinds() -> tuple[TenderKind, ...]:
    """The kinds with an amount field of their own, in the table's order: not the one that gives
    change (the received field), not one charged on the terminal (the card button: the terminal
    ends in card or QR), not «Безнал» (the sale screen's box makes the card button non-cash, 0108)."""
    return tuple(k for k in tender_kinds()
                 if not k.gives_change and not k.via_terminal and k is not PaymentKind.NON_CASH)


class PaymentDialog(QDialog):
    """After OK: ``basket`` carries the receipt-level adjustments, ``payments`` the tenders."""

    def __init__(self, basket: Basket, *, non_cash: bool = False, parent: QWidget | None = None,
                 whole_tenge_card: bool = False, check=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.check = check or CashLimits().check_tendered  # the service's cash limit, before a card is charged (2042)
        self.whole_tenge_card = whole_tenge_card and not non_cash  # a card terminal takes whole tenge
        self.source = basket
        self.basket = basket
        self.card_kind = PaymentKind.NON_CASH if non_cash else PaymentKind.CARD
        self.payments: list[Payment] = []
        self.change = Money(0)
        self.setWindowTitle(translate("CashierPayment", "Payment"))
        self.setMinimumWidth(520)
        lay = QVBoxLayout(self)
        self.total_label = QLabel(self)
        self.total_label.setObjectName("pay_total")
        set_font(self.total_label, 26, bold=True)
        lay.addWidget(self.total_label)
        if non_cash:
            lay.addWidget(QLabel(translate("CashierPayment", "Non-cash receipt («Безнал»): no card terminal is used."), self))
        kinds = QHBoxLayout()
        self.group = QButtonGroup(self)
        self.cash_radio = QRadioButton(translate("CashierPayment", "Cash"), self)
        self.card_radio = QRadioButton(translate("CashierPayment", "Non-cash") if non_cash else translate("CashierPayment", "Card"), self)
        self.mixed_radio = QRadioButton(translate("CashierPayment", "Mixed"), self)
        for i, r in enumerate((self.cash_radio, self.card_radio, self.mixed_radio)):
            r.setMinimumHeight(TOUCH_HEIGHT)
            self.group.addButton(r, i)
            kinds.addWidget(r)
        self.cash_radio.setChecked(True)
        self.group.idToggled.connect(lambda *_: self.recalc())
        lay.addLayout(kinds)
        form = QFormLayout()
        self.received = MoneyEdit(self, field="received")
        self.received.setObjectName("pay_received")
        self.received.setMinimumHeight(TOUCH_HEIGHT)
        set_font(self.received, 20)
        self.received.textChanged.connect(lambda *_: self.recalc())
        self.received_label = QLabel(translate("CashierPayment", "Received in cash"), self)
        form.addRow(self.received_label, self.received)
        self.card_label = QLabel(self)
        self.card_label.setObjectName("pay_card")
        self.card_title = QLabel(translate("CashierPayment", "To the card"), self)
        form.addRow(self.card_title, self.card_label)
        self.tender_edits: dict[str, MoneyEdit] = {}  # key → the amount paid by that kind (the table's)
        for kind in own_field_kinds():
            edit = MoneyEdit(self, field="tender")
            edit.setObjectName(f"pay_{kind.key}")
            edit.setMinimumHeight(TOUCH_HEIGHT)
            edit.setPlaceholderText(Money(0).format(currency=False))
            edit.textChanged.connect(lambda *_: self.recalc())
            form.addRow(_translate_marker("Tender", kind.label), edit)
            self.tender_edits[kind.key] = edit
        self.change_label = QLabel(self)
        self.change_label.setObjectName("pay_change")
        self.change_label.setStyleSheet("font-size: 22px; font-weight: bold; color: #1b5e20;")
        form.addRow(translate("CashierPayment", "Change"), self.change_label)
        lay.addLayout(form)
        extra = QGroupBox(translate("CashierPayment", "Additionally"), self)
        extra_form = QFormLayout(extra)
        self.discount = AdjustmentEdit("receipt_discount", extra)
        self.markup = AdjustmentEdit("receipt_markup", extra)
        self.discount.value.textChanged.connect(lambda *_: self.recalc())
        self.markup.value.textChanged.connect(lambda *_: self.recalc())
        self.discount.kind.currentIndexChanged.connect(lambda *_: self.recalc())
        self.markup.kind.currentIndexChanged.connect(lambda *_: self.recalc())
        extra_form.addRow(translate("CashierPayment", "Discount on the receipt"), self.discount)
        extra_form.addRow(translate("CashierPayment", "Markup on the receipt"), self.markup)
        lay.addWidget(extra)
        self.message = MessageBar(self)
        lay.addWidget(self.message)
        self.tiyn_box = QWidget(self)
        self.tiyn_box.setObjectName("tiyn_box")
        tiyn = QHBoxLayout(self.tiyn_box)
        self.tiyn_label = QLabel(self.tiyn_box)
        self.tiyn_label.setWordWrap(True)
        self.tiyn_to_cash = big_button(translate("CashierPayment", "Tiyn to cash"), self.tiyn_box, name="tiyn_to_cash")
        self.tiyn_to_cash.clicked.connect(self.move_tiyn_to_cash)
        self.tiyn_back = big_button(translate("CashierPayment", "Change the amounts"), self.tiyn_box, name="tiyn_back")
        self.tiyn_back.clicked.connect(self.keep_amounts)
        tiyn.addWidget(self.tiyn_label, 2)
        tiyn.addWidget(self.tiyn_to_cash, 1)
        tiyn.addWidget(self.tiyn_back, 1)
        self.tiyn_box.setVisible(False)
        lay.addWidget(self.tiyn_box)
        row = QHBoxLayout()
        self.pay_button = big_button(with_key(translate("CashierPayment", "Pay"), "Enter"), self, name="pay_confirm")
        self.pay_button.setDefault(True)
        self.pay_button.clicked.connect(self.confirm)
        self.cancel_button = big_button(with_key(translate("CashierPayment", "Cancel"), "Esc"), self)
        self.cancel_button.clicked.connect(self.reject)
        row.addWidget(self.pay_button)
        row.addWidget(self.cancel_button)
        lay.addLayout(row)
        self.received.set_money(basket.totals().total)
        self.received.selectAll()
        self.received.setFocus()
        self.recalc()

    def set_mode(self, mode: int) -> None:
        self.group.button(mode).setChecked(True)
        self.recalc()

    def _mode(self) -> int:
        return self.group.checkedId()

    def recalc(self) -> bool:
        """Update total, card part and change from what is typed; False when something is invalid."""
        mode = self._mode()
        self.received.setEnabled(mode != CARD)
        self.received_label.setEnabled(mode != CARD)
        self.card_title.setVisible(mode != CASH)
        self.card_label.setVisible(mode != CASH)
        try:
            self.basket = self.source.with_adjustments(self.discount.adjustment(), self.markup.adjustment())
            total = self.basket.totals().total
            self.total_label.setText(translate("CashierPayment", "To pay: %1").replace("%1", total.format()))
            cash = self.received.money() if mode != CARD and self.received.text().strip() else Money(0)
            others = [(PaymentKind.of(key), e.money()) for key, e in self.tender_edits.items() if e.text().strip()]
        except Exception as exc:
            self.message.show_error(exc)
            self.pay_button.setEnabled(False)
            return False
        self.message.clear_message()
        self.pay_button.setEnabled(True)
        other = Money.sum(m for _, m in others)
        if other > total:  # only the kind that gives change may pass the total (domain settle)
            self.message.show_error(translate("CashierPayment", "%1 by other kinds is more than the %2 to pay.")
                                    .replace("%1", other.format()).replace("%2", total.format()))
            self.pay_button.setEnabled(False)
            return False
        card = Money(0)
        if mode == CARD:
            card = total - other
        elif mode == MIXED:
            card = total - cash - other if cash + other < total else Money(0)
        change = cash + card + other - total if cash + card + other > total else Money(0)
        self.card_label.setText(card.format())
        self.change = change
        self.change_label.setText(change.format())
        self.payments = []
        if cash.tiyn > 0:
            self.payments.append(Payment(PaymentKind.CASH, cash))
        if card.tiyn > 0:
            self.payments.append(Payment(self.card_kind, card))
        self.payments += [Payment(kind, m) for kind, m in others if m.tiyn > 0]
        try:
            self.check(total, self.payments)
        except Exception as exc:
            self.message.show_error(exc)
            self.pay_button.setEnabled(False)
            return False
        return True

    def confirm(self) -> None:
        if not self.recalc():
            return
        total = self.basket.totals().total
        paid = Money.sum(p.amount for p in self.payments)
        if paid < total:
            self.message.show_error(translate("CashierPayment", "Not enough: %1 received, %2 to pay.")
                                    .replace("%1", paid.format()).replace("%2", total.format()))
            return
        card = Money.sum(p.amount for p in self.payments if p.kind is PaymentKind.CARD)
        if self.whole_tenge_card and card.tiyn % 100:
            self.ask_tiyn(card)  # the terminal takes whole tenge (decision 0702)
            return
        self.accept()

    def ask_tiyn(self, card: Money) -> None:
        """The card share has tiyn: refuse (the cashier changes the amounts) or move the tiyn to cash."""
        split = split_card_cash(card)
        self.tiyn_label.setText(translate(
            "CashierPayment", "The card terminal takes whole tenge: %1 to the card and %2 in cash?")
            .replace("%1", split.card.format()).replace("%2", split.cash.format()))
        self.tiyn_box.setVisible(True)
        self.tiyn_to_cash.setFocus()

    def move_tiyn_to_cash(self) -> None:
        card = Money.sum(p.amount for p in self.payments if p.kind is PaymentKind.CARD)
        cash = Money.sum(p.amount for p in self.payments if p.kind is PaymentKind.CASH)
        split = split_card_cash(card, cash)
        others = [p for p in self.payments if p.kind not in (PaymentKind.CASH, PaymentKind.CARD)]
        self.payments = [p for p in (Payment(PaymentKind.CASH, split.cash), Payment(PaymentKind.CARD, split.card))
                         if p.amount.tiyn > 0] + others
        self.tiyn_box.setVisible(False)
        self.accept()

    def keep_amounts(self) -> None:
        self.tiyn_box.setVisible(False)
        self.message.show_error(translate("CashierPayment", "The card share must be whole tenge: change the amounts."))
        self.received.setFocus()


def pending_question(parent: QWidget, pending: list[JournalEntry]) -> LateSaleDialog:
    """«Оплатить» for goods whose card payment is still pending (the cashier stopped waiting): wait
    for the terminal (the Терминал tab) or pay again (decision 2014). ``choice``: "wait" / "again"."""
    first = pending[0]
    text = translate("CashierPayment", "A card payment of %1 for these goods, started at %2, is still pending. The "
                     "terminal may still approve it, and the buyer would pay twice.") \
        .replace("%1", first.amount.format()).replace("%2", started_text(first))
    return LateSaleDialog(translate("CashierPayment", "A card payment is still pending"), text, [
        ("wait", translate("CashierPayment", "Wait for the terminal"),
         translate("CashierPayment", "The Terminal tab shows the pending payment and its outcome."), True),
        ("again", translate("CashierPayment", "Pay again"),
         translate("CashierPayment", "If the first payment is approved later, the register does not issue its "
                   "receipt: it offers the refund to the card."), True),
    ], parent)
