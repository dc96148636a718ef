"""Sample protocol messages for tests, benches and the demo (no domain dependency)."""

from __future__ import annotations

from datetime import datetime

from alsep_desktop.fiscal import requests as rq
from alsep_desktop.fiscal.convert import ALMATY, datetime_to_pb, money_to_pb
from alsep_desktop.fiscal.proto import pb
from alsep_desktop.fiscal.protocol import Command, ResultCode

MOMENT = datetime(2026, 3, 2, 10, 15, 30, tzinfo=ALMATY)


def sample_ticket(
    lines: int = 3,
    *,
    operation: int = pb.OPERATION_SELL,
    document_number: str | None = "1",
    when: datetime = MOMENT,
    offline_ticket_number: int | None = None,
    iin: str | None = "900101300123",
) -> pb.TicketRequest:
    """A consistent ticket: ``lines`` commodities at 16 % VAT, a discount on the first,
    a markup on the second, paid partly by card and the rest in cash with change."""
    t = pb.TicketRequest(operation=operation, date_time=datetime_to_pb(when))
    t.operator.code, t.operator.name = 7, "Айгерім"
    t.domain.type = pb.DOMAIN_TRADING
    total = 0
    vat_total = 0
    for i in range(lines):
        price = 10_000 + 137 * i  # tiyn
        qty = 1000 + 250 * (i % 3)  # milli-units
        gross = price * qty // 1000
        c = t.items.add(type=pb.ITEM_TYPE_COMMODITY).commodity
        c.code, c.name, c.section_code = i + 1, f"Товар №{i + 1} «Тест»", "1"
        c.quantity = qty
        c.price.CopyFrom(money_to_pb(price))
        c.sum.CopyFrom(money_to_pb(gross))
        c.barcode = f"48700000{i:05d}"
        c.measure_unit_code = "796"
        if i % 5 == 4:
            c.excise_stamp = f"0104870000000{i:03d}21ABCDEF\x1d93XYZ"
        line_total = gross
        if i == 0:
            t.items.add(type=pb.ITEM_TYPE_DISCOUNT).discount.sum.CopyFrom(money_to_pb(500))
            line_total -= 500
        if i == 1:
            t.items.add(type=pb.ITEM_TYPE_MARKUP).markup.sum.CopyFrom(money_to_pb(300))
            line_total += 300
        vat = (line_total * 1600 + (10_000 + 1600) // 2) // (10_000 + 1600)
        c.taxes.add(tax_type=100, taxation_type=100, percent=16_000, sum=money_to_pb(vat), is_in_total_sum=True)
        total += line_total
        vat_total += vat
    card = total // 2
    cash_given = total - card + 1_000
    t.payments.add(type=pb.PAYMENT_CARD, sum=money_to_pb(card))
    t.payments.add(type=pb.PAYMENT_CASH, sum=money_to_pb(cash_given))
    t.taxes.add(tax_type=100, taxation_type=100, percent=16_000, sum=money_to_pb(vat_total), is_in_total_sum=True)
    t.amounts.total.CopyFrom(money_to_pb(total))
    t.amounts.taken.CopyFrom(money_to_pb(card + cash_given))
    t.amounts.change.CopyFrom(money_to_pb(1_000))
    if iin:
        t.extension_options.customer_iin_or_bin = iin
    if document_number is not None:
        t.printed_document_number = document_number
    if offline_ticket_number is not None:
        t.offline_ticket_number = offline_ticket_number
    t.fr_shift_number = 1
    return t


def sample_requests() -> dict[str, pb.Request]:
    """One request of every kind, keyed by a readable name."""
    op = rq.operator_pb(7, "Айгерім")
    return {
        "system": rq.system_request(),
        "system_reg_info_offline": rq.system_request(
            get_reg_info=True, offline_begin=MOMENT, offline_end=MOMENT.replace(hour=12)
        ),
        "ticket_sale": rq.ticket_request(sample_ticket(operation=pb.OPERATION_SELL)),
        "ticket_purchase": rq.ticket_request(sample_ticket(operation=pb.OPERATION_BUY)),
        "ticket_sale_return": rq.ticket_request(sample_ticket(operation=pb.OPERATION_SELL_RETURN)),
        "ticket_purchase_return": rq.ticket_request(sample_ticket(operation=pb.OPERATION_BUY_RETURN)),
        "ticket_offline": rq.ticket_request(sample_ticket(offline_ticket_number=987654321)),
        "close_shift": rq.close_shift_request(when=MOMENT, shift_number=1, document_number=9, operator=op),
        "report_x": rq.report_request(rq.ReportKind.X, when=MOMENT),
        "report_z": rq.report_request(rq.ReportKind.Z, when=MOMENT),
        "deposit": rq.money_placement_request(rq.MoneyPlacementKind.DEPOSIT, 500_000, when=MOMENT, operator=op),
        "withdrawal": rq.money_placement_request(
            rq.MoneyPlacementKind.WITHDRAWAL, 1_050, when=MOMENT, operator=op, shift_number=1, document_number=3
        ),
        "nomenclature": rq.nomenclature_request(3),
        "info": rq.info_request(),
        "auth": rq.auth_request("admin", "секрет"),
    }


def sample_zx_report() -> pb.ZXReport:
    z = pb.ZXReport(date_time=datetime_to_pb(MOMENT), shift_number=12)
    z.sections.add(section_code="1").operations.add(operation=pb.OPERATION_SELL, count=3, sum=money_to_pb(45_000))
    for op in (pb.OPERATION_BUY, pb.OPERATION_BUY_RETURN, pb.OPERATION_SELL, pb.OPERATION_SELL_RETURN):
        z.operations.add(operation=op, count=1, sum=money_to_pb(100))
        z.discounts.add(operation=op, count=0, sum=money_to_pb(0))
        z.markups.add(operation=op, count=0, sum=money_to_pb(0))
        z.total_result.add(operation=op, count=1, sum=money_to_pb(100))
        z.start_shift_non_nullable_sums.add(operation=op, sum=money_to_pb(1_000_000))
        z.non_nullable_sums.add(operation=op, sum=money_to_pb(1_000_100))
        to = z.ticket_operations.add(operation=op, tickets_total_count=40, tickets_count=1, tickets_sum=money_to_pb(100))
        to.payments.add(payment=pb.PAYMENT_CASH, sum=money_to_pb(100))
    tax = z.taxes.add(tax_type=100, percent=16_000)
    tax.operations.add(operation=pb.OPERATION_SELL, turnover=money_to_pb(45_000), sum=money_to_pb(6_207))
    z.money_placements.add(operation=pb.MONEY_PLACEMENT_DEPOSIT, operations_total_count=5,
                           operations_count=1, operations_sum=money_to_pb(500_000))
    z.annulled_tickets.annulled_tickets_total_count = 0
    z.annulled_tickets.annulled_tickets_count = 0
    z.cash_sum.CopyFrom(money_to_pb(544_900))
    z.revenue.sum.CopyFrom(money_to_pb(45_000))
    z.revenue.is_negative = False
    return z


def sample_responses() -> dict[str, pb.Response]:
    def ok(cmd: int) -> pb.Response:
        return pb.Response(command=cmd, result=pb.Result(result_code=ResultCode.OK, result_text="OK"))

    ticket = ok(Command.TICKET)
    ticket.ticket.ticket_number = "1234567890"
    ticket.ticket.qr_code = b"http://consumer.oofd.kz?i=1234567890&f=1001&s=450.00&t=20260302T101530"
    z = ok(Command.CLOSE_SHIFT)
    z.report.report = pb.REPORT_Z
    z.report.zx_report.CopyFrom(sample_zx_report())
    x = ok(Command.REPORT)
    x.report.report = pb.REPORT_X
    x.report.zx_report.CopyFrom(sample_zx_report())
    service = ok(Command.SYSTEM)
    service.service.reg_info.kkm.fns_kkm_id = "000000001001"
    service.service.reg_info.org.inn = "123456789012"
    nom = ok(Command.NOMENCLATURE)
    nom.nomenclature.version = 4
    nom.nomenclature.items.add(barcode="4870000000017", name="Хлеб", price=money_to_pb(25_000))
    auth = ok(Command.AUTH)
    auth.auth.result = pb.AUTH_OK
    auth.auth.operator.code = 1
    rejected = pb.Response(command=Command.TICKET,
                           result=pb.Result(result_code=ResultCode.BLOCKED, result_text="blocked"))
    return {"ticket": ticket, "close_shift": z, "report_x": x, "service": service,
            "nomenclature": nom, "auth": auth, "money": ok(Command.MONEY_PLACEMENT), "rejected": rejected}
