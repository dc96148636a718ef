"""The list of every issue of an import as a CSV file the operator opens in Excel.

Written as Excel on a Russian or Kazakh Windows opens it by double click: UTF-8 with a BOM, ``;``
between columns, CRLF. Columns: severity, code, file, row, line, column (the header as written in
the imported file), field (the stable key), message (English; the window shows it translated).
Cells that a spreadsheet would run as a formula are escaped like the catalog export.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import BinaryIO

from alsep_desktop.exchange.csv_catalog import escape_cell
from alsep_desktop.exchange.progress import Source
from alsep_desktop.exchange.rows import ImportIssue

HEADER = ("severity", "code", "file", "row", "line", "column", "field", "message")


class _Sink:
    def __init__(self, stream: BinaryIO) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        return self.stream.write(text.encode("utf-8"))


def write_issue_report(issues: Iterable[ImportIssue], dest: Source) -> int:
    """Write ``issues`` to ``dest`` (a path or a binary stream); returns how many were written."""
    if isinstance(dest, str) or hasattr(dest, "__fspath__"):
        with open(dest, "wb") as stream:  # type: ignore[arg-type]
            return _write(issues, stream)
    return _write(issues, dest)  # type: ignore[arg-type]


def _write(issues: Iterable[ImportIssue], stream: BinaryIO) -> int:
    stream.write(b"\xef\xbb\xbf")
    writer = csv.writer(_Sink(stream), delimiter=";", quotechar='"', lineterminator="\r\n")
    writer.writerow(HEADER)
    n = 0
    for i in issues:
        writer.writerow([
            i.severity.value, i.code, escape_cell(i.file or ""), "" if i.row is None else i.row,
            "" if i.line is None else i.line, escape_cell(i.column or ""), escape_cell(i.field or ""),
            escape_cell(i.message),
        ])  # fmt: skip
        n += 1
    return n
