"""Printer capability data: one row per model and paper width, read by the driver.

A model difference is a value in this table, never a subclass. Code page numbers are
the ``ESC t n`` values from each maker's manual (the Epson ones agree with python-escpos'
capabilities.json: 17 = PC866, 46 = WPC1251, 53 = KZ-1048 "RK1048").
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field

from alsep_desktop.hardware.errors import UnknownPrinterProfile

#: The Kazakh letters that CP866 lacks. A code page must carry all of them to be "Kazakh".
KAZAKH_LETTERS = "әғқңөұүһіӘҒҚҢӨҰҮҺІ"


@dataclass(frozen=True, slots=True)
class CodePage:
    """A printer code table: its ``ESC t`` number and the Python codec that matches it."""

    number: int
    codec: str

    @property
    def has_kazakh(self) -> bool:
        try:
            KAZAKH_LETTERS.encode(self.codec)
        except UnicodeEncodeError:
            return False
        return True


@dataclass(frozen=True, slots=True)
class PrinterProfile:
    key: str
    name: str
    columns: int  # characters per line in font A (32 on 58 mm, 48 on 80 mm)
    dots: int  # printable width in dots (384 on 58 mm, 576 on 80 mm at 203 dpi)
    code_pages: tuple[CodePage, ...]
    native_qr: bool = True
    cutter: bool = True
    drawer_pins: tuple[int, ...] = (0, 1)  # ESC p m: 0 = connector pin 2, 1 = pin 5
    status: bool = True  # answers DLE EOT
    feed_before_cut: int = 4
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def kazakh_page(self) -> CodePage | None:
        return next((cp for cp in self.code_pages if cp.has_kazakh), None)

    @property
    def cyrillic_page(self) -> CodePage | None:
        """The preferred page for Russian text when there is no Kazakh one."""
        for codec in ("cp866", "cp1251"):
            for cp in self.code_pages:
                if cp.codec == codec:
                    return cp
        return None

    def page(self, number: int) -> CodePage | None:
        return next((cp for cp in self.code_pages if cp.number == number), None)

    @property
    def paper_mm(self) -> int:
        return 80 if self.columns >= 42 else 58


def _check_codecs(profiles: dict[str, PrinterProfile]) -> None:
    for p in profiles.values():
        for cp in p.code_pages:
            codecs.lookup(cp.codec)


_EPSON_PAGES = (CodePage(0, "cp437"), CodePage(17, "cp866"), CodePage(46, "cp1251"), CodePage(53, "kz1048"))
_XPRINTER_PAGES = (CodePage(0, "cp437"), CodePage(17, "cp866"), CodePage(73, "cp1251"))
_RONGTA_PAGES = (CodePage(0, "cp437"), CodePage(17, "cp866"), CodePage(46, "cp1251"))

PROFILES: dict[str, PrinterProfile] = {
    p.key: p
    for p in (
        PrinterProfile("epson-tm-t20ii", "Epson TM-T20II (80 mm)", 48, 576, _EPSON_PAGES),
        PrinterProfile("epson-tm-t88v", "Epson TM-T88V (80 mm)", 48, 576, _EPSON_PAGES),
        PrinterProfile("epson-tm-t20ii-58", "Epson TM-T20II (58 mm roll)", 32, 384, _EPSON_PAGES),
        PrinterProfile("xprinter-xp58", "Xprinter XP-58 (58 mm)", 32, 384, _XPRINTER_PAGES,
                       native_qr=False, cutter=False),
        PrinterProfile("xprinter-xp80", "Xprinter XP-80 (80 mm)", 48, 576, _XPRINTER_PAGES),
        PrinterProfile("rongta-rp80", "Rongta RP80 (80 mm)", 48, 576, _RONGTA_PAGES),
        PrinterProfile("generic-58", "Generic ESC/POS 58 mm", 32, 384, (CodePage(17, "cp866"),),
                       native_qr=False, cutter=False, status=False),
        PrinterProfile("generic-80", "Generic ESC/POS 80 mm", 48, 576, (CodePage(17, "cp866"),),
                       native_qr=True, cutter=True, status=False),
    )
}
_check_codecs(PROFILES)


def get_profile(key: str) -> PrinterProfile:
    try:
        return PROFILES[key]
    except KeyError:
        raise UnknownPrinterProfile(profile=key) from None
