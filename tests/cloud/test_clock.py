"""The cloud's clock (decision 2150): the wall clock in production, a settable one in tests."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta, timezone

import pytest

from alsep_cloud.clock import SettableClock, SystemClock
from alsep_cloud.config import CloudConfig
from alsep_cloud.services.context import CloudContext


def test_the_settable_clock_stands_still_until_moved() -> None:
    start = datetime(2026, 3, 1, 9, 0, tzinfo=timezone(timedelta(hours=5)))
    clock = SettableClock(start)
    assert clock.now() == start and clock.now().tzinfo is UTC  # kept in UTC
    assert clock.now() == clock.now()
    assert clock.advance(timedelta(minutes=5)) == start + timedelta(minutes=5) == clock.now()
    clock.set(datetime(2026, 3, 2, tzinfo=UTC))
    assert clock.now() == datetime(2026, 3, 2, tzinfo=UTC)


def test_the_settable_clock_refuses_a_naive_time() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        SettableClock(datetime(2026, 3, 1))
    with pytest.raises(ValueError, match="timezone-aware"):
        SettableClock().set(datetime(2026, 3, 1))


def test_advances_from_many_threads_all_count() -> None:
    clock = SettableClock(datetime(2026, 1, 1, tzinfo=UTC))
    threads = [threading.Thread(target=lambda: [clock.advance(timedelta(seconds=1)) for _ in range(500)])
               for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert clock.now() == datetime(2026, 1, 1, tzinfo=UTC) + timedelta(seconds=2000)


def test_the_context_reads_its_clock_and_defaults_to_the_wall_clock() -> None:
    clock = SettableClock(datetime(2030, 1, 1, tzinfo=UTC))
    fields = dict(config=CloudConfig(db_url="sqlite://"), engine=None, sessions=None, passwords=None, signer=None,
                  pepper="p")
    assert CloudContext(**fields, clock=clock).now() == datetime(2030, 1, 1, tzinfo=UTC)
    wall = CloudContext(**fields)
    assert isinstance(wall.clock, SystemClock)
    assert abs(wall.now() - datetime.now(UTC)) < timedelta(seconds=5)
