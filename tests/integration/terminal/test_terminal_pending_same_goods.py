"""The same goods are not paid again silently while their card payment is pending (decision 2014):
after «Прекратить ожидание» the card service names the pending payment of the same basket and
refuses a second payment through it until the cashier chooses to pay again. Kaspi emulator."""

from __future__ import annotations

import pytest
from test_terminal_late_sale import BREAD, WATER, _stopped_sale

from alsep_desktop.domain.payment import Payment, PaymentKind
from alsep_desktop.services.card_payment import PendingSameGoods, pending_same_goods, with_card
from alsep_desktop.services.terminal_basket import SaleSnapshot
from alsep_desktop.services.terminal_journal import OperationContext


def _pay_cash(pos, svc, basket):  # noqa: ANN001, ANN202
    pays = [Payment(PaymentKind.CASH, basket.totals().total)]
    return with_card(svc.driver, pays,
                     lambda slip: pos.ctx.sales.sell(pos.cashier, pos.register_id, basket, pays, card_slip=slip),
                     journal=svc.journal,
                     context=OperationContext(pos.register_id, pos.cashier.user_id,
                                              sale=SaleSnapshot(basket, tuple(pays)).to_json()))


def test_the_pending_payment_of_the_same_goods_is_found_and_refuses_a_second_payment(pos, svc, emulator) -> None:
    basket, _pays, entry = _stopped_sale(pos, svc, emulator)
    [pending] = pending_same_goods(svc.journal, pos.register_id, pos.basket(WATER, BREAD))  # equal goods
    assert pending.id == entry.id and pending.amount == basket.totals().total
    assert pending_same_goods(svc.journal, pos.register_id, pos.basket(BREAD)) == []  # other goods
    with pytest.raises(PendingSameGoods) as exc:
        _pay_cash(pos, svc, basket)
    assert exc.value.params["amount"] == basket.totals().total.format()
    assert pos.ctx.sales.shift_receipts(pos.register_id) == []  # nothing written
    svc.journal.pay_again([entry.id])  # the cashier saw it and pays again on purpose
    assert pending_same_goods(svc.journal, pos.register_id, basket) == []
    assert _pay_cash(pos, svc, basket).value.number
    assert len(pos.ctx.sales.shift_receipts(pos.register_id)) == 1


def test_a_fiscalized_late_payment_no_longer_counts(pos, svc, emulator) -> None:
    basket, _pays, entry = _stopped_sale(pos, svc, emulator)
    svc.issue_receipt(pos.cashier, pos.register_id, entry.id)
    assert pending_same_goods(svc.journal, pos.register_id, basket) == []
