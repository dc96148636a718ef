"""Card payments through the (fake) terminal: charged before the receipt, reversed if the sale fails."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from alsep_desktop.domain.money import Money
from alsep_desktop.domain.payment import Payment, PaymentKind
from alsep_desktop.domain.shift import ShiftExpired
from alsep_desktop.hardware.protocols import TerminalStatus
from alsep_desktop.hardware.terminal.fake import FakeTerminal
from alsep_desktop.services.card_payment import CardNotApproved, CardReversalFailed, with_card
from alsep_desktop.store.models import Receipt


def _sell(pos, terminal, card: str, cash: str = "0"):  # noqa: ANN001, ANN202
    basket = pos.basket("4870001000029", "4870001000012")
    pays = [Payment(PaymentKind.CARD, Money.parse(card))]
    if cash != "0":
        pays.append(Payment(PaymentKind.CASH, Money.parse(cash)))
    return with_card(terminal, pays,
                     lambda slip: pos.ctx.sales.sell(pos.cashier, pos.register_id, basket, pays, card_slip=slip))


def _receipts(pos) -> int:  # noqa: ANN001
    with pos.ctx.uow() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(Receipt)))


def test_approved_card_then_receipt(pos) -> None:
    terminal = FakeTerminal()
    r = _sell(pos, terminal, "500", "270").value
    assert r.state == "signed"
    assert [(op, amount) for op, amount, _ in terminal.calls] == [("pay", Money.parse("500"))]


def test_declined_card_makes_no_receipt(pos) -> None:
    terminal = FakeTerminal([TerminalStatus.DECLINED])
    with pytest.raises(CardNotApproved) as err:
        _sell(pos, terminal, "770")
    assert err.value.params["status"] == "declined"
    assert _receipts(pos) == 0


def test_failed_sale_reverses_the_charge(pos, clock) -> None:
    pos.sell("4870001000067")
    clock.advance(timedelta(hours=25))  # the shift is too old: the sale will be refused
    terminal = FakeTerminal()
    with pytest.raises(ShiftExpired):
        _sell(pos, terminal, "770")
    assert [op for op, _, _ in terminal.calls] == ["pay", "refund"]
    assert _receipts(pos) == 1


def test_reversal_failure_is_reported(pos, clock) -> None:
    pos.sell("4870001000067")
    clock.advance(timedelta(hours=25))
    terminal = FakeTerminal([TerminalStatus.APPROVED, TerminalStatus.TIMEOUT])
    with pytest.raises(CardReversalFailed):
        _sell(pos, terminal, "770")


def test_without_terminal_card_is_recorded(pos) -> None:
    assert _sell(pos, None, "770").value.state == "signed"


def test_card_part_of_a_return_goes_back_through_the_terminal(pos) -> None:
    sale = _sell(pos, FakeTerminal(), "500", "270").value
    terminal = FakeTerminal()
    ret = pos.ctx.sales.refund(
        pos.cashier, *pos.admin_creds(), pos.register_id, sale.fiscal_sign,
        pay_back=lambda pays, record: with_card(terminal, pays, record, refund=True),
    ).value
    assert ret.total == Money.parse("770")
    assert [(op, amount) for op, amount, _ in terminal.calls] == [("refund", Money.parse("500"))]
