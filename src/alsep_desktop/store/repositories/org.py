"""Company, trade points, registers and local settings."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from alsep_desktop.store.models import Company, Register, Setting, TradePoint


class OrgRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, obj: Company | TradePoint | Register) -> None:
        self.session.add(obj)
        self.session.flush()

    def company(self) -> Company | None:
        return self.session.scalars(select(Company).order_by(Company.id)).first()

    def company_by_iin_bin(self, iin_bin: str) -> Company | None:
        return self.session.scalars(select(Company).where(Company.iin_bin == iin_bin)).first()

    def trade_points(self, company_id: int) -> list[TradePoint]:
        stmt = select(TradePoint).where(TradePoint.company_id == company_id).order_by(TradePoint.id)
        return list(self.session.scalars(stmt))

    def trade_point(self, tp_id: int) -> TradePoint | None:
        return self.session.get(TradePoint, tp_id)

    def registers(self, company_id: int) -> list[Register]:
        stmt = select(Register).where(Register.company_id == company_id).order_by(Register.id)
        return list(self.session.scalars(stmt))

    def register(self, register_id: int) -> Register | None:
        return self.session.get(Register, register_id)

    def register_by_serial(self, serial: str) -> Register | None:
        return self.session.scalars(select(Register).where(Register.serial_number == serial)).first()

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        row = self.session.get(Setting, key)
        return row.value if row is not None else default

    def set_setting(self, key: str, value: str) -> None:
        row = self.session.get(Setting, key)
        if row is None:
            self.session.add(Setting(key=key, value=value))
        else:
            row.value = value
        self.session.flush()
