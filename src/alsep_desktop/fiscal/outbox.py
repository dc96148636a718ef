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

from sqlalchemy import func, select
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
            row = session.get(OfdSession, self.register_id)
            return _state(row) if row is not None else TokenState(self.device_id, self._initial_token)
        with self._factory() as s:
            row = s.get(OfdSession, self.register_id)
            return _state(row) if row is not None else TokenState(self.device_id, self._initial_token)

    def save(self, state: TokenState) -> None:
        session = getattr(self._bound, "session", None)
        if session is not None and state.pending_payload is None:
            self._write(session, state)
            session.flush()
            return
        with self._factory() as s:
            self._write(s, state)
            s.commit()
        if session is not None:
            session.expire_all()  # the bound session must see the committed reservation

    def replace_pending(self, session: Session, old: bytes, new: bytes) -> bool:
        """Swap an unanswered request for ``new`` (same number and token) in ``session``."""
        row = session.get(OfdSession, self.register_id)
        if row is None or row.pending_payload != old:
            return False
        row.pending_payload = new
        return True

    def reset(self, session: Session, token: int, device_id: int) -> None:
        """A new token from the admin (seed 8.4): forget any unanswered request."""
        row = session.get(OfdSession, self.register_id)
        if row is None:
            session.add(OfdSession(register_id=self.register_id, device_id=device_id, token=token, req_num=0,
                                   pending_payload=None, updated_at=self._clock()))
        else:
            row.device_id, row.token, row.pending_payload, row.updated_at = device_id, token, None, self._clock()

    def _write(self, session: Session, state: TokenState) -> None:
        row = session.get(OfdSession, self.register_id)
        if row is None:
            row = OfdSession(register_id=self.register_id, device_id=state.device_id)
            session.add(row)
        row.device_id = state.device_id
        row.token = state.token
        row.req_num = state.req_num
        row.pending_payload = state.pending_payload
        row.updated_at = self._clock()


def _state(row: OfdSession) -> TokenState:
    return TokenState(int(row.device_id), int(row.token), int(row.req_num), row.pending_payload)
