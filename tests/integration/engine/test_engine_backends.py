"""The whole document flow on both stores: SQLite and a real PostgreSQL server."""

from __future__ import annotations

from alsep_desktop.domain.money import Money
from alsep_desktop.domain.quantity import Quantity
from alsep_desktop.domain.receipt import OperationKind
from tests.support.pos import DEVICE

MILK, BREAD = "4870001000029", "4870001000012"


def test_sell_offline_upload_return_and_close(pos_any_db) -> None:
    pos = pos_any_db
    online = pos.sell(MILK, BREAD, cash="1000")
    assert online.state == "signed"
    pos.ctx.shifts.deposit(pos.cashier, pos.register_id, Money.parse("100"))
    pos.stop_ofd()
    offline = pos.sell(BREAD)
    assert offline.state == "queued"
    pos.start_ofd()
    assert pos.ctx.delivery.drain(pos.register_id).left == 0
    ret = pos.ctx.sales.refund(pos.cashier, *pos.admin_creds(), pos.register_id, online.fiscal_sign,
                               [(1, Quantity.of(1))]).value
    assert ret.state == "signed" and ret.total == Money(52000)
    z = pos.ctx.shifts.close_shift(pos.cashier, *pos.admin_creds(), pos.register_id).value
    assert z.totals.of(OperationKind.SALE).count == 2 and z.totals.of(OperationKind.SALE_RETURN).count == 1
    assert z.cash_in_drawer == Money.parse("100") + Money(77000) + Money(25000) - Money(52000)
    assert z.ofd_checked and z.ofd_differences == ()
    keys = [d.key for d in pos.memory.documents(DEVICE) if d.key.startswith("ticket:")]
    assert len(keys) == len(set(keys)) == 3
