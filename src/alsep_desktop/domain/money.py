"""Money: an exact integer number of tiyn (1 ₸ = 100 tiyn). Never a float."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from alsep_desktop.domain.errors import InvalidAmount
from alsep_desktop.i18n_marker import QT_TRANSLATE_NOOP

_AMOUNT_RE = re.compile(r"^([+-]?)(\d+)(?:[.,](\d{1,2}))?$")


@dataclass(frozen=True, order=True, slots=True)
class Money:
    tiyn: int

    def __post_init__(self) -> None:
        if type(self.tiyn) is not int:
            raise TypeError(f"Money needs an int number of tiyn, got {type(self.tiyn).__name__}")

    # -- construction -------------------------------------------------------------
    @classmethod
    def zero(cls) -> Money:
        return _ZERO

    @classmethod
    def of(cls, tenge: int, tiyn: int = 0) -> Money:
        return cls(tenge * 100 + tiyn)

    @classmethod
    def parse(cls, text: str | int | Decimal, *, field: str = "amount") -> Money:
        """Parse ``"1234.50"``, ``"1 234,50"``, ``"1234"``, an int of tenge or a Decimal.

        More than two decimals, letters, floats and empty input are refused.
        """
        if isinstance(text, bool) or isinstance(text, float):
            raise InvalidAmount(field, QT_TRANSLATE_NOOP("Reasons", "a float cannot be an amount of money"))
        if isinstance(text, int):
            return cls(text * 100)
        if isinstance(text, Decimal):
            try:
                scaled = text * 100
                if scaled != scaled.to_integral_value():
                    raise InvalidAmount(
                        field, QT_TRANSLATE_NOOP("Reasons", "{value} has more than 2 decimal places"), value=str(text)
                    )
                return cls(int(scaled))
            except InvalidOperation as exc:
                raise InvalidAmount(
                    field, QT_TRANSLATE_NOOP("Reasons", "{value} is not a number"), value=str(text)
                ) from exc
        cleaned = text.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
        cleaned = cleaned.removesuffix("₸").strip()
        m = _AMOUNT_RE.match(cleaned)
        if not m:
            raise InvalidAmount(
                field, QT_TRANSLATE_NOOP("Reasons", "'{value}' is not an amount (expected e.g. 1234.50)"), value=text
            )
        sign, whole, frac = m.groups()
        value = int(whole) * 100 + int((frac or "0").ljust(2, "0"))
        return cls(-value if sign == "-" else value)

    # -- arithmetic ---------------------------------------------------------------
    def __add__(self, other: Money) -> Money:
        if not isinstance(other, Money):
            return NotImplemented
        return Money(self.tiyn + other.tiyn)

    def __sub__(self, other: Money) -> Money:
        if not isinstance(other, Money):
            return NotImplemented
        return Money(self.tiyn - other.tiyn)

    def __neg__(self) -> Money:
        return Money(-self.tiyn)

    def __mul__(self, factor: int) -> Money:
        if type(factor) is not int:
            return NotImplemented
        return Money(self.tiyn * factor)

    __rmul__ = __mul__

    def __bool__(self) -> bool:
        return self.tiyn != 0

    @property
    def is_negative(self) -> bool:
        return self.tiyn < 0

    @staticmethod
    def sum(items: Iterable[Money]) -> Money:
        total = 0
        for m in items:
            total += m.tiyn
        return Money(total)

    # -- output -------------------------------------------------------------------
    def to_decimal(self) -> Decimal:
        return Decimal(self.tiyn) / 100

    def plain(self) -> str:
        """Machine form: ``-1234.50`` (CSV, protocol text fields)."""
        sign = "-" if self.tiyn < 0 else ""
        whole, frac = divmod(abs(self.tiyn), 100)
        return f"{sign}{whole}.{frac:02d}"

    def format(self, *, currency: bool = True, group: str = " ") -> str:
        """Human form for KZT: ``1 234,50 ₸``."""
        sign = "-" if self.tiyn < 0 else ""
        whole, frac = divmod(abs(self.tiyn), 100)
        grouped = f"{whole:,}".replace(",", group)
        text = f"{sign}{grouped},{frac:02d}"
        return f"{text} ₸" if currency else text

    def __str__(self) -> str:
        return self.format()


_ZERO = Money(0)
