"""Numbers as the window writes them in every language: a decimal comma, as ``Money.format``
(``890,00``, ``1,250``), never the machine form with a dot (``Money.plain``: CSV, protocols)."""

from __future__ import annotations

from alsep_desktop.domain.money import Money
from alsep_desktop.domain.quantity import Quantity


def money_text(value: Money, *, currency: bool = False) -> str:
    """``1 234,50`` (``1 234,50 ₸`` with ``currency``)."""
    return value.format(currency=currency)


def money_edit_text(value: Money) -> str:
    """What an amount field starts with: ``890,00`` (no thousands gap, so typing over it is easy)."""
    return value.format(currency=False, group="")


def quantity_text(value: Quantity) -> str:
    """``2`` for pieces, ``1,250`` for kilograms."""
    return value.format().replace(".", ",")
