"""Role checks, enforced in services (hidden buttons are not security)."""

from __future__ import annotations

from alsep_desktop.domain.roles import Principal, Role
from alsep_desktop.errors import PermissionDenied


def require_admin(actor: Principal | None) -> Principal:
    if actor is None or actor.role is not Role.ADMIN:
        raise PermissionDenied(role="admin")
    return actor


def require_user(actor: Principal | None) -> Principal:
    if actor is None:
        raise PermissionDenied(role="cashier")
    return actor
