"""A small in-process event bus. Core code emits; ui/ re-emits on the GUI thread.

Listeners implement ``on_event_<name>(**payload)`` and call ``bus.register(self)``.
"""

from __future__ import annotations

import logging
import threading
from collections import defaultdict
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)

# Event names used across the app; each is emitted and subscribed somewhere in src/
# (tests/unit/arch/test_arch_events.py). The UI learns of catalog and shift changes from the
# operation's Changes (ui/ops.py), not from the bus (decision 2152).
OFD_STATUS = "ofd_status"
OUTBOX_CHANGED = "outbox_changed"


class EventBus:
    def __init__(self) -> None:
        self._callbacks: dict[str, list[Callable[..., Any]]] = defaultdict(list)
        self._lock = threading.Lock()

    def subscribe(self, name: str, callback: Callable[..., Any]) -> None:
        with self._lock:
            self._callbacks[name].append(callback)

    def unsubscribe(self, name: str, callback: Callable[..., Any]) -> None:
        with self._lock:
            if callback in self._callbacks[name]:
                self._callbacks[name].remove(callback)

    def register(self, listener: object) -> None:
        for attr in dir(listener):
            if attr.startswith("on_event_"):
                self.subscribe(attr.removeprefix("on_event_"), getattr(listener, attr))

    def emit(self, name: str, **payload: Any) -> None:
        with self._lock:
            callbacks = list(self._callbacks.get(name, ()))
        for cb in callbacks:
            try:
                cb(**payload)
            except Exception:  # a faulty listener must not break the emitter
                log.exception("listener for event %s failed", name)
