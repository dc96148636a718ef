"""A tender kind added in one place (``tests/support/tender_demo.py``, decision 2140) is read by
every part that deals with kinds: the sale takes it, the printed receipt and the X report print
its line (ESC/POS bytes, decoded), the OFD ticket carries its protocol payment type (and the
sandbox's counters agree with ours), and the cloud stores it as a tender row and answers it in
its sales, through the desktop's real upload body, the cloud app and its PostgreSQL database."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from alsep_cloud.api.app import build_context, create_app
from alsep_cloud.config import CloudConfig
from alsep_cloud.store.documents import Receipt as CloudReceipt
from alsep_desktop.domain.money import Money
from alsep_desktop.domain.payment import Payment, PaymentKind
from alsep_desktop.domain.receipt import OperationKind
from alsep_desktop.domain.tender import register_tender, tender_kinds, unregister_tender
from alsep_desktop.fiscal.convert import money_from_pb
from alsep_desktop.fiscal.proto import pb
from alsep_desktop.hardware.printer.decode import decode
from alsep_desktop.hardware.printer.model import PrintDocument
from alsep_desktop.hardware.printer.render import render
from alsep_desktop.hardware.profiles import get_profile
from alsep_desktop.services.printing import PrintingService
from alsep_desktop.store.models import FiscalOutbox, Receipt
from alsep_desktop.store.repositories.sync import build_body, endpoint_of
from tests.cloud.conftest import cloud_pg  # noqa: F401  (fixture)
from tests.cloud.support import FAST_ARGON2, PEPPER, TOKEN_SECRET, CloudServer
from tests.support.pos import Pos
from tests.support.tender_demo import DEMO_TENDER

MILK, BREAD = "4870001000012", "4870001000029"


@pytest.fixture
def demo_tender() -> Iterator[PaymentKind]:
    register_tender(DEMO_TENDER)
    try:
        yield DEMO_TENDER
    finally:
        unregister_tender(DEMO_TENDER.key)


def _lines(doc: PrintDocument) -> list[str]:
    """The printer's bytes, decoded, one line each, without the decoder's style marks."""
    profile = get_profile("epson-tm-t20ii")
    decoded = decode(render(doc, profile), {c.number: c.codec for c in profile.code_pages}, profile.columns)
    return [t.split("|", 1)[-1] for t in decoded.lines()]


def test_a_kind_registered_in_one_place_reaches_receipt_report_ofd_and_cloud(
        pos: Pos, demo_tender: PaymentKind, cloud_pg: CloudServer) -> None:  # noqa: F811
    assert PaymentKind.of("halyk_qr") is demo_tender and demo_tender in tender_kinds()
    basket = pos.basket(MILK, BREAD)
    total = basket.totals().total
    sold = pos.ctx.sales.sell(pos.cashier, pos.register_id, basket,
                              [Payment(demo_tender, total - Money(10_000)), Payment(PaymentKind.CASH, Money(20_000))]
                              ).value
    assert sold.state == "signed" and sold.change == Money(10_000)

    # the printed receipt: its line, beside the cash and the change
    printing = PrintingService(pos.ctx.uow, pos.ctx.clock, pos.ctx.vat_table)
    receipt = [t.split() for t in _lines(printing.receipt_document(sold.id))]
    paid = (total - Money(10_000)).format(currency=False)
    assert ["HALYK", "QR", paid] in receipt and ["НАЛИЧНЫЕ", "200,00"] in receipt and ["СДАЧА", "100,00"] in receipt

    # the OFD ticket: the kind's protocol payment type, merged with no other kind
    with pos.ctx.uow() as uow:
        row = uow.session.get(Receipt, sold.id)
        assert {p.kind: p.amount_tiyn for p in row.payments} == {"halyk_qr": total.tiyn - 10_000, "cash": 20_000}
        payload = uow.session.scalars(select(FiscalOutbox.payload).where(FiscalOutbox.doc_uuid == row.uuid)).one()
        body = build_body(uow.session, "receipt", row.uuid, row.uuid, pos.clock.now())
    ticket = pb.Request.FromString(payload).ticket
    assert [(p.type, money_from_pb(p.sum)) for p in ticket.payments] == [
        (pb.PAYMENT_CASH, 20_000), (pb.PAYMENT_MOBILE, total.tiyn - 10_000)]

    # the X report: its own line under the sale, the drawer holds only the cash, the OFD agrees
    x = pos.ctx.shifts.x_report(pos.cashier, pos.register_id)
    sale = x.totals.of(OperationKind.SALE)
    assert dict(sale.by_payment) == {PaymentKind.CASH: Money(10_000), demo_tender: total - Money(10_000)}
    assert x.cash_in_drawer == Money(10_000) and x.ofd_checked and x.ofd_differences == ()
    report = _lines(printing.report_document(pos.register_id, x, pos.cashier))
    assert [t.split() for t in report if "HALYK" in t] == [["HALYK", "QR", paid]]

    # the cloud: the upload the push queue sends, through the cloud app (which knows the kind from
    # the same table), stored as a tender row; the cloud process's /sales answers it
    assert body is not None
    tenant = cloud_pg.tenant()
    register = tenant.register()
    device = tenant.ok("POST", f"/registers/{register['id']}/bind", json={"device_id": "pc-tender"})
    ctx = build_context(CloudConfig(db_url=cloud_pg.db_url, token_secrets=(TOKEN_SECRET,), device_pepper=PEPPER,
                                    argon2=FAST_ARGON2, migrate=False, pool_size=2, gc_freeze=False))
    try:
        client = TestClient(create_app(ctx=ctx))
        doc = json.loads(body)
        r = client.post(endpoint_of("receipt", doc), json=doc, headers={"Authorization": f"Bearer {device['credential']}"})
        assert r.status_code == 201, r.text
    finally:
        ctx.engine.dispose()
    with cloud_pg.ctx.sessions() as s:
        stored = s.scalars(select(CloudReceipt).where(CloudReceipt.company_id == tenant.company_id)).one()
        assert {t.kind: t.amount_tiyn for t in stored.tenders} == {"cash": 10_000, "halyk_qr": total.tiyn - 10_000}
    day = doc["created_at"][:10]
    sales = tenant.ok("GET", "/sales", params={"date_from": day, "date_to": day})
    assert sales["items"][0]["tenders"] == {"cash": 10_000, "halyk_qr": total.tiyn - 10_000}
    by_sale = sales["totals"]["by_operation"]["sale"]
    assert by_sale["tenders"] == {"cash": 10_000, "halyk_qr": total.tiyn - 10_000}
    assert (by_sale["cash_tiyn"], by_sale["card_tiyn"]) == (10_000, 0)


def test_an_unknown_kind_is_refused_by_name_and_a_taken_key_is_not_registered_twice() -> None:
    with pytest.raises(Exception, match="'halyk_qr' is not a payment kind") as err:
        PaymentKind.of("halyk_qr")
    assert err.value.field == "tender"  # type: ignore[attr-defined]
    with pytest.raises(ValueError, match="already registered"):
        register_tender(type(DEMO_TENDER)("cash", "Cash", "НАЛ", DEMO_TENDER.ofd_type))
    with pytest.raises(ValueError, match="only one kind may"):
        register_tender(type(DEMO_TENDER)("cash2", "Cash", "НАЛ", DEMO_TENDER.ofd_type, in_drawer=True,
                                          gives_change=True))
