"""Named operations of the question before paying goods whose card payment is pending (decision 2014)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import TYPE_CHECKING

from alsep_desktop.services.card_payment import pending_same_goods, terminal_parts

if TYPE_CHECKING:
    from alsep_desktop.domain.basket import Basket
    from alsep_desktop.services.terminal_journal import JournalEntry
    from alsep_desktop.ui.counter import Counter


def pending_payments(counter: Counter, register_id: int | None, basket: Basket) -> list[JournalEntry]:
    """The pending card payments of this basket's goods (services/card_payment.py); one read on the
    GUI thread, as the scan is: the answer decides whether «Оплатить» asks first."""
    journal = terminal_parts(counter.terminal)[1]
    found: list[JournalEntry] = counter.ops.run_sync(partial(pending_same_goods, journal, register_id, basket))
    return found


def pay_again(counter: Counter, pending: Sequence[JournalEntry]) -> None:
    """«Оплатить заново»: the cashier saw the pending payments and pays these goods again; the card
    service lets the next payment through (a late approval of the first is then refused, 2011)."""
    journal = terminal_parts(counter.terminal)[1]
    if journal is not None:
        counter.ops.run_sync(partial(journal.pay_again, [e.id for e in pending]))
