"""The company's card terminals (``payment_terminal``, migration 0008)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from alsep_desktop.store.models import AuditEntry, Register, TradePoint, User
from alsep_desktop.store.models.terminal_registry import PaymentTerminal

_T = PaymentTerminal


class TerminalRegistryRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, terminal: PaymentTerminal) -> PaymentTerminal:
        self.session.add(terminal)
        self.session.flush()
        return terminal

    def get(self, terminal_id: int, company_id: int) -> PaymentTerminal | None:
        row = self.session.get(_T, terminal_id)
        return row if row is not None and row.company_id == company_id else None

    def by_serial(self, company_id: int, serial_number: str) -> PaymentTerminal | None:
        stmt = select(_T).where(_T.company_id == company_id, _T.serial_number == serial_number)
        return self.session.scalars(stmt).first()

    def of_company(self, company_id: int, *, active_only: bool = False) -> list[PaymentTerminal]:
        stmt = select(_T).where(_T.company_id == company_id)
        if active_only:
            stmt = stmt.where(_T.active.is_(True))
        return list(self.session.scalars(stmt.order_by(_T.serial_number)))

    def names(self, company_id: int) -> tuple[dict[int, str], dict[int, str], dict[int, str]]:
        """Trade point, register and user names of the company (id → name) for the list."""
        tps = {tid: name for tid, name in self.session.execute(
            select(TradePoint.id, TradePoint.name).where(TradePoint.company_id == company_id))}
        regs = {rid: f"{name} ({serial})" for rid, name, serial in self.session.execute(
            select(Register.id, Register.name, Register.serial_number).where(Register.company_id == company_id))}
        users = {uid: (full or email) for uid, full, email in self.session.execute(
            select(User.id, User.full_name, User.email).where(User.company_id == company_id))}
        return tps, regs, users

    def belongs(self, company_id: int, *, trade_point_id: int | None, register_id: int | None,
                cashier_id: int | None) -> str | None:
        """The first reference that is not the company's (``"trade_point_id"`` …), or None."""
        if trade_point_id is not None:
            tp = self.session.get(TradePoint, trade_point_id)
            if tp is None or tp.company_id != company_id:
                return "trade_point_id"
        if register_id is not None:
            reg = self.session.get(Register, register_id)
            if reg is None or reg.company_id != company_id:
                return "register_id"
        if cashier_id is not None:
            user = self.session.get(User, cashier_id)
            if user is None or user.company_id not in (company_id, None):
                return "cashier_id"
        return None

    def audit_of(self, entity: str, entity_id: int) -> list[tuple[Any, ...]]:
        """(at, user name, action, details JSON) of one entity's audit entries, newest first."""
        stmt = (
            select(AuditEntry.at, func.coalesce(User.full_name, ""), User.email, AuditEntry.action, AuditEntry.details)
            .outerjoin(User, User.id == AuditEntry.user_id)
            .where(AuditEntry.entity == entity, AuditEntry.entity_id == str(entity_id))
            .order_by(AuditEntry.id.desc())
        )
        return [
            (at, full or (email or ""), action, details)
            for at, full, email, action, details in self.session.execute(stmt)
        ]
