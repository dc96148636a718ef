"""Fixtures of the terminal registry and report tests: the demo company, and journal rows written
through the journal repository (``store/repositories/terminal.py``) the app writes them with."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

import pytest

from alsep_desktop.app.demo import ADMIN, CASHIER, ensure_demo
from alsep_desktop.domain.roles import Principal
from alsep_desktop.services.terminal.registry import TerminalRegistryService
from alsep_desktop.services.terminal.reports import TerminalReportService


@dataclass
class Env:
    ctx: object
    admin: Principal
    cashier: Principal
    register_id: int
    cashier_id: int
    company_id: int
    registry: TerminalRegistryService
    reports: TerminalReportService


@pytest.fixture
def env(ctx) -> Env:
    ids = ensure_demo(ctx)
    admin = ctx.auth.login(*ADMIN)
    cashier = ctx.auth.login(CASHIER[0], CASHIER[1])
    return Env(ctx, admin, cashier, ids.register_id, ids.cashier_id, ids.company_id,
               TerminalRegistryService(ctx.uow, ctx.clock), TerminalReportService(ctx.uow, ctx.clock))


def add_operation(ctx, *, at: datetime, amount_tiyn: int, register_id: int | None, method: str | None = "card",
                  state: str = "success", kind: str = "payment", cashier_id: int | None = None,
                  fiscalized: bool = False, terminal_id: str | None = "POS10344",
                  transaction_id: str | None = None, original: str | None = None) -> str:
    op_id = str(uuid.uuid4())
    with ctx.uow() as uow:
        uow.terminal.upsert(op_id, {
            "reference": str(uuid.uuid4()), "kind": kind, "amount_tiyn": amount_tiyn, "vendor": "kaspi",
            "state": state, "method": method, "transaction_id": transaction_id or op_id[:12],
            "original_transaction_id": original, "terminal_id": terminal_id, "started_at": at, "updated_at": at,
            "register_id": register_id, "cashier_id": cashier_id, "fiscalized": fiscalized,
        })
        uow.commit()
    return op_id


@pytest.fixture
def operation(ctx):
    return lambda **kw: add_operation(ctx, **kw)
