"""«Оплатить» again for goods whose card payment is pending (decision 2014), in the real window
(pytest-qt, real keys and clicks, Kaspi emulator): the cashier stopped waiting, presses pay for the
same basket and is asked; «Ждать терминал» opens the Терминал tab with the pending payment,
«Оплатить заново» opens the payment; another basket is not asked about."""

from __future__ import annotations

from alsep_desktop.services.card_payment import started_text, terminal_parts
from alsep_desktop.ui.cashier.payment import PaymentDialog
from alsep_desktop.ui.qt import QApplication
from alsep_terminal_emulator import Plan
from tests.ui.cashier.conftest import press, type_keys
from tests.ui.test_terminal_window import _basket_of_770, _click, emulator, till  # noqa: F401
from tests.ui.test_terminal_window_late_sale import BREAD, _pay_by_card_and_stop


def _ask_again(c, qtbot):  # noqa: ANN001, ANN202
    w = c.window
    c.wait(lambda: QApplication.activeModalWidget() is None)
    w.activateWindow()
    press(qtbot, "F12")
    c.wait(lambda: getattr(w.sale, "pending_question", None) is not None and w.sale.pending_question.isVisible())
    return w.sale.pending_question


def test_pay_again_for_pending_goods_is_asked_and_wait_shows_the_terminal(till, qtbot, emulator) -> None:  # noqa: F811
    w = till.window
    emulator.plan(Plan.late_approval(30))  # the terminal keeps the payment open for the whole test
    _basket_of_770(till, qtbot)
    _pay_by_card_and_stop(till, qtbot)
    question = _ask_again(till, qtbot)
    [pending] = terminal_parts(w.counter.terminal)[1].pending(till.pos.register_id)
    text = question.label.text().replace("\u00a0", " ")
    assert "770,00" in text and started_text(pending) in text and "ещё не завершена" in text, text
    assert not isinstance(w.sale.dialog, PaymentDialog) or not w.sale.dialog.isVisible()  # nothing opened yet
    _click(qtbot, question.buttons["wait"])
    till.wait(lambda: w.tabs.currentWidget() is w.terminal_tab)
    till.wait(lambda: w.terminal_tab.pending_table.rowCount() == 1)
    assert [e.amount for e in emulator.ledger_now().payments()] == []  # nothing charged a second time
    till.idle()


def test_pay_again_opens_the_payment_and_another_basket_is_not_asked(till, qtbot, emulator) -> None:  # noqa: F811
    w = till.window
    emulator.plan(Plan.late_approval(30))
    _basket_of_770(till, qtbot)
    _pay_by_card_and_stop(till, qtbot)
    question = _ask_again(till, qtbot)
    _click(qtbot, question.buttons["again"])
    pay = w.sale.dialog
    till.wait(lambda: isinstance(pay, PaymentDialog) and QApplication.focusWidget() is pay.received)
    press(qtbot, "Escape", pay.received)  # not now after all
    till.wait(lambda: not pay.isVisible())
    # another basket (one bread more): no question, the payment opens at once
    w.activateWindow()
    w.sale.focus_barcode()
    type_keys(qtbot, BREAD, delay=2)
    press(qtbot, "Return")
    till.wait(lambda: len(w.sale.basket.lines) == 2 and w.sale.basket.lines[-1].quantity.milli == 2000)
    question = w.sale.pending_question
    press(qtbot, "F12")
    till.wait(lambda: isinstance(w.sale.dialog, PaymentDialog) and w.sale.dialog is not pay
              and w.sale.dialog.isVisible())
    assert w.sale.pending_question is question and not question.isVisible()  # not asked again
    press(qtbot, "Return", w.sale.dialog.received)  # paid in cash
    till.wait(lambda: len(till.pos.ctx.sales.shift_receipts(till.pos.register_id)) == 1)
    till.idle()
