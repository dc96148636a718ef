"""A sale's or a return's card part through the terminal, with the waiting dialog on top.

The work runs on the counter's :class:`OpRunner`; «Прекратить ожидание» calls the driver's
``cancel`` (thread-safe). An unknown outcome comes back as ``CardPaymentUnknown`` (the sale stays
open, the window says so); the late outcome reaches the Terminal tab's pending list.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from alsep_desktop.domain.payment import CardSlip, Payment
from alsep_desktop.services.card_payment import card_part, terminal_parts, with_card
from alsep_desktop.services.terminal_basket import SaleSnapshot
from alsep_desktop.services.terminal_journal import OperationContext
from alsep_desktop.ui.counter import Counter
from alsep_desktop.ui.qt import QWidget
from alsep_desktop.ui.terminal.dialogs import WaitingDialog


def run_with_card(counter: Counter, parent: QWidget, payments: Sequence[Payment],
                  record: Callable[[CardSlip | None], Any], ok: Callable[[Any], None],
                  failed: Callable[[Exception], None], *, refund: bool = False,
                  original_receipt_id: int | None = None, reference: str | None = None,
                  sale: SaleSnapshot | None = None) -> WaitingDialog | None:
    """``record(slip)`` writes the receipt; for a refund ``original_receipt_id`` names the sale whose
    terminal payment (RRN / order number, method) is paid back. ``reference``: the uuid ``record``
    gives the receipt (the terminal operation's reference, decision 0715). ``sale``: the basket and
    tenders, kept with the operation so a late approval fiscalizes the same lines (2011)."""
    driver, journal = terminal_parts(counter.terminal)
    amount = card_part(payments, with_mobile=refund)
    cashier = counter.cashier
    context = OperationContext(counter.register_id, cashier.user_id if cashier is not None else None,
                               sale=sale.to_json() if sale is not None and not refund else None)
    original_of = getattr(counter.terminal, "original_of_receipt", None)
    dialog = None
    if driver is not None and amount.tiyn:
        dialog = WaitingDialog(amount, driver.cancel, refund=refund, parent=parent)
        dialog.open()

    def work() -> Any:
        original = original_of(original_receipt_id) if refund and original_of and original_receipt_id else None
        return with_card(driver, payments, record, refund=refund, original=original, journal=journal,
                         context=context, reference=reference)

    def close() -> None:
        if dialog is not None:
            dialog.finish()

    def recorded(result: Any) -> None:
        close()
        ok(result)

    def not_recorded(exc: Exception) -> None:
        close()
        failed(exc)

    counter.ops.run(work, recorded, not_recorded)
    return dialog
