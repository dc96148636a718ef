"""The basket a card payment was started for, kept with its terminal operation (decision 2011).

When the cashier stops waiting and the terminal approves later, the receipt must hold the goods
that were paid, not one free-position line. The basket and the sale's tenders are written as JSON
into the operation's ``cheque`` column under :data:`SALE_KEY` (the terminal's own cheque fields
sit beside it, camelCase, never this key). Qt-free.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from alsep_desktop.domain.adjustment import Adjustment, AdjustmentKind
from alsep_desktop.domain.basket import Basket
from alsep_desktop.domain.lines import LineItem
from alsep_desktop.domain.money import Money
from alsep_desktop.domain.payment import Payment, PaymentKind
from alsep_desktop.domain.quantity import Quantity, Unit
from alsep_desktop.domain.tax import VatRate
from alsep_desktop.store.repositories.terminal import SALE_KEY
from alsep_desktop.store.uow import SqlUnitOfWork

__all__ = ["SALE_KEY", "SaleSnapshot", "same_goods", "sold_since", "snapshot_of", "terminal_cheque", "without"]
VERSION = 1


@dataclass(frozen=True, slots=True)
class SaleSnapshot:
    """The goods and tenders of a sale as the cashier confirmed its payment."""

    basket: Basket
    payments: tuple[Payment, ...]

    @property
    def total(self) -> Money:
        return self.basket.totals().total

    @property
    def card(self) -> Money:
        return Money.sum(p.amount for p in self.payments if p.kind.via_terminal)

    def to_json(self) -> dict[str, Any]:
        b = self.basket
        return {"v": VERSION, "lines": [_line_json(x) for x in b.lines],
                "discount": _adj_json(b.receipt_discount), "markup": _adj_json(b.receipt_markup),
                "payments": [{"kind": p.kind.value, "tiyn": p.amount.tiyn} for p in self.payments]}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> SaleSnapshot:
        basket = Basket(lines=tuple(_line_of(x) for x in d["lines"]), receipt_discount=_adj_of(d.get("discount")),
                        receipt_markup=_adj_of(d.get("markup")))
        return cls(basket, tuple(Payment(PaymentKind.of(p["kind"]), Money(int(p["tiyn"]))) for p in d["payments"]))


def snapshot_of(cheque: object) -> SaleSnapshot | None:
    """The sale kept in an operation's ``cheque`` column, if any (an unreadable one counts as none:
    the receipt then falls back to one free-position line, as for a terminal-only payment)."""
    if not isinstance(cheque, dict) or not isinstance(cheque.get(SALE_KEY), dict):
        return None
    try:
        return SaleSnapshot.from_json(cheque[SALE_KEY])
    except Exception:  # noqa: BLE001 - a damaged snapshot must not hide the payment itself
        return None


def terminal_cheque(cheque: object) -> dict[str, Any] | None:
    """The terminal's own cheque fields, without the register's sale."""
    if not isinstance(cheque, dict):
        return None
    rest = {k: v for k, v in cheque.items() if k != SALE_KEY}
    return rest or None


def same_goods(a: Basket, b: Basket) -> bool:
    return a.lines == b.lines and a.receipt_discount == b.receipt_discount and a.receipt_markup == b.receipt_markup


def without(current: Basket, sold: Basket) -> Basket:
    """``current`` less the lines of ``sold``: an equal line goes; the same goods in a larger
    quantity keep the rest. What the cashier added after the payment stays in the basket."""
    lines = list(current.lines)
    for line in sold.lines:
        exact = next((i for i, x in enumerate(lines) if x == line), None)
        if exact is not None:
            del lines[exact]
            continue
        bigger = next(
            (i for i, x in enumerate(lines) if _same_product(x, line) and x.quantity.milli > line.quantity.milli), None
        )
        if bigger is not None:
            x = lines[bigger]
            lines[bigger] = replace(x, quantity=Quantity(x.quantity.milli - line.quantity.milli, x.quantity.unit))
    return Basket(lines=tuple(lines)) if lines else Basket()


def _same_product(a: LineItem, b: LineItem) -> bool:
    return (a.product_uuid is not None and a.product_uuid == b.product_uuid and a.unit_price == b.unit_price
            and a.quantity.unit == b.quantity.unit and not a.marking_code and not b.marking_code)


def basket_keys(basket: Basket) -> list[tuple[str, str, int, int]]:
    """Sorted (code, name, unit price, quantity): to compare a stored receipt's lines with a basket."""
    return sorted((x.code, x.name, x.unit_price.tiyn, x.quantity.milli) for x in basket.lines)


def _line_json(x: LineItem) -> dict[str, Any]:
    return {"name": x.name, "price": x.unit_price.tiyn, "milli": x.quantity.milli, "unit": x.quantity.unit.value,
            "vat": x.vat.code, "vat_bp": x.vat.basis_points, "discount": _adj_json(x.discount),
            "markup": _adj_json(x.markup), "code": x.code, "group": x.group_code, "barcode": x.barcode,
            "marking": x.marking_code, "product": x.product_uuid, "ntin": x.ntin}


def _line_of(d: dict[str, Any]) -> LineItem:
    return LineItem(
        name=d["name"],
        unit_price=Money(int(d["price"])),
        quantity=Quantity(int(d["milli"]), Unit(d["unit"])),
        vat=VatRate(d["vat"], d.get("vat_bp")),
        discount=_adj_of(d.get("discount")),
        markup=_adj_of(d.get("markup")),
        code=d.get("code", ""),
        group_code=d.get("group", ""),
        barcode=d.get("barcode", ""),
        marking_code=d.get("marking"),
        product_uuid=d.get("product"),
        ntin=d.get("ntin", ""),
    )


def _adj_json(a: Adjustment | None) -> dict[str, Any] | None:
    return None if a is None else {"kind": a.kind.value, "value": a.value}


def _adj_of(d: dict[str, Any] | None) -> Adjustment | None:
    return None if not d else Adjustment(AdjustmentKind(d["kind"]), int(d["value"]))


def sold_since(uow: SqlUnitOfWork, register_id: int, since: datetime, basket: Basket) -> int | None:
    """The number of a sale receipt of the current shift written at or after ``since`` that holds
    every line of ``basket`` (the same goods sold another way while the payment was pending), else None."""
    shift = uow.shifts.current(register_id)
    if shift is None:
        return None
    wanted = Counter(basket_keys(basket))
    for row in uow.receipts.of_shift(shift.id):
        if row.operation != "sale" or row.state == "rejected" or _aware(row.created_at) < _aware(since):
            continue
        have = Counter((x.code, x.name, x.unit_price_tiyn, x.quantity_milli) for x in row.lines)
        if all(have[k] >= n for k, n in wanted.items()):
            return int(row.number)
    return None


def _aware(when: datetime) -> datetime:
    return when if when.tzinfo is not None else when.astimezone()
