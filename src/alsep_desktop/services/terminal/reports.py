"""Terminal reports of the admin tab (seed 8.9): the transaction list of a period, the summary
(count and sum by method and status), and the statement with an ESTIMATED commission exported to
Excel — for one terminal of the registry or for all terminals: of this store, or of the whole
company through the cloud when one is configured.

The Kaspi API has no list, report or statement (spec §3): everything comes from the register's own
journal (decision 0703). Commission rates per method are settings (``terminal_reports.commission``);
only an admin reads these reports or changes the rates.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from alsep_desktop.domain.money import Money
from alsep_desktop.domain.roles import Principal
from alsep_desktop.errors import AlsepError, NotFoundError, ValidationError
from alsep_desktop.i18n_marker import QT_TRANSLATE_NOOP
from alsep_desktop.kernel.clock import ALMATY, Clock
from alsep_desktop.services.changes import Changes, OpResult
from alsep_desktop.services.guard import require_admin
from alsep_desktop.services.reports import Period
from alsep_desktop.services.terminal.figures import (
    CommissionRates,
    OperationRecord,
    Statement,
    Summary,
    build_statement,
    statement_of_groups,
    summarize,
    summary_of_counts,
)
from alsep_desktop.store.repositories.terminal_registry import TerminalRegistryRepository
from alsep_desktop.store.repositories.terminal_reports import JournalLine, TerminalReportRepository
from alsep_desktop.store.uow import SqlUnitOfWork

RATES_KEY = "terminal_reports.commission"
ALL = "all"  # every terminal of this store
COMPANY = "company"  # every terminal of the company, through the cloud
#: cancel() → True stops an export between rows; progress(done, total)
Progress = Callable[[int, int], None]


class CloudNotConfigured(AlsepError):
    code = "terminal_reports.no_cloud"
    template = "No cloud is configured: the company's terminals can be reported only from the cloud"


class ExportWriteFailed(AlsepError):
    code = "terminal_reports.write_failed"
    template = "The file {path} could not be written: {reason}"


class ExportCancelled(AlsepError):
    code = "terminal_reports.cancelled"
    template = "The export was cancelled; no file was written"


@dataclass(frozen=True, slots=True)
class Scope:
    """What a report covers: ``ALL``, ``COMPANY`` or one registry terminal (``terminal_id``)."""

    key: str
    terminal_id: int | None = None

    @classmethod
    def terminal(cls, terminal_id: int) -> Scope:
        return cls("terminal", terminal_id)


@dataclass(frozen=True, slots=True)
class ScopeChoice:
    scope: Scope
    label: str  # serial · model · register, or "" for ALL/COMPANY (the window names those)


#: fetch(period) → the company's operations from the cloud (``services/terminal/reports_cloud.py``)
CloudFetch = Callable[[Period], list[OperationRecord]]


class TerminalReportService:
    def __init__(self, uow: Callable[..., SqlUnitOfWork], clock: Clock, cloud: CloudFetch | None = None,
                 cloud_available: Callable[[], bool] | None = None) -> None:
        self._uow = uow
        self._clock = clock
        self._cloud = cloud
        self._cloud_available = cloud_available

    @property
    def has_cloud(self) -> bool:
        """A cloud is configured now (the scope «the company's terminals» is offered)."""
        return self._cloud is not None and (self._cloud_available is None or self._cloud_available())

    def default_period(self) -> Period:
        return Period.last_week(self._clock.now().astimezone(ALMATY).date())

    # -- scopes -------------------------------------------------------------------------
    def scopes(self, actor: Principal) -> list[ScopeChoice]:
        with self._uow(read_only=True) as uow:
            require_admin(actor, uow)
            company = uow.org.company()
            choices = [ScopeChoice(Scope(ALL), "")]
            if self.has_cloud:
                choices.append(ScopeChoice(Scope(COMPANY), ""))
            if company is None:
                return choices
            repo = TerminalRegistryRepository(uow.session)
            _tps, regs, _users = repo.names(company.id)
            for t in repo.of_company(company.id):
                label = " · ".join(x for x in (t.serial_number, t.model, regs.get(t.register_id or 0, "")) if x)
                choices.append(ScopeChoice(Scope.terminal(t.id), label))
            return choices

    # -- reports ------------------------------------------------------------------------
    def transactions(self, actor: Principal, period: Period, scope: Scope = Scope(ALL), *,
                     limit: int | None = None) -> list[OperationRecord]:
        """Operations started in the period, oldest first (seed 8.9 «Список транзакций»)."""
        records, _label = self._records(actor, period, scope, limit=limit)
        return records

    def summary(self, actor: Principal, period: Period, scope: Scope = Scope(ALL)) -> Summary:
        if scope.key == COMPANY:
            return summarize(self._records(actor, period, scope)[0])
        start, end = period.utc_bounds
        with self._uow(read_only=True) as uow:
            register_ids, _label, _serials = self._local(uow, actor, scope)
            counts = TerminalReportRepository(uow.session).counts(start, end, register_ids=register_ids)
        return summary_of_counts(counts)

    def statement(self, actor: Principal, period: Period, scope: Scope = Scope(ALL)) -> Statement:
        rates = self.rates(actor)
        if scope.key == COMPANY:
            records, label = self._records(actor, period, scope)
            return build_statement(records, rates, period.start, period.end, label)
        start, end = period.utc_bounds
        with self._uow(read_only=True) as uow:
            register_ids, label, serials = self._local(uow, actor, scope)
            groups = TerminalReportRepository(uow.session).approved_groups(
                start, end, card_bp=rates.card_bp, qr_bp=rates.qr_bp, register_ids=register_ids,
                sqlite_offset_s=int(end.utcoffset().total_seconds()))  # type: ignore[union-attr]
        return statement_of_groups(
            ((date.fromisoformat(day), terminal or serials.get(reg, ""), kind, method, n, amount, fee)
             for day, terminal, reg, kind, method, n, amount, fee in groups),
            rates, period.start, period.end, label)

    def export_statement(self, actor: Principal, period: Period, scope: Scope, path: str | Path, *,
                         labels: Mapping[str, str] | None = None, progress: Progress | None = None,
                         cancelled: Callable[[], bool] | None = None) -> Statement:
        """Write the statement to ``path`` (.xlsx, seed 8.9 «Скачать Excel»); the file appears whole or not
        at all. ``labels``: the column and word labels translated by the window."""
        from alsep_desktop.services.terminal.xlsx import write_statement

        statement = self.statement(actor, period, scope)
        try:
            written = write_statement(statement, Path(path), now=self._clock.now().astimezone(ALMATY), labels=labels,
                                      progress=progress, cancelled=cancelled)
        except OSError as exc:
            raise ExportWriteFailed(path=str(path), reason=exc.strerror or type(exc).__name__) from exc
        if not written:
            raise ExportCancelled()
        return statement

    # -- commission rates ---------------------------------------------------------------------
    def rates(self, actor: Principal) -> CommissionRates:
        with self._uow(read_only=True) as uow:
            require_admin(actor, uow)
            return _rates_of(uow.org.get_setting(RATES_KEY))

    def save_rates(self, actor: Principal, rates: CommissionRates) -> OpResult[CommissionRates]:
        rates = rates.validated()
        with self._uow() as uow:
            admin = require_admin(actor, uow)
            old = _rates_of(uow.org.get_setting(RATES_KEY))
            if old == rates and uow.org.get_setting(RATES_KEY) is not None:
                return OpResult(rates, Changes())
            uow.org.set_setting(RATES_KEY, json.dumps({"card_bp": rates.card_bp, "qr_bp": rates.qr_bp}, sort_keys=True))
            uow.audit.record(self._clock.now(), admin.user_id, "update", "setting", RATES_KEY,
                             card_bp=[old.card_bp, rates.card_bp], qr_bp=[old.qr_bp, rates.qr_bp])
            uow.commit()
        return OpResult(rates, Changes(settings=True))

    # -- reading ------------------------------------------------------------------------
    def _records(self, actor: Principal, period: Period, scope: Scope, *,
                 limit: int | None = None) -> tuple[list[OperationRecord], str]:
        if scope.key == COMPANY:
            with self._uow(read_only=True) as uow:
                require_admin(actor, uow)
            if not self.has_cloud or self._cloud is None:
                raise CloudNotConfigured()
            records = self._cloud(period)
            return (records[:limit] if limit is not None else records), COMPANY
        start, end = period.utc_bounds
        with self._uow(read_only=True) as uow:
            register_ids, label, serials = self._local(uow, actor, scope)
            lines = TerminalReportRepository(uow.session).lines(start, end, register_ids=register_ids, limit=limit)
        return [_record(line, serials.get(line.register_id, "") if line.register_id is not None else "")
                for line in lines], label

    @staticmethod
    def _local(uow: SqlUnitOfWork, actor: Principal, scope: Scope) -> tuple[list[int] | None, str, dict[int, str]]:
        """An admin asks; the registers the scope covers (None: all), its label, and each register's
        terminal serial (the POS_ID of an operation the slip did not name)."""
        require_admin(actor, uow)
        company = uow.org.company()
        registry = TerminalRegistryRepository(uow.session)
        serials = {t.register_id: t.serial_number for t in registry.of_company(company.id)
                   if t.register_id is not None} if company is not None else {}
        if scope.key != "terminal":
            return None, ALL, serials
        terminal = registry.get(scope.terminal_id or 0, company.id) if company is not None else None
        if terminal is None:
            raise NotFoundError(what="terminal", key=scope.terminal_id)
        if terminal.register_id is None:
            raise ValidationError("terminal", QT_TRANSLATE_NOOP(
                "Reasons", "terminal {serial} serves no register; choose its register in the terminal registry"),
                serial=terminal.serial_number)
        serials[terminal.register_id] = terminal.serial_number
        return [terminal.register_id], terminal.serial_number, serials


def _record(line: JournalLine, serial: str) -> OperationRecord:
    receipt = f"{line.shift_number}/{line.receipt_number}" if line.receipt_number is not None else ""
    return OperationRecord(
        id=line.id, at=line.started_at.astimezone(ALMATY), kind=line.kind, method=line.method, state=line.state,
        amount=Money(line.amount_tiyn), terminal=line.terminal_id or serial, register=line.register,
        transaction_id=line.transaction_id or "", auth_code=line.auth_code or "", card_mask=line.card_mask or "",
        cashier=line.cashier, receipt=receipt, fiscalized=line.fiscalized,
    )


def _rates_of(text: str | None) -> CommissionRates:
    default = CommissionRates()
    try:
        raw = json.loads(text) if text else {}
        return CommissionRates(int(raw.get("card_bp", default.card_bp)), int(raw.get("qr_bp", default.qr_bp)))
    except (ValueError, TypeError, AttributeError):
        return default

