"""Tenants and their people and machines: company, trade points, users, registers.

Every row carries ``company_id`` and every unique key includes it (or is global by nature:
an e-mail, a serial number), so a chain can later be distributed by company (decision 1403).
Editable rows carry ``version`` (optimistic concurrency); rows the desktop mirrors carry
``seq``, their position in the company's change feed (decision 1402).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from alsep_cloud.store.base import AwareDateTime, Base, BigId, Json, new_id


class Company(Base):
    __tablename__ = "company"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(255))
    iin_bin: Mapped[str] = mapped_column(String(12), unique=True)
    tax_regime: Mapped[str] = mapped_column(String(64), default="general")
    vat_payer: Mapped[bool] = mapped_column(Boolean, default=False)
    vat_series: Mapped[str | None] = mapped_column(String(16))
    vat_number: Mapped[str | None] = mapped_column(String(16))
    legal_address: Mapped[str] = mapped_column(String(512), default="")
    address_kz: Mapped[str] = mapped_column(String(512), default="")
    oked: Mapped[str | None] = mapped_column(String(5))
    phone: Mapped[str | None] = mapped_column(String(32))
    iban: Mapped[str | None] = mapped_column(String(20))
    bik: Mapped[str | None] = mapped_column(String(11))
    timezone: Mapped[str] = mapped_column(String(64), default="Asia/Almaty")
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(AwareDateTime())
    updated_at: Mapped[datetime] = mapped_column(AwareDateTime())


class FeedCounter(Base):
    """The company's last change-feed number. Bumping it locks the row until commit, which
    orders every catalog/settings write of the company (decision 1402)."""

    __tablename__ = "feed_counter"

    company_id: Mapped[str] = mapped_column(ForeignKey("company.id", ondelete="CASCADE"), primary_key=True)
    last_seq: Mapped[int] = mapped_column(BigInteger, default=0)


class ServerSecret(Base):
    """Secrets shared by every instance when none is configured (token key, device pepper)."""

    __tablename__ = "server_secret"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(128))


class TradePoint(Base):
    __tablename__ = "trade_point"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    company_id: Mapped[str] = mapped_column(ForeignKey("company.id"), index=True)
    name: Mapped[str] = mapped_column(String(255))
    address: Mapped[str] = mapped_column(String(512), default="")
    address_kz: Mapped[str] = mapped_column(String(512), default="")
    latitude: Mapped[int | None] = mapped_column(Integer)  # millionths of a degree
    longitude: Mapped[int | None] = mapped_column(Integer)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(AwareDateTime())
    updated_at: Mapped[datetime] = mapped_column(AwareDateTime())


class User(Base):
    __tablename__ = "user_account"
    #: a login is unique within its company, not across companies (decision 2051, migration 0004)
    __table_args__ = (Index("ix_user_account_company_seq", "company_id", "seq"),
                      UniqueConstraint("company_id", "email"))

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    company_id: Mapped[str] = mapped_column(ForeignKey("company.id"))
    email: Mapped[str] = mapped_column(String(254))
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(16))  # admin | cashier
    full_name: Mapped[str] = mapped_column(String(255), default="")
    iin: Mapped[str | None] = mapped_column(String(12))
    birth_date: Mapped[date | None] = mapped_column(Date)
    comment: Mapped[str] = mapped_column(Text, default="")
    blocked: Mapped[bool] = mapped_column(Boolean, default=False)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    #: registers this user may sell on: every register of the company, or those listed
    all_registers: Mapped[bool] = mapped_column(Boolean, default=True)
    register_ids: Mapped[list[str]] = mapped_column(Json, default=list)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(AwareDateTime())
    password_changed_at: Mapped[datetime] = mapped_column(AwareDateTime())
    version: Mapped[int] = mapped_column(Integer, default=1)
    seq: Mapped[int] = mapped_column(BigInteger, default=0)
    created_at: Mapped[datetime] = mapped_column(AwareDateTime())
    updated_at: Mapped[datetime] = mapped_column(AwareDateTime())


class Register(Base):
    """A cash register (ККМ), its OFD data, status, and the device it is bound to."""

    __tablename__ = "register"
    __table_args__ = (Index("ix_register_company_seq", "company_id", "seq"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    company_id: Mapped[str] = mapped_column(ForeignKey("company.id"))
    trade_point_id: Mapped[str] = mapped_column(ForeignKey("trade_point.id"), index=True)
    name: Mapped[str] = mapped_column(String(255))
    serial_number: Mapped[str] = mapped_column(String(20), unique=True)
    year_of_manufacture: Mapped[int] = mapped_column(Integer)
    ofd_system_id: Mapped[str | None] = mapped_column(String(32))
    registration_number: Mapped[str | None] = mapped_column(String(32))
    ofd_token: Mapped[str | None] = mapped_column(String(128))
    ofd_token_updated_at: Mapped[datetime | None] = mapped_column(AwareDateTime())
    vat_payer: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(16), default="new")  # new | active | blocked
    device_id: Mapped[str | None] = mapped_column(String(128))
    #: HMAC-SHA256(pepper, credential) of the bound device's credential; NULL = none valid
    device_credential_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    device_bound_at: Mapped[datetime | None] = mapped_column(AwareDateTime())
    version: Mapped[int] = mapped_column(Integer, default=1)
    seq: Mapped[int] = mapped_column(BigInteger, default=0)
    created_at: Mapped[datetime] = mapped_column(AwareDateTime())
    updated_at: Mapped[datetime] = mapped_column(AwareDateTime())

    trade_point: Mapped[TradePoint] = relationship(lazy="joined")


class Revision(Base):
    """Each version of each editable record as the API showed it: a stale edit is answered
    with the fields changed since the version the client read."""

    __tablename__ = "revision"
    __table_args__ = (Index("ix_revision_entity", "company_id", "kind", "entity_id", "version"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    company_id: Mapped[str] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(36))
    version: Mapped[int] = mapped_column(Integer)
    data: Mapped[dict[str, Any]] = mapped_column(Json)
    actor_id: Mapped[str | None] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(AwareDateTime())
