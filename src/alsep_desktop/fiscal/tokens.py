"""Token and request-number persistence behind a small Protocol.

The store engineer implements ``TokenStore`` in the DB, saved atomically together with
the document it belongs to. ``InMemoryTokenStore`` serves tests, benches and the demo.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True, slots=True)
class TokenState:
    """Session state of one register at the OFD.

    ``token`` is the value to put in the next request's header. ``req_num`` is the
    number of the LAST request sent (0 = none yet). ``pending_payload`` holds the
    serialized request while it has no answer: it must be resent with the same
    ``req_num`` and ``token`` (a protocol retry) before any new request (decision 0106).
    """

    device_id: int
    token: int
    req_num: int = 0
    pending_payload: bytes | None = None

    @property
    def pending(self) -> bool:
        return self.pending_payload is not None


class TokenStore(Protocol):
    def load(self, device_id: int) -> TokenState | None: ...

    def save(self, state: TokenState) -> None: ...


class InMemoryTokenStore:
    """Thread-safe dict-backed ``TokenStore``."""

    def __init__(self, *initial: TokenState) -> None:
        self._lock = threading.Lock()
        self._states: dict[int, TokenState] = {s.device_id: s for s in initial}
        self.saves = 0

    def load(self, device_id: int) -> TokenState | None:
        with self._lock:
            return self._states.get(device_id)

    def save(self, state: TokenState) -> None:
        with self._lock:
            self._states[state.device_id] = state
            self.saves += 1
