"""Products and bundles per register (admin)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, status

from alsep_cloud.api.deps import AdminDep, Ctx, Db
from alsep_cloud.schemas.catalog import (
    BundleIn,
    BundleOut,
    BundlePatch,
    ProductIn,
    ProductOut,
    ProductPatch,
)
from alsep_cloud.schemas.common import ERRORS, Deleted
from alsep_cloud.services import catalog

router = APIRouter(tags=["catalog"], responses=ERRORS)
VersionQ = Query(ge=1, description="the current version")


@router.get("/registers/{register_id}/products", response_model=list[ProductOut], summary="List products")
def list_products(register_id: str, admin: AdminDep, db: Db) -> list[dict[str, Any]]:
    """The register's products (each register has its own catalog, seed 8.6)."""
    return catalog.list_products(db, admin, register_id)


@router.post("/registers/{register_id}/products", response_model=ProductOut, status_code=status.HTTP_201_CREATED,
             summary="Create a product")
def create_product(register_id: str, body: ProductIn, admin: AdminDep, ctx: Ctx, db: Db) -> dict[str, Any]:
    """Code and barcode are unique on the register; price in tiyn; VAT code; OKEI unit; NTIN;
    marked flag; editable price; markup and discount in basis points."""
    return catalog.create_product(ctx, db, admin, register_id, body.model_dump())


@router.get("/products/{product_id}", response_model=ProductOut, summary="Get a product")
def get_product(product_id: str, admin: AdminDep, db: Db) -> dict[str, Any]:
    """One product of the company."""
    return catalog.get_product(db, admin, product_id)


@router.patch("/products/{product_id}", response_model=ProductOut, summary="Edit a product")
def patch_product(product_id: str, body: ProductPatch, admin: AdminDep, ctx: Ctx, db: Db) -> dict[str, Any]:
    """Versioned edit: a stale ``version`` is refused naming the fields changed since."""
    return catalog.patch_product(ctx, db, admin, product_id, body.model_dump(exclude_unset=True))


@router.delete("/products/{product_id}", response_model=Deleted, summary="Delete a product")
def delete_product(product_id: str, admin: AdminDep, ctx: Ctx, db: Db, version: int = VersionQ) -> dict[str, Any]:
    """The product leaves its bundles too (seed 8.6); registers get a tombstone."""
    return catalog.delete_product(ctx, db, admin, product_id, version)


@router.get("/registers/{register_id}/bundles", response_model=list[BundleOut], summary="List bundles")
def list_bundles(register_id: str, admin: AdminDep, db: Db) -> list[dict[str, Any]]:
    """Bundles («пакеты товаров») of the register."""
    return catalog.list_bundles(db, admin, register_id)


@router.post("/registers/{register_id}/bundles", response_model=BundleOut, status_code=status.HTTP_201_CREATED,
             summary="Create a bundle")
def create_bundle(register_id: str, body: BundleIn, admin: AdminDep, ctx: Ctx, db: Db) -> dict[str, Any]:
    """Name, barcode and items (products of the same register, quantity in milli-units)."""
    return catalog.create_bundle(ctx, db, admin, register_id, body.model_dump())


@router.get("/bundles/{bundle_id}", response_model=BundleOut, summary="Get a bundle")
def get_bundle(bundle_id: str, admin: AdminDep, db: Db) -> dict[str, Any]:
    """One bundle of the company."""
    return catalog.get_bundle(db, admin, bundle_id)


@router.patch("/bundles/{bundle_id}", response_model=BundleOut, summary="Edit a bundle")
def patch_bundle(bundle_id: str, body: BundlePatch, admin: AdminDep, ctx: Ctx, db: Db) -> dict[str, Any]:
    """Versioned edit; ``items`` replaces the whole list."""
    return catalog.patch_bundle(ctx, db, admin, bundle_id, body.model_dump(exclude_unset=True))


@router.delete("/bundles/{bundle_id}", response_model=Deleted, summary="Delete a bundle")
def delete_bundle(bundle_id: str, admin: AdminDep, ctx: Ctx, db: Db, version: int = VersionQ) -> dict[str, Any]:
    """Registers get a tombstone."""
    return catalog.delete_bundle(ctx, db, admin, bundle_id, version)
