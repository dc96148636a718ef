"""Shifts and cash moves (deposit / withdrawal)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from alsep_desktop.store.base import Base
from alsep_desktop.store.types import AwareDateTime, new_uuid


class Shift(Base):
    __tablename__ = "shift"
    __table_args__ = (UniqueConstraint("register_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    register_id: Mapped[int] = mapped_column(ForeignKey("register.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(16))  # opening | open | closing | closed
    opened_at: Mapped[datetime] = mapped_column(AwareDateTime())
    closed_at: Mapped[datetime | None] = mapped_column(AwareDateTime())
    opened_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    closed_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    cash_at_open_tiyn: Mapped[int] = mapped_column(BigInteger, default=0)
    z_report: Mapped[str | None] = mapped_column(Text)  # JSON of the closing counters
    ofd_mismatch: Mapped[str | None] = mapped_column(Text)  # differences found against the OFD


class CashMove(Base):
    __tablename__ = "cash_move"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    register_id: Mapped[int] = mapped_column(ForeignKey("register.id"), index=True)
    shift_id: Mapped[int] = mapped_column(ForeignKey("shift.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # deposit | withdrawal
    amount_tiyn: Mapped[int] = mapped_column(BigInteger)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    created_at: Mapped[datetime] = mapped_column(AwareDateTime())
    state: Mapped[str] = mapped_column(String(16), default="queued")  # queued | signed | rejected
    number: Mapped[int | None] = mapped_column(Integer)  # document number within the shift
    offline: Mapped[bool] = mapped_column(Boolean, default=False)


class ShiftCounter(Base):
    """Running totals of a shift, updated in the same transaction as each document."""

    __tablename__ = "shift_counter"
    __table_args__ = (UniqueConstraint("shift_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    shift_id: Mapped[int] = mapped_column(ForeignKey("shift.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(64))
    count: Mapped[int] = mapped_column(BigInteger, default=0)
    amount: Mapped[int] = mapped_column(BigInteger, default=0)
    extra: Mapped[int] = mapped_column(BigInteger, default=0)
