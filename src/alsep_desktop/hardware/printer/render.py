"""PrintDocument → ESC/POS bytes, on one of two paths chosen from the printer profile.

* TEXT: characters through a code page of the profile: the Kazakh page (KZ-1048) when the
  printer has one, else CP866/CP1251 for Russian.
* RASTER: every text line as a picture (GS v 0), for Kazakh letters on a printer whose
  code pages lack them.

AUTO takes TEXT whenever the chosen page can carry every character, RASTER otherwise.
QR codes are native (GS ( k) when the profile says so, else a raster picture.
"""

from __future__ import annotations

from enum import Enum

from alsep_desktop.hardware.errors import PrinterUnsupported
from alsep_desktop.hardware.printer import commands as cmd
from alsep_desktop.hardware.printer.model import (
    Cut,
    DrawerKick,
    Feed,
    PrintDocument,
    QrCode,
    Separator,
    TextLine,
)
from alsep_desktop.hardware.printer.raster import image_bytes, qr_image, text_line_image
from alsep_desktop.hardware.profiles import CodePage, PrinterProfile

#: Length-preserving stand-ins for characters no receipt code page has.
FALLBACK = {"…": ".", "₸": "T", "«": '"', "»": '"', "—": "-", "–": "-", "\u00a0": " ", "\u202f": " "}


class TextPath(Enum):
    AUTO = "auto"
    TEXT = "text"
    RASTER = "raster"


def _page_for(profile: PrinterProfile) -> CodePage:
    page = profile.kazakh_page or profile.cyrillic_page
    if page is None:
        raise PrinterUnsupported(profile=profile.key, what="print Cyrillic (no code page)")
    return page


def _texts(doc: PrintDocument) -> list[str]:
    out = []
    for b in doc.blocks:
        if isinstance(b, TextLine):
            out.append(b.text)
        elif isinstance(b, Separator):
            out.append(b.char)
    return out


def encodable(text: str, codec: str) -> bool:
    try:
        "".join(FALLBACK.get(c, c) for c in text).encode(codec)
    except UnicodeEncodeError:
        return False
    return True


def choose_path(doc: PrintDocument, profile: PrinterProfile, path: TextPath = TextPath.AUTO) -> TextPath:
    if path is not TextPath.AUTO:
        return path
    page = _page_for(profile)
    return TextPath.TEXT if all(encodable(t, page.codec) for t in _texts(doc)) else TextPath.RASTER


def encode_text(text: str, codec: str) -> bytes:
    out = bytearray()
    for ch in text:
        ch = FALLBACK.get(ch, ch)
        try:
            out += ch.encode(codec)
        except UnicodeEncodeError:
            out += b"?"
    return bytes(out)


def render(doc: PrintDocument, profile: PrinterProfile, path: TextPath = TextPath.AUTO) -> bytes:
    if doc.columns != profile.columns:
        raise PrinterUnsupported(profile=profile.key, what=f"print a {doc.columns}-column layout")
    chosen = choose_path(doc, profile, path)
    out = bytearray(cmd.INIT)
    page = _page_for(profile)
    state = {"align": 0, "bold": False, "double": False}
    if chosen is TextPath.TEXT:
        out += cmd.code_page(page.number)

    def set_style(align: int, bold: bool, double: bool) -> None:
        if state["align"] != align:
            out.extend(cmd.align(align))
            state["align"] = align
        if state["bold"] != bold:
            out.extend(cmd.bold(bold))
            state["bold"] = bold
        if state["double"] != double:
            out.extend(cmd.size(double))
            state["double"] = double

    def put_image(img) -> None:
        set_style(0, False, False)
        wb, h, data = image_bytes(img)
        out.extend(cmd.raster(wb, h, data))

    for b in doc.blocks:
        if isinstance(b, Separator):
            b = TextLine(b.char * doc.columns)
        if isinstance(b, TextLine):
            if chosen is TextPath.TEXT:
                set_style(b.align.value, b.bold, b.double)
                out += encode_text(b.text, page.codec) + cmd.LF
            else:
                put_image(
                    text_line_image(
                        b.text, dots=profile.dots, columns=profile.columns,
                        align=b.align, bold=b.bold, double=b.double,
                    )
                )
        elif isinstance(b, QrCode):
            if profile.native_qr:
                set_style(1, False, False)
                out += cmd.qr_native(b.data.encode("utf-8"), b.module)
            else:
                put_image(qr_image(b.data, module=b.module, dots=profile.dots))
        elif isinstance(b, Feed):
            out += cmd.feed(b.lines)
        elif isinstance(b, DrawerKick):
            if b.pin not in profile.drawer_pins:
                raise PrinterUnsupported(profile=profile.key, what=f"kick a drawer on pin {b.pin}")
            out += cmd.drawer_kick(b.pin)
        elif isinstance(b, Cut):
            out += cmd.feed(profile.feed_before_cut)
            if profile.cutter:
                out += cmd.cut(b.partial)
    return bytes(out)
