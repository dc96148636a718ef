"""Every shortcut shown on a button works from the keyboard, also after its text changed
(a new total, a language switch): one real key event per shortcut (issue 11)."""

from __future__ import annotations

import pytest

from alsep_desktop.ui.cashier.common import CredentialsDialog
from alsep_desktop.ui.cashier.line_dialog import LineDialog
from alsep_desktop.ui.cashier.payment import PaymentDialog
from alsep_desktop.ui.qt import QApplication
from alsep_desktop.ui.translator import set_language
from tests.ui.cashier.conftest import press

MILK = "4870001000029"


def _basket(ready, *codes: str):
    w = ready.window
    for code in codes or (MILK,):
        w.on_scanned(code)
    w.sale.focus_barcode()
    return w


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_f12_pays_after_the_total_and_the_language_changed(ready, qtbot, language) -> None:
    w = _basket(ready, MILK, MILK)
    set_language(QApplication.instance(), language)
    press(qtbot, "F12")
    assert isinstance(w.sale.dialog, PaymentDialog) and w.sale.dialog.isVisible()
    assert "F12" in w.sale.pay_button.text()


def test_f4_edits_the_selected_line(ready, qtbot) -> None:
    w = _basket(ready)
    press(qtbot, "F4")
    assert isinstance(w.sale.dialog, LineDialog) and w.sale.dialog.isVisible()


def test_del_deletes_the_line_from_the_basket_table(ready, qtbot) -> None:
    w = _basket(ready, MILK, "6")
    w.sale.table.setFocus()
    w.sale.table.selectRow(0)
    press(qtbot, "Del")
    assert len(w.sale.basket.lines) == 1


def test_ctrl_del_clears_the_basket(ready, qtbot) -> None:
    w = _basket(ready, MILK, "6")
    w.sale.table.setFocus()
    press(qtbot, "Ctrl+Del")
    assert len(w.sale.basket.lines) == 0


def test_ctrl_u_fetches_products(ready, qtbot) -> None:
    w = _basket(ready)
    press(qtbot, "Ctrl+U")
    assert not w.sale.message.is_error and w.sale.message.text()


def test_ins_adds_the_typed_amount(ready, qtbot) -> None:
    w = ready.window
    w.sale.kkm.amount.setFocus()
    qtbot.keyClicks(w.sale.kkm.amount, "150")
    press(qtbot, "Ins")
    assert len(w.sale.basket.lines) == 1 and w.sale.basket.totals().total.format().startswith("150")


def test_ctrl_b_marks_non_cash_and_f5_pays_quickly(ready, qtbot) -> None:
    w = ready.window
    w.sale.kkm.amount.setFocus()
    qtbot.keyClicks(w.sale.kkm.amount, "99")
    press(qtbot, "Ctrl+B")
    assert w.sale.kkm.non_cash.isChecked()
    press(qtbot, "F5")
    ready.wait(lambda: getattr(w.sale, "last_result", None) is not None)


def test_payment_dialog_enter_pays_and_esc_cancels(ready, qtbot) -> None:
    w = _basket(ready)
    press(qtbot, "F12")
    press(qtbot, "Esc")
    assert not w.sale.dialog.isVisible() and len(w.sale.basket.lines) == 1
    press(qtbot, "F12")
    ready.wait(lambda: QApplication.focusWidget() is w.sale.dialog.received)
    press(qtbot, "Return")
    ready.wait(lambda: getattr(w.sale, "last_result", None) is not None)


def test_tab_keys_f3_f6_f7_and_reports_f8(ready, qtbot) -> None:
    w = ready.window
    for key, screen in (("F6", w.returns), ("F7", w.receipts), ("F8", w.shift), ("F3", w.sale)):
        press(qtbot, key)
        assert w.tabs.currentWidget() is screen, key
    assert QApplication.focusWidget() is w.sale.barcode


def test_f9_asks_for_the_admin_to_close_the_shift(ready, qtbot) -> None:
    w = ready.window
    press(qtbot, "F9")
    assert w.tabs.currentWidget() is w.shift and isinstance(w.shift.dialog, CredentialsDialog)


def test_f2_focuses_the_barcode_field(ready, qtbot) -> None:
    w = ready.window
    press(qtbot, "F7")
    press(qtbot, "F2")
    assert w.tabs.currentWidget() is w.sale and QApplication.focusWidget() is w.sale.barcode


def test_f1_shows_the_help(ready, qtbot) -> None:
    press(qtbot, "F1")
    assert ready.window.help.isVisible()


def test_ctrl_l_locks(ready, qtbot) -> None:
    press(qtbot, "Ctrl+L")
    assert ready.window.stack.currentWidget() is ready.window.login


def test_ctrl_shift_l_switches_cashier(ready, qtbot) -> None:
    press(qtbot, "Ctrl+Shift+L")
    assert ready.window.counter.cashier is None


def test_f11_prints_the_last_receipt(ready, qtbot) -> None:
    ready.pos.sell()
    before = len(ready.printer.documents)
    press(qtbot, "F11")
    ready.wait(lambda: len(ready.printer.documents) > before)


def test_returns_ctrl_f_finds_and_ctrl_enter_returns(ready, qtbot) -> None:
    sold = ready.pos.sell()
    w = ready.window
    press(qtbot, "F6")
    w.returns.sign.setFocus()
    qtbot.keyClicks(w.returns.sign, sold.fiscal_sign)
    press(qtbot, "Ctrl+F")
    ready.wait(lambda: w.returns.return_button.isEnabled())
    press(qtbot, "Ctrl+Return")
    assert isinstance(w.returns.dialog, CredentialsDialog) and w.returns.dialog.isVisible()
    press(qtbot, "Esc")
    w.returns.table.setFocus()
    press(qtbot, "Ctrl+Enter")
    assert w.returns.dialog.isVisible()


def test_receipts_ctrl_r_refreshes_and_ctrl_d_prints_a_duplicate(ready, qtbot) -> None:
    ready.pos.sell()
    w = ready.window
    press(qtbot, "F7")
    w.receipts.rows = []
    press(qtbot, "Ctrl+R")
    ready.wait(lambda: w.receipts.table.rowCount() == 1)
    w.receipts.table.setFocus()
    w.receipts.table.selectRow(0)
    before = len(ready.printer.documents)
    press(qtbot, "Ctrl+D")
    ready.wait(lambda: len(ready.printer.documents) > before)


@pytest.mark.parametrize("key", ["Ctrl+I", "Ctrl+O"])
def test_cash_deposit_and_withdrawal_keys(ready, qtbot, key) -> None:
    ready.pos.sell()
    w = ready.window
    press(qtbot, "F8")
    set_language(QApplication.instance(), "en")
    w.shift.cash.amount.setFocus()
    qtbot.keyClicks(w.shift.cash.amount, "10")
    press(qtbot, key)
    ready.wait(lambda: "10" in w.shift.cash.message.text() and not w.shift.cash.message.is_error)
