"""X/Z shift reports and cash deposit/withdrawal slips → :class:`PrintDocument`."""

from __future__ import annotations

from alsep_desktop.hardware.printer.document import (
    DOCUMENT_TITLES,
    PAYMENT_TITLES,
    CashMoveKind,
    CashSlip,
    ReportData,
    ReportKind,
)
from alsep_desktop.hardware.printer.layout import _check_width, amount, header_blocks, when
from alsep_desktop.hardware.printer.model import Block, Cut, DrawerKick, PrintDocument, Separator
from alsep_desktop.hardware.printer.text import centered, pair


def report_document(r: ReportData, columns: int) -> PrintDocument:
    _check_width(columns)
    w = columns
    b: list[Block] = header_blocks(r.header, w)
    b.append(Separator("="))
    title = "X-ОТЧЁТ" if r.kind is ReportKind.X else "Z-ОТЧЁТ"
    b += centered(title, w, bold=True, double=True)
    if r.kind is ReportKind.X:
        b += centered("(без гашения)", w)
    else:
        b += centered("(с гашением, закрытие смены)", w)
    b.append(pair("Смена №", str(r.shift_number), w))
    b.append(pair("Открыта", when(r.opened_at), w))
    if r.closed_at is not None:
        b.append(pair("Закрыта", when(r.closed_at), w))
    b.append(pair("Напечатан", when(r.printed_at), w))
    b.append(pair("Кассир", r.cashier_name, w))
    for op in r.operations:
        b.append(Separator())
        b += centered(DOCUMENT_TITLES[op.operation], w, bold=True)
        b.append(pair("Количество чеков", str(op.count), w))
        b.append(pair("Сумма", amount(op.total), w, bold=True))
        for kind, m in op.by_payment:
            b.append(pair("  " + PAYMENT_TITLES[kind], amount(m), w))
        if op.discounts:
            b.append(pair("  Скидки", amount(op.discounts), w))
        if op.markups:
            b.append(pair("  Наценки", amount(op.markups), w))
        for v in op.vat:
            b.append(pair(f"  НДС {v.rate_text}", amount(v.vat), w))
    b.append(Separator())
    b.append(pair(f"Внесения ({r.deposit_count})", amount(r.deposits), w))
    b.append(pair(f"Изъятия ({r.withdrawal_count})", amount(r.withdrawals), w))
    b.append(pair("Наличных в кассе", amount(r.cash_in_drawer), w, bold=True))
    b.append(Separator())
    b += centered("НЕОБНУЛЯЕМЫЕ СУММЫ", w, bold=True)
    for op_kind, m in r.grand_totals:
        b.append(pair(DOCUMENT_TITLES[op_kind], amount(m), w))
    if r.fiscal_sign:
        b.append(Separator())
        b.append(pair("ФП", r.fiscal_sign, w, bold=True))
    if r.offline:
        b += centered("АВТОНОМНЫЙ РЕЖИМ", w, bold=True)
    b += centered("ОФД: " + r.header.ofd_name, w)
    b.append(Cut())
    return PrintDocument(w, tuple(b))


def cash_slip_document(s: CashSlip, columns: int, *, kick_drawer: bool = True) -> PrintDocument:
    _check_width(columns)
    w = columns
    b: list[Block] = header_blocks(s.header, w)
    b.append(Separator("="))
    b += centered(s.kind.title, w, bold=True)
    b.append(pair(f"Смена № {s.shift_number}", f"Документ № {s.document_number}", w))
    b.append(pair("Дата и время", when(s.issued_at), w))
    b.append(pair("Кассир", s.cashier_name, w))
    b.append(Separator())
    sign = "+" if s.kind is CashMoveKind.DEPOSIT else "-"
    b.append(pair("СУММА", sign + amount(s.amount), w, bold=True, double=True))
    b.append(pair("Наличных в кассе", amount(s.cash_in_drawer), w))
    if s.fiscal_sign:
        b.append(pair("ФП", s.fiscal_sign, w))
    if s.offline:
        b += centered("АВТОНОМНЫЙ РЕЖИМ", w, bold=True)
    if kick_drawer:
        b.append(DrawerKick(0))
    b.append(Cut())
    return PrintDocument(w, tuple(b))
