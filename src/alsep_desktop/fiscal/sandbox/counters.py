"""Per-shift counters of the sandbox's server-side fiscal memory, and the ZX report."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from alsep_desktop.fiscal.convert import datetime_to_pb, money_to_pb
from alsep_desktop.fiscal.proto import pb

OPERATIONS = (pb.OPERATION_BUY, pb.OPERATION_BUY_RETURN, pb.OPERATION_SELL, pb.OPERATION_SELL_RETURN)
PLACEMENTS = (pb.MONEY_PLACEMENT_DEPOSIT, pb.MONEY_PLACEMENT_WITHDRAWAL)
#: Effect of each operation on the cash in the drawer.
CASH_SIGN = {pb.OPERATION_SELL: 1, pb.OPERATION_BUY_RETURN: 1, pb.OPERATION_BUY: -1, pb.OPERATION_SELL_RETURN: -1}


@dataclass
class CountSum:
    count: int = 0
    total: int = 0

    def add(self, tiyn: int) -> None:
        self.count += 1
        self.total += tiyn


@dataclass
class ShiftCounters:
    number: int
    opened_at: datetime | None = None
    tickets: dict[int, CountSum] = field(default_factory=dict)
    payments: dict[tuple[int, int], int] = field(default_factory=dict)  # (op, payment) -> tiyn
    discounts: dict[int, CountSum] = field(default_factory=dict)
    markups: dict[int, CountSum] = field(default_factory=dict)
    sections: dict[tuple[str, int], CountSum] = field(default_factory=dict)
    taxes: dict[tuple[int, int], list[int]] = field(default_factory=dict)  # (percent, op) -> [turnover, vat]
    placements: dict[int, CountSum] = field(default_factory=dict)
    cash_start: int = 0
    cash: int = 0
    offline_count: int = 0


@dataclass
class Lifetime:
    """Counters since registration (non-nullable sums, total counts)."""

    sums: dict[int, int] = field(default_factory=dict)
    ticket_counts: dict[int, int] = field(default_factory=dict)
    placement_counts: dict[int, int] = field(default_factory=dict)


def build_zx(shift: ShiftCounters, life: Lifetime, start_sums: dict[int, int], when: datetime) -> pb.ZXReport:
    rep = pb.ZXReport(date_time=datetime_to_pb(when), shift_number=shift.number)
    if shift.opened_at is not None:
        rep.open_shift_time.CopyFrom(datetime_to_pb(shift.opened_at))
    for code in sorted({c for c, _ in shift.sections}):
        sec = rep.sections.add(section_code=code)
        for op in OPERATIONS:
            cs = shift.sections.get((code, op))
            if cs:
                sec.operations.add(operation=op, count=cs.count, sum=money_to_pb(cs.total))
    for op in OPERATIONS:
        cs = shift.tickets.get(op, CountSum())
        rep.operations.add(operation=op, count=cs.count, sum=money_to_pb(cs.total))
        d = shift.discounts.get(op, CountSum())
        rep.discounts.add(operation=op, count=d.count, sum=money_to_pb(d.total))
        m = shift.markups.get(op, CountSum())
        rep.markups.add(operation=op, count=m.count, sum=money_to_pb(m.total))
        rep.total_result.add(operation=op, count=cs.count, sum=money_to_pb(cs.total))
        t = rep.ticket_operations.add(
            operation=op, tickets_total_count=life.ticket_counts.get(op, 0),
            tickets_count=cs.count, tickets_sum=money_to_pb(cs.total),
        )
        for (pop, ptype), tiyn in sorted(shift.payments.items()):
            if pop == op:
                t.payments.add(payment=ptype, sum=money_to_pb(tiyn))
        rep.start_shift_non_nullable_sums.add(operation=op, sum=money_to_pb(start_sums.get(op, 0)))
        rep.non_nullable_sums.add(operation=op, sum=money_to_pb(life.sums.get(op, 0)))
    for percent in sorted({p for p, _ in shift.taxes}):
        tax = rep.taxes.add(tax_type=100, percent=percent)
        for op in OPERATIONS:
            pair = shift.taxes.get((percent, op))
            if pair:
                tax.operations.add(operation=op, turnover=money_to_pb(pair[0]), sum=money_to_pb(pair[1]))
    for kind in PLACEMENTS:
        cs = shift.placements.get(kind, CountSum())
        rep.money_placements.add(
            operation=kind, operations_total_count=life.placement_counts.get(kind, 0),
            operations_count=cs.count, operations_sum=money_to_pb(cs.total),
        )
    rep.cash_sum.CopyFrom(money_to_pb(max(shift.cash, 0)))
    revenue = shift.tickets.get(pb.OPERATION_SELL, CountSum()).total - shift.tickets.get(
        pb.OPERATION_SELL_RETURN, CountSum()
    ).total
    rep.revenue.sum.CopyFrom(money_to_pb(abs(revenue)))
    rep.revenue.is_negative = revenue < 0
    return rep
