"""Fiscal receipt → :class:`PrintDocument` for 32 (58 mm) or 48 (80 mm) columns.

Amounts are printed without the currency sign in columns (``1 234,50``); the total line
carries ``₸``-free ``=`` like most Kazakh registers, so every code page can print it.
"""

from __future__ import annotations

from datetime import datetime

from alsep_desktop.domain.money import Money
from alsep_desktop.hardware.printer.document import (
    ALMATY,
    PrintableLine,
    PrintableReceipt,
    ReceiptHeader,
)
from alsep_desktop.hardware.printer.model import (
    Align,
    Block,
    Cut,
    DrawerKick,
    PrintDocument,
    QrCode,
    Separator,
    TextLine,
)
from alsep_desktop.hardware.printer.text import centered, chunks, left, pair, wrap

SUPPORTED_COLUMNS = (32, 48)


def amount(m: Money) -> str:
    return m.format(currency=False)


def when(dt: datetime) -> str:
    return dt.astimezone(ALMATY).strftime("%d.%m.%Y %H:%M:%S")


def cashier_blocks(name: str, width: int) -> list[Block]:
    """«Кассир» and the cashier's name (decision 2050) on one line when both fit, else the name
    alone on the lines below, right-aligned: a long name is never cut, «Кассир» never lost."""
    name = " ".join((name or "-").split())
    if len("Кассир") + 1 + len(name) <= width:
        return [pair("Кассир", name, width)]
    return [pair("Кассир", "", width)] + [TextLine(t, Align.RIGHT) for t in wrap(name, width)]


def header_blocks(h: ReceiptHeader, width: int) -> list[Block]:
    out: list[Block] = []
    out += centered(h.company_name, width, bold=True)
    out += centered(f"БИН/ИИН {h.bin_iin}", width)
    if h.vat_payer:
        out += centered(f"НДС: серия {h.vat_series} № {h.vat_number}", width)
    if h.trade_point:
        out += centered(h.trade_point, width)
    out += centered(h.address, width)
    out.append(pair("ЗНМ", h.register_serial, width))
    out.append(pair("РНМ", h.registration_number, width))
    out.append(pair("ИД ККМ в ОФД", h.ofd_system_id, width))
    return out


def _check_width(columns: int) -> None:
    if columns not in SUPPORTED_COLUMNS:
        raise ValueError(f"layouts exist for {SUPPORTED_COLUMNS} columns, not {columns}")


def _line_blocks(n: int, line: PrintableLine, width: int) -> list[Block]:
    out: list[Block] = left(f"{n}. {line.name}", width, indent="   ")
    qty = f"{line.quantity.format()} x {amount(line.unit_price)}"
    out.append(pair("   " + qty, amount(line.quantity.price(line.unit_price)), width))
    if line.discount:
        out.append(pair("   Скидка", "-" + amount(line.discount), width))
    if line.markup:
        out.append(pair("   Наценка", "+" + amount(line.markup), width))
    if line.discount or line.markup:
        out.append(pair("   Стоимость", amount(line.amount), width))
    vat = f"НДС {line.vat_text}" if line.vat_text != "без НДС" else "Без НДС"
    out.append(pair("   " + vat, amount(line.vat) if line.vat_text != "без НДС" else "", width))
    if line.marking_code:
        code = line.marking_code.replace("\x1d", "")
        out += [TextLine("   КМ: " + c) for c in chunks(code, width - 7)]
    return out


def receipt_document(r: PrintableReceipt, columns: int, *, kick_drawer: bool = False) -> PrintDocument:
    """The receipt as blocks; ``kick_drawer`` adds ESC p (after a cash payment)."""
    _check_width(columns)
    w = columns
    f = r.fiscal
    b: list[Block] = []
    if f.duplicate:
        b += centered("ДУБЛИКАТ", w, bold=True, double=True)
    b += header_blocks(r.header, w)
    b.append(Separator("="))
    b += centered("ФИСКАЛЬНЫЙ ЧЕК", w, bold=True)
    b += centered(r.title, w, bold=True, double=True)
    b.append(pair(f"Смена № {f.shift_number}", f"Чек № {f.receipt_number}", w))
    b.append(pair("Дата и время", when(f.issued_at), w))
    b += cashier_blocks(f.cashier_name, w)
    if r.buyer_iin_bin:
        b.append(pair("ИИН/БИН покупателя", r.buyer_iin_bin, w))
    b.append(Separator())
    for n, line in enumerate(r.lines, 1):
        b += _line_blocks(n, line, w)
    b.append(Separator())
    if r.receipt_discount:
        b.append(pair("Скидка на чек", "-" + amount(r.receipt_discount), w))
    if r.receipt_markup:
        b.append(pair("Наценка на чек", "+" + amount(r.receipt_markup), w))
    b.append(pair("ИТОГО", "=" + amount(r.total), w, bold=True, double=True))
    for v in r.vat_totals:
        b.append(pair(f"в т.ч. НДС {v.rate_text}", amount(v.vat), w))
    if not r.vat_totals:
        b.append(pair("Без НДС", "", w))
    for p in r.payments:
        b.append(pair(p.title, amount(p.amount), w))
    b.append(pair("ПОЛУЧЕНО", amount(r.received), w))
    b.append(pair("СДАЧА", amount(r.change), w))
    b.append(Separator())
    b.append(pair("ФП", f.fiscal_sign, w, bold=True))
    if f.offline:
        b += centered("АВТОНОМНЫЙ РЕЖИМ", w, bold=True)
    b += left(f"ОФД: {r.header.ofd_name}", w)
    if f.check_url:
        b += left("Проверка чека:", w)
        b += [TextLine(c) for c in chunks(f.check_url, w)]
        b.append(QrCode(f.check_url, module=6 if w >= 48 else 4))
    if f.duplicate:
        b += centered("ДУБЛИКАТ", w, bold=True, double=True)
    b += [TextLine("*** СПАСИБО ЗА ПОКУПКУ ***", Align.CENTER)]
    if kick_drawer:
        b.append(DrawerKick(0))
    b.append(Cut())
    return PrintDocument(w, tuple(b))
