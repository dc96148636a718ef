"""Done-criterion of issue 10: a sale with barcodes, a buyer IIN, a marked item and a card
payment, its return, a deposit, an X report and a close shift go over real TCP to the sandbox;
every frame on the wire is read back with the independent wire checker (a table transcribed
from the spec, no generated code) and carries every value intact; the sandbox accepts them."""

from __future__ import annotations

from datetime import datetime

import pytest

from alsep_desktop.domain.adjustment import Adjustment
from alsep_desktop.domain.lines import LineItem
from alsep_desktop.domain.money import Money
from alsep_desktop.domain.payment import CardSlip, Payment, PaymentKind
from alsep_desktop.domain.quantity import Quantity, Unit
from alsep_desktop.domain.receipt import OperationKind, build_receipt
from alsep_desktop.domain.shift import ShiftTotals, cash_move_deltas, receipt_deltas
from alsep_desktop.domain.tax import DEFAULT_VAT_TABLE, VAT_16, WITHOUT_VAT
from alsep_desktop.domain.validation import iin_bin_check_digit
from alsep_desktop.fiscal.client import OfdClient
from alsep_desktop.fiscal.convert import money_from_pb
from alsep_desktop.fiscal.proto import pb
from alsep_desktop.fiscal.requests import (
    MoneyPlacementKind,
    ReportKind,
    close_shift_request,
    money_placement_request,
    operator_pb,
    report_request,
    service_pb,
    ticket_request,
)
from alsep_desktop.fiscal.samples import REGISTRATION
from alsep_desktop.fiscal.sandbox import OfdSandbox
from alsep_desktop.fiscal.ticket_mapping import ParentRef, receipt_to_ticket
from alsep_desktop.fiscal.tokens import InMemoryTokenStore
from alsep_desktop.fiscal.transport import TcpTransport
from alsep_desktop.fiscal.zx_report import ShiftFacts, build_zx_report
from alsep_desktop.kernel.clock import ALMATY
from tests.integration.fiscal.conftest import OFD_DEVICE_ID, OFD_INITIAL_TOKEN
from tests.support.wire_check import assert_frame_conforms, walk

WHEN = datetime(2026, 5, 4, 12, 30, tzinfo=ALMATY)
DOC = service_pb(REGISTRATION)
MARK = "0104600266011725212095134\x1d93Sx9k"
SLIP = CardSlip(terminal_id="KASPI001", card_type="VISA", auth_code="123456", rrn="412345678901",
                receipt_number="57")


class RecordingTransport(TcpTransport):
    """The real TCP transport, keeping every frame sent and received."""

    frames: list[tuple[bytes, bytes]]

    def exchange(self, frame: bytes) -> bytes:
        answer = super().exchange(frame)
        self.frames.append((frame, answer))
        return answer


@pytest.fixture
def wire(ofd_sandbox: OfdSandbox) -> tuple[OfdClient, list[tuple[bytes, bytes]]]:
    transport = RecordingTransport("127.0.0.1", ofd_sandbox.port, 1.0, 2.0)
    object.__setattr__(transport, "frames", [])
    client = OfdClient("unused", 0, OFD_DEVICE_ID, OFD_INITIAL_TOKEN, InMemoryTokenStore(), transport=transport,
                       retries=0, transaction_seconds=0)
    return client, transport.frames


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
                 discount=Adjustment.percent(10), ntin="04870001000011"),
        LineItem("Сыр весовой", Money.of(4200), Quantity(1234, Unit.KILOGRAM), VAT_16, group_code="2"),
        LineItem("Сигареты", Money.of(1100), Quantity.of(1), VAT_16, barcode="4600266011725", marking_code=MARK),
        LineItem("Пакет", Money(5_00), Quantity.of(1), WITHOUT_VAT),
    ]
    payments = [Payment(PaymentKind.CARD, Money.of(3000), SLIP), Payment(PaymentKind.CASH, Money.of(10000))]
    return build_receipt(operation, items, payments, buyer_iin_bin=valid_iin())


def sent(frames: list[tuple[bytes, bytes]]) -> dict:  # type: ignore[type-arg]
    """The last request on the wire, checked against the spec table and decoded by it."""
    request, answer = frames[-1]
    _, payload = assert_frame_conforms(request, "Request")
    _, answer_payload = assert_frame_conforms(answer, "Response")
    assert walk("Response", answer_payload)["result"]["result_code"] == 0, walk("Response", answer_payload)
    return walk("Request", payload)


def money(d: dict) -> int:  # type: ignore[type-arg]
    return d["bills"] * 100 + d["coins"]


def test_a_day_at_the_counter_on_the_wire(ofd_sandbox: OfdSandbox, wire) -> None:  # type: ignore[no-untyped-def]
    client, frames = wire
    counters: dict[str, list[int]] = {}

    def count(deltas: dict) -> None:  # type: ignore[type-arg]
        for k, (c, a, e) in deltas.items():
            acc = counters.setdefault(k, [0, 0, 0])
            acc[0] += c
            acc[1] += a
            acc[2] += e

    # deposit
    dep = money_placement_request(MoneyPlacementKind.DEPOSIT, 50_000_00, when=WHEN, operator=operator_pb(3, "Кассир"),
                                  shift_number=1, document_number=100_001, service=DOC)
    assert client.call(dep).accepted
    count(cash_move_deltas(True, Money.of(50_000)))
    d = sent(frames)
    assert d["command"] == pb.COMMAND_MONEY_PLACEMENT and money(d["money_placement"]["sum"]) == 50_000_00
    assert d["service"]["security_stats"]["geo_position"] == {
        "latitude": REGISTRATION.latitude, "longitude": REGISTRATION.longitude, "source": "manual"}
    assert d["service"]["reg_info"]["kkm"]["fns_kkm_id"] == REGISTRATION.fns_kkm_id

    # sale
    sale = make_receipt(OperationKind.SALE)
    ticket = receipt_to_ticket(sale, when=WHEN, operator_code=3, operator_name="Кассир", document_number=100_002,
                               shift_number=1, shift_document_number=2)
    out = client.call(ticket_request(ticket, DOC))
    assert out.accepted, out.reason
    count(receipt_deltas(sale))
    t = sent(frames)["ticket"]
    commodities = [i["commodity"] for i in t["items"] if i["type"] == 1]
    assert [c["barcode"] for c in commodities if "barcode" in c] == ["4870001000011", "4600266011725"]
    assert commodities[0]["ntin"] == "04870001000011" and commodities[0]["measure_unit_code"] == "796"
    assert (commodities[1]["quantity"], commodities[1]["measure_unit_code"]) == (1234, "166")
    assert commodities[2]["list_excise_stamp"] == [MARK]
    assert t["extension_options"]["customer_iin_or_bin"] == sale.buyer_iin_bin
    card = next(p for p in t["payments"] if p["type"] == pb.PAYMENT_CARD)
    assert card["card_payment_fields"] == {"pos_terminal_id": "KASPI001", "pos_card_type": "VISA",
                                           "pos_autorization_code": 123456, "pos_rrn": 412345678901,
                                           "pos_receipt_number": 57}
    assert (t["printed_document_number"], t["shift_document_number"], t["fr_shift_number"]) == (100_002, 2, 1)
    assert money(t["amounts"]["total"]) == sale.total.tiyn and "domain" not in t
    sign = out.response.ticket.ticket_number

    # its return
    ret = make_receipt(OperationKind.SALE_RETURN)
    parent = ParentRef(fiscal_sign=sign, when=WHEN, kgd_kkm_id=REGISTRATION.fns_kkm_id, total_tiyn=sale.total.tiyn,
                       offline=False)
    rticket = receipt_to_ticket(ret, when=WHEN, operator_code=3, document_number=100_003, shift_number=1,
                                shift_document_number=3, parent=parent)
    assert client.call(ticket_request(rticket, DOC)).accepted
    count(receipt_deltas(ret))
    p = sent(frames)["ticket"]["parent_ticket"]
    assert (p["parent_ticket_number"], p["kgd_kkm_id"], money(p["parent_ticket_total"]),
            p["parent_ticket_is_offline"]) == (sign, REGISTRATION.fns_kkm_id, sale.total.tiyn, False)

    # X report and close shift, each with the register's own ZX report
    totals = ShiftTotals.from_counters((k, *v) for k, v in counters.items())
    facts = ShiftFacts(1, WHEN, totals, Money(totals.cash_delta.tiyn))
    vat = lambda code: DEFAULT_VAT_TABLE.get(code).basis_points  # noqa: E731
    x = client.call(report_request(ReportKind.X, when=WHEN, zx_report=build_zx_report(facts, WHEN, vat), service=DOC))
    assert x.accepted
    zx = sent(frames)["report"]["zx_report"]
    sell = next(o for o in zx["ticket_operations"] if o["operation"] == pb.OPERATION_SELL)
    assert (sell["tickets_count"], money(sell["tickets_sum"])) == (1, sale.total.tiyn)
    assert money(zx["cash_sum"]) == money_from_pb(x.response.report.zx_report.cash_sum)
    z = build_zx_report(facts, WHEN, vat, closed_at=WHEN)
    closed = client.call(close_shift_request(when=WHEN, z_report=z, operator=operator_pb(3), service=DOC,
                                             shift_number=1, document_number=100_004))
    assert closed.accepted, closed.reason
    cs = sent(frames)["close_shift"]
    assert cs["z_report"]["shift_number"] == 1 and "checksum" not in cs["z_report"]
    assert "close_shift_time" in cs["z_report"] and "open_shift_time" in cs["z_report"]
    assert len(set(ofd_sandbox.memory.fiscal_signs(OFD_DEVICE_ID))) == 2


def test_a_z_report_that_disagrees_is_refused(ofd_sandbox: OfdSandbox, wire) -> None:  # type: ignore[no-untyped-def]
    client, _ = wire
    sale = make_receipt(OperationKind.SALE)
    assert client.call(ticket_request(receipt_to_ticket(sale, when=WHEN, operator_code=1, document_number=1,
                                                        shift_number=1), DOC)).accepted
    empty = ShiftFacts(1, WHEN, ShiftTotals.from_counters([]), Money(0))
    z = build_zx_report(empty, WHEN, lambda code: None, closed_at=WHEN)
    out = client.call(close_shift_request(when=WHEN, z_report=z, operator=operator_pb(1), service=DOC, shift_number=1))
    assert out.result_code == 13 and "ticket_operations" in out.reason


def test_a_return_cannot_be_encoded_without_its_parent() -> None:
    from alsep_desktop.fiscal.errors import OfdEncodeError

    with pytest.raises(OfdEncodeError, match="parent_ticket"):
        receipt_to_ticket(make_receipt(OperationKind.SALE_RETURN), when=WHEN, operator_code=1)


def test_a_qr_payment_on_the_terminal_is_a_mobile_payment(ofd_sandbox: OfdSandbox, wire) -> None:  # type: ignore[no-untyped-def]
    from alsep_desktop.services.sale import with_slip

    client, frames = wire
    qr = CardSlip(terminal_id="KASPI001", card_type="KASPI_QR", rrn="ORD-7731", method="qr")
    items = [LineItem("Хлеб", Money.of(250), Quantity.of(1), VAT_16, barcode="4870001000012")]
    receipt = build_receipt(OperationKind.SALE, items, with_slip([Payment(PaymentKind.CARD, Money.of(250))], qr))
    ticket = receipt_to_ticket(receipt, when=WHEN, operator_code=1, document_number=5, shift_number=1)
    assert client.call(ticket_request(ticket, DOC)).accepted
    (payment,) = sent(frames)["ticket"]["payments"]
    assert payment["type"] == pb.PAYMENT_MOBILE
    assert payment["mobile_payment_fields"] == {"qr_type": "KASPI_QR", "qr_id": "ORD-7731"}
