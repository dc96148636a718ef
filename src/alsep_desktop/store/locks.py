"""One register, one process: a lock per register that dies with its process (decision 0011).

* SQLite: a lock file next to the store (``alsep.sqlite.register-7.lock``), held with
  ``flock`` through the filelock library; the kernel drops it when the process ends, however
  it ends.
* PostgreSQL: a session-level advisory lock (``pg_try_advisory_lock(ALSEP, register id)``) on
  a connection this process keeps open; the server drops it when that connection closes.

Several contexts of one process share a claim (reference-counted): the rule is per process.
A second process is refused with :class:`RegisterInUse` at once, never after a wait.
"""

from __future__ import annotations

import logging
import os
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from filelock import FileLock, Timeout
from sqlalchemy import Engine, text

from alsep_desktop.store.db import sqlite_path
from alsep_desktop.store.errors import RegisterInUse, translated

log = logging.getLogger(__name__)

#: first key of the advisory locks of Alsep Desktop ("ALSP"), the second is the register id
ADVISORY_CLASS = 0x414C5350


class _Hold(Protocol):
    def release(self) -> None: ...


class _FileHold:
    def __init__(self, path: Path) -> None:
        self._lock = FileLock(str(path), timeout=0, thread_local=False, mode=0o600, is_singleton=False)
        self._lock.acquire()  # raises Timeout when another process holds it

    def release(self) -> None:
        self._lock.release(force=True)


class _AdvisoryHold:
    def __init__(self, engine: Engine, register_id: int) -> None:
        self._register_id = register_id
        self._conn = engine.connect()
        try:
            got = self._conn.execute(text("SELECT pg_try_advisory_lock(:c, :r)"),
                                     {"c": ADVISORY_CLASS, "r": register_id}).scalar()
            self._conn.commit()  # the lock is per session, not per transaction
        except BaseException:
            self._conn.close()
            raise
        if not got:
            self._conn.close()
            raise Timeout(f"register {register_id}")

    def release(self) -> None:
        try:
            self._conn.execute(text("SELECT pg_advisory_unlock(:c, :r)"),
                               {"c": ADVISORY_CLASS, "r": self._register_id})
            self._conn.commit()
        except Exception:  # the connection is gone: the server dropped the lock with it
            log.debug("advisory unlock of register %s failed", self._register_id, exc_info=True)
        finally:
            self._conn.close()


@dataclass
class _Claim:
    hold: _Hold
    owners: int = 1
    pid: int = field(default_factory=os.getpid)


_CLAIMS: dict[tuple[str, int], _Claim] = {}
_CLAIMS_LOCK = threading.Lock()


def _forget_after_fork() -> None:  # pragma: no cover - exercised by forking tests only
    """A forked child does not hold its parent's registers (it must claim them itself)."""
    _CLAIMS.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_after_fork)


def store_identity(engine: Engine) -> str:
    path = sqlite_path(str(engine.url))
    if path is not None:
        return "sqlite:" + os.path.realpath(path)
    return engine.url.render_as_string(hide_password=True)


def lock_file(db_file: Path, register_id: int) -> Path:
    return db_file.with_name(f"{db_file.name}.register-{register_id}.lock")


class RegisterLocks:
    """The registers this process works on (``claim`` once; ``ensure`` before every document)."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._identity = store_identity(engine)
        self._db_file = sqlite_path(str(engine.url))
        self._mine: set[int] = set()
        self._lock = threading.Lock()

    def claim(self, register_id: int) -> None:
        """Hold register ``register_id`` for this process; :class:`RegisterInUse` if another holds it."""
        key = (self._identity, register_id)
        with self._lock:
            if register_id in self._mine:
                return
            with _CLAIMS_LOCK:
                claim = _CLAIMS.get(key)
                if claim is not None and claim.pid == os.getpid():
                    claim.owners += 1
                else:
                    _CLAIMS[key] = _Claim(self._acquire(register_id))
            self._mine.add(register_id)

    def ensure(self, register_id: int) -> None:
        """``claim`` unless already held (a set lookup on the hot path)."""
        if register_id not in self._mine:
            self.claim(register_id)

    def holds(self, register_id: int) -> bool:
        return register_id in self._mine

    def claimed(self) -> list[int]:
        return sorted(self._mine)

    def release(self, register_id: int) -> None:
        key = (self._identity, register_id)
        with self._lock:
            if register_id not in self._mine:
                return
            self._mine.discard(register_id)
            with _CLAIMS_LOCK:
                claim = _CLAIMS.get(key)
                if claim is None:
                    return
                claim.owners -= 1
                if claim.owners <= 0:
                    del _CLAIMS[key]
                    claim.hold.release()

    def release_all(self) -> None:
        for register_id in list(self._mine):
            self.release(register_id)

    def _acquire(self, register_id: int) -> _Hold:
        try:
            if self._db_file is not None:
                return _FileHold(lock_file(self._db_file, register_id))
            if self._engine.dialect.name == "postgresql":
                with translated():
                    return _AdvisoryHold(self._engine, register_id)
        except Timeout:
            raise RegisterInUse(register=register_id) from None
        return _NoHold()  # an in-memory SQLite store is private to this process anyway


class _NoHold:
    def release(self) -> None:
        pass
