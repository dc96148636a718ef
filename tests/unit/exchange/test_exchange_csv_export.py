"""CSV export format and the export → import round trip."""

from __future__ import annotations

import io

from hypothesis import given, settings
from hypothesis import strategies as st

from alsep_desktop.domain.money import Money
from alsep_desktop.domain.quantity import Unit
from alsep_desktop.domain.tax import DEFAULT_VAT_TABLE
from alsep_desktop.exchange.csv_catalog import parse_csv, write_csv
from alsep_desktop.exchange.rows import ProductRow
from alsep_desktop.exchange.sample import ean13, sample_rows, write_sample_csv

KAZ = ProductRow(
    "7",
    "1.2",
    "4870001000011",
    "Әсел «Құрт» ғҚңӨұҮһІ, 250 г",
    Money(123450),
    1000,
    250,
    "12",
    True,
    Unit.KILOGRAM,
    "0200000000012",
    True,
)


def _export(rows: list[ProductRow]) -> bytes:
    out = io.BytesIO()
    assert write_csv(rows, out) == len(rows)
    return out.getvalue()


def test_export_format_is_utf8_bom_semicolon_crlf_with_decimal_commas() -> None:
    """The app's one CSV dialect (decision 2041): Excel on a Russian Windows opens it with its columns."""
    data = _export([KAZ, ProductRow("9999", "9.9", "", "Свободная позиция", Money(5), vat="none")])
    assert data.startswith(b"\xef\xbb\xbf")
    lines = data[3:].decode("utf-8").split("\r\n")
    assert (
        lines[0]
        == "Код;Код группы;Баркод;Наименование;Цена;Скидка;НДС;Наценка;Изменяемая цена;Единица;NTIN;Маркировка"
    )
    assert lines[1] == "7;1.2;4870001000011;Әсел «Құрт» ғҚңӨұҮһІ, 250 г;1234,50;10,00;12;2,50;1;166;0200000000012;1"
    assert lines[2] == "9999;9.9;;Свободная позиция;0,05;0,00;без НДС;0,00;0;796;;0"
    assert lines[3] == ""


def test_kazakh_names_round_trip(tmp_path) -> None:
    path = tmp_path / "каталог.csv"
    write_csv([KAZ], path)
    rows, report = parse_csv(path)
    assert report.issues == [] and rows == [KAZ]


_text = (
    st.text(st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), min_size=1, max_size=40)
    .map(str.strip)
    .filter(bool)
)
_row = st.builds(
    ProductRow,
    code=_text.map(lambda s: s[:64]),
    group_code=st.one_of(st.just(""), _text.map(lambda s: s[:64])),
    barcode=st.one_of(st.just(""), st.text("0123456789", min_size=1, max_size=14)),
    name=_text,
    price=st.integers(0, 10**12).map(Money),
    discount_bp=st.integers(0, 10_000),
    markup_bp=st.integers(0, 10_000),
    vat=st.sampled_from([r.code for r in DEFAULT_VAT_TABLE.rates]),
    editable_price=st.booleans(),
    unit=st.sampled_from(list(Unit)),
    ntin=st.one_of(st.just(""), st.text("0123456789", min_size=13, max_size=14)),
    marked=st.booleans(),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_row, max_size=12, unique_by=(lambda r: r.code, lambda r: r.barcode or object())))
def test_export_then_import_round_trips_exactly(rows: list[ProductRow]) -> None:
    parsed, report = parse_csv(io.BytesIO(_export(rows))) if rows else ([], None)
    if rows:
        assert report is not None and report.issues == []
    assert parsed == rows


@settings(max_examples=100, deadline=None)
@given(st.lists(_row, min_size=1, max_size=12, unique_by=(lambda r: r.code, lambda r: r.barcode or object())))
def test_export_import_export_is_the_same_bytes(rows: list[ProductRow]) -> None:
    first = _export(rows)
    parsed, report = parse_csv(io.BytesIO(first))
    assert report.issues == []
    assert _export(parsed) == first


def test_sample_is_deterministic_valid_and_unique() -> None:
    a, b = io.BytesIO(), io.BytesIO()
    write_sample_csv(a, 500)
    write_sample_csv(b, 500)
    assert a.getvalue() == b.getvalue()
    rows, report = parse_csv(io.BytesIO(a.getvalue()))
    assert report.issues == [] and rows == list(sample_rows(500))
    assert any(set(r.name) & set("әғқңөұүһі") for r in rows)
    assert len({r.barcode for r in rows if r.barcode}) == sum(1 for r in rows if r.barcode)


def test_ean13_check_digit() -> None:
    assert ean13("400638133393") == "4006381333931"
    assert ean13("487000100001") == "4870001000011"
