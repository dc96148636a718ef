"""USB printer class device through python-escpos' ``Usb`` transport (needs pyusb + libusb)."""

from __future__ import annotations

import importlib.util
from typing import Any

from alsep_desktop.hardware.errors import ConnectorUnavailable, PrinterOffline


def is_usable() -> bool:
    return importlib.util.find_spec("usb") is not None and importlib.util.find_spec("escpos") is not None


class UsbConnector:
    kind = "usb"
    can_read = True

    def __init__(self, vendor_id: int, product_id: int, timeout: float = 3.0) -> None:
        self.vendor_id, self.product_id, self.timeout = vendor_id, product_id, timeout
        self._dev: Any = None

    def open(self) -> None:
        if self._dev is not None:
            return
        if not is_usable():
            raise ConnectorUnavailable(kind="usb", reason="pyusb is not installed")
        from escpos.printer import Usb

        try:
            dev = Usb(self.vendor_id, self.product_id, timeout=int(self.timeout * 1000))
            dev.open(raise_not_found=True)
        except Exception as exc:  # escpos raises its own USBNotFoundError or usb.core errors
            raise PrinterOffline(reason=f"USB {self.vendor_id:04x}:{self.product_id:04x}: {exc}") from exc
        self._dev = dev

    def close(self) -> None:
        if self._dev is not None:
            try:
                self._dev.close()
            finally:
                self._dev = None

    def write(self, data: bytes) -> None:
        self.open()
        try:
            self._dev._raw(data)
        except Exception as exc:
            self.close()
            raise PrinterOffline(reason=f"USB write: {exc}") from exc

    def read(self, size: int, timeout: float) -> bytes:
        self.open()
        try:
            return bytes(self._dev._read())[:size]
        except Exception:
            return b""
