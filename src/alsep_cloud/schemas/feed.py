"""The change feed a register mirrors."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field


class ChangeOut(BaseModel):
    seq: int = Field(description="company-wide change number; the page is ordered by it")
    kind: Literal["product", "bundle", "user", "register"]
    id: str
    op: Literal["upsert", "delete", "revoke"] = Field(
        description="upsert: the whole current record in data; delete: a tombstone; "
                    "revoke: the user may no longer sell here (blocked, deleted or not allowed)")
    data: dict[str, Any]


class FeedOut(BaseModel):
    register_id: str
    after: int
    next: int = Field(description="pass as ?after= for the next page (also after the last one, later)")
    has_more: bool
    changes: list[ChangeOut]
    remaining: int | None = Field(default=None, description="with ?count=true: changes waiting after `after`")


class RegisterSettingsOut(BaseModel):
    id: str
    name: str
    serial_number: str
    year_of_manufacture: int
    status: str
    vat_payer: bool
    ofd: dict[str, Any]
    trade_point: dict[str, Any]
    company: dict[str, Any]
    version: int
