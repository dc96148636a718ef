"""Cash drawers: kicked through the receipt printer (ESC p), or a fake."""

from __future__ import annotations

from alsep_desktop.hardware.protocols import ReceiptPrinter


class PrinterDrawer:
    """A drawer on the printer's RJ-11 port. ``is_open`` reads DLE EOT 1 bit 2 when wired."""

    def __init__(self, printer: ReceiptPrinter, pin: int = 0, *, has_sensor: bool = False) -> None:
        self.printer, self.pin, self.has_sensor = printer, pin, has_sensor

    def open(self) -> None:
        self.printer.kick_drawer(self.pin)

    def is_open(self) -> bool | None:
        if not self.has_sensor:
            return None
        st = self.printer.status()
        return st.drawer_open if st.known else None


class FakeDrawer:
    def __init__(self) -> None:
        self.opened = 0
        self._open = False

    def open(self) -> None:
        self.opened += 1
        self._open = True

    def close(self) -> None:  # the cashier pushes it shut
        self._open = False

    def is_open(self) -> bool | None:
        return self._open
