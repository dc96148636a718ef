"""Issue 20 in the real window (pytest-qt, real keys and clicks, Kaspi emulator over HTTPS): a late
card approval completes the sale it belongs to — its lines on the receipt, the basket cleared, a
changed basket asked about, nothing charged twice — and «Безнал» does not stay ticked."""

from __future__ import annotations

from PySide6.QtCore import QPoint

from alsep_desktop.domain.money import Money
from alsep_desktop.domain.payment import PaymentKind
from alsep_desktop.services.terminal_journal import RECONCILE
from alsep_desktop.ui.qt import QApplication, Qt
from alsep_terminal_emulator import Plan
from tests.ui.cashier.conftest import press, type_keys
from tests.ui.test_terminal_window import _basket_of_770, _click, _open_tab, emulator, till  # noqa: F401

BREAD = "4870001000012"


def _pay_by_card_and_stop(c, qtbot) -> None:  # noqa: ANN001
    w = c.window
    press(qtbot, "F12")
    pay = w.sale.dialog
    c.wait(lambda: QApplication.focusWidget() is pay.received)
    _click(qtbot, pay.card_radio)
    press(qtbot, "Return", pay.received)
    c.wait(lambda: w.sale.waiting is not None and w.sale.waiting.isVisible())
    press(qtbot, "Escape", w.sale.waiting)  # Esc at «Прекратить ожидание»
    c.wait(lambda: "ожидание оплаты" in w.sale.message.text() and w.sale.message.is_error)


def _fiscalize_the_late_one(c, qtbot):  # noqa: ANN001, ANN202
    tab = c.window.terminal_tab
    _open_tab(c, qtbot, tab)
    c.wait(lambda: tab.pending_table.rowCount() == 1 and tab.pending_rows[0].action == RECONCILE, timeout=15_000)
    qtbot.mouseClick(tab.pending_table.viewport(), Qt.MouseButton.LeftButton,
                     pos=tab.pending_table.visualItemRect(tab.pending_table.item(0, 0)).center())
    _click(qtbot, tab.fiscalize_button)
    return tab


def _lines(c, receipt_id: int) -> list[tuple[str, int]]:  # noqa: ANN001
    return [(ln.code, ln.quantity_milli) for ln in c.pos.ctx.sales.receipt(receipt_id).lines]


def test_late_approval_fiscalizes_the_basket_and_clears_it(till, qtbot, emulator) -> None:  # noqa: F811
    w = till.window
    emulator.plan(Plan.late_approval(1.5))
    _basket_of_770(till, qtbot)
    paid_codes = [(x.code, 1000) for x in w.sale.basket.lines]
    _pay_by_card_and_stop(till, qtbot)
    assert len(w.sale.basket.lines) == 2  # open while nobody knows
    tab = _fiscalize_the_late_one(till, qtbot)
    till.wait(lambda: tab.pending_table.rowCount() == 0 and "№" in tab.message.text())
    [receipt] = till.pos.ctx.sales.shift_receipts(till.pos.register_id)
    assert _lines(till, receipt.id) == paid_codes  # the sale's own lines, not one free position
    assert till.pos.ctx.sales.receipt(receipt.id).payments == ((PaymentKind.CARD, Money.parse("770")),)
    assert w.sale.basket.lines == ()  # the sale is done: the basket is cleared
    # the next sale charges only what is scanned for it
    _open_tab(till, qtbot, w.sale)
    press(qtbot, "F3")
    type_keys(qtbot, BREAD, delay=2)
    press(qtbot, "Return")
    till.wait(lambda: len(w.sale.basket.lines) == 1)
    press(qtbot, "F12")
    pay = w.sale.dialog
    till.wait(lambda: QApplication.focusWidget() is pay.received)
    press(qtbot, "Return", pay.received)
    till.wait(lambda: len(till.pos.ctx.sales.shift_receipts(till.pos.register_id)) == 2)
    second = till.pos.ctx.sales.shift_receipts(till.pos.register_id)[-1]
    assert second.total == Money.parse("250")
    assert [e.amount for e in emulator.ledger_now().payments()] == [770]
    till.idle()


def test_a_basket_changed_after_the_payment_is_asked_about(till, qtbot, emulator) -> None:  # noqa: F811
    w = till.window
    emulator.plan(Plan.late_approval(1.5))
    _basket_of_770(till, qtbot)
    paid_codes = [(x.code, 1000) for x in w.sale.basket.lines]
    _pay_by_card_and_stop(till, qtbot)
    press(qtbot, "F3")  # the next item of the same customer, scanned while the payment is pending
    type_keys(qtbot, BREAD, delay=2)
    press(qtbot, "Return")
    till.wait(lambda: w.sale.basket.totals().total == Money.parse("1020"))  # one more bread on its line
    tab = _fiscalize_the_late_one(till, qtbot)
    till.wait(lambda: tab.question is not None and tab.question.isVisible())
    question = tab.question
    assert not question.buttons["current"].isEnabled()  # 1 020 ₸ is not what the card paid
    _click(qtbot, question.buttons["paid"])  # the basket as it was paid
    till.wait(lambda: tab.pending_table.rowCount() == 0 and "№" in tab.message.text())
    [receipt] = till.pos.ctx.sales.shift_receipts(till.pos.register_id)
    assert _lines(till, receipt.id) == paid_codes
    [left] = w.sale.basket.lines  # only what was added after the payment
    assert (left.barcode, left.quantity.milli, w.sale.basket.totals().total) == (BREAD, 1000, Money.parse("250"))
    assert [e.amount for e in emulator.ledger_now().payments()] == [770]
    till.idle()


def test_beznal_is_unticked_after_the_sale(till, qtbot, emulator) -> None:  # noqa: F811
    w = till.window
    press(qtbot, "F3")
    type_keys(qtbot, BREAD, delay=2)
    press(qtbot, "Return")
    till.wait(lambda: len(w.sale.basket.lines) == 1)
    box = w.sale.kkm.non_cash
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))  # «Безнал»
    assert w.sale.kkm.non_cash.isChecked()
    _click(qtbot, w.sale.pay_button)
    pay = w.sale.dialog
    till.wait(lambda: pay.isVisible())
    assert pay.card_kind is PaymentKind.NON_CASH
    qtbot.mouseClick(pay.card_radio, Qt.MouseButton.LeftButton, pos=QPoint(8, pay.card_radio.height() // 2))
    assert pay.card_radio.isChecked()
    _click(qtbot, pay.pay_button)
    till.wait(lambda: len(till.pos.ctx.sales.shift_receipts(till.pos.register_id)) == 1)
    [receipt] = till.pos.ctx.sales.shift_receipts(till.pos.register_id)
    assert till.pos.ctx.sales.receipt(receipt.id).payments == ((PaymentKind.NON_CASH, Money.parse("250")),)
    till.wait(lambda: not w.sale.kkm.non_cash.isChecked())  # the next sale starts with cash / card
    w.activateWindow()  # what a window manager does when the dialog closes (offscreen does not)
    till.wait(lambda: QApplication.activeWindow() is w)
    press(qtbot, "F3")
    type_keys(qtbot, BREAD, delay=2)
    press(qtbot, "Return")
    till.wait(lambda: len(w.sale.basket.lines) == 1)
    _click(qtbot, w.sale.pay_button)
    till.wait(lambda: w.sale.dialog is not pay and w.sale.dialog.isVisible())
    assert w.sale.dialog.card_kind is PaymentKind.CARD
    w.sale.dialog.reject()
    till.idle()


def test_terminal_tab_headers_fit_their_text_in_every_language(till, qtbot) -> None:  # noqa: F811
    from PySide6.QtGui import QFontMetrics

    w = till.window
    tab = w.terminal_tab
    w.resize(1024, 768)
    _open_tab(till, qtbot, tab)
    try:
        for lang in ("ru", "kk", "en"):
            w.set_language(lang)
            till.idle()
            for table in (tab.open_table, tab.pending_table):
                header = table.horizontalHeader()
                metrics = QFontMetrics(header.font())
                for col in range(table.columnCount()):
                    text = table.horizontalHeaderItem(col).text()
                    need = metrics.horizontalAdvance(text) + 8  # the style's padding on both sides
                    assert header.sectionSize(col) >= need, (lang, text, header.sectionSize(col), need)
    finally:
        w.set_language("ru")
        till.idle()


def test_a_lost_pairing_is_said_plainly_and_nothing_is_charged(till, qtbot, emulator) -> None:  # noqa: F811
    """The register died after the terminal rotated the tokens and before they were stored (2010):
    the card payment says the pairing is lost and where to pair again; no money moves."""
    svc, w = till.svc, till.window
    spent = svc.tokens.load()
    svc.driver.client.refresh(spent)  # the terminal rotates the pair…
    svc.tokens.save(spent)  # …and the disk still has the spent one
    _basket_of_770(till, qtbot)
    press(qtbot, "F12")
    pay = w.sale.dialog
    till.wait(lambda: QApplication.focusWidget() is pay.received)
    qtbot.mouseClick(pay.card_radio, Qt.MouseButton.LeftButton, pos=QPoint(8, pay.card_radio.height() // 2))
    press(qtbot, "Return", pay.received)
    till.wait(lambda: w.sale.message.is_error and "Запретить" in w.sale.message.text())
    text = w.sale.message.text()
    assert "потеряна" in text and "Касса → Устройства → Терминал → Зарегистрировать" in text
    assert emulator.ledger_now().entries() == [] and len(w.sale.basket.lines) == 2
    till.idle()


def test_another_customers_basket_stays_as_it_is(till, qtbot, emulator) -> None:  # noqa: F811
    w = till.window
    emulator.plan(Plan.late_approval(1.5))
    _basket_of_770(till, qtbot)
    paid_codes = [(x.code, 1000) for x in w.sale.basket.lines]
    _pay_by_card_and_stop(till, qtbot)
    _click(qtbot, w.sale.clear_button)  # the first customer went away; the next one buys bread
    press(qtbot, "F3")
    type_keys(qtbot, BREAD, delay=2)
    press(qtbot, "Return")
    till.wait(lambda: w.sale.basket.totals().total == Money.parse("250"))
    next_customer = w.sale.basket
    tab = _fiscalize_the_late_one(till, qtbot)
    till.wait(lambda: tab.question is not None and tab.question.isVisible())
    _click(qtbot, tab.question.buttons["paid_keep"])
    till.wait(lambda: tab.pending_table.rowCount() == 0 and "№" in tab.message.text())
    [receipt] = till.pos.ctx.sales.shift_receipts(till.pos.register_id)
    assert _lines(till, receipt.id) == paid_codes
    assert w.sale.basket == next_customer  # the bread of the next customer is still to be paid
    till.idle()


def test_a_refund_by_rrn_over_the_remainder_says_what_is_left(till, qtbot, emulator) -> None:  # noqa: F811
    w, svc = till.window, till.svc
    svc.fiscalization = False
    tab = w.terminal_tab
    _open_tab(till, qtbot, tab)
    _click(qtbot, tab.amount)
    type_keys(qtbot, "1000", delay=2)
    _click(qtbot, tab.pay_button)
    till.wait(lambda: tab.open_table.rowCount() == 1)
    rrn = tab.open_rows[0].transaction_id
    for amount in ("600", "500"):
        _click(qtbot, tab.txn)
        press(qtbot, "Ctrl+A")
        type_keys(qtbot, rrn, delay=1)
        _click(qtbot, tab.refund_amount)
        press(qtbot, "Ctrl+A")
        type_keys(qtbot, amount, delay=2)
        _click(qtbot, tab.refund_txn_button)
        if amount == "600":
            till.wait(lambda: "возвращено" in tab.message.text() and not tab.message.is_error)
    till.wait(lambda: tab.message.is_error and "400,00" in tab.message.text(), timeout=3000)
    assert "можно вернуть ещё только" in tab.message.text()
    assert emulator.calls_to("/v2/refund") == 1  # the second one never reached the terminal
    till.idle()


def test_the_late_sale_questions_fit_at_1024x768(till, qtbot) -> None:  # noqa: F811
    from alsep_desktop.domain.payment import Payment
    from alsep_desktop.services.terminal_basket import SaleSnapshot
    from alsep_desktop.ui.terminal.late_sale import sold_again, which_basket
    from tests.ui.cashier.test_cashier_layout import overflowing

    w = till.window
    paid = till.pos.basket("4870001000029", "4870001000012")
    sale = SaleSnapshot(paid, (Payment(PaymentKind.CARD, paid.totals().total),))
    current = paid.add(till.pos.basket(BREAD).lines[0])
    try:
        for lang in ("ru", "kk", "en"):
            w.set_language(lang)
            for dialog in (which_basket(w, sale, current), sold_again(w, "12", Money.parse("770"))):
                dialog.show()
                QApplication.processEvents()
                assert dialog.width() <= 1024 and dialog.height() <= 740, (lang, dialog.size())
                assert overflowing(dialog) == [], lang
                dialog.close()
    finally:
        w.set_language("ru")
        till.idle()
