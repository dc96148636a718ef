"""Secrets travelling between the PCs of one store: only public keys and sealed boxes here."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from alsep_desktop.store.base import Base
from alsep_desktop.store.types import AwareDateTime


class DeviceKey(Base):
    """The public key of one PC (installation): secrets are sealed to it."""

    __tablename__ = "device_key"

    device_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    public_key: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(AwareDateTime())


class SecretEnvelope(Base):
    """A secret sealed to one PC's public key, waiting until that PC takes it into its own store."""

    __tablename__ = "secret_envelope"

    name: Mapped[str] = mapped_column(String(255), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    sealed: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(AwareDateTime())
