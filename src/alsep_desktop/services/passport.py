"""The register passport (seed 6.1, fig. 15) as a one-page A4 PDF, drawn with Pillow.

The OFD cabinet asks for the model, serial (factory) number and year of manufacture; the page
also names the company, its BIN/IIN and the trade point. Text is rendered with the DejaVu font
shipped in ``resources/fonts`` (Cyrillic and Kazakh letters), so the PDF is a picture: no new
dependency, not selectable text.
"""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from alsep_desktop.kernel.clock import ALMATY
from alsep_desktop.services.admin.records import PassportData

FONTS = Path(__file__).resolve().parent.parent / "resources" / "fonts"
DPI = 150
PAGE = (1240, 1754)  # A4 at 150 dpi
MARGIN = 110


def _font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    name = "DejaVuSansMono-Bold.ttf" if bold else "DejaVuSansMono.ttf"
    return ImageFont.truetype(str(FONTS / name), size)


def _wrap(text: str, width: int) -> list[str]:
    words, lines, cur = text.split(), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}".strip()
    return [*lines, cur] if cur else lines or [""]


def passport_lines(p: PassportData) -> list[tuple[str, str]]:
    """The label/value pairs printed in the passport (also used by tests)."""
    return [
        ("Модель (марка)", f"«{p.model_name}» ({p.app_name})"),
        ("Заводской (серийный) номер", p.serial_number),
        ("Год выпуска", str(p.year_of_manufacture)),
        ("Наименование ККМ", p.register_name),
        ("Владелец", p.company_name),
        ("БИН/ИИН", p.iin_bin),
        ("Торговая точка", p.trade_point),
        ("Адрес торговой точки", p.trade_point_address or "—"),
        ("Дата создания", p.created_at.astimezone(ALMATY).strftime("%d.%m.%Y")),
    ]


def passport_pdf(p: PassportData) -> bytes:
    img = Image.new("L", PAGE, 255)
    draw = ImageDraw.Draw(img)
    title, label, value = _font(40, bold=True), _font(24, bold=True), _font(26)
    y = MARGIN
    draw.text((MARGIN, y), "ПАСПОРТ ККМ", font=title, fill=0)
    y += 64
    for line in _wrap(f"Контрольно-кассовая машина «{p.model_name}»", 60):
        draw.text((MARGIN, y), line, font=_font(26), fill=0)
        y += 36
    y += 30
    draw.line((MARGIN, y, PAGE[0] - MARGIN, y), fill=0, width=3)
    y += 30
    for name, text in passport_lines(p):
        draw.text((MARGIN, y), name, font=label, fill=0)
        y += 34
        for line in _wrap(text, 62):
            draw.text((MARGIN + 30, y), line, font=value, fill=0)
            y += 36
        y += 18
    y += 20
    draw.line((MARGIN, y, PAGE[0] - MARGIN, y), fill=0, width=2)
    y += 24
    note = ("Данные паспорта вводятся в кабинете ОФД при добавлении кассы: модель, "
            "заводской номер и год выпуска.")
    for line in _wrap(note, 70):
        draw.text((MARGIN, y), line, font=_font(22), fill=0)
        y += 30
    buf = io.BytesIO()
    img.save(buf, "PDF", resolution=DPI, title=f"Паспорт ККМ {p.serial_number}", creator=p.app_name)
    return buf.getvalue()
