"""Per-shift counters of the sandbox's server-side fiscal memory, and its ZX report.

The sandbox counts from the tickets it accepted, as the operator does, with the meanings of
decision 0110 (the register builds its own report from its own counters the same way, so the
two can be compared field by field).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from alsep_desktop.fiscal.convert import datetime_to_pb, money_from_pb, money_to_pb
from alsep_desktop.fiscal.proto import pb
from alsep_desktop.fiscal.protocol import TAX_TYPE_VAT

Item = pb.TicketRequest.Item
OPERATIONS = (pb.OPERATION_BUY, pb.OPERATION_BUY_RETURN, pb.OPERATION_SELL, pb.OPERATION_SELL_RETURN)
PLACEMENTS = (pb.MONEY_PLACEMENT_DEPOSIT, pb.MONEY_PLACEMENT_WITHDRAWAL)
#: Effect of each operation on the cash in the drawer.
CASH_SIGN = {pb.OPERATION_SELL: 1, pb.OPERATION_BUY_RETURN: 1, pb.OPERATION_BUY: -1, pb.OPERATION_SELL_RETURN: -1}


@dataclass
class CountSum:
    count: int = 0
    total: int = 0

    def add(self, tiyn: int, count: int = 1) -> None:
        self.count += count
        self.total += tiyn


@dataclass
class ShiftCounters:
    number: int
    opened_at: datetime | None = None
    tickets: dict[int, CountSum] = field(default_factory=dict)
    payments: dict[tuple[int, int], CountSum] = field(default_factory=dict)  # (op, payment type)
    changes: dict[int, int] = field(default_factory=dict)
    discounts: dict[int, CountSum] = field(default_factory=dict)
    markups: dict[int, CountSum] = field(default_factory=dict)
    sections: dict[tuple[str, int], CountSum] = field(default_factory=dict)
    taxes: dict[tuple[int, int], list[int]] = field(default_factory=dict)  # (percent, op) -> [turnover, vat]
    offline: dict[int, int] = field(default_factory=dict)  # op -> tickets made offline
    placements: dict[int, CountSum] = field(default_factory=dict)
    placements_offline: dict[int, int] = field(default_factory=dict)
    cash_start: int = 0
    cash: int = 0

    @property
    def has_documents(self) -> bool:
        return bool(self.tickets or self.placements)

    def add_ticket(self, t: pb.TicketRequest, total: int) -> None:
        op = t.operation
        self.tickets.setdefault(op, CountSum()).add(total)
        change = money_from_pb(t.amounts.change) if t.amounts.HasField("change") else 0
        kept: dict[int, int] = {}
        for p in t.payments:
            kept[int(p.type)] = kept.get(int(p.type), 0) + money_from_pb(p.sum)
        if pb.PAYMENT_CASH in kept:
            kept[pb.PAYMENT_CASH] -= change
        for ptype, tiyn in kept.items():
            self.payments.setdefault((op, ptype), CountSum()).add(tiyn)
        if change:
            self.changes[op] = self.changes.get(op, 0) + change
        self.cash += CASH_SIGN[op] * kept.get(pb.PAYMENT_CASH, 0)
        if t.HasField("offline_ticket_number"):
            self.offline[op] = self.offline.get(op, 0) + 1
        self._items(t, op)

    def _items(self, t: pb.TicketRequest, op: int) -> None:
        """Sections and taxes on each line's amount after the discount/markup items that follow it."""
        lines: list[tuple[pb.TicketRequest.Item.Commodity, int]] = []
        discount = markup = 0
        for item in t.items:
            if item.type == Item.ITEM_TYPE_COMMODITY:
                lines.append((item.commodity, money_from_pb(item.commodity.sum)))
            elif item.type == Item.ITEM_TYPE_DISCOUNT and lines:
                amount = money_from_pb(item.discount.sum)
                lines[-1] = (lines[-1][0], lines[-1][1] - amount)
                discount += amount
            elif item.type == Item.ITEM_TYPE_MARKUP and lines:
                amount = money_from_pb(item.markup.sum)
                lines[-1] = (lines[-1][0], lines[-1][1] + amount)
                markup += amount
        if discount:
            self.discounts.setdefault(op, CountSum()).add(discount)
        if markup:
            self.markups.setdefault(op, CountSum()).add(markup)
        for c, net in lines:
            self.sections.setdefault((c.section_code, op), CountSum()).add(net)
            for tax in c.taxes:
                pair = self.taxes.setdefault((int(tax.percent), op), [0, 0])
                pair[0] += net
                pair[1] += money_from_pb(tax.sum)

    def add_placement(self, m: pb.MoneyPlacementRequest) -> None:
        kind = int(m.operation)
        amount = money_from_pb(m.sum)
        self.cash += amount if kind == pb.MONEY_PLACEMENT_DEPOSIT else -amount
        self.placements.setdefault(kind, CountSum()).add(amount)
        if m.is_offline:
            self.placements_offline[kind] = self.placements_offline.get(kind, 0) + 1


@dataclass
class Lifetime:
    """Counters since registration (non-nullable sums, total counts)."""

    sums: dict[int, int] = field(default_factory=dict)
    ticket_counts: dict[int, int] = field(default_factory=dict)
    placement_counts: dict[int, int] = field(default_factory=dict)


def build_zx(shift: ShiftCounters, life: Lifetime, start_sums: dict[int, int], when: datetime,
             *, closed_at: datetime | None = None) -> pb.ZXReport:
    opened = shift.opened_at or when
    rep = pb.ZXReport(date_time=datetime_to_pb(when), shift_number=shift.number,
                      open_shift_time=datetime_to_pb(opened))
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
    for percent in sorted({p for p, _ in shift.taxes}):
        tax = rep.taxes.add(tax_type=TAX_TYPE_VAT, percent=percent)
        for op in OPERATIONS:
            pair = shift.taxes.get((percent, op))
            if pair:
                tax.operations.add(operation=op, turnover=money_to_pb(pair[0]), sum=money_to_pb(pair[1]),
                                   turnover_without_tax=money_to_pb(pair[0] - pair[1]))
    for op in OPERATIONS:
        rep.start_shift_non_nullable_sums.add(operation=op, sum=money_to_pb(start_sums.get(op, 0)))
    for op in OPERATIONS:
        cs = shift.tickets.get(op, CountSum())
        t = rep.ticket_operations.add(
            operation=op, tickets_total_count=life.ticket_counts.get(op, 0), tickets_count=cs.count,
            tickets_sum=money_to_pb(cs.total), offline_count=shift.offline.get(op, 0),
            discount_sum=money_to_pb(shift.discounts.get(op, CountSum()).total),
            markup_sum=money_to_pb(shift.markups.get(op, CountSum()).total),
            change_sum=money_to_pb(shift.changes.get(op, 0)),
        )
        for (pop, ptype), pay in sorted(shift.payments.items()):
            if pop == op:
                t.payments.add(payment=ptype, sum=money_to_pb(pay.total), count=pay.count)
    for kind in PLACEMENTS:
        cs = shift.placements.get(kind, CountSum())
        rep.money_placements.add(
            operation=kind, operations_total_count=life.placement_counts.get(kind, 0),
            operations_count=cs.count, operations_sum=money_to_pb(cs.total),
            offline_count=shift.placements_offline.get(kind, 0),
        )
    rep.cash_sum.CopyFrom(money_to_pb(max(shift.cash, 0)))
    revenue = shift.tickets.get(pb.OPERATION_SELL, CountSum()).total - shift.tickets.get(
        pb.OPERATION_SELL_RETURN, CountSum()
    ).total
    rep.revenue.sum.CopyFrom(money_to_pb(abs(revenue)))
    rep.revenue.is_negative = revenue < 0
    for op in OPERATIONS:
        rep.non_nullable_sums.add(operation=op, sum=money_to_pb(life.sums.get(op, 0)))
    if closed_at is not None:
        rep.close_shift_time.CopyFrom(datetime_to_pb(closed_at))
    return rep


def zx_disagreements(theirs: pb.ZXReport, ours: pb.ZXReport) -> list[str]:
    """Where a register's ZX report disagrees with the sandbox's counters of the same shift
    (per-shift figures only: the lifetime ones depend on history before the sandbox)."""
    out: list[str] = []
    if theirs.shift_number != ours.shift_number:
        out.append(f"shift_number {theirs.shift_number} != {ours.shift_number}")

    def tickets(rep: pb.ZXReport) -> dict[int, tuple[int, int]]:
        return {int(t.operation): (t.tickets_count, money_from_pb(t.tickets_sum))
                for t in rep.ticket_operations if t.tickets_count or money_from_pb(t.tickets_sum)}

    def placements(rep: pb.ZXReport) -> dict[int, tuple[int, int]]:
        return {int(m.operation): (m.operations_count, money_from_pb(m.operations_sum))
                for m in rep.money_placements if m.operations_count or money_from_pb(m.operations_sum)}

    if tickets(theirs) != tickets(ours):
        out.append(f"ticket_operations {tickets(theirs)} != {tickets(ours)}")
    if placements(theirs) != placements(ours):
        out.append(f"money_placements {placements(theirs)} != {placements(ours)}")
    if money_from_pb(theirs.cash_sum) != money_from_pb(ours.cash_sum):
        out.append(f"cash_sum {money_from_pb(theirs.cash_sum)} != {money_from_pb(ours.cash_sum)}")
    return out
