"""CSV import of 100,000 products into a register (issue 7 target: < 5 s, < 300 MB peak RSS).

Baseline in the same run: a raw ``sqlite3`` executemany of the same rows into the same table.
Usage: python bench/catalog_import.py [--rows N]
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import emit, peak_rss_mb  # noqa: E402

from alsep_desktop.app.bootstrap import build_context  # noqa: E402
from alsep_desktop.app.config import AppConfig, Argon2Settings  # noqa: E402
from alsep_desktop.app.demo import ADMIN, ensure_demo  # noqa: E402
from alsep_desktop.exchange.sample import sample_rows, write_sample_csv  # noqa: E402
from alsep_desktop.services.exchange import import_catalog_file  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=100_000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="alsep-bench-") as tmp:
        cfg = AppConfig(data_dir=Path(tmp), argon2=Argon2Settings(time_cost=1, memory_cost=1024, parallelism=1))
        ctx = build_context(cfg)
        ids = ensure_demo(ctx)
        admin = ctx.auth.login(*ADMIN)
        csv_path = Path(tmp) / "catalog.csv"
        write_sample_csv(csv_path, args.rows)
        rss_before = peak_rss_mb()

        t0 = time.perf_counter()
        n = import_catalog_file(ctx, admin, ids.register_id, csv_path).value
        seconds = time.perf_counter() - t0
        rss = peak_rss_mb()
        assert n == args.rows, n

        # baseline: the same rows, already parsed, through raw executemany on a copy of the table
        now = datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ")
        raw_rows = [
            (f"raw-{i}", ids.register_id + 1000, r.code, r.group_code, r.name, r.name.casefold(), r.barcode or None,
             r.price.tiyn, r.markup_bp, r.discount_bp, r.vat, int(r.editable_price), r.unit.value, now, now)
            for i, r in enumerate(sample_rows(args.rows))
        ]
        conn = sqlite3.connect(Path(tmp) / "alsep.sqlite")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=OFF")
        t0 = time.perf_counter()
        conn.executemany(
            "INSERT INTO product (uuid, register_id, code, group_code, name, name_search, barcode, price_tiyn, "
            "markup_bp, discount_bp, vat_code, editable_price, unit, created_at, updated_at) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", raw_rows)
        conn.commit()
        raw_seconds = time.perf_counter() - t0
        conn.close()
        ctx.close()
        print(f"import {n} rows: {seconds:.2f} s, peak RSS {rss:.0f} MB (before {rss_before:.0f} MB); "
              f"raw executemany {raw_seconds:.2f} s", flush=True)
        emit({"rows": n, "seconds": round(seconds, 3), "rss_mb": round(rss, 1), "raw_seconds": round(raw_seconds, 3),
              "target_seconds": 5, "target_rss_mb": 300, "meets_target": seconds < 5 and rss < 300})


if __name__ == "__main__":
    main()
