"""The cloud's clock: every time the cloud reads (token issue and expiry, lockouts, created_at,
updated_at, received_at, the day of a report) comes from ``CloudContext.clock`` (decision 2150).

The cloud keeps its own small clock instead of the desktop's ``kernel.Clock``: it may import
only the pure domain (import-linter's contract), and it lives in UTC, not in Almaty's zone.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The current instant, timezone-aware (UTC)."""
        ...


class SystemClock:
    """The wall clock."""

    def now(self) -> datetime:
        return datetime.now(UTC)


class SettableClock:
    """A clock that stands still until it is set or advanced: tests move it past a lockout or a
    token's lifetime instead of sleeping. Safe to share with the server's worker threads."""

    def __init__(self, start: datetime | None = None) -> None:
        self._now = _aware(start) if start is not None else datetime.now(UTC)
        self._lock = threading.Lock()

    def now(self) -> datetime:
        with self._lock:
            return self._now

    def set(self, when: datetime) -> None:
        with self._lock:
            self._now = _aware(when)

    def advance(self, by: timedelta) -> datetime:
        with self._lock:
            self._now += by
            return self._now


def _aware(when: datetime) -> datetime:
    if when.tzinfo is None:
        raise ValueError("the cloud's clock takes a timezone-aware datetime")
    return when.astimezone(UTC)
