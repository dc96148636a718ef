"""The register's card payment flows through the real Kaspi driver and the emulator over HTTPS:
the journal, the receipts and the emulator's ledger agree after every path and fault."""

from __future__ import annotations

from datetime import timedelta

import pytest
from terminal_app_support import kaspi_service, ledger_agrees, wait_for

from alsep_desktop.app.demo import ADMIN
from alsep_desktop.domain.money import Money
from alsep_desktop.domain.payment import Payment, PaymentKind
from alsep_desktop.services.card_payment import CardPaymentUnknown, CardWaitStopped, with_card
from alsep_desktop.services.terminal.service import (
    AlreadyFiscalized,
    CancelTooLate,
    KeysNotNeeded,
    NothingLeftToRefund,
    NotTheRightOperation,
    PartlyRefunded,
)
from alsep_desktop.services.terminal_journal import CHECK_TERMINAL, RECONCILE, OperationContext
from alsep_terminal_emulator import Fault, Plan


def _sale(pos, svc, card: str, cash: str = "0"):  # noqa: ANN001, ANN202
    basket = pos.basket("4870001000029", "4870001000012")  # 770 ₸
    pays = [Payment(PaymentKind.CARD, Money.parse(card))]
    if cash != "0":
        pays.append(Payment(PaymentKind.CASH, Money.parse(cash)))
    return with_card(svc.driver, pays,
                     lambda slip: pos.ctx.sales.sell(pos.cashier, pos.register_id, basket, pays, card_slip=slip),
                     journal=svc.journal, context=OperationContext(pos.register_id, pos.cashier.user_id))


def _receipt_count(pos) -> int:  # noqa: ANN001
    return len(pos.ctx.sales.shift_receipts(pos.register_id))


def test_mixed_sale_is_journaled_and_linked_then_returned_by_its_rrn(pos, svc, emulator) -> None:
    sold = _sale(pos, svc, "500", "270").value
    assert sold.state == "signed"
    with pos.ctx.uow(read_only=True) as uow:
        [row] = uow.terminal.of_receipt(sold.id)
        assert (row.state, row.fiscalized, row.register_id, row.cashier_id, row.amount_tiyn) == (
            "success", True, pos.register_id, pos.cashier.user_id, 50_000)
        assert row.shift_id is not None and row.transaction_id == emulator.ledger_now().payments()[0].transaction_id
    original = svc.original_of_receipt(sold.id)
    assert original is not None and original.method == "card"
    ret = pos.ctx.sales.refund(
        pos.cashier, *ADMIN, pos.register_id, sold.fiscal_sign,
        pay_back=lambda pays, record: with_card(svc.driver, pays, record, refund=True, original=original,
                                                journal=svc.journal),
    ).value
    assert ret.total == Money.parse("770")
    [refund] = emulator.ledger_now().refunds()
    assert (refund.amount, refund.refund_of) == (500, original.transaction_id)
    ledger_agrees(pos, emulator, svc)


def test_stop_waiting_keeps_the_sale_open_and_the_late_approval_is_fiscalized(pos, svc, emulator) -> None:
    emulator.plan(Plan.late_approval(0.8))
    stopper = _cancel_when_waiting(svc)
    with pytest.raises(CardWaitStopped):
        _sale(pos, svc, "770")
    stopper.join()
    assert _receipt_count(pos) == 0  # never fiscalized on an unknown payment
    [waiting] = svc.pending(pos.register_id)
    assert waiting.reported == "stopped_waiting"
    entry = wait_for(lambda: next((e for e in svc.pending(pos.register_id) if e.action == RECONCILE), None))
    assert entry.amount == Money.parse("770")
    ledger_agrees(pos, emulator, svc)  # visible in the pending list meanwhile
    done = svc.issue_receipt(pos.cashier, pos.register_id, entry.id).value
    assert done.state == "signed" and done.total == Money.parse("770")
    assert svc.pending(pos.register_id) == []
    assert svc.journal.get(entry.id).fiscalized
    with pytest.raises(AlreadyFiscalized):
        svc.refund_entry(pos.cashier, entry.id)
    ledger_agrees(pos, emulator, svc)


def test_late_approval_refunded_once(pos, svc, emulator) -> None:
    emulator.plan(Plan.late_approval(0.8))
    stopper = _cancel_when_waiting(svc)
    with pytest.raises(CardWaitStopped):
        _sale(pos, svc, "300", "470")
    stopper.join()
    entry = wait_for(lambda: next((e for e in svc.pending(pos.register_id) if e.action == RECONCILE), None))
    back = svc.refund_entry(pos.cashier, entry.id)
    assert back.approved
    assert svc.pending(pos.register_id) == []
    with pytest.raises(NotTheRightOperation):
        svc.issue_receipt(pos.cashier, pos.register_id, "no-such-operation")
    with pytest.raises(NothingLeftToRefund):
        svc.refund_entry(pos.cashier, entry.id)  # nothing left: never twice
    assert [r.amount for r in emulator.ledger_now().refunds()] == [300]
    ledger_agrees(pos, emulator, svc)


def test_lost_start_answer_is_a_check_the_terminal_entry(pos, svc, emulator) -> None:
    emulator.inject(Fault("drop", path="/v2/payment", when="after"))
    with pytest.raises(CardPaymentUnknown):
        _sale(pos, svc, "770")
    assert _receipt_count(pos) == 0
    [entry] = svc.pending(pos.register_id)
    assert entry.action == CHECK_TERMINAL and entry.amount == Money.parse("770")
    ledger_agrees(pos, emulator, svc)
    svc.acknowledge(entry.id)  # the cashier looked at the terminal's «История» (and e.g. refunded there)


def test_terminal_only_payment_then_its_receipt_with_beznal(pos, svc, emulator) -> None:
    entry = svc.pay_terminal_only(pos.cashier, pos.register_id, Money.parse("1200"))
    assert entry.terminal_only and not entry.fiscalized and entry.approved
    assert [e.id for e in svc.open_terminal_only(pos.register_id)] == [entry.id]
    ledger_agrees(pos, emulator, svc)  # visible, not fiscalized
    done = svc.issue_receipt(pos.cashier, pos.register_id, entry.id).value
    view = pos.ctx.sales.receipt(done.id)
    assert done.total == Money.parse("1200")
    assert view.payments == ((PaymentKind.NON_CASH, Money.parse("1200")),)  # «Безнал»
    assert svc.open_terminal_only(pos.register_id) == []
    ledger_agrees(pos, emulator, svc)


def test_terminal_only_payment_refunded_by_rrn_leaves_the_list(pos, svc, emulator) -> None:
    entry = svc.pay_terminal_only(pos.cashier, pos.register_id, Money.parse("400"))
    svc.refund_by_transaction(pos.cashier, entry.transaction_id, Money.parse("150"))
    assert svc.open_terminal_only(pos.register_id)[0].left_to_refund == Money.parse("250")
    with pytest.raises(PartlyRefunded):  # a receipt of 400 would not match the 250 kept
        svc.issue_receipt(pos.cashier, pos.register_id, entry.id)
    svc.refund_entry(pos.cashier, entry.id)
    assert svc.open_terminal_only(pos.register_id) == []
    assert sorted(r.amount for r in emulator.ledger_now().refunds()) == [150, 250]
    ledger_agrees(pos, emulator, svc)


def test_same_day_cancel_rule_and_keys(pos, svc, clock) -> None:
    entry = svc.pay_terminal_only(pos.cashier, pos.register_id, Money.parse("100"))
    svc.cancel_until = "22:30"  # the seed's bank terminal; off for Kaspi
    clock.advance(timedelta(days=1))
    with pytest.raises(CancelTooLate):
        svc.refund_entry(pos.cashier, entry.id)
    svc.cancel_until = ""
    assert svc.refund_entry(pos.cashier, entry.id).approved
    with pytest.raises(KeysNotNeeded):
        svc.update_keys()


def test_test_payment_of_one_tenge_is_paid_back(pos, svc, emulator) -> None:
    admin = pos.ctx.auth.login(*ADMIN)
    done = svc.test_payment(admin)
    assert done.payment.approved and done.refund.approved
    ledger = emulator.ledger_now()
    assert [e.amount for e in ledger.payments()] == [1] and [e.amount for e in ledger.refunds()] == [1]
    assert svc.device_info().terminal_id


def test_restart_resumes_an_open_process_and_its_late_result_is_pending(pos, svc, server, emulator) -> None:
    emulator.plan(Plan.late_approval(1.2))
    stopper = _cancel_when_waiting(svc)
    with pytest.raises(CardWaitStopped):
        _sale(pos, svc, "770")
    stopper.join()
    svc.driver.close()  # the app stops before the terminal answers
    again = kaspi_service(pos, server, register=False)  # a new run: same store, same tokens
    try:
        entry = wait_for(lambda: next((e for e in again.pending(pos.register_id) if e.action == RECONCILE), None))
        assert entry.amount == Money.parse("770")
        ledger_agrees(pos, emulator, again)
        again.refund_entry(pos.cashier, entry.id)
        ledger_agrees(pos, emulator, again)
    finally:
        again.close()


def _cancel_when_waiting(svc):  # noqa: ANN001, ANN202
    """The cashier presses «Прекратить ожидание» once the payment is on the terminal."""
    import threading
    import time

    def run() -> None:
        end = time.monotonic() + 10
        while time.monotonic() < end:
            if any(reported is None and process_id for reported, process_id in _open(svc)):
                time.sleep(0.1)
                svc.cancel_wait()
                return
            time.sleep(0.01)

    th = threading.Thread(target=run, daemon=True)
    th.start()
    return th


def _open(svc):  # noqa: ANN001, ANN202
    with svc.journal._uow(read_only=True) as uow:  # noqa: SLF001 - test reads the journal directly
        return [(r.reported, r.process_id) for r in uow.terminal.by_state(["wait", "starting"])]


def test_self_test_asks_the_terminal_for_its_device_info(pos, svc, server) -> None:
    from alsep_desktop.services.selftest import CheckState, SelfTestService

    check = SelfTestService(None, pos.ctx.shifts, lambda: ("127.0.0.1", 1), terminal=svc)  # type: ignore[arg-type]
    assert check.terminal_check().state is CheckState.OK
    server.stop()
    failed = check.terminal_check()
    assert failed.state is CheckState.FAILED and failed.code.startswith("terminal.unavailable")
    svc.driver = None  # no terminal in the settings
    assert check.terminal_check().state is CheckState.ABSENT


def test_terminal_only_needs_fiscalization_off_and_an_unknown_rrn_needs_an_admin(pos, svc, emulator) -> None:
    from alsep_desktop.errors import PermissionDenied
    from alsep_desktop.services.terminal.service import FiscalizationIsOn

    svc.fiscalization = True
    with pytest.raises(FiscalizationIsOn):
        svc.pay_terminal_only(pos.cashier, pos.register_id, Money.parse("100"))
    svc.fiscalization = False
    paid = svc.pay_terminal_only(pos.cashier, pos.register_id, Money.parse("100"))
    with pytest.raises(PermissionDenied):  # a cashier cannot send money to a card the register never took
        svc.refund_by_transaction(pos.cashier, "999999999999", Money.parse("100"), "card")
    admin = pos.ctx.auth.login(*ADMIN)
    back = svc.refund_by_transaction(admin, paid.transaction_id, Money.parse("100"))
    assert back.approved and emulator.ledger_now().entries()[-1].kind == "refund"
    assert emulator.ledger_now().payments()[0].transaction_id == paid.transaction_id
    ledger_agrees(pos, emulator, svc)


def test_a_new_driver_from_saved_settings_takes_over_the_background_checks(pos, svc, server, emulator) -> None:
    from kaspi_support import FAST

    from alsep_desktop.hardware.terminal.kaspi.client import KaspiConfig
    from alsep_desktop.hardware.terminal.kaspi.driver import KaspiTerminal
    from alsep_desktop.services.devices import TerminalSettings

    emulator.plan(Plan.late_approval(1.2))
    stopper = _cancel_when_waiting(svc)
    with pytest.raises(CardWaitStopped):
        _sale(pos, svc, "770")
    stopper.join()
    old = svc.driver
    cfg = KaspiConfig(host="127.0.0.1", port=server.port, **FAST)  # type: ignore[arg-type]
    svc.configure(TerminalSettings(vendor="kaspi", host="127.0.0.1", port=server.port, fiscalization=False),
                  driver=KaspiTerminal(cfg, svc.tokens, listener=svc.journal, now=pos.clock.now))
    assert svc.driver is not old
    entry = wait_for(lambda: next((e for e in svc.pending(pos.register_id) if e.action == RECONCILE), None))
    assert entry.amount == Money.parse("770")
    ledger_agrees(pos, emulator, svc)
