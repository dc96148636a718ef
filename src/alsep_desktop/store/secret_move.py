"""Data hook of revision 0006: plain-text secrets leave the store (decision 0013).

The admin-entered OFD tokens (``register.ofd_token``) and the SMTP password (``setting`` ``smtp``)
move into this PC's secrets store under fresh names; the rows keep the names. An OFD session whose
next header token is still the entered token keeps 0, which means "the entered token" (the
register reads it from the secrets store when it sends its first request). Plain SQL on the tables
of revision 0006, as decision 0112 asks of data hooks.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Protocol

from sqlalchemy import Connection, text

HOOK = "secrets.out-of-the-store"
SMTP_PURPOSE = "smtp-password"


def ofd_token_purpose(register_uuid: str) -> str:
    return f"ofd-token/{register_uuid}"


class _Store(Protocol):
    def set(self, name: str, value: str) -> None: ...


def move_plaintext_secrets(conn: Connection, store: _Store, new_name: Callable[[str], str]) -> int:
    """Move every plain-text secret into ``store``; returns how many moved."""
    moved = 0
    rows = conn.execute(text(
        "SELECT id, uuid, ofd_token FROM register WHERE ofd_token IS NOT NULL AND ofd_token <> ''")).all()
    for register_id, uuid, token in rows:
        name = new_name(ofd_token_purpose(uuid))
        store.set(name, token)
        conn.execute(text("UPDATE register SET ofd_token = NULL, ofd_token_ref = :n WHERE id = :i"),
                     {"n": name, "i": register_id})
        if token.strip().isdigit():
            conn.execute(text("UPDATE ofd_session SET token = 0 WHERE register_id = :i AND token = :t"),
                         {"i": register_id, "t": int(token.strip())})
        moved += 1
    raw = conn.execute(text("SELECT value FROM setting WHERE key = 'smtp'")).scalar()
    if raw:
        try:
            data = json.loads(raw)
        except ValueError:
            data = None
        if isinstance(data, dict) and data.get("password"):
            name = new_name(SMTP_PURPOSE)
            store.set(name, str(data.pop("password")))
            data["password_ref"] = name
            conn.execute(text("UPDATE setting SET value = :v WHERE key = 'smtp'"),
                         {"v": json.dumps(data, ensure_ascii=False, sort_keys=True)})
            moved += 1
    return moved
