"""Marking codes at the counter: known product at once, unknown asks the price (seed 9.3.5)."""

from __future__ import annotations

import pytest

from alsep_desktop.app.demo import ADMIN, ensure_demo
from alsep_desktop.domain.lines import LineItem
from alsep_desktop.domain.money import Money
from alsep_desktop.services.catalog import ProductDraft
from alsep_desktop.services.marking import NeedsPrice, line_for_marking_code
from alsep_desktop.ui.devices.marking_dialog import MarkingPriceDialog, resolve_marking_scan
from alsep_desktop.ui.qt import QApplication, QDialog, QDialogButtonBox, QTimer

PACK = "0104600439931256215Ab+Cx7\x1d93dGVz"
UNKNOWN = "0104870204391510215Zz9Kk1\x1d93AbCd"


@pytest.fixture
def shop(sqlite_ctx):
    ids = ensure_demo(sqlite_ctx)
    admin = sqlite_ctx.auth.login(*ADMIN)
    sqlite_ctx.catalog.add_product(admin, ids.register_id, ProductDraft(
        code="501", name="Сигареты пачка", price=Money.parse("950"), vat_code="16", barcode="4600439931256"))
    return sqlite_ctx, ids.register_id


def _ok(dialog: MarkingPriceDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_unknown_code_asks_price_and_name(qtbot, shop) -> None:
    ctx, reg = shop
    need = line_for_marking_code(ctx.catalog, reg, UNKNOWN)
    assert isinstance(need, NeedsPrice)
    dialog = MarkingPriceDialog(need)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "04870204391510" in dialog.info.text() and "5Zz9Kk1" in dialog.info.text()
    assert dialog.name.text() == "Marked product 4870204391510"
    _ok(dialog)  # no price yet
    assert dialog.result_line is None and dialog.isVisible() and "Price" in dialog.error.text()
    dialog.price.setText("0")
    _ok(dialog)
    assert dialog.result_line is None and dialog.isVisible()
    assert dialog.error.text() == "Enter the price of the marked product (above zero)."
    dialog.price.clear()
    qtbot.keyClicks(dialog.price, "1200,50")
    dialog.name.setText("Сигареты блок")
    _ok(dialog)
    line = dialog.result_line
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert isinstance(line, LineItem) and line.unit_price.tiyn == 120_050 and line.name == "Сигареты блок"
    assert line.marking_code == UNKNOWN


def test_known_code_needs_no_dialog(qtbot, shop) -> None:
    ctx, reg = shop
    line = resolve_marking_scan(ctx, reg, PACK)
    assert line is not None and line.name == "Сигареты пачка" and line.marking_code == PACK
    assert QApplication.activeModalWidget() is None


@pytest.mark.parametrize("answer", ["accept", "cancel"])
def test_resolve_opens_the_modal_dialog_for_an_unknown_code(qtbot, shop, answer) -> None:
    ctx, reg = shop
    seen: list[MarkingPriceDialog] = []

    def answer_it() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, MarkingPriceDialog):
            QTimer.singleShot(20, answer_it)
            return
        seen.append(dialog)
        if answer == "accept":
            dialog.price.setText("700")
            _ok(dialog)
        else:
            dialog.reject()

    QTimer.singleShot(0, answer_it)
    line = resolve_marking_scan(ctx, reg, UNKNOWN)
    assert len(seen) == 1
    if answer == "accept":
        assert line is not None and line.unit_price == Money.parse("700") and line.marking_code == UNKNOWN
    else:
        assert line is None
