"""The basket: an immutable list of lines plus receipt-level adjustments."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from alsep_desktop.domain.adjustment import Adjustment
from alsep_desktop.domain.errors import DomainError
from alsep_desktop.domain.lines import LineItem, ReceiptTotals, compute_totals
from alsep_desktop.domain.payment import Payment
from alsep_desktop.domain.receipt import OperationKind, Receipt, build_receipt


class LineIndexError(DomainError):
    code = "domain.no_such_line"
    template = "There is no line {index} in the basket"


@dataclass(frozen=True, slots=True)
class Basket:
    lines: tuple[LineItem, ...] = ()
    receipt_discount: Adjustment | None = None
    receipt_markup: Adjustment | None = None

    def add(self, *items: LineItem) -> Basket:
        return replace(self, lines=self.lines + tuple(items))

    def replace_line(self, index: int, item: LineItem) -> Basket:
        self._check(index)
        lines = list(self.lines)
        lines[index] = item
        return replace(self, lines=tuple(lines))

    def remove(self, index: int) -> Basket:
        self._check(index)
        return replace(self, lines=self.lines[:index] + self.lines[index + 1 :])

    def with_adjustments(self, discount: Adjustment | None, markup: Adjustment | None) -> Basket:
        candidate = replace(self, receipt_discount=discount, receipt_markup=markup)
        candidate.totals()  # validate now, not at payment
        return candidate

    def clear(self) -> Basket:
        return Basket()

    def totals(self) -> ReceiptTotals:
        return compute_totals(self.lines, self.receipt_discount, self.receipt_markup)

    def to_receipt(
        self,
        payments: Sequence[Payment],
        operation: OperationKind = OperationKind.SALE,
        buyer_iin_bin: str | None = None,
    ) -> Receipt:
        return build_receipt(
            operation,
            self.lines,
            payments,
            receipt_discount=self.receipt_discount,
            receipt_markup=self.receipt_markup,
            buyer_iin_bin=buyer_iin_bin,
        )

    def __len__(self) -> int:
        return len(self.lines)

    def _check(self, index: int) -> None:
        if not 0 <= index < len(self.lines):
            raise LineIndexError(index=index + 1)
