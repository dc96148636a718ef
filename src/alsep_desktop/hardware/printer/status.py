"""DLE EOT real-time status: request bytes and the parsing of the answers."""

from __future__ import annotations

from alsep_desktop.hardware.printer import commands as cmd
from alsep_desktop.hardware.printer.connectors import Connector
from alsep_desktop.hardware.printer.protocol import PrinterStatus

_FIXED_MASK, _FIXED_BITS = 0x93, 0x12  # bits 1 and 4 are always 1, bits 0 and 7 always 0


def valid(byte: int) -> bool:
    return (byte & _FIXED_MASK) == _FIXED_BITS


def parse(printer: int, offline_cause: int, paper: int) -> PrinterStatus:
    """Combine the answers to DLE EOT 1, 2 and 4 (ESC/POS manual bit layout)."""
    return PrinterStatus(
        online=not printer & 0x08,
        drawer_open=bool(printer & 0x04),
        cover_open=bool(offline_cause & 0x04),
        paper_out=bool(paper & 0x60) or bool(offline_cause & 0x20),
        paper_near_end=bool(paper & 0x0C),
        known=True,
    )


def _ask(conn: Connector, request: bytes, timeout: float) -> int | None:
    conn.write(request)
    got = conn.read(1, timeout)
    if len(got) != 1 or not valid(got[0]):
        return None
    return got[0]


def query(conn: Connector, timeout: float = 0.5) -> PrinterStatus:
    """Ask the printer; silence on a readable link means the printer is offline."""
    if not conn.can_read:
        return PrinterStatus(known=False)
    printer = _ask(conn, cmd.STATUS_PRINTER, timeout)
    if printer is None:
        return PrinterStatus(online=False, known=True)
    cause = _ask(conn, cmd.STATUS_OFFLINE_CAUSE, timeout) or 0x12
    paper = _ask(conn, cmd.STATUS_PAPER, timeout) or 0x12
    return parse(printer, cause, paper)
