"""Company, trade points, registers and local settings."""

from __future__ import annotations

from sqlalchemy import Connection, bindparam, select, update
from sqlalchemy.orm import Session

from alsep_desktop.store.base import table_of
from alsep_desktop.store.models import Company, Register, Setting, TradePoint, User

_C = table_of(Company)
_COMPANY_REG = select(_C.c.name, _C.c.legal_address, _C.c.address_kz, _C.c.iin_bin, _C.c.oked).where(
    _C.c.id == bindparam("c"))
_REG = table_of(Register)


class OrgRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, obj: Company | TradePoint | Register) -> None:
        self.session.add(obj)
        self.session.flush()

    def company(self) -> Company | None:
        return self.session.scalars(select(Company).order_by(Company.id)).first()

    def company_by_id(self, company_id: int) -> Company | None:
        return self.session.get(Company, company_id)

    def company_by_iin_bin(self, iin_bin: str) -> Company | None:
        return self.session.scalars(select(Company).where(Company.iin_bin == iin_bin)).first()

    def company_registration(self, company_id: int) -> tuple[str, str, str, str, str] | None:
        """(name, legal address, address in Kazakh, BIN/IIN, OKED) in one statement (the sale's hot path)."""
        row = self.session.connection().execute(_COMPANY_REG, {"c": company_id}).first()
        return tuple(row) if row is not None else None

    def adopt_users(self, company_id: int) -> None:
        """Users created before the company join it."""
        for user in self.session.scalars(select(User).where(User.company_id.is_(None))):
            user.company_id = company_id

    def trade_points(self, company_id: int) -> list[TradePoint]:
        stmt = select(TradePoint).where(TradePoint.company_id == company_id).order_by(TradePoint.id)
        return list(self.session.scalars(stmt))

    def trade_point(self, tp_id: int) -> TradePoint | None:
        return self.session.get(TradePoint, tp_id)

    def registers(self, company_id: int) -> list[Register]:
        stmt = select(Register).where(Register.company_id == company_id).order_by(Register.id)
        return list(self.session.scalars(stmt))

    def active_register_ids(self) -> list[int]:
        return list(self.session.scalars(select(Register.id).where(Register.status == "active")))

    def register(self, register_id: int, *, lock: bool = False) -> Register | None:
        """The register; ``lock`` serializes the documents of one register on PostgreSQL
        (``SELECT … FOR NO KEY UPDATE``: numbering and shift opening are race-free). SQLite needs
        no row lock: the unit of work already holds the write lock (BEGIN IMMEDIATE)."""
        if lock and self.session.get_bind().dialect.name == "postgresql":
            return self.session.get(Register, register_id, with_for_update={"key_share": True, "of": Register},
                                    populate_existing=True)
        return self.session.get(Register, register_id)

    def register_by_serial(self, serial: str) -> Register | None:
        return self.session.scalars(select(Register).where(Register.serial_number == serial)).first()

    def register_of_device(self, device_id: str) -> Register | None:
        stmt = select(Register).where(Register.bound_device_id == device_id).order_by(Register.id)
        return self.session.scalars(stmt).first()

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


_BLOCK = update(_REG).where(_REG.c.id == bindparam("b_id")).values(ofd_block=bindparam("b_block"))


def block_register(conn: Connection, register_id: int, reason: str) -> None:
    """The OFD stopped the register ("invalid_token"): kept on its row until an admin acts."""
    conn.execute(_BLOCK, {"b_id": register_id, "b_block": reason})
