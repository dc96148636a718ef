"""The terminal statement as an Excel workbook (seed 8.9 «Скачать Excel»), written with openpyxl.

Sheet 1: a header row (frozen), one row per statement line, a totals row. Amounts are tenge as
real numbers (tiyn / 100, exact decimals) with the number format ``#,##0.00``; days are real dates
(``DD.MM.YYYY``); counts are integers. The commission and credited columns are labelled as
estimates (decision 0710). Sheet 2 says what the statement covers and the rates it assumed.

Labels come translated from the window (``labels``); without them the English markers are used.
The file is written to a temporary name beside the target and renamed: it appears whole or not at all.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Mapping
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from alsep_desktop.domain.money import Money
from alsep_desktop.i18n_marker import QT_TRANSLATE_NOOP
from alsep_desktop.services.terminal.figures import CommissionRates, Statement

MONEY_FORMAT = "#,##0.00"
DATE_FORMAT = "DD.MM.YYYY"
DATETIME_FORMAT = "DD.MM.YYYY HH:MM"
COUNT_FORMAT = "0"

#: key → English label, marked for translation (context ``TerminalStatement``)
LABELS: dict[str, str] = {
    "sheet": QT_TRANSLATE_NOOP("TerminalStatement", "Statement"),
    "about_sheet": QT_TRANSLATE_NOOP("TerminalStatement", "About"),
    "day": QT_TRANSLATE_NOOP("TerminalStatement", "Date"),
    "kind": QT_TRANSLATE_NOOP("TerminalStatement", "Transaction type"),
    "terminal": QT_TRANSLATE_NOOP("TerminalStatement", "POS_ID"),
    "method": QT_TRANSLATE_NOOP("TerminalStatement", "Method"),
    "count": QT_TRANSLATE_NOOP("TerminalStatement", "Operations"),
    "amount": QT_TRANSLATE_NOOP("TerminalStatement", "Transaction amount, ₸"),
    "commission": QT_TRANSLATE_NOOP("TerminalStatement", "Commission (estimate), ₸"),
    "credited": QT_TRANSLATE_NOOP("TerminalStatement", "Credited to the account (estimate), ₸"),
    "total": QT_TRANSLATE_NOOP("TerminalStatement", "Total"),
    "payment": QT_TRANSLATE_NOOP("TerminalStatement", "Payment"),
    "refund": QT_TRANSLATE_NOOP("TerminalStatement", "Refund"),
    "card": QT_TRANSLATE_NOOP("TerminalStatement", "Card"),
    "qr": QT_TRANSLATE_NOOP("TerminalStatement", "QR"),
    "no_method": QT_TRANSLATE_NOOP("TerminalStatement", "not known"),
    "period": QT_TRANSLATE_NOOP("TerminalStatement", "Period"),
    "scope": QT_TRANSLATE_NOOP("TerminalStatement", "Terminals"),
    "all": QT_TRANSLATE_NOOP("TerminalStatement", "all terminals of this store"),
    "company": QT_TRANSLATE_NOOP("TerminalStatement", "all terminals of the company (cloud)"),
    "card_rate": QT_TRANSLATE_NOOP("TerminalStatement", "Card commission rate, %"),
    "qr_rate": QT_TRANSLATE_NOOP("TerminalStatement", "QR commission rate, %"),
    "made_at": QT_TRANSLATE_NOOP("TerminalStatement", "Made at"),
    "estimate_note": QT_TRANSLATE_NOOP(
        "TerminalStatement", "The commission is an estimate from the rates above, not the bank's figure; "
        "the bank's own statement is the payment document."),
}

COLUMNS = ("day", "kind", "terminal", "method", "count", "amount", "commission", "credited")
WIDTHS = (13, 16, 16, 12, 12, 22, 24, 30)


def tenge(money: Money) -> Decimal:
    """Tiyn → tenge as an exact decimal number (never a float)."""
    return Decimal(money.tiyn).scaleb(-2)


def write_statement(statement: Statement, path: Path, *, now: datetime, labels: Mapping[str, str] | None = None,
                    progress: Callable[[int, int], None] | None = None,
                    cancelled: Callable[[], bool] | None = None) -> bool:
    """Write the workbook; False (and no file) if ``cancelled()`` said so between rows."""
    text = {**LABELS, **(labels or {})}
    wb = Workbook()
    ws = wb.active
    assert isinstance(ws, Worksheet), "a new workbook has one worksheet"
    ws.title = text["sheet"][:31]
    bold = Font(bold=True)
    ws.append([text[c] for c in COLUMNS])
    for cell in ws[1]:
        cell.font = bold
        cell.fill = PatternFill("solid", fgColor="DDE7F0")
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    total = len(statement.rows)
    for i, row in enumerate(statement.rows, 1):
        if cancelled is not None and cancelled():
            return False
        ws.append([row.day, text.get(row.kind, row.kind), row.terminal,
                   text.get(row.method, row.method) if row.method else text["no_method"], row.count,
                   tenge(row.amount), tenge(row.commission), tenge(row.credited)])
        _formats(ws, ws.max_row)
        if progress is not None and (i % 200 == 0 or i == total):
            progress(i, total)
    ws.append([text["total"], None, None, None, statement.count, tenge(statement.amount),
               tenge(statement.commission), tenge(statement.credited)])
    _formats(ws, ws.max_row)
    for cell in ws[ws.max_row]:
        cell.font = bold
    ws.freeze_panes = "A2"
    for i, width in enumerate(WIDTHS, 1):
        ws.column_dimensions[get_column_letter(i)].width = width
    _about(wb.create_sheet(text["about_sheet"][:31]), statement, text, now)
    if cancelled is not None and cancelled():
        return False
    _save_whole(wb, path)
    return True


def _formats(ws, row: int) -> None:  # noqa: ANN001
    ws.cell(row, 1).number_format = DATE_FORMAT
    ws.cell(row, 5).number_format = COUNT_FORMAT
    for col in (6, 7, 8):
        ws.cell(row, col).number_format = MONEY_FORMAT


def _about(ws, statement: Statement, text: Mapping[str, str], now: datetime) -> None:  # noqa: ANN001
    scope = text.get(statement.scope, statement.scope)
    rows = [
        (text["period"], statement.start, statement.end),
        (text["scope"], scope, None),
        (text["card_rate"], _percent(statement.rates.card_bp), None),
        (text["qr_rate"], _percent(statement.rates.qr_bp), None),
        (text["made_at"], now.replace(tzinfo=None, microsecond=0), None),
        (text["estimate_note"], None, None),
    ]
    for values in rows:
        ws.append(list(values))
    ws.cell(1, 2).number_format = DATE_FORMAT
    ws.cell(1, 3).number_format = DATE_FORMAT
    ws.cell(3, 2).number_format = ws.cell(4, 2).number_format = "0.00"
    ws.cell(5, 2).number_format = DATETIME_FORMAT
    ws.column_dimensions["A"].width = 34
    ws.column_dimensions["B"].width = 30
    ws.column_dimensions["C"].width = 14


def _percent(bp: int) -> Decimal:
    return Decimal(bp).scaleb(-2)


def _save_whole(wb: Workbook, path: Path) -> None:
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=".statement-", suffix=".xlsx", dir=path.parent)
    os.close(fd)
    try:
        wb.save(tmp)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


__all__ = ["COLUMNS", "LABELS", "CommissionRates", "tenge", "write_statement"]
