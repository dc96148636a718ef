"""Issue 15 gaps: the terminal-only list across shifts (decision 0716) and the X and Z reports with
the card terminal's journal beside the fiscal figures (decision 0717), through the real Kaspi driver
and the emulator over HTTPS; the reports are printed to a fake ESC/POS printer and read back from
its bytes."""

from __future__ import annotations

from datetime import timedelta

import pytest

from alsep_desktop.app.demo import ADMIN
from alsep_desktop.domain.money import Money
from alsep_desktop.domain.payment import Payment, PaymentKind
from alsep_desktop.hardware.printer.fake import FakePrinter
from alsep_desktop.services.card_payment import with_card
from alsep_desktop.services.printing import PrintingService
from alsep_desktop.services.terminal.shift import TerminalPaymentsWithoutReceipt
from alsep_desktop.services.terminal_journal import OperationContext
from alsep_terminal_emulator import Plan
from tests.support.pos import Pos


def _card_sale(pos: Pos, svc, barcode: str, card: str):  # noqa: ANN001, ANN202
    basket = pos.basket(barcode)
    pays = [Payment(PaymentKind.CARD, Money.parse(card))]
    return with_card(svc.driver, pays,
                     lambda slip: pos.ctx.sales.sell(pos.cashier, pos.register_id, basket, pays, card_slip=slip),
                     journal=svc.journal, context=OperationContext(pos.register_id, pos.cashier.user_id)).value


def _printed(pos: Pos, report) -> str:  # noqa: ANN001
    printer = FakePrinter()
    printing = PrintingService(pos.ctx.uow, pos.ctx.clock, pos.ctx.vat_table, printer=printer)
    printing.print_report(pos.register_id, report, pos.cashier)
    return "\n".join(printer.decoded().lines())


def test_terminal_only_list_keeps_an_earlier_shift_s_payment_marked(pos, svc, clock) -> None:
    pos.sell(cash="600")  # opens shift 1
    first = svc.pay_terminal_only(pos.cashier, pos.register_id, Money.parse("1200"))
    [only] = svc.open_terminal_only(pos.register_id)
    assert only.id == first.id and not only.earlier_shift
    with pytest.raises(TerminalPaymentsWithoutReceipt):
        pos.ctx.shifts.close_shift(pos.cashier, *ADMIN, pos.register_id)
    z = pos.ctx.shifts.close_shift(pos.cashier, *ADMIN, pos.register_id, carry_over_terminal=True).value
    assert [p.amount for p in z.terminal.without_receipt] == [Money.parse("1200")]
    # no shift open: the closed shift's payment is an earlier one already
    [carried] = svc.open_terminal_only(pos.register_id)
    assert carried.earlier_shift
    clock.advance(timedelta(minutes=5))
    pos.sell(cash="600")  # opens shift 2
    second = svc.pay_terminal_only(pos.cashier, pos.register_id, Money.parse("300"))
    listed = svc.open_terminal_only(pos.register_id)
    assert [(e.id, e.earlier_shift) for e in listed] == [(first.id, True), (second.id, False)]
    svc.issue_receipt(pos.cashier, pos.register_id, first.id)  # its «Безнал» receipt: off the list
    assert [e.id for e in svc.open_terminal_only(pos.register_id)] == [second.id]
    svc.refund_entry(pos.cashier, second.id)  # refunded in full: off the list too
    assert svc.open_terminal_only(pos.register_id) == []


def test_x_and_z_reports_carry_the_journal_per_method_and_warn_of_payments_without_receipt(
        pos, svc, emulator) -> None:
    sold = _card_sale(pos, svc, "4870001000029", "520")  # card
    emulator.plan(Plan(method="qr"))
    _card_sale(pos, svc, "4870001000012", "250")  # Kaspi QR
    emulator.plan(Plan())
    original = svc.original_of_receipt(sold.id)
    pos.ctx.sales.refund(pos.cashier, *ADMIN, pos.register_id, sold.fiscal_sign,
                         pay_back=lambda pays, record: with_card(svc.driver, pays, record, refund=True,
                                                                 original=original, journal=svc.journal))
    open_one = svc.pay_terminal_only(pos.cashier, pos.register_id, Money.parse("1200"))

    x = pos.ctx.shifts.x_report(pos.cashier, pos.register_id)
    assert x.terminal is not None
    figures = {m.method: (m.payments, m.paid, m.refunds, m.refunded) for m in x.terminal.methods}
    assert figures == {"card": (2, Money.parse("1720"), 1, Money.parse("520")),
                       "qr": (1, Money.parse("250"), 0, Money(0))}
    assert [(p.amount, p.transaction_id) for p in x.terminal.without_receipt] == [
        (Money.parse("1200"), open_one.transaction_id)]
    text = _printed(pos, x)
    assert "ТЕРМИНАЛ (ЖУРНАЛ)" in text
    for line in ("Карта: оплаты (2)", "Карта: возвраты (1)", "Kaspi QR: оплаты (1)", "Без чека (1)"):
        assert line in text, line
    assert Money.parse("1720").format(currency=False) in text and Money.parse("1200").format(currency=False) in text
    assert open_one.transaction_id in text
    assert "Выдайте чеки" in text
    assert "ПРОДАЖА" in text  # the fiscal figures are still there

    with pytest.raises(TerminalPaymentsWithoutReceipt) as refused:  # Z refused over a payment without receipt
        pos.ctx.shifts.close_shift(pos.cashier, *ADMIN, pos.register_id)
    assert refused.value.params["count"] == 1
    assert pos.ctx.shifts.status(pos.register_id).shift_number is not None  # the shift is still open
    svc.issue_receipt(pos.cashier, pos.register_id, open_one.id)
    z = pos.ctx.shifts.close_shift(pos.cashier, *ADMIN, pos.register_id).value
    assert z.kind == "Z" and z.terminal is not None and z.terminal.without_receipt == ()
    z_text = _printed(pos, z)
    assert "Карта: оплаты (2)" in z_text and "Без чека" not in z_text  # the 1200 has its receipt now


def test_a_report_of_a_register_without_a_terminal_is_unchanged(pos) -> None:
    pos.sell(cash="600")
    x = pos.ctx.shifts.x_report(pos.cashier, pos.register_id)
    assert x.terminal is None
    assert "ТЕРМИНАЛ" not in _printed(pos, x)
