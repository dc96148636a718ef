"""A receipt as a whole: operation kind, computed lines, payments, change."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from alsep_desktop.domain.adjustment import Adjustment
from alsep_desktop.domain.errors import EmptyReceipt
from alsep_desktop.domain.lines import LineItem, ReceiptTotals, compute_totals
from alsep_desktop.domain.money import Money
from alsep_desktop.domain.payment import Payment, PaymentKind, Settlement, settle
from alsep_desktop.domain.validation import validate_iin_bin


class OperationKind(Enum):
    SALE = "sale"
    PURCHASE = "purchase"
    SALE_RETURN = "sale_return"
    PURCHASE_RETURN = "purchase_return"

    @property
    def is_return(self) -> bool:
        return self in (OperationKind.SALE_RETURN, OperationKind.PURCHASE_RETURN)

    @property
    def cash_sign(self) -> int:
        """+1 when cash comes into the drawer, -1 when it goes out."""
        return 1 if self in (OperationKind.SALE, OperationKind.PURCHASE_RETURN) else -1


@dataclass(frozen=True, slots=True)
class Receipt:
    operation: OperationKind
    totals: ReceiptTotals
    settlement: Settlement
    buyer_iin_bin: str | None = None

    @property
    def total(self) -> Money:
        return self.totals.total

    @property
    def change(self) -> Money:
        return self.settlement.change

    @property
    def payments(self) -> tuple[Payment, ...]:
        return self.settlement.payments

    def paid_by(self, kind: PaymentKind) -> Money:
        return self.settlement.by_kind(kind)

    @property
    def in_drawer(self) -> Money:
        """What the receipt moves through the drawer: its drawer tenders net of change."""
        return self.settlement.in_drawer()


def build_receipt(
    operation: OperationKind,
    items: Sequence[LineItem],
    payments: Sequence[Payment],
    *,
    receipt_discount: Adjustment | None = None,
    receipt_markup: Adjustment | None = None,
    buyer_iin_bin: str | None = None,
) -> Receipt:
    """Compute and settle a receipt. Raises a typed error on any bad input."""
    if not items:
        raise EmptyReceipt()
    if buyer_iin_bin:
        validate_iin_bin(buyer_iin_bin, field="buyer_iin_bin")
    totals = compute_totals(items, receipt_discount, receipt_markup)
    settlement = settle(totals.total, payments)
    return Receipt(operation, totals, settlement, buyer_iin_bin or None)
