"""The receipt printer's contract: what every printer driver and fake fulfils, and the status it
reports. It lives with the printer package, which implements it, so the package does not import
``hardware/protocols.py`` (that module re-exports both; decision 2102: no package cycle).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from alsep_desktop.hardware.printer.model import PrintDocument
    from alsep_desktop.hardware.profiles import PrinterProfile


@dataclass(frozen=True, slots=True)
class PrinterStatus:
    """What the printer reported; ``known`` is False when the connection cannot read status."""

    online: bool = True
    paper_out: bool = False
    paper_near_end: bool = False
    cover_open: bool = False
    drawer_open: bool | None = None
    known: bool = False


@runtime_checkable
class ReceiptPrinter(Protocol):
    profile: PrinterProfile

    def print_document(self, document: PrintDocument) -> None:
        """Render and print; raises PrinterOffline/PrinterPaperOut/... on failure."""

    def status(self) -> PrinterStatus: ...

    def kick_drawer(self, pin: int = 0) -> None: ...
