"""Faults under the register's card flows (real driver, emulator over HTTPS): after each run the
emulator's ledger, the journal and the receipts agree — no card money without a fiscal receipt or a
visible entry, nothing fiscalized on an unknown outcome, no refund twice."""

from __future__ import annotations

import threading
import time
from datetime import timedelta

import pytest
from terminal_app_support import ledger_agrees

from alsep_desktop.app.demo import ADMIN
from alsep_desktop.domain.money import Money
from alsep_desktop.domain.payment import Payment, PaymentKind
from alsep_desktop.domain.shift import ShiftExpired
from alsep_desktop.hardware.terminal.errors import TerminalBusy
from alsep_desktop.services.card_payment import CardNotApproved, CardPaymentUnknown, with_card
from alsep_desktop.services.terminal_journal import CHECK_TERMINAL, OperationContext
from alsep_terminal_emulator import Fault, Plan


def _sale(pos, svc, card: str = "770", cash: str = "0"):  # noqa: ANN001, ANN202
    basket = pos.basket("4870001000029", "4870001000012")  # 770 ₸
    pays = [Payment(PaymentKind.CARD, Money.parse(card))]
    if cash != "0":
        pays.append(Payment(PaymentKind.CASH, Money.parse(cash)))
    return with_card(svc.driver, pays,
                     lambda slip: pos.ctx.sales.sell(pos.cashier, pos.register_id, basket, pays, card_slip=slip),
                     journal=svc.journal, context=OperationContext(pos.register_id, pos.cashier.user_id))


def _receipts(pos) -> int:  # noqa: ANN001
    return len(pos.ctx.sales.shift_receipts(pos.register_id))


@pytest.mark.parametrize("faults", [
    [Fault("garbage", path="/v2/status", times=3)],
    [Fault("drop", path="/v2/status", times=2)],
    [Fault("delay", path="/v2/status", seconds=1.5)],
], ids=["status-garbage", "status-drop", "status-late"])
def test_read_faults_end_in_one_fiscalized_payment(pos, svc, emulator, faults) -> None:
    emulator.inject(*faults)
    sold = _sale(pos, svc).value
    assert sold.state == "signed"
    assert [e.amount for e in emulator.ledger_now().payments()] == [770]
    ledger_agrees(pos, emulator, svc)


def test_unknown_until_actualized_then_fiscalized(pos, svc, emulator) -> None:
    emulator.plan(Plan.unknown_until_actualized(resolve="success", actualizes=1))
    assert _sale(pos, svc).value.state == "signed"
    ledger_agrees(pos, emulator, svc)


def test_declined_payment_leaves_nothing(pos, svc, emulator) -> None:
    emulator.plan(Plan(outcome="fail", message="Недостаточно средств"))
    with pytest.raises(CardNotApproved):
        _sale(pos, svc)
    assert _receipts(pos) == 0 and emulator.ledger_now().entries() == []
    assert svc.pending(pos.register_id) == []
    ledger_agrees(pos, emulator, svc)


def test_busy_terminal_refuses_before_anything_moves(pos, svc, emulator) -> None:
    emulator.plan(Plan.late_approval(1.0))
    first = threading.Thread(target=lambda: svc.pay_terminal_only(pos.cashier, pos.register_id, Money.parse("100")))
    first.start()
    end = time.monotonic() + 5
    while not emulator.processes and time.monotonic() < end:
        time.sleep(0.01)
    with pytest.raises(TerminalBusy):
        _sale(pos, svc)
    first.join(10)
    assert _receipts(pos) == 0
    assert [e.amount for e in emulator.ledger_now().payments()] == [100]  # the first one only
    ledger_agrees(pos, emulator, svc)


def test_failed_sale_reverses_the_kaspi_charge(pos, svc, emulator, clock) -> None:
    pos.sell("4870001000067")
    clock.advance(timedelta(hours=25))  # the shift is too old: the sale will be refused
    with pytest.raises(ShiftExpired):
        _sale(pos, svc)
    ledger = emulator.ledger_now()
    assert [e.amount for e in ledger.payments()] == [770] and [e.amount for e in ledger.refunds()] == [770]
    ledger_agrees(pos, emulator, svc)


def test_qr_sale_is_returned_by_its_order_number(pos, svc, emulator) -> None:
    emulator.plan(Plan(method="qr"))
    sold = _sale(pos, svc, "500", "270").value
    view = pos.ctx.sales.receipt(sold.id)
    assert dict(view.payments)[PaymentKind.MOBILE] == Money.parse("500")  # OFD PAYMENT_MOBILE
    original = svc.original_of_receipt(sold.id)
    assert original.method == "qr"
    pos.ctx.sales.refund(pos.cashier, *ADMIN, pos.register_id, sold.fiscal_sign,
                         pay_back=lambda pays, record: with_card(svc.driver, pays, record, refund=True,
                                                                 original=original, journal=svc.journal))
    [refund] = emulator.ledger_now().refunds()
    assert (refund.method, refund.refund_of, refund.amount) == ("qr", original.transaction_id, 500)
    ledger_agrees(pos, emulator, svc)


def test_lost_refund_answer_keeps_the_return_open(pos, svc, emulator) -> None:
    sold = _sale(pos, svc).value
    original = svc.original_of_receipt(sold.id)
    emulator.inject(Fault("drop", path="/v2/refund", when="after"))
    with pytest.raises(CardPaymentUnknown):
        pos.ctx.sales.refund(pos.cashier, *ADMIN, pos.register_id, sold.fiscal_sign,
                             pay_back=lambda pays, record: with_card(svc.driver, pays, record, refund=True,
                                                                     original=original, journal=svc.journal))
    assert _receipts(pos) == 1  # no return receipt on an unknown refund
    [entry] = svc.pending(pos.register_id)
    assert entry.action == CHECK_TERMINAL and entry.kind == "refund"
    ledger_agrees(pos, emulator, svc)
