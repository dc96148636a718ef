"""A file or device path (``/dev/usb/lp0``, a shared-printer path, or a plain file to inspect)."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from alsep_desktop.hardware.errors import PrinterOffline


def is_usable() -> bool:
    return True


class FileConnector:
    kind = "file"
    can_read = False

    def __init__(self, path: str | Path, *, append: bool = True) -> None:
        self.path = Path(path)
        self.append = append
        self._fh: BinaryIO | None = None

    def open(self) -> None:
        if self._fh is None:
            try:
                self._fh = open(self.path, "ab" if self.append else "wb", buffering=0)  # noqa: SIM115
            except OSError as exc:
                raise PrinterOffline(reason=f"{self.path}: {exc}") from exc

    def close(self) -> None:
        if self._fh is not None:
            try:
                self._fh.close()
            finally:
                self._fh = None

    def write(self, data: bytes) -> None:
        self.open()
        assert self._fh is not None
        try:
            self._fh.write(data)
            self._fh.flush()
        except OSError as exc:
            self.close()
            raise PrinterOffline(reason=f"{self.path}: {exc}") from exc

    def read(self, size: int, timeout: float) -> bytes:
        return b""
