"""The small contracts every device driver and fake fulfils.

Callers never see connectors or vendor protocols, only these. Calls may block on I/O, so
services run them through :class:`alsep_desktop.hardware.worker.DeviceWorker`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from alsep_desktop.domain.money import Money

if TYPE_CHECKING:
    from alsep_desktop.hardware.errors import HardwareError
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


@runtime_checkable
class CashDrawer(Protocol):
    def open(self) -> None: ...

    def is_open(self) -> bool | None:
        """``None`` when the drawer has no sensor wired."""


@dataclass(frozen=True, slots=True)
class Scan:
    """One decoded code. ``data`` keeps GS (0x1D) separators of GS1 codes."""

    data: str
    source: str = ""
    symbology: str | None = None


class ScannerState(Enum):
    STOPPED = "stopped"
    CONNECTING = "connecting"
    CONNECTED = "connected"
    DISCONNECTED = "disconnected"
    FINISHED = "finished"  # a video file or a script came to its end


ScanCallback = Callable[[Scan], None]
StateCallback = Callable[[ScannerState], None]


@runtime_checkable
class ScannerSource(Protocol):
    @property
    def state(self) -> ScannerState: ...

    def start(self, on_scan: ScanCallback, on_state: StateCallback | None = None) -> None: ...

    def stop(self) -> None: ...


class TerminalStatus(Enum):
    APPROVED = "approved"
    DECLINED = "declined"
    TIMEOUT = "timeout"
    CANCELLED = "cancelled"


@dataclass(frozen=True, slots=True)
class TerminalResult:
    status: TerminalStatus
    amount: Money
    reference: str
    rrn: str | None = None
    auth_code: str | None = None
    message: str = ""
    terminal_id: str | None = None
    card_type: str | None = None
    receipt_number: str | None = None

    @property
    def approved(self) -> bool:
        return self.status is TerminalStatus.APPROVED


@runtime_checkable
class PaymentTerminal(Protocol):
    def pay(self, amount: Money, *, reference: str) -> TerminalResult: ...

    def refund(self, amount: Money, *, reference: str, original_rrn: str | None = None) -> TerminalResult: ...

    def cancel(self) -> None:
        """Ask a running ``pay``/``refund`` to stop (called from another thread)."""


@runtime_checkable
class CustomerDisplay(Protocol):
    def show(self, top: str, bottom: str = "") -> None: ...

    def clear(self) -> None: ...


@runtime_checkable
class DeviceHandler(Protocol):
    """Implemented by ``ui/``: asks a human when a device needs one. Called on the device thread."""

    def ask_retry(self, device: str, error: HardwareError) -> bool:
        """True to retry the failed operation, False to give up."""

    def ask_pin(self, device: str, prompt: str) -> str | None:
        """A PIN or code typed by the user, ``None`` when cancelled."""

    def notify(self, device: str, code: str) -> None:
        """Show a short non-blocking message (e.g. ``"printer.paper_near_end"``)."""
