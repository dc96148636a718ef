"""Amounts stay inside the store's signed 64-bit columns (issue 13): line, markup, receipt total,
payment and change; a priced line that rounds to nothing is refused with its own message."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from alsep_desktop.domain.adjustment import Adjustment
from alsep_desktop.domain.basket import Basket
from alsep_desktop.domain.errors import (
    LineRoundsToZero,
    LineTooLarge,
    MarkupTooLarge,
    PaymentTooLarge,
    TotalTooLarge,
)
from alsep_desktop.domain.lines import MAX_LINE_TIYN, MAX_RECEIPT_TIYN, LineItem, compute_totals
from alsep_desktop.domain.money import Money
from alsep_desktop.domain.payment import Payment, PaymentKind
from alsep_desktop.domain.quantity import Quantity, Unit
from alsep_desktop.domain.tax import DEFAULT_VAT_TABLE
from alsep_desktop.errors import AlsepError

INT64 = 2**63 - 1
VAT = DEFAULT_VAT_TABLE.get("16")


def _line(price: int, milli: int = 1000, **kw) -> LineItem:
    return LineItem("Товар", Money(price), Quantity(milli, Unit.KILOGRAM), VAT, **kw)


def test_a_priced_line_that_rounds_to_zero_has_its_own_message() -> None:
    with pytest.raises(LineRoundsToZero) as refused:
        _line(1, 1)  # 1 tiyn × 0.001 kg
    assert refused.value.code == "domain.line_rounds_to_zero"
    assert refused.value.params == {"quantity": "0.001", "price": Money(1).format()}
    assert _line(1, 500).gross == Money(1)  # half a tiyn rounds up: sold
    assert _line(0, 1).gross == Money(0)  # a free line is not a rounding accident


def test_line_markup_and_total_limits() -> None:
    with pytest.raises(LineTooLarge):
        _line(MAX_LINE_TIYN, 1_000_000)  # the largest price × the largest quantity: past int64 once
    with pytest.raises(MarkupTooLarge):
        _line(100, markup=Adjustment.amount(Money(MAX_LINE_TIYN + 1)))
    with pytest.raises(LineTooLarge):
        _line(MAX_LINE_TIYN, markup=Adjustment.amount(Money(1)))
    assert _line(MAX_LINE_TIYN).amount == Money(MAX_LINE_TIYN)
    big = [_line(MAX_LINE_TIYN)] * (MAX_RECEIPT_TIYN // MAX_LINE_TIYN)
    assert compute_totals(big).total == Money(MAX_RECEIPT_TIYN)
    with pytest.raises(TotalTooLarge):
        compute_totals([*big, _line(1)])
    with pytest.raises((TotalTooLarge, MarkupTooLarge)):
        compute_totals([_line(100)], receipt_markup=Adjustment.amount(Money(MAX_RECEIPT_TIYN)))
    with pytest.raises(PaymentTooLarge):
        Payment(PaymentKind.CASH, Money(MAX_RECEIPT_TIYN + 1))


@given(
    lines=st.lists(st.tuples(st.integers(0, 2 * MAX_LINE_TIYN), st.integers(1, 10**9),
                             st.integers(0, 2 * MAX_LINE_TIYN)), min_size=1, max_size=200),
    receipt_markup=st.integers(0, 2 * MAX_RECEIPT_TIYN),
    cash=st.integers(1, 2 * MAX_RECEIPT_TIYN),
)
def test_whatever_is_accepted_fits_the_store(lines, receipt_markup, cash) -> None:
    """Any basket the domain accepts has every stored amount inside int64 (or a typed refusal)."""
    try:
        items = [_line(p, q, markup=Adjustment.amount(Money(m))) for p, q, m in lines]
        basket = Basket().add(*items).with_adjustments(None, Adjustment.amount(Money(receipt_markup)))
        receipt = basket.to_receipt([Payment(PaymentKind.CASH, Money(cash))])
    except AlsepError:
        return
    amounts = [receipt.total.tiyn, receipt.change.tiyn, receipt.totals.markup_total.tiyn,
               receipt.totals.discount_total.tiyn, receipt.totals.vat_total.tiyn]
    for lt in receipt.totals.lines:
        amounts += [lt.total.tiyn, lt.gross.tiyn, lt.markup.tiyn, lt.discount.tiyn, lt.vat.tiyn,
                    lt.item.unit_price.tiyn, lt.item.quantity.milli]
    amounts += [p.amount.tiyn for p in receipt.payments]
    assert all(-INT64 <= a <= INT64 for a in amounts)
