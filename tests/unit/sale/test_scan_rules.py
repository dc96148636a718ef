"""The sale's scan rules (services/scan.py, decision 2121): what a scanned or typed text stands
for, in the order the counter has always used, and when a scanned line joins the basket's line."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import pytest

from alsep_desktop.domain.adjustment import Adjustment, AdjustmentKind
from alsep_desktop.domain.basket import Basket
from alsep_desktop.domain.catalog import BundleView, ProductView
from alsep_desktop.domain.money import Money
from alsep_desktop.domain.quantity import Quantity, Unit
from alsep_desktop.domain.tax import DEFAULT_VAT_TABLE
from alsep_desktop.services.catalog import ScanHit
from alsep_desktop.services.scan import (
    SEARCH_LIMIT,
    BundleScan,
    ChooseScan,
    MarkingScan,
    NoScan,
    NothingFound,
    ProductScan,
    add_or_merge,
    resolve_scan,
)

VAT = DEFAULT_VAT_TABLE.get("16")
GS = "\x1d"
MARKED = f"0104600000000107215Ab+Cx7{GS}93dGVz"  # the demo's marked cigarettes


def product(uuid: str, name: str, *, code: str = "", barcode: str = "", price: int = 52_000,
            unit: Unit = Unit.PIECE) -> ProductView:
    return ProductView(uuid, code or uuid, "1", name, barcode, Money(price), VAT, unit=unit)


MILK = product("u-milk", "Молоко", code="2", barcode="4870001000029")
BREAD = product("u-bread", "Хлеб", code="3")
MILK_CHOC = product("u-choc", "Шоколад молочный", code="4")


@dataclass
class FakeCatalog:
    """The catalog's three look-ups, with what was asked in order."""

    barcodes: dict[str, ScanHit] = field(default_factory=dict)
    codes: dict[str, ProductView] = field(default_factory=dict)
    names: list[ProductView] = field(default_factory=list)
    asked: list[tuple[str, str]] = field(default_factory=list)

    def scan(self, register_id: int, code: str) -> ScanHit | None:
        self.asked.append(("scan", code))
        return self.barcodes.get(code)

    def find_by_code(self, register_id: int, code: str) -> ProductView | None:
        self.asked.append(("code", code))
        return self.codes.get(code)

    def search(self, register_id: int, text: str, limit: int = 50) -> list[ProductView]:
        self.asked.append(("search", f"{text}/{limit}"))
        return [p for p in self.names if text.lower() in p.name.lower()][:limit]


def test_a_barcode_is_its_product_and_nothing_else_is_asked() -> None:
    catalog = FakeCatalog(barcodes={MILK.barcode: ScanHit(product=MILK)}, codes={MILK.barcode: BREAD})
    assert resolve_scan(catalog, 1, f"  {MILK.barcode}\n") == ProductScan(MILK)
    assert catalog.asked == [("scan", MILK.barcode)]


def test_a_bundle_barcode_gives_its_lines() -> None:
    bundle = BundleView("b-1", "Завтрак", "2000000000015", ((MILK, Quantity(2000, Unit.PIECE)), (BREAD, Quantity.one())))
    catalog = FakeCatalog(barcodes={bundle.barcode: ScanHit(bundle=bundle)})
    found = resolve_scan(catalog, 1, bundle.barcode)
    assert isinstance(found, BundleScan)
    assert [(ln.name, ln.quantity.milli) for ln in found.lines] == [("Молоко", 2000), ("Хлеб", 1000)]


def test_a_barcode_hit_without_product_or_bundle_does_nothing() -> None:
    catalog = FakeCatalog(barcodes={"123": ScanHit()})
    assert resolve_scan(catalog, 1, "123") == NoScan()
    assert catalog.asked == [("scan", "123")]


def test_then_the_product_code_then_the_name() -> None:
    catalog = FakeCatalog(codes={"3": BREAD}, names=[MILK, MILK_CHOC])
    assert resolve_scan(catalog, 1, "3") == ProductScan(BREAD)
    assert catalog.asked == [("scan", "3"), ("code", "3")]
    catalog.asked.clear()
    assert resolve_scan(catalog, 1, "шоколад") == ProductScan(MILK_CHOC)  # the only match is the product
    assert catalog.asked == [("scan", "шоколад"), ("code", "шоколад"), ("search", f"шоколад/{SEARCH_LIMIT}")]


def test_several_name_matches_are_offered_to_choose() -> None:
    catalog = FakeCatalog(names=[MILK, BREAD, MILK_CHOC])
    assert resolve_scan(catalog, 1, "молоч") == ProductScan(MILK_CHOC)
    assert resolve_scan(catalog, 1, "мол") == ChooseScan((MILK, MILK_CHOC))


def test_nothing_found_names_the_trimmed_text() -> None:
    assert resolve_scan(FakeCatalog(), 1, " кефир ") == NothingFound("кефир")


@pytest.mark.parametrize("text", ["", "   ", "\r\n"])
def test_an_empty_text_asks_nothing(text: str) -> None:
    catalog = FakeCatalog()
    assert resolve_scan(catalog, 1, text) == NoScan()
    assert catalog.asked == []


def test_a_marking_code_goes_its_own_way_before_any_lookup() -> None:
    catalog = FakeCatalog(barcodes={MARKED: ScanHit(product=MILK)})
    assert resolve_scan(catalog, 1, MARKED) == MarkingScan(MARKED)
    assert catalog.asked == []


# -- repeated scans -----------------------------------------------------------------------------
def test_the_same_product_again_adds_to_its_line() -> None:
    basket = Basket().add(BREAD.line(), MILK.line())
    added = add_or_merge(basket, MILK.line())
    assert (added.row, added.merged) == (1, True)
    assert [(ln.name, ln.quantity.milli) for ln in added.basket.lines] == [("Хлеб", 1000), ("Молоко", 2000)]


def test_without_the_setting_a_new_line_is_appended() -> None:
    basket = Basket().add(MILK.line())
    added = add_or_merge(basket, MILK.line(), merge=False)
    assert (added.row, added.merged, len(added.basket.lines)) == (1, False, 2)


@pytest.mark.parametrize("why, line, item", [
    ("another price", MILK.line(), replace(MILK.line(), unit_price=Money(60_000))),
    ("another name", MILK.line(), replace(MILK.line(), name="Молоко 3.2%")),
    ("a marked pack", replace(MILK.line(), marking_code=MARKED), MILK.line()),
    ("a marked scan", MILK.line(), replace(MILK.line(), marking_code=MARKED)),
    ("a discount on the line", replace(MILK.line(), discount=Adjustment(AdjustmentKind.PERCENT, 500)), MILK.line()),
    ("a free position", replace(MILK.line(), product_uuid=None), replace(MILK.line(), product_uuid=None)),
    ("weighed goods", product("u-apple", "Яблоки", unit=Unit.KILOGRAM).line(Quantity(1500, Unit.KILOGRAM)),
     product("u-apple", "Яблоки", unit=Unit.KILOGRAM).line(Quantity(700, Unit.KILOGRAM))),
])
def test_a_line_of_its_own_is_never_merged(why: str, line, item) -> None:  # noqa: ANN001
    added = add_or_merge(Basket().add(line), item)
    assert (added.merged, added.row, len(added.basket.lines)) == (False, 1, 2), why
