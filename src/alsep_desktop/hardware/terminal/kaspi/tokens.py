"""The Kaspi pairing (tokens + pinned certificate) and where it is kept.

The app backs :class:`TokenStore` with its secrets store; :class:`MemoryTokenStore` is for tests
and demo mode. The tokens are secrets: ``repr`` never shows them.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, Protocol, runtime_checkable

# Seen in the clients the spec cites (§1.5): parse leniently, the terminal's local time.
_EXPIRY_FORMATS = (
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%dT%H:%M:%S.%f",
    "%d.%m.%Y %H:%M:%S",
    "%d.%m.%y %H:%M:%S",
    "%b %d, %Y %H:%M:%S",
    "%b %d, %Y %I:%M:%S %p",
)


def parse_expiration(text: object) -> datetime | None:
    """``expirationDate`` as a naive local datetime; ``None`` when absent or unreadable
    (the driver then relies on 401 → refresh)."""
    if not isinstance(text, str) or not text.strip():
        return None
    value = text.strip()
    for fmt in _EXPIRY_FORMATS:
        try:
            return datetime.strptime(value, fmt)
        except ValueError:
            continue
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed.astimezone().replace(tzinfo=None) if parsed.tzinfo else parsed


@dataclass(frozen=True, slots=True)
class KaspiPairing:
    """What registration leaves behind. ``fingerprint``: SHA-256 of the terminal's certificate
    (hex, no colons), pinned at registration when the terminal is reached by IP."""

    name: str
    access_token: str = field(repr=False)
    refresh_token: str = field(repr=False)
    expires_at: datetime | None = None
    fingerprint: str | None = None
    terminal_id: str = ""
    serial_number: str = ""

    def with_tokens(self, data: dict[str, Any]) -> KaspiPairing:
        return replace(self, access_token=str(data["accessToken"]), refresh_token=str(data["refreshToken"]),
                       expires_at=parse_expiration(data.get("expirationDate")))

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "access_token": self.access_token, "refresh_token": self.refresh_token,
                "expires_at": self.expires_at.isoformat() if self.expires_at else None,
                "fingerprint": self.fingerprint, "terminal_id": self.terminal_id,
                "serial_number": self.serial_number}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> KaspiPairing:
        exp = d.get("expires_at")
        return cls(name=d["name"], access_token=d["access_token"], refresh_token=d["refresh_token"],
                   expires_at=datetime.fromisoformat(exp) if exp else None, fingerprint=d.get("fingerprint"),
                   terminal_id=d.get("terminal_id", ""), serial_number=d.get("serial_number", ""))


@runtime_checkable
class TokenStore(Protocol):
    def load(self) -> KaspiPairing | None: ...

    def save(self, pairing: KaspiPairing) -> None: ...

    def clear(self) -> None: ...


class MemoryTokenStore:
    def __init__(self, pairing: KaspiPairing | None = None) -> None:
        self._lock = threading.Lock()
        self._pairing = pairing
        self.saves = 0

    def load(self) -> KaspiPairing | None:
        with self._lock:
            return self._pairing

    def save(self, pairing: KaspiPairing) -> None:
        with self._lock:
            self._pairing = pairing
            self.saves += 1

    def clear(self) -> None:
        with self._lock:
            self._pairing = None


class _Secrets(Protocol):
    """The shape of the app's secret store (``alsep_desktop.secrets.SecretStore``)."""

    def get(self, name: str) -> str | None: ...

    def set(self, name: str, value: str) -> None: ...

    def delete(self, name: str) -> None: ...


class SecretTokenStore:
    """A :class:`TokenStore` over the app's secret store: the pairing as one JSON secret."""

    def __init__(self, secrets: _Secrets, name: str = "terminal.kaspi.pairing") -> None:
        self._secrets = secrets
        self._name = name
        self._lock = threading.Lock()

    def load(self) -> KaspiPairing | None:
        with self._lock:
            raw = self._secrets.get(self._name)
        return KaspiPairing.from_dict(json.loads(raw)) if raw else None

    def save(self, pairing: KaspiPairing) -> None:
        with self._lock:
            self._secrets.set(self._name, json.dumps(pairing.to_dict()))

    def clear(self) -> None:
        with self._lock:
            self._secrets.delete(self._name)
