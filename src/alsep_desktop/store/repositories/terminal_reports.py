"""Reads of the terminal journal for the transaction list, summary and statement (seed 8.9).

Read only; the journal's writes belong to ``repositories/terminal.py``. Each row comes with the
names a person reads: the register, the cashier, the fiscal receipt's number.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, case, func, literal, select
from sqlalchemy.orm import Session

from alsep_desktop.store.models import Receipt, Register, Shift, User
from alsep_desktop.store.models.terminal import TerminalOperationRow

_T = TerminalOperationRow


@dataclass(frozen=True, slots=True)
class JournalLine:
    id: str
    started_at: datetime  # UTC
    kind: str
    method: str | None
    state: str
    amount_tiyn: int
    terminal_id: str | None
    transaction_id: str | None
    auth_code: str | None
    card_mask: str | None
    fiscalized: bool
    register_id: int | None
    register: str
    cashier: str
    shift_number: int | None
    receipt_number: int | None


class TerminalReportRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def lines(self, start: datetime, end: datetime, *, register_ids: Iterable[int] | None = None,
              limit: int | None = None) -> list[JournalLine]:
        """Operations started in [start, end), oldest first, with the names of register and cashier."""
        stmt = (
            select(_T.id, _T.started_at, _T.kind, _T.method, _T.state, _T.amount_tiyn, _T.terminal_id,
                   _T.transaction_id, _T.auth_code, _T.card_mask, _T.fiscalized, _T.register_id,
                   Register.name, User.full_name, User.email, Shift.number, Receipt.number)
            .outerjoin(Register, Register.id == _T.register_id)
            .outerjoin(User, User.id == _T.cashier_id)
            .outerjoin(Receipt, Receipt.id == _T.receipt_id)
            .outerjoin(Shift, Shift.id == Receipt.shift_id)
            .where(_T.started_at >= start, _T.started_at < end)
        )
        if register_ids is not None:
            stmt = stmt.where(_T.register_id.in_(list(register_ids)))
        stmt = stmt.order_by(_T.started_at, _T.id)
        if limit is not None:
            stmt = stmt.limit(limit)
        out: list[JournalLine] = []
        for (op_id, at, kind, method, state, amount, terminal, txn, auth, mask, fiscalized, reg_id, reg_name,
             full_name, email, shift_no, receipt_no) in self.session.execute(stmt):
            out.append(JournalLine(op_id, at, kind, method, state, int(amount), terminal, txn, auth, mask,
                                   bool(fiscalized), reg_id, reg_name or "", full_name or email or "", shift_no,
                                   receipt_no))
        return out

    # -- aggregates (the same figures as ``services/terminal_figures``, computed by the database) ----
    def _scope(self, stmt: Select[*tuple[Any, ...]], start: datetime, end: datetime,
               register_ids: Iterable[int] | None) -> Select[*tuple[Any, ...]]:
        stmt = stmt.where(_T.started_at >= start, _T.started_at < end)
        if register_ids is not None:
            stmt = stmt.where(_T.register_id.in_(list(register_ids)))
        return stmt

    def _day(self, sqlite_offset_s: int) -> ColumnElement[str]:
        """The Almaty day of ``started_at`` as ``YYYY-MM-DD`` (decision 0401's way: exact on
        PostgreSQL, a fixed offset on SQLite; Almaty has no DST)."""
        if self.session.get_bind().dialect.name == "postgresql":
            return func.to_char(func.timezone("Asia/Almaty", _T.started_at), "YYYY-MM-DD")
        return func.strftime("%Y-%m-%d", _T.started_at, f"{sqlite_offset_s:+d} seconds")

    def counts(
        self, start: datetime, end: datetime, *, register_ids: Iterable[int] | None = None
    ) -> list[tuple[Any, ...]]:
        """(kind, method, state, count, sum of amount_tiyn) of the operations started in [start, end)."""
        stmt = select(_T.kind, _T.method, _T.state, func.count(), func.coalesce(func.sum(_T.amount_tiyn), 0))
        stmt = self._scope(stmt, start, end, register_ids).group_by(_T.kind, _T.method, _T.state)
        return [(k, m, s, int(c), int(a)) for k, m, s, c, a in self.session.execute(stmt)]

    def approved_groups(self, start: datetime, end: datetime, *, card_bp: int, qr_bp: int, sqlite_offset_s: int,
                        register_ids: Iterable[int] | None = None) -> list[tuple[Any, ...]]:
        """Approved operations by (day, slip terminal id, register, kind, method): count, sum of amounts
        and the sum of each payment's fee ``amount × rate`` rounded half-up to the tiyn (amounts are
        positive, so ``(amount × rate + 5000) // 10000`` in integers is that rounding)."""
        rate = case((_T.method == "qr", literal(qr_bp)), else_=literal(card_bp))
        fee = case((_T.kind == "payment", (_T.amount_tiyn * rate + 5000) // 10000), else_=literal(0))
        day = self._day(sqlite_offset_s).label("day")
        stmt = select(day, _T.terminal_id, _T.register_id, _T.kind, _T.method, func.count(),
                      func.coalesce(func.sum(_T.amount_tiyn), 0), func.coalesce(func.sum(fee), 0))
        stmt = self._scope(stmt.where(_T.state == "success"), start, end, register_ids)
        stmt = stmt.group_by(day, _T.terminal_id, _T.register_id, _T.kind, _T.method)
        return [(d, t, r, k, m, int(c), int(a), int(f)) for d, t, r, k, m, c, a, f in self.session.execute(stmt)]
