"""Sales view, dashboard and the other uploaded documents (admin)."""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from fastapi import APIRouter, Query

from alsep_cloud.api.deps import AdminDep, Ctx, Db
from alsep_cloud.schemas.common import ERRORS
from alsep_cloud.schemas.reports import DashboardOut, DocumentsOut, SalesOut, TerminalSummaryOut
from alsep_cloud.services import reports

router = APIRouter(tags=["reports"], responses=ERRORS)
From = Query(None, description="first local day (company time zone); default: 6 days before date_to")
To = Query(None, description="last local day, inclusive; default: today")
Reg = Query(None, alias="register", description="only this register")
Tp = Query(None, alias="trade_point", description="only this trade point")
Limit = Query(100, ge=1, le=1000)
Offset = Query(0, ge=0)


@router.get("/sales", response_model=SalesOut, summary="Sales by period, register, trade point")
def sales(admin: AdminDep, ctx: Ctx, db: Db, date_from: date | None = From, date_to: date | None = To,
          register_id: str | None = Reg, trade_point_id: str | None = Tp,
          operation: Literal["sale", "purchase", "sale_return", "purchase_return"] | None = None,
          limit: int = Limit, offset: int = Offset) -> dict[str, Any]:
    """Receipts newest first with lines and payments, and totals over the whole filter (seed 8.7)."""
    return reports.sales(db, admin, ctx.now(), date_from=date_from, date_to=date_to, register_id=register_id,
                         trade_point_id=trade_point_id, operation=operation, limit=limit, offset=offset)


@router.get("/dashboard", response_model=DashboardOut, summary="Dashboard figures")
def dashboard(admin: AdminDep, ctx: Ctx, db: Db, date_from: date | None = From, date_to: date | None = To,
              register_id: str | None = Reg, trade_point_id: str | None = Tp) -> dict[str, Any]:
    """Revenue (sales less returns), receipts count and average receipt, in all and by day and
    by register (seed 8.1: a week by default)."""
    return reports.dashboard(db, admin, ctx.now(), date_from=date_from, date_to=date_to, register_id=register_id,
                             trade_point_id=trade_point_id)


@router.get("/terminal-operations/summary", response_model=TerminalSummaryOut,
            summary="Card terminal operations: count and sum by register, kind, method and status")
def terminal_summary(admin: AdminDep, ctx: Ctx, db: Db, date_from: date | None = From, date_to: date | None = To,
                     register_id: str | None = Reg, trade_point_id: str | None = Tp) -> dict[str, Any]:
    """The summary report of the company's terminals over a period (seed 8.9), from what the
    registers uploaded; the statement's lines come from ``/terminal-operations``."""
    return reports.terminal_summary(db, admin, ctx.now(), date_from=date_from, date_to=date_to,
                                    register_id=register_id, trade_point_id=trade_point_id)


def _documents(kind: str, summary: str, doc: str) -> None:
    def handler(admin: AdminDep, ctx: Ctx, db: Db, date_from: date | None = From, date_to: date | None = To,
                register_id: str | None = Reg, trade_point_id: str | None = Tp, limit: int = Limit,
                offset: int = Offset) -> dict[str, Any]:
        return reports.documents(db, admin, ctx.now(), kind, date_from=date_from, date_to=date_to,
                                 register_id=register_id, trade_point_id=trade_point_id, limit=limit, offset=offset)

    handler.__doc__ = doc
    handler.__name__ = f"list_{kind}"
    router.add_api_route(f"/{kind.replace('_', '-')}", handler, methods=["GET"], response_model=DocumentsOut,
                         summary=summary)


_documents("shift_reports", "Shift reports (open, X, Z)", "Shift reports of the period with their figures, newest first.")
_documents("cash_moves", "Cash deposits and withdrawals", "Cash moves of the period, newest first.")
_documents("terminal_operations", "Card terminal operations",
           "Terminal operations of the period as the registers reported them (raw data, seed 8.1).")
