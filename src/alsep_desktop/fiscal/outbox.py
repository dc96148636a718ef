"""The durable side of the fiscal stack: outbox queue and the OFD session in the DB.

This is the only fiscal module that touches SQLAlchemy. Entries are written in the same
transaction as the document they carry; their ``uuid`` (client-generated) is the
idempotency key the OFD deduplicates on, and ``id`` is the upload order.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from datetime import datetime

from sqlalchemy import Connection, bindparam, func, insert, select, update
from sqlalchemy.orm import Session, sessionmaker

from alsep_desktop.fiscal.protocol import next_req_num
from alsep_desktop.fiscal.tokens import TokenState
from alsep_desktop.store.models import FiscalOutbox, OfdSession, Receipt

PENDING = "pending"
SENT = "sent"
REJECTED = "rejected"


def enqueue(
    session: Session, *, register_id: int, doc_type: str, doc_uuid: str, payload: bytes, now: datetime
) -> FiscalOutbox:
    entry = FiscalOutbox(
        uuid=doc_uuid, register_id=register_id, doc_type=doc_type, doc_uuid=doc_uuid, payload=payload,
        state=PENDING, attempts=0, created_at=now,
    )
    session.add(entry)
    session.flush()
    return entry


def _conn(session: Session | Connection) -> Connection:
    """Core statements run on the session's connection: same transaction, no ORM overhead."""
    return session if isinstance(session, Connection) else session.connection()


def enqueue_id(
    session: Session, *, register_id: int, doc_type: str, doc_uuid: str, payload: bytes, now: datetime
) -> int:
    """``enqueue`` with one Core statement; returns the entry id (the sale's hot path)."""
    return session.connection().execute(insert(_T).returning(_T.c.id), {
        "uuid": doc_uuid, "register_id": register_id, "doc_type": doc_type, "doc_uuid": doc_uuid,
        "payload": payload, "state": PENDING, "attempts": 0, "created_at": now,
    }).scalar_one()


def pending_query(register_id: int):  # noqa: ANN201
    return select(FiscalOutbox).where(FiscalOutbox.register_id == register_id, FiscalOutbox.state == PENDING)


def select_entry_of(doc_uuid: str):  # noqa: ANN201
    """The outbox entry that carries document ``doc_uuid``."""
    return select(FiscalOutbox).where(FiscalOutbox.doc_uuid == doc_uuid)


def oldest_pending(session: Session, register_id: int) -> FiscalOutbox | None:
    return session.scalars(pending_query(register_id).order_by(FiscalOutbox.id).limit(1)).first()


_T = FiscalOutbox.__table__
_R = Receipt.__table__
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


def pending_batch(session: Session, register_id: int, after: int = 0, n: int = 200) -> list:  # noqa: ANN001
    """The next waiting entries as plain rows (id, doc_type, doc_uuid, payload, attempts)."""
    return list(_conn(session).execute(_NEXT_BATCH, {"r": register_id, "after": after, "n": n}))


_UPDATE_ENTRY = (
    update(_T)
    .where(_T.c.id == bindparam("b_id"))
    .values(
        attempts=bindparam("b_attempts"), state=bindparam("b_state"), sent_at=bindparam("b_sent_at"),
        result_code=bindparam("b_result_code"), last_error=bindparam("b_last_error"), payload=bindparam("b_payload"),
    )
)


def update_entry(
    session: Session, entry_id: int, *, attempts: int, state: str, sent_at: datetime | None,
    result_code: int | None, last_error: str | None, payload: bytes | None,
) -> None:
    """One prepared statement for every outcome (this runs once per upload)."""
    _conn(session).execute(_UPDATE_ENTRY, {
        "b_id": entry_id, "b_attempts": attempts, "b_state": state, "b_sent_at": sent_at,
        "b_result_code": result_code, "b_last_error": last_error, "b_payload": payload,
    })


def pending_summary(session: Session, register_id: int) -> tuple[int, datetime | None]:
    """(number of documents waiting, creation time of the oldest)."""
    row = session.execute(
        select(func.count(), func.min(FiscalOutbox.created_at)).where(
            FiscalOutbox.register_id == register_id, FiscalOutbox.state == PENDING
        )
    ).one()
    oldest = row[1]
    if oldest is not None and oldest.tzinfo is None:  # SQLite aggregate bypasses the column type
        from datetime import UTC

        oldest = datetime.fromisoformat(str(oldest)).replace(tzinfo=UTC)
    return int(row[0]), oldest


def rejected_count(session: Session, register_id: int) -> int:
    return int(
        session.scalar(
            select(func.count()).where(FiscalOutbox.register_id == register_id, FiscalOutbox.state == REJECTED)
        )
        or 0
    )


_S = OfdSession.__table__
_SESSION_VALUES = {
    "device_id": bindparam("b_device"), "token": bindparam("b_token"), "req_num": bindparam("b_req"),
    "pending_payload": bindparam("b_pending"), "updated_at": bindparam("b_at"),
}
_UPDATE_SESSION = update(_S).where(_S.c.register_id == bindparam("b_register")).values(**_SESSION_VALUES)
_INSERT_SESSION = insert(_S).values(register_id=bindparam("b_register"), **_SESSION_VALUES)
_READ_SESSION = select(_S.c.device_id, _S.c.token, _S.c.req_num, _S.c.pending_payload).where(
    _S.c.register_id == bindparam("b_register")
)


class DbTokenStore:
    """``TokenStore`` on the ``ofd_session`` table, for one register.

    A *reservation* (a request about to be sent, ``pending_payload`` set) commits at once, so
    a crash after sending still knows the request is unanswered. A *settlement* (the answer's
    token, pending cleared) joins the session bound on this thread, when there is one, and is
    written by ``flush`` (or folded into the next ``prereserve``) just before that session
    commits, atomically together with the document it belongs to.

    Within one bound session the store remembers what it wrote, so the delivery loop reads the
    ``ofd_session`` row once per drain, not twice per document.
    """

    def __init__(
        self, session_factory: sessionmaker[Session], register_id: int, device_id: int, initial_token: int,
        clock: Callable[[], datetime],
    ) -> None:
        self._factory = session_factory
        self.register_id = register_id
        self.device_id = device_id
        self._initial_token = initial_token
        self._clock = clock
        self._bound = threading.local()
        self._prereserved: TokenState | None = None
        self._known: tuple[Session | Connection, TokenState] | None = None  # state written there
        self._deferred: tuple[Session | Connection, TokenState] | None = None  # settlement not yet written

    @contextlib.contextmanager
    def bound(self, session: Session) -> Iterator[None]:
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

    def prereserve(self, session: Session, payload: bytes) -> None:
        """Reserve the NEXT request in ``session`` (group commit, decision 0007).

        The delivery loop calls this after settling one document and before committing, so the
        settlement of document k and the reservation of document k+1 share one row write and one
        fsync. When the client then reserves exactly this state, ``save`` knows it is durable.
        """
        state = self._current(session)
        nxt = TokenState(state.device_id, state.token, next_req_num(state.req_num), payload)
        self._write(session, nxt)
        self._prereserved = nxt

    def flush(self, session: Session) -> None:
        """Write a settlement deferred in ``session`` (call before committing it)."""
        if self._deferred is not None and self._deferred[0] is session:
            self._write(session, self._deferred[1])

    def replace_pending(self, session: Session, old: bytes, new: bytes) -> bool:
        """Swap an unanswered request for ``new`` (same number and token) in ``session``."""
        state = self._current(session)
        if state.pending_payload != old:
            return False
        self._write(session, TokenState(state.device_id, state.token, state.req_num, new))
        return True

    def reset(self, session: Session, token: int, device_id: int) -> None:
        """A new token from the admin (seed 8.4): forget any unanswered request."""
        state = self._current(session)
        self._write(session, TokenState(device_id, token, state.req_num, None))

    def _current(self, session: Session) -> TokenState:
        if self._deferred is not None and self._deferred[0] is session:
            return self._deferred[1]
        if self._known is not None and self._known[0] is session:
            return self._known[1]
        state = self._read(session)
        self._known = (session, state)
        return state

    def _read(self, session: Session) -> TokenState:
        row = _conn(session).execute(_READ_SESSION, {"b_register": self.register_id}).first()
        if row is None:
            return TokenState(self.device_id, self._initial_token)
        return TokenState(int(row[0]), int(row[1]), int(row[2]), row[3])

    def _write(self, session: Session | Connection, state: TokenState) -> None:
        """Prepared Core statements (not the ORM)."""
        params = {"b_register": self.register_id, "b_device": state.device_id, "b_token": state.token,
                  "b_req": state.req_num, "b_pending": state.pending_payload, "b_at": self._clock()}
        conn = _conn(session)
        done = conn.execute(_UPDATE_SESSION, params)
        if done.rowcount == 0:
            conn.execute(_INSERT_SESSION, params)
        self._deferred = None
        self._known = (session, state)
