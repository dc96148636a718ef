"""ORM row → domain value object conversions shared by repositories and lookups."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from alsep_desktop.domain.catalog import ProductView
from alsep_desktop.domain.money import Money
from alsep_desktop.domain.quantity import Unit
from alsep_desktop.domain.tax import DEFAULT_VAT_TABLE, VatTable

if TYPE_CHECKING:
    from alsep_desktop.store.models import Product

PRODUCT_COLUMNS = (
    "uuid, code, group_code, name, barcode, price_tiyn, vat_code, markup_bp, discount_bp, editable_price, unit,"
    " ntin, marked"
)


_UNITS = {u.value: u for u in Unit}


def product_from_tuple(row: tuple[Any, ...], vat_table: VatTable = DEFAULT_VAT_TABLE) -> ProductView:
    """Build a ProductView from a row in ``PRODUCT_COLUMNS`` order."""
    uuid, code, group_code, name, barcode, price, vat_code, markup, discount, editable, unit, ntin, marked = row
    return ProductView(
        uuid=uuid,
        code=code,
        group_code=group_code,
        name=name,
        barcode=barcode or "",
        price=Money(price),
        vat=vat_table.get(vat_code),
        markup_bp=markup,
        discount_bp=discount,
        editable_price=bool(editable),
        unit=_UNITS.get(unit) or Unit(unit),
        ntin=ntin or "",
        marked=bool(marked),
    )


def product_from_orm(p: Product, vat_table: VatTable = DEFAULT_VAT_TABLE) -> ProductView:
    return product_from_tuple(
        (p.uuid, p.code, p.group_code, p.name, p.barcode, p.price_tiyn, p.vat_code,
         p.markup_bp, p.discount_bp, p.editable_price, p.unit, p.ntin, p.marked),
        vat_table,
    )
