"""Users with roles; passwords and PINs are argon2 hashes, never plain text."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from alsep_desktop.store.base import Base
from alsep_desktop.store.types import AwareDateTime, new_uuid


class User(Base):
    __tablename__ = "user_account"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    company_id: Mapped[int | None] = mapped_column(ForeignKey("company.id"), index=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    pin_hash: Mapped[str | None] = mapped_column(String(255))
    full_name: Mapped[str] = mapped_column(String(255), default="")
    iin: Mapped[str | None] = mapped_column(String(12))
    birth_date: Mapped[date | None] = mapped_column(Date)
    role: Mapped[str] = mapped_column(String(16))  # admin | cashier
    comment: Mapped[str] = mapped_column(Text, default="")
    blocked: Mapped[bool] = mapped_column(Boolean, default=False)
    # password sign-in: counted by one atomic UPDATE before each check (decision 0014)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(AwareDateTime())
    # PIN re-entry: its own counter, locks of 1, 2, 4 … minutes; after 3 locks only the password works
    pin_failed_attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    pin_locked_until: Mapped[datetime | None] = mapped_column(AwareDateTime())
    pin_locks: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    created_at: Mapped[datetime] = mapped_column(AwareDateTime())


class AuthPrompt(Base):
    """Failed admin passwords at the prompt of one register and method (return, Z report)."""

    __tablename__ = "auth_prompt"

    register_id: Mapped[int] = mapped_column(Integer, primary_key=True)  # 0: not at a register
    method: Mapped[str] = mapped_column(String(32), primary_key=True)
    failed: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    locked_until: Mapped[datetime | None] = mapped_column(AwareDateTime())
