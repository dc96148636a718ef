"""X reports the register made, with what the OFD said of each (migration 0011, decision 2070)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from alsep_desktop.store.base import Base
from alsep_desktop.store.types import AwareDateTime, new_uuid

#: ``x_report.ofd_state``: accepted; not sent (documents were waiting, the X is never queued);
#: sent without an answer; refused by the OFD (``result_code``/``result_text`` as it said)
X_ACCEPTED, X_NOT_SENT, X_UNANSWERED, X_REJECTED = "accepted", "not_sent", "unanswered", "rejected"


class XReport(Base):
    __tablename__ = "x_report"
    __table_args__ = (Index("ix_x_report_register_created", "register_id", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    register_id: Mapped[int] = mapped_column(ForeignKey("register.id"))
    shift_id: Mapped[int] = mapped_column(ForeignKey("shift.id"))
    number: Mapped[int] = mapped_column(Integer)  # X report number within the shift
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    created_at: Mapped[datetime] = mapped_column(AwareDateTime())
    ofd_state: Mapped[str] = mapped_column(String(16))
    result_code: Mapped[int | None] = mapped_column(Integer)
    result_text: Mapped[str | None] = mapped_column(Text)
