"""X/Z shift reports and cash deposit/withdrawal slips → :class:`PrintDocument`."""

from __future__ import annotations

from alsep_desktop.domain.money import Money
from alsep_desktop.hardware.printer.document import (
    DOCUMENT_TITLES,
    CashMoveKind,
    CashSlip,
    ReportData,
    ReportKind,
    ReportTerminal,
)
from alsep_desktop.hardware.printer.layout import (
    _check_width,
    amount,
    cashier_blocks,
    header_blocks,
    when,
)
from alsep_desktop.hardware.printer.model import Block, Cut, DrawerKick, PrintDocument, Separator
from alsep_desktop.hardware.printer.text import centered, left, pair


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
    b += cashier_blocks(r.cashier_name, w)
    for op in r.operations:
        b.append(Separator())
        b += centered(DOCUMENT_TITLES[op.operation], w, bold=True)
        b.append(pair("Количество чеков", str(op.count), w))
        b.append(pair("Сумма", amount(op.total), w, bold=True))
        for kind, m in op.by_payment:
            b.append(pair("  " + kind.printed, amount(m), w))
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
    if r.terminal is not None:
        b += _terminal_blocks(r.terminal, r.kind, w)
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


TERMINAL_METHODS = {"card": "Карта", "qr": "Kaspi QR"}


def _terminal_blocks(t: ReportTerminal, kind: ReportKind, w: int) -> list[Block]:
    """The card terminal's journal beside the fiscal figures, and the terminal-only payments that
    still have no fiscal receipt (decision 0717)."""
    b: list[Block] = [Separator()]
    b += centered("ТЕРМИНАЛ (ЖУРНАЛ)", w, bold=True)
    for m in t.methods:
        title = TERMINAL_METHODS.get(m.method, m.method)
        b.append(pair(f"{title}: оплаты ({m.payments})", amount(m.paid), w))
        if m.refunds:
            b.append(pair(f"{title}: возвраты ({m.refunds})", amount(m.refunded), w))
    if not t.methods:
        b.append(pair("Операций", "0", w))
    if t.without_receipt:
        total = Money.sum(p.amount for p in t.without_receipt)
        b.append(Separator())
        b += centered("ВНИМАНИЕ: ОПЛАТЫ БЕЗ ЧЕКА", w, bold=True)
        b.append(pair(f"Без чека ({len(t.without_receipt)})", amount(total), w, bold=True))
        for p in t.without_receipt:
            label = when(p.started_at)[:16] + (" *" if p.earlier_shift else "")
            b.append(pair(label, amount(p.amount), w))
            if p.transaction_id:
                b.append(pair("  RRN/заказ", p.transaction_id, w))
        if any(p.earlier_shift for p in t.without_receipt):
            b += left("* из прошлой смены", w)
        if kind is ReportKind.X:
            b += left("Выдайте чеки «Безнал» или верните оплаты до закрытия смены", w)
        else:
            b += left("Перенесены в следующую смену", w)
    return b


def cash_slip_document(s: CashSlip, columns: int, *, kick_drawer: bool = True) -> PrintDocument:
    _check_width(columns)
    w = columns
    b: list[Block] = header_blocks(s.header, w)
    b.append(Separator("="))
    b += centered(s.kind.title, w, bold=True)
    b.append(pair(f"Смена № {s.shift_number}", f"Документ № {s.document_number}", w))
    b.append(pair("Дата и время", when(s.issued_at), w))
    b += cashier_blocks(s.cashier_name, w)
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
