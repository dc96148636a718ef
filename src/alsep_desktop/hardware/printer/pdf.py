"""Receipts as PDF when there is no printer: the raster picture in a PDF page (Pillow).

The page shows exactly what a thermal printer would print. Pillow's PDF writer is used
(no extra dependency); text in the PDF is therefore not selectable.
"""

from __future__ import annotations

import io
import itertools
from datetime import datetime
from pathlib import Path

from PIL import ImageOps

from alsep_desktop.hardware.errors import DrawerUnavailable, PdfExportFailed
from alsep_desktop.hardware.printer.model import PrintDocument
from alsep_desktop.hardware.printer.protocol import PrinterStatus
from alsep_desktop.hardware.printer.raster import document_picture
from alsep_desktop.hardware.profiles import PrinterProfile
from alsep_desktop.kernel.clock import ALMATY

DPI = 203  # thermal printer resolution: 576 dots = 72 mm


def pdf_bytes(doc: PrintDocument, profile: PrinterProfile, *, margin: int = 24) -> bytes:
    pic = document_picture(doc, dots=profile.dots, columns=profile.columns)
    page = ImageOps.expand(ImageOps.invert(pic.convert("L")), border=margin, fill=255).convert("1")
    buf = io.BytesIO()
    try:
        page.save(buf, "PDF", resolution=DPI, title="Receipt", creator="Alsep Desktop")
    except (OSError, ValueError) as exc:
        raise PdfExportFailed(reason=str(exc)) from exc
    return buf.getvalue()


class PdfPrinter:
    """A :class:`ReceiptPrinter` that saves every document as a PDF file in ``folder``."""

    def __init__(self, folder: Path, profile: PrinterProfile) -> None:
        self.folder = Path(folder)
        self.profile = profile
        self.saved: list[Path] = []
        self._seq = itertools.count(1)

    def print_document(self, document: PrintDocument) -> None:
        stamp = datetime.now(ALMATY).strftime("%Y%m%d-%H%M%S")
        path = self.folder / f"receipt-{stamp}-{next(self._seq):04d}.pdf"
        data = pdf_bytes(document, self.profile)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
        except OSError as exc:
            raise PdfExportFailed(reason=str(exc)) from exc
        self.saved.append(path)

    def status(self) -> PrinterStatus:
        return PrinterStatus(online=self.folder.parent.exists(), known=True)

    def kick_drawer(self, pin: int = 0) -> None:
        raise DrawerUnavailable(reason="no printer to kick the drawer through")
