"""Text and QR as raster pictures (for printers without a Kazakh code page, and PDF).

Glyphs come from the shipped DejaVu Sans Mono, rendered once per character into a
fixed cell (12×24 dots), so a line is a row of pasted cells: fast, and exact enough that
``decode.py`` can read the picture back by matching cells.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from alsep_desktop.hardware.printer.model import Align

CELL_H = 24
SHIPPED_FONT_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"
SYSTEM_FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"),)
_FONT_FILES = {False: "DejaVuSansMono.ttf", True: "DejaVuSansMono-Bold.ttf"}


def font_path(bold: bool) -> Path:
    name = _FONT_FILES[bold]
    shipped = SHIPPED_FONT_DIR / name
    if shipped.is_file():
        return shipped
    for d in SYSTEM_FONT_DIRS:
        if (d / name).is_file():
            return d / name
    raise FileNotFoundError(f"font {name} is neither shipped nor installed")


@lru_cache(maxsize=8)
def _font(bold: bool, cell_w: int) -> ImageFont.FreeTypeFont:
    probe = ImageFont.truetype(str(font_path(bold)), 100)
    advance = probe.getlength("0") / 100
    return ImageFont.truetype(str(font_path(bold)), min(CELL_H * 0.82, cell_w / advance * 0.999))


@lru_cache(maxsize=4096)
def glyph(char: str, bold: bool, cell_w: int) -> Image.Image:
    """One character in a ``cell_w``×24 mode-"1" cell, 1 = black dot."""
    img = Image.new("1", (cell_w, CELL_H), 0)
    if char != " ":
        draw = ImageDraw.Draw(img)
        draw.fontmode = "1"
        draw.text((0, CELL_H - 5), char, font=_font(bold, cell_w), fill=1, anchor="ls")
    return img


def text_line_image(text: str, *, dots: int, columns: int, align: Align, bold: bool, double: bool) -> Image.Image:
    """A full-width strip; double size is pixel doubling, as the printer itself does it."""
    cell_w = dots // columns
    scale = 2 if double else 1
    room = columns // scale
    text = text[:room]
    start = {Align.LEFT: 0, Align.CENTER: (room - len(text)) // 2, Align.RIGHT: room - len(text)}[align]
    line = Image.new("1", (room * cell_w, CELL_H), 0)
    for i, ch in enumerate(text):
        if ch != " ":
            line.paste(glyph(ch, bold, cell_w), ((start + i) * cell_w, 0))
    if double:
        line = line.resize((line.width * 2, CELL_H * 2), Image.Resampling.NEAREST)
    if line.width != dots:
        canvas = Image.new("1", (dots, line.height), 0)
        canvas.paste(line, (0, 0))
        line = canvas
    return line


def qr_image(data: str, *, module: int, dots: int) -> Image.Image:
    import qrcode  # comes with python-escpos
    from qrcode.constants import ERROR_CORRECT_M

    qr = qrcode.QRCode(error_correction=ERROR_CORRECT_M, box_size=module, border=2)
    qr.add_data(data)
    qr.make(fit=True)
    matrix = qr.get_matrix()  # True = dark module, border included
    n = len(matrix)
    size = n * module
    if size > dots:
        module = max(1, dots // n)
        size = n * module
    small = Image.new("1", (n, n), 0)
    small.putdata([1 if cell else 0 for row in matrix for cell in row])
    img = small.resize((size, size), Image.Resampling.NEAREST)
    canvas = Image.new("1", (dots, size), 0)
    canvas.paste(img, ((dots - size) // 2 // 8 * 8, 0))
    return canvas


def image_bytes(img: Image.Image) -> tuple[int, int, bytes]:
    """(width in bytes, height, packed rows) of a mode-"1" image whose 1 bits are black."""
    if img.mode != "1":
        raise ValueError("need a mode-1 image")
    if img.width % 8:
        canvas = Image.new("1", ((img.width + 7) // 8 * 8, img.height), 0)
        canvas.paste(img, (0, 0))
        img = canvas
    return img.width // 8, img.height, img.tobytes()


def document_picture(doc, *, dots: int, columns: int) -> Image.Image:
    """The whole document as one picture (1 = black), as a raster printer would print it."""
    from alsep_desktop.hardware.printer.model import Feed, QrCode, Separator, TextLine

    strips: list[Image.Image] = []
    for b in doc.blocks:
        if isinstance(b, Separator):
            b = TextLine(b.char * columns)
        if isinstance(b, TextLine):
            strips.append(
                text_line_image(b.text, dots=dots, columns=columns, align=b.align, bold=b.bold, double=b.double)
            )
        elif isinstance(b, QrCode):
            strips.append(qr_image(b.data, module=b.module, dots=dots))
        elif isinstance(b, Feed):
            strips.append(Image.new("1", (dots, CELL_H * b.lines), 0))
    pic = Image.new("1", (dots, max(1, sum(s.height for s in strips))), 0)
    y = 0
    for s in strips:
        pic.paste(s, (0, y))
        y += s.height
    return pic
