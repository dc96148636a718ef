"""Sales list and dashboard queries on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
from datetime import date, datetime

import pytest

from alsep_desktop.domain.money import Money
from alsep_desktop.errors import PermissionDenied, ValidationError
from alsep_desktop.kernel.clock import ALMATY
from alsep_desktop.services.reports import Period


def _t(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 1, day, hour, minute, tzinfo=ALMATY)


@pytest.fixture
def sales(ctx, env, receipt):
    rid, cid = env.register_id, env.cashier_id
    bread = ("1", "Хлеб", "4870001000012", 250_00, 2000)
    milk = ("2", "Молоко", "4870001000029", 520_00, 1000)
    # 13 Jan, 00:30 Almaty = 12 Jan 19:30 UTC: must count on the 13th
    receipt(rid, _t(13, 0, 30), "sale", [bread], [("cash", 1000_00)], change=500_00, cashier_id=cid)
    receipt(rid, _t(14, 12), "sale", [bread, milk], [("card", 1020_00)], cashier_id=cid)
    receipt(rid, _t(14, 13), "sale", [milk], [("cash", 20_00), ("card", 500_00)], cashier_id=cid)
    receipt(rid, _t(15, 8), "sale_return", [milk], [("cash", 520_00)], cashier_id=cid)
    receipt(rid, _t(15, 9), "purchase", [milk], [("cash", 520_00)], cashier_id=cid)  # not a sale
    receipt(rid, _t(20, 9), "sale", [milk], [("cash", 520_00)], cashier_id=cid)  # outside the period
    return rid


def test_sales_lines_split_cash_and_card_and_show_returns_negative(ctx, env, sales) -> None:
    lines = ctx.reports.sales(env.admin, sales, Period(date(2026, 1, 13), date(2026, 1, 15)))
    assert [(ln.code, ln.total.tiyn) for ln in lines] == [
        ("1", 500_00), ("1", 500_00), ("2", 520_00), ("2", 520_00), ("2", -520_00)]
    first = lines[0]
    assert first.at == _t(13, 0, 30) and first.cashier == "cashier@demo.kz"
    assert (first.cash, first.card) == (Money(500_00), Money(0))
    assert (lines[1].cash, lines[1].card) == (Money(0), Money(500_00))
    assert (lines[3].cash, lines[3].card) == (Money(20_00), Money(500_00))
    ret = lines[4]
    assert ret.is_return and ret.quantity.milli == -1000 and ret.cash == Money(-520_00)
    assert ret.unit_price == Money(-520_00)


def test_dashboard_aggregates_in_sql(ctx, env, sales) -> None:
    d = ctx.reports.dashboard(env.admin, Period(date(2026, 1, 12), date(2026, 1, 15)))
    assert (d.sales_count, d.sales_total) == (3, Money(500_00 + 1020_00 + 520_00))
    assert (d.returns_count, d.returns_total) == (1, Money(520_00))
    assert d.revenue == Money(1520_00)
    assert [(x.day.day, x.revenue.tiyn, x.receipts) for x in d.days] == [
        (12, 0, 0), (13, 500_00, 1), (14, 1540_00, 2), (15, -520_00, 0)]
    # cash: 1000 − 500 change + 20 − 520 returned; card: 1020 + 500
    assert d.payment_mix == {"card": Money(1520_00), "cash": Money(0)}
    top = {t.code: (t.quantity_milli, t.revenue.tiyn) for t in d.top_products}
    assert top == {"1": (4000, 1000_00), "2": (1000, 520_00)}
    assert d.top_products[0].code == "1"
    assert d.average_check == Money(2040_00 // 3)


def test_dashboard_register_filter_and_empty_period(ctx, env, sales) -> None:
    d = ctx.reports.dashboard(env.admin, Period(date(2026, 2, 1), date(2026, 2, 3)), register_id=sales)
    assert d.sales_count == 0 and d.revenue == Money(0) and len(d.days) == 3 and d.top_products == ()


def test_default_period_is_the_last_week(ctx) -> None:
    p = ctx.reports.default_period()
    assert (p.start, p.end) == (date(2026, 1, 9), date(2026, 1, 15))


def test_bad_period_is_refused() -> None:
    with pytest.raises(ValidationError) as e:
        Period(date(2026, 1, 2), date(2026, 1, 1))
    assert e.value.field == "period"


def test_cashier_cannot_read_reports(ctx, env, sales) -> None:
    p = Period(date(2026, 1, 13), date(2026, 1, 15))
    with pytest.raises(PermissionDenied):
        ctx.reports.sales(env.cashier, sales, p)
    with pytest.raises(PermissionDenied):
        ctx.reports.dashboard(env.cashier, p)


def test_csv_exports(ctx, env, sales, tmp_path) -> None:
    p = Period(date(2026, 1, 13), date(2026, 1, 15))
    assert ctx.reports.export_sales(env.admin, sales, p, tmp_path / "s.csv") == 5
    rows = list(csv.reader((tmp_path / "s.csv").open(encoding="utf-8-sig"), delimiter=";"))  # decision 2041
    assert rows[0][:3] == ["Code", "Product", "Price"] and rows[5][2] == "-520,00" and rows[1][4] == "13.01.2026 00:30:00"
    d = ctx.reports.dashboard(env.admin, p)
    ctx.reports.export_dashboard(env.admin, d, tmp_path / "d.csv")
    text = (tmp_path / "d.csv").read_text(encoding="utf-8-sig")
    assert "14.01.2026;1540,00;2" in text and "Revenue;1520,00" in text
