"""Request-scoped dependencies: the unit of work (one Session per request) and who calls.

Admin tokens and device credentials travel in the same ``Authorization: Bearer`` header and
are told apart by form; each kind is refused on the other kind's endpoints (403).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request, Security
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from alsep_cloud.auth.devices import looks_like_device
from alsep_cloud.errors import AdminOnly, DeviceOnly, NotAuthenticated
from alsep_cloud.services import auth
from alsep_cloud.services.context import Admin, CloudContext, Device

admin_scheme = HTTPBearer(scheme_name="AdminToken", bearerFormat="JWT", auto_error=False,
                          description="short-lived admin token from POST /auth/login")
device_scheme = HTTPBearer(scheme_name="DeviceCredential", auto_error=False,
                           description="a register's device credential from POST /registers/{id}/bind")


def context(request: Request) -> CloudContext:
    return request.app.state.ctx


Ctx = Annotated[CloudContext, Depends(context)]


def session(ctx: Ctx) -> Iterator[Session]:
    with ctx.sessions() as s:
        try:
            yield s
        finally:
            s.rollback()


Db = Annotated[Session, Depends(session)]


def admin(ctx: Ctx, db: Db, creds: Annotated[HTTPAuthorizationCredentials | None, Security(admin_scheme)]) -> Admin:
    if creds is None:
        raise NotAuthenticated()
    if looks_like_device(creds.credentials):
        raise AdminOnly()
    return auth.admin_of_token(ctx.signer, db, creds.credentials, ctx.now())


def device(ctx: Ctx, db: Db, creds: Annotated[HTTPAuthorizationCredentials | None, Security(device_scheme)]) -> Device:
    if creds is None:
        raise NotAuthenticated()
    if not looks_like_device(creds.credentials):
        raise DeviceOnly()
    return auth.device_of_credential(ctx.pepper, db, creds.credentials)


AdminDep = Annotated[Admin, Depends(admin)]
DeviceDep = Annotated[Device, Depends(device)]
