"""The card terminal's operations journal (decision 0703, migration 0007)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from alsep_desktop.store.base import Base
from alsep_desktop.store.types import AwareDateTime

#: states in which the driver is (or was, before a restart) still watching the process
WATCHED_STATES = ("starting", "wait", "unknown")
#: states only the terminal's own history can settle ("check the terminal")
CHECK_BY_HAND_STATES = ("start_unconfirmed", "lost")


class TerminalOperationRow(Base):
    """One payment or refund on the card terminal, upserted by the driver's operation id."""

    __tablename__ = "terminal_operation"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    reference: Mapped[str] = mapped_column(String(64), index=True)  # the sale / return uuid
    kind: Mapped[str] = mapped_column(String(16))  # payment | refund
    amount_tiyn: Mapped[int] = mapped_column(BigInteger)
    vendor: Mapped[str] = mapped_column(String(32), default="kaspi")
    state: Mapped[str] = mapped_column(String(32), index=True)
    process_id: Mapped[str | None] = mapped_column(String(128), index=True)
    sub_status: Mapped[str] = mapped_column(String(128), default="", server_default="")
    reported: Mapped[str | None] = mapped_column(String(32))  # TerminalStatus value told to the caller
    method: Mapped[str | None] = mapped_column(String(16))  # card | qr
    transaction_id: Mapped[str | None] = mapped_column(String(128), index=True)  # RRN / QR order number
    original_transaction_id: Mapped[str | None] = mapped_column(String(128))
    auth_code: Mapped[str | None] = mapped_column(String(64))
    card_mask: Mapped[str | None] = mapped_column(String(64))
    card_type: Mapped[str | None] = mapped_column(String(64))
    terminal_id: Mapped[str | None] = mapped_column(String(64))
    message: Mapped[str] = mapped_column(Text, default="", server_default="")
    actualize_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    acknowledged: Mapped[bool] = mapped_column(Boolean, default=False)
    cheque: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    started_at: Mapped[datetime] = mapped_column(AwareDateTime(), index=True)
    updated_at: Mapped[datetime] = mapped_column(AwareDateTime())
    register_id: Mapped[int | None] = mapped_column(ForeignKey("register.id"), index=True)
    shift_id: Mapped[int | None] = mapped_column(ForeignKey("shift.id"), index=True)
    cashier_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    receipt_id: Mapped[int | None] = mapped_column(ForeignKey("receipt.id"), index=True)
    #: a fiscal receipt holds this money (``receipt_id`` is set with it)
    fiscalized: Mapped[bool] = mapped_column(Boolean, default=False)
    #: taken from the terminal page with «ФИСКАЛИЗАЦИЯ» off (seed 9.4): no receipt until «Безнал»
    terminal_only: Mapped[bool] = mapped_column(Boolean, default=False)
