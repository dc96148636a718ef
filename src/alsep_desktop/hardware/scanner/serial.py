"""A barcode scanner on a serial port (RS-232 or USB virtual COM) through pyserial.

Scans end with a configurable suffix (CR, LF or CRLF); GS (0x1D) inside GS1 codes is kept.
Unplugging is survived: the reader thread reports DISCONNECTED, retries opening the port
with exponential backoff and goes on delivering scans once it is back.
"""

from __future__ import annotations

from dataclasses import dataclass

from alsep_desktop.hardware.protocols import Scan, ScannerState
from alsep_desktop.hardware.scanner.base import ThreadedSource

SUFFIXES = {"CR": b"\r", "LF": b"\n", "CRLF": b"\r\n"}


@dataclass(frozen=True, slots=True)
class SerialScannerConfig:
    port: str
    baudrate: int = 9600
    suffix: str = "CR"  # CR | LF | CRLF; any of CR/LF also ends a scan when "ANY"
    encoding: str = "latin-1"
    backoff_start: float = 0.05
    backoff_max: float = 2.0
    read_timeout: float = 0.05


def is_usable() -> bool:
    import importlib.util

    return importlib.util.find_spec("serial") is not None


def split_scans(buffer: bytearray, suffix: str) -> list[bytes]:
    """Take complete scans out of ``buffer`` (in place); a half scan stays for the next read."""
    out: list[bytes] = []
    seps: tuple[bytes, ...]
    if suffix == "ANY" or suffix not in SUFFIXES:
        seps = (b"\r\n", b"\r", b"\n")
    else:
        seps = (SUFFIXES[suffix],)
    while True:
        hits = [(buffer.find(s), s) for s in seps if buffer.find(s) != -1]
        if not hits:
            return out
        pos, sep = min(hits, key=lambda h: (h[0], -len(h[1])))
        chunk = bytes(buffer[:pos])
        del buffer[: pos + len(sep)]
        if chunk.strip(b"\r\n"):
            out.append(chunk.strip(b"\r\n"))


class SerialScanner(ThreadedSource):
    name = "serial-scanner"

    def __init__(self, config: SerialScannerConfig) -> None:
        super().__init__()
        self.config = config
        self.reconnects = 0

    def _open(self):
        import serial

        return serial.Serial(self.config.port, self.config.baudrate, timeout=self.config.read_timeout)

    def _run(self) -> None:
        import serial

        cfg = self.config
        delay = cfg.backoff_start
        first = True
        while not self._stop.is_set():
            self._set_state(ScannerState.CONNECTING if first else ScannerState.DISCONNECTED)
            try:
                port = self._open()
            except (serial.SerialException, OSError):
                first = False
                self._stop.wait(delay)
                delay = min(cfg.backoff_max, delay * 2)
                continue
            if not first:
                self.reconnects += 1
            first = False
            delay = cfg.backoff_start
            self._set_state(ScannerState.CONNECTED)
            buffer = bytearray()
            try:
                while not self._stop.is_set():
                    chunk = port.read(port.in_waiting or 1)
                    if chunk:
                        buffer += chunk
                        for raw in split_scans(buffer, cfg.suffix):
                            self._emit(Scan(raw.decode(cfg.encoding, errors="replace"), source=cfg.port))
            except (serial.SerialException, OSError):
                pass  # unplugged: fall through to reconnect
            finally:
                try:
                    port.close()
                except (serial.SerialException, OSError):
                    pass
