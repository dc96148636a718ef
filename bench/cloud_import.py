"""A 100,000-product catalog imported into a register through the cloud (decision 1419).

The cloud runs on PostgreSQL (a throw-away server as the tests start it) as one uvicorn process;
the desktop side is this process, sending the rows the way the admin tab does
(``alsep_desktop.cloud_client.catalog_import.send_catalog``: JSON pieces, one request of known length).

* ``import_s``: 100,000 new products into an empty register, wall time from the rows in memory
  to the cloud's answer (encode, upload, check, one transaction with versions, revisions and feed
  numbers).
* ``update_s``: the same 100,000 rows again with ``--changed`` prices changed (the rest unchanged,
  left alone).
* ``cloud_rss_mb``: the cloud process's peak RSS (VmHWM) after both imports; ``client_rss_mb``
  this process's peak; ``body_mb`` the request's size.
* ``raw_insert_s``: in the same run, the floor: a plain bulk INSERT of the same 100,000 rows
  into the same table (another register) in one transaction, no checks, no revisions.

Usage: python bench/cloud_import.py [--products 100000] [--changed 1000]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import emit, peak_rss_mb  # noqa: E402

SECRET, PEPPER, EMAIL, PASSWORD = "bench-token-secret-0123456789", "bench-pepper", "bench@demo.kz", "bench-pass"
BENCH_BIN = "260101500004"  # a fresh database each run: one valid BIN/IIN will do


def prepare(url: str) -> tuple[str, str, str]:
    """A company with two registers: (company, register for the import, register for the raw floor)."""
    from alsep_cloud.api.app import build_context
    from alsep_cloud.config import Argon2Params, CloudConfig
    from alsep_cloud.services import auth, org, registers
    from alsep_cloud.services.context import Admin

    ctx = build_context(CloudConfig(db_url=url, token_secrets=(SECRET,), device_pepper=PEPPER,
                                    argon2=Argon2Params(time_cost=1, memory_cost=1024, parallelism=1), pool_size=2))
    with ctx.sessions() as s:
        company, user = auth.bootstrap(ctx, s, company_name="Bench", iin_bin=BENCH_BIN, email=EMAIL,
                                       password=PASSWORD, full_name="Bench Admin")
        admin = Admin(user["id"], company["id"], user["email"])
        tp = org.create_trade_point(ctx, s, admin, {"name": "Bench point"})
        regs = [registers.create_register(ctx, s, admin, {"trade_point_id": tp["id"], "name": f"ККМ {i}"})["id"]
                for i in (1, 2)]
    ctx.engine.dispose()
    return company["id"], regs[0], regs[1]


def raw_insert(url: str, company: str, register: str, n: int) -> float:
    from sqlalchemy import create_engine, insert

    from alsep_cloud.store.base import new_id
    from alsep_cloud.store.catalog import Product

    engine = create_engine(url)
    now = datetime.now(UTC)
    t0 = time.perf_counter()
    rows = [{"id": new_id(), "company_id": company, "register_id": register, "code": f"B{k:06d}",
             "group_code": str(k % 50), "name": f"Товар №{k} «тест»", "barcode": f"29{k:011d}",
             "price_tiyn": 10_000 + k, "vat_code": "16", "unit": "796", "ntin": None, "marked": False,
             "editable_price": False, "markup_bp": 0, "discount_bp": 0, "deleted": False, "version": 1, "seq": 0,
             "created_at": now, "updated_at": now} for k in range(n)]
    with engine.begin() as conn:
        for j in range(0, n, 5_000):
            conn.execute(insert(Product.__table__), rows[j:j + 5_000])
    seconds = time.perf_counter() - t0
    engine.dispose()
    return seconds


def vm_hwm_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--products", type=int, default=100_000)
    ap.add_argument("--changed", type=int, default=1000)
    args = ap.parse_args()

    import httpx

    from alsep_desktop.cloud_client.admin_remote import CloudAdmin
    from alsep_desktop.cloud_client.catalog_import import encode, send_catalog
    from alsep_desktop.cloud_client.http import CloudHttp
    from alsep_desktop.domain.money import Money
    from alsep_desktop.exchange.rows import ProductRow
    from tests.cloud.support import free_port
    from tests.support.postgres import PostgresServer

    pg = PostgresServer.start()
    server = None
    try:
        url = pg.create_database()
        company, register, floor_register = prepare(url)
        port = free_port()
        env = {**os.environ, "ALSEP_CLOUD_TOKEN_SECRETS": SECRET, "ALSEP_CLOUD_DEVICE_PEPPER": PEPPER,
               "ALSEP_CLOUD_POOL_SIZE": "5"}
        server = subprocess.Popen([sys.executable, "-m", "alsep_cloud", "--db", url, "--port", str(port)], env=env,
                                  stderr=subprocess.DEVNULL)
        base = f"http://127.0.0.1:{port}"
        for _ in range(300):
            try:
                if httpx.get(base + "/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        cloud = CloudAdmin(CloudHttp(base))
        cloud.login(EMAIL, PASSWORD, company=BENCH_BIN)
        rows = [ProductRow(code=f"P{k:06d}", group_code=str(k % 50), barcode=f"48{k:011d}",
                           name=f"Товар №{k} «импорт» {k * 7919 % 10007}", price=Money(10_000 + k), vat="16")
                for k in range(args.products)]
        body_mb = sum(len(p) for p in encode("k" * 40, "bench.csv", rows)) / 1e6
        t0 = time.perf_counter()
        first = send_catalog(cloud, register, rows, source="bench.csv")
        import_s = time.perf_counter() - t0
        assert first["created"] == args.products, first
        print(f"import: {import_s:.2f} s {first}", file=sys.stderr, flush=True)
        changed = [ProductRow(**{**{f: getattr(r, f) for f in r.__slots__}, "price": Money(r.price.tiyn + 1)})
                   if k < args.changed else r for k, r in enumerate(rows)]
        t0 = time.perf_counter()
        second = send_catalog(cloud, register, changed, source="bench.csv")
        update_s = time.perf_counter() - t0
        assert second["updated"] == args.changed and second["unchanged"] == args.products - args.changed, second
        print(f"update: {update_s:.2f} s {second}", file=sys.stderr, flush=True)
        cloud_rss = vm_hwm_mb(server.pid)
        raw_s = raw_insert(url, company, floor_register, args.products)
        print(f"raw insert: {raw_s:.2f} s", file=sys.stderr, flush=True)
        emit({"rows": args.products, "import_s": round(import_s, 2), "update_s": round(update_s, 2),
              "changed": args.changed, "cloud_rss_mb": round(cloud_rss, 1), "client_rss_mb": round(peak_rss_mb(), 1),
              "body_mb": round(body_mb, 1), "raw_insert_s": round(raw_s, 2),
              "load": round(os.getloadavg()[0], 1)})
    finally:
        if server is not None:
            server.terminate()
            server.wait(10)
        pg.stop()


if __name__ == "__main__":
    main()
