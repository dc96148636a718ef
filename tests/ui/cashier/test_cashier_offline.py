"""Offline selling through the window, then the queue drains when the OFD is back."""

from __future__ import annotations

from alsep_desktop.domain.money import Money


def _sell_cash(counter, code: str) -> object:
    w = counter.window
    before = getattr(w.sale, "last_result", None)
    w.on_scanned(code)
    w.sale.pay()
    w.sale.dialog.confirm()
    counter.wait(lambda: getattr(w.sale, "last_result", None) is not before)
    return w.sale.last_result


def test_offline_keeps_selling_and_drains_when_back(counter) -> None:
    counter.bind()
    counter.login()
    w = counter.window
    first = _sell_cash(counter, "4870001000029")
    assert not first.offline
    counter.pos.stop_ofd()
    offline = [_sell_cash(counter, "4870001000012"), _sell_cash(counter, "4870001000081")]
    assert all(r.offline and r.fiscal_sign for r in offline)
    counter.idle()
    w.status.refresh()
    counter.wait(lambda: "нет связи" in w.status.ofd.text() and "2" in w.status.ofd.text())
    assert "осталось" in w.status.ofd.text()
    # the receipts go out on paper with the autonomous sign even while offline
    counter.wait(lambda: offline[-1].fiscal_sign in counter.printed_text())
    counter.pos.start_ofd()
    result = counter.pos.ctx.delivery.drain(counter.pos.register_id)
    assert result.left == 0 and result.sent >= 2
    w.status.refresh()
    counter.wait(lambda: w.status.ofd.text() == "ОФД: на связи")
    assert counter.pos.ctx.shifts.status(counter.pos.register_id).fiscal.pending == 0
    assert offline[0].total == Money.parse("250")
