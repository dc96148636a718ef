"""A scanned marking code (DataMatrix of a marked product) → a receipt line (seed 9.3.5).

Known product (its EAN-13 or GTIN-14 is a barcode of the register's catalog) → a line at the
catalog price carrying the full code. Unknown → :class:`NeedsPrice`: the cashier enters the
price (and a name), then ``NeedsPrice.line(price, name)`` gives the line.

Plain EAN/UPC barcodes are not marking codes: :func:`as_marking_code` returns ``None`` for
them, and the sale screen treats them as ordinary barcodes.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, replace

from alsep_desktop.domain.catalog import FREE_POSITION_CODE, FREE_POSITION_GROUP
from alsep_desktop.domain.lines import LineItem
from alsep_desktop.domain.marking import InvalidMarkingCode, MarkingCode, parse_marking_code
from alsep_desktop.domain.money import Money
from alsep_desktop.domain.quantity import Quantity
from alsep_desktop.domain.tax import VatRate
from alsep_desktop.errors import AlsepError
from alsep_desktop.services.catalog import CatalogService


class MarkedPriceRequired(AlsepError):
    code = "marking.price_required"
    template = "A marked product needs a price above zero"


class MarkingCodeRepeated(AlsepError):
    code = "marking.repeated"
    template = "This pack ({serial}) is already in the receipt"


@dataclass(frozen=True, slots=True)
class NeedsPrice:
    """The product of the code is not in the catalog: ask the cashier for price and name."""

    marking: MarkingCode
    vat: VatRate
    group_code: str = FREE_POSITION_GROUP

    @property
    def barcode(self) -> str:
        return self.marking.ean13 or self.marking.gtin

    def line(self, price: Money, name: str) -> LineItem:
        if price.tiyn <= 0:
            raise MarkedPriceRequired()
        return LineItem(name=name.strip(), unit_price=price, quantity=Quantity.one(), vat=self.vat,
                        group_code=self.group_code, barcode=self.barcode, marking_code=self.marking.full_code)


def as_marking_code(text: str) -> MarkingCode | None:
    """The parsed marking code, or ``None`` when ``text`` is something else (an EAN, a typo)."""
    try:
        return parse_marking_code(text)
    except InvalidMarkingCode:
        return None


def line_for_marking_code(catalog: CatalogService, register_id: int, code: str,
                          in_basket: Collection[str | None] = ()) -> LineItem | NeedsPrice:
    """Resolve a scanned marking code against ``catalog`` (and its VAT table); raises
    :class:`InvalidMarkingCode` for anything else.

    ``in_basket``: the marking codes already on the receipt — one pack is sold once
    (:class:`MarkingCodeRepeated`).
    """
    m = parse_marking_code(code)
    if m.full_code in in_basket:
        raise MarkingCodeRepeated(serial=m.serial)
    keys = [k for k in (m.ean13, m.gtin) if k]
    for key in keys:
        product = catalog.find_by_barcode(register_id, key)
        if product is not None:
            return replace(product.line(Quantity.one(product.unit)), marking_code=m.full_code)
    free = catalog.find_by_code(register_id, FREE_POSITION_CODE)
    if free is not None:
        return NeedsPrice(m, free.vat, free.group_code or FREE_POSITION_GROUP)
    return NeedsPrice(m, catalog.vat_table.get("none"))
