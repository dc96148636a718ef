"""Marked goods end to end: scan → line with the full code → OFD ticket; a return carries the code back."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from alsep_desktop.domain.basket import Basket
from alsep_desktop.domain.lines import LineItem
from alsep_desktop.domain.marking import InvalidMarkingCode
from alsep_desktop.domain.money import Money
from alsep_desktop.domain.payment import Payment, PaymentKind
from alsep_desktop.fiscal.codec import parse_message
from alsep_desktop.fiscal.proto import pb
from alsep_desktop.services.marking import NeedsPrice, as_marking_code, line_for_marking_code
from alsep_desktop.store.models import FiscalOutbox
from tests.integration.devices.conftest import PACK, PACK2, UNKNOWN


def _sell(pos, *lines: LineItem):  # noqa: ANN202
    basket = Basket()
    for line in lines:
        basket = basket.add(line)
    total = basket.totals().total
    return pos.ctx.sales.sell(pos.cashier, pos.register_id, basket, [Payment(PaymentKind.CASH, total)]).value


def _outbox_ticket(pos, doc_uuid: str) -> pb.TicketRequest:
    with pos.ctx.uow() as uow:
        entry = uow.session.scalars(select(FiscalOutbox).where(FiscalOutbox.doc_uuid == doc_uuid)).one()
        return parse_message(pb.Request, entry.payload).ticket


def test_known_product_gets_catalog_price_and_the_full_code(pos) -> None:
    line = line_for_marking_code(pos.ctx.catalog, pos.register_id, PACK)
    assert isinstance(line, LineItem)
    assert line.name == "Сигареты «Дала» пачка" and line.unit_price == Money.parse("950.00")
    assert line.marking_code == PACK and "\x1d" in line.marking_code
    assert line.barcode == "4600439931256" and line.product_uuid


def test_code_written_with_fnc1_notation_is_normalised(pos) -> None:
    line = line_for_marking_code(pos.ctx.catalog, pos.register_id, "]d2" + PACK.replace("\x1d", "<GS>"))
    assert isinstance(line, LineItem) and line.marking_code == PACK


def test_unknown_product_asks_for_the_price(pos) -> None:
    need = line_for_marking_code(pos.ctx.catalog, pos.register_id, UNKNOWN)
    assert isinstance(need, NeedsPrice)
    assert need.barcode == "4870204391510"
    line = need.line(Money.parse("1200"), "  Сигареты блок ")
    assert line.name == "Сигареты блок" and line.unit_price.tiyn == 120_000 and line.marking_code == UNKNOWN
    assert line.vat == need.vat


def test_the_same_pack_twice_is_refused(pos) -> None:
    from alsep_desktop.services.marking import MarkingCodeRepeated

    first = line_for_marking_code(pos.ctx.catalog, pos.register_id, PACK)
    basket = Basket().add(first)
    codes = [ln.marking_code for ln in basket.lines]
    with pytest.raises(MarkingCodeRepeated) as err:
        line_for_marking_code(pos.ctx.catalog, pos.register_id, PACK.replace("\x1d", "<GS>"), codes)
    assert err.value.params["serial"] == "5Ab+Cx7"
    assert line_for_marking_code(pos.ctx.catalog, pos.register_id, PACK2, codes).marking_code == PACK2


def test_plain_barcodes_are_not_marking_codes(pos) -> None:
    for plain in ("4870001000029", "4600439931256", "04600439931256", "0104600439931256"):
        assert as_marking_code(plain) is None, plain
        with pytest.raises(InvalidMarkingCode):
            line_for_marking_code(pos.ctx.catalog, pos.register_id, plain)
    assert as_marking_code(PACK) is not None


def test_marked_sale_reaches_the_ofd_ticket_with_the_full_code(pos, captured) -> None:
    first = line_for_marking_code(pos.ctx.catalog, pos.register_id, PACK)
    unknown = line_for_marking_code(pos.ctx.catalog, pos.register_id, UNKNOWN)
    assert isinstance(first, LineItem) and isinstance(unknown, NeedsPrice)
    bread = pos.ctx.catalog.find_by_barcode(pos.register_id, "4870001000012")
    doc = _sell(pos, first, unknown.line(Money.parse("1200"), "Сигареты блок"), bread.line())
    assert doc.state == "signed" and doc.fiscal_sign
    # what the OFD server received on the wire
    (ticket,) = captured.tickets()
    stamps = [list(i.commodity.list_excise_stamp) for i in ticket.items if i.type == pb.TicketRequest.Item.ITEM_TYPE_COMMODITY]
    assert stamps == [[PACK], [UNKNOWN], []]  # one list_excise_stamp entry per marked unit
    assert ticket.operation == pb.OPERATION_SELL
    # ... and the durable outbox payload says the same
    stored = _outbox_ticket(pos, doc.uuid)
    assert [list(i.commodity.list_excise_stamp) for i in stored.items if i.type == pb.TicketRequest.Item.ITEM_TYPE_COMMODITY] == stamps
    assert pos.memory.fiscal_signs()[-1] == doc.fiscal_sign
    view = pos.ctx.sales.receipt(doc.id)
    assert [ln.marking_code for ln in view.lines] == [PACK, UNKNOWN, None]


def test_return_of_a_marked_item_carries_the_code_back(pos, captured) -> None:
    a = line_for_marking_code(pos.ctx.catalog, pos.register_id, PACK)
    b = line_for_marking_code(pos.ctx.catalog, pos.register_id, PACK2)
    sale = _sell(pos, a, b)
    info = pos.ctx.sales.find_for_return(pos.register_id, sale.fiscal_sign)
    assert [ln.marking_code for ln in info.lines] == [PACK, PACK2]
    second = info.lines[1]
    ret = pos.ctx.sales.refund(pos.cashier, *pos.admin_creds(), pos.register_id, sale.fiscal_sign,
                               [(second.position, second.sold)]).value
    assert ret.state == "signed" and ret.total == Money.parse("950.00")
    view = pos.ctx.sales.receipt(ret.id)
    assert view.operation.is_return
    assert [ln.marking_code for ln in view.lines] == [PACK2]  # exactly the returned pack's code
    sell_ticket, return_ticket = captured.tickets()
    assert return_ticket.operation == pb.OPERATION_SELL_RETURN
    assert [list(i.commodity.list_excise_stamp) for i in return_ticket.items if i.type == pb.TicketRequest.Item.ITEM_TYPE_COMMODITY] == [[PACK2]]
    assert len([i for i in sell_ticket.items if i.type == pb.TicketRequest.Item.ITEM_TYPE_COMMODITY]) == 2
