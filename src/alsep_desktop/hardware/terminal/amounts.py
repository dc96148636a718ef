"""Card amounts in whole tenge (decision 0702). Pure: no I/O.

The Kaspi terminal takes ``amount`` as an integer number of tenge. A card share with tiyn is
refused by the driver; the payment window offers :func:`split_card_cash` instead, which keeps
the card part whole and moves the tiyn to cash.
"""

from __future__ import annotations

from dataclasses import dataclass

from alsep_desktop.domain.money import Money
from alsep_desktop.hardware.terminal.errors import CardAmountHasTiyn, CardAmountNotPositive


@dataclass(frozen=True, slots=True)
class CardCashSplit:
    card: Money  # whole tenge, may be zero
    cash: Money  # the tiyn moved to cash (0..99 tiyn) plus any cash the caller already had


def split_card_cash(card: Money, cash: Money | None = None) -> CardCashSplit:
    """Round the card share *down* to whole tenge and move the rest to cash.

    ``split_card_cash(Money.parse("1234.56"))`` → card 1234 ₸, cash 0.56 ₸. The total never changes.
    """
    cash = cash if cash is not None else Money(0)
    if card.is_negative or cash.is_negative:
        raise ValueError("card and cash shares must not be negative")
    whole = Money(card.tiyn - card.tiyn % 100)
    return CardCashSplit(card=whole, cash=cash + (card - whole))


def whole_tenge(amount: Money) -> int:
    """The amount the terminal is sent, or :class:`CardAmountHasTiyn` / :class:`CardAmountNotPositive`."""
    if amount.tiyn < 100:
        raise CardAmountNotPositive(amount=amount.plain())
    if amount.tiyn % 100:
        split = split_card_cash(amount)
        raise CardAmountHasTiyn(amount=amount.plain(), card=split.card.plain(), cash=split.cash.plain())
    return amount.tiyn // 100
