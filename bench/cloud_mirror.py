"""First mirror of a 100,000-product catalog into an empty register, and 1,000 changed products
reaching 3 registers (issue 14 targets: mirror < 10 s and < 300 MB; delta p99 < 2 s).

The cloud runs on PostgreSQL (a throw-away server as the tests start it, fsync off) with two
uvicorn workers. The catalog is seeded straight into the cloud's tables (bulk INSERT with feed
numbers taken from the company's counter, exactly as the service numbers a write), which saves
100,000 API calls; the mirror itself goes through the real API. Each desktop is a separate
process with its own SQLite store and ``SyncEngine``:

* ``mirror_s``, ``rss_mb``: the first mirror (``SyncEngine.first_mirror``) into an empty store,
  wall time and the process's peak RSS.
* ``raw_s``: in the same run, the same feed pages downloaded with plain ``requests`` (no
  parsing into the store) plus a plain ``executemany`` of the same 100,000 rows into a bare
  SQLite table (``raw_download_s`` + ``raw_executemany_s``): the floor the mirror is compared to.
* ``delta_p99_s``: 3 registers mirror 1,000 products each and keep their engines running (long
  poll); 20 times, 1,000 prices of each register change in one cloud transaction, and each
  desktop reports when all 1,000 new prices are in its store. p99 over the 60 latencies.

Usage: python bench/cloud_mirror.py [--products 100000] [--rounds 20] [--changed 1000]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import ROOT, emit, percentile  # noqa: E402

SECRET, PEPPER = "bench-token-secret-0123456789", "bench-pepper"


# -- child processes (one desktop each) ---------------------------------------------------------
def _desktop(data_dir: Path, url: str, register: str, credential: str, **kw):  # noqa: ANN202
    from alsep_desktop.app.bootstrap import build_context
    from alsep_desktop.app.config import AppConfig, Argon2Settings
    from alsep_desktop.cloud_client.credentials import DeviceCredential
    from alsep_desktop.secrets import MemorySecrets
    from alsep_desktop.sync.engine import SyncEngine

    cfg = AppConfig(data_dir=data_dir, db_url=f"sqlite:///{data_dir / 'store.sqlite'}",
                    argon2=Argon2Settings(time_cost=1, memory_cost=1024, parallelism=1))
    ctx = build_context(cfg, secrets=MemorySecrets())
    return ctx, SyncEngine(ctx.uow, ctx.clock, DeviceCredential(url, register, credential), **kw)


def child_mirror(args: argparse.Namespace) -> None:
    from sqlalchemy import func, select

    from alsep_desktop.store.models import Product

    ctx, engine = _desktop(Path(args.data_dir), args.url, args.register, os.environ["BENCH_CREDENTIAL"])
    t0 = time.perf_counter()
    engine.first_mirror(lambda d, t: None, threading.Event())
    seconds = time.perf_counter() - t0
    with ctx.uow(read_only=True) as w:
        n = w.session.scalar(select(func.count()).select_from(Product))
    print(json.dumps({"seconds": seconds, "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                      "products": n}), flush=True)


def child_raw(args: argparse.Namespace) -> None:
    import sqlite3

    import requests

    session = requests.Session()
    session.trust_env = False
    headers = {"Authorization": f"Bearer {os.environ['BENCH_CREDENTIAL']}"}
    t0 = time.perf_counter()
    bodies, after, size = [], 0, 0
    while True:
        r = session.get(args.url + "/feed", params={"after": after, "limit": 5000}, headers=headers, timeout=60)
        bodies.append(r.content)
        size += len(r.content)
        page = r.json()
        after = page["next"]
        if not page["has_more"]:
            break
    download = time.perf_counter() - t0
    rows = [(c["id"], d["code"], d["name"], d["barcode"], d["price_tiyn"], d["vat_code"])
            for b in bodies for c in json.loads(b)["changes"] if c["kind"] == "product" for d in [c["data"]]]
    db = sqlite3.connect(Path(args.data_dir) / "raw.sqlite")
    db.execute("CREATE TABLE p (uuid TEXT PRIMARY KEY, code TEXT, name TEXT, barcode TEXT, price INTEGER, vat TEXT)")
    t1 = time.perf_counter()
    with db:
        db.executemany("INSERT INTO p VALUES (?, ?, ?, ?, ?, ?)", rows)
    insert = time.perf_counter() - t1
    print(json.dumps({"download_s": download, "executemany_s": insert, "bytes": size, "rows": len(rows)}), flush=True)


def child_follow(args: argparse.Namespace) -> None:
    """Mirror, start the engine, then for each «price P» line report when all changed rows have P."""
    from sqlalchemy import func, select

    from alsep_desktop.store.models import Product

    ctx, engine = _desktop(Path(args.data_dir), args.url, args.register, os.environ["BENCH_CREDENTIAL"],
                           long_poll=20.0, interval=5.0)
    engine.first_mirror(lambda d, t: None, threading.Event())
    changed = threading.Event()
    engine.on_change(lambda status: changed.set())
    engine.start()
    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        cmd = json.loads(line)
        if cmd.get("exit"):
            break
        price, want = cmd["price"], cmd["count"]
        while True:
            with ctx.uow(read_only=True) as w:
                n = w.session.scalar(select(func.count()).select_from(Product).where(Product.price_tiyn == price))
            if n >= want:
                break
            changed.wait(0.05)
            changed.clear()
        print(json.dumps({"done_at": time.time()}), flush=True)
    engine.stop()
    ctx.close()


# -- the cloud side --------------------------------------------------------------------------
def prepare(url: str, big: int, small: int) -> tuple[str, list[tuple[str, str]]]:
    """Company, 4 registers (one big catalog, three small), bound; returns (company, [(register, credential)])."""
    from sqlalchemy import insert

    from alsep_cloud.api.app import build_context
    from alsep_cloud.config import Argon2Params, CloudConfig
    from alsep_cloud.services import auth, org, registers
    from alsep_cloud.services.context import Admin
    from alsep_cloud.services.versioning import lock_company
    from alsep_cloud.store.base import new_id
    from alsep_cloud.store.catalog import Product
    from tests.cloud.support import new_iin_bin

    ctx = build_context(CloudConfig(db_url=url, token_secrets=(SECRET,), device_pepper=PEPPER,
                                    argon2=Argon2Params(time_cost=1, memory_cost=1024, parallelism=1), pool_size=2))
    out = []
    with ctx.sessions() as s:
        company, user = auth.bootstrap(ctx, s, company_name="Bench", iin_bin=new_iin_bin(), email="bench@demo.kz",
                                       password="bench-pass", full_name="Bench Admin")
        admin = Admin(user["id"], company["id"], user["email"])
        tp = org.create_trade_point(ctx, s, admin, {"name": "Bench point"})
        for i, n in enumerate((big, small, small, small)):
            reg = registers.create_register(ctx, s, admin, {"trade_point_id": tp["id"], "name": f"ККМ {i + 1}"})
            cred = registers.bind(ctx, s, admin, reg["id"], f"bench-pc-{i}")[1]
            out.append((reg["id"], cred))
            now = datetime.now(UTC)
            last = lock_company(s, company["id"], n)
            rows = [{"id": new_id(), "company_id": company["id"], "register_id": reg["id"], "code": f"B{k:06d}",
                     "group_code": str(k % 50), "name": f"Товар №{k} «тест» {k * 7919 % 10007}",
                     "barcode": f"2{i}{k:011d}", "price_tiyn": 10_000 + k, "vat_code": "16", "unit": "796",
                     "ntin": None, "marked": False, "editable_price": False, "markup_bp": 0, "discount_bp": 0,
                     "deleted": False, "version": 1, "seq": last - n + 1 + k, "created_at": now, "updated_at": now}
                    for k in range(n)]
            for j in range(0, n, 10_000):
                s.execute(insert(Product.__table__), rows[j:j + 10_000])
            s.commit()
    ctx.engine.dispose()
    return company["id"], out


def change_prices(dsn: str, company: str, registers: list[str], count: int, price: int) -> float:
    """``count`` products of each register get ``price`` in one transaction, numbered like the service does."""
    import psycopg

    with psycopg.connect(dsn) as conn, conn.transaction():
        n = count * len(registers)
        last = conn.execute("UPDATE feed_counter SET last_seq = last_seq + %s WHERE company_id = %s "
                            "RETURNING last_seq", (n, company)).fetchone()[0]
        conn.execute(
            "UPDATE product p SET price_tiyn = %s, version = p.version + 1, seq = %s + t.rn, updated_at = now() "
            "FROM (SELECT id, row_number() OVER (ORDER BY register_id, code) AS rn FROM product "
            "      WHERE register_id = ANY(%s) AND code LIKE 'B%%' AND code < %s) t WHERE p.id = t.id",
            (price, last - n, registers, f"B{count:06d}"))
    return time.time()


def _spawn(mode: str, data_dir: Path, url: str, register: str, credential: str) -> subprocess.Popen[str]:
    env = {**os.environ, "BENCH_CREDENTIAL": credential, "PYTHONPATH": f"{ROOT / 'src'}:{ROOT}"}
    return subprocess.Popen([sys.executable, __file__, "--child", mode, "--data-dir", str(data_dir), "--url", url,
                             "--register", register], env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)


def _line(p: subprocess.Popen[str]) -> dict:
    assert p.stdout is not None
    line = p.stdout.readline()
    if not line:
        raise RuntimeError(f"bench child ended with {p.wait()}")
    return json.loads(line)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--products", type=int, default=100_000)
    ap.add_argument("--rounds", type=int, default=20)
    ap.add_argument("--changed", type=int, default=1000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--child")
    ap.add_argument("--data-dir")
    ap.add_argument("--url")
    ap.add_argument("--register")
    args = ap.parse_args()
    if args.child:
        import logging

        logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
        {"mirror": child_mirror, "raw": child_raw, "follow": child_follow}[args.child](args)
        return

    import httpx

    from tests.cloud.support import free_port
    from tests.support.postgres import PostgresServer

    pg = PostgresServer.start()
    server = None
    followers: list[subprocess.Popen[str]] = []
    try:
        url = pg.create_database()
        dsn = url.replace("postgresql+psycopg://", "postgresql://")
        t0 = time.perf_counter()
        company, regs = prepare(url, args.products, args.changed)
        seed_s = time.perf_counter() - t0
        port = free_port()
        env = {**os.environ, "ALSEP_CLOUD_TOKEN_SECRETS": SECRET, "ALSEP_CLOUD_DEVICE_PEPPER": PEPPER,
               "ALSEP_CLOUD_POOL_SIZE": "10"}
        server = subprocess.Popen([sys.executable, "-m", "alsep_cloud", "--db", url, "--port", str(port),
                                   "--workers", str(args.workers)], env=env, stderr=subprocess.DEVNULL)
        base = f"http://127.0.0.1:{port}"
        for _ in range(300):
            try:
                if httpx.get(base + "/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        with tempfile.TemporaryDirectory() as tmp:
            big, cred = regs[0]
            print(f"seeded in {seed_s:.1f} s", file=sys.stderr, flush=True)
            raw = _line(_spawn("raw", Path(tmp), base, big, cred))
            print(f"raw: {raw}", file=sys.stderr, flush=True)
            mirror_dir = Path(tmp) / "mirror"
            mirror = _line(_spawn("mirror", mirror_dir, base, big, cred))
            assert mirror["products"] >= args.products, mirror
            print(f"mirror: {mirror}", file=sys.stderr, flush=True)
            for i, (reg, cred) in enumerate(regs[1:]):
                p = _spawn("follow", Path(tmp) / f"pc{i}", base, reg, cred)
                followers.append(p)
            for p in followers:
                assert _line(p).get("ready")
            latencies: list[float] = []
            for r in range(args.rounds):
                price = 500_000 + r
                t_commit = change_prices(dsn, company, [reg for reg, _ in regs[1:]], args.changed, price)
                for p in followers:
                    assert p.stdin is not None
                    p.stdin.write(json.dumps({"price": price, "count": args.changed}) + "\n")
                    p.stdin.flush()
                for p in followers:
                    latencies.append(_line(p)["done_at"] - t_commit)
                print(f"round {r}: {latencies[-3:]}", file=sys.stderr, flush=True)
                time.sleep(0.2)
            for p in followers:
                assert p.stdin is not None
                p.stdin.write(json.dumps({"exit": True}) + "\n")
                p.stdin.flush()
                p.wait(30)
        raw_s = raw["download_s"] + raw["executemany_s"]
        p99 = percentile(latencies, 99)
        figures = {
            "cloud_db": "postgresql", "workers": args.workers, "products": args.products, "seed_s": round(seed_s, 1),
            "mirror_s": round(mirror["seconds"], 2), "rss_mb": round(mirror["rss_mb"], 1),
            "raw_s": round(raw_s, 2), "raw_download_s": round(raw["download_s"], 2),
            "raw_executemany_s": round(raw["executemany_s"], 2), "feed_mb": round(raw["bytes"] / 1e6, 1),
            "delta_registers": 3, "delta_changed": args.changed, "delta_rounds": args.rounds,
            "delta_p50_s": round(percentile(latencies, 50), 3), "delta_p99_s": round(p99, 3),
            "delta_max_s": round(max(latencies), 3), "load_average_1m": round(os.getloadavg()[0], 2),
        }
        figures["meets_target"] = bool(mirror["seconds"] < 10 and mirror["rss_mb"] < 300 and p99 < 2)
        emit(figures)
    finally:
        for p in followers:
            if p.poll() is None:
                p.kill()
        if server is not None:
            server.terminate()
            server.wait(15)
        pg.stop()


if __name__ == "__main__":
    main()
