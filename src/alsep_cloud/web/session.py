"""The cabinet's session cookie and CSRF tokens (decisions 2400, 2401).

The session is a signed token in an HttpOnly cookie, not a server-side row: any instance
holding the key verifies it (several uvicorn workers, no migration). It names the user, the
company, the password epoch (a new password ends every session), a random session id, the
sign-in time and the last activity. It expires after ``IDLE`` without a request and ``ABSOLUTE``
after sign-in whatever happens, both read from the cloud's clock (``ctx.now()``); every request
re-reads the user, so blocking or deleting an account ends its sessions at once.

The key is derived (HMAC) from the cloud's token secrets, else a shared secret kept in the
database like theirs: an API bearer token is no cookie and a cookie no bearer token.

CSRF: every state-changing form carries ``HMAC(key, "csrf:" + session id)``; the sign-in form,
before any session, ``HMAC(key, "pre:" + a random pre-session cookie)`` (login CSRF).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from alsep_cloud.auth.secrets import shared_secret
from alsep_cloud.services.context import CloudContext

COOKIE = "alsep_cabinet"
PRE_COOKIE = "alsep_cabinet_pre"
LANG_COOKIE = "alsep_lang"
IDLE = timedelta(minutes=30)
ABSOLUTE = timedelta(hours=12)
#: the cookie is re-issued (a new last-activity time) at most once a minute
TOUCH_AFTER = timedelta(minutes=1)


@dataclass(frozen=True, slots=True)
class SessionClaims:
    user_id: str
    company_id: str
    password_epoch: int
    sid: str
    signed_in: int  # seconds since the epoch
    seen: int


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class SessionKeys:
    """The signing keys: the first signs, any verifies (rotation, like the token secrets)."""

    def __init__(self, secrets_: tuple[str, ...]) -> None:
        self._keys = tuple(hmac.new(s.encode(), b"alsep-cabinet-session", hashlib.sha256).digest() for s in secrets_)

    @classmethod
    def of(cls, ctx: CloudContext) -> SessionKeys:
        return cls(ctx.config.token_secrets or (shared_secret(ctx.engine, "token_secret"),))

    def _mac(self, key: bytes, text: str) -> str:
        return _b64(hmac.new(key, text.encode("ascii"), hashlib.sha256).digest())

    def issue(self, claims: SessionClaims) -> str:
        body = _b64(json.dumps({"sub": claims.user_id, "cid": claims.company_id, "pwd": claims.password_epoch,
                                "sid": claims.sid, "in": claims.signed_in, "seen": claims.seen},
                               separators=(",", ":")).encode())
        return f"{body}.{self._mac(self._keys[0], body)}"

    def verify(self, token: str | None, now: datetime) -> SessionClaims | None:
        """The claims of a valid, unexpired cookie; None for anything else."""
        if not token or token.count(".") != 1 or len(token) > 2048:
            return None
        body, mac = token.split(".")
        if not any(hmac.compare_digest(self._mac(k, body), mac) for k in self._keys):
            return None
        try:
            raw = json.loads(_unb64(body))
            claims = SessionClaims(str(raw["sub"]), str(raw["cid"]), int(raw["pwd"]), str(raw["sid"]),
                                   int(raw["in"]), int(raw["seen"]))
        except (ValueError, KeyError, TypeError):
            return None
        t = int(now.timestamp())
        if t - claims.seen > IDLE.total_seconds() or t - claims.signed_in > ABSOLUTE.total_seconds():
            return None
        return claims

    def new_session(self, user_id: str, company_id: str, password_epoch: int, now: datetime) -> SessionClaims:
        t = int(now.timestamp())
        return SessionClaims(user_id, company_id, password_epoch, secrets.token_urlsafe(18), t, t)

    def csrf(self, sid: str) -> str:
        return self._mac(self._keys[0], "csrf:" + sid)

    def pre_csrf(self, pre: str) -> str:
        return self._mac(self._keys[0], "pre:" + pre)

    def check(self, expected_for: str, given: str | None, *, pre: bool = False) -> bool:
        """Does ``given`` match the token of this session id (or pre-session value), under any key?"""
        if not given or not expected_for:
            return False
        text = ("pre:" if pre else "csrf:") + expected_for
        return any(hmac.compare_digest(self._mac(k, text), given) for k in self._keys)
