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
from alsep_desktop.hardware.printer.protocol import PrinterStatus, ReceiptPrinter

# the printer's contract lives with the printer package (printer/protocol.py) and is re-exported here
__all__ = [
    "CashDrawer", "CustomerDisplay", "DeviceHandler", "PaymentTerminal", "PrinterStatus", "ReceiptPrinter",
    "Scan", "ScannerSource", "ScannerState", "TerminalInfo", "TerminalResult", "TerminalStatus",
]

if TYPE_CHECKING:
    from alsep_desktop.hardware.errors import HardwareError


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
    """What a terminal call ended with, as the caller sees it (decision 0703).

    Only APPROVED means money moved. UNKNOWN and STOPPED_WAITING mean "not known yet": the
    sale is neither fiscalized nor marked unpaid, and the driver keeps checking in the
    background; the final answer arrives through the terminal's late-result listener.
    """

    APPROVED = "approved"  # money taken (payment) or given back (refund)
    DECLINED = "declined"  # the terminal/bank said no: nothing moved
    TIMEOUT = "timeout"  # a terminal that gave up by itself with nothing charged (scripted fake)
    CANCELLED = "cancelled"  # cancelled before anything was charged (scripted fake)
    UNKNOWN = "unknown"  # outcome not known within the wait limit: still checking in the background
    STOPPED_WAITING = "stopped_waiting"  # the cashier stopped waiting: still checking in the background

    @property
    def known(self) -> bool:
        """True when the outcome is final (money moved or certainly did not)."""
        return self not in (TerminalStatus.UNKNOWN, TerminalStatus.STOPPED_WAITING)


@dataclass(frozen=True, slots=True)
class TerminalResult:
    """One payment or refund as reported to the caller.

    ``rrn`` is the id the operation is refunded by: the card's RRN, or for a Kaspi QR payment
    its order number (``method`` tells which). ``process_id`` is the terminal's own id of the
    operation (for ``check``); ``operation_id`` is the driver's journal id (``TerminalOperation.id``).
    """

    status: TerminalStatus
    amount: Money
    reference: str
    rrn: str | None = None
    auth_code: str | None = None
    message: str = ""
    terminal_id: str | None = None
    card_type: str | None = None
    receipt_number: str | None = None
    method: str | None = None  # "card" | "qr" (Kaspi); None when the terminal does not say
    process_id: str | None = None
    card_mask: str | None = None
    operation_id: str | None = None

    @property
    def approved(self) -> bool:
        return self.status is TerminalStatus.APPROVED

    @property
    def known(self) -> bool:
        return self.status.known


@dataclass(frozen=True, slots=True)
class TerminalInfo:
    """What the terminal says about itself (Kaspi ``/v2/deviceinfo``)."""

    vendor: str
    terminal_id: str = ""
    serial_number: str = ""
    pos_number: str = ""


@runtime_checkable
class PaymentTerminal(Protocol):
    def pay(self, amount: Money, *, reference: str) -> TerminalResult: ...

    def refund(
        self, amount: Money, *, reference: str, original_rrn: str | None = None, method: str | None = None
    ) -> TerminalResult:
        """Pay back (part of) an earlier payment, found by ``original_rrn`` (card RRN or QR order
        number) and its ``method``; a driver may know the method of payments it made itself."""

    def cancel(self) -> None:
        """Stop waiting for a running ``pay``/``refund`` (called from another thread). A terminal
        that cannot abort the operation returns STOPPED_WAITING and keeps checking."""

    def device_info(self) -> TerminalInfo: ...

    def check(self, process_id: str) -> TerminalResult:
        """Ask the terminal now for the outcome of an earlier operation (status/actualize)."""

    def pending(self) -> list[TerminalResult]:
        """Operations whose final outcome came after the caller stopped waiting (or is still
        unknown), not yet acknowledged: the app must reconcile them (refund, or fiscalize)."""

    def acknowledge(self, operation_id: str) -> None:
        """The app has taken over a pending operation (recorded it in its journal)."""


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
