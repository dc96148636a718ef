"""What the terminal driver tells the rest of the app, without Qt (style principle 8).

``ui/`` implements :class:`RegistrationPrompt` (a dialog: "press «Разрешить» on the terminal")
and the app implements :class:`TerminalListener` (journal upserts, the "pending reconciliation"
notice). Both are called on driver threads; the UI re-emits on the GUI thread.
"""

from __future__ import annotations

import queue
import threading
from typing import Protocol, runtime_checkable

from alsep_desktop.hardware.terminal.journal import TerminalOperation


@runtime_checkable
class RegistrationPrompt(Protocol):
    def press_allow(self, name: str, terminal: str) -> None:
        """Tell the cashier: on the terminal ``terminal`` press «Разрешить» for ``name``."""

    def finished(self, allowed: bool) -> None:
        """The terminal answered (or the wait ended): close the prompt."""


@runtime_checkable
class TerminalListener(Protocol):
    def on_operation(self, op: TerminalOperation) -> None:
        """Every new version of an operation (upsert by ``op.id``)."""

    def on_late_result(self, op: TerminalOperation) -> None:
        """An operation whose caller stopped waiting (or got UNKNOWN) now has an outcome.
        ``op.needs_reconciliation`` when money moved: offer a refund or fiscalize."""


class NullPrompt:
    def press_allow(self, name: str, terminal: str) -> None:
        pass

    def finished(self, allowed: bool) -> None:
        pass


class RecordingListener:
    """Keeps the last version of each operation and queues late results (tests, headless runs)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.operations: dict[str, TerminalOperation] = {}
        self.history: list[TerminalOperation] = []
        self.late: queue.Queue[TerminalOperation] = queue.Queue()

    def on_operation(self, op: TerminalOperation) -> None:
        with self._lock:
            self.operations[op.id] = op
            self.history.append(op)

    def on_late_result(self, op: TerminalOperation) -> None:
        self.late.put(op)


class RecordingPrompt:
    def __init__(self) -> None:
        self.asked: list[tuple[str, str]] = []
        self.finished_with: list[bool] = []
        self.asked_event = threading.Event()

    def press_allow(self, name: str, terminal: str) -> None:
        self.asked.append((name, terminal))
        self.asked_event.set()

    def finished(self, allowed: bool) -> None:
        self.finished_with.append(allowed)
