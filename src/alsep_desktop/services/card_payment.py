"""Card payments through the connected terminal, around a sale or a return (decision 0703).

The card is charged first; the fiscal receipt is written only when the bank approved. If the
sale then fails (shift too old, OFD refusal, …) the charge is reversed at once, so a customer is
never charged for a sale that did not happen. An outcome that is not known (the wait ran out, or
the cashier stopped waiting) raises :class:`CardPaymentUnknown`: the sale stays open, neither
fiscalized nor marked unpaid, and the late outcome arrives in the journal's pending list. Without
a connected terminal a card payment is recorded as taken on a separate terminal, as the seed's
«Безнал» does.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from alsep_desktop.domain.basket import Basket
from alsep_desktop.domain.money import Money
from alsep_desktop.domain.payment import CardSlip, Payment
from alsep_desktop.domain.tender import tender_for_method
from alsep_desktop.errors import AlsepError
from alsep_desktop.hardware.protocols import PaymentTerminal, TerminalResult, TerminalStatus
from alsep_desktop.kernel.clock import ALMATY
from alsep_desktop.services.changes import OpResult
from alsep_desktop.services.documents import DocumentResult
from alsep_desktop.services.terminal_basket import SaleSnapshot, same_goods
from alsep_desktop.services.terminal_journal import DECLINED_LATE

if TYPE_CHECKING:
    from alsep_desktop.services.terminal_journal import (
        JournalEntry,
        OperationContext,
        TerminalJournal,
    )

log = logging.getLogger(__name__)


class CardNotApproved(AlsepError):
    code = "terminal.not_approved"
    template = "The card payment was not approved ({status}): {message}"


class CardPaymentUnknown(AlsepError):
    """Nobody knows yet whether the money moved: the sale stays open; the register keeps asking."""

    code = "terminal.not_known"
    template = ("The terminal has not said whether the payment of {amount} went through; the sale stays open "
                "and the register keeps asking the terminal")


class CardWaitStopped(CardPaymentUnknown):
    code = "terminal.not_known.stopped"
    template = ("You stopped waiting for the payment of {amount}; the sale stays open and the register keeps "
                "asking the terminal: a late approval appears in the pending list")


class CardReversalFailed(AlsepError):
    code = "terminal.reversal_failed"
    template = "The sale failed and the card charge of {amount} could not be reversed: {message}"


class RefundOverRemainder(AlsepError):
    """Refused before the terminal is asked: more than what the journal says is left of the payment."""

    code = "terminal.refund_over_remainder"
    template = ("Only {left} of the payment {transaction} can still be refunded ({refunded} of {paid} already went "
                "back); {amount} was asked")


class PendingSameGoods(AlsepError):
    """A card payment for these very goods is still pending (the cashier stopped waiting): paying
    again may charge the buyer twice. Refused until the cashier chooses to pay again (2014)."""

    code = "terminal.pending_same_goods"
    template = ("A card payment of {amount} for the same goods, started at {started}, is still pending: the "
                "terminal may still approve it")


def pending_same_goods(journal: TerminalJournal | None, register_id: int | None,
                       basket: Basket) -> list[JournalEntry]:
    """The pending card payments of this register whose kept basket is ``basket``'s goods
    (``same_goods``) and that may still take or have taken the money: not declined, no receipt,
    not already let go by the cashier's «Оплатить заново» (decisions 2011, 2014)."""
    if journal is None or not basket.lines:
        return []
    return [e for e in journal.pending(register_id)
            if e.kind == "payment" and e.sale is not None and e.receipt_id is None and e.action != DECLINED_LATE
            and same_goods(e.sale.basket, basket) and not journal.paid_again(e.id)]


def check_not_pending(journal: TerminalJournal | None, register_id: int | None, basket: Basket) -> None:
    """:class:`PendingSameGoods` for the first pending payment of ``basket``'s goods, if any."""
    pending = pending_same_goods(journal, register_id, basket)
    if pending:
        first = pending[0]
        raise PendingSameGoods(amount=first.amount.format(), started=started_text(first),
                               operation_id=first.id)


def started_text(entry: JournalEntry) -> str:
    """When a pending payment started, as the register shows times (Almaty, dd.mm.yyyy HH:MM)."""
    return entry.started_at.astimezone(ALMATY).strftime("%d.%m.%Y %H:%M")


def check_remainder(paid: JournalEntry, amount: Money) -> None:
    """A refund of ``amount`` fits what is left of ``paid`` (its amount less the approved refunds of its
    RRN / order number in the journal), or :class:`RefundOverRemainder` says what can still go back."""
    if amount > paid.left_to_refund:
        raise RefundOverRemainder(left=paid.left_to_refund.format(), transaction=paid.transaction_id or "-",
                                  refunded=paid.refunded.format(), paid=paid.amount.format(), amount=amount.format())


@dataclass(frozen=True, slots=True)
class OriginalPayment:
    """What a refund names: the payment's card RRN or QR order number and its method."""

    transaction_id: str
    method: str | None = None


def card_part(payments: Sequence[Payment], *, with_mobile: bool = False) -> Money:
    """What the terminal charges (or pays back, ``with_mobile``: a QR-paid sale comes back as a mobile
    payment): the tenders that go through it; a sale's only arrive as the card method's kind."""
    return Money.sum(p.amount for p in payments
                     if p.kind.via_terminal and (with_mobile or p.kind is tender_for_method("card")))


def with_card(
    terminal: PaymentTerminal | None,
    payments: Sequence[Payment],
    record: Callable[[CardSlip | None], OpResult[DocumentResult]],
    *,
    refund: bool = False,
    original: OriginalPayment | None = None,
    journal: TerminalJournal | None = None,
    context: OperationContext | None = None,
    reference: str | None = None,
) -> OpResult[DocumentResult]:
    """Charge (or, for a return, pay back by ``original``) the card part, then ``record`` the receipt
    with the terminal's slip (``record(None)`` when no terminal is involved). With a ``journal`` the
    operation is journaled with ``context`` and linked to the receipt it ends in. ``reference``: the
    uuid ``record`` gives the receipt, so a crash between the receipt and the link is repaired at the
    next start (decision 0715)."""
    amount = card_part(payments, with_mobile=refund)  # a QR-paid sale comes back as a mobile payment
    if not refund and context is not None and context.sale is not None:  # never twice silently (2014)
        check_not_pending(journal, context.register_id, SaleSnapshot.from_json(context.sale).basket)
    if terminal is None or amount.tiyn == 0:
        return record(None)
    reference = reference or str(uuid.uuid4())
    if refund and journal is not None and original is not None:  # never more than is left (the journal)
        paid = journal.payment_by_transaction(original.transaction_id)
        if paid is not None:
            check_remainder(paid, amount)
    if journal is not None:
        if context is not None:
            journal.expect(reference, context)
        journal.begin(reference)  # under way: not an orphan of the pending list until it ends
    try:
        if refund:
            result = terminal.refund(amount, reference=reference,
                                     original_rrn=original.transaction_id if original else None,
                                     method=original.method if original else None)
        else:
            result = terminal.pay(amount, reference=reference)
        raise_unless_approved(result)
        try:
            done = record(slip_of(result))
        except Exception:
            _reverse(terminal, result, refund=refund, original=original, journal=journal)
            raise
        if journal is not None:
            journal.link_receipt([result.operation_id], done.value.id)
        return done
    finally:
        if journal is not None:
            journal.end(reference)


def raise_unless_approved(result: TerminalResult) -> None:
    if result.approved:
        return
    if result.status is TerminalStatus.STOPPED_WAITING:
        raise CardWaitStopped(amount=result.amount.format(), operation_id=result.operation_id or "")
    if not result.known:
        raise CardPaymentUnknown(amount=result.amount.format(), operation_id=result.operation_id or "")
    raise CardNotApproved(status=result.status.value, message=result.message or "-")


def _reverse(terminal: PaymentTerminal, result: TerminalResult, *, refund: bool,
             original: OriginalPayment | None, journal: TerminalJournal | None = None) -> None:
    amount, reference = result.amount, str(uuid.uuid4())
    if journal is not None:
        journal.begin(reference)
    try:
        if refund:
            back = terminal.pay(amount, reference=reference)
        else:
            back = terminal.refund(amount, reference=reference, original_rrn=result.rrn, method=result.method)
        if refund and back.approved and back.operation_id and journal is not None:
            journal.acknowledge(back.operation_id)  # a failed return charged back: nothing waits for a receipt
    finally:
        if journal is not None:
            journal.end(reference)
    if not back.approved:
        log.error("card reversal of %s failed: %s", amount.plain(), back.status.value)
        raise CardReversalFailed(amount=amount.format(), message=back.message or back.status.value) from None


def slip_of(result: TerminalResult) -> CardSlip:
    return CardSlip(terminal_id=result.terminal_id or "", card_type=result.card_type or "",
                    auth_code=result.auth_code or "", rrn=result.rrn or "",
                    receipt_number=result.receipt_number or "", method=result.method or "card")


def terminal_parts(terminal: object | None) -> tuple[PaymentTerminal | None, TerminalJournal | None]:
    """The driver and the journal of what the window holds: the app's ``TerminalService`` (its
    current driver, None when the settings name no terminal) or a bare driver (tests, scripts)."""
    if terminal is None:
        return None, None
    if hasattr(terminal, "journal") and hasattr(terminal, "driver"):
        return terminal.driver, terminal.journal
    return cast(PaymentTerminal, terminal), None  # a bare driver
