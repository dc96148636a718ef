"""The register's fiscal documents newest first, one page at a time (issue 20, decision 2070).

Every document the register sends (receipts and returns, cash deposits and withdrawals, close
shift) has an outbox entry written with it, so the outbox, joined to its document, is the list;
X reports, which are never queued, come from ``x_report``. Both are read by the index
(register_id, created_at) of migration 0011 and merged here: a page costs two short index range
scans whatever the register's history. Documents of the same instant keep one order through the
cursor (time, source, id), so paging never skips or repeats one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, false, func, or_, select, true
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased

from alsep_desktop.store.models import CashMove, FiscalOutbox, Receipt, Shift, XReport

#: the order of the two sources at the same instant (newest first: the outbox's document first)
OUTBOX_SOURCE, X_SOURCE = 1, 0

#: document kinds of the list
SALE, SALE_RETURN, BUY, BUY_RETURN = "sale", "sale_return", "buy", "buy_return"
DEPOSIT, WITHDRAWAL, X_KIND, Z_KIND = "deposit", "withdrawal", "x_report", "close_shift"
KINDS = (SALE, SALE_RETURN, BUY, BUY_RETURN, DEPOSIT, WITHDRAWAL, X_KIND, Z_KIND)


@dataclass(frozen=True, slots=True)
class Cursor:
    """Where a page ended: the next page holds what sorts after it (older)."""

    at: datetime
    source: int
    id: int


@dataclass(frozen=True, slots=True)
class LogRow:
    source: int
    id: int
    kind: str  # one of KINDS
    at: datetime
    shift_number: int | None
    number: int | None
    amount_tiyn: int | None
    fiscal_sign: str | None
    offline: bool
    state: str  # outbox: pending | sent | rejected; x_report: its ofd_state
    attempts: int
    result_code: int | None
    result_text: str | None
    document_id: int | None  # the receipt's id (duplicates), else None
    handled_at: datetime | None = None  # a refusal an administrator marked as dealt with

    @property
    def cursor(self) -> Cursor:
        return Cursor(self.at, self.source, self.id)


def _older(created: InstrumentedAttribute[datetime], ident: InstrumentedAttribute[int], source: int,
           cursor: Cursor | None) -> ColumnElement[bool]:
    """Rows of ``source`` that sort after ``cursor`` in (time, source, id) descending."""
    if cursor is None:
        return true()
    same_time: ColumnElement[bool]
    if source < cursor.source:
        same_time = true()
    elif source == cursor.source:
        same_time = ident < cursor.id
    else:
        same_time = false()
    return or_(created < cursor.at, and_(created == cursor.at, same_time))


def _outbox_kind(doc_type: str, operation: str | None, move_kind: str | None) -> str:
    if doc_type == "ticket":
        return operation or SALE
    if doc_type == "money_placement":
        return move_kind or DEPOSIT
    return Z_KIND if doc_type == "close_shift" else doc_type


def page(session: Session, register_id: int, *, limit: int, before: Cursor | None = None,
         kinds: frozenset[str] | None = None, rejected_only: bool = False) -> list[LogRow]:
    """At most ``limit`` documents of the register after ``before``, newest first."""
    rows = _outbox_page(session, register_id, limit, before, kinds, rejected_only)
    if kinds is None or X_KIND in kinds:
        rows += _x_page(session, register_id, limit, before, rejected_only)
    rows.sort(key=lambda r: (r.at, r.source, r.id), reverse=True)
    return rows[:limit]


def _outbox_page(session: Session, register_id: int, limit: int, before: Cursor | None,
                 kinds: frozenset[str] | None, rejected_only: bool) -> list[LogRow]:
    out = []
    for (oid, doc_type, state, attempts, created, code, text, handled, rid, op, rnum, total, sign, r_off,
         mkind, mnum, amount, m_off, shift_no, z_no) in session.execute(
            outbox_statement(register_id, limit, before, kinds, rejected_only)):
        out.append(LogRow(
            source=OUTBOX_SOURCE, id=oid, kind=_outbox_kind(doc_type, op, mkind), at=created,
            shift_number=z_no if doc_type == "close_shift" else shift_no,
            number=rnum if rid is not None else mnum, amount_tiyn=total if rid is not None else amount,
            fiscal_sign=sign, offline=bool(r_off or m_off), state=state, attempts=attempts or 0,
            result_code=code or None, result_text=text, document_id=rid, handled_at=handled,
        ))
    return out


def outbox_statement(register_id: int, limit: int, before: Cursor | None = None,
                     kinds: frozenset[str] | None = None,
                     rejected_only: bool = False) -> Select[*tuple[Any, ...]]:
    """The outbox side of a page (its plan is checked to use the (register_id, created_at) index)."""
    o, r, m = FiscalOutbox, Receipt, CashMove
    doc_shift, z_shift = aliased(Shift), aliased(Shift)
    stmt: Select[*tuple[Any, ...]] = (
        select(o.id, o.doc_type, o.state, o.attempts, o.created_at, o.result_code, o.last_error, o.handled_at,
               r.id, r.operation, r.number, r.total_tiyn, r.fiscal_sign, r.offline,
               m.kind, m.number, m.amount_tiyn, m.offline, doc_shift.number, z_shift.number)
        .select_from(o)
        .outerjoin(r, and_(o.doc_type == "ticket", r.uuid == o.doc_uuid))
        .outerjoin(m, and_(o.doc_type == "money_placement", m.uuid == o.doc_uuid))
        .outerjoin(doc_shift, doc_shift.id == func.coalesce(r.shift_id, m.shift_id))
        .outerjoin(z_shift, and_(o.doc_type == "close_shift", z_shift.uuid == o.doc_uuid))
        .where(o.register_id == register_id, _older(o.created_at, o.id, OUTBOX_SOURCE, before))
        .order_by(o.created_at.desc(), o.id.desc())
        .limit(limit)
    )
    if rejected_only:
        stmt = stmt.where(o.state == "rejected")
    if kinds is not None:
        wanted = [and_(o.doc_type == "ticket", r.operation.in_(kinds & {SALE, SALE_RETURN, BUY, BUY_RETURN})),
                  and_(o.doc_type == "money_placement", m.kind.in_(kinds & {DEPOSIT, WITHDRAWAL}))]
        if Z_KIND in kinds:
            wanted.append(o.doc_type == "close_shift")
        stmt = stmt.where(or_(*wanted))
    return stmt


def _x_page(session: Session, register_id: int, limit: int, before: Cursor | None,
            rejected_only: bool) -> list[LogRow]:
    x = XReport
    stmt = (
        select(x.id, x.created_at, x.number, x.ofd_state, x.result_code, x.result_text, Shift.number)
        .join(Shift, Shift.id == x.shift_id)
        .where(x.register_id == register_id, _older(x.created_at, x.id, X_SOURCE, before))
        .order_by(x.created_at.desc(), x.id.desc())
        .limit(limit)
    )
    if rejected_only:
        stmt = stmt.where(x.ofd_state == "rejected")
    return [LogRow(source=X_SOURCE, id=xid, kind=X_KIND, at=created, shift_number=shift_no, number=number,
                   amount_tiyn=None, fiscal_sign=None, offline=False, state=state, attempts=1, result_code=code,
                   result_text=text, document_id=None)
            for xid, created, number, state, code, text, shift_no in session.execute(stmt)]


def add_x_report(session: Session, *, register_id: int, shift_id: int, user_id: int | None, at: datetime,
                 ofd_state: str, result_code: int | None = None, result_text: str | None = None) -> XReport:
    """Keep an X report (numbered within its shift); the caller commits."""
    count = session.scalar(select(func.count()).where(XReport.shift_id == shift_id)) or 0
    row = XReport(register_id=register_id, shift_id=shift_id, number=int(count) + 1, user_id=user_id, created_at=at,
                  ofd_state=ofd_state, result_code=result_code, result_text=result_text)
    session.add(row)
    session.flush()
    return row


def mark_handled(session: Session, register_id: int, entry_id: int, user_id: int | None, at: datetime) -> bool:
    """An administrator dealt with this refused document; False when it is not a refusal of the
    register or was already marked (the caller commits)."""
    entry = session.get(FiscalOutbox, entry_id)
    if entry is None or entry.register_id != register_id or entry.state != "rejected" or entry.handled_at is not None:
        return False
    entry.handled_at, entry.handled_by_id = at, user_id
    return True
