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

from alsep_desktop.exchange.rows import ImportCancelled

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
    """The binary stream of ``source`` and whether we opened it (and must close it)."""
    if isinstance(source, str | os.PathLike):
        return open(source, "rb"), True  # noqa: SIM115 - closed by the caller
    if isinstance(source, io.TextIOBase):
        raise TypeError("pass a path or a binary stream: the importer checks the encoding itself")
    return source, False


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
