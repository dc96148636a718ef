"""Company and trade points (admin)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, status

from alsep_cloud.api.deps import AdminDep, Ctx, Db
from alsep_cloud.schemas.common import ERRORS, Deleted
from alsep_cloud.schemas.org import (
    CompanyOut,
    CompanyPatch,
    TradePointIn,
    TradePointOut,
    TradePointPatch,
)
from alsep_cloud.services import org

router = APIRouter(tags=["company"], responses=ERRORS)


@router.get("/company", response_model=CompanyOut, summary="Company data")
def get_company(admin: AdminDep, db: Db) -> dict[str, Any]:
    """The caller's company (seed 5.2)."""
    return org.get_company(db, admin)


@router.patch("/company", response_model=CompanyOut, summary="Edit company data")
def patch_company(body: CompanyPatch, admin: AdminDep, ctx: Ctx, db: Db) -> dict[str, Any]:
    """Any field but the IIN/BIN (seed 8.2). ``version`` must be the current one, else 409
    ``conflict.stale_version`` names the fields changed since, with their current values."""
    return org.patch_company(ctx, db, admin, body.model_dump(exclude_unset=True))


@router.get("/trade-points", response_model=list[TradePointOut], summary="List trade points")
def list_trade_points(admin: AdminDep, db: Db) -> list[dict[str, Any]]:
    """Trade points of the company (seed 5.3)."""
    return org.list_trade_points(db, admin)


@router.post("/trade-points", response_model=TradePointOut, status_code=status.HTTP_201_CREATED,
             summary="Create a trade point")
def create_trade_point(body: TradePointIn, admin: AdminDep, ctx: Ctx, db: Db) -> dict[str, Any]:
    """Name, addresses (Russian, Kazakh) and coordinates in millionths of a degree, both or neither."""
    return org.create_trade_point(ctx, db, admin, body.model_dump())


@router.get("/trade-points/{trade_point_id}", response_model=TradePointOut, summary="Get a trade point")
def get_trade_point(trade_point_id: str, admin: AdminDep, db: Db) -> dict[str, Any]:
    """One trade point of the company."""
    return org.get_trade_point(db, admin, trade_point_id)


@router.patch("/trade-points/{trade_point_id}", response_model=TradePointOut, summary="Edit a trade point")
def patch_trade_point(trade_point_id: str, body: TradePointPatch, admin: AdminDep, ctx: Ctx, db: Db) -> dict[str, Any]:
    """Versioned edit; its registers' settings move in the change feed."""
    return org.patch_trade_point(ctx, db, admin, trade_point_id, body.model_dump(exclude_unset=True))


@router.delete("/trade-points/{trade_point_id}", response_model=Deleted, summary="Delete a trade point")
def delete_trade_point(trade_point_id: str, admin: AdminDep, ctx: Ctx, db: Db,
                       version: int = Query(ge=1, description="the current version")) -> dict[str, Any]:
    """Refused (``conflict.in_use``) while registers stand there."""
    return org.delete_trade_point(ctx, db, admin, trade_point_id, version)
