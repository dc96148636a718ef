"""Who is signed in to the owner's cabinet (the web pages, ``alsep_cloud.web``): the user a
session cookie names, re-read from the database on every request, and the administrator the
cabinet's admin pages act as. A cashier may sign in but is refused every admin page here, in
the service, not by a hidden link (decision 2402)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from alsep_cloud.errors import AdminOnly, NotAuthenticated
from alsep_cloud.services.auth import epoch
from alsep_cloud.services.context import Admin
from alsep_cloud.store.tenant import Company, User


@dataclass(frozen=True, slots=True)
class Viewer:
    user_id: str
    company_id: str
    email: str
    full_name: str
    role: str
    company_name: str

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


def viewer_of(session: Session, user_id: str, company_id: str, password_epoch: int) -> Viewer:
    """The signed-in user, or NotAuthenticated when the account was deleted, blocked, moved or
    re-passworded since the session began (a password change ends every session)."""
    row = session.execute(
        select(User.id, User.company_id, User.email, User.full_name, User.role, User.blocked, User.deleted,
               User.password_changed_at, Company.name)
        .join(Company, Company.id == User.company_id).where(User.id == user_id)
    ).one_or_none()
    if (row is None or row.company_id != company_id or row.deleted or row.blocked
            or epoch(row.password_changed_at) != password_epoch):
        raise NotAuthenticated()
    return Viewer(row.id, row.company_id, row.email, row.full_name or "", row.role, row.name)


def admin_of(viewer: Viewer) -> Admin:
    """The administrator a page acts as; a cashier gets AdminOnly (403)."""
    if not viewer.is_admin:
        raise AdminOnly()
    return Admin(viewer.user_id, viewer.company_id, viewer.email)
