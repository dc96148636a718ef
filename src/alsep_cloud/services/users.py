"""Users of a company (seed 5.4, 8.5): argon2 hashes, roles, blocking, and the registers
each may sell on. Every change moves the user in the change feed."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from alsep_cloud.errors import Duplicate
from alsep_cloud.services import versioning as v
from alsep_cloud.services.context import Admin, CloudContext
from alsep_cloud.services.validate import check_iin, check_password
from alsep_cloud.services.views import user_view
from alsep_cloud.store.tenant import Register, User
from alsep_desktop.domain.user_name import validate_user_name
from alsep_desktop.domain.validation import validate_email
from alsep_desktop.errors import ValidationError


def _check_registers(session: Session, company_id: str, ids: list[str]) -> list[str]:
    if ids:
        found = set(session.scalars(select(Register.id).where(Register.company_id == company_id,
                                                              Register.id.in_(set(ids)))))
        for i, rid in enumerate(ids):
            if rid not in found:
                raise ValidationError("register_ids", "no register {value}", row=i, value=rid)
    return sorted(set(ids))


def list_users(session: Session, admin: Admin) -> list[dict[str, Any]]:
    rows = session.scalars(select(User).where(User.company_id == admin.company_id, User.deleted.is_(False))
                           .order_by(User.created_at))
    return [user_view(u) for u in rows]


def get_user(session: Session, admin: Admin, user_id: str) -> dict[str, Any]:
    return user_view(v.owned(session, User, user_id, admin.company_id, "user"))


def create_user(ctx: CloudContext, session: Session, admin: Admin, data: dict[str, Any]) -> dict[str, Any]:
    now = ctx.now()
    email = validate_email(data["email"], field="email")
    full_name = validate_user_name(data.get("full_name"))
    check_password(data["password"])
    iin = check_iin(data.get("iin"))
    seq = v.lock_company(session, admin.company_id)
    # a login is unique within its company (decision 2051): another company's user with the same
    # login is neither found nor named here; this company's own is its own data (409)
    if session.scalar(select(User.id).where(User.company_id == admin.company_id, User.email == email)):
        raise Duplicate(what="user", field="email", value=email)
    user = User(
        company_id=admin.company_id, email=email, password_hash=ctx.passwords.hash(data["password"]),
        role=data["role"], full_name=full_name, iin=iin, birth_date=data.get("birth_date"),
        comment=data.get("comment", ""), all_registers=data.get("all_registers", True),
        register_ids=_check_registers(session, admin.company_id, data.get("register_ids", [])),
        password_changed_at=now, created_at=now, updated_at=now, version=1, seq=seq,
    )
    session.add(user)
    session.flush()
    v.record(session, "user", user, user_view(user), admin.user_id, now)
    session.commit()
    return user_view(user)


def patch_user(
    ctx: CloudContext, session: Session, admin: Admin, user_id: str, patch: dict[str, Any]
) -> dict[str, Any]:
    now = ctx.now()
    version = patch.pop("version")
    password = patch.pop("password", None)
    if password is not None:
        check_password(password)
    if "iin" in patch:
        patch["iin"] = check_iin(patch["iin"])
    if "full_name" in patch:
        patch["full_name"] = validate_user_name(patch["full_name"])
    if user_id == admin.user_id and (patch.get("blocked") or patch.get("role", "admin") != "admin"):
        raise ValidationError(
            "blocked" if patch.get("blocked") else "role", "you cannot block or demote your own account"
        )
    seq = v.lock_company(session, admin.company_id)
    user = v.owned(session, User, user_id, admin.company_id, "user")
    v.check_version(session, "user", user, version, user_view)
    if "register_ids" in patch:
        patch["register_ids"] = _check_registers(session, admin.company_id, patch["register_ids"] or [])
    for key, value in patch.items():
        if key == "comment" and value is None:
            value = ""
        if key in ("blocked", "all_registers", "role") and value is None:
            continue
        setattr(user, key, value)
    if password is not None:
        user.password_hash = ctx.passwords.hash(password)
        user.password_changed_at = now
        user.failed_attempts = 0
        user.locked_until = None
    v.bump(user, now, seq)
    v.record(session, "user", user, user_view(user), admin.user_id, now)
    session.commit()
    return user_view(user)


def delete_user(ctx: CloudContext, session: Session, admin: Admin, user_id: str, version: int) -> dict[str, Any]:
    now = ctx.now()
    if user_id == admin.user_id:
        raise ValidationError("id", "you cannot delete your own account")
    seq = v.lock_company(session, admin.company_id)
    user = v.owned(session, User, user_id, admin.company_id, "user")
    v.check_version(session, "user", user, version, user_view)
    user.deleted = True
    user.email = f"deleted:{user.id}:{user.email}"[:254]  # frees the login for a new account
    v.bump(user, now, seq)
    v.record(session, "user", user, {**user_view(user), "deleted": True}, admin.user_id, now)
    session.commit()
    return {"id": user.id, "deleted": True, "version": user.version}
