"""Role checks, enforced in services (hidden buttons are not security).

The caller's :class:`Principal` says who acts; the store says what that user may do *now*:
given a unit of work, the checks re-read the user's role and blocked flag, so a user blocked or
demoted loses the rights at the next action, not at the next sign-in (decision 0014).
"""

from __future__ import annotations

from typing import Protocol

from alsep_desktop.domain.roles import Principal, Role
from alsep_desktop.errors import AlsepError, PermissionDenied


class AccountBlocked(AlsepError):
    code = "auth.blocked"
    template = "This account is blocked"


class _Users(Protocol):
    def acting(self, user_id: int) -> tuple[str, bool, str, int | None, str] | None: ...


class _Uow(Protocol):
    @property
    def users(self) -> _Users: ...


def current(actor: Principal | None, uow: _Uow | None) -> Principal | None:
    """``actor`` as the store knows it now (None: no such user any more)."""
    if actor is None or uow is None:
        return actor
    row = uow.users.acting(actor.user_id)
    if row is None:
        raise PermissionDenied(role=Role.CASHIER.value)
    role, blocked, email, company_id, full_name = row
    if blocked:
        raise AccountBlocked()
    return Principal(actor.user_id, email, Role(role), company_id, full_name)


def require_admin(actor: Principal | None, uow: _Uow | None = None) -> Principal:
    """An admin; with ``uow`` the role and the blocked flag are read from the store now."""
    actor = current(actor, uow)
    if actor is None or actor.role is not Role.ADMIN:
        raise PermissionDenied(role="admin")
    return actor


def require_user(actor: Principal | None, uow: _Uow | None = None) -> Principal:
    """Any signed-in user; with ``uow`` a user blocked since signing in is refused."""
    actor = current(actor, uow)
    if actor is None:
        raise PermissionDenied(role="cashier")
    return actor
