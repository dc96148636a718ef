"""Terminal statement over a month of card operations (issue 15, seed 8.9).

A SQLite store gets N journal rows (default 100,000: a busy shop's month on several terminals;
approved, declined and unknown payments by card and QR, some refunds) in bulk. Measured, through
the admin service as the window calls it: the summary, the statement with the estimated
commission, and the statement written to .xlsx. Baseline in the same run: one plain SQL GROUP BY
of the same approved rows by day, terminal, kind and method (what a hand-written report would
read), which also checks the statement's total.
Usage: python bench/terminal_statement.py [--operations N]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import emit, peak_rss_mb  # noqa: E402
from sqlalchemy import func, insert, select  # noqa: E402

from alsep_desktop.app.bootstrap import build_context  # noqa: E402
from alsep_desktop.app.config import AppConfig  # noqa: E402
from alsep_desktop.app.demo import ADMIN, ensure_demo  # noqa: E402
from alsep_desktop.kernel.clock import ALMATY, FakeClock  # noqa: E402
from alsep_desktop.services.reports import Period  # noqa: E402
from alsep_desktop.services.terminal.reports import Scope, TerminalReportService  # noqa: E402
from alsep_desktop.store.models.terminal import TerminalOperationRow as T  # noqa: E402
from tests.conftest import FAST_ARGON2  # noqa: E402

START = datetime(2026, 1, 1, 9, 0, tzinfo=ALMATY)


def fill(ctx, register_id: int, n: int) -> None:  # noqa: ANN001
    rnd = random.Random(15)
    rows = []
    for i in range(n):
        at = START + timedelta(seconds=i * (30 * 86400 // n))
        state = rnd.choices(["success", "fail", "unknown"], [90, 8, 2])[0]
        kind = "refund" if rnd.random() < 0.03 else "payment"
        rows.append({"id": str(uuid.UUID(int=rnd.getrandbits(128))), "reference": str(i), "kind": kind,
                     "amount_tiyn": rnd.randrange(100, 5_000_000, 100), "vendor": "kaspi", "state": state,
                     "sub_status": "", "message": "", "actualize_count": 0, "acknowledged": True,
                     "method": rnd.choice(["card", "qr"]), "transaction_id": f"{i:012d}",
                     "terminal_id": f"POS{10000 + i % 4}", "started_at": at, "updated_at": at,
                     "register_id": register_id, "fiscalized": True, "terminal_only": False})
    with ctx.engine.begin() as conn:
        for k in range(0, n, 10_000):
            conn.execute(insert(T), rows[k:k + 10_000])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--operations", type=int, default=100_000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        ctx = build_context(AppConfig(data_dir=Path(tmp) / "data", db_url=f"sqlite:///{tmp}/store.sqlite",
                                      argon2=FAST_ARGON2), clock=FakeClock(datetime(2026, 1, 31, 20, 0, tzinfo=ALMATY)))
        ids = ensure_demo(ctx)
        admin = ctx.auth.login(*ADMIN)
        fill(ctx, ids.register_id, args.operations)
        service = TerminalReportService(ctx.uow, ctx.clock)
        period = Period(date(2026, 1, 1), date(2026, 1, 31))

        t0 = time.perf_counter()
        lo, hi = period.utc_bounds
        with ctx.engine.connect() as conn:
            day = func.date(T.started_at, "+5 hours")  # Almaty is UTC+5 all year
            baseline = conn.execute(
                select(day, T.terminal_id, T.kind, T.method, func.count(), func.sum(T.amount_tiyn))
                .where(T.started_at >= lo, T.started_at < hi, T.state == "success")
                .group_by(day, T.terminal_id, T.kind, T.method)).all()
        baseline_s = time.perf_counter() - t0

        t0 = time.perf_counter()
        summary = service.summary(admin, period, Scope("all"))
        summary_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        statement = service.statement(admin, period, Scope("all"))
        statement_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        service.export_statement(admin, period, Scope("all"), Path(tmp) / "statement.xlsx")
        xlsx_s = time.perf_counter() - t0
        ctx.close()

    net = sum(-s if k == "refund" else s for _d, _t, k, _m, _c, s in baseline)
    assert statement.amount.tiyn == net == summary.net.tiyn, (statement.amount, net, summary.net)
    assert len(statement.rows) == len(baseline)
    print(f"operations {args.operations}, statement lines {len(statement.rows)}")
    print(f"baseline SQL GROUP BY {baseline_s * 1000:.0f} ms; summary {summary_s * 1000:.0f} ms; "
          f"statement {statement_s * 1000:.0f} ms; .xlsx {xlsx_s * 1000:.0f} ms")
    emit({"operations": args.operations, "lines": len(statement.rows), "baseline_sql_s": round(baseline_s, 3),
          "summary_s": round(summary_s, 3), "statement_s": round(statement_s, 3), "xlsx_s": round(xlsx_s, 3),
          "rss_mb": round(peak_rss_mb(), 1)})


if __name__ == "__main__":
    main()
