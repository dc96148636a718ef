from decimal import Decimal

import pytest

from alsep_desktop.domain.errors import InvalidAmount, InvalidQuantity
from alsep_desktop.domain.money import Money
from alsep_desktop.domain.quantity import Quantity, Unit
from alsep_desktop.domain.rounding import div_half_up, spread


@pytest.mark.parametrize(
    ("text", "tiyn"),
    [("0", 0), ("1234.50", 123450), ("1 234,5", 123450), ("-7.05", -705), ("12", 1200), ("99 ₸", 9900),
     ("1\u00a0000,01", 100001)],
)
def test_parse_amounts(text: str, tiyn: int) -> None:
    assert Money.parse(text).tiyn == tiyn


@pytest.mark.parametrize("text", ["", "abc", "1.234", "1,2,3", "--1", "1e5", "NaN"])
def test_parse_rejects_bad_amounts_with_field(text: str) -> None:
    with pytest.raises(InvalidAmount) as err:
        Money.parse(text, field="price")
    assert err.value.field == "price"
    assert "price" in str(err.value)


def test_money_refuses_floats() -> None:
    with pytest.raises(TypeError):
        Money(1.5)  # type: ignore[arg-type]
    with pytest.raises(InvalidAmount):
        Money.parse(1.5)  # type: ignore[arg-type]
    assert Money.parse(Decimal("10.25")).tiyn == 1025
    with pytest.raises(InvalidAmount):
        Money.parse(Decimal("10.255"))


def test_format_kzt() -> None:
    assert Money(123450).format() == "1 234,50 ₸"
    assert Money(-5).format() == "-0,05 ₸"
    assert Money(123456789).format(currency=False) == "1 234 567,89"
    assert Money(100).plain() == "1.00"


def test_arithmetic() -> None:
    a, b = Money(150), Money(275)
    assert (a + b).tiyn == 425 and (b - a).tiyn == 125 and (a * 3).tiyn == 450 and (-a).tiyn == -150
    assert Money.sum([a, b, a]).tiyn == 575


@pytest.mark.parametrize(("text", "milli"), [("1", 1000), ("0.5", 500), ("1.234", 1234), ("2,05", 2050)])
def test_quantity_parse(text: str, milli: int) -> None:
    assert Quantity.parse(text, Unit.KILOGRAM).milli == milli


@pytest.mark.parametrize("text", ["1.2345", "-1", "x", ""])
def test_quantity_rejects(text: str) -> None:
    with pytest.raises(InvalidQuantity):
        Quantity.parse(text)


def test_weighed_price_rounds_half_up() -> None:
    # 0.333 kg × 10.01 ₸ = 3.33333 ₸ → 3.33; 0.5 kg × 0.01 ₸ = 0.005 → 0.01 (half-up)
    assert Quantity.parse("0.333", Unit.KILOGRAM).price(Money(1001)).tiyn == 333
    assert Quantity.parse("0.5", Unit.KILOGRAM).price(Money(1)).tiyn == 1
    assert Quantity.parse("1.250", Unit.KILOGRAM).format() == "1.250"
    assert Quantity.of(3).format() == "3"


def test_div_half_up_symmetry() -> None:
    assert div_half_up(5, 2) == 3 and div_half_up(-5, 2) == -3 and div_half_up(4, 3) == 1
    assert div_half_up(7, -2) == -4


def test_spread_exact() -> None:
    assert spread(100, [1, 1, 1]) == [34, 33, 33]
    assert sum(spread(-101, [3, 5, 7])) == -101
    assert spread(0, []) == []
    assert spread(10, [0, 0]) == [10, 0]
