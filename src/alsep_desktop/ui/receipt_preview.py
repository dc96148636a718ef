"""Receipts a person can see (issue 11.5): in the demo and on a PC without a printer, each
receipt, duplicate and report opens a preview drawn from the very ESC/POS bytes the printer
gets (``render`` → ``decode``): text lines, raster strips, the QR, cuts and feeds.

The window never keeps the keyboard: when it gets activated (a window system that ignores
"does not accept focus", a click) it hands activation back to the counter, so the cashier keeps
typing and the counter's keys keep working. It is reused for the next document; «Закрыть» closes it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PIL import Image

from alsep_desktop.hardware.printer.decode import Decoded, decode
from alsep_desktop.hardware.printer.model import Align, PrintDocument
from alsep_desktop.hardware.printer.raster import CELL_H, qr_image, text_line_image
from alsep_desktop.hardware.printer.render import render
from alsep_desktop.hardware.profiles import PrinterProfile, get_profile
from alsep_desktop.ui.counter import Counter
from alsep_desktop.ui.qt import (
    QApplication,
    QDialog,
    QEvent,
    QImage,
    QKeyEvent,
    QKeySequence,
    QLabel,
    QPixmap,
    QScrollArea,
    QShortcut,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    translate,
)
from alsep_desktop.ui.widgets.touch import big_button, with_key

MARGIN = 16  # px of paper on each side
log = logging.getLogger(__name__)


def wants_preview(counter: Counter) -> bool:
    """The demo, and every PC that prints nothing (no printer set, or «Работа без принтера»)."""
    printing = counter.printing
    return bool(counter.ctx.config.demo) or printing.without_printer or printing.printer is None


def put_away_preview(widget: QWidget) -> None:
    """The preview of the last document closes when the next sale starts: it covers the basket."""
    preview = getattr(widget.window(), "receipt_preview", None)
    if isinstance(preview, ReceiptPreview) and preview.isVisible():
        preview.close()


def printer_bytes(counter: Counter, doc: PrintDocument) -> tuple[bytes, PrinterProfile]:
    """What the printer gets for ``doc``: its own profile, or an 80 mm one when there is none."""
    printer = counter.printing.printer
    profile = printer.profile if printer is not None else get_profile("generic-80")
    if doc.columns != profile.columns:
        profile = next((p for p in (get_profile("generic-80"), get_profile("generic-58"))
                        if p.columns == doc.columns), profile)
    return render(doc, profile), profile


def decode_for(data: bytes, profile: PrinterProfile) -> Decoded:
    return decode(data, {cp.number: cp.codec for cp in profile.code_pages}, profile.columns)


def paper_picture(decoded: Decoded, profile: PrinterProfile) -> Image.Image:
    """The paper as the printer would print it: black dots on white, greyscale."""
    dots, columns = profile.dots, profile.columns
    strips: list[Image.Image] = []
    for kind, value in decoded.events:
        if kind == "text":
            text, bold, double = value  # type: ignore[misc]
            strips.append(text_line_image(text, dots=dots, columns=columns, align=Align.LEFT, bold=bold, double=double))
        elif kind == "raster":
            strips.append(value)  # type: ignore[arg-type]
        elif kind == "QR":
            qr = qr_image(str(value), module=6, dots=dots)
            canvas = Image.new("1", (dots, qr.height), 0)
            canvas.paste(qr, ((dots - qr.width) // 2, 0))
            strips.append(canvas)
        elif kind == "feed":
            strips.append(Image.new("1", (dots, CELL_H * int(value)), 0))  # type: ignore[call-overload]
        elif kind == "cut":
            cut = Image.new("1", (dots, CELL_H), 0)
            for x in range(0, dots, 12):
                for y in (CELL_H // 2, CELL_H // 2 + 1):
                    for dx in range(6):
                        if x + dx < dots:
                            cut.putpixel((x + dx, y), 1)
            strips.append(cut)
    width = max([dots, *(s.width for s in strips)]) + 2 * MARGIN
    height = sum(s.height for s in strips) + 2 * MARGIN
    paper = Image.new("L", (width, max(height, 2 * MARGIN + CELL_H)), 255)
    y = MARGIN
    for s in strips:
        ink = s.convert("L").point(lambda v: 0 if v else 255)  # a printed dot is black
        paper.paste(ink, (MARGIN, y))
        y += s.height
    return paper


def to_qimage(img: Image.Image) -> QImage:
    grey = img.convert("L")
    return QImage(grey.tobytes(), grey.width, grey.height, grey.width, QImage.Format.Format_Grayscale8).copy()


KINDS = ("receipt", "duplicate", "x", "z", "report")
#: keys that move the paper while the preview is shown (the counter keeps the keyboard, decision 2022)
SCROLL_KEYS = ("End", "Ctrl+End", "Home", "Ctrl+Home", "PgDown", "PgUp")


def _title(kind: str) -> str:
    return {"duplicate": translate("CashierPreview", "Duplicate preview"),
            "x": translate("CashierPreview", "X report preview"),
            "z": translate("CashierPreview", "Z report preview"),
            "report": translate("CashierPreview", "Report preview")}.get(
        kind, translate("CashierPreview", "Receipt preview"))


class ReceiptPreview(QDialog):
    """One window per counter, refilled for each document; it never takes the focus.

    Its keys are the counter's window's, while it is shown: Esc closes it, End / Ctrl+End,
    Home / Ctrl+Home, PgDown / PgUp move the paper (shortcuts on the main window, enabled only
    while the preview is visible, so they take nothing from the sale otherwise); the wheel
    scrolls it under the mouse.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("receipt_preview")
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setWindowFlag(Qt.WindowType.WindowDoesNotAcceptFocus)
        self.lines: list[str] = []
        self.image = QImage()
        self.kind = "receipt"
        self.printed = False
        lay = QVBoxLayout(self)
        self.note = QLabel(self)
        self.note.setObjectName("preview_note")
        self.note.setWordWrap(True)
        lay.addWidget(self.note)
        self.scroll = QScrollArea(self)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.paper = QLabel(self.scroll)
        self.paper.setObjectName("receipt_paper")
        self.paper.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.scroll.setWidget(self.paper)
        self.scroll.setWidgetResizable(True)
        lay.addWidget(self.scroll, 1)
        self.close_button = big_button("", self, name="preview_close")
        self.close_button.setAutoDefault(False)
        self.close_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.close_button.clicked.connect(self.close)
        lay.addWidget(self.close_button)
        self.keys: list[QShortcut] = []
        owner = parent.window() if parent is not None else self
        for key in ("Esc", *SCROLL_KEYS):
            sc = QShortcut(QKeySequence(key), owner)
            sc.setContext(Qt.ShortcutContext.WindowShortcut)
            sc.setEnabled(False)
            sc.activated.connect(lambda k=key: self.on_key(k))
            self.keys.append(sc)
        self.resize(660, 720)
        self.retranslate()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowActivate:
            back = QApplication.activeModalWidget() or self.parentWidget()  # a dialog open on the counter first
            if back is not None and back is not self and back.isVisible():
                QTimer.singleShot(0, back.activateWindow)
        elif event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().event(event)

    def showEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        for sc in self.keys:
            sc.setEnabled(True)
        super().showEvent(event)

    def hideEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        for sc in self.keys:
            sc.setEnabled(False)
        super().hideEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        """The same keys when a window system gave the preview the keyboard after all."""
        seq = QKeySequence(event.keyCombination()).toString()
        if seq in ("Esc", *SCROLL_KEYS):
            self.on_key(seq)
            return
        super().keyPressEvent(event)

    def on_key(self, key: str) -> None:
        if key == "Esc":
            self.close()
            return
        bar = self.scroll.verticalScrollBar()
        if key in ("End", "Ctrl+End"):
            bar.setValue(bar.maximum())
        elif key in ("Home", "Ctrl+Home"):
            bar.setValue(bar.minimum())
        elif key == "PgDown":
            bar.setValue(bar.value() + bar.pageStep())
        elif key == "PgUp":
            bar.setValue(bar.value() - bar.pageStep())

    def retranslate(self) -> None:
        self.setWindowTitle(_title(self.kind))
        self.note.setText(translate("CashierPreview", "This is what the printer prints.") if self.printed else
                          translate("CashierPreview", "This is what the printer prints (no paper receipt on this PC)."))
        self.close_button.setText(with_key(translate("CashierPreview", "Close"), "Esc"))

    def fit_to_screen(self) -> None:
        """Never taller or wider than the screen's free area (a 768-pixel screen, a taskbar)."""
        screen = self.screen() or QApplication.primaryScreen()
        if screen is None:
            return
        room = screen.availableGeometry()
        margins = self.frameGeometry().size() - self.geometry().size()
        width = min(self.width(), room.width() - margins.width())
        height = min(self.height(), room.height() - margins.height())
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)

    def show_bytes(self, data: bytes, profile: PrinterProfile, *, kind: str = "receipt", printed: bool = False) -> None:
        decoded = decode_for(data, profile)
        self.kind, self.printed = kind, printed
        self.retranslate()
        self.lines = decoded.lines()
        self.image = to_qimage(paper_picture(decoded, profile))
        self.paper.setPixmap(QPixmap.fromImage(self.image))
        self.paper.setToolTip("\n".join(line[3:] for line in self.lines))
        if not self.isVisible():
            self.fit_to_screen()
            self.show()
        self.raise_()

    @property
    def text(self) -> str:
        """The printed text lines (without the bold/double marks of ``Decoded.lines``)."""
        return "\n".join(line[3:] if line[2:3] == "|" else line for line in self.lines)


def preview_document(counter: Counter, parent: QWidget, make_doc: Callable[[], PrintDocument], *,
                     kind: str = "receipt", force: bool = False) -> None:
    """Build the document and its bytes off the GUI thread, then show them (when wanted, or
    ``force`` — the cashier asked for it). ``kind`` titles the window (``KINDS``)."""
    if not (force or wants_preview(counter)):
        return
    printing = counter.printing
    printed = printing.printer is not None and not printing.without_printer  # a printer (a file one too) prints it

    def shown(result: tuple[bytes, PrinterProfile]) -> None:
        window = parent.window()
        preview = getattr(window, "receipt_preview", None)
        if not isinstance(preview, ReceiptPreview):
            preview = ReceiptPreview(window)
            window.receipt_preview = preview  # type: ignore[attr-defined]
        preview.show_bytes(*result, kind=kind, printed=printed)

    def render() -> tuple[bytes, PrinterProfile]:  # off the GUI thread: the document and its bytes
        return printer_bytes(counter, make_doc())

    def no_preview(exc: Exception) -> None:
        log.warning("no receipt preview: %s", exc)

    counter.ops.run(render, shown, no_preview)
