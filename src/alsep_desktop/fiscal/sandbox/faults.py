"""Run-time switchable fault injection for the OFD sandbox (thread-safe)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum


class FaultKind(Enum):
    DROP_BEFORE_READ = "drop_before_read"      # close the connection before reading anything
    DROP_AFTER_READ = "drop_after_read"        # read the request, close without processing
    DROP_AFTER_PROCESS = "drop_after_process"  # process (document recorded!), close without answering
    DELAY = "delay"                            # wait ``delay`` seconds, then process and answer
    GARBAGE = "garbage"                        # answer random bytes (not a frame)
    BAD_PAYLOAD = "bad_payload"                # valid header, payload that is not protobuf
    PARTIAL = "partial"                        # send half of a valid answer, then close
    RESULT = "result"                          # answer ``result_code`` without processing


@dataclass(frozen=True, slots=True)
class Fault:
    kind: FaultKind
    delay: float = 0.0
    result_code: int = 0
    #: Apply to the next ``times`` connections only; ``None`` = until cleared.
    times: int | None = None
    #: Apply only to requests of this device (``None`` = all devices). Checked after
    #: the header is read, so it does not filter DROP_BEFORE_READ.
    device_id: int | None = None


@dataclass(slots=True, eq=False)  # removed by identity
class _Armed:
    fault: Fault
    remaining: int | None  # connections left; None = until cleared


class FaultPlan:
    """A queue of faults consulted once per connection."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults: list[_Armed] = []
        self.applied: dict[FaultKind, int] = {}

    def inject(self, fault: Fault) -> None:
        with self._lock:
            self._faults.append(_Armed(fault, fault.times))

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()

    def peek_pre_read(self) -> Fault | None:
        """A DROP_BEFORE_READ fault if one is armed (consumed)."""
        return self._take(lambda f: f.kind is FaultKind.DROP_BEFORE_READ, None)

    def take(self, device_id: int) -> Fault | None:
        """The first armed fault (other than DROP_BEFORE_READ) matching ``device_id``."""
        return self._take(lambda f: f.kind is not FaultKind.DROP_BEFORE_READ, device_id)

    def _take(self, predicate: Callable[[Fault], bool], device_id: int | None) -> Fault | None:
        with self._lock:
            for entry in self._faults:
                fault = entry.fault
                if not predicate(fault):
                    continue
                if fault.device_id is not None and device_id is not None and fault.device_id != device_id:
                    continue
                if entry.remaining is not None:
                    entry.remaining -= 1
                    if entry.remaining <= 0:
                        self._faults.remove(entry)
                self.applied[fault.kind] = self.applied.get(fault.kind, 0) + 1
                return fault
        return None
