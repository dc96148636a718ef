"""In-memory connector: records every byte and answers status requests from a script."""

from __future__ import annotations

import threading

from alsep_desktop.hardware.errors import PrinterOffline


def is_usable() -> bool:
    return True


class MemoryConnector:
    kind = "memory"

    def __init__(self, *, can_read: bool = True) -> None:
        self.can_read = can_read
        self.output = bytearray()
        self.writes: list[bytes] = []
        self.replies: dict[bytes, int] = {}  # DLE EOT request → status byte
        self.offline = False
        self._pending = bytearray()
        self._lock = threading.Lock()

    def open(self) -> None:
        if self.offline:
            raise PrinterOffline(reason="memory printer set offline")

    def close(self) -> None:
        pass

    def write(self, data: bytes) -> None:
        self.open()
        with self._lock:
            if data in self.replies:
                self._pending.append(self.replies[data])
                return
            self.output += data
            self.writes.append(bytes(data))

    def read(self, size: int, timeout: float) -> bytes:
        with self._lock:
            got, self._pending = bytes(self._pending[:size]), self._pending[size:]
        return got

    def take(self) -> bytes:
        with self._lock:
            data, self.output = bytes(self.output), bytearray()
            self.writes.clear()
        return data
