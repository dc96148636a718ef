"""Cloud upload load: 200 simulated registers, each uploading one receipt a second for 30 s
(issue 14 targets: p99 < 250 ms, 0 lost, 0 duplicated).

A throw-away PostgreSQL is started as the tests do (tests/support/postgres.py: fsync off),
the service runs as two uvicorn worker processes (``alsep-cloud --workers 2``), and the
registers are asyncio tasks of this one process, each with its own device credential. About
2 % of the uploads are sent twice (an answer "lost" on the way back), so idempotency is under
load too. ``lost`` and ``duplicated`` are counted from the database afterwards: receipts the
registers sent that are missing, and receipts stored more than once (same register, shift and
number). ``raw_insert_per_s`` is the same receipts written by plain psycopg INSERTs (one
transaction each, one connection), measured in the same run.

Usage: python bench/cloud_load.py [--registers 200] [--seconds 30] [--workers 2]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import subprocess
import sys
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import httpx  # noqa: E402
import psycopg  # noqa: E402
from _common import emit, percentile  # noqa: E402

from alsep_cloud.api.app import build_context  # noqa: E402
from alsep_cloud.config import Argon2Params, CloudConfig  # noqa: E402
from alsep_cloud.services import auth, org, registers  # noqa: E402
from alsep_cloud.services.context import Admin  # noqa: E402
from tests.cloud.support import free_port, new_iin_bin  # noqa: E402
from tests.support.postgres import PostgresServer  # noqa: E402

SECRET, PEPPER = "bench-token-secret-0123456789", "bench-pepper"


def _cpu_seconds(root_pids: set[int]) -> float:
    """User+system CPU of these processes and all their descendants (from /proc)."""
    tick = os.sysconf("SC_CLK_TCK")
    stats: dict[int, tuple[int, float]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            stats[int(entry)] = (int(fields[1]), (int(fields[11]) + int(fields[12])) / tick)
    total, frontier, seen = 0.0, set(root_pids), set()
    while frontier:
        pid = frontier.pop()
        if pid in seen or pid not in stats:
            continue
        seen.add(pid)
        total += stats[pid][1]
        frontier |= {child for child, (ppid, _) in stats.items() if ppid == pid}
    return total


def receipt_body(register: int, n: int) -> dict:
    total = 10_000 + (register * 7 + n * 13) % 90_000
    return {
        "key": str(uuid.uuid4()), "operation": "sale", "number": n, "shift_key": f"shift-{register}",
        "shift_number": 1, "created_at": datetime.now(UTC).isoformat(), "total_tiyn": total, "cashier": "bench@demo.kz",
        "lines": [
            {"position": 1, "code": "1", "name": "Молоко 1 л", "barcode": "4870001000011", "unit_price_tiyn": 5_000,
             "quantity_milli": 2000, "total_tiyn": 10_000, "vat_code": "16", "vat_tiyn": 1_379},
            {"position": 2, "code": "2", "name": "Хлеб", "unit_price_tiyn": total - 10_000, "quantity_milli": 1000,
             "total_tiyn": total - 10_000, "vat_code": "none"},
        ],
        "payments": [{"kind": "cash", "amount_tiyn": total}],
    }


def prepare(url: str, count: int) -> list[str]:
    cfg = CloudConfig(db_url=url, token_secrets=(SECRET,), device_pepper=PEPPER,
                      argon2=Argon2Params(time_cost=1, memory_cost=1024, parallelism=1), pool_size=2)
    ctx = build_context(cfg)
    with ctx.sessions() as s:
        company, user = auth.bootstrap(ctx, s, company_name="Bench", iin_bin=new_iin_bin(), email="bench@demo.kz",
                                       password="bench-pass", full_name="Bench Admin")
        admin = Admin(user["id"], company["id"], user["email"])
        tp = org.create_trade_point(ctx, s, admin, {"name": "Bench point"})
        credentials = []
        for i in range(count):
            reg = registers.create_register(ctx, s, admin, {"trade_point_id": tp["id"], "name": f"ККМ {i + 1}"})
            credentials.append(registers.bind(ctx, s, admin, reg["id"], f"bench-pc-{i}")[1])
    ctx.engine.dispose()
    return credentials


def raw_inserts(dsn: str, count: int) -> float:
    """The same receipts as plain INSERTs: header, lines, payment; one transaction each."""
    with psycopg.connect(dsn) as conn:
        conn.execute("CREATE TABLE raw_receipt (id bigserial PRIMARY KEY, key text UNIQUE, total bigint, "
                     "created_at timestamptz, raw jsonb)")
        conn.execute("CREATE TABLE raw_line (id bigserial PRIMARY KEY, receipt_id bigint, position int, name text, "
                     "total bigint)")
        conn.execute("CREATE TABLE raw_payment (id bigserial PRIMARY KEY, receipt_id bigint, kind text, amount bigint)")
        conn.commit()
        bodies = [receipt_body(0, n) for n in range(count)]
        t0 = time.perf_counter()
        for body in bodies:
            with conn.transaction(), conn.cursor() as cur:
                cur.execute("INSERT INTO raw_receipt (key, total, created_at, raw) VALUES (%s, %s, %s, %s) "
                            "RETURNING id", (body["key"], body["total_tiyn"], body["created_at"],
                                             psycopg.types.json.Jsonb(body)))
                rid = cur.fetchone()[0]
                cur.executemany("INSERT INTO raw_line (receipt_id, position, name, total) VALUES (%s, %s, %s, %s)",
                                [(rid, ln["position"], ln["name"], ln["total_tiyn"]) for ln in body["lines"]])
                cur.execute("INSERT INTO raw_payment (receipt_id, kind, amount) VALUES (%s, %s, %s)",
                            (rid, "cash", body["total_tiyn"]))
        return count / (time.perf_counter() - t0)


class Http11:
    """A lean HTTP/1.1 keep-alive client on asyncio streams: the load generator must leave
    the two cores to the server and PostgreSQL (httpx costs about 1 ms of CPU a request)."""

    def __init__(self, port: int, credential: str) -> None:
        self.port = port
        self.head = (f"Host: 127.0.0.1:{port}\r\nAuthorization: Bearer {credential}\r\n"
                     "Content-Type: application/json\r\n").encode()
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def post(self, path: str, body: bytes) -> int:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port)
        assert self.reader is not None
        try:
            self.writer.write(b"POST " + path.encode() + b" HTTP/1.1\r\n" + self.head
                              + b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)
            head = await self.reader.readuntil(b"\r\n\r\n")
            status = int(head[9:12])
            length = 0
            for line in head.split(b"\r\n"):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":", 1)[1])
            await self.reader.readexactly(length)
            return status
        except (OSError, asyncio.IncompleteReadError, ValueError):
            await self.close()
            raise

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            self.writer = None


async def register_task(port: int, credential: str, index: int, seconds: int, start: float,
                        latencies: list[float], sent: list[tuple[str, int]], stats: dict[str, int]) -> None:
    rnd = random.Random(index)
    offset = rnd.random()  # registers spread over the second
    client = Http11(port, credential)
    for n in range(1, seconds + 1):
        delay = start + offset + (n - 1) - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        key_body = receipt_body(index, n)
        body = json.dumps(key_body).encode()
        sends = 2 if rnd.random() < 0.02 else 1  # the first answer "lost": the register retries
        done = 0
        for _ in range(sends + 5):
            t0 = time.perf_counter()
            try:
                code = await asyncio.wait_for(client.post("/uploads/receipts", body), 30)
            except (OSError, asyncio.IncompleteReadError, ValueError, TimeoutError):
                stats["errors"] += 1
                await asyncio.sleep(0.2)
                continue
            latencies.append(time.perf_counter() - t0)
            if code not in (200, 201):
                stats["errors"] += 1
                await asyncio.sleep(0.2)
                continue
            stats["created" if code == 201 else "retried"] += 1
            done += 1
            if done >= sends:
                break
        sent.append((key_body["key"], index))
    await client.close()


async def load(port: int, credentials: list[str], seconds: int) -> tuple[list[float], list, dict, float]:
    latencies: list[float] = []
    sent: list[tuple[str, int]] = []
    stats = {"created": 0, "retried": 0, "errors": 0}
    start = time.perf_counter() + 0.5
    await asyncio.gather(*(register_task(port, c, i, seconds, start, latencies, sent, stats)
                           for i, c in enumerate(credentials)))
    return latencies, sent, stats, time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--registers", type=int, default=200)
    ap.add_argument("--seconds", type=int, default=30)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--no-gc-freeze", action="store_true",
                    help="run the service without freezing its start-up objects (the figure before decision 1414)")
    args = ap.parse_args()
    pg = PostgresServer.start()
    server = None
    try:
        url = pg.create_database()
        dsn = url.replace("postgresql+psycopg://", "postgresql://")
        raw_per_s = raw_inserts(dsn, 2000)
        credentials = prepare(url, args.registers)
        port = free_port()
        env = {**os.environ, "ALSEP_CLOUD_TOKEN_SECRETS": SECRET, "ALSEP_CLOUD_DEVICE_PEPPER": PEPPER,
               "ALSEP_CLOUD_POOL_SIZE": "10", "ALSEP_CLOUD_GC_FREEZE": "0" if args.no_gc_freeze else "1"}
        server = subprocess.Popen([sys.executable, "-m", "alsep_cloud", "--db", url, "--port", str(port),
                                   "--workers", str(args.workers)], env=env)
        base = f"http://127.0.0.1:{port}"
        for _ in range(300):
            try:
                if httpx.get(base + "/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        postmaster = int(Path(pg.datadir, "postmaster.pid").read_text().split()[0])
        cpu0 = (_cpu_seconds({server.pid}), _cpu_seconds({postmaster}), time.process_time())
        latencies, sent, stats, elapsed = asyncio.run(load(port, credentials, args.seconds))
        cpu1 = (_cpu_seconds({server.pid}), _cpu_seconds({postmaster}), time.process_time())
        with psycopg.connect(dsn) as conn:
            stored = {row[0] for row in conn.execute("SELECT key FROM receipt")}
            duplicated = conn.execute(
                "SELECT coalesce(sum(n - 1), 0) FROM (SELECT count(*) AS n FROM receipt "
                "GROUP BY register_id, shift_key, number) AS t").fetchone()[0]
            rows = conn.execute("SELECT count(*) FROM receipt").fetchone()[0]
        lost = sum(1 for key, _ in sent if key not in stored)
        p99 = percentile(latencies, 99) * 1000
        figures = {
            "registers": args.registers, "seconds": args.seconds, "workers": args.workers,
            "gc_freeze": not args.no_gc_freeze,
            "uploads": len(sent), "stored": rows, "retries_sent": stats["retried"], "errors": stats["errors"],
            "uploads_per_s": round(stats["created"] / elapsed, 1),
            "p50_ms": round(percentile(latencies, 50) * 1000, 1), "p99_ms": round(p99, 1),
            "max_ms": round(max(latencies) * 1000, 1), "lost": lost, "duplicated": int(duplicated),
            "raw_insert_per_s": round(raw_per_s, 1), "postgres_fsync": False,
            # CPU per stored upload: the service's workers, PostgreSQL, this load generator
            "cpu_ms_per_upload": {name: round((b - a) * 1000 / max(1, stats["created"]), 2)
                                  for name, a, b in zip(("service", "postgres", "client"), cpu0, cpu1, strict=True)},
            "load_average_1m": round(os.getloadavg()[0], 2),
        }
        figures["meets_target"] = bool(p99 < 250 and lost == 0 and duplicated == 0
                                       and len(sent) == args.registers * args.seconds)
        emit(figures)
    finally:
        if server is not None:
            server.terminate()
            server.wait(15)
        pg.stop()


if __name__ == "__main__":
    main()
