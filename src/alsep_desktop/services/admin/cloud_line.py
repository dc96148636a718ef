"""The line to the cloud the cloud implementations share (issue 14, decisions 1410, 2030, 2130).

Every edit is the cloud's REST call made with the signed-in administrator's short-lived token,
then the sync engine's ``sync_now`` brings the change back through the mirror, which is what the
counter sells from. The mirror's records carry the cloud's ids as their ``uuid``. While the cloud
cannot be reached an edit is refused (``cloud.edit_offline``, with the time the cloud was last
seen); nothing is queued, so two PCs never replay conflicting edits later.

Roles are checked here first against the local store (the admin signed in on this PC) and then
by the cloud against its own users (the token is an admin's).
"""

from __future__ import annotations

import logging
import threading
import weakref
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any, Protocol, TypeVar

from alsep_desktop.cloud_client.admin_remote import (
    CloudAdmin,
    CloudAuthRequired,
    CloudStaleEdit,
    cloud_field,
)
from alsep_desktop.cloud_client.errors import CloudUnreachable
from alsep_desktop.cloud_client.status import CloudStatus
from alsep_desktop.domain.roles import Principal
from alsep_desktop.errors import AlsepError, NotFoundError, ValidationError
from alsep_desktop.i18n_marker import QT_TRANSLATE_NOOP
from alsep_desktop.kernel.clock import ALMATY, Clock
from alsep_desktop.services.changes import Changes, OpResult
from alsep_desktop.services.guard import require_admin
from alsep_desktop.store.uow import SqlUnitOfWork, UowFactory

log = logging.getLogger(__name__)

SYNC_AFTER_EDIT_S = 15.0

T = TypeVar("T")
#: a record as the cloud's REST API answers it
CloudRecord = dict[str, Any]


class CloudEditOffline(AlsepError):
    """An edit while the cloud is unreachable: refused, never queued."""

    code = "cloud.edit_offline"
    template = "The cloud cannot be reached (no connection since {since}); edits are possible only online. Selling goes on."


class CloudOnly(AlsepError):
    code = "cloud.managed_in_cloud"
    template = "With a cloud this is done in the cloud: {what}"


class SyncLink(Protocol):
    """What the line needs of the sync engine (``sync.engine.SyncEngine``)."""

    def sync_now(self, timeout: float | None = None) -> None: ...
    def status(self) -> CloudStatus: ...
    def on_change(self, callback: Callable[[CloudStatus], None]) -> None: ...


class MirrorWatch:
    """Follows the sync engine (its status listener runs in the engine's threads): ``generation``
    goes up when the mirror's cursor moves; ``waiting`` holds from an edit sent to the cloud until
    a pull that began after it has ended. One per app: it outlives a change of cloud."""

    def __init__(self, uow: UowFactory) -> None:
        self._uow = uow
        self._lock = threading.Lock()
        self._followed: weakref.WeakSet[SyncLink] = weakref.WeakSet()
        self._cursor: int | None = None
        self._sent_at: datetime | None = None
        self.generation = 0

    @property
    def waiting(self) -> bool:
        with self._lock:
            return self._sent_at is not None

    def follow(self, sync: SyncLink) -> None:
        with self._lock:
            if sync in self._followed:
                return
            self._followed.add(sync)
        sync.on_change(self._status)

    def sent(self, when: datetime) -> None:
        with self._lock:
            self._sent_at = when

    def arrived(self) -> None:
        with self._lock:
            if self._sent_at is not None:
                self._sent_at = None
                self.generation += 1

    def _status(self, status: CloudStatus) -> None:
        try:
            with self._uow(read_only=True) as w:
                st = w.sync.state()
                cursor = st.cursor if st is not None else None
        except AlsepError:
            return
        with self._lock:
            if cursor != self._cursor:
                self._cursor = cursor
                self.generation += 1
            synced = status.last_synced_at
            if self._sent_at is not None and synced is not None and synced > self._sent_at:
                self._sent_at = None
                self.generation += 1


class CloudLine:
    """One cloud (``cloud``, the app's :class:`CloudAdmin` for it) and this PC's mirror of it."""

    def __init__(self, cloud: CloudAdmin, *, uow: UowFactory, clock: Clock, sync: Callable[[], SyncLink | None],
                 watch: MirrorWatch) -> None:
        self.cloud = cloud
        self.uow, self._clock = uow, clock
        self._sync = sync  # the engine is replaced on binding: asked each time
        self._watch = watch

    # -- the cloud line of the admin tab ------------------------------------------------------
    def status(self) -> CloudStatus | None:
        sync = self._sync()
        if sync is None:
            return None
        self._watch.follow(sync)
        try:
            return sync.status()
        except AlsepError:
            return None

    @property
    def mirror_generation(self) -> int:
        """Goes up each time the mirror applied something from the cloud (its cursor moved) or an
        edit that was still on its way arrived: the admin pages reload then (decision 2030)."""
        sync = self._sync()
        if sync is not None:
            self._watch.follow(sync)
        return self._watch.generation

    @property
    def waiting_for_mirror(self) -> bool:
        """An edit reached the cloud, but this PC's mirror has not pulled since."""
        return self._watch.waiting

    def sign_in(self, actor: Principal, email: str, password: str) -> str:
        """The admin signs in to the cloud (the cloud's lockout applies); returns the e-mail.

        The sign-in names this PC's company by its BIN/IIN, which the store knows (the mirror
        brought it with the binding): logins are unique per company (decision 2051), and the
        admin types nothing more than before."""
        with self.uow(read_only=True) as uow:
            actor = require_admin(actor, uow)
            company = uow.org.company_by_id(actor.company_id) if actor.company_id is not None else None
            company = company or uow.org.company()
            bin_ = company.iin_bin if company is not None else None
        if not bin_:
            raise ValidationError("company", QT_TRANSLATE_NOOP(
                "Reasons", "this PC knows no company yet: bind it to a register of the cloud first"))
        try:
            return self.cloud.login(email, password, company=bin_).email
        except CloudUnreachable:
            raise self.offline() from None

    # -- an edit ----------------------------------------------------------------------------------
    def edit(self, actor: Principal, work: Callable[[CloudAdmin, SqlUnitOfWork], T], changes: Changes) -> OpResult[T]:
        """Check the role locally, read the local ids, call the cloud, then mirror the change."""
        with self.uow(read_only=True) as uow:
            require_admin(actor, uow)  # the role first: a cashier is told so, not asked to sign in
        self.require_sign_in()
        try:
            with self.uow(read_only=True) as uow:
                value = work(self.cloud, uow)
        except CloudUnreachable:
            raise self.offline() from None
        self.mirror()
        return OpResult(value, changes)

    def require_sign_in(self) -> None:
        if not self.cloud.signed_in:
            raise CloudAuthRequired()

    def offline(self) -> CloudEditOffline:
        status = self.status()
        since: datetime | None = status.offline_since if status is not None else None
        when = since.astimezone(ALMATY) if since is not None else self._clock.now()
        return CloudEditOffline(since=when.strftime("%H:%M"))

    def mirror(self) -> None:
        sync = self._sync()
        if sync is None:
            return
        self._watch.follow(sync)
        self._watch.sent(self._clock.now())
        try:
            sync.sync_now(timeout=SYNC_AFTER_EDIT_S)
        except AlsepError as exc:  # the edit is in the cloud; the mirror catches up on the next round
            log.info("edit saved in the cloud; mirroring it now failed (%s), the next round brings it", exc.code)
            return
        self._watch.arrived()


def stale_if_moved(what: str, seen: Mapping[str, Any], current: Mapping[str, Any]) -> None:
    """The cloud's record differs from what this PC's mirror showed the admin: refuse, naming
    what changed (the same sentence as the cloud's own ``conflict.stale_version``)."""
    changed = {cloud_field(k): current.get(k) for k, v in seen.items()
               if k in current and norm(current.get(k)) != norm(v)}
    if changed:
        raise CloudStaleEdit(what=what, fields=", ".join(f"{k} = {v}" for k, v in changed.items()), changed=changed)


def norm(value: Any) -> Any:
    if isinstance(value, str):
        value = value.strip()
    return None if value == "" else value


def register_uuid(uow: SqlUnitOfWork, register_id: int) -> str:
    reg = uow.org.register(register_id)
    if reg is None:
        raise NotFoundError(what="register", key=register_id)
    return reg.uuid
