"""Pulling the change feed into the local mirror, one page per transaction (decision 1406)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Protocol

from alsep_desktop.cloud_client.credentials import DeviceCredential
from alsep_desktop.cloud_client.errors import CloudUnreachable, MirrorCancelled
from alsep_desktop.cloud_client.http import CloudHttp
from alsep_desktop.kernel.clock import Clock
from alsep_desktop.store.errors import StoreConstraint
from alsep_desktop.store.repositories.sync_mirror import MirrorWriter
from alsep_desktop.store.uow import UowFactory

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]


class Flag(Protocol):
    def is_set(self) -> bool: ...


class FeedPuller:
    def __init__(self, uow: UowFactory, clock: Clock, http: CloudHttp, credential: DeviceCredential, *,
                 page_size: int = 1000, mirror_page_size: int | None = None) -> None:
        self.uow = uow
        self.clock = clock
        self.http = http
        self.credential = credential
        self.page_size = page_size
        #: pages of a first mirror (progress shown): larger, fewer commits (the cloud allows 5,000)
        self.mirror_page_size = mirror_page_size or page_size
        self._ahead: ThreadPoolExecutor | None = None
        #: a page fetched ahead by a pull that was told to stop: the next pull starts with it
        #: instead of asking the cloud again (decision 1416)
        self._left_ahead: Future[Any] | None = None
        #: a long poll (``wait``) is in flight: the feed was at its end when it was sent
        self.long_polling = False

    def _prefetch(self, after: int, size: int, timeout: float | None) -> Future[Any]:
        if self._ahead is None:
            self._ahead = ThreadPoolExecutor(max_workers=1, thread_name_prefix="alsep-feed-ahead")
        fut = self._ahead.submit(self._get, "/feed", {"after": after, "limit": size}, timeout)
        fut.after = after  # type: ignore[attr-defined]
        return fut

    def close(self) -> None:
        self._left_ahead = None
        if self._ahead is not None:
            self._ahead.shutdown(wait=False, cancel_futures=True)
            self._ahead = None

    def _get(self, path: str, params: dict[str, Any] | None = None, timeout: float | None = None) -> Any:
        return self.http.request("GET", path, bearer=self.credential.credential, params=params, timeout=timeout)

    def ensure_bound(self, timeout: float | None = None) -> int:
        """The state row and the local register (from ``/device/register`` the first time)."""
        with self.uow(read_only=True) as w:  # the usual case: no write lock (sales share the store)
            st = w.sync.state()
            if (st is not None and st.register_id is not None and st.cloud_url == self.credential.cloud_url
                    and st.cloud_register_id == self.credential.register_id):
                return st.register_id
        with self.uow() as w:
            st = w.sync.bind(self.credential.cloud_url, self.credential.register_id)
            register_id = st.register_id
            w.commit()
        if register_id is not None:
            return register_id
        settings = self._get("/device/register", timeout=timeout)
        now = self.clock.now()
        with self.uow() as w:
            st = w.sync.state(lock=True)
            assert st is not None
            register_id = MirrorWriter(w.session).apply_register(settings, now, put_secret=w.put_secret,
                                                                 get_secret=w.secret)
            st.register_id = register_id
            w.commit()
        return register_id

    def _apply(self, register_id: int, cursor: int, changes: list[dict[str, Any]], nxt: int, now: Any,
               fresh: set[str] | None) -> tuple[int, int] | None:
        """One page and its cursor in one transaction; (cursor, done) of the store when another
        puller got there first (nothing written then)."""
        with self.uow() as w:
            st = w.sync.state(lock=True)
            assert st is not None
            if st.cursor != cursor:
                return st.cursor, st.mirror_done
            added: set[str] = set()
            writer = MirrorWriter(w.session, added if fresh is not None else None)
            if fresh is not None:
                added |= fresh
            reg = w.org.register(register_id) if changes else None
            assert reg is not None or not changes, "the register being mirrored is in the store"
            company_id = reg.company_id if reg is not None else 0
            plain = [c for c in changes if c["kind"] != "register"]
            writer.apply_changes(register_id, company_id, plain, now, st)
            for c in changes:
                if c["kind"] == "register" and c["op"] == "upsert":
                    writer.apply_register(c["data"], now, put_secret=w.put_secret, get_secret=w.secret)
            st.cursor = nxt
            st.mirror_done = st.mirror_done + len(changes)
            st.last_synced_at = now
            w.commit()
        if fresh is not None:
            fresh |= added  # only once committed
        return None

    def pull(self, *, progress: Progress | None = None, cancel: threading.Event | None = None,
             timeout: float | None = None, stop: Flag | None = None, wait: float = 0) -> int:
        """Pages until the feed's end; returns how many changes were applied. ``wait``: the first
        request is a long poll (the cloud answers when something changed, or after ``wait`` s)."""
        register_id = self.ensure_bound(timeout)
        with self.uow(read_only=True) as w:
            st = w.sync.state()
            assert st is not None
            cursor, done = st.cursor, st.mirror_done
            fresh: set[str] | None = None if MirrorWriter.has_products(w.session, register_id) else set()
        total: int | None = None
        applied = 0
        ahead, self._left_ahead = self._left_ahead, None  # the next page, fetched while this one is written
        while True:
            size = self.mirror_page_size if progress is not None else self.page_size
            params: dict[str, Any] = {"after": cursor, "limit": size}
            if progress is not None and total is None:
                params["count"] = "true"
            if wait > 0:
                params["wait"] = wait
            if ahead is not None and ahead.after == cursor and not ahead.cancelled():  # type: ignore[attr-defined]
                page = ahead.result()
            else:
                self.long_polling = wait > 0
                try:
                    page = self._get("/feed", params, (timeout or self.http.read_timeout) + wait)
                finally:
                    self.long_polling = False
            ahead = None
            wait = 0
            stopping = stop is not None and stop.is_set()
            if isinstance(page, dict) and page.get("has_more") and page.get("after") == cursor and not stopping:
                ahead = self._prefetch(int(page["next"]), size, timeout)
            if not isinstance(page, dict) or "changes" not in page or page.get("after") != cursor:
                raise CloudUnreachable(url=self.http.base_url, reason="an unexpected feed page")
            if total is None and page.get("remaining") is not None:
                total = done + int(page["remaining"])
            changes: list[dict[str, Any]] = page["changes"]
            nxt = int(page["next"])
            now = self.clock.now()
            try:
                moved = self._apply(register_id, cursor, changes, nxt, now, fresh)
            except StoreConstraint:
                if fresh is None:
                    raise
                fresh = None  # a unique key crossed during the first mirror: this page the careful way
                moved = self._apply(register_id, cursor, changes, nxt, now, None)
            if moved is not None:  # another process of this store moved the cursor: go on from there
                cursor, done = moved
                fresh = None
                continue
            applied += len(changes)
            cursor, done = nxt, done + len(changes)
            if progress is not None:
                progress(done, max(total or done, done))
            if not page.get("has_more"):
                return applied
            if cancel is not None and cancel.is_set():
                self._left_ahead = ahead
                raise MirrorCancelled(done=done, total=max(total or done, done))
            if stop is not None and stop.is_set():
                self._left_ahead = ahead  # fetched already: the next pull begins with it
                return applied
