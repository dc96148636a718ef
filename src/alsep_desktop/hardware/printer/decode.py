"""Reads back exactly the ESC/POS this package emits: text lines, rasters, QR, cut, kick.

Used by the tests and the golden files, and handy to show what a printer would print.
Raster text is read back by matching each 12×24 cell against the glyph cache.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PIL import Image

from alsep_desktop.hardware.printer.raster import CELL_H, glyph

#: Latin letters and digits drawn exactly like a Cyrillic letter in DejaVu Sans Mono.
HOMOGLYPHS = str.maketrans("aceopxyAEKMHOPCTXBiIhs3", "асеорхуАЕКМНОРСТХВіІһѕЗ")


def canon(text: str) -> str:
    """Fold look-alikes, so raster read-back compares equal to the source text."""
    return text.translate(HOMOGLYPHS)

_ALPHABET = (
    "".join(chr(c) for c in range(0x20, 0x7F))
    + "".join(chr(c) for c in range(0x410, 0x450))
    + "ЁёәғқңөұүһіӘҒҚҢӨҰҮҺІ№₸…«»—"
)


@dataclass
class Decoded:
    events: list[tuple[str, object]] = field(default_factory=list)
    code_page: int | None = None

    def lines(self) -> list[str]:
        """Text as printed; raster strips as ``[raster WxH]``; QR as ``[QR …]``."""
        return [_show(kind, value) for kind, value in self.events]

    def rasters(self) -> list[Image.Image]:
        return [v for k, v in self.events if k == "raster"]  # type: ignore[misc]

    def picture(self) -> Image.Image | None:
        imgs = self.rasters()
        if not imgs:
            return None
        width = max(i.width for i in imgs)
        pic = Image.new("1", (width, sum(i.height for i in imgs)), 0)
        y = 0
        for i in imgs:
            pic.paste(i, (0, y))
            y += i.height
        return pic

    def of_kind(self, kind: str) -> list[object]:
        return [v for k, v in self.events if k == kind]


def _show(kind: str, value: object) -> str:
    if kind == "text":
        text, bold, double = value  # type: ignore[misc]
        return ("B" if bold else " ") + ("D" if double else " ") + "|" + text
    if kind == "raster":
        return f"[raster {value.width}x{value.height}]"  # type: ignore[attr-defined]
    return f"[{kind} {value}]"


def decode(data: bytes, code_pages: dict[int, str], columns: int) -> Decoded:
    out = Decoded()
    i, n = 0, len(data)
    align, bold, double = 0, False, False
    codec = "ascii"
    buf = bytearray()
    qr_store: bytes = b""
    while i < n:
        b = data[i]
        if b == 0x0A:
            text = buf.decode(codec, errors="replace")
            width = columns // 2 if double else columns
            if align == 1:
                text = " " * max(0, (width - len(text)) // 2) + text
            elif align == 2:
                text = text.rjust(width)
            out.events.append(("text", (text.rstrip(), bold, double)))
            buf.clear()
            i += 1
        elif data.startswith(b"\x1b@", i):
            i += 2
        elif data.startswith(b"\x1bt", i):
            out.code_page = data[i + 2]
            codec = code_pages[data[i + 2]]
            i += 3
        elif data.startswith(b"\x1ba", i):
            align = data[i + 2]
            i += 3
        elif data.startswith(b"\x1bE", i):
            bold = data[i + 2] == 1
            i += 3
        elif data.startswith(b"\x1d!", i):
            double = data[i + 2] == 0x11
            i += 3
        elif data.startswith(b"\x1bd", i):
            out.events.append(("feed", data[i + 2]))
            i += 3
        elif data.startswith(b"\x1bp", i):
            out.events.append(("kick", data[i + 2]))
            i += 5
        elif data.startswith(b"\x1dV", i):
            out.events.append(("cut", "partial" if data[i + 2] == 66 else "full"))
            i += 4
        elif data.startswith(b"\x1dv0", i):
            wb = int.from_bytes(data[i + 4 : i + 6], "little")
            h = int.from_bytes(data[i + 6 : i + 8], "little")
            raw = data[i + 8 : i + 8 + wb * h]
            out.events.append(("raster", Image.frombytes("1", (wb * 8, h), raw)))
            i += 8 + wb * h
        elif data.startswith(b"\x1d(k", i):
            length = int.from_bytes(data[i + 3 : i + 5], "little")
            body = data[i + 5 : i + 5 + length]
            if body[:3] == b"1P0":
                qr_store = body[3:]
            elif body[:3] == b"1Q0":
                out.events.append(("QR", qr_store.decode("utf-8")))
            i += 5 + length
        elif b < 0x20:
            raise ValueError(f"unexpected control byte 0x{b:02x} at {i}")
        else:
            buf.append(b)
            i += 1
    if buf:
        raise ValueError("text without a line feed at the end")
    return out


def _glyph_table(cell_w: int) -> dict[bytes, tuple[str, bool]]:
    table: dict[bytes, tuple[str, bool]] = {}
    for bold in (True, False):  # regular wins where both render the same
        for ch in reversed(_ALPHABET):
            table[glyph(ch, bold, cell_w).tobytes()] = (ch, bold)
    return table


_TABLES: dict[int, dict[bytes, tuple[str, bool]]] = {}


def read_raster_line(img: Image.Image, columns: int) -> tuple[str, bool, bool]:
    """(text, bold, double) of one raster text strip; unknown cells read as ``�``."""
    cell_w = img.width // columns
    table = _TABLES.setdefault(cell_w, _glyph_table(cell_w))
    double = img.height == CELL_H * 2
    if double:
        img = img.resize((img.width // 2, CELL_H), Image.Resampling.NEAREST)
        columns //= 2
    chars, bold = [], False
    for c in range(columns):
        cell = img.crop((c * cell_w, 0, (c + 1) * cell_w, CELL_H))
        ch, b = table.get(cell.tobytes(), ("\ufffd", False))
        bold = bold or (b and ch != " ")
        chars.append(ch)
    return "".join(chars).rstrip(), bold, double
