"""Sample protocol messages for tests, benches and the demo (no domain dependency)."""

from __future__ import annotations

from datetime import datetime

from alsep_desktop.fiscal import requests as rq
from alsep_desktop.fiscal.convert import datetime_to_pb, money_to_pb
from alsep_desktop.fiscal.proto import pb
from alsep_desktop.fiscal.protocol import ResultCode
from alsep_desktop.kernel.clock import ALMATY

MOMENT = datetime(2026, 3, 2, 10, 15, 30, tzinfo=ALMATY)
Item = pb.TicketRequest.Item
#: A register as the samples describe it.
REGISTRATION = rq.Registration(
    kkm_id="1001", fns_kkm_id="010101012345", serial_number="ALSEP-000001", org_title="ТОО «Пример»",
    org_address="г. Алматы, пр. Абая 1", org_address_kz="Алматы қ., Абай даңғ. 1", org_iin="123456789012",
    org_oked="47111", pos_title="Магазин №1", pos_address="г. Алматы, пр. Абая 1",
    pos_address_kz="Алматы қ., Абай даңғ. 1", latitude=43_238_949, longitude=76_889_709,
)


def sample_ticket(
    lines: int = 3,
    *,
    operation: pb.OperationTypeEnum.ValueType = pb.OPERATION_SELL,
    document_number: int | None = 1,
    when: datetime = MOMENT,
    offline_ticket_number: int | None = None,
    iin: str | None = "900101300123",
) -> pb.TicketRequest:
    """A consistent ticket: ``lines`` commodities at 16 % VAT, a discount on the first,
    a markup on the second, paid partly by card and the rest in cash with change."""
    t = pb.TicketRequest(operation=operation, date_time=datetime_to_pb(when))
    t.operator.code, t.operator.name = 7, "Айгерім"
    total = 0
    vat_total = 0
    for i in range(lines):
        price = 10_000 + 137 * i  # tiyn
        qty = 1000 + 250 * (i % 3)  # milli-units
        gross = price * qty // 1000
        c = t.items.add(type=Item.ITEM_TYPE_COMMODITY).commodity
        c.code, c.name, c.section_code = i + 1, f"Товар №{i + 1} «Тест»", "1"
        c.quantity = qty
        c.price.CopyFrom(money_to_pb(price))
        c.sum.CopyFrom(money_to_pb(gross))
        c.barcode = f"48700000{i:05d}"
        c.measure_unit_code = "796"
        c.ntin = f"0487000000{i:04d}"
        if i % 5 == 4:
            c.list_excise_stamp.append(f"0104870000000{i:03d}21ABCDEF\x1d93XYZ")
        line_total = gross
        if i == 0:
            t.items.add(
                type=Item.ITEM_TYPE_DISCOUNT, discount=pb.TicketRequest.Modifier(name="Скидка", sum=money_to_pb(500))
            )
            line_total -= 500
        if i == 1:
            t.items.add(
                type=Item.ITEM_TYPE_MARKUP, markup=pb.TicketRequest.Modifier(name="Наценка", sum=money_to_pb(300))
            )
            line_total += 300
        vat = (line_total * 1600 + (10_000 + 1600) // 2) // (10_000 + 1600)
        c.taxes.add(tax_type=100, taxation_type=100, percent=16_000, sum=money_to_pb(vat), is_in_total_sum=True)
        total += line_total
        vat_total += vat
    card = total // 2
    cash_given = total - card + 1_000
    pay = t.payments.add(type=pb.PAYMENT_CARD, sum=money_to_pb(card))
    f = pay.card_payment_fields
    f.pos_terminal_id, f.pos_card_type, f.pos_autorization_code = "T0001", "VISA", 123456
    f.pos_rrn, f.pos_receipt_number = 412345678901, 77
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
    if operation in (pb.OPERATION_SELL_RETURN, pb.OPERATION_BUY_RETURN):
        p = t.parent_ticket
        p.parent_ticket_number, p.kgd_kkm_id = "1234567890", REGISTRATION.fns_kkm_id
        p.parent_ticket_data_time.CopyFrom(datetime_to_pb(when))
        p.parent_ticket_total.CopyFrom(money_to_pb(total))
        p.parent_ticket_is_offline = False
    t.fr_shift_number = 1
    t.shift_document_number = 1
    return t


def sample_requests() -> dict[str, pb.Request]:
    """One request of every kind, keyed by a readable name."""
    op = rq.operator_pb(7, "Айгерім")
    doc = rq.service_pb(REGISTRATION)
    z = sample_zx_report()
    z.close_shift_time.CopyFrom(datetime_to_pb(MOMENT))
    return {
        "system": rq.system_request(rq.service_pb(REGISTRATION, geo=False)),
        "system_reg_info_offline": rq.system_request(rq.service_pb(
            REGISTRATION, get_reg_info=True, offline_period=(MOMENT, MOMENT.replace(hour=12)))),
        "ticket_sale": rq.ticket_request(sample_ticket(operation=pb.OPERATION_SELL), doc),
        "ticket_purchase": rq.ticket_request(sample_ticket(operation=pb.OPERATION_BUY), doc),
        "ticket_sale_return": rq.ticket_request(sample_ticket(operation=pb.OPERATION_SELL_RETURN), doc),
        "ticket_purchase_return": rq.ticket_request(sample_ticket(operation=pb.OPERATION_BUY_RETURN), doc),
        "ticket_offline": rq.ticket_request(sample_ticket(offline_ticket_number=987654321), doc),
        "close_shift": rq.close_shift_request(when=MOMENT, z_report=z, shift_number=12, document_number=9,
                                              operator=op, service=doc),
        "report_x": rq.report_request(rq.ReportKind.X, when=MOMENT, zx_report=sample_zx_report(), service=doc),
        "report_z": rq.report_request(rq.ReportKind.Z, when=MOMENT, zx_report=z, service=doc),
        "deposit": rq.money_placement_request(rq.MoneyPlacementKind.DEPOSIT, 500_000, when=MOMENT, operator=op,
                                              service=doc),
        "withdrawal": rq.money_placement_request(
            rq.MoneyPlacementKind.WITHDRAWAL, 1_050, when=MOMENT, operator=op, shift_number=1, document_number=3,
            service=doc,
        ),
        "nomenclature": rq.nomenclature_request(3),
        "info": rq.info_request(REGISTRATION),
        "auth": rq.auth_request("admin", "секрет"),
    }


def sample_zx_report() -> pb.ZXReport:
    z = pb.ZXReport(date_time=datetime_to_pb(MOMENT), shift_number=12, open_shift_time=datetime_to_pb(MOMENT))
    z.sections.add(section_code="1").operations.add(operation=pb.OPERATION_SELL, count=3, sum=money_to_pb(45_000))
    for op in (pb.OPERATION_BUY, pb.OPERATION_BUY_RETURN, pb.OPERATION_SELL, pb.OPERATION_SELL_RETURN):
        z.operations.add(operation=op, count=1, sum=money_to_pb(100))
        z.discounts.add(operation=op, count=0, sum=money_to_pb(0))
        z.markups.add(operation=op, count=0, sum=money_to_pb(0))
        z.total_result.add(operation=op, count=1, sum=money_to_pb(100))
        z.start_shift_non_nullable_sums.add(operation=op, sum=money_to_pb(1_000_000))
        z.non_nullable_sums.add(operation=op, sum=money_to_pb(1_000_100))
        to = z.ticket_operations.add(
            operation=op, tickets_total_count=40, tickets_count=1, tickets_sum=money_to_pb(100), offline_count=0,
            discount_sum=money_to_pb(0), markup_sum=money_to_pb(0), change_sum=money_to_pb(0))
        to.payments.add(payment=pb.PAYMENT_CASH, sum=money_to_pb(100), count=1)
    tax = z.taxes.add(tax_type=100, percent=16_000)
    tax.operations.add(operation=pb.OPERATION_SELL, turnover=money_to_pb(45_000), sum=money_to_pb(6_207),
                       turnover_without_tax=money_to_pb(38_793))
    z.money_placements.add(operation=pb.MONEY_PLACEMENT_DEPOSIT, operations_total_count=5,
                           operations_count=1, operations_sum=money_to_pb(500_000), offline_count=0)
    z.cash_sum.CopyFrom(money_to_pb(544_900))
    z.revenue.sum.CopyFrom(money_to_pb(45_000))
    z.revenue.is_negative = False
    return z


def sample_responses() -> dict[str, pb.Response]:
    def ok(cmd: pb.CommandTypeEnum.ValueType) -> pb.Response:
        return pb.Response(command=cmd, result=pb.Result(result_code=ResultCode.OK, result_text="OK"))

    ticket = ok(pb.COMMAND_TICKET)
    ticket.ticket.ticket_number = "1234567890"
    ticket.ticket.qr_code = b"http://consumer.oofd.kz?i=1234567890&f=1001&s=450.00&t=20260302T101530"
    z = ok(pb.COMMAND_CLOSE_SHIFT)
    z.report.report = pb.REPORT_Z
    z.report.zx_report.CopyFrom(sample_zx_report())
    x = ok(pb.COMMAND_REPORT)
    x.report.report = pb.REPORT_X
    x.report.zx_report.CopyFrom(sample_zx_report())
    service = ok(pb.COMMAND_INFO)
    ad = service.service.ticket_ads.add(text="Проверить чек: consumer.oofd.kz")
    ad.info.type, ad.info.version = pb.TICKET_AD_OFD, 588
    info = service.service.reg_info
    info.kkm.fns_kkm_id, info.kkm.serial_number, info.kkm.kkm_id = "010101012345", "ALSEP-000001", "1001"
    r = REGISTRATION
    info.pos.title, info.pos.address, info.pos.address_kz = r.pos_title, r.pos_address, r.pos_address_kz
    info.pos.latitude, info.pos.longitude = r.latitude or 0, r.longitude or 0
    info.org.title, info.org.address, info.org.iin = r.org_title, r.org_address, r.org_iin
    info.org.oked, info.org.address_kz = r.org_oked, r.org_address_kz
    service.service.last_document_info.fr_shift_number = 12
    service.service.last_document_info.printed_document_number = 1_200_009
    service.service.auxiliary.add(key="validation_policy", value="65535")
    service.report.report = pb.REPORT_Z
    service.report.zx_report.CopyFrom(sample_zx_report())
    nom = ok(pb.COMMAND_NOMENCLATURE)
    nom.nomenclature.version = 4
    nom.nomenclature.result = pb.NomenclatureResponse.RESULT_TYPE_OK
    el = nom.nomenclature.elements.add(type=pb.NomenclatureResponse.ITEM, title="Хлеб", id=1)
    el.item.barcode, el.item.measure_unit_code = "4870000000017", "796"
    el.item.sell_price.CopyFrom(money_to_pb(25_000))
    auth = ok(pb.COMMAND_AUTH)
    auth.auth.result = pb.AuthResponse.RESULT_TYPE_OK
    auth.auth.operator_code = 1
    rejected = pb.Response(command=pb.COMMAND_TICKET,
                           result=pb.Result(result_code=ResultCode.BLOCKED, result_text="blocked"))
    return {"ticket": ticket, "close_shift": z, "report_x": x, "service": service,
            "nomenclature": nom, "auth": auth, "money": ok(pb.COMMAND_MONEY_PLACEMENT), "rejected": rejected}
