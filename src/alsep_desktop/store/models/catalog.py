"""Products per register, and bundles of products."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Boolean, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from alsep_desktop.store.base import Base
from alsep_desktop.store.types import AwareDateTime, new_uuid


class Product(Base):
    __tablename__ = "product"
    __table_args__ = (
        UniqueConstraint("register_id", "code"),
        Index("ix_product_register_barcode", "register_id", "barcode", unique=True),
        Index("ix_product_register_name", "register_id", "name_search"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    register_id: Mapped[int] = mapped_column(ForeignKey("register.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(64))
    group_code: Mapped[str] = mapped_column(String(64), default="")
    name: Mapped[str] = mapped_column(String(255))
    name_search: Mapped[str] = mapped_column(String(255))  # casefolded name for search
    barcode: Mapped[str | None] = mapped_column(String(14))
    price_tiyn: Mapped[int] = mapped_column(BigInteger)
    markup_bp: Mapped[int] = mapped_column(Integer, default=0)
    discount_bp: Mapped[int] = mapped_column(Integer, default=0)
    vat_code: Mapped[str] = mapped_column(String(8))
    editable_price: Mapped[bool] = mapped_column(Boolean, default=False)
    unit: Mapped[str] = mapped_column(String(8), default="796")  # ОКЕИ code (domain.quantity.Unit)
    ntin: Mapped[str | None] = mapped_column(String(14))  # National Catalogue code (NTIN)
    marked: Mapped[bool] = mapped_column(Boolean, default=False)  # sold with a DataMatrix code
    created_at: Mapped[datetime] = mapped_column(AwareDateTime())
    updated_at: Mapped[datetime] = mapped_column(AwareDateTime())


class Bundle(Base):
    __tablename__ = "bundle"
    __table_args__ = (Index("ix_bundle_register_barcode", "register_id", "barcode", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    register_id: Mapped[int] = mapped_column(ForeignKey("register.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(255))
    barcode: Mapped[str] = mapped_column(String(14))
    created_at: Mapped[datetime] = mapped_column(AwareDateTime())

    items: Mapped[list[BundleItem]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="BundleItem.id"
    )


class BundleItem(Base):
    __tablename__ = "bundle_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    bundle_id: Mapped[int] = mapped_column(ForeignKey("bundle.id", ondelete="CASCADE"), index=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("product.id", ondelete="CASCADE"), index=True)
    quantity_milli: Mapped[int] = mapped_column(BigInteger, default=1000)

    product: Mapped[Product] = relationship(lazy="joined")
