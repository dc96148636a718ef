"""Pure figures of the terminal reports (decision 0710): statuses, commission rounding, rates."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from alsep_desktop.domain.money import Money
from alsep_desktop.errors import ValidationError
from alsep_desktop.kernel.clock import ALMATY
from alsep_desktop.services.terminal.figures import (
    CommissionRates,
    OperationRecord,
    build_statement,
    commission,
    status_of,
    summarize,
)


def rec(n: int, tiyn: int, *, kind: str = "payment", method: str | None = "card", state: str = "success",
        day: int = 2) -> OperationRecord:
    return OperationRecord(str(n), datetime(2026, 3, day, 10, n, tzinfo=ALMATY), kind, method, state, Money(tiyn), "P1")


@pytest.mark.parametrize(("state", "status"), [
    ("success", "approved"), ("fail", "declined"), ("wait", "pending"), ("unknown", "pending"),
    ("start_unconfirmed", "pending"), ("lost", "pending"), ("starting", "pending"), ("not_started", "pending")])
def test_every_journal_state_has_a_status(state: str, status: str) -> None:
    assert status_of(state) == status


@pytest.mark.parametrize(("tiyn", "bp", "fee"), [
    (1_900, 130, 25),       # the seed: 19.00 at 1.3 % → 0.25 (24.7 tiyn)
    (10_100, 230, 232),     # 232.3
    (10_000, 125, 125),
    (200, 125, 3),          # 2.5 → 3 (half up)
    (40_001_000, 129, 516_013),  # 516 012.9
    (0, 230, 0),
])
def test_commission_half_up_per_operation(tiyn: int, bp: int, fee: int) -> None:
    assert commission(Money(tiyn), bp) == Money(fee)


@given(st.lists(st.tuples(st.integers(1, 10**10), st.sampled_from(["card", "qr"]),
                          st.sampled_from(["payment", "refund"]), st.sampled_from(["success", "fail", "wait"])),
                max_size=40))
def test_statement_adds_up(ops) -> None:
    records = [rec(i, t, kind=k, method=m, state=s, day=1 + i % 3) for i, (t, m, k, s) in enumerate(ops)]
    st_ = build_statement(records, CommissionRates(230, 129), date(2026, 3, 1), date(2026, 3, 3), "all")
    approved = [r for r in records if r.state == "success"]
    assert st_.amount == Money.sum(r.signed for r in approved)
    assert st_.credited == st_.amount + st_.commission
    assert all(r.commission.tiyn <= 0 for r in st_.rows)
    assert all(r.commission.tiyn == 0 for r in st_.rows if r.kind == "refund")
    s = summarize(records)
    assert s.count == len(records) and s.net == st_.amount


def test_rates_parse_and_bounds() -> None:
    assert CommissionRates.parse_percent("2,3", field="card_rate") == 230
    assert CommissionRates.parse_percent(" 0.95 % ", field="qr_rate") == 95
    assert CommissionRates.percent_text(129) == "1.29" and CommissionRates.percent_text(5) == "0.05"
    for bad in ("", "abc", "1.234", "NaN", "inf"):
        with pytest.raises(ValidationError) as err:
            CommissionRates.parse_percent(bad, field="qr_rate")
        assert err.value.field == "qr_rate"
    with pytest.raises(ValidationError):
        CommissionRates(-1, 100).validated()
    with pytest.raises(TypeError):
        CommissionRates(1.29, 100)  # type: ignore[arg-type]
    assert CommissionRates(230, 129).of(None) == 230 and CommissionRates(230, 129).of("qr") == 129
