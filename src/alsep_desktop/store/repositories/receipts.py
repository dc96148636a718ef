"""Receipts with their lines and payments. The sale's hot path: prepared Core statements, no ORM.

``insert`` writes a receipt with three statements; ``result`` reads back what the window shows;
the module functions taking a ``Connection`` are the delivery path's (decision 0007).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from alsep_desktop.domain.receipt import Receipt
from alsep_desktop.store.base import table_of
from alsep_desktop.store.models import CashMove, Payment, ReceiptLine, Shift
from alsep_desktop.store.models import Receipt as ReceiptRow
from alsep_desktop.store.types import new_uuid

_RECEIPT = table_of(ReceiptRow)
_LINE = table_of(ReceiptLine)
_PAYMENT = table_of(Payment)
_SHIFT = table_of(Shift)
_MOVE = table_of(CashMove)

_INSERT_RECEIPT = insert(_RECEIPT).returning(_RECEIPT.c.id)
_INSERT_LINE = insert(_LINE)
_INSERT_PAYMENT = insert(_PAYMENT)
_RESULT = select(
    _RECEIPT.c.id, _RECEIPT.c.uuid, _SHIFT.c.number, _RECEIPT.c.number, _RECEIPT.c.state, _RECEIPT.c.offline,
    _RECEIPT.c.fiscal_sign, _RECEIPT.c.check_url, _RECEIPT.c.total_tiyn, _RECEIPT.c.change_tiyn,
).join_from(_RECEIPT, _SHIFT, _SHIFT.c.id == _RECEIPT.c.shift_id).where(_RECEIPT.c.id == bindparam("b_id"))
_LAST_NUMBERS = select(
    select(func.max(_RECEIPT.c.number)).where(_RECEIPT.c.shift_id == bindparam("s")).scalar_subquery(),
    select(func.max(_MOVE.c.number)).where(_MOVE.c.shift_id == bindparam("s")).scalar_subquery(),
)


class ReceiptRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    # -- the hot path ----------------------------------------------------------------------
    def next_number(self, shift_id: int) -> int:
        """The next document number of the shift (receipts and cash moves share the sequence).

        Safe against a second writer: on SQLite the unit of work holds the write lock from its
        first statement (BEGIN IMMEDIATE); on PostgreSQL the register's row is locked first
        (``OrgRepository.register(…, lock=True)``); a lost race fails on the unique constraint
        and the service repeats once.
        """
        last, moves = self.session.connection().execute(_LAST_NUMBERS, {"s": shift_id}).one()
        return max(last or 0, moves or 0) + 1

    def insert(
        self, receipt: Receipt, *, register_id: int, shift_id: int, number: int, cashier_id: int | None,
        now: datetime, original_id: int | None = None, original_positions: list[int] | None = None,
        offline: tuple[str, str] | None = None, doc_uuid: str | None = None,
    ) -> tuple[int, str]:
        """Write the receipt, its lines and payments with three Core statements.

        ``offline`` = (autonomous sign, check URL) when the receipt is made offline right away.
        ``doc_uuid``: the uuid the caller chose (a card payment's terminal reference). Returns (receipt id, uuid).
        """
        conn = self.session.connection()
        uuid = doc_uuid or new_uuid()
        receipt_id = conn.execute(_INSERT_RECEIPT, {
            "uuid": uuid, "register_id": register_id, "shift_id": shift_id, "number": number,
            "operation": receipt.operation.value, "state": "queued" if offline else "paid",
            "total_tiyn": receipt.total.tiyn, "discount_tiyn": receipt.totals.discount_total.tiyn,
            "markup_tiyn": receipt.totals.markup_total.tiyn, "vat_tiyn": receipt.totals.vat_total.tiyn,
            "change_tiyn": receipt.change.tiyn, "cashier_id": cashier_id, "created_at": now,
            "offline": offline is not None, "fiscal_sign": offline[0] if offline else None,
            "check_url": offline[1] if offline else None, "original_receipt_id": original_id,
            "buyer_iin_bin": receipt.buyer_iin_bin,
        }).scalar_one()
        conn.execute(_INSERT_LINE, [
            {"receipt_id": receipt_id, "position": i, "product_uuid": lt.item.product_uuid, "code": lt.item.code,
             "group_code": lt.item.group_code, "name": lt.item.name, "barcode": lt.item.barcode or None,
             "unit": lt.item.quantity.unit.value, "unit_price_tiyn": lt.item.unit_price.tiyn,
             "quantity_milli": lt.item.quantity.milli, "discount_tiyn": lt.discount.tiyn,
             "markup_tiyn": lt.markup.tiyn, "total_tiyn": lt.total.tiyn, "vat_code": lt.item.vat.code,
             "vat_bp": lt.item.vat.basis_points, "vat_tiyn": lt.vat.tiyn, "marking_code": lt.item.marking_code,
             "ntin": lt.item.ntin or None,
             "original_position": original_positions[i - 1] if original_positions else None}
            for i, lt in enumerate(receipt.totals.lines, start=1)
        ])
        conn.execute(_INSERT_PAYMENT, [
            {"receipt_id": receipt_id, "kind": p.kind.value, "amount_tiyn": p.amount.tiyn} for p in receipt.payments
        ])
        return receipt_id, uuid

    def result(self, receipt_id: int) -> tuple[Any, ...]:
        """(id, uuid, shift number, number, state, offline, sign, check url, total, change)."""
        return tuple(self.session.connection().execute(_RESULT, {"b_id": receipt_id}).one())

    # -- reads -----------------------------------------------------------------------------
    def get(self, receipt_id: int) -> ReceiptRow | None:
        return self.session.get(ReceiptRow, receipt_id)

    def by_uuid(self, uuid: str) -> ReceiptRow | None:
        return self.session.scalars(select(ReceiptRow).where(ReceiptRow.uuid == uuid)).first()

    def by_sign(self, register_id: int, sign: str) -> ReceiptRow | None:
        stmt = select(ReceiptRow).where(ReceiptRow.register_id == register_id, ReceiptRow.fiscal_sign == sign)
        return self.session.scalars(stmt).first()

    def of_shift(self, shift_id: int) -> list[ReceiptRow]:
        stmt = select(ReceiptRow).where(ReceiptRow.shift_id == shift_id).order_by(ReceiptRow.number)
        return list(self.session.scalars(stmt))

    def last(self, register_id: int) -> ReceiptRow | None:
        stmt = (
            select(ReceiptRow).where(ReceiptRow.register_id == register_id, ReceiptRow.state != "rejected")
            .order_by(ReceiptRow.id.desc()).limit(1)
        )
        return self.session.scalars(stmt).first()

    def returns_of(self, original_id: int) -> list[ReceiptRow]:
        stmt = select(ReceiptRow).where(ReceiptRow.original_receipt_id == original_id,
                                        ReceiptRow.state != "rejected")
        return list(self.session.scalars(stmt))


# -- the delivery path (plain connection) ---------------------------------------------------
_SIGNED = update(_RECEIPT).where(_RECEIPT.c.id == bindparam("b_id")).values(
    state="signed", fiscal_sign=bindparam("b_sign"), check_url=bindparam("b_url"), offline=False
)
_OFD_SIGN = update(_RECEIPT).where(_RECEIPT.c.id == bindparam("b_id")).values(ofd_fiscal_sign=bindparam("b_sign"))
_OFFLINE = update(_RECEIPT).where(_RECEIPT.c.id == bindparam("b_id")).values(
    state="queued", offline=True, fiscal_sign=bindparam("b_sign"), check_url=bindparam("b_url"))
_SHIFT_NUMBER = select(_SHIFT.c.number).where(_SHIFT.c.id == bindparam("b_id"))
_OPERATION = select(_RECEIPT.c.operation).where(_RECEIPT.c.id == bindparam("b_id"))


def mark_signed(conn: Connection, receipt_id: int, sign: str, url: str | None) -> None:
    conn.execute(_SIGNED, {"b_id": receipt_id, "b_sign": sign, "b_url": url})


def set_ofd_sign(conn: Connection, receipt_id: int, sign: str) -> None:
    """The OFD's sign of a receipt printed with its offline sign (a lost answer, decision 0006)."""
    conn.execute(_OFD_SIGN, {"b_id": receipt_id, "b_sign": sign})


def mark_offline(conn: Connection, receipt_id: int, sign: str, url: str) -> None:
    conn.execute(_OFFLINE, {"b_id": receipt_id, "b_sign": sign, "b_url": url})


def shift_number(conn: Connection, shift_id: int) -> int:
    return int(conn.scalar(_SHIFT_NUMBER, {"b_id": shift_id}) or 0)


def operation_of(conn: Connection, receipt_id: int) -> str:
    return str(conn.scalar(_OPERATION, {"b_id": receipt_id}))
