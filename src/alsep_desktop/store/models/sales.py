"""Receipts (sale, purchase and their returns), their lines and payments."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from alsep_desktop.store.base import Base
from alsep_desktop.store.types import AwareDateTime, new_uuid


class Receipt(Base):
    __tablename__ = "receipt"
    __table_args__ = (UniqueConstraint("shift_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    register_id: Mapped[int] = mapped_column(ForeignKey("register.id"), index=True)
    shift_id: Mapped[int] = mapped_column(ForeignKey("shift.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)  # number within the shift
    operation: Mapped[str] = mapped_column(String(16))
    state: Mapped[str] = mapped_column(String(16))
    total_tiyn: Mapped[int] = mapped_column(BigInteger)
    discount_tiyn: Mapped[int] = mapped_column(BigInteger, default=0)
    markup_tiyn: Mapped[int] = mapped_column(BigInteger, default=0)
    vat_tiyn: Mapped[int] = mapped_column(BigInteger, default=0)
    change_tiyn: Mapped[int] = mapped_column(BigInteger, default=0)
    cashier_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    created_at: Mapped[datetime] = mapped_column(AwareDateTime())
    offline: Mapped[bool] = mapped_column(Boolean, default=False)
    fiscal_sign: Mapped[str | None] = mapped_column(String(64), index=True)  # the one printed
    ofd_fiscal_sign: Mapped[str | None] = mapped_column(String(64))  # OFD's, only when it differs
    ofd_ticket_number: Mapped[str | None] = mapped_column(String(64))
    check_url: Mapped[str | None] = mapped_column(Text)
    original_receipt_id: Mapped[int | None] = mapped_column(ForeignKey("receipt.id"))
    buyer_iin_bin: Mapped[str | None] = mapped_column(String(12))
    printed_at: Mapped[datetime | None] = mapped_column(AwareDateTime())

    lines: Mapped[list[ReceiptLine]] = relationship(
        cascade="all, delete-orphan", order_by="ReceiptLine.position"
    )
    payments: Mapped[list[Payment]] = relationship(cascade="all, delete-orphan", order_by="Payment.id")


class ReceiptLine(Base):
    __tablename__ = "receipt_line"
    __table_args__ = (UniqueConstraint("receipt_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    receipt_id: Mapped[int] = mapped_column(ForeignKey("receipt.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    product_uuid: Mapped[str | None] = mapped_column(String(36))
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
    vat_bp: Mapped[int | None] = mapped_column(Integer)
    vat_tiyn: Mapped[int] = mapped_column(BigInteger, default=0)
    marking_code: Mapped[str | None] = mapped_column(Text)
    ntin: Mapped[str | None] = mapped_column(String(14))  # the product's NTIN when sold
    original_position: Mapped[int | None] = mapped_column(Integer)  # line of the sale a return refers to


class Payment(Base):
    __tablename__ = "payment"

    id: Mapped[int] = mapped_column(primary_key=True)
    receipt_id: Mapped[int] = mapped_column(ForeignKey("receipt.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    amount_tiyn: Mapped[int] = mapped_column(BigInteger)
