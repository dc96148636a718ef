"""The register's journal of card terminal operations (decision 0703, table ``terminal_operation``).

:class:`TerminalJournal` is the driver's :class:`TerminalListener`: every version of an operation
is upserted with the register, shift and cashier it belongs to; a late result (the cashier had
stopped waiting, or the wait ran out) is also handed to whoever watches (the window's pending
list). At start the app :meth:`resume` s the processes the journal left open. Qt-free.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from alsep_desktop.domain.money import Money
from alsep_desktop.hardware.protocols import TerminalStatus
from alsep_desktop.hardware.terminal.journal import OperationKind, ProcessState, TerminalOperation
from alsep_desktop.kernel.clock import Clock
from alsep_desktop.services.terminal_basket import (
    SALE_KEY,
    SaleSnapshot,
    snapshot_of,
    terminal_cheque,
)
from alsep_desktop.store.uow import SqlUnitOfWork

log = logging.getLogger(__name__)

#: what the pending list asks of the cashier
RECONCILE = "reconcile"  # money moved after the cashier gave up: fiscalize or refund
DECLINED_LATE = "declined_late"  # the late outcome is "no money moved": acknowledge and let go
CHECK_TERMINAL = "check_terminal"  # start_unconfirmed / lost: only the terminal's «История» can tell
WATCHING = "watching"  # the register is still asking the terminal


@dataclass(frozen=True, slots=True)
class OperationContext:
    """What the app knows about an operation the driver does not: filled into the journal."""

    register_id: int | None = None
    cashier_id: int | None = None
    terminal_only: bool = False
    #: the sale's basket and tenders (``SaleSnapshot.to_json``), kept with the operation (2011)
    sale: dict[str, Any] | None = None


@dataclass(frozen=True, slots=True)
class JournalEntry:
    """One row of the journal as the window shows it."""

    id: str
    reference: str
    kind: str
    amount: Money
    state: str
    reported: str | None
    method: str | None
    transaction_id: str | None
    original_transaction_id: str | None
    auth_code: str | None
    card_mask: str | None
    terminal_id: str | None
    message: str
    started_at: datetime
    acknowledged: bool
    fiscalized: bool
    terminal_only: bool
    receipt_id: int | None
    register_id: int | None
    shift_id: int | None
    process_id: str | None
    refunded: Money = Money(0)
    earlier_shift: bool = False  # made before the register's current shift (still unresolved)
    sale: SaleSnapshot | None = None  # the basket it paid for, when a sale started it (2011)

    @property
    def approved(self) -> bool:
        return self.state == ProcessState.SUCCESS.value

    @property
    def action(self) -> str:
        """What the pending list asks for this entry."""
        if self.state in (ProcessState.START_UNCONFIRMED.value, ProcessState.LOST.value):
            return CHECK_TERMINAL
        if self.state == ProcessState.SUCCESS.value:
            return RECONCILE
        if self.state in (ProcessState.FAIL.value, ProcessState.NOT_STARTED.value):
            return DECLINED_LATE
        return WATCHING

    @property
    def left_to_refund(self) -> Money:
        return Money(max(0, self.amount.tiyn - self.refunded.tiyn))


def op_values(op: TerminalOperation) -> dict[str, Any]:
    """The driver's record as ``terminal_operation`` columns (the app's columns are added apart)."""
    return {
        "reference": op.reference, "kind": op.kind.value, "amount_tiyn": op.amount.tiyn, "vendor": op.vendor,
        "state": op.state.value, "process_id": op.process_id, "sub_status": op.sub_status or "",
        "reported": op.reported.value if op.reported is not None else None, "method": op.method,
        "transaction_id": op.transaction_id, "original_transaction_id": op.original_transaction_id,
        "auth_code": op.auth_code, "card_mask": op.card_mask, "card_type": op.card_type,
        "terminal_id": op.terminal_id, "message": op.message or "", "actualize_count": op.actualize_count,
        "acknowledged": op.acknowledged, "cheque": op.cheque, "started_at": _aware(op.started_at),
        "updated_at": _aware(op.updated_at),
    }


def _aware(when: datetime) -> datetime:
    """A driver built with the default ``datetime.now`` gives naive local times: read them as local."""
    return when if when.tzinfo is not None else when.astimezone()


def operation_of(row: Any) -> TerminalOperation:
    """A journal row back as the driver's record (to ``resume`` it after a restart)."""
    return TerminalOperation(
        id=row.id, reference=row.reference, kind=OperationKind(row.kind), amount=Money(row.amount_tiyn),
        started_at=row.started_at, updated_at=row.updated_at, vendor=row.vendor, state=ProcessState(row.state),
        process_id=row.process_id, sub_status=row.sub_status or "",
        reported=TerminalStatus(row.reported) if row.reported else None, method=row.method,
        transaction_id=row.transaction_id, original_transaction_id=row.original_transaction_id,
        auth_code=row.auth_code, card_mask=row.card_mask, card_type=row.card_type, terminal_id=row.terminal_id,
        message=row.message or "", actualize_count=row.actualize_count or 0, acknowledged=bool(row.acknowledged),
        cheque=terminal_cheque(row.cheque),
    )


def entry_of(row: Any, refunded: int = 0) -> JournalEntry:
    return JournalEntry(
        id=row.id, reference=row.reference, kind=row.kind, amount=Money(row.amount_tiyn), state=row.state,
        reported=row.reported, method=row.method, transaction_id=row.transaction_id,
        original_transaction_id=row.original_transaction_id, auth_code=row.auth_code, card_mask=row.card_mask,
        terminal_id=row.terminal_id, message=row.message or "", started_at=row.started_at,
        acknowledged=bool(row.acknowledged), fiscalized=bool(row.fiscalized), terminal_only=bool(row.terminal_only),
        receipt_id=row.receipt_id, register_id=row.register_id, shift_id=row.shift_id, process_id=row.process_id,
        refunded=Money(refunded), sale=snapshot_of(row.cheque),
    )


def made_before_shift(row: Any, current: Any) -> bool:
    """Was the operation made before the current shift? One without a shift (none was open) belongs to
    the shift that opened after it; with no shift open now, any shift it has is a closed one."""
    if row.shift_id is not None:
        return current is None or row.shift_id != current.id
    return current is not None and _aware(row.started_at) < _aware(current.opened_at)


class TerminalJournal:
    """The app's :class:`~alsep_desktop.hardware.terminal.listeners.TerminalListener`."""

    def __init__(self, uow: Callable[..., SqlUnitOfWork], clock: Clock) -> None:
        self._uow = uow
        self._clock = clock
        self._lock = threading.Lock()
        self._contexts: dict[str, OperationContext] = {}
        self._default = OperationContext()
        self._watchers: list[Callable[[JournalEntry], None]] = []
        self._under_way: set[str] = set()  # references of sales/returns whose receipt is being written
        self._paid_again: set[str] = set()  # pending payments the cashier chose to pay again anyway (2014)

    # -- context ---------------------------------------------------------------------------
    def set_register(self, register_id: int | None, cashier_id: int | None = None) -> None:
        """Who works at this register now: operations without a context of their own get it."""
        with self._lock:
            self._default = OperationContext(register_id, cashier_id)

    def expect(self, reference: str, context: OperationContext) -> None:
        """The next operations of ``reference`` belong to ``context`` (set before ``pay``/``refund``)."""
        with self._lock:
            self._contexts[reference] = context

    def begin(self, reference: str) -> None:
        """A sale or return of ``reference`` is under way in this process (its receipt may follow)."""
        with self._lock:
            self._under_way.add(reference)

    def end(self, reference: str) -> None:
        with self._lock:
            self._under_way.discard(reference)

    def pay_again(self, operation_ids: Iterable[str]) -> None:
        """The cashier saw these pending payments and pays their goods again anyway (decision 2014)."""
        with self._lock:
            self._paid_again.update(operation_ids)

    def paid_again(self, operation_id: str) -> bool:
        with self._lock:
            return operation_id in self._paid_again

    def watch(self, callback: Callable[[JournalEntry], None]) -> None:
        """``callback(entry)`` on every late result (called on a driver thread)."""
        self._watchers.append(callback)

    # -- TerminalListener ------------------------------------------------------------------
    def on_operation(self, op: TerminalOperation) -> None:
        self._upsert(op)

    def on_late_result(self, op: TerminalOperation) -> None:
        entry = self._upsert(op)
        for callback in list(self._watchers):
            try:
                callback(entry)
            except Exception:  # noqa: BLE001 - a window must not break the driver's thread
                log.exception("late-result watcher failed")

    def _upsert(self, op: TerminalOperation) -> JournalEntry:
        with self._lock:
            ctx = self._contexts.get(op.reference, self._default)
        values = op_values(op)
        with self._uow() as uow:
            row = uow.terminal.get(op.id)
            if row is None:  # the app's columns are set once, when the operation first appears
                shift = uow.shifts.current(ctx.register_id) if ctx.register_id is not None else None
                values.update(register_id=ctx.register_id, cashier_id=ctx.cashier_id,
                              shift_id=shift.id if shift is not None else None, terminal_only=ctx.terminal_only)
                if ctx.sale is not None and op.kind is OperationKind.PAYMENT:
                    values["cheque"] = {**(op.cheque or {}), SALE_KEY: ctx.sale}
            row = uow.terminal.upsert(op.id, values)
            entry = entry_of(row)
            uow.commit()
        return entry

    # -- what the app does with it ---------------------------------------------------------------
    def link_receipt(self, operation_ids: Iterable[str | None], receipt_id: int) -> None:
        """The fiscal receipt that holds this money (its shift too)."""
        ids = [i for i in operation_ids if i]
        if not ids:
            return
        with self._uow() as uow:
            receipt = uow.receipts.get(receipt_id)
            uow.terminal.link_receipt(ids, receipt_id)
            if receipt is not None:
                for i in ids:
                    row = uow.terminal.get(i)
                    if row is not None and row.shift_id is None:
                        row.shift_id = receipt.shift_id
            uow.commit()

    def acknowledge(self, operation_id: str) -> None:
        with self._uow() as uow:
            uow.terminal.acknowledge(operation_id)
            uow.commit()

    def get(self, operation_id: str) -> JournalEntry | None:
        with self._uow(read_only=True) as uow:
            row = uow.terminal.get(operation_id)
            return self._entry(uow, row) if row is not None else None

    def payment_of_receipt(self, receipt_id: int) -> JournalEntry | None:
        """The approved terminal payment a receipt holds (what its return pays back by RRN / order number)."""
        with self._uow(read_only=True) as uow:
            rows = [r for r in uow.terminal.of_receipt(receipt_id) if r.kind == "payment" and r.state == "success"]
            return self._entry(uow, rows[-1]) if rows else None

    def payment_by_transaction(self, transaction_id: str) -> JournalEntry | None:
        with self._uow(read_only=True) as uow:
            row = uow.terminal.by_transaction(transaction_id)
            return self._entry(uow, row) if row is not None else None

    def pending(self, register_id: int | None = None) -> list[JournalEntry]:
        """The "pending reconciliation" list of this register: what the terminal left undecided, late
        outcomes, and approved sale payments no receipt holds (a crash or a failed reversal, 0715)."""
        with self._lock:
            under_way = set(self._under_way)
        with self._uow(read_only=True) as uow:
            rows = {r.id: r for r in uow.terminal.pending(register_id=register_id)}
            for r in uow.terminal.orphans(register_id=register_id):
                if r.reference not in under_way:
                    rows.setdefault(r.id, r)
            entries = [self._entry(uow, r) for r in rows.values()]
        entries = [e for e in entries if not (e.approved and e.kind == "payment" and e.left_to_refund.tiyn == 0
                                              and e.reported not in ("unknown", "stopped_waiting"))]
        return sorted(entries, key=lambda e: (e.started_at, e.id))

    def reconcile_receipts(self, register_id: int | None = None) -> list[str]:
        """At start (0715): link approved operations to the receipt written under their reference (the
        sale's or return's uuid) when the register stopped before linking them; returns their ids.
        The rest stay unlinked and reach the pending list."""
        linked: list[str] = []
        with self._uow() as uow:
            for row in uow.terminal.unlinked_approved(register_id=register_id):
                receipt = uow.receipts.by_uuid(row.reference) if row.reference else None
                if receipt is None or receipt.state in ("rejected", "draft") or (
                        row.register_id is not None and receipt.register_id != row.register_id):
                    continue  # none, or not a fiscal document (the OFD refused it: the charge was reversed)
                uow.terminal.link_receipt([row.id], receipt.id)
                if row.shift_id is None:
                    row.shift_id = receipt.shift_id
                if row.register_id is None:
                    row.register_id = receipt.register_id
                linked.append(row.id)
            uow.commit()
        if linked:
            log.warning("linked %d terminal operation(s) to the receipts written before the register stopped",
                        len(linked))
        return linked

    def terminal_only_open(self, register_id: int | None = None) -> list[JournalEntry]:
        """Terminal-only payments («ФИСКАЛИЗАЦИЯ» off) still without a receipt and not paid back in full:
        those of the register's current shift, and any older one marked ``earlier_shift`` (0716: they
        never drop out of view until their receipt or refund)."""
        with self._uow(read_only=True) as uow:
            current = uow.shifts.current(register_id) if register_id is not None else None
            entries = [replace(self._entry(uow, r), earlier_shift=made_before_shift(r, current))
                       for r in uow.terminal.terminal_only_open(register_id=register_id)]
        return [e for e in entries if e.left_to_refund.tiyn > 0]

    def in_period(self, start: datetime, end: datetime, register_id: int | None = None) -> list[JournalEntry]:
        with self._uow(read_only=True) as uow:
            ids = [register_id] if register_id is not None else None
            return [entry_of(r) for r in uow.terminal.in_period(start, end, register_ids=ids)]

    def resume(self, terminal: object, register_id: int | None = None) -> int:
        """Hand the processes the journal left open to the driver (0703); returns how many."""
        resume = getattr(terminal, "resume", None)
        if resume is None:
            return 0
        with self._uow(read_only=True) as uow:
            ops = [operation_of(r) for r in uow.terminal.to_resume(register_id=register_id)]
        for op in ops:
            try:
                resume(op)
            except Exception:  # noqa: BLE001 - one bad row must not stop the others
                log.exception("could not resume terminal operation %s", op.id)
        return len(ops)

    @staticmethod
    def _entry(uow: SqlUnitOfWork, row: Any) -> JournalEntry:
        refunded = uow.terminal.refunded_tiyn(row.transaction_id) if row.kind == "payment" and row.transaction_id else 0
        return entry_of(row, refunded)
