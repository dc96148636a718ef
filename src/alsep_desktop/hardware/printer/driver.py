"""The ESC/POS receipt printer: render a document, check status, send the bytes."""

from __future__ import annotations

from alsep_desktop.hardware.errors import (
    DrawerUnavailable,
    PrinterCoverOpen,
    PrinterOffline,
    PrinterPaperOut,
)
from alsep_desktop.hardware.printer import commands as cmd
from alsep_desktop.hardware.printer import status as status_mod
from alsep_desktop.hardware.printer.connectors import Connector
from alsep_desktop.hardware.printer.model import PrintDocument
from alsep_desktop.hardware.printer.protocol import PrinterStatus
from alsep_desktop.hardware.printer.render import TextPath, render
from alsep_desktop.hardware.profiles import PrinterProfile


class EscPosPrinter:
    """Implements :class:`~alsep_desktop.hardware.protocols.ReceiptPrinter`. Not thread-safe:
    call it from the device worker only."""

    def __init__(
        self,
        connector: Connector,
        profile: PrinterProfile,
        *,
        text_path: TextPath = TextPath.AUTO,
        check_status: bool = True,
        status_timeout: float = 0.5,
    ) -> None:
        self.connector = connector
        self.profile = profile
        self.text_path = text_path
        self.check_status = check_status and profile.status
        self.status_timeout = status_timeout

    def status(self) -> PrinterStatus:
        if not self.profile.status:
            return PrinterStatus(known=False)
        return status_mod.query(self.connector, self.status_timeout)

    def ensure_ready(self) -> PrinterStatus:
        st = self.status() if self.check_status else PrinterStatus(known=False)
        if st.known:
            if not st.online and not (st.paper_out or st.cover_open):
                raise PrinterOffline(reason="no status answer")
            if st.paper_out:
                raise PrinterPaperOut()
            if st.cover_open:
                raise PrinterCoverOpen()
        return st

    def print_document(self, document: PrintDocument) -> None:
        data = render(document, self.profile, self.text_path)  # fail before touching the device
        self.ensure_ready()
        self.connector.write(data)

    def print_raw(self, data: bytes) -> None:
        self.connector.write(data)

    def kick_drawer(self, pin: int = 0) -> None:
        if pin not in self.profile.drawer_pins:
            raise DrawerUnavailable(reason=f"profile {self.profile.key} has no drawer pin {pin}")
        self.connector.write(cmd.drawer_kick(pin))

    def close(self) -> None:
        self.connector.close()
