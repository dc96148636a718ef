"""Returns by fiscal sign with an administrator's credentials (seed 9.3.2): the lines that are
left to return (a line returned in full is not offered again) with their quantities; the cashier
ticks lines and may lower the quantities, and sees how the money goes back (cash / card) before
confirming."""

from __future__ import annotations

import uuid

from alsep_desktop.domain.money import Money
from alsep_desktop.domain.payment import PaymentKind
from alsep_desktop.domain.quantity import Quantity
from alsep_desktop.domain.rounding import div_half_up
from alsep_desktop.domain.tender import tender_for_method
from alsep_desktop.errors import AlsepError
from alsep_desktop.services.card_payment import terminal_parts, with_card
from alsep_desktop.services.documents import DocumentResult
from alsep_desktop.services.sale import (
    ReturnableLine,
    ReturnableReceipt,
    card_share_has_tiyn,
    return_shares,
)
from alsep_desktop.services.terminal_journal import OperationContext
from alsep_desktop.ui.cashier.common import (
    TOUCH_HEIGHT,
    Counter,
    CredentialsDialog,
    MessageBar,
    big_button,
    bind_key,
    set_font,
    with_key,
)
from alsep_desktop.ui.ops import sale as sale_ops
from alsep_desktop.ui.qt import (
    QAbstractItemView,
    QDialog,
    QEvent,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    translate,
)
from alsep_desktop.ui.receipt_output import ReceiptOutput
from alsep_desktop.ui.terminal.dialogs import WaitingDialog
from alsep_desktop.ui.widgets.numbers import quantity_text

KEY_FIND, KEY_RETURN = "Ctrl+F", "Ctrl+Enter"
COL_CHECK, COL_NAME, COL_SOLD, COL_RETURNED, COL_LEFT, COL_QTY, COL_SUM = range(7)


class ReturnsScreen(QWidget):
    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counter = counter
        self.found: ReturnableReceipt | None = None
        self.shown: list[ReturnableLine] = []  # the table's rows: the lines with something left
        self.dialog: QDialog | None = None
        self.tiyn_to_cash_chosen = False  # the cashier moved the card share's tiyn to cash (0714)
        self.tick_all = True  # a receipt just found: every line ticked; after a partial return, none (issue 20)
        lay = QVBoxLayout(self)
        self.title = QLabel(self)
        set_font(self.title, 18, bold=True)
        lay.addWidget(self.title)
        row = QHBoxLayout()
        self.sign = QLineEdit(self)
        self.sign.setObjectName("return_sign")
        self.sign.setMinimumHeight(TOUCH_HEIGHT)
        self.sign.returnPressed.connect(lambda: self.find())
        self.find_button = big_button("", self, name="return_find")
        self.find_button.setMaximumWidth(220)
        bind_key(self.find_button, counter.shortcut(KEY_FIND, lambda: translate("CashierReturns", "Returns: find the receipt")))
        self.find_button.clicked.connect(lambda: self.find())
        row.addWidget(self.sign, 1)
        row.addWidget(self.find_button)
        lay.addLayout(row)
        self.info = QLabel(self)
        self.info.setObjectName("return_info")
        lay.addWidget(self.info)
        self.table = QTableWidget(0, 7, self)
        self.table.setObjectName("return_table")
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(TOUCH_HEIGHT - 8)
        self.table.horizontalHeader().setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.itemChanged.connect(lambda *_: self.show_split())
        lay.addWidget(self.table, 1)
        self.split = QLabel(self)
        self.split.setObjectName("return_split")
        set_font(self.split, 16, bold=True)
        lay.addWidget(self.split)
        self.message = MessageBar(self)
        lay.addWidget(self.message)
        self.output = ReceiptOutput(counter, self, self.message)
        lay.addWidget(self.output.offer)
        self.tiyn_box = QWidget(self)  # the card share has tiyn: to cash, or change the quantities (0714)
        self.tiyn_box.setObjectName("return_tiyn_box")
        tiyn = QHBoxLayout(self.tiyn_box)
        self.tiyn_label = QLabel(self.tiyn_box)
        self.tiyn_label.setWordWrap(True)
        self.tiyn_to_cash = big_button("", self.tiyn_box, name="return_tiyn_to_cash")
        self.tiyn_to_cash.clicked.connect(self.move_tiyn_to_cash)
        self.tiyn_back = big_button("", self.tiyn_box, name="return_tiyn_back")
        self.tiyn_back.clicked.connect(self.keep_amounts)
        tiyn.addWidget(self.tiyn_label, 2)
        tiyn.addWidget(self.tiyn_to_cash, 1)
        tiyn.addWidget(self.tiyn_back, 1)
        self.tiyn_box.setVisible(False)
        lay.addWidget(self.tiyn_box)
        self.return_button = big_button("", self, name="return_do")
        bind_key(self.return_button, counter.shortcut(KEY_RETURN, lambda: translate("CashierReturns", "Returns: return the ticked lines")))
        self.return_button.clicked.connect(self.ask_admin)
        self.return_button.setEnabled(False)
        lay.addWidget(self.return_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(translate("CashierReturns", "Return by fiscal sign"))
        self.sign.setPlaceholderText(translate("CashierReturns", "Fiscal sign from the receipt"))
        self.find_button.setText(with_key(translate("CashierReturns", "Find"), KEY_FIND))
        self.return_button.setText(with_key(translate("CashierReturns", "Return the ticked lines"), KEY_RETURN))
        self.tiyn_to_cash.setText(translate("CashierReturns", "Tiyn in cash"))
        self.tiyn_back.setText(translate("CashierReturns", "Change the quantities"))
        self.table.setHorizontalHeaderLabels([
            translate("CashierReturns", "Return"), translate("CashierReturns", "Name"), translate("CashierReturns", "Sold"), translate("CashierReturns", "Returned"), translate("CashierReturns", "Left"),
            translate("CashierReturns", "To return"), translate("CashierReturns", "Sum"),
        ])

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def find(self, *, quiet: bool = False) -> None:
        sign, register_id = self.sign.text().strip(), self.counter.register_id
        if not sign or register_id is None:
            return
        if not quiet:
            self.message.clear_message()
        sale_ops.find_for_return(self.counter, register_id, sign, self.show_receipt, self._not_found)

    def _not_found(self, exc: Exception) -> None:
        self.found = None
        self.shown = []
        self.table.setRowCount(0)
        self.split.setText("")
        self.return_button.setEnabled(False)
        self.info.setText("")
        self.message.show_error(exc)

    def show_receipt(self, found: ReturnableReceipt) -> None:
        self.found = found
        self.tiyn_to_cash_chosen = False
        self.tiyn_box.setVisible(False)
        self.shown = [ln for ln in found.lines if ln.left.milli > 0]
        self.info.setText(translate("CashierReturns", "Receipt total %1").replace("%1", found.total.format()))
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.shown))
        for r, ln in enumerate(self.shown):
            check = QTableWidgetItem()
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            check.setCheckState(Qt.CheckState.Checked if self.tick_all else Qt.CheckState.Unchecked)
            self.table.setItem(r, COL_CHECK, check)
            for col, text in ((COL_NAME, ln.name), (COL_SOLD, quantity_text(ln.sold)), (COL_RETURNED, quantity_text(ln.returned)),
                              (COL_LEFT, quantity_text(ln.left)), (COL_SUM, ln.total.format(currency=False))):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(r, col, item)
            qty = QTableWidgetItem(quantity_text(ln.left))
            qty.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsSelectable)
            self.table.setItem(r, COL_QTY, qty)
        self.table.blockSignals(False)
        self.tick_all = True
        if self.shown:
            self.table.selectRow(0)
        self.return_button.setEnabled(bool(self.shown))
        self.show_split()
        if not self.shown:
            self.message.show_error(translate("CashierReturns", "Everything on this receipt has already been returned."))

    def chosen_items(self) -> list[tuple[int, Quantity]]:
        """The ticked lines with the typed quantities (raises a typed error for a bad quantity)."""
        assert self.found is not None
        items = []
        for r, ln in enumerate(self.shown):
            check = self.table.item(r, COL_CHECK)
            if check is None or check.checkState() != Qt.CheckState.Checked:
                continue
            text = self.table.item(r, COL_QTY).text()
            items.append((ln.position, Quantity.parse(text, ln.sold.unit, field="quantity")))
        return items

    def split_text(self, items: list[tuple[int, Quantity]]) -> str:
        assert self.found is not None
        parts = []
        for kind, amount in refund_split(self.found, items, tiyn_to_cash=self.tiyn_to_cash_chosen):
            parts.append(share_label(kind).replace("%1", amount.format()))
        return translate("CashierReturns", "To pay back: %1").replace("%1", ", ".join(parts) or Money(0).format())

    def show_split(self) -> None:
        """How the ticked lines' money goes back, by the receipt's own tenders."""
        if self.found is None:
            self.split.setText("")
            return
        self.tiyn_to_cash_chosen = False  # the lines changed: the choice is asked again
        self.tiyn_box.setVisible(False)
        try:
            self.split.setText(self.split_text(self.chosen_items()))
        except Exception:
            self.split.setText("")  # a quantity being typed; the return button says what is wrong

    def set_quantity(self, row: int, text: str) -> None:
        self.table.item(row, COL_QTY).setText(text)

    def set_ticked(self, row: int, on: bool) -> None:
        self.table.item(row, COL_CHECK).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def ask_admin(self) -> None:
        if self.found is None:
            return
        try:
            items = self.chosen_items()
        except Exception as exc:
            self.message.show_error(exc)
            return
        if not items:
            self.message.show_error(translate("CashierReturns", "Tick at least one line."))
            return
        shares = refund_split(self.found, items)
        if (not self.tiyn_to_cash_chosen and terminal_parts(self.counter.terminal)[0] is not None
                and card_share_has_tiyn(shares)):
            self.ask_tiyn(shares)  # the terminal takes whole tenge (decision 0702)
            return
        dlg = CredentialsDialog(translate("CashierReturns", "Return: administrator"), self)
        dlg.split = QLabel(self.split_text(items), dlg)  # what goes back, seen before confirming
        dlg.split.setObjectName("confirm_split")
        set_font(dlg.split, 16, bold=True)
        dlg.layout().insertWidget(0, dlg.split)
        dlg.submit = lambda email, password: self.refund(email, password, items)  # the dialog stays until it is right
        self.dialog = dlg
        dlg.open()

    def ask_tiyn(self, shares: list[tuple[PaymentKind, Money]]) -> None:
        """The card share of the return has tiyn: pay the tiyn back in cash, or change the quantities."""
        assert self.found is not None
        moved = return_shares(self.found.payments, Money.sum(m for _, m in shares), tiyn_to_cash=True)
        card = Money.sum(m for k, m in moved if k.via_terminal)  # the tender table (decision 2140)
        cash = Money.sum(m for k, m in moved if k.gives_change)
        self.tiyn_label.setText(translate(
            "CashierReturns", "The card terminal pays back whole tenge: %1 to the card and %2 in cash?")
            .replace("%1", card.format()).replace("%2", cash.format()))
        self.tiyn_box.setVisible(True)
        self.tiyn_to_cash.setFocus()

    def move_tiyn_to_cash(self) -> None:
        self.tiyn_box.setVisible(False)
        self.tiyn_to_cash_chosen = True
        try:
            self.split.setText(self.split_text(self.chosen_items()))
        except Exception:  # noqa: BLE001 - the return button says what is wrong
            pass
        self.ask_admin()

    def keep_amounts(self) -> None:
        self.tiyn_box.setVisible(False)
        self.message.show_error(translate("CashierReturns", "The card share must be whole tenge: change the quantities."))
        self.table.setFocus()

    def refund(self, email: str, password: str, items: list[tuple[int, Quantity]]) -> None:
        c = self.counter
        cashier, register_id, found = c.cashier, c.register_id, self.found
        if cashier is None or register_id is None or found is None:
            return
        self.return_button.setEnabled(False)
        if isinstance(self.dialog, CredentialsDialog):
            self.dialog.buttons.setEnabled(False)  # one check at a time
            self.dialog.message.clear_message()
        # the card part goes back through the terminal by the sale's RRN / order number and method
        terminal, journal = terminal_parts(c.terminal)
        original_of = getattr(c.terminal, "original_of_receipt", None)
        context = OperationContext(register_id, cashier.user_id)
        tiyn_to_cash, doc_uuid = self.tiyn_to_cash_chosen, str(uuid.uuid4())  # the return receipt's uuid

        def pay_back(payments, record):  # noqa: ANN001, ANN202
            original = original_of(found.receipt_id) if original_of is not None else None
            return with_card(terminal, payments, record, refund=True, original=original, journal=journal,
                             context=context, reference=doc_uuid)

        to_card = Money.sum(m for k, m in refund_split(found, items, tiyn_to_cash=tiyn_to_cash)
                            if k.via_terminal)
        if terminal is not None and to_card.tiyn:  # the terminal takes its time: say so, let the cashier stop
            self.waiting = WaitingDialog(to_card, terminal.cancel, refund=True, parent=self)
            self.waiting.open()
        sale_ops.refund(c, cashier, email, password, register_id, found.fiscal_sign, items, pay_back=pay_back,
                        tiyn_to_cash=tiyn_to_cash, doc_uuid=doc_uuid, done=self._refunded, failed=self._failed)

    def _close_waiting(self) -> None:
        if getattr(self, "waiting", None) is not None:
            self.waiting.finish()
            self.waiting = None

    def _failed(self, exc: Exception) -> None:
        self._close_waiting()
        self.return_button.setEnabled(True)
        dlg = self.dialog
        if isinstance(dlg, CredentialsDialog) and dlg.isVisible():
            if isinstance(exc, AlsepError) and exc.code.startswith("auth.") and exc.code != "auth.locked":
                dlg.ask_again(exc)  # a wrong password: asked again in place, with the tries left
                return
            dlg.reject()
        self.message.show_error(exc)

    def _refunded(self, result: DocumentResult) -> None:
        self._close_waiting()
        if isinstance(self.dialog, CredentialsDialog) and self.dialog.isVisible():
            self.dialog.close_ok()
        note = translate("CashierReturns", "Return receipt №%1: %2.").replace("%1", str(result.number)).replace("%2", result.total.format())
        self.message.show_info(note)
        self.output.deliver(result.id, note=note)
        self.tick_all = False  # what is left comes unticked: a second Ctrl+Enter must not return the rest
        self.find(quiet=True)  # the returned quantities now show


_translate_marker = translate  # a kind's label is a marked literal of the tender table (context Tender)


def share_label(kind: PaymentKind) -> str:
    """How a share of the money going back is named ("%1" is its amount): cash, the card, or the
    kind's own label from the tender table (any kind the original receipt used, decision 2013)."""
    if kind.in_drawer:
        return translate("CashierReturns", "in cash %1")
    if kind is tender_for_method("card"):
        return translate("CashierReturns", "to the card %1")
    return translate("CashierReturns", "%2: %1").replace("%2", _translate_marker("Tender", kind.label))


def refund_split(found: ReturnableReceipt, items: list[tuple[int, Quantity]], *,
                 tiyn_to_cash: bool = False) -> list[tuple[PaymentKind, Money]]:
    """The money of ``items`` by the receipt's tenders, in proportion: what ``SaleService.refund``
    pays back (the last part of a line takes exactly the rest of its money; with ``tiyn_to_cash``
    the card share's tiyn go back in cash)."""
    by_pos = {ln.position: ln for ln in found.lines}
    total = 0
    for pos, qty in items:
        ln = by_pos.get(pos)
        if ln is None or qty.milli <= 0 or qty.milli > ln.left.milli or ln.sold.milli <= 0:
            continue
        if qty.milli == ln.left.milli:
            total += ln.total.tiyn - div_half_up(ln.total.tiyn * ln.returned.milli, ln.sold.milli)
        else:
            total += div_half_up(ln.total.tiyn * qty.milli, ln.sold.milli)
    return return_shares(found.payments, Money(total), tiyn_to_cash=tiyn_to_cash)
