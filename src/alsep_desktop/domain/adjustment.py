"""Discounts and markups: a percent (0–100 %) or an absolute amount."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from enum import Enum

from alsep_desktop.domain.errors import InvalidAdjustment
from alsep_desktop.domain.money import Money
from alsep_desktop.domain.rounding import div_half_up
from alsep_desktop.i18n_marker import QT_TRANSLATE_NOOP


class AdjustmentKind(Enum):
    PERCENT = "percent"
    AMOUNT = "amount"


@dataclass(frozen=True, slots=True)
class Adjustment:
    """``value`` is basis points (1 % = 100) for PERCENT, tiyn for AMOUNT."""

    kind: AdjustmentKind
    value: int

    def __post_init__(self) -> None:
        if type(self.value) is not int:
            raise TypeError("Adjustment value must be an int")
        if self.value < 0:
            raise InvalidAdjustment("adjustment", QT_TRANSLATE_NOOP("Reasons", "must not be negative"))
        if self.kind is AdjustmentKind.PERCENT and self.value > 10_000:
            raise InvalidAdjustment(
                "adjustment", QT_TRANSLATE_NOOP("Reasons", "{value} % is over 100 %"), value=f"{self.value / 100:g}"
            )

    @classmethod
    def percent(cls, pct: str | int | Decimal, *, field: str = "percent") -> Adjustment:
        if isinstance(pct, float | bool):
            raise InvalidAdjustment(field, QT_TRANSLATE_NOOP("Reasons", "a float cannot be a percent"))
        try:
            d = Decimal(str(pct).strip().replace(",", ".").removesuffix("%"))
        except InvalidOperation as exc:
            raise InvalidAdjustment(
                field, QT_TRANSLATE_NOOP("Reasons", "'{value}' is not a percent"), value=str(pct)
            ) from exc
        if not d.is_finite():
            raise InvalidAdjustment(field, QT_TRANSLATE_NOOP("Reasons", "'{value}' is not a percent"), value=str(pct))
        bp = d * 100
        if bp != bp.to_integral_value():
            raise InvalidAdjustment(
                field, QT_TRANSLATE_NOOP("Reasons", "'{value}' has more than 2 decimal places"), value=str(pct)
            )
        if d < 0 or d > 100:
            raise InvalidAdjustment(field, QT_TRANSLATE_NOOP("Reasons", "{value} % is outside 0–100 %"), value=str(pct))
        return cls(AdjustmentKind.PERCENT, int(bp))

    @classmethod
    def amount(cls, money: Money, *, field: str = "amount") -> Adjustment:
        if money.is_negative:
            raise InvalidAdjustment(field, QT_TRANSLATE_NOOP("Reasons", "must not be negative"))
        return cls(AdjustmentKind.AMOUNT, money.tiyn)

    @property
    def is_zero(self) -> bool:
        return self.value == 0

    def on(self, base: Money) -> Money:
        """The amount of this adjustment applied to ``base`` (half-up to the tiyn)."""
        if self.kind is AdjustmentKind.PERCENT:
            return Money(div_half_up(base.tiyn * self.value, 10_000))
        return Money(self.value)

    def describe(self) -> str:
        if self.kind is AdjustmentKind.PERCENT:
            whole, frac = divmod(self.value, 100)
            return f"{whole}%" if not frac else f"{whole}.{frac:02d}%"
        return Money(self.value).format()
