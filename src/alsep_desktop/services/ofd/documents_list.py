"""«Автономные данные» (seed 9.3.1): every fiscal document of the register — receipts and returns,
cash deposits and withdrawals, X reports, Z (close shift) — newest first, with where each stands
with the OFD: waiting in the outbox, sent without an answer yet, accepted, or refused with the
OFD's result code and text and what to do about it (issue 11, issue 20, decisions 2070, 2071).
Read only; one unit of work per page."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from alsep_desktop.domain.money import Money
from alsep_desktop.fiscal.protocol import ResultCode
from alsep_desktop.kernel.clock import ALMATY, Clock
from alsep_desktop.services.auth import AuthService
from alsep_desktop.services.changes import Changes, OpResult
from alsep_desktop.store.models.x_report import X_ACCEPTED, X_REJECTED, X_UNANSWERED
from alsep_desktop.store.repositories import fiscal_log
from alsep_desktop.store.repositories.fiscal_log import Cursor, LogRow
from alsep_desktop.store.repositories.outbox import PENDING, REJECTED, SENT
from alsep_desktop.store.uow import SqlUnitOfWork

#: where a document stands with the OFD
OFD_QUEUED, OFD_SENT, OFD_ACCEPTED, OFD_REJECTED, OFD_NOT_SENT = "queued", "sent", "accepted", "rejected", "not_sent"
PAGE = 100  # documents per page: the screen asks for the next page when the cashier wants older ones

#: what to do about a refused document, by class of the OFD's result code (decision 2071); each
#: is an error code with its sentence in ui/i18n/error_sentences.py
ADVICE_REGISTER = "ofd_rejection.register"  # the OFD does not know the register or its token: re-register
ADVICE_SHIFT = "ofd_rejection.shift"  # the OFD and the register disagree on the shift: check its state
ADVICE_Z = "ofd_rejection.z_report"  # the OFD refused the Z: the shift may still be open there
ADVICE_DATA = "ofd_rejection.data"  # the document's data are wrong for the OFD
ADVICE_OFD = "ofd_rejection.contact_ofd"  # a reason on the OFD's side: contact the OFD
ADVICE_CODES = (ADVICE_REGISTER, ADVICE_SHIFT, ADVICE_Z, ADVICE_DATA, ADVICE_OFD)

_REGISTER = {ResultCode.UNKNOWN_ID, ResultCode.INVALID_TOKEN, 18}  # 18: DEREGISTERED (2.0.4)
_SHIFT = {ResultCode.OPEN_SHIFT_TIMEOUT_EXPIRED, ResultCode.SHIFT_ALREADY_OPENED}
_DATA = {ResultCode.INCORRECT_REQUEST_DATA, ResultCode.NOT_ENOUGH_CASH, ResultCode.SAME_TAXPAYER_AND_CUSTOMER}


def advice_for(result_code: int | None, kind: str) -> str:
    """The class of what to do for a document of ``kind`` the OFD refused with ``result_code``."""
    if result_code in _REGISTER:
        return ADVICE_REGISTER
    if result_code in _SHIFT:
        return ADVICE_SHIFT
    if result_code == ResultCode.INCORRECT_REQUEST_DATA and kind == fiscal_log.Z_KIND:
        return ADVICE_Z  # «z_report disagrees», «shift N is not the open shift»
    if result_code in _DATA:
        return ADVICE_DATA
    return ADVICE_OFD


def result_name(result_code: int | None) -> str:
    """The OFD's own name of a result code (``INCORRECT_REQUEST_DATA``), '' when unknown."""
    try:
        return ResultCode(result_code).name if result_code is not None else ""
    except ValueError:
        return ""


@dataclass(frozen=True, slots=True)
class FiscalDocument:
    kind: str  # fiscal_log.KINDS: sale, sale_return, buy, buy_return, deposit, withdrawal, x_report, close_shift
    at: datetime  # Asia/Almaty
    shift_number: int | None
    number: int | None  # within the shift (receipts and cash moves share the numbering; X reports their own)
    amount: Money | None
    fiscal_sign: str | None
    offline: bool
    ofd: str  # OFD_QUEUED | OFD_SENT | OFD_ACCEPTED | OFD_REJECTED | OFD_NOT_SENT
    result_code: int | None = None  # as the OFD said, for a refused document
    result_text: str | None = None
    advice: str | None = None  # ADVICE_* for a refused document
    receipt_id: int | None = None  # receipts only (a duplicate can be printed)
    cursor: Cursor | None = None
    entry_id: int | None = None  # its outbox entry (every document but an X report)
    handled_at: datetime | None = None  # a refusal an administrator marked as dealt with (Asia/Almaty)

    @property
    def rejected(self) -> bool:
        return self.ofd == OFD_REJECTED


def _ofd_state(row: LogRow) -> str:
    if row.source == fiscal_log.X_SOURCE:
        return {X_ACCEPTED: OFD_ACCEPTED, X_REJECTED: OFD_REJECTED, X_UNANSWERED: OFD_SENT}.get(row.state, OFD_NOT_SENT)
    if row.state == SENT:
        return OFD_ACCEPTED
    if row.state == REJECTED:
        return OFD_REJECTED
    if row.state == PENDING and row.result_text == "fiscal.unknown_outcome":
        return OFD_SENT  # it reached the OFD, whose answer never came: resent as it is
    return OFD_QUEUED


def _document(row: LogRow) -> FiscalDocument:
    ofd = _ofd_state(row)
    rejected = ofd == OFD_REJECTED
    return FiscalDocument(
        kind=row.kind, at=row.at.astimezone(ALMATY), shift_number=row.shift_number, number=row.number,
        amount=Money(row.amount_tiyn) if row.amount_tiyn is not None else None, fiscal_sign=row.fiscal_sign,
        offline=row.offline, ofd=ofd, result_code=row.result_code if rejected else None,
        result_text=row.result_text if rejected else None,
        advice=advice_for(row.result_code, row.kind) if rejected else None,
        receipt_id=row.document_id, cursor=row.cursor,
        entry_id=row.id if row.source == fiscal_log.OUTBOX_SOURCE else None,
        handled_at=row.handled_at.astimezone(ALMATY) if row.handled_at is not None else None,
    )


def documents(uow: Callable[..., SqlUnitOfWork], register_id: int, *, before: Cursor | None = None,
              limit: int = PAGE, kinds: frozenset[str] | None = None, rejected_only: bool = False
              ) -> list[FiscalDocument]:
    """A page of the register's documents, newest first, after ``before`` (the last one shown)."""
    if limit <= 0:
        return []
    with uow(read_only=True) as u:
        rows = fiscal_log.page(u.session, register_id, limit=limit, before=before, kinds=kinds,
                               rejected_only=rejected_only)
    return [_document(r) for r in rows]


def mark_handled(uow: Callable[..., SqlUnitOfWork], auth: AuthService, clock: Clock, email: str, password: str,
                 register_id: int, entry_id: int) -> OpResult[bool]:
    """An administrator (login and password, checked now) marks a refused document as dealt with:
    it stays in the list, refused, and no longer turns the status bar red (decision 2070)."""
    admin = auth.require_admin_credentials(email, password, register_id=register_id, method="ofd_rejection")
    now = clock.now()
    with uow() as u:
        done = fiscal_log.mark_handled(u.session, register_id, entry_id, admin.user_id, now)
        if done:
            u.audit.record(now, admin.user_id, "ofd_rejection_handled", "fiscal_outbox", entry_id)
            u.commit()
    return OpResult(done, Changes(receipts=True))
