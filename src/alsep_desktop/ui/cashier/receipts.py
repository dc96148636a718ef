"""«Автономные данные» (seed 9.3.1): every fiscal document of the register — receipts, returns, cash
deposits and withdrawals, X and Z reports — newest first, with its time, number and OFD state; a
refused one in red with what the OFD said and what to do (issue 20, decisions 2070, 2071). Pages
of ``offline_data.PAGE`` documents, older ones on demand; a filter by type or «refused only».
A duplicate of any receipt and «печать последнего чека»; the documents the cloud refused
(``cloud_refused.py``, decision 1417)."""

from __future__ import annotations

from functools import partial

from alsep_desktop.services.changes import Changes
from alsep_desktop.services.ofd.documents_list import PAGE, FiscalDocument, documents, mark_handled
from alsep_desktop.store.repositories.fiscal_log import Cursor
from alsep_desktop.ui.cashier.cloud_refused import CloudRefusedBox
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
from alsep_desktop.ui.cashier.ofd_rejection import kind_text, ofd_text, rejection_text
from alsep_desktop.ui.qt import (
    QAbstractItemView,
    QBrush,
    QColor,
    QComboBox,
    QEvent,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    translate,
)
from alsep_desktop.ui.receipt_output import ReceiptOutput

KEY_DUPLICATE, KEY_LAST, KEY_REFRESH = "Ctrl+D", "F11", "Ctrl+R"
COL_TIME, COL_DOCUMENT, COL_SHIFT, COL_OFD, COL_SUM, COL_SIGN = range(6)
REJECTED_COLOR = "#b00020"
ERROR_STYLE = f"color: {REJECTED_COLOR}; font-weight: bold;"
#: the filter's choices: (key, kinds or None for all, refused only)
FILTERS: tuple[tuple[str, frozenset[str] | None, bool], ...] = (
    ("all", None, False),
    ("rejected", None, True),
    ("receipts", frozenset({"sale", "sale_return", "buy", "buy_return"}), False),
    ("cash", frozenset({"deposit", "withdrawal"}), False),
    ("reports", frozenset({"x_report", "close_shift"}), False),
)


class ReceiptsScreen(QWidget):
    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counter = counter
        self.rows: list[FiscalDocument] = []
        self._generation = 0  # a page that arrives after a newer request is dropped
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title = QLabel(self)
        set_font(self.title, 18, bold=True)
        top.addWidget(self.title, 1)
        self.filter_label = QLabel(self)
        top.addWidget(self.filter_label)
        self.filter = QComboBox(self)
        self.filter.setObjectName("documents_filter")
        self.filter.setMinimumHeight(TOUCH_HEIGHT - 10)
        for key, _, _ in FILTERS:
            self.filter.addItem("", key)
        self.filter.currentIndexChanged.connect(lambda _: self.refresh())
        top.addWidget(self.filter)
        lay.addLayout(top)
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("receipts_table")
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(TOUCH_HEIGHT - 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_OFD, QHeaderView.ResizeMode.Stretch)
        for col in (COL_TIME, COL_DOCUMENT, COL_SHIFT, COL_SUM, COL_SIGN):  # whole, at 1024×768 too
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.itemSelectionChanged.connect(self._show_detail)
        lay.addWidget(self.table, 1)
        self.detail = QLabel(self)  # the selected document's OFD answer and what to do
        self.detail.setObjectName("document_detail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.detail)
        self.cloud_refused = CloudRefusedBox(counter, self)  # shown only when the cloud refused something
        lay.addWidget(self.cloud_refused)
        self.message = MessageBar(self)
        lay.addWidget(self.message)
        self.output = ReceiptOutput(counter, self, self.message)
        lay.addWidget(self.output.offer)
        row = QHBoxLayout()
        sc = counter.shortcut
        self.duplicate_button = big_button("", self, name="receipt_duplicate")
        bind_key(self.duplicate_button, sc(KEY_DUPLICATE, lambda: translate("CashierReceipts", "Duplicate of the selected receipt")))
        self.duplicate_button.clicked.connect(self.duplicate)
        self.last_button = big_button("", self, name="receipt_last")
        sc(KEY_LAST, lambda: translate("CashierReceipts", "Print the last receipt"))
        self.last_button.clicked.connect(self.print_last)
        self.handled_button = big_button("", self, name="rejection_handled")  # an admin dealt with a refusal
        self.handled_button.clicked.connect(self.ask_handled)
        self.handled_button.setEnabled(False)
        self.dialog: CredentialsDialog | None = None
        self.more_button = big_button("", self, name="documents_more")
        self.more_button.clicked.connect(self.more)
        self.more_button.setVisible(False)
        self.refresh_button = big_button("", self, name="receipts_refresh")
        bind_key(self.refresh_button, sc(KEY_REFRESH, lambda: translate("CashierReceipts", "Refresh the list of receipts")))
        self.refresh_button.clicked.connect(self.refresh)
        for b in (self.duplicate_button, self.last_button, self.handled_button, self.more_button, self.refresh_button):
            row.addWidget(b)
        lay.addLayout(row)
        counter.ops.changed.connect(self._on_changes)
        self.retranslate()

    def retranslate(self) -> None:
        self.cloud_refused.retranslate()
        self.title.setText(translate("CashierReceipts", "Offline data: the register's documents and the OFD"))
        self.filter_label.setText(translate("CashierReceipts", "Show:"))
        names = {"all": translate("CashierReceipts", "All documents"),
                 "rejected": translate("CashierReceipts", "Rejected by the OFD"),
                 "receipts": translate("CashierReceipts", "Receipts and returns"),
                 "cash": translate("CashierReceipts", "Cash deposits and withdrawals"),
                 "reports": translate("CashierReceipts", "X and Z reports")}
        for i in range(self.filter.count()):
            self.filter.setItemText(i, names[self.filter.itemData(i)])
        self.duplicate_button.setText(with_key(translate("CashierReceipts", "Duplicate"), KEY_DUPLICATE))
        self.last_button.setText(with_key(translate("CashierReceipts", "Print the last receipt"), KEY_LAST))
        self.more_button.setText(translate("CashierReceipts", "Older documents"))
        self.handled_button.setText(translate("CashierReceipts", "Mark as handled"))
        self.refresh_button.setText(with_key(translate("CashierReceipts", "Refresh"), KEY_REFRESH))
        self.table.setHorizontalHeaderLabels([
            translate("CashierReceipts", "Time"), translate("CashierReceipts", "Document"),
            translate("CashierReceipts", "Shift"), translate("CashierReceipts", "OFD"),
            translate("CashierReceipts", "Sum"), translate("CashierReceipts", "Fiscal sign")])
        if self.rows:
            self.show_rows(self.rows)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _on_changes(self, changes: Changes) -> None:
        if (changes.receipts or changes.shift) and self.isVisible():
            self.refresh()

    # -- loading ------------------------------------------------------------------------------
    def show_rejected(self) -> None:
        """Only what the OFD refused (the status bar's red OFD part leads here)."""
        index = self.filter.findData("rejected")
        if self.filter.currentIndex() != index:
            self.filter.setCurrentIndex(index)  # refreshes
        else:
            self.refresh()

    def refresh(self) -> None:
        self._load(None)
        self.cloud_refused.refresh()

    def more(self) -> None:
        if self.rows and self.rows[-1].cursor is not None:
            self._load(self.rows[-1].cursor)

    def _load(self, before: Cursor | None) -> None:
        register_id = self.counter.register_id
        if register_id is None:
            return
        _, kinds, rejected_only = FILTERS[max(0, self.filter.currentIndex())]
        self._generation += 1
        page = partial(documents, self.counter.ctx.uow, register_id, before=before, kinds=kinds,
                       rejected_only=rejected_only)
        self.counter.ops.run(page, partial(self._loaded, self._generation, before is not None), self._failed)

    def _failed(self, exc: Exception) -> None:
        self.message.show_error(exc)

    def _loaded(self, generation: int, append: bool, docs: list[FiscalDocument]) -> None:
        if generation != self._generation:
            return
        self.more_button.setVisible(len(docs) == PAGE)
        self.show_rows([*self.rows, *docs] if append else docs)

    # -- the table ----------------------------------------------------------------------------
    def show_rows(self, rows: list[FiscalDocument]) -> None:
        """Newest first; the first receipt selected (Ctrl+D prints its duplicate)."""
        self.rows = list(rows)
        self.table.setRowCount(len(self.rows))
        red = QBrush(QColor(REJECTED_COLOR))
        for i, d in enumerate(self.rows):
            number = "" if d.number is None else " №" + str(d.number)
            values = (d.at.strftime("%d.%m.%Y %H:%M:%S"), kind_text(d.kind) + number,
                      "" if d.shift_number is None else str(d.shift_number), ofd_text(d),
                      d.amount.format(currency=False) if d.amount is not None else "—", d.fiscal_sign or "—")
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                if col == COL_SUM:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if d.rejected:
                    item.setForeground(red)
                    item.setToolTip(rejection_text(d.result_code or 0, d.result_text or "", d.kind))
                self.table.setItem(i, col, item)
        first = next((i for i, d in enumerate(self.rows) if d.receipt_id is not None), 0 if self.rows else None)
        if first is not None:
            self.table.selectRow(first)
        self._show_detail()

    def selected(self) -> FiscalDocument | None:
        picked = self.table.selectionModel().selectedRows()
        if not picked or picked[0].row() >= len(self.rows):
            return None
        return self.rows[picked[0].row()]

    def _show_detail(self) -> None:
        d = self.selected()
        self.handled_button.setEnabled(d is not None and d.rejected and d.entry_id is not None and d.handled_at is None)
        if d is None or not d.rejected:
            self.detail.setStyleSheet("")
            self.detail.setText(ofd_text(d) if d is not None else "")
            return
        self.detail.setStyleSheet(ERROR_STYLE)
        self.detail.setText(kind_text(d.kind) + " (" + ofd_text(d) + "): "
                            + rejection_text(d.result_code or 0, d.result_text or "", d.kind))

    # -- an administrator dealt with a refusal --------------------------------------------------
    def ask_handled(self) -> None:
        d = self.selected()
        register_id = self.counter.register_id
        if d is None or d.entry_id is None or not d.rejected or register_id is None:
            return
        dlg = CredentialsDialog(translate("CashierReceipts", "The refused document is handled: administrator"), self)
        dlg.submit = partial(self._mark_handled, dlg, register_id, d.entry_id)
        self.dialog = dlg
        dlg.open()

    def _mark_handled(self, dlg: CredentialsDialog, register_id: int, entry_id: int, email: str, password: str) -> None:
        ctx = self.counter.ctx
        mark = partial(mark_handled, ctx.uow, ctx.auth, ctx.clock, email, password, register_id, entry_id)
        dlg.buttons.setEnabled(False)
        self.counter.ops.run(mark, lambda _: dlg.close_ok(), dlg.ask_again)

    def duplicate(self) -> None:
        d = self.selected()
        if d is None or d.receipt_id is None:
            self.message.show_error(translate("CashierReceipts", "Select a receipt."))
            return
        self.output.deliver(d.receipt_id, duplicate=True)

    def print_last(self) -> None:
        register_id = self.counter.register_id
        if register_id is None:
            return
        last = partial(self.counter.ctx.sales.last_receipt_id, register_id)
        self.counter.ops.run(last, partial(self.output.deliver, duplicate=True), self.message.show_error)
