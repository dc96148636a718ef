"""A late card approval completes the sale it belongs to (issue 20, decision 2011): the basket and
tenders are kept with the terminal operation, so «Выдать чек» fiscalizes the same lines, and the
same goods are never charged twice. Real register, Kaspi driver, emulator over HTTPS."""

from __future__ import annotations

import threading
import time

import pytest
from terminal_app_support import kaspi_service, ledger_agrees, wait_for

from alsep_desktop.domain.money import Money
from alsep_desktop.domain.payment import Payment, PaymentKind
from alsep_desktop.services.card_payment import CardWaitStopped, with_card
from alsep_desktop.services.terminal.service import BasketTotalDiffers, SoldMeanwhile
from alsep_desktop.services.terminal_basket import SaleSnapshot, snapshot_of, without
from alsep_desktop.services.terminal_journal import RECONCILE, OperationContext
from alsep_terminal_emulator import Plan

WATER, BREAD = "4870001000029", "4870001000012"  # 520 + 250


def _stop_when_started(svc) -> threading.Thread:  # noqa: ANN001
    def run() -> None:
        end = time.monotonic() + 10
        while time.monotonic() < end:
            with svc.journal._uow(read_only=True) as uow:  # noqa: SLF001 - the test looks at the rows
                started = [r for r in uow.terminal.by_state(["wait"]) if r.process_id and r.reported is None]
            if started:
                svc.cancel_wait()
                return
            time.sleep(0.01)

    th = threading.Thread(target=run, daemon=True)
    th.start()
    return th


def _stopped_sale(pos, svc, emulator, cash: str = "0"):  # noqa: ANN001, ANN202
    """The cashier pays the basket by card (and cash), presses «Прекратить ожидание»; the terminal
    approves later. Returns the basket, the payments and the late entry."""
    emulator.plan(Plan.late_approval(0.6))
    basket = pos.basket(WATER, BREAD)
    total = basket.totals().total
    card = total - Money.parse(cash)
    pays = [Payment(PaymentKind.CARD, card)] + ([Payment(PaymentKind.CASH, Money.parse(cash))] if cash != "0" else [])
    stopper = _stop_when_started(svc)
    ref = "9d6c2c8e-8f4e-4a38-9a56-1b0c5c0e0a01"
    with pytest.raises(CardWaitStopped):
        with_card(svc.driver, pays,
                  lambda slip: pos.ctx.sales.sell(pos.cashier, pos.register_id, basket, pays, card_slip=slip,
                                                  doc_uuid=ref),
                  journal=svc.journal, reference=ref,
                  context=OperationContext(pos.register_id, pos.cashier.user_id,
                                           sale=SaleSnapshot(basket, tuple(pays)).to_json()))
    stopper.join()
    entry = wait_for(lambda: next((e for e in svc.pending(pos.register_id) if e.action == RECONCILE), None))
    return basket, pays, entry


def test_the_late_receipt_has_the_sales_lines_and_tenders(pos, svc, emulator) -> None:
    basket, _pays, entry = _stopped_sale(pos, svc, emulator, cash="270")
    assert entry.sale is not None and entry.sale.basket == basket  # kept with the operation, in the store
    with pos.ctx.uow(read_only=True) as uow:
        row = uow.terminal.get(entry.id)
        assert row.cheque["rrn"] == entry.transaction_id  # the terminal's cheque is still there beside it
    done = svc.issue_receipt(pos.cashier, pos.register_id, entry.id).value
    view = pos.ctx.sales.receipt(done.id)
    assert [(ln.name, ln.quantity_milli) for ln in view.lines] == [(x.name, 1000) for x in basket.lines]
    assert "Свободная позиция" not in [ln.name for ln in view.lines]
    assert dict(view.payments) == {PaymentKind.CARD: Money.parse("500"), PaymentKind.CASH: Money.parse("270")}
    assert view.uuid == entry.reference  # the sale's own uuid (a crash before the link is repaired, 0715)
    assert svc.journal.get(entry.id).fiscalized and svc.pending(pos.register_id) == []
    ledger_agrees(pos, emulator, svc)


def test_the_kept_basket_survives_a_restart(pos, svc, server, emulator) -> None:
    basket, _pays, entry = _stopped_sale(pos, svc, emulator)
    svc.close()
    again = kaspi_service(pos, server, register=False)  # the next run of the register
    try:
        [late] = [e for e in again.pending(pos.register_id) if e.action == RECONCILE]
        assert late.sale is not None and late.sale.basket == basket
        done = again.issue_receipt(pos.cashier, pos.register_id, late.id).value
        assert [ln.code for ln in pos.ctx.sales.receipt(done.id).lines] == [x.code for x in basket.lines]
    finally:
        again.close()


def test_the_same_goods_sold_meanwhile_are_not_charged_twice(pos, svc, emulator) -> None:
    basket, _pays, entry = _stopped_sale(pos, svc, emulator)
    cash = pos.ctx.sales.sell(pos.cashier, pos.register_id, basket,  # the customer paid cash instead
                              [Payment(PaymentKind.CASH, basket.totals().total)]).value
    with pytest.raises(SoldMeanwhile) as exc:
        svc.issue_receipt(pos.cashier, pos.register_id, entry.id)
    assert exc.value.params["number"] == str(cash.number)
    assert len(pos.ctx.sales.shift_receipts(pos.register_id)) == 1  # nothing fiscalized twice
    assert svc.refund_entry(pos.cashier, entry.id).approved  # the way out: the card money goes back
    assert svc.pending(pos.register_id) == []
    ledger_agrees(pos, emulator, svc)


def test_a_changed_basket_of_the_same_total_or_a_different_one(pos, svc, emulator) -> None:
    basket, _pays, entry = _stopped_sale(pos, svc, emulator)
    bigger = basket.add(pos.basket(BREAD).lines[0])
    with pytest.raises(BasketTotalDiffers):
        svc.issue_receipt(pos.cashier, pos.register_id, entry.id, basket=bigger)
    assert without(bigger, basket).lines == pos.basket(BREAD).lines  # what stays for the next payment
    swapped = pos.basket(BREAD, WATER)  # the same goods in another order: the same total
    done = svc.issue_receipt(pos.cashier, pos.register_id, entry.id, basket=swapped).value
    assert [ln.code for ln in pos.ctx.sales.receipt(done.id).lines] == [x.code for x in swapped.lines]


def test_the_drivers_cheque_does_not_drop_the_kept_sale(pos, svc) -> None:
    from datetime import datetime

    from alsep_desktop.kernel.clock import ALMATY

    now = datetime.now(ALMATY)
    with pos.ctx.uow() as uow:
        uow.terminal.upsert("op-1", {"reference": "r", "kind": "payment", "amount_tiyn": 100, "state": "wait",
                                     "cheque": {"register_sale": {"lines": [], "payments": []}},
                                     "started_at": now, "updated_at": now})
        uow.terminal.upsert("op-1", {"state": "success", "cheque": {"rrn": "123"}, "updated_at": now})
        uow.commit()
    with pos.ctx.uow(read_only=True) as uow:
        cheque = uow.terminal.get("op-1").cheque
    assert cheque == {"rrn": "123", "register_sale": {"lines": [], "payments": []}}
    assert snapshot_of(cheque) is not None


def test_a_refund_over_the_remainder_is_refused_before_the_terminal(pos, svc, emulator) -> None:
    from alsep_desktop.services.card_payment import OriginalPayment, RefundOverRemainder

    entry = svc.pay_terminal_only(pos.cashier, pos.register_id, Money.parse("1000"))
    assert svc.refund_by_transaction(pos.cashier, entry.transaction_id, Money.parse("600")).approved
    with pytest.raises(RefundOverRemainder) as exc:
        svc.refund_by_transaction(pos.cashier, entry.transaction_id, Money.parse("500"))
    p = exc.value.params
    assert (p["left"], p["refunded"], p["paid"], p["amount"]) == (
        Money.parse("400").format(), Money.parse("600").format(), Money.parse("1000").format(),
        Money.parse("500").format())
    with pytest.raises(RefundOverRemainder):
        svc.refund_entry(pos.cashier, entry.id, Money.parse("400.01"))
    # a return's card part is checked the same way
    pays = [Payment(PaymentKind.CARD, Money.parse("450"))]
    with pytest.raises(RefundOverRemainder):
        with_card(svc.driver, pays, lambda slip: pytest.fail("no receipt for a refused refund"), refund=True,
                  original=OriginalPayment(entry.transaction_id, entry.method), journal=svc.journal)
    assert emulator.calls_to("/v2/refund") == 1  # the terminal was asked only for what it could pay back
    assert svc.refund_entry(pos.cashier, entry.id, Money.parse("400")).approved
    assert emulator.ledger_now().refunded_of(entry.transaction_id) == 1000
    ledger_agrees(pos, emulator, svc)


def test_a_pairing_lost_while_a_payment_is_followed_is_said_and_followed_again(pos, svc, emulator) -> None:
    """The terminal forgets the register while a stopped payment is still being asked about: the
    pending list says the pairing is lost (not "still asking"); after pairing again the register
    follows it on and the late approval arrives (2010)."""
    from alsep_desktop.app.demo import ADMIN

    emulator.plan(Plan.late_approval(2.0))
    basket = pos.basket(WATER)
    pays = [Payment(PaymentKind.CARD, basket.totals().total)]
    stopper = _stop_when_started(svc)
    with pytest.raises(CardWaitStopped):
        with_card(svc.driver, pays, lambda slip: pytest.fail("not approved yet"), journal=svc.journal,
                  context=OperationContext(pos.register_id, pos.cashier.user_id))
    stopper.join()
    emulator.grants.forbid("AlsepDesktop")  # «Запретить» on the terminal (or a pair lost in a crash)
    emulator.grants.expire_access()
    lost = wait_for(lambda: next((e for e in svc.pending(pos.register_id)
                                  if e.message == "terminal.unavailable.auth_lost"), None))
    assert lost.action == "watching"
    svc.driver.forget()
    svc.register(pos.ctx.auth.login(*ADMIN))  # the administrator pairs again
    entry = wait_for(lambda: next((e for e in svc.pending(pos.register_id) if e.action == RECONCILE), None))
    assert entry.id == lost.id and entry.amount == basket.totals().total
    ledger_agrees(pos, emulator, svc)
