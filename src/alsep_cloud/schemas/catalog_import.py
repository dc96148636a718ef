"""A register's catalog imported in one request (decision 1419)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from alsep_cloud.schemas.catalog import ProductIn
from alsep_cloud.schemas.common import Key, Strict

#: the most rows one import takes (a 100,000-product catalog fits twice)
MAX_ROWS = 200_000


class ImportRow(ProductIn):
    """A product as in ``POST /registers/{id}/products``, with the row number in the file it came from."""

    row: int | None = Field(default=None, ge=1, description="the row of the file (named by a refusal)")


class CatalogImportIn(Strict):
    key: Key = Field(description="idempotency key: an import retried with the same key is applied once")
    source: str = Field(default="", max_length=255, description="the file name(s), for the audit")
    rows: list[dict[str, Any]] = Field(max_length=MAX_ROWS,
                                       description="products keyed by code: a new code is created, a known one updated")


class CatalogImportOut(BaseModel):
    key: str
    register_id: str
    rows: int
    created: int
    updated: int
    unchanged: int
    replayed: bool = Field(description="true when this key was applied before: nothing was applied now")
