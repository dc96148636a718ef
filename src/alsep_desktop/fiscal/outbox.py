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
from alsep_desktop.store.models import FiscalOutbox, OfdSession

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


def pending_query(register_id: int):  # noqa: ANN201
    return select(FiscalOutbox).where(FiscalOutbox.register_id == register_id, FiscalOutbox.state == PENDING)


def oldest_pending(session: Session, register_id: int) -> FiscalOutbox | None:
    return session.scalars(pending_query(register_id).order_by(FiscalOutbox.id).limit(1)).first()


_T = FiscalOutbox.__table__
_NEXT_BATCH = (
    select(_T.c.id, _T.c.doc_type, _T.c.doc_uuid, _T.c.payload, _T.c.attempts)
    .where(_T.c.register_id == bindparam("r"), _T.c.state == PENDING, _T.c.id > bindparam("after"))
    .order_by(_T.c.id)
    .limit(bindparam("n"))
)


def pending_batch(session: Session, register_id: int, after: int = 0, n: int = 200) -> list:  # noqa: ANN001
    """The next waiting entries as plain rows (id, doc_type, doc_uuid, payload, attempts)."""
    return list(session.execute(_NEXT_BATCH, {"r": register_id, "after": after, "n": n}))


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
    session.execute(_UPDATE_ENTRY, {
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
    token, pending cleared) joins the session bound on this thread, when there is one, so it
    commits atomically together with the document it belongs to.
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
            return self._read(session)
        with self._factory() as s:
            return self._read(s)

    def _read(self, session: Session) -> TokenState:
        row = session.execute(_READ_SESSION, {"b_register": self.register_id}).first()
        if row is None:
            return TokenState(self.device_id, self._initial_token)
        return TokenState(int(row[0]), int(row[1]), int(row[2]), row[3])

    def prereserve(self, session: Session, payload: bytes) -> None:
        """Reserve the NEXT request in ``session`` (group commit, decision 0007).

        The delivery loop calls this after settling one document and before committing, so the
        settlement of document k and the reservation of document k+1 share one fsync. When the
        client then reserves exactly this state, ``save`` knows it is already durable.
        """
        state = self._read(session)
        nxt = TokenState(state.device_id, state.token, next_req_num(state.req_num), payload)
        self._write(session, nxt)
        self._prereserved = nxt

    def save(self, state: TokenState) -> None:
        if self._prereserved is not None:
            already = state == self._prereserved
            self._prereserved = None
            if already:
                return
        session = getattr(self._bound, "session", None)
        if session is not None and state.pending_payload is None:
            self._write(session, state)
            return
        with self._factory.kw["bind"].begin() as conn:  # a short transaction of its own, fsync'd
            self._write(conn, state)

    def replace_pending(self, session: Session, old: bytes, new: bytes) -> bool:
        """Swap an unanswered request for ``new`` (same number and token) in ``session``."""
        state = self._read(session)
        if state.pending_payload != old:
            return False
        t = OfdSession.__table__
        session.execute(update(t).where(t.c.register_id == self.register_id).values(pending_payload=new))
        return True

    def reset(self, session: Session, token: int, device_id: int) -> None:
        """A new token from the admin (seed 8.4): forget any unanswered request."""
        state = self._read(session)
        self._write(session, TokenState(device_id, token, state.req_num, None))

    def _write(self, session: Session | Connection, state: TokenState) -> None:
        """Prepared Core statements (not the ORM): this runs twice per OFD request."""
        params = {"b_register": self.register_id, "b_device": state.device_id, "b_token": state.token,
                  "b_req": state.req_num, "b_pending": state.pending_payload, "b_at": self._clock()}
        done = session.execute(_UPDATE_SESSION, params)
        if done.rowcount == 0:  # type: ignore[attr-defined]
            session.execute(_INSERT_SESSION, params)

