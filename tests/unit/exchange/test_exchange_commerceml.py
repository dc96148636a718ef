"""1C CommerceML 2 import against hand-written import.xml/offers.xml samples."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from alsep_desktop.domain.money import Money
from alsep_desktop.domain.quantity import Unit
from alsep_desktop.exchange.commerceml import parse_commerceml
from alsep_desktop.exchange.rows import ImportFailed, IssueCode, ProductRow

FIXTURES = Path(__file__).parents[2] / "fixtures" / "commerceml"
IMPORT, OFFERS = (FIXTURES / "import.xml").read_bytes(), (FIXTURES / "offers.xml").read_bytes()

EXPECTED = [
    ProductRow("МЛК-001", "1.1", "4870001000011", "Сүт «Адал» 2,5% 1 л", Money(45950), vat="16"),
    ProductRow(
        "ІРМ-7",
        "1.2",
        "2000000000015",
        "Ірімшік «Өскемен» 45%, 1 кг",
        Money(489000),
        vat="12",
        unit=Unit.KILOGRAM,
    ),
    ProductRow(
        "00-00000042",
        "2",
        "4870001000028",
        "Қазы «Ет-Ақ»",
        Money(720000),
        vat="none",
        unit=Unit.KILOGRAM,
    ),
    ProductRow(
        "ФТ-01/1", "3", "4870001000059", "Футболка хлопок (M, белый)", Money(599000), vat="16"
    ),
    ProductRow("ФТ-01/2", "3", "4870001000066", "Футболка хлопок (XL)", Money(649000), vat="16"),
    ProductRow(
        "УСЛ-1",
        "4",
        "",
        "Жеткізу қызметі / Доставка по городу",
        Money(150000),
        vat="16",
        unit=Unit.SERVICE,
    ),
    ProductRow("ЧАЙ-25", "1", "4870001000042", "Шай «Пиала» 25 пакетиков", Money(124999), vat="12"),
]


def _parse(imp: bytes = IMPORT, off: bytes = OFFERS, **kw):  # type: ignore[no-untyped-def]
    return parse_commerceml(io.BytesIO(imp), io.BytesIO(off), **kw)


def test_realistic_export_maps_to_rows() -> None:
    rows, report, groups = _parse()
    assert rows == EXPECTED
    assert report.ok
    assert [(w.code, w.row) for w in report.warnings] == [
        (IssueCode.UNIT_GUESSED, 7),  # «упак» (778) sold by the piece
        (IssueCode.VAT_DEFAULTED, None),  # the delivery service has no rate
    ]
    assert [(g.code, g.parent_code, g.name) for g in groups][:3] == [
        ("1", None, "Сүт өнімдері / Молочные продукты"),
        ("1.1", "1", "Молоко"),
        ("1.2", "1", "Ірімшік / Сыры"),
    ]


@pytest.mark.parametrize(
    "replacement",
    ['xmlns="urn:1C.ru:commerceml_210"', 'xmlns="http://v8.1c.ru/8.3/commerceml"', ""],
)
def test_namespace_does_not_matter(replacement: str) -> None:
    imp = IMPORT.replace(b'xmlns="urn:1C.ru:commerceml_2"', replacement.encode())
    off = OFFERS.replace(b'xmlns="urn:1C.ru:commerceml_2"', replacement.encode())
    assert _parse(imp, off).rows == EXPECTED


def test_windows_1251_declared_encoding() -> None:
    text = IMPORT.decode("utf-8").replace('encoding="UTF-8"', 'encoding="windows-1251"')
    text = text.replace("Сүт «Адал» 2,5% 1 л", "Молоко «Адал» 2,5% 1 л").replace(
        "Ірімшік «Өскемен» 45%, 1 кг", "Сыр"
    )
    text = "".join(c if c.encode("cp1251", "ignore") else "?" for c in text)
    rows = _parse(text.encode("cp1251")).rows
    assert rows[0].name == "Молоко «Адал» 2,5% 1 л" and rows[0].price == Money(45950)


def test_price_type_by_name_or_id() -> None:
    assert _parse(price_type="Оптовая").rows[0].price == Money(41000)
    assert _parse(price_type="pt-retail").rows[0].price == Money(45950)


def test_unknown_price_type_lists_the_available_ones() -> None:
    with pytest.raises(ImportFailed) as info:
        _parse(price_type="Закупочная")
    [issue] = info.value.issues
    assert issue.code == IssueCode.UNKNOWN_PRICE_TYPE and "«Оптовая», «Розничная»" in issue.message


def test_first_price_type_is_used_when_none_is_retail() -> None:
    off = OFFERS.replace("Розничная".encode(), "Цена для сайта".encode())
    assert _parse(off=off).rows[0].price == Money(41000)


def test_broken_export_reports_every_problem() -> None:
    rows, report, _ = parse_commerceml(
        FIXTURES / "import_broken.xml", FIXTURES / "offers_broken.xml"
    )
    assert [(r.code, r.barcode) for r in rows] == [("B1", ""), ("B4", "4870002000034")]
    assert [(i.row, i.field, i.code) for i in report.errors] == [
        (3, "СтавкаНалога", IssueCode.BAD_VAT),
        (5, "Штрихкод", IssueCode.DUPLICATE_BARCODE),
        (6, "Наименование", IssueCode.REQUIRED),
        (7, "ЦенаЗаЕдиницу", IssueCode.BAD_PRICE),
        (8, "Валюта", IssueCode.WRONG_CURRENCY),
    ]
    assert report.errors[1].other_row == 4
    assert report.errors[4].message == "price is in RUB, not KZT"
    assert [(w.row, w.code) for w in report.warnings] == [
        (1, IssueCode.BARCODE_SKIPPED),  # «ABC-123»: the product comes without a barcode, said so
        (2, IssueCode.NO_OFFER),  # a product without an offer is normal in 1C: skipped, listed
        (None, IssueCode.ORPHAN_OFFER),
    ]
    assert report.warnings[0].message == (
        "barcode 'ABC-123' cannot be read (1 to 14 digits expected); the product is imported without it")


def test_malformed_xml() -> None:
    with pytest.raises(ImportFailed) as info:
        _parse(IMPORT[: len(IMPORT) // 2])
    issue = info.value.issues[-1]
    assert (
        issue.code == IssueCode.BAD_XML
        and "import.xml" in issue.message
        and "line" in issue.message
    )


def test_not_commerceml() -> None:
    with pytest.raises(ImportFailed) as info:
        _parse(off=b"<?xml version='1.0'?><yml_catalog/>")
    assert info.value.issues[0].code == IssueCode.NOT_COMMERCEML


def test_partial_export_is_refused() -> None:
    imp = IMPORT.replace(
        'СодержитТолькоИзменения="false"'.encode(), 'СодержитТолькоИзменения="true"'.encode()
    )
    with pytest.raises(ImportFailed) as info:
        _parse(imp)
    assert info.value.issues[0].code == IssueCode.PARTIAL_EXPORT


def test_catalog_without_products() -> None:
    empty = "<КоммерческаяИнформация><Каталог><Товары/></Каталог></КоммерческаяИнформация>".encode()
    with pytest.raises(ImportFailed) as info:
        _parse(empty)
    assert info.value.issues[0].code == IssueCode.EMPTY


def test_characteristic_barcodes_are_checked_for_duplicates() -> None:
    off = OFFERS.replace(b"4870001000066", b"4870001000059")
    rows, report, _ = _parse(off=off)
    assert [r.code for r in rows if r.code.startswith("ФТ")] == ["ФТ-01/1"]
    [dup] = [i for i in report.errors if i.code == IssueCode.DUPLICATE_BARCODE]
    assert dup.row == dup.other_row == 4
