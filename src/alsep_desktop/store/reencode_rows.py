"""Rows of store revision 0004 that the data hook ``outbox.reencode.ofd-2.0.3`` reads and writes.

Plain SQL with named columns, never the ORM models (which follow head): the hook runs inside the
migration to 0004 (decision 0112). The service ``services/ofd/outbox_reencode.py`` turns these rows
into OFD requests; every statement stays here (decision 0015).
"""

from __future__ import annotations

from sqlalchemy import Connection, text


def pending_entries(conn: Connection) -> list[tuple]:
    """(id, register id, document type, document uuid, payload) of every waiting entry, in order."""
    return [tuple(r) for r in conn.execute(text(
        "SELECT id, register_id, doc_type, doc_uuid, payload FROM fiscal_outbox WHERE state = 'pending' ORDER BY id"
    ))]


def set_entry_payload(conn: Connection, entry_id: int, payload: bytes) -> None:
    conn.execute(text("UPDATE fiscal_outbox SET payload = :p WHERE id = :i"), {"p": payload, "i": entry_id})


def unanswered_requests(conn: Connection) -> list[tuple[int, bytes]]:
    return [(r, bytes(p)) for r, p in conn.execute(text(
        "SELECT register_id, pending_payload FROM ofd_session WHERE pending_payload IS NOT NULL"))]


def set_unanswered(conn: Connection, register_id: int, payload: bytes | None) -> None:
    conn.execute(text("UPDATE ofd_session SET pending_payload = :p WHERE register_id = :r"),
                 {"p": payload, "r": register_id})


def registration(conn: Connection, register_id: int) -> tuple:
    """(OFD id, RNM, serial, trade point name, address, address kz, latitude, longitude, company name,
    legal address, address kz, BIN/IIN, OKED)."""
    return tuple(conn.execute(text(
        "SELECT r.ofd_system_id, r.registration_number, r.serial_number, tp.name, tp.address, tp.address_kz, "
        "tp.latitude, tp.longitude, c.name, c.legal_address, c.address_kz, c.iin_bin, c.oked "
        "FROM register r JOIN trade_point tp ON tp.id = r.trade_point_id JOIN company c ON c.id = r.company_id "
        "WHERE r.id = :r"), {"r": register_id}).one())


def operator(conn: Connection, user_id: int | None) -> tuple[str, str] | None:
    row = conn.execute(text("SELECT full_name, email FROM user_account WHERE id = :u"), {"u": user_id}).first()
    return (row[0], row[1]) if row else None


def receipt(conn: Connection, doc_uuid: str) -> tuple | None:
    """(id, operation, total, change, buyer, created at, cashier id, number, shift number, offline, sign,
    original receipt id, discount, markup) of a receipt by uuid."""
    row = conn.execute(text(
        "SELECT r.id, r.operation, r.total_tiyn, r.change_tiyn, r.buyer_iin_bin, r.created_at, r.cashier_id, "
        "r.number, s.number, r.offline, r.fiscal_sign, r.original_receipt_id, r.discount_tiyn, r.markup_tiyn "
        "FROM receipt r JOIN shift s ON s.id = r.shift_id WHERE r.uuid = :u"), {"u": doc_uuid}).first()
    return tuple(row) if row is not None else None


def receipt_lines(conn: Connection, receipt_id: int) -> list[tuple]:
    """(name, code, group, barcode, unit, unit price, quantity, discount, markup, total, vat code, vat bp,
    vat, marking code, ntin) in line order."""
    return [tuple(r) for r in conn.execute(text(
        "SELECT name, code, group_code, barcode, unit, unit_price_tiyn, quantity_milli, discount_tiyn, markup_tiyn, "
        "total_tiyn, vat_code, vat_bp, vat_tiyn, marking_code, ntin FROM receipt_line WHERE receipt_id = :r "
        "ORDER BY position"), {"r": receipt_id})]


def receipt_payments(conn: Connection, receipt_id: int) -> list[tuple[str, int]]:
    return [(k, a) for k, a in conn.execute(
        text("SELECT kind, amount_tiyn FROM payment WHERE receipt_id = :r ORDER BY id"), {"r": receipt_id})]


def original_of_return(conn: Connection, original_id: int | None) -> tuple:
    """(OFD sign, printed sign, created at, total, offline) of the receipt a return refers to."""
    return tuple(conn.execute(text(
        "SELECT ofd_fiscal_sign, fiscal_sign, created_at, total_tiyn, offline FROM receipt WHERE id = :i"),
        {"i": original_id}).one())


def cash_move(conn: Connection, doc_uuid: str) -> tuple | None:
    """(kind, amount, created at, user id, number, offline, shift number)."""
    row = conn.execute(text(
        "SELECT m.kind, m.amount_tiyn, m.created_at, m.user_id, m.number, m.offline, s.number "
        "FROM cash_move m JOIN shift s ON s.id = m.shift_id WHERE m.uuid = :u"), {"u": doc_uuid}).first()
    return tuple(row) if row is not None else None


def closed_shift(conn: Connection, doc_uuid: str) -> tuple | None:
    """(id, register id, number, opened at, closed at, closed by, cash at open)."""
    row = conn.execute(text(
        "SELECT id, register_id, number, opened_at, closed_at, closed_by_id, cash_at_open_tiyn FROM shift "
        "WHERE uuid = :u"), {"u": doc_uuid}).first()
    return tuple(row) if row is not None else None


def shift_counters(conn: Connection, shift_id: int) -> list[tuple[str, int, int, int]]:
    return [tuple(c) for c in conn.execute(
        text("SELECT name, count, amount, extra FROM shift_counter WHERE shift_id = :s"), {"s": shift_id})]


def previous_z(conn: Connection, register_id: int, number: int) -> str | None:
    return conn.execute(text(
        "SELECT z_report FROM shift WHERE register_id = :r AND state = 'closed' AND number < :n "
        "ORDER BY number DESC LIMIT 1"), {"r": register_id, "n": number}).scalar()


def waiting_before(conn: Connection, register_id: int, doc_uuid: str) -> int:
    """Documents of the register that wait ahead of ``doc_uuid`` in the outbox."""
    return int(conn.execute(text(
        "SELECT count(*) FROM fiscal_outbox o WHERE o.register_id = :r AND o.state = 'pending' AND o.doc_uuid <> :u "
        "AND o.id < (SELECT id FROM fiscal_outbox WHERE doc_uuid = :u)"), {"r": register_id, "u": doc_uuid}).scalar()
        or 0)
