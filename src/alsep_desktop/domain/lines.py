"""Receipt lines and the receipt arithmetic: amounts, discounts, markups, VAT.

Rules (all integer tiyn):
* line gross = unit price × quantity, half-up;
* line discount/markup = percent of the gross (half-up) or an absolute amount;
* a receipt-level discount/markup is computed on the subtotal and spread over the lines
  in proportion to their amounts by largest remainder, so the line totals always add up
  to the receipt total to the tiyn;
* VAT is included in the price and computed per line on its final total.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from alsep_desktop.domain.adjustment import Adjustment
from alsep_desktop.domain.errors import (
    InvalidAdjustment,
    InvalidAmount,
    InvalidQuantity,
    LineRoundsToZero,
    LineTooLarge,
    MarkupTooLarge,
    TotalTooLarge,
)
from alsep_desktop.domain.money import Money
from alsep_desktop.domain.quantity import Quantity
from alsep_desktop.domain.rounding import spread
from alsep_desktop.domain.tax import VatRate
from alsep_desktop.errors import ValidationError
from alsep_desktop.i18n_marker import QT_TRANSLATE_NOOP

MAX_LINE_TIYN = 10**13  # 100 billion tenge: anything larger is a typo, not a sale
#: A receipt's total (and each payment): 10 trillion tenge. With the line limit this keeps every
#: amount the store writes (line, markup, receipt total, payment, change) far inside the signed
#: 64-bit columns (9.2 × 10^18 tiyn), and a shift's counters too (issue 13).
MAX_RECEIPT_TIYN = 10**15


@dataclass(frozen=True, slots=True)
class LineItem:
    """What the cashier put on the receipt."""

    name: str
    unit_price: Money
    quantity: Quantity
    vat: VatRate
    discount: Adjustment | None = None
    markup: Adjustment | None = None
    code: str = ""
    group_code: str = ""
    barcode: str = ""
    marking_code: str | None = None
    product_uuid: str | None = None
    ntin: str = ""  # National Catalogue code of the product (OFD 2.0.3 Commodity.ntin); "" when none

    def __post_init__(self) -> None:
        if not self.name or not self.name.strip():
            raise ValidationError("name", QT_TRANSLATE_NOOP("Reasons", "the line has no name"))
        if self.unit_price.is_negative:
            raise InvalidAmount(
                "price", QT_TRANSLATE_NOOP("Reasons", "negative price {value}"), value=self.unit_price.plain()
            )
        if self.unit_price.tiyn > MAX_LINE_TIYN:
            raise InvalidAmount(
                "price", QT_TRANSLATE_NOOP("Reasons", "price {value} is too large"), value=self.unit_price.plain()
            )
        if self.quantity.milli <= 0:
            raise InvalidQuantity("quantity", QT_TRANSLATE_NOOP("Reasons", "must be greater than zero"))
        if self.quantity.milli > 10**9:
            raise InvalidQuantity(
                "quantity", QT_TRANSLATE_NOOP("Reasons", "{value} is too large"), value=str(self.quantity)
            )
        gross = self.gross
        if gross.tiyn == 0 and self.unit_price.tiyn > 0:
            raise LineRoundsToZero(quantity=self.quantity.format(), price=self.unit_price.format())
        if gross.tiyn > MAX_LINE_TIYN:
            raise LineTooLarge(value=gross.format(), limit=Money(MAX_LINE_TIYN).format())
        if self.markup is not None and self.markup.on(gross).tiyn > MAX_LINE_TIYN:
            raise MarkupTooLarge(value=self.markup.on(gross).format(), limit=Money(MAX_LINE_TIYN).format())
        if self.discount is not None and self.discount.on(gross) > gross:
            raise InvalidAdjustment(
                "discount",
                QT_TRANSLATE_NOOP("Reasons", "discount is larger than the line amount {limit}"),
                limit=gross.plain(),
            )
        if self.amount.tiyn > MAX_LINE_TIYN:
            raise LineTooLarge(value=self.amount.format(), limit=Money(MAX_LINE_TIYN).format())

    @property
    def gross(self) -> Money:
        return self.quantity.price(self.unit_price)

    @property
    def discount_amount(self) -> Money:
        return self.discount.on(self.gross) if self.discount else Money(0)

    @property
    def markup_amount(self) -> Money:
        return self.markup.on(self.gross) if self.markup else Money(0)

    @property
    def amount(self) -> Money:
        """Line amount after its own discount and markup (before receipt-level ones)."""
        return self.gross - self.discount_amount + self.markup_amount


@dataclass(frozen=True, slots=True)
class LineTotals:
    item: LineItem
    gross: Money
    discount: Money  # own + share of receipt-level discount
    markup: Money  # own + share of receipt-level markup
    total: Money
    vat: Money


@dataclass(frozen=True, slots=True)
class VatTotal:
    rate: VatRate
    turnover: Money  # VAT-inclusive amount at this rate
    vat: Money


@dataclass(frozen=True, slots=True)
class ReceiptTotals:
    lines: tuple[LineTotals, ...]
    subtotal: Money  # sum of line amounts before receipt-level adjustments
    receipt_discount: Money
    receipt_markup: Money
    total: Money
    vat_totals: tuple[VatTotal, ...] = field(default_factory=tuple)

    @property
    def discount_total(self) -> Money:
        return Money.sum(line.discount for line in self.lines)

    @property
    def markup_total(self) -> Money:
        return Money.sum(line.markup for line in self.lines)

    @property
    def vat_total(self) -> Money:
        return Money.sum(v.vat for v in self.vat_totals)


def compute_totals(
    items: Sequence[LineItem],
    receipt_discount: Adjustment | None = None,
    receipt_markup: Adjustment | None = None,
) -> ReceiptTotals:
    amounts = [item.amount.tiyn for item in items]
    subtotal = Money(sum(amounts))
    r_disc = receipt_discount.on(subtotal) if receipt_discount else Money(0)
    if r_disc > subtotal:
        raise InvalidAdjustment(
            "receipt_discount", QT_TRANSLATE_NOOP("Reasons", "discount {value} is larger than the subtotal {limit}"),
            value=r_disc.plain(), limit=subtotal.plain(),
        )
    r_mark = receipt_markup.on(subtotal) if receipt_markup else Money(0)
    if r_mark.tiyn > MAX_RECEIPT_TIYN:
        raise MarkupTooLarge(value=r_mark.format(), limit=Money(MAX_RECEIPT_TIYN).format())
    if subtotal.tiyn - r_disc.tiyn + r_mark.tiyn > MAX_RECEIPT_TIYN:
        raise TotalTooLarge(value=Money(subtotal.tiyn - r_disc.tiyn + r_mark.tiyn).format(),
                            limit=Money(MAX_RECEIPT_TIYN).format())
    if (r_disc or r_mark) and not items:
        raise InvalidAdjustment("receipt_discount", QT_TRANSLATE_NOOP("Reasons", "the receipt has no lines to adjust"))
    disc_shares = spread(r_disc.tiyn, amounts) if items else []
    mark_shares = spread(r_mark.tiyn, amounts) if items else []

    lines: list[LineTotals] = []
    vat_by_code: dict[str, list[int]] = {}
    rates: dict[str, VatRate] = {}
    for i, item in enumerate(items):
        total = Money(amounts[i] - disc_shares[i] + mark_shares[i])
        vat = item.vat.included_in(total)
        lines.append(
            LineTotals(
                item=item,
                gross=item.gross,
                discount=item.discount_amount + Money(disc_shares[i]),
                markup=item.markup_amount + Money(mark_shares[i]),
                total=total,
                vat=vat,
            )
        )
        acc = vat_by_code.setdefault(item.vat.code, [0, 0])
        acc[0] += total.tiyn
        acc[1] += vat.tiyn
        rates[item.vat.code] = item.vat
    vat_totals = tuple(VatTotal(rates[c], Money(t), Money(v)) for c, (t, v) in vat_by_code.items())
    return ReceiptTotals(
        lines=tuple(lines),
        subtotal=subtotal,
        receipt_discount=r_disc,
        receipt_markup=r_mark,
        total=Money(subtotal.tiyn - r_disc.tiyn + r_mark.tiyn),
        vat_totals=vat_totals,
    )
