"""The products page never empties the catalog by surprise (issue 20, decision 2040), with real clicks.

A mismatched 1C pair (the project's sample ``import.xml`` with another sample export's offers) opens
the list of errors and changes nothing; a file that lacks some of the register's products asks a
question naming how many it removes, whose «Cancel» (also the default, so Enter) keeps everything
and whose «Remove N and import» applies the file.
"""

from __future__ import annotations

from pathlib import Path

from alsep_desktop.exchange.sample import write_sample_csv
from alsep_desktop.ui.admin.catalog_io import ImportErrorsDialog, ImportPreviewDialog
from alsep_desktop.ui.qt import QMessageBox, Qt
from tests.integration.exchange.test_exchange_nothing_removed_unasked import mismatched_pair


def _codes(ui) -> list[str]:  # noqa: ANN001
    return sorted(p.code for p in ui.ctx.catalog.list_products(ui.register_id))


def _preview(ui, page, button) -> ImportPreviewDialog:  # noqa: ANN001
    ui.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    ui.qtbot.waitUntil(lambda: page.io.preview_dialog is not None and page.io.preview_dialog.isVisible()
                       or page.io.errors_dialog is not None and page.io.errors_dialog.isVisible(), timeout=10_000)
    return page.io.preview_dialog


def _removal_box(ui, page, preview: ImportPreviewDialog) -> QMessageBox:  # noqa: ANN001
    ui.qtbot.mouseClick(preview.apply_button, Qt.MouseButton.LeftButton)
    ui.qtbot.waitUntil(lambda: page.io.removal_box is not None and page.io.removal_box.isVisible(), timeout=5_000)
    return page.io.removal_box


def test_a_mismatched_1c_pair_shows_the_errors_and_keeps_the_catalog(ui, tmp_path: Path) -> None:
    before = _codes(ui)
    imp = mismatched_pair(tmp_path / "1c")
    page = ui.page("products")
    page.ask_open_path = lambda caption, pattern: str(imp)
    page.confirm = lambda text: True  # the first, modal «replaces ALL products» question
    assert _preview(ui, page, page.import_1c_button) is None
    dlg = page.io.errors_dialog
    assert isinstance(dlg, ImportErrorsDialog) and dlg.isVisible()
    problems = [dlg.table.item(r, 4).text() for r in range(dlg.table.rowCount())]
    assert any("offers.xml" in p and "7" in p for p in problems), problems
    assert page.error.text() and _codes(ui) == before
    assert page.io.removal_box is None  # nothing to remove: it never got that far


def test_an_import_that_removes_products_asks_naming_the_count(ui, tmp_path: Path) -> None:
    before = _codes(ui)
    f = tmp_path / "three.csv"
    write_sample_csv(f, 3)  # codes 1, 2, 3: seven of the demo's products are not in it
    page = ui.page("products")
    page.ask_open_path = lambda caption, pattern: str(f)
    page.confirm = lambda text: True
    preview = _preview(ui, page, page.import_button)
    assert "7" in preview.summary.text()
    box = _removal_box(ui, page, preview)
    assert "7" in box.text() and "7" in page.io.remove_button.text()
    ui.qtbot.mouseClick(page.io.keep_button, Qt.MouseButton.LeftButton)
    ui.qtbot.waitUntil(lambda: not box.isVisible(), timeout=5_000)
    ui.settle(page)
    assert _codes(ui) == before and page.io.progress_dialog is None and page.status.text()

    box = _removal_box(ui, page, _preview(ui, page, page.import_button))
    ui.qtbot.keyClick(box, Qt.Key.Key_Return)  # Enter takes the default: keep the catalog
    ui.qtbot.waitUntil(lambda: not box.isVisible(), timeout=5_000)
    ui.settle(page)
    assert _codes(ui) == before

    box = _removal_box(ui, page, _preview(ui, page, page.import_button))
    ui.qtbot.mouseClick(page.io.remove_button, Qt.MouseButton.LeftButton)
    ui.qtbot.waitUntil(lambda: _codes(ui) == ["1", "2", "3", "9999"], timeout=10_000)
    ui.settle(page)
    assert not page.error.text()


def test_an_import_that_removes_nothing_asks_no_more(ui, tmp_path: Path) -> None:
    f = tmp_path / "many.csv"
    write_sample_csv(f, 12)  # codes 1..12 cover the demo's ten products
    page = ui.page("products")
    page.ask_open_path = lambda caption, pattern: str(f)
    page.confirm = lambda text: True
    preview = _preview(ui, page, page.import_button)
    ui.qtbot.mouseClick(preview.apply_button, Qt.MouseButton.LeftButton)
    ui.qtbot.waitUntil(lambda: len(_codes(ui)) == 13, timeout=10_000)
    assert page.io.removal_box is None
