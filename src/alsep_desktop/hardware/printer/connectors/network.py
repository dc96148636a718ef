"""Raw TCP (port 9100, "JetDirect") printer connection, stdlib only."""

from __future__ import annotations

import socket

from alsep_desktop.hardware.errors import PrinterOffline


def is_usable() -> bool:
    return True


class NetworkConnector:
    kind = "network"
    can_read = True

    def __init__(self, host: str, port: int = 9100, timeout: float = 3.0) -> None:
        self.host, self.port, self.timeout = host, port, timeout
        self._sock: socket.socket | None = None

    def open(self) -> None:
        if self._sock is not None:
            return
        try:
            self._sock = socket.create_connection((self.host, self.port), timeout=self.timeout)
        except OSError as exc:
            raise PrinterOffline(reason=f"{self.host}:{self.port}: {exc}") from exc

    def close(self) -> None:
        if self._sock is not None:
            try:
                self._sock.close()
            finally:
                self._sock = None

    def write(self, data: bytes) -> None:
        self.open()
        assert self._sock is not None
        try:
            self._sock.sendall(data)
        except OSError as exc:
            self.close()
            raise PrinterOffline(reason=f"{self.host}:{self.port}: {exc}") from exc

    def read(self, size: int, timeout: float) -> bytes:
        self.open()
        assert self._sock is not None
        self._sock.settimeout(timeout)
        try:
            return self._sock.recv(size)
        except TimeoutError:
            return b""
        except OSError as exc:
            self.close()
            raise PrinterOffline(reason=f"{self.host}:{self.port}: {exc}") from exc
        finally:
            if self._sock is not None:
                self._sock.settimeout(self.timeout)
