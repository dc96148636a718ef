"""Issue 10's done-criterion through the application's own services: what the register puts on
the wire for a day at the counter — a sale with barcodes, a buyer IIN, a marked item, a weighed
item and a card payment; its return; a deposit; an X report; a close shift — is read back with the
independent wire reader (a table transcribed from the spec, no generated code) and every value is
the one the store holds."""

from __future__ import annotations

from alsep_desktop.app.demo import DEMO_BIN, DEMO_OFD_REG_NUMBER
from alsep_desktop.domain.basket import Basket
from alsep_desktop.domain.money import Money
from alsep_desktop.domain.payment import CardSlip, Payment, PaymentKind
from alsep_desktop.domain.quantity import Quantity, Unit
from alsep_desktop.fiscal.transport import TcpTransport
from alsep_desktop.services.marking import line_for_marking_code
from tests.support.wire_check import assert_frame_conforms, walk

PACK = "0104600000000107215B7tcEK\x1d93dGVz"
BUYER = "900101300106"  # a valid IIN (check digit), not the seller's
SLIP = CardSlip(terminal_id="KASPI001", card_type="MASTERCARD", auth_code="654321", rrn="512345678901",
                receipt_number="12")


def money(d: dict) -> int:  # type: ignore[type-arg]
    return d["bills"] * 100 + d["coins"]


def test_a_counter_day_on_the_wire(pos, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    frames: list[bytes] = []
    real = TcpTransport.exchange

    def recording(self, frame: bytes) -> bytes:  # type: ignore[no-untyped-def]
        answer = real(self, frame)
        frames.append(frame)
        return answer

    monkeypatch.setattr(TcpTransport, "exchange", recording)

    def last(command: int) -> dict:  # type: ignore[type-arg]
        for frame in reversed(frames):
            _, payload = assert_frame_conforms(frame, "Request")
            request = walk("Request", payload)
            if request["command"] == command:
                return request
        raise AssertionError(f"no request with command {command}")

    admin = pos.ctx.auth.login(*pos.admin_creds())
    pos.ctx.shifts.deposit(pos.cashier, pos.register_id, Money.parse("10000"))
    deposit = last(6)
    assert money(deposit["money_placement"]["sum"]) == 1_000_000
    geo = deposit["service"]["security_stats"]["geo_position"]
    assert (geo["latitude"], geo["longitude"], geo["source"]) == (43_238_949, 76_889_709, "manual")
    org = deposit["service"]["reg_info"]["org"]
    assert org["iin"] == DEMO_BIN and org["address_kz"] and org["oked"]

    milk = pos.ctx.catalog.find_by_barcode(pos.register_id, "4870001000029")
    apples = pos.ctx.catalog.find_by_barcode(pos.register_id, "2000000000046")
    pack = line_for_marking_code(pos.ctx.catalog, pos.register_id, PACK)
    basket = Basket().add(milk.line()).add(apples.line(Quantity(1250, Unit.KILOGRAM))).add(pack)
    total = basket.totals().total
    pays = [Payment(PaymentKind.CARD, Money.parse("1000")), Payment(PaymentKind.CASH, total - Money.parse("1000"))]
    sale = pos.ctx.sales.sell(pos.cashier, pos.register_id, basket, pays, buyer_iin_bin=BUYER, card_slip=SLIP).value
    assert sale.state == "signed"
    t = last(1)["ticket"]
    lines = [i["commodity"] for i in t["items"] if i["type"] == 1]
    assert [c["barcode"] for c in lines] == ["4870001000029", "2000000000046", "4600000000107"]
    assert [c["measure_unit_code"] for c in lines] == ["796", "166", "796"]
    assert lines[1]["quantity"] == 1250 and lines[0]["ntin"] == "0200000000029"
    assert lines[2]["list_excise_stamp"] == [PACK] and "list_excise_stamp" not in lines[0]
    assert t["extension_options"]["customer_iin_or_bin"] == BUYER
    card = next(p for p in t["payments"] if p["type"] == 1)
    assert card["card_payment_fields"]["pos_rrn"] == 512345678901 and money(card["sum"]) == 100_000
    assert money(t["amounts"]["total"]) == total.tiyn and "domain" not in t
    assert t["printed_document_number"] == 100_002 and t["shift_document_number"] == 2

    ret = pos.ctx.sales.refund(pos.cashier, *pos.admin_creds(), pos.register_id, sale.fiscal_sign).value
    assert ret.state == "signed"
    parent = last(1)["ticket"]["parent_ticket"]
    assert parent["parent_ticket_number"] == sale.fiscal_sign and parent["kgd_kkm_id"] == DEMO_OFD_REG_NUMBER
    assert money(parent["parent_ticket_total"]) == total.tiyn and parent["parent_ticket_is_offline"] is False

    x = pos.ctx.shifts.x_report(pos.cashier, pos.register_id)
    assert x.ofd_checked and x.ofd_differences == ()
    zx = last(3)["report"]["zx_report"]
    sell = next(o for o in zx["ticket_operations"] if o["operation"] == 2)
    assert (sell["tickets_count"], money(sell["tickets_sum"])) == (1, total.tiyn)

    z = pos.ctx.shifts.close_shift(pos.cashier, *pos.admin_creds(), pos.register_id).value
    assert z.ofd_checked and z.ofd_differences == ()
    close = last(2)["close_shift"]
    assert close["z_report"]["shift_number"] == 1 and "close_shift_time" in close["z_report"]
    assert money(close["z_report"]["cash_sum"]) == z.cash_in_drawer.tiyn
    assert admin.is_admin
    for frame in frames:  # every request the register sent that day
        assert_frame_conforms(frame, "Request")
    assert {walk("Request", f[18:])["command"] for f in frames} == {1, 2, 3, 6}
