"""Done-criterion of issue 3: a receipt of the domain core goes through the client to
the sandbox and back with a fiscal sign; the sandbox's reports agree with it."""

from __future__ import annotations

from datetime import datetime

import pytest

from alsep_desktop.domain.adjustment import Adjustment
from alsep_desktop.domain.lines import LineItem
from alsep_desktop.domain.money import Money
from alsep_desktop.domain.payment import Payment, PaymentKind
from alsep_desktop.domain.quantity import Quantity, Unit
from alsep_desktop.domain.receipt import OperationKind, build_receipt
from alsep_desktop.domain.tax import VAT_16, WITHOUT_VAT
from alsep_desktop.domain.validation import iin_bin_check_digit
from alsep_desktop.fiscal.client import OfdClient
from alsep_desktop.fiscal.convert import ALMATY, money_from_pb
from alsep_desktop.fiscal.proto import pb
from alsep_desktop.fiscal.requests import (
    ReportKind,
    close_shift_request,
    report_request,
    ticket_request,
)
from alsep_desktop.fiscal.sandbox import OfdSandbox
from alsep_desktop.fiscal.ticket_mapping import receipt_to_ticket

DEVICE = 1001
WHEN = datetime(2026, 5, 4, 12, 30, tzinfo=ALMATY)


def valid_iin(prefix: str = "90010130012") -> str:
    for p in range(10):
        candidate = prefix[:-1] + str(p)
        check = iin_bin_check_digit(candidate)
        if check is not None:
            return candidate + str(check)
    raise AssertionError("no valid IIN found")


def make_receipt(operation: OperationKind):  # type: ignore[no-untyped-def]
    items = [
        LineItem("Молоко 3,2 %", Money.of(650), Quantity.of(2), VAT_16, barcode="4870001000011",
                 discount=Adjustment.percent(10)),
        LineItem("Сыр весовой", Money.of(4200), Quantity(1234, Unit.KILOGRAM), VAT_16, group_code="2"),
        LineItem("Сигареты", Money.of(1100), Quantity.of(1), VAT_16,
                 marking_code="0104600266011725212095134\x1d93Sx9k"),
        LineItem("Пакет", Money(5_00), Quantity.of(1), WITHOUT_VAT),
    ]
    payments = [Payment(PaymentKind.CARD, Money.of(3000)), Payment(PaymentKind.CASH, Money.of(10000))]
    return build_receipt(operation, items, payments, buyer_iin_bin=valid_iin())


@pytest.mark.parametrize("operation", list(OperationKind))
def test_domain_receipt_is_fiscalized(operation: OperationKind, ofd_sandbox: OfdSandbox, ofd_client: OfdClient) -> None:
    receipt = make_receipt(operation)
    ticket = receipt_to_ticket(receipt, when=WHEN, operator_code=3, operator_name="Кассир",
                               document_number="rcpt-1", shift_number=1)
    out = ofd_client.call(ticket_request(ticket))
    assert out.accepted, out.reason
    sign = out.response.ticket.ticket_number
    assert sign and sign in ofd_sandbox.memory.fiscal_signs(DEVICE)
    url = out.response.ticket.qr_code.decode()
    assert f"i={sign}" in url and f"s={receipt.total.plain()}" in url and "t=20260504T123000" in url

    x = ofd_client.call(report_request(ReportKind.X, when=WHEN)).response.report.zx_report
    op = {o.operation: o for o in x.operations}[ticket.operation]
    assert (op.count, money_from_pb(op.sum)) == (1, receipt.total.tiyn)
    vat = {t.percent: t for t in x.taxes}[16_000].operations[0]
    assert money_from_pb(vat.sum) == receipt.totals.vat_total.tiyn
    expected_cash = operation.cash_sign * receipt.paid_by(PaymentKind.CASH).tiyn
    assert money_from_pb(x.cash_sum) == max(expected_cash, 0)


def test_mapping_details(ofd_sandbox: OfdSandbox) -> None:
    receipt = make_receipt(OperationKind.SALE)
    t = receipt_to_ticket(receipt, when=WHEN, operator_code=3, offline_ticket_number=777)
    kinds = [i.type for i in t.items]
    assert kinds.count(pb.ITEM_TYPE_COMMODITY) == 4 and kinds.count(pb.ITEM_TYPE_DISCOUNT) == 1
    cheese = t.items[2].commodity  # commodity, discount, cheese...
    assert (cheese.quantity, cheese.measure_unit_code, cheese.section_code) == (1234, "166", "2")
    assert t.items[3].commodity.excise_stamp.startswith("0104600266011725")
    assert not t.items[4].commodity.taxes  # without VAT
    assert [p.type for p in t.payments] == [pb.PAYMENT_CASH, pb.PAYMENT_CARD]
    assert money_from_pb(t.amounts.change) == receipt.change.tiyn
    assert t.extension_options.customer_iin_or_bin == receipt.buyer_iin_bin
    assert t.taxes[0].percent == 16_000 and t.offline_ticket_number == 777


def test_shift_of_receipts_then_z(ofd_sandbox: OfdSandbox, ofd_client: OfdClient) -> None:
    total = 0
    for n in range(5):
        receipt = make_receipt(OperationKind.SALE)
        out = ofd_client.call(ticket_request(receipt_to_ticket(
            receipt, when=WHEN, operator_code=1, document_number=f"d{n}")))
        assert out.accepted
        total += receipt.total.tiyn
    z = ofd_client.call(close_shift_request(when=WHEN, shift_number=1)).response.report.zx_report
    sell = {o.operation: o for o in z.operations}[pb.OPERATION_SELL]
    assert (sell.count, money_from_pb(sell.sum)) == (5, total)
    assert len(set(ofd_sandbox.memory.fiscal_signs(DEVICE))) == 5
