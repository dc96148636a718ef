"""Every CSV the app writes, in one dialect (decision 2041): the one the catalog importer reads best
and Excel on a Russian or Kazakh Windows opens by double click with the right columns.

* UTF-8 with a BOM (Excel takes the BOM as «this is UTF-8»; Windows-1251 has no Kazakh letters);
* ``;`` between columns (the list separator of ru-RU and kk-KZ), CRLF, minimal quoting (RFC 4180);
* amounts with a decimal comma and no thousands separator (``1234,50``, ``-500,00``), quantities
  ``1,250`` (whole pieces ``2``), percents ``12,50``, dates ``07.12.2026``, times
  ``07.12.2026 13:05:00`` (Asia/Almaty, as given);
* a text cell a spreadsheet would run as a formula (``=``, ``+``, ``-``, ``@``, tab, CR) gets a
  leading ``'`` (decision 0305; the catalog import takes it off again). Number cells (``Number``,
  made by the helpers below, and ints) are never escaped, so ``-500,00`` stays a number.

A file named by a path is written next to its place and renamed over it at the end: an error half
way leaves the old file (or none), never half a file.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO

from alsep_desktop.domain.money import Money
from alsep_desktop.domain.quantity import Quantity
from alsep_desktop.exchange.progress import Source

BOM = b"\xef\xbb\xbf"
ENCODING = "utf-8"
DELIMITER = ";"
LINE_END = "\r\n"
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class Number(str):
    """A cell that holds a number as Excel reads it: written as it is, never escaped."""

    __slots__ = ()


def escape_cell(value: str) -> str:
    """``value`` with a leading ``'`` when a spreadsheet would run it (``=``, ``+``, ``-``, ``@``,
    tab, CR), or when it already starts with ``'`` before one of those (so the import can tell)."""
    if value and (value[0] in FORMULA_START or (value[0] == "'" and value[1:2] in (*FORMULA_START, "'"))):
        return "'" + value
    return value


def unescape_cell(cell: str) -> str:
    """The inverse of ``escape_cell``."""
    if cell[:1] == "'" and cell[1:2] and cell[1:2] in (*FORMULA_START, "'"):
        return cell[1:]
    return cell


def money_cell(amount: Money) -> Number:
    """``-1234,50``: a decimal comma, no thousands separator."""
    return Number(amount.plain().replace(".", ","))


def quantity_cell(quantity: Quantity) -> Number:
    """``1,250`` (kg, l, m), ``2`` (whole pieces), signed."""
    sign = "-" if quantity.milli < 0 else ""
    whole, frac = divmod(abs(quantity.milli), 1000)
    return Number(f"{sign}{whole}" if frac == 0 and not quantity.unit.weighed else f"{sign}{whole},{frac:03d}")


def percent_cell(bp: int) -> Number:
    """Basis points as ``12,50``."""
    whole, frac = divmod(bp, 100)
    return Number(f"{whole},{frac:02d}")


def date_cell(day: date) -> Number:
    return Number(day.strftime("%d.%m.%Y"))


def time_cell(at: datetime) -> Number:
    return Number(at.strftime("%d.%m.%Y %H:%M:%S"))


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, Number):
        return str(value)
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int):
        return str(value)
    return escape_cell(str(value))


class _Sink:
    """Text file-like over a binary stream, for ``csv.writer``."""

    def __init__(self, stream: BinaryIO) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        return self.stream.write(text.encode(ENCODING))


class CsvOut:
    """Rows into an open binary stream, the BOM first."""

    def __init__(self, stream: BinaryIO) -> None:
        stream.write(BOM)
        self._writer = csv.writer(_Sink(stream), delimiter=DELIMITER, quotechar='"', lineterminator=LINE_END)
        self.rows = 0

    def row(self, cells: Iterable[object] = ()) -> None:
        """One line; ``str`` cells are text (escaped), ``Number`` and ``int`` cells numbers."""
        self._writer.writerow([_cell(c) for c in cells])
        self.rows += 1


@contextlib.contextmanager
def open_csv(dest: Source) -> Iterator[CsvOut]:
    """A ``CsvOut`` on a path (written whole or not at all) or on a binary stream (left open)."""
    if isinstance(dest, io.TextIOBase):
        raise TypeError("pass a path or a binary stream: the CSV writer writes UTF-8 with BOM itself")
    if not isinstance(dest, str | os.PathLike):
        yield CsvOut(dest)
        return
    path = Path(dest)
    tmp = path.with_name(f".{path.name}.part")
    try:
        with open(tmp, "wb") as stream:
            yield CsvOut(stream)
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
