"""Clock protocol: the only way the app reads the time. Tests drive a FakeClock."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

ALMATY = ZoneInfo("Asia/Almaty")


class Clock(Protocol):
    def now(self) -> datetime:
        """Current time, timezone-aware (Asia/Almaty)."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(ALMATY)


class FakeClock:
    def __init__(self, start: datetime | None = None) -> None:
        start = start or datetime(2026, 1, 15, 9, 0, tzinfo=ALMATY)
        if start.tzinfo is None:
            raise ValueError("FakeClock needs an aware start time")
        self._now = start
        self._lock = threading.Lock()

    def now(self) -> datetime:
        with self._lock:
            return self._now

    def advance(self, delta: timedelta) -> datetime:
        with self._lock:
            self._now += delta
            return self._now

    def set(self, when: datetime) -> None:
        if when.tzinfo is None:
            raise ValueError("aware datetime required")
        with self._lock:
            self._now = when
