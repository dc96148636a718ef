"""Documents the cloud refused (decision 1417): kept aside by the push queue (decision 1407) with
the cloud's reason, listed in «Автономные данные», and sent again by an administrator.

Anyone signed in may see them (the cashier should know the cloud lacks a document); only an
administrator puts one back in the queue. The entry goes back in its place (queue order is by
id) and its body is built again from the store at the next attempt, so a document corrected
since (or a cloud fixed since) goes through.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from alsep_desktop.domain.roles import Principal
from alsep_desktop.errors import NotFoundError
from alsep_desktop.kernel.clock import Clock
from alsep_desktop.services.guard import require_admin, require_user
from alsep_desktop.store.uow import UowFactory


@dataclass(frozen=True)
class RefusedDocument:
    """``kind``: receipt, cash_move, shift_open, shift_z or terminal_op; for a receipt,
    ``operation``, ``number`` and ``shift_number``; ``refused_at``: when the cloud answered (None
    for an entry refused before that was recorded); ``reason``: the cloud's status, code and sentence."""

    id: int
    kind: str
    key: str
    refused_at: datetime | None
    reason: str
    operation: str | None = None
    number: int | None = None
    shift_number: int | None = None
    total_tiyn: int | None = None


class CloudRefusedService:
    def __init__(self, uow: UowFactory, clock: Clock, wake: Callable[[], None] | None = None) -> None:
        self._uow = uow
        self._clock = clock
        self._wake = wake

    def list(self, actor: Principal | None) -> list[RefusedDocument]:
        with self._uow(read_only=True) as w:
            require_user(actor, w)
            return [RefusedDocument(
                id=q.id, kind=q.kind, key=q.key, refused_at=q.sent_at, reason=q.last_error or "",
                operation=r.operation if r is not None else None, number=r.number if r is not None else None,
                shift_number=shift_number, total_tiyn=r.total_tiyn if r is not None else None,
            ) for q, r, shift_number in w.sync.refused()]

    def retry(self, actor: Principal | None, push_id: int) -> None:
        """Back to the queue (administrator only); the engine is woken to send it now."""
        with self._uow() as w:
            admin = require_admin(actor, w)
            if not w.sync.retry_refused(push_id):
                raise NotFoundError(what="refused document", key=str(push_id))
            w.audit.record(self._clock.now(), admin.user_id, "retry", "cloud_push", push_id)
            w.commit()
        if self._wake is not None:
            self._wake()
