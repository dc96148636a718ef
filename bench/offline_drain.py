"""Upload of 10,000 receipts made offline (issue 4 target: < 10 s).

The OFD sandbox runs as its own process (as the real OFD would), and the figures `uploaded`,
`lost` and `duplicated` are counted from the sandbox's own records, which it writes on exit.
Usage: python bench/offline_drain.py [--receipts N]
"""

from __future__ import annotations

import argparse
import json
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import emit  # noqa: E402

from alsep_desktop.app.bootstrap import build_context  # noqa: E402
from alsep_desktop.app.config import AppConfig  # noqa: E402
from alsep_desktop.app.demo import CASHIER, DEMO_OFD_SYSTEM_ID, DEMO_OFD_TOKEN, ensure_demo  # noqa: E402
from alsep_desktop.domain.basket import Basket  # noqa: E402
from alsep_desktop.domain.payment import Payment, PaymentKind  # noqa: E402
from tests.support.pos import FAST_ARGON2  # noqa: E402


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--receipts", type=int, default=10_000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="alsep-bench-") as tmp:
        cfg = AppConfig(data_dir=Path(tmp), argon2=FAST_ARGON2, ofd_port=closed_port(), ofd_timeout_s=2.0)
        ctx = build_context(cfg)
        register_id = ensure_demo(ctx).register_id
        cashier = ctx.auth.login(CASHIER[0], CASHIER[1])
        items = [p for p in ctx.catalog.list_products(register_id) if p.price.tiyn > 0][:3]
        basket = Basket().add(*(p.line() for p in items))
        pays = [Payment(PaymentKind.CASH, basket.totals().total)]
        t0 = time.perf_counter()
        for _ in range(args.receipts):  # the OFD is unreachable: every receipt is made offline
            r = ctx.sales.sell(cashier, register_id, basket, pays).value
            assert r.offline
        print(f"made {args.receipts} offline receipts in {time.perf_counter() - t0:.1f} s", flush=True)

        records = Path(tmp) / "ofd-records.json"
        ofd = subprocess.Popen(
            [sys.executable, "-m", "alsep_desktop.fiscal.sandbox", "--port", "0", "--register",
             f"{DEMO_OFD_SYSTEM_ID}:{DEMO_OFD_TOKEN}", "--records", str(records)],
            stdout=subprocess.PIPE, text=True,
        )
        assert ofd.stdout is not None
        ctx.config.ofd_port = int(ofd.stdout.readline().rsplit(":", 1)[1])
        ctx.delivery.forget_channels()
        t0 = time.perf_counter()
        result = ctx.delivery.drain(register_id)
        seconds = time.perf_counter() - t0
        ctx.close()
        ofd.terminate()
        ofd.wait(timeout=30)
        docs = json.loads(records.read_text())["documents"]
    keys = [d["key"] for d in docs if d["key"].startswith("ticket:")]
    uploaded = len(set(keys))
    duplicated = len(keys) - uploaded
    lost = args.receipts - uploaded
    print(f"uploaded {uploaded} in {seconds:.2f} s ({uploaded / seconds:.0f}/s); left {result.left}", flush=True)
    emit({"seconds": round(seconds, 3), "uploaded": uploaded, "lost": lost, "duplicated": duplicated,
          "target_seconds": 10, "meets_target": seconds < 10 and lost == 0 and duplicated == 0})


if __name__ == "__main__":
    main()
