"""Scans from the device bridge land in the basket; marked goods carry their full code to the OFD."""

from __future__ import annotations

from alsep_desktop.domain.marking import GS
from alsep_desktop.domain.payment import Payment, PaymentKind
from alsep_desktop.fiscal.codec import parse_message
from alsep_desktop.fiscal.proto import pb
from alsep_desktop.store.models import FiscalOutbox

MILK = "4870001000029"


def _marking(ean13: str, serial: str = "abc'DEF") -> str:
    return f"01{ean13.zfill(14)}21{serial}{GS}93ab12"


def test_bridge_scan_anywhere_lands_in_the_basket(counter) -> None:
    counter.bind()
    counter.login()
    w = counter.window
    w.show_tab(w.receipts)
    w.scanners.scanned.emit(MILK)  # what the keyboard-wedge filter / serial / camera emit
    assert w.tabs.currentWidget() is w.sale
    assert [ln.barcode for ln in w.sale.basket.lines] == [MILK]


def test_marked_item_goes_to_the_ofd_with_its_code(counter) -> None:
    counter.bind()
    counter.login()
    w = counter.window
    code = _marking("4600000000107")  # the demo's marked cigarettes, known by EAN-13
    w.scanners.scanned.emit(code)
    lines = w.sale.basket.lines
    assert len(lines) == 1 and lines[0].marking_code == code and lines[0].unit_price.tiyn == 110000
    w.scanners.scanned.emit(code)  # the same pack again is refused, the basket is unchanged
    assert len(w.sale.basket.lines) == 1
    pos = counter.pos
    pays = [Payment(PaymentKind.CASH, lines[0].unit_price)]
    result = pos.ctx.sales.sell(pos.cashier, pos.register_id, w.sale.basket, pays).value
    assert result.state == "signed"
    with pos.ctx.uow() as uow:
        payload = uow.session.query(FiscalOutbox).filter_by(doc_uuid=result.uuid).one().payload
    ticket = parse_message(pb.Request, payload).ticket
    assert [list(i.commodity.list_excise_stamp) for i in ticket.items if i.type == pb.TicketRequest.Item.ITEM_TYPE_COMMODITY] == [[code]]
