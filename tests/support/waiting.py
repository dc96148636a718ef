"""Wait for a condition with a bound instead of sleeping and then asserting (decision 2151).

A fixed sleep is either too short on a loaded 2-core machine (a flaky failure) or longer than
needed everywhere else; ``wait_until`` returns as soon as the condition holds and fails with a
message naming it when the bound passes. Qt tests use ``qtbot.waitUntil`` instead (it keeps the
event loop turning)."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def wait_until(predicate: Callable[[], T], *, timeout: float = 10.0, interval: float = 0.02,
               what: str = "") -> T:
    """Call ``predicate`` every ``interval`` seconds until it returns something truthy, and return
    that; raise AssertionError after ``timeout`` seconds, naming ``what`` and the last value."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() >= deadline:
            name = what or getattr(predicate, "__name__", "the condition")
            raise AssertionError(f"timed out after {timeout:g} s waiting for {name} (last value: {value!r})")
        time.sleep(interval)
