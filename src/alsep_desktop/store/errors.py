"""Store failures as typed errors with stable codes: the cashier reads a translated sentence,
never the driver's SQL text (decision 0012).

``translate`` maps a SQLAlchemy/DBAPI exception (SQLite or PostgreSQL) to one of these;
``translated()`` is the context manager the unit of work and the delivery path run under.
A *transient* error (a lost race: a unique number taken by a concurrent writer, a
serialization failure, a deadlock) may be retried once by the caller (``retry_once``).
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Callable, Iterator
from typing import Any, ClassVar, TypeVar

from sqlalchemy import exc as sa_exc

from alsep_desktop.errors import AlsepError

log = logging.getLogger(__name__)
T = TypeVar("T")


class StoreError(AlsepError):
    code = "store"
    template = "The database could not complete the action; nothing was changed"
    #: a lost race with a concurrent writer: repeating the whole action once may succeed
    transient: ClassVar[bool] = False


class StoreDiskFull(StoreError):
    code = "store.disk_full"
    template = "The disk of the database is full; nothing was changed. Free some disk space, then repeat"


class StoreBusy(StoreError):
    code = "store.busy"
    template = "The database is busy (locked by another program); nothing was changed. Repeat in a moment"


class StoreRaceLost(StoreBusy):
    """A serialization failure or deadlock on PostgreSQL: the other writer won; repeat once."""

    transient = True


class StoreValueOutOfRange(StoreError):
    code = "store.out_of_range"
    template = "A number is too large for the database; nothing was changed"


class StoreConstraint(StoreError):
    code = "store.constraint"
    template = "The change conflicts with data already stored; nothing was changed"
    transient = True  # a number taken by a concurrent writer; a real duplicate fails again


class StoreUnavailable(StoreError):
    code = "store.unavailable"
    template = "The database cannot be reached; nothing was changed. Check the network or the database server"


class RegisterInUse(StoreError):
    code = "store.register_in_use"
    template = ("This register is already open in another Alsep Desktop window or on another computer: "
                "work there, or close the program there first")


class NetworkStoreWarning(StoreError):
    """Not raised: shown at start when the SQLite file lies on a network mount."""

    code = "store.network_mount"
    template = ("The database file {path} lies on a network drive ({fstype}), where SQLite cannot keep it "
                "safe: keep it on a local disk, or use PostgreSQL for several computers")


# SQLite primary result codes (sqlite3.h)
_SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_FULL, _SQLITE_CONSTRAINT, _SQLITE_TOOBIG = 5, 6, 13, 19, 18
_SQLITE_IOERR, _SQLITE_CANTOPEN = 10, 14


def _sqlite(orig: BaseException) -> type[StoreError] | None:
    code = getattr(orig, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(orig).lower()
    if primary == _SQLITE_FULL or "disk is full" in text:
        return StoreDiskFull
    if primary in (_SQLITE_BUSY, _SQLITE_LOCKED) or "database is locked" in text or "is busy" in text:
        return StoreBusy
    if primary == _SQLITE_CONSTRAINT or isinstance(orig, sqlite3.IntegrityError):
        return StoreConstraint
    if primary == _SQLITE_TOOBIG or "too large" in text or "too big" in text:
        return StoreValueOutOfRange
    if primary in (_SQLITE_IOERR, _SQLITE_CANTOPEN):
        return StoreUnavailable
    return None


def _postgres(orig: BaseException) -> type[StoreError] | None:
    state = getattr(orig, "sqlstate", None) or ""
    if state == "53100":  # disk_full
        return StoreDiskFull
    if state in ("22003", "22001"):  # numeric_value_out_of_range, string_data_right_truncation
        return StoreValueOutOfRange
    if state.startswith("23"):  # integrity_constraint_violation
        return StoreConstraint
    if state in ("40001", "40P01"):  # serialization_failure, deadlock_detected
        return StoreRaceLost
    if state in ("55P03", "57014"):  # lock_not_available, query_canceled (lock/statement timeout)
        return StoreBusy
    if state.startswith(("08", "57P", "53")):  # connection, shutdown, resources
        return StoreUnavailable
    return None


def translate(error: BaseException) -> StoreError | None:
    """The typed error for a database failure, or None when ``error`` is not one."""
    if isinstance(error, StoreError):
        return error
    if isinstance(error, OverflowError):  # sqlite3 binds at most a signed 64-bit integer
        return StoreValueOutOfRange()
    if not isinstance(error, sa_exc.DBAPIError | sa_exc.StatementError):
        return None
    orig = getattr(error, "orig", None)
    if isinstance(orig, OverflowError):
        return StoreValueOutOfRange()
    kind: type[StoreError] | None = None
    if orig is not None:
        kind = _sqlite(orig) if isinstance(orig, sqlite3.Error) else _postgres(orig)
    if kind is None:
        if isinstance(error, sa_exc.IntegrityError):
            kind = StoreConstraint
        elif isinstance(error, sa_exc.DataError):
            kind = StoreValueOutOfRange
        elif isinstance(error, sa_exc.OperationalError):
            kind = StoreUnavailable
        else:
            return None
    return kind()


@contextlib.contextmanager
def translated() -> Iterator[None]:
    """Database failures inside become typed store errors (the original stays as ``__cause__``)."""
    try:
        yield
    except (sa_exc.DBAPIError, sa_exc.StatementError, OverflowError) as error:
        typed = translate(error)
        if typed is None:
            raise
        # the statement's parameters are not logged (engines run with hide_parameters=True)
        log.warning("store error %s: %s", typed.code, type(getattr(error, "orig", error)).__name__)
        raise typed from error


def retry_once(action: Callable[[], T], *, on_retry: Callable[[StoreError], Any] | None = None) -> T:
    """Run ``action``; if it lost a race with a concurrent writer, run it once more.

    The second failure reaches the caller as the typed error it is, never as SQL.
    """
    try:
        return action()
    except StoreError as error:
        if not error.transient:
            raise
        log.info("lost a race with a concurrent writer (%s); repeating once", error.code)
        if on_retry is not None:
            on_retry(error)
    return action()
