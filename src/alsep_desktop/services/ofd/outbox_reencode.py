"""Re-encoding of documents that wait in the outbox in an earlier payload layout.

``reencode_to_203`` is versioned: it reads the tables as they are at store revision 0004 (plain
SQL, named columns, no ORM models) and writes every pending document again in the OFD 2.0.3
layout, from the stored receipt, cash move or shift rows. Alembic revision 0004 calls it, so a
register upgraded with documents still offline uploads them in the layout the operator reads
(decision 0112). An unanswered request (``ofd_session.pending_payload``) is swapped for its
document's new payload: the same request number, token and command make it a protocol retry.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

from sqlalchemy import Connection

from alsep_desktop.domain.lines import LineItem, LineTotals, ReceiptTotals, VatTotal
from alsep_desktop.domain.money import Money
from alsep_desktop.domain.payment import Payment, PaymentKind, Settlement
from alsep_desktop.domain.quantity import Quantity, Unit
from alsep_desktop.domain.receipt import OperationKind, Receipt
from alsep_desktop.domain.shift import ShiftTotals, document_number
from alsep_desktop.domain.tax import DEFAULT_VAT_TABLE, VatRate
from alsep_desktop.fiscal.codec import encode_message
from alsep_desktop.fiscal.engine import as_offline
from alsep_desktop.fiscal.requests import (
    MoneyPlacementKind,
    Registration,
    close_shift_request,
    money_placement_request,
    operator_pb,
    service_pb,
    ticket_request,
)
from alsep_desktop.fiscal.ticket_mapping import ParentRef, receipt_to_ticket
from alsep_desktop.fiscal.zx_report import ShiftFacts, build_zx_report
from alsep_desktop.store import migrate
from alsep_desktop.store import reencode_rows as rows

#: The name revision 0004 asks for.
HOOK = "outbox.reencode.ofd-2.0.3"


def reencode_to_203(conn: Connection) -> int:
    """Rewrite every pending outbox entry in the 2.0.3 layout; returns how many were rewritten."""
    regs: dict[int, Registration] = {}
    swapped: dict[bytes, bytes] = {}
    for entry_id, register_id, doc_type, doc_uuid, old in rows.pending_entries(conn):
        if register_id not in regs:
            regs[register_id] = _registration(conn, register_id)
        build = {"ticket": _ticket, "money_placement": _placement, "close_shift": _close}.get(doc_type)
        if build is None:
            continue
        new = build(conn, doc_uuid, regs[register_id])
        if new is None:
            continue
        rows.set_entry_payload(conn, entry_id, new)
        if old is not None:
            swapped[bytes(old)] = new
    for register_id, pending in rows.unanswered_requests(conn):
        # an unknown old request cannot be resent: dropped
        rows.set_unanswered(conn, register_id, swapped.get(pending))
    return len(swapped)


def _aware(value: object) -> datetime:
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _registration(conn: Connection, register_id: int) -> Registration:
    reg = rows.registration(conn, register_id)
    return Registration(
        kkm_id=reg[0] or "", fns_kkm_id=reg[1] or "", serial_number=reg[2], pos_title=reg[3], pos_address=reg[4] or "",
        pos_address_kz=reg[5] or "", latitude=reg[6], longitude=reg[7], org_title=reg[8], org_address=reg[9] or "",
        org_address_kz=reg[10] or "", org_iin=reg[11], org_oked=reg[12] or "",
    )


def _operator(conn: Connection, user_id: int | None) -> tuple[int, str]:
    row = rows.operator(conn, user_id)
    return (user_id or 0), ((row[0] or row[1]) if row else "")


def _ticket(conn: Connection, doc_uuid: str, reg: Registration) -> bytes | None:
    r = rows.receipt(conn, doc_uuid)
    if r is None:
        return None
    receipt_id, operation, total, change, buyer, created, cashier_id, number, shift_number, offline, sign = r[:11]
    lines = []
    for ln in rows.receipt_lines(conn, receipt_id):
        item = LineItem(name=ln[0], unit_price=Money(ln[5]), quantity=Quantity(ln[6], Unit(ln[4])),
                        vat=VatRate(ln[10], ln[11]), code=ln[1] or "", group_code=ln[2] or "", barcode=ln[3] or "",
                        marking_code=ln[13], ntin=ln[14] or "")
        lines.append(LineTotals(item, item.gross, Money(ln[7]), Money(ln[8]), Money(ln[9]), Money(ln[12])))
    vat: dict[str, VatTotal] = {}
    for lt in lines:
        prev = vat.get(lt.item.vat.code)
        vat[lt.item.vat.code] = VatTotal(lt.item.vat, lt.total + (prev.turnover if prev else Money(0)),
                                         lt.vat + (prev.vat if prev else Money(0)))
    payments = tuple(Payment(PaymentKind.of(k), Money(a)) for k, a in rows.receipt_payments(conn, receipt_id))
    subtotal = Money.sum(lt.total for lt in lines)
    totals = ReceiptTotals(tuple(lines), subtotal, Money(0), Money(0), Money(total), tuple(vat.values()))
    receipt = Receipt(OperationKind(operation), totals, Settlement(Money(total), payments, Money(change)), buyer)
    code, name = _operator(conn, cashier_id)
    parent = _parent(conn, r[11], reg) if receipt.operation.is_return else None
    ticket = receipt_to_ticket(receipt, when=_aware(created), operator_code=code, operator_name=name,
                               document_number=document_number(shift_number, number), shift_number=shift_number,
                               shift_document_number=number, parent=parent)
    payload = encode_message(ticket_request(ticket, service_pb(reg)))
    return as_offline(payload, int(sign)) if offline and sign and sign.isdigit() else payload


def _parent(conn: Connection, original_id: int | None, reg: Registration) -> ParentRef:
    o = rows.original_of_return(conn, original_id)
    return ParentRef(fiscal_sign=o[0] or o[1] or "", when=_aware(o[2]), kgd_kkm_id=reg.fns_kkm_id,
                     total_tiyn=o[3], offline=bool(o[4]))


def _placement(conn: Connection, doc_uuid: str, reg: Registration) -> bytes | None:
    m = rows.cash_move(conn, doc_uuid)
    if m is None:
        return None
    kind = MoneyPlacementKind.DEPOSIT if m[0] == "deposit" else MoneyPlacementKind.WITHDRAWAL
    code, name = _operator(conn, m[3])
    request = money_placement_request(kind, m[1], when=_aware(m[2]), operator=operator_pb(code, name),
                                      service=service_pb(reg), shift_number=m[6],
                                      document_number=document_number(m[6], m[4] or 0), offline=bool(m[5]))
    return encode_message(request)


def _close(conn: Connection, doc_uuid: str, reg: Registration) -> bytes | None:
    s = rows.closed_shift(conn, doc_uuid)
    if s is None or s[4] is None:
        return None
    shift_id, register_id, number, opened_at, closed_at, closed_by, cash_at_open = s
    totals = ShiftTotals.from_counters(rows.shift_counters(conn, shift_id))
    previous = rows.previous_z(conn, register_id, number)
    data = json.loads(previous) if previous else {}
    facts = ShiftFacts(number, _aware(opened_at), totals, Money(cash_at_open) + totals.cash_delta,
                       {k: int(v) for k, v in data.get("grand_totals", {}).items()},
                       {k: int(v) for k, v in data.get("grand_counts", {}).items()})
    when = _aware(closed_at)
    z = build_zx_report(facts, when, lambda code: DEFAULT_VAT_TABLE.get(code).basis_points, closed_at=when)
    code, name = _operator(conn, closed_by)
    pending_before = rows.waiting_before(conn, register_id, doc_uuid)
    request = close_shift_request(when=when, z_report=z, operator=operator_pb(code, name), service=service_pb(reg),
                                  shift_number=number, offline=bool(pending_before))
    return encode_message(request)


migrate.register_hook(HOOK, reencode_to_203)
