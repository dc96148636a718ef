"""Cross-check of the register's own shift counters against the OFD's X/Z report. Pure."""

from __future__ import annotations

from alsep_desktop.domain.money import Money
from alsep_desktop.domain.receipt import OperationKind
from alsep_desktop.domain.shift import ShiftTotals
from alsep_desktop.fiscal.convert import money_from_pb
from alsep_desktop.fiscal.proto import pb
from alsep_desktop.fiscal.ticket_mapping import OPERATION


def compare(totals: ShiftTotals, cash_in_drawer: Money, zx: pb.ZXReport) -> list[str]:
    """Human-readable differences (empty when the OFD agrees to the tiyn)."""
    diffs: list[str] = []
    ofd_ops = {int(t.operation): t for t in zx.ticket_operations}
    for op in OperationKind:
        ours = totals.of(op)
        theirs = ofd_ops.get(int(OPERATION[op]))
        count = int(theirs.tickets_count) if theirs is not None else 0
        total = money_from_pb(theirs.tickets_sum) if theirs is not None else 0
        if count != ours.count or total != ours.total.tiyn:
            diffs.append(
                f"{op.value}: register {ours.count} / {ours.total.plain()}, OFD {count} / {Money(total).plain()}"
            )
    placements = {int(m.operation): m for m in zx.money_placements}
    for kind, count, amount in (
        (pb.MONEY_PLACEMENT_DEPOSIT, totals.deposit_count, totals.deposits),
        (pb.MONEY_PLACEMENT_WITHDRAWAL, totals.withdrawal_count, totals.withdrawals),
    ):
        m = placements.get(int(kind))
        c = int(m.operations_count) if m is not None else 0
        s = money_from_pb(m.operations_sum) if m is not None else 0
        if c != count or s != amount.tiyn:
            name = "deposits" if kind == pb.MONEY_PLACEMENT_DEPOSIT else "withdrawals"
            diffs.append(f"{name}: register {count} / {amount.plain()}, OFD {c} / {Money(s).plain()}")
    if zx.HasField("cash_sum") and money_from_pb(zx.cash_sum) != cash_in_drawer.tiyn:
        diffs.append(f"cash: register {cash_in_drawer.plain()}, OFD {Money(money_from_pb(zx.cash_sum)).plain()}")
    return diffs
