"""Helpers of the Kaspi driver tests: the journal a terminal recorded, and the ledger check."""

from __future__ import annotations

from alsep_desktop.hardware.protocols import TerminalStatus
from alsep_desktop.hardware.terminal.journal import OperationKind
from alsep_desktop.hardware.terminal.kaspi import KaspiTerminal
from alsep_desktop.hardware.terminal.listeners import RecordingListener
from alsep_terminal_emulator import KaspiEmulator


def journal(t: KaspiTerminal) -> RecordingListener:
    assert isinstance(t.listener, RecordingListener)
    return t.listener


def agree(t: KaspiTerminal, emu: KaspiEmulator) -> None:
    """Money the emulator took or gave back was reported APPROVED, or is pending for the app;
    every APPROVED the driver reported is in the ledger with the same amount, once."""
    ledger = emu.ledger_now()
    ops = {op.process_id: op for op in journal(t).operations.values() if op.process_id}
    pending = {r.process_id for r in t.pending()}
    for entry in ledger.entries():
        op = ops.get(entry.process_id)
        assert op is not None, f"money moved without the driver knowing the process: {entry}"
        assert op.amount.tiyn == entry.amount * 100
        assert op.kind is OperationKind(entry.kind)
        told = op.reported
        assert told is TerminalStatus.APPROVED or entry.process_id in pending or op.acknowledged, (
            f"money moved but the caller was told {told}: {entry}")
    booked = {e.process_id for e in ledger.entries()}
    for op in ops.values():
        if op.reported is TerminalStatus.APPROVED:
            assert op.process_id in booked, f"approval reported but no money moved: {op}"
        if op.reported is TerminalStatus.DECLINED:
            assert op.process_id not in booked
    per_txn: dict[str, int] = {}
    for r in ledger.refunds():
        per_txn[r.refund_of or ""] = per_txn.get(r.refund_of or "", 0) + r.amount
    for txn, total in per_txn.items():
        paid = next(p for p in ledger.payments() if p.transaction_id == txn)
        assert total <= paid.amount, f"refunded {total} of {paid.amount} for {txn}"
