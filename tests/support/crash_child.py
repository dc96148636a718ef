"""Child process of the crash harness: sells forever against the OFD sandbox until killed.

Usage: python -m tests.support.crash_child DATA_DIR OFD_PORT SEED
Prints "ready" once set up, then one line per finished sale.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from alsep_desktop.app.bootstrap import build_context
from alsep_desktop.app.config import AppConfig
from alsep_desktop.app.demo import CASHIER, ensure_demo
from alsep_desktop.domain.basket import Basket
from alsep_desktop.domain.money import Money
from alsep_desktop.domain.payment import Payment, PaymentKind
from tests.support.pos import FAST_ARGON2

BARCODES = ["4870001000029", "4870001000012", "4870001000067", "4870001000074"]


def main() -> None:
    data_dir, port, seed = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    cfg = AppConfig(data_dir=data_dir, argon2=FAST_ARGON2, ofd_port=port, ofd_timeout_s=1.0)
    ctx = build_context(cfg)
    ids = ensure_demo(ctx)
    cashier = ctx.auth.login(CASHIER[0], CASHIER[1])
    rng = random.Random(seed)
    products = [ctx.catalog.find_by_barcode(ids.register_id, b) for b in BARCODES]
    print("ready", flush=True)
    while True:
        if rng.random() < 0.2:
            ctx.delivery.drain(ids.register_id)
        basket = Basket().add(*(p.line() for p in rng.sample(products, rng.randint(1, 3))))  # type: ignore[union-attr]
        total = basket.totals().total
        pays = [Payment(PaymentKind.CASH, total + Money(rng.choice([0, 500, 10000])))]
        r = ctx.sales.sell(cashier, ids.register_id, basket, pays).value
        print(r.state, r.number, flush=True)


if __name__ == "__main__":
    main()
