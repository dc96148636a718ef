"""RS-232 / USB-serial (virtual COM) printer connection through pyserial (lazy import)."""

from __future__ import annotations

import importlib.util
from typing import Any

from alsep_desktop.hardware.errors import ConnectorUnavailable, PrinterOffline


def is_usable() -> bool:
    return importlib.util.find_spec("serial") is not None


class SerialConnector:
    kind = "serial"
    can_read = True

    def __init__(self, port: str, baudrate: int = 19200, timeout: float = 3.0, rtscts: bool = False) -> None:
        self.port, self.baudrate, self.timeout, self.rtscts = port, baudrate, timeout, rtscts
        self._ser: Any = None

    def open(self) -> None:
        if self._ser is not None:
            return
        if not is_usable():
            raise ConnectorUnavailable(kind="serial", reason="pyserial is not installed")
        import serial

        try:
            self._ser = serial.Serial(
                self.port, self.baudrate, timeout=self.timeout, write_timeout=self.timeout, rtscts=self.rtscts
            )
        except (serial.SerialException, OSError) as exc:
            raise PrinterOffline(reason=f"{self.port}: {exc}") from exc

    def close(self) -> None:
        if self._ser is not None:
            try:
                self._ser.close()
            finally:
                self._ser = None

    def write(self, data: bytes) -> None:
        import serial

        self.open()
        try:
            self._ser.write(data)
            self._ser.flush()
        except (serial.SerialException, OSError) as exc:
            self.close()
            raise PrinterOffline(reason=f"{self.port}: {exc}") from exc

    def read(self, size: int, timeout: float) -> bytes:
        import serial

        self.open()
        self._ser.timeout = timeout
        try:
            return bytes(self._ser.read(size))
        except (serial.SerialException, OSError) as exc:
            self.close()
            raise PrinterOffline(reason=f"{self.port}: {exc}") from exc
