"""Sales, offline mode, limits, returns, cash moves and reports, through the services only."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from alsep_desktop.domain.money import Money
from alsep_desktop.domain.quantity import Quantity
from alsep_desktop.domain.receipt import OperationKind
from alsep_desktop.domain.shift import NotEnoughCash, ShiftExpired
from alsep_desktop.errors import PermissionDenied
from alsep_desktop.fiscal.engine import OfflineLimitExceeded
from alsep_desktop.services.auth import InvalidCredentials
from alsep_desktop.services.sale import NothingToReturn, ReceiptNotFound
from alsep_desktop.store.models import FiscalOutbox, Receipt
from tests.support.pos import DEVICE

MILK, BREAD, TEA = "4870001000029", "4870001000012", "4870001000067"


def test_online_sale_is_signed_by_the_ofd(pos) -> None:
    r = pos.sell(MILK, BREAD, cash="1000")
    assert r.state == "signed" and not r.offline
    assert r.total == Money(77000) and r.change == Money(23000)
    assert pos.memory.fiscal_signs(DEVICE) == [r.fiscal_sign]
    assert r.check_url.startswith("http://consumer.oofd.kz?i=" + r.fiscal_sign)
    assert r.shift_number == 1 and r.number == 1
    assert pos.ctx.shifts.status(pos.register_id).fiscal.pending == 0
    assert pos.sell(TEA).number == 2  # numbering without gaps


def test_offline_sale_completes_and_uploads_later_exactly_once(pos) -> None:
    first = pos.sell(MILK)
    pos.stop_ofd()
    off1 = pos.sell(BREAD)
    off2 = pos.sell(TEA)  # joins the queue without trying the network
    assert off1.state == off2.state == "queued" and off1.offline and off2.offline
    assert off1.fiscal_sign == str(1 * 100_000 + 2) and "i=100002" in off1.check_url
    status = pos.ctx.shifts.status(pos.register_id).fiscal
    assert not status.online and status.pending == 2
    assert status.time_left == timedelta(hours=72)
    pos.start_ofd()
    result = pos.ctx.delivery.drain(pos.register_id)
    assert (result.sent, result.left) == (2, 0)
    docs = pos.memory.documents(DEVICE)
    assert [d.fiscal_sign for d in docs] == [first.fiscal_sign, off1.fiscal_sign, off2.fiscal_sign]
    assert pos.memory.stats(DEVICE)["duplicates"] == 0
    assert pos.ctx.delivery.drain(pos.register_id).sent == 0  # nothing is sent twice
    back = pos.sell(MILK)
    assert back.state == "signed" and pos.ctx.shifts.status(pos.register_id).fiscal.online


def test_offline_limit_of_72_hours(pos, clock) -> None:
    pos.stop_ofd()
    pos.sell(MILK)
    clock.advance(timedelta(hours=23))
    pos.ctx.shifts.close_shift(pos.cashier, *pos.admin_creds(), pos.register_id)  # a close works offline
    clock.advance(timedelta(hours=49, minutes=1))
    with pytest.raises(OfflineLimitExceeded):
        pos.sell(BREAD)
    pos.start_ofd()
    assert pos.ctx.delivery.drain(pos.register_id).left == 0
    assert pos.sell(BREAD).state == "signed"


def test_shift_older_than_24_hours_refuses_sales_until_closed(pos, clock) -> None:
    pos.sell(MILK)
    clock.advance(timedelta(hours=24, minutes=1))
    with pytest.raises(ShiftExpired):
        pos.sell(BREAD)
    z = pos.ctx.shifts.close_shift(pos.cashier, *pos.admin_creds(), pos.register_id).value
    assert z.kind == "Z" and z.totals.of(OperationKind.SALE).count == 1 and z.ofd_checked
    assert z.ofd_differences == ()
    r = pos.sell(BREAD)
    assert r.shift_number == 2 and r.number == 1


def test_returns_need_admin_and_never_exceed_the_sale(pos) -> None:
    sale = pos.sell(MILK, BREAD, TEA, cash="2000")
    with pytest.raises(InvalidCredentials):
        pos.ctx.sales.refund(pos.cashier, "admin@demo.kz", "wrong", pos.register_id, sale.fiscal_sign)
    with pytest.raises(PermissionDenied):
        pos.ctx.sales.refund(pos.cashier, "cashier@demo.kz", "cashier123", pos.register_id, sale.fiscal_sign)
    with pytest.raises(ReceiptNotFound):
        pos.ctx.sales.refund(pos.cashier, *pos.admin_creds(), pos.register_id, "123")
    info = pos.ctx.sales.find_for_return(pos.register_id, sale.fiscal_sign)
    assert [ln.left for ln in info.lines] == [Quantity.of(1)] * 3
    ret = pos.ctx.sales.refund(pos.cashier, *pos.admin_creds(), pos.register_id, sale.fiscal_sign,
                               [(2, Quantity.of(1))]).value
    assert ret.state == "signed" and ret.total == Money(25000)
    with pytest.raises(NothingToReturn):
        pos.ctx.sales.refund(pos.cashier, *pos.admin_creds(), pos.register_id, sale.fiscal_sign,
                             [(2, Quantity.of(1))])
    rest = pos.ctx.sales.refund(pos.cashier, *pos.admin_creds(), pos.register_id, sale.fiscal_sign).value
    assert rest.total == Money(52000 + 115000)
    with pytest.raises(NothingToReturn):
        pos.ctx.sales.refund(pos.cashier, *pos.admin_creds(), pos.register_id, sale.fiscal_sign)
    x = pos.ctx.shifts.x_report(pos.cashier, pos.register_id)
    assert x.totals.of(OperationKind.SALE_RETURN).total == sale.total
    assert x.cash_in_drawer == Money(0) and x.ofd_checked and x.ofd_differences == ()


def test_card_part_goes_back_to_the_card(pos) -> None:
    sale = pos.sell(MILK, BREAD, cash="270", card="500")
    ret = pos.ctx.sales.refund(pos.cashier, *pos.admin_creds(), pos.register_id, sale.fiscal_sign).value
    with pos.ctx.uow() as uow:
        row = uow.session.get(Receipt, ret.id)
        kinds = {p.kind: p.amount_tiyn for p in row.payments}
    assert kinds == {"card": 50000, "cash": 27000}


def test_cash_moves_and_drawer(pos) -> None:
    with pytest.raises(NotEnoughCash):
        pos.ctx.shifts.withdraw(pos.cashier, pos.register_id, Money(1))
    pos.ctx.shifts.deposit(pos.cashier, pos.register_id, Money.parse("5000"))
    pos.sell(MILK, cash="1000")
    assert pos.ctx.shifts.cash_in_drawer(pos.register_id) == Money.parse("5520")
    with pytest.raises(NotEnoughCash):
        pos.ctx.shifts.withdraw(pos.cashier, pos.register_id, Money.parse("5520.01"))
    w = pos.ctx.shifts.withdraw(pos.cashier, pos.register_id, Money.parse("5000")).value
    assert w.state == "signed" and w.number == 3
    x = pos.ctx.shifts.x_report(pos.cashier, pos.register_id)
    assert (x.totals.deposit_count, x.totals.withdrawal_count) == (1, 1)
    assert x.cash_in_drawer == Money.parse("520") and x.ofd_checked and x.ofd_differences == ()
    z = pos.ctx.shifts.close_shift(pos.cashier, *pos.admin_creds(), pos.register_id).value
    assert z.ofd_differences == () and z.grand_totals["sale"] == 52000
    assert pos.ctx.shifts.cash_in_drawer(pos.register_id) == Money.parse("520")
    pos.sell(BREAD)
    assert pos.ctx.shifts.cash_in_drawer(pos.register_id) == Money.parse("770")  # carried into shift 2


def test_x_report_offline_is_from_own_counters(pos) -> None:
    pos.sell(MILK)
    pos.stop_ofd()
    pos.sell(BREAD)
    x = pos.ctx.shifts.x_report(pos.cashier, pos.register_id)
    assert not x.ofd_checked and x.totals.of(OperationKind.SALE).count == 2


def test_z_needs_admin_credentials(pos) -> None:
    pos.sell(MILK)
    with pytest.raises(PermissionDenied):
        pos.ctx.shifts.close_shift(pos.cashier, "cashier@demo.kz", "cashier123", pos.register_id)


def test_receipt_list_duplicates_and_printed_state(pos) -> None:
    a = pos.sell(MILK)
    b = pos.sell(BREAD)
    assert [r.number for r in pos.ctx.sales.shift_receipts(pos.register_id)] == [a.number, b.number]
    assert pos.ctx.sales.last_receipt_id(pos.register_id) == b.id
    pos.ctx.sales.mark_printed(b.id)
    assert pos.ctx.sales.receipt(b.id).state == "printed"
    # a printed receipt can still be returned
    assert pos.ctx.sales.find_for_return(pos.register_id, b.fiscal_sign).lines[0].left == Quantity.of(1)


def test_outbox_and_receipt_are_one_transaction(pos) -> None:
    pos.stop_ofd()
    for _ in range(3):
        pos.sell(MILK)
    with pos.ctx.uow() as uow:
        receipts = uow.session.scalar(select(func.count()).select_from(Receipt))
        entries = uow.session.scalars(select(FiscalOutbox.doc_uuid)).all()
        uuids = uow.session.scalars(select(Receipt.uuid)).all()
    assert receipts == 3 and sorted(entries) == sorted(uuids)
