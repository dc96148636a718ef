"""The fiscal outbox: documents waiting for the OFD, written in the same transaction."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from alsep_desktop.store.base import Base
from alsep_desktop.store.types import AwareDateTime


class FiscalOutbox(Base):
    __tablename__ = "fiscal_outbox"
    # the documents list (0011)
    __table_args__ = (Index("ix_fiscal_outbox_register_created", "register_id", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)  # upload order
    uuid: Mapped[str] = mapped_column(String(36), unique=True)  # idempotency key = document uuid
    register_id: Mapped[int] = mapped_column(ForeignKey("register.id"), index=True)
    doc_type: Mapped[str] = mapped_column(String(32))  # ticket | close_shift | money_placement | report
    doc_uuid: Mapped[str] = mapped_column(String(36))
    payload: Mapped[bytes | None] = mapped_column(LargeBinary)
    state: Mapped[str] = mapped_column(String(16), default="pending", index=True)  # pending|sent|rejected
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(AwareDateTime())
    sent_at: Mapped[datetime | None] = mapped_column(AwareDateTime())
    result_code: Mapped[int | None] = mapped_column(Integer)
    last_error: Mapped[str | None] = mapped_column(Text)
    #: an administrator marked this refused document as dealt with (0011, decision 2070)
    handled_at: Mapped[datetime | None] = mapped_column(AwareDateTime())
    handled_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))


class OfdSession(Base):
    """The register's OFD session: token, last request number, unanswered request."""

    __tablename__ = "ofd_session"

    register_id: Mapped[int] = mapped_column(ForeignKey("register.id", ondelete="CASCADE"), primary_key=True)
    device_id: Mapped[int] = mapped_column(BigInteger)
    token: Mapped[int] = mapped_column(BigInteger)
    req_num: Mapped[int] = mapped_column(Integer, default=0)
    pending_payload: Mapped[bytes | None] = mapped_column(LargeBinary)
    updated_at: Mapped[datetime | None] = mapped_column(AwareDateTime())
