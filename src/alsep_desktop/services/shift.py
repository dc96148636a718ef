"""Shift use cases: cash deposit/withdrawal, cash in the drawer, X report, close shift (Z)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from alsep_desktop.domain.money import Money
from alsep_desktop.domain.payment import CashLimits
from alsep_desktop.domain.roles import Principal
from alsep_desktop.domain.shift import (
    NoOpenShift,
    ShiftTotals,
    cash_move_deltas,
    check_withdrawal,
    document_number,
    offline_delta,
)
from alsep_desktop.domain.states import ShiftState, shift_transition
from alsep_desktop.domain.tax import DEFAULT_VAT_TABLE, VatTable
from alsep_desktop.errors import ValidationError
from alsep_desktop.fiscal.client import OfdOutcome, OutcomeStatus
from alsep_desktop.fiscal.codec import encode_message
from alsep_desktop.fiscal.engine import Verdict, as_offline, verdict
from alsep_desktop.fiscal.reconcile import compare
from alsep_desktop.fiscal.requests import (
    MoneyPlacementKind,
    ReportKind,
    close_shift_request,
    money_placement_request,
    operator_pb,
    report_request,
)
from alsep_desktop.i18n_marker import QT_TRANSLATE_NOOP
from alsep_desktop.kernel.clock import Clock
from alsep_desktop.services.auth import AuthService
from alsep_desktop.services.changes import Changes, OpResult
from alsep_desktop.services.documents import (
    DocumentResult,
    active_register,
    offline_window,
    shift_for_document,
)
from alsep_desktop.services.guard import require_user
from alsep_desktop.services.ofd.delivery import DeliveryService, FiscalStatus
from alsep_desktop.services.ofd.document_facts import (
    document_service,
    grand_after,
    grand_before,
    zx_report,
)
from alsep_desktop.services.terminal.shift import (
    TerminalPaymentsWithoutReceipt,
    TerminalShiftFigures,
    shift_figures,
)
from alsep_desktop.store.errors import retry_once
from alsep_desktop.store.locks import RegisterLocks
from alsep_desktop.store.models import CashMove, Shift
from alsep_desktop.store.models.x_report import X_ACCEPTED, X_NOT_SENT, X_REJECTED, X_UNANSWERED
from alsep_desktop.store.repositories import fiscal_log
from alsep_desktop.store.repositories import outbox as outbox_rows
from alsep_desktop.store.uow import SqlUnitOfWork


@dataclass(frozen=True, slots=True)
class ShiftReport:
    """X or Z report from the register's own counters, checked against the OFD when online."""

    kind: str  # "X" | "Z"
    shift_number: int
    opened_at: datetime
    closed_at: datetime | None
    totals: ShiftTotals
    cash_in_drawer: Money
    grand_totals: dict[str, int]  # non-nullable sums per operation at the end of the report
    grand_counts: dict[str, int]  # documents per operation / cash move kind since registration
    ofd_checked: bool
    ofd_differences: tuple[str, ...]
    offline: bool = False
    terminal: TerminalShiftFigures | None = None  # the card terminal's journal beside the fiscal figures (0717)
    ofd_rejection: tuple[int, str] | None = None  # the OFD refused it: (result code, its text), decision 2070


@dataclass(frozen=True, slots=True)
class PosStatus:
    shift_number: int | None
    shift_opened_at: datetime | None
    shift_age: timedelta | None
    fiscal: FiscalStatus


class ShiftService:
    def __init__(self, uow: Callable[..., SqlUnitOfWork], clock: Clock, delivery: DeliveryService, auth: AuthService,
                 wake_uploader: Callable[[], None] = lambda: None, vat_table: VatTable = DEFAULT_VAT_TABLE,
                 locks: RegisterLocks | None = None, cash_limits: CashLimits | None = None) -> None:
        self._uow = uow
        self._locks = locks
        self.cash_limits = cash_limits or CashLimits()  # decision 2042
        self._vat = vat_table
        self._clock = clock
        self._delivery = delivery
        self._auth = auth
        self._wake = wake_uploader

    # -- cash ---------------------------------------------------------------------------
    def cash_in_drawer(self, register_id: int) -> Money:
        with self._uow(read_only=True) as uow:
            shift = uow.shifts.current(register_id)
            if shift is None:
                last = uow.shifts.last(register_id)
                return Money(int(json.loads(last.z_report)["cash_in_drawer"])) if last and last.z_report else Money(0)
            return self._cash(uow, shift)

    def deposit(self, cashier: Principal, register_id: int, amount: Money) -> OpResult[DocumentResult]:
        return self._cash_move(cashier, register_id, amount, deposit=True)

    def withdraw(self, cashier: Principal, register_id: int, amount: Money) -> OpResult[DocumentResult]:
        return self._cash_move(cashier, register_id, amount, deposit=False)

    def _cash_move(self, cashier: Principal, register_id: int, amount: Money, *, deposit: bool
                   ) -> OpResult[DocumentResult]:
        require_user(cashier)
        if amount.tiyn <= 0:
            raise ValidationError("amount", QT_TRANSLATE_NOOP("Reasons", "must be greater than zero"))
        self.cash_limits.check_cash_move(amount, deposit=deposit)
        if self._locks is not None:
            self._locks.ensure(register_id)
        entry_id, move_id, queued = retry_once(lambda: self._write_move(cashier, register_id, amount, deposit))
        if not queued:
            self._delivery.deliver(register_id, entry_id)
        self._wake()
        with self._uow(read_only=True) as uow:
            move = uow.shifts.cash_move(move_id)
            assert move is not None
            shift = uow.shifts.get(move.shift_id)
            assert shift is not None
            return OpResult(
                DocumentResult(id=move.id, uuid=move.uuid, kind="cash_move", shift_number=shift.number,
                               number=move.number or 0, state=move.state, offline=move.offline, fiscal_sign=None,
                               check_url=None, total=amount),
                Changes(shift=True),
            )

    def _write_move(self, cashier: Principal, register_id: int, amount: Money, deposit: bool
                    ) -> tuple[int, int, bool]:
        now = self._clock.now()
        with self._uow() as uow:
            cashier = require_user(cashier, uow)
            reg = active_register(uow, register_id, lock=True)
            window = offline_window(uow, register_id)
            window.check(now)
            shift = shift_for_document(uow, register_id, cashier, now)
            if not deposit:
                check_withdrawal(self._cash(uow, shift), amount)
            number = uow.receipts.next_number(shift.id)
            move = uow.shifts.add_cash_move(CashMove(
                register_id=register_id, shift_id=shift.id, kind="deposit" if deposit else "withdrawal",
                amount_tiyn=amount.tiyn, user_id=cashier.user_id, created_at=now, state="pending", number=number,
                offline=False,
            ))
            uow.shifts.add_counters(shift.id, cash_move_deltas(deposit, amount))
            kind = MoneyPlacementKind.DEPOSIT if deposit else MoneyPlacementKind.WITHDRAWAL
            payload = encode_message(money_placement_request(
                kind, amount.tiyn, when=now, operator=operator_pb(cashier.user_id, cashier.full_name or cashier.email),
                shift_number=shift.number, document_number=document_number(shift.number, number),
                service=document_service(uow, reg),
            ))
            queued = window.pending > 0
            if queued:
                payload = as_offline(payload, None)
                move.state, move.offline = "queued", True
                uow.shifts.add_counters(shift.id, offline_delta(move.kind))
            uow.session.flush()
            entry_id = uow.outbox.enqueue(register_id=register_id, doc_type="money_placement", doc_uuid=move.uuid,
                                          payload=payload, now=now)
            uow.commit()
            return entry_id, move.id, queued

    # -- reports ------------------------------------------------------------------------
    def x_report(self, actor: Principal, register_id: int) -> ShiftReport:
        """X report at any time, from the store's counters; cross-checked with the OFD when online."""
        if self._locks is not None:
            self._locks.ensure(register_id)  # the X report talks to the OFD for this register
        now = self._clock.now()
        with self._uow(read_only=True) as uow:
            require_user(actor, uow)
            reg = active_register(uow, register_id)
            shift = uow.shifts.current(register_id)
            if shift is None:
                raise NoOpenShift()
            report = self._report(uow, shift, "X", None)
            shift_id = shift.id
            request = report_request(ReportKind.X, when=now, zx_report=zx_report(uow, shift, now, self._vat),
                                     service=document_service(uow, reg))
        outcome = self._delivery.call_direct(register_id, request)
        rejection = self._keep_x_report(actor, register_id, shift_id, now, outcome)
        if rejection is not None:
            return _with(report, ofd_rejection=rejection)
        if outcome is not None and outcome.accepted and outcome.response is not None:
            diffs = compare(report.totals, report.cash_in_drawer, outcome.response.report.zx_report)
            return _with(report, ofd_checked=True, ofd_differences=tuple(diffs))
        return report

    def close_shift(self, cashier: Principal, admin_email: str, admin_password: str, register_id: int, *,
                    carry_over_terminal: bool = False) -> OpResult[ShiftReport]:
        """Z report: closes the shift; needs an admin's credentials (seed 9.3.4). Terminal-only payments
        without a fiscal receipt refuse it unless ``carry_over_terminal`` (the administrator closes
        anyway; they stay in the Terminal tab as the earlier shift's, decision 0717)."""
        require_user(cashier)
        if self._locks is not None:
            self._locks.ensure(register_id)
        admin = self._auth.require_admin_credentials(admin_email, admin_password, register_id=register_id,
                                                     method="z_report")
        return retry_once(lambda: self._close(cashier, admin, register_id, carry_over_terminal))

    def _close(self, cashier: Principal, admin: Principal, register_id: int,
               carry_over_terminal: bool = False) -> OpResult[ShiftReport]:
        now = self._clock.now()
        with self._uow() as uow:
            cashier = require_user(cashier, uow)
            reg = active_register(uow, register_id, lock=True)
            shift = uow.shifts.current(register_id, lock=True)
            if shift is None:
                raise NoOpenShift()
            figures = shift_figures(uow, register_id, shift)
            if figures is not None and figures.without_receipt and not carry_over_terminal:
                raise TerminalPaymentsWithoutReceipt(count=len(figures.without_receipt),
                                                     amount=figures.open_amount.format())
            state = shift_transition(ShiftState(shift.state), ShiftState.CLOSING)
            shift.state = shift_transition(state, ShiftState.CLOSED).value
            shift.closed_at, shift.closed_by_id = now, admin.user_id
            report = self._report(uow, shift, "Z", now)
            shift.z_report = json.dumps(_z_json(report), ensure_ascii=False, sort_keys=True)
            window = offline_window(uow, register_id)
            payload = encode_message(close_shift_request(
                when=now, shift_number=shift.number, z_report=zx_report(uow, shift, now, self._vat, closed_at=now),
                operator=operator_pb(cashier.user_id, cashier.full_name or cashier.email),
                service=document_service(uow, reg),
            ))
            if window.pending:
                payload = as_offline(payload, None)
            entry_id = uow.outbox.enqueue(register_id=register_id, doc_type="close_shift", doc_uuid=shift.uuid,
                                          payload=payload, now=now)
            uow.commit()
            shift_id = shift.id
        if not window.pending:
            self._delivery.deliver(register_id, entry_id)
        self._wake()
        with self._uow(read_only=True) as uow:
            shift = uow.shifts.get(shift_id)
            assert shift is not None
            delivered = uow.outbox.oldest_pending(register_id) is None
            diffs = tuple(json.loads(shift.ofd_mismatch)) if shift.ofd_mismatch else ()
            entry = uow.outbox.entry_of(shift.uuid)
            rejection = ((entry.result_code or 0, entry.last_error or "")
                         if entry is not None and entry.state == outbox_rows.REJECTED else None)
        return OpResult(_with(report, ofd_checked=delivered, ofd_differences=diffs, offline=not delivered,
                              ofd_rejection=rejection),
                        Changes(shift=True, receipts=True))

    def status(self, register_id: int) -> PosStatus:
        fiscal = self._delivery.status(register_id)
        with self._uow(read_only=True) as uow:
            shift = uow.shifts.current(register_id)
            if shift is None:
                return PosStatus(None, None, None, fiscal)
            return PosStatus(shift.number, shift.opened_at, self._clock.now() - shift.opened_at, fiscal)

    # -- helpers ------------------------------------------------------------------------
    def _keep_x_report(self, actor: Principal, register_id: int, shift_id: int, now: datetime,
                       outcome: OfdOutcome | None) -> tuple[int, str] | None:
        """Every X report is kept with what the OFD said of it (decision 2070); returns the OFD's
        refusal (result code, text) when it refused it."""
        v = verdict(outcome) if outcome is not None else None
        state = (X_NOT_SENT if outcome is None else X_ACCEPTED if v is Verdict.SIGNED else X_REJECTED
                 if v is Verdict.REJECTED else X_UNANSWERED if outcome.status is OutcomeStatus.UNKNOWN else X_NOT_SENT)
        rejection = (outcome.result_code or 0, outcome.reason) if outcome is not None and state == X_REJECTED else None
        with self._uow() as uow:
            fiscal_log.add_x_report(uow.session, register_id=register_id, shift_id=shift_id, user_id=actor.user_id,
                                    at=now, ofd_state=state, result_code=rejection[0] if rejection else None,
                                    result_text=rejection[1] if rejection else None)
            uow.commit()
        return rejection

    @staticmethod
    def _cash(uow: SqlUnitOfWork, shift: Shift) -> Money:
        totals = ShiftTotals.from_counters(uow.shifts.counters(shift.id))
        return Money(shift.cash_at_open_tiyn) + totals.cash_delta

    def _report(self, uow: SqlUnitOfWork, shift: Shift, kind: str, closed_at: datetime | None) -> ShiftReport:
        totals = ShiftTotals.from_counters(uow.shifts.counters(shift.id))
        grand, counts = grand_after(*grand_before(uow, shift), totals)
        return ShiftReport(kind, shift.number, shift.opened_at, closed_at, totals,
                           Money(shift.cash_at_open_tiyn) + totals.cash_delta, grand, counts, False, (),
                           terminal=shift_figures(uow, shift.register_id, shift))


def _with(report: ShiftReport, **changes: object) -> ShiftReport:
    from dataclasses import replace

    return replace(report, **changes)  # type: ignore[arg-type]


def _z_json(report: ShiftReport) -> dict:
    return {
        "shift_number": report.shift_number,
        "cash_in_drawer": report.cash_in_drawer.tiyn,
        "grand_totals": report.grand_totals,
        "grand_counts": report.grand_counts,
        "counters": {k: list(v) for k, v in report.totals.counters.items()},
    }
