"""Returns (issue 11.4): a line returned in full is not offered again, and the split of the money
back (cash / card) is shown under the table and in the confirmation, before the admin confirms."""

from __future__ import annotations

from alsep_desktop.app.demo import ADMIN
from alsep_desktop.domain.money import Money
from alsep_desktop.domain.payment import PaymentKind
from alsep_desktop.domain.quantity import Quantity
from alsep_desktop.services.sale import ReturnableLine, ReturnableReceipt
from alsep_desktop.ui.cashier.returns import refund_split
from tests.ui.cashier.conftest import press, type_keys


def _norm(text: str) -> str:
    return text.replace("\u00a0", " ")


def test_returned_lines_are_not_offered_again_and_the_split_is_shown(ready, qtbot) -> None:
    sold = ready.pos.sell("4870001000029", "4870001000074", cash="580", card="500")  # 520 + 560
    w = ready.window
    press(qtbot, "F6")
    w.returns.sign.setFocus()
    type_keys(qtbot, sold.fiscal_sign)
    press(qtbot, "Return")
    ready.wait(lambda: w.returns.table.rowCount() == 2)
    split = _norm(w.returns.split.text())
    assert "580,00" in split and "500,00" in split  # all of it: by the receipt's tenders
    w.returns.set_ticked(1, False)  # only the milk: 520 → 279,26 cash + 240,74 card
    expected = refund_split(w.returns.found, [(w.returns.shown[0].position, Quantity.parse("1"))])
    assert sum(m.tiyn for _, m in expected) == 52000
    for _, amount in expected:
        assert _norm(amount.format()) in _norm(w.returns.split.text())
    press(qtbot, "Ctrl+Return")
    creds = w.returns.dialog
    assert _norm(creds.split.text()) == _norm(w.returns.split.text())
    type_keys(qtbot, ADMIN[0])
    press(qtbot, "Tab")
    type_keys(qtbot, ADMIN[1])
    press(qtbot, "Return")
    ready.wait(lambda: "Чек возврата" in w.returns.message.text())
    ready.wait(lambda: w.returns.table.rowCount() == 1)  # the milk is not offered again
    assert w.returns.shown[0].name.startswith("Сахар")
    view = ready.pos.ctx.sales.receipt(ready.pos.ctx.sales.shift_receipts(ready.pos.register_id)[-1].id)
    assert sorted(m.tiyn for _, m in view.payments) == sorted(m.tiyn for _, m in expected)


def test_refund_split_takes_the_rest_of_a_line() -> None:
    line = ReturnableLine(1, "x", Money(100), Quantity.parse("3"), Quantity.parse("2"), Money(1000), None)
    found = ReturnableReceipt(1, "s", None, Money(1000), (line,), ((PaymentKind.CASH, Money(1000)),))  # type: ignore[arg-type]
    assert refund_split(found, [(1, Quantity.parse("1"))]) == [(PaymentKind.CASH, Money(333))]
