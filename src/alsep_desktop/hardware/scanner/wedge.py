"""Keyboard-wedge scanners: tell a scanner burst from a human typing, without Qt.

The UI's event filter feeds every key as ``(char, timestamp_seconds)``. A scanner types
fast (a few ms between keys) and ends with a terminator (Enter or Tab); a person is slower.
``feed`` returns what became known: completed scans, and text that turned out to be
typed by a human (to be handed back to the focused widget).

The UI feeds it only keys it may hold back: never those meant for a focused text input, unless
a ``prefix`` is set (a scanner programmed to send it first), and then only while the burst still
starts with that prefix (:meth:`WedgeDecoder.continues_prefix`).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class WedgeScan:
    code: str
    prefix_len: int = 0  # keys of the prefix taken off ``code``


@dataclass(frozen=True, slots=True)
class WedgeTyped:
    text: str


WedgeOutput = WedgeScan | WedgeTyped


@dataclass
class WedgeDecoder:
    max_gap: float = 0.035  # seconds between two keys of one scan
    min_length: int = 4  # shorter bursts are typing
    terminators: str = "\r\n\t"
    end_without_terminator: bool = False  # some scanners send no suffix: end a burst by silence
    prefix: str = ""  # a scanner programmed to send it first: such bursts are scans in text fields too
    _buf: list[str] = field(default_factory=list)
    _last: float | None = None
    _slow: bool = False  # a gap in the buffer was longer than max_gap

    def feed(self, char: str, at: float) -> list[WedgeOutput]:
        out: list[WedgeOutput] = []
        if self._last is not None and at - self._last > self.max_gap:
            out += self._flush_stale()
        if char in self.terminators:
            if self._buf and not self._slow and len(self._buf) >= self.min_length:
                out.append(self._scan("".join(self._buf)))
            else:
                out.append(WedgeTyped("".join(self._buf) + char))
            self._reset()
            return out
        if self._buf and self._last is not None and at - self._last > self.max_gap:
            self._slow = True
        self._buf.append(char)
        self._last = at
        return out

    def _flush_stale(self) -> list[WedgeOutput]:
        """The previous burst ended by silence."""
        if not self._buf:
            return []
        text = "".join(self._buf)
        fast = not self._slow and len(self._buf) >= self.min_length
        self._reset()
        if fast and self.end_without_terminator:
            return [self._scan(text)]
        return [WedgeTyped(text)]

    def _scan(self, text: str) -> WedgeScan:
        if self.prefix and text.startswith(self.prefix) and len(text) > len(self.prefix):
            return WedgeScan(text[len(self.prefix):], len(self.prefix))
        return WedgeScan(text)

    def continues_prefix(self, char: str, at: float) -> bool:
        """True when ``char`` (at ``at``) continues a burst that begins with ``prefix``: a key
        of the prefix itself, any key after the whole prefix, or the terminator of such a burst.
        Always False without a prefix."""
        if not self.prefix:
            return False
        stale = self._last is not None and at - self._last > self.max_gap
        pending = "" if stale else self.pending
        if char in self.terminators:
            return len(pending) > len(self.prefix) and pending.startswith(self.prefix)
        text = pending + char
        n = min(len(text), len(self.prefix))
        return text[:n] == self.prefix[:n]

    def poll(self, now: float) -> list[WedgeOutput]:
        """Call from a timer: releases a buffer that has been silent longer than ``max_gap``."""
        if self._last is not None and now - self._last > self.max_gap:
            return self._flush_stale()
        return []

    @property
    def pending(self) -> str:
        return "".join(self._buf)

    def _reset(self) -> None:
        self._buf = []
        self._last = None
        self._slow = False
