"""Catalog CSV in the format of the Alsep web cabinet (manual §8.6 «Экспорт/Импорт товаров»).

Format: one header line, then one product per record. The encoding (UTF-8 with or without BOM,
UTF-16, Windows-1251/KZ-1048 and other Cyrillic code pages) and the separator (``,`` ``;`` tab
``|``) are found from the file (``textfile.open_text``, decision 0305), so Excel's default CSV
of a Russian or Kazakh Windows (``;``, Windows-1251, ``1 234,50``) reads as it is. Columns (any
order; Russian or English names, case-insensitive):

    Код/code, Код группы/group_code, Баркод/barcode, Наименование/name, Цена/price,
    Скидка/discount, НДС/vat                                    -- required
    Наценка/markup, Изменяемая цена/editable, Единица/unit,
    NTIN/ntin, Маркировка/marked                                 -- optional

Export writes all twelve columns with Russian names in the app's one CSV dialect (``csv_out``,
decision 2041: UTF-8 *with* BOM, ``;``, CRLF); amounts and percents as ``1234,50``;
VAT as the rate code (``16``) or ``без НДС``; editable and marked as ``1``/``0``; unit as its
ОКЕИ code; NTIN as its digits or empty. A text cell that starts with ``=``, ``+``, ``-``, ``@``,
tab or CR gets a leading ``'`` so a spreadsheet does not run it as a formula; the import takes
the ``'`` off again, so export → import → export is byte for byte the same.

API for the catalog service (all-or-nothing import)::

    parsed = parse_csv(path_or_binary_stream, vat_table, progress=cb, cancel=token)
    parsed.report.raise_if_errors()      # ImportFailed carrying every error, or go on
    apply(parsed.rows)                   # list[ProductRow], file order

or, streaming, to hold nothing but what the caller keeps::

    report = ImportReport()
    for row in iter_csv(source, vat_table, report, progress=cb, cancel=token): ...
    report.raise_if_errors()

Row problems (bad price, duplicate barcode, ...) never stop the parse: every one is added to
the report with its data row number (1-based, header excluded), physical line and field, and the
row is not yielded; ``ImportIssue.column`` is the header as written in the file. Whole-file
problems (not text, empty, missing columns, broken quoting, a line or a header past the limits,
more than ``MAX_ERRORS`` errors) raise ``ImportFailed`` at once, with the row errors found so far.
``progress(done_bytes, total_bytes)`` is called about every 64 KiB and at the end;
``cancel.cancel()`` makes the parser raise ``ImportCancelled`` before the next row.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, NamedTuple

from alsep_desktop.domain.tax import DEFAULT_VAT_TABLE, VatTable
from alsep_desktop.exchange.csv_out import (
    escape_cell,
    money_cell,
    open_csv,
    percent_cell,
    unescape_cell,
)
from alsep_desktop.exchange.fields import Duplicates, RowCheck
from alsep_desktop.exchange.progress import (
    CancelToken,
    ProgressCallback,
    ProgressMeter,
    Source,
    open_binary,
    stream_size,
)
from alsep_desktop.exchange.rows import (
    ImportFailed,
    ImportIssue,
    ImportReport,
    IssueCode,
    ProductRow,
    Severity,
)
from alsep_desktop.exchange.textfile import KAZAKH_SAFE, TextLines, open_text
from alsep_desktop.i18n_marker import PLURAL, QT_TRANSLATE_NOOP

_BOM = b"\xef\xbb\xbf"
#: the header may have unknown columns (ignored), but not more than this many in all
MAX_COLUMNS = 100
_LOST_LETTER_RE = re.compile(r"[^\W\d_]\?|\?[^\W\d_]")  # '?' inside a word: a letter the code page lacked


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    header: str  # written on export
    aliases: tuple[str, ...]
    required: bool


COLUMNS: tuple[Column, ...] = (
    Column("code", "Код", ("код", "code", "код товара"), True),
    Column("group_code", "Код группы", ("код группы", "group code", "group"), True),
    Column(
        "barcode",
        "Баркод",
        ("баркод", "barcode", "штрихкод", "штрих-код", "штрих код", "ean"),
        True,
    ),
    Column("name", "Наименование", ("наименование", "name", "название"), True),
    Column("price", "Цена", ("цена", "price"), True),
    Column("discount", "Скидка", ("скидка", "discount"), True),
    Column("vat", "НДС", ("ндс", "vat", "ндс %", "ндс, %"), True),
    Column("markup", "Наценка", ("наценка", "markup"), False),
    Column("editable", "Изменяемая цена", ("изменяемая цена", "editable", "editable price"), False),
    Column(
        "unit", "Единица", ("единица", "unit", "ед. изм.", "ед.изм.", "единица измерения"), False
    ),
    Column("ntin", "NTIN", ("ntin", "нтин", "код нкт", "код ntin"), False),
    Column("marked", "Маркировка", ("маркировка", "marked", "маркированный", "маркированный товар"), False),
)
_BY_ALIAS = {alias: col for col in COLUMNS for alias in col.aliases}


class ParsedCatalog(NamedTuple):
    rows: list[ProductRow]
    report: ImportReport


def parse_csv(
    source: Source,
    vat_table: VatTable = DEFAULT_VAT_TABLE,
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
    report: ImportReport | None = None,
) -> ParsedCatalog:
    """Read a whole catalog CSV. See the module docstring for what raises and what is reported.

    ``encoding``/``delimiter`` force what is otherwise found from the file; what was used is
    ``report.text_format``. Pass ``report`` to keep the issues when ``ImportFailed`` is raised."""
    report = report if report is not None else ImportReport()
    rows = list(iter_csv(source, vat_table, report, progress=progress, cancel=cancel,
                         encoding=encoding, delimiter=delimiter))  # fmt: skip
    return ParsedCatalog(rows, report)


def iter_csv(
    source: Source,
    vat_table: VatTable,
    report: ImportReport,
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
) -> Iterator[ProductRow]:
    """Yield the valid rows of a catalog CSV one by one, adding every problem to ``report``."""
    stream, owned = open_binary(source)
    try:
        meter = ProgressMeter(stream_size(stream), progress, cancel)
        meter.check()
        try:
            lines = open_text(stream, is_column_name, encoding=encoding, delimiter=delimiter)
        except ImportFailed as exc:
            raise _kept(report, exc) from None
        report.text_format = lines.format
        yield from _Reader(lines, vat_table, report, meter).rows()
        meter.finish()
    finally:
        if owned:
            stream.close()


def _kept(report: ImportReport, exc: ImportFailed) -> ImportFailed:
    """``exc`` (a whole-file problem) added to ``report``, after the row errors found so far."""
    for issue in exc.issues:
        report.add(issue)
    return ImportFailed(report.errors)


def _norm(name: str) -> str:
    return re.sub(r"[\s_]+", " ", name.strip().lower().replace("ё", "е"))


def is_column_name(name: str) -> bool:
    """Whether a header cell names one of the catalog columns (any spelling we accept)."""
    return _norm(name.lstrip("\ufeff")) in _BY_ALIAS


class _Reader:
    def __init__(
        self, lines: TextLines, table: VatTable, report: ImportReport, meter: ProgressMeter
    ) -> None:
        self.lines = lines
        self.table = table
        self.report = report
        self.meter = meter
        self.columns: dict[str, str] = {}  # column key → header as written in the file
        self.lost_letters = 0
        self.lost_first_row = 0
        self.kazakh_safe = lines.format.encoding in KAZAKH_SAFE
        self._first_line = 1

    def _fail(
        self, code: str, message: str, *, line: int | None = None, fld: str | None = None, **params: Any
    ) -> ImportFailed:
        self.report.add(ImportIssue(code, message, line=line, field=fld, params=params,
                                    column=self.columns.get(fld) if fld else None))  # fmt: skip
        return ImportFailed(self.report.errors)

    def _text_lines(self) -> Iterator[str]:
        lines = iter(self.lines)
        try:
            if self.lines.format.sep_line:
                for line in lines:  # Excel's «sep=;» line, after any blank ones
                    if line.strip():
                        break
                self._first_line = self.lines.line_no + 1
            yield from lines
        except ImportFailed as exc:  # a line too long or not text: after the errors found so far
            raise _kept(self.report, exc) from None

    def _records(self) -> Iterator[tuple[int, list[str]]]:
        """(first physical line, fields) of every non-blank record."""
        reader = csv.reader(self._text_lines(), delimiter=self.lines.format.delimiter, quotechar='"', strict=True)
        start: int | None = None  # the first line is known once the «sep=» line is skipped
        while True:
            try:
                fields = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raise self._fail(
                    IssueCode.BAD_CSV, QT_TRANSLATE_NOOP("ImportIssues", "broken CSV ({detail}); check the quotes"),
                    line=start or self._first_line, detail=str(exc),
                ) from None
            line, start = start or self._first_line, self.lines.line_no + 1
            if any(f.strip() for f in fields):
                yield line, fields

    def rows(self) -> Iterator[ProductRow]:
        records = self._records()
        first = next(records, None)
        if first is None:
            raise self._fail(IssueCode.EMPTY, QT_TRANSLATE_NOOP("ImportIssues", "the file is empty (no header line)"))
        header_line, names = first
        if names:
            names[0] = names[0].lstrip("\ufeff")
        index = self._header(names, header_line)
        width = len(names)
        dups = Duplicates()
        row = 0
        for line, fields in records:
            row += 1
            self.report.rows_read += 1
            product = self._row(row, line, fields, width, index, dups)
            if product is not None:
                self.report.rows_ok += 1
                yield product
            self.meter.advance(self.lines.bytes_read)
        if row == 0:
            raise self._fail(
                IssueCode.EMPTY, QT_TRANSLATE_NOOP("ImportIssues", "the file has a header but no products")
            )
        if self.lost_letters:
            self.report.add(ImportIssue(
                IssueCode.LOST_LETTERS,
                QT_TRANSLATE_NOOP(
                    "ImportIssues",
                    "{count} name(s) have '?' inside a word "
                    "(first on row {first_row}): {encoding} has no Kazakh letters; save the file as «CSV UTF-8»",
                    None,
                    PLURAL,
                ),
                field="name",
                column=self.columns.get("name"), severity=Severity.WARNING,
                params={"count": self.lost_letters, "first_row": self.lost_first_row,
                        "encoding": self.lines.format.encoding_name}))  # fmt: skip

    def _header(self, names: list[str], line: int) -> dict[str, int]:
        if len(names) > MAX_COLUMNS:
            raise self._fail(
                IssueCode.TOO_MANY_COLUMNS,
                QT_TRANSLATE_NOOP("ImportIssues", "the header has {count} columns "
                                  "(at most {limit}); this is not a catalog CSV"),
                line=line,
                count=len(names),
                limit=MAX_COLUMNS,
            )  # fmt: skip
        index: dict[str, int] = {}
        for pos, name in enumerate(names):
            norm = _norm(name)
            col = _BY_ALIAS.get(norm)
            if col is None:
                if norm:
                    self.report.add(ImportIssue(
                        IssueCode.UNKNOWN_COLUMN,
                        QT_TRANSLATE_NOOP("ImportIssues", "column '{value}' is not known and is ignored"),
                        line=line,
                        field=name,
                        column=name.strip(),
                        severity=Severity.WARNING,
                        params={"value": name},
                    ))  # fmt: skip
                continue
            if col.key in index:
                raise self._fail(
                    IssueCode.DUPLICATE_COLUMN,
                    QT_TRANSLATE_NOOP("ImportIssues", "column '{value}' appears twice"),
                    line=line,
                    fld=col.key,
                    value=name.strip(),
                )
            index[col.key] = pos
            self.columns[col.key] = name.strip()
        missing = [c.header for c in COLUMNS if c.required and c.key not in index]
        if missing:
            raise self._fail(
                IssueCode.MISSING_COLUMNS,
                QT_TRANSLATE_NOOP("ImportIssues", "missing column(s): {value} (found: {found})"),
                line=line,
                value=", ".join(missing),
                found=", ".join(n.strip() for n in names),
            )
        return index

    def _row(
        self,
        row: int,
        line: int,
        fields: list[str],
        width: int,
        index: dict[str, int],
        dups: Duplicates,
    ) -> ProductRow | None:
        check = RowCheck(self.report, row, line, self.columns)
        if len(fields) > width and not any(f.strip() for f in fields[width:]):
            fields = fields[:width]  # empty cells after the last column, as some editors write them
        if len(fields) != width:
            if len(fields) > width:
                check.issue(
                    IssueCode.FIELD_COUNT,
                    None,
                    QT_TRANSLATE_NOOP("ImportIssues", "{count} values instead of {expected}; a comma inside "
                                      "a name must be in double quotes", None, PLURAL),
                    count=len(fields),
                    expected=width,
                )  # fmt: skip
            else:
                check.issue(
                    IssueCode.FIELD_COUNT,
                    None,
                    QT_TRANSLATE_NOOP("ImportIssues", "{count} values instead of {expected}", None, PLURAL),
                    count=len(fields),
                    expected=width,
                )  # fmt: skip
            return None

        def get(key: str) -> str:
            pos = index.get(key)
            return fields[pos] if pos is not None else ""

        code = check.text("code", unescape_cell(get("code")), required=True, max_len=64)
        group = check.text("group_code", unescape_cell(get("group_code")), required=False, max_len=64)
        barcode = check.barcode("barcode", get("barcode"))
        name = check.text("name", unescape_cell(get("name")), required=True)
        price_text = get("price")
        if "," in price_text:
            self.report.decimal_comma_rows += 1
        price = check.price("price", price_text)
        discount = check.percent("discount", get("discount"))
        markup = check.percent("markup", get("markup"))
        vat = check.vat("vat", get("vat"), self.table)
        editable = check.flag("editable", get("editable"))
        unit = check.unit("unit", get("unit"))
        ntin = check.ntin("ntin", get("ntin"))
        marked = check.flag("marked", get("marked"))
        dups.check(check, "code", code, "barcode", barcode)
        if not check.ok:
            return None
        if name is not None and not self.kazakh_safe and "?" in name and _LOST_LETTER_RE.search(name):
            self.lost_letters += 1
            self.lost_first_row = self.lost_first_row or row
        assert code is not None and group is not None and barcode is not None and name is not None
        assert price is not None and discount is not None and markup is not None and vat is not None
        assert editable is not None and unit is not None and ntin is not None and marked is not None
        return ProductRow(code, group, barcode, name, price, discount, markup, vat, editable, unit, ntin, marked)


__all__ = ["escape_cell", "unescape_cell"]  # re-exported: they live in csv_out since decision 2041


# -- export --------------------------------------------------------------------


def write_csv(rows: Iterable[ProductRow], dest: Source) -> int:
    """Write ``rows`` as a catalog CSV (``csv_out``: UTF-8 with BOM, ``;``, CRLF). Returns the number of rows."""
    with open_csv(dest) as out:
        out.row([c.header for c in COLUMNS])
        for r in rows:
            out.row([
                r.code, r.group_code, r.barcode, r.name, money_cell(r.price), percent_cell(r.discount_bp),
                "без НДС" if r.vat == "none" else r.vat, percent_cell(r.markup_bp),
                "1" if r.editable_price else "0", r.unit.value, r.ntin, "1" if r.marked else "0",
            ])  # fmt: skip
        return out.rows - 1
