"""The record of one terminal operation, as the driver keeps it and the app journals it.

A plain frozen dataclass: the driver hands every new version to its listener
(:class:`~alsep_desktop.hardware.terminal.listeners.TerminalListener.on_operation`), and the app
upserts it by ``id`` into its ``terminal_operation`` table (decision 0703 gives the columns).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from enum import Enum
from typing import Any

from alsep_desktop.domain.money import Money
from alsep_desktop.hardware.protocols import TerminalResult, TerminalStatus


class OperationKind(Enum):
    PAYMENT = "payment"
    REFUND = "refund"


class ProcessState(Enum):
    """Where the operation is on the terminal (Kaspi's ``status`` plus the driver's own states)."""

    NOT_STARTED = "not_started"  # refused before a process existed (busy, unreachable): nothing moved
    STARTING = "starting"  # the start request is on its way
    START_UNCONFIRMED = "start_unconfirmed"  # start sent, answer lost: check the terminal by hand
    WAIT = "wait"
    SUCCESS = "success"
    FAIL = "fail"
    UNKNOWN = "unknown"  # the terminal itself does not know: actualize
    LOST = "lost"  # the terminal no longer knows the process (101): check the terminal by hand

    @property
    def final(self) -> bool:
        return self in (ProcessState.SUCCESS, ProcessState.FAIL, ProcessState.NOT_STARTED)


@dataclass(frozen=True, slots=True)
class TerminalOperation:
    id: str  # the driver's uuid: the journal's key
    reference: str  # the caller's reference (sale / return uuid)
    kind: OperationKind
    amount: Money
    started_at: datetime
    updated_at: datetime
    vendor: str = "kaspi"
    state: ProcessState = ProcessState.STARTING
    process_id: str | None = None
    sub_status: str = ""
    reported: TerminalStatus | None = None  # what the waiting caller was told (None: still waiting)
    method: str | None = None  # "card" | "qr"
    transaction_id: str | None = None  # card RRN or QR order number: what a refund names
    original_transaction_id: str | None = None  # refunds: the payment paid back
    auth_code: str | None = None
    card_mask: str | None = None
    card_type: str | None = None
    terminal_id: str | None = None
    message: str = ""
    actualize_count: int = 0
    acknowledged: bool = False  # the app took over a late result
    cheque: dict[str, Any] | None = None  # the terminal's chequeInfo, as sent

    @property
    def status(self) -> TerminalStatus:
        """The outcome as known now."""
        if self.state is ProcessState.SUCCESS:
            return TerminalStatus.APPROVED
        if self.state in (ProcessState.FAIL, ProcessState.NOT_STARTED):
            return TerminalStatus.DECLINED
        if self.reported is TerminalStatus.STOPPED_WAITING:
            return TerminalStatus.STOPPED_WAITING
        return TerminalStatus.UNKNOWN

    @property
    def final(self) -> bool:
        return self.state.final

    @property
    def late(self) -> bool:
        """The caller was told "not known" and the terminal has an outcome since (or is still checking)."""
        return self.reported is not None and not self.reported.known and self.state is not ProcessState.NOT_STARTED

    @property
    def needs_reconciliation(self) -> bool:
        """Money moved after the caller gave up: the app must fiscalize or pay it back."""
        return self.late and self.state is ProcessState.SUCCESS and not self.acknowledged

    def evolve(self, **changes: Any) -> TerminalOperation:
        return replace(self, **changes)

    def result(self) -> TerminalResult:
        return TerminalResult(
            status=self.status, amount=self.amount, reference=self.reference, rrn=self.transaction_id,
            auth_code=self.auth_code, message=self.message, terminal_id=self.terminal_id,
            card_type=self.card_type, method=self.method, process_id=self.process_id,
            card_mask=self.card_mask, operation_id=self.id,
        )
