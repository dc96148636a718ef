"""The admin fills the OFD 2.0.3 data in the windows: product unit, NTIN and marked flag;
trade point Kazakh address and position; company legal address in Kazakh."""

from __future__ import annotations

from alsep_desktop.domain.quantity import Unit
from alsep_desktop.ui.admin.product_dialog import ProductDialog


def _open_add(ui) -> ProductDialog:
    page = ui.page("products")
    page.add_button.click()
    assert isinstance(page.dialog, ProductDialog)
    return page.dialog


def test_product_unit_ntin_and_marked_are_filled_and_saved(ui) -> None:
    dlg = _open_add(ui)
    labels = [dlg.unit_combo.itemText(i) for i in range(dlg.unit_combo.count())]
    assert len(labels) == len(Unit) and all(f"({u.value})" in t for u, t in zip(Unit, labels, strict=True))
    assert dlg.unit_combo.currentData() == Unit.PIECE.value  # a new product is sold by the piece
    dlg.code_edit.setText("88")
    dlg.name_edit.setText("Орешки кешью")
    dlg.price_edit.setText("95")
    dlg.unit_combo.setCurrentIndex(dlg.unit_combo.findData(Unit.GRAM.value))
    dlg.ntin_edit.setText("020000000088")  # 12 digits: refused, the dialog stays open
    dlg.save_button.click()
    assert "NTIN" in dlg.error.text() and dlg.isVisible()
    dlg.ntin_edit.setText("0200000000880")
    dlg.marked_check.setChecked(True)
    dlg.save_button.click()
    page = dlg.page
    ui.qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=5000)
    ui.settle(page)
    p = ui.ctx.catalog.find_by_code(ui.register_id, "88")
    assert (p.unit, p.ntin, p.marked) == (Unit.GRAM, "0200000000880", True)

    page.search_edit.setText("кешью")
    page.table.selectRow(0)
    page.edit_button.click()
    edit = page.dialog
    assert (edit.unit_combo.currentData(), edit.ntin_edit.text(), edit.marked_check.isChecked()) == (
        Unit.GRAM.value, "0200000000880", True)
    edit.unit_combo.setCurrentIndex(edit.unit_combo.findData(Unit.KILOGRAM.value))
    edit.ntin_edit.clear()
    edit.marked_check.setChecked(False)
    edit.save_button.click()
    ui.qtbot.waitUntil(lambda: not edit.isVisible(), timeout=5000)
    ui.settle(page)
    p = ui.ctx.catalog.find_by_code(ui.register_id, "88")
    assert (p.unit, p.ntin, p.marked) == (Unit.KILOGRAM, "", False)


def test_trade_point_address_in_kazakh_and_position(ui) -> None:
    tps = ui.page("trade_points")
    assert tps.table.rowCount() == 1 and tps.table.item(0, 2).text() == "43.238949, 76.889709"
    tps.table.selectRow(0)
    assert (tps.lat_edit.text(), tps.lon_edit.text()) == ("43.238949", "76.889709")
    assert tps.address_kz_edit.text() == "Алматы қ., Абай даңғ., 10"

    tps.lat_edit.setText("60.1")  # north of Kazakhstan: the error names the latitude
    tps.save_button.click()
    ui.settle(tps)
    assert "Широта" in tps.error.text() or "Latitude" in tps.error.text()
    assert "60.100000" in tps.error.text()
    tps.lat_edit.setText("43,25")
    tps.address_kz_edit.setText("Алматы қ., Абай даңғ., 12")
    tps.save_button.click()
    ui.settle(tps)
    ui.settle(tps)
    assert not tps.error.text() or not tps.error.isVisible()
    [tp] = ui.ctx.admin.local.trade_points.trade_points(tps.principal)
    assert (tp.latitude, tp.longitude, tp.address_kz) == (43_250_000, 76_889_709, "Алматы қ., Абай даңғ., 12")

    tps.clear_form()
    tps.name_edit.setText("Астана")
    tps.address_edit.setText("г. Астана, ул. Кенесары, 4")
    tps.address_kz_edit.setText("Астана қ., Кенесары к-сі, 4")
    tps.lat_edit.setText("51.169392")
    tps.create_button.click()  # the longitude is missing: refused, naming it
    ui.settle(tps)
    assert "Долгота" in tps.error.text() or "Longitude" in tps.error.text()
    tps.lon_edit.setText("71.449074")
    tps.create_button.click()
    ui.settle(tps)
    ui.settle(tps)
    assert tps.table.rowCount() == 2
    astana = next(p for p in ui.ctx.admin.local.trade_points.trade_points(tps.principal) if p.name == "Астана")
    assert (astana.address_kz, astana.latitude, astana.longitude) == ("Астана қ., Кенесары к-сі, 4",
                                                                      51_169_392, 71_449_074)


def test_company_legal_address_in_kazakh(ui) -> None:
    company = ui.page("company")
    assert company.address_kz_edit.text() == "Алматы қ., Абай к-сі, 1"
    company.address_kz_edit.setText("Алматы қ., Төле би к-сі, 2")
    company.save_button.click()
    ui.settle(company)
    ui.settle(company)
    assert ui.ctx.admin.local.company.company(company.principal).data.address_kz == "Алматы қ., Төле би к-сі, 2"
    assert ui.ctx.org.registration_data(ui.register_id).company_address_kz == "Алматы қ., Төле би к-сі, 2"
