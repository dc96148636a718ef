"""Sign-in and health."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from sqlalchemy import text

from alsep_cloud.api.deps import Ctx, Db
from alsep_cloud.schemas.common import ERRORS
from alsep_cloud.schemas.org import LoginIn, TokenOut
from alsep_cloud.services import auth

router = APIRouter(tags=["auth"])


@router.post("/auth/login", response_model=TokenOut, summary="Admin login", responses={**ERRORS, 429: ERRORS[409]})
def login(body: LoginIn, ctx: Ctx, db: Db) -> dict[str, Any]:
    """The company's BIN/IIN, e-mail and password of an administrator → a short-lived bearer token
    (HMAC-signed JWT). A login is unique within its company (decision 2051).

    Five wrong passwords in a row lock the account (that company's login) for five minutes
    (``auth.locked``, 429).
    """
    token, expires, user = auth.login(ctx, db, body.company, body.email, body.password)
    return {"access_token": token, "expires_at": expires, "user_id": user.id, "company_id": user.company_id}


@router.get("/health", summary="Liveness", tags=["meta"])
def health(db: Db) -> dict[str, Any]:
    """Answers ``{"status": "ok"}`` when the database answers."""
    db.execute(text("SELECT 1"))
    return {"status": "ok"}
