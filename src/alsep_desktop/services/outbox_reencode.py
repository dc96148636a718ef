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

from sqlalchemy import Connection, text

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

#: The name revision 0004 asks for.
HOOK = "outbox.reencode.ofd-2.0.3"


def reencode_to_203(conn: Connection) -> int:
    """Rewrite every pending outbox entry in the 2.0.3 layout; returns how many were rewritten."""
    rows = conn.execute(text(
        "SELECT id, register_id, doc_type, doc_uuid, payload FROM fiscal_outbox WHERE state = 'pending' ORDER BY id"
    )).all()
    regs: dict[int, Registration] = {}
    swapped: dict[bytes, bytes] = {}
    for entry_id, register_id, doc_type, doc_uuid, old in rows:
        if register_id not in regs:
            regs[register_id] = _registration(conn, register_id)
        build = {"ticket": _ticket, "money_placement": _placement, "close_shift": _close}.get(doc_type)
        if build is None:
            continue
        new = build(conn, doc_uuid, regs[register_id])
        if new is None:
            continue
        conn.execute(text("UPDATE fiscal_outbox SET payload = :p WHERE id = :i"), {"p": new, "i": entry_id})
        if old is not None:
            swapped[bytes(old)] = new
    for register_id, pending in conn.execute(text(
        "SELECT register_id, pending_payload FROM ofd_session WHERE pending_payload IS NOT NULL"
    )).all():
        new = swapped.get(bytes(pending))
        conn.execute(text("UPDATE ofd_session SET pending_payload = :p WHERE register_id = :r"),
                     {"p": new, "r": register_id})  # an unknown old request cannot be resent: dropped
    return len(swapped)


def _aware(value: object) -> datetime:
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _registration(conn: Connection, register_id: int) -> Registration:
    reg = conn.execute(text(
        "SELECT r.ofd_system_id, r.registration_number, r.serial_number, tp.name, tp.address, tp.address_kz, "
        "tp.latitude, tp.longitude, c.name, c.legal_address, c.address_kz, c.iin_bin, c.oked "
        "FROM register r JOIN trade_point tp ON tp.id = r.trade_point_id JOIN company c ON c.id = r.company_id "
        "WHERE r.id = :r"), {"r": register_id}).one()
    return Registration(
        kkm_id=reg[0] or "", fns_kkm_id=reg[1] or "", serial_number=reg[2], pos_title=reg[3], pos_address=reg[4] or "",
        pos_address_kz=reg[5] or "", latitude=reg[6], longitude=reg[7], org_title=reg[8], org_address=reg[9] or "",
        org_address_kz=reg[10] or "", org_iin=reg[11], org_oked=reg[12] or "",
    )


def _operator(conn: Connection, user_id: int | None) -> tuple[int, str]:
    row = conn.execute(text("SELECT full_name, email FROM user_account WHERE id = :u"), {"u": user_id}).first()
    return (user_id or 0), ((row[0] or row[1]) if row else "")


def _ticket(conn: Connection, doc_uuid: str, reg: Registration) -> bytes | None:
    r = conn.execute(text(
        "SELECT r.id, r.operation, r.total_tiyn, r.change_tiyn, r.buyer_iin_bin, r.created_at, r.cashier_id, "
        "r.number, s.number, r.offline, r.fiscal_sign, r.original_receipt_id, r.discount_tiyn, r.markup_tiyn "
        "FROM receipt r JOIN shift s ON s.id = r.shift_id WHERE r.uuid = :u"), {"u": doc_uuid}).first()
    if r is None:
        return None
    receipt_id, operation, total, change, buyer, created, cashier_id, number, shift_number, offline, sign = r[:11]
    lines = []
    for ln in conn.execute(text(
        "SELECT name, code, group_code, barcode, unit, unit_price_tiyn, quantity_milli, discount_tiyn, markup_tiyn, "
        "total_tiyn, vat_code, vat_bp, vat_tiyn, marking_code, ntin FROM receipt_line WHERE receipt_id = :r "
        "ORDER BY position"), {"r": receipt_id}):
        item = LineItem(name=ln[0], unit_price=Money(ln[5]), quantity=Quantity(ln[6], Unit(ln[4])),
                        vat=VatRate(ln[10], ln[11]), code=ln[1] or "", group_code=ln[2] or "", barcode=ln[3] or "",
                        marking_code=ln[13], ntin=ln[14] or "")
        lines.append(LineTotals(item, item.gross, Money(ln[7]), Money(ln[8]), Money(ln[9]), Money(ln[12])))
    vat: dict[str, VatTotal] = {}
    for lt in lines:
        prev = vat.get(lt.item.vat.code)
        vat[lt.item.vat.code] = VatTotal(lt.item.vat, lt.total + (prev.turnover if prev else Money(0)),
                                         lt.vat + (prev.vat if prev else Money(0)))
    payments = tuple(Payment(PaymentKind(k), Money(a)) for k, a in conn.execute(
        text("SELECT kind, amount_tiyn FROM payment WHERE receipt_id = :r ORDER BY id"), {"r": receipt_id}))
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
    o = conn.execute(text("SELECT ofd_fiscal_sign, fiscal_sign, created_at, total_tiyn, offline FROM receipt "
                          "WHERE id = :i"), {"i": original_id}).one()
    return ParentRef(fiscal_sign=o[0] or o[1] or "", when=_aware(o[2]), kgd_kkm_id=reg.fns_kkm_id,
                     total_tiyn=o[3], offline=bool(o[4]))


def _placement(conn: Connection, doc_uuid: str, reg: Registration) -> bytes | None:
    m = conn.execute(text(
        "SELECT m.kind, m.amount_tiyn, m.created_at, m.user_id, m.number, m.offline, s.number "
        "FROM cash_move m JOIN shift s ON s.id = m.shift_id WHERE m.uuid = :u"), {"u": doc_uuid}).first()
    if m is None:
        return None
    kind = MoneyPlacementKind.DEPOSIT if m[0] == "deposit" else MoneyPlacementKind.WITHDRAWAL
    code, name = _operator(conn, m[3])
    request = money_placement_request(kind, m[1], when=_aware(m[2]), operator=operator_pb(code, name),
                                      service=service_pb(reg), shift_number=m[6],
                                      document_number=document_number(m[6], m[4] or 0), offline=bool(m[5]))
    return encode_message(request)


def _close(conn: Connection, doc_uuid: str, reg: Registration) -> bytes | None:
    s = conn.execute(text(
        "SELECT id, register_id, number, opened_at, closed_at, closed_by_id, cash_at_open_tiyn FROM shift "
        "WHERE uuid = :u"), {"u": doc_uuid}).first()
    if s is None or s[4] is None:
        return None
    shift_id, register_id, number, opened_at, closed_at, closed_by, cash_at_open = s
    counters = conn.execute(text("SELECT name, count, amount, extra FROM shift_counter WHERE shift_id = :s"),
                            {"s": shift_id}).all()
    totals = ShiftTotals.from_counters([tuple(c) for c in counters])
    previous = conn.execute(text(
        "SELECT z_report FROM shift WHERE register_id = :r AND state = 'closed' AND number < :n "
        "ORDER BY number DESC LIMIT 1"), {"r": register_id, "n": number}).scalar()
    data = json.loads(previous) if previous else {}
    facts = ShiftFacts(number, _aware(opened_at), totals, Money(cash_at_open) + totals.cash_delta,
                       {k: int(v) for k, v in data.get("grand_totals", {}).items()},
                       {k: int(v) for k, v in data.get("grand_counts", {}).items()})
    when = _aware(closed_at)
    z = build_zx_report(facts, when, lambda code: DEFAULT_VAT_TABLE.get(code).basis_points, closed_at=when)
    code, name = _operator(conn, closed_by)
    pending_before = conn.execute(text(
        "SELECT count(*) FROM fiscal_outbox o WHERE o.register_id = :r AND o.state = 'pending' AND o.doc_uuid <> :u "
        "AND o.id < (SELECT id FROM fiscal_outbox WHERE doc_uuid = :u)"), {"r": register_id, "u": doc_uuid}).scalar()
    request = close_shift_request(when=when, z_report=z, operator=operator_pb(code, name), service=service_pb(reg),
                                  shift_number=number, offline=bool(pending_before))
    return encode_message(request)


migrate.register_hook(HOOK, reencode_to_203)
