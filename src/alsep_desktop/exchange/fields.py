"""Field-level checks shared by the CSV and CommerceML readers.

A ``RowCheck`` collects every problem of one row (not just the first) and hands back
``None`` for a bad field, so the caller builds a ``ProductRow`` only when ``ok``.
``Duplicates`` remembers the first row of each code and barcode in the file.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Any

from alsep_desktop.domain.adjustment import Adjustment
from alsep_desktop.domain.money import Money
from alsep_desktop.domain.quantity import Unit
from alsep_desktop.domain.tax import VatTable
from alsep_desktop.domain.validation import validate_barcode, validate_ntin
from alsep_desktop.errors import ValidationError
from alsep_desktop.exchange.rows import ImportIssue, ImportReport, IssueCode, Severity
from alsep_desktop.i18n_marker import QT_TRANSLATE_NOOP

_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f]")
_SCIENTIFIC_RE = re.compile(r"\d+(?:[.,]\d+)?[eE][+-]?\d+")
_TRUE = frozenset({"1", "true", "yes", "y", "да", "д", "иә", "+", "x", "✓"})
_FALSE = frozenset({"", "0", "false", "no", "n", "нет", "н", "жоқ", "-"})
_UNIT_NAMES = {
    "шт": Unit.PIECE, "шт.": Unit.PIECE, "штука": Unit.PIECE, "дана": Unit.PIECE, "pce": Unit.PIECE,
    "кг": Unit.KILOGRAM, "килограмм": Unit.KILOGRAM, "kgm": Unit.KILOGRAM,
    "г": Unit.GRAM, "гр": Unit.GRAM, "грамм": Unit.GRAM, "grm": Unit.GRAM,
    "л": Unit.LITRE, "литр": Unit.LITRE, "ltr": Unit.LITRE,
    "м": Unit.METRE, "метр": Unit.METRE, "mtr": Unit.METRE,
    "м2": Unit.SQUARE_METRE, "м²": Unit.SQUARE_METRE, "mtk": Unit.SQUARE_METRE,
    "усл": Unit.SERVICE, "услуга": Unit.SERVICE, "қызмет": Unit.SERVICE,
}  # fmt: skip
_UNIT_CODES = {u.value: u for u in Unit} | {"6": Unit.METRE, "55": Unit.SQUARE_METRE}


class RowCheck:
    """Checks the fields of one data row; every failure becomes an ``ImportIssue``."""

    def __init__(
        self, report: ImportReport, row: int | None, line: int | None = None,
        columns: dict[str, str] | None = None, file: str | None = None,
    ) -> None:  # fmt: skip
        self.report = report
        self.row = row
        self.line = line
        self.columns = columns  # field key → the header as written in the file (CSV)
        self.file = file  # the file of a multi-file import (1C parts)
        self.ok = True

    def issue(self, code: str, fld: str | None, message: str, *, warning: bool = False,
              other_row: int | None = None, **params: Any) -> None:  # fmt: skip
        """``message`` is an English template literal; ``params`` fill its ``{placeholders}``."""
        if not warning:
            self.ok = False
        self.report.add(ImportIssue(
            code, message, row=self.row, line=self.line, field=fld,
            severity=Severity.WARNING if warning else Severity.ERROR, other_row=other_row, params=params,
            column=self.columns.get(fld) if self.columns and fld else None, file=self.file,
        ))  # fmt: skip

    def invalid(self, code: str, fld: str, exc: ValidationError) -> None:
        """An issue carrying the reason of a ``ValidationError`` (its template and params)."""
        self.issue(code, fld, exc.reason_template, **exc.reason_params)

    # -- individual fields ----------------------------------------------------
    def text(self, fld: str, value: str, *, required: bool, max_len: int = 255) -> str | None:
        value = value.strip()
        if not value:
            if required:
                self.issue(IssueCode.REQUIRED, fld, QT_TRANSLATE_NOOP("ImportIssues", "a value is required"))
                return None
            return ""
        if _CONTROL_RE.search(value):
            self.issue(
                IssueCode.BAD_TEXT,
                fld,
                QT_TRANSLATE_NOOP("ImportIssues", "contains a control character (tab or line break)"),
            )
            return None
        if len(value) > max_len:
            self.issue(
                IssueCode.BAD_TEXT,
                fld,
                QT_TRANSLATE_NOOP("ImportIssues", "is {length} characters long (at most {limit})"),
                length=len(value),
                limit=max_len,
            )
            return None
        return value

    def barcode(self, fld: str, value: str) -> str | None:
        value = value.strip()
        if not value:
            return ""
        if _SCIENTIFIC_RE.fullmatch(value):  # Excel shows 4870001000011 as 4,87E+12 and saves that
            self.issue(IssueCode.BAD_BARCODE, fld, QT_TRANSLATE_NOOP("ImportIssues", "barcode '{value}' was turned "
                       "into a number by Excel and lost its digits; format the column as Text and save again"),
                       value=value)  # fmt: skip
            return None
        try:
            return validate_barcode(value, field=fld, row=self.row)
        except ValidationError as exc:
            self.invalid(IssueCode.BAD_BARCODE, fld, exc)
            return None

    @staticmethod
    def barcode_or_none(value: str) -> str | None:
        """``value`` as a barcode, or ``None`` when it is not one (the caller says what happens)."""
        try:
            return validate_barcode(value)
        except ValidationError:
            return None

    def ntin(self, fld: str, value: str) -> str | None:
        """A National Catalogue code: empty, or 13–14 digits."""
        value = value.strip()
        if not value:
            return ""
        try:
            return validate_ntin(value, field=fld, row=self.row)
        except ValidationError as exc:
            self.invalid(IssueCode.BAD_NTIN, fld, exc)
            return None

    def price(self, fld: str, value: str) -> Money | None:
        value = value.strip()
        if not value:
            self.issue(IssueCode.REQUIRED, fld, QT_TRANSLATE_NOOP("ImportIssues", "a price is required"))
            return None
        return self._non_negative(fld, value, value)

    def decimal_price(self, fld: str, value: str) -> Money | None:
        """A machine-written amount (1C): ``1234.5``, ``1234.500`` are exact; ``0.125`` is not."""
        try:
            d = Decimal(value.strip().replace(" ", "").replace("\u00a0", "").replace(",", "."))
        except InvalidOperation:
            d = None
        if d is None or not d.is_finite():
            self.issue(
                IssueCode.BAD_PRICE, fld, QT_TRANSLATE_NOOP("ImportIssues", "'{value}' is not an amount"), value=value
            )
            return None
        return self._non_negative(fld, d, value)

    def _non_negative(self, fld: str, amount: str | Decimal, raw: str) -> Money | None:
        """``amount`` as Money, reported (not raised) when unparsable or negative."""
        try:
            money = Money.parse(amount, field=fld)
        except ValidationError as exc:
            self.invalid(IssueCode.BAD_PRICE, fld, exc)
            return None
        if money.is_negative:
            self.issue(
                IssueCode.BAD_PRICE, fld, QT_TRANSLATE_NOOP("ImportIssues", "price {value} is negative"), value=raw
            )
            return None
        return money

    def percent(self, fld: str, value: str) -> int | None:
        value = value.strip()
        if not value:
            return 0
        try:
            return Adjustment.percent(value, field=fld).value
        except ValidationError as exc:
            self.invalid(IssueCode.BAD_PERCENT, fld, exc)
            return None

    def vat(self, fld: str, value: str | None, table: VatTable) -> str | None:
        try:
            return table.get(value, field=fld, row=self.row).code
        except ValidationError as exc:
            self.invalid(IssueCode.BAD_VAT, fld, exc)
            return None

    def flag(self, fld: str, value: str) -> bool | None:
        key = value.strip().lower()
        if key in _TRUE:
            return True
        if key in _FALSE:
            return False
        self.issue(
            IssueCode.BAD_FLAG,
            fld,
            QT_TRANSLATE_NOOP("ImportIssues", "'{value}' is not yes/no (use 1 or 0)"),
            value=value,
        )
        return None

    def unit(self, fld: str, value: str, *, code: str | None = None) -> Unit | None:
        """A unit from its ОКЕИ code (``796``) or short name (``шт``, ``кг``); empty = piece."""
        found = unit_of(value, code)
        if found is not None:
            return found
        self.issue(
            IssueCode.BAD_UNIT,
            fld,
            QT_TRANSLATE_NOOP("ImportIssues", "unknown unit '{value}' (use an ОКЕИ code such as 796 or 166)"),
            value=code or value,
        )
        return None


def unit_of(value: str, code: str | None = None) -> Unit | None:
    if code and code.strip() in _UNIT_CODES:
        return _UNIT_CODES[code.strip()]
    key = value.strip().lower()
    if not key:
        return Unit.PIECE if not code else None
    return _UNIT_CODES.get(key) or _UNIT_NAMES.get(key)


class Duplicates:
    """First row of every code and barcode seen; reports the second with both row numbers."""

    def __init__(self) -> None:
        self._codes: dict[str, int] = {}
        self._barcodes: dict[str, int] = {}

    def check(self, check: RowCheck, code_field: str, code: str | None,
              barcode_field: str, barcode: str | None) -> None:  # fmt: skip
        row = check.row or 0
        if code:
            first = self._codes.get(code)
            if first is None:
                self._codes[code] = row
            else:
                check.issue(
                    IssueCode.DUPLICATE_CODE,
                    code_field,
                    QT_TRANSLATE_NOOP("ImportIssues", "code '{value}' is also on row {first_row}"),
                    other_row=first,
                    value=code,
                    first_row=first,
                )  # fmt: skip
        if barcode:
            first = self._barcodes.get(barcode)
            if first is None:
                self._barcodes[barcode] = row
            else:
                check.issue(
                    IssueCode.DUPLICATE_BARCODE,
                    barcode_field,
                    QT_TRANSLATE_NOOP("ImportIssues", "barcode {value} is also on row {first_row}"),
                    other_row=first,
                    value=barcode,
                    first_row=first,
                )  # fmt: skip


def percent_text(bp: int) -> str:
    whole, frac = divmod(bp, 100)
    return f"{whole}.{frac:02d}"
