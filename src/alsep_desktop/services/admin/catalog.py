"""A register's products and bundles (seed 8.5, 8.6) and the catalog file's import into the cloud."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any, Protocol

from alsep_desktop.cloud_client.admin_remote import CloudAdmin
from alsep_desktop.cloud_client.catalog_import import send_catalog
from alsep_desktop.cloud_client.errors import CloudUnreachable, SyncNotConfigured
from alsep_desktop.domain.catalog import BundleView, ProductView
from alsep_desktop.domain.quantity import Quantity, Unit
from alsep_desktop.domain.roles import Principal
from alsep_desktop.errors import NotFoundError, ValidationError
from alsep_desktop.exchange.progress import CancelToken, ProgressCallback
from alsep_desktop.exchange.rows import ProductRow
from alsep_desktop.i18n_marker import QT_TRANSLATE_NOOP
from alsep_desktop.kernel.clock import Clock
from alsep_desktop.services.admin.cloud_line import (
    CloudLine,
    CloudRecord,
    register_uuid,
    stale_if_moved,
)
from alsep_desktop.services.admin.records import find_bundle, find_register
from alsep_desktop.services.catalog import (
    CatalogService,
    DuplicateProduct,
    ProductDraft,
    check_bundle,
)
from alsep_desktop.services.changes import Changes, OpResult
from alsep_desktop.services.guard import require_admin
from alsep_desktop.store.models import BundleItem, Product
from alsep_desktop.store.repositories.mapping import product_from_orm
from alsep_desktop.store.uow import SqlUnitOfWork, UowFactory

log = logging.getLogger(__name__)

Items = list[tuple[str, Quantity]]  # (product uuid, quantity) of a bundle

_PRODUCT_FIELDS = ("code", "group_code", "name", "barcode", "price_tiyn", "vat_code", "unit", "ntin", "marked",
                   "editable_price", "markup_bp", "discount_bp")


class CatalogAdmin(Protocol):
    def bundles(self, actor: Principal, register_id: int) -> list[BundleView]: ...
    def add_product(self, actor: Principal, register_id: int,
                    draft: ProductDraft) -> OpResult[ProductView] | OpResult[CloudRecord]: ...
    def update_product(self, actor: Principal, product_uuid: str, draft: ProductDraft,
                       seen: ProductView | None = None) -> OpResult[ProductView] | OpResult[CloudRecord]: ...
    def delete_product(self, actor: Principal, product_uuid: str) -> OpResult[None]: ...
    def add_bundle(self, actor: Principal, register_id: int, name: str, barcode: str,
                   items: Items) -> OpResult[BundleView] | OpResult[CloudRecord]: ...
    def update_bundle(self, actor: Principal, bundle_uuid: str, name: str, barcode: str,
                      items: Items) -> OpResult[None] | OpResult[CloudRecord]: ...
    def delete_bundle(self, actor: Principal, bundle_uuid: str) -> OpResult[None]: ...
    def check_local_import(self) -> None: ...
    def import_catalog(self, actor: Principal, register_id: int, rows: Sequence[ProductRow], *, source: str = "",
                       progress: ProgressCallback | None = None, cancel: CancelToken | None = None) -> OpResult[int]: ...


class LocalCatalog:
    """The catalog of this PC's store (the catalog service's checks and units of work)."""

    def __init__(self, uow: UowFactory, clock: Clock, catalog: CatalogService) -> None:
        self._uow, self._clock, self._catalog = uow, clock, catalog

    def bundles(self, actor: Principal, register_id: int) -> list[BundleView]:
        vat = self._catalog.vat_table
        with self._uow(read_only=True) as uow:
            actor = require_admin(actor, uow)
            find_register(uow, register_id)
            return [
                BundleView(b.uuid, b.name, b.barcode, tuple(
                    (product_from_orm(i.product, vat), Quantity(i.quantity_milli, Unit(i.product.unit)))
                    for i in b.items
                ))
                for b in uow.catalog.bundles(register_id)
            ]

    def add_product(self, actor: Principal, register_id: int, draft: ProductDraft) -> OpResult[ProductView]:
        return self._catalog.add_product(actor, register_id, draft)

    def update_product(self, actor: Principal, product_uuid: str, draft: ProductDraft,
                       seen: ProductView | None = None) -> OpResult[ProductView]:
        return self._catalog.update_product(actor, product_uuid, draft)

    def delete_product(self, actor: Principal, product_uuid: str) -> OpResult[None]:
        return self._catalog.delete_product(actor, product_uuid)

    def add_bundle(self, actor: Principal, register_id: int, name: str, barcode: str,
                   items: Items) -> OpResult[BundleView]:
        return self._catalog.add_bundle(actor, register_id, name, barcode, items)

    def update_bundle(self, actor: Principal, bundle_uuid: str, name: str, barcode: str, items: Items) -> OpResult[None]:
        name, barcode = check_bundle(name, barcode, items)
        with self._uow() as uow:
            actor = require_admin(actor, uow)
            bundle = find_bundle(uow, bundle_uuid)
            rid = bundle.register_id
            other = uow.catalog.bundle_by_barcode(rid, barcode)
            if uow.catalog.by_barcode(rid, barcode) is not None or (other is not None and other.id != bundle.id):
                raise DuplicateProduct(field="barcode", value=barcode)
            bundle.name, bundle.barcode = name, barcode
            bundle.items.clear()
            uow.session.flush()
            for product_uuid, qty in items:
                product = uow.catalog.by_uuid(product_uuid)
                if product is None or product.register_id != rid:
                    raise ValidationError("items", QT_TRANSLATE_NOOP("Reasons", "product {product} is not in this register"),
                                          product=product_uuid)
                if qty.milli <= 0:
                    raise ValidationError("quantity", QT_TRANSLATE_NOOP("Reasons", "must be greater than zero"))
                bundle.items.append(BundleItem(product_id=product.id, quantity_milli=qty.milli))
            uow.audit.record(self._clock.now(), actor.user_id, "update", "bundle", bundle_uuid, name=bundle.name)
            uow.commit()
        return OpResult(None, Changes(catalog=True))

    def delete_bundle(self, actor: Principal, bundle_uuid: str) -> OpResult[None]:
        with self._uow() as uow:
            actor = require_admin(actor, uow)
            bundle = find_bundle(uow, bundle_uuid)
            uow.catalog.delete_bundle(bundle)
            uow.audit.record(self._clock.now(), actor.user_id, "delete", "bundle", bundle_uuid, name=bundle.name)
            uow.commit()
        return OpResult(None, Changes(catalog=True))

    def check_local_import(self) -> None:
        """Without a cloud the file goes into this PC's store: nothing to check first."""

    def import_catalog(self, actor: Principal, register_id: int, rows: Sequence[ProductRow], *, source: str = "",
                       progress: ProgressCallback | None = None, cancel: CancelToken | None = None) -> OpResult[int]:
        """The cloud's import; without a cloud a file is applied by ``exchange.replace_catalog``."""
        with self._uow(read_only=True) as uow:
            require_admin(actor, uow)
            register_uuid(uow, register_id)
        raise SyncNotConfigured()


class CloudCatalog:
    """The catalog in the cloud; bundles listed from the mirror (``local``). A field the cloud
    changed since the window showed it is refused as a stale edit."""

    def __init__(self, line: CloudLine, local: CatalogAdmin, catalog: CatalogService) -> None:
        self._line, self._local, self._vat = line, local, catalog.vat_table

    def bundles(self, actor: Principal, register_id: int) -> list[BundleView]:
        return self._local.bundles(actor, register_id)

    def add_product(self, actor: Principal, register_id: int, draft: ProductDraft) -> OpResult[CloudRecord]:
        body = _product_body(draft.validated(self._vat))
        return self._line.edit(actor, lambda c, uow: c.create_product(register_uuid(uow, register_id), body),
                               Changes(catalog=True))

    def update_product(self, actor: Principal, product_uuid: str, draft: ProductDraft,
                       seen: ProductView | None = None) -> OpResult[CloudRecord]:
        """``seen``: the product as the dialog showed it when opened (else the mirror's row now)."""
        body = _product_body(draft.validated(self._vat))

        def work(c: CloudAdmin, uow: SqlUnitOfWork) -> CloudRecord:
            local = uow.catalog.by_uuid(product_uuid)
            if local is None:
                raise NotFoundError(what="product", key=product_uuid)
            current = c.product(product_uuid)
            stale_if_moved("product", _view_seen(seen) if seen is not None else _product_seen(local), current)
            changed = {k: v for k, v in body.items() if current.get(k) != v}
            return c.patch_product(product_uuid, int(current["version"]), changed) if changed else current

        return self._line.edit(actor, work, Changes(catalog=True))

    def delete_product(self, actor: Principal, product_uuid: str) -> OpResult[None]:
        def work(c: CloudAdmin, uow: SqlUnitOfWork) -> None:
            local = uow.catalog.by_uuid(product_uuid)
            current = c.product(product_uuid)
            if local is not None:
                stale_if_moved("product", _product_seen(local), current)
            c.delete_product(product_uuid, int(current["version"]))

        return self._line.edit(actor, work, Changes(catalog=True))

    def add_bundle(self, actor: Principal, register_id: int, name: str, barcode: str,
                   items: Items) -> OpResult[CloudRecord]:
        name, barcode = check_bundle(name, barcode, items)
        body = {"name": name, "barcode": barcode, "items": _items(items)}
        return self._line.edit(actor, lambda c, uow: c.create_bundle(register_uuid(uow, register_id), body),
                               Changes(catalog=True))

    def update_bundle(self, actor: Principal, bundle_uuid: str, name: str, barcode: str,
                      items: Items) -> OpResult[CloudRecord]:
        name, barcode = check_bundle(name, barcode, items)

        def work(c: CloudAdmin, uow: SqlUnitOfWork) -> CloudRecord:
            local = find_bundle(uow, bundle_uuid)
            current = c.bundle(bundle_uuid)
            stale_if_moved("bundle", {"name": local.name, "barcode": local.barcode}, current)
            return c.patch_bundle(bundle_uuid, int(current["version"]),
                                  {"name": name, "barcode": barcode, "items": _items(items)})

        return self._line.edit(actor, work, Changes(catalog=True))

    def delete_bundle(self, actor: Principal, bundle_uuid: str) -> OpResult[None]:
        def work(c: CloudAdmin, _uow: SqlUnitOfWork) -> None:
            c.delete_bundle(bundle_uuid, int(c.bundle(bundle_uuid)["version"]))

        return self._line.edit(actor, work, Changes(catalog=True))

    def check_local_import(self) -> None:
        """Before a catalog file is chosen: the import goes to the cloud, so the administrator must
        be signed in to it (decision 1419)."""
        self._line.require_sign_in()

    def import_catalog(self, actor: Principal, register_id: int, rows: Sequence[ProductRow], *, source: str = "",
                       progress: ProgressCallback | None = None, cancel: CancelToken | None = None) -> OpResult[int]:
        """A checked catalog file's rows into the register's catalog in the cloud, all or nothing
        (products keyed by code: created or updated), then mirrored back (decision 1419)."""
        with self._line.uow(read_only=True) as uow:
            require_admin(actor, uow)
            reg_uuid = register_uuid(uow, register_id)
        self._line.require_sign_in()
        try:
            out = send_catalog(self._line.cloud, reg_uuid, rows, source=source, progress=progress, cancel=cancel)
        except CloudUnreachable:
            raise self._line.offline() from None
        log.info("catalog import into the cloud: %s rows, %s created, %s updated, %s unchanged%s", out.get("rows"),
                 out.get("created"), out.get("updated"), out.get("unchanged"),
                 " (answered again: applied once)" if out.get("replayed") else "")
        self._line.mirror()
        return OpResult(len(rows), Changes(catalog=True))


def _product_body(draft: ProductDraft) -> CloudRecord:
    return {"code": draft.code.strip(), "group_code": draft.group_code.strip(), "name": draft.name.strip(),
            "barcode": draft.barcode or None, "price_tiyn": draft.price.tiyn, "vat_code": draft.vat_code,
            "unit": draft.unit.value, "ntin": draft.ntin or None, "marked": draft.marked,
            "editable_price": draft.editable_price, "markup_bp": draft.markup_bp, "discount_bp": draft.discount_bp}


def _items(items: Items) -> list[dict[str, Any]]:
    return [{"product_id": uuid, "quantity_milli": qty.milli} for uuid, qty in items]


def _view_seen(view: ProductView) -> CloudRecord:
    """A product as a window showed it, in the cloud's field names."""
    return {"code": view.code, "group_code": view.group_code or "", "name": view.name, "barcode": view.barcode or None,
            "price_tiyn": view.price.tiyn, "vat_code": view.vat.code, "unit": view.unit.value, "ntin": view.ntin or None,
            "marked": view.marked, "editable_price": view.editable_price, "markup_bp": view.markup_bp,
            "discount_bp": view.discount_bp}


def _product_seen(local: Product) -> CloudRecord:
    """The product as this PC's mirror shows it, in the cloud's field names."""
    seen = {k: getattr(local, k, None) for k in _PRODUCT_FIELDS}
    seen["barcode"] = seen["barcode"] or None
    seen["ntin"] = seen["ntin"] or None
    seen["group_code"] = seen["group_code"] or ""
    return seen
