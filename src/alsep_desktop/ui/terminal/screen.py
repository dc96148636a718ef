"""The Terminal tab: the seed's terminal functions (9.4) beside the sale.

* «ФИСКАЛИЗАЦИЯ» off (device settings): a payment on the terminal only, journaled as not fiscalized;
  the tab keeps such payments in view until their fiscal receipt with «Безнал» is issued or they are
  refunded.
* The pending reconciliation list (decision 0703): late approvals offered for a receipt or a refund;
  a start whose answer was lost or a process the terminal forgot: "check the terminal".
* Refund by card RRN or QR order number (the seed's cancel), "update keys" (9.4.1).

Every call runs through the counter's :class:`OpRunner`; payments show the waiting dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from alsep_desktop.domain.basket import Basket
from alsep_desktop.domain.money import Money
from alsep_desktop.kernel.clock import ALMATY
from alsep_desktop.services.terminal_basket import same_goods, without
from alsep_desktop.services.terminal_journal import (
    CHECK_TERMINAL,
    DECLINED_LATE,
    RECONCILE,
    WATCHING,
    JournalEntry,
)
from alsep_desktop.ui.counter import Counter
from alsep_desktop.ui.ops import terminal as terminal_ops
from alsep_desktop.ui.qt import (
    QAbstractItemView,
    QComboBox,
    QEvent,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
    translate,
)
from alsep_desktop.ui.receipt_output import ReceiptOutput
from alsep_desktop.ui.terminal.dialogs import WaitingDialog
from alsep_desktop.ui.terminal.late_sale import (
    CURRENT,
    PAID_KEEP,
    REFUND,
    LateSaleDialog,
    sold_again,
    which_basket,
)
from alsep_desktop.ui.widgets.message_bar import MessageBar
from alsep_desktop.ui.widgets.money_edit import MoneyEdit
from alsep_desktop.ui.widgets.touch import TOUCH_HEIGHT, big_button, set_font


def has_terminal_service(counter: Counter) -> bool:
    t = counter.terminal
    return t is not None and hasattr(t, "journal") and hasattr(t, "driver")


class TerminalScreen(QWidget):
    late_result = Signal(object)  # JournalEntry, from a driver thread
    notice = Signal(str)  # a late outcome, said wherever the cashier is (the sale screen)
    attention = Signal(int)  # how many entries wait for the cashier (the tab's title shows it)

    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counter = counter
        self.service: Any = counter.terminal
        self.open_rows: list[JournalEntry] = []
        self.pending_rows: list[JournalEntry] = []
        self.waiting: WaitingDialog | None = None
        self.question: LateSaleDialog | None = None
        #: the sale screen (set by the main window): a late approval completes its basket (2011)
        self.sale_screen: Any = None
        lay = QVBoxLayout(self)
        self.state = QLabel(self)
        self.state.setObjectName("terminal_state")
        self.state.setWordWrap(True)
        set_font(self.state, 16, bold=True)
        lay.addWidget(self.state)

        self.pay_box = QGroupBox(self)
        pay = QHBoxLayout(self.pay_box)
        self.amount = MoneyEdit(self.pay_box, field="amount")
        self.amount.setObjectName("terminal_amount")
        self.amount.setMinimumHeight(TOUCH_HEIGHT)
        self.pay_button = big_button("", self.pay_box, name="terminal_pay")
        self.pay_button.clicked.connect(self.pay_only)
        pay.addWidget(self.amount, 1)
        pay.addWidget(self.pay_button, 1)
        lay.addWidget(self.pay_box)

        self.open_box = QGroupBox(self)
        box = QVBoxLayout(self.open_box)
        self.open_table = _table(self.open_box, "terminal_open")
        box.addWidget(self.open_table)
        row = QHBoxLayout()
        self.receipt_button = big_button("", self.open_box, name="terminal_receipt")
        self.receipt_button.clicked.connect(lambda: self._on_selected(self.open_table, self.open_rows, self.issue_receipt))
        self.refund_open_button = big_button("", self.open_box, name="terminal_refund_open")
        self.refund_open_button.clicked.connect(lambda: self._on_selected(self.open_table, self.open_rows, self.refund))
        row.addWidget(self.receipt_button)
        row.addWidget(self.refund_open_button)
        box.addLayout(row)
        lay.addWidget(self.open_box, 1)

        self.pending_box = QGroupBox(self)
        box = QVBoxLayout(self.pending_box)
        self.pending_table = _table(self.pending_box, "terminal_pending")
        box.addWidget(self.pending_table)
        row = QHBoxLayout()
        self.fiscalize_button = big_button("", self.pending_box, name="pending_fiscalize")
        self.fiscalize_button.clicked.connect(
            lambda: self._on_selected(self.pending_table, self.pending_rows, self.issue_receipt))
        self.refund_pending_button = big_button("", self.pending_box, name="pending_refund")
        self.refund_pending_button.clicked.connect(
            lambda: self._on_selected(self.pending_table, self.pending_rows, self.refund))
        self.ack_button = big_button("", self.pending_box, name="pending_ack")
        self.ack_button.clicked.connect(lambda: self._on_selected(self.pending_table, self.pending_rows, self.acknowledge))
        for b in (self.fiscalize_button, self.refund_pending_button, self.ack_button):
            row.addWidget(b)
        box.addLayout(row)
        lay.addWidget(self.pending_box, 1)

        self.cancel_box = QGroupBox(self)
        cancel = QHBoxLayout(self.cancel_box)
        self.txn = QLineEdit(self.cancel_box)
        self.txn.setObjectName("refund_txn")
        self.txn.setMinimumHeight(TOUCH_HEIGHT)
        self.refund_amount = MoneyEdit(self.cancel_box, field="amount")
        self.refund_amount.setObjectName("refund_amount")
        self.refund_amount.setMinimumHeight(TOUCH_HEIGHT)
        self.method = QComboBox(self.cancel_box)
        self.method.setObjectName("refund_method")
        self.method.setMinimumHeight(TOUCH_HEIGHT)
        self.refund_txn_button = big_button("", self.cancel_box, name="refund_txn_button")
        self.refund_txn_button.clicked.connect(self.refund_by_transaction)
        for w in (self.txn, self.refund_amount, self.method, self.refund_txn_button):
            cancel.addWidget(w)
        lay.addWidget(self.cancel_box)

        row = QHBoxLayout()
        self.keys_button = big_button("", self, name="terminal_keys")
        self.keys_button.clicked.connect(self.update_keys)
        self.refresh_button = big_button("", self, name="terminal_refresh")
        self.refresh_button.clicked.connect(self.refresh)
        row.addWidget(self.keys_button)
        row.addWidget(self.refresh_button)
        lay.addLayout(row)
        self.message = MessageBar(self)
        lay.addWidget(self.message)
        self.output = ReceiptOutput(counter, self, self.message)  # a receipt issued here is printed too

        self.late_result.connect(self._late, Qt.ConnectionType.QueuedConnection)
        if has_terminal_service(counter):
            self.service.journal.watch(self.late_result.emit)
        counter.ops.changed.connect(lambda _changes: self.isVisible() and self.refresh())
        self.retranslate()

    # -- texts ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.pay_box.setTitle(translate("TerminalScreen", "Payment on the terminal only («ФИСКАЛИЗАЦИЯ» off)"))
        self.pay_button.setText(translate("TerminalScreen", "Pay on the terminal"))
        self.open_box.setTitle(translate("TerminalScreen", "Terminal payments without a fiscal receipt"))
        self.receipt_button.setText(translate("TerminalScreen", "Issue the receipt («Безнал»)"))
        self.refund_open_button.setText(translate("TerminalScreen", "Refund to the card"))
        self.pending_box.setTitle(translate("TerminalScreen", "Pending reconciliation"))
        self.fiscalize_button.setText(translate("TerminalScreen", "Issue the receipt"))
        self.refund_pending_button.setText(translate("TerminalScreen", "Refund to the card"))
        self.ack_button.setText(translate("TerminalScreen", "Checked on the terminal"))
        self.cancel_box.setTitle(translate("TerminalScreen", "Refund by RRN or QR order number"))
        self.txn.setPlaceholderText(translate("TerminalScreen", "RRN or order number"))
        self.method.clear()
        self.method.addItem(translate("TerminalScreen", "Card"), "card")
        self.method.addItem(translate("TerminalScreen", "Kaspi QR"), "qr")
        self.refund_txn_button.setText(translate("TerminalScreen", "Refund"))
        self.keys_button.setText(translate("TerminalScreen", "Update keys"))
        self.refresh_button.setText(translate("TerminalScreen", "Refresh"))
        headers = [translate("TerminalScreen", "Time"), translate("TerminalScreen", "Sum"),
                   translate("TerminalScreen", "Method"), translate("TerminalScreen", "RRN / order"),
                   translate("TerminalScreen", "State")]
        self.open_table.setHorizontalHeaderLabels(headers)
        self.pending_table.setHorizontalHeaderLabels(headers)
        self._show_state()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.refresh()

    def _show_state(self) -> None:
        svc = self.service
        if not has_terminal_service(self.counter) or svc.driver is None:
            self.state.setText(translate("TerminalScreen", "No card terminal is set up (Register → Devices → Terminal)."))
            enabled = False
        else:
            on = svc.fiscalization
            self.state.setText(translate("TerminalScreen", "«ФИСКАЛИЗАЦИЯ» is on: card payments are taken with the sale.")
                               if on else translate("TerminalScreen", "«ФИСКАЛИЗАЦИЯ» is off: take payments here and "
                                                    "issue their receipts with «Безнал» later."))
            enabled = True
        self.pay_box.setEnabled(enabled and not getattr(svc, "fiscalization", True))
        for w in (self.open_box, self.pending_box, self.cancel_box, self.keys_button):
            w.setEnabled(enabled)

    # -- lists -------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._show_state()
        if not has_terminal_service(self.counter):
            return
        terminal_ops.waiting_lists(self.counter, self.counter.register_id, self.show_lists, self.message.show_error)

    def show_lists(self, lists: tuple[list[JournalEntry], list[JournalEntry]]) -> None:
        self.open_rows, self.pending_rows = lists
        _fill(self.open_table, self.open_rows, _open_state)
        _fill(self.pending_table, self.pending_rows, _pending_state)
        self.attention.emit(len(self.open_rows) + len(self.pending_rows))

    def _late(self, entry: JournalEntry) -> None:
        if entry.action == RECONCILE:
            text = translate(
                "TerminalScreen", "A card payment of %1 was approved after the wait was stopped: issue its receipt "
                "or refund it in the Terminal tab.").replace("%1", entry.amount.format())
            self.message.show_error(text)
            self.notice.emit(text)
        elif entry.action == DECLINED_LATE:
            self.message.show_info(translate("TerminalScreen", "The payment of %1 was not approved: no money was taken.")
                                   .replace("%1", entry.amount.format()))
        self.refresh()

    def _on_selected(self, table: QTableWidget, rows: list[JournalEntry], fn: Callable[[JournalEntry], None]) -> None:
        index = table.currentRow()
        if index < 0 or index >= len(rows):
            self.message.show_error(translate("TerminalScreen", "Select a line first."))
            return
        fn(rows[index])

    # -- actions ------------------------------------------------------------------------------
    def pay_only(self) -> None:
        c = self.counter
        try:
            amount = self.amount.money()
        except Exception as exc:
            self.message.show_error(exc)
            return
        cashier, register_id = c.cashier, c.register_id
        if register_id is None:
            return
        self._wait(amount)
        terminal_ops.pay_terminal_only(c, cashier, register_id, amount, self._paid, self._failed)

    def _paid(self, entry: JournalEntry) -> None:
        self._close_wait()
        self.amount.clear()
        self.message.show_info(translate("TerminalScreen", "Paid %1 on the terminal; the receipt is not issued yet.")
                               .replace("%1", entry.amount.format()))
        self.refresh()

    def issue_receipt(self, entry: JournalEntry) -> None:
        """A late approval of a sale gets that sale's lines (2011); if the basket on the sale screen
        changed since the payment, the cashier says which goods the receipt holds."""
        if entry.action != RECONCILE and not entry.terminal_only:
            self.message.show_error(translate("TerminalScreen", "Only an approved payment gets a receipt."))
            return
        sale, current = entry.sale, self._sale_basket()
        if sale is None or current is None or not current.lines or same_goods(current, sale.basket):
            self._issue(entry)
            return
        self._ask(which_basket(self, sale, current),
                  lambda choice: self._issue(entry, current if choice == CURRENT else None,
                                             keep_current=choice == PAID_KEEP))

    def _issue(self, entry: JournalEntry, basket: Basket | None = None, sold_again_ok: bool = False, *,
               keep_current: bool = False) -> None:
        c = self.counter
        cashier, register_id = c.cashier, c.register_id
        if register_id is None:
            return

        def issued(result: Any) -> None:
            self._receipt_issued(result, None if keep_current else entry, basket)

        def failed(exc: Exception) -> None:
            self._issue_failed(exc, entry, basket, keep_current)

        terminal_ops.issue_receipt(c, cashier, register_id, entry, basket=basket, sold_again_ok=sold_again_ok,
                                   done=issued, failed=failed)

    def _issue_failed(self, exc: Exception, entry: JournalEntry, basket: Basket | None,
                      keep_current: bool = False) -> None:
        if getattr(exc, "code", "") != "terminal.sold_meanwhile":
            self._failed(exc)
            return
        self.message.show_error(exc)
        number = str(getattr(exc, "params", {}).get("number", ""))
        self._ask(sold_again(self, number, entry.amount),
                  lambda choice: self.refund(entry) if choice == REFUND
                  else self._issue(entry, basket, True, keep_current=keep_current))

    def _ask(self, dialog: LateSaleDialog, then: Callable[[str], None]) -> None:
        self.question = dialog
        dialog.accepted.connect(lambda: dialog.choice and then(dialog.choice))
        dialog.open()

    def _sale_basket(self) -> Basket | None:
        return getattr(self.sale_screen, "basket", None)

    def _receipt_issued(self, result: Any, entry: JournalEntry | None = None, basket: Basket | None = None) -> None:
        note = translate("TerminalScreen", "Receipt №%1 issued: %2.").replace("%1", str(result.number)) \
            .replace("%2", result.total.format())
        self.message.show_info(note)
        self.output.deliver(result.id, note=note)
        if entry is not None and entry.sale is not None:
            self._settle_sale_basket(entry.sale.basket if basket is None else basket, note)
        self.refresh()

    def _settle_sale_basket(self, sold: Basket, note: str) -> None:
        """The sale the late approval completed leaves the sale screen: the whole basket when it is
        what was fiscalized, else only the paid lines (what was added after the payment stays)."""
        screen, current = self.sale_screen, self._sale_basket()
        if screen is None or current is None:
            return
        screen.set_basket(Basket() if same_goods(current, sold) else without(current, sold))
        screen.message.show_info(note)

    def refund(self, entry: JournalEntry) -> None:
        if entry.action == CHECK_TERMINAL:
            self.message.show_error(translate("TerminalScreen", "The register does not know this operation's RRN: "
                                              "look it up in the terminal's «История» and refund it by RRN below."))
            return
        self._wait(entry.left_to_refund, refund=True)
        terminal_ops.refund_entry(self.counter, self.counter.cashier, entry, self._refunded, self._failed)

    def refund_by_transaction(self) -> None:
        cashier = self.counter.cashier
        txn = self.txn.text().strip()
        try:
            amount = self.refund_amount.money()
        except Exception as exc:
            self.message.show_error(exc)
            return
        method = self.method.currentData()
        register_id = self.counter.register_id
        self._wait(amount, refund=True)
        terminal_ops.refund_by_transaction(self.counter, cashier, txn, amount, method, register_id, self._refunded,
                                           self._failed)

    def _refunded(self, result: Any) -> None:
        self._close_wait()
        self.message.show_info(translate("TerminalScreen", "Refunded %1 to the card.").replace("%1", result.amount.format()))
        self.txn.clear()
        self.refund_amount.clear()
        self.refresh()

    def acknowledge(self, entry: JournalEntry) -> None:
        def acknowledged(_: object) -> None:
            self.refresh()

        terminal_ops.acknowledge(self.counter, entry, acknowledged, self._failed)

    def update_keys(self) -> None:
        def updated(_: object) -> None:
            pass

        terminal_ops.update_keys(self.counter.ops, self.service, updated, self._failed)

    # -- the waiting dialog -----------------------------------------------------------------
    def _wait(self, amount: Money, *, refund: bool = False) -> None:
        """The waiting dialog over the tab while the terminal works (its Cancel stops the wait)."""
        self.waiting = WaitingDialog(amount, self.service.cancel_wait, refund=refund, parent=self)
        self.waiting.open()

    def _close_wait(self) -> None:
        if self.waiting is not None:
            self.waiting.finish()
            self.waiting = None

    def _failed(self, exc: Exception) -> None:
        self._close_wait()
        self.message.show_error(exc)
        self.refresh()


def _table(parent: QWidget, name: str) -> QTableWidget:
    table = QTableWidget(0, 5, parent)
    table.setObjectName(name)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    # every column as wide as its header text and its values in the current language («RRN / тапсырыс»
    # in Kazakh was cut at the fixed 100 px); the state takes the rest
    for col in range(4):
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(48)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    return table


def _fill(table: QTableWidget, rows: list[JournalEntry], state: Callable[[JournalEntry], str]) -> None:
    table.setRowCount(len(rows))
    for i, e in enumerate(rows):
        method = {"card": translate("TerminalScreen", "Card"), "qr": translate("TerminalScreen", "Kaspi QR")}.get(
            e.method or "", "—")
        at = e.started_at.astimezone(ALMATY)
        values = (at.strftime("%d.%m.%Y %H:%M") if e.earlier_shift else at.strftime("%H:%M:%S"), e.amount.format(), method,
                  e.transaction_id or "—", state(e))
        for col, text in enumerate(values):
            table.setItem(i, col, QTableWidgetItem(text))
    if rows and table.currentRow() < 0:
        table.selectRow(0)


def _open_state(e: JournalEntry) -> str:
    if e.refunded.tiyn:
        text = translate("TerminalScreen", "no receipt; %1 refunded").replace("%1", e.refunded.format())
    else:
        text = translate("TerminalScreen", "no receipt yet")
    if e.earlier_shift:  # never dropped: an earlier shift's payment waits here until its receipt or refund
        text = translate("TerminalScreen", "earlier shift: %1").replace("%1", text)
    return text


def _pending_state(e: JournalEntry) -> str:
    if e.action == WATCHING and e.message == "terminal.unavailable.auth_lost":  # 2010: said, never a silent stop
        return translate("TerminalScreen", "pairing lost: register the terminal again, then the register asks again")
    if e.action == RECONCILE and e.reported not in ("unknown", "stopped_waiting"):  # no receipt after a crash (0715)
        return translate("TerminalScreen", "approved, no receipt: issue the receipt or refund")
    return {
        RECONCILE: translate("TerminalScreen", "approved late: issue the receipt or refund"),
        DECLINED_LATE: translate("TerminalScreen", "not approved: no money taken"),
        CHECK_TERMINAL: translate("TerminalScreen", "not known: check the terminal's «История»"),
    }.get(e.action, translate("TerminalScreen", "the register is still asking the terminal"))
