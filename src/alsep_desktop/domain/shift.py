"""Shift totals kept as running counters (no scans for X/Z reports). Pure.

Each fiscal document yields *deltas* of named counters (count, amount, extra); the store adds
them to the shift's counter rows in the same transaction as the document. Reports read the
counters back into ``ShiftTotals``.

Counter names:
  ``op:<operation>``               receipts of that kind: count, total
  ``pay:<operation>:<kind>``       amount kept under that tender (cash net of change)
  ``vat:<operation>:<rate code>``  amount = VAT-inclusive turnover, extra = VAT
  ``disc:<operation>`` / ``markup:<operation>``  discount / markup amounts
  ``move:deposit`` / ``move:withdrawal``           cash moves: count, amount
  ``cash``                         change of the cash in the drawer since the shift opened
  ``pay:…`` count                  receipts that used the tender
  ``change:<operation>``           change given back
  ``sec:<operation>:<section>``    lines of that section (department): count, amount after discounts
  ``offline:<operation>`` / ``offline:deposit|withdrawal``  documents made offline (count)

The OFD's ZX report of the shift is built from these counters (``fiscal.zx_report``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from alsep_desktop.domain.errors import DomainError
from alsep_desktop.domain.money import Money
from alsep_desktop.domain.payment import PaymentKind
from alsep_desktop.domain.receipt import OperationKind, Receipt
from alsep_desktop.domain.tender import tender_kinds

SHIFT_MAX_AGE = timedelta(hours=24)
#: Section (department) of a line without a group code.
DEFAULT_SECTION = "1"

Delta = tuple[int, int, int]  # count, amount, extra


class ShiftExpired(DomainError):
    code = "shift.expired"
    template = "The shift has been open for more than 24 hours: close the shift (Z report) first"


class NotEnoughCash(DomainError):
    code = "shift.not_enough_cash"
    template = "Only {cash} in the drawer, cannot withdraw {amount}"


class NoOpenShift(DomainError):
    code = "shift.none_open"
    template = "There is no open shift"


def _add(out: dict[str, list[int]], name: str, count: int = 0, amount: int = 0, extra: int = 0) -> None:
    acc = out.setdefault(name, [0, 0, 0])
    acc[0] += count
    acc[1] += amount
    acc[2] += extra


def receipt_deltas(receipt: Receipt) -> dict[str, Delta]:
    op = receipt.operation.value
    out: dict[str, list[int]] = {}
    _add(out, f"op:{op}", 1, receipt.total.tiyn)
    for kind in tender_kinds():
        kept = receipt.paid_by(kind).tiyn
        if kept:
            _add(out, f"pay:{op}:{kind.value}", 1, kept)
    if receipt.change.tiyn:
        _add(out, f"change:{op}", 0, receipt.change.tiyn)
    for line in receipt.totals.lines:
        _add(out, f"sec:{op}:{line.item.group_code or DEFAULT_SECTION}", 1, line.total.tiyn)
    for vt in receipt.totals.vat_totals:
        _add(out, f"vat:{op}:{vt.rate.code}", 0, vt.turnover.tiyn, vt.vat.tiyn)
    discount = receipt.totals.discount_total.tiyn
    markup = receipt.totals.markup_total.tiyn
    if discount:
        _add(out, f"disc:{op}", 1, discount)
    if markup:
        _add(out, f"markup:{op}", 1, markup)
    cash = receipt.in_drawer.tiyn
    if cash:
        _add(out, "cash", 0, receipt.operation.cash_sign * cash)
    return {k: (v[0], v[1], v[2]) for k, v in out.items()}


def document_number(shift_number: int, number: int) -> int:
    """The register-wide number of a document (the OFD's ``printed_document_number``): unique per
    register because shift numbers never repeat and a shift has fewer than 100,000 documents."""
    return shift_number * 100_000 + number


def offline_delta(kind: str) -> dict[str, Delta]:
    """One more document made offline: ``kind`` is an operation value, ``deposit`` or ``withdrawal``."""
    return {f"offline:{kind}": (1, 0, 0)}


def cash_move_deltas(deposit: bool, amount: Money) -> dict[str, Delta]:
    name = "move:deposit" if deposit else "move:withdrawal"
    return {name: (1, amount.tiyn, 0), "cash": (0, amount.tiyn if deposit else -amount.tiyn, 0)}


@dataclass(frozen=True)
class OperationTotals:
    operation: OperationKind
    count: int = 0
    total: Money = Money(0)
    by_payment: tuple[tuple[PaymentKind, Money], ...] = ()
    vat: tuple[tuple[str, Money, Money], ...] = ()  # (rate code, turnover, vat)
    discounts: Money = Money(0)
    markups: Money = Money(0)


@dataclass(frozen=True)
class ShiftTotals:
    operations: tuple[OperationTotals, ...]
    deposits: Money = Money(0)
    deposit_count: int = 0
    withdrawals: Money = Money(0)
    withdrawal_count: int = 0
    cash_delta: Money = Money(0)
    counters: dict[str, Delta] = field(default_factory=dict)

    def of(self, operation: OperationKind) -> OperationTotals:
        for o in self.operations:
            if o.operation is operation:
                return o
        return OperationTotals(operation)

    @property
    def document_count(self) -> int:
        return sum(o.count for o in self.operations) + self.deposit_count + self.withdrawal_count

    @classmethod
    def from_counters(cls, rows: Iterable[tuple[str, int, int, int]]) -> ShiftTotals:
        counters = {name: (c, a, e) for name, c, a, e in rows}
        ops = []
        for op in OperationKind:
            c, a, _ = counters.get(f"op:{op.value}", (0, 0, 0))
            pays = tuple(
                (k, Money(counters[f"pay:{op.value}:{k.value}"][1]))
                for k in tender_kinds()
                if f"pay:{op.value}:{k.value}" in counters
            )
            vat = tuple(
                sorted(
                    (name.split(":", 2)[2], Money(v[1]), Money(v[2]))
                    for name, v in counters.items()
                    if name.startswith(f"vat:{op.value}:")
                )
            )
            ops.append(
                OperationTotals(
                    op, c, Money(a), pays, vat,
                    Money(counters.get(f"disc:{op.value}", (0, 0, 0))[1]),
                    Money(counters.get(f"markup:{op.value}", (0, 0, 0))[1]),
                )
            )
        dep = counters.get("move:deposit", (0, 0, 0))
        wd = counters.get("move:withdrawal", (0, 0, 0))
        return cls(
            operations=tuple(ops), deposits=Money(dep[1]), deposit_count=dep[0], withdrawals=Money(wd[1]),
            withdrawal_count=wd[0], cash_delta=Money(counters.get("cash", (0, 0, 0))[1]), counters=counters,
        )


def check_shift_age(opened_at: datetime, now: datetime) -> None:
    if now - opened_at > SHIFT_MAX_AGE:
        raise ShiftExpired()


def check_withdrawal(cash_in_drawer: Money, amount: Money) -> None:
    if amount > cash_in_drawer:
        raise NotEnoughCash(cash=cash_in_drawer.format(), amount=amount.format())
