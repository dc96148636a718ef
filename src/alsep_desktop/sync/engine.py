"""The sync engine: pulls the company's change feed into the local mirror and pushes this
register's documents from the durable queue to the cloud (issue 14). Qt-free, own thread.

Selling never waits for it: the counter reads the local mirror only. ``ctx.sync`` is None when
no cloud is configured (single-PC mode). One round = pull the feed to its end, then push the
queue; rounds run every ``interval`` seconds, at once after ``wake()`` (a document was written),
and with a growing pause (1 s … ``max_backoff``) while the cloud cannot be reached. The last
mirror stays usable offline.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from alsep_desktop.app.clock import Clock
from alsep_desktop.errors import AlsepError
from alsep_desktop.store.uow import UowFactory
from alsep_desktop.sync.credentials import DeviceCredential, load_device_credential
from alsep_desktop.sync.errors import CloudRefused, CloudUnreachable
from alsep_desktop.sync.http import CloudHttp
from alsep_desktop.sync.mirror import FeedPuller
from alsep_desktop.sync.push import QueuePusher
from alsep_desktop.sync.status import CloudStatus

log = logging.getLogger(__name__)

Listener = Callable[[CloudStatus], None]


class SyncEngine:
    """Public surface used by the UI and the admin side (contract of issue 14)."""

    def __init__(self, uow: UowFactory, clock: Clock, credential: DeviceCredential, *, http: CloudHttp | None = None,
                 interval: float = 5.0, max_backoff: float = 60.0, page_size: int = 1000) -> None:
        self._uow = uow
        self._clock = clock
        self.credential = credential
        self.http = http or CloudHttp(credential.cloud_url)
        self.interval = interval
        self.max_backoff = max_backoff
        self.puller = FeedPuller(uow, clock, self.http, credential, page_size=page_size)
        self.pusher = QueuePusher(uow, clock, self.http, credential)
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()          # listeners and status
        self._round = threading.Lock()         # one round at a time (thread, sync_now, first_mirror)
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._status = CloudStatus(configured=True, online=False, last_synced_at=None, offline_since=None,
                                   waiting=0, error_code=None, mirror_done=None, mirror_total=None)
        self._failures = 0

    # -- lifecycle -------------------------------------------------------------------------
    def start(self) -> None:
        """Start the background thread (pull + push rounds with backoff)."""
        if self._thread is not None and self._thread.is_alive():
            return
        self._stop.clear()
        self._refresh_waiting()
        self._thread = threading.Thread(target=self._run, name="alsep-cloud-sync", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 30.0) -> None:
        """Stop the thread; returns once it has ended (an applied page is never half-written)."""
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
        self.http.close()

    def wake(self) -> None:
        """A document was written: push it now rather than at the next interval."""
        self._wake.set()

    # -- state -----------------------------------------------------------------------------
    def status(self) -> CloudStatus:
        with self._lock:
            return self._status

    def on_change(self, callback: Listener) -> None:
        """``callback(status)`` after every round that changed the status or the mirror; called
        from the engine's thread (the UI re-posts it to its own thread)."""
        with self._lock:
            self._listeners.append(callback)

    # -- work on demand --------------------------------------------------------------------
    def sync_now(self, timeout: float | None = None) -> None:
        """Pull the feed to its end and push the queue, now, in the caller's thread (serialized
        with the background thread). Raises ``CloudUnreachable``/``CloudRefused``."""
        if not self._round.acquire(timeout=-1 if timeout is None else timeout):
            raise CloudUnreachable(url=self.http.base_url, reason="a sync round is still running")
        try:
            self._one_round(timeout=timeout, force=True)
        finally:
            self._round.release()

    def first_mirror(self, progress: Callable[[int, int], None], cancel: threading.Event) -> None:
        """Pull the whole feed with ``progress(done, total)`` after each page; ``cancel.set()``
        stops after the current page (its cursor is kept: the next call resumes there) and raises
        ``MirrorCancelled``."""
        def report(done: int, total: int) -> None:
            self._set(mirror_done=done, mirror_total=total)
            progress(done, total)

        with self._round:
            try:
                self.puller.pull(progress=report, cancel=cancel)
                self._ok()
            except CloudUnreachable as exc:
                self._failed(exc)
                raise
            finally:
                self._set(mirror_done=None, mirror_total=None)

    # -- the thread ------------------------------------------------------------------------
    def _run(self) -> None:
        while not self._stop.is_set():
            with self._round:
                try:
                    self._one_round(stop=self._stop)
                except AlsepError:
                    pass  # recorded in the status by _one_round
                except Exception:  # a bug must not kill the thread silently: say it, keep going
                    log.exception("cloud sync round failed")
                    self._set(online=False, error_code="internal")
                    self._failures += 1
            pause = self.interval if self._failures == 0 else min(self.max_backoff, 2.0 ** (self._failures - 1))
            self._wake.wait(pause)
            self._wake.clear()

    def _one_round(self, *, timeout: float | None = None, stop: threading.Event | None = None,
                   force: bool = False) -> None:
        try:
            pulled = self.puller.pull(timeout=timeout, stop=stop)
            self.pusher.push(timeout=timeout, stop=stop, force=force)
        except (CloudUnreachable, CloudRefused) as exc:
            self._failed(exc)
            raise
        self._ok(changed=pulled > 0)

    def _ok(self, *, changed: bool = False) -> None:
        self._failures = 0
        refused = self.pusher.last_refused
        self._refresh_waiting(online=True, last_synced_at=self._clock.now(), offline_since=None,
                              error_code=refused.code if refused is not None else None, force_notify=changed)

    def _failed(self, exc: AlsepError) -> None:
        self._failures += 1
        code = exc.code
        if isinstance(exc, CloudRefused) and exc.cloud_code.startswith("auth."):
            code = exc.cloud_code  # the credential is no longer valid (unbound, blocked register)
        with self._lock:
            since = self._status.offline_since
        online = isinstance(exc, CloudRefused)
        self._refresh_waiting(online=online, error_code=code,
                              offline_since=None if online else (since or self._clock.now()))

    def _refresh_waiting(self, force_notify: bool = False, **changes: object) -> None:
        try:
            with self._uow(read_only=True) as w:
                changes["waiting"] = w.sync.waiting_count()
        except AlsepError:
            log.warning("the push queue could not be counted", exc_info=True)
        self._set(force_notify=force_notify, **changes)

    def _set(self, force_notify: bool = False, **changes: object) -> None:
        with self._lock:
            old = self._status
            new = replace(old, **changes)  # type: ignore[arg-type]
            self._status = new
            listeners = list(self._listeners)
        if new == old and not force_notify:
            return
        for cb in listeners:
            try:
                cb(new)
            except Exception:
                log.exception("a cloud status listener failed")



def make_sync_engine(ctx: Any) -> SyncEngine | None:
    """The engine of this PC's device credential (``ctx``: the AppContext), or None (single-PC mode)."""
    credential = load_device_credential(ctx.vault)
    if credential is None:
        return None
    return SyncEngine(ctx.uow, ctx.clock, credential)


def forget_sync_state(uow: UowFactory) -> None:
    """Unbound: stop queueing documents for the cloud (the mirror stays as the last copy)."""
    with uow() as w:
        w.sync.unbind()
        w.commit()
