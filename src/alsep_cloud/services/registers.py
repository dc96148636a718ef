"""Registers (seed 6.1, 6.3, 8.3, 8.4) and binding a register to one device (seed 9.1).

Binding hands the device a credential (shown once) and keeps only its keyed hash; binding a
register another device holds is refused with the seed's «Данный ККМ привязан к другому
устройству» until an admin presses «Отвязать устройство», which revokes the credential at once.
"""

from __future__ import annotations

import secrets
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from alsep_cloud.auth.devices import credential_hash, new_credential
from alsep_cloud.errors import RegisterBoundElsewhere
from alsep_cloud.services import versioning as v
from alsep_cloud.services.context import Admin, CloudContext
from alsep_cloud.services.views import product_view, register_view
from alsep_cloud.store.catalog import Product
from alsep_cloud.store.tenant import Company, Register, TradePoint
from alsep_desktop.domain.catalog import FREE_POSITION_CODE, FREE_POSITION_GROUP, FREE_POSITION_NAME
from alsep_desktop.domain.quantity import Unit
from alsep_desktop.domain.tax import DEFAULT_VAT_TABLE
from alsep_desktop.errors import ValidationError

FREE_POSITION_BARCODE = "000000000000"


def list_registers(session: Session, admin: Admin) -> list[dict[str, Any]]:
    rows = session.scalars(
        select(Register).where(Register.company_id == admin.company_id).order_by(Register.created_at)
    )
    return [register_view(r) for r in rows]


def get_register(session: Session, admin: Admin, register_id: str) -> dict[str, Any]:
    return register_view(v.owned(session, Register, register_id, admin.company_id, "register"))


def _new_serial(session: Session, now: datetime) -> str:
    """16 digits as in the seed: creation time YYYYMMDDhhmmss and two random digits."""
    stamp = now.strftime("%Y%m%d%H%M%S")
    for _ in range(100):
        serial = f"{stamp}{secrets.randbelow(100):02d}"
        if session.scalar(select(Register.id).where(Register.serial_number == serial)) is None:
            return serial
    return f"{stamp[:10]}{secrets.randbelow(10**6):06d}"


def create_register(ctx: CloudContext, session: Session, admin: Admin, data: dict[str, Any]) -> dict[str, Any]:
    """A new register with its serial number and the «Свободная позиция» product (seed 8.6)."""
    now = ctx.now()
    year = data.get("year_of_manufacture") or now.year
    if not 2000 <= year <= now.year:
        raise ValidationError("year_of_manufacture", "{value} is not a plausible year", value=year)
    last = v.lock_company(session, admin.company_id, 2)
    tp = v.owned(session, TradePoint, data["trade_point_id"], admin.company_id, "trade point")
    company = session.get(Company, admin.company_id)
    assert company is not None
    reg = Register(company_id=admin.company_id, trade_point_id=tp.id, name=data["name"],
                   serial_number=_new_serial(session, now), year_of_manufacture=year, vat_payer=company.vat_payer,
                   status="new", created_at=now, updated_at=now, version=1, seq=last - 1)
    session.add(reg)
    session.flush()
    vat = DEFAULT_VAT_TABLE.default if company.vat_payer else DEFAULT_VAT_TABLE.get("none")
    free = Product(company_id=admin.company_id, register_id=reg.id, code=FREE_POSITION_CODE,
                   group_code=FREE_POSITION_GROUP, name=FREE_POSITION_NAME, barcode=FREE_POSITION_BARCODE,
                   price_tiyn=0, vat_code=vat.code, unit=Unit.PIECE.value, editable_price=True,
                   created_at=now, updated_at=now, version=1, seq=last)
    session.add(free)
    session.flush()
    v.record(session, "register", reg, register_view(reg), admin.user_id, now)
    v.record(session, "product", free, product_view(free), admin.user_id, now)
    session.commit()
    return register_view(reg)


def _edit(ctx: CloudContext, session: Session, admin: Admin, register_id: str,
          version: int | None) -> tuple[Register, int]:
    seq = v.lock_company(session, admin.company_id)
    reg = v.owned(session, Register, register_id, admin.company_id, "register")
    if version is not None:
        v.check_version(session, "register", reg, version, register_view)
    return reg, seq


def _done(ctx: CloudContext, session: Session, admin: Admin, reg: Register, seq: int) -> dict[str, Any]:
    now = ctx.now()
    v.bump(reg, now, seq)
    v.record(session, "register", reg, register_view(reg), admin.user_id, now)
    session.commit()
    return register_view(reg)


def patch_register(
    ctx: CloudContext, session: Session, admin: Admin, register_id: str, patch: dict[str, Any]
) -> dict[str, Any]:
    version = patch.pop("version")
    reg, seq = _edit(ctx, session, admin, register_id, version)
    if patch.get("trade_point_id") is not None:
        v.owned(session, TradePoint, patch["trade_point_id"], admin.company_id, "trade point")
    for key, value in patch.items():
        if value is not None:
            setattr(reg, key, value)
    if reg.status == "active" and not (reg.ofd_system_id and reg.registration_number and reg.ofd_token):
        raise ValidationError("status", "a register becomes active only with its OFD data")
    return _done(ctx, session, admin, reg, seq)


def update_ofd(
    ctx: CloudContext, session: Session, admin: Admin, register_id: str, data: dict[str, Any]
) -> dict[str, Any]:
    """«Обновить данные»: the OFD's system id, registration number and token (seed 6.3, 8.4)."""
    reg, seq = _edit(ctx, session, admin, register_id, data.pop("version"))
    reg.ofd_system_id = data["ofd_system_id"]
    reg.registration_number = data["registration_number"].strip()
    if data.get("ofd_token"):
        reg.ofd_token = data["ofd_token"]
        reg.ofd_token_updated_at = ctx.now()
    elif reg.ofd_token is None:  # an empty token field keeps the stored one; there must be one
        raise ValidationError("ofd_token", "required")
    reg.vat_payer = data["vat_payer"]
    if reg.status != "blocked":
        reg.status = "active"
    return _done(ctx, session, admin, reg, seq)


def bind(
    ctx: CloudContext, session: Session, admin: Admin, register_id: str, device_id: str
) -> tuple[dict[str, Any], str]:
    reg, seq = _edit(ctx, session, admin, register_id, None)
    if reg.device_credential_hash is not None and reg.device_id != device_id:
        raise RegisterBoundElsewhere(register_id=reg.id, ru=RegisterBoundElsewhere.seed_message)
    credential = new_credential()  # the same device binding again gets a fresh one; the old stops
    reg.device_id = device_id
    reg.device_credential_hash = credential_hash(ctx.pepper, credential)
    reg.device_bound_at = ctx.now()
    return _done(ctx, session, admin, reg, seq), credential


def unbind(ctx: CloudContext, session: Session, admin: Admin, register_id: str) -> dict[str, Any]:
    """«Отвязать устройство»: the device's credential is refused from the next request on."""
    reg, seq = _edit(ctx, session, admin, register_id, None)
    reg.device_id = None
    reg.device_credential_hash = None
    reg.device_bound_at = None
    return _done(ctx, session, admin, reg, seq)
