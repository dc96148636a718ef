"""Following one Kaspi process until it ends: poll ``/v2/status``, actualize an ``unknown`` one.

A :class:`ProcessWatch` runs on its own daemon thread, so a caller that stops waiting gets
control back at once while the watch goes on (decision 0703). ``/v2/actualize`` is called at
most once per ``actualize_interval`` for a process, whoever asks (spec §1.3: 10 s).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from alsep_desktop.hardware.errors import TerminalUnavailable
from alsep_desktop.hardware.terminal.errors import (
    ProcessNotFound,
    TerminalAuthLost,
    TerminalRefused,
)
from alsep_desktop.hardware.terminal.journal import ProcessState, TerminalOperation
from alsep_desktop.hardware.terminal.kaspi.client import KaspiClient
from alsep_desktop.hardware.terminal.kaspi.parse import process_changes

log = logging.getLogger(__name__)


class ActualizeGate:
    """At most one ``/v2/actualize`` per process per ``interval`` seconds."""

    def __init__(self, interval: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.interval = interval
        self._clock = clock
        self._last: dict[str, float] = {}
        self._lock = threading.Lock()

    def take(self, process_id: str) -> bool:
        with self._lock:
            now = self._clock()
            last = self._last.get(process_id)
            if last is not None and now - last < self.interval:
                return False
            self._last[process_id] = now
            return True

    def finished(self, process_id: str) -> None:
        """Count the interval from the answer too: the terminal counts from the request's arrival,
        which may come later than our send when the network is slow."""
        with self._lock:
            self._last[process_id] = self._clock()


def check_once(client: KaspiClient, gate: ActualizeGate, process_id: str) -> dict[str, Any]:
    """One look at the process: its status, and an actualize when it is ``unknown`` and due."""
    changes = process_changes(client.call("/v2/status", {"processId": process_id}))
    if changes["state"] is ProcessState.UNKNOWN and gate.take(process_id):
        try:
            actual = process_changes(client.call("/v2/actualize", {"processId": process_id}))
        except ProcessNotFound:
            raise
        except TerminalRefused as exc:  # e.g. 103: no longer actualizable; the next status tells
            log.info("kaspi actualize %s refused: %s", process_id, exc)
            changes["actualized"] = True
            return changes
        finally:
            gate.finished(process_id)
        actual["actualized"] = True
        return actual
    return changes


class ProcessWatch:
    """Polls until the process is final, lost, or ``limit`` seconds have passed."""

    def __init__(self, *, op_id: str, process_id: str, client: KaspiClient, gate: ActualizeGate,
                 apply: Callable[[str, dict[str, Any]], TerminalOperation],
                 ended: Callable[[str], None], poll_interval: float, limit: float,
                 wake: threading.Event | None = None) -> None:
        self.op_id = op_id
        self.process_id = process_id
        self._client = client
        self._gate = gate
        self._apply = apply
        self._ended = ended
        self._poll = poll_interval
        self._limit = limit
        self.wake = wake
        self._stop = threading.Event()
        self.done = threading.Event()
        self.errors = 0
        self._thread = threading.Thread(target=self._run, name=f"kaspi-watch-{process_id}", daemon=True)

    def start(self) -> ProcessWatch:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()

    def join(self, timeout: float | None = None) -> bool:
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def _signal(self) -> None:
        if self.wake is not None:
            self.wake.set()

    def _run(self) -> None:
        deadline = time.monotonic() + self._limit
        try:
            while not self._stop.is_set():
                try:
                    changes = check_once(self._client, self._gate, self.process_id)
                except ProcessNotFound as exc:
                    changes = {"state": ProcessState.LOST, "message": str(exc)}
                except TerminalAuthLost as exc:  # the pairing is lost: said in the pending list, and the
                    log.warning("kaspi watch %s stops: %s", self.process_id, exc)  # watch resumes after pairing
                    self._apply(self.op_id, {"message": exc.code})
                    break
                except TerminalUnavailable as exc:  # no answer, garbage, busy network: try again
                    self.errors += 1
                    log.info("kaspi status %s: %s", self.process_id, exc)
                    changes = None
                if changes is not None:
                    op = self._apply(self.op_id, changes)
                    self._signal()
                    if op.final or op.state is ProcessState.LOST:
                        break
                if time.monotonic() >= deadline:
                    break
                self._stop.wait(self._poll)
        finally:
            self.done.set()
            self._signal()
            self._ended(self.op_id)
