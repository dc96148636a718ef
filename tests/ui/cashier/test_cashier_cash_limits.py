"""999 999 999 999 ₸ tendered for a 500 ₸ sale, or deposited, is refused (issue 20, decision 2042):
by the services (whatever the window does), and in place in the payment dialog and the cash panel,
with the field and the limit named in Russian. Typed with real key events."""

from __future__ import annotations

from pathlib import Path

import pytest

from alsep_desktop.app.bootstrap import build_context
from alsep_desktop.app.config import AppConfig
from alsep_desktop.domain.money import Money
from alsep_desktop.domain.payment import Payment, PaymentKind
from alsep_desktop.errors import ValidationError
from alsep_desktop.ui.cashier.payment import PaymentDialog
from alsep_desktop.ui.qt import Qt
from tests.support.pos import FAST_ARGON2
from tests.ui.cashier.conftest import press

HUGE = "999999999999"
WATER = "4870001000029"


def _receipts(ready) -> int:  # noqa: ANN001
    return len(ready.pos.ctx.sales.shift_receipts(ready.pos.register_id))


def test_the_services_refuse_a_huge_tender_and_a_huge_deposit(ready) -> None:
    pos = ready.pos
    before, drawer = _receipts(ready), pos.ctx.shifts.cash_in_drawer(pos.register_id)
    basket = pos.basket(WATER)
    with pytest.raises(ValidationError) as err:
        pos.ctx.sales.sell(pos.cashier, pos.register_id, basket, [Payment(PaymentKind.CASH, Money.parse(HUGE))])
    assert err.value.field == "received" and "200 000,00 ₸" in err.value.reason
    with pytest.raises(ValidationError) as err:
        pos.ctx.sales.quick_sale(pos.cashier, pos.register_id, Money(500_00), PaymentKind.CASH, Money.parse(HUGE))
    assert err.value.field == "received"
    for move in (pos.ctx.shifts.deposit, pos.ctx.shifts.withdraw):
        with pytest.raises(ValidationError) as err:
            move(pos.cashier, pos.register_id, Money.parse(HUGE))
        assert err.value.field == "amount" and "100 000 000,00 ₸" in err.value.reason
    assert _receipts(ready) == before and pos.ctx.shifts.cash_in_drawer(pos.register_id) == drawer
    pos.sell(WATER, cash="20000")  # a 20 000 ₸ note for a small sale is still fine


def test_the_limits_are_settings(tmp_path: Path) -> None:
    cfg = AppConfig(data_dir=tmp_path / "data", argon2=FAST_ARGON2, max_change_tiyn=5_000_00,
                    max_cash_move_tiyn=1_000_000_00)
    ctx = build_context(cfg)
    try:
        assert ctx.sales.cash_limits.max_change == Money(5_000_00)
        assert ctx.shifts.cash_limits.max_cash_move == Money(1_000_000_00)
    finally:
        ctx.close()
    assert AppConfig().max_change_tiyn == 200_000_00 and AppConfig().max_cash_move_tiyn == 100_000_000_00


def test_the_payment_dialog_shows_the_limit_in_place_and_does_not_pay(ready, qtbot) -> None:
    w = ready.window
    w.on_scanned(WATER)
    ready.wait(lambda: len(w.sale.basket.lines) == 1)
    before = _receipts(ready)
    w.sale.pay()
    dlg = w.sale.dialog
    assert isinstance(dlg, PaymentDialog)
    qtbot.waitUntil(dlg.isVisible)
    dlg.received.setFocus()
    dlg.received.selectAll()
    qtbot.keyClicks(dlg.received, HUGE)
    text = dlg.message.text().replace("\u00a0", " ")
    assert dlg.message.is_error and "200 " in text and "Получено" in text, text
    assert not dlg.pay_button.isEnabled()
    press(qtbot, "Return", dlg.received)
    assert dlg.isVisible() and _receipts(ready) == before
    dlg.received.selectAll()
    qtbot.keyClicks(dlg.received, "1000")
    assert dlg.pay_button.isEnabled() and not dlg.message.text()
    qtbot.mouseClick(dlg.pay_button, Qt.MouseButton.LeftButton)
    ready.wait(lambda: _receipts(ready) == before + 1)


def test_the_cash_panel_shows_the_deposit_limit_in_place(ready, qtbot) -> None:
    w = ready.window
    press(qtbot, "F8")
    cash = w.shift.cash
    drawer = ready.pos.ctx.shifts.cash_in_drawer(ready.pos.register_id)
    cash.amount.setFocus()
    qtbot.keyClicks(cash.amount, HUGE)
    qtbot.mouseClick(cash.deposit_button, Qt.MouseButton.LeftButton)
    ready.wait(lambda: cash.message.is_error and bool(cash.message.text()))
    text = cash.message.text().replace("\u00a0", " ")
    assert "100 000 000,00" in text and "Сумма" in text, text
    assert ready.pos.ctx.shifts.cash_in_drawer(ready.pos.register_id) == drawer
