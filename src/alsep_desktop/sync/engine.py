"""The sync engine: pulls the company's change feed into the local mirror and pushes this
register's documents from the durable queue to the cloud (issue 14). Qt-free, own thread.

Selling never waits for it: the counter reads the local mirror only. ``ctx.sync`` is None when
no cloud is configured (single-PC mode).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from alsep_desktop.errors import NotImplementedFeature
from alsep_desktop.sync.status import CloudStatus

log = logging.getLogger(__name__)

Listener = Callable[[CloudStatus], None]


class SyncEngine:
    """Public surface used by the UI and the admin side (contract of issue 14)."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()

    # -- lifecycle -------------------------------------------------------------------------
    def start(self) -> None:
        """Start the background thread (pull + push rounds with backoff)."""
        raise NotImplementedFeature(feature="cloud sync engine")

    def stop(self) -> None:
        """Stop the thread; returns once it has ended (an applied page is never half-written)."""

    # -- state -----------------------------------------------------------------------------
    def status(self) -> CloudStatus:
        raise NotImplementedFeature(feature="cloud sync engine")

    def on_change(self, callback: Listener) -> None:
        """``callback(status)`` after every round that changed the status or the mirror; called
        from the engine's thread (the UI re-posts it to its own thread)."""
        with self._lock:
            self._listeners.append(callback)

    # -- work on demand --------------------------------------------------------------------
    def sync_now(self, timeout: float | None = None) -> None:
        """Pull the feed to its end and push the queue, now, in the caller's thread (serialized
        with the background thread). Raises ``CloudUnreachable``/``CloudRefused``."""
        raise NotImplementedFeature(feature="cloud sync engine")

    def first_mirror(self, progress: Callable[[int, int], None], cancel: threading.Event) -> None:
        """Pull the whole feed with ``progress(done, total)`` after each page; ``cancel.set()``
        stops after the current page (its cursor is kept: the next call resumes there) and raises
        ``MirrorCancelled``."""
        raise NotImplementedFeature(feature="cloud sync engine")
