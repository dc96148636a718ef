"""The demo keeps its local OFD in step across restarts (the sandbox's memory is saved)."""

from __future__ import annotations

from alsep_desktop.app.bootstrap import build_context
from alsep_desktop.app.config import AppConfig
from alsep_desktop.app.demo import (
    ADMIN,
    CASHIER,
    ensure_demo,
    start_demo_sandbox,
    stop_demo_sandbox,
)
from alsep_desktop.domain.basket import Basket
from alsep_desktop.domain.payment import Payment, PaymentKind
from tests.support.pos import FAST_ARGON2


def _run(data_dir, state, sales: int):  # noqa: ANN001, ANN202
    ctx = build_context(AppConfig(data_dir=data_dir, argon2=FAST_ARGON2, ofd_timeout_s=1.0, demo=True))
    rid = ensure_demo(ctx).register_id
    sandbox = start_demo_sandbox(ctx, state_file=state, read_timeout=2.0)
    cashier = ctx.auth.login(*CASHIER[:2])
    milk = ctx.catalog.find_by_barcode(rid, "4870001000029")
    basket = Basket().add(milk.line())
    results = [ctx.sales.sell(cashier, rid, basket, [Payment(PaymentKind.CASH, milk.price)]).value
               for _ in range(sales)]
    return ctx, sandbox, cashier, rid, results


def test_restart_keeps_ofd_in_step(tmp_path) -> None:
    state = tmp_path / "ofd.state"
    ctx, sandbox, _, _, first = _run(tmp_path / "data", state, 2)
    ctx.close()
    stop_demo_sandbox(sandbox, state)
    ctx, sandbox, cashier, rid, second = _run(tmp_path / "data", state, 1)
    try:
        assert [r.state for r in first + second] == ["signed"] * 3
        z = ctx.shifts.close_shift(cashier, *ADMIN, rid).value
        assert z.ofd_checked and z.ofd_differences == ()
        assert len(sandbox.memory.documents()) == 4  # three tickets and the shift close
    finally:
        ctx.close()
        stop_demo_sandbox(sandbox, state)
