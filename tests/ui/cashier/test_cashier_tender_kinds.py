"""The payment dialog reads the tender table (decision 2013): a kind registered at start-up (the
test kind ``halyk_qr``) has its own amount field, the cashier pays part by it and the rest in
cash with real keys, the printed receipt shows its line and the return names its share."""

from __future__ import annotations

import pytest

from alsep_desktop.domain.money import Money
from alsep_desktop.domain.tender import register_tender, unregister_tender
from alsep_desktop.ui.qt import QApplication, Qt
from tests.support.tender_demo import DEMO_TENDER
from tests.ui.cashier.conftest import press, type_keys

MILK = "4870001000029"  # 520


@pytest.fixture
def demo_kind():
    register_tender(DEMO_TENDER)
    yield DEMO_TENDER
    unregister_tender(DEMO_TENDER.key)


def _norm(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def test_a_registered_kind_is_offered_paid_printed_and_named_on_return(demo_kind, ready, qtbot) -> None:
    w = ready.window
    press(qtbot, "F3")
    type_keys(qtbot, MILK, delay=2)
    press(qtbot, "Return")
    ready.wait(lambda: len(w.sale.basket.lines) == 1)
    press(qtbot, "F12")
    pay = w.sale.dialog
    ready.wait(lambda: QApplication.focusWidget() is pay.received)
    field = pay.findChild(type(pay.received), "pay_halyk_qr")
    assert field is not None and field.isVisible()
    label = pay.layout().itemAt(2).layout().labelForField(field)
    assert label is not None and label.text() == "Мобильный платёж"  # the kind's label, translated (Tender)
    assert "pay_mobile" not in {e.objectName() for e in pay.tender_edits.values()}  # QR goes via the terminal
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    type_keys(qtbot, "200")
    qtbot.mouseClick(pay.received, Qt.MouseButton.LeftButton)
    pay.received.selectAll()
    type_keys(qtbot, "500")  # 320 left in cash, 180 change
    ready.wait(lambda: _norm(pay.change_label.text()) == _norm(Money.parse("180").format()))
    press(qtbot, "Return")
    ready.wait(lambda: getattr(w.sale, "last_result", None) is not None)
    result = w.sale.last_result
    assert result.change == Money.parse("180")
    stored = ready.pos.ctx.sales.receipt(result.id).payments
    assert (demo_kind, Money.parse("200")) in stored
    ready.wait(lambda: "HALYK QR" in ready.printed_text())
    text = _norm(ready.printed_text())
    [line] = [x for x in text.splitlines() if "HALYK QR" in x]
    assert "200" in line
    # the return names the kind's share by its label
    press(qtbot, "F6")
    w.returns.sign.setFocus()
    type_keys(qtbot, result.fiscal_sign)
    press(qtbot, "Return")
    ready.wait(lambda: w.returns.table.rowCount() == 1)
    split = _norm(w.returns.split.text())
    assert "Мобильный платёж: " + _norm(Money.parse("200").format()) in split, split
    assert _norm(Money.parse("320").format()) in split


def test_other_kinds_above_the_total_are_refused_in_the_dialog(demo_kind, ready, qtbot) -> None:
    w = ready.window
    press(qtbot, "F3")
    type_keys(qtbot, MILK, delay=2)
    press(qtbot, "Return")
    ready.wait(lambda: len(w.sale.basket.lines) == 1)
    press(qtbot, "F12")
    pay = w.sale.dialog
    ready.wait(lambda: QApplication.focusWidget() is pay.received)
    field = pay.tender_edits[demo_kind.key]
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    type_keys(qtbot, "600")
    assert not pay.pay_button.isEnabled() and pay.message.is_error
    press(qtbot, "Return")
    assert pay.isVisible() and getattr(w.sale, "last_result", None) is None
