"""Fiscal documents the registers upload: typed rows for the sales view and the dashboard,
and the original JSON beside them.

Each document is unique by ``(company_id, key)``: the key is the desktop's document uuid, so
a retried upload finds its first record (decision 1404). ``body_hash`` (SHA-256 of the
canonical JSON) tells an honest retry from a different document under the same key.
``local_day`` is the document's date in the company's time zone, for grouping by day.
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

from alsep_cloud.store.base import AwareDateTime, Base, BigId, Json


class _Uploaded:
    """Columns every uploaded document has."""

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    company_id: Mapped[str] = mapped_column(String(36))
    register_id: Mapped[str] = mapped_column(String(36))
    key: Mapped[str] = mapped_column(String(80))
    body_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(AwareDateTime())
    local_day: Mapped[date] = mapped_column(Date)
    received_at: Mapped[datetime] = mapped_column(AwareDateTime())
    raw: Mapped[dict[str, Any]] = mapped_column(Json)


class Receipt(_Uploaded, Base):
    """A sale, purchase or their return, as fiscalized by the register."""

    __tablename__ = "receipt"
    __table_args__ = (
        UniqueConstraint("company_id", "key", name="uq_receipt_company_key"),
        Index("ix_receipt_company_day", "company_id", "local_day"),
        Index("ix_receipt_register_day", "register_id", "local_day"),
    )

    trade_point_id: Mapped[str] = mapped_column(String(36))
    operation: Mapped[str] = mapped_column(String(16))  # domain.receipt.OperationKind
    number: Mapped[int] = mapped_column(Integer)  # within the shift
    shift_key: Mapped[str] = mapped_column(String(80))
    shift_number: Mapped[int] = mapped_column(Integer)
    total_tiyn: Mapped[int] = mapped_column(BigInteger)
    discount_tiyn: Mapped[int] = mapped_column(BigInteger, default=0)
    markup_tiyn: Mapped[int] = mapped_column(BigInteger, default=0)
    vat_tiyn: Mapped[int] = mapped_column(BigInteger, default=0)
    change_tiyn: Mapped[int] = mapped_column(BigInteger, default=0)
    cashier: Mapped[str] = mapped_column(String(254), default="")
    offline: Mapped[bool] = mapped_column(Boolean, default=False)
    fiscal_sign: Mapped[str | None] = mapped_column(String(64))
    ofd_ticket_number: Mapped[str | None] = mapped_column(String(64))
    check_url: Mapped[str | None] = mapped_column(Text)
    original_key: Mapped[str | None] = mapped_column(String(80))  # the sale a return refers to
    original_fiscal_sign: Mapped[str | None] = mapped_column(String(64))
    buyer_iin_bin: Mapped[str | None] = mapped_column(String(12))

    lines: Mapped[list[ReceiptLine]] = relationship(
        cascade="all, delete-orphan", order_by="ReceiptLine.position", lazy="selectin"
    )
    payments: Mapped[list[ReceiptPayment]] = relationship(
        cascade="all, delete-orphan", order_by="ReceiptPayment.id", lazy="selectin"
    )
    tenders: Mapped[list[ReceiptTender]] = relationship(
        cascade="all, delete-orphan", order_by="ReceiptTender.id", lazy="selectin"
    )

    def tender_tiyn(self, kind: str) -> int:
        """What the receipt left with the shop under ``kind`` (cash net of change)."""
        return sum(t.amount_tiyn for t in self.tenders if t.kind == kind)

    # the columns 0005 moved into rows (LEGACY_TENDER_COLUMNS), readable as before
    @property
    def cash_tiyn(self) -> int:
        return self.tender_tiyn("cash")

    @property
    def card_tiyn(self) -> int:
        return self.tender_tiyn("card")

    @property
    def mobile_tiyn(self) -> int:
        return self.tender_tiyn("mobile")

    @property
    def non_cash_tiyn(self) -> int:
        return self.tender_tiyn("non_cash")


#: the tender kinds that were receipt columns (``<kind>_tiyn``) before migration 0005; the sales
#: API still answers these four fields for its readers, beside ``tenders`` that has every kind
LEGACY_TENDER_COLUMNS = ("cash", "card", "mobile", "non_cash")


class ReceiptLine(Base):
    __tablename__ = "receipt_line"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    receipt_id: Mapped[int] = mapped_column(ForeignKey("receipt.id", ondelete="CASCADE"), index=True)
    company_id: Mapped[str] = mapped_column(String(36))
    position: Mapped[int] = mapped_column(Integer)
    product_id: Mapped[str | None] = mapped_column(String(36))
    code: Mapped[str] = mapped_column(String(64), default="")
    group_code: Mapped[str] = mapped_column(String(64), default="")
    name: Mapped[str] = mapped_column(String(255))
    barcode: Mapped[str | None] = mapped_column(String(14))
    unit: Mapped[str] = mapped_column(String(8), default="796")
    unit_price_tiyn: Mapped[int] = mapped_column(BigInteger)
    quantity_milli: Mapped[int] = mapped_column(BigInteger)
    discount_tiyn: Mapped[int] = mapped_column(BigInteger, default=0)
    markup_tiyn: Mapped[int] = mapped_column(BigInteger, default=0)
    total_tiyn: Mapped[int] = mapped_column(BigInteger)
    vat_code: Mapped[str] = mapped_column(String(8))
    vat_tiyn: Mapped[int] = mapped_column(BigInteger, default=0)
    ntin: Mapped[str | None] = mapped_column(String(14))
    marking_code: Mapped[str | None] = mapped_column(Text)
    original_position: Mapped[int | None] = mapped_column(Integer)


class ReceiptPayment(Base):
    __tablename__ = "receipt_payment"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    receipt_id: Mapped[int] = mapped_column(ForeignKey("receipt.id", ondelete="CASCADE"), index=True)
    company_id: Mapped[str] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(16))  # a key of domain.tender's table
    amount_tiyn: Mapped[int] = mapped_column(BigInteger)
    terminal_id: Mapped[str | None] = mapped_column(String(32))
    card_type: Mapped[str | None] = mapped_column(String(32))
    auth_code: Mapped[str | None] = mapped_column(String(32))
    rrn: Mapped[str | None] = mapped_column(String(32))


class ReceiptTender(Base):
    """A receipt's total under one tender kind (``domain.tender``'s table), cash net of change: the
    per-kind totals as rows, so a new kind needs no column (migration 0005, decision 2141)."""

    __tablename__ = "receipt_tender"
    __table_args__ = (UniqueConstraint("receipt_id", "kind", name="uq_receipt_tender_receipt_kind"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    receipt_id: Mapped[int] = mapped_column(ForeignKey("receipt.id", ondelete="CASCADE"))
    company_id: Mapped[str] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(16))
    amount_tiyn: Mapped[int] = mapped_column(BigInteger)


class Shift(Base):
    """A register's shift as its reports told it (opened by «open», closed by «z»)."""

    __tablename__ = "shift"
    __table_args__ = (UniqueConstraint("company_id", "key", name="uq_shift_company_key"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    company_id: Mapped[str] = mapped_column(String(36))
    register_id: Mapped[str] = mapped_column(String(36), index=True)
    key: Mapped[str] = mapped_column(String(80))  # the desktop's shift uuid
    number: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(16))  # open | closed
    opened_at: Mapped[datetime | None] = mapped_column(AwareDateTime())
    closed_at: Mapped[datetime | None] = mapped_column(AwareDateTime())
    updated_at: Mapped[datetime] = mapped_column(AwareDateTime())


class ShiftReport(_Uploaded, Base):
    """An open-shift, X or Z report with its figures."""

    __tablename__ = "shift_report"
    __table_args__ = (
        UniqueConstraint("company_id", "key", name="uq_shift_report_company_key"),
        Index("ix_shift_report_company_day", "company_id", "local_day"),
    )

    shift_key: Mapped[str] = mapped_column(String(80))
    shift_number: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(8))  # open | x | z
    sales_count: Mapped[int] = mapped_column(Integer, default=0)
    sales_tiyn: Mapped[int] = mapped_column(BigInteger, default=0)
    returns_count: Mapped[int] = mapped_column(Integer, default=0)
    returns_tiyn: Mapped[int] = mapped_column(BigInteger, default=0)
    cash_tiyn: Mapped[int] = mapped_column(BigInteger, default=0)  # cash in the drawer
    deposits_tiyn: Mapped[int] = mapped_column(BigInteger, default=0)
    withdrawals_tiyn: Mapped[int] = mapped_column(BigInteger, default=0)
    counters: Mapped[dict[str, Any]] = mapped_column(Json, default=dict)
    cashier: Mapped[str] = mapped_column(String(254), default="")


class CashMove(_Uploaded, Base):
    """A cash deposit or withdrawal."""

    __tablename__ = "cash_move"
    __table_args__ = (
        UniqueConstraint("company_id", "key", name="uq_cash_move_company_key"),
        Index("ix_cash_move_company_day", "company_id", "local_day"),
    )

    shift_key: Mapped[str] = mapped_column(String(80))
    shift_number: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))  # deposit | withdrawal
    amount_tiyn: Mapped[int] = mapped_column(BigInteger)
    number: Mapped[int | None] = mapped_column(Integer)
    cashier: Mapped[str] = mapped_column(String(254), default="")
    offline: Mapped[bool] = mapped_column(Boolean, default=False)
    fiscal_sign: Mapped[str | None] = mapped_column(String(64))


class TerminalOperation(_Uploaded, Base):
    """A card-terminal operation (payment, refund, cancel, reconciliation), raw as reported."""

    __tablename__ = "terminal_operation"
    __table_args__ = (
        UniqueConstraint("company_id", "key", name="uq_terminal_operation_company_key"),
        Index("ix_terminal_operation_company_day", "company_id", "local_day"),
    )

    kind: Mapped[str] = mapped_column(String(16))  # payment | refund | cancel | reconciliation
    status: Mapped[str] = mapped_column(String(16))  # approved | declined | error
    amount_tiyn: Mapped[int] = mapped_column(BigInteger, default=0)
    terminal_id: Mapped[str] = mapped_column(String(32), default="")
    rrn: Mapped[str | None] = mapped_column(String(32))
    auth_code: Mapped[str | None] = mapped_column(String(32))
    card_mask: Mapped[str | None] = mapped_column(String(32))
    receipt_key: Mapped[str | None] = mapped_column(String(80))
    method: Mapped[str | None] = mapped_column(String(8))  # card | qr (decision 1415)
    revision: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
