"""What the cashier reads: a wrong PIN says PIN, field labels instead of field keys (issue 11)."""

from __future__ import annotations

from alsep_desktop.app.demo import CASHIER
from alsep_desktop.domain.errors import InvalidAmount, InvalidQuantity
from alsep_desktop.ui.cashier.common import error_text


def test_a_wrong_pin_says_pin_not_password(counter) -> None:
    counter.bind()
    counter.login()
    w = counter.window
    w.lock()
    w.login.pin.setText("0000")
    w.login.unlock()
    counter.wait(lambda: w.login.message.is_error)
    assert w.login.message.text() == "Неверный PIN-код."
    assert "пароль" not in w.login.message.text()
    w.login.pin.setText(CASHIER[2])
    w.login.unlock()
    counter.wait(lambda: w.stack.currentWidget() is w.tabs)


def test_validation_errors_name_the_field_by_its_label(counter) -> None:
    amount = error_text(InvalidAmount("amount", "{value} is not a number", value="x"))
    assert amount == "Неверная сумма в поле «Сумма»: x — не число"
    quantity = error_text(InvalidQuantity("quantity", "must be greater than zero"))
    assert "quantity" not in quantity and "значение должно быть больше нуля" in quantity
