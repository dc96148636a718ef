"""The durable side of the fiscal stack: the outbox queue and the OFD session (decision 0007).

Moved here from ``fiscal/outbox.py`` (decision 0015): every SQL statement lives in ``store/``,
and ``fiscal/`` holds no SQLAlchemy at all. Entries are written in the same transaction as the
document they carry; their ``uuid`` (client-generated) is the idempotency key the OFD
deduplicates on, and ``id`` is the upload order.

The delivery hot path runs on a plain connection with prepared Core statements (module
functions taking a ``Connection``); the unit of work uses :class:`OutboxRepository`.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, CursorResult, bindparam, func, insert, select, update
from sqlalchemy.orm import Session, sessionmaker

from alsep_desktop.fiscal.protocol import next_req_num
from alsep_desktop.fiscal.tokens import TokenState
from alsep_desktop.store.models import FiscalOutbox, OfdSession, Receipt
from alsep_desktop.store.repositories.sync import enqueue_document

PENDING = "pending"
SENT = "sent"
REJECTED = "rejected"
#: ``ofd_session.token`` 0: the next request carries the admin-entered token, which lives in the
#: secrets store, not here (decision 0013)
ENTERED_TOKEN = 0

_T = FiscalOutbox.__table__
_R = Receipt.__table__
_S = OfdSession.__table__


def _conn(session: Session | Connection) -> Connection:
    """Core statements run on the session's connection: same transaction, no ORM overhead."""
    return session if isinstance(session, Connection) else session.connection()


def _aware(value: datetime | None) -> datetime | None:
    if value is not None and value.tzinfo is None:  # SQLite aggregate bypasses the column type
        return datetime.fromisoformat(str(value)).replace(tzinfo=UTC)
    return value


_ENQUEUE = insert(_T).returning(_T.c.id)
_PENDING_SUMMARY = select(func.count(), func.min(_T.c.created_at)).where(
    _T.c.register_id == bindparam("r"), _T.c.state == PENDING)


class OutboxRepository:
    """Outbox entries inside a unit of work."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def enqueue(self, *, register_id: int, doc_type: str, doc_uuid: str, payload: bytes, now: datetime) -> int:
        """One Core statement; returns the entry id (the sale's hot path). The document also joins
        the cloud push queue when this store mirrors a cloud (one more statement, issue 14)."""
        entry_id = _conn(self.session).execute(_ENQUEUE, {
            "uuid": doc_uuid, "register_id": register_id, "doc_type": doc_type, "doc_uuid": doc_uuid,
            "payload": payload, "state": PENDING, "attempts": 0, "created_at": now,
        }).scalar_one()
        enqueue_document(self.session, kind=doc_type, doc_uuid=doc_uuid, register_id=register_id, now=now)
        return entry_id

    def get(self, entry_id: int) -> FiscalOutbox | None:
        return self.session.get(FiscalOutbox, entry_id)

    def entry_of(self, doc_uuid: str) -> FiscalOutbox | None:
        """The outbox entry that carries document ``doc_uuid``."""
        return self.session.scalars(select(FiscalOutbox).where(FiscalOutbox.doc_uuid == doc_uuid)).first()

    def oldest_pending(self, register_id: int) -> FiscalOutbox | None:
        stmt = (select(FiscalOutbox).where(FiscalOutbox.register_id == register_id, FiscalOutbox.state == PENDING)
                .order_by(FiscalOutbox.id).limit(1))
        return self.session.scalars(stmt).first()

    def pending_summary(self, register_id: int) -> tuple[int, datetime | None]:
        return pending_summary(self.session, register_id)

    def rejected_count(self, register_id: int) -> int:
        """Refused documents no administrator has marked as handled yet (decision 2070)."""
        stmt = select(func.count()).where(FiscalOutbox.register_id == register_id, FiscalOutbox.state == REJECTED,
                                          FiscalOutbox.handled_at.is_(None))
        return int(self.session.scalar(stmt) or 0)

    def session_row(self, register_id: int) -> OfdSession | None:
        return self.session.get(OfdSession, register_id)

    def has_live_token(self, register_id: int) -> bool:
        """The OFD session carries a token the OFD issued (the entered one is not needed)."""
        token = _conn(self.session).execute(_READ_TOKEN, {"b_register": register_id}).scalar()
        return token is not None and int(token) != ENTERED_TOKEN

    def forget_unanswered(self, register_id: int) -> None:
        """Drop the unanswered request (an OFD that has no answer to repeat, demo)."""
        _conn(self.session).execute(update(_S).where(_S.c.register_id == register_id).values(pending_payload=None))


def pending_summary(session: Session | Connection, register_id: int) -> tuple[int, datetime | None]:
    """(number of documents waiting, creation time of the oldest)."""
    count, oldest = _conn(session).execute(_PENDING_SUMMARY, {"r": register_id}).one()
    return int(count), _aware(oldest)


#: Waiting entries in upload order, each with the state of its receipt (tickets), read in one go:
#: nothing else changes a waiting receipt's state while the register's delivery lock is held.
_NEXT_BATCH = (
    select(_T.c.id, _T.c.doc_type, _T.c.doc_uuid, _T.c.payload, _T.c.attempts, _R.c.id, _R.c.state,
           _R.c.fiscal_sign, _R.c.shift_id, _R.c.number, _R.c.total_tiyn, _R.c.created_at)
    .select_from(_T.outerjoin(_R, _R.c.uuid == _T.c.doc_uuid))
    .where(_T.c.register_id == bindparam("r"), _T.c.state == PENDING, _T.c.id > bindparam("after"))
    .order_by(_T.c.id)
    .limit(bindparam("n"))
)


def pending_batch(conn: Session | Connection, register_id: int, after: int = 0, n: int = 200) -> list:
    """The next waiting entries as plain rows (id, doc_type, doc_uuid, payload, attempts, receipt…)."""
    return list(_conn(conn).execute(_NEXT_BATCH, {"r": register_id, "after": after, "n": n}))


_UPDATE_ENTRY = (
    update(_T)
    .where(_T.c.id == bindparam("b_id"))
    .values(
        attempts=bindparam("b_attempts"), state=bindparam("b_state"), sent_at=bindparam("b_sent_at"),
        result_code=bindparam("b_result_code"), last_error=bindparam("b_last_error"), payload=bindparam("b_payload"),
    )
)


class _DriverStatement:
    """A Core statement compiled once per dialect and run with ``exec_driver_sql``: the same
    transaction, events and error wrapping as ``execute``, without its per-call compile-cache
    lookup and parameter building (about half the statement's cost on SQLite; the upload runs
    two per document). Bind parameters go through their column types' processors as usual."""

    def __init__(self, stmt: Any) -> None:
        self._stmt = stmt
        self._by_dialect: dict[tuple[str, str, str], tuple[str, tuple[str, ...] | None, dict[str, Any]]] = {}

    def __call__(self, conn: Connection, params: dict[str, Any]) -> CursorResult[Any]:
        dialect = conn.dialect
        key = (dialect.name, dialect.driver, dialect.paramstyle)  # the SQL text depends on all three
        prepared = self._by_dialect.get(key)
        if prepared is None:
            compiled = self._stmt.compile(dialect=dialect)
            procs = {name: proc for name, bind in compiled.binds.items()
                     if (proc := bind.type._cached_bind_processor(dialect)) is not None}
            positions = tuple(compiled.positiontup) if compiled.positional and compiled.positiontup else None
            prepared = self._by_dialect[key] = (str(compiled), positions, procs)
        sql, positions, procs = prepared
        values = {k: (procs[k](v) if k in procs and v is not None else v) for k, v in params.items()}
        return conn.exec_driver_sql(sql, tuple(values[k] for k in positions) if positions else values)


def update_entry(
    conn: Session | Connection, entry_id: int, *, attempts: int, state: str, sent_at: datetime | None,
    result_code: int | None, last_error: str | None, payload: bytes | None,
) -> None:
    """One prepared statement for every outcome (this runs once per upload)."""
    _UPDATE_ENTRY_DRIVER(_conn(conn), {
        "b_id": entry_id, "b_attempts": attempts, "b_state": state, "b_sent_at": sent_at,
        "b_result_code": result_code, "b_last_error": last_error, "b_payload": payload,
    })


_UPDATE_ENTRY_DRIVER = _DriverStatement(_UPDATE_ENTRY)

_SESSION_VALUES = {
    "device_id": bindparam("b_device"), "token": bindparam("b_token"), "req_num": bindparam("b_req"),
    "pending_payload": bindparam("b_pending"), "updated_at": bindparam("b_at"),
}
_UPDATE_SESSION = update(_S).where(_S.c.register_id == bindparam("b_register")).values(**_SESSION_VALUES)
_INSERT_SESSION = insert(_S).values(register_id=bindparam("b_register"), **_SESSION_VALUES)
_READ_SESSION = select(_S.c.device_id, _S.c.token, _S.c.req_num, _S.c.pending_payload).where(
    _S.c.register_id == bindparam("b_register")
)
_UPDATE_SESSION_DRIVER = _DriverStatement(_UPDATE_SESSION)
_READ_TOKEN = select(_S.c.token).where(_S.c.register_id == bindparam("b_register"))


class DbTokenStore:
    """``TokenStore`` on the ``ofd_session`` table, for one register.

    A *reservation* (a request about to be sent, ``pending_payload`` set) commits at once, so
    a crash after sending still knows the request is unanswered. A *settlement* (the answer's
    token, pending cleared) joins the session bound on this thread, when there is one, and is
    written by ``flush`` (or folded into the next ``prereserve``) just before that session
    commits, atomically together with the document it belongs to.

    The admin-entered token is a secret (decision 0013): while the session's next token is still
    that one, the row holds :data:`ENTERED_TOKEN` and the value comes from ``initial_token``
    (read from the secrets store by whoever builds the store); the tokens the OFD issues in its
    answers are session state and are stored as they are.

    Within one bound session the store remembers what it wrote, so the delivery loop reads the
    ``ofd_session`` row once per drain, not twice per document.
    """

    def __init__(
        self, session_factory: sessionmaker[Session], register_id: int, device_id: int, initial_token: int | None,
        clock: Callable[[], datetime],
    ) -> None:
        self._factory = session_factory
        self.register_id = register_id
        self.device_id = device_id
        self._initial_token = initial_token
        self._entered_live = False  # the session's next token is still the entered one
        self._clock = clock
        self._bound = threading.local()
        self._prereserved: TokenState | None = None
        self._known: tuple[Session | Connection, TokenState] | None = None  # state written there
        self._deferred: tuple[Session | Connection, TokenState] | None = None  # settlement not yet written

    @contextlib.contextmanager
    def bound(self, session: Session | Connection) -> Iterator[None]:
        self._bound.session = session
        try:
            yield
        finally:
            self._bound.session = None

    def load(self, device_id: int) -> TokenState | None:
        session = getattr(self._bound, "session", None)
        if session is not None:
            return self._current(session)
        with self._factory() as s:
            return self._read(s)

    def save(self, state: TokenState) -> None:
        if self._prereserved is not None:
            already = state == self._prereserved
            self._prereserved = None
            if already:
                return
        session = getattr(self._bound, "session", None)
        if session is not None and state.pending_payload is None:
            self._deferred = (session, state)
            return
        with self._factory.kw["bind"].begin() as conn:  # a short transaction of its own, fsync'd
            self._write(conn, state)
        self._known = None

    def prereserve(self, session: Session | Connection, payload: bytes) -> None:
        """Reserve the NEXT request in ``session`` (group commit, decision 0007).

        The delivery loop calls this after settling one document and before committing, so the
        settlement of document k and the reservation of document k+1 share one row write and one
        fsync. When the client then reserves exactly this state, ``save`` knows it is durable.
        """
        state = self._current(session)
        nxt = TokenState(state.device_id, state.token, next_req_num(state.req_num), payload)
        self._write(session, nxt)
        self._prereserved = nxt

    def flush(self, session: Session | Connection) -> None:
        """Write a settlement deferred in ``session`` (call before committing it)."""
        if self._deferred is not None and self._deferred[0] is session:
            self._write(session, self._deferred[1])

    def replace_pending(self, session: Session | Connection, old: bytes, new: bytes) -> bool:
        """Swap an unanswered request for ``new`` (same number and token) in ``session``."""
        state = self._current(session)
        if state.pending_payload != old:
            return False
        self._write(session, TokenState(state.device_id, state.token, state.req_num, new))
        return True

    def reset(self, session: Session | Connection, device_id: int) -> None:
        """A new token from the admin (seed 8.4): the next request carries it; forget any unanswered one."""
        state = self._read(session)
        self._entered_live = True
        self._write(session, TokenState(device_id, self._initial_token or ENTERED_TOKEN, state.req_num, None))

    def _current(self, session: Session | Connection) -> TokenState:
        if self._deferred is not None and self._deferred[0] is session:
            return self._deferred[1]
        if self._known is not None and self._known[0] is session:
            return self._known[1]
        state = self._read(session)
        self._known = (session, state)
        return state

    def _entered(self) -> int:
        """The entered token; whoever builds a store that needs it passes it (else the placeholder)."""
        return self._initial_token if self._initial_token is not None else ENTERED_TOKEN

    def _read(self, session: Session | Connection) -> TokenState:
        row = _conn(session).execute(_READ_SESSION, {"b_register": self.register_id}).first()
        if row is None:
            self._entered_live = True
            return TokenState(self.device_id, self._entered())
        token = int(row[1])
        self._entered_live = token == ENTERED_TOKEN
        return TokenState(int(row[0]), self._entered() if self._entered_live else token, int(row[2]), row[3])

    def _write(self, session: Session | Connection, state: TokenState) -> None:
        """Prepared Core statements (not the ORM)."""
        token = state.token
        if self._entered_live and (token == self._initial_token or token == ENTERED_TOKEN):
            token = ENTERED_TOKEN  # the entered token stays in the secrets store
        else:
            self._entered_live = False
        params = {"b_register": self.register_id, "b_device": state.device_id, "b_token": token,
                  "b_req": state.req_num, "b_pending": state.pending_payload, "b_at": self._clock()}
        conn = _conn(session)
        done = _UPDATE_SESSION_DRIVER(conn, params)
        if done.rowcount == 0:
            conn.execute(_INSERT_SESSION, params)
        self._deferred = None
        self._known = (session, state)
