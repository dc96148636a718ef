"""The products page's CSV import with a cloud (decision 1419), driven with real clicks and keys:
the same preview dialog, then the rows go to the real cloud (uvicorn on loopback, PostgreSQL) and
come back through the mirror into the page; a row the cloud refuses opens the list of errors
naming its row and field, and neither the cloud nor the mirror changes."""

from __future__ import annotations

from pathlib import Path

from alsep_desktop.domain.money import Money
from alsep_desktop.ui.admin.catalog_io import ImportErrorsDialog, ImportPreviewDialog
from alsep_desktop.ui.main_window import MainWindow
from alsep_desktop.ui.qt import Qt
from tests.cloud_desktop.support import BoundPc
from tests.ui.cloud import test_cloud_admin_window as bound_window

# the fixtures of a window bound to a cloud, signed in on this PC (one cloud per module, a company per test)
shared_server, server, pc, window = (bound_window.shared_server, bound_window.server, bound_window.pc,
                                     bound_window.window)
_sign_in_to_cloud = bound_window._sign_in_to_cloud

CSV = Path(__file__).resolve().parents[2] / "fixtures" / "csv_excel" / "excel_ru_semicolon_cp1251.csv"


def _cloud(pc: BoundPc) -> dict[str, dict]:
    return {p["code"]: p for p in pc.tenant.ok("GET", f"/registers/{pc.register['id']}/products")}


def _open_preview(qtbot, w: MainWindow) -> tuple[object, ImportPreviewDialog, list[str]]:
    _sign_in_to_cloud(qtbot, w)
    page = w.admin_tab.show_page("products")
    qtbot.waitUntil(lambda: page.pending == 0 and page.table.rowCount() > 0, timeout=10_000)
    asked: list[str] = []
    page.ask_open_path = lambda *_a: str(CSV)  # type: ignore[method-assign]  # the file dialog is native
    page.confirm = lambda text: asked.append(text) or True  # type: ignore[method-assign]  # the modal question: yes
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.io.preview_dialog is not None and page.io.preview_dialog.isVisible(), timeout=15_000)
    preview = page.io.preview_dialog
    assert isinstance(preview, ImportPreviewDialog)
    return page, preview, asked


def test_a_csv_file_goes_to_the_cloud_and_comes_back_into_the_page(qtbot, window: MainWindow, pc: BoundPc) -> None:
    page, preview, asked = _open_preview(qtbot, window)
    assert "cloud" in asked[0] and "replaces ALL" not in asked[0]
    text = preview.summary.text()
    assert "Windows-1251" in text and "4 rows read" in text and "to the cloud" in text, text
    assert "1003" not in _cloud(pc)  # nothing sent before «Import»
    said: list[str] = []
    say = page.say
    page.say = lambda text: (said.append(text), say(text))  # type: ignore[method-assign]  # a refresh may overwrite it
    qtbot.mouseClick(preview.apply_button, Qt.MouseButton.LeftButton)
    try:
        qtbot.waitUntil(lambda: bool(said) or bool(page.error.text()), timeout=60_000)
    except Exception:
        raise AssertionError((page.status.text(), page.error.text(), page.io.progress_dialog)) from None
    assert "imported into the cloud" in said[0] and "4 product" in said[0], (said, page.error.text())
    assert page.io.progress_dialog is None
    cloud = _cloud(pc)
    assert cloud["1003"]["price_tiyn"] == 1_234_50
    local = pc.ctx.catalog.find_by_code(pc.register_id, "1003")
    assert local is not None and local.uuid == cloud["1003"]["id"] and local.price == Money(1_234_50)
    qtbot.waitUntil(lambda: any(page.table.item(r, 0).text() == "1003" for r in range(page.table.rowCount())),
                    timeout=10_000)  # the page shows the mirror's rows


def test_a_row_the_cloud_refuses_is_listed_and_nothing_changes(qtbot, window: MainWindow, pc: BoundPc) -> None:
    pc.tenant.ok("POST", f"/registers/{pc.register['id']}/bundles", 201,
                 json={"name": "Набор", "barcode": "4870001000028", "items": [{"product_id": pc.products[0]["id"]}]})
    pc.ctx.sync.sync_now(timeout=10)
    before, mirror = _cloud(pc), len(pc.ctx.catalog.list_products(pc.register_id))
    page, preview, _asked = _open_preview(qtbot, window)
    preview.apply_button.setFocus()
    qtbot.keyClick(preview.apply_button, Qt.Key.Key_Return)  # «Import» is the default button: Enter applies
    qtbot.waitUntil(lambda: page.io.errors_dialog is not None and page.io.errors_dialog.isVisible(), timeout=30_000)
    errors = page.io.errors_dialog
    assert isinstance(errors, ImportErrorsDialog)
    row = [errors.table.item(0, c).text() for c in range(errors.table.columnCount())]
    assert row[0] == "2" and row[2] == "barcode" and "4870001000028" in row[4] and "cloud" in row[4].lower(), row
    assert "not imported" in page.error.text()
    assert _cloud(pc) == before
    assert len(pc.ctx.catalog.list_products(pc.register_id)) == mirror
    assert pc.ctx.catalog.find_by_code(pc.register_id, "1001") is None
