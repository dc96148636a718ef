"""Reads of the terminal journal for the transaction list, summary and statement (seed 8.9).

Read only; the journal's writes belong to ``repositories/terminal.py``. Each row comes with the
names a person reads: the register, the cashier, the fiscal receipt's number.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
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
