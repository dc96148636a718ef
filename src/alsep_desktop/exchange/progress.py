"""Progress reporting and cancellation for long imports (no threads, no Qt).

The parser calls ``ProgressMeter.advance(done_bytes)`` as it reads; the meter forwards to the
caller's ``progress(done_bytes, total_bytes)`` at most every ``step_bytes`` (and once at the end),
and raises ``ImportCancelled`` as soon as the ``CancelToken`` is set. ``total_bytes`` is 0
when the size of the source is unknown (a pipe).
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from typing import BinaryIO

from alsep_desktop.exchange.rows import ImportCancelled, IssueCode, fatal
from alsep_desktop.i18n_marker import QT_TRANSLATE_NOOP

ProgressCallback = Callable[[int, int], None]

Source = str | os.PathLike[str] | BinaryIO


class CancelToken:
    """Set from any thread with ``cancel()``; the parser checks ``cancelled`` between rows."""

    __slots__ = ("_cancelled",)

    def __init__(self) -> None:
        self._cancelled = False

    def cancel(self) -> None:
        self._cancelled = True

    @property
    def cancelled(self) -> bool:
        return self._cancelled


class ProgressMeter:
    def __init__(
        self,
        total_bytes: int,
        progress: ProgressCallback | None,
        cancel: CancelToken | None,
        *,
        step_bytes: int = 64 * 1024,
    ) -> None:
        self.total = total_bytes
        self.done = 0
        self._progress = progress
        self._cancel = cancel
        self._step = step_bytes
        self._next = step_bytes

    def check(self) -> None:
        if self._cancel is not None and self._cancel.cancelled:
            raise ImportCancelled(done_bytes=self.done, total_bytes=self.total)

    def advance(self, done_bytes: int) -> None:
        self.done = done_bytes
        self.check()
        if self._progress is not None and done_bytes >= self._next:
            self._next = done_bytes + self._step
            self._progress(done_bytes, self.total)

    def finish(self) -> None:
        if self._progress is not None:
            self._progress(self.done, max(self.total, self.done))


def open_binary(source: Source) -> tuple[BinaryIO, bool]:
    """The binary stream of ``source`` and whether we opened it (and must close it).

    A path that cannot be opened is an ``ImportFailed`` naming the file (never an ``OSError``).
    """
    if isinstance(source, str | os.PathLike):
        return open_path(source), True
    if isinstance(source, io.TextIOBase):
        raise TypeError("pass a path or a binary stream: the importer checks the encoding itself")
    return source, False


def open_path(path: str | os.PathLike[str]) -> BinaryIO:
    """``open(path, "rb")``, with the usual failures as ``ImportFailed`` (not found, a folder, no rights)."""
    name = os.path.basename(os.fspath(path)) or os.fspath(path)
    try:
        return open(path, "rb")  # noqa: SIM115 - closed by the caller
    except FileNotFoundError:
        raise fatal(IssueCode.NOT_FOUND, QT_TRANSLATE_NOOP("ImportIssues", "file {file} does not exist"),
                    file=os.fspath(path)) from None  # fmt: skip
    except IsADirectoryError:
        raise fatal(IssueCode.UNREADABLE, QT_TRANSLATE_NOOP("ImportIssues", "{file} is a folder, not a file"),
                    file=name) from None  # fmt: skip
    except PermissionError:
        raise fatal(IssueCode.UNREADABLE, QT_TRANSLATE_NOOP("ImportIssues", "no permission to read {file}"),
                    file=os.fspath(path)) from None  # fmt: skip
    except OSError as exc:
        raise fatal(IssueCode.UNREADABLE, QT_TRANSLATE_NOOP("ImportIssues", "cannot read {file}: {reason}"),
                    file=os.fspath(path), reason=exc.strerror or str(exc)) from None  # fmt: skip


def stream_size(stream: BinaryIO) -> int:
    """Bytes left to read in ``stream``, or 0 when unknown."""
    try:
        here = stream.tell()
        end = stream.seek(0, io.SEEK_END)
        stream.seek(here)
        return max(end - here, 0)
    except (OSError, AttributeError, io.UnsupportedOperation):
        return 0


class CountingReader(io.RawIOBase):
    """Wraps a binary stream, counting bytes read; feeds ``ProgressMeter`` for XML parsing."""

    def __init__(self, stream: BinaryIO, meter: ProgressMeter, offset: int = 0) -> None:
        self._stream = stream
        self._meter = meter
        self._offset = offset
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        data = self._stream.read(len(buffer))
        n = len(data)
        buffer[:n] = data
        self.count += n
        self._meter.advance(self._offset + self.count)
        return n

    def read(self, size: int = -1) -> bytes:
        data = self._stream.read(size)
        self.count += len(data)
        self._meter.advance(self._offset + self.count)
        return data
