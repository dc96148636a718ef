"""Helpers of the Kaspi driver tests: the journal a terminal recorded, and the ledger check."""

from __future__ import annotations

import threading
import time

from alsep_desktop.hardware.protocols import TerminalStatus
from alsep_desktop.hardware.terminal.journal import OperationKind, ProcessState
from alsep_desktop.hardware.terminal.kaspi.driver import KaspiTerminal
from alsep_desktop.hardware.terminal.listeners import RecordingListener
from alsep_terminal_emulator import KaspiEmulator

# Shrunk times for tests; production follows the spec: 1 s poll, 180 s wait, 10 s between actualizes.
FAST = dict(poll_interval=0.05, wait_limit=3.0, actualize_interval=0.3, background_limit=6.0,
            connect_timeout=2.0, http_timeout=1.0, register_timeout=3.0)


def journal(t: KaspiTerminal) -> RecordingListener:
    assert isinstance(t.listener, RecordingListener)
    return t.listener


def agree(t: KaspiTerminal, emu: KaspiEmulator, *more: KaspiTerminal) -> None:
    """Money the emulator took or gave back was reported APPROVED, or is pending for the app;
    every APPROVED the driver reported is in the ledger with the same amount, once. ``more``: other
    driver instances on the same terminal (an app restart)."""
    ledger = emu.ledger_now()
    drivers = (t, *more)
    ops = {op.process_id: op for d in drivers for op in journal(d).operations.values() if op.process_id}
    pending = {r.process_id for d in drivers for r in d.pending()}
    unconfirmed = [op for d in drivers for op in d.pending_operations() if op.state is ProcessState.START_UNCONFIRMED]
    for entry in ledger.entries():
        op = ops.get(entry.process_id)
        if op is None:  # the start's answer was lost: a pending "check the terminal" of that amount
            match = [u for u in unconfirmed if u.amount.tiyn == entry.amount * 100 and u.kind.value == entry.kind]
            assert match, f"money moved without the driver knowing the process: {entry}"
            unconfirmed.remove(match[0])
            continue
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


def cancel_when_started(t: KaspiTerminal, reference: str, after: float = 0.0) -> threading.Thread:
    """The cashier presses "stop waiting" ``after`` seconds once the operation has a process id
    (robust on a loaded machine, unlike a timer started before ``pay``)."""

    def run() -> None:
        end = time.monotonic() + 10
        while time.monotonic() < end:
            if any(op.reference == reference and op.process_id for op in journal(t).operations.values()):
                time.sleep(after)
                t.cancel()
                return
            time.sleep(0.005)

    th = threading.Thread(target=run, daemon=True)
    th.start()
    return th
