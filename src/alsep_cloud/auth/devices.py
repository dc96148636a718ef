"""Device credentials of bound registers.

A credential is 256 random bits shown once, when an admin binds the register. The database
keeps only ``HMAC-SHA256(pepper, credential)``: cheap enough to check on every upload (one
hash and one indexed lookup, never argon2 per request), useless to whoever reads the table
without the pepper. Unbinding clears the hash, so the credential stops working at once.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

PREFIX = "alsep-dev."


def new_credential() -> str:
    return PREFIX + secrets.token_urlsafe(32)


def credential_hash(pepper: str, credential: str) -> str:
    return hmac.new(pepper.encode(), credential.encode(), hashlib.sha256).hexdigest()


def looks_like_device(token: str) -> bool:
    return token.startswith(PREFIX)
