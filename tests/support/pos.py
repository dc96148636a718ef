"""A whole register for tests: store + services + the OFD sandbox over loopback TCP."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from alsep_desktop.app.bootstrap import AppContext, build_context
from alsep_desktop.app.config import AppConfig, Argon2Settings
from alsep_desktop.app.demo import (
    ADMIN,
    CASHIER,
    DEMO_OFD_SYSTEM_ID,
    ensure_demo,
    start_demo_sandbox,
)
from alsep_desktop.domain.basket import Basket
from alsep_desktop.domain.money import Money
from alsep_desktop.domain.payment import Payment, PaymentKind
from alsep_desktop.domain.roles import Principal
from alsep_desktop.kernel.clock import FakeClock

FAST_ARGON2 = Argon2Settings(time_cost=1, memory_cost=1024, parallelism=1)

DEVICE = int(DEMO_OFD_SYSTEM_ID)


@dataclass
class Pos:
    ctx: AppContext
    sandbox: object
    register_id: int
    cashier: Principal
    clock: FakeClock

    @property
    def memory(self):  # noqa: ANN201
        return self.sandbox.memory  # type: ignore[attr-defined]

    def basket(self, *barcodes: str) -> Basket:
        b = Basket()
        for code in barcodes:
            hit = self.ctx.catalog.find_by_barcode(self.register_id, code)
            assert hit is not None, code
            b = b.add(hit.line())
        return b

    def sell(self, *barcodes: str, cash: str | None = None, card: str | None = None):  # noqa: ANN201
        basket = self.basket(*(barcodes or ("4870001000029",)))
        total = basket.totals().total
        pays = []
        if card:
            pays.append(Payment(PaymentKind.CARD, Money.parse(card)))
        if cash or not card:
            pays.append(Payment(PaymentKind.CASH, Money.parse(cash) if cash else total))
        return self.ctx.sales.sell(self.cashier, self.register_id, basket, pays).value

    def stop_ofd(self) -> None:
        self.sandbox.stop()  # type: ignore[attr-defined]

    def start_ofd(self) -> None:
        """Bring the same sandbox (same fiscal memory) back on the same port."""
        from alsep_desktop.fiscal.sandbox import OfdSandbox

        old = self.sandbox
        self.sandbox = OfdSandbox("127.0.0.1", old.port, memory=old.memory, read_timeout=2.0).start()  # type: ignore[attr-defined]

    def admin_creds(self) -> tuple[str, str]:
        return ADMIN


def make_pos(tmp_path: Path, url: str | None = None, clock: FakeClock | None = None) -> Pos:
    clock = clock or FakeClock()
    cfg = AppConfig(data_dir=tmp_path / "data", db_url=url, argon2=FAST_ARGON2, ofd_timeout_s=1.0,
                    ofd_transaction_s=5.0)  # the spec's floor (app/bootstrap clamps to it)
    ctx = build_context(cfg, clock=clock)
    ids = ensure_demo(ctx)
    sandbox = start_demo_sandbox(ctx, read_timeout=2.0)
    cashier = ctx.auth.login(CASHIER[0], CASHIER[1])
    return Pos(ctx, sandbox, ids.register_id, cashier, clock)


def receipt_keys(session) -> dict[str, tuple[str | None, str | None]]:  # noqa: ANN001
    """Non-rejected receipts by the key the OFD sandbox files them under (their document number),
    with (printed sign, OFD sign)."""
    from sqlalchemy import select

    from alsep_desktop.domain.shift import document_number
    from alsep_desktop.store.models import Receipt, Shift

    rows = session.execute(
        select(Shift.number, Receipt.number, Receipt.fiscal_sign, Receipt.ofd_fiscal_sign)
        .join(Shift, Shift.id == Receipt.shift_id).where(Receipt.state != "rejected")
    ).all()
    return {str(document_number(s, n)): (sign, ofd) for s, n, sign, ofd in rows}
