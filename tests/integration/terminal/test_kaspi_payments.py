"""Payments through the Kaspi driver against the emulator: approve, decline, unknown → actualize,
stop waiting → late approval (pending reconciliation), busy terminal, tiyn refused."""

from __future__ import annotations

import time

import pytest
from kaspi_support import agree, cancel_when_started, journal

from alsep_desktop.domain.money import Money
from alsep_desktop.hardware.protocols import PaymentTerminal, TerminalStatus
from alsep_desktop.hardware.terminal.errors import CardAmountHasTiyn, TerminalBusy
from alsep_desktop.hardware.terminal.journal import ProcessState
from alsep_terminal_emulator import Plan


def test_the_driver_is_a_payment_terminal(terminal) -> None:
    assert isinstance(terminal, PaymentTerminal)


def test_approved_card_payment(terminal, emulator) -> None:
    r = terminal.pay(Money.parse("1500"), reference="sale-1")
    assert r.status is TerminalStatus.APPROVED and r.approved
    assert r.method == "card" and r.rrn and len(r.rrn) == 12
    assert r.auth_code and r.card_mask and r.card_type == "Visa Debit" and r.terminal_id == "31452963"
    assert emulator.calls[-1][0] == "/v2/status"
    assert [p for p, params in emulator.calls if p == "/v2/payment"] == ["/v2/payment"]
    assert dict(emulator.calls)["/v2/payment"] == {"amount": "1500", "owncheque": "true"}
    assert [(e.amount, e.transaction_id) for e in emulator.ledger_now().payments()] == [(1500, r.rrn)]
    assert terminal.pending() == []
    agree(terminal, emulator)


def test_approved_qr_payment_is_refunded_by_order_number(terminal, emulator) -> None:
    emulator.plan(Plan(method="qr"))
    r = terminal.pay(Money.parse("700"), reference="sale-qr")
    assert r.approved and r.method == "qr" and r.card_type == "Kaspi QR" and r.card_mask is None
    assert r.rrn == emulator.ledger_now().payments()[0].transaction_id  # the order number
    back = terminal.refund(Money.parse("700"), reference="ret-qr", original_rrn=r.rrn)
    assert back.approved
    assert emulator.calls_to("/v2/refund") == 1
    refund_params = next(params for p, params in emulator.calls if p == "/v2/refund")
    assert refund_params["method"] == "qr" and refund_params["transactionId"] == r.rrn
    agree(terminal, emulator)


def test_declined_payment_moves_no_money(terminal, emulator) -> None:
    emulator.plan(Plan(outcome="fail", message="Отмена покупки; Покупатель отменил покупку"))
    r = terminal.pay(Money.parse("990"), reference="sale-2")
    assert r.status is TerminalStatus.DECLINED and "Покупатель отменил" in r.message
    assert emulator.ledger_now().entries() == []
    agree(terminal, emulator)


def test_unknown_is_actualized_then_approved(terminal, emulator) -> None:
    emulator.plan(Plan.unknown_until_actualized(actualizes=2))
    r = terminal.pay(Money.parse("2500"), reference="sale-3")
    assert r.approved
    op = terminal.operation(r.operation_id)
    assert op.actualize_count == 2
    assert emulator.calls_to("/v2/actualize") == 2
    assert emulator.violations == []  # never more often than actualize_interval
    agree(terminal, emulator)


def test_unknown_that_the_bank_declined(terminal, emulator) -> None:
    emulator.plan(Plan.unknown_until_actualized(resolve="fail"))
    r = terminal.pay(Money.parse("300"), reference="sale-4")
    assert r.status is TerminalStatus.DECLINED
    assert emulator.ledger_now().entries() == []
    agree(terminal, emulator)


def test_stop_waiting_then_late_approval_is_pending_reconciliation(terminal, emulator) -> None:
    emulator.plan(Plan.late_approval(after=1.5))
    cancel_when_started(terminal, "sale-5", after=0.1)
    started = time.monotonic()
    r = terminal.pay(Money.parse("4000"), reference="sale-5")
    assert r.status is TerminalStatus.STOPPED_WAITING and not r.known
    assert time.monotonic() - started < 1.2  # control came back at once, long before the approval
    assert emulator.ledger_now().entries() == []  # not yet: the customer has not paid
    late = journal(terminal).late.get(timeout=5)  # the driver kept polling
    assert late.state is ProcessState.SUCCESS and late.needs_reconciliation
    assert late.reported is TerminalStatus.STOPPED_WAITING and late.reference == "sale-5"
    [pending] = terminal.pending()
    assert pending.status is TerminalStatus.APPROVED and pending.operation_id == r.operation_id
    agree(terminal, emulator)  # the money taken is reported as pending, not lost
    terminal.acknowledge(r.operation_id)
    assert terminal.pending() == []
    agree(terminal, emulator)


def test_stop_waiting_then_late_decline_is_reported_too(terminal, emulator) -> None:
    emulator.plan(Plan(outcome="fail", delay=0.6))
    cancel_when_started(terminal, "sale-6")
    r = terminal.pay(Money.parse("100"), reference="sale-6")
    assert r.status is TerminalStatus.STOPPED_WAITING
    late = journal(terminal).late.get(timeout=5)
    assert late.state is ProcessState.FAIL and not late.needs_reconciliation
    agree(terminal, emulator)


def test_wait_limit_gives_unknown_and_the_check_goes_on(make_terminal, emulator) -> None:
    t = make_terminal(wait_limit=0.3)
    t.register()
    emulator.plan(Plan.late_approval(after=0.9))
    r = t.pay(Money.parse("1200"), reference="sale-7")
    assert r.status is TerminalStatus.UNKNOWN  # never "declined" on a timeout
    late = journal(t).late.get(timeout=5)
    assert late.needs_reconciliation
    assert t.check(r.process_id).status is TerminalStatus.APPROVED
    agree(t, emulator)


def test_busy_terminal_is_a_typed_error_and_nothing_moves(terminal, emulator) -> None:
    emulator.plan(Plan.late_approval(after=1.0))
    cancel_when_started(terminal, "sale-8")
    first = terminal.pay(Money.parse("500"), reference="sale-8")
    assert first.status is TerminalStatus.STOPPED_WAITING
    with pytest.raises(TerminalBusy) as exc:
        terminal.pay(Money.parse("600"), reference="sale-9")
    assert exc.value.code == "terminal.unavailable.busy"
    not_started = [op for op in journal(terminal).operations.values() if op.reference == "sale-9"]
    assert [op.state for op in not_started] == [ProcessState.NOT_STARTED]
    journal(terminal).late.get(timeout=5)
    agree(terminal, emulator)
    assert emulator.ledger_now().taken() == 500


def test_tiyn_are_refused_before_the_terminal_is_asked(terminal, emulator) -> None:
    with pytest.raises(CardAmountHasTiyn) as exc:
        terminal.pay(Money.parse("1234.56"), reference="sale-10")
    assert exc.value.code == "terminal.not_approved.tiyn"
    assert exc.value.params["card"] == "1234.00" and exc.value.params["cash"] == "0.56"
    assert emulator.calls_to("/v2/payment") == 0


def test_device_info(terminal) -> None:
    info = terminal.device_info()
    assert (info.vendor, info.terminal_id, info.serial_number, info.pos_number) == ("kaspi", "31452963", "00043010171", "0")
