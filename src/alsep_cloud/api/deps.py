"""Request-scoped dependencies: the unit of work (one Session per request) and who calls.

Admin tokens and device credentials travel in the same ``Authorization: Bearer`` header and
are told apart by form; each kind is refused on the other kind's endpoints (403).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
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


async def context(request: Request) -> CloudContext:
    ctx: CloudContext = request.app.state.ctx  # set by create_app's lifespan
    return ctx


Ctx = Annotated[CloudContext, Depends(context)]


async def session(ctx: Ctx) -> AsyncIterator[Session]:
    """One Session per request. Opening it does no I/O (the connection is taken at the first
    query, in the endpoint's worker thread); services commit, and closing returns the
    connection. Async, so the request spends no thread hop on it."""
    s = ctx.sessions()
    try:
        yield s
    finally:
        s.close()


Db = Annotated[Session, Depends(session)]


def admin(ctx: Ctx, db: Db, creds: Annotated[HTTPAuthorizationCredentials | None, Security(admin_scheme)]) -> Admin:
    if creds is None:
        raise NotAuthenticated()
    if looks_like_device(creds.credentials):
        raise AdminOnly()
    return auth.admin_of_token(ctx.signer, db, creds.credentials, ctx.now())


async def device(creds: Annotated[HTTPAuthorizationCredentials | None, Security(device_scheme)]) -> str:
    """The device credential's form only; the endpoint checks it against the database in its
    worker thread (``device_of``): one thread hop per upload, not two."""
    if creds is None:
        raise NotAuthenticated()
    if not looks_like_device(creds.credentials):
        raise DeviceOnly()
    return creds.credentials


def device_of(ctx: CloudContext, db: Session, credential: str) -> Device:
    return auth.device_of_credential(ctx.pepper, db, credential)


AdminDep = Annotated[Admin, Depends(admin)]
DeviceDep = Annotated[str, Depends(device)]
