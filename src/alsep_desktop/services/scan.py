"""The sale's scan rules, out of the widget (issue 21, decision 2121).

What a scanned or typed text stands for (:func:`resolve_scan`): a marking code (its own dialog
path, seed 9.3.5), else a barcode (a product or a bundle), else a product code, else a name
search (one hit is the product, several are offered to choose from, none is said). And where a
scanned line goes (:func:`add_or_merge`): the same product scanned again adds to its line.
The sale screen calls these and only shows what they decide.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Protocol

from alsep_desktop.domain.basket import Basket
from alsep_desktop.domain.catalog import ProductView
from alsep_desktop.domain.lines import LineItem
from alsep_desktop.domain.quantity import Quantity
from alsep_desktop.services.catalog import ScanHit
from alsep_desktop.services.marking import as_marking_code

#: how many products a name search offers at most
SEARCH_LIMIT = 50


class ScanCatalog(Protocol):
    """The part of :class:`~alsep_desktop.services.catalog.CatalogService` a scan reads."""

    def scan(self, register_id: int, code: str) -> ScanHit | None: ...
    def find_by_code(self, register_id: int, code: str) -> ProductView | None: ...
    def search(self, register_id: int, text: str, limit: int = 50) -> list[ProductView]: ...


@dataclass(frozen=True, slots=True)
class MarkingScan:
    """A DataMatrix of marked goods: its line comes from the marking service (and maybe a price dialog)."""

    code: str


@dataclass(frozen=True, slots=True)
class BundleScan:
    """A bundle's barcode: its lines go into the basket as they are."""

    lines: tuple[LineItem, ...]


@dataclass(frozen=True, slots=True)
class ProductScan:
    """One product (by barcode, code or the only name match): weighed, priced or added as it is."""

    product: ProductView


@dataclass(frozen=True, slots=True)
class ChooseScan:
    """Several products match the typed name: the cashier picks one."""

    products: tuple[ProductView, ...]


@dataclass(frozen=True, slots=True)
class NothingFound:
    code: str


@dataclass(frozen=True, slots=True)
class NoScan:
    """Nothing to do: an empty text, or a barcode hit with neither product nor bundle."""


ScanResult = MarkingScan | BundleScan | ProductScan | ChooseScan | NothingFound | NoScan


def resolve_scan(catalog: ScanCatalog, register_id: int, text: str) -> ScanResult:
    """What ``text`` (a scanner's code or what the cashier typed) stands for on ``register_id``."""
    code = (text or "").strip()
    if not code:
        return NoScan()
    if as_marking_code(code) is not None:  # DataMatrix of marked goods (seed 9.3.5)
        return MarkingScan(code)
    hit = catalog.scan(register_id, code)
    if hit is not None:
        if hit.bundle is not None:
            return BundleScan(tuple(hit.bundle.lines()))
        return ProductScan(hit.product) if hit.product is not None else NoScan()
    product = catalog.find_by_code(register_id, code)
    if product is not None:
        return ProductScan(product)
    found = catalog.search(register_id, code, SEARCH_LIMIT)
    if len(found) > 1:
        return ChooseScan(tuple(found))
    return ProductScan(found[0]) if found else NothingFound(code)


@dataclass(frozen=True, slots=True)
class Added:
    """The basket after a line went in; ``row`` is the line it landed on, ``merged`` whether it
    joined an existing line (the screen selects that row) or was appended."""

    basket: Basket
    row: int
    merged: bool


def same_goods(line: LineItem, item: LineItem) -> bool:
    """One catalog product at one price, counted in pieces, with nothing of its own on the line."""
    return (line.product_uuid is not None and line.product_uuid == item.product_uuid
            and line.unit_price == item.unit_price and line.quantity.unit == item.quantity.unit
            and not line.quantity.unit.weighed and not line.marking_code and not item.marking_code
            and line.discount is None and line.markup is None and line.name == item.name)


def add_or_merge(basket: Basket, item: LineItem, *, merge: bool = True) -> Added:
    """``item`` added to ``basket``: with ``merge`` (setting ``merge_same_scans``), the first line of
    the same goods takes its quantity instead of a new line."""
    if merge:
        for row, line in enumerate(basket.lines):
            if same_goods(line, item):
                total = Quantity(line.quantity.milli + item.quantity.milli, line.quantity.unit)
                return Added(basket.replace_line(row, replace(line, quantity=total)), row, merged=True)
    added = basket.add(item)
    return Added(added, len(added.lines) - 1, merged=False)
