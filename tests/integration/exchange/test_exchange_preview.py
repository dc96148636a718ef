"""The import service: what was found is shown before applying, every issue is listed, real files
import as shown, and the catalog is intact after every refusal (on SQLite and PostgreSQL)."""

from __future__ import annotations

from pathlib import Path

import pytest

from alsep_desktop.app.demo import ADMIN, ensure_demo
from alsep_desktop.domain.money import Money
from alsep_desktop.domain.quantity import Unit
from alsep_desktop.errors import NotFoundError
from alsep_desktop.exchange.rows import ImportCancelled, ImportFailed, IssueCode
from alsep_desktop.services.exchange import (
    apply_catalog_file,
    export_catalog_file,
    import_catalog_file,
    preview_catalog_file,
)

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
EXCEL = FIXTURES / "csv_excel"
REAL = FIXTURES / "commerceml_real"


def _snapshot(ctx, register_id: int) -> list[tuple]:
    return sorted((p.uuid, p.code, p.barcode, p.price.tiyn) for p in ctx.catalog.list_products(register_id))


def test_preview_of_an_excel_csv_shows_what_was_found_and_applies_nothing(ctx) -> None:
    ids = ensure_demo(ctx)
    admin = ctx.auth.login(*ADMIN)
    before = _snapshot(ctx, ids.register_id)
    preview = preview_catalog_file(ctx, admin, EXCEL / "excel_ru_semicolon_cp1251.csv")
    assert (preview.kind, preview.encoding, preview.delimiter, preview.decimal_comma) == ("csv", "Windows-1251", ";", True)
    assert (preview.rows_read, preview.rows_ok, preview.errors, preview.warnings) == (4, 4, (), ())
    assert preview.describe() == "excel_ru_semicolon_cp1251.csv: CSV, Windows-1251, separator ';', decimal comma"
    assert _snapshot(ctx, ids.register_id) == before


def test_an_excel_csv_from_a_russian_windows_imports_as_shown(ctx) -> None:
    ids = ensure_demo(ctx)
    admin = ctx.auth.login(*ADMIN)
    assert import_catalog_file(ctx, admin, ids.register_id, EXCEL / "excel_ru_semicolon_cp1251.csv", replace=True).value == 4
    got = {p.code: p for p in ctx.catalog.list_products(ids.register_id)}
    assert got["1001"].name == "Молоко «Адал» 2,5% 1 л" and got["1001"].price == Money(45950)
    assert got["1002"].name == 'Кефир "Адал" 3,2%; 0,9 л' and got["1002"].price == Money(52000)
    assert (got["1003"].price, got["1003"].discount_bp, got["1003"].markup_bp, got["1003"].unit) == (
        Money(123450), 250, 1500, Unit.KILOGRAM)
    assert (got["1004"].price, got["1004"].vat.code, got["1004"].editable_price) == (Money(1200000), "none", True)


def test_a_kazakh_excel_utf8_csv_imports(ctx) -> None:
    ids = ensure_demo(ctx)
    admin = ctx.auth.login(*ADMIN)
    preview = preview_catalog_file(ctx, admin, EXCEL / "excel_kk_utf8_bom.csv")
    assert (preview.encoding, preview.bom, preview.delimiter) == ("UTF-8", True, ";")
    assert import_catalog_file(ctx, admin, ids.register_id, EXCEL / "excel_kk_utf8_bom.csv", replace=True).value == 2
    got = {p.code: p for p in ctx.catalog.list_products(ids.register_id)}
    assert got["2002"].name == "Ірімшік «Өскемен», 1 кг" and got["2002"].price == Money(489000)


def test_the_preview_lists_every_error_with_the_column_as_in_the_file(ctx, tmp_path: Path) -> None:
    ids = ensure_demo(ctx)
    admin = ctx.auth.login(*ADMIN)
    before = _snapshot(ctx, ids.register_id)
    f = tmp_path / "bad.csv"
    f.write_bytes("Код;Код группы;ШТРИХКОД;Наименование;Цена;Скидка;НДС\r\n1;1;A1;Нан;abc;0;16\r\n2;1;;Сүт;1;200;16\r\n"
                  .encode())
    preview = preview_catalog_file(ctx, admin, f)
    assert [(i.row, i.line, i.field, i.column, i.code) for i in preview.errors] == [
        (1, 2, "barcode", "ШТРИХКОД", IssueCode.BAD_BARCODE),
        (1, 2, "price", "Цена", IssueCode.BAD_PRICE),
        (2, 3, "discount", "Скидка", IssueCode.BAD_PERCENT),
    ]
    with pytest.raises(ImportFailed) as info:
        apply_catalog_file(ctx, admin, ids.register_id, f)
    assert len(info.value.issues) == 3
    assert _snapshot(ctx, ids.register_id) == before


def test_a_real_1c_export_imports_with_its_warnings(ctx) -> None:
    ids = ensure_demo(ctx)
    admin = ctx.auth.login(*ADMIN)
    seen = []
    result = apply_catalog_file(ctx, admin, ids.register_id, REAL / "ut11" / "import0_1.xml",
                                confirm=lambda p: seen.append(p) or True, replace=True)  # fmt: skip
    imported = result.value
    assert imported.count == 8 and seen == [imported.preview]
    assert imported.preview.files == ("import0_1.xml", "offers0_1.xml")
    assert imported.preview.price_type == "Розничная цена"
    assert imported.preview.price_types == ("Закупочная (USD)", "Розничная цена", "Оптовая")
    assert len(imported.preview.warnings) == 7
    codes = {p.code for p in ctx.catalog.list_products(ids.register_id)}
    assert {"МЛК-1", "00-00000002", "ФТ-01/1", "ФТ-01/2", "ФТ-01/3"} <= codes
    assert ctx.catalog.find_by_barcode(ids.register_id, "4870001000035").code == "ФТ-01/2"


def test_numbered_parts_import_from_the_folder(ctx) -> None:
    ids = ensure_demo(ctx)
    admin = ctx.auth.login(*ADMIN)
    assert import_catalog_file(ctx, admin, ids.register_id, REAL / "parts", replace=True).value == 4


def _hostile(tmp_path: Path) -> dict[str, tuple[Path, dict]]:
    many = tmp_path / "many_bad.csv"
    with open(many, "w", encoding="cp1251", newline="") as out:
        out.write("Код;Код группы;Штрихкод;Наименование;Цена;Скидка;НДС\r\n")
        out.writelines(f"{i};1;;Товар {i};x;0;16\r\n" for i in range(1, 20_001))
    wide = tmp_path / "wide.csv"
    wide.write_text(",".join(f"c{i}" for i in range(200_000)) + "\n1\n", encoding="utf-8")
    png = tmp_path / "photo.csv"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    lonely = tmp_path / "alone" / "import0_1.xml"
    lonely.parent.mkdir()
    lonely.write_bytes((REAL / "ut11" / "import0_1.xml").read_bytes())
    return {
        "20,000 bad rows": (many, {}),
        "line too long": (wide, {}),
        "binary": (png, {}),
        "missing offers": (lonely, {}),
        "missing file": (tmp_path / "nope.csv", {}),
        "dollar price type": (REAL / "ut11" / "import0_1.xml", {"price_type": "Закупочная (USD)"}),
        "unknown price type": (REAL / "ut11" / "import0_1.xml", {"price_type": "Дилерская"}),
    }


@pytest.mark.parametrize("case", ["20,000 bad rows", "line too long", "binary", "missing offers", "missing file",
                                  "dollar price type", "unknown price type"])
def test_the_catalog_is_intact_after_every_refusal(ctx, tmp_path: Path, case: str) -> None:
    ids = ensure_demo(ctx)
    admin = ctx.auth.login(*ADMIN)
    before = _snapshot(ctx, ids.register_id)
    path, kw = _hostile(tmp_path)[case]
    preview = preview_catalog_file(ctx, admin, path, **kw)
    assert not preview.ok and len(preview.errors) <= 1001
    with pytest.raises(ImportFailed):
        import_catalog_file(ctx, admin, ids.register_id, path, **kw)
    assert _snapshot(ctx, ids.register_id) == before


def test_a_declined_preview_applies_nothing(ctx) -> None:
    ids = ensure_demo(ctx)
    admin = ctx.auth.login(*ADMIN)
    before = _snapshot(ctx, ids.register_id)
    with pytest.raises(ImportCancelled):
        apply_catalog_file(ctx, admin, ids.register_id, EXCEL / "excel_ru_semicolon_cp1251.csv", confirm=lambda p: False)
    assert _snapshot(ctx, ids.register_id) == before


def test_export_of_a_register_that_does_not_exist(ctx, tmp_path: Path) -> None:
    ensure_demo(ctx)
    admin = ctx.auth.login(*ADMIN)
    with pytest.raises(NotFoundError):
        export_catalog_file(ctx, admin, 999, tmp_path / "out.csv")
    assert not (tmp_path / "out.csv").exists()
