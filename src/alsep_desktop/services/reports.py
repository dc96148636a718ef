"""Sales list and dashboard of the admin tab (seed 8.1, 8.7/8.8), with CSV export.

Read-only SQL aggregations over ``receipt``, ``receipt_line`` and ``payment`` that run on SQLite
and PostgreSQL. Sales are the operations ``sale`` and ``sale_return``; a return counts
negative everywhere (seed 8.8: «Если цена указана отрицательная, то значит это отмена»).
Purchases are not sales and are left out. Receipts the OFD refused (state ``rejected``) are not
fiscal documents and are left out too; every other state (signed, queued offline, printed) counts.

Periods are whole days in Asia/Almaty, ``start``..``end`` inclusive; the DB holds UTC.
The per-day grouping converts to Almaty time in SQL: exactly with ``timezone()`` on
PostgreSQL, and with the fixed UTC offset Almaty has at the end of the period on SQLite
(Almaty has no DST; its offset last changed on 1 March 2024).
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path

from alsep_desktop.app.clock import ALMATY, Clock
from alsep_desktop.domain.money import Money
from alsep_desktop.domain.quantity import Quantity, Unit
from alsep_desktop.domain.roles import Principal
from alsep_desktop.errors import ValidationError
from alsep_desktop.i18n_marker import QT_TRANSLATE_NOOP
from alsep_desktop.services.guard import require_admin
from alsep_desktop.store.repositories.reports import SALE, SALE_RETURN, SALES_OPS  # noqa: F401 - re-exported
from alsep_desktop.store.uow import SqlUnitOfWork

MAX_DAYS = 366


@dataclass(frozen=True, slots=True)
class Period:
    """Whole Almaty days, both ends included."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValidationError("period", QT_TRANSLATE_NOOP("Reasons", "the end is before the start"))
        if (self.end - self.start).days >= MAX_DAYS:
            raise ValidationError("period", QT_TRANSLATE_NOOP("Reasons", "at most {limit} days"), limit=MAX_DAYS)

    @classmethod
    def last_week(cls, today: date) -> Period:
        return cls(today - timedelta(days=6), today)

    @property
    def utc_bounds(self) -> tuple[datetime, datetime]:
        lo = datetime.combine(self.start, time(0), ALMATY)
        hi = datetime.combine(self.end + timedelta(days=1), time(0), ALMATY)
        return lo, hi

    def days(self) -> list[date]:
        return [self.start + timedelta(days=i) for i in range((self.end - self.start).days + 1)]


@dataclass(frozen=True, slots=True)
class SaleLine:
    """One line of a sold or returned receipt; amounts and quantity negative for returns."""

    receipt_id: int
    receipt_number: int
    operation: str
    at: datetime  # Asia/Almaty
    code: str
    name: str
    barcode: str
    unit_price: Money
    quantity: Quantity
    total: Money
    cash: Money
    card: Money  # every non-cash tender (card, mobile, «безнал»)
    cashier: str

    @property
    def is_return(self) -> bool:
        return self.operation == SALE_RETURN


@dataclass(frozen=True, slots=True)
class DayRevenue:
    day: date
    revenue: Money  # sales minus returns
    receipts: int


@dataclass(frozen=True, slots=True)
class TopProduct:
    code: str
    name: str
    quantity_milli: int
    revenue: Money


@dataclass(frozen=True, slots=True)
class Dashboard:
    period: Period
    register_id: int | None
    sales_total: Money
    sales_count: int
    returns_total: Money  # positive amount returned
    returns_count: int
    days: tuple[DayRevenue, ...]
    payment_mix: dict[str, Money] = field(default_factory=dict)  # kind → net amount
    top_products: tuple[TopProduct, ...] = ()

    @property
    def revenue(self) -> Money:
        return self.sales_total - self.returns_total

    @property
    def average_check(self) -> Money:
        return Money(self.sales_total.tiyn // self.sales_count) if self.sales_count else Money(0)


class SalesReportService:
    def __init__(self, uow: Callable[[], SqlUnitOfWork], clock: Clock) -> None:
        self._uow = uow
        self._clock = clock

    def default_period(self) -> Period:
        return Period.last_week(self._clock.now().astimezone(ALMATY).date())

    # -- sales list (seed 8.8) -----------------------------------------------------------------
    def sales(self, actor: Principal, register_id: int, period: Period, *, limit: int | None = None) -> list[SaleLine]:
        lo, hi = period.utc_bounds
        out = []
        with self._uow(read_only=True) as uow:
            require_admin(actor, uow)
            for rid, num, op, at, code, name, bc, unit, price, qty, total, card, email in uow.reports.sale_lines(
                    register_id, lo, hi, limit):
                s = -1 if op == SALE_RETURN else 1
                card = min(int(card or 0), total)
                out.append(SaleLine(
                    receipt_id=rid, receipt_number=num, operation=op, at=at.astimezone(ALMATY), code=code,
                    name=name, barcode=bc or "", unit_price=Money(price * s),
                    quantity=Quantity(qty * s, Unit(unit)), total=Money(total * s),
                    cash=Money((total - card) * s), card=Money(card * s), cashier=email or "",
                ))
        return out

    # -- dashboard (seed 8.1) ----------------------------------------------------------------------
    def dashboard(
        self, actor: Principal, period: Period, *, register_id: int | None = None, top: int = 10
    ) -> Dashboard:
        lo, hi = period.utc_bounds
        end = datetime.combine(period.end, time(23, 59), ALMATY)
        offset = int(end.utcoffset().total_seconds())  # type: ignore[union-attr]
        with self._uow(read_only=True) as uow:
            require_admin(actor, uow)
            totals, per_day, mix, change, top_rows = uow.reports.dashboard(lo, hi, register_id, top, offset)
        if change:
            mix["cash"] = mix.get("cash", 0) - change
        days = tuple(
            DayRevenue(d, Money(per_day.get(d.isoformat(), (0, 0))[0]), per_day.get(d.isoformat(), (0, 0))[1])
            for d in period.days()
        )
        return Dashboard(
            period=period, register_id=register_id,
            sales_total=Money(totals.get(SALE, (0, 0))[1]), sales_count=totals.get(SALE, (0, 0))[0],
            returns_total=Money(totals.get(SALE_RETURN, (0, 0))[1]), returns_count=totals.get(SALE_RETURN, (0, 0))[0],
            days=days, payment_mix={k: Money(v) for k, v in sorted(mix.items())},
            top_products=tuple(TopProduct(c, n, int(q or 0), Money(int(r or 0))) for c, n, q, r in top_rows),
        )

    # -- CSV export ------------------------------------------------------------------------------------
    def export_sales(self, actor: Principal, register_id: int, period: Period, path: Path) -> int:
        lines = self.sales(actor, register_id, period)
        write_sales_csv(lines, Path(path))
        return len(lines)

    def export_dashboard(self, actor: Principal, dashboard: Dashboard, path: Path) -> None:
        with self._uow(read_only=True) as uow:
            require_admin(actor, uow)
        write_dashboard_csv(dashboard, Path(path))


SALES_HEADER = ("Код", "Товар", "Цена", "Кол-во", "Дата", "Баркод", "Наличные", "Карточкой", "Кассир", "Чек", "Операция")


def write_sales_csv(lines: list[SaleLine], path: Path) -> None:
    """UTF-8 with BOM and CRLF, like the catalog export, so Excel opens it as is."""
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(SALES_HEADER)
        for ln in lines:
            w.writerow((
                ln.code, ln.name, ln.unit_price.plain(), ln.quantity.to_decimal(), ln.at.strftime("%d.%m.%Y %H:%M:%S"),
                ln.barcode, ln.cash.plain(), ln.card.plain(), ln.cashier, ln.receipt_number, ln.operation,
            ))


def write_dashboard_csv(d: Dashboard, path: Path) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(("Период", d.period.start.isoformat(), d.period.end.isoformat()))
        w.writerow(("Выручка", d.revenue.plain()))
        w.writerow(("Продажи", d.sales_total.plain(), d.sales_count))
        w.writerow(("Возвраты", (-d.returns_total).plain(), d.returns_count))
        w.writerow(("Средний чек", d.average_check.plain()))
        w.writerow(())
        w.writerow(("Дата", "Выручка", "Чеков"))
        for day in d.days:
            w.writerow((day.day.strftime("%d.%m.%Y"), day.revenue.plain(), day.receipts))
        w.writerow(())
        w.writerow(("Вид оплаты", "Сумма"))
        for kind, amount in d.payment_mix.items():
            w.writerow((kind, amount.plain()))
        w.writerow(())
        w.writerow(("Код", "Товар", "Кол-во", "Выручка"))
        for t in d.top_products:
            w.writerow((t.code, t.name, Quantity(t.quantity_milli).to_decimal(), t.revenue.plain()))
