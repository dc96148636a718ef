"""Receipts of the shift, with a duplicate of any and «печать последнего чека» (seed 9.3.1), and the
documents the cloud refused (``cloud_refused.py``, decision 1417)."""

from __future__ import annotations

from alsep_desktop.services.changes import Changes
from alsep_desktop.services.documents import DocumentResult
from alsep_desktop.services.offline_data import (
    OFD_NONE,
    OFD_REFUSED,
    OFD_SENT,
    OFD_WAITING,
    ShiftDocument,
    shift_documents,
)
from alsep_desktop.ui.cashier.cloud_refused import CloudRefusedBox
from alsep_desktop.ui.cashier.common import (
    TOUCH_HEIGHT,
    Counter,
    MessageBar,
    big_button,
    bind_key,
    set_font,
    with_key,
)
from alsep_desktop.ui.cashier.output import ReceiptOutput
from alsep_desktop.ui.qt import (
    QAbstractItemView,
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

KEY_DUPLICATE, KEY_LAST, KEY_REFRESH = "Ctrl+D", "F11", "Ctrl+R"


class ReceiptsScreen(QWidget):
    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counter = counter
        self.rows: list[DocumentResult] = []
        lay = QVBoxLayout(self)
        self.title = QLabel(self)
        set_font(self.title, 18, bold=True)
        lay.addWidget(self.title)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("receipts_table")
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(TOUCH_HEIGHT - 10)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        lay.addWidget(self.table, 1)
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
        self.refresh_button = big_button("", self, name="receipts_refresh")
        bind_key(self.refresh_button, sc(KEY_REFRESH, lambda: translate("CashierReceipts", "Refresh the list of receipts")))
        self.refresh_button.clicked.connect(self.refresh)
        for b in (self.duplicate_button, self.last_button, self.refresh_button):
            row.addWidget(b)
        lay.addLayout(row)
        counter.ops.changed.connect(self._on_changes)
        self.retranslate()

    def retranslate(self) -> None:
        self.cloud_refused.retranslate()
        self.title.setText(translate("CashierReceipts", "Offline data: the receipts of the shift and the OFD"))
        self.duplicate_button.setText(with_key(translate("CashierReceipts", "Duplicate"), KEY_DUPLICATE))
        self.last_button.setText(with_key(translate("CashierReceipts", "Print the last receipt"), KEY_LAST))
        self.refresh_button.setText(with_key(translate("CashierReceipts", "Refresh"), KEY_REFRESH))
        self.table.setHorizontalHeaderLabels([translate("CashierReceipts", "№"), translate("CashierReceipts", "Shift"), translate("CashierReceipts", "Fiscal sign"),
                                              translate("CashierReceipts", "State"), translate("CashierReceipts", "Sum")])

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _on_changes(self, changes: Changes) -> None:
        if changes.receipts and self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        register_id = self.counter.register_id
        if register_id is None:
            return
        uow = self.counter.ctx.uow
        self.counter.ops.run(lambda: shift_documents(uow, register_id), self.show_documents, self.message.show_error)
        self.cloud_refused.refresh()

    def show_documents(self, docs: list[ShiftDocument]) -> None:
        """«Автономные данные»: each document with where it stands with the OFD."""
        self.ofd_states = {d.document.id: d.ofd for d in docs}
        self.show_rows([d.document for d in docs])

    def state_text(self, r: DocumentResult) -> str:
        ofd = getattr(self, "ofd_states", {}).get(r.id)
        if ofd is not None:
            text = {
                OFD_SENT: translate("CashierReceipts", "sent to the OFD"),
                OFD_WAITING: translate("CashierReceipts", "waiting for the OFD"),
                OFD_REFUSED: translate("CashierReceipts", "refused by the OFD"),
                OFD_NONE: translate("CashierReceipts", "not for the OFD"),
            }[ofd]
            return text + (" · " + translate("CashierReceipts", "offline") if r.offline else "")
        states = {
            "signed": translate("CashierReceipts", "sent to the OFD"),
            "printed": translate("CashierReceipts", "printed"),
            "queued": translate("CashierReceipts", "waiting for the OFD"),
            "paid": translate("CashierReceipts", "not accepted by the OFD"),
        }
        text = states.get(r.state, r.state)
        return text + (" · " + translate("CashierReceipts", "offline") if r.offline else "")

    def show_rows(self, rows: list[DocumentResult]) -> None:
        self.rows = list(reversed(rows))
        self.table.setRowCount(len(self.rows))
        for i, r in enumerate(self.rows):
            values = (str(r.number), str(r.shift_number), r.fiscal_sign or "—", self.state_text(r),
                      r.total.format(currency=False))
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                if col == 4:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(i, col, item)
        if self.rows:
            self.table.selectRow(0)

    def duplicate(self) -> None:
        picked = self.table.selectionModel().selectedRows()
        if not picked or picked[0].row() >= len(self.rows):
            self.message.show_error(translate("CashierReceipts", "Select a receipt."))
            return
        self.output.deliver(self.rows[picked[0].row()].id, duplicate=True)

    def print_last(self) -> None:
        register_id = self.counter.register_id
        if register_id is None:
            return
        self.counter.ops.run(lambda: self.counter.ctx.sales.last_receipt_id(register_id),
                             lambda rid: self.output.deliver(rid, duplicate=True), self.message.show_error)
