"""Issue 11.3 from the keyboard: F3 puts the focus in the barcode field, a second scan of the
same barcode adds to its line, a weighed product asks for kilograms, Enter takes the expected
default button, and the cashier changes their own PIN."""

from __future__ import annotations

from alsep_desktop.app.demo import ADMIN, CASHIER
from alsep_desktop.domain.money import Money
from alsep_desktop.ui.cashier.line_dialog import WeightDialog
from alsep_desktop.ui.cashier.pin import ChangePinDialog
from alsep_desktop.ui.qt import QApplication
from tests.ui.cashier.conftest import press, type_keys

MILK = "4870001000029"


def _scan_typed(qtbot, code: str) -> None:  # noqa: ANN001
    type_keys(qtbot, code)
    press(qtbot, "Return")


def test_f3_puts_the_focus_in_the_barcode_field(ready, qtbot) -> None:
    w = ready.window
    w.sale.kkm.amount.setFocus()
    press(qtbot, "F6")
    press(qtbot, "F3")
    assert w.tabs.currentWidget() is w.sale and QApplication.focusWidget() is w.sale.barcode
    w.sale.kkm.amount.setFocus()
    press(qtbot, "F3")
    assert QApplication.focusWidget() is w.sale.barcode


def test_the_same_barcode_twice_adds_quantity_and_the_setting_turns_it_off(ready, qtbot) -> None:
    w = ready.window
    press(qtbot, "F3")
    _scan_typed(qtbot, MILK)
    _scan_typed(qtbot, MILK)
    assert len(w.sale.basket.lines) == 1 and w.sale.basket.lines[0].quantity.milli == 2000
    assert w.sale.basket.totals().total == Money.parse("1040")
    w.counter.ctx.config.merge_same_scans = False
    _scan_typed(qtbot, MILK)
    assert len(w.sale.basket.lines) == 2


def test_a_weighed_product_asks_for_kilograms(ready, qtbot) -> None:
    w = ready.window
    press(qtbot, "F3")
    _scan_typed(qtbot, "2000000000046")  # apples, 890 per kg
    dlg = w.sale.dialog
    assert isinstance(dlg, WeightDialog)
    ready.wait(lambda: QApplication.focusWidget() is dlg.weight)
    qtbot.keyClicks(dlg.weight, "0,5")
    press(qtbot, "Return")
    assert not dlg.isVisible()
    line = w.sale.basket.lines[0]
    assert line.quantity.milli == 500 and line.quantity.unit.weighed
    assert w.sale.basket.totals().total == Money.parse("445")
    _scan_typed(qtbot, "2000000000046")  # weighed goods are never merged: a new weighing
    assert isinstance(w.sale.dialog, WeightDialog) and w.sale.dialog is not dlg


def test_binding_goes_forward_on_enter(counter, qtbot) -> None:
    w = counter.window
    w.activateWindow()
    w.login.open_bind()
    dlg = w.login.dialog
    assert dlg.next_button.isDefault() and not dlg.cancel_button.isDefault()
    counter.wait(lambda: QApplication.focusWidget() is dlg.email)
    qtbot.keyClicks(dlg.email, ADMIN[0])
    press(qtbot, "Tab")
    type_keys(qtbot, ADMIN[1])
    press(qtbot, "Return")
    counter.wait(lambda: dlg.save_button.isVisible())
    assert dlg.save_button.isDefault() and not dlg.cancel_button.isDefault()
    press(qtbot, "Return")
    counter.wait(lambda: w.counter.register_id is not None)


def test_selftest_enter_continues(counter, qtbot) -> None:
    counter.bind()
    w = counter.window
    w.open_selftest()
    dlg = w.dialog
    counter.idle()
    assert dlg.continue_button.isDefault() and not dlg.repeat_button.isDefault()
    press(qtbot, "Return")
    assert not dlg.isVisible()


def test_the_cashier_changes_the_pin_from_the_keyboard(ready, qtbot) -> None:
    w = ready.window
    press(qtbot, "Ctrl+Shift+P")
    dlg = w.dialog_pin
    assert isinstance(dlg, ChangePinDialog)
    ready.wait(lambda: QApplication.focusWidget() is dlg.current)
    for text in (CASHIER[2], "4455"):
        type_keys(qtbot, text)
        press(qtbot, "Tab")
    type_keys(qtbot, "4456")  # a typo: refused, asked again
    press(qtbot, "Return")
    assert dlg.isVisible() and dlg.message.is_error and QApplication.focusWidget() is dlg.pin2
    qtbot.keyClicks(dlg.pin2, "4455")
    press(qtbot, "Return")
    ready.wait(lambda: not dlg.isVisible())
    user = w.counter.cashier.user_id
    assert ready.pos.ctx.auth.login_pin(user, "4455").user_id == user
