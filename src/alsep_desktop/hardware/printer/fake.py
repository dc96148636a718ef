"""A printer with no hardware: the real driver over a memory connector (like escpos Dummy).

Tests and demo mode read back what was printed with :mod:`decode`.
"""

from __future__ import annotations

from alsep_desktop.hardware.printer.connectors.memory import MemoryConnector
from alsep_desktop.hardware.printer.decode import Decoded, decode
from alsep_desktop.hardware.printer.driver import EscPosPrinter
from alsep_desktop.hardware.printer.model import PrintDocument
from alsep_desktop.hardware.printer.render import TextPath
from alsep_desktop.hardware.profiles import PrinterProfile, get_profile

# DLE EOT answers of a healthy printer: 0x12 = only the fixed bits.
_HEALTHY = {b"\x10\x04\x01": 0x12, b"\x10\x04\x02": 0x12, b"\x10\x04\x04": 0x12}


class FakePrinter(EscPosPrinter):
    def __init__(
        self, profile: PrinterProfile | str = "epson-tm-t20ii", *, text_path: TextPath = TextPath.AUTO
    ) -> None:
        prof = get_profile(profile) if isinstance(profile, str) else profile
        self.memory = MemoryConnector(can_read=True)
        self.memory.replies.update(_HEALTHY)
        super().__init__(self.memory, prof, text_path=text_path)
        self.documents: list[PrintDocument] = []

    def print_document(self, document: PrintDocument) -> None:
        super().print_document(document)
        self.documents.append(document)

    # -- scripting ------------------------------------------------------------------
    def set_paper_out(self, out: bool = True) -> None:
        self.memory.replies[b"\x10\x04\x04"] = 0x72 if out else 0x12

    def set_cover_open(self, open_: bool = True) -> None:
        self.memory.replies[b"\x10\x04\x02"] = 0x16 if open_ else 0x12
        self.memory.replies[b"\x10\x04\x01"] = 0x1A if open_ else 0x12

    def set_offline(self, offline: bool = True) -> None:
        self.memory.offline = offline

    # -- reading back ---------------------------------------------------------------
    @property
    def output(self) -> bytes:
        return bytes(self.memory.output)

    def decoded(self) -> Decoded:
        pages = {cp.number: cp.codec for cp in self.profile.code_pages}
        return decode(self.output, pages, self.profile.columns)
