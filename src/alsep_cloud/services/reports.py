"""The sales view (seed 8.7) and the dashboard (seed 8.1) across all registers.

Days are the company's local days (``local_day``, set at upload from its time zone). Revenue
is sales less sale returns; the average receipt is the sales total over the number of sales,
rounded half-up to the tiyn. All money is integer tiyn.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from alsep_cloud.services import versioning as v
from alsep_cloud.services.context import Admin
from alsep_cloud.services.views import iso
from alsep_cloud.store.documents import (
    LEGACY_TENDER_COLUMNS,
    CashMove,
    Receipt,
    ReceiptTender,
    ShiftReport,
    TerminalOperation,
)
from alsep_cloud.store.tenant import Register, TradePoint
from alsep_desktop.domain.rounding import div_half_up
from alsep_desktop.domain.tender import tender_keys
from alsep_desktop.errors import ValidationError

MAX_DAYS = 366


def period(session: Session, admin: Admin, date_from: date | None, date_to: date | None,
           now: datetime) -> tuple[date, date]:
    """Defaults to the last 7 local days, today included (seed 8.1: a week by default)."""
    company = v.owned_company(session, admin.company_id)
    today = now.astimezone(ZoneInfo(company.timezone)).date()
    date_to = date_to or today
    date_from = date_from or (date_to - timedelta(days=6))
    if date_from > date_to:
        raise ValidationError("date_from", "the period starts after it ends")
    if (date_to - date_from).days >= MAX_DAYS:
        raise ValidationError("date_to", "at most {limit} days at once", limit=MAX_DAYS)
    return date_from, date_to


def _filtered(q: Select[*tuple[Any, ...]], model: Any, session: Session, admin: Admin, date_from: date, date_to: date,
              register_id: str | None, trade_point_id: str | None) -> Select[*tuple[Any, ...]]:
    q = q.where(model.company_id == admin.company_id, model.local_day >= date_from, model.local_day <= date_to)
    if register_id is not None:
        v.owned(session, Register, register_id, admin.company_id, "register")
        q = q.where(model.register_id == register_id)
    if trade_point_id is not None:
        v.owned(session, TradePoint, trade_point_id, admin.company_id, "trade point", live=False)
        if model is Receipt:
            q = q.where(Receipt.trade_point_id == trade_point_id)
        else:
            q = q.where(model.register_id.in_(select(Register.id).where(Register.trade_point_id == trade_point_id)))
    return q


def _receipt(r: Receipt) -> dict[str, Any]:
    return {
        "id": r.id, "key": r.key, "register_id": r.register_id, "trade_point_id": r.trade_point_id,
        "operation": r.operation, "number": r.number, "shift_number": r.shift_number, "created_at": iso(r.created_at),
        "local_day": iso(r.local_day), "total_tiyn": r.total_tiyn, "discount_tiyn": r.discount_tiyn,
        "markup_tiyn": r.markup_tiyn, "vat_tiyn": r.vat_tiyn, "change_tiyn": r.change_tiyn,
        **_tender_fields({t.kind: t.amount_tiyn for t in r.tenders}),
        "cashier": r.cashier, "offline": r.offline, "fiscal_sign": r.fiscal_sign,
        "original_key": r.original_key,
        "lines": [{"position": ln.position, "code": ln.code, "name": ln.name, "barcode": ln.barcode,
                   "unit_price_tiyn": ln.unit_price_tiyn, "quantity_milli": ln.quantity_milli,
                   "total_tiyn": ln.total_tiyn, "vat_code": ln.vat_code, "vat_tiyn": ln.vat_tiyn} for ln in r.lines],
        "payments": [{"kind": p.kind, "amount_tiyn": p.amount_tiyn} for p in r.payments],
    }


def _tender_fields(amounts: dict[str, int]) -> dict[str, Any]:
    """Per-kind totals from the tender rows (decision 2141): ``tenders`` has every kind used, in the
    order of ``domain.tender``'s table; the four former columns stay as ``<kind>_tiyn`` fields."""
    order = {k: i for i, k in enumerate(tender_keys())}
    tenders = dict(sorted(((k, v) for k, v in amounts.items() if v),
                          key=lambda kv: (order.get(kv[0], len(order)), kv[0])))
    return {**{f"{k}_tiyn": amounts.get(k, 0) for k in LEGACY_TENDER_COLUMNS}, "tenders": tenders}


def sales(session: Session, admin: Admin, now: datetime, *, date_from: date | None = None, date_to: date | None = None,
          register_id: str | None = None, trade_point_id: str | None = None, operation: str | None = None,
          limit: int = 100, offset: int = 0) -> dict[str, Any]:
    date_from, date_to = period(session, admin, date_from, date_to, now)

    def scoped(q: Select[*tuple[Any, ...]]) -> Select[*tuple[Any, ...]]:
        q = _filtered(q, Receipt, session, admin, date_from, date_to, register_id, trade_point_id)
        return q.where(Receipt.operation == operation) if operation else q

    items = session.scalars(scoped(select(Receipt)).order_by(Receipt.created_at.desc(), Receipt.id.desc())
                            .limit(limit).offset(offset))
    sums = session.execute(scoped(select(
        Receipt.operation, func.count(), func.sum(Receipt.total_tiyn), func.sum(Receipt.vat_tiyn)))
        .group_by(Receipt.operation))
    per_kind: dict[str, dict[str, int]] = {}
    for op, kind, amount in session.execute(scoped(
            select(Receipt.operation, ReceiptTender.kind, func.sum(ReceiptTender.amount_tiyn))
            .join(ReceiptTender, ReceiptTender.receipt_id == Receipt.id))
            .group_by(Receipt.operation, ReceiptTender.kind)):
        per_kind.setdefault(op, {})[kind] = int(amount or 0)
    by_op = {row[0]: {"count": int(row[1]), "total_tiyn": int(row[2] or 0), "vat_tiyn": int(row[3] or 0),
                      **_tender_fields(per_kind.get(row[0], {}))} for row in sums}
    zero = {"count": 0, "total_tiyn": 0}
    return {
        "date_from": iso(date_from), "date_to": iso(date_to), "limit": limit, "offset": offset,
        "items": [_receipt(r) for r in items],
        "totals": {
            "receipts": sum(o["count"] for o in by_op.values()),
            "by_operation": by_op,
            "net_sales_tiyn": by_op.get("sale", zero)["total_tiyn"] - by_op.get("sale_return", zero)["total_tiyn"],
        },
    }


def _figures(sales_count: int, sales_tiyn: int, returns_count: int, returns_tiyn: int) -> dict[str, int]:
    return {
        "revenue_tiyn": sales_tiyn - returns_tiyn, "receipts": sales_count, "sales_tiyn": sales_tiyn,
        "returns": returns_count, "returns_tiyn": returns_tiyn,
        "average_receipt_tiyn": div_half_up(sales_tiyn, sales_count) if sales_count else 0,
    }


def dashboard(session: Session, admin: Admin, now: datetime, *, date_from: date | None = None,
              date_to: date | None = None, register_id: str | None = None,
              trade_point_id: str | None = None) -> dict[str, Any]:
    date_from, date_to = period(session, admin, date_from, date_to, now)
    q = _filtered(select(Receipt.local_day, Receipt.register_id, Receipt.operation, func.count(),
                         func.sum(Receipt.total_tiyn)), Receipt, session, admin, date_from, date_to,
                  register_id, trade_point_id)
    q = q.where(Receipt.operation.in_(("sale", "sale_return"))).group_by(
        Receipt.local_day, Receipt.register_id, Receipt.operation)
    acc: dict[tuple[str, Any], list[int]] = {}
    for day, reg, op, count, total in session.execute(q):
        for key in (("total", None), ("day", day), ("register", reg)):
            slot = acc.setdefault(key, [0, 0, 0, 0])
            base = 0 if op == "sale" else 2
            slot[base] += int(count)
            slot[base + 1] += int(total or 0)
    names = dict(session.execute(select(Register.id, Register.name)
                                 .where(Register.company_id == admin.company_id)).tuples().all())
    days = []
    day = date_from
    while day <= date_to:
        days.append({"day": iso(day), **_figures(*acc.get(("day", day), [0, 0, 0, 0]))})
        day += timedelta(days=1)
    by_register = [{"register_id": k[1], "name": names.get(k[1], ""), **_figures(*slot)}
                   for k, slot in sorted(acc.items(), key=lambda kv: str(kv[0][1])) if k[0] == "register"]
    return {"date_from": iso(date_from), "date_to": iso(date_to), **_figures(*acc.get(("total", None), [0, 0, 0, 0])),
            "by_day": days, "by_register": by_register}


_DOCUMENTS: dict[str, type[ShiftReport] | type[CashMove] | type[TerminalOperation]] = {
    "shift_reports": ShiftReport, "cash_moves": CashMove, "terminal_operations": TerminalOperation}


def documents(session: Session, admin: Admin, now: datetime, kind: str, *, date_from: date | None = None,
              date_to: date | None = None, register_id: str | None = None, trade_point_id: str | None = None,
              limit: int = 100, offset: int = 0) -> dict[str, Any]:
    """Shift reports, cash moves or terminal operations of a period (raw figures, seed 8.1)."""
    model = _DOCUMENTS[kind]
    date_from, date_to = period(session, admin, date_from, date_to, now)
    q = _filtered(select(model), model, session, admin, date_from, date_to, register_id, trade_point_id)
    rows = session.scalars(q.order_by(model.created_at.desc(), model.id.desc()).limit(limit).offset(offset))
    return {"date_from": iso(date_from), "date_to": iso(date_to), "limit": limit, "offset": offset,
            "items": [{"id": r.id, "register_id": r.register_id, "created_at": iso(r.created_at),
                       "local_day": iso(r.local_day), **r.raw} for r in rows]}




#: uploaded status → the report's (desktop ``services/terminal_figures``): an error is money not known yet
TERMINAL_STATUS = {"approved": "approved", "declined": "declined", "error": "pending"}
#: terminal operations that give money back (counted negative)
MONEY_BACK = ("refund", "cancel")


def terminal_summary(session: Session, admin: Admin, now: datetime, *, date_from: date | None = None,
                     date_to: date | None = None, register_id: str | None = None,
                     trade_point_id: str | None = None) -> dict[str, Any]:
    """Count and sum (tiyn) of the company's terminal operations by register, kind, method (card, QR,
    or None when a register did not say: uploaded before decision 1415) and status over
    the period (seed 8.9 «Итоговый отчёт» across all terminals); refunds and cancels count negative."""
    date_from, date_to = period(session, admin, date_from, date_to, now)
    t = TerminalOperation
    q = select(t.register_id, t.kind, t.method, t.status, func.count(),
               func.coalesce(func.sum(t.amount_tiyn), 0)).group_by(t.register_id, t.kind, t.method, t.status)
    q = _filtered(q, t, session, admin, date_from, date_to, register_id, trade_point_id)
    names = dict(session.execute(select(Register.id, Register.name).where(Register.company_id == admin.company_id)).all())
    rows, paid, refunded = [], 0, 0
    order = (t.register_id, t.kind, func.coalesce(t.method, ""), t.status)
    for reg, kind, method, status, count, amount in session.execute(q.order_by(*order)).all():
        amount = int(amount)
        if status == "approved":
            if kind in MONEY_BACK:
                refunded += amount
            elif kind == "payment":
                paid += amount
        rows.append({"register_id": reg, "name": names.get(reg, ""), "kind": kind, "method": method,
                     "status": TERMINAL_STATUS.get(status, status), "count": int(count),
                     "amount_tiyn": -amount if kind in MONEY_BACK else amount})
    return {"date_from": iso(date_from), "date_to": iso(date_to), "rows": rows, "approved_payments_tiyn": paid,
            "approved_refunds_tiyn": refunded, "net_tiyn": paid - refunded}
