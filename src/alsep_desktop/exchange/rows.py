"""What a catalog import yields and an export takes, and what can go wrong on the way.

``ProductRow`` is a plain, already validated catalog line (no uuid, no store identity).
``ImportIssue`` is one problem found in a file, located by data row, physical line and field,
with a stable ``code`` the UI translates. ``ImportReport`` collects every issue of one file;
``ImportFailed`` carries all of them (never just the first), up to ``MAX_ERRORS``: a hostile file
with millions of bad rows stops at the cap with a "too many errors" issue instead of filling memory.
Warnings are capped the same way (the rest are counted, not kept).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from dataclasses import field as dc_field
from enum import Enum
from typing import Any, ClassVar

from alsep_desktop.domain.money import Money
from alsep_desktop.domain.quantity import Unit
from alsep_desktop.errors import AlsepError, safe_format
from alsep_desktop.i18n_marker import QT_TRANSLATE_NOOP

#: Errors kept per import; one more error adds a "too many errors" issue and stops the parse.
MAX_ERRORS = 1000
#: Warnings kept per import; the rest are only counted (``ImportReport.warnings_dropped``).
MAX_WARNINGS = 1000


@dataclass(frozen=True, slots=True)
class ProductRow:
    """One catalog line as exchanged with CSV/1C. ``vat`` is a ``VatRate.code`` of the table used.

    ``barcode`` is ``""`` when the product has none (sold by code or search); otherwise
    1–14 digits, leading zeros significant. Percentages are basis points (1 % = 100).
    ``ntin`` is ``""`` or the 13–14 digit National Catalogue code; ``marked``: sold with a
    DataMatrix marking code.
    """

    code: str
    group_code: str
    barcode: str
    name: str
    price: Money
    discount_bp: int = 0
    markup_bp: int = 0
    vat: str = "none"
    editable_price: bool = False
    unit: Unit = Unit.PIECE
    ntin: str = ""
    marked: bool = False


class Severity(Enum):
    ERROR = "error"  # the file must not be applied as it is
    WARNING = "warning"  # applied, but the operator should know (ignored column, unit guessed)


class IssueCode:
    """Stable issue codes. The UI maps them to ru/kk/en sentences."""

    # whole-file problems (row is None)
    NOT_UTF8 = "exchange.file.not_utf8"
    EMPTY = "exchange.file.empty"
    MISSING_COLUMNS = "exchange.file.missing_columns"
    DUPLICATE_COLUMN = "exchange.file.duplicate_column"
    UNKNOWN_COLUMN = "exchange.file.unknown_column"
    WRONG_SEPARATOR = "exchange.file.wrong_separator"
    BAD_CSV = "exchange.file.bad_csv"
    BAD_XML = "exchange.file.bad_xml"
    NOT_COMMERCEML = "exchange.file.not_commerceml"
    PARTIAL_EXPORT = "exchange.file.partial_export"
    UNKNOWN_PRICE_TYPE = "exchange.file.unknown_price_type"
    VAT_DEFAULTED = "exchange.file.vat_defaulted"
    NOT_FOUND = "exchange.file.not_found"
    UNREADABLE = "exchange.file.unreadable"
    NOT_TEXT = "exchange.file.not_text"
    BAD_ENCODING = "exchange.file.bad_encoding"
    LINE_TOO_LONG = "exchange.file.line_too_long"
    TOO_MANY_COLUMNS = "exchange.file.too_many_columns"
    TOO_MANY_ERRORS = "exchange.file.too_many_errors"
    TOO_MANY_WARNINGS = "exchange.file.too_many_warnings"
    LOST_LETTERS = "exchange.file.lost_letters"
    OFFERS_MISSING = "exchange.file.offers_missing"
    NO_CATALOG = "exchange.file.no_catalog"
    PRICE_TYPE_CURRENCY = "exchange.file.price_type_currency"
    NOTHING_TO_IMPORT = "exchange.file.nothing_to_import"  # every row skipped: nothing would be left
    OFFERS_MISMATCH = "exchange.file.offers_mismatch"  # 1C: no product has an offer (another export's offers)
    # row problems
    FIELD_COUNT = "exchange.row.field_count"
    REQUIRED = "exchange.row.required"
    BAD_TEXT = "exchange.row.bad_text"
    BAD_BARCODE = "exchange.row.bad_barcode"
    BAD_PRICE = "exchange.row.bad_price"
    BAD_PERCENT = "exchange.row.bad_percent"
    BAD_VAT = "exchange.row.bad_vat"
    BAD_FLAG = "exchange.row.bad_flag"
    BAD_UNIT = "exchange.row.bad_unit"
    BAD_NTIN = "exchange.row.bad_ntin"
    DUPLICATE_BARCODE = "exchange.row.duplicate_barcode"
    DUPLICATE_CODE = "exchange.row.duplicate_code"
    MISSING_PRICE = "exchange.row.missing_price"
    WRONG_CURRENCY = "exchange.row.wrong_currency"
    UNIT_GUESSED = "exchange.row.unit_guessed"
    ORPHAN_OFFER = "exchange.row.orphan_offer"
    NO_OFFER = "exchange.row.no_offer"
    CODE_REPLACED = "exchange.row.code_replaced"
    TEXT_FIXED = "exchange.row.text_fixed"
    BARCODE_SKIPPED = "exchange.row.barcode_skipped"
    EXTRA_BARCODES = "exchange.row.extra_barcodes"
    BARCODE_SHARED = "exchange.row.barcode_shared"


@dataclass(frozen=True, slots=True)
class ImportIssue:
    """One problem. ``row`` is the 1-based data row (header excluded; for 1C the n-th product),
    ``line`` the 1-based physical line of the file where known, ``field`` the stable column key
    (CSV: ``price``, ``barcode``; 1C: the element name) and ``column`` the column header exactly
    as written in the file (``Цена``, ``Штрихкод``), for the window to show. ``file`` names the
    file of a multi-file import (1C ``import0_2.xml``) when there is more than one."""

    code: str
    message: str  # an English template literal, formatted with ``params`` on creation
    row: int | None = None
    line: int | None = None
    field: str | None = None
    severity: Severity = Severity.ERROR
    other_row: int | None = None  # the first row of a duplicate pair
    params: dict[str, Any] = dc_field(default_factory=dict, compare=False, hash=False)
    template: str = dc_field(init=False, default="", compare=False, hash=False)  # the literal, for the UI
    column: str | None = dc_field(default=None, compare=False)
    file: str | None = dc_field(default=None, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "template", self.message)
        if self.params:
            object.__setattr__(self, "message", safe_format(self.message, self.params))

    def __str__(self) -> str:
        where = []
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.line is not None:
            where.append(f"line {self.line}")
        if self.file:
            where.insert(0, self.file)
        if self.column:
            where.append(f"column «{self.column}»")
        elif self.field:
            where.append(f"field {self.field}")
        prefix = ", ".join(where)
        return f"{prefix}: {self.message}" if prefix else self.message


@dataclass(slots=True)
class ImportReport:
    """Mutable collector of the issues of one import, filled while the parser streams."""

    issues: list[ImportIssue] = field(default_factory=list)
    rows_read: int = 0  # data rows/products seen, good or bad
    rows_ok: int = 0  # rows yielded
    max_errors: int = MAX_ERRORS
    max_warnings: int = MAX_WARNINGS
    warnings_dropped: int = 0  # warnings past ``max_warnings``: counted, not kept
    text_format: Any = None  # CSV: the ``textfile.TextFormat`` found (encoding, separator)
    decimal_comma_rows: int = 0  # CSV: rows whose price was written with a decimal comma
    _errors: int = 0
    _warnings: int = 0

    def add(self, issue: ImportIssue) -> None:
        """Keep ``issue``. The first error past ``max_errors`` is replaced by one "too many errors"
        issue and raises ``ImportFailed`` at once, so the parse stops and memory stays bounded."""
        if issue.severity is Severity.WARNING:
            if self._warnings >= self.max_warnings:
                if self.warnings_dropped == 0:
                    self.issues.append(ImportIssue(
                        IssueCode.TOO_MANY_WARNINGS,
                        QT_TRANSLATE_NOOP(
                            "ImportIssues", "more than {limit} warnings; only the first {limit} are listed"
                        ),
                        severity=Severity.WARNING, params={"limit": self.max_warnings}))  # fmt: skip
                self.warnings_dropped += 1
                return
            self._warnings += 1
            self.issues.append(issue)
            return
        if self._errors >= self.max_errors:
            self.issues.append(ImportIssue(
                IssueCode.TOO_MANY_ERRORS,
                QT_TRANSLATE_NOOP(
                    "ImportIssues", "more than {limit} errors: the file is refused without reading further"
                ),
                row=issue.row, line=issue.line, params={"limit": self.max_errors}))  # fmt: skip
            raise ImportFailed(self.errors)
        self._errors += 1
        self.issues.append(issue)

    @property
    def errors(self) -> list[ImportIssue]:
        return [i for i in self.issues if i.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[ImportIssue]:
        return [i for i in self.issues if i.severity is Severity.WARNING]

    @property
    def ok(self) -> bool:
        return not any(i.severity is Severity.ERROR for i in self.issues)

    def raise_if_errors(self) -> None:
        if not self.ok:
            raise ImportFailed(self.errors)


class ExchangeError(AlsepError):
    code: ClassVar[str] = "exchange"
    template: ClassVar[str] = "Catalog exchange error"


class ImportFailed(ExchangeError):
    """The file cannot be applied. ``issues`` holds every error found, in file order."""

    code = "exchange.import_failed"
    template = "The catalog file has {count} error(s)"

    def __init__(self, issues: Iterable[ImportIssue]) -> None:
        self.issues: tuple[ImportIssue, ...] = tuple(issues)
        first = str(self.issues[0]) if self.issues else "no details"
        more = f" (and {len(self.issues) - 1} more)" if len(self.issues) > 1 else ""
        super().__init__(
            f"The catalog file has {len(self.issues)} error(s): {first}{more}",
            count=len(self.issues),
        )


class ImportRemovesProducts(ExchangeError):
    """A local import would delete products of the register that are not in the file (decision 2040):
    applied only when the operator said so (``replace=True``, ``--replace``, the window's question)."""

    code = "exchange.removes_products"
    template = ("The file does not have {count} product(s) of register {register}: importing it removes them. "
                "Nothing was changed; confirm the replacement (alsep-admin: --replace) to remove them")


class ImportCancelled(ExchangeError):
    code = "exchange.cancelled"
    template = "The import was cancelled after {done_bytes} of {total_bytes} bytes"


def fatal(
    code: str, message: str, *, line: int | None = None, fld: str | None = None, **params: Any
) -> ImportFailed:
    """An ``ImportFailed`` for a whole-file problem that stops parsing at once."""
    return ImportFailed([ImportIssue(code, message, line=line, field=fld, params=params)])


def nothing_to_import(count: int) -> ImportIssue:
    """A clean file that yields no product: applying it would leave only the free position (decision 2040)."""
    return ImportIssue(IssueCode.NOTHING_TO_IMPORT, QT_TRANSLATE_NOOP(
        "ImportIssues", "the file has no product to import ({count} read, every one skipped: see the warnings); "
        "the catalog is left as it is"), params={"count": count})  # fmt: skip


def offers_mismatch(count: int, file: str, offers: str) -> ImportIssue:
    """No product of a 1C import file has an offer: the offers file is another export's (decision 2040)."""
    return ImportIssue(IssueCode.OFFERS_MISMATCH, QT_TRANSLATE_NOOP(
        "ImportIssues", "none of the {count} products of {file} has an offer in {offers}: the offers come from "
        "another export; export the goods and the prices together from 1C"),
        params={"count": count, "file": file, "offers": offers})  # fmt: skip
