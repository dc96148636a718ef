"""Card payments through the connected terminal (mPOS), around a sale or a return.

The card is charged first; the fiscal receipt is written only when the bank approved. If the
sale then fails (shift too old, OFD refusal, …) the charge is reversed at once, so a customer is
never charged for a sale that did not happen. Without a connected terminal a card payment is
recorded as taken on a separate terminal, as the seed's «Безнал» does.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Sequence

from alsep_desktop.domain.money import Money
from alsep_desktop.domain.payment import CardSlip, Payment, PaymentKind
from alsep_desktop.errors import AlsepError
from alsep_desktop.hardware.protocols import PaymentTerminal, TerminalResult
from alsep_desktop.services.changes import OpResult
from alsep_desktop.services.documents import DocumentResult

log = logging.getLogger(__name__)


class CardNotApproved(AlsepError):
    code = "terminal.not_approved"
    template = "The card payment was not approved ({status}): {message}"


class CardReversalFailed(AlsepError):
    code = "terminal.reversal_failed"
    template = "The sale failed and the card charge of {amount} could not be reversed: {message}"


def card_part(payments: Sequence[Payment]) -> Money:
    return Money.sum(p.amount for p in payments if p.kind is PaymentKind.CARD)


def with_card(
    terminal: PaymentTerminal | None,
    payments: Sequence[Payment],
    record: Callable[[CardSlip | None], OpResult[DocumentResult]],
    *,
    refund: bool = False,
) -> OpResult[DocumentResult]:
    """Charge (or, for a return, pay back) the card part, then ``record`` the receipt with the
    terminal's slip (``record(None)`` when no terminal is involved)."""
    amount = card_part(payments)
    if terminal is None or amount.tiyn == 0:
        return record(None)
    reference = str(uuid.uuid4())
    result: TerminalResult = (terminal.refund if refund else terminal.pay)(amount, reference=reference)
    if not result.approved:
        raise CardNotApproved(status=result.status.value, message=result.message or "-")
    try:
        return record(slip_of(result))
    except Exception:
        if refund:
            back = terminal.pay(amount, reference=reference)
        else:
            back = terminal.refund(amount, reference=reference, original_rrn=result.rrn)
        if not back.approved:
            log.error("card reversal of %s failed: %s", amount.plain(), back.status.value)
            raise CardReversalFailed(amount=amount.format(), message=back.message or back.status.value) from None
        raise


def slip_of(result: TerminalResult) -> CardSlip:
    return CardSlip(terminal_id=result.terminal_id or "", card_type=result.card_type or "",
                    auth_code=result.auth_code or "", rrn=result.rrn or "",
                    receipt_number=result.receipt_number or "", method=result.method or "card")
