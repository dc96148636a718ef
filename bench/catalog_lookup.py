"""Barcode lookup through the catalog service on a 1,000,000-product catalog.

Baseline in the same run: a raw ``sqlite3`` indexed lookup on the same file.
Target (issue 2): service p99 < 1 ms and ≤ 1.5 × the raw p99.
Usage: python bench/catalog_lookup.py [--products N] [--lookups N]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import emit, percentile  # noqa: E402

from alsep_desktop.app.bootstrap import build_context  # noqa: E402
from alsep_desktop.app.config import AppConfig, Argon2Settings  # noqa: E402
from alsep_desktop.app.demo import ensure_demo  # noqa: E402

RAW_SQL = "SELECT uuid, code, group_code, name, barcode, price_tiyn, vat_code, markup_bp, discount_bp, " \
          "editable_price, unit FROM product WHERE register_id = ? AND barcode = ?"


def build_catalog(db: Path, register_id: int, n: int) -> list[str]:
    """Insert n products straight through sqlite3 (set-up only, not measured)."""
    now = datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ")
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA synchronous=OFF")
    barcodes = []
    batch = []
    for i in range(n):
        bc = f"{2100000000000 + i:013d}"
        barcodes.append(bc)
        name = f"Товар {i}"
        batch.append((f"{i:08x}-0000-4000-8000-{i:012x}", register_id, f"B{i}", str(i % 100), name, name.casefold(),
                      bc, 100 + i % 100000, 0, 0, "16", 0, "796", now, now))
        if len(batch) == 50_000:
            conn.executemany(
                "INSERT INTO product (uuid, register_id, code, group_code, name, name_search, barcode, price_tiyn, "
                "markup_bp, discount_bp, vat_code, editable_price, unit, created_at, updated_at) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", batch)
            batch.clear()
    if batch:
        conn.executemany(
            "INSERT INTO product (uuid, register_id, code, group_code, name, name_search, barcode, price_tiyn, "
            "markup_bp, discount_bp, vat_code, editable_price, unit, created_at, updated_at) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", batch)
    conn.commit()
    conn.execute("ANALYZE")
    conn.close()
    return barcodes


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--products", type=int, default=1_000_000)
    ap.add_argument("--lookups", type=int, default=50_000)
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="alsep-bench-") as tmp:
        cfg = AppConfig(data_dir=Path(tmp), argon2=Argon2Settings(time_cost=1, memory_cost=1024, parallelism=1))
        ctx = build_context(cfg)
        register_id = ensure_demo(ctx).register_id
        db = Path(tmp) / "alsep.sqlite"
        t0 = time.perf_counter()
        barcodes = build_catalog(db, register_id, args.products)
        build_s = time.perf_counter() - t0
        print(f"built {args.products} products in {build_s:.1f} s", flush=True)

        raw = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        rng = random.Random(42)
        probes = [rng.choice(barcodes) for _ in range(args.lookups)]
        find = ctx.catalog.find_by_barcode
        # warm both paths (page cache, statement caches)
        for bc in probes[:2000]:
            raw.execute(RAW_SQL, (register_id, bc)).fetchone()
            find(register_id, bc)
        service_ms: list[float] = []
        raw_ms: list[float] = []
        clock = time.perf_counter_ns
        for bc in probes:  # interleaved, so both see the same cache state
            t = clock()
            row = raw.execute(RAW_SQL, (register_id, bc)).fetchone()
            raw_ms.append((clock() - t) / 1e6)
            t = clock()
            product = find(register_id, bc)
            service_ms.append((clock() - t) / 1e6)
            if product is None or row is None or product.barcode != bc:
                raise SystemExit(f"lookup of {bc} failed")
        ctx.close()
        p50, p99 = percentile(service_ms, 50), percentile(service_ms, 99)
        raw_p50, raw_p99 = percentile(raw_ms, 50), percentile(raw_ms, 99)
        print(f"service p50 {p50 * 1000:.1f} µs p99 {p99 * 1000:.1f} µs; raw p50 {raw_p50 * 1000:.1f} µs "
              f"p99 {raw_p99 * 1000:.1f} µs", flush=True)
        emit({
            "products": args.products, "lookups": args.lookups,
            "p50_ms": round(p50, 4), "p99_ms": round(p99, 4),
            "raw_p50_ms": round(raw_p50, 4), "raw_p99_ms": round(raw_p99, 4),
            "ratio": round(p99 / raw_p99, 3), "target_p99_ms": 1.0, "target_ratio": 1.5,
            "meets_target": p99 < 1.0 and p99 / raw_p99 <= 1.5,
        })


if __name__ == "__main__":
    main()
