"""Upload of 10,000 receipts made offline (issue 4 target: < 10 s), counted by the sandbox.

Usage: python bench/offline_drain.py [--receipts N]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import emit  # noqa: E402

from alsep_desktop.domain.basket import Basket  # noqa: E402
from alsep_desktop.domain.payment import Payment, PaymentKind  # noqa: E402
from tests.support.pos import DEVICE, make_pos  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--receipts", type=int, default=10_000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="alsep-bench-") as tmp:
        pos = make_pos(Path(tmp))
        items = [p for p in pos.ctx.catalog.list_products(pos.register_id) if p.price.tiyn > 0][:3]
        basket = Basket().add(*(p.line() for p in items))
        pays = [Payment(PaymentKind.CASH, basket.totals().total)]
        pos.stop_ofd()
        t0 = time.perf_counter()
        for _ in range(args.receipts):
            pos.ctx.sales.sell(pos.cashier, pos.register_id, basket, pays)
        made = time.perf_counter() - t0
        print(f"made {args.receipts} offline receipts in {made:.1f} s", flush=True)
        pos.start_ofd()
        t0 = time.perf_counter()
        result = pos.ctx.delivery.drain(pos.register_id)
        seconds = time.perf_counter() - t0
        keys = [d.key for d in pos.memory.documents(DEVICE) if d.key.startswith("ticket:")]
        uploaded = len(set(keys))
        duplicated = len(keys) - uploaded + pos.memory.stats(DEVICE)["duplicates"]
        lost = args.receipts - uploaded
        assert Counter(keys).most_common(1)[0][1] == 1
        pos.ctx.close()
        pos.sandbox.stop()
    print(f"uploaded {uploaded} in {seconds:.2f} s ({uploaded / seconds:.0f}/s); left {result.left}", flush=True)
    emit({"seconds": round(seconds, 3), "uploaded": uploaded, "lost": lost, "duplicated": duplicated,
          "target_seconds": 10, "meets_target": seconds < 10 and lost == 0 and duplicated == 0})


if __name__ == "__main__":
    main()
