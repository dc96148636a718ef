"""Catalog CSV in the format of the Alsep web cabinet (manual §8.6 «Экспорт/Импорт товаров»).

Format: comma-separated, UTF-8 with or without BOM, one header line, then one product per
record. Columns (any order; Russian or English names, case-insensitive):

    Код/code, Код группы/group_code, Баркод/barcode, Наименование/name, Цена/price,
    Скидка/discount, НДС/vat                                    -- required
    Наценка/markup, Изменяемая цена/editable, Единица/unit,
    NTIN/ntin, Маркировка/marked                                 -- optional

Export writes all twelve columns with Russian names, UTF-8 *with* BOM (so Excel opens Cyrillic
and Kazakh letters correctly) and CRLF line ends; amounts and percents as ``1234.50``;
VAT as the rate code (``16``) or ``без НДС``; editable and marked as ``1``/``0``; unit as its
ОКЕИ code; NTIN as its digits or empty.

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
row is not yielded. Whole-file problems (not UTF-8, empty, wrong separator, missing columns,
broken quoting) raise ``ImportFailed`` at once, with the row errors found so far.
``progress(done_bytes, total_bytes)`` is called about every 64 KiB and at the end;
``cancel.cancel()`` makes the parser raise ``ImportCancelled`` before the next row.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO, NamedTuple

from alsep_desktop.domain.tax import DEFAULT_VAT_TABLE, VatTable
from alsep_desktop.exchange.fields import Duplicates, RowCheck, percent_text
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

_BOM = b"\xef\xbb\xbf"
_CYRILLIC_RE = re.compile(r"[А-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]")


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
) -> ParsedCatalog:
    """Read a whole catalog CSV. See the module docstring for what raises and what is reported."""
    report = ImportReport()
    rows = list(iter_csv(source, vat_table, report, progress=progress, cancel=cancel))
    return ParsedCatalog(rows, report)


def iter_csv(
    source: Source,
    vat_table: VatTable,
    report: ImportReport,
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> Iterator[ProductRow]:
    """Yield the valid rows of a catalog CSV one by one, adding every problem to ``report``."""
    stream, owned = open_binary(source)
    try:
        meter = ProgressMeter(stream_size(stream), progress, cancel)
        meter.check()
        yield from _Reader(stream, vat_table, report, meter).rows()
        meter.finish()
    finally:
        if owned:
            stream.close()


class _Reader:
    def __init__(
        self, stream: BinaryIO, table: VatTable, report: ImportReport, meter: ProgressMeter
    ) -> None:
        self.stream = stream
        self.table = table
        self.report = report
        self.meter = meter
        self.bytes_done = 0
        self.lines = 0

    def _fail(
        self, code: str, message: str, *, line: int | None = None, fld: str | None = None, **params: Any
    ) -> ImportFailed:
        self.report.add(ImportIssue(code, message, line=line, field=fld, params=params))
        return ImportFailed(self.report.errors)

    def _text_lines(self) -> Iterator[str]:
        for raw in self.stream:
            self.lines += 1
            self.bytes_done += len(raw)
            if self.lines == 1:
                if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
                    raise self._fail(
                        IssueCode.NOT_UTF8,
                        "file is UTF-16, not UTF-8 (save it as «CSV UTF-8»)",
                        line=1,
                    )
                raw = raw.removeprefix(_BOM)
            try:
                yield raw.decode("utf-8")
            except UnicodeDecodeError:
                if _looks_cp1251(raw):
                    raise self._fail(IssueCode.NOT_UTF8, "file is not UTF-8 (looks like cp1251?); save it as «CSV UTF-8»",
                                     line=self.lines) from None  # fmt: skip
                raise self._fail(IssueCode.NOT_UTF8, "file is not UTF-8 (unknown encoding); save it as «CSV UTF-8»",
                                 line=self.lines) from None  # fmt: skip

    def _records(self) -> Iterator[tuple[int, list[str]]]:
        """(first physical line, fields) of every non-blank record."""
        reader = csv.reader(self._text_lines(), delimiter=",", quotechar='"', strict=True)
        start = 1
        while True:
            try:
                fields = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raise self._fail(
                    IssueCode.BAD_CSV, "broken CSV ({detail}); check the quotes", line=start, detail=str(exc)
                ) from None
            line, start = start, reader.line_num + 1
            if any(f.strip() for f in fields):
                yield line, fields

    def rows(self) -> Iterator[ProductRow]:
        records = self._records()
        first = next(records, None)
        if first is None:
            raise self._fail(IssueCode.EMPTY, "the file is empty (no header line)")
        index = self._header(first[1])
        width = len(first[1])
        dups = Duplicates()
        row = 0
        for line, fields in records:
            row += 1
            self.report.rows_read += 1
            product = self._row(row, line, fields, width, index, dups)
            if product is not None:
                self.report.rows_ok += 1
                yield product
            self.meter.advance(self.bytes_done)
        if row == 0:
            raise self._fail(IssueCode.EMPTY, "the file has a header but no products")

    def _header(self, names: list[str]) -> dict[str, int]:
        if len(names) == 1:
            if ";" in names[0]:
                raise self._fail(IssueCode.WRONG_SEPARATOR, "columns are separated by semicolons (;); the file "
                                 "must use commas (in Excel: Save as → «CSV UTF-8 (comma delimited)»)", line=1)  # fmt: skip
            if "\t" in names[0]:
                raise self._fail(IssueCode.WRONG_SEPARATOR, "columns are separated by tabs; the file "
                                 "must use commas (in Excel: Save as → «CSV UTF-8 (comma delimited)»)", line=1)  # fmt: skip
            if "|" in names[0]:
                raise self._fail(IssueCode.WRONG_SEPARATOR, "columns are separated by bars (|); the file "
                                 "must use commas (in Excel: Save as → «CSV UTF-8 (comma delimited)»)", line=1)  # fmt: skip
        index: dict[str, int] = {}
        for pos, name in enumerate(names):
            norm = re.sub(r"[\s_]+", " ", name.strip().lower().replace("ё", "е"))
            col = _BY_ALIAS.get(norm)
            if col is None:
                if norm:
                    self.report.add(ImportIssue(IssueCode.UNKNOWN_COLUMN, "column '{value}' is not known and is ignored",
                                                line=1, field=name, severity=Severity.WARNING,
                                                params={"value": name}))  # fmt: skip
                continue
            if col.key in index:
                raise self._fail(
                    IssueCode.DUPLICATE_COLUMN,
                    "column '{value}' appears twice",
                    line=1,
                    fld=col.key,
                    value=col.header,
                )
            index[col.key] = pos
        missing = [c.header for c in COLUMNS if c.required and c.key not in index]
        if missing:
            raise self._fail(
                IssueCode.MISSING_COLUMNS,
                "missing column(s): {value} (found: {found})",
                line=1,
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
        check = RowCheck(self.report, row, line)
        if len(fields) != width:
            if len(fields) > width:
                check.issue(IssueCode.FIELD_COUNT, None, "{count} values instead of {expected}; a comma inside "
                            "a name must be in double quotes", count=len(fields), expected=width)  # fmt: skip
            else:
                check.issue(IssueCode.FIELD_COUNT, None, "{count} values instead of {expected}",
                            count=len(fields), expected=width)  # fmt: skip
            return None

        def get(key: str) -> str:
            pos = index.get(key)
            return fields[pos] if pos is not None else ""

        code = check.text("code", get("code"), required=True, max_len=64)
        group = check.text("group_code", get("group_code"), required=False, max_len=64)
        barcode = check.barcode("barcode", get("barcode"))
        name = check.text("name", get("name"), required=True)
        price = check.price("price", get("price"))
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
        assert code is not None and group is not None and barcode is not None and name is not None
        assert price is not None and discount is not None and markup is not None and vat is not None
        assert editable is not None and unit is not None and ntin is not None and marked is not None
        return ProductRow(code, group, barcode, name, price, discount, markup, vat, editable, unit, ntin, marked)


def _looks_cp1251(raw: bytes) -> bool:
    try:
        guess = raw.decode("cp1251")
    except UnicodeDecodeError:
        guess = ""
    return bool(_CYRILLIC_RE.search(guess))


# -- export --------------------------------------------------------------------


def write_csv(rows: Iterable[ProductRow], dest: Source) -> int:
    """Write ``rows`` as a catalog CSV (UTF-8 with BOM, CRLF). Returns the number of rows."""
    stream, owned = _open_dest(dest)
    try:
        return _write(rows, stream)
    finally:
        if owned:
            stream.close()


def _open_dest(dest: Source) -> tuple[BinaryIO, bool]:
    import io
    import os

    if isinstance(dest, str | os.PathLike):
        return open(dest, "wb"), True  # noqa: SIM115
    if isinstance(dest, io.TextIOBase):
        raise TypeError("pass a path or a binary stream: the exporter writes UTF-8 with BOM itself")
    return dest, False


class _Sink:
    """Text file-like over a binary stream, for ``csv.writer``."""

    def __init__(self, stream: BinaryIO) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        return self.stream.write(text.encode("utf-8"))


def _write(rows: Iterable[ProductRow], stream: BinaryIO) -> int:
    stream.write(_BOM)
    writer = csv.writer(_Sink(stream), delimiter=",", quotechar='"', lineterminator="\r\n")
    writer.writerow([c.header for c in COLUMNS])
    count = 0
    for r in rows:
        writer.writerow([
            r.code, r.group_code, r.barcode, r.name, r.price.plain(), percent_text(r.discount_bp),
            "без НДС" if r.vat == "none" else r.vat, percent_text(r.markup_bp),
            "1" if r.editable_price else "0", r.unit.value, r.ntin, "1" if r.marked else "0",
        ])  # fmt: skip
        count += 1
    return count
