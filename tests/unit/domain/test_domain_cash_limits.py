"""Cash has a sanity limit like prices and quantities (issue 20, decision 2042)."""

from __future__ import annotations

import pytest

from alsep_desktop.domain.money import Money
from alsep_desktop.domain.payment import CashLimits, Payment, PaymentKind
from alsep_desktop.domain.validation import (
    DEFAULT_MAX_CASH_MOVE,
    DEFAULT_MAX_CHANGE,
    validate_cash_move,
    validate_tendered_cash,
)
from alsep_desktop.errors import ValidationError

HUGE = Money.parse("999999999999")  # 999 999 999 999 ₸, as typed at the counter


def test_a_huge_cash_tender_for_a_small_sale_is_refused_naming_the_field_and_the_limit() -> None:
    with pytest.raises(ValidationError) as err:
        validate_tendered_cash(Money(500_00), HUGE)
    e = err.value
    assert e.field == "received"
    assert e.reason_params == {"limit": "200 500,00 ₸", "total": "500,00 ₸", "change": "200 000,00 ₸"}
    assert "at most 200 500,00 ₸" in e.reason


def test_the_limit_is_the_total_plus_the_change_limit_to_the_tiyn() -> None:
    total = Money(500_00)
    assert validate_tendered_cash(total, total + DEFAULT_MAX_CHANGE) == total + DEFAULT_MAX_CHANGE
    with pytest.raises(ValidationError):
        validate_tendered_cash(total, total + DEFAULT_MAX_CHANGE + Money(1))
    big = Money(5_000_000_00)  # a big sale paid with a little over: fine, the limit follows the total
    assert validate_tendered_cash(big, big + Money(19_500_00)) == big + Money(19_500_00)


def test_cash_limits_look_at_every_tender_and_leave_card_only_payments_alone() -> None:
    limits = CashLimits(max_change=Money(1_000_00))
    limits.check_tendered(Money(500_00), [Payment(PaymentKind.CASH, Money(1_500_00))])
    limits.check_tendered(Money(500_00), [Payment(PaymentKind.CARD, Money(500_00))])
    with pytest.raises(ValidationError) as err:  # mixed: the change comes from the cash part
        limits.check_tendered(Money(500_00), [Payment(PaymentKind.CASH, Money(1_400_00)),
                                              Payment(PaymentKind.CARD, Money(200_00))])
    assert err.value.reason_params["limit"] == "1 500,00 ₸"
    with pytest.raises(ValidationError):
        CashLimits().check_tendered(Money(500_00), [Payment(PaymentKind.CASH, HUGE)])


def test_a_huge_deposit_or_withdrawal_is_refused() -> None:
    assert validate_cash_move(DEFAULT_MAX_CASH_MOVE, deposit=True) == DEFAULT_MAX_CASH_MOVE
    with pytest.raises(ValidationError) as err:
        validate_cash_move(HUGE, deposit=True)
    assert err.value.field == "amount" and "deposit is at most 100 000 000,00 ₸" in err.value.reason
    with pytest.raises(ValidationError) as err:
        CashLimits(max_cash_move=Money(1_000_00)).check_cash_move(Money(1_000_01), deposit=False)
    assert "withdrawal is at most 1 000,00 ₸" in err.value.reason
