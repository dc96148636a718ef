"""A register's catalog imported in one request, all or nothing (admin; decision 1419)."""

from __future__ import annotations

from fastapi import APIRouter

from alsep_cloud.api.deps import AdminDep, Ctx, Db
from alsep_cloud.schemas.catalog_import import CatalogImportIn, CatalogImportOut
from alsep_cloud.schemas.common import ERRORS
from alsep_cloud.services import catalog_import

router = APIRouter(tags=["catalog"], responses=ERRORS)


@router.post("/registers/{register_id}/products/import", response_model=CatalogImportOut,
             summary="Import a catalog")
def import_products(register_id: str, body: CatalogImportIn, admin: AdminDep, ctx: Ctx, db: Db) -> dict:
    """Products keyed by code: new codes are created, known ones updated, in ONE transaction.
    A refused row answers 422 with ``params.row`` (the row of the file) and ``params.field``, and
    nothing is applied. The same ``key`` again answers the first result with ``replayed: true``."""
    return catalog_import.import_products(ctx, db, admin, register_id, body.key, body.rows, body.source)
