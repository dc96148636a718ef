"""The company's card terminals (seed 7, 8.6: «MPOS» → terminals; migration 0008, decision 0713)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from alsep_desktop.store.base import Base
from alsep_desktop.store.types import AwareDateTime, new_uuid


class PaymentTerminal(Base):
    """One card terminal: what the bank knows it by, where it stands, and where its money goes.

    ``register_id`` is the register (PC) the terminal serves: its journal rows
    (``terminal_operation.register_id``) are this terminal's operations (decision 0710).
    Every change is one audit entry with the old and new values (decision 0713).
    """

    __tablename__ = "payment_terminal"
    __table_args__ = (UniqueConstraint("company_id", "serial_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    company_id: Mapped[int] = mapped_column(ForeignKey("company.id"), index=True)
    serial_number: Mapped[str] = mapped_column(String(64))
    model: Mapped[str] = mapped_column(String(64), default="")
    trade_point_id: Mapped[int | None] = mapped_column(ForeignKey("trade_point.id"), index=True)
    register_id: Mapped[int | None] = mapped_column(ForeignKey("register.id"), index=True)
    cashier_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    bank: Mapped[str] = mapped_column(String(128), default="")
    iban: Mapped[str | None] = mapped_column(String(20))
    bik: Mapped[str | None] = mapped_column(String(11))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(AwareDateTime())
    updated_at: Mapped[datetime] = mapped_column(AwareDateTime())
