"""Typing fast (5 ms per key, the real clock) with the scanner filter installed: what a cashier
types into any input of the window or a dialog arrives at once, whole and in order (issue 11)."""

from __future__ import annotations

from alsep_desktop.ui.qt import (
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    Qt,
    QWidget,
)
from tests.ui.cashier.conftest import press

FAST_MS = 5
TEXT = "50001"


def _inputs(root: QWidget) -> list[QLineEdit]:
    return [e for e in root.findChildren(QLineEdit)
            if e.isVisible() and e.isEnabled() and not e.isReadOnly() and not isinstance(e.parent(), QAbstractSpinBox)]


def _type_into_all(qtbot, root: QWidget) -> list[str]:  # noqa: ANN001
    """Type TEXT into every visible input of ``root``; returns the object names that got it."""
    typed = []
    for edit in _inputs(root):
        edit.clear()
        edit.setFocus()
        qtbot.keyClicks(edit, TEXT, delay=FAST_MS)
        assert edit.text() == TEXT, (edit.objectName(), edit.text())  # at once: no timer had to run
        typed.append(edit.objectName())
    return typed


def _scanning(ready) -> None:  # noqa: ANN001
    ready.window.install_scanners(QApplication.instance())  # the real clock and timer


def test_every_input_of_the_window_gets_fast_typing(ready, qtbot) -> None:
    _scanning(ready)
    w = ready.window
    typed = []
    for screen in (w.sale, w.returns, w.shift):
        w.show_tab(screen)
        typed += _type_into_all(qtbot, screen)
    assert {"barcode_field", "kkm_amount", "kkm_quantity", "kkm_name", "return_sign", "cash_amount"} <= set(typed)


def test_every_input_of_the_dialogs_gets_fast_typing(ready, qtbot) -> None:
    _scanning(ready)
    w = ready.window
    w.on_scanned("4870001000029")
    opened = []
    for open_dialog, screen in ((w.sale.pay, w.sale), (w.sale.edit_line, w.sale),
                                (lambda: w.sale.add_product(_apples(ready)), w.sale),
                                (w.shift.ask_close, w.shift), (w.login.open_bind, w.login)):
        open_dialog()
        dialog = screen.dialog
        qtbot.waitUntil(dialog.isVisible)
        opened.append(_type_into_all(qtbot, dialog))
        dialog.reject()
    assert all(opened) and "pay_received" in opened[0]


def _apples(ready):  # noqa: ANN001, ANN202
    return ready.pos.ctx.catalog.find_by_code(ready.pos.register_id, "2000000000046") or \
        ready.pos.ctx.catalog.scan(ready.pos.register_id, "2000000000046").product


def test_an_amount_typed_fast_and_confirmed_with_a_click_is_the_amount(ready, qtbot) -> None:
    """«Неверная сумма в поле «amount»: «»» while the field showed 5000; then a stale amount."""
    _scanning(ready)
    ready.pos.sell()
    w = ready.window
    press(qtbot, "F8")
    cash = w.shift.cash
    cash.amount.setFocus()
    qtbot.keyClicks(cash.amount, "5000", delay=FAST_MS)
    qtbot.mouseClick(cash.deposit_button, Qt.MouseButton.LeftButton)
    ready.wait(lambda: "5 000" in cash.message.text().replace("\u00a0", " "))
    assert not cash.message.is_error and cash.amount.text() == ""
    cash.amount.setFocus()
    qtbot.keyClicks(cash.amount, "300", delay=FAST_MS)
    qtbot.mouseClick(cash.withdraw_button, Qt.MouseButton.LeftButton)
    ready.wait(lambda: "300" in cash.message.text() and "Изъято" in cash.message.text())


def test_a_fiscal_sign_typed_fast_stays_in_the_return_field(ready, qtbot) -> None:
    _scanning(ready)
    sold = ready.pos.sell()
    w = ready.window
    press(qtbot, "F6")
    w.returns.sign.setFocus()
    qtbot.keyClicks(w.returns.sign, sold.fiscal_sign, delay=FAST_MS)
    press(qtbot, "Return")
    assert w.tabs.currentWidget() is w.returns and w.returns.sign.text() == sold.fiscal_sign
    ready.wait(lambda: w.returns.table.rowCount() == 1)
    assert len(w.sale.basket.lines) == 0


def test_a_scan_while_the_basket_table_has_the_focus_is_claimed(ready, qtbot) -> None:
    _scanning(ready)
    w = ready.window
    w.sale.table.setFocus()
    qtbot.keyClicks(w.sale.table, "4870001000029", delay=2)
    qtbot.keyClick(w.sale.table, Qt.Key.Key_Return)
    ready.wait(lambda: len(w.sale.basket.lines) == 1)
