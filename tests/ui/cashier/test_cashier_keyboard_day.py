"""Done when (issue 11): a cashier signs in, sells, returns, deposits cash and closes the shift
with the keyboard alone — key events only, no clicks and no calls into the widgets."""

from __future__ import annotations

from alsep_desktop.app.demo import ADMIN, CASHIER
from alsep_desktop.ui.qt import QApplication
from tests.ui.cashier.conftest import press, type_keys


def test_a_whole_day_with_the_keyboard_alone(counter, qtbot) -> None:
    counter.bind()  # the administrator's set-up of this PC, once
    w = counter.window
    w.install_scanners(QApplication.instance())  # the keyboard-wedge filter is on, as in the app
    w.activateWindow()
    counter.wait(lambda: QApplication.activeWindow() is w)
    # sign in
    counter.wait(lambda: QApplication.focusWidget() is w.login.email)  # the login screen's first field
    type_keys(qtbot, CASHIER[0], delay=5)
    press(qtbot, "Tab")
    type_keys(qtbot, CASHIER[1], delay=5)
    press(qtbot, "Return")
    counter.wait(lambda: w.counter.cashier is not None and w.stack.currentWidget() is w.tabs)
    # a sale: two milks (one line, quantity 2) and tea by its code, paid in cash with change
    press(qtbot, "F3")
    for code in ("4870001000029", "4870001000029", "6"):
        type_keys(qtbot, code, delay=5)
        press(qtbot, "Return")
    assert [ln.quantity.milli for ln in w.sale.basket.lines] == [2000, 1000]
    press(qtbot, "F12")
    counter.wait(lambda: QApplication.focusWidget() is w.sale.dialog.received)
    type_keys(qtbot, "5000", delay=5)
    press(qtbot, "Return")
    counter.wait(lambda: getattr(w.sale, "last_result", None) is not None)
    sold = w.sale.last_result
    assert sold.fiscal_sign and sold.change.tiyn == 500000 - sold.total.tiyn
    counter.wait(lambda: "напечатан" in w.sale.message.text())
    # a return of the whole receipt, confirmed by the administrator
    press(qtbot, "F6")
    type_keys(qtbot, sold.fiscal_sign, delay=5)
    press(qtbot, "Return")
    counter.wait(lambda: w.returns.table.rowCount() == 2 and w.returns.return_button.isEnabled())
    press(qtbot, "Ctrl+Return")
    type_keys(qtbot, ADMIN[0], delay=5)
    press(qtbot, "Tab")
    type_keys(qtbot, ADMIN[1], delay=5)
    press(qtbot, "Return")
    counter.wait(lambda: "Чек возврата" in w.returns.message.text())
    counter.wait(lambda: w.returns.table.rowCount() == 0)  # nothing left to offer
    # a deposit of cash
    press(qtbot, "F8")
    type_keys(qtbot, "1000", delay=5)
    press(qtbot, "Ctrl+I")
    counter.wait(lambda: "Внесено" in w.shift.cash.message.text())
    # the shift closes with the Z report, confirmed by the administrator
    press(qtbot, "F9")
    type_keys(qtbot, ADMIN[0], delay=5)
    press(qtbot, "Tab")
    type_keys(qtbot, ADMIN[1], delay=5)
    press(qtbot, "Return")
    counter.wait(lambda: "Z-ОТЧЁТ" in w.shift.view.toPlainText())
    counter.idle()
    assert counter.pos.ctx.shifts.status(counter.pos.register_id).shift_number is None
    documents = counter.pos.ctx.sales.shift_receipts(counter.pos.register_id)
    assert len(documents) == 2  # the sale and its return
