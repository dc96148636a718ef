"""The card terminal's operations journal (``terminal_operation``, decision 0703).

Rows are upserted by the driver's operation id with plain column values (the service maps the
driver's ``TerminalOperation`` onto them); the register/shift/cashier/receipt columns are the app's
and an upsert without them keeps what is stored.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from alsep_desktop.store.models.terminal import (
    CHECK_BY_HAND_STATES,
    WATCHED_STATES,
    TerminalOperationRow,
)
from alsep_desktop.store.repositories.sync import enqueue_terminal_state

_T = TerminalOperationRow
UNKNOWN_REPORTS = ("unknown", "stopped_waiting")
_COLUMNS = frozenset(c.name for c in _T.__table__.columns)


#: the register's sale kept in ``cheque`` beside the terminal's fields (decision 2011)
SALE_KEY = "register_sale"


def _keep_sale(stored: Any, new: Any) -> Any:
    """The driver's cheque never carries the register's sale: keep the stored one."""
    if not isinstance(stored, dict) or SALE_KEY not in stored:
        return new
    if isinstance(new, dict) and SALE_KEY in new:
        return new
    return {**(new if isinstance(new, dict) else {}), SALE_KEY: stored[SALE_KEY]}


class TerminalJournalRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    # -- writes ------------------------------------------------------------------------
    def upsert(self, operation_id: str, values: Mapping[str, Any]) -> TerminalOperationRow:
        """Insert the operation or update the columns given; ``None`` for an app column
        (register, shift, cashier, receipt) keeps what is stored."""
        unknown = set(values) - _COLUMNS
        if unknown:
            raise ValueError(f"not terminal_operation columns: {sorted(unknown)}")
        row = self.session.get(_T, operation_id)
        if row is None:
            row = _T(id=operation_id, **dict(values))
            self.session.add(row)
        else:
            for name, value in values.items():
                if name in ("register_id", "shift_id", "cashier_id", "receipt_id") and value is None:
                    continue
                if name == "cheque":
                    value = _keep_sale(row.cheque, value)
                setattr(row, name, value)
        self.session.flush()
        # final: to the cloud (issue 14), and any later change of it as a new revision (decision 1415)
        enqueue_terminal_state(self.session, row, row.updated_at)
        if row.kind == "refund" and row.state == "success" and row.original_transaction_id:
            paid = self.by_transaction(row.original_transaction_id)
            if paid is not None:  # the payment's refunded amount changed
                enqueue_terminal_state(self.session, paid, row.updated_at)
        return row

    def link_receipt(self, operation_ids: Iterable[str], receipt_id: int) -> int:
        """The fiscal receipt that holds this money: sets ``receipt_id`` and ``fiscalized``."""
        count = 0
        for operation_id in operation_ids:
            row = self.session.get(_T, operation_id)
            if row is not None:
                row.receipt_id = receipt_id
                row.fiscalized = True
                count += 1
                self.session.flush()
                enqueue_terminal_state(self.session, row, row.updated_at)
        self.session.flush()
        return count

    def acknowledge(self, operation_id: str) -> bool:
        row = self.session.get(_T, operation_id)
        if row is None:
            return False
        row.acknowledged = True
        self.session.flush()
        enqueue_terminal_state(self.session, row, row.updated_at)
        return True

    # -- reads -------------------------------------------------------------------------
    def get(self, operation_id: str) -> TerminalOperationRow | None:
        return self.session.get(_T, operation_id)

    def by_reference(self, reference: str) -> list[TerminalOperationRow]:
        return list(self.session.scalars(select(_T).where(_T.reference == reference).order_by(_T.started_at)))

    def of_receipt(self, receipt_id: int) -> list[TerminalOperationRow]:
        return list(self.session.scalars(select(_T).where(_T.receipt_id == receipt_id).order_by(_T.started_at)))

    def by_transaction(self, transaction_id: str, *, kind: str = "payment") -> TerminalOperationRow | None:
        """The approved operation of that RRN / QR order number (the last one if a terminal reused it)."""
        stmt = (select(_T).where(_T.transaction_id == transaction_id, _T.kind == kind, _T.state == "success")
                .order_by(_T.started_at.desc()).limit(1))
        return self.session.scalars(stmt).first()

    def refunds_of(self, transaction_id: str) -> list[TerminalOperationRow]:
        stmt = select(_T).where(_T.kind == "refund", _T.original_transaction_id == transaction_id).order_by(
            _T.started_at)
        return list(self.session.scalars(stmt))

    def refunded_tiyn(self, transaction_id: str) -> int:
        """What approved refunds gave back of that payment."""
        stmt = select(func.coalesce(func.sum(_T.amount_tiyn), 0)).where(
            _T.kind == "refund", _T.original_transaction_id == transaction_id, _T.state == "success")
        return int(self.session.execute(stmt).scalar_one())

    def in_period(
        self, start: datetime, end: datetime, *, register_ids: Iterable[int] | None = None,
        states: Iterable[str] | None = None, kinds: Iterable[str] | None = None,
        terminal_ids: Iterable[str] | None = None,
    ) -> list[TerminalOperationRow]:
        """Operations started in [start, end), oldest first (the transaction list, seed 8.9)."""
        stmt = select(_T).where(_T.started_at >= start, _T.started_at < end)
        if register_ids is not None:
            stmt = stmt.where(_T.register_id.in_(list(register_ids)))
        if states is not None:
            stmt = stmt.where(_T.state.in_(list(states)))
        if kinds is not None:
            stmt = stmt.where(_T.kind.in_(list(kinds)))
        if terminal_ids is not None:
            stmt = stmt.where(_T.terminal_id.in_(list(terminal_ids)))
        return list(self.session.scalars(stmt.order_by(_T.started_at, _T.id)))

    def of_shift(self, shift_id: int, *, states: Iterable[str] | None = None) -> list[TerminalOperationRow]:
        stmt = select(_T).where(_T.shift_id == shift_id)
        if states is not None:
            stmt = stmt.where(_T.state.in_(list(states)))
        return list(self.session.scalars(stmt.order_by(_T.started_at, _T.id)))

    def by_state(self, states: Iterable[str], *, register_id: int | None = None) -> list[TerminalOperationRow]:
        stmt = select(_T).where(_T.state.in_(list(states)))
        if register_id is not None:
            stmt = stmt.where(_T.register_id == register_id)
        return list(self.session.scalars(stmt.order_by(_T.started_at, _T.id)))

    def to_resume(self, *, register_id: int | None = None) -> list[TerminalOperationRow]:
        """Processes the driver was still watching when the app stopped (0703: ``resume`` them)."""
        stmt = select(_T).where(_T.state.in_(WATCHED_STATES), _T.process_id.is_not(None))
        if register_id is not None:
            stmt = stmt.where(_T.register_id == register_id)
        return list(self.session.scalars(stmt.order_by(_T.started_at, _T.id)))

    def pending(self, *, register_id: int | None = None) -> list[TerminalOperationRow]:
        """The "pending reconciliation" list: operations only the terminal's history can settle, still
        watched ones the caller was told "not known", and late results not yet acknowledged."""
        unknown_told = _T.reported.in_(UNKNOWN_REPORTS)
        stmt = select(_T).where(or_(
            _T.state.in_(CHECK_BY_HAND_STATES),
            unknown_told & _T.state.in_(WATCHED_STATES),
            unknown_told & _T.state.in_(("success", "fail")) & _T.acknowledged.is_(False),
        ))
        if register_id is not None:
            stmt = stmt.where(_T.register_id == register_id)
        return list(self.session.scalars(stmt.order_by(_T.started_at, _T.id)))

    def unlinked_approved(self, *, register_id: int | None = None) -> list[TerminalOperationRow]:
        """Approved operations no receipt holds (what the start-up reconciliation looks at, 0715)."""
        stmt = select(_T).where(_T.state == "success", _T.receipt_id.is_(None), _T.fiscalized.is_(False))
        if register_id is not None:
            stmt = stmt.where(_T.register_id == register_id)
        return list(self.session.scalars(stmt.order_by(_T.started_at, _T.id)))

    def orphans(self, *, register_id: int | None = None) -> list[TerminalOperationRow]:
        """Approved payments of a sale that no receipt holds and nobody has settled (the register
        stopped between the approval and the receipt, or the receipt failed and the reversal did
        not go through); the caller leaves out those still under way and those paid back in full."""
        stmt = select(_T).where(_T.kind == "payment", _T.state == "success", _T.receipt_id.is_(None),
                                _T.fiscalized.is_(False), _T.terminal_only.is_(False), _T.acknowledged.is_(False),
                                or_(_T.reported.is_(None), _T.reported.not_in(UNKNOWN_REPORTS)))
        if register_id is not None:
            stmt = stmt.where(_T.register_id == register_id)
        return list(self.session.scalars(stmt.order_by(_T.started_at, _T.id)))

    def terminal_only_open(self, *, register_id: int | None = None,
                           shift_id: int | None = None) -> list[TerminalOperationRow]:
        """Approved terminal-only payments («ФИСКАЛИЗАЦИЯ» off) with no fiscal receipt yet, refunded or not
        (the service leaves out those paid back in full)."""
        stmt = select(_T).where(_T.terminal_only.is_(True), _T.kind == "payment", _T.state == "success",
                                _T.fiscalized.is_(False))
        if register_id is not None:
            stmt = stmt.where(_T.register_id == register_id)
        if shift_id is not None:
            stmt = stmt.where(_T.shift_id == shift_id)
        return list(self.session.scalars(stmt.order_by(_T.started_at, _T.id)))
