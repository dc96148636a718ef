"""Registers and device binding (admin)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, status

from alsep_cloud.api.deps import AdminDep, Ctx, Db
from alsep_cloud.schemas.common import ERRORS
from alsep_cloud.schemas.org import (
    BindIn,
    BindOut,
    RegisterIn,
    RegisterOfdIn,
    RegisterOut,
    RegisterPatch,
)
from alsep_cloud.services import registers

router = APIRouter(tags=["registers"], responses=ERRORS)


@router.get("/registers", response_model=list[RegisterOut], summary="List registers")
def list_registers(admin: AdminDep, db: Db) -> list[dict[str, Any]]:
    """Registers (ККМ) of the company with status and binding (seed 6.1, 9.1)."""
    return registers.list_registers(db, admin)


@router.post("/registers", response_model=RegisterOut, status_code=status.HTTP_201_CREATED,
             summary="Create a register")
def create_register(body: RegisterIn, admin: AdminDep, ctx: Ctx, db: Db) -> dict[str, Any]:
    """A serial number is assigned and the «Свободная позиция» product created (seed 6.1, 8.6)."""
    return registers.create_register(ctx, db, admin, body.model_dump())


@router.get("/registers/{register_id}", response_model=RegisterOut, summary="Get a register")
def get_register(register_id: str, admin: AdminDep, db: Db) -> dict[str, Any]:
    """One register of the company; the OFD token itself is never shown."""
    return registers.get_register(db, admin, register_id)


@router.patch("/registers/{register_id}", response_model=RegisterOut, summary="Edit a register")
def patch_register(register_id: str, body: RegisterPatch, admin: AdminDep, ctx: Ctx, db: Db) -> dict[str, Any]:
    """Name, trade point, status (``blocked`` blocks it). Versioned."""
    return registers.patch_register(ctx, db, admin, register_id, body.model_dump(exclude_unset=True))


@router.post("/registers/{register_id}/ofd", response_model=RegisterOut, summary="Update OFD data («Обновить данные»)")
def update_ofd(register_id: str, body: RegisterOfdIn, admin: AdminDep, ctx: Ctx, db: Db) -> dict[str, Any]:
    """The OFD's system id, registration number and token (seed 6.3, 8.4); the register
    becomes active. Versioned."""
    return registers.update_ofd(ctx, db, admin, register_id, body.model_dump())


@router.post("/registers/{register_id}/bind", response_model=BindOut, summary="Bind the register to a device")
def bind(register_id: str, body: BindIn, admin: AdminDep, ctx: Ctx, db: Db) -> dict[str, Any]:
    """Seed 9.1: an admin picks the register on the device. Answers the device credential
    (once). If another device holds the register: 409 ``org.register_bound_elsewhere``,
    «Данный ККМ привязан к другому устройству»."""
    view, credential = registers.bind(ctx, db, admin, register_id, body.device_id)
    return {"register": view, "credential": credential}


@router.post(
    "/registers/{register_id}/unbind", response_model=RegisterOut, summary="Unbind the device («Отвязать устройство»)"
)
def unbind(register_id: str, admin: AdminDep, ctx: Ctx, db: Db) -> dict[str, Any]:
    """The bound device's credential is refused from the next request on."""
    return registers.unbind(ctx, db, admin, register_id)
