"""Byte transports to a printer (one module each) and the contract they share."""

from __future__ import annotations

from typing import Protocol, runtime_checkable


@runtime_checkable
class Connector(Protocol):
    kind: str
    can_read: bool  # True when DLE EOT answers can be read back

    def open(self) -> None: ...

    def close(self) -> None: ...

    def write(self, data: bytes) -> None:
        """Send everything or raise PrinterOffline."""

    def read(self, size: int, timeout: float) -> bytes:
        """Up to ``size`` bytes; b"" on timeout."""
