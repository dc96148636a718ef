"""10-line sales end to end: domain → store commit → OFD sandbox over TCP → fiscal sign stored.

Baseline in the same run: one fsync'd SQLite commit plus one raw TCP round trip of the same size.
Target (issue 4): ≥ 100 receipts/s and p50 < 15 ms.
Usage: python bench/sale_throughput.py [--sales N]
"""

from __future__ import annotations

import argparse
import socket
import sqlite3
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import emit, percentile  # noqa: E402

from alsep_desktop.domain.basket import Basket  # noqa: E402
from alsep_desktop.domain.payment import Payment, PaymentKind  # noqa: E402
from tests.support.pos import make_pos  # noqa: E402


def baseline_ms(tmp: Path, size: int, n: int = 300) -> float:
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen()
    port = srv.getsockname()[1]

    def echo() -> None:
        while True:
            try:
                conn, _ = srv.accept()
            except OSError:
                return
            with conn:
                data = b""
                while len(data) < size:
                    chunk = conn.recv(65536)
                    if not chunk:
                        break
                    data += chunk
                conn.sendall(data)

    threading.Thread(target=echo, daemon=True).start()
    db = sqlite3.connect(tmp / "baseline.sqlite")
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("CREATE TABLE t (x BLOB)")
    payload = b"x" * size
    samples = []
    for _ in range(n):
        t = time.perf_counter()
        db.execute("INSERT INTO t VALUES (?)", (payload,))
        db.commit()
        with socket.create_connection(("127.0.0.1", port)) as c:
            c.sendall(payload)
            got = b""
            while len(got) < size:
                got += c.recv(65536)
        samples.append((time.perf_counter() - t) * 1000)
    srv.close()
    return percentile(samples, 50)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sales", type=int, default=1000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="alsep-bench-") as tmp:
        pos = make_pos(Path(tmp))
        products = pos.ctx.catalog.list_products(pos.register_id)
        items = [p for p in products if p.price.tiyn > 0][:10]
        while len(items) < 10:
            items.append(items[len(items) % 5])
        basket = Basket().add(*(p.line() for p in items))
        total = basket.totals().total
        pays = [Payment(PaymentKind.CASH, total)]
        for _ in range(20):  # warm-up
            pos.ctx.sales.sell(pos.cashier, pos.register_id, basket, pays)
        samples = []
        t0 = time.perf_counter()
        for _ in range(args.sales):
            t = time.perf_counter()
            r = pos.ctx.sales.sell(pos.cashier, pos.register_id, basket, pays).value
            samples.append((time.perf_counter() - t) * 1000)
            if r.state != "signed":
                raise SystemExit(f"sale not signed: {r.state}")
        elapsed = time.perf_counter() - t0
        pos.ctx.close()
        pos.sandbox.stop()
        base = baseline_ms(Path(tmp), 1200)
    p50, p99 = percentile(samples, 50), percentile(samples, 99)
    print(f"{args.sales} sales: {args.sales / elapsed:.0f}/s, p50 {p50:.2f} ms, p99 {p99:.2f} ms; "
          f"baseline commit+round trip {base:.2f} ms", flush=True)
    emit({"sales": args.sales, "receipts_per_s": round(args.sales / elapsed, 1), "p50_ms": round(p50, 3),
          "p99_ms": round(p99, 3), "baseline_ms": round(base, 3), "target_per_s": 100, "target_p50_ms": 15,
          "meets_target": args.sales / elapsed >= 100 and p50 < 15})


if __name__ == "__main__":
    main()
