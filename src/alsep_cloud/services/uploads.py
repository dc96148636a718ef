"""Documents uploaded by registers, idempotent by key (decision 1404).

One ``INSERT ... ON CONFLICT (company_id, key) DO NOTHING RETURNING id`` decides: a new key
stores the document (typed columns, children, and the original JSON); an existing key is an
honest retry when its body hash and register match (the first record is answered), and is
refused otherwise. Two concurrent uploads of one key meet at the unique index: one inserts,
the other waits for its commit and finds it.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import insert, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from alsep_cloud.errors import BodyConflict
from alsep_cloud.schemas.uploads import (
    CashMoveUpload,
    ReceiptUpload,
    ShiftReportUpload,
    TerminalOperationUpload,
)
from alsep_cloud.services.context import Device
from alsep_cloud.services.validate import unit_code, vat_code
from alsep_cloud.store.base import table_of
from alsep_cloud.store.documents import (
    CashMove,
    Receipt,
    ReceiptLine,
    ReceiptPayment,
    ReceiptTender,
    Shift,
    ShiftReport,
    TerminalOperation,
)
from alsep_desktop.domain.tender import TenderKind, tender_keys
from alsep_desktop.domain.validation import validate_iin_bin
from alsep_desktop.errors import ValidationError

RETURNS = ("sale_return", "purchase_return")
_LINES = insert(table_of(ReceiptLine))
_PAYMENTS = insert(table_of(ReceiptPayment))
_TENDERS = insert(table_of(ReceiptTender))


def body_hash(raw: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(raw, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
                          .encode()).hexdigest()


@lru_cache(maxsize=32)
def _insert_statement(dialect: str, table: Any) -> Any:
    """Built once per table: the values travel as parameters, so the compiled form is reused."""
    ins = pg_insert if dialect == "postgresql" else sqlite_insert
    t = table.__table__
    return ins(t).on_conflict_do_nothing(index_elements=["company_id", "key"]).returning(t.c.id)


def _insert_once(session: Session, table: Any, values: dict[str, Any], what: str, device: Device) -> tuple[int, bool]:
    stmt = _insert_statement(session.get_bind().dialect.name, table)
    new_id = session.connection().execute(stmt, values).scalar_one_or_none()
    if new_id is not None:
        return new_id, True
    row = session.execute(select(table.id, table.body_hash, table.register_id)
                          .where(table.company_id == values["company_id"], table.key == values["key"])).one()
    session.rollback()
    if row.body_hash != values["body_hash"] or row.register_id != device.register_id:
        raise BodyConflict(what=what, key=values["key"])
    return row.id, False


def _common(session: Session, device: Device, doc: Any, now: datetime) -> dict[str, Any]:
    created: datetime = doc.created_at
    return {
        "company_id": device.company_id, "register_id": device.register_id, "key": doc.key,
        # the hash compares meaning (defaults filled in); raw keeps the fields as they were sent
        "body_hash": body_hash(doc.model_dump(mode="json")), "raw": doc.model_dump(mode="json", exclude_unset=True),
        "created_at": created,
        "local_day": created.astimezone(ZoneInfo(device.timezone)).date(), "received_at": now,
    }


def _check_receipt(doc: ReceiptUpload, returns: bool) -> None:
    if returns != (doc.operation in RETURNS):
        allowed = "sale_return, purchase_return" if returns else "sale, purchase"
        raise ValidationError("operation", "'{value}' is not accepted here (allowed: {allowed})",
                              value=doc.operation, allowed=allowed)
    if returns and not (doc.original_key or doc.original_fiscal_sign):
        raise ValidationError(
            "original_key", "a return names the receipt it returns (original_key or original_fiscal_sign)"
        )
    for row, line in enumerate(doc.lines):
        vat_code(line.vat_code, field="lines.vat_code", row=row)
        unit_code(line.unit, field="lines.unit", row=row)
    if doc.buyer_iin_bin:
        validate_iin_bin(doc.buyer_iin_bin, field="buyer_iin_bin")
    lines_total = sum(line.total_tiyn for line in doc.lines)
    if lines_total != doc.total_tiyn:
        raise ValidationError("total_tiyn", "the lines add up to {value}, not to the total", value=lines_total)
    paid = sum(p.amount_tiyn for p in doc.payments)
    if doc.total_tiyn and paid - doc.change_tiyn != doc.total_tiyn:
        raise ValidationError("payments", "payments {value} less change {change} differ from the total {total}",
                              value=paid, change=doc.change_tiyn, total=doc.total_tiyn)
    if doc.change_tiyn > sum(p.amount_tiyn for p in doc.payments if TenderKind.of(p.kind).gives_change):
        raise ValidationError("change_tiyn", "change is given only from cash")


def tender_totals(doc: ReceiptUpload) -> dict[str, int]:
    """What the receipt left with the shop under each kind it used (the change-giving kind, cash,
    net of the change), in the order of ``domain.tender``'s table: the receipt's tender rows."""
    kept: dict[str, int] = {}
    for p in doc.payments:
        kept[p.kind] = kept.get(p.kind, 0) + p.amount_tiyn
    for kind in kept:
        if TenderKind.of(kind).gives_change:
            kept[kind] -= doc.change_tiyn
    order = {k: i for i, k in enumerate(tender_keys())}
    return {k: v for k, v in sorted(kept.items(), key=lambda kv: order.get(kv[0], len(order))) if v}


def upload_receipt(
    session: Session, device: Device, doc: ReceiptUpload, now: datetime, *, returns: bool
) -> tuple[int, bool]:
    _check_receipt(doc, returns)
    values = {
        **_common(session, device, doc, now), "trade_point_id": device.trade_point_id, "operation": doc.operation,
        "number": doc.number, "shift_key": doc.shift_key, "shift_number": doc.shift_number,
        "total_tiyn": doc.total_tiyn, "discount_tiyn": doc.discount_tiyn, "markup_tiyn": doc.markup_tiyn,
        "vat_tiyn": doc.vat_tiyn, "change_tiyn": doc.change_tiyn,
        "cashier": doc.cashier, "offline": doc.offline, "fiscal_sign": doc.fiscal_sign,
        "ofd_ticket_number": doc.ofd_ticket_number, "check_url": doc.check_url, "original_key": doc.original_key,
        "original_fiscal_sign": doc.original_fiscal_sign, "buyer_iin_bin": doc.buyer_iin_bin,
    }
    receipt_id, created = _insert_once(session, Receipt, values, "receipt", device)
    if created:
        conn = session.connection()
        conn.execute(_LINES, [
            {"receipt_id": receipt_id, "company_id": device.company_id, **line.model_dump()} for line in doc.lines
        ])
        if doc.payments:
            conn.execute(_PAYMENTS, [
                {"receipt_id": receipt_id, "company_id": device.company_id, **p.model_dump()} for p in doc.payments
            ])
        tenders = tender_totals(doc)
        if tenders:
            conn.execute(_TENDERS, [
                {"receipt_id": receipt_id, "company_id": device.company_id, "kind": k, "amount_tiyn": v}
                for k, v in tenders.items()
            ])
        session.commit()
    return receipt_id, created


def upload_shift_report(session: Session, device: Device, doc: ShiftReportUpload, now: datetime) -> tuple[int, bool]:
    for name, triple in doc.counters.items():
        if len(triple) != 3:
            raise ValidationError("counters", "counter {value} needs [count, amount, extra]", value=name)
    fields = doc.model_dump(exclude={"key", "created_at"})
    values = {**_common(session, device, doc, now), **fields}
    report_id, created = _insert_once(session, ShiftReport, values, "shift report", device)
    if created:
        ins = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
        session.execute(ins(Shift).values(
            company_id=device.company_id, register_id=device.register_id, key=doc.shift_key, number=doc.shift_number,
            state="open", updated_at=now,
        ).on_conflict_do_nothing(index_elements=["company_id", "key"]))
        where = (Shift.company_id == device.company_id, Shift.key == doc.shift_key)
        if doc.kind == "open":
            session.execute(update(Shift).where(*where, Shift.opened_at.is_(None)).values(opened_at=doc.created_at))
        elif doc.kind == "z":
            session.execute(
                update(Shift).where(*where).values(state="closed", closed_at=doc.created_at, updated_at=now)
            )
        session.commit()
    return report_id, created


def upload_cash_move(session: Session, device: Device, doc: CashMoveUpload, now: datetime) -> tuple[int, bool]:
    values = {**_common(session, device, doc, now), **doc.model_dump(exclude={"key", "created_at"})}
    move_id, created = _insert_once(session, CashMove, values, "cash move", device)
    if created:
        session.commit()
    return move_id, created


#: fields the terminal upload gained after bodies were already frozen in registers' queues
#: (decision 1415): at these defaults they are left out of the body hash, so a retry of an old
#: body hashes as it did when it was first stored
TERMINAL_LATE_FIELDS: dict[str, Any] = {"method": None, "revision": 0, "acknowledged": False, "refunded_tiyn": 0}


def terminal_body_hash(doc: TerminalOperationUpload) -> str:
    meaning = doc.model_dump(mode="json")
    for name, default in TERMINAL_LATE_FIELDS.items():
        if meaning.get(name) == default:
            meaning.pop(name, None)
    return body_hash(meaning)


def upload_terminal_operation(session: Session, device: Device, doc: TerminalOperationUpload,
                              now: datetime) -> tuple[int, bool]:
    """One record per operation key with its latest state (decision 1415): a body of a higher
    ``revision`` replaces the stored one; an equal revision is a retry (same body) or refused
    (another body); a lower one is a late retry of a state the cloud already moved past and is
    answered with the record, unchanged."""
    # acknowledged and refunded_tiyn live in ``raw`` only (no report reads them as columns)
    values = {**_common(session, device, doc, now),
              **doc.model_dump(exclude={"key", "created_at", "acknowledged", "refunded_tiyn"}),
              "body_hash": terminal_body_hash(doc)}
    stmt = _insert_statement(session.get_bind().dialect.name, TerminalOperation)
    new_id = session.connection().execute(stmt, values).scalar_one_or_none()
    if new_id is not None:
        session.commit()
        return new_id, True
    t = TerminalOperation
    row = session.execute(select(t.id, t.body_hash, t.register_id, t.revision)
                          .where(t.company_id == device.company_id, t.key == doc.key)).one()
    if row.register_id != device.register_id:
        session.rollback()
        raise BodyConflict(what="terminal operation", key=doc.key)
    if row.body_hash == values["body_hash"] or doc.revision < row.revision:
        session.rollback()
        return row.id, False
    if doc.revision == row.revision:
        session.rollback()
        raise BodyConflict(what="terminal operation", key=doc.key)
    changed = {k: v for k, v in values.items() if k not in ("company_id", "register_id", "key")}
    # the revision test in the WHERE makes two racing updates safe: the older one changes nothing
    session.execute(update(t).where(t.id == row.id, t.revision < doc.revision).values(**changed))
    session.commit()
    return row.id, False
