"""The database's summary and statement (GROUP BY, fee rounded per payment in SQL) equal the same
figures computed one record at a time in Python (what the cloud path uses), on SQLite and
PostgreSQL, for random operations around day boundaries."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from alsep_desktop.kernel.clock import ALMATY
from alsep_desktop.services.reports import Period
from alsep_desktop.services.terminal.figures import CommissionRates, build_statement, summarize
from alsep_desktop.services.terminal.registry import TerminalEntry
from alsep_desktop.services.terminal.reports import Scope


def test_sql_and_python_agree(env, operation) -> None:
    rnd = random.Random(8)
    start = datetime(2026, 1, 13, 23, 0, tzinfo=ALMATY)
    for _ in range(150):
        operation(at=start + timedelta(minutes=rnd.randrange(0, 3 * 24 * 60)), amount_tiyn=rnd.randrange(1, 10**9),
                  register_id=env.register_id, method=rnd.choice(["card", "qr", None]),
                  state=rnd.choice(["success", "success", "fail", "wait", "lost"]),
                  kind=rnd.choice(["payment", "payment", "refund"]),
                  terminal_id=rnd.choice(["POS1", "POS2", None]))
    env.registry.create(env.admin, TerminalEntry("SN-1", register_id=env.register_id))
    env.reports.save_rates(env.admin, CommissionRates(card_bp=187, qr_bp=95))
    period = Period(date(2026, 1, 14), date(2026, 1, 15))
    for scope in (Scope("all"), Scope.terminal(env.registry.terminals(env.admin)[0].id)):
        records = env.reports.transactions(env.admin, period, scope)
        assert 50 < len(records) < 150  # the edges of the period cut some off
        assert env.reports.summary(env.admin, period, scope) == summarize(records)
        sql = env.reports.statement(env.admin, period, scope)
        python = build_statement(records, sql.rates, period.start, period.end, sql.scope)
        assert sql == python
        assert {r.terminal for r in sql.rows} <= {"POS1", "POS2", "SN-1"}

