"""VAT rates and the VAT-included split rule.

Prices in Kazakhstan include VAT. The VAT of a line is
``amount × rate / (100 + rate)`` rounded half-up to the tiyn, computed per line.
Totals per rate are the sums of the line VAT (never recomputed from the total), so the
receipt, the OFD ticket and the Z report agree to the tiyn.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from alsep_desktop.domain.errors import UnknownVatRate
from alsep_desktop.domain.money import Money
from alsep_desktop.domain.rounding import div_half_up
from alsep_desktop.i18n_marker import QT_TRANSLATE_NOOP


@dataclass(frozen=True, slots=True)
class VatRate:
    """A VAT rate. ``basis_points`` is ``None`` for "without VAT" (not a VAT payer)."""

    code: str
    basis_points: int | None

    @property
    def taxable(self) -> bool:
        return self.basis_points is not None

    @property
    def percent_text(self) -> str:
        if self.basis_points is None:
            return "без НДС"
        whole, frac = divmod(self.basis_points, 100)
        return f"{whole}%" if frac == 0 else f"{whole}.{frac:02d}%"

    def included_in(self, amount: Money) -> Money:
        """VAT contained in a VAT-inclusive ``amount``."""
        if not self.basis_points:
            return Money(0)
        return Money(div_half_up(amount.tiyn * self.basis_points, 10_000 + self.basis_points))


WITHOUT_VAT = VatRate("none", None)
VAT_0 = VatRate("0", 0)
VAT_5 = VatRate("5", 500)
VAT_10 = VatRate("10", 1000)
VAT_12 = VatRate("12", 1200)
VAT_16 = VatRate("16", 1600)

#: The standard rate in force: 16 % since 1 January 2026 (Tax Code of the RK, 2025).
STANDARD_RATE = VAT_16


class VatTable:
    """The set of rates a company may use. Configurable; unknown codes are refused."""

    def __init__(self, rates: Iterable[VatRate], default: VatRate) -> None:
        self._rates = {r.code: r for r in rates}
        if default.code not in self._rates:
            raise ValueError("the default rate must be one of the rates")
        self.default = default

    def get(self, code: str | int | None, *, field: str = "vat_rate", row: int | None = None) -> VatRate:
        exact = self._rates.get(code) if isinstance(code, str) else None  # hot path: stored codes
        if exact is not None:
            return exact
        key = _normalise_code(code)
        rate = self._rates.get(key)
        if rate is None:
            allowed = ", ".join(sorted(self._rates, key=_sort_key))
            raise UnknownVatRate(
                field,
                QT_TRANSLATE_NOOP("Reasons", "unknown VAT rate '{value}' (allowed: {allowed})"),
                row=row,
                value=code,
                allowed=allowed,
            )
        return rate

    @property
    def rates(self) -> tuple[VatRate, ...]:
        return tuple(sorted(self._rates.values(), key=lambda r: _sort_key(r.code)))

    def __contains__(self, code: object) -> bool:
        return _normalise_code(code) in self._rates


def _normalise_code(code: object) -> str:
    if code is None:
        return "none"
    text = str(code).strip().lower().removesuffix("%").strip()
    if text in ("", "none", "без ндс", "без_ндс", "-", "no", "n/a"):
        return "none"
    # "12.00" / "12,0" → "12"
    text = text.replace(",", ".")
    if "." in text:
        whole, _, frac = text.partition(".")
        if frac.strip("0") == "":
            text = whole
    return text


def _sort_key(code: str) -> tuple[int, float]:
    try:
        return (1, float(code))
    except ValueError:
        return (0, 0.0)


DEFAULT_VAT_TABLE = VatTable([WITHOUT_VAT, VAT_0, VAT_5, VAT_10, VAT_12, VAT_16], STANDARD_RATE)
