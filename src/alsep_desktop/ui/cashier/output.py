"""Getting a receipt to the buyer: the printer, or by e-mail / as PDF when printing is impossible
(seed 9.5: «работа без принтера … чеки будут отсылаться на email»)."""

from __future__ import annotations

from pathlib import Path

from alsep_desktop.errors import AlsepError
from alsep_desktop.hardware.errors import HardwareError
from alsep_desktop.services.printing import NoPrinter
from alsep_desktop.ui.cashier.common import (
    TOUCH_HEIGHT,
    Counter,
    MessageBar,
    big_button,
    error_text,
)
from alsep_desktop.ui.cashier.preview import preview_document
from alsep_desktop.ui.qt import QDialog, QLabel, QLineEdit, QVBoxLayout, QWidget, translate


class ReceiptOutDialog(QDialog):
    """Printing is impossible: ask for an e-mail address, or save the receipt as a PDF file."""

    def __init__(self, counter: Counter, receipt_id: int, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counter, self.receipt_id = counter, receipt_id
        self.setWindowTitle(translate("CashierOutput", "Receipt without a printer"))
        self.setMinimumWidth(460)
        lay = QVBoxLayout(self)
        why = QLabel(reason, self)
        why.setWordWrap(True)
        lay.addWidget(why)
        lay.addWidget(QLabel(translate("CashierOutput", "Buyer's e-mail"), self))
        self.email = QLineEdit(self)
        self.email.setObjectName("receipt_email")
        self.email.setMinimumHeight(TOUCH_HEIGHT - 6)
        lay.addWidget(self.email)
        self.message = MessageBar(self)
        lay.addWidget(self.message)
        self.send_button = big_button(translate("CashierOutput", "Send by e-mail"), self, name="receipt_send")
        self.send_button.clicked.connect(self.send)
        self.pdf_button = big_button(translate("CashierOutput", "Save as PDF"), self, name="receipt_pdf")
        self.pdf_button.clicked.connect(self.save_pdf)
        self.skip_button = big_button(translate("CashierOutput", "No receipt for the buyer"), self)
        self.skip_button.clicked.connect(self.reject)
        for b in (self.send_button, self.pdf_button, self.skip_button):
            lay.addWidget(b)
        self.saved: Path | None = None

    def send(self) -> None:
        to = self.email.text().strip()
        self.counter.ops.run(lambda: self.counter.printing.email_receipt(self.receipt_id, to),
                             lambda _: self.accept(), self.message.show_error)

    def pdf_path(self) -> Path:
        folder = self.counter.printing.pdf_folder or (self.counter.ctx.config.data_dir / "receipts")
        return folder / f"receipt-{self.receipt_id}.pdf"

    def save_pdf(self) -> None:
        path = self.pdf_path()

        def done(saved: Path) -> None:
            self.saved = saved
            self.accept()

        self.counter.ops.run(lambda: self.counter.printing.save_pdf(self.receipt_id, path), done,
                             self.message.show_error)


class ReceiptOutput:
    """Print a stored receipt; on a printer problem offer e-mail or PDF. Reports to a message bar."""

    def __init__(self, counter: Counter, parent: QWidget, bar: MessageBar) -> None:
        self.counter, self.parent, self.bar = counter, parent, bar
        self.dialog: ReceiptOutDialog | None = None

    def deliver(self, receipt_id: int, *, duplicate: bool = False, note: str = "") -> None:
        preview_document(self.counter, self.parent,
                         lambda: self.counter.printing.receipt_document(receipt_id, duplicate=duplicate))
        def printed(_: object) -> None:
            text = translate("CashierOutput", "Duplicate printed.") if duplicate else translate("CashierOutput", "Receipt printed.")
            self.bar.show_info(f"{note} {text}".strip())

        def failed(exc: Exception) -> None:
            if duplicate and not isinstance(exc, NoPrinter):
                self.bar.show_error(exc)
                return
            if isinstance(exc, NoPrinter | HardwareError) or (isinstance(exc, AlsepError)
                                                                and exc.code.startswith("printer.")):
                reason = error_text(exc)
                if note:
                    self.bar.show_info(note)
                self.dialog = ReceiptOutDialog(self.counter, receipt_id, reason, self.parent)
                self.dialog.accepted.connect(
                    lambda: self.bar.show_info((note + " " + translate("CashierOutput", "Receipt sent.")).strip()))
                self.dialog.open()
                return
            self.bar.show_error(exc)

        self.counter.ops.run(lambda: self.counter.printing.print_receipt(receipt_id, duplicate=duplicate),
                             printed, failed)
