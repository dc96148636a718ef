"""Hostile catalog files are refused fast and in bounded memory (issue 12 target: < 10 s, < 300 MB).

Two files go through the real import service (``import_catalog_file``) on a demo store:

* ``bad_rows``: a CSV with 2,000,000 rows, every one of them wrong (~90 MB);
* ``wide``: a CSV whose header has 1,000,000 columns, then one row.

Each is imported in a child process of its own, so ``rss_mb`` is that import's peak RSS (the
interpreter and the app included). Baseline in the same run: reading the same file line by line
in raw binary (``raw_read_seconds``), which is what any import that looked at every row would
cost at least. The catalog must be unchanged after each refusal.

Usage: python bench/catalog_hostile.py [--rows N] [--columns N]
Last line: one JSON object with the worst ``seconds``, ``rss_mb``, ``errors_kept`` and per file.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import emit, peak_rss_mb  # noqa: E402

TARGET_SECONDS = 10
TARGET_RSS_MB = 300
HEADER = "Код;Код группы;Штрихкод;Наименование;Цена;Скидка;НДС"


def write_bad_rows(path: Path, rows: int) -> None:
    with open(path, "w", encoding="cp1251", newline="") as f:
        f.write(HEADER + "\r\n")
        chunk: list[str] = []
        for i in range(1, rows + 1):
            chunk.append(f"{i};1;12A{i % 10};Товар №{i};не цена;200;18\r\n")
            if len(chunk) == 10_000:
                f.write("".join(chunk))
                chunk.clear()
        f.write("".join(chunk))


def write_wide(path: Path, columns: int) -> None:
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(",".join(f"c{i}" for i in range(columns)) + "\r\n")
        f.write(",".join("1" for _ in range(columns)) + "\r\n")


def raw_read_seconds(path: Path) -> float:
    t0 = time.perf_counter()
    with open(path, "rb") as f:
        for _ in f:
            pass
    return time.perf_counter() - t0


def child(path: Path) -> None:
    """Import ``path`` into a fresh demo store; print one JSON line with what happened."""
    from alsep_desktop.app.bootstrap import build_context
    from alsep_desktop.app.config import AppConfig, Argon2Settings
    from alsep_desktop.app.demo import ADMIN, ensure_demo
    from alsep_desktop.exchange.rows import ImportFailed, IssueCode
    from alsep_desktop.services.exchange import import_catalog_file

    with tempfile.TemporaryDirectory(prefix="alsep-hostile-") as tmp:
        ctx = build_context(AppConfig(data_dir=Path(tmp),
                                      argon2=Argon2Settings(time_cost=1, memory_cost=1024, parallelism=1)))
        ids = ensure_demo(ctx)
        admin = ctx.auth.login(*ADMIN)
        before = sorted(p.uuid for p in ctx.catalog.list_products(ids.register_id))
        t0 = time.perf_counter()
        try:
            import_catalog_file(ctx, admin, ids.register_id, path)
            refused, issues = False, []
        except ImportFailed as exc:
            refused, issues = True, list(exc.issues)
        seconds = time.perf_counter() - t0
        rss = peak_rss_mb()
        intact = sorted(p.uuid for p in ctx.catalog.list_products(ids.register_id)) == before
        ctx.close()
    errors = [i for i in issues if i.code != IssueCode.TOO_MANY_ERRORS]
    print(json.dumps({
        "refused": refused, "seconds": round(seconds, 3), "rss_mb": round(rss, 1), "errors_kept": len(errors),
        "too_many_errors": any(i.code == IssueCode.TOO_MANY_ERRORS for i in issues),
        "last_issue": issues[-1].code if issues else None, "catalog_intact": intact,
    }), flush=True)


def run_child(path: Path) -> dict:
    proc = subprocess.run([sys.executable, __file__, "--child", str(path)], capture_output=True, text=True,
                          timeout=600)
    if proc.returncode != 0:
        raise SystemExit(f"child failed on {path.name}:\n{proc.stderr}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=2_000_000)
    ap.add_argument("--columns", type=int, default=1_000_000)
    ap.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child)
        return
    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix="alsep-bench-") as tmp:
        files = {"bad_rows": Path(tmp) / "bad_rows.csv", "wide": Path(tmp) / "wide.csv"}
        write_bad_rows(files["bad_rows"], args.rows)
        write_wide(files["wide"], args.columns)
        for name, path in files.items():
            figures = run_child(path)
            figures["file_mb"] = round(path.stat().st_size / 2**20, 1)
            figures["raw_read_seconds"] = round(raw_read_seconds(path), 3)
            results[name] = figures
            print(f"{name}: {path.stat().st_size / 2**20:.0f} MB refused={figures['refused']} in "
                  f"{figures['seconds']:.2f} s, peak RSS {figures['rss_mb']:.0f} MB, {figures['errors_kept']} errors "
                  f"kept, last {figures['last_issue']}, catalog intact={figures['catalog_intact']} "
                  f"(raw line read {figures['raw_read_seconds']:.2f} s)", flush=True)
    seconds = max(r["seconds"] for r in results.values())
    rss = max(r["rss_mb"] for r in results.values())
    kept = max(r["errors_kept"] for r in results.values())
    ok = all(r["refused"] and r["catalog_intact"] for r in results.values())
    emit({"seconds": seconds, "rss_mb": rss, "errors_kept": kept, "files": results,
          "target_seconds": TARGET_SECONDS, "target_rss_mb": TARGET_RSS_MB,
          "meets_target": ok and seconds < TARGET_SECONDS and rss < TARGET_RSS_MB and kept <= 1000})


if __name__ == "__main__":
    main()
