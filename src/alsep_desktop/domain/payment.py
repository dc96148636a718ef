"""Payments by tender and the change rule: change is given only from cash."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from alsep_desktop.domain.errors import (
    InsufficientPayment,
    NegativeTotal,
    NonCashOverTotal,
    PaymentNotPositive,
    PaymentTooLarge,
)
from alsep_desktop.domain.money import Money
from alsep_desktop.domain.tender import TenderKind
from alsep_desktop.domain.validation import (
    DEFAULT_MAX_CASH_MOVE,
    DEFAULT_MAX_CHANGE,
    validate_cash_move,
    validate_tendered_cash,
)

MAX_PAYMENT_TIYN = 10**15  # as a receipt's total (domain/lines.py MAX_RECEIPT_TIYN)


#: the tender kinds' table (``domain/tender.py``, decision 2140) under the name the code knew
PaymentKind = TenderKind


@dataclass(frozen=True, slots=True)
class CardSlip:
    """What the card terminal reported for an approved payment (goes into the OFD ticket)."""

    terminal_id: str = ""
    card_type: str = ""
    auth_code: str = ""
    rrn: str = ""  # card: the bank's RRN; Kaspi QR: the order number
    receipt_number: str = ""
    method: str = "card"  # "card" or "qr" (paid with the Kaspi app on the terminal's QR)


@dataclass(frozen=True, slots=True)
class Payment:
    kind: PaymentKind
    amount: Money
    card: CardSlip | None = None

    def __post_init__(self) -> None:
        if self.amount.tiyn <= 0:
            raise PaymentNotPositive(kind=self.kind.value)
        if self.amount.tiyn > MAX_PAYMENT_TIYN:  # the change must fit the store's 64-bit columns too
            raise PaymentTooLarge(value=self.amount.format(), limit=Money(MAX_PAYMENT_TIYN).format())


@dataclass(frozen=True, slots=True)
class CashLimits:
    """Sanity limits of cash (decision 2042; ``AppConfig.max_change_tiyn`` / ``max_cash_move_tiyn``)."""

    max_change: Money = DEFAULT_MAX_CHANGE
    max_cash_move: Money = DEFAULT_MAX_CASH_MOVE

    def check_tendered(self, total: Money, payments: Sequence[Payment]) -> None:
        """Refuse tenders whose change would pass ``max_change`` (field ``received``)."""
        if any(p.kind.gives_change for p in payments):
            validate_tendered_cash(total, Money.sum(p.amount for p in payments), max_change=self.max_change)

    def check_cash_move(self, amount: Money, *, deposit: bool) -> None:
        validate_cash_move(amount, deposit=deposit, limit=self.max_cash_move)


@dataclass(frozen=True, slots=True)
class Settlement:
    total: Money
    payments: tuple[Payment, ...]
    change: Money

    @property
    def taken(self) -> Money:
        return Money.sum(p.amount for p in self.payments)

    def by_kind(self, kind: PaymentKind) -> Money:
        """What stays with the shop under ``kind`` (cash net of change)."""
        got = Money.sum(p.amount for p in self.payments if p.kind is kind)
        return got - self.change if kind.gives_change else got

    def in_drawer(self) -> Money:
        """What this settlement leaves in the drawer: every drawer tender, net of the change."""
        return Money.sum(p.amount for p in self.payments if p.kind.in_drawer) - self.change


def settle(total: Money, payments: Sequence[Payment]) -> Settlement:
    """Check that ``payments`` cover ``total`` and compute the change.

    Tenders that give no change may not exceed the total (a card is charged exactly); the rest
    must be covered by the change-giving tender (cash), and any excess is returned as change.
    """
    if total.is_negative:
        raise NegativeTotal()
    if not payments and total.tiyn > 0:
        raise InsufficientPayment(paid=Money(0).format(), total=total.format())
    non_cash = Money.sum(p.amount for p in payments if not p.kind.gives_change)
    cash = Money.sum(p.amount for p in payments if p.kind.gives_change)
    if non_cash > total:
        raise NonCashOverTotal(non_cash=non_cash.format(), total=total.format())
    paid = cash + non_cash
    if paid < total:
        raise InsufficientPayment(paid=paid.format(), total=total.format())
    return Settlement(total=total, payments=tuple(payments), change=paid - total)
