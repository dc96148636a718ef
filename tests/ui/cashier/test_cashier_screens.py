"""Smaller screens: quick payment, free positions, editable prices, receipt discount, cash moves,
duplicates, the help overlay, language switching and error sentences."""

from __future__ import annotations

from alsep_desktop.domain.money import Money
from alsep_desktop.domain.payment import PaymentKind
from alsep_desktop.errors import NotImplementedFeature
from alsep_desktop.ui.cashier.common import error_text


def _ready(counter):
    counter.bind()
    counter.login()
    return counter.window


def test_free_position_quick_payment_and_non_cash(counter) -> None:
    w = _ready(counter)
    kkm = w.sale.kkm
    for key in "150":
        kkm.press(key)
    kkm.quantity.setText("2")
    kkm.name.setText("Услуга")
    kkm.add_button.click()
    assert w.sale.basket.lines[0].name == "Услуга" and w.sale.basket.totals().total == Money.parse("300")
    kkm.press("C")
    kkm.add_button.click()
    assert w.sale.message.is_error and "сумму" in w.sale.message.text()
    # quick payment, marked «Безнал»
    for key in "99":
        kkm.press(key)
    kkm.non_cash.setChecked(True)
    kkm.quick_button.click()
    counter.wait(lambda: getattr(w.sale, "last_result", None) is not None)
    view = counter.pos.ctx.sales.receipt(w.sale.last_result.id)
    assert view.payments == ((PaymentKind.NON_CASH, Money.parse("99")),)
    assert len(w.sale.basket.lines) == 1  # the basket is untouched by a quick payment


def test_editable_price_asks_and_receipt_discount(counter) -> None:
    w = _ready(counter)
    w.on_scanned("2000000000046")  # apples, weighed: the weight and the (editable) price are asked
    dlg = w.sale.dialog
    dlg.weight.setText("1")
    dlg.edit.setText("1000")
    dlg._check()
    assert w.sale.basket.lines[0].unit_price == Money.parse("1000")
    w.on_scanned("Кефир")  # by name: one match, added
    assert w.sale.basket.lines[1].name.startswith("Кефир")
    w.on_scanned("нет такого товара")
    assert "Ничего не найдено" in w.sale.message.text()
    w.sale.pay()
    pay = w.sale.dialog
    pay.discount.value.setText("10")
    assert "1 449,00" in pay.total_label.text()  # (1000 + 610) − 10 %
    pay.discount.value.setText("200")
    assert pay.message.is_error and not pay.pay_button.isEnabled()  # over 100 %
    pay.discount.value.setText("10")
    pay.received.setText("1500")
    assert pay.change_label.text() == Money.parse("51").format()
    pay.confirm()
    counter.wait(lambda: getattr(w.sale, "last_result", None) is not None)
    assert w.sale.last_result.total == Money.parse("1449") and w.sale.last_result.change == Money.parse("51")


def test_cash_moves_duplicate_and_last_receipt(counter) -> None:
    w = _ready(counter)
    w.on_scanned("4870001000029")
    w.sale.pay()
    w.sale.dialog.confirm()
    counter.wait(lambda: getattr(w.sale, "last_result", None) is not None)
    w.show_tab(w.shift)
    cash = w.shift.cash
    cash.amount.setText("1000")
    cash.deposit_button.click()
    counter.wait(lambda: "Внесено" in cash.message.text())
    counter.wait(lambda: "1 520,00" in cash.in_drawer.text())
    cash.amount.setText("100000")
    cash.withdraw_button.click()
    counter.wait(lambda: cash.message.is_error)
    assert "В кассе только" in cash.message.text()
    counter.idle()
    assert "ВНЕСЕНИЕ НАЛИЧНЫХ" in counter.printed_text()
    w.show_tab(w.receipts)
    counter.wait(lambda: w.receipts.table.rowCount() == 2)  # the receipt and the deposit (issue 20)
    before = len(counter.printer.documents)
    w.receipts.duplicate()
    counter.wait(lambda: len(counter.printer.documents) == before + 1)
    w.receipts.print_last()
    counter.wait(lambda: len(counter.printer.documents) == before + 2)
    assert "ДУБЛИКАТ" in "\n".join(counter.printer.documents[-1].text_lines())


def test_help_overlay_lists_the_shortcuts_shown_on_buttons(counter) -> None:
    w = _ready(counter)
    w.help.toggle()
    assert w.help.isVisible()
    keys = dict(w.help.texts())
    for key in ("F1", "F2", "F4", "F5", "F12", "Del", "F6", "F8", "F9", "Ctrl+L", "Ins"):
        assert key in keys, key
    assert keys["F12"] == "Оплатить корзину"
    assert "[F12]" in w.sale.pay_button.text() and "[F4]" in w.sale.edit_button.text()
    assert w.sale.pay_button.minimumHeight() >= 48
    w.help.toggle()
    assert not w.help.isVisible()


def test_language_switch_at_run_time(counter) -> None:
    w = _ready(counter)
    assert w.tabs.tabText(0).startswith("Продажа")
    w.set_language("kk")
    counter.wait(lambda: w.tabs.tabText(0).startswith("Сату"))
    assert w.sale.kkm.quick_button.text().startswith("Жылдам төлем")
    assert w.language_actions["kk"].isChecked()
    w.set_language("en")
    counter.wait(lambda: w.tabs.tabText(0).startswith("Sale"))
    assert w.sale.model.headerData(6, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal) == "Sum"
    w.set_language("ru")
    counter.wait(lambda: w.sale.edit_button.text().startswith("Изменить"))


def test_errors_are_plain_sentences(counter) -> None:
    assert error_text(NotImplementedFeature(feature="PaymentTerminal")) == \
        "Эта функция ещё не реализована: PaymentTerminal"
    assert error_text(RuntimeError("Traceback: boom")).startswith("Непредвиденная ошибка")
    w = _ready(counter)
    w.sale.pay()  # empty basket
    assert w.sale.message.text() == "Корзина пуста."
