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

from alsep_desktop.app.errors import AlsepError
from alsep_desktop.domain.money import Money
from alsep_desktop.domain.payment import Payment, PaymentKind
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
    record: Callable[[], OpResult[DocumentResult]],
    *,
    refund: bool = False,
) -> OpResult[DocumentResult]:
    """Charge (or, for a return, pay back) the card part, then ``record`` the receipt."""
    amount = card_part(payments)
    if terminal is None or amount.tiyn == 0:
        return record()
    reference = str(uuid.uuid4())
    result: TerminalResult = (terminal.refund if refund else terminal.pay)(amount, reference=reference)
    if not result.approved:
        raise CardNotApproved(status=result.status.value, message=result.message or "-")
    try:
        return record()
    except Exception:
        if refund:
            back = terminal.pay(amount, reference=reference)
        else:
            back = terminal.refund(amount, reference=reference, original_rrn=result.rrn)
        if not back.approved:
            log.error("card reversal of %s failed: %s", amount.plain(), back.status.value)
            raise CardReversalFailed(amount=amount.format(), message=back.message or back.status.value) from None
        raise
