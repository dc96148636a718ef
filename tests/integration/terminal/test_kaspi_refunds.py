"""Refunds through the Kaspi driver: by card RRN and QR order number, partial, never above the
paid amount, never twice; the ledger agrees after each."""

from __future__ import annotations

import pytest
from kaspi_support import agree

from alsep_desktop.domain.money import Money
from alsep_desktop.domain.payment import Payment, PaymentKind
from alsep_desktop.hardware.protocols import TerminalStatus
from alsep_desktop.hardware.terminal.errors import RefundMethodUnknown, RefundNeedsOriginal
from alsep_desktop.services.card_payment import with_card
from alsep_terminal_emulator import Plan


def test_full_refund_by_rrn(terminal, emulator) -> None:
    paid = terminal.pay(Money.parse("3000"), reference="sale")
    back = terminal.refund(Money.parse("3000"), reference="ret", original_rrn=paid.rrn)
    assert back.approved and back.method == "card"
    ledger = emulator.ledger_now()
    assert [(r.amount, r.refund_of) for r in ledger.refunds()] == [(3000, paid.rrn)]
    assert ledger.taken() - ledger.given_back() == 0
    agree(terminal, emulator)


def test_partial_refunds_up_to_the_paid_amount_then_refused(terminal, emulator) -> None:
    paid = terminal.pay(Money.parse("1000"), reference="sale")
    assert terminal.refund(Money.parse("600"), reference="r1", original_rrn=paid.rrn).approved
    over = terminal.refund(Money.parse("500"), reference="r2", original_rrn=paid.rrn)
    assert over.status is TerminalStatus.DECLINED and "превышает" in over.message
    assert terminal.refund(Money.parse("400"), reference="r3", original_rrn=paid.rrn).approved
    assert emulator.ledger_now().given_back() == 1000
    agree(terminal, emulator)


def test_refund_above_the_paid_amount_is_refused(terminal, emulator) -> None:
    paid = terminal.pay(Money.parse("200"), reference="sale")
    r = terminal.refund(Money.parse("201"), reference="ret", original_rrn=paid.rrn)
    assert r.status is TerminalStatus.DECLINED
    assert emulator.ledger_now().refunds() == []
    agree(terminal, emulator)


def test_no_refund_twice(terminal, emulator) -> None:
    paid = terminal.pay(Money.parse("800"), reference="sale")
    assert terminal.refund(Money.parse("800"), reference="ret", original_rrn=paid.rrn).approved
    again = terminal.refund(Money.parse("800"), reference="ret", original_rrn=paid.rrn)
    assert again.status is TerminalStatus.DECLINED
    assert emulator.ledger_now().given_back() == 800
    agree(terminal, emulator)


def test_refund_in_the_wrong_method_finds_nothing(terminal, emulator) -> None:
    paid = terminal.pay(Money.parse("50"), reference="sale")
    r = terminal.refund(Money.parse("50"), reference="ret", original_rrn=paid.rrn, method="qr")
    assert r.status is TerminalStatus.DECLINED and "не найдена" in r.message
    agree(terminal, emulator)


def test_refund_needs_the_original_and_its_method(terminal, make_terminal, emulator) -> None:
    with pytest.raises(RefundNeedsOriginal):
        terminal.refund(Money.parse("10"), reference="ret")
    emulator.plan(Plan(method="qr"))
    paid = terminal.pay(Money.parse("70"), reference="sale")
    restarted = make_terminal(terminal.store)  # the app restarted: this driver never saw the payment
    with pytest.raises(RefundMethodUnknown):
        restarted.refund(Money.parse("70"), reference="ret", original_rrn=paid.rrn)
    # the app's journal keeps the method next to the order number and passes it
    assert restarted.refund(Money.parse("70"), reference="ret", original_rrn=paid.rrn, method="qr").approved
    assert emulator.calls_to("/v2/refund") == 1  # the refused attempts never reached the terminal
    agree(terminal, emulator, restarted)


def test_with_card_reverses_the_charge_when_the_sale_fails(terminal, emulator) -> None:
    """The service's reversal path, unchanged, on the Kaspi driver (QR: refunded by order number)."""
    emulator.plan(Plan(method="qr"))
    pays = [Payment(PaymentKind.CARD, Money.parse("1500"))]

    def record(slip):  # noqa: ANN001, ANN202
        assert slip is not None and slip.rrn and slip.card_type == "Kaspi QR"
        raise RuntimeError("the OFD refused the receipt")

    with pytest.raises(RuntimeError):
        with_card(terminal, pays, record)
    ledger = emulator.ledger_now()
    assert ledger.taken() == 1500 and ledger.given_back() == 1500
    agree(terminal, emulator)
