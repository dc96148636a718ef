"""A catalog CSV as text: its encoding and separator, found from the file, and bounded lines.

Excel on a Russian or Kazakh Windows saves «CSV (разделители — точка с запятой)» in Windows-1251
with ``;`` between columns and a decimal comma; «CSV UTF-8» has a BOM and ``,`` or ``;``; «Текст
Юникод» is UTF-16 with tabs. ``open_text`` reads these without options
(docs/decisions/0305-csv-dialect-and-hostile-files.md):

* **Encoding.** A BOM decides (UTF-8, UTF-16). Otherwise the bytes from the first non-ASCII one
  on (at most ``SAMPLE_BYTES``) are tried as strict UTF-8, and if that fails they go to
  ``charset_normalizer`` limited to the Cyrillic code pages. Windows-1251 is read as KZ-1048
  when the bytes where the two differ are there (KZ-1048 puts ә, ғ, қ, ң, ө, ұ, ү, һ where
  Windows-1251 has Serbian and Ukrainian letters no Kazakhstan catalog uses).
* **Separator.** The header line is split by ``,``, ``;``, tab and ``|``; the one that yields
  the most known column names wins. Excel's ``sep=;`` first line is honoured.
* **Bounded lines.** Lines are read with ``readline(limit)``: a line longer than
  ``MAX_LINE_CHARS`` stops the import at once, so a file with no line ends or a million columns
  never sits in memory. A byte that is not text in the chosen encoding names its line.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from alsep_desktop.exchange.rows import ImportFailed, IssueCode, fatal
from alsep_desktop.i18n_marker import QT_TRANSLATE_NOOP

SAMPLE_BYTES = 64 * 1024  # bytes given to the encoding detector
SCAN_BYTES = 1024 * 1024  # how far an all-ASCII beginning is scanned for the first non-ASCII byte
MAX_LINE_CHARS = 64 * 1024  # a catalog line is under 2 KiB; anything near this is not a catalog
DELIMITERS = (",", ";", "\t", "|")
_CYRILLIC_CODEPAGES = ["cp1251", "cp866", "koi8_r", "mac_cyrillic"]
# bytes where KZ-1048 has a Kazakh letter and Windows-1251 a Serbian/Ukrainian/Belarusian one
_KZ1048_ONLY = re.compile(rb"[\x8d\x8e\x9d\x9e\xa1\xa2\xa3\xa5\xaa\xaf\xb4\xba\xbc\xbd\xbe\xbf]")
_SURROGATE = re.compile("[\udc80-\udcff]")
_SEP_LINE = re.compile(r"\s*sep=(.)\s*", re.IGNORECASE)
_BINARY = re.compile(rb"[\x00-\x08\x0e-\x19\x1c-\x1f]")
_NON_ASCII = re.compile(rb"[\x80-\xff]")

ENCODING_NAMES = {
    "utf-8": "UTF-8", "utf-8-sig": "UTF-8", "utf-16": "UTF-16", "cp1251": "Windows-1251",
    "kz1048": "KZ-1048", "cp866": "DOS-866", "koi8-r": "KOI8-R", "mac-cyrillic": "Mac Cyrillic",
}  # fmt: skip
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "bar"}
#: encodings that hold every Kazakh letter (the others turn them into '?')
KAZAKH_SAFE = frozenset({"utf-8", "utf-8-sig", "utf-16", "kz1048"})


@dataclass(frozen=True, slots=True)
class TextFormat:
    """What was found (or forced) about a CSV file. ``encoding`` is a Python codec name."""

    encoding: str
    bom: bool
    delimiter: str
    sep_line: bool = False  # the file starts with Excel's ``sep=;`` line

    @property
    def encoding_name(self) -> str:
        return ENCODING_NAMES.get(self.encoding, self.encoding)

    @property
    def delimiter_name(self) -> str:
        return DELIMITER_NAMES.get(self.delimiter, repr(self.delimiter))

    def describe(self) -> str:
        """``Windows-1251, separator ';'`` — for logs and the command line."""
        bom = " with BOM" if self.bom and self.encoding != "utf-16" else ""
        shown = "tab" if self.delimiter == "\t" else f"'{self.delimiter}'"
        return f"{self.encoding_name}{bom}, separator {shown}"


def detect_encoding(sample: bytes, *, complete: bool) -> tuple[str, bool]:
    """(codec, has BOM) of ``sample``, the bytes from the first non-ASCII one on.

    ``complete`` says the sample holds the whole rest of the file (so a cut UTF-8 sequence at
    its end is an error, not the sample boundary). Raises ``ImportFailed`` for binary data.
    """
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig", True
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16", True
    bad = _BINARY.search(sample)
    if bad is not None:
        raise _binary(bad.start())
    try:
        sample.decode("utf-8")
        return "utf-8", False
    except UnicodeDecodeError as exc:
        if not complete and exc.start >= len(sample) - 3 and exc.reason == "unexpected end of data":
            return "utf-8", False
        if not sample[: exc.start].isascii():  # real UTF-8 first, a stray byte later: the reader names its line
            return "utf-8", False
    from charset_normalizer import from_bytes  # only for files that are not UTF-8 (5 MB of tables)

    best = from_bytes(sample, cp_isolation=_CYRILLIC_CODEPAGES).best()
    if best is None:
        raise fatal(
            IssueCode.NOT_TEXT,
            QT_TRANSLATE_NOOP(
                "ImportIssues", "the file is not text in any known encoding; save the catalog as «CSV UTF-8»"
            ),
        )
    encoding = codecs.lookup(best.encoding).name
    if encoding == "cp1251" and _KZ1048_ONLY.search(sample):
        encoding = "kz1048"
    return encoding, False


def _binary(index: int) -> ImportFailed:
    return fatal(
        IssueCode.NOT_TEXT,
        QT_TRANSLATE_NOOP("ImportIssues", "the file is not text (a binary byte at position "
                          "{position}); save the catalog as CSV"),
        position=index + 1,
    )  # fmt: skip


def detect_delimiter(header: str, known: Callable[[str], bool]) -> str:
    """The separator that splits ``header`` into the most known column names (then most fields)."""

    def score(delim: str) -> tuple[int, int]:
        try:
            names = next(csv.reader([header], delimiter=delim, quotechar='"'), [])
        except csv.Error:
            return (0, 0)
        return (sum(1 for n in names if known(n)), len(names))

    return max(DELIMITERS, key=score)


class _PrefixedRaw(io.RawIOBase):
    """The bytes already read for detection, then the rest of the stream; counts bytes read."""

    def __init__(self, prefix: bytes, stream: BinaryIO) -> None:
        self._prefix = memoryview(prefix)
        self._stream = stream
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        if self._prefix:
            n = min(len(buffer), len(self._prefix))
            buffer[:n] = self._prefix[:n]
            self._prefix = self._prefix[n:]
        else:
            data = self._stream.read(len(buffer))
            n = len(data)
            buffer[:n] = data
        self.count += n
        return n


class TextLines:
    """The lines of a CSV file as text, each at most ``MAX_LINE_CHARS`` long.

    ``line_no`` is the physical line of the last line handed out; ``bytes_read`` feeds progress.
    """

    def __init__(self, raw: _PrefixedRaw, fmt: TextFormat) -> None:
        self.format = fmt
        self._raw = raw
        self._text = io.TextIOWrapper(io.BufferedReader(raw, 64 * 1024), encoding=fmt.encoding,
                                      errors="surrogateescape", newline="")  # fmt: skip
        self.line_no = 0

    @property
    def bytes_read(self) -> int:
        return self._raw.count

    def __iter__(self) -> Iterator[str]:
        readline = self._text.readline
        while True:
            line = readline(MAX_LINE_CHARS + 1)
            if not line:
                return
            self.line_no += 1
            if len(line) > MAX_LINE_CHARS and not line.endswith(("\n", "\r")):
                raise fatal(
                    IssueCode.LINE_TOO_LONG,
                    QT_TRANSLATE_NOOP("ImportIssues", "a line is longer than {limit} characters; "
                                      "this is not a catalog CSV"),
                    line=self.line_no,
                    limit=MAX_LINE_CHARS,
                )  # fmt: skip
            if _SURROGATE.search(line) is not None:
                raise fatal(
                    IssueCode.BAD_ENCODING,
                    QT_TRANSLATE_NOOP("ImportIssues", "this line cannot be read as {encoding}; "
                                      "save the file as «CSV UTF-8»"),
                    line=self.line_no,
                    encoding=self.format.encoding_name,
                )  # fmt: skip
            yield line


def open_text(
    stream: BinaryIO,
    known: Callable[[str], bool],
    *,
    encoding: str | None = None,
    delimiter: str | None = None,
) -> TextLines:
    """Detect (or take) the encoding and separator of ``stream`` and return its lines.

    ``known(name)`` says whether a header cell is a column name; it picks the separator.
    Only a bounded prefix of the file is read ahead; the rest streams.
    """
    prefix, first_non_ascii, eof = _read_prefix(stream)
    if encoding is None:
        start = first_non_ascii if first_non_ascii is not None else 0
        if prefix.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            start = 0
        sample = prefix[start : start + SAMPLE_BYTES]
        if start and _BINARY.search(prefix, 0, start):
            raise _binary(_BINARY.search(prefix, 0, start).start())  # type: ignore[union-attr]
        enc, bom = detect_encoding(sample, complete=eof and start + SAMPLE_BYTES >= len(prefix))
    else:
        enc = _codec(encoding)
        bom = prefix.startswith(codecs.BOM_UTF8) or prefix.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
        if enc == "utf-8" and prefix.startswith(codecs.BOM_UTF8):
            enc = "utf-8-sig"
    head = prefix[:SAMPLE_BYTES].decode(enc, errors="replace")
    header, sep_line = "", False
    for line in head.splitlines():
        if not line.strip():
            continue
        m = _SEP_LINE.fullmatch(line)
        if m and not sep_line and not header:
            sep_line, delimiter = True, delimiter or m.group(1)
            continue
        header = line
        break
    delim = delimiter or detect_delimiter(header, known)
    return TextLines(_PrefixedRaw(prefix, stream), TextFormat(enc, bom, delim, sep_line))


def _codec(name: str) -> str:
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        raise fatal(
            IssueCode.BAD_ENCODING, QT_TRANSLATE_NOOP("ImportIssues", "unknown encoding «{encoding}»"), encoding=name
        ) from None
    return {"utf-8-sig": "utf-8", "windows-1251": "cp1251"}.get(codec, codec)


def _read_prefix(stream: BinaryIO) -> tuple[bytes, int | None, bool]:
    """(bytes read, index of the first non-ASCII byte or None, end of file reached)."""
    chunks: list[bytes] = []
    size = 0
    while size < SCAN_BYTES:
        chunk = stream.read(SAMPLE_BYTES)
        if not chunk:
            return b"".join(chunks), None, True
        chunks.append(chunk)
        m = _NON_ASCII.search(chunk)
        if m is not None:
            more = b""
            if len(chunk) - m.start() < SAMPLE_BYTES // 4:  # room for the detector after that byte
                more = stream.read(SAMPLE_BYTES)
                if more:
                    chunks.append(more)
            return b"".join(chunks), size + m.start(), len(more or chunk) < SAMPLE_BYTES
        size += len(chunk)
    return b"".join(chunks), None, False
