"""Catalog value objects: a product as the counter sees it, and bundles."""

from __future__ import annotations

from dataclasses import dataclass

from alsep_desktop.domain.adjustment import Adjustment, AdjustmentKind
from alsep_desktop.domain.lines import LineItem
from alsep_desktop.domain.money import Money
from alsep_desktop.domain.quantity import Quantity, Unit
from alsep_desktop.domain.tax import VatRate

FREE_POSITION_CODE = "9999"
FREE_POSITION_GROUP = "9.9"
FREE_POSITION_NAME = "Свободная позиция"


@dataclass(frozen=True, slots=True)
class ProductView:
    """A sellable product of one register (read model for the counter)."""

    uuid: str
    code: str
    group_code: str
    name: str
    barcode: str
    price: Money
    vat: VatRate
    markup_bp: int = 0
    discount_bp: int = 0
    editable_price: bool = False
    unit: Unit = Unit.PIECE
    ntin: str = ""  # National Catalogue code (NTIN), "" when not entered
    marked: bool = False  # marked goods: sold with a DataMatrix marking code

    def line(self, quantity: Quantity | None = None, price: Money | None = None) -> LineItem:
        """A receipt line for this product; ``price`` overrides only when editable."""
        qty = quantity or Quantity.one(self.unit)
        return LineItem(
            name=self.name,
            unit_price=price if (price is not None and self.editable_price) else self.price,
            quantity=qty,
            vat=self.vat,
            discount=Adjustment(AdjustmentKind.PERCENT, self.discount_bp) if self.discount_bp else None,
            markup=Adjustment(AdjustmentKind.PERCENT, self.markup_bp) if self.markup_bp else None,
            code=self.code,
            group_code=self.group_code,
            barcode=self.barcode,
            product_uuid=self.uuid,
            ntin=self.ntin,
        )


@dataclass(frozen=True, slots=True)
class BundleView:
    uuid: str
    name: str
    barcode: str
    items: tuple[tuple[ProductView, Quantity], ...]

    def lines(self) -> list[LineItem]:
        return [product.line(qty) for product, qty in self.items]
