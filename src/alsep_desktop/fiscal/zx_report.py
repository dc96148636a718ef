"""The register's own ZX report (spec §3.5), built from the shift counters it keeps. Pure.

2.0.3 requires it with close shift (``CloseShiftRequest.z_report``) and with X/Z report requests
(``ReportRequest.zx_report``). Meanings we chose where the spec is silent (decision 0110):

* ``sections``: per section (the line's group code) and operation, the number of lines and their
  amount after discounts and markups;
* ``ticket_operations[].payments``: per tender, the receipts that used it and the amount kept
  (cash net of change, so the payments add up to ``tickets_sum``); change is in ``change_sum``;
* ``tickets_total_count`` / ``operations_total_count`` and ``non_nullable_sums``: since the
  register's first shift; ``start_shift_non_nullable_sums`` as they were when the shift opened;
* ``taxes``: per VAT rate (thousandths of a percent) and operation, turnover with VAT, VAT, and
  turnover without VAT; a line without VAT has no tax entry;
* ``revenue`` = sales − sale returns; ``cash_sum`` = cash in the drawer (never below zero).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from alsep_desktop.domain.money import Money
from alsep_desktop.domain.receipt import OperationKind
from alsep_desktop.domain.shift import ShiftTotals
from alsep_desktop.domain.tender import tender_kinds
from alsep_desktop.fiscal.convert import datetime_to_pb, money_to_pb
from alsep_desktop.fiscal.proto import pb
from alsep_desktop.fiscal.protocol import PERCENT_SCALE_FROM_BASIS_POINTS, TAX_TYPE_VAT
from alsep_desktop.fiscal.ticket_mapping import OPERATION, payment_type

#: Order of operations in every per-operation list (the protocol enum's order).
OPERATIONS = sorted(OperationKind, key=lambda op: OPERATION[op])
PLACEMENTS = (("deposit", pb.MONEY_PLACEMENT_DEPOSIT), ("withdrawal", pb.MONEY_PLACEMENT_WITHDRAWAL))


@dataclass(frozen=True, slots=True)
class ShiftFacts:
    """Everything a ZX report says about one shift, as the register knows it."""

    shift_number: int
    opened_at: datetime
    totals: ShiftTotals
    cash_in_drawer: Money
    #: operation value -> tiyn, and operation value / ``deposit`` / ``withdrawal`` -> count, both
    #: since registration up to the opening of this shift (the previous Z report's totals).
    sums_before: Mapping[str, int] = field(default_factory=dict)
    counts_before: Mapping[str, int] = field(default_factory=dict)


def build_zx_report(
    facts: ShiftFacts, when: datetime, vat_percent: Callable[[str], int | None], *, closed_at: datetime | None = None,
) -> pb.ZXReport:
    """The ZX report at ``when`` (``closed_at`` for a Z report). ``vat_percent(code)`` gives a VAT
    rate code's basis points (None: without VAT)."""
    t = facts.totals
    c = t.counters
    rep = pb.ZXReport(date_time=datetime_to_pb(when), shift_number=facts.shift_number,
                      open_shift_time=datetime_to_pb(facts.opened_at))
    for code in sorted({name.split(":", 2)[2] for name in c if name.startswith("sec:")}):
        section = rep.sections.add(section_code=code)
        for op in OPERATIONS:
            count, amount, _ = c.get(f"sec:{op.value}:{code}", (0, 0, 0))
            if count:
                section.operations.add(operation=OPERATION[op], count=count, sum=money_to_pb(amount))
    for op in OPERATIONS:
        o = t.of(op)
        wire = OPERATION[op]
        rep.operations.add(operation=wire, count=o.count, sum=money_to_pb(o.total.tiyn))
        rep.discounts.add(
            operation=wire, count=c.get(f"disc:{op.value}", (0, 0, 0))[0], sum=money_to_pb(o.discounts.tiyn)
        )
        rep.markups.add(
            operation=wire, count=c.get(f"markup:{op.value}", (0, 0, 0))[0], sum=money_to_pb(o.markups.tiyn)
        )
        rep.total_result.add(operation=wire, count=o.count, sum=money_to_pb(o.total.tiyn))
    _taxes(rep, t, vat_percent)
    for op in OPERATIONS:
        before = int(facts.sums_before.get(op.value, 0))
        rep.start_shift_non_nullable_sums.add(operation=OPERATION[op], sum=money_to_pb(before))
    for op in OPERATIONS:
        _ticket_operation(rep.ticket_operations.add(), facts, op)
    for kind, placement in PLACEMENTS:
        count = t.deposit_count if kind == "deposit" else t.withdrawal_count
        placed = t.deposits if kind == "deposit" else t.withdrawals
        rep.money_placements.add(
            operation=placement, operations_total_count=int(facts.counts_before.get(kind, 0)) + count,
            operations_count=count, operations_sum=money_to_pb(placed.tiyn),
            offline_count=c.get(f"offline:{kind}", (0, 0, 0))[0],
        )
    rep.cash_sum.CopyFrom(money_to_pb(max(facts.cash_in_drawer.tiyn, 0)))
    revenue = t.of(OperationKind.SALE).total.tiyn - t.of(OperationKind.SALE_RETURN).total.tiyn
    rep.revenue.sum.CopyFrom(money_to_pb(abs(revenue)))
    rep.revenue.is_negative = revenue < 0
    for op in OPERATIONS:
        after = int(facts.sums_before.get(op.value, 0)) + t.of(op).total.tiyn
        rep.non_nullable_sums.add(operation=OPERATION[op], sum=money_to_pb(after))
    if closed_at is not None:
        rep.close_shift_time.CopyFrom(datetime_to_pb(closed_at))
    return rep


def _ticket_operation(out: pb.ZXReport.TicketOperation, facts: ShiftFacts, op: OperationKind) -> None:
    c = facts.totals.counters
    o = facts.totals.of(op)
    out.operation = OPERATION[op]
    out.tickets_total_count = int(facts.counts_before.get(op.value, 0)) + o.count
    out.tickets_count = o.count
    out.tickets_sum.CopyFrom(money_to_pb(o.total.tiyn))
    by_type: dict[pb.PaymentTypeEnum.ValueType, list[int]] = {}
    for kind in tender_kinds():
        count, amount, _ = c.get(f"pay:{op.value}:{kind.value}", (0, 0, 0))
        if count or amount:
            acc = by_type.setdefault(payment_type(kind), [0, 0])
            acc[0] += count
            acc[1] += amount
    for wire, (count, amount) in sorted(by_type.items()):
        out.payments.add(payment=wire, sum=money_to_pb(amount), count=count)
    out.offline_count = c.get(f"offline:{op.value}", (0, 0, 0))[0]
    out.discount_sum.CopyFrom(money_to_pb(o.discounts.tiyn))
    out.markup_sum.CopyFrom(money_to_pb(o.markups.tiyn))
    out.change_sum.CopyFrom(money_to_pb(c.get(f"change:{op.value}", (0, 0, 0))[1]))


def _taxes(rep: pb.ZXReport, totals: ShiftTotals, vat_percent: Callable[[str], int | None]) -> None:
    by_rate: dict[int, list[tuple[OperationKind, Money, Money]]] = {}
    for op in OPERATIONS:
        for code, turnover, vat in totals.of(op).vat:
            bp = vat_percent(code)
            if bp is not None:
                by_rate.setdefault(bp, []).append((op, turnover, vat))
    for bp, rows in sorted(by_rate.items()):
        tax = rep.taxes.add(tax_type=TAX_TYPE_VAT, percent=bp * PERCENT_SCALE_FROM_BASIS_POINTS)
        for op, turnover, vat in rows:
            tax.operations.add(operation=OPERATION[op], turnover=money_to_pb(turnover.tiyn), sum=money_to_pb(vat.tiyn),
                               turnover_without_tax=money_to_pb(turnover.tiyn - vat.tiyn))
