"""1C exports shaped like the ones the usual configurations write (tests/fixtures/commerceml_real):

* ``ut11``: УТ 11 / Розница 2.3 «Обмен с сайтом», CommerceML 2.10, UTF-8 with BOM, ``import0_1.xml``;
* ``ut10_cp1251``: the old «Выгрузка на сайт» of УТ 10.3 / БП 2.0, CommerceML 2.03, windows-1251;
* ``parts``: numbered parts ``import0_1.xml``, ``import0_2.xml`` with ``offers0_1/0_2.xml``;
* ``bitrix``: the 1C-Bitrix module (``import___*.xml``, characteristics as products, a barcode
  property, prices in ``prices___*.xml``).

Ordinary imperfections become warnings with their position; broken files are still refused.
"""

from __future__ import annotations

import io
import os
import shutil
from pathlib import Path

import pytest

from alsep_desktop.domain.money import Money
from alsep_desktop.domain.quantity import Unit
from alsep_desktop.exchange.cml_files import find_commerceml
from alsep_desktop.exchange.commerceml import parse_commerceml
from alsep_desktop.exchange.rows import ImportFailed, IssueCode, ProductRow

REAL = Path(__file__).parents[2] / "fixtures" / "commerceml_real"


def _parse_folder(name: str, first: str, **kw):  # type: ignore[no-untyped-def]
    files = find_commerceml(REAL / name / first)
    return parse_commerceml(list(files.imports), list(files.offers), **kw)


def test_ut11_export_imports_with_its_warnings_listed() -> None:
    rows, report, groups = _parse_folder("ut11", "import0_1.xml")
    assert rows == [
        ProductRow("МЛК-1", "1.1", "4870001000011", "Молоко «Адал» 2,5% 1 л", Money(45950), vat="12"),
        ProductRow("00-00000002", "1.1", "4870001000028", "Кефир «Адал» 3,2% 0,9 л", Money(52000), vat="12"),
        ProductRow("ФТ-01/1", "2", "4870001000042", "Футболка хлопок (S, белый)", Money(599000), vat="16"),
        ProductRow("ФТ-01/2", "2", "4870001000035", "Футболка хлопок (M, белый)", Money(599000), vat="16"),
        ProductRow("ФТ-01/3", "2", "", "Футболка хлопок (L, белый)", Money(649000), vat="16"),
        ProductRow("ЧАЙ-25", "1", "4870001000059", "Чай «Пиала» 25 пакетиков", Money(124999), vat="12"),
        ProductRow("СН-3", "1", "", "Сникерс 50 г", Money(35000), vat="12"),
        ProductRow("00-00000008", "1", "", "Пакет-майка", Money(2000), vat="none", unit=Unit.PIECE),
    ]
    assert report.ok and report.errors == []
    assert [(w.row, w.field, w.code) for w in report.warnings] == [
        (1, "Наименование", IssueCode.TEXT_FIXED),  # a line break inside the name
        (2, "Артикул", IssueCode.CODE_REPLACED),  # the same article as row 1: the 1C code is used
        (3, "Предложение", IssueCode.NO_OFFER),  # a new product without an offer: skipped
        (4, "Штрихкод", IssueCode.BARCODE_SHARED),  # the product's barcode went to size M already
        (5, "Наименование", IssueCode.TEXT_FIXED),
        (5, "Штрихкод", IssueCode.EXTRA_BARCODES),  # two barcodes: the first is kept
        (6, "Штрихкод", IssueCode.BARCODE_SKIPPED),  # «29000000010А» is not a barcode: never silent
    ]
    replaced = report.warnings[1]
    assert replaced.other_row == 1 and replaced.message == (
        "article 'МЛК-1' is also on row 1; this product gets the code '00-00000002'")
    assert report.warnings[5].message == (
        "1 more barcode(s) (4870001000066) are not imported: a product keeps one barcode, 4870001000059")
    assert [g.name for g in groups] == ["Продукты", "Молочная продукция", "Одежда"]


def test_a_characteristic_takes_the_product_barcode_unless_it_has_its_own() -> None:
    rows, _, _ = _parse_folder("ut11", "import0_1.xml")
    by_code = {r.code: r.barcode for r in rows}
    assert by_code["ФТ-01/1"] == "4870001000042"  # its own <ШтрихКод>
    assert by_code["ФТ-01/2"] == "4870001000035"  # the product's <Штрихкоды>
    assert by_code["ФТ-01/3"] == ""  # one barcode cannot sell two sizes


def test_ut10_windows_1251_export() -> None:
    rows, report, _ = _parse_folder("ut10_cp1251", "import.xml")
    assert rows == [
        ProductRow("15-А-Б", "1", "4870004001234", "Гречка ядрица «Агро» 900 г", Money(69000), vat="12"),
        ProductRow("16-В", "1", "2000000000015", "Сахар-песок (развес)", Money(54000), vat="12",
                   unit=Unit.KILOGRAM),
    ]
    assert [w.code for w in report.warnings] == [IssueCode.TEXT_FIXED]  # the doubled spaces


def test_numbered_parts_are_found_from_any_part_without_flags() -> None:
    for first in ("import0_1.xml", "import0_2.xml"):
        files = find_commerceml(REAL / "parts" / first)
        assert files.names == ("import0_1.xml", "import0_2.xml", "offers0_1.xml", "offers0_2.xml")
    files = find_commerceml(REAL / "parts")  # the folder itself
    rows, report, _ = parse_commerceml(list(files.imports), list(files.offers))
    assert [(r.code, r.price) for r in rows] == [("W1", Money(18000)), ("W2", Money(32000)),
                                                 ("W3", Money(65000)), ("W4", Money(21000))]
    assert report.issues == []


def test_bitrix_module_export_with_separate_prices_and_barcode_property() -> None:
    files = find_commerceml(REAL / "bitrix" / "import___7c2f.xml")
    assert files.names == ("import___7c2f.xml", "offers___7c2f.xml", "prices___7c2f.xml")
    rows, report, _ = parse_commerceml(list(files.imports), list(files.offers))
    assert [(r.code, r.barcode, r.price) for r in rows] == [
        ("ШН-1", "4870006000016", Money(45000)),  # the classifier property «Штрихкод»
        ("КР-40", "4870006000023", Money(2499000)),  # the characteristic's own <Штрихкод>
        ("КР-41", "4870006000030", Money(2499000)),  # ХарактеристикаТовара «Штрихкод» in the offer
    ]
    assert {w.code for w in report.warnings} == {IssueCode.UNIT_GUESSED}  # «пар» (715)


def test_issues_of_a_multi_part_import_name_their_file(tmp_path: Path) -> None:
    for f in (REAL / "parts").iterdir():
        shutil.copy(f, tmp_path / f.name)
    part2 = tmp_path / "import0_2.xml"
    part2.write_text(part2.read_text(encoding="utf-8").replace("4870005000031", "48700050000X1"), encoding="utf-8")
    files = find_commerceml(tmp_path / "import0_1.xml")
    _, report, _ = parse_commerceml(list(files.imports), list(files.offers))
    [w] = report.warnings
    assert (w.code, w.row, w.file) == (IssueCode.BARCODE_SKIPPED, 3, "import0_2.xml")
    assert str(w).startswith("import0_2.xml, row 3, field Штрихкод: ")


# -- barcodes in every spelling --------------------------------------------------------------------

_DOC = """<КоммерческаяИнформация><Классификатор><Свойства><Свойство><Ид>p</Ид><Наименование>Штрих-код</Наименование>
</Свойство></Свойства></Классификатор><Каталог><Товары><Товар><Ид>x</Ид><Наименование>X</Наименование>{body}</Товар>
</Товары></Каталог></КоммерческаяИнформация>"""
_OFFERS = """<КоммерческаяИнформация><ПакетПредложений><ТипыЦен><ТипЦены><Ид>t</Ид><Наименование>Розничная</Наименование>
<Валюта>KZT</Валюта></ТипЦены></ТипыЦен><Предложения><Предложение><Ид>x</Ид><Цены><Цена><ИдТипаЦены>t</ИдТипаЦены>
<ЦенаЗаЕдиницу>1</ЦенаЗаЕдиницу></Цена></Цены></Предложение></Предложения></ПакетПредложений></КоммерческаяИнформация>"""


@pytest.mark.parametrize(
    "body",
    [
        "<Штрихкод>4870001000011</Штрихкод>",
        "<ШтрихКод>4870001000011</ШтрихКод>",
        "<Штрихкоды><Штрихкод>4870001000011</Штрихкод></Штрихкоды>",
        "<ЗначенияРеквизитов><ЗначениеРеквизита><Наименование>Штрихкод</Наименование><Значение>4870001000011"
        "</Значение></ЗначениеРеквизита></ЗначенияРеквизитов>",
        "<ЗначенияРеквизитов><ЗначениеРеквизита><Наименование>ШтрихКод</Наименование><Значение>4870001000011"
        "</Значение></ЗначениеРеквизита></ЗначенияРеквизитов>",
        "<ЗначенияСвойств><ЗначенияСвойства><Ид>p</Ид><Значение>4870001000011</Значение></ЗначенияСвойства>"
        "</ЗначенияСвойств>",
        "<Штрихкод> 4870001000011 </Штрихкод>",
    ],
)
def test_every_barcode_spelling_is_read(body: str) -> None:
    rows, report, _ = parse_commerceml(io.BytesIO(_DOC.format(body=body).encode()), io.BytesIO(_OFFERS.encode()))
    assert [r.barcode for r in rows] == ["4870001000011"] and report.warnings[:-1] == []


def test_several_barcodes_in_one_element() -> None:
    body = "<Штрихкод>4870001000011; 4870001000028</Штрихкод>"
    rows, report, _ = parse_commerceml(io.BytesIO(_DOC.format(body=body).encode()), io.BytesIO(_OFFERS.encode()))
    assert rows[0].barcode == "4870001000011"
    assert report.warnings[0].code == IssueCode.EXTRA_BARCODES


# -- what is still refused whole -----------------------------------------------------------------


def test_a_price_type_in_another_currency_is_refused_by_name() -> None:
    with pytest.raises(ImportFailed) as info:
        _parse_folder("ut11", "import0_1.xml", price_type="Закупочная (USD)")
    [issue] = info.value.issues
    assert issue.code == IssueCode.PRICE_TYPE_CURRENCY
    assert issue.message == ("price type «Закупочная (USD)» is in USD, not tenge; prices are not converted "
                             "(price types in tenge: «Розничная цена», «Оптовая»)")


def test_a_price_type_that_does_not_exist_is_refused_by_name() -> None:
    with pytest.raises(ImportFailed) as info:
        _parse_folder("ut11", "import0_1.xml", price_type="Дилерская")
    assert info.value.issues[0].code == IssueCode.UNKNOWN_PRICE_TYPE
    assert "«Дилерская»" in info.value.issues[0].message and "«Оптовая»" in info.value.issues[0].message


def test_wholesale_price_type_by_name() -> None:
    rows, _, _ = _parse_folder("ut11", "import0_1.xml", price_type="оптовая")
    assert rows[0].price == Money(42000)


def test_an_import_without_a_catalog_is_refused() -> None:
    only_classifier = "<КоммерческаяИнформация><Классификатор><Ид>c</Ид></Классификатор></КоммерческаяИнформация>"
    with pytest.raises(ImportFailed) as info:
        parse_commerceml(io.BytesIO(only_classifier.encode()), io.BytesIO(_OFFERS.encode()))
    assert info.value.issues[-1].code == IssueCode.NO_CATALOG


@pytest.mark.parametrize("data", [b"\x89PNG\r\n\x1a\n\x00\x00", b"<html><body>1C</body></html>", b""])
def test_not_xml_or_wrong_root_is_refused(data: bytes) -> None:
    with pytest.raises(ImportFailed) as info:
        parse_commerceml(io.BytesIO(data), io.BytesIO(_OFFERS.encode()))
    assert info.value.issues[-1].code in (IssueCode.BAD_XML, IssueCode.NOT_COMMERCEML)


# -- finding the files ----------------------------------------------------------------------------


def test_a_missing_offers_file_is_named(tmp_path: Path) -> None:
    shutil.copy(REAL / "ut11" / "import0_1.xml", tmp_path / "import0_1.xml")
    with pytest.raises(ImportFailed) as info:
        find_commerceml(tmp_path / "import0_1.xml")
    [issue] = info.value.issues
    assert issue.code == IssueCode.OFFERS_MISSING
    assert issue.message.startswith("offers0_1.xml is not next to import0_1.xml")


def test_a_missing_file_and_an_empty_folder_are_named(tmp_path: Path) -> None:
    with pytest.raises(ImportFailed) as info:
        find_commerceml(tmp_path / "import.xml")
    assert info.value.issues[0].code == IssueCode.NOT_FOUND and "import.xml" in info.value.issues[0].message
    with pytest.raises(ImportFailed) as info:
        find_commerceml(tmp_path)
    assert info.value.issues[0].code == IssueCode.NOT_FOUND


def test_an_unreadable_file_is_named(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    f = tmp_path / "import.xml"
    f.write_text("<x/>")
    f.chmod(0)
    if os.name == "posix" and os.geteuid() == 0:  # root reads every file: the OS refuses it as it would a user

        def refused(*args, **kwargs):  # type: ignore[no-untyped-def]
            raise PermissionError(13, "Permission denied", str(args[0]))

        monkeypatch.setattr("alsep_desktop.exchange.progress.open", refused, raising=False)
    with pytest.raises(ImportFailed) as info:
        find_commerceml(f)
    assert info.value.issues[0].code == IssueCode.UNREADABLE


def test_an_explicit_offers_file_wins(tmp_path: Path) -> None:
    shutil.copy(REAL / "ut11" / "import0_1.xml", tmp_path / "goods.xml")
    shutil.copy(REAL / "ut11" / "offers0_1.xml", tmp_path / "prices-today.xml")
    files = find_commerceml(tmp_path / "goods.xml", tmp_path / "prices-today.xml")
    assert files.names == ("goods.xml", "prices-today.xml")
