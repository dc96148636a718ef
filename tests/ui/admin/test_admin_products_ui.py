"""Products screen: dialog validation and save, delete, bundles, CSV import errors and success."""

from __future__ import annotations

from pathlib import Path

from alsep_desktop.domain.money import Money
from alsep_desktop.ui.admin.catalog_io import ImportErrorsDialog
from alsep_desktop.ui.admin.product_dialog import ProductDialog

HEADER = "Код,Код группы,Баркод,Наименование,Цена,Скидка,НДС\n"


def _open_add(ui) -> ProductDialog:
    page = ui.page("products")
    page.add_button.click()
    assert isinstance(page.dialog, ProductDialog)
    return page.dialog


def test_product_dialog_shows_the_bad_field_and_keeps_the_dialog(ui) -> None:
    dlg = _open_add(ui)
    dlg.code_edit.setText("77")
    dlg.name_edit.setText("Печенье")
    dlg.price_edit.setText("12.345")
    dlg.save_button.click()
    assert "Price" in dlg.error.text() or "Цена" in dlg.error.text()
    assert dlg.isVisible()
    dlg.price_edit.setText("450.50")
    dlg.discount_edit.setText("150")
    dlg.save_button.click()
    assert "Discount" in dlg.error.text() or "Скидка" in dlg.error.text()
    dlg.discount_edit.setText("5")
    dlg.barcode_edit.setText("4870001000012")  # bread's barcode: duplicate, refused by the service
    dlg.save_button.click()
    ui.settle(dlg.page)
    assert "4870001000012" in dlg.error.text() and dlg.isVisible()


def test_product_add_edit_delete(ui) -> None:
    dlg = _open_add(ui)
    dlg.code_edit.setText("77")
    dlg.group_edit.setText("7")
    dlg.name_edit.setText("Печенье")
    dlg.barcode_edit.setText("4870009999990")
    dlg.price_edit.setText("450,50")
    dlg.vat_combo.setCurrentIndex(dlg.vat_combo.findData("12"))
    dlg.editable_check.setChecked(True)
    dlg.save_button.click()
    page = dlg.page
    ui.qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=5000)
    ui.settle(page)
    p = ui.ctx.catalog.find_by_code(ui.register_id, "77")
    assert p is not None and p.price == Money(450_50) and p.vat.code == "12" and p.editable_price
    page.search_edit.setText("печен")
    assert page.table.rowCount() == 1 and page.table.item(0, 2).text() == "Печенье"
    page.table.selectRow(0)
    page.edit_button.click()
    page.dialog.price_edit.setText("500")
    page.dialog.save_button.click()
    ui.qtbot.waitUntil(lambda: not page.dialog.isVisible(), timeout=5000)
    ui.settle(page)
    assert ui.ctx.catalog.find_by_code(ui.register_id, "77").price == Money(500_00)
    page.search_edit.setText("печен")
    page.table.selectRow(0)
    page.confirm = lambda text: True
    page.delete_button.click()
    ui.settle(page)
    assert ui.ctx.catalog.find_by_code(ui.register_id, "77") is None


def test_group_filter(ui) -> None:
    page = ui.page("products")
    page.group_combo.setCurrentIndex(page.group_combo.findData("2"))
    assert sorted(page.table.item(r, 0).text() for r in range(page.table.rowCount())) == ["4", "5"]


def test_broken_csv_is_not_half_imported_and_errors_show_row_and_field(ui, tmp_path: Path) -> None:
    before = sorted(p.code for p in ui.ctx.catalog.list_products(ui.register_id))
    bad = tmp_path / "bad.csv"
    bad.write_text(HEADER + "1,1,4870000000001,Good,10.00,0,16\n2,1,48A,Bad barcode,10.00,0,16\n"
                   "3,1,4870000000003,Bad price,abc,0,16\n", encoding="utf-8")
    page = ui.page("products")
    page.ask_open_path = lambda caption, pattern: str(bad)
    page.confirm = lambda text: True
    page.import_button.click()
    ui.settle(page)
    assert sorted(p.code for p in ui.ctx.catalog.list_products(ui.register_id)) == before
    dlg = page.io.errors_dialog
    assert isinstance(dlg, ImportErrorsDialog) and dlg.isVisible()
    rows = {(dlg.table.item(r, 0).text(), dlg.table.item(r, 2).text()) for r in range(dlg.table.rowCount())}
    assert ("2", "barcode") in {(r, f.lower()) for r, f in rows} or any(r == "2" for r, _ in rows)
    assert any(r == "3" for r, _ in rows) and len(rows) == 2
    assert page.error.text()  # the summary sentence, no traceback
    assert "Traceback" not in page.error.text()


def test_good_csv_replaces_the_catalog_with_progress(ui, tmp_path: Path) -> None:
    good = tmp_path / "good.csv"
    good.write_text(HEADER + "".join(f"{i},1,{4870000000000 + i},Товар {i},{i}.50,0,16\n" for i in range(1, 301)),
                    encoding="utf-8")
    page = ui.page("products")
    page.ask_open_path = lambda caption, pattern: str(good)
    page.confirm = lambda text: True
    page.import_button.click()
    assert page.io.progress_dialog is not None
    ui.settle(page)
    assert page.io.progress_dialog is None
    preview = page.io.preview_dialog  # nothing changed yet: the operator sees what was found
    assert preview is not None and preview.isVisible() and "UTF-8" in preview.summary.text()
    assert len({p.code for p in ui.ctx.catalog.list_products(ui.register_id)}) < 301
    preview.apply_button.click()
    ui.settle(page)
    codes = {p.code for p in ui.ctx.catalog.list_products(ui.register_id)}
    assert len(codes) == 301 and "9999" in codes  # the free position is kept
    assert "300" in page.status.text() or "301" in page.status.text()


def test_cancelled_import_changes_nothing(ui, tmp_path: Path) -> None:
    before = len(ui.ctx.catalog.list_products(ui.register_id))
    f = tmp_path / "big.csv"
    f.write_text(HEADER + "".join(f"{i},1,,Товар {i},1.00,0,16\n" for i in range(1, 20001)), encoding="utf-8")
    page = ui.page("products")
    page.ask_open_path = lambda caption, pattern: str(f)
    page.confirm = lambda text: True
    page.import_button.click()
    page.io.progress_dialog.canceled.emit()  # the Cancel button: sets the token before the commit
    ui.settle(page)
    assert len(ui.ctx.catalog.list_products(ui.register_id)) == before
    assert page.error.text()


def test_export_csv(ui, tmp_path: Path) -> None:
    page = ui.page("products")
    out = tmp_path / "out.csv"
    page.ask_save_path = lambda caption, suggested: str(out)
    page.export_button.click()
    ui.settle(page)
    assert out.read_text(encoding="utf-8-sig").count("\n") == 12


def test_bundle_edit_and_delete(ui) -> None:
    page = ui.page("products")
    page.bundle_table.selectRow(0)
    page.edit_bundle_button.click()
    dlg = page.dialog
    dlg.name_edit.setText("Завтрак большой")
    dlg.product_combo.setCurrentIndex(dlg.product_combo.findText("6 — Чай чёрный «Қазақстан» 100 г"))
    dlg.qty_edit.setText("2")
    dlg.add_button.click()
    dlg.save_button.click()
    ui.qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=5000)
    ui.settle(page)
    [b] = ui.ctx.catalog.list_bundles(ui.register_id)
    assert b.name == "Завтрак большой" and len(b.items) == 3
    page.bundle_table.selectRow(0)
    page.confirm = lambda text: True
    page.delete_bundle_button.click()
    ui.settle(page)
    assert ui.ctx.catalog.list_bundles(ui.register_id) == []


def test_excel_csv_of_russian_windows_is_shown_before_it_is_applied(ui, tmp_path: Path) -> None:
    """cp1251, ';' and a decimal comma, as Excel saves «CSV (разделители — точка с запятой)»."""
    f = tmp_path / "excel.csv"
    rows = ["Код;Код группы;Баркод;Наименование;Цена;Скидка;НДС"]
    rows += [f"{i};1;{4870000000000 + i};Молоко «Домик» {i};1 234,50;0;16" for i in range(1, 6)]
    rows += ["6;1;48A;Кривой штрихкод;10,00;0;16"]
    f.write_bytes(("\r\n".join(rows) + "\r\n").encode("cp1251"))
    page = ui.page("products")
    page.ask_open_path = lambda caption, pattern: str(f)
    page.confirm = lambda text: True
    page.import_button.click()
    ui.settle(page)
    dlg = page.io.errors_dialog  # a bad barcode: refused whole, every problem listed with its column
    assert dlg is not None and dlg.isVisible()
    cells = [dlg.table.item(r, 2).text() for r in range(dlg.table.rowCount())]
    assert "Баркод" in cells  # the column as the file names it
    saved = tmp_path / "issues.csv"
    dlg.ask_save_path = lambda: str(saved)
    dlg.save_button.click()
    assert saved.exists() and saved.stat().st_size > 0
    f.write_bytes(("\r\n".join(rows[:-1]) + "\r\n").encode("cp1251"))
    page.import_button.click()
    ui.settle(page)
    preview = page.io.preview_dialog
    text = preview.summary.text()
    assert "1251" in text and ("точка с запятой" in text or "semicolon" in text)
    preview.apply_button.click()
    page.io.remove_button.click()  # the five codes of the file leave out five demo products (decision 2040)
    ui.settle(page)
    assert ui.ctx.catalog.find_by_code(ui.register_id, "3").price == Money(1234_50)
