"""Transaction list, summary and statement of the terminal journal (seed 8.9), per terminal and for
all terminals, from journal rows written through the journal repository; the statement written to
.xlsx and read back with openpyxl; admins only."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from alsep_desktop.app.demo import CASHIER_NAME
from alsep_desktop.domain.money import Money
from alsep_desktop.errors import PermissionDenied, ValidationError
from alsep_desktop.kernel.clock import ALMATY
from alsep_desktop.services.reports import Period
from alsep_desktop.services.terminal.figures import CommissionRates
from alsep_desktop.services.terminal.registry import TerminalEntry
from alsep_desktop.services.terminal.reports import ExportCancelled, ExportWriteFailed, Scope

PERIOD = Period(date(2026, 1, 14), date(2026, 1, 15))


def _at(day: int, hour: int, minute: int = 0, second: int = 0) -> datetime:
    return datetime(2026, 1, day, hour, minute, second, tzinfo=ALMATY)


@pytest.fixture
def journal(env, operation):
    """Two registers with a terminal each; operations of every kind, method and state."""
    with env.ctx.uow(read_only=True) as uow:
        tp_id = uow.org.trade_points(env.company_id)[0].id
    second = env.ctx.org.create_register(env.admin, tp_id, "ККМ №2").value
    c = env.cashier_id
    operation(at=_at(14, 0, 0, 0), amount_tiyn=10_100, register_id=env.register_id, cashier_id=c, fiscalized=True)
    operation(at=_at(14, 11), amount_tiyn=40_001_000, register_id=env.register_id, method="qr", cashier_id=c)
    operation(at=_at(14, 12), amount_tiyn=50_000, register_id=env.register_id, state="fail", terminal_id=None)
    operation(at=_at(14, 13), amount_tiyn=5_000, register_id=env.register_id, kind="refund", original="RRN1")
    operation(at=_at(15, 8), amount_tiyn=70_000, register_id=env.register_id, state="unknown", terminal_id=None)
    operation(at=_at(15, 23, 59, 59), amount_tiyn=1_900, register_id=env.register_id, method="qr")
    operation(at=_at(13, 23, 59, 59), amount_tiyn=99_900, register_id=env.register_id)  # the day before
    operation(at=_at(16, 0, 0, 0), amount_tiyn=88_800, register_id=env.register_id)  # the day after
    operation(at=_at(14, 15), amount_tiyn=100_000, register_id=second, terminal_id="POS10041")
    first = env.registry.create(env.admin, TerminalEntry("00021699584", "Kaspi Smart POS", tp_id, env.register_id)).value
    other = env.registry.create(env.admin, TerminalEntry("00021699585", "Kaspi Smart POS", tp_id, second)).value
    loose = env.registry.create(env.admin, TerminalEntry("00021699586", "A90", tp_id, None)).value
    return {"first": first, "second": second, "other": other, "loose": loose}


def test_transaction_list_of_the_period(env, journal) -> None:
    records = env.reports.transactions(env.admin, PERIOD)
    assert [r.amount.tiyn for r in records] == [10_100, 40_001_000, 50_000, 5_000, 100_000, 70_000, 1_900]
    first = records[0]
    assert first.at == _at(14, 0) and first.at.tzinfo is not None
    assert first.cashier == CASHIER_NAME and first.register == "ККМ №1" and first.fiscalized
    assert first.terminal == "POS10344" and first.method == "card" and first.status == "approved"
    assert records[3].signed == Money(-5_000) and records[2].status == "declined" and records[5].status == "pending"
    assert records[2].terminal == "00021699584"  # no slip: the registry's serial of its register
    # one terminal: its register's operations; a failed one without a slip shows the registry's serial
    mine = env.reports.transactions(env.admin, PERIOD, Scope.terminal(journal["first"]))
    assert len(mine) == 6 and {r.register for r in mine} == {"ККМ №1"}
    assert mine[2].terminal == "00021699584"
    theirs = env.reports.transactions(env.admin, PERIOD, Scope.terminal(journal["other"]))
    assert [r.amount.tiyn for r in theirs] == [100_000]


def test_summary_by_method_and_status(env, journal) -> None:
    s = env.reports.summary(env.admin, PERIOD)
    got = {(r.kind, r.method, r.status): (r.count, r.amount.tiyn) for r in s.rows}
    assert got == {
        ("payment", "card", "approved"): (2, 110_100),
        ("payment", "card", "declined"): (1, 50_000),
        ("payment", "card", "pending"): (1, 70_000),
        ("payment", "qr", "approved"): (2, 40_002_900),
        ("refund", "card", "approved"): (1, -5_000),
    }
    assert s.count == 7 and s.approved_payments == Money(40_113_000) and s.approved_refunds == Money(5_000)
    assert s.net == Money(40_108_000)
    assert [(r.kind, r.method, r.status) for r in s.rows][:3] == [
        ("payment", "card", "approved"), ("payment", "card", "declined"), ("payment", "card", "pending")]


def test_statement_with_estimated_commission(env, journal) -> None:
    st = env.reports.statement(env.admin, PERIOD)
    assert st.rates == CommissionRates(230, 129)  # decision 0710's defaults
    rows = [(r.day, r.terminal, r.kind, r.method, r.count, r.amount.tiyn, r.commission.tiyn, r.credited.tiyn)
            for r in st.rows]
    assert rows == [
        (date(2026, 1, 14), "POS10041", "payment", "card", 1, 100_000, -2_300, 97_700),
        (date(2026, 1, 14), "POS10344", "payment", "card", 1, 10_100, -232, 9_868),  # 232.3 → 232
        (date(2026, 1, 14), "POS10344", "payment", "qr", 1, 40_001_000, -516_013, 39_484_987),  # 516 012.9 → 516 013
        (date(2026, 1, 14), "POS10344", "refund", "card", 1, -5_000, 0, -5_000),
        (date(2026, 1, 15), "POS10344", "payment", "qr", 1, 1_900, -25, 1_875),  # 24.51 → 25: the seed's 19.00 → -0.25
    ]
    assert (st.count, st.amount.tiyn, st.commission.tiyn, st.credited.tiyn) == (5, 40_108_000, -518_570, 39_589_430)

    env.reports.save_rates(env.admin, CommissionRates(card_bp=129, qr_bp=95))
    again = env.reports.statement(env.admin, PERIOD, Scope.terminal(journal["first"]))
    assert again.scope == "00021699584" and again.rates == CommissionRates(129, 95)
    assert [r.commission.tiyn for r in again.rows] == [-130, -380_010, 0, -18]


def test_statement_xlsx_read_back(env, journal, tmp_path) -> None:
    path = tmp_path / "выписка.xlsx"
    st = env.reports.export_statement(env.admin, PERIOD, Scope("all"), path)
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    assert ws.freeze_panes == "A2"
    header = [c.value for c in ws[1]]
    assert header[0] == "Date" and "estimate" in header[6] and "estimate" in header[7]
    assert ws.max_row == 1 + len(st.rows) + 1
    a2, f4 = ws["A2"], ws["F4"]
    assert isinstance(a2.value, datetime) and a2.value.date() == date(2026, 1, 14) and a2.number_format == "DD.MM.YYYY"
    assert a2.is_date
    assert ws["B2"].value == "Payment" and ws["B5"].value == "Refund" and ws["C2"].value == "POS10041"
    assert ws["D4"].value == "QR" and ws["E2"].value == 1 and isinstance(ws["E2"].value, int)
    assert isinstance(f4.value, (int, float)) and Decimal(str(f4.value)) == Decimal("400010.00")
    assert f4.number_format == "#,##0.00"
    assert Decimal(str(ws["G4"].value)) == Decimal("-5160.13") and Decimal(str(ws["H4"].value)) == Decimal("394849.87")
    assert Decimal(str(ws["F5"].value)) == Decimal("-50")
    total = ws.max_row
    assert ws.cell(total, 1).value == "Total" and ws.cell(total, 5).value == 5
    assert Decimal(str(ws.cell(total, 6).value)) == Decimal("401080.00")
    assert Decimal(str(ws.cell(total, 7).value)) == Decimal("-5185.70")
    assert Decimal(str(ws.cell(total, 8).value)) == Decimal("395894.30")
    assert all(ws.cell(total, c).number_format == "#,##0.00" for c in (6, 7, 8))
    # the money columns add up to the totals row, in tiyn
    for col in (6, 7, 8):
        assert sum(round(ws.cell(r, col).value * 100) for r in range(2, total)) == round(ws.cell(total, col).value * 100)
    about = wb.worksheets[1]
    assert about["B3"].value == 2.3 and about["B4"].value == 1.29 and about["B1"].is_date

    labels = {"day": "Дата", "payment": "Оплата", "total": "Итого"}
    env.reports.export_statement(env.admin, PERIOD, Scope("all"), path, labels=labels)
    ws = load_workbook(path).worksheets[0]
    assert ws["A1"].value == "Дата" and ws["B2"].value == "Оплата" and ws.cell(ws.max_row, 1).value == "Итого"


def test_export_cancelled_leaves_no_file(env, journal, tmp_path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ExportCancelled):
        env.reports.export_statement(env.admin, PERIOD, Scope("all"), out / "s.xlsx", cancelled=lambda: True)
    assert list(out.iterdir()) == []
    with pytest.raises(ExportWriteFailed):  # a folder that does not exist: said plainly, nothing left behind
        env.reports.export_statement(env.admin, PERIOD, Scope("all"), out / "missing" / "s.xlsx")
    assert list(out.iterdir()) == []


def test_terminal_without_register_and_rates_validation(env, journal) -> None:
    with pytest.raises(ValidationError) as err:
        env.reports.summary(env.admin, PERIOD, Scope.terminal(journal["loose"]))
    assert err.value.field == "terminal" and "00021699586" in str(err.value)
    with pytest.raises(ValidationError) as err:
        env.reports.save_rates(env.admin, CommissionRates(card_bp=2500, qr_bp=100))
    assert err.value.field == "card_rate"
    with pytest.raises(ValidationError) as err:
        CommissionRates.parse_percent("1.295", field="qr_rate")
    assert err.value.field == "qr_rate"
    assert CommissionRates.parse_percent("1,29 %", field="card_rate") == 129


def test_cashier_is_refused(env, journal, tmp_path) -> None:
    for call in (lambda: env.reports.transactions(env.cashier, PERIOD),
                 lambda: env.reports.summary(env.cashier, PERIOD),
                 lambda: env.reports.statement(env.cashier, PERIOD),
                 lambda: env.reports.export_statement(env.cashier, PERIOD, Scope("all"), tmp_path / "x.xlsx"),
                 lambda: env.reports.rates(env.cashier),
                 lambda: env.reports.save_rates(env.cashier, CommissionRates(100, 100)),
                 lambda: env.reports.scopes(env.cashier)):
        with pytest.raises(PermissionDenied):
            call()
    assert not (tmp_path / "x.xlsx").exists()
    assert env.reports.rates(env.admin) == CommissionRates()
