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

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session, sessionmaker

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
        t = OfdSession.__table__
        row = session.execute(
            select(t.c.device_id, t.c.token, t.c.req_num, t.c.pending_payload).where(t.c.register_id == self.register_id)
        ).first()
        if row is None:
            return TokenState(self.device_id, self._initial_token)
        return TokenState(int(row[0]), int(row[1]), int(row[2]), row[3])

    def save(self, state: TokenState) -> None:
        session = getattr(self._bound, "session", None)
        if session is not None and state.pending_payload is None:
            self._write(session, state)
            return
        with self._factory() as s:
            self._write(s, state)
            s.commit()

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

    def _write(self, session: Session, state: TokenState) -> None:
        """Core statements (not the ORM): this runs twice per OFD request."""
        values = {"device_id": state.device_id, "token": state.token, "req_num": state.req_num,
                  "pending_payload": state.pending_payload, "updated_at": self._clock()}
        table = OfdSession.__table__
        done = session.execute(update(table).where(table.c.register_id == self.register_id).values(**values))
        if done.rowcount == 0:  # type: ignore[attr-defined]
            session.execute(insert(table).values(register_id=self.register_id, **values))

