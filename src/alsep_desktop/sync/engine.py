"""The sync engine: pulls the company's change feed into the local mirror and pushes this
register's documents from the durable queue to the cloud (issue 14). Qt-free, own threads.

Selling never waits for it: the counter reads the local mirror only. ``ctx.sync`` is None when
no cloud is configured (single-PC mode). The last mirror stays usable offline (decision 1408).
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import replace

from alsep_desktop.cloud_client.credentials import DeviceCredential, load_device_credential
from alsep_desktop.cloud_client.errors import CloudRefused, CloudUnreachable
from alsep_desktop.cloud_client.http import CloudHttp
from alsep_desktop.cloud_client.status import CloudStatus
from alsep_desktop.errors import AlsepError
from alsep_desktop.kernel.clock import Clock
from alsep_desktop.secrets import Vault
from alsep_desktop.store.uow import UowFactory
from alsep_desktop.sync.mirror import FeedPuller
from alsep_desktop.sync.push import QueuePusher

log = logging.getLogger(__name__)

Listener = Callable[[CloudStatus], None]


class SyncEngine:
    """Public surface used by the UI and the admin side (contract of issue 14).

    Two threads: the *puller* long-polls the feed (``long_poll`` s; the cloud answers as soon
    as something changed) and applies pages; the *pusher* sends the queue when woken (a document
    was written) or every ``interval`` s. Either backs off 1, 2, 4 … ``max_backoff`` s while the
    cloud cannot be reached. ``sync_now``/``first_mirror`` run in the caller's thread; a page
    applied twice is impossible (each page's transaction checks the stored cursor).
    """

    def __init__(self, uow: UowFactory, clock: Clock, credential: DeviceCredential, *, http: CloudHttp | None = None,
                 interval: float = 5.0, max_backoff: float = 60.0, page_size: int | None = None,
                 long_poll: float = 20.0) -> None:
        self._uow = uow
        self._clock = clock
        self.credential = credential
        self.http = http or CloudHttp(credential.cloud_url)
        self.interval = interval
        self.max_backoff = max_backoff
        self.long_poll = long_poll
        self.puller = FeedPuller(uow, clock, self.http, credential, page_size=page_size or 1000,
                                 mirror_page_size=page_size or 5000)
        self.pusher = QueuePusher(uow, clock, self.http, credential)
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()          # listeners and status
        self._push_lock = threading.Lock()     # one pusher at a time (thread, sync_now)
        self._pull_lock = threading.Lock()     # one puller at a time (thread, sync_now, first_mirror)
        self._step_aside = threading.Event()   # work on demand wants the feed: the thread pauses
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._status = CloudStatus(configured=True, online=False, last_synced_at=None, offline_since=None,
                                   waiting=0, error_code=None, mirror_done=None, mirror_total=None)
        self._failures = {"pull": 0, "push": 0}

    # -- lifecycle -------------------------------------------------------------------------
    def start(self) -> None:
        """Start the background threads (pull and push with backoff)."""
        if any(t.is_alive() for t in self._threads):
            return
        self._stop.clear()
        self._refresh_waiting()
        self._threads = [threading.Thread(target=self._run_pull, name="alsep-cloud-pull", daemon=True),
                         threading.Thread(target=self._run_push, name="alsep-cloud-push", daemon=True)]
        for t in self._threads:
            t.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Stop the threads. A long poll in flight is abandoned (daemon thread): a page is applied
        with its cursor in one transaction, so nothing is ever half-written."""
        self._stop.set()
        self._wake.set()
        for t in self._threads:
            t.join(timeout)
        self._threads = []
        self.puller.close()
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
        from the engine's threads (the UI re-posts it to its own thread)."""
        with self._lock:
            self._listeners.append(callback)

    # -- work on demand --------------------------------------------------------------------
    def sync_now(self, timeout: float | None = None) -> None:
        """Pull the feed to its end and push the queue, now, in the caller's thread. Raises
        ``CloudUnreachable``/``CloudRefused`` (also recorded in the status)."""
        try:
            with self._pulling(timeout):
                pulled = self.puller.pull(timeout=timeout)
            if not self._push_lock.acquire(timeout=-1 if timeout is None else timeout):
                raise CloudUnreachable(url=self.http.base_url, reason="the queue is being sent")
            try:
                self.pusher.push(timeout=timeout, force=True)
            finally:
                self._push_lock.release()
        except (CloudUnreachable, CloudRefused) as exc:
            self._failed("pull", exc)
            raise
        self._ok("pull", changed=pulled > 0)

    def first_mirror(self, progress: Callable[[int, int], None], cancel: threading.Event) -> None:
        """Pull the whole feed with ``progress(done, total)`` after each page; ``cancel.set()``
        stops after the current page (its cursor is kept: the next call resumes there) and raises
        ``MirrorCancelled``."""
        def report(done: int, total: int) -> None:
            self._set(mirror_done=done, mirror_total=total)
            progress(done, total)

        try:
            with self._pulling(None):
                pulled = self.puller.pull(progress=report, cancel=cancel)
            self._ok("pull", changed=pulled > 0)
        except (CloudUnreachable, CloudRefused) as exc:
            self._failed("pull", exc)
            raise
        finally:
            self._set(mirror_done=None, mirror_total=None)

    @contextlib.contextmanager
    def _pulling(self, timeout: float | None) -> Iterator[None]:
        """The feed for the caller alone (decision 1416): the pull thread stops after the page it is
        writing (the page it fetched ahead is handed over, not fetched again) and waits. A thread
        in a long poll holds no page to hand over (the feed was at its end): the caller does not
        wait the poll out."""
        self._step_aside.set()
        deadline = None if timeout is None else time.monotonic() + timeout
        held = False
        try:
            while not held:
                held = self._pull_lock.acquire(timeout=0.05)
                if held or self.puller.long_polling:
                    break
                if deadline is not None and time.monotonic() > deadline:
                    raise CloudUnreachable(url=self.http.base_url, reason="the feed is being read")
            yield
        finally:
            if held:
                self._pull_lock.release()
            self._step_aside.clear()

    # -- the threads -----------------------------------------------------------------------
    def _pause(self, which: str, idle: float) -> float:
        n = self._failures[which]
        return idle if n == 0 else min(self.max_backoff, 2.0 ** (n - 1))

    def _run_pull(self) -> None:
        wait = 0.0
        aside = _Either(self._stop, self._step_aside)
        while not self._stop.is_set():
            if self._step_aside.is_set():  # first_mirror / sync_now read the feed now
                self._stop.wait(0.02)
                wait = 0.0
                continue
            try:
                with self._pull_lock:
                    pulled = self.puller.pull(stop=aside, wait=wait)
                self._ok("pull", changed=pulled > 0)
                if self._step_aside.is_set():
                    continue
                wait = self.long_poll  # at the feed's end: the next request waits for a change
                continue
            except (CloudUnreachable, CloudRefused) as exc:
                self._failed("pull", exc)
            except AlsepError as exc:  # the store (busy, full disk): said in the status, retried
                log.warning("cloud mirror round failed: %s", exc.code)
                self._failed("pull", exc)
            except Exception:  # a bug must not kill the thread silently: say it, keep going
                log.exception("cloud mirror round failed")
                self._set(error_code="internal")
                self._failures["pull"] += 1
            wait = 0.0
            self._stop.wait(self._pause("pull", self.interval))

    def _run_push(self) -> None:
        while not self._stop.is_set():
            try:
                with self._push_lock:
                    self.pusher.push(stop=self._stop)
                self._ok("push")
            except (CloudUnreachable, CloudRefused) as exc:
                self._failed("push", exc)
            except AlsepError as exc:
                log.warning("cloud push round failed: %s", exc.code)
                self._failed("push", exc)
            except Exception:
                log.exception("cloud push round failed")
                self._set(error_code="internal")
                self._failures["push"] += 1
            self._wake.wait(self._pause("push", self.interval))
            self._wake.clear()

    def _ok(self, which: str, *, changed: bool = False) -> None:
        self._failures[which] = 0
        if any(self._failures.values()):
            self._refresh_waiting(force_notify=changed)
            return
        # documents the cloud refused stay aside (decision 1407): the status keeps saying so
        self._refresh_waiting(online=True, last_synced_at=self._clock.now(), offline_since=None,
                              error_code=None, force_notify=changed, with_refused=True)

    def _failed(self, which: str, exc: AlsepError) -> None:
        self._failures[which] += 1
        code = exc.code
        if isinstance(exc, CloudRefused) and exc.cloud_code.startswith("auth."):
            code = exc.cloud_code  # the credential is no longer valid (unbound, blocked register)
        with self._lock:
            since = self._status.offline_since
        online = isinstance(exc, CloudRefused)
        self._refresh_waiting(online=online, error_code=code,
                              offline_since=None if online else (since or self._clock.now()))

    def _refresh_waiting(self, force_notify: bool = False, with_refused: bool = False, **changes: object) -> None:
        try:
            with self._uow(read_only=True) as w:
                changes["waiting"] = w.sync.waiting_count()
                if with_refused and w.sync.refused_count():
                    changes["error_code"] = CloudRefused.code
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


class _Either:
    """Set when either event is (the pull thread's ``stop``: the engine stops, or steps aside)."""

    def __init__(self, *events: threading.Event) -> None:
        self.events = events

    def is_set(self) -> bool:
        return any(e.is_set() for e in self.events)


def make_sync_engine(vault: Vault, uow: UowFactory, clock: Clock) -> SyncEngine | None:
    """The engine of this PC's device credential (in ``vault``), or None (single-PC mode)."""
    credential = load_device_credential(vault)
    if credential is None:
        return None
    return SyncEngine(uow, clock, credential)


def forget_sync_state(uow: UowFactory) -> None:
    """Unbound: stop queueing documents for the cloud (the mirror stays as the last copy)."""
    with uow() as w:
        w.sync.unbind()
        w.commit()
