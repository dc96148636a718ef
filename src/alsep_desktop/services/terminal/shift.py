"""The card terminal's figures of a shift, for the X and Z reports (decision 0717). Qt-free.

Beside the fiscal figures the reports show, per method (card / Kaspi QR), the approved payments and
refunds the terminal journal holds for the shift, and name every terminal-only payment («ФИСКАЛИЗАЦИЯ»
off) that still has no fiscal receipt: the cashier issues its receipt with «Безнал» or refunds it
before the Z report, which refuses to close over them unless the administrator carries them over.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from alsep_desktop.domain.money import Money
from alsep_desktop.errors import AlsepError
from alsep_desktop.services.terminal_journal import made_before_shift
from alsep_desktop.store.uow import SqlUnitOfWork

METHODS = ("card", "qr")


class TerminalPaymentsWithoutReceipt(AlsepError):
    code = "shift.terminal_payments_open"
    template = ("Card payments taken on the terminal without a fiscal receipt: {count}, {amount} in all; issue their "
                "receipts with «Безнал» or refund them before closing the shift, or close it and carry them over")


@dataclass(frozen=True, slots=True)
class MethodFigures:
    method: str  # "card" | "qr"
    payments: int
    paid: Money
    refunds: int
    refunded: Money


@dataclass(frozen=True, slots=True)
class OpenPayment:
    """A terminal-only payment without its fiscal receipt (and not refunded in full)."""

    started_at: datetime
    amount: Money  # what is left (the amount less what was refunded)
    transaction_id: str
    earlier_shift: bool


@dataclass(frozen=True, slots=True)
class TerminalShiftFigures:
    methods: tuple[MethodFigures, ...]
    without_receipt: tuple[OpenPayment, ...]

    @property
    def open_amount(self) -> Money:
        return Money.sum(p.amount for p in self.without_receipt)


def shift_figures(uow: SqlUnitOfWork, register_id: int, shift: Any) -> TerminalShiftFigures | None:
    """The journal's figures of ``shift`` (None when the register never used a terminal, so a report
    without a terminal stays as it was)."""
    rows = uow.terminal.of_shift(shift.id, states=["success"])
    open_rows = uow.terminal.terminal_only_open(register_id=register_id)
    if not rows and not open_rows:
        return None
    acc = {m: [0, 0, 0, 0] for m in METHODS}
    for r in rows:
        a = acc["qr" if r.method == "qr" else "card"]
        if r.kind == "payment":
            a[0] += 1
            a[1] += r.amount_tiyn
        elif r.kind == "refund":
            a[2] += 1
            a[3] += r.amount_tiyn
    methods = tuple(MethodFigures(m, a[0], Money(a[1]), a[2], Money(a[3])) for m, a in acc.items() if a[0] or a[2])
    open_payments = []
    for r in open_rows:
        left = r.amount_tiyn - (uow.terminal.refunded_tiyn(r.transaction_id) if r.transaction_id else 0)
        if left > 0:
            open_payments.append(OpenPayment(r.started_at, Money(left), r.transaction_id or "",
                                             made_before_shift(r, shift)))
    return TerminalShiftFigures(methods, tuple(open_payments))
