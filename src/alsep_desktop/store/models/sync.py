"""Cloud sync bookkeeping (issue 14, migration 0009): the mirror's cursor and the push queue."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from alsep_desktop.store.base import Base
from alsep_desktop.store.types import AwareDateTime


class CloudSyncState(Base):
    """One row (id 1) while this store mirrors a cloud register."""

    __tablename__ = "cloud_sync_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    cloud_url: Mapped[str] = mapped_column(String(512))
    cloud_register_id: Mapped[str] = mapped_column(String(64))
    register_id: Mapped[int | None] = mapped_column(Integer)  # the local register the mirror fills
    cursor: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    mirror_total: Mapped[int | None] = mapped_column(BigInteger)
    mirror_done: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    last_synced_at: Mapped[datetime | None] = mapped_column(AwareDateTime())
    pending_json: Mapped[str | None] = mapped_column(Text)  # bundles waiting for their products


class CloudPush(Base):
    """A document waiting for the cloud; ``payload`` frozen at the first attempt."""

    __tablename__ = "cloud_push"
    __table_args__ = (Index("ix_cloud_push_state", "state", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(16))  # receipt | cash_move | shift_open | shift_z | terminal_op
    doc_uuid: Mapped[str] = mapped_column(String(64))
    key: Mapped[str] = mapped_column(String(80), unique=True)
    register_id: Mapped[int] = mapped_column(Integer)
    # waiting|sent|skipped|refused
    state: Mapped[str] = mapped_column(String(12), default="waiting", server_default="waiting")
    payload: Mapped[str | None] = mapped_column(Text)
    attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    next_attempt_at: Mapped[datetime | None] = mapped_column(AwareDateTime())
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(AwareDateTime())
    sent_at: Mapped[datetime | None] = mapped_column(AwareDateTime())
