"""One row per applied catalog import (decision 1419): its idempotency key, so a retried
import answers the first one's result and never applies twice."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from alsep_cloud.store.base import AwareDateTime, Base, BigId


class CatalogImport(Base):
    __tablename__ = "catalog_import"
    __table_args__ = (UniqueConstraint("company_id", "key"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    company_id: Mapped[str] = mapped_column(ForeignKey("company.id"))
    key: Mapped[str] = mapped_column(String(64))
    register_id: Mapped[str] = mapped_column(ForeignKey("register.id"))
    actor_id: Mapped[str | None] = mapped_column(String(36))
    rows: Mapped[int] = mapped_column(Integer)
    created: Mapped[int] = mapped_column(Integer)
    updated: Mapped[int] = mapped_column(Integer)
    unchanged: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(255), default="")
    created_at: Mapped[datetime] = mapped_column(AwareDateTime())
