"""Where the admin tab's edits go (issue 14, decision 1410): the cloud when one is configured,
this PC's store otherwise (single-PC mode, today's behaviour). Qt-free.

With a cloud, every edit is the cloud's REST call made with the signed-in administrator's
short-lived token, then ``sync.sync_now()`` brings the change back through the mirror, which is
what the counter sells from. The mirror's records carry the cloud's ids as their ``uuid``.
While the cloud cannot be reached an edit is refused (``cloud.edit_offline``, with the time the
cloud was last seen); nothing is queued, so two PCs never replay conflicting edits later.

Roles are checked here first against the local store (the admin signed in on this PC) and then
by the cloud against its own users (the token is an admin's).
"""

from __future__ import annotations

import logging
import threading
import weakref
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any, Protocol

from alsep_desktop.cloud_client.admin_remote import (
    CloudAdmin,
    CloudAuthRequired,
    CloudStaleEdit,
    cloud_field,
)
from alsep_desktop.cloud_client.catalog_import import send_catalog
from alsep_desktop.cloud_client.errors import CloudUnreachable, SyncNotConfigured
from alsep_desktop.cloud_client.status import CloudStatus
from alsep_desktop.domain.catalog import ProductView
from alsep_desktop.domain.quantity import Quantity
from alsep_desktop.domain.roles import Principal, Role
from alsep_desktop.domain.user_name import validate_user_name
from alsep_desktop.errors import AlsepError, NotFoundError, ValidationError
from alsep_desktop.exchange.progress import CancelToken, ProgressCallback
from alsep_desktop.exchange.rows import ProductRow
from alsep_desktop.i18n_marker import QT_TRANSLATE_NOOP
from alsep_desktop.kernel.clock import ALMATY, Clock
from alsep_desktop.services.admin import AdminService
from alsep_desktop.services.auth import AuthService
from alsep_desktop.services.catalog import CatalogService, ProductDraft, check_bundle
from alsep_desktop.services.changes import Changes, OpResult
from alsep_desktop.services.guard import require_admin
from alsep_desktop.services.org import (
    CompanyData,
    OrgService,
    TradePointData,
    refuse_unbind_with_open_shift,
)
from alsep_desktop.store.uow import SqlUnitOfWork

log = logging.getLogger(__name__)

SYNC_AFTER_EDIT_S = 15.0


class CloudEditOffline(AlsepError):
    """An edit while the cloud is unreachable: refused, never queued."""

    code = "cloud.edit_offline"
    template = "The cloud cannot be reached (no connection since {since}); edits are possible only online. Selling goes on."


class CloudOnly(AlsepError):
    code = "cloud.managed_in_cloud"
    template = "With a cloud this is done in the cloud: {what}"


class _Sync(Protocol):
    def sync_now(self, timeout: float | None = None) -> None: ...
    def status(self) -> CloudStatus: ...


class AdminEdits:
    """The admin tab's edits, each with the signature of the local service it stands for."""

    def __init__(self, *, uow: Callable[..., SqlUnitOfWork], clock: Clock, admin: AdminService, catalog: CatalogService,
                 org: OrgService, auth: AuthService, remote: Callable[[], CloudAdmin | None],
                 sync: Callable[[], _Sync | None], unbind: Callable[[str], Any] | None = None) -> None:
        self._uow, self._clock = uow, clock
        self._admin, self._catalog, self._org, self._auth = admin, catalog, org, auth
        self._remote, self._sync = remote, sync
        # the cloud unbind that also forgets this PC's credential when the register is its own
        self._unbind = unbind
        self._watch = _MirrorWatch(uow)

    # -- mode ------------------------------------------------------------------------------
    @property
    def cloud(self) -> CloudAdmin | None:
        """The cloud's admin API, or None in single-PC mode."""
        return self._remote()

    @property
    def in_cloud(self) -> bool:
        return self.cloud is not None

    def cloud_status(self) -> CloudStatus | None:
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
        with self._uow(read_only=True) as uow:
            actor = require_admin(actor, uow)
            company = uow.org.company_by_id(actor.company_id) if actor.company_id is not None else None
            company = company or uow.org.company()
            bin_ = company.iin_bin if company is not None else None
        if not bin_:
            raise ValidationError("company", QT_TRANSLATE_NOOP(
                "Reasons", "this PC knows no company yet: bind it to a register of the cloud first"))
        cloud = self._need_cloud()
        try:
            return cloud.login(email, password, company=bin_).email
        except CloudUnreachable:
            raise self._offline() from None

    def check_local_import(self) -> None:
        """Before a catalog file is chosen: with a cloud the import goes to the cloud, so the
        administrator must be signed in to it (decision 1419)."""
        cloud = self.cloud
        if cloud is not None and not cloud.signed_in:
            raise CloudAuthRequired()

    def import_catalog(self, actor: Principal, register_id: int, rows: Sequence[ProductRow], *, source: str = "",
                       progress: ProgressCallback | None = None, cancel: CancelToken | None = None) -> OpResult[int]:
        """A checked catalog file's rows into the register's catalog in the cloud, all or nothing
        (products keyed by code: created or updated), then mirrored back (decision 1419)."""
        with self._uow(read_only=True) as uow:
            require_admin(actor, uow)
            reg_uuid = self._register_uuid(uow, register_id)
        cloud = self._need_cloud()
        if not cloud.signed_in:
            raise CloudAuthRequired()
        try:
            out = send_catalog(cloud, reg_uuid, rows, source=source, progress=progress, cancel=cancel)
        except CloudUnreachable:
            raise self._offline() from None
        log.info("catalog import into the cloud: %s rows, %s created, %s updated, %s unchanged%s", out.get("rows"),
                 out.get("created"), out.get("updated"), out.get("unchanged"),
                 " (answered again: applied once)" if out.get("replayed") else "")
        self._mirror()
        return OpResult(len(rows), Changes(catalog=True))

    # -- plumbing --------------------------------------------------------------------------
    def _need_cloud(self) -> CloudAdmin:
        cloud = self.cloud
        if cloud is None:
            raise SyncNotConfigured()
        return cloud

    def _offline(self) -> CloudEditOffline:
        status = self.cloud_status()
        since: datetime | None = status.offline_since if status is not None else None
        when = since.astimezone(ALMATY) if since is not None else self._clock.now()
        text = when.strftime("%H:%M")
        return CloudEditOffline(since=text)

    def _edit(self, actor: Principal, work: Callable[[CloudAdmin, SqlUnitOfWork], Any], changes: Changes) -> OpResult[Any]:
        """Check the role locally, read the local ids, call the cloud, then mirror the change."""
        with self._uow(read_only=True) as uow:
            require_admin(actor, uow)  # the role first: a cashier is told so, not asked to sign in
        cloud = self._need_cloud()
        if not cloud.signed_in:
            raise CloudAuthRequired()
        try:
            with self._uow(read_only=True) as uow:
                value = work(cloud, uow)
        except CloudUnreachable:
            raise self._offline() from None
        self._mirror()
        return OpResult(value, changes)

    def _mirror(self) -> None:
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

    @staticmethod
    def _stale_if_moved(what: str, seen: dict[str, Any], current: dict[str, Any]) -> None:
        """The cloud's record differs from what this PC's mirror showed the admin: refuse,
        naming what changed (the same sentence as the cloud's own ``conflict.stale_version``)."""
        changed = {cloud_field(k): current.get(k) for k, v in seen.items()
                   if k in current and _norm(current.get(k)) != _norm(v)}
        if changed:
            raise CloudStaleEdit(what=what, fields=", ".join(f"{k} = {v}" for k, v in changed.items()), changed=changed)

    # -- products and bundles ---------------------------------------------------------------
    @staticmethod
    def _product_body(draft: ProductDraft) -> dict[str, Any]:
        return {"code": draft.code.strip(), "group_code": draft.group_code.strip(), "name": draft.name.strip(),
                "barcode": draft.barcode or None, "price_tiyn": draft.price.tiyn, "vat_code": draft.vat_code,
                "unit": draft.unit.value, "ntin": draft.ntin or None, "marked": draft.marked,
                "editable_price": draft.editable_price, "markup_bp": draft.markup_bp, "discount_bp": draft.discount_bp}

    @staticmethod
    def _register_uuid(uow: SqlUnitOfWork, register_id: int) -> str:
        reg = uow.org.register(register_id)
        if reg is None:
            raise NotFoundError(what="register", key=register_id)
        return reg.uuid

    def add_product(self, actor: Principal, register_id: int, draft: ProductDraft) -> OpResult[Any]:
        if not self.in_cloud:
            return self._catalog.add_product(actor, register_id, draft)
        draft = draft.validated(self._catalog.vat_table)
        return self._edit(actor, lambda c, uow: c.create_product(self._register_uuid(uow, register_id),
                                                                 self._product_body(draft)), Changes(catalog=True))

    def update_product(self, actor: Principal, product_uuid: str, draft: ProductDraft,
                       seen: ProductView | None = None) -> OpResult[Any]:
        """``seen``: the product as the dialog showed it when opened (else the mirror's row now);
        a field the cloud changed since is refused as a stale edit."""
        if not self.in_cloud:
            return self._catalog.update_product(actor, product_uuid, draft)
        draft = draft.validated(self._catalog.vat_table)

        def work(c: CloudAdmin, uow: SqlUnitOfWork) -> dict:
            local = uow.catalog.by_uuid(product_uuid)
            if local is None:
                raise NotFoundError(what="product", key=product_uuid)
            current = c.product(product_uuid)
            self._stale_if_moved("product", _view_seen(seen) if seen is not None else _product_seen(local), current)
            body = {k: v for k, v in self._product_body(draft).items() if current.get(k) != v}
            return c.patch_product(product_uuid, int(current["version"]), body) if body else current

        return self._edit(actor, work, Changes(catalog=True))

    def delete_product(self, actor: Principal, product_uuid: str) -> OpResult[None]:
        if not self.in_cloud:
            return self._catalog.delete_product(actor, product_uuid)

        def work(c: CloudAdmin, uow: SqlUnitOfWork) -> None:
            local = uow.catalog.by_uuid(product_uuid)
            current = c.product(product_uuid)
            if local is not None:
                self._stale_if_moved("product", _product_seen(local), current)
            c.delete_product(product_uuid, int(current["version"]))

        return self._edit(actor, work, Changes(catalog=True))

    @staticmethod
    def _items(items: list[tuple[str, Quantity]]) -> list[dict[str, Any]]:
        return [{"product_id": uuid, "quantity_milli": qty.milli} for uuid, qty in items]

    def add_bundle(self, actor: Principal, register_id: int, name: str, barcode: str,
                   items: list[tuple[str, Quantity]]) -> OpResult[Any]:
        if not self.in_cloud:
            return self._catalog.add_bundle(actor, register_id, name, barcode, items)
        name, barcode = check_bundle(name, barcode, items)
        body = {"name": name, "barcode": barcode, "items": self._items(items)}
        return self._edit(actor, lambda c, uow: c.create_bundle(self._register_uuid(uow, register_id), body),
                          Changes(catalog=True))

    def update_bundle(self, actor: Principal, bundle_uuid: str, name: str, barcode: str,
                      items: list[tuple[str, Quantity]]) -> OpResult[Any]:
        if not self.in_cloud:
            return self._admin.update_bundle(actor, bundle_uuid, name, barcode, items)
        name, barcode = check_bundle(name, barcode, items)

        def work(c: CloudAdmin, uow: SqlUnitOfWork) -> dict:
            local = uow.catalog.bundle_by_uuid(bundle_uuid)
            if local is None:
                raise NotFoundError(what="bundle", key=bundle_uuid)
            current = c.bundle(bundle_uuid)
            self._stale_if_moved("bundle", {"name": local.name, "barcode": local.barcode}, current)
            return c.patch_bundle(bundle_uuid, int(current["version"]),
                                  {"name": name, "barcode": barcode, "items": self._items(items)})

        return self._edit(actor, work, Changes(catalog=True))

    def delete_bundle(self, actor: Principal, bundle_uuid: str) -> OpResult[None]:
        if not self.in_cloud:
            return self._admin.delete_bundle(actor, bundle_uuid)

        def work(c: CloudAdmin, _uow: SqlUnitOfWork) -> None:
            c.delete_bundle(bundle_uuid, int(c.bundle(bundle_uuid)["version"]))

        return self._edit(actor, work, Changes(catalog=True))

    # -- company and trade points -------------------------------------------------------------
    def create_company(self, actor: Principal, data: CompanyData) -> OpResult[int]:
        if not self.in_cloud:
            return self._admin.create_company(actor, data)
        raise CloudOnly(what="the company is created when the cloud account is opened")

    def update_company(self, actor: Principal, data: CompanyData, seen: CompanyData | None = None) -> OpResult[None]:
        """``seen``: the company as the form showed it when it was loaded (else the mirror's row
        now). A field the cloud holds differently is refused as a stale edit; only the fields the
        admin changed are sent (decision 2030)."""
        if not self.in_cloud:
            return self._admin.update_company(actor, data)
        data = data.validated()

        def work(c: CloudAdmin, uow: SqlUnitOfWork) -> None:
            current = c.company()
            if data.iin_bin.strip() != current["iin_bin"]:
                raise ValidationError("iin_bin", QT_TRANSLATE_NOOP("Reasons", "the BIN/IIN of a company cannot change"))
            local = uow.org.company()
            before = seen if seen is not None else local
            shown = _company_values(before) if before is not None else None
            if shown is not None:
                self._stale_if_moved("company", shown, current)
            body = _company_values(data)
            body = {k: v for k, v in body.items() if _norm(current.get(k)) != _norm(v)
                    and (shown is None or _norm(shown.get(k)) != _norm(v))}
            if body:
                c.patch_company(int(current["version"]), body)

        return self._edit(actor, work, Changes(org=True))

    def create_trade_point(self, actor: Principal, name: str, address: str = "", *, address_kz: str = "",
                           latitude: int | None = None, longitude: int | None = None) -> OpResult[Any]:
        if not self.in_cloud:
            return self._org.create_trade_point(actor, name, address, address_kz=address_kz, latitude=latitude,
                                                longitude=longitude)
        d = TradePointData(name, address, address_kz, latitude, longitude).validated()
        body = {"name": d.name, "address": d.address, "address_kz": d.address_kz, "latitude": d.latitude,
                "longitude": d.longitude}
        return self._edit(actor, lambda c, _uow: c.create_trade_point(body), Changes(org=True))

    def update_trade_point(self, actor: Principal, tp_id: int, name: str, address: str = "", *, address_kz: str = "",
                           latitude: int | None = None, longitude: int | None = None) -> OpResult[None]:
        if not self.in_cloud:
            return self._admin.update_trade_point(actor, tp_id, name, address, address_kz=address_kz,
                                                  latitude=latitude, longitude=longitude)
        d = TradePointData(name, address, address_kz, latitude, longitude).validated()

        def work(c: CloudAdmin, uow: SqlUnitOfWork) -> None:
            tp = uow.org.trade_point(tp_id)
            if tp is None:
                raise NotFoundError(what="trade point", key=tp_id)
            current = c.trade_point(tp.uuid)
            self._stale_if_moved("trade point", {"name": tp.name, "address": tp.address or ""}, current)
            body = {"name": d.name, "address": d.address, "address_kz": d.address_kz, "latitude": d.latitude,
                    "longitude": d.longitude}
            c.patch_trade_point(tp.uuid, int(current["version"]), {k: v for k, v in body.items() if current.get(k) != v})

        return self._edit(actor, work, Changes(org=True))

    # -- registers ----------------------------------------------------------------------------
    def create_register(self, actor: Principal, trade_point_id: int, name: str, year: int | None = None) -> OpResult[Any]:
        if not self.in_cloud:
            return self._org.create_register(actor, trade_point_id, name, year)

        def work(c: CloudAdmin, uow: SqlUnitOfWork) -> dict:
            tp = uow.org.trade_point(trade_point_id)
            if tp is None:
                raise NotFoundError(what="trade point", key=trade_point_id)
            body: dict[str, Any] = {"trade_point_id": tp.uuid, "name": name.strip()}
            if year is not None:
                body["year_of_manufacture"] = year
            return c.create_register(body)

        return self._edit(actor, work, Changes(org=True))

    def update_ofd(self, actor: Principal, register_id: int, *, system_id: str, registration_number: str,
                   token: str | None, vat_payer: bool) -> OpResult[None]:
        """An empty ``token`` keeps the one the cloud holds (the field's placeholder says it is
        set); without one stored it is required."""
        if not self.in_cloud:
            return self._admin.update_ofd(actor, register_id, system_id=system_id,
                                          registration_number=registration_number, token=token, vat_payer=vat_payer)
        for field, value in (("ofd_system_id", system_id), ("registration_number", registration_number)):
            if not (value or "").strip():
                raise ValidationError(field, QT_TRANSLATE_NOOP("Reasons", "required"))
        token = (token or "").strip()

        def work(c: CloudAdmin, uow: SqlUnitOfWork) -> None:
            reg_uuid = self._register_uuid(uow, register_id)
            current = c.register(reg_uuid)
            if not token and not current.get("ofd_token_set"):
                raise ValidationError("ofd_token", QT_TRANSLATE_NOOP("Reasons", "required"))
            body: dict[str, Any] = {"ofd_system_id": system_id.strip(),
                                    "registration_number": registration_number.strip(), "vat_payer": vat_payer}
            if token:
                body["ofd_token"] = token
            c.update_ofd(reg_uuid, int(current["version"]), body)

        return self._edit(actor, work, Changes(org=True))

    def update_token(self, actor: Principal, register_id: int, token: str) -> OpResult[None]:
        if not self.in_cloud:
            return self._admin.update_token(actor, register_id, token)
        if not (token or "").strip():
            raise ValidationError("ofd_token", QT_TRANSLATE_NOOP("Reasons", "required"))

        def work(c: CloudAdmin, uow: SqlUnitOfWork) -> None:
            reg = uow.org.register(register_id)
            if reg is None:
                raise NotFoundError(what="register", key=register_id)
            current = c.register(reg.uuid)
            if not (current.get("ofd_system_id") and current.get("registration_number")):
                raise ValidationError("ofd_system_id", QT_TRANSLATE_NOOP("Reasons", "required"))
            c.update_ofd(reg.uuid, int(current["version"]), {
                "ofd_system_id": current["ofd_system_id"], "registration_number": current["registration_number"],
                "ofd_token": token.strip(), "vat_payer": bool(current.get("vat_payer"))})

        return self._edit(actor, work, Changes(org=True))

    def unbind_device(self, actor: Principal, register_id: int) -> OpResult[None]:
        """«Отвязать устройство» (seed 9.5) from the Registers page: in the cloud the register's
        device credential is revoked at once."""
        if not self.in_cloud:
            return self._org.unbind_device(actor, register_id)
        unbind = self._unbind

        with self._uow(read_only=True) as uow:
            require_admin(actor, uow)
            refuse_unbind_with_open_shift(uow, register_id)

        def work(c: CloudAdmin, uow: SqlUnitOfWork) -> None:
            reg_uuid = self._register_uuid(uow, register_id)
            if unbind is not None:
                unbind(reg_uuid)
            else:
                c.unbind(reg_uuid)

        return self._edit(actor, work, Changes(org=True))

    # -- users ------------------------------------------------------------------------------------
    def create_user(self, actor: Principal, email: str, password: str, role: Role, *, full_name: str,
                    iin: str | None = None, **extra: Any) -> OpResult[Any]:
        if not self.in_cloud:
            return self._auth.create_user(actor, email, password, role, full_name=full_name, iin=iin, **extra)
        body: dict[str, Any] = {"email": email.strip(), "password": password, "role": role.value,
                                "full_name": validate_user_name(full_name), "iin": iin or None}
        if extra.get("comment"):
            body["comment"] = extra["comment"]
        if extra.get("birth_date"):
            body["birth_date"] = extra["birth_date"].isoformat()
        return self._edit(actor, lambda c, _uow: c.create_user(body), Changes(users=True))

    def _user_uuid(self, uow: SqlUnitOfWork, user_id: int) -> str:
        user = uow.users.get(user_id)
        if user is None:
            raise NotFoundError(what="user", key=user_id)
        return user.uuid

    def set_blocked(self, actor: Principal, user_id: int, blocked: bool) -> OpResult[None]:
        if not self.in_cloud:
            return self._auth.set_blocked(actor, user_id, blocked)
        if actor.user_id == user_id and blocked:
            raise ValidationError("blocked", QT_TRANSLATE_NOOP("Reasons", "you cannot block your own account"))

        def work(c: CloudAdmin, uow: SqlUnitOfWork) -> None:
            uuid = self._user_uuid(uow, user_id)
            current = c.user(uuid)
            c.patch_user(uuid, int(current["version"]), {"blocked": blocked})

        return self._edit(actor, work, Changes(users=True))

    def update_user(self, actor: Principal, user_id: int, *, full_name: str | None = None,
                    comment: str | None = None) -> OpResult[Any]:
        """The user's name and comment; with a cloud only what changed since the mirror's copy is
        sent, and a change someone made meanwhile is refused as a stale edit (decision 1410)."""
        if not self.in_cloud:
            return self._auth.update_user(actor, user_id, full_name=full_name, comment=comment)
        if full_name is not None:
            full_name = validate_user_name(full_name)

        def work(c: CloudAdmin, uow: SqlUnitOfWork) -> None:
            local = uow.users.get(user_id)
            if local is None:
                raise NotFoundError(what="user", key=user_id)
            changes: dict[str, Any] = {}
            if full_name is not None and full_name != local.full_name:
                changes["full_name"] = full_name
            if comment is not None:  # the mirror keeps no comment: sent as given
                changes["comment"] = comment
            if not changes:
                return
            current = c.user(local.uuid)
            if "full_name" in changes:  # the name the admin saw is the mirror's
                self._stale_if_moved("user", {"full_name": local.full_name}, current)
            c.patch_user(local.uuid, int(current["version"]), changes)

        return self._edit(actor, work, Changes(users=True))

    def change_password(self, actor: Principal, user_id: int, new_password: str) -> OpResult[None]:
        if not self.in_cloud:
            return self._auth.change_password(actor, user_id, new_password)

        def work(c: CloudAdmin, uow: SqlUnitOfWork) -> None:
            uuid = self._user_uuid(uow, user_id)
            current = c.user(uuid)
            c.patch_user(uuid, int(current["version"]), {"password": new_password})

        return self._edit(actor, work, Changes(users=True))


_COMPANY_FIELDS = ("name", "tax_regime", "vat_payer", "vat_series", "vat_number", "legal_address", "address_kz",
                   "oked", "phone", "iban", "bik")
_NULLABLE_COMPANY = {"vat_series", "vat_number", "oked", "phone", "iban", "bik"}
_PRODUCT_FIELDS = ("code", "group_code", "name", "barcode", "price_tiyn", "vat_code", "unit", "ntin", "marked",
                   "editable_price", "markup_bp", "discount_bp")


class _MirrorWatch:
    """Follows the sync engine (its status listener runs in the engine's threads): ``generation``
    goes up when the mirror's cursor moves; ``waiting`` holds from an edit sent to the cloud until
    a pull that began after it has ended."""

    def __init__(self, uow: Callable[..., SqlUnitOfWork]) -> None:
        self._uow = uow
        self._lock = threading.Lock()
        self._followed: weakref.WeakSet[Any] = weakref.WeakSet()
        self._cursor: int | None = None
        self._sent_at: datetime | None = None
        self.generation = 0

    @property
    def waiting(self) -> bool:
        with self._lock:
            return self._sent_at is not None

    def follow(self, sync: Any) -> None:
        with self._lock:
            if sync in self._followed or not hasattr(sync, "on_change"):
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


def _norm(value: Any) -> Any:
    if isinstance(value, str):
        value = value.strip()
    return None if value == "" else value


def _company_values(data: Any) -> dict[str, Any]:
    """A company (``CompanyData`` or the mirror's row) in the cloud's field names, trimmed, an
    empty optional field as None."""
    out = {k: getattr(data, k, None) for k in _COMPANY_FIELDS}
    return {k: (v.strip() if isinstance(v, str) else v) or (None if k in _NULLABLE_COMPANY else v)
            for k, v in out.items()}


def _view_seen(view: ProductView) -> dict[str, Any]:
    """A product as a window showed it, in the cloud's field names."""
    return {"code": view.code, "group_code": view.group_code or "", "name": view.name, "barcode": view.barcode or None,
            "price_tiyn": view.price.tiyn, "vat_code": view.vat.code, "unit": view.unit.value, "ntin": view.ntin or None,
            "marked": view.marked, "editable_price": view.editable_price, "markup_bp": view.markup_bp,
            "discount_bp": view.discount_bp}


def _product_seen(local: Any) -> dict[str, Any]:
    """The product as this PC's mirror shows it, in the cloud's field names."""
    seen = {k: getattr(local, k, None) for k in _PRODUCT_FIELDS}
    seen["barcode"] = seen["barcode"] or None
    seen["ntin"] = seen["ntin"] or None
    seen["group_code"] = seen["group_code"] or ""
    return seen
