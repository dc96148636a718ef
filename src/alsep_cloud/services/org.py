"""Company data and trade points (seed 5.2, 5.3, 8.2)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from alsep_cloud.errors import InUse
from alsep_cloud.services import versioning as v
from alsep_cloud.services.context import Admin, CloudContext
from alsep_cloud.services.validate import check_company, check_position, company_fields
from alsep_cloud.services.views import company_view, trade_point_view
from alsep_cloud.store.tenant import Register, TradePoint


def get_company(session: Session, admin: Admin) -> dict[str, Any]:
    return company_view(v.owned_company(session, admin.company_id))


def touch_registers(session: Session, company_id: str, trade_point_id: str | None = None) -> None:
    """Company or trade point data is part of each register's settings in the feed."""
    q = select(Register).where(Register.company_id == company_id)
    if trade_point_id is not None:
        q = q.where(Register.trade_point_id == trade_point_id)
    registers = list(session.scalars(q.order_by(Register.id)))
    if registers:
        last = v.lock_company(session, company_id, len(registers))
        for i, reg in enumerate(registers):
            reg.seq = last - len(registers) + 1 + i


def patch_company(ctx: CloudContext, session: Session, admin: Admin, patch: dict[str, Any]) -> dict[str, Any]:
    now = ctx.now()
    version = patch.pop("version")
    fields = company_fields(patch)
    v.lock_company(session, admin.company_id)
    company = v.owned_company(session, admin.company_id)
    v.check_version(session, "company", company, version, company_view)
    check_company({**company_view(company), **fields})
    for key, value in fields.items():
        setattr(company, key, value)
    v.bump(company, now)
    touch_registers(session, company.id)
    v.record(session, "company", company, company_view(company), admin.user_id, now)
    session.commit()
    return company_view(company)


def list_trade_points(session: Session, admin: Admin) -> list[dict[str, Any]]:
    rows = session.scalars(select(TradePoint).where(TradePoint.company_id == admin.company_id,
                                                    TradePoint.deleted.is_(False)).order_by(TradePoint.created_at))
    return [trade_point_view(tp) for tp in rows]


def get_trade_point(session: Session, admin: Admin, tp_id: str) -> dict[str, Any]:
    return trade_point_view(v.owned(session, TradePoint, tp_id, admin.company_id, "trade point"))


def create_trade_point(ctx: CloudContext, session: Session, admin: Admin, data: dict[str, Any]) -> dict[str, Any]:
    now = ctx.now()
    check_position(data.get("latitude"), data.get("longitude"))
    v.lock_company(session, admin.company_id)
    tp = TradePoint(company_id=admin.company_id, created_at=now, updated_at=now, version=1, **data)
    session.add(tp)
    session.flush()
    touch_registers(session, admin.company_id)  # the company's trade points are in every register's settings
    v.record(session, "trade_point", tp, trade_point_view(tp), admin.user_id, now)
    session.commit()
    return trade_point_view(tp)


def patch_trade_point(
    ctx: CloudContext, session: Session, admin: Admin, tp_id: str, patch: dict[str, Any]
) -> dict[str, Any]:
    now = ctx.now()
    version = patch.pop("version")
    v.lock_company(session, admin.company_id)
    tp = v.owned(session, TradePoint, tp_id, admin.company_id, "trade point")
    v.check_version(session, "trade_point", tp, version, trade_point_view)
    merged = {**trade_point_view(tp), **patch}
    check_position(merged["latitude"], merged["longitude"])
    for key, value in patch.items():
        setattr(tp, key, "" if value is None and key in ("address", "address_kz") else value)
    v.bump(tp, now)
    touch_registers(session, admin.company_id)  # its own registers and the list every register carries
    v.record(session, "trade_point", tp, trade_point_view(tp), admin.user_id, now)
    session.commit()
    return trade_point_view(tp)


def delete_trade_point(ctx: CloudContext, session: Session, admin: Admin, tp_id: str, version: int) -> dict[str, Any]:
    now = ctx.now()
    v.lock_company(session, admin.company_id)
    tp = v.owned(session, TradePoint, tp_id, admin.company_id, "trade point")
    v.check_version(session, "trade_point", tp, version, trade_point_view)
    if session.scalar(select(Register.id).where(Register.trade_point_id == tp.id).limit(1)):
        raise InUse(what="trade point", by="registers")
    tp.deleted = True
    v.bump(tp, now)
    touch_registers(session, admin.company_id)
    v.record(session, "trade_point", tp, {**trade_point_view(tp), "deleted": True}, admin.user_id, now)
    session.commit()
    return {"id": tp.id, "deleted": True, "version": tp.version}



