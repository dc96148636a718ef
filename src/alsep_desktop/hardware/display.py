"""Customer (pole) displays: 2×20 VFD/LCD speaking the Epson-compatible command set, and a fake."""

from __future__ import annotations

from alsep_desktop.hardware.errors import DisplayUnavailable, HardwareError
from alsep_desktop.hardware.printer.connectors import Connector
from alsep_desktop.hardware.printer.render import encode_text

CLEAR = b"\x0c"
INIT = b"\x1b@"
HOME = b"\x0b"


class PoleDisplay:
    """Writes two lines of ``width`` characters; text is CP866 unless the model says otherwise."""

    def __init__(
        self, connector: Connector, *, width: int = 20, codec: str = "cp866", code_page: int | None = None
    ) -> None:
        self.connector, self.width, self.codec, self.code_page = connector, width, codec, code_page

    def _send(self, data: bytes) -> None:
        try:
            self.connector.write(data)
        except HardwareError as exc:
            raise DisplayUnavailable(reason=str(exc)) from exc

    def show(self, top: str, bottom: str = "") -> None:
        lines = [t[: self.width].ljust(self.width) for t in (top, bottom)]
        prefix = INIT + (b"\x1bt" + bytes([self.code_page]) if self.code_page is not None else b"")
        self._send(prefix + CLEAR + HOME + encode_text("".join(lines), self.codec))

    def clear(self) -> None:
        self._send(CLEAR)


class FakeCustomerDisplay:
    def __init__(self, width: int = 20) -> None:
        self.width = width
        self.lines: tuple[str, str] = ("", "")
        self.history: list[tuple[str, str]] = []

    def show(self, top: str, bottom: str = "") -> None:
        self.lines = (top[: self.width], bottom[: self.width])
        self.history.append(self.lines)

    def clear(self) -> None:
        self.lines = ("", "")
        self.history.append(self.lines)
