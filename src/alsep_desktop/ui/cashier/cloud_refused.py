"""«Автономные данные»: the documents the cloud refused (decision 1417) — what document, when, the
cloud's reason — and «Повторить» for an administrator (the service checks the role again)."""

from __future__ import annotations

from alsep_desktop.domain.money import Money
from alsep_desktop.domain.roles import Role
from alsep_desktop.kernel.clock import ALMATY
from alsep_desktop.services.cloud.refused import CloudRefusedService, RefusedDocument
from alsep_desktop.ui.cashier.common import (
    TOUCH_HEIGHT,
    Counter,
    MessageBar,
    big_button,
    bind_key,
    set_font,
    with_key,
)
from alsep_desktop.ui.ops import documents as document_ops
from alsep_desktop.ui.qt import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    translate,
)

KEY_RETRY = "Ctrl+Shift+R"


def document_text(d: RefusedDocument) -> str:
    if d.kind == "receipt" and d.number is not None:
        text = (translate("CloudRefused", "Return №%1, shift %2") if d.operation and d.operation.endswith("_return")
                else translate("CloudRefused", "Receipt №%1, shift %2"))
        text = text.replace("%1", str(d.number)).replace("%2", str(d.shift_number or "—"))
        if d.total_tiyn is not None:
            text += ", " + Money(d.total_tiyn).format()
        return text
    label = {
        "receipt": translate("CloudRefused", "Receipt"),
        "cash_move": translate("CloudRefused", "Cash deposit or withdrawal"),
        "shift_open": translate("CloudRefused", "Shift opening"),
        "shift_z": translate("CloudRefused", "Z report"),
        "terminal_op": translate("CloudRefused", "Card terminal operation"),
    }.get(d.kind, d.kind)
    return f"{label} {d.key[:8]}"


class CloudRefusedBox(QWidget):
    """Hidden while the cloud refused nothing."""

    def __init__(self, counter: Counter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cloud_refused")
        self.counter = counter
        self.service: CloudRefusedService = counter.services.cloud_refused
        self.items: list[RefusedDocument] = []
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 8, 0, 0)
        self.title = QLabel(self)
        set_font(self.title, 14, bold=True)
        self.title.setWordWrap(True)
        lay.addWidget(self.title)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("cloud_refused_table")
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(TOUCH_HEIGHT - 10)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setMaximumHeight(4 * TOUCH_HEIGHT)
        lay.addWidget(self.table)
        self.message = MessageBar(self)
        lay.addWidget(self.message)
        row = QHBoxLayout()
        self.retry_button = big_button("", self, name="cloud_refused_retry")
        bind_key(self.retry_button, counter.shortcut(KEY_RETRY, lambda: translate(
            "CloudRefused", "Send the document to the cloud again")))
        self.retry_button.clicked.connect(self.retry)
        row.addWidget(self.retry_button)
        row.addStretch(2)
        lay.addLayout(row)
        self.setVisible(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(translate("CloudRefused", "Documents the cloud did not accept (kept aside, not lost)"))
        self.retry_button.setText(with_key(translate("CloudRefused", "Retry"), KEY_RETRY))
        self.table.setHorizontalHeaderLabels([translate("CloudRefused", "Document"), translate("CloudRefused", "When"),
                                              translate("CloudRefused", "The cloud's reason")])
        if self.items:
            self.show_items(self.items)

    def refresh(self) -> None:
        actor = self.counter.cashier
        if actor is None:
            return
        document_ops.refused_documents(self.counter, actor, self.show_items, self.message.show_error)

    def show_items(self, items: list[RefusedDocument]) -> None:
        self.items = list(items)
        self.table.setRowCount(len(self.items))
        for i, d in enumerate(self.items):
            when = d.refused_at.astimezone(ALMATY).strftime("%d.%m.%Y %H:%M") if d.refused_at else "—"
            for col, text in enumerate((document_text(d), when, d.reason)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(i, col, item)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)
        if self.items:
            self.table.selectRow(0)
        admin = self.counter.cashier is not None and self.counter.cashier.role is Role.ADMIN
        self.retry_button.setVisible(admin)
        self.setVisible(bool(self.items))

    def retry(self) -> None:
        picked = self.table.selectionModel().selectedRows()
        if not picked or picked[0].row() >= len(self.items):
            self.message.show_error(translate("CloudRefused", "Select a document."))
            return
        doc = self.items[picked[0].row()]
        actor = self.counter.cashier

        def done(_: object) -> None:
            self.message.show_info(translate("CloudRefused", "The document is back in the queue for the cloud."))
            self.refresh()

        document_ops.retry_refused(self.counter, actor, doc.id, done, self.message.show_error)
