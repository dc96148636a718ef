"""«Автономные данные» (seed 9.3.1): the documents of the shift and where each stands with the
OFD — sent, waiting in the outbox, or refused (issue 11). Read only; one unit of work."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from alsep_desktop.services.documents import DocumentResult, receipt_result
from alsep_desktop.store.repositories.outbox import PENDING, REJECTED, SENT
from alsep_desktop.store.uow import SqlUnitOfWork

OFD_SENT, OFD_WAITING, OFD_REFUSED, OFD_NONE = "sent", "waiting", "refused", "none"
_BY_OUTBOX = {SENT: OFD_SENT, PENDING: OFD_WAITING, REJECTED: OFD_REFUSED}


@dataclass(frozen=True, slots=True)
class ShiftDocument:
    document: DocumentResult
    ofd: str  # OFD_SENT | OFD_WAITING | OFD_REFUSED | OFD_NONE (never queued for the OFD)


def shift_documents(uow: Callable[..., SqlUnitOfWork], register_id: int) -> list[ShiftDocument]:
    """The receipts of the open (else the last) shift, oldest first, with their OFD state."""
    with uow(read_only=True) as u:
        shift = u.shifts.current(register_id) or u.shifts.last(register_id)
        if shift is None:
            return []
        out = []
        for row in u.receipts.of_shift(shift.id):
            entry = u.outbox.entry_of(row.uuid)
            ofd = OFD_NONE if entry is None else _BY_OUTBOX.get(entry.state, OFD_WAITING)
            if row.state == "rejected":
                ofd = OFD_REFUSED
            out.append(ShiftDocument(receipt_result(row, shift), ofd))
        return out
