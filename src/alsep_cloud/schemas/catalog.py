"""Products and bundles of one register."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field

from alsep_cloud.schemas.common import BasisPoints, Id, Milli, Name, Strict, Tiyn, Version


class ProductIn(Strict):
    code: str = Field(min_length=1, max_length=64)
    group_code: str = Field(default="", max_length=64)
    name: Name
    barcode: str | None = Field(default=None, description="1 to 14 digits")
    price_tiyn: Tiyn
    vat_code: str = Field(description="none, 0, 5, 10, 12 or 16 (domain.tax)")
    unit: str = Field(default="796", description="OKEI code: 796 piece, 166 kg, ...")
    ntin: str | None = Field(default=None, description="national catalog code: 13 or 14 digits")
    marked: bool = False
    editable_price: bool = False
    markup_bp: BasisPoints = 0
    discount_bp: BasisPoints = 0


class ProductPatch(Strict):
    version: Version
    code: str | None = Field(default=None, min_length=1, max_length=64)
    group_code: str | None = Field(default=None, max_length=64)
    name: Name | None = None
    barcode: str | None = None
    price_tiyn: Tiyn | None = None
    vat_code: str | None = None
    unit: str | None = None
    ntin: str | None = None
    marked: bool | None = None
    editable_price: bool | None = None
    markup_bp: BasisPoints | None = None
    discount_bp: BasisPoints | None = None


class ProductOut(BaseModel):
    id: str
    register_id: str
    code: str
    group_code: str
    name: str
    barcode: str | None
    price_tiyn: int
    vat_code: str
    unit: str
    ntin: str | None
    marked: bool
    editable_price: bool
    markup_bp: int
    discount_bp: int
    version: int
    created_at: datetime
    updated_at: datetime


class BundleItemIn(Strict):
    product_id: Id
    quantity_milli: Milli = 1000


class BundleIn(Strict):
    name: Name
    barcode: str = Field(description="1 to 14 digits")
    items: list[BundleItemIn] = Field(min_length=1, max_length=200)


class BundlePatch(Strict):
    version: Version
    name: Name | None = None
    barcode: str | None = None
    items: list[BundleItemIn] | None = Field(default=None, min_length=1, max_length=200)


class BundleItemOut(BaseModel):
    product_id: str
    quantity_milli: int


class BundleOut(BaseModel):
    id: str
    register_id: str
    name: str
    barcode: str
    items: list[BundleItemOut]
    version: int
    created_at: datetime
    updated_at: datetime
