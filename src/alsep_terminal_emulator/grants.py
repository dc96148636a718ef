"""Integration clients of the terminal («Клиенты интеграции»): registration, tokens, refresh.

``register?name=`` waits until the name is allowed (a person presses «Разрешить»; or at once
with ``auto_allow``); a name already allowed is refused with 105. ``revoke`` is the refresh.
"""

from __future__ import annotations

import secrets
import threading
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from typing import Any

EXPIRY_FORMAT = "%Y-%m-%d %H:%M:%S"


@dataclass(slots=True)
class Grant:
    name: str
    access: str
    refresh: str
    expires: datetime

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["expires"] = self.expires.isoformat()
        return d


class Grants:
    def __init__(self, *, auto_allow: bool, token_lifetime: timedelta, now: Callable[[], datetime],
                 expiry_format: str = EXPIRY_FORMAT) -> None:
        self.auto_allow = auto_allow
        self.token_lifetime = token_lifetime
        self.expiry_format = expiry_format
        self._now = now
        self._lock = threading.Lock()
        self._allowed: dict[str, Grant] = {}
        self._asking: dict[str, threading.Event] = {}
        self.asked = threading.Condition(self._lock)

    # -- people at the terminal --------------------------------------------------------------
    def waiting(self) -> list[str]:
        with self._lock:
            return sorted(self._asking)

    def allow(self, name: str) -> bool:
        with self._lock:
            event = self._asking.get(name)
        if event is None:
            return False
        event.set()
        return True

    def forbid(self, name: str) -> bool:
        """«Запретить» next to the name: its tokens stop working, the name may register again."""
        with self._lock:
            return self._allowed.pop(name, None) is not None

    def expire_access(self) -> None:
        with self._lock:
            for g in self._allowed.values():
                g.expires = self._now() - timedelta(seconds=1)

    def names(self) -> list[str]:
        with self._lock:
            return sorted(self._allowed)

    # -- the API -------------------------------------------------------------------------------
    def _issue(self, name: str) -> Grant:
        grant = Grant(name, secrets.token_hex(16), secrets.token_hex(16), self._now() + self.token_lifetime)
        self._allowed[name] = grant
        return grant

    def tokens(self, g: Grant) -> dict[str, Any]:
        return {"accessToken": g.access, "refreshToken": g.refresh,
                "expirationDate": g.expires.strftime(self.expiry_format)}

    def register(self, name: str, wait: float) -> tuple[int, Any]:
        """(0, tokens) | (105, text) | (-1, None) when nobody allowed within ``wait`` seconds."""
        with self._lock:
            if name in self._allowed:
                return 105, "Register Error. Name already allowed"
            if self.auto_allow:
                return 0, self.tokens(self._issue(name))
            event = self._asking.setdefault(name, threading.Event())
            self.asked.notify_all()
        allowed = event.wait(wait)
        with self._lock:
            if self._asking.get(name) is event:
                del self._asking[name]
            if not allowed:
                return -1, None
            if name in self._allowed:
                return 105, "Register Error. Name already allowed"
            return 0, self.tokens(self._issue(name))

    def revoke(self, name: str, refresh: str) -> tuple[int, Any]:
        with self._lock:
            if not refresh:
                return 999, "Param unvalidated: refreshToken. It's empty"
            grant = next((g for g in self._allowed.values() if g.refresh == refresh), None)
            if grant is None:
                return 105, "Revoke Error. Wrong refresh token"
            if grant.name != name:
                return 105, "Revoke Error. Wrong name"
            return 0, self.tokens(self._issue(name))

    def valid(self, access: str | None) -> bool:
        if not access:
            return False
        with self._lock:
            return any(g.access == access and self._now() < g.expires for g in self._allowed.values())

    # -- state -----------------------------------------------------------------------------------
    def to_json(self) -> list[dict[str, Any]]:
        with self._lock:
            return [g.to_json() for g in self._allowed.values()]

    def load(self, rows: list[dict[str, Any]]) -> None:
        with self._lock:
            for r in rows:
                self._allowed[r["name"]] = Grant(r["name"], r["access"], r["refresh"],
                                                 datetime.fromisoformat(r["expires"]))
