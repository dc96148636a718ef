"""A register's catalog imported in one request, all or nothing (admin; decision 1419).

The body is read here, not by FastAPI's body parameter: FastAPI would keep the parsed JSON on the
request and pydantic a second copy of every row for the whole request; read here, the bytes are
dropped once parsed and each row's dict once checked, so a 100,000-row import holds one copy."""

from __future__ import annotations

import json
from typing import Any

import pydantic
from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError

from alsep_cloud.api.deps import AdminDep, Ctx, Db
from alsep_cloud.errors import ValidationError
from alsep_cloud.schemas.catalog_import import MAX_ROWS, CatalogImportIn, CatalogImportOut
from alsep_cloud.schemas.common import ERRORS
from alsep_cloud.services import catalog_import

router = APIRouter(tags=["catalog"], responses=ERRORS)
MAX_BODY_MB = 256

_BODY = {"requestBody": {"required": True, "content": {"application/json": {
    "schema": CatalogImportIn.model_json_schema()}}}}


async def _json(request: Request) -> dict[str, Any]:
    buf = bytearray()
    async for chunk in request.stream():
        buf += chunk
        if len(buf) > MAX_BODY_MB * 1024 * 1024:
            raise ValidationError("body", "an import is at most {limit} MB", limit=MAX_BODY_MB)
    try:
        data = json.loads(buf)
    except ValueError:
        raise ValidationError("body", "not a JSON document") from None
    if not isinstance(data, dict):
        raise ValidationError("body", "a JSON object is expected")
    return data


@router.post("/registers/{register_id}/products/import", response_model=CatalogImportOut,
             summary="Import a catalog", openapi_extra=_BODY)
async def import_products(register_id: str, request: Request, admin: AdminDep, ctx: Ctx, db: Db) -> dict[str, Any]:
    """Products keyed by code: new codes are created, known ones updated, in ONE transaction.
    A refused row answers 422 with ``params.row`` (the row of the file) and ``params.field``, and
    nothing is applied. The same ``key`` again answers the first result with ``replayed: true``."""
    data = await _json(request)
    rows = data.pop("rows", None)
    try:
        head = CatalogImportIn.model_validate({**data, "rows": []})
    except pydantic.ValidationError as exc:
        raise RequestValidationError(exc.errors()) from None
    if not isinstance(rows, list):
        raise ValidationError("rows", "a list of products is expected")
    if len(rows) > MAX_ROWS:
        raise ValidationError("rows", "at most {limit} products per import", limit=MAX_ROWS)
    return await run_in_threadpool(catalog_import.import_products, ctx, db, admin, register_id, head.key, rows,
                                   head.source)
