"""Short-lived admin bearer tokens: a JWT (HS256) signed with the server's secret.

Stateless: any instance holding the secret verifies a token without a session store.
The first secret signs; every configured secret verifies, so a key can be rotated by
prepending a new one and dropping the old after one token lifetime. The claims name the
user, the company and the password epoch (``pwd``): a password change ends older tokens.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from dataclasses import dataclass
from datetime import datetime, timedelta

from alsep_cloud.errors import NotAuthenticated, TokenExpired

_HEADER = {"alg": "HS256", "typ": "JWT"}


@dataclass(frozen=True, slots=True)
class TokenClaims:
    user_id: str
    company_id: str
    password_epoch: int  # password_changed_at, microseconds since the epoch
    issued_at: int
    expires_at: int


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _sign(secret: str, signing_input: str) -> str:
    return _b64(hmac.new(secret.encode(), signing_input.encode("ascii"), hashlib.sha256).digest())


class TokenSigner:
    def __init__(self, secrets: tuple[str, ...], ttl: timedelta) -> None:
        if not secrets:
            raise ValueError("at least one token secret is needed")
        self._secrets = secrets
        self.ttl = ttl

    def issue(self, user_id: str, company_id: str, password_epoch: int, now: datetime) -> tuple[str, datetime]:
        iat = int(now.timestamp())
        exp = now + self.ttl
        claims = {"sub": user_id, "cid": company_id, "pwd": password_epoch, "iat": iat, "exp": int(exp.timestamp())}
        head = _b64(json.dumps(_HEADER, separators=(",", ":")).encode())
        body = _b64(json.dumps(claims, separators=(",", ":")).encode())
        signing_input = f"{head}.{body}"
        return f"{signing_input}.{_sign(self._secrets[0], signing_input)}", exp

    def verify(self, token: str, now: datetime) -> TokenClaims:
        parts = token.split(".")
        if len(parts) != 3:
            raise NotAuthenticated()
        signing_input = f"{parts[0]}.{parts[1]}"
        if not any(hmac.compare_digest(_sign(s, signing_input), parts[2]) for s in self._secrets):
            raise NotAuthenticated()
        try:
            header = json.loads(_unb64(parts[0]))
            claims = json.loads(_unb64(parts[1]))
            result = TokenClaims(str(claims["sub"]), str(claims["cid"]), int(claims["pwd"]),
                                 int(claims["iat"]), int(claims["exp"]))
        except (ValueError, KeyError, TypeError):
            raise NotAuthenticated() from None
        if header != _HEADER:
            raise NotAuthenticated()
        if result.expires_at <= int(now.timestamp()):
            raise TokenExpired()
        return result
