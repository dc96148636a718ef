"""The cloud sync's own tables (migration 0009): the mirror state and the push queue.

``enqueue_document`` is called where documents are written (the outbox's ``enqueue``, a shift's
``add``), in the same transaction, and only while a cloud is configured (a ``cloud_sync_state``
row exists): one ``INSERT … SELECT … WHERE EXISTS``. The body is built and frozen by
``freeze`` at the first attempt, once the document has the fiscal sign it was printed with
(decision 1407): every retry then sends the same bytes (the cloud compares body hashes).
"""

from __future__ import annotations

import json
from datetime import UTC as _UTC
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, CursorResult, exists, func, insert, literal, select, update
from sqlalchemy.orm import Session

from alsep_desktop.store.base import table_of
from alsep_desktop.store.models import (
    CashMove,
    Payment,
    Receipt,
    ReceiptLine,
    Shift,
    ShiftCounter,
    User,
)
from alsep_desktop.store.models.sync import CloudPush, CloudSyncState

_Q = table_of(CloudPush)
_S = table_of(CloudSyncState)

WAITING, SENT, SKIPPED, REFUSED = "waiting", "sent", "skipped", "refused"

#: what the queue knows how to send (``build_body``)
PUSH_KINDS = frozenset({"receipt", "cash_move", "shift_open", "shift_z", "terminal_op"})
#: outbox document type → queue kind
_KIND_OF_DOC = {"ticket": "receipt", "money_placement": "cash_move", "close_shift": "shift_z"}


def _conn(session: Session | Connection) -> Connection:
    return session.connection() if isinstance(session, Session) else session


def enqueue_document(session: Session | Connection, *, kind: str, doc_uuid: str, register_id: int,
                     now: datetime, key: str | None = None) -> None:
    """Queue a document for the cloud when this store mirrors one (else nothing)."""
    conn = _conn(session)
    kind = _KIND_OF_DOC.get(kind, kind)
    if kind not in PUSH_KINDS:
        return  # a document type the cloud has no upload for (add it to build_body first)
    key = key or {"shift_z": f"{doc_uuid}:z", "shift_open": f"{doc_uuid}:open"}.get(kind, doc_uuid)
    conn.execute(insert(_Q).from_select(
        ["kind", "doc_uuid", "key", "register_id", "state", "attempts", "created_at"],
        select(literal(kind), literal(doc_uuid), literal(key), literal(register_id), literal(WAITING), literal(0),
               literal(now, _Q.c.created_at.type)).where(exists().where(_S.c.id == 1),
                                                          ~exists().where(_Q.c.key == key)),
    ))


#: queue keys of a terminal operation's later states: ``<operation id>#r<revision>`` (decision 1415)
REVISION_MARK = "#r"


def revision_of(key: str) -> int:
    return int(key.rsplit(REVISION_MARK, 1)[1]) if REVISION_MARK in key else 0


def enqueue_terminal_state(session: Session, op: Any, now: datetime) -> None:
    """Queue a final terminal operation for the cloud, or its later state (receipt linked,
    acknowledged, refunded) as the next revision of the same cloud record (decision 1415).

    Nothing new while the last queued body is not frozen yet (it will carry the latest state) or
    when the operation's uploaded fields did not change since the last frozen body."""
    if op.state not in ("success", "fail") or op.register_id is None:
        return
    conn = _conn(session)
    if conn.execute(select(_S.c.id).where(_S.c.id == 1)).first() is None:
        return  # no cloud
    queued = conn.execute(select(_Q.c.state, _Q.c.payload).where(_Q.c.kind == "terminal_op", _Q.c.doc_uuid == op.id)
                          .order_by(_Q.c.id)).all()
    if not queued:
        enqueue_document(session, kind="terminal_op", doc_uuid=op.id, register_id=op.register_id, now=now)
        return
    last = queued[-1]
    if last.payload is None and last.state == WAITING:
        return
    if last.payload:
        before = json.loads(last.payload)
        before.pop("revision", None)
        if before == _terminal_fields(session, op):
            return
    enqueue_document(session, kind="terminal_op", doc_uuid=op.id, register_id=op.register_id, now=now,
                     key=f"{op.id}{REVISION_MARK}{len(queued)}")


class SyncRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    # -- state --------------------------------------------------------------------------
    def state(self, *, lock: bool = False) -> CloudSyncState | None:
        stmt = select(CloudSyncState).where(CloudSyncState.id == 1)
        if lock:
            stmt = stmt.with_for_update()
        return self.session.scalars(stmt).first()

    def bind(self, cloud_url: str, cloud_register_id: str) -> CloudSyncState:
        """The state row for this cloud register; a different register starts from cursor 0."""
        st = self.state(lock=True)
        if st is None:
            st = CloudSyncState(id=1, cloud_url=cloud_url, cloud_register_id=cloud_register_id, cursor=0,
                                mirror_done=0)
            self.session.add(st)
        elif st.cloud_register_id != cloud_register_id or st.cloud_url != cloud_url:
            st.cloud_url, st.cloud_register_id = cloud_url, cloud_register_id
            st.cursor, st.mirror_total, st.mirror_done, st.pending_json = 0, None, 0, None
            st.register_id = None  # the new register's settings come first (``/device/register``)
        self.session.flush()
        return st

    def unbind(self) -> None:
        """Stop mirroring: documents are no longer queued (those waiting stay, for a later bind)."""
        self.session.execute(_S.delete())

    # -- queue ----------------------------------------------------------------------------
    def waiting_count(self) -> int:
        return int(self.session.scalar(select(func.count()).select_from(_Q).where(_Q.c.state == WAITING)) or 0)

    def head(self, limit: int = 50) -> list[CloudPush]:
        stmt = select(CloudPush).where(CloudPush.state == WAITING).order_by(CloudPush.id).limit(limit)
        return list(self.session.scalars(stmt))

    def mark_sent(self, push_id: int, now: datetime) -> None:
        self.session.execute(update(_Q).where(_Q.c.id == push_id).values(
            state=SENT, sent_at=now, last_error=None, attempts=_Q.c.attempts + 1))

    def mark_skipped(self, push_id: int, reason: str) -> None:
        self.session.execute(update(_Q).where(_Q.c.id == push_id).values(state=SKIPPED, last_error=reason))

    def mark_refused(self, push_id: int, reason: str, now: datetime | None = None) -> None:
        """Kept aside with the cloud's reason; ``sent_at`` holds when the cloud answered so."""
        self.session.execute(update(_Q).where(_Q.c.id == push_id).values(
            state=REFUSED, last_error=reason[:2000], attempts=_Q.c.attempts + 1, sent_at=now))

    def refused(self, limit: int = 500) -> list[tuple[CloudPush, Receipt | None, int | None]]:
        """Documents the cloud refused, oldest first, with the receipt (and its shift number) a
        receipt entry stands for (decision 1417)."""
        stmt = (select(CloudPush, Receipt, Shift.number)
                .outerjoin(Receipt, (CloudPush.kind == "receipt") & (Receipt.uuid == CloudPush.doc_uuid))
                .outerjoin(Shift, Shift.id == Receipt.shift_id)
                .where(CloudPush.state == REFUSED).order_by(CloudPush.id).limit(limit))
        return [(q, r, n) for q, r, n in self.session.execute(stmt).all()]

    def retry_refused(self, push_id: int) -> bool:
        """Back to the queue in its place (by id); the body is built again at the next attempt."""
        done = self.session.execute(update(_Q).where(_Q.c.id == push_id, _Q.c.state == REFUSED).values(
            state=WAITING, payload=None, next_attempt_at=None, last_error=None, sent_at=None))
        return isinstance(done, CursorResult) and bool(done.rowcount)  # an UPDATE's result is one

    def refused_count(self) -> int:
        return int(self.session.scalar(select(func.count()).select_from(_Q).where(_Q.c.state == REFUSED)) or 0)

    def mark_failed(self, push_id: int, error: str, retry_at: datetime) -> None:
        self.session.execute(update(_Q).where(_Q.c.id == push_id).values(
            attempts=_Q.c.attempts + 1, last_error=error[:2000], next_attempt_at=retry_at))

    def freeze(self, item: CloudPush, now: datetime) -> str | None:
        """The body to send for ``item``, built once and kept; None while the document is not
        ready (no fiscal sign yet); ``""`` when it never will be (rejected by the OFD: skip)."""
        if item.payload is not None:
            return item.payload
        body = build_body(self.session, item.kind, item.doc_uuid, item.key, now)
        if body:
            item.payload = body
            self.session.flush()
        return body


# -- bodies (the cloud's upload schemas, alsep_cloud/schemas/uploads.py) -----------------------
def _iso(value: datetime) -> str:
    return (value if value.tzinfo else value.replace(tzinfo=_UTC)).isoformat()


def _email(session: Session, user_id: int | None) -> str:
    if user_id is None:
        return ""
    return str(session.scalar(select(User.email).where(User.id == user_id)) or "")


def build_body(session: Session, kind: str, doc_uuid: str, key: str, now: datetime) -> str | None:
    body: dict[str, Any] | None | str
    if kind == "terminal_op":
        body = _terminal_body(session, doc_uuid, now, revision_of(key))
    elif kind == "receipt":
        body = _receipt_body(session, doc_uuid)
    elif kind == "cash_move":
        body = _cash_move_body(session, doc_uuid)
    elif kind in ("shift_open", "shift_z"):
        body = _shift_body(session, doc_uuid, key, "open" if kind == "shift_open" else "z")
    else:
        raise ValueError(f"unknown push kind {kind}")
    if body is None or body == "":
        return body
    return json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def endpoint_of(kind: str, body: dict[str, Any]) -> str:
    if kind == "receipt":
        return "/uploads/returns" if body["operation"].endswith("_return") else "/uploads/receipts"
    return {"cash_move": "/uploads/cash-moves", "shift_open": "/uploads/shift-reports",
            "shift_z": "/uploads/shift-reports", "terminal_op": "/uploads/terminal-operations"}[kind]


def _receipt_body(session: Session, uuid: str) -> dict[str, Any] | str | None:
    r = session.scalars(select(Receipt).where(Receipt.uuid == uuid)).first()
    if r is None or r.state == "rejected":
        return ""
    if not r.fiscal_sign:
        return None
    shift = session.get(Shift, r.shift_id)
    assert shift is not None
    original = session.get(Receipt, r.original_receipt_id) if r.original_receipt_id else None
    lines = session.scalars(select(ReceiptLine).where(ReceiptLine.receipt_id == r.id)
                            .order_by(ReceiptLine.position)).all()
    pays = session.scalars(select(Payment).where(Payment.receipt_id == r.id).order_by(Payment.id)).all()
    return {
        "key": r.uuid, "operation": r.operation, "number": r.number, "shift_key": shift.uuid,
        "shift_number": shift.number, "created_at": _iso(r.created_at), "total_tiyn": r.total_tiyn,
        "discount_tiyn": r.discount_tiyn, "markup_tiyn": r.markup_tiyn, "vat_tiyn": r.vat_tiyn,
        "change_tiyn": r.change_tiyn, "cashier": _email(session, r.cashier_id), "offline": bool(r.offline),
        "fiscal_sign": r.fiscal_sign, "ofd_ticket_number": r.ofd_ticket_number, "check_url": r.check_url,
        "original_key": original.uuid if original else None,
        "original_fiscal_sign": original.fiscal_sign if original else None,
        "buyer_iin_bin": r.buyer_iin_bin,
        "lines": [{
            "position": ln.position, "product_id": ln.product_uuid, "code": ln.code, "group_code": ln.group_code,
            "name": ln.name, "barcode": ln.barcode, "unit": ln.unit, "unit_price_tiyn": ln.unit_price_tiyn,
            "quantity_milli": ln.quantity_milli, "discount_tiyn": ln.discount_tiyn, "markup_tiyn": ln.markup_tiyn,
            "total_tiyn": ln.total_tiyn, "vat_code": ln.vat_code, "vat_tiyn": ln.vat_tiyn, "ntin": ln.ntin,
            "marking_code": ln.marking_code, "original_position": ln.original_position,
        } for ln in lines],
        "payments": [{"kind": p.kind, "amount_tiyn": p.amount_tiyn} for p in pays],
    }


def _cash_move_body(session: Session, uuid: str) -> dict[str, Any] | str | None:
    m = session.scalars(select(CashMove).where(CashMove.uuid == uuid)).first()
    if m is None or m.state == "rejected":
        return ""
    if m.state == "pending":
        return None
    shift = session.get(Shift, m.shift_id)
    assert shift is not None
    return {"key": m.uuid, "kind": m.kind, "shift_key": shift.uuid, "shift_number": shift.number,
            "amount_tiyn": m.amount_tiyn, "created_at": _iso(m.created_at), "number": m.number,
            "cashier": _email(session, m.user_id), "offline": bool(m.offline)}


def _shift_body(session: Session, uuid: str, key: str, kind: str) -> dict[str, Any] | str | None:
    sh = session.scalars(select(Shift).where(Shift.uuid == uuid)).first()
    if sh is None:
        return ""
    if kind == "open":
        return {"key": key, "kind": "open", "shift_key": sh.uuid, "shift_number": sh.number,
                "created_at": _iso(sh.opened_at), "cashier": _email(session, sh.opened_by_id),
                "cash_tiyn": sh.cash_at_open_tiyn}
    if sh.state != "closed" or sh.closed_at is None:
        return None
    counters = {n: [int(c), int(a), int(e)] for n, c, a, e in session.execute(
        select(ShiftCounter.name, ShiftCounter.count, ShiftCounter.amount, ShiftCounter.extra)
        .where(ShiftCounter.shift_id == sh.id))}
    z = json.loads(sh.z_report) if sh.z_report else {}

    def c(name: str, i: int) -> int:
        return counters.get(name, [0, 0, 0])[i]

    return {"key": key, "kind": "z", "shift_key": sh.uuid, "shift_number": sh.number,
            "created_at": _iso(sh.closed_at), "cashier": _email(session, sh.closed_by_id),
            "sales_count": c("op:sale", 0), "sales_tiyn": c("op:sale", 1),
            "returns_count": c("op:sale_return", 0), "returns_tiyn": c("op:sale_return", 1),
            "cash_tiyn": int(z.get("cash_in_drawer", sh.cash_at_open_tiyn + c("cash", 1))),
            "deposits_tiyn": c("move:deposit", 1), "withdrawals_tiyn": c("move:withdrawal", 1),
            "counters": counters}


#: a card payment waits this long for the receipt that holds its money before it goes without it
RECEIPT_LINK_GRACE = timedelta(seconds=30)


def _terminal_body(session: Session, op_id: str, now: datetime, revision: int = 0) -> dict[str, Any] | str | None:
    from alsep_desktop.store.models.terminal import TerminalOperationRow

    op = session.get(TerminalOperationRow, op_id)
    if op is None:
        return ""
    if op.state not in ("success", "fail"):
        return None
    if (revision == 0 and op.state == "success" and op.kind == "payment" and op.receipt_id is None
            and not getattr(op, "terminal_only", False) and now - _aware(op.updated_at) < RECEIPT_LINK_GRACE):
        return None  # the sale's receipt is being written: send the payment with its receipt key
    body = _terminal_fields(session, op)
    if revision:
        body["revision"] = revision
    return body


def _terminal_fields(session: Session, op: Any) -> dict[str, Any]:
    """The operation's upload body without its revision. Fields added by decision 1415 are sent
    only when they say something (a body frozen before them stays the same on retry)."""
    from alsep_desktop.store.models.terminal import TerminalOperationRow as _T

    receipt = session.get(Receipt, op.receipt_id) if op.receipt_id else None
    body: dict[str, Any] = {
        "key": op.id, "kind": op.kind if op.kind in ("payment", "refund", "cancel") else "payment",
        "status": "approved" if op.state == "success" else "declined", "amount_tiyn": op.amount_tiyn,
        "created_at": _iso(op.started_at), "terminal_id": (op.terminal_id or "")[:32],
        "rrn": (op.transaction_id or None) and op.transaction_id[:32], "auth_code": op.auth_code,
        "card_mask": op.card_mask, "receipt_key": receipt.uuid if receipt else None}
    if op.method in ("card", "qr"):
        body["method"] = op.method
    if op.acknowledged:
        body["acknowledged"] = True
    if op.kind == "payment" and op.transaction_id:
        refunded = session.scalar(select(func.coalesce(func.sum(_T.amount_tiyn), 0)).where(
            _T.kind == "refund", _T.original_transaction_id == op.transaction_id, _T.state == "success"))
        if refunded:
            body["refunded_tiyn"] = int(refunded)
    return body


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=_UTC)


def retry_delay(attempts: int) -> timedelta:
    """Backoff of the push queue: 1, 2, 4 … seconds, at most 5 minutes."""
    return timedelta(seconds=min(300, 2 ** min(attempts, 9)))
