"""Quantities exact to 3 decimal places, as integer milli-units, with a unit of measure."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum

from alsep_desktop.domain.errors import InvalidQuantity
from alsep_desktop.domain.money import Money
from alsep_desktop.domain.rounding import div_half_up
from alsep_desktop.i18n_marker import QT_TRANSLATE_NOOP

_QTY_RE = re.compile(r"^(\d+)(?:[.,](\d{1,3}))?$")


class Unit(Enum):
    """Units of measure with their classifier codes (ОКЕИ/МКЕИ numbers used in KZ)."""

    PIECE = "796"
    KILOGRAM = "166"
    GRAM = "163"
    LITRE = "112"
    METRE = "006"
    SQUARE_METRE = "055"
    SERVICE = "5114"

    @property
    def weighed(self) -> bool:
        return self in (Unit.KILOGRAM, Unit.GRAM, Unit.LITRE, Unit.METRE, Unit.SQUARE_METRE)


@dataclass(frozen=True, order=True, slots=True)
class Quantity:
    milli: int
    unit: Unit = Unit.PIECE

    def __post_init__(self) -> None:
        if type(self.milli) is not int:
            raise TypeError("Quantity needs an int number of milli-units")

    @classmethod
    def of(cls, whole: int, unit: Unit = Unit.PIECE) -> Quantity:
        return cls(whole * 1000, unit)

    @classmethod
    def one(cls, unit: Unit = Unit.PIECE) -> Quantity:
        return cls(1000, unit)

    @classmethod
    def parse(cls, text: str | int | Decimal, unit: Unit = Unit.PIECE, *, field: str = "quantity") -> Quantity:
        if isinstance(text, bool) or isinstance(text, float):
            raise InvalidQuantity(field, QT_TRANSLATE_NOOP("Reasons", "a float cannot be a quantity"))
        if isinstance(text, int):
            return cls(text * 1000, unit)
        if isinstance(text, Decimal):
            scaled = text * 1000
            if scaled != scaled.to_integral_value():
                raise InvalidQuantity(
                    field, QT_TRANSLATE_NOOP("Reasons", "{value} has more than 3 decimal places"), value=str(text)
                )
            return cls(int(scaled), unit)
        m = _QTY_RE.match(text.strip().replace(" ", ""))
        if not m:
            raise InvalidQuantity(
                field, QT_TRANSLATE_NOOP("Reasons", "'{value}' is not a quantity (expected e.g. 1.250)"), value=text
            )
        whole, frac = m.groups()
        return cls(int(whole) * 1000 + int((frac or "0").ljust(3, "0")), unit)

    def price(self, unit_price: Money) -> Money:
        """``unit_price × self`` rounded half-up to the tiyn."""
        return Money(div_half_up(unit_price.tiyn * self.milli, 1000))

    def to_decimal(self) -> Decimal:
        return Decimal(self.milli) / 1000

    def format(self) -> str:
        whole, frac = divmod(self.milli, 1000)
        if frac == 0 and not self.unit.weighed:
            return str(whole)
        return f"{whole}.{frac:03d}"

    def __str__(self) -> str:
        return self.format()
