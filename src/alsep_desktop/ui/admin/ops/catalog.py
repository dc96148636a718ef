"""Products, bundles and catalog files of a register (admin tab, decision 2131)."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from alsep_desktop.app.bootstrap import AppContext
from alsep_desktop.domain.catalog import BundleView, ProductView
from alsep_desktop.domain.roles import Principal
from alsep_desktop.exchange.progress import CancelToken, ProgressCallback
from alsep_desktop.services.admin.catalog import Items
from alsep_desktop.services.admin.choice import AdminServices
from alsep_desktop.services.admin.cloud_line import CloudRecord
from alsep_desktop.services.catalog import CatalogService, ProductDraft
from alsep_desktop.services.changes import OpResult
from alsep_desktop.services.exchange import (
    CatalogImported,
    CatalogPreview,
    apply_catalog_file,
    export_catalog_file,
    preview_catalog_file,
)
from alsep_desktop.ui.admin.ops import Op

Catalog = tuple[int, list[ProductView], list[BundleView]]


def load_catalog(admin: AdminServices, catalog: CatalogService, actor: Principal, register_id: int) -> Op[Catalog]:
    """The register's products and bundles, with the register's id (the combo may have moved on)."""

    def op() -> Catalog:
        return register_id, catalog.list_products(register_id), admin.catalog.bundles(actor, register_id)

    return op


def add_product(admin: AdminServices, actor: Principal, register_id: int,
                draft: ProductDraft) -> Op[OpResult[ProductView] | OpResult[CloudRecord]]:
    return partial(admin.catalog.add_product, actor, register_id, draft)


def save_product(admin: AdminServices, actor: Principal, product_uuid: str, draft: ProductDraft,
                 seen: ProductView) -> Op[OpResult[ProductView] | OpResult[CloudRecord]]:
    """``seen``: the product as the dialog showed it (a cloud refuses a change made since)."""
    return partial(admin.catalog.update_product, actor, product_uuid, draft, seen=seen)


def delete_product(admin: AdminServices, actor: Principal, product_uuid: str) -> Op[OpResult[None]]:
    return partial(admin.catalog.delete_product, actor, product_uuid)


def add_bundle(admin: AdminServices, actor: Principal, register_id: int, name: str, barcode: str,
               items: Items) -> Op[OpResult[BundleView] | OpResult[CloudRecord]]:
    return partial(admin.catalog.add_bundle, actor, register_id, name, barcode, items)


def save_bundle(admin: AdminServices, actor: Principal, bundle_uuid: str, name: str, barcode: str,
                items: Items) -> Op[OpResult[None] | OpResult[CloudRecord]]:
    return partial(admin.catalog.update_bundle, actor, bundle_uuid, name, barcode, items)


def delete_bundle(admin: AdminServices, actor: Principal, bundle_uuid: str) -> Op[OpResult[None]]:
    return partial(admin.catalog.delete_bundle, actor, bundle_uuid)


def preview_catalog(ctx: AppContext, actor: Principal, register_id: int, path: str, offers: str | None, *,
                    progress: ProgressCallback, cancel: CancelToken) -> Op[CatalogPreview]:
    """Read a catalog file without applying it (nothing changes)."""
    return partial(preview_catalog_file, ctx, actor, Path(path), offers=offers, register_id=register_id,
                   progress=progress, cancel=cancel)


def import_catalog(ctx: AppContext, actor: Principal, register_id: int, path: str, offers: str | None,
                   preview: CatalogPreview, *, replace: bool, progress: ProgressCallback,
                   cancel: CancelToken) -> Op[OpResult[CatalogImported]]:
    """The file as its preview read it (same encoding, separator, price type) into the catalog."""
    return partial(apply_catalog_file, ctx, actor, register_id, Path(path), offers=offers,
                   price_type=preview.price_type, encoding=preview.encoding, delimiter=preview.delimiter,
                   replace=replace, progress=progress, cancel=cancel)


def export_catalog(ctx: AppContext, actor: Principal, register_id: int, path: str) -> Op[int]:
    return partial(export_catalog_file, ctx, actor, register_id, Path(path))
