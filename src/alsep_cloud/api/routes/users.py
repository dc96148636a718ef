"""Users (admin)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, status

from alsep_cloud.api.deps import AdminDep, Ctx, Db
from alsep_cloud.schemas.common import ERRORS, Deleted
from alsep_cloud.schemas.org import UserIn, UserOut, UserPatch
from alsep_cloud.services import users

router = APIRouter(tags=["users"], responses=ERRORS)


@router.get("/users", response_model=list[UserOut], summary="List users")
def list_users(admin: AdminDep, db: Db) -> list[dict[str, Any]]:
    """Admins and cashiers of the company (seed 8.5). Password hashes are never shown."""
    return users.list_users(db, admin)


@router.post("/users", response_model=UserOut, status_code=status.HTTP_201_CREATED, summary="Create a user")
def create_user(body: UserIn, admin: AdminDep, ctx: Ctx, db: Db) -> dict[str, Any]:
    """Login (e-mail), password (stored as an argon2 hash), role, optional IIN and birth date;
    ``all_registers`` or ``register_ids``: where the user may sell."""
    return users.create_user(ctx, db, admin, body.model_dump())


@router.get("/users/{user_id}", response_model=UserOut, summary="Get a user")
def get_user(user_id: str, admin: AdminDep, db: Db) -> dict[str, Any]:
    """One user of the company."""
    return users.get_user(db, admin, user_id)


@router.patch("/users/{user_id}", response_model=UserOut, summary="Edit, block or re-password a user")
def patch_user(user_id: str, body: UserPatch, admin: AdminDep, ctx: Ctx, db: Db) -> dict[str, Any]:
    """Versioned edit. ``blocked: true`` revokes the user on every register at the next feed
    read; a new ``password`` ends the user's admin tokens."""
    return users.patch_user(ctx, db, admin, user_id, body.model_dump(exclude_unset=True))


@router.delete("/users/{user_id}", response_model=Deleted, summary="Delete a user")
def delete_user(user_id: str, admin: AdminDep, ctx: Ctx, db: Db,
                version: int = Query(ge=1, description="the current version")) -> dict[str, Any]:
    """The user is revoked on every register; the login becomes free again."""
    return users.delete_user(ctx, db, admin, user_id, version)
