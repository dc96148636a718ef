"""Getting a receipt to the buyer: the printer, or — on a PC without a printer — a bar in the
screen that offers the preview, a PDF file and (only when SMTP is set up) e-mail (seed 9.5:
«работа без принтера … чеки будут отсылаться на email»).

The bar never takes the focus and needs no answer (decision 2020): the next scan goes to the
basket whatever the bar shows; only a click on «E-mail» puts the cursor in the address field.
"""

from __future__ import annotations

from pathlib import Path

from alsep_desktop.errors import AlsepError
from alsep_desktop.hardware.errors import HardwareError
from alsep_desktop.services.printing import NoPrinter
from alsep_desktop.ui.counter import Counter
from alsep_desktop.ui.ops import output as output_ops
from alsep_desktop.ui.qt import (
    QEvent,
    QFrame,
    QHBoxLayout,
    QKeyEvent,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
    translate,
)
from alsep_desktop.ui.receipt_preview import preview_document
from alsep_desktop.ui.widgets.message_bar import MessageBar, error_text
from alsep_desktop.ui.widgets.touch import TOUCH_HEIGHT


class _EmailEdit(QLineEdit):
    """The address field: Esc closes it and gives the keyboard back to the counter."""

    escaped = Signal()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and event.key() == Qt.Key.Key_Escape:  # type: ignore[attr-defined]
            event.accept()  # Esc is this field's, not the window's
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
            return
        super().keyPressEvent(event)


def _small_button(parent: QWidget, name: str) -> QPushButton:
    """A button that a click presses and that never keeps the keyboard (the scan field keeps it)."""
    btn = QPushButton(parent)
    btn.setObjectName(name)
    btn.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    btn.setAutoDefault(False)
    btn.setMinimumHeight(TOUCH_HEIGHT - 12)
    btn.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    return btn


class ReceiptOffer(QFrame):
    """«Чек без принтера»: a non-modal bar inside the screen, for the last receipt without paper."""

    def __init__(self, counter: Counter, parent: QWidget) -> None:
        super().__init__(parent)
        self.counter = counter
        self.setObjectName("receipt_offer")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.receipt_id: int | None = None
        self.duplicate = False
        self.saved: Path | None = None
        self.can_email = False
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 4, 6, 4)
        row = QHBoxLayout()
        self.reason = QLabel(self)
        self.reason.setObjectName("receipt_offer_reason")
        self.reason.setWordWrap(True)
        self.reason.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        row.addWidget(self.reason, 1)
        self.show_button = _small_button(self, "receipt_show")
        self.show_button.clicked.connect(self.show_receipt)
        self.pdf_button = _small_button(self, "receipt_pdf")
        self.pdf_button.clicked.connect(self.save_pdf)
        self.email_button = _small_button(self, "receipt_email_open")
        self.email_button.clicked.connect(self.open_email)
        self.close_button = _small_button(self, "receipt_offer_close")
        self.close_button.clicked.connect(self.dismiss)
        for b in (self.show_button, self.pdf_button, self.email_button, self.close_button):
            row.addWidget(b)
        lay.addLayout(row)
        self.email_row = QWidget(self)
        mail = QHBoxLayout(self.email_row)
        mail.setContentsMargins(0, 0, 0, 0)
        self.email = _EmailEdit(self.email_row)
        self.email.setObjectName("receipt_email")
        self.email.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # never reached by Tab from the sale
        self.email.returnPressed.connect(self.send)
        self.send_button = _small_button(self.email_row, "receipt_send")
        self.send_button.clicked.connect(self.send)
        mail.addWidget(self.email, 1)
        mail.addWidget(self.send_button)
        lay.addWidget(self.email_row)
        self.email_row.setVisible(False)
        self.email.escaped.connect(self.close_email)
        self.message = MessageBar(self)
        lay.addWidget(self.message)
        self.email_button.setVisible(False)
        self.setVisible(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.show_button.setText(translate("CashierOutput", "Show the receipt"))
        self.pdf_button.setText(translate("CashierOutput", "PDF"))
        self.email_button.setText(translate("CashierOutput", "E-mail"))
        self.close_button.setText("×")
        self.close_button.setToolTip(translate("CashierOutput", "Hide"))
        self.email.setPlaceholderText(translate("CashierOutput", "Buyer's e-mail"))
        self.send_button.setText(translate("CashierOutput", "Send"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- what the bar offers -------------------------------------------------------------------
    def offer(self, receipt_id: int, reason: str, *, duplicate: bool = False) -> None:
        """Show the bar for ``receipt_id``; it takes no focus and asks nothing."""
        self.receipt_id, self.duplicate, self.saved = receipt_id, duplicate, None
        self.reason.setText(reason)
        self.message.clear_message()
        self.email_row.setVisible(False)
        self.email.clear()
        self.email_button.setVisible(self.can_email)
        self.setVisible(True)
        def known(can: bool) -> None:
            self.can_email = bool(can)
            self.email_button.setVisible(self.can_email)

        def unknown(_exc: Exception) -> None:
            known(False)

        output_ops.email_configured(self.counter, known, unknown)

    def dismiss(self) -> None:
        self.close_email()
        self.setVisible(False)

    def show_receipt(self) -> None:
        rid, duplicate = self.receipt_id, self.duplicate
        if rid is None:
            return
        preview_document(self.counter, self, lambda: self.counter.printing.receipt_document(rid, duplicate=duplicate),
                         kind="duplicate" if duplicate else "receipt", force=True)

    def pdf_path(self) -> Path:
        folder = self.counter.printing.pdf_folder or (self.counter.ctx.config.data_dir / "receipts")
        return folder / f"receipt-{self.receipt_id}.pdf"

    def save_pdf(self) -> None:
        rid = self.receipt_id
        if rid is None:
            return
        path = self.pdf_path()

        def done(saved: Path) -> None:
            self.saved = saved
            self.message.show_info(translate("CashierOutput", "The receipt is saved as %1.").replace("%1", str(saved)))

        output_ops.save_pdf(self.counter, rid, path, done, self.message.show_error)

    def open_email(self) -> None:
        """The cashier chose e-mail: now, and only now, the address field takes the keyboard."""
        if not self.can_email:
            return
        self.email_row.setVisible(True)
        self.email.setFocus()

    def close_email(self) -> None:
        had_focus = self.email.hasFocus()
        self.email_row.setVisible(False)
        if had_focus:
            self._back_to_the_counter()

    def send(self) -> None:
        rid, to = self.receipt_id, self.email.text().strip()
        if rid is None:
            return

        def sent(_: object) -> None:
            self.close_email()
            self.message.show_info(translate("CashierOutput", "The receipt is sent to %1.").replace("%1", to))

        output_ops.email_receipt(self.counter, rid, to, sent, self.message.show_error)

    def _back_to_the_counter(self) -> None:
        screen = self.parentWidget()
        focus = getattr(screen, "focus_barcode", None)
        if callable(focus):
            focus()
        elif screen is not None:
            screen.setFocus()


class ReceiptOutput:
    """Print a stored receipt; on a printer problem show the bar (:class:`ReceiptOffer`).
    Reports to a message bar."""

    def __init__(self, counter: Counter, parent: QWidget, bar: MessageBar) -> None:
        self.counter, self.parent, self.bar = counter, parent, bar
        self.offer = ReceiptOffer(counter, parent)

    def _place(self) -> None:
        """A screen that did not put the bar in its layout gets it at the bottom."""
        lay = self.parent.layout()
        if lay is not None and lay.indexOf(self.offer) < 0 and not _in_layout(lay, self.offer):
            lay.addWidget(self.offer)

    def deliver(self, receipt_id: int, *, duplicate: bool = False, note: str = "") -> None:
        preview_document(self.counter, self.parent,
                         lambda: self.counter.printing.receipt_document(receipt_id, duplicate=duplicate),
                         kind="duplicate" if duplicate else "receipt")
        self.offer.dismiss()

        def printed(_: object) -> None:
            text = translate("CashierOutput", "Duplicate printed.") if duplicate else translate("CashierOutput", "Receipt printed.")
            self.bar.show_info(f"{note} {text}".strip())

        def failed(exc: Exception) -> None:
            if duplicate and not isinstance(exc, NoPrinter):
                self.bar.show_error(exc)
                return
            if isinstance(exc, NoPrinter | HardwareError) or (isinstance(exc, AlsepError)
                                                                and exc.code.startswith("printer.")):
                if note:
                    self.bar.show_info(note)
                self._place()
                reason = translate("CashierOutput", "No printer on this PC: the receipt is not on paper.") \
                    if isinstance(exc, NoPrinter) else error_text(exc)
                self.offer.offer(receipt_id, reason, duplicate=duplicate)
                return
            self.bar.show_error(exc)

        output_ops.print_receipt(self.counter, receipt_id, duplicate=duplicate, done=printed, failed=failed)


def _in_layout(lay: object, widget: QWidget) -> bool:
    """Whether ``widget`` sits anywhere in ``lay`` or its nested layouts."""
    for i in range(lay.count()):  # type: ignore[attr-defined]
        item = lay.itemAt(i)  # type: ignore[attr-defined]
        if item.widget() is widget:
            return True
        sub = item.layout()
        if sub is not None and _in_layout(sub, widget):
            return True
    return False
