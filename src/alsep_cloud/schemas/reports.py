"""Answers of the sales view and the dashboard."""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import BaseModel, Field

TENDERS = ("tender kind (domain.tender) -> what stayed with the shop under it, tiyn (cash net of change); "
           "every kind used, also those added after the four <kind>_tiyn fields")


class SaleLineOut(BaseModel):
    position: int
    code: str
    name: str
    barcode: str | None
    unit_price_tiyn: int
    quantity_milli: int
    total_tiyn: int
    vat_code: str
    vat_tiyn: int


class SalePaymentOut(BaseModel):
    kind: str
    amount_tiyn: int


class SaleOut(BaseModel):
    id: int
    key: str
    register_id: str
    trade_point_id: str
    operation: str
    number: int
    shift_number: int
    created_at: str
    local_day: date
    total_tiyn: int
    discount_tiyn: int
    markup_tiyn: int
    vat_tiyn: int
    change_tiyn: int
    cash_tiyn: int
    card_tiyn: int
    mobile_tiyn: int
    non_cash_tiyn: int
    tenders: dict[str, int] = Field(description=TENDERS)
    cashier: str
    offline: bool
    fiscal_sign: str | None
    original_key: str | None
    lines: list[SaleLineOut]
    payments: list[SalePaymentOut]


class OperationTotalsOut(BaseModel):
    count: int
    total_tiyn: int
    cash_tiyn: int
    card_tiyn: int
    mobile_tiyn: int
    non_cash_tiyn: int
    vat_tiyn: int
    tenders: dict[str, int] = Field(description=TENDERS)


class SalesTotalsOut(BaseModel):
    receipts: int
    by_operation: dict[str, OperationTotalsOut]
    net_sales_tiyn: int


class SalesOut(BaseModel):
    date_from: date
    date_to: date
    limit: int
    offset: int
    items: list[SaleOut]
    totals: SalesTotalsOut


class Figures(BaseModel):
    revenue_tiyn: int
    receipts: int
    sales_tiyn: int
    returns: int
    returns_tiyn: int
    average_receipt_tiyn: int


class DayFigures(Figures):
    day: date


class RegisterFigures(Figures):
    register_id: str
    name: str


class DashboardOut(Figures):
    date_from: date
    date_to: date
    by_day: list[DayFigures]
    by_register: list[RegisterFigures]


class DocumentsOut(BaseModel):
    date_from: date
    date_to: date
    limit: int
    offset: int
    items: list[dict[str, Any]]


class TerminalSummaryRow(BaseModel):
    register_id: str
    name: str
    kind: str = Field(description="payment | refund | cancel | reconciliation")
    method: str | None = Field(default=None, description="card | qr; null when the register did not say")
    status: str = Field(description="approved | declined | pending (uploaded as error: money not known)")
    count: int
    amount_tiyn: int = Field(description="refunds negative")


class TerminalSummaryOut(BaseModel):
    date_from: date
    date_to: date
    rows: list[TerminalSummaryRow]
    approved_payments_tiyn: int
    approved_refunds_tiyn: int
    net_tiyn: int
