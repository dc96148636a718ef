"""Dashboard, sales, the card-terminal registry and terminal reports (admin tab, decision 2131)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from functools import partial
from pathlib import Path

from alsep_desktop.domain.roles import Principal
from alsep_desktop.services.changes import OpResult
from alsep_desktop.services.reports import Dashboard, Period, SaleLine, SalesReportService
from alsep_desktop.services.terminal.figures import (
    CommissionRates,
    OperationRecord,
    Statement,
    Summary,
)
from alsep_desktop.services.terminal.registry import (
    TerminalChange,
    TerminalChoices,
    TerminalEntry,
    TerminalInfo,
    TerminalRegistryService,
)
from alsep_desktop.services.terminal.reports import Scope, ScopeChoice, TerminalReportService
from alsep_desktop.ui.admin.ops import Op

Labels = Callable[[str, str], str]


# -- dashboard and sales --------------------------------------------------------------------------
def load_dashboard(reports: SalesReportService, actor: Principal, period: Period,
                   register_id: int | None) -> Op[Dashboard]:
    return partial(reports.dashboard, actor, period, register_id=register_id)


def export_dashboard(reports: SalesReportService, actor: Principal, dashboard: Dashboard, path: str,
                     labels: Labels) -> Op[None]:
    return partial(reports.export_dashboard, actor, dashboard, Path(path), labels=labels)


def load_sales(reports: SalesReportService, actor: Principal, register_id: int, period: Period,
               limit: int) -> Op[list[SaleLine]]:
    return partial(reports.sales, actor, register_id, period, limit=limit)


def export_sales(reports: SalesReportService, actor: Principal, register_id: int, period: Period, path: str,
                 labels: Labels) -> Op[int]:
    return partial(reports.export_sales, actor, register_id, period, Path(path), labels=labels)


# -- card terminals -------------------------------------------------------------------------------
def load_terminals(registry: TerminalRegistryService,
                   actor: Principal) -> Op[tuple[TerminalChoices, list[TerminalInfo]]]:
    def op() -> tuple[TerminalChoices, list[TerminalInfo]]:
        return registry.choices(actor), registry.terminals(actor)

    return op


def terminal_history(registry: TerminalRegistryService, actor: Principal,
                     terminal_id: int) -> Op[list[TerminalChange]]:
    return partial(registry.history, actor, terminal_id)


def add_terminal(registry: TerminalRegistryService, actor: Principal, entry: TerminalEntry) -> Op[OpResult[int]]:
    return partial(registry.create, actor, entry)


def save_terminal(registry: TerminalRegistryService, actor: Principal, terminal_id: int, entry: TerminalEntry,
                  version: int) -> Op[OpResult[int]]:
    return partial(registry.update, actor, terminal_id, entry, version=version)


# -- terminal reports -----------------------------------------------------------------------------
def load_scopes_and_rates(reports: TerminalReportService,
                          actor: Principal) -> Op[tuple[list[ScopeChoice], CommissionRates]]:
    def op() -> tuple[list[ScopeChoice], CommissionRates]:
        return reports.scopes(actor), reports.rates(actor)

    return op


def load_operations(reports: TerminalReportService, actor: Principal, period: Period, scope: Scope,
                    limit: int) -> Op[tuple[list[OperationRecord], Summary]]:
    def op() -> tuple[list[OperationRecord], Summary]:
        return reports.transactions(actor, period, scope, limit=limit), reports.summary(actor, period, scope)

    return op


def save_rates(reports: TerminalReportService, actor: Principal, card: str,
               qr: str) -> Op[OpResult[CommissionRates]]:
    """The percentages are parsed in the op: a typo fails like any other field."""

    def op() -> OpResult[CommissionRates]:
        rates = CommissionRates(CommissionRates.parse_percent(card, field="card_rate"),
                                CommissionRates.parse_percent(qr, field="qr_rate"))
        return reports.save_rates(actor, rates)

    return op


def export_statement(reports: TerminalReportService, actor: Principal, period: Period, scope: Scope, path: str, *,
                     labels: Mapping[str, str], progress: Callable[[int, int], None],
                     cancel: threading.Event) -> Op[Statement]:
    return partial(reports.export_statement, actor, period, scope, path, labels=labels, progress=progress,
                   cancelled=cancel.is_set)
