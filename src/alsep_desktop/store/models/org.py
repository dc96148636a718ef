"""Company, trade points, registers (ККМ) and key/value settings."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from alsep_desktop.store.base import Base
from alsep_desktop.store.types import AwareDateTime, new_uuid


class Company(Base):
    __tablename__ = "company"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    name: Mapped[str] = mapped_column(String(255))
    iin_bin: Mapped[str] = mapped_column(String(12), unique=True)
    tax_regime: Mapped[str] = mapped_column(String(64), default="general")
    vat_payer: Mapped[bool] = mapped_column(Boolean, default=False)
    vat_series: Mapped[str | None] = mapped_column(String(16))
    vat_number: Mapped[str | None] = mapped_column(String(16))
    legal_address: Mapped[str] = mapped_column(String(512), default="")
    address_kz: Mapped[str] = mapped_column(String(512), default="")  # legal address in Kazakh
    oked: Mapped[str | None] = mapped_column(String(5))
    phone: Mapped[str | None] = mapped_column(String(32))
    iban: Mapped[str | None] = mapped_column(String(20))
    bik: Mapped[str | None] = mapped_column(String(11))
    created_at: Mapped[datetime] = mapped_column(AwareDateTime())


class TradePoint(Base):
    __tablename__ = "trade_point"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    company_id: Mapped[int] = mapped_column(ForeignKey("company.id"), index=True)
    name: Mapped[str] = mapped_column(String(255))
    address: Mapped[str] = mapped_column(String(512), default="")
    address_kz: Mapped[str] = mapped_column(String(512), default="")  # address in Kazakh
    latitude: Mapped[int | None] = mapped_column(Integer)  # millionths of a degree (degrees × 1e6)
    longitude: Mapped[int | None] = mapped_column(Integer)
    # Legacy "lat,lon" text of schema 0001–0002: migration 0003 moved every readable value into
    # latitude/longitude and left only unreadable text here; the app only clears it (decision 0402).
    coordinates: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(AwareDateTime())


class Register(Base):
    """A cash register (ККМ) of the company, bound to at most one PC."""

    __tablename__ = "register"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    company_id: Mapped[int] = mapped_column(ForeignKey("company.id"), index=True)
    trade_point_id: Mapped[int] = mapped_column(ForeignKey("trade_point.id"), index=True)
    name: Mapped[str] = mapped_column(String(255))
    serial_number: Mapped[str] = mapped_column(String(20), unique=True)
    year_of_manufacture: Mapped[int] = mapped_column(Integer)
    ofd_system_id: Mapped[str | None] = mapped_column(String(32))
    registration_number: Mapped[str | None] = mapped_column(String(32))
    #: legacy plain-text column, always NULL since revision 0006: the token is a secret (decision 0013)
    ofd_token: Mapped[str | None] = mapped_column(String(128))
    #: name of the admin-entered OFD token in the secrets store (``alsep_desktop.secrets``)
    ofd_token_ref: Mapped[str | None] = mapped_column(String(255))
    ofd_token_updated_at: Mapped[datetime | None] = mapped_column(AwareDateTime())
    vat_payer: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(16), default="new")  # new | active | blocked
    #: why the OFD stopped this register ("invalid_token", seed 8.4), None while it accepts it
    ofd_block: Mapped[str | None] = mapped_column(String(32))
    bound_device_id: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(AwareDateTime())

    trade_point: Mapped[TradePoint] = relationship(lazy="joined")


class Setting(Base):
    """Local key/value settings (device binding, printer choice, SMTP, language)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(128), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
