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

The CSV exports are written in the app's one CSV dialect (``exchange/csv_out.py``, decision 2041:
UTF-8 with a BOM, ``;``, decimal comma), with the shift number beside the receipt number (receipt
numbers start again in every shift). Their labels (headers, «Продажа»/«Возврат», payment kinds)
are marked English literals of the context ``CsvExport``; the window passes ``labels``, its
translation function, so the file is in the window's language (English without it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path

from alsep_desktop.domain.money import Money
from alsep_desktop.domain.quantity import Quantity, Unit
from alsep_desktop.domain.roles import Principal
from alsep_desktop.domain.tender import change_tender, find_tender
from alsep_desktop.errors import ValidationError
from alsep_desktop.exchange.csv_out import date_cell, money_cell, open_csv, quantity_cell, time_cell
from alsep_desktop.i18n_marker import QT_TRANSLATE_NOOP
from alsep_desktop.kernel.clock import ALMATY, Clock
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
    shift_number: int = 0  # receipt numbers start again in every shift

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
    def __init__(self, uow: Callable[..., SqlUnitOfWork], clock: Clock) -> None:
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
            for rid, num, op, at, code, name, bc, unit, price, qty, total, card, email, shift in uow.reports.sale_lines(
                    register_id, lo, hi, limit):
                s = -1 if op == SALE_RETURN else 1
                card = min(int(card or 0), total)
                out.append(SaleLine(
                    receipt_id=rid, receipt_number=num, operation=op, at=at.astimezone(ALMATY), code=code,
                    name=name, barcode=bc or "", unit_price=Money(price * s),
                    quantity=Quantity(qty * s, Unit(unit)), total=Money(total * s),
                    cash=Money((total - card) * s), card=Money(card * s), cashier=email or "", shift_number=shift,
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
        cash = change_tender()
        if change and cash is not None:
            mix[cash.key] = mix.get(cash.key, 0) - change
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
    def export_sales(self, actor: Principal, register_id: int, period: Period, path: Path, *,
                     labels: Callable[[str, str], str] | None = None) -> int:
        lines = self.sales(actor, register_id, period)
        write_sales_csv(lines, Path(path), labels=labels)
        return len(lines)

    def export_dashboard(self, actor: Principal, dashboard: Dashboard, path: Path, *,
                         labels: Callable[[str, str], str] | None = None) -> None:
        with self._uow(read_only=True) as uow:
            require_admin(actor, uow)
        write_dashboard_csv(dashboard, Path(path), labels=labels)


def _same(_context: str, text: str) -> str:
    return text


SALES_HEADER = (
    QT_TRANSLATE_NOOP("CsvExport", "Code"), QT_TRANSLATE_NOOP("CsvExport", "Product"),
    QT_TRANSLATE_NOOP("CsvExport", "Price"), QT_TRANSLATE_NOOP("CsvExport", "Quantity"),
    QT_TRANSLATE_NOOP("CsvExport", "Date"), QT_TRANSLATE_NOOP("CsvExport", "Barcode"),
    QT_TRANSLATE_NOOP("CsvExport", "Cash"), QT_TRANSLATE_NOOP("CsvExport", "By card"),
    QT_TRANSLATE_NOOP("CsvExport", "Cashier"), QT_TRANSLATE_NOOP("CsvExport", "Shift"),
    QT_TRANSLATE_NOOP("CsvExport", "Receipt"), QT_TRANSLATE_NOOP("CsvExport", "Operation"),
)  # fmt: skip
OPERATIONS = {SALE: QT_TRANSLATE_NOOP("CsvExport", "Sale"), SALE_RETURN: QT_TRANSLATE_NOOP("CsvExport", "Return")}


def write_sales_csv(lines: list[SaleLine], path: Path, *, labels: Callable[[str, str], str] | None = None) -> None:
    """The sales list (seed 8.8) with the shift of each receipt, in the window's language (``labels``)."""
    labels = labels or _same
    with open_csv(path) as out:
        out.row(labels("CsvExport", h) for h in SALES_HEADER)
        for ln in lines:
            out.row((
                ln.code, ln.name, money_cell(ln.unit_price), quantity_cell(ln.quantity), time_cell(ln.at), ln.barcode,
                money_cell(ln.cash), money_cell(ln.card), ln.cashier, ln.shift_number, ln.receipt_number,
                labels("CsvExport", OPERATIONS.get(ln.operation, ln.operation)),
            ))  # fmt: skip


def write_dashboard_csv(d: Dashboard, path: Path, *, labels: Callable[[str, str], str] | None = None) -> None:
    labels = labels or _same
    with open_csv(path) as out:
        out.row((labels("CsvExport", "Period"), date_cell(d.period.start), date_cell(d.period.end)))
        out.row((labels("CsvExport", "Revenue"), money_cell(d.revenue)))
        out.row((labels("CsvExport", "Sales"), money_cell(d.sales_total), d.sales_count))
        out.row((labels("CsvExport", "Returns"), money_cell(-d.returns_total), d.returns_count))
        out.row((labels("CsvExport", "Average receipt"), money_cell(d.average_check)))
        out.row()
        out.row((labels("CsvExport", "Date"), labels("CsvExport", "Revenue"), labels("CsvExport", "Receipts")))
        for day in d.days:
            out.row((date_cell(day.day), money_cell(day.revenue), day.receipts))
        out.row()
        out.row((labels("CsvExport", "Payment"), labels("CsvExport", "Amount")))
        for kind, amount in d.payment_mix.items():
            tender = find_tender(kind)  # its label from the tender table (decision 2140)
            out.row((labels("Tender", tender.label) if tender else kind, money_cell(amount)))
        out.row()
        out.row(labels("CsvExport", h) for h in (SALES_HEADER[0], SALES_HEADER[1], SALES_HEADER[3],
                                                QT_TRANSLATE_NOOP("CsvExport", "Revenue")))  # fmt: skip
        for t in d.top_products:
            out.row((t.code, t.name, quantity_cell(Quantity(t.quantity_milli)), money_cell(t.revenue)))


# the labels above that are used through a variable are marked here once for lupdate
_MARKED = (QT_TRANSLATE_NOOP("CsvExport", "Period"), QT_TRANSLATE_NOOP("CsvExport", "Revenue"),
           QT_TRANSLATE_NOOP("CsvExport", "Sales"), QT_TRANSLATE_NOOP("CsvExport", "Returns"),
           QT_TRANSLATE_NOOP("CsvExport", "Average receipt"), QT_TRANSLATE_NOOP("CsvExport", "Receipts"),
           QT_TRANSLATE_NOOP("CsvExport", "Payment"), QT_TRANSLATE_NOOP("CsvExport", "Amount"))  # fmt: skip
