"""Read-only aggregations of the admin tab's sales list and dashboard (SQLite and PostgreSQL).

Sales are the operations ``sale`` and ``sale_return``; a return counts negative everywhere;
receipts the OFD refused (``rejected``) are left out. ``lo``..``hi`` are UTC bounds; the per-day
grouping converts to Asia/Almaty in SQL: exactly with ``timezone()`` on PostgreSQL, with the fixed
offset ``sqlite_offset_s`` on SQLite (Almaty has no DST).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import Session

from alsep_desktop.domain.tender import drawer_keys
from alsep_desktop.store.models import Payment, Receipt, ReceiptLine, Shift, User

SALE = "sale"
SALE_RETURN = "sale_return"
SALES_OPS = (SALE, SALE_RETURN)


def _sign() -> ColumnElement[int]:
    return case((Receipt.operation == SALE_RETURN, -1), else_=1)


class ReportRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def sale_lines(
        self, register_id: int, lo: datetime, hi: datetime, limit: int | None = None
    ) -> list[tuple[Any, ...]]:
        """(receipt id, number, operation, created at, code, name, barcode, unit, unit price, quantity,
        line total, non-cash share of the line, cashier e-mail, shift number) in receipt and line order."""
        non_cash = (
            select(Payment.receipt_id, func.sum(Payment.amount_tiyn).label("amount"))
            .where(Payment.kind.not_in(sorted(drawer_keys())))  # the tender table (decision 2140)
            .group_by(Payment.receipt_id)
            .subquery()
        )
        line_card = case(
            (Receipt.total_tiyn > 0,
             ReceiptLine.total_tiyn * func.coalesce(non_cash.c.amount, 0) // Receipt.total_tiyn),
            else_=0,
        )
        stmt = (
            select(
                Receipt.id, Receipt.number, Receipt.operation, Receipt.created_at, ReceiptLine.code,
                ReceiptLine.name, ReceiptLine.barcode, ReceiptLine.unit, ReceiptLine.unit_price_tiyn,
                ReceiptLine.quantity_milli, ReceiptLine.total_tiyn, line_card, User.email, Shift.number,
            )
            .join(ReceiptLine, ReceiptLine.receipt_id == Receipt.id)
            .join(Shift, Shift.id == Receipt.shift_id)
            .outerjoin(non_cash, non_cash.c.receipt_id == Receipt.id)
            .outerjoin(User, User.id == Receipt.cashier_id)
            .where(
                Receipt.register_id == register_id, Receipt.operation.in_(SALES_OPS), Receipt.state != "rejected",
                Receipt.created_at >= lo, Receipt.created_at < hi,
            )
            .order_by(Receipt.created_at, Receipt.id, ReceiptLine.position)
        )
        if limit is not None:
            stmt = stmt.limit(limit)
        return [tuple(r) for r in self.session.execute(stmt)]

    def dashboard(
        self, lo: datetime, hi: datetime, register_id: int | None, top: int, sqlite_offset_s: int
    ) -> tuple[dict[str, tuple[int, int]], dict[str, tuple[int, int]], dict[str, int], int, list[tuple[Any, ...]]]:
        """(count and sum per operation, (net sum, sales) per local day "YYYY-MM-DD", net sum per
        payment kind, net change given, top products (code, name, quantity, revenue))."""
        where = [Receipt.operation.in_(SALES_OPS), Receipt.state != "rejected", Receipt.created_at >= lo,
                 Receipt.created_at < hi]
        if register_id is not None:
            where.append(Receipt.register_id == register_id)
        if self.session.get_bind().dialect.name == "postgresql":
            day = func.to_char(func.timezone("Asia/Almaty", Receipt.created_at), "YYYY-MM-DD").label("day")
        else:
            day = func.strftime("%Y-%m-%d", Receipt.created_at, f"{sqlite_offset_s:+d} seconds").label("day")
        totals = {
            op: (int(n), int(s or 0))
            for op, n, s in self.session.execute(
                select(Receipt.operation, func.count(Receipt.id), func.sum(Receipt.total_tiyn))
                .where(*where).group_by(Receipt.operation)
            )
        }
        per_day = {
            d: (int(s or 0), int(n))
            for d, s, n in self.session.execute(
                select(day, func.sum(Receipt.total_tiyn * _sign()),
                       func.sum(case((Receipt.operation == SALE, 1), else_=0)))
                .where(*where).group_by(day)
            )
        }
        mix = {
            kind: int(s or 0)
            for kind, s in self.session.execute(
                select(Payment.kind, func.sum(Payment.amount_tiyn * _sign()))
                .join(Receipt, Receipt.id == Payment.receipt_id).where(*where).group_by(Payment.kind)
            )
        }
        change = int(self.session.scalar(select(func.sum(Receipt.change_tiyn * _sign())).where(*where)) or 0)
        qty = func.sum(ReceiptLine.quantity_milli * _sign())
        revenue = func.sum(ReceiptLine.total_tiyn * _sign())
        top_rows = [tuple(r) for r in self.session.execute(
            select(ReceiptLine.code, ReceiptLine.name, qty, revenue)
            .join(Receipt, Receipt.id == ReceiptLine.receipt_id).where(*where)
            .group_by(ReceiptLine.code, ReceiptLine.name)
            .order_by(revenue.desc(), ReceiptLine.code).limit(top)
        )]
        return totals, per_day, mix, change, top_rows
