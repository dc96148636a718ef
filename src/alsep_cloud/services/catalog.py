"""Products and bundles of each register (seed 8.6). Deletions are soft: the row stays as a
tombstone for the change feed. Deleting a product takes it out of its bundles too."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from alsep_cloud.errors import Duplicate
from alsep_cloud.services import versioning as v
from alsep_cloud.services.context import Admin, CloudContext
from alsep_cloud.services.validate import barcode as check_barcode
from alsep_cloud.services.validate import product_fields
from alsep_cloud.services.views import bundle_view, product_view
from alsep_cloud.store.catalog import Bundle, BundleItem, Product
from alsep_cloud.store.tenant import Register
from alsep_desktop.errors import ValidationError


def _register(session: Session, admin: Admin, register_id: str) -> Register:
    return v.owned(session, Register, register_id, admin.company_id, "register")


def _unique(session: Session, register_id: str, *, code: str | None = None, barcode: str | None = None,
            product_id: str | None = None, bundle_id: str | None = None) -> None:
    if code is not None:
        other = session.scalar(select(Product.id).where(Product.register_id == register_id, Product.code == code,
                                                        Product.deleted.is_(False), Product.id != (product_id or "")))
        if other:
            raise Duplicate(what="product", field="code", value=code)
    if barcode is not None:
        other = session.scalar(select(Product.id).where(Product.register_id == register_id, Product.barcode == barcode,
                                                        Product.deleted.is_(False), Product.id != (product_id or "")))
        other = other or session.scalar(select(Bundle.id).where(Bundle.register_id == register_id,
                                                                Bundle.barcode == barcode, Bundle.deleted.is_(False),
                                                                Bundle.id != (bundle_id or "")))
        if other:
            raise Duplicate(what="product or bundle", field="barcode", value=barcode)


# -- products -----------------------------------------------------------------------------------
def list_products(session: Session, admin: Admin, register_id: str) -> list[dict[str, Any]]:
    reg = _register(session, admin, register_id)
    rows = session.scalars(select(Product).where(Product.register_id == reg.id, Product.deleted.is_(False))
                           .order_by(Product.code))
    return [product_view(p) for p in rows]


def get_product(session: Session, admin: Admin, product_id: str) -> dict[str, Any]:
    return product_view(v.owned(session, Product, product_id, admin.company_id, "product"))


def create_product(
    ctx: CloudContext, session: Session, admin: Admin, register_id: str, data: dict[str, Any]
) -> dict[str, Any]:
    now = ctx.now()
    fields = product_fields(data)
    seq = v.lock_company(session, admin.company_id)
    reg = _register(session, admin, register_id)
    _unique(session, reg.id, code=fields["code"], barcode=fields.get("barcode"))
    product = Product(company_id=admin.company_id, register_id=reg.id, created_at=now, updated_at=now, version=1,
                      seq=seq, **fields)
    session.add(product)
    session.flush()
    v.record(session, "product", product, product_view(product), admin.user_id, now)
    session.commit()
    return product_view(product)


def patch_product(
    ctx: CloudContext, session: Session, admin: Admin, product_id: str, patch: dict[str, Any]
) -> dict[str, Any]:
    now = ctx.now()
    version = patch.pop("version")
    for key in ("code", "name", "price_tiyn", "vat_code", "unit", "marked", "editable_price", "markup_bp",
                "discount_bp", "group_code"):
        if key in patch and patch[key] is None:
            raise ValidationError(key, "may not be null")
    fields = product_fields(patch)
    seq = v.lock_company(session, admin.company_id)
    product = v.owned(session, Product, product_id, admin.company_id, "product")
    v.check_version(session, "product", product, version, product_view)
    _unique(session, product.register_id, code=fields.get("code"), barcode=fields.get("barcode"), product_id=product.id)
    for key, value in fields.items():
        setattr(product, key, value)
    v.bump(product, now, seq)
    v.record(session, "product", product, product_view(product), admin.user_id, now)
    session.commit()
    return product_view(product)


def delete_product(ctx: CloudContext, session: Session, admin: Admin, product_id: str, version: int) -> dict[str, Any]:
    now = ctx.now()
    v.lock_company(session, admin.company_id)
    product = v.owned(session, Product, product_id, admin.company_id, "product")
    v.check_version(session, "product", product, version, product_view)
    bundles = list(session.scalars(
        select(Bundle).join(BundleItem, BundleItem.bundle_id == Bundle.id)
        .where(BundleItem.product_id == product.id, Bundle.deleted.is_(False)).distinct()
    ))
    last = v.lock_company(session, admin.company_id, 1 + len(bundles))
    for i, bundle in enumerate(bundles):
        bundle.items = [item for item in bundle.items if item.product_id != product.id]
        if not bundle.items:
            bundle.deleted = True
        v.bump(bundle, now, last - len(bundles) + i)
        v.record(session, "bundle", bundle, bundle_view(bundle), admin.user_id, now)
    product.deleted = True
    v.bump(product, now, last)
    v.record(session, "product", product, {**product_view(product), "deleted": True}, admin.user_id, now)
    session.commit()
    return {"id": product.id, "deleted": True, "version": product.version}


# -- bundles ------------------------------------------------------------------------------------
def _items(session: Session, register_id: str, items: list[dict[str, Any]]) -> list[BundleItem]:
    out = []
    for row, item in enumerate(items):
        product = session.get(Product, item["product_id"])
        if product is None or product.register_id != register_id or product.deleted:
            raise ValidationError("items.product_id", "no product {value} on this register", row=row,
                                  value=item["product_id"])
        out.append(BundleItem(product_id=product.id, position=row + 1, quantity_milli=item["quantity_milli"]))
    return out


def list_bundles(session: Session, admin: Admin, register_id: str) -> list[dict[str, Any]]:
    reg = _register(session, admin, register_id)
    rows = session.scalars(select(Bundle).where(Bundle.register_id == reg.id, Bundle.deleted.is_(False))
                           .order_by(Bundle.name))
    return [bundle_view(b) for b in rows]


def get_bundle(session: Session, admin: Admin, bundle_id: str) -> dict[str, Any]:
    return bundle_view(v.owned(session, Bundle, bundle_id, admin.company_id, "bundle"))


def create_bundle(
    ctx: CloudContext, session: Session, admin: Admin, register_id: str, data: dict[str, Any]
) -> dict[str, Any]:
    now = ctx.now()
    barcode = check_barcode(data["barcode"])
    seq = v.lock_company(session, admin.company_id)
    reg = _register(session, admin, register_id)
    _unique(session, reg.id, barcode=barcode)
    bundle = Bundle(company_id=admin.company_id, register_id=reg.id, name=data["name"], barcode=barcode,
                    created_at=now, updated_at=now, version=1, seq=seq)
    bundle.items = _items(session, reg.id, data["items"])
    session.add(bundle)
    session.flush()
    v.record(session, "bundle", bundle, bundle_view(bundle), admin.user_id, now)
    session.commit()
    return bundle_view(bundle)


def patch_bundle(
    ctx: CloudContext, session: Session, admin: Admin, bundle_id: str, patch: dict[str, Any]
) -> dict[str, Any]:
    now = ctx.now()
    version = patch.pop("version")
    for key in ("name", "barcode", "items"):
        if key in patch and patch[key] is None:
            raise ValidationError(key, "may not be null")
    if "barcode" in patch:
        patch["barcode"] = check_barcode(patch["barcode"])
    seq = v.lock_company(session, admin.company_id)
    bundle = v.owned(session, Bundle, bundle_id, admin.company_id, "bundle")
    v.check_version(session, "bundle", bundle, version, bundle_view)
    if "barcode" in patch:
        _unique(session, bundle.register_id, barcode=patch["barcode"], bundle_id=bundle.id)
    if "items" in patch:
        bundle.items = _items(session, bundle.register_id, patch.pop("items"))
    for key, value in patch.items():
        setattr(bundle, key, value)
    v.bump(bundle, now, seq)
    session.flush()
    v.record(session, "bundle", bundle, bundle_view(bundle), admin.user_id, now)
    session.commit()
    return bundle_view(bundle)


def delete_bundle(ctx: CloudContext, session: Session, admin: Admin, bundle_id: str, version: int) -> dict[str, Any]:
    now = ctx.now()
    seq = v.lock_company(session, admin.company_id)
    bundle = v.owned(session, Bundle, bundle_id, admin.company_id, "bundle")
    v.check_version(session, "bundle", bundle, version, bundle_view)
    bundle.deleted = True
    v.bump(bundle, now, seq)
    v.record(session, "bundle", bundle, {**bundle_view(bundle), "deleted": True}, admin.user_id, now)
    session.commit()
    return {"id": bundle.id, "deleted": True, "version": bundle.version}
