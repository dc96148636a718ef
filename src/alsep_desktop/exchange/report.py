"""The list of every issue of an import as a CSV file the operator opens in Excel.

Written in the app's one CSV dialect (``csv_out``, decision 2041: UTF-8 with a BOM, ``;``, CRLF,
formula-like text escaped). Columns: severity, code, file, row, line, column (the header as written
in the imported file), field (the stable key), message. The command line writes the English
message; the window passes ``labels`` (its translation of the marked labels below) and ``describe``
(the issue in the window's language), so the file reads like the window.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from alsep_desktop.exchange.csv_out import open_csv
from alsep_desktop.exchange.progress import Source
from alsep_desktop.exchange.rows import ImportIssue, Severity
from alsep_desktop.i18n_marker import QT_TRANSLATE_NOOP

HEADER = (
    QT_TRANSLATE_NOOP("CsvExport", "Severity"), QT_TRANSLATE_NOOP("CsvExport", "Code"),
    QT_TRANSLATE_NOOP("CsvExport", "File"), QT_TRANSLATE_NOOP("CsvExport", "Row"),
    QT_TRANSLATE_NOOP("CsvExport", "Line"), QT_TRANSLATE_NOOP("CsvExport", "Column"),
    QT_TRANSLATE_NOOP("CsvExport", "Field"), QT_TRANSLATE_NOOP("CsvExport", "Message"),
)  # fmt: skip
SEVERITY = {Severity.ERROR: QT_TRANSLATE_NOOP("CsvExport", "error"),
            Severity.WARNING: QT_TRANSLATE_NOOP("CsvExport", "warning")}  # fmt: skip


def _same(_context: str, text: str) -> str:
    return text


def write_issue_report(issues: Iterable[ImportIssue], dest: Source, *, labels: Callable[[str, str], str] = _same,
                       describe: Callable[[ImportIssue], str] | None = None) -> int:
    """Write ``issues`` to ``dest`` (a path or a binary stream); returns how many were written."""
    with open_csv(dest) as out:
        out.row(labels("CsvExport", h) for h in HEADER)
        for i in issues:
            out.row([
                labels("CsvExport", SEVERITY[i.severity]), i.code, i.file or "", i.row, i.line, i.column or "",
                i.field or "", describe(i) if describe is not None else i.message,
            ])  # fmt: skip
        return out.rows - 1
