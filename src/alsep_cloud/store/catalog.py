"""Products and bundles, per register, with every field the OFD ticket needs."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, ForeignKey, Index, Integer, String, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from alsep_cloud.store.base import AwareDateTime, Base, new_id

_LIVE = text("NOT deleted")


class Product(Base):
    __tablename__ = "product"
    __table_args__ = (
        Index("uq_product_register_code", "register_id", "code", unique=True,
              postgresql_where=_LIVE, sqlite_where=_LIVE),
        Index("uq_product_register_barcode", "register_id", "barcode", unique=True,
              postgresql_where=_LIVE, sqlite_where=_LIVE),
        Index("ix_product_register_seq", "register_id", "seq"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    company_id: Mapped[str] = mapped_column(ForeignKey("company.id"), index=True)
    register_id: Mapped[str] = mapped_column(ForeignKey("register.id"))
    code: Mapped[str] = mapped_column(String(64))
    group_code: Mapped[str] = mapped_column(String(64), default="")
    name: Mapped[str] = mapped_column(String(255))
    barcode: Mapped[str | None] = mapped_column(String(14))
    price_tiyn: Mapped[int] = mapped_column(BigInteger)
    vat_code: Mapped[str] = mapped_column(String(8))
    unit: Mapped[str] = mapped_column(String(8), default="796")  # OKEI code
    ntin: Mapped[str | None] = mapped_column(String(14))
    marked: Mapped[bool] = mapped_column(Boolean, default=False)
    editable_price: Mapped[bool] = mapped_column(Boolean, default=False)
    markup_bp: Mapped[int] = mapped_column(Integer, default=0)  # basis points: 1250 = 12.5 %
    discount_bp: Mapped[int] = mapped_column(Integer, default=0)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int] = mapped_column(Integer, default=1)
    seq: Mapped[int] = mapped_column(BigInteger, default=0)
    created_at: Mapped[datetime] = mapped_column(AwareDateTime())
    updated_at: Mapped[datetime] = mapped_column(AwareDateTime())


class Bundle(Base):
    __tablename__ = "bundle"
    __table_args__ = (
        Index("uq_bundle_register_barcode", "register_id", "barcode", unique=True,
              postgresql_where=_LIVE, sqlite_where=_LIVE),
        Index("ix_bundle_register_seq", "register_id", "seq"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    company_id: Mapped[str] = mapped_column(ForeignKey("company.id"), index=True)
    register_id: Mapped[str] = mapped_column(ForeignKey("register.id"))
    name: Mapped[str] = mapped_column(String(255))
    barcode: Mapped[str] = mapped_column(String(14))
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int] = mapped_column(Integer, default=1)
    seq: Mapped[int] = mapped_column(BigInteger, default=0)
    created_at: Mapped[datetime] = mapped_column(AwareDateTime())
    updated_at: Mapped[datetime] = mapped_column(AwareDateTime())

    items: Mapped[list[BundleItem]] = relationship(
        cascade="all, delete-orphan", order_by="BundleItem.position", lazy="selectin"
    )


class BundleItem(Base):
    __tablename__ = "bundle_item"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bundle_id: Mapped[str] = mapped_column(ForeignKey("bundle.id", ondelete="CASCADE"), index=True)
    product_id: Mapped[str] = mapped_column(ForeignKey("product.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    quantity_milli: Mapped[int] = mapped_column(BigInteger, default=1000)
